/**
 * NTS parsers: NTS-KE records (RFC 8915 §4) and NTP extension fields (§5). Unit tests of encoding and
 * parsing (AES-SIV itself: aes-siv.test.ts), and property-based fuzzing: random and mutated bytes
 * never throw and are never accepted unless valid.
 */
import { describe, expect, it } from '@jest/globals';
import { aessiv } from '@noble/ciphers/aes.js';
import fc from 'fast-check';
import { isIP } from 'node:net';
import { decodePacket, encodePacket, unixMsToNtp, type NtpTimestamp } from '../../src/protocol/ntp/packet.js';
import {
  checkNtsReply,
  encodeExtensionField,
  encodeNtsReply,
  encodeNtsRequest,
  FieldType,
  parseExtensionFields,
  concatBytes,
  cookiesToRequest,
} from '../../src/protocol/nts/extensions.js';
import {
  AEAD_AES_SIV_CMAC_256,
  checkResponse,
  encodeClientRequest,
  encodeRecords,
  exporterContext,
  parseMessage,
  RecordType,
  type KeRecord,
} from '../../src/protocol/nts/ke.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 50_000);

const u16 = (n: number) => new Uint8Array([n >> 8, n & 0xff]);
const EOM: KeRecord = { critical: true, type: RecordType.EndOfMessage, body: new Uint8Array(0) };

