/**
 * Windows command start-up as pure functions with a described machine: PATHEXT resolution, cmd.exe
 * escaping for .cmd/.bat (checked by undoing it the way cmd.exe and the MSVCRT argument parser do), and
 * what a Ctrl-C does to the child.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findOnPath } from '../../src/platform/path.js';
import {
  escapeCmdArgument,
  planWindowsSpawn,
  type WindowsSpawnPlan,
} from '../../src/platform/windows-command.js';
import { signalPlan } from '../../src/cli/run.js';

const files = (...paths: string[]) => {
  const set = new Set(paths.map((p) => p.toLowerCase()));
  return (p: string) => set.has(p.toLowerCase());
};
const env = {
  Path: 'C:\\Program Files\\Microsoft SDKs\\Azure\\CLI2\\wbin;C:\\Program Files\\nodejs;C:\\Windows\\System32',
  PATHEXT: '.COM;.EXE;.BAT;.CMD;.VBS;.JS',
  ComSpec: 'C:\\Windows\\system32\\cmd.exe',
};
const machine = files(
  'C:\\Program Files\\Microsoft SDKs\\Azure\\CLI2\\wbin\\az.cmd',
  'C:\\Program Files\\nodejs\\npm',
  'C:\\Program Files\\nodejs\\npm.cmd',
  'C:\\Program Files\\nodejs\\node.exe',
  'C:\\Windows\\System32\\w32tm.exe',
  'C:\\Windows\\System32\\tool.bat',
  'C:\\Windows\\System32\\tool.exe',
  'C:\\work\\node_modules\\.bin\\cdk.cmd',
);

/** cmd.exe's caret phase, for a line with no quote of its own (all are escaped): ^X becomes X. */
const uncaret = (s: string) => s.replace(/\^(.)/gs, '$1');

/** CommandLineToArgvW / MSVCRT rules: how the started program splits its command line. */
function msvcrtSplit(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inQuotes = false;
  let any = false;
  for (let i = 0; i < line.length;) {
    const c = line[i]!;
    if (c === '\\') {
      let n = 0;
      while (line[i] === '\\') {
        n++;
        i++;
      }
      if (line[i] === '"') {
        cur += '\\'.repeat(Math.floor(n / 2));
        if (n % 2 === 1) {
          cur += '"';
          i++;
        }
      } else cur += '\\'.repeat(n);
      any = true;
      continue;
    }
    if (c === '"') {
      inQuotes = !inQuotes;
      any = true;
      i++;
      continue;
    }
    if ((c === ' ' || c === '\t') && !inQuotes) {
      if (any) out.push(cur);
      cur = '';
      any = false;
      i++;
      continue;
    }
    cur += c;
    any = true;
    i++;
  }
  if (any) out.push(cur);
  return out;
}

function plan(command: string, args: string[]): WindowsSpawnPlan {
  const p = planWindowsSpawn(command, args, env, machine);
  if ('error' in p) throw new Error(p.error);
  return p;
}

describe('PATHEXT resolution', () => {
  // Windows file names are case-insensitive: the extension comes back as PATHEXT spells it.
  const found = (command: string, e: NodeJS.ProcessEnv = env) =>
    findOnPath(command, e, 'win32', machine)?.toLowerCase();

  it('finds az.cmd for `az`, as cmd.exe would', () => {
    expect(found('az')).toBe('c:\\program files\\microsoft sdks\\azure\\cli2\\wbin\\az.cmd');
  });

  it('never takes an extensionless file: `npm` is npm.cmd, not the shell script beside it', () => {
    expect(found('npm')).toBe('c:\\program files\\nodejs\\npm.cmd');
  });

  it('follows PATHEXT order (.EXE before .BAT) and takes a name with an extension as is', () => {
    expect(found('tool')).toBe('c:\\windows\\system32\\tool.exe');
    expect(found('tool.bat')).toBe('c:\\windows\\system32\\tool.bat');
    expect(found('C:\\Windows\\System32\\w32tm')).toBe('c:\\windows\\system32\\w32tm.exe');
  });

  it('uses the default PATHEXT when the variable is missing, and finds nothing that is not there', () => {
    expect(found('az', { Path: env.Path })).toMatch(/az\.cmd$/);
    expect(found('terraform')).toBeUndefined();
  });
});

