#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1789);

// The AWS SDK warns about the Node version it runs on; that is about us, not about the user's clock.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    // A getter: touching process.stdin builds a stream, which only explain needs.
    get stdin() {
        return process.stdin;
    },
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1789:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
;// CONCATENATED MODULE: ./src/config/config.ts
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
    return (0,external_node_net_.isIPv4)(text);
}
/** An IPv6 literal without a zone id (a zone names a local interface, never a time server). */
function isIPv6(text) {
    // Every IPv6 literal has at least two colons; checking that first spares host:port entries node's large
    // IPv6 pattern (compiled on first use, ~5 ms of start-up).
    return text.indexOf(':') !== text.lastIndexOf(':') && !text.includes('%') && (0,external_node_net_.isIPv6)(text);
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
const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
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

// EXTERNAL MODULE: ./src/platform/ec2.ts
var ec2 = __nccwpck_require__(6545);
;// CONCATENATED MODULE: ./src/decide/consensus.ts
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

// EXTERNAL MODULE: ./src/time/clock.ts
var clock = __nccwpck_require__(3355);
// EXTERNAL MODULE: ./src/decide/verdict.ts + 1 modules
var decide_verdict = __nccwpck_require__(9771);
;// CONCATENATED MODULE: ./src/decide/measure.ts
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
    return (0,decide_verdict/* decide */.LD)(consensus, voting, all.length > 0 ? all : results, options);
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
/** A controller that aborts when any of `parents` does; the parents' listeners keep it alive. */
function linkedController(parents) {
    const controller = new AbortController();
    for (const parent of parents) {
        if (parent.aborted)
            controller.abort();
        else
            parent.addEventListener('abort', () => controller.abort(), { once: true });
    }
    return controller;
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
    const started = (0,clock/* monotonicMs */.dR)();
    // Plain controllers and timers, not AbortSignal.timeout/any: on Node 20 a signal made by any() from a
    // timeout signal that nothing else references can be garbage-collected before it fires, and the run
    // would then outlive its deadline (seen once under the zoo's packet flood).
    const deadlineController = linkedController(outer ? [outer] : []);
    const deadlineTimer = setTimeout(() => deadlineController.abort(), options.timeoutMs);
    const deadline = deadlineController.signal;
    const results = sources.map(() => undefined);
    let rounds = 0;
    const round = async (which) => {
        rounds += 1;
        const early = new AbortController();
        const signal = linkedController([deadline, early.signal]).signal;
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
        const roundStarted = (0,clock/* monotonicMs */.dR)();
        const before = JSON.stringify(results);
        await round(again);
        // Sources that answer a refinement at once with nothing new have nothing more to say: do not spin.
        if ((0,clock/* monotonicMs */.dR)() - roundStarted < 5 && JSON.stringify(results) === before)
            break;
        verdict = evaluate(results, options);
    }
    clearTimeout(deadlineTimer);
    return {
        results: results,
        verdict,
        elapsedMs: (0,clock/* monotonicMs */.dR)() - started,
        rounds,
        requireAuthenticated: options.requireAuthenticated ?? false,
        voters: voters(results, options.requireAuthenticated ?? false).map(decide_verdict/* sourceKey */.Zt),
    };
}

// EXTERNAL MODULE: ./src/sources/ntp.ts
var ntp = __nccwpck_require__(488);
// EXTERNAL MODULE: ./src/platform/time-services.ts + 5 modules
var time_services = __nccwpck_require__(1321);
;// CONCATENATED MODULE: ./src/platform/advice.ts


/** `resyncOn`: resync is already configured, so do not suggest turning it on. */
function fixAdvice(facts, resyncOn = false) {
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
    steps.push(time_services/* TIME_SERVICES */.Dv[facts.timeService].fix);
    if (facts.ec2)
        steps.push((0,ec2/* ec2Advice */.jj)(facts.timeService));
    if (facts.runner === 'self-hosted' && !resyncOn) {
        steps.push('On a self-hosted runner, `resync: true` on this step runs that for you before the check is repeated.');
    }
    return steps.join(' ');
}

// EXTERNAL MODULE: ./src/gate/aws-notes.ts
var aws_notes = __nccwpck_require__(1930);
// EXTERNAL MODULE: ./src/platform/facts.ts
var facts = __nccwpck_require__(4376);
;// CONCATENATED MODULE: ./src/gate/check.ts






/** On EC2 the Amazon Time Sync Service (link-local, one hop) joins the NTP servers, unless NTP is off. */
function ntpServersFor(config, onEc2) {
    if (!onEc2 || config.ntpServers.length === 0)
        return config.ntpServers;
    const have = new Set(config.ntpServers.map((s) => `${s.host}:${s.port}`));
    return [...config.ntpServers, ...(0,ec2/* amazonTimeSyncServers */.v$)().filter((s) => !have.has(`${s.host}:${s.port}`))];
}
/** The sources a config asks for. NTS (its cipher) and AWS modules are loaded only when configured. */
async function planSources(config, onEc2 = (0,ec2/* detectEc2 */.sv)(), env = process.env) {
    const nts = config.ntsServers.length > 0 ? (await Promise.all(/* import() */[__nccwpck_require__.e(479), __nccwpck_require__.e(484)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2484))).ntsSource : undefined;
    const aws = config.aws !== 'off' ? (await __nccwpck_require__.e(/* import() */ 196).then(__nccwpck_require__.bind(__nccwpck_require__, 5196))).planAwsSources : undefined;
    return [
        ...(nts ? config.ntsServers.map((s) => nts(s)) : []),
        ...ntpServersFor(config, onEc2).map((s) => (0,ntp/* ntpSource */.gF)(s)),
        ...(aws ? aws(config, env, { isEc2: () => onEc2 }) : []),
    ];
}
/** Pure: the notes a measurement deserves beyond its verdict. */
function checkNotes(m, config, env) {
    const notes = [];
    const required = (0,aws_notes/* awsRequirementFailure */.ZU)(config, m.results);
    if (required)
        notes.push(required);
    for (const r of m.results) {
        const signed = r.kind === 'sts' ? (0,aws_notes/* describeSignedCheck */.ew)(r) : undefined;
        if (signed)
            notes.push(signed);
    }
    const udp = m.results.filter((r) => r.kind === 'ntp' || r.kind === 'nts');
    if (udp.length > 0 && udp.every((r) => r.status !== 'ok')) {
        const proxy = (0,aws_notes/* ntpBehindProxyNote */.rE)(env);
        if (proxy)
            notes.push(proxy);
    }
    return notes;
}
async function runCheck(config, env = process.env) {
    const onEc2 = (0,ec2/* detectEc2 */.sv)();
    const sources = await planSources(config, onEc2, env);
    const measurement = await measure(sources, {
        warnOffsetMs: config.warnOffsetMs,
        maxOffsetMs: config.maxOffsetMs,
        timeoutMs: config.timeoutMs,
        requireAuthenticated: config.requireAuthenticated,
    });
    // Fix advice inspects the machine (time daemons in /proc, DMI): only worth it when there is something to fix.
    const fix = measurement.verdict.status === 'ok' ? '' : fixAdvice((0,facts/* detectPlatform */.l)(env), config.resync !== 'false');
    return { measurement, fix, notes: checkNotes(measurement, config, env) };
}
/** Exit code semantics shared by both entries: whether this outcome should fail the job. */
function failsJob(m, config) {
    // aws: sts means the signed call itself is required, whatever the clock says.
    if ((0,aws_notes/* awsRequirementFailure */.ZU)(config, m.results))
        return true;
    const v = m.verdict;
    if (v.status === 'fail')
        return true;
    if (v.status === 'unknown')
        return v.reason === 'no-majority' || config.onUnreachable === 'fail';
    return false;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
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

;// CONCATENATED MODULE: ./src/cli/help.ts


function helpText() {
    const flags = INPUTS.map((i) => {
        const head = `  --${i.name}${i.boolean ? `[=${(i.choices ?? ['true', 'false']).join('|')}]` : '=VALUE'}`;
        const def = i.default === '' ? '' : ` (default: ${i.default})`;
        return `${head}\n      ${i.description}${def}`;
    }).join('\n');
    return `clock-preflight ${version/* VERSION */.x}: check this machine's clock against NTP and AWS before anything is signed.

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

;// CONCATENATED MODULE: ./src/gate/resync-budget.ts
/**
 * Time for the resync itself, separate from the measurement `timeout`: long enough for a daemon restart
 * and a bounded wait for its first reply, short enough not to stall a job.
 */
function resyncBudgetMs(timeoutMs) {
    return Math.min(120_000, Math.max(20_000, 3 * timeoutMs));
}

;// CONCATENATED MODULE: ./src/gate/gate.ts



async function runGate(config, env, deps = {}) {
    const first = await runCheck(config, env);
    let { fix, notes } = first;
    if (config.resync === 'false') {
        // The resync machinery (commands, daemons, sudo) is not even loaded when it cannot run.
        const flow = {
            decision: { run: false, why: 'Resync is off (resync: false).' },
            final: first.measurement,
            resynced: false,
            line: 'Resync is off (resync: false).',
        };
        return { first: first.measurement, flow, final: first.measurement, fix, notes };
    }
    const { resyncThenMeasure } = await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(347)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4347));
    const flow = await resyncThenMeasure({
        mode: config.resync,
        method: config.resyncMethod,
        runner: (0,facts/* runnerType */.J)(env),
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

// EXTERNAL MODULE: ./src/format.ts
var format = __nccwpck_require__(6264);
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
    return c.voters.has((0,decide_verdict/* sourceKey */.Zt)(r)) && !c.falsetickers.has((0,decide_verdict/* sourceKey */.Zt)(r));
}
function sourceStatusText(r, c) {
    if (r.status === 'ok' && c.falsetickers.has((0,decide_verdict/* sourceKey */.Zt)(r)))
        return 'falseticker (outvoted)';
    if (r.status === 'ok' && !r.authenticated && c.onlyAuthenticatedDecide) {
        return 'ok (not deciding: unauthenticated, require-authenticated is on)';
    }
    if (r.status === 'ok' && r.kind === 'sts' && !c.voters.has((0,decide_verdict/* sourceKey */.Zt)(r))) {
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
        s ? (0,format/* signedMs */.Fw)(s.offsetMs, 3) : '',
        s ? `${s.boundMs.toFixed(3)} ms` : '',
        s ? `${s.delayMs.toFixed(3)} ms` : '',
        sourceStatusText(r, c),
    ];
}

;// CONCATENATED MODULE: ./src/report/json.ts


const round3 = (x) => Math.round(x * 1000) / 1000;
function jsonSource(r, c) {
    return {
        kind: r.kind,
        target: r.target,
        address: r.address ?? null,
        status: r.status,
        reason: r.reason ?? null,
        falseticker: r.status === 'ok' && c.falsetickers.has((0,decide_verdict/* sourceKey */.Zt)(r)),
        deciding: deciding(r, c),
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
function jsonReport(m, fix, notes = []) {
    const c = rowContext(m);
    return {
        status: m.verdict.status,
        certain: m.verdict.certain,
        offsetMs: m.verdict.offsetMs !== undefined ? round3(m.verdict.offsetMs) : null,
        uncertaintyMs: m.verdict.uncertaintyMs !== undefined ? round3(m.verdict.uncertaintyMs) : null,
        direction: m.verdict.offsetMs === undefined ? null : m.verdict.offsetMs >= 0 ? 'behind' : 'ahead',
        title: m.verdict.title,
        message: m.verdict.message,
        fix: fix || null,
        notes: [...notes],
        falsetickers: m.results.filter((r) => c.falsetickers.has((0,decide_verdict/* sourceKey */.Zt)(r))).map((r) => r.target),
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
function firstLine(c) {
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
            const said = c.ok || c.skipped ? '' : firstLine(c);
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
        .map((c) => `| \`${cell(c.argv.length ? argvText(c.argv) : c.step)}\` | ${c.ok ? 'ok' : 'failed'} | ${cell(outcome(c))} | ${cell(c.ok ? '' : (c.reason ?? firstLine(c)))} |`);
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

;// CONCATENATED MODULE: ./src/cli/gate.ts
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

;// CONCATENATED MODULE: ./src/cli/io.ts
const EXIT_OK = 0;
const EXIT_FAIL = 1;
const EXIT_USAGE = 2;

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI: argv in; text or JSON out. `check` exits 0 (ok, warn), 1 (fail, or unreachable under `fail`),
 * 2 (bad input); `explain` always 0; `run` with the wrapped command's own exit code.
 */









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
    const core = await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(264), __nccwpck_require__.e(278)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7264));
    return (message, title) => core.error(message, { title });
}
async function explainText(args, io) {
    const { readTextBounded } = await __nccwpck_require__.e(/* import() */ 497).then(__nccwpck_require__.bind(__nccwpck_require__, 8497));
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
            io.stdout(`${version/* VERSION */.x}\n`);
            return EXIT_OK;
        }
        // Every input is validated before any network work or any command runs. `resync` is `check` with
        // --resync defaulting to true.
        const defaults = args.command === 'resync' ? { resync: 'true' } : {};
        const config = config_readConfig((name) => args.inputs.get(name) ?? defaults[name], io.env);
        const clockFix = () => fixAdvice((0,facts/* detectPlatform */.l)(io.env));
        switch (args.command) {
            case 'explain': {
                const text = await explainText(args, io);
                const { explainCommand } = await __nccwpck_require__.e(/* import() */ 497).then(__nccwpck_require__.bind(__nccwpck_require__, 8497));
                return await explainCommand({
                    text,
                    json: args.json,
                    measure: measureWith(config, io.env),
                    io,
                    clockFix: clockFix(),
                });
            }
            case 'run': {
                if (args.positional.length > 0) {
                    throw new InputError('run', `put the command after '--': clock-preflight run [flags] -- ${args.positional.join(' ')}`);
                }
                if (args.rest.length === 0)
                    throw new InputError('run', 'no command given: clock-preflight run [flags] -- COMMAND [ARGS…]');
                const annotate = await annotator(io.env);
                const { runCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(497), __nccwpck_require__.e(415)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8415));
                return await runCommand({
                    argv: args.rest,
                    json: args.json,
                    measure: measureWith(config, io.env),
                    io,
                    env: io.env,
                    clockFix: clockFix(),
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
            return EXIT_USAGE;
        }
        io.stderr(`clock-preflight: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT_FAIL;
    }
}


/***/ }),

/***/ 9771:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  LD: () => (/* binding */ decide),
  Zt: () => (/* binding */ sourceKey)
});

// UNUSED EXPORTS: judge

// EXTERNAL MODULE: ./src/format.ts
var format = __nccwpck_require__(6264);
;// CONCATENATED MODULE: ./src/decide/impact.ts
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
        return `AWS still accepts signatures at this size (limit 5 min, ${(0,format/* humanDuration */.UU)(awsLimit - abs)} to go), but a clock this far off is drifting or unsynchronised.`;
    }
    return 'Nothing breaks at this size.';
}

;// CONCATENATED MODULE: ./src/decide/verdict.ts


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
            message: (all.length === 1 ? 'The one time source' : `None of the ${all.length} time sources`) +
                ` gave${all.length === 1 ? ' no' : ' a'} usable answer, so the runner's clock could not be checked. ` +
                'The table says why for each; usually the network: DNS, outbound UDP 123 (NTP), TCP 4460 (NTS) or HTTPS to AWS. ' +
                "Allow one of them or name reachable servers in 'ntp-servers'; 'on-unreachable: warn' lets the job go on unchecked.",
            truechimers: [],
            falsetickers: [],
        };
    }
    if (!consensus) {
        const offsets = deciding
            .map((r) => `${sourceName(r)} says ${(0,format/* describeOffset */.j8)(r.sample.offsetMs)}`)
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
    const size = `${(0,format/* describeOffset */.j8)(offsetMs)} (±${(0,format/* humanDuration */.UU)(uncertaintyMs)})`;
    const parts = [];
    const who = agreement(deciding, truechimers.map(sourceName));
    parts.push(`Runner clock is ${size}; ${who}.`);
    if (falsetickers.length > 0) {
        const named = falsetickers.map((r) => `${sourceName(r)} (${(0,format/* describeOffset */.j8)(r.sample.offsetMs)})`);
        parts.push(`Outvoted as falsetickers: ${named.join(', ')}.`);
    }
    if (silent > 0)
        parts.push(`${silent} of ${all.length} sources gave no usable answer.`);
    if (j.status !== 'ok' || Math.abs(offsetMs) > t.warnOffsetMs)
        parts.push(describeImpact(offsetMs));
    if (!j.certain) {
        const limit = j.straddles === 'max-offset' ? t.maxOffsetMs : t.warnOffsetMs;
        parts.push(`The measurement (${(0,format/* humanDuration */.UU)(Math.abs(consensus.lowMs))} to ${(0,format/* humanDuration */.UU)(Math.abs(consensus.highMs))}) straddles ${j.straddles} ${(0,format/* humanDuration */.UU)(limit)} and more measurements within the timeout did not settle it, so it is treated as ${j.status}.`);
    }
    const title = j.status === 'ok'
        ? `Runner clock is within ${(0,format/* humanDuration */.UU)(t.warnOffsetMs)} (${(0,format/* describeOffset */.j8)(offsetMs)})`
        : `Runner clock is ${(0,format/* describeOffset */.j8)(offsetMs)}` +
            (j.status === 'fail'
                ? ` (over max-offset ${(0,format/* humanDuration */.UU)(t.maxOffsetMs)})`
                : ` (over warn-offset ${(0,format/* humanDuration */.UU)(t.warnOffsetMs)})`);
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


/***/ }),