describe('NTS-KE records', () => {
  it('encodes the client request: Next Protocol NTPv4, AEAD 15, End of Message, all critical', () => {
    expect(Buffer.from(encodeClientRequest()).toString('hex')).toBe(
      '80010002' + '0000' + '80040002' + '000f' + '80000000',
    );
  });

  it('builds the exporter context: protocol id, AEAD id, direction', () => {
    expect(Array.from(exporterContext(AEAD_AES_SIV_CMAC_256, 'c2s'))).toEqual([0, 0, 0, 15, 0]);
    expect(Array.from(exporterContext(AEAD_AES_SIV_CMAC_256, 's2c'))).toEqual([0, 0, 0, 15, 1]);
  });

  const cookie = (n: number, fill = 7) => new Uint8Array(n).fill(fill);
  const good: KeRecord[] = [
    { critical: true, type: RecordType.NextProtocol, body: u16(0) },
    { critical: true, type: RecordType.AeadAlgorithm, body: u16(15) },
    { critical: false, type: RecordType.NewCookie, body: cookie(100, 1) },
    { critical: false, type: RecordType.NewCookie, body: cookie(100, 2) },
    { critical: false, type: RecordType.NtpServer, body: new TextEncoder().encode('ntp.example.net') },
    { critical: false, type: RecordType.NtpPort, body: u16(11123) },
  ];

  it('parses a good response and honours the server and port records', () => {
    const parsed = parseMessage(encodeRecords([...good, EOM]));
    expect(parsed.kind).toBe('complete');
    if (parsed.kind !== 'complete') return;
    expect(parsed.records).toEqual(good);
    const r = checkResponse(parsed.records);
    expect(r).toEqual({
      ok: true,
      aead: 15,
      cookies: [cookie(100, 1), cookie(100, 2)],
      ntpServer: 'ntp.example.net',
      ntpPort: 11123,
    });
  });

  it('waits for more bytes on a prefix and refuses bytes after End of Message', () => {
    const bytes = encodeRecords([...good, EOM]);
    for (const cut of [0, 1, 3, 4, 5, bytes.length - 4, bytes.length - 1]) {
      expect(parseMessage(bytes.subarray(0, cut)).kind).toBe('incomplete');
    }
    expect(parseMessage(concatBytes(bytes, new Uint8Array([0]))).kind).toBe('invalid');
    expect(parseMessage(encodeRecords([...good, { ...EOM, critical: false }])).kind).toBe('invalid');
    expect(parseMessage(encodeRecords([...good, { ...EOM, body: new Uint8Array(2) }])).kind).toBe('invalid');
    expect(parseMessage(new Uint8Array(16385)).kind).toBe('invalid');
  });

  it.each<[string, KeRecord[], RegExp]>([
    [
      'an Error record',
      [...good, { critical: true, type: RecordType.Error, body: u16(1) }],
      /error 1 \(bad request\)/,
    ],
    ['a Warning record', [...good, { critical: true, type: RecordType.Warning, body: u16(7) }], /warning 7/],
    [
      'an unknown critical record',
      [...good, { critical: true, type: 999, body: new Uint8Array(0) }],
      /critical record type 999/,
    ],
    ['another protocol', [{ critical: true, type: 1, body: u16(5) }, ...good.slice(1)], /protocol 5/],
    [
      'no protocol',
      [{ critical: true, type: 1, body: new Uint8Array(0) }, ...good.slice(1)],
      /none of our protocols/,
    ],
    [
      'a non-critical Next Protocol',
      [{ critical: false, type: 1, body: u16(0) }, ...good.slice(1)],
      /critical bit/,
    ],
    [
      'another AEAD',
      [good[0]!, { critical: true, type: 4, body: u16(16) }, ...good.slice(2)],
      /algorithm 16/,
    ],
    ['two AEAD records', [...good, good[1]!], /more than one AEAD/],
    ['no AEAD', good.filter((r) => r.type !== 4), /no AEAD/],
    ['no cookie', good.filter((r) => r.type !== 5), /no cookie/],
    [
      'only cookies of unusable length',
      [...good.filter((r) => r.type !== 5), { critical: false, type: 5, body: cookie(10) }],
      /unusable length/,
    ],
    ['port 0', [...good.slice(0, 5), { critical: false, type: 7, body: u16(0) }], /port 0/],
    [
      'a server name with a space',
      [...good.slice(0, 4), { critical: false, type: 6, body: new TextEncoder().encode('a b') }],
      /printable/,
    ],
    [
      'a server name carrying a workflow command',
      [
        ...good.slice(0, 4),
        { critical: false, type: 6, body: new TextEncoder().encode('::set-output=name=status::ok') },
      ],
      /not a host name or an IP address/,
    ],
    [
      'a server name carrying HTML',
      [...good.slice(0, 4), { critical: false, type: 6, body: new TextEncoder().encode('<img/src=x>') }],
      /not a host name or an IP address/,
    ],
    [
      'a server name with a 200-letter label',
      [...good.slice(0, 4), { critical: false, type: 6, body: new TextEncoder().encode('a'.repeat(200)) }],
      /not a host name or an IP address/,
    ],
  ])('refuses a response with %s', (_name, records, reason) => {
    const r = checkResponse(records);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('ignores unknown non-critical records and keeps at most 8 cookies', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ critical: false, type: 5, body: cookie(64, i) }));
    const r = checkResponse([
      ...good.slice(0, 2),
      { critical: false, type: 999, body: new Uint8Array(3) },
      ...many,
    ]);
    expect(r.ok && r.cookies.length).toBe(8);
  });
});

/** A host name (labels of letters, digits, '-' and '_', not at a label's ends) or an IP address, byte by byte. */
function nameOrAddress(body: Uint8Array): boolean {
  const text = String.fromCharCode(...body);
  if (isIP(text) !== 0) return true;
  const bytes = body.at(-1) === 0x2e ? body.subarray(0, -1) : body;
  if (bytes.length === 0 || bytes.length > 253) return false;
  let labelLength = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i]! : 0x2e;
    if (b === 0x2e) {
      if (labelLength === 0 || labelLength > 63 || bytes[i - 1] === 0x2d) return false;
      labelLength = 0;
      continue;
    }
    const alnum = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
    if (!alnum && b !== 0x5f && b !== 0x2d) return false;
    if (b === 0x2d && labelLength === 0) return false;
    labelLength += 1;
  }
  return true;
}

