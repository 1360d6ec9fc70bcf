/**
 * An NTP server as a time source, on node:dgram (the npm SNTP clients are unmaintained).
 *
 * One request per measurement; a lost reply is retried, never sooner than 2 s after the previous request
 * to the same server (the NTP pool's rule for clients). Requests carry a random transmit timestamp and a
 * reply is accepted only when its origin timestamp equals one we sent, on a socket connected to the
 * server's address and port (the kernel drops datagrams from anywhere else; we check again).
 */
import { createSocket } from 'node:dgram';
import { randomBytes } from 'node:crypto';
import type { ServerSpec } from '../config/config.js';
import type { Sample, SourceResult } from '../model.js';
import {
  checkReply,
  encodeClientRequest,
  ntpToUnixMs,
  onWire,
  precisionMs,
  refIdText,
  type NtpPacket,
  type NtpTimestamp,
} from '../protocol/ntp/packet.js';
import { systemClock, type WallClock } from '../time/clock.js';
import { formatAddress, lookupAhead, type Resolve } from '../net/resolve.js';
import { keepingBest, kodResult, unansweredResult } from './ntp-result.js';
import type { TimeSource } from './source.js';
import { udpExchange, type Pacing } from './udp-exchange.js';

export interface NtpOptions {
  clock?: WallClock;
  /** Minimum spacing between two requests to one server. */
  minRequestIntervalMs?: number;
  /** Requests per measurement at most (the first and its retries). */
  maxRequests?: number;
  /** How the server's name is looked up: resolveHost by default. */
  resolve?: Resolve;
}

/** Our own clock-reading error: the anchor of the sub-millisecond clock is exact to a few µs. */
const LOCAL_READ_ERROR_MS = 0.01;

export function randomTimestamp(): NtpTimestamp {
  const b = randomBytes(8);
  return { seconds: b.readUInt32BE(0), fraction: b.readUInt32BE(4) };
}

export function refIdOf(p: NtpPacket): string {
  // Stratum 1: a reference clock code in ASCII; above: the upstream server's IPv4 address.
  if (p.stratum === 1) return refIdText(p.refId);
  return Array.from(p.refId).join('.');
}

export function sampleFromReply(p: NtpPacket, t1: number, t4: number): Sample {
  const t2 = ntpToUnixMs(p.receive, t1);
  const t3 = ntpToUnixMs(p.transmit, t4);
  const { offsetMs, delayMs } = onWire(t1, t2, t3, t4);
  // A negative delay means the server's timestamps disagree with our round trip by more than their
  // resolution; clamp to the server's precision as RFC 5905 does, the bound still holds.
  const delay = Math.max(delayMs, precisionMs(p.precision));
  const rootDistanceMs = p.rootDelayMs / 2 + p.rootDispersionMs;
  // δ trusts the server's own T3 − T2; a server claiming it held the request for the whole round trip
  // would shrink δ, and its interval, to nothing. Our own T4 − T1 is a floor no server can lower.
  const floorMs = Math.max(t4 - t1, 0) / 2 + LOCAL_READ_ERROR_MS;
  return {
    offsetMs,
    boundMs: Math.max(delay / 2 + rootDistanceMs + precisionMs(p.precision) + LOCAL_READ_ERROR_MS, floorMs),
    delayMs: delay,
    atMs: t4,
  };
}

/**
 * The first datagram a process receives runs dgram's and the event emitter's JavaScript for the first
 * time (lazy compilation), which delays our reading of T4 by up to a few milliseconds and shows up as a
 * false offset. So, once per process, a throwaway datagram goes round a loopback socket pair through the
 * same code path, and the packet functions are run once, before any real request is timed.
 */
let warmedUp: Promise<void> | undefined;
export function warmUp(clock: WallClock): Promise<void> {
  warmedUp ??= new Promise<void>((resolve) => {
    const a = createSocket('udp4');
    const b = createSocket('udp4');
    const origin = randomTimestamp();
    const done = () => {
      clearTimeout(timer);
      a.close();
      b.close();
      resolve();
    };
    const timer = setTimeout(done, 50);
    a.on('error', done);
    b.on('error', done);
    b.on('message', (bytes, rinfo) => b.send(bytes, rinfo.port, rinfo.address));
    a.on('message', (bytes) => {
      const t4 = clock.nowMs();
      const check = checkReply(bytes, origin);
      if (check.kind === 'valid') sampleFromReply(check.packet, t4, t4);
      done();
    });
    b.bind(0, '127.0.0.1', () => {
      a.connect(b.address().port, '127.0.0.1', (error?: Error) => {
        if (error) return done();
        try {
          a.send(encodeClientRequest(origin));
        } catch {
          done();
        }
      });
    });
  });
  return warmedUp;
}

