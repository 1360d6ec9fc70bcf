import { describe, expect, it } from '@jest/globals';
import { resyncDecision } from '../../src/resync/decision.js';
import { consensusOf, setClockEligibility } from '../../src/resync/eligibility.js';
import type { Measurement } from '../../src/decide/measure.js';

describe('resyncDecision', () => {
  it('runs on a self-hosted runner with resync: true when the check failed or warned', () => {
    for (const status of ['fail', 'warn'] as const) {
      const d = resyncDecision({ mode: 'true', runner: 'self-hosted', status });
      expect(d.run).toBe(true);
      expect(d.why).toContain('self-hosted');
      expect(d.why).toContain(status);
    }
  });

  it('runs outside GitHub Actions with resync: true (the CLI was asked)', () => {
    expect(resyncDecision({ mode: 'true', runner: 'not-github', status: 'fail' })).toEqual({
      run: true,
      why: 'Resyncing outside GitHub Actions: the check ended in fail.',
    });
  });

  it('runs nothing on a GitHub-hosted runner with resync: true, and says plainly why', () => {
    const d = resyncDecision({ mode: 'true', runner: 'github-hosted', status: 'fail' });
    expect(d.run).toBe(false);
    expect(d.why).toMatch(/^Resync skipped: this is a GitHub-hosted runner/);
    expect(d.why).toContain('resync: force');
  });

  it('runs on a GitHub-hosted runner with resync: force', () => {
    const d = resyncDecision({ mode: 'force', runner: 'github-hosted', status: 'fail' });
    expect(d.run).toBe(true);
    expect(d.why).toContain('resync: force');
    expect(resyncDecision({ mode: 'force', runner: 'self-hosted', status: 'warn' }).run).toBe(true);
  });

  it('runs nothing when the clock passed, whatever the mode', () => {
    for (const mode of ['false', 'true', 'force'] as const) {
      for (const runner of ['github-hosted', 'self-hosted', 'not-github'] as const) {
        expect(resyncDecision({ mode, runner, status: 'ok' }).run).toBe(false);
      }
    }
    expect(resyncDecision({ mode: 'force', runner: 'self-hosted', status: 'ok' }).why).toContain('passed');
  });

  it('runs nothing with resync: false', () => {
    for (const status of ['ok', 'warn', 'fail', 'unknown'] as const) {
      const d = resyncDecision({ mode: 'false', runner: 'self-hosted', status });
      expect(d).toEqual({ run: false, why: 'Resync is off (resync: false).' });
    }
  });

  it('runs nothing when no consensus was reached (unknown): nothing says the clock is wrong', () => {
    const d = resyncDecision({ mode: 'force', runner: 'self-hosted', status: 'unknown' });
    expect(d.run).toBe(false);
    expect(d.why).toContain('no evidence');
  });
});

describe('setClockEligibility', () => {
  const c = { offsetMs: 421_250, uncertaintyMs: 4, agreeing: 3, authenticated: false };

  it('allows two or more agreeing sources', () => {
    expect(setClockEligibility(c)).toEqual({ eligible: true, why: '3 sources agree within ±4 ms' });
    expect(setClockEligibility({ ...c, agreeing: 2 }).eligible).toBe(true);
  });

  it('never allows a single unauthenticated reply', () => {
    const e = setClockEligibility({ ...c, agreeing: 1 });
    expect(e.eligible).toBe(false);
    expect(e.why).toContain('single NTP reply');
  });

  it('allows a single authenticated source to decide', () => {
    expect(setClockEligibility({ ...c, agreeing: 1, authenticated: true })).toEqual({
      eligible: true,
      why: 'an authenticated source decides within ±4 ms',
    });
  });

  it('refuses without a consensus, with no agreeing source, with NaN, or too wide', () => {
    expect(setClockEligibility(undefined).eligible).toBe(false);
    expect(setClockEligibility({ ...c, agreeing: 0, authenticated: true }).eligible).toBe(false);
    expect(setClockEligibility({ ...c, offsetMs: Number.NaN }).eligible).toBe(false);
    expect(setClockEligibility({ ...c, uncertaintyMs: 2500 }).why).toContain('too wide');
    expect(setClockEligibility({ ...c, uncertaintyMs: 2500 }, { maxUncertaintyMs: 3000 }).eligible).toBe(
      true,
    );
  });

  it('refuses an offset inside its own uncertainty: a step would not provably help', () => {
    const e = setClockEligibility({ ...c, offsetMs: -300, uncertaintyMs: 500 });
    expect(e.eligible).toBe(false);
    expect(e.why).toContain('within its own uncertainty');
  });
});

describe('consensusOf', () => {
  const result = (target: string, authenticated: boolean) => ({
    kind: 'ntp' as const,
    target,
    status: 'ok' as const,
    authenticated,
    requests: 1,
  });
  const verdict = {
    status: 'fail' as const,
    reason: 'judged' as const,
    certain: true,
    offsetMs: 421_000,
    uncertaintyMs: 3,
    title: '',
    message: '',
    truechimers: ['ntp a', 'ntp b'],
    falsetickers: ['ntp c'],
  };

  it('counts the truechimers and whether one of them was authenticated', () => {
    const m: Measurement = {
      results: [result('a', false), result('b', true), result('c', false)],
      verdict,
      elapsedMs: 1,
      rounds: 1,
      requireAuthenticated: false,
      voters: [],
    };
    expect(consensusOf(m)).toEqual({ offsetMs: 421_000, uncertaintyMs: 3, agreeing: 2, authenticated: true });
  });

  it('is undefined without a judged verdict', () => {
    const m: Measurement = {
      results: [],
      verdict: { ...verdict, status: 'unknown', reason: 'no-answer', truechimers: [] },
      elapsedMs: 1,
      rounds: 1,
      requireAuthenticated: false,
      voters: [],
    };
    expect(consensusOf(m)).toBeUndefined();
  });
});
