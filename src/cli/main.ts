/**
 * The CLI: argv in; text or JSON out. `check` exits 0 (ok, warn), 1 (fail, or unreachable under `fail`),
 * 2 (bad input); `explain` always 0; `run` with the wrapped command's own exit code.
 */
import { echo, InputError, INPUTS, readConfig, type Config } from '../config/config.js';
import { runCheck } from '../gate/check.js';
import { fixAdvice } from '../platform/advice.js';
import { detectPlatform } from '../platform/facts.js';
import { VERSION } from '../version.js';
import { internalErrorExitCode, unexpectedErrorLine, verdictChosen } from '../guard.js';
import { ACTION_ONLY_INPUTS, parseArgs, type ParsedArgs } from './args.js';
import type { Measure } from './explain.js';
import { helpText } from './help.js';
import { gateCommand } from './gate.js';
import { WAIT_DEFAULT_TIMEOUT } from '../gate/wait-plan.js';
import { EXIT_OK, EXIT_USAGE, type Io } from './io.js';
import { forLog, forTitle, neutraliseWorkflowCommands } from '../report/escape.js';
import { terminalColumns } from '../report/text.js';
import { withoutControls } from '../sources/untrusted-text.js';

function measureWith(config: Config, env: NodeJS.ProcessEnv): Measure {
  return async () => {
    // Only the verdict is used here: no fix advice, so the machine is not inspected for one.
    const v = (await runCheck(config, env, { fixAdvice: false })).measurement.verdict;
    return { status: v.status, offsetMs: v.offsetMs, uncertaintyMs: v.uncertaintyMs, title: v.title };
  };
}

/** In GitHub Actions, a diagnosis also becomes an error annotation; @actions/core is loaded only then. */
async function annotator(env: NodeJS.ProcessEnv) {
  if (env.GITHUB_ACTIONS !== 'true') return undefined;
  const core = await import('@actions/core');
  return (message: string, title: string) => core.error(forLog(message), { title: forTitle(title) });
}

/** Flags of what only check and wait do. */
const NOT_FOR_EXPLAIN_OR_RUN = ['metrics-file', 'pushgateway', 'resync', 'resync-method'] as const;

async function explainText(args: ParsedArgs, io: Io): Promise<string> {
  const { readTextBounded } = await import('./explain.js');
  // Words after '--' are text too (`explain -- -text`), after the words before it (none was dropped).
  const words = [...args.positional, ...args.rest];
  if (words[0] === '-' && words.length > 1) {
    throw new InputError(
      'explain',
      `'-' reads the error text from standard input, and ${echo(words[1]!)} follows it; give either '-' or the text`,
    );
  }
  if (words.length > 0 && !(words.length === 1 && words[0] === '-')) {
    const text = words.join(' ');
    // An empty argument is an unset variable (`explain "$ERR"`), not an error text with nothing in it.
    if (text.trim() === '')
      throw new InputError(
        'explain',
        "the error text is empty; give it as an argument, or '-' to read it from standard input",
      );
    return text;
  }
  const stdin = io.stdin?.();
  if (!stdin || (stdin.isTTY && words.length === 0)) {
    throw new InputError(
      'explain',
      "give the error text as an argument, or '-' to read it from standard input",
    );
  }
  return readTextBounded(stdin);
}

/**
 * An input error in the CLI's own words: the flag as it is typed (`--max-offset`), not the action's input
 * name; an environment variable or the command line itself as they are.
 */
