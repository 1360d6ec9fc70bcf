#!/usr/bin/env node
import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(436);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 436:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT_FAIL, EXIT_OK, EXIT_USAGE

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./src/config.ts
/**
 * One input schema for both entry points: the action reads `INPUT_*` through @actions/core, the CLI reads
 * `--flags`; both hand a name → raw string lookup to `readConfig`, which validates everything before any
 * network work and names the input and its accepted form when something is wrong.
 */

class InputError extends Error {
    input;
    constructor(input, message) {
        super(`Invalid input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/**
 * Public NTP defaults: four operators with independent infrastructure, so that three must agree for a
 * majority and one operator's fault is outvoted. time.aws.com is AWS's own public NTP service, closest to
 * the clock that finally judges signatures. pool.ntp.org is left out on purpose: the pool asks software
 * vendors not to ship its default zone.
 */
const DEFAULT_NTP_SERVERS = [
    'time.aws.com',
    'time.cloudflare.com',
    'time.google.com',
    'time.apple.com',
];
const INPUTS = [
    {
        name: 'ntp-servers',
        description: 'NTP servers to ask, comma- or newline-separated: host, host:port, IPv4, [IPv6] or [IPv6]:port. `none` turns NTP off.',
        default: DEFAULT_NTP_SERVERS.join(','),
        form: 'a comma- or newline-separated list of host, host:port, IPv4, [IPv6]:port, or none',
    },
    {
        name: 'aws',
        description: 'AWS as a time reference: `auto` (HTTPS Date of the regional STS endpoint, plus a signed STS call when credentials are available), `https`, `sts` (signed call required) or `off`.',
        default: 'auto',
        form: 'one of auto, https, sts, off',
    },
    {
        name: 'aws-region',
        description: 'Region whose STS endpoint is asked. Default: AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1.',
        default: '',
        form: 'an AWS region name such as us-east-1 or eu-west-2',
    },
    {
        name: 'warn-offset',
        description: 'Warn when the clock is off by more than this. Durations: 1500ms, 30s, 5m, 1h; bare numbers are seconds.',
        default: '5s',
        form: 'a duration such as 1500ms, 30s, 5m or 1h (bare numbers are seconds)',
    },
    {
        name: 'max-offset',
        description: 'Fail when the clock is off by more than this. AWS rejects SigV4 signatures more than 5 minutes off.',
        default: '60s',
        form: 'a duration such as 1500ms, 30s, 5m or 1h (bare numbers are seconds)',
    },
    {
        name: 'timeout',
        description: 'Deadline for the whole check, all sources together.',
        default: '10s',
        form: 'a duration between 100ms and 10m, such as 10s',
    },
    {
        name: 'on-unreachable',
        description: 'What to do when no reference answers: `fail` the job or only `warn`.',
        default: 'fail',
        form: 'fail or warn',
    },
    {
        name: 'post-check',
        description: 'At the end of the job, measure again (cheaply: the sources that answered) and say so when the clock moved by more than warn-offset or is past max-offset.',
        default: 'true',
        form: 'true or false',
        boolean: true,
    },
];
function inputSpec(name) {
    const spec = INPUTS.find((i) => i.name === name);
    if (!spec)
        throw new Error(`no input named ${name}`);
    return spec;
}
const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** `1500ms`, `30s`, `5m`, `1h`, `2.5s`; a bare number is seconds. */
function parseDuration(text, input) {
    const match = DURATION.exec(text.trim());
    if (!match)
        throw new InputError(input, `'${text}' is not a duration; use ${inputSpec(input).form}`);
    const ms = Number(match[1]) * UNIT_MS[match[2] ?? 's'];
    if (!Number.isFinite(ms))
        throw new InputError(input, `'${text}' is too large`);
    return ms;
}
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
function isIPv4(text) {
    return (0,external_node_net_namespaceObject.isIPv4)(text);
}
/** An IPv6 literal without a zone id (a zone names a local interface, never a time server). */
function isIPv6(text) {
    return !text.includes('%') && (0,external_node_net_namespaceObject.isIPv6)(text);
}
function isHostname(text) {
    if (text.length === 0 || text.length > 253)
        return false;
    const labels = text.replace(/\.$/, '').split('.');
    // An all-numeric dotted name that is not an IPv4 address (999.1.1.1) is a typo, not a host.
    if (labels.every((l) => /^\d+$/.test(l)))
        return false;
    return labels.every((l) => HOST_LABEL.test(l));
}
function parsePort(text, input, entry) {
    if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535) {
        throw new InputError(input, `'${entry}' has an invalid port; ports are 1 to 65535`);
    }
    return Number(text);
}
/** One server entry: host, host:port, IPv4, IPv4:port, IPv6, [IPv6] or [IPv6]:port. */
function parseServer(entry, input, defaultPort) {
    const bad = () => new InputError(input, `'${entry}' is not a server; use ${inputSpec(input).form.replace(/^a comma.*?list of /, '')}`);
    const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(entry);
    if (bracketed) {
        if (!isIPv6(bracketed[1]))
            throw bad();
        const port = bracketed[2] === undefined ? defaultPort : parsePort(bracketed[2], input, entry);
        return { host: bracketed[1], port, label: entry };
    }
    if (isIPv6(entry))
        return { host: entry, port: defaultPort, label: entry };
    const parts = entry.split(':');
    if (parts.length > 2)
        throw bad();
    const [host, portText] = parts;
    if (!isIPv4(host) && !isHostname(host))
        throw bad();
    const port = portText === undefined ? defaultPort : parsePort(portText, input, entry);
    return { host: host.toLowerCase(), port, label: entry };
}
/** A comma- or newline-separated list; `none` (alone) means an empty list. */
function parseServerList(text, input, defaultPort) {
    const entries = text
        .split(/[,\n]/)
        .map((e) => e.trim())
        .filter((e) => e !== '');
    if (entries.length === 1 && entries[0].toLowerCase() === 'none')
        return [];
    if (entries.length === 0) {
        throw new InputError(input, `the list is empty; give servers or 'none'`);
    }
    const servers = entries.map((e) => parseServer(e, input, defaultPort));
    const seen = new Set();
    for (const s of servers) {
        const key = `${s.host}:${s.port}`;
        if (seen.has(key))
            throw new InputError(input, `'${s.label}' is listed twice`);
        seen.add(key);
    }
    if (servers.length > 16)
        throw new InputError(input, `${servers.length} servers is too many; give at most 16`);
    return servers;
}
function parseChoice(text, input, choices) {
    const value = text.trim().toLowerCase();
    if (choices.includes(value))
        return value;
    throw new InputError(input, `'${text}' is not accepted; use ${inputSpec(input).form}`);
}
function parseBoolean(text, input) {
    const value = text.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new InputError(input, `'${text}' is not a boolean; use true or false`);
}
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
function parseRegion(text, input) {
    const value = text.trim();
    if (!REGION.test(value))
        throw new InputError(input, `'${text}' is not a region; use ${inputSpec(input).form}`);
    return value;
}
function raw(get, name) {
    const value = get(name);
    return value === undefined || value.trim() === '' ? inputSpec(name).default : value;
}
function readConfig(get, env = {}) {
    const ntpServers = parseServerList(raw(get, 'ntp-servers'), 'ntp-servers', 123);
    const aws = parseChoice(raw(get, 'aws'), 'aws', ['auto', 'https', 'sts', 'off']);
    const regionText = raw(get, 'aws-region');
    let awsRegion;
    if (regionText !== '')
        awsRegion = parseRegion(regionText, 'aws-region');
    else if (env.AWS_REGION)
        awsRegion = parseRegion(env.AWS_REGION, 'aws-region (from AWS_REGION)');
    else if (env.AWS_DEFAULT_REGION) {
        awsRegion = parseRegion(env.AWS_DEFAULT_REGION, 'aws-region (from AWS_DEFAULT_REGION)');
    }
    const warnOffsetMs = parseDuration(raw(get, 'warn-offset'), 'warn-offset');
    const maxOffsetMs = parseDuration(raw(get, 'max-offset'), 'max-offset');
    if (maxOffsetMs <= 0)
        throw new InputError('max-offset', 'must be more than zero');
    if (warnOffsetMs > maxOffsetMs) {
        throw new InputError('warn-offset', `${raw(get, 'warn-offset')} is larger than max-offset (${raw(get, 'max-offset')})`);
    }
    const timeoutMs = parseDuration(raw(get, 'timeout'), 'timeout');
    if (timeoutMs < 100 || timeoutMs > 600_000) {
        throw new InputError('timeout', `'${raw(get, 'timeout')}' is out of range; use ${inputSpec('timeout').form}`);
    }
    const onUnreachable = parseChoice(raw(get, 'on-unreachable'), 'on-unreachable', ['fail', 'warn']);
    const postCheck = parseBoolean(raw(get, 'post-check'), 'post-check');
    if (ntpServers.length === 0 && aws === 'off') {
        throw new InputError('ntp-servers', `is 'none' and aws is 'off': no time reference is left to check against`);
    }
    return { ntpServers, aws, awsRegion, warnOffsetMs, maxOffsetMs, timeoutMs, onUnreachable, postCheck };
}

;// CONCATENATED MODULE: ./src/consensus.ts
function endpoints(intervals) {
    const all = [];
    for (const i of intervals) {
        all.push({ valueMs: i.lowMs, edge: 1 }, { valueMs: i.highMs, edge: -1 });
    }
    // At equal values starts sort before ends, so intervals that only touch still count as overlapping.
    return all.sort((a, b) => a.valueMs - b.valueMs || b.edge - a.edge);
}
function selectTruechimers(intervals) {
    const n = intervals.length;
    if (n === 0)
        return undefined;
    const ascending = endpoints(intervals);
    const descending = [...ascending].reverse();
    for (let f = 0; 2 * f < n; f++) {
        const needed = n - f;
        let low;
        let high;
        let depth = 0;
        for (const e of ascending) {
            depth += e.edge;
            if (depth >= needed) {
                low = e.valueMs;
                break;
            }
        }
        depth = 0;
        for (const e of descending) {
            depth -= e.edge;
            if (depth >= needed) {
                high = e.valueMs;
                break;
            }
        }
        if (low === undefined || high === undefined || low > high)
            continue;
        const truechimers = [];
        const falsetickers = [];
        intervals.forEach((i, index) => {
            (i.highMs >= low && i.lowMs <= high ? truechimers : falsetickers).push(index);
        });
        return { lowMs: low, highMs: high, truechimers, falsetickers };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/time/clock.ts
function anchorToWallClock() {
    const start = Date.now();
    let wall = start;
    let perf = performance.now();
    // Bounded: Date.now() must tick within a few ms unless the process is descheduled.
    for (let i = 0; i < 1_000_000 && wall === start; i++) {
        perf = performance.now();
        wall = Date.now();
    }
    return { wallMs: wall, perfMs: perf };
}
let clock_anchor;
const systemClock = {
    nowMs() {
        clock_anchor ??= anchorToWallClock();
        return clock_anchor.wallMs + (performance.now() - clock_anchor.perfMs);
    },
};
/** Monotonic milliseconds, for deadlines and durations only (never compared with reference time). */
function monotonicMs() {
    return performance.now();
}

;// CONCATENATED MODULE: ./src/format.ts
/** Number formatting for people: sizes of offsets and delays, directions. */
/** 7 m 12 s, 1.35 s, 420 ms, 0.8 ms, 3 d 4 h. */
function humanDuration(ms) {
    const abs = Math.abs(ms);
    if (abs < 1)
        return `${abs.toFixed(2)} ms`;
    if (abs < 10)
        return `${abs.toFixed(1)} ms`;
    if (abs < 1000)
        return `${Math.round(abs)} ms`;
    if (abs < 10_000)
        return `${(abs / 1000).toFixed(2)} s`;
    if (abs < 60_000)
        return `${(abs / 1000).toFixed(1)} s`;
    const totalSeconds = Math.round(abs / 1000);
    const days = Math.floor(totalSeconds / 86_400);
    const hours = Math.floor((totalSeconds % 86_400) / 3600);
    const minutes = Math.floor((totalSeconds % 3600) / 60);
    const seconds = totalSeconds % 60;
    if (days >= 365)
        return `${(days / 365.25).toFixed(1)} years`;
    if (days > 0)
        return `${days} d ${hours} h`;
    if (hours > 0)
        return `${hours} h ${minutes} m`;
    return `${minutes} m ${seconds} s`;
}
/** Sign convention: offset = reference − runner, so positive means the runner is behind. */
function direction(offsetMs) {
    return offsetMs >= 0 ? 'behind' : 'ahead';
}
/** "7 m 12 s behind", "420 ms ahead". */
function describeOffset(offsetMs) {
    return `${humanDuration(offsetMs)} ${direction(offsetMs)}`;
}
/** Signed milliseconds for tables: +432000.1 ms. */
function signedMs(ms, digits = 1) {
    return `${ms >= 0 ? '+' : '−'}${Math.abs(ms).toFixed(digits)} ms`;
}

;// CONCATENATED MODULE: ./src/impact.ts
/**
 * What a clock offset of a given size and direction breaks. Pure: the limits are facts about the
 * services, not measurements.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Everything that fails at this offset (positive = runner behind). */
function impactsAt(offsetMs) {
    const abs = Math.abs(offsetMs);
    const behind = offsetMs > 0;
    const impacts = [];
    if (abs > 5 * MINUTE_MS) {
        impacts.push({
            service: 'AWS Signature V4',
            limitMs: 5 * MINUTE_MS,
            symptom: behind
                ? "the aws CLI, boto3 and Terraform will fail with 'Signature expired: … is now earlier than …' (5 min limit); the JavaScript SDK v3 hides it by correcting its own skew"
                : "the aws CLI, boto3 and Terraform will fail with 'Signature not yet current: … is still later than …' (5 min limit); the JavaScript SDK v3 hides it by correcting its own skew",
        });
        impacts.push({
            service: 'Kerberos',
            limitMs: 5 * MINUTE_MS,
            symptom: "Kerberos authentication fails with KRB_AP_ERR_SKEW 'Clock skew too great' (5 min default)",
        });
    }
    if (abs > 15 * MINUTE_MS) {
        impacts.push({
            service: 'AWS STS and S3',
            limitMs: 15 * MINUTE_MS,
            symptom: 'STS and S3 reject even their 15 min window: S3 answers RequestTimeTooSkewed',
        });
    }
    if (!behind && abs > MINUTE_MS) {
        impacts.push({
            service: 'GitHub App JWTs',
            limitMs: MINUTE_MS,
            symptom: "GitHub App tokens minted here are refused: 'iat' lies in GitHub's future (libraries allow 60 s)",
        });
    }
    if (behind && abs > 10 * MINUTE_MS) {
        impacts.push({
            service: 'GitHub App JWTs',
            limitMs: 10 * MINUTE_MS,
            symptom: "GitHub App tokens minted here are refused: their 'exp' (at most 10 min ahead) is already past for GitHub",
        });
    }
    if (abs > DAY_MS) {
        impacts.push({
            service: 'TLS',
            limitMs: DAY_MS,
            symptom: behind
                ? "recently issued TLS certificates look 'not yet valid', and apt refuses Release files 'not valid yet'"
                : "TLS certificates near their end look 'expired'",
        });
    }
    return impacts;
}
/** One sentence: what breaks, or that nothing does yet and how close the nearest limit is. */
function describeImpact(offsetMs) {
    const impacts = impactsAt(offsetMs);
    if (impacts.length > 0) {
        const text = impacts.map((i) => i.symptom).join('; ') + '.';
        return text.charAt(0).toUpperCase() + text.slice(1);
    }
    const abs = Math.abs(offsetMs);
    const awsLimit = 5 * MINUTE_MS;
    if (abs >= 1000) {
        return `AWS still accepts signatures at this size (limit 5 min, ${humanDuration(awsLimit - abs)} to go), but a clock this far off is drifting or unsynchronised.`;
    }
    return 'Nothing breaks at this size.';
}

;// CONCATENATED MODULE: ./src/verdict.ts


/** Smallest and largest |offset| within [low, high]. */
function absoluteRange(lowMs, highMs) {
    const min = lowMs <= 0 && highMs >= 0 ? 0 : Math.min(Math.abs(lowMs), Math.abs(highMs));
    return [min, Math.max(Math.abs(lowMs), Math.abs(highMs))];
}
function judge(lowMs, highMs, t) {
    const [minAbs, maxAbs] = absoluteRange(lowMs, highMs);
    if (minAbs > t.maxOffsetMs)
        return { status: 'fail', certain: true };
    if (maxAbs <= t.warnOffsetMs)
        return { status: 'ok', certain: true };
    if (minAbs > t.warnOffsetMs && maxAbs <= t.maxOffsetMs)
        return { status: 'warn', certain: true };
    if (maxAbs > t.maxOffsetMs)
        return { status: 'fail', certain: false, straddles: 'max-offset' };
    return { status: 'warn', certain: false, straddles: 'warn-offset' };
}
function sourceKey(r) {
    return `${r.kind} ${r.target}`;
}
function sourceName(r) {
    return r.kind === 'ntp' ? r.target : `${r.target} (${r.kind})`;
}
function agreement(deciding, truechimers) {
    const kinds = new Set(deciding.map((r) => r.kind));
    const noun = kinds.size === 1 && kinds.has('ntp') ? 'NTP servers' : 'sources';
    if (deciding.length === 1)
        return `1 source: ${truechimers[0]}`;
    return `${truechimers.length} of ${deciding.length} ${noun} agree`;
}
/**
 * `deciding` are the sources with a sample that were allowed to decide (in the same order as the
 * consensus indices); `all` is every source asked, for counting who did not answer.
 */
function decide(consensus, deciding, all, t) {
    const silent = all.length - deciding.length;
    if (deciding.length === 0) {
        return {
            status: 'unknown',
            reason: 'no-answer',
            certain: true,
            title: 'No time reference answered',
            message: `None of the ${all.length} time sources gave a usable answer, so the runner's clock could not be checked.`,
            truechimers: [],
            falsetickers: [],
        };
    }
    if (!consensus) {
        const offsets = deciding
            .map((r) => `${sourceName(r)} says ${describeOffset(r.sample.offsetMs)}`)
            .join(', ');
        return {
            status: 'unknown',
            reason: 'no-majority',
            certain: true,
            title: 'Time sources disagree with no majority',
            message: `The time sources disagree and no majority agrees on one interval (${offsets}). ` +
                'One of them is wrong or lying, and nothing says which: this is not a pass. Add more servers so that a majority can outvote a bad one.',
            truechimers: [],
            falsetickers: [],
        };
    }
    const truechimers = consensus.truechimers.map((i) => deciding[i]);
    const falsetickers = consensus.falsetickers.map((i) => deciding[i]);
    const offsetMs = (consensus.lowMs + consensus.highMs) / 2;
    const uncertaintyMs = (consensus.highMs - consensus.lowMs) / 2;
    const j = judge(consensus.lowMs, consensus.highMs, t);
    const size = `${describeOffset(offsetMs)} (±${humanDuration(uncertaintyMs)})`;
    const parts = [];
    const who = agreement(deciding, truechimers.map(sourceName));
    parts.push(`Runner clock is ${size}; ${who}.`);
    if (falsetickers.length > 0) {
        const named = falsetickers.map((r) => `${sourceName(r)} (${describeOffset(r.sample.offsetMs)})`);
        parts.push(`Outvoted as falsetickers: ${named.join(', ')}.`);
    }
    if (silent > 0)
        parts.push(`${silent} of ${all.length} sources gave no usable answer.`);
    if (j.status !== 'ok' || Math.abs(offsetMs) > t.warnOffsetMs)
        parts.push(describeImpact(offsetMs));
    if (!j.certain) {
        const limit = j.straddles === 'max-offset' ? t.maxOffsetMs : t.warnOffsetMs;
        parts.push(`The measurement (${humanDuration(Math.abs(consensus.lowMs))} to ${humanDuration(Math.abs(consensus.highMs))}) straddles ${j.straddles} ${humanDuration(limit)} and more measurements within the timeout did not settle it, so it is treated as ${j.status}.`);
    }
    const title = j.status === 'ok'
        ? `Runner clock is within ${humanDuration(t.warnOffsetMs)} (${describeOffset(offsetMs)})`
        : `Runner clock is ${describeOffset(offsetMs)}` +
            (j.status === 'fail'
                ? ` (over max-offset ${humanDuration(t.maxOffsetMs)})`
                : ` (over warn-offset ${humanDuration(t.warnOffsetMs)})`);
    return {
        status: j.status,
        reason: 'judged',
        certain: j.certain,
        offsetMs,
        uncertaintyMs,
        title,
        message: parts.join(' '),
        truechimers: truechimers.map(sourceKey),
        falsetickers: falsetickers.map(sourceKey),
    };
}

