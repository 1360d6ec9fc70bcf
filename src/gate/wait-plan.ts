/**
 * `clock-preflight wait`'s decisions, pure: from the last attempt's outcome and the time left to what
 * happens next. The loop that measures, resyncs and sleeps is the edge (cli/wait.ts); everything it
 * decides is here, tested with literal data.
 *
 * - Within bounds (ok or warn: what `check` passes) → done, exit 0.
 * - Out of bounds (judged fail) → resync when allowed, then measure again; when resync is not allowed or
 *   did not help, wait and measure again (the time service may still be stepping the clock at boot).
 * - Nothing answered, or no majority (the network is not up yet at boot: the normal case) → wait and
 *   measure again. There is no evidence the clock is wrong, so no resync (as in resync/decision.ts).
 * - The back-off doubles from 1 s up to 30 s, and never runs past the deadline: the last attempt is
 *   placed so that it still has MIN_ATTEMPT_MS to measure; with less than that left, give up: exit 1, or
 *   0 when the last outcome passes `check` itself (nothing answered, and the user set on-unreachable: warn).
 */
import type { Status } from '../model.js';

const FIRST_BACKOFF_MS = 1000;
export const MAX_BACKOFF_MS = 30_000;
/** The least time one measurement is given: enough for loopback or LAN servers to answer. */
export const MIN_ATTEMPT_MS = 1000;
/** `wait`'s own default --timeout: a boot may take minutes to bring the network and the time service up. */
export const WAIT_DEFAULT_TIMEOUT = '5m';
/**
 * Stopped by a signal, the last attempt's metrics get at most this long to leave: a service manager
 * waits for the process (systemd's TimeoutStopSec is 90 s by default), but a stop should be prompt.
 */
export const STOP_EXPORT_MS = 2000;
/** The most one measurement is given; the rest of the deadline is for later attempts. */
export const MAX_ATTEMPT_MS = 10_000;

export interface WaitState {
  /** Attempts made so far (1 after the first measurement). */
  attempt: number;
  status: Status;
  /** Whether the status comes from a judged clock (a fail from `aws: sts` credentials is not). */
  judged: boolean;
  /** Until the deadline, in ms of monotonic time. */
  remainingMs: number;
  /** Whether a resync may run here (the `resync` input, the runner type: resync/decision.ts). */
  resyncAllowed: boolean;
  /**
   * Whether this outcome passes a plain `check` (its exit code is 0): only `unknown` under
   * `on-unreachable: warn` does while not within bounds. Decides the exit code at the deadline.
   */
  passesCheck?: boolean;
}

export type WaitAction =
  | { kind: 'done'; exitCode: 0 }
  /** Exit 1; 0 only when the last outcome passes `check` (nothing answered, under on-unreachable: warn). */
  | { kind: 'give-up'; exitCode: 0 | 1 }
  /** Resync after `afterMs`, then measure. */
  | { kind: 'resync'; afterMs: number }
  /** Measure after `afterMs`. */
  | { kind: 'measure'; afterMs: number };

export function backoffMs(attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, attempt - 1));
}

export function nextWaitAction(s: WaitState): WaitAction {
  if (s.status === 'ok' || s.status === 'warn') return { kind: 'done', exitCode: 0 };
  if (s.remainingMs < MIN_ATTEMPT_MS) return { kind: 'give-up', exitCode: s.passesCheck ? 0 : 1 };
  const outOfBounds = s.status === 'fail' && s.judged;
  // The first resync goes at once: the clock is known to be off and every second counts at boot. A resync
  // that did not bring it within bounds is tried again only after the back-off.
  const wanted = outOfBounds && s.resyncAllowed && s.attempt === 1 ? 0 : backoffMs(s.attempt);
  const afterMs = Math.min(wanted, s.remainingMs - MIN_ATTEMPT_MS);
  return outOfBounds && s.resyncAllowed ? { kind: 'resync', afterMs } : { kind: 'measure', afterMs };
}

/** How long the next measurement may take: at most MAX_ATTEMPT_MS, never past the deadline. */
export function attemptTimeoutMs(remainingMs: number): number {
  return Math.max(100, Math.min(MAX_ATTEMPT_MS, remainingMs));
}
