export const id = 342;
export const ids = [342];
export const modules = {

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


/***/ }),

/***/ 5656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ widthMs),
/* harmony export */   R2: () => (/* binding */ boundsFromExchange),
/* harmony export */   SA: () => (/* binding */ thresholdOffsets),
/* harmony export */   _T: () => (/* binding */ sampleFromBounds),
/* harmony export */   jJ: () => (/* binding */ straddlesAny),
/* harmony export */   m6: () => (/* binding */ parseHttpDate),
/* harmony export */   rh: () => (/* binding */ cacheReason),
/* harmony export */   vq: () => (/* binding */ intersectBounds),
/* harmony export */   zh: () => (/* binding */ nextAim)
/* harmony export */ });
/* unused harmony exports DATE_RESOLUTION_MS, sendTimeFor */
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8870);

const DATE_RESOLUTION_MS = 1000;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * An HTTP-date (RFC 9110 \u00a75.6.7) to Unix ms: IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`, and the two
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
/** The offset interval one exchange allows: [D \u2212 T4, D + 1 s \u2212 T1]. */
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
/** The sample a source reports: the middle of the interval, \u00b1 half its width. */
function sampleFromBounds(b, delayMs, atMs) {
    return { offsetMs: (b.lowMs + b.highMs) / 2, boundMs: (b.highMs - b.lowMs) / 2, delayMs, atMs };
}
/** Signed offsets at which a verdict changes: \u00b1warn-offset and \u00b1max-offset. */
function thresholdOffsets(thresholdsMs) {
    const positive = [...new Set(thresholdsMs.filter((t) => t > 0))];
    return positive.flatMap((t) => [t, -t]).sort((x, y) => x - y);
}
/**
 * The runner time at which to send so that, if \u03b8 = split, the server stamps the request on a second
 * boundary: the stamp happens about `leadMs` after sending (RTT/2), at runner time ts with
 * (ts + split) \u2261 0 mod 1 s. The earliest such time not before `earliestMs`.
 */
function sendTimeFor(splitMs, leadMs, earliestMs) {
    const phase = mod(-splitMs - leadMs, DATE_RESOLUTION_MS);
    let t = earliestMs - mod(earliestMs, DATE_RESOLUTION_MS) + phase;
    while (t < earliestMs)
        t += DATE_RESOLUTION_MS;
    return t;
}
/**
 * The next request. `marginMs` is how far beside a threshold \u03c4 a split must lie for one answer to clear
 * it (a little more than RTT/2). Candidates are \u03c4 + margin (clears \u03c4 when \u03b8 is above) and \u03c4 \u2212 margin
 * (clears it when \u03b8 is below), for every threshold still inside the interval.
 *
 * Waiting for a phase costs up to a second, far more than a round trip, so the candidate whose send
 * time comes first wins. As time passes the split a request would make sweeps downward through the
 * interval, one full pass per second; right after the first request it stands at the top of that
 * request's interval. So \u03c4 + margin, then \u03c4 \u2212 margin 2\u00b7margin later, then the next threshold below: every
 * threshold is settled within about a second of the first answer, unless the offset lies within a round
 * trip of it. Without thresholds inside, bisect at the middle (htpdate's way).
 */
function nextAim(b, thresholds, marginMs, leadMs, earliestMs) {
    let best;
    for (const tau of thresholds) {
        if (tau <= b.lowMs || tau >= b.highMs)
            continue;
        // Close to an edge, split halfway to it instead: the answer then narrows the interval toward \u03c4.
        const above = tau + Math.min(marginMs, (b.highMs - tau) / 2);
        const below = tau - Math.min(marginMs, (tau - b.lowMs) / 2);
        for (const splitMs of [above, below]) {
            // An answer moves a bound to about split \u2213 lead: a split within a lead of an edge teaches nothing.
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
 * the Date of when the origin made it (RFC 9111 \u00a75.1: caches pass Date on and add Age), so it can be
 * arbitrarily old; the AWS SDK ignores such responses for the same reason.
 */
function cacheReason(headers) {
    const get = (name) => {
        const v = headers[name];
        // Quoted in the reason: a header is the server's text, kept to one short line.
        return v === undefined ? undefined : (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .untrustedText */ .U)(Array.isArray(v) ? v.join(', ') : v, 80);
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


/***/ }),

/***/ 9268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ httpsDateSource)
/* harmony export */ });
/* unused harmony export aimMargin */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _net_proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1987);
/* harmony import */ var _time_clock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3355);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(311);
/* harmony import */ var _date_bounds_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5656);
/* harmony import */ var _net_resolve_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7230);
/* harmony import */ var _net_limits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1251);
/* harmony import */ var _net_error_code_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2711);
/* harmony import */ var _time_waiting_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2354);
/* harmony import */ var _http_failure_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7991);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8870);
/* harmony import */ var _protocol_nts_certificates_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5214);
/**
 * A web server's Date header as a time source: AWS's regional STS endpoint (the aws input) or any server
 * from https-servers (GITHUB_API_URL by default in GitHub Actions), over TLS (so the Date is authenticated
 * by the server's certificate), through the environment's proxy if any.
 *
 * The first measurement is one HEAD request: \u00b1(0.5 s + RTT/2). Later measurements, which the measurement
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
    const kind = options.kind ?? 'https-date';
    const clock = options.clock ?? _time_clock_js__WEBPACK_IMPORTED_MODULE_4__/* .systemClock */ .ml;
    const url = target.url;
    const label = target.label ?? url.host;
    const tls = url.protocol === 'https:';
    const choice = options.proxy ?? (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .chooseProxy */ .UR)(url, options.env ?? process.env);
    const thresholds = (0,_date_bounds_js__WEBPACK_IMPORTED_MODULE_9__/* .thresholdOffsets */ .SA)(options.thresholdsMs ?? []);
    const maxRequests = options.maxRequests ?? 12;
    const perRefinement = options.requestsPerRefinement ?? 6;
    let agent;
    /** The signal of the exchange under way: a connection it opens resolves its host name within it. */
    // Set before each request; a lookup outside one (none is made) would end at once, never hang.
    let exchangeSignal = AbortSignal.abort();
    const lookup = (0,_net_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .deadlineLookup */ .nw)(() => exchangeSignal);
    const agentOptions = { ...(options.ca ? { ca: options.ca } : {}), lookup };
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
        kind,
        target: label,
        status: 'skipped',
        authenticated: false,
        requests: 0,
    };
    const details = () => ({
        url: url.href,
        proxy: (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .describeProxy */ .GK)(choice),
        tls,
        ...(httpStatus !== undefined ? { httpStatus } : {}),
        ...(bounds ? { lowMs: round3(bounds.lowMs), highMs: round3(bounds.highMs) } : {}),
        ...(inconsistent > 0 ? { inconsistentDates: inconsistent } : {}),
    });
    const result = (r) => {
        last = {
            kind,
            target: label,
            authenticated: tls,
            requests,
            ...(address ? { address } : {}),
            ...(bounds ? { sample: (0,_date_bounds_js__WEBPACK_IMPORTED_MODULE_9__/* .sampleFromBounds */ ._T)(bounds, minRttMs, lastT4Ms) } : {}),
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
        const b = (0,_date_bounds_js__WEBPACK_IMPORTED_MODULE_9__/* .boundsFromExchange */ .R2)(e.dateMs, e.t1Ms, e.t4Ms);
        if (!bounds) {
            bounds = b;
            return;
        }
        const both = (0,_date_bounds_js__WEBPACK_IMPORTED_MODULE_9__/* .intersectBounds */ .vq)(bounds, b);
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
                const dns = (0,_net_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .unfinishedLookup */ .iT)(lookup, choice.kind === 'proxy' ? (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .redactProxy */ .YP)(choice.url) : undefined);
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
            const req = (tls ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request)(url, {
                method: 'HEAD',
                agent: agent,
                maxHeaderSize: _net_limits_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_HEADER_BYTES */ .v8,
                headers: {
                    'user-agent': `clock-preflight/${_version_js__WEBPACK_IMPORTED_MODULE_10__/* .VERSION */ .x}`,
                    'cache-control': 'no-cache',
                    pragma: 'no-cache',
                },
            });
            // Whatever ends this exchange, the request's errors are ours to handle, never the process's.
            req.on('error', () => undefined);
            signal.addEventListener('abort', onAbort, { once: true });
            req.on('socket', (s) => {
                socket = s;
                // A new connection sends the request only once it is up: the server cannot stamp it before.
                const mark = () => (t1Ms = clock.nowMs());
                if (s instanceof node_tls__WEBPACK_IMPORTED_MODULE_2__.TLSSocket) {
                    s.once('secureConnect', mark);
                    // Node destroys a connection whose certificate fails right after the handshake ('secure'), and
                    // the chain is gone with it; read it first, in case a date error needs it judged without dates.
                    s.prependOnceListener('secure', () => {
                        if (!verificationFailed(s))
                            return;
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
                const remote = socket?.remoteAddress;
                const exchangeAddress = choice.kind === 'direct' && remote && socket?.remotePort
                    ? (0,_net_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .formatAddress */ .M0)(remote, socket.remotePort)
                    : undefined;
                const cached = (0,_date_bounds_js__WEBPACK_IMPORTED_MODULE_9__/* .cacheReason */ .rh)(res.headers);
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
                const dateMs = (0,_date_bounds_js__WEBPACK_IMPORTED_MODULE_9__/* .parseHttpDate */ .m6)(dateText);
                if (dateMs === undefined) {
                    return finish({
                        ok: false,
                        failure: { kind: 'rejected', message: `unreadable Date header '${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__/* .untrustedText */ .U)(dateText, 60)}'` },
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
                const code = (0,_net_error_code_js__WEBPACK_IMPORTED_MODULE_12__/* .errorCode */ .CA)(error);
                // A kept-alive connection the server had closed: try once more on a fresh one.
                if (retryOnStale && req.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE')) {
                    done = true;
                    signal.removeEventListener('abort', onAbort);
                    requests -= 1;
                    exchange(signal, false).then(resolve, (e) => resolve({
                        ok: false,
                        failure: { kind: 'error', message: `request failed: ${(0,_net_error_code_js__WEBPACK_IMPORTED_MODULE_12__/* .errorCode */ .CA)(e)}` },
                        timedOut: false,
                        permanent: false,
                    }));
                    return;
                }
                const failure = (0,_http_failure_js__WEBPACK_IMPORTED_MODULE_7__/* .describeHttpFailure */ .U)(error, {
                    host: url.host,
                    proxy: choice.kind === 'proxy' ? (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .redactProxy */ .YP)(choice.url) : undefined,
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
        return (0,_date_bounds_js__WEBPACK_IMPORTED_MODULE_9__/* .widthMs */ .BZ)(bounds) > 2 * minRttMs + MIN_WIDTH_MS;
    }
    // The first exchange starts in prepare(), beside the NTS key exchanges: its TCP and TLS handshakes are
    // not timed (T1 is read once the connection is up), so they overlap the loading that must end before the
    // first NTP request leaves, instead of adding two round trips after it. measure() takes its outcome.
    let preparedFirst;
    function prepare(signal) {
        if (choice.kind === 'invalid' || signal.aborted)
            return Promise.resolve();
        const abort = new AbortController();
        signal.addEventListener('abort', () => abort.abort(), { once: true });
        const outcome = (async () => {
            agent ??= await (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .agentFor */ .Pf)(url, choice, agentOptions);
            return once(abort.signal);
        })();
        // measure() awaits it as before; until then a failure must not count as unhandled.
        outcome.catch(() => undefined);
        preparedFirst = { outcome, abort };
        return Promise.resolve();
    }
    async function measure(signal) {
        if (preparedFirst) {
            const { outcome, abort } = preparedFirst;
            preparedFirst = undefined;
            const onAbort = () => abort.abort();
            if (signal.aborted)
                abort.abort();
            else
                signal.addEventListener('abort', onAbort, { once: true });
            const failed = await outcome;
            signal.removeEventListener('abort', onAbort);
            return failed ?? result({ status: 'ok' });
        }
        if (stopped)
            return last;
        if (choice.kind === 'invalid') {
            stopped = true;
            return result({ status: 'error', reason: `cannot use the proxy: ${choice.reason}` });
        }
        agent ??= await (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .agentFor */ .Pf)(url, choice, agentOptions);
        if (!bounds) {
            const failed = await once(signal);
            return failed ?? result({ status: 'ok' });
        }
        // Settle every threshold inside the interval in this call (they pass by within about a second); with
        // none inside, one bisection step.
        const startedMs = clock.nowMs();
        const clearing = (0,_date_bounds_js__WEBPACK_IMPORTED_MODULE_9__/* .straddlesAny */ .jJ)(bounds, thresholds);
        let sent = 0;
        while (sent < perRefinement && !signal.aborted && canRefine()) {
            const nowMs = clock.nowMs();
            const aim = (0,_date_bounds_js__WEBPACK_IMPORTED_MODULE_9__/* .nextAim */ .zh)(bounds, thresholds, aimMargin(minRttMs, maxRttMs), minRttMs / 2, nowMs - LATE_TOLERANCE_MS);
            if (sent > 0 && (aim.purpose !== 'threshold' || aim.sendAtMs - startedMs > REFINEMENT_BUDGET_MS))
                break;
            if (aim.sendAtMs > nowMs + SPIN_MS) {
                // Sleep most of the way, then plan again: a timer that fires late must not send at a wrong phase.
                await (0,_time_waiting_js__WEBPACK_IMPORTED_MODULE_13__/* .sleep */ .y)(aim.sendAtMs - nowMs - SPIN_MS, signal);
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
            if (!clearing || !(0,_date_bounds_js__WEBPACK_IMPORTED_MODULE_9__/* .straddlesAny */ .jJ)(bounds, thresholds))
                break;
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
 * it left, so the stamp lies within maxRtt \u2212 minRtt/2 of the aim; plus slack for timer and scheduling
 * jitter on a busy runner.
 */
function aimMargin(minRttMs, maxRttMs) {
    return maxRttMs - minRttMs / 2 + maxRttMs / 4 + JITTER_SLACK_MS;
}
function round3(x) {
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
function verificationFailed(s) {
    const handle = s.ssl;
    if (typeof handle?.verifyError !== 'function')
        return true;
    try {
        return handle.verifyError() != null;
    }
    catch {
        return true;
    }
}
/**
 * The presented chain verified without its dates, against the anchors this request trusted: the `ca`
 * given (which, as in Node, replaces the default store), else Node's store and NODE_EXTRA_CA_CERTS.
 */
function chainIgnoringDates(peer, hostname, ca) {
    if (!peer || !peer.raw)
        return undefined;
    const anchors = ca !== undefined ? (0,_protocol_nts_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .parsePemCertificates */ .Qc)(String(ca)) : (0,_protocol_nts_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .loadTrustAnchors */ .lK)();
    return (0,_protocol_nts_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .verifyChainIgnoringDates */ .dO)((0,_protocol_nts_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .presentedChain */ .eH)(peer), anchors, hostname.replace(/^\[|\]$/g, ''));
}


/***/ }),

/***/ 813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ withOperator)
/* harmony export */ });
/** The source with who runs it on its open state and on every result (one vote per operator). */
function withOperator(source, operator) {
    return {
        kind: source.kind,
        target: source.target,
        operator,
        ...(source.required ? { required: source.required } : {}),
        ...(source.deferred ? { deferred: source.deferred } : {}),
        measure: async (signal) => ({ ...(await source.measure(signal)), operator }),
        canRefine: () => source.canRefine(),
        ...(source.prepare ? { prepare: (signal) => source.prepare(signal) } : {}),
    };
}


/***/ })

};

//# sourceMappingURL=342.index.js.map