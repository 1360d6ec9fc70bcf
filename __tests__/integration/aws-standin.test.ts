/**
 * The STS stand-in is faithful: real clients (the AWS CLI, i.e. botocore's signer, and @aws-sdk/client-sts,
 * i.e. smithy's signer) are accepted when their clock is right, and rejected with AWS's own words when
 * libfaketime skews them by 20 minutes, past STS's 15-minute window. The SDK's first attempt is rejected,
 * then it corrects its clock from the Date header and succeeds: the trap this tool exists to report.
 * Ports 12000–12009.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startStsStandin, TEST_USER, type Standin } from '../support/sts-standin.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SDK_SCRIPT = resolve(ROOT, '__tests__/support/sdk-get-caller-identity.mjs');
let standin: Standin;

beforeAll(async () => {
  standin = await startStsStandin({ port: 12001 });
});
afterAll(async () => {
  await standin.stop();
});

function baseEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: '/nonexistent',
    AWS_ACCESS_KEY_ID: TEST_USER.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_USER.secretAccessKey,
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...extra,
  };
}

function run(
  argv: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

const cli = (faketime?: string, env: NodeJS.ProcessEnv = {}) =>
  run(
    [
      ...(faketime ? ['faketime', '-f', faketime] : []),
      'aws',
      'sts',
      'get-caller-identity',
      '--endpoint-url',
      standin.url,
      '--output',
      'json',
    ],
    baseEnv(env),
  );

const sdk = async (faketime?: string, env: NodeJS.ProcessEnv = {}) => {
  const r = await run(
    [...(faketime ? ['faketime', '-f', faketime] : []), process.execPath, SDK_SCRIPT],
    baseEnv({ AWS_ENDPOINT_URL_STS: standin.url, ...env }),
  );
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as {
      ok: boolean;
      arn?: string;
      name?: string;
      message?: string;
      attempts: Array<{ status?: number; name?: string; message?: string }>;
      systemClockOffset: number;
    };
  } catch {
    throw new Error(`no JSON from the SDK script: ${r.stdout} ${r.stderr}`);
  }
};

const EXPIRED =
  /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/;
const NOT_YET =
  /^Signature not yet current: \d{8}T\d{6}Z is still later than \d{8}T\d{6}Z \(\d{8}T\d{6}Z \+ 15 min\.\)$/;

describe('the AWS CLI (botocore signer)', () => {
  it('is accepted with a correct clock: the stand-in verifies its signature', async () => {
    const r = await cli();
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      UserId: TEST_USER.userId,
      Account: TEST_USER.account,
      Arn: TEST_USER.arn,
    });
    expect(standin.requests.at(-1)!.code).toBe('GetCallerIdentity');
  });

  it("is rejected 20 minutes behind with AWS's 'Signature expired' message", async () => {
    const r = await cli('-20m');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(
      /An error occurred \(SignatureDoesNotMatch\) when calling the GetCallerIdentity operation: Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)/,
    );
    const last = standin.requests.at(-1)!;
    expect(last.message).toMatch(EXPIRED);
  });

  it("is rejected 20 minutes ahead with 'Signature not yet current'", async () => {
    const r = await cli('+20m');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/\(SignatureDoesNotMatch\).*Signature not yet current: .* \+ 15 min\.\)/);
  });

  it('is accepted 10 minutes behind: inside the 15-minute window of STS', async () => {
    const r = await cli('-10m');
    expect(r.code).toBe(0);
  });

  it('is rejected with a wrong secret: the signature is really checked', async () => {
    const r = await cli(undefined, { AWS_SECRET_ACCESS_KEY: 'wrong/secret/key/EXAMPLEKEYwJalrXUtnFEMI' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/\(SignatureDoesNotMatch\).*The request signature we calculated does not match/);
  });

  it('is rejected with an unknown access key as InvalidClientTokenId', async () => {
    const r = await cli(undefined, { AWS_ACCESS_KEY_ID: 'AKIAUNKNOWNEXAMPLE00' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(
      /\(InvalidClientTokenId\).*The security token included in the request is invalid/,
    );
  });
});

describe('@aws-sdk/client-sts (smithy signer)', () => {
  it('is accepted with a correct clock', async () => {
    const r = await sdk();
    expect(r.ok).toBe(true);
    expect(r.arn).toBe(TEST_USER.arn);
    expect(r.attempts).toHaveLength(1);
  });

  it('with retries off, is rejected 20 minutes behind with AWS’s message', async () => {
    const r = await sdk('-20m', { MAX_ATTEMPTS: '1' });
    expect(r.ok).toBe(false);
    expect(r.name).toBe('SignatureDoesNotMatch');
    expect(r.message).toMatch(EXPIRED);
  });

  it('by default, has its first attempt rejected, then corrects its clock and succeeds', async () => {
    const before = standin.requests.length;
    const r = await sdk('-20m');
    expect(r.ok).toBe(true);
    const seen = standin.requests.slice(before);
    expect(seen.map((q) => q.code)).toEqual(['SignatureDoesNotMatch', 'GetCallerIdentity']);
    expect(seen[0]!.message).toMatch(EXPIRED);
    expect(r.attempts[0]).toMatchObject({ status: 403 });
    // The SDK now believes the runner is about 20 minutes behind (offset = server − runner).
    expect(r.systemClockOffset).toBeGreaterThan(19 * 60_000);
    expect(r.systemClockOffset).toBeLessThan(21 * 60_000);
  });

  it("20 minutes ahead, its first attempt gets 'Signature not yet current'", async () => {
    const before = standin.requests.length;
    const r = await sdk('+20m');
    expect(r.ok).toBe(true);
    const seen = standin.requests.slice(before);
    expect(seen[0]!.message).toMatch(NOT_YET);
    expect(r.systemClockOffset).toBeLessThan(-19 * 60_000);
  });
});
