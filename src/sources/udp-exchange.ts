/**
 * One request/reply exchange over UDP, shared by the NTP and NTS sources: a connected socket, request
 * pacing, retries, strays, the deadline, and every socket fault (create, connect, send, receive) turned
 * into an end value. Nothing here throws and nothing outlives the signal: the returned promise always
 * resolves, and the socket is closed when it does.
 *
 * What a request and a reply mean is the caller's: it builds each request (reading its T1 as late as
 * possible) and judges each datagram from the peer. The exchange only moves bytes and keeps time.
 */
import { createSocket, type Socket } from 'node:dgram';
import { formatAddress } from '../net/resolve.js';
import { monotonicMs } from '../time/clock.js';
import { errorCode } from '../net/error-code.js';
import { sleep } from '../time/waiting.js';

export interface UdpPeer {
  address: string;
  family: 4 | 6;
  port: number;
}

/** When the previous request to this peer left; kept by the source across exchanges for pacing. */
export interface Pacing {
  lastRequestAtMs: number;
}

/** The caller's judgement of one datagram that came from the peer. */
export type ReplyJudgement<E> =
  | { kind: 'accept'; end: E }
  /** Not a sample (malformed, forged, or not an answer to anything we asked): the reason is kept. */
  | { kind: 'reject'; reason: string };

export interface UdpExchangeOptions<E> {
  peer: UdpPeer;
  signal: AbortSignal;
  pacing: Pacing;
  /** Minimum spacing between two requests to the peer (the NTP pool's rule: 2 s). */
  minIntervalMs: number;
  /** Requests in this exchange at most (the first and its retries). */
  maxRequests: number;
  /** The next request's bytes, or undefined when there is nothing more to send (e.g. no cookie left). */
  nextRequest(): Uint8Array | undefined;
  /**
   * Judges a datagram from the peer, given the time it arrived: that time is read in the socket's callback,
   * the judging comes later in the same turn of the event loop (its check phase), once every datagram that
   * came with it has had its arrival read.
   */
  judge(bytes: Buffer, arrivedAtMs: number): ReplyJudgement<E>;
  /** Reads the arrival time; the caller's clock. */
  nowMs(): number;
}

/** Where a socket fault happened: before any request left (the peer cannot be reached at all), or later. */
export type SocketPhase = 'connect' | 'send' | 'receive';

export type UdpExchangeEnd<E> =
  | { kind: 'answered'; end: E }
  /** The signal aborted first. */
  | { kind: 'deadline'; sent: number; strays: number; lastRejection?: string }
  | {
      kind: 'socket-error';
      phase: SocketPhase;
      code: string;
      /** In words, naming the peer. */
      reason: string;
      /** Asking this peer again in this run would fail the same way. */
      permanent: boolean;
      sent: number;
    };

/** Errors after which asking the same address again cannot help. */
const PERMANENT_CODES = new Set([
  'ECONNREFUSED',
  'EACCES',
  'EPERM',
  'EAFNOSUPPORT',
  'EADDRNOTAVAIL',
  'EINVAL',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_SOCKET_BAD_PORT',
  'ERR_INVALID_ARG_VALUE',
]);

/** A socket fault in words: what failed, towards whom, and what it usually means. Pure. */
export function describeSocketError(code: string, peer: UdpPeer, what: string): string {
  const at = formatAddress(peer.address, peer.port);
  switch (code) {
    case 'ECONNREFUSED':
      return `connection refused: nothing answers ${what} on ${at} (ICMP port unreachable)`;
    case 'ENETUNREACH':
      return peer.family === 6
        ? `network unreachable (ENETUNREACH): this machine has no IPv6 route to ${at}`
        : `network unreachable (ENETUNREACH): no route to ${at}`;
    case 'EHOSTUNREACH':
      return `host unreachable (EHOSTUNREACH): ${at} cannot be reached from here`;
    case 'EAFNOSUPPORT':
      return `IPv6 is not available on this machine (EAFNOSUPPORT): cannot send ${what} to ${at}`;
    case 'EADDRNOTAVAIL':
      return `address not available (EADDRNOTAVAIL): no local address can reach ${at}`;
    case 'EACCES':
    case 'EPERM':
      return `not permitted to send to ${at} (${code}): a broadcast address, or a firewall rule on this machine`;
    default:
      return `socket error ${code} towards ${at}`;
  }
}

