import { describe, expect, it } from '@jest/globals';
import { decide, judge } from '../../src/decide/verdict.js';
import { selectTruechimers } from '../../src/decide/consensus.js';
import type { SourceResult } from '../../src/model.js';
import { humanDuration } from '../../src/format.js';
import { resolveThresholds } from '../../src/config/profiles.js';

const t = { warnOffsetMs: 5000, maxOffsetMs: 60_000 };

describe('judge', () => {
  it.each([
    [-100, 100, 'ok', true],
    [4000, 4900, 'ok', true],
    [6000, 7000, 'warn', true],
    [-59_000, -58_000, 'warn', true],
    [60_001, 60_002, 'fail', true],
    [-420_001, -419_999, 'fail', true],
    [4000, 6000, 'warn', false],
    [59_000, 61_000, 'fail', false],
    [-1000, 61_000, 'fail', false],
  ] as const)('[%d, %d] → %s (certain: %s)', (low, high, status, certain) => {
    expect(judge(low, high, t)).toMatchObject({ status, certain });
  });
});

function ntp(target: string, offsetMs: number, boundMs = 1): SourceResult {
  return {
    kind: 'ntp',
    target,
    status: 'ok',
    authenticated: false,
    requests: 1,
    sample: { offsetMs, boundMs, delayMs: 1, atMs: 0 },
  };
}

function verdictFor(results: SourceResult[]) {
  const ok = results.filter((r) => r.sample);
  const c = selectTruechimers(
    ok.map((r) => ({
      lowMs: r.sample!.offsetMs - r.sample!.boundMs,
      highMs: r.sample!.offsetMs + r.sample!.boundMs,
    })),
  );
  return decide(c, ok, results, t);
}

describe('decide', () => {
  it('says size, direction, agreement and what breaks on a fail', () => {
    const v = verdictFor([ntp('a', 432_000), ntp('b', 432_001), ntp('c', 431_999.5)]);
    expect(v.status).toBe('fail');
    expect(v.title).toBe('Runner clock is 7 m 12 s behind (over max-offset 1 m 0 s)');
    expect(v.message).toMatch(/^Runner clock is 7 m 12 s behind \(±0\.\d+ ms\); 3 of 3 NTP servers agree\./);
    expect(v.message).toMatch(/Signature expired/);
    expect(v.message).toMatch(/Kerberos/);
  });

  it('carries the limit passed as data (what wait prints), the words the title ends with', () => {
    const fail = verdictFor([ntp('a', 432_000), ntp('b', 432_001)]);
    expect(fail.limit).toBe('over max-offset 1 m 0 s');
    expect(fail.title.endsWith(`(${fail.limit})`)).toBe(true);
    const warn = verdictFor([ntp('a', 20_000), ntp('b', 20_000)]);
    expect(warn.limit).toBe('over warn-offset 5.00 s');
    expect(verdictFor([ntp('a', 10), ntp('b', 10)]).limit).toBeUndefined();
    // A profile's limit names the profile and the side.
    const profile = resolveThresholds({
      profiles: ['github-app'],
      defaultWarnMs: 5000,
      defaultMaxMs: 60_000,
    });
    const ok = [ntp('a', -45_000), ntp('b', -45_000)];
    const byProfile = decide(
      { lowMs: -45_001, highMs: -44_999, truechimers: [0, 1], falsetickers: [] },
      ok,
      ok,
      profile,
    );
    expect(byProfile.limit).toBe('github-app fails above 30.0 s ahead');
  });

  it('says ahead for a negative offset, and names the AWS symptom for that direction', () => {
    const v = verdictFor([ntp('a', -1_000_000), ntp('b', -1_000_000)]);
    expect(v.title).toMatch(/16 m 40 s ahead/);
    expect(v.message).toMatch(/Signature not yet current/);
    expect(v.message).toMatch(/RequestTimeTooSkewed/);
  });

  it('names the falseticker and its claim', () => {
    const v = verdictFor([ntp('a', 1), ntp('liar', 3_600_000), ntp('b', 1.2)]);
    expect(v.status).toBe('ok');
    expect(v.falsetickers).toEqual(['ntp liar']);
    expect(v.message).toMatch(/Outvoted as falsetickers: liar \(1 h 0 m behind\)/);
  });

  it('is unknown, not a pass, when two sources disagree', () => {
    const v = verdictFor([ntp('a', 1), ntp('liar', 3_600_000)]);
    expect(v).toMatchObject({ status: 'unknown', reason: 'no-majority' });
    expect(v.message).toMatch(/this is not a pass/);
  });

  it('is unknown when nothing answered', () => {
    const silent: SourceResult = {
      kind: 'ntp',
      target: 'x',
      status: 'timeout',
      authenticated: false,
      requests: 2,
    };
    expect(verdictFor([silent])).toMatchObject({ status: 'unknown', reason: 'no-answer' });
  });

  it('says when it decided conservatively at a threshold', () => {
    const v = verdictFor([ntp('a', 5000, 800)]);
    expect(v).toMatchObject({ status: 'warn', certain: false });
    expect(v.message).toMatch(/straddles warn-offset 5\.00 s .* treated as warn/);
  });

  it('gives each end of a straddling interval its side of true time', () => {
    // 1 m 40 s ahead to 0.16 ms behind: without the sides it read "(1 m 40 s to 0.16 ms)".
    const v = verdictFor([ntp('a', -50_000, 50_000.16)]);
    expect(v).toMatchObject({ certain: false });
    expect(v.message).toMatch(/The measurement \(1 m 40 s ahead to 0\.16 ms behind\) straddles/);
  });
});

describe('humanDuration', () => {
  it.each([
    [0.25, '0.25 ms'],
    [4.56, '4.6 ms'],
    [420, '420 ms'],
    [1350, '1.35 s'],
    [30_000, '30.0 s'],
    [432_000, '7 m 12 s'],
    [7_200_000, '2 h 0 m'],
    [90_000_000, '1 d 1 h'],
    [3 * 365.25 * 86_400_000, '3.0 years'],
  ])('%d ms is %s', (ms, text) => expect(humanDuration(ms)).toBe(text));
});
