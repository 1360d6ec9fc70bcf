export const id = 985;
export const ids = [985];
export const modules = {

/***/ 8985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HttpTunnelAgent: () => (/* binding */ HttpTunnelAgent),
/* harmony export */   HttpsTunnelAgent: () => (/* binding */ HttpsTunnelAgent)
/* harmony export */ });
/* unused harmony exports MAX_CONNECT_RESPONSE_BYTES, ProxyTunnelError, parseConnectResponse, openTunnel */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1987);
/* harmony import */ var _error_code_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2711);
/**
 * An HTTP CONNECT tunnel through a proxy, bounded: the proxy's answer is read up to 8 KB of headers,
 * and while the tunnel is being set up its socket does not keep the process alive (a proxy that never
 * answers must not hold the job after the verdict; the request that wanted the tunnel has its own
 * deadline). Replaces https-proxy-agent, which buffers the proxy's answer without limit (concatenating
 * it again on every chunk) and cannot be cancelled.
 *
 * TLS to the target runs end to end inside the tunnel, so a proxy cannot forge or cache the answer.
 */






/** The proxy's status line and headers, at most. */
const MAX_CONNECT_RESPONSE_BYTES = 8 * 1024;
/** Why a tunnel was not opened; `code` for code to branch on, the proxy's words as data. */
class ProxyTunnelError extends Error {
    code;
    statusCode;
    statusText;
    tlsCode;
    constructor(code, message, statusCode, 
    /** The proxy's reason phrase: printable ASCII only, at most 100 characters. */
    statusText, 
    /** ERR_PROXY_TLS: Node's code for what failed in the TLS handshake with an https:// proxy. */
    tlsCode) {
        super(message);
        this.code = code;
        this.statusCode = statusCode;
        this.statusText = statusText;
        this.tlsCode = tlsCode;
        this.name = 'ProxyTunnelError';
    }
}
/**
 * A reason phrase's grammar is printable ASCII (RFC 9112): anything else is no part of it and is dropped,
 * and it is cut to 100 characters. What is left is quoted again through untrustedText where it is shown.
 */
