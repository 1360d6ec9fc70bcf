/**
 * An error after the verdict is a warning, and the exit code is the verdict's. The built CLI in its own
 * process; the late error is a real one: the reader of its stdout is gone (a pipe closed early,
 * `clock-preflight check | head -c0`), so writing the report fails with EPIPE, after the verdict was chosen.
 * The report is cut short, and nothing else: the metrics after it are still delivered.
 * NTP servers on loopback; the runner's clock skewed by libfaketime for the failing verdict.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../support/bundle.js';
import { runAction } from '../support/action-runner.js';
import { startSkewedNtp, type SkewedNtp } from '../support/skewed-ntp.js';
import { PROCESS_MARGIN_MS } from '../support/tolerance.js';

const NTP_PORTS = [21800, 21801, 21802];
const TIMEOUT_MS = 5000;
let dir: string;
let ntp: SkewedNtp;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cp-late-error-'));
  const skewFile = join(dir, 'skew');
  writeFileSync(skewFile, '0\n');
  ntp = await startSkewedNtp(NTP_PORTS, skewFile);
});

afterAll(async () => {
  await ntp?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Closed {
  code: number | null;
  stderr: string;
  elapsedMs: number;
}

/** The CLI with its stdout's reader closed before it writes a byte. */
function withStdoutClosed(args: string[], faketime?: string): Promise<Closed> {
  const inner = [process.execPath, CLI, ...args];
  const [command, ...argv] = (faketime ? ['faketime', '-f', faketime, ...inner] : inner) as [
    string,
    ...string[],
  ];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, {
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.destroy();
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const killer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS + PROCESS_MARGIN_MS * 2);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stderr, elapsedMs: performance.now() - started });
    });
  });
}

const servers = NTP_PORTS.map((p) => `127.0.0.1:${p}`).join(',');
const flags = (...more: string[]) => [
  '--aws',
  'off',
  '--nts-servers',
  'none',
  '--https-servers',
  'none',
  '--ntp-servers',
  servers,
  '--timeout',
  `${TIMEOUT_MS / 1000}s`,
  ...more,
];

describe('an error after the verdict', () => {
  it.each([
    ['text', []],
    ['JSON', ['--json']],
  ])(
    'check passes with its %s report unwritable: a warning, exit 0 (the verdict), within the deadline',
    async (_name, more) => {
      const r = await withStdoutClosed(['check', ...flags(...more)]);
      expect(r.stderr).toMatch(
        /^clock-preflight: warning: the output was closed by its reader \(EPIPE\), so the report was cut short; .* The verdict stands: exit 0\.$/m,
      );
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(r.code).toBe(0);
      expect(r.elapsedMs).toBeLessThan(TIMEOUT_MS + PROCESS_MARGIN_MS);
    },
  );

  it("a failing check keeps its exit 1 (the verdict's, not a constant)", async () => {
    const r = await withStdoutClosed(['check', ...flags()], '-7m');
    expect(r.stderr).toMatch(/warning: the output was closed by its reader .*The verdict stands: exit 1\./);
    expect(r.code).toBe(1);
  });

  it('the metrics file is still written when the report could not be', async () => {
    // Regression: the closed output ended the process at the report, before the metrics were delivered.
    const file = join(dir, 'closed-output.prom');
    const r = await withStdoutClosed(['check', ...flags('--metrics-file', file)], '-7m');
    expect(r.code).toBe(1);
    // Positive: the runner is behind (by the 7 minutes faketime took off its clock).
    expect(readFileSync(file, 'utf8')).toMatch(
      /^clock_preflight_offset_seconds(\{[^}]*\})? 4[12]\d(\.\d+)?$/m,
    );
  });

  it('wait within bounds keeps its exit 0 when its final JSON cannot be written', async () => {
    const r = await withStdoutClosed(['wait', ...flags('--json', '--resync', 'false')]);
    // The journal lines went to stderr; only the JSON was for the closed stdout.
    expect(r.stderr).toMatch(/attempt 1: runner clock is .* within bounds; done, exit 0/);
    expect(r.stderr).toMatch(/warning: the output was closed by its reader .*The verdict stands: exit 0\./);
    expect(r.code).toBe(0);
  });

  it('before the verdict a closed output is no internal error either: wait goes on to its own exit 0', async () => {
    // wait's first line goes to stdout (text mode) before anything is measured. Found by an adversarial
    // sweep: this was "internal error (uncaught exception): write EPIPE … the metrics after it", exit 1.
    const r = await withStdoutClosed(['wait', ...flags('--resync', 'false')]);
    expect(r.stderr).toBe(
      "clock-preflight: warning: the output was closed by its reader (EPIPE), so what was left to print is dropped; the exit code is the command's as documented.\n",
    );
    expect(r.code).toBe(0);
  });
});

describe('an error after the verdict in the action', () => {
  // The read end of stdout's pipe closed before node starts (perl is in every Debian and macOS base).
  const closedStdout = [
    'perl',
    '-e',
    'pipe(R, W) or die; close R; open(STDOUT, ">&", \\*W) or die; exec @ARGV',
  ];
  const inputs = { 'ntp-servers': servers, aws: 'off', 'nts-servers': 'none', 'https-servers': 'none' };

  it.each([
    ['+0', 0, 'ok'],
    ['-7m', 1, 'fail'],
  ])(
    "a runner %s: the workflow commands cannot be written, and the step still ends with the verdict's code %d",
    async (skew, code, status) => {
      const r = await runAction(inputs, { wrapper: closedStdout, faketime: skew });
      // The outputs file was written before the annotations failed: it holds the verdict.
      expect(r.outputs.status).toBe(status);
      expect(r.code).toBe(code);
    },
  );
});
