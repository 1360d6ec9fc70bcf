#!/usr/bin/env node
import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6255:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4681);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    stdin: process.stdin,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT_FAIL, EXIT_OK, EXIT_USAGE

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
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
    return (0,external_node_net_.isIPv4)(text);
}
/** An IPv6 literal without a zone id (a zone names a local interface, never a time server). */
function isIPv6(text) {
    return !text.includes('%') && (0,external_node_net_.isIPv6)(text);
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
/**
 * Forgets the anchor, so that the next read pairs the monotonic clock with the wall clock afresh. Needed
 * after anything may have stepped the wall clock (resync): the monotonic clock does not move with a step,
 * so reads from the old anchor would go on reporting the clock as it was before.
 */
function reanchorWallClock() {
    clock_anchor = undefined;
}
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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
    const literal = (0,external_node_net_.isIP)(host);
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
    const b = (0,external_node_crypto_.randomBytes)(8);
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

const COMMANDS = ['check', 'explain', 'run'];
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

;// CONCATENATED MODULE: ./src/explain/describe.ts
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
        const window = r.windowMs !== undefined ? ` (the limit is ${humanDuration(r.windowMs)})` : '';
        if (r.impliedOffsetMs >= 0) {
            return `The request or credential was ${humanDuration(r.impliedOffsetMs)} old when checked${window}: the signer's clock was ${describeOffset(r.impliedOffsetMs)} if it was sent as soon as it was made, or less behind if it waited.`;
        }
        return `The signature or credential was dated ${humanDuration(-r.impliedOffsetMs)} in the future when checked${window}: the signer's clock was ahead by at least that much.`;
    }
    const b = r.offsetBoundMs;
    if (b?.min !== undefined && b.min > 0)
        return `The runner's clock was behind by at least ${humanDuration(b.min)}.`;
    if (b?.max !== undefined && b.max < 0) {
        return r.confidence === 'possible'
            ? `If the other side's data is current, the runner's clock was ahead by at least ${humanDuration(-b.max)}.`
            : `The runner's clock was ahead by at least ${humanDuration(-b.max)}.`;
    }
    if (r.absOffsetMinMs !== undefined) {
        return `The two clocks differ by more than ${humanDuration(r.absOffsetMinMs)}, in a direction the text does not say.`;
    }
    if (r.direction === 'behind')
        return "The runner's clock was behind (or the credential was used late); the text gives no size.";
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
        `Recognised: ${r.kind} — ${r.service}${r.confidence && r.confidence !== 'certain' ? ` (${r.confidence} a time problem)` : ''}`,
    ];
    lines.push(`  Evidence: ${r.evidence}`);
    if (opts.summary !== false)
        lines.push(`  ${whatTheTextSays(r)}`);
    if (!r.consistent && opts.summary === false)
        lines.push(`  Inconsistent: ${r.inconsistency ?? 'the numbers do not fit together'}`);
    if (r.derivation && r.consistent)
        lines.push(`  How: ${r.derivation}`);
    if (r.windowMs !== undefined && r.impliedOffsetMs === undefined)
        lines.push(`  Limit enforced: ${humanDuration(r.windowMs)}`);
    if (r.truncated)
        lines.push('  (The input was long; only its first 200 000 and last 800 000 characters were read.)');
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/explain/diagnose.ts
/**
 * From what an error text says and what the clock measures now, to the cause and what to do. Pure.
 *
 * The point: the same "Signature expired" appears with a wrong clock and with a right one. The text gives
 * C − A = offset + delay. Measuring the offset now splits the two: if it accounts for the error, the clock
 * is the cause; if the clock is right, the request waited (or the credential was reused, or the other
 * side's clock or data is wrong), and fixing the clock would change nothing.
 */


