export const id = 560;
export const ids = [560];
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

/***/ 2560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IMDS_ENDPOINT: () => (/* binding */ IMDS_ENDPOINT),
/* harmony export */   probeImdsV2: () => (/* binding */ probeImdsV2)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _net_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1251);
/**
 * EC2 detection where DMI cannot tell (Windows and macOS instances have no sysfs): ask the instance
 * metadata service, IMDSv2 only. The session token comes first (PUT /latest/api/token): IMDS answers a
 * PUT only from the instance itself, within the instance's response hop limit (1 by default, so a
 * container behind a bridge gets no answer and we say "not detected" rather than wait). Then the
 * instance id, which on EC2 starts with "i-": other clouds also answer on 169.254.169.254 (Azure, which
 * hosts GitHub's runners, and GCP), and only a token plus an EC2 instance id counts.
 *
 * Bounded: one timer covers connect, both requests and both bodies; every socket is destroyed at it.
 * Never through a proxy (link-local; HTTP(S)_PROXY would send the PUT elsewhere), no keep-alive.
 */


const IMDS_ENDPOINT = 'http://169.254.169.254';
const TOKEN_TTL_SECONDS = '60';
const MAX_BODY_BYTES = 4096;
function call(url, method, headers, signal) {
    return new Promise((resolve, reject) => {
        const req = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.request)(url, { method, headers, agent: false, signal }, (res) => {
            let body = '';
            // A token or an instance id is tens of bytes: anything past the cap ends the answer and its socket.
            const capped = (0,_net_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .capBody */ .vE)(res, MAX_BODY_BYTES);
            capped.setEncoding('utf8');
            capped.on('data', (chunk) => (body += chunk));
            capped.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            capped.on('error', reject);
        });
        req.on('error', reject);
        req.end();
    });
}
async function probeImdsV2(options) {
    const base = options.endpoint ?? IMDS_ENDPOINT;
    let url;
    try {
        url = new URL(base);
    }
    catch {
        return { ec2: false, askAgain: false };
    }
    const timeoutMs = Math.max(1, Math.round(options.timeoutMs));
    const controller = new AbortController();
    // A plain timer, not AbortSignal.timeout: that one can be garbage-collected before it fires on Node 20.
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
        const token = await call(new URL('/latest/api/token', url), 'PUT', { 'X-aws-ec2-metadata-token-ttl-seconds': TOKEN_TTL_SECONDS }, controller.signal);
        if (token.status !== 200 || !/^[\x21-\x7e]{1,512}$/.test(token.body.trim())) {
            return { ec2: false, askAgain: false };
        }
        const id = await call(new URL('/latest/meta-data/instance-id', url), 'GET', { 'X-aws-ec2-metadata-token': token.body.trim() }, controller.signal);
        const instanceId = id.body.trim();
        if (id.status !== 200 || !/^i-[0-9a-f]{8,32}$/.test(instanceId)) {
            return { ec2: false, askAgain: false };
        }
        return { ec2: true, instanceId };
    }
    catch (error) {
        // An answer over the cap came and is no EC2 answer: settled, as a refusal is.
        if (error instanceof _net_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .BodyTooLargeError */ .Au)
            return { ec2: false, askAgain: false };
        // Silence until the bound is the costly answer, and it is settled; a quick failure is worth retrying.
        return { ec2: false, askAgain: !controller.signal.aborted };
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ })

};

//# sourceMappingURL=560.index.js.map