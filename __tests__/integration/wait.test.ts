/**
 * `clock-preflight wait`, the built CLI in its own process, against real chronyd servers on loopback (-x:
 * this machine's clock is never touched). libfaketime skews the runner's clock from a file it reads on
 * every call (FAKETIME_TIMESTAMP_FILE with FAKETIME_NO_CACHE; the monotonic clock is left real, as a
 * stepped wall clock leaves it). The resync is `--resync-method set-clock`, and `date` is a spy on PATH
 * (PATH is the spy directory alone): it records its call and, when told to, writes `+0` to that file, so
 * the next measurement sees a corrected clock.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { CLI } from '../support/bundle.js';
import { makeSpies, type Spies } from '../support/path-spies.js';
import { EVENT_LOOP_MARGIN_MS, expectTruthWithin, PROCESS_MARGIN_MS } from '../support/tolerance.js';
import { findOnPath } from '../../src/platform/path.js';
import { MIN_ATTEMPT_MS, STOP_EXPORT_MS } from '../../src/gate/wait-plan.js';

const PORTS = [19500, 19501, 19502];
/** Servers that are not there when wait starts (the network is not up yet) and start later. */
const LATE_PORTS = [19503, 19504, 19505];
const servers = (ports: number[]) => ports.map((p) => `127.0.0.1:${p}`).join(',');

let chronyds: Chronyd[] = [];
let dir: string;
let skewFile: string;
let spies: Spies;

beforeAll(async () => {
  chronyds = await Promise.all(PORTS.map((port) => startChronyd({ port })));
});
afterAll(async () => {
  await Promise.all(chronyds.map((c) => c.stop()));
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-wait-'));
  skewFile = join(dir, 'faketime');
  spies = makeSpies();
});
afterEach(() => {
  spies.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

/** A `date` that records its call and, when `fixes`, sets the runner's fake clock right. */
function dateSpy(fixes: boolean) {
  spies.add('date', fixes ? `echo '+0' > '${skewFile}'` : 'exit 0');
}

function tool(name: string): string {
  const found = findOnPath(name, process.env);
  if (!found) throw new Error(`${name} is not installed (scripts/install-test-deps.sh installs it)`);
  return found;
}

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; stdout: string; stderr: string; elapsedMs: number }>;
}

/**
 * The runner `skew` (libfaketime's syntax, e.g. '-7m') from the file; wait with these flags. Without a
 * skew, node runs alone (faketime forks: a signal for the CLI must reach node itself).
 */
