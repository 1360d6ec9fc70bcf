#!/usr/bin/env node
import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6255:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1989);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    stdin: process.stdin,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1989:
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
    {
        name: 'resync',
        description: 'Resync the clock when the check does not pass (warn or fail), then measure again and let the second measurement decide. `false`: never; `true`: on self-hosted runners and outside GitHub Actions; `force`: also on GitHub-hosted runners.',
        default: 'false',
        form: 'one of false, true, force',
        boolean: true,
        choices: ['false', 'true', 'force'],
    },
    {
        name: 'resync-method',
        description: "How to resync: `auto` uses the machine's own time service (chrony, systemd-timesyncd, ntpd/NTPsec, OpenNTPD, macOS sntp, Windows w32tm); `set-clock` sets the clock directly from the measured consensus, only when at least two sources agree or an authenticated one decides (last resort).",
        default: 'auto',
        form: 'auto or set-clock',
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
    throw new InputError(input, `'${text}' is not accepted; use ${INPUTS.find((i) => i.name === input)?.form ?? 'true or false'}`);
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
function config_readConfig(get, env = {}) {
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
    const resyncText = raw(get, 'resync');
    const resync = resyncText.trim().toLowerCase() === 'force'
        ? 'force'
        : parseBoolean(resyncText, 'resync')
            ? 'true'
            : 'false';
    const resyncMethod = parseChoice(raw(get, 'resync-method'), 'resync-method', [
        'auto',
        'set-clock',
    ]);
    if (ntpServers.length === 0 && aws === 'off') {
        throw new InputError('ntp-servers', `is 'none' and aws is 'off': no time reference is left to check against`);
    }
    return {
        ntpServers,
        aws,
        awsRegion,
        warnOffsetMs,
        maxOffsetMs,
        timeoutMs,
        onUnreachable,
        postCheck,
        resync,
        resyncMethod,
    };
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/resync/ec2.ts
/**
 * EC2 detection from DMI (a few small sysfs reads, no metadata-service call), and the Amazon Time Sync
 * Service: a stratum-1-backed NTP server on a link-local address inside every instance's hypervisor,
 * reachable without internet access or security-group rules, and the reference AWS itself keeps to.
 */

function isEc2(facts) {
    const vendor = [facts.sysVendor, facts.boardVendor, facts.biosVendor].some((v) => /^Amazon EC2\b/i.test(v?.trim() ?? ''));
    const uuid = [facts.productUuid, facts.hypervisorUuid].some((u) => /^ec2/i.test(u?.trim() ?? ''));
    return vendor || uuid;
}
function read(file) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8').slice(0, 256);
    }
    catch {
        return undefined;
    }
}
function readDmi(root = '/') {
    const dmi = (name) => read(`${root}sys/devices/virtual/dmi/id/${name}`);
    const facts = {};
    const set = (key, value) => {
        if (value !== undefined)
            facts[key] = value;
    };
    set('sysVendor', dmi('sys_vendor'));
    set('boardVendor', dmi('board_vendor'));
    set('biosVendor', dmi('bios_vendor'));
    set('productUuid', dmi('product_uuid'));
    set('hypervisorUuid', read(`${root}sys/hypervisor/uuid`));
    return facts;
}
/** Linux only: macOS and Windows instances have no sysfs, and detecting them would cost a process. */
function detectEc2(os = process.platform, root = '/') {
    return os === 'linux' && isEc2(readDmi(root));
}
const AMAZON_TIME_SYNC_IPV4 = '169.254.169.123';
const AMAZON_TIME_SYNC_IPV6 = 'fd00:ec2::123';
/**
 * The Amazon Time Sync Service as NTP sources. The IPv6 address answers only on Nitro instances in a
 * subnet with IPv6; elsewhere it times out, which the consensus treats as one silent source of several.
 */
function amazonTimeSyncServers() {
    return [
        { host: AMAZON_TIME_SYNC_IPV4, port: 123, label: AMAZON_TIME_SYNC_IPV4 },
        { host: AMAZON_TIME_SYNC_IPV6, port: 123, label: `[${AMAZON_TIME_SYNC_IPV6}]` },
    ];
}
/** Fix text for an EC2 instance, in the words of the time service it runs. */
function ec2Advice(service) {
    const why = 'This is an EC2 instance: use the Amazon Time Sync Service (169.254.169.123, or fd00:ec2::123 on Nitro with IPv6), which every instance reaches without internet access and which AWS keeps its own clocks to.';
    switch (service) {
        case 'chrony':
            return `${why} Add \`server 169.254.169.123 prefer iburst minpoll 4 maxpoll 4\` to /etc/chrony/chrony.conf (or /etc/chrony.conf), then \`sudo systemctl restart chronyd\`.`;
        case 'timesyncd':
            return `${why} Set \`NTP=169.254.169.123\` in /etc/systemd/timesyncd.conf, then \`sudo systemctl restart systemd-timesyncd\`.`;
        case 'ntpd':
            return `${why} Add \`server 169.254.169.123 prefer iburst\` to /etc/ntp.conf (or /etc/ntpsec/ntp.conf) and restart ntpd.`;
        case 'openntpd':
            return `${why} Add \`server 169.254.169.123\` to ntpd.conf and restart OpenNTPD.`;
        case 'windows':
            return `${why} Run \`w32tm /config /manualpeerlist:169.254.169.123,0x8 /syncfromflags:manual /update\` as administrator.`;
        case 'macos':
            return `${why} Run \`sudo systemsetup -setnetworktimeserver 169.254.169.123\`.`;
        default:
            return `${why} Install chrony and add \`server 169.254.169.123 prefer iburst\` to its configuration.`;
    }
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
            (facts.os === 'darwin' ? ' (macOS images have needed `sudo sntp -sS time.windows.com`)' : '') +
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
    if (facts.ec2)
        steps.push(ec2Advice(facts.timeService));
    if (facts.runner === 'self-hosted') {
        steps.push('On a self-hosted runner, `resync: true` on this step runs that for you before the check is repeated.');
    }
    return steps.join(' ');
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ../../work/main/node_modules/@actions/exec/lib/exec.js + 4 modules
var exec = __nccwpck_require__(9281);
;// CONCATENATED MODULE: ./src/resync/exec.ts
/**
 * Runs one command for resync: an argument array (never a shell string) through @actions/exec, silent,
 * output captured, exit code returned rather than thrown, and bounded in time.
 *
 * The bound. @actions/exec has no timeout and never hands out the child process, so it cannot kill what
 * it started. We therefore have it run a tiny watchdog, `node -e WATCHDOG -- <ms> <file> <args…>`, using
 * the same Node binary that runs us (always present, on every OS). The watchdog spawns the real command
 * without a shell, stdin closed (nothing can prompt), and on POSIX in a process group of its own; when
 * the time is up it sends SIGTERM to the whole group, SIGKILL one second later, prints a marker line on
 * stderr and exits 124 (as timeout(1) does). On Windows `kill` is TerminateProcess. A last timer here,
 * the deadline plus a few seconds, stops waiting even if the watchdog itself were stuck, so resync always
 * returns. Known limit: a command under `sudo` whose root child ignores SIGTERM cannot be SIGKILLed by a
 * non-root watchdog; we stop waiting for it and say so.
 */




const WATCHDOG_MARK = 'clock-preflight-watchdog:';
/** CommonJS, run by `node -e`; argv: <timeoutMs> <file> <args…>. Kept small and free of input. */
const WATCHDOG = `
const { spawn } = require('child_process');
const { constants } = require('os');
const [ms, file, ...args] = process.argv.slice(1);
const posix = process.platform !== 'win32';
const mark = ${JSON.stringify(WATCHDOG_MARK)};
let timedOut = false;
let killTimer;
const child = spawn(file, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: posix, windowsHide: true });
const kill = (signal) => {
  try { if (posix) process.kill(-child.pid, signal); else child.kill(signal); }
  catch { try { child.kill(signal); } catch {} }
};
const timer = setTimeout(() => {
  timedOut = true;
  process.stderr.write('\\n' + mark + ' timed out after ' + ms + ' ms; sent SIGTERM\\n');
  kill('SIGTERM');
  killTimer = setTimeout(() => kill('SIGKILL'), 1000);
}, Number(ms));
child.on('error', (e) => {
  clearTimeout(timer);
  // Exit only once the marker is written: a pipe write is asynchronous and exit would cut it off.
  process.stderr.write(mark + ' cannot start: ' + (e.code || e.message) + '\\n', () =>
    process.exit(e.code === 'ENOENT' ? 127 : 126));
});
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  clearTimeout(killTimer);
  process.exit(timedOut ? 124 : code !== null ? code : 128 + (constants.signals[signal] || 0));
});
`;
/** Where `command` would be found on PATH (with PATHEXT on Windows); undefined when nowhere. */
function findOnPath(command, env, platform = process.platform) {
    const isFile = (p) => {
        try {
            return (0,external_node_fs_namespaceObject.existsSync)(p) && (0,external_node_fs_namespaceObject.statSync)(p).isFile();
        }
        catch {
            return false;
        }
    };
    const exts = platform === 'win32' ? ['', ...(env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)] : [''];
    if ((0,external_node_path_namespaceObject.isAbsolute)(command) || command.includes('/')) {
        return exts.map((e) => command + e).find(isFile);
    }
    const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : external_node_path_namespaceObject.delimiter).filter(Boolean);
    for (const dir of dirs) {
        for (const ext of exts) {
            const candidate = (0,external_node_path_namespaceObject.join)(dir, command + ext);
            if (isFile(candidate))
                return candidate;
        }
    }
    return undefined;
}
function plainEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}
/** Grace after the watchdog's own deadline: its SIGKILL delay plus start-up and stdio draining. */
const OUTER_GRACE_MS = 4000;
const boundedExec = async (argv, { timeoutMs, env }) => {
    const started = monotonicMs();
    const [command, ...args] = argv;
    const file = command === undefined ? undefined : findOnPath(command, env);
    if (command === undefined || file === undefined) {
        return {
            exitCode: null,
            stdout: '',
            stderr: '',
            timedOut: false,
            notRun: `${command ?? '(empty command)'}: not found on PATH`,
            durationMs: 0,
        };
    }
    const ms = Math.max(1, Math.round(timeoutMs));
    let outerTimer;
    const gaveUp = new Promise((resolve) => {
        outerTimer = setTimeout(() => resolve(undefined), ms + OUTER_GRACE_MS);
    });
    try {
        const output = await Promise.race([
            (0,exec/* getExecOutput */.H)(process.execPath, ['-e', WATCHDOG, '--', String(ms), file, ...args], {
                ignoreReturnCode: true,
                silent: true,
                env: plainEnv(env),
                // After the command exits, wait at most this long for grandchildren to release its stdio.
                delay: 1000,
            }),
            gaveUp,
        ]);
        const durationMs = monotonicMs() - started;
        if (output === undefined) {
            return {
                exitCode: null,
                stdout: '',
                stderr: `still running ${Math.round(durationMs)} ms after its ${ms} ms deadline; stopped waiting for it`,
                timedOut: true,
                durationMs,
            };
        }
        const lines = output.stderr.split('\n');
        const marks = lines.filter((l) => l.startsWith(WATCHDOG_MARK));
        const stderr = lines
            .filter((l) => !l.startsWith(WATCHDOG_MARK))
            .join('\n')
            .trim();
        const timedOut = marks.some((l) => l.includes('timed out'));
        const cannotStart = marks.find((l) => l.includes('cannot start'));
        return {
            exitCode: cannotStart ? null : output.exitCode,
            stdout: output.stdout.trim(),
            stderr: timedOut
                ? `${stderr}${stderr ? '\n' : ''}did not finish within ${ms} ms; stopped`.trim()
                : stderr,
            timedOut,
            ...(cannotStart ? { notRun: `${command}: ${cannotStart.slice(WATCHDOG_MARK.length).trim()}` } : {}),
            durationMs,
        };
    }
    catch (error) {
        return {
            exitCode: null,
            stdout: '',
            stderr: '',
            timedOut: false,
            notRun: `${command}: ${error instanceof Error ? error.message : String(error)}`,
            durationMs: monotonicMs() - started,
        };
    }
    finally {
        clearTimeout(outerTimer);
    }
};

