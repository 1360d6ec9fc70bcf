/**
 * Host name resolution bounded by the run's deadline; a failure is a per-source error, never a throw.
 *
 * Why not just dns.lookup: it is getaddrinfo on libuv's thread pool and cannot be cancelled. Against a
 * DNS server that never answers it keeps the process alive long after the deadline (resolv.conf's
 * timeout × attempts × servers × search domains: 50 s was seen with `--timeout 3s`), and four such
 * lookups fill the pool. So: the hosts file first (as getaddrinfo does), then c-ares (dns.Resolver) with
 * its own timeout, cancelled at the deadline. Only when c-ares fails quickly for another reason (no
 * servers in resolv.conf, a name only another NSS source knows) does getaddrinfo get its chance, raced
 * against the deadline.
 *
 * IPv4 first: many CI runners (GitHub's hosted ones among them) have no IPv6 route, and every default
 * time server has an IPv4 address.
 */
import { lookup, Resolver } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { isIP, type LookupFunction } from 'node:net';
import { win32 } from 'node:path';
import { canonicalIp } from './address.js';
import { errorCode } from './error-code.js';
import { linkedController, untilAborted } from '../time/waiting.js';

export type Resolution =
  { ok: true; address: string; family: 4 | 6 } | { ok: false; reason: string; timedOut: boolean };

/** c-ares: per-try timeout and tries per server; the deadline cancels earlier. */
const DNS_TRY_TIMEOUT_MS = 2000;
const DNS_TRIES = 2;

/** Where the hosts file is on this platform. */
export function hostsFilePath(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32')
    return win32.join(env.SystemRoot ?? 'C:\\Windows', 'System32', 'drivers', 'etc', 'hosts');
  return '/etc/hosts';
}

/** The addresses a hosts file gives `host`, IPv4 first. Pure. */
export function addressesFromHostsFile(
  text: string,
  host: string,
): Array<{ address: string; family: 4 | 6 }> {
  const name = host.toLowerCase().replace(/\.$/, '');
  const found: Array<{ address: string; family: 4 | 6 }> = [];
  for (const line of text.split(/\r?\n/)) {
    const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!address || names.length === 0) continue;
    const family = isIP(address);
    if (family !== 4 && family !== 6) continue;
    if (names.some((n) => n.toLowerCase().replace(/\.$/, '') === name)) found.push({ address, family });
  }
  return [...found.filter((a) => a.family === 4), ...found.filter((a) => a.family === 6)];
}

let hostsText: string | undefined;

/**
 * The hosts file, read once per process: a run resolves a dozen names within seconds, and getaddrinfo's
 * files backend reads the same file each time to the same effect. An unreadable file counts as empty.
 */
function hostsFile(): string {
  if (hostsText === undefined) {
    try {
      hostsText = readFileSync(hostsFilePath(), 'utf8');
    } catch {
      hostsText = '';
    }
  }
  return hostsText;
}

/** A lookup's error code in words; a code not listed here is said as it is. */
const DNS_ERROR_WORDS = new Map<string, string>(
  Object.entries({
    ENOTFOUND: 'no such host',
    ENODATA: 'the name has no IPv4 or IPv6 address',
    EAI_AGAIN: 'DNS server did not answer (temporary failure)',
    ETIMEOUT: 'DNS server did not answer',
    ECONNREFUSED: 'DNS server refused the connection',
    EREFUSED: 'the DNS server refused the query',
    ESERVFAIL: 'the DNS server answered SERVFAIL (it could not resolve the name)',
    EFORMERR: "the DNS server's reply was unusable (EFORMERR)",
    EBADRESP: "the DNS server's reply was unusable (EBADRESP)",
    ENOTIMP: "the DNS server's reply was unusable (ENOTIMP)",
  }),
);

function describeDnsError(host: string, code: string): string {
  return `DNS lookup of ${host} failed: ${DNS_ERROR_WORDS.get(code) ?? code}`;
}

type CaresOutcome =
  | { kind: 'address'; address: string; family: 4 | 6 }
  | { kind: 'failed'; code: string }
  | { kind: 'aborted' };

