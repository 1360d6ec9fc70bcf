export const id = 843;
export const ids = [843];
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

/***/ 2434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ AEAD_KEY_BYTES),
/* harmony export */   I7: () => (/* binding */ MAX_COOKIE_BYTES),
/* harmony export */   Mz: () => (/* binding */ checkResponse),
/* harmony export */   Zi: () => (/* binding */ NTS_EXPORTER_LABEL),
/* harmony export */   di: () => (/* binding */ NTS_KE_ALPN),
/* harmony export */   fv: () => (/* binding */ MAX_MESSAGE_BYTES),
/* harmony export */   ih: () => (/* binding */ MIN_COOKIE_BYTES),
/* harmony export */   jq: () => (/* binding */ exporterContext),
/* harmony export */   l4: () => (/* binding */ MAX_COOKIES),
/* harmony export */   vH: () => (/* binding */ encodeClientRequest),
/* harmony export */   vY: () => (/* binding */ parseMessage)
/* harmony export */ });
/* unused harmony exports NTS_KE_PORT, RecordType, NEXT_PROTOCOL_NTPV4, AEAD_AES_SIV_CMAC_256, isHostNameOrAddress, encodeRecord, encodeRecords */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/**
 * NTS Key Establishment records (RFC 8915 \u00a74): encode the client's request, parse and judge the server's
 * response. No I/O here: bytes in, records or a reason out. Parsing is bounded and never throws, because
 * the bytes come from a TLS peer we have not yet decided to believe.
 *
 * A record is a 16-bit word (critical bit + 15-bit type), a 16-bit body length and the body.
 */

const NTS_KE_PORT = 4460;
const NTS_KE_ALPN = 'ntske/1';
const NTS_EXPORTER_LABEL = 'EXPORTER-network-time-security';
const RecordType = {
    EndOfMessage: 0,
    NextProtocol: 1,
    Error: 2,
    Warning: 3,
    AeadAlgorithm: 4,
    NewCookie: 5,
    NtpServer: 6,
    NtpPort: 7,
};
const NEXT_PROTOCOL_NTPV4 = 0;
const AEAD_AES_SIV_CMAC_256 = 15;
/** Key length of AEAD_AES_SIV_CMAC_256 (RFC 5297: two AES-128 keys). */
const AEAD_KEY_BYTES = 32;
/** chrony's NKE_MAX_MESSAGE_LENGTH: a response longer than this is not a response. */
const MAX_MESSAGE_BYTES = 16384;
/** chrony's limits: at most 8 cookies are kept, each at most 256 bytes. */
const MAX_COOKIES = 8;
const MAX_COOKIE_BYTES = 256;
/**
 * A cookie travels in an NTP extension field, which RFC 7822 wants at least 16 bytes long and a multiple
 * of 4: a cookie shorter than 12 bytes or of odd length cannot be sent without changing it.
 */
const MIN_COOKIE_BYTES = 12;
const MAX_SERVER_NAME_BYTES = 255;
/** RFC 1035 limits a name to 253 characters in text, each label to 63. */
const MAX_HOST_NAME_CHARS = 253;
const LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;
/**
 * An NTPv4 Server record must be what RFC 8915 \u00a74.1.7 says it is: an IPv4 or IPv6 address, or a host name
 * (letters, digits, hyphens, underscores, dot-separated labels of at most 63 characters; one trailing dot).
 * It is resolved and shown in reports, so nothing else a server writes there gets that far.
 */
