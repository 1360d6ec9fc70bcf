export const id = 694;
export const ids = [694];
export const modules = {

/***/ 1987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
 *   only; IP literals match exactly, or by CIDR (`10.0.0.0/8`, as curl ≥ 7.86).
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
    const common = { keepAlive, maxSockets: 1, timeout: 15_000, ...(options.ca ? { ca: options.ca } : {}) };
    if (choice.kind === 'proxy') {
        const { HttpsTunnelAgent, HttpTunnelAgent } = await __webpack_require__.e(/* import() */ 985).then(__webpack_require__.bind(__webpack_require__, 8985));
        return target.protocol === 'https:'
            ? new HttpsTunnelAgent(choice.url, common)
            : new HttpTunnelAgent(choice.url, common.timeout, common);
    }
    return target.protocol === 'https:' ? new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent(common) : new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent(common);
}


/***/ }),

/***/ 1694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkMetricsFile: () => (/* binding */ checkMetricsFile),
/* harmony export */   describeEndpoint: () => (/* binding */ describeEndpoint),
/* harmony export */   exportMetrics: () => (/* binding */ exportMetrics),
/* harmony export */   exportOutcome: () => (/* binding */ exportOutcome),
/* harmony export */   groupingSegment: () => (/* binding */ groupingSegment),
/* harmony export */   instanceName: () => (/* binding */ instanceName),
/* harmony export */   pushUrl: () => (/* binding */ pushUrl),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4774);
/* harmony import */ var _net_proxy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1987);
/* harmony import */ var _sources_untrusted_text_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8870);
/* harmony import */ var _time_clock_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3355);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(311);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6479);
/* harmony import */ var _otlp_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6187);
/**
 * The metrics' way out, the I/O edge of metrics.ts and otlp.ts: a textfile for node_exporter (atomic:
 * temp file in the same directory, then rename), a PUT to a Prometheus Pushgateway, a POST to an OTLP/HTTP
 * endpoint. Delivery never changes the check's verdict or exit code: a failure is a warning naming the
 * endpoint (never its credentials) and the reason. Every request is bounded by the deadline it is given,
 * through the proxy the environment names (net/proxy.ts), and a redirect is reported, never followed.
 */














/** The Pushgateway's job label for everything clock-preflight pushes. */
const PUSH_JOB = 'clock-preflight';
/** What of an error response is read, to quote its start; the rest is not even received. */
const MAX_RESPONSE_BYTES = 4096;
/**
 * Validates the metrics file's place before anything is measured, so that a run is never half done: the
 * directory exists, is a directory and is writable, and the path is not itself a directory.
 */
function checkMetricsFile(path) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.resolve)(path);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.dirname)(full);
    const input = 'metrics-file';
    let dirStat;
    try {
        dirStat = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(dir);
    }
    catch {
        throw new _config_config_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(input, `the directory ${(0,_config_config_js__WEBPACK_IMPORTED_MODULE_7__/* .echo */ .WI)(dir)} does not exist; create it (it is node_exporter's --collector.textfile.directory) or name a file in an existing directory`);
    }
    if (!dirStat.isDirectory())
        throw new _config_config_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(input, `${(0,_config_config_js__WEBPACK_IMPORTED_MODULE_7__/* .echo */ .WI)(dir)} is not a directory`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.accessSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.X_OK);
    }
    catch {
        throw new _config_config_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(input, `the directory ${(0,_config_config_js__WEBPACK_IMPORTED_MODULE_7__/* .echo */ .WI)(dir)} is not writable by this user; the file is written there (a temporary file, then a rename)`);
    }
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(full).isDirectory())
            throw new _config_config_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(input, `${(0,_config_config_js__WEBPACK_IMPORTED_MODULE_7__/* .echo */ .WI)(path)} is a directory; name a file in it, such as clock_preflight.prom`);
    }
    catch (error) {
        if (error instanceof _config_config_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz)
            throw error;
        // Not there yet: it will be created.
    }
}
/**
 * Writes `text` to `path` atomically: a reader (node_exporter scraping at any moment) sees the old file or
 * the new one, never half of one. The temporary file is in the same directory (a rename is atomic only
 * within one file system) and does not end in `.prom`, so the textfile collector never reads it.
 */
