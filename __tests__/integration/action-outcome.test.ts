/**
 * The action's outcome end to end on the built bundle: runner files that cannot be written do not change
 * the verdict, and a hostile STS endpoint's words reach the log, the summary and the outputs as data,
 * capped. Real chronyd and a real HTTP server on loopback; the bundle run as the runner runs it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { runAction } from '../support/action-runner.js';
import { makeFifos } from '../support/fifo.js';

const SERVERS = ['127.0.0.1:17001', '127.0.0.1:17002', '127.0.0.1:17003'];
const HOSTILE_PORT = 17010;
const inputs = { 'ntp-servers': SERVERS.join('\n'), aws: 'off', 'nts-servers': 'none' };
/** A path whose directory does not exist: the runner's file commands cannot write there. */
const NOWHERE = '/nonexistent-clock-preflight-test-dir/file';

let chronyds: Chronyd[] = [];
let hostile: Server;
/** What the hostile endpoint puts in its error message (set per test). */
let message = '';

beforeAll(async () => {
  chronyds = await Promise.all(SERVERS.map((s) => startChronyd({ port: Number(s.split(':')[1]) })));
  // An "STS endpoint" that rejects every signed call with a message of its choosing, and answers the
  // Date check with a redirect carrying a correct Date.
  hostile = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const date = new Date().toUTCString();
      if (req.method !== 'POST') {
        res.writeHead(302, { date, location: '/' }).end();
        return;
      }
      const xml = message.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      res.writeHead(403, { date, 'content-type': 'text/xml' });
      res.end(
        `<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>${xml}</Message></Error><RequestId>1</RequestId></ErrorResponse>`,
      );
    });
  });
  await new Promise<void>((resolve) => hostile.listen(HOSTILE_PORT, '127.0.0.1', resolve));
});
afterAll(async () => {
  await Promise.all(chronyds.map((c) => c.stop()));
  await new Promise((resolve) => hostile?.close(resolve));
});

function noStackTrace(text: string) {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
}

describe('runner files that cannot be written', () => {
  it.each([
    ['GITHUB_STEP_SUMMARY', 'the job summary'],
    ['GITHUB_STATE', 'GITHUB_STATE'],
  ])(
    'a healthy clock still passes when %s cannot be written, and the log says what was not written',
    async (variable, what) => {
      const r = await runAction(inputs, { env: { [variable]: NOWHERE } });
      noStackTrace(r.stdout + r.stderr);
      expect(r.code).toBe(0);
      expect(r.outputs.status).toBe('ok');
      const warnings = r.commands.filter((c) => c.command === 'warning');
      expect(warnings.some((w) => w.message.includes(what) && w.message.includes('could not write'))).toBe(
        true,
      );
      // @actions/core's own sentence ends in a period: it is not doubled before the next one.
      for (const w of warnings) expect(w.message).not.toContain('..');
      expect(r.commands.filter((c) => c.command === 'error')).toEqual([]);
    },
  );

  it('a clock 7 minutes behind still fails, with its error annotation, when no runner file can be written', async () => {
    const r = await runAction(inputs, {
      faketime: '-7m',
      env: { GITHUB_STEP_SUMMARY: NOWHERE, GITHUB_STATE: NOWHERE, GITHUB_OUTPUT: NOWHERE },
    });
    noStackTrace(r.stdout + r.stderr);
    expect(r.code).toBe(1);
    const errors = r.commands.filter((c) => c.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.properties).toMatch(/^title=Runner clock is \d+ m \d+ s behind/);
    const warnings = r.commands.filter((c) => c.command === 'warning').map((w) => w.message);
    for (const what of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE']) {
      expect(warnings.some((w) => w.includes(what))).toBe(true);
    }
    expect(warnings.join('\n')).toMatch(/The verdict stands: status fail/);
  });
});

