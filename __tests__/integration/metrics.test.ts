/**
 * The built CLI and action deliver their metrics to the real daemons platform teams run: Debian's
 * node_exporter (textfile collector), Pushgateway and Prometheus (scraping both, with an alert rule on the
 * offset), each started here on loopback and read back over HTTP; and to an OTLP/HTTP receiver (Debian
 * ships no OpenTelemetry collector: a loopback server that decodes the JSON mapping of
 * ExportMetricsServiceRequest strictly, per opentelemetry-proto). The runner's clock is skewed with
 * libfaketime; the offsets read back must hold the true skew within the reported uncertainty.
 *
 * A hostile Pushgateway (stalls, HTTP 500, a huge body, a redirect elsewhere) never changes the check's
 * exit code, and the run still ends within its deadline.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  constants,
  cpSync,
  existsSync,
  lchownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI, ROOT, runNode } from '../support/bundle.js';
import { runAction } from '../support/action-runner.js';
import { startConnectProxy } from '../support/connect-proxy.js';
import { startSkewedNtp, type SkewedNtp } from '../support/skewed-ntp.js';
import { expectTruthWithin, PROCESS_MARGIN_MS } from '../support/tolerance.js';
import {
  httpGet,
  parseExposition,
  sampleOf,
  startDaemon,
  waitFor,
  type Daemon,
} from '../support/prometheus.js';
import { outcomeFamilies, renderPrometheus } from '../../src/report/metrics.js';

const NTP_PORTS = [19001, 19002, 19003];
const NODE_EXPORTER_PORT = 19010;
const PUSHGATEWAY_PORT = 19011;
const PROMETHEUS_PORT = 19012;
const OTLP_PORT = 19013;
const HOSTILE_PORT = 19020;
const ELSEWHERE_PORT = 19021;
const PROXY_PORT = 19030;
/** Nothing ever listens here. */
const CLOSED_PORT = 21701;
const STALLING_OTLP_PORT = 21702;

const work = mkdtempSync(join(tmpdir(), 'cp-metrics-'));
const textfileDir = join(work, 'textfile');
const skewFile = join(work, 'skew');
let ntp: SkewedNtp;
let nodeExporter: Daemon;
let pushgateway: Daemon;

beforeAll(async () => {
  writeFileSync(skewFile, '0');
  ntp = await startSkewedNtp(NTP_PORTS, skewFile);
  mkdirSync(textfileDir);
  nodeExporter = await startDaemon(
    'prometheus-node-exporter',
    'prometheus-node-exporter',
    [
      `--web.listen-address=127.0.0.1:${NODE_EXPORTER_PORT}`,
      '--collector.disable-defaults',
      '--collector.textfile',
      `--collector.textfile.directory=${textfileDir}`,
    ],
    NODE_EXPORTER_PORT,
    '/metrics',
  );
  pushgateway = await startDaemon(
    'prometheus-pushgateway',
    'prometheus-pushgateway',
    [
      `--web.listen-address=127.0.0.1:${PUSHGATEWAY_PORT}`,
      `--persistence.file=${join(work, 'pushgateway.data')}`,
    ],
    PUSHGATEWAY_PORT,
    '/-/ready',
  );
});

afterAll(async () => {
  await Promise.all([ntp?.stop(), nodeExporter?.stop(), pushgateway?.stop()]);
  rmSync(work, { recursive: true, force: true });
});

const SERVERS = NTP_PORTS.map((p) => `127.0.0.1:${p}`).join(',');
const base = ['check', '--aws', 'off', '--nts-servers', 'none', '--ntp-servers', SERVERS, '--json'];

/**
 * A named pipe in a fresh temporary directory, and a reader already there (non-blocking: it waits for no
 * writer, and counts as a reader for one that opens without waiting). `read` takes what has come through.
 */
function pipeWithReader(prefix: string): { fifo: string; read: () => string; close: () => void } {
  const fifo = join(mkdtempSync(join(work, prefix)), 'metrics.fifo');
  execFileSync('mkfifo', [fifo]);
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const buffer = Buffer.alloc(64 * 1024);
  return {
    fifo,
    read: () => buffer.toString('utf8', 0, readSync(reader, buffer)),
    close: () => closeSync(reader),
  };
}

interface Report {
  status: string;
  offsetMs: number;
  uncertaintyMs: number;
}

async function scrape(url: string) {
  const r = await httpGet(`${url}/metrics`);
  expect(r.status).toBe(200);
  return parseExposition(r.body);
}

