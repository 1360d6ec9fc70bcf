import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig, type Config } from '../../src/config/config.js';
import { execFileSync } from 'node:child_process';
import {
  awsRequirementFailure,
  blockingCredentialFile,
  credentialHints,
  planAwsSources,
} from '../../src/plan/aws.js';
import {
  classifySigned,
  credentialsReason,
  isTimeRejection,
  type AnswerKind,
  type SignedOutcome,
} from '../../src/sources/sts.js';
import { describeHttpFailure } from '../../src/sources/http-failure.js';
import type { SourceResult } from '../../src/model.js';

const config = (aws: Config['aws'], awsRegion?: string): Config =>
  readConfig((name) => ({ aws, 'aws-region': awsRegion, 'warn-offset': '5s', 'max-offset': '60s' })[name]);
const emptyHome = mkdtempSync(join(tmpdir(), 'h3-home-'));
const noEc2 = { isEc2: () => false, home: emptyHome };
const KEYS = { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'x' };

describe('planAwsSources', () => {
  it.each([
    ['off', {}, []],
    ['https', KEYS, ['https-date']],
    ['auto', {}, ['https-date']],
    ['auto', KEYS, ['https-date', 'sts']],
    ['sts', {}, ['https-date', 'sts']],
  ] as const)('aws=%s env=%j → %j', (mode, env, kinds) => {
    expect(planAwsSources(config(mode), env, noEc2).map((s) => s.kind)).toEqual(kinds);
  });

  it('targets the regional endpoint of the configured region', () => {
    const [date] = planAwsSources(config('https', 'cn-north-1'), {}, noEc2);
    expect(date!.target).toBe('sts.cn-north-1.amazonaws.com.cn');
  });

  it('an unusable endpoint URL becomes a source that reports it', async () => {
    const sources = planAwsSources(config('sts'), { AWS_ENDPOINT_URL_STS: 'ftp://x' }, noEc2);
    expect(sources.map((s) => s.kind)).toEqual(['https-date', 'sts']);
    const r = await sources[0]!.measure(AbortSignal.timeout(100));
    expect(r).toMatchObject({
      status: 'error',
      reason: "AWS_ENDPOINT_URL_STS='ftp://x' must be an http:// or https:// URL",
    });
  });
});

