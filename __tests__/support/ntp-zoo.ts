/**
 * A zoo of hostile and broken NTP servers on loopback, one UDP socket each. Every one of them answers
 * with a time SHIFT_MS (3 hours) ahead of true time plus its own defect, so that a client that skips the
 * test for that defect takes a wrong time; the tests prove each fools a naive client.
 *
 * Only for tests: the servers read the real clock of the test process.
 */
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { randomBytes } from 'node:crypto';
import { systemClock } from '../../src/time/clock.js';
import {
  encodePacket,
  unixMsToNtp,
  type NtpPacket,
  type NtpTimestamp,
} from '../../src/protocol/ntp/packet.js';

export const SHIFT_MS = 3 * 3_600_000;

export const ZOO_KINDS = [
  'wrong-origin',
  'zero-origin',
  'kod-rate',
  'kod-deny',
  'kod-rstr',
  'unsynchronised',
  'stratum-0',
  'stratum-16',
  'zero-transmit',
  'zero-receive',
  'wrong-mode',
  'short-packet',
  'garbage',
  'other-port',
  'other-address',
  'flood',
  'silence',
  'absurd-root-delay',
  'absurd-root-dispersion',
  'liar',
] as const;
export type ZooKind = (typeof ZOO_KINDS)[number];

export interface ZooServer {
  kind: ZooKind;
  address: string;
  port: number;
  /** As a user would write it: `127.0.0.1:14020`. */
  label: string;
  /** Requests received so far. */
  requests(): number;
  stop(): Promise<void>;
}

export interface ZooOptions {
  address?: string;
  /** For other-port: the port the forged replies come from. */
  replyPort?: number;
  /** For other-address: the loopback address the forged replies come from. */
  replyAddress?: string;
  /** For the liar: how far its time is shifted (default 3 hours ahead). */
  shiftMs?: number;
  /** For flood: forged replies sent before the genuine one. */
  floodCount?: number;
  /** For the liar: claim zero root delay and dispersion and 2^-30 s precision (the narrowest interval). */
  narrow?: boolean;
}

// The same clock as the NTP source under test in this process, so that a zoo server's true offset is
// exactly 0 (performance.timeOrigin is paired with the wall clock at start-up, to within a millisecond).
function nowMs(): number {
  return systemClock.nowMs();
}

function randomTimestamp(): NtpTimestamp {
  const b = randomBytes(8);
  return { seconds: b.readUInt32BE(0), fraction: b.readUInt32BE(4) };
}

const ZERO: NtpTimestamp = { seconds: 0, fraction: 0 };

/** A well-formed reply to `request` giving true time plus `shiftMs`. */
export function replyTo(request: Buffer, shiftMs: number): NtpPacket {
  const origin = { seconds: request.readUInt32BE(40), fraction: request.readUInt32BE(44) };
  const t = nowMs() + shiftMs;
  return {
    leap: 0,
    version: 4,
    mode: 4,
    stratum: 2,
    poll: 6,
    precision: -20,
    rootDelayMs: 1,
    rootDispersionMs: 1,
    refId: new Uint8Array([127, 0, 0, 1]),
    reference: unixMsToNtp(t - 16_000),
    origin,
    receive: unixMsToNtp(t),
    transmit: unixMsToNtp(t + 0.01),
  };
}

function kod(code: string, p: NtpPacket): NtpPacket {
  return { ...p, leap: 3, stratum: 0, refId: new TextEncoder().encode(code) };
}

/** The datagrams a zoo server sends back for one request (none for silence). */
function answer(
  kind: ZooKind,
  request: Buffer,
  shiftMs: number,
  floodCount: number,
  narrow = false,
): Uint8Array[] {
  const p = replyTo(request, shiftMs);
  switch (kind) {
    case 'wrong-origin':
      return [encodePacket({ ...p, origin: randomTimestamp() })];
    case 'zero-origin':
      return [encodePacket({ ...p, origin: ZERO })];
    case 'kod-rate':
      return [encodePacket(kod('RATE', p))];
    case 'kod-deny':
      return [encodePacket(kod('DENY', p))];
    case 'kod-rstr':
      return [encodePacket(kod('RSTR', p))];
    case 'unsynchronised':
      return [encodePacket({ ...p, leap: 3 })];
    case 'stratum-0':
      return [encodePacket({ ...p, stratum: 0, refId: new Uint8Array(4) })];
    case 'stratum-16':
      return [encodePacket({ ...p, stratum: 16 })];
    case 'zero-transmit':
      return [encodePacket({ ...p, transmit: ZERO })];
    case 'zero-receive':
      return [encodePacket({ ...p, receive: ZERO })];
    case 'wrong-mode':
      return [encodePacket({ ...p, mode: 5 })];
    case 'short-packet':
      return [encodePacket(p).subarray(0, 40)];
    case 'garbage':
      return [new Uint8Array(randomBytes(48))];
    case 'other-port':
    case 'other-address':
      return [encodePacket(p)];
    case 'liar':
      return [encodePacket(narrow ? { ...p, rootDelayMs: 0, rootDispersionMs: 0, precision: -30 } : p)];
    case 'flood': {
      // Forgeries with guessed origins; the server's own honest answer follows them (see below).
      return Array.from({ length: floodCount }, () => encodePacket({ ...p, origin: randomTimestamp() }));
    }
    case 'absurd-root-delay':
      return [encodePacket({ ...p, rootDelayMs: 20_000 })];
    case 'absurd-root-dispersion':
      return [encodePacket({ ...p, rootDispersionMs: 10_000 })];
    case 'silence':
      return [];
  }
}

function bind(socket: Socket, port: number, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, address, () => {
      socket.off('error', reject);
      resolve();
    });
  });
}

export async function startZooServer(
  kind: ZooKind,
  port: number,
  options: ZooOptions = {},
): Promise<ZooServer> {
  const address = options.address ?? '127.0.0.1';
  const shiftMs = options.shiftMs ?? SHIFT_MS;
  const floodCount = options.floodCount ?? 50;
  const socket = createSocket('udp4');
  await bind(socket, port, address);
  let replySocket: Socket | undefined;
  if (kind === 'other-port' || kind === 'other-address') {
    replySocket = createSocket('udp4');
    await bind(
      replySocket,
      kind === 'other-port' ? (options.replyPort ?? port + 50) : port,
      kind === 'other-address' ? (options.replyAddress ?? '127.0.0.2') : address,
    );
  }
  let requests = 0;
  socket.on('message', (request: Buffer, rinfo: RemoteInfo) => {
    requests += 1;
    if (request.length < 48) return;
    const from = replySocket ?? socket;
    for (const datagram of answer(kind, request, shiftMs, floodCount, options.narrow)) {
      from.send(datagram, rinfo.port, rinfo.address);
    }
    // Timestamped after the forgeries went out, as a real server under a flood would.
    if (kind === 'flood') socket.send(encodePacket(replyTo(request, 0)), rinfo.port, rinfo.address);
  });
  return {
    kind,
    address,
    port,
    label: `${address}:${port}`,
    requests: () => requests,
    stop: async () => {
      await Promise.all(
        [socket, replySocket]
          .filter((s): s is Socket => s !== undefined)
          .map((s) => new Promise<void>((r) => s.close(() => r()))),
      );
    },
  };
}
