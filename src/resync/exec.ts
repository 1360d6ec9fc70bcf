/**
 * Runs one command for resync: an argument array (never a shell string) through @actions/exec, silent,
 * output captured, exit code returned rather than thrown, and bounded in time.
 *
 * The bound. @actions/exec has no timeout and never hands out the child process, so it cannot kill what
 * it started. We therefore have it run a tiny watchdog, `node -e WATCHDOG -- <ms> <file> <args…>`, using
 * the same Node binary that runs us (always present, on every OS). The watchdog spawns the real command
 * without a shell, stdin closed (nothing can prompt), and on POSIX in a process group of its own; when
 * the time is up it sends SIGTERM to the whole group, SIGKILL one second later, prints a marker line on
 * stderr and exits 124 (as timeout(1) does). On Windows `kill` is TerminateProcess. A last timer here,
 * the deadline plus a few seconds, stops waiting even if the watchdog itself were stuck, so resync always
 * returns. Known limit: a command under `sudo` whose root child ignores SIGTERM cannot be SIGKILLed by a
 * non-root watchdog; we stop waiting for it and say so.
 */
import { getExecOutput } from '@actions/exec';
import { monotonicMs } from '../time/clock.js';
import { findOnPath } from '../platform/path.js';

export { findOnPath };

export interface ExecResult {
  /** Null when the command never ran (not found) or never finished. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** The deadline ended it. */
  timedOut: boolean;
  /** Why it could not run at all, e.g. `chronyc: not found on PATH`. */
  notRun?: string;
  durationMs: number;
}

export interface ExecOptions {
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
}

/** Injectable for unit tests only; production uses `boundedExec`. */
export type Exec = (argv: readonly string[], options: ExecOptions) => Promise<ExecResult>;

export const WATCHDOG_MARK = 'clock-preflight-watchdog:';

/** CommonJS, run by `node -e`; argv: <timeoutMs> <file> <args…>. Kept small and free of input. */
export const WATCHDOG = `
const { spawn } = require('child_process');
const { constants } = require('os');
const [ms, file, ...args] = process.argv.slice(1);
const posix = process.platform !== 'win32';
const mark = ${JSON.stringify(WATCHDOG_MARK)};
let timedOut = false;
let killTimer;
const child = spawn(file, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: posix, windowsHide: true });
const kill = (signal) => {
  try { if (posix) process.kill(-child.pid, signal); else child.kill(signal); }
  catch { try { child.kill(signal); } catch {} }
};
const timer = setTimeout(() => {
  timedOut = true;
  process.stderr.write('\\n' + mark + ' timed out after ' + ms + ' ms; sent SIGTERM\\n');
  kill('SIGTERM');
  killTimer = setTimeout(() => kill('SIGKILL'), 1000);
}, Number(ms));
child.on('error', (e) => {
  clearTimeout(timer);
  // Exit only once the marker is written: a pipe write is asynchronous and exit would cut it off.
  process.stderr.write(mark + ' cannot start: ' + (e.code || e.message) + '\\n', () =>
    process.exit(e.code === 'ENOENT' ? 127 : 126));
});
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  clearTimeout(killTimer);
  process.exit(timedOut ? 124 : code !== null ? code : 128 + (constants.signals[signal] || 0));
});
`;

function plainEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

/** Grace after the watchdog's own deadline: its SIGKILL delay plus start-up and stdio draining. */
const OUTER_GRACE_MS = 4000;

export const boundedExec: Exec = async (argv, { timeoutMs, env }) => {
  const started = monotonicMs();
  const [command, ...args] = argv;
  const file = command === undefined ? undefined : findOnPath(command, env);
  if (command === undefined || file === undefined) {
    return {
      exitCode: null,
      stdout: '',
      stderr: '',
      timedOut: false,
      notRun: `${command ?? '(empty command)'}: not found on PATH`,
      durationMs: 0,
    };
  }
  const ms = Math.max(1, Math.round(timeoutMs));
  let outerTimer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<undefined>((resolve) => {
    outerTimer = setTimeout(() => resolve(undefined), ms + OUTER_GRACE_MS);
  });
  try {
    const output = await Promise.race([
      getExecOutput(process.execPath, ['-e', WATCHDOG, '--', String(ms), file, ...args], {
        ignoreReturnCode: true,
        silent: true,
        env: plainEnv(env),
        // After the command exits, wait at most this long for grandchildren to release its stdio.
        delay: 1000,
      }),
      gaveUp,
    ]);
    const durationMs = monotonicMs() - started;
    if (output === undefined) {
      return {
        exitCode: null,
        stdout: '',
        stderr: `still running ${Math.round(durationMs)} ms after its ${ms} ms deadline; stopped waiting for it`,
        timedOut: true,
        durationMs,
      };
    }
    const lines = output.stderr.split('\n');
    const marks = lines.filter((l) => l.startsWith(WATCHDOG_MARK));
    const stderr = lines
      .filter((l) => !l.startsWith(WATCHDOG_MARK))
      .join('\n')
      .trim();
    const timedOut = marks.some((l) => l.includes('timed out'));
    const cannotStart = marks.find((l) => l.includes('cannot start'));
    return {
      exitCode: cannotStart ? null : output.exitCode,
      stdout: output.stdout.trim(),
      stderr: timedOut
        ? `${stderr}${stderr ? '\n' : ''}did not finish within ${ms} ms; stopped`.trim()
        : stderr,
      timedOut,
      ...(cannotStart ? { notRun: `${command}: ${cannotStart.slice(WATCHDOG_MARK.length).trim()}` } : {}),
      durationMs,
    };
  } catch (error) {
    return {
      exitCode: null,
      stdout: '',
      stderr: '',
      timedOut: false,
      notRun: `${command}: ${error instanceof Error ? error.message : String(error)}`,
      durationMs: monotonicMs() - started,
    };
  } finally {
    clearTimeout(outerTimer);
  }
};
