import { describe, expect, it } from '@jest/globals';
import { recognize, recognizeAll } from '../../src/explain/index.js';
import { diagnose } from '../../src/explain/diagnose.js';
import { RECORDED, trueOffsetMs, type RecordedText } from '../corpus/recorded.js';

const timeErrors = RECORDED.filter((e) => e.expect !== 'none' && e.expect !== 'silent');
const notTime = RECORDED.filter((e) => e.expect === 'none');
const silent = RECORDED.filter((e) => e.expect === 'silent');
const rows = (list: RecordedText[]) => list.map((e) => [`${e.id} (${e.version})`, e] as const);

describe('texts real tools printed with a skewed clock', () => {
  it('were recorded from many tools, with their versions, skews and non-time errors', () => {
    expect(new Set(timeErrors.map((e) => e.tool)).size).toBeGreaterThanOrEqual(15);
    expect(timeErrors.length).toBeGreaterThanOrEqual(30);
    expect(notTime.length).toBeGreaterThanOrEqual(15);
    expect(new Set(RECORDED.map((e) => e.id)).size).toBe(RECORDED.length);
    for (const e of RECORDED) {
      expect(e.version.length).toBeGreaterThan(0);
      expect(e.text.length).toBeGreaterThan(0);
      // A time error needs a skew; a non-time error must happen with the right clock.
      if (e.expect === 'none') expect(e.skewSeconds).toBe(0);
      else expect(e.skewSeconds).not.toBe(0);
      // Where the recording ran is no part of the corpus.
      expect(e.text).not.toMatch(/\/tmp\/tmp\.|\/work\//);
    }
  });

  it.each(rows(timeErrors))('%s: recognised, and the truth lies inside what explain says', (_id, e) => {
    const truth = trueOffsetMs(e);
    const r = recognize(e.text);
    expect(r).toMatchObject({ recognized: true, kind: e.expect, consistent: true });
    // The direction, when given, is the true one.
    if (r.direction !== undefined) expect(r.direction).toBe(truth > 0 ? 'behind' : 'ahead');
    // Every bound holds.
    if (r.offsetBoundMs?.min !== undefined) expect(truth).toBeGreaterThanOrEqual(r.offsetBoundMs.min);
    if (r.offsetBoundMs?.max !== undefined) expect(truth).toBeLessThanOrEqual(r.offsetBoundMs.max);
    if (r.absOffsetMinMs !== undefined) expect(Math.abs(truth)).toBeGreaterThan(r.absOffsetMinMs);
    // An implied offset assumes the token or file was used as soon as it was made; the recorder uses each
    // within seconds of making it, so it is the truth to within that time.
    if (r.impliedOffsetMs !== undefined)
      expect(Math.abs(r.impliedOffsetMs - truth)).toBeLessThanOrEqual(5000);
    // A text with a number or a date says at least the direction.
    expect(r.direction !== undefined || r.absOffsetMinMs !== undefined).toBe(true);
  });

  it.each(rows(timeErrors))('%s: a clock measured as it was then is named the cause', (_id, e) => {
    const truth = trueOffsetMs(e);
    const d = diagnose(recognize(e.text), { status: 'fail', offsetMs: truth, uncertaintyMs: 50 });
    expect(d.cause).toBe('clock-wrong-now');
  });

  it.each(rows(notTime))('%s: no time error is claimed', (_id, e) => {
    expect(recognizeAll(e.text)).toEqual([]);
  });

  it.each(rows(silent))('%s: says nothing about time, and nothing is claimed', (_id, e) => {
    expect(recognizeAll(e.text)).toEqual([]);
  });
});

describe("gpg's 'Signature expired' is gpg's, not AWS SigV4's", () => {
  const gpg = RECORDED.find((e) => e.id === 'gpg-signature-expired')!;

  it('is read as an expired OpenPGP signature: runner ahead, no AWS advice', () => {
    const hits = recognizeAll(gpg.text);
    expect(hits.map((h) => h.kind)).toEqual(['gpg-signature-expired']);
    expect(hits[0]!.direction).toBe('ahead');
    const d = diagnose(recognize(gpg.text), { status: 'ok', offsetMs: 3, uncertaintyMs: 2 });
    expect(d.cause).toBe('upstream-expired');
    expect(d.advice.join(' ')).not.toMatch(/AWS|SDK|Lambda|SigV4/);
  });

  it('even as the one line a log keeps', () => {
    const line = gpg.text.split('\n').find((l) => l.startsWith('gpg: Signature expired'))!;
    expect(recognize(line)).toMatchObject({ kind: 'gpg-signature-expired', direction: 'ahead' });
    expect(recognize(`${line.replace(/^gpg: /, '2026-11-28T17:00:00.0000000Z gpg: ')}`).kind).toBe(
      'gpg-signature-expired',
    );
  });

  it("while AWS's own partial forms still count", () => {
    expect(recognize('InvalidSignatureException: Signature expired: …').kind).toBe(
      'aws-sigv4-signature-expired',
    );
    expect(recognize('Signature not yet current: 20260627T150000Z is still later than …').kind).toBe(
      'aws-sigv4-signature-not-yet-current',
    );
  });
});
