/** What every time source offers the measurement loop. Sources produce samples; they never decide. */
import type { SourceKind, SourceResult } from '../model.js';

/**
 * Where a source's exchange stands while it is being asked: the round trip under way (in words for the
 * report, e.g. "TLS handshake"), since when (monotonic ms), and how many round trips must follow it before
 * the source can answer. The measurement loop reads it to tell a straggler that may still answer from one
 * that cannot within the stragglers' grace (policy.ts, earliestAnswerMs).
 */
export interface Progress {
  stage: string;
  sinceMs: number;
  roundTripsAfter: number;
}

export interface TimeSource {
  readonly kind: SourceKind;
  readonly target: string;
  /**
   * Takes one more measurement and returns the source's state so far: its best sample, or why it has
   * none. The first call is the initial measurement; later calls refine when the verdict is undecided.
   * Must resolve (never reject) and must resolve soon after `signal` aborts.
   */
  measure(signal: AbortSignal): Promise<SourceResult>;
  /** False once a source must not be asked again (Kiss-o'-Death, a permanent error). */
  canRefine(): boolean;
  /** Who runs the server (SourceResult.operator), known before it answers: one vote per operator. */
  readonly operator?: string;
  /** The user required this source (aws: sts): it is waited for until the deadline, never skipped. */
  readonly required?: boolean;
  /**
   * Asked only once the others have had their say: when every other source of the first round has finished,
   * or the patience window (policy.ts) is over; skipped, never loaded, when the run decides before. For an
   * optional check that is slow to start (the signed call: its SDK is ~100 ms of CPU). Loaded before the
   * first packet it would delay every run; loaded during the run it would delay the timestamps of replies
   * arriving meanwhile. A required source is never deferred.
   */
  readonly deferred?: boolean;
  /**
   * Work to do before the first packet of the run leaves (loading a cipher or an SDK), so that it does
   * not stall the event loop while another source's reply is being timed. Must resolve, never reject.
   */
  prepare?(signal: AbortSignal): Promise<void>;
  /** Where its exchange stands; undefined when an answer may come at any moment (a request in flight). */
  progress?(): Progress | undefined;
}

/** The source with who runs it on its open state and on every result (one vote per operator). */
export function withOperator(source: TimeSource, operator: string): TimeSource {
  return {
    kind: source.kind,
    target: source.target,
    operator,
    ...(source.required ? { required: source.required } : {}),
    ...(source.deferred ? { deferred: source.deferred } : {}),
    measure: async (signal) => ({ ...(await source.measure(signal)), operator }),
    canRefine: () => source.canRefine(),
    ...(source.prepare ? { prepare: (signal: AbortSignal) => source.prepare!(signal) } : {}),
    ...(source.progress ? { progress: () => source.progress!() } : {}),
  };
}
