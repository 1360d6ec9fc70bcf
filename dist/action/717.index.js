export const id = 717;
export const ids = [717];
export const modules = {

/***/ 717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsRequirementFailure: () => (/* reexport */ aws_notes/* awsRequirementFailure */.ZU),
  credentialHints: () => (/* binding */ credentialHints),
  planAwsSources: () => (/* binding */ planAwsSources)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/platform/ec2.ts
var ec2 = __webpack_require__(6545);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/net/proxy.ts
/**
 * Which proxy (if any) carries a request to AWS, from the environment, as GitHub's runner and
 * @actions/http-client read it (and as curl and botocore do in the cases that matter):
 *
 * - https targets: `https_proxy`, else `HTTPS_PROXY`; http targets: `http_proxy`, else `HTTP_PROXY`.
 *   Lower case first, as curl does (it refuses upper-case HTTP_PROXY, which a CGI request can set).
 * - `no_proxy`, else `NO_PROXY`: comma- or space-separated entries; `*` bypasses everything; `example.com`,
 *   `.example.com` and `*.example.com` match the domain and its subdomains; `host:port` matches that port
 *   only; IP literals match exactly, or by CIDR (`10.0.0.0/8`, as curl ≥ 7.86).
 * - Loopback targets never go through a proxy (as @actions/http-client): a local endpoint is local.
 *
 * The agent tunnels with CONNECT (https-proxy-agent, as aws-actions/configure-aws-credentials does), so TLS
 * runs end to end between this process and AWS and a proxy cannot forge or cache the answer.
 */



function defaultPort(url) {
    return url.protocol === 'https:' ? 443 : 80;
}
/** Host without IPv6 brackets, lower case. */
function bareHost(hostname) {
    return hostname.replace(/^\[|\]$/g, '').toLowerCase();
}
function isLoopback(host) {
    const h = bareHost(host);
    if (h === 'localhost' || h.endsWith('.localhost'))
        return true;
    if ((0,external_node_net_.isIP)(h) === 4)
        return h.startsWith('127.');
    if ((0,external_node_net_.isIP)(h) === 6)
        return h === '::1' || /^::ffff:127\./.test(h);
    return false;
}
function matchesCidr(host, entry) {
    const m = /^(.+)\/(\d{1,3})$/.exec(entry);
    if (!m)
        return false;
    const [, net, bitsText] = m;
    const family = (0,external_node_net_.isIP)(net);
    const hostFamily = (0,external_node_net_.isIP)(host);
    if (family === 0 || hostFamily !== family)
        return false;
    const bits = Number(bitsText);
    if (bits > (family === 4 ? 32 : 128))
        return false;
    const list = new external_node_net_.BlockList();
    list.addSubnet(net, bits, family === 4 ? 'ipv4' : 'ipv6');
    return list.check(host, family === 4 ? 'ipv4' : 'ipv6');
}
/**
 * The NO_PROXY entry that exempts host:port, or undefined. `port` is the request's effective port.
 */
function noProxyMatch(noProxy, host, port) {
    const h = bareHost(host).replace(/\.$/, '');
    for (const raw of noProxy.split(/[,\s]+/)) {
        const entry = raw.trim().toLowerCase();
        if (entry === '')
            continue;
        if (entry === '*')
            return raw.trim();
        // Split off a port: `host:port`, `[v6]:port`; a bare IPv6 literal has colons but no port.
        let name = entry;
        let entryPort;
        const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
        if (bracketed) {
            name = bracketed[1];
            entryPort = bracketed[2] ? Number(bracketed[2]) : undefined;
        }
        else if ((0,external_node_net_.isIP)(entry) !== 6 && !entry.includes('/')) {
            const withPort = /^(.*):(\d+)$/.exec(entry);
            if (withPort) {
                name = withPort[1];
                entryPort = Number(withPort[2]);
            }
        }
        if (entryPort !== undefined && entryPort !== port)
            continue;
        if (name.includes('/')) {
            if (matchesCidr(h, name))
                return raw.trim();
            continue;
        }
        if ((0,external_node_net_.isIP)(name) !== 0 || (0,external_node_net_.isIP)(h) !== 0) {
            if (name === h)
                return raw.trim();
            continue;
        }
        const domain = name.replace(/^\*?\./, '').replace(/\.$/, '');
        if (domain === '')
            continue;
        if (h === domain || h.endsWith(`.${domain}`))
            return raw.trim();
    }
    return undefined;
}
function parseProxyUrl(text) {
    const t = text.trim();
    // `proxy.corp:3128` without a scheme is common in the wild; curl reads it as http://.
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `http://${t}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        return `'${redactProxy(t)}' is not a URL`;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return `${url.protocol.replace(/:$/, '')} proxies are not supported (only http:// and https:// proxies)`;
    }
    if (!url.hostname)
        return `'${redactProxy(t)}' has no host`;
    return url;
}
/** The proxy for a request to `target`, from `env`. Pure. */
function chooseProxy(target, env) {
    if (isLoopback(target.hostname))
        return { kind: 'direct', why: 'loopback endpoint' };
    const names = target.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
    const variable = names.find((n) => env[n] !== undefined && env[n].trim() !== '');
    if (!variable)
        return { kind: 'direct', why: `no ${names[1]} set` };
    const noProxy = env.no_proxy ?? env.NO_PROXY ?? '';
    const port = target.port ? Number(target.port) : defaultPort(target);
    const exempt = noProxyMatch(noProxy, target.hostname, port);
    if (exempt !== undefined)
        return { kind: 'direct', why: `NO_PROXY entry '${exempt}' matches` };
    const parsed = parseProxyUrl(env[variable]);
    if (typeof parsed === 'string')
        return { kind: 'invalid', variable, reason: `${variable}: ${parsed}` };
    return { kind: 'proxy', url: parsed, variable };
}
/** The proxy URL without user name or password, for reports and logs. */
function redactProxy(text) {
    const s = String(text);
    try {
        const u = new URL(s);
        if (u.username || u.password) {
            u.username = '';
            u.password = '';
            return u.href.replace(/\/$/, '') + ' (credentials hidden)';
        }
        return u.href.replace(/\/$/, '');
    }
    catch {
        return s.replace(/\/\/[^@/]*@/, '//***@');
    }
}
function describeProxy(choice) {
    if (choice.kind === 'direct')
        return `direct (${choice.why})`;
    if (choice.kind === 'invalid')
        return `unusable proxy (${choice.reason})`;
    return `through ${redactProxy(choice.url)} (from ${choice.variable})`;
}
/**
 * An agent for requests to `target`: keep-alive, one socket (requests are sequential, and one connection
 * keeps us on one server behind the load balancer, so that successive Dates come from one clock).
 * Loaded lazily: https-proxy-agent is imported only when a proxy is in use.
 */
async function agentFor(target, choice, options = {}) {
    const keepAlive = options.keepAlive ?? true;
    const common = { keepAlive, maxSockets: 1, timeout: 15_000, ...(options.ca ? { ca: options.ca } : {}) };
    if (choice.kind === 'proxy') {
        const { HttpsProxyAgent } = await __webpack_require__.e(/* import() */ 659).then(__webpack_require__.bind(__webpack_require__, 7659));
        const ca = options.ca;
        // The constructor's options reach only the connection to the proxy; the TLS session with AWS
        // through the tunnel takes the request's options, so extra CAs go there.
        class TunnelAgent extends HttpsProxyAgent {
            connect(req, opts) {
                return super.connect(req, ca ? { ...opts, ca } : opts);
            }
        }
        return new TunnelAgent(choice.url, {
            keepAlive,
            maxSockets: 1,
            timeout: 15_000,
        });
    }
    return target.protocol === 'https:' ? new external_node_https_.Agent(common) : new external_node_http_.Agent(common);
}

// EXTERNAL MODULE: ./src/time/clock.ts
var time_clock = __webpack_require__(3355);
;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by a unit test; bundled, so dist/ needs no package.json. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/sources/date-bounds.ts
const DATE_RESOLUTION_MS = 1000;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * An HTTP-date (RFC 9110 §5.6.7) to Unix ms: IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`, and the two
 * obsolete forms recipients must accept (RFC 850 `Sunday, 06-Nov-94 08:49:37 GMT`, asctime
 * `Sun Nov  6 08:49:37 1994`). Undefined for anything else.
 */
function parseHttpDate(text) {
    const t = text.trim();
    let parts;
    let m;
    if ((m = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}:\d{2}:\d{2}) GMT$/i.exec(t))) {
        parts = { day: m[1], mon: m[2], year: Number(m[3]), time: m[4] };
    }
    else if ((m = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}:\d{2}:\d{2}) GMT$/i.exec(t))) {
        // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
        const yy = Number(m[3]);
        const year = 2000 + yy > new Date().getUTCFullYear() + 50 ? 1900 + yy : 2000 + yy;
        parts = { day: m[1], mon: m[2], year, time: m[4] };
    }
    else if ((m = /^[a-z]{3} ([a-z]{3}) ([ \d]\d) (\d{2}:\d{2}:\d{2}) (\d{4})$/i.exec(t))) {
        parts = { day: m[2], mon: m[1], year: Number(m[4]), time: m[3] };
    }
    if (!parts)
        return undefined;
    const month = MONTHS.indexOf(parts.mon.toLowerCase());
    const day = Number(parts.day.trim());
    const [h, mi, s] = parts.time.split(':').map(Number);
    if (month < 0 || day < 1 || day > 31 || h > 23 || mi > 59 || s > 60)
        return undefined;
    // A leap second (:60) is the last instant of its minute; at 1-second resolution it reads as :59.
    const ms = Date.UTC(parts.year, month, day, h, mi, Math.min(s, 59));
    return new Date(ms).getUTCDate() === day ? ms : undefined;
}
/** The offset interval one exchange allows: [D − T4, D + 1 s − T1]. */
function boundsFromExchange(dateMs, t1Ms, t4Ms) {
    return { lowMs: dateMs - t4Ms, highMs: dateMs + DATE_RESOLUTION_MS - t1Ms };
}
/** The common part of two intervals, or undefined when they do not meet (the server's clock jumped). */
function intersectBounds(a, b) {
    const lowMs = Math.max(a.lowMs, b.lowMs);
    const highMs = Math.min(a.highMs, b.highMs);
    return lowMs <= highMs ? { lowMs, highMs } : undefined;
}
function widthMs(b) {
    return b.highMs - b.lowMs;
}
/** The sample a source reports: the middle of the interval, ± half its width. */
function sampleFromBounds(b, delayMs, atMs) {
    return { offsetMs: (b.lowMs + b.highMs) / 2, boundMs: (b.highMs - b.lowMs) / 2, delayMs, atMs };
}
/** Signed offsets at which a verdict changes: ±warn-offset and ±max-offset. */
function thresholdOffsets(thresholdsMs) {
    const positive = [...new Set(thresholdsMs.filter((t) => t > 0))];
    return positive.flatMap((t) => [t, -t]).sort((x, y) => x - y);
}
/**
 * The runner time at which to send so that, if θ = split, the server stamps the request on a second
 * boundary: the stamp happens about `leadMs` after sending (RTT/2), at runner time ts with
 * (ts + split) ≡ 0 mod 1 s. The earliest such time not before `earliestMs`.
 */
function sendTimeFor(splitMs, leadMs, earliestMs) {
    const phase = mod(-splitMs - leadMs, DATE_RESOLUTION_MS);
    let t = earliestMs - mod(earliestMs, DATE_RESOLUTION_MS) + phase;
    while (t < earliestMs)
        t += DATE_RESOLUTION_MS;
    return t;
}
/**
 * The next request. `marginMs` is how far beside a threshold τ a split must lie for one answer to clear
 * it (a little more than RTT/2). Candidates are τ + margin (clears τ when θ is above) and τ − margin
 * (clears it when θ is below), for every threshold still inside the interval.
 *
 * Waiting for a phase costs up to a second, far more than a round trip, so the candidate whose send
 * time comes first wins. As time passes the split a request would make sweeps downward through the
 * interval, one full pass per second; right after the first request it stands at the top of that
 * request's interval. So τ + margin, then τ − margin 2·margin later, then the next threshold below: every
 * threshold is settled within about a second of the first answer, unless the offset lies within a round
 * trip of it. Without thresholds inside, bisect at the middle (htpdate's way).
 */
function nextAim(b, thresholds, marginMs, leadMs, earliestMs) {
    let best;
    for (const tau of thresholds) {
        if (tau <= b.lowMs || tau >= b.highMs)
            continue;
        // Close to an edge, split halfway to it instead: the answer then narrows the interval toward τ.
        const above = tau + Math.min(marginMs, (b.highMs - tau) / 2);
        const below = tau - Math.min(marginMs, (tau - b.lowMs) / 2);
        for (const splitMs of [above, below]) {
            // An answer moves a bound to about split ∓ lead: a split within a lead of an edge teaches nothing.
            if (splitMs <= b.lowMs + leadMs || splitMs >= b.highMs - leadMs)
                continue;
            const sendAtMs = sendTimeFor(splitMs, leadMs, earliestMs);
            if (!best || sendAtMs < best.sendAtMs)
                best = { splitMs, sendAtMs, purpose: 'threshold' };
        }
    }
    if (best)
        return best;
    const splitMs = (b.lowMs + b.highMs) / 2;
    return { splitMs, sendAtMs: sendTimeFor(splitMs, leadMs, earliestMs), purpose: 'bisect' };
}
function mod(x, m) {
    return ((x % m) + m) % m;
}
/** Whether any threshold still lies strictly inside the interval. */
function straddlesAny(b, thresholds) {
    return thresholds.some((t) => t > b.lowMs && t < b.highMs);
}
/**
 * Why a response is not a sample of the server's clock, or undefined when it is. A cached response carries
 * the Date of when the origin made it (RFC 9111 §5.1: caches pass Date on and add Age), so it can be
 * arbitrarily old; the AWS SDK ignores such responses for the same reason.
 */
function cacheReason(headers) {
    const get = (name) => {
        const v = headers[name];
        return Array.isArray(v) ? v.join(', ') : v;
    };
    const age = get('age');
    if (age !== undefined)
        return `the response came from a cache (Age: ${age}): its Date is when the origin made it, not the server's clock now`;
    for (const name of ['x-cache', 'cf-cache-status', 'x-cache-status', 'x-proxy-cache', 'x-cache-lookup']) {
        const v = get(name);
        if (v !== undefined && /\bhit\b/i.test(v) && !/\bmiss\b/i.test(v.split(',')[0] ?? '')) {
            return `the response is a cache hit (${name}: ${v}): its Date is when the origin made it, not the server's clock now`;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/net/resolve.ts + 1 modules
var net_resolve = __webpack_require__(7230);
// EXTERNAL MODULE: ./src/sources/source.ts
var source = __webpack_require__(813);
// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
;// CONCATENATED MODULE: ./src/sources/untrusted-text.ts
/**
 * Text a server chose (an error message, a header, a status line, a certificate name) kept as data before
 * it enters a SourceResult. Pure.
 *
 * This is not the escaping for an output format (that happens where text leaves the program, once per
 * format); it makes sure a reason or a detail is one short line: a hostile server cannot start a new line
 * of the log (where `::set-output` would become a workflow command), hide text behind bidirectional
 * overrides, or fill the report.
 */
/** A reason built from a server's words stays readable in one line of a report. */
const MAX_QUOTED_CHARS = 200;
// C0 and C1 controls, DEL, line and paragraph separators, bidirectional embeddings, overrides and isolates.
const LINE_BREAKING = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/**
 * One line of at most `maxChars` characters (an ellipsis marks the cut): line breaks and tabs become a
 * space, other control and direction-changing characters U+FFFD.
 */
function untrustedText(value, maxChars = MAX_QUOTED_CHARS) {
    const text = String(value).replace(LINE_BREAKING, ' ').replace(INVISIBLE, '\ufffd');
    const chars = Array.from(text);
    return chars.length <= maxChars ? text : `${chars.slice(0, Math.max(0, maxChars - 1)).join('')}…`;
}

;// CONCATENATED MODULE: ./src/sources/http-failure.ts
/**
 * Why an HTTPS request to a time reference failed, in words, from Node's error. Pure.
 *
 * Certificate validity errors are clock evidence in their own right: "not yet valid" means this runner's
 * clock reads earlier than the certificate's start (the runner is behind, unless the certificate is
 * minutes old), "expired" that it reads later than its end (the runner is ahead, unless the certificate
 * really expired). The message says so, with the dates when the certificate could be read.
 */



const UNTRUSTED = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'CERT_UNTRUSTED',
    'CERT_SIGNATURE_FAILURE',
    'CERT_REVOKED',
]);
function describeHttpFailure(error, ctx) {
    const code = (0,source/* errorCode */.CA)(error);
    // Node's messages quote the server (a certificate's names, a parser's view of its bytes).
    const message = untrustedText(error instanceof Error ? error.message : String(error));
    const via = ctx.proxy ? ` (through the proxy ${ctx.proxy})` : '';
    if (code === 'CERT_NOT_YET_VALID' || code === 'CERT_HAS_EXPIRED')
        return certificateTime(code, ctx, via);
    if (UNTRUSTED.has(code)) {
        return {
            kind: 'error',
            permanent: true,
            message: `TLS: the certificate ${ctx.host} presented is not trusted (${code})${via}. ` +
                'A proxy or firewall that intercepts TLS would do this: give Node its CA with NODE_EXTRA_CA_CERTS.',
        };
    }
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        return {
            kind: 'error',
            permanent: true,
            message: `TLS: the certificate presented does not name ${ctx.host}${via} (${message})`,
        };
    }
    if (code === 'EPROTO' || code.startsWith('ERR_SSL_') || /wrong version number|handshake/i.test(message)) {
        return {
            kind: 'error',
            permanent: true,
            message: `TLS handshake with ${ctx.host} failed${via}: ${message}. Is this an https endpoint?`,
        };
    }
    if (code.startsWith('HPE_')) {
        return {
            kind: 'error',
            permanent: true,
            message: `${ctx.host} did not answer in HTTP (${code}): garbage or another protocol on that port`,
        };
    }
    if (code === 'ECONNREFUSED') {
        return {
            kind: 'error',
            permanent: true,
            message: ctx.proxy
                ? `could not reach the proxy ${ctx.proxy}: connection refused`
                : `connection refused by ${ctx.host}: nothing listens there`,
        };
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        const host = ctx.proxy ? `the proxy ${ctx.proxy}` : ctx.host;
        return {
            kind: 'error',
            permanent: code === 'ENOTFOUND',
            message: code === 'ENOTFOUND'
                ? `DNS lookup of ${host} failed: no such host`
                : `DNS lookup of ${host} failed: the DNS server did not answer (temporary failure)`,
        };
    }
    if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/i.test(message)) {
        return { kind: 'error', message: `${ctx.host} closed the connection without an answer${via}` };
    }
    if (code === 'ETIMEDOUT')
        return { kind: 'timeout', message: `connecting to ${ctx.host} timed out${via}` };
    if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') {
        return { kind: 'error', message: `network unreachable (${code}) on the way to ${ctx.host}${via}` };
    }
    return {
        kind: 'error',
        message: `request to ${ctx.host} failed${via}: ${code === message ? message : `${code}: ${message}`}`,
    };
}
/**
 * A certificate outside its dates by the runner's clock is evidence about the clock only when the chain
 * verifies with the dates set aside: anyone can make an expired self-signed certificate.
 */
