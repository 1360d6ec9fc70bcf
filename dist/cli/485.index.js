export const id = 485;
export const ids = [485];
export const modules = {

/***/ 1251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ BodyTooLargeError),
/* harmony export */   YK: () => (/* binding */ MAX_BODY_BYTES),
/* harmony export */   v8: () => (/* binding */ MAX_HEADER_BYTES),
/* harmony export */   vE: () => (/* binding */ capBody)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Bounds on what is read from the network. A time reference's answer is small (a Date header, a
 * GetCallerIdentity response of about 400 bytes, an AWS error of a few hundred); anything much larger
 * is a fault or hostile, and reading it whole would cost memory and time the deadline cannot take back
 * (a 50 MB STS error body once took 47 s and 2.8 GB through the SDK's XML parser).
 */

/** Response bodies: STS's answers and errors are well under 4 KB. */
const MAX_BODY_BYTES = 64 * 1024;
/** Response headers (status line included), per response; Node's own default is 16 KB. */
const MAX_HEADER_BYTES = 16 * 1024;
/** The error a capped body ends with; `code` for code to branch on. */
class BodyTooLargeError extends Error {
    limitBytes;
    code = 'ERR_BODY_TOO_LARGE';
    constructor(limitBytes) {
        super(`response body over ${Math.round(limitBytes / 1024)} KB: not read further`);
        this.limitBytes = limitBytes;
        this.name = 'BodyTooLargeError';
    }
}
/**
 * The same bytes, up to `limitBytes`; beyond that the stream ends with BodyTooLargeError and the source
 * (the socket) is destroyed, so that nothing more is even received.
 */
function capBody(body, limitBytes = MAX_BODY_BYTES, onOver) {
    let seen = 0;
    const capped = new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        transform(chunk, _encoding, callback) {
            seen += chunk.length;
            if (seen > limitBytes) {
                onOver?.();
                body.destroy();
                callback(new BodyTooLargeError(limitBytes));
                return;
            }
            callback(null, chunk);
        },
    });
    body.on('error', (error) => capped.destroy(error));
    return body.pipe(capped);
}


/***/ }),

