/**
 * The last resort of both entry points: anything nobody caught (a rejected promise without a handler, an
 * exception thrown from an event handler) becomes one line in words and the documented exit code,
 * never a stack trace. Every such case is a bug to fix where it starts; this only keeps a gate from
 * being what breaks a deploy in a confusing way.
 *
 * Once the verdict has chosen the exit code, it is the code: an error after it (stdout closed while the
 * report is written, a renderer's bug) is a warning, and the process still ends at once with the verdict's
 * code, so a passing check never turns into a failed step, nor a failing one into a passed step.
 *
 * And after the verdict nothing should keep the process alive. If something still does (a DNS lookup
 * the platform cannot cancel, a socket someone forgot), the process ends a moment later with the code it
 * already chose, and says so, instead of hanging the job.
 */

export interface GuardOptions {
  /** Writes one line for a person (stderr in the CLI; an error annotation in the action). */
  report(message: string): void;
  /**
   * The same after the verdict, when the line is a warning (a warning annotation in the action); the line
   * comes without its "warning: " label, which the channel gives. Without it, `report` has the labelled
   * line.
   */
  warn?(message: string): void;
  /** The exit code for an internal error (1). */
  internalErrorCode: number;
}

let wrappedExitCode: number | undefined;
let wrappedCommandRunning = false;
let verdictExitCode: number | undefined;
let installed: GuardOptions | undefined;

/**
 * `run -- COMMAND`: once the wrapped command has finished, its exit code is what this process must
 * return, whatever happens afterwards in the diagnosis.
 */
export function wrappedCommandFinished(code: number): void {
  wrappedCommandRunning = false;
  wrappedExitCode = code;
}

/** `run -- COMMAND`: the command has started, and its output is being passed on. */
export function wrappedCommandStarted(): void {
  wrappedCommandRunning = true;
}

/**
 * The verdict is chosen and this is its exit code: from here an unexpected error is only a warning.
 * `undefined` at the start of a run: no verdict yet.
 */
export function verdictChosen(code: number | undefined): void {
  verdictExitCode = code;
}

/** The exit code an internal error ends the process with now. */
export function internalErrorExitCode(): number {
  return wrappedExitCode ?? verdictExitCode ?? installed?.internalErrorCode ?? 1;
}

/** Whether an unexpected error now comes after the verdict (and so is a warning, not a failure). */
export function afterVerdict(): boolean {
  return wrappedExitCode === undefined && verdictExitCode !== undefined;
}

/**
 * The line for an error nobody expected: an internal error before the verdict; after it, a warning that
 * says the verdict's exit code stands. `what` says how it surfaced (uncaught exception, …). `labelled: false`
 * leaves out the leading "warning: " for a channel that labels the line itself (a GitHub warning
 * annotation, shown as "Warning: …").
 */
export function unexpectedErrorLine(
  error: unknown,
  { what, labelled = true }: { what?: string; labelled?: boolean } = {},
): string {
  const how = what ? ` (${what})` : '';
  // A reader that went away (`check | head`, a closed pipe) is not our bug; anything else is.
  const bug = isClosedOutput(error)
    ? 'The output was closed by its reader, so the report, and the metrics after it, could not be written in full.'
    : 'This is a bug in clock-preflight, not a finding about the clock; please report it.';
  if (afterVerdict()) {
    return `${labelled ? 'warning: ' : ''}unexpected error after the verdict${how}: ${describeUnexpected(error)}. ${bug} The verdict stands: exit ${verdictExitCode}.`;
  }
  return `internal error${how}: ${describeUnexpected(error)}. ${bug}`;
}

/** The error of a write whose reader went away (EPIPE: `check | head`, a closed pipe). */
export function isClosedOutput(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

/**
 * The line when the output's reader went away, for an entry point that lets the work go on: a closed stdout
 * is not our bug, and never changes the exit code. After the verdict (check, wait) the report is cut short
 * and the verdict stands; before it, or in a command without one (explain, --help, `run`'s command still
 * running), only what would have been written is lost.
 */
export function closedOutputLine(): string {
  const what = 'warning: the output was closed by its reader (EPIPE), so ';
  if (afterVerdict()) {
    return `${what}the report was cut short; the work after it, such as the metrics, goes on. The verdict stands: exit ${verdictExitCode}.`;
  }
  if (wrappedCommandRunning) {
    return `${what}the command's output is no longer passed on (its next write to it fails, as in a shell pipeline); its exit code is still returned.`;
  }
  return `${what}what was left to print is dropped; the exit code is the command's as documented.`;
}

/** The first line of an unknown thrown value, without a stack, bounded. */
/**
 * Controls, line and paragraph separators and direction overrides: the classes untrustedText() replaces
 * (sources/untrusted-text.ts). Written here again because the guard imports nothing: it is the last resort,
 * and runs even where nothing else could be loaded.
 */
// eslint-disable-next-line no-control-regex
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function describeUnexpected(error: unknown): string {
  let text: string;
  if (error instanceof Error) text = `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`;
  else text = String(error);
  // The first line, in one line of text: a bare CR or U+0085 would start another for the runner, and an
  // escape sequence would drive the terminal (this line does not pass through the CLI's output door).
  const line = (text.split('\n', 1)[0] ?? '').replace(NOT_ONE_LINE, '\ufffd');
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/** One line in the guard's words (a warning after the verdict), then the end, with the code that stands. */
function fatal(what: string): (error: unknown) => never {
  return (error) => {
    try {
      if (afterVerdict() && installed?.warn)
        installed.warn(unexpectedErrorLine(error, { what, labelled: false }));
      else installed?.report(unexpectedErrorLine(error, { what }));
    } finally {
      process.exit(internalErrorExitCode());
    }
  };
}

export function installProcessGuard(options: GuardOptions): void {
  if (installed) return;
  installed = options;
  process.on('uncaughtException', fatal('uncaught exception'));
  process.on('unhandledRejection', fatal('unhandled promise rejection'));
}

/**
 * Runs an entry point's work to its end, then `done`. The bundles are CommonJS (they start sooner), so
 * there is no top-level await to do two things it did: a rejection is surfaced as an uncaught exception,
 * in the guard's words; and work that never settles while nothing keeps the event loop alive (a promise
 * nobody will resolve) ends the process as an internal error. Node ended an unsettled top-level await
 * with exit code 13; without this, the process would end with no verdict and exit code 0, a pass.
 */
export function settleEntry<T>(work: Promise<T>, done: (value: T) => void): void {
  const unsettled = () =>
    fatal('unsettled promise')(
      new Error('the work ended without a result: nothing was left to wait for, and no verdict was reached'),
    );
  process.once('beforeExit', unsettled);
  work.then(
    (value) => {
      process.off('beforeExit', unsettled);
      done(value);
    },
    (error: unknown) => {
      process.off('beforeExit', unsettled);
      process.nextTick(() => {
        throw error;
      });
    },
  );
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
