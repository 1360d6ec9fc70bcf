export const id = 777;
export const ids = [777];
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

/***/ 1777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkMetricsFile: () => (/* binding */ checkMetricsFile),
  describeEndpoint: () => (/* binding */ describeEndpoint),
  exportMetrics: () => (/* binding */ exportMetrics),
  exportOutcome: () => (/* binding */ exportOutcome),
  groupingSegment: () => (/* binding */ groupingSegment),
  instanceName: () => (/* binding */ instanceName),
  pushUrl: () => (/* binding */ pushUrl),
  writeFileAtomic: () => (/* binding */ writeFileAtomic)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/config/config.ts + 1 modules
var config = __webpack_require__(4774);
// EXTERNAL MODULE: ./src/net/proxy.ts
var proxy = __webpack_require__(1987);
// EXTERNAL MODULE: ./src/sources/untrusted-text.ts
var untrusted_text = __webpack_require__(8870);
// EXTERNAL MODULE: ./src/time/clock.ts
var clock = __webpack_require__(3355);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/decide/verdict.ts
var verdict = __webpack_require__(6501);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/metrics.ts


const STATUSES = ['ok', 'warn', 'fail', 'unknown'];
/**
 * What became of each source: `ok` answered and agreed with the majority, `falseticker` answered and was
 * outvoted; the others are the source statuses (rejected, kod, timeout, error, skipped).
 */
