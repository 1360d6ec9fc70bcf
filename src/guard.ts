/**
 * The last resort of both entry points: anything nobody caught (a rejected promise without a handler, an
 * exception thrown from an event handler) becomes one line in words and the documented exit code,
 * never a stack trace. Every such case is a bug to fix where it starts; this only keeps a gate from
 * being what breaks a deploy in a confusing way.
 *
 * And after the verdict nothing should keep the process alive. If something still does (a DNS lookup
 * the platform cannot cancel, a socket someone forgot), the process ends a moment later with the code it
 * already chose, and says so, instead of hanging the job.
 */

export interface GuardOptions {
  /** Writes one line for a person (stderr in the CLI; an error annotation in the action). */
  report(message: string): void;
  /** The exit code for an internal error (1). */
  internalErrorCode: number;
}

let wrappedExitCode: number | undefined;
let installed: GuardOptions | undefined;

/**
 * `run -- COMMAND`: once the wrapped command has finished, its exit code is what this process must
 * return, whatever happens afterwards in the diagnosis.
 */
export function wrappedCommandFinished(code: number): void {
  wrappedExitCode = code;
}

/** The exit code an internal error ends the process with now. */
export function internalErrorExitCode(): number {
  return wrappedExitCode ?? installed?.internalErrorCode ?? 1;
}

/** The first line of an unknown thrown value, without a stack, bounded. */
export function describeUnexpected(error: unknown): string {
  let text: string;
  if (error instanceof Error) text = `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`;
  else text = String(error);
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

export function installProcessGuard(options: GuardOptions): void {
  if (installed) return;
  installed = options;
  const fatal = (what: string) => (error: unknown) => {
    try {
      options.report(
        `internal error (${what}): ${describeUnexpected(error)}. This is a bug in clock-preflight, not a finding about the clock; please report it.`,
      );
    } finally {
      process.exit(internalErrorExitCode());
    }
  };
  process.on('uncaughtException', fatal('uncaught exception'));
  process.on('unhandledRejection', fatal('unhandled promise rejection'));
}

/** How long the process may linger after its work is done before it is ended by force. */
export const LINGER_LIMIT_MS = 1500;

/**
 * Called when the entry point's work is done and `process.exitCode` is set. The timer is unref'd: it
 * fires only when something else still holds the event loop, which is a bug; then the process ends with
 * the code already chosen.
 */
export function exitWhenDone(report: (message: string) => void, lingerMs = LINGER_LIMIT_MS): void {
  const timer = setTimeout(() => {
    report(
      'note: an operation was still pending after the verdict and was ended by force; the result above stands.',
    );
    process.exit();
  }, lingerMs);
  timer.unref();
}
