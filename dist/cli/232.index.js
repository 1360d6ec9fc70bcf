export const id = 232;
export const ids = [232];
export const modules = {

/***/ 7232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  waitCommand: () => (/* binding */ waitCommand)
});

// EXTERNAL MODULE: ./src/gate/check.ts + 4 modules
var gate_check = __webpack_require__(5828);
// EXTERNAL MODULE: ./src/gate/outcome.ts + 2 modules
var outcome = __webpack_require__(6493);
// EXTERNAL MODULE: ./src/gate/resync-budget.ts
var resync_budget = __webpack_require__(2679);
;// CONCATENATED MODULE: ./src/gate/wait-plan.ts
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 30_000;
/** The least time one measurement is given: enough for loopback or LAN servers to answer. */
const MIN_ATTEMPT_MS = 1000;
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

// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/platform/facts.ts
var facts = __webpack_require__(4376);
// EXTERNAL MODULE: ./src/report/json.ts
var report_json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/text.ts + 1 modules
var report_text = __webpack_require__(6484);
// EXTERNAL MODULE: ./src/resync/decision.ts
var decision = __webpack_require__(9258);
// EXTERNAL MODULE: ./src/resync/eligibility.ts
var eligibility = __webpack_require__(3143);
// EXTERNAL MODULE: ./src/time/clock.ts
var time_clock = __webpack_require__(3355);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/metrics.ts + 1 modules
var cli_metrics = __webpack_require__(4777);
;// CONCATENATED MODULE: ./src/cli/wait.ts














