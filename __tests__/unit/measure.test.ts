/** The measurement loop with literal sources: parallel, one deadline, early stop, refinement. */
import { describe, expect, it } from '@jest/globals';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { measure, PATIENCE_MS } from '../../src/decide/measure.js';
import type { SourceResult } from '../../src/model.js';
import { sleep, type TimeSource } from '../../src/sources/source.js';
import { EVENT_LOOP_MARGIN_MS } from '../support/tolerance.js';

const options = { warnOffsetMs: 5000, maxOffsetMs: 60_000, timeoutMs: 2000 };

function source(
  target: string,
  answers: Array<{ afterMs: number; offsetMs: number; boundMs: number }>,
): TimeSource & { calls: number } {
  let calls = 0;
  const s = {
    kind: 'ntp' as const,
    target,
    calls: 0,
    canRefine: () => calls < answers.length,
    async measure(signal: AbortSignal): Promise<SourceResult> {
      const a = answers[Math.min(calls, answers.length - 1)]!;
      calls += 1;
      s.calls = calls;
      await sleep(a.afterMs, signal);
      if (signal.aborted)
        return {
          kind: 'ntp',
          target,
          status: 'timeout',
          reason: 'no reply',
          authenticated: false,
          requests: calls,
        };
      return {
        kind: 'ntp',
        target,
        status: 'ok',
        authenticated: false,
        requests: calls,
        sample: { offsetMs: a.offsetMs, boundMs: a.boundMs, delayMs: 1, atMs: 0 },
      };
    },
  };
  return s;
}

describe('measure', () => {
  it('asks every source in parallel', async () => {
    // Each source answers only once both have been asked. Asked one after the other, the first would wait
    // for the second until the deadline and time out; no clock is involved, so load cannot change this.
    let asked = 0;
    let bothAsked!: () => void;
    const barrier = new Promise<void>((resolve) => (bothAsked = resolve));
    const waiting = (target: string): TimeSource => ({
      kind: 'ntp',
      target,
      canRefine: () => false,
      async measure(signal: AbortSignal): Promise<SourceResult> {
        asked += 1;
        if (asked === 2) bothAsked();
        await Promise.race([
          barrier,
          new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true })),
        ]);
        const base = { kind: 'ntp' as const, target, authenticated: false, requests: 1 };
        if (signal.aborted) return { ...base, status: 'timeout', reason: 'no reply' };
        return { ...base, status: 'ok', sample: { offsetMs: 1, boundMs: 1, delayMs: 1, atMs: 0 } };
      },
    });
    const m = await measure([waiting('a'), waiting('b')], options);
    expect(m.results.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(m.verdict.status).toBe('ok');
  });

  it('stops waiting for a silent source once a majority of all sources agrees', async () => {
    const m = await measure(
      [
        source('a', [{ afterMs: 10, offsetMs: 1, boundMs: 1 }]),
        source('b', [{ afterMs: 10, offsetMs: 1, boundMs: 1 }]),
        source('silent', [{ afterMs: 60_000, offsetMs: 0, boundMs: 1 }]),
      ],
      options,
    );
    // Skipped, not timed out: the run did not wait for the 60 s answer nor for the 2 s deadline.
    expect(m.results[2]).toMatchObject({
      status: 'skipped',
      reason: 'not waited for: a majority had already agreed',
    });
  });

  it('stops waiting for blocked sources after the patience time once two answers agree', async () => {
    const m = await measure(
      [
        source('a', [{ afterMs: 10, offsetMs: 1, boundMs: 1 }]),
        source('b', [{ afterMs: 10, offsetMs: 1.5, boundMs: 1 }]),
        source('blocked-1', [{ afterMs: 60_000, offsetMs: 0, boundMs: 1 }]),
        source('blocked-2', [{ afterMs: 60_000, offsetMs: 0, boundMs: 1 }]),
        source('blocked-3', [{ afterMs: 60_000, offsetMs: 0, boundMs: 1 }]),
      ],
      { ...options, timeoutMs: 10_000 },
    );
    expect(m.elapsedMs).toBeGreaterThanOrEqual(PATIENCE_MS - 10);
    // Stopped waiting before the 10 s deadline (the patience time is the floor above, not a figure to race).
    expect(m.elapsedMs).toBeLessThan(10_000);
    expect(m.results[2]).toMatchObject({
      status: 'skipped',
      reason: 'no answer within 2.5 s while the other sources agreed',
    });
    expect(m.verdict).toMatchObject({ status: 'ok', certain: true });
  });

  it('waits for the deadline when the answers are not yet a majority of all sources', async () => {
    const m = await measure(
      [
        source('a', [{ afterMs: 10, offsetMs: 1, boundMs: 1 }]),
        source('silent', [{ afterMs: 60_000, offsetMs: 0, boundMs: 1 }]),
      ],
      { ...options, timeoutMs: 300 },
    );
    expect(m.elapsedMs).toBeGreaterThanOrEqual(290);
    expect(m.results[1]!.status).toBe('timeout');
    expect(m.verdict.status).toBe('ok');
  });

  it('measures again while the interval straddles a threshold, and stops once it is decided', async () => {
    const a = source('a', [
      { afterMs: 5, offsetMs: 5200, boundMs: 500 },
      { afterMs: 5, offsetMs: 5200, boundMs: 100 },
    ]);
    const m = await measure([a], options);
    expect(a.calls).toBe(2);
    expect(m.rounds).toBe(2);
    expect(m.verdict).toMatchObject({ status: 'warn', certain: true });
  });

  it('ends by its deadline even when garbage collection runs meanwhile', async () => {
    // Regression: on Node 20 a signal from AbortSignal.any() over an otherwise unreferenced
    // AbortSignal.timeout() is collected before it fires, and the run never ended.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const collector = setInterval(gc, 5);
    try {
      const m = await measure([source('silent', [{ afterMs: 60_000, offsetMs: 0, boundMs: 1 }])], {
        ...options,
        timeoutMs: 300,
      });
      // Ends at its 300 ms deadline; garbage collection every 5 ms and a busy machine delay timers.
      expect(m.elapsedMs).toBeLessThan(300 + EVENT_LOOP_MARGIN_MS);
      expect(m.results[0]!.status).toBe('timeout');
    } finally {
      clearInterval(collector);
    }
  }, 10_000);

  it('decides conservatively when the deadline comes first', async () => {
    const a = source('a', [
      { afterMs: 5, offsetMs: 59_900, boundMs: 500 },
      { afterMs: 5_000, offsetMs: 59_900, boundMs: 500 },
    ]);
    const m = await measure([a], { ...options, timeoutMs: 300 });
    expect(m.verdict).toMatchObject({ status: 'fail', certain: false });
    // At the 300 ms deadline, not after the 5 s second answer.
    expect(m.elapsedMs).toBeLessThan(300 + EVENT_LOOP_MARGIN_MS);
  });
});
