import { describe, expect, it } from '@jest/globals';
import { compareDrift, type SavedMeasurement } from '../../src/decide/drift.js';

const t = { warnOffsetMs: 5000, maxOffsetMs: 60_000 };
const before = (offsetMs: number, uncertaintyMs = 1): SavedMeasurement => ({
  status: 'ok',
  offsetMs,
  uncertaintyMs,
  atMs: 0,
  ntpServers: ['a'],
  ntsServers: [],
});

describe('compareDrift', () => {
  it('is silent when the clock held', () => {
    expect(compareDrift(before(10), { offsetMs: 4000, uncertaintyMs: 1 }, 60_000, t)).toBeUndefined();
  });

  it('does not count measurement uncertainty as movement', () => {
    expect(compareDrift(before(0, 800), { offsetMs: 5500, uncertaintyMs: 500 }, 60_000, t)).toBeUndefined();
  });

  it('warns when the runner clock jumped forward (offset fell) by more than warn-offset', () => {
    const f = compareDrift(before(0), { offsetMs: -20_000, uncertaintyMs: 1 }, 600_000, t)!;
    expect(f.level).toBe('warning');
    expect(f.title).toBe('Runner clock moved 20.0 s during the job');
    expect(f.message).toMatch(/jumped forward by 20\.0 s during the job \(10 m 0 s\)/);
  });

  it('is an error when the clock ends past max-offset', () => {
    const f = compareDrift(before(50_000), { offsetMs: 70_000, uncertaintyMs: 1 }, 600_000, t)!;
    expect(f.level).toBe('error');
    expect(f.message).toMatch(/jumped backward by 20\.0 s/);
    expect(f.message).toMatch(/past max-offset 1 m 0 s/);
  });

  it('reports a clock past max-offset at the end that the main step passed', () => {
    const f = compareDrift(
      { ...before(58_000), status: 'warn' },
      { offsetMs: 61_000, uncertaintyMs: 1 },
      600_000,
      t,
    )!;
    expect(f.level).toBe('error');
    expect(f.title).toBe('Runner clock is 1 m 1 s behind at the end of the job');
  });

  it('stays silent when the main step already failed and nothing moved', () => {
    expect(
      compareDrift(
        { ...before(420_000), status: 'fail' },
        { offsetMs: 420_500, uncertaintyMs: 1 },
        600_000,
        t,
      ),
    ).toBeUndefined();
  });
});