/** Resolves after `ms`, or at once when the signal aborts. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted || ms <= 0)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
    });
}
/** The work, or undefined as soon as the signal aborts (the work is left to its own deadline). */
async function unlessStopped(work, signal) {
    if (signal.aborted)
        return undefined;
    let stop = () => undefined;
    const stopped = new Promise((resolve) => {
        stop = () => resolve(undefined);
        signal.addEventListener('abort', stop, { once: true });
    });
    try {
        return await Promise.race([work, stopped]);
    }
    finally {
        signal.removeEventListener('abort', stop);
    }
}
/** The clock as one attempt saw it: "7 m 0 s behind (±0.6 ms)", or why it could not tell. */
function clockWords(o) {
    if (o.reason === 'judged' && o.offsetMs !== undefined) {
        const size = `${(0,format/* describeOffset */.j8)(o.offsetMs)} (±${(0,format/* humanDuration */.UU)(o.uncertaintyMs ?? 0)})`;
        // The title's last parenthesis names the limit passed: "over max-offset 1 m 0 s", "github-app fails above …".
        const limit = o.status === 'ok' ? 'within bounds' : (/\(([^()]*)\)$/.exec(o.title)?.[1] ?? o.status);
        return `runner clock is ${size}, ${limit}`;
    }
    return o.title.charAt(0).toLowerCase() + o.title.slice(1);
}
function nextWords(action, resyncMethod) {
    switch (action.kind) {
        case 'done':
            return 'done, exit 0';
        case 'give-up':
            return `deadline reached, giving up: exit ${action.exitCode}${action.exitCode === 0 ? ' (on-unreachable: warn)' : ''}`;
        case 'resync':
            return `resyncing (${resyncMethod === 'set-clock' ? 'set-clock' : "this machine's time service"})${action.afterMs > 0 ? ` in ${(0,format/* humanDuration */.UU)(action.afterMs)}` : ' now'}, then measuring again`;
        case 'measure':
            return `measuring again in ${(0,format/* humanDuration */.UU)(action.afterMs)}`;
    }
}
async function waitCommand(config, json, io, deps = {}) {
    // Metrics describe the last attempt's outcome, exported once the wait ends either way (a fleet sees
    // which runners waited, and how far off they were when they gave up).
    const metrics = await (0,cli_metrics/* cliMetrics */.U)(config, io);
    const started = (0,time_clock/* monotonicMs */.dR)();
    const deadline = started + metrics.measureConfig.timeoutMs;
    const left = () => deadline - (0,time_clock/* monotonicMs */.dR)();
    // With --json the journal lines go to stderr and stdout holds only the final JSON.
    const say = (line) => (json ? io.stderr : io.stdout)(`clock-preflight wait: ${(0,report_escape/* forLog */.Ig)(line)}\n`);
    const controller = new AbortController();
    let stoppedBy;
    const unsubscribe = io.onStop?.((signal) => {
        stoppedBy = signal;
        controller.abort();
    });
    const signal = controller.signal;
    const resyncRule = (0,decision/* resyncDecision */.D)({ mode: config.resync, runner: (0,facts/* runnerType */.J5)(io.env), status: 'fail' });
    try {
        say(`waiting up to ${(0,format/* humanDuration */.UU)(config.timeoutMs)} for the clock to be within bounds; ` +
            (resyncRule.run ? 'resync when it is out of bounds.' : resyncRule.why));
        let attempt = 0;
        let completed = 0;
        let last;
        for (;;) {
            attempt++;
            const attemptConfig = { ...config, timeoutMs: attemptTimeoutMs(left()) };
            const check = await unlessStopped((0,gate_check/* runCheck */.k_)(attemptConfig, io.env), signal);
            if (!check)
                break;
            const flow = {
                decision: { run: false, why: 'Resync is decided by wait.' },
                final: check.measurement,
                resynced: false,
                line: '',
            };
            completed = attempt;
            last = (0,outcome/* decideOutcome */.dl)({
                config: attemptConfig,
                first: check.measurement,
                flow,
                clockFix: check.fix,
                env: io.env,
                dialect: 'cli',
            });
            const action = nextWaitAction({
                attempt,
                status: last.status,
                judged: last.reason === 'judged',
                remainingMs: left(),
                resyncAllowed: resyncRule.run,
                passesCheck: last.exitCode === 0,
            });
            say(`attempt ${attempt}: ${clockWords(last)}; ${nextWords(action, config.resyncMethod)} (${(0,format/* humanDuration */.UU)(Math.max(0, left()))} left).`);
            if (action.kind === 'done' || action.kind === 'give-up') {
                if (json)
                    io.stdout(JSON.stringify({ ...(0,report_json/* renderJson */.hF)(last), attempts: attempt }, null, 2) + '\n');
                else if (action.kind === 'give-up')
                    io.stdout((0,report_text/* renderText */.S5)(last, { columns: (0,report_text/* terminalColumns */.UV)(io.env, io.columns) }));
                await metrics.deliver(last);
                return action.exitCode;
            }
            await sleep(action.afterMs, signal);
            if (signal.aborted)
                break;
            if (action.kind === 'resync') {
                const { resyncClock } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(108)]).then(__webpack_require__.bind(__webpack_require__, 4108));
                const consensus = (0,eligibility/* consensusOf */.Xr)(check.measurement);
                const report = await unlessStopped(resyncClock({
                    method: config.resyncMethod,
                    deadlineMs: Math.max(1, Math.min((0,resync_budget/* resyncBudgetMs */.c)(MIN_ATTEMPT_MS), left() - MIN_ATTEMPT_MS)),
                    ...(consensus ? { consensus } : {}),
                    servers: config.ntpServers.map((s) => s.label),
                    env: io.env,
                    ...(deps.platform ? { platform: deps.platform } : {}),
                }), signal);
                if (!report)
                    break;
                say(`attempt ${attempt}: ${report.summary}`);
            }
        }
        const when = ` after ${completed} attempt${completed === 1 ? '' : 's'}`;
        const clock = last ? `; last seen: ${clockWords(last)}` : '';
        say(`stopped by ${stoppedBy ?? 'a signal'}${when}, ${(0,format/* humanDuration */.UU)((0,time_clock/* monotonicMs */.dR)() - started)} in, before the clock was confirmed within bounds${clock}. Exit 1.`);
        return cli_io/* EXIT_FAIL */.WV;
    }
    finally {
        unsubscribe?.();
    }
}


/***/ }),

/***/ 9258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ resyncDecision)
/* harmony export */ });
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


/***/ }),

/***/ 3143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I7: () => (/* binding */ setClockEligibility),
/* harmony export */   Xr: () => (/* binding */ consensusOf)
/* harmony export */ });
/* unused harmony export DEFAULT_SET_CLOCK_LIMITS */
/* harmony import */ var _decide_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6501);

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
    const agreeing = m.results.filter((r) => keys.has((0,_decide_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceKey */ .Zt)(r)));
    return {
        offsetMs: v.offsetMs,
        uncertaintyMs: v.uncertaintyMs,
        agreeing: agreeing.length,
        authenticated: agreeing.some((r) => r.authenticated),
    };
}


/***/ })

};

//# sourceMappingURL=232.index.js.map