;// CONCATENATED MODULE: ./src/measure.ts
/**
 * The measurement loop: every source in parallel under one deadline, then consensus and verdict; while
 * the verdict straddles a threshold and time remains, measure again (sources refine); stop early once a
 * majority of all sources agrees on a certain verdict.
 */



function deciding(results, requireAuthenticated) {
    return results.filter((r) => r.status === 'ok' && r.sample && (!requireAuthenticated || r.authenticated));
}
function evaluate(results, options) {
    const voters = deciding(results, options.requireAuthenticated ?? false);
    const consensus = selectTruechimers(voters.map((r) => ({
        lowMs: r.sample.offsetMs - r.sample.boundMs,
        highMs: r.sample.offsetMs + r.sample.boundMs,
    })));
    const all = options.requireAuthenticated ? results.filter((r) => r.authenticated) : results;
    return decide(consensus, voters, all.length > 0 ? all : results, options);
}
/** A certain verdict that a majority of all sources (answered or not) supports cannot change. */
function settled(results, options) {
    const answered = results.filter((r) => r !== undefined);
    const verdict = evaluate(answered, options);
    if (verdict.reason !== 'judged' || !verdict.certain)
        return false;
    const eligible = options.requireAuthenticated
        ? answered.filter((r) => r.authenticated).length + results.filter((r) => r === undefined).length
        : results.length;
    return 2 * verdict.truechimers.length > eligible;
}
async function measure(sources, options, outer) {
    const started = monotonicMs();
    const deadline = AbortSignal.any([AbortSignal.timeout(options.timeoutMs), ...(outer ? [outer] : [])]);
    const results = sources.map(() => undefined);
    let rounds = 0;
    const round = async (which) => {
        rounds += 1;
        const early = new AbortController();
        const signal = AbortSignal.any([deadline, early.signal]);
        let graceTimer;
        const pending = new Set(which);
        await Promise.all(which.map(async (i) => {
            const r = await sources[i].measure(signal);
            // A refinement that fails (lost, cut off by the deadline) does not erase what the source said before.
            const previous = results[i];
            results[i] = previous?.sample && !r.sample ? previous : r;
            pending.delete(i);
            if (pending.size > 0 && !graceTimer && rounds === 1) {
                const snapshot = results.map((x, j) => (pending.has(j) ? undefined : x));
                if (settled(snapshot, options)) {
                    // Give stragglers a moment (they may only narrow the interval), then stop waiting.
                    const slowest = Math.max(...results.filter((x) => x?.sample).map((x) => x.sample.delayMs), 10);
                    graceTimer = setTimeout(() => early.abort(), Math.min(3 * slowest + 20, 500));
                }
            }
        }));
        clearTimeout(graceTimer);
        if (early.signal.aborted && !deadline.aborted) {
            for (const i of which) {
                const r = results[i];
                if (r.status === 'timeout') {
                    results[i] = { ...r, status: 'skipped', reason: 'not waited for: a majority had already agreed' };
                }
            }
        }
    };
    await round(sources.map((_, i) => i));
    let verdict = evaluate(results, options);
    // Undecided at a threshold: ask again, while there is time, the sources that can refine.
    while (verdict.reason === 'judged' && !verdict.certain && !deadline.aborted) {
        const again = sources
            .map((s, i) => i)
            .filter((i) => sources[i].canRefine() && results[i].status === 'ok');
        if (again.length === 0)
            break;
        const roundStarted = monotonicMs();
        const before = JSON.stringify(results);
        await round(again);
        // Sources that answer a refinement at once with nothing new have nothing more to say: do not spin.
        if (monotonicMs() - roundStarted < 5 && JSON.stringify(results) === before)
            break;
        verdict = evaluate(results, options);
    }
    return { results: results, verdict, elapsedMs: monotonicMs() - started, rounds };
}

