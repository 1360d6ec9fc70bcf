/**
 * `clock-preflight run [flags] -- COMMAND [ARGS…]`: run a command, pass its output through unchanged,
 * exit with its exit code, and when it fails with a time error in its output, say why after it.
 *
 * Why node:child_process and not @actions/exec (which the lint rule suggests): @actions/exec gives the
 * child a stdin pipe that is never connected (an interactive `terraform apply` would read EOF), copies the
 * child's stderr into stdout unless failOnStdErr, echoes "[command]…", resolves a signal death as exit code
 * null, and applies cmd.exe quoting on Windows. Here the child gets our stdin, its stdout and stderr stay
 * separate and byte-exact, a signal death becomes 128 + n as in a shell, and the argument array goes to
 * spawn() with no shell at all, so nothing in ARGS is ever interpreted.
 *
 * Memory: output is passed on chunk by chunk with back-pressure (see passOn) and watched through a
 * bounded window.
 */
// eslint-disable-next-line no-restricted-imports -- see above: stdin pass-through, separate byte-exact streams and signal exit codes need spawn() itself.
import { spawn, type ChildProcessByStdio } from 'child_process';
import { constants } from 'node:os';
import type { Readable } from 'node:stream';
import { diagnose } from '../explain/diagnose.js';
import { wrappedCommandFinished, wrappedCommandStarted } from '../guard.js';
import { toRecognition } from '../explain/index.js';
import { bestOf, OutputWatcher } from '../explain/watch.js';
import { planWindowsSpawn } from '../platform/windows-command.js';
import { echo } from '../config/config.js';
import { explanationJson, formatExplanation, measureSafely, type Measure } from './explain.js';

export interface RunIo {
  /**
   * Receives the child's bytes unchanged; pass `(t) => process.stdout.write(t)`. Returning false (the
   * stream's buffer is full) pauses the child's stream until `drained` says so.
   */
  stdout(t: string | Uint8Array): unknown;
  stderr(t: string | Uint8Array): unknown;
  /** Resolves when the stream has room again (or will never have: closed, failed). */
  drained?(stream: 'stdout' | 'stderr'): Promise<void>;
  /** Resolves when the stream's reader has gone away (EPIPE); never, while it is there. */
  closed?(stream: 'stdout' | 'stderr'): Promise<void>;
}

export interface RunOptions {
  argv: string[];
  json?: boolean;
  measure: Measure;
  io: RunIo;
  /** Called with the diagnosis when running in GitHub Actions (the caller emits `core.error`). */
  annotate?: (message: string, title: string) => void;
  env: NodeJS.ProcessEnv;
  clockFix?: string;
  cwd?: string;
}

export const EXIT_NOT_FOUND = 127;
export const EXIT_NOT_EXECUTABLE = 126;
export const EXIT_USAGE = 2;

/**
 * What to do with a signal we receive while the child runs. On POSIX we pass it on. On Windows there are
 * no signals to pass: child.kill() is TerminateProcess, a hard kill (terraform would die mid-apply holding
 * its state lock). A Ctrl-C or Ctrl-Break is a console event that Windows delivers to every process
 * attached to the console, the child included (it shares ours: not detached), and the runner's
 * cancellation sends the same event; so there we only keep listening (which stops Node's default exit)
 * and wait for the child to finish its own clean-up.
 */
export function signalPlan(
  platform: NodeJS.Platform,
): Array<[NodeJS.Signals, 'forward' | 'child-receives-it']> {
  if (platform === 'win32') {
    return [
      ['SIGINT', 'child-receives-it'],
      ['SIGBREAK', 'child-receives-it'],
      // The console window closing: Windows ends every attached process a few seconds later anyway.
      ['SIGHUP', 'forward'],
    ];
  }
  return [
    ['SIGINT', 'forward'],
    ['SIGTERM', 'forward'],
    ['SIGHUP', 'forward'],
  ];
}

interface Finished {
  code: number;
  /** Why the command did not start, when it did not. */
  startError?: NodeJS.ErrnoException;
  signal?: NodeJS.Signals;
  /** The command's stderr ended inside a line (its last byte was not a line feed). */
  stderrMidLine?: boolean;
}

function signalExitCode(signal: NodeJS.Signals): number {
  const n = (constants.signals as Record<string, number | undefined>)[signal];
  return 128 + (n ?? 0);
}