/** An independent statement of what checkResponse may accept (RFC 8915 §4 and chrony's rules). */
function responseIsValid(records: KeRecord[]): boolean {
  const np = records.filter((r) => r.type === 1);
  const aead = records.filter((r) => r.type === 4);
  const server = records.filter((r) => r.type === 6);
  const port = records.filter((r) => r.type === 7);
  const cookies = records.filter(
    (r) => r.type === 5 && r.body.length >= 12 && r.body.length <= 256 && r.body.length % 4 === 0,
  );
  return (
    np.length === 1 &&
    np[0]!.critical &&
    np[0]!.body.length === 2 &&
    np[0]!.body[0] === 0 &&
    np[0]!.body[1] === 0 &&
    aead.length === 1 &&
    aead[0]!.body.length === 2 &&
    aead[0]!.body[0] === 0 &&
    aead[0]!.body[1] === 15 &&
    !records.some((r) => r.type === 2 || r.type === 3) &&
    !records.some((r) => r.critical && r.type > 7) &&
    server.length <= 1 &&
    server.every(
      (r) => r.body.length >= 1 && r.body.every((b) => b > 32 && b < 127) && nameOrAddress(r.body),
    ) &&
    port.length <= 1 &&
    port.every((r) => r.body.length === 2 && (r.body[0]! | r.body[1]!) !== 0) &&
    cookies.length > 0
  );
}

const recordArb: fc.Arbitrary<KeRecord> = fc.oneof(
  fc.record({
    critical: fc.boolean(),
    type: fc.integer({ min: 1, max: 9 }),
    body: fc.uint8Array({ maxLength: 6 }),
  }),
  fc.record({
    critical: fc.boolean(),
    type: fc.constantFrom(1, 4),
    body: fc.constantFrom(u16(0), u16(15)),
  }),
  fc.record({
    critical: fc.constant(false),
    type: fc.constant(5),
    body: fc.integer({ min: 0, max: 40 }).map((n) => new Uint8Array(n).fill(9)),
  }),
);