;// CONCATENATED MODULE: external "node:dgram"
const external_node_dgram_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dgram");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/ntp/packet.ts
/**
 * NTPv4 wire format (RFC 5905 §7.3): encode a client request, decode and validate a server reply.
 * No I/O here: bytes and numbers in, values or a reason for rejection out.
 */
const NTP_PACKET_BYTES = 48;
/** Seconds from the NTP epoch (1900-01-01) to the Unix epoch (1970-01-01). */
const NTP_UNIX_EPOCH_DELTA_S = 2_208_988_800;
const ERA_SECONDS = 2 ** 32;
const FRACTION_SCALE = 2 ** 32;
/**
 * Root distance (root delay / 2 + root dispersion) above which a server's own time is too uncertain to
 * be a reference. chrony's default `maxdistance` is 3 s; we use the same.
 */
const MAX_ROOT_DISTANCE_MS = 3000;
const Mode = { Client: 3, Server: 4 };
const LEAP_UNSYNCHRONIZED = 3;
function isZero(t) {
    return t.seconds === 0 && t.fraction === 0;
}
function sameTimestamp(a, b) {
    return a.seconds === b.seconds && a.fraction === b.fraction;
}
/**
 * Converts an NTP timestamp to Unix milliseconds. The 32-bit seconds field wraps every 136 years (the
 * first wrap is on 2036-02-07), so the era is the one that puts the result nearest to `pivotMs`, the
 * runner's own idea of now. That is correct whenever the runner is within 68 years of true time.
 */
