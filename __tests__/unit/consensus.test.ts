import { describe, expect, it } from '@jest/globals';
import { selectTruechimers } from '../../src/decide/consensus.js';

const iv = (mid: number, half: number) => ({ lowMs: mid - half, highMs: mid + half });

describe('selectTruechimers', () => {
  it('has no consensus without sources', () => expect(selectTruechimers([])).toBeUndefined());

  it('accepts a single source as its own interval', () => {
    expect(selectTruechimers([iv(100, 2)])).toEqual({
      lowMs: 98,
      highMs: 102,
      truechimers: [0],
      falsetickers: [],
    });
  });

  it('intersects agreeing intervals', () => {
    expect(selectTruechimers([iv(100, 5), iv(102, 5), iv(101, 2)])).toMatchObject({
      lowMs: 99,
      highMs: 103,
      falsetickers: [],
    });
  });

  it('outvotes and names one liar among three', () => {
    const c = selectTruechimers([iv(420_000, 1), iv(0, 1), iv(420_000.5, 1)])!;
    expect(c.truechimers).toEqual([0, 2]);
    expect(c.falsetickers).toEqual([1]);
    expect(c.lowMs).toBeCloseTo(419_999.5);
    expect(c.highMs).toBeCloseTo(420_001);
  });

  it('gives no consensus for two sources that disagree: nothing says which one lies', () => {
    expect(selectTruechimers([iv(0, 1), iv(420_000, 1)])).toBeUndefined();
  });

  it('gives no consensus when two of four agree against two others', () => {
    expect(selectTruechimers([iv(0, 1), iv(0.5, 1), iv(9000, 1), iv(9000.5, 1)])).toBeUndefined();
  });

  it('counts intervals that only touch as agreeing', () => {
    expect(
      selectTruechimers([
        { lowMs: 0, highMs: 10 },
        { lowMs: 10, highMs: 20 },
      ]),
    ).toMatchObject({ lowMs: 10, highMs: 10 });
  });

  it('spans every point a majority supports when the majority is not one clique', () => {
    const c = selectTruechimers([
      { lowMs: 0, highMs: 10 },
      { lowMs: 0, highMs: 1 },
      { lowMs: 9, highMs: 10 },
    ])!;
    expect(c).toMatchObject({ lowMs: 0, highMs: 10, falsetickers: [] });
  });

  it('lets a wide honest interval and a narrow one outvote a liar', () => {
    const c = selectTruechimers([iv(5, 500), iv(1, 1), iv(-3_600_000, 1)])!;
    expect(c.falsetickers).toEqual([2]);
    expect(c).toMatchObject({ lowMs: 0, highMs: 2 });
  });
});
