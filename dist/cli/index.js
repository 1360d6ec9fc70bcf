#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7232:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  BT: () => (/* binding */ gateCommand),
  ud: () => (/* binding */ maskAccountIds)
});

// UNUSED EXPORTS: resyncCommand

// EXTERNAL MODULE: ./src/config/config.ts
var config = __nccwpck_require__(1122);
// EXTERNAL MODULE: ./src/gate/check.ts + 4 modules
var check = __nccwpck_require__(5828);
// EXTERNAL MODULE: ./src/platform/facts.ts
var facts = __nccwpck_require__(4376);
// EXTERNAL MODULE: ./src/gate/resync-budget.ts
var resync_budget = __nccwpck_require__(2679);
// EXTERNAL MODULE: ./src/gate/outcome.ts + 2 modules
var outcome = __nccwpck_require__(6493);
;// CONCATENATED MODULE: ./src/gate/gate.ts




async function runGate(config, env, dialect, deps = {}) {
    const first = await (0,check/* runCheck */.k_)(config, env);
    let clockFix = first.fix;
    if (config.resync === 'false') {
        // The resync machinery (commands, daemons, sudo) is not even loaded when it cannot run.
        const flow = {
            decision: { run: false, why: 'Resync is off (resync: false).' },
            final: first.measurement,
            resynced: false,
            line: 'Resync is off (resync: false).',
        };
        return (0,outcome/* decideOutcome */.d)({ config, first: first.measurement, flow, clockFix, env, dialect });
    }
    const { resyncThenMeasure } = await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(510)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9510));
    const flow = await resyncThenMeasure({
        mode: config.resync,
        method: config.resyncMethod,
        runner: (0,facts/* runnerType */.J5)(env),
        first: first.measurement,
        remeasure: async () => {
            const again = await (0,check/* runCheck */.k_)(config, env);
            clockFix = again.fix;
            return again.measurement;
        },
        budgetMs: (0,resync_budget/* resyncBudgetMs */.c)(config.timeoutMs),
        servers: config.ntpServers.map((s) => s.label),
        env,
        ...(deps.platform ? { platform: deps.platform } : {}),
    });
    return (0,outcome/* decideOutcome */.d)({ config, first: first.measurement, flow, clockFix, env, dialect });
}

// EXTERNAL MODULE: ./src/report/json.ts
var report_json = __nccwpck_require__(2794);
// EXTERNAL MODULE: ./src/report/text.ts + 1 modules
var report_text = __nccwpck_require__(6484);
// EXTERNAL MODULE: ./src/cli/metrics.ts + 1 modules
var cli_metrics = __nccwpck_require__(4777);
// EXTERNAL MODULE: ./src/guard.ts
var guard = __nccwpck_require__(578);
;// CONCATENATED MODULE: ./src/cli/gate.ts
/**
 * `clock-preflight check` and `clock-preflight resync`, a thin adapter: the gate's one outcome, rendered
 * as text or JSON; its exit code is the outcome's. `resync` is `check` with `--resync` defaulting to
 * `true` (the user asked for a resync by name; `force` also acts on GitHub-hosted runners). For other CI
 * systems and for the runner's pre-job hook.
 */






/**
 * Inside GitHub Actions the account id is masked in the log as the action masks it (the runner replaces it
 * from this line on), before any report that may name it. Only a 12-digit id is ever written here: a
 * server's text never is. `main` lets exactly these lines through as commands.
 */
function maskAccountIds(outcome, io) {
    if (io.env.GITHUB_ACTIONS === 'true' && outcome.maskAccountId) {
        for (const id of outcome.accountIds)
            io.stdout(`::add-mask::${id}\n`);
    }
}
/** Returns the exit code: 0 when the final measurement passes (ok, warn), 1 when it fails the job. */
async function gateCommand(config, json, io, deps = {}) {
    const metrics = await (0,cli_metrics/* cliMetrics */.U)(config, io);
    const outcome = await runGate(metrics.measureConfig, io.env, 'cli', deps);
    // From here the exit code is the verdict's, whatever fails while it is reported.
    (0,guard/* verdictChosen */.kn)(outcome.exitCode);
    maskAccountIds(outcome, io);
    if (json)
        io.stdout(JSON.stringify((0,report_json/* renderJson */.h)(outcome), null, 2) + '\n');
    else
        io.stdout((0,report_text/* renderText */.S5)(outcome, { columns: (0,report_text/* terminalColumns */.UV)(io.env, io.columns) }));
    // Delivery never changes the verdict: a warning each, and the outcome's exit code.
    await metrics.deliver(outcome);
    return outcome.exitCode;
}
async function resyncCommand(args, io, deps = {}) {
    const config = readConfig((name) => (name === 'resync' ? (args.inputs.get(name) ?? 'true') : args.inputs.get(name)), io.env);
    return gateCommand(config, args.json, io, deps);
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _guard_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(578);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2460);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1604);



// The AWS SDK warns about the Node version it runs on; that is about us, not about the user's clock.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const say = (line) => process.stderr.write(`clock-preflight: ${line}\n`);
(0,_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .installProcessGuard */ .gI)({ report: say, internalErrorCode: _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_FAIL */ .WV });
// A command that subscribed to SIGINT/SIGTERM (wait) has said its last line when it returns: exit at once.
let stopped = false;
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    onStop: (handler) => {
        const on = (signal) => {
            stopped = true;
            handler(signal);
        };
        process.once('SIGINT', on).once('SIGTERM', on);
        return () => process.off('SIGINT', on).off('SIGTERM', on);
    },
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    drained: (stream) => new Promise((resolve) => {
        const s = process[stream];
        const done = () => {
            s.off('drain', done).off('close', done).off('error', done);
            resolve();
        };
        s.on('drain', done).on('close', done).on('error', done);
    }),
    env: process.env,
    ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
    // Touching process.stdin builds a stream, which only explain needs.
    stdin: () => process.stdin,
});
if (stopped)
    process.exit();
(0,_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .exitWhenDone */ .l2)(say);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   WV: () => (/* binding */ EXIT_FAIL)
/* harmony export */ });
const EXIT_OK = 0;
const EXIT_FAIL = 1;
const EXIT_USAGE = 2;


/***/ }),

/***/ 2460:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/config/config.ts
var config_config = __nccwpck_require__(1122);
// EXTERNAL MODULE: ./src/gate/check.ts + 4 modules
var check = __nccwpck_require__(5828);
// EXTERNAL MODULE: ./src/platform/advice.ts
var advice = __nccwpck_require__(223);
// EXTERNAL MODULE: ./src/platform/facts.ts
var facts = __nccwpck_require__(4376);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/guard.ts
var guard = __nccwpck_require__(578);
;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * argv \u2192 a command, its input values and output flags. Pure. Inputs use the same names as the action's
 * (`--ntp-servers`, `--max-offset`, \u2026); boolean inputs also work bare (`--json`, `--require-authenticated`).
 */

const COMMANDS = ['check', 'resync', 'wait', 'explain', 'run'];
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
                    throw new config_config/* InputError */.dz(name, `${(0,config_config/* echo */.WI)(value)} is not a boolean; use --${name} or --${name}=true|false`);
                }
                const on = value !== 'false';
                if (name === 'json')
                    parsed.json = on;
                else if (on)
                    parsed.command = name;
                continue;
            }
            const spec = config_config/* INPUTS */.mc.find((s) => s.name === name);
            if (!spec) {
                throw new config_config/* InputError */.dz(name, `unknown flag --${name}; run 'clock-preflight --help' for the list`);
            }
            if (parsed.inputs.has(name)) {
                // The last value silently winning hides a typo in a long command line; say which flag, once.
                throw new config_config/* InputError */.dz(name, `given twice; give it once (${spec.form})`);
            }
            if (value === undefined) {
                const next = argv[i + 1];
                // A bare boolean flag is true; a word after it is its value (checked by the config, which names
                // the flag and the accepted form), unless that word is a command or the explain text.
                const bare = next === undefined ||
                    next.startsWith('-') ||
                    COMMANDS.includes(next) ||
                    (parsed.command === 'explain' && !(spec.choices ?? ['true', 'false']).includes(next));
                if (spec.boolean && bare) {
                    value = 'true';
                }
                else if (next === undefined || (next.startsWith('--') && next.length > 2)) {
                    throw new config_config/* InputError */.dz(name, `--${name} needs a value: ${spec.form}`);
                }
                else {
                    value = next;
                    i++;
                }
            }
            if (value.trim() === '') {
                // An empty value is a mistake (an unset shell variable), not a request for the default.
                const what = name === 'https-servers' ? 'the HTTPS servers' : name.slice(0, 3).toUpperCase();
                const off = name.endsWith('-servers') ? ` ('none' turns ${what} off)` : '';
                throw new config_config/* InputError */.dz(name, `the value is empty; use ${spec.form}${off}`);
            }
            parsed.inputs.set(name, value);
            continue;
        }
        if (arg.startsWith('-') && arg !== '-') {
            throw new config_config/* InputError */.dz(arg, `unknown option ${arg}; run 'clock-preflight --help' for the list`);
        }
        if (!commandSeen && parsed.positional.length === 0) {
            if (!COMMANDS.includes(arg)) {
                throw new config_config/* InputError */.dz('command', `${(0,config_config/* echo */.WI)(arg)} is not a command; use one of: ${COMMANDS.join(', ')}`);
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

// EXTERNAL MODULE: ./src/report/text.ts + 1 modules
var report_text = __nccwpck_require__(6484);
// EXTERNAL MODULE: ./src/gate/wait-plan.ts
var wait_plan = __nccwpck_require__(8000);
;// CONCATENATED MODULE: ./src/cli/help.ts




/** `--help`, wrapped to `columns`: flag descriptions are paragraphs, not 300-character lines. */
function helpText(columns = 80) {
    const describe = (text) => (0,report_text/* wrap */.LV)(text, columns, '      ', '      ');
    const flags = config_config/* INPUTS */.mc.map((i) => {
        const head = `  --${i.name}${i.boolean ? `[=${(i.choices ?? ['true', 'false']).join('|')}]` : '=VALUE'}`;
        const def = i.default === '' ? '' : ` (default: ${i.default})`;
        return `${head}\n${describe(i.description + def)}`;
    }).join('\n');
    const usage = [
        ['check [flags]', 'measure the clock; exit 0 ok or warn, 1 fail, 2 bad input'],
        [
            'resync [flags]',
            "check; when it does not pass, resync with this machine's time service (chrony, timesyncd, ntpd, sntp, w32tm), check again",
        ],
        [
            'wait [flags]',
            `before a service starts: measure; when out of bounds resync and measure again, with a back-off, until within bounds (exit 0) or --timeout passes (exit 1; default ${wait_plan/* WAIT_DEFAULT_TIMEOUT */.Yi}, at most 10m); keeps trying while no source answers (network not up yet). One line per attempt; SIGINT/SIGTERM end it at once`,
        ],
        [
            'explain [flags] TEXT | -',
            'what a time error says (Signature expired, RequestTimeTooSkewed, JWT iat/exp, AADSTS700024, TLS, apt, Kerberos, gpg, make, tar, ssh \u2026), then measure now and say whether the clock is the cause; always exit 0',
        ],
        [
            'run [flags] -- CMD [ARGS]',
            "run CMD with its output passed through; when it fails with a time error, explain it after; exit with CMD's own exit code",
        ],
    ]
        .map(([command, what]) => `  clock-preflight ${command}\n${describe(what)}`)
        .join('\n');
    return `${(0,report_text/* wrap */.LV)(`clock-preflight ${version/* VERSION */.x}: check this machine's clock against NTP and AWS before anything is signed.`, columns)}

Usage:
${usage}

Flags (the same names as the GitHub Action's inputs):
${flags}
  --json
${describe('Print one JSON object instead of the human report.')}
  --help, --version

${(0,report_text/* wrap */.LV)('Sign convention: offset = reference time \u2212 runner time; positive means this machine is behind.', columns)}
`;
}

// EXTERNAL MODULE: ./src/cli/gate.ts + 1 modules
var gate = __nccwpck_require__(7232);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(1604);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI: argv in; text or JSON out. `check` exits 0 (ok, warn), 1 (fail, or unreachable under `fail`),
 * 2 (bad input); `explain` always 0; `run` with the wrapped command's own exit code.
 */













function measureWith(config, env) {
    return async () => {
        // Only the verdict is used here: no fix advice, so the machine is not inspected for one.
        const v = (await (0,check/* runCheck */.k_)(config, env, { fixAdvice: false })).measurement.verdict;
        return { status: v.status, offsetMs: v.offsetMs, uncertaintyMs: v.uncertaintyMs, title: v.title };
    };
}
/** In GitHub Actions, a diagnosis also becomes an error annotation; @actions/core is loaded only then. */
async function annotator(env) {
    if (env.GITHUB_ACTIONS !== 'true')
        return undefined;
    const core = await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(264), __nccwpck_require__.e(278)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7264));
    return (message, title) => core.error((0,report_escape/* forLog */.Ig)(message), { title: (0,report_escape/* forTitle */.A8)(title) });
}
async function explainText(args, io) {
    const { readTextBounded } = await __nccwpck_require__.e(/* import() */ 497).then(__nccwpck_require__.bind(__nccwpck_require__, 8497));
    const words = args.positional.length > 0 ? args.positional : args.rest;
    if (words.length > 0 && !(words.length === 1 && words[0] === '-'))
        return words.join(' ');
    const stdin = io.stdin?.();
    if (!stdin || (stdin.isTTY && words.length === 0)) {
        throw new config_config/* InputError */.dz('explain', "give the error text as an argument, or '-' to read it from standard input");
    }
    return readTextBounded(stdin);
}
/**
 * An input error in the CLI's own words: the flag as it is typed (`--max-offset`), not the action's input
 * name; an environment variable or the command line itself as they are.
 */
function cliInputMessage(error) {
    const base = error.input.split(' ')[0];
    const named = config_config/* INPUTS */.mc.some((i) => i.name === base) ? error.input.replace(base, `--${base}`) : error.input;
    return `invalid ${named}: ${error.detail.replace(/`([a-z][a-z-]+): ([^`\s]+)`/g, '`--$1 $2`')}`;
}
/**
 * Inside GitHub Actions the runner reads our stdout and stderr for workflow commands: everything we write
 * ourselves passes through the door there (the wrapped command's own bytes in `run` do not come here).
 */
function actionsSafe(io) {
    if (io.env.GITHUB_ACTIONS !== 'true')
        return io;
    const safe = (write) => (t) => write(typeof t === 'string' ? (0,report_escape/* neutraliseWorkflowCommands */.WM)(t) : t);
    return { ...io, stdout: safe(io.stdout), stderr: safe(io.stderr) };
}
/** Our own `::add-mask::` lines (12 digits, validated) go out as commands; all else through the door. */
function gateStdout(raw, safe) {
    return (t) => (typeof t === 'string' && /^::add-mask::\d{12}\n$/.test(t) ? raw.stdout(t) : safe.stdout(t));
}
async function main(argv, rawIo) {
    const io = actionsSafe(rawIo);
    (0,guard/* verdictChosen */.kn)(undefined);
    try {
        const args = parseArgs(argv);
        if (args.command === 'help') {
            io.stdout(helpText((0,report_text/* terminalColumns */.UV)(io.env, io.columns)));
            return cli_io/* EXIT_OK */.Ij;
        }
        if (args.command === 'version') {
            io.stdout(`${version/* VERSION */.x}\n`);
            return cli_io/* EXIT_OK */.Ij;
        }
        // Every input is validated before any network work or any command runs. `resync` is `check` with
        // --resync defaulting to true; `wait` resyncs too, and its --timeout is the whole wait (boot can be slow).
        const defaults = args.command === 'resync'
            ? { resync: 'true' }
            : args.command === 'wait'
                ? { resync: 'true', timeout: wait_plan/* WAIT_DEFAULT_TIMEOUT */.Yi }
                : {};
        const config = (0,config_config/* readConfig */.Xg)((name) => args.inputs.get(name) ?? defaults[name], io.env);
        const clockFix = () => (0,advice/* fixAdvice */.g)((0,facts/* detectPlatform */.li)(io.env));
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
                    throw new config_config/* InputError */.dz('run', `put the command after '--': clock-preflight run [flags] -- ${args.positional.join(' ')}`);
                }
                if (args.rest.length === 0)
                    throw new config_config/* InputError */.dz('run', 'no command given: clock-preflight run [flags] -- COMMAND [ARGS\u2026]');
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
            case 'wait': {
                if (args.positional.length > 0 || args.rest.length > 0) {
                    throw new config_config/* InputError */.dz('wait', `unexpected argument ${(0,config_config/* echo */.WI)([...args.positional, ...args.rest][0])}; wait takes only flags (see --help)`);
                }
                const { waitCommand } = await __nccwpck_require__.e(/* import() */ 533).then(__nccwpck_require__.bind(__nccwpck_require__, 8533));
                return await waitCommand(config, args.json, { ...io, stdout: gateStdout(rawIo, io) });
            }
            case 'check':
            case 'resync': {
                if (args.positional.length > 0 || args.rest.length > 0) {
                    throw new config_config/* InputError */.dz(args.command, `unexpected argument ${(0,config_config/* echo */.WI)([...args.positional, ...args.rest][0])}; ${args.command} takes only flags (see --help)`);
                }
                // The mask line must reach the runner as a command, so the gate writes to the unfiltered stream;
                // everything else it writes passes through the door itself.
                return await (0,gate/* gateCommand */.BT)(config, args.json, { ...io, stdout: gateStdout(rawIo, io) });
            }
        }
    }
    catch (error) {
        if (error instanceof config_config/* InputError */.dz) {
            io.stderr(`clock-preflight: ${cliInputMessage(error)}\n`);
            return cli_io/* EXIT_USAGE */.Ri;
        }
        io.stderr(`clock-preflight: ${(0,report_escape/* forLog */.Ig)((0,guard/* unexpectedErrorLine */._J)(error))}\n`);
        // After `run --` has run its command, the command's code, not ours; after a verdict, the verdict's.
        return (0,guard/* internalErrorExitCode */.f_)();
    }
}


/***/ }),

/***/ 4777:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  U: () => (/* binding */ cliMetrics)
});

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/config/config.ts
var config = __nccwpck_require__(1122);
// EXTERNAL MODULE: ./src/sources/untrusted-text.ts
var untrusted_text = __nccwpck_require__(8870);
// EXTERNAL MODULE: ./src/time/clock.ts
var clock = __nccwpck_require__(3355);
// EXTERNAL MODULE: ./src/report/otlp.ts
var report_otlp = __nccwpck_require__(6187);
;// CONCATENATED MODULE: ./src/report/metrics-targets.ts
/**
 * Where the metrics go for a config and an environment, how much of the deadline that may take, and the
 * one set-up every entry point (the CLI's commands, the action's main and post steps) runs before it
 * measures. Small, and loaded at start-up: the rendering and writing code (metrics-deliver.ts) is loaded
 * only when there is something to deliver, after the verdict, and the network code (metrics-export.ts)
 * only when a Pushgateway or an OTLP endpoint is configured.
 */






function metricsTargets(config, env) {
    // An endpoint that is set but unusable still counts: its warning is said when exporting.
    const plan = (0,report_otlp/* otlpPlan */.Z0)(env);
    const otlp = plan.settings !== undefined || plan.warnings.length > 0;
    const network = config.pushgateway !== undefined || otlp;
    return {
        metricsFile: config.metricsFile,
        pushgateway: config.pushgateway,
        otlp,
        any: network || config.metricsFile !== undefined,
        network,
    };
}
/**
 * The share of `timeout` kept for pushing and exporting when a network destination is configured: the
 * check gets the rest, so the whole run still ends within `timeout`. A tenth, at least 250 ms (or half of
 * a very short timeout), at most 2 s: a Pushgateway or collector on the same network answers in
 * milliseconds, and a slow one must not hold up the job.
 */
function exportShareMs(timeoutMs) {
    return Math.min(2000, Math.max(Math.min(250, timeoutMs / 2), timeoutMs / 10));
}
/** The config the check runs with: the same, with the export's share taken off its deadline. */
function checkConfig(config, targets) {
    return targets.network
        ? { ...config, timeoutMs: config.timeoutMs - exportShareMs(config.timeoutMs) }
        : config;
}
/**
 * Validates the metrics file's place before anything is measured, so that a run is never half done: the
 * directory exists, is a directory and is writable, and the path is not itself a directory. Here, not
 * beside the writing code, so that checking it loads nothing more.
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
 * The metrics set-up of every entry point, called before measuring: the destinations, the metrics file's
 * place checked (a bad one is an InputError, unless `checkFile` is false: the post step measures anyway
 * and says a failed write as a warning), the deadline, and a `deliver` that loads the delivery code only
 * when something is to be delivered.
 */
