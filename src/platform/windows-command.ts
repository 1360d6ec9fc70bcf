/**
 * Starting a command on Windows without a shell, the way cross-spawn does it (and what Node's own
 * child_process docs prescribe since CVE-2024-27980): CreateProcess runs only .exe and .com files, so a
 * command found through PATHEXT as .cmd or .bat (az.cmd, npm.cmd, every node_modules/.bin shim) has to be
 * started as `cmd.exe /d /s /c "<line>"` with every part of the line escaped for cmd.exe. Pure: the file
 * system is injected, and the caller passes the plan to spawn() with windowsVerbatimArguments.
 *
 * The escaping (https://qntm.org/cmd, as cross-spawn's lib/util/escape.js): each argument is first quoted
 * for the program's own command-line parser (MSVCRT rules: backslashes are literal except before a
 * quote), then every cmd.exe metacharacter, the added quotes included, gets a caret, so cmd.exe sees no
 * quote, pipe, redirection, `&` or `%VAR%` of its own. The carets are doubled for every batch file, not
 * only for node_modules/.bin shims as cross-spawn does: a batch file's lines are parsed again after %1
 * or %* is substituted (az.cmd ends in `python.exe … %*`), and with single carets an argument such as
 * `x" & calc & "` would run calc there (the "BatBadBut" class of bugs). A line break cannot be carried
 * through cmd.exe at all (it ends the command), so such an argument is refused, not mangled.
 */
import { win32 } from 'node:path';
import { findOnPath } from './path.js';

/** cmd.exe's metacharacters, after https://www.robvanderwoude.com/escapechars.php (as cross-spawn). */
const CMD_META = /([()\][%!^"`<>&|;, *?])/g;
const NEEDS_CMD = /\.(bat|cmd)$/i;

export interface WindowsSpawnPlan {
  /** What to pass to spawn() as the file. */
  file: string;
  args: string[];
  /** Pass to spawn(): the line is already quoted, Node must not quote it again. */
  windowsVerbatimArguments: boolean;
  /** The resolved command, for messages. */
  resolved: string;
  viaCmd: boolean;
}

export type WindowsSpawnResult = WindowsSpawnPlan | { error: string };

/** The command (program path) escaped for cmd.exe: carets before metacharacters, no quotes. */
export function escapeCmdCommand(command: string): string {
  return command.replace(CMD_META, '^$1');
}

/**
 * One argument quoted for the program (MSVCRT) and then escaped for cmd.exe; `twice` when the text goes
 * through a second cmd.exe parse (always, for a batch file).
 */
export function escapeCmdArgument(arg: string, twice: boolean): string {
  // Backslashes before a quote are doubled and the quote escaped; backslashes at the end are doubled,
  // because the closing quote added next would otherwise be escaped by them.
  let quoted = arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\*)$/, '$1$1');
  quoted = `"${quoted}"`;
  quoted = quoted.replace(CMD_META, '^$1');
  return twice ? quoted.replace(CMD_META, '^$1') : quoted;
}

/**
 * How to start `command args` on Windows without a shell interpreting anything in them. `isFile` and
 * `env` describe the machine (PATH, PATHEXT, ComSpec).
 */
export function planWindowsSpawn(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  isFile?: (path: string) => boolean,
): WindowsSpawnResult {
  const resolved = findOnPath(command, env, 'win32', isFile);
  // Not found: spawn the name as given, so that the caller reports ENOENT in its usual words.
  if (resolved === undefined || !NEEDS_CMD.test(resolved)) {
    return {
      file: resolved ?? command,
      args: [...args],
      windowsVerbatimArguments: false,
      resolved: resolved ?? command,
      viaCmd: false,
    };
  }
  const broken = args.findIndex((a) => /[\r\n\0]/.test(a));
  if (broken !== -1) {
    return {
      error: `argument ${broken + 1} contains a line break, which cmd.exe cannot pass to ${win32.basename(resolved)} (it would end the command there); put the value in a file or an environment variable instead`,
    };
  }
  const line = [
    escapeCmdCommand(win32.normalize(resolved)),
    ...args.map((a) => escapeCmdArgument(a, true)),
  ].join(' ');
  return {
    file: env.ComSpec ?? env.COMSPEC ?? env.comspec ?? 'cmd.exe',
    // /d: no AutoRun commands from the registry; /s /c "…": strip exactly the outer quotes, run the rest.
    args: ['/d', '/s', '/c', `"${line}"`],
    windowsVerbatimArguments: true,
    resolved,
    viaCmd: true,
  };
}