function ntpToUnixMs(t, pivotMs) {
    const pivotNtpSeconds = pivotMs / 1000 + NTP_UNIX_EPOCH_DELTA_S;
    const pivotEra = Math.floor(pivotNtpSeconds / ERA_SECONDS);
    let best = Number.NaN;
    for (const era of [pivotEra - 1, pivotEra, pivotEra + 1]) {
        const ntpSeconds = era * ERA_SECONDS + t.seconds + t.fraction / FRACTION_SCALE;
        const unixMs = (ntpSeconds - NTP_UNIX_EPOCH_DELTA_S) * 1000;
        if (Number.isNaN(best) || Math.abs(unixMs - pivotMs) < Math.abs(best - pivotMs))
            best = unixMs;
    }
    return best;
}
/** Converts Unix milliseconds to an NTP timestamp (era folded into the 32-bit field). */
function unixMsToNtp(unixMs) {
    const ntpSeconds = unixMs / 1000 + NTP_UNIX_EPOCH_DELTA_S;
    const whole = Math.floor(ntpSeconds);
    let fraction = Math.round((ntpSeconds - whole) * FRACTION_SCALE);
    let seconds = whole;
    if (fraction >= FRACTION_SCALE) {
        fraction -= FRACTION_SCALE;
        seconds += 1;
    }
    return { seconds: ((seconds % ERA_SECONDS) + ERA_SECONDS) % ERA_SECONDS, fraction };
}
function readShortMs(view, offset) {
    // NTP short format: unsigned 16.16 seconds.
    return (view.getUint16(offset) + view.getUint16(offset + 2) / 65536) * 1000;
}
function readTimestamp(view, offset) {
    return { seconds: view.getUint32(offset), fraction: view.getUint32(offset + 4) };
}
function writeTimestamp(view, offset, t) {
    view.setUint32(offset, t.seconds);
    view.setUint32(offset + 4, t.fraction);
}
/**
 * A client request that reveals nothing about the runner (chrony's way): every field zero except the
 * version, the mode and a transmit timestamp of random bits. The server copies that transmit timestamp
 * into its reply's origin field, which is how we recognise the reply as an answer to this request.
 */