function setUpMetrics(config, env, options = {}) {
    const targets = metricsTargets(config, env);
    if (config.metricsFile && options.checkFile !== false)
        checkMetricsFile(config.metricsFile);
    const deadlineMs = (0,clock/* monotonicMs */.dR)() + config.timeoutMs;
    return {
        targets,
        measureConfig: checkConfig(config, targets),
        deadlineMs,
        async deliver(request, byMs) {
            if (!targets.any)
                return { families: [], warnings: [] };
            try {
                const { deliverMetrics } = await __nccwpck_require__.e(/* import() */ 245).then(__nccwpck_require__.bind(__nccwpck_require__, 1245));
                const by = byMs === undefined ? deadlineMs : Math.min(deadlineMs, byMs);
                return await deliverMetrics(request, targets, env, by);
            }
            catch (error) {
                // Whatever went wrong (loading the code, rendering, a bug), the verdict is already out.
                const why = (0,untrusted_text/* untrustedText */.U)(error instanceof Error ? error.message : String(error), 300);
                return {
                    families: [],
                    warnings: [`Could not deliver the metrics: ${why}. The check's result stands.`],
                };
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/metrics.ts


async function cliMetrics(config, io) {
    const metrics = setUpMetrics(config, io.env);
    return {
        measureConfig: metrics.measureConfig,
        async deliver(outcome, byMs) {
            const { warnings } = await metrics.deliver({ kind: 'outcome', outcome }, byMs);
            for (const w of warnings)
                io.stderr(`clock-preflight: warning: ${(0,report_escape/* forLog */.Ig)(w)}\n`);
        },
    };
}


/***/ }),

/***/ 1122:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WI: () => (/* binding */ echo),
/* harmony export */   Xg: () => (/* binding */ readConfig),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   mc: () => (/* binding */ INPUTS)
/* harmony export */ });
/* unused harmony exports DEFAULT_NTP_SERVERS, DEFAULT_NTS_SERVERS, DEFAULT_WARN_OFFSET, inputSpec, parseDuration, isIPv4, isIPv6, isHostname, parseServer, parseServerList, parseHttpsServer, parseHttpsServers, parseChoice, parseBoolean, parseRegion */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _profiles_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3810);
/**
 * One input schema for both entry points: the action reads `INPUT_*` through @actions/core, the CLI reads
 * `--flags`; both hand a name \u2192 raw string lookup to `readConfig`, which validates everything before any
 * network work and names the input and its accepted form when something is wrong.
 */


class InputError extends Error {
    input;
    detail;
    constructor(input, 
    /** What is wrong and the accepted form, without the input's name. */
    detail) {
        super(`Invalid input '${input}': ${detail}`);
        this.input = input;
        this.detail = detail;
        this.name = 'InputError';
    }
}
/**
 * A bad value quoted back to the person who wrote it: whole when short, else its start and its length
 * (a 120 KB value echoed whole buries the message that names the input).
 */
function echo(value) {
    const MAX = 60;
    const oneLine = JSON.stringify(value).slice(1, -1);
    if (oneLine.length <= MAX)
        return `'${oneLine}'`;
    return `'${oneLine.slice(0, MAX)}\u2026' (${value.length} characters)`;
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
const DEFAULT_WARN_OFFSET = '5s';
const DEFAULT_MAX_OFFSET = '60s';
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
        name: 'https-servers',
        description: "HTTPS servers whose Date header is a time source (authenticated by TLS), comma- or newline-separated: https://host[:port][/path] or host[:port]. Servers of one operator (registrable domain) are one vote. Default: inside GitHub Actions, GITHUB_API_URL (GitHub's clock, which judges GitHub tokens and App JWTs); elsewhere none. A list replaces the default; `none` turns it off.",
        default: '',
        form: 'a comma- or newline-separated list of https://host[:port][/path] or host[:port] (https), or none',
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
        description: "Warn when the clock is off by more than this, on either side (default: 5s, or half the profile's limit). Durations: 1500ms, 30s, 5m, 1h; bare numbers are seconds.",
        default: '',
        form: 'a duration such as 1500ms, 30s, 5m or 1h (bare numbers are seconds)',
    },
    {
        name: 'max-offset',
        description: "Fail when the clock is off by more than this, on either side (default: 60s, or the profile's limit). AWS rejects SigV4 signatures more than 5 minutes off.",
        default: '',
        form: 'a duration such as 1500ms, 30s, 5m or 1h (bare numbers are seconds)',
    },
    {
        name: 'profile',
        description: "Tolerances of the credentials the job uses next, comma-separated and combinable (the strictest wins on each side): `aws` (SigV4, 5 min), `github-app` (App JWT, 30 s ahead, 9 m 30 s behind), `kerberos` (5 min), `oidc` (60 s), `strict` (5 s). Each fails at the consumer's limit and warns at half of it; an explicit warn-offset or max-offset still wins.",
        default: '',
        form: `a comma-separated list of ${_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .PROFILE_NAMES */ .J.join(', ')}`,
    },
    {
        name: 'timeout',
        description: 'Deadline for the whole check, all sources together. For `wait`: the whole wait (default 5m there), each measurement taking at most 10s of it.',
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
    {
        name: 'mask-aws-account-id',
        description: "Mask the AWS account id of the signed STS check in the job's logs and leave it out of the `sources` output (as aws-actions/configure-aws-credentials does). `false` shows and outputs it.",
        default: 'true',
        form: 'true or false',
        boolean: true,
    },
    {
        name: 'metrics-file',
        description: "Write the result as Prometheus metrics to this file (atomically), for node_exporter's textfile collector: a path ending in .prom in its --collector.textfile.directory. The directory must exist and be writable.",
        default: '',
        form: 'a file path in an existing, writable directory, such as /var/lib/prometheus/node-exporter/clock_preflight.prom',
    },
    {
        name: 'pushgateway',
        description: 'Push the result as Prometheus metrics to this Pushgateway (job clock-preflight, instance the runner name or host name). A failed push is a warning; it never fails the check.',
        default: '',
        form: 'the Pushgateway base URL, such as http://pushgateway:9091 (https://user:password@host:9091 for basic auth, percent-encoded)',
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
        throw new InputError(input, `${echo(text)} is not a duration; use ${inputSpec(input).form}`);
    const ms = Number(match[1]) * UNIT_MS[match[2] ?? 's'];
    if (!Number.isFinite(ms))
        throw new InputError(input, `${echo(text)} is too large`);
    return ms;
}
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
function isIPv4(text) {
    return (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(text);
}
/** An IPv6 literal without a zone id (a zone names a local interface, never a time server). */
function isIPv6(text) {
    // Every IPv6 literal has at least two colons; checking that first spares host:port entries node's large
    // IPv6 pattern (compiled on first use, ~5 ms of start-up).
    return text.indexOf(':') !== text.lastIndexOf(':') && !text.includes('%') && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(text);
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
        throw new InputError(input, `${echo(entry)} has an invalid port; ports are 1 to 65535`);
    }
    return Number(text);
}
/** One server entry: host, host:port, IPv4, IPv4:port, IPv6, [IPv6] or [IPv6]:port. */
function parseServer(entry, input, defaultPort) {
    const bad = () => new InputError(input, `${echo(entry)} is not a server; use ${inputSpec(input).form.replace(/^a comma.*?list of /, '')}`);
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
/** Servers per list at most: each is a socket and a vote, and more than a handful adds nothing. */
const MAX_SERVERS = 16;
/**
 * The rules every server list follows: comma- or newline-separated, `none` (alone) for an empty list, no
 * server twice (by `key`: the same host and port, or the same URL), at most 16.
 */
function parseList(text, input, parseEntry, key) {
    const entries = text
        .split(/[,\n]/)
        .map((e) => e.trim())
        .filter((e) => e !== '');
    if (entries.length === 1 && entries[0].toLowerCase() === 'none')
        return [];
    if (entries.length === 0)
        throw new InputError(input, `the list is empty; give servers or 'none'`);
    const servers = entries.map(parseEntry);
    const seen = new Set();
    for (const s of servers) {
        if (seen.has(key(s)))
            throw new InputError(input, `${echo(s.label)} is listed twice`);
        seen.add(key(s));
    }
    if (servers.length > MAX_SERVERS)
        throw new InputError(input, `${servers.length} servers is too many; give at most ${MAX_SERVERS}`);
    return servers;
}
/** A comma- or newline-separated list; `none` (alone) means an empty list. */
function parseServerList(text, input, defaultPort) {
    return parseList(text, input, (e) => parseServer(e, input, defaultPort), (s) => `${s.host}:${s.port}`);
}
/**
 * One https-servers entry: an https URL, or host[:port] meaning https. Plain http is refused: anyone on
 * the path can rewrite an unauthenticated Date header, so it would be a vote an attacker casts.
 */
function parseHttpsServer(entry, input, from = 'https-servers') {
    const form = 'use https://host[:port][/path] or host[:port]';
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(entry)?.[1]?.toLowerCase();
    if (scheme === 'http') {
        throw new InputError(input, `${echo(entry)} is plain HTTP: anyone on the network path can rewrite its Date header, so it cannot vote on the time; use https://`);
    }
    if (scheme !== undefined && scheme !== 'https') {
        throw new InputError(input, `${echo(entry)} is not an https URL; ${form}`);
    }
    const rest = scheme ? entry.slice('https://'.length) : entry;
    // The authority as written, checked by the same rules as the other server lists: the URL parser would
    // quietly turn 'https://999' into 0.0.3.231 and accept names no resolver knows.
    const authority = /^[^/?#]*/.exec(rest)[0];
    if (authority.includes('@')) {
        // Credentials in the URL would be sent to the server and printed in every report.
        throw new InputError(input, `${echo(entry)} carries credentials (user:password@); give the server without them`);
    }
    const bad = () => new InputError(input, `${echo(entry)} does not name a server; ${form}`);
    const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(authority);
    const [host, port] = bracketed
        ? [bracketed[1], bracketed[2]]
        : authority.split(':');
    if (bracketed ? !isIPv6(host) : authority.split(':').length > 2 || (!isIPv4(host) && !isHostname(host)))
        throw bad();
    if (port !== undefined)
        parsePort(port, input, entry);
    let url;
    try {
        url = new URL(`https://${rest}`);
    }
    catch {
        throw bad();
    }
    url.hash = '';
    const plainOrigin = url.pathname === '/' && url.search === '';
    const label = plainOrigin ? url.host : url.href.slice('https://'.length);
    return { url, label, from };
}
/**
 * https-servers: the list given, or (when not given) GITHUB_API_URL inside GitHub Actions: GitHub's own
 * clock judges the GitHub tokens and App JWTs a job mints, so it is the reference that matters there.
 */
function parseHttpsServers(text, env) {
    const input = 'https-servers';
    if (text === undefined || text.trim() === '') {
        if (env.GITHUB_ACTIONS !== 'true')
            return [];
        const api = env.GITHUB_API_URL?.trim() || 'https://api.github.com';
        return [
            parseHttpsServer(api, 'https-servers (from GITHUB_API_URL; set https-servers to none or to a list to replace it)', 'GITHUB_API_URL'),
        ];
    }
    return parseList(text, input, (e) => parseHttpsServer(e, input), (s) => s.url.href);
}
function parseChoice(text, input, choices) {
    const value = text.trim().toLowerCase();
    if (choices.includes(value))
        return value;
    throw new InputError(input, `${echo(text)} is not accepted; use ${inputSpec(input).form}`);
}
function parseBoolean(text, input) {
    const value = text.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new InputError(input, `${echo(text)} is not accepted; use ${INPUTS.find((i) => i.name === input)?.form ?? 'true or false'}`);
}
const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
function parseRegion(text, input) {
    const value = text.trim();
    if (!REGION.test(value))
        throw new InputError(input, `${echo(text)} is not a region; use ${inputSpec(input).form}`);
    return value;
}
function readProfiles(text) {
    if (text.trim() === '')
        return [];
    const parsed = (0,_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .parseProfiles */ .Es)(text);
    if ('bad' in parsed) {
        throw new InputError('profile', `${echo(parsed.bad)} is not a profile; use ${inputSpec('profile').form}`);
    }
    if ('twice' in parsed)
        throw new InputError('profile', `${echo(parsed.twice)} is listed twice`);
    if (parsed.length === 0)
        throw new InputError('profile', `the list is empty; use ${inputSpec('profile').form}`);
    return parsed;
}
/**
 * The Pushgateway's base URL (a path prefix is kept, for a gateway behind --web.route-prefix). A value
 * that is not a URL is not quoted back: it may hold a password, and where it ends cannot be told.
 */
function parsePushgateway(text, input) {
    const form = inputSpec('pushgateway').form;
    let url;
    try {
        url = new URL(text.trim());
    }
    catch {
        throw new InputError(input, `the value is not a URL; use ${form}`);
    }
    const shown = `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new InputError(input, `${echo(shown)} is not http:// or https://; use ${form}`);
    if (url.search !== '' || url.hash !== '')
        throw new InputError(input, `${echo(shown)} has a query or a fragment; use ${form}`);
    if (/\/metrics(\/|$)/.test(url.pathname))
        throw new InputError(input, `${echo(shown)} names a push path; give the base URL only (clock-preflight adds /metrics/job/clock-preflight/instance/\u2026): ${form}`);
    return url;
}
function raw(get, name) {
    const value = get(name);
    return value === undefined || value.trim() === '' ? inputSpec(name).default : value;
}
function readConfig(get, env = {}) {
    const ntpServers = parseServerList(raw(get, 'ntp-servers'), 'ntp-servers', 123);
    const ntsServers = parseServerList(raw(get, 'nts-servers'), 'nts-servers', 4460);
    const httpsServers = parseHttpsServers(get('https-servers'), env);
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
    // Unset (no default in the schema) so that a profile can tell the user's value from the default's.
    const warnText = raw(get, 'warn-offset') || DEFAULT_WARN_OFFSET;
    const maxText = raw(get, 'max-offset') || DEFAULT_MAX_OFFSET;
    const warnGiven = raw(get, 'warn-offset') !== '';
    const maxGiven = raw(get, 'max-offset') !== '';
    const warnOffsetMs = parseDuration(warnText, 'warn-offset');
    const maxOffsetMs = parseDuration(maxText, 'max-offset');
    if (maxOffsetMs <= 0)
        throw new InputError('max-offset', 'must be more than zero');
    const profiles = readProfiles(raw(get, 'profile'));
    // Against each other only when both are the user's (or both defaults): a profile's limit is clamped.
    if (warnOffsetMs > maxOffsetMs && (profiles.length === 0 || (warnGiven && maxGiven))) {
        throw new InputError('warn-offset', `${echo(warnText)} is larger than max-offset (${echo(maxText)})`);
    }
    const thresholds = (0,_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveThresholds */ .pz)({
        profiles,
        ...(warnGiven ? { warnOffsetMs } : {}),
        ...(maxGiven ? { maxOffsetMs } : {}),
        defaultWarnMs: warnOffsetMs,
        defaultMaxMs: maxOffsetMs,
    });
    const timeoutMs = parseDuration(raw(get, 'timeout'), 'timeout');
    if (timeoutMs < 100 || timeoutMs > 600_000) {
        throw new InputError('timeout', `${echo(raw(get, 'timeout'))} is out of range; use ${inputSpec('timeout').form}`);
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
    const maskAwsAccountId = parseBoolean(raw(get, 'mask-aws-account-id'), 'mask-aws-account-id');
    const metricsFile = raw(get, 'metrics-file').trim() || undefined;
    const pushText = raw(get, 'pushgateway');
    const pushgateway = pushText.trim() !== '' ? parsePushgateway(pushText, 'pushgateway') : undefined;
    const noHttps = httpsServers.length === 0;
    if (ntpServers.length === 0 && ntsServers.length === 0 && aws === 'off' && noHttps) {
        throw new InputError('ntp-servers', `is 'none', nts-servers is 'none', https-servers is none and aws is 'off': no time reference is left to check against`);
    }
    if (requireAuthenticated && ntsServers.length === 0 && aws === 'off' && noHttps) {
        throw new InputError('require-authenticated', `is true but nts-servers is 'none', https-servers is none and aws is 'off': no authenticated source is left to decide`);
    }
    return {
        ntpServers,
        ntsServers,
        httpsServers,
        requireAuthenticated,
        aws,
        awsRegion,
        warnOffsetMs: thresholds.warnOffsetMs,
        maxOffsetMs: thresholds.maxOffsetMs,
        profiles,
        thresholds,
        timeoutMs,
        onUnreachable,
        postCheck,
        resync,
        resyncMethod,
        maskAwsAccountId,
        metricsFile,
        pushgateway,
    };
}


/***/ }),

/***/ 3810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ parseProfiles),
/* harmony export */   J: () => (/* binding */ PROFILE_NAMES),
/* harmony export */   jI: () => (/* binding */ PROFILES),
/* harmony export */   pz: () => (/* binding */ resolveThresholds)
/* harmony export */ });
const PROFILE_NAMES = ['aws', 'github-app', 'kerberos', 'oidc', 'strict'];
const MIN = 60_000;
const PROFILES = {
    // AWS SigV4: "a request must reach AWS within five minutes of the time stamp in the request" (IAM user
    // guide, "AWS Signature Version 4 for API requests"). STS and S3 allow 15 min; the strictest service
    // decides, because one deploy calls many.
    aws: {
        ahead: {
            warnMs: 2.5 * MIN,
            maxMs: 5 * MIN,
            breaks: "AWS rejects SigV4 signatures more than 5 min in its future ('Signature not yet current')",
        },
        behind: {
            warnMs: 2.5 * MIN,
            maxMs: 5 * MIN,
            breaks: "AWS rejects SigV4 signatures more than 5 min old ('Signature expired')",
        },
    },
    // GitHub's "Generating a JSON Web Token (JWT) for a GitHub App": exp no more than 10 min into the future,
    // iat recommended 60 s in the past. universal-github-app-jwt (octokit's auth-app, and so
    // actions/create-github-app-token) sets iat = now \u2212 30 s and exp = iat + 10 min = now + 9 m 30 s: a runner
    // more than 30 s ahead sends an iat in GitHub's future and an exp more than 10 min ahead; more than
    // 9 m 30 s behind, a JWT that has already expired.
    'github-app': {
        ahead: {
            warnMs: 15_000,
            maxMs: 30_000,
            breaks: "GitHub rejects the App JWT: its iat (30 s back-dated) is in GitHub's future and its exp more than 10 min ahead",
        },
        behind: {
            warnMs: 4.75 * MIN,
            maxMs: 9.5 * MIN,
            breaks: "GitHub rejects the App JWT as expired: its exp (9 m 30 s after signing) is already past by GitHub's clock",
        },
    },
    // MIT krb5 and Heimdal: libdefaults clockskew, 300 s by default (krb5.conf(5)).
    kerberos: {
        ahead: {
            warnMs: 2.5 * MIN,
            maxMs: 5 * MIN,
            breaks: "the KDC refuses requests beyond its clockskew (300 s by default): 'Clock skew too great'",
        },
        behind: {
            warnMs: 2.5 * MIN,
            maxMs: 5 * MIN,
            breaks: "the KDC refuses requests beyond its clockskew (300 s by default): 'Clock skew too great'",
        },
    },
    // OpenID Connect Core 1.0 \u00a72 leaves the leeway to implementers ("usually no more than a few minutes").
    // Verifiers on the runner: auth0.js and its idtoken-verifier 60 s; jsonwebtoken and jose 0 s (their
    // clockTolerance option), hence the warning at 5 s.
    oidc: {
        ahead: {
            warnMs: 5_000,
            maxMs: 60_000,
            breaks: 'OIDC verifiers with a 60 s leeway (auth0.js) reject tokens as issued in the future or expired early',
        },
        behind: {
            warnMs: 5_000,
            maxMs: 60_000,
            breaks: "OIDC verifiers with a 60 s leeway (auth0.js) reject fresh tokens as not yet valid ('nbf', 'iat')",
        },
    },
    // No consumer: for machines that should never be more than a few seconds off.
    strict: {
        ahead: { warnMs: 1_000, maxMs: 5_000, breaks: 'strict allows at most 5 s' },
        behind: { warnMs: 1_000, maxMs: 5_000, breaks: 'strict allows at most 5 s' },
    },
};
function side(which, r) {
    const limits = { warnMs: r.defaultWarnMs, maxMs: r.defaultMaxMs };
    if (r.profiles.length > 0) {
        limits.warnMs = Infinity;
        limits.maxMs = Infinity;
        for (const name of r.profiles) {
            const t = PROFILES[name][which];
            // The strictest wins; on a tie the first named keeps it.
            if (t.warnMs < limits.warnMs) {
                limits.warnMs = t.warnMs;
                limits.warnBy = { profile: name, breaks: t.breaks };
            }
            if (t.maxMs < limits.maxMs) {
                limits.maxMs = t.maxMs;
                limits.maxBy = { profile: name, breaks: t.breaks };
            }
        }
    }
    if (r.warnOffsetMs !== undefined) {
        limits.warnMs = r.warnOffsetMs;
        delete limits.warnBy;
    }
    if (r.maxOffsetMs !== undefined) {
        limits.maxMs = r.maxOffsetMs;
        delete limits.maxBy;
    }
    // A warning above the failure limit would never be seen: the failure comes first.
    if (limits.warnMs > limits.maxMs) {
        limits.warnMs = limits.maxMs;
        if (limits.maxBy)
            limits.warnBy = limits.maxBy;
        else
            delete limits.warnBy;
    }
    return limits;
}
/** The thresholds a configuration asks for, per side; symmetric and without sides when no profile is set. */
function resolveThresholds(r) {
    const ahead = side('ahead', r);
    const behind = side('behind', r);
    const t = {
        warnOffsetMs: Math.min(ahead.warnMs, behind.warnMs),
        maxOffsetMs: Math.min(ahead.maxMs, behind.maxMs),
    };
    if (r.profiles.length > 0)
        t.sides = { ahead, behind };
    return t;
}
/** `aws,github-app` \u2192 the names, each known and given once. */
function parseProfiles(text) {
    const names = text
        .split(/[,\s]+/)
        .map((n) => n.trim().toLowerCase())
        .filter((n) => n !== '');
    const out = [];
    for (const n of names) {
        if (!PROFILE_NAMES.includes(n))
            return { bad: n };
        if (out.includes(n))
            return { twice: n };
        out.push(n);
    }
    return out;
}


