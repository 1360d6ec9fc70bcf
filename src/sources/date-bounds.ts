/**
 * What an HTTP Date header says about the runner's clock, and how to ask so that it says more. Pure.
 *
 * A server stamps Date at some instant ts of the exchange; in runner time T1 ≤ ts ≤ T4 (request sent,
 * response headers received). Date has whole seconds and servers truncate, so the server's clock read
 * D ≤ ts + θ < D + 1 s, where θ = reference − runner is the offset. Hence
 *
 *     θ ∈ [D − T4, D + 1 s − T1]
 *
 * whatever the network did. Each exchange gives such an interval; the offset lies in all of them, so
 * they intersect. One exchange is ±(0.5 s + RTT/2).
 *
 * Refinement (htpdate's idea, made explicit): send the next request so that, if θ were some chosen
 * split value s, the server would stamp it exactly on a second boundary B. If the true θ > s, the server
 * is already past B: D = B and the lower bound becomes s − (T4 − ts); otherwise D = B − 1 s and the
 * upper bound becomes s + (ts − T1). One request, one bit: on which side of s the offset lies, to within
 * about RTT/2. Bisecting at the middle halves the interval each time; splitting just beside a threshold
 * the verdict is stuck at settles it in one or two requests. The bounds themselves never depend on the
 * aim: a badly aimed request only teaches less.
 */
import type { Sample } from '../model.js';
import { untrustedText } from './untrusted-text.js';

export const DATE_RESOLUTION_MS = 1000;