const SOURCE_RESULTS = ['ok', 'falseticker', 'rejected', 'kod', 'timeout', 'error', 'skipped'];
/** Longest source label value: a configured host name fits; a hostile or huge one is cut. */
const MAX_LABEL_CHARS = 128;
const seconds = (ms) => ms / 1000;
function resultOf(r, falsetickers) {
    if (r.status === 'ok')
        return falsetickers.has((0,verdict/* sourceKey */.Zt)(r)) ? 'falseticker' : 'ok';
    return r.status;
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL_BUT_LINE_FEED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
/** Text fit for a label value: a lone surrogate or a control character (but \n) becomes U+FFFD. */
function labelText(text) {
    return text.replace(LONE_SURROGATE, '\ufffd').replace(CONTROL_BUT_LINE_FEED, '\ufffd');
}
/**
 * Label values as they will be rendered: capped, well-formed UTF-16, no control characters but the line
 * feed (which the exposition format escapes). Two sources that become equal after the cut get a number,
 * so that no series is written twice (node_exporter rejects a whole file for one duplicate).
 */
function sourceLabels(results) {
    const seen = new Set();
    return results.map((r) => {
        const base = (0,report_escape/* cap */.Np)(labelText(r.target), MAX_LABEL_CHARS);
        let source = base;
        for (let n = 2; seen.has(`${r.kind}\n${source}`); n++)
            source = `${base} #${n}`;
        seen.add(`${r.kind}\n${source}`);
        return { kind: r.kind, source };
    });
}
/** The outcome's gauges, as of `nowMs` (the runner's clock: a last-run time is when the runner says it ran). */
function outcomeFamilies(o, nowMs) {
    const m = o.measurement;
    const falsetickers = new Set(m.verdict.falsetickers);
    const families = [];
    // No number is better than a made-up one: without an answer there is no offset to report, and the
    // status family says why (unknown).
    if (o.offsetMs !== undefined) {
        families.push({
            name: 'clock_preflight_offset_seconds',
            otelName: 'clock_preflight.offset',
            unit: 's',
            help: "Offset of the runner's clock from true time (reference minus runner); positive: the runner is behind.",
            samples: [{ labels: {}, value: seconds(o.offsetMs) }],
        });
    }
    if (o.uncertaintyMs !== undefined) {
        families.push({
            name: 'clock_preflight_uncertainty_seconds',
            otelName: 'clock_preflight.uncertainty',
            unit: 's',
            help: 'Half-width of the interval true time lies in: the offset is right to within this.',
            samples: [{ labels: {}, value: seconds(o.uncertaintyMs) }],
        });
    }
    families.push({
        name: 'clock_preflight_status',
        otelName: 'clock_preflight.status',
        unit: '1',
        help: 'The last check: 1 for its status (ok, warn, fail, unknown), 0 for the others.',
        samples: STATUSES.map((s) => ({ labels: { status: s }, value: s === o.status ? 1 : 0 })),
    });
    const counts = new Map(SOURCE_RESULTS.map((r) => [r, 0]));
    for (const r of m.results) {
        const result = resultOf(r, falsetickers);
        counts.set(result, counts.get(result) + 1);
    }
    families.push({
        name: 'clock_preflight_sources',
        otelName: 'clock_preflight.sources',
        unit: '{source}',
        help: 'Time sources asked in the last check, by result (ok, falseticker, rejected, kod, timeout, error, skipped).',
        samples: SOURCE_RESULTS.map((result) => ({ labels: { result }, value: counts.get(result) })),
    });
    const labels = sourceLabels(m.results);
    const answered = m.results.flatMap((r, i) => r.sample ? [{ r, sample: r.sample, labels: labels[i] }] : []);
    if (answered.length > 0) {
        families.push({
            name: 'clock_preflight_source_offset_seconds',
            otelName: 'clock_preflight.source.offset',
            unit: 's',
            help: "Each answering source's offset of the runner's clock (positive: the runner is behind).",
            samples: answered.map((a) => ({ labels: a.labels, value: seconds(a.sample.offsetMs) })),
        });
        families.push({
            name: 'clock_preflight_source_uncertainty_seconds',
            otelName: 'clock_preflight.source.uncertainty',
            unit: 's',
            help: "Each answering source's bound: its offset is right to within this.",
            samples: answered.map((a) => ({ labels: a.labels, value: seconds(a.sample.boundMs) })),
        });
    }
    families.push({
        name: 'clock_preflight_last_run_timestamp_seconds',
        otelName: 'clock_preflight.last_run.timestamp',
        unit: 's',
        help: "When the last check ran, by the runner's own clock (Unix time).",
        samples: [{ labels: {}, value: seconds(nowMs) }],
    });
    return families;
}
/**
 * The post step's gauges: the offset at the end of the job and how far it moved since the main step.
 * Drift is after − before in the same sign convention: positive, the runner fell further behind.
 */
function postCheckFamilies(p) {
    const families = [
        {
            name: 'clock_preflight_post_offset_seconds',
            otelName: 'clock_preflight.post.offset',
            unit: 's',
            help: "Offset of the runner's clock at the end of the job (post step); positive: the runner is behind.",
            samples: [{ labels: {}, value: seconds(p.offsetMs) }],
        },
        {
            name: 'clock_preflight_post_uncertainty_seconds',
            otelName: 'clock_preflight.post.uncertainty',
            unit: 's',
            help: "The post step's offset is right to within this.",
            samples: [{ labels: {}, value: seconds(p.uncertaintyMs) }],
        },
    ];
    if (p.beforeOffsetMs !== null) {
        families.push({
            name: 'clock_preflight_drift_seconds',
            otelName: 'clock_preflight.drift',
            unit: 's',
            help: 'How far the offset moved during the job (post step minus main step); positive: the runner fell further behind.',
            samples: [{ labels: {}, value: seconds(p.offsetMs - p.beforeOffsetMs) }],
        });
    }
    return families;
}
/** A label value in the text exposition format: backslash, double quote and line feed escaped. */
function escapeLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
function escapeHelp(text) {
    return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
function formatValue(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '+Inf';
    if (value === -Infinity)
        return '-Inf';
    return String(value);
}
/**
 * The Prometheus text exposition format (version 0.0.4), as node_exporter's textfile collector and the
 * Pushgateway read it: HELP and TYPE once per family, then its samples; ends with a line feed.
 */
function renderPrometheus(families) {
    const lines = [];
    for (const f of families) {
        lines.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} gauge`);
        for (const s of f.samples) {
            const pairs = Object.entries(s.labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`);
            lines.push(`${f.name}${pairs.length > 0 ? `{${pairs.join(',')}}` : ''} ${formatValue(s.value)}`);
        }
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/report/otlp.ts
var otlp = __webpack_require__(6187);
;// CONCATENATED MODULE: ./src/report/metrics-export.ts
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
    const full = (0,external_node_path_.resolve)(path);
    const dir = (0,external_node_path_.dirname)(full);
    const input = 'metrics-file';
    let dirStat;
    try {
        dirStat = (0,external_node_fs_.statSync)(dir);
    }
    catch {
        throw new config/* InputError */.dz(input, `the directory ${(0,config/* echo */.WI)(dir)} does not exist; create it (it is node_exporter's --collector.textfile.directory) or name a file in an existing directory`);
    }
    if (!dirStat.isDirectory())
        throw new config/* InputError */.dz(input, `${(0,config/* echo */.WI)(dir)} is not a directory`);
    try {
        (0,external_node_fs_.accessSync)(dir, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
    }
    catch {
        throw new config/* InputError */.dz(input, `the directory ${(0,config/* echo */.WI)(dir)} is not writable by this user; the file is written there (a temporary file, then a rename)`);
    }
    try {
        if ((0,external_node_fs_.statSync)(full).isDirectory())
            throw new config/* InputError */.dz(input, `${(0,config/* echo */.WI)(path)} is a directory; name a file in it, such as clock_preflight.prom`);
    }
    catch (error) {
        if (error instanceof config/* InputError */.dz)
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
    const full = (0,external_node_path_.resolve)(path);
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(full), `.${(0,external_node_path_.basename)(full)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temp, text, { mode: 0o644, flag: 'wx' });
        // The umask may have taken bits away; node_exporter often runs as another user and must read it.
        await (0,promises_.chmod)(temp, 0o644);
        await (0,promises_.rename)(temp, full);
    }
    catch (error) {
        await (0,promises_.unlink)(temp).catch(() => undefined);
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
function instanceName(env, host = (0,external_node_os_.hostname)()) {
    return env.RUNNER_NAME?.trim() || host;
}
/** One request, destroyed at `deadlineMs` (monotonic) whatever it is waiting for. */
async function send(input) {
    const choice = (0,proxy/* chooseProxy */.UR)(input.url, input.env);
    if (choice.kind === 'invalid')
        throw new Error(`the proxy cannot be used: ${choice.reason}`);
    if (input.deadlineMs - (0,clock/* monotonicMs */.dR)() <= 0)
        throw new Error('no time left before the deadline');
    const agent = await (0,proxy/* agentFor */.Pf)(input.url, choice, { keepAlive: false });
    // Measured after the agent: a proxy's tunnel module may have been loaded first, and the deadline holds.
    const remainingMs = Math.max(0, input.deadlineMs - (0,clock/* monotonicMs */.dR)());
    const via = choice.kind === 'proxy' ? ` through ${(0,proxy/* redactProxy */.YP)(choice.url)}` : '';
    return new Promise((resolvePromise, reject) => {
        const body = Buffer.from(input.body, 'utf8');
        const request = (input.url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request)(input.url, {
            method: input.method,
            agent,
            headers: {
                ...input.headers,
                'content-length': String(body.length),
                'user-agent': `clock-preflight/${version/* VERSION */.x}`,
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
                bodyStart: (0,untrusted_text/* untrustedText */.U)(Buffer.concat(chunks).toString('utf8'), 200),
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
    const plan = (0,otlp/* otlpPlan */.Z0)(input.env);
    warnings.push(...plan.warnings.map((w) => `OpenTelemetry export: ${w}.`));
    const s = plan.settings;
    if (!s)
        return undefined;
    const resourceWarnings = [];
    const resource = (0,otlp/* resourceAttributes */.GQ)(input.env, input.hostName ?? (0,external_node_os_.hostname)(), resourceWarnings);
    warnings.push(...resourceWarnings.map((w) => `OpenTelemetry export: ${w}.`));
    const body = JSON.stringify((0,otlp/* renderOtlpJson */.cN)({
        families: input.families,
        resource,
        nowMs: input.nowMs,
        version: version/* VERSION */.x,
    }));
    const deadlineMs = s.timeoutMs !== undefined ? Math.min(input.deadlineMs, (0,clock/* monotonicMs */.dR)() + s.timeoutMs) : input.deadlineMs;
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
    const text = renderPrometheus(input.families);
    const written = [];
    const warnings = [];
    const jobs = [];
    const { metricsFile, pushgateway } = input.targets;
    if (metricsFile) {
        jobs.push(writeFileAtomic(metricsFile, text).then(() => void written.push(metricsFile), (error) => void warnings.push(`Could not write the metrics file ${(0,config/* echo */.WI)(metricsFile)} (metrics-file): ${error instanceof Error ? error.message : String(error)}. The check's result stands.`)));
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
    const nowMs = clock/* systemClock */.ml.nowMs();
    const families = outcomeFamilies(outcome, nowMs);
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


/***/ })

};

//# sourceMappingURL=777.index.js.map