/***/ }),

/***/ 4512:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ describeImpact),
/* harmony export */   l: () => (/* binding */ impactsAt)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6264);
/* harmony import */ var _config_profiles_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3810);
/**
 * What a clock offset of a given size and direction breaks. Pure: the limits are facts about the
 * services, not measurements.
 */


const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
// GitHub App JWT limits are the github-app profile's (one source of truth for the gate and the words).
const GITHUB_APP = _config_profiles_js__WEBPACK_IMPORTED_MODULE_0__/* .PROFILES */ .jI['github-app'];
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
                ? "the aws CLI, boto3 and Terraform will fail with 'Signature expired: \u2026 is now earlier than \u2026' (5 min limit); the JavaScript SDK v3 hides it by correcting its own skew"
                : "the aws CLI, boto3 and Terraform will fail with 'Signature not yet current: \u2026 is still later than \u2026' (5 min limit); the JavaScript SDK v3 hides it by correcting its own skew",
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
    if (!behind && abs > GITHUB_APP.ahead.maxMs) {
        impacts.push({
            service: 'GitHub App JWTs',
            limitMs: GITHUB_APP.ahead.maxMs,
            symptom: `GitHub App tokens minted here are refused: 'iat' lies in GitHub's future (it is back-dated only ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .humanDuration */ .UU)(GITHUB_APP.ahead.maxMs)})`,
        });
    }
    if (behind && abs > GITHUB_APP.behind.maxMs) {
        impacts.push({
            service: 'GitHub App JWTs',
            limitMs: GITHUB_APP.behind.maxMs,
            symptom: `GitHub App tokens minted here are refused: their 'exp' (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .humanDuration */ .UU)(GITHUB_APP.behind.maxMs)} after signing) is already past for GitHub`,
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
        return `AWS still accepts signatures at this size (limit 5 min, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .humanDuration */ .UU)(awsLimit - abs)} to go), but a clock this far off is drifting or unsynchronised.`;
    }
    return 'Nothing breaks at this size.';
}


/***/ }),

/***/ 9455:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tr: () => (/* binding */ networkPathsAsked),
/* harmony export */   kF: () => (/* binding */ httpsReferencesAsked),
/* harmony export */   yh: () => (/* binding */ listWords)
/* harmony export */ });
/** Beyond this many HTTPS hosts the list says how many more, so one line stays one line. */
const MAX_HOSTS_NAMED = 3;
/** The host of an https-servers label (`ghes.example.com/api/v3` \u2192 `ghes.example.com`). */
function hostOf(target) {
    return target.split(/[/?#]/, 1)[0] ?? target;
}
function isGithubApi(r) {
    return r.details?.from === 'GITHUB_API_URL' || r.operator === 'github.com';
}
/** The sources that were asked; all of them when every one was skipped (the words still need a subject). */
function asked(results) {
    const tried = results.filter((r) => r.status !== 'skipped');
    return tried.length > 0 ? tried : results;
}
/** The HTTPS references asked, by name: `AWS`, `GitHub's API`, then the named hosts. */
function httpsReferencesAsked(results) {
    const names = [];
    const hosts = [];
    for (const r of asked(results)) {
        if (r.kind === 'https-date' || r.kind === 'sts') {
            if (!names.includes('AWS'))
                names.unshift('AWS');
        }
        else if (r.kind === 'https') {
            if (isGithubApi(r)) {
                const github = r.target === 'api.github.com' ? "GitHub's API" : `GitHub's API (${hostOf(r.target)})`;
                if (!names.includes(github))
                    names.push(github);
            }
            else if (!hosts.includes(hostOf(r.target)))
                hosts.push(hostOf(r.target));
        }
    }
    const named = hosts.slice(0, MAX_HOSTS_NAMED);
    if (hosts.length > named.length)
        named.push(`${hosts.length - named.length} more`);
    return [...names, ...named];
}
/** `a`, `a or b`, `a, b or c` (or with `and`). */
function listWords(items, conjunction = 'or') {
    return items.length <= 1
        ? (items[0] ?? '')
        : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
/** The paths the asked sources need, NTP first; empty when nothing was configured. */
function networkPathsAsked(results) {
    const kinds = new Set(asked(results).map((r) => r.kind));
    const paths = [];
    if (kinds.has('ntp'))
        paths.push({ path: 'outbound UDP 123', protocol: 'NTP' });
    if (kinds.has('nts'))
        paths.push({ path: 'TCP 4460', protocol: 'NTS' });
    const https = httpsReferencesAsked(results);
    if (https.length > 0)
        paths.push({ path: `HTTPS to ${listWords(https)}`, protocol: 'HTTPS' });
    return paths;
}


/***/ }),

/***/ 6501:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   Zt: () => (/* binding */ sourceKey),
/* harmony export */   hj: () => (/* binding */ minorityVerdict)
/* harmony export */ });
/* unused harmony export judge */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6264);
/* harmony import */ var _impact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4512);
/* harmony import */ var _network_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9455);



/** Each side's limits: the profile's per side, else the symmetric warn-offset / max-offset. */
function sideLimits(t, side) {
    return t.sides?.[side] ?? { warnMs: t.warnOffsetMs, maxMs: t.maxOffsetMs };
}
function sideOf(offsetMs) {
    return offsetMs < 0 ? 'ahead' : 'behind';
}
const LEVEL = ['ok', 'warn', 'fail'];
/** 0 ok, 1 warn, 2 fail for one offset, against the limits of its own side. */
function level(offsetMs, t) {
    const l = sideLimits(t, sideOf(offsetMs));
    const abs = Math.abs(offsetMs);
    return abs > l.maxMs ? 2 : abs > l.warnMs ? 1 : 0;
}
/**
 * Every offset in [low, high] is judged against its own side's limits; the status is certain when all of
 * them give the same one. The level only grows away from zero on each side, so the worst is at an end and
 * the best at the end nearest zero (or zero itself when the interval holds it).
 */
function judge(lowMs, highMs, t) {
    const atLow = level(lowMs, t);
    const atHigh = level(highMs, t);
    const worst = Math.max(atLow, atHigh);
    const best = lowMs <= 0 && highMs >= 0 ? 0 : highMs < 0 ? atHigh : atLow;
    const status = LEVEL[worst];
    if (worst === best)
        return { status, certain: true };
    const side = sideOf(atLow === worst ? lowMs : highMs);
    return { status, certain: false, straddles: worst === 2 ? 'max-offset' : 'warn-offset', side };
}
/**
 * A threshold in words. Symmetric and the user's: `max-offset 1 m 0 s`. Set by a profile: the profile,
 * the side and the limit (`github-app fails above 30.0 s ahead`), and what breaks beyond it.
 */
function limitWords(t, side, which) {
    const l = sideLimits(t, side);
    const ms = which === 'max' ? l.maxMs : l.warnMs;
    const by = which === 'max' ? l.maxBy : l.warnBy;
    if (by) {
        return {
            short: `${by.profile} ${which === 'max' ? 'fails' : 'warns'} above ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .humanDuration */ .UU)(ms)} ${side}`,
            breaks: which === 'max' ? by.breaks : `at ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .humanDuration */ .UU)(l.maxMs)} ${by.breaks}`,
        };
    }
    const asymmetric = t.sides !== undefined && t.sides.ahead[`${which}Ms`] !== t.sides.behind[`${which}Ms`];
    return { short: `${which}-offset ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .humanDuration */ .UU)(ms)}${asymmetric ? ` ${side}` : ''}` };
}
function overWords(w) {
    return w.breaks ? w.short : `over ${w.short}`;
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
    // Counts must be true: a source that answered but does not vote (the signed STS call when the Date check
    // already speaks for AWS; plain NTP under require-authenticated) is not one that "gave no usable answer".
    const silent = all.filter((r) => r.status !== 'ok' || !r.sample).length;
    const votingKeys = new Set(deciding.map(sourceKey));
    const answeredNotVoting = all.filter((r) => r.status === 'ok' && r.sample && !votingKeys.has(sourceKey(r)));
    if (deciding.length === 0) {
        return {
            status: 'unknown',
            reason: 'no-answer',
            certain: true,
            title: 'No time reference answered',
            message: (all.length === 1 ? 'The one time source' : `None of the ${all.length} time sources`) +
                ` gave${all.length === 1 ? ' no' : ' a'} usable answer, so the runner's clock could not be checked. ` +
                `The table says why for each; usually the network: ${(0,_network_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .listWords */ .yh)(['DNS', ...(0,_network_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .networkPathsAsked */ .Tr)(all).map((p) => (p.protocol === 'HTTPS' ? p.path : `${p.path} (${p.protocol})`))])}.`,
            truechimers: [],
            falsetickers: [],
        };
    }
    if (!consensus) {
        const offsets = deciding
            .map((r) => `${sourceName(r)} says ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOffset */ .j8)(r.sample.offsetMs)}`)
            .join(', ');
        return {
            status: 'unknown',
            reason: 'no-majority',
            certain: true,
            title: 'Time sources disagree with no majority',
            message: `The time sources disagree and no majority agrees on one interval (${offsets}). ` +
                'One of them is wrong or lying, and nothing says which: this is not a pass.',
            truechimers: [],
            falsetickers: [],
        };
    }
    const truechimers = consensus.truechimers.map((i) => deciding[i]);
    const falsetickers = consensus.falsetickers.map((i) => deciding[i]);
    const offsetMs = consensus.offsetMs ?? (consensus.lowMs + consensus.highMs) / 2;
    // The whole interval stays within offset \u00b1 uncertainty, also when the estimate is off its middle.
    const uncertaintyMs = Math.max(offsetMs - consensus.lowMs, consensus.highMs - offsetMs);
    const j = judge(consensus.lowMs, consensus.highMs, t);
    const size = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOffset */ .j8)(offsetMs)} (\u00b1${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .humanDuration */ .UU)(uncertaintyMs)})`;
    const parts = [];
    const who = agreement(deciding, truechimers.map(sourceName));
    parts.push(`Runner clock is ${size}; ${who}.`);
    if (falsetickers.length > 0) {
        const named = falsetickers.map((r) => `${sourceName(r)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOffset */ .j8)(r.sample.offsetMs)})`);
        parts.push(`Outvoted as falsetickers: ${named.join(', ')}.`);
    }
    if (silent > 0)
        parts.push(`${silent} of ${all.length} sources gave no usable answer.`);
    if (answeredNotVoting.length > 0) {
        const names = answeredNotVoting.map(sourceName).join(', ');
        parts.push(`${names} answered and ${answeredNotVoting.length === 1 ? 'is' : 'are'} reported without a vote` +
            (answeredNotVoting.every((r) => r.kind === 'sts')
                ? " (AWS's clock already votes through the Date check)."
                : answeredNotVoting.every((r) => r.operator !== undefined)
                    ? ' (one vote per operator: another server of the same operator already votes).'
                    : '.'));
    }
    const offsetSide = sideOf(offsetMs);
    const own = sideLimits(t, offsetSide);
    // What the profile's consumer does at this size comes first; the general impact (AWS) after it.
    if (j.status !== 'ok' && j.certain) {
        const words = limitWords(t, offsetSide, j.status === 'fail' ? 'max' : 'warn');
        if (words.breaks)
            parts.push(`${words.short}: ${words.breaks}.`);
    }
    if (j.status !== 'ok' || Math.abs(offsetMs) > own.warnMs)
        parts.push((0,_impact_js__WEBPACK_IMPORTED_MODULE_0__/* .describeImpact */ .a)(offsetMs));
    if (!j.certain) {
        const words = limitWords(t, j.side, j.straddles === 'max-offset' ? 'max' : 'warn');
        const named = words.breaks ? `${words.short} (${words.breaks})` : words.short;
        parts.push(`The measurement (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .humanDuration */ .UU)(Math.abs(consensus.lowMs))} to ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .humanDuration */ .UU)(Math.abs(consensus.highMs))}) straddles ${named} and more measurements within the timeout did not settle it, so it is treated as ${j.status}.`);
    }
    const titleSide = j.certain ? offsetSide : j.side;
    const limit = j.status === 'ok' ? undefined : overWords(limitWords(t, titleSide, j.status === 'fail' ? 'max' : 'warn'));
    const title = limit === undefined
        ? `Runner clock is within ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .humanDuration */ .UU)(own.warnMs)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOffset */ .j8)(offsetMs)})`
        : `Runner clock is ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOffset */ .j8)(offsetMs)} (${limit})`;
    return {
        status: j.status,
        reason: 'judged',
        certain: j.certain,
        offsetMs,
        uncertaintyMs,
        ...(limit !== undefined ? { limit } : {}),
        title,
        message: parts.join(' '),
        truechimers: truechimers.map(sourceKey),
        falsetickers: falsetickers.map(sourceKey),
    };
}
/**
 * The answers agreed, but they are a minority of the votes that could have answered, and hold no
 * authenticated evidence that would let them decide alone (policy.ts): the silent majority may have
 * been delayed on purpose. Not a pass; what the minority said is kept in the words.
 */
function minorityVerdict(judged, answeredVotes, silentSources) {
    const said = judged.offsetMs === undefined
        ? ''
        : ` They say the runner clock is ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOffset */ .j8)(judged.offsetMs)} (\u00b1${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .humanDuration */ .UU)(judged.uncertaintyMs ?? 0)}).`;
    return {
        status: 'unknown',
        reason: 'no-majority',
        certain: true,
        title: 'Too few time sources answered to decide',
        message: `Only ${answeredVotes} independent source${answeredVotes === 1 ? '' : 's'} answered, while ${silentSources} stayed silent until the timeout; ` +
            'the answers are not a majority, and none is authenticated evidence (AWS over TLS, or two independent authenticated sources) that may decide alone.' +
            said +
            ' A delayed or blocked majority must not let a few unauthenticated servers decide, so this is not a pass.',
        // Nobody decided: no source is reported as deciding or outvoted.
        truechimers: [],
        falsetickers: [],
        tooFewAnswered: true,
    };
}


/***/ }),

/***/ 6264:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ol: () => (/* binding */ preciseDuration),
/* harmony export */   Tp: () => (/* binding */ signedDuration),
/* harmony export */   UU: () => (/* binding */ humanDuration),
/* harmony export */   j8: () => (/* binding */ describeOffset)
/* harmony export */ });
/* unused harmony exports direction, signedMs */
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
/** Sign convention: offset = reference \u2212 runner, so positive means the runner is behind. */
function direction(offsetMs) {
    return offsetMs >= 0 ? 'behind' : 'ahead';
}
/** "7 m 12 s behind", "420 ms ahead". */
function describeOffset(offsetMs) {
    return `${humanDuration(offsetMs)} ${direction(offsetMs)}`;
}
/** Signed milliseconds for tables: +432000.1 ms. */
function signedMs(ms, digits = 1) {
    return `${ms >= 0 ? '+' : '\u2212'}${Math.abs(ms).toFixed(digits)} ms`;
}
/**
 * An offset or a bound for a table, in the largest units that keep its precision: 0.145 ms, 12.3 ms,
 * 1.234 s, 20 m 0.0 s, 3 h 4 m 5 s, 3 d 4 h, 3 y 0 d. Exact milliseconds stay in JSON and outputs.
 */
function preciseDuration(ms) {
    const abs = Math.abs(ms);
    if (abs < 1)
        return `${abs.toFixed(3)} ms`;
    if (abs < 1000)
        return `${abs.toFixed(1)} ms`;
    if (abs < 60_000)
        return `${(abs / 1000).toFixed(3)} s`;
    if (abs < 3_600_000) {
        const tenths = Math.round(abs / 100);
        return `${Math.floor(tenths / 600)} m ${((tenths % 600) / 10).toFixed(1)} s`;
    }
    const s = Math.round(abs / 1000);
    if (s < 86_400)
        return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} m ${s % 60} s`;
    const hours = Math.round(abs / 3_600_000);
    const days = Math.floor(hours / 24);
    if (days < 365)
        return `${days} d ${hours % 24} h`;
    const totalDays = Math.round(abs / 86_400_000);
    const years = Math.floor(totalDays / 365.25);
    return `${years} y ${Math.round(totalDays - years * 365.25)} d`;
}
/** preciseDuration with a sign: +20 m 0.0 s (runner behind), \u221212.3 ms (runner ahead). */
function signedDuration(ms) {
    return `${ms >= 0 ? '+' : '\u2212'}${preciseDuration(ms)}`;
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
/* harmony import */ var _decide_network_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9455);