function isHostNameOrAddress(text) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(text) !== 0)
        return true;
    const name = text.endsWith('.') ? text.slice(0, -1) : text;
    if (name.length === 0 || name.length > MAX_HOST_NAME_CHARS)
        return false;
    return name.split('.').every((label) => LABEL.test(label));
}
const ERROR_CODES = {
    0: 'unrecognized critical record',
    1: 'bad request',
    2: 'internal server error',
};
function encodeRecord(r) {
    if (r.body.length > 0xffff)
        throw new RangeError('NTS-KE record body over 65535 bytes');
    const bytes = new Uint8Array(4 + r.body.length);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, (r.critical ? 0x8000 : 0) | (r.type & 0x7fff));
    view.setUint16(2, r.body.length);
    bytes.set(r.body, 4);
    return bytes;
}
function encodeRecords(records) {
    const parts = records.map(encodeRecord);
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
function u16(value) {
    return new Uint8Array([(value >> 8) & 0xff, value & 0xff]);
}
/** The client's request: NTPv4 next, AES-SIV-CMAC-256 only, end (RFC 8915 \u00a74.1; chrony's prepare_request). */
function encodeClientRequest() {
    return encodeRecords([
        { critical: true, type: RecordType.NextProtocol, body: u16(NEXT_PROTOCOL_NTPV4) },
        { critical: true, type: RecordType.AeadAlgorithm, body: u16(AEAD_AES_SIV_CMAC_256) },
        { critical: true, type: RecordType.EndOfMessage, body: new Uint8Array(0) },
    ]);
}
/**
 * Splits a message into records. `incomplete` while the bytes so far are a valid prefix (more may come
 * over TLS); `complete` at the End of Message record, which must be critical and empty; anything after it
 * is an error, as is a message over 16 KiB.
 */
function parseMessage(bytes) {
    if (bytes.length > MAX_MESSAGE_BYTES) {
        return { kind: 'invalid', reason: `NTS-KE message longer than ${MAX_MESSAGE_BYTES} bytes` };
    }
    const records = [];
    let at = 0;
    while (at + 4 <= bytes.length) {
        const word = (bytes[at] << 8) | bytes[at + 1];
        const length = (bytes[at + 2] << 8) | bytes[at + 3];
        if (at + 4 + length > bytes.length)
            return { kind: 'incomplete' };
        const record = {
            critical: (word & 0x8000) !== 0,
            type: word & 0x7fff,
            body: bytes.slice(at + 4, at + 4 + length),
        };
        at += 4 + length;
        if (record.type === RecordType.EndOfMessage) {
            if (!record.critical || length !== 0) {
                return { kind: 'invalid', reason: 'malformed End of Message record (must be critical and empty)' };
            }
            if (at !== bytes.length)
                return { kind: 'invalid', reason: 'data after the End of Message record' };
            return { kind: 'complete', records, bytes: at };
        }
        records.push(record);
    }
    return { kind: 'incomplete' };
}
function readU16s(body) {
    const out = [];
    for (let i = 0; i + 1 < body.length; i += 2)
        out.push((body[i] << 8) | body[i + 1]);
    return out;
}
/**
 * Judges a complete response the way chrony's process_response does: an Error or Warning record, an
 * unknown critical record, a protocol other than NTPv4 or an algorithm we did not offer, a duplicate
 * negotiation record, or no usable cookie all refuse the whole response. Cookies of a length we cannot
 * send are skipped, and at most 8 are kept.
 */
function checkResponse(records) {
    let nextProtocol;
    let aead;
    let ntpServer;
    let ntpPort;
    const cookies = [];
    let skippedCookies = 0;
    const fail = (reason) => ({ ok: false, reason });
    for (const r of records) {
        switch (r.type) {
            case RecordType.NextProtocol: {
                if (nextProtocol !== undefined)
                    return fail('more than one Next Protocol record');
                if (!r.critical)
                    return fail('Next Protocol record without the critical bit');
                if (r.body.length === 0)
                    return fail('the server supports none of our protocols (NTPv4)');
                if (r.body.length !== 2)
                    return fail(`Next Protocol record of ${r.body.length} bytes (need one protocol)`);
                nextProtocol = readU16s(r.body)[0];
                if (nextProtocol !== NEXT_PROTOCOL_NTPV4)
                    return fail(`server chose protocol ${nextProtocol}, not NTPv4`);
                break;
            }
            case RecordType.AeadAlgorithm: {
                if (aead !== undefined)
                    return fail('more than one AEAD Algorithm record');
                if (r.body.length === 0)
                    return fail('the server supports none of our AEAD algorithms (AES-SIV-CMAC-256)');
                if (r.body.length !== 2)
                    return fail(`AEAD Algorithm record of ${r.body.length} bytes (need one algorithm)`);
                aead = readU16s(r.body)[0];
                if (aead !== AEAD_AES_SIV_CMAC_256)
                    return fail(`server chose AEAD algorithm ${aead}, which we did not offer`);
                break;
            }
            case RecordType.Error: {
                const code = r.body.length === 2 ? readU16s(r.body)[0] : undefined;
                const words = code === undefined ? 'malformed' : `${code} (${ERROR_CODES[code] ?? 'unknown'})`;
                return fail(`the server answered with NTS-KE error ${words}`);
            }
            case RecordType.Warning: {
                // No warning codes are defined; RFC 8915 \u00a74.1.4 has clients treat unknown ones as errors.
                const code = r.body.length === 2 ? String(readU16s(r.body)[0]) : 'malformed';
                return fail(`the server answered with NTS-KE warning ${code}`);
            }
            case RecordType.NewCookie: {
                const n = r.body.length;
                if (n < MIN_COOKIE_BYTES || n > MAX_COOKIE_BYTES || n % 4 !== 0)
                    skippedCookies += 1;
                else if (cookies.length < MAX_COOKIES)
                    cookies.push(r.body);
                break;
            }
            case RecordType.NtpServer: {
                if (ntpServer !== undefined)
                    return fail('more than one NTPv4 Server record');
                if (r.body.length < 1 || r.body.length > MAX_SERVER_NAME_BYTES)
                    return fail('NTPv4 Server record of invalid length');
                // Printable ASCII without spaces (chrony's isgraph test): it becomes a host name we resolve.
                if (!r.body.every((b) => b > 0x20 && b < 0x7f))
                    return fail('NTPv4 Server record is not a printable name');
                const name = String.fromCharCode(...r.body);
                if (!isHostNameOrAddress(name))
                    return fail('NTPv4 Server record is not a host name or an IP address');
                ntpServer = name;
                break;
            }
            case RecordType.NtpPort: {
                if (ntpPort !== undefined)
                    return fail('more than one NTPv4 Port record');
                if (r.body.length !== 2)
                    return fail(`NTPv4 Port record of ${r.body.length} bytes (need 2)`);
                ntpPort = readU16s(r.body)[0];
                if (ntpPort === 0)
                    return fail('NTPv4 Port record names port 0');
                break;
            }
            default:
                if (r.critical)
                    return fail(`unrecognised critical record type ${r.type}`);
        }
    }
    if (nextProtocol === undefined)
        return fail('no Next Protocol record in the response');
    if (aead === undefined)
        return fail('no AEAD Algorithm record in the response');
    if (cookies.length === 0) {
        return fail(skippedCookies > 0
            ? `no usable cookie (${skippedCookies} of unusable length)`
            : 'no cookie in the response');
    }
    return {
        ok: true,
        aead,
        cookies,
        ...(ntpServer !== undefined ? { ntpServer } : {}),
        ...(ntpPort !== undefined ? { ntpPort } : {}),
    };
}
/** RFC 8915 \u00a75.1: the exporter context is the protocol id, the AEAD id and 0x00 (C2S) or 0x01 (S2C). */
function exporterContext(aead, direction) {
    return new Uint8Array([
        (NEXT_PROTOCOL_NTPV4 >> 8) & 0xff,
        NEXT_PROTOCOL_NTPV4 & 0xff,
        (aead >> 8) & 0xff,
        aead & 0xff,
        direction === 'c2s' ? 0x00 : 0x01,
    ]);
}


/***/ }),

