/**
 * What the signed check accepts as evidence, from literal outcomes: only a well-formed GetCallerIdentity
 * result is acceptance, and only STS's own answers (that result, or an AWS error document) carry AWS's
 * clock. Server text in reasons and details is one capped line.
 */
import { describe, expect, it } from '@jest/globals';
import { checkCallerIdentity, classifySigned, type SignedAttempt } from '../../src/sources/sts.js';
import { untrustedText, withoutControls } from '../../src/sources/untrusted-text.js';

const base = {
  kind: 'sts' as const,
  target: 'sts.us-east-1.amazonaws.com',
  authenticated: true,
  details: {},
};
const T1 = Date.UTC(2026, 5, 27, 14, 0, 0, 300);
const DATE = 'Sat, 27 Jun 2026 14:07:00 GMT';
const at = (httpStatus: number, answer: SignedAttempt['answer'], extra: Partial<SignedAttempt> = {}) => ({
  t1Ms: T1,
  t4Ms: T1 + 40,
  httpStatus,
  date: DATE,
  answer,
  ...extra,
});
const IDENTITY = {
  account: '123456789012',
  arn: 'arn:aws:iam::123456789012:user/ci-deployer',
  userId: 'AIDAJQABLZS4A3QDU576Q',
};
const INJECTED = '\n::set-output name=status::ok\n##[warning]x <img src=x onerror=alert(1)>';

describe('a signed request is accepted only by a well-formed GetCallerIdentity result', () => {
  it('an HTML 500 is not STS: rejected, no sample, whatever its Date says', () => {
    const r = classifySigned(
      {
        attempts: [1, 2, 3].map(() => at(500, 'not-aws', { contentType: 'text/html' })),
        errors: [],
        finalError: { name: 'Unknown', message: 'Unknown', httpStatus: 500 },
      },
      base,
      true,
    );
    expect(r.status).toBe('rejected');
    expect(r.sample).toBeUndefined();
    expect(r.reason).toMatch(
      /^sts\.us-east-1\.amazonaws\.com answered the signed request with HTTP 500, text\/html: neither a GetCallerIdentity response nor an AWS error\. This is not AWS STS/,
    );
    expect(r.details).toMatchObject({ signedCallSucceeded: false });
  });

  it('a 301 is not STS: rejected as a redirect', () => {
    const r = classifySigned(
      {
        attempts: [at(301, 'not-aws')],
        errors: [],
        finalError: { name: 'Unknown', message: 'Unknown', httpStatus: 301 },
      },
      base,
      false,
    );
    expect(r.status).toBe('rejected');
    expect(r.sample).toBeUndefined();
    expect(r.reason).toMatch(/HTTP 301: a redirect, which STS never sends/);
  });

  it.each([
    ['no result at all (garbage XML)', {}],
    ['a result without a UserId', { account: IDENTITY.account, arn: IDENTITY.arn }],
    ['an Account that is not 12 digits', { ...IDENTITY, account: '12345' }],
    ['an Arn of another account', { ...IDENTITY, arn: 'arn:aws:iam::210987654321:user/ci' }],
    ['an Arn that is no ARN', { ...IDENTITY, arn: 'ok' }],
    ['an Arn carrying a workflow command', { ...IDENTITY, arn: `${IDENTITY.arn}${INJECTED}` }],
    ['a UserId carrying HTML', { ...IDENTITY, userId: '<img src=x onerror=alert(1)>' }],
  ])('a 200 with %s is rejected, with no sample and no identity', (_name, identity) => {
    const r = classifySigned({ attempts: [at(200, 'result')], errors: [], identity }, base, true);
    expect(r.status).toBe('rejected');
    expect(r.sample).toBeUndefined();
    expect(r.reason).toMatch(/answered HTTP 200, but not with a well-formed GetCallerIdentity response/);
    expect(r.details!.arn).toBeUndefined();
    expect(r.details!.account).toBeUndefined();
  });

  it('a well-formed result is acceptance, with the identity and the sample', () => {
    const r = classifySigned({ attempts: [at(200, 'result')], errors: [], identity: IDENTITY }, base, true);
    expect(r.status).toBe('ok');
    expect(r.sample).toBeDefined();
    expect(r.details).toMatchObject({
      signedCallSucceeded: true,
      arn: IDENTITY.arn,
      account: '123456789012',
    });
  });

  it.each([
    'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions',
    'arn:aws-us-gov:iam::123456789012:user/division/ci',
    'arn:aws-cn:iam::123456789012:root',
    'arn:aws-iso-b:sts::123456789012:federated-user/bob',
  ])('accepts the caller %s', (arn) => {
    expect(
      checkCallerIdentity({ account: '123456789012', arn, userId: 'AROAEXAMPLE:GitHubActions' }).ok,
    ).toBe(true);
  });

  it('an HTML 500 before a good answer does not lend its Date to the sample', () => {
    const r = classifySigned(
      {
        attempts: [
          // A page claiming a Date hours away, then STS.
          at(500, 'not-aws', { date: 'Sat, 27 Jun 2026 18:00:00 GMT' }),
          at(200, 'result'),
        ],
        errors: [],
        identity: IDENTITY,
      },
      base,
      true,
    );
    expect(r.status).toBe('ok');
    expect(Math.abs(r.sample!.offsetMs - 7 * 60_000)).toBeLessThan(1000);
  });

  it('an AWS error that is neither time nor credentials is an error in its own words, not acceptance', () => {
    const r = classifySigned(
      {
        attempts: [at(400, 'aws-error')],
        errors: [{ code: 'Throttling', message: 'Rate exceeded', httpStatus: 400 }],
        finalError: { name: 'Throttling', code: 'Throttling', message: 'Rate exceeded', httpStatus: 400 },
      },
      base,
      true,
    );
    expect(r.status).toBe('error');
    expect(r.sample).toBeUndefined();
    expect(r.reason).toBe('AWS STS answered Throttling (HTTP 400): Rate exceeded');
  });
});