function runChild(opts: RunOptions, out: OutputWatcher, err: OutputWatcher): Promise<Finished> {
  /**
   * Back-pressure: when our output cannot take more (a slow reader on an asynchronous pipe, as on macOS
   * and Windows), the child's stream is paused; the child then blocks in its own write, and nothing
   * piles up in this process.
   */
  /**
   * When our stream's reader goes away (`run -- CMD | head -c1`), the command's stream is closed on our
   * side: the command's next write to it fails (SIGPIPE, or EPIPE where it is ignored), as it would in a
   * shell pipeline, instead of running on with its output going nowhere. We still wait for it.
   */
  let stderrMidLine = false;
  const passOn = (from: Readable, which: 'stdout' | 'stderr', watcher: OutputWatcher) => {
    let gone = false;
    opts.io.closed?.(which).then(
      () => {
        gone = true;
        from.destroy();
      },
      () => {},
    );
    from.on('data', (chunk: Buffer) => {
      watcher.push(chunk);
      if (which === 'stderr' && chunk.length > 0) stderrMidLine = chunk[chunk.length - 1] !== 0x0a;
      if (gone || opts.io[which](chunk) !== false || !opts.io.drained) return;
      from.pause();
      opts.io.drained(which).then(
        () => from.resume(),
        () => from.resume(),
      );
    });
  };
  return new Promise((resolve) => {
    const [command, ...args] = opts.argv as [string, ...string[]];
    let settled = false;
    const forward = (signal: NodeJS.Signals) => () => {
      child.kill(signal);
    };
    const handlers = signalPlan(process.platform).map(
      ([s, action]) => [s, action === 'forward' ? forward(s) : () => {}] as const,
    );
    const done = (f: Finished) => {
      if (settled) return;
      settled = true;
      for (const [s, h] of handlers) process.off(s, h);
      resolve(f);
    };
    // Windows: .cmd/.bat tools (az, npm) start through cmd.exe with every argument escaped for it.
    const plan =
      process.platform === 'win32'
        ? planWindowsSpawn(command, args, opts.env)
        : { file: command, args, windowsVerbatimArguments: false };
    if ('error' in plan) {
      done({ code: EXIT_USAGE, startError: Object.assign(new Error(plan.error), { code: 'EINVAL' }) });
      return;
    }
    let child: ChildProcessByStdio<null, Readable, Readable>;
    try {
      child = spawn(plan.file, plan.args, {
        stdio: ['inherit', 'pipe', 'pipe'],
        env: opts.env,
        cwd: opts.cwd,
        shell: false,
        windowsVerbatimArguments: plan.windowsVerbatimArguments,
      });
    } catch (error) {
      // Node throws at once, rather than emitting 'error', for what the system refuses outright: a name
      // or an argument list too long (ENAMETOOLONG, E2BIG), a NUL byte. The command line is the mistake.
      done({ code: EXIT_USAGE, startError: error as NodeJS.ErrnoException });
      return;
    }
    for (const [s, h] of handlers) process.on(s, h);
    wrappedCommandStarted();
    passOn(child.stdout, 'stdout', out);
    passOn(child.stderr, 'stderr', err);
    child.on('error', (error: NodeJS.ErrnoException) => {
      // 'error' without a pid means it never started; after a start it is a kill failure, and 'close' follows.
      if (child.pid === undefined)
        done({ code: error.code === 'EACCES' ? EXIT_NOT_EXECUTABLE : EXIT_NOT_FOUND, startError: error });
    });
    // 'close', not 'exit': it comes after the last output chunk, so nothing is cut off.
    child.on('close', (code, signal) => {
      if (signal) done({ code: signalExitCode(signal), signal, stderrMidLine });
      else done({ code: code ?? 1, stderrMidLine });
    });
  });
}

export async function runCommand(opts: RunOptions): Promise<number> {
  if (opts.argv.length === 0 || !opts.argv[0]) {
    opts.io.stderr(
      'clock-preflight run: no command given. Usage: clock-preflight run [flags] -- COMMAND [ARGS…]\n',
    );
    return EXIT_USAGE;
  }
  const out = new OutputWatcher();
  const err = new OutputWatcher();
  const finished = await runChild(opts, out, err);
  // From here on this process returns the command's code, even if the diagnosis below fails unexpectedly.
  wrappedCommandFinished(finished.code);
  const command = opts.argv[0];
  if (finished.startError) {
    const e = finished.startError;
    // The name as written, quoted: it can hold a line break, escape sequences or 100 KB.
    const name = echo(command);
    opts.io.stderr(
      e.code === 'ENOENT'
        ? `clock-preflight run: command not found: ${name} (not on PATH, or the path does not exist)\n`
        : e.code === 'EACCES'
          ? `clock-preflight run: permission denied: ${name} is not executable\n`
          : e.code === 'EINVAL'
            ? `clock-preflight run: cannot start ${name}: ${e.message}\n`
            : e.code === 'ENAMETOOLONG' || e.code === 'E2BIG'
              ? `clock-preflight run: cannot start ${name}: the command line is longer than this system allows (${e.code})\n`
              : `clock-preflight run: could not start ${name}: ${echo(e.message)}\n`,
    );
    return finished.code;
  }
  if (finished.code === 0) return 0;
  const best = bestOf(out.finish(), err.finish());
  if (!best) return finished.code;

  const r = toRecognition(best);
  const m = await measureSafely(opts.measure);
  const d = diagnose(r, m, { clockFix: opts.clockFix });
  const how = finished.signal ? `was killed by ${finished.signal}` : `failed (exit ${finished.code})`;
  if (opts.json) {
    // One JSON line of its own, even after a last line of the command's without its line feed.
    const record = JSON.stringify({ command, exitCode: finished.code, ...explanationJson(r, m, d) });
    opts.io.stderr(`${finished.stderrMidLine ? '\n' : ''}${record}\n`);
  } else {
    opts.io.stderr(
      `\nclock-preflight: ${command} ${how} with a time error in its output.\n${formatExplanation(r, m, d)}`,
    );
  }
  if (opts.annotate && opts.env.GITHUB_ACTIONS === 'true') {
    opts.annotate(`${d.message} ${d.advice[0] ?? ''}`.trim(), d.title);
  }
  return finished.code;
}
