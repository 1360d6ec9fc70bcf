/**
 * What a path names when that is not a plain file: a named pipe, a socket or a device blocks or never ends
 * when opened and read (a FIFO nobody writes holds the open for ever, /dev/zero never ends), and a
 * directory cannot be written as a file. /dev/null is the one device that does neither.
 */
import { realpathSync, statSync, type Stats } from 'node:fs';

/** "a named pipe (FIFO)", "a directory", …; undefined for a plain file, /dev/null, or nothing there. */
export function specialFileKind(path: string): string | undefined {
  let info: Stats;
  try {
    // Followed: a link to a plain file is that file.
    info = statSync(path);
  } catch {
    // Missing or unreachable: the caller's own open says so in its words.
    return undefined;
  }
  if (info.isFile() || isDevNull(path)) return undefined;
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isDirectory()) return 'a directory';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'a special file';
}

function isDevNull(path: string): boolean {
  try {
    return realpathSync(path) === '/dev/null';
  } catch {
    return false;
  }
}
