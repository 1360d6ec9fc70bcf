/**
 * NTS extension fields in NTP packets (RFC 8915 §5, framing of RFC 7822): build an authenticated client
 * request, and authenticate, decrypt and judge a server's reply. No I/O here. The AEAD is
 * AEAD_AES_SIV_CMAC_256 (aes-siv.ts: the RFC 5297 mode over node:crypto's AES).
 *
 * Parsing is bounded and never throws: a reply is bytes from anyone on the path until it authenticates.
 */
import {
  encodeClientRequest as encodeNtpRequest,
  NTP_PACKET_BYTES,
  type NtpTimestamp,
} from '../ntp/packet.js';
import { SIV_KEY_BYTES, sivOpen, sivSeal, SIV_TAG_BYTES } from './aes-siv.js';
import { MAX_COOKIE_BYTES, MAX_COOKIES, MIN_COOKIE_BYTES } from './ke.js';

export const FieldType = {
  UniqueIdentifier: 0x0104,
  NtsCookie: 0x0204,
  CookiePlaceholder: 0x0304,
  Authenticator: 0x0404,
} as const;

export const UNIQUE_ID_BYTES = 32;
export const NONCE_BYTES = 16;
/** RFC 7822: an extension field is at least 16 bytes long and a multiple of 4. */
const MIN_FIELD_BYTES = 16;
/** RFC 8915 §5.6: the nonce area is at least 16 bytes (padding included) for AES-SIV. */
const MIN_NONCE_AREA_BYTES = 16;
/** chrony's MAX_TOTAL_COOKIE_LENGTH: cookies and placeholders stay under this, so no IP fragmentation. */
const MAX_TOTAL_COOKIE_BYTES = 8 * 108;
/** Largest NTP packet we accept (chrony's NTP_MAX_EXTENSIONS_LENGTH + header, rounded). */
export const MAX_NTS_PACKET_BYTES = 1500;

export interface ExtensionField {
  type: number;
  /** Offset of the field's first byte in the packet. */
  start: number;
  /** Whole length, header included. */
  length: number;
  body: Uint8Array;
}

function padded(n: number): number {
  return (n + 3) & ~3;
}

/** One field: type, length, body, zero padding to a multiple of 4 and to at least `minLength`. */
export function encodeExtensionField(
  type: number,
  body: Uint8Array,
  minLength = MIN_FIELD_BYTES,
): Uint8Array {
  const length = Math.max(padded(4 + body.length), padded(minLength));
  if (length > 0xffff) throw new RangeError('extension field over 65535 bytes');
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, type);
  view.setUint16(2, length);
  bytes.set(body, 4);
  return bytes;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The NTS Authenticator and Encrypted Extension Fields field (RFC 8915 §5.6) for a packet whose bytes so
 * far are `associated`: nonce and ciphertext lengths, the nonce, AES-SIV(key, associated data, nonce,
 * plaintext) where plaintext is the encrypted extension fields (none in a client request).
 */
export function sealAuthenticator(
  associated: Uint8Array,
  key: Uint8Array,
  nonce: Uint8Array,
  plaintext: Uint8Array = new Uint8Array(0),
): Uint8Array {
  const ciphertext = sivSeal(key, [associated, nonce], plaintext);
  const nonceArea = Math.max(padded(nonce.length), MIN_NONCE_AREA_BYTES);
  const body = new Uint8Array(4 + nonceArea + padded(ciphertext.length));
  const view = new DataView(body.buffer);
  view.setUint16(0, nonce.length);
  view.setUint16(2, ciphertext.length);
  body.set(nonce, 4);
  body.set(ciphertext, 4 + padded(nonce.length));
  return encodeExtensionField(FieldType.Authenticator, body);
}

export interface RequestParts {
  origin: NtpTimestamp;
  uniqueId: Uint8Array;
  cookie: Uint8Array;
  /** Cookies held after this one is spent: the request asks for enough to refill to 8. */
  cookiesLeft: number;
  c2sKey: Uint8Array;
  nonce: Uint8Array;
}

/** How many new cookies to ask for: refill to 8, within the size budget (chrony's NNC_GenerateRequestAuth). */
export function cookiesToRequest(cookieBytes: number, cookiesLeft: number): number {
  return Math.max(
    1,
    Math.min(MAX_COOKIES - cookiesLeft, Math.floor(MAX_TOTAL_COOKIE_BYTES / (cookieBytes + 4))),
  );
}