;// CONCATENATED MODULE: ./src/resync/detect.ts
/**
 * Which time service keeps this machine's clock, found at run time from what is running, not only from
 * what is installed: a chronyc binary next to a running systemd-timesyncd must not send us to chronyc.
 * Reads /proc and a few unit files: no processes, no network. A chronyd started with -x does not control
 * the clock (test servers on this very machine run that way) and does not count.
 */



const realFs = {
    readdir: (p) => {
        try {
            return (0,external_node_fs_namespaceObject.readdirSync)(p);
        }
        catch {
            return [];
        }
    },
    readFile: (p) => {
        try {
            return (0,external_node_fs_namespaceObject.readFileSync)(p, 'utf8').slice(0, 4096);
        }
        catch {
            return '';
        }
    },
    exists: (p) => (0,external_node_fs_namespaceObject.existsSync)(p),
};
function runningProcesses(fs, procDir = '/proc') {
    return fs
        .readdir(procDir)
        .filter((d) => /^\d+$/.test(d))
        .map((pid) => ({
        comm: fs.readFile((0,external_node_path_namespaceObject.join)(procDir, pid, 'comm')).trim(),
        argv: fs
            .readFile((0,external_node_path_namespaceObject.join)(procDir, pid, 'cmdline'))
            .split('\0')
            .filter((a) => a !== ''),
    }))
        .filter((p) => p.comm !== '');
}
/** chronyd's -x, alone or among combined short options (-dx), means "never touch the clock". */
function chronydControlsClock(argv) {
    return !argv.slice(1).some((a) => /^-[a-zA-Z]*x[a-zA-Z]*$/.test(a) && !a.startsWith('--'));
}
const UNIT_DIRS = [
    '/etc/systemd/system',
    '/run/systemd/system',
    '/lib/systemd/system',
    '/usr/lib/systemd/system',
];
function unitExists(fs, unit) {
    return UNIT_DIRS.some((d) => fs.exists((0,external_node_path_namespaceObject.join)(d, `${unit}.service`)));
}
function ntpUnit(fs) {
    return ['ntpsec', 'ntp', 'ntpd'].find((u) => unitExists(fs, u)) ?? 'ntp';
}
function isOpenntpd(p, fs) {
    return (p.comm === 'openntpd' ||
        /openntpd/.test(p.argv[0] ?? '') ||
        (unitExists(fs, 'openntpd') &&
            !unitExists(fs, 'ntp') &&
            !unitExists(fs, 'ntpsec') &&
            !unitExists(fs, 'ntpd')));
}
function detectTimeService(options = {}) {
    const os = options.os ?? process.platform;
    const fs = options.fs ?? realFs;
    const env = options.env ?? process.env;
    if (os === 'darwin')
        return { service: 'macos', running: true, evidence: 'macOS (timed)' };
    if (os === 'win32')
        return { service: 'windows', running: true, evidence: 'Windows (W32Time)' };
    const procs = runningProcesses(fs, options.procDir ?? '/proc');
    const chronyds = procs.filter((p) => p.comm === 'chronyd');
    if (chronyds.some((p) => chronydControlsClock(p.argv))) {
        return { service: 'chrony', running: true, evidence: 'chronyd is running' };
    }
    if (procs.some((p) => p.comm.startsWith('systemd-timesyn'))) {
        return { service: 'timesyncd', running: true, evidence: 'systemd-timesyncd is running' };
    }
    const ntpds = procs.filter((p) => p.comm === 'ntpd' || p.comm === 'openntpd');
    if (ntpds.some((p) => isOpenntpd(p, fs))) {
        return {
            service: 'openntpd',
            unit: unitExists(fs, 'openntpd') ? 'openntpd' : 'ntpd',
            running: true,
            evidence: 'OpenNTPD is running',
        };
    }
    if (ntpds.length > 0) {
        const unit = ntpUnit(fs);
        return {
            service: 'ntpd',
            unit,
            running: true,
            evidence: `${unit === 'ntpsec' ? 'NTPsec' : 'ntpd'} is running`,
        };
    }
    // Nothing running that we recognise: fall back to what is installed, and say so.
    const ignored = chronyds.length > 0 ? ' (a chronyd started with -x is running, but it does not control the clock)' : '';
    const installed = (what) => `no time daemon is running${ignored}; ${what} is installed but not running`;
    if (findOnPath('chronyd', env) || findOnPath('chronyc', env) || fs.exists('/usr/sbin/chronyd')) {
        return { service: 'chrony', running: false, evidence: installed('chrony') };
    }
    if (fs.exists('/lib/systemd/systemd-timesyncd') || fs.exists('/usr/lib/systemd/systemd-timesyncd')) {
        return { service: 'timesyncd', running: false, evidence: installed('systemd-timesyncd') };
    }
    if (findOnPath('ntpctl', env) || unitExists(fs, 'openntpd')) {
        return { service: 'openntpd', unit: 'openntpd', running: false, evidence: installed('OpenNTPD') };
    }
    if (findOnPath('ntpd', env) || findOnPath('ntpq', env)) {
        return { service: 'ntpd', unit: ntpUnit(fs), running: false, evidence: installed('ntpd') };
    }
    return { service: 'unknown', running: false, evidence: `no time daemon is running or installed${ignored}` };
}

