/**
 * The metrics renderers read the one outcome: the same status, offset and sources as every other
 * renderer, in base units with the program's sign (positive: the runner is behind). Literal measurements
 * in; the real decision code in between. Label values are data: hostile source names must come out as
 * the same characters, escaped, never as a new line, a new label or a new series.
 */
import { describe, expect, it } from '@jest/globals';
import { InputError, readConfig } from '../../src/config/config.js';
import { outcomeOf } from '../support/outcome.js';
import type { Outcome } from '../../src/gate/outcome.js';
import type { SourceResult } from '../../src/model.js';
import { metricsFromSaved } from '../../src/action/state.js';
import {
  escapeLabelValue,
  MAX_LABEL_CHARS,
  outcomeFamilies,
  ourFamiliesText,
  postCheckFamilies,
  renderPrometheus,
  type MetricFamily,
} from '../../src/report/metrics.js';
import {
  otlpPlan,
  parseKeyValueList,
  renderOtlpJson,
  resourceAttributes,
  unixNano,
} from '../../src/report/otlp.js';
import { describeEndpoint, groupingSegment, instanceName, pushUrl } from '../../src/report/metrics-export.js';
import {
  checkConfig,
  exportShareMs,
  metricsTargets,
  setUpMetrics,
} from '../../src/report/metrics-targets.js';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function ntp(target: string, offsetMs: number, boundMs = 1): SourceResult {
  return {
    kind: 'ntp',
    target,
    address: target,
    status: 'ok',
    authenticated: false,
    sample: { offsetMs, boundMs, delayMs: 0.5, atMs: 0 },
    requests: 1,
    stratum: 1,
  };
}

const silent = (target: string): SourceResult => ({
  kind: 'ntp',
  target,
  status: 'timeout',
  reason: 'no answer before the deadline',
  authenticated: false,
  requests: 2,
});

const family = (fs: MetricFamily[], name: string) => fs.find((f) => f.name === name);
const value = (fs: MetricFamily[], name: string, labels: Record<string, string> = {}) =>
  family(fs, name)?.samples.find((s) => JSON.stringify(s.labels) === JSON.stringify(labels))?.value;

