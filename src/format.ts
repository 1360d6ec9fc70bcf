/** Number formatting for people: sizes of offsets and delays, directions. */

/** 7 m 12 s, 1.35 s, 420 ms, 0.8 ms, 3 d 4 h. */
export function humanDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < 1) return `${abs.toFixed(2)} ms`;
  if (abs < 10) return `${abs.toFixed(1)} ms`;
  if (abs < 1000) return `${Math.round(abs)} ms`;
  if (abs < 10_000) return `${(abs / 1000).toFixed(2)} s`;
  if (abs < 60_000) return `${(abs / 1000).toFixed(1)} s`;
  const totalSeconds = Math.round(abs / 1000);
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (days >= 365) return `${(days / 365.25).toFixed(1)} years`;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} m`;
  return `${minutes} m ${seconds} s`;
}

/** Sign convention: offset = reference − runner, so positive means the runner is behind. */
export function direction(offsetMs: number): 'behind' | 'ahead' {
  return offsetMs >= 0 ? 'behind' : 'ahead';
}

/** "7 m 12 s behind", "420 ms ahead". */
export function describeOffset(offsetMs: number): string {
  return `${humanDuration(offsetMs)} ${direction(offsetMs)}`;
}

/** Signed milliseconds for tables: +432000.1 ms. */
export function signedMs(ms: number, digits = 1): string {
  return `${ms >= 0 ? '+' : '−'}${Math.abs(ms).toFixed(digits)} ms`;
}

/**
 * An offset or a bound for a table, in the largest units that keep its precision: 0.145 ms, 12.3 ms,
 * 1.234 s, 20 m 0.0 s, 3 h 4 m 5 s, 3 d 4 h, 3 y 0 d. Exact milliseconds stay in JSON and outputs.
 */
export function preciseDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < 1) return `${abs.toFixed(3)} ms`;
  if (abs < 1000) return `${abs.toFixed(1)} ms`;
  if (abs < 60_000) return `${(abs / 1000).toFixed(3)} s`;
  if (abs < 3_600_000) {
    const tenths = Math.round(abs / 100);
    return `${Math.floor(tenths / 600)} m ${((tenths % 600) / 10).toFixed(1)} s`;
  }
  const s = Math.round(abs / 1000);
  if (s < 86_400) return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} m ${s % 60} s`;
  const hours = Math.round(abs / 3_600_000);
  const days = Math.floor(hours / 24);
  if (days < 365) return `${days} d ${hours % 24} h`;
  const totalDays = Math.round(abs / 86_400_000);
  const years = Math.floor(totalDays / 365.25);
  return `${years} y ${Math.round(totalDays - years * 365.25)} d`;
}

/** preciseDuration with a sign: +20 m 0.0 s (runner behind), −12.3 ms (runner ahead). */
export function signedDuration(ms: number): string {
  return `${ms >= 0 ? '+' : '−'}${preciseDuration(ms)}`;
}

/** "1 source", "3 sources": a count with its noun, singular for one. */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
