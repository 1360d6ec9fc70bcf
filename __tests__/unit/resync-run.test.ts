/** The strategy runner with an injected exec (literal answers): fallbacks, conditions, polling, deadline. */
import { describe, expect, it } from '@jest/globals';
import { EVENT_LOOP_MARGIN_MS } from '../support/tolerance.js';
import { runStrategy, type RunContext } from '../../src/resync/run.js';
import type { Exec, ExecResult } from '../../src/resync/exec.js';
import type { Strategy } from '../../src/resync/strategy.js';

function fakeExec(answer: (argv: readonly string[], n: number) => Partial<ExecResult>) {
  const calls: string[] = [];
  const exec: Exec = async (argv) => {
    calls.push(argv.join(' '));
    return {
      exitCode: 0,
      stdout: '',
      stderr: '',
      timedOut: false,
      durationMs: 1,
      ...answer(argv, calls.length),
    };
  };
  return { exec, calls };
}

function context(exec: Exec, over: Partial<RunContext> = {}): RunContext {
  return {
    exec,
    env: {},
    privilege: 'root',
    endAt: performance.now() + 10_000,
    monotonicNow: () => performance.now(),
    wallNow: () => 1_700_000_000_000,
    ...over,
  };
}

const strategy = (attempts: Strategy['attempts'], kind: Strategy['kind'] = 'windows'): Strategy => ({
  kind,
  label: 'test',
  attempts,
  whenAllFail: 'all failed',
});

describe('runStrategy', () => {
  it('tries the next attempt when a required step fails, and stops at the first success', async () => {
    const { exec, calls } = fakeExec((argv) =>
      argv[1] === '/force' ? { exitCode: 1, stderr: 'no time data was available' } : {},
    );
    const s = strategy([
      { name: 'a', steps: [{ id: 'r', argv: ['w32tm', '/force'], purpose: '', privileged: true }] },
      { name: 'b', steps: [{ id: 'r', argv: ['w32tm', '/rediscover'], purpose: '', privileged: true }] },
      { name: 'c', steps: [{ id: 'r', argv: ['never'], purpose: '', privileged: true }] },
    ]);
    const run = await runStrategy(s, context(exec));
    expect(calls).toEqual(['w32tm /force', 'w32tm /rediscover']);
    expect(run.succeeded).toBe('b');
    expect(run.records[0]!.reason).toBe('W32Time has no reachable time source');
  });

  it('does not try further attempts after a permission failure: they would hit the same wall', async () => {
    const { exec, calls } = fakeExec(() => ({ exitCode: 1, stderr: 'sudo: a password is required' }));
    const s = strategy(
      [
        { name: 'a', steps: [{ id: 's', argv: ['sntp', 'a'], purpose: '', privileged: true }] },
        { name: 'b', steps: [{ id: 's', argv: ['sntp', 'b'], purpose: '', privileged: true }] },
      ],
      'macos',
    );
    const run = await runStrategy(s, context(exec, { privilege: 'sudo' }));
    expect(calls).toEqual(['sudo -n sntp a']);
    expect(run.succeeded).toBeUndefined();
  });

  it('runs a conditional step only when the earlier output matched, and accepts listed exit codes', async () => {
    const steps = [
      { id: 'state', argv: ['sc', 'query'], purpose: '', privileged: false, optional: true },
      {
        id: 'start',
        argv: ['net', 'start'],
        purpose: '',
        privileged: true,
        okExitCodes: [2],
        onlyIf: { step: 'state', matches: /STOPPED/ },
      },
      { id: 'go', argv: ['w32tm'], purpose: '', privileged: true },
    ];
    const running = fakeExec((argv) => (argv[0] === 'sc' ? { stdout: 'STATE : 4 RUNNING' } : {}));
    const r1 = await runStrategy(strategy([{ name: 'a', steps }]), context(running.exec));
    expect(running.calls).toEqual(['sc query', 'w32tm']);
    expect(r1.records[1]!.skipped).toContain('not needed');
    const stopped = fakeExec((argv) =>
      argv[0] === 'sc' ? { stdout: 'STATE : 1 STOPPED' } : argv[0] === 'net' ? { exitCode: 2 } : {},
    );
    const r2 = await runStrategy(strategy([{ name: 'a', steps }]), context(stopped.exec));
    expect(stopped.calls).toEqual(['sc query', 'net start', 'w32tm']);
    expect(r2.succeeded).toBe('a');
  });

  it('polls until the output matches, and gives up within its window', async () => {
    const step = {
      id: 'wait',
      argv: ['ntpq'],
      purpose: '',
      privileged: false,
      optional: true,
      until: { matches: /sync_ntp/, everyMs: 10, forMs: 2000 },
    };
    const synced = fakeExec((_a, n) => ({ stdout: n >= 3 ? 'leap_none, sync_ntp' : 'sync_unspec' }));
    const r = await runStrategy(strategy([{ name: 'a', steps: [step] }], 'ntpd'), context(synced.exec));
    expect(r.records[0]).toMatchObject({ ok: true, polls: 3 });
    const never = fakeExec(() => ({ stdout: 'sync_unspec' }));
    const started = performance.now();
    const r2 = await runStrategy(
      strategy([{ name: 'a', steps: [{ ...step, until: { ...step.until, forMs: 700 } }] }], 'ntpd'),
      context(never.exec),
    );
    // Polling stops at its 700 ms limit (plus timers firing late on a busy machine).
    expect(performance.now() - started).toBeLessThan(700 + EVENT_LOOP_MARGIN_MS);
    expect(r2.records[0]!.ok).toBe(false);
    expect(r2.records[0]!.reason).toMatch(/^not synchronised yet/);
    expect(r2.succeeded).toBe('a'); // optional: the second measurement decides
  });

  it('skips what no longer fits before the deadline, and passes the remaining time to each command', async () => {
    const now = { t: 0 };
    const timeouts: number[] = [];
    const exec: Exec = async (_argv, o) => {
      timeouts.push(o.timeoutMs);
      now.t += 1000;
      return { exitCode: 0, stdout: '', stderr: '', timedOut: false, durationMs: 1000 };
    };
    const step = (id: string) => ({ id, argv: [id], purpose: '', privileged: false, maxMs: 5000 });
    const s = strategy([{ name: 'a', steps: [step('one'), step('two'), step('three')] }]);
    const r = await runStrategy(s, context(exec, { endAt: 1500, monotonicNow: () => now.t }));
    expect(timeouts).toEqual([1500, 500]);
    expect(r.records[2]).toMatchObject({
      step: 'three',
      skipped: 'no time left before the resync deadline',
      ok: false,
    });
    expect(r.succeeded).toBeUndefined();
  });

  it('computes absolute-time argv when the step runs', async () => {
    const { exec, calls } = fakeExec(() => ({}));
    const s = strategy(
      [
        {
          name: 'a',
          steps: [
            {
              id: 'set',
              argv: ['date', 'stale'],
              argvAt: (now) => ['date', `@${now / 1000}`],
              purpose: '',
              privileged: true,
            },
          ],
        },
      ],
      'set-clock',
    );
    await runStrategy(s, context(exec, { privilege: 'sudo' }));
    expect(calls).toEqual(['sudo -n date @1700000000']);
  });
});