/** The text exposition format's sample line, label values unescaped: the reading side of the format. */
function parseSamples(text: string): Array<{ name: string; labels: Record<string, string>; value: string }> {
  const out: Array<{ name: string; labels: Record<string, string>; value: string }> = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not a sample line: ${JSON.stringify(line)}`);
    const labels: Record<string, string> = {};
    const body = m[2] ?? '';
    const pair = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\\\|\\"|\\n)*)"(,|$)/y;
    let at = 0;
    while (at < body.length) {
      pair.lastIndex = at;
      const p = pair.exec(body);
      if (!p) throw new Error(`bad labels: ${JSON.stringify(body)}`);
      labels[p[1]!] = p[2]!.replace(/\\(\\|"|n)/g, (_x, c: string) => (c === 'n' ? '\n' : c));
      at = pair.lastIndex;
    }
    out.push({ name: m[1]!, labels, value: m[3]! });
  }
  return out;
}

describe('Prometheus gauges from the outcome', () => {
  it('reports a runner 7 minutes behind as +420 s, status fail, each source by name', () => {
    const o = outcomeOf([ntp('a', 420_000), ntp('b', 420_002), ntp('c', 420_001)]);
    const fs = outcomeFamilies(o, 1_700_000_000_500);
    expect(o.status).toBe('fail');
    expect(value(fs, 'clock_preflight_offset_seconds')).toBeCloseTo(o.offsetMs! / 1000, 9);
    expect(value(fs, 'clock_preflight_offset_seconds')).toBeGreaterThan(419);
    expect(value(fs, 'clock_preflight_uncertainty_seconds')).toBeCloseTo(o.uncertaintyMs! / 1000, 9);
    expect(family(fs, 'clock_preflight_status')!.samples).toEqual([
      { labels: { status: 'ok' }, value: 0 },
      { labels: { status: 'warn' }, value: 0 },
      { labels: { status: 'fail' }, value: 1 },
      { labels: { status: 'unknown' }, value: 0 },
    ]);
    expect(value(fs, 'clock_preflight_sources', { result: 'ok' })).toBe(3);
    expect(value(fs, 'clock_preflight_source_offset_seconds', { kind: 'ntp', source: 'b' })).toBe(420.002);
    expect(value(fs, 'clock_preflight_last_run_timestamp_seconds')).toBe(1_700_000_000.5);
  });

  it('reports a runner ahead as a negative offset', () => {
    const o = outcomeOf([ntp('a', -30_000), ntp('b', -30_001)]);
    expect(value(outcomeFamilies(o, 0), 'clock_preflight_offset_seconds')).toBeLessThan(-29);
  });

  it('counts an outvoted source as a falseticker and a silent one as timeout', () => {
    const o = outcomeOf([ntp('a', 10), ntp('b', 11), ntp('c', 12), ntp('liar', 900_000), silent('quiet')]);
    const fs = outcomeFamilies(o, 0);
    expect(value(fs, 'clock_preflight_sources', { result: 'ok' })).toBe(3);
    expect(value(fs, 'clock_preflight_sources', { result: 'falseticker' })).toBe(1);
    expect(value(fs, 'clock_preflight_sources', { result: 'timeout' })).toBe(1);
    // Every result is always present, so a rule can compare it with 0 instead of testing for absence.
    expect(family(fs, 'clock_preflight_sources')!.samples).toHaveLength(7);
  });

  it('writes no offset when nothing answered (status unknown says why)', () => {
    const o = outcomeOf([silent('a'), silent('b')]);
    const fs = outcomeFamilies(o, 0);
    expect(family(fs, 'clock_preflight_offset_seconds')).toBeUndefined();
    expect(family(fs, 'clock_preflight_uncertainty_seconds')).toBeUndefined();
    expect(family(fs, 'clock_preflight_source_offset_seconds')).toBeUndefined();
    expect(value(fs, 'clock_preflight_status', { status: 'unknown' })).toBe(1);
    expect(value(fs, 'clock_preflight_sources', { result: 'timeout' })).toBe(2);
  });

  it('renders HELP and TYPE once per family, gauges only, no timestamps, ending in a line feed', () => {
    const text = renderPrometheus(outcomeFamilies(outcomeOf([ntp('a', 1), ntp('b', 2)]), 0));
    expect(text.endsWith('\n')).toBe(true);
    const names = text.match(/^# TYPE (\S+) gauge$/gm)!.map((l) => l.split(' ')[2]);
    expect(new Set(names).size).toBe(names.length);
    expect(text.match(/^# HELP /gm)).toHaveLength(names.length);
    for (const s of parseSamples(text)) {
      expect(names).toContain(s.name);
      expect(s.name).toMatch(/^clock_preflight_/);
      expect(Number.isFinite(Number(s.value))).toBe(true);
    }
  });

  it('keeps hostile source names as data: escaped, one line each, the same characters read back', () => {
    const hostile = [
      'evil"} 1\nclock_preflight_status{status="ok"} 1',
      'back\\slash\\n',
      'brace}{and,comma="x"',
      'nul\u0000bell\u0007 cr\r end',
    ];
    const o = outcomeOf(hostile.map((t, i) => ntp(t, i)));
    const text = renderPrometheus(outcomeFamilies(o, 0));
    const samples = parseSamples(text);
    const read = samples
      .filter((s) => s.name === 'clock_preflight_source_offset_seconds')
      .map((s) => s.labels.source);
    expect(read).toEqual([
      hostile[0],
      hostile[1],
      hostile[2],
      // Control characters other than the line feed are replaced, never passed on raw.
      'nul\ufffdbell\ufffd cr\ufffd end',
    ]);
    // The injected line never became a series of its own: exactly one ok status sample, valued 0 or 1.
    expect(samples.filter((s) => s.name === 'clock_preflight_status')).toHaveLength(4);
    expect(text.split('\n').filter((l) => l.startsWith('clock_preflight_status{status="ok"}'))).toHaveLength(
      1,
    );
    expect(escapeLabelValue('a"b\\c\nd')).toBe('a\\"b\\\\c\\nd');
  });

  it('caps a huge source name and keeps two names that are equal after the cut as two series', () => {
    const long = 'x'.repeat(10_000);
    const o = outcomeOf([ntp(`${long}1`, 1), ntp(`${long}2`, 2), ntp('\ud800lone', 3)]);
    const labels = family(outcomeFamilies(o, 0), 'clock_preflight_source_offset_seconds')!.samples.map(
      (s) => s.labels.source!,
    );
    expect(labels[0]!.length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
    expect(new Set(labels).size).toBe(3);
    expect(labels[1]!.length).toBeLessThanOrEqual(MAX_LABEL_CHARS + 3);
    expect(labels[2]).toBe('\ufffdlone');
  });

  it('has no per-run label: the same sources give the same series whatever the run', () => {
    const series = (o: Outcome, now: number) =>
      parseSamples(renderPrometheus(outcomeFamilies(o, now))).map(
        (s) => `${s.name}${JSON.stringify(s.labels)}`,
      );
    expect(series(outcomeOf([ntp('a', 5), ntp('b', 6)]), 1)).toEqual(
      series(outcomeOf([ntp('a', 400_000), ntp('b', 400_001)]), 2_000_000_000_000),
    );
  });

  it("post step: drift is the post offset minus the main step's, positive when the runner fell behind", () => {
    const fs = postCheckFamilies({ offsetMs: 9000, uncertaintyMs: 4, beforeOffsetMs: 1000 });
    expect(value(fs, 'clock_preflight_drift_seconds')).toBe(8);
    expect(value(fs, 'clock_preflight_post_offset_seconds')).toBe(9);
    expect(value(fs, 'clock_preflight_post_uncertainty_seconds')).toBe(0.004);
    const ahead = postCheckFamilies({ offsetMs: -2000, uncertaintyMs: 4, beforeOffsetMs: 0 });
    expect(value(ahead, 'clock_preflight_drift_seconds')).toBe(-2);
    expect(
      family(
        postCheckFamilies({ offsetMs: 1, uncertaintyMs: 1, beforeOffsetMs: null }),
        'clock_preflight_drift_seconds',
      ),
    ).toBeUndefined();
  });

  it("reads the main step's saved families back, and nothing that is not ours", () => {
    const fs = outcomeFamilies(outcomeOf([ntp('a', 1), ntp('b', 2)]), 0);
    expect(metricsFromSaved(JSON.stringify(fs))).toEqual(fs);
    expect(metricsFromSaved('not json')).toEqual([]);
    expect(metricsFromSaved(JSON.stringify([{ name: 'other_metric', samples: [] }]))).toEqual([]);
    expect(metricsFromSaved(JSON.stringify({ name: 'clock_preflight_x' }))).toEqual([]);
  });

  it('drops a saved family the renderers could not write (a label that is not a string, a non-finite number)', () => {
    const fs = outcomeFamilies(outcomeOf([ntp('a', 1), ntp('b', 2)]), 0);
    const sourceOffset = 'clock_preflight_source_offset_seconds';
    type Loose = { samples: Array<{ labels: Record<string, unknown>; value: unknown }> };
    const tampered = (edit: (f: Loose) => void) =>
      JSON.stringify(
        fs.map((f) => {
          if (f.name !== sourceOffset) return f;
          const copy = JSON.parse(JSON.stringify(f)) as Loose;
          edit(copy);
          return copy;
        }),
      );
    const cases = [
      tampered((f) => void (f.samples[0]!.labels.source = 7)),
      tampered((f) => void (f.samples[0]!.labels.source = { toString: 1 })),
      tampered((f) => void (f.samples[0]!.labels['bad"name'] = 'x')),
      tampered((f) => void (f.samples[0]!.value = 'one')),
      // JSON has no Infinity, but a number too large for a double reads back as one.
      tampered((f) => void (f.samples[0]!.value = 123456789)).replace('123456789', '1e400'),
    ];
    for (const text of cases) {
      const back = metricsFromSaved(text);
      expect(back.map((f) => f.name)).toEqual(fs.map((f) => f.name).filter((n) => n !== sourceOffset));
      // What is read back always renders: the post step's rewrite of the file never throws on it.
      expect(() => renderPrometheus(back)).not.toThrow();
    }
  });
});

describe("the main step's gauges kept from the metrics file", () => {
  const main = renderPrometheus(outcomeFamilies(outcomeOf([ntp('a"\\n', 1), ntp('b', 2)]), 1.5e12));
  const post = renderPrometheus(postCheckFamilies({ offsetMs: 3, uncertaintyMs: 1, beforeOffsetMs: 1 }));
  const postNames = new Set(
    postCheckFamilies({ offsetMs: 3, uncertaintyMs: 1, beforeOffsetMs: 1 }).map((f) => f.name),
  );

  it('keeps every family the main step wrote, as it wrote it', () => {
    expect(ourFamiliesText(main, postNames)).toBe(main);
  });

  it("drops an earlier post step's families, so the rewrite never holds one twice", () => {
    expect(ourFamiliesText(main + post, postNames)).toBe(main);
  });

  it('keeps nothing that is not ours, or not whole', () => {
    expect(ourFamiliesText('# HELP node_load1 x\n# TYPE node_load1 gauge\nnode_load1 1\n', postNames)).toBe(
      '',
    );
    expect(ourFamiliesText('clock_preflight_status{status="ok"} 1\n', postNames)).toBe('');
    const injected = main.replace(
      /^clock_preflight_status\{status="ok"\} \d$/m,
      'clock_preflight_status{status="ok"} 1 # and more',
    );
    expect(ourFamiliesText(injected, postNames)).not.toMatch(/^# HELP clock_preflight_status /m);
    expect(ourFamiliesText(injected, postNames)).toMatch(/^# HELP clock_preflight_offset_seconds /m);
    expect(ourFamiliesText('', postNames)).toBe('');
  });
});

describe('Pushgateway grouping key', () => {
  it('percent-encodes plain values and uses the base64 form for a slash, an empty value or a dot segment', () => {
    expect(groupingSegment('instance', 'runner-1')).toBe('instance/runner-1');
    expect(groupingSegment('instance', 'a b?#')).toBe('instance/a%20b%3F%23');
    expect(groupingSegment('instance', 'team/runner')).toBe(
      `instance@base64/${Buffer.from('team/runner').toString('base64url')}`,
    );
    expect(groupingSegment('instance', '')).toBe('instance@base64/=');
    expect(groupingSegment('instance', '..')).toBe(
      `instance@base64/${Buffer.from('..').toString('base64url')}`,
    );
  });

  it('appends the group to the base URL and keeps a route prefix', () => {
    expect(pushUrl(new URL('http://gw:9091'), 'r1').href).toBe(
      'http://gw:9091/metrics/job/clock-preflight/instance/r1',
    );
    expect(pushUrl(new URL('https://u:p@gw/prefix/'), 'a/b').pathname).toBe(
      `/prefix/metrics/job/clock-preflight/instance@base64/${Buffer.from('a/b').toString('base64url')}`,
    );
  });

  it('names the runner, else the host', () => {
    expect(instanceName({ RUNNER_NAME: 'gpu-runner-7' }, 'host')).toBe('gpu-runner-7');
    expect(instanceName({}, 'build-host')).toBe('build-host');
  });

  it('describes an endpoint without its credentials or query', () => {
    expect(describeEndpoint(new URL('https://user:s3cret@gw:9091/p?token=abc'))).toBe('https://gw:9091/p');
  });
});

describe('pushgateway input', () => {
  const read = (v: string) => readConfig((n) => (n === 'pushgateway' ? v : undefined));
  it('takes a base URL, with a route prefix and basic-auth credentials', () => {
    expect(read('http://gw:9091').pushgateway?.href).toBe('http://gw:9091/');
    expect(read('https://u:p@gw/prefix').pushgateway?.pathname).toBe('/prefix');
    // A Compose or Kubernetes service name may hold an underscore.
    expect(read('http://push_gateway:9091').pushgateway?.hostname).toBe('push_gateway');
  });

  it.each([
    ['ftp://gw', /not http:\/\/ or https:\/\//],
    ['gw:9091', /not http:\/\/ or https:\/\//],
    ['http://gw:9091/metrics/job/x', /base URL only/],
    ['http://gw:9091/?x=1', /query/],
    ['not a url', /not a URL/],
    // Found by an adversarial sweep: port 0 sent the metrics to port 80; a broken %-escape in the
    // password failed only after the whole check; a host of empty labels was looked up in DNS.
    ['http://127.0.0.1:0', /has port 0; ports are 1 to 65535/],
    ['http://u:p%zz@127.0.0.1:1', /broken %-escape/],
    ['http://a..b', /does not name a host/],
  ])('refuses %s, naming the input and the accepted form', (v, why) => {
    expect(() => read(v)).toThrow(InputError);
    expect(() => read(v)).toThrow(why);
    expect(() => read(v)).toThrow(/Invalid input 'pushgateway'.*http:\/\/pushgateway:9091/);
  });

  it('never quotes a password back', () => {
    for (const v of [
      'http://user:s3cret@gw/metrics/job/x',
      'ftp://user:s3cret@gw',
      'http://user:s3cr/et@gw',
    ]) {
      let message = '';
      try {
        read(v);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/pushgateway/);
      expect(message).not.toMatch(/s3cr/);
    }
  });
});

describe('OTLP settings from the OTEL_* variables', () => {
  it('appends v1/metrics to the generic endpoint and takes the metrics endpoint as it is', () => {
    expect(otlpPlan({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).settings?.url.href).toBe(
      'http://collector:4318/v1/metrics',
    );
    expect(otlpPlan({ OTEL_EXPORTER_OTLP_ENDPOINT: 'https://c/otlp/' }).settings?.url.href).toBe(
      'https://c/otlp/v1/metrics',
    );
    const both = otlpPlan({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://generic:4318',
      OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: 'http://specific:4318/custom',
    }).settings!;
    expect(both.url.href).toBe('http://specific:4318/custom');
    expect(both.urlFrom).toBe('OTEL_EXPORTER_OTLP_METRICS_ENDPOINT');
  });

  it('exports nothing without an endpoint, or when OpenTelemetry is turned off', () => {
    expect(otlpPlan({}).settings).toBeUndefined();
    const ep = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' };
    expect(otlpPlan({ ...ep, OTEL_SDK_DISABLED: 'TRUE' }).settings).toBeUndefined();
    expect(otlpPlan({ ...ep, OTEL_METRICS_EXPORTER: 'none' }).settings).toBeUndefined();
  });

  it('decodes headers (the metrics ones over the generic ones) and never quotes a malformed value', () => {
    const s = otlpPlan({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
      OTEL_EXPORTER_OTLP_HEADERS: 'api-key=abc%20def, x-team = core',
      OTEL_EXPORTER_OTLP_METRICS_HEADERS: 'x-team=metrics',
    }).settings!;
    expect(s.headers).toEqual({ 'api-key': 'abc def', 'x-team': 'metrics' });
    const bad = otlpPlan({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c',
      OTEL_EXPORTER_OTLP_HEADERS: 'secret-token',
    });
    expect(bad.settings?.headers).toEqual({});
    expect(bad.warnings.join()).toMatch(/OTEL_EXPORTER_OTLP_HEADERS is not a list of key=value pairs/);
    expect(bad.warnings.join()).not.toMatch(/secret-token/);
    expect(parseKeyValueList('a=%E0%A4%A')).toBeUndefined();
  });

  it('warns about an unusable endpoint or the grpc protocol instead of failing the check', () => {
    expect(otlpPlan({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }).warnings.join()).toMatch(
      /OTEL_EXPORTER_OTLP_ENDPOINT has no http:\/\/ or https:\/\//,
    );
    expect(otlpPlan({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://[::' }).warnings.join()).toMatch(/is not a URL/);
    expect(otlpPlan({ OTEL_EXPORTER_OTLP_ENDPOINT: 'ftp://c' }).warnings.join()).toMatch(
      /uses ftp:; OTLP\/HTTP needs/,
    );
    // Port 0 is no port: Node's request would go to the scheme's default (80) instead.
    for (const name of ['OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_METRICS_ENDPOINT']) {
      const zero = otlpPlan({ [name]: 'http://collector:0' });
      expect(zero.settings).toBeUndefined();
      expect(zero.warnings.join()).toMatch(new RegExp(`${name} has port 0; expected http://host:4318`));
    }
    const grpc = otlpPlan({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4317',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc',
    });
    expect(grpc.settings).toBeUndefined();
    expect(grpc.warnings.join()).toMatch(/grpc.*4318/);
    expect(
      otlpPlan({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c', OTEL_EXPORTER_OTLP_TIMEOUT: '1500' }).settings
        ?.timeoutMs,
    ).toBe(1500);
  });

  it('names the variable that set the timeout, the metrics one over the generic one', () => {
    const ep = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c' };
    expect(otlpPlan({ ...ep, OTEL_EXPORTER_OTLP_TIMEOUT: '300' }).settings).toMatchObject({
      timeoutMs: 300,
      timeoutFrom: 'OTEL_EXPORTER_OTLP_TIMEOUT',
    });
    expect(
      otlpPlan({ ...ep, OTEL_EXPORTER_OTLP_TIMEOUT: '300', OTEL_EXPORTER_OTLP_METRICS_TIMEOUT: '200' })
        .settings,
    ).toMatchObject({ timeoutMs: 200, timeoutFrom: 'OTEL_EXPORTER_OTLP_METRICS_TIMEOUT' });
    expect(otlpPlan(ep).settings?.timeoutFrom).toBeUndefined();
  });
});