const MINUTE_MS = 60_000;
/** Most AWS services allow 5 minutes; STS and S3 allow 15. */
const COMMON_WINDOW_MS = 5 * MINUTE_MS;
const STS_WINDOW_MS = 15 * MINUTE_MS;
function signed(ms) {
    return `${ms >= 0 ? '+' : '\u2212'}${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .humanDuration */ .UU)(ms)}`;
}
function who(r) {
    return typeof r.details?.arn === 'string' ? ` from ${r.details.arn}` : '';
}
/** What fails at this offset, for AWS tools that do not correct their clock ("they will fail \u2026"). */
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
        // Said once: the source's reason ends by saying so too (for the table, where it stands alone).
        const reason = (r.reason ?? '').replace(/\s*This is a credentials problem, not the clock\.$/, '.');
        return `The signed STS check failed for credentials, not the clock: ${reason}`;
    }
    if (r.status !== 'ok' || !r.sample) {
        return r.status === 'skipped'
            ? undefined
            : `The signed STS check got no answer: ${r.reason ?? r.status}.`;
    }
    const offsetMs = r.sample.offsetMs;
    const size = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .describeOffset */ .j8)(offsetMs)} (\u00b1${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .humanDuration */ .UU)(r.sample.boundMs)})`;
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
 * HTTP proxy carries it. Names the HTTPS references this run asked (they cross the proxy), or how to ask
 * one when none was. Undefined when no proxy is set.
 */
function ntpBehindProxyNote(env, results) {
    const variable = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].find((n) => env[n] !== undefined && env[n].trim() !== '');
    if (!variable)
        return undefined;
    const https = (0,_decide_network_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .httpsReferencesAsked */ .kF)(results);
    const across = https.length > 0
        ? `The HTTPS Date check${https.length === 1 ? '' : 's'} (${(0,_decide_network_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .listWords */ .yh)(https, 'and')}) ${https.length === 1 ? 'goes' : 'go'} through the proxy`
        : "HTTPS references go through the proxy (AWS with `aws: auto`, or any server in 'https-servers')";
    return (`No NTP server answered, and ${variable} is set: this network probably allows the web only through ` +
        `a proxy, and NTP (UDP port 123) cannot cross an HTTP proxy. ${across}; ` +
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

/***/ 5828:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k_: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: ntpServersFor, planSources

// EXTERNAL MODULE: ./src/platform/ec2.ts
var ec2 = __nccwpck_require__(6545);
// EXTERNAL MODULE: ./src/time/clock.ts
var clock = __nccwpck_require__(3355);
;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
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
/**
 * The interval the truechimers vouch for without any single one of them deciding it: every point that
 * all of them but one cover (with one truechimer, its own interval). The plain intersection would let
 * the narrowest interval be the whole answer, so one source claiming \u00b10.01 ms inside the others (a liar,
 * or a server misreporting its error) could turn a verdict that straddles a threshold into a certain one.
 * This way, if any one truechimer is wrong, true time is still inside, at the cost of the second-best
 * bound instead of the best.
 */
function supportedInterval(truechimers) {
    const needed = Math.max(1, truechimers.length - 1);
    const ascending = endpoints(truechimers);
    let lowMs = NaN;
    let highMs = NaN;
    let depth = 0;
    for (const e of ascending) {
        depth += e.edge;
        if (depth >= needed) {
            lowMs = e.valueMs;
            break;
        }
    }
    depth = 0;
    for (const e of [...ascending].reverse()) {
        depth -= e.edge;
        if (depth >= needed) {
            highMs = e.valueMs;
            break;
        }
    }
    return { lowMs, highMs };
}

// EXTERNAL MODULE: ./src/time/waiting.ts
var waiting = __nccwpck_require__(2354);
// EXTERNAL MODULE: ./src/decide/verdict.ts
var decide_verdict = __nccwpck_require__(6501);
;// CONCATENATED MODULE: ./src/decide/policy.ts

/**
 * How long silent sources get before authenticated evidence may decide without them: long enough for a
 * slow but healthy path (an NTS-KE handshake over TLS and one NTP exchange at 150 ms RTT take ~600 ms),
 * short enough that a blocked port costs well under a second.
 */
const PATIENCE_MS = 750;
/**
 * How long stragglers get once a majority has agreed: half as long again as the majority took since the
 * first request left, at least GRACE_MIN_MS and at most GRACE_MAX_MS.
 *
 * Stragglers cannot change a majority's certain verdict; they can only narrow the estimate and fill in the
 * report. Sources on paths like the majority's answer within a small multiple of its time (the defaults'
 * slowest NTP server, 80 ms away, answers about 1.3 times as late as the majority of 60 ms); those later
 * than that are on distinctly slower paths, or held back, and an NTP answer's interval is at least half
 * its round trip, so a late one narrows little. The grace used to be three times the slowest round trip
 * plus 20 ms, which on the defaults always reached the cap and made every run 100 ms longer.
 */
const GRACE_MIN_MS = 5;
const GRACE_MAX_MS = 100;
function graceMs(majorityAfterMs) {
    return Math.min(GRACE_MAX_MS, Math.max(GRACE_MIN_MS, majorityAfterMs / 2));
}
/** `[::ffff:127.0.0.1]:123` and `127.0.0.1:123` are one address; IPv6 in lower case. */
function canonicalAddress(address) {
    const mapped = /^\[::ffff:(\d+\.\d+\.\d+\.\d+)\](:\d+)?$/i.exec(address);
    if (mapped)
        return `${mapped[1]}${mapped[2] ?? ''}`;
    return address.toLowerCase();
}
/** AWS's own checks of its clock (the aws input), as opposed to any other HTTPS server. */
function isAwsKind(kind) {
    return kind === 'https-date' || kind === 'sts';
}
/** Sources that read an HTTPS server's clock: their vote is their operator's. */
function isHttpsKind(kind) {
    return kind === 'https' || isAwsKind(kind);
}
/**
 * The vote a source's answer belongs to. HTTPS sources vote as their operator when it is known (it is
 * whenever https servers are configured, for AWS's checks too, so that an https server of AWS's joins
 * AWS's vote); AWS's checks are otherwise one vote between them; servers by resolved address and port.
 */
function voteKey(r) {
    if (isHttpsKind(r.kind) && r.operator !== undefined)
        return `operator ${r.operator}`;
    if (isAwsKind(r.kind))
        return 'aws';
    if (r.kind === 'https')
        return `operator ${r.target}`;
    return r.address ? `server ${canonicalAddress(r.address)}` : `${r.kind} ${r.target}`;
}
function isAuthenticatedKind(kind) {
    return kind !== 'ntp';
}
/**
 * Which of two answers of one vote speaks for it: AWS's Date check over its signed check (it refines),
 * authenticated, AWS's own check over another server of AWS's (the clock that judges signatures), narrower.
 */
function better(a, b) {
    if (a.kind === 'https-date' && b.kind === 'sts')
        return true;
    if (a.kind === 'sts' && b.kind === 'https-date')
        return false;
    if (a.authenticated !== b.authenticated)
        return a.authenticated;
    if (isAwsKind(a.kind) !== isAwsKind(b.kind))
        return isAwsKind(a.kind);
    return a.sample.boundMs < b.sample.boundMs;
}
/** One answer per vote, among the answers allowed to decide, in the order the sources were planned. */
function voters(results, requireAuthenticated) {
    const chosen = new Map();
    for (const r of results) {
        if (r.status !== 'ok' || !r.sample || (requireAuthenticated && !r.authenticated))
            continue;
        const key = voteKey(r);
        const held = chosen.get(key);
        if (!held || better(r, held))
            chosen.set(key, r);
    }
    const picked = new Set(chosen.values());
    return results.filter((r) => picked.has(r));
}
/** Answers that reached one server under several names: `[address, targets]`, for the report. */
function sameServer(results) {
    const byAddress = new Map();
    for (const r of results) {
        if (r.status !== 'ok' || !r.address || isHttpsKind(r.kind))
            continue;
        const address = canonicalAddress(r.address);
        const targets = byAddress.get(address) ?? [];
        if (!targets.includes(r.target))
            targets.push(r.target);
        byAddress.set(address, targets);
    }
    return [...byAddress.entries()]
        .filter(([, targets]) => targets.length > 1)
        .map(([address, targets]) => ({ address, targets }));
}
/**
 * HTTPS servers of one operator that answered under several names: `[operator, targets]`, for the
 * report. AWS's two checks share a name and say so themselves; this is for the https servers.
 */
function sameOperator(results) {
    const byOperator = new Map();
    for (const r of results) {
        if (r.status !== 'ok' || !isHttpsKind(r.kind) || r.operator === undefined)
            continue;
        const group = byOperator.get(r.operator) ?? { targets: [], https: false };
        if (!group.targets.includes(r.target))
            group.targets.push(r.target);
        group.https ||= r.kind === 'https';
        byOperator.set(r.operator, group);
    }
    return [...byOperator.entries()]
        .filter(([, g]) => g.https && g.targets.length > 1)
        .map(([operator, g]) => ({ operator, targets: g.targets }));
}
/**
 * The rule under which the answers in hand may decide, or undefined. Counts votes, never sources: the
 * truechimers must be a majority of the votes that answered plus those that could still answer.
 */
function decidingRule(input) {
    const { verdict, requireAuthenticated } = input;
    if (verdict.reason !== 'judged')
        return undefined;
    const voting = voters(input.finished, requireAuthenticated);
    const truechimerKeys = new Set(verdict.truechimers);
    const agreeing = voting.filter((r) => truechimerKeys.has((0,decide_verdict/* sourceKey */.Zt)(r)));
    const answeredVotes = new Set(voting.map(voteKey));
    const openVotes = new Set(input.open
        .filter((s) => !requireAuthenticated || isAuthenticatedKind(s.kind))
        .map(voteKey)
        .filter((k) => !answeredVotes.has(k)));
    if (2 * agreeing.length > answeredVotes.size + openVotes.size)
        return 'majority';
    if (!input.patienceOver)
        return undefined;
    if (agreeing.some((r) => isAwsKind(r.kind) && r.authenticated))
        return 'aws';
    if (agreeing.filter((r) => r.authenticated).length >= 2)
        return 'two-authenticated';
    return undefined;
}

;// CONCATENATED MODULE: ./src/decide/measure.ts
/**
 * The measurement loop: every source in parallel under one deadline, then consensus and verdict; while
 * the verdict straddles a threshold and time remains, measure again (sources refine). When to stop
 * waiting for silent sources, and which answers may decide, is the policy in policy.ts.
 */







/**
 * The smallest half-width an NTP or NTS sample may claim: half its measured round trip (one exchange
 * cannot tell the time more exactly than the path it crossed) plus the resolution of reading the
 * runner's clock. A server that claims less root distance or precision is not believed beyond this.
 * The Date checks compute their bounds themselves from our own timestamps, intersecting several
 * exchanges, so they can rightly be narrower than one round trip and are taken as they are.
 */
const CLOCK_READ_RESOLUTION_MS = 0.01;
function flooredBoundMs(r) {
    const s = r.sample;
    if (r.kind !== 'ntp' && r.kind !== 'nts')
        return s.boundMs;
    return Math.max(s.boundMs, Math.max(s.delayMs, 0) / 2 + CLOCK_READ_RESOLUTION_MS);
}
function interval(r) {
    const half = flooredBoundMs(r);
    return { lowMs: r.sample.offsetMs - half, highMs: r.sample.offsetMs + half };
}
function evaluate(results, options) {
    const voting = voters(results, options.requireAuthenticated ?? false);
    const intervals = voting.map(interval);
    const selected = selectTruechimers(intervals);
    // No single truechimer may narrow the interval that is judged on its own (see supportedInterval); the
    // best estimate stays the middle of the plain intersection, which lies inside it, so that one wide
    // interval does not pull the reported offset away from the precise ones.
    const consensus = selected && {
        ...selected,
        offsetMs: (selected.lowMs + selected.highMs) / 2,
        ...supportedInterval(selected.truechimers.map((i) => intervals[i])),
    };
    const all = options.requireAuthenticated ? results.filter((r) => r.authenticated) : results;
    const verdict = (0,decide_verdict/* decide */.LD)(consensus, voting, all.length > 0 ? all : results, options);
    const same = [
        ...sameServer(results).map((s) => ({ targets: s.targets, words: `one server (${s.address})` })),
        ...sameOperator(results).map((s) => ({ targets: s.targets, words: `one operator (${s.operator})` })),
    ];
    if (same.length === 0 || verdict.reason !== 'judged')
        return verdict;
    const words = same
        .map((s) => `${s.targets.join(', ')} are ${s.words}: one vote, not ${s.targets.length}.`)
        .join(' ');
    return { ...verdict, message: `${verdict.message} ${words}` };
}
/**
 * A controller that aborts when any of `parents` does; the parents' listeners keep it alive until
 * `unlink` removes them (a round's controller must not stay attached to the deadline for the whole run).
 *
 * Every source listens on these signals (a socket, a timer, the SDK's own race), so the count of listeners
 * grows with the configured sources, never with time: Node's leak warning at 11 listeners would fire on
 * the defaults with the signed call and print "Possible EventTarget memory leak detected" to the user.
 */
function linkedController(parents) {
    const controller = new AbortController();
    (0,external_node_events_namespaceObject.setMaxListeners)(0, controller.signal);
    const abort = () => controller.abort();
    for (const parent of parents) {
        if (parent.aborted)
            controller.abort();
        else
            parent.addEventListener('abort', abort, { once: true });
    }
    return {
        controller,
        unlink: () => {
            for (const parent of parents)
                parent.removeEventListener('abort', abort);
        },
    };
}
const SILENT = new Set(['timeout', 'skipped']);
/**
 * Runs the deciding code once on made-up answers before any request leaves, and keeps nothing of it.
 * V8 compiles a function when it is first called: left to the first real answer, compiling the consensus
 * and the policy (about 2.5 ms, profiled) ran between that answer and the next ones, whose arrival was then
 * read late and their intervals widened. Four loopback servers answering together reported \u00b12-5 ms
 * instead of well under \u00b11. The same holds for the first abort (an exchange's end), which builds a
 * DOMException. Like the NTP warm-up, this must never affect the run: any fault is ignored.
 */
function warmDecision(options) {
    try {
        const made = (i) => ({
            kind: 'ntp',
            target: `192.0.2.${i}`,
            address: `192.0.2.${i}:123`,
            status: 'ok',
            authenticated: false,
            requests: 1,
            sample: { offsetMs: i / 10, boundMs: 1, delayMs: 1, atMs: 0 },
        });
        const finished = [made(1), made(2), made(3)];
        const verdict = evaluate(finished, options);
        decidingRule({
            verdict,
            finished,
            open: [{ kind: 'ntp', target: '192.0.2.4' }],
            requireAuthenticated: options.requireAuthenticated ?? false,
            patienceOver: false,
        });
        new AbortController().abort();
    }
    catch {
        // Only a warm-up: the real answers go through the same code, and their faults are handled there.
    }
}
async function measure(sources, options, outer) {
    const started = (0,clock/* monotonicMs */.dR)();
    const requireAuthenticated = options.requireAuthenticated ?? false;
    // Plain controllers and timers, not AbortSignal.timeout/any: on Node 20 a signal made by any() from a
    // timeout signal that nothing else references can be garbage-collected before it fires, and the run
    // would then outlive its deadline (seen once under the zoo's packet flood).
    const { controller: deadlineController, unlink: unlinkOuter } = linkedController(outer ? [outer] : []);
    const deadlineTimer = setTimeout(() => deadlineController.abort(), options.timeoutMs);
    const deadline = deadlineController.signal;
    const results = sources.map(() => undefined);
    let rounds = 0;
    let decided = false;
    // Work that must not land inside a timed exchange (loading a cipher or an SDK) happens before the
    // first packet leaves; NTS starts its key exchange first, so the handshake overlaps the loading.
    const preparing = Promise.all(sources.map((s) => s.prepare?.(deadline)));
    warmDecision(options);
    await preparing;
    // Patience and grace count from here: a source cannot answer before it is asked, and loading (the SDK
    // on a busy runner) may take longer than the whole patience window.
    const askedAt = (0,clock/* monotonicMs */.dR)();
    const round = async (which) => {
        rounds += 1;
        const early = new AbortController();
        const { controller: roundController, unlink } = linkedController([deadline, early.signal]);
        const signal = roundController.signal;
        let patienceTimer;
        // Set by the patience timer itself: Node runs timers on libuv's whole-millisecond clock, so when it
        // fires performance.now() may still be a fraction short of PATIENCE_MS, and a "not yet" then would
        // never be asked again until the deadline.
        let patienceOver = false;
        let graceTimer;
        let skippedWhy = '';
        const pending = new Set(which);
        // Deferred sources (TimeSource.deferred) wait for their turn: every other source of the round finished,
        // or the patience window over; none once the answers have decided (the grace is for stragglers already
        // asked). Only the first round defers; a refinement asks what already answered.
        const deferred = new Set(rounds === 1 ? which.filter((i) => sources[i].deferred && !sources[i].required) : []);
        let letDeferredStart;
        const deferredTurn = new Promise((resolve) => (letDeferredStart = resolve));
        const deferredMayStart = () => {
            if (graceTimer || early.signal.aborted)
                return;
            if (patienceOver || [...pending].every((i) => deferred.has(i)))
                letDeferredStart();
        };
        const stopWaiting = (why) => {
            skippedWhy ||= why;
            early.abort();
        };
        // Only the first round stops early: later rounds refine an undecided verdict and take what comes.
        const mayStop = () => {
            if (rounds !== 1 || pending.size === 0 || early.signal.aborted)
                return;
            if ([...pending].some((i) => sources[i].required))
                return;
            const finished = results.filter((r, j) => r !== undefined && !pending.has(j));
            const verdict = evaluate(finished, options);
            if (!verdict.certain || verdict.falsetickers.length > 0)
                return;
            const rule = decidingRule({
                verdict,
                finished,
                open: [...pending].map((i) => ({
                    kind: sources[i].kind,
                    target: sources[i].target,
                    operator: sources[i].operator,
                })),
                requireAuthenticated,
                patienceOver,
            });
            if (rule && !decided) {
                decided = true;
                try {
                    options.onDecided?.(verdict);
                }
                catch {
                    // The caller's work, not the measurement's: it must not end the run.
                }
            }
            if (rule === 'majority') {
                // Stragglers cannot change a majority's certain verdict, but they narrow the estimate and fill in
                // the report: those on paths like the majority's get half as long again (graceMs, at most 100 ms).
                if (graceTimer)
                    return;
                graceTimer = setTimeout(() => stopWaiting('not waited for: a majority of the sources had already agreed'), graceMs((0,clock/* monotonicMs */.dR)() - askedAt));
            }
            else if (rule)
                stopWaiting(`no answer within ${PATIENCE_MS} ms, while ${rule === 'aws' ? "AWS's own clock (over TLS)" : 'two authenticated sources'} agreed with every answer`);
        };
        if (rounds === 1 && which.length > 1) {
            patienceTimer = setTimeout(() => {
                patienceOver = true;
                mayStop();
                deferredMayStart();
            }, Math.max(0, PATIENCE_MS - ((0,clock/* monotonicMs */.dR)() - askedAt)));
        }
        deferredMayStart();
        await Promise.all(which.map(async (i) => {
            // Ended before its turn came, a deferred source is asked with the aborted signal: it sends nothing.
            if (deferred.has(i))
                await (0,waiting/* untilAborted */.E)(deferredTurn, signal);
            const r = await sources[i].measure(signal);
            // A refinement that fails (lost, cut off by the deadline) does not erase what the source said before.
            const previous = results[i];
            results[i] = previous?.sample && !r.sample ? previous : r;
            pending.delete(i);
            mayStop();
            deferredMayStart();
        }));
        clearTimeout(patienceTimer);
        clearTimeout(graceTimer);
        unlink();
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
    unlinkOuter();
    const final = results;
    // The same rule once more over the whole run: the silent sources are those that could have answered.
    const silent = final.filter((r) => SILENT.has(r.status));
    const answered = final.filter((r) => !SILENT.has(r.status));
    if (verdict.reason === 'judged' &&
        !decidingRule({ verdict, finished: answered, open: silent, requireAuthenticated, patienceOver: true })) {
        verdict = (0,decide_verdict/* minorityVerdict */.hj)(verdict, voters(final, requireAuthenticated).length, silent.length);
    }
    return {
        results: final,
        verdict,
        elapsedMs: (0,clock/* monotonicMs */.dR)() - started,
        rounds,
        requireAuthenticated,
        voters: voters(final, requireAuthenticated).map(decide_verdict/* sourceKey */.Zt),
    };
}

// EXTERNAL MODULE: ./src/sources/ntp.ts
var ntp = __nccwpck_require__(488);
// EXTERNAL MODULE: ./src/platform/advice.ts
var advice = __nccwpck_require__(223);
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
    // Loaded side by side: each chunk's file is read while the one before compiles.
    const [ntsModule, awsModule, https] = await Promise.all([
        config.ntsServers.length > 0 ? __nccwpck_require__.e(/* import() */ 843).then(__nccwpck_require__.bind(__nccwpck_require__, 5843)) : undefined,
        config.aws !== 'off' ? Promise.all(/* import() */[__nccwpck_require__.e(485), __nccwpck_require__.e(342), __nccwpck_require__.e(95)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8095)) : undefined,
        // The public suffix list (for one vote per operator) is loaded only when https servers are asked.
        config.httpsServers.length > 0 ? Promise.all(/* import() */[__nccwpck_require__.e(686), __nccwpck_require__.e(485), __nccwpck_require__.e(342), __nccwpck_require__.e(784)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7784)) : undefined,
    ]);
    const nts = ntsModule?.ntsSource;
    const aws = awsModule?.planAwsSources;
    return [
        ...(nts ? config.ntsServers.map((s) => nts(s)) : []),
        ...ntpServersFor(config, onEc2).map((s) => (0,ntp/* ntpSource */.gF)(s)),
        ...(aws
            ? aws(config, env, { isEc2: () => onEc2, ...(https ? { operatorOf: https.operatorOf } : {}) })
            : []),
        ...(https ? https.planHttpsSources(config, env) : []),
    ];
}
async function runCheck(config, env = process.env, options = {}) {
    const started = (0,clock/* monotonicMs */.dR)();
    const onEc2 = await (0,ec2/* detectEc2Anywhere */.Fo)({
        env,
        timeoutMs: Math.min(ec2/* IMDS_BUDGET_MS */.jk, config.timeoutMs / 4),
        ...(options.os ? { os: options.os } : {}),
        ...(options.imdsEndpoint ? { imdsEndpoint: options.imdsEndpoint } : {}),
    });
    const sources = await planSources(config, onEc2, env);
    // Fix advice inspects the machine (time daemons in /proc, DMI): only worth it when there is something to
    // fix. It runs as soon as the answers decide so, in the stragglers' grace, not after it. Synchronously:
    // fs/promises read /proc's small files at five times the CPU (measured), and a straggler's reply read a few
    // milliseconds late only widens its own interval.
    const wantFix = options.fixAdvice !== false;
    let platform;
    const inspect = () => (platform ??= (0,facts/* detectPlatform */.li)(env));
    const measurement = await measure(sources, {
        ...config.thresholds,
        // The metadata probe came out of the same deadline.
        timeoutMs: Math.max(1, config.timeoutMs - ((0,clock/* monotonicMs */.dR)() - started)),
        requireAuthenticated: config.requireAuthenticated,
        onDecided: (verdict) => {
            if (verdict.status !== 'ok' && wantFix)
                setImmediate(inspect);
        },
    });
    const fix = measurement.verdict.status === 'ok' || !wantFix
        ? ''
        : (0,advice/* fixAdvice */.g)({ ...inspect(), ec2: onEc2 }, config.resync !== 'false');
    return { measurement, fix };
}


/***/ }),

/***/ 6493:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d: () => (/* binding */ decideOutcome),
  u: () => (/* binding */ inDialect)
});

// EXTERNAL MODULE: ./src/config/config.ts
var config = __nccwpck_require__(1122);
// EXTERNAL MODULE: ./src/gate/aws-notes.ts
var aws_notes = __nccwpck_require__(1930);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
;// CONCATENATED MODULE: ./src/platform/local-network.ts
/**
 * macOS 15 Local Network privacy: a process without the user's consent gets EHOSTUNREACH (the code of Node's
 * error; "No route to host" in the system's words) for every address on the local network, while the
 * internet works. A self-hosted runner that uses a LAN NTP server then reports "host unreachable
 * (EHOSTUNREACH)" with a perfectly good network. Pure: which results look like that, and the note that
 * says what to grant.
 */

/** RFC 1918, link-local, unique-local and link-local IPv6, and .local (mDNS) names. */
function isLocalNetworkHost(host) {
    const h = host.replace(/^\[|\]$/g, '').toLowerCase();
    if ((0,external_node_net_.isIP)(h) === 4) {
        const [a, b] = h.split('.').map(Number);
        return (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254));
    }
    if ((0,external_node_net_.isIP)(h) === 6)
        return /^f[cd][0-9a-f]{2}:/.test(h) || /^fe[89ab][0-9a-f]:/.test(h);
    return h.endsWith('.local');
}
/** `10.0.0.5:123`, `[fd00::1]:123`, `ntp.corp.local` -> the host part. */
function hostOf(target) {
    const bracketed = /^\[([^\]]+)\]/.exec(target);
    if (bracketed)
        return bracketed[1];
    const parts = target.split(':');
    return parts.length === 2 ? parts[0] : target;
}
const UNREACHABLE = /\bE(HOST|NET)UNREACH\b/;
/** The words the source reported, so that the note quotes the line a person sees in the table above it. */
function reportedWords(reason) {
    return (/\b(?:host|network) unreachable \(E(?:HOST|NET)UNREACH\)/.exec(reason) ??
        UNREACHABLE.exec(reason))[0];
}
function localNetworkNote(os, results) {
    if (os !== 'darwin')
        return undefined;
    const blocked = results.filter((r) => r.status !== 'ok' &&
        UNREACHABLE.test(r.reason ?? '') &&
        isLocalNetworkHost(hostOf(r.address ?? r.target)));
    if (blocked.length === 0)
        return undefined;
    const names = blocked.map((r) => r.target).join(', ');
    const words = [...new Set(blocked.map((r) => `"${reportedWords(r.reason)}"`))].join(', ');
    return (`macOS reported ${words} for ${names} on the local network: on macOS 15 and later that is usually Local Network privacy, not the network. ` +
        "Grant it: System Settings \u203a Privacy & Security \u203a Local Network, turn on the runner's app (or Terminal/node for a runner started by hand); " +
        'a runner installed as a LaunchDaemon (svc.sh install as root) is not subject to it. Or use NTP servers outside the LAN, or NTS or AWS as references.');
}

// EXTERNAL MODULE: ./src/decide/impact.ts
var impact = __nccwpck_require__(4512);
// EXTERNAL MODULE: ./src/config/profiles.ts
var profiles = __nccwpck_require__(3810);
// EXTERNAL MODULE: ./src/format.ts
var format = __nccwpck_require__(6264);
// EXTERNAL MODULE: ./src/decide/verdict.ts
var verdict = __nccwpck_require__(6501);
;// CONCATENATED MODULE: ./src/gate/github-notes.ts




function isGithubSource(r) {
    return r.kind === 'https' && (r.details?.from === 'GITHUB_API_URL' || r.operator === 'github.com');
}
/** What a runner this far off breaks for GitHub tokens (offset = GitHub \u2212 runner; positive: behind). */
function githubFailuresAt(offsetMs) {
    const impacts = (0,impact/* impactsAt */.l)(offsetMs).filter((i) => i.service === 'GitHub App JWTs');
    if (impacts.length > 0)
        return impacts.map((i) => i.symptom).join('; ');
    // Below the limits: how far there is to go, in the github-app profile's numbers (the gate's own).
    const { ahead, behind } = profiles/* PROFILES */.jI['github-app'];
    return offsetMs < 0
        ? `GitHub App JWTs minted here are refused once the runner is more than ${(0,format/* humanDuration */.UU)(ahead.maxMs)} ahead ('iat' in GitHub's future)`
        : `GitHub App JWTs minted here are refused once the runner is more than ${(0,format/* humanDuration */.UU)(behind.maxMs)} behind ('exp' already past for GitHub)`;
}
/** One note, or undefined: GitHub's clock decided a clock out of bounds, or the default source failed. */
function githubNote(m) {
    const v = m.verdict;
    const github = m.results.filter(isGithubSource);
    if (github.length === 0)
        return undefined;
    const deciding = github.find((r) => v.truechimers.includes((0,verdict/* sourceKey */.Zt)(r)));
    if (deciding && v.reason === 'judged' && v.status !== 'ok' && v.offsetMs !== undefined) {
        return (`GitHub's own clock (${deciding.target}, over TLS) agrees, and it judges the GitHub tokens this job ` +
            `mints: ${githubFailuresAt(v.offsetMs)}. Fix the clock before actions/create-github-app-token or any ` +
            'step that signs a GitHub App JWT.');
    }
    const fromDefault = github.find((r) => r.details?.from === 'GITHUB_API_URL' && r.status !== 'ok');
    if (fromDefault) {
        return (`${fromDefault.target} was asked for GitHub's clock because GITHUB_API_URL names it (the default inside ` +
            'GitHub Actions) and gave no time; `https-servers: none` stops asking it, a list of servers replaces it.');
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/decide/network-paths.ts
var network_paths = __nccwpck_require__(9455);
;// CONCATENATED MODULE: ./src/gate/outcome.ts
/**
 * The run's one outcome, computed once from the measurements and the configuration: what the status is
 * and why, whether the job fails, the annotation level, the words (title, text, notes, fix) and the resync
 * line. Pure. Every renderer (text, JSON, job summary, annotations, outputs, and any format to come) only
 * formats this object, so exit code, `status` output, JSON, annotation level and summary mark cannot
 * disagree: they are all read off `severity` and `status` here.
 */





const INPUT_NAMES = new Set(config/* INPUTS */.mc.map((i) => i.name));
const SETTING_IN_BACKTICKS = /`([a-z][a-z-]+): ([^`\s]+)`/g;
/**
 * Names settings the way the reader types them: `on-unreachable: warn` in the action, `--on-unreachable
 * warn` in the CLI, and the same for quoted input names ('ntp-servers' \u2192 --ntp-servers).
 */
function inDialect(text, dialect) {
    if (dialect === 'action')
        return text;
    return text
        .replace(SETTING_IN_BACKTICKS, (m, name, value) => !INPUT_NAMES.has(name) ? m : value === 'true' ? `\`--${name}\`` : `\`--${name} ${value}\``)
        .replace(/ on this step\b/g, '')
        .replace(/'((?:ntp|nts|https)-servers|aws|aws-region|warn-offset|max-offset|timeout|on-unreachable)'/g, '`--$1`')
        .replace(/\(resync: (false|true|force)\)/g, (_m, v) => `(--resync ${v})`);
}
/** Account ids are 12 digits; anything else from a server is not masked as one (nor trusted as one). */
function accountIdsIn(results) {
    const ids = new Set();
    for (const r of results) {
        const account = r.details?.account;
        if (typeof account === 'string' && /^\d{12}$/.test(account))
            ids.add(account);
        const arn = r.details?.arn;
        const inArn = typeof arn === 'string' ? /^arn:[\w-]+:[\w-]+:[\w-]*:(\d{12}):/.exec(arn) : null;
        if (inArn)
            ids.add(inArn[1]);
    }
    return [...ids];
}
const isDnsFailure = (r) => /^DNS lookup of /.test(r.reason ?? '');
/** How to reach more time sources from here: the resolver when every failure is DNS, else the ports. */
function reachabilityFix(m) {
    const failed = m.results.filter((r) => r.status !== 'skipped');
    return failed.length > 0 && failed.every(isDnsFailure)
        ? 'No name resolves: is DNS reachable from here? Every source failed its DNS lookup; fix the resolver, or name servers by IP address.'
        : `Allow one of them (${(0,network_paths/* networkPathsAsked */.Tr)(m.results)
            .map((p) => (p.protocol === 'HTTPS' ? p.path : `${p.path} for ${p.protocol}`))
            .join(', ')}) or name reachable servers in 'ntp-servers'.`;
}
/** What to do when nothing answered: where to look, and how to let the job go on unchecked. */
function noAnswerFix(m, config) {
    const next = config.onUnreachable === 'fail'
        ? ' To let the job go on unchecked meanwhile, set `on-unreachable: warn`.'
        : ' The job goes on unchecked (`on-unreachable: warn`).';
    return reachabilityFix(m) + next;
}
/** What to do about a required signed check that failed: about the credentials, not the clock. */
function awsRequirementFix(signed) {
    if (signed?.details?.credentialsProblem === true) {
        return ('Check the credentials this step gets: run `aws sts get-caller-identity` in the same job (with OIDC, the role ' +
            "needs a trust policy for this repository and the job `id-token: write`), or set `aws: auto` to measure AWS's clock without requiring a signed call.");
    }
    return ('Make the regional STS endpoint reachable from here (HTTPS, through HTTPS_PROXY if the network needs one), or set ' +
        "`aws: auto` to measure AWS's clock without requiring a signed call.");
}
function severityOf(m, config, required) {
    if (required)
        return 'fail';
    const v = m.verdict;
    if (v.status === 'unknown') {
        return v.reason === 'no-majority' || config.onUnreachable === 'fail' ? 'fail' : 'warn';
    }
    return v.status;
}
/** The resync line, when resync was asked for and the first check did not pass; undefined otherwise. */
function resyncLine(config, first, flow) {
    if (flow.report) {
        return {
            ran: true,
            level: flow.report.ok ? 'notice' : 'warning',
            title: 'clock-preflight resync',
            line: flow.line,
        };
    }
    if (config.resync !== 'false' && first.verdict.status !== 'ok') {
        return { ran: false, level: 'notice', title: 'clock-preflight resync skipped', line: flow.line };
    }
    return undefined;
}
function decideOutcome(input) {
    const { config, first, flow, dialect } = input;
    const m = flow.final;
    const v = m.verdict;
    const requirement = (0,aws_notes/* awsRequirementFailure */.ZU)(config, m.results);
    const signed = m.results.find((r) => r.kind === 'sts');
    const severity = severityOf(m, config, requirement !== undefined);
    // Each thing once: the signed check's sentence is the requirement's reason when the requirement failed.
    const notes = [];
    const signedSentence = signed ? (0,aws_notes/* describeSignedCheck */.ew)(signed) : undefined;
    const udp = m.results.filter((r) => r.kind === 'ntp' || r.kind === 'nts');
    const proxyNote = udp.length > 0 && udp.every((r) => r.status !== 'ok')
        ? (0,aws_notes/* ntpBehindProxyNote */.rE)(input.env, m.results)
        : undefined;
    let reason = v.reason;
    let status = v.status;
    let title = v.title;
    let text = v.message;
    let fix = '';
    if (requirement !== undefined && v.status !== 'fail') {
        // The clock may be fine; the check the user required is not. The status says so, and why.
        reason = 'aws-requirement';
        status = 'fail';
        title =
            signed?.details?.credentialsProblem === true
                ? 'Required AWS signed check failed: AWS rejected the credentials (aws: sts)'
                : 'Required AWS signed check did not complete (aws: sts)';
        text = signedSentence ?? requirement;
        notes.push(`The clock itself: ${v.title}. ${v.message}`);
        fix = awsRequirementFix(signed);
    }
    else {
        if (signedSentence)
            notes.push(signedSentence);
        if (requirement !== undefined && !signedSentence)
            notes.push(requirement);
        if (v.reason === 'no-answer')
            fix = noAnswerFix(m, config);
        else if (v.reason === 'no-majority')
            fix = v.tooFewAnswered
                ? reachabilityFix(m)
                : 'Add more servers, so that a majority can outvote a bad one.';
        else if (severity !== 'ok')
            fix = input.clockFix;
    }
    const github = githubNote(m);
    if (github)
        notes.push(github);
    if (proxyNote)
        notes.push(proxyNote);
    const localNetwork = localNetworkNote(input.os ?? process.platform, udp);
    if (localNetwork)
        notes.push(localNetwork);
    const speak = (s) => inDialect(s, dialect);
    const resync = resyncLine(config, first, flow);
    return {
        status,
        reason,
        severity,
        exitCode: severity === 'fail' ? 1 : 0,
        level: severity === 'fail' ? 'error' : severity === 'warn' ? 'warning' : 'info',
        title: speak(title),
        text: speak(text),
        notes: notes.map(speak),
        fix: severity === 'ok' ? '' : speak(fix),
        ...(reason === 'judged' && v.limit !== undefined ? { limit: speak(v.limit) } : {}),
        ...(resync ? { resync: { ...resync, line: speak(resync.line) } } : {}),
        resynced: flow.resynced,
        ...(v.offsetMs !== undefined ? { offsetMs: v.offsetMs } : {}),
        ...(v.uncertaintyMs !== undefined ? { uncertaintyMs: v.uncertaintyMs } : {}),
        measurement: m,
        ...(flow.report ? { first } : {}),
        flow,
        accountIds: accountIdsIn([...first.results, ...m.results]),
        maskAccountId: config.maskAwsAccountId,
        dialect,
    };
}


