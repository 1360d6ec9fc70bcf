/**
 * Spies on PATH for resync tests: a temp directory of small /bin/sh scripts standing in for timedatectl,
 * systemctl, sntp, w32tm, sudo, date and the rest. Each records its name and argv (one line, tab-separated)
 * to a log and then does only what the test scripted: print, exit, sleep. None executes anything real.
 *
 * Use `env()` as the whole environment of the code under test: its PATH is the spy directory alone, so a
 * command without a spy is "not found" rather than the real tool (the real `date -s` must never run).
 * The `sudo` spy runs the rest of its argv only when that command is itself a spy.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Spies {
  dir: string;
  /** Adds a spy; `body` is shell run after recording (test-authored, e.g. `echo '200 OK'`). */
  add(name: string, body?: string): void;
  /** Every recorded call, in order: [name, ...argv]. */
  calls(): string[][];
  env(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  /** A counter file the scripts can use to change answers between calls. */
  counter: string;
  cleanup(): void;
}

export function makeSpies(): Spies {
  const dir = mkdtempSync(join(tmpdir(), 'cp-resync-spies-'));
  const bin = join(dir, 'bin');
  const log = join(dir, 'calls.log');
  const counter = join(dir, 'counter');
  writeFileSync(log, '');
  mkdirSync(bin);
  const add = (name: string, body = 'exit 0') => {
    const file = join(bin, name);
    writeFileSync(
      file,
      [
        '#!/bin/sh',
        `printf '%s' '${name}' >> '${log}'`,
        `for a in "$@"; do printf '\\t%s' "$a" >> '${log}'; done`,
        `printf '\\n' >> '${log}'`,
        body,
        '',
      ].join('\n'),
    );
    chmodSync(file, 0o755);
  };
  return {
    dir,
    counter,
    add,
    calls: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => l.split('\t')),
    env: (extra = {}) => ({ PATH: bin, HOME: dir, LANG: 'C', ...extra }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A sudo spy: records, refuses or runs the rest of argv only when it is a spy in the same directory. */
/**
 * `restricted`: as with a sudoers file that allows only the time commands: `sudo -n true` is refused,
 * `sudo -n -l <spy> …` lists it as allowed, and spies run.
 */
export function sudoSpy(mode: 'works' | 'password' | 'restricted' = 'works'): string {
  if (mode === 'password') {
    return `echo 'sudo: a password is required' >&2; exit 1`;
  }
  return [
    'while [ "$1" = "-n" ]; do shift; done',
    'dir=${0%/*}',
    ...(mode === 'restricted'
      ? [
          `[ "$1" = "true" ] && { echo 'sudo: a password is required' >&2; exit 1; }`,
          'if [ "$1" = "-l" ]; then shift; [ -x "$dir/$1" ] && { echo "$dir/$*"; exit 0; }; exit 1; fi',
        ]
      : []),
    '[ "$1" = "true" ] && exit 0',
    'if [ -x "$dir/$1" ]; then cmd="$1"; shift; exec "$dir/$cmd" "$@"; fi',
    'echo "sudo spy: refusing to run $1 (not a spy)" >&2; exit 99',
  ].join('\n');
}

/** Answers that change with each call: the n-th call (from 1) prints answers[n-1] (the last one repeats). */
export function sequence(counter: string, answers: string[]): string {
  const cases = answers
    .map((a, i) => (i === answers.length - 1 ? `  *) ${a} ;;` : `  ${i + 1}) ${a} ;;`))
    .join('\n');
  return [
    `n=$(/bin/cat '${counter}' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '${counter}'`,
    'case $n in',
    cases,
    'esac',
  ].join('\n');
}