export function ntpSource(server: ServerSpec, options: NtpOptions = {}): TimeSource {
  const clock = options.clock ?? systemClock;
  const minIntervalMs = options.minRequestIntervalMs ?? 2000;
  const maxRequests = options.maxRequests ?? 4;
  let requests = 0;
  const pacing: Pacing = { lastRequestAtMs: -Infinity };
  let best: Sample | undefined;
  let last: SourceResult = {
    kind: 'ntp',
    target: server.label,
    status: 'skipped',
    authenticated: false,
    requests: 0,
  };
  let stopped = false;
  let resolved: { address: string; family: 4 | 6 } | undefined;
  // Started in prepare(): a name's DNS round trip then overlaps the other sources' set-up (the key
  // exchanges' start, the warm-ups, loading the SDK) instead of delaying this server's first request.
  const lookup = lookupAhead(server.host, options.resolve);

  const result = (r: Partial<SourceResult> & Pick<SourceResult, 'status'>): SourceResult => {
    last = keepingBest(
      {
        kind: 'ntp',
        target: server.label,
        authenticated: false,
        requests,
        ...(resolved ? { address: formatAddress(resolved.address, server.port) } : {}),
        ...r,
      },
      best,
    );
    return last;
  };

  async function measure(signal: AbortSignal): Promise<SourceResult> {
    if (stopped) return last;
    if (!resolved) {
      const r = await lookup.take(signal);
      if (!r.ok) {
        if (!r.timedOut) stopped = true;
        return result({ status: r.timedOut ? 'timeout' : 'error', reason: r.reason });
      }
      resolved = { address: r.address, family: r.family };
    }
    await warmUp(clock);
    return exchange(resolved, signal);
  }

  async function exchange(
    to: { address: string; family: 4 | 6 },
    signal: AbortSignal,
  ): Promise<SourceResult> {
    const outstanding: Array<{ t1: number; origin: NtpTimestamp }> = [];
    const peer = { ...to, port: server.port };
    const end = await udpExchange<SourceResult>(
      {
        peer,
        signal,
        pacing,
        minIntervalMs,
        maxRequests,
        nowMs: () => clock.nowMs(),
        nextRequest: () => {
          const origin = randomTimestamp();
          const request = encodeClientRequest(origin);
          requests += 1;
          outstanding.push({ t1: clock.nowMs(), origin });
          return request;
        },
        judge: (bytes, t4) => {
          // Match against every request still outstanding: a late reply to an earlier request is genuine.
          for (const { t1, origin } of outstanding) {
            const check = checkReply(bytes, origin);
            if (check.kind === 'rejected' && check.code === 'origin-mismatch') continue;
            if (check.kind === 'rejected') return { kind: 'reject', reason: check.reason };
            if (check.kind === 'kiss-of-death') {
              if (check.stop) stopped = true;
              return { kind: 'accept', end: result(kodResult(check, false)) };
            }
            const sample = sampleFromReply(check.packet, t1, t4);
            if (!best || sample.boundMs < best.boundMs) best = sample;
            return {
              kind: 'accept',
              end: result({ status: 'ok', stratum: check.packet.stratum, refId: refIdOf(check.packet) }),
            };
          }
          return {
            kind: 'reject',
            reason: 'origin timestamp does not match any request we sent (stale, replayed or forged reply)',
          };
        },
      },
      'NTP',
    );
    if (end.kind === 'answered') return end.end;
    if (end.kind === 'socket-error' && end.permanent) stopped = true;
    return result(unansweredResult(end, { noun: 'request' }));
  }

  return {
    kind: 'ntp',
    target: server.label,
    measure,
    canRefine: () => !stopped,
    // Before the first packet, beside the other sources' loading, rather than in the first measure().
    prepare: (signal) => {
      if (!resolved) lookup.start(signal);
      return warmUp(clock);
    },
  };
}
