export const id = 510;
export const ids = [510,108];
export const modules = {

/***/ 9510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resyncThenMeasure: () => (/* binding */ resyncThenMeasure)
/* harmony export */ });
/* harmony import */ var _resync_decision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9258);
/* harmony import */ var _resync_eligibility_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3143);
/* harmony import */ var _resync_resync_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4108);



async function resyncThenMeasure(input) {
    const decision = (0,_resync_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .resyncDecision */ .D)({
        mode: input.mode,
        runner: input.runner,
        status: input.first.verdict.status,
    });
    if (!decision.run) {
        return { decision, final: input.first, resynced: false, line: decision.why };
    }
    const consensus = (0,_resync_eligibility_js__WEBPACK_IMPORTED_MODULE_1__/* .consensusOf */ .Xr)(input.first);
    const report = await (input.resync ?? _resync_resync_js__WEBPACK_IMPORTED_MODULE_2__.resyncClock)({
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


/***/ }),

/***/ 4108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resyncClock: () => (/* binding */ resyncClock)
});

// UNUSED EXPORTS: strategyFor

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/platform/facts.ts
var facts = __webpack_require__(4376);
// EXTERNAL MODULE: ./src/time/clock.ts
var clock = __webpack_require__(3355);
// EXTERNAL MODULE: ./src/resync/strategies/chrony.ts
var chrony = __webpack_require__(1461);
// EXTERNAL MODULE: ./src/platform/time-services.ts + 5 modules
var time_services = __webpack_require__(1321);
// EXTERNAL MODULE: ./src/platform/detect.ts
var detect = __webpack_require__(1356);
// EXTERNAL MODULE: ./src/platform/ec2.ts
var platform_ec2 = __webpack_require__(6545);
// EXTERNAL MODULE: ./src/resync/eligibility.ts
var resync_eligibility = __webpack_require__(3143);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
// EXTERNAL MODULE: ./src/platform/path.ts
var path = __webpack_require__(40);
;// CONCATENATED MODULE: ./src/resync/exec.ts
/**
 * Runs one command for resync: an argument array (never a shell string) through @actions/exec, silent,
 * output captured, exit code returned rather than thrown, and bounded in time.
 *
 * The bound. @actions/exec has no timeout and never hands out the child process, so it cannot kill what
 * it started. We therefore have it run a tiny watchdog, `node -e WATCHDOG -- <ms> <file> <args\u2026>`, using
 * the same Node binary that runs us (always present, on every OS). The watchdog spawns the real command
 * without a shell, stdin closed (nothing can prompt), and on POSIX in a process group of its own; when
 * the time is up it sends SIGTERM to the whole group, SIGKILL one second later, prints a marker line on
 * stderr and exits 124 (as timeout(1) does). On Windows `kill` is TerminateProcess. A last timer here,
 * the deadline plus a few seconds, stops waiting even if the watchdog itself were stuck, so resync always
 * returns. Known limit: a command under `sudo` whose root child ignores SIGTERM cannot be SIGKILLed by a
 * non-root watchdog; we stop waiting for it and say so.
 */




const WATCHDOG_MARK = 'clock-preflight-watchdog:';
/** CommonJS, run by `node -e`; argv: <timeoutMs> <file> <args\u2026>. Kept small and free of input. */
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
    const started = (0,clock/* monotonicMs */.dR)();
    const [command, ...args] = argv;
    const file = command === undefined ? undefined : (0,path/* findOnPath */.a)(command, env);
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
        const durationMs = (0,clock/* monotonicMs */.dR)() - started;
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
            durationMs: (0,clock/* monotonicMs */.dR)() - started,
        };
    }
    finally {
        clearTimeout(outerTimer);
    }
};

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
const SUDO = time_services/* SUDOERS_HINT */.sf;
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
/** set-clock is a strategy of its own, not a time service: its rules live here. */
const SET_CLOCK_RULES = [
    {
        matches: /invalid date|unknown option|illegal (option|time format)/i,
        reason: 'this date command does not accept that time format',
        next: 'the next form is tried; otherwise set the clock by hand',
    },
];
function rulesFor(kind) {
    return kind === 'set-clock' ? SET_CLOCK_RULES : time_services/* TIME_SERVICES */.Dv[kind].failureRules;
}
function notInstalledNext(kind) {
    return kind === 'set-clock'
        ? 'date is part of the base system: check PATH'
        : time_services/* TIME_SERVICES */.Dv[kind].notInstalledNext;
}
function diagnose(kind, step, result, privilege) {
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
            return { reason: `${command} is not installed or not on PATH`, next: notInstalledNext(kind) };
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
    const rule = [...rulesFor(kind), ...COMMON].find((r) => r.matches.test(output));
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
function excerpt(text) {
    const t = text.trim();
    return t.length <= EXCERPT_CHARS ? t : `${t.slice(0, EXCERPT_CHARS)}\u2026`;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
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
                    await sleep(until.everyMs);
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
                stdout: excerpt(result.stdout),
                stderr: excerpt(result.notRun ?? result.stderr),
                ok,
                ...(polls !== undefined ? { polls } : {}),
            };
            if (!ok) {
                if (step.until && !result.notRun && !result.timedOut && result.exitCode === 0) {
                    record.reason = `not synchronised yet after ${Math.round(record.durationMs / 100) / 10} s (${polls} checks)`;
                    record.next = 'the second measurement shows whether the clock was corrected';
                }
                else {
                    const d = diagnose(strategy.kind, step, result, ctx.privilege);
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
                await sleep(Math.min(step.pauseAfterMs, ctx.endAt - ctx.monotonicNow() - 2 * MIN_STEP_MS));
            }
        }
        if (!failed)
            return { records, succeeded: attempt.name };
        if (permission)
            break;
    }
    return { records };
}

