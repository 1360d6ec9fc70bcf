/**
 * Selection of truechimers (RFC 5905 §11.2.1, after Marzullo): each source says "true time − runner time
 * lies in [low, high]". Find the smallest allowance f of falsetickers, f < n/2, for which some interval is
 * covered by at least n − f of the sources; the sources that do not meet it are falsetickers.
 *
 * With fewer than a majority in agreement there is no consensus at all: two sources that disagree name no
 * winner, because nothing says which one is lying.
 */
import type { Consensus } from '../model.js';

export interface CorrectnessInterval {
  lowMs: number;
  highMs: number;
}

interface Endpoint {
  valueMs: number;
  /** +1 where an interval starts, −1 where it ends. */
  edge: 1 | -1;
}

function endpoints(intervals: readonly CorrectnessInterval[]): Endpoint[] {
  const all: Endpoint[] = [];
  for (const i of intervals) {
    all.push({ valueMs: i.lowMs, edge: 1 }, { valueMs: i.highMs, edge: -1 });
  }
  // At equal values starts sort before ends, so intervals that only touch still count as overlapping.
  return all.sort((a, b) => a.valueMs - b.valueMs || b.edge - a.edge);
}

export function selectTruechimers(intervals: readonly CorrectnessInterval[]): Consensus | undefined {
  const n = intervals.length;
  if (n === 0) return undefined;
  const ascending = endpoints(intervals);
  const descending = [...ascending].reverse();
  for (let f = 0; 2 * f < n; f++) {
    const needed = n - f;
    let low: number | undefined;
    let high: number | undefined;
    let depth = 0;
    for (const e of ascending) {
      depth += e.edge;
      if (depth >= needed) {
        low = e.valueMs;
        break;
      }
    }
    depth = 0;
    for (const e of descending) {
      depth -= e.edge;
      if (depth >= needed) {
        high = e.valueMs;
        break;
      }
    }
    if (low === undefined || high === undefined || low > high) continue;
    const truechimers: number[] = [];
    const falsetickers: number[] = [];
    intervals.forEach((i, index) => {
      (i.highMs >= low && i.lowMs <= high ? truechimers : falsetickers).push(index);
    });
    return { lowMs: low, highMs: high, truechimers, falsetickers };
  }
  return undefined;
}

/**
 * The interval the truechimers vouch for without any single one of them deciding it: every point that
 * all of them but one cover (with one truechimer, its own interval). The plain intersection would let
 * the narrowest interval be the whole answer, so one source claiming ±0.01 ms inside the others (a liar,
 * or a server misreporting its error) could turn a verdict that straddles a threshold into a certain one.
 * This way, if any one truechimer is wrong, true time is still inside, at the cost of the second-best
 * bound instead of the best.
 */
export function supportedInterval(truechimers: readonly CorrectnessInterval[]): CorrectnessInterval {
  const needed = Math.max(1, truechimers.length - 1);
  const ascending = endpoints(truechimers);
  let lowMs = NaN;
  let highMs = NaN;
  let depth = 0;
  for (const e of ascending) {
    depth += e.edge;
    if (depth >= needed) {
      lowMs = e.valueMs;
      break;
    }
  }
  depth = 0;
  for (const e of [...ascending].reverse()) {
    depth -= e.edge;
    if (depth >= needed) {
      highMs = e.valueMs;
      break;
    }
  }
  return { lowMs, highMs };
}
