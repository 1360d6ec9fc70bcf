/** Property-based: recognize never throws and never returns nonsense, on random text and on mutated real errors. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { recognize } from '../../src/explain/index.js';
import { diagnose } from '../../src/explain/diagnose.js';
import type { Recognition } from '../../src/explain/types.js';
import { CORPUS } from '../corpus/time-errors.js';
import { RECORDED } from '../corpus/recorded.js';

function wellFormed(r: Recognition): void {
  expect(typeof r.recognized).toBe('boolean');
  expect(typeof r.consistent).toBe('boolean');
  expect(typeof r.evidence).toBe('string');
  expect(typeof r.service).toBe('string');
  if (!r.recognized) return;
  expect(r.kind).toEqual(expect.any(String));
  for (const v of [
    r.impliedOffsetMs,
    r.offsetBoundMs?.min,
    r.offsetBoundMs?.max,
    r.windowMs,
    r.absOffsetMinMs,
  ]) {
    if (v !== undefined) expect(Number.isFinite(v)).toBe(true);
  }
  if (!r.consistent) {
    expect(r.impliedOffsetMs).toBeUndefined();
    expect(r.inconsistency).toEqual(expect.any(String));
  }
  if (r.impliedOffsetMs !== undefined && r.offsetBoundMs?.max !== undefined) {
    expect(r.impliedOffsetMs).toBeLessThanOrEqual(r.offsetBoundMs.max);
  }
  if (r.impliedOffsetMs !== undefined && r.offsetBoundMs?.min !== undefined) {
    expect(r.impliedOffsetMs).toBeGreaterThanOrEqual(r.offsetBoundMs.min);
  }
  if (r.impliedOffsetMs !== undefined && r.direction) {
    expect(r.direction).toBe(r.impliedOffsetMs > 0 ? 'behind' : 'ahead');
  }
  // And whatever was recognised, a diagnosis follows without throwing.
  const d = diagnose(r, { status: 'ok', offsetMs: 3, uncertaintyMs: 2, title: 'x' });
  expect(d.advice.length).toBeGreaterThan(0);
}

/** Edits that real logs make: cuts, insertions, replaced characters, duplicated and swapped pieces. */
const mutation = (text: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat({ max: Math.max(0, text.length) }),
        len: fc.nat({ max: 40 }),
        insert: fc.oneof(
          fc.string({ maxLength: 12 }),
          fc.string({ unit: 'binary', maxLength: 6 }),
          fc.constantFrom(
            '\n',
            '\\n',
            '\\"',
            '│ ',
            '\u001b[31m',
            '&lt;',
            '<',
            '>',
            ')',
            '(',
            ' - ',
            ' + ',
            'Z',
            'T',
            '0',
            '9',
            ',',
            '.',
          ),
        ),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((edits) => {
      let s = text;
      for (const e of edits) {
        const at = Math.min(e.at, s.length);
        s = s.slice(0, at) + e.insert + s.slice(Math.min(s.length, at + e.len));
      }
      return s;
    });

describe('recognize under fuzzing', () => {
  it('never throws on random strings (full Unicode and ASCII)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 400 })),
        (text) => {
          wellFormed(recognize(text));
        },
      ),
      { numRuns: 8000 },
    );
  });

  it('never throws on random strings built from the words the parsers look for', () => {
    const word = fc.constantFrom(
      'Signature expired:',
      'Signature not yet current:',
      ' is now earlier than ',
      ' is still later than ',
      '20230512T173853Z',
      '20231312T999999Z',
      ' (',
      ' - 5 min.)',
      ' + 15 min.)',
      '<RequestTime>',
      '</RequestTime>',
      '<ServerTime>',
      '</ServerTime>',
      '2016-05-24T12:18:12Z',
      'Sat, 12 Feb 2022 09:37:03 GMT',
      'RequestTimeTooSkewed',
      'Request has expired',
      '<Expires>',
      '</Expires>',
      '<X-Amz-Expires>',
      '60',
      '</X-Amz-Expires>',
      'AADSTS700024: Client assertion is not within its valid time range.',
      ' Current time: ',
      ', assertion valid from ',
      ', expiry time of assertion ',
      '1970-01-01T00:00:00.0000000Z',
      'x509: certificate has expired or is not yet valid: current time ',
      ' is after ',
      ' is before ',
      'Release file for http://x is not valid yet (invalid for another ',
      '5h 3min 2s)',
      'KRB_AP_ERR_SKEW',
      'gpg: Signature expired ',
      'Sat Nov 28 18:18:12 2026 UTC',
      'gpg: key 122C79D784B4741A was created ',
      ' seconds in the future (time warp or clock problem)',
      "make: Warning: File 'Makefile' has modification time ",
      '599',
      '4.2e+02',
      ' s in the future',
      'tar: build/in: time stamp 2026-11-27 18:04:12 is ',
      'Token used too early, ',
      'Token expired, ',
      '1795802874',
      ' < ',
      'The token is not valid until ',
      '8/15/2019 4:49:16 AM',
      '. Current server time is ',
      'Caused by: java.security.cert.CertificateNotYetValidException: NotBefore: ',
      'ERROR: The certificate of ‘127.0.0.1’ is not yet activated.',
      'Certificate invalid: not yet valid',
      'ImmatureSignatureError: The token is not yet valid (iat)',
      'RPError: JWT not active yet, now ',
      'JWT expired, now ',
      ', nbf ',
      ', exp ',
      '"iat" claim timestamp check failed (too far in the past)',
      'unexpected JWT "nbf" (not before) claim value',
      '\\"',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (words) => {
        wellFormed(recognize(words.join('')));
      }),
      { numRuns: 6000 },
    );
  });

  it('never throws on mutated corpus entries', () => {
    const texts = [...CORPUS.map((e) => e.text), ...RECORDED.map((e) => e.text)];
    const arb = fc.constantFrom(...texts).chain((text) => mutation(text));
    fc.assert(
      fc.property(arb, (text) => {
        wellFormed(recognize(text));
      }),
      { numRuns: 8000 },
    );
  });
});
