/**
 * The wall-clock anchor against a simulated machine: true time advances by a fixed cost per clock read,
 * Date.now() floors it to whole milliseconds, performance.now() reads it exactly from an origin, and
 * some reads are slow (a lazily loaded binding, a process descheduled on a busy machine). Every
 * timestamp the sources take comes from this anchor, so its error lands outside every reported bound.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  ANCHOR_MAX_ERROR_MS,
  anchorToWallClock,
  reanchorWallClock,
  systemClock,
} from '../../src/time/clock.js';

// Small numbers keep the simulation exact to well under a microsecond (at today's epoch a double's step
// is 0.24 µs); the anchor does not care what the wall clock reads.
const PERF_ORIGIN_MS = 500.25;

/** A simulated clock pair; `slow` maps a read's ordinal (1-based, both kinds counted) to extra ms. */
function simulatedMachine(startMs: number, slow: Record<number, number> = {}) {
  let trueMs = startMs;
  let reads = 0;
  const tick = () => {
    reads += 1;
    trueMs += 0.0001 + (slow[reads] ?? 0);
  };
  return {
    wall: () => {
      tick();
      return Math.floor(trueMs);
    },
    perf: () => {
      tick();
      return trueMs - PERF_ORIGIN_MS;
    },
    trueMs: () => trueMs,
  };
}

const realDateNow = Date.now;
const realPerformanceNow = performance.now;
afterEach(() => {
  Date.now = realDateNow;
  performance.now = realPerformanceNow;
  reanchorWallClock();
});

describe('the wall-clock anchor', () => {
  it.each([
    // The first performance.now() of a process loads its binding: 20.6 ms during which Date.now() moves on.
    ['a slow first monotonic read', { 2: 20.6 }],
    ['a slow first wall read', { 1: 7.3 }],
    // Descheduled for 31 ms between a monotonic read and the wall read that sees the tick.
    ['a process descheduled at the tick', { 9: 31 }],
    ['descheduled at several ticks in a row', { 9: 31, 12: 15.5, 15: 2.2, 400: 1 }],
  ])('stays within its error bound after %s', (_name, slow) => {
    const machine = simulatedMachine(PERF_ORIGIN_MS + 12_345.47, slow);
    const anchor = anchorToWallClock(machine.wall, machine.perf);
    const anchored = anchor.wallMs + (machine.perf() - anchor.perfMs);
    expect(anchor.errorMs).toBeLessThanOrEqual(ANCHOR_MAX_ERROR_MS);
    expect(Math.abs(anchored - machine.trueMs())).toBeLessThanOrEqual(anchor.errorMs + 0.001);
  });

  it('the runner clock (systemClock) reads true time on such a machine, not up to a millisecond off', () => {
    // Same machine through the globals the real clock reads. Before the fix, the slow first monotonic read
    // ended the spin at once and paired it with a Date.now() already 0.15 ms past its tick (up to 1 ms).
    const machine = simulatedMachine(PERF_ORIGIN_MS + 12_345.3, { 2: 20.6 });
    Date.now = machine.wall;
    performance.now = machine.perf;
    reanchorWallClock();
    const read = systemClock.nowMs();
    expect(Math.abs(read - machine.trueMs())).toBeLessThanOrEqual(ANCHOR_MAX_ERROR_MS + 0.001);
  });

  it('does not hang on a wall clock that never ticks', () => {
    let perfMs = 0;
    const anchor = anchorToWallClock(
      () => 1_000,
      () => (perfMs += 0.0001),
    );
    expect(anchor.wallMs).toBe(1_000);
    expect(anchor.errorMs).toBeGreaterThan(ANCHOR_MAX_ERROR_MS);
  });
});