const GENERIC_CLOCK_FIX = 'Step the clock now and keep a time service running: chrony `sudo chronyc -a makestep`; systemd-timesyncd `sudo timedatectl set-ntp true`; macOS `sudo sntp -sS time.apple.com`; Windows `w32tm /resync /force`. Then run `clock-preflight check` again.';
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
    // than the usual 30–60 s margins is enough.
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
    const size = `${describeOffset(m.offsetMs)}${m.uncertaintyMs !== undefined ? ` (±${humanDuration(m.uncertaintyMs)})` : ''}`;
    return `The runner's clock measured now is ${size}${m.status === 'ok' ? ', within tolerance' : ''}.`;
}
function otherCause(r) {
    switch (r.family) {
        case 'request-signature':
            if (r.kind === 'aws-auth-failure')
                return 'not-the-clock';
            return r.direction === 'ahead' ? 'clock-was-wrong' : 'signed-long-before-sent';
        case 'presigned-url':
        case 'token':
            return r.direction === 'ahead' ? 'clock-was-wrong' : 'token-outlived-lifetime';
        case 'certificate':
            return r.kind === 'tls-certificate-not-yet-valid' ? 'clock-was-wrong' : 'upstream-expired';
        case 'repository':
            return r.kind === 'apt-release-expired' ? 'upstream-expired' : 'clock-was-wrong';
        case 'kerberos':
            return 'server-clock-wrong';
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
            'The assertion was made earlier and reused after it expired. In GitHub Actions with azure/login (OIDC), the federated token lives about 5–10 minutes: log in again before later Azure steps in long jobs, or upgrade azure-cli/MSAL if a version caches assertions (azure-cli 2.59.0 did).',
            'With a certificate credential, build the assertion right before the token request and do not cache it beyond its exp.',
        ];
    }
    if (r.kind === 'google-invalid-jwt-time') {
        return [
            'Check the JWT itself: exp − iat must be at most 3600 s, and both must come from UTC (a local time read as UTC shifts them by hours). Build the token right before the request; do not reuse it.',
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
            return r.family === 'repository'
                ? [
                    "The mirror's Release file is past its Valid-Until: the mirror is stale. Switch to another mirror or wait for it to sync; turn off the check (`-o Acquire::Check-Valid-Until=false`) only for archived snapshots.",
                ]
                : [
                    'The certificate really expired (the clock is right): renew it on the server, or update the CA bundle (`sudo update-ca-certificates`, a newer base image) if an intermediate or root in the chain expired.',
                ];
        case 'not-the-clock':
            return [
                'AuthFailure with a right clock means the credentials: check the access key, secret key, session token and region that this step actually uses.',
            ];
        case 'not-measured':
            return [
                'Measure the clock: `clock-preflight check` (needs UDP 123 to an NTP server, or HTTPS to a Date header or AWS STS). If it is off by about the amount above, fix the clock; if it is right, the request waited or the credential was reused.',
                GATE,
            ];
        case 'not-a-time-error':
            return [
                'If you expected a time error, pass the whole error message (`clock-preflight explain -` reads it from stdin).',
            ];
    }
}
function titleFor(cause, r, m) {
    const now = m?.offsetMs !== undefined ? describeOffset(m.offsetMs) : undefined;
    const age = r.consistent && r.impliedOffsetMs !== undefined ? humanDuration(Math.abs(r.impliedOffsetMs)) : undefined;
    switch (cause) {
        case 'clock-wrong-now':
            return `The runner's clock is ${now} now: that is the cause of this ${r.kind} error`;
        case 'signed-long-before-sent':
            return age && r.impliedOffsetMs > 0
                ? `The clock is right (${now}): the request was signed about ${age} before it arrived`
                : `The clock is right (${now}): the request was signed long before it arrived`;
        case 'token-outlived-lifetime':
            return `The clock is right (${now}): the ${r.family === 'presigned-url' ? 'presigned URL' : 'token'} was used after its lifetime`;
        case 'clock-was-wrong':
            return `The clock is right now (${now}) but was ${r.direction ?? 'off'} when this error happened`;
        case 'server-clock-wrong':
            return `The runner's clock is right (${now}): the other side's clock is off`;
        case 'upstream-expired':
            return r.family === 'repository'
                ? `The clock is right (${now}): the mirror is stale`
                : `The clock is right (${now}): the certificate really expired`;
        case 'not-the-clock':
            return `The clock is right (${now}): this ${r.kind} is about the credentials, not time`;
        case 'not-measured':
            return `Recognised ${r.kind}; the clock could not be measured now`;
        case 'not-a-time-error':
            return 'Not a time error this tool recognises';
    }
}
function diagnose(r, m, opts = {}) {
    if (!r.recognized) {
        return {
            cause: 'not-a-time-error',
            title: titleFor('not-a-time-error', r),
            message: whatTheTextSays(r),
            advice: adviceFor('not-a-time-error', r, opts),
        };
    }
    const says = whatTheTextSays(r);
    const measurable = m !== undefined && m.offsetMs !== undefined && Number.isFinite(m.offsetMs) && m.status !== 'unknown';
    if (!measurable) {
        const why = m?.title ? ` (${m.title})` : '';
        return {
            cause: 'not-measured',
            title: titleFor('not-measured', r),
            message: `${says} The clock could not be measured now${why}, so whether it is still wrong is open: if it is, that is the cause; if not, the request or credential waited too long before use.`,
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
        'clock-was-wrong': 'So the clock was off when the error happened (it has moved since), or another machine’s clock made the signature or token.',
        'server-clock-wrong': "So the other side's clock is the one that is off.",
        'upstream-expired': r.family === 'repository' ? 'So the mirror is stale.' : 'So the certificate really expired.',
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

;// CONCATENATED MODULE: ./src/explain/normalize.ts
/**
 * Error texts arrive wrapped: JSON-escaped inside a log line, HTML-escaped XML, coloured by a terminal,
 * boxed and word-wrapped by Terraform (`│ ` at each line start), prefixed with a timestamp by the GitHub
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
    text = text.replace(/^[ \t]*[│┃╷╵|]+[ \t]?/gm, '');
    return { text, truncated };
}
/** The excerpt shown as evidence: the match, whitespace collapsed, bounded. */
function excerpt(text, start, end, maxChars = 600) {
    const s = text
        .slice(start, Math.min(end, start + maxChars * 2))
        .replace(/\s+/g, ' ')
        .trim();
    return s.length > maxChars ? s.slice(0, maxChars - 1) + '…' : s;
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

;// CONCATENATED MODULE: ./src/explain/apt.ts
/**
 * apt's Release-file date checks, against the runner's clock:
 *
 *   E: Release file for URL is not valid yet (invalid for another 5h 3min 2s). …
 *   E: Release file for URL is expired (invalid since 3h 46min 2s). …
 *
 * "Not valid yet": the Release file's Date is D after the runner's clock. The archive wrote that Date when
 * it built the file, which is before now, so true now ≥ runner + D: offset ≥ D (the runner is behind by at
 * least D, usually by more, since Release files are hours old when fetched).
 * "Expired": Valid-Until passed by the runner's clock D ago. A stale mirror does that with a correct clock;
 * only if the mirror is fresh was the runner ahead by at least D. Hence "possible".
 */


const SERVICE = 'apt (Debian/Ubuntu package index)';
const NOT_YET = /Release file for\s+(\S{1,400}?)\s+is not valid yet\s*\(invalid for another\s+([0-9dhmins ]{1,40})\)/gi;
const EXPIRED = /Release file for\s+(\S{1,400}?)\s+is expired\s*\(invalid since\s+([0-9dhmins ]{1,40})\)/gi;
const recognizeApt = (text) => {
    const hits = [];
    for (const [re, notYet] of [
        [NOT_YET, true],
        [EXPIRED, false],
    ]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null && hits.length < 200; m = re.exec(text)) {
            const d = parseAptDuration(m[2]);
            const hit = {
                recognized: true,
                kind: notYet ? 'apt-release-not-yet-valid' : 'apt-release-expired',
                family: 'repository',
                service: SERVICE,
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

;// CONCATENATED MODULE: ./src/explain/types.ts
/**
 * What the explain parsers say about one error text. Pure data.
 *
 * Sign convention as everywhere: offset = reference time − runner time, positive = the runner (the
 * signer, the client) was behind. The "reference" is the other side of the exchange: AWS, GitHub,
 * Entra ID, the KDC, the archive that dated a Release file.
 */
const types_MINUTE_MS = 60_000;

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
const recognizeAwsCodes = (text) => {
    const hits = [];
    let last;
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(text); m !== null && hits.length < 50; m = PATTERN.exec(text)) {
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
            continue;
        }
        const near = text.slice(Math.max(0, m.index - 300), m.index + 400);
        // S3's presigned-URL XML says "Request has expired" too; s3.ts reads that one with its fields.
        if (kind === 'aws-request-expired' &&
            !/RequestExpired/.test(near) &&
            /<ServerTime>|<Expires>|X-Amz-Expires|AccessDenied/i.test(near)) {
            continue;
        }
        const after = text.slice(m.index, m.index + 300);
        const stamp = /Timestamp date(?: is|:)\s*(\d{4}-\d{2}-\d{2}T[0-9:.]{8,20}Z)/i.exec(after);
        const signed = stamp ? parseIso(stamp[1]) : undefined;
        const wording = /too far in the (past|future)/i.exec(after)?.[1]?.toLowerCase();
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
            hit.windowMs = 15 * types_MINUTE_MS;
            if (wording)
                hit.direction = wording === 'past' ? 'behind' : 'ahead';
            if (signed)
                hit.times = { signedAt: iso(signed.ms) };
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
 * arrived. B is the edge of the window AWS accepts: C − N min for "expired", C + N min for "not yet
 * current". N is 5 for most services, 15 for some.
 *
 * Derivation. Let d ≥ 0 be the time between signing and arrival (queueing, retries, a frozen process).
 * True time at signing = C − d, the runner read A, so offset = (C − d) − A.
 * - Expired: offset = C − A − d ≤ C − A. If the request left at once (d ≈ 0), offset ≈ C − A, and that is
 *   the implied offset. It exceeds N min. But the same text appears with a correct clock and d > N min,
 *   which is why the diagnosis measures the clock now: C − A = offset + d.
 * - Not yet current: offset = C − A − d ≤ C − A < −N min. Delay only makes it more negative, so the
 *   signer's clock was ahead by at least A − C: no queue explains this one.
 * Both timestamps are whole seconds, so C − A is exact to ±1 s; the bound carries that second.
 *
 * Self-consistency: B must equal C ∓ N exactly and A must lie beyond B. Texts that fail this exist (AWS's
 * own knowledge-centre article prints one); they are reported as inconsistent and give no number.
 */



const aws_sigv4_SERVICE = 'AWS (Signature Version 4)';
const STAMP = '([0-9A-Za-z:.+-]{1,40}?)';
const FULL = {
    expired: new RegExp(`Signature expired:?\\s*${STAMP}\\s+is\\s+now\\s+earlier\\s+than\\s+${STAMP}\\s*\\(\\s*${STAMP}\\s*-\\s*(\\d{1,6})\\s*min\\.?\\s*\\)`, 'iy'),
    'not-yet-current': new RegExp(`Signature not yet current:?\\s*${STAMP}\\s+is\\s+still\\s+later\\s+than\\s+${STAMP}\\s*\\(\\s*${STAMP}\\s*\\+\\s*(\\d{1,6})\\s*min\\.?\\s*\\)`, 'iy'),
};
const START = /Signature (expired|not yet current)/gi;
function unreadable(stamps) {
    const bad = stamps
        .filter(([, s]) => s !== undefined && parseBasicIso(s) === undefined)
        .map(([n, s]) => `${n} '${s}'`);
    return bad.length > 0 ? `unreadable timestamp: ${bad.join(', ')}` : undefined;
}
function fromFull(variant, text, start, m) {
    const [aText, bText, cText, nText] = [m[1], m[2], m[3], m[4]];
    const windowMs = Number(nText) * types_MINUTE_MS;
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
            inconsistency: `the limit ${bText} should be the server time ${cText} ${expired ? '−' : '+'} ${nText} min = ${iso(expectedLimit)}, but is not: the text was edited or garbled, so its numbers cannot be trusted`,
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
        windowMs: n ? Number(n[2]) * types_MINUTE_MS : undefined,
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
        else {
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
 * - T > E (expired). With an nbf, the assertion was made at F and lives L = E − F. offset of its maker
 *   = (T − u) − F, u ≥ 0 the time between making and use, so T − F is the implied offset if it was used at
 *   once, and an upper bound. Long jobs that reuse an assertion (azure/login's OIDC token in a job longer
 *   than its lifetime, an MSAL cache bug) give the same text with correct clocks. Without nbf only the
 *   lateness T − E follows.
 * - T < F (not yet valid): offset ≤ T − F < 0: the maker's clock was ahead by at least F − T.
 * - F ≤ T ≤ E: Entra would have accepted it; the text contradicts itself.
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
    azure_PATTERN.lastIndex = 0;
    for (let m = azure_PATTERN.exec(text); m !== null && hits.length < 50; m = azure_PATTERN.exec(text)) {
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
                derivation: 'Entra refused an assertion outside its nbf–exp range by Entra’s clock. The text gives no times.',
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
            inconsistency: `the current time ${tText} lies inside the validity range ${fText} – ${eText}, so Entra would have accepted it: the text contradicts itself`,
        });
    }
    return hits;
};

;// CONCATENATED MODULE: ./src/explain/jwt.ts
/**
 * JSON Web Tokens checked against the issuer's claims: GitHub App JWTs and Google service-account JWTs.
 * The runner writes `iat` and `exp` from its own clock; the service compares them with its clock.
 *
 * GitHub App (docs: iat 60 s in the past to allow for drift, exp at most 10 min in the future):
 * - "'Issued at' claim ('iat') must be an Integer representing a time in the past" (older wording: "…the
 *   time that the assertion was issued"): iat is after GitHub's clock. Libraries date iat 30–60 s back,
 *   so the runner was ahead by more than that margin. Direction: ahead; no number.
 * - "'Expiration time' claim ('exp') is too far in the future": exp − GitHub's now > 10 min. Libraries set
 *   exp = now + 10 min (or slightly less), so a runner ahead by more than that margin trips it. Ahead.
 * - "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the
 *   assertion expires": exp is already past by GitHub's clock: the runner was behind by more than the
 *   JWT's lifetime (≤ 10 min), or the JWT was used after it expired. Behind.
 *
 * Google: "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.
 * Check your iat and exp values…": iat/exp out of range of Google's clock, either way, or exp − iat over
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
            derivation: "GitHub refuses a JWT whose iat is later than its own clock. Libraries date iat 30–60 s in the past, so the runner's clock was ahead by more than that margin, or the JWT was built from a wrong time (local time read as UTC).",
        }),
    },
    {
        pattern: /'?Expiration time'? claim \(?'?exp'?\)? is too far in the future/gi,
        kind: 'github-app-jwt-exp-too-far',
        service: GITHUB,
        build: () => ({
            direction: 'ahead',
            windowMs: 10 * types_MINUTE_MS,
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
            windowMs: 10 * types_MINUTE_MS,
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
            windowMs: 60 * types_MINUTE_MS,
            confidence: 'likely',
            derivation: "Google refuses a JWT whose iat or exp is out of range of its clock, or whose lifetime exceeds 60 minutes. The runner's clock is off in one direction or the other, or the token was built with wrong times; the text does not say which.",
        }),
    },
];
const recognizeJwt = (text) => {
    const hits = [];
    for (const rule of RULES) {
        rule.pattern.lastIndex = 0;
        for (let m = rule.pattern.exec(text); m !== null && hits.length < 100; m = rule.pattern.exec(text)) {
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
    kerberos_PATTERN.lastIndex = 0;
    for (let m = kerberos_PATTERN.exec(text); m !== null && hits.length < 50; m = kerberos_PATTERN.exec(text)) {
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
            absOffsetMinMs: 5 * types_MINUTE_MS,
            windowMs: 5 * types_MINUTE_MS,
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
 *   offset = (ServerTime − d) − RequestTime with d ≥ 0 the time between signing and S3's check, so the
 *   implied offset is ServerTime − RequestTime (d ≈ 0), and it is an upper bound. S3 checks some uploads
 *   when the body has arrived, so a slow large upload makes d large with a correct clock.
 *   Consistency: |ServerTime − RequestTime| must exceed the window, or S3 would not have complained.
 *
 * Presigned URL "Request has expired": <X-Amz-Expires> (the lifetime in seconds, SigV4 only),
 * <Expires> (signing time + lifetime), <ServerTime>. The URL was signed at Expires − X-Amz-Expires.
 *   offset = (ServerTime − u) − signedAt with u ≥ 0 the time between making the URL and using it, so
 *   ServerTime − signedAt is the implied offset if the URL was used at once, and an upper bound always.
 *   Without X-Amz-Expires (SigV2 URLs, other S3-compatible stores) only the lateness ServerTime − Expires
 *   follows. Consistency: ServerTime must be after Expires.
 *
 * Presigned URL "Request is not yet valid": <X-Amz-Date> (S3 prints it in Unix milliseconds), <ServerTime>.
 *   offset ≤ ServerTime − X-Amz-Date < 0: the signer's clock was ahead by at least X-Amz-Date − ServerTime.
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
    SKEWED.lastIndex = 0;
    for (let m = SKEWED.exec(text); m !== null && hits.length < 50; m = SKEWED.exec(text)) {
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
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null && hits.length < 50; m = re.exec(text)) {
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
            derivation: `Signed at ${iso(signedMs)} (Expires ${expiresText} − X-Amz-Expires ${lifetimeS} s) by the signer's clock, used at ${serverText} by S3's: ${Math.round(implied / 1000)} s later, over its ${lifetimeS} s lifetime. That is the signer's offset only if the URL was used as soon as it was made; otherwise the URL simply outlived its lifetime.`,
        });
    }
    return hits;
}
const recognizeS3 = (text) => [
    ...skewed(text),
    ...presigned(text, s3_EXPIRED, false),
    ...presigned(text, s3_NOT_YET, true),
];

;// CONCATENATED MODULE: ./src/explain/tls.ts
/**
 * TLS certificate validity, checked against the runner's own clock (no server clock involved).
 *
 * Go: "x509: certificate has expired or is not yet valid: current time X is before|after Y", X the runner's
 * clock, Y the certificate's notBefore|notAfter.
 * - "before Y": the certificate is not valid until Y. Certificates in service are issued before use, so
 *   true now ≥ Y and offset ≥ Y − X (a lower bound): the runner was behind by at least Y − X.
 * - "after Y": either the certificate really expired (the usual reason) or the runner was ahead; only if
 *   the certificate is still valid does offset ≤ −(X − Y) follow. Hence "possible".
 * OpenSSL, curl, Node, Python: "certificate is not yet valid" (behind, no number), "certificate has
 * expired" (possible, no number); Go without a current time: direction unknown.
 */


const tls_SERVICE = 'TLS certificate validation (on the runner)';
// An ISO time, or (in a garbled text) any other token, which is then reported unreadable.
const tls_STAMP = '(\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.]{2,20})?(?:Z|[+-]\\d{2}:?\\d{2})?|[0-9]\\S{3,40}?)';
const GO = new RegExp(`x509: certificate has expired or is not yet valid(?::\\s*current time\\s+${tls_STAMP}\\s+is\\s+(after|before)\\s+${tls_STAMP})?`, 'gi');
const tls_NOT_YET = /certificate is not yet valid|CERT_NOT_YET_VALID|certificate not yet valid/gi;
const tls_EXPIRED = /certificate has expired|CERT_HAS_EXPIRED|certificate expired/gi;
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
    GO.lastIndex = 0;
    for (let m = GO.exec(text); m !== null && hits.length < 50; m = GO.exec(text)) {
        const end = m.index + m[0].length;
        covered.push([m.index, end]);
        const b = base(text, m.index, end);
        if (!m[1]) {
            hits.push({
                ...b,
                kind: 'tls-certificate-expired-or-not-yet-valid',
                confidence: 'possible',
                derivation: 'A certificate was outside its validity period by the runner’s clock; the text does not say which end, or by how much.',
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
    const inside = (i) => covered.some(([s, e]) => i >= s && i < e);
    for (const [re, kind] of [
        [tls_NOT_YET, 'tls-certificate-not-yet-valid'],
        [tls_EXPIRED, 'tls-certificate-expired'],
    ]) {
        re.lastIndex = 0;
        let lastEnd = -Infinity;
        for (let m = re.exec(text); m !== null && hits.length < 100; m = re.exec(text)) {
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









// Order matters only for ties: the more specific parser first.
const RECOGNIZERS = [
    recognizeSigV4,
    recognizeS3,
    recognizeAzure,
    recognizeJwt,
    recognizeTls,
    recognizeApt,
    recognizeKerberos,
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

;// CONCATENATED MODULE: ./src/cli/explain.ts
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
    const unc = m.uncertaintyMs !== undefined ? ` ±${humanDuration(m.uncertaintyMs)}` : '';
    return `Clock now: ${describeOffset(m.offsetMs)}${unc} [${m.status}] — ${m.title}`;
}
/** The text block: what the error says, the clock now, the diagnosis and what to do. */
function formatExplanation(r, m, d) {
    if (!r.recognized) {
        return `${describeRecognition(r)}It knows: AWS SigV4 "Signature expired" / "not yet current", S3 RequestTimeTooSkewed and presigned-URL expiry, RequestExpired / RequestInTheFuture / AuthFailure, GitHub App and Google JWT time claims, Entra ID AADSTS700024, TLS certificate validity, apt "Release file … not valid yet", Kerberos "Clock skew too great".\n`;
    }
    const lines = [
        describeRecognition(r, { summary: false }).trimEnd(),
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
 * Reads `explain -`'s stdin with bounded memory: the first `headBytes` and the last `maxBytes − headBytes`
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
    const r = recognize(opts.text);
    // Unrecognised text needs no measurement: there is nothing to compare it with.
    const m = r.recognized ? await measureSafely(opts.measure) : undefined;
    const d = diagnose(r, m, { clockFix: opts.clockFix });
    opts.io.stdout(opts.json ? JSON.stringify(explanationJson(r, m, d), null, 2) + '\n' : formatExplanation(r, m, d));
    return 0;
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
  clock-preflight check [flags]              measure the clock; exit 0 ok or warn, 1 fail, 2 bad input
  clock-preflight explain [flags] TEXT | -   what a time error says (Signature expired, RequestTimeTooSkewed,
                                             JWT iat/exp, AADSTS700024, TLS, apt, Kerberos …), then measure
                                             now and say whether the clock is the cause; always exit 0
  clock-preflight run [flags] -- CMD [ARGS]  run CMD with its output passed through; when it fails with a
                                             time error, explain it after; exit with CMD's own exit code

Flags (the same names as the GitHub Action's inputs):
${flags}
  --json
      Print one JSON object instead of the human report.
  --help, --version

Sign convention: offset = reference time − runner time; positive means this machine is behind.
`;
}

// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __nccwpck_require__(5317);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/explain/watch.ts
/**
 * Watches a stream of command output for time errors with bounded memory: it keeps a window of recent
 * text, scans it when it fills, and keeps only a bounded set of what it found. Byte chunks are decoded as
 * UTF-8 in streaming mode, so a character split across chunks is read whole.
 *
 * A message split by a scan boundary is found whole in the next scan (the window keeps the last
 * `windowChars`); the partial reading found before it scores lower and loses in pickBest.
 */

const DEFAULT_WINDOW_CHARS = 64 * 1024;
const MAX_HITS = 50;
class OutputWatcher {
    windowChars;
    decoder = new TextDecoder('utf-8');
    buffer = '';
    hits = new Map();
    constructor(windowChars = DEFAULT_WINDOW_CHARS) {
        this.windowChars = windowChars;
    }
    push(chunk) {
        this.buffer += typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
        if (this.buffer.length >= 2 * this.windowChars) {
            this.scan();
            this.buffer = this.buffer.slice(-this.windowChars);
        }
    }
    /** Everything found, oldest first. Call once, at the end of the stream. */
    finish() {
        this.buffer += this.decoder.decode();
        this.scan();
        this.buffer = '';
        return [...this.hits.values()];
    }
    scan() {
        for (const h of recognizeAll(this.buffer)) {
            const key = `${h.kind}\u0000${h.evidence}`;
            // Re-insert so that the map's order is the order last seen; drop the oldest beyond the cap.
            this.hits.delete(key);
            this.hits.set(key, h);
            if (this.hits.size > MAX_HITS)
                this.hits.delete(this.hits.keys().next().value);
        }
    }
}
/** The one error to explain among several streams' findings. */
function bestOf(...found) {
    return pickBest(found.flat());
}

;// CONCATENATED MODULE: ./src/cli/run.ts
/**
 * `clock-preflight run [flags] -- COMMAND [ARGS…]`: run a command, pass its output through unchanged,
 * exit with its exit code, and when it fails with a time error in its output, say why after it.
 *
 * Why node:child_process and not @actions/exec (which the lint rule suggests): @actions/exec gives the
 * child a stdin pipe that is never connected (an interactive `terraform apply` would read EOF), copies the
 * child's stderr into stdout unless failOnStdErr, echoes "[command]…", resolves a signal death as exit code
 * null, and applies cmd.exe quoting on Windows. Here the child gets our stdin, its stdout and stderr stay
 * separate and byte-exact, a signal death becomes 128 + n as in a shell, and the argument array goes to
 * spawn() with no shell at all, so nothing in ARGS is ever interpreted.
 *
 * Memory: output is passed on chunk by chunk (process.stdout/stderr writes to pipes and files are
 * synchronous on Linux and macOS, so nothing piles up here) and watched through a bounded window.
 */
// eslint-disable-next-line no-restricted-imports -- see above: stdin pass-through, separate byte-exact streams and signal exit codes need spawn() itself.






const EXIT_NOT_FOUND = 127;
const EXIT_NOT_EXECUTABLE = 126;
const EXIT_USAGE = 2;
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function signalExitCode(signal) {
    const n = external_node_os_namespaceObject.constants.signals[signal];
    return 128 + (n ?? 0);
}
function runChild(opts, out, err) {
    return new Promise((resolve) => {
        const [command, ...args] = opts.argv;
        let settled = false;
        const forward = (signal) => () => {
            child.kill(signal);
        };
        const handlers = FORWARDED_SIGNALS.map((s) => [s, forward(s)]);
        const done = (f) => {
            if (settled)
                return;
            settled = true;
            for (const [s, h] of handlers)
                process.off(s, h);
            resolve(f);
        };
        const child = (0,external_child_process_.spawn)(command, args, {
            stdio: ['inherit', 'pipe', 'pipe'],
            env: opts.env,
            cwd: opts.cwd,
            shell: false,
        });
        for (const [s, h] of handlers)
            process.on(s, h);
        child.stdout.on('data', (chunk) => {
            opts.io.stdout(chunk);
            out.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            opts.io.stderr(chunk);
            err.push(chunk);
        });
        child.on('error', (error) => {
            // 'error' without a pid means it never started; after a start it is a kill failure, and 'close' follows.
            if (child.pid === undefined)
                done({ code: error.code === 'EACCES' ? EXIT_NOT_EXECUTABLE : EXIT_NOT_FOUND, startError: error });
        });
        // 'close', not 'exit': it comes after the last output chunk, so nothing is cut off.
        child.on('close', (code, signal) => {
            if (signal)
                done({ code: signalExitCode(signal), signal });
            else
                done({ code: code ?? 1 });
        });
    });
}
async function runCommand(opts) {
    if (opts.argv.length === 0 || !opts.argv[0]) {
        opts.io.stderr('clock-preflight run: no command given. Usage: clock-preflight run [flags] -- COMMAND [ARGS…]\n');
        return EXIT_USAGE;
    }
    const out = new OutputWatcher();
    const err = new OutputWatcher();
    const finished = await runChild(opts, out, err);
    const command = opts.argv[0];
    if (finished.startError) {
        const e = finished.startError;
        opts.io.stderr(e.code === 'ENOENT'
            ? `clock-preflight run: command not found: ${command} (not on PATH, or the path does not exist)\n`
            : e.code === 'EACCES'
                ? `clock-preflight run: permission denied: ${command} is not executable\n`
                : `clock-preflight run: could not start ${command}: ${e.message}\n`);
        return finished.code;
    }
    if (finished.code === 0)
        return 0;
    const best = bestOf(out.finish(), err.finish());
    if (!best)
        return finished.code;
    const r = toRecognition(best);
    const m = await measureSafely(opts.measure);
    const d = diagnose(r, m, { clockFix: opts.clockFix });
    const how = finished.signal ? `was killed by ${finished.signal}` : `failed (exit ${finished.code})`;
    if (opts.json) {
        opts.io.stderr(JSON.stringify({ command, exitCode: finished.code, ...explanationJson(r, m, d) }) + '\n');
    }
    else {
        opts.io.stderr(`\nclock-preflight: ${command} ${how} with a time error in its output.\n${formatExplanation(r, m, d)}`);
    }
    if (opts.annotate && opts.env.GITHUB_ACTIONS === 'true') {
        opts.annotate(`${d.message} ${d.advice[0] ?? ''}`.trim(), d.title);
    }
    return finished.code;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI: argv in; text or JSON out. `check` exits 0 (ok, warn), 1 (fail, or unreachable under `fail`),
 * 2 (bad input); `explain` always 0; `run` with the wrapped command's own exit code.
 */











const EXIT_OK = 0;
const EXIT_FAIL = 1;
const main_EXIT_USAGE = 2;
function measureWith(config, env) {
    return async () => {
        const v = (await runCheck(config, env)).measurement.verdict;
        return { status: v.status, offsetMs: v.offsetMs, uncertaintyMs: v.uncertaintyMs, title: v.title };
    };
}
/** In GitHub Actions, a diagnosis also becomes an error annotation; @actions/core is loaded only then. */
async function annotator(env) {
    if (env.GITHUB_ACTIONS !== 'true')
        return undefined;
    const core = await __nccwpck_require__.e(/* import() */ 149).then(__nccwpck_require__.bind(__nccwpck_require__, 5149));
    return (message, title) => core.error(message, { title });
}
async function explainText(args, io) {
    const words = args.positional.length > 0 ? args.positional : args.rest;
    if (words.length > 0 && !(words.length === 1 && words[0] === '-'))
        return words.join(' ');
    if (!io.stdin || (io.stdin.isTTY && words.length === 0)) {
        throw new InputError('explain', "give the error text as an argument, or '-' to read it from standard input");
    }
    return readTextBounded(io.stdin);
}
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
        // Every input is validated before any network work or any command runs.
        const config = readConfig((name) => args.inputs.get(name), io.env);
        const clockFix = fixAdvice(detectPlatform(io.env));
        switch (args.command) {
            case 'explain': {
                const text = await explainText(args, io);
                return await explainCommand({
                    text,
                    json: args.json,
                    measure: measureWith(config, io.env),
                    io,
                    clockFix,
                });
            }
            case 'run': {
                if (args.positional.length > 0) {
                    throw new InputError('run', `put the command after '--': clock-preflight run [flags] -- ${args.positional.join(' ')}`);
                }
                if (args.rest.length === 0)
                    throw new InputError('run', 'no command given: clock-preflight run [flags] -- COMMAND [ARGS…]');
                const annotate = await annotator(io.env);
                return await runCommand({
                    argv: args.rest,
                    json: args.json,
                    measure: measureWith(config, io.env),
                    io,
                    env: io.env,
                    clockFix,
                    ...(annotate ? { annotate } : {}),
                });
            }
            case 'check': {
                if (args.positional.length > 0 || args.rest.length > 0) {
                    throw new InputError('check', `unexpected argument '${[...args.positional, ...args.rest][0]}'`);
                }
                const { measurement, fix } = await runCheck(config, io.env);
                io.stdout(args.json
                    ? JSON.stringify(jsonReport(measurement, fix), null, 2) + '\n'
                    : textReport(measurement, fix));
                return failsJob(measurement, config) ? EXIT_FAIL : EXIT_OK;
            }
        }
    }
    catch (error) {
        if (error instanceof InputError) {
            io.stderr(`clock-preflight: ${error.message}\n`);
            return main_EXIT_USAGE;
        }
        io.stderr(`clock-preflight: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT_FAIL;
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6255);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map