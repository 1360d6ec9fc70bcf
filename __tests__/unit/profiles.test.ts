import { describe, expect, it } from '@jest/globals';
import { InputError, readConfig } from '../../src/config/config.js';
import { PROFILES, resolveThresholds } from '../../src/config/profiles.js';
import { decide, judge } from '../../src/decide/verdict.js';
import type { SourceResult, Thresholds } from '../../src/model.js';

const inputs =
  (values: Record<string, string>) =>
  (name: string): string | undefined =>
    values[name];

function thresholdsOf(values: Record<string, string>): Thresholds {
  return readConfig(inputs(values)).thresholds;
}

describe('profile thresholds', () => {
  it('without a profile: the symmetric defaults, no sides (as before profiles existed)', () => {
    expect(thresholdsOf({})).toEqual({ warnOffsetMs: 5000, maxOffsetMs: 60_000 });
    expect(thresholdsOf({ 'warn-offset': '2s', 'max-offset': '10s' })).toEqual({
      warnOffsetMs: 2000,
      maxOffsetMs: 10_000,
    });
  });

  it('github-app: 30 s ahead, 9 m 30 s behind, warning at half, each named', () => {
    const t = thresholdsOf({ profile: 'github-app' });
    expect(t.sides!.ahead).toMatchObject({ warnMs: 15_000, maxMs: 30_000, maxBy: { profile: 'github-app' } });
    expect(t.sides!.behind).toMatchObject({ warnMs: 285_000, maxMs: 570_000 });
    // The symmetric figures are the strictest side: what the post step's drift check uses.
    expect(t).toMatchObject({ warnOffsetMs: 15_000, maxOffsetMs: 30_000 });
  });

  it('combined: the strictest wins on each side, and says which profile set it', () => {
    const t = thresholdsOf({ profile: 'aws, github-app' });
    expect(t.sides!.ahead).toMatchObject({ maxMs: 30_000, maxBy: { profile: 'github-app' } });
    expect(t.sides!.behind).toMatchObject({ maxMs: 300_000, maxBy: { profile: 'aws' } });
    const strict = thresholdsOf({ profile: 'kerberos,strict' });
    expect(strict.sides!.behind).toMatchObject({ warnMs: 1000, maxMs: 5000, maxBy: { profile: 'strict' } });
  });

  it('an explicit warn-offset or max-offset wins over every profile, on both sides', () => {
    const t = thresholdsOf({ profile: 'github-app', 'max-offset': '2m' });
    expect(t.sides!.ahead.maxMs).toBe(120_000);
    expect(t.sides!.behind.maxMs).toBe(120_000);
    expect(t.sides!.ahead.maxBy).toBeUndefined();
    // The profile's warnings stay where they are below the explicit limit; above it, they are clamped.
    expect(t.sides!.ahead.warnMs).toBe(15_000);
    expect(t.sides!.behind.warnMs).toBe(120_000);
    const w = thresholdsOf({ profile: 'aws', 'warn-offset': '10s' });
    expect(w.sides!.ahead).toMatchObject({ warnMs: 10_000, maxMs: 300_000 });
    expect(w.sides!.ahead.warnBy).toBeUndefined();
  });

  it('a profile limit below an explicit warn-offset clamps the warning, and is not a bad input', () => {
    const t = thresholdsOf({ profile: 'strict', 'warn-offset': '30s' });
    expect(t.sides!.ahead).toMatchObject({ warnMs: 5000, maxMs: 5000 });
    // Both explicit and crossed is still the user's mistake.
    expect(() => thresholdsOf({ profile: 'strict', 'warn-offset': '30s', 'max-offset': '10s' })).toThrow(
      /larger than max-offset/,
    );
  });

  it.each([
    [
      'github',
      /'github' is not a profile; use a comma-separated list of aws, github-app, kerberos, oidc, strict/,
    ],
    ['aws,aws', /'aws' is listed twice/],
    [' , ', /the list is empty/],
  ])('refuses %j, naming the input and the accepted form', (value, message) => {
    let error: unknown;
    try {
      thresholdsOf({ profile: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('profile');
    expect((error as InputError).message).toMatch(message);
  });

  it('every profile fails at or above where it warns, on both sides', () => {
    for (const p of Object.values(PROFILES)) {
      for (const s of [p.ahead, p.behind]) expect(s.warnMs).toBeLessThanOrEqual(s.maxMs);
    }
    expect(resolveThresholds({ profiles: [], defaultWarnMs: 1, defaultMaxMs: 2 }).sides).toBeUndefined();
  });
});

describe('asymmetric verdict', () => {
  const app = thresholdsOf({ profile: 'github-app' });

  it.each([
    // [low, high, status, certain]: offset = reference − runner, negative = runner ahead.
    [-46_000, -44_000, 'fail', true], // 45 s ahead: past github-app's 30 s
    [44_000, 46_000, 'ok', true], // 45 s behind: the behind side warns only above 4 m 45 s
    [-10_000, 10_000, 'ok', true],
    [-31_000, -29_000, 'fail', false], // straddles 30 s ahead
    [600_000, 601_000, 'fail', true], // 10 min behind: the JWT has expired
    [-20_000, 300_000, 'warn', false], // a warning on both sides, and zero: not certain
  ] as const)('[%d, %d] → %s (certain %s)', (low, high, status, certain) => {
    expect(judge(low, high, app)).toMatchObject({ status, certain });
  });

  it('judges each side against its own limits', () => {
    expect(judge(44_000, 46_000, app).status).toBe('ok');
    expect(judge(-46_000, -44_000, app).status).toBe('fail');
    expect(judge(290_000, 291_000, app).status).toBe('warn');
    expect(judge(-20_000, -16_000, app).status).toBe('warn');
  });

  it('names the side whose limit an undecided interval straddles', () => {
    expect(judge(-31_000, -29_000, app)).toMatchObject({ straddles: 'max-offset', side: 'ahead' });
    expect(judge(560_000, 580_000, app)).toMatchObject({ straddles: 'max-offset', side: 'behind' });
  });

  it('a symmetric judgement is unchanged by sides that equal warn-offset and max-offset', () => {
    const sym = { warnOffsetMs: 5000, maxOffsetMs: 60_000 };
    const sided = {
      ...sym,
      sides: { ahead: { warnMs: 5000, maxMs: 60_000 }, behind: { warnMs: 5000, maxMs: 60_000 } },
    };
    for (const [low, high] of [
      [-100, 100],
      [4000, 6000],
      [59_000, 61_000],
      [-1000, 61_000],
      [-420_001, -419_999],
      [-70_000, 3000],
    ] as const) {
      expect(judge(low, high, sided)).toMatchObject(judge(low, high, sym));
    }
  });
});

function ntp(target: string, offsetMs: number): SourceResult {
  return {
    kind: 'ntp',
    target,
    status: 'ok',
    authenticated: false,
    requests: 1,
    sample: { offsetMs, boundMs: 1, delayMs: 1, atMs: 0 },
  };
}

function verdict(offsetMs: number, t: Thresholds) {
  const results = [ntp('a', offsetMs), ntp('b', offsetMs)];
  return decide(
    { lowMs: offsetMs - 1, highMs: offsetMs + 1, truechimers: [0, 1], falsetickers: [] },
    results,
    results,
    t,
  );
}

describe('messages name the profile that set the threshold', () => {
  it('45 s ahead under github-app: fails, naming github-app, its limit and what GitHub rejects', () => {
    const v = verdict(-45_000, thresholdsOf({ profile: 'github-app' }));
    expect(v.status).toBe('fail');
    expect(v.title).toBe('Runner clock is 45.0 s ahead (github-app fails above 30.0 s ahead)');
    expect(v.message).toMatch(/github-app fails above 30\.0 s ahead: GitHub rejects the App JWT: its iat/);
  });

  it('the same clock behind passes github-app: that side allows 9 m 30 s', () => {
    expect(verdict(45_000, thresholdsOf({ profile: 'github-app' })).status).toBe('ok');
  });

  it('combined profiles: the behind side names aws, the ahead side github-app', () => {
    const t = thresholdsOf({ profile: 'github-app,aws' });
    const behind = verdict(400_000, t);
    expect(behind.title).toBe('Runner clock is 6 m 40 s behind (aws fails above 5 m 0 s behind)');
    expect(behind.message).toMatch(
      /aws fails above 5 m 0 s behind: AWS rejects SigV4 signatures more than 5 min old/,
    );
    expect(verdict(-40_000, t).title).toMatch(/github-app fails above 30\.0 s ahead/);
  });

  it('a warning names the profile and the limit still ahead', () => {
    const v = verdict(-20_000, thresholdsOf({ profile: 'github-app' }));
    expect(v.status).toBe('warn');
    expect(v.title).toBe('Runner clock is 20.0 s ahead (github-app warns above 15.0 s ahead)');
    expect(v.message).toMatch(/github-app warns above 15\.0 s ahead: at 30\.0 s GitHub rejects/);
  });

  it('an explicit max-offset keeps the words of before', () => {
    const v = verdict(-45_000, thresholdsOf({ profile: 'github-app', 'max-offset': '40s' }));
    expect(v.title).toBe('Runner clock is 45.0 s ahead (over max-offset 40.0 s)');
  });
});
