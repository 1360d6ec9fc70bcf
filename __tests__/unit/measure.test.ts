/** The measurement loop with literal sources: parallel, one deadline, early stop, refinement. */
import { describe, expect, it } from '@jest/globals';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { measure, PATIENCE_MS } from '../../src/decide/measure.js';
import type { SourceResult } from '../../src/model.js';
import { sleep, type TimeSource } from '../../src/sources/source.js';

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
    const m = await measure(
      [
        source('a', [{ afterMs: 100, offsetMs: 1, boundMs: 1 }]),
        source('b', [{ afterMs: 100, offsetMs: 1, boundMs: 1 }]),
      ],
      options,
    );
    expect(m.elapsedMs).toBeLessThan(190);
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
    expect(m.elapsedMs).toBeLessThan(1000);
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
    expect(m.elapsedMs).toBeLessThan(PATIENCE_MS + 500);
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
      expect(m.elapsedMs).toBeLessThan(1500);
      expect(m.results[0]!.status).toBe('timeout');
    } finally {
      clearInterval(collector);
    }
  }, 5000);

  it('decides conservatively when the deadline comes first', async () => {
    const a = source('a', [
      { afterMs: 5, offsetMs: 59_900, boundMs: 500 },
      { afterMs: 5_000, offsetMs: 59_900, boundMs: 500 },
    ]);
    const m = await measure([a], { ...options, timeoutMs: 300 });
    expect(m.verdict).toMatchObject({ status: 'fail', certain: false });
    expect(m.elapsedMs).toBeLessThan(600);
  });
});