/***/ 6264:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ signedMs),
/* harmony export */   UU: () => (/* binding */ humanDuration),
/* harmony export */   j8: () => (/* binding */ describeOffset)
/* harmony export */ });
/* unused harmony export direction */
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


/***/ }),

/***/ 1930:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZU: () => (/* binding */ awsRequirementFailure),
/* harmony export */   ew: () => (/* binding */ describeSignedCheck),
/* harmony export */   rE: () => (/* binding */ ntpBehindProxyNote)
/* harmony export */ });
/* unused harmony export awsFailuresAt */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6264);

const MINUTE_MS = 60_000;
/** Most AWS services allow 5 minutes; STS and S3 allow 15. */
const COMMON_WINDOW_MS = 5 * MINUTE_MS;
const STS_WINDOW_MS = 15 * MINUTE_MS;
function signed(ms) {
    return `${ms >= 0 ? '+' : '−'}${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .humanDuration */ .UU)(ms)}`;
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
    const size = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .describeOffset */ .j8)(offsetMs)} (±${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .humanDuration */ .UU)(r.sample.boundMs)})`;
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


/***/ }),

/***/ 7230:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M: () => (/* binding */ formatAddress),
  p: () => (/* binding */ resolveHost)
});

;// CONCATENATED MODULE: external "node:dns/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: ./src/sources/source.ts
var source = __nccwpck_require__(813);
;// CONCATENATED MODULE: ./src/net/resolve.ts
/** Host name resolution bounded by the run's deadline; a failure is a per-source error, never a throw. */



async function resolveHost(host, signal) {
    const literal = (0,external_node_net_.isIP)(host);
    if (literal === 4 || literal === 6)
        return { ok: true, address: host, family: literal };
    try {
        const answer = await (0,source/* untilAborted */.Eu)((0,promises_namespaceObject.lookup)(host), signal);
        if (!answer)
            return {
                ok: false,
                reason: `DNS lookup of ${host} did not finish before the deadline`,
                timedOut: true,
            };
        return { ok: true, address: answer.address, family: answer.family === 6 ? 6 : 4 };
    }
    catch (error) {
        const code = (0,source/* errorCode */.CA)(error);
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


/***/ }),

/***/ 1356:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   oM: () => (/* binding */ detectTimeService)
/* harmony export */ });
/* unused harmony exports realFs, runningProcesses, chronydControlsClock */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _time_services_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1321);
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(40);
/**
 * Which time service keeps this machine's clock, found at run time from what is running, not only from
 * what is installed: a chronyc binary next to a running systemd-timesyncd must not send us to chronyc.
 * Reads /proc and a few unit files: no processes, no network. A chronyd started with -x does not control
 * the clock (test servers on this very machine run that way) and does not count.
 */




const realFs = {
    readdir: (p) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(p);
        }
        catch {
            return [];
        }
    },
    readFile: (p) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8').slice(0, 4096);
        }
        catch {
            return '';
        }
    },
    exists: (p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p),
};
function runningProcesses(fs, procDir = '/proc') {
    return fs
        .readdir(procDir)
        .filter((d) => /^\d+$/.test(d))
        .map((pid) => ({
        comm: fs.readFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(procDir, pid, 'comm')).trim(),
        argv: fs
            .readFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(procDir, pid, 'cmdline'))
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
    return UNIT_DIRS.some((d) => fs.exists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, `${unit}.service`)));
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
    for (const [service, record] of Object.entries(_time_services_js__WEBPACK_IMPORTED_MODULE_2__/* .TIME_SERVICES */ .Dv)) {
        const hint = record.installed;
        if (!hint ||
            !(hint.commands?.some((c) => (0,_path_js__WEBPACK_IMPORTED_MODULE_3__/* .findOnPath */ .a)(c, env)) ||
                hint.files?.some((f) => fs.exists(f)) ||
                hint.units?.some((u) => unitExists(fs, u))))
            continue;
        const unit = service === 'openntpd' ? 'openntpd' : service === 'ntpd' ? ntpUnit(fs) : undefined;
        return { service, ...(unit ? { unit } : {}), running: false, evidence: installed(record.label) };
    }
    return { service: 'unknown', running: false, evidence: `no time daemon is running or installed${ignored}` };
}


/***/ }),

/***/ 6545:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   jj: () => (/* binding */ ec2Advice),
/* harmony export */   sv: () => (/* binding */ detectEc2),
/* harmony export */   v$: () => (/* binding */ amazonTimeSyncServers)
/* harmony export */ });
/* unused harmony exports isEc2, readDmi, AMAZON_TIME_SYNC_IPV4, AMAZON_TIME_SYNC_IPV6 */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _time_services_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1321);
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').slice(0, 256);
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
    return `${_time_services_js__WEBPACK_IMPORTED_MODULE_1__/* .AMAZON_TIME_SYNC_WHY */ .ih} ${_time_services_js__WEBPACK_IMPORTED_MODULE_1__/* .TIME_SERVICES */ .Dv[service].ec2}`;
}


/***/ }),

/***/ 4376:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ runnerType),
/* harmony export */   l: () => (/* binding */ detectPlatform)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _detect_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1356);
/* harmony import */ var _ec2_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6545);
/**
 * Facts about the machine we run on, for fix advice: the OS, whether this is a GitHub-hosted or
 * self-hosted runner, WSL, a container, EC2, and which time service runs (from /proc, else what is
 * installed). Only stat and small file reads: no processes started, no network. Asked only when there is
 * something to fix.
 */



function readSmall(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').slice(0, 4096);
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
        container: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)('/.dockerenv') || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)('/run/.containerenv'),
        // What is running wins over what is installed; a chronyd started with -x does not count.
        timeService: (0,_detect_js__WEBPACK_IMPORTED_MODULE_1__/* .detectTimeService */ .oM)({ os, env }).service,
        ec2: (0,_ec2_js__WEBPACK_IMPORTED_MODULE_2__/* .detectEc2 */ .sv)(os),
    };
}


/***/ }),

/***/ 40:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ findOnPath)
/* harmony export */ });
/* unused harmony export pathExtensions */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** Finding a command on PATH as the OS would (PATHEXT on Windows), without running anything. */


function isFileOnDisk(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
/** The extensions PATH lookup tries for `command`, in order. */
function pathExtensions(command, env, platform) {
    if (platform !== 'win32')
        return [''];
    const exts = (env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD')
        .split(';')
        .map((e) => e.trim())
        .filter(Boolean);
    // As cmd.exe: a name without an extension is never run as is. Node's Windows installer puts an
    // extensionless `npm` shell script next to npm.cmd; taking it would fail to start.
    return node_path__WEBPACK_IMPORTED_MODULE_1__.win32.extname(command) === '' ? exts : ['', ...exts];
}
/**
 * Where `command` would be found on PATH (with PATHEXT on Windows); undefined when nowhere. The current
 * directory is never searched (cmd.exe does that first; it lets a file planted in a checkout run).
 * `isFile` is injectable so that tests can describe a Windows machine on Linux.
 */
function findOnPath(command, env, platform = process.platform, isFile = isFileOnDisk) {
    const path = platform === 'win32' ? node_path__WEBPACK_IMPORTED_MODULE_1__.win32 : node_path__WEBPACK_IMPORTED_MODULE_1__.posix;
    const exts = pathExtensions(command, env, platform);
    const hasDir = platform === 'win32' ? /[\\/]/.test(command) : command.includes('/');
    if (path.isAbsolute(command) || hasDir) {
        return exts.map((e) => command + e).find(isFile);
    }
    const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
    for (const dir of dirs) {
        for (const ext of exts) {
            const candidate = path.join(dir.replace(/^"(.*)"$/, '$1'), command + ext);
            if (isFile(candidate))
                return candidate;
        }
    }
    return undefined;
}


/***/ }),

/***/ 1321:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ih: () => (/* binding */ AMAZON_TIME_SYNC_WHY),
  sf: () => (/* binding */ SUDOERS_HINT),
  Dv: () => (/* binding */ TIME_SERVICES),
  Zh: () => (/* binding */ genericClockFix)
});

// EXTERNAL MODULE: ./src/resync/strategies/chrony.ts
var chrony = __nccwpck_require__(1461);
;// CONCATENATED MODULE: ./src/resync/strategies/macos.ts
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

// EXTERNAL MODULE: ./src/resync/strategy.ts
var strategy = __nccwpck_require__(9717);
;// CONCATENATED MODULE: ./src/resync/strategies/ntpd.ts
/**
 * ntpd (ntp.org) and NTPsec have no "step now" command: they step (offsets over 128 ms) when they start,
 * so the strategy is a restart and a bounded wait until `ntpq` reports sync_ntp. Both distributions start
 * ntpd with -g, which lets that first step exceed the 1000 s panic threshold.
 */

function ntpdStrategy(ctx) {
    const unit = ctx.unit ?? 'ntp';
    const waitMs = (0,strategy/* share */.u)(ctx.budgetMs, 0.6, 20_000);
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
        attempts: (0,strategy/* restartAttempts */.S)(unit, unit, wait),
        whenAllFail: `${unit} was not restarted. If it exits at start with "panic", it runs without -g and the offset is over 1000 s: add -g to its options (NTPD_OPTS).`,
    };
}

;// CONCATENATED MODULE: ./src/resync/strategies/openntpd.ts
/**
 * OpenNTPD has no "step now" command either: it steps only at start-up (with -s, the default in recent
 * versions, when the offset is large) and otherwise slews at about 0.5 ms/s. So: restart, then wait
 * (bounded) for `ntpctl -s status` to say "clock synced".
 */

function openntpdStrategy(ctx) {
    const unit = ctx.unit ?? 'openntpd';
    const waitMs = (0,strategy/* share */.u)(ctx.budgetMs, 0.6, 20_000);
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
        attempts: (0,strategy/* restartAttempts */.S)(unit, 'OpenNTPD', wait),
        whenAllFail: 'OpenNTPD was not restarted. It steps only at start-up (with -s) and slews smaller offsets at 0.5 ms/s, so a few seconds can take hours.',
    };
}

;// CONCATENATED MODULE: ./src/resync/strategies/timesyncd.ts
/**
 * systemd-timesyncd: make sure synchronisation is on, restart the daemon so that it asks its servers now,
 * and wait (bounded) for its first reply. timesyncd steps the clock on any reply whose offset is over
 * 0.4 s (NTP_MAX_ADJUST), so a restart is a step. `--no-ask-password`: never a polkit prompt.
 */

function timesyncdStrategy(ctx) {
    const waitMs = (0,strategy/* share */.u)(ctx.budgetMs, 0.5, 15_000);
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

;// CONCATENATED MODULE: ./src/resync/strategies/windows.ts
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

;// CONCATENATED MODULE: ./src/platform/time-services.ts






/** Placeholder in FailureRule.next for "give the runner user passwordless sudo for this command". */
const SUDOERS_HINT = '<sudoers>';
const AMAZON_TIME_SYNC_WHY = 'This is an EC2 instance: use the Amazon Time Sync Service (169.254.169.123, or fd00:ec2::123 on Nitro with IPv6), which every instance reaches without internet access and which AWS keeps its own clocks to.';
const NTPD_UNIT_NOT_FOUND = /Unit .* not found|unrecognized service/i;
/** In the order detection tries what is installed: OpenNTPD's ntpd binary must not count as ntpd. */
const TIME_SERVICES = {
    chrony: {
        label: 'chrony',
        installed: { commands: ['chronyd', 'chronyc'], files: ['/usr/sbin/chronyd'] },
        strategy: chrony/* chronyStrategy */.JO,
        fix: 'Step the clock now with `sudo chronyc -a makestep`, then check `chronyc tracking` and `chronyc sources`.',
        quickFix: 'sudo chronyc -a makestep',
        ec2: 'Add `server 169.254.169.123 prefer iburst minpoll 4 maxpoll 4` to /etc/chrony/chrony.conf (or /etc/chrony.conf), then `sudo systemctl restart chronyd`.',
        failureRules: [
            {
                matches: /\b500 Failure\b/,
                reason: 'chronyd refused to step: it has no selected source with a measurement to step by, or it does not control the clock (started with -x)',
                next: 'check `chronyc sources -v` for a source marked `*`; if none answers, UDP 123 is blocked or the servers are unreachable: allow it, point chrony at an internal server (on EC2: `server 169.254.169.123 iburst`), or use resync-method: set-clock',
            },
            {
                matches: /\b501 Not authori[sz]ed\b/,
                reason: 'chronyc needs root for this command (it reached chronyd only over the unprivileged UDP port)',
                next: SUDOERS_HINT,
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
        notInstalledNext: 'install chrony (`sudo apt-get install chrony`) or check PATH',
    },
    timesyncd: {
        label: 'systemd-timesyncd',
        installed: { files: ['/lib/systemd/systemd-timesyncd', '/usr/lib/systemd/systemd-timesyncd'] },
        strategy: timesyncdStrategy,
        fix: 'Turn on synchronisation and restart it: `sudo timedatectl set-ntp true && sudo systemctl restart systemd-timesyncd`, then check `timedatectl timesync-status`.',
        quickFix: 'sudo timedatectl set-ntp true',
        ec2: 'Set `NTP=169.254.169.123` in /etc/systemd/timesyncd.conf, then `sudo systemctl restart systemd-timesyncd`.',
        failureRules: [
            {
                matches: /NTP not supported|Unit systemd-timesyncd\.service (not found|is masked)/i,
                reason: 'systemd-timesyncd is not installed or is masked',
                next: 'install it (`sudo apt-get install systemd-timesyncd`) or use chrony',
            },
        ],
        notInstalledNext: 'systemd tools are missing: is this a container? Fix the clock on the host',
    },
    openntpd: {
        label: 'OpenNTPD',
        installed: { commands: ['ntpctl'], units: ['openntpd'] },
        strategy: openntpdStrategy,
        fix: 'Restart OpenNTPD with `-s` to step the clock at start, then check `ntpctl -s status`.',
        ec2: 'Add `server 169.254.169.123` to ntpd.conf and restart OpenNTPD.',
        failureRules: [
            {
                matches: NTPD_UNIT_NOT_FOUND,
                reason: 'the OpenNTPD service unit has another name here',
                next: 'restart it by hand with -s, then check `ntpctl -s status`',
            },
        ],
        notInstalledNext: 'install OpenNTPD or chrony',
    },
    ntpd: {
        label: 'ntpd',
        installed: { commands: ['ntpd', 'ntpq'] },
        strategy: ntpdStrategy,
        fix: 'Restart ntpd so that it steps the clock at start (`sudo systemctl restart ntp` or `ntpsec`), then check `ntpq -p`.',
        ec2: 'Add `server 169.254.169.123 prefer iburst` to /etc/ntp.conf (or /etc/ntpsec/ntp.conf) and restart ntpd.',
        failureRules: [
            {
                matches: NTPD_UNIT_NOT_FOUND,
                reason: 'the ntpd service unit has another name here',
                next: 'restart it by hand (`sudo systemctl restart ntp`, `ntpd` or `ntpsec`), then check `ntpq -p`',
            },
        ],
        notInstalledNext: 'install ntpsec or chrony',
    },
    macos: {
        label: 'macOS',
        strategy: macosStrategy,
        fix: 'Step the clock now with `sudo sntp -sS time.apple.com`, and keep "Set time and date automatically" on.',
        quickFix: 'sudo sntp -sS time.apple.com',
        ec2: 'Run `sudo systemsetup -setnetworktimeserver 169.254.169.123`.',
        failureRules: [
            {
                matches: /Timeout|Exchange failed|no (response|reply)|cannot resolve|not known/i,
                reason: 'no answer from that NTP server (UDP 123 blocked, or the name does not resolve)',
                next: 'the next server is tried; if none answers, use resync-method: set-clock, which sets the clock from the HTTPS/STS consensus',
            },
        ],
        notInstalledNext: 'sntp ships with macOS at /usr/bin/sntp: check PATH',
    },
    windows: {
        label: 'Windows',
        strategy: windowsStrategy,
        fix: 'Run `w32tm /resync /force` as administrator (start the service first with `net start w32time` if it is stopped).',
        quickFix: 'w32tm /resync /force',
        ec2: 'Run `w32tm /config /manualpeerlist:169.254.169.123,0x8 /syncfromflags:manual /update` as administrator.',
        failureRules: [
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
        notInstalledNext: 'w32tm ships with Windows in System32: check PATH',
    },
    unknown: {
        label: 'no time service',
        fix: 'No time service was found: install chrony (`sudo apt-get install chrony`) or enable systemd-timesyncd.',
        ec2: 'Install chrony and add `server 169.254.169.123 prefer iburst` to its configuration.',
        failureRules: [],
        notInstalledNext: 'install chrony (`sudo apt-get install chrony`)',
    },
};
/** The one-line fix for any machine, from every service that has a single command for it. */
function genericClockFix() {
    const each = Object.values(TIME_SERVICES)
        .filter((s) => s.quickFix !== undefined)
        .map((s) => `${s.label} \`${s.quickFix}\``);
    return `Step the clock now and keep a time service running: ${each.join('; ')}. Then run \`clock-preflight check\` again.`;
}


