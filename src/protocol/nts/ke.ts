/**
 * NTS Key Establishment records (RFC 8915 §4): encode the client's request, parse and judge the server's
 * response. No I/O here: bytes in, records or a reason out. Parsing is bounded and never throws, because
 * the bytes come from a TLS peer we have not yet decided to believe.
 *
 * A record is a 16-bit word (critical bit + 15-bit type), a 16-bit body length and the body.
 */
import { isIP } from 'node:net';

export const NTS_KE_PORT = 4460;
export const NTS_KE_ALPN = 'ntske/1';
export const NTS_EXPORTER_LABEL = 'EXPORTER-network-time-security';

export const RecordType = {
  EndOfMessage: 0,
  NextProtocol: 1,
  Error: 2,
  Warning: 3,
  AeadAlgorithm: 4,
  NewCookie: 5,
  NtpServer: 6,
  NtpPort: 7,
} as const;

export const NEXT_PROTOCOL_NTPV4 = 0;
export const AEAD_AES_SIV_CMAC_256 = 15;
/** Key length of AEAD_AES_SIV_CMAC_256 (RFC 5297: two AES-128 keys). */
export const AEAD_KEY_BYTES = 32;

/** chrony's NKE_MAX_MESSAGE_LENGTH: a response longer than this is not a response. */
export const MAX_MESSAGE_BYTES = 16384;
/** chrony's limits: at most 8 cookies are kept, each at most 256 bytes. */
export const MAX_COOKIES = 8;
export const MAX_COOKIE_BYTES = 256;
/**
 * A cookie travels in an NTP extension field, which RFC 7822 wants at least 16 bytes long and a multiple
 * of 4: a cookie shorter than 12 bytes or of odd length cannot be sent without changing it.
 */
export const MIN_COOKIE_BYTES = 12;
const MAX_SERVER_NAME_BYTES = 255;
/** RFC 1035 limits a name to 253 characters in text, each label to 63. */
const MAX_HOST_NAME_CHARS = 253;
const LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;

/**
 * An NTPv4 Server record must be what RFC 8915 §4.1.7 says it is: an IPv4 or IPv6 address, or a host name
 * (letters, digits, hyphens, underscores, dot-separated labels of at most 63 characters; one trailing dot).
 * It is resolved and shown in reports, so nothing else a server writes there gets that far.
 */
export function isHostNameOrAddress(text: string): boolean {
  if (isIP(text) !== 0) return true;
  const name = text.endsWith('.') ? text.slice(0, -1) : text;
  if (name.length === 0 || name.length > MAX_HOST_NAME_CHARS) return false;
  return name.split('.').every((label) => LABEL.test(label));
}

const ERROR_CODES: Record<number, string> = {
  0: 'unrecognized critical record',
  1: 'bad request',
  2: 'internal server error',
};

export interface KeRecord {
  critical: boolean;
  type: number;
  body: Uint8Array;
}

export function encodeRecord(r: KeRecord): Uint8Array {
  if (r.body.length > 0xffff) throw new RangeError('NTS-KE record body over 65535 bytes');
  const bytes = new Uint8Array(4 + r.body.length);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, (r.critical ? 0x8000 : 0) | (r.type & 0x7fff));
  view.setUint16(2, r.body.length);
  bytes.set(r.body, 4);
  return bytes;
}

export function encodeRecords(records: readonly KeRecord[]): Uint8Array {
  const parts = records.map(encodeRecord);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function u16(value: number): Uint8Array {
  return new Uint8Array([(value >> 8) & 0xff, value & 0xff]);
}

/** The client's request: NTPv4 next, AES-SIV-CMAC-256 only, end (RFC 8915 §4.1; chrony's prepare_request). */
export function encodeClientRequest(): Uint8Array {
  return encodeRecords([
    { critical: true, type: RecordType.NextProtocol, body: u16(NEXT_PROTOCOL_NTPV4) },
    { critical: true, type: RecordType.AeadAlgorithm, body: u16(AEAD_AES_SIV_CMAC_256) },
    { critical: true, type: RecordType.EndOfMessage, body: new Uint8Array(0) },
  ]);
}

export type MessageParse =
  | { kind: 'complete'; records: KeRecord[]; bytes: number }
  | { kind: 'incomplete' }
  | { kind: 'invalid'; reason: string };

/**
 * Splits a message into records. `incomplete` while the bytes so far are a valid prefix (more may come
 * over TLS); `complete` at the End of Message record, which must be critical and empty; anything after it
 * is an error, as is a message over 16 KiB.
 */
export function parseMessage(bytes: Uint8Array): MessageParse {
  if (bytes.length > MAX_MESSAGE_BYTES) {
    return { kind: 'invalid', reason: `NTS-KE message longer than ${MAX_MESSAGE_BYTES} bytes` };
  }
  const records: KeRecord[] = [];
  let at = 0;
  while (at + 4 <= bytes.length) {
    const word = (bytes[at]! << 8) | bytes[at + 1]!;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (at + 4 + length > bytes.length) return { kind: 'incomplete' };
    const record: KeRecord = {
      critical: (word & 0x8000) !== 0,
      type: word & 0x7fff,
      body: bytes.slice(at + 4, at + 4 + length),
    };
    at += 4 + length;
    if (record.type === RecordType.EndOfMessage) {
      if (!record.critical || length !== 0) {
        return { kind: 'invalid', reason: 'malformed End of Message record (must be critical and empty)' };
      }
      if (at !== bytes.length) return { kind: 'invalid', reason: 'data after the End of Message record' };
      return { kind: 'complete', records, bytes: at };
    }
    records.push(record);
  }
  return { kind: 'incomplete' };
}

export interface KeResponse {
  aead: number;
  cookies: Uint8Array[];
  /** NTPv4 Server Negotiation: where to send NTP, when not the NTS-KE host. */
  ntpServer?: string;
  /** NTPv4 Port Negotiation: the NTP port, when not 123. */
  ntpPort?: number;
}

export type ResponseCheck = ({ ok: true } & KeResponse) | { ok: false; reason: string };

function readU16s(body: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < body.length; i += 2) out.push((body[i]! << 8) | body[i + 1]!);
  return out;
}