function certificateTime(code, ctx, via) {
    const notYet = code === 'CERT_NOT_YET_VALID';
    const state = notYet ? 'not yet valid' : 'expired';
    if (!ctx.chain) {
        return {
            kind: 'error',
            permanent: true,
            message: `TLS: the certificate of ${ctx.host} is ${state} by this runner's clock (${code})${via}, and its chain could ` +
                "not be read to verify it without the dates: this says nothing certain about the runner's clock.",
        };
    }
    if (!ctx.chain.ok) {
        return {
            kind: 'error',
            permanent: true,
            message: `TLS: the certificate ${ctx.host} presented is not trusted (${ctx.chain.reason})${via}; it is also ${state} ` +
                "by this runner's clock, which from an untrusted server is no evidence about the clock. A proxy or " +
                'firewall that intercepts TLS would do this: give Node its CA with NODE_EXTRA_CA_CERTS.',
        };
    }
    const edgeMs = notYet ? ctx.chain.validFromMs : ctx.chain.validToMs;
    // Not yet valid: true time ≥ notBefore > runner time, so offset ≥ notBefore − now (behind).
    // Expired: true time ≤ notAfter < runner time, so offset ≤ notAfter − now (ahead).
    const skewMs = edgeMs - ctx.nowMs;
    const dated = ` (${notYet ? 'valid from' : 'valid until'} ${new Date(edgeMs).toISOString()}, ${(0,format/* humanDuration */.UU)(skewMs)} ${notYet ? 'after' : 'before'} this runner's clock)`;
    const message = notYet
        ? `TLS: the certificate of ${ctx.host} is not yet valid by this runner's clock${dated}. ` +
            `That is evidence of clock skew: the runner's clock is behind by at least ${(0,format/* describeOffset */.j8)(skewMs).replace(/ behind$/, '')}, unless the certificate was issued moments ago.`
        : `TLS: the certificate of ${ctx.host} has expired by this runner's clock${dated}. ` +
            `That is evidence of clock skew: the runner's clock is ahead by at least ${(0,format/* humanDuration */.UU)(skewMs)}, unless the certificate really expired.`;
    return { kind: 'error', permanent: true, message, certificateSkewMs: skewMs };
}