describe('OTLP resource and request', () => {
  const attrs = (kv: ReturnType<typeof resourceAttributes>) =>
    Object.fromEntries(kv.map((a) => [a.key, (a.value as { stringValue: string }).stringValue]));

  it('names the pipeline with cicd.* attributes from GitHub Actions, OTEL_SERVICE_NAME winning', () => {
    const a = attrs(
      resourceAttributes(
        {
          GITHUB_WORKFLOW: 'deploy',
          GITHUB_RUN_ID: '42',
          GITHUB_RUN_ATTEMPT: '2',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: 'o/r',
          GITHUB_JOB: 'preflight',
          RUNNER_NAME: 'runner-7',
          GITHUB_SHA: 'abc',
          OTEL_RESOURCE_ATTRIBUTES: 'service.name=from-attrs,deployment.environment.name=prod%20eu',
          OTEL_SERVICE_NAME: 'clock-gate',
        },
        'host-1',
      ),
    );
    expect(a).toMatchObject({
      'service.name': 'clock-gate',
      'host.name': 'host-1',
      'cicd.pipeline.name': 'deploy',
      'cicd.pipeline.run.id': '42',
      'cicd.pipeline.run.url.full': 'https://github.com/o/r/actions/runs/42/attempts/2',
      'cicd.pipeline.task.name': 'preflight',
      'cicd.worker.name': 'runner-7',
      'vcs.repository.url.full': 'https://github.com/o/r',
      'vcs.ref.head.revision': 'abc',
      'deployment.environment.name': 'prod eu',
    });
  });

  it('discards a malformed OTEL_RESOURCE_ATTRIBUTES whole, with a warning', () => {
    const warnings: string[] = [];
    const a = attrs(resourceAttributes({ OTEL_RESOURCE_ATTRIBUTES: 'team=a,broken' }, 'h', warnings));
    expect(a.team).toBeUndefined();
    expect(a['service.name']).toBe('clock-preflight');
    expect(warnings.join()).toMatch(/OTEL_RESOURCE_ATTRIBUTES/);
  });

  it('writes one gauge per family: seconds as doubles, counts and states as integers, 64-bit times as strings', () => {
    const fs = outcomeFamilies(outcomeOf([ntp('a"\n}', 1000), ntp('b', 1001)]), 1_700_000_000_123.456);
    const req = renderOtlpJson({
      families: fs,
      resource: [],
      nowMs: 1_700_000_000_123.456,
      version: '9.9.9',
    });
    const sm = req.resourceMetrics[0]!.scopeMetrics[0]!;
    expect(sm.scope).toEqual({ name: 'clock-preflight', version: '9.9.9' });
    const byName = new Map(sm.metrics.map((m) => [m.name, m]));
    const offset = byName.get('clock_preflight.offset')!;
    expect(offset.unit).toBe('s');
    expect(offset.gauge.dataPoints[0]).toMatchObject({
      asDouble: expect.any(Number),
      timeUnixNano: '1700000000123456000',
    });
    const status = byName.get('clock_preflight.status')!.gauge.dataPoints;
    expect(status.find((p) => p.attributes[0]!.value.stringValue === 'ok')).toMatchObject({ asInt: '1' });
    const src = byName.get('clock_preflight.source.offset')!.gauge.dataPoints[0]!;
    expect(src.attributes).toEqual([
      { key: 'clock_preflight.source.kind', value: { stringValue: 'ntp' } },
      { key: 'clock_preflight.source.name', value: { stringValue: 'a"\n}' } },
    ]);
    // The hostile name is a JSON string: the document still parses to the same value.
    expect(JSON.parse(JSON.stringify(req))).toEqual(req);
    expect(unixNano(1.5)).toBe('1500000');
  });
});