/***/ 5843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ntsSource: () => (/* binding */ ntsSource)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/protocol/ntp/packet.ts
var ntp_packet = __webpack_require__(3425);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/net/resolve.ts + 1 modules
var resolve = __webpack_require__(7230);
// EXTERNAL MODULE: ./src/net/error-code.ts
var error_code = __webpack_require__(2711);
// EXTERNAL MODULE: ./src/sources/untrusted-text.ts
var untrusted_text = __webpack_require__(8870);
// EXTERNAL MODULE: ./src/protocol/nts/certificates.ts
var certificates = __webpack_require__(5214);
// EXTERNAL MODULE: ./src/protocol/nts/ke.ts
var ke = __webpack_require__(2434);
;// CONCATENATED MODULE: ./src/sources/nts-ke.ts
/**
 * NTS Key Establishment over TLS 1.3 (RFC 8915 \u00a74): connect with ALPN `ntske/1`, check the certificate,
 * send the request, read the response up to End of Message, export the two AEAD keys. Every fault becomes
 * a reason in words; nothing throws and nothing outlives the deadline signal.
 *
 * Trust is node's default store (bundled roots plus NODE_EXTRA_CA_CERTS). When the only fault is a
 * certificate's dates, the runner's clock may be what is wrong: the chain and the name are verified again
 * without the dates (certificates.ts) and the dates are kept as evidence of skew.
 */








