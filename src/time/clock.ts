/**
 * The runner's wall clock, read with sub-millisecond resolution.
 *
 * Date.now() ticks in whole milliseconds, which alone would put up to 1 ms of error into every NTP
 * timestamp. performance.now() has microsecond resolution but counts from an arbitrary origin, so we
 * anchor it to the wall clock once: find the monotonic time at which Date.now() ticks over to a new
 * millisecond, and pair that edge with the new millisecond. Every later read is anchor + elapsed
 * monotonic time, so all timestamps of one run share one anchor and their differences (delays) are exact
 * to the microsecond.
 *
 * The edge is only known to lie between two reads: after the monotonic read preceding the last Date.now()
 * that still showed the old millisecond, and before the monotonic read following the first that shows a
 * new one. Normally that bracket is a fraction of a microsecond wide. It is wide when anything happens in
 * between: the first performance.now() of a process loads its binding (milliseconds), and on a busy
 * machine the process can be descheduled for tens of milliseconds. Pairing across such a gap would shift
 * every timestamp of the run by up to the gap, outside every bound the sources report, so a tick whose
 * bracket is wider than ANCHOR_MAX_ERROR_MS × 2 is not used: we wait for the next one.
 *
 * The spin usually costs one millisecond, once per process; at most ANCHOR_MAX_TICKS of them.
 */
export interface WallClock {
  /** Milliseconds since the Unix epoch as the runner's clock sees them, fractional. */
  nowMs(): number;
}

/** The largest error of an accepted anchor: half the widest bracket we pair across. */
export const ANCHOR_MAX_ERROR_MS = 0.025;
/** Millisecond ticks to wait for a clean one before settling for the narrowest seen. */
const ANCHOR_MAX_TICKS = 20;

export interface Anchor {
  wallMs: number;
  perfMs: number;
  /** Half-width of the bracket the edge was found in: the anchor's own error bound. */
  errorMs: number;
}

/** Pairs a tick of readWallMs (whole ms) with readPerfMs (fractional ms). Exported for tests. */
export function anchorToWallClock(
  readWallMs: () => number = Date.now,
  readPerfMs: () => number = () => performance.now(),
): Anchor {
  // The first calls of a process are slow (lazy bindings); make them here, outside any bracket.
  readPerfMs();
  readWallMs();
  let best: Anchor | undefined;
  let beforePrevious = readPerfMs();
  let previousWall = readWallMs();
  // Bounded: Date.now() must tick every millisecond; a frozen clock must not hang the run.
  for (let ticks = 0, i = 0; ticks < ANCHOR_MAX_TICKS && i < 5_000_000; i++) {
    const before = readPerfMs();
    const wall = readWallMs();
    const after = readPerfMs();
    if (wall !== previousWall) {
      ticks += 1;
      // The wall clock reached `wall` after the previous read and by this one.
      const candidate = {
        wallMs: wall,
        perfMs: (beforePrevious + after) / 2,
        errorMs: (after - beforePrevious) / 2,
      };
      if (!best || candidate.errorMs < best.errorMs) best = candidate;
      if (best.errorMs <= ANCHOR_MAX_ERROR_MS) return best;
    }
    previousWall = wall;
    beforePrevious = before;
  }
  // No tick (a stopped clock) or none clean: the best we have, still far better than a blind pairing.
  return best ?? { wallMs: previousWall, perfMs: beforePrevious, errorMs: 1 };
}

let anchor: Anchor | undefined;

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
