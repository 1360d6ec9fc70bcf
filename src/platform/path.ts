/** Finding a command on PATH as the OS would (PATHEXT on Windows), without running anything. */
import { existsSync, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';

function isFileOnDisk(p: string): boolean {
  try {
    return existsSync(p) && statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The extensions PATH lookup tries for `command`, in order. */
export function pathExtensions(command: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform !== 'win32') return [''];
  const exts = (env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD')
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean);
  // As cmd.exe: a name without an extension is never run as is. Node's Windows installer puts an
  // extensionless `npm` shell script next to npm.cmd; taking it would fail to start.
  return win32.extname(command) === '' ? exts : ['', ...exts];
}

/**
 * Where `command` would be found on PATH (with PATHEXT on Windows); undefined when nowhere. The current
 * directory is never searched (cmd.exe does that first; it lets a file planted in a checkout run).
 * `isFile` is injectable so that tests can describe a Windows machine on Linux.
 */
export function findOnPath(
  command: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  isFile: (path: string) => boolean = isFileOnDisk,
): string | undefined {
  const path = platform === 'win32' ? win32 : posix;
  const exts = pathExtensions(command, env, platform);
  const hasDir = platform === 'win32' ? /[\\/]/.test(command) : command.includes('/');
  if (path.isAbsolute(command) || hasDir) {
    return exts.map((e) => command + e).find(isFile);
  }
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = path.join(dir.replace(/^"(.*)"$/, '$1'), command + ext);
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
}
