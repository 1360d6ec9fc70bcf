/**
 * AEAD_AES_SIV_CMAC_256 (src/protocol/nts/aes-siv.ts): RFC 5297's test vectors, tampering, and the same
 * output as @noble/ciphers (an independent implementation, kept for this test) on random inputs.
 */
import { describe, expect, it } from '@jest/globals';
import { aessiv } from '@noble/ciphers/aes.js';
import fc from 'fast-check';
import { sivOpen, sivSeal } from '../../src/protocol/nts/aes-siv.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex');

const A1 = {
  key: hex('fffefdfc fbfaf9f8 f7f6f5f4 f3f2f1f0 f0f1f2f3 f4f5f6f7 f8f9fafb fcfdfeff'),
  associated: [hex('10111213 14151617 18191a1b 1c1d1e1f 20212223 24252627')],
  plaintext: hex('11223344 55667788 99aabbcc ddee'),
  sealed: hex('85632d07 c6e8f37f 950acd32 0a2ecc93 40c02b96 90c4dc04 daef7f6a fe5c'),
};
// Associated data, then the nonce as the last component: the order NTS uses (RFC 8915 §5.6).
const A2 = {
  key: hex('7f7e7d7c 7b7a7978 77767574 73727170 40414243 44454647 48494a4b 4c4d4e4f'),
  associated: [
    hex('00112233 44556677 8899aabb ccddeeff deaddada deaddada ffeeddcc bbaa9988 77665544 33221100'),
    hex('10203040 50607080 90a0'),
    hex('09f91102 9d74e35b d84156c5 635688c0'),
  ],
  plaintext: hex(
    '74686973 20697320 736f6d65 20706c61 696e7465 78742074 6f20656e 63727970 74207573 696e6720 5349562d 414553',
  ),
  sealed: hex(
    '7bdb6e3b 432667eb 06f4d14b ff2fbd0f cb900f2f ddbe4043 26601965 c889bf17 dba77ceb 094fa663 b7a3f748 ba8af829 ea64ad54 4a272e9c 485b62a3 fd5c0d',
  ),
};

describe('AEAD_AES_SIV_CMAC_256 against RFC 5297', () => {
  for (const [name, v] of [
    ['A.1 deterministic authenticated encryption', A1],
    ['A.2 nonce-based authenticated encryption', A2],
  ] as const) {
    it(`${name}: seals to the RFC's bytes and opens them`, () => {
      expect(toHex(sivSeal(v.key, v.associated, v.plaintext))).toBe(toHex(v.sealed));
      expect(toHex(sivOpen(v.key, v.associated, v.sealed)!)).toBe(toHex(v.plaintext));
    });

    it(`${name}: any one bit changed in the tag, ciphertext, data or key does not open`, () => {
      for (let bit = 0; bit < v.sealed.length * 8; bit++) {
        const sealed = v.sealed.slice();
        sealed[bit >> 3]! ^= 1 << (bit & 7);
        expect(sivOpen(v.key, v.associated, sealed)).toBeUndefined();
      }
      for (let part = 0; part < v.associated.length; part++) {
        const associated = v.associated.map((a) => a.slice());
        associated[part]![0]! ^= 0x80;
        expect(sivOpen(v.key, associated, v.sealed)).toBeUndefined();
      }
      // The last component is not the same as the one before it: order and boundaries count.
      expect(sivOpen(v.key, [...v.associated, new Uint8Array(0)], v.sealed)).toBeUndefined();
      for (const at of [0, 15, 16, 31]) {
        const key = v.key.slice();
        key[at]! ^= 1;
        expect(sivOpen(key, v.associated, v.sealed)).toBeUndefined();
      }
    });
  }

  it('opens nothing shorter than the tag, and refuses a key that is not 32 bytes', () => {
    expect(sivOpen(A1.key, A1.associated, A1.sealed.subarray(0, 15))).toBeUndefined();
    expect(() => sivSeal(A1.key.subarray(0, 16), [], new Uint8Array(1))).toThrow(/32-byte key, not 16 bytes/);
    expect(() => sivOpen(new Uint8Array(64), [], A1.sealed)).toThrow(/32-byte key, not 64 bytes/);
  });

  it('gives the same bytes as @noble/ciphers for random keys, data and plaintexts (block edges included)', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 70 }),
      fc
        .constantFrom(0, 15, 16, 17, 31, 32, 33, 48)
        .chain((n) => fc.uint8Array({ minLength: n, maxLength: n })),
    );
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.array(bytes, { maxLength: 4 }),
        bytes,
        (key, associated, plaintext) => {
          const ours = sivSeal(key, associated, plaintext);
          expect(toHex(ours)).toBe(toHex(aessiv(key, ...associated).encrypt(plaintext)));
          expect(toHex(sivOpen(key, associated, ours)!)).toBe(toHex(plaintext));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