;// CONCATENATED MODULE: ./src/platform.ts
/**
 * Cheap facts about the machine we run on, for fix advice and for resync: the OS, whether this is a
 * GitHub-hosted or self-hosted runner, WSL, a container, and which time service is installed. Only stat
 * and small file reads: no processes, no network.
 */



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
    return {
        os,
        runner: runnerType(env),
        wsl: os === 'linux' && /microsoft/i.test(readSmall('/proc/version')),
        container: (0,external_node_fs_namespaceObject.existsSync)('/.dockerenv') || (0,external_node_fs_namespaceObject.existsSync)('/run/.containerenv'),
        // What is running wins over what is installed; a chronyd started with -x does not count.
        timeService: detectTimeService({ os, env }).service,
        ec2: detectEc2(os),
    };
}

;// CONCATENATED MODULE: ./src/check.ts





/** On EC2 the Amazon Time Sync Service (link-local, one hop) joins the NTP servers, unless NTP is off. */
function ntpServersFor(config, onEc2) {
    if (!onEc2 || config.ntpServers.length === 0)
        return config.ntpServers;
    const have = new Set(config.ntpServers.map((s) => `${s.host}:${s.port}`));
    return [...config.ntpServers, ...amazonTimeSyncServers().filter((s) => !have.has(`${s.host}:${s.port}`))];
}
function planSources(config, onEc2 = detectEc2()) {
    return [...ntpServersFor(config, onEc2).map((s) => ntpSource(s))];
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

;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by a unit test; bundled, so dist/ needs no package.json. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * argv → a command, its input values and output flags. Pure. Inputs use the same names as the action's
 * (`--ntp-servers`, `--max-offset`, …); boolean inputs also work bare (`--json`, `--require-authenticated`).
 */

const COMMANDS = ['check', 'resync', 'explain', 'run'];
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
                const values = spec.choices ?? ['true', 'false'];
                if (spec.boolean && (next === undefined || next.startsWith('-') || !values.includes(next))) {
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
        const head = `  --${i.name}${i.boolean ? `[=${(i.choices ?? ['true', 'false']).join('|')}]` : '=VALUE'}`;
        const def = i.default === '' ? '' : ` (default: ${i.default})`;
        return `${head}\n      ${i.description}${def}`;
    }).join('\n');
    return `clock-preflight ${VERSION}: check this machine's clock against NTP and AWS before anything is signed.

Usage:
  clock-preflight check [flags]              measure the clock; exit 0 ok or warn, 1 fail, 2 bad input
  clock-preflight resync [flags]             check; when it does not pass, resync with this machine's time
                                             service (chrony, timesyncd, ntpd, sntp, w32tm), check again
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

;// CONCATENATED MODULE: ./src/resync/decision.ts
const RESYNC_MODES = (/* unused pure expression or super */ null && (['false', 'true', 'force']));
const RESYNC_METHODS = (/* unused pure expression or super */ null && (['auto', 'set-clock']));
/**
 * Which statuses trigger a resync:
 * - `fail`: yes, that is what resync is for.
 * - `warn`: yes. The user opted in, and a clock off by more than warn-offset already shows that the time
 *   service has lost track (a working one keeps within milliseconds); waiting for it to slew back is a bet
 *   on the very thing that has failed, and a clock drifting past warn-offset now reaches max-offset later
 *   in a long job. The step is small at this point, which is also when stepping disturbs least.
 * - `unknown`: no. Either nothing answered or the sources disagree with no majority: there is no
 *   evidence that the clock is wrong, no trustworthy value to correct it to, and a time service that
 *   talks to the same blocked network would not do better. The fix is reachable sources, not a step.
 * - `ok`: no; nothing to correct.
 */
const TRIGGERS = { fail: true, warn: true, unknown: false, ok: false };
function resyncDecision(input) {
    const { mode, runner, status } = input;
    if (mode === 'false') {
        return { run: false, why: 'Resync is off (resync: false).' };
    }
    if (!TRIGGERS[status]) {
        return {
            run: false,
            why: status === 'ok'
                ? 'Resync not needed: the clock passed the check.'
                : 'Resync skipped: no reference gave a usable consensus, so there is no evidence the clock is wrong and no value to correct it to. Make reachable time sources available first.',
        };
    }
    if (runner === 'github-hosted' && mode === 'true') {
        return {
            run: false,
            why: 'Resync skipped: this is a GitHub-hosted runner and `resync: true` acts only on self-hosted runners, ' +
                "because a hosted runner's clock is GitHub's to keep and changing it needs sudo on an image you do not own. " +
                'Set `resync: force` to run it anyway.',
        };
    }
    const where = runner === 'github-hosted'
        ? 'on a GitHub-hosted runner (resync: force)'
        : runner === 'self-hosted'
            ? 'on a self-hosted runner'
            : 'outside GitHub Actions';
    return { run: true, why: `Resyncing ${where}: the check ended in ${status}.` };
}

;// CONCATENATED MODULE: ./src/resync/eligibility.ts

const DEFAULT_SET_CLOCK_LIMITS = { maxUncertaintyMs: 2000 };
function setClockEligibility(consensus, limits = DEFAULT_SET_CLOCK_LIMITS) {
    if (!consensus) {
        return { eligible: false, why: 'there is no measured consensus to set the clock from' };
    }
    const { offsetMs, uncertaintyMs, agreeing, authenticated } = consensus;
    if (!Number.isFinite(offsetMs) || !Number.isFinite(uncertaintyMs) || uncertaintyMs < 0) {
        return { eligible: false, why: 'the measured consensus is not a finite interval' };
    }
    if (agreeing < 1) {
        return { eligible: false, why: 'no source agrees with the consensus' };
    }
    if (agreeing < 2 && !authenticated) {
        return {
            eligible: false,
            why: 'only one unauthenticated source answered; a single NTP reply can be spoofed or wrong, so it is never enough to set a clock (add servers, or an authenticated NTS/HTTPS/STS source)',
        };
    }
    if (uncertaintyMs > limits.maxUncertaintyMs) {
        return {
            eligible: false,
            why: `the consensus is too wide (±${Math.round(uncertaintyMs)} ms, limit ±${limits.maxUncertaintyMs} ms) to set a clock from`,
        };
    }
    if (Math.abs(offsetMs) <= uncertaintyMs) {
        return {
            eligible: false,
            why: `the offset (${Math.round(offsetMs)} ms) is within its own uncertainty (±${Math.round(uncertaintyMs)} ms): setting the clock would not provably improve it`,
        };
    }
    const basis = agreeing >= 2 ? `${agreeing} sources agree` : 'an authenticated source decides';
    return { eligible: true, why: `${basis} within ±${Math.round(uncertaintyMs)} ms` };
}
/** The consensus of a finished measurement, in the shape resync needs; undefined without one. */
function consensusOf(m) {
    const v = m.verdict;
    if (v.reason !== 'judged' || v.offsetMs === undefined || v.uncertaintyMs === undefined)
        return undefined;
    const keys = new Set(v.truechimers);
    const agreeing = m.results.filter((r) => keys.has(sourceKey(r)));
    return {
        offsetMs: v.offsetMs,
        uncertaintyMs: v.uncertaintyMs,
        agreeing: agreeing.length,
        authenticated: agreeing.some((r) => r.authenticated),
    };
}

;// CONCATENATED MODULE: ./src/resync/plan.ts
/** A share of the budget for a bounded wait, never negative, never more than `capMs`. */
function share(budgetMs, fraction, capMs) {
    return Math.max(0, Math.min(capMs, Math.floor(budgetMs * fraction)));
}

;// CONCATENATED MODULE: ./src/resync/chrony.ts
/**
 * chrony: burst (fresh measurements now, not at the next poll, which can be 17 minutes away), step with
 * `makestep`, then a bounded `waitsync` so that the second measurement sees the settled clock.
 *
 * `makestep` steps by the offset chronyd has already measured; after a suspend or a long stall that
 * estimate is stale, hence the burst first, as chrony's FAQ does. `-a` is accepted and ignored by chrony 4
 * (it once meant "authenticate"); it keeps the command line familiar to people who copy it from the report.
 */

/** chronyd's answer when it cannot step: no selected source, or it does not control the clock (-x). */
const CHRONY_FAILURE = /\b500 Failure\b/;
function chronyStrategy(ctx) {
    const chronyc = (...args) => [
        'chronyc',
        ...(ctx.chronycHost ? ['-h', ctx.chronycHost] : []),
        ...args,
    ];
    const intervalS = 0.5;
    // waitsync gets up to half of the budget, capped at 20 s: long enough for a step to settle, short enough
    // to leave time for the second measurement.
    const waitMs = share(ctx.budgetMs, 0.5, 20_000);
    const tries = Math.max(1, Math.floor(waitMs / (intervalS * 1000)));
    return {
        kind: 'chrony',
        label: 'chrony',
        attempts: [
            {
                name: 'chronyc makestep',
                steps: [
                    {
                        id: 'tracking-before',
                        argv: chronyc('-c', 'tracking'),
                        purpose: "chronyd's estimate of the clock error before",
                        privileged: true,
                        optional: true,
                        maxMs: 3000,
                    },
                    {
                        id: 'burst',
                        argv: chronyc('-a', 'burst', '4/4'),
                        purpose: 'measure every source now instead of at the next poll',
                        privileged: true,
                        optional: true,
                        maxMs: 3000,
                        pauseAfterMs: share(ctx.budgetMs, 0.15, 3000),
                    },
                    {
                        id: 'makestep',
                        argv: chronyc('-a', 'makestep'),
                        purpose: 'step the clock by the offset chronyd has measured',
                        privileged: true,
                        maxMs: 5000,
                    },
                    {
                        id: 'waitsync',
                        // max-tries, max-correction 0.1 s, max-skew 0 (any), interval 0.5 s.
                        argv: chronyc('waitsync', String(tries), '0.1', '0', String(intervalS)),
                        purpose: `wait up to ${tries * intervalS} s for chronyd to be synchronised within 100 ms`,
                        privileged: true,
                        optional: true,
                        maxMs: waitMs + 2000,
                    },
                    {
                        id: 'tracking-after',
                        argv: chronyc('-c', 'tracking'),
                        purpose: "chronyd's estimate of the clock error after",
                        privileged: true,
                        optional: true,
                        maxMs: 3000,
                    },
                ],
            },
        ],
        whenAllFail: 'chronyd did not step the clock. It steps only by an offset it has measured itself, so it needs a reachable source.',
    };
}
/**
 * "System time" from `chronyc -c tracking` (the fifth field), in ms, in our sign convention: chrony's
 * correction is positive when the system clock is slow, i.e. behind, as our offsets are.
 */
function chronySystemTimeMs(csv) {
    const fields = csv.trim().split('\n')[0]?.split(',') ?? [];
    const seconds = Number(fields[4]);
    return fields.length > 4 && fields[4] !== '' && Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

;// CONCATENATED MODULE: ./src/resync/macos.ts
/** sntp takes a host name or address and always uses port 123. */
function port123Host(server) {
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
    if (bracketed)
        return bracketed[2] === undefined || bracketed[2] === '123' ? bracketed[1] : undefined;
    const parts = server.split(':');
    if (parts.length > 2)
        return server; // a bare IPv6 address
    return parts[1] === undefined || parts[1] === '123' ? parts[0] : undefined;
}
function macosServers(ctx) {
    const own = (ctx.servers ?? []).map(port123Host).filter((s) => !!s);
    const order = ctx.runner === 'github-hosted'
        ? ['time.windows.com', ...own, 'time.apple.com']
        : [...own, 'time.apple.com', 'time.windows.com'];
    return [...new Set(order)].slice(0, 4);
}
function macosStrategy(ctx) {
    const attempts = macosServers(ctx).map((server) => ({
        name: `sntp ${server}`,
        steps: [
            {
                id: 'sntp',
                argv: ['sntp', '-sS', server],
                purpose: `step the clock from ${server}`,
                privileged: true,
                maxMs: 10_000,
            },
        ],
    }));
    return {
        kind: 'macos',
        label: 'macOS sntp',
        attempts,
        whenAllFail: 'No NTP server answered sntp; UDP port 123 is probably blocked on this network. Keep "Set time and date automatically" on, or use resync-method: set-clock, which sets the clock from the HTTPS/STS consensus.',
    };
}

;// CONCATENATED MODULE: ./src/resync/ntpd.ts
/**
 * ntpd (ntp.org) and NTPsec have no "step now" command: they step (offsets over 128 ms) when they start,
 * so the strategy is a restart and a bounded wait until `ntpq` reports sync_ntp. Both distributions start
 * ntpd with -g, which lets that first step exceed the 1000 s panic threshold.
 */

function ntpdStrategy(ctx) {
    const unit = ctx.unit ?? 'ntp';
    const waitMs = share(ctx.budgetMs, 0.6, 20_000);
    const wait = {
        id: 'wait',
        argv: ['ntpq', '-c', 'rv'],
        purpose: `wait up to ${Math.round(waitMs / 1000)} s for ntpd to report sync_ntp`,
        privileged: false,
        optional: true,
        maxMs: 3000,
        until: { matches: /\bsync_ntp\b/, everyMs: 1000, forMs: waitMs },
    };
    return {
        kind: 'ntpd',
        label: unit === 'ntpsec' ? 'NTPsec' : 'ntpd',
        attempts: [
            {
                name: `systemctl restart ${unit}`,
                steps: [
                    {
                        id: 'restart',
                        argv: ['systemctl', '--no-ask-password', 'restart', `${unit}.service`],
                        purpose: `restart ${unit} so that it steps the clock at start`,
                        privileged: true,
                        maxMs: 10_000,
                    },
                    wait,
                ],
            },
            {
                name: `service ${unit} restart`,
                steps: [
                    {
                        id: 'restart',
                        argv: ['service', unit, 'restart'],
                        purpose: `restart ${unit} without systemd`,
                        privileged: true,
                        maxMs: 10_000,
                    },
                    wait,
                ],
            },
        ],
        whenAllFail: `${unit} was not restarted. If it exits at start with "panic", it runs without -g and the offset is over 1000 s: add -g to its options (NTPD_OPTS).`,
    };
}

;// CONCATENATED MODULE: ./src/resync/openntpd.ts
/**
 * OpenNTPD has no "step now" command either: it steps only at start-up (with -s, the default in recent
 * versions, when the offset is large) and otherwise slews at about 0.5 ms/s. So: restart, then wait
 * (bounded) for `ntpctl -s status` to say "clock synced".
 */

function openntpdStrategy(ctx) {
    const unit = ctx.unit ?? 'openntpd';
    const waitMs = share(ctx.budgetMs, 0.6, 20_000);
    const wait = {
        id: 'wait',
        argv: ['ntpctl', '-s', 'status'],
        purpose: `wait up to ${Math.round(waitMs / 1000)} s for OpenNTPD to report "clock synced"`,
        privileged: false,
        optional: true,
        maxMs: 3000,
        until: { matches: /clock synced/, everyMs: 1000, forMs: waitMs },
    };
    return {
        kind: 'openntpd',
        label: 'OpenNTPD',
        attempts: [
            {
                name: `systemctl restart ${unit}`,
                steps: [
                    {
                        id: 'restart',
                        argv: ['systemctl', '--no-ask-password', 'restart', `${unit}.service`],
                        purpose: 'restart OpenNTPD so that it steps the clock at start',
                        privileged: true,
                        maxMs: 10_000,
                    },
                    wait,
                ],
            },
            {
                name: `service ${unit} restart`,
                steps: [
                    {
                        id: 'restart',
                        argv: ['service', unit, 'restart'],
                        purpose: 'restart OpenNTPD without systemd',
                        privileged: true,
                        maxMs: 10_000,
                    },
                    wait,
                ],
            },
        ],
        whenAllFail: 'OpenNTPD was not restarted. It steps only at start-up (with -s) and slews smaller offsets at 0.5 ms/s, so a few seconds can take hours.',
    };
}

;// CONCATENATED MODULE: ./src/resync/diagnose.ts
/** The sudoers line that lets the runner user run one command as root without a password. */
function sudoersHint(command) {
    return `give the runner user passwordless sudo for this one command: \`runner ALL=(root) NOPASSWD: /usr/bin/${command}\` in /etc/sudoers.d/clock-preflight (the path from \`command -v ${command}\`)`;
}
function firstLine(text) {
    return (text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '') ?? '');
}
const SUDO = '<sudoers>';
const COMMON = [
    {
        matches: /a password is required|a terminal is required|no tty present|askpass/i,
        reason: 'sudo needs a password, and resync never prompts',
        next: SUDO,
    },
    {
        matches: /is not in the sudoers file|not allowed to execute/i,
        reason: 'the runner user may not run this command with sudo',
        next: SUDO,
    },
    {
        matches: /System has not been booted with systemd|Failed to connect to (the )?bus|Host is down/i,
        reason: 'systemd is not running here (a container or a minimal VM)',
        next: 'restart the time daemon the way this system starts services; in a container, fix the clock on the host',
    },
    {
        matches: /Interactive authentication required|Access denied|Permission denied|Operation not permitted/i,
        reason: 'not allowed: the command needs root',
        next: SUDO,
    },
];
const BY_KIND = {
    chrony: [
        {
            matches: /\b500 Failure\b/,
            reason: 'chronyd refused to step: it has no selected source with a measurement to step by, or it does not control the clock (started with -x)',
            next: 'check `chronyc sources -v` for a source marked `*`; if none answers, UDP 123 is blocked or the servers are unreachable: allow it, point chrony at an internal server (on EC2: `server 169.254.169.123 iburst`), or use resync-method: set-clock',
        },
        {
            matches: /\b501 Not authori[sz]ed\b/,
            reason: 'chronyc needs root for this command (it reached chronyd only over the unprivileged UDP port)',
            next: SUDO,
        },
        {
            matches: /\b506 Cannot talk to daemon\b|Could not open connection to daemon|Could not open command socket/i,
            reason: 'chronyd is not running or its command socket is unreachable',
            next: 'start it: `sudo systemctl start chronyd` (Debian/Ubuntu: `chrony`), then check `chronyc tracking`',
        },
        {
            matches: /\b503 No such source\b/,
            reason: 'chronyd has no NTP sources configured',
            next: 'add servers to chrony.conf (on EC2: `server 169.254.169.123 iburst`) and restart chronyd',
        },
    ],
    timesyncd: [
        {
            matches: /NTP not supported|Unit systemd-timesyncd\.service (not found|is masked)/i,
            reason: 'systemd-timesyncd is not installed or is masked',
            next: 'install it (`sudo apt-get install systemd-timesyncd`) or use chrony',
        },
    ],
    ntpd: [
        {
            matches: /Unit .* not found|unrecognized service/i,
            reason: 'the ntpd service unit has another name here',
            next: 'restart it by hand (`sudo systemctl restart ntp`, `ntpd` or `ntpsec`), then check `ntpq -p`',
        },
    ],
    openntpd: [
        {
            matches: /Unit .* not found|unrecognized service/i,
            reason: 'the OpenNTPD service unit has another name here',
            next: 'restart it by hand with -s, then check `ntpctl -s status`',
        },
    ],
    macos: [
        {
            matches: /Timeout|Exchange failed|no (response|reply)|cannot resolve|not known/i,
            reason: 'no answer from that NTP server (UDP 123 blocked, or the name does not resolve)',
            next: 'the next server is tried; if none answers, use resync-method: set-clock, which sets the clock from the HTTPS/STS consensus',
        },
    ],
    windows: [
        {
            matches: /0x80070426|service has not been started/i,
            reason: 'the Windows Time service (W32Time) is not running',
            next: 'start it as administrator: `net start w32time`, then `w32tm /resync /force`',
        },
        {
            matches: /no time data was available/i,
            reason: 'W32Time has no reachable time source',
            next: 'as administrator: `w32tm /config /manualpeerlist:time.windows.com,0x8 /syncfromflags:manual /update`, then `w32tm /resync /force`',
        },
        {
            matches: /Access is denied|0x80070005/i,
            reason: 'w32tm needs an elevated (administrator) runner',
            next: 'run the runner service as an administrator or LocalSystem',
        },
    ],
    'set-clock': [
        {
            matches: /invalid date|unknown option|illegal (option|time format)/i,
            reason: 'this date command does not accept that time format',
            next: 'the next form is tried; otherwise set the clock by hand',
        },
    ],
};
const NOT_INSTALLED_NEXT = {
    chrony: 'install chrony (`sudo apt-get install chrony`) or check PATH',
    timesyncd: 'systemd tools are missing: is this a container? Fix the clock on the host',
    ntpd: 'install ntpsec or chrony',
    openntpd: 'install OpenNTPD or chrony',
    macos: 'sntp ships with macOS at /usr/bin/sntp: check PATH',
    windows: 'w32tm ships with Windows in System32: check PATH',
    'set-clock': 'date is part of the base system: check PATH',
};
function diagnose_diagnose(kind, step, result, privilege) {
    const command = step.argv[0] ?? '';
    const noSudo = step.privileged && privilege === 'no-sudo';
    const note = noSudo ? ' (we are not root and `sudo -n` does not work here)' : '';
    if (result.notRun) {
        if (/^sudo: not found on PATH/.test(result.notRun)) {
            return {
                reason: 'sudo is not installed',
                next: `run the runner as root, or install sudo and ${sudoersHint(command)}`,
                permission: true,
            };
        }
        if (/not found on PATH/.test(result.notRun)) {
            return { reason: `${command} is not installed or not on PATH`, next: NOT_INSTALLED_NEXT[kind] };
        }
        return {
            reason: `${command} could not be started (${result.notRun})`,
            next: 'run it by hand to see why',
        };
    }
    if (result.timedOut) {
        return {
            reason: `${command} did not finish within the resync deadline and was stopped`,
            next: 'raise the timeout, or run the command by hand to see where it hangs',
        };
    }
    const output = `${result.stderr}\n${result.stdout}`;
    const rule = [...(BY_KIND[kind] ?? []), ...COMMON].find((r) => r.matches.test(output));
    if (rule && rule.reason.startsWith('not allowed') && privilege === 'root') {
        return {
            reason: 'not permitted even as root: in a container without CAP_SYS_TIME, or under a policy that forbids it',
            next: 'in a container the clock belongs to the host: fix the time service there',
            permission: true,
        };
    }
    if (rule) {
        return rule.next === SUDO
            ? { reason: rule.reason + note, next: sudoersHint(command), permission: true }
            : { reason: rule.reason + note, next: rule.next };
    }
    const said = firstLine(result.stderr) || firstLine(result.stdout);
    const reason = `${command} exited with ${result.exitCode}${said ? `: ${said}` : ''}${note}`;
    return {
        reason,
        next: noSudo ? sudoersHint(command) : 'run the command by hand on the runner to see the full error',
    };
}