// EXTERNAL MODULE: ./src/protocol/nts/certificates.ts
var certificates = __webpack_require__(5214);
;// CONCATENATED MODULE: ./src/sources/https-date.ts
/**
 * A web server's Date header as a time source: AWS's regional STS endpoint by default, over TLS (so the
 * Date is authenticated by the server's certificate), through the environment's proxy if any.
 *
 * The first measurement is one HEAD request: ±(0.5 s + RTT/2). Later measurements, which the measurement
 * loop asks for only while the verdict straddles a threshold, aim each request at a sub-second phase so
 * that its Date tells on which side of a chosen split the offset lies (see date-bounds.ts), and intersect
 * the intervals. One keep-alive connection, so that successive Dates come from one server's clock and
 * a request costs one round trip.
 */











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
function httpsDateSource(target, options = {}) {
    const clock = options.clock ?? time_clock/* systemClock */.ml;
    const url = target.url;
    const label = target.label ?? url.host;
    const tls = url.protocol === 'https:';
    const choice = options.proxy ?? chooseProxy(url, options.env ?? process.env);
    const thresholds = thresholdOffsets(options.thresholdsMs ?? []);
    const maxRequests = options.maxRequests ?? 12;
    const perRefinement = options.requestsPerRefinement ?? 6;
    let agent;
    let bounds;
    let requests = 0;
    let minRttMs = Infinity;
    let maxRttMs = 0;
    let lastT4Ms = 0;
    let inconsistent = 0;
    let stopped = false;
    let address;
    let httpStatus;
    let last = {
        kind: 'https-date',
        target: label,
        status: 'skipped',
        authenticated: false,
        requests: 0,
    };
    const details = () => ({
        url: url.href,
        proxy: describeProxy(choice),
        tls,
        ...(httpStatus !== undefined ? { httpStatus } : {}),
        ...(bounds ? { lowMs: round3(bounds.lowMs), highMs: round3(bounds.highMs) } : {}),
        ...(inconsistent > 0 ? { inconsistentDates: inconsistent } : {}),
    });
    const result = (r) => {
        last = {
            kind: 'https-date',
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
    function absorb(e) {
        const rtt = e.t4Ms - e.t1Ms;
        maxRttMs = Math.max(maxRttMs, rtt);
        minRttMs = Math.min(minRttMs, rtt);
        lastT4Ms = e.t4Ms;
        httpStatus = e.httpStatus;
        if (e.address)
            address = e.address;
        const b = boundsFromExchange(e.dateMs, e.t1Ms, e.t4Ms);
        if (!bounds) {
            bounds = b;
            return;
        }
        const both = intersectBounds(bounds, b);
        if (both)
            bounds = both;
        else {
            // The server's clock jumped between two answers (or a different server answered): trust the newest.
            inconsistent += 1;
            bounds = b;
        }
    }
    function exchange(signal, retryOnStale = true) {
        return new Promise((resolve) => {
            let done = false;
            let proxyStatus;
            let socket;
            let presented;
            const finish = (o) => {
                if (done)
                    return;
                done = true;
                signal.removeEventListener('abort', onAbort);
                // A failed exchange leaves nothing worth keeping alive on that connection.
                if (!o.ok)
                    req.destroy();
                resolve(o);
            };
            const onAbort = () => {
                finish({
                    ok: false,
                    failure: { kind: 'timeout', message: 'no answer before the deadline' },
                    timedOut: true,
                    permanent: false,
                });
            };
            requests += 1;
            let t1Ms = clock.nowMs();
            const req = (tls ? external_node_https_.request : external_node_http_.request)(url, {
                method: 'HEAD',
                agent: agent,
                headers: {
                    'user-agent': `clock-preflight/${VERSION}`,
                    'cache-control': 'no-cache',
                    pragma: 'no-cache',
                },
            });
            if (signal.aborted)
                return onAbort();
            signal.addEventListener('abort', onAbort, { once: true });
            req.on('proxyConnect', (connect) => (proxyStatus = connect));
            req.on('socket', (s) => {
                socket = s;
                // A new connection sends the request only once it is up: the server cannot stamp it before.
                const mark = () => (t1Ms = clock.nowMs());
                if (s instanceof external_node_tls_.TLSSocket) {
                    s.once('secureConnect', mark);
                    // Node destroys a connection whose certificate fails right after the handshake ('secure'), and
                    // the chain is gone with it; read it first, in case a date error needs it judged without dates.
                    s.prependOnceListener('secure', () => {
                        try {
                            presented = s.getPeerCertificate(true);
                        }
                        catch {
                            presented = undefined;
                        }
                    });
                }
                else if (s.connecting)
                    s.once('connect', mark);
            });
            req.on('response', (res) => {
                const t4Ms = clock.nowMs();
                res.resume();
                if (proxyStatus && proxyStatus.statusCode !== 200) {
                    return finish({
                        ok: false,
                        failure: {
                            kind: 'proxy-refused',
                            message: `the proxy ${redactProxy(choice.url)} answered CONNECT ${url.host} with ${proxyStatus.statusCode} ${proxyStatus.statusText}`.trim(),
                        },
                        timedOut: false,
                        permanent: false,
                    });
                }
                const remote = socket?.remoteAddress;
                const exchangeAddress = choice.kind === 'direct' && remote && socket?.remotePort
                    ? (0,net_resolve/* formatAddress */.M)(remote, socket.remotePort)
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
                        failure: { kind: 'rejected', message: `unreadable Date header '${dateText.slice(0, 60)}'` },
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
            req.on('error', (error) => {
                if (done)
                    return;
                const code = (0,source/* errorCode */.CA)(error);
                // A kept-alive connection the server had closed: try once more on a fresh one.
                if (retryOnStale && req.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE')) {
                    done = true;
                    signal.removeEventListener('abort', onAbort);
                    requests -= 1;
                    void exchange(signal, false).then(resolve);
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
    async function once(signal) {
        const o = await exchange(signal);
        if (o.ok) {
            absorb(o.exchange);
            return undefined;
        }
        if (o.permanent)
            stopped = true;
        const status = o.timedOut ? 'timeout' : o.failure.kind === 'rejected' ? 'rejected' : 'error';
        return result({ status, reason: o.failure.message });
    }
    function canRefine() {
        if (stopped || !bounds || requests >= maxRequests)
            return false;
        return widthMs(bounds) > 2 * minRttMs + MIN_WIDTH_MS;
    }
    async function measure(signal) {
        if (stopped)
            return last;
        if (choice.kind === 'invalid') {
            stopped = true;
            return result({ status: 'error', reason: `cannot use the proxy: ${choice.reason}` });
        }
        agent ??= await agentFor(url, choice, options.ca ? { ca: options.ca } : {});
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
            const aim = nextAim(bounds, thresholds, aimMargin(minRttMs, maxRttMs), minRttMs / 2, nowMs - LATE_TOLERANCE_MS);
            if (sent > 0 && (aim.purpose !== 'threshold' || aim.sendAtMs - startedMs > REFINEMENT_BUDGET_MS))
                break;
            if (aim.sendAtMs > nowMs + SPIN_MS) {
                // Sleep most of the way, then plan again: a timer that fires late must not send at a wrong phase.
                await (0,source/* sleep */.yy)(aim.sendAtMs - nowMs - SPIN_MS, signal);
                continue;
            }
            while (!signal.aborted && clock.nowMs() < aim.sendAtMs)
                await new Promise((r) => setImmediate(r));
            if (signal.aborted)
                break;
            sent += 1;
            const failed = await once(signal);
            if (failed)
                return failed;
            if (!clearing || !straddlesAny(bounds, thresholds))
                break;
        }
        return result({ status: 'ok' });
    }
    return {
        kind: 'https-date',
        target: label,
        measure,
        canRefine,
    };
}
/**
 * How far beside a threshold to split. The request reaches the server at least half the fastest round
 * trip after it leaves (the lead we aim with), and its answer is back at most the slowest round trip after
 * it left, so the stamp lies within maxRtt − minRtt/2 of the aim; plus slack for timer and scheduling
 * jitter on a busy runner.
 */
function aimMargin(minRttMs, maxRttMs) {
    return maxRttMs - minRttMs / 2 + maxRttMs / 4 + JITTER_SLACK_MS;
}
function round3(x) {
    return Math.round(x * 1000) / 1000;
}
/**
 * The presented chain verified without its dates, against the anchors this request trusted: the `ca`
 * given (which, as in Node, replaces the default store), else Node's store and NODE_EXTRA_CA_CERTS.
 */
function chainIgnoringDates(peer, hostname, ca) {
    if (!peer || !peer.raw)
        return undefined;
    const anchors = ca !== undefined ? (0,certificates/* parsePemCertificates */.Qc)(String(ca)) : (0,certificates/* loadTrustAnchors */.lK)();
    return (0,certificates/* verifyChainIgnoringDates */.dO)((0,certificates/* presentedChain */.eH)(peer), anchors, hostname.replace(/^\[|\]$/g, ''));
}

;// CONCATENATED MODULE: ./src/plan/aws-endpoint.ts
/**
 * The STS endpoint a region's AWS tools talk to, resolved as @aws-sdk/client-sts resolves it, so that the
 * Date check and the signed check ask the same clock the user's next step will be judged by.
 *
 * Order, as in the SDKs: `AWS_ENDPOINT_URL_STS`, then `AWS_ENDPOINT_URL` (both ignored when
 * `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`), then the regional endpoint of the region's partition.
 * Regional endpoints, never the legacy global sts.amazonaws.com: the SDK v3 and current CLIs default to
 * regional, and that is the host whose clock signs off on the user's requests.
 *
 * The partition table is the SDK's own (`@aws-sdk/core` util-endpoints partitions.json, v1.1): a region
 * belongs to the first partition whose regex matches it, else to `aws`. Endpoint URL shapes follow the
 * STS endpoint ruleset in @aws-sdk/client-sts, including FIPS (`AWS_USE_FIPS_ENDPOINT`) and dual-stack
 * (`AWS_USE_DUALSTACK_ENDPOINT`). A unit test compares every case with the SDK's resolver.
 */
const DEFAULT_REGION = 'us-east-1';
const PARTITIONS = [
    {
        id: 'aws',
        dnsSuffix: 'amazonaws.com',
        dualStackDnsSuffix: 'api.aws',
        regionRegex: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/,
    },
    {
        id: 'aws-cn',
        dnsSuffix: 'amazonaws.com.cn',
        dualStackDnsSuffix: 'api.amazonwebservices.com.cn',
        regionRegex: /^cn-\w+-\d+$/,
    },
    {
        id: 'aws-eusc',
        dnsSuffix: 'amazonaws.eu',
        dualStackDnsSuffix: 'api.amazonwebservices.eu',
        regionRegex: /^eusc-(de)-\w+-\d+$/,
    },
    {
        id: 'aws-iso',
        dnsSuffix: 'c2s.ic.gov',
        dualStackDnsSuffix: 'api.aws.ic.gov',
        regionRegex: /^us-iso-\w+-\d+$/,
    },
    {
        id: 'aws-iso-b',
        dnsSuffix: 'sc2s.sgov.gov',
        dualStackDnsSuffix: 'api.aws.scloud',
        regionRegex: /^us-isob-\w+-\d+$/,
    },
    {
        id: 'aws-iso-e',
        dnsSuffix: 'cloud.adc-e.uk',
        dualStackDnsSuffix: 'api.cloud-aws.adc-e.uk',
        regionRegex: /^eu-isoe-\w+-\d+$/,
    },
    {
        id: 'aws-iso-f',
        dnsSuffix: 'csp.hci.ic.gov',
        dualStackDnsSuffix: 'api.aws.hci.ic.gov',
        regionRegex: /^us-isof-\w+-\d+$/,
    },
    {
        id: 'aws-us-gov',
        dnsSuffix: 'amazonaws.com',
        dualStackDnsSuffix: 'api.aws',
        regionRegex: /^us-gov-\w+-\d+$/,
    },
];
/** The region's partition, as the SDK's `aws.partition` function picks it (unknown shapes fall to `aws`). */
function partitionOf(region) {
    return PARTITIONS.find((p) => p.regionRegex.test(region)) ?? PARTITIONS[0];
}
class EndpointError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EndpointError';
    }
}
function envFlag(value) {
    return value?.trim().toLowerCase() === 'true';
}
function configuredUrl(env) {
    if (envFlag(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS))
        return undefined;
    if (env.AWS_ENDPOINT_URL_STS)
        return { text: env.AWS_ENDPOINT_URL_STS, origin: 'AWS_ENDPOINT_URL_STS' };
    if (env.AWS_ENDPOINT_URL)
        return { text: env.AWS_ENDPOINT_URL, origin: 'AWS_ENDPOINT_URL' };
    return undefined;
}
/** The regional STS URL for a region, FIPS and dual-stack as the SDK's ruleset builds them. */
function regionalStsUrl(region, options = {}) {
    const p = partitionOf(region);
    const { fips = false, dualStack = false } = options;
    if (fips && dualStack)
        return new URL(`https://sts-fips.${region}.${p.dualStackDnsSuffix}`);
    // GovCloud's regular STS endpoints are already FIPS endpoints; the ruleset maps FIPS to them.
    if (fips) {
        return new URL(p.id === 'aws-us-gov'
            ? `https://sts.${region}.amazonaws.com`
            : `https://sts-fips.${region}.${p.dnsSuffix}`);
    }
    if (dualStack)
        return new URL(`https://sts.${region}.${p.dualStackDnsSuffix}`);
    if (region === 'aws-global')
        return new URL('https://sts.amazonaws.com');
    return new URL(`https://sts.${region}.${p.dnsSuffix}`);
}
/**
 * `region` is `config.awsRegion` (input, AWS_REGION, AWS_DEFAULT_REGION already applied); undefined means
 * us-east-1. Throws EndpointError (with the variable's name) when a configured URL is unusable.
 */
function resolveStsEndpoint(region, env) {
    const r = region ?? DEFAULT_REGION;
    const partition = partitionOf(r).id;
    const configured = configuredUrl(env);
    if (configured) {
        let url;
        try {
            url = new URL(configured.text.trim());
        }
        catch {
            throw new EndpointError(`${configured.origin}='${configured.text}' is not a URL`);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            throw new EndpointError(`${configured.origin}='${configured.text}' must be an http:// or https:// URL`);
        }
        return { url, region: r, partition, origin: configured.origin, tls: url.protocol === 'https:' };
    }
    const url = regionalStsUrl(r, {
        fips: envFlag(env.AWS_USE_FIPS_ENDPOINT),
        dualStack: envFlag(env.AWS_USE_DUALSTACK_ENDPOINT),
    });
    return { url, region: r, partition, origin: 'region', tls: true };
}
/** `sts.eu-west-2.amazonaws.com`, or the whole URL when it is not the plain https origin. */
function endpointLabel(endpoint) {
    const u = endpoint.url;
    if (u.protocol === 'https:' && (u.pathname === '/' || u.pathname === '') && !u.port)
        return u.hostname;
    return u.href.replace(/\/$/, '');
}

;// CONCATENATED MODULE: ./src/sources/sts.ts







/** AWS error codes that mean the credentials, not the clock, are wrong. */
const CREDENTIAL_CODES = new Set([
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'InvalidAccessKeyId',
    'ExpiredToken',
    'ExpiredTokenException',
    'AccessDenied',
    'AccessDeniedException',
    'IncompleteSignature',
    'MissingAuthenticationToken',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'AuthFailure',
]);
const TIME_MESSAGE = /Signature expired|Signature not yet current|RequestTimeTooSkewed|request time .* too skewed/i;
const ACCOUNT = /^\d{12}$/;
// Partitions: aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-eusc, …; IAM paths may hold any of '!'..'~'.
const CALLER_ARN = /^arn:aws(?:-[a-z]+)*:(?:iam|sts)::(\d{12}):[\x21-\x7e]+$/;
// An IAM unique id, an assumed role's `AROA…:session-name`, a federated user's `account:name`.
const USER_ID = /^[\w+=,.@:-]+$/;
const MAX_ARN_CHARS = 2048;
const MAX_USER_ID_CHARS = 256;
/**
 * A GetCallerIdentity result that STS could have written: a 12-digit account, an IAM or STS ARN in that
 * account, and a user id; or why not. Anything else (an HTML page the XML parser read as empty, a stray
 * document, a proxy's page) is not acceptance of a signed request. Pure.
 */
function checkCallerIdentity(identity) {
    const account = identity?.account;
    const arn = identity?.arn;
    const userId = identity?.userId;
    if (account === undefined && arn === undefined && userId === undefined) {
        return { ok: false, reason: 'no GetCallerIdentityResult in it' };
    }
    if (typeof account !== 'string' || !ACCOUNT.test(account)) {
        return { ok: false, reason: 'its Account is not a 12-digit AWS account id' };
    }
    const arnMatch = typeof arn === 'string' && arn.length <= MAX_ARN_CHARS ? CALLER_ARN.exec(arn) : null;
    if (!arnMatch)
        return { ok: false, reason: 'its Arn is not an IAM or STS ARN' };
    if (arnMatch[1] !== account)
        return { ok: false, reason: 'its Arn names another account than its Account' };
    if (typeof userId !== 'string' || userId.length > MAX_USER_ID_CHARS || !USER_ID.test(userId)) {
        return { ok: false, reason: 'its UserId is not an IAM user id' };
    }
    return { ok: true, identity: { account, arn: arn, userId } };
}
/** Whether an AWS error code looks like one (the SDK sets it only from an error document's Code). */
function isAwsErrorCode(code) {
    return typeof code === 'string' && /^[A-Za-z][A-Za-z0-9.]{0,99}$/.test(code);
}
function isTimeRejection(e) {
    return TIME_MESSAGE.test(e.message) || e.code === 'RequestTimeTooSkewed' || e.code === 'RequestExpired';
}
function isCredentialsError(e) {
    return CREDENTIAL_CODES.has(e.code) && !isTimeRejection(e);
}
/** The offset interval all attempts' Date headers allow (cached answers excluded, as the SDK does). */
function boundsFromAttempts(attempts) {
    let bounds;
    let inconsistent = 0;
    for (const a of attempts) {
        if (a.age !== undefined || a.date === undefined)
            continue;
        const dateMs = parseHttpDate(a.date);
        if (dateMs === undefined)
            continue;
        const b = boundsFromExchange(dateMs, a.t1Ms, a.t4Ms);
        const both = bounds ? intersectBounds(bounds, b) : b;
        if (!both)
            inconsistent += 1;
        bounds = both ?? b;
    }
    return { ...(bounds ? { bounds } : {}), inconsistent };
}
function noCredentials(e) {
    return e.name === 'CredentialsProviderError' || /could not load credentials/i.test(e.message);
}
/**
 * From what happened to a SourceResult. Pure. Credentials problems are 'error' (or 'skipped' when no
 * credentials were found and the check was optional) with `details.credentialsProblem`.
 *
 * Only STS's own answers carry AWS's clock: a well-formed GetCallerIdentity result (the signed request was
 * accepted), or an AWS error document (a time rejection is AWS judging this runner's signature). Their
 * Date headers make the sample, and the source is 'ok' when the call was accepted or finally refused for
 * time. A redirect, an HTML page, or a 200 whose body is not a GetCallerIdentity result is not STS
 * speaking (a captive portal, a proxy's error page, a wrong endpoint): 'rejected', whatever its Date says.
 */
function classifySigned(outcome, base, required) {
    const fin = outcome.finalError;
    const identityCheck = fin === undefined ? checkCallerIdentity(outcome.identity) : undefined;
    const identity = identityCheck?.ok ? identityCheck.identity : undefined;
    const fromSts = outcome.attempts.filter((a) => a.answer === 'aws-error' || (a.answer === 'result' && identity !== undefined));
    const { bounds, inconsistent } = boundsFromAttempts(fromSts);
    const first = outcome.errors[0];
    const firstRejected = first !== undefined && isTimeRejection(first);
    const finalTimeRejection = fin?.code !== undefined && isTimeRejection({ code: fin.code, message: fin.message });
    const details = {
        ...base.details,
        attempts: outcome.attempts.length,
        firstSignatureRejected: firstRejected,
        signedCallSucceeded: identity !== undefined,
        ...(firstRejected
            ? { firstRejection: untrustedText(first.message), firstRejectionCode: untrustedText(first.code, 100) }
            : {}),
        ...(outcome.sdkClockOffsetMs !== undefined && outcome.sdkClockOffsetMs !== 0
            ? { sdkClockOffsetMs: outcome.sdkClockOffsetMs }
            : {}),
        ...(identity ? { account: identity.account, arn: identity.arn } : {}),
        ...(inconsistent > 0 ? { inconsistentDates: inconsistent } : {}),
    };
    const requests = outcome.attempts.length;
    const result = (r) => ({
        kind: base.kind,
        target: base.target,
        authenticated: base.authenticated,
        requests,
        details,
        ...r,
    });
    if (fin && noCredentials(fin)) {
        details.credentialsProblem = true;
        return result({
            status: required ? 'error' : 'skipped',
            reason: "no AWS credentials: the SDK's default chain (environment variables, web identity token, SSO, " +
                'shared config and credentials files, container and instance metadata) found none' +
                (required ? ", and aws is 'sts', which requires the signed check" : ''),
        });
    }
    if (fin?.code !== undefined && isCredentialsError({ code: fin.code, message: fin.message })) {
        details.credentialsProblem = true;
        return result({ status: 'error', reason: credentialsReason(fin.code, fin.message) });
    }
    if (bounds && (identity !== undefined || finalTimeRejection)) {
        return result({
            status: 'ok',
            sample: sampleFromBounds(bounds, minDelay(fromSts), lastT4(fromSts)),
        });
    }
    const stranger = [...outcome.attempts].reverse().find((a) => a.answer === 'not-aws');
    if (fin && fin.code === undefined && fin.httpStatus !== undefined && stranger) {
        return result({ status: 'rejected', reason: notStsReason(base.target, stranger) });
    }
    if (identityCheck && !identityCheck.ok) {
        return result({
            status: 'rejected',
            reason: `${base.target} answered HTTP 200, but not with a well-formed GetCallerIdentity response ` +
                `(${identityCheck.reason}): the signed request was not accepted by AWS STS, whatever the answer's Date says`,
        });
    }
    if (fin?.code !== undefined) {
        const status = fin.httpStatus !== undefined ? ` (HTTP ${fin.httpStatus})` : '';
        return result({
            status: 'error',
            reason: `AWS STS answered ${untrustedText(fin.code, 100)}${status}: ${untrustedText(fin.message)}`,
        });
    }
    if (fin) {
        return result({
            status: fin.name === 'AbortError' ? 'timeout' : 'error',
            reason: untrustedText(fin.message),
        });
    }
    return result({
        status: 'rejected',
        reason: 'AWS answered without a usable Date header (or only from a cache)',
    });
}
function notStsReason(host, a) {
    const type = a.contentType ? `, ${untrustedText(a.contentType, 60)}` : '';
    const what = a.httpStatus >= 300 && a.httpStatus < 400
        ? 'a redirect, which STS never sends'
        : 'neither a GetCallerIdentity response nor an AWS error';
    return (`${host} answered the signed request with HTTP ${a.httpStatus}${type}: ${what}. This is not AWS STS ` +
        '(a proxy, a captive portal or a wrong AWS_ENDPOINT_URL_STS?), so it proves nothing about the clock or the credentials');
}
function credentialsReason(code, message) {
    const said = `AWS rejected the credentials (${untrustedText(code, 100)}: ${untrustedText(message.trim())})`;
    const what = {
        InvalidClientTokenId: 'the access key id is unknown to AWS (deleted, mistyped, or from another partition)',
        UnrecognizedClientException: 'the access key id is unknown to AWS (deleted, mistyped, or from another partition)',
        InvalidAccessKeyId: 'the access key id is unknown to AWS',
        ExpiredToken: 'the session token has expired: get fresh credentials (assume the role again)',
        ExpiredTokenException: 'the session token has expired: get fresh credentials (assume the role again)',
        SignatureDoesNotMatch: 'the secret access key does not belong to the access key id',
        InvalidSignatureException: 'the secret access key does not belong to the access key id',
        AccessDenied: 'the credentials are not allowed to call STS here (an SCP or a VPC endpoint policy?)',
        AccessDeniedException: 'the credentials are not allowed to call STS here (an SCP or a VPC endpoint policy?)',
    };
    return `${said}: ${what[code] ?? 'the credentials are wrong'}. This is a credentials problem, not the clock.`;
}
function minDelay(attempts) {
    return Math.min(...attempts.map((a) => a.t4Ms - a.t1Ms));
}
function lastT4(attempts) {
    return Math.max(...attempts.map((a) => a.t4Ms));
}
function header(headers, name) {
    for (const [k, v] of Object.entries(headers)) {
        if (k.toLowerCase() === name)
            return Array.isArray(v) ? v.join(', ') : v;
    }
    return undefined;
}
function stsSource(endpoint, options = {}) {
    const clock = options.clock ?? time_clock/* systemClock */.ml;
    const label = endpointLabel(endpoint);
    const choice = options.proxy ?? chooseProxy(endpoint.url, options.env ?? process.env);
    let last = {
        kind: 'sts',
        target: label,
        status: 'skipped',
        authenticated: false,
        requests: 0,
    };
    let measured = false;
    const baseDetails = {
        url: endpoint.url.href,
        region: endpoint.region,
        proxy: describeProxy(choice),
        tls: endpoint.tls,
    };
    const base = { kind: 'sts', target: label, authenticated: endpoint.tls, details: baseDetails };
    async function measure(signal) {
        // One signed call per run: refinement is the Date check's job, and every call here is a signed request.
        if (measured)
            return last;
        measured = true;
        if (choice.kind === 'invalid') {
            last = { ...base, status: 'error', reason: `cannot use the proxy: ${choice.reason}`, requests: 0 };
            return last;
        }
        let sdk;
        let handlerModule;
        try {
            [sdk, handlerModule] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19)),
                __webpack_require__.e(/* import() */ 279).then(__webpack_require__.t.bind(__webpack_require__, 1279, 19)),
            ]);
        }
        catch (error) {
            last = {
                ...base,
                status: 'error',
                requests: 0,
                reason: `could not load the AWS SDK: ${String(error)}`,
            };
            return last;
        }
        const agent = await agentFor(endpoint.url, choice, options.ca ? { ca: options.ca } : {});
        const inner = new handlerModule.NodeHttpHandler({ httpAgent: agent, httpsAgent: agent });
        const attempts = [];
        const errors = [];
        let networkError;
        // Times every attempt at the wire, retries included; the SDK's own clock correction never sees this.
        const timed = {
            metadata: inner.metadata,
            async handle(...args) {
                const t1Ms = clock.nowMs();
                try {
                    const out = await inner.handle(...args);
                    const t4Ms = clock.nowMs();
                    const headers = out.response.headers;
                    const date = header(headers, 'date');
                    const age = header(headers, 'age');
                    const contentType = header(headers, 'content-type');
                    attempts.push({
                        t1Ms,
                        t4Ms,
                        httpStatus: out.response.statusCode,
                        ...(date !== undefined ? { date } : {}),
                        ...(age !== undefined ? { age } : {}),
                        ...(contentType !== undefined ? { contentType } : {}),
                    });
                    return out;
                }
                catch (error) {
                    networkError = error;
                    throw error;
                }
            },
            updateHttpClientConfig: inner.updateHttpClientConfig.bind(inner),
            httpHandlerConfigs: inner.httpHandlerConfigs.bind(inner),
            destroy: inner.destroy.bind(inner),
        };
        const client = new sdk.STSClient({
            region: endpoint.region,
            endpoint: endpoint.url.href,
            requestHandler: timed,
        });
        // Inside the retry loop and outside the deserializer: sees each attempt's answer as the SDK parsed it.
        // An attempt answered is the last one the handler recorded, not yet judged.
        const judge = (answer) => {
            const a = attempts.at(-1);
            if (a && a.answer === undefined)
                a.answer = answer;
        };
        client.middlewareStack.add((next) => async (args) => {
            try {
                const out = await next(args);
                judge('result');
                return out;
            }
            catch (error) {
                const e = error;
                if (e.$metadata?.httpStatusCode !== undefined) {
                    // The SDK sets Code only from an AWS error document; a page or a redirect has none.
                    if (isAwsErrorCode(e.Code)) {
                        judge('aws-error');
                        errors.push({
                            code: e.Code,
                            message: e.message ?? '',
                            httpStatus: e.$metadata.httpStatusCode,
                        });
                    }
                    else
                        judge('not-aws');
                }
                throw error;
            }
        }, { step: 'finalizeRequest', priority: 'low', name: 'clockPreflightRecordAttempts' });
        const outcome = { attempts, errors };
        try {
            const answer = await (0,source/* untilAborted */.Eu)(client.send(new sdk.GetCallerIdentityCommand({}), { abortSignal: signal }), signal);
            if (answer === undefined) {
                outcome.finalError = { name: 'AbortError', message: 'no answer from STS before the deadline' };
            }
            else {
                outcome.identity = { account: answer.Account, arn: answer.Arn, userId: answer.UserId };
            }
        }
        catch (error) {
            const e = error;
            if (e.$metadata?.httpStatusCode === undefined && networkError !== undefined) {
                // No HTTP answer at all: say why in the same words as the Date check.
                const failure = describeHttpFailure(networkError, {
                    host: endpoint.url.host,
                    proxy: choice.kind === 'proxy' ? redactProxy(choice.url) : undefined,
                    nowMs: clock.nowMs(),
                });
                outcome.finalError = {
                    name: failure.kind === 'timeout' ? 'AbortError' : 'NetworkError',
                    message: failure.message,
                };
            }
            else if (e.name === 'AbortError' || signal.aborted) {
                outcome.finalError = { name: 'AbortError', message: 'no answer from STS before the deadline' };
            }
            else {
                outcome.finalError = {
                    name: e.name ?? 'Error',
                    message: e.message ?? String(error),
                    ...(isAwsErrorCode(e.Code) ? { code: e.Code } : {}),
                    ...(e.$metadata?.httpStatusCode !== undefined ? { httpStatus: e.$metadata.httpStatusCode } : {}),
                };
            }
        }
        finally {
            const offset = client.config.systemClockOffset;
            if (typeof offset === 'number')
                outcome.sdkClockOffsetMs = offset;
            client.destroy();
        }
        last = classifySigned(outcome, base, options.required ?? false);
        return last;
    }
    return { kind: 'sts', target: label, measure, canRefine: () => false };
}

// EXTERNAL MODULE: ./src/gate/aws-notes.ts
var aws_notes = __webpack_require__(1930);
;// CONCATENATED MODULE: ./src/plan/aws.ts
/**
 * Which AWS time sources a run asks, from the `aws` input:
 *
 * - `auto`: the HTTPS Date check of the regional STS endpoint always; the signed check too when the SDK's
 *   default chain probably has credentials (decided without loading the SDK, see `credentialHints`).
 * - `https`: the Date check only. `sts`: both, and the signed check is required: missing or rejected
 *   credentials fail the run with a message that says it is the credentials (`awsRequirementFailure`).
 * - `off`: none.
 *
 * Both checks ask the same endpoint (AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL, else the region's partition)
 * through the same proxy choice.
 */







function nonEmptyFile(path) {
    try {
        return (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isFile() && (0,external_node_fs_.statSync)(path).size > 0;
    }
    catch {
        return false;
    }
}
/**
 * Whether the SDK's default chain will probably find credentials, without loading the SDK: the chain's
 * sources in its order, each by a cheap sign (a variable or a file). A false positive costs one failed
 * lookup, reported as "no credentials" and skipped in `auto`; a false negative only skips the signed check.
 */
function credentialHints(env, options = {}) {
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
        return { likely: true, why: 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY' };
    if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN)
        return { likely: true, why: 'web identity (AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN)' };
    if (env.AWS_PROFILE)
        return { likely: true, why: `profile ${env.AWS_PROFILE}` };
    const home = options.home ?? (0,external_node_os_.homedir)();
    const files = [
        env.AWS_SHARED_CREDENTIALS_FILE ?? (0,external_node_path_.join)(home, '.aws', 'credentials'),
        env.AWS_CONFIG_FILE ?? (0,external_node_path_.join)(home, '.aws', 'config'),
    ];
    const file = files.find(nonEmptyFile);
    if (file)
        return { likely: true, why: `shared file ${file}` };
    if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI)
        return { likely: true, why: 'container credentials (ECS/EKS)' };
    if (env.AWS_EC2_METADATA_DISABLED?.trim().toLowerCase() !== 'true' && (options.isEc2 ?? ec2/* detectEc2 */.sv)())
        return { likely: true, why: 'EC2 instance metadata' };
    return {
        likely: false,
        why: 'no AWS credentials in the environment, no shared config or credentials file, not on EC2',
    };
}
/** A source that only reports a configuration problem (an unusable endpoint URL), never a sample. */
function misconfigured(kind, target, reason) {
    const result = { kind, target, status: 'error', reason, authenticated: false, requests: 0 };
    return { kind, target, measure: () => Promise.resolve(result), canRefine: () => false };
}
function planAwsSources(config, env = process.env, options = {}) {
    if (config.aws === 'off')
        return [];
    let endpoint;
    try {
        endpoint = resolveStsEndpoint(config.awsRegion, env);
    }
    catch (error) {
        if (!(error instanceof EndpointError))
            throw error;
        const sources = [misconfigured('https-date', 'AWS STS', error.message)];
        if (config.aws === 'sts')
            sources.push(misconfigured('sts', 'AWS STS', error.message));
        return sources;
    }
    const ca = options.ca ? { ca: options.ca } : {};
    const sources = [
        httpsDateSource(endpoint, { env, thresholdsMs: [config.warnOffsetMs, config.maxOffsetMs], ...ca }),
    ];
    const wantSigned = config.aws === 'sts' || (config.aws === 'auto' && credentialHints(env, options).likely);
    if (wantSigned)
        sources.push(stsSource(endpoint, { env, required: config.aws === 'sts', ...ca }));
    return sources;
}
// Pure and light, so that the check can call it without loading the AWS sources.



/***/ }),

/***/ 5214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qc: () => (/* binding */ parsePemCertificates),
/* harmony export */   dO: () => (/* binding */ verifyChainIgnoringDates),
/* harmony export */   eH: () => (/* binding */ presentedChain),
/* harmony export */   lK: () => (/* binding */ loadTrustAnchors)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Certificate checks for a time source when the runner's clock may be years off (chrony's
 * `nocerttimecheck`): the chain and the name are verified, the validity dates are not, and the dates are
 * kept as evidence of the skew and checked later against the time the server gives.
 *
 * Why not trust node's own verdict minus the date errors: node's verify callback lets OpenSSL go on after
 * an error and reports the last one, so a date error on the leaf can hide a bad signature checked before
 * it. When the dates fail, the whole chain is therefore built and verified again here, from the
 * certificates the server presented to one of our trust anchors, signature by signature (node:crypto's
 * X509Certificate does the cryptography).
 */