/***/ }),

/***/ 3425:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jl: () => (/* binding */ precisionMs),
/* harmony export */   Q4: () => (/* binding */ ntpToUnixMs),
/* harmony export */   hS: () => (/* binding */ onWire),
/* harmony export */   uM: () => (/* binding */ refIdText),
/* harmony export */   vH: () => (/* binding */ encodeClientRequest),
/* harmony export */   wA: () => (/* binding */ NTP_PACKET_BYTES),
/* harmony export */   xk: () => (/* binding */ checkReply)
/* harmony export */ });
/* unused harmony exports NTP_UNIX_EPOCH_DELTA_S, MAX_ROOT_DISTANCE_MS, Mode, LEAP_UNSYNCHRONIZED, isZero, sameTimestamp, unixMsToNtp, encodePacket, decodePacket, KOD_STOP_CODES */
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


/***/ }),

/***/ 1461:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ chronyStrategy),
/* harmony export */   wB: () => (/* binding */ chronySystemTimeMs)
/* harmony export */ });
/* unused harmony export CHRONY_FAILURE */
/* harmony import */ var _strategy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9717);
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
    const waitMs = (0,_strategy_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .u)(ctx.budgetMs, 0.5, 20_000);
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
                        pauseAfterMs: (0,_strategy_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .u)(ctx.budgetMs, 0.15, 3000),
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


