/** `explain` and `run` on the built CLI, measuring against a real chronyd, the runner skewed by libfaketime. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, runNode } from '../support/bundle.js';

let chronyd: Chronyd;
beforeAll(async () => {
  chronyd = await startChronyd({ port: 11171 });
});
afterAll(async () => {
  await chronyd?.stop();
});

const flags = ['--aws', 'off', '--nts-servers', 'none', '--ntp-servers', '127.0.0.1:11171'];
const EXPIRED =
  'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: Signature expired: 20260627T140000Z is now earlier than 20260627T141500Z (20260627T143000Z - 15 min.)';

describe('clock-preflight explain (bundle)', () => {
  it('blames the clock when it is wrong now', async () => {
    const r = await runNode(CLI, ['explain', ...flags, '--json', EXPIRED], { faketime: '-30m' });
    const j = JSON.parse(r.stdout) as {
      recognized: boolean;
      kind: string;
      impliedOffsetMs: number;
      diagnosis: { cause: string };
    };
    expect(r.code).toBe(0);
    expect(j).toMatchObject({
      recognized: true,
      kind: 'aws-sigv4-signature-expired',
      impliedOffsetMs: 1_800_000,
    });
    expect(j.diagnosis.cause).toBe('clock-wrong-now');
  });

  it('says the request waited when the clock is right now, reading the text from stdin', async () => {
    const r = await runNode(CLI, ['explain', ...flags, '-'], { input: `aws: error\n${EXPIRED}\n` });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/The clock is right/);
    expect(r.stdout).toMatch(/maxSockets/);
  });

  it('refuses an empty error text as bad input (an unset variable), instead of "nothing found"', async () => {
    const r = await runNode(CLI, ['explain', ...flags, '']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid explain: the error text is empty; give it as an argument, or '-'/);
    expect(r.stdout).toBe('');
  });

  it('refuses a flag for what explain and run never do, instead of ignoring it', async () => {
    // Found by an adversarial sweep: `explain --metrics-file F` and `run --resync true -- …` were accepted
    // and did nothing, so a user would believe the metrics were written or the clock resynced.
    for (const [command, flag, value, tail] of [
      ['explain', '--metrics-file', join(tmpdir(), 'cp-explain-never-written', 'clock.prom'), [EXPIRED]],
      ['explain', '--pushgateway', 'http://127.0.0.1:9', [EXPIRED]],
      ['run', '--resync', 'true', ['--', 'true']],
      ['run', '--resync-method', 'set-clock', ['--', 'true']],
    ] as const) {
      const r = await runNode(CLI, [command, ...flags, flag, value, ...tail]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(`invalid ${flag}: ${command} writes no metrics and resyncs nothing`),
      );
      expect(r.stdout).toBe('');
    }
  });

  it('says plainly when it recognises nothing', async () => {
    const r = await runNode(CLI, ['explain', ...flags, '--json', 'segmentation fault']);
    expect(JSON.parse(r.stdout)).toMatchObject({ recognized: false });
    expect(r.code).toBe(0);
  });
});

describe('clock-preflight run (bundle)', () => {
  it('passes output through, keeps the exit code, and explains a time error after it', async () => {
    const script = `echo building; echo "${EXPIRED}" >&2; exit 254`;
    const r = await runNode(CLI, ['run', ...flags, '--', 'sh', '-c', script], { faketime: '-30m' });
    expect(r.code).toBe(254);
    expect(r.stdout).toBe('building\n');
    expect(r.stderr.startsWith(`${EXPIRED}\n`)).toBe(true);
    expect(r.stderr).toMatch(/Runner clock|clock is wrong|behind/);
  });

  it('adds nothing to a command that fails for another reason, or succeeds', async () => {
    const failed = await runNode(CLI, ['run', ...flags, '--', 'sh', '-c', 'echo nope >&2; exit 3']);
    expect(failed).toMatchObject({ code: 3, stdout: '', stderr: 'nope\n' });
    const ok = await runNode(CLI, ['run', ...flags, '--', 'echo', 'hello']);
    expect(ok).toMatchObject({ code: 0, stdout: 'hello\n', stderr: '' });
  });
});