describe('node_exporter textfile collector', () => {
  it('reads back the gauges of a runner 7 minutes behind: status fail, true skew inside the uncertainty', async () => {
    const file = join(textfileDir, 'clock_preflight.prom');
    const r = await runNode(CLI, [...base, '--metrics-file', file], { faketime: '-7m' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(statSync(file).mode & 0o777).toBe(0o644);
    // Written by rename: no temporary file is left beside it.
    expect(readdirSync(textfileDir)).toEqual(['clock_preflight.prom']);

    const samples = await scrape(nodeExporter.url);
    expect(sampleOf(samples, 'node_textfile_scrape_error').value).toBe(0);
    const offset = sampleOf(samples, 'clock_preflight_offset_seconds').value;
    const uncertainty = sampleOf(samples, 'clock_preflight_uncertainty_seconds').value;
    // Positive: the runner is behind. Truth is +420 s; the reported interval must hold it.
    expectTruthWithin(offset * 1000, 420_000, uncertainty * 1000);
    expect(offset * 1000).toBeCloseTo(report.offsetMs, 2);
    expect(sampleOf(samples, 'clock_preflight_status', { status: 'fail' }).value).toBe(1);
    expect(sampleOf(samples, 'clock_preflight_status', { status: 'ok' }).value).toBe(0);
    expect(sampleOf(samples, 'clock_preflight_sources', { result: 'ok' }).value).toBeGreaterThanOrEqual(2);
    for (const port of NTP_PORTS) {
      const s = samples.find(
        (x) => x.name === 'clock_preflight_source_offset_seconds' && x.labels.source === `127.0.0.1:${port}`,
      );
      // A late third reply may be not waited for; any source that reports, reports the skew.
      if (s) expect(Math.abs(s.value - 420)).toBeLessThan(1);
    }
    expect(sampleOf(samples, 'clock_preflight_last_run_timestamp_seconds').value).toBeGreaterThan(0);
    rmSync(file);
  });

  it('reads hostile source names back as the same characters, one series each, without a scrape error', async () => {
    const { readConfig } = await import('../../src/config/config.js');
    const { evaluate, voters } = await import('../../src/decide/measure.js');
    const { decideOutcome } = await import('../../src/gate/outcome.js');
    const { sourceKey } = await import('../../src/decide/verdict.js');
    const { writeFileAtomic } = await import('../../src/report/metrics-deliver.js');
    const names = [
      'evil"} 1\nclock_preflight_status{status="ok"} 1',
      'back\\slash',
      'brace}{x="y"',
      'é ünïcode ⏱',
    ];
    const results = names.map((target, i) => ({
      kind: 'ntp' as const,
      target,
      status: 'ok' as const,
      authenticated: false,
      sample: { offsetMs: 10_000 + i, boundMs: 5, delayMs: 1, atMs: 0 },
      requests: 1,
    }));
    const config = readConfig(() => undefined);
    const m = {
      results,
      verdict: evaluate(results, config),
      elapsedMs: 1,
      rounds: 1,
      requireAuthenticated: false,
      voters: voters(results, false).map(sourceKey),
    };
    const outcome = decideOutcome({
      config,
      first: m,
      flow: { decision: { run: false, why: '' }, final: m, resynced: false, line: '' },
      clockFix: '',
      env: {},
      dialect: 'cli',
    });
    const file = join(textfileDir, 'hostile.prom');
    await writeFileAtomic(file, renderPrometheus(outcomeFamilies(outcome, Date.now())));
    const samples = await scrape(nodeExporter.url);
    rmSync(file);
    expect(sampleOf(samples, 'node_textfile_scrape_error').value).toBe(0);
    const read = samples
      .filter((s) => s.name === 'clock_preflight_source_offset_seconds')
      .map((s) => s.labels.source);
    expect(read.sort()).toEqual([...names].sort());
    // The injected text stayed inside its label: one ok status sample, and it is 0 (10 s off: warn).
    expect(sampleOf(samples, 'clock_preflight_status', { status: 'ok' }).value).toBe(0);
    expect(sampleOf(samples, 'clock_preflight_status', { status: 'warn' }).value).toBe(1);
  });

  it('refuses a directory that does not exist before measuring: exit 2, the input named, no stack trace', async () => {
    const r = await runNode(CLI, [...base, '--metrics-file', join(work, 'no-such-dir', 'x.prom')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^clock-preflight: invalid --metrics-file: the directory '.*no-such-dir' does not exist/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a metrics file that is not a plain file stays what it is', () => {
  // Regression: the file was always written beside and renamed into place, so `--metrics-file /dev/null`
  // run as root put a plain file where /dev/null was, for every process on the machine. These use a named
  // pipe and a link in a temporary directory, never a real device.
  it('writes into a named pipe, to its reader, and leaves the pipe a pipe', async () => {
    const pipe = pipeWithReader('fifo-');
    try {
      const r = await runNode(CLI, [...base, '--metrics-file', pipe.fifo]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(lstatSync(pipe.fifo).isFIFO()).toBe(true);
      expect(pipe.read()).toMatch(/^clock_preflight_offset_seconds /m);
    } finally {
      pipe.close();
    }
  });

  it('a named pipe nobody reads: one warning at once, the verdict stands, the pipe stays', async () => {
    const dir = mkdtempSync(join(work, 'fifo-'));
    const fifo = join(dir, 'metrics.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await runNode(CLI, [...base, '--metrics-file', fifo]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^clock-preflight: warning: Could not write the metrics file '.*metrics\.fifo' \(metrics-file\): .*The check's result stands\.\n$/,
    );
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a link to a named pipe, as /dev/stdout is when the output is piped, is followed and stays a link', async () => {
    const pipe = pipeWithReader('stdout-');
    const link = join(dirname(pipe.fifo), 'stdout');
    symlinkSync(pipe.fifo, link);
    try {
      const r = await runNode(CLI, [...base, '--metrics-file', link]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(lstatSync(pipe.fifo).isFIFO()).toBe(true);
      expect(pipe.read()).toMatch(/^clock_preflight_offset_seconds /m);
    } finally {
      pipe.close();
    }
  });

  it('a link to a plain file, or one owned by another user, or a socket: refused before measuring, nothing touched', async () => {
    const dir = mkdtempSync(join(work, 'refused-'));
    const real = join(dir, 'real.prom');
    const link = join(dir, 'clock_preflight.prom');
    writeFileSync(real, '# an older run\n');
    symlinkSync(real, link);
    const linked = await runNode(CLI, [...base, '--metrics-file', link]);
    expect(linked.code).toBe(2);
    expect(linked.stdout).toBe('');
    expect(linked.stderr).toMatch(
      /^clock-preflight: invalid --metrics-file: '.*clock_preflight\.prom': it is a link to the plain file '.*real\.prom'; name that file itself\n$/,
    );
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('# an older run\n');

    // A link someone else planted (followed as root, it could lead anywhere, /dev/mem included).
    if (process.getuid?.() === 0) {
      const planted = join(dir, 'planted.prom');
      symlinkSync(join(dir, 'elsewhere.fifo'), planted);
      execFileSync('mkfifo', [join(dir, 'elsewhere.fifo')]);
      lchownSync(planted, 65534, 65534);
      const r = await runNode(CLI, [...base, '--metrics-file', planted]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/: it is a link owned by another user; name the file itself\n$/);
    }

    // This process's own output, as /dev/stdout names it: a socket when a Node.js parent started it.
    const output = join(dir, 'stdout');
    symlinkSync('/proc/self/fd/1', output);
    const toOutput = await runNode(CLI, [...base, '--metrics-file', output]);
    expect(toOutput.code).toBe(2);
    expect(toOutput.stderr).toMatch(/: it is a socket or a block device, which cannot be written as a file/);

    const socketPath = join(dir, 'metrics.sock');
    const server = createNetServer().listen(socketPath);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const r = await runNode(CLI, [...base, '--metrics-file', socketPath]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/: it is a socket or a block device, which cannot be written as a file/);
      expect(lstatSync(socketPath).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });
});

describe('Pushgateway', () => {
  it('holds the pushed gauges under job clock-preflight and the runner name (base64 key for a slash)', async () => {
    const instance = 'team/runner 7';
    const r = await runNode(CLI, [...base, '--pushgateway', pushgateway.url], {
      faketime: '+90s',
      env: { RUNNER_NAME: instance },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const samples = await scrape(pushgateway.url);
    const group = { job: 'clock-preflight', instance };
    const offset = sampleOf(samples, 'clock_preflight_offset_seconds', group).value;
    const uncertainty = sampleOf(samples, 'clock_preflight_uncertainty_seconds', group).value;
    // Negative: the runner is ahead.
    expectTruthWithin(offset * 1000, -90_000, uncertainty * 1000);
    expect(sampleOf(samples, 'clock_preflight_status', { ...group, status: 'fail' }).value).toBe(1);
    expect(sampleOf(samples, 'push_failure_time_seconds', group).value).toBe(0);

    // A second run replaces the group (PUT): the status moves, no stale series stays behind.
    const again = await runNode(CLI, [...base, '--pushgateway', pushgateway.url], {
      env: { RUNNER_NAME: instance },
    });
    expect(again.code).toBe(0);
    const after = await scrape(pushgateway.url);
    expect(sampleOf(after, 'clock_preflight_status', { ...group, status: 'ok' }).value).toBe(1);
    expect(sampleOf(after, 'clock_preflight_status', { ...group, status: 'fail' }).value).toBe(0);
  });
});

describe('Pushgateway behind the proxy the environment names', () => {
  it('tunnels the push through HTTP_PROXY by name (no local DNS), credentials never printed', async () => {
    const proxy = await startConnectProxy(PROXY_PORT, { 'pushgateway.example:9091': PUSHGATEWAY_PORT });
    try {
      const r = await runNode(CLI, [...base, '--pushgateway', 'http://pushgateway.example:9091'], {
        env: { HTTP_PROXY: `http://user:s3cret@127.0.0.1:${PROXY_PORT}`, RUNNER_NAME: 'runner-proxied' },
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(proxy.connects.map((c) => c.target)).toEqual(['pushgateway.example:9091']);
      const samples = await scrape(pushgateway.url);
      const group = { job: 'clock-preflight', instance: 'runner-proxied' };
      expect(sampleOf(samples, 'clock_preflight_status', { ...group, status: 'ok' }).value).toBe(1);
    } finally {
      await proxy.stop();
    }
  });

  it('names the proxy without its credentials when the push through it fails', async () => {
    const proxy = await startConnectProxy(PROXY_PORT, {}, { refuseAll: true });
    try {
      const r = await runNode(CLI, [...base, '--pushgateway', 'http://pushgateway.example:9091'], {
        env: { HTTP_PROXY: `http://user:s3cret@127.0.0.1:${PROXY_PORT}` },
      });
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(
        new RegExp(
          `Could not push metrics to the Pushgateway http://pushgateway\\.example:9091 \\(pushgateway\\): the proxy http://127\\.0\\.0\\.1:${PROXY_PORT} \\(credentials hidden\\) answered CONNECT pushgateway\\.example:9091 with 403 Forbidden\\. The check's result stands\\.`,
        ),
      );
      expect(r.stderr).not.toMatch(/s3cret/);
    } finally {
      await proxy.stop();
    }
  });
});

describe('Prometheus scraping node_exporter and the Pushgateway', () => {
  let prometheus: Daemon | undefined;
  afterAll(async () => {
    await prometheus?.stop();
  });

  it('fires the offset alert for a runner 7 minutes behind, from both paths', async () => {
    const dir = join(work, 'prometheus');
    mkdirSync(dir);
    // The README's rule, as a user would copy it.
    writeFileSync(
      join(dir, 'rules.yml'),
      [
        'groups:',
        '  - name: clock-preflight',
        '    rules:',
        '      - alert: RunnerClockOff',
        '        expr: abs(clock_preflight_offset_seconds) > 60',
        '        labels: { severity: page }',
        '        annotations:',
        '          summary: "Runner {{ $labels.instance }} clock is {{ $value | humanizeDuration }} off"',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'prometheus.yml'),
      [
        'global: { scrape_interval: 1s, evaluation_interval: 1s }',
        'rule_files: [rules.yml]',
        'scrape_configs:',
        '  - job_name: node',
        `    static_configs: [{ targets: ["127.0.0.1:${NODE_EXPORTER_PORT}"], labels: { instance: runner-a } }]`,
        '  - job_name: pushgateway',
        '    honor_labels: true',
        `    static_configs: [{ targets: ["127.0.0.1:${PUSHGATEWAY_PORT}"] }]`,
        '',
      ].join('\n'),
    );
    prometheus = await startDaemon(
      'prometheus',
      'prometheus',
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${PROMETHEUS_PORT}`,
      ],
      PROMETHEUS_PORT,
      '/-/ready',
    );
    const file = join(textfileDir, 'clock_preflight.prom');
    const r = await runNode(CLI, [...base, '--metrics-file', file, '--pushgateway', pushgateway.url], {
      faketime: '-7m',
      env: { RUNNER_NAME: 'runner-b' },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;

    type Alert = { labels: Record<string, string>; state: string; value: string };
    const firing = await waitFor(
      'RunnerClockOff firing for both runners',
      async () => {
        const a = await httpGet(`${prometheus!.url}/api/v1/alerts`);
        const alerts = (JSON.parse(a.body) as { data: { alerts: Alert[] } }).data.alerts.filter(
          (x) => x.labels.alertname === 'RunnerClockOff' && x.state === 'firing',
        );
        const instances = new Set(alerts.map((x) => x.labels.instance));
        return instances.has('runner-a') && instances.has('runner-b') ? alerts : undefined;
      },
      90_000,
    );
    const fromGateway = firing.find((x) => x.labels.instance === 'runner-b')!;
    expect(fromGateway.labels).toMatchObject({ job: 'clock-preflight', severity: 'page' });
    // The alert's value is the offset the run reported.
    expectTruthWithin(Number(fromGateway.value) * 1000, 420_000, report.uncertaintyMs);
    const fromNode = firing.find((x) => x.labels.instance === 'runner-a')!;
    expect(fromNode.labels.job).toBe('node');
    rmSync(file);
  });
});

interface OtlpRequest {
  headers: IncomingMessage['headers'];
  url: string;
  method: string;
  body: string;
}

function startOtlpReceiver(port: number, answer: (req: OtlpRequest, res: ServerResponse) => void) {
  const requests: OtlpRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => {
      const r = { headers: req.headers, url: req.url ?? '', method: req.method ?? '', body };
      requests.push(r);
      answer(r, res);
    });
  });
  return new Promise<{ server: Server; requests: OtlpRequest[] }>((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, requests })),
  );
}

const ALLOWED = {
  request: ['resourceMetrics'],
  resourceMetrics: ['resource', 'scopeMetrics', 'schemaUrl'],
  resource: ['attributes', 'droppedAttributesCount'],
  scopeMetrics: ['scope', 'metrics', 'schemaUrl'],
  scope: ['name', 'version', 'attributes', 'droppedAttributesCount'],
  metric: ['name', 'description', 'unit', 'gauge', 'metadata'],
  dataPoint: ['attributes', 'startTimeUnixNano', 'timeUnixNano', 'asDouble', 'asInt', 'exemplars', 'flags'],
  keyValue: ['key', 'value'],
};

/**
 * The JSON mapping of opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest, read strictly:
 * only fields the proto defines (lowerCamelCase), 64-bit integers as decimal strings, one value per point,
 * string attribute values. Returns the gauges by name.
 */
function decodeOtlp(body: string) {
  const only = (o: object, allowed: string[], where: string) => {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) throw new Error(`${where}: unknown field ${k}`);
  };
  const attrs = (list: unknown, where: string) => {
    expect(Array.isArray(list)).toBe(true);
    const out: Record<string, string> = {};
    for (const kv of list as Array<{ key: string; value: { stringValue: string } }>) {
      only(kv, ALLOWED.keyValue, where);
      expect(Object.keys(kv.value)).toEqual(['stringValue']);
      expect(typeof kv.value.stringValue).toBe('string');
      out[kv.key] = kv.value.stringValue;
    }
    return out;
  };
  const req = JSON.parse(body) as { resourceMetrics: Array<Record<string, unknown>> };
  only(req, ALLOWED.request, 'request');
  expect(req.resourceMetrics).toHaveLength(1);
  const rm = req.resourceMetrics[0]! as {
    resource: { attributes: unknown };
    scopeMetrics: Array<{ scope: object; metrics: Array<Record<string, unknown>> }>;
  };
  only(rm, ALLOWED.resourceMetrics, 'resourceMetrics');
  only(rm.resource, ALLOWED.resource, 'resource');
  const resource = attrs(rm.resource.attributes, 'resource');
  const gauges = new Map<
    string,
    { unit: string; points: Array<{ attributes: Record<string, string>; value: number }> }
  >();
  for (const sm of rm.scopeMetrics) {
    only(sm, ALLOWED.scopeMetrics, 'scopeMetrics');
    only(sm.scope, ALLOWED.scope, 'scope');
    for (const metric of sm.metrics) {
      only(metric, ALLOWED.metric, 'metric');
      const gauge = metric.gauge as { dataPoints: Array<Record<string, unknown>> };
      expect(Object.keys(gauge)).toEqual(['dataPoints']);
      const points = gauge.dataPoints.map((p) => {
        only(p, ALLOWED.dataPoint, 'dataPoint');
        expect(p.timeUnixNano).toMatch(/^\d{19}$/);
        const hasDouble = 'asDouble' in p;
        expect(hasDouble !== 'asInt' in p).toBe(true);
        if (!hasDouble) expect(p.asInt).toMatch(/^-?\d+$/);
        return {
          attributes: attrs(p.attributes, 'dataPoint'),
          value: hasDouble ? (p.asDouble as number) : Number(p.asInt),
        };
      });
      gauges.set(metric.name as string, { unit: metric.unit as string, points });
    }
  }
  return { resource, gauges };
}

describe('OTLP/HTTP export', () => {
  it('posts the gauges with the OTEL_* headers and cicd.* resource attributes to /v1/metrics', async () => {
    const { server, requests } = await startOtlpReceiver(OTLP_PORT, (_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    try {
      const r = await runNode(CLI, base, {
        faketime: '-7m',
        env: {
          OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${OTLP_PORT}`,
          OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20t0ken-s3cret',
          OTEL_SERVICE_NAME: 'runner-fleet',
          GITHUB_WORKFLOW: 'deploy',
          GITHUB_RUN_ID: '4242',
          RUNNER_NAME: 'runner-c',
        },
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      expect(r.stdout + r.stderr).not.toMatch(/t0ken/);
      const report = JSON.parse(r.stdout) as Report;
      expect(requests).toHaveLength(1);
      const req = requests[0]!;
      expect(req.method).toBe('POST');
      expect(req.url).toBe('/v1/metrics');
      expect(req.headers['content-type']).toBe('application/json');
      expect(req.headers.authorization).toBe('Bearer t0ken-s3cret');
      const { resource, gauges } = decodeOtlp(req.body);
      expect(resource).toMatchObject({
        'service.name': 'runner-fleet',
        'cicd.pipeline.name': 'deploy',
        'cicd.pipeline.run.id': '4242',
        'cicd.worker.name': 'runner-c',
      });
      const offset = gauges.get('clock_preflight.offset')!;
      expect(offset.unit).toBe('s');
      const uncertainty = gauges.get('clock_preflight.uncertainty')!.points[0]!.value;
      expectTruthWithin(offset.points[0]!.value * 1000, 420_000, uncertainty * 1000);
      expect(offset.points[0]!.value * 1000).toBeCloseTo(report.offsetMs, 2);
      const status = gauges.get('clock_preflight.status')!.points;
      expect(status.find((p) => p.attributes['clock_preflight.status'] === 'fail')!.value).toBe(1);
    } finally {
      server.close();
    }
  });
});

describe('an OTLP receiver that refuses never changes the verdict', () => {
  it.each([
    [
      'HTTP 400 with a google.rpc.Status body',
      400,
      '{"code":3,"message":"unknown metric \\n::error::x"}',
      /Could not export metrics over OTLP to http:\/\/127\.0\.0\.1:19013\/custom \(OTEL_EXPORTER_OTLP_METRICS_ENDPOINT\): it answered HTTP 400: \{"code":3/,
    ],
    [
      'a partial success',
      200,
      '{"partialSuccess":{"rejectedDataPoints":"3","errorMessage":"too old"}}',
      /the receiver rejected 3 data points/,
    ],
  ] as const)('%s: exit code unchanged, one warning line', async (_name, status, body, why) => {
    const { server, requests } = await startOtlpReceiver(OTLP_PORT, (_r, res) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    });
    try {
      const r = await runNode(CLI, base, {
        env: {
          OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: `http://127.0.0.1:${OTLP_PORT}/custom`,
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:1',
        },
      });
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as Report).status).toBe('ok');
      // The metrics-specific endpoint is used as it is, and wins over the generic one.
      expect(requests.map((q) => q.url)).toEqual(['/custom']);
      expect(r.stderr).toMatch(why);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    } finally {
      server.close();
    }
  });
});

describe('a hostile Pushgateway never changes the verdict and the run ends within its deadline', () => {
  const behaviours: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    stall: () => undefined,
    'HTTP 500': (_req, res) => res.writeHead(500).end('push failed: <b>broken</b>\n::error::injected'),
    'a 50 MB body': (_req, res) => {
      res.writeHead(400, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const more = () => {
        while (sent < 50 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
        if (sent < 50 * 1024 * 1024) res.once('drain', more);
        else res.end();
      };
      more();
    },
    'a redirect to another host': (_req, res) =>
      res.writeHead(307, { location: `http://127.0.0.2:${ELSEWHERE_PORT}/metrics/job/x` }).end(),
  };
  let hostile: Server;
  let elsewhere: Server;
  let behaviour = behaviours.stall!;
  let elsewhereHits = 0;
  beforeAll(async () => {
    hostile = createServer((req, res) => {
      req.resume();
      req.on('end', () => behaviour(req, res));
    });
    elsewhere = createServer((req, res) => {
      elsewhereHits++;
      req.resume();
      res.end();
    });
    await new Promise<void>((r) => hostile.listen(HOSTILE_PORT, '127.0.0.1', r));
    await new Promise<void>((r) => elsewhere.listen(ELSEWHERE_PORT, '127.0.0.2', r));
  });
  afterAll(async () => {
    hostile.closeAllConnections();
    elsewhere.closeAllConnections();
    await Promise.all([hostile, elsewhere].map((s) => new Promise((r) => s.close(r))));
  });

  it.each([
    ['stall', '-7m', 1, /no answer within \d+ ms \(the time left of the run's timeout\)/],
    ['stall', undefined, 0, /no answer within \d+ ms \(the time left of the run's timeout\)/],
    ['HTTP 500', undefined, 0, /answered HTTP 500: push failed: <b>broken<\/b>/],
    ['a 50 MB body', '-7m', 1, /answered HTTP 400: x{20}/],
    ['a redirect to another host', undefined, 0, /redirect \(HTTP 307\); redirects are not followed/],
  ] as const)(
    '%s (runner skew %s): exit %i, a warning naming the endpoint',
    async (name, skew, code, why) => {
      behaviour = behaviours[name]!;
      const timeoutMs = 2000;
      const r = await runNode(
        CLI,
        [...base, '--timeout', '2s', '--pushgateway', `http://ci:pa%24%24word@127.0.0.1:${HOSTILE_PORT}`],
        skew ? { faketime: skew } : {},
      );
      expect(r.code).toBe(code);
      expect((JSON.parse(r.stdout) as Report).status).toBe(code === 1 ? 'fail' : 'ok');
      expect(r.stderr).toMatch(
        new RegExp(
          `^clock-preflight: warning: Could not push metrics to the Pushgateway http://127\\.0\\.0\\.1:${HOSTILE_PORT} \\(pushgateway\\): `,
        ),
      );
      expect(r.stderr).toMatch(why);
      expect(r.stderr).toMatch(/The check's result stands\.\n$/);
      // One line of warning: a server's text never starts a new one, and is capped.
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr.length).toBeLessThan(1000);
      expect(r.stderr).not.toMatch(/pa\$\$word|pa%24%24word|ci:/);
      expect(r.elapsedMs).toBeLessThan(timeoutMs + PROCESS_MARGIN_MS);
      expect(elsewhereHits).toBe(0);
    },
  );
});

describe('the action: metrics from the main step, drift from the post step', () => {
  it("keeps the main step's gauges in the file and adds the post step's drift; the Pushgateway gets both", async () => {
    const file = join(textfileDir, 'action.prom');
    const inputs = {
      'ntp-servers': SERVERS,
      aws: 'off',
      'nts-servers': 'none',
      timeout: '3s',
      'metrics-file': file,
      pushgateway: pushgateway.url,
    };
    const env = { RUNNER_NAME: 'runner-post' };
    const main = await runAction(inputs, { env });
    expect(main.code).toBe(0);
    expect(main.commands.filter((c) => c.command === 'warning')).toEqual([]);
    const post = await runAction(inputs, { env, state: main.state, faketime: '+20s' });
    expect(post.code).toBe(0);
    expect(post.commands.filter((c) => c.command === 'warning' && /metrics/.test(c.properties))).toEqual([]);

    const fromFile = parseExposition(readFileSync(file, 'utf8'));
    const mainOffset = sampleOf(fromFile, 'clock_preflight_offset_seconds').value;
    const mainU = sampleOf(fromFile, 'clock_preflight_uncertainty_seconds').value;
    const postOffset = sampleOf(fromFile, 'clock_preflight_post_offset_seconds').value;
    const postU = sampleOf(fromFile, 'clock_preflight_post_uncertainty_seconds').value;
    const drift = sampleOf(fromFile, 'clock_preflight_drift_seconds').value;
    expectTruthWithin(mainOffset * 1000, 0, mainU * 1000);
    expectTruthWithin(postOffset * 1000, -20_000, postU * 1000);
    // The runner jumped 20 s ahead: the drift is −20 s, within both measurements' uncertainties.
    expectTruthWithin(drift * 1000, -20_000, (mainU + postU) * 1000);
    expect(sampleOf(fromFile, 'clock_preflight_status', { status: 'ok' }).value).toBe(1);

    const samples = await scrape(nodeExporter.url);
    expect(sampleOf(samples, 'node_textfile_scrape_error').value).toBe(0);
    expect(sampleOf(samples, 'clock_preflight_drift_seconds').value).toBe(drift);

    const group = { job: 'clock-preflight', instance: 'runner-post' };
    const pushed = await scrape(pushgateway.url);
    // The post step's POST replaced only its own families: the main step's status is still there.
    expect(sampleOf(pushed, 'clock_preflight_status', { ...group, status: 'ok' }).value).toBe(1);
    expect(sampleOf(pushed, 'clock_preflight_drift_seconds', group).value).toBe(drift);
    rmSync(file);
  });
});

/**
 * A copy of a built entry without the chunks that hold `marker`: what a run that never needs them must
 * still do in full, and what a run that does need them must survive (the code fails to load, after the
 * verdict).
 */
function bundleWithout(entry: 'cli' | 'action', marker: string): string {
  const dir = mkdtempSync(join(work, `${entry}-`));
  cpSync(join(ROOT, 'dist', entry), dir, { recursive: true });
  const chunks = readdirSync(dir).filter(
    (f) => /^\d+\.index\.js$/.test(f) && readFileSync(join(dir, f), 'utf8').includes(marker),
  );
  expect(chunks.length).toBeGreaterThan(0);
  for (const f of chunks) rmSync(join(dir, f));
  return join(dir, 'index.js');
}

describe('the network export code is loaded only when a Pushgateway or OTLP endpoint is configured', () => {
  it('a metrics-file-only check runs in full on a bundle without it; with a Pushgateway, one warning', async () => {
    const cli = bundleWithout('cli', 'Could not push metrics to the Pushgateway');
    const file = join(textfileDir, 'file-only.prom');
    const r = await runNode(cli, [...base, '--metrics-file', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const written = parseExposition(readFileSync(file, 'utf8'));
    expect(sampleOf(written, 'clock_preflight_status', { status: 'ok' }).value).toBe(1);
    rmSync(file);

    // Needed, and missing: the check's result stands, the file is still written, one warning says why.
    const both = await runNode(cli, [...base, '--metrics-file', file, '--pushgateway', pushgateway.url], {
      faketime: '-7m',
    });
    expect(both.code).toBe(1);
    expect((JSON.parse(both.stdout) as Report).status).toBe('fail');
    expect(both.stderr).toMatch(
      /^clock-preflight: warning: Could not push or export the metrics: .+\. The check's result stands\.\n$/,
    );
    expect(
      sampleOf(parseExposition(readFileSync(file, 'utf8')), 'clock_preflight_status', { status: 'fail' })
        .value,
    ).toBe(1);
    rmSync(file);
  });
});

describe('the action: a metrics failure of any kind is one warning', () => {
  const inputs = (file: string) => ({
    'ntp-servers': SERVERS,
    aws: 'off',
    'nts-servers': 'none',
    timeout: '3s',
    'metrics-file': file,
  });
  const deliveryWarnings = (run: {
    commands: Array<{ command: string; properties: string; message: string }>;
  }) =>
    run.commands.filter((c) => c.command === 'warning' && /could not deliver its metrics/.test(c.properties));

  it('main step: delivery that fails after the verdict (its code cannot load) leaves the passing step, its outputs and summary alone', async () => {
    const action = bundleWithout('action', 'Could not write the metrics file');
    const file = join(textfileDir, 'main-broken.prom');
    const main = await runAction(inputs(file), { script: action });
    expect(main.code).toBe(0);
    expect(main.commands.filter((c) => c.command === 'error')).toEqual([]);
    expect(main.outputs.status).toBe('ok');
    expect(main.summary).toMatch(/clock-preflight/);
    const warnings = deliveryWarnings(main);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/^Could not deliver the metrics: .+\. The check's result stands\.$/);
    expect(existsSync(file)).toBe(false);
  });

  it("post step: a tampered saved label is dropped, the drift annotation is raised and the file keeps the main step's gauges", async () => {
    const file = join(textfileDir, 'tampered.prom');
    const main = await runAction(inputs(file));
    expect(main.code).toBe(0);
    const saved = JSON.parse(main.state.metrics!) as Array<{
      name: string;
      samples: Array<{ labels: Record<string, unknown> }>;
    }>;
    const sourceOffset = saved.find((f) => f.name === 'clock_preflight_source_offset_seconds')!;
    sourceOffset.samples[0]!.labels.source = 42;
    const post = await runAction(inputs(file), {
      state: { ...main.state, metrics: JSON.stringify(saved) },
      faketime: '+20s',
    });
    expect(post.code).toBe(0);
    const moved = post.commands.filter((c) => c.command === 'warning' && /moved/.test(c.properties));
    expect(moved).toHaveLength(1);
    expect(post.commands.filter((c) => /could not run/.test(c.message))).toEqual([]);
    expect(deliveryWarnings(post)).toEqual([]);
    const fromFile = parseExposition(readFileSync(file, 'utf8'));
    expect(sampleOf(fromFile, 'clock_preflight_status', { status: 'ok' }).value).toBe(1);
    const drift = sampleOf(fromFile, 'clock_preflight_drift_seconds').value;
    const u =
      sampleOf(fromFile, 'clock_preflight_uncertainty_seconds').value +
      sampleOf(fromFile, 'clock_preflight_post_uncertainty_seconds').value;
    expectTruthWithin(drift * 1000, -20_000, u * 1000);
    rmSync(file);
  });

  it("post step: without the runner's saved gauges, it keeps the main step's from the file, or says it cannot", async () => {
    const file = join(textfileDir, 'no-state.prom');
    const main = await runAction(inputs(file));
    expect(main.code).toBe(0);
    const mainText = readFileSync(file, 'utf8');
    const { metrics: _kept, ...stateWithoutMetrics } = main.state;
    const post = await runAction(inputs(file), { state: stateWithoutMetrics });
    expect(post.code).toBe(0);
    expect(deliveryWarnings(post)).toEqual([]);
    const after = readFileSync(file, 'utf8');
    // Every line the main step wrote is still there, and the post step's gauges follow them.
    expect(after.startsWith(mainText)).toBe(true);
    const fromFile = parseExposition(after);
    expect(sampleOf(fromFile, 'clock_preflight_status', { status: 'ok' }).value).toBe(1);
    expect(sampleOf(fromFile, 'clock_preflight_drift_seconds')).toBeDefined();
    const samples = await scrape(nodeExporter.url);
    expect(sampleOf(samples, 'node_textfile_scrape_error').value).toBe(0);

    // Neither the runner nor the file has them: the file holds the post step's alone, and one warning says so.
    rmSync(file);
    const lost = await runAction(inputs(file), { state: stateWithoutMetrics });
    expect(lost.code).toBe(0);
    const warnings = deliveryWarnings(lost);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(
      /now holds only the post step's gauges: the runner did not keep the main step's .*\(the file does not exist\)/,
    );
    const alone = parseExposition(readFileSync(file, 'utf8'));
    expect(alone.some((x) => x.name === 'clock_preflight_status')).toBe(false);
    expect(sampleOf(alone, 'clock_preflight_post_offset_seconds')).toBeDefined();
    rmSync(file);

    // A named pipe is never read back (that would wait for a writer): one warning says so, and the post
    // step's gauges go into the pipe, which stays a pipe.
    const pipe = pipeWithReader('fifo-');
    try {
      const piped = await runAction(inputs(pipe.fifo), { state: stateWithoutMetrics });
      expect(piped.code).toBe(0);
      const pipeWarnings = deliveryWarnings(piped);
      expect(pipeWarnings).toHaveLength(1);
      expect(pipeWarnings[0]!.message).toMatch(/\(it is not a plain file\)/);
      expect(lstatSync(pipe.fifo).isFIFO()).toBe(true);
      expect(pipe.read()).toMatch(/^clock_preflight_post_offset_seconds /m);
    } finally {
      pipe.close();
    }
  });
});

describe('export failures in words', () => {
  it('says a refused connection as the time sources do, not in Node words', async () => {
    const r = await runNode(CLI, [...base, '--pushgateway', `http://127.0.0.1:${CLOSED_PORT}`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(
        `Could not push metrics to the Pushgateway http://127\\.0\\.0\\.1:${CLOSED_PORT} \\(pushgateway\\): connection refused by 127\\.0\\.0\\.1:${CLOSED_PORT}: nothing listens there\\. The check's result stands\\.`,
      ),
    );
    expect(r.stderr).not.toMatch(/ECONNREFUSED/);
  });

  it('names OTEL_EXPORTER_OTLP_TIMEOUT when that, not the run, ended the wait', async () => {
    const stall = createServer((req) => req.resume());
    await new Promise<void>((r) => stall.listen(STALLING_OTLP_PORT, '127.0.0.1', r));
    try {
      const r = await runNode(CLI, [...base, '--timeout', '5s'], {
        env: {
          OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${STALLING_OTLP_PORT}`,
          OTEL_EXPORTER_OTLP_TIMEOUT: '300',
        },
      });
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/no answer within \d+ ms \(the limit OTEL_EXPORTER_OTLP_TIMEOUT sets\)/);
      expect(r.stderr).not.toMatch(/share of the deadline|run's timeout/);
    } finally {
      stall.closeAllConnections();
      await new Promise((r) => stall.close(r));
    }
  });
});