/***/ 1987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ proxyCredentials),
/* harmony export */   GK: () => (/* binding */ describeProxy),
/* harmony export */   Pf: () => (/* binding */ agentFor),
/* harmony export */   UR: () => (/* binding */ chooseProxy),
/* harmony export */   YP: () => (/* binding */ redactProxy)
/* harmony export */ });
/* unused harmony exports isLoopback, noProxyMatch */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Which proxy (if any) carries a request to AWS, from the environment, as GitHub's runner and
 * @actions/http-client read it (and as curl and botocore do in the cases that matter):
 *
 * - https targets: `https_proxy`, else `HTTPS_PROXY`; http targets: `http_proxy`, else `HTTP_PROXY`.
 *   Lower case first, as curl does (it refuses upper-case HTTP_PROXY, which a CGI request can set).
 * - `no_proxy`, else `NO_PROXY`: comma- or space-separated entries; `*` bypasses everything; `example.com`,
 *   `.example.com` and `*.example.com` match the domain and its subdomains; `host:port` matches that port
 *   only; IP literals match exactly, or by CIDR (`10.0.0.0/8`, as curl \u2265 7.86).
 * - Loopback targets never go through a proxy (as @actions/http-client): a local endpoint is local.
 *
 * The agent tunnels with CONNECT (as aws-actions/configure-aws-credentials does), so TLS runs end to end
 * between this process and AWS and a proxy cannot forge or cache the answer.
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
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(h) === 4)
        return h.startsWith('127.');
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(h) === 6)
        return h === '::1' || /^::ffff:127\./.test(h);
    return false;
}
function matchesCidr(host, entry) {
    const m = /^(.+)\/(\d{1,3})$/.exec(entry);
    if (!m)
        return false;
    const [, net, bitsText] = m;
    const family = (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(net);
    const hostFamily = (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(host);
    if (family === 0 || hostFamily !== family)
        return false;
    const bits = Number(bitsText);
    if (bits > (family === 4 ? 32 : 128))
        return false;
    const list = new node_net__WEBPACK_IMPORTED_MODULE_2__.BlockList();
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
        else if ((0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(entry) !== 6 && !entry.includes('/')) {
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
        if ((0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(name) !== 0 || (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(h) !== 0) {
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
const ACCEPTED_FORM = "expected http://[user:password@]host:port (or https://), with any '/', '@', ':', '#', '?' or space in the " +
    'user name or password percent-encoded (%2F, %40, %3A, %23, %3F, %20)';
/**
 * The proxy URL, or why it cannot be used. The reason never quotes the value: a value that does not parse
 * cannot be split reliably into credentials and the rest (`http://u:pa/ss@host` reads as host `u` and
 * a path), so nothing of it is repeated except a scheme.
 */
function parseProxyUrl(text) {
    const t = text.trim();
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(t)?.[1]?.toLowerCase();
    if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
        return `${scheme} proxies are not supported (only http:// and https:// proxies)`;
    }
    if (/\s/.test(t))
        return `the value contains a space or a line break; ${ACCEPTED_FORM}`;
    // `proxy.corp:3128` without a scheme is common in the wild; curl reads it as http://.
    let url;
    try {
        url = new URL(scheme !== undefined ? t : `http://${t}`);
    }
    catch {
        return `the value is not a URL (a port that is not a number from 1 to 65535, or a character that must be percent-encoded?); ${ACCEPTED_FORM}`;
    }
    if (!url.hostname)
        return `the value names no host; ${ACCEPTED_FORM}`;
    if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
        // Usually a password with a '/', '?' or '#' that was not encoded: what follows it looks like a path.
        return `the value has a path, a query or a fragment after the host (an unencoded '/', '?' or '#' in the password?); ${ACCEPTED_FORM}`;
    }
    // Checked here, not when the tunnel sends them: there a bad escape threw 'URI malformed' from inside the
    // connection, blamed on the request, with the proxy's socket left open.
    for (const [part, text] of [
        ['user name', url.username],
        ['password', url.password],
    ]) {
        if (decodeOrUndefined(text) === undefined) {
            return `the ${part} has a '%' that is not followed by two hex digits: write % as %25 (and ':' as %3A, '@' as %40); ${ACCEPTED_FORM}`;
        }
    }
    return url;
}
function decodeOrUndefined(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return undefined;
    }
}
/**
 * The Proxy-Authorization header's `user:password`, decoded, or undefined when the URL has none. The URL
 * came from chooseProxy, which refused any credentials that do not decode.
 */
function proxyCredentials(proxy) {
    if (!proxy.username && !proxy.password)
        return undefined;
    return `${decodeOrUndefined(proxy.username) ?? ''}:${decodeOrUndefined(proxy.password) ?? ''}`;
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
/**
 * The proxy URL without user name or password, for reports and logs: scheme, host and port only. A text
 * that is not a usable proxy URL is not shown at all (it cannot be told where its password ends).
 */
function redactProxy(text) {
    const u = typeof text === 'string' ? parseProxyUrl(text) : text;
    if (typeof u === 'string')
        return '(a proxy URL that cannot be used, not shown)';
    const hidden = u.username !== '' || u.password !== '' ? ' (credentials hidden)' : '';
    return `${u.protocol}//${u.host}${hidden}`;
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
 * Through a proxy, a bounded CONNECT tunnel (tunnel.ts), loaded only when a proxy is in use.
 */
async function agentFor(target, choice, options = {}) {
    const keepAlive = options.keepAlive ?? true;
    const common = {
        keepAlive,
        maxSockets: 1,
        timeout: 15_000,
        ...(options.ca ? { ca: options.ca } : {}),
        ...(options.lookup ? { lookup: options.lookup } : {}),
    };
    if (choice.kind === 'proxy') {
        const { HttpsTunnelAgent, HttpTunnelAgent } = await __webpack_require__.e(/* import() */ 985).then(__webpack_require__.bind(__webpack_require__, 8985));
        return target.protocol === 'https:'
            ? new HttpsTunnelAgent(choice.url, common)
            : new HttpTunnelAgent(choice.url, common.timeout, common);
    }
    return target.protocol === 'https:' ? new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent(common) : new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent(common);
}


/***/ }),

/***/ 7991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ describeHttpFailure)
/* harmony export */ });
/* harmony import */ var _net_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1251);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6264);
/* harmony import */ var _net_error_code_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2711);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8870);
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
    const code = (0,_net_error_code_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error);
    // Node's messages quote the server (a certificate's names, a parser's view of its bytes).
    const message = (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .untrustedText */ .U)(error instanceof Error ? error.message : String(error));
    const via = ctx.proxy ? ` (through the proxy ${ctx.proxy})` : '';
    if (code === 'CERT_NOT_YET_VALID' || code === 'CERT_HAS_EXPIRED')
        return certificateTime(code, ctx, via);
    if (code === 'ERR_DNS_LOOKUP') {
        // resolve.ts's words already name the host looked up (the target's, or the proxy's).
        const timedOut = error.timedOut === true;
        return { kind: timedOut ? 'timeout' : 'error', message: `${message}${via}` };
    }
    // The CONNECT tunnel's own faults (net/tunnel.ts), told by code; the proxy's words are data, bounded there.
    if (code === 'ERR_PROXY_CONNECT_REFUSED') {
        const e = error;
        return {
            kind: 'proxy-refused',
            message: e.statusCode
                ? `the proxy ${ctx.proxy ?? ''} answered CONNECT ${ctx.host} with ${e.statusCode} ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .untrustedText */ .U)(e.statusText ?? '')}`.trim()
                : `the proxy ${ctx.proxy ?? ''} did not answer CONNECT ${ctx.host} in HTTP`,
        };
    }
    if (code === 'ERR_PROXY_RESPONSE_TOO_LARGE') {
        return {
            kind: 'proxy-refused',
            permanent: true,
            message: `the proxy ${ctx.proxy ?? ''} answered CONNECT ${ctx.host} with more header bytes than any proxy sends (not read further)`,
        };
    }
    if (code === 'ERR_PROXY_TLS')
        return proxyTls(error.tlsCode ?? '', message, ctx);
    if (code === 'ERR_PROXY_CLOSED') {
        return {
            kind: 'error',
            message: `the proxy ${ctx.proxy ?? ''} closed the connection before answering CONNECT ${ctx.host}`,
        };
    }
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
    if ((0,_net_error_code_js__WEBPACK_IMPORTED_MODULE_1__/* .isTlsHandshakeFault */ .FC)(code, message)) {
        return {
            kind: 'error',
            permanent: true,
            message: `TLS handshake with ${ctx.host} failed${via}: ${message}. Is this an https endpoint?`,
        };
    }
    if (code === 'HPE_HEADER_OVERFLOW') {
        // Said as what it is: a flood of headers (read no further than the cap), not another protocol.
        return {
            kind: 'error',
            permanent: true,
            message: `${ctx.host} sent more than ${_net_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_HEADER_BYTES */ .v8 / 1024} KB of response headers (HPE_HEADER_OVERFLOW); reading stopped there`,
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
        // The words the UDP sources use for the same codes (describeSocketError), so one fault reads alike.
        const what = code === 'ENETUNREACH' ? 'network unreachable' : 'host unreachable';
        return { kind: 'error', message: `${what} (${code}) on the way to ${ctx.host}${via}` };
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
            message: `TLS: the certificate ${ctx.host} presented is not trusted (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .untrustedText */ .U)(ctx.chain.reason, 300)})${via}; it is also ${state} ` +
                "by this runner's clock, which from an untrusted server is no evidence about the clock. A proxy or " +
                'firewall that intercepts TLS would do this: give Node its CA with NODE_EXTRA_CA_CERTS.',
        };
    }
    const edgeMs = notYet ? ctx.chain.validFromMs : ctx.chain.validToMs;
    // Not yet valid: true time \u2265 notBefore > runner time, so offset \u2265 notBefore \u2212 now (behind).
    // Expired: true time \u2264 notAfter < runner time, so offset \u2264 notAfter \u2212 now (ahead).
    const skewMs = edgeMs - ctx.nowMs;
    const dated = ` (${notYet ? 'valid from' : 'valid until'} ${new Date(edgeMs).toISOString()}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .humanDuration */ .UU)(skewMs)} ${notYet ? 'after' : 'before'} this runner's clock)`;
    const message = notYet
        ? `TLS: the certificate of ${ctx.host} is not yet valid by this runner's clock${dated}. ` +
            `That is evidence of clock skew: the runner's clock is behind by at least ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .describeOffset */ .j8)(skewMs).replace(/ behind$/, '')}, unless the certificate was issued moments ago.`
        : `TLS: the certificate of ${ctx.host} has expired by this runner's clock${dated}. ` +
            `That is evidence of clock skew: the runner's clock is ahead by at least ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .humanDuration */ .UU)(skewMs)}, unless the certificate really expired.`;
    return { kind: 'error', permanent: true, message, certificateSkewMs: skewMs };
}
/**
 * The TLS handshake with an https:// proxy failed: the proxy's own certificate (or its TLS), which says
 * nothing about the target's certificate, and an expired one is no evidence about the clock (a proxy's
 * certificate is often self-managed and left to lapse).
 */
