/**
 * A web server's Date header as a time source: AWS's regional STS endpoint (the aws input) or any server
 * from https-servers (GITHUB_API_URL by default in GitHub Actions), over TLS (so the Date is authenticated
 * by the server's certificate), through the environment's proxy if any.
 *
 * The first measurement is one HEAD request: ±(0.5 s + RTT/2). Later measurements, which the measurement
 * loop asks for only while the verdict straddles a threshold, aim each request at a sub-second phase so
 * that its Date tells on which side of a chosen split the offset lies (see date-bounds.ts), and intersect
 * the intervals. One keep-alive connection, so that successive Dates come from one server's clock and
 * a request costs one round trip.
 */
import { request as httpRequest, type Agent, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { TLSSocket, type DetailedPeerCertificate } from 'node:tls';
import type { Socket } from 'node:net';
import type { SourceResult } from '../model.js';
import { agentFor, chooseProxy, describeProxy, redactProxy, type ProxyChoice } from '../net/proxy.js';
import { systemClock, type WallClock } from '../time/clock.js';
import { VERSION } from '../version.js';
import {
  boundsFromExchange,
  cacheReason,
  intersectBounds,
  parseHttpDate,
  sampleFromBounds,
  nextAim,
  straddlesAny,
  thresholdOffsets,
  widthMs,
  type OffsetBounds,
} from './date-bounds.js';
import { deadlineLookup, formatAddress, unfinishedLookup } from '../net/resolve.js';
import { MAX_HEADER_BYTES } from '../net/limits.js';
import type { TimeSource } from './source.js';
import { errorCode } from '../net/error-code.js';
import { nextTurn, sleep } from '../time/waiting.js';
import { describeHttpFailure, type HttpFailure } from './http-failure.js';
import { untrustedText } from './untrusted-text.js';
import {
  loadTrustAnchors,
  TrustAnchors,
  presentedChain,
  verifyChainIgnoringDates,
  type ChainCheck,
} from '../protocol/nts/certificates.js';

export interface DateTarget {
  url: URL;
  /** For reports; default: the host name. */
  label?: string;
}

export interface HttpsDateOptions {
  /** `https-date` for AWS's Date check (the default), `https` for a server from https-servers. */
  kind?: 'https-date' | 'https';
  clock?: WallClock;
  /** Where proxy variables are read from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Decided proxy, overriding env. */
  proxy?: ProxyChoice;
  /**
   * warn-offset and max-offset (positive ms). Used only to aim refinements beside them, so that the
   * verdict settles in fewer requests; the source never decides anything with them.
   */
  thresholdsMs?: readonly number[];
  /** Extra trusted CAs (PEM), e.g. a local test endpoint's self-signed certificate. */
  ca?: string | Buffer;
  /** Requests per run at most (default 12). */
  maxRequests?: number;
  /** Requests per refinement call at most (default 6). */
  requestsPerRefinement?: number;
}

interface Exchange {
  t1Ms: number;
  t4Ms: number;
  dateMs: number;
  httpStatus: number;
  address?: string;
}

type ExchangeOutcome =
  | { ok: true; exchange: Exchange }
  | { ok: false; failure: HttpFailure; timedOut: boolean; permanent: boolean };

/** One refinement call stops starting requests after this long (a full sweep of the phase is 1 s). */
const REFINEMENT_BUDGET_MS = 1200;

/** Runner-clock waits shorter than this are spun (on setImmediate) rather than left to a timer's lateness. */
const SPIN_MS = 15;
/** A send this much past its aim still counts as on time (the margin absorbs it). */
const LATE_TOLERANCE_MS = 3;
/** Below two round trips plus this, the Date cannot narrow the interval any further. */
const MIN_WIDTH_MS = 4;
/** Beyond the measured round trips: a busy runner's scheduling jitter. */
const JITTER_SLACK_MS = 8;

export function httpsDateSource(target: DateTarget, options: HttpsDateOptions = {}): TimeSource {
  const kind = options.kind ?? 'https-date';
  const clock = options.clock ?? systemClock;
  const url = target.url;
  const label = target.label ?? url.host;
  const tls = url.protocol === 'https:';
  const choice = options.proxy ?? chooseProxy(url, options.env ?? process.env);
  const thresholds = thresholdOffsets(options.thresholdsMs ?? []);
  const maxRequests = options.maxRequests ?? 12;
  const perRefinement = options.requestsPerRefinement ?? 6;

  let agent: Agent | undefined;
  /** The signal of the exchange under way: a connection it opens resolves its host name within it. */
  // Set before each request; a lookup outside one (none is made) would end at once, never hang.
  let exchangeSignal: AbortSignal = AbortSignal.abort();
  const lookup = deadlineLookup(() => exchangeSignal);
  const agentOptions = { ...(options.ca ? { ca: options.ca } : {}), lookup };
  let bounds: OffsetBounds | undefined;
  let requests = 0;
  let minRttMs = Infinity;
  let maxRttMs = 0;
  let lastT4Ms = 0;
  let inconsistent = 0;
  let stopped = false;
  let address: string | undefined;
  let httpStatus: number | undefined;
  let last: SourceResult = {
    kind,
    target: label,
    status: 'skipped',
    authenticated: false,
    requests: 0,
  };

  const details = (): Record<string, string | number | boolean> => ({
    url: url.href,
    proxy: describeProxy(choice),
    tls,
    ...(httpStatus !== undefined ? { httpStatus } : {}),
    ...(bounds ? { lowMs: round3(bounds.lowMs), highMs: round3(bounds.highMs) } : {}),
    ...(inconsistent > 0 ? { inconsistentDates: inconsistent } : {}),
  });

  const result = (r: Partial<SourceResult> & Pick<SourceResult, 'status'>): SourceResult => {
    last = {
      kind,
      target: label,
      authenticated: tls,
      requests,
      ...(address ? { address } : {}),
      ...(bounds ? { sample: sampleFromBounds(bounds, minRttMs, lastT4Ms) } : {}),
      details: details(),
      ...r,
    };
    // A source that answered keeps its sample when a later refinement fails.
    if (bounds) {
      last.status = 'ok';
      delete last.reason;
    }
    return last;
  };

  function absorb(e: Exchange): void {
    const rtt = e.t4Ms - e.t1Ms;
    maxRttMs = Math.max(maxRttMs, rtt);
    minRttMs = Math.min(minRttMs, rtt);
    lastT4Ms = e.t4Ms;
    httpStatus = e.httpStatus;
    if (e.address) address = e.address;
    const b = boundsFromExchange(e.dateMs, e.t1Ms, e.t4Ms);
    if (!bounds) {
      bounds = b;
      return;
    }
    const both = intersectBounds(bounds, b);
    if (both) bounds = both;
    else {
      // The server's clock jumped between two answers (or a different server answered): trust the newest.
      inconsistent += 1;
      bounds = b;
    }
  }

  function exchange(signal: AbortSignal, retryOnStale = true): Promise<ExchangeOutcome> {
    return new Promise((resolve) => {
      let done = false;
      let socket: Socket | undefined;
      let presented: DetailedPeerCertificate | undefined;
      const finish = (o: ExchangeOutcome) => {
        if (done) return;
        done = true;
        signal.removeEventListener('abort', onAbort);
        // A failed exchange leaves nothing worth keeping alive on that connection.
        if (!o.ok) req.destroy();
        resolve(o);
      };
      const onAbort = () => {
        const dns = unfinishedLookup(lookup, choice.kind === 'proxy' ? redactProxy(choice.url) : undefined);
        finish({
          ok: false,
          failure: {
            kind: 'timeout',
            message: dns ?? 'no answer before the deadline',
          },
          timedOut: true,
          permanent: false,
        });
      };
      if (signal.aborted) {
        // No request at all: a request destroyed before its 'error' listener exists throws 'socket hang up'.
        done = true;
        return resolve({
          ok: false,
          failure: { kind: 'timeout', message: 'no answer before the deadline' },
          timedOut: true,
          permanent: false,
        });
      }
      requests += 1;
      exchangeSignal = signal;
      let t1Ms = clock.nowMs();
      const req = (tls ? httpsRequest : httpRequest)(url, {
        method: 'HEAD',
        agent: agent!,
        maxHeaderSize: MAX_HEADER_BYTES,
        headers: {
          'user-agent': `clock-preflight/${VERSION}`,
          'cache-control': 'no-cache',
          pragma: 'no-cache',
        },
      });
      // Whatever ends this exchange, the request's errors are ours to handle, never the process's.
      req.on('error', () => undefined);
      signal.addEventListener('abort', onAbort, { once: true });
      req.on('socket', (s: Socket) => {
        socket = s;
        // A new connection sends the request only once it is up: the server cannot stamp it before.
        const mark = () => (t1Ms = clock.nowMs());
        if (s instanceof TLSSocket) {
          s.once('secureConnect', mark);
          // Node destroys a connection whose certificate fails right after the handshake ('secure'), and
          // the chain is gone with it; read it first, in case a date error needs it judged without dates.
          s.prependOnceListener('secure', () => {
            if (!verificationFailed(s)) return;
            try {
              presented = s.getPeerCertificate(true);
            } catch {
              presented = undefined;
            }
          });
        } else if (s.connecting) s.once('connect', mark);
      });
      req.on('response', (res: IncomingMessage) => {
        const t4Ms = clock.nowMs();
        res.resume();
        const remote = socket?.remoteAddress;
        const exchangeAddress =
          choice.kind === 'direct' && remote && socket?.remotePort
            ? formatAddress(remote, socket.remotePort)
            : undefined;
        const cached = cacheReason(res.headers);
        if (cached) {
          return finish({
            ok: false,
            failure: { kind: 'rejected', message: cached },
            timedOut: false,
            permanent: true,
          });
        }
        const dateText = res.headers.date;
        if (dateText === undefined) {
          return finish({
            ok: false,
            failure: {
              kind: 'rejected',
              message: `HTTP ${res.statusCode} without a Date header: this server gives no time`,
            },
            timedOut: false,
            permanent: true,
          });
        }
        const dateMs = parseHttpDate(dateText);
        if (dateMs === undefined) {
          return finish({
            ok: false,
            failure: { kind: 'rejected', message: `unreadable Date header '${untrustedText(dateText, 60)}'` },
            timedOut: false,
            permanent: true,
          });
        }
        finish({
          ok: true,
          exchange: {
            t1Ms,
            t4Ms,
            dateMs,
            httpStatus: res.statusCode ?? 0,
            ...(exchangeAddress ? { address: exchangeAddress } : {}),
          },
        });
      });
      req.on('error', (error: Error) => {
        if (done) return;
        const code = errorCode(error);
        // A kept-alive connection the server had closed: try once more on a fresh one.
        if (retryOnStale && req.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE')) {
          done = true;
          signal.removeEventListener('abort', onAbort);
          requests -= 1;
          exchange(signal, false).then(resolve, (e: unknown) =>
            resolve({
              ok: false,
              failure: { kind: 'error', message: `request failed: ${errorCode(e)}` },
              timedOut: false,
              permanent: false,
            }),
          );
          return;
        }
        const failure = describeHttpFailure(error, {
          host: url.host,
          proxy: choice.kind === 'proxy' ? redactProxy(choice.url) : undefined,
          nowMs: clock.nowMs(),
          ...(code === 'CERT_NOT_YET_VALID' || code === 'CERT_HAS_EXPIRED'
            ? { chain: chainIgnoringDates(presented, url.hostname, options.ca) }
            : {}),
        });
        finish({
          ok: false,
          failure,
          timedOut: failure.kind === 'timeout',
          permanent: failure.permanent ?? false,
        });
      });
      req.end();
    });
  }

  async function once(signal: AbortSignal): Promise<SourceResult | undefined> {
    const o = await exchange(signal);
    if (o.ok) {
      absorb(o.exchange);
      return undefined;
    }
    if (o.permanent) stopped = true;
    const status = o.timedOut ? 'timeout' : o.failure.kind === 'rejected' ? 'rejected' : 'error';
    return result({ status, reason: o.failure.message });
  }

  function canRefine(): boolean {
    if (stopped || !bounds || requests >= maxRequests) return false;
    return widthMs(bounds) > 2 * minRttMs + MIN_WIDTH_MS;
  }

  // The first exchange starts in prepare(), beside the NTS key exchanges: its TCP and TLS handshakes are
  // not timed (T1 is read once the connection is up), so they overlap the loading that must end before the
  // first NTP request leaves, instead of adding two round trips after it. measure() takes its outcome.
  let preparedFirst: { outcome: Promise<SourceResult | undefined>; abort: AbortController } | undefined;
  function prepare(signal: AbortSignal): Promise<void> {
    if (choice.kind === 'invalid' || signal.aborted) return Promise.resolve();
    const abort = new AbortController();
    signal.addEventListener('abort', () => abort.abort(), { once: true });
    const outcome = (async () => {
      agent ??= await agentFor(url, choice, agentOptions);
      return once(abort.signal);
    })();
    // measure() awaits it as before; until then a failure must not count as unhandled.
    outcome.catch(() => undefined);
    preparedFirst = { outcome, abort };
    return Promise.resolve();
  }

  async function measure(signal: AbortSignal): Promise<SourceResult> {
    if (preparedFirst) {
      const { outcome, abort } = preparedFirst;
      preparedFirst = undefined;
      const onAbort = () => abort.abort();
      if (signal.aborted) abort.abort();
      else signal.addEventListener('abort', onAbort, { once: true });
      const failed = await outcome;
      signal.removeEventListener('abort', onAbort);
      return failed ?? result({ status: 'ok' });
    }
    if (stopped) return last;
    if (choice.kind === 'invalid') {
      stopped = true;
      return result({ status: 'error', reason: `cannot use the proxy: ${choice.reason}` });
    }
    agent ??= await agentFor(url, choice, agentOptions);
    if (!bounds) {
      const failed = await once(signal);
      return failed ?? result({ status: 'ok' });
    }
    // Settle every threshold inside the interval in this call (they pass by within about a second); with
    // none inside, one bisection step.
    const startedMs = clock.nowMs();
    const clearing = straddlesAny(bounds, thresholds);
    let sent = 0;
    while (sent < perRefinement && !signal.aborted && canRefine()) {
      const nowMs = clock.nowMs();
      const aim = nextAim(
        bounds,
        thresholds,
        aimMargin(minRttMs, maxRttMs),
        minRttMs / 2,
        nowMs - LATE_TOLERANCE_MS,
      );
      if (sent > 0 && (aim.purpose !== 'threshold' || aim.sendAtMs - startedMs > REFINEMENT_BUDGET_MS)) break;
      if (aim.sendAtMs > nowMs + SPIN_MS) {
        // Sleep most of the way, then plan again: a timer that fires late must not send at a wrong phase.
        await sleep(aim.sendAtMs - nowMs - SPIN_MS, signal);
        continue;
      }
      while (!signal.aborted && clock.nowMs() < aim.sendAtMs) await nextTurn();
      if (signal.aborted) break;
      sent += 1;
      const failed = await once(signal);
      if (failed) return failed;
      if (!clearing || !straddlesAny(bounds, thresholds)) break;
    }
    return result({ status: 'ok' });
  }

  return {
    kind,
    target: label,
    measure,
    canRefine,
    prepare,
  };
}

/**
 * How far beside a threshold to split. The request reaches the server at least half the fastest round
 * trip after it leaves (the lead we aim with), and its answer is back at most the slowest round trip after
 * it left, so the stamp lies within maxRtt − minRtt/2 of the aim; plus slack for timer and scheduling
 * jitter on a busy runner.
 */
export function aimMargin(minRttMs: number, maxRttMs: number): number {
  return maxRttMs - minRttMs / 2 + maxRttMs / 4 + JITTER_SLACK_MS;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Whether the TLS stack refused the peer's chain, asked before Node acts on it. Only then is the chain
 * needed, and reading it is not free: getPeerCertificate(true) converts every certificate and hashes each
 * three times, ~5 ms of CPU between AWS's handshake and its request (measured). The public getters come too
 * late ('authorized' is set after this event) or corrupt the chain (getPeerX509Certificate on a client
 * removes the leaf from the chain Node then checks the name against, on Node 20 and 24), so this asks the
 * handle as Node's own check does; a Node without that method gets the chain read every time, as before.
 */
function verificationFailed(s: TLSSocket): boolean {
  const handle = (s as unknown as { ssl?: { verifyError?: () => unknown } }).ssl;
  if (typeof handle?.verifyError !== 'function') return true;
  try {
    return handle.verifyError() != null;
  } catch {
    return true;
  }
}

/**
 * The presented chain verified without its dates, against the anchors this request trusted: the `ca`
 * given (which, as in Node, replaces the default store), else Node's store and NODE_EXTRA_CA_CERTS.
 */
function chainIgnoringDates(
  peer: DetailedPeerCertificate | undefined,
  hostname: string,
  ca: string | Buffer | undefined,
): ChainCheck | undefined {
  if (!peer || !peer.raw) return undefined;
  const anchors = ca !== undefined ? new TrustAnchors(String(ca)) : loadTrustAnchors();
  return verifyChainIgnoringDates(presentedChain(peer), anchors, hostname.replace(/^\[|\]$/g, ''));
}
