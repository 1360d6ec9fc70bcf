/** Issue 12's user-visible messages: a headline never contradicts the measurement; one advice per situation. */
import { describe, expect, it } from '@jest/globals';
import { diagnose } from '../../src/explain/diagnose.js';
import { recognize } from '../../src/explain/index.js';
import { fixAdvice } from '../../src/platform/advice.js';
import { helpText } from '../../src/cli/help.js';

const EXPIRED =
  'Signature expired: 20260627T140000Z is now earlier than 20260627T141500Z (20260627T143000Z - 15 min.)';

describe('explain headlines', () => {
  it('never call a clock measured 7 minutes off "right", even when the offset does not explain the error', () => {
    const r = recognize(EXPIRED);
    const d = diagnose(r, { status: 'fail', offsetMs: 420_000, uncertaintyMs: 1 });
    expect(d.cause).not.toBe('clock-wrong-now');
    expect(d.title).not.toMatch(/right/);
    expect(d.title).toMatch(/7 m 0 s behind/);
  });

  it('still say "right" when the clock measured right', () => {
    const d = diagnose(recognize(EXPIRED), { status: 'ok', offsetMs: 3, uncertaintyMs: 1 });
    expect(d.title).toMatch(/^The clock is right \(3\.0 ms behind\)/);
  });
});

describe('fix advice in a container', () => {
  it('says to fix the host, and does not then offer to step the clock here', () => {
    const advice = fixAdvice({
      os: 'linux',
      runner: 'self-hosted',
      wsl: false,
      container: true,
      timeService: 'chrony',
      ec2: false,
    });
    expect(advice).toMatch(/fix the time service on the host, not here/);
    expect(advice).not.toMatch(/Step the clock now/);
    expect(advice).not.toMatch(/resync: true/);
  });
});

describe('--help', () => {
  it.each([80, 60])('fits %d columns (COLUMNS, else 80 when not a terminal)', (columns) => {
    for (const line of helpText(columns).split('\n')) expect(line.length).toBeLessThanOrEqual(columns);
  });
});