;// CONCATENATED MODULE: ./src/resync/run.ts
/**
 * Executes a strategy: attempts in order until one succeeds, each step bounded by what is left of the
 * deadline, every command recorded with its exit code, output and diagnosis. Never throws.
 */

/** Below this, a command cannot even start reliably (the watchdog is a Node process). */
const MIN_STEP_MS = 300;
const EXCERPT_CHARS = 600;
function run_excerpt(text) {
    const t = text.trim();
    return t.length <= EXCERPT_CHARS ? t : `${t.slice(0, EXCERPT_CHARS)}…`;
}
const run_sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
function withPrivilege(step, argv, privilege) {
    return step.privileged && privilege === 'sudo' ? ['sudo', '-n', ...argv] : [...argv];
}
async function runStrategy(strategy, ctx) {
    const records = [];
    for (const attempt of strategy.attempts) {
        const outputs = new Map();
        let failed = false;
        let permission = false;
        for (const step of attempt.steps) {
            const base = { attempt: attempt.name, step: step.id, purpose: step.purpose, optional: !!step.optional };
            const skip = (why, ok) => records.push({
                ...base,
                argv: [],
                exitCode: null,
                timedOut: false,
                durationMs: 0,
                stdout: '',
                stderr: '',
                ok,
                skipped: why,
            });
            if (step.onlyIf) {
                const earlier = outputs.get(step.onlyIf.step);
                if (earlier === undefined || !step.onlyIf.matches.test(earlier)) {
                    skip(`not needed (${step.onlyIf.step} did not match ${step.onlyIf.matches.source})`, true);
                    continue;
                }
            }
            if (ctx.endAt - ctx.monotonicNow() < MIN_STEP_MS) {
                skip('no time left before the resync deadline', !!step.optional);
                if (!step.optional)
                    failed = true;
                break;
            }
            const argv = withPrivilege(step, step.argvAt ? step.argvAt(ctx.wallNow()) : step.argv, ctx.privilege);
            const started = ctx.monotonicNow();
            const once = () => ctx.exec(argv, {
                timeoutMs: Math.max(1, Math.min(step.maxMs ?? Infinity, ctx.endAt - ctx.monotonicNow())),
                env: ctx.env,
            });
            let result;
            let ok;
            let polls;
            if (step.until) {
                const until = step.until;
                const pollEnd = Math.min(started + until.forMs, ctx.endAt);
                polls = 0;
                for (;;) {
                    result = await once();
                    polls++;
                    ok = until.matches.test(`${result.stdout}\n${result.stderr}`);
                    // A command that cannot run at all will not start working by being asked again.
                    if (ok || result.notRun || ctx.monotonicNow() + until.everyMs + MIN_STEP_MS > pollEnd)
                        break;
                    await run_sleep(until.everyMs);
                }
            }
            else {
                result = await once();
                ok =
                    result.exitCode === 0 ||
                        (result.exitCode !== null && (step.okExitCodes ?? []).includes(result.exitCode));
            }
            outputs.set(step.id, `${result.stdout}\n${result.stderr}`);
            const record = {
                ...base,
                argv,
                exitCode: result.exitCode,
                timedOut: result.timedOut,
                durationMs: Math.round(ctx.monotonicNow() - started),
                stdout: run_excerpt(result.stdout),
                stderr: run_excerpt(result.notRun ?? result.stderr),
                ok,
                ...(polls !== undefined ? { polls } : {}),
            };
            if (!ok) {
                if (step.until && !result.notRun && !result.timedOut && result.exitCode === 0) {
                    record.reason = `not synchronised yet after ${Math.round(record.durationMs / 100) / 10} s (${polls} checks)`;
                    record.next = 'the second measurement shows whether the clock was corrected';
                }
                else {
                    const d = diagnose_diagnose(strategy.kind, step, result, ctx.privilege);
                    record.reason = d.reason;
                    record.next = d.next;
                    if (!step.optional)
                        permission = !!d.permission;
                }
            }
            records.push(record);
            if (!ok && !step.optional) {
                failed = true;
                break;
            }
            if (step.pauseAfterMs) {
                await run_sleep(Math.min(step.pauseAfterMs, ctx.endAt - ctx.monotonicNow() - 2 * MIN_STEP_MS));
            }
        }
        if (!failed)
            return { records, succeeded: attempt.name };
        if (permission)
            break;
    }
    return { records };
}