/** A and AAAA in parallel over c-ares; the first A record wins, else the first AAAA. */
function resolveWithCares(host: string, signal: AbortSignal): Promise<CaresOutcome> {
  return new Promise((resolve) => {
    let resolver: Resolver;
    try {
      resolver = new Resolver({ timeout: DNS_TRY_TIMEOUT_MS, tries: DNS_TRIES });
    } catch (error) {
      return resolve({ kind: 'failed', code: errorCode(error) });
    }
    let done = false;
    const finish = (o: CaresOutcome) => {
      if (done) return;
      done = true;
      signal.removeEventListener('abort', onAbort);
      // Whatever is still in flight (the AAAA query, a retry) ends now and releases its socket.
      resolver.cancel();
      resolve(o);
    };
    const onAbort = () => finish({ kind: 'aborted' });
    if (signal.aborted) return finish({ kind: 'aborted' });
    signal.addEventListener('abort', onAbort, { once: true });

    let v6: { address: string } | { code: string } | undefined;
    let v4Failed: string | undefined;
    const settle = () => {
      if (v4Failed === undefined || v6 === undefined) return;
      if ('address' in v6) finish({ kind: 'address', address: v6.address, family: 6 });
      // ENODATA for A says little when AAAA failed for a reason: report the more telling error.
      else finish({ kind: 'failed', code: v4Failed === 'ENODATA' ? v6.code : v4Failed });
    };
    resolver.resolve4(host).then(
      (addresses) => {
        if (addresses[0]) return finish({ kind: 'address', address: addresses[0], family: 4 });
        v4Failed = 'ENODATA';
        settle();
      },
      (error: unknown) => {
        v4Failed = errorCode(error);
        settle();
      },
    );
    resolver.resolve6(host).then(
      (addresses) => {
        v6 = addresses[0] ? { address: addresses[0] } : { code: 'ENODATA' };
        settle();
      },
      (error: unknown) => {
        v6 = { code: errorCode(error) };
        settle();
      },
    );
  });
}

/** c-ares's codes for a DNS server that answered with an error or with a reply it could not use. */
const SERVER_ANSWERED = new Set(['ESERVFAIL', 'EREFUSED', 'EFORMERR', 'EBADRESP', 'ENOTIMP']);

const unfinishedWords = (host: string): string => `DNS lookup of ${host} did not finish before the deadline`;

const timedOut = (host: string): Resolution => ({ ok: false, reason: unfinishedWords(host), timedOut: true });

export async function resolveHost(host: string, signal: AbortSignal): Promise<Resolution> {
  const literal = isIP(host);
  // Every address given back in the kernel's spelling (canonicalIp): a reply's source is compared with it.
  if (literal === 4 || literal === 6) return { ok: true, ...canonicalIp(host, literal) };
  const listed = addressesFromHostsFile(hostsFile(), host)[0];
  if (listed) return { ok: true, ...canonicalIp(listed.address, listed.family) };

  const cares = await resolveWithCares(host, signal);
  if (cares.kind === 'address') return { ok: true, ...canonicalIp(cares.address, cares.family) };
  if (cares.kind === 'aborted') return timedOut(host);
  if (cares.code === 'ETIMEOUT' || cares.code === 'ECANCELLED') {
    // A DNS server that does not answer would keep getaddrinfo waiting just the same: no second try.
    return { ok: false, reason: describeDnsError(host, 'ETIMEOUT'), timedOut: true };
  }
  if (SERVER_ANSWERED.has(cares.code)) {
    // The DNS server answered, badly: getaddrinfo would ask the same server again, and a lookup no deadline
    // can cancel, against a server that then stops answering, held the process past its deadline (the
    // exit waits for it).
    return { ok: false, reason: describeDnsError(host, cares.code), timedOut: false };
  }
  // c-ares failed quickly (e.g. no name servers configured, or a name only another NSS source knows):
  // the system resolver decides, within the deadline.
  try {
    const answer = await untilAborted(lookup(host), signal);
    if (!answer) return timedOut(host);
    return { ok: true, ...canonicalIp(answer.address, answer.family === 6 ? 6 : 4) };
  } catch (error) {
    return { ok: false, reason: describeDnsError(host, errorCode(error)), timedOut: false };
  }
}

/** How a source resolves a name: resolveHost, or a test's own. */
export type Resolve = (host: string, signal: AbortSignal) => Promise<Resolution>;

/** A lookup started ahead of need (see lookupAhead). */
export interface AheadLookup {
  /** Starts the lookup, bound by `signal` (the run's deadline); once, until take() has taken it. */
  start(signal: AbortSignal): void;
  /** The lookup's answer, waited for no longer than `signal` allows; a new lookup if none was started. */
  take(signal: AbortSignal): Promise<Resolution>;
}