/***/ }),

/***/ 2679:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ resyncBudgetMs)
/* harmony export */ });
/**
 * Time for the resync itself, separate from the measurement `timeout`: long enough for a daemon restart
 * and a bounded wait for its first reply, short enough not to stall a job.
 */
function resyncBudgetMs(timeoutMs) {
    return Math.min(120_000, Math.max(20_000, 3 * timeoutMs));
}


/***/ }),

/***/ 8000:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ STOP_EXPORT_MS),
/* harmony export */   Yi: () => (/* binding */ WAIT_DEFAULT_TIMEOUT),
/* harmony export */   d1: () => (/* binding */ nextWaitAction),
/* harmony export */   fB: () => (/* binding */ attemptTimeoutMs),
/* harmony export */   iD: () => (/* binding */ MIN_ATTEMPT_MS)
/* harmony export */ });
/* unused harmony exports MAX_BACKOFF_MS, MAX_ATTEMPT_MS, backoffMs */
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 30_000;
/** The least time one measurement is given: enough for loopback or LAN servers to answer. */
const MIN_ATTEMPT_MS = 1000;
/** `wait`'s own default --timeout: a boot may take minutes to bring the network and the time service up. */
const WAIT_DEFAULT_TIMEOUT = '5m';
/**
 * Stopped by a signal, the last attempt's metrics get at most this long to leave: a service manager
 * waits for the process (systemd's TimeoutStopSec is 90 s by default), but a stop should be prompt.
 */
const STOP_EXPORT_MS = 2000;
/** The most one measurement is given; the rest of the deadline is for later attempts. */
const MAX_ATTEMPT_MS = 10_000;
function backoffMs(attempt) {
    return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, attempt - 1));
}
function nextWaitAction(s) {
    if (s.status === 'ok' || s.status === 'warn')
        return { kind: 'done', exitCode: 0 };
    if (s.remainingMs < MIN_ATTEMPT_MS)
        return { kind: 'give-up', exitCode: s.passesCheck ? 0 : 1 };
    const outOfBounds = s.status === 'fail' && s.judged;
    // The first resync goes at once: the clock is known to be off and every second counts at boot. A resync
    // that did not bring it within bounds is tried again only after the back-off.
    const wanted = outOfBounds && s.resyncAllowed && s.attempt === 1 ? 0 : backoffMs(s.attempt);
    const afterMs = Math.min(wanted, s.remainingMs - MIN_ATTEMPT_MS);
    return outOfBounds && s.resyncAllowed ? { kind: 'resync', afterMs } : { kind: 'measure', afterMs };
}
/** How long the next measurement may take: at most MAX_ATTEMPT_MS, never past the deadline. */
function attemptTimeoutMs(remainingMs) {
    return Math.max(100, Math.min(MAX_ATTEMPT_MS, remainingMs));
}


/***/ }),

/***/ 578:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HF: () => (/* binding */ wrappedCommandFinished),
/* harmony export */   _J: () => (/* binding */ unexpectedErrorLine),
/* harmony export */   f_: () => (/* binding */ internalErrorExitCode),
/* harmony export */   gI: () => (/* binding */ installProcessGuard),
/* harmony export */   kn: () => (/* binding */ verdictChosen),
/* harmony export */   l2: () => (/* binding */ exitWhenDone)
/* harmony export */ });
/* unused harmony exports afterVerdict, describeUnexpected, LINGER_LIMIT_MS */
/**
 * The last resort of both entry points: anything nobody caught (a rejected promise without a handler, an
 * exception thrown from an event handler) becomes one line in words and the documented exit code,
 * never a stack trace. Every such case is a bug to fix where it starts; this only keeps a gate from
 * being what breaks a deploy in a confusing way.
 *
 * Once the verdict has chosen the exit code, it is the code: an error after it (stdout closed while the
 * report is written, a renderer's bug) is a warning, and the process still ends at once with the verdict's
 * code, so a passing check never turns into a failed step, nor a failing one into a passed step.
 *
 * And after the verdict nothing should keep the process alive. If something still does (a DNS lookup
 * the platform cannot cancel, a socket someone forgot), the process ends a moment later with the code it
 * already chose, and says so, instead of hanging the job.
 */
let wrappedExitCode;
let verdictExitCode;
let installed;
/**
 * `run -- COMMAND`: once the wrapped command has finished, its exit code is what this process must
 * return, whatever happens afterwards in the diagnosis.
 */
function wrappedCommandFinished(code) {
    wrappedExitCode = code;
}
/**
 * The verdict is chosen and this is its exit code: from here an unexpected error is only a warning.
 * `undefined` at the start of a run: no verdict yet.
 */
function verdictChosen(code) {
    verdictExitCode = code;
}
/** The exit code an internal error ends the process with now. */
function internalErrorExitCode() {
    return wrappedExitCode ?? verdictExitCode ?? installed?.internalErrorCode ?? 1;
}
/** Whether an unexpected error now comes after the verdict (and so is a warning, not a failure). */
function afterVerdict() {
    return wrappedExitCode === undefined && verdictExitCode !== undefined;
}
/**
 * The line for an error nobody expected: an internal error before the verdict; after it, a warning that
 * says the verdict's exit code stands. `what` says how it surfaced (uncaught exception, \u2026).
 */
function unexpectedErrorLine(error, what) {
    const how = what ? ` (${what})` : '';
    // A reader that went away (`check | head`, a closed pipe) is not our bug; anything else is.
    const bug = error?.code === 'EPIPE'
        ? 'The output was closed by its reader, so the report, and the metrics after it, could not be written in full.'
        : 'This is a bug in clock-preflight, not a finding about the clock; please report it.';
    if (afterVerdict()) {
        return `warning: unexpected error after the verdict${how}: ${describeUnexpected(error)}. ${bug} The verdict stands: exit ${verdictExitCode}.`;
    }
    return `internal error${how}: ${describeUnexpected(error)}. ${bug}`;
}
/** The first line of an unknown thrown value, without a stack, bounded. */
function describeUnexpected(error) {
    let text;
    if (error instanceof Error)
        text = `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`;
    else
        text = String(error);
    const line = text.split('\n', 1)[0] ?? '';
    return line.length > 300 ? `${line.slice(0, 300)}\u2026` : line;
}
function installProcessGuard(options) {
    if (installed)
        return;
    installed = options;
    const fatal = (what) => (error) => {
        try {
            const line = unexpectedErrorLine(error, what);
            if (afterVerdict())
                (options.warn ?? options.report)(line);
            else
                options.report(line);
        }
        finally {
            process.exit(internalErrorExitCode());
        }
    };
    process.on('uncaughtException', fatal('uncaught exception'));
    process.on('unhandledRejection', fatal('unhandled promise rejection'));
}
/** How long the process may linger after its work is done before it is ended by force. */
const LINGER_LIMIT_MS = 1500;
/**
 * Called when the entry point's work is done and `process.exitCode` is set. The timer is unref'd: it
 * fires only when something else still holds the event loop, which is a bug; then the process ends with
 * the code already chosen.
 */
function exitWhenDone(report, lingerMs = LINGER_LIMIT_MS) {
    const timer = setTimeout(() => {
        report('note: an operation was still pending after the verdict and was ended by force; the result above stands.');
        process.exit();
    }, lingerMs);
    timer.unref();
}


/***/ }),

/***/ 2711:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   FC: () => (/* binding */ isTlsHandshakeFault),
/* harmony export */   WZ: () => (/* binding */ isTlsFault)
/* harmony export */ });
/** The code of a system or network error (ECONNREFUSED, ERR_TLS_...), else its message; and what such codes mean. */
function errorCode(error) {
    if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
        return error.code;
    return error instanceof Error ? error.message : String(error);
}
/** A TLS handshake that failed as such (a protocol error, not a certificate): often not TLS on that port. */
function isTlsHandshakeFault(code, message) {
    return code === 'EPROTO' || code.startsWith('ERR_SSL_') || /wrong version number|handshake/i.test(message);
}
/** Node's codes for a failed TLS handshake or certificate check (not a refused or reset connection). */
function isTlsFault(code, message) {
    return (/^(CERT_|ERR_TLS_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_)/.test(code) || isTlsHandshakeFault(code, message));
}


/***/ }),

/***/ 7230:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nw: () => (/* binding */ deadlineLookup),
  M0: () => (/* binding */ formatAddress),
  p0: () => (/* binding */ resolveHost),
  iT: () => (/* binding */ unfinishedLookup)
});

// UNUSED EXPORTS: DnsLookupError, addressesFromHostsFile, hostsFilePath

;// CONCATENATED MODULE: external "node:dns/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/net/error-code.ts
var error_code = __nccwpck_require__(2711);
// EXTERNAL MODULE: ./src/time/waiting.ts
var waiting = __nccwpck_require__(2354);
;// CONCATENATED MODULE: ./src/net/resolve.ts
/**
 * Host name resolution bounded by the run's deadline; a failure is a per-source error, never a throw.
 *
 * Why not just dns.lookup: it is getaddrinfo on libuv's thread pool and cannot be cancelled. Against a
 * DNS server that never answers it keeps the process alive long after the deadline (resolv.conf's
 * timeout \u00d7 attempts \u00d7 servers \u00d7 search domains: 50 s was seen with `--timeout 3s`), and four such
 * lookups fill the pool. So: the hosts file first (as getaddrinfo does), then c-ares (dns.Resolver) with
 * its own timeout, cancelled at the deadline. Only when c-ares fails quickly for another reason (no
 * servers in resolv.conf, a name only another NSS source knows) does getaddrinfo get its chance, raced
 * against the deadline.
 *
 * IPv4 first: many CI runners (GitHub's hosted ones among them) have no IPv6 route, and every default
 * time server has an IPv4 address.
 */






