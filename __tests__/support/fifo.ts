/**
 * Named pipes nobody reads, for the tests of runner files that are not plain files: made with mkfifo in a
 * fresh directory under the system's temporary directory, and removed with it.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Fifos {
  /** The directory they are in (a plain directory, itself usable as a "not a file" case). */
  dir: string;
  /** Each name's pipe. */
  paths: Record<string, string>;
  /**
   * Removes the directory and everything in it. Each pipe is first opened for reading and closed, which
   * releases a writer stuck opening it: a run that hung on one (a regression) and outlived its kill (under
   * faketime the kill reaches faketime, not node) then ends instead of waiting forever.
   */
  remove(): void;
}

export function makeFifos(names: readonly string[]): Fifos {
  const dir = mkdtempSync(join(tmpdir(), 'cp-fifo-'));
  const paths = Object.fromEntries(names.map((n) => [n, join(dir, n)]));
  if (names.length > 0) execFileSync('mkfifo', Object.values(paths));
  return {
    dir,
    paths,
    remove() {
      for (const path of Object.values(paths)) {
        try {
          closeSync(openSync(path, constants.O_RDONLY | constants.O_NONBLOCK));
        } catch {
          // Already gone.
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
