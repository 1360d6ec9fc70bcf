export const id = 497;
export const ids = [497];
export const modules = {

/***/ 8497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainCommand: () => (/* binding */ explainCommand),
/* harmony export */   le: () => (/* binding */ measureSafely),
/* harmony export */   mV: () => (/* binding */ explanationJson),
/* harmony export */   readTextBounded: () => (/* binding */ readTextBounded),
/* harmony export */   vZ: () => (/* binding */ formatExplanation)
/* harmony export */ });
/* harmony import */ var _explain_describe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7746);
/* harmony import */ var _explain_diagnose_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8171);
/* harmony import */ var _explain_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9790);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6264);
/**
 * `clock-preflight explain [TEXT | -]`: what an error text says about the clock, then the clock measured
 * now, then the cause and what to do. Always exits 0: it explains, it does not gate (unrecognised text
 * included, which it says plainly).
 */




/** Measure, but never let a failed measurement hide the explanation. */
async function measureSafely(measure) {
    try {
        return await measure();
    }
    catch (error) {
        return {
            status: 'unknown',
            title: `the measurement failed: ${error instanceof Error ? error.message : String(error)}`,
        };
    }
}
function measuredLine(m) {
    if (!m)
        return 'Clock now: not measured.';
    if (m.offsetMs === undefined || m.status === 'unknown')
        return `Clock now: could not be measured (${m.title}).`;
    const unc = m.uncertaintyMs !== undefined ? ` \u00b1${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .humanDuration */ .UU)(m.uncertaintyMs)}` : '';
    return `Clock now: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .describeOffset */ .j8)(m.offsetMs)}${unc} [${m.status}] \u2014 ${m.title}`;
}
/** The text block: what the error says, the clock now, the diagnosis and what to do. */
function formatExplanation(r, m, d) {
    if (!r.recognized) {
        return `${(0,_explain_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRecognition */ .Z)(r)}It knows: ${Object.values(_explain_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FAMILY_NAMES */ .ME).join('; ')}.\n`;
    }
    const lines = [
        (0,_explain_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRecognition */ .Z)(r, { summary: false }).trimEnd(),
        measuredLine(m),
        '',
        d.title,
        d.message,
        '',
        'What to do:',
    ];
    for (const a of d.advice)
        lines.push(`  - ${a}`);
    return lines.join('\n') + '\n';
}
function explanationJson(r, m, d) {
    return {
        recognized: r.recognized,
        kind: r.kind ?? null,
        service: r.service || null,
        evidence: r.evidence || null,
        impliedOffsetMs: r.consistent && r.impliedOffsetMs !== undefined ? r.impliedOffsetMs : null,
        offsetBoundMs: r.consistent ? (r.offsetBoundMs ?? null) : null,
        absOffsetMinMs: r.absOffsetMinMs ?? null,
        windowMs: r.windowMs ?? null,
        direction: r.direction ?? null,
        consistent: r.consistent,
        inconsistency: r.inconsistency ?? null,
        confidence: r.confidence ?? null,
        derivation: r.derivation ?? null,
        times: r.times ?? null,
        measured: m
            ? {
                status: m.status,
                offsetMs: m.offsetMs ?? null,
                uncertaintyMs: m.uncertaintyMs ?? null,
                title: m.title,
            }
            : null,
        diagnosis: d,
    };
}
/**
 * Reads `explain -`'s stdin with bounded memory: the first `headBytes` and the last `maxBytes \u2212 headBytes`
 * are kept (a pasted CI log can be large; its error is near the end), the middle is dropped.
 */
async function readTextBounded(stream, maxBytes = 8 * 1024 * 1024, headBytes = 1024 * 1024) {
    const head = [];
    let headLength = 0;
    let tail = [];
    let tailLength = 0;
    const tailMax = maxBytes - headBytes;
    for await (const chunk of stream) {
        let b = typeof chunk === 'string'
            ? Buffer.from(chunk)
            : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        if (headLength < headBytes) {
            const take = b.subarray(0, headBytes - headLength);
            head.push(Buffer.from(take));
            headLength += take.length;
            b = b.subarray(take.length);
        }
        if (b.length === 0)
            continue;
        tail.push(Buffer.from(b));
        tailLength += b.length;
        if (tailLength > 2 * tailMax) {
            const joined = Buffer.concat(tail).subarray(-tailMax);
            tail = [joined];
            tailLength = joined.length;
        }
    }
    const rest = Buffer.concat(tail);
    const kept = rest.length > tailMax ? rest.subarray(-tailMax) : rest;
    const dropped = rest.length - kept.length;
    return Buffer.concat(head).toString('utf8') + (dropped > 0 ? '\n' : '') + kept.toString('utf8');
}
async function explainCommand(opts) {
    const r = (0,_explain_index_js__WEBPACK_IMPORTED_MODULE_1__/* .recognize */ .vA)(opts.text);
    // Unrecognised text needs no measurement: there is nothing to compare it with.
    const m = r.recognized ? await measureSafely(opts.measure) : undefined;
    const d = (0,_explain_diagnose_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnose */ .h)(r, m, { clockFix: opts.clockFix });
    opts.io.stdout(opts.json ? JSON.stringify(explanationJson(r, m, d), null, 2) + '\n' : formatExplanation(r, m, d));
    return 0;
}


/***/ }),

/***/ 7746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ whatTheTextSays),
/* harmony export */   Z: () => (/* binding */ describeRecognition)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6264);
/** What an error text says about the clock, in words for people. Pure. */

/** One sentence: the size and direction that follow from the text, or why none does. */
function whatTheTextSays(r) {
    if (!r.recognized)
        return 'No time error this tool knows was found in the text.';
    if (!r.consistent) {
        const way = r.direction
            ? ` Its wording says the signer was ${r.direction === 'behind' ? 'behind (or the request was late)' : 'ahead'}.`
            : '';
        return `The text contradicts itself (${r.inconsistency ?? 'its numbers do not fit together'}), so no offset follows from it.${way}`;
    }
    if (r.impliedOffsetMs !== undefined) {
        const window = r.windowMs !== undefined ? ` (the limit is ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .humanDuration */ .UU)(r.windowMs)})` : '';
        if (r.impliedOffsetMs >= 0) {
            return `The request or credential was ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .humanDuration */ .UU)(r.impliedOffsetMs)} old when checked${window}: the signer's clock was ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .describeOffset */ .j8)(r.impliedOffsetMs)} if it was sent as soon as it was made, or less behind if it waited.`;
        }
        return `The signature or credential was dated ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .humanDuration */ .UU)(-r.impliedOffsetMs)} in the future when checked${window}: the signer's clock was ahead by at least that much.`;
    }
    const b = r.offsetBoundMs;
    if (b?.min !== undefined && b.min > 0)
        return `The runner's clock was behind by at least ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .humanDuration */ .UU)(b.min)}.`;
    if (b?.max !== undefined && b.max < 0) {
        return r.confidence === 'possible'
            ? `If the other side's data is current, the runner's clock was ahead by at least ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .humanDuration */ .UU)(-b.max)}.`
            : `The runner's clock was ahead by at least ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .humanDuration */ .UU)(-b.max)}.`;
    }
    if (r.absOffsetMinMs !== undefined) {
        return `The two clocks differ by more than ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .humanDuration */ .UU)(r.absOffsetMinMs)}, in a direction the text does not say.`;
    }
    if (r.direction === 'behind') {
        // Only an expiry can also mean "used late"; a date in the future cannot.
        const late = /expired|exp-past/.test(r.kind ?? '') ? ' (or the credential was used late)' : '';
        return `The runner's clock was behind${late}; the text gives no size.`;
    }
    if (r.direction === 'ahead')
        return "The runner's clock was ahead; the text gives no size.";
    return 'The text names a time check that failed but gives neither size nor direction.';
}
/**
 * The multi-line block `explain` prints about the text itself, before any measurement. `summary: false`
 * leaves out the one-sentence reading when the diagnosis that follows starts with it anyway.
 */
function describeRecognition(r, opts = {}) {
    if (!r.recognized)
        return `${whatTheTextSays(r)}\n`;
    const lines = [
        `Recognised: ${r.kind} \u2014 ${r.service}${r.confidence && r.confidence !== 'certain' ? ` (${r.confidence} a time problem)` : ''}`,
    ];
    lines.push(`  Evidence: ${r.evidence}`);
    if (opts.summary !== false)
        lines.push(`  ${whatTheTextSays(r)}`);
    if (!r.consistent && opts.summary === false)
        lines.push(`  Inconsistent: ${r.inconsistency ?? 'the numbers do not fit together'}`);
    if (r.derivation && r.consistent)
        lines.push(`  How: ${r.derivation}`);
    if (r.windowMs !== undefined && r.impliedOffsetMs === undefined)
        lines.push(`  Limit enforced: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .humanDuration */ .UU)(r.windowMs)}`);
    if (r.truncated)
        lines.push('  (The input was long; only its first 200 000 and last 800 000 characters were read.)');
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 8171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ diagnose)
/* harmony export */ });
/* unused harmony export clockExplains */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6264);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7746);
/* harmony import */ var _platform_time_services_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1321);
/**
 * From what an error text says and what the clock measures now, to the cause and what to do. Pure.
 *
 * The point: the same "Signature expired" appears with a wrong clock and with a right one. The text gives
 * C \u2212 A = offset + delay. Measuring the offset now splits the two: if it accounts for the error, the clock
 * is the cause; if the clock is right, the request waited (or the credential was reused, or the other
 * side's clock or data is wrong), and fixing the clock would change nothing.
 */



const GENERIC_CLOCK_FIX = (0,_platform_time_services_js__WEBPACK_IMPORTED_MODULE_0__/* .genericClockFix */ .Zh)();
const GATE = 'Put `clock-preflight check` (or the action) before the first signed call, so that a wrong clock stops the job with this explanation instead of a signature error.';
/** Whether the offset measured now would, by itself, produce the error the text shows. */
function clockExplains(r, m) {
    const off = m.offsetMs;
    if (off === undefined || !Number.isFinite(off))
        return false;
    const unc = Math.max(0, m.uncertaintyMs ?? 0);
    const sign = off > 0 ? 'behind' : 'ahead';
    const directionFits = r.direction === undefined || r.direction === sign;
    if (r.consistent && r.impliedOffsetMs !== undefined) {
        const tol = Math.max(60_000, 0.1 * Math.abs(r.impliedOffsetMs)) + unc;
        if (Math.abs(off - r.impliedOffsetMs) <= tol)
            return true;
    }
    if (r.windowMs !== undefined &&
        r.direction !== undefined &&
        directionFits &&
        Math.abs(off) - unc > r.windowMs)
        return true;
    if (r.absOffsetMinMs !== undefined && Math.abs(off) - unc > r.absOffsetMinMs)
        return true;
    const b = r.offsetBoundMs;
    if (r.consistent && b) {
        const ref = b.min ?? b.max ?? 0;
        const tol = Math.max(60_000, 0.1 * Math.abs(ref)) + unc;
        if (b.min !== undefined && b.min > 0 && off + tol >= b.min)
            return true;
        if (b.max !== undefined && b.max < 0 && off - tol <= b.max)
            return true;
    }
    if (m.status === 'fail' && directionFits && r.impliedOffsetMs === undefined)
        return true;
    // Direction-only texts (a JWT's iat, "certificate is not yet valid"): a clock off the same way by more
    // than the usual 30\u201360 s margins is enough.
    const sized = r.impliedOffsetMs !== undefined ||
        (b && ((b.min ?? 0) > 0 || (b.max ?? 0) < 0)) ||
        r.absOffsetMinMs !== undefined;
    if (!sized &&
        r.direction !== undefined &&
        r.direction === sign &&
        Math.abs(off) - unc > 30_000 &&
        r.windowMs === undefined)
        return true;
    return false;
}
function clockNow(m) {
    const size = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOffset */ .j8)(m.offsetMs)}${m.uncertaintyMs !== undefined ? ` (\u00b1${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .humanDuration */ .UU)(m.uncertaintyMs)})` : ''}`;
    return `The runner's clock measured now is ${size}${m.status === 'ok' ? ', within tolerance' : ''}.`;
}
/**
 * Tokens the runner only verifies (its JWT library checks a token someone else issued): "not yet valid"
 * means the runner was behind the issuer, "expired" usually means the token really expired. The reverse of
 * tokens the runner makes (GitHub App JWTs, its own runner token), which the family's default covers.
 */