/** c-ares: per-try timeout and tries per server; the deadline cancels earlier. */
const DNS_TRY_TIMEOUT_MS = 2000;
const DNS_TRIES = 2;
/** Where the hosts file is on this platform. */
function hostsFilePath(platform = process.platform, env = process.env) {
    if (platform === 'win32')
        return external_node_path_.win32.join(env.SystemRoot ?? 'C:\\Windows', 'System32', 'drivers', 'etc', 'hosts');
    return '/etc/hosts';
}
/** The addresses a hosts file gives `host`, IPv4 first. Pure. */
function addressesFromHostsFile(text, host) {
    const name = host.toLowerCase().replace(/\.$/, '');
    const found = [];
    for (const line of text.split(/\r?\n/)) {
        const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
        if (!address || names.length === 0)
            continue;
        const family = (0,external_node_net_.isIP)(address);
        if (family !== 4 && family !== 6)
            continue;
        if (names.some((n) => n.toLowerCase().replace(/\.$/, '') === name))
            found.push({ address, family });
    }
    return [...found.filter((a) => a.family === 4), ...found.filter((a) => a.family === 6)];
}
let hostsText;
/**
 * The hosts file, read once per process: a run resolves a dozen names within seconds, and getaddrinfo's
 * files backend reads the same file each time to the same effect. An unreadable file counts as empty.
 */
function hostsFile() {
    if (hostsText === undefined) {
        try {
            hostsText = (0,external_node_fs_.readFileSync)(hostsFilePath(), 'utf8');
        }
        catch {
            hostsText = '';
        }
    }
    return hostsText;
}
function describeDnsError(host, code) {
    const words = code === 'ENOTFOUND'
        ? 'no such host'
        : code === 'ENODATA'
            ? 'the name has no IPv4 or IPv6 address'
            : code === 'EAI_AGAIN'
                ? 'DNS server did not answer (temporary failure)'
                : code === 'ETIMEOUT'
                    ? 'DNS server did not answer'
                    : code === 'ECONNREFUSED'
                        ? 'DNS server refused the connection'
                        : code;
    return `DNS lookup of ${host} failed: ${words}`;
}
/** A and AAAA in parallel over c-ares; the first A record wins, else the first AAAA. */
function resolveWithCares(host, signal) {
    return new Promise((resolve) => {
        let resolver;
        try {
            resolver = new promises_namespaceObject.Resolver({ timeout: DNS_TRY_TIMEOUT_MS, tries: DNS_TRIES });
        }
        catch (error) {
            return resolve({ kind: 'failed', code: (0,error_code/* errorCode */.CA)(error) });
        }
        let done = false;
        const finish = (o) => {
            if (done)
                return;
            done = true;
            signal.removeEventListener('abort', onAbort);
            // Whatever is still in flight (the AAAA query, a retry) ends now and releases its socket.
            resolver.cancel();
            resolve(o);
        };
        const onAbort = () => finish({ kind: 'aborted' });
        if (signal.aborted)
            return finish({ kind: 'aborted' });
        signal.addEventListener('abort', onAbort, { once: true });
        let v6;
        let v4Failed;
        const settle = () => {
            if (v4Failed === undefined || v6 === undefined)
                return;
            if ('address' in v6)
                finish({ kind: 'address', address: v6.address, family: 6 });
            // ENODATA for A says little when AAAA failed for a reason: report the more telling error.
            else
                finish({ kind: 'failed', code: v4Failed === 'ENODATA' ? v6.code : v4Failed });
        };
        resolver.resolve4(host).then((addresses) => {
            if (addresses[0])
                return finish({ kind: 'address', address: addresses[0], family: 4 });
            v4Failed = 'ENODATA';
            settle();
        }, (error) => {
            v4Failed = (0,error_code/* errorCode */.CA)(error);
            settle();
        });
        resolver.resolve6(host).then((addresses) => {
            v6 = addresses[0] ? { address: addresses[0] } : { code: 'ENODATA' };
            settle();
        }, (error) => {
            v6 = { code: (0,error_code/* errorCode */.CA)(error) };
            settle();
        });
    });
}
const unfinishedWords = (host) => `DNS lookup of ${host} did not finish before the deadline`;
const timedOut = (host) => ({ ok: false, reason: unfinishedWords(host), timedOut: true });
async function resolveHost(host, signal) {
    const literal = (0,external_node_net_.isIP)(host);
    if (literal === 4 || literal === 6)
        return { ok: true, address: host, family: literal };
    const listed = addressesFromHostsFile(hostsFile(), host)[0];
    if (listed)
        return { ok: true, ...listed };
    const cares = await resolveWithCares(host, signal);
    if (cares.kind === 'address')
        return { ok: true, address: cares.address, family: cares.family };
    if (cares.kind === 'aborted')
        return timedOut(host);
    if (cares.code === 'ETIMEOUT' || cares.code === 'ECANCELLED') {
        // A DNS server that does not answer would keep getaddrinfo waiting just the same: no second try.
        return { ok: false, reason: describeDnsError(host, 'ETIMEOUT'), timedOut: true };
    }
    // c-ares failed quickly (e.g. no name servers configured, or a name only another NSS source knows):
    // the system resolver decides, within the deadline.
    try {
        const answer = await (0,waiting/* untilAborted */.E)((0,promises_namespaceObject.lookup)(host), signal);
        if (!answer)
            return timedOut(host);
        return { ok: true, address: answer.address, family: answer.family === 6 ? 6 : 4 };
    }
    catch (error) {
        return { ok: false, reason: describeDnsError(host, (0,error_code/* errorCode */.CA)(error)), timedOut: false };
    }
}
/** A lookup that failed or did not finish in time; `code` for describeHttpFailure to branch on. */
class DnsLookupError extends Error {
    hostname;
    timedOut;
    code = 'ERR_DNS_LOOKUP';
    constructor(message, hostname, timedOut) {
        super(message);
        this.hostname = hostname;
        this.timedOut = timedOut;
        this.name = 'DnsLookupError';
    }
}
/**
 * A `lookup` for net, tls and http(s) agent options that resolves as the UDP sources do (resolveHost),
 * bounded by the signal `currentSignal` gives when a connection starts: a stalled DNS server becomes this
 * source's status at the deadline, instead of getaddrinfo holding a thread (and the process) for
 * resolv.conf's timeout \u00d7 attempts.
 */
function deadlineLookup(currentSignal) {
    // Lookups under way, per name: two of one name may overlap, and the first to end must not hide the other.
    const pending = new Map();
    const done = (hostname) => {
        const left = (pending.get(hostname) ?? 1) - 1;
        if (left > 0)
            pending.set(hostname, left);
        else
            pending.delete(hostname);
    };
    const lookup = (hostname, options, callback) => {
        pending.set(hostname, (pending.get(hostname) ?? 0) + 1);
        resolveHost(hostname, currentSignal()).then((r) => {
            done(hostname);
            if (!r.ok)
                return callback(new DnsLookupError(r.reason, hostname, r.timedOut), '', 0);
            if (options.all)
                callback(null, [{ address: r.address, family: r.family }]);
            else
                callback(null, r.address, r.family);
        }, (error) => {
            done(hostname);
            callback(new DnsLookupError(`DNS lookup of ${hostname} failed: ${(0,error_code/* errorCode */.CA)(error)}`, hostname, false), '', 0);
        });
    };
    return Object.assign(lookup, { pending });
}
/**
 * Why a request had no answer at the deadline when that was DNS: the caller's own abort handler runs
 * before the lookup's failure reaches the request, and would otherwise say only 'no answer'.
 */
function unfinishedLookup(lookup, proxyLabel) {
    const [host] = lookup.pending.keys();
    if (host === undefined)
        return undefined;
    return `${unfinishedWords(host)}${proxyLabel ? ` (the proxy ${proxyLabel})` : ''}`;
}
function formatAddress(address, port) {
    return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}


/***/ }),

/***/ 223:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ fixAdvice)
/* harmony export */ });
/* harmony import */ var _ec2_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6545);
/* harmony import */ var _time_services_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1321);


/** `resyncOn`: resync is already configured, so do not suggest turning it on. */
function fixAdvice(facts, resyncOn = false) {
    const steps = [];
    if (facts.runner === 'github-hosted') {
        steps.push("This is a GitHub-hosted runner: its clock is GitHub's to keep. Re-run the job; if it recurs, set `resync: force` on this step" +
            (facts.os === 'darwin' ? ' (macOS images have needed `sudo sntp -sS time.windows.com`)' : '') +
            ' and report it at github.com/actions/runner-images.');
        return steps.join(' ');
    }
    if (facts.kubernetes) {
        // A pod cannot set the clock (no CAP_SYS_TIME) and shares the node's: a resync here can only fail.
        steps.push("This runs in a Kubernetes pod, whose clock is the node's: fix the node's time service, not this pod (a resync inside the pod cannot work). " +
            'EKS: the nodes use chrony with the Amazon Time Sync Service; on the node (SSM Session Manager, or `kubectl debug node/<node> -it --profile=sysadmin --image=<any image with chronyc>` then `chroot /host`) run `chronyc tracking` and `sudo chronyc -a makestep`. ' +
            'GKE: the node image keeps time from the metadata server (metadata.google.internal); check it the same way with `kubectl debug node/<node>`, and recreate the node if it drifts. ' +
            'AKS: the nodes use chrony with the Hyper-V PTP clock (/dev/ptp_hyperv); check `chronyc tracking` on the node, and reimage it (`az vmss reimage`) if it does not recover. ' +
            'Then cordon the node and let the runner pods move until it is fixed.');
        if (facts.ec2)
            steps.push((0,_ec2_js__WEBPACK_IMPORTED_MODULE_0__/* .ec2Advice */ .jj)('chrony'));
        return steps.join(' ');
    }
    if (facts.container) {
        // One piece of advice per situation: a container cannot step the host's clock, so commands for the
        // time service inside it would only fail (or change nothing), and are not offered.
        steps.push("This runs in a container, which shares the host's clock: fix the time service on the host, not here " +
            '(chrony: `sudo chronyc -a makestep`; systemd-timesyncd: `sudo systemctl restart systemd-timesyncd`; ' +
            'Docker Desktop or WSL: `wsl --shutdown` or restart Docker Desktop after the host slept).');
        if (facts.ec2)
            steps.push((0,_ec2_js__WEBPACK_IMPORTED_MODULE_0__/* .ec2Advice */ .jj)(facts.timeService));
        return steps.join(' ');
    }
    if (facts.wsl) {
        steps.push('WSL keeps its own clock and loses time when the host sleeps: run `wsl --shutdown` from Windows, or `sudo hwclock -s` inside WSL.');
    }
    steps.push(_time_services_js__WEBPACK_IMPORTED_MODULE_1__/* .TIME_SERVICES */ .Dv[facts.timeService].fix);
    if (facts.ec2)
        steps.push((0,_ec2_js__WEBPACK_IMPORTED_MODULE_0__/* .ec2Advice */ .jj)(facts.timeService));
    if (facts.runner === 'self-hosted' && !resyncOn) {
        steps.push('On a self-hosted runner, `resync: true` on this step runs that for you before the check is repeated.');
    }
    return steps.join(' ');
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
    return (fs
        .readdir(procDir)
        .filter((d) => /^\d+$/.test(d))
        .map((pid) => ({
        comm: fs.readFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(procDir, pid, 'comm')).trim(),
        argv: fs
            .readFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(procDir, pid, 'cmdline'))
            .split('\0')
            .filter((a) => a !== ''),
    }))
        // No command line: a kernel thread, or a process that is exiting (a zombie keeps its name but not its
        // command line). Neither is a daemon keeping the clock, and an exiting chronyd's -x cannot be read.
        .filter((p) => p.comm !== '' && p.argv.length > 0));
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
/* harmony export */   Fo: () => (/* binding */ detectEc2Anywhere),
/* harmony export */   jj: () => (/* binding */ ec2Advice),
/* harmony export */   jk: () => (/* binding */ IMDS_BUDGET_MS),
/* harmony export */   sv: () => (/* binding */ detectEc2),
/* harmony export */   v$: () => (/* binding */ amazonTimeSyncServers)
/* harmony export */ });
/* unused harmony exports isEc2, readDmi, shouldAskImds, AMAZON_TIME_SYNC_IPV4, AMAZON_TIME_SYNC_IPV6 */
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
/** Linux only: macOS and Windows instances have no sysfs; detectEc2Anywhere asks IMDS there. */
function detectEc2(os = process.platform, root = '/') {
    return os === 'linux' && isEc2(readDmi(root));
}
/** Most of a check's budget stays with the measurement: the metadata probe gets this much at most. */
const IMDS_BUDGET_MS = 800;
/**
 * Whether to ask the metadata service: where DMI cannot tell (Windows, macOS), unless the AWS SDKs'
 * own switch turns it off, or this is a GitHub-hosted runner (Azure; its 169.254.169.254 is not EC2's).
 */
function shouldAskImds(os, env) {
    if (os !== 'win32' && os !== 'darwin')
        return false;
    if (env.AWS_EC2_METADATA_DISABLED?.trim().toLowerCase() === 'true')
        return false;
    return !(env.GITHUB_ACTIONS === 'true' && env.RUNNER_ENVIRONMENT === 'github-hosted');
}
/**
 * The metadata service's answer per endpoint, remembered for the process: the probe can take its whole
 * bound (0.8 s on a self-hosted Windows or macOS machine outside EC2), and a check may run several times in
 * one process (resync's second measurement, each attempt of wait, the post step). A quick failure
 * (refused, no route) is forgotten: at boot the network may come up between wait's attempts.
 */
const imdsAnswers = new Map();
/** DMI on Linux; elsewhere IMDSv2 (token first, bounded by timeoutMs), asked once per process. */
async function detectEc2Anywhere(options) {
    const os = options.os ?? process.platform;
    const env = options.env ?? process.env;
    if (detectEc2(os))
        return true;
    if (!shouldAskImds(os, env))
        return false;
    const endpoint = options.imdsEndpoint ?? env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
    const key = endpoint ?? '';
    let answer = imdsAnswers.get(key);
    if (!answer) {
        answer = __nccwpck_require__.e(/* import() */ 560).then(__nccwpck_require__.bind(__nccwpck_require__, 2560)).then(({ probeImdsV2 }) => probeImdsV2({ ...(endpoint ? { endpoint } : {}), timeoutMs: options.timeoutMs }));
        imdsAnswers.set(key, answer);
    }
    const settled = await answer;
    if (!settled.ec2 && settled.askAgain && imdsAnswers.get(key) === answer)
        imdsAnswers.delete(key);
    return settled.ec2;
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
/* harmony export */   J5: () => (/* binding */ runnerType),
/* harmony export */   li: () => (/* binding */ detectPlatform),
/* harmony export */   uu: () => (/* binding */ isKubernetesPod)
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
/**
 * A pod: the service account files Kubernetes mounts into every pod by default, or the service address
 * it puts into every container's environment (which stays when automounting is turned off).
 */
function isKubernetesPod(env, exists) {
    return (env.KUBERNETES_SERVICE_HOST ?? '') !== '' || exists('/var/run/secrets/kubernetes.io');
}
function detectPlatform(env = process.env, exists = node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync) {
    const os = process.platform;
    const kubernetes = os === 'linux' && isKubernetesPod(env, exists);
    return {
        os,
        runner: runnerType(env),
        wsl: os === 'linux' && /microsoft/i.test(readSmall('/proc/version')),
        container: kubernetes || exists('/.dockerenv') || exists('/run/.containerenv'),
        kubernetes,
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
/** A `sc query` line whose value is state 1 (SERVICE_STOPPED), whatever the label's language. */
const SC_STATE_STOPPED = /^\s*\S+\s*:\s*1\s+[A-Z_]+\s*$/m;
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
            // The state's number, not its words: `sc query` labels are translated on non-English Windows.
            // SERVICE_STOPPED is 1; TYPE, exit codes and checkpoints never print a bare 1 followed by a name.
            onlyIf: { step: 'state', matches: SC_STATE_STOPPED },
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
        strategy: chrony/* chronyStrategy */.J,
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
 * NTPv4 wire format (RFC 5905 \u00a77.3): encode a client request, decode and validate a server reply.
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
/** Kiss-o'-Death codes (RFC 5905 \u00a77.4) after which a server must not be asked again. */
const KOD_STOP_CODES = new Set(['RATE', 'DENY', 'RSTR']);
function refIdText(refId) {
    return Array.from(refId, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '')).join('');
}
/**
 * The tests a reply must pass before it is a sample (after chrony's ntp_core.c and RFC 5905 \u00a78):
 * size, mode, version, the origin check against the request's random transmit timestamp, Kiss-o'-Death,
 * synchronisation (leap indicator and stratum), non-zero timestamps and a sane root distance.
 */
function checkReply(bytes, expectedOrigin) {
    const packet = decodePacket(bytes);
    if (!packet)
        return { kind: 'rejected', code: 'short', reason: `short packet (${bytes.length} bytes, need 48)` };
    if (packet.mode !== Mode.Server) {
        return {
            kind: 'rejected',
            code: 'mode',
            reason: `wrong mode ${packet.mode} (a server reply is mode 4)`,
            packet,
        };
    }
    if (packet.version !== 3 && packet.version !== 4) {
        return { kind: 'rejected', code: 'version', reason: `unsupported NTP version ${packet.version}`, packet };
    }
    if (isZero(packet.origin)) {
        return {
            kind: 'rejected',
            code: 'zero-origin',
            reason: 'origin timestamp is zero (not an answer to our request)',
            packet,
        };
    }
    if (!sameTimestamp(packet.origin, expectedOrigin)) {
        return {
            kind: 'rejected',
            code: 'origin-mismatch',
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
            code: 'unsynchronised',
            reason: `server is not synchronised (leap ${packet.leap}, stratum ${packet.stratum})`,
            packet,
        };
    }
    if (isZero(packet.transmit))
        return { kind: 'rejected', code: 'zero-transmit', reason: 'transmit timestamp is zero', packet };
    if (isZero(packet.receive))
        return { kind: 'rejected', code: 'zero-receive', reason: 'receive timestamp is zero', packet };
    const rootDistanceMs = packet.rootDelayMs / 2 + packet.rootDispersionMs;
    if (rootDistanceMs > MAX_ROOT_DISTANCE_MS) {
        return {
            kind: 'rejected',
            code: 'root-distance',
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

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ forTitle),
/* harmony export */   AP: () => (/* binding */ MAX_FIELD_CHARS),
/* harmony export */   Ig: () => (/* binding */ forLog),
/* harmony export */   Np: () => (/* binding */ cap),
/* harmony export */   WM: () => (/* binding */ neutraliseWorkflowCommands)
/* harmony export */ });
/* unused harmony exports MAX_OUTPUT_CHARS, MAX_SUMMARY_CHARS, markdownText, markdownCell */
/**
 * The one door: every string that leaves the program for GitHub's runner, a job summary or an output
 * passes through here. Text from outside (server replies, headers, error bodies, certificate names,
 * proxy lines) is data; these functions make sure it can only ever be read, never run or rendered as
 * markup, and that no single string can flood a log, an annotation, an output or the 1 MiB summary.
 *
 * Why these rules, from the runner's own parser (actions/runner, ActionCommandManager):
 * - a line is a workflow command when, trimmed of whitespace, it starts with `::` (`::set-output`,
 *   `::add-mask`, `::stop-commands`, `::warning`, \u2026);
 * - the legacy form `##[command]` is honoured anywhere in a line, no newline needed.
 * A zero-width space between the two characters breaks both patterns and leaves the text readable.
 */
const ZWSP = '\u200B';
/** Longest single string in a log line, annotation or summary cell before it is cut. */
const MAX_FIELD_CHARS = 2000;
/** An annotation's message (GitHub shows a few KB of it at most). */
const MAX_ANNOTATION_CHARS = 8000;
/** Any one step output value (the `sources` JSON included). */
const MAX_OUTPUT_CHARS = (/* unused pure expression or super */ null && (64 * 1024));
/** One job summary write; GitHub refuses summaries over 1 MiB per step. */
const MAX_SUMMARY_CHARS = (/* unused pure expression or super */ null && (256 * 1024));
/**
 * Cuts `text` to at most `maxChars` characters, saying how much was left out. Never splits a surrogate
 * pair (a cut emoji would be invalid UTF-16 in the output).
 */
function cap(text, maxChars) {
    if (text.length <= maxChars)
        return text;
    const marker = (n) => `\u2026 (${n} more characters cut)`;
    let keep = Math.max(0, maxChars - marker(text.length).length);
    const code = text.charCodeAt(keep - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        keep -= 1;
    return text.slice(0, keep) + marker(text.length - keep);
}
/**
 * Neutralises workflow commands in text bound for the runner's stdout (log lines, annotation messages
 * and titles, the CLI's output inside GitHub Actions): `::` at the start of any line (after whitespace)
 * and `##[` anywhere. Everything else is left as it was.
 */
function neutraliseWorkflowCommands(text) {
    return text
        .replace(/##\[/g, `#${ZWSP}#[`)
        .replace(/^([^\S\r\n]*):(?=:)/gm, (_m, lead) => `${lead}:${ZWSP}`);
}
/** A log line or annotation text: workflow commands neutralised, length capped. */
function forLog(text, maxChars = MAX_ANNOTATION_CHARS) {
    // Cut first (a 50 MB body is never scanned whole), then again: the separators add a few characters,
    // and a cut can only end the text with the marker, never create a `##[` or a line-start `::`.
    return cap(neutraliseWorkflowCommands(cap(text, maxChars)), maxChars);
}
/**
 * An annotation title: one line (the runner shows only the first), no workflow command, capped.
 * @actions/core escapes `,` `:` and newlines in properties itself; this is about what the title says.
 */
function forTitle(text) {
    return cap(neutraliseWorkflowCommands(cap(text, 400).replace(/\s*[\r\n]+\s*/g, ' ')), 200);
}
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * Text as Markdown that renders exactly as the text: HTML and Markdown metacharacters escaped, so a
 * server's `<img onerror>`, `[link](\u2026)`, `| table |`, `# heading` or `**bold**` shows as those characters.
 * Line breaks become spaces: a paragraph or table cell is one line, so nothing can start a new block.
 * Our own messages mark commands as `code` spans; a span's content is literal in Markdown (HTML included),
 * so spans are kept as spans and only backticks without a partner are escaped.
 */
function markdownText(text, maxChars = MAX_FIELD_CHARS, inTable = false) {
    const oneLine = cap(text, maxChars).replace(/[\r\n]+/g, ' ');
    const parts = oneLine.split(/(`[^`]+`)/);
    return (parts
        // In a GFM table a `|` ends the cell even inside a code span, unless escaped.
        .map((part, i) => i % 2 === 1
        ? inTable
            ? part.replace(/\|/g, '\\|')
            : part
        : escapeMarkdownPlain(part, !inTable && i === 0))
        .join(''));
}
function escapeMarkdownPlain(text, startsLine) {
    const inline = text.replace(/[\\`*_{}[\]()!|~]/g, (c) => `\\${c}`);
    // Block starters (heading, list item) matter only at the start of a line, and each rendered string is
    // one line; inside a table cell nothing starts a block.
    const block = startsLine
        ? inline.replace(/^(\s*)([#+-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2')
        : inline;
    return (block
        .replace(/[&<>]/g, (c) => HTML_ENTITIES[c])
        // Bare URLs become links in GitHub Markdown; a server's URL should not be a link in our summary.
        .replace(/:\/\//g, '\\://'));
}
/** A Markdown table cell: as markdownText, capped tighter (a table of many rows must stay readable). */
function markdownCell(text, maxChars = 500) {
    return markdownText(text, maxChars, true);
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ renderJson)
/* harmony export */ });
/* unused harmony export jsonSources */
/* harmony import */ var _decide_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6501);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4031);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(790);



const round3 = (x) => Math.round(x * 1000) / 1000;
// Replacing the id itself, not a field of a format, keeps an ARN's partition and role readable and
// catches the id where no format says it is (a reason, a URL).
function text(value, max, options) {
    let out = value;
    for (const id of options.hideAccountIds ?? [])
        out = out.split(id).join('***');
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cap */ .Np)(out, max);
}
function jsonDetails(details, options) {
    const max = options.maxFieldChars ?? _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_FIELD_CHARS */ .AP;
    const out = {};
    for (const [key, value] of Object.entries(details)) {
        if (options.hideAccountIds && key === 'account')
            continue;
        out[key] = typeof value === 'string' ? text(value, max, options) : value;
    }
    return out;
}
function jsonSource(r, c, options = {}) {
    const max = options.maxFieldChars ?? _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_FIELD_CHARS */ .AP;
    return {
        kind: r.kind,
        target: text(r.target, max, options),
        address: r.address !== undefined ? text(r.address, max, options) : null,
        status: r.status,
        reason: r.reason !== undefined ? text(r.reason, max, options) : null,
        falseticker: r.status === 'ok' && c.falsetickers.has((0,_decide_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceKey */ .Zt)(r)),
        deciding: (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .deciding */ .C$)(r, c),
        authenticated: r.authenticated,
        operator: r.operator !== undefined ? text(r.operator, max, options) : null,
        offsetMs: r.sample ? round3(r.sample.offsetMs) : null,
        boundMs: r.sample ? round3(r.sample.boundMs) : null,
        delayMs: r.sample ? round3(r.sample.delayMs) : null,
        stratum: r.stratum ?? null,
        refId: r.refId !== undefined ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cap */ .Np)(r.refId, 64) : null,
        requests: r.requests,
        ...(r.details ? { details: jsonDetails(r.details, options) } : {}),
    };
}
function jsonSources(m, options = {}) {
    const c = (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .rowContext */ .C3)(m);
    return m.results.map((r) => jsonSource(r, c, options));
}
function measurementJson(m, options) {
    const c = (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .rowContext */ .C3)(m);
    return {
        status: m.verdict.status,
        certain: m.verdict.certain,
        offsetMs: m.verdict.offsetMs !== undefined ? round3(m.verdict.offsetMs) : null,
        uncertaintyMs: m.verdict.uncertaintyMs !== undefined ? round3(m.verdict.uncertaintyMs) : null,
        direction: m.verdict.offsetMs === undefined ? null : m.verdict.offsetMs >= 0 ? 'behind' : 'ahead',
        falsetickers: m.results.filter((r) => c.falsetickers.has((0,_decide_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceKey */ .Zt)(r))).map((r) => r.target),
        requireAuthenticated: m.requireAuthenticated,
        elapsedMs: Math.round(m.elapsedMs),
        rounds: m.rounds,
        sources: jsonSources(m, options),
    };
}
function renderJson(o, options = {}) {
    const { status: clockStatus, ...rest } = measurementJson(o.measurement, options);
    return {
        status: o.status,
        reason: o.reason,
        severity: o.severity,
        exitCode: o.exitCode,
        /** The clock's own verdict; differs from status only when a required check failed (reason aws-requirement). */
        clockStatus,
        title: o.title,
        message: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cap */ .Np)(o.text, _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_FIELD_CHARS */ .AP),
        fix: o.fix || null,
        notes: o.notes.map((n) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cap */ .Np)(n, _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_FIELD_CHARS */ .AP)),
        ...rest,
        resynced: o.resynced,
        resync: {
            run: o.flow.decision.run,
            why: o.flow.decision.why,
            line: o.resync?.line ?? null,
            report: o.flow.report ?? null,
        },
        first: o.first ? { ...measurementJson(o.first, options), title: o.first.verdict.title } : null,
    };
}