describe('runner files that are named pipes nobody reads', () => {
  const VARIABLES = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE'] as const;
  const fifos = makeFifos(VARIABLES);
  afterAll(() => fifos.remove());
  /** Far past the run's own bound: @actions/core opening a pipe blocking would hang until the kill. */
  const KILL_AFTER_MS = 20_000;

  it.each(VARIABLES)(
    'a healthy clock still passes at once when %s is a named pipe, with one warning saying what it is',
    async (variable) => {
      const r = await runAction(inputs, {
        env: { [variable]: fifos.paths[variable] },
        timeoutMs: KILL_AFTER_MS,
      });
      noStackTrace(r.stdout + r.stderr);
      expect(r.code).toBe(0);
      expect(r.elapsedMs).toBeLessThan(KILL_AFTER_MS / 2);
      const said = r.commands.filter(
        (c) => c.command === 'warning' && c.message.includes(`${variable} names`),
      );
      expect(said).toHaveLength(1);
      expect(said[0]!.message).toMatch(/a named pipe \(FIFO\), not a plain file: it was left alone/);
      expect(r.commands.filter((c) => c.command === 'error')).toEqual([]);
      // The other runner files are written as always.
      if (variable !== 'GITHUB_OUTPUT') expect(r.outputs.status).toBe('ok');
      if (variable !== 'GITHUB_STEP_SUMMARY') expect(r.summary).toMatch(/^### ✅ /);
    },
  );

  it('a clock 7 minutes behind still fails, with its error annotation, when all three are named pipes', async () => {
    const r = await runAction(inputs, { faketime: '-7m', env: fifos.paths, timeoutMs: KILL_AFTER_MS });
    noStackTrace(r.stdout + r.stderr);
    expect(r.code).toBe(1);
    expect(r.elapsedMs).toBeLessThan(KILL_AFTER_MS / 2);
    const errors = r.commands.filter((c) => c.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.properties).toMatch(/^title=Runner clock is \d+ m \d+ s behind/);
    const warnings = r.commands.filter((c) => c.command === 'warning').map((w) => w.message);
    for (const variable of VARIABLES)
      expect(warnings.filter((w) => w.includes(`${variable} names`))).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(/The verdict stands: status fail, the step fails\./);
  });
});

describe('a hostile STS endpoint (aws: sts)', () => {
  const awsEnv = {
    AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${HOSTILE_PORT}`,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
  };

  it('its words are data: no workflow command, no HTML or Markdown, a 40 KB message capped everywhere', async () => {
    message =
      'bad\n::set-output name=status::ok\n  ::add-mask::x\n::stop-commands::t\n##[warning]inline ##[error]x ' +
      '<img src=x onerror=alert(1)> [link](https://evil.example) | a | b |\n# heading ' +
      // Under the 64 KB cap on what is read of an STS answer (a larger body is refused unread, see
      // robust-hangs.test.ts), so that these words do reach every output and must be capped there.
      'A'.repeat(40 * 1024);
    // AWS alone, so that the run waits for the signed call's answer rather than stopping once NTP agrees.
    const r = await runAction({ ...inputs, 'ntp-servers': 'none', aws: 'sts' }, { env: awsEnv });
    noStackTrace(r.stdout + r.stderr);
    // The verdict: the required check failed for credentials; status, exit code and summary mark agree.
    expect(r.code).toBe(1);
    expect(r.outputs.status).toBe('fail');
    expect(r.summary).toMatch(/^### ❌ /);
    // Every workflow command on stdout is one of ours, and nothing uses the legacy form.
    for (const line of r.stdout.split(/\r?\n/)) {
      if (line.trim().startsWith('::')) expect(line).toMatch(/^::(error|warning|notice|debug)[ :]/);
    }
    expect(r.stdout).not.toContain('##[');
    expect(r.commands.filter((c) => c.command === 'error')).toHaveLength(1);
    // The summary shows the words, it does not render them.
    expect(r.summary).not.toMatch(/<img|\]\(https|\n#+ heading|\n\|\s*a\s*\|/);
    expect(r.summary).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    // Caps: the summary far under GitHub's 1 MiB, the annotation and the outputs a few KB.
    expect(r.summary.length).toBeLessThan(300 * 1024);
    expect(r.stdout.length).toBeLessThan(100 * 1024);
    expect(r.summary).not.toMatch(/A{8193}/);
    expect(r.stdout).not.toMatch(/A{8193}/);
    expect(r.outputs.sources!.length).toBeLessThan(64 * 1024);
    expect(() => JSON.parse(r.outputs.sources!) as unknown).not.toThrow();
  });
});
