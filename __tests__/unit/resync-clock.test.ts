/** resyncClock with an injected exec: the wall clock is re-read after a resync, and it never throws. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { resyncClock } from '../../src/resync/resync.js';
import { systemClock } from '../../src/time/clock.js';
import type { Exec } from '../../src/resync/exec.js';
import { resyncText, resyncMarkdown } from '../../src/resync/describe.js';
import { markdownText } from '../../src/report/escape.js';
import { resyncThenMeasure } from '../../src/gate/resync-flow.js';
import type { Measurement } from '../../src/decide/measure.js';

const realNow = Date.now;
afterEach(() => {
  Date.now = realNow;
});

const okExec: Exec = async () => ({
  exitCode: 0,
  stdout: '200 OK',
  stderr: '',
  timedOut: false,
  durationMs: 1,
});
const platform = {
  os: 'linux' as const,
  service: 'chrony' as const,
  isRoot: true,
  ec2: false,
  runner: 'self-hosted' as const,
};

describe('resyncClock', () => {
  it('re-anchors the wall clock, so that a step is seen by the second measurement', async () => {
    const before = systemClock.nowMs();
    // The step, as the wall clock sees it; the monotonic clock does not move with it.
    Date.now = () => realNow() + 420_000;
    expect(systemClock.nowMs() - before).toBeLessThan(1000);
    await resyncClock({ method: 'auto', deadlineMs: 1000, platform, exec: okExec });
    expect(systemClock.nowMs() - before).toBeGreaterThan(419_000);
  });

  it('returns a report, never throws, even when exec itself throws', async () => {
    const throwing: Exec = async () => {
      throw new Error('boom');
    };
    const report = await resyncClock({ method: 'auto', deadlineMs: 1000, platform, exec: throwing });
    expect(report.ok).toBe(false);
    expect(report.summary).toContain('boom');
    expect(report.summary).toContain('second measurement');
  });
});

describe('resyncThenMeasure and its text', () => {
  const measurement = (status: 'ok' | 'fail', offsetMs: number): Measurement => ({
    results: [],
    verdict: {
      status,
      reason: 'judged',
      certain: true,
      offsetMs,
      uncertaintyMs: 2,
      title: status === 'ok' ? 'Runner clock is within 5 s' : 'Runner clock is 7 m behind',
      message: '',
      truechimers: [],
      falsetickers: [],
    },
    elapsedMs: 5,
    rounds: 1,
    requireAuthenticated: false,
    voters: [],
  });

  it('measures again after a resync, and the second measurement is final', async () => {
    let remeasured = 0;
    const flow = await resyncThenMeasure({
      mode: 'true',
      method: 'auto',
      runner: 'self-hosted',
      first: measurement('fail', 420_000),
      remeasure: async () => {
        remeasured++;
        return measurement('ok', 1);
      },
      budgetMs: 1000,
      servers: [],
      platform,
      resync: (opts) => resyncClock({ ...opts, exec: okExec }),
    });
    expect(remeasured).toBe(1);
    expect(flow.resynced).toBe(true);
    expect(flow.final.verdict.status).toBe('ok');
    expect(flow.line).toMatch(
      /^Resynced with chrony: ran `chronyc -a makestep`.* Measured again: Runner clock is within 5 s\.$/,
    );
    expect(resyncText(flow)).toContain('ok   chronyc -a makestep  (exit 0,');
    expect(resyncMarkdown(flow)).toContain('| `chronyc -a makestep` | ok |');
  });

  it('does not measure again when resync does not run', async () => {
    let remeasured = 0;
    const first = measurement('fail', 420_000);
    const flow = await resyncThenMeasure({
      mode: 'true',
      method: 'auto',
      runner: 'github-hosted',
      first,
      remeasure: async () => {
        remeasured++;
        return first;
      },
      budgetMs: 1000,
      servers: [],
    });
    expect(remeasured).toBe(0);
    expect(flow).toMatchObject({ resynced: false, final: first });
    expect(flow.line).toContain('GitHub-hosted');
    expect(resyncMarkdown(flow)).toBe(`**Resync:** ${markdownText(flow.decision.why)}\n`);
  });
});