export function udpExchange<E>(options: UdpExchangeOptions<E>, what = 'NTP'): Promise<UdpExchangeEnd<E>> {
  const { peer, signal, pacing } = options;
  return new Promise((resolve) => {
    let socket: Socket | undefined;
    let sent = 0;
    let strays = 0;
    let lastRejection: string | undefined;
    let finished = false;
    let connected = false;
    let resendTimer: NodeJS.Timeout | undefined;
    // Ends the pacing sleep when the exchange ends for any reason, not only at the deadline.
    const stopSending = new AbortController();

    const finish = (end: UdpExchangeEnd<E>) => {
      if (finished) return;
      finished = true;
      clearTimeout(resendTimer);
      stopSending.abort();
      signal.removeEventListener('abort', onAbort);
      try {
        socket?.close();
      } catch {
        // Already closed (a failed bind closes it).
      }
      resolve(end);
    };
    const fail = (phase: SocketPhase, error: unknown) => {
      const code = errorCode(error);
      finish({
        kind: 'socket-error',
        phase,
        code,
        reason: describeSocketError(code, peer, what),
        permanent: PERMANENT_CODES.has(code),
        sent,
      });
    };
    const onAbort = () =>
      finish({
        kind: 'deadline',
        sent,
        strays,
        ...(lastRejection !== undefined ? { lastRejection } : {}),
      });
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });

    // send() resolves on every path; the catch is for a fault nobody foresaw, which ends the exchange.
    const sendNext = () => void send().catch((error: unknown) => fail('send', error));
    const send = async () => {
      // The NTP pool's rule: never two requests to one server less than minIntervalMs apart.
      await sleep(pacing.lastRequestAtMs + options.minIntervalMs - monotonicMs(), stopSending.signal);
      if (finished || !socket) return;
      let request: Uint8Array | undefined;
      try {
        request = options.nextRequest();
      } catch (error) {
        return fail('send', error);
      }
      if (!request) return; // Nothing more to send: wait for the replies already asked for.
      sent += 1;
      pacing.lastRequestAtMs = monotonicMs();
      try {
        socket.send(request, (error) => {
          if (error) fail('send', error);
        });
      } catch (error) {
        // A socket closed under us or a bad argument throws synchronously instead of calling back.
        return fail('send', error);
      }
      if (sent < options.maxRequests) {
        resendTimer = setTimeout(sendNext, options.minIntervalMs);
      }
    };

    try {
      socket = createSocket(peer.family === 6 ? 'udp6' : 'udp4');
    } catch (error) {
      return fail('connect', error);
    }
    const judgeReply = (bytes: Buffer, arrivedAtMs: number) => {
      if (finished) return;
      let judgement: ReplyJudgement<E>;
      try {
        judgement = options.judge(bytes, arrivedAtMs);
      } catch (error) {
        // A parser must never throw on bytes from the network; if one does, the reply is not a sample.
        lastRejection = `reply could not be read (${errorCode(error)})`;
        return;
      }
      if (judgement.kind === 'accept') finish({ kind: 'answered', end: judgement.end });
      else lastRejection = judgement.reason;
    };
    socket.on('message', (bytes, rinfo) => {
      const arrivedAtMs = options.nowMs();
      if (finished) return;
      // The kernel drops datagrams from elsewhere on a connected socket; check again all the same.
      if (rinfo.address !== peer.address || rinfo.port !== peer.port) {
        strays += 1;
        return;
      }
      // Judged once this turn of the event loop has read every datagram that arrived with this one: the
      // judging, and the verdict work an answer sets off, would otherwise run before the next reply's
      // arrival is read, and that reply's round trip (and so its interval) would grow by it. Several
      // servers on a short path answer within the same millisecond.
      setImmediate(judgeReply, bytes, arrivedAtMs);
    });
    // Before connect, errors (bind, connect) come to the connect callback; after, to 'error'.
    socket.on('error', (error) => fail(connected ? 'receive' : 'connect', error));
    try {
      socket.connect(peer.port, peer.address, (error?: Error) => {
        if (finished) return;
        if (error) return fail('connect', error);
        connected = true;
        sendNext();
      });
    } catch (error) {
      fail('connect', error);
    }
  });
}