;// CONCATENATED MODULE: ./src/resync/strategies/set-clock.ts
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

;// CONCATENATED MODULE: ./src/resync/resync.ts
/**
 * The resync entry point: pick the strategy (the machine's own time service, or set-clock when asked and
 * allowed), settle privileges (root, `sudo -n`, or neither), run it within the deadline and report what
 * ran and what changed. Always returns a report, never throws: the caller measures again either way and
 * the second verdict decides.
 */











function strategyFor(service, ctx) {
    return time_services/* TIME_SERVICES */.Dv[service].strategy?.(ctx);
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
        return r ? (0,chrony/* chronySystemTimeMs */.w)(r.stdout) : undefined;
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
    const started = (0,clock/* monotonicMs */.dR)();
    const endAt = started + Math.max(0, opts.deadlineMs);
    const env = opts.env ?? process.env;
    const os = opts.platform?.os ?? process.platform;
    const runner = opts.platform?.runner ?? (0,facts/* runnerType */.J5)(env);
    const exec = opts.exec ?? boundedExec;
    const records = [];
    const base = { method: opts.method, commands: records, problems: [] };
    const elapsed = () => Math.round((0,clock/* monotonicMs */.dR)() - started);
    let service = opts.platform?.service ?? 'unknown';
    let detection = 'not detected';
    let ec2;
    // A report for a resync that ran nothing (or stopped): the one summary is also the one problem.
    const failed = (summary, strategy = 'none') => ({
        ...base,
        ok: false,
        strategy,
        service,
        detection,
        privilege: 'not-applicable',
        summary,
        problems: [summary],
        ...(ec2 ? { ec2 } : {}),
        elapsedMs: elapsed(),
    });
    try {
        const inPod = opts.platform?.kubernetes ?? (os === 'linux' && (0,facts/* isKubernetesPod */.uu)(env, external_node_fs_.existsSync));
        if (inPod) {
            detection = 'a Kubernetes pod';
            return failed("Resync not possible in a Kubernetes pod: the pod has no right to set the clock, and its clock is the node's. Nothing was run here; fix the node's time service (see the fix above).");
        }
        const onEc2 = opts.platform?.ec2 ?? (0,platform_ec2/* detectEc2 */.sv)(os);
        let strategy;
        if (!opts.platform?.service && opts.method === 'auto') {
            const found = (0,detect/* detectTimeService */.oM)({ os, env });
            service = found.service;
            detection = found.evidence;
            if (found.unit && !opts.platform?.unit)
                opts = { ...opts, platform: { ...opts.platform, unit: found.unit } };
        }
        else if (opts.platform?.service) {
            detection = `${opts.platform.service} (given)`;
        }
        if (onEc2)
            ec2 = (0,platform_ec2/* ec2Advice */.jj)(service);
        if (opts.method === 'set-clock') {
            const eligibility = (0,resync_eligibility/* setClockEligibility */.I7)(opts.consensus);
            if (!eligibility.eligible) {
                return failed(`Set-clock refused: ${eligibility.why}. The clock was not touched.`, 'set-clock');
            }
            strategy = setClockStrategy(os, opts.consensus.offsetMs, clock/* systemClock */.ml.nowMs());
            detection = `set-clock: ${eligibility.why}`;
        }
        else {
            const chronycHost = opts.chronycHost;
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
            return failed(summary);
        }
        const firstPrivileged = strategy.attempts[0]?.steps.find((st) => st.privileged && !st.optional)?.argv;
        const privilege = await settlePrivilege(os, opts.platform?.isRoot, firstPrivileged, async (argv, timeoutMs) => {
            const t0 = (0,clock/* monotonicMs */.dR)();
            const r = await exec(argv, {
                timeoutMs: Math.min(timeoutMs, Math.max(1, endAt - (0,clock/* monotonicMs */.dR)())),
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
                durationMs: Math.round((0,clock/* monotonicMs */.dR)() - t0),
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
            monotonicNow: clock/* monotonicMs */.dR,
            wallNow: () => clock/* systemClock */.ml.nowMs(),
        });
        records.push(...run.records);
        // Whatever ran may have stepped the wall clock; reads after this must see the new time.
        (0,clock/* reanchorWallClock */.Ry)();
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
        return failed(`Resync failed unexpectedly: ${error instanceof Error ? error.message : String(error)}. The run goes on to the second measurement.`);
    }
}


/***/ })

};

//# sourceMappingURL=510.index.js.map