const TIME_CODES = new Set(['CERT_NOT_YET_VALID', 'CERT_HAS_EXPIRED']);
const UNTRUSTED_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_SIGNATURE_FAILURE',
    'CERT_UNTRUSTED',
]);
function describeAuthorizationError(code, host) {
    if (UNTRUSTED_CODES.has(code)) {
        return `certificate is not signed by a trusted CA (${code}); if this server uses a private CA, add it with NODE_EXTRA_CA_CERTS`;
    }
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
        return `certificate is not for ${host} (${code})`;
    return `certificate rejected (${code})`;
}
function describeConnectError(code, address) {
    if (code === 'ECONNREFUSED')
        return `connection refused: nothing serves NTS-KE on ${address}`;
    if (code === 'ECONNRESET')
        return `connection reset by ${address} during NTS-KE`;
    if (code === 'ENETUNREACH')
        return `network unreachable (${code}): no route to ${address}`;
    if (code === 'EHOSTUNREACH')
        return `host unreachable (${code}): ${address} cannot be reached from here`;
    if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_'))
        return `TLS handshake failed (${code})`;
    return `NTS-KE connection failed (${code})`;
}
function formatDate(ms) {
    return new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
}
/** Words for the evidence: how far at least the runner's clock is off, judged by certificate dates alone. */
function describeCertificateSkew(dates, runnerNowMs) {
    if (runnerNowMs < dates.validFromMs) {
        return (`the server's certificate is valid only from ${formatDate(dates.validFromMs)}, but the runner's clock says ` +
            `${formatDate(runnerNowMs)}: the runner's clock is probably at least ${(0,format/* humanDuration */.UU)(dates.validFromMs - runnerNowMs)} behind`);
    }
    if (runnerNowMs > dates.validToMs) {
        return (`the server's certificate expired on ${formatDate(dates.validToMs)}, but the runner's clock says ` +
            `${formatDate(runnerNowMs)}: the runner's clock may be at least ${(0,format/* humanDuration */.UU)(runnerNowMs - dates.validToMs)} ahead (or the certificate really expired)`);
    }
    return `the TLS stack reported ${dates.code} for a chain valid from ${formatDate(dates.validFromMs)} to ${formatDate(dates.validToMs)}`;
}
/** Runs one NTS-KE exchange with `server` (host and NTS-KE port). */
async function establishKeys(server, signal, options) {
    const resolved = await (0,resolve/* resolveHost */.p0)(server.host, signal);
    if (!resolved.ok)
        return { ok: false, reason: resolved.reason, timedOut: resolved.timedOut, permanent: !resolved.timedOut };
    const keAddress = (0,resolve/* formatAddress */.M0)(resolved.address, server.port);
    const hostIsIp = (0,external_node_net_.isIP)(server.host) !== 0;
    return new Promise((resolve) => {
        let finished = false;
        let received = Buffer.alloc(0);
        let certificateDates;
        const socket = external_node_tls_.connect({
            host: resolved.address,
            port: server.port,
            ...(hostIsIp ? {} : { servername: server.host }),
            ALPNProtocols: [ke/* NTS_KE_ALPN */.di],
            minVersion: 'TLSv1.3',
            // The certificate is judged below, so that a date error can be told apart from an untrusted chain.
            rejectUnauthorized: false,
        });
        const finish = (outcome) => {
            if (finished)
                return;
            finished = true;
            signal.removeEventListener('abort', onAbort);
            socket.destroy();
            resolve(outcome);
        };
        const fail = (reason, permanent = true) => finish({
            ok: false,
            reason: certificateDates
                ? `${reason}; note: ${describeCertificateSkew(certificateDates, options.nowMs())}`
                : reason,
            timedOut: false,
            permanent,
        });
        const onAbort = () => finish({
            ok: false,
            reason: `NTS-KE with ${keAddress} did not finish before the deadline` +
                (certificateDates ? `; note: ${describeCertificateSkew(certificateDates, options.nowMs())}` : ''),
            timedOut: true,
            permanent: false,
        });
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        socket.once('secureConnect', () => {
            if (socket.alpnProtocol !== ke/* NTS_KE_ALPN */.di) {
                return fail(`${keAddress} did not agree to NTS-KE (ALPN ${ke/* NTS_KE_ALPN */.di}); is it an NTS-KE server?`);
            }
            if (!socket.authorized) {
                const code = String(socket.authorizationError ?? 'unknown');
                if (!TIME_CODES.has(code))
                    return fail(`NTS-KE with ${keAddress}: ${describeAuthorizationError(code, server.host)}`);
                const chain = (0,certificates/* verifyChainIgnoringDates */.dO)((0,certificates/* presentedChain */.eH)(socket.getPeerCertificate(true)), (0,certificates/* loadTrustAnchors */.lK)(), server.host);
                // The reason quotes the certificate's names, which its owner chose.
                if (!chain.ok)
                    return fail(`NTS-KE with ${keAddress}: ${(0,untrusted_text/* untrustedText */.U)(chain.reason, 300)}`);
                const nowMs = options.nowMs();
                if (nowMs >= chain.validFromMs && nowMs <= chain.validToMs) {
                    // The dates are fine by our reading, yet the TLS stack objected: do not guess, refuse.
                    return fail(`NTS-KE with ${keAddress}: certificate rejected (${code})`);
                }
                certificateDates = {
                    validFromMs: chain.validFromMs,
                    validToMs: chain.validToMs,
                    code: code,
                };
            }
            socket.write((0,ke/* encodeClientRequest */.vH)());
        });
        socket.on('data', (chunk) => {
            received = Buffer.concat([received, chunk]);
            if (received.length > ke/* MAX_MESSAGE_BYTES */.fv)
                return fail(`NTS-KE response from ${keAddress} is over ${ke/* MAX_MESSAGE_BYTES */.fv} bytes`);
            const parsed = (0,ke/* parseMessage */.vY)(received);
            if (parsed.kind === 'incomplete')
                return;
            if (parsed.kind === 'invalid')
                return fail(`invalid NTS-KE response from ${keAddress}: ${parsed.reason}`);
            const response = (0,ke/* checkResponse */.Mz)(parsed.records);
            if (!response.ok)
                return fail(`NTS-KE with ${keAddress} refused: ${response.reason}`);
            let c2sKey;
            let s2cKey;
            try {
                c2sKey = new Uint8Array(socket.exportKeyingMaterial(ke/* AEAD_KEY_BYTES */.CR, ke/* NTS_EXPORTER_LABEL */.Zi, Buffer.from((0,ke/* exporterContext */.jq)(response.aead, 'c2s'))));
                s2cKey = new Uint8Array(socket.exportKeyingMaterial(ke/* AEAD_KEY_BYTES */.CR, ke/* NTS_EXPORTER_LABEL */.Zi, Buffer.from((0,ke/* exporterContext */.jq)(response.aead, 's2c'))));
            }
            catch (error) {
                return fail(`NTS-KE with ${keAddress}: key export failed (${(0,error_code/* errorCode */.CA)(error)})`);
            }
            finish({
                ok: true,
                session: {
                    keAddress,
                    aead: response.aead,
                    c2sKey,
                    s2cKey,
                    cookies: response.cookies,
                    ntpHost: response.ntpServer ?? resolved.address,
                    ntpPort: response.ntpPort ?? options.defaultNtpPort ?? 123,
                    ...(certificateDates ? { certificateDates } : {}),
                },
            });
        });
        socket.on('error', (error) => {
            const code = (0,error_code/* errorCode */.CA)(error);
            fail(describeConnectError(code, keAddress), code !== 'ECONNRESET');
        });
        socket.on('close', () => fail(`${keAddress} closed the NTS-KE connection before End of Message`, false));
    });
}