/***/ }),

/***/ 6187:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ resourceAttributes),
/* harmony export */   Z0: () => (/* binding */ otlpPlan),
/* harmony export */   cN: () => (/* binding */ renderOtlpJson)
/* harmony export */ });
/* unused harmony exports parseKeyValueList, unixNano */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4031);

/** OTel attribute keys for our Prometheus label names: namespaced, as the semantic conventions ask. */
const OTEL_ATTRIBUTE = {
    status: 'clock_preflight.status',
    result: 'clock_preflight.source.result',
    kind: 'clock_preflight.source.kind',
    source: 'clock_preflight.source.name',
};
const set = (v) => v !== undefined && v.trim() !== '';
/**
 * `key1=value1,key2=value2` (W3C Baggage without properties), values percent-decoded, as
 * OTEL_EXPORTER_OTLP_HEADERS and OTEL_RESOURCE_ATTRIBUTES are written. Undefined when malformed.
 */
function parseKeyValueList(text) {
    const pairs = [];
    for (const raw of text.split(',')) {
        if (raw.trim() === '')
            continue;
        const eq = raw.indexOf('=');
        if (eq <= 0)
            return undefined;
        const key = raw.slice(0, eq).trim();
        if (key === '' || /[\s"(),/:;<=>?@[\\\]{}]/.test(key))
            return undefined;
        try {
            pairs.push([key, decodeURIComponent(raw.slice(eq + 1).trim())]);
        }
        catch {
            return undefined;
        }
    }
    return pairs;
}
function parseTimeoutMs(text) {
    if (!set(text))
        return undefined;
    return /^\d+$/.test(text.trim()) && Number(text) > 0 ? Number(text) : undefined;
}
/** The endpoint as the spec builds it: the metrics variable as is; the generic one plus `v1/metrics`. */
function endpoint(env, warnings) {
    const specific = env.OTEL_EXPORTER_OTLP_METRICS_ENDPOINT;
    const generic = env.OTEL_EXPORTER_OTLP_ENDPOINT;
    const urlFrom = set(specific)
        ? 'OTEL_EXPORTER_OTLP_METRICS_ENDPOINT'
        : set(generic)
            ? 'OTEL_EXPORTER_OTLP_ENDPOINT'
            : undefined;
    if (!urlFrom)
        return undefined;
    const text = (urlFrom === 'OTEL_EXPORTER_OTLP_METRICS_ENDPOINT' ? specific : generic).trim();
    // `collector:4318` parses as a URL with the scheme `collector:`; say what is missing instead.
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
        warnings.push(`${urlFrom} has no http:// or https://; expected http://host:4318 or https://host:4318 (metrics not exported)`);
        return undefined;
    }
    let url;
    try {
        url = new URL(text);
    }
    catch {
        warnings.push(`${urlFrom} is not a URL; expected http://host:4318 or https://host:4318 (metrics not exported)`);
        return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        warnings.push(`${urlFrom} uses ${url.protocol}; OTLP/HTTP needs http:// or https:// (metrics not exported)`);
        return undefined;
    }
    if (urlFrom === 'OTEL_EXPORTER_OTLP_ENDPOINT') {
        // http://collector:4318 \u2192 \u2026/v1/metrics; http://host/prefix \u2192 \u2026/prefix/v1/metrics.
        url = new URL(`${url.pathname.replace(/\/?$/, '/')}v1/metrics`, url);
    }
    return { url, urlFrom };
}
/** Where and how to export, from the OTEL_* variables (OpenTelemetry's SDK environment specification). */
function otlpPlan(env) {
    const warnings = [];
    if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true')
        return { warnings };
    const exporters = env.OTEL_METRICS_EXPORTER?.split(',').map((e) => e.trim().toLowerCase());
    if (exporters && exporters.includes('none'))
        return { warnings };
    const where = endpoint(env, warnings);
    if (!where)
        return { warnings };
    const protocol = (env.OTEL_EXPORTER_OTLP_METRICS_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL)?.trim();
    if (protocol === 'grpc') {
        warnings.push("OTEL_EXPORTER_OTLP_PROTOCOL is grpc; clock-preflight exports over OTLP/HTTP (http/json) only: point the endpoint at the collector's HTTP port (4318) and unset the protocol (metrics not exported)");
        return { warnings };
    }
    const headers = {};
    for (const name of ['OTEL_EXPORTER_OTLP_HEADERS', 'OTEL_EXPORTER_OTLP_METRICS_HEADERS']) {
        if (!set(env[name]))
            continue;
        const pairs = parseKeyValueList(env[name]);
        // Never quote the value: headers carry API keys.
        if (!pairs)
            warnings.push(`${name} is not a list of key=value pairs (comma-separated, values percent-encoded); ignored`);
        else
            for (const [k, v] of pairs)
                headers[k] = v;
    }
    const timeout = ['OTEL_EXPORTER_OTLP_METRICS_TIMEOUT', 'OTEL_EXPORTER_OTLP_TIMEOUT']
        .map((name) => ({ timeoutFrom: name, timeoutMs: parseTimeoutMs(env[name]) }))
        .find((t) => t.timeoutMs !== undefined);
    return { settings: { ...where, headers, ...(timeout ?? {}) }, warnings };
}
const MAX_ATTRIBUTE_CHARS = 256;
const str = (key, value) => ({
    key,
    value: { stringValue: (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .cap */ .Np)(value, MAX_ATTRIBUTE_CHARS) },
});
/**
 * The resource: who reports. Ours first (host, CI/CD pipeline and worker per the `cicd.*` and `vcs.*`
 * semantic conventions, from GitHub Actions' variables when present), then OTEL_RESOURCE_ATTRIBUTES over
 * them, then OTEL_SERVICE_NAME over everything, as the SDK specification orders them.
 */
function resourceAttributes(env, hostName, warnings = []) {
    const attrs = new Map([['service.name', 'clock-preflight']]);
    if (hostName !== '')
        attrs.set('host.name', hostName);
    const server = env.GITHUB_SERVER_URL;
    const repo = env.GITHUB_REPOSITORY;
    const runId = env.GITHUB_RUN_ID;
    if (set(env.GITHUB_WORKFLOW))
        attrs.set('cicd.pipeline.name', env.GITHUB_WORKFLOW);
    if (set(runId))
        attrs.set('cicd.pipeline.run.id', runId);
    if (set(server) && set(repo) && set(runId)) {
        const attempt = set(env.GITHUB_RUN_ATTEMPT) ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
        attrs.set('cicd.pipeline.run.url.full', `${server}/${repo}/actions/runs/${runId}${attempt}`);
    }
    if (set(env.GITHUB_JOB))
        attrs.set('cicd.pipeline.task.name', env.GITHUB_JOB);
    if (set(env.RUNNER_NAME))
        attrs.set('cicd.worker.name', env.RUNNER_NAME);
    if (set(server) && set(repo))
        attrs.set('vcs.repository.url.full', `${server}/${repo}`);
    if (set(env.GITHUB_REF_NAME))
        attrs.set('vcs.ref.head.name', env.GITHUB_REF_NAME);
    if (set(env.GITHUB_SHA))
        attrs.set('vcs.ref.head.revision', env.GITHUB_SHA);
    if (set(env.OTEL_RESOURCE_ATTRIBUTES)) {
        const pairs = parseKeyValueList(env.OTEL_RESOURCE_ATTRIBUTES);
        // The specification: a malformed value is discarded whole, with an error said.
        if (!pairs)
            warnings.push('OTEL_RESOURCE_ATTRIBUTES is not a list of key=value pairs (comma-separated, values percent-encoded); ignored');
        else
            for (const [k, v] of pairs)
                attrs.set(k, v);
    }
    if (set(env.OTEL_SERVICE_NAME))
        attrs.set('service.name', env.OTEL_SERVICE_NAME.trim());
    return [...attrs].map(([k, v]) => str(k, v));
}
/** Unix nanoseconds as the JSON mapping writes 64-bit integers: a decimal string. */
function unixNano(ms) {
    return (BigInt(Math.floor(ms * 1000)) * 1000n).toString();
}
/** The ExportMetricsServiceRequest: one resource, one scope, a gauge per family. */
function renderOtlpJson(input) {
    const timeUnixNano = unixNano(input.nowMs);
    return {
        resourceMetrics: [
            {
                resource: { attributes: input.resource },
                scopeMetrics: [
                    {
                        scope: { name: 'clock-preflight', version: input.version },
                        metrics: input.families.map((f) => ({
                            name: f.otelName,
                            description: f.help,
                            unit: f.unit,
                            gauge: {
                                dataPoints: f.samples.map((s) => ({
                                    attributes: Object.entries(s.labels).map(([k, v]) => str(OTEL_ATTRIBUTE[k] ?? k, v)),
                                    timeUnixNano,
                                    // Counts and 0/1 states are integers; seconds are doubles.
                                    ...(f.unit !== 's' && Number.isInteger(s.value)
                                        ? { asInt: String(s.value) }
                                        : { asDouble: s.value }),
                                })),
                            },
                        })),
                    },
                ],
            },
        ],
    };
}


/***/ }),

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ deciding),
/* harmony export */   C3: () => (/* binding */ rowContext),
/* harmony export */   Ur: () => (/* binding */ sourceRow),
/* harmony export */   ob: () => (/* binding */ SOURCE_COLUMNS)
/* harmony export */ });
/* unused harmony exports sourceStatusText, sourceName */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6264);
/* harmony import */ var _decide_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6501);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4031);



/**
 * Source carries the address asked only when it differs from what was configured (a name and the
 * address it resolved to); an Address column would repeat the Source for every server given by address.
 */
const SOURCE_COLUMNS = ['Source', 'Kind', 'Stratum', 'Offset', '\u00b1 Bound', 'Delay', 'Status'];
function rowContext(m) {
    return {
        falsetickers: new Set(m.verdict.falsetickers),
        voters: new Set(m.voters),
        onlyAuthenticatedDecide: m.requireAuthenticated,
        voterOperators: new Set(m.results.flatMap((r) => r.operator !== undefined && m.voters.includes((0,_decide_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceKey */ .Zt)(r)) ? [r.operator] : [])),
    };
}
function deciding(r, c) {
    return c.voters.has((0,_decide_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceKey */ .Zt)(r)) && !c.falsetickers.has((0,_decide_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceKey */ .Zt)(r));
}
function sourceStatusText(r, c) {
    if (r.status === 'ok' && c.falsetickers.has((0,_decide_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceKey */ .Zt)(r)))
        return 'falseticker (outvoted)';
    if (r.status === 'ok' && !r.authenticated && c.onlyAuthenticatedDecide) {
        return 'ok (not deciding: unauthenticated, require-authenticated is on)';
    }
    if (r.status === 'ok' && !c.voters.has((0,_decide_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceKey */ .Zt)(r))) {
        // AWS's signed check votes with the Date check unless an operator's vote holds both.
        const operatorVotes = r.operator !== undefined && (r.kind !== 'sts' || c.voterOperators.has(r.operator));
        if (operatorVotes)
            return `ok (reported; one vote per operator: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cap */ .Np)(r.operator, 200)} already votes)`;
        if (r.kind === 'sts')
            return 'ok (reported; the Date check already votes for AWS)';
    }
    if (r.status === 'ok')
        return r.authenticated ? 'ok (authenticated)' : 'ok';
    // One line per cell: a reason quoting a server's multi-line error must not break the table.
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cap */ .Np)(`${r.status}: ${r.reason ?? ''}`.trim(), _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_FIELD_CHARS */ .AP).replace(/\s*[\r\n]+\s*/g, ' ');
}
function sourceName(r) {
    const target = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cap */ .Np)(r.target, 200);
    return r.address && r.address !== r.target ? `${target} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cap */ .Np)(r.address, 200)})` : target;
}
function sourceRow(r, c) {
    const s = r.sample;
    return [
        sourceName(r),
        r.kind,
        r.stratum !== undefined ? String(r.stratum) : '',
        s ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .signedDuration */ .Tp)(s.offsetMs) : '',
        s ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .preciseDuration */ .Ol)(s.boundMs) : '',
        s ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .preciseDuration */ .Ol)(s.delayMs) : '',
        sourceStatusText(r, c),
    ];
}


/***/ }),

/***/ 6484:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S5: () => (/* binding */ renderText),
  UV: () => (/* binding */ terminalColumns),
  LV: () => (/* binding */ wrap)
});

// EXTERNAL MODULE: ./src/gate/outcome.ts + 2 modules
var outcome = __nccwpck_require__(6493);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
;// CONCATENATED MODULE: ./src/resync/describe.ts