function encodeClientRequest(randomTransmit) {
    const bytes = new Uint8Array(NTP_PACKET_BYTES);
    const view = new DataView(bytes.buffer);
    view.setUint8(0, (0 << 6) | (4 << 3) | Mode.Client);
    writeTimestamp(view, 40, randomTransmit);
    return bytes;
}
/** Encodes any packet; used by tests and by the test servers that imitate broken or hostile peers. */
function encodePacket(p) {
    const bytes = new Uint8Array(NTP_PACKET_BYTES);
    const view = new DataView(bytes.buffer);
    view.setUint8(0, ((p.leap & 3) << 6) | ((p.version & 7) << 3) | (p.mode & 7));
    view.setUint8(1, p.stratum & 0xff);
    view.setInt8(2, p.poll);
    view.setInt8(3, p.precision);
    const short = (ms) => Math.min(0xffffffff, Math.max(0, Math.round((ms / 1000) * 65536)));
    view.setUint32(4, short(p.rootDelayMs));
    view.setUint32(8, short(p.rootDispersionMs));
    bytes.set(p.refId.subarray(0, 4), 12);
    writeTimestamp(view, 16, p.reference);
    writeTimestamp(view, 24, p.origin);
    writeTimestamp(view, 32, p.receive);
    writeTimestamp(view, 40, p.transmit);
    return bytes;
}
/** Decodes the 48-byte header; extension fields and MACs beyond it are left to their own parsers. */
function decodePacket(bytes) {
    if (bytes.length < NTP_PACKET_BYTES)
        return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const first = view.getUint8(0);
    return {
        leap: first >> 6,
        version: (first >> 3) & 7,
        mode: first & 7,
        stratum: view.getUint8(1),
        poll: view.getInt8(2),
        precision: view.getInt8(3),
        rootDelayMs: readShortMs(view, 4),
        rootDispersionMs: readShortMs(view, 8),
        refId: bytes.slice(12, 16),
        reference: readTimestamp(view, 16),
        origin: readTimestamp(view, 24),
        receive: readTimestamp(view, 32),
        transmit: readTimestamp(view, 40),
    };
}
/** Kiss-o'-Death codes (RFC 5905 §7.4) after which a server must not be asked again. */
const KOD_STOP_CODES = new Set(['RATE', 'DENY', 'RSTR']);
function refIdText(refId) {
    return Array.from(refId, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '')).join('');
}
/**
 * The tests a reply must pass before it is a sample (after chrony's ntp_core.c and RFC 5905 §8):
 * size, mode, version, the origin check against the request's random transmit timestamp, Kiss-o'-Death,
 * synchronisation (leap indicator and stratum), non-zero timestamps and a sane root distance.
 */
function checkReply(bytes, expectedOrigin) {
    const packet = decodePacket(bytes);
    if (!packet)
        return { kind: 'rejected', reason: `short packet (${bytes.length} bytes, need 48)` };
    if (packet.mode !== Mode.Server) {
        return { kind: 'rejected', reason: `wrong mode ${packet.mode} (a server reply is mode 4)`, packet };
    }
    if (packet.version !== 3 && packet.version !== 4) {
        return { kind: 'rejected', reason: `unsupported NTP version ${packet.version}`, packet };
    }
    if (isZero(packet.origin)) {
        return { kind: 'rejected', reason: 'origin timestamp is zero (not an answer to our request)', packet };
    }
    if (!sameTimestamp(packet.origin, expectedOrigin)) {
        return {
            kind: 'rejected',
            reason: 'origin timestamp does not match our request (stale, replayed or forged reply)',
            packet,
        };
    }
    if (packet.stratum === 0) {
        const code = refIdText(packet.refId);
        return { kind: 'kiss-of-death', packet, code, stop: KOD_STOP_CODES.has(code) };
    }
    if (packet.leap === LEAP_UNSYNCHRONIZED || packet.stratum >= 16) {
        return {
            kind: 'rejected',
            reason: `server is not synchronised (leap ${packet.leap}, stratum ${packet.stratum})`,
            packet,
        };
    }
    if (isZero(packet.transmit))
        return { kind: 'rejected', reason: 'transmit timestamp is zero', packet };
    if (isZero(packet.receive))
        return { kind: 'rejected', reason: 'receive timestamp is zero', packet };
    const rootDistanceMs = packet.rootDelayMs / 2 + packet.rootDispersionMs;
    if (rootDistanceMs > MAX_ROOT_DISTANCE_MS) {
        return {
            kind: 'rejected',
            reason: `root distance ${Math.round(rootDistanceMs)} ms is over ${MAX_ROOT_DISTANCE_MS} ms (the server does not know the time well)`,
            packet,
        };
    }
    return { kind: 'valid', packet };
}
function onWire(t1, t2, t3, t4) {
    return { offsetMs: (t2 - t1 + (t3 - t4)) / 2, delayMs: t4 - t1 - (t3 - t2) };
}
function precisionMs(log2Seconds) {
    return 2 ** log2Seconds * 1000;
}