async function writeFileAtomic(path, text) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.resolve)(path);
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.dirname)(full), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_5__.basename)(full)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, text, { mode: 0o644, flag: 'wx' });
        // The umask may have taken bits away; node_exporter often runs as another user and must read it.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(temp, 0o644);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, full);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temp).catch(() => undefined);
        throw error;
    }
}
/** A URL for a person: scheme, host, port and path; never the user name, password, query or fragment. */
function describeEndpoint(url) {
    return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}
/**
 * One grouping-key path segment pair, as the Pushgateway reads it: percent-encoded, or in its base64 form
 * (`label@base64/…`, URL-safe alphabet) when the value has a `/`, is empty, or is `.` or `..` (which a URL
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
function instanceName(env, host = (0,node_os__WEBPACK_IMPORTED_MODULE_6__.hostname)()) {
    return env.RUNNER_NAME?.trim() || host;
}
/** One request, destroyed at `deadlineMs` (monotonic) whatever it is waiting for. */
async function send(input) {
    const choice = (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_8__/* .chooseProxy */ .UR)(input.url, input.env);
    if (choice.kind === 'invalid')
        throw new Error(`the proxy cannot be used: ${choice.reason}`);
    if (input.deadlineMs - (0,_time_clock_js__WEBPACK_IMPORTED_MODULE_9__/* .monotonicMs */ .dR)() <= 0)
        throw new Error('no time left before the deadline');
    const agent = await (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_8__/* .agentFor */ .Pf)(input.url, choice, { keepAlive: false });
    // Measured after the agent: a proxy's tunnel module may have been loaded first, and the deadline holds.
    const remainingMs = Math.max(0, input.deadlineMs - (0,_time_clock_js__WEBPACK_IMPORTED_MODULE_9__/* .monotonicMs */ .dR)());
    const via = choice.kind === 'proxy' ? ` through ${(0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_8__/* .redactProxy */ .YP)(choice.url)}` : '';
    return new Promise((resolvePromise, reject) => {
        const body = Buffer.from(input.body, 'utf8');
        const request = (input.url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_4__.request : node_http__WEBPACK_IMPORTED_MODULE_3__.request)(input.url, {
            method: input.method,
            agent,
            headers: {
                ...input.headers,
                'content-length': String(body.length),
                'user-agent': `clock-preflight/${_version_js__WEBPACK_IMPORTED_MODULE_12__/* .VERSION */ .x}`,
            },
        });
        let settled = false;
        const finish = (error, result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            request.destroy();
            agent.destroy();
            if (error)
                reject(error);
            else
                resolvePromise(result);
        };
        const timer = setTimeout(() => finish(new Error(`no answer within ${Math.round(remainingMs)} ms${via} (the share of the deadline kept for it)`)), remainingMs);
        request.on('error', (error) => finish(new Error(`${error.message}${via}`)));
        request.on('response', (response) => {
            const chunks = [];
            let bytes = 0;
            const done = () => finish(undefined, {
                status: response.statusCode ?? 0,
                bodyStart: (0,_sources_untrusted_text_js__WEBPACK_IMPORTED_MODULE_13__/* .untrustedText */ .U)(Buffer.concat(chunks).toString('utf8'), 200),
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
            response.on('error', (error) => finish(new Error(error.message)));
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
async function pushToGateway(input, base, text) {
    const url = pushUrl(base, instanceName(input.env, input.hostName));
    const r = await send({
        url,
        method: input.pushMethod ?? 'PUT',
        headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' },
        body: text,
        deadlineMs: input.deadlineMs,
        env: input.env,
    });
    const problem = httpProblem(r);
    if (problem)
        throw new Error(problem);
    return describeEndpoint(url);
}
async function postOtlp(input, warnings) {
    const plan = (0,_otlp_js__WEBPACK_IMPORTED_MODULE_11__/* .otlpPlan */ .Z0)(input.env);
    warnings.push(...plan.warnings.map((w) => `OpenTelemetry export: ${w}.`));
    const s = plan.settings;
    if (!s)
        return undefined;
    const resourceWarnings = [];
    const resource = (0,_otlp_js__WEBPACK_IMPORTED_MODULE_11__/* .resourceAttributes */ .GQ)(input.env, input.hostName ?? (0,node_os__WEBPACK_IMPORTED_MODULE_6__.hostname)(), resourceWarnings);
    warnings.push(...resourceWarnings.map((w) => `OpenTelemetry export: ${w}.`));
    const body = JSON.stringify((0,_otlp_js__WEBPACK_IMPORTED_MODULE_11__/* .renderOtlpJson */ .cN)({
        families: input.families,
        resource,
        nowMs: input.nowMs,
        version: _version_js__WEBPACK_IMPORTED_MODULE_12__/* .VERSION */ .x,
    }));
    const deadlineMs = s.timeoutMs !== undefined ? Math.min(input.deadlineMs, (0,_time_clock_js__WEBPACK_IMPORTED_MODULE_9__/* .monotonicMs */ .dR)() + s.timeoutMs) : input.deadlineMs;
    try {
        const r = await send({
            url: s.url,
            method: 'POST',
            headers: { ...s.headers, 'content-type': 'application/json' },
            body,
            deadlineMs,
            env: input.env,
        });
        const problem = httpProblem(r);
        if (problem)
            throw new Error(problem);
        // A partial success names data points the receiver dropped; the rest arrived.
        const rejected = /"rejectedDataPoints"\s*:\s*"?(\d+)/.exec(r.bodyStart)?.[1];
        if (rejected !== undefined && rejected !== '0')
            warnings.push(`OpenTelemetry export to ${describeEndpoint(s.url)} (${s.urlFrom}): the receiver rejected ${rejected} data points: ${r.bodyStart}`);
        return describeEndpoint(s.url);
    }
    catch (error) {
        warnings.push(`Could not export metrics over OTLP to ${describeEndpoint(s.url)} (${s.urlFrom}): ${error instanceof Error ? error.message : String(error)}. The check's result stands.`);
        return undefined;
    }
}
/**
 * Delivers the metrics everywhere configured, in parallel, all ended by `deadlineMs`. Never throws: every
 * failure is one warning.
 */
async function exportMetrics(input) {
    const text = (0,_metrics_js__WEBPACK_IMPORTED_MODULE_10__/* .renderPrometheus */ .Be)(input.families);
    const written = [];
    const warnings = [];
    const jobs = [];
    const { metricsFile, pushgateway } = input.targets;
    if (metricsFile) {
        jobs.push(writeFileAtomic(metricsFile, text).then(() => void written.push(metricsFile), (error) => void warnings.push(`Could not write the metrics file ${(0,_config_config_js__WEBPACK_IMPORTED_MODULE_7__/* .echo */ .WI)(metricsFile)} (metrics-file): ${error instanceof Error ? error.message : String(error)}. The check's result stands.`)));
    }
    if (pushgateway) {
        jobs.push(pushToGateway(input, pushgateway, text).then((where) => void written.push(where), (error) => void warnings.push(`Could not push metrics to the Pushgateway ${describeEndpoint(pushgateway)} (pushgateway): ${error instanceof Error ? error.message : String(error)}. The check's result stands.`)));
    }
    if (input.targets.otlp) {
        jobs.push(postOtlp(input, warnings).then((where) => {
            if (where)
                written.push(where);
        }));
    }
    await Promise.all(jobs);
    return { written, warnings };
}
/**
 * An outcome's gauges, delivered everywhere `targets` names by `deadlineMs` (monotonic): what every
 * command that ends in an outcome calls after reporting it. Returns the gauges (the action keeps them for
 * its post step) and one warning per failed delivery; never throws.
 */
async function exportOutcome(outcome, targets, env, deadlineMs) {
    const nowMs = _time_clock_js__WEBPACK_IMPORTED_MODULE_9__/* .systemClock */ .ml.nowMs();
    const families = (0,_metrics_js__WEBPACK_IMPORTED_MODULE_10__/* .outcomeFamilies */ .rm)(outcome, nowMs);
    const { warnings } = await exportMetrics({ families, targets, env, deadlineMs, nowMs });
    return { families, warnings };
}


/***/ }),

/***/ 8870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ untrustedText)
/* harmony export */ });
/* unused harmony export MAX_QUOTED_CHARS */
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


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a unit test; bundled, so dist/ needs no package.json. */
const VERSION = '0.1.0';


/***/ })

};

//# sourceMappingURL=694.index.js.map