function argvText(argv) {
    return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
function describe_outcome(c) {
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
            lines.push(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.argv.length ? argvText(c.argv) : c.step}  (${describe_outcome(c)})${said ? `: ${said}` : ''}`);
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
// Command output is the machine's words, not ours: it goes through the same door as a server's.
const cell = (s) => markdownCell(s);
function resyncMarkdown(flow) {
    const r = flow.report;
    if (!r)
        return `**Resync:** ${markdownText(flow.decision.why)}\n`;
    const rows = r.commands
        .filter((c) => !(c.skipped && c.ok))
        .map((c) => `| ${cell(`\`${c.argv.length ? argvText(c.argv) : c.step}\``)} | ${c.ok ? 'ok' : 'failed'} | ${cell(describe_outcome(c))} | ${cell(c.ok ? '' : (c.reason ?? firstLine(c)))} |`);
    return [
        `**Resync (${markdownText(r.strategy)}):** ${markdownText(r.summary)}`,
        '',
        '| Command | Result | Exit | Why |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
        ...(r.ok ? [] : r.problems.map((p) => `- ${markdownText(p)}`)),
        ...(r.ec2 ? ['', markdownText(r.ec2)] : []),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/report/table.ts
var table = __nccwpck_require__(790);
;// CONCATENATED MODULE: ./src/report/text.ts
/**
 * The CLI's human report: the verdict line and the fix first, then the explanation, the notes and the
 * per-source table. Prose is wrapped to the terminal and the table kept within it.
 */




/** The mark is the severity (what happens to the job), the same one the exit code and JSON carry. */
const MARK = { ok: 'OK  ', warn: 'WARN', fail: 'FAIL' };
/** Width to write for: COLUMNS when set (terminals export it), else 80; never narrower than 40. */
function terminalColumns(env, ttyColumns) {
    const fromEnv = Number(env.COLUMNS);
    const columns = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : (ttyColumns ?? 80);
    return Math.max(40, columns);
}
/**
 * Greedy word wrap to `columns`. The first line of each paragraph starts with `firstIndent`, the lines
 * after it with `indent`. A word longer than a line (a URL, a base64 blob) is cut rather than overflowing.
 */
function wrap(text, columns, indent = '', firstIndent = '') {
    const out = [];
    for (const paragraph of text.split('\n')) {
        let line = firstIndent;
        let empty = true;
        const flush = () => {
            out.push(line.trimEnd());
            line = indent;
            empty = true;
        };
        for (let word of paragraph.split(/\s+/).filter((w) => w !== '')) {
            if (!empty && line.length + 1 + word.length > columns)
                flush();
            while (line.length + word.length > columns && word.length > 0) {
                const room = Math.max(1, columns - line.length);
                line += word.slice(0, room);
                word = word.slice(room);
                flush();
            }
            if (word === '')
                continue;
            line = empty ? line + word : `${line} ${word}`;
            empty = false;
        }
        out.push(line.trimEnd());
    }
    return out.join('\n');
}
/**
 * A plain-text table within `columns`: the last column wraps onto continuation lines; when even that
 * leaves it too narrow, the least needed columns (Delay, then Stratum, then Kind) are dropped.
 */
function formatTable(header, rows, columns = Infinity) {
    let cols = header.map((_, i) => i);
    const droppable = ['Delay', 'Stratum', 'Kind'].map((h) => header.indexOf(h)).filter((i) => i >= 0);
    const widthsOf = (keep) => keep.map((c) => Math.max(header[c].length, ...rows.map((r) => (r[c] ?? '').length)));
    const fixedWidth = (keep) => widthsOf(keep)
        .slice(0, -1)
        .reduce((a, w) => a + w + 2, 0);
    const MIN_LAST = 24;
    while (columns - fixedWidth(cols) < MIN_LAST && droppable.length > 0) {
        const drop = droppable.shift();
        cols = cols.filter((c) => c !== drop);
    }
    if (columns - fixedWidth(cols) < MIN_LAST)
        return formatList(header, rows, columns);
    const widths = widthsOf(cols);
    const lead = fixedWidth(cols);
    const lastRoom = Math.max(MIN_LAST, columns - lead);
    const render = (cells) => {
        const picked = cols.map((c) => cells[c] ?? '');
        const head = picked
            .slice(0, -1)
            .map((cell, i) => cell.padEnd(widths[i]))
            .join('  ');
        const last = picked[picked.length - 1];
        const wrapped = Number.isFinite(columns) ? wrap(last, lastRoom).split('\n') : [last];
        return wrapped
            .map((part, i) => (i === 0 ? `${head}${head ? '  ' : ''}${part}` : `${' '.repeat(lead)}${part}`))
            .map((l) => l.trimEnd())
            .join('\n');
    };
    const rule = widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? Math.min(w, lastRoom) : w));
    return [render(header), render(rule), ...rows.map(render)].join('\n');
}
/** For a terminal too narrow for any table: one block per row, its first cell as the heading. */
function formatList(header, rows, columns) {
    return rows
        .map((cells) => {
        const rest = cells
            .slice(1)
            .map((cell, i) => (cell ? `${header[i + 1]}: ${cell}` : ''))
            .filter((part) => part !== '')
            .join('; ');
        return `${wrap(cells[0] ?? '', columns)}\n${wrap(rest, columns, '    ', '    ')}`;
    })
        .join('\n');
}
/** The report of one measurement: verdict, fix, explanation, notes, table. */
function measurementText(o, columns) {
    const m = o.measurement;
    const para = (t) => wrap((0,report_escape/* cap */.Np)(t, report_escape/* MAX_FIELD_CHARS */.AP), columns);
    const lines = [wrap(o.title, columns, '      ', `${MARK[o.severity]}  `)];
    if (o.fix)
        lines.push('', wrap(o.fix, columns, '     ', 'Fix: '));
    lines.push('', para(o.text));
    for (const note of o.notes)
        lines.push('', para(note));
    const context = (0,table/* rowContext */.C3)(m);
    lines.push('', formatTable(table/* SOURCE_COLUMNS */.ob, m.results.map((r) => (0,table/* sourceRow */.Ur)(r, context)), columns));
    const rounds = m.rounds === 1 ? '1 round' : `${m.rounds} rounds`;
    const sources = m.results.length === 1 ? '1 source' : `${m.results.length} sources`;
    lines.push('', `Checked ${sources} in ${Math.round(m.elapsedMs)} ms (${rounds}).`);
    return lines.join('\n') + '\n';
}
function renderText(o, options) {
    const { columns } = options;
    if (o.first && o.flow.report) {
        return (wrap(`First measurement: ${o.first.verdict.title}`, columns) +
            '\n' +
            (0,outcome/* inDialect */.u)(resyncText(o.flow), o.dialect) +
            '\nMeasured again:\n' +
            measurementText(o, columns));
    }
    // Why resync did not run is said only when it was asked for and the check did not pass.
    return measurementText(o, columns) + (o.resync ? (0,outcome/* inDialect */.u)(resyncText(o.flow), o.dialect) : '');
}


/***/ }),

/***/ 1461:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ chronyStrategy),
/* harmony export */   w: () => (/* binding */ chronySystemTimeMs)
/* harmony export */ });
/* harmony import */ var _strategy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9717);
/**
 * chrony: burst (fresh measurements now, not at the next poll, which can be 17 minutes away), step with
 * `makestep`, then a bounded `waitsync` so that the second measurement sees the settled clock.
 *
 * `makestep` steps by the offset chronyd has already measured; after a suspend or a long stall that
 * estimate is stale, hence the burst first, as chrony's FAQ does. `-a` is accepted and ignored by chrony 4
 * (it once meant "authenticate"); it keeps the command line familiar to people who copy it from the report.
 */

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

/***/ 7940:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ kodResult),
/* harmony export */   WU: () => (/* binding */ unansweredResult),
/* harmony export */   gg: () => (/* binding */ keepingBest)
/* harmony export */ });
/** A Kiss-o'-Death's fields; `authenticated` when it came inside NTS's authentication (so truly the server's). */
function kodResult(kod, authenticated) {
    const how = authenticated ? ' (authenticated)' : '';
    return {
        status: 'kod',
        stratum: 0,
        refId: kod.code,
        reason: kod.stop
            ? `Kiss-o'-Death ${kod.code}${how}: the server asks not to be queried; not asked again this run`
            : `Kiss-o'-Death ${kod.code || '(no code)'}${how}: the server gave no time`,
    };
}
/**
 * A source's state: with a sample from an earlier answer it stays 'ok' (a later refinement that is lost
 * does not take the sample away), except after a Kiss-o'-Death, which is said as such.
 */
function keepingBest(r, best) {
    if (!best)
        return r;
    const kept = { ...r, sample: best };
    if (r.status !== 'kod') {
        kept.status = 'ok';
        delete kept.reason;
    }
    return kept;
}
/** An exchange that ended without an accepted reply, as a status and its reason. */
function unansweredResult(end, words) {
    if (end.kind === 'socket-error') {
        const sending = end.phase === 'send' ? 'could not send: ' : '';
        return { status: 'error', reason: `${sending}${end.reason}${words.socketNote ?? ''}` };
    }
    if (end.lastRejection)
        return { status: 'rejected', reason: `every reply was rejected: ${end.lastRejection}` };
    const noun = end.sent === 1 ? words.noun : `${words.noun}s`;
    return {
        status: 'timeout',
        reason: `no reply to ${end.sent} ${noun}${words.sentTo ?? ''} before the deadline` +
            (end.strays > 0 ? ` (${end.strays} packets from other addresses ignored)` : '') +
            (words.timeoutNote ?? ''),
    };
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
/* harmony import */ var _ntp_result_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7940);
/* harmony import */ var _udp_exchange_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(351);
/**
 * An NTP server as a time source, on node:dgram (the npm SNTP clients are unmaintained).
 *
 * One request per measurement; a lost reply is retried, never sooner than 2 s after the previous request
 * to the same server (the NTP pool's rule for clients). Requests carry a random transmit timestamp and a
 * reply is accepted only when its origin timestamp equals one we sent, on a socket connected to the
 * server's address and port (the kernel drops datagrams from anywhere else; we check again).
 */







/** Our own clock-reading error: the anchor of the sub-millisecond clock is exact to a few \u00b5s. */
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
    // \u03b4 trusts the server's own T3 \u2212 T2; a server claiming it held the request for the whole round trip
    // would shrink \u03b4, and its interval, to nothing. Our own T4 \u2212 T1 is a floor no server can lower.
    const floorMs = Math.max(t4 - t1, 0) / 2 + LOCAL_READ_ERROR_MS;
    return {
        offsetMs,
        boundMs: Math.max(delay / 2 + rootDistanceMs + (0,_protocol_ntp_packet_js__WEBPACK_IMPORTED_MODULE_2__/* .precisionMs */ .Jl)(p.precision) + LOCAL_READ_ERROR_MS, floorMs),
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
            a.connect(b.address().port, '127.0.0.1', (error) => {
                if (error)
                    return done();
                try {
                    a.send((0,_protocol_ntp_packet_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeClientRequest */ .vH)(origin));
                }
                catch {
                    done();
                }
            });
        });
    });
    return warmedUp;
}
function ntpSource(server, options = {}) {
    const clock = options.clock ?? _time_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .ml;
    const minIntervalMs = options.minRequestIntervalMs ?? 2000;
    const maxRequests = options.maxRequests ?? 4;
    let requests = 0;
    const pacing = { lastRequestAtMs: -Infinity };
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
        last = (0,_ntp_result_js__WEBPACK_IMPORTED_MODULE_6__/* .keepingBest */ .gg)({
            kind: 'ntp',
            target: server.label,
            authenticated: false,
            requests,
            ...(resolved ? { address: (0,_net_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .formatAddress */ .M0)(resolved.address, server.port) } : {}),
            ...r,
        }, best);
        return last;
    };
    async function measure(signal) {
        if (stopped)
            return last;
        if (!resolved) {
            const r = await (0,_net_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveHost */ .p0)(server.host, signal);
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
    async function exchange(to, signal) {
        const outstanding = [];
        const peer = { ...to, port: server.port };
        const end = await (0,_udp_exchange_js__WEBPACK_IMPORTED_MODULE_5__/* .udpExchange */ .V)({
            peer,
            signal,
            pacing,
            minIntervalMs,
            maxRequests,
            nowMs: () => clock.nowMs(),
            nextRequest: () => {
                const origin = randomTimestamp();
                const request = (0,_protocol_ntp_packet_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeClientRequest */ .vH)(origin);
                requests += 1;
                outstanding.push({ t1: clock.nowMs(), origin });
                return request;
            },
            judge: (bytes, t4) => {
                // Match against every request still outstanding: a late reply to an earlier request is genuine.
                for (const { t1, origin } of outstanding) {
                    const check = (0,_protocol_ntp_packet_js__WEBPACK_IMPORTED_MODULE_2__/* .checkReply */ .xk)(bytes, origin);
                    if (check.kind === 'rejected' && check.code === 'origin-mismatch')
                        continue;
                    if (check.kind === 'rejected')
                        return { kind: 'reject', reason: check.reason };
                    if (check.kind === 'kiss-of-death') {
                        if (check.stop)
                            stopped = true;
                        return { kind: 'accept', end: result((0,_ntp_result_js__WEBPACK_IMPORTED_MODULE_6__/* .kodResult */ .OK)(check, false)) };
                    }
                    const sample = sampleFromReply(check.packet, t1, t4);
                    if (!best || sample.boundMs < best.boundMs)
                        best = sample;
                    return {
                        kind: 'accept',
                        end: result({ status: 'ok', stratum: check.packet.stratum, refId: refIdOf(check.packet) }),
                    };
                }
                return {
                    kind: 'reject',
                    reason: 'origin timestamp does not match any request we sent (stale, replayed or forged reply)',
                };
            },
        }, 'NTP');
        if (end.kind === 'answered')
            return end.end;
        if (end.kind === 'socket-error' && end.permanent)
            stopped = true;
        return result((0,_ntp_result_js__WEBPACK_IMPORTED_MODULE_6__/* .unansweredResult */ .WU)(end, { noun: 'request' }));
    }
    return {
        kind: 'ntp',
        target: server.label,
        measure,
        canRefine: () => !stopped,
        // Before the first packet, beside the other sources' loading, rather than in the first measure().
        prepare: () => warmUp(clock),
    };
}


/***/ }),

/***/ 351:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ udpExchange)
/* harmony export */ });
/* unused harmony export describeSocketError */
/* harmony import */ var node_dgram__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1314);
/* harmony import */ var node_dgram__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_dgram__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _net_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7230);
/* harmony import */ var _time_clock_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3355);
/* harmony import */ var _net_error_code_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2711);
/* harmony import */ var _time_waiting_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2354);
/**
 * One request/reply exchange over UDP, shared by the NTP and NTS sources: a connected socket, request
 * pacing, retries, strays, the deadline, and every socket fault (create, connect, send, receive) turned
 * into an end value. Nothing here throws and nothing outlives the signal: the returned promise always
 * resolves, and the socket is closed when it does.
 *
 * What a request and a reply mean is the caller's: it builds each request (reading its T1 as late as
 * possible) and judges each datagram from the peer. The exchange only moves bytes and keeps time.
 */





/** Errors after which asking the same address again cannot help. */
const PERMANENT_CODES = new Set([
    'ECONNREFUSED',
    'EACCES',
    'EPERM',
    'EAFNOSUPPORT',
    'EADDRNOTAVAIL',
    'EINVAL',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'ERR_SOCKET_BAD_PORT',
    'ERR_INVALID_ARG_VALUE',
]);
/** A socket fault in words: what failed, towards whom, and what it usually means. Pure. */
function describeSocketError(code, peer, what) {
    const at = (0,_net_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .formatAddress */ .M0)(peer.address, peer.port);
    switch (code) {
        case 'ECONNREFUSED':
            return `connection refused: nothing answers ${what} on ${at} (ICMP port unreachable)`;
        case 'ENETUNREACH':
            return peer.family === 6
                ? `network unreachable (ENETUNREACH): this machine has no IPv6 route to ${at}`
                : `network unreachable (ENETUNREACH): no route to ${at}`;
        case 'EHOSTUNREACH':
            return `host unreachable (EHOSTUNREACH): ${at} cannot be reached from here`;
        case 'EAFNOSUPPORT':
            return `IPv6 is not available on this machine (EAFNOSUPPORT): cannot send ${what} to ${at}`;
        case 'EADDRNOTAVAIL':
            return `address not available (EADDRNOTAVAIL): no local address can reach ${at}`;
        case 'EACCES':
        case 'EPERM':
            return `not permitted to send to ${at} (${code}): a broadcast address, or a firewall rule on this machine`;
        default:
            return `socket error ${code} towards ${at}`;
    }
}
function udpExchange(options, what = 'NTP') {
    const { peer, signal, pacing } = options;
    return new Promise((resolve) => {
        let socket;
        let sent = 0;
        let strays = 0;
        let lastRejection;
        let finished = false;
        let connected = false;
        let resendTimer;
        // Ends the pacing sleep when the exchange ends for any reason, not only at the deadline.
        const stopSending = new AbortController();
        const finish = (end) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(resendTimer);
            stopSending.abort();
            signal.removeEventListener('abort', onAbort);
            try {
                socket?.close();
            }
            catch {
                // Already closed (a failed bind closes it).
            }
            resolve(end);
        };
        const fail = (phase, error) => {
            const code = (0,_net_error_code_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCode */ .CA)(error);
            finish({
                kind: 'socket-error',
                phase,
                code,
                reason: describeSocketError(code, peer, what),
                permanent: PERMANENT_CODES.has(code),
                sent,
            });
        };
        const onAbort = () => finish({
            kind: 'deadline',
            sent,
            strays,
            ...(lastRejection !== undefined ? { lastRejection } : {}),
        });
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        // send() resolves on every path; the catch is for a fault nobody foresaw, which ends the exchange.
        const sendNext = () => void send().catch((error) => fail('send', error));
        const send = async () => {
            // The NTP pool's rule: never two requests to one server less than minIntervalMs apart.
            await (0,_time_waiting_js__WEBPACK_IMPORTED_MODULE_4__/* .sleep */ .y)(pacing.lastRequestAtMs + options.minIntervalMs - (0,_time_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .monotonicMs */ .dR)(), stopSending.signal);
            if (finished || !socket)
                return;
            let request;
            try {
                request = options.nextRequest();
            }
            catch (error) {
                return fail('send', error);
            }
            if (!request)
                return; // Nothing more to send: wait for the replies already asked for.
            sent += 1;
            pacing.lastRequestAtMs = (0,_time_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .monotonicMs */ .dR)();
            try {
                socket.send(request, (error) => {
                    if (error)
                        fail('send', error);
                });
            }
            catch (error) {
                // A socket closed under us or a bad argument throws synchronously instead of calling back.
                return fail('send', error);
            }
            if (sent < options.maxRequests) {
                resendTimer = setTimeout(sendNext, options.minIntervalMs);
            }
        };
        try {
            socket = (0,node_dgram__WEBPACK_IMPORTED_MODULE_0__.createSocket)(peer.family === 6 ? 'udp6' : 'udp4');
        }
        catch (error) {
            return fail('connect', error);
        }
        const judgeReply = (bytes, arrivedAtMs) => {
            if (finished)
                return;
            let judgement;
            try {
                judgement = options.judge(bytes, arrivedAtMs);
            }
            catch (error) {
                // A parser must never throw on bytes from the network; if one does, the reply is not a sample.
                lastRejection = `reply could not be read (${(0,_net_error_code_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCode */ .CA)(error)})`;
                return;
            }
            if (judgement.kind === 'accept')
                finish({ kind: 'answered', end: judgement.end });
            else
                lastRejection = judgement.reason;
        };
        socket.on('message', (bytes, rinfo) => {
            const arrivedAtMs = options.nowMs();
            if (finished)
                return;
            // The kernel drops datagrams from elsewhere on a connected socket; check again all the same.
            if (rinfo.address !== peer.address || rinfo.port !== peer.port) {
                strays += 1;
                return;
            }
            // Judged once this turn of the event loop has read every datagram that arrived with this one: the
            // judging, and the verdict work an answer sets off, would otherwise run before the next reply's
            // arrival is read, and that reply's round trip (and so its interval) would grow by it. Several
            // servers on a short path answer within the same millisecond.
            setImmediate(judgeReply, bytes, arrivedAtMs);
        });
        // Before connect, errors (bind, connect) come to the connect callback; after, to 'error'.
        socket.on('error', (error) => fail(connected ? 'receive' : 'connect', error));
        try {
            socket.connect(peer.port, peer.address, (error) => {
                if (finished)
                    return;
                if (error)
                    return fail('connect', error);
                connected = true;
                sendNext();
            });
        }
        catch (error) {
            fail('connect', error);
        }
    });
}


/***/ }),

/***/ 8870:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
    return chars.length <= maxChars ? text : `${chars.slice(0, Math.max(0, maxChars - 1)).join('')}\u2026`;
}


/***/ }),

/***/ 3355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ry: () => (/* binding */ reanchorWallClock),
/* harmony export */   dR: () => (/* binding */ monotonicMs),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony exports ANCHOR_MAX_ERROR_MS, anchorToWallClock */
/** The largest error of an accepted anchor: half the widest bracket we pair across. */
const ANCHOR_MAX_ERROR_MS = 0.025;
/** Millisecond ticks to wait for a clean one before settling for the narrowest seen. */
const ANCHOR_MAX_TICKS = 20;
/** Pairs a tick of readWallMs (whole ms) with readPerfMs (fractional ms). Exported for tests. */
function anchorToWallClock(readWallMs = Date.now, readPerfMs = () => performance.now()) {
    // The first calls of a process are slow (lazy bindings); make them here, outside any bracket.
    readPerfMs();
    readWallMs();
    let best;
    let beforePrevious = readPerfMs();
    let previousWall = readWallMs();
    // Bounded: Date.now() must tick every millisecond; a frozen clock must not hang the run.
    for (let ticks = 0, i = 0; ticks < ANCHOR_MAX_TICKS && i < 5_000_000; i++) {
        const before = readPerfMs();
        const wall = readWallMs();
        const after = readPerfMs();
        if (wall !== previousWall) {
            ticks += 1;
            // The wall clock reached `wall` after the previous read and by this one.
            const candidate = {
                wallMs: wall,
                perfMs: (beforePrevious + after) / 2,
                errorMs: (after - beforePrevious) / 2,
            };
            if (!best || candidate.errorMs < best.errorMs)
                best = candidate;
            if (best.errorMs <= ANCHOR_MAX_ERROR_MS)
                return best;
        }
        previousWall = wall;
        beforePrevious = before;
    }
    // No tick (a stopped clock) or none clean: the best we have, still far better than a blind pairing.
    return best ?? { wallMs: previousWall, perfMs: beforePrevious, errorMs: 1 };
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

/***/ 2354:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ untilAborted),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/** Waiting under an abort signal: a pause that ends early, and a promise raced against the signal. */
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
/**
 * Races a promise against the signal: resolves to undefined when the signal aborts first. The promise is
 * always given a handler, also when the signal has already aborted: whatever it rejects with later (an
 * SDK's AbortError, a lookup's failure) is settled here, never left unhandled to crash the process.
 */
function untilAborted(promise, signal) {
    return new Promise((resolve, reject) => {
        const onAbort = () => resolve(undefined);
        promise.then((v) => {
            signal.removeEventListener('abort', onAbort);
            resolve(v);
        }, (e) => {
            signal.removeEventListener('abort', onAbort);
            // After the abort the outcome is already settled; a late rejection changes nothing.
            reject(e);
        });
        if (signal.aborted)
            return resolve(undefined);
        signal.addEventListener('abort', onAbort, { once: true });
    });
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