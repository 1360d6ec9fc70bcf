/**
 * The built CLI against real chronyd servers on loopback, with the runner's clock skewed by libfaketime.
 * chronyd runs with -x: this machine's clock is never touched.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createSocket, type Socket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { CLI, nodes, runNode } from '../support/bundle.js';
import { EVENT_LOOP_MARGIN_MS, expectTruthWithin, PROCESS_MARGIN_MS } from '../support/tolerance.js';

const SERVERS = ['127.0.0.1:11101', '127.0.0.1:11102', '127.0.0.1:11103'];
let chronyds: Chronyd[] = [];
let silent: Socket;
const SILENT = '127.0.0.1:11110';

beforeAll(async () => {
  chronyds = await Promise.all(SERVERS.map((s) => startChronyd({ port: Number(s.split(':')[1]) })));
  // A server that reads requests and never answers.
  silent = createSocket('udp4');
  await new Promise<void>((r) => silent.bind(11110, '127.0.0.1', r));
});

afterAll(async () => {
  await Promise.all(chronyds.map((c) => c.stop()));
  silent?.close();
});

const base = ['check', '--aws', 'off', '--nts-servers', 'none', '--ntp-servers', SERVERS.join(','), '--json'];

function json(stdout: string) {
  return JSON.parse(stdout) as {
    status: string;
    offsetMs: number;
    uncertaintyMs: number;
    elapsedMs: number;
    sources: Array<{
      target: string;
      status: string;
      reason: string | null;
      offsetMs: number | null;
      stratum: number | null;
    }>;
  };
}

describe.each(nodes())('clock-preflight check on %s', (_name, node) => {
  it('passes a healthy clock, true time inside the reported interval', async () => {
    const r = await runNode(CLI, base, { node });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = json(r.stdout);
    expect(j.status).toBe('ok');
    expectTruthWithin(j.offsetMs, 0, j.uncertaintyMs);
    // A majority answers; a late third reply may be not waited for (skipped), never wrong.
    const answered = j.sources.filter((s) => s.status === 'ok');
    expect(answered.length).toBeGreaterThanOrEqual(2);
    expect(answered.every((s) => s.stratum === 1)).toBe(true);
    expect(j.sources.every((s) => s.status === 'ok' || s.status === 'skipped')).toBe(true);
  });

  it.each([
    ['-7m', 420_000],
    ['+7m', -420_000],
  ])(
    'fails a runner skewed %s and measures the skew within its reported uncertainty',
    async (skew, expected) => {
      const r = await runNode(CLI, base, { node, faketime: skew });
      expect(r.code).toBe(1);
      const j = json(r.stdout);
      expect(j.status).toBe('fail');
      expectTruthWithin(j.offsetMs, expected, j.uncertaintyMs);
    },
  );

  it('explains a failure in words: size, direction, agreement, what breaks and the fix', async () => {
    const r = await runNode(
      CLI,
      ['check', '--aws', 'off', '--nts-servers', 'none', '--ntp-servers', SERVERS.join(',')],
      {
        node,
        faketime: '-7m',
      },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL {2}Runner clock is 7 m 0 s behind/);
    // Once a majority agrees, a late third reply is not waited for (a busy machine makes one late).
    expect(r.stdout).toMatch(/(3 of 3|2 of 2) NTP servers agree/);
    expect(r.stdout).toMatch(/Signature expired/);
    expect(r.stdout).toMatch(/Fix: /);
    // Human units in the table (exact milliseconds are in --json, checked above).
    expect(r.stdout).toMatch(/127\.0\.0\.1:1110[123] +ntp +1 +\+(6 m 59\.\d|7 m 0\.\d) s/);
  });

  it('warns, exit 0, for a runner 30 s ahead (between warn-offset and max-offset)', async () => {
    const r = await runNode(CLI, base, { node, faketime: '+30s' });
    expect(r.code).toBe(0);
    const j = json(r.stdout);
    expect(j.status).toBe('warn');
    expectTruthWithin(j.offsetMs, -30_000, j.uncertaintyMs);
  });

  it('sees a sub-second skew (-0.6 s) precisely and passes it', async () => {
    const r = await runNode(CLI, base, { node, faketime: '-0.6s' });
    expect(r.code).toBe(0);
    const j = json(r.stdout);
    expect(j.status).toBe('ok');
    expectTruthWithin(j.offsetMs, 600, j.uncertaintyMs);
  });

  it('fails a sub-second skew against a sub-second max-offset', async () => {
    const r = await runNode(CLI, [...base, '--warn-offset', '100ms', '--max-offset', '500ms'], {
      node,
      faketime: '-0.6s',
    });
    expect(r.code).toBe(1);
    expect(json(r.stdout).status).toBe('fail');
  });
});

describe('sources that do not answer', () => {
  it('ends by its deadline with a silent server and says so: one of two is not a majority', async () => {
    const r = await runNode(CLI, [
      'check',
      '--aws',
      'off',
      '--ntp-servers',
      `${SILENT},${SERVERS[0]}`,
      '--nts-servers',
      'none',
      '--timeout',
      '3s',
      '--json',
    ]);
    const j = json(r.stdout);
    // The run ends by its 3 s deadline; node's start-up and exit are outside it.
    expect(j.elapsedMs).toBeLessThan(3000 + EVENT_LOOP_MARGIN_MS);
    expect(r.elapsedMs).toBeLessThan(3000 + PROCESS_MARGIN_MS);
    // The silent server could have been the other half: one unauthenticated answer does not decide alone.
    expect(j.status).toBe('unknown');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Only 1 independent source answered, while 1 stayed silent/);
    const silentResult = j.sources.find((s) => s.target === SILENT)!;
    expect(silentResult.status).toBe('timeout');
    // A lost reply is retried 2 s later; on a busy machine the 3 s deadline may come first.
    expect(silentResult.reason).toMatch(/no reply to [12] requests? before the deadline/);
  });

  it('prints no leak warning with a dozen servers: their abort listeners are expected', async () => {
    // Regression: ten sources or more (the defaults with the signed call) made Node print
    // "MaxListenersExceededWarning: Possible EventTarget memory leak detected" on stderr in every run.
    const quiet = await Promise.all(
      [21001, 21002, 21003, 21004, 21005, 21006, 21007, 21008, 21009].map(async (port) => {
        const socket = createSocket('udp4');
        await new Promise<void>((r) => socket.bind(port, '127.0.0.1', r));
        return socket;
      }),
    );
    try {
      const servers = [...SERVERS, ...quiet.map((q) => `127.0.0.1:${q.address().port}`)];
      const r = await runNode(CLI, [
        'check',
        '--aws',
        'off',
        '--ntp-servers',
        servers.join(','),
        '--timeout',
        '1s',
        '--json',
      ]);
      expect(r.stderr).toBe('');
      // 3 answers beside 9 silent servers are a minority: unknown, exit 1.
      expect(json(r.stdout).status).toBe('unknown');
      expect(r.code).toBe(1);
    } finally {
      for (const q of quiet) q.close();
    }
  });

  it('reports an unreachable server as refused at once, and fails when nothing answers', async () => {
    const r = await runNode(CLI, [
      'check',
      '--aws',
      'off',
      '--nts-servers',
      'none',
      '--ntp-servers',
      '127.0.0.1:11199',
      '--json',
    ]);
    expect(r.code).toBe(1);
    const j = json(r.stdout);
    expect(j.status).toBe('unknown');
    expect(j.sources[0]!.reason).toMatch(/connection refused/);
    // At once: the refusal ends the run long before the default 10 s deadline.
    expect(j.elapsedMs).toBeLessThan(EVENT_LOOP_MARGIN_MS);
  });

  it('only warns when nothing answers and on-unreachable is warn', async () => {
    const r = await runNode(CLI, [
      'check',
      '--aws',
      'off',
      '--ntp-servers',
      '127.0.0.1:11199',
      '--on-unreachable',
      'warn',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No time reference answered/);
  });

  it('turns a name that does not resolve into a per-source error, not a crash', async () => {
    const r = await runNode(CLI, [
      'check',
      '--aws',
      'off',
      '--nts-servers',
      'none',
      '--ntp-servers',
      `no-such-host.invalid,${SERVERS.join(',')}`,
      '--json',
    ]);
    const j = json(r.stdout);
    const bad = j.sources.find((s) => s.target === 'no-such-host.invalid')!;
    expect(bad.status).toBe('error');
    expect(bad.reason).toMatch(/DNS lookup of no-such-host.invalid failed/);
    // Three of the four votes answered and agree: a majority, with the failed one counted.
    expect(j.status).toBe('ok');
  });

  it('counts a source that failed as a vote: one answer beside a name that does not resolve is no pass', async () => {
    // Before, a failed source no longer counted and the one answer decided alone. A DNS error, a refusal or
    // a bad reply is what anyone on the path can send instead of the real answer.
    const r = await runNode(CLI, [
      'check',
      '--aws',
      'off',
      '--nts-servers',
      'none',
      '--ntp-servers',
      `no-such-host.invalid,${SERVERS[0]}`,
      '--json',
    ]);
    const j = json(r.stdout);
    expect(j.status).toBe('unknown');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Only 1 independent source answered, while 1 failed;/);
  });
});

describe('IPv6', () => {
  it('asks a chronyd on [::1]:port', async () => {
    const v6 = await startChronyd({ port: 11104, address: '::1' });
    try {
      const r = await runNode(
        CLI,
        ['check', '--aws', 'off', '--nts-servers', 'none', '--ntp-servers', '[::1]:11104', '--json'],
        { faketime: '-90s' },
      );
      const j = json(r.stdout);
      expect(j.sources[0]).toMatchObject({ target: '[::1]:11104', status: 'ok' });
      expectTruthWithin(j.offsetMs, 90_000, j.uncertaintyMs);
      expect(r.code).toBe(1);
    } finally {
      await v6.stop();
    }
  });
});

describe('bad input', () => {
  it.each([
    [['--ntp-servers', 'a.example;rm -rf /'], /invalid --ntp-servers: 'a.example;rm -rf \/' is not a server/],
    [['--max-offset', 'soon'], /invalid --max-offset: 'soon' is not a duration/],
    [['--warn-offset', '2m', '--max-offset', '1m'], /invalid --warn-offset: '2m' is larger than max-offset/],
    [['--aws', 'maybe'], /invalid --aws: 'maybe' is not accepted; use one of auto, https, sts, off/],
    [['--timeout', '0'], /invalid --timeout/],
    // Issue 12: a flag given twice, a bad word after a boolean flag, an empty list, a huge value.
    [['--max-offset', '1m', '--max-offset', '2m'], /invalid --max-offset: given twice; give it once/],
    [['--resync', 'maybe'], /invalid --resync: 'maybe' is not accepted; use one of false, true, force$/m],
    [['--ntp-servers', ''], /invalid --ntp-servers: the value is empty; .*'none' turns NTP off/],
    [
      ['--max-offset', 'x'.repeat(120_000)],
      /invalid --max-offset: 'x{60}…' \(120000 characters\) is not a duration/,
    ],
    [['--frobnicate'], /invalid flag: '--frobnicate' is unknown/],
    [['--json=yes'], /invalid --json: 'yes' is not a boolean; use --json or --json=true\|false/],
    [['--json', '--json=false'], /invalid --json: given twice/],
    [['--ntp-servers', 'none', '--aws', 'off', '--nts-servers', 'none'], /no time reference is left/],
    // 'none' among servers was looked up in DNS as a host name.
    [['--ntp-servers', 'none,127.0.0.1:1'], /invalid --ntp-servers: 'none' stands alone, for no servers/],
  ])('%j exits 2 naming the input, with no stack trace and no network work', async (args, message) => {
    const r = await runNode(CLI, ['check', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.length).toBeLessThan(400);
    expect(r.stdout).toBe('');
  });

  it('an unknown flag is quoted back, not printed raw: no workflow command, no terminal escape, capped', async () => {
    // Regression: `check $'--x\n::error::pwned'` printed a line starting with `::error::pwned` (a workflow
    // command wherever a runner reads the output), and escape sequences reached the terminal as they were.
    for (const flag of [
      '--x\n::error::pwned',
      '--x\u001b]0;pwned\u0007\u001b[2J',
      `--${'y'.repeat(100_000)}`,
    ]) {
      const r = await runNode(CLI, ['check', flag]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^clock-preflight: invalid flag: '--/);
      expect(r.stderr).not.toMatch(/^[\s\u0085]*::/m);
      expect(r.stderr).not.toContain('\u001b');
      expect(r.stderr.length).toBeLessThan(400);
    }
  });

  it('run with a command name longer than the system allows exits 2 and says so (it was an internal error)', async () => {
    const r = await runNode(CLI, ['run', '--ntp-servers', '127.0.0.1:1', '--', 'x'.repeat(100_000)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /cannot start 'x{60}…' \(100000 characters\): the command line is longer than this system allows/,
    );
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('a stray argument names the command, not a flag of the same name', async () => {
    // Regression: `resync x` said "invalid --resync: unexpected argument", as if the flag were wrong.
    for (const command of ['check', 'resync']) {
      const r = await runNode(CLI, [command, 'x', '--ntp-servers', '127.0.0.1:1']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(
          `^clock-preflight: invalid command ${command}: unexpected argument 'x'; ${command} takes only flags`,
        ),
      );
    }
  });

  it('a region from the environment that is not one exits 2 naming the variable (it was an internal error)', async () => {
    const r = await runNode(
      CLI,
      ['check', '--ntp-servers', '127.0.0.1:1', '--nts-servers', 'none', '--aws', 'https'],
      { env: { AWS_REGION: 'useast1' } },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /invalid --aws-region \(from AWS_REGION\): 'useast1' is not a region; use an AWS region name such as us-east-1/,
    );
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.stdout).toBe('');
  });
});

describe('help and version', () => {
  it('prints help listing every flag', async () => {
    const r = await runNode(CLI, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--ntp-servers=VALUE/);
    expect(r.stdout).toMatch(/--on-unreachable=VALUE/);
  });

  it('a check never opens standard input (only explain reads it)', async () => {
    // A preload that notes whether process.stdin was ever built. Copying the CLI's io object used to
    // build it through a getter: a stream on fd 0 that no check reads, and milliseconds of start-up.
    const dir = mkdtempSync(join(tmpdir(), 'cp-stdin-'));
    const probe = join(dir, 'probe.cjs');
    writeFileSync(
      probe,
      [
        "const d = Object.getOwnPropertyDescriptor(process, 'stdin');",
        "Object.defineProperty(process, 'stdin', { configurable: true, get() {",
        "  process.on('exit', () => process.stderr.write('STDIN OPENED\\n'));",
        '  return d.get.call(process); } });',
      ].join('\n'),
    );
    try {
      const r = await runNode(CLI, [...base, '--timeout', '3s'], {
        env: { NODE_OPTIONS: `--require ${probe}` },
      });
      expect(r.stdout).toContain('"status"');
      expect(r.stderr).not.toContain('STDIN OPENED');
      // The probe itself works: explain reads standard input, and it is seen.
      const e = await runNode(CLI, ['explain', '-'], {
        env: { NODE_OPTIONS: `--require ${probe}` },
        input:
          'Signature expired: 20260627T140000Z is now earlier than 20260627T141500Z (20260627T143000Z - 15 min.)',
      });
      expect(e.stderr).toContain('STDIN OPENED');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints the version', async () => {
    const r = await runNode(CLI, ['--version']);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
