import { describe, expect, it } from '@jest/globals';
import {
  attemptTimeoutMs,
  backoffMs,
  MAX_ATTEMPT_MS,
  MIN_ATTEMPT_MS,
  nextWaitAction,
  type WaitState,
} from '../../src/gate/wait-plan.js';

const state = (over: Partial<WaitState>): WaitState => ({
  attempt: 1,
  status: 'fail',
  judged: true,
  remainingMs: 300_000,
  resyncAllowed: true,
  ...over,
});

describe('nextWaitAction', () => {
  it.each([
    ['ok', 0],
    ['warn', 0],
  ] as const)('%s is within bounds: done, exit %d, whatever the time left', (status, exitCode) => {
    expect(nextWaitAction(state({ status, remainingMs: 0 }))).toEqual({ kind: 'done', exitCode });
  });

  it('out of bounds on the first attempt: resync at once, then measure', () => {
    expect(nextWaitAction(state({}))).toEqual({ kind: 'resync', afterMs: 0 });
  });

  it('still out of bounds after a resync: resync again after the back-off', () => {
    expect(nextWaitAction(state({ attempt: 2 }))).toEqual({ kind: 'resync', afterMs: 2000 });
    expect(nextWaitAction(state({ attempt: 3 }))).toEqual({ kind: 'resync', afterMs: 4000 });
  });

  it('out of bounds where resync may not run (resync false, a hosted runner): wait and measure again', () => {
    expect(nextWaitAction(state({ resyncAllowed: false }))).toEqual({ kind: 'measure', afterMs: 1000 });
  });

  it('nothing answered (the network is not up yet at boot): measure again with a back-off, never resync', () => {
    expect(nextWaitAction(state({ status: 'unknown', judged: false }))).toEqual({
      kind: 'measure',
      afterMs: 1000,
    });
    expect(nextWaitAction(state({ status: 'unknown', judged: false, attempt: 4 }))).toEqual({
      kind: 'measure',
      afterMs: 8000,
    });
  });

  it('a fail that is not a judged clock (aws: sts credentials) is not resynced', () => {
    expect(nextWaitAction(state({ judged: false }))).toEqual({ kind: 'measure', afterMs: 1000 });
  });

  it('the back-off doubles up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(backoffMs)).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('never sleeps past the point where one last attempt still fits before the deadline', () => {
    expect(
      nextWaitAction(state({ attempt: 6, status: 'unknown', judged: false, remainingMs: 5000 })),
    ).toEqual({
      kind: 'measure',
      afterMs: 5000 - MIN_ATTEMPT_MS,
    });
  });

  it('gives up, exit 1, when less than one attempt is left', () => {
    expect(nextWaitAction(state({ remainingMs: MIN_ATTEMPT_MS - 1 }))).toEqual({
      kind: 'give-up',
      exitCode: 1,
    });
    expect(nextWaitAction(state({ status: 'unknown', judged: false, remainingMs: -5 }))).toEqual({
      kind: 'give-up',
      exitCode: 1,
    });
  });
});

describe('at the deadline with nothing answering', () => {
  it('exits as check would: 0 only when that outcome passes check (on-unreachable: warn), else 1', () => {
    const base = { status: 'unknown', judged: false, remainingMs: 10 } as const;
    expect(nextWaitAction(state({ ...base, passesCheck: true }))).toEqual({ kind: 'give-up', exitCode: 0 });
    expect(nextWaitAction(state({ ...base, passesCheck: false }))).toEqual({ kind: 'give-up', exitCode: 1 });
    // Before the deadline it keeps trying either way: at boot the network comes up late.
    expect(nextWaitAction(state({ ...base, remainingMs: 60_000, passesCheck: true })).kind).toBe('measure');
  });
});

describe('attemptTimeoutMs', () => {
  it('gives one measurement at most 10 s and never more than is left', () => {
    expect(attemptTimeoutMs(300_000)).toBe(MAX_ATTEMPT_MS);
    expect(attemptTimeoutMs(2500)).toBe(2500);
  });
});
