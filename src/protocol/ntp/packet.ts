/**
 * NTPv4 wire format (RFC 5905 §7.3): encode a client request, decode and validate a server reply.
 * No I/O here: bytes and numbers in, values or a reason for rejection out.
 */

export const NTP_PACKET_BYTES = 48;
/** Seconds from the NTP epoch (1900-01-01) to the Unix epoch (1970-01-01). */
export const NTP_UNIX_EPOCH_DELTA_S = 2_208_988_800;
const ERA_SECONDS = 2 ** 32;
const FRACTION_SCALE = 2 ** 32;

/**
 * Root distance (root delay / 2 + root dispersion) above which a server's own time is too uncertain to
 * be a reference. chrony's default `maxdistance` is 3 s; we use the same.
 */
export const MAX_ROOT_DISTANCE_MS = 3000;

export const Mode = { Client: 3, Server: 4 } as const;

export const LEAP_UNSYNCHRONIZED = 3;

/** An NTP timestamp as its two 32-bit halves, exactly as on the wire. */
export interface NtpTimestamp {
  seconds: number;
  fraction: number;
}

export interface NtpPacket {
  leap: number;
  version: number;
  mode: number;
  stratum: number;
  poll: number;
  /** log2 seconds, signed. */
  precision: number;
  rootDelayMs: number;
  rootDispersionMs: number;
  /** Four raw bytes: an IPv4 address, a reference clock code, or a Kiss-o'-Death code at stratum 0. */
  refId: Uint8Array;
  reference: NtpTimestamp;
  origin: NtpTimestamp;
  receive: NtpTimestamp;
  transmit: NtpTimestamp;
}

export function isZero(t: NtpTimestamp): boolean {
  return t.seconds === 0 && t.fraction === 0;
}

export function sameTimestamp(a: NtpTimestamp, b: NtpTimestamp): boolean {
  return a.seconds === b.seconds && a.fraction === b.fraction;
}

/**
 * Converts an NTP timestamp to Unix milliseconds. The 32-bit seconds field wraps every 136 years (the
 * first wrap is on 2036-02-07), so the era is the one that puts the result nearest to `pivotMs`, the
 * runner's own idea of now. That is correct whenever the runner is within 68 years of true time.
 */
export function ntpToUnixMs(t: NtpTimestamp, pivotMs: number): number {
  const pivotNtpSeconds = pivotMs / 1000 + NTP_UNIX_EPOCH_DELTA_S;
  const pivotEra = Math.floor(pivotNtpSeconds / ERA_SECONDS);
  let best = Number.NaN;
  for (const era of [pivotEra - 1, pivotEra, pivotEra + 1]) {
    const ntpSeconds = era * ERA_SECONDS + t.seconds + t.fraction / FRACTION_SCALE;
    const unixMs = (ntpSeconds - NTP_UNIX_EPOCH_DELTA_S) * 1000;
    if (Number.isNaN(best) || Math.abs(unixMs - pivotMs) < Math.abs(best - pivotMs)) best = unixMs;
  }
  return best;
}

/** Converts Unix milliseconds to an NTP timestamp (era folded into the 32-bit field). */
export function unixMsToNtp(unixMs: number): NtpTimestamp {
  const ntpSeconds = unixMs / 1000 + NTP_UNIX_EPOCH_DELTA_S;
  const whole = Math.floor(ntpSeconds);
  let fraction = Math.round((ntpSeconds - whole) * FRACTION_SCALE);
  let seconds = whole;
  if (fraction >= FRACTION_SCALE) {
    fraction -= FRACTION_SCALE;
    seconds += 1;
  }
  return { seconds: ((seconds % ERA_SECONDS) + ERA_SECONDS) % ERA_SECONDS, fraction };
}

function readShortMs(view: DataView, offset: number): number {
  // NTP short format: unsigned 16.16 seconds.
  return (view.getUint16(offset) + view.getUint16(offset + 2) / 65536) * 1000;
}

function readTimestamp(view: DataView, offset: number): NtpTimestamp {
  return { seconds: view.getUint32(offset), fraction: view.getUint32(offset + 4) };
}

function writeTimestamp(view: DataView, offset: number, t: NtpTimestamp): void {
  view.setUint32(offset, t.seconds);
  view.setUint32(offset + 4, t.fraction);
}

/**
 * A client request that reveals nothing about the runner (chrony's way): every field zero except the
 * version, the mode and a transmit timestamp of random bits. The server copies that transmit timestamp
 * into its reply's origin field, which is how we recognise the reply as an answer to this request.
 */
export function encodeClientRequest(randomTransmit: NtpTimestamp): Uint8Array {
  const bytes = new Uint8Array(NTP_PACKET_BYTES);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, (0 << 6) | (4 << 3) | Mode.Client);
  writeTimestamp(view, 40, randomTransmit);
  return bytes;
}

/** Encodes any packet; used by tests and by the test servers that imitate broken or hostile peers. */
export function encodePacket(p: NtpPacket): Uint8Array {
  const bytes = new Uint8Array(NTP_PACKET_BYTES);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, ((p.leap & 3) << 6) | ((p.version & 7) << 3) | (p.mode & 7));
  view.setUint8(1, p.stratum & 0xff);
  view.setInt8(2, p.poll);
  view.setInt8(3, p.precision);
  const short = (ms: number) => Math.min(0xffffffff, Math.max(0, Math.round((ms / 1000) * 65536)));
  view.setUint32(4, short(p.rootDelayMs));
  view.setUint32(8, short(p.rootDispersionMs));
  bytes.set(p.refId.subarray(0, 4), 12);
  writeTimestamp(view, 16, p.reference);
  writeTimestamp(view, 24, p.origin);
  writeTimestamp(view, 32, p.receive);
  writeTimestamp(view, 40, p.transmit);
  return bytes;
}