/** A client request: the NTP header, Unique Identifier, cookie, placeholders, authenticator. */
export function encodeNtsRequest(p: RequestParts): Uint8Array {
  const placeholders = cookiesToRequest(p.cookie.length, p.cookiesLeft) - 1;
  const fields: Uint8Array[] = [
    encodeNtpRequest(p.origin),
    encodeExtensionField(FieldType.UniqueIdentifier, p.uniqueId),
    encodeExtensionField(FieldType.NtsCookie, p.cookie),
  ];
  for (let i = 0; i < placeholders; i++) {
    fields.push(encodeExtensionField(FieldType.CookiePlaceholder, new Uint8Array(p.cookie.length)));
  }
  const associated = concatBytes(...fields);
  return concatBytes(associated, sealAuthenticator(associated, p.c2sKey, p.nonce));
}

export type FieldsParse = { ok: true; fields: ExtensionField[] } | { ok: false; reason: string };

/**
 * Splits `bytes[start..]` into extension fields that fill it exactly: each at least `minLength` bytes, a
 * multiple of 4, inside the buffer. A trailing legacy MAC is not expected in NTS and is refused.
 */
export function parseExtensionFields(
  bytes: Uint8Array,
  start: number,
  minLength = MIN_FIELD_BYTES,
): FieldsParse {
  const fields: ExtensionField[] = [];
  let at = start;
  while (at < bytes.length) {
    if (bytes.length - at < 4)
      return { ok: false, reason: `${bytes.length - at} stray bytes after the extension fields` };
    const type = (bytes[at]! << 8) | bytes[at + 1]!;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (length < minLength || length % 4 !== 0) {
      return {
        ok: false,
        reason: `extension field 0x${type.toString(16).padStart(4, '0')} has invalid length ${length}`,
      };
    }
    if (at + length > bytes.length) {
      return {
        ok: false,
        reason: `extension field 0x${type.toString(16).padStart(4, '0')} runs past the end of the packet`,
      };
    }
    fields.push({ type, start: at, length, body: bytes.subarray(at + 4, at + length) });
    at += length;
  }
  return { ok: true, fields };
}

export type AuthOpen = { ok: true; plaintext: Uint8Array } | { ok: false; reason: string };

/** Checks the authenticator's framing (chrony's NNA_DecryptAuthEF) and opens it with the S2C key. */
export function openAuthenticator(packet: Uint8Array, field: ExtensionField, key: Uint8Array): AuthOpen {
  const body = field.body;
  if (body.length < 4) return { ok: false, reason: 'NTS authenticator too short' };
  const nonceLength = (body[0]! << 8) | body[1]!;
  const ciphertextLength = (body[2]! << 8) | body[3]!;
  if (nonceLength < 1 || ciphertextLength < SIV_TAG_BYTES) {
    return {
      ok: false,
      reason: `NTS authenticator with nonce ${nonceLength} and ciphertext ${ciphertextLength} bytes`,
    };
  }
  if (4 + Math.max(padded(nonceLength), MIN_NONCE_AREA_BYTES) + padded(ciphertextLength) > body.length) {
    return { ok: false, reason: 'NTS authenticator lengths do not fit the field' };
  }
  const nonce = body.subarray(4, 4 + nonceLength);
  const ciphertext = body.subarray(4 + padded(nonceLength), 4 + padded(nonceLength) + ciphertextLength);
  if (key.length !== SIV_KEY_BYTES) return { ok: false, reason: `S2C key of ${key.length} bytes` };
  const plaintext = sivOpen(key, [packet.subarray(0, field.start), nonce], ciphertext);
  return plaintext
    ? { ok: true, plaintext }
    : { ok: false, reason: 'NTS authenticator does not verify (forged or altered reply, or wrong key)' };
}

export type NtsReplyCheck =
  | { kind: 'authentic'; cookies: Uint8Array[] }
  /** An NTS NAK: the server could not use our cookie (RFC 8915 §5.7); new keys are needed. */
  | { kind: 'nak' }
  /** `code` is for code to branch on; `reason` is for people and may change wording. */
  | { kind: 'rejected'; code: 'unique-id-mismatch' | 'invalid'; reason: string };

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

const NTS_NAK = [0x4e, 0x54, 0x53, 0x4e]; // 'NTSN'

