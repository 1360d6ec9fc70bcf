/**
 * The signed check against the STS stand-in on loopback, with the real @aws-sdk/client-sts and its default
 * credential chain (credentials from environment variables set for this file only).
 *
 * "The runner is 20 minutes behind" is made two ways: in process, by the stand-in's clock running 20
 * minutes ahead; and for real, by libfaketime in a child process running the module built with ncc.
 * Through a proxy: the endpoint is the real host name https://sts.us-east-1.amazonaws.com, reachable only
 * through a local CONNECT proxy that tunnels it to the stand-in (and never connects anywhere else).
 * Ports 12040–12069.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectTruthWithin } from '../support/tolerance.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveStsEndpoint } from '../../src/plan/aws-endpoint.js';
import { describeSignedCheck } from '../../src/gate/aws-notes.js';
import { stsSource } from '../../src/sources/sts.js';
import { httpsDateSource } from '../../src/sources/https-date.js';
import type { SourceResult } from '../../src/model.js';
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js';
import { selfSignedCertificate, startStsStandin, TEST_USER, type Standin } from '../support/sts-standin.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MINUTE = 60_000;
const saved: Record<string, string | undefined> = {};
const CREDS_ENV: Record<string, string> = {
  AWS_ACCESS_KEY_ID: TEST_USER.accessKeyId,
  AWS_SECRET_ACCESS_KEY: TEST_USER.secretAccessKey,
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};
const CLEARED = [
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_STS',
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'NO_PROXY',
  'no_proxy',
];

function setEnv(values: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(values)) {
    if (!(k in saved)) saved[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

let standin: Standin;
beforeAll(async () => {
  setEnv({ ...CREDS_ENV, ...Object.fromEntries(CLEARED.map((k) => [k, undefined])) });
  standin = await startStsStandin({ port: 12040 });
});
afterAll(async () => {
  await standin.stop();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const endpointFor = (url: string) => resolveStsEndpoint('us-east-1', { AWS_ENDPOINT_URL_STS: url });
const contains = (r: SourceResult, offsetMs: number) =>
  r.sample!.offsetMs - r.sample!.boundMs <= offsetMs && offsetMs <= r.sample!.offsetMs + r.sample!.boundMs;

describe('signed check, runner clock right', () => {
  it('succeeds, names the identity, and agrees with the clock', async () => {
    standin.setSkew(0);
    const r = await stsSource(endpointFor(standin.url)).measure(AbortSignal.timeout(10_000));
    expect(r).toMatchObject({ kind: 'sts', status: 'ok', requests: 1, authenticated: false });
    expect(r.details).toMatchObject({
      account: TEST_USER.account,
      arn: TEST_USER.arn,
      firstSignatureRejected: false,
      signedCallSucceeded: true,
      attempts: 1,
    });
    expect(contains(r, 0)).toBe(true);
    expect(JSON.stringify(r)).not.toContain(TEST_USER.secretAccessKey);
    expect(describeSignedCheck(r)).toMatch(
      /^AWS STS accepted a signed request from arn:aws:iam::123456789012:user\/ci-deployer/,
    );
  });
});

describe('signed check, runner 20 minutes behind (AWS ahead)', () => {
  it('reports the skew and the rejected first signature although the SDK’s retry succeeds', async () => {
    standin.setSkew(20 * MINUTE);
    const before = standin.requests.length;
    const r = await stsSource(endpointFor(standin.url)).measure(AbortSignal.timeout(10_000));
    // What the stand-in saw: the SDK's first signature refused, its corrected retry accepted.
    expect(standin.requests.slice(before).map((q) => q.code)).toEqual([
      'SignatureDoesNotMatch',
      'GetCallerIdentity',
    ]);
    expect(r.status).toBe('ok');
    expect(r.requests).toBe(2);
    expect(r.details).toMatchObject({
      firstSignatureRejected: true,
      signedCallSucceeded: true,
      firstRejectionCode: 'SignatureDoesNotMatch',
    });
    expect(r.details!.firstRejection).toMatch(
      /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/,
    );
    expect(contains(r, 20 * MINUTE)).toBe(true);
    // Intersected 1-second Date windows: no wider than one of them, ±(0.5 s + the shortest round trip / 2).
    expect(r.sample!.boundMs).toBeLessThanOrEqual(500 + r.sample!.delayMs / 2 + 1e-9);
    expect(Math.abs((r.details!.sdkClockOffsetMs as number) - 20 * MINUTE)).toBeLessThan(1500);
    const text = describeSignedCheck(r)!;
    expect(text).toContain("AWS rejected the first signature: 'Signature expired:");
    expect(text).toMatch(
      /the JavaScript SDK corrected its clock by \+(19 m 59 s|20 m 0 s) and retried \(the call then succeeded as arn:aws:iam::123456789012:user\/ci-deployer\)/,
    );
    expect(text).toMatch(
      /but the aws CLI, boto3 and Terraform do not correct: at 20 m 0 s behind \(±\d+ ms\) they will fail with 'Signature expired' on every AWS service, STS and S3 included \(15 min limit\)\.$/,
    );
  });

  it('7 minutes behind: STS accepts (15 min window) but the skew is reported with what it breaks', async () => {
    standin.setSkew(7 * MINUTE);
    const r = await stsSource(endpointFor(standin.url)).measure(AbortSignal.timeout(10_000));
    expect(r.status).toBe('ok');
    expect(r.details!.firstSignatureRejected).toBe(false);
    expect(contains(r, 7 * MINUTE)).toBe(true);
    expect(describeSignedCheck(r)).toMatch(
      /accepted the signature \(its window is 15 min\), but its responses put the runner 7 m 0 s behind \(±\d+ ms\): the aws CLI, boto3 and Terraform do not correct, and they will fail with .Signature expired. on most AWS services/,
    );
  });

  it('under libfaketime, the module built with ncc sees the same', async () => {
    standin.setSkew(0);
    const out = await runChild(
      [
        'faketime',
        '-f',
        '-20m',
        process.execPath,
        '--input-type=module',
        '-e',
        `const { stsSource } = await import(process.env.MODULE);
         const { resolveStsEndpoint } = await import(process.env.ENDPOINT_MODULE);
         const r = await stsSource(resolveStsEndpoint('us-east-1', process.env)).measure(AbortSignal.timeout(10000));
         console.log(JSON.stringify(r));`,
      ],
      {
        ...CREDS_ENV,
        AWS_ENDPOINT_URL_STS: standin.url,
        MODULE: await build('src/sources/sts.ts', 'sts'),
        ENDPOINT_MODULE: await build('src/plan/aws-endpoint.ts', 'endpoint'),
      },
    );
    const r = JSON.parse(out) as SourceResult;
    expect(r.status).toBe('ok');
    expect(r.details!.firstSignatureRejected).toBe(true);
    expect(r.details!.firstRejection).toMatch(/^Signature expired: .* - 15 min\.\)$/);
    // A relative libfaketime spec adds a constant to every clock read: the truth is exactly 20 minutes.
    expectTruthWithin(r.sample!.offsetMs, 20 * MINUTE, r.sample!.boundMs);
    // Two ncc builds (the SDK included) run inside this test: minutes on a busy 2-core machine.
  }, 240_000);
});

describe('credentials problems are named as such', () => {
  it('wrong secret: SignatureDoesNotMatch without a time message', async () => {
    standin.setSkew(0);
    setEnv({ AWS_SECRET_ACCESS_KEY: 'not/the/right/secret/EXAMPLEKEYwJalrXUtnFEMI' });
    try {
      const r = await stsSource(endpointFor(standin.url)).measure(AbortSignal.timeout(10_000));
      expect(r.status).toBe('error');
      expect(r.details!.credentialsProblem).toBe(true);
      expect(r.reason).toMatch(
        /^AWS rejected the credentials \(SignatureDoesNotMatch: The request signature we calculated does not match/,
      );
      expect(r.reason).toMatch(
        /the secret access key does not belong to the access key id\. This is a credentials problem, not the clock\.$/,
      );
      expect(JSON.stringify(r)).not.toContain('not/the/right/secret');
      expect(describeSignedCheck(r)).toMatch(/failed for credentials, not the clock/);
    } finally {
      setEnv({ AWS_SECRET_ACCESS_KEY: TEST_USER.secretAccessKey });
    }
  });

  it('unknown key: InvalidClientTokenId', async () => {
    setEnv({ AWS_ACCESS_KEY_ID: 'AKIAUNKNOWNEXAMPLE00' });
    try {
      const r = await stsSource(endpointFor(standin.url)).measure(AbortSignal.timeout(10_000));
      expect(r).toMatchObject({ status: 'error', details: { credentialsProblem: true } });
      expect(r.reason).toMatch(
        /InvalidClientTokenId: The security token included in the request is invalid\./,
      );
    } finally {
      setEnv({ AWS_ACCESS_KEY_ID: TEST_USER.accessKeyId });
    }
  });

  it('no credentials at all: skipped when optional, an error when required', async () => {
    setEnv({ AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined });
    try {
      const before = standin.requests.length;
      const optional = await stsSource(endpointFor(standin.url)).measure(AbortSignal.timeout(10_000));
      expect(optional).toMatchObject({ status: 'skipped', details: { credentialsProblem: true } });
      expect(optional.reason).toMatch(/^no AWS credentials: the SDK's default chain/);
      const required = await stsSource(endpointFor(standin.url), { required: true }).measure(
        AbortSignal.timeout(10_000),
      );
      expect(required).toMatchObject({ status: 'error', details: { credentialsProblem: true } });
      expect(required.reason).toMatch(/aws is 'sts', which requires the signed check/);
      expect(standin.requests.length).toBe(before);
    } finally {
      setEnv({ AWS_ACCESS_KEY_ID: TEST_USER.accessKeyId, AWS_SECRET_ACCESS_KEY: TEST_USER.secretAccessKey });
    }
  });
});

describe('network faults', () => {
  it('a refused connection is a network error, not a credentials problem', async () => {
    const r = await stsSource(endpointFor('http://127.0.0.1:12041')).measure(AbortSignal.timeout(10_000));
    expect(r.status).toBe('error');
    expect(r.reason).toBe('connection refused by 127.0.0.1:12041: nothing listens there');
    expect(r.details!.credentialsProblem).toBeUndefined();
  });
});

describe('through an HTTP CONNECT proxy, to the real host name', () => {
  const host = 'sts.us-east-1.amazonaws.com';
  const cert = selfSignedCertificate([host]);
  let tlsStandin: Standin;
  let proxy: ConnectProxy;
  beforeAll(async () => {
    tlsStandin = await startStsStandin({ port: 12042, tls: cert, skewMs: 3 * MINUTE });
    proxy = await startConnectProxy(12043, { [`${host}:443`]: tlsStandin.port });
  });
  afterAll(async () => {
    await proxy.stop();
    await tlsStandin.stop();
  });

  it('the Date check and the signed check both go through the proxy, over TLS end to end', async () => {
    const env = { HTTPS_PROXY: proxy.url, NO_PROXY: 'localhost,.internal.example' };
    const endpoint = resolveStsEndpoint('us-east-1', env);
    expect(endpoint.url.href).toBe(`https://${host}/`);
    const date = await httpsDateSource(endpoint, { env, ca: cert.cert }).measure(AbortSignal.timeout(10_000));
    const signed = await stsSource(endpoint, { env, ca: cert.cert }).measure(AbortSignal.timeout(10_000));
    for (const r of [date, signed]) {
      expect(r.status).toBe('ok');
      expect(r.authenticated).toBe(true);
      expect(r.details!.proxy).toBe(`through ${proxy.url} (from HTTPS_PROXY)`);
      expect(contains(r, 3 * MINUTE)).toBe(true);
    }
    expect(signed.details!.arn).toBe(TEST_USER.arn);
    expect(proxy.connects.length).toBeGreaterThanOrEqual(2);
    for (const c of proxy.connects) {
      expect(c.target).toBe(`${host}:443`);
      expect(c.connectedTo).toBe(`127.0.0.1:${tlsStandin.port}`);
    }
  });

  it('a proxy that refuses the tunnel is reported as the proxy’s doing, not a Date', async () => {
    const refusing = await startConnectProxy(12044, {}, { refuseAll: true });
    try {
      const env = { HTTPS_PROXY: refusing.url };
      const r = await httpsDateSource(resolveStsEndpoint('us-east-1', env), { env, ca: cert.cert }).measure(
        AbortSignal.timeout(10_000),
      );
      expect(r.status).toBe('error');
      expect(r.reason).toBe(`the proxy ${refusing.url} answered CONNECT ${host} with 403 Forbidden`);
      expect(refusing.connects.every((c) => c.connectedTo === undefined)).toBe(true);
    } finally {
      await refusing.stop();
    }
  });

  it('an unreachable proxy is named', async () => {
    const env = { HTTPS_PROXY: 'http://127.0.0.1:12045' };
    const r = await httpsDateSource(resolveStsEndpoint('us-east-1', env), { env }).measure(
      AbortSignal.timeout(10_000),
    );
    expect(r.status).toBe('error');
    expect(r.reason).toBe('could not reach the proxy http://127.0.0.1:12045: connection refused');
  });
});

const built = new Map<string, string>();
const buildDirs: string[] = [];
afterAll(() => {
  for (const dir of buildDirs) rmSync(dir, { recursive: true, force: true });
});

async function build(entry: string, name: string): Promise<string> {
  const cached = built.get(entry);
  if (cached) return cached;
  // A directory of this run's own: a fixed path is shared with every other checkout on the machine, and
  // a concurrent run would rebuild the module under this one.
  const out = mkdtempSync(join(tmpdir(), `cp-${name}-`));
  buildDirs.push(out);
  await runChild(
    [
      process.execPath,
      resolve(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      resolve(ROOT, entry),
      '-o',
      out,
      '--quiet',
      '--transpile-only',
      // HOME is a path that must not exist for the SDK's sake; without this ncc would create its cache there.
      '--no-cache',
    ],
    {},
  );
  built.set(entry, `${out}/index.js`);
  return `${out}/index.js`;
}

function runChild(argv: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      env: { PATH: process.env.PATH, HOME: '/nonexistent', ...env },
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise(stdout.trim()) : reject(new Error(`exit ${code}: ${stderr}`)),
    );
  });
}
