/**
 * An NTS server (RFC 8915) as an authenticated time source: NTS-KE over TLS for keys and cookies, then
 * NTPv4 requests carrying a cookie, a Unique Identifier and an AES-SIV authenticator. A reply counts only
 * if it authenticates with the server-to-client key, echoes the identifier of one of our requests and
 * then passes every test a plain NTP reply must pass (checkReply, including the origin check).
 *
 * Spacing and retries follow the NTP source: one request per measurement, a lost one retried no sooner
 * than 2 s later, each request with a fresh cookie (cookies are never reused: reuse would link requests).
 */
import { randomBytes } from 'node:crypto';
import type { ServerSpec } from '../config/config.js';
import type { Sample, SourceResult } from '../model.js';
import { checkReply, type NtpTimestamp } from '../protocol/ntp/packet.js';
import { describeCertificateSkew, establishKeys, formatDate, type KeSession } from './nts-ke.js';
import type * as Aead from '../protocol/nts/extensions.js';
import { MAX_COOKIES } from '../protocol/nts/ke.js';
import { systemClock, type WallClock } from '../time/clock.js';
import { nextTurn } from '../time/waiting.js';
import { randomTimestamp, refIdOf, sampleFromReply, warmUp } from './ntp.js';
import { formatAddress, resolveHost } from '../net/resolve.js';
import type { Progress, TimeSource } from './source.js';
import { errorCode } from '../net/error-code.js';
import { udpExchange, type Pacing, type ReplyJudgement } from './udp-exchange.js';
import { keepingBest, kodResult, unansweredResult } from './ntp-result.js';

export interface NtsOptions {
  clock?: WallClock;
  /** Minimum spacing between two NTP requests to one server. */
  minRequestIntervalMs?: number;
  /** NTP requests per measurement at most (the first and its retries). */
  maxRequests?: number;
  /** NTS-KE sessions per run at most (the first, and new keys after running out of cookies or a NAK). */
  maxKeyEstablishments?: number;
}

interface Outstanding {
  t1: number;
  origin: NtpTimestamp;
  uniqueId: Uint8Array;
}

/**
 * The NTS extension fields and their AEAD (AES-SIV over node:crypto). Loaded once per process, by
 * prepare() after the key exchanges have started so that the handshakes' round trips overlap it, and
 * before any request is timed. The first AES-SIV run also compiles its code and sets up OpenSSL's AES, so
 * a reply is sealed and opened once before any request is timed.
 */
let aeadLoading: Promise<typeof Aead> | undefined;
let aead: typeof Aead | undefined;
function loadAead(): Promise<typeof Aead> {
  aeadLoading ??= import('../protocol/nts/extensions.js').then((m) => {
    const key = new Uint8Array(32);
    const id = new Uint8Array(m.UNIQUE_ID_BYTES);
    const header = m
      .encodeNtsRequest({
        origin: randomTimestamp(),
        uniqueId: id,
        cookie: new Uint8Array(16),
        cookiesLeft: 7,
        c2sKey: key,
        nonce: new Uint8Array(m.NONCE_BYTES),
      })
      .subarray(0, 48);
    m.checkNtsReply(
      m.encodeNtsReply(header, id, [new Uint8Array(16)], key, new Uint8Array(m.NONCE_BYTES)),
      id,
      key,
    );
    aead = m;
    return m;
  });
  return aeadLoading;
}

type ExchangeEnd = { kind: 'result'; result: SourceResult } | { kind: 'nak' };

