import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { explainCommand, readTextBounded, type Measurement } from '../../src/cli/explain.js';

function capture() {
  let out = '';
  let err = '';
  return {
    io: { stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t) },
    out: () => out,
    err: () => err,
  };
}

const EXPIRED =
  'Signature expired: 20230512T173853Z is now earlier than 20230512T174113Z (20230512T174613Z - 5 min.)';

describe('explainCommand', () => {
  it('prints recognized, kind, impliedOffsetMs and the diagnosis as JSON, and exits 0', async () => {
    const c = capture();
    const m: Measurement = {
      status: 'fail',
      offsetMs: 440_500,
      uncertaintyMs: 3,
      title: 'Runner clock is 7 m 20 s behind',
    };
    const code = await explainCommand({ text: EXPIRED, json: true, io: c.io, measure: async () => m });
    expect(code).toBe(0);
    const json = JSON.parse(c.out());
    expect(json).toMatchObject({
      recognized: true,
      kind: 'aws-sigv4-signature-expired',
      impliedOffsetMs: 440_000,
      windowMs: 300_000,
      direction: 'behind',
      consistent: true,
      measured: { status: 'fail', offsetMs: 440_500 },
      diagnosis: { cause: 'clock-wrong-now' },
    });
    expect(c.err()).toBe('');
  });

  it('gives impliedOffsetMs null for an inconsistent text', async () => {
    const c = capture();
    const text =
      'Signature expired: 20230118T161739Z is now earlier than 20230118T161739Z (20190318T162239Z - 5 min.)';
    await explainCommand({ text, json: true, io: c.io, measure: async () => undefined });
    expect(JSON.parse(c.out())).toMatchObject({
      recognized: true,
      consistent: false,
      impliedOffsetMs: null,
      diagnosis: { cause: 'not-measured' },
    });
  });

  it('says plainly that unrecognised text is not a known time error, exits 0 and does not measure', async () => {
    const c = capture();
    let measured = false;
    const measure = async () => {
      measured = true;
      return undefined;
    };
    expect(await explainCommand({ text: 'npm ERR! 404', json: false, io: c.io, measure })).toBe(0);
    expect(c.out()).toMatch(/^No time error this tool knows was found in the text\./);
    // What it knows names every family, not only the first ones written.
    for (const words of [
      /SigV4/,
      /presigned/,
      /PyJWT/,
      /openid-client/,
      /runner's token service/,
      /OpenSSH/,
      /gpg/,
      /make and tar/,
      /apt/,
      /Kerberos/,
    ])
      expect(c.out()).toMatch(words);
    expect(measured).toBe(false);
    const j = capture();
    await explainCommand({ text: 'npm ERR! 404', json: true, io: j.io, measure });
    expect(JSON.parse(j.out())).toMatchObject({
      recognized: false,
      kind: null,
      impliedOffsetMs: null,
      diagnosis: { cause: 'not-a-time-error' },
    });
  });

  it('explains even when the measurement throws', async () => {
    const c = capture();
    await explainCommand({
      text: EXPIRED,
      json: false,
      io: c.io,
      measure: async () => {
        throw new Error('UDP 123 blocked');
      },
    });
    expect(c.out()).toMatch(/Clock now: could not be measured \(the measurement failed: UDP 123 blocked\)/);
    expect(c.out()).toMatch(/What to do:/);
  });
});

describe('readTextBounded', () => {
  it('keeps everything when small', async () => {
    expect(await readTextBounded(Readable.from([Buffer.from('ab'), Buffer.from('c')]))).toBe('abc');
  });

  it('keeps the head and the tail of a large stream', async () => {
    const chunks = Array.from({ length: 100 }, (_, i) => Buffer.from(String(i % 10).repeat(100)));
    const text = await readTextBounded(Readable.from(chunks), 1000, 300);
    expect(text.length).toBeLessThanOrEqual(1001);
    expect(text.startsWith('0'.repeat(100) + '1'.repeat(100) + '2'.repeat(100))).toBe(true);
    expect(text.endsWith('8'.repeat(100) + '9'.repeat(100))).toBe(true);
  });
});