/**
 * Judges the NTS part of a reply (after chrony's NNC_CheckResponseAuth): the fields must parse, our
 * Unique Identifier must be echoed, the authenticator must be the last field and verify with the S2C
 * key over the header and every field before it, and the encrypted fields must hold at least one usable
 * cookie. The NTP header's own tests (origin, stratum, …) are checkReply's job, on the same bytes.
 */
export function checkNtsReply(bytes: Uint8Array, uniqueId: Uint8Array, s2cKey: Uint8Array): NtsReplyCheck {
  if (bytes.length < NTP_PACKET_BYTES)
    return { kind: 'rejected', code: 'invalid', reason: `short packet (${bytes.length} bytes)` };
  if (bytes.length > MAX_NTS_PACKET_BYTES)
    return { kind: 'rejected', code: 'invalid', reason: `packet of ${bytes.length} bytes is too long` };
  if (s2cKey.length !== SIV_KEY_BYTES) return { kind: 'rejected', code: 'invalid', reason: 'no S2C key' };
  if (bytes.length === NTP_PACKET_BYTES)
    return {
      kind: 'rejected',
      code: 'invalid',
      reason: 'reply has no NTS extension fields (not authenticated)',
    };
  if (((bytes[0]! >> 3) & 7) !== 4)
    return { kind: 'rejected', code: 'invalid', reason: 'extension fields in a packet that is not NTPv4' };
  const parsed = parseExtensionFields(bytes, NTP_PACKET_BYTES);
  if (!parsed.ok) return { kind: 'rejected', code: 'invalid', reason: parsed.reason };

  let uniqueIdSeen = false;
  let plaintext: Uint8Array | undefined;
  for (const field of parsed.fields) {
    if (field.type === FieldType.UniqueIdentifier) {
      if (!equalBytes(field.body, uniqueId)) {
        return {
          kind: 'rejected',
          code: 'unique-id-mismatch',
          reason: 'Unique Identifier does not match our request (stale, replayed or forged reply)',
        };
      }
      uniqueIdSeen = true;
    } else if (field.type === FieldType.Authenticator) {
      if (field.start + field.length !== bytes.length) {
        return {
          kind: 'rejected',
          code: 'invalid',
          reason: 'NTS authenticator is not the last extension field',
        };
      }
      const opened = openAuthenticator(bytes, field, s2cKey);
      if (!opened.ok) return { kind: 'rejected', code: 'invalid', reason: opened.reason };
      plaintext = opened.plaintext;
    }
    // Unencrypted cookies and unknown fields are ignored, as RFC 7822 asks for unknown fields.
  }
  if (!uniqueIdSeen)
    return { kind: 'rejected', code: 'invalid', reason: 'reply does not echo our Unique Identifier' };
  if (!plaintext) {
    // The NAK is unauthenticated by nature; echoing our identifier shows it answers this request.
    const isNak = bytes[1] === 0 && NTS_NAK.every((b, i) => bytes[12 + i] === b);
    return isNak
      ? { kind: 'nak' }
      : { kind: 'rejected', code: 'invalid', reason: 'reply has no NTS authenticator (not authenticated)' };
  }
  const inner = parseExtensionFields(plaintext, 0, 4);
  if (!inner.ok) return { kind: 'rejected', code: 'invalid', reason: `encrypted fields: ${inner.reason}` };
  const cookies = inner.fields
    .filter((f) => f.type === FieldType.NtsCookie && f.length >= MIN_FIELD_BYTES)
    .map((f) => f.body.slice())
    .filter((c) => c.length >= MIN_COOKIE_BYTES && c.length <= MAX_COOKIE_BYTES);
  if (cookies.length === 0)
    return { kind: 'rejected', code: 'invalid', reason: 'authenticated reply carries no new cookie' };
  return { kind: 'authentic', cookies };
}

/** For tests and test servers: a reply's NTS part, given the header and the keys. */
export function encodeNtsReply(
  header: Uint8Array,
  uniqueId: Uint8Array,
  cookies: readonly Uint8Array[],
  s2cKey: Uint8Array,
  nonce: Uint8Array,
): Uint8Array {
  const associated = concatBytes(header, encodeExtensionField(FieldType.UniqueIdentifier, uniqueId));
  const plaintext = concatBytes(...cookies.map((c) => encodeExtensionField(FieldType.NtsCookie, c)));
  return concatBytes(associated, sealAuthenticator(associated, s2cKey, nonce, plaintext));
}