const VERIFIED_HERE_NOT_YET = new Set(['jwt-not-yet-valid', 'google-auth-token-used-too-early']);
const VERIFIED_HERE_EXPIRED = new Set(['jwt-expired', 'google-auth-token-expired']);
function otherCause(r) {
    if (r.kind && VERIFIED_HERE_NOT_YET.has(r.kind))
        return 'clock-was-wrong';
    if (r.kind && VERIFIED_HERE_EXPIRED.has(r.kind))
        return 'upstream-expired';
    switch (r.family) {
        case 'request-signature':
            if (r.kind === 'aws-auth-failure')
                return 'not-the-clock';
            return r.direction === 'ahead' ? 'clock-was-wrong' : 'signed-long-before-sent';
        case 'presigned-url':
        case 'token':
            return r.direction === 'ahead' ? 'clock-was-wrong' : 'token-outlived-lifetime';
        case 'certificate':
            return r.kind?.endsWith('not-yet-valid') ? 'clock-was-wrong' : 'upstream-expired';
        case 'repository':
            return r.kind === 'apt-release-expired' ? 'upstream-expired' : 'clock-was-wrong';
        case 'kerberos':
            return 'server-clock-wrong';
        case 'openpgp':
            return r.kind === 'gpg-signature-expired' ? 'upstream-expired' : 'clock-was-wrong';
        case 'file-timestamp':
            return 'clock-was-wrong';
        default:
            return 'clock-was-wrong';
    }
}
function queueAdvice(r) {
    const advice = [
        'AWS SDK for JavaScript: a request is signed, then waits for a free socket when more requests are in flight than maxSockets (50 by default), so a burst of long calls (synchronous Lambda invokes) ages the signatures in the queue. Raise maxSockets (`new NodeHttpHandler({ httpsAgent: new https.Agent({ maxSockets: 200 }) })`), lower the concurrency, or invoke Lambda asynchronously (`InvocationType: "Event"`) when you do not need the result.',
        'A frozen Lambda function or container: a call signed during one invocation (or at init, outside the handler) and sent after the sandbox was frozen and thawed carries an old signature. Finish every call before the handler returns; use top-level await for calls made at init.',
        'Long retries and backoff, or a custom signer: make sure each attempt is signed again (current AWS SDKs do; hand-written SigV4 code and old SDKs may not).',
    ];
    if (r.kind === 's3-request-time-too-skewed') {
        advice.unshift('A slow upload: S3 can check the signature after the body has arrived. Use multipart upload with smaller parts, or more bandwidth.');
    }
    if (r.kind === 'aws-request-expired') {
        advice.push('Temporary credentials that expired also give RequestExpired: refresh the session (`aws sts get-caller-identity` shows whether they still work).');
    }
    return advice;
}
function tokenAdvice(r) {
    if (r.family === 'presigned-url') {
        return [
            'The presigned URL was used after its lifetime (X-Amz-Expires). Generate it right before it is used, or with a longer expiry (up to 7 days for SigV4; a URL signed with session credentials dies with the session).',
        ];
    }
    if (r.kind === 'azure-assertion-time-range') {
        return [
            'The assertion was made earlier and reused after it expired. In GitHub Actions with azure/login (OIDC), the federated token lives about 5\u201310 minutes: log in again before later Azure steps in long jobs, or upgrade azure-cli/MSAL if a version caches assertions (azure-cli 2.59.0 did).',
            'With a certificate credential, build the assertion right before the token request and do not cache it beyond its exp.',
        ];
    }
    if (r.kind === 'google-invalid-jwt-time') {
        return [
            'Check the JWT itself: exp \u2212 iat must be at most 3600 s, and both must come from UTC (a local time read as UTC shifts them by hours). Build the token right before the request; do not reuse it.',
        ];
    }
    return [
        'The JWT was used after it expired: create the GitHub App JWT right before the call (its exp is at most 10 minutes away), and do not keep it for later steps; installation tokens last an hour.',
    ];
}
function wasWrongAdvice(r) {
    const advice = [
        "The clock was off when the error happened and is right now: it has been stepped since (a time service that started late, a VM resumed from a snapshot or sleep), or the check used another machine's clock (the host of a container, the machine that made the URL or token).",
    ];
    if (r.family === 'token') {
        advice.push('A token built from local time read as UTC (or the reverse) looks exactly like a clock hours off: check how iat/exp/nbf are computed.');
    }
    if (r.family === 'repository') {
        advice.push("Or the mirror dated its Release file in the future (its own clock is ahead): compare the file's Date with the time now.");
    }
    if (r.kind && VERIFIED_HERE_NOT_YET.has(r.kind)) {
        advice.push("Or the token's issuer has a clock ahead: compare its iat/nbf with the time now. A leeway of a few seconds in the verifier (PyJWT `leeway`, jsonwebtoken `clockTolerance`, jose `clockTolerance`, openid-client 6 `clockTolerance`, openid-client 5 `custom.clock_tolerance`) absorbs small differences, not minutes.");
    }
    if (r.family === 'openpgp') {
        advice.push("Or the key's owner had a clock ahead when making the key: `gpg --list-keys --with-colons` shows its creation time. gpg skips such keys on import until the clock reaches that time (`--ignore-time-conflict` only for a key you trust).");
    }
    if (r.family === 'file-timestamp') {
        advice.push('Files dated in the future were written while this clock was ahead (it has been stepped back since), or on a machine whose clock is ahead (an archive built elsewhere, a network share, a container host). `touch` them, or rebuild from clean, so make neither skips nor repeats work.');
    }
    advice.push(GATE);
    advice.push('On self-hosted runners, make the time service sync at boot before the runner starts taking jobs (chrony `makestep 1 -1` or `initstepslew`).');
    return advice;
}
function adviceFor(cause, r, opts) {
    switch (cause) {
        case 'clock-wrong-now':
            return [opts.clockFix ?? GENERIC_CLOCK_FIX, GATE];
        case 'signed-long-before-sent':
            return queueAdvice(r);
        case 'token-outlived-lifetime':
            return tokenAdvice(r);
        case 'clock-was-wrong':
            return wasWrongAdvice(r);
        case 'server-clock-wrong':
            return [
                "The runner's clock agrees with the time references, so the other side's clock is the wrong one: for Kerberos, check the domain controllers' time source (`w32tm /query /status` on the PDC emulator, which should follow an external NTP source).",
                'If the runner uses the domain for time, it inherits the error: measure against an independent reference before changing anything.',
            ];
        case 'upstream-expired':
            if (r.family === 'repository')
                return [
                    "The mirror's Release file is past its Valid-Until: the mirror is stale. Switch to another mirror or wait for it to sync; turn off the check (`-o Acquire::Check-Valid-Until=false`) only for archived snapshots.",
                ];
            if (r.family === 'openpgp')
                return [
                    'The signature really expired (the clock is right): get a freshly signed copy from its publisher; `gpg --verify` shows when it expired.',
                ];
            if (r.family === 'token')
                return [
                    'The token really expired (the clock is right): request a new one right before it is used, and do not cache it past its exp.',
                ];
            return [
                'The certificate really expired (the clock is right): renew it on the server, or update the CA bundle (`sudo update-ca-certificates`, a newer base image) if an intermediate or root in the chain expired.',
            ];
        case 'not-the-clock':
            return [
                'AuthFailure with a right clock means the credentials: check the access key, secret key, session token and region that this step actually uses.',
            ];
        case 'not-measured':
            return [
                `Measure the clock: \`clock-preflight check\` (needs UDP 123 to an NTP server, or HTTPS to a Date header or AWS STS). If it is off by about the amount above, fix the clock; if it is right, ${otherwiseUnmeasured(r)}.`,
                GATE,
            ];
        case 'not-a-time-error':
            return [
                'If you expected a time error, pass the whole error message (`clock-preflight explain -` reads it from stdin).',
            ];
    }
}
const UPSTREAM = {
    repository: 'the mirror is stale',
    openpgp: 'the signature really expired',
    token: 'the token really expired',
    certificate: 'the certificate really expired',
};
function titleFor(cause, r, m) {
    const now = m?.offsetMs !== undefined ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOffset */ .j8)(m.offsetMs) : undefined;
    const age = r.consistent && r.impliedOffsetMs !== undefined ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .humanDuration */ .UU)(Math.abs(r.impliedOffsetMs)) : undefined;
    // A headline never contradicts the measurement printed above it: a clock measured off is not "right",
    // even when its offset does not explain this error.
    const right = m?.status === 'ok';
    const clockIs = right ? `The clock is right (${now})` : `The clock is ${now}, which does not explain this`;
    switch (cause) {
        case 'clock-wrong-now':
            return `The runner's clock is ${now} now: that is the cause of this ${r.kind} error`;
        case 'signed-long-before-sent':
            return age && r.impliedOffsetMs > 0
                ? `${clockIs}: the request was signed about ${age} before it arrived`
                : `${clockIs}: the request was signed long before it arrived`;
        case 'token-outlived-lifetime':
            return `${clockIs}: the ${r.family === 'presigned-url' ? 'presigned URL' : 'token'} was used after its lifetime`;
        case 'clock-was-wrong':
            return right
                ? `The clock is right now (${now}) but was ${r.direction ?? 'off'} when this error happened`
                : `The clock is ${now} now, too little to explain this: it was further ${r.direction ?? 'off'} when this error happened`;
        case 'server-clock-wrong':
            return right
                ? `The runner's clock is right (${now}): the other side's clock is off`
                : `The runner's clock is ${now}, which does not explain this: the other side's clock is off`;
        case 'upstream-expired':
            return `${clockIs}: ${UPSTREAM[r.family ?? 'certificate'] ?? 'the certificate really expired'}`;
        case 'not-the-clock':
            return `${clockIs}: this ${r.kind} is about the credentials, not time`;
        case 'not-measured':
            return `Recognised ${r.kind}; the clock could not be measured now`;
        case 'not-a-time-error':
            return 'Not a time error this tool recognises';
    }
}
/** When the clock cannot be measured: the other story that gives the same text with a right clock. */
function otherwiseUnmeasured(r) {
    switch (r.family) {
        case 'file-timestamp':
            return 'the files were written while this clock was ahead, or on a machine whose clock is ahead';
        case 'openpgp':
            return r.kind === 'gpg-signature-expired'
                ? 'the signature really expired'
                : "the key's owner had a clock ahead";
        case 'certificate':
            return r.kind?.endsWith('not-yet-valid')
                ? 'the clock was wrong when it happened and has been corrected since'
                : 'the certificate really expired';
        case 'repository':
            return r.kind === 'apt-release-expired' ? 'the mirror is stale' : "the mirror's clock is ahead";
        case 'kerberos':
            return "the KDC's clock is the wrong one";
        default:
            if (r.kind && VERIFIED_HERE_NOT_YET.has(r.kind))
                return "the token's issuer has a clock ahead";
            if (r.kind && VERIFIED_HERE_EXPIRED.has(r.kind))
                return 'the token really expired';
            return 'the request or credential waited too long before use';
    }
}
function diagnose(r, m, opts = {}) {
    if (!r.recognized) {
        return {
            cause: 'not-a-time-error',
            title: titleFor('not-a-time-error', r),
            message: (0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .whatTheTextSays */ .V)(r),
            advice: adviceFor('not-a-time-error', r, opts),
        };
    }
    const says = (0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .whatTheTextSays */ .V)(r);
    const measurable = m !== undefined && m.offsetMs !== undefined && Number.isFinite(m.offsetMs) && m.status !== 'unknown';
    if (!measurable) {
        const why = m?.title ? ` (${m.title})` : '';
        return {
            cause: 'not-measured',
            title: titleFor('not-measured', r),
            message: `${says} The clock could not be measured now${why}, so whether it is still wrong is open: if it is, that is the cause; if not, ${otherwiseUnmeasured(r)}.`,
            advice: adviceFor('not-measured', r, opts),
        };
    }
    const now = clockNow(m);
    if (clockExplains(r, m)) {
        return {
            cause: 'clock-wrong-now',
            title: titleFor('clock-wrong-now', r, m),
            message: `${says} ${now} That accounts for the error: fix the clock, and the same call will work.`,
            advice: adviceFor('clock-wrong-now', r, opts),
        };
    }
    const cause = otherCause(r);
    const offNote = m.status === 'warn' || m.status === 'fail'
        ? ` The clock is off now and worth fixing (${opts.clockFix ?? 'see `clock-preflight check`'}), but that alone does not explain this error.`
        : ' That does not account for the error.';
    const because = {
        'signed-long-before-sent': 'So the request waited between signing and arrival: a connection queue, a frozen process or long retries.',
        'token-outlived-lifetime': 'So the credential was made earlier and used after its lifetime.',
        'clock-was-wrong': 'So the clock was off when the error happened (it has moved since), or another machine\u2019s clock made the signature or token.',
        'server-clock-wrong': "So the other side's clock is the one that is off.",
        'upstream-expired': `So ${UPSTREAM[r.family ?? 'certificate'] ?? 'the certificate really expired'}.`,
        'not-the-clock': 'So this error is about the credentials, not time.',
        'clock-wrong-now': '',
        'not-measured': '',
        'not-a-time-error': '',
    };
    return {
        cause,
        title: titleFor(cause, r, m),
        message: `${says} ${now}${offNote} ${because[cause]}`,
        advice: adviceFor(cause, r, opts),
    };
}


/***/ }),

/***/ 9790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ME: () => (/* binding */ FAMILY_NAMES),
  Mc: () => (/* binding */ pickBest),
  vA: () => (/* binding */ recognize),
  Ot: () => (/* binding */ recognizeAll),
  ji: () => (/* binding */ toRecognition)
});

// UNUSED EXPORTS: ERROR_KINDS, UNRECOGNIZED, score

;// CONCATENATED MODULE: ./src/explain/matches.ts
/**
 * The loop every recogniser runs: each match of one of its patterns, in text order, up to a cap.
 *
 * The cap counts the recogniser's hits, not this pattern's matches, because that is what must stay
 * bounded: a log with thousands of warnings yields at most `cap` hits however its patterns share them.
 * Patterns are module constants with the `g` flag, so their lastIndex is reset here, not by each caller.
 */
function* matches(pattern, text, hits, cap) {
    pattern.lastIndex = 0;
    while (hits.length < cap) {
        const m = pattern.exec(text);
        if (m === null)
            return;
        // An empty match leaves lastIndex where it was; step past it rather than find it forever.
        if (m[0].length === 0)
            pattern.lastIndex++;
        yield m;
    }
}

;// CONCATENATED MODULE: ./src/explain/normalize.ts
/**
 * Error texts arrive wrapped: JSON-escaped inside a log line, HTML-escaped XML, coloured by a terminal,
 * boxed and word-wrapped by Terraform (`\u2502 ` at each line start), prefixed with a timestamp by the GitHub
 * Actions log. The parsers see one plain form, so that a message matches however it was carried.
 *
 * Every step is a single linear pass, and the input is capped: `explain -` may be handed a whole CI log.
 */