describe('credentialHints', () => {
  it.each([
    [KEYS, 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY'],
    [
      { AWS_WEB_IDENTITY_TOKEN_FILE: '/t', AWS_ROLE_ARN: 'arn:aws:iam::1:role/r' },
      'web identity (AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN)',
    ],
    [{ AWS_PROFILE: 'ci' }, 'profile ci'],
    [{ AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/x' }, 'container credentials (ECS/EKS)'],
  ])('%j: %s', (env, why) => expect(credentialHints(env, noEc2)).toEqual({ likely: true, why }));

  it('only a key id without a secret is not enough', () => {
    expect(credentialHints({ AWS_ACCESS_KEY_ID: 'AKIA' }, noEc2).likely).toBe(false);
  });

  it('finds the shared files, and ignores empty ones', () => {
    const home = mkdtempSync(join(tmpdir(), 'h3-home-'));
    try {
      mkdirSync(join(home, '.aws'));
      writeFileSync(join(home, '.aws', 'config'), '');
      expect(credentialHints({}, { isEc2: () => false, home }).likely).toBe(false);
      writeFileSync(join(home, '.aws', 'credentials'), '[default]\naws_access_key_id = AKIA\n');
      expect(credentialHints({}, { isEc2: () => false, home })).toEqual({
        likely: true,
        why: `shared file ${join(home, '.aws', 'credentials')}`,
      });
      expect(
        credentialHints(
          { AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_CONFIG_FILE: '/dev/null' },
          { isEc2: () => false, home },
        ).likely,
      ).toBe(false);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('EC2 counts unless the metadata service is disabled', () => {
    expect(credentialHints({}, { isEc2: () => true, home: emptyHome })).toEqual({
      likely: true,
      why: 'EC2 instance metadata',
    });
    expect(
      credentialHints({ AWS_EC2_METADATA_DISABLED: 'true' }, { isEc2: () => true, home: emptyHome }).likely,
    ).toBe(false);
  });
});

describe('blockingCredentialFile', () => {
  it("names a FIFO the SDK would block on, also given as '~/…', and lets /dev/null and plain files be", () => {
    const home = mkdtempSync(join(tmpdir(), 'cp-aws-home-'));
    try {
      execFileSync('mkfifo', [join(home, 'config-fifo')]);
      writeFileSync(join(home, 'plain'), '[default]\n');
      // A workflow's env: is not a shell: '~/' reaches the SDK as written, and the SDK expands it.
      expect(blockingCredentialFile({ AWS_CONFIG_FILE: '~/config-fifo' }, home)).toMatch(
        /^AWS_CONFIG_FILE '~\/config-fifo' is a named pipe \(FIFO\): the signed check was not run/,
      );
      expect(
        blockingCredentialFile(
          { AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '~/plain' },
          home,
        ),
      ).toBeUndefined();
      expect(blockingCredentialFile({}, home)).toBeUndefined();
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('awsRequirementFailure', () => {
  const sts = (r: Partial<SourceResult>): SourceResult => ({
    kind: 'sts',
    target: 't',
    authenticated: true,
    requests: 1,
    status: 'ok',
    ...r,
  });
  it('only in sts mode, only when the signed check did not succeed', () => {
    expect(awsRequirementFailure(config('auto'), [sts({ status: 'error' })])).toBeUndefined();
    expect(awsRequirementFailure(config('sts'), [sts({})])).toBeUndefined();
    expect(
      awsRequirementFailure(config('sts'), [
        sts({
          status: 'error',
          reason: 'AWS rejected the credentials (…)',
          details: { credentialsProblem: true },
        }),
      ]),
    ).toBe(
      "aws is 'sts' and the signed STS check failed for credentials, not the clock: AWS rejected the credentials (…)",
    );
    expect(
      awsRequirementFailure(config('sts'), [
        sts({ status: 'timeout', reason: 'no answer from STS before the deadline' }),
      ]),
    ).toBe("aws is 'sts' and the signed STS check did not complete: no answer from STS before the deadline.");
    expect(awsRequirementFailure(config('sts'), [])).toBe(
      "aws is 'sts' but the signed STS check was not run.",
    );
  });

  it('fails sts mode when AWS refused the signed call for time even after the retry', () => {
    // AWS's answers carry its clock (status ok), but the call the user required never succeeded.
    const refused = sts({
      sample: { offsetMs: 293, boundMs: 507, delayMs: 20, atMs: 0 },
      details: {
        firstSignatureRejected: true,
        signedCallSucceeded: false,
        firstRejection: 'Signature expired: 20260627T140000Z is now earlier than 20260627T140200Z',
      },
    });
    // Inside 4 minutes the SDK does not retry: one attempt, and the words do not claim a second.
    expect(awsRequirementFailure(config('sts'), [refused])).toBe(
      "aws is 'sts' and AWS refused the signed STS call for time: 'Signature expired: 20260627T140000Z is now earlier than 20260627T140200Z'.",
    );
    const retried = { ...refused, details: { ...refused.details, attempts: 2, sdkClockOffsetMs: 300_000 } };
    expect(awsRequirementFailure(config('sts'), [retried])).toMatch(
      /^aws is 'sts' and AWS refused the signed STS call for time, also after the SDK corrected its clock and retried: 'Signature expired/,
    );
    expect(awsRequirementFailure(config('auto'), [refused])).toBeUndefined();
  });
});

describe('classifySigned', () => {
  const base = { kind: 'sts' as const, target: 'sts', authenticated: true, details: {} };
  const attempt = (t1Ms: number, date: string) => ({
    t1Ms,
    t4Ms: t1Ms + 40,
    httpStatus: 200,
    date,
    answer: 'result' as AnswerKind,
  });
  const IDENTITY = {
    account: '123456789012',
    arn: 'arn:aws:iam::123456789012:user/ci',
    userId: 'AIDAJQABLZS4A3QDU576Q',
  };

  it('intersects the Dates of every attempt, rejected ones included', () => {
    const outcome: SignedOutcome = {
      attempts: [
        {
          ...attempt(Date.UTC(2026, 5, 27, 14, 0, 0, 300), 'Sat, 27 Jun 2026 14:07:00 GMT'),
          httpStatus: 403,
          answer: 'aws-error',
        },
        attempt(Date.UTC(2026, 5, 27, 14, 0, 0, 900), 'Sat, 27 Jun 2026 14:07:01 GMT'),
      ],
      errors: [
        {
          code: 'SignatureDoesNotMatch',
          message:
            'Signature expired: 20260627T140000Z is now earlier than 20260627T140200Z (20260627T140700Z - 5 min.)',
          httpStatus: 403,
        },
      ],
      identity: IDENTITY,
      sdkClockOffsetMs: 420_000,
    };
    const r = classifySigned(outcome, base, false);
    expect(r.status).toBe('ok');
    // First: [7 min − 340, 7 min + 700]; second: [7 min + 60, 7 min + 1100]; together [+60, +700].
    expect(r.sample!.offsetMs).toBeCloseTo(420_380, 6);
    expect(r.sample!.boundMs).toBeCloseTo(320, 6);
    expect(r.details).toMatchObject({
      firstSignatureRejected: true,
      signedCallSucceeded: true,
      attempts: 2,
      account: '123456789012',
    });
  });

  it('ignores cached answers', () => {
    const r = classifySigned(
      { attempts: [{ ...attempt(0, 'Thu, 01 Jan 1970 00:00:00 GMT'), age: '5' }], errors: [] },
      base,
      false,
    );
    expect(r.status).toBe('rejected');
  });

  it('time rejections are not credentials problems', () => {
    expect(
      isTimeRejection({
        code: 'SignatureDoesNotMatch',
        message: 'Signature not yet current: a is still later than b (c + 15 min.)',
      }),
    ).toBe(true);
    expect(
      isTimeRejection({
        code: 'RequestTimeTooSkewed',
        message: 'The difference between the request time and the current time is too large.',
      }),
    ).toBe(true);
    const r = classifySigned(
      {
        attempts: [
          {
            ...attempt(Date.UTC(2026, 0, 1), 'Thu, 01 Jan 2026 00:30:00 GMT'),
            httpStatus: 403,
            answer: 'aws-error',
          },
        ],
        errors: [
          {
            code: 'SignatureDoesNotMatch',
            message:
              'Signature expired: 20260101T000000Z is now earlier than 20260101T001500Z (20260101T003000Z - 15 min.)',
          },
        ],
        finalError: {
          name: 'SignatureDoesNotMatch',
          code: 'SignatureDoesNotMatch',
          message:
            'Signature expired: 20260101T000000Z is now earlier than 20260101T001500Z (20260101T003000Z - 15 min.)',
        },
      },
      base,
      true,
    );
    expect(r.status).toBe('ok');
    expect(r.details).toMatchObject({ signedCallSucceeded: false, firstSignatureRejected: true });
    expect(r.details!.credentialsProblem).toBeUndefined();
  });

  it.each([
    ['ExpiredToken', 'The security token included in the request is expired', /session token has expired/],
    ['AccessDenied', 'User is not authorized', /not allowed to call STS here/],
    [
      'InvalidClientTokenId',
      'The security token included in the request is invalid.',
      /access key id is unknown/,
    ],
  ])('%s is a credentials problem', (code, message, words) => {
    const r = classifySigned(
      {
        attempts: [{ ...attempt(0, 'Thu, 01 Jan 1970 00:00:00 GMT'), answer: 'aws-error' }],
        errors: [{ code, message }],
        finalError: { name: code, code, message },
      },
      base,
      false,
    );
    expect(r).toMatchObject({ status: 'error', details: { credentialsProblem: true } });
    expect(r.reason).toMatch(words);
    expect(r.reason).toMatch(/This is a credentials problem, not the clock\.$/);
    expect(r.sample).toBeUndefined();
  });

  it('words for an unknown code', () => {
    expect(credentialsReason('Weird', 'x')).toBe(
      'AWS rejected the credentials (Weird: x): the credentials are wrong. This is a credentials problem, not the clock.',
    );
  });
});

describe('describeHttpFailure', () => {
  const ctx = { host: 'sts.us-east-1.amazonaws.com', nowMs: Date.UTC(2026, 0, 1) };
  const err = (code: string, message = code) => Object.assign(new Error(message), { code });

  it('a not-yet-valid certificate is evidence the runner is behind, with the size when the dates are known', () => {
    const f = describeHttpFailure(err('CERT_NOT_YET_VALID', 'certificate is not yet valid'), {
      ...ctx,
      chain: { ok: true, validFromMs: Date.UTC(2026, 0, 3), validToMs: Date.UTC(2026, 3, 3) },
    });
    expect(f.message).toBe(
      "TLS: the certificate of sts.us-east-1.amazonaws.com is not yet valid by this runner's clock (valid from 2026-01-03T00:00:00.000Z, 2 d 0 h after this runner's clock). That is evidence of clock skew: the runner's clock is behind by at least 2 d 0 h, unless the certificate was issued moments ago.",
    );
    expect(f.certificateSkewMs).toBe(2 * 86_400_000);
  });

  it('an expired certificate whose chain verifies is evidence the runner is ahead', () => {
    const f = describeHttpFailure(err('CERT_HAS_EXPIRED', 'certificate has expired'), {
      ...ctx,
      chain: { ok: true, validFromMs: Date.UTC(2025, 0, 1), validToMs: Date.UTC(2025, 11, 31) },
    });
    expect(f.message).toMatch(
      /has expired by this runner's clock \(valid until 2025-12-31T00:00:00\.000Z, 1 d 0 h before this runner's clock\)\. That is evidence of clock skew: the runner's clock is ahead by at least 1 d 0 h, unless the certificate really expired\.$/,
    );
    expect(f.certificateSkewMs).toBe(-86_400_000);
  });

  it('an expired certificate from an untrusted chain is an untrusted server, not evidence', () => {
    const f = describeHttpFailure(err('CERT_HAS_EXPIRED', 'certificate has expired'), {
      ...ctx,
      chain: { ok: false, reason: 'certificate is not signed by a trusted CA (even with its dates ignored)' },
    });
    expect(f.message).toMatch(
      /^TLS: the certificate sts\.us-east-1\.amazonaws\.com presented is not trusted/,
    );
    expect(f.message).not.toMatch(/evidence of clock skew/);
    expect(f.certificateSkewMs).toBeUndefined();
    expect(f.permanent).toBe(true);
  });

  it('a date error whose chain could not be read says nothing certain about the clock', () => {
    const f = describeHttpFailure(err('CERT_NOT_YET_VALID', 'certificate is not yet valid'), ctx);
    expect(f.message).toMatch(/this says nothing certain about the runner's clock/);
    expect(f.certificateSkewMs).toBeUndefined();
  });

  it.each([
    ['ENOTFOUND', 'DNS lookup of sts.us-east-1.amazonaws.com failed: no such host'],
    [
      'EAI_AGAIN',
      'DNS lookup of sts.us-east-1.amazonaws.com failed: the DNS server did not answer (temporary failure)',
    ],
    ['ECONNRESET', 'sts.us-east-1.amazonaws.com closed the connection without an answer'],
    ['EHOSTUNREACH', 'host unreachable (EHOSTUNREACH) on the way to sts.us-east-1.amazonaws.com'],
    ['ENETUNREACH', 'network unreachable (ENETUNREACH) on the way to sts.us-east-1.amazonaws.com'],
  ])('%s', (code, message) => expect(describeHttpFailure(err(code), ctx).message).toBe(message));
});
