/**
 * End to end on the BUILT bundles: every source talks to a hostile server on loopback (support/hostile.ts)
 * whose replies carry workflow commands, `##[` log markers, HTML and Markdown; the action (with real
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files) and the CLI (GITHUB_ACTIONS=true) must keep all of it
 * as data:
 *
 * - no line of stdout starts with a workflow command from outside (the program's own do start with `::`);
 * - `##[` appears nowhere in what the program writes to stdout, stderr or the summary;
 * - the job summary holds no raw HTML or Markdown link from outside;
 * - the outputs are only the declared ones, with the program's own values.
 *
 * Ports 15540–15559.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionYmlOutputs, runAction } from '../support/action-runner.js';
import { awsOnly, CLI, runNode } from '../support/bundle.js';
import {
  certificateWithCn,
  CN_PAYLOAD,
  HOSTILE_STS_ANSWERS,
  INLINE_PAYLOAD,
  startHostileNtsKe,
  startHostileProxy,
  type RawServer,
} from '../support/hostile.js';
import { startStsStandin, TEST_USER, type Standin } from '../support/sts-standin.js';

/** The lines of the payload that would be workflow commands if they started a line of stdout. */
const INJECTED_COMMANDS = ['::set-output', '::add-mask::pwned', '::warning::pwned'];

let dir: string;
let caFile: string;
let sts: Standin;
const servers: RawServer[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cp-hostile-out-'));
  // One trusted CA file for both NTS-KE servers: a certificate whose CN is the payload (expired, not
  // for the name asked, so that the CN is quoted), and a good one whose Server record is the payload.
  const cnCert = certificateWithCn(CN_PAYLOAD, { subjectAltName: false, faketimeSpec: '-10d', days: 2 });
  const goodCert = certificateWithCn('localhost');
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, `${cnCert.cert}\n${goodCert.cert}`);
  servers.push(await startHostileNtsKe(15540, cnCert, 'localhost'));
  servers.push(await startHostileNtsKe(15541, goodCert));
  servers.push(await startHostileProxy(15542));
  // STS: the Date check's HEAD gets a Date that is no date and headers with the payload; the signed call
  // gets an AWS-shaped time rejection whose message is the payload.
  sts = await startStsStandin({
    port: 15543,
    signedAnswer: HOSTILE_STS_ANSWERS.injectedTimeRejection,
    dateAnswer: () => ({
      status: 200,
      headers: { Date: `${INLINE_PAYLOAD} GMT`, Server: INLINE_PAYLOAD, 'X-Cache': `Hit ${INLINE_PAYLOAD}` },
    }),
  });
});
afterAll(async () => {
  await Promise.all([...servers.map((s) => s.stop()), sts?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

function awsEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    AWS_ENDPOINT_URL_STS: sts.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: TEST_USER.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_USER.secretAccessKey,
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    NODE_EXTRA_CA_CERTS: caFile,
    ...extra,
  };
}

function expectNoInjectedCommand(stdout: string): void {
  for (const line of stdout.split(/\r?\n/)) {
    for (const command of INJECTED_COMMANDS) expect(line.startsWith(command)).toBe(false);
  }
}

function expectNoLogMarker(...texts: string[]): void {
  for (const text of texts) expect(text).not.toContain('##[');
}

const NTS = 'localhost:15540,127.0.0.1:15541';

describe('hostile servers cannot write into the action or the CLI', () => {
  it('the action: stdout, summary and outputs carry nothing that acts', async () => {
    const r = await runAction(
      { 'ntp-servers': 'none', 'nts-servers': NTS, aws: 'sts', timeout: '6s', 'post-check': 'false' },
      { env: awsEnv() },
    );
    // The hostile words did reach the program (otherwise this proves nothing).
    expect(r.outputs.sources).toMatch(/set-output/);
    expectNoInjectedCommand(r.stdout);
    expectNoLogMarker(r.stdout, r.stderr, r.summary);
    // Outputs are data for later steps, not log lines: the sources JSON quotes servers' words as JSON
    // strings (one line each); only the declared outputs exist, each with a value of the program's own.
    expect(r.summary).not.toMatch(/<img/i);
    expect(r.summary).not.toContain('[click](https://evil.example/)');
    expect(Object.keys(r.outputs).every((k) => actionYmlOutputs().includes(k))).toBe(true);
    expect(['ok', 'warn', 'fail', 'unknown']).toContain(r.outputs.status);
    expect(r.outputs['offset-ms']).toMatch(/^(-?\d+(\.\d+)?)?$/);
    expect(r.outputs['uncertainty-ms']).toMatch(/^(\d+(\.\d+)?)?$/);
    expect(['true', 'false']).toContain(r.outputs.resynced);
    expect(() => JSON.parse(r.outputs.sources!) as unknown).not.toThrow();
  });

  it('the CLI with GITHUB_ACTIONS=true: stdout and stderr carry nothing that acts', async () => {
    const r = await runNode(
      CLI,
      // No https servers: inside Actions GitHub's API would join (a lookup of api.github.com, off loopback).
      [
        'check',
        '--ntp-servers',
        'none',
        '--nts-servers',
        NTS,
        '--https-servers',
        'none',
        '--aws',
        'sts',
        '--timeout',
        '6s',
      ],
      { env: awsEnv({ GITHUB_ACTIONS: 'true' }) },
    );
    expect(r.stdout).toMatch(/set-output/);
    expectNoInjectedCommand(r.stdout);
    expectNoInjectedCommand(r.stderr);
    expectNoLogMarker(r.stdout, r.stderr);
  });

  it('the CLI without GITHUB_ACTIONS (a plain docker run in a step): nothing that acts either', async () => {
    // The runner reads the output of anything a step runs, and a container does not see GITHUB_ACTIONS:
    // the door used to open only where that variable was set. Text output, as a person (or a log) reads it.
    const r = await runNode(
      CLI,
      ['check', '--ntp-servers', 'none', '--nts-servers', NTS, '--aws', 'sts', '--timeout', '6s'],
      { env: awsEnv({ COLUMNS: '80' }) },
    );
    expect(r.stdout).toMatch(/set-output/);
    expectNoInjectedCommand(r.stdout.replace(/^[ \t]+/gm, ''));
    expectNoInjectedCommand(r.stderr);
    expectNoLogMarker(r.stdout, r.stderr);
  });

  it('the CLI through a proxy whose status line is the payload', async () => {
    const r = await runNode(CLI, ['check', ...awsOnly('https'), '--timeout', '4s'], {
      env: awsEnv({
        GITHUB_ACTIONS: 'true',
        AWS_ENDPOINT_URL_STS: 'https://sts.us-east-1.amazonaws.com',
        HTTPS_PROXY: 'http://127.0.0.1:15542',
      }),
    });
    expect(r.stdout).toMatch(/407/);
    expectNoInjectedCommand(r.stdout);
    expectNoLogMarker(r.stdout, r.stderr);
  });
});