// EXTERNAL MODULE: ./src/time/clock.ts
var time_clock = __webpack_require__(3355);
// EXTERNAL MODULE: ./src/sources/ntp.ts
var ntp = __webpack_require__(488);
// EXTERNAL MODULE: ./src/sources/udp-exchange.ts
var udp_exchange = __webpack_require__(351);
// EXTERNAL MODULE: ./src/sources/ntp-result.ts
var ntp_result = __webpack_require__(7940);
;// CONCATENATED MODULE: ./src/sources/nts.ts
/**
 * An NTS server (RFC 8915) as an authenticated time source: NTS-KE over TLS for keys and cookies, then
 * NTPv4 requests carrying a cookie, a Unique Identifier and an AES-SIV authenticator. A reply counts only
 * if it authenticates with the server-to-client key, echoes the identifier of one of our requests and
 * then passes every test a plain NTP reply must pass (checkReply, including the origin check).
 *
 * Spacing and retries follow the NTP source: one request per measurement, a lost one retried no sooner
 * than 2 s later, each request with a fresh cookie (cookies are never reused: reuse would link requests).
 */










/**
 * The NTS extension fields and their AEAD (AES-SIV over node:crypto). Loaded once per process, by
 * prepare() after the key exchanges have started so that the handshakes' round trips overlap it, and
 * before any request is timed. The first AES-SIV run also compiles its code and sets up OpenSSL's AES, so
 * a reply is sealed and opened once before any request is timed.
 */