/**
 * A name looked up ahead of need: a source starts it in prepare(), beside the other sources' set-up, so
 * that its round trip to the DNS server overlaps that set-up instead of following it, and takes it when it
 * is asked. What take() gives is what resolveHost would have given then, except sooner. A lookup that did
 * not finish before take()'s signal ended is not reused: the next take() starts a new one, as a new
 * resolveHost would.
 */
/** A lookup under way: its answer, its own abort, and the answer once it has come. */
interface StartedLookup {
  answer: Promise<Resolution>;
  stop: AbortController;
  settled?: Resolution;
}

export function lookupAhead(host: string, resolve: Resolve = resolveHost): AheadLookup {
  let ahead: StartedLookup | undefined;
  return {
    start(signal) {
      if (ahead) return;
      // Its own abort, so that take()'s signal can end it too: a round that stops early must not leave a
      // lookup running past the verdict (c-ares would hold the process for its own timeout).
      // Unlinked from the deadline once the answer has come, so that no listener outlives the lookup.
      const { controller: stop, unlink } = linkedController([signal]);
      const started: StartedLookup = {
        answer: resolve(host, stop.signal),
        stop,
      };
      // Kept as soon as it comes, so that take() gives a finished answer even to a signal that has ended.
      // A rejection is take()'s to surface; until then (or if nothing takes it) it is not unhandled.
      started.answer.then((r) => {
        unlink();
        started.settled = r;
      }, unlink);
      ahead = started;
    },
    async take(signal) {
      const started = ahead;
      ahead = undefined;
      if (!started) return resolve(host, signal);
      if (started.settled) return started.settled;
      const onAbort = () => started.stop.abort();
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
      try {
        return await started.answer;
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
    },
  };
}

/** A lookup that failed or did not finish in time; `code` for describeHttpFailure to branch on. */
export class DnsLookupError extends Error {
  readonly code = 'ERR_DNS_LOOKUP';
  constructor(
    message: string,
    readonly hostname: string,
    readonly timedOut: boolean,
  ) {
    super(message);
    this.name = 'DnsLookupError';
  }
}

/**
 * A `lookup` for net, tls and http(s) agent options that resolves as the UDP sources do (resolveHost),
 * bounded by the signal `currentSignal` gives when a connection starts: a stalled DNS server becomes this
 * source's status at the deadline, instead of getaddrinfo holding a thread (and the process) for
 * resolv.conf's timeout × attempts.
 */
export function deadlineLookup(currentSignal: () => AbortSignal): DeadlineLookup {
  // Lookups under way, per name: two of one name may overlap, and the first to end must not hide the other.
  const pending = new Map<string, number>();
  const done = (hostname: string) => {
    const left = (pending.get(hostname) ?? 1) - 1;
    if (left > 0) pending.set(hostname, left);
    else pending.delete(hostname);
  };
  const lookup: LookupFunction = (hostname, options, callback) => {
    pending.set(hostname, (pending.get(hostname) ?? 0) + 1);
    resolveHost(hostname, currentSignal()).then(
      (r) => {
        done(hostname);
        if (!r.ok) return callback(new DnsLookupError(r.reason, hostname, r.timedOut), '', 0);
        if (options.all) callback(null, [{ address: r.address, family: r.family }]);
        else callback(null, r.address, r.family);
      },
      (error: unknown) => {
        done(hostname);
        callback(
          new DnsLookupError(`DNS lookup of ${hostname} failed: ${errorCode(error)}`, hostname, false),
          '',
          0,
        );
      },
    );
  };
  return Object.assign(lookup, { pending });
}

/** A deadline-bound lookup, and the host names it is resolving now (with how many lookups of each). */
export type DeadlineLookup = LookupFunction & { readonly pending: ReadonlyMap<string, number> };

/**
 * Why a request had no answer at the deadline when that was DNS: the caller's own abort handler runs
 * before the lookup's failure reaches the request, and would otherwise say only 'no answer'.
 */
export function unfinishedLookup(lookup: DeadlineLookup, proxyLabel?: string): string | undefined {
  const [host] = lookup.pending.keys();
  if (host === undefined) return undefined;
  return `${unfinishedWords(host)}${proxyLabel ? ` (the proxy ${proxyLabel})` : ''}`;
}

export function formatAddress(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}