describe('the export share of the deadline', () => {
  it('is a tenth of timeout, at least 250 ms (half of a tiny timeout), at most 2 s', () => {
    expect(exportShareMs(10_000)).toBe(1000);
    expect(exportShareMs(1000)).toBe(250);
    expect(exportShareMs(100)).toBe(50);
    expect(exportShareMs(600_000)).toBe(2000);
  });

  it('is taken off the check only when a network destination is configured', () => {
    const config = readConfig((n) => ({ timeout: '10s', 'metrics-file': 'x.prom' })[n]);
    expect(checkConfig(config, metricsTargets(config, {})).timeoutMs).toBe(10_000);
    const withPush = readConfig((n) => ({ timeout: '10s', pushgateway: 'http://gw:9091' })[n]);
    expect(checkConfig(withPush, metricsTargets(withPush, {})).timeoutMs).toBe(9000);
    expect(
      checkConfig(config, metricsTargets(config, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).timeoutMs,
    ).toBe(9000);
  });
});

describe('metrics delivery', () => {
  it('turns a failure while rendering into one warning line, never a throw, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-metrics-unit-'));
    try {
      const config = readConfig((n) => ({ 'metrics-file': join(dir, 'x.prom') })[n]);
      const metrics = setUpMetrics(config, {});
      // An outcome the renderer cannot read: whatever breaks after the verdict stays a warning.
      const broken = { ...outcomeOf([ntp('a', 1)]), measurement: undefined } as unknown as Outcome;
      const delivered = await metrics.deliver({ kind: 'outcome', outcome: broken });
      expect(delivered.families).toEqual([]);
      expect(delivered.warnings).toHaveLength(1);
      expect(delivered.warnings[0]).toMatch(
        /^Could not deliver the metrics: .+\. The check's result stands\.$/,
      );
      expect(delivered.warnings[0]).not.toMatch(/\n/);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks the metrics file before measuring, unless told to leave it to the write', () => {
    const config = readConfig((n) => ({ 'metrics-file': join(tmpdir(), 'no-such-dir-cp', 'x.prom') })[n]);
    expect(() => setUpMetrics(config, {})).toThrow(InputError);
    expect(setUpMetrics(config, {}, { checkFile: false }).targets.metricsFile).toMatch(/x\.prom$/);
  });
});
