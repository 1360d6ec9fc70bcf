import { describe, expect, it } from '@jest/globals';
import { clockExplains, diagnose, type MeasuredNow } from '../../src/explain/diagnose.js';
import { recognize } from '../../src/explain/index.js';
import { CORPUS } from '../corpus/time-errors.js';

const text = (id: string) => CORPUS.find((e) => e.id === id)!.text;
const ok: MeasuredNow = { status: 'ok', offsetMs: 12, uncertaintyMs: 5, title: 'Runner clock is within 1 s' };
const MIN = 60_000;

describe('diagnose', () => {
  it('blames the clock when the offset measured now accounts for the error', () => {
    const r = recognize(text('aws-cli-6676')); // 1 h 45 m behind
    const d = diagnose(
      r,
      { status: 'fail', offsetMs: 6_300_500, uncertaintyMs: 20, title: 'x' },
      { clockFix: 'sudo chronyc -a makestep' },
    );
    expect(d.cause).toBe('clock-wrong-now');
    expect(d.title).toContain('1 h 45 m behind');
    expect(d.advice[0]).toBe('sudo chronyc -a makestep');
  });

  it('blames the clock when it is over the window in the same direction, whatever the text said then', () => {
    const r = recognize(text('anthropic-sdk-go-122')); // 8 m 4 s in the text
    expect(diagnose(r, { status: 'fail', offsetMs: 6 * MIN, uncertaintyMs: 10 }).cause).toBe(
      'clock-wrong-now',
    );
  });

  it('says the request waited when the clock is right (connection queue, frozen Lambda, retries)', () => {
    const r = recognize(text('anthropic-sdk-go-122'));
    const d = diagnose(r, ok);
    expect(d.cause).toBe('signed-long-before-sent');
    expect(d.title).toContain('8 m 4 s');
    expect(d.advice.join(' ')).toMatch(/maxSockets/);
    expect(d.advice.join(' ')).toMatch(/asynchronously|InvocationType/);
    expect(d.advice.join(' ')).toMatch(/frozen/);
  });

  it('puts a slow upload first for S3 skew with a right clock', () => {
    const d = diagnose(recognize(text('ex-aws-159-retries')), ok);
    expect(d.cause).toBe('signed-long-before-sent');
    expect(d.advice[0]).toMatch(/slow upload/);
  });

  it('says a token outlived its lifetime when an Entra assertion expired and the clock is right', () => {
    const d = diagnose(recognize(text('docker-tools-1310')), ok);
    expect(d.cause).toBe('token-outlived-lifetime');
    expect(d.advice.join(' ')).toMatch(/azure\/login/);
  });

  it('says a presigned URL outlived its lifetime', () => {
    expect(diagnose(recognize(text('react-slack-clone-27')), ok).cause).toBe('token-outlived-lifetime');
  });

  it('says the clock was wrong then when a signature was dated in the future and the clock is right now', () => {
    const d = diagnose(recognize(text('serverless-enterprise-11')), ok);
    expect(d.cause).toBe('clock-was-wrong');
    expect(d.title).toContain('ahead');
  });

  it('says the certificate really expired when the clock is right', () => {
    expect(diagnose(recognize(text('xdcc-cli-4')), ok).cause).toBe('upstream-expired');
  });

  it('points at the KDC when Kerberos complains and the runner is right', () => {
    expect(diagnose(recognize(text('nopac-11')), ok).cause).toBe('server-clock-wrong');
    expect(diagnose(recognize(text('nopac-11')), { status: 'fail', offsetMs: -7 * MIN }).cause).toBe(
      'clock-wrong-now',
    );
  });

  it('says AuthFailure with a right clock is about credentials', () => {
    expect(diagnose(recognize(text('boto3-524')), ok).cause).toBe('not-the-clock');
  });

  it('blames the clock for apt when it is behind by about the bound', () => {
    const r = recognize(text('elementary-appcenter-1535')); // behind by at least 3 h 54 m
    expect(diagnose(r, { status: 'fail', offsetMs: 4.5 * 3600_000 }).cause).toBe('clock-wrong-now');
    expect(diagnose(r, ok).cause).toBe('clock-was-wrong');
  });

  it('cannot decide without a measurement, and says both possibilities', () => {
    const r = recognize(text('aws-cli-6676'));
    for (const m of [undefined, { status: 'unknown', title: 'No time reference answered' }]) {
      const d = diagnose(r, m);
      expect(d.cause).toBe('not-measured');
      expect(d.message).toMatch(/could not be measured/);
    }
  });

  it('gives no number for an inconsistent text but still diagnoses from its wording', () => {
    const r = recognize(text('seed-lambda-article-garbled'));
    expect(r.consistent).toBe(false);
    const d = diagnose(r, ok);
    expect(d.cause).toBe('signed-long-before-sent');
    expect(d.message).toMatch(/contradicts itself/);
  });

  it('notes a clock that is off now but does not explain the error', () => {
    const r = recognize(text('aws-cli-6676')); // 1 h 45 m
    const d = diagnose(r, { status: 'warn', offsetMs: 2500, uncertaintyMs: 5 });
    expect(d.cause).toBe('signed-long-before-sent');
    expect(d.message).toMatch(/worth fixing/);
  });

  it('reports unrecognised text plainly', () => {
    expect(diagnose(recognize('all good'), ok).cause).toBe('not-a-time-error');
  });

  it('judges direction-only texts by a clock off the same way', () => {
    const r = recognize(text('probot-967')); // iat in the future: ahead
    expect(clockExplains(r, { status: 'warn', offsetMs: -90_000 })).toBe(true);
    expect(clockExplains(r, { status: 'warn', offsetMs: 90_000 })).toBe(false);
    expect(clockExplains(r, ok)).toBe(false);
  });
});