;// CONCATENATED MODULE: external "node:dns/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");
;// CONCATENATED MODULE: ./src/sources/source.ts
/** Resolves after `ms`, or at once when the signal aborts. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted || ms <= 0)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}
/** Races a promise against the signal: resolves to undefined when the signal aborts first. */
function untilAborted(promise, signal) {
    if (signal.aborted)
        return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
        const onAbort = () => resolve(undefined);
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then((v) => {
            signal.removeEventListener('abort', onAbort);
            resolve(v);
        }, (e) => {
            signal.removeEventListener('abort', onAbort);
            reject(e);
        });
    });
}
function errorCode(error) {
    if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
        return error.code;
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/sources/resolve.ts
/** Host name resolution bounded by the run's deadline; a failure is a per-source error, never a throw. */



async function resolveHost(host, signal) {
    const literal = (0,external_node_net_namespaceObject.isIP)(host);
    if (literal === 4 || literal === 6)
        return { ok: true, address: host, family: literal };
    try {
        const answer = await untilAborted((0,promises_namespaceObject.lookup)(host), signal);
        if (!answer)
            return {
                ok: false,
                reason: `DNS lookup of ${host} did not finish before the deadline`,
                timedOut: true,
            };
        return { ok: true, address: answer.address, family: answer.family === 6 ? 6 : 4 };
    }
    catch (error) {
        const code = errorCode(error);
        const words = code === 'ENOTFOUND'
            ? 'no such host'
            : code === 'EAI_AGAIN'
                ? 'DNS server did not answer (temporary failure)'
                : code;
        return { ok: false, reason: `DNS lookup of ${host} failed: ${words}`, timedOut: false };
    }
}
function formatAddress(address, port) {
    return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

;// CONCATENATED MODULE: ./src/sources/ntp.ts
/**
 * An NTP server as a time source, on node:dgram (the npm SNTP clients are unmaintained).
 *
 * One request per measurement; a lost reply is retried, never sooner than 2 s after the previous request
 * to the same server (the NTP pool's rule for clients). Requests carry a random transmit timestamp and a
 * reply is accepted only when its origin timestamp equals one we sent, on a socket connected to the
 * server's address and port (the kernel drops datagrams from anywhere else; we check again).
 */






/** Our own clock-reading error: the anchor of the sub-millisecond clock is exact to a few µs. */
const LOCAL_READ_ERROR_MS = 0.01;
function randomTimestamp() {
    const b = (0,external_node_crypto_namespaceObject.randomBytes)(8);
    return { seconds: b.readUInt32BE(0), fraction: b.readUInt32BE(4) };
}
function refIdOf(p) {
    if (p.stratum === 1)
        return Array.from(p.refId, (c) => (c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '')).join('');
    return Array.from(p.refId).join('.');
}
function sampleFromReply(p, t1, t4) {
    const t2 = ntpToUnixMs(p.receive, t1);
    const t3 = ntpToUnixMs(p.transmit, t4);
    const { offsetMs, delayMs } = onWire(t1, t2, t3, t4);
    // A negative delay means the server's timestamps disagree with our round trip by more than their
    // resolution; clamp to the server's precision as RFC 5905 does, the bound still holds.
    const delay = Math.max(delayMs, precisionMs(p.precision));
    const rootDistanceMs = p.rootDelayMs / 2 + p.rootDispersionMs;
    return {
        offsetMs,
        boundMs: delay / 2 + rootDistanceMs + precisionMs(p.precision) + LOCAL_READ_ERROR_MS,
        delayMs: delay,
        atMs: t4,
    };
}
/**
 * The first datagram a process receives runs dgram's and the event emitter's JavaScript for the first
 * time (lazy compilation), which delays our reading of T4 by up to a few milliseconds and shows up as a
 * false offset. So, once per process, a throwaway datagram goes round a loopback socket pair through the
 * same code path, and the packet functions are run once, before any real request is timed.
 */
let warmedUp;
function warmUp(clock) {
    warmedUp ??= new Promise((resolve) => {
        const a = (0,external_node_dgram_namespaceObject.createSocket)('udp4');
        const b = (0,external_node_dgram_namespaceObject.createSocket)('udp4');
        const origin = randomTimestamp();
        const done = () => {
            clearTimeout(timer);
            a.close();
            b.close();
            resolve();
        };
        const timer = setTimeout(done, 50);
        a.on('error', done);
        b.on('error', done);
        b.on('message', (bytes, rinfo) => b.send(bytes, rinfo.port, rinfo.address));
        a.on('message', (bytes) => {
            const t4 = clock.nowMs();
            const check = checkReply(bytes, origin);
            if (check.kind === 'valid')
                sampleFromReply(check.packet, t4, t4);
            done();
        });
        b.bind(0, '127.0.0.1', () => {
            a.connect(b.address().port, '127.0.0.1', () => a.send(encodeClientRequest(origin)));
        });
    });
    return warmedUp;
}
function ntpSource(server, options = {}) {
    const clock = options.clock ?? systemClock;
    const minIntervalMs = options.minRequestIntervalMs ?? 2000;
    const maxRequests = options.maxRequests ?? 4;
    let requests = 0;
    let lastRequestAt = -Infinity;
    let best;
    let last = {
        kind: 'ntp',
        target: server.label,
        status: 'skipped',
        authenticated: false,
        requests: 0,
    };
    let stopped = false;
    let resolved;
    const result = (r) => {
        last = {
            kind: 'ntp',
            target: server.label,
            authenticated: false,
            requests,
            ...(resolved ? { address: formatAddress(resolved.address, server.port) } : {}),
            ...(best ? { sample: best } : {}),
            ...r,
        };
        // A source that answered once keeps its sample even if a later refinement is lost.
        if (best && r.status !== 'kod') {
            last.status = 'ok';
            delete last.reason;
        }
        return last;
    };
    async function measure(signal) {
        if (stopped)
            return last;
        if (!resolved) {
            const r = await resolveHost(server.host, signal);
            if (!r.ok) {
                if (!r.timedOut)
                    stopped = true;
                return result({ status: r.timedOut ? 'timeout' : 'error', reason: r.reason });
            }
            resolved = { address: r.address, family: r.family };
        }
        await warmUp(clock);
        return exchange(resolved, signal);
    }
    function exchange(to, signal) {
        return new Promise((resolve) => {
            const socket = (0,external_node_dgram_namespaceObject.createSocket)(to.family === 6 ? 'udp6' : 'udp4');
            const outstanding = new Map();
            let lastRejection;
            let strays = 0;
            let finished = false;
            let resendTimer;
            const abortController = new AbortController();
            const finish = (r) => {
                if (finished)
                    return;
                finished = true;
                clearTimeout(resendTimer);
                abortController.abort();
                signal.removeEventListener('abort', onAbort);
                try {
                    socket.close();
                }
                catch {
                    // already closed after a failed connect
                }
                resolve(r);
            };
            const onAbort = () => {
                if (lastRejection) {
                    finish(result({ status: 'rejected', reason: `every reply was rejected: ${lastRejection}` }));
                }
                else {
                    const noun = requests === 1 ? 'request' : 'requests';
                    finish(result({
                        status: 'timeout',
                        reason: `no reply to ${requests} ${noun} before the deadline` +
                            (strays > 0 ? ` (${strays} packets from other addresses ignored)` : ''),
                    }));
                }
            };
            if (signal.aborted)
                return onAbort();
            signal.addEventListener('abort', onAbort, { once: true });
            const send = async () => {
                // The NTP pool's rule: never two requests to one server less than 2 s apart.
                await sleep(lastRequestAt + minIntervalMs - monotonicMs(), abortController.signal);
                if (finished)
                    return;
                const origin = randomTimestamp();
                const request = encodeClientRequest(origin);
                requests += 1;
                lastRequestAt = monotonicMs();
                const t1 = clock.nowMs();
                outstanding.set(`${origin.seconds}.${origin.fraction}`, { t1, origin });
                socket.send(request, (error) => {
                    if (error)
                        finish(result({ status: 'error', reason: `could not send: ${errorCode(error)}` }));
                });
                if (requests < maxRequests) {
                    resendTimer = setTimeout(() => void send(), minIntervalMs);
                }
            };
            socket.on('message', (bytes, rinfo) => {
                const t4 = clock.nowMs();
                if (rinfo.address !== to.address || rinfo.port !== server.port) {
                    strays += 1;
                    return;
                }
                // Match against every request still outstanding: a late reply to an earlier request is genuine.
                for (const { t1, origin } of outstanding.values()) {
                    const check = checkReply(bytes, origin);
                    if (check.kind === 'rejected' && check.reason.startsWith('origin timestamp'))
                        continue;
                    if (check.kind === 'rejected') {
                        lastRejection = check.reason;
                        return;
                    }
                    if (check.kind === 'kiss-of-death') {
                        if (check.stop)
                            stopped = true;
                        finish(result({
                            status: 'kod',
                            stratum: 0,
                            refId: check.code,
                            reason: check.stop
                                ? `Kiss-o'-Death ${check.code}: the server asks not to be queried; not asked again this run`
                                : `Kiss-o'-Death ${check.code || '(no code)'}: the server gave no time`,
                        }));
                        return;
                    }
                    const sample = sampleFromReply(check.packet, t1, t4);
                    if (!best || sample.boundMs < best.boundMs)
                        best = sample;
                    finish(result({ status: 'ok', stratum: check.packet.stratum, refId: refIdOf(check.packet) }));
                    return;
                }
                lastRejection =
                    'origin timestamp does not match any request we sent (stale, replayed or forged reply)';
            });
            socket.on('error', (error) => {
                const code = errorCode(error);
                const reason = code === 'ECONNREFUSED'
                    ? `connection refused: nothing answers NTP on ${formatAddress(to.address, server.port)} (ICMP port unreachable)`
                    : code === 'ENETUNREACH' || code === 'EHOSTUNREACH'
                        ? `network unreachable (${code})`
                        : `socket error ${code}`;
                if (code === 'ECONNREFUSED')
                    stopped = true;
                finish(result({ status: 'error', reason }));
            });
            socket.connect(server.port, to.address, () => void send());
        });
    }
    return {
        kind: 'ntp',
        target: server.label,
        measure,
        canRefine: () => !stopped,
    };
}

;// CONCATENATED MODULE: ./src/advice.ts
function fixAdvice(facts) {
    const steps = [];
    if (facts.runner === 'github-hosted') {
        steps.push("This is a GitHub-hosted runner: its clock is GitHub's to keep. Re-run the job; if it recurs, set `resync: force` on this step" +
            (facts.os === 'darwin' ? ' (macOS images have needed `sudo sntp -sS time.apple.com`)' : '') +
            ' and report it at github.com/actions/runner-images.');
        return steps.join(' ');
    }
    if (facts.container) {
        steps.push("This runs in a container, which shares the host's clock: fix the time service on the host, not here.");
    }
    if (facts.wsl) {
        steps.push('WSL keeps its own clock and loses time when the host sleeps: run `wsl --shutdown` from Windows, or `sudo hwclock -s` inside WSL.');
    }
    switch (facts.timeService) {
        case 'chrony':
            steps.push('Step the clock now with `sudo chronyc -a makestep`, then check `chronyc tracking` and `chronyc sources`.');
            break;
        case 'timesyncd':
            steps.push('Turn on synchronisation and restart it: `sudo timedatectl set-ntp true && sudo systemctl restart systemd-timesyncd`, then check `timedatectl timesync-status`.');
            break;
        case 'ntpd':
            steps.push('Restart ntpd so that it steps the clock at start (`sudo systemctl restart ntp` or `ntpsec`), then check `ntpq -p`.');
            break;
        case 'openntpd':
            steps.push('Restart OpenNTPD with `-s` to step the clock at start, then check `ntpctl -s status`.');
            break;
        case 'macos':
            steps.push('Step the clock now with `sudo sntp -sS time.apple.com`, and keep "Set time and date automatically" on.');
            break;
        case 'windows':
            steps.push('Run `w32tm /resync /force` as administrator (start the service first with `net start w32time` if it is stopped).');
            break;
        default:
            steps.push('No time service was found: install chrony (`sudo apt-get install chrony`) or enable systemd-timesyncd.');
    }
    if (facts.runner === 'self-hosted') {
        steps.push('On a self-hosted runner, `resync: true` on this step runs that for you before the check is repeated.');
    }
    return steps.join(' ');
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/platform.ts
/**
 * Cheap facts about the machine we run on, for fix advice and for resync: the OS, whether this is a
 * GitHub-hosted or self-hosted runner, WSL, a container, and which time service is installed. Only stat
 * and small file reads: no processes, no network.
 */


function onPath(command, path = process.env.PATH ?? '') {
    return path.split(external_node_path_namespaceObject.delimiter).some((dir) => dir !== '' && (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(dir, command)));
}
function readSmall(file) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8').slice(0, 4096);
    }
    catch {
        return '';
    }
}
function runnerType(env) {
    if (env.GITHUB_ACTIONS !== 'true')
        return 'not-github';
    return env.RUNNER_ENVIRONMENT === 'github-hosted' ? 'github-hosted' : 'self-hosted';
}
function detectPlatform(env = process.env) {
    const os = process.platform;
    let timeService = 'unknown';
    if (os === 'darwin')
        timeService = 'macos';
    else if (os === 'win32')
        timeService = 'windows';
    else if (onPath('chronyc', env.PATH))
        timeService = 'chrony';
    else if ((0,external_node_fs_namespaceObject.existsSync)('/lib/systemd/systemd-timesyncd') || (0,external_node_fs_namespaceObject.existsSync)('/usr/lib/systemd/systemd-timesyncd')) {
        timeService = 'timesyncd';
    }
    else if (onPath('ntpd', env.PATH) || onPath('ntpq', env.PATH))
        timeService = 'ntpd';
    else if (onPath('ntpctl', env.PATH))
        timeService = 'openntpd';
    return {
        os,
        runner: runnerType(env),
        wsl: os === 'linux' && /microsoft/i.test(readSmall('/proc/version')),
        container: (0,external_node_fs_namespaceObject.existsSync)('/.dockerenv') || (0,external_node_fs_namespaceObject.existsSync)('/run/.containerenv'),
        timeService,
    };
}

;// CONCATENATED MODULE: ./src/check.ts




function planSources(config) {
    return [...config.ntpServers.map((s) => ntpSource(s))];
}
async function runCheck(config, env = process.env) {
    const sources = planSources(config);
    const measurement = await measure(sources, {
        warnOffsetMs: config.warnOffsetMs,
        maxOffsetMs: config.maxOffsetMs,
        timeoutMs: config.timeoutMs,
    });
    return { measurement, fix: fixAdvice(detectPlatform(env)) };
}
/** Exit code semantics shared by both entries: whether this outcome should fail the job. */
function failsJob(m, config) {
    const v = m.verdict;
    if (v.status === 'fail')
        return true;
    if (v.status === 'unknown')
        return v.reason === 'no-majority' || config.onUnreachable === 'fail';
    return false;
}

;// CONCATENATED MODULE: ./src/report/json.ts

const round3 = (x) => Math.round(x * 1000) / 1000;
function jsonSource(r, falsetickers) {
    return {
        kind: r.kind,
        target: r.target,
        address: r.address ?? null,
        status: r.status,
        reason: r.reason ?? null,
        falseticker: r.status === 'ok' && falsetickers.has(sourceKey(r)),
        authenticated: r.authenticated,
        offsetMs: r.sample ? round3(r.sample.offsetMs) : null,
        boundMs: r.sample ? round3(r.sample.boundMs) : null,
        delayMs: r.sample ? round3(r.sample.delayMs) : null,
        stratum: r.stratum ?? null,
        refId: r.refId ?? null,
        requests: r.requests,
        ...(r.details ? { details: r.details } : {}),
    };
}
function jsonReport(m, fix) {
    const falsetickers = new Set(m.verdict.falsetickers);
    return {
        status: m.verdict.status,
        certain: m.verdict.certain,
        offsetMs: m.verdict.offsetMs !== undefined ? round3(m.verdict.offsetMs) : null,
        uncertaintyMs: m.verdict.uncertaintyMs !== undefined ? round3(m.verdict.uncertaintyMs) : null,
        direction: m.verdict.offsetMs === undefined ? null : m.verdict.offsetMs >= 0 ? 'behind' : 'ahead',
        title: m.verdict.title,
        message: m.verdict.message,
        fix: fix ?? null,
        falsetickers: m.results.filter((r) => falsetickers.has(sourceKey(r))).map((r) => r.target),
        elapsedMs: Math.round(m.elapsedMs),
        rounds: m.rounds,
        sources: m.results.map((r) => jsonSource(r, falsetickers)),
    };
}

;// CONCATENATED MODULE: ./src/report/table.ts


const SOURCE_COLUMNS = [
    'Source',
    'Kind',
    'Address',
    'Stratum',
    'Offset',
    '± Bound',
    'Delay',
    'Status',
];
function sourceStatusText(r, falsetickers) {
    if (r.status === 'ok' && falsetickers.has(sourceKey(r)))
        return 'falseticker (outvoted)';
    if (r.status === 'ok')
        return r.authenticated ? 'ok (authenticated)' : 'ok';
    return `${r.status}: ${r.reason ?? ''}`.trim();
}
function sourceRow(r, falsetickers) {
    const s = r.sample;
    return [
        r.target,
        r.kind,
        r.address ?? '',
        r.stratum !== undefined ? String(r.stratum) : '',
        s ? signedMs(s.offsetMs, 3) : '',
        s ? `${s.boundMs.toFixed(3)} ms` : '',
        s ? `${s.delayMs.toFixed(3)} ms` : '',
        sourceStatusText(r, falsetickers),
    ];
}

;// CONCATENATED MODULE: ./src/report/text.ts

const MARK = { ok: 'OK  ', warn: 'WARN', fail: 'FAIL', unknown: '????' };
function formatTable(header, rows) {
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
    const line = (cells) => cells
        .map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c])))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