function cliInputMessage(error: InputError): string {
  const base = error.input.split(' ')[0]!;
  const named = INPUTS.some((i) => i.name === base) ? error.input.replace(base, `--${base}`) : error.input;
  return `invalid ${named}: ${error.detail.replace(/`([a-z][a-z-]+): ([^`\s]+)`/g, '`--$1 $2`')}`;
}

/**
 * A GitHub runner reads workflow commands in the output of anything a step runs: everything we write
 * ourselves passes through this door (the wrapped command's own bytes in `run` do not come here). Always,
 * not only where GITHUB_ACTIONS is set: the image started with a plain `docker run` in a step, or the CLI
 * under another tool that clears the environment, does not see that variable, and the runner still reads
 * the output. Elsewhere the door only adds a zero-width space inside a server's `::` or `##[`.
 * And a terminal runs escape sequences: text we quote (explain's evidence from a log someone else wrote,
 * a server's words) has its controls and direction overrides shown as U+FFFD; our own text has none.
 */
function outputDoor(io: Io): Io {
  const safe = (write: Io['stdout']) => (t: string | Uint8Array) =>
    write(typeof t === 'string' ? neutraliseWorkflowCommands(withoutControls(t)) : t);
  return { ...io, stdout: safe(io.stdout), stderr: safe(io.stderr) };
}

/** Our own `::add-mask::` lines (12 digits, validated) go out as commands; all else through the door. */
function gateStdout(raw: Io, safe: Io): Io['stdout'] {
  return (t) => (typeof t === 'string' && /^::add-mask::\d{12}\n$/.test(t) ? raw.stdout(t) : safe.stdout(t));
}

export async function main(argv: readonly string[], rawIo: Io): Promise<number> {
  const io = outputDoor(rawIo);
  verdictChosen(undefined);
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.stdout(helpText(terminalColumns(io.env, io.columns)));
      return EXIT_OK;
    }
    if (args.command === 'version') {
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    }
    // Every input is validated before any network work or any command runs. `resync` is `check` with
    // --resync defaulting to true; `wait` resyncs too, and its --timeout is the whole wait (boot can be slow).
    const defaults: Record<string, string> =
      args.command === 'resync'
        ? { resync: 'true' }
        : args.command === 'wait'
          ? { resync: 'true', timeout: WAIT_DEFAULT_TIMEOUT }
          : {};
    const actionOnly = ACTION_ONLY_INPUTS.find((name) => args.inputs.has(name));
    if (actionOnly) {
      throw new InputError(
        actionOnly,
        "it is the GitHub Action's post step (measure again at the end of the job); the CLI has no post step, so no command uses it; drop it",
      );
    }
    // explain and run measure only to tell a clock error from another: a flag for what they never do
    // (metrics, a resync) would be silently ignored, and the user would believe it had worked.
    if (args.command === 'explain' || args.command === 'run') {
      const unused = NOT_FOR_EXPLAIN_OR_RUN.find((name) => args.inputs.has(name));
      if (unused) {
        throw new InputError(
          unused,
          `${args.command} writes no metrics and resyncs nothing, so it does not use --${unused}; drop it, or use check (or wait) for that`,
        );
      }
    }
    const config = readConfig((name) => args.inputs.get(name) ?? defaults[name], io.env);
    const clockFix = () => fixAdvice(detectPlatform(io.env));
    switch (args.command) {
      case 'explain': {
        const text = await explainText(args, io);
        const { explainCommand } = await import('./explain.js');
        return await explainCommand({
          text,
          json: args.json,
          measure: measureWith(config, io.env),
          io,
          clockFix: clockFix(),
        });
      }
      case 'run': {
        if (args.positional.length > 0) {
          throw new InputError(
            'run',
            `put the command after '--': clock-preflight run [flags] -- ${args.positional.join(' ')}`,
          );
        }
        if (args.rest.length === 0)
          throw new InputError('run', 'no command given: clock-preflight run [flags] -- COMMAND [ARGS…]');
        const annotate = await annotator(io.env);
        const { runCommand } = await import('./run.js');
        return await runCommand({
          argv: args.rest,
          json: args.json,
          measure: measureWith(config, io.env),
          io,
          env: io.env,
          clockFix: clockFix(),
          ...(annotate ? { annotate } : {}),
        });
      }
      case 'wait': {
        if (args.positional.length > 0 || args.rest.length > 0) {
          throw new InputError(
            'wait',
            `unexpected argument ${echo([...args.positional, ...args.rest][0]!)}; wait takes only flags (see --help)`,
          );
        }
        const { waitCommand } = await import('./wait.js');
        return await waitCommand(config, args.json, { ...io, stdout: gateStdout(rawIo, io) });
      }
      case 'check':
      case 'resync': {
        if (args.positional.length > 0 || args.rest.length > 0) {
          // Named as the command, not as a flag: `resync` is also an input, and "invalid --resync" misled.
          throw new InputError(
            `command ${args.command}`,
            `unexpected argument ${echo([...args.positional, ...args.rest][0]!)}; ${args.command} takes only flags (see --help)`,
          );
        }
        // The mask line must reach the runner as a command, so the gate writes to the unfiltered stream;
        // everything else it writes passes through the door itself.
        return await gateCommand(config, args.json, { ...io, stdout: gateStdout(rawIo, io) });
      }
    }
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`clock-preflight: ${cliInputMessage(error)}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`clock-preflight: ${forLog(unexpectedErrorLine(error))}\n`);
    // After `run --` has run its command, the command's code, not ours; after a verdict, the verdict's.
    return internalErrorExitCode();
  }
}