function proxyTls(tlsCode, message, ctx) {
    const proxy = `the proxy ${ctx.proxy ?? ''}`.trim();
    const cert = `the certificate of ${proxy} itself`;
    const notTarget = `This is the proxy's own certificate, not ${ctx.host}'s.`;
    const words = UNTRUSTED.has(tlsCode)
        ? `${cert} is not trusted (${tlsCode}). ${notTarget} Give Node the CA that ` +
            "signed the proxy's certificate with NODE_EXTRA_CA_CERTS."
        : tlsCode === 'CERT_HAS_EXPIRED'
            ? `${cert} has expired by this runner's clock (${tlsCode}). ${notTarget} Either it ` +
                "really expired (renew it) or this runner's clock is ahead (the other sources say which)."
            : tlsCode === 'CERT_NOT_YET_VALID'
                ? `${cert} is not yet valid by this runner's clock (${tlsCode}). ${notTarget} ` +
                    "Either it was issued moments ago or this runner's clock is behind (the other sources say which)."
                : tlsCode === 'ERR_TLS_CERT_ALTNAME_INVALID'
                    ? `${cert} does not name the proxy's host (${message}). ${notTarget} Name the ` +
                        'proxy in the proxy variable as its certificate does.'
                    : `the TLS handshake with ${proxy} failed (${message}). Is it an https:// proxy? A proxy that ` +
                        'speaks plain HTTP is written http://.';
    return { kind: 'error', permanent: true, message: `TLS: ${words}` };
}


/***/ })

};

//# sourceMappingURL=485.index.js.map