/** Decodes the 48-byte header; extension fields and MACs beyond it are left to their own parsers. */
export function decodePacket(bytes: Uint8Array): NtpPacket | undefined {
  if (bytes.length < NTP_PACKET_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const first = view.getUint8(0);
  return {
    leap: first >> 6,
    version: (first >> 3) & 7,
    mode: first & 7,
    stratum: view.getUint8(1),
    poll: view.getInt8(2),
    precision: view.getInt8(3),
    rootDelayMs: readShortMs(view, 4),
    rootDispersionMs: readShortMs(view, 8),
    refId: bytes.slice(12, 16),
    reference: readTimestamp(view, 16),
    origin: readTimestamp(view, 24),
    receive: readTimestamp(view, 32),
    transmit: readTimestamp(view, 40),
  };
}

/** Kiss-o'-Death codes (RFC 5905 §7.4) after which a server must not be asked again. */
export const KOD_STOP_CODES = new Set(['RATE', 'DENY', 'RSTR']);

export function refIdText(refId: Uint8Array): string {
  return Array.from(refId, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '')).join('');
}

export type ReplyCheck =
  | { kind: 'valid'; packet: NtpPacket }
  | { kind: 'kiss-of-death'; packet: NtpPacket; code: string; stop: boolean }
  | { kind: 'rejected'; code: RejectCode; reason: string; packet?: NtpPacket };

/** Why a reply was rejected, for code to branch on; `reason` is for people and may change wording. */
export type RejectCode =
  | 'short'
  | 'mode'
  | 'version'
  | 'zero-origin'
  | 'origin-mismatch'
  | 'unsynchronised'
  | 'zero-transmit'
  | 'zero-receive'
  | 'root-distance'
  | 'precision';

/**
 * The tests a reply must pass before it is a sample (after chrony's ntp_core.c and RFC 5905 §8):
 * size, mode, version, the origin check against the request's random transmit timestamp, Kiss-o'-Death,
 * synchronisation (leap indicator and stratum), non-zero timestamps and a sane root distance.
 */
export function checkReply(bytes: Uint8Array, expectedOrigin: NtpTimestamp): ReplyCheck {
  const packet = decodePacket(bytes);
  if (!packet)
    return { kind: 'rejected', code: 'short', reason: `short packet (${bytes.length} bytes, need 48)` };
  if (packet.mode !== Mode.Server) {
    return {
      kind: 'rejected',
      code: 'mode',
      reason: `wrong mode ${packet.mode} (a server reply is mode 4)`,
      packet,
    };
  }
  if (packet.version !== 3 && packet.version !== 4) {
    return { kind: 'rejected', code: 'version', reason: `unsupported NTP version ${packet.version}`, packet };
  }
  if (isZero(packet.origin)) {
    return {
      kind: 'rejected',
      code: 'zero-origin',
      reason: 'origin timestamp is zero (not an answer to our request)',
      packet,
    };
  }
  if (!sameTimestamp(packet.origin, expectedOrigin)) {
    return {
      kind: 'rejected',
      code: 'origin-mismatch',
      reason: 'origin timestamp does not match our request (stale, replayed or forged reply)',
      packet,
    };
  }
  if (packet.stratum === 0) {
    const code = refIdText(packet.refId);
    return { kind: 'kiss-of-death', packet, code, stop: KOD_STOP_CODES.has(code) };
  }
  if (packet.leap === LEAP_UNSYNCHRONIZED || packet.stratum >= 16) {
    return {
      kind: 'rejected',
      code: 'unsynchronised',
      reason: `server is not synchronised (leap ${packet.leap}, stratum ${packet.stratum})`,
      packet,
    };
  }
  if (isZero(packet.transmit))
    return { kind: 'rejected', code: 'zero-transmit', reason: 'transmit timestamp is zero', packet };
  if (isZero(packet.receive))
    return { kind: 'rejected', code: 'zero-receive', reason: 'receive timestamp is zero', packet };
  // The server's precision is part of its error (RFC 5905 §10: the peer dispersion starts from it): a
  // claim of 2^127 s passed every other test and became a bound of 10^30 years.
  const precision = precisionMs(packet.precision);
  if (precision > MAX_ROOT_DISTANCE_MS) {
    return {
      kind: 'rejected',
      code: 'precision',
      reason: `precision 2^${packet.precision} s is coarser than ${MAX_ROOT_DISTANCE_MS} ms (the server cannot read its own clock that well)`,
      packet,
    };
  }
  const rootDistanceMs = packet.rootDelayMs / 2 + packet.rootDispersionMs + precision;
  if (rootDistanceMs > MAX_ROOT_DISTANCE_MS) {
    return {
      kind: 'rejected',
      code: 'root-distance',
      reason: `root distance ${Math.round(rootDistanceMs)} ms is over ${MAX_ROOT_DISTANCE_MS} ms (the server does not know the time well)`,
      packet,
    };
  }
  return { kind: 'valid', packet };
}

/** On-wire offset and delay (RFC 5905 §8) from the four timestamps, all in Unix milliseconds. */
export interface OnWire {
  /** θ = ((T2 − T1) + (T3 − T4)) / 2: reference time − runner time. */
  offsetMs: number;
  /** δ = (T4 − T1) − (T3 − T2): the round trip minus the server's processing time. */
  delayMs: number;
}

export function onWire(t1: number, t2: number, t3: number, t4: number): OnWire {
  return { offsetMs: (t2 - t1 + (t3 - t4)) / 2, delayMs: t4 - t1 - (t3 - t2) };
}

export function precisionMs(log2Seconds: number): number {
  return 2 ** log2Seconds * 1000;
}