describe('NTS-KE parser under fuzzing', () => {
  it(`never throws on random bytes, and what it accepts re-encodes to the same bytes (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const parsed = parseMessage(bytes);
        if (parsed.kind === 'complete') {
          expect(encodeRecords([...parsed.records, EOM])).toEqual(bytes);
          expect(checkResponse(parsed.records).ok).toBe(responseIsValid(parsed.records));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`accepts a response exactly when it is valid (${RUNS} structured responses)`, () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 8 }), (records) => {
        const bytes = encodeRecords([...records, EOM]);
        const parsed = parseMessage(bytes);
        // Plain booleans, not expect(): jest's deep equality on byte arrays dominates the run time.
        return (
          parsed.kind === 'complete' &&
          Buffer.from(encodeRecords([...parsed.records, EOM])).equals(Buffer.from(bytes)) &&
          parsed.records.every(
            (r, i) => r.critical === records[i]!.critical && r.type === records[i]!.type,
          ) &&
          checkResponse(parsed.records).ok === responseIsValid(records)
        );
      }),
      { numRuns: RUNS },
    );
  });

  it(`never throws on mutations of a good response, and accepts only valid ones (${RUNS} runs)`, () => {
    const base = encodeRecords([
      { critical: true, type: 1, body: u16(0) },
      { critical: true, type: 4, body: u16(15) },
      { critical: false, type: 5, body: new Uint8Array(16).fill(3) },
      { critical: false, type: 7, body: u16(123) },
      EOM,
    ]);
    fc.assert(
      fc.property(
        fc.array(fc.record({ index: fc.nat(base.length - 1), value: fc.nat(255) }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.nat(base.length + 4),
        (mutations, cut) => {
          const bytes = new Uint8Array(Math.max(cut, base.length));
          bytes.set(base);
          for (const m of mutations) bytes[m.index] = m.value;
          const parsed = parseMessage(bytes.subarray(0, cut));
          if (parsed.kind === 'complete') {
            expect(encodeRecords([...parsed.records, EOM])).toEqual(bytes.subarray(0, cut));
            expect(checkResponse(parsed.records).ok).toBe(responseIsValid(parsed.records));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

const origin: NtpTimestamp = { seconds: 0xcafebabe, fraction: 0x12345678 };
const c2s = new Uint8Array(32).fill(0x11);
const s2c = new Uint8Array(32).fill(0x22);
const uniqueId = new Uint8Array(32).map((_, i) => i);
const nonce = new Uint8Array(16).fill(0x33);
const header = encodePacket({
  leap: 0,
  version: 4,
  mode: 4,
  stratum: 1,
  poll: 6,
  precision: -20,
  rootDelayMs: 0,
  rootDispersionMs: 1,
  refId: new Uint8Array([0x47, 0x50, 0x53, 0]),
  reference: unixMsToNtp(Date.now() - 1000),
  origin,
  receive: unixMsToNtp(Date.now()),
  transmit: unixMsToNtp(Date.now() + 1),
});
const newCookies = [new Uint8Array(100).fill(0xaa), new Uint8Array(100).fill(0xbb)];
const goodReply = encodeNtsReply(header, uniqueId, newCookies, s2c, nonce);
const goodFields = parseExtensionFields(goodReply, 48);
const authStart = goodFields.ok ? goodFields.fields.at(-1)!.start : -1;

describe('NTS extension fields', () => {
  it('builds a request: header, Unique Identifier, cookie, placeholders, authenticator over all before it', () => {
    const cookie = new Uint8Array(100).fill(5);
    const request = encodeNtsRequest({ origin, uniqueId, cookie, cookiesLeft: 5, c2sKey: c2s, nonce });
    expect(decodePacket(request)!.transmit).toEqual(origin);
    const parsed = parseExtensionFields(request, 48);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.fields.map((f) => f.type)).toEqual([0x0104, 0x0204, 0x0304, 0x0304, 0x0404]);
    expect(parsed.fields[0]!.body).toEqual(uniqueId);
    expect(parsed.fields[1]!.body).toEqual(cookie);
    expect(parsed.fields[2]!.body).toEqual(new Uint8Array(100));
    const auth = parsed.fields[4]!;
    expect(auth.length).toBe(4 + 4 + 16 + 16);
    expect(Array.from(auth.body.subarray(0, 4))).toEqual([0, 16, 0, 16]);
    // The server's view: the tag verifies with the C2S key over the header and the fields before it.
    const tag = auth.body.subarray(20, 36);
    expect(aessiv(c2s, request.subarray(0, auth.start), nonce).decrypt(tag)).toEqual(new Uint8Array(0));
  });

  it('asks for enough cookies to hold 8, within the size budget', () => {
    expect(cookiesToRequest(100, 7)).toBe(1);
    expect(cookiesToRequest(100, 0)).toBe(8);
    expect(cookiesToRequest(256, 0)).toBe(3);
  });

  it('pads fields to a multiple of 4 and at least 16 bytes', () => {
    expect(encodeExtensionField(0x1234, new Uint8Array(1)).length).toBe(16);
    expect(encodeExtensionField(0x1234, new Uint8Array(13)).length).toBe(20);
  });

  it('accepts an authentic reply and collects its new cookies', () => {
    expect(checkNtsReply(goodReply, uniqueId, s2c)).toEqual({ kind: 'authentic', cookies: newCookies });
  });

  it.each<[string, Uint8Array, Uint8Array, Uint8Array, RegExp]>([
    ['another Unique Identifier', goodReply, new Uint8Array(32), s2c, /Unique Identifier does not match/],
    ['the wrong key (C2S instead of S2C)', goodReply, uniqueId, c2s, /does not verify/],
    ['no extension fields', header, uniqueId, s2c, /no NTS extension fields/],
    [
      'a trailing MAC-like tail',
      concatBytes(goodReply, new Uint8Array(20)),
      uniqueId,
      s2c,
      /not the last|invalid length/,
    ],
    [
      'no authenticator',
      concatBytes(header, encodeExtensionField(FieldType.UniqueIdentifier, uniqueId)),
      uniqueId,
      s2c,
      /no NTS authenticator/,
    ],
    [
      'no Unique Identifier',
      concatBytes(header, encodeExtensionField(FieldType.NtsCookie, new Uint8Array(40))),
      uniqueId,
      s2c,
      /does not echo/,
    ],
    [
      'a forged cookie list (no cookie)',
      encodeNtsReply(header, uniqueId, [], s2c, nonce),
      uniqueId,
      s2c,
      /no new cookie/,
    ],
  ])('rejects a reply with %s', (_name, bytes, id, key, reason) => {
    const r = checkNtsReply(bytes, id, key);
    expect(r.kind).toBe('rejected');
    if (r.kind === 'rejected') expect(r.reason).toMatch(reason);
  });

  it('accepts extra zero padding in the authenticator (not authenticated, RFC 8915 §5.6) but nothing else', () => {
    const longer = concatBytes(goodReply, new Uint8Array(4));
    const view = new DataView(longer.buffer);
    view.setUint16(authStart + 2, view.getUint16(authStart + 2) + 4);
    expect(checkNtsReply(longer, uniqueId, s2c).kind).toBe('authentic');
    longer[authStart + 8]! ^= 1; // the nonce
    expect(checkNtsReply(longer, uniqueId, s2c).kind).toBe('rejected');
  });

  it('recognises an NTS NAK that echoes our identifier', () => {
    const nak = encodePacket({
      ...decodePacket(header)!,
      stratum: 0,
      refId: new TextEncoder().encode('NTSN'),
    });
    expect(
      checkNtsReply(
        concatBytes(nak, encodeExtensionField(FieldType.UniqueIdentifier, uniqueId)),
        uniqueId,
        s2c,
      ),
    ).toEqual({
      kind: 'nak',
    });
  });
});

describe('NTS reply parser under fuzzing', () => {
  it(`never throws and never accepts random bytes (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 200 }), fc.boolean(), (bytes, withHeader) => {
        const packet = withHeader ? concatBytes(header, bytes) : bytes;
        // Plain booleans, not expect(): jest's matchers would dominate the run time.
        if (checkNtsReply(packet, uniqueId, s2c).kind === 'authentic') return false;
        const fields = parseExtensionFields(packet, Math.min(48, packet.length));
        // Accepted framing tiles the rest exactly with fields of at least 16 bytes, multiples of 4.
        return (
          !fields.ok ||
          (fields.fields.reduce((n, f) => n + f.length, 0) === packet.length - Math.min(48, packet.length) &&
            fields.fields.every((f) => f.length >= 16 && f.length % 4 === 0))
        );
      }),
      { numRuns: RUNS },
    );
  });

  it(`never throws on mutations of an authentic reply, and accepts none that changed it (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ index: fc.nat(goodReply.length - 1), value: fc.nat(255) }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.integer({ min: -8, max: 8 }),
        (mutations, resize) => {
          const length = Math.max(0, goodReply.length + resize * 4);
          const bytes = new Uint8Array(length);
          bytes.set(goodReply.subarray(0, length));
          for (const m of mutations) if (m.index < length) bytes[m.index] = m.value;
          const r = checkNtsReply(bytes, uniqueId, s2c);
          if (r.kind !== 'authentic') return true;
          // Padding inside the authenticator is not authenticated (RFC 8915 §5.6): a longer field with
          // extra padding may pass. Everything else (header, fields before it, nonce, ciphertext) must
          // be unchanged, and so must the cookies it yields.
          const same = (from: number, to: number) =>
            Buffer.from(bytes.subarray(from, to)).equals(Buffer.from(goodReply.subarray(from, to)));
          return (
            same(0, authStart + 2) &&
            same(authStart + 4, goodReply.length) &&
            bytes.length >= goodReply.length &&
            r.cookies.length === newCookies.length &&
            r.cookies.every((c, i) => Buffer.from(c).equals(Buffer.from(newCookies[i]!)))
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