/** Beyond this many characters, only the head and the tail are read (errors sit near the end of logs). */
const MAX_INPUT_CHARS = 1_000_000;
const HEAD_CHARS = 200_000;
function unescapeOnce(text) {
    return text
        .replace(/\\u00(3c|3C|3e|3E|26|22|27)/g, (_m, hex) => String.fromCharCode(parseInt(hex, 16)))
        .replace(/\\[nrt]/g, ' ')
        .replace(/\\(["'/\\])/g, '$1');
}
function normalise(input) {
    let text = typeof input === 'string' ? input : String(input);
    let truncated = false;
    if (text.length > MAX_INPUT_CHARS) {
        text = text.slice(0, HEAD_CHARS) + '\n' + text.slice(text.length - (MAX_INPUT_CHARS - HEAD_CHARS));
        truncated = true;
    }
    text = text.replace(/\r\n?/g, '\n');
    // ANSI colour and cursor sequences.
    // eslint-disable-next-line no-control-regex -- they start with ESC, which is exactly what to remove.
    text = text.replace(/\x1b\[[0-9;?]{0,32}[A-Za-z]/g, '');
    // Escaped twice happens (a JSON string holding a JSON body), so undo escaping at most twice.
    for (let i = 0; i < 2; i++) {
        const next = unescapeOnce(text);
        if (next === text)
            break;
        text = next;
    }
    text = text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    // GitHub Actions log timestamps and Terraform's diagnostic box, at line starts.
    text = text.replace(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z[ \t]/gm, '');
    text = text.replace(/^[ \t]*[\u2502\u2503\u2577\u2575|]+[ \t]?/gm, '');
    return { text, truncated };
}
/** The excerpt shown as evidence: the match, whitespace collapsed, bounded. */
function excerpt(text, start, end, maxChars = 600) {
    const s = text
        .slice(start, Math.min(end, start + maxChars * 2))
        .replace(/\s+/g, ' ')
        .trim();
    return s.length > maxChars ? s.slice(0, maxChars - 1) + '\u2026' : s;
}

;// CONCATENATED MODULE: ./src/explain/time.ts
/**
 * Readers for the time formats that error texts print. Each returns undefined for anything that is not
 * a real instant (month 13, 30 February, hour 25): garbled texts exist, and a wrong number is worse
 * than none.
 */
function utc(y, mo, d, h, mi, s) {
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
        return undefined;
    // A leap second (":60") is read as the last second of the minute; one second does not matter here.
    const ms = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59));
    const back = new Date(ms);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
        return undefined;
    return ms;
}
/** 20260627T140000Z: SigV4's X-Amz-Date. */
function parseBasicIso(text) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text.trim());
    if (!m)
        return undefined;
    const ms = utc(+m[1], +m[2], +m[3], +m[4], +m[5], +m[6]);
    return ms === undefined ? undefined : { ms, resolutionMs: 1000 };
}
/**
 * 2015-06-04T22:26:16Z, 2024-10-02T22:05:03.6755165Z, 2023-01-28T09:08:05+01:00, 2023-05-18, and the
 * space-separated form Go and Python print (2025-08-02 13:33:50). A time without a zone is read as UTC.
 */
function parseIso(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
    if (!m)
        return undefined;
    const hasTime = m[4] !== undefined;
    const base = utc(+m[1], +m[2], +m[3], hasTime ? +m[4] : 0, hasTime ? +m[5] : 0, m[6] ? +m[6] : 0);
    if (base === undefined)
        return undefined;
    // Entra prints seven fractional digits; whole milliseconds are plenty and keep offsets integral.
    const fractionMs = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
    let zoneMs = 0;
    const zone = m[8];
    if (zone && zone !== 'Z' && zone !== 'UTC' && zone !== 'GMT') {
        const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
        const hours = +z[2];
        const minutes = +z[3];
        if (hours > 14 || minutes > 59)
            return undefined;
        zoneMs = (z[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
    }
    const resolutionMs = !hasTime ? 86_400_000 : m[7] ? 1 : m[6] ? 1000 : 60_000;
    return { ms: base + fractionMs - zoneMs, resolutionMs };
}
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Sat, 12 Feb 2022 09:37:03 GMT: the HTTP Date header, which S3 echoes as RequestTime. */
function parseRfc1123(text) {
    const m = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s*(GMT|UTC|Z|[+-]\d{4})?$/.exec(text.trim());
    if (!m)
        return undefined;
    const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
    if (month === 0)
        return undefined;
    const base = utc(+m[3], month, +m[1], +m[4], +m[5], +m[6]);
    if (base === undefined)
        return undefined;
    let zoneMs = 0;
    if (m[7] && /^[+-]/.test(m[7])) {
        zoneMs = (m[7][0] === '-' ? -1 : 1) * (+m[7].slice(1, 3) * 60 + +m[7].slice(3, 5)) * 60_000;
    }
    return { ms: base - zoneMs, resolutionMs: 1000 };
}
/** Unix milliseconds (13 digits) or seconds (10 digits), as S3 prints X-Amz-Date in "not yet valid". */
function parseEpoch(text) {
    const t = text.trim();
    if (/^\d{13}$/.test(t))
        return { ms: Number(t), resolutionMs: 1 };
    if (/^\d{10}$/.test(t))
        return { ms: Number(t) * 1000, resolutionMs: 1000 };
    return undefined;
}
/** Any of the above, in the order of how specific the format is. */
function parseInstant(text) {
    return parseBasicIso(text) ?? parseIso(text) ?? parseRfc1123(text) ?? parseEpoch(text);
}
/** apt's "439d 20h 2min 38s" (units may be missing from the front or the back). */
function parseAptDuration(text) {
    const m = /^\s*(?:(\d{1,6})d)?\s*(?:(\d{1,3})h)?\s*(?:(\d{1,3})min)?\s*(?:(\d{1,3})s)?\s*$/.exec(text);
    if (!m || (m[1] ?? m[2] ?? m[3] ?? m[4]) === undefined)
        return undefined;
    const [d, h, mi, s] = [m[1], m[2], m[3], m[4]].map((v) => (v === undefined ? 0 : Number(v)));
    return ((d * 24 + h) * 60 + mi) * 60_000 + s * 1000;
}
function iso(ms) {
    return Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString() : String(ms);
}

;// CONCATENATED MODULE: ./src/explain/types.ts
/**
 * What the explain parsers say about one error text. Pure data.
 *
 * Sign convention as everywhere: offset = reference time \u2212 runner time, positive = the runner (the
 * signer, the client) was behind. The "reference" is the other side of the exchange: AWS, GitHub,
 * Entra ID, the KDC, the archive that dated a Release file.
 */
const MINUTE_MS = 60_000;

;// CONCATENATED MODULE: ./src/explain/actions-runner.ts
/**
 * The GitHub Actions runner (and the Azure Pipelines agent it came from) authenticates with a JWT it signs
 * with its own clock; the token service checks it against its clock:
 *
 *   VssOAuthTokenRequestException: The token is not valid until 06/10/2020 19:05:24. Current server time is
 *   06/10/2020 18:05:26.
 *   \u2026 The bearer token expired on F. Current server time is T.
 *   The local machine's clock may be out of sync with the server time by more than five minutes. \u2026
 *
 * "Not valid until F": F is the token's nbf, the runner's clock when it signed (or a little earlier), T the
 * service's clock on arrival. offset = (T \u2212 delay) \u2212 (F + margin) \u2264 T \u2212 F: the runner was ahead by at least
 * F \u2212 T. "Expired on E": E is the token's exp; T \u2212 E is how late it arrived, the runner's clock was behind
 * or the token was kept too long; the lifetime is not printed, so no offset follows.
 * The runner's own sentence gives |offset| > 5 min, direction unknown (it prints it for both texts).
 * A bare VssOAuthTokenRequestException is not recognised: the same exception says "Registration \u2026 was not
 * found" for a deleted runner.
 *
 * Dates are .NET's culture-dependent M/d/yyyy (or d/M/yyyy) with a 24-hour or AM/PM time. Both read the
 * same way, so their difference does not depend on the zone; when the day and month could be either way
 * round and that changes the difference, no number is given.
 */




const SERVICE = 'GitHub Actions runner token service (OAuth JWT)';
const DATE = '(\\d{1,2}/\\d{1,2}/\\d{4},? \\d{1,2}:\\d{2}:\\d{2}(?: ?[AP]M)?)';
const NOT_YET = new RegExp(`is not valid until ${DATE}\\.?\\s*Current server time is ${DATE}`, 'g');
const EXPIRED = new RegExp(`expired on ${DATE}\\.?\\s*Current server time is ${DATE}`, 'g');
const OUT_OF_SYNC = /The local machine's clock may be out of sync with the server time by more than five minutes/g;
function read(text, dayFirst) {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2}):(\d{2}):(\d{2})(?: ?([AP]M))?$/.exec(text);
    if (!m)
        return undefined;
    const [a, b, y, h0, mi, s] = [+m[1], +m[2], +m[3], +m[4], +m[5], +m[6]];
    const [mo, d] = dayFirst ? [b, a] : [a, b];
    let h = h0;
    if (m[7]) {
        if (h < 1 || h > 12)
            return undefined;
        h = (h % 12) + (m[7] === 'PM' ? 12 : 0);
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59)
        return undefined;
    const ms = Date.UTC(y, mo - 1, d, h, mi, s);
    return new Date(ms).getUTCDate() === d ? ms : undefined;
}
/** The difference later \u2212 earlier, if every reading of the two dates that is valid gives the same. */
function difference(tokenText, serverText) {
    const readings = [false, true]
        .map((dayFirst) => ({ token: read(tokenText, dayFirst), server: read(serverText, dayFirst) }))
        .filter((r) => r.token !== undefined && r.server !== undefined);
    if (readings.length === 0)
        return undefined;
    const gaps = new Set(readings.map((r) => r.server - r.token));
    return gaps.size === 1 ? readings[0] : undefined;
}
const recognizeActionsRunner = (text) => {
    const hits = [];
    for (const [re, notYet] of [
        [NOT_YET, true],
        [EXPIRED, false],
    ]) {
        for (const m of matches(re, text, hits, 50)) {
            const end = m.index + m[0].length;
            const base = {
                recognized: true,
                kind: notYet ? 'github-runner-token-not-yet-valid' : 'github-runner-token-expired',
                family: 'token',
                service: SERVICE,
                evidence: excerpt(text, Math.max(0, m.index - 60), end),
                direction: notYet ? 'ahead' : 'behind',
                consistent: true,
                confidence: 'certain',
                start: m.index,
                end,
            };
            const d = difference(m[1], m[2]);
            if (!d) {
                hits.push({
                    ...base,
                    derivation: `The dates ${m[1]} and ${m[2]} can be read day-first or month-first with different results, so only the direction follows.`,
                });
                continue;
            }
            const gap = d.server - d.token;
            const times = { [notYet ? 'notBefore' : 'expires']: iso(d.token), serverTime: iso(d.server) };
            if (notYet ? gap >= 0 : gap <= 0) {
                hits.push({
                    ...base,
                    times,
                    consistent: false,
                    inconsistency: `the server time ${m[2]} is not ${notYet ? 'before' : 'after'} ${m[1]}`,
                });
                continue;
            }
            hits.push(notYet
                ? {
                    ...base,
                    times,
                    impliedOffsetMs: gap,
                    offsetBoundMs: { max: gap + 1000 },
                    derivation: `The runner dated its token valid from ${m[1]} by its clock; it reached the service at ${m[2]} by the service's clock, ${Math.round(-gap / 1000)} s earlier. Delay cannot make a token arrive before it was made, so the runner's clock was ahead by at least that much.`,
                }
                : {
                    ...base,
                    times,
                    derivation: `The runner's token expired at ${m[1]} and reached the service at ${m[2]}, ${Math.round(gap / 1000)} s late: the runner's clock was behind by more than the token's lifetime, or the token was kept too long. The lifetime is not printed, so no offset follows.`,
                });
        }
    }
    for (const m of matches(OUT_OF_SYNC, text, hits, 60)) {
        hits.push({
            recognized: true,
            kind: 'github-runner-clock-out-of-sync',
            family: 'token',
            service: SERVICE,
            evidence: excerpt(text, m.index, m.index + m[0].length),
            absOffsetMinMs: 5 * MINUTE_MS,
            windowMs: 5 * MINUTE_MS,
            consistent: true,
            confidence: 'likely',
            derivation: "The runner saw the token service reject its token with a 'Current server time is \u2026' message: the runner's clock and the service's differ by more than 5 minutes, in a direction this line does not say (the token service's own message, when logged, does).",
            start: m.index,
            end: m.index + m[0].length,
        });
    }
    return hits;
};

;// CONCATENATED MODULE: ./src/explain/apt.ts
/**
 * apt's Release-file date checks, against the runner's clock:
 *
 *   E: Release file for URL is not valid yet (invalid for another 5h 3min 2s). \u2026
 *   E: Release file for URL is expired (invalid since 3h 46min 2s). \u2026
 *
 * "Not valid yet": the Release file's Date is D after the runner's clock. The archive wrote that Date when
 * it built the file, which is before now, so true now \u2265 runner + D: offset \u2265 D (the runner is behind by at
 * least D, usually by more, since Release files are hours old when fetched).
 * "Expired": Valid-Until passed by the runner's clock D ago. A stale mirror does that with a correct clock;
 * only if the mirror is fresh was the runner ahead by at least D. Hence "possible".
 */



const apt_SERVICE = 'apt (Debian/Ubuntu package index)';
const apt_NOT_YET = /Release file for\s+(\S{1,400}?)\s+is not valid yet\s*\(invalid for another\s+([0-9dhmins ]{1,40})\)/gi;
const apt_EXPIRED = /Release file for\s+(\S{1,400}?)\s+is expired\s*\(invalid since\s+([0-9dhmins ]{1,40})\)/gi;
const recognizeApt = (text) => {
    const hits = [];
    for (const [re, notYet] of [
        [apt_NOT_YET, true],
        [apt_EXPIRED, false],
    ]) {
        for (const m of matches(re, text, hits, 200)) {
            const d = parseAptDuration(m[2]);
            const hit = {
                recognized: true,
                kind: notYet ? 'apt-release-not-yet-valid' : 'apt-release-expired',
                family: 'repository',
                service: apt_SERVICE,
                evidence: excerpt(text, m.index, m.index + m[0].length),
                direction: notYet ? 'behind' : 'ahead',
                consistent: true,
                confidence: notYet ? 'likely' : 'possible',
                start: m.index,
                end: m.index + m[0].length,
            };
            if (d === undefined) {
                hits.push({ ...hit, consistent: false, inconsistency: `unreadable duration '${m[2].trim()}'` });
                continue;
            }
            hits.push(notYet
                ? {
                    ...hit,
                    offsetBoundMs: { min: d },
                    derivation: `The Release file of ${m[1]} is dated ${m[2].trim()} after the runner's clock. The archive dated it when it built it, before now, so the runner's clock was behind by at least that much.`,
                }
                : {
                    ...hit,
                    offsetBoundMs: { max: -d },
                    derivation: `The Release file of ${m[1]} passed its Valid-Until ${m[2].trim()} ago by the runner's clock. A stale mirror does that with a correct clock; only if the mirror is current was the runner's clock ahead by at least that much.`,
                });
        }
    }
    return hits;
};

