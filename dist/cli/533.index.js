export const id = 533;
export const ids = [533];
export const modules = {

/***/ 8533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   waitCommand: () => (/* binding */ waitCommand)
/* harmony export */ });
/* harmony import */ var _gate_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5828);
/* harmony import */ var _gate_outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6493);
/* harmony import */ var _gate_resync_budget_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(2679);
/* harmony import */ var _gate_wait_plan_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8000);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6264);
/* harmony import */ var _platform_facts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4376);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2794);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4031);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6484);
/* harmony import */ var _resync_decision_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9258);
/* harmony import */ var _resync_eligibility_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3143);
/* harmony import */ var _time_clock_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3355);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(1604);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4777);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7232);
/* harmony import */ var _guard_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(578);
/* harmony import */ var _time_waiting_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2354);

















/** The clock as one attempt saw it: "7 m 0 s behind (\u00b10.6 ms)", or why it could not tell. */
function clockWords(o) {
    if (o.reason === 'judged' && o.offsetMs !== undefined) {
        const size = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_11__/* .describeOffset */ .j8)(o.offsetMs)} (\u00b1${(0,_format_js__WEBPACK_IMPORTED_MODULE_11__/* .humanDuration */ .UU)(o.uncertaintyMs ?? 0)})`;
        // The limit passed, from the verdict: "over max-offset 1 m 0 s", "github-app fails above 30.0 s ahead".
        const limit = o.status === 'ok' ? 'within bounds' : (o.limit ?? o.status);
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
            return `resyncing (${resyncMethod === 'set-clock' ? 'set-clock' : "this machine's time service"})${action.afterMs > 0 ? ` in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_11__/* .humanDuration */ .UU)(action.afterMs)}` : ' now'}, then measuring again`;
        case 'measure':
            return `measuring again in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_11__/* .humanDuration */ .UU)(action.afterMs)}`;
    }
}
async function waitCommand(config, json, io, deps = {}) {
    // Metrics describe the last attempt's outcome, exported once the wait ends, at the deadline or by a
    // signal (a fleet sees which runners waited, and how far off they were when they gave up).
    const metrics = await (0,_metrics_js__WEBPACK_IMPORTED_MODULE_9__/* .cliMetrics */ .U)(config, io);
    const started = (0,_time_clock_js__WEBPACK_IMPORTED_MODULE_8__/* .monotonicMs */ .dR)();
    const deadline = started + metrics.measureConfig.timeoutMs;
    const left = () => deadline - (0,_time_clock_js__WEBPACK_IMPORTED_MODULE_8__/* .monotonicMs */ .dR)();
    // With --json the journal lines go to stderr and stdout holds only the final JSON.
    const say = (line) => (json ? io.stderr : io.stdout)(`clock-preflight wait: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .forLog */ .Ig)(line)}\n`);
    const controller = new AbortController();
    let stoppedBy;
    const unsubscribe = io.onStop?.((signal) => {
        stoppedBy = signal;
        controller.abort();
    });
    const signal = controller.signal;
    const resyncRule = (0,_resync_decision_js__WEBPACK_IMPORTED_MODULE_6__/* .resyncDecision */ .D)({ mode: config.resync, runner: (0,_platform_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .runnerType */ .J5)(io.env), status: 'fail' });
    try {
        say(`waiting up to ${(0,_format_js__WEBPACK_IMPORTED_MODULE_11__/* .humanDuration */ .UU)(config.timeoutMs)} for the clock to be within bounds; ` +
            (resyncRule.run ? 'resync when it is out of bounds.' : resyncRule.why));
        let attempt = 0;
        let completed = 0;
        let last;
        for (;;) {
            attempt++;
            const attemptConfig = { ...config, timeoutMs: (0,_gate_wait_plan_js__WEBPACK_IMPORTED_MODULE_12__/* .attemptTimeoutMs */ .fB)(left()) };
            const check = await (0,_time_waiting_js__WEBPACK_IMPORTED_MODULE_13__/* .untilAborted */ .E)((0,_gate_check_js__WEBPACK_IMPORTED_MODULE_0__/* .runCheck */ .k_)(attemptConfig, io.env), signal);
            if (!check)
                break;
            const flow = {
                decision: { run: false, why: 'Resync is decided by wait.' },
                final: check.measurement,
                resynced: false,
                line: '',
            };
            completed = attempt;
            last = (0,_gate_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .decideOutcome */ .d)({
                config: attemptConfig,
                first: check.measurement,
                flow,
                clockFix: check.fix,
                env: io.env,
                dialect: 'cli',
            });
            const action = (0,_gate_wait_plan_js__WEBPACK_IMPORTED_MODULE_12__/* .nextWaitAction */ .d1)({
                attempt,
                status: last.status,
                judged: last.reason === 'judged',
                remainingMs: left(),
                resyncAllowed: resyncRule.run,
                passesCheck: last.exitCode === 0,
            });
            say(`attempt ${attempt}: ${clockWords(last)}; ${nextWords(action, config.resyncMethod)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_11__/* .humanDuration */ .UU)(Math.max(0, left()))} left).`);
            if (action.kind === 'done' || action.kind === 'give-up') {
                (0,_guard_js__WEBPACK_IMPORTED_MODULE_14__/* .verdictChosen */ .kn)(action.exitCode);
                (0,_gate_js__WEBPACK_IMPORTED_MODULE_10__/* .maskAccountIds */ .ud)(last, io);
                if (json)
                    io.stdout(JSON.stringify({ ...(0,_report_json_js__WEBPACK_IMPORTED_MODULE_3__/* .renderJson */ .h)(last), attempts: attempt }, null, 2) + '\n');
                else if (action.kind === 'give-up')
                    io.stdout((0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .renderText */ .S5)(last, { columns: (0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalColumns */ .UV)(io.env, io.columns) }));
                await metrics.deliver(last);
                return action.exitCode;
            }
            await (0,_time_waiting_js__WEBPACK_IMPORTED_MODULE_13__/* .sleep */ .y)(action.afterMs, signal);
            if (signal.aborted)
                break;
            if (action.kind === 'resync') {
                const { resyncClock } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(108)]).then(__webpack_require__.bind(__webpack_require__, 4108));
                const consensus = (0,_resync_eligibility_js__WEBPACK_IMPORTED_MODULE_7__/* .consensusOf */ .Xr)(check.measurement);
                const report = await (0,_time_waiting_js__WEBPACK_IMPORTED_MODULE_13__/* .untilAborted */ .E)(resyncClock({
                    method: config.resyncMethod,
                    deadlineMs: Math.max(1, Math.min((0,_gate_resync_budget_js__WEBPACK_IMPORTED_MODULE_15__/* .resyncBudgetMs */ .c)(_gate_wait_plan_js__WEBPACK_IMPORTED_MODULE_12__/* .MIN_ATTEMPT_MS */ .iD), left() - _gate_wait_plan_js__WEBPACK_IMPORTED_MODULE_12__/* .MIN_ATTEMPT_MS */ .iD)),
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
        // Stopped by a signal: exit 1 (the clock was not confirmed), with what the last attempt saw in the JSON
        // and the metrics, as at the deadline; the export gets a short bound so that the stop stays prompt.
        (0,_guard_js__WEBPACK_IMPORTED_MODULE_14__/* .verdictChosen */ .kn)(_io_js__WEBPACK_IMPORTED_MODULE_16__/* .EXIT_FAIL */ .WV);
        const when = ` after ${completed} attempt${completed === 1 ? '' : 's'}`;
        const clock = last ? `; last seen: ${clockWords(last)}` : '';
        say(`stopped by ${stoppedBy ?? 'a signal'}${when}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_11__/* .humanDuration */ .UU)((0,_time_clock_js__WEBPACK_IMPORTED_MODULE_8__/* .monotonicMs */ .dR)() - started)} in, before the clock was confirmed within bounds${clock}. Exit 1.`);
        if (last) {
            (0,_gate_js__WEBPACK_IMPORTED_MODULE_10__/* .maskAccountIds */ .ud)(last, io);
            if (json) {
                // Its severity with its exit code, as in every JSON (README: they always agree).
                const stopped = {
                    ...(0,_report_json_js__WEBPACK_IMPORTED_MODULE_3__/* .renderJson */ .h)(last),
                    severity: 'fail',
                    exitCode: _io_js__WEBPACK_IMPORTED_MODULE_16__/* .EXIT_FAIL */ .WV,
                    attempts: completed,
                    stoppedBy,
                };
                io.stdout(JSON.stringify(stopped, null, 2) + '\n');
            }
            await metrics.deliver(last, (0,_time_clock_js__WEBPACK_IMPORTED_MODULE_8__/* .monotonicMs */ .dR)() + _gate_wait_plan_js__WEBPACK_IMPORTED_MODULE_12__/* .STOP_EXPORT_MS */ .Hv);
        }
        return _io_js__WEBPACK_IMPORTED_MODULE_16__/* .EXIT_FAIL */ .WV;
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
            why: `the consensus is too wide (\u00b1${Math.round(uncertaintyMs)} ms, limit \u00b1${limits.maxUncertaintyMs} ms) to set a clock from`,
        };
    }
    if (Math.abs(offsetMs) <= uncertaintyMs) {
        return {
            eligible: false,
            why: `the offset (${Math.round(offsetMs)} ms) is within its own uncertainty (\u00b1${Math.round(uncertaintyMs)} ms): setting the clock would not provably improve it`,
        };
    }
    const basis = agreeing >= 2 ? `${agreeing} sources agree` : 'an authenticated source decides';
    return { eligible: true, why: `${basis} within \u00b1${Math.round(uncertaintyMs)} ms` };
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

//# sourceMappingURL=533.index.js.map