;// CONCATENATED MODULE: ./src/resync/set-clock.ts
function seconds(offsetMs) {
    const s = (Math.abs(offsetMs) / 1000).toFixed(3);
    return `${offsetMs < 0 ? '-' : '+'}${s} seconds`;
}
/** `@<epoch>` for GNU/BusyBox date: whole seconds, which BusyBox also accepts. */
function epochArg(targetMs) {
    return `@${Math.round(targetMs / 1000)}`;
}
/** BSD date's `[[[mm]dd]HH]MM[[cc]yy][.ss]` in UTC (with -u), nearest whole second. */
function bsdDateArg(targetMs) {
    const d = new Date(Math.round(targetMs / 1000) * 1000);
    const two = (n) => String(n).padStart(2, '0');
    return (two(d.getUTCMonth() + 1) +
        two(d.getUTCDate()) +
        two(d.getUTCHours()) +
        two(d.getUTCMinutes()) +
        String(d.getUTCFullYear()) +
        '.' +
        two(d.getUTCSeconds()));
}
function setClockStrategy(os, offsetMs, runnerNowMs) {
    if (!Number.isFinite(offsetMs))
        throw new Error('set-clock needs a finite offset');
    const how = `${offsetMs >= 0 ? 'forward' : 'back'} by ${(Math.abs(offsetMs) / 1000).toFixed(3)} s`;
    if (os === 'win32') {
        const script = `Set-Date -Adjust ([TimeSpan]::FromMilliseconds(${offsetMs.toFixed(3)})) | Out-Null`;
        return {
            kind: 'set-clock',
            label: 'set-clock',
            attempts: [
                {
                    name: 'PowerShell Set-Date -Adjust',
                    steps: [
                        {
                            id: 'set',
                            argv: ['powershell', '-NoProfile', '-NonInteractive', '-Command', script],
                            purpose: `move the clock ${how}`,
                            privileged: true,
                            maxMs: 30_000,
                        },
                    ],
                },
            ],
            whenAllFail: 'The clock was not set: Set-Date needs an elevated (administrator) runner.',
        };
    }
    if (os === 'darwin') {
        const at = (now) => ['date', '-u', bsdDateArg(now + offsetMs)];
        return {
            kind: 'set-clock',
            label: 'set-clock',
            attempts: [
                {
                    name: 'date (BSD)',
                    steps: [
                        {
                            id: 'set',
                            argv: at(runnerNowMs),
                            argvAt: at,
                            purpose: `set the clock ${how} (to the nearest second)`,
                            privileged: true,
                            maxMs: 5000,
                        },
                    ],
                },
            ],
            whenAllFail: 'The clock was not set: date needs root.',
        };
    }
    const absolute = (now) => ['date', '-u', '-s', epochArg(now + offsetMs)];
    return {
        kind: 'set-clock',
        label: 'set-clock',
        attempts: [
            {
                name: 'date -s (relative)',
                steps: [
                    {
                        id: 'set',
                        argv: ['date', '-u', '-s', seconds(offsetMs)],
                        purpose: `move the clock ${how}`,
                        privileged: true,
                        maxMs: 5000,
                    },
                ],
            },
            {
                // BusyBox date (Alpine) has no relative form.
                name: 'date -s @epoch',
                steps: [
                    {
                        id: 'set',
                        argv: absolute(runnerNowMs),
                        argvAt: absolute,
                        purpose: `set the clock ${how} (to the nearest second)`,
                        privileged: true,
                        maxMs: 5000,
                    },
                ],
            },
        ],
        whenAllFail: 'The clock was not set: date needs root (CAP_SYS_TIME); in a container the clock belongs to the host and cannot be set from inside.',
    };
}