const MAX_CHAIN_LENGTH = 8;
const SERVER_AUTH_OID = '1.3.6.1.5.5.7.3.1';
function parsePemCertificates(pem) {
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    const out = [];
    for (const block of blocks) {
        try {
            out.push(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block));
        }
        catch {
            // A broken block in a bundle is skipped, as OpenSSL does when loading a CA file.
        }
    }
    return out;
}
/**
 * The anchors node itself trusts by default: its bundled roots plus NODE_EXTRA_CA_CERTS, or, on Node
 * versions that can say, exactly the set the handshake used (`tls.getCACertificates('default')`, which also
 * covers `--use-system-ca`).
 */
function loadTrustAnchors(env = process.env) {
    const getCa = node_tls__WEBPACK_IMPORTED_MODULE_2__.getCACertificates;
    if (typeof getCa === 'function')
        return parsePemCertificates(getCa('default').join('\n'));
    const anchors = parsePemCertificates(node_tls__WEBPACK_IMPORTED_MODULE_2__.rootCertificates.join('\n'));
    const extra = env.NODE_EXTRA_CA_CERTS;
    if (extra) {
        try {
            anchors.push(...parsePemCertificates((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(extra, 'utf8')));
        }
        catch {
            // Node warns about an unreadable NODE_EXTRA_CA_CERTS at start-up; nothing more to add here.
        }
    }
    return anchors;
}
function dateMs(text) {
    const ms = Date.parse(text);
    return Number.isFinite(ms) ? ms : Number.NaN;
}
function signedBy(cert, issuer) {
    try {
        return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
    }
    catch {
        return false;
    }
}
/**
 * Builds a path from the leaf through the presented certificates to a trust anchor, verifying every
 * signature, requiring CA certificates above the leaf and a leaf fit for TLS servers named `host`. The
 * dates are only collected: the window in which every certificate of the path is valid.
 */
function verifyChainIgnoringDates(presented, anchors, host) {
    const leaf = presented[0];
    if (!leaf)
        return { ok: false, reason: 'the server presented no certificate' };
    const nameError = node_tls__WEBPACK_IMPORTED_MODULE_2__.checkServerIdentity(host, leaf.toLegacyObject());
    if (nameError)
        return { ok: false, reason: `certificate is not for ${host}: ${nameError.message}` };
    const usage = leaf.keyUsage;
    if (Array.isArray(usage) && usage.length > 0 && !usage.includes(SERVER_AUTH_OID)) {
        return { ok: false, reason: 'certificate is not for TLS servers (extended key usage)' };
    }
    const isAnchor = (c) => anchors.some((a) => a.raw.equals(c.raw));
    const path = [leaf];
    let current = leaf;
    let trusted = isAnchor(leaf);
    while (!trusted && path.length <= MAX_CHAIN_LENGTH) {
        const anchor = anchors.find((a) => signedBy(current, a));
        if (anchor) {
            path.push(anchor);
            trusted = true;
            break;
        }
        const issuer = presented.find((c) => !path.includes(c) && c.ca && signedBy(current, c));
        if (!issuer)
            break;
        path.push(issuer);
        current = issuer;
        trusted = isAnchor(issuer);
    }
    if (!trusted) {
        return {
            ok: false,
            reason: 'certificate is not signed by a trusted CA (even with its dates ignored); if this server uses a private CA, add it with NODE_EXTRA_CA_CERTS',
        };
    }
    const validFromMs = Math.max(...path.map((c) => dateMs(c.validFrom)));
    const validToMs = Math.min(...path.map((c) => dateMs(c.validTo)));
    if (Number.isNaN(validFromMs) || Number.isNaN(validToMs)) {
        return { ok: false, reason: 'certificate validity dates cannot be read' };
    }
    return { ok: true, validFromMs, validToMs };
}
/** The leaf first, then every issuer the TLS stack linked, each once. */
function presentedChain(peer) {
    const out = [];
    let node = peer;
    while (node && node.raw && out.length <= MAX_CHAIN_LENGTH) {
        const raw = node.raw;
        if (out.some((c) => c.raw.equals(raw)))
            break;
        try {
            out.push(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(raw));
        }
        catch {
            break;
        }
        node = node.issuerCertificate;
    }
    return out;
}


/***/ })

};

//# sourceMappingURL=717.index.js.map