function textReport(m, fix) {
    const v = m.verdict;
    const falsetickers = new Set(v.falsetickers);
    const lines = [`${MARK[v.status]}  ${v.title}`, '', v.message];
    if (fix && (v.status === 'fail' || v.status === 'warn'))
        lines.push('', `Fix: ${fix}`);
    lines.push('', formatTable(SOURCE_COLUMNS, m.results.map((r) => sourceRow(r, falsetickers))));
    const rounds = m.rounds === 1 ? '1 round' : `${m.rounds} rounds`;
    const sources = m.results.length === 1 ? '1 source' : `${m.results.length} sources`;
    lines.push('', `Checked ${sources} in ${Math.round(m.elapsedMs)} ms (${rounds}).`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by a unit test; bundled, so dist/ needs no package.json. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * argv → a command, its input values and output flags. Pure. Inputs use the same names as the action's
 * (`--ntp-servers`, `--max-offset`, …); boolean inputs also work bare (`--json`, `--require-authenticated`).
 */

const COMMANDS = ['check'];
/** Flags that only shape the CLI's output and are not inputs of the action. */
const OUTPUT_FLAGS = new Set(['json', 'help', 'version']);
function parseArgs(argv) {
    const parsed = { command: 'check', inputs: new Map(), json: false, rest: [], positional: [] };
    let commandSeen = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            parsed.rest = argv.slice(i + 1);
            break;
        }
        if (arg === '-h') {
            parsed.command = 'help';
            continue;
        }
        if (arg === '-V') {
            parsed.command = 'version';
            continue;
        }
        if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
            let value = eq === -1 ? undefined : arg.slice(eq + 1);
            if (OUTPUT_FLAGS.has(name)) {
                if (value !== undefined && !['true', 'false'].includes(value)) {
                    throw new InputError(name, `'${value}' is not a boolean; use --${name} or --${name}=true|false`);
                }
                const on = value !== 'false';
                if (name === 'json')
                    parsed.json = on;
                else if (on)
                    parsed.command = name;
                continue;
            }
            const spec = INPUTS.find((s) => s.name === name);
            if (!spec) {
                throw new InputError(name, `unknown flag --${name}; run 'clock-preflight --help' for the list`);
            }
            if (value === undefined) {
                const next = argv[i + 1];
                if (spec.boolean &&
                    (next === undefined || next.startsWith('-') || !['true', 'false'].includes(next))) {
                    value = 'true';
                }
                else if (next === undefined || (next.startsWith('--') && next.length > 2)) {
                    throw new InputError(name, `--${name} needs a value: ${spec.form}`);
                }
                else {
                    value = next;
                    i++;
                }
            }
            parsed.inputs.set(name, value);
            continue;
        }
        if (arg.startsWith('-') && arg !== '-') {
            throw new InputError(arg, `unknown option ${arg}; run 'clock-preflight --help' for the list`);
        }
        if (!commandSeen && parsed.positional.length === 0) {
            if (!COMMANDS.includes(arg)) {
                throw new InputError('command', `'${arg}' is not a command; use one of: ${COMMANDS.join(', ')}`);
            }
            if (parsed.command !== 'help' && parsed.command !== 'version')
                parsed.command = arg;
            commandSeen = true;
            continue;
        }
        parsed.positional.push(arg);
    }
    return parsed;
}