/** The arguments as the program started by a batch file's `%*` receives them. */
const throughBatch = (escaped: string) => msvcrtSplit(uncaret(uncaret(escaped)));

describe('starting .cmd and .bat through cmd.exe', () => {
  it('starts an .exe directly, arguments untouched', () => {
    const p = plan('w32tm', ['/resync', '/force']);
    expect(p.file.toLowerCase()).toBe('c:\\windows\\system32\\w32tm.exe');
    expect(p).toMatchObject({ args: ['/resync', '/force'], windowsVerbatimArguments: false, viaCmd: false });
  });

  it('starts az.cmd as `cmd.exe /d /s /c "…"` with the path and each argument escaped', () => {
    const p = plan('az', ['account', 'show']);
    expect(p.file).toBe('C:\\Windows\\system32\\cmd.exe');
    expect(p.windowsVerbatimArguments).toBe(true);
    expect(p.viaCmd).toBe(true);
    expect(p.args).toEqual([
      '/d',
      '/s',
      '/c',
      '"C:\\Program^ Files\\Microsoft^ SDKs\\Azure\\CLI2\\wbin\\az.CMD ^^^"account^^^" ^^^"show^^^""',
    ]);
  });

  it('leaves cmd.exe nothing to interpret in an argument that tries to break out, in either parse', () => {
    const hostile = 'x" & calc.exe & echo "%PATH%';
    expect(escapeCmdArgument(hostile, false)).toBe('^"x\\^"^ ^&^ calc.exe^ ^&^ echo^ \\^"^%PATH^%^"');
    const line = plan('az', [hostile]).args[3]!.slice(1, -1);
    // Every metacharacter cmd.exe acts on is behind a caret, in the /c line and again in the batch file.
    expect(line.replace(/\^./g, '')).not.toMatch(/[&|<>()%!"]/);
    expect(uncaret(line).replace(/\^./g, '')).not.toMatch(/[&|<>()%!"]/);
    expect(throughBatch(escapeCmdArgument(hostile, true))).toEqual([hostile]);
  });

  it('round-trips any arguments through both cmd.exe parses and the program parser', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'binary' }).filter((s) => !/[\r\n\0]/.test(s)),
          { maxLength: 4 },
        ),
        (args) => {
          const escaped = args.map((a) => escapeCmdArgument(a, true)).join(' ');
          expect(escaped.replace(/\^./g, '')).not.toMatch(/[&|<>()%!"^]/);
          expect(uncaret(escaped).replace(/\^./g, '')).not.toMatch(/[&|<>()%!"^]/);
          expect(throughBatch(escaped)).toEqual(args);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses an argument with a line break, which cmd.exe would end the command at', () => {
    const p = planWindowsSpawn('az', ['login', 'a\r\nwhoami'], env, machine);
    expect(p).toEqual({ error: expect.stringContaining('argument 2 contains a line break') });
  });
});

describe('Ctrl-C while a command runs', () => {
  it('on Windows lets the child receive the console event instead of a hard kill', () => {
    const win = Object.fromEntries(signalPlan('win32'));
    expect(win.SIGINT).toBe('child-receives-it');
    expect(win.SIGBREAK).toBe('child-receives-it');
  });

  it('on POSIX forwards INT, TERM and HUP', () => {
    expect(signalPlan('linux')).toEqual([
      ['SIGINT', 'forward'],
      ['SIGTERM', 'forward'],
      ['SIGHUP', 'forward'],
    ]);
  });
});