/***/ }),

/***/ 9717:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ restartAttempts),
/* harmony export */   u: () => (/* binding */ share)
/* harmony export */ });
/** A share of the budget for a bounded wait, never negative, never more than `capMs`. */
function share(budgetMs, fraction, capMs) {
    return Math.max(0, Math.min(capMs, Math.floor(budgetMs * fraction)));
}
/**
 * For daemons that step only when they start (ntpd, NTPsec, OpenNTPD): restart the unit through systemd,
 * or through `service` where there is no systemd, then run `wait`. `what` names the daemon in the purpose.
 */
function restartAttempts(unit, what, wait) {
    const restart = (argv, purpose) => ({
        id: 'restart',
        argv,
        purpose,
        privileged: true,
        maxMs: 10_000,
    });
    return [
        {
            name: `systemctl restart ${unit}`,
            steps: [
                restart(['systemctl', '--no-ask-password', 'restart', `${unit}.service`], `restart ${what} so that it steps the clock at start`),
                wait,
            ],
        },
        {
            name: `service ${unit} restart`,
            steps: [restart(['service', unit, 'restart'], `restart ${what} without systemd`), wait],
        },
    ];
}


/***/ }),

/***/ 488:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gn: () => (/* binding */ randomTimestamp),
/* harmony export */   OT: () => (/* binding */ refIdOf),
/* harmony export */   TN: () => (/* binding */ sampleFromReply),
/* harmony export */   gF: () => (/* binding */ ntpSource),
/* harmony export */   lM: () => (/* binding */ warmUp)
/* harmony export */ });
/* harmony import */ var node_dgram__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1314);
/* harmony import */ var node_dgram__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_dgram__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _protocol_ntp_packet_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3425);
/* harmony import */ var _time_clock_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3355);
/* harmony import */ var _net_resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7230);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(813);
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
    const b = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(8);
    return { seconds: b.readUInt32BE(0), fraction: b.readUInt32BE(4) };
}
function refIdOf(p) {
    // Stratum 1: a reference clock code in ASCII; above: the upstream server's IPv4 address.
    if (p.stratum === 1)
        return (0,_protocol_ntp_packet_js__WEBPACK_IMPORTED_MODULE_2__/* .refIdText */ .uM)(p.refId);
    return Array.from(p.refId).join('.');
}
function sampleFromReply(p, t1, t4) {
    const t2 = (0,_protocol_ntp_packet_js__WEBPACK_IMPORTED_MODULE_2__/* .ntpToUnixMs */ .Q4)(p.receive, t1);
    const t3 = (0,_protocol_ntp_packet_js__WEBPACK_IMPORTED_MODULE_2__/* .ntpToUnixMs */ .Q4)(p.transmit, t4);
    const { offsetMs, delayMs } = (0,_protocol_ntp_packet_js__WEBPACK_IMPORTED_MODULE_2__/* .onWire */ .hS)(t1, t2, t3, t4);
    // A negative delay means the server's timestamps disagree with our round trip by more than their
    // resolution; clamp to the server's precision as RFC 5905 does, the bound still holds.
    const delay = Math.max(delayMs, (0,_protocol_ntp_packet_js__WEBPACK_IMPORTED_MODULE_2__/* .precisionMs */ .Jl)(p.precision));
    const rootDistanceMs = p.rootDelayMs / 2 + p.rootDispersionMs;
    return {
        offsetMs,
        boundMs: delay / 2 + rootDistanceMs + (0,_protocol_ntp_packet_js__WEBPACK_IMPORTED_MODULE_2__/* .precisionMs */ .Jl)(p.precision) + LOCAL_READ_ERROR_MS,
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
        const a = (0,node_dgram__WEBPACK_IMPORTED_MODULE_0__.createSocket)('udp4');
        const b = (0,node_dgram__WEBPACK_IMPORTED_MODULE_0__.createSocket)('udp4');
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
            const check = (0,_protocol_ntp_packet_js__WEBPACK_IMPORTED_MODULE_2__/* .checkReply */ .xk)(bytes, origin);
            if (check.kind === 'valid')
                sampleFromReply(check.packet, t4, t4);
            done();
        });
        b.bind(0, '127.0.0.1', () => {
            a.connect(b.address().port, '127.0.0.1', () => a.send((0,_protocol_ntp_packet_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeClientRequest */ .vH)(origin)));
        });
    });
    return warmedUp;
}
function ntpSource(server, options = {}) {
    const clock = options.clock ?? _time_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .ml;
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
            ...(resolved ? { address: (0,_net_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .formatAddress */ .M)(resolved.address, server.port) } : {}),
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
            const r = await (0,_net_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveHost */ .p)(server.host, signal);
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
            const socket = (0,node_dgram__WEBPACK_IMPORTED_MODULE_0__.createSocket)(to.family === 6 ? 'udp6' : 'udp4');
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
                await (0,_source_js__WEBPACK_IMPORTED_MODULE_5__/* .sleep */ .yy)(lastRequestAt + minIntervalMs - (0,_time_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .monotonicMs */ .dR)(), abortController.signal);
                if (finished)
                    return;
                const origin = randomTimestamp();
                const request = (0,_protocol_ntp_packet_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeClientRequest */ .vH)(origin);
                requests += 1;
                lastRequestAt = (0,_time_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .monotonicMs */ .dR)();
                const t1 = clock.nowMs();
                outstanding.set(`${origin.seconds}.${origin.fraction}`, { t1, origin });
                socket.send(request, (error) => {
                    if (error)
                        finish(result({ status: 'error', reason: `could not send: ${(0,_source_js__WEBPACK_IMPORTED_MODULE_5__/* .errorCode */ .CA)(error)}` }));
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
                    const check = (0,_protocol_ntp_packet_js__WEBPACK_IMPORTED_MODULE_2__/* .checkReply */ .xk)(bytes, origin);
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
                const code = (0,_source_js__WEBPACK_IMPORTED_MODULE_5__/* .errorCode */ .CA)(error);
                const reason = code === 'ECONNREFUSED'
                    ? `connection refused: nothing answers NTP on ${(0,_net_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .formatAddress */ .M)(to.address, server.port)} (ICMP port unreachable)`
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


/***/ }),

/***/ 813:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Eu: () => (/* binding */ untilAborted),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
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


/***/ }),

/***/ 3355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ry: () => (/* binding */ reanchorWallClock),
/* harmony export */   dR: () => (/* binding */ monotonicMs),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
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
let anchor;
const systemClock = {
    nowMs() {
        anchor ??= anchorToWallClock();
        return anchor.wallMs + (performance.now() - anchor.perfMs);
    },
};
/**
 * Forgets the anchor, so that the next read pairs the monotonic clock with the wall clock afresh. Needed
 * after anything may have stepped the wall clock (resync): the monotonic clock does not move with a step,
 * so reads from the old anchor would go on reporting the clock as it was before.
 */
function reanchorWallClock() {
    anchor = undefined;
}
/** Monotonic milliseconds, for deadlines and durations only (never compared with reference time). */
function monotonicMs() {
    return performance.now();
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a unit test; bundled, so dist/ needs no package.json. */
const VERSION = '0.1.0';


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

/***/ 1314:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dgram");

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

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

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

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
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