/** What the CLI reads and writes, injected so that tests drive it without a process; and its exit codes. */
export interface Io {
  /** False when the stream's buffer is full (see `drained`). */
  stdout: (text: string | Uint8Array) => unknown;
  stderr: (text: string | Uint8Array) => unknown;
  /** Resolves when the stream has room again, or is closed. */
  drained?: (stream: 'stdout' | 'stderr') => Promise<void>;
  /** Resolves when the stream's reader has gone away (EPIPE: `… | head -c1`); never, while it is there. */
  closed?: (stream: 'stdout' | 'stderr') => Promise<void>;
  env: NodeJS.ProcessEnv;
  /**
   * Standard input, opened when called: building process.stdin costs milliseconds and only explain reads
   * it. A function rather than a getter, so that copying an Io (`{ ...io }`) does not open it.
   */
  stdin?: () => AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  /** The terminal's width when stdout is one; prose is wrapped to it (else to COLUMNS, else 80). */
  columns?: number;
  /**
   * Subscribes to SIGINT/SIGTERM for a command that must end cleanly on them (`wait`); returns the
   * unsubscribe. Absent in tests that do not need it. Other commands leave the signals' defaults alone.
   */
  onStop?: (handler: (signal: string) => void) => () => void;
}

export const EXIT_OK = 0;
export const EXIT_FAIL = 1;
export const EXIT_USAGE = 2;