;// CONCATENATED MODULE: ./src/explain/aws-codes.ts
/**
 * AWS error codes that name a time problem without printing the times (query APIs such as EC2, and SDK
 * exceptions that keep only the code): RequestExpired, RequestInTheFuture, AuthFailure.
 *
 * Per the EC2 API reference, RequestExpired means the request arrived more than 15 minutes after its date
 * stamp, or the stamp is more than 15 minutes in the future, or temporary credentials expired: the
 * direction does not follow from the code alone (only MWS's "too far in the past" wording gives it).
 * AuthFailure is what EC2 answers for a skewed clock and for wrong credentials alike: only "possible".
 */




const aws_codes_SERVICE = 'AWS (query APIs: EC2 and others)';
const PATTERN = /\bRequestExpired\b|Request has expired|Request signature is too far in the (?:past|future)|\bRequestInTheFuture\b|\bAuthFailure\b|AWS was not able to validate the provided access credentials/gi;
/**
 * What the words after a RequestExpired say: which way (MWS's "too far in the past|future") and when it
 * was signed ("Timestamp date is \u2026"). Only what the hit does not know yet is filled in, so that a code and
 * its message merged into one hit keep what either of them said.
 */
function readExpiredDetails(hit, text, at) {
    const after = text.slice(at, at + 300);
    const wording = /too far in the (past|future)/i.exec(after)?.[1]?.toLowerCase();
    if (wording && !hit.direction)
        hit.direction = wording === 'past' ? 'behind' : 'ahead';
    const stamp = /Timestamp date(?: is|:)\s*(\d{4}-\d{2}-\d{2}T[0-9:.]{8,20}Z)/i.exec(after);
    const signed = stamp ? parseIso(stamp[1]) : undefined;
    if (signed && !hit.times)
        hit.times = { signedAt: iso(signed.ms) };
}
const recognizeAwsCodes = (text) => {
    const hits = [];
    let last;
    for (const m of matches(PATTERN, text, hits, 50)) {
        const word = m[0].toLowerCase();
        const kind = word === 'requestinthefuture'
            ? 'aws-request-in-the-future'
            : word.includes('authfailure') || word.includes('not able to validate')
                ? 'aws-auth-failure'
                : 'aws-request-expired';
        // The code and its message are one error: extend the previous hit instead of adding another.
        if (last && last.kind === kind && m.index - last.end < 300) {
            last.end = m.index + m[0].length;
            last.evidence = excerpt(text, last.start, last.end + 60);
            if (kind === 'aws-request-expired')
                readExpiredDetails(last, text, m.index);
            continue;
        }
        const near = text.slice(Math.max(0, m.index - 300), m.index + 400);
        // S3's presigned-URL XML says "Request has expired" too; s3.ts reads that one with its fields.
        if (kind === 'aws-request-expired' &&
            !/RequestExpired/.test(near) &&
            /<ServerTime>|<Expires>|X-Amz-Expires|AccessDenied/i.test(near)) {
            continue;
        }
        const hit = {
            recognized: true,
            kind,
            family: 'request-signature',
            service: aws_codes_SERVICE,
            evidence: excerpt(text, m.index, m.index + m[0].length + 80),
            consistent: true,
            confidence: kind === 'aws-auth-failure' ? 'possible' : 'likely',
            start: m.index,
            end: m.index + m[0].length,
        };
        if (kind === 'aws-request-expired') {
            hit.windowMs = 15 * MINUTE_MS;
            readExpiredDetails(hit, text, m.index);
            hit.derivation =
                'The service refused the request as too old (or dated too far ahead): its signing time and the service clock differ by more than 15 minutes, or temporary credentials expired. The text gives no server time, so no offset follows.';
        }
        else if (kind === 'aws-request-in-the-future') {
            hit.direction = 'ahead';
            hit.derivation =
                "The request was dated after the service's clock: the signer's clock was ahead. The text gives no times.";
        }
        else {
            hit.derivation =
                'EC2 answers AuthFailure both for wrong credentials and for a signature whose date is too far from its clock. If the credentials are right, suspect the clock.';
        }
        hits.push(hit);
        last = hit;
    }
    return hits;
};

;// CONCATENATED MODULE: ./src/explain/aws-sigv4.ts
/**
 * AWS Signature Version 4 time checks, as every AWS service words them:
 *
 *   Signature expired: A is now earlier than B (C - N min.)
 *   Signature not yet current: A is still later than B (C + N min.)
 *
 * A is the X-Amz-Date the signer's clock wrote into the signature. C is AWS's clock when the request
 * arrived. B is the edge of the window AWS accepts: C \u2212 N min for "expired", C + N min for "not yet
 * current". N is 5 for most services, 15 for some.
 *
 * Derivation. Let d \u2265 0 be the time between signing and arrival (queueing, retries, a frozen process).
 * True time at signing = C \u2212 d, the runner read A, so offset = (C \u2212 d) \u2212 A.
 * - Expired: offset = C \u2212 A \u2212 d \u2264 C \u2212 A. If the request left at once (d \u2248 0), offset \u2248 C \u2212 A, and that is
 *   the implied offset. It exceeds N min. But the same text appears with a correct clock and d > N min,
 *   which is why the diagnosis measures the clock now: C \u2212 A = offset + d.
 * - Not yet current: offset = C \u2212 A \u2212 d \u2264 C \u2212 A < \u2212N min. Delay only makes it more negative, so the
 *   signer's clock was ahead by at least A \u2212 C: no queue explains this one.
 * Both timestamps are whole seconds, so C \u2212 A is exact to \u00b11 s; the bound carries that second.
 *
 * Without the numbers (cut off, or elided by a wrapper) the phrase counts only in AWS's own form: a colon or
 * "is now earlier than" / "is still later than" after it, and not on a gpg line. gpg prints "gpg: Signature
 * expired Sat Nov 28 \u2026" for an OpenPGP signature past its expiry date (gpg.ts reads that one): taking it for
 * SigV4 would give the wrong direction and AWS advice.
 *
 * Self-consistency: B must equal C \u2213 N exactly and A must lie beyond B. Texts that fail this exist (AWS's
 * own knowledge-centre article prints one); they are reported as inconsistent and give no number.
 */



const aws_sigv4_SERVICE = 'AWS (Signature Version 4)';
const STAMP = '([0-9A-Za-z:.+-]{1,40}?)';
const FULL = {
    expired: new RegExp(`Signature expired:?\\s*${STAMP}\\s+is\\s+now\\s+earlier\\s+than\\s+${STAMP}\\s*\\(\\s*${STAMP}\\s*-\\s*(\\d{1,6})\\s*min\\.?\\s*\\)`, 'iy'),
    'not-yet-current': new RegExp(`Signature not yet current:?\\s*${STAMP}\\s+is\\s+still\\s+later\\s+than\\s+${STAMP}\\s*\\(\\s*${STAMP}\\s*\\+\\s*(\\d{1,6})\\s*min\\.?\\s*\\)`, 'iy'),
};
const START = /Signature (expired|not yet current)/gi;
const AWS_FORM = /^Signature (?:expired|not yet current)(?:\s*:|\s+\S{1,40}\s+is\s+(?:now\s+earlier|still\s+later)\s+than)/i;
const GPG_LINE = /gpg:[ \t]*$/;
/** Whether a partial "Signature expired" is AWS's: its own punctuation or wording, and not gpg's line. */
function awsForm(text, start) {
    if (GPG_LINE.test(text.slice(Math.max(0, start - 20), start)))
        return false;
    return AWS_FORM.test(text.slice(start, start + 120));
}
function unreadable(stamps) {
    const bad = stamps
        .filter(([, s]) => s !== undefined && parseBasicIso(s) === undefined)
        .map(([n, s]) => `${n} '${s}'`);
    return bad.length > 0 ? `unreadable timestamp: ${bad.join(', ')}` : undefined;
}
function fromFull(variant, text, start, m) {
    const [aText, bText, cText, nText] = [m[1], m[2], m[3], m[4]];
    const windowMs = Number(nText) * MINUTE_MS;
    const expired = variant === 'expired';
    const base = {
        recognized: true,
        kind: expired ? 'aws-sigv4-signature-expired' : 'aws-sigv4-signature-not-yet-current',
        family: 'request-signature',
        service: aws_sigv4_SERVICE,
        evidence: excerpt(text, start, start + m[0].length),
        windowMs,
        direction: expired ? 'behind' : 'ahead',
        consistent: true,
        confidence: 'certain',
        start,
        end: start + m[0].length,
    };
    const problem = unreadable([
        ['signed', aText],
        ['limit', bText],
        ['server', cText],
    ]);
    if (problem)
        return { ...base, consistent: false, inconsistency: problem };
    const [a, b, c] = [aText, bText, cText].map((s) => parseBasicIso(s));
    const times = { signedAt: iso(a.ms), limit: iso(b.ms), serverTime: iso(c.ms) };
    const expectedLimit = expired ? c.ms - windowMs : c.ms + windowMs;
    if (b.ms !== expectedLimit) {
        return {
            ...base,
            times,
            consistent: false,
            inconsistency: `the limit ${bText} should be the server time ${cText} ${expired ? '\u2212' : '+'} ${nText} min = ${iso(expectedLimit)}, but is not: the text was edited or garbled, so its numbers cannot be trusted`,
        };
    }
    if (expired ? a.ms >= b.ms : a.ms <= b.ms) {
        return {
            ...base,
            times,
            consistent: false,
            inconsistency: `the signing time ${aText} is not ${expired ? 'earlier' : 'later'} than the limit ${bText}, so AWS would have accepted it: the text contradicts itself`,
        };
    }
    const implied = c.ms - a.ms;
    return {
        ...base,
        times,
        impliedOffsetMs: implied,
        offsetBoundMs: { max: implied + 1000 },
        derivation: expired
            ? `Signed at ${aText} by the runner's clock, received at ${cText} by AWS's: ${Math.round(implied / 1000)} s apart, over the ${nText} min AWS allows. That is the runner's offset if the request was sent as soon as it was signed; any time it spent queued or retrying between signing and arrival is part of the ${Math.round(implied / 1000)} s, so the offset is at most that.`
            : `Signed at ${aText} by the runner's clock, received at ${cText} by AWS's: the signature is dated ${Math.round(-implied / 1000)} s after it arrived. Delay cannot make a signature arrive before it was made, so the signer's clock was ahead by at least that much.`,
    };
}
function fromPartial(variant, text, start, matched) {
    // "Signature expired: ... is now earlier than ..." with the numbers elided or cut off by a log limit.
    const tail = text.slice(start, start + 240);
    const n = /([-+])\s*(\d{1,4})\s*min/.exec(tail);
    const expired = variant === 'expired';
    const hasStamps = /\d{8}T\d{6}Z/.test(tail);
    const lineEnd = tail.indexOf('\n');
    return {
        recognized: true,
        kind: expired ? 'aws-sigv4-signature-expired' : 'aws-sigv4-signature-not-yet-current',
        family: 'request-signature',
        service: aws_sigv4_SERVICE,
        evidence: excerpt(text, start, start + Math.max(matched.length, lineEnd > 0 ? Math.min(lineEnd, 200) : 200)),
        windowMs: n ? Number(n[2]) * MINUTE_MS : undefined,
        direction: expired ? 'behind' : 'ahead',
        consistent: !hasStamps,
        inconsistency: hasStamps
            ? 'the timestamps are not in the form AWS prints (A is now earlier than B (C - N min.))'
            : undefined,
        confidence: 'certain',
        start,
        end: start + matched.length,
    };
}
const recognizeSigV4 = (text) => {
    const hits = [];
    START.lastIndex = 0;
    for (let m = START.exec(text); m !== null; m = START.exec(text)) {
        const variant = m[1].toLowerCase() === 'expired' ? 'expired' : 'not-yet-current';
        const full = FULL[variant];
        full.lastIndex = m.index;
        const f = full.exec(text);
        if (f) {
            hits.push(fromFull(variant, text, m.index, f));
            START.lastIndex = m.index + f[0].length;
        }
        else if (awsForm(text, m.index)) {
            hits.push(fromPartial(variant, text, m.index, m[0]));
        }
        if (hits.length >= 100)
            break;
    }
    return hits;
};

;// CONCATENATED MODULE: ./src/explain/azure.ts
/**
 * Microsoft Entra ID (Azure AD) client assertions:
 *
 *   AADSTS700024: Client assertion is not within its valid time range. Current time: T, assertion valid
 *   from F, expiry time of assertion E.
 *
 * T is Entra's clock; F and E are the assertion's nbf and exp, written by whoever made the assertion: the
 * runner (MSAL with a certificate credential) or GitHub's token service (OIDC federation, azure/login).
 * F = 1970-01-01T00:00:00 means the assertion had no nbf.
 *
 * - T > E (expired). With an nbf, the assertion was made at F and lives L = E \u2212 F. offset of its maker
 *   = (T \u2212 u) \u2212 F, u \u2265 0 the time between making and use, so T \u2212 F is the implied offset if it was used at
 *   once, and an upper bound. Long jobs that reuse an assertion (azure/login's OIDC token in a job longer
 *   than its lifetime, an MSAL cache bug) give the same text with correct clocks. Without nbf only the
 *   lateness T \u2212 E follows.
 * - T < F (not yet valid): offset \u2264 T \u2212 F < 0: the maker's clock was ahead by at least F \u2212 T.
 * - F \u2264 T \u2264 E: Entra would have accepted it; the text contradicts itself.
 * Older codes (AADSTS50012, AADSTS50013) say the same without times.
 */



