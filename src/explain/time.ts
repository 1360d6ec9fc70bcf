/**
 * Readers for the time formats that error texts print. Each returns undefined for anything that is not
 * a real instant (month 13, 30 February, hour 25): garbled texts exist, and a wrong number is worse
 * than none.
 */

export interface Instant {
  ms: number;
  /** How coarse the printed value is: 1000 for whole seconds, 86 400 000 for a date alone. */
  resolutionMs: number;
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  // A leap second (":60") is read as the last second of the minute; one second does not matter here.
  const ms = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59));
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  return ms;
}

/** 20260627T140000Z: SigV4's X-Amz-Date. */
export function parseBasicIso(text: string): Instant | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text.trim());
  if (!m) return undefined;
  const ms = utc(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  return ms === undefined ? undefined : { ms, resolutionMs: 1000 };
}

/**
 * 2015-06-04T22:26:16Z, 2024-10-02T22:05:03.6755165Z, 2023-01-28T09:08:05+01:00, 2023-05-18, and the
 * space-separated form Go and Python print (2025-08-02 13:33:50). A time without a zone is read as UTC.
 */
export function parseIso(text: string): Instant | undefined {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/.exec(
      text.trim(),
    );
  if (!m) return undefined;
  const hasTime = m[4] !== undefined;
  const base = utc(+m[1]!, +m[2]!, +m[3]!, hasTime ? +m[4]! : 0, hasTime ? +m[5]! : 0, m[6] ? +m[6] : 0);
  if (base === undefined) return undefined;
  // Entra prints seven fractional digits; whole milliseconds are plenty and keep offsets integral.
  const fractionMs = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  let zoneMs = 0;
  const zone = m[8];
  if (zone && zone !== 'Z' && zone !== 'UTC' && zone !== 'GMT') {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
    const hours = +z[2]!;
    const minutes = +z[3]!;
    if (hours > 14 || minutes > 59) return undefined;
    zoneMs = (z[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
  }
  const resolutionMs = !hasTime ? 86_400_000 : m[7] ? 1 : m[6] ? 1000 : 60_000;
  return { ms: base + fractionMs - zoneMs, resolutionMs };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Sat, 12 Feb 2022 09:37:03 GMT: the HTTP Date header, which S3 echoes as RequestTime. */
export function parseRfc1123(text: string): Instant | undefined {
  const m =
    /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s*(GMT|UTC|Z|[+-]\d{4})?$/.exec(
      text.trim(),
    );
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  if (month === 0) return undefined;
  const base = utc(+m[3]!, month, +m[1]!, +m[4]!, +m[5]!, +m[6]!);
  if (base === undefined) return undefined;
  let zoneMs = 0;
  if (m[7] && /^[+-]/.test(m[7])) {
    zoneMs = (m[7][0] === '-' ? -1 : 1) * (+m[7].slice(1, 3) * 60 + +m[7].slice(3, 5)) * 60_000;
  }
  return { ms: base - zoneMs, resolutionMs: 1000 };
}

/** Unix milliseconds (13 digits) or seconds (10 digits), as S3 prints X-Amz-Date in "not yet valid". */
export function parseEpoch(text: string): Instant | undefined {
  const t = text.trim();
  if (/^\d{13}$/.test(t)) return { ms: Number(t), resolutionMs: 1 };
  if (/^\d{10}$/.test(t)) return { ms: Number(t) * 1000, resolutionMs: 1000 };
  return undefined;
}

/** Any of the above, in the order of how specific the format is. */
export function parseInstant(text: string): Instant | undefined {
  return parseBasicIso(text) ?? parseIso(text) ?? parseRfc1123(text) ?? parseEpoch(text);
}

/** apt's "439d 20h 2min 38s" (units may be missing from the front or the back). */
export function parseAptDuration(text: string): number | undefined {
  const m = /^\s*(?:(\d{1,6})d)?\s*(?:(\d{1,3})h)?\s*(?:(\d{1,3})min)?\s*(?:(\d{1,3})s)?\s*$/.exec(text);
  if (!m || (m[1] ?? m[2] ?? m[3] ?? m[4]) === undefined) return undefined;
  const [d, h, mi, s] = [m[1], m[2], m[3], m[4]].map((v) => (v === undefined ? 0 : Number(v)));
  return ((d! * 24 + h!) * 60 + mi!) * 60_000 + s! * 1000;
}

export function iso(ms: number): string {
  return Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString() : String(ms);
}
