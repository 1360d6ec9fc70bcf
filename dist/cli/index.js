#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4387);

// The AWS SDK warns about the Node version it runs on; that is about us, not about the user's clock.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    stdin: process.stdin,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4387:
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
/**
 * Public NTS (authenticated NTP, RFC 8915) defaults: four independent operators, so three must agree for a
 * majority. Cloudflare (anycast, NTS since 2019), Netnod (Swedish national time, anycast, stratum 1),
 * PTB (Germany's national metrology institute, stratum 1) and SIDN's TimeNL (stratum 1).
 */
const DEFAULT_NTS_SERVERS = [
    'time.cloudflare.com',
    'nts.netnod.se',
    'ptbtime1.ptb.de',
    'ntppool1.time.nl',
];
const INPUTS = [
    {
        name: 'ntp-servers',
        description: 'NTP servers to ask, comma- or newline-separated: host, host:port, IPv4, [IPv6] or [IPv6]:port. `none` turns NTP off.',
        default: DEFAULT_NTP_SERVERS.join(','),
        form: 'a comma- or newline-separated list of host, host:port, IPv4, [IPv6]:port, or none',
    },
    {
        name: 'nts-servers',
        description: 'NTS (authenticated NTP, RFC 8915) servers: the NTS-KE host, or host:port (port 4460 by default); the NTP server and port come from NTS-KE. Trust: the system store plus NODE_EXTRA_CA_CERTS. `none` turns NTS off.',
        default: DEFAULT_NTS_SERVERS.join(','),
        form: 'a comma- or newline-separated list of host, host:port, IPv4, [IPv6]:port, or none',
    },
    {
        name: 'require-authenticated',
        description: 'Only authenticated sources (NTS, HTTPS Date over TLS, signed STS) decide; unauthenticated NTP is still shown, marked as not deciding.',
        default: 'false',
        form: 'true or false',
        boolean: true,
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
    const ntsServers = parseServerList(raw(get, 'nts-servers'), 'nts-servers', 4460);
    const requireAuthenticated = parseBoolean(raw(get, 'require-authenticated'), 'require-authenticated');
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
    if (ntpServers.length === 0 && ntsServers.length === 0 && aws === 'off') {
        throw new InputError('ntp-servers', `is 'none', nts-servers is 'none' and aws is 'off': no time reference is left to check against`);
    }
    if (requireAuthenticated && ntsServers.length === 0 && aws === 'off') {
        throw new InputError('require-authenticated', `is true but nts-servers is 'none' and aws is 'off': no authenticated source is left to decide`);
    }
    return {
        ntpServers,
        ntsServers,
        requireAuthenticated,
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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
        return (0,external_node_fs_.readFileSync)(file, 'utf8').slice(0, 256);
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



/**
 * The sources whose samples vote. The signed STS call and the HTTPS Date check read the same clock
 * (AWS's), so they are one vote, not two: the Date check (which can refine) votes, and the signed call
 * only when the Date check has no answer.
 */
function voters(results, requireAuthenticated) {
    const usable = results.filter((r) => r.status === 'ok' && r.sample && (!requireAuthenticated || r.authenticated));
    const dateAnswered = usable.some((r) => r.kind === 'https-date');
    return usable.filter((r) => !(r.kind === 'sts' && dateAnswered));
}
function evaluate(results, options) {
    const voting = voters(results, options.requireAuthenticated ?? false);
    const consensus = selectTruechimers(voting.map((r) => ({
        lowMs: r.sample.offsetMs - r.sample.boundMs,
        highMs: r.sample.offsetMs + r.sample.boundMs,
    })));
    const all = options.requireAuthenticated ? results.filter((r) => r.authenticated) : results;
    return decide(consensus, voting, all.length > 0 ? all : results, options);
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
/** How long silent sources are waited for once the others agree (see agreedWithoutTheSilent). */
const PATIENCE_MS = 2500;
/**
 * The answers in hand decide on their own: a certain verdict, no falseticker among them, and at least two
 * sources agreeing (or one authenticated source where only authenticated ones count). Silent sources are
 * left out of the final consensus either way, so stopping here changes what is waited for, not what decides.
 */
function agreedWithoutTheSilent(results, options) {
    const answered = results.filter((r) => r !== undefined);
    const verdict = evaluate(answered, options);
    if (verdict.reason !== 'judged' || !verdict.certain || verdict.falsetickers.length > 0)
        return false;
    return verdict.truechimers.length >= (options.requireAuthenticated ? 1 : 2);
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
        let patienceTimer;
        let skippedWhy = '';
        const pending = new Set(which);
        const snapshot = () => results.map((x, j) => (pending.has(j) ? undefined : x));
        const stopWaiting = (why) => {
            skippedWhy ||= why;
            early.abort();
        };
        if (rounds === 1 && which.length > 1) {
            // Sources that stay silent this long are most likely blocked (UDP 123 or TCP 4460 dropped by a
            // firewall): once the answers in hand agree on a certain verdict, do not wait out the whole timeout.
            patienceTimer = setTimeout(() => {
                if (pending.size > 0 && agreedWithoutTheSilent(snapshot(), options)) {
                    stopWaiting(`no answer within ${PATIENCE_MS / 1000} s while the other sources agreed`);
                }
            }, PATIENCE_MS);
        }
        await Promise.all(which.map(async (i) => {
            const r = await sources[i].measure(signal);
            // A refinement that fails (lost, cut off by the deadline) does not erase what the source said before.
            const previous = results[i];
            results[i] = previous?.sample && !r.sample ? previous : r;
            pending.delete(i);
            if (pending.size > 0 && !graceTimer && rounds === 1 && settled(snapshot(), options)) {
                // Give stragglers a moment (they may only narrow the interval), then stop waiting.
                const slowest = Math.max(...results.filter((x) => x?.sample).map((x) => x.sample.delayMs), 10);
                graceTimer = setTimeout(() => stopWaiting('not waited for: a majority had already agreed'), Math.min(3 * slowest + 20, 500));
            }
        }));
        clearTimeout(graceTimer);
        clearTimeout(patienceTimer);
        if (early.signal.aborted && !deadline.aborted) {
            for (const i of which) {
                const r = results[i];
                if (r.status === 'timeout')
                    results[i] = { ...r, status: 'skipped', reason: skippedWhy };
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
    return {
        results: results,
        verdict,
        elapsedMs: monotonicMs() - started,
        rounds,
        requireAuthenticated: options.requireAuthenticated ?? false,
        voters: voters(results, options.requireAuthenticated ?? false).map(sourceKey),
    };
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
                    if (check.kind === 'rejected' && check.reason.startsWith('origin timestamp does not match'))
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

;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
;// CONCATENATED MODULE: ./src/nts/certificates.ts
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
            out.push(new external_node_crypto_.X509Certificate(block));
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
    const getCa = external_node_tls_namespaceObject.getCACertificates;
    if (typeof getCa === 'function')
        return parsePemCertificates(getCa('default').join('\n'));
    const anchors = parsePemCertificates(external_node_tls_namespaceObject.rootCertificates.join('\n'));
    const extra = env.NODE_EXTRA_CA_CERTS;
    if (extra) {
        try {
            anchors.push(...parsePemCertificates((0,external_node_fs_.readFileSync)(extra, 'utf8')));
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
    const nameError = external_node_tls_namespaceObject.checkServerIdentity(host, leaf.toLegacyObject());
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
            out.push(new external_node_crypto_.X509Certificate(raw));
        }
        catch {
            break;
        }
        node = node.issuerCertificate;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/nts/ke.ts
/**
 * NTS Key Establishment records (RFC 8915 §4): encode the client's request, parse and judge the server's
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
/** The client's request: NTPv4 next, AES-SIV-CMAC-256 only, end (RFC 8915 §4.1; chrony's prepare_request). */
function ke_encodeClientRequest() {
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
                // No warning codes are defined; RFC 8915 §4.1.4 has clients treat unknown ones as errors.
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
                ntpServer = String.fromCharCode(...r.body);
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
/** RFC 8915 §5.1: the exporter context is the protocol id, the AEAD id and 0x00 (C2S) or 0x01 (S2C). */
function exporterContext(aead, direction) {
    return new Uint8Array([
        (NEXT_PROTOCOL_NTPV4 >> 8) & 0xff,
        NEXT_PROTOCOL_NTPV4 & 0xff,
        (aead >> 8) & 0xff,
        aead & 0xff,
        direction === 'c2s' ? 0x00 : 0x01,
    ]);
}

;// CONCATENATED MODULE: ./src/nts/exchange.ts
/**
 * NTS Key Establishment over TLS 1.3 (RFC 8915 §4): connect with ALPN `ntske/1`, check the certificate,
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
    if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH')
        return `network unreachable (${code})`;
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
            `${formatDate(runnerNowMs)}: the runner's clock is probably at least ${humanDuration(dates.validFromMs - runnerNowMs)} behind`);
    }
    if (runnerNowMs > dates.validToMs) {
        return (`the server's certificate expired on ${formatDate(dates.validToMs)}, but the runner's clock says ` +
            `${formatDate(runnerNowMs)}: the runner's clock may be at least ${humanDuration(runnerNowMs - dates.validToMs)} ahead (or the certificate really expired)`);
    }
    return `the TLS stack reported ${dates.code} for a chain valid from ${formatDate(dates.validFromMs)} to ${formatDate(dates.validToMs)}`;
}
/** Runs one NTS-KE exchange with `server` (host and NTS-KE port). */
async function establishKeys(server, signal, options) {
    const resolved = await resolveHost(server.host, signal);
    if (!resolved.ok)
        return { ok: false, reason: resolved.reason, timedOut: resolved.timedOut, permanent: !resolved.timedOut };
    const keAddress = formatAddress(resolved.address, server.port);
    const hostIsIp = (0,external_node_net_namespaceObject.isIP)(server.host) !== 0;
    return new Promise((resolve) => {
        let finished = false;
        let received = Buffer.alloc(0);
        let certificateDates;
        const socket = external_node_tls_namespaceObject.connect({
            host: resolved.address,
            port: server.port,
            ...(hostIsIp ? {} : { servername: server.host }),
            ALPNProtocols: [NTS_KE_ALPN],
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
            if (socket.alpnProtocol !== NTS_KE_ALPN) {
                return fail(`${keAddress} did not agree to NTS-KE (ALPN ${NTS_KE_ALPN}); is it an NTS-KE server?`);
            }
            if (!socket.authorized) {
                const code = String(socket.authorizationError ?? 'unknown');
                if (!TIME_CODES.has(code))
                    return fail(`NTS-KE with ${keAddress}: ${describeAuthorizationError(code, server.host)}`);
                const chain = verifyChainIgnoringDates(presentedChain(socket.getPeerCertificate(true)), loadTrustAnchors(), server.host);
                if (!chain.ok)
                    return fail(`NTS-KE with ${keAddress}: ${chain.reason}`);
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
            socket.write(ke_encodeClientRequest());
        });
        socket.on('data', (chunk) => {
            received = Buffer.concat([received, chunk]);
            if (received.length > MAX_MESSAGE_BYTES)
                return fail(`NTS-KE response from ${keAddress} is over ${MAX_MESSAGE_BYTES} bytes`);
            const parsed = parseMessage(received);
            if (parsed.kind === 'incomplete')
                return;
            if (parsed.kind === 'invalid')
                return fail(`invalid NTS-KE response from ${keAddress}: ${parsed.reason}`);
            const response = checkResponse(parsed.records);
            if (!response.ok)
                return fail(`NTS-KE with ${keAddress} refused: ${response.reason}`);
            let c2sKey;
            let s2cKey;
            try {
                c2sKey = new Uint8Array(socket.exportKeyingMaterial(AEAD_KEY_BYTES, NTS_EXPORTER_LABEL, Buffer.from(exporterContext(response.aead, 'c2s'))));
                s2cKey = new Uint8Array(socket.exportKeyingMaterial(AEAD_KEY_BYTES, NTS_EXPORTER_LABEL, Buffer.from(exporterContext(response.aead, 's2c'))));
            }
            catch (error) {
                return fail(`NTS-KE with ${keAddress}: key export failed (${errorCode(error)})`);
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
            const code = errorCode(error);
            fail(describeConnectError(code, keAddress), code !== 'ECONNRESET');
        });
        socket.on('close', () => fail(`${keAddress} closed the NTS-KE connection before End of Message`, false));
    });
}

;// CONCATENATED MODULE: ./node_modules/@noble/ciphers/utils.js
/**
 * Utilities for hex, bytes, CSPRNG.
 * @module
 */
/*! noble-ciphers - MIT License (c) 2023 Paul Miller (paulmillr.com) */
function aarray(item, title, inner = () => { }) {
    if (!Array.isArray(item))
        throw new TypeError(`"${title}" expected array, got type=${typeof item}`);
    for (let i = 0; i < item.length; i++)
        inner(item[i], `${title}[${i}]`);
    return item;
}
/**
 * Checks if something is Uint8Array. Be careful: nodejs Buffer will return true.
 * @param a - Value to inspect.
 * @returns `true` when the value is a Uint8Array view, including Node's `Buffer`.
 * @example
 * Guards a value before treating it as raw key material.
 *
 * ```ts
 * isBytes(new Uint8Array());
 * ```
 */
function isBytes(a) {
    // Plain `instanceof Uint8Array` is too strict for some Buffer / proxy /
    // cross-realm cases. The fallback still requires a real ArrayBuffer view
    // so plain JSON-deserialized `{ constructor: ... }`
    // spoofing is rejected, and `BYTES_PER_ELEMENT === 1` keeps the fallback on byte-oriented views.
    return (a instanceof Uint8Array ||
        (ArrayBuffer.isView(a) &&
            a.constructor.name === 'Uint8Array' &&
            'BYTES_PER_ELEMENT' in a &&
            a.BYTES_PER_ELEMENT === 1));
}
// Shared error-message prefix builder. Only called on throw paths, so assert
// success paths never pay for the string concatenation.
const atitle = (title) => (title ? `"${title}" ` : '');
/**
 * Asserts something is boolean.
 * @param value - Value to validate.
 * @returns The validated boolean.
 * @throws On wrong argument types. {@link TypeError}
 * @example
 * Validates a boolean option before branching on it.
 *
 * ```ts
 * abool(true);
 * ```
 */
function abool(value, title = '') {
    if (typeof value !== 'boolean')
        throw new TypeError(atitle(title) + 'expected boolean, got type=' + typeof value);
    return value;
}
/**
 * Asserts something is a non-negative safe integer.
 * @param n - Value to validate.
 * @returns The validated number.
 * @throws On wrong argument types. {@link TypeError}
 * @throws On wrong argument ranges or values. {@link RangeError}
 * @example
 * Validates a non-negative length or counter.
 *
 * ```ts
 * anumber(1);
 * ```
 */
function utils_anumber(n, title = '') {
    if (typeof n !== 'number')
        throw new TypeError(atitle(title) + 'expected number, got ' + typeof n);
    if (!Number.isSafeInteger(n) || n < 0)
        throw new RangeError(atitle(title) + 'expected integer >= 0, got ' + n);
    return n;
}
/**
 * Asserts something is Uint8Array.
 * @param value - Value to validate.
 * @param length - Expected byte length.
 * @param title - Optional label used in error messages.
 * @returns The validated byte array.
 * On Node, `Buffer` is accepted too because it is a Uint8Array view.
 * @throws On wrong argument types. {@link TypeError}
 * @throws On wrong argument lengths. {@link RangeError}
 * @example
 * Validates a fixed-length nonce or key buffer.
 *
 * ```ts
 * abytes(new Uint8Array([1, 2]), 2);
 * ```
 */
function utils_abytes(value, length, title = '') {
    // Success path first: this runs at the start of every update() / digestInto(), and the
    // common `abytes(data)` form must not pay for length handling it does not use.
    if (isBytes(value) && (length === undefined || value.length === length))
        return value;
    // Error path: recompute freely to build the exact message.
    if (length !== undefined)
        utils_anumber(length, 'length');
    const bytes = isBytes(value);
    const ofLen = length !== undefined ? ` of length ${length}` : '';
    const got = bytes ? `length=${value.length}` : `type=${typeof value}`;
    const message = atitle(title) + 'expected Uint8Array' + ofLen + ', got ' + got;
    if (!bytes)
        throw new TypeError(message);
    throw new RangeError(message);
}
const aobject = (value, label) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new TypeError(label === 'object'
            ? 'expected valid options object'
            : `"${label}" expected object, got type=${typeof value}`);
};
/**
 * Asserts a hash- or MAC-like instance has not been destroyed or finished.
 * @param instance - Stateful instance to validate.
 * @param checkFinished - Whether to reject finished instances.
 * When `false`, only `destroyed` is checked.
 * @throws If the hash instance has already been destroyed or finalized. {@link Error}
 * @example
 * Guards against calling `update()` or `digest()` on a finished hash.
 *
 * ```ts
 * aexists({ destroyed: false, finished: false });
 * ```
 */
function aexists(instance, checkFinished = true) {
    // Runs on every update()/digestInto(); the flags are library-owned booleans, so only their
    // truthiness is checked - re-validating their type per call was pure hot-path overhead.
    if (instance.destroyed)
        throw new Error('hash was destroyed');
    if (checkFinished && instance.finished)
        throw new Error('digest() was already called');
}
/**
 * Asserts output is a sufficiently-sized byte array.
 * @param out - Output buffer to validate.
 * @param instance - Hash-like instance providing `outputLen`.
 * This is the relaxed `digestInto()`-style contract: output must be at least `outputLen`,
 * unlike one-shot cipher helpers elsewhere in the repo that often require exact lengths.
 * @throws On wrong argument types. {@link TypeError}
 * @throws On wrong output buffer lengths. {@link RangeError}
 * @example
 * Verifies that a caller-provided output buffer is large enough.
 *
 * ```ts
 * aoutput(new Uint8Array(16), { outputLen: 16 });
 * ```
 */
function aoutput(out, instance) {
    utils_abytes(out, undefined, 'output');
    // `outputLen` is a library-owned readonly number; the negated comparison keeps failing fast
    // when it is missing/NaN (comparisons with undefined/NaN are false) without an anumber() call.
    const min = instance.outputLen;
    if (!(out.length >= min)) {
        throw new RangeError('"output" expected length >= ' + min);
    }
}
/**
 * Asserts output is a sufficiently-sized, 4-byte-aligned byte array.
 * {@link aoutput} plus an {@link isAligned32} check, for `digestInto()` paths
 * that write through zero-allocation `u32` word views.
 * @param out - Output buffer to validate.
 * @param instance - Hash-like instance providing `outputLen`.
 * @throws On wrong argument types. {@link TypeError}
 * @throws On wrong output buffer lengths. {@link RangeError}
 * @throws On wrong output buffer alignment. {@link Error}
 * @example
 * Verifies that a caller-provided output buffer is large enough and aligned.
 *
 * ```ts
 * aoutput32(new Uint8Array(16), { outputLen: 16 });
 * ```
 */
function aoutput32(out, instance) {
    aoutput(out, instance);
    if (!isAligned32(out))
        throw new Error('invalid output, must be aligned');
}
/**
 * Casts a typed-array view to Uint8Array.
 * @param arr - Typed-array view to reinterpret.
 * @returns Uint8Array view over the same bytes.
 * @example
 * Views 32-bit words as raw bytes without copying.
 *
 * ```ts
 * u8(new Uint32Array([1]));
 * ```
 */
function u8(arr) {
    return new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
}
/**
 * Casts a typed-array view to Uint32Array.
 * @param arr - Typed-array view to reinterpret.
 * @returns Uint32Array view over the same bytes. Callers are expected to provide a
 * 4-byte-aligned offset; trailing `1..3` bytes are silently dropped.
 * @example
 * Views a byte buffer as 32-bit words for block processing.
 *
 * ```ts
 * u32(new Uint8Array(4));
 * ```
 */
function u32(arr) {
    return new Uint32Array(arr.buffer, arr.byteOffset, Math.floor(arr.byteLength / 4));
}
/**
 * Zeroizes typed arrays in place.
 * Warning: JS provides no guarantees.
 * @param arrays - Arrays to wipe.
 * @example
 * Wipes a temporary key buffer after use.
 *
 * ```ts
 * const bytes = new Uint8Array([1]);
 * clean(bytes);
 * ```
 */
function clean(...arrays) {
    for (let i = 0; i < arrays.length; i++) {
        arrays[i].fill(0);
    }
}
/**
 * Creates a DataView for byte-level manipulation.
 * @param arr - Typed-array view to wrap.
 * @returns DataView over the same bytes.
 * @example
 * Creates an endian-aware view for length encoding.
 *
 * ```ts
 * createView(new Uint8Array(4));
 * ```
 */
function createView(arr) {
    return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
/**
 * Whether the current platform is little-endian.
 * Most are; some IBM systems are not.
 */
const isLE = /* @__PURE__ */ (() => new Uint8Array(new Uint32Array([0x11223344]).buffer)[0] === 0x44)();
/**
 * Reverses byte order of one 32-bit word.
 * @param word - Unsigned 32-bit word to swap.
 * @returns The same word with bytes reversed.
 * @example
 * Swaps a big-endian word into little-endian byte order.
 *
 * ```ts
 * byteSwap(0x11223344);
 * ```
 */
function byteSwap(word) {
    return (((word << 24) & 0xff000000) |
        ((word << 8) & 0xff0000) |
        ((word >>> 8) & 0xff00) |
        ((word >>> 24) & 0xff));
}
/**
 * Normalizes one 32-bit word to the little-endian representation expected by cipher cores.
 * @param n - Unsigned 32-bit word to normalize.
 * @returns Little-endian normalized word on big-endian hosts, else the input word unchanged.
 * @example
 * Normalizes a host-endian word before passing it into an ARX/AES core.
 *
 * ```ts
 * swap8IfBE(0x11223344);
 * ```
 */
const swap8IfBE = isLE
    ? (n) => n
    : (n) => byteSwap(n) >>> 0;
/**
 * Byte-swaps every word of a Uint32Array in place.
 * @param arr - Uint32Array whose words should be swapped.
 * @returns The same array after in-place byte swapping.
 * @example
 * Swaps every 32-bit word in a word-view buffer.
 *
 * ```ts
 * byteSwap32(new Uint32Array([0x11223344]));
 * ```
 */
function byteSwap32(arr) {
    for (let i = 0; i < arr.length; i++) {
        arr[i] = byteSwap(arr[i]);
    }
    return arr;
}
/**
 * Normalizes a Uint32Array view to the little-endian representation expected by cipher cores.
 * @param u - Word view to normalize in place.
 * @returns Little-endian normalized word view.
 * @example
 * Normalizes a word-view buffer before block processing.
 *
 * ```ts
 * swap32IfBE(new Uint32Array([0x11223344]));
 * ```
 */
const swap32IfBE = isLE
    ? (u) => u
    : byteSwap32;
// Built-in hex conversion:
// {@link https://caniuse.com/mdn-javascript_builtins_uint8array_fromhex | caniuse entry}
const hasHexBuiltin = /* @__PURE__ */ (/* unused pure expression or super */ null && ((() => 
// @ts-ignore
typeof Uint8Array.from([]).toHex === 'function' && typeof Uint8Array.fromHex === 'function')()));
// Array where index 0xf0 (240) is mapped to string 'f0'
const hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/**
 * Convert byte array to hex string. Uses built-in function, when available.
 * @param bytes - Bytes to encode.
 * @returns Lowercase hexadecimal string.
 * @throws On wrong argument types. {@link TypeError}
 * @example
 * Formats ciphertext bytes for logs or test vectors.
 *
 * ```ts
 * bytesToHex(Uint8Array.from([0xca, 0xfe, 0x01, 0x23])); // 'cafe0123'
 * ```
 */
function bytesToHex(bytes) {
    utils_abytes(bytes);
    // @ts-ignore
    if (hasHexBuiltin)
        return bytes.toHex();
    // pre-caching improves the speed 6x
    let hex = '';
    for (let i = 0; i < bytes.length; i++) {
        hex += hexes[bytes[i]];
    }
    return hex;
}
// Strict ASCII nibble parser: non-ASCII hex lookalikes are rejected as undefined.
// ASCII codes: '0'..'9' = 48..57, 'A'..'F' = 65..70, 'a'..'f' = 97..102.
// prettier-ignore
function asciiToBase16(ch) {
    return ch >= 48 && ch <= 57 ? ch - 48 // '2' => 50-48
        : ch >= 65 && ch <= 70 ? ch - (65 - 10) // 'B' => 66-(65-10)
            : ch >= 97 && ch <= 102 ? ch - (97 - 10) // 'b' => 98-(97-10)
                : undefined;
}
/**
 * Convert hex string to byte array. Uses built-in function, when available.
 * @param hex - hexadecimal string to decode
 * @returns Decoded bytes.
 * @throws On wrong argument types. {@link TypeError}
 * @throws On wrong argument ranges or values. {@link RangeError}
 * @example
 * Decode lowercase hexadecimal into bytes.
 * ```ts
 * hexToBytes('cafe0123'); // Uint8Array.from([0xca, 0xfe, 0x01, 0x23])
 * ```
 */
function hexToBytes(hex) {
    if (typeof hex !== 'string')
        throw new TypeError('hex string expected, got ' + typeof hex);
    if (hasHexBuiltin) {
        try {
            return Uint8Array.fromHex(hex);
        }
        catch (error) {
            if (error instanceof SyntaxError)
                throw new RangeError(error.message);
            throw error;
        }
    }
    const hl = hex.length;
    const al = hl / 2;
    if (hl % 2)
        throw new RangeError('hex string expected, got unpadded hex of length ' + hl);
    const array = new Uint8Array(al);
    for (let ai = 0, hi = 0; ai < al; ai++, hi += 2) {
        const n1 = asciiToBase16(hex.charCodeAt(hi)); // parse first char, multiply it by 16
        const n2 = asciiToBase16(hex.charCodeAt(hi + 1)); // parse second char
        if (n1 === undefined || n2 === undefined) {
            const char = hex[hi] + hex[hi + 1];
            throw new RangeError('hex string expected, got non-hex character "' + char + '" at index ' + hi);
        }
        array[ai] = n1 * 16 + n2; // example: 'A9' => 10*16 + 9
    }
    return array;
}
const _0n = /* @__PURE__ */ (/* unused pure expression or super */ null && (BigInt(0)));
// Used in ff1, via bytesToNumberBE
/**
 * Converts a big-endian hex string into bigint.
 * @param hex - Hexadecimal string without `0x`.
 * @returns Parsed bigint value. The empty string is treated as `0n`.
 * @throws On wrong argument types. {@link TypeError}
 * @example
 * Parses a big-endian field element or counter from hex.
 *
 * ```ts
 * hexToNumber('ff');
 * ```
 */
function hexToNumber(hex) {
    if (typeof hex !== 'string')
        throw new TypeError('hex string expected, got ' + typeof hex);
    // Numeric parser, not byte-hex decoder: odd-length forms like 'f' are valid,
    // and malformed syntax follows BigInt's native error behavior.
    return hex === '' ? _0n : BigInt('0x' + hex); // Big Endian
}
// Used in ff1
// BE: Big Endian, LE: Little Endian
/**
 * Converts big-endian bytes into bigint.
 * @param bytes - Big-endian bytes.
 * @returns Parsed bigint value. Empty input is treated as `0n`.
 * @throws On invalid byte input passed to the internal hex conversion. {@link TypeError}
 * @example
 * Reads a big-endian integer from serialized bytes.
 *
 * ```ts
 * bytesToNumberBE(new Uint8Array([1, 0]));
 * ```
 */
function bytesToNumberBE(bytes) {
    return hexToNumber(bytesToHex(bytes));
}
/**
 * Validates that a value is a non-negative bigint or safe integer.
 * @param n - Value to validate.
 * @returns The same validated value.
 * @throws On wrong argument ranges or values. {@link RangeError}
 */
function abignumber(n) {
    if (typeof n === 'bigint') {
        if (!(_0n <= n))
            throw new RangeError('positive bigint expected, got ' + n);
    }
    else
        utils_anumber(n);
    return n;
}
// Used in ff1
/**
 * Converts a number into big-endian bytes of fixed length.
 * @param n - Number to encode.
 * @param len - Output length in bytes. Must be greater than zero.
 * @returns Big-endian bytes padded to `len`.
 * Negative values, `len = 0`, and values that do not fit are rejected before
 * downstream hex parsing.
 * @throws On wrong argument ranges or values. {@link RangeError}
 * @throws If a documented runtime validation or state check fails. {@link Error}
 * @example
 * Encodes a counter as fixed-width big-endian bytes.
 *
 * ```ts
 * numberToBytesBE(1, 2);
 * ```
 */
function numberToBytesBE(n, len) {
    utils_anumber(len);
    if (len === 0)
        throw new Error('zero output length is invalid');
    n = abignumber(n);
    const expectedLen = len * 2;
    const hex = n.toString(16);
    // Detect overflow before hex parsing so oversized values don't leak the shared odd-hex error.
    if (hex.length > expectedLen)
        throw new RangeError('number is too large');
    return hexToBytes(hex.padStart(expectedLen, '0'));
}
/**
 * Converts string to bytes using UTF8 encoding.
 * @param str - String to encode.
 * @returns UTF-8 bytes in a detached fresh Uint8Array copy.
 * @throws On wrong argument types. {@link TypeError}
 * @example
 * Encodes application text before encryption or MACing.
 *
 * ```ts
 * utf8ToBytes('abc'); // new Uint8Array([97, 98, 99])
 * ```
 */
function utf8ToBytes(str) {
    if (typeof str !== 'string')
        throw new TypeError('string expected');
    return new Uint8Array(new TextEncoder().encode(str)); // {@link https://bugzil.la/1681809 | Firefox bug 1681809}
}
/**
 * Converts bytes to string using UTF8 encoding.
 * @param bytes - UTF-8 bytes.
 * @returns Decoded string. Input validation is delegated to `TextDecoder`, and malformed
 * UTF-8 is replacement-decoded instead of rejected.
 * @example
 * Decodes UTF-8 plaintext back into a string.
 *
 * ```ts
 * bytesToUtf8(new Uint8Array([97, 98, 99])); // 'abc'
 * ```
 */
function bytesToUtf8(bytes) {
    return new TextDecoder().decode(bytes);
}
/**
 * Checks if two U8A use same underlying buffer and overlaps.
 * This is invalid and can corrupt data.
 * @param a - First byte view.
 * @param b - Second byte view.
 * @returns `true` when the views overlap in memory.
 * @example
 * Detects whether two slices alias the same backing buffer.
 *
 * ```ts
 * overlapBytes(new Uint8Array(4), new Uint8Array(4));
 * ```
 */
function overlapBytes(a, b) {
    // Zero-length views cannot overwrite anything, even if their offset sits inside another range.
    if (!a.byteLength || !b.byteLength)
        return false;
    return (a.buffer === b.buffer && // best we can do, may fail with an obscure Proxy
        a.byteOffset < b.byteOffset + b.byteLength && // a starts before b end
        b.byteOffset < a.byteOffset + a.byteLength // b starts before a end
    );
}
/**
 * If input and output overlap and input starts before output, we will overwrite end of input before
 * we start processing it, so this is not supported by forward-processing ciphers.
 * @param input - Input bytes.
 * @param output - Output bytes.
 * @throws If the output view would overwrite unread input bytes. {@link Error}
 * @example
 * Rejects an in-place layout that would overwrite unread input bytes.
 *
 * ```ts
 * const buffer = new Uint8Array(8);
 * complexOverlapBytes(buffer.subarray(0, 4), buffer.subarray(2, 6));
 * ```
 */
function complexOverlapBytes(input, output) {
    // This is very cursed. It works somehow, but I'm completely unsure,
    // reasoning about overlapping aligned windows is very hard.
    if (overlapBytes(input, output) && input.byteOffset < output.byteOffset)
        throw new Error('complex overlap of input and output is not supported');
}
/**
 * Copies several Uint8Arrays into one.
 * @param arrays - Byte arrays to concatenate.
 * @returns Combined byte array.
 * @throws On wrong argument types inside the byte-array list. {@link TypeError}
 * @example
 * Builds a `nonce || ciphertext` style buffer.
 *
 * ```ts
 * concatBytes(new Uint8Array([1]), new Uint8Array([2]));
 * ```
 */
function concatBytes(...arrays) {
    let sum = 0;
    for (let i = 0; i < arrays.length; i++) {
        const a = arrays[i];
        utils_abytes(a);
        sum += a.length;
    }
    const res = new Uint8Array(sum);
    for (let i = 0, pad = 0; i < arrays.length; i++) {
        const a = arrays[i];
        res.set(a, pad);
        pad += a.length;
    }
    return res;
}
/**
 * Merges user options into defaults.
 * @param defaults - Default option values.
 * @param opts - User-provided overrides.
 * @returns Combined options object.
 * `defaults` is a library-owned mutable object; user-provided `opts` only need to be
 * object-shaped, since "plain object" checks reject valid proxy/cross-realm containers.
 * The merge mutates `defaults` in place and returns the same object, so direct callers
 * should pass a fresh defaults object unless they intentionally want shared state updated.
 * @throws If options are missing or not an object. {@link Error}
 * @example
 * Applies user overrides to the default cipher options.
 *
 * ```ts
 * checkOpts({ rounds: 20 }, { rounds: 8 });
 * ```
 */
function checkOpts(defaults, opts) {
    aobject(defaults, 'defaults');
    aobject(opts, 'opts');
    // Mutates defaults by design. __proto__ follows Object.assign semantics here and can only
    // affect this local option object; callers already control this low-level options surface.
    const merged = Object.assign(defaults, opts);
    return merged;
}
/**
 * Compares two byte arrays in kinda constant time once lengths already match.
 * @param a - First byte array.
 * @param b - Second byte array.
 * @returns `true` when the arrays contain the same bytes. Different lengths still return early.
 * @example
 * Compares an expected authentication tag with the received one.
 *
 * ```ts
 * equalBytes(new Uint8Array([1]), new Uint8Array([1]));
 * ```
 */
function equalBytes(a, b) {
    a = utils_abytes(a);
    b = utils_abytes(b);
    if (a.length !== b.length)
        return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++)
        diff |= a[i] ^ b[i];
    return diff === 0;
}
/**
 * Wraps a keyed MAC constructor into a one-shot helper with `.create()`.
 * @param keyLen - Valid probe-key length used to read static metadata once.
 * The probe key is only used for `outputLen` / `blockLen`, so callers with several valid key sizes
 * can pass any representative size as long as those values stay fixed.
 * @param macCons - Keyed MAC constructor or factory.
 * @param fromMsg - Optional adapter that derives extra constructor args from the one-shot message.
 * @returns Callable MAC helper with `.create()`.
 */
function wrapMacConstructor(keyLen, macCons, fromMsg) {
    const mac = macCons;
    const getArgs = (fromMsg || (() => []));
    const macC = (msg, key) => mac(key, ...getArgs(msg))
        .update(msg)
        .digest();
    const tmp = mac(new Uint8Array(keyLen), ...getArgs(new Uint8Array(0)));
    macC.outputLen = tmp.outputLen;
    macC.blockLen = tmp.blockLen;
    macC.create = (key, ...args) => mac(key, ...args);
    return macC;
}
/**
 * Wraps a cipher: validates args, ensures encrypt() can only be called once.
 * Used internally by the exported cipher constructors.
 * Output-buffer support is inferred from the wrapped `encrypt` / `decrypt`
 * arity (`fn.length === 2`), so wrapped output-capable methods must use a normal
 * second parameter, not a default/rest parameter. AAD support is explicit in
 * `params.withAAD`; optional AAD starts after the nonce slot when one is present.
 * @__NO_SIDE_EFFECTS__
 * @param params - Static cipher metadata. See {@link CipherParams}.
 * @param constructor - Cipher constructor.
 * @returns Wrapped constructor with validation.
 */
const wrapCipher = (params, constructor) => {
    function wrappedCipher(key, ...args) {
        // Validate key
        utils_abytes(key, undefined, 'key');
        // Validate nonce if nonceLength is present
        if (params.nonceLength !== undefined) {
            const nonce = args[0];
            utils_abytes(nonce, params.varSizeNonce ? undefined : params.nonceLength, 'nonce');
        }
        // Keep tag length available for decrypt-size checks after constructor validation.
        const tagl = params.tagLength;
        const aadStart = params.nonceLength !== undefined ? 1 : 0;
        // No-AAD constructors otherwise silently ignore byte args meant as AAD.
        if (!params.withAAD) {
            for (let i = aadStart; i < args.length; i++)
                if (isBytes(args[i]))
                    throw new Error('AAD not supported');
        }
        // Validate the first AAD slot early; rest-arg AAD constructors validate the tail themselves.
        if (params.withAAD && args[aadStart] !== undefined)
            utils_abytes(args[aadStart], undefined, 'AAD');
        const cipher = constructor(key, ...args);
        const checkOutput = (fnLength, output) => {
            if (output !== undefined) {
                if (fnLength !== 2)
                    throw new Error('cipher output not supported');
                utils_abytes(output, undefined, 'output');
            }
        };
        // Create wrapped cipher with validation and single-use encryption
        let called = false;
        const wrCipher = {
            encrypt(data, output) {
                if (called)
                    throw new Error('cannot encrypt() twice with same key + nonce');
                // Any encrypt attempt consumes the instance, even if validation rejects below.
                called = true;
                utils_abytes(data, undefined, 'data');
                checkOutput(cipher.encrypt.length, output);
                return cipher.encrypt(data, output);
            },
            decrypt(data, output) {
                utils_abytes(data, undefined, 'data');
                if (tagl && data.length < tagl)
                    throw new Error('"ciphertext" expected length >= tagLength=' + tagl);
                checkOutput(cipher.decrypt.length, output);
                return cipher.decrypt(data, output);
            },
        };
        return wrCipher;
    }
    Object.assign(wrappedCipher, params);
    return wrappedCipher;
};
/**
 * By default, returns u8a of length.
 * When out is available, it checks it for validity and uses it.
 * @param expectedLength - Required output length.
 * @param out - Optional destination buffer.
 * @param onlyAligned - Whether `out` must be 4-byte aligned.
 * @returns Output buffer ready for writing.
 * @throws On wrong argument types. {@link TypeError}
 * @throws If the provided output buffer has the wrong size. {@link RangeError}
 * @throws If the provided output buffer has the wrong alignment. {@link Error}
 * @example
 * Reuses a caller-provided output buffer when lengths match.
 *
 * ```ts
 * getOutput(16, new Uint8Array(16));
 * ```
 */
function getOutput(expectedLength, out, onlyAligned = true) {
    if (out === undefined)
        return new Uint8Array(expectedLength);
    // Keep Buffer/cross-realm Uint8Array support here instead of trusting a shape-compatible object.
    utils_abytes(out, expectedLength, 'output');
    if (onlyAligned && !isAligned32(out))
        throw new Error('invalid output, must be aligned');
    return out;
}
/**
 * Encodes data and AAD lengths into a 16-byte buffer.
 * @param dataLength - Data length. Units are caller-defined: GCM passes bit
 * lengths, ChaCha20-Poly1305 passes byte lengths — the helper writes the raw values.
 * @param aadLength - AAD length, same unit convention as `dataLength`.
 * The serialized block is still `aadLength || dataLength`, matching GCM/Poly1305
 * conventions even though the helper parameter order is `(dataLength, aadLength)`.
 * @param isLE - Whether to encode lengths as little-endian.
 * @returns 16-byte length block.
 * @throws On wrong argument types passed to the endian validator. {@link TypeError}
 * @throws On wrong argument ranges or values. {@link RangeError}
 * @example
 * Builds the length block appended by GCM and Poly1305.
 *
 * ```ts
 * u64Lengths(16, 8, true);
 * ```
 */
function u64Lengths(dataLength, aadLength, isLE) {
    // Reject coercible non-number lengths like '10' and true before BigInt(...) accepts them.
    utils_anumber(dataLength);
    utils_anumber(aadLength);
    abool(isLE);
    const num = new Uint8Array(16);
    const view = createView(num);
    view.setBigUint64(0, BigInt(aadLength), isLE);
    view.setBigUint64(8, BigInt(dataLength), isLE);
    return num;
}
/**
 * Checks whether a byte array is aligned to a 4-byte offset.
 * @param bytes - Byte array to inspect.
 * @returns `true` when the view is 4-byte aligned.
 * @example
 * Checks whether a buffer can be safely viewed as Uint32Array.
 *
 * ```ts
 * isAligned32(new Uint8Array(4));
 * ```
 */
function isAligned32(bytes) {
    return bytes.byteOffset % 4 === 0;
}
/**
 * Copies bytes into a new Uint8Array.
 * @param bytes - Bytes to copy.
 * @returns Copied byte array.
 * @throws On wrong argument types. {@link TypeError}
 * @example
 * Copies input into an aligned Uint8Array before block processing.
 *
 * ```ts
 * copyBytes(new Uint8Array([1, 2]));
 * ```
 */
function copyBytes(bytes) {
    // `Uint8Array.from(...)` would also accept arrays / other typed arrays. Keep this helper strict
    // because callers use it at byte-validation boundaries before mutating the detached copy.
    return Uint8Array.from(utils_abytes(bytes));
}
/**
 * Cryptographically secure PRNG backed by `crypto.getRandomValues`.
 * @param bytesLength - number of random bytes to generate
 * @returns Random bytes.
 * The platform `getRandomValues()` implementation still defines any
 * single-call length cap, and this helper rejects oversize requests
 * with a stable library `RangeError` instead of host-specific errors.
 * @throws On wrong argument types. {@link TypeError}
 * @throws On wrong argument ranges or values. {@link RangeError}
 * @throws If the current runtime does not provide `crypto.getRandomValues`. {@link Error}
 * @example
 * Generate a fresh random key or nonce.
 * ```ts
 * const key = randomBytes(16);
 * ```
 */
function randomBytes(bytesLength = 32) {
    // Match the repo's other length-taking helpers instead of relying on Uint8Array coercion.
    utils_anumber(bytesLength, 'bytesLength');
    const cr = typeof globalThis === 'object' ? globalThis.crypto : null;
    if (typeof cr?.getRandomValues !== 'function')
        throw new Error('crypto.getRandomValues must be defined');
    // Web Cryptography API Level 2 §10.1.1:
    // if `byteLength > 65536`, throw `QuotaExceededError`.
    // Keep the guard explicit so callers can see the quota in code
    // instead of discovering it by reading the spec or host errors.
    // This wrapper surfaces the same quota as a stable library RangeError.
    if (bytesLength > 65536)
        throw new RangeError(`"bytesLength" expected <= 65536, got ${bytesLength}`);
    return cr.getRandomValues(new Uint8Array(bytesLength));
}
/**
 * Uses CSPRNG for nonce, nonce injected in ciphertext.
 * For `encrypt`, a `nonceBytes`-length buffer is fetched from CSPRNG and
 * prepended to encrypted ciphertext. For `decrypt`, first `nonceBytes` of ciphertext
 * are treated as nonce. The wrapper always allocates a fresh `nonce || ciphertext`
 * buffer on encrypt and intentionally does not support caller-provided destination buffers.
 * Too-short decrypt inputs are split into short/empty nonce views and then delegated
 * to the wrapped cipher instead of being rejected here first.
 *
 * NOTE: Under the same key, using random nonces (e.g. `managedNonce`) with AES-GCM and ChaCha
 * should be limited to `2**23` (8M) messages to get a collision chance of
 * `2**-50`. Stretching to `2**32` (4B) messages would raise that chance to
 * `2**-33`, still negligible but creeping up.
 * @param fn - Cipher constructor that expects a nonce.
 * @param randomBytes_ - Random-byte source used for nonce generation.
 * @returns Cipher constructor that prepends the nonce to ciphertext.
 * @throws On wrong argument types. {@link TypeError}
 * @throws On invalid nonce lengths observed at wrapper construction or use. {@link RangeError}
 * @example
 * Prepends a fresh random nonce to every ciphertext.
 *
 * ```ts
 * import { gcm } from '@noble/ciphers/aes.js';
 * import { managedNonce, randomBytes } from '@noble/ciphers/utils.js';
 * const wrapped = managedNonce(gcm);
 * const key = randomBytes(16);
 * const ciphertext = wrapped(key).encrypt(new Uint8Array([1, 2, 3]));
 * wrapped(key).decrypt(ciphertext);
 * ```
 */
function managedNonce(fn, randomBytes_ = randomBytes) {
    if (typeof fn !== 'function')
        throw new TypeError('"fn" expected cipher constructor, got type=' + typeof fn);
    if (typeof randomBytes_ !== 'function')
        throw new TypeError('"randomBytes_" expected function, got type=' + typeof randomBytes_);
    const { nonceLength } = fn;
    utils_anumber(nonceLength, 'fn.nonceLength');
    const addNonce = (nonce, ciphertext, plaintext) => {
        const out = concatBytes(nonce, ciphertext);
        // Wrapped ciphers may alias caller plaintext on encrypt(); never zero
        // caller-owned buffers here.
        if (!overlapBytes(plaintext, ciphertext))
            ciphertext.fill(0);
        return out;
    };
    // NOTE: we cannot support DST here, it would be mistake:
    // - we don't know how much dst length cipher requires
    // - nonce may unalign dst and break everything
    // - we create new u8a anyway (concatBytes)
    // - previously we passed all args to cipher, but that was mistake!
    const res = ((key, ...args) => ({
        encrypt(plaintext) {
            utils_abytes(plaintext, undefined, 'data');
            const nonce = randomBytes_(nonceLength);
            const encrypted = fn(key, nonce, ...args).encrypt(plaintext);
            // @ts-ignore
            if (encrypted instanceof Promise)
                return encrypted.then((ct) => addNonce(nonce, ct, plaintext));
            return addNonce(nonce, encrypted, plaintext);
        },
        decrypt(ciphertext) {
            utils_abytes(ciphertext, undefined, 'data');
            const nonce = ciphertext.subarray(0, nonceLength);
            const decrypted = ciphertext.subarray(nonceLength);
            return fn(key, nonce, ...args).decrypt(decrypted);
        },
    }));
    // Auto-nonce wrappers still preserve the wrapped payload geometry.
    if ('blockSize' in fn)
        res.blockSize = fn.blockSize;
    if ('tagLength' in fn)
        res.tagLength = fn.tagLength;
    if ('withAAD' in fn)
        res.withAAD = fn.withAAD;
    return res;
}

;// CONCATENATED MODULE: ./node_modules/@noble/ciphers/_polyval.js
/**
 * GHash from AES-GCM and its little-endian "mirror image" Polyval from AES-SIV.
 *
 * Implemented in terms of GHash with conversion function for keys
 * GCM GHASH from
 * {@link https://nvlpubs.nist.gov/nistpubs/Legacy/SP/nistspecialpublication800-38d.pdf | NIST SP800-38d},
 * SIV from
 * {@link https://www.rfc-editor.org/rfc/rfc8452 | RFC 8452}.
 *
 * GHASH   modulo: x^128 + x^7   + x^2   + x     + 1
 * POLYVAL modulo: x^128 + x^127 + x^126 + x^121 + 1
 *
 * @module
 */

const BLOCK_SIZE = 16;
// TODO: rewrite
// temporary padding buffer
// ZEROS32 aliases these bytes, so clean(ZEROS32) also resets this shared tail-padding scratch.
const ZEROS16 = /* @__PURE__ */ new Uint8Array(16);
const ZEROS32 = /* @__PURE__ */ u32(ZEROS16);
// GHASH reduces modulo x^128 + x^7 + x^2 + x + 1, so the low-degree terms
// x^7 + x^2 + x + 1 become bits `11100001` = 0xe1 in R = 0xe1 || 0^120.
const POLY = 0xe1;
// v = 2*v % POLY
// NOTE: because x + x = 0 (add/sub is same), mul2(x) != x+x
// Montgomery ladder can multiply any field element with this doubling step;
// addition stays simple xor.
const mul2 = (s0, s1, s2, s3) => {
    const hiBit = s3 & 1;
    return {
        s3: (s2 << 31) | (s3 >>> 1),
        s2: (s1 << 31) | (s2 >>> 1),
        s1: (s0 << 31) | (s1 >>> 1),
        // NIST SP 800-38D §6.3 applies `V >> 1` and XORs R on carry. In this
        // 4x32-bit split, R = 0xe1 || 0^120 lives in the top byte of s0.
        s0: (s0 >>> 1) ^ ((POLY << 24) & -(hiBit & 1)), // reduce % poly
    };
};
// Per-word part of RFC 8452 `ByteReverse`; callers also reverse the 32-bit word order.
const swapLE = (n) => (((n >>> 0) & 0xff) << 24) |
    (((n >>> 8) & 0xff) << 16) |
    (((n >>> 16) & 0xff) << 8) |
    ((n >>> 24) & 0xff) |
    0;
// POLYVAL first applies RFC 8452's per-word byte reversal, then re-normalizes
// host-endian u32 loads to the little-endian word value `_updateBlock()` expects.
const swap8IfLE = (n) => swap8IfBE(swapLE(n));
/**
 * `mulX_GHASH(ByteReverse(H))` from RFC 8452 Appendix A.
 * @param k mutated in place
 */
function _toGHASHKey(k) {
    // The input is the original POLYVAL key H; reverse() materializes
    // RFC 8452's `ByteReverse(H)` before the GHASH mulX step.
    k.reverse();
    const hiBit = k[15] & 1;
    // k >>= 1
    let carry = 0;
    for (let i = 0; i < k.length; i++) {
        const t = k[i];
        k[i] = (t >>> 1) | carry;
        carry = (t & 1) << 7;
    }
    k[0] ^= -hiBit & 0xe1; // if (hiBit) n ^= 0xe1000000000000000000000000000000;
    return k;
}
// Precompute-window heuristic only: larger inputs trade memory for fewer table lookups.
// Any caller-provided length hint still collapses to one of the supported windows {2, 4, 8}.
const estimateWindow = (bytes) => {
    if (bytes > 64 * 1024)
        return 8;
    if (bytes > 1024)
        return 4;
    return 2;
};
/**
 * Incremental GHASH state for AES-GCM.
 * @param key - 16-byte GHASH key.
 * @param expectedLength - Expected message length for table sizing.
 * Chunking is segment-based, not hash-streaming: every `update()` call is zero-padded
 * to the next 16-byte boundary before it is absorbed. This matches the internal AES/GCM
 * use where AAD, payload, and length block are separate padded segments.
 * @example
 * Feeds one ciphertext block into an incremental GHASH state with a fresh hash key.
 *
 * ```ts
 * import { GHASH } from '@noble/ciphers/_polyval.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const key = randomBytes(16);
 * const mac = new GHASH(key);
 * mac.update(new Uint8Array(16));
 * mac.digest();
 * ```
 */
class GHASH {
    blockLen = BLOCK_SIZE;
    outputLen = BLOCK_SIZE;
    s0 = 0;
    s1 = 0;
    s2 = 0;
    s3 = 0;
    finished = false;
    destroyed = false;
    t;
    W;
    windowSize;
    // We select bits per window adaptively based on expectedLength
    constructor(key, expectedLength) {
        utils_abytes(key, 16, 'key');
        key = copyBytes(key);
        const kView = createView(key);
        let k0 = kView.getUint32(0, false);
        let k1 = kView.getUint32(4, false);
        let k2 = kView.getUint32(8, false);
        let k3 = kView.getUint32(12, false);
        // generate table of doubled keys (half of montgomery ladder)
        const doubles = [];
        for (let i = 0; i < 128; i++) {
            doubles.push({ s0: swapLE(k0), s1: swapLE(k1), s2: swapLE(k2), s3: swapLE(k3) });
            ({ s0: k0, s1: k1, s2: k2, s3: k3 } = mul2(k0, k1, k2, k3));
        }
        const W = estimateWindow(expectedLength || 1024);
        if (![1, 2, 4, 8].includes(W))
            throw new Error('ghash: invalid window size, expected 2, 4 or 8');
        this.W = W;
        const bits = 128; // always 128 bits;
        const windows = bits / W;
        const windowSize = (this.windowSize = 2 ** W);
        const items = [];
        // Create precompute table for window of W bits
        for (let w = 0; w < windows; w++) {
            // truth table: 00, 01, 10, 11
            for (let byte = 0; byte < windowSize; byte++) {
                // prettier-ignore
                let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (let j = 0; j < W; j++) {
                    const bit = (byte >>> (W - j - 1)) & 1;
                    if (!bit)
                        continue;
                    const { s0: d0, s1: d1, s2: d2, s3: d3 } = doubles[W * w + j];
                    ((s0 ^= d0), (s1 ^= d1), (s2 ^= d2), (s3 ^= d3));
                }
                items.push({ s0, s1, s2, s3 });
            }
        }
        this.t = items;
    }
    _updateBlock(s0, s1, s2, s3) {
        ((s0 ^= this.s0), (s1 ^= this.s1), (s2 ^= this.s2), (s3 ^= this.s3));
        const { W, t, windowSize } = this;
        // prettier-ignore
        let o0 = 0, o1 = 0, o2 = 0, o3 = 0;
        const mask = (1 << W) - 1; // 2**W will kill performance.
        let w = 0;
        // NIST SP 800-38D §6.3 interprets blocks as little-endian polynomials,
        // so the lookup walk consumes each word byte-by-byte from
        // least-significant to most-significant bits.
        for (const num of [s0, s1, s2, s3]) {
            for (let bytePos = 0; bytePos < 4; bytePos++) {
                const byte = (num >>> (8 * bytePos)) & 0xff;
                for (let bitPos = 8 / W - 1; bitPos >= 0; bitPos--) {
                    const bit = (byte >>> (W * bitPos)) & mask;
                    const { s0: e0, s1: e1, s2: e2, s3: e3 } = t[w * windowSize + bit];
                    ((o0 ^= e0), (o1 ^= e1), (o2 ^= e2), (o3 ^= e3));
                    w += 1;
                }
            }
        }
        this.s0 = o0;
        this.s1 = o1;
        this.s2 = o2;
        this.s3 = o3;
    }
    update(data) {
        aexists(this);
        utils_abytes(data);
        data = copyBytes(data);
        const b32 = u32(data);
        const blocks = Math.floor(data.length / BLOCK_SIZE);
        const left = data.length % BLOCK_SIZE;
        for (let i = 0; i < blocks; i++) {
            this._updateBlock(swap8IfBE(b32[i * 4 + 0]), swap8IfBE(b32[i * 4 + 1]), swap8IfBE(b32[i * 4 + 2]), swap8IfBE(b32[i * 4 + 3]));
        }
        if (left) {
            ZEROS16.set(data.subarray(blocks * BLOCK_SIZE));
            // Tail blocks go through the shared ZEROS32 scratch, so they need the same host-endian
            // normalization as full blocks; otherwise segmented GHASH/POLYVAL updates diverge on BE.
            this._updateBlock(swap8IfBE(ZEROS32[0]), swap8IfBE(ZEROS32[1]), swap8IfBE(ZEROS32[2]), swap8IfBE(ZEROS32[3]));
            clean(ZEROS32); // clean tmp buffer
        }
        return this;
    }
    destroy() {
        // `aexists(this)` guards update/digest paths, so destroy must mark the instance unusable too.
        this.destroyed = true;
        const { t } = this;
        // Wipe the key-derived precompute table; scalar accumulator words remain,
        // but the destroyed guard blocks further use.
        // clean precompute table
        for (const elm of t) {
            ((elm.s0 = 0), (elm.s1 = 0), (elm.s2 = 0), (elm.s3 = 0));
        }
    }
    digestInto(out) {
        aexists(this);
        // `digestInto(out)` is the no-allocation fast path, so callers must pass a
        // 32-bit-aligned buffer before we reinterpret it with `u32(out)`.
        aoutput32(out, this);
        this.finished = true;
        // NIST SP 800-38D §6.4 returns the final 128-bit block Y_m.
        // `digestInto()` follows the relaxed `aoutput()` contract, so only
        // out[0..15] may be touched.
        const { s0, s1, s2, s3 } = this;
        const o32 = u32(out);
        o32[0] = s0;
        o32[1] = s1;
        o32[2] = s2;
        o32[3] = s3;
        // Only the tag words need host-endian normalization; oversized output tails are caller-owned.
        if (!isLE)
            swap32IfBE(o32.subarray(0, BLOCK_SIZE / 4));
    }
    digest() {
        const res = new Uint8Array(BLOCK_SIZE);
        this.digestInto(res);
        // `res` is independent of internal state, so it stays valid after destroy() wipes the table.
        this.destroy();
        return res;
    }
}
/**
 * Incremental POLYVAL state for AES-SIV.
 * @param key - 16-byte POLYVAL key.
 * @param expectedLength - Expected message length for table sizing.
 * Inherits GHASH's segment-padded `update()` behavior: each call is padded
 * independently to a 16-byte boundary before absorption.
 * @example
 * Feeds one block into an incremental POLYVAL state with a fresh hash key.
 *
 * ```ts
 * import { Polyval } from '@noble/ciphers/_polyval.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const key = randomBytes(16);
 * const mac = new Polyval(key);
 * mac.update(new Uint8Array(16));
 * mac.digest();
 * ```
 */
class Polyval extends GHASH {
    constructor(key, expectedLength) {
        utils_abytes(key);
        // RFC 8452 Appendix A converts the POLYVAL key with
        // `mulX_GHASH(ByteReverse(H))`; copy first because `_toGHASHKey(...)`
        // mutates in place.
        const ghKey = _toGHASHKey(copyBytes(key));
        super(ghKey, expectedLength);
        clean(ghKey);
    }
    update(data) {
        aexists(this);
        utils_abytes(data);
        data = copyBytes(data);
        const b32 = u32(data);
        const left = data.length % BLOCK_SIZE;
        const blocks = Math.floor(data.length / BLOCK_SIZE);
        for (let i = 0; i < blocks; i++) {
            // RFC 8452 Appendix A feeds `ByteReverse(X_i)` into GHASH, so POLYVAL
            // reverses the 32-bit word order in addition to the per-word byte swap.
            this._updateBlock(swap8IfLE(b32[i * 4 + 3]), swap8IfLE(b32[i * 4 + 2]), swap8IfLE(b32[i * 4 + 1]), swap8IfLE(b32[i * 4 + 0]));
        }
        if (left) {
            ZEROS16.set(data.subarray(blocks * BLOCK_SIZE));
            this._updateBlock(swap8IfLE(ZEROS32[3]), swap8IfLE(ZEROS32[2]), swap8IfLE(ZEROS32[1]), swap8IfLE(ZEROS32[0]));
            clean(ZEROS32);
        }
        return this;
    }
    digestInto(out) {
        aexists(this);
        // `digestInto(out)` is the no-allocation fast path, so callers must pass a
        // 32-bit-aligned buffer before we reinterpret the output prefix with `u32(view)`.
        aoutput32(out, this);
        this.finished = true;
        // RFC 8452 Appendix A maps POLYVAL output back through `ByteReverse(...)`.
        // `digestInto()` follows the relaxed `aoutput()` contract, so only out[0..15] may be touched.
        const view = out.subarray(0, this.outputLen);
        const { s0, s1, s2, s3 } = this;
        const o32 = u32(view);
        o32[0] = s0;
        o32[1] = s1;
        o32[2] = s2;
        o32[3] = s3;
        swap32IfBE(o32);
        view.reverse();
    }
}
/**
 * GHash MAC for AES-GCM.
 * @param msg - Message bytes to authenticate.
 * @param key - 16-byte GHASH key.
 * @returns 16-byte authentication tag.
 * @example
 * Authenticates a short message with GHASH and a fresh hash key.
 *
 * ```ts
 * import { ghash } from '@noble/ciphers/_polyval.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const key = randomBytes(16);
 * ghash(new Uint8Array(), key);
 * ```
 */
const ghash = 
/* @__PURE__ */ wrapMacConstructor(16, (key, expectedLength) => new GHASH(key, expectedLength), (msg) => [msg.length]);
/**
 * POLYVAL MAC for AES-SIV.
 * @param msg - Message bytes to authenticate.
 * @param key - 16-byte POLYVAL key.
 * @returns 16-byte authentication tag.
 * @example
 * Authenticates a short message with POLYVAL and a fresh hash key.
 *
 * ```ts
 * import { polyval } from '@noble/ciphers/_polyval.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const key = randomBytes(16);
 * polyval(new Uint8Array(), key);
 * ```
 */
const polyval = 
/* @__PURE__ */ wrapMacConstructor(16, (key, expectedLength) => new Polyval(key, expectedLength), (msg) => [msg.length]);

;// CONCATENATED MODULE: ./node_modules/@noble/ciphers/aes.js
/**
 * {@link https://en.wikipedia.org/wiki/Advanced_Encryption_Standard | AES}
 * a.k.a. Advanced Encryption Standard
 * is a variant of Rijndael block cipher, standardized by NIST in 2001.
 * We provide the fastest available pure JS implementation.
 *
 * `cipher = encrypt(block, key)`
 *
 * Data is split into 128-bit blocks.
 * Encrypted in 10/12/14 rounds (128/192/256 bits). In every round:
 * 1. **S-box**, table substitution
 * 2. **Shift rows**, cyclic shift left of all rows of data array
 * 3. **Mix columns**, multiplying every column by fixed polynomial
 * 4. **Add round key**, round_key xor i-th column of array
 *
 * Check out
 * {@link https://csrc.nist.gov/files/pubs/fips/197/final/docs/fips-197.pdf | FIPS-197},
 * {@link https://nvlpubs.nist.gov/nistpubs/SpecialPublications/NIST.SP.800-38G.pdf | NIST 800-38G},
 * and {@link https://csrc.nist.gov/csrc/media/projects/cryptographic-standards-and-guidelines/documents/aes-development/rijndael-ammended.pdf | original proposal}.
 * @module
 */

// prettier-ignore

const aes_BLOCK_SIZE = 16;
// AES operates on 16-byte blocks, i.e. 4 32-bit words.
const BLOCK_SIZE32 = 4;
// Shared zero block (`0^128`) used by GCM's `H = CIPH_K(0^128)` / J0 scratch
// and by CMAC / SIV helpers; callers take `.slice()` before mutating it.
const EMPTY_BLOCK = /* @__PURE__ */ new Uint8Array(aes_BLOCK_SIZE);
// RFC 5297 §2.1 / §2.4: S2V uses `<one> = 0^127 || 1` for the `n = 0` special case.
const ONE_BLOCK = /* @__PURE__ */ Uint8Array.from([
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
]);
const aes_POLY = 0x11b; // 1 + x + x**3 + x**4 + x**8
// Validates plain AES key sizes only; AES-SIV's doubled-key contract is checked elsewhere.
function validateKeyLength(key) {
    if (![16, 24, 32].includes(key.length))
        throw new Error('"aes key" expected Uint8Array of length 16/24/32, got length=' + key.length);
}
// TODO: remove multiplication, binary ops only
// Doubles one GF(2^8) field element; callers are expected to stay in byte range.
// FIPS 197 upd1 §4.3 equation (4.5): XTIMES(b) left-shifts by one and, when
// b7=1, reduces by m(x); using POLY=0x11b here yields the same byte result
// as XORing with {1b} after the shift.
function aes_mul2(n) {
    return (n << 1) ^ (aes_POLY & -(n >> 7));
}
// Shift-and-add multiplication in GF(2^8); callers are expected to pass byte values.
// FIPS 197 upd1 §4.3 equation (4.7): general products are XORs of repeated
// XTIMES() multiples, e.g. {57}•{13} = {57}⊕{ae}⊕{07}.
function mul(a, b) {
    let res = 0;
    for (; b > 0; b >>= 1) {
        // Usual shift-and-add step in GF(2^8), not a scalar-multiplication ladder.
        res ^= a & -(b & 1); // if (b&1) res ^=a (but const-time).
        a = aes_mul2(a); // a = 2*a
    }
    return res;
}
/**
 * Increments a counter block with wrap around.
 * AES call sites here currently use the big-endian branch, but the helper supports both layouts.
 * NIST SP 800-38A Appendix B.1 and SP 800-38D §6.2 increment the
 * least-significant/rightmost bits.
 * `isLE=false` matches that standard counter-block layout, while `isLE=true`
 * is a generic extension for non-AES callers.
 * The implementation keeps a 32-bit bitwise carry path, so `carry` is capped at `0xffffff00`;
 * larger values throw instead of silently overflowing before the next-byte propagation step.
 */
// Keep the helper explicitly typed so `--isolatedDeclarations` can expose it
// through the test-only `__TESTS` export without inference errors.
const incBytes = (data, isLE, carry = 1) => {
    // Carry is an increment count, not a signed delta; negatives would wrap through `| 0`.
    // Keep `carry + byte <= 0xffffffff` so the `| 0` / `>>> 8` path below
    // never truncates a real carry bit.
    if (!Number.isSafeInteger(carry) || carry < 0 || carry > 0xffffff00)
        throw new Error('incBytes: wrong carry ' + carry);
    utils_abytes(data);
    for (let i = 0; i < data.length; i++) {
        const pos = !isLE ? data.length - 1 - i : i;
        carry = (carry + (data[pos] & 0xff)) | 0;
        data[pos] = carry & 0xff;
        carry >>>= 8;
    }
};
// AES S-box is generated using finite field inversion,
// an affine transform, and xor of a constant 0x63.
const sbox = /* @__PURE__ */ (() => {
    const t = new Uint8Array(256);
    // Repeated multiplication by {03} walks all 255 nonzero field elements
    // once, so t[255 - i] is the multiplicative inverse of t[i] for the
    // affine step.
    for (let i = 0, x = 1; i < 256; i++, x ^= aes_mul2(x))
        t[i] = x;
    const box = new Uint8Array(256);
    // FIPS 197 upd1 §5.1.1: SBOX({00}) = {63} because the inverse step leaves
    // {00} at {00}, then the affine transform xors in c = {63}.
    box[0] = 0x63;
    for (let i = 0; i < 255; i++) {
        let x = t[255 - i];
        x |= x << 8;
        box[t[i]] = (x ^ (x >> 4) ^ (x >> 5) ^ (x >> 6) ^ (x >> 7) ^ 0x63) & 0xff;
    }
    clean(t);
    return box;
})();
// FIPS 197 upd1 §5.3.2: INVSBOX() is derived from SBOX() by swapping input
// and output roles (Table 6).
// `indexOf` is only used once at module init, so the quadratic setup cost stays off hot paths.
const invSbox = /* @__PURE__ */ sbox.map((_, j) => sbox.indexOf(j));
// FIPS 197 upd1 §5.2: ROTWORD([a0,a1,a2,a3]) = [a1,a2,a3,a0]; with this LE
// word packing that is a right rotate by 8 bits.
const rotr32_8 = (n) => (n << 24) | (n >>> 8);
// LE T-table helper: rotates one precomputed word by one byte so T1/T2/T3
// reuse T0's substitution/mix result in the other byte lanes.
const rotl32_8 = (n) => (n << 8) | (n >>> 24);
// T-table is optimization suggested in 5.2 of original proposal (missed from FIPS-197). Changes:
// - LE instead of BE
// - bigger tables: T0 and T1 are merged into T01 table and T2 & T3 into T23;
//   so index is u16, instead of u8. This speeds up things, unexpectedly
function genTtable(sbox, fn) {
    if (sbox.length !== 256)
        throw new Error('wrong sbox length');
    const T0 = new Uint32Array(256).map((_, j) => fn(sbox[j]));
    const T1 = T0.map(rotl32_8);
    const T2 = T1.map(rotl32_8);
    const T3 = T2.map(rotl32_8);
    // Pre-xor adjacent lanes so apply0123/applySbox can fetch two substituted
    // byte lanes per lookup in the LE round layout.
    const T01 = new Uint32Array(256 * 256);
    const T23 = new Uint32Array(256 * 256);
    const sbox2 = new Uint16Array(256 * 256);
    for (let i = 0; i < 256; i++) {
        for (let j = 0; j < 256; j++) {
            const idx = i * 256 + j;
            T01[idx] = T0[i] ^ T1[j];
            T23[idx] = T2[i] ^ T3[j];
            sbox2[idx] = (sbox[i] << 8) | sbox[j];
        }
    }
    return { sbox, sbox2, T0, T1, T2, T3, T01, T23 };
}
// Forward round precompute: the packed word stores the MIXCOLUMNS row
// [{02},{01},{01},{03}] in LE byte-lane order, and the returned `sbox2`
// is also reused by key expansion and the final round.
const tableEncoding = /* @__PURE__ */ genTtable(sbox, (s) => (mul(s, 3) << 24) | (s << 16) | (s << 8) | mul(s, 2));
// Inverse round precompute: the packed word stores the INVMIXCOLUMNS row
// [{0e},{09},{0d},{0b}] in LE byte-lane order, and the tables are reused
// by decrypt() and expandKeyDecLE().
const tableDecoding = /* @__PURE__ */ genTtable(invSbox, (s) => (mul(s, 11) << 24) | (mul(s, 13) << 16) | (mul(s, 9) << 8) | mul(s, 14));
// FIPS 197 upd1 §5.2 Table 5: left-most bytes of Rcon[j] = x^(j-1), generated by repeated XTIMES().
const xPowers = /* @__PURE__ */ (() => {
    const p = new Uint8Array(16);
    for (let i = 0, x = 1; i < 16; i++, x = aes_mul2(x))
        p[i] = x;
    return p;
})();
/** Forward AES key expansion used across ECB/CBC/CTR/GCM/CMAC/KW-style paths. */
function expandKeyLE(key) {
    utils_abytes(key);
    const len = key.length;
    validateKeyLength(key);
    const { sbox2 } = tableEncoding;
    const toClean = [];
    // Copy on BE or misaligned inputs so the LE word normalization below never
    // mutates caller key bytes in place.
    if (!isLE || !isAligned32(key))
        toClean.push((key = copyBytes(key)));
    const k32 = swap32IfBE(u32(key));
    const Nk = k32.length;
    // `applySbox` normally reads one byte lane from each argument; repeating
    // `n` across all four lanes turns it into SUBWORD(n).
    const subByte = (n) => applySbox(sbox2, n, n, n, n);
    // AES key sizes are 16/24/32 bytes, so len + 28 yields the 44/52/60
    // schedule words from FIPS 197 §5.2 / Table 3.
    const xk = new Uint32Array(len + 28); // expanded key
    xk.set(k32);
    // 4.3.1 Key expansion
    for (let i = Nk; i < xk.length; i++) {
        let t = xk[i - 1];
        if (i % Nk === 0)
            t = subByte(rotr32_8(t)) ^ xPowers[i / Nk - 1];
        else if (Nk > 6 && i % Nk === 4)
            t = subByte(t);
        xk[i] = xk[i - Nk] ^ t;
    }
    clean(...toClean);
    return xk;
}
function expandKeyDecLE(key) {
    const encKey = expandKeyLE(key);
    const xk = encKey.slice();
    const Nk = encKey.length;
    const { sbox2 } = tableEncoding;
    const { T0, T1, T2, T3 } = tableDecoding;
    // Local decrypt() walks round keys forward from xk[0], so reverse the
    // encryption round-key blocks first before applying the equivalent-inverse
    // middle-round transform.
    for (let i = 0; i < Nk; i += 4) {
        for (let j = 0; j < 4; j++)
            xk[i + j] = encKey[Nk - i - 4 + j];
    }
    clean(encKey);
    // Apply InvMixColumn to the reversed round keys using the same LE sbox2
    // packing as the forward path.
    // apply InvMixColumn except first & last round
    for (let i = 4; i < Nk - 4; i++) {
        const x = xk[i];
        const w = applySbox(sbox2, x, x, x, x);
        xk[i] = T0[w & 0xff] ^ T1[(w >>> 8) & 0xff] ^ T2[(w >>> 16) & 0xff] ^ T3[w >>> 24];
    }
    return xk;
}
// Apply tables
function apply0123(T01, T23, s0, s1, s2, s3) {
    // `T01` takes the low byte lane from `s0` plus the next lane from `s1`;
    // `T23` does the same for `s2`/`s3`.
    // Equivalent to `T0[s0&0xff] ^ T1[(s1>>>8)&0xff] ^ T2[(s2>>>16)&0xff] ^
    // T3[s3>>>24]`, but with two merged-table fetches.
    return (T01[((s0 << 8) & 0xff00) | ((s1 >>> 8) & 0xff)] ^
        T23[((s2 >>> 8) & 0xff00) | ((s3 >>> 24) & 0xff)]);
}
function applySbox(sbox2, s0, s1, s2, s3) {
    // `sbox2` packs two substituted byte lanes at a time in the same LE
    // layout used by the round code.
    // Equivalent to `SBOX(byte0(s0)) | SBOX(byte1(s1))<<8 |
    // SBOX(byte2(s2))<<16 | SBOX(byte3(s3))<<24`.
    return (sbox2[(s0 & 0xff) | (s1 & 0xff00)] |
        (sbox2[((s2 >>> 16) & 0xff) | ((s3 >>> 16) & 0xff00)] << 16));
}
function encrypt(xk, s0, s1, s2, s3) {
    const { sbox2, T01, T23 } = tableEncoding;
    let k = 0;
    ((s0 ^= xk[k++]), (s1 ^= xk[k++]), (s2 ^= xk[k++]), (s3 ^= xk[k++]));
    // `xk` has Nr+1 round-key blocks, so after the initial AddRoundKey and the
    // final S-box-only round there are Nr-1 full table/MixColumns rounds left.
    const rounds = xk.length / 4 - 2;
    for (let i = 0; i < rounds; i++) {
        const t0 = xk[k++] ^ apply0123(T01, T23, s0, s1, s2, s3);
        const t1 = xk[k++] ^ apply0123(T01, T23, s1, s2, s3, s0);
        const t2 = xk[k++] ^ apply0123(T01, T23, s2, s3, s0, s1);
        const t3 = xk[k++] ^ apply0123(T01, T23, s3, s0, s1, s2);
        ((s0 = t0), (s1 = t1), (s2 = t2), (s3 = t3));
    }
    // last round (without mixcolumns, so using SBOX2 table)
    const t0 = xk[k++] ^ applySbox(sbox2, s0, s1, s2, s3);
    const t1 = xk[k++] ^ applySbox(sbox2, s1, s2, s3, s0);
    const t2 = xk[k++] ^ applySbox(sbox2, s2, s3, s0, s1);
    const t3 = xk[k++] ^ applySbox(sbox2, s3, s0, s1, s2);
    return { s0: t0, s1: t1, s2: t2, s3: t3 };
}
// Can't be merged with encrypt: arg positions for apply0123 / applySbox are different
function decrypt(xk, s0, s1, s2, s3) {
    const { sbox2, T01, T23 } = tableDecoding;
    let k = 0;
    ((s0 ^= xk[k++]), (s1 ^= xk[k++]), (s2 ^= xk[k++]), (s3 ^= xk[k++]));
    // With `expandKeyDecLE()` the round keys are already reversed and middle
    // rounds are InvMixColumns-adjusted, so this loop follows the equivalent
    // inverse cipher order directly.
    const rounds = xk.length / 4 - 2;
    for (let i = 0; i < rounds; i++) {
        const t0 = xk[k++] ^ apply0123(T01, T23, s0, s3, s2, s1);
        const t1 = xk[k++] ^ apply0123(T01, T23, s1, s0, s3, s2);
        const t2 = xk[k++] ^ apply0123(T01, T23, s2, s1, s0, s3);
        const t3 = xk[k++] ^ apply0123(T01, T23, s3, s2, s1, s0);
        ((s0 = t0), (s1 = t1), (s2 = t2), (s3 = t3));
    }
    // Final equivalent-inverse round omits InvMixColumns, so use inverse
    // S-box lanes in InvShiftRows order.
    const t0 = xk[k++] ^ applySbox(sbox2, s0, s3, s2, s1);
    const t1 = xk[k++] ^ applySbox(sbox2, s1, s0, s3, s2);
    const t2 = xk[k++] ^ applySbox(sbox2, s2, s1, s0, s3);
    const t3 = xk[k++] ^ applySbox(sbox2, s3, s2, s1, s0);
    return { s0: t0, s1: t1, s2: t2, s3: t3 };
}
function ctrCounter(xk, nonce, src, dst) {
    utils_abytes(nonce, aes_BLOCK_SIZE, 'nonce');
    utils_abytes(src);
    const srcLen = src.length;
    dst = getOutput(srcLen, dst);
    complexOverlapBytes(src, dst);
    // Internal helper: mutate `nonce` in place as the live counter block so
    // each encrypted block uses the next CTR value.
    const ctr = nonce;
    const c32 = u32(ctr);
    const src32 = u32(src);
    const dst32 = u32(dst);
    // process blocks
    for (let i = 0; i + 4 <= src32.length; i += 4) {
        const { s0, s1, s2, s3 } = encrypt(xk, swap8IfBE(c32[0]), swap8IfBE(c32[1]), swap8IfBE(c32[2]), swap8IfBE(c32[3]));
        dst32[i + 0] = src32[i + 0] ^ swap8IfBE(s0);
        dst32[i + 1] = src32[i + 1] ^ swap8IfBE(s1);
        dst32[i + 2] = src32[i + 2] ^ swap8IfBE(s2);
        dst32[i + 3] = src32[i + 3] ^ swap8IfBE(s3);
        // Full 128 bit big-endian counter with wrap around. Same fixed-shape
        // 16-byte carry walk as incBytes(ctr, false, 1), inlined to skip its
        // per-call argument validation on the per-block hot path.
        for (let j = aes_BLOCK_SIZE - 1, carry = 1; j >= 0; j--) {
            carry = (carry + ctr[j]) | 0;
            ctr[j] = carry & 0xff;
            carry >>>= 8;
        }
    }
    // NIST SP 800-38A CTR mode uses the leading `u` bits of the next output
    // block for the final short block.
    // It's possible to handle > u32 fast, but is it worth it?
    const start = aes_BLOCK_SIZE * Math.floor(src32.length / BLOCK_SIZE32);
    if (start < srcLen) {
        const { s0, s1, s2, s3 } = encrypt(xk, swap8IfBE(c32[0]), swap8IfBE(c32[1]), swap8IfBE(c32[2]), swap8IfBE(c32[3]));
        const b32 = new Uint32Array([s0, s1, s2, s3]);
        swap32IfBE(b32);
        const buf = u8(b32);
        for (let i = start, pos = 0; i < srcLen; i++, pos++)
            dst[i] = src[i] ^ buf[pos];
        clean(b32);
    }
    // Unsafe mutable-counter API only advances whole blocks. Callers that want to
    // resume after consuming part of this block must re-run from the same counter
    // with left-padding and strip the already-consumed prefix themselves.
    return dst;
}
// AES CTR with overflowing 32 bit counter
// It's possible to do 32le significantly simpler (and probably faster) by using u32.
// But, we need both, and perf bottleneck is in ghash anyway.
// Unsafe 32-bit CTR helper: mutates `nonce` in place, expects aligned `src`/`dst`,
// and uses `isLE` to choose which 32-bit counter word is incremented.
function ctr32(xk, isLE, nonce, src, dst) {
    utils_abytes(nonce, aes_BLOCK_SIZE, 'nonce');
    utils_abytes(src);
    dst = getOutput(src.length, dst);
    const ctr = nonce; // write new value to nonce, so it can be re-used
    const c32 = u32(ctr);
    const view = createView(ctr);
    const src32 = u32(src);
    const dst32 = u32(dst);
    // NIST SP 800-38D GCTR increments the rightmost 32 bits of J0, while
    // RFC 8452 AES-GCM-SIV increments the first 32 bits as a little-endian u32.
    const ctrPos = isLE ? 0 : 12;
    const srcLen = src.length;
    let ctrNum = view.getUint32(ctrPos, isLE); // read current counter value
    // process blocks
    for (let i = 0; i + 4 <= src32.length; i += 4) {
        const { s0, s1, s2, s3 } = encrypt(xk, swap8IfBE(c32[0]), swap8IfBE(c32[1]), swap8IfBE(c32[2]), swap8IfBE(c32[3]));
        dst32[i + 0] = src32[i + 0] ^ swap8IfBE(s0);
        dst32[i + 1] = src32[i + 1] ^ swap8IfBE(s1);
        dst32[i + 2] = src32[i + 2] ^ swap8IfBE(s2);
        dst32[i + 3] = src32[i + 3] ^ swap8IfBE(s3);
        ctrNum = (ctrNum + 1) >>> 0; // u32 wrap
        view.setUint32(ctrPos, ctrNum, isLE);
    }
    // leftovers (less than a block)
    const start = aes_BLOCK_SIZE * Math.floor(src32.length / BLOCK_SIZE32);
    if (start < srcLen) {
        const { s0, s1, s2, s3 } = encrypt(xk, swap8IfBE(c32[0]), swap8IfBE(c32[1]), swap8IfBE(c32[2]), swap8IfBE(c32[3]));
        const b32 = new Uint32Array([s0, s1, s2, s3]);
        swap32IfBE(b32);
        const buf = u8(b32);
        for (let i = start, pos = 0; i < srcLen; i++, pos++)
            dst[i] = src[i] ^ buf[pos];
        clean(b32);
    }
    // Same unsafe contract as ctrCounter(): only full blocks advance the stored
    // mutable counter state; partial-block continuation is caller-managed.
    return dst;
}
/**
 * **CTR** (Counter Mode): turns a block cipher into a stream cipher using a
 * full 16-byte counter block.
 * Efficient and parallelizable. Requires a unique nonce per encryption. Unauthenticated: needs MAC.
 * @param key - AES key bytes.
 * @param nonce - 16-byte counter block, incremented as a full AES block.
 * @returns Cipher instance with `encrypt()` and `decrypt()`.
 * @example
 * Encrypts a short payload with a fresh AES key and counter block.
 *
 * ```ts
 * import { ctr } from '@noble/ciphers/aes.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const key = randomBytes(16);
 * const nonce = randomBytes(16);
 * const cipher = ctr(key, nonce);
 * cipher.encrypt(new Uint8Array([1, 2, 3]));
 * ```
 */
const ctr = /* @__PURE__ */ wrapCipher({ blockSize: 16, nonceLength: 16 }, function aesctr(key, nonce) {
    function processCtr(buf, dst) {
        utils_abytes(buf);
        if (dst !== undefined) {
            utils_abytes(dst);
            // Optional output buffers must stay 4-byte aligned because
            // ctrCounter() reinterprets them as Uint32Array words.
            if (!isAligned32(dst))
                throw new Error('unaligned destination');
        }
        const xk = expandKeyLE(key);
        // Public CTR keeps caller nonce bytes immutable even though ctrCounter()
        // advances the live 16-byte counter block in place.
        const n = copyBytes(nonce); // align + avoid changing
        const toClean = [xk, n];
        if (!isAligned32(buf))
            toClean.push((buf = copyBytes(buf)));
        const out = ctrCounter(xk, n, buf, dst);
        clean(...toClean);
        return out;
    }
    return {
        encrypt: (plaintext, dst) => processCtr(plaintext, dst),
        decrypt: (ciphertext, dst) => processCtr(ciphertext, dst),
    };
});
function validateBlockDecrypt(data, dst) {
    utils_abytes(data);
    // ECB/CBC decryption always consumes whole ciphertext blocks; PKCS#7/CMS
    // padding, when enabled, is removed only after decrypting the final block.
    if (data.length % aes_BLOCK_SIZE !== 0) {
        throw new Error('ciphertext must be multiple of ' + aes_BLOCK_SIZE);
    }
    // Validate caller-provided output before key expansion; allocation happens after it.
    if (dst !== undefined) {
        getOutput(data.length, dst);
        complexOverlapBytes(data, dst);
    }
}
// ECB/CBC core modes operate on whole blocks; `pkcs5` enables the library's
// PKCS#7/CMS-compatible final-block padding convenience before encryption.
function validateBlockEncrypt(plaintext, pkcs5, dst) {
    utils_abytes(plaintext);
    let outLen = plaintext.length;
    const remaining = outLen % aes_BLOCK_SIZE;
    if (!pkcs5 && remaining !== 0)
        throw new Error('plaintext must be multiple of ' + aes_BLOCK_SIZE);
    if (pkcs5) {
        let left = aes_BLOCK_SIZE - remaining;
        // RFC 5652 pads even already-aligned inputs, so a full extra block is
        // appended when the plaintext length is already a multiple of 16 bytes.
        if (!left)
            left = aes_BLOCK_SIZE; // if no bytes left, create empty padding block
        outLen = outLen + left;
    }
    // Validate caller-provided output before key expansion; allocation happens after it.
    if (dst !== undefined) {
        getOutput(outLen, dst);
        complexOverlapBytes(plaintext, dst);
    }
    return outLen;
}
function prepareBlockEncrypt(plaintext, outLen, dst) {
    if (dst === undefined)
        dst = new Uint8Array(outLen);
    // Copy on BE or misaligned inputs so u32()/swap32IfBE() normalization never
    // mutates caller plaintext bytes in place before ECB/CBC processing.
    if (!isLE || !isAligned32(plaintext))
        plaintext = copyBytes(plaintext);
    const o = u32(dst);
    // Keep the full byte owner so callers can wipe a conditional copy without rebuilding a view.
    return { b: plaintext, o, out: dst };
}
// `pkcs5` is the historical option name; for AES's 16-byte block this is the
// generic PKCS#7/CMS-style block-padding rule on decrypt.
function validatePKCS(data, pkcs5) {
    if (!pkcs5)
        return data;
    const len = data.length;
    // RFC 5652 pads even empty / already-aligned inputs, so a valid padded
    // ECB/CBC ciphertext is never empty when PKCS#7/CMS unpadding is enabled.
    // AES-CBC/ECB ciphertext should be full blocks before unpadding
    if (len === 0)
        throw new Error('pkcs7: empty ciphertext not allowed');
    const lastByte = data[len - 1];
    let valid = 1;
    valid &= ((lastByte - 1) >>> 31) ^ 1; // pad >= 1
    valid &= ((16 - lastByte) >>> 31) ^ 1; // pad <= 16
    // Check exactly 16 tail bytes in constant-shape loop
    // For i < pad: byte must equal pad
    // For i >= pad: ignore byte
    for (let i = 0; i < 16; i++) {
        // const b = data[len - 1 - i];
        const shouldCheck = (i - lastByte) >>> 31; // 1 if i < pad else 0
        const eq = (data[len - 1 - i] ^ lastByte) === 0 ? 1 : 0; // 1 if equal
        valid &= eq | (shouldCheck ^ 1); // pass if equal OR not checked
    }
    // if (invalidLen) throw new Error('aes/pkcs7: ciphertext length must be multiple of 16');
    // Padding rejection is observable as a decrypt failure; authenticate CBC/ECB
    // ciphertexts before decrypting or use `disablePadding` in a higher-level protocol.
    if (!valid)
        throw new Error('aes: bad decrypt');
    return data.subarray(0, len - lastByte);
}
// ECB/CBC callers only pass the final short block here, so `left.length` is
// 0..15 and the helper always emits exactly one padded 16-byte block.
function padPCKS(left) {
    const tmp = new Uint8Array(16);
    const tmp32 = u32(tmp);
    tmp.set(left);
    const paddingByte = aes_BLOCK_SIZE - left.length;
    // RFC 5652 §6.3 fills the whole suffix with the padding length byte:
    // e.g. `aa 0f..0f` for a 1-byte tail, or `10..10` for a full extra block.
    for (let i = aes_BLOCK_SIZE - paddingByte; i < aes_BLOCK_SIZE; i++)
        tmp[i] = paddingByte;
    return tmp32;
}
/**
 * **ECB** (Electronic Codebook): Deterministic encryption; identical plaintext blocks yield
 * identical ciphertexts. Not secure due to pattern leakage.
 * See {@link https://words.filippo.io/the-ecb-penguin/ | the AES Penguin}.
 * @param key - AES key bytes.
 * @param opts - Padding options. See {@link BlockOpts}.
 * @returns Cipher instance with `encrypt()` and `decrypt()`.
 * @example
 * Shows the basic ECB encrypt call shape with a fresh key; avoid ECB in new designs.
 *
 * ```ts
 * import { ecb } from '@noble/ciphers/aes.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const key = randomBytes(16);
 * const cipher = ecb(key);
 * cipher.encrypt(new Uint8Array([1, 2, 3]));
 * ```
 */
const ecb = /* @__PURE__ */ wrapCipher({ blockSize: 16 }, function aesecb(key, opts = {}) {
    const pkcs5 = !opts.disablePadding;
    return {
        encrypt(plaintext, dst) {
            const outLen = validateBlockEncrypt(plaintext, pkcs5, dst);
            const xk = expandKeyLE(key);
            const { b: input, o, out: _out } = prepareBlockEncrypt(plaintext, outLen, dst);
            const b = u32(input);
            swap32IfBE(b);
            let i = 0;
            for (; i + 4 <= b.length;) {
                const { s0, s1, s2, s3 } = encrypt(xk, b[i + 0], b[i + 1], b[i + 2], b[i + 3]);
                ((o[i++] = s0), (o[i++] = s1), (o[i++] = s2), (o[i++] = s3));
            }
            if (pkcs5) {
                const tmp32 = padPCKS(plaintext.subarray(i * 4));
                swap32IfBE(tmp32);
                const { s0, s1, s2, s3 } = encrypt(xk, tmp32[0], tmp32[1], tmp32[2], tmp32[3]);
                ((o[i++] = s0), (o[i++] = s1), (o[i++] = s2), (o[i++] = s3));
                // The padding scratch contains the final plaintext tail; wipe it as soon as consumed.
                clean(tmp32);
            }
            swap32IfBE(o);
            clean(xk);
            if (input !== plaintext)
                clean(input);
            return _out;
        },
        decrypt(ciphertext, dst) {
            // Validate inputs before expanding the key, so a validation throw
            // never leaves an unwiped expanded key behind.
            validateBlockDecrypt(ciphertext, dst);
            const xk = expandKeyDecLE(key);
            if (dst === undefined)
                dst = new Uint8Array(ciphertext.length);
            const toClean = [xk];
            // Copy on BE or misaligned ciphertext so u32()/swap32IfBE()
            // normalization never mutates caller bytes in place before decrypt().
            if (!isLE || !isAligned32(ciphertext))
                toClean.push((ciphertext = copyBytes(ciphertext)));
            const b = u32(ciphertext);
            const o = u32(dst);
            swap32IfBE(b);
            for (let i = 0; i + 4 <= b.length;) {
                const { s0, s1, s2, s3 } = decrypt(xk, b[i + 0], b[i + 1], b[i + 2], b[i + 3]);
                ((o[i++] = s0), (o[i++] = s1), (o[i++] = s2), (o[i++] = s3));
            }
            swap32IfBE(o);
            clean(...toClean);
            return validatePKCS(dst, pkcs5);
        },
    };
});
/**
 * **CBC** (Cipher Block Chaining): Each plaintext block is XORed with the
 * previous block of ciphertext before encryption.
 * Hard to use: requires proper padding and an unpredictable IV. Unauthenticated: needs MAC.
 * Bad padding is reported as decrypt failure, which can be a padding oracle if exposed.
 * @param key - AES key bytes.
 * @param iv - 16-byte unpredictable initialization vector.
 * @param opts - Padding options. See {@link BlockOpts}.
 * @returns Cipher instance with `encrypt()` and `decrypt()`.
 * @example
 * Encrypts a padded message with a fresh key and 16-byte IV.
 *
 * ```ts
 * import { cbc } from '@noble/ciphers/aes.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const key = randomBytes(16);
 * const iv = randomBytes(16);
 * const cipher = cbc(key, iv);
 * cipher.encrypt(new Uint8Array([1, 2, 3]));
 * ```
 */
const cbc = /* @__PURE__ */ wrapCipher({ blockSize: 16, nonceLength: 16 }, function aescbc(key, iv, opts = {}) {
    const pkcs5 = !opts.disablePadding;
    return {
        encrypt(plaintext, dst) {
            // Validate inputs before expanding the key, so a validation throw
            // never leaves an unwiped expanded key behind.
            const outLen = validateBlockEncrypt(plaintext, pkcs5, dst);
            const xk = expandKeyLE(key);
            const { b: input, o, out: _out } = prepareBlockEncrypt(plaintext, outLen, dst);
            const b = u32(input);
            swap32IfBE(b);
            let _iv = iv;
            const toClean = [xk];
            // Copy on BE or misaligned inputs so IV normalization and the mutable
            // local chaining state never write back into caller IV bytes.
            if (!isLE || !isAligned32(_iv))
                toClean.push((_iv = copyBytes(_iv)));
            const n32 = u32(_iv);
            swap32IfBE(n32);
            // prettier-ignore
            let s0 = n32[0], s1 = n32[1], s2 = n32[2], s3 = n32[3];
            let i = 0;
            for (; i + 4 <= b.length;) {
                ((s0 ^= b[i + 0]), (s1 ^= b[i + 1]), (s2 ^= b[i + 2]), (s3 ^= b[i + 3]));
                ({ s0, s1, s2, s3 } = encrypt(xk, s0, s1, s2, s3));
                ((o[i++] = s0), (o[i++] = s1), (o[i++] = s2), (o[i++] = s3));
            }
            if (pkcs5) {
                const tmp32 = padPCKS(plaintext.subarray(i * 4));
                swap32IfBE(tmp32);
                ((s0 ^= tmp32[0]), (s1 ^= tmp32[1]), (s2 ^= tmp32[2]), (s3 ^= tmp32[3]));
                ({ s0, s1, s2, s3 } = encrypt(xk, s0, s1, s2, s3));
                ((o[i++] = s0), (o[i++] = s1), (o[i++] = s2), (o[i++] = s3));
                // The padding scratch contains the final plaintext tail; wipe it as soon as consumed.
                clean(tmp32);
            }
            swap32IfBE(o);
            clean(...toClean);
            if (input !== plaintext)
                clean(input);
            return _out;
        },
        decrypt(ciphertext, dst) {
            // Validate inputs before expanding the key, so a validation throw
            // never leaves an unwiped expanded key behind.
            validateBlockDecrypt(ciphertext, dst);
            const xk = expandKeyDecLE(key);
            if (dst === undefined)
                dst = new Uint8Array(ciphertext.length);
            let _iv = iv;
            const toClean = [xk];
            // Copy on BE or misaligned inputs so IV normalization and the mutable
            // local chaining state never write back into caller IV bytes.
            if (!isLE || !isAligned32(_iv))
                toClean.push((_iv = copyBytes(_iv)));
            const n32 = u32(_iv);
            swap32IfBE(n32);
            // Copy on BE or misaligned ciphertext so u32()/swap32IfBE()
            // normalization never mutates caller bytes in place before decrypt().
            if (!isLE || !isAligned32(ciphertext))
                toClean.push((ciphertext = copyBytes(ciphertext)));
            const b = u32(ciphertext);
            const o = u32(dst);
            swap32IfBE(b);
            // prettier-ignore
            let s0 = n32[0], s1 = n32[1], s2 = n32[2], s3 = n32[3];
            for (let i = 0; i + 4 <= b.length;) {
                // prettier-ignore
                const ps0 = s0, ps1 = s1, ps2 = s2, ps3 = s3;
                ((s0 = b[i + 0]), (s1 = b[i + 1]), (s2 = b[i + 2]), (s3 = b[i + 3]));
                const { s0: o0, s1: o1, s2: o2, s3: o3 } = decrypt(xk, s0, s1, s2, s3);
                ((o[i++] = o0 ^ ps0), (o[i++] = o1 ^ ps1), (o[i++] = o2 ^ ps2), (o[i++] = o3 ^ ps3));
            }
            swap32IfBE(o);
            clean(...toClean);
            return validatePKCS(dst, pkcs5);
        },
    };
});
/**
 * CFB (CFB-128): Cipher Feedback Mode with 128-bit segments. The input for the
 * block cipher is the previous cipher output.
 * Unauthenticated: needs MAC.
 * @param key - AES key bytes.
 * @param iv - 16-byte unpredictable initialization vector.
 * @returns Cipher instance with `encrypt()` and `decrypt()`.
 * @example
 * Encrypts a short message with feedback mode and a fresh key/IV pair.
 *
 * ```ts
 * import { cfb } from '@noble/ciphers/aes.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const key = randomBytes(16);
 * const iv = randomBytes(16);
 * const cipher = cfb(key, iv);
 * cipher.encrypt(new Uint8Array([1, 2, 3]));
 * ```
 */
const cfb = /* @__PURE__ */ wrapCipher({ blockSize: 16, nonceLength: 16 }, function aescfb(key, iv) {
    function processCfb(src, isEncrypt, dst) {
        utils_abytes(src);
        const srcLen = src.length;
        dst = getOutput(srcLen, dst);
        // CFB feeds back previous ciphertext, so overlapping src/dst could
        // overwrite bytes that are still needed as the next feedback block.
        if (overlapBytes(src, dst))
            throw new Error('overlapping src and dst not supported');
        const xk = expandKeyLE(key);
        let _iv = iv;
        const toClean = [xk];
        // Copy on BE or misaligned inputs so u32()/swap32IfBE() normalization
        // never mutates caller IV/src bytes in place before CFB processing.
        if (!isLE || !isAligned32(_iv))
            toClean.push((_iv = copyBytes(_iv)));
        if (!isLE || !isAligned32(src))
            toClean.push((src = copyBytes(src)));
        const src32 = u32(src);
        const dst32 = u32(dst);
        // NIST SP 800-38A §6.3 feeds back the previous ciphertext segment in
        // both directions: encrypt reuses freshly written dst words, decrypt
        // reuses the source ciphertext words.
        const next32 = isEncrypt ? dst32 : src32;
        const n32 = u32(_iv);
        swap32IfBE(src32);
        swap32IfBE(n32);
        // prettier-ignore
        let s0 = n32[0], s1 = n32[1], s2 = n32[2], s3 = n32[3];
        for (let i = 0; i + 4 <= src32.length;) {
            const { s0: e0, s1: e1, s2: e2, s3: e3 } = encrypt(xk, s0, s1, s2, s3);
            dst32[i + 0] = src32[i + 0] ^ e0;
            dst32[i + 1] = src32[i + 1] ^ e1;
            dst32[i + 2] = src32[i + 2] ^ e2;
            dst32[i + 3] = src32[i + 3] ^ e3;
            ((s0 = next32[i++]), (s1 = next32[i++]), (s2 = next32[i++]), (s3 = next32[i++]));
        }
        // leftovers (less than block)
        const start = aes_BLOCK_SIZE * Math.floor(src32.length / BLOCK_SIZE32);
        if (start < srcLen) {
            // The byte tail loop reads `src` directly; restore any BE-swapped tail words first.
            if (!isLE)
                swap32IfBE(src32.subarray(start / 4));
            // Byte-oriented API: for a final short tail, reuse the next CFB-128
            // output block and XOR only the needed prefix. RFC 3826 §3.1.3 /
            // §3.1.4 describes the same no-padding rule at bit granularity for a
            // final r<=128 segment.
            ({ s0, s1, s2, s3 } = encrypt(xk, s0, s1, s2, s3));
            const tmp = new Uint32Array([s0, s1, s2, s3]);
            swap32IfBE(tmp);
            const buf = u8(tmp);
            for (let i = start, pos = 0; i < srcLen; i++, pos++)
                dst[i] = src[i] ^ buf[pos];
            clean(buf);
        }
        if (!isLE)
            swap32IfBE(dst32.subarray(0, start / 4));
        clean(...toClean);
        return dst;
    }
    return {
        encrypt: (plaintext, dst) => processCfb(plaintext, true, dst),
        decrypt: (ciphertext, dst) => processCfb(ciphertext, false, dst),
    };
});
// TODO: merge with chacha, however gcm has bitLen while chacha has byteLen
// `data` is the payload covered by the polynomial MAC: ciphertext for GCM,
// plaintext for GCM-SIV. Keep AAD/data/length as separate updates because
// GHASH/POLYVAL pad each call to block boundaries, so the chunks must match the
// spec-defined segments instead of arbitrary concatenation boundaries.
function computeTag(fn, isLE, key, data, AAD) {
    const aadLength = AAD ? AAD.length : 0;
    const h = fn.create(key, data.length + aadLength);
    if (AAD)
        h.update(AAD);
    // u64Lengths() takes (dataBits, aadBits) but still serializes the final
    // block as len(AAD) || len(data), matching both GCM and GCM-SIV.
    const num = u64Lengths(8 * data.length, 8 * aadLength, isLE);
    h.update(data);
    h.update(num);
    const res = h.digest();
    clean(num);
    return res;
}
/**
 * **GCM** (Galois/Counter Mode): Combines CTR mode with polynomial MAC. Efficient and widely used.
 * Not perfect:
 * a) conservative key wear-out is `2**32` (4B) msgs.
 * b) key wear-out under random nonces is even smaller: `2**23` (8M) messages for `2**-50` chance.
 * c) MAC can be forged: see Poly1305 documentation.
 * @param key - AES key bytes.
 * @param nonce - Nonce bytes (12 recommended, minimum 8; other lengths use GHASH J0 derivation).
 * @param AAD - Additional authenticated data.
 * @returns AEAD cipher instance with a fixed 16-byte tag.
 * @example
 * Encrypts and authenticates plaintext with a fresh key and 12-byte nonce.
 *
 * ```ts
 * import { gcm } from '@noble/ciphers/aes.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const key = randomBytes(16);
 * const nonce = randomBytes(12);
 * const aad = new TextEncoder().encode('session metadata');
 * const cipher = gcm(key, nonce, aad);
 * cipher.encrypt(new Uint8Array([1, 2, 3]));
 * ```
 */
const gcm = /* @__PURE__ */ wrapCipher({ blockSize: 16, nonceLength: 12, tagLength: 16, withAAD: true, varSizeNonce: true }, function aesgcm(key, nonce, AAD) {
    // SP 800-38D lets implementations narrow supported IV lengths.
    // This wrapper intentionally requires at least 8 bytes; OpenSSL accepts shorter IVs too.
    // 12-byte nonces take the fast path; other allowed lengths use GHASH to derive J0.
    if (nonce.length < 8)
        throw new Error('aes/gcm: invalid nonce length');
    const tagLength = 16;
    function _computeTag(authKey, tagMask, data) {
        const tag = computeTag(ghash, false, authKey, data, AAD);
        for (let i = 0; i < tagMask.length; i++)
            tag[i] ^= tagMask[i];
        return tag;
    }
    function deriveKeys() {
        const xk = expandKeyLE(key);
        const authKey = EMPTY_BLOCK.slice();
        const counter = EMPTY_BLOCK.slice();
        ctr32(xk, false, counter, counter, authKey);
        // NIST 800-38d, page 15: different behavior for 96-bit and non-96-bit nonces
        if (nonce.length === 12) {
            counter.set(nonce);
        }
        else {
            const nonceLen = EMPTY_BLOCK.slice();
            const view = createView(nonceLen);
            view.setBigUint64(8, BigInt(nonce.length * 8), false);
            // GHASH.update() pads each call to 16 bytes, so
            // update(nonce).update(nonceLen) realizes
            // IV || 0^s || 0^64 || [len(IV)]_64 for non-96-bit nonces.
            // ghash(nonce || u64be(0) || u64be(nonceLen*8))
            const g = ghash.create(authKey).update(nonce).update(nonceLen);
            g.digestInto(counter); // digestInto doesn't trigger '.destroy'
            g.destroy();
        }
        // GCTR_K(J0, 0^128) = E_K(J0); reusing ctr32() here extracts that tag
        // mask and leaves `counter` advanced to inc32(J0) for payload GCTR.
        const tagMask = ctr32(xk, false, counter, EMPTY_BLOCK);
        return { xk, authKey, counter, tagMask };
    }
    return {
        encrypt(plaintext) {
            const { xk, authKey, counter, tagMask } = deriveKeys();
            const out = new Uint8Array(plaintext.length + tagLength);
            const toClean = [xk, authKey, counter, tagMask];
            if (!isAligned32(plaintext))
                toClean.push((plaintext = copyBytes(plaintext)));
            ctr32(xk, false, counter, plaintext, out.subarray(0, plaintext.length));
            const tag = _computeTag(authKey, tagMask, out.subarray(0, out.length - tagLength));
            toClean.push(tag);
            out.set(tag, plaintext.length);
            clean(...toClean);
            return out;
        },
        decrypt(ciphertext) {
            const { xk, authKey, counter, tagMask } = deriveKeys();
            const toClean = [xk, authKey, tagMask, counter];
            if (!isAligned32(ciphertext))
                toClean.push((ciphertext = copyBytes(ciphertext)));
            const data = ciphertext.subarray(0, -tagLength);
            const passedTag = ciphertext.subarray(-tagLength);
            const tag = _computeTag(authKey, tagMask, data);
            toClean.push(tag);
            // NIST SP 800-38D §7.2 permits equivalent step orderings; verify the
            // tag before CTR so unauthenticated plaintext is never materialized.
            if (!equalBytes(tag, passedTag)) {
                clean(...toClean);
                throw new Error('aes-gcm: invalid tag');
            }
            const out = ctr32(xk, false, counter, data);
            clean(...toClean);
            return out;
        },
    };
});
const limit = (name, min, max) => (value) => {
    // Current AES-SIV/GCM-SIV callers pass protocol limits from RFC 8452 / RFC 5297,
    // not arbitrary library-preference bounds.
    // Callers feed Uint8Array.length values here, so safe-integer rejection
    // does not exclude any representable input even when an RFC bound is larger.
    if (!Number.isSafeInteger(value) || min > value || value > max) {
        const minmax = '[' + min + '..' + max + ']';
        throw new Error('' + name + ': expected value in range ' + minmax + ', got ' + value);
    }
};
/**
 * **SIV** (Synthetic IV): GCM with nonce-misuse resistance.
 * Repeating nonces reveal only the fact plaintexts are identical.
 * Also suffers from GCM issues: key wear-out limits & MAC forging.
 * See {@link https://www.rfc-editor.org/rfc/rfc8452 | RFC 8452}.
 * RFC 8452 defines 16-byte and 32-byte AES keys for this mode.
 * This implementation also accepts 24-byte AES-192 keys as a local
 * extension; see the inline comment next to `validateKeyLength(key)` below
 * for the exact scope note.
 * @param key - AES key bytes.
 * @param nonce - 12-byte nonce.
 * @param AAD - Additional authenticated data.
 * @returns AEAD cipher instance.
 * @example
 * Encrypts and authenticates plaintext with a fresh key and nonce, while tolerating reuse.
 *
 * ```ts
 * import { gcmsiv } from '@noble/ciphers/aes.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const key = randomBytes(16);
 * const nonce = randomBytes(12);
 * const aad = new TextEncoder().encode('session metadata');
 * const cipher = gcmsiv(key, nonce, aad);
 * cipher.encrypt(new Uint8Array([1, 2, 3]));
 * ```
 */
const gcmsiv = /* @__PURE__ */ wrapCipher({ blockSize: 16, nonceLength: 12, tagLength: 16, withAAD: true, varSizeNonce: true }, function aessiv(key, nonce, AAD) {
    const tagLength = 16;
    // From RFC 8452: Section 6
    const AAD_LIMIT = limit('AAD', 0, 2 ** 36);
    const PLAIN_LIMIT = limit('plaintext', 0, 2 ** 36);
    const NONCE_LIMIT = limit('nonce', 12, 12);
    const CIPHER_LIMIT = limit('ciphertext', 16, 2 ** 36 + 16);
    utils_abytes(key);
    // RFC 8452 only standardizes 16-byte and 32-byte key-generating keys.
    // The accepted 24-byte path is a local AES-192 extension outside the RFC-defined AEADs.
    validateKeyLength(key);
    NONCE_LIMIT(nonce.length);
    if (AAD !== undefined)
        AAD_LIMIT(AAD.length);
    function deriveKeys() {
        const xk = expandKeyLE(key);
        const encKey = new Uint8Array(key.length);
        const authKey = new Uint8Array(16);
        const toClean = [xk, encKey];
        let _nonce = nonce;
        // Copy on BE or misaligned nonce so u32()/swap32IfBE() normalization
        // never mutates caller nonce bytes before RFC 8452 key derivation.
        if (!isLE || !isAligned32(_nonce))
            toClean.push((_nonce = copyBytes(_nonce)));
        const n32 = u32(_nonce);
        swap32IfBE(n32);
        // prettier-ignore
        let s0 = 0, s1 = n32[0], s2 = n32[1], s3 = n32[2];
        let counter = 0;
        for (const derivedKey of [authKey, encKey].map(u32)) {
            const d32 = u32(derivedKey);
            for (let i = 0; i < d32.length; i += 2) {
                // aes(u32le(0) || nonce)[:8] || aes(u32le(1) || nonce)[:8] ...
                const { s0: o0, s1: o1 } = encrypt(xk, s0, s1, s2, s3);
                d32[i + 0] = o0;
                d32[i + 1] = o1;
                s0 = ++counter; // increment counter inside state
            }
            swap32IfBE(d32);
        }
        const res = { authKey, encKey: expandKeyLE(encKey) };
        // Cleanup
        clean(...toClean);
        return res;
    }
    function _computeTag(encKey, authKey, data) {
        const tag = computeTag(polyval, true, authKey, data, AAD);
        // Compute the expected tag by XORing S_s and the nonce, clearing the
        // most significant bit of the last byte and encrypting with the
        // message-encryption key.
        for (let i = 0; i < 12; i++)
            tag[i] ^= nonce[i];
        tag[15] &= 0x7f; // Clear the highest bit
        // encrypt tag as block
        const t32 = u32(tag);
        swap32IfBE(t32);
        // prettier-ignore
        let s0 = t32[0], s1 = t32[1], s2 = t32[2], s3 = t32[3];
        ({ s0, s1, s2, s3 } = encrypt(encKey, s0, s1, s2, s3));
        ((t32[0] = s0), (t32[1] = s1), (t32[2] = s2), (t32[3] = s3));
        swap32IfBE(t32);
        return tag;
    }
    // actual decrypt/encrypt of message.
    function processSiv(encKey, tag, input) {
        let block = copyBytes(tag);
        // RFC 8452 §4 / §5 use the tag with the highest bit of the last byte
        // forced to one as the initial AES-CTR counter block.
        block[15] |= 0x80; // Force highest bit
        const res = ctr32(encKey, true, block, input);
        // Cleanup
        clean(block);
        return res;
    }
    return {
        encrypt(plaintext) {
            PLAIN_LIMIT(plaintext.length);
            const { encKey, authKey } = deriveKeys();
            const tag = _computeTag(encKey, authKey, plaintext);
            const toClean = [encKey, authKey, tag];
            if (!isAligned32(plaintext))
                toClean.push((plaintext = copyBytes(plaintext)));
            const out = new Uint8Array(plaintext.length + tagLength);
            out.set(tag, plaintext.length);
            out.set(processSiv(encKey, tag, plaintext));
            // Cleanup
            clean(...toClean);
            return out;
        },
        decrypt(ciphertext) {
            CIPHER_LIMIT(ciphertext.length);
            const tag = ciphertext.subarray(-tagLength);
            const { encKey, authKey } = deriveKeys();
            const toClean = [encKey, authKey];
            if (!isAligned32(ciphertext))
                toClean.push((ciphertext = copyBytes(ciphertext)));
            const plaintext = processSiv(encKey, tag, ciphertext.subarray(0, -tagLength));
            const expectedTag = _computeTag(encKey, authKey, plaintext);
            toClean.push(expectedTag);
            // RFC 8452 §5: plaintext is unauthenticated here and MUST NOT be
            // returned until the expected-tag check completes successfully.
            if (!equalBytes(tag, expectedTag)) {
                clean(plaintext, ...toClean);
                throw new Error('invalid polyval tag');
            }
            // Cleanup
            clean(...toClean);
            return plaintext;
        },
    };
});
function isBytes32(a) {
    // Plain `instanceof Uint32Array` is too strict for cross-realm expanded-key views.
    // This is only a best-effort unsafe-export guard, not a provenance proof for `expandKeyLE`.
    return (a instanceof Uint32Array || (ArrayBuffer.isView(a) && a.constructor.name === 'Uint32Array'));
}
// Unsafe single-block helpers: mutate `block` in place and require its 16-byte
// Uint8Array view to be 4-byte aligned because `u32(block)` reinterprets it.
function encryptBlock(xk, block) {
    utils_abytes(block, 16, 'block');
    if (!isBytes32(xk))
        throw new Error('_encryptBlock accepts result of expandKeyLE');
    const b32 = u32(block);
    swap32IfBE(b32);
    let { s0, s1, s2, s3 } = encrypt(xk, b32[0], b32[1], b32[2], b32[3]);
    ((b32[0] = s0), (b32[1] = s1), (b32[2] = s2), (b32[3] = s3));
    swap32IfBE(b32);
    return block;
}
function decryptBlock(xk, block) {
    utils_abytes(block, 16, 'block');
    if (!isBytes32(xk))
        throw new Error('_decryptBlock accepts result of expandKeyLE');
    const b32 = u32(block);
    swap32IfBE(b32);
    let { s0, s1, s2, s3 } = decrypt(xk, b32[0], b32[1], b32[2], b32[3]);
    ((b32[0] = s0), (b32[1] = s1), (b32[2] = s2), (b32[3] = s3));
    swap32IfBE(b32);
    return block;
}
/**
 * AES-W (base for AESKW/AESKWP).
 * Specs:
 * {@link https://nvlpubs.nist.gov/nistpubs/SpecialPublications/NIST.SP.800-38F.pdf | SP800-38F},
 * {@link https://www.rfc-editor.org/rfc/rfc3394 | RFC 3394},
 * {@link https://www.rfc-editor.org/rfc/rfc5649 | RFC 5649}.
 * Shared core mutates `out` in place; callers are responsible for prepending
 * the right IV/AIV and checking the recovered value after decrypt.
 */
const AESW = {
    /*
    High-level pseudocode:
    ```
    A: u64 = IV
    out = []
    for (let i=0, ctr = 0; i<6; i++) {
      for (const chunk of chunks(plaintext, 8)) {
        A ^= swapEndianess(ctr++)
        [A, res] = chunks(encrypt(A || chunk), 8);
        out ||= res
      }
    }
    out = A || out
    ```
    Decrypt is the same, but reversed.
    */
    encrypt(kek, out) {
        // Current implementation keeps RFC 3394/5649 `t` in a u32-shaped counter,
        // so the shared core caps plaintext below 4 GiB even though the specs allow more.
        if (out.length >= 2 ** 32)
            throw new Error('plaintext should be less than 4gb');
        const xk = expandKeyLE(kek);
        // 16-byte `S = A || P[1]` is the RFC 5649 KWP special case for n=1;
        // KW callers never reach it because KW requires at least two plaintext semiblocks.
        if (out.length === 16)
            encryptBlock(xk, out);
        else {
            const o32 = u32(out);
            swap32IfBE(o32);
            // prettier-ignore
            let a0 = o32[0], a1 = o32[1]; // A
            for (let j = 0, ctr = 1; j < 6; j++) {
                for (let pos = 2; pos < o32.length; pos += 2, ctr++) {
                    const { s0, s1, s2, s3 } = encrypt(xk, a0, a1, o32[pos], o32[pos + 1]);
                    // A = MSB(64, B) ^ t where t = (n*j)+i. Under the 32-bit length cap
                    // above, `t` fits in the low half of `[t]_64`, so xor only the low
                    // 32 bits of A after converting `ctr` to network order.
                    ((a0 = s0), (a1 = s1 ^ byteSwap(ctr)), (o32[pos] = s2), (o32[pos + 1] = s3));
                }
            }
            ((o32[0] = a0), (o32[1] = a1)); // out = A || out
            swap32IfBE(o32);
        }
        xk.fill(0);
    },
    decrypt(kek, out) {
        // Same implementation cap on the recovered plaintext length after
        // removing the 8-byte A/IV prefix.
        if (out.length - 8 >= 2 ** 32)
            throw new Error('ciphertext should be less than 4gb');
        const xk = expandKeyDecLE(kek);
        const chunks = out.length / 8 - 1; // first chunk is IV
        // `n = 2` semiblocks is the RFC 5649 KWP special case; KW ciphertexts
        // always have at least three semiblocks and therefore use the W^-1 loop.
        if (chunks === 1)
            decryptBlock(xk, out);
        else {
            const o32 = u32(out);
            swap32IfBE(o32);
            // prettier-ignore
            let a0 = o32[0], a1 = o32[1]; // A
            for (let j = 0, ctr = chunks * 6; j < 6; j++) {
                for (let pos = chunks * 2; pos >= 1; pos -= 2, ctr--) {
                    a1 ^= byteSwap(ctr);
                    const { s0, s1, s2, s3 } = decrypt(xk, a0, a1, o32[pos], o32[pos + 1]);
                    ((a0 = s0), (a1 = s1), (o32[pos] = s2), (o32[pos + 1] = s3));
                }
            }
            ((o32[0] = a0), (o32[1] = a1));
            swap32IfBE(o32);
        }
        xk.fill(0);
    },
};
// RFC 3394 §2.2.3.1 / NIST SP 800-38F Algorithm 3 / Algorithm 4: KW prepends
// the default 64-bit ICV1 and unwrap must verify the same value.
const AESKW_IV = /* @__PURE__ */ new Uint8Array(8).fill(0xa6); // A6A6A6A6A6A6A6A6
/**
 * AES-KW (key-wrap). Injects static IV into plaintext, adds counter, encrypts 6 times.
 * Reduces block size from 16 to 8 bytes.
 * Plaintext must be a non-empty multiple of 8 bytes with minimum 16 bytes.
 * 8-byte inputs use aeskwp.
 * Wrapped ciphertext must be a multiple of 8 bytes with minimum 24 bytes.
 * For padded version, use aeskwp.
 * See {@link https://www.rfc-editor.org/rfc/rfc3394/ | RFC 3394} and
 * {@link https://nvlpubs.nist.gov/nistpubs/SpecialPublications/NIST.SP.800-38F.pdf | NIST SP 800-38F}.
 * @param kek - AES key-encryption key.
 * @returns Key-wrap cipher instance.
 * As with other `wrapCipher(...)` wrappers, `encrypt()` is single-use per
 * instance.
 * @example
 * Wraps a 128-bit content-encryption key with a fresh key-encryption key.
 *
 * ```ts
 * import { aeskw } from '@noble/ciphers/aes.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const kek = randomBytes(16);
 * const cek = randomBytes(16);
 * const wrap = aeskw(kek);
 * wrap.encrypt(cek);
 * ```
 */
const aeskw = /* @__PURE__ */ wrapCipher({ blockSize: 8 }, (kek) => ({
    encrypt(plaintext) {
        if (!plaintext.length || plaintext.length % 8 !== 0)
            throw new Error('invalid plaintext length');
        // RFC 3394 / NIST SP 800-38F define KW only for >=2 plaintext
        // semiblocks; the 1-semiblock case belongs to RFC 5649 KWP.
        if (plaintext.length === 8)
            throw new Error('8-byte keys not allowed, use AESKWP');
        const out = concatBytes(AESKW_IV, plaintext);
        AESW.encrypt(kek, out);
        return out;
    },
    decrypt(ciphertext) {
        // ciphertext must be at least 24 bytes and a multiple of 8 bytes
        // 24 because should have at least two block (1 iv + 2).
        // Replace with 16 to enable '8-byte keys'
        if (ciphertext.length % 8 !== 0 || ciphertext.length < 3 * 8)
            throw new Error('invalid ciphertext length');
        // AESW.decrypt() mutates its buffer in place, so keep caller ciphertext
        // immutable across the unwrap, ICV1 check, and IV scrubbing below.
        const out = copyBytes(ciphertext);
        AESW.decrypt(kek, out);
        if (!equalBytes(out.subarray(0, 8), AESKW_IV))
            throw new Error('integrity check failed');
        out.subarray(0, 8).fill(0); // ciphertext.subarray(0, 8) === IV, but we clean it anyway
        return out.subarray(8);
    },
}));
/*
We don't support 8-byte keys. The rabbit hole:

- Wycheproof says: "NIST SP 800-38F does not define the wrapping of 8 byte keys.
  RFC 3394 Section 2  on the other hand specifies that 8 byte keys are wrapped
  by directly encrypting one block with AES."
    - {@link https://github.com/C2SP/wycheproof/blob/master/doc/key_wrap.md | Wycheproof key-wrap note}
    - "RFC 3394 specifies in Section 2, that the input for the key wrap
      algorithm must be at least two blocks and otherwise the constant
      field and key are simply encrypted with ECB as a single block"
- What RFC 3394 actually says (in Section 2):
    - "Before being wrapped, the key data is parsed into n blocks of 64 bits.
      The only restriction the key wrap algorithm places on n is that n be
      at least two"
    - "For key data with length less than or equal to 64 bits, the constant
      field used in this specification and the key data form a single
      128-bit codebook input making this key wrap unnecessary."
- Which means "assert(n >= 2)" and "use something else for 8 byte keys"
- NIST SP800-38F actually prohibits 8-byte in "5.3.1 Mandatory Limits".
  It states that plaintext for KW should be "2 to 2^54 -1 semiblocks".
- So, where does "directly encrypt single block with AES" come from?
    - Not RFC 3394. Pseudocode of key wrap in 2.2 explicitly uses
      loop of 6 for any code path
    - There is a weird W3C spec:
      {@link https://www.w3.org/TR/2002/REC-xmlenc-core-20021210/Overview.html#kw-aes128 | XML Encryption AES key-wrap section}
    - This spec is outdated, as admitted by Wycheproof authors
    - There is RFC 5649 for padded key wrap, which is padding construction on
      top of AESKW. In '4.1.2' it says: "If the padded plaintext contains exactly
      eight octets, then prepend the AIV as defined in Section 3 above to P[1] and
      encrypt the resulting 128-bit block using AES in ECB mode [Modes] with key
      K (the KEK).  In this case, the output is two 64-bit blocks C[0] and C[1]:"
    - Browser subtle crypto is actually crashes on wrapping keys less than 16 bytes:
      `Error: error:1C8000E6:Provider routines::invalid input length]
       { opensslErrorStack: [ 'error:030000BD:digital envelope routines::update error' ]`

In the end, seems like a bug in Wycheproof.
The 8-byte check can be easily disabled inside of AES_W.
*/
// RFC 5649 §3 / NIST SP 800-38F Algorithm 5 / Algorithm 6: KWP uses ICV2 as
// the high 32 bits of the AIV; the low 32 bits carry the MLI in network order.
const AESKWP_IV = 0xa65959a6; // single u32le value
/**
 * AES-KW, but with padding and allows random keys.
 * Uses the RFC 5649 alternative initial value; the second u32 stores the
 * 32-bit MLI in network order.
 * Wrapped ciphertext must be at least 16 bytes; malformed lengths are
 * rejected during AIV/padding checks.
 * See {@link https://www.rfc-editor.org/rfc/rfc5649 | RFC 5649}.
 * @param kek - AES key-encryption key.
 * @returns Padded key-wrap cipher instance.
 * @example
 * Wraps a short key blob using the padded variant and a fresh key-encryption key.
 *
 * ```ts
 * import { aeskwp } from '@noble/ciphers/aes.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const kek = randomBytes(16);
 * const wrap = aeskwp(kek);
 * wrap.encrypt(new Uint8Array([1, 2, 3]));
 * ```
 */
const aeskwp = /* @__PURE__ */ wrapCipher({ blockSize: 8 }, (kek) => ({
    encrypt(plaintext) {
        if (!plaintext.length)
            throw new Error('invalid plaintext length');
        const padded = Math.ceil(plaintext.length / 8) * 8;
        const out = new Uint8Array(8 + padded);
        out.set(plaintext, 8);
        const out32 = u32(out);
        out32[0] = swap8IfBE(AESKWP_IV);
        // RFC 5649 §3: the low 32 bits of the AIV carry the octet-length MLI in
        // network order, even though this buffer is addressed through LE u32s.
        out32[1] = swap8IfBE(byteSwap(plaintext.length));
        AESW.encrypt(kek, out);
        return out;
    },
    decrypt(ciphertext) {
        // 16 because should have at least one block
        if (ciphertext.length < 16)
            throw new Error('invalid ciphertext length');
        // AESW.decrypt() mutates its buffer in place, so keep caller ciphertext
        // immutable across the unwrap, AIV checks, and IV scrubbing below.
        const out = copyBytes(ciphertext);
        const o32 = u32(out);
        AESW.decrypt(kek, out);
        const len = byteSwap(swap8IfBE(o32[1])) >>> 0;
        const padded = Math.ceil(len / 8) * 8;
        if (swap8IfBE(o32[0]) !== AESKWP_IV || out.length - 8 !== padded)
            throw new Error('integrity check failed');
        // RFC 5649 §3 / NIST SP 800-38F Algorithm 6: recovered padding length
        // must be in [0,7], and every recovered pad octet must be zero.
        for (let i = len; i < padded; i++)
            if (out[8 + i] !== 0)
                throw new Error('integrity check failed');
        out.subarray(0, 8).fill(0); // ciphertext.subarray(0, 8) === IV, but we clean it anyway
        return out.subarray(8, 8 + len);
    },
}));
class _AesCtrDRBG {
    blockLen;
    key;
    nonce;
    state;
    reseedCnt;
    destroyed = false;
    constructor(keyLen, seed, personalization) {
        this.blockLen = ctr.blockSize;
        const keyLenBytes = keyLen / 8;
        const nonceLen = 16;
        // Store the full seedlen state as key || V so CTR_DRBG_Update-style steps
        // can rewrite the entire internal state in place.
        this.state = new Uint8Array(keyLenBytes + nonceLen);
        this.key = this.state.subarray(0, keyLenBytes);
        this.nonce = this.state.subarray(keyLenBytes, keyLenBytes + nonceLen);
        this.reseedCnt = 1;
        // Keep the stored counter one step ahead of SP 800-90A's formal V so
        // ctr(key, nonce) uses the next counter block directly.
        incBytes(this.nonce, false, 1);
        this.addEntropy(seed, personalization);
    }
    update(data) {
        // cannot re-use state here, because we will wipe current key
        ctr(this.key, this.nonce).encrypt(new Uint8Array(this.state.length), this.state);
        if (data) {
            abytes(data);
            // CTR_DRBG without a derivation function pads shorter additional_input
            // with zeros to seedlen, so XOR only the provided prefix here.
            for (let i = 0; i < data.length; i++)
                this.state[i] ^= data[i];
        }
        // Keep storing V+1 so the next ctr(key, nonce) call starts from the
        // spec's post-update counter state.
        incBytes(this.nonce, false, 1);
    }
    // Optional `info` is additional input XORed into the reseed block and is
    // limited to the internal state width.
    addEntropy(seed, info) {
        if (this.destroyed)
            throw new Error('cannot use destroyed DRBG');
        abytes(seed, this.state.length, 'seed');
        // Copy caller entropy before XORing in personalization/additional input,
        // then wipe the mixed seed material after CTR_DRBG_Update consumes it.
        const _seed = seed.slice();
        if (info) {
            abytes(info);
            if (info.length > _seed.length)
                throw new Error('info length is too big');
            for (let i = 0; i < info.length; i++)
                _seed[i] ^= info[i];
        }
        this.update(_seed);
        _seed.fill(0);
        this.reseedCnt = 1;
    }
    // Optional `info` is additional input for the pre/post-update steps; bytes
    // SP 800-90A Rev. 1 CTR_DRBG without a derivation function limits
    // additional_input to seedlen, which is exactly this internal state width.
    randomBytes(len, info) {
        if (this.destroyed)
            throw new Error('cannot use destroyed DRBG');
        anumber(len);
        // SP 800-90A Table 3 caps AES CTR_DRBG requests at 2^16 bits = 65536 bytes.
        if (len > 2 ** 16)
            throw new Error('requested output is too big');
        // The spec allows generate while reseed_counter == reseed_interval and increments afterwards.
        if (this.reseedCnt > 2 ** 48)
            throw new Error('entropy exhausted');
        if (info) {
            abytes(info);
            if (info.length > this.state.length)
                throw new Error('info length is too big');
            this.update(info);
        }
        const res = new Uint8Array(len);
        ctr(this.key, this.nonce).encrypt(res, res);
        incBytes(this.nonce, false, Math.ceil(len / this.blockLen));
        this.update(info);
        this.reseedCnt++;
        return res;
    }
    // Zeroes the current state and marks the instance destroyed. Fails closed:
    // any later randomBytes()/addEntropy() throws instead of continuing from the
    // zeroed state (which would make subsequent output the predictable zero-key stream).
    clean() {
        // `key` and `nonce` alias this backing buffer, so one fill wipes the full
        // secret state in place.
        this.state.fill(0);
        this.reseedCnt = 0;
        this.destroyed = true;
    }
}
// Internal helper for the exported 128-bit and 256-bit aliases; other key
// lengths are not validated here.
const createAesDrbg = (keyLen) => {
    return (seed, personalization = undefined) => new _AesCtrDRBG(keyLen, seed, personalization);
};
/**
 * AES-CTR DRBG 128-bit - CSPRNG (cryptographically secure pseudorandom number generator).
 * It's best to limit usage to non-production, non-critical cases: for example, test-only.
 * @param seed - Initial 32-byte entropy input.
 * @param personalization - Optional personalization string.
 * @returns Seeded DRBG instance. The concrete methods also accept optional additional-input bytes.
 * @example
 * Seeds the test-only AES-CTR DRBG from fresh entropy and reads bytes from it.
 *
 * ```ts
 * import { rngAesCtrDrbg128 } from '@noble/ciphers/aes.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const seed = randomBytes(32);
 * const prg = rngAesCtrDrbg128(seed);
 * prg.randomBytes(8);
 * ```
 */
const rngAesCtrDrbg128 = /* @__PURE__ */ (/* unused pure expression or super */ null && (createAesDrbg(128)));
/**
 * AES-CTR DRBG 256-bit - CSPRNG (cryptographically secure pseudorandom number generator).
 * It's best to limit usage to non-production, non-critical cases: for example, test-only.
 * @param seed - Initial 48-byte entropy input.
 * @param personalization - Optional personalization string.
 * @returns Seeded DRBG instance. The concrete methods also accept optional additional-input bytes.
 * @example
 * Seeds the test-only AES-CTR DRBG from fresh entropy and reads bytes from it.
 *
 * ```ts
 * import { rngAesCtrDrbg256 } from '@noble/ciphers/aes.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const seed = randomBytes(48);
 * const prg = rngAesCtrDrbg256(seed);
 * prg.randomBytes(8);
 * ```
 */
const rngAesCtrDrbg256 = /* @__PURE__ */ (/* unused pure expression or super */ null && (createAesDrbg(256)));
//#region CMAC
/**
 * Left-shift by one bit and conditionally XOR with 0x87:
 * ```
 * if MSB(L) is equal to 0
 * then    K1 := L << 1;
 * else    K1 := (L << 1) XOR const_Rb;
 * ```
 *
 * Specs:
 * {@link https://www.rfc-editor.org/rfc/rfc4493.html#section-2.3 | RFC 4493 Section 2.3},
 * {@link https://datatracker.ietf.org/doc/html/rfc5297.html#section-2.3 | RFC 5297 Section 2.3}
 *
 * @returns modified `block` (for chaining)
 */
function dbl(block) {
    let carry = 0;
    // Left shift by 1 bit
    for (let i = aes_BLOCK_SIZE - 1; i >= 0; i--) {
        const newCarry = (block[i] & 0x80) >>> 7;
        block[i] = (block[i] << 1) | carry;
        carry = newCarry;
    }
    // XOR with 0x87 if there was a carry from the most significant bit.
    // RFC 4493 §2.3 / RFC 5297 §2.1: 0x87 is const_Rb for doubling in the
    // CMAC/S2V finite field with primitive polynomial x^128 + x^7 + x^2 + x + 1.
    // Branchless: `carry` derives from secret CMAC subkey material.
    block[aes_BLOCK_SIZE - 1] ^= 0x87 & -carry;
    return block;
}
/**
 * `a XOR b`, running in-place on `a`.
 * @param a left operand and output
 * @param b right operand
 * @returns `a` (for chaining)
 */
function xorBlock(a, b) {
    if (a.length !== b.length)
        throw new Error('xorBlock: blocks must have same length');
    for (let i = 0; i < a.length; i++) {
        a[i] = a[i] ^ b[i];
    }
    return a;
}
/**
 * xorend as defined in
 * {@link https://datatracker.ietf.org/doc/html/rfc5297.html#section-2.1 | RFC 5297 Section 2.1}.
 *
 * ```
 * leftmost(A, len(A)-len(B)) || (rightmost(A, len(B)) xor B)
 * ```
 *
 * Mutates `a` in place so the left prefix stays untouched and only the
 * rightmost `len(B)` bytes are xored with `b`.
 */
function xorend(a, b) {
    if (b.length > a.length) {
        throw new Error('xorend: expected len(B) <= len(A)');
    }
    // keep leftmost part of `a` unchanged
    // and xor only the rightmost part:
    const offset = a.length - b.length;
    for (let i = 0; i < b.length; i++) {
        a[offset + i] = a[offset + i] ^ b[i];
    }
    return a;
}
/**
 * Internal CMAC class.
 */
class _CMAC {
    blockLen = aes_BLOCK_SIZE;
    outputLen = aes_BLOCK_SIZE;
    // CMAC can only decide between `K1` and `K2` once the true final block is known,
    // so updates process older blocks eagerly but keep one pending block buffered.
    buffer;
    pos;
    finished;
    destroyed;
    k1;
    k2;
    x;
    x32;
    xk;
    constructor(key) {
        utils_abytes(key);
        validateKeyLength(key);
        this.xk = expandKeyLE(key);
        this.buffer = new Uint8Array(aes_BLOCK_SIZE);
        this.pos = 0;
        this.finished = false;
        this.destroyed = false;
        this.x = new Uint8Array(aes_BLOCK_SIZE);
        // Cached word view over `x`: process() runs once per 16 input bytes, so
        // it must not re-create views or re-validate per block like encryptBlock().
        this.x32 = u32(this.x);
        // L = AES_encrypt(K, const_Zero)
        const L = new Uint8Array(aes_BLOCK_SIZE);
        encryptBlock(this.xk, L);
        // Generate subkeys K1 and K2 from the main key according to
        // {@link https://www.rfc-editor.org/rfc/rfc4493.html#section-2.3 | RFC 4493 Section 2.3}
        // K1
        this.k1 = dbl(L);
        this.k2 = dbl(new Uint8Array(this.k1));
    }
    // Consumes 16 bytes of `data` starting at `pos`; `pos` avoids a per-block
    // subarray view allocation in update().
    process(data, pos) {
        // RFC 4493 §2.4 step 6 loop body: Y := X XOR M_i; X := AES-128(K, Y).
        const { x, x32, xk } = this;
        for (let i = 0; i < aes_BLOCK_SIZE; i++)
            x[i] ^= data[pos + i];
        swap32IfBE(x32);
        const { s0, s1, s2, s3 } = encrypt(xk, x32[0], x32[1], x32[2], x32[3]);
        ((x32[0] = s0), (x32[1] = s1), (x32[2] = s2), (x32[3] = s3));
        swap32IfBE(x32);
    }
    update(data) {
        aexists(this);
        utils_abytes(data);
        let pos = 0;
        if (this.pos) {
            const take = Math.min(aes_BLOCK_SIZE - this.pos, data.length);
            this.buffer.set(data.subarray(0, take), this.pos);
            this.pos += take;
            pos = take;
            if (this.pos === aes_BLOCK_SIZE && pos < data.length) {
                this.process(this.buffer, 0);
                this.pos = 0;
            }
        }
        // Keep one complete block buffered: an exact 16-byte tail may still be
        // M_n, and digestInto() must decide there whether RFC 4493 uses K1 or K2.
        while (pos + aes_BLOCK_SIZE < data.length) {
            this.process(data, pos);
            pos += aes_BLOCK_SIZE;
        }
        if (pos < data.length) {
            this.buffer.set(data.subarray(pos), 0);
            this.pos = data.length - pos;
        }
        return this;
    }
    // See {@link https://www.rfc-editor.org/rfc/rfc4493.html#section-2.4 | RFC 4493 Section 2.4}.
    digestInto(out) {
        aexists(this);
        // `digestInto(out)` is the no-allocation fast path, so AES block re-use below
        // requires a 32-bit-aligned caller buffer instead of hidden temp copies.
        aoutput32(out, this);
        this.finished = true;
        // `digestInto()` accepts out.length >= outputLen, so only the first block stores the tag.
        const view = out.subarray(0, this.outputLen);
        let last = new Uint8Array(aes_BLOCK_SIZE);
        if (this.pos === aes_BLOCK_SIZE) {
            // M_last := M_n XOR K1;
            last.set(this.buffer);
            xorBlock(last, this.k1);
        }
        else {
            // M_last := padding(M_n) XOR K2;
            //
            // [...] padding(x) is the concatenation of x and a single '1',
            // followed by the minimum number of '0's, so that the total length is
            // equal to 128 bits.
            last.set(this.buffer.subarray(0, this.pos));
            last[this.pos] = 0x80; // single '1' bit
            xorBlock(last, this.k2);
        }
        view.set(this.x); // X := AES_CBC(K, M_1..M_{n-1})
        xorBlock(view, last); // Y := X XOR M_last
        encryptBlock(this.xk, view); // T := AES-128(K, Y)
        clean(last);
    }
    digest() {
        const { buffer, outputLen } = this;
        this.digestInto(buffer);
        // Copy out before destroy() wipes the internal digest buffer in place.
        const res = buffer.slice(0, outputLen);
        this.destroy();
        return res;
    }
    destroy() {
        const { buffer, destroyed, x, xk, k1, k2 } = this;
        if (destroyed)
            return;
        this.destroyed = true;
        // Wipe the buffered tail, chaining value, expanded AES key, and both CMAC subkeys.
        clean(buffer, x, xk, k1, k2);
    }
}
/**
 * AES-CMAC (Cipher-based Message Authentication Code).
 * Specs: {@link https://www.rfc-editor.org/rfc/rfc4493.html | RFC 4493}.
 * @param msg - Message bytes to authenticate.
 * @param key - AES key bytes.
 * @returns 16-byte authentication tag. `cmac.create(...)` follows the same incremental MAC shape as
 * the other keyed helpers in this repo, including `blockLen`,
 * `outputLen`, `digestInto()` and `destroy()`.
 * @example
 * Authenticates a message with AES-CMAC and a fresh key.
 *
 * ```ts
 * import { cmac } from '@noble/ciphers/aes.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const key = randomBytes(16);
 * cmac(new Uint8Array(), key);
 * ```
 */
// The 16-byte probe key is only used to read static metadata; runtime CMAC
// still accepts AES-128/192/256 keys.
const cmac = /* @__PURE__ */ wrapMacConstructor(16, (key) => new _CMAC(key));
/**
 * S2V (Synthetic Initialization Vector) function as described in
 * {@link https://datatracker.ietf.org/doc/html/rfc5297.html#section-2.4 | RFC 5297 Section 2.4}.
 *
 * ```
 * S2V(K, S1, ..., Sn) {
 *   if n = 0 then
 *     return V = AES-CMAC(K, <one>)
 *   fi
 *   D = AES-CMAC(K, <zero>)
 *   for i = 1 to n-1 do
 *     D = dbl(D) xor AES-CMAC(K, Si)
 *   done
 *   if len(Sn) >= 128 then
 *     T = Sn xorend D
 *   else
 *     T = dbl(D) xor pad(Sn)
 *   fi
 *   return V = AES-CMAC(K, T)
 * }
 * ```
 *
 * S2V takes a key and a vector of strings S1, S2, ..., Sn and returns a 128-bit string.
 * The S2V function is used to generate a synthetic IV for AES-SIV.
 *
 * @param key - AES key (128, 192, or 256 bits)
 * @param strings - Array of byte arrays to process
 * @returns 128-bit synthetic IV
 */
function s2v(key, strings) {
    validateKeyLength(key);
    const len = strings.length;
    if (len > 127) {
        // RFC 5297 §7 only proves S2V secure for at most 127 components; SIV
        // spends one of those on the plaintext, leaving at most 126 AAD inputs.
        throw new Error('s2v: expected <= 127 inputs');
    }
    if (len === 0)
        return cmac(ONE_BLOCK, key);
    // D = AES-CMAC(K, <zero>)
    let d = cmac(EMPTY_BLOCK, key);
    // for i = 1 to n-1 do
    //   D = dbl(D) xor AES-CMAC(K, Si)
    for (let i = 0; i < len - 1; i++) {
        dbl(d);
        const cmacResult = cmac(strings[i], key);
        xorBlock(d, cmacResult);
        clean(cmacResult);
    }
    const s_n = strings[len - 1];
    // Earlier components are validated through cmac(...); validate the final one explicitly because
    // the Uint8Array.from()/set() paths below would otherwise coerce array-like inputs silently.
    utils_abytes(s_n);
    let t;
    // if len(Sn) >= 128 then
    if (s_n.byteLength >= aes_BLOCK_SIZE) {
        // T = Sn xorend D
        t = xorend(Uint8Array.from(s_n), d);
    }
    else {
        // pad(Sn):
        const paddedSn = new Uint8Array(aes_BLOCK_SIZE);
        paddedSn.set(s_n);
        paddedSn[s_n.length] = 0x80; // padding: 0x80 followed by zeros
        // T = dbl(D) xor pad(Sn)
        t = xorBlock(dbl(d), paddedSn);
        clean(paddedSn);
    }
    // V = AES-CMAC(K, T)
    const result = cmac(t, key);
    clean(d, t);
    return result;
}
/**
 * Use `gcmsiv` or `aessiv`.
 * @returns Never; always throws with the migration hint.
 * @throws If called; `siv()` is a removed v1 alias. {@link Error}
 * @example
 * `siv()` was removed in v2; use `gcmsiv()` for nonce-based SIV instead.
 *
 * ```ts
 * import { gcmsiv } from '@noble/ciphers/aes.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const key = randomBytes(16);
 * const nonce = randomBytes(12);
 * const cipher = gcmsiv(key, nonce);
 * cipher.encrypt(new Uint8Array([1, 2, 3]));
 * ```
 */
const siv = () => {
    throw new Error('"siv" from v1 is now "gcmsiv"');
};
/**
 * **SIV**: Synthetic Initialization Vector (SIV) Authenticated Encryption
 * Nonce is derived from the plaintext and AAD using the S2V function.
 * Supports at most 126 AAD components. RFC 5297 nonce-based use is expressed by
 * passing the nonce as the final AAD component before the plaintext.
 * See {@link https://datatracker.ietf.org/doc/html/rfc5297.html | RFC 5297}.
 * @param key - 32-byte, 48-byte, or 64-byte key.
 * @param AAD - Additional authenticated data chunks (up to 126).
 * @returns AEAD cipher instance.
 * @example
 * Authenticates and encrypts plaintext with a fresh key without requiring unique nonces.
 *
 * ```ts
 * import { aessiv } from '@noble/ciphers/aes.js';
 * import { randomBytes } from '@noble/ciphers/utils.js';
 * const key = randomBytes(32);
 * const cipher = aessiv(key);
 * cipher.encrypt(new Uint8Array([1, 2, 3]));
 * ```
 */
const aessiv = /* @__PURE__ */ wrapCipher({ blockSize: 16, tagLength: 16, withAAD: true }, function aessiv(key, ...AAD) {
    // From RFC 5297: Section 6.1, 6.2, 6.3:
    const PLAIN_LIMIT = limit('plaintext', 0, 2 ** 132);
    const CIPHER_LIMIT = limit('ciphertext', 16, 2 ** 132 + 16);
    if (AAD.length > 126) {
        // RFC 5297 §2.6 / §2.7 / §7: SIV passes the plaintext as the last S2V
        // component, so callers only get 126 associated-data components.
        throw new Error('"AAD" expected <= 126 items');
    }
    AAD.forEach((aad) => utils_abytes(aad));
    utils_abytes(key);
    if (![32, 48, 64].includes(key.length))
        throw new Error('"aes key" expected Uint8Array of length 32/48/64, got length=' + key.length);
    // The key is split into equal halves, K1 = leftmost(K, len(K)/2) and
    // K2 = rightmost(K, len(K)/2).  K1 is used for S2V and K2 is used for CTR.
    // This borrows caller key/AAD buffers by reference; mutating them after
    // construction changes future encrypt/decrypt results.
    const k1 = key.subarray(0, key.length / 2);
    const k2 = key.subarray(key.length / 2);
    return {
        // {@link https://datatracker.ietf.org/doc/html/rfc5297.html#section-2.6 | RFC 5297 Section 2.6}
        encrypt(plaintext) {
            PLAIN_LIMIT(plaintext.length);
            const v = s2v(k1, [...AAD, plaintext]);
            // clear out the 31st and 63rd (rightmost) bit:
            const q = Uint8Array.from(v);
            q[8] &= 0x7f;
            q[12] &= 0x7f;
            // encrypt:
            const c = ctr(k2, q).encrypt(plaintext);
            return concatBytes(v, c);
        },
        // {@link https://datatracker.ietf.org/doc/html/rfc5297.html#section-2.7 | RFC 5297 Section 2.7}
        decrypt(ciphertext) {
            CIPHER_LIMIT(ciphertext.length);
            const v = ciphertext.subarray(0, aes_BLOCK_SIZE);
            const c = ciphertext.subarray(aes_BLOCK_SIZE);
            // clear out the 31st and 63rd (rightmost) bit:
            const q = Uint8Array.from(v);
            q[8] &= 0x7f;
            q[12] &= 0x7f;
            // decrypt:
            const p = ctr(k2, q).decrypt(c);
            // verify tag:
            const t = s2v(k1, [...AAD, p]);
            if (equalBytes(t, v)) {
                return p;
            }
            else {
                clean(p);
                throw new Error('invalid siv tag');
            }
        },
    };
});
//#endregion
/**
 * Unsafe low-level internal methods. May change at any time.
 * Callers are expected to use reviewed expanded-key outputs, pass mutable and
 * aligned 16-byte blocks where required, and treat several helpers as in-place
 * mutations of their input buffers or counters.
 */
const unsafe = /* @__PURE__ */ Object.freeze({
    expandKeyLE,
    expandKeyDecLE,
    encrypt,
    decrypt,
    encryptBlock,
    decryptBlock,
    ctrCounter,
    ctr32,
    dbl,
    xorBlock,
    xorend,
    s2v,
});
const __TESTS = /* @__PURE__ */ Object.freeze({
    incBytes: incBytes,
});

;// CONCATENATED MODULE: ./src/nts/extensions.ts
/**
 * NTS extension fields in NTP packets (RFC 8915 §5, framing of RFC 7822): build an authenticated client
 * request, and authenticate, decrypt and judge a server's reply. No I/O here. The AEAD is
 * AEAD_AES_SIV_CMAC_256 from @noble/ciphers; nothing cryptographic is written by hand.
 *
 * Parsing is bounded and never throws: a reply is bytes from anyone on the path until it authenticates.
 */



const FieldType = {
    UniqueIdentifier: 0x0104,
    NtsCookie: 0x0204,
    CookiePlaceholder: 0x0304,
    Authenticator: 0x0404,
};
const UNIQUE_ID_BYTES = 32;
const NONCE_BYTES = 16;
const TAG_BYTES = 16;
/** RFC 7822: an extension field is at least 16 bytes long and a multiple of 4. */
const MIN_FIELD_BYTES = 16;
/** RFC 8915 §5.6: the nonce area is at least 16 bytes (padding included) for AES-SIV. */
const MIN_NONCE_AREA_BYTES = 16;
/** chrony's MAX_TOTAL_COOKIE_LENGTH: cookies and placeholders stay under this, so no IP fragmentation. */
const MAX_TOTAL_COOKIE_BYTES = 8 * 108;
/** Largest NTP packet we accept (chrony's NTP_MAX_EXTENSIONS_LENGTH + header, rounded). */
const MAX_NTS_PACKET_BYTES = 1500;
function padded(n) {
    return (n + 3) & ~3;
}
/** One field: type, length, body, zero padding to a multiple of 4 and to at least `minLength`. */
function encodeExtensionField(type, body, minLength = MIN_FIELD_BYTES) {
    const length = Math.max(padded(4 + body.length), padded(minLength));
    if (length > 0xffff)
        throw new RangeError('extension field over 65535 bytes');
    const bytes = new Uint8Array(length);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, type);
    view.setUint16(2, length);
    bytes.set(body, 4);
    return bytes;
}
function extensions_concatBytes(...parts) {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
/**
 * The NTS Authenticator and Encrypted Extension Fields field (RFC 8915 §5.6) for a packet whose bytes so
 * far are `associated`: nonce and ciphertext lengths, the nonce, AES-SIV(key, associated data, nonce,
 * plaintext) where plaintext is the encrypted extension fields (none in a client request).
 */
function sealAuthenticator(associated, key, nonce, plaintext = new Uint8Array(0)) {
    const ciphertext = aessiv(key, associated, nonce).encrypt(plaintext);
    const nonceArea = Math.max(padded(nonce.length), MIN_NONCE_AREA_BYTES);
    const body = new Uint8Array(4 + nonceArea + padded(ciphertext.length));
    const view = new DataView(body.buffer);
    view.setUint16(0, nonce.length);
    view.setUint16(2, ciphertext.length);
    body.set(nonce, 4);
    body.set(ciphertext, 4 + padded(nonce.length));
    return encodeExtensionField(FieldType.Authenticator, body);
}
/** How many new cookies to ask for: refill to 8, within the size budget (chrony's NNC_GenerateRequestAuth). */
function cookiesToRequest(cookieBytes, cookiesLeft) {
    return Math.max(1, Math.min(MAX_COOKIES - cookiesLeft, Math.floor(MAX_TOTAL_COOKIE_BYTES / (cookieBytes + 4))));
}
/** A client request: the NTP header, Unique Identifier, cookie, placeholders, authenticator. */
function encodeNtsRequest(p) {
    const placeholders = cookiesToRequest(p.cookie.length, p.cookiesLeft) - 1;
    const fields = [
        encodeClientRequest(p.origin),
        encodeExtensionField(FieldType.UniqueIdentifier, p.uniqueId),
        encodeExtensionField(FieldType.NtsCookie, p.cookie),
    ];
    for (let i = 0; i < placeholders; i++) {
        fields.push(encodeExtensionField(FieldType.CookiePlaceholder, new Uint8Array(p.cookie.length)));
    }
    const associated = extensions_concatBytes(...fields);
    return extensions_concatBytes(associated, sealAuthenticator(associated, p.c2sKey, p.nonce));
}
/**
 * Splits `bytes[start..]` into extension fields that fill it exactly: each at least `minLength` bytes, a
 * multiple of 4, inside the buffer. A trailing legacy MAC is not expected in NTS and is refused.
 */
function parseExtensionFields(bytes, start, minLength = MIN_FIELD_BYTES) {
    const fields = [];
    let at = start;
    while (at < bytes.length) {
        if (bytes.length - at < 4)
            return { ok: false, reason: `${bytes.length - at} stray bytes after the extension fields` };
        const type = (bytes[at] << 8) | bytes[at + 1];
        const length = (bytes[at + 2] << 8) | bytes[at + 3];
        if (length < minLength || length % 4 !== 0) {
            return {
                ok: false,
                reason: `extension field 0x${type.toString(16).padStart(4, '0')} has invalid length ${length}`,
            };
        }
        if (at + length > bytes.length) {
            return {
                ok: false,
                reason: `extension field 0x${type.toString(16).padStart(4, '0')} runs past the end of the packet`,
            };
        }
        fields.push({ type, start: at, length, body: bytes.subarray(at + 4, at + length) });
        at += length;
    }
    return { ok: true, fields };
}
/** Checks the authenticator's framing (chrony's NNA_DecryptAuthEF) and opens it with the S2C key. */
function openAuthenticator(packet, field, key) {
    const body = field.body;
    if (body.length < 4)
        return { ok: false, reason: 'NTS authenticator too short' };
    const nonceLength = (body[0] << 8) | body[1];
    const ciphertextLength = (body[2] << 8) | body[3];
    if (nonceLength < 1 || ciphertextLength < TAG_BYTES) {
        return {
            ok: false,
            reason: `NTS authenticator with nonce ${nonceLength} and ciphertext ${ciphertextLength} bytes`,
        };
    }
    if (4 + Math.max(padded(nonceLength), MIN_NONCE_AREA_BYTES) + padded(ciphertextLength) > body.length) {
        return { ok: false, reason: 'NTS authenticator lengths do not fit the field' };
    }
    const nonce = body.subarray(4, 4 + nonceLength);
    const ciphertext = body.subarray(4 + padded(nonceLength), 4 + padded(nonceLength) + ciphertextLength);
    try {
        return { ok: true, plaintext: aessiv(key, packet.subarray(0, field.start), nonce).decrypt(ciphertext) };
    }
    catch {
        return { ok: false, reason: 'NTS authenticator does not verify (forged or altered reply, or wrong key)' };
    }
}
function extensions_equalBytes(a, b) {
    if (a.length !== b.length)
        return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++)
        diff |= a[i] ^ b[i];
    return diff === 0;
}
const NTS_NAK = [0x4e, 0x54, 0x53, 0x4e]; // 'NTSN'
/**
 * Judges the NTS part of a reply (after chrony's NNC_CheckResponseAuth): the fields must parse, our
 * Unique Identifier must be echoed, the authenticator must be the last field and verify with the S2C
 * key over the header and every field before it, and the encrypted fields must hold at least one usable
 * cookie. The NTP header's own tests (origin, stratum, …) are checkReply's job, on the same bytes.
 */
function checkNtsReply(bytes, uniqueId, s2cKey) {
    if (bytes.length < NTP_PACKET_BYTES)
        return { kind: 'rejected', reason: `short packet (${bytes.length} bytes)` };
    if (bytes.length > MAX_NTS_PACKET_BYTES)
        return { kind: 'rejected', reason: `packet of ${bytes.length} bytes is too long` };
    if (s2cKey.length !== AEAD_KEY_BYTES)
        return { kind: 'rejected', reason: 'no S2C key' };
    if (bytes.length === NTP_PACKET_BYTES)
        return { kind: 'rejected', reason: 'reply has no NTS extension fields (not authenticated)' };
    if (((bytes[0] >> 3) & 7) !== 4)
        return { kind: 'rejected', reason: 'extension fields in a packet that is not NTPv4' };
    const parsed = parseExtensionFields(bytes, NTP_PACKET_BYTES);
    if (!parsed.ok)
        return { kind: 'rejected', reason: parsed.reason };
    let uniqueIdSeen = false;
    let plaintext;
    for (const field of parsed.fields) {
        if (field.type === FieldType.UniqueIdentifier) {
            if (!extensions_equalBytes(field.body, uniqueId)) {
                return {
                    kind: 'rejected',
                    reason: 'Unique Identifier does not match our request (stale, replayed or forged reply)',
                };
            }
            uniqueIdSeen = true;
        }
        else if (field.type === FieldType.Authenticator) {
            if (field.start + field.length !== bytes.length) {
                return { kind: 'rejected', reason: 'NTS authenticator is not the last extension field' };
            }
            const opened = openAuthenticator(bytes, field, s2cKey);
            if (!opened.ok)
                return { kind: 'rejected', reason: opened.reason };
            plaintext = opened.plaintext;
        }
        // Unencrypted cookies and unknown fields are ignored, as RFC 7822 asks for unknown fields.
    }
    if (!uniqueIdSeen)
        return { kind: 'rejected', reason: 'reply does not echo our Unique Identifier' };
    if (!plaintext) {
        // The NAK is unauthenticated by nature; echoing our identifier shows it answers this request.
        const isNak = bytes[1] === 0 && NTS_NAK.every((b, i) => bytes[12 + i] === b);
        return isNak
            ? { kind: 'nak' }
            : { kind: 'rejected', reason: 'reply has no NTS authenticator (not authenticated)' };
    }
    const inner = parseExtensionFields(plaintext, 0, 4);
    if (!inner.ok)
        return { kind: 'rejected', reason: `encrypted fields: ${inner.reason}` };
    const cookies = inner.fields
        .filter((f) => f.type === FieldType.NtsCookie && f.length >= MIN_FIELD_BYTES)
        .map((f) => f.body.slice())
        .filter((c) => c.length >= MIN_COOKIE_BYTES && c.length <= MAX_COOKIE_BYTES);
    if (cookies.length === 0)
        return { kind: 'rejected', reason: 'authenticated reply carries no new cookie' };
    return { kind: 'authentic', cookies };
}
/** For tests and test servers: a reply's NTS part, given the header and the keys. */
function encodeNtsReply(header, uniqueId, cookies, s2cKey, nonce) {
    const associated = extensions_concatBytes(header, encodeExtensionField(FieldType.UniqueIdentifier, uniqueId));
    const plaintext = extensions_concatBytes(...cookies.map((c) => encodeExtensionField(FieldType.NtsCookie, c)));
    return extensions_concatBytes(associated, sealAuthenticator(associated, s2cKey, nonce, plaintext));
}

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
 * The first AES-SIV run in a process builds the cipher's tables and compiles its code, milliseconds that
 * would land inside some source's round trip (this one's, or another's sharing the event loop). So,
 * once per process, a reply is sealed and opened before any request is timed.
 */
let aeadWarmedUp = false;
function warmUpAead() {
    if (aeadWarmedUp)
        return;
    aeadWarmedUp = true;
    const key = new Uint8Array(32);
    const id = new Uint8Array(UNIQUE_ID_BYTES);
    const header = encodeNtsRequest({
        origin: randomTimestamp(),
        uniqueId: id,
        cookie: new Uint8Array(16),
        cookiesLeft: 7,
        c2sKey: key,
        nonce: new Uint8Array(NONCE_BYTES),
    }).subarray(0, 48);
    checkNtsReply(encodeNtsReply(header, id, [new Uint8Array(16)], key, new Uint8Array(NONCE_BYTES)), id, key);
}
function ntsSource(server, options = {}) {
    const clock = options.clock ?? systemClock;
    const minIntervalMs = options.minRequestIntervalMs ?? 2000;
    const maxRequests = options.maxRequests ?? 4;
    const maxKe = options.maxKeyEstablishments ?? 3;
    let requests = 0;
    let keRuns = 0;
    let lastRequestAt = -Infinity;
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
        last = {
            kind: 'nts',
            target: server.label,
            authenticated: true,
            requests,
            ...(ntpAddress ? { address: formatAddress(ntpAddress.address, ntpAddress.port) } : {}),
            ...(best ? { sample: best } : {}),
            details: details(),
            ...r,
        };
        if (best && r.status !== 'kod') {
            last.status = 'ok';
            delete last.reason;
        }
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
        const r = await resolveHost(session.ntpHost, signal);
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
    async function measure(signal) {
        if (stopped)
            return last;
        // One NAK (the server lost its keys, e.g. restarted) is answered with new keys, once per measurement.
        for (let attempt = 0; attempt < 2; attempt++) {
            const failed = await ensureSession(signal);
            if (failed)
                return failed;
            await warmUp(clock);
            warmUpAead();
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
    function exchange(s, to, signal) {
        return new Promise((resolve) => {
            const socket = (0,external_node_dgram_namespaceObject.createSocket)(to.family === 6 ? 'udp6' : 'udp4');
            const outstanding = [];
            let lastRejection;
            let strays = 0;
            let sent = 0;
            let finished = false;
            let resendTimer;
            const abortController = new AbortController();
            const end = (e) => {
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
                resolve(e);
            };
            const finish = (r) => end({ kind: 'result', result: r });
            const onAbort = () => {
                if (lastRejection) {
                    finish(result({ status: 'rejected', reason: `every reply was rejected: ${lastRejection}` }));
                }
                else {
                    const noun = requests === 1 ? 'request' : 'requests';
                    finish(result({
                        status: 'timeout',
                        reason: `no reply to ${requests} NTS ${noun} sent to ${formatAddress(to.address, to.port)} before the deadline` +
                            (strays > 0 ? ` (${strays} packets from other addresses ignored)` : '') +
                            (s.certificateDates
                                ? `; note: ${describeCertificateSkew(s.certificateDates, clock.nowMs())}`
                                : ''),
                    }));
                }
            };
            if (signal.aborted)
                return onAbort();
            signal.addEventListener('abort', onAbort, { once: true });
            const send = async () => {
                await sleep(lastRequestAt + minIntervalMs - monotonicMs(), abortController.signal);
                if (finished)
                    return;
                const cookie = s.cookies.shift();
                if (!cookie)
                    return; // Wait for the replies already asked for; the deadline ends the wait.
                const origin = randomTimestamp();
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
                sent += 1;
                lastRequestAt = monotonicMs();
                const t1 = clock.nowMs();
                outstanding.push({ t1, origin, uniqueId });
                socket.send(request, (error) => {
                    if (error)
                        finish(result({ status: 'error', reason: `could not send: ${errorCode(error)}` }));
                });
                if (sent < maxRequests)
                    resendTimer = setTimeout(() => void send(), minIntervalMs);
            };
            socket.on('message', (bytes, rinfo) => {
                const t4 = clock.nowMs();
                if (rinfo.address !== to.address || rinfo.port !== to.port) {
                    strays += 1;
                    return;
                }
                const packet = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
                let nts;
                let request;
                for (const o of outstanding) {
                    nts = checkNtsReply(packet, o.uniqueId, s.s2cKey);
                    if (nts.kind === 'rejected' && nts.reason.startsWith('Unique Identifier does not match'))
                        continue;
                    request = o;
                    break;
                }
                if (!nts || !request) {
                    lastRejection =
                        'Unique Identifier does not match any request we sent (stale, replayed or forged reply)';
                    return;
                }
                if (nts.kind === 'rejected') {
                    lastRejection = nts.reason;
                    return;
                }
                if (nts.kind === 'nak') {
                    const header = checkReply(packet, request.origin);
                    // Even a NAK must answer our request: its origin must be ours.
                    if (header.kind === 'kiss-of-death')
                        return end({ kind: 'nak' });
                    lastRejection = `NTS NAK that fails the header tests (${header.kind === 'rejected' ? header.reason : 'not a KoD'})`;
                    return;
                }
                const check = checkReply(packet, request.origin);
                if (check.kind === 'rejected') {
                    lastRejection = check.reason;
                    return;
                }
                // Only authenticated replies reach here: a Kiss-o'-Death now really comes from the server.
                outstanding.splice(outstanding.indexOf(request), 1);
                for (const c of nts.cookies)
                    if (s.cookies.length < MAX_COOKIES)
                        s.cookies.push(c);
                if (check.kind === 'kiss-of-death') {
                    if (check.stop)
                        stopped = true;
                    finish(result({
                        status: 'kod',
                        stratum: 0,
                        refId: check.code,
                        reason: check.stop
                            ? `Kiss-o'-Death ${check.code} (authenticated): the server asks not to be queried; not asked again this run`
                            : `Kiss-o'-Death ${check.code || '(no code)'} (authenticated): the server gave no time`,
                    }));
                    return;
                }
                const sample = sampleFromReply(check.packet, request.t1, t4);
                const contradiction = certificateContradiction(sample);
                if (contradiction) {
                    stopped = true;
                    finish(result({ status: 'rejected', reason: contradiction }));
                    return;
                }
                if (!best || sample.boundMs < best.boundMs)
                    best = sample;
                finish(result({ status: 'ok', stratum: check.packet.stratum, refId: refIdOf(check.packet) }));
            });
            socket.on('error', (error) => {
                const code = errorCode(error);
                const reason = code === 'ECONNREFUSED'
                    ? `connection refused: nothing answers NTP on ${formatAddress(to.address, to.port)} (the port NTS-KE named)`
                    : code === 'ENETUNREACH' || code === 'EHOSTUNREACH'
                        ? `network unreachable (${code})`
                        : `socket error ${code}`;
                if (code === 'ECONNREFUSED')
                    stopped = true;
                finish(result({ status: 'error', reason }));
            });
            socket.connect(to.port, to.address, () => void send());
        });
    }
    return {
        kind: 'nts',
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
;// CONCATENATED MODULE: ./src/aws/proxy.ts
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
 * The agent tunnels with CONNECT (https-proxy-agent, as aws-actions/configure-aws-credentials does), so TLS
 * runs end to end between this process and AWS and a proxy cannot forge or cache the answer.
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
    if ((0,external_node_net_namespaceObject.isIP)(h) === 4)
        return h.startsWith('127.');
    if ((0,external_node_net_namespaceObject.isIP)(h) === 6)
        return h === '::1' || /^::ffff:127\./.test(h);
    return false;
}
function matchesCidr(host, entry) {
    const m = /^(.+)\/(\d{1,3})$/.exec(entry);
    if (!m)
        return false;
    const [, net, bitsText] = m;
    const family = (0,external_node_net_namespaceObject.isIP)(net);
    const hostFamily = (0,external_node_net_namespaceObject.isIP)(host);
    if (family === 0 || hostFamily !== family)
        return false;
    const bits = Number(bitsText);
    if (bits > (family === 4 ? 32 : 128))
        return false;
    const list = new external_node_net_namespaceObject.BlockList();
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
        else if ((0,external_node_net_namespaceObject.isIP)(entry) !== 6 && !entry.includes('/')) {
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
        if ((0,external_node_net_namespaceObject.isIP)(name) !== 0 || (0,external_node_net_namespaceObject.isIP)(h) !== 0) {
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
function parseProxyUrl(text) {
    const t = text.trim();
    // `proxy.corp:3128` without a scheme is common in the wild; curl reads it as http://.
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `http://${t}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        return `'${redactProxy(t)}' is not a URL`;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return `${url.protocol.replace(/:$/, '')} proxies are not supported (only http:// and https:// proxies)`;
    }
    if (!url.hostname)
        return `'${redactProxy(t)}' has no host`;
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
/** The proxy URL without user name or password, for reports and logs. */
function redactProxy(text) {
    const s = String(text);
    try {
        const u = new URL(s);
        if (u.username || u.password) {
            u.username = '';
            u.password = '';
            return u.href.replace(/\/$/, '') + ' (credentials hidden)';
        }
        return u.href.replace(/\/$/, '');
    }
    catch {
        return s.replace(/\/\/[^@/]*@/, '//***@');
    }
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
 * Loaded lazily: https-proxy-agent is imported only when a proxy is in use.
 */
async function agentFor(target, choice, options = {}) {
    const keepAlive = options.keepAlive ?? true;
    const common = { keepAlive, maxSockets: 1, timeout: 15_000, ...(options.ca ? { ca: options.ca } : {}) };
    if (choice.kind === 'proxy') {
        const { HttpsProxyAgent } = await __nccwpck_require__.e(/* import() */ 659).then(__nccwpck_require__.bind(__nccwpck_require__, 7659));
        const ca = options.ca;
        // The constructor's options reach only the connection to the proxy; the TLS session with AWS
        // through the tunnel takes the request's options, so extra CAs go there.
        class TunnelAgent extends HttpsProxyAgent {
            connect(req, opts) {
                return super.connect(req, ca ? { ...opts, ca } : opts);
            }
        }
        return new TunnelAgent(choice.url, {
            keepAlive,
            maxSockets: 1,
            timeout: 15_000,
        });
    }
    return target.protocol === 'https:' ? new external_node_https_.Agent(common) : new external_node_http_.Agent(common);
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by a unit test; bundled, so dist/ needs no package.json. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/sources/date-bounds.ts
const DATE_RESOLUTION_MS = 1000;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * An HTTP-date (RFC 9110 §5.6.7) to Unix ms: IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`, and the two
 * obsolete forms recipients must accept (RFC 850 `Sunday, 06-Nov-94 08:49:37 GMT`, asctime
 * `Sun Nov  6 08:49:37 1994`). Undefined for anything else.
 */
function parseHttpDate(text) {
    const t = text.trim();
    let parts;
    let m;
    if ((m = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}:\d{2}:\d{2}) GMT$/i.exec(t))) {
        parts = { day: m[1], mon: m[2], year: Number(m[3]), time: m[4] };
    }
    else if ((m = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}:\d{2}:\d{2}) GMT$/i.exec(t))) {
        // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
        const yy = Number(m[3]);
        const year = 2000 + yy > new Date().getUTCFullYear() + 50 ? 1900 + yy : 2000 + yy;
        parts = { day: m[1], mon: m[2], year, time: m[4] };
    }
    else if ((m = /^[a-z]{3} ([a-z]{3}) ([ \d]\d) (\d{2}:\d{2}:\d{2}) (\d{4})$/i.exec(t))) {
        parts = { day: m[2], mon: m[1], year: Number(m[4]), time: m[3] };
    }
    if (!parts)
        return undefined;
    const month = MONTHS.indexOf(parts.mon.toLowerCase());
    const day = Number(parts.day.trim());
    const [h, mi, s] = parts.time.split(':').map(Number);
    if (month < 0 || day < 1 || day > 31 || h > 23 || mi > 59 || s > 60)
        return undefined;
    // A leap second (:60) is the last instant of its minute; at 1-second resolution it reads as :59.
    const ms = Date.UTC(parts.year, month, day, h, mi, Math.min(s, 59));
    return new Date(ms).getUTCDate() === day ? ms : undefined;
}
/** The offset interval one exchange allows: [D − T4, D + 1 s − T1]. */
function boundsFromExchange(dateMs, t1Ms, t4Ms) {
    return { lowMs: dateMs - t4Ms, highMs: dateMs + DATE_RESOLUTION_MS - t1Ms };
}
/** The common part of two intervals, or undefined when they do not meet (the server's clock jumped). */
function intersectBounds(a, b) {
    const lowMs = Math.max(a.lowMs, b.lowMs);
    const highMs = Math.min(a.highMs, b.highMs);
    return lowMs <= highMs ? { lowMs, highMs } : undefined;
}
function widthMs(b) {
    return b.highMs - b.lowMs;
}
/** The sample a source reports: the middle of the interval, ± half its width. */
function sampleFromBounds(b, delayMs, atMs) {
    return { offsetMs: (b.lowMs + b.highMs) / 2, boundMs: (b.highMs - b.lowMs) / 2, delayMs, atMs };
}
/** Signed offsets at which a verdict changes: ±warn-offset and ±max-offset. */
function thresholdOffsets(thresholdsMs) {
    const positive = [...new Set(thresholdsMs.filter((t) => t > 0))];
    return positive.flatMap((t) => [t, -t]).sort((x, y) => x - y);
}
/**
 * The runner time at which to send so that, if θ = split, the server stamps the request on a second
 * boundary: the stamp happens about `leadMs` after sending (RTT/2), at runner time ts with
 * (ts + split) ≡ 0 mod 1 s. The earliest such time not before `earliestMs`.
 */
function sendTimeFor(splitMs, leadMs, earliestMs) {
    const phase = mod(-splitMs - leadMs, DATE_RESOLUTION_MS);
    let t = earliestMs - mod(earliestMs, DATE_RESOLUTION_MS) + phase;
    while (t < earliestMs)
        t += DATE_RESOLUTION_MS;
    return t;
}
/**
 * The next request. `marginMs` is how far beside a threshold τ a split must lie for one answer to clear
 * it (a little more than RTT/2). Candidates are τ + margin (clears τ when θ is above) and τ − margin
 * (clears it when θ is below), for every threshold still inside the interval.
 *
 * Waiting for a phase costs up to a second, far more than a round trip, so the candidate whose send
 * time comes first wins. As time passes the split a request would make sweeps downward through the
 * interval, one full pass per second; right after the first request it stands at the top of that
 * request's interval. So τ + margin, then τ − margin 2·margin later, then the next threshold below: every
 * threshold is settled within about a second of the first answer, unless the offset lies within a round
 * trip of it. Without thresholds inside, bisect at the middle (htpdate's way).
 */
function nextAim(b, thresholds, marginMs, leadMs, earliestMs) {
    let best;
    for (const tau of thresholds) {
        if (tau <= b.lowMs || tau >= b.highMs)
            continue;
        // Close to an edge, split halfway to it instead: the answer then narrows the interval toward τ.
        const above = tau + Math.min(marginMs, (b.highMs - tau) / 2);
        const below = tau - Math.min(marginMs, (tau - b.lowMs) / 2);
        for (const splitMs of [above, below]) {
            // An answer moves a bound to about split ∓ lead: a split within a lead of an edge teaches nothing.
            if (splitMs <= b.lowMs + leadMs || splitMs >= b.highMs - leadMs)
                continue;
            const sendAtMs = sendTimeFor(splitMs, leadMs, earliestMs);
            if (!best || sendAtMs < best.sendAtMs)
                best = { splitMs, sendAtMs, purpose: 'threshold' };
        }
    }
    if (best)
        return best;
    const splitMs = (b.lowMs + b.highMs) / 2;
    return { splitMs, sendAtMs: sendTimeFor(splitMs, leadMs, earliestMs), purpose: 'bisect' };
}
function mod(x, m) {
    return ((x % m) + m) % m;
}
/** Whether any threshold still lies strictly inside the interval. */
function straddlesAny(b, thresholds) {
    return thresholds.some((t) => t > b.lowMs && t < b.highMs);
}
/**
 * Why a response is not a sample of the server's clock, or undefined when it is. A cached response carries
 * the Date of when the origin made it (RFC 9111 §5.1: caches pass Date on and add Age), so it can be
 * arbitrarily old; the AWS SDK ignores such responses for the same reason.
 */
function cacheReason(headers) {
    const get = (name) => {
        const v = headers[name];
        return Array.isArray(v) ? v.join(', ') : v;
    };
    const age = get('age');
    if (age !== undefined)
        return `the response came from a cache (Age: ${age}): its Date is when the origin made it, not the server's clock now`;
    for (const name of ['x-cache', 'cf-cache-status', 'x-cache-status', 'x-proxy-cache', 'x-cache-lookup']) {
        const v = get(name);
        if (v !== undefined && /\bhit\b/i.test(v) && !/\bmiss\b/i.test(v.split(',')[0] ?? '')) {
            return `the response is a cache hit (${name}: ${v}): its Date is when the origin made it, not the server's clock now`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sources/http-failure.ts
/**
 * Why an HTTPS request to a time reference failed, in words, from Node's error. Pure.
 *
 * Certificate validity errors are clock evidence in their own right: "not yet valid" means this runner's
 * clock reads earlier than the certificate's start (the runner is behind, unless the certificate is
 * minutes old), "expired" that it reads later than its end (the runner is ahead, unless the certificate
 * really expired). The message says so, with the dates when the certificate could be read.
 */


const UNTRUSTED = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'CERT_UNTRUSTED',
    'CERT_SIGNATURE_FAILURE',
    'CERT_REVOKED',
]);
function describeHttpFailure(error, ctx) {
    const code = errorCode(error);
    const message = error instanceof Error ? error.message : String(error);
    const via = ctx.proxy ? ` (through the proxy ${ctx.proxy})` : '';
    if (code === 'CERT_NOT_YET_VALID' || code === 'CERT_HAS_EXPIRED')
        return certificateTime(code, ctx);
    if (UNTRUSTED.has(code)) {
        return {
            kind: 'error',
            permanent: true,
            message: `TLS: the certificate ${ctx.host} presented is not trusted (${code})${via}. ` +
                'A proxy or firewall that intercepts TLS would do this: give Node its CA with NODE_EXTRA_CA_CERTS.',
        };
    }
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        return {
            kind: 'error',
            permanent: true,
            message: `TLS: the certificate presented does not name ${ctx.host}${via} (${message})`,
        };
    }
    if (code === 'EPROTO' || code.startsWith('ERR_SSL_') || /wrong version number|handshake/i.test(message)) {
        return {
            kind: 'error',
            permanent: true,
            message: `TLS handshake with ${ctx.host} failed${via}: ${message}. Is this an https endpoint?`,
        };
    }
    if (code.startsWith('HPE_')) {
        return {
            kind: 'error',
            permanent: true,
            message: `${ctx.host} did not answer in HTTP (${code}): garbage or another protocol on that port`,
        };
    }
    if (code === 'ECONNREFUSED') {
        return {
            kind: 'error',
            permanent: true,
            message: ctx.proxy
                ? `could not reach the proxy ${ctx.proxy}: connection refused`
                : `connection refused by ${ctx.host}: nothing listens there`,
        };
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        const host = ctx.proxy ? `the proxy ${ctx.proxy}` : ctx.host;
        return {
            kind: 'error',
            permanent: code === 'ENOTFOUND',
            message: code === 'ENOTFOUND'
                ? `DNS lookup of ${host} failed: no such host`
                : `DNS lookup of ${host} failed: the DNS server did not answer (temporary failure)`,
        };
    }
    if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/i.test(message)) {
        return { kind: 'error', message: `${ctx.host} closed the connection without an answer${via}` };
    }
    if (code === 'ETIMEDOUT')
        return { kind: 'timeout', message: `connecting to ${ctx.host} timed out${via}` };
    if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') {
        return { kind: 'error', message: `network unreachable (${code}) on the way to ${ctx.host}${via}` };
    }
    return {
        kind: 'error',
        message: `request to ${ctx.host} failed${via}: ${code === message ? message : `${code}: ${message}`}`,
    };
}
function certificateTime(code, ctx) {
    const notYet = code === 'CERT_NOT_YET_VALID';
    const edgeText = notYet ? ctx.peerCertificate?.validFrom : ctx.peerCertificate?.validTo;
    const edgeMs = edgeText ? Date.parse(edgeText) : NaN;
    const known = Number.isFinite(edgeMs);
    // Not yet valid: true time ≥ notBefore > runner time, so offset ≥ notBefore − now (behind).
    // Expired: true time ≤ notAfter < runner time, so offset ≤ notAfter − now (ahead).
    const skewMs = known ? edgeMs - ctx.nowMs : undefined;
    const dated = known
        ? ` (${notYet ? 'valid from' : 'valid until'} ${new Date(edgeMs).toISOString()}, ${humanDuration(skewMs)} ${notYet ? 'after' : 'before'} this runner's clock)`
        : '';
    const message = notYet
        ? `TLS: the certificate of ${ctx.host} is not yet valid by this runner's clock${dated}. ` +
            `That is evidence of clock skew: the runner's clock is behind${known ? ` by at least ${describeOffset(skewMs).replace(/ behind$/, '')}` : ''}, unless the certificate was issued moments ago.`
        : `TLS: the certificate of ${ctx.host} has expired by this runner's clock${dated}. ` +
            `That is evidence of clock skew: the runner's clock is ahead${known ? ` by at least ${humanDuration(skewMs)}` : ''}, unless the certificate really expired.`;
    return {
        kind: 'error',
        permanent: true,
        message,
        ...(skewMs !== undefined ? { certificateSkewMs: skewMs } : {}),
    };
}

;// CONCATENATED MODULE: ./src/sources/https-date.ts
/**
 * A web server's Date header as a time source: AWS's regional STS endpoint by default, over TLS (so the
 * Date is authenticated by the server's certificate), through the environment's proxy if any.
 *
 * The first measurement is one HEAD request: ±(0.5 s + RTT/2). Later measurements, which the measurement
 * loop asks for only while the verdict straddles a threshold, aim each request at a sub-second phase so
 * that its Date tells on which side of a chosen split the offset lies (see date-bounds.ts), and intersect
 * the intervals. One keep-alive connection, so that successive Dates come from one server's clock and
 * a request costs one round trip.
 */










/** One refinement call stops starting requests after this long (a full sweep of the phase is 1 s). */
const REFINEMENT_BUDGET_MS = 1200;
/** Runner-clock waits shorter than this are spun (on setImmediate) rather than left to a timer's lateness. */
const SPIN_MS = 15;
/** A send this much past its aim still counts as on time (the margin absorbs it). */
const LATE_TOLERANCE_MS = 3;
/** Below two round trips plus this, the Date cannot narrow the interval any further. */
const MIN_WIDTH_MS = 4;
/** Beyond the measured round trips: a busy runner's scheduling jitter. */
const JITTER_SLACK_MS = 8;
function httpsDateSource(target, options = {}) {
    const clock = options.clock ?? systemClock;
    const url = target.url;
    const label = target.label ?? url.host;
    const tls = url.protocol === 'https:';
    const choice = options.proxy ?? chooseProxy(url, options.env ?? process.env);
    const thresholds = thresholdOffsets(options.thresholdsMs ?? []);
    const maxRequests = options.maxRequests ?? 12;
    const perRefinement = options.requestsPerRefinement ?? 6;
    let agent;
    let bounds;
    let requests = 0;
    let minRttMs = Infinity;
    let maxRttMs = 0;
    let lastT4Ms = 0;
    let inconsistent = 0;
    let stopped = false;
    let address;
    let httpStatus;
    let last = {
        kind: 'https-date',
        target: label,
        status: 'skipped',
        authenticated: false,
        requests: 0,
    };
    const details = () => ({
        url: url.href,
        proxy: describeProxy(choice),
        tls,
        ...(httpStatus !== undefined ? { httpStatus } : {}),
        ...(bounds ? { lowMs: round3(bounds.lowMs), highMs: round3(bounds.highMs) } : {}),
        ...(inconsistent > 0 ? { inconsistentDates: inconsistent } : {}),
    });
    const result = (r) => {
        last = {
            kind: 'https-date',
            target: label,
            authenticated: tls,
            requests,
            ...(address ? { address } : {}),
            ...(bounds ? { sample: sampleFromBounds(bounds, minRttMs, lastT4Ms) } : {}),
            details: details(),
            ...r,
        };
        // A source that answered keeps its sample when a later refinement fails.
        if (bounds) {
            last.status = 'ok';
            delete last.reason;
        }
        return last;
    };
    function absorb(e) {
        const rtt = e.t4Ms - e.t1Ms;
        maxRttMs = Math.max(maxRttMs, rtt);
        minRttMs = Math.min(minRttMs, rtt);
        lastT4Ms = e.t4Ms;
        httpStatus = e.httpStatus;
        if (e.address)
            address = e.address;
        const b = boundsFromExchange(e.dateMs, e.t1Ms, e.t4Ms);
        if (!bounds) {
            bounds = b;
            return;
        }
        const both = intersectBounds(bounds, b);
        if (both)
            bounds = both;
        else {
            // The server's clock jumped between two answers (or a different server answered): trust the newest.
            inconsistent += 1;
            bounds = b;
        }
    }
    function exchange(signal, retryOnStale = true) {
        return new Promise((resolve) => {
            let done = false;
            let proxyStatus;
            let socket;
            const finish = (o) => {
                if (done)
                    return;
                done = true;
                signal.removeEventListener('abort', onAbort);
                // A failed exchange leaves nothing worth keeping alive on that connection.
                if (!o.ok)
                    req.destroy();
                resolve(o);
            };
            const onAbort = () => {
                finish({
                    ok: false,
                    failure: { kind: 'timeout', message: 'no answer before the deadline' },
                    timedOut: true,
                    permanent: false,
                });
            };
            requests += 1;
            let t1Ms = clock.nowMs();
            const req = (tls ? external_node_https_.request : external_node_http_.request)(url, {
                method: 'HEAD',
                agent: agent,
                headers: {
                    'user-agent': `clock-preflight/${VERSION}`,
                    'cache-control': 'no-cache',
                    pragma: 'no-cache',
                },
            });
            if (signal.aborted)
                return onAbort();
            signal.addEventListener('abort', onAbort, { once: true });
            req.on('proxyConnect', (connect) => (proxyStatus = connect));
            req.on('socket', (s) => {
                socket = s;
                // A new connection sends the request only once it is up: the server cannot stamp it before.
                const mark = () => (t1Ms = clock.nowMs());
                if (s instanceof external_node_tls_namespaceObject.TLSSocket)
                    s.once('secureConnect', mark);
                else if (s.connecting)
                    s.once('connect', mark);
            });
            req.on('response', (res) => {
                const t4Ms = clock.nowMs();
                res.resume();
                if (proxyStatus && proxyStatus.statusCode !== 200) {
                    return finish({
                        ok: false,
                        failure: {
                            kind: 'proxy-refused',
                            message: `the proxy ${redactProxy(choice.url)} answered CONNECT ${url.host} with ${proxyStatus.statusCode} ${proxyStatus.statusText}`.trim(),
                        },
                        timedOut: false,
                        permanent: false,
                    });
                }
                const remote = socket?.remoteAddress;
                const exchangeAddress = choice.kind === 'direct' && remote && socket?.remotePort
                    ? formatAddress(remote, socket.remotePort)
                    : undefined;
                const cached = cacheReason(res.headers);
                if (cached) {
                    return finish({
                        ok: false,
                        failure: { kind: 'rejected', message: cached },
                        timedOut: false,
                        permanent: true,
                    });
                }
                const dateText = res.headers.date;
                if (dateText === undefined) {
                    return finish({
                        ok: false,
                        failure: {
                            kind: 'rejected',
                            message: `HTTP ${res.statusCode} without a Date header: this server gives no time`,
                        },
                        timedOut: false,
                        permanent: true,
                    });
                }
                const dateMs = parseHttpDate(dateText);
                if (dateMs === undefined) {
                    return finish({
                        ok: false,
                        failure: { kind: 'rejected', message: `unreadable Date header '${dateText.slice(0, 60)}'` },
                        timedOut: false,
                        permanent: true,
                    });
                }
                finish({
                    ok: true,
                    exchange: {
                        t1Ms,
                        t4Ms,
                        dateMs,
                        httpStatus: res.statusCode ?? 0,
                        ...(exchangeAddress ? { address: exchangeAddress } : {}),
                    },
                });
            });
            req.on('error', (error) => {
                if (done)
                    return;
                const code = errorCode(error);
                // A kept-alive connection the server had closed: try once more on a fresh one.
                if (retryOnStale && req.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE')) {
                    done = true;
                    signal.removeEventListener('abort', onAbort);
                    requests -= 1;
                    void exchange(signal, false).then(resolve);
                    return;
                }
                const failure = describeHttpFailure(error, {
                    host: url.host,
                    proxy: choice.kind === 'proxy' ? redactProxy(choice.url) : undefined,
                    nowMs: clock.nowMs(),
                    peerCertificate: peerCertificateOf(socket),
                });
                finish({
                    ok: false,
                    failure,
                    timedOut: failure.kind === 'timeout',
                    permanent: failure.permanent ?? false,
                });
            });
            req.end();
        });
    }
    async function once(signal) {
        const o = await exchange(signal);
        if (o.ok) {
            absorb(o.exchange);
            return undefined;
        }
        if (o.permanent)
            stopped = true;
        const status = o.timedOut ? 'timeout' : o.failure.kind === 'rejected' ? 'rejected' : 'error';
        return result({ status, reason: o.failure.message });
    }
    function canRefine() {
        if (stopped || !bounds || requests >= maxRequests)
            return false;
        return widthMs(bounds) > 2 * minRttMs + MIN_WIDTH_MS;
    }
    async function measure(signal) {
        if (stopped)
            return last;
        if (choice.kind === 'invalid') {
            stopped = true;
            return result({ status: 'error', reason: `cannot use the proxy: ${choice.reason}` });
        }
        agent ??= await agentFor(url, choice, options.ca ? { ca: options.ca } : {});
        if (!bounds) {
            const failed = await once(signal);
            return failed ?? result({ status: 'ok' });
        }
        // Settle every threshold inside the interval in this call (they pass by within about a second); with
        // none inside, one bisection step.
        const startedMs = clock.nowMs();
        const clearing = straddlesAny(bounds, thresholds);
        let sent = 0;
        while (sent < perRefinement && !signal.aborted && canRefine()) {
            const nowMs = clock.nowMs();
            const aim = nextAim(bounds, thresholds, aimMargin(minRttMs, maxRttMs), minRttMs / 2, nowMs - LATE_TOLERANCE_MS);
            if (sent > 0 && (aim.purpose !== 'threshold' || aim.sendAtMs - startedMs > REFINEMENT_BUDGET_MS))
                break;
            if (aim.sendAtMs > nowMs + SPIN_MS) {
                // Sleep most of the way, then plan again: a timer that fires late must not send at a wrong phase.
                await sleep(aim.sendAtMs - nowMs - SPIN_MS, signal);
                continue;
            }
            while (!signal.aborted && clock.nowMs() < aim.sendAtMs)
                await new Promise((r) => setImmediate(r));
            if (signal.aborted)
                break;
            sent += 1;
            const failed = await once(signal);
            if (failed)
                return failed;
            if (!clearing || !straddlesAny(bounds, thresholds))
                break;
        }
        return result({ status: 'ok' });
    }
    return {
        kind: 'https-date',
        target: label,
        measure,
        canRefine,
    };
}
/**
 * How far beside a threshold to split. The request reaches the server at least half the fastest round
 * trip after it leaves (the lead we aim with), and its answer is back at most the slowest round trip after
 * it left, so the stamp lies within maxRtt − minRtt/2 of the aim; plus slack for timer and scheduling
 * jitter on a busy runner.
 */
function aimMargin(minRttMs, maxRttMs) {
    return maxRttMs - minRttMs / 2 + maxRttMs / 4 + JITTER_SLACK_MS;
}
function round3(x) {
    return Math.round(x * 1000) / 1000;
}
function peerCertificateOf(socket) {
    if (!(socket instanceof external_node_tls_namespaceObject.TLSSocket))
        return undefined;
    try {
        const cert = socket.getPeerCertificate();
        if (!cert || !cert.valid_from)
            return undefined;
        return { validFrom: cert.valid_from, validTo: cert.valid_to };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/aws/endpoint.ts
/**
 * The STS endpoint a region's AWS tools talk to, resolved as @aws-sdk/client-sts resolves it, so that the
 * Date check and the signed check ask the same clock the user's next step will be judged by.
 *
 * Order, as in the SDKs: `AWS_ENDPOINT_URL_STS`, then `AWS_ENDPOINT_URL` (both ignored when
 * `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`), then the regional endpoint of the region's partition.
 * Regional endpoints, never the legacy global sts.amazonaws.com: the SDK v3 and current CLIs default to
 * regional, and that is the host whose clock signs off on the user's requests.
 *
 * The partition table is the SDK's own (`@aws-sdk/core` util-endpoints partitions.json, v1.1): a region
 * belongs to the first partition whose regex matches it, else to `aws`. Endpoint URL shapes follow the
 * STS endpoint ruleset in @aws-sdk/client-sts, including FIPS (`AWS_USE_FIPS_ENDPOINT`) and dual-stack
 * (`AWS_USE_DUALSTACK_ENDPOINT`). A unit test compares every case with the SDK's resolver.
 */
const DEFAULT_REGION = 'us-east-1';
const PARTITIONS = [
    {
        id: 'aws',
        dnsSuffix: 'amazonaws.com',
        dualStackDnsSuffix: 'api.aws',
        regionRegex: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/,
    },
    {
        id: 'aws-cn',
        dnsSuffix: 'amazonaws.com.cn',
        dualStackDnsSuffix: 'api.amazonwebservices.com.cn',
        regionRegex: /^cn-\w+-\d+$/,
    },
    {
        id: 'aws-eusc',
        dnsSuffix: 'amazonaws.eu',
        dualStackDnsSuffix: 'api.amazonwebservices.eu',
        regionRegex: /^eusc-(de)-\w+-\d+$/,
    },
    {
        id: 'aws-iso',
        dnsSuffix: 'c2s.ic.gov',
        dualStackDnsSuffix: 'api.aws.ic.gov',
        regionRegex: /^us-iso-\w+-\d+$/,
    },
    {
        id: 'aws-iso-b',
        dnsSuffix: 'sc2s.sgov.gov',
        dualStackDnsSuffix: 'api.aws.scloud',
        regionRegex: /^us-isob-\w+-\d+$/,
    },
    {
        id: 'aws-iso-e',
        dnsSuffix: 'cloud.adc-e.uk',
        dualStackDnsSuffix: 'api.cloud-aws.adc-e.uk',
        regionRegex: /^eu-isoe-\w+-\d+$/,
    },
    {
        id: 'aws-iso-f',
        dnsSuffix: 'csp.hci.ic.gov',
        dualStackDnsSuffix: 'api.aws.hci.ic.gov',
        regionRegex: /^us-isof-\w+-\d+$/,
    },
    {
        id: 'aws-us-gov',
        dnsSuffix: 'amazonaws.com',
        dualStackDnsSuffix: 'api.aws',
        regionRegex: /^us-gov-\w+-\d+$/,
    },
];
/** The region's partition, as the SDK's `aws.partition` function picks it (unknown shapes fall to `aws`). */
function partitionOf(region) {
    return PARTITIONS.find((p) => p.regionRegex.test(region)) ?? PARTITIONS[0];
}
class EndpointError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EndpointError';
    }
}
function envFlag(value) {
    return value?.trim().toLowerCase() === 'true';
}
function configuredUrl(env) {
    if (envFlag(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS))
        return undefined;
    if (env.AWS_ENDPOINT_URL_STS)
        return { text: env.AWS_ENDPOINT_URL_STS, origin: 'AWS_ENDPOINT_URL_STS' };
    if (env.AWS_ENDPOINT_URL)
        return { text: env.AWS_ENDPOINT_URL, origin: 'AWS_ENDPOINT_URL' };
    return undefined;
}
/** The regional STS URL for a region, FIPS and dual-stack as the SDK's ruleset builds them. */
function regionalStsUrl(region, options = {}) {
    const p = partitionOf(region);
    const { fips = false, dualStack = false } = options;
    if (fips && dualStack)
        return new URL(`https://sts-fips.${region}.${p.dualStackDnsSuffix}`);
    // GovCloud's regular STS endpoints are already FIPS endpoints; the ruleset maps FIPS to them.
    if (fips) {
        return new URL(p.id === 'aws-us-gov'
            ? `https://sts.${region}.amazonaws.com`
            : `https://sts-fips.${region}.${p.dnsSuffix}`);
    }
    if (dualStack)
        return new URL(`https://sts.${region}.${p.dualStackDnsSuffix}`);
    if (region === 'aws-global')
        return new URL('https://sts.amazonaws.com');
    return new URL(`https://sts.${region}.${p.dnsSuffix}`);
}
/**
 * `region` is `config.awsRegion` (input, AWS_REGION, AWS_DEFAULT_REGION already applied); undefined means
 * us-east-1. Throws EndpointError (with the variable's name) when a configured URL is unusable.
 */
function resolveStsEndpoint(region, env) {
    const r = region ?? DEFAULT_REGION;
    const partition = partitionOf(r).id;
    const configured = configuredUrl(env);
    if (configured) {
        let url;
        try {
            url = new URL(configured.text.trim());
        }
        catch {
            throw new EndpointError(`${configured.origin}='${configured.text}' is not a URL`);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            throw new EndpointError(`${configured.origin}='${configured.text}' must be an http:// or https:// URL`);
        }
        return { url, region: r, partition, origin: configured.origin, tls: url.protocol === 'https:' };
    }
    const url = regionalStsUrl(r, {
        fips: envFlag(env.AWS_USE_FIPS_ENDPOINT),
        dualStack: envFlag(env.AWS_USE_DUALSTACK_ENDPOINT),
    });
    return { url, region: r, partition, origin: 'region', tls: true };
}
/** `sts.eu-west-2.amazonaws.com`, or the whole URL when it is not the plain https origin. */
function endpointLabel(endpoint) {
    const u = endpoint.url;
    if (u.protocol === 'https:' && (u.pathname === '/' || u.pathname === '') && !u.port)
        return u.hostname;
    return u.href.replace(/\/$/, '');
}

;// CONCATENATED MODULE: ./src/sources/sts.ts






/** AWS error codes that mean the credentials, not the clock, are wrong. */
const CREDENTIAL_CODES = new Set([
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'InvalidAccessKeyId',
    'ExpiredToken',
    'ExpiredTokenException',
    'AccessDenied',
    'AccessDeniedException',
    'IncompleteSignature',
    'MissingAuthenticationToken',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'AuthFailure',
]);
const TIME_MESSAGE = /Signature expired|Signature not yet current|RequestTimeTooSkewed|request time .* too skewed/i;
function isTimeRejection(e) {
    return TIME_MESSAGE.test(e.message) || e.code === 'RequestTimeTooSkewed' || e.code === 'RequestExpired';
}
function isCredentialsError(e) {
    return CREDENTIAL_CODES.has(e.code) && !isTimeRejection(e);
}
/** The offset interval all attempts' Date headers allow (cached answers excluded, as the SDK does). */
function boundsFromAttempts(attempts) {
    let bounds;
    let inconsistent = 0;
    for (const a of attempts) {
        if (a.age !== undefined || a.date === undefined)
            continue;
        const dateMs = parseHttpDate(a.date);
        if (dateMs === undefined)
            continue;
        const b = boundsFromExchange(dateMs, a.t1Ms, a.t4Ms);
        const both = bounds ? intersectBounds(bounds, b) : b;
        if (!both)
            inconsistent += 1;
        bounds = both ?? b;
    }
    return { ...(bounds ? { bounds } : {}), inconsistent };
}
function noCredentials(e) {
    return e.name === 'CredentialsProviderError' || /could not load credentials/i.test(e.message);
}
/**
 * From what happened to a SourceResult. Pure. Credentials problems are 'error' (or 'skipped' when no
 * credentials were found and the check was optional) with `details.credentialsProblem`; a call that was
 * answered at all (even rejected for time) carries AWS's clock in its Date headers and is 'ok'.
 */
function classifySigned(outcome, base, required) {
    const { bounds, inconsistent } = boundsFromAttempts(outcome.attempts);
    const first = outcome.errors[0];
    const firstRejected = first !== undefined && isTimeRejection(first);
    const details = {
        ...base.details,
        attempts: outcome.attempts.length,
        firstSignatureRejected: firstRejected,
        signedCallSucceeded: outcome.finalError === undefined,
        ...(firstRejected ? { firstRejection: first.message, firstRejectionCode: first.code } : {}),
        ...(outcome.sdkClockOffsetMs !== undefined && outcome.sdkClockOffsetMs !== 0
            ? { sdkClockOffsetMs: outcome.sdkClockOffsetMs }
            : {}),
        ...(outcome.identity?.account ? { account: outcome.identity.account } : {}),
        ...(outcome.identity?.arn ? { arn: outcome.identity.arn } : {}),
        ...(inconsistent > 0 ? { inconsistentDates: inconsistent } : {}),
    };
    const requests = outcome.attempts.length;
    const result = (r) => ({
        kind: base.kind,
        target: base.target,
        authenticated: base.authenticated,
        requests,
        details,
        ...r,
    });
    const fin = outcome.finalError;
    if (fin && noCredentials(fin)) {
        details.credentialsProblem = true;
        return result({
            status: required ? 'error' : 'skipped',
            reason: "no AWS credentials: the SDK's default chain (environment variables, web identity token, SSO, " +
                'shared config and credentials files, container and instance metadata) found none' +
                (required ? ", and aws is 'sts', which requires the signed check" : ''),
        });
    }
    if (fin) {
        const code = fin.code ?? fin.name;
        if (isCredentialsError({ code, message: fin.message })) {
            details.credentialsProblem = true;
            return result({ status: 'error', reason: credentialsReason(code, fin.message) });
        }
    }
    if (bounds) {
        return result({
            status: 'ok',
            sample: sampleFromBounds(bounds, minDelay(outcome.attempts), lastT4(outcome.attempts)),
        });
    }
    if (fin) {
        return result({ status: fin.name === 'AbortError' ? 'timeout' : 'error', reason: fin.message });
    }
    return result({
        status: 'rejected',
        reason: 'AWS answered without a usable Date header (or only from a cache)',
    });
}
function credentialsReason(code, message) {
    const said = `AWS rejected the credentials (${code}: ${message.trim()})`;
    const what = {
        InvalidClientTokenId: 'the access key id is unknown to AWS (deleted, mistyped, or from another partition)',
        UnrecognizedClientException: 'the access key id is unknown to AWS (deleted, mistyped, or from another partition)',
        InvalidAccessKeyId: 'the access key id is unknown to AWS',
        ExpiredToken: 'the session token has expired: get fresh credentials (assume the role again)',
        ExpiredTokenException: 'the session token has expired: get fresh credentials (assume the role again)',
        SignatureDoesNotMatch: 'the secret access key does not belong to the access key id',
        InvalidSignatureException: 'the secret access key does not belong to the access key id',
        AccessDenied: 'the credentials are not allowed to call STS here (an SCP or a VPC endpoint policy?)',
        AccessDeniedException: 'the credentials are not allowed to call STS here (an SCP or a VPC endpoint policy?)',
    };
    return `${said}: ${what[code] ?? 'the credentials are wrong'}. This is a credentials problem, not the clock.`;
}
function minDelay(attempts) {
    return Math.min(...attempts.map((a) => a.t4Ms - a.t1Ms));
}
function lastT4(attempts) {
    return Math.max(...attempts.map((a) => a.t4Ms));
}
function header(headers, name) {
    for (const [k, v] of Object.entries(headers)) {
        if (k.toLowerCase() === name)
            return Array.isArray(v) ? v.join(', ') : v;
    }
    return undefined;
}
function stsSource(endpoint, options = {}) {
    const clock = options.clock ?? systemClock;
    const label = endpointLabel(endpoint);
    const choice = options.proxy ?? chooseProxy(endpoint.url, options.env ?? process.env);
    let last = {
        kind: 'sts',
        target: label,
        status: 'skipped',
        authenticated: false,
        requests: 0,
    };
    let measured = false;
    const baseDetails = {
        url: endpoint.url.href,
        region: endpoint.region,
        proxy: describeProxy(choice),
        tls: endpoint.tls,
    };
    const base = { kind: 'sts', target: label, authenticated: endpoint.tls, details: baseDetails };
    async function measure(signal) {
        // One signed call per run: refinement is the Date check's job, and every call here is a signed request.
        if (measured)
            return last;
        measured = true;
        if (choice.kind === 'invalid') {
            last = { ...base, status: 'error', reason: `cannot use the proxy: ${choice.reason}`, requests: 0 };
            return last;
        }
        let sdk;
        let handlerModule;
        try {
            [sdk, handlerModule] = await Promise.all([
                Promise.all(/* import() */[__nccwpck_require__.e(279), __nccwpck_require__.e(695)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1695, 19)),
                __nccwpck_require__.e(/* import() */ 279).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1279, 19)),
            ]);
        }
        catch (error) {
            last = {
                ...base,
                status: 'error',
                requests: 0,
                reason: `could not load the AWS SDK: ${String(error)}`,
            };
            return last;
        }
        const agent = await agentFor(endpoint.url, choice, options.ca ? { ca: options.ca } : {});
        const inner = new handlerModule.NodeHttpHandler({ httpAgent: agent, httpsAgent: agent });
        const attempts = [];
        const errors = [];
        let networkError;
        // Times every attempt at the wire, retries included; the SDK's own clock correction never sees this.
        const timed = {
            metadata: inner.metadata,
            async handle(...args) {
                const t1Ms = clock.nowMs();
                try {
                    const out = await inner.handle(...args);
                    const t4Ms = clock.nowMs();
                    const headers = out.response.headers;
                    const date = header(headers, 'date');
                    const age = header(headers, 'age');
                    attempts.push({
                        t1Ms,
                        t4Ms,
                        httpStatus: out.response.statusCode,
                        ...(date !== undefined ? { date } : {}),
                        ...(age !== undefined ? { age } : {}),
                    });
                    return out;
                }
                catch (error) {
                    networkError = error;
                    throw error;
                }
            },
            updateHttpClientConfig: inner.updateHttpClientConfig.bind(inner),
            httpHandlerConfigs: inner.httpHandlerConfigs.bind(inner),
            destroy: inner.destroy.bind(inner),
        };
        const client = new sdk.STSClient({
            region: endpoint.region,
            endpoint: endpoint.url.href,
            requestHandler: timed,
        });
        // Inside the retry loop and outside the deserializer: sees each attempt's parsed AWS error.
        client.middlewareStack.add((next) => async (args) => {
            try {
                return await next(args);
            }
            catch (error) {
                const e = error;
                if (e.$metadata?.httpStatusCode !== undefined) {
                    errors.push({
                        code: e.Code ?? e.name ?? 'Unknown',
                        message: e.message ?? '',
                        httpStatus: e.$metadata.httpStatusCode,
                    });
                }
                throw error;
            }
        }, { step: 'finalizeRequest', priority: 'low', name: 'clockPreflightRecordAttempts' });
        const outcome = { attempts, errors };
        try {
            const answer = await untilAborted(client.send(new sdk.GetCallerIdentityCommand({}), { abortSignal: signal }), signal);
            if (answer === undefined) {
                outcome.finalError = { name: 'AbortError', message: 'no answer from STS before the deadline' };
            }
            else {
                outcome.identity = {
                    ...(answer.Account ? { account: answer.Account } : {}),
                    ...(answer.Arn ? { arn: answer.Arn } : {}),
                };
            }
        }
        catch (error) {
            const e = error;
            if (e.$metadata?.httpStatusCode === undefined && networkError !== undefined) {
                // No HTTP answer at all: say why in the same words as the Date check.
                const failure = describeHttpFailure(networkError, {
                    host: endpoint.url.host,
                    proxy: choice.kind === 'proxy' ? redactProxy(choice.url) : undefined,
                    nowMs: clock.nowMs(),
                });
                outcome.finalError = {
                    name: failure.kind === 'timeout' ? 'AbortError' : 'NetworkError',
                    message: failure.message,
                };
            }
            else if (e.name === 'AbortError' || signal.aborted) {
                outcome.finalError = { name: 'AbortError', message: 'no answer from STS before the deadline' };
            }
            else {
                outcome.finalError = {
                    name: e.name ?? 'Error',
                    message: e.message ?? String(error),
                    ...(e.Code ? { code: e.Code } : {}),
                    ...(e.$metadata?.httpStatusCode !== undefined ? { httpStatus: e.$metadata.httpStatusCode } : {}),
                };
            }
        }
        finally {
            const offset = client.config.systemClockOffset;
            if (typeof offset === 'number')
                outcome.sdkClockOffsetMs = offset;
            client.destroy();
        }
        last = classifySigned(outcome, base, options.required ?? false);
        return last;
    }
    return { kind: 'sts', target: label, measure, canRefine: () => false };
}

;// CONCATENATED MODULE: ./src/aws/plan.ts
/**
 * Which AWS time sources a run asks, from the `aws` input:
 *
 * - `auto`: the HTTPS Date check of the regional STS endpoint always; the signed check too when the SDK's
 *   default chain probably has credentials (decided without loading the SDK, see `credentialHints`).
 * - `https`: the Date check only. `sts`: both, and the signed check is required: missing or rejected
 *   credentials fail the run with a message that says it is the credentials (`awsRequirementFailure`).
 * - `off`: none.
 *
 * Both checks ask the same endpoint (AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL, else the region's partition)
 * through the same proxy choice.
 */







function nonEmptyFile(path) {
    try {
        return (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isFile() && (0,external_node_fs_.statSync)(path).size > 0;
    }
    catch {
        return false;
    }
}
/**
 * Whether the SDK's default chain will probably find credentials, without loading the SDK: the chain's
 * sources in its order, each by a cheap sign (a variable or a file). A false positive costs one failed
 * lookup, reported as "no credentials" and skipped in `auto`; a false negative only skips the signed check.
 */
function credentialHints(env, options = {}) {
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
        return { likely: true, why: 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY' };
    if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN)
        return { likely: true, why: 'web identity (AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN)' };
    if (env.AWS_PROFILE)
        return { likely: true, why: `profile ${env.AWS_PROFILE}` };
    const home = options.home ?? (0,external_node_os_.homedir)();
    const files = [
        env.AWS_SHARED_CREDENTIALS_FILE ?? (0,external_node_path_.join)(home, '.aws', 'credentials'),
        env.AWS_CONFIG_FILE ?? (0,external_node_path_.join)(home, '.aws', 'config'),
    ];
    const file = files.find(nonEmptyFile);
    if (file)
        return { likely: true, why: `shared file ${file}` };
    if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI)
        return { likely: true, why: 'container credentials (ECS/EKS)' };
    if (env.AWS_EC2_METADATA_DISABLED?.trim().toLowerCase() !== 'true' && (options.isEc2 ?? detectEc2)())
        return { likely: true, why: 'EC2 instance metadata' };
    return {
        likely: false,
        why: 'no AWS credentials in the environment, no shared config or credentials file, not on EC2',
    };
}
/** A source that only reports a configuration problem (an unusable endpoint URL), never a sample. */
function misconfigured(kind, target, reason) {
    const result = { kind, target, status: 'error', reason, authenticated: false, requests: 0 };
    return { kind, target, measure: () => Promise.resolve(result), canRefine: () => false };
}
function planAwsSources(config, env = process.env, options = {}) {
    if (config.aws === 'off')
        return [];
    let endpoint;
    try {
        endpoint = resolveStsEndpoint(config.awsRegion, env);
    }
    catch (error) {
        if (!(error instanceof EndpointError))
            throw error;
        const sources = [misconfigured('https-date', 'AWS STS', error.message)];
        if (config.aws === 'sts')
            sources.push(misconfigured('sts', 'AWS STS', error.message));
        return sources;
    }
    const ca = options.ca ? { ca: options.ca } : {};
    const sources = [
        httpsDateSource(endpoint, { env, thresholdsMs: [config.warnOffsetMs, config.maxOffsetMs], ...ca }),
    ];
    const wantSigned = config.aws === 'sts' || (config.aws === 'auto' && credentialHints(env, options).likely);
    if (wantSigned)
        sources.push(stsSource(endpoint, { env, required: config.aws === 'sts', ...ca }));
    return sources;
}
/**
 * With `aws: sts`, the message that fails the run when the signed check did not succeed, or undefined.
 * Credentials problems say so; anything else says the required check did not complete. Other modes never
 * fail here (the Date check and NTP decide the clock).
 */
function awsRequirementFailure(config, results) {
    if (config.aws !== 'sts')
        return undefined;
    const signed = results.find((r) => r.kind === 'sts');
    if (!signed)
        return "aws is 'sts' but the signed STS check was not run.";
    if (signed.status === 'ok')
        return undefined;
    if (signed.details?.credentialsProblem === true) {
        return `aws is 'sts' and the signed STS check failed for credentials, not the clock: ${signed.reason}`;
    }
    return `aws is 'sts' and the signed STS check did not complete: ${signed.reason ?? signed.status}.`;
}

;// CONCATENATED MODULE: ./src/aws/messages.ts

const messages_MINUTE_MS = 60_000;
/** Most AWS services allow 5 minutes; STS and S3 allow 15. */
const COMMON_WINDOW_MS = 5 * messages_MINUTE_MS;
const STS_WINDOW_MS = 15 * messages_MINUTE_MS;
function signed(ms) {
    return `${ms >= 0 ? '+' : '−'}${humanDuration(ms)}`;
}
function who(r) {
    return typeof r.details?.arn === 'string' ? ` from ${r.details.arn}` : '';
}
/** What fails at this offset, for AWS tools that do not correct their clock ("they will fail …"). */
function awsFailuresAt(offsetMs) {
    const abs = Math.abs(offsetMs);
    const words = offsetMs >= 0 ? "'Signature expired'" : "'Signature not yet current'";
    if (abs > STS_WINDOW_MS) {
        return `they will fail with ${words} on every AWS service, STS and S3 included (15 min limit)`;
    }
    if (abs > COMMON_WINDOW_MS) {
        return `they will fail with ${words} on most AWS services (5 min limit; STS and S3 allow 15)`;
    }
    return undefined;
}
/** One or two sentences about the signed STS check, or undefined when it was not asked. */
function describeSignedCheck(r) {
    if (r.kind !== 'sts')
        return undefined;
    const d = r.details ?? {};
    if (d.credentialsProblem === true) {
        if (r.status === 'skipped')
            return `The signed STS check did not run: ${r.reason}.`;
        return `The signed STS check failed for credentials, not the clock: ${r.reason}`;
    }
    if (r.status !== 'ok' || !r.sample) {
        return r.status === 'skipped'
            ? undefined
            : `The signed STS check got no answer: ${r.reason ?? r.status}.`;
    }
    const offsetMs = r.sample.offsetMs;
    const size = `${describeOffset(offsetMs)} (±${humanDuration(r.sample.boundMs)})`;
    const failures = awsFailuresAt(offsetMs);
    if (d.firstSignatureRejected === true) {
        const correction = typeof d.sdkClockOffsetMs === 'number' ? d.sdkClockOffsetMs : offsetMs;
        const then = d.signedCallSucceeded === true
            ? typeof d.arn === 'string'
                ? ` (the call then succeeded as ${d.arn})`
                : ' (the call then succeeded)'
            : ' (and was rejected again)';
        return (`AWS rejected the first signature: '${String(d.firstRejection)}'; the JavaScript SDK corrected its clock by ` +
            `${signed(correction)} and retried${then}, but the aws CLI, boto3 and Terraform do not correct: at ${size} ` +
            `${failures ?? 'they will fail the same way'}.`);
    }
    if (failures) {
        return (`AWS STS accepted the signature (its window is 15 min), but its responses put the runner ${size}: ` +
            `the aws CLI, boto3 and Terraform do not correct, and ${failures}.`);
    }
    return `AWS STS accepted a signed request${who(r)}; its responses put the runner ${size}.`;
}
/**
 * When every NTP server failed and an HTTP proxy is configured: the likely reason, since NTP is UDP and no
 * HTTP proxy carries it. Undefined when no proxy is set.
 */
function ntpBehindProxyNote(env) {
    const variable = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].find((n) => env[n] !== undefined && env[n].trim() !== '');
    if (!variable)
        return undefined;
    return (`No NTP server answered, and ${variable} is set: this network probably allows the web only through ` +
        'a proxy, and NTP (UDP port 123) cannot cross an HTTP proxy. The AWS Date check goes through the proxy; ' +
        "to use NTP, ask for UDP 123 to be allowed or name an internal NTP server in 'ntp-servers'.");
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 5 modules
var exec = __nccwpck_require__(3462);
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
            return (0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isFile();
        }
        catch {
            return false;
        }
    };
    const exts = platform === 'win32' ? ['', ...(env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)] : [''];
    if ((0,external_node_path_.isAbsolute)(command) || command.includes('/')) {
        return exts.map((e) => command + e).find(isFile);
    }
    const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : external_node_path_.delimiter).filter(Boolean);
    for (const dir of dirs) {
        for (const ext of exts) {
            const candidate = (0,external_node_path_.join)(dir, command + ext);
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
            return (0,external_node_fs_.readdirSync)(p);
        }
        catch {
            return [];
        }
    },
    readFile: (p) => {
        try {
            return (0,external_node_fs_.readFileSync)(p, 'utf8').slice(0, 4096);
        }
        catch {
            return '';
        }
    },
    exists: (p) => (0,external_node_fs_.existsSync)(p),
};
function runningProcesses(fs, procDir = '/proc') {
    return fs
        .readdir(procDir)
        .filter((d) => /^\d+$/.test(d))
        .map((pid) => ({
        comm: fs.readFile((0,external_node_path_.join)(procDir, pid, 'comm')).trim(),
        argv: fs
            .readFile((0,external_node_path_.join)(procDir, pid, 'cmdline'))
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
    return UNIT_DIRS.some((d) => fs.exists((0,external_node_path_.join)(d, `${unit}.service`)));
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
        return (0,external_node_fs_.readFileSync)(file, 'utf8').slice(0, 4096);
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
        container: (0,external_node_fs_.existsSync)('/.dockerenv') || (0,external_node_fs_.existsSync)('/run/.containerenv'),
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
function planSources(config, onEc2 = detectEc2(), env = process.env) {
    return [
        ...config.ntsServers.map((s) => ntsSource(s)),
        ...ntpServersFor(config, onEc2).map((s) => ntpSource(s)),
        ...planAwsSources(config, env, { isEc2: () => onEc2 }),
    ];
}
/** Pure: the notes a measurement deserves beyond its verdict. */
function checkNotes(m, config, env) {
    const notes = [];
    const required = awsRequirementFailure(config, m.results);
    if (required)
        notes.push(required);
    for (const r of m.results) {
        const signed = r.kind === 'sts' ? describeSignedCheck(r) : undefined;
        if (signed)
            notes.push(signed);
    }
    const udp = m.results.filter((r) => r.kind === 'ntp' || r.kind === 'nts');
    if (udp.length > 0 && udp.every((r) => r.status !== 'ok')) {
        const proxy = ntpBehindProxyNote(env);
        if (proxy)
            notes.push(proxy);
    }
    return notes;
}
async function runCheck(config, env = process.env) {
    const onEc2 = detectEc2();
    const sources = planSources(config, onEc2, env);
    const measurement = await measure(sources, {
        warnOffsetMs: config.warnOffsetMs,
        maxOffsetMs: config.maxOffsetMs,
        timeoutMs: config.timeoutMs,
        requireAuthenticated: config.requireAuthenticated,
    });
    return { measurement, fix: fixAdvice(detectPlatform(env)), notes: checkNotes(measurement, config, env) };
}
/** Exit code semantics shared by both entries: whether this outcome should fail the job. */
function failsJob(m, config) {
    // aws: sts means the signed call itself is required, whatever the clock says.
    if (awsRequirementFailure(config, m.results))
        return true;
    const v = m.verdict;
    if (v.status === 'fail')
        return true;
    if (v.status === 'unknown')
        return v.reason === 'no-majority' || config.onUnreachable === 'fail';
    return false;
}

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
const time_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Sat, 12 Feb 2022 09:37:03 GMT: the HTTP Date header, which S3 echoes as RequestTime. */
function parseRfc1123(text) {
    const m = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s*(GMT|UTC|Z|[+-]\d{4})?$/.exec(text.trim());
    if (!m)
        return undefined;
    const month = time_MONTHS.indexOf(m[2].toLowerCase()) + 1;
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
    let { fix, notes } = first;
    const flow = await resyncThenMeasure({
        mode: config.resync,
        method: config.resyncMethod,
        runner: runnerType(env),
        first: first.measurement,
        remeasure: async () => {
            const again = await runCheck(config, env);
            fix = again.fix;
            notes = again.notes;
            return again.measurement;
        },
        budgetMs: resyncBudgetMs(config.timeoutMs),
        servers: config.ntpServers.map((s) => s.label),
        env,
        ...(deps.platform ? { platform: deps.platform } : {}),
    });
    return { first: first.measurement, flow, final: flow.final, fix, notes };
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
function rowContext(m) {
    return {
        falsetickers: new Set(m.verdict.falsetickers),
        voters: new Set(m.voters),
        onlyAuthenticatedDecide: m.requireAuthenticated,
    };
}
function deciding(r, c) {
    return c.voters.has(sourceKey(r)) && !c.falsetickers.has(sourceKey(r));
}
function sourceStatusText(r, c) {
    if (r.status === 'ok' && c.falsetickers.has(sourceKey(r)))
        return 'falseticker (outvoted)';
    if (r.status === 'ok' && !r.authenticated && c.onlyAuthenticatedDecide) {
        return 'ok (not deciding: unauthenticated, require-authenticated is on)';
    }
    if (r.status === 'ok' && r.kind === 'sts' && !c.voters.has(sourceKey(r))) {
        return 'ok (reported; the Date check already votes for AWS)';
    }
    if (r.status === 'ok')
        return r.authenticated ? 'ok (authenticated)' : 'ok';
    return `${r.status}: ${r.reason ?? ''}`.trim();
}
function sourceRow(r, c) {
    const s = r.sample;
    return [
        r.target,
        r.kind,
        r.address ?? '',
        r.stratum !== undefined ? String(r.stratum) : '',
        s ? signedMs(s.offsetMs, 3) : '',
        s ? `${s.boundMs.toFixed(3)} ms` : '',
        s ? `${s.delayMs.toFixed(3)} ms` : '',
        sourceStatusText(r, c),
    ];
}

;// CONCATENATED MODULE: ./src/report/json.ts


const json_round3 = (x) => Math.round(x * 1000) / 1000;
function jsonSource(r, c) {
    return {
        kind: r.kind,
        target: r.target,
        address: r.address ?? null,
        status: r.status,
        reason: r.reason ?? null,
        falseticker: r.status === 'ok' && c.falsetickers.has(sourceKey(r)),
        deciding: deciding(r, c),
        authenticated: r.authenticated,
        offsetMs: r.sample ? json_round3(r.sample.offsetMs) : null,
        boundMs: r.sample ? json_round3(r.sample.boundMs) : null,
        delayMs: r.sample ? json_round3(r.sample.delayMs) : null,
        stratum: r.stratum ?? null,
        refId: r.refId ?? null,
        requests: r.requests,
        ...(r.details ? { details: r.details } : {}),
    };
}
function jsonReport(m, fix, notes = []) {
    const c = rowContext(m);
    return {
        status: m.verdict.status,
        certain: m.verdict.certain,
        offsetMs: m.verdict.offsetMs !== undefined ? json_round3(m.verdict.offsetMs) : null,
        uncertaintyMs: m.verdict.uncertaintyMs !== undefined ? json_round3(m.verdict.uncertaintyMs) : null,
        direction: m.verdict.offsetMs === undefined ? null : m.verdict.offsetMs >= 0 ? 'behind' : 'ahead',
        title: m.verdict.title,
        message: m.verdict.message,
        fix: fix ?? null,
        notes: [...notes],
        falsetickers: m.results.filter((r) => c.falsetickers.has(sourceKey(r))).map((r) => r.target),
        requireAuthenticated: m.requireAuthenticated,
        elapsedMs: Math.round(m.elapsedMs),
        rounds: m.rounds,
        sources: m.results.map((r) => jsonSource(r, c)),
    };
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
function textReport(m, fix, notes = []) {
    const v = m.verdict;
    const context = rowContext(m);
    const lines = [`${MARK[v.status]}  ${v.title}`, '', v.message, ...notes.map((n) => `\n${n}`)];
    if (fix && (v.status === 'fail' || v.status === 'warn'))
        lines.push('', `Fix: ${fix}`);
    lines.push('', formatTable(SOURCE_COLUMNS, m.results.map((r) => sourceRow(r, context))));
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
    const { first, flow, final, fix, notes } = await runGate(config, io.env, deps);
    if (json) {
        io.stdout(JSON.stringify({
            ...jsonReport(final, fix, notes),
            resynced: flow.resynced,
            resync: { run: flow.decision.run, why: flow.decision.why, report: flow.report ?? null },
            first: flow.report ? jsonReport(first, fix) : null,
        }, null, 2) + '\n');
    }
    else if (flow.report) {
        io.stdout(`First measurement: ${first.verdict.title}\n` +
            resyncText(flow) +
            '\nMeasured again:\n' +
            textReport(final, fix, notes));
    }
    else {
        // Say why resync did not run only when it was asked for and the check did not pass.
        const why = config.resync !== 'false' && first.verdict.status !== 'ok' ? resyncText(flow) : '';
        io.stdout(textReport(final, fix, notes) + why);
    }
    return failsJob(final, config) ? 1 : 0;
}
async function resyncCommand(args, io, deps = {}) {
    const config = readConfig((name) => (name === 'resync' ? (args.inputs.get(name) ?? 'true') : args.inputs.get(name)), io.env);
    return gateCommand(config, args.json, io, deps);
}

// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __nccwpck_require__(5317);
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
    const n = external_node_os_.constants.signals[signal];
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
    const core = await Promise.all(/* import() */[__nccwpck_require__.e(264), __nccwpck_require__.e(278)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7264));
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

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

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

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  H: () => (/* binding */ getExecOutput)
});

// UNUSED EXPORTS: exec

;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
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
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
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
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
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
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
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
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
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
        const stdoutDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map