const azure_SERVICE = 'Microsoft Entra ID (client assertion)';
// An ISO time, or (in a garbled text) any other token up to the next comma, which is then reported unreadable.
const TIME = '(\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.]{2,20})?(?:Z|[+-]\\d{2}:?\\d{2})?|[^,\\s]{1,40})';
const azure_PATTERN = /(?:(AADSTS\d{5,6}):?\s*)?(?:Client )?[Aa]ssertion is not within its valid time range\.?/g;
const DETAIL = new RegExp(`\\s*Current time:\\s*${TIME}\\s*,\\s*assertion valid from\\s*${TIME}\\s*,\\s*expiry time of assertion\\s*${TIME}`, 'iy');
function readTime(s) {
    return parseIso(s.replace(/\.$/, ''))?.ms;
}
const recognizeAzure = (text) => {
    const hits = [];
    for (const m of matches(azure_PATTERN, text, hits, 50)) {
        DETAIL.lastIndex = m.index + m[0].length;
        const d = DETAIL.exec(text);
        const end = d ? d.index + d[0].length : m.index + m[0].length;
        const hit = {
            recognized: true,
            kind: 'azure-assertion-time-range',
            family: 'token',
            service: azure_SERVICE + (m[1] ? ` ${m[1]}` : ''),
            evidence: excerpt(text, m.index, end),
            consistent: true,
            confidence: 'certain',
            start: m.index,
            end,
        };
        if (!d) {
            hits.push({
                ...hit,
                derivation: 'Entra refused an assertion outside its nbf\u2013exp range by Entra\u2019s clock. The text gives no times.',
            });
            continue;
        }
        const [tText, fText, eText] = [d[1], d[2], d[3]];
        const [t, f, e] = [readTime(tText), readTime(fText), readTime(eText)];
        if (t === undefined || f === undefined || e === undefined) {
            const bad = [
                ['current time', tText, t],
                ['valid from', fText, f],
                ['expiry', eText, e],
            ]
                .filter(([, , v]) => v === undefined)
                .map(([n, s]) => `${n} '${s}'`);
            hits.push({ ...hit, consistent: false, inconsistency: `unreadable time: ${bad.join(', ')}` });
            continue;
        }
        const hasNbf = f > 0;
        const times = { serverTime: iso(t), expires: iso(e) };
        if (hasNbf)
            times.notBefore = iso(f);
        if (t > e) {
            const lateS = Math.round((t - e) / 1000);
            if (!hasNbf) {
                hits.push({
                    ...hit,
                    times,
                    direction: 'behind',
                    derivation: `The assertion expired at ${eText} and reached Entra at ${tText} by Entra's clock, ${lateS} s late. It has no nbf, so when it was made, and so its maker's offset, does not follow.`,
                });
                continue;
            }
            if (e <= f) {
                hits.push({
                    ...hit,
                    times,
                    consistent: false,
                    inconsistency: `the expiry ${eText} is not after valid-from ${fText}`,
                });
                continue;
            }
            const implied = t - f;
            hits.push({
                ...hit,
                times,
                direction: 'behind',
                windowMs: e - f,
                impliedOffsetMs: implied,
                offsetBoundMs: { max: implied + 1000 },
                derivation: `The assertion was made at ${fText} (its nbf) to live ${Math.round((e - f) / 1000)} s, and reached Entra at ${tText}, ${lateS} s after it expired. That makes its maker's clock ${Math.round(implied / 1000)} s behind only if it was used as soon as it was made; an assertion reused later (a long job, a token cache) gives the same text with correct clocks.`,
            });
            continue;
        }
        if (t < f) {
            const implied = t - f;
            hits.push({
                ...hit,
                times,
                direction: 'ahead',
                windowMs: e > f ? e - f : undefined,
                impliedOffsetMs: implied,
                offsetBoundMs: { max: implied + 1000 },
                derivation: `The assertion is valid from ${fText} but reached Entra at ${tText} by Entra's clock, ${Math.round(-implied / 1000)} s before it was made: its maker's clock was ahead by at least that much.`,
            });
            continue;
        }
        hits.push({
            ...hit,
            times,
            consistent: false,
            inconsistency: `the current time ${tText} lies inside the validity range ${fText} \u2013 ${eText}, so Entra would have accepted it: the text contradicts itself`,
        });
    }
    return hits;
};

;// CONCATENATED MODULE: ./src/explain/file-times.ts
/**
 * Build tools that compare files' modification times with the runner's clock.
 *
 * GNU make: "Warning: File 'F' has modification time N s in the future", then "Clock skew detected. Your
 * build may be incomplete." GNU tar: "F: time stamp D is N s in the future" when extracting.
 *
 * A file's time was written by some clock when it was written, before now. If that clock was right, the
 * runner's clock is behind by at least N s. Two other stories give the same text with this runner's clock
 * right now: the files were written while this clock was ahead (it has been stepped back since), or by a
 * machine whose clock is ahead (an archive's builder, a network share, a container's host). Hence
 * "likely", and the diagnosis, which measures the clock now, tells these apart.
 */


const MAKE = /File '([^'\n]{1,400})' has modification time ([0-9]{1,12}(?:\.[0-9]{1,9})?(?:e\+?[0-9]{1,3})?) s in the future/g;
const MAKE_SKEW = /Clock skew detected\.\s+Your build may be incomplete\./g;
// Anchored on its literal words (the file name before them is read backwards to the line start), so
// that a long log is scanned once.
const TAR = /: time stamp (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,9})?) is ([0-9]{1,12}(?:\.[0-9]{1,9})?) s in the future/g;
function tarMember(text, colon) {
    const line = text.slice(Math.max(0, colon - 400), colon);
    return line.slice(line.lastIndexOf('\n') + 1).replace(/^tar: /, '');
}
function hit(text, m, kind, service) {
    return {
        recognized: true,
        kind,
        family: 'file-timestamp',
        service,
        evidence: excerpt(text, m.index, m.index + m[0].length),
        direction: 'behind',
        consistent: true,
        confidence: 'likely',
        start: m.index,
        end: m.index + m[0].length,
    };
}
const OTHER_STORIES = 'unless the files were written while this clock was ahead (it has been stepped back since) or on a machine whose clock is ahead';
const recognizeFileTimes = (text) => {
    const hits = [];
    for (const m of matches(MAKE, text, hits, 50)) {
        const n = Number(m[2]);
        if (!Number.isFinite(n))
            continue;
        // make rounds the figure it prints; one second of slack keeps the bound true.
        hits.push({
            ...hit(text, m, 'make-mtime-in-future', 'GNU make (on the runner)'),
            offsetBoundMs: { min: Math.max(0, Math.floor(n * 1000) - 1000) },
            derivation: `make found '${m[1]}' dated ${m[2]} s after the runner's clock. The file was written before now, so the runner's clock was behind by at least that much (less a second for rounding), ${OTHER_STORIES}.`,
        });
    }
    for (const m of matches(MAKE_SKEW, text, hits, 60)) {
        hits.push({
            ...hit(text, m, 'make-mtime-in-future', 'GNU make (on the runner)'),
            derivation: `make found files dated after the runner's clock: the runner's clock was behind, ${OTHER_STORIES}. This line gives no size; the "has modification time \u2026 in the future" line before it does.`,
        });
    }
    let last;
    for (const m of matches(TAR, text, hits, 120)) {
        const n = Number(m[2]);
        const minMs = Math.floor(n * 1000);
        const member = {
            ...hit(text, m, 'tar-time-stamp-in-future', 'GNU tar (on the runner)'),
            offsetBoundMs: { min: minMs },
            derivation: `tar found '${tarMember(text, m.index)}' dated ${m[1]}, ${m[2]} s after the runner's clock. The archive recorded the time the file was written, before now, so the runner's clock was behind by at least that much, ${OTHER_STORIES}.`,
        };
        // tar warns once per member, and they are one error whose bound is the largest gap. The evidence
        // and the words are that member's, so that the number shown is the number explained.
        if (last && m.index - last.end < 200) {
            last.end = member.end;
            if (minMs > (last.offsetBoundMs?.min ?? 0)) {
                last.evidence = member.evidence;
                last.offsetBoundMs = member.offsetBoundMs;
                last.derivation = member.derivation;
            }
            continue;
        }
        last = member;
        hits.push(last);
    }
    return hits;
};

;// CONCATENATED MODULE: ./src/explain/gpg.ts
/**
 * GnuPG's own time checks, against the runner's clock.
 *
 * "key K was created N seconds in the future (time warp or clock problem)": the key's creation time, written
 * by its owner's clock, is N s after the runner's clock (gpg subtracts whole seconds). The key was made
 * before it reached the runner, so if its owner's clock was right the runner was behind by at least N \u2212 1 s
 * (more if the key is older). An owner whose clock was ahead gives the same text, hence "likely".
 *
 * "Signature expired <date>" (and "Expired signature from \u2026"): the signature's expiry date is before the
 * runner's clock. Usually it really expired; only if it is still valid was the runner ahead. gpg prints the
 * expiry date, not the runner's time, so only the direction follows. This is not AWS's "Signature expired:
 * A is now earlier than B": aws-sigv4.ts leaves gpg's lines alone, and this reads only gpg's wording.
 */


const gpg_SERVICE = 'GnuPG (on the runner)';
const KEY_FUTURE = /key ([0-9A-F]{8,40}) was created (\d{1,12}) seconds? in the future \(time warp or clock problem\)/g;
const SIG_EXPIRED = /gpg: Signature expired ((?:[A-Z][a-z]{2},? )?[^\n]{4,60}?)\s*$|gpg: Expired signature from [^\n]{1,200}/gm;
const recognizeGpg = (text) => {
    const hits = [];
    let last;
    for (const m of matches(KEY_FUTURE, text, hits, 50)) {
        const n = Number(m[2]);
        // gpg repeats the line for each self-signature it checks: one error.
        if (last && m.index - last.end < 200 && last.offsetBoundMs?.min === (n - 1) * 1000) {
            last.end = m.index + m[0].length;
            continue;
        }
        last = {
            recognized: true,
            kind: 'gpg-key-created-in-future',
            family: 'openpgp',
            service: gpg_SERVICE,
            evidence: excerpt(text, m.index, m.index + m[0].length),
            direction: 'behind',
            offsetBoundMs: { min: (n - 1) * 1000 },
            consistent: true,
            confidence: 'likely',
            derivation: `The key ${m[1]} is dated ${n} s after the runner's clock by its owner's clock. Keys are made before they are imported, so the runner's clock was behind by at least ${Math.max(0, n - 1)} s (gpg counts whole seconds), unless the key's owner had a clock ahead.`,
            start: m.index,
            end: m.index + m[0].length,
        };
        hits.push(last);
    }
    let lastSig;
    for (const m of matches(SIG_EXPIRED, text, hits, 100)) {
        const end = m.index + m[0].length;
        if (lastSig && m.index - lastSig.end < 600) {
            // "Expired signature from \u2026" and "Signature expired \u2026" of one verification are one error.
            lastSig.end = end;
            lastSig.evidence = excerpt(text, lastSig.start, end);
            continue;
        }
        lastSig = {
            recognized: true,
            kind: 'gpg-signature-expired',
            family: 'openpgp',
            service: gpg_SERVICE,
            evidence: excerpt(text, m.index, end),
            direction: 'ahead',
            consistent: true,
            confidence: 'possible',
            derivation: "gpg found the signature's expiry date before the runner's clock. Usually the signature really expired (get a newly signed file); only if it is still valid was the runner's clock ahead. gpg does not print the runner's time, so how far does not follow.",
            start: m.index,
            end,
        };
        hits.push(lastSig);
    }
    return hits;
};

;// CONCATENATED MODULE: ./src/explain/jwt.ts
/**
 * JSON Web Tokens checked against the issuer's claims: GitHub App JWTs and Google service-account JWTs.
 * The runner writes `iat` and `exp` from its own clock; the service compares them with its clock.
 *
 * GitHub App (docs: iat 60 s in the past to allow for drift, exp at most 10 min in the future):
 * - "'Issued at' claim ('iat') must be an Integer representing a time in the past" (older wording: "\u2026the
 *   time that the assertion was issued"): iat is after GitHub's clock. Libraries date iat 30\u201360 s back,
 *   so the runner was ahead by more than that margin. Direction: ahead; no number.
 * - "'Expiration time' claim ('exp') is too far in the future": exp \u2212 GitHub's now > 10 min. Libraries set
 *   exp = now + 10 min (or slightly less), so a runner ahead by more than that margin trips it. Ahead.
 * - "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the
 *   assertion expires": exp is already past by GitHub's clock: the runner was behind by more than the
 *   JWT's lifetime (\u2264 10 min), or the JWT was used after it expired. Behind.
 *
 * Google: "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.
 * Check your iat and exp values\u2026": iat/exp out of range of Google's clock, either way, or exp \u2212 iat over
 * 60 min. No direction, no number.
 */



const GITHUB = 'GitHub App authentication (JWT)';
const GOOGLE = 'Google OAuth (service-account JWT)';
const RULES = [
    {
        pattern: /'?Issued at'? claim \(?'?iat'?\)? must be an Integer representing (?:a time in the past|the time that the assertion was issued)/gi,
        kind: 'github-app-jwt-iat',
        service: GITHUB,
        build: () => ({
            direction: 'ahead',
            confidence: 'likely',
            derivation: "GitHub refuses a JWT whose iat is later than its own clock. Libraries date iat 30\u201360 s in the past, so the runner's clock was ahead by more than that margin, or the JWT was built from a wrong time (local time read as UTC).",
        }),
    },
    {
        pattern: /'?Expiration time'? claim \(?'?exp'?\)? is too far in the future/gi,
        kind: 'github-app-jwt-exp-too-far',
        service: GITHUB,
        build: () => ({
            direction: 'ahead',
            windowMs: 10 * MINUTE_MS,
            offsetBoundMs: { max: 0 },
            confidence: 'likely',
            derivation: "GitHub refuses an exp more than 10 minutes after its own clock. Libraries set exp to now + 10 min or a little less, so a runner clock ahead by more than that small margin trips it: the runner's clock was ahead.",
        }),
    },
    {
        pattern: /'?Expiration time'? claim \(?'?exp'?\)? must be a numeric value representing the future time/gi,
        kind: 'github-app-jwt-exp-past',
        service: GITHUB,
        build: () => ({
            direction: 'behind',
            windowMs: 10 * MINUTE_MS,
            offsetBoundMs: { min: 0 },
            confidence: 'likely',
            derivation: "GitHub found the JWT's exp already past by its clock: the runner's clock was behind by more than the JWT's lifetime (at most 10 min), or the JWT was used after it had expired.",
        }),
    },
    {
        pattern: /Invalid JWT:?\s*Token must be a short-lived token(?:\s*\(60 minutes\))?\s*and in a reasonable timeframe/gi,
        kind: 'google-invalid-jwt-time',
        service: GOOGLE,
        build: () => ({
            windowMs: 60 * MINUTE_MS,
            confidence: 'likely',
            derivation: "Google refuses a JWT whose iat or exp is out of range of its clock, or whose lifetime exceeds 60 minutes. The runner's clock is off in one direction or the other, or the token was built with wrong times; the text does not say which.",
        }),
    },
];
const recognizeJwt = (text) => {
    const hits = [];
    for (const rule of RULES) {
        for (const m of matches(rule.pattern, text, hits, 100)) {
            hits.push({
                recognized: true,
                kind: rule.kind,
                family: 'token',
                service: rule.service,
                evidence: excerpt(text, m.index, m.index + m[0].length + (rule.kind === 'google-invalid-jwt-time' ? 120 : 0)),
                consistent: true,
                start: m.index,
                end: m.index + m[0].length,
                ...rule.build(),
            });
        }
    }
    return hits;
};

;// CONCATENATED MODULE: ./src/explain/jwt-libraries.ts
/**
 * JWT libraries that verify a token on the runner, against the runner's clock: the token's issuer (an
 * identity provider, a service) dated it with its own clock. So the direction is the other way round from
 * GitHub App JWTs (jwt.ts), where the runner makes the token and the service checks it.
 *
 * Not yet valid (iat or nbf after the runner's now): the issuer dated the token before it was verified, so
 * the runner's clock was behind the issuer's. Libraries print no runner time (PyJWT, jose, go-jose,
 * golang-jwt) or only the token's nbf (jsonwebtoken's `date`), so only the direction follows.
 * Expired (exp before the runner's now): usually the token really expired (kept too long); only if it was
 * fresh was the runner's clock ahead. Direction ahead, "possible".
 *
 * google-auth prints both numbers: "Token used too early, NOW < IAT" (NOW the runner's clock, IAT the
 * issuer's, whole seconds), raised when NOW < IAT \u2212 its clock-skew allowance. The token was issued before
 * it was verified, so the offset is at least IAT \u2212 NOW \u2212 1 s (the 1 s for the two truncations), and about
 * IAT \u2212 NOW if it was verified as soon as it was issued. "Token expired, LATEST < NOW", LATEST = exp + the
 * allowance: only if the token was still valid was the runner ahead, by at least NOW \u2212 LATEST.
 *
 * openid-client 5 prints the runner's clock too: "JWT not active yet, now N, nbf M" (N = the runner's whole
 * seconds plus the clock tolerance, which only makes N larger), so the offset is at least M \u2212 N \u2212 1 s; "JWT
 * expired, now N, exp E" (N = seconds minus the tolerance): only if the token was fresh was the runner ahead,
 * by at least N \u2212 E. openid-client 6 (oauth4webapi) names the claim but prints its numbers only as a nested
 * object that console output folds away ("claims: [Object]"): direction only.
 *
 * A maximum token age (jose's maxTokenAge, oauth4webapi's 1 h on authorization responses) fails the other
 * way: "iat \u2026 too far in the past" is a token older than allowed by the runner's clock, so the runner was
 * ahead or the token is really old, never behind.
 *
 * Each library's own wording and exception name are required, never a bare phrase: "Signature has expired"
 * alone is also what other services say, and gpg's "Signature expired" is about something else entirely.
 */



const VERIFY = 'JWT verification on the runner';
const jwt_libraries_RULES = [
    // PyJWT
    {
        pattern: /ImmatureSignatureError:?\s*The token is not yet valid \((?:iat|nbf)\)/g,
        kind: 'jwt-not-yet-valid',
        service: `${VERIFY} (PyJWT)`,
    },
    {
        pattern: /ExpiredSignatureError:?\s*Signature has expired/g,
        kind: 'jwt-expired',
        service: `${VERIFY} (PyJWT)`,
    },
    // jsonwebtoken (Node)
    {
        pattern: /NotBeforeError:?\s*jwt not active/g,
        kind: 'jwt-not-yet-valid',
        service: `${VERIFY} (jsonwebtoken)`,
    },
    { pattern: /TokenExpiredError:?\s*jwt expired/g, kind: 'jwt-expired', service: `${VERIFY} (jsonwebtoken)` },
    // jose (Node): the claim name is quoted in the message; for iat the reason in brackets says which way.
    {
        pattern: /"nbf" claim timestamp check failed|"iat" claim timestamp check failed \(it should be in the past\)/g,
        kind: 'jwt-not-yet-valid',
        service: `${VERIFY} (jose)`,
    },
    { pattern: /"exp" claim timestamp check failed/g, kind: 'jwt-expired', service: `${VERIFY} (jose)` },
    {
        pattern: /"iat" claim timestamp check failed \(too far in the past\)/g,
        kind: 'jwt-expired',
        service: `${VERIFY} (jose)`,
        tooOld: true,
    },
    // openid-client 6 and oauth4webapi (Node)
    {
        pattern: /unexpected JWT "nbf" \(not before\) claim value/g,
        kind: 'jwt-not-yet-valid',
        service: `${VERIFY} (openid-client / oauth4webapi)`,
    },
    {
        pattern: /unexpected JWT "exp" \(expiration time\) claim value, expiration is past current timestamp/g,
        kind: 'jwt-expired',
        service: `${VERIFY} (openid-client / oauth4webapi)`,
    },
    {
        pattern: /unexpected JWT "iat" \(issued at\) claim value, it is too far in the past/g,
        kind: 'jwt-expired',
        service: `${VERIFY} (openid-client / oauth4webapi)`,
        tooOld: true,
    },
    // go-jose and golang-jwt (Go)
    {
        pattern: /go-jose\/jwt: validation (?:field|failed), token (?:issued in the future \(iat\)|not valid yet \(nbf\))|token has invalid claims: token (?:is not valid yet|used before issued)/g,
        kind: 'jwt-not-yet-valid',
        service: `${VERIFY} (Go)`,
    },
    {
        pattern: /go-jose\/jwt: validation failed, token is expired \(exp\)|token has invalid claims: token is expired/g,
        kind: 'jwt-expired',
        service: `${VERIFY} (Go)`,
    },
];
// openid-client 5 (and 4, which also checked iat): the runner's seconds and the token's.
const OPENID_CLIENT_EARLY = /JWT (?:not active yet|issued in the future), now (\d{9,11}), (nbf|iat) (\d{9,11})/g;
const OPENID_CLIENT_EXPIRED = /JWT expired, now (\d{9,11}), exp (\d{9,11})/g;
const OPENID_CLIENT = `${VERIFY} (openid-client)`;
function openidClientHits(text) {
    const hits = [];
    for (const [re, early] of [
        [OPENID_CLIENT_EARLY, true],
        [OPENID_CLIENT_EXPIRED, false],
    ]) {
        for (const m of matches(re, text, hits, 50)) {
            const end = m.index + m[0].length;
            const now = Number(m[1]) * 1000;
            const claim = early ? m[2] : 'exp';
            const at = Number(early ? m[3] : m[2]) * 1000;
            const base = {
                recognized: true,
                kind: early ? 'jwt-not-yet-valid' : 'jwt-expired',
                family: 'token',
                service: OPENID_CLIENT,
                evidence: excerpt(text, m.index, end),
                direction: early ? 'behind' : 'ahead',
                consistent: true,
                confidence: early ? 'certain' : 'possible',
                start: m.index,
                end,
            };
            if (early ? at <= now : at > now) {
                hits.push({
                    ...base,
                    consistent: false,
                    inconsistency: `now ${m[1]} does not fit ${claim} ${early ? m[3] : m[2]}`,
                });
                continue;
            }
            const times = {
                runnerTime: iso(now),
                [early ? (claim === 'nbf' ? 'notBefore' : 'issuedAt') : 'expires']: iso(at),
            };
            hits.push(early
                ? {
                    ...base,
                    times,
                    offsetBoundMs: { min: at - now - 1000 },
                    derivation: `The runner's clock read ${m[1]} (plus any clock tolerance) when it checked a token whose ${claim} is ${m[3]} by its issuer's clock. The token was dated before it was checked, so the runner's clock was behind by at least ${(at - now) / 1000 - 1} s (whole seconds on both sides).`,
                }
                : {
                    ...base,
                    times,
                    offsetBoundMs: { max: at - now + 1000 },
                    derivation: `The runner's clock read ${m[1]} (minus any clock tolerance), ${(now - at) / 1000} s after the token's exp (${m[2]}). Usually the token really expired; only if it was still valid was the runner's clock ahead, by at least that much.`,
                });
        }
    }
    return hits;
}
const GOOGLE_EARLY = /Token used too early,\s*(\d{9,11})\s*<\s*(\d{9,11})/g;
const GOOGLE_EXPIRED = /Token expired,\s*(\d{9,11})\s*<\s*(\d{9,11})/g;
const jwt_libraries_GOOGLE = 'google-auth token verification on the runner';
function jsonwebtokenDate(text, from, name) {
    // `date: 2026-11-27T17:44:12.000Z` in the error's printed fields, after its stack trace.
    const m = new RegExp(`\\b${name}:\\s*'?(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?Z)`).exec(text.slice(from, from + 4000));
    return m?.[1];
}
function libraryHits(text) {
    const hits = [];
    for (const rule of jwt_libraries_RULES) {
        for (const m of matches(rule.pattern, text, hits, 100)) {
            const notYet = rule.kind === 'jwt-not-yet-valid';
            const end = m.index + m[0].length;
            const hit = {
                recognized: true,
                kind: rule.kind,
                family: 'token',
                service: rule.service,
                evidence: excerpt(text, m.index, end),
                direction: notYet ? 'behind' : 'ahead',
                consistent: true,
                confidence: notYet ? 'likely' : 'possible',
                derivation: notYet
                    ? "The token's iat or nbf, written by its issuer's clock, is later than the runner's clock: the runner's clock was behind the issuer's (or the issuer's clock is ahead). The text gives no runner time, so how far does not follow."
                    : rule.tooOld
                        ? "The token's iat is longer ago than the verifier's maximum token age, by the runner's clock. Usually the token really is that old; only if it was fresh was the runner's clock ahead. The text gives no runner time."
                        : "The token's exp is earlier than the runner's clock. Usually the token really expired (it was kept too long); only if it was fresh was the runner's clock ahead. The text gives no runner time.",
                start: m.index,
                end,
            };
            if (rule.service.endsWith('(jsonwebtoken)')) {
                const at = jsonwebtokenDate(text, end, notYet ? 'date' : 'expiredAt');
                if (at)
                    hit.times = { [notYet ? 'notBefore' : 'expires']: at };
            }
            hits.push(hit);
        }
    }
    return hits;
}
function googleHits(text) {
    const hits = [];
    for (const [re, early] of [
        [GOOGLE_EARLY, true],
        [GOOGLE_EXPIRED, false],
    ]) {
        for (const m of matches(re, text, hits, 50)) {
            const end = m.index + m[0].length;
            const base = {
                recognized: true,
                kind: early ? 'google-auth-token-used-too-early' : 'google-auth-token-expired',
                family: 'token',
                service: jwt_libraries_GOOGLE,
                evidence: excerpt(text, m.index, end),
                direction: early ? 'behind' : 'ahead',
                consistent: true,
                confidence: early ? 'certain' : 'possible',
                start: m.index,
                end,
            };
            if (early) {
                const [now, iat] = [Number(m[1]) * 1000, Number(m[2]) * 1000];
                if (iat <= now) {
                    hits.push({ ...base, consistent: false, inconsistency: `${m[1]} is not earlier than ${m[2]}` });
                    continue;
                }
                const gap = iat - now;
                hits.push({
                    ...base,
                    times: { runnerTime: iso(now), issuedAt: iso(iat) },
                    impliedOffsetMs: gap,
                    offsetBoundMs: { min: gap - 1000 },
                    derivation: `The runner's clock read ${m[1]} when it checked a token issued at ${m[2]} by its issuer's clock: ${gap / 1000} s before it was issued. It was issued before it was checked, so the runner's clock was behind by at least ${gap / 1000 - 1} s (whole seconds on both sides), and by about ${gap / 1000} s if it was checked as soon as it was issued.`,
                });
            }
            else {
                const [latest, now] = [Number(m[1]) * 1000, Number(m[2]) * 1000];
                if (latest >= now) {
                    hits.push({ ...base, consistent: false, inconsistency: `${m[1]} is not earlier than ${m[2]}` });
                    continue;
                }
                hits.push({
                    ...base,
                    times: { runnerTime: iso(now), expiresWithAllowance: iso(latest) },
                    offsetBoundMs: { max: latest - now + 1000 },
                    derivation: `The runner's clock read ${m[2]}, ${(now - latest) / 1000} s after the token's exp plus google-auth's clock-skew allowance (${m[1]}). Usually the token really expired; only if it was still valid was the runner's clock ahead, by at least that much.`,
                });
            }
        }
    }
    return hits;
}
const recognizeJwtLibraries = (text) => [
    ...libraryHits(text),
    ...openidClientHits(text),
    ...googleHits(text),
];

;// CONCATENATED MODULE: ./src/explain/kerberos.ts
/**
 * Kerberos: KRB_AP_ERR_SKEW (error 37), "Clock skew too great". The KDC or service found the
 * authenticator's timestamp more than clockskew (default 300 s) from its own clock, in either direction.
 * |offset| > 5 min against the KDC's clock, direction unknown; and the KDC's clock may be the wrong one.
 */



const kerberos_PATTERN = /\bKRB5?(?:KRB)?_AP_ERR_SKEW\b|Clock skew too great|\bSEC_E_TIME_SKEW\b|KRB-ERROR \(37\)/gi;
const recognizeKerberos = (text) => {
    const hits = [];
    let last;
    for (const m of matches(kerberos_PATTERN, text, hits, 50)) {
        if (last && m.index - last.end < 200) {
            last.end = m.index + m[0].length;
            last.evidence = excerpt(text, last.start, last.end + 40);
            continue;
        }
        last = {
            recognized: true,
            kind: 'kerberos-clock-skew',
            family: 'kerberos',
            service: 'Kerberos (KDC or service)',
            evidence: excerpt(text, Math.max(0, m.index - 60), m.index + m[0].length + 40),
            absOffsetMinMs: 5 * MINUTE_MS,
            windowMs: 5 * MINUTE_MS,
            consistent: true,
            confidence: 'certain',
            derivation: "The runner's clock and the KDC's differ by more than the allowed skew (5 min unless clockskew is changed), in a direction the error does not say. Either clock may be the wrong one.",
            start: m.index,
            end: m.index + m[0].length,
        };
        hits.push(last);
    }
    return hits;
};

;// CONCATENATED MODULE: ./src/explain/s3.ts
/**
 * Amazon S3's time errors, which carry their own XML fields.
 *
 * RequestTimeTooSkewed: <RequestTime> is the signer's X-Amz-Date (basic ISO) or Date header (RFC 1123),
 * <ServerTime> is S3's clock, <MaxAllowedSkewMilliseconds> the window (900 000 = 15 min).
 *   offset = (ServerTime \u2212 d) \u2212 RequestTime with d \u2265 0 the time between signing and S3's check, so the
 *   implied offset is ServerTime \u2212 RequestTime (d \u2248 0), and it is an upper bound. S3 checks some uploads
 *   when the body has arrived, so a slow large upload makes d large with a correct clock.
 *   Consistency: |ServerTime \u2212 RequestTime| must exceed the window, or S3 would not have complained.
 *
 * Presigned URL "Request has expired": <X-Amz-Expires> (the lifetime in seconds, SigV4 only),
 * <Expires> (signing time + lifetime), <ServerTime>. The URL was signed at Expires \u2212 X-Amz-Expires.
 *   offset = (ServerTime \u2212 u) \u2212 signedAt with u \u2265 0 the time between making the URL and using it, so
 *   ServerTime \u2212 signedAt is the implied offset if the URL was used at once, and an upper bound always.
 *   Without X-Amz-Expires (SigV2 URLs, other S3-compatible stores) only the lateness ServerTime \u2212 Expires
 *   follows. Consistency: ServerTime must be after Expires.
 *
 * Presigned URL "Request is not yet valid": <X-Amz-Date> (S3 prints it in Unix milliseconds), <ServerTime>.
 *   offset \u2264 ServerTime \u2212 X-Amz-Date < 0: the signer's clock was ahead by at least X-Amz-Date \u2212 ServerTime.
 */



const s3_SERVICE = 'Amazon S3 (or an S3-compatible store)';
function field(region, name) {
    const m = new RegExp(`<${name}>\\s*([^<]{0,80}?)\\s*</${name}>`, 'i').exec(region);
    return m ? m[1] : undefined;
}
/** From the match to the end of its <Error> element (or a bounded stretch), plus a little before it. */
function regionOf(text, start, length) {
    const from = Math.max(0, start - 600);
    const close = text.slice(start, start + 2500).search(/<\/Error>/i);
    const to = close >= 0 ? start + close + '</Error>'.length : Math.min(text.length, start + length + 400);
    return { from, to };
}
function readRequestTime(s) {
    return parseBasicIso(s) ?? parseRfc1123(s) ?? parseIso(s);
}
const SKEWED = /RequestTimeTooSkewed|difference between the request time and the (?:current|server'?s?) time is too large/gi;
const s3_EXPIRED = /Request has expired/gi;
const s3_NOT_YET = /Request is not yet valid/gi;
function skewed(text) {
    const hits = [];
    let coveredTo = -1;
    for (const m of matches(SKEWED, text, hits, 50)) {
        if (m.index < coveredTo)
            continue;
        const { from, to } = regionOf(text, m.index, m[0].length);
        coveredTo = to;
        const region = text.slice(from, to);
        const reqText = field(region, 'RequestTime');
        const srvText = field(region, 'ServerTime');
        const maxText = field(region, 'MaxAllowedSkewMilliseconds');
        const windowMs = maxText !== undefined && /^\d+$/.test(maxText) ? Number(maxText) : 900_000;
        const xmlAt = region.search(/<\?xml|<Error>/i);
        const evidenceStart = xmlAt >= 0 ? Math.min(m.index, from + xmlAt) : m.index;
        const hit = {
            recognized: true,
            kind: 's3-request-time-too-skewed',
            family: 'request-signature',
            service: s3_SERVICE,
            evidence: excerpt(text, evidenceStart, reqText || srvText ? to : m.index + m[0].length + 120),
            windowMs,
            consistent: true,
            confidence: 'certain',
            start: m.index,
            end: Math.max(to, m.index + m[0].length),
        };
        if (reqText === undefined || srvText === undefined) {
            hits.push(hit);
            continue;
        }
        const req = readRequestTime(reqText);
        const srv = parseInstant(srvText);
        if (!req || !srv) {
            hits.push({
                ...hit,
                consistent: false,
                inconsistency: `unreadable time: ${!req ? `RequestTime '${reqText}'` : `ServerTime '${srvText}'`}`,
            });
            continue;
        }
        const implied = srv.ms - req.ms;
        const times = { signedAt: iso(req.ms), serverTime: iso(srv.ms) };
        if (Math.abs(implied) <= windowMs) {
            hits.push({
                ...hit,
                times,
                consistent: false,
                inconsistency: `RequestTime and ServerTime are ${Math.round(Math.abs(implied) / 1000)} s apart, within the ${windowMs / 1000} s S3 allows, so S3 would not have refused the request on time: the text was edited or comes from a store with other rules`,
            });
            continue;
        }
        hits.push({
            ...hit,
            times,
            direction: implied > 0 ? 'behind' : 'ahead',
            impliedOffsetMs: implied,
            offsetBoundMs: { max: implied + req.resolutionMs },
            derivation: implied > 0
                ? `Signed at ${reqText} by the runner's clock, checked at ${srvText} by S3's: ${Math.round(implied / 1000)} s later, over the ${windowMs / 60_000} min S3 allows. That is the runner's offset if the request reached S3 as soon as it was signed; time spent queued, retrying or uploading a large body is included, so the offset is at most that.`
                : `Signed at ${reqText} by the runner's clock, checked at ${srvText} by S3's: the signature is dated ${Math.round(-implied / 1000)} s after S3's clock, so the signer's clock was ahead by at least that much.`,
        });
    }
    return hits;
}
function presigned(text, re, notYet) {
    const hits = [];
    let coveredTo = -1;
    for (const m of matches(re, text, hits, 50)) {
        if (m.index < coveredTo)
            continue;
        const { from, to } = regionOf(text, m.index, m[0].length);
        const region = text.slice(from, to);
        const expiresText = field(region, 'Expires');
        const serverText = field(region, 'ServerTime');
        const lifetimeText = field(region, 'X-Amz-Expires');
        const amzDateText = field(region, 'X-Amz-Date');
        // Without any S3 field this is some other service's "Request has expired" (EC2's RequestExpired).
        if (!expiresText && !serverText && !/<Code>\s*AccessDenied/i.test(region))
            continue;
        if (/RequestExpired/.test(region))
            continue;
        coveredTo = to;
        const xmlAt = region.search(/<\?xml|<Error>/i);
        const start = xmlAt >= 0 ? Math.min(from + xmlAt, m.index) : m.index;
        const hit = {
            recognized: true,
            kind: notYet ? 's3-presigned-url-not-yet-valid' : 's3-presigned-url-expired',
            family: 'presigned-url',
            service: s3_SERVICE,
            evidence: excerpt(text, start, to),
            direction: notYet ? 'ahead' : 'behind',
            consistent: true,
            confidence: 'certain',
            start,
            end: Math.max(to, m.index + m[0].length),
        };
        const server = serverText !== undefined ? parseInstant(serverText) : undefined;
        if (serverText !== undefined && !server) {
            hits.push({ ...hit, consistent: false, inconsistency: `unreadable ServerTime '${serverText}'` });
            continue;
        }
        if (notYet) {
            const signed = amzDateText !== undefined ? (parseEpoch(amzDateText) ?? parseBasicIso(amzDateText)) : undefined;
            if (!server || !signed) {
                hits.push(amzDateText !== undefined && !signed
                    ? { ...hit, consistent: false, inconsistency: `unreadable X-Amz-Date '${amzDateText}'` }
                    : hit);
                continue;
            }
            const implied = server.ms - signed.ms;
            const times = { signedAt: iso(signed.ms), serverTime: iso(server.ms) };
            if (implied >= 0) {
                hits.push({
                    ...hit,
                    times,
                    consistent: false,
                    inconsistency: `X-Amz-Date ${iso(signed.ms)} is not after ServerTime ${serverText}, so the URL was already valid: the text contradicts itself`,
                });
                continue;
            }
            hits.push({
                ...hit,
                times,
                impliedOffsetMs: implied,
                offsetBoundMs: { max: implied + signed.resolutionMs },
                derivation: `The URL was signed at ${iso(signed.ms)} by its signer's clock and used at ${serverText} by S3's: ${Math.round(-implied / 1000)} s before it was made. The signer's clock was ahead by at least that much.`,
            });
            continue;
        }
        const expires = expiresText !== undefined ? parseInstant(expiresText) : undefined;
        if (expiresText !== undefined && !expires) {
            hits.push({ ...hit, consistent: false, inconsistency: `unreadable Expires '${expiresText}'` });
            continue;
        }
        if (!expires || !server) {
            hits.push(hit);
            continue;
        }
        const lateMs = server.ms - expires.ms;
        const times = { expires: iso(expires.ms), serverTime: iso(server.ms) };
        if (lateMs <= 0) {
            hits.push({
                ...hit,
                times,
                consistent: false,
                inconsistency: `ServerTime ${serverText} is not after Expires ${expiresText}, so the URL had not expired: the text contradicts itself`,
            });
            continue;
        }
        const lifetimeS = lifetimeText !== undefined && /^\d{1,9}$/.test(lifetimeText) ? Number(lifetimeText) : undefined;
        if (lifetimeS === undefined) {
            hits.push({
                ...hit,
                times,
                derivation: `The URL expired at ${expiresText} and was used at ${serverText} by S3's clock, ${Math.round(lateMs / 1000)} s late. Without X-Amz-Expires the signing time, and so the signer's offset, does not follow.`,
            });
            continue;
        }
        const signedMs = expires.ms - lifetimeS * 1000;
        const implied = server.ms - signedMs;
        times.signedAt = iso(signedMs);
        hits.push({
            ...hit,
            times,
            windowMs: lifetimeS * 1000,
            impliedOffsetMs: implied,
            offsetBoundMs: { max: implied + 1000 },
            derivation: `Signed at ${iso(signedMs)} (Expires ${expiresText} \u2212 X-Amz-Expires ${lifetimeS} s) by the signer's clock, used at ${serverText} by S3's: ${Math.round(implied / 1000)} s later, over its ${lifetimeS} s lifetime. That is the signer's offset only if the URL was used as soon as it was made; otherwise the URL simply outlived its lifetime.`,
        });
    }
    return hits;
}
const recognizeS3 = (text) => [
    ...skewed(text),
    ...presigned(text, s3_EXPIRED, false),
    ...presigned(text, s3_NOT_YET, true),
];

;// CONCATENATED MODULE: ./src/explain/ssh.ts
/**
 * OpenSSH certificates (user and host certificates signed by a CA, `ssh-keygen -s \u2026 -V from:to`), checked
 * against the runner's clock by ssh, sshd and `ssh-keygen -Y verify`:
 *
 *   allowed_signers:1: certificate not authorized: Certificate invalid: not yet valid
 *   \u2026 Certificate invalid: expired
 *
 * "Not yet valid": the CA made the certificate valid from its signing time (or later) before it was used,
 * so the runner's clock was behind. "Expired": usually the certificate really expired (short-lived CI
 * certificates do, by design); only if it is still valid was the runner's clock ahead. No times are printed.
 */


const ssh_PATTERN = /Certificate invalid: (not yet valid|expired)/g;
const recognizeSsh = (text) => {
    const hits = [];
    for (const m of matches(ssh_PATTERN, text, hits, 50)) {
        const notYet = m[1] === 'not yet valid';
        const lineStart = text.lastIndexOf('\n', m.index) + 1;
        hits.push({
            recognized: true,
            kind: notYet ? 'ssh-certificate-not-yet-valid' : 'ssh-certificate-expired',
            family: 'certificate',
            service: 'OpenSSH certificate validation (on the runner)',
            evidence: excerpt(text, Math.max(lineStart, m.index - 120), m.index + m[0].length),
            direction: notYet ? 'behind' : 'ahead',
            consistent: true,
            confidence: notYet ? 'likely' : 'possible',
            derivation: notYet
                ? "An SSH certificate was not yet valid by the runner's clock. Its CA signed it before it was used, so the runner's clock was behind; OpenSSH prints no times, so how far does not follow."
                : "An SSH certificate had expired by the runner's clock. Usually it really expired (CI certificates are often short-lived); only if it is still valid was the runner's clock ahead.",
            start: m.index,
            end: m.index + m[0].length,
        });
    }
    return hits;
};

;// CONCATENATED MODULE: ./src/explain/tls.ts
/**
 * TLS certificate validity, checked against the runner's own clock (no server clock involved).
 *
 * Go: "x509: certificate has expired or is not yet valid: current time X is before|after Y", X the runner's
 * clock, Y the certificate's notBefore|notAfter.
 * - "before Y": the certificate is not valid until Y. Certificates in service are issued before use, so
 *   true now \u2265 Y and offset \u2265 Y \u2212 X (a lower bound): the runner was behind by at least Y \u2212 X.
 * - "after Y": either the certificate really expired (the usual reason) or the runner was ahead; only if
 *   the certificate is still valid does offset \u2264 \u2212(X \u2212 Y) follow. Hence "possible".
 * OpenSSL, curl, Node, Python: "certificate is not yet valid" (behind, no number), "certificate has
 * expired" (possible, no number); Go without a current time: direction unknown.
 * GnuTLS (wget, gnutls-cli, and git through libcurl-gnutls only in its verbose trace): "The certificate of
 * \u2018host\u2019 is not yet activated", "The certificate has not yet been activated", "The certificate chain uses
 * not yet valid certificate"; "\u2026 has expired", "\u2026 uses expired certificate". No times, direction only.
 * Java: "CertificateNotYetValidException: NotBefore: Fri Nov 27 17:32:52 UTC 2026" and
 * "CertificateExpiredException: NotAfter: \u2026". The date is the certificate's, not the runner's clock, so it
 * bounds nothing about the offset by itself: it is reported as evidence with the direction. The wrapping
 * "CertPathValidatorException: validity check failed" alone says neither which end nor whether it is time.
 */



const tls_SERVICE = 'TLS certificate validation (on the runner)';
// An ISO time, or (in a garbled text) any other token, which is then reported unreadable.
const tls_STAMP = '(\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.]{2,20})?(?:Z|[+-]\\d{2}:?\\d{2})?|[0-9]\\S{3,40}?)';
const GO = new RegExp(`x509: certificate has expired or is not yet valid(?::\\s*current time\\s+${tls_STAMP}\\s+is\\s+(after|before)\\s+${tls_STAMP})?`, 'gi');
const tls_NOT_YET = /certificate is not yet valid|CERT_NOT_YET_VALID|certificate not yet valid|certificate of .{1,260}? is not yet activated|certificate has not yet been activated|certificate chain uses not yet valid certificate/gi;
const tls_EXPIRED = /certificate has expired|CERT_HAS_EXPIRED|certificate expired|certificate of .{1,260}? has expired|certificate chain uses expired certificate/gi;
const JAVA = /Certificate(NotYetValid|Expired)Exception:?\s*(?:(NotBefore|NotAfter):\s*([A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} [A-Z]{2,5} \d{4}))?/g;
/** Java's Date.toString(): "Fri Nov 27 17:32:52 UTC 2026"; only UTC and GMT are read (other zone names are ambiguous). */
function parseJavaDate(text) {
    const m = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}:\d{2}:\d{2}) (UTC|GMT) (\d{4})$/.exec(text);
    if (!m)
        return undefined;
    return parseRfc1123(`${m[2].trim()} ${m[1]} ${m[5]} ${m[3]} GMT`)?.ms;
}
function base(text, start, end) {
    return {
        recognized: true,
        family: 'certificate',
        service: tls_SERVICE,
        evidence: excerpt(text, start, end),
        consistent: true,
        start,
        end,
    };
}
const recognizeTls = (text) => {
    const hits = [];
    const covered = [];
    for (const m of matches(GO, text, hits, 50)) {
        const end = m.index + m[0].length;
        covered.push([m.index, end]);
        const b = base(text, m.index, end);
        if (!m[1]) {
            hits.push({
                ...b,
                kind: 'tls-certificate-expired-or-not-yet-valid',
                confidence: 'possible',
                derivation: 'A certificate was outside its validity period by the runner\u2019s clock; the text does not say which end, or by how much.',
            });
            continue;
        }
        const now = parseIso(m[1]);
        const edge = parseIso(m[3]);
        const after = m[2].toLowerCase() === 'after';
        const kind = after ? 'tls-certificate-expired' : 'tls-certificate-not-yet-valid';
        if (!now || !edge) {
            hits.push({
                ...b,
                kind,
                direction: after ? 'ahead' : 'behind',
                consistent: false,
                inconsistency: `unreadable time: ${!now ? m[1] : m[3]}`,
            });
            continue;
        }
        const gap = now.ms - edge.ms;
        const times = { runnerTime: iso(now.ms), [after ? 'notAfter' : 'notBefore']: iso(edge.ms) };
        if (after ? gap <= 0 : gap >= 0) {
            hits.push({
                ...b,
                kind,
                times,
                consistent: false,
                inconsistency: `the current time ${m[1]} is not ${m[2]} ${m[3]}`,
            });
            continue;
        }
        const slack = Math.max(now.resolutionMs, edge.resolutionMs);
        hits.push(after
            ? {
                ...b,
                kind,
                times,
                direction: 'ahead',
                confidence: 'possible',
                offsetBoundMs: { max: -gap + slack },
                derivation: `By the runner's clock (${m[1]}) the certificate expired ${Math.round(gap / 1000)} s ago (${m[3]}). Usually it really expired; only if it is still valid was the runner's clock ahead, by at least that much.`,
            }
            : {
                ...b,
                kind,
                times,
                direction: 'behind',
                confidence: 'likely',
                offsetBoundMs: { min: -gap - slack },
                derivation: `By the runner's clock (${m[1]}) the certificate becomes valid only in ${Math.round(-gap / 1000)} s (${m[3]}). Certificates are issued before they are served, so the runner's clock was behind by at least that much.`,
            });
    }
    for (const m of matches(JAVA, text, hits, 50)) {
        const end = m.index + m[0].length;
        covered.push([m.index, end]);
        const notYet = m[1] === 'NotYetValid';
        const edge = m[3] ? parseJavaDate(m[3]) : undefined;
        hits.push({
            ...base(text, m.index, end),
            kind: notYet ? 'tls-certificate-not-yet-valid' : 'tls-certificate-expired',
            direction: notYet ? 'behind' : 'ahead',
            confidence: notYet ? 'likely' : 'possible',
            ...(edge !== undefined ? { times: { [notYet ? 'notBefore' : 'notAfter']: iso(edge) } } : {}),
            derivation: notYet
                ? `Java found a certificate not yet valid by the runner's clock${m[3] ? ` (valid from ${m[3]})` : ''}: the runner's clock read earlier than that, and certificates are issued before they are served, so it was behind. Java does not print the runner's time, so how far does not follow.`
                : `Java found a certificate expired by the runner's clock${m[3] ? ` (valid until ${m[3]})` : ''}. Usually it really expired; only if it is still valid was the runner's clock ahead. Java does not print the runner's time, so how far does not follow.`,
        });
    }
    const inside = (i) => covered.some(([s, e]) => i >= s && i < e);
    for (const [re, kind] of [
        [tls_NOT_YET, 'tls-certificate-not-yet-valid'],
        [tls_EXPIRED, 'tls-certificate-expired'],
    ]) {
        let lastEnd = -Infinity;
        for (const m of matches(re, text, hits, 100)) {
            if (inside(m.index) || m.index - lastEnd < 200)
                continue;
            lastEnd = m.index + m[0].length;
            const notYet = kind === 'tls-certificate-not-yet-valid';
            hits.push({
                ...base(text, Math.max(0, m.index - 40), m.index + m[0].length + 40),
                start: m.index,
                end: m.index + m[0].length,
                kind,
                direction: notYet ? 'behind' : 'ahead',
                confidence: notYet ? 'likely' : 'possible',
                derivation: notYet
                    ? "A certificate was not yet valid by the runner's clock: the runner's clock is behind (certificates are issued before they are served). The text gives no times."
                    : "A certificate had expired by the runner's clock. Usually it really expired; only if it is still valid was the runner's clock ahead.",
            });
        }
    }
    return hits;
};

