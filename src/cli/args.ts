/**
 * argv → a command, its input values and output flags. Pure. Inputs use the same names as the action's
 * (`--ntp-servers`, `--max-offset`, …); boolean inputs also work bare (`--json`, `--require-authenticated`).
 */
import { echo, INPUTS, InputError } from '../config/config.js';

export const COMMANDS = ['check', 'resync', 'wait', 'explain', 'run'] as const;
export type Command = (typeof COMMANDS)[number];

export interface ParsedArgs {
  command: Command | 'help' | 'version';
  inputs: Map<string, string>;
  json: boolean;
  /** Words after `--`, for commands that wrap another command. */
  rest: string[];
  /** Positional arguments after the command. */
  positional: string[];
}

/**
 * Inputs of the action that no CLI command has a use for: `post-check` is the action's post step, at the
 * end of the job, and the CLI has no such step. Refused (main) rather than silently ignored, and not in --help.
 */
export const ACTION_ONLY_INPUTS: readonly string[] = ['post-check'];

/** Flags that only shape the CLI's output and are not inputs of the action. */
const OUTPUT_FLAGS = new Set(['json', 'help', 'version']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { command: 'check', inputs: new Map(), json: false, rest: [], positional: [] };
  let commandSeen = false;
  let jsonSeen = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      parsed.rest = argv.slice(i + 1);
      break;
    }
    if (arg === '-h') {
      parsed.command = 'help';
      continue;
    }
    if (arg === '-V') {
      parsed.command = 'version';
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      let value = eq === -1 ? undefined : arg.slice(eq + 1);
      if (OUTPUT_FLAGS.has(name)) {
        if (value !== undefined && !['true', 'false'].includes(value)) {
          // Named as the flag: these are the CLI's own, not inputs the action shares.
          throw new InputError(
            `--${name}`,
            `${echo(value)} is not a boolean; use --${name} or --${name}=true|false`,
          );
        }
        const on = value !== 'false';
        if (name === 'json') {
          // As for every other flag: a second --json (perhaps --json=false) silently winning hides a mistake.
          if (jsonSeen)
            throw new InputError('--json', 'given twice; give it once (--json or --json=true|false)');
          jsonSeen = true;
          parsed.json = on;
        } else if (on) parsed.command = name as 'help' | 'version';
        continue;
      }
      const spec = INPUTS.find((s) => s.name === name);
      if (!spec) {
        // Quoted as any value: a flag name can carry a line break, escape sequences or 100 KB.
        throw new InputError(
          'flag',
          `${echo(`--${name}`)} is unknown; run 'clock-preflight --help' for the list`,
        );
      }
      if (parsed.inputs.has(name)) {
        // The last value silently winning hides a typo in a long command line; say which flag, once.
        throw new InputError(name, `given twice; give it once (${spec.form})`);
      }
      if (value === undefined) {
        const next = argv[i + 1];
        // A bare boolean flag is true; a word after it is its value (checked by the config, which names
        // the flag and the accepted form), unless that word is a command or the explain text.
        const bare =
          next === undefined ||
          next.startsWith('-') ||
          (COMMANDS as readonly string[]).includes(next) ||
          (parsed.command === 'explain' && !(spec.choices ?? ['true', 'false']).includes(next));
        if (spec.boolean && bare) {
          value = 'true';
        } else if (next === undefined || (next.startsWith('--') && next.length > 2)) {
          throw new InputError(name, `--${name} needs a value: ${spec.form}`);
        } else {
          value = next;
          i++;
        }
      }
      if (value.trim() === '') {
        // An empty value is a mistake (an unset shell variable), not a request for the default.
        const what = name === 'https-servers' ? 'the HTTPS servers' : name.slice(0, 3).toUpperCase();
        const off = name.endsWith('-servers') ? ` ('none' turns ${what} off)` : '';
        throw new InputError(name, `the value is empty; use ${spec.form}${off}`);
      }
      parsed.inputs.set(name, value);
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') {
      throw new InputError('option', `${echo(arg)} is unknown; run 'clock-preflight --help' for the list`);
    }
    if (!commandSeen && parsed.positional.length === 0) {
      if (!(COMMANDS as readonly string[]).includes(arg)) {
        throw new InputError('command', `${echo(arg)} is not a command; use one of: ${COMMANDS.join(', ')}`);
      }
      if (parsed.command !== 'help' && parsed.command !== 'version') parsed.command = arg as Command;
      commandSeen = true;
      continue;
    }
    parsed.positional.push(arg);
  }
  return parsed;
}
