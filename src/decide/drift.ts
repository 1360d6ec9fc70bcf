/**
 * Did the clock move during the job? Pure: the main step's measurement, the post step's, thresholds in;
 * a finding (or none) out. A move counts only when it exceeds warn-offset beyond both measurements'
 * uncertainties, so measurement noise never raises an alarm.
 */
import type { Status, Thresholds } from '../model.js';
import { describeOffset, humanDuration } from '../format.js';
import { describeImpact } from './impact.js';

export interface SavedMeasurement {
  status: Status;
  offsetMs: number | null;
  uncertaintyMs: number | null;
  /** Runner wall-clock time of the measurement (Unix ms). */
  atMs: number;
  /** Targets that answered, asked again by the post step. */
  ntpServers: string[];
  /** NTS servers that answered; the others (TCP 4460 or UDP 123 blocked) are not asked again. */
  ntsServers: string[];
}

export interface DriftFinding {
  level: 'warning' | 'error';
  title: string;
  message: string;
}

export function compareDrift(
  before: SavedMeasurement,
  after: { offsetMs: number; uncertaintyMs: number },
  elapsedMs: number,
  t: Thresholds,
): DriftFinding | undefined {
  // Past max-offset now, and not already reported as such by the main step.
  const nowPastMax =
    Math.abs(after.offsetMs) - after.uncertaintyMs > t.maxOffsetMs && before.status !== 'fail';
  let movedMs: number | undefined;
  if (before.offsetMs !== null && before.uncertaintyMs !== null) {
    const delta = after.offsetMs - before.offsetMs;
    if (Math.abs(delta) - before.uncertaintyMs - after.uncertaintyMs > t.warnOffsetMs) movedMs = delta;
  }
  if (!nowPastMax && movedMs === undefined) return undefined;
  const during = `during the job (${humanDuration(elapsedMs)})`;
  const parts: string[] = [];
  if (movedMs !== undefined && before.offsetMs !== null) {
    // The runner's clock moving forward relative to true time makes the offset smaller (more ahead).
    const way = movedMs < 0 ? 'forward' : 'backward';
    parts.push(
      `The runner's clock jumped ${way} by ${humanDuration(movedMs)} ${during}: it was ${describeOffset(before.offsetMs)} at the start and is ${describeOffset(after.offsetMs)} now.`,
    );
  } else {
    parts.push(`The runner's clock is ${describeOffset(after.offsetMs)} at the end of the job.`);
  }
  if (nowPastMax) {
    parts.push(`That is past max-offset ${humanDuration(t.maxOffsetMs)}: ${describeImpact(after.offsetMs)}`);
  }
  parts.push(
    'Steps that signed requests late in the job may have failed for this reason. Something stepped or drifted the clock while the job ran (a time service starting up, a VM resumed from a snapshot, a host that slept).',
  );
  return {
    level: nowPastMax ? 'error' : 'warning',
    title:
      movedMs !== undefined
        ? `Runner clock moved ${humanDuration(movedMs)} during the job`
        : `Runner clock is ${describeOffset(after.offsetMs)} at the end of the job`,
    message: parts.join(' '),
  };
}