describe("AWS's words stay data", () => {
  it('a time rejection with injected lines is kept as one capped line', () => {
    const message = `Signature expired: 20260627T140000Z is now earlier than 20260627T141500Z${INJECTED}${'x'.repeat(500)}`;
    const r = classifySigned(
      {
        attempts: [at(403, 'aws-error')],
        errors: [{ code: 'SignatureDoesNotMatch', message, httpStatus: 403 }],
        finalError: {
          name: 'SignatureDoesNotMatch',
          code: 'SignatureDoesNotMatch',
          message,
          httpStatus: 403,
        },
      },
      base,
      true,
    );
    expect(r.status).toBe('ok');
    const words = String(r.details!.firstRejection);
    expect(words).not.toMatch(/[\r\n]/);
    expect(words.startsWith('Signature expired: 20260627T140000Z')).toBe(true);
    expect(Array.from(words).length).toBeLessThanOrEqual(200);
  });

  it('credentials messages are one line', () => {
    const r = classifySigned(
      {
        attempts: [at(403, 'aws-error')],
        errors: [{ code: 'InvalidClientTokenId', message: `bad${INJECTED}` }],
        finalError: { name: 'InvalidClientTokenId', code: 'InvalidClientTokenId', message: `bad${INJECTED}` },
      },
      base,
      false,
    );
    expect(r.details!.credentialsProblem).toBe(true);
    expect(r.reason).not.toMatch(/[\r\n]/);
  });

  it('untrustedText: line breaks become spaces, controls and direction overrides U+FFFD, long text is cut', () => {
    expect(untrustedText('a\r\nb\u2028c\td')).toBe('a b c d');
    expect(untrustedText('x\u0000\u001b[31m\u202eevil')).toBe('x\ufffd\ufffd[31m\ufffdevil');
    expect(untrustedText('y'.repeat(10), 5)).toBe('yyyy…');
    expect(untrustedText('short', 5)).toBe('short');
  });

  it('withoutControls: lines and tabs kept, a CRLF line end is a line end, other controls U+FFFD', () => {
    // A log from Windows pasted into explain showed a U+FFFD at the end of every line.
    expect(withoutControls('a\r\nb\tc\n')).toBe('a\nb\tc\n');
    expect(withoutControls('x\ry\u001b]0;t\u0007')).toBe('x\ufffdy\ufffd]0;t\ufffd');
  });
});
