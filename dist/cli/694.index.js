export const id = 694;
export const ids = [694];
export const modules = {

/***/ 1694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exportMetrics: () => (/* binding */ exportMetrics)
/* harmony export */ });
/* unused harmony exports describeEndpoint, groupingSegment, pushUrl, instanceName */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _net_proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1987);
/* harmony import */ var _net_resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7230);
/* harmony import */ var _sources_http_failure_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7991);
/* harmony import */ var _sources_untrusted_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8870);
/* harmony import */ var _time_clock_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3355);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(311);
/* harmony import */ var _otlp_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6187);
/**
 * The metrics' way out over the network, loaded only when a Pushgateway or an OTLP endpoint is
 * configured: a PUT (or POST) to a Prometheus Pushgateway, a POST to an OTLP/HTTP endpoint. Delivery
 * never changes the check's verdict or exit code: a failure is a warning naming the endpoint (never its
 * credentials) and the reason, in the words the time sources use for the same faults. Every request is
 * bounded by the deadline it is given, through the proxy the environment names (net/proxy.ts), and a
 * redirect is reported, never followed.
 */










/** The Pushgateway's job label for everything clock-preflight pushes. */
const PUSH_JOB = 'clock-preflight';
/** What of an error response is read, to quote its start; the rest is not even received. */
const MAX_RESPONSE_BYTES = 4096;
/** A URL for a person: scheme, host, port and path; never the user name, password, query or fragment. */
function describeEndpoint(url) {
    return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}
/**
 * One grouping-key path segment pair, as the Pushgateway reads it: percent-encoded, or in its base64 form
 * (`label@base64/\u2026`, URL-safe alphabet) when the value has a `/`, is empty, or is `.` or `..` (which a URL
 * would resolve away).
 */