;// CONCATENATED MODULE: ./src/resync/timesyncd.ts
/**
 * systemd-timesyncd: make sure synchronisation is on, restart the daemon so that it asks its servers now,
 * and wait (bounded) for its first reply. timesyncd steps the clock on any reply whose offset is over
 * 0.4 s (NTP_MAX_ADJUST), so a restart is a step. `--no-ask-password`: never a polkit prompt.
 */

function timesyncdStrategy(ctx) {
    const waitMs = share(ctx.budgetMs, 0.5, 15_000);
    return {
        kind: 'timesyncd',
        label: 'systemd-timesyncd',
        attempts: [
            {
                name: 'restart systemd-timesyncd',
                steps: [
                    {
                        id: 'set-ntp',
                        argv: ['timedatectl', '--no-ask-password', 'set-ntp', 'true'],
                        purpose: 'turn network time synchronisation on',
                        privileged: true,
                        maxMs: 5000,
                    },
                    {
                        id: 'restart',
                        argv: ['systemctl', '--no-ask-password', 'restart', 'systemd-timesyncd.service'],
                        purpose: 'restart systemd-timesyncd so that it asks its servers now and steps a large offset',
                        privileged: true,
                        maxMs: 10_000,
                    },
                    {
                        id: 'wait',
                        // The packet count restarts at 0 with the daemon: a non-zero count is a reply since the restart.
                        argv: ['timedatectl', 'timesync-status'],
                        purpose: `wait up to ${Math.round(waitMs / 1000)} s for systemd-timesyncd's first reply`,
                        privileged: false,
                        optional: true,
                        maxMs: 3000,
                        until: { matches: /Packet count:\s*[1-9]/, everyMs: 500, forMs: waitMs },
                    },
                ],
            },
        ],
        whenAllFail: 'systemd-timesyncd was not restarted.',
    };
}

;// CONCATENATED MODULE: ./src/resync/windows.ts
function windowsStrategy(_ctx) {
    const startIfStopped = [
        {
            id: 'state',
            argv: ['sc', 'query', 'w32time'],
            purpose: 'see whether the Windows Time service runs',
            privileged: false,
            optional: true,
            maxMs: 5000,
        },
        {
            id: 'start',
            argv: ['net', 'start', 'w32time'],
            purpose: 'start the Windows Time service, which is stopped',
            privileged: true,
            okExitCodes: [2],
            onlyIf: { step: 'state', matches: /STOPPED/ },
            maxMs: 15_000,
        },
    ];
    return {
        kind: 'windows',
        label: 'Windows Time (w32tm)',
        attempts: [
            {
                name: 'w32tm /resync /force',
                steps: [
                    ...startIfStopped,
                    {
                        id: 'resync',
                        argv: ['w32tm', '/resync', '/force'],
                        purpose: 'make W32Time synchronise and correct the clock now',
                        privileged: true,
                        maxMs: 15_000,
                    },
                ],
            },
            {
                name: 'w32tm /resync /rediscover',
                steps: [
                    {
                        id: 'resync',
                        argv: ['w32tm', '/resync', '/rediscover'],
                        purpose: 'look the time sources up again, then resynchronise',
                        privileged: true,
                        maxMs: 15_000,
                    },
                ],
            },
        ],
        whenAllFail: 'W32Time did not resynchronise. It refuses corrections larger than MaxPosPhaseCorrection/MaxNegPhaseCorrection (15 h on a standalone machine by default).',
    };
}

