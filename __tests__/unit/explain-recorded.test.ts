import { describe, expect, it } from '@jest/globals';
import { recognize, recognizeAll } from '../../src/explain/index.js';
import { diagnose } from '../../src/explain/diagnose.js';
import { whatTheTextSays } from '../../src/explain/describe.js';
import { readFileSync } from 'node:fs';
import { RECORDED, recognitionTable, trueOffsetMs, type RecordedText } from '../corpus/recorded.js';

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
    // An implied offset assumes the token was checked as soon as it was made, which a busy recorder does
    // not promise (seconds pass between minting and checking): only the bounds are guarantees. The implied
    // figure must still lie inside them and point the true way.
    if (r.impliedOffsetMs !== undefined) {
      expect(Math.sign(r.impliedOffsetMs)).toBe(Math.sign(truth));
      if (r.offsetBoundMs?.min !== undefined)
        expect(r.impliedOffsetMs).toBeGreaterThanOrEqual(r.offsetBoundMs.min);
      if (r.offsetBoundMs?.max !== undefined)
        expect(r.impliedOffsetMs).toBeLessThanOrEqual(r.offsetBoundMs.max);
    }
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

describe('diagnosis of the recorded texts when the clock is right now', () => {
  const ok = { status: 'ok', offsetMs: 4, uncertaintyMs: 3 };
  const recorded = (id: string) => recognize(RECORDED.find((e) => e.id === id)!.text);

  it('a token not yet valid for the runner: the clock was behind then, or the issuer is ahead', () => {
    for (const id of ['pyjwt-not-yet-valid', 'jose-nbf', 'google-auth-too-early']) {
      const d = diagnose(recorded(id), ok);
      expect(d.cause).toBe('clock-was-wrong');
      expect(d.advice.join(' ')).toMatch(/issuer has a clock ahead/);
    }
  });

  it('a token expired for the runner: it really expired, with no advice about making JWTs', () => {
    for (const id of ['pyjwt-expired', 'jsonwebtoken-expired', 'google-auth-expired']) {
      const d = diagnose(recorded(id), ok);
      expect(d.cause).toBe('upstream-expired');
      expect(d.title).toMatch(/the token really expired/);
    }
  });

  it('files from the future: written while the clock was ahead, or by a machine ahead', () => {
    for (const id of ['make-mtime-in-future', 'tar-time-stamp-in-future']) {
      const d = diagnose(recorded(id), ok);
      expect(d.cause).toBe('clock-was-wrong');
      expect(d.advice.join(' ')).toMatch(/stepped back/);
    }
  });

  it('a gpg key from the future: the clock was behind then, or the key owner was ahead', () => {
    const d = diagnose(recorded('gpg-import-key-from-future'), ok);
    expect(d.cause).toBe('clock-was-wrong');
    expect(d.advice.join(' ')).toMatch(/owner had a clock ahead/);
  });

  it('a token valid only from a later time is not said to have been "used late"', () => {
    expect(whatTheTextSays(recorded('jose-nbf'))).not.toMatch(/used late/);
    expect(whatTheTextSays(recorded('jose-nbf'))).toMatch(/behind/);
  });
});

describe('explain on the whole recorded output, as a person pastes it', () => {
  it("prints gpg's expired signature as gpg's, with its advice, in JSON and in text", async () => {
    const { explainCommand } = await import('../../src/cli/explain.js');
    const gpg = RECORDED.find((e) => e.id === 'gpg-signature-expired')!;
    let out = '';
    const io = { stdout: (t: string) => void (out += t), stderr: () => undefined };
    const measure = async () => ({ status: 'ok', offsetMs: 2, uncertaintyMs: 1, title: 'ok' });
    expect(await explainCommand({ text: gpg.text, json: true, io, measure })).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      kind: 'gpg-signature-expired',
      direction: 'ahead',
      diagnosis: { cause: 'upstream-expired' },
    });
    out = '';
    expect(await explainCommand({ text: gpg.text, json: false, io, measure })).toBe(0);
    expect(out).toMatch(/GnuPG/);
    expect(out).toMatch(/signature really expired/);
    expect(out).not.toMatch(/AWS|SigV4/);
  });
});