export function ntsSource(server: ServerSpec, options: NtsOptions = {}): TimeSource {
  const clock = options.clock ?? systemClock;
  const minIntervalMs = options.minRequestIntervalMs ?? 2000;
  const maxRequests = options.maxRequests ?? 4;
  const maxKe = options.maxKeyEstablishments ?? 3;
  let requests = 0;
  let keRuns = 0;
  const pacing: Pacing = { lastRequestAtMs: -Infinity };
  let best: Sample | undefined;
  let stopped = false;
  let session: KeSession | undefined;
  let progress: Progress | undefined;
  let ntpAddress: { address: string; family: 4 | 6; port: number } | undefined;
  let last: SourceResult = {
    kind: 'nts',
    target: server.label,
    status: 'skipped',
    authenticated: true,
    requests: 0,
  };

  const details = (): Record<string, string | number | boolean> => {
    if (!session) return {};
    const d: Record<string, string | number | boolean> = {
      ntsKeServer: session.keAddress,
      cookies: session.cookies.length,
    };
    if (session.certificateDates) {
      d.certificateDatesIgnored = describeCertificateSkew(session.certificateDates, clock.nowMs());
    }
    return d;
  };

  const result = (r: Partial<SourceResult> & Pick<SourceResult, 'status'>): SourceResult => {
    last = keepingBest(
      {
        kind: 'nts',
        target: server.label,
        authenticated: true,
        requests,
        ...(ntpAddress ? { address: formatAddress(ntpAddress.address, ntpAddress.port) } : {}),
        details: details(),
        ...r,
      },
      best,
    );
    return last;
  };

  async function ensureSession(signal: AbortSignal): Promise<SourceResult | undefined> {
    if (session && session.cookies.length > 0 && ntpAddress) return undefined;
    if (keRuns >= maxKe) {
      stopped = true;
      return result({ status: 'error', reason: `no NTS cookies left after ${keRuns} NTS-KE sessions` });
    }
    keRuns += 1;
    const ke = await establishKeys(server, signal, {
      nowMs: () => clock.nowMs(),
      onProgress: (p) => (progress = p),
    });
    if (!ke.ok) {
      if (ke.permanent) stopped = true;
      return result({ status: ke.timedOut ? 'timeout' : 'error', reason: ke.reason });
    }
    session = ke.session;
    const r = await resolveHost(session.ntpHost, signal);
    if (!r.ok) {
      if (!r.timedOut) stopped = true;
      return result({
        status: r.timedOut ? 'timeout' : 'error',
        reason: `NTS-KE named NTP server ${session.ntpHost}: ${r.reason}`,
      });
    }
    ntpAddress = { address: r.address, family: r.family, port: session.ntpPort };
    return undefined;
  }

  // The key exchange prepare() started, and its own abort: measure() ends it when its signal aborts.
  let preparedKe: Promise<SourceResult | undefined> | undefined;
  let preparedAbort: AbortController | undefined;

  async function prepare(signal: AbortSignal): Promise<void> {
    preparedAbort = new AbortController();
    const abort = preparedAbort;
    if (signal.aborted) abort.abort();
    else signal.addEventListener('abort', () => abort.abort(), { once: true });
    preparedKe = ensureSession(abort.signal);
    // The other sources start their connections in the microtasks queued so far (this key exchange's and
    // the Date check's, for an address or a name in the hosts file; a name looked up in DNS starts when its
    // answer comes): the cipher's load and first run, milliseconds of CPU, wait until they have.
    await nextTurn();
    await loadAead().catch(() => undefined);
    // While the handshake's round trips go on: measure() would otherwise do it after the key exchange.
    await warmUp(clock);
  }

  async function measure(signal: AbortSignal): Promise<SourceResult> {
    if (stopped) return last;
    // One NAK (the server lost its keys, e.g. restarted) is answered with new keys, once per measurement.
    for (let attempt = 0; attempt < 2; attempt++) {
      let failed: SourceResult | undefined;
      if (preparedKe) {
        const abort = preparedAbort!;
        const onAbort = () => abort.abort();
        if (signal.aborted) abort.abort();
        else signal.addEventListener('abort', onAbort, { once: true });
        failed = await preparedKe;
        signal.removeEventListener('abort', onAbort);
        preparedKe = undefined;
      } else {
        failed = await ensureSession(signal);
      }
      if (failed) return failed;
      await warmUp(clock);
      try {
        await loadAead();
      } catch (error) {
        stopped = true;
        return result({ status: 'error', reason: `could not load the NTS cipher: ${errorCode(error)}` });
      }
      const end = await exchange(session!, ntpAddress!, signal);
      if (end.kind === 'result') return end.result;
      session = undefined;
      if (signal.aborted) break;
    }
    return result({
      status: 'rejected',
      reason: 'the server refused our NTS cookie (NTS NAK) even after new keys',
    });
  }

  /** A sample whose time lies outside the certificate's validity contradicts the trust we gave it. */
  function certificateContradiction(sample: Sample): string | undefined {
    const dates = session?.certificateDates;
    if (!dates) return undefined;
    const referenceMs = sample.atMs + sample.offsetMs;
    if (
      referenceMs + sample.boundMs >= dates.validFromMs &&
      referenceMs - sample.boundMs <= dates.validToMs
    ) {
      return undefined;
    }
    return (
      `the server's time ${formatDate(referenceMs)} lies outside its own certificate's validity ` +
      `(${formatDate(dates.validFromMs)} to ${formatDate(dates.validToMs)}), which was accepted only because the runner's clock ` +
      'looked wrong; refusing the answer (an expired or not-yet-valid certificate used by someone else)'
    );
  }

  async function exchange(
    s: KeSession,
    to: { address: string; family: 4 | 6; port: number },
    signal: AbortSignal,
  ): Promise<ExchangeEnd> {
    const outstanding: Outstanding[] = [];
    const end = await udpExchange<ExchangeEnd>(
      {
        peer: to,
        signal,
        pacing,
        minIntervalMs,
        maxRequests,
        nowMs: () => clock.nowMs(),
        nextRequest: () => {
          const cookie = s.cookies.shift();
          if (!cookie) return undefined; // Wait for the replies already asked for; the deadline ends the wait.
          const origin = randomTimestamp();
          const { encodeNtsRequest, NONCE_BYTES, UNIQUE_ID_BYTES } = aead!;
          const uniqueId = new Uint8Array(randomBytes(UNIQUE_ID_BYTES));
          const request = encodeNtsRequest({
            origin,
            uniqueId,
            cookie,
            cookiesLeft: s.cookies.length,
            c2sKey: s.c2sKey,
            nonce: new Uint8Array(randomBytes(NONCE_BYTES)),
          });
          requests += 1;
          outstanding.push({ t1: clock.nowMs(), origin, uniqueId });
          return request;
        },
        judge: (bytes, t4) => judge(s, outstanding, bytes, t4),
      },
      'NTP',
    );
    if (end.kind === 'answered') return end.end;
    if (end.kind === 'socket-error' && end.permanent) stopped = true;
    return {
      kind: 'result',
      result: result(
        unansweredResult(end, {
          noun: 'NTS request',
          sentTo: ` sent to ${formatAddress(to.address, to.port)}`,
          socketNote: '; this is the NTP server the NTS-KE server named',
          ...(s.certificateDates
            ? { timeoutNote: `; note: ${describeCertificateSkew(s.certificateDates, clock.nowMs())}` }
            : {}),
        }),
      ),
    };
  }

  /** One datagram from the NTP server NTS-KE named: authentic, ours, and a valid NTP reply, or why not. */
  function judge(
    s: KeSession,
    outstanding: Outstanding[],
    bytes: Buffer,
    t4: number,
  ): ReplyJudgement<ExchangeEnd> {
    const packet = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { checkNtsReply } = aead!;
    let nts: ReturnType<typeof Aead.checkNtsReply> | undefined;
    let request: Outstanding | undefined;
    for (const o of outstanding) {
      nts = checkNtsReply(packet, o.uniqueId, s.s2cKey);
      if (nts.kind === 'rejected' && nts.code === 'unique-id-mismatch') continue;
      request = o;
      break;
    }
    if (!nts || !request) {
      return {
        kind: 'reject',
        reason: 'Unique Identifier does not match any request we sent (stale, replayed or forged reply)',
      };
    }
    if (nts.kind === 'rejected') return { kind: 'reject', reason: nts.reason };
    if (nts.kind === 'nak') {
      const header = checkReply(packet, request.origin);
      // Even a NAK must answer our request: its origin must be ours.
      if (header.kind === 'kiss-of-death') return { kind: 'accept', end: { kind: 'nak' } };
      return {
        kind: 'reject',
        reason: `NTS NAK that fails the header tests (${header.kind === 'rejected' ? header.reason : 'not a KoD'})`,
      };
    }
    const check = checkReply(packet, request.origin);
    if (check.kind === 'rejected') return { kind: 'reject', reason: check.reason };
    // Only authenticated replies reach here: a Kiss-o'-Death now really comes from the server.
    outstanding.splice(outstanding.indexOf(request), 1);
    for (const c of nts.cookies) if (s.cookies.length < MAX_COOKIES) s.cookies.push(c);
    const finish = (r: SourceResult): ReplyJudgement<ExchangeEnd> => ({
      kind: 'accept',
      end: { kind: 'result', result: r },
    });
    if (check.kind === 'kiss-of-death') {
      if (check.stop) stopped = true;
      return finish(result(kodResult(check, true)));
    }
    const sample = sampleFromReply(check.packet, request.t1, t4);
    const contradiction = certificateContradiction(sample);
    if (contradiction) {
      stopped = true;
      return finish(result({ status: 'rejected', reason: contradiction }));
    }
    if (!best || sample.boundMs < best.boundMs) best = sample;
    return finish(result({ status: 'ok', stratum: check.packet.stratum, refId: refIdOf(check.packet) }));
  }

  return {
    kind: 'nts',
    target: server.label,
    measure,
    prepare,
    canRefine: () => !stopped,
    progress: () => progress,
  };
}
