import { describe, expect, it } from '@jest/globals';
import { awsFailuresAt, describeSignedCheck, ntpBehindProxyNote } from '../../src/gate/aws-notes.js';
import type { SourceResult } from '../../src/model.js';

const MIN = 60_000;
const base = {
  kind: 'sts' as const,
  target: 'sts.us-east-1.amazonaws.com',
  authenticated: true,
  requests: 2,
};
const sample = (offsetMs: number, boundMs = 480) => ({ offsetMs, boundMs, delayMs: 40, atMs: 0 });

describe('describeSignedCheck', () => {
  it('the trap: first signature rejected, SDK corrected and succeeded', () => {
    const r: SourceResult = {
      ...base,
      status: 'ok',
      sample: sample(7 * MIN + 200),
      details: {
        firstSignatureRejected: true,
        firstRejection:
          'Signature expired: 20260627T140000Z is now earlier than 20260627T140200Z (20260627T140700Z - 5 min.)',
        firstRejectionCode: 'SignatureDoesNotMatch',
        signedCallSucceeded: true,
        sdkClockOffsetMs: 7 * MIN,
        arn: 'arn:aws:iam::123456789012:role/deploy',
      },
    };
    expect(describeSignedCheck(r)).toBe(
      "AWS rejected the first signature: 'Signature expired: 20260627T140000Z is now earlier than 20260627T140200Z (20260627T140700Z - 5 min.)'; " +
        'the JavaScript SDK corrected its clock by +7 m 0 s and retried (the call then succeeded as arn:aws:iam::123456789012:role/deploy), ' +
        "but the aws CLI, boto3 and Terraform do not correct: at 7 m 0 s behind (±480 ms) they will fail with 'Signature expired' on most AWS services (5 min limit; STS and S3 allow 15).",
    );
  });

  it('a time rejection this clock does not explain says so, not "they will fail the same way"', () => {
    const r: SourceResult = {
      ...base,
      status: 'ok',
      sample: sample(293),
      details: {
        firstSignatureRejected: true,
        firstRejection: 'Signature expired: 20260627T140000Z is now earlier than 20260627T140200Z',
        signedCallSucceeded: false,
        attempts: 1,
      },
    };
    const text = describeSignedCheck(r)!;
    expect(text).not.toMatch(/will fail the same way/);
    // The SDK retries only for a skew of 4 minutes or more: one attempt here, and the words say so.
    expect(text).toMatch(
      /the JavaScript SDK did not retry \(it corrects its clock only for a skew of 4 minutes or more\)\. At 293 ms behind \(±480 ms\) the runner is inside AWS's 5-minute window: this clock does not explain the rejection\./,
    );
  });

  it('ahead: not yet current, and a correction with a minus sign', () => {
    const r: SourceResult = {
      ...base,
      status: 'ok',
      sample: sample(-20 * MIN),
      details: {
        firstSignatureRejected: true,
        firstRejection:
          'Signature not yet current: 20260627T144000Z is still later than 20260627T143500Z (20260627T142000Z + 15 min.)',
        signedCallSucceeded: true,
        sdkClockOffsetMs: -20 * MIN,
      },
    };
    const text = describeSignedCheck(r)!;
    expect(text).toContain('corrected its clock by −20 m 0 s and retried (the call then succeeded)');
    expect(text).toContain(
      "at 20 m 0 s ahead (±480 ms) they will fail with 'Signature not yet current' on every AWS service, STS and S3 included (15 min limit).",
    );
  });

  it('accepted by STS inside its 15 minutes, but past the common 5', () => {
    const r: SourceResult = {
      ...base,
      status: 'ok',
      sample: sample(7 * MIN),
      details: { firstSignatureRejected: false, signedCallSucceeded: true },
    };
    expect(describeSignedCheck(r)).toBe(
      "AWS STS accepted the signature (its window is 15 min), but its responses put the runner 7 m 0 s behind (±480 ms): the aws CLI, boto3 and Terraform do not correct, and they will fail with 'Signature expired' on most AWS services (5 min limit; STS and S3 allow 15).",
    );
  });

  it('all well', () => {
    const r: SourceResult = {
      ...base,
      status: 'ok',
      sample: sample(120),
      details: { arn: 'arn:aws:sts::123456789012:assumed-role/ci/gh' },
    };
    expect(describeSignedCheck(r)).toBe(
      'AWS STS accepted a signed request from arn:aws:sts::123456789012:assumed-role/ci/gh; its responses put the runner 120 ms behind (±480 ms).',
    );
  });

  it('credentials, skipped, network, and other kinds', () => {
    expect(
      describeSignedCheck({
        ...base,
        status: 'error',
        reason: 'AWS rejected the credentials (InvalidClientTokenId: …)',
        details: { credentialsProblem: true },
      }),
    ).toBe(
      'The signed STS check failed for credentials, not the clock: AWS rejected the credentials (InvalidClientTokenId: …)',
    );
    expect(
      describeSignedCheck({
        ...base,
        status: 'skipped',
        reason: 'no AWS credentials',
        details: { credentialsProblem: true },
      }),
    ).toBe('The signed STS check did not run: no AWS credentials.');
    expect(
      describeSignedCheck({ ...base, status: 'timeout', reason: 'no answer from STS before the deadline' }),
    ).toBe('The signed STS check got no answer: no answer from STS before the deadline.');
    expect(describeSignedCheck({ ...base, kind: 'https-date', status: 'ok' })).toBeUndefined();
  });

  it('what fails at which size', () => {
    expect(awsFailuresAt(4 * MIN)).toBeUndefined();
    expect(awsFailuresAt(6 * MIN)).toMatch(/most AWS services \(5 min limit/);
    expect(awsFailuresAt(-16 * MIN)).toMatch(/'Signature not yet current' on every AWS service/);
  });
});

describe('ntpBehindProxyNote', () => {
  const awsDate: SourceResult = {
    kind: 'https-date',
    target: 'https://sts.us-east-1.amazonaws.com',
    status: 'ok',
    authenticated: true,
    requests: 1,
  };
  it('names the proxy variable, or says nothing without one', () => {
    expect(ntpBehindProxyNote({}, [awsDate])).toBeUndefined();
    expect(ntpBehindProxyNote({ HTTPS_PROXY: ' ' }, [awsDate])).toBeUndefined();
    expect(ntpBehindProxyNote({ HTTPS_PROXY: 'http://proxy:3128' }, [awsDate])).toMatch(
      /^No NTP server answered, and HTTPS_PROXY is set: .* NTP \(UDP port 123\) cannot cross an HTTP proxy\. The HTTPS Date check \(AWS\) goes through the proxy;/,
    );
  });

  it('with no HTTPS reference asked, says how to ask one instead of naming one', () => {
    const note = ntpBehindProxyNote({ HTTPS_PROXY: 'http://proxy:3128' }, []);
    expect(note).toMatch(
      /HTTPS references go through the proxy \(AWS with `aws: auto`, or any server in 'https-servers'\)/,
    );
  });
});