function reasonPhrase(text) {
    return text.replace(/[^\x20-\x7e]/g, '').slice(0, 100);
}
/** The status of a CONNECT answer, once its header is complete. Pure. */
function parseConnectResponse(head) {
    const end = head.indexOf('\r\n\r\n');
    if (end === -1)
        return { kind: 'incomplete' };
    const line = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
    const m = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(line);
    if (!m)
        return { kind: 'invalid' };
    return {
        kind: 'status',
        statusCode: Number(m[1]),
        statusText: reasonPhrase(m[2] ?? ''),
        headerBytes: end + 4,
    };
}
/** Opens a CONNECT tunnel; resolves to the raw socket, through which the caller speaks to host:port. */
function openTunnel(options) {
    const { proxy } = options;
    // Built before any socket exists: nothing here may fail with a connection open.
    const target = node_net__WEBPACK_IMPORTED_MODULE_2__.isIPv6(options.host)
        ? `[${options.host}]:${options.port}`
        : `${options.host}:${options.port}`;
    const headers = [`CONNECT ${target} HTTP/1.1`, `Host: ${target}`];
    const credentials = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .proxyCredentials */ .FF)(proxy);
    if (credentials !== undefined) {
        headers.push(`Proxy-Authorization: Basic ${Buffer.from(credentials).toString('base64')}`);
    }
    const request = `${headers.join('\r\n')}\r\n\r\n`;
    return new Promise((resolve, reject) => {
        const proxyHost = proxy.hostname.replace(/^\[|\]$/g, '');
        const proxyPort = proxy.port ? Number(proxy.port) : proxy.protocol === 'https:' ? 443 : 80;
        const lookup = options.lookup ? { lookup: options.lookup } : {};
        let socket;
        try {
            socket =
                proxy.protocol === 'https:'
                    ? node_tls__WEBPACK_IMPORTED_MODULE_3__.connect({
                        host: proxyHost,
                        port: proxyPort,
                        ...(node_net__WEBPACK_IMPORTED_MODULE_2__.isIP(proxyHost) ? {} : { servername: proxyHost }),
                        ALPNProtocols: ['http/1.1'],
                        ...lookup,
                    })
                    : node_net__WEBPACK_IMPORTED_MODULE_2__.connect({ host: proxyHost, port: proxyPort, ...lookup });
        }
        catch (error) {
            return reject(error instanceof Error ? error : new Error(String(error)));
        }
        // Only the request waiting for this tunnel may keep the process alive, not the tunnel itself.
        socket.unref();
        let received = Buffer.alloc(0);
        let settled = false;
        const timer = setTimeout(() => {
            fail(Object.assign(new Error('the proxy did not answer CONNECT in time'), { code: 'ETIMEDOUT' }));
        }, options.timeoutMs);
        timer.unref();
        const cleanup = () => {
            settled = true;
            clearTimeout(timer);
            socket.off('data', onData);
            socket.off('error', fail);
            socket.off('end', onEnd);
            socket.off('close', onEnd);
        };
        // Until an https:// proxy's handshake is done, a TLS fault is the proxy's (its own certificate), never
        // the target's: the target's TLS starts only inside the tunnel.
        let proxyHandshakeDone = proxy.protocol !== 'https:';
        socket.once('secureConnect', () => (proxyHandshakeDone = true));
        function fail(error) {
            if (settled)
                return;
            cleanup();
            socket.destroy();
            const code = error.code;
            if (!proxyHandshakeDone && typeof code === 'string' && (0,_error_code_js__WEBPACK_IMPORTED_MODULE_5__/* .isTlsFault */ .WZ)(code, error.message)) {
                return reject(new ProxyTunnelError('ERR_PROXY_TLS', error.message, undefined, undefined, code));
            }
            reject(error);
        }
        const onEnd = () => fail(new ProxyTunnelError('ERR_PROXY_CLOSED', 'the proxy closed the connection before answering CONNECT'));
        const onData = (chunk) => {
            received = Buffer.concat([received, chunk]);
            const parsed = parseConnectResponse(received.subarray(0, MAX_CONNECT_RESPONSE_BYTES));
            if (parsed.kind === 'incomplete') {
                if (received.length >= MAX_CONNECT_RESPONSE_BYTES) {
                    fail(new ProxyTunnelError('ERR_PROXY_RESPONSE_TOO_LARGE', `the proxy's answer to CONNECT has no end of headers within ${MAX_CONNECT_RESPONSE_BYTES / 1024} KB`));
                }
                return;
            }
            if (parsed.kind === 'invalid') {
                return fail(new ProxyTunnelError('ERR_PROXY_CONNECT_REFUSED', 'the proxy did not answer CONNECT in HTTP', 0, ''));
            }
            if (parsed.statusCode !== 200) {
                return fail(new ProxyTunnelError('ERR_PROXY_CONNECT_REFUSED', `the proxy answered CONNECT with ${parsed.statusCode} ${parsed.statusText}`.trim(), parsed.statusCode, parsed.statusText));
            }
            cleanup();
            // Bytes after the proxy's header already belong to the target (a TLS ServerHello, say).
            const early = received.subarray(parsed.headerBytes);
            if (early.length > 0)
                socket.unshift(early);
            socket.ref();
            resolve(socket);
        };
        socket.on('data', onData);
        socket.on('error', fail);
        socket.on('end', onEnd);
        socket.on('close', onEnd);
        socket.write(request);
    });
}
/** The target of a connection the agent is asked for. */
function targetOf(options) {
    return {
        host: String(options.host ?? options.hostname ?? 'localhost'),
        port: Number(options.port),
        // The agent's own `lookup` (merged into these options by Node's Agent) resolves the proxy's name.
        lookup: options.lookup,
    };
}
/** The agents' connection timeout doubles as the tunnel's. */
const DEFAULT_TUNNEL_TIMEOUT_MS = 15_000;
/** An https agent whose connections run through a CONNECT tunnel, TLS end to end inside it. */
class HttpsTunnelAgent extends node_https__WEBPACK_IMPORTED_MODULE_1__.Agent {
    proxy;
    constructor(proxy, options) {
        super(options);
        this.proxy = proxy;
    }
    // Node's Agent accepts a connection handed back later through the callback (returning undefined).
    createConnection(options, callback) {
        openTunnel({
            proxy: this.proxy,
            ...targetOf(options),
            timeoutMs: this.options.timeout ?? DEFAULT_TUNNEL_TIMEOUT_MS,
        }).then((raw) => {
            try {
                callback?.(null, node_tls__WEBPACK_IMPORTED_MODULE_3__.connect({ ...options, socket: raw }));
            }
            catch (error) {
                raw.destroy();
                callback?.(error instanceof Error ? error : new Error(String(error)), raw);
            }
        }, (error) => callback?.(error, undefined));
        return undefined;
    }
}
/** A plain-http agent whose connections run through a CONNECT tunnel (a local http endpoint behind it). */
class HttpTunnelAgent extends node_http__WEBPACK_IMPORTED_MODULE_0__.Agent {
    proxy;
    timeoutMs;
    constructor(proxy, timeoutMs, options) {
        super(options);
        this.proxy = proxy;
        this.timeoutMs = timeoutMs;
    }
    createConnection(options, callback) {
        openTunnel({ proxy: this.proxy, ...targetOf(options), timeoutMs: this.timeoutMs }).then((raw) => callback?.(null, raw), (error) => callback?.(error, undefined));
        return undefined;
    }
}


/***/ })

};

//# sourceMappingURL=985.index.js.map