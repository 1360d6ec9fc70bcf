/**
 * Waiting: a pause that ends early under an abort signal, a promise raced against the signal, the next
 * turn of the event loop, and a controller that aborts with its parents.
 */
import { setMaxListeners } from 'node:events';

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

/**
 * Resolves in the check phase of the event loop (setImmediate): after the microtasks queued until now have
 * run, and after the I/O that is ready. Used to let connections that other code has just started go out
 * before work that would hold the thread.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A controller that aborts when any of `parents` does; the parents' listeners keep it alive until
 * `unlink` removes them (a round's controller must not stay attached to the deadline for the whole run).
 *
 * Every source listens on these signals (a socket, a timer, the SDK's own race), so the count of listeners
 * grows with the configured sources, never with time: Node's leak warning at 11 listeners would fire on
 * the defaults with the signed call and print "Possible EventTarget memory leak detected" to the user.
 */
export function linkedController(parents: AbortSignal[]): {
  controller: AbortController;
  unlink: () => void;
} {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const abort = () => controller.abort();
  for (const parent of parents) {
    if (parent.aborted) controller.abort();
    else parent.addEventListener('abort', abort, { once: true });
  }
  return {
    controller,
    unlink: () => {
      for (const parent of parents) parent.removeEventListener('abort', abort);
    },
  };
}
