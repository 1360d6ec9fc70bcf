/**
 * The runner's wall clock, read with sub-millisecond resolution.
 *
 * Date.now() ticks in whole milliseconds, which alone would put up to 1 ms of error into every NTP
 * timestamp. performance.now() has microsecond resolution but counts from an arbitrary origin, so we
 * anchor it to the wall clock once: spin until Date.now() ticks over, and pair that exact millisecond
 * edge with performance.now(). Every later read is anchor + elapsed monotonic time, so all timestamps of
 * one run share one anchor and their differences (delays) are exact to the microsecond.
 *
 * The spin costs at most one millisecond, once per process.
 */
export interface WallClock {
  /** Milliseconds since the Unix epoch as the runner's clock sees them, fractional. */
  nowMs(): number;
}

function anchorToWallClock(): { wallMs: number; perfMs: number } {
  const start = Date.now();
  let wall = start;
  let perf = performance.now();
  // Bounded: Date.now() must tick within a few ms unless the process is descheduled.
  for (let i = 0; i < 1_000_000 && wall === start; i++) {
    perf = performance.now();
    wall = Date.now();
  }
  return { wallMs: wall, perfMs: perf };
}

let anchor: { wallMs: number; perfMs: number } | undefined;

export const systemClock: WallClock = {
  nowMs(): number {
    anchor ??= anchorToWallClock();
    return anchor.wallMs + (performance.now() - anchor.perfMs);
  },
};

/**
 * Forgets the anchor, so that the next read pairs the monotonic clock with the wall clock afresh. Needed
 * after anything may have stepped the wall clock (resync): the monotonic clock does not move with a step,
 * so reads from the old anchor would go on reporting the clock as it was before.
 */
export function reanchorWallClock(): void {
  anchor = undefined;
}

/** Monotonic milliseconds, for deadlines and durations only (never compared with reference time). */
export function monotonicMs(): number {
  return performance.now();
}