describe('when the clock cannot be measured', () => {
  it("names the other story of each family, not a request's delay", () => {
    const unmeasured = { status: 'unknown', title: 'No time reference answered' };
    const say = (id: string) =>
      diagnose(recognize(RECORDED.find((e) => e.id === id)!.text), unmeasured).message;
    expect(say('make-mtime-in-future')).toMatch(/files were written while this clock was ahead/);
    expect(say('gpg-signature-expired')).toMatch(/signature really expired/);
    expect(say('java-expired')).toMatch(/certificate really expired/);
    expect(say('pyjwt-not-yet-valid')).toMatch(/issuer has a clock ahead/);
    expect(say('kinit-ahead')).toMatch(/KDC's clock/);
    for (const id of ['make-mtime-in-future', 'gpg-signature-expired', 'java-expired', 'kinit-ahead'])
      expect(say(id)).not.toMatch(/request or credential/);
  });
});

describe('token age and OpenID Connect client libraries, as recorded', () => {
  const recorded = (id: string) => RECORDED.find((e) => e.id === id)!;

  it("jose's iat 'too far in the past' is an old token or a clock ahead, never a clock behind", () => {
    const e = recorded('jose-iat-too-old');
    expect(recognizeAll(e.text).map((h) => [h.kind, h.direction])).toEqual([['jwt-expired', 'ahead']]);
    expect(recognize(e.text).derivation).toMatch(/maximum token age/);
    // Its sibling, "(it should be in the past)", is the token from the future.
    expect(recognize(recorded('jose-iat-in-future').text)).toMatchObject({
      kind: 'jwt-not-yet-valid',
      direction: 'behind',
    });
  });

  it("oauth4webapi's own wording for a token too old (literal, from its source) reads the same way", () => {
    const text =
      'OperationProcessingError: unexpected JWT "iat" (issued at) claim value, it is too far in the past';
    expect(recognize(text)).toMatchObject({
      kind: 'jwt-expired',
      direction: 'ahead',
      confidence: 'possible',
    });
    // The same library's type errors are about the token's shape, not time.
    expect(recognizeAll('unexpected JWT "nbf" (not before) claim type')).toEqual([]);
  });

  it('openid-client 6 names the claim: the direction follows, no size', () => {
    const r = recognize(recorded('openid-client-nbf').text);
    expect(r).toMatchObject({ kind: 'jwt-not-yet-valid', direction: 'behind' });
    expect(r.offsetBoundMs).toBeUndefined();
  });

  it('openid-client 5 prints now and nbf: the runner was behind by at least their difference less 1 s', () => {
    const e = recorded('openid-client5-nbf');
    const r = recognize(e.text);
    expect(r).toMatchObject({ kind: 'jwt-not-yet-valid', direction: 'behind', confidence: 'certain' });
    const m = /now (\d+), nbf (\d+)/.exec(e.text)!;
    expect(r.offsetBoundMs?.min).toBe((Number(m[2]) - Number(m[1]) - 1) * 1000);
    expect(trueOffsetMs(e)).toBeGreaterThanOrEqual(r.offsetBoundMs!.min!);
  });
});

describe('Go programs, recorded against a certificate issued by a skewed clock', () => {
  it.each(['go-not-yet-valid', 'buildah-not-yet-valid'])(
    '%s: the current time and notBefore in the text bound the offset',
    (id) => {
      const e = RECORDED.find((x) => x.id === id)!;
      expect(e.skewAt).toBe('issuer');
      const r = recognize(e.text);
      expect(r.kind).toBe('tls-certificate-not-yet-valid');
      expect(r.offsetBoundMs?.min).toBeGreaterThan(0);
      expect(trueOffsetMs(e)).toBeGreaterThanOrEqual(r.offsetBoundMs!.min!);
    },
  );
});

describe('the recognition table in the corpus README', () => {
  it('is what explain does on the recorded texts now', () => {
    const table = recognitionTable(
      (e) => {
        const r = recognize(e.text);
        const truth = trueOffsetMs(e);
        const b = r.offsetBoundMs;
        return (
          r.kind === e.expect &&
          r.consistent &&
          (r.direction === undefined || r.direction === (truth > 0 ? 'behind' : 'ahead')) &&
          (b?.min === undefined || truth >= b.min) &&
          (b?.max === undefined || truth <= b.max) &&
          (r.absOffsetMinMs === undefined || Math.abs(truth) > r.absOffsetMinMs)
        );
      },
      (e) => recognizeAll(e.text).length > 0,
    );
    if (process.env.PRINT_TABLE) process.stdout.write(`${table}\n`);
    const readme = readFileSync(new URL('../corpus/README.md', import.meta.url), 'utf8');
    const block = /<!-- recognition table -->\n([\s\S]*?)\n<!-- end -->/.exec(readme)?.[1];
    // Compared cell by cell: the Markdown formatter pads the columns.
    const cells = (t: string) =>
      t
        .split('\n')
        .map((l) => l.split('|').map((c) => c.trim().replace(/^-{3,}$/, '---')))
        .filter((l) => l.length > 1);
    expect(cells(block ?? '')).toEqual(cells(table));
  });
});