;// CONCATENATED MODULE: ./src/cli/help.ts


function helpText() {
    const flags = INPUTS.map((i) => {
        const head = `  --${i.name}${i.boolean ? '[=true|false]' : '=VALUE'}`;
        const def = i.default === '' ? '' : ` (default: ${i.default})`;
        return `${head}\n      ${i.description}${def}`;
    }).join('\n');
    return `clock-preflight ${VERSION}: check this machine's clock against NTP and AWS before anything is signed.

Usage:
  clock-preflight check [flags]     measure the clock; exit 0 ok or warn, 1 fail, 2 bad input

Flags (the same names as the GitHub Action's inputs):
${flags}
  --json
      Print one JSON object instead of the human report.
  --help, --version

Sign convention: offset = reference time − runner time; positive means this machine is behind.
`;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/** The CLI: argv in; text or JSON out; exit 0 (ok, warn), 1 (fail, or unreachable under `fail`), 2 (bad input). */







const EXIT_OK = 0;
const EXIT_FAIL = 1;
const EXIT_USAGE = 2;
async function main(argv, io) {
    try {
        const args = parseArgs(argv);
        if (args.command === 'help') {
            io.stdout(helpText());
            return EXIT_OK;
        }
        if (args.command === 'version') {
            io.stdout(`${VERSION}\n`);
            return EXIT_OK;
        }
        if (args.positional.length > 0) {
            throw new InputError(args.command, `unexpected argument '${args.positional[0]}'`);
        }
        const config = readConfig((name) => args.inputs.get(name), io.env);
        const { measurement, fix } = await runCheck(config, io.env);
        io.stdout(args.json ? JSON.stringify(jsonReport(measurement, fix), null, 2) + '\n' : textReport(measurement, fix));
        return failsJob(measurement, config) ? EXIT_FAIL : EXIT_OK;
    }
    catch (error) {
        if (error instanceof InputError) {
            io.stderr(`clock-preflight: ${error.message}\n`);
            return EXIT_USAGE;
        }
        io.stderr(`clock-preflight: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT_FAIL;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map