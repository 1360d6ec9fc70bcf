/**
 * The files the runner names for its file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY),
 * looked at before @actions/core writes to them. It opens them blocking: a named pipe nobody reads (or a
 * device that blocks on open) would stop the step there until the job's timeout, out of reach of the
 * guard that ends a run after its verdict (appendFileSync holds the thread; the summary's write never
 * settles). So only a plain file, /dev/null (local harnesses point these at it), or nothing at all, is
 * handed to @actions/core: a missing file is its
 * error as before, and anything else is not opened, with one warning per variable.
 */
import { echo } from '../config/config.js';
import { specialFileKind } from '../platform/special-file.js';

/** The runner files the action writes (none to GITHUB_ENV or GITHUB_PATH; one added goes through here). */
export type RunnerFileVariable = 'GITHUB_OUTPUT' | 'GITHUB_STATE' | 'GITHUB_STEP_SUMMARY';

/** The variables whose refusal has been said: a later write to the same one is skipped quietly. */
const said = new Set<RunnerFileVariable>();

/**
 * Runs `write`, a write through @actions/core to the file `variable` names, and returns what it returns
 * (a promise, for the summary), when that file may be opened: the variable unset (@actions/core then
 * writes a workflow command instead), the file missing (its own error), or a plain file. Anything else is
 * not written: the first time for a variable this throws an Error saying what the file is, for the
 * caller's warning; after that the write is skipped quietly.
 */
export function throughRunnerFile<T>(
  variable: RunnerFileVariable,
  write: () => T,
  env: NodeJS.ProcessEnv = process.env,
): T | undefined {
  const path = env[variable];
  const what = path ? specialFileKind(path) : undefined;
  if (what === undefined) return write();
  if (said.has(variable)) return;
  said.add(variable);
  throw new Error(
    `${variable} names ${echo(path!)}, ${what}, not a plain file: it was left alone (only a plain file is opened, as anything else could hold this step until the job's timeout).`,
  );
}

/** An error's message as one sentence, ending in a single period, to be followed by another. */
export function asSentence(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).trimEnd();
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
