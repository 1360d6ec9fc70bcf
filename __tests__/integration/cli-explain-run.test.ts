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

/** An expired signature with an OSC title, a BEL, a right-to-left override and a C1 CSI inside. */
const HOSTILE_EXPIRED =
  'Signature expired: 20240101T000000Z \u001b]0;HACKED\u0007\u202e\u009b is now earlier than 20240101T000100Z (20240101T000600Z - 5 min.)';
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

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

  it("reads the words after '--' as text too, and refuses words after '-'", async () => {
    // `explain Signature -- expired: …` explained only the words before '--'.
    const [head, ...tail] = EXPIRED.split(' ');
    const split = await runNode(CLI, ['explain', ...flags, head!, '--', ...tail]);
    expect(split.code).toBe(0);
    expect(split.stdout).not.toMatch(/No time error this tool knows was found/);
    const both = await runNode(CLI, ['explain', ...flags, '-', 'extra'], { input: `${EXPIRED}\n` });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(
      /invalid explain: '-' reads the error text from standard input, and 'extra' follows it/,
    );
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

  it('shows the controls and direction overrides of the text as U+FFFD, in text and JSON', async () => {
    // Found by an adversarial sweep: the Evidence line carried a log's escape sequences to the terminal
    // raw (retitle the window, clear the screen) and its bidi overrides.
    const hostile = HOSTILE_EXPIRED;
    const text = await runNode(CLI, ['explain', ...flags, '-'], { input: `${hostile}\n` });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /Evidence: Signature expired: 20240101T000000Z \ufffd\]0;HACKED\ufffd{3} is now/,
    );
    expect(text.stdout).not.toMatch(CONTROLS);
    const json = await runNode(CLI, ['explain', ...flags, '--json', hostile]);
    expect(json.stdout).not.toMatch(CONTROLS);
    expect((JSON.parse(json.stdout) as { recognized: boolean }).recognized).toBe(true);
  });

  it("refuses --post-check in every command (the action's post step), and --help does not offer it", async () => {
    // Found by an adversarial sweep: every command accepted it and did nothing; --help listed it.
    for (const [command, tail] of [
      ['check', []],
      ['resync', []],
      ['wait', []],
      ['explain', [EXPIRED]],
      ['run', ['--', 'true']],
    ] as const) {
      const r = await runNode(CLI, [command, ...flags, '--post-check=true', ...tail]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        "clock-preflight: invalid --post-check: it is the GitHub Action's post step (measure again at the end of the job); the CLI has no post step, so no command uses it; drop it\n",
      );
      expect(r.stdout).toBe('');
    }
    const help = await runNode(CLI, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--on-unreachable=VALUE/);
    expect(help.stdout).not.toMatch(/post-check/);
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

  it("quotes the command's time error without its controls, and passes the command's own bytes on as they are", async () => {
    const script = `printf '%s\\n' "$0" >&2; exit 3`;
    const r = await runNode(CLI, ['run', ...flags, '--', 'sh', '-c', script, HOSTILE_EXPIRED]);
    expect(r.code).toBe(3);
    expect(r.stderr.startsWith(`${HOSTILE_EXPIRED}\n`)).toBe(true);
    const ours = r.stderr.slice(HOSTILE_EXPIRED.length + 1);
    expect(ours).toMatch(/Evidence: Signature expired: 20240101T000000Z \ufffd\]0;HACKED/);
    expect(ours).not.toMatch(CONTROLS);
  });

  it('--json: the record is a line of its own, after a last line with or without its line feed', async () => {
    // Found by an adversarial sweep: after `printf "…" >&2` the JSON was glued onto the command's line.
    for (const end of ['', '\\n']) {
      const script = `printf '%s${end}' "$0" >&2; exit 3`;
      const r = await runNode(CLI, ['run', ...flags, '--json', '--', 'sh', '-c', script, EXPIRED]);
      expect(r.code).toBe(3);
      const [line, record, ...more] = r.stderr.split('\n');
      expect(line).toBe(EXPIRED);
      expect(JSON.parse(record!)).toMatchObject({ command: 'sh', exitCode: 3, recognized: true });
      expect(more).toEqual(['']);
    }
  });

  it('adds nothing to a command that fails for another reason, or succeeds', async () => {
    const failed = await runNode(CLI, ['run', ...flags, '--', 'sh', '-c', 'echo nope >&2; exit 3']);
    expect(failed).toMatchObject({ code: 3, stdout: '', stderr: 'nope\n' });
    const ok = await runNode(CLI, ['run', ...flags, '--', 'echo', 'hello']);
    expect(ok).toMatchObject({ code: 0, stdout: 'hello\n', stderr: '' });
  });
});