function startWait(skew: string | undefined, flags: string[]): Run {
  writeFileSync(skewFile, `${skew ?? '+0'}\n`);
  // faketime puts libfaketime into LD_PRELOAD and sets FAKETIME, which would win over the file: env drops it.
  const faked = skew === undefined ? [] : [tool('faketime'), '-f', '+0', tool('env'), '-u', 'FAKETIME'];
  const [command, ...argv] = [
    ...faked,
    process.execPath,
    CLI,
    'wait',
    '--aws',
    'off',
    '--nts-servers',
    'none',
    '--resync-method',
    'set-clock',
    ...flags,
  ] as [string, ...string[]];
  const started = performance.now();
  const child = spawn(command, argv, {
    env: {
      ...spies.env(),
      FAKETIME_TIMESTAMP_FILE: skewFile,
      FAKETIME_NO_CACHE: '1',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const killer = setTimeout(() => child.kill('SIGKILL'), 120_000);
  const done = new Promise<{ code: number | null; stdout: string; stderr: string; elapsedMs: number }>(
    (resolve) =>
      child.on('close', (code) => {
        clearTimeout(killer);
        resolve({ code, stdout, stderr, elapsedMs: performance.now() - started });
      }),
  );
  return { child, done };
}

const attempts = (stdout: string) =>
  stdout.split('\n').filter((l) => /^clock-preflight wait: attempt \d+: (runner|no|too|time)/i.test(l));

interface FinalJson {
  status: string;
  offsetMs: number;
  uncertaintyMs: number;
  attempts: number;
}

describe('clock-preflight wait', () => {
  it('already within bounds: exit 0 after one attempt, no resync', async () => {
    dateSpy(true);
    const r = await startWait('+0', ['--ntp-servers', servers(PORTS), '--timeout', '30s', '--json']).done;
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as FinalJson;
    expect(j.attempts).toBe(1);
    expect(j.status).toBe('ok');
    expectTruthWithin(j.offsetMs, 0, j.uncertaintyMs);
    expect(spies.calls()).toEqual([]);
    expect(r.stderr).toMatch(/attempt 1: runner clock is .* within bounds; done, exit 0/);
  });

  it('out of bounds, the resync fixes it: exit 0 after two attempts, each a line a journal reader understands', async () => {
    dateSpy(true);
    const r = await startWait('-7m', ['--ntp-servers', servers(PORTS), '--timeout', '60s']).done;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = attempts(r.stdout);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^clock-preflight wait: attempt 1: runner clock is 7 m 0 s behind \(±[\d.]+ m?s\), over max-offset 1 m 0 s; resyncing \(set-clock\) now, then measuring again \([\d.]+ s left\)\.$/,
    );
    expect(lines[1]).toMatch(
      /^clock-preflight wait: attempt 2: runner clock is .* within bounds; done, exit 0/,
    );
    expect(r.stdout).toMatch(/attempt 1: Resynced with set-clock: ran `date -u -s '\+4\d\d\.\d+ seconds'`/);
    expect(spies.calls().map((c) => c[0])).toEqual(['date']);
  });

  it('never fixed: exit 1 at the deadline, not before its last attempt and not after it', async () => {
    dateSpy(false);
    const timeoutMs = 6000;
    const r = await startWait('-7m', ['--ntp-servers', servers(PORTS), '--timeout', '6s']).done;
    expect(r.code).toBe(1);
    // It gives up only when less than one attempt's time is left, and every attempt ends by the deadline.
    expect(r.elapsedMs).toBeGreaterThan(timeoutMs - MIN_ATTEMPT_MS);
    expect(r.elapsedMs).toBeLessThan(timeoutMs + PROCESS_MARGIN_MS);
    expect(attempts(r.stdout).length).toBeGreaterThanOrEqual(2);
    expect(r.stdout).toMatch(
      /no time left for another attempt \(one needs 1\.00 s\), giving up: exit 1 \(\d+ ms left\)/,
    );
    // The full report follows, with the fix.
    expect(r.stdout).toMatch(/FAIL\s+Runner clock is 7 m 0 s behind/);
    expect(spies.calls().length).toBeGreaterThanOrEqual(1);
    expect(spies.calls().every((c) => c[0] === 'date')).toBe(true);
  });

  it('no server answers at first (network not up): keeps trying, and passes once servers start', async () => {
    dateSpy(true);
    const run = startWait('+0', ['--ntp-servers', servers(LATE_PORTS), '--timeout', '60s']);
    // Let it fail at least once against ports where nothing listens, then bring the servers up.
    await new Promise((r) => setTimeout(r, 2500));
    const late = await Promise.all(LATE_PORTS.map((port) => startChronyd({ port })));
    try {
      const r = await run.done;
      expect(r.code).toBe(0);
      const lines = attempts(r.stdout);
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(lines[0]).toMatch(/attempt 1: no time reference answered; measuring again in 1\.00 s/);
      expect(lines.at(-1)).toMatch(/within bounds; done, exit 0/);
      // Nothing said the clock was wrong: no resync ran.
      expect(spies.calls()).toEqual([]);
    } finally {
      await Promise.all(late.map((c) => c.stop()));
    }
  });

  it('SIGTERM ends it at once with a line that says so', async () => {
    dateSpy(true);
    const run = startWait(undefined, ['--ntp-servers', servers(LATE_PORTS), '--timeout', '60s']);
    // Its first line is out, so the loop is running.
    await new Promise((resolve) => run.child.stdout!.once('data', resolve));
    await new Promise((r) => setTimeout(r, 1500));
    const sentAt = performance.now();
    run.child.kill('SIGTERM');
    const r = await run.done;
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /clock-preflight wait: stopped by SIGTERM after \d+ attempts?, .* before the clock was confirmed within bounds/,
    );
    expect(performance.now() - sentAt).toBeLessThan(EVENT_LOOP_MARGIN_MS);
  });

  it("SIGTERM with --json and a metrics file: the last attempt's JSON and gauges, still at once, exit 1", async () => {
    const file = join(dir, 'clock.prom');
    const run = startWait(undefined, [
      '--ntp-servers',
      servers(LATE_PORTS),
      '--timeout',
      '60s',
      '--json',
      '--metrics-file',
      file,
    ]);
    // With --json the journal lines go to stderr: once attempt 1 is said, there is a last attempt.
    await new Promise<void>((resolve) => {
      let seen = '';
      const on = (d: Buffer) => {
        seen += String(d);
        if (/attempt 1: /.test(seen)) {
          run.child.stderr!.off('data', on);
          resolve();
        }
      };
      run.child.stderr!.on('data', on);
    });
    const sentAt = performance.now();
    run.child.kill('SIGTERM');
    const r = await run.done;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/clock-preflight wait: stopped by SIGTERM after \d+ attempts?, /);
    const j = JSON.parse(r.stdout) as FinalJson & { exitCode: number; stoppedBy: string };
    // Nothing listens on these ports: the last attempt saw no answer, and the exit code is the stop's.
    expect(j.status).toBe('unknown');
    expect(j.exitCode).toBe(1);
    expect(j.stoppedBy).toBe('SIGTERM');
    expect(j.attempts).toBeGreaterThanOrEqual(1);
    expect(readFileSync(file, 'utf8')).toMatch(/^clock_preflight_status\{status="unknown"\} 1$/m);
    // The export has its own short bound after a signal; the rest is the event loop's margin.
    expect(performance.now() - sentAt).toBeLessThan(EVENT_LOOP_MARGIN_MS + STOP_EXPORT_MS);
  });

  it('writes its last attempt to the metrics file when it ends, as check does', async () => {
    dateSpy(true);
    const file = join(dir, 'clock.prom');
    const r = await startWait('-7m', [
      '--ntp-servers',
      servers(PORTS),
      '--timeout',
      '60s',
      '--metrics-file',
      file,
    ]).done;
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    // The gauges describe the attempt that passed, after the resync: ok, and the offset near zero.
    expect(text).toMatch(/^clock_preflight_status\{status="ok"\} 1$/m);
    const offset = Number(/^clock_preflight_offset_seconds (\S+)$/m.exec(text)?.[1]);
    const uncertainty = Number(/^clock_preflight_uncertainty_seconds (\S+)$/m.exec(text)?.[1]);
    expectTruthWithin(offset * 1000, 0, uncertainty * 1000);
  });

  it('a metrics file in a missing directory is a bad input: exit 2 before measuring', async () => {
    const file = join(dir, 'no-such-dir', 'clock.prom');
    const r = await startWait('+0', [
      '--ntp-servers',
      servers(PORTS),
      '--timeout',
      '30s',
      '--metrics-file',
      file,
    ]).done;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/metrics-file/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(attempts(r.stdout)).toEqual([]);
  });

  it.each([
    [
      '5 minutes',
      /invalid --timeout: '5 minutes' is not a duration; use a duration between 100ms and 10m, such as 10s/,
    ],
    ['2h', /invalid --timeout: '2h' is out of range; use a duration between 100ms and 10m/],
  ])('a bad --timeout %j: exit 2, names the flag and the accepted form, no stack', async (value, message) => {
    const r = await startWait('+0', ['--ntp-servers', servers(PORTS), '--timeout', value]).done;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });
});
