/**
 * AEAD_AES_SIV_CMAC_256 (RFC 5297 §2.6, §2.7), the AEAD that NTS uses (RFC 8915 §5.6), on node:crypto's
 * AES-128. No I/O.
 *
 * Why this is written here and not taken from a library: node:crypto has no SIV mode and no CMAC
 * (`createCipheriv('aes-128-siv', …)` is an unknown cipher even on OpenSSL 3), and @noble/ciphers, which
 * did this before, builds 65,536-entry AES tables when it is loaded: 25-30 ms of CPU on every run that asks
 * an NTS server, on the one thread that time-stamps the replies. Only the mode is written here: S2V over
 * CMAC (RFC 4493) and the counter-mode step, about forty lines of the RFC. Every AES block is OpenSSL's
 * (AES-NI where the CPU has it, constant time, unlike table-based AES in JavaScript). The tag is compared in
 * constant time. It is checked against RFC 5297's test vectors, and against @noble/ciphers (kept for the
 * tests) on random keys, associated data and plaintexts.
 */
import { createCipheriv, timingSafeEqual } from 'node:crypto';

const BLOCK = 16;
/** The key: two AES-128 keys, K1 for S2V, K2 for counter mode (RFC 5297 §2.6). */
export const SIV_KEY_BYTES = 32;
/** The synthetic IV that leads the ciphertext and is its tag. */
export const SIV_TAG_BYTES = BLOCK;
const ZERO_BLOCK = new Uint8Array(BLOCK);

/** Multiplication by x in GF(2^128) (RFC 5297 §2.3, RFC 4493's subkey step), without a secret branch. */
function dbl(block: Uint8Array): Uint8Array {
  const out = new Uint8Array(BLOCK);
  for (let i = 0; i < BLOCK - 1; i++) out[i] = ((block[i]! << 1) | (block[i + 1]! >>> 7)) & 0xff;
  out[BLOCK - 1] = ((block[BLOCK - 1]! << 1) & 0xff) ^ (0x87 & -(block[0]! >>> 7));
  return out;
}

function xorInto(target: Uint8Array, other: Uint8Array, at = 0): Uint8Array {
  for (let i = 0; i < other.length; i++) target[at + i]! ^= other[i]!;
  return target;
}

/** AES-CMAC (RFC 4493) with one key: its subkeys are derived once. */
function cmacWith(key: Uint8Array): (message: Uint8Array) => Uint8Array {
  const ecb = createCipheriv('aes-128-ecb', key, null);
  ecb.setAutoPadding(false);
  const k1 = dbl(ecb.update(ZERO_BLOCK));
  const k2 = dbl(k1);
  return (message) => {
    const blocks = Math.max(1, Math.ceil(message.length / BLOCK));
    const complete = message.length > 0 && message.length % BLOCK === 0;
    const padded = new Uint8Array(blocks * BLOCK);
    padded.set(message);
    if (!complete) padded[message.length] = 0x80;
    xorInto(padded, complete ? k1 : k2, (blocks - 1) * BLOCK);
    // CBC-MAC: the last block of CBC encryption under a zero IV.
    const cbc = createCipheriv('aes-128-cbc', key, ZERO_BLOCK);
    cbc.setAutoPadding(false);
    const out = cbc.update(padded);
    return new Uint8Array(out.subarray(out.length - BLOCK));
  };
}

/** S2V (RFC 5297 §2.4) of the associated data components and then the plaintext. */
function s2v(key: Uint8Array, associated: readonly Uint8Array[], plaintext: Uint8Array): Uint8Array {
  const cmac = cmacWith(key);
  let d = cmac(ZERO_BLOCK);
  for (const part of associated) d = xorInto(dbl(d), cmac(part));
  let t: Uint8Array;
  if (plaintext.length >= BLOCK) {
    t = Uint8Array.from(plaintext);
    xorInto(t, d, plaintext.length - BLOCK);
  } else {
    t = dbl(d);
    const padded = new Uint8Array(BLOCK);
    padded.set(plaintext);
    padded[plaintext.length] = 0x80;
    xorInto(t, padded);
  }
  return cmac(t);
}

/** Counter mode from the synthetic IV with bits 31 and 63 (from the right) cleared (RFC 5297 §2.5). */
function ctr(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const counter = Uint8Array.from(iv);
  counter[8]! &= 0x7f;
  counter[12]! &= 0x7f;
  return new Uint8Array(createCipheriv('aes-128-ctr', key, counter).update(data));
}

function splitKey(key: Uint8Array): { macKey: Uint8Array; ctrKey: Uint8Array } {
  if (key.length !== SIV_KEY_BYTES)
    throw new RangeError(`AES-SIV-CMAC-256 needs a ${SIV_KEY_BYTES}-byte key, not ${key.length} bytes`);
  return { macKey: key.subarray(0, BLOCK), ctrKey: key.subarray(BLOCK) };
}

/** The synthetic IV followed by the ciphertext (RFC 5297 §2.6). */
export function sivSeal(
  key: Uint8Array,
  associated: readonly Uint8Array[],
  plaintext: Uint8Array,
): Uint8Array {
  const { macKey, ctrKey } = splitKey(key);
  const iv = s2v(macKey, associated, plaintext);
  const out = new Uint8Array(SIV_TAG_BYTES + plaintext.length);
  out.set(iv);
  out.set(ctr(ctrKey, iv, plaintext), SIV_TAG_BYTES);
  return out;
}

/** The plaintext, or undefined when the ciphertext does not verify under this key and data (§2.7). */
export function sivOpen(
  key: Uint8Array,
  associated: readonly Uint8Array[],
  sealed: Uint8Array,
): Uint8Array | undefined {
  const { macKey, ctrKey } = splitKey(key);
  if (sealed.length < SIV_TAG_BYTES) return undefined;
  const iv = sealed.subarray(0, SIV_TAG_BYTES);
  const plaintext = ctr(ctrKey, iv, sealed.subarray(SIV_TAG_BYTES));
  return timingSafeEqual(s2v(macKey, associated, plaintext), iv) ? plaintext : undefined;
}
