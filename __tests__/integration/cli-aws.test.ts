/**
 * AWS as a time reference, end to end on the built bundle: the STS stand-in on loopback (full SigV4
 * verification, AWS's own error texts, a Date header on every response), the runner skewed by libfaketime.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EVENT_LOOP_MARGIN_MS, expectTruthWithin, REPORT_ROUNDING_MS } from '../support/tolerance.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selfSignedCertificate, startStsStandin, TEST_USER, type Standin } from '../support/sts-standin.js';
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js';
import { awsOnly, CLI, runNode } from '../support/bundle.js';
import { runAction } from '../support/action-runner.js';

let plain: Standin;
let tls: Standin;
let proxy: ConnectProxy;
let dir: string;
let caFile: string;

beforeAll(async () => {
  plain = await startStsStandin({ port: 11161 });
  // Issued a day ago, so that a runner minutes behind still sees it as valid.
  const cert = selfSignedCertificate(['sts.us-east-1.amazonaws.com'], { days: 3, faketimeSpec: '-1d' });
  dir = mkdtempSync(join(tmpdir(), 'cp-cli-aws-'));
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, cert.cert);
  tls = await startStsStandin({ port: 11162, tls: cert });
  // The proxy is the only way to "sts.us-east-1.amazonaws.com": it tunnels that name to the TLS stand-in.
  proxy = await startConnectProxy(11163, { 'sts.us-east-1.amazonaws.com:443': 11162 });
});
afterAll(async () => {
  await plain?.stop();
  await tls?.stop();
  await proxy?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A runner with credentials for the stand-in and nothing else of AWS's configuration. */
function awsEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    AWS_ENDPOINT_URL_STS: plain.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: TEST_USER.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_USER.secretAccessKey,
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  };
}

interface Json {
  status: string;
  reason: string;
  clockStatus: string;
  message: string;
  offsetMs: number;
  uncertaintyMs: number;
  notes: string[];
  elapsedMs: number;
  rounds: number;
  sources: Array<{
    kind: string;
    status: string;
    reason: string | null;
    requests: number;
    deciding: boolean;
    delayMs: number | null;
    details?: Record<string, string | number | boolean>;
  }>;
}

const noNtp = ['--ntp-servers', 'none', '--nts-servers', 'none', '--json'];

async function check(args: string[], env: NodeJS.ProcessEnv, faketime?: string) {
  const r = await runNode(CLI, ['check', ...noNtp, ...args], { env, ...(faketime ? { faketime } : {}) });
  return { ...r, json: JSON.parse(r.stdout) as Json };
}

describe('the HTTPS Date check', () => {
  it.each([
    ['-7m', 420_000],
    ['+7m', -420_000],
  ])('finds a runner skewed %s from AWS Date headers', async (skew, expected) => {
    const { json, code } = await check(['--aws', 'https'], awsEnv(), skew);
    expect(json.status).toBe('fail');
    expectTruthWithin(json.offsetMs, expected, json.uncertaintyMs);
    // Date headers of 1-second resolution: at least ±0.5 s, and at most one request's ±(0.5 s + RTT/2).
    const date = json.sources.find((s) => s.kind === 'https-date')!;
    expect(json.uncertaintyMs).toBeLessThanOrEqual(500 + date.delayMs! / 2 + REPORT_ROUNDING_MS);
    expect(code).toBe(1);
  });

  it.each([
    // AWS's clock ahead of the runner by 1.35 s against max-offset 1 s: fail, decided from 1-second Dates.
    [1350, ['--warn-offset', '500ms', '--max-offset', '1s'], 'fail'],
    // 0.6 s against max-offset 1 s and warn-offset 300ms: warn.
    [600, ['--warn-offset', '300ms', '--max-offset', '1s'], 'warn'],
  ])(
    'decides an offset of %d ms near a threshold with sub-second precision',
    async (skewMs, flags, status) => {
      plain.setSkew(skewMs);
      try {
        const { json } = await check(['--aws', 'https', ...flags], awsEnv());
        expect(json.status).toBe(status);
        expectTruthWithin(json.offsetMs, skewMs, json.uncertaintyMs);
        const date = json.sources.find((s) => s.kind === 'https-date')!;
        // Reported: how many requests and how long it took (one suffices when its 1-second window already
        // lies on one side of the threshold, which depends on the server's sub-second phase).
        expect(date.requests).toBeGreaterThanOrEqual(1);
        // Within the default 10 s deadline; the time it took is a benchmark figure.
        expect(json.elapsedMs).toBeLessThan(10_000 + EVENT_LOOP_MARGIN_MS);
      } finally {
        plain.setSkew(0);
      }
    },
  );
});