let aeadLoading;
let aead;
function loadAead() {
    aeadLoading ??= __webpack_require__.e(/* import() */ 553).then(__webpack_require__.bind(__webpack_require__, 5553)).then((m) => {
        const key = new Uint8Array(32);
        const id = new Uint8Array(m.UNIQUE_ID_BYTES);
        const header = m
            .encodeNtsRequest({
            origin: (0,ntp/* randomTimestamp */.Gn)(),
            uniqueId: id,
            cookie: new Uint8Array(16),
            cookiesLeft: 7,
            c2sKey: key,
            nonce: new Uint8Array(m.NONCE_BYTES),
        })
            .subarray(0, 48);
        m.checkNtsReply(m.encodeNtsReply(header, id, [new Uint8Array(16)], key, new Uint8Array(m.NONCE_BYTES)), id, key);
        aead = m;
        return m;
    });
    return aeadLoading;
}
function ntsSource(server, options = {}) {
    const clock = options.clock ?? time_clock/* systemClock */.ml;
    const minIntervalMs = options.minRequestIntervalMs ?? 2000;
    const maxRequests = options.maxRequests ?? 4;
    const maxKe = options.maxKeyEstablishments ?? 3;
    let requests = 0;
    let keRuns = 0;
    const pacing = { lastRequestAtMs: -Infinity };
    let best;
    let stopped = false;
    let session;
    let ntpAddress;
    let last = {
        kind: 'nts',
        target: server.label,
        status: 'skipped',
        authenticated: true,
        requests: 0,
    };
    const details = () => {
        if (!session)
            return {};
        const d = {
            ntsKeServer: session.keAddress,
            cookies: session.cookies.length,
        };
        if (session.certificateDates) {
            d.certificateDatesIgnored = describeCertificateSkew(session.certificateDates, clock.nowMs());
        }
        return d;
    };
    const result = (r) => {
        last = (0,ntp_result/* keepingBest */.gg)({
            kind: 'nts',
            target: server.label,
            authenticated: true,
            requests,
            ...(ntpAddress ? { address: (0,resolve/* formatAddress */.M0)(ntpAddress.address, ntpAddress.port) } : {}),
            details: details(),
            ...r,
        }, best);
        return last;
    };
    async function ensureSession(signal) {
        if (session && session.cookies.length > 0 && ntpAddress)
            return undefined;
        if (keRuns >= maxKe) {
            stopped = true;
            return result({ status: 'error', reason: `no NTS cookies left after ${keRuns} NTS-KE sessions` });
        }
        keRuns += 1;
        const ke = await establishKeys(server, signal, { nowMs: () => clock.nowMs() });
        if (!ke.ok) {
            if (ke.permanent)
                stopped = true;
            return result({ status: ke.timedOut ? 'timeout' : 'error', reason: ke.reason });
        }
        session = ke.session;
        const r = await (0,resolve/* resolveHost */.p0)(session.ntpHost, signal);
        if (!r.ok) {
            if (!r.timedOut)
                stopped = true;
            return result({
                status: r.timedOut ? 'timeout' : 'error',
                reason: `NTS-KE named NTP server ${session.ntpHost}: ${r.reason}`,
            });
        }
        ntpAddress = { address: r.address, family: r.family, port: session.ntpPort };
        return undefined;
    }
    // The key exchange prepare() started, and its own abort: measure() ends it when its signal aborts.
    let preparedKe;
    let preparedAbort;
    async function prepare(signal) {
        preparedAbort = new AbortController();
        const abort = preparedAbort;
        if (signal.aborted)
            abort.abort();
        else
            signal.addEventListener('abort', () => abort.abort(), { once: true });
        preparedKe = ensureSession(abort.signal);
        await loadAead().catch(() => undefined);
        // While the handshake's round trips go on: measure() would otherwise do it after the key exchange.
        await (0,ntp/* warmUp */.lM)(clock);
    }
    async function measure(signal) {
        if (stopped)
            return last;
        // One NAK (the server lost its keys, e.g. restarted) is answered with new keys, once per measurement.
        for (let attempt = 0; attempt < 2; attempt++) {
            let failed;
            if (preparedKe) {
                const abort = preparedAbort;
                const onAbort = () => abort.abort();
                if (signal.aborted)
                    abort.abort();
                else
                    signal.addEventListener('abort', onAbort, { once: true });
                failed = await preparedKe;
                signal.removeEventListener('abort', onAbort);
                preparedKe = undefined;
            }
            else {
                failed = await ensureSession(signal);
            }
            if (failed)
                return failed;
            await (0,ntp/* warmUp */.lM)(clock);
            try {
                await loadAead();
            }
            catch (error) {
                stopped = true;
                return result({ status: 'error', reason: `could not load the NTS cipher: ${(0,error_code/* errorCode */.CA)(error)}` });
            }
            const end = await exchange(session, ntpAddress, signal);
            if (end.kind === 'result')
                return end.result;
            session = undefined;
            if (signal.aborted)
                break;
        }
        return result({
            status: 'rejected',
            reason: 'the server refused our NTS cookie (NTS NAK) even after new keys',
        });
    }
    /** A sample whose time lies outside the certificate's validity contradicts the trust we gave it. */
    function certificateContradiction(sample) {
        const dates = session?.certificateDates;
        if (!dates)
            return undefined;
        const referenceMs = sample.atMs + sample.offsetMs;
        if (referenceMs + sample.boundMs >= dates.validFromMs &&
            referenceMs - sample.boundMs <= dates.validToMs) {
            return undefined;
        }
        return (`the server's time ${formatDate(referenceMs)} lies outside its own certificate's validity ` +
            `(${formatDate(dates.validFromMs)} to ${formatDate(dates.validToMs)}), which was accepted only because the runner's clock ` +
            'looked wrong; refusing the answer (an expired or not-yet-valid certificate used by someone else)');
    }
    async function exchange(s, to, signal) {
        const outstanding = [];
        const end = await (0,udp_exchange/* udpExchange */.V)({
            peer: to,
            signal,
            pacing,
            minIntervalMs,
            maxRequests,
            nowMs: () => clock.nowMs(),
            nextRequest: () => {
                const cookie = s.cookies.shift();
                if (!cookie)
                    return undefined; // Wait for the replies already asked for; the deadline ends the wait.
                const origin = (0,ntp/* randomTimestamp */.Gn)();
                const { encodeNtsRequest, NONCE_BYTES, UNIQUE_ID_BYTES } = aead;
                const uniqueId = new Uint8Array((0,external_node_crypto_.randomBytes)(UNIQUE_ID_BYTES));
                const request = encodeNtsRequest({
                    origin,
                    uniqueId,
                    cookie,
                    cookiesLeft: s.cookies.length,
                    c2sKey: s.c2sKey,
                    nonce: new Uint8Array((0,external_node_crypto_.randomBytes)(NONCE_BYTES)),
                });
                requests += 1;
                outstanding.push({ t1: clock.nowMs(), origin, uniqueId });
                return request;
            },
            judge: (bytes, t4) => judge(s, outstanding, bytes, t4),
        }, 'NTP');
        if (end.kind === 'answered')
            return end.end;
        if (end.kind === 'socket-error' && end.permanent)
            stopped = true;
        return {
            kind: 'result',
            result: result((0,ntp_result/* unansweredResult */.WU)(end, {
                noun: 'NTS request',
                sentTo: ` sent to ${(0,resolve/* formatAddress */.M0)(to.address, to.port)}`,
                socketNote: '; this is the NTP server the NTS-KE server named',
                ...(s.certificateDates
                    ? { timeoutNote: `; note: ${describeCertificateSkew(s.certificateDates, clock.nowMs())}` }
                    : {}),
            })),
        };
    }
    /** One datagram from the NTP server NTS-KE named: authentic, ours, and a valid NTP reply, or why not. */
    function judge(s, outstanding, bytes, t4) {
        const packet = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const { checkNtsReply } = aead;
        let nts;
        let request;
        for (const o of outstanding) {
            nts = checkNtsReply(packet, o.uniqueId, s.s2cKey);
            if (nts.kind === 'rejected' && nts.code === 'unique-id-mismatch')
                continue;
            request = o;
            break;
        }
        if (!nts || !request) {
            return {
                kind: 'reject',
                reason: 'Unique Identifier does not match any request we sent (stale, replayed or forged reply)',
            };
        }
        if (nts.kind === 'rejected')
            return { kind: 'reject', reason: nts.reason };
        if (nts.kind === 'nak') {
            const header = (0,ntp_packet/* checkReply */.xk)(packet, request.origin);
            // Even a NAK must answer our request: its origin must be ours.
            if (header.kind === 'kiss-of-death')
                return { kind: 'accept', end: { kind: 'nak' } };
            return {
                kind: 'reject',
                reason: `NTS NAK that fails the header tests (${header.kind === 'rejected' ? header.reason : 'not a KoD'})`,
            };
        }
        const check = (0,ntp_packet/* checkReply */.xk)(packet, request.origin);
        if (check.kind === 'rejected')
            return { kind: 'reject', reason: check.reason };
        // Only authenticated replies reach here: a Kiss-o'-Death now really comes from the server.
        outstanding.splice(outstanding.indexOf(request), 1);
        for (const c of nts.cookies)
            if (s.cookies.length < ke/* MAX_COOKIES */.l4)
                s.cookies.push(c);
        const finish = (r) => ({
            kind: 'accept',
            end: { kind: 'result', result: r },
        });
        if (check.kind === 'kiss-of-death') {
            if (check.stop)
                stopped = true;
            return finish(result((0,ntp_result/* kodResult */.OK)(check, true)));
        }
        const sample = (0,ntp/* sampleFromReply */.TN)(check.packet, request.t1, t4);
        const contradiction = certificateContradiction(sample);
        if (contradiction) {
            stopped = true;
            return finish(result({ status: 'rejected', reason: contradiction }));
        }
        if (!best || sample.boundMs < best.boundMs)
            best = sample;
        return finish(result({ status: 'ok', stratum: check.packet.stratum, refId: (0,ntp/* refIdOf */.OT)(check.packet) }));
    }
    return {
        kind: 'nts',
        target: server.label,
        measure,
        prepare,
        canRefine: () => !stopped,
    };
}


/***/ })

};

//# sourceMappingURL=843.index.js.map