export interface OffsetBounds {
  lowMs: number;
  highMs: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * An HTTP-date (RFC 9110 §5.6.7) to Unix ms: IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`, and the two
 * obsolete forms recipients must accept (RFC 850 `Sunday, 06-Nov-94 08:49:37 GMT`, asctime
 * `Sun Nov  6 08:49:37 1994`). Undefined for anything else.
 */
export function parseHttpDate(text: string): number | undefined {
  const t = text.trim();
  let parts: { day: string; mon: string; year: number; time: string } | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}:\d{2}:\d{2}) GMT$/i.exec(t))) {
    parts = { day: m[1]!, mon: m[2]!, year: Number(m[3]), time: m[4]! };
  } else if ((m = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}:\d{2}:\d{2}) GMT$/i.exec(t))) {
    // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
    const yy = Number(m[3]);
    const year = 2000 + yy > new Date().getUTCFullYear() + 50 ? 1900 + yy : 2000 + yy;
    parts = { day: m[1]!, mon: m[2]!, year, time: m[4]! };
  } else if ((m = /^[a-z]{3} ([a-z]{3}) ([ \d]\d) (\d{2}:\d{2}:\d{2}) (\d{4})$/i.exec(t))) {
    parts = { day: m[2]!, mon: m[1]!, year: Number(m[4]), time: m[3]! };
  }
  if (!parts) return undefined;
  const month = MONTHS.indexOf(parts.mon.toLowerCase());
  const day = Number(parts.day.trim());
  const [h, mi, s] = parts.time.split(':').map(Number) as [number, number, number];
  if (month < 0 || day < 1 || day > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  // A leap second (:60) is the last instant of its minute; at 1-second resolution it reads as :59.
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0-99 as 1900-1999.
  const ms =
    new Date(0).setUTCFullYear(parts.year, month, day) + ((h * 60 + mi) * 60 + Math.min(s, 59)) * 1000;
  return new Date(ms).getUTCDate() === day ? ms : undefined;
}

/** The offset interval one exchange allows: [D − T4, D + 1 s − T1]. */
export function boundsFromExchange(dateMs: number, t1Ms: number, t4Ms: number): OffsetBounds {
  return { lowMs: dateMs - t4Ms, highMs: dateMs + DATE_RESOLUTION_MS - t1Ms };
}

/** The common part of two intervals, or undefined when they do not meet (the server's clock jumped). */
export function intersectBounds(a: OffsetBounds, b: OffsetBounds): OffsetBounds | undefined {
  const lowMs = Math.max(a.lowMs, b.lowMs);
  const highMs = Math.min(a.highMs, b.highMs);
  return lowMs <= highMs ? { lowMs, highMs } : undefined;
}

export function widthMs(b: OffsetBounds): number {
  return b.highMs - b.lowMs;
}

/** The sample a source reports: the middle of the interval, ± half its width. */
export function sampleFromBounds(b: OffsetBounds, delayMs: number, atMs: number): Sample {
  return { offsetMs: (b.lowMs + b.highMs) / 2, boundMs: (b.highMs - b.lowMs) / 2, delayMs, atMs };
}

/** Signed offsets at which a verdict changes: ±warn-offset and ±max-offset. */
export function thresholdOffsets(thresholdsMs: readonly number[]): number[] {
  const positive = [...new Set(thresholdsMs.filter((t) => t > 0))];
  return positive.flatMap((t) => [t, -t]).sort((x, y) => x - y);
}

export interface Aim {
  /** Where the request is to split the interval: the offset at which the server would stamp a boundary. */
  splitMs: number;
  /** Runner time at which to send it. */
  sendAtMs: number;
  /** Why: to clear a threshold, or plain bisection. */
  purpose: 'threshold' | 'bisect';
}

/**
 * The runner time at which to send so that, if θ = split, the server stamps the request on a second
 * boundary: the stamp happens about `leadMs` after sending (RTT/2), at runner time ts with
 * (ts + split) ≡ 0 mod 1 s. The earliest such time not before `earliestMs`.
 */
export function sendTimeFor(splitMs: number, leadMs: number, earliestMs: number): number {
  const phase = mod(-splitMs - leadMs, DATE_RESOLUTION_MS);
  let t = earliestMs - mod(earliestMs, DATE_RESOLUTION_MS) + phase;
  while (t < earliestMs) t += DATE_RESOLUTION_MS;
  return t;
}

/**
 * The next request. `marginMs` is how far beside a threshold τ a split must lie for one answer to clear
 * it (a little more than RTT/2). Candidates are τ + margin (clears τ when θ is above) and τ − margin
 * (clears it when θ is below), for every threshold still inside the interval.
 *
 * Waiting for a phase costs up to a second, far more than a round trip, so the candidate whose send
 * time comes first wins. As time passes the split a request would make sweeps downward through the
 * interval, one full pass per second; right after the first request it stands at the top of that
 * request's interval. So τ + margin, then τ − margin 2·margin later, then the next threshold below: every
 * threshold is settled within about a second of the first answer, unless the offset lies within a round
 * trip of it. Without thresholds inside, bisect at the middle (htpdate's way).
 */
export function nextAim(
  b: OffsetBounds,
  thresholds: readonly number[],
  marginMs: number,
  leadMs: number,
  earliestMs: number,
): Aim {
  let best: Aim | undefined;
  for (const tau of thresholds) {
    if (tau <= b.lowMs || tau >= b.highMs) continue;
    // Close to an edge, split halfway to it instead: the answer then narrows the interval toward τ.
    const above = tau + Math.min(marginMs, (b.highMs - tau) / 2);
    const below = tau - Math.min(marginMs, (tau - b.lowMs) / 2);
    for (const splitMs of [above, below]) {
      // An answer moves a bound to about split ∓ lead: a split within a lead of an edge teaches nothing.
      if (splitMs <= b.lowMs + leadMs || splitMs >= b.highMs - leadMs) continue;
      const sendAtMs = sendTimeFor(splitMs, leadMs, earliestMs);
      if (!best || sendAtMs < best.sendAtMs) best = { splitMs, sendAtMs, purpose: 'threshold' };
    }
  }
  if (best) return best;
  const splitMs = (b.lowMs + b.highMs) / 2;
  return { splitMs, sendAtMs: sendTimeFor(splitMs, leadMs, earliestMs), purpose: 'bisect' };
}

function mod(x: number, m: number): number {
  return ((x % m) + m) % m;
}

/** Whether any threshold still lies strictly inside the interval. */
export function straddlesAny(b: OffsetBounds, thresholds: readonly number[]): boolean {
  return thresholds.some((t) => t > b.lowMs && t < b.highMs);
}

/**
 * Why a response is not a sample of the server's clock, or undefined when it is. A cached response carries
 * the Date of when the origin made it (RFC 9111 §5.1: caches pass Date on and add Age), so it can be
 * arbitrarily old; the AWS SDK ignores such responses for the same reason.
 */
export function cacheReason(headers: Record<string, string | string[] | undefined>): string | undefined {
  const get = (name: string) => {
    const v = headers[name];
    // Quoted in the reason: a header is the server's text, kept to one short line.
    return v === undefined ? undefined : untrustedText(Array.isArray(v) ? v.join(', ') : v, 80);
  };
  const age = get('age');
  if (age !== undefined)
    return `the response came from a cache (Age: ${age}): its Date is when the origin made it, not the server's clock now`;
  for (const name of ['x-cache', 'cf-cache-status', 'x-cache-status', 'x-proxy-cache', 'x-cache-lookup']) {
    const v = get(name);
    if (v !== undefined && /\bhit\b/i.test(v) && !/\bmiss\b/i.test(v.split(',')[0] ?? '')) {
      return `the response is a cache hit (${name}: ${v}): its Date is when the origin made it, not the server's clock now`;
    }
  }
  return undefined;
}
