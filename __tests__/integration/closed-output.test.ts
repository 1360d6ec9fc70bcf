/**
 * The built CLI when the reader of its stdout or stderr goes away (`run -- CMD | head -c1`, `explain … |
 * head -0`, `--help | true`). A closed output is not our bug: no "internal error", the documented exit
 * code (the wrapped command's own, explain's 0), at most one line that says so; and `run` still waits for
 * its command, whose next write fails as in a shell pipeline. Real pipes whose reading end the test
 * closes, at the start or after the first chunk. Nothing answers on the NTP port named (loopback 22201):
 * these commands measure only after a time error, and then say the clock could not be measured.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../support/bundle.js';

const flags = [
  '--ntp-servers',
  '127.0.0.1:22201',
  '--nts-servers',
  'none',
  '--https-servers',
  'none',
  '--aws',
  'off',
  '--timeout',
  '1s',
];
const EXPIRED =
  'Signature expired: 20240101T000000Z is now earlier than 20240101T000100Z (20240101T000600Z - 5 min.)';
const RUN_NOTE =
  "clock-preflight: warning: the output was closed by its reader (EPIPE), so the command's output is no longer passed on (its next write to it fails, as in a shell pipeline); its exit code is still returned.\n";
const NOTE =
  "clock-preflight: warning: the output was closed by its reader (EPIPE), so what was left to print is dropped; the exit code is the command's as documented.\n";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-closed-output-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The CLI with the reading end of its `close` stream destroyed: at once (`first: false`), or once its first
 * bytes have arrived, then `afterClose()`.
 */
function withClosed(
  args: string[],
  close: 'stdout' | 'stderr',
  { first = false, afterClose = () => {} }: { first?: boolean; afterClose?: () => void } = {},
): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const got = { stdout: '', stderr: '' };
    const shut = () => {
      child[close].destroy();
      afterClose();
    };
    for (const stream of ['stdout', 'stderr'] as const) {
      child[stream].on('data', (d: Buffer) => {
        got[stream] += d.toString();
        if (stream === close && first) shut();
      });
    }
    if (!first) shut();
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, ...got });
    });
  });
}

describe('run with its output closed by the reader', () => {
  it('waits for the command and exits with its code (7), which ran on to its end', async () => {
    // Found by an adversarial sweep: the wrapper ended at once with "internal error … write EPIPE", exit 1,
    // and the command ran on orphaned, its exit code lost.
    const flag = join(dir, 'stdout-closed');
    const marker = join(dir, 'command-finished');
    const command = `const fs = require('fs');
      process.stdout.write('a\\n');
      const poll = setInterval(() => {
        if (!fs.existsSync(process.argv[1])) return;
        clearInterval(poll);
        process.stdout.write('b\\n');
        setTimeout(() => { fs.writeFileSync(process.argv[2], ''); process.exit(7); }, 2000);
      }, 20);`;
    const r = await withClosed(
      ['run', ...flags, '--', process.execPath, '-e', command, flag, marker],
      'stdout',
      { first: true, afterClose: () => writeFileSync(flag, '') },
    );
    expect(r.code).toBe(7);
    expect(existsSync(marker)).toBe(true);
    expect(r.stdout).toBe('a\n');
    expect(r.stderr).toBe(RUN_NOTE);
  });

  it('closes the command stdout on its side: a command that goes on writing dies of SIGPIPE (141)', async () => {
    const r = await withClosed(
      ['run', ...flags, '--', 'sh', '-c', 'while :; do echo out; sleep 0.05; done'],
      'stdout',
      { first: true },
    );
    expect(r.code).toBe(141);
    expect(r.stderr).toBe(RUN_NOTE);
  });

  it('the same for a closed stderr that the command writes to (nowhere to say it)', async () => {
    const r = await withClosed(
      ['run', ...flags, '--', 'sh', '-c', 'while :; do echo err >&2; sleep 0.05; done'],
      'stderr',
      { first: true },
    );
    expect(r.code).toBe(141);
    expect(r.stdout).toBe('');
  });

  it('still explains a time error on stderr, and keeps the command code', async () => {
    const r = await withClosed(['run', ...flags, '--', 'sh', '-c', `echo '${EXPIRED}'; exit 4`], 'stdout');
    expect(r.code).toBe(4);
    expect(r.stderr.startsWith(RUN_NOTE)).toBe(true);
    expect(r.stderr).toMatch(/sh failed \(exit 4\) with a time error in its output/);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});

describe('explain, --help and --version with stdout closed', () => {
  it.each([
    ['explain of a time error', ['explain', ...flags, EXPIRED]],
    ['explain of other text', ['explain', ...flags, 'hello']],
    ['--help', ['--help']],
    ['--version', ['--version']],
  ])('%s: exit 0, as documented, and one line that says why nothing was printed', async (_name, args) => {
    // Found by an adversarial sweep: "internal error (uncaught exception): write EPIPE", exit 1.
    const r = await withClosed(args, 'stdout');
    expect(r.stderr).toBe(NOTE);
    expect(r.code).toBe(0);
  });
});

describe('bad input with stderr closed', () => {
  it('is still exit 2, not an internal error (1)', async () => {
    const r = await withClosed(['check', '--bogus'], 'stderr');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
