/** What every time source offers the measurement loop. Sources produce samples; they never decide. */
import type { SourceKind, SourceResult } from '../model.js';

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
}

/** Resolves after `ms`, or at once when the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Races a promise against the signal: resolves to undefined when the signal aborts first. The promise is
 * always given a handler, also when the signal has already aborted: whatever it rejects with later (an
 * SDK's AbortError, a lookup's failure) is settled here, never left unhandled to crash the process.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  return new Promise<T | undefined>((resolve, reject) => {
    const onAbort = () => resolve(undefined);
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        // After the abort the outcome is already settled; a late rejection changes nothing.
        reject(e);
      },
    );
    if (signal.aborted) return resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.message : String(error);
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
  };
}