/**
 * Judges a complete response the way chrony's process_response does: an Error or Warning record, an
 * unknown critical record, a protocol other than NTPv4 or an algorithm we did not offer, a duplicate
 * negotiation record, or no usable cookie all refuse the whole response. Cookies of a length we cannot
 * send are skipped, and at most 8 are kept.
 */
export function checkResponse(records: readonly KeRecord[]): ResponseCheck {
  let nextProtocol: number | undefined;
  let aead: number | undefined;
  let ntpServer: string | undefined;
  let ntpPort: number | undefined;
  const cookies: Uint8Array[] = [];
  let skippedCookies = 0;
  const fail = (reason: string): ResponseCheck => ({ ok: false, reason });

  for (const r of records) {
    switch (r.type) {
      case RecordType.NextProtocol: {
        if (nextProtocol !== undefined) return fail('more than one Next Protocol record');
        if (!r.critical) return fail('Next Protocol record without the critical bit');
        if (r.body.length === 0) return fail('the server supports none of our protocols (NTPv4)');
        if (r.body.length !== 2)
          return fail(`Next Protocol record of ${r.body.length} bytes (need one protocol)`);
        nextProtocol = readU16s(r.body)[0]!;
        if (nextProtocol !== NEXT_PROTOCOL_NTPV4)
          return fail(`server chose protocol ${nextProtocol}, not NTPv4`);
        break;
      }
      case RecordType.AeadAlgorithm: {
        if (aead !== undefined) return fail('more than one AEAD Algorithm record');
        if (r.body.length === 0)
          return fail('the server supports none of our AEAD algorithms (AES-SIV-CMAC-256)');
        if (r.body.length !== 2)
          return fail(`AEAD Algorithm record of ${r.body.length} bytes (need one algorithm)`);
        aead = readU16s(r.body)[0]!;
        if (aead !== AEAD_AES_SIV_CMAC_256)
          return fail(`server chose AEAD algorithm ${aead}, which we did not offer`);
        break;
      }
      case RecordType.Error: {
        const code = r.body.length === 2 ? readU16s(r.body)[0]! : undefined;
        const words = code === undefined ? 'malformed' : `${code} (${ERROR_CODES[code] ?? 'unknown'})`;
        return fail(`the server answered with NTS-KE error ${words}`);
      }
      case RecordType.Warning: {
        // No warning codes are defined; RFC 8915 §4.1.4 has clients treat unknown ones as errors.
        const code = r.body.length === 2 ? String(readU16s(r.body)[0]!) : 'malformed';
        return fail(`the server answered with NTS-KE warning ${code}`);
      }
      case RecordType.NewCookie: {
        const n = r.body.length;
        if (n < MIN_COOKIE_BYTES || n > MAX_COOKIE_BYTES || n % 4 !== 0) skippedCookies += 1;
        else if (cookies.length < MAX_COOKIES) cookies.push(r.body);
        break;
      }
      case RecordType.NtpServer: {
        if (ntpServer !== undefined) return fail('more than one NTPv4 Server record');
        if (r.body.length < 1 || r.body.length > MAX_SERVER_NAME_BYTES)
          return fail('NTPv4 Server record of invalid length');
        // Printable ASCII without spaces (chrony's isgraph test): it becomes a host name we resolve.
        if (!r.body.every((b) => b > 0x20 && b < 0x7f))
          return fail('NTPv4 Server record is not a printable name');
        const name = String.fromCharCode(...r.body);
        if (!isHostNameOrAddress(name))
          return fail('NTPv4 Server record is not a host name or an IP address');
        ntpServer = name;
        break;
      }
      case RecordType.NtpPort: {
        if (ntpPort !== undefined) return fail('more than one NTPv4 Port record');
        if (r.body.length !== 2) return fail(`NTPv4 Port record of ${r.body.length} bytes (need 2)`);
        ntpPort = readU16s(r.body)[0]!;
        if (ntpPort === 0) return fail('NTPv4 Port record names port 0');
        break;
      }
      default:
        if (r.critical) return fail(`unrecognised critical record type ${r.type}`);
    }
  }
  if (nextProtocol === undefined) return fail('no Next Protocol record in the response');
  if (aead === undefined) return fail('no AEAD Algorithm record in the response');
  if (cookies.length === 0) {
    return fail(
      skippedCookies > 0
        ? `no usable cookie (${skippedCookies} of unusable length)`
        : 'no cookie in the response',
    );
  }
  return {
    ok: true,
    aead,
    cookies,
    ...(ntpServer !== undefined ? { ntpServer } : {}),
    ...(ntpPort !== undefined ? { ntpPort } : {}),
  };
}

/** RFC 8915 §5.1: the exporter context is the protocol id, the AEAD id and 0x00 (C2S) or 0x01 (S2C). */
export function exporterContext(aead: number, direction: 'c2s' | 's2c'): Uint8Array {
  return new Uint8Array([
    (NEXT_PROTOCOL_NTPV4 >> 8) & 0xff,
    NEXT_PROTOCOL_NTPV4 & 0xff,
    (aead >> 8) & 0xff,
    aead & 0xff,
    direction === 'c2s' ? 0x00 : 0x01,
  ]);
}