;// CONCATENATED MODULE: ./src/resync/resync.ts
/**
 * The resync entry point: pick the strategy (the machine's own time service, or set-clock when asked and
 * allowed), settle privileges (root, `sudo -n`, or neither), run it within the deadline and report what
 * ran and what changed. Always returns a report, never throws: the caller measures again either way and
 * the second verdict decides.
 */














/** Tests only: the chronyd command socket a real chronyc should talk to (a chronyd started with -x). */
const TEST_CHRONYC_HOST_ENV = 'CLOCK_PREFLIGHT_TEST_CHRONYC_HOST';
function strategyFor(service, ctx) {
    switch (service) {
        case 'chrony':
            return chronyStrategy(ctx);
        case 'timesyncd':
            return timesyncdStrategy(ctx);
        case 'ntpd':
            return ntpdStrategy(ctx);
        case 'openntpd':
            return openntpdStrategy(ctx);
        case 'macos':
            return macosStrategy(ctx);
        case 'windows':
            return windowsStrategy(ctx);
        default:
            return undefined;
    }
}
function shown(argv) {
    return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
function resync_seconds(ms) {
    return `${(Math.abs(ms) / 1000).toFixed(3)} s`;
}
function chronyChange(records) {
    const at = (id) => {
        const r = records.find((c) => c.step === id && c.ok);
        return r ? chronySystemTimeMs(r.stdout) : undefined;
    };
    const before = at('tracking-before');
    const after = at('tracking-after');
    // Nothing to say when chronyd saw no error to begin with, or saw the same one after.
    if (before === undefined || after === undefined || Math.abs(before - after) < 1)
        return undefined;
    const say = (ms) => Math.abs(ms) < 0.5 ? 'under 1 ms' : `${resync_seconds(ms)} ${ms > 0 ? 'slow' : 'fast'}`;
    return `chronyd's estimate of the clock error went from ${say(before)} to ${say(after)}`;
}
function describeChange(strategy, records, offsetMs) {
    if (strategy.kind === 'chrony')
        return chronyChange(records);
    if (strategy.kind === 'set-clock' &&
        offsetMs !== undefined &&
        records.some((r) => r.step === 'set' && r.ok)) {
        return `moved the clock ${offsetMs >= 0 ? 'forward' : 'back'} by ${resync_seconds(offsetMs)}`;
    }
    return undefined;
}
/**
 * Root, passwordless sudo, or neither. `sudo -n true` is the cheap test; a sudoers file that allows only
 * the time commands (as the README recommends) refuses `true`, so then `sudo -n -l <command>` asks
 * whether the strategy's first privileged command is allowed, without running it. Never prompts.
 */
async function settlePrivilege(os, isRoot, firstPrivileged, run, records) {
    if (os === 'win32')
        return 'not-applicable';
    if (isRoot ?? process.getuid?.() === 0)
        return 'root';
    const check = await run(['sudo', '-n', 'true'], 3000);
    records.push(check);
    if (check.ok)
        return 'sudo';
    if (!firstPrivileged || /not found on PATH/.test(check.stderr))
        return 'no-sudo';
    const allowed = await run(['sudo', '-n', '-l', ...firstPrivileged], 3000);
    records.push(allowed);
    if (allowed.ok) {
        // The narrower check answered; the broad one's failure is not a problem any more.
        check.ok = true;
        delete check.reason;
        delete check.next;
    }
    return allowed.ok ? 'sudo' : 'no-sudo';
}
/** The tool's own first words, for quoting: `500 Failure`, `sudo: a password is required`. */
function said(c) {
    const line = `${c.stderr}\n${c.stdout}`
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '');
    return line && line.length <= 120 ? line : '';
}
function summarise(report, succeeded, whenAllFail) {
    const ran = report.commands.filter((c) => c.argv.length > 0 && c.step !== 'sudo-check');
    const main = ran.filter((c) => !c.optional);
    if (report.ok) {
        const what = main
            .filter((c) => c.attempt === succeeded)
            .map((c) => `\`${shown(c.argv)}\``)
            .join(', ') || `\`${succeeded}\``;
        const caveat = ran.filter((c) => c.attempt === succeeded && c.optional && !c.ok && c.reason).at(-1);
        return `Resynced with ${report.strategy}: ran ${what}${report.changed ? `; ${report.changed}` : ''}${caveat ? ` (${caveat.step}: ${caveat.reason})` : ''}.`;
    }
    const failed = [...main].reverse().find((c) => !c.ok) ?? [...ran].reverse().find((c) => !c.ok);
    if (!failed)
        return `Resync with ${report.strategy} did not work: ${whenAllFail}`;
    const answered = failed.skipped
        ? `was skipped (${failed.skipped})`
        : failed.exitCode === null
            ? `could not run`
            : `exited with ${failed.exitCode}${said(failed) ? ` ("${said(failed)}")` : ''}`;
    return `Resync with ${report.strategy} did not work: \`${shown(failed.argv)}\` ${answered}: ${failed.reason}. Next: ${failed.next}.`;
}
async function resyncClock(opts) {
    const started = monotonicMs();
    const endAt = started + Math.max(0, opts.deadlineMs);
    const env = opts.env ?? process.env;
    const os = opts.platform?.os ?? process.platform;
    const runner = opts.platform?.runner ?? runnerType(env);
    const exec = opts.exec ?? boundedExec;
    const records = [];
    const base = { method: opts.method, commands: records, problems: [] };
    const elapsed = () => Math.round(monotonicMs() - started);
    let service = opts.platform?.service ?? 'unknown';
    let detection = 'not detected';
    let ec2;
    try {
        const onEc2 = opts.platform?.ec2 ?? detectEc2(os);
        let strategy;
        if (!opts.platform?.service && opts.method === 'auto') {
            const found = detectTimeService({ os, env });
            service = found.service;
            detection = found.evidence;
            if (found.unit && !opts.platform?.unit)
                opts = { ...opts, platform: { ...opts.platform, unit: found.unit } };
        }
        else if (opts.platform?.service) {
            detection = `${opts.platform.service} (given)`;
        }
        if (onEc2)
            ec2 = ec2Advice(service);
        if (opts.method === 'set-clock') {
            const eligibility = setClockEligibility(opts.consensus);
            if (!eligibility.eligible) {
                const summary = `Set-clock refused: ${eligibility.why}. The clock was not touched.`;
                return {
                    ...base,
                    ok: false,
                    strategy: 'set-clock',
                    service,
                    detection,
                    privilege: 'not-applicable',
                    summary,
                    problems: [summary],
                    ...(ec2 ? { ec2 } : {}),
                    elapsedMs: elapsed(),
                };
            }
            strategy = setClockStrategy(os, opts.consensus.offsetMs, systemClock.nowMs());
            detection = `set-clock: ${eligibility.why}`;
        }
        else {
            const chronycHost = opts.chronycHost ?? env[TEST_CHRONYC_HOST_ENV];
            strategy = strategyFor(service, {
                budgetMs: opts.deadlineMs,
                runner,
                ...(opts.servers ? { servers: opts.servers } : {}),
                ...(opts.platform?.unit ? { unit: opts.platform.unit } : {}),
                ...(chronycHost ? { chronycHost } : {}),
            });
        }
        if (!strategy) {
            const summary = `Resync not possible: ${detection}. Install chrony (\`sudo apt-get install chrony\`) or enable systemd-timesyncd; as a last resort set \`resync-method: set-clock\`.`;
            return {
                ...base,
                ok: false,
                strategy: 'none',
                service,
                detection,
                privilege: 'not-applicable',
                summary,
                problems: [summary],
                ...(ec2 ? { ec2 } : {}),
                elapsedMs: elapsed(),
            };
        }
        const firstPrivileged = strategy.attempts[0]?.steps.find((st) => st.privileged && !st.optional)?.argv;
        const privilege = await settlePrivilege(os, opts.platform?.isRoot, firstPrivileged, async (argv, timeoutMs) => {
            const t0 = monotonicMs();
            const r = await exec(argv, {
                timeoutMs: Math.min(timeoutMs, Math.max(1, endAt - monotonicMs())),
                env,
            });
            const ok = r.exitCode === 0;
            return {
                attempt: 'privileges',
                step: 'sudo-check',
                argv,
                purpose: 'check that sudo works without a password (never prompts)',
                exitCode: r.exitCode,
                timedOut: r.timedOut,
                durationMs: Math.round(monotonicMs() - t0),
                stdout: '',
                stderr: r.notRun ?? r.stderr.slice(0, 300),
                ok,
                optional: true,
                ...(ok
                    ? {}
                    : {
                        reason: r.notRun
                            ? 'sudo is not installed'
                            : 'sudo needs a password here (or refuses this user)',
                        next: 'privileged commands run without sudo and will likely be refused',
                    }),
            };
        }, records);
        const run = await runStrategy(strategy, {
            exec,
            env,
            privilege,
            endAt,
            monotonicNow: monotonicMs,
            wallNow: () => systemClock.nowMs(),
        });
        records.push(...run.records);
        // Whatever ran may have stepped the wall clock; reads after this must see the new time.
        reanchorWallClock();
        const ok = run.succeeded !== undefined;
        const changed = describeChange(strategy, records, opts.consensus?.offsetMs);
        const problems = records
            .filter((r) => !r.ok && r.reason && !(ok && r.optional && r.step === 'sudo-check'))
            .map((r) => `${r.argv.length ? `\`${shown(r.argv)}\`` : r.step}: ${r.reason}. Next: ${r.next}.`);
        if (!ok)
            problems.push(strategy.whenAllFail);
        const partial = {
            ...base,
            ok,
            strategy: strategy.label,
            service,
            detection,
            privilege,
            ...(changed ? { changed } : {}),
            problems,
            ...(ec2 ? { ec2 } : {}),
            elapsedMs: elapsed(),
        };
        return { ...partial, summary: summarise(partial, run.succeeded, strategy.whenAllFail) };
    }
    catch (error) {
        const summary = `Resync failed unexpectedly: ${error instanceof Error ? error.message : String(error)}. The run goes on to the second measurement.`;
        return {
            ...base,
            ok: false,
            strategy: 'none',
            service,
            detection,
            privilege: 'not-applicable',
            summary,
            problems: [summary],
            ...(ec2 ? { ec2 } : {}),
            elapsedMs: elapsed(),
        };
    }
}

;// CONCATENATED MODULE: ./src/resync/flow.ts



async function resyncThenMeasure(input) {
    const decision = resyncDecision({
        mode: input.mode,
        runner: input.runner,
        status: input.first.verdict.status,
    });
    if (!decision.run) {
        return { decision, final: input.first, resynced: false, line: decision.why };
    }
    const consensus = consensusOf(input.first);
    const report = await (input.resync ?? resyncClock)({
        method: input.method,
        deadlineMs: input.budgetMs,
        ...(consensus ? { consensus } : {}),
        servers: input.servers,
        ...(input.env ? { env: input.env } : {}),
        ...(input.platform ? { platform: input.platform } : {}),
    });
    const final = await input.remeasure();
    const after = final.verdict;
    const line = `${report.summary} Measured again: ${after.title}.`;
    return { decision, report, final, resynced: report.ok, line };
}

;// CONCATENATED MODULE: ./src/resync/inputs.ts
/**
 * Time for the resync itself, separate from the measurement `timeout`: long enough for a daemon restart
 * and a bounded wait for its first reply, short enough not to stall a job.
 */
function resyncBudgetMs(timeoutMs) {
    return Math.min(120_000, Math.max(20_000, 3 * timeoutMs));
}

;// CONCATENATED MODULE: ./src/gate.ts




async function runGate(config, env, deps = {}) {
    const first = await runCheck(config, env);
    let fix = first.fix;
    const flow = await resyncThenMeasure({
        mode: config.resync,
        method: config.resyncMethod,
        runner: runnerType(env),
        first: first.measurement,
        remeasure: async () => {
            const again = await runCheck(config, env);
            fix = again.fix;
            return again.measurement;
        },
        budgetMs: resyncBudgetMs(config.timeoutMs),
        servers: config.ntpServers.map((s) => s.label),
        env,
        ...(deps.platform ? { platform: deps.platform } : {}),
    });
    return { first: first.measurement, flow, final: flow.final, fix };
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

;// CONCATENATED MODULE: ./src/resync/describe.ts
function argvText(argv) {
    return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
function outcome(c) {
    if (c.skipped)
        return `skipped: ${c.skipped}`;
    if (c.exitCode === null)
        return c.timedOut ? 'stopped at the deadline' : `not run: ${c.stderr}`;
    const polls = c.polls && c.polls > 1 ? `, ${c.polls} checks` : '';
    return `exit ${c.exitCode}${c.timedOut ? ' (stopped at the deadline)' : ''}, ${c.durationMs} ms${polls}`;
}
function describe_firstLine(c) {
    return (`${c.stderr}\n${c.stdout}`
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '') ?? '');
}
function resyncText(flow) {
    const lines = [`Resync: ${flow.decision.why}`];
    const r = flow.report;
    if (r) {
        lines.push(`  ${r.summary}`);
        lines.push(`  Time service: ${r.detection}; privileges: ${r.privilege}; took ${r.elapsedMs} ms.`);
        for (const c of r.commands) {
            if (c.skipped && c.ok)
                continue;
            const said = c.ok || c.skipped ? '' : describe_firstLine(c);
            lines.push(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.argv.length ? argvText(c.argv) : c.step}  (${outcome(c)})${said ? `: ${said}` : ''}`);
        }
        // The summary already quotes the failure that decided; list only the other problems.
        for (const p of r.problems) {
            const reason = p.split(': ').slice(1).join(': ').split('. Next: ')[0] ?? p;
            if (!r.summary.includes(reason))
                lines.push(`  - ${p}`);
        }
        if (r.ec2)
            lines.push(`  ${r.ec2}`);
    }
    return lines.join('\n') + '\n';
}
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function resyncMarkdown(flow) {
    const r = flow.report;
    if (!r)
        return `**Resync:** ${flow.decision.why}\n`;
    const rows = r.commands
        .filter((c) => !(c.skipped && c.ok))
        .map((c) => `| \`${cell(c.argv.length ? argvText(c.argv) : c.step)}\` | ${c.ok ? 'ok' : 'failed'} | ${cell(outcome(c))} | ${cell(c.ok ? '' : (c.reason ?? describe_firstLine(c)))} |`);
    return [
        `**Resync (${r.strategy}):** ${r.summary}`,
        '',
        '| Command | Result | Exit | Why |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
        ...(r.ok ? [] : r.problems.map((p) => `- ${p}`)),
        ...(r.ec2 ? ['', r.ec2] : []),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/resync.ts
/**
 * `clock-preflight check` and `clock-preflight resync`: the gate, then the report. `resync` is `check`
 * with `--resync` defaulting to `true` (the user asked for a resync by name; `force` also acts on
 * GitHub-hosted runners): the check, then (when it did not pass) the machine's own resync, then the
 * check again; the second measurement decides the exit code. For other CI systems and for the runner's
 * pre-job hook.
 */






/** Returns the exit code: 0 when the final measurement passes (ok, warn), 1 when it fails the job. */
async function gateCommand(config, json, io, deps = {}) {
    const { first, flow, final, fix } = await runGate(config, io.env, deps);
    if (json) {
        io.stdout(JSON.stringify({
            ...jsonReport(final, fix),
            resynced: flow.resynced,
            resync: { run: flow.decision.run, why: flow.decision.why, report: flow.report ?? null },
            first: flow.report ? jsonReport(first, fix) : null,
        }, null, 2) + '\n');
    }
    else if (flow.report) {
        io.stdout(`First measurement: ${first.verdict.title}\n` +
            resyncText(flow) +
            '\nMeasured again:\n' +
            textReport(final, fix));
    }
    else {
        // Say why resync did not run only when it was asked for and the check did not pass.
        const why = config.resync !== 'false' && first.verdict.status !== 'ok' ? resyncText(flow) : '';
        io.stdout(textReport(final, fix) + why);
    }
    return failsJob(final, config) ? 1 : 0;
}
async function resyncCommand(args, io, deps = {}) {
    const config = readConfig((name) => (name === 'resync' ? (args.inputs.get(name) ?? 'true') : args.inputs.get(name)), io.env);
    return gateCommand(config, args.json, io, deps);
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
    const core = await __nccwpck_require__.e(/* import() */ 8).then(__nccwpck_require__.bind(__nccwpck_require__, 6008));
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
        // Every input is validated before any network work or any command runs. `resync` is `check` with
        // --resync defaulting to true.
        const defaults = args.command === 'resync' ? { resync: 'true' } : {};
        const config = config_readConfig((name) => args.inputs.get(name) ?? defaults[name], io.env);
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
            case 'check':
            case 'resync': {
                if (args.positional.length > 0 || args.rest.length > 0) {
                    throw new InputError(args.command, `unexpected argument '${[...args.positional, ...args.rest][0]}'`);
                }
                return await gateCommand(config, args.json, io);
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

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 9281:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  H: () => (/* binding */ getExecOutput)
});

// UNUSED EXPORTS: exec

// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __nccwpck_require__(5317);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ../../work/main/node_modules/@actions/io/lib/io-util.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ../../work/main/node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ../../work/main/node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ../../work/main/node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

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