;// CONCATENATED MODULE: ./src/explain/index.ts
/**
 * Recognise the time errors other tools print, and say what follows from the text alone.
 * Pure: text in, a Recognition out. Never throws; time is linear in the (capped) input.
 */














/**
 * What each family covers, in words for the person whose text was not recognised. A Record over the
 * Family union, so that a new family cannot be left out of what `explain` says it knows.
 */
const FAMILY_NAMES = {
    'request-signature': 'AWS SigV4 "Signature expired" / "not yet current", S3 RequestTimeTooSkewed, RequestExpired / RequestInTheFuture / AuthFailure',
    'presigned-url': 'S3 presigned-URL expiry',
    token: "token time claims: GitHub App, Google and Entra ID (AADSTS700024) JWTs, the Actions runner's token service, and tokens checked on the runner (PyJWT, jsonwebtoken, jose, openid-client, google-auth, Go)",
    certificate: 'certificate validity: TLS (OpenSSL, curl, GnuTLS, Node, Python, pip, npm, cargo, gcloud, Java, Go) and OpenSSH certificates',
    repository: 'apt "Release file \u2026 is not valid yet" / "is expired"',
    kerberos: 'Kerberos "Clock skew too great"',
    openpgp: 'gpg keys created in the future and expired signatures',
    'file-timestamp': 'make and tar files dated in the future',
};
// Order matters only for ties: the more specific parser first.
const RECOGNIZERS = [
    recognizeSigV4,
    recognizeS3,
    recognizeAzure,
    recognizeJwt,
    recognizeJwtLibraries,
    recognizeActionsRunner,
    recognizeTls,
    recognizeSsh,
    recognizeApt,
    recognizeKerberos,
    recognizeGpg,
    recognizeFileTimes,
    recognizeAwsCodes,
];
const ERROR_KINDS = (/* unused pure expression or super */ null && ([
    'aws-sigv4-signature-expired',
    'aws-sigv4-signature-not-yet-current',
    's3-request-time-too-skewed',
    's3-presigned-url-expired',
    's3-presigned-url-not-yet-valid',
    'aws-request-expired',
    'aws-request-in-the-future',
    'aws-auth-failure',
    'github-app-jwt-iat',
    'github-app-jwt-exp-too-far',
    'github-app-jwt-exp-past',
    'google-invalid-jwt-time',
    'azure-assertion-time-range',
    'tls-certificate-not-yet-valid',
    'tls-certificate-expired',
    'tls-certificate-expired-or-not-yet-valid',
    'apt-release-not-yet-valid',
    'apt-release-expired',
    'kerberos-clock-skew',
    'jwt-not-yet-valid',
    'jwt-expired',
    'google-auth-token-used-too-early',
    'google-auth-token-expired',
    'github-runner-token-not-yet-valid',
    'github-runner-token-expired',
    'github-runner-clock-out-of-sync',
    'gpg-key-created-in-future',
    'gpg-signature-expired',
    'make-mtime-in-future',
    'tar-time-stamp-in-future',
    'ssh-certificate-not-yet-valid',
    'ssh-certificate-expired',
]));
const CONFIDENCE_RANK = { certain: 3, likely: 2, possible: 1 };
/** Higher is more useful to a person: a consistent number beats a bound beats a bare code. */
function score(h) {
    const numbers = !h.consistent
        ? 0
        : h.impliedOffsetMs !== undefined
            ? 3
            : h.offsetBoundMs || h.absOffsetMinMs
                ? 2
                : 1;
    return numbers * 10 + (h.confidence ? CONFIDENCE_RANK[h.confidence] : 0);
}
function withoutOverlaps(hits) {
    const sorted = [...hits].sort((a, b) => a.start - b.start || score(b) - score(a));
    const kept = [];
    for (const h of sorted) {
        const prev = kept[kept.length - 1];
        if (prev && h.start < prev.end) {
            if (score(h) > score(prev))
                kept[kept.length - 1] = h;
            continue;
        }
        kept.push(h);
    }
    return kept;
}
/** Every time error in the text, in text order, positions relative to the normalised text. */
function recognizeAll(text) {
    try {
        const { text: normal, truncated } = normalise(text);
        const hits = [];
        for (const r of RECOGNIZERS) {
            try {
                hits.push(...r(normal));
            }
            catch {
                // A parser bug must not hide what the others found.
            }
        }
        return withoutOverlaps(hits).map((h) => (truncated ? { ...h, truncated } : h));
    }
    catch {
        return [];
    }
}
const UNRECOGNIZED = Object.freeze({
    recognized: false,
    consistent: true,
    evidence: '',
    service: '',
});
/** Drop the positions: they describe the normalised text, which the caller never sees. */
function toRecognition(hit) {
    const { start: _start, end: _end, ...rest } = hit;
    return rest;
}
/**
 * The one error worth explaining: the most informative, and among equals the last (in a log, the error
 * that ended the run comes last).
 */
function pickBest(hits) {
    let best;
    for (const h of hits) {
        if (!best || score(h) > score(best)) {
            best = h;
        }
        else if (score(h) === score(best)) {
            // Several of one kind (apt lists every repository): each bound holds, the widest says the most.
            if (h.kind !== best.kind || strength(h) >= strength(best))
                best = h;
        }
    }
    return best;
}
function strength(h) {
    return Math.abs(h.offsetBoundMs?.min ?? h.offsetBoundMs?.max ?? 0);
}
function recognize(text) {
    const best = pickBest(recognizeAll(text));
    return best ? toRecognition(best) : { ...UNRECOGNIZED };
}


/***/ })

};

//# sourceMappingURL=497.index.js.map