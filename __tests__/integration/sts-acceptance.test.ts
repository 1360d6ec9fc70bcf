/**
 * What the signed check accepts, against the STS stand-in on loopback with the real @aws-sdk/client-sts:
 * the stand-in verifies the signature as STS does, then answers as a broken or hostile endpoint would
 * (an HTML 500, a 301, a 200 that is no GetCallerIdentity result). Only the real result is acceptance;
 * the others are 'rejected' and do not satisfy `aws: sts`. Ports 15500–15509.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readConfig } from '../../src/config/config.js';
import { awsRequirementFailure } from '../../src/plan/aws.js';
import { resolveStsEndpoint } from '../../src/plan/aws-endpoint.js';
import { stsSource } from '../../src/sources/sts.js';
import { HOSTILE_STS_ANSWERS } from '../support/hostile.js';
import { startStsStandin, TEST_USER, type CannedAnswer, type Standin } from '../support/sts-standin.js';

const saved: Record<string, string | undefined> = {};
const ENV: Record<string, string | undefined> = {
  AWS_ACCESS_KEY_ID: TEST_USER.accessKeyId,
  AWS_SECRET_ACCESS_KEY: TEST_USER.secretAccessKey,
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  AWS_SESSION_TOKEN: undefined,
  AWS_PROFILE: undefined,
  AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
  AWS_ROLE_ARN: undefined,
  AWS_ENDPOINT_URL: undefined,
  AWS_ENDPOINT_URL_STS: undefined,
  // Fewer retries of the 500s keep the file short; the SDK's default is 3 attempts.
  AWS_MAX_ATTEMPTS: '2',
};

const servers: Standin[] = [];
beforeAll(() => {
  for (const [k, v] of Object.entries(ENV)) {
    saved[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const stsConfig = readConfig((name) => ({ aws: 'sts' })[name as 'aws']);

async function signedCheckAgainst(port: number, signedAnswer?: (u: typeof TEST_USER) => CannedAnswer) {
  // The stand-in's clock is 7 minutes ahead: a Date the check took would show up as a sample.
  const standin = await startStsStandin({
    port,
    skewMs: 7 * 60_000,
    ...(signedAnswer ? { signedAnswer } : {}),
  });
  servers.push(standin);
  const endpoint = resolveStsEndpoint('us-east-1', { AWS_ENDPOINT_URL_STS: standin.url });
  const r = await stsSource(endpoint, { required: true }).measure(AbortSignal.timeout(10_000));
  return { r, standin };
}

describe('the signed check accepts only a well-formed GetCallerIdentity response', () => {
  it('an HTML 500 is not acceptance: rejected, no sample, aws: sts fails', async () => {
    const { r, standin } = await signedCheckAgainst(15500, HOSTILE_STS_ANSWERS.html500);
    // The signature was good: the stand-in verified it before answering with the page.
    expect(standin.requests.some((q) => q.code === 'canned 500')).toBe(true);
    expect(r.status).toBe('rejected');
    expect(r.sample).toBeUndefined();
    expect(r.reason).toMatch(
      /answered the signed request with HTTP 500, text\/html: neither a GetCallerIdentity/,
    );
    expect(r.reason).not.toMatch(/[\r\n]/);
    expect(awsRequirementFailure(stsConfig, [r])).toMatch(
      /aws is 'sts' and the signed STS check did not complete/,
    );
  });

  it('a 301 is not acceptance', async () => {
    const { r } = await signedCheckAgainst(15501, HOSTILE_STS_ANSWERS.redirect301);
    expect(r.status).toBe('rejected');
    expect(r.sample).toBeUndefined();
    expect(r.reason).toMatch(/HTTP 301, text\/html: a redirect, which STS never sends/);
    expect(awsRequirementFailure(stsConfig, [r])).toBeDefined();
  });

  it('a 200 with garbage XML is not acceptance', async () => {
    const { r } = await signedCheckAgainst(15502, HOSTILE_STS_ANSWERS.garbage200);
    expect(r.status).toBe('rejected');
    expect(r.sample).toBeUndefined();
    expect(r.reason).toMatch(/answered HTTP 200, but not with a well-formed GetCallerIdentity response/);
    expect(r.details!.arn).toBeUndefined();
    expect(awsRequirementFailure(stsConfig, [r])).toBeDefined();
  });

  it('a 200 whose ARN carries workflow commands and HTML is not acceptance, and the ARN is not reported', async () => {
    const { r } = await signedCheckAgainst(15503, HOSTILE_STS_ANSWERS.injectedArn200);
    expect(r.status).toBe('rejected');
    expect(JSON.stringify(r)).not.toMatch(/set-output|onerror/);
  });

  it('a well-formed GetCallerIdentity response is acceptance, with the identity and AWS clock', async () => {
    const { r } = await signedCheckAgainst(15504);
    expect(r.status).toBe('ok');
    expect(r.details).toMatchObject({
      signedCallSucceeded: true,
      arn: TEST_USER.arn,
      account: TEST_USER.account,
    });
    const { offsetMs, boundMs } = r.sample!;
    expect(offsetMs - boundMs).toBeLessThanOrEqual(7 * 60_000);
    expect(offsetMs + boundMs).toBeGreaterThanOrEqual(7 * 60_000);
    expect(awsRequirementFailure(stsConfig, [r])).toBeUndefined();
  });
});