describe('the signed STS check', () => {
  it('reports a 20-minute skew although the SDK corrected itself and its retry succeeded', async () => {
    const { json } = await check(['--aws', 'sts'], awsEnv(), '-20m');
    const sts = json.sources.find((s) => s.kind === 'sts')!;
    expect(sts.status).toBe('ok');
    expect(sts.details).toMatchObject({ firstSignatureRejected: true, signedCallSucceeded: true });
    expect(String(sts.details!.firstRejection)).toMatch(
      /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/,
    );
    expect(json.notes.join('\n')).toMatch(/AWS rejected the first signature: 'Signature expired/);
    expect(json.notes.join('\n')).toMatch(/aws CLI, boto3 and Terraform/);
    expect(json.status).toBe('fail');
    expectTruthWithin(json.offsetMs, 1_200_000, json.uncertaintyMs);
    // Identity is reported; the secret appears nowhere.
    expect(sts.details!.arn).toBe(TEST_USER.arn);
    const all = JSON.stringify(json);
    expect(all).not.toContain(TEST_USER.secretAccessKey);
  });

  it('names a wrong secret as a credentials problem, not the clock, and fails with aws: sts', async () => {
    const { json, code } = await check(['--aws', 'sts'], awsEnv({ AWS_SECRET_ACCESS_KEY: 'not-the-secret' }));
    const sts = json.sources.find((s) => s.kind === 'sts')!;
    expect(sts.status).toBe('error');
    expect(sts.details!.credentialsProblem).toBe(true);
    // The status says what the exit code says, and why: the clock is fine, the required check is not.
    expect(json.message).toMatch(/failed for credentials, not the clock/);
    expect(json.status).toBe('fail');
    expect(json.reason).toBe('aws-requirement');
    expect(json.clockStatus).toBe('ok');
    expect(code).toBe(1);
  });

  it('a credentials file that is a FIFO is named, and the run still ends by its deadline', async () => {
    // The SDK opened it in a thread of Node's pool and waited for a writer: the process could not exit,
    // even after the deadline's forced end, until the job's own timeout.
    const fifo = join(dir, 'config-fifo');
    execFileSync('mkfifo', [fifo]);
    try {
      const r = await runNode(CLI, ['check', ...noNtp, '--aws', 'sts', '--timeout', '3s'], {
        env: awsEnv({ AWS_CONFIG_FILE: fifo }),
        timeoutMs: 20_000,
      });
      expect(r.code).toBe(1);
      const json = JSON.parse(r.stdout) as Json;
      const sts = json.sources.find((s) => s.kind === 'sts')!;
      expect(sts.status).toBe('error');
      expect(sts.reason).toMatch(
        /^AWS_CONFIG_FILE '.*config-fifo' is a named pipe \(FIFO\): the signed check was not run/,
      );
      expect(json.reason).toBe('aws-requirement');
    } finally {
      rmSync(fifo, { force: true });
    }
  });

  it('with aws: auto and no credentials, runs only the Date check', async () => {
    const env = awsEnv();
    delete env.AWS_ACCESS_KEY_ID;
    delete env.AWS_SECRET_ACCESS_KEY;
    const { json, code } = await check([], env);
    expect(json.sources.map((s) => s.kind)).toEqual(['https-date']);
    expect(code).toBe(0);
  });
});

describe('through an HTTP proxy', () => {
  it('reaches sts.us-east-1.amazonaws.com only through the proxy, for the Date check and the signed call', async () => {
    const env = awsEnv({ HTTPS_PROXY: `http://127.0.0.1:11163`, NODE_EXTRA_CA_CERTS: caFile });
    delete env.AWS_ENDPOINT_URL_STS;
    const before = proxy.connects.length;
    const { json } = await check(['--aws', 'sts'], env, '-7m');
    expect(json.sources.map((s) => [s.kind, s.status, s.reason])).toEqual([
      ['https-date', 'ok', null],
      ['sts', 'ok', null],
    ]);
    expect(json.status).toBe('fail');
    expect(proxy.connects.slice(before).map((c) => c.target)).toContain('sts.us-east-1.amazonaws.com:443');
  });

  it('says NTP cannot cross an HTTP proxy when NTP gets no answer and a proxy is set', async () => {
    const r = await runNode(
      CLI,
      ['check', '--ntp-servers', '127.0.0.1:11169', '--nts-servers', 'none', '--aws', 'https', '--json'],
      { env: awsEnv({ HTTPS_PROXY: 'http://127.0.0.1:11163', NO_PROXY: '127.0.0.1' }) },
    );
    const json = JSON.parse(r.stdout) as Json;
    expect(json.notes.join('\n')).toMatch(/NTP \(UDP port 123\) cannot cross an HTTP proxy/);
  });
});

describe('the action with aws: https and no NTP', () => {
  it('fails a runner 7 minutes behind from AWS Date headers alone', async () => {
    const r = await runAction(
      { 'ntp-servers': 'none', 'nts-servers': 'none', aws: 'https' },
      { env: awsEnv(), faketime: '-7m' },
    );
    expect(r.code).toBe(1);
    expect(r.outputs.status).toBe('fail');
    expectTruthWithin(Number(r.outputs['offset-ms']), 420_000, Number(r.outputs['uncertainty-ms']));
    expect(r.commands.find((c) => c.command === 'error')!.properties).toMatch(
      /title=Runner clock is 7 m 0 s behind/,
    );
    expect(r.summary).toMatch(/https-date/);
  });

  it('masks the account id in the log', async () => {
    const r = await runAction(
      { 'ntp-servers': 'none', 'nts-servers': 'none', aws: 'sts' },
      { env: awsEnv() },
    );
    expect(r.commands.some((c) => c.command === 'add-mask' && c.message === TEST_USER.account)).toBe(true);
    expect(r.outputs.status).toBe('ok');
    // A registered secret in an output makes the runner drop the whole output: the id stays out of it.
    expect(r.outputs.sources).not.toContain(TEST_USER.account);
    expect(r.outputs.sources).toContain('arn:aws:iam::***:user/ci-deployer');
  });

  it('puts the account id in the outputs when mask-aws-account-id is false', async () => {
    const r = await runAction(
      { 'ntp-servers': 'none', 'nts-servers': 'none', aws: 'sts', 'mask-aws-account-id': 'false' },
      { env: awsEnv() },
    );
    expect(r.commands.some((c) => c.command === 'add-mask')).toBe(false);
    expect(r.outputs.sources).toContain(TEST_USER.account);
  });
});

/** AWS alone. Inside Actions GitHub's API would join as an https server (a lookup of api.github.com, off
 * loopback), so these runs name none. */
const ONLY_STS = awsOnly('sts');

describe('the CLI inside GitHub Actions', () => {
  it('masks the account id before printing anything, as the action does', async () => {
    const r = await runNode(CLI, ['check', ...ONLY_STS], {
      env: awsEnv({ GITHUB_ACTIONS: 'true' }),
    });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`::add-mask::${TEST_USER.account}`);
  });

  it('wait masks the account id before its report, as check does', async () => {
    const r = await runNode(CLI, ['wait', ...ONLY_STS, '--timeout', '30s', '--json'], {
      env: awsEnv({ GITHUB_ACTIONS: 'true' }),
    });
    expect(r.code).toBe(0);
    // The mask comes first on stdout; the JSON after it names the ARN, which the runner then hides.
    const [first, ...rest] = r.stdout.split('\n');
    expect(first).toBe(`::add-mask::${TEST_USER.account}`);
    expect(rest.join('\n')).toContain(TEST_USER.account);
  });

  it('prints no mask command outside GitHub Actions, and none with --mask-aws-account-id false', async () => {
    const args = ['check', ...ONLY_STS];
    expect((await runNode(CLI, args, { env: awsEnv() })).stdout).not.toMatch(/::add-mask::/);
    const off = await runNode(CLI, [...args, '--mask-aws-account-id', 'false'], {
      env: awsEnv({ GITHUB_ACTIONS: 'true' }),
    });
    expect(off.stdout).not.toMatch(/::add-mask::/);
  });
});
