import { describe, expect, it } from '@jest/globals';
import {
  checkReply,
  decodePacket,
  encodeClientRequest,
  encodePacket,
  ntpToUnixMs,
  onWire,
  unixMsToNtp,
  type NtpPacket,
  type NtpTimestamp,
} from '../../src/protocol/ntp/packet.js';

const origin: NtpTimestamp = { seconds: 0x12345678, fraction: 0x9abcdef0 };
const now = Date.UTC(2026, 10, 23, 12, 0, 0);

function reply(overrides: Partial<NtpPacket> = {}): NtpPacket {
  return {
    leap: 0,
    version: 4,
    mode: 4,
    stratum: 2,
    poll: 0,
    precision: -20,
    rootDelayMs: 10,
    rootDispersionMs: 5,
    refId: new Uint8Array([10, 0, 0, 1]),
    reference: unixMsToNtp(now - 1000),
    origin,
    receive: unixMsToNtp(now),
    transmit: unixMsToNtp(now + 0.1),
    ...overrides,
  };
}

describe('client request', () => {
  it('reveals nothing but version, mode and the random transmit timestamp', () => {
    const bytes = encodeClientRequest(origin);
    expect(bytes.length).toBe(48);
    expect(bytes[0]).toBe((4 << 3) | 3);
    expect([...bytes.subarray(1, 40)].every((b) => b === 0)).toBe(true);
    expect(decodePacket(bytes)!.transmit).toEqual(origin);
  });
});

describe('timestamps', () => {
  it('round-trips Unix milliseconds to within a microsecond', () => {
    for (const ms of [
      0,
      now,
      now + 0.123,
      Date.UTC(2036, 1, 7, 6, 28, 15),
      Date.UTC(2036, 1, 7, 6, 28, 17),
    ]) {
      expect(ntpToUnixMs(unixMsToNtp(ms), ms)).toBeCloseTo(ms, 3);
    }
  });

  it('reads timestamps across the 2036 era boundary by choosing the era nearest the runner', () => {
    const before = Date.UTC(2036, 1, 7, 6, 28, 10); // era 0, seconds near 2^32
    const after = Date.UTC(2036, 1, 7, 6, 28, 20); // era 1, seconds near 0
    const tsAfter = unixMsToNtp(after);
    expect(tsAfter.seconds).toBeLessThan(100);
    expect(ntpToUnixMs(tsAfter, before)).toBeCloseTo(after, 3);
    expect(ntpToUnixMs(unixMsToNtp(before), after)).toBeCloseTo(before, 3);
  });

  it('places a timestamp in era 0 when the runner is years off but before 2036', () => {
    const runner = Date.UTC(2031, 0, 1);
    expect(ntpToUnixMs(unixMsToNtp(now), runner)).toBeCloseTo(now, 3);
  });
});

describe('reply tests', () => {
  it('accepts a good server reply', () => {
    expect(checkReply(encodePacket(reply()), origin).kind).toBe('valid');
    expect(checkReply(encodePacket(reply({ version: 3 })), origin).kind).toBe('valid');
  });

  it.each([
    ['short packet', encodePacket(reply()).subarray(0, 47), /short packet \(47 bytes/],
    ['client mode', encodePacket(reply({ mode: 3 })), /wrong mode 3/],
    ['broadcast mode', encodePacket(reply({ mode: 5 })), /wrong mode 5/],
    ['version 2', encodePacket(reply({ version: 2 })), /version 2/],
    ['zero origin', encodePacket(reply({ origin: { seconds: 0, fraction: 0 } })), /origin timestamp is zero/],
    ['wrong origin', encodePacket(reply({ origin: { seconds: 1, fraction: 2 } })), /does not match/],
    ['leap 3', encodePacket(reply({ leap: 3 })), /not synchronised/],
    ['stratum 16', encodePacket(reply({ stratum: 16 })), /not synchronised/],
    [
      'zero transmit',
      encodePacket(reply({ transmit: { seconds: 0, fraction: 0 } })),
      /transmit timestamp is zero/,
    ],
    [
      'zero receive',
      encodePacket(reply({ receive: { seconds: 0, fraction: 0 } })),
      /receive timestamp is zero/,
    ],
    ['absurd dispersion', encodePacket(reply({ rootDispersionMs: 60_000 })), /root distance/],
    ['absurd delay', encodePacket(reply({ rootDelayMs: 10_000 })), /root distance/],
    [
      'absurd precision',
      encodePacket(reply({ precision: 127 })),
      /precision 2\^127 s is coarser than 3000 ms/,
    ],
    [
      'precision that tips the root distance',
      encodePacket(reply({ rootDispersionMs: 2_500, precision: -1 })),
      /root distance 3005 ms is over 3000 ms/,
    ],
  ])('rejects %s', (_name, bytes, reason) => {
    const check = checkReply(bytes, origin);
    expect(check.kind).toBe('rejected');
    expect(check.kind === 'rejected' && check.reason).toMatch(reason);
  });

  it.each(['RATE', 'DENY', 'RSTR'])('treats stratum 0 %s as a Kiss-o-Death that stops queries', (code) => {
    const check = checkReply(
      encodePacket(reply({ stratum: 0, refId: new TextEncoder().encode(code) })),
      origin,
    );
    expect(check).toMatchObject({ kind: 'kiss-of-death', code, stop: true });
  });

  it('treats other stratum 0 codes as a Kiss-o-Death that gives no time but does not stop', () => {
    const check = checkReply(
      encodePacket(reply({ stratum: 0, refId: new TextEncoder().encode('INIT') })),
      origin,
    );
    expect(check).toMatchObject({ kind: 'kiss-of-death', code: 'INIT', stop: false });
  });
});

describe('on-wire offset and delay', () => {
  it('follows RFC 5905: positive offset when the runner is behind', () => {
    // Runner 420 s behind; 10 ms each way; server holds the packet 1 ms.
    const t1 = 1_000_000;
    const t2 = t1 + 420_000 + 10;
    const t3 = t2 + 1;
    const t4 = t3 - 420_000 + 10;
    const { offsetMs, delayMs } = onWire(t1, t2, t3, t4);
    expect(offsetMs).toBeCloseTo(420_000, 6);
    expect(delayMs).toBeCloseTo(20, 6);
  });
});

describe('sample bounds', () => {
  it('are never narrower than half our own round trip, whatever the server claims it spent', async () => {
    const { sampleFromReply } = await import('../../src/sources/ntp.js');
    // 100 ms round trip; the server claims it held the request 99.98 ms, zero root distance, 2^-30 s
    // precision: δ would be 0.02 ms and the interval ±0.02 ms.
    const t1 = now - 50;
    const t4 = now + 50;
    const p = reply({
      receive: unixMsToNtp(now - 49.99),
      transmit: unixMsToNtp(now + 49.99),
      rootDelayMs: 0,
      rootDispersionMs: 0,
      precision: -30,
    });
    const sample = sampleFromReply(p, t1, t4);
    expect(sample.boundMs).toBeGreaterThanOrEqual(50);
  });
});