function groupingSegment(label, value) {
    if (value === '' || value.includes('/') || value === '.' || value === '..') {
        const b64 = Buffer.from(value, 'utf8').toString('base64url');
        return `${label}@base64/${b64 === '' ? '=' : b64}`;
    }
    return `${label}/${encodeURIComponent(value)}`;
}
/** The Pushgateway URL for our group: job clock-preflight, instance the runner's name or the host's. */
function pushUrl(base, instance) {
    const prefix = base.pathname.replace(/\/+$/, '');
    const url = new URL(base.href);
    url.pathname = `${prefix}/metrics/${groupingSegment('job', PUSH_JOB)}/${groupingSegment('instance', instance)}`;
    return url;
}
function instanceName(env, host = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)()) {
    return env.RUNNER_NAME?.trim() || host;
}
/** One request, destroyed at `deadlineMs` (monotonic) whatever it is waiting for. */
async function send(input) {
    const choice = (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .chooseProxy */ .UR)(input.url, input.env);
    if (choice.kind === 'invalid')
        throw new Error(`the proxy cannot be used: ${choice.reason}`);
    if (input.deadlineMs - (0,_time_clock_js__WEBPACK_IMPORTED_MODULE_6__/* .monotonicMs */ .dR)() <= 0)
        throw new Error('no time left before the deadline');
    // Names through the deadline-bound resolver, as the time sources' are: a stalled DNS server ends with
    // the request, at the deadline, instead of holding a getaddrinfo thread past it.
    const lookupDone = new AbortController();
    const lookup = (0,_net_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .deadlineLookup */ .nw)(() => lookupDone.signal);
    const agent = await (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .agentFor */ .Pf)(input.url, choice, { keepAlive: false, lookup });
    // Measured after the agent: a proxy's tunnel module may have been loaded first, and the deadline holds.
    const remainingMs = Math.max(0, input.deadlineMs - (0,_time_clock_js__WEBPACK_IMPORTED_MODULE_6__/* .monotonicMs */ .dR)());
    const proxy = choice.kind === 'proxy' ? (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .redactProxy */ .YP)(choice.url) : undefined;
    const via = proxy ? ` through ${proxy}` : '';
    // Node's own words ('connect ECONNREFUSED 127.0.0.1:9091') said as the time sources say them.
    const failure = (error) => new Error((0,_sources_http_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .describeHttpFailure */ .U)(error, { host: input.url.host, proxy, nowMs: _time_clock_js__WEBPACK_IMPORTED_MODULE_6__/* .systemClock */ .ml.nowMs() }).message);
    return new Promise((resolvePromise, reject) => {
        const body = Buffer.from(input.body, 'utf8');
        const request = (input.url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request)(input.url, {
            method: input.method,
            agent,
            headers: {
                ...input.headers,
                'content-length': String(body.length),
                'user-agent': `clock-preflight/${_version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x}`,
            },
        });
        let settled = false;
        const finish = (error, result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            lookupDone.abort();
            request.destroy();
            agent.destroy();
            if (error)
                reject(error);
            else
                resolvePromise(result);
        };
        // A lookup still under way at the deadline is the reason, named as the time sources name it.
        const timer = setTimeout(() => {
            const dns = (0,_net_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .unfinishedLookup */ .iT)(lookup, proxy);
            finish(new Error(`${dns ?? `no answer within ${Math.round(remainingMs)} ms${via}`} (${input.limit})`));
        }, remainingMs);
        request.on('error', (error) => finish(failure(error)));
        request.on('response', (response) => {
            const chunks = [];
            let bytes = 0;
            const done = () => finish(undefined, {
                status: response.statusCode ?? 0,
                bodyStart: (0,_sources_untrusted_text_js__WEBPACK_IMPORTED_MODULE_9__/* .untrustedText */ .U)(Buffer.concat(chunks).toString('utf8'), 200),
            });
            response.on('data', (chunk) => {
                if (bytes >= MAX_RESPONSE_BYTES)
                    return;
                chunks.push(chunk.subarray(0, MAX_RESPONSE_BYTES - bytes));
                bytes += chunk.length;
                // Enough to quote; a huge body is not waited for.
                if (bytes >= MAX_RESPONSE_BYTES)
                    done();
            });
            response.on('end', done);
            response.on('error', (error) => finish(failure(error)));
        });
        request.end(body);
    });
}
function httpProblem(r) {
    if (r.status >= 200 && r.status < 300)
        return undefined;
    if (r.status >= 300 && r.status < 400)
        return `it answered with a redirect (HTTP ${r.status}); redirects are not followed: give the final URL`;
    return `it answered HTTP ${r.status}${r.bodyStart.trim() !== '' ? `: ${r.bodyStart.trim()}` : ''}`;
}
/** The limit a request ends at when nothing narrower is set. */
const RUN_LIMIT = "the time left of the run's timeout";
async function pushToGateway(input, base) {
    const url = pushUrl(base, instanceName(input.env, input.hostName));
    const r = await send({
        url,
        method: input.pushMethod ?? 'PUT',
        headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' },
        body: input.text,
        deadlineMs: input.deadlineMs,
        limit: RUN_LIMIT,
        env: input.env,
    });
    const problem = httpProblem(r);
    if (problem)
        throw new Error(problem);
}
async function postOtlp(input, warnings) {
    const plan = (0,_otlp_js__WEBPACK_IMPORTED_MODULE_7__/* .otlpPlan */ .Z0)(input.env);
    warnings.push(...plan.warnings.map((w) => `OpenTelemetry export: ${w}.`));
    const s = plan.settings;
    if (!s)
        return;
    const resourceWarnings = [];
    const resource = (0,_otlp_js__WEBPACK_IMPORTED_MODULE_7__/* .resourceAttributes */ .GQ)(input.env, input.hostName ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)(), resourceWarnings);
    warnings.push(...resourceWarnings.map((w) => `OpenTelemetry export: ${w}.`));
    const body = JSON.stringify((0,_otlp_js__WEBPACK_IMPORTED_MODULE_7__/* .renderOtlpJson */ .cN)({
        families: input.families,
        resource,
        nowMs: input.nowMs,
        version: _version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x,
    }));
    // The OTEL_* timeout narrows the wait only when it ends before the run's deadline; the message names
    // whichever ends it.
    const ownDeadlineMs = s.timeoutMs !== undefined ? (0,_time_clock_js__WEBPACK_IMPORTED_MODULE_6__/* .monotonicMs */ .dR)() + s.timeoutMs : Infinity;
    const [deadlineMs, limit] = ownDeadlineMs < input.deadlineMs
        ? [ownDeadlineMs, `the limit ${s.timeoutFrom} sets`]
        : [input.deadlineMs, RUN_LIMIT];
    try {
        const r = await send({
            url: s.url,
            method: 'POST',
            headers: { ...s.headers, 'content-type': 'application/json' },
            body,
            deadlineMs,
            limit,
            env: input.env,
        });
        const problem = httpProblem(r);
        if (problem)
            throw new Error(problem);
        // A partial success names data points the receiver dropped; the rest arrived.
        const rejected = /"rejectedDataPoints"\s*:\s*"?(\d+)/.exec(r.bodyStart)?.[1];
        if (rejected !== undefined && rejected !== '0')
            warnings.push(`OpenTelemetry export to ${describeEndpoint(s.url)} (${s.urlFrom}): the receiver rejected ${rejected} data points: ${r.bodyStart}`);
    }
    catch (error) {
        warnings.push(`Could not export metrics over OTLP to ${describeEndpoint(s.url)} (${s.urlFrom}): ${error instanceof Error ? error.message : String(error)}. The check's result stands.`);
    }
}
/**
 * Pushes and exports the metrics wherever configured, in parallel, all ended by `deadlineMs`. Returns one
 * warning per failure; never rejects.
 */
async function exportMetrics(input) {
    const warnings = [];
    const jobs = [];
    const { pushgateway } = input.targets;
    if (pushgateway) {
        jobs.push(pushToGateway(input, pushgateway).catch((error) => void warnings.push(`Could not push metrics to the Pushgateway ${describeEndpoint(pushgateway)} (pushgateway): ${error instanceof Error ? error.message : String(error)}. The check's result stands.`)));
    }
    if (input.targets.otlp)
        jobs.push(postOtlp(input, warnings));
    await Promise.all(jobs);
    return warnings;
}


/***/ })

};

//# sourceMappingURL=694.index.js.map