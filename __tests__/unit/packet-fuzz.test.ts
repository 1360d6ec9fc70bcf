/** Property-based fuzzing of the NTP reply parser: never throws, never accepts what is not valid. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  checkReply,
  decodePacket,
  encodePacket,
  unixMsToNtp,
  type NtpTimestamp,
} from '../../src/protocol/ntp/packet.js';

const origin: NtpTimestamp = { seconds: 0xcafebabe, fraction: 0x12345678 };
const RUNS = Number(process.env.FUZZ_RUNS ?? 50_000);

function isAcceptable(bytes: Uint8Array): boolean {
  const p = decodePacket(bytes);
  if (!p) return false;
  return (
    p.mode === 4 &&
    (p.version === 3 || p.version === 4) &&
    p.origin.seconds === origin.seconds &&
    p.origin.fraction === origin.fraction &&
    p.stratum >= 1 &&
    p.stratum <= 15 &&
    p.leap !== 3 &&
    (p.transmit.seconds !== 0 || p.transmit.fraction !== 0) &&
    (p.receive.seconds !== 0 || p.receive.fraction !== 0) &&
    // The server's precision (log2 s) is part of its root distance.
    p.rootDelayMs / 2 + p.rootDispersionMs + 2 ** p.precision * 1000 <= 3000
  );
}

const good = encodePacket({
  leap: 0,
  version: 4,
  mode: 4,
  stratum: 2,
  poll: 6,
  precision: -20,
  rootDelayMs: 12,
  rootDispersionMs: 3,
  refId: new Uint8Array([192, 0, 2, 1]),
  reference: unixMsToNtp(Date.now() - 10_000),
  origin,
  receive: unixMsToNtp(Date.now()),
  transmit: unixMsToNtp(Date.now() + 1),
});

describe('NTP reply parser under fuzzing', () => {
  it(`never throws and accepts only valid replies (${RUNS} random byte strings)`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 96 }), (bytes) => {
        const check = checkReply(bytes, origin);
        expect(check.kind === 'valid').toBe(isAcceptable(bytes));
      }),
      { numRuns: RUNS },
    );
  });

  it(`never throws and accepts only valid replies (${RUNS} mutations of a good reply)`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ index: fc.nat(47), value: fc.nat(255) }), { minLength: 1, maxLength: 6 }),
        fc.nat(60),
        (mutations, extra) => {
          const bytes = new Uint8Array(48 + (extra > 48 ? extra - 48 : 0));
          bytes.set(good);
          for (const m of mutations) bytes[m.index] = m.value;
          const check = checkReply(extra < 48 && extra % 7 === 0 ? bytes.subarray(0, extra) : bytes, origin);
          expect(check.kind === 'valid').toBe(
            isAcceptable(extra < 48 && extra % 7 === 0 ? bytes.subarray(0, extra) : bytes),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
