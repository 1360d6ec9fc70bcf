export const id = 415;
export const ids = [415];
export const modules = {

/***/ 8415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// UNUSED EXPORTS: EXIT_NOT_EXECUTABLE, EXIT_NOT_FOUND, EXIT_USAGE, signalPlan

// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __webpack_require__(5317);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/explain/diagnose.ts
var diagnose = __webpack_require__(8171);
// EXTERNAL MODULE: ./src/guard.ts
var guard = __webpack_require__(578);
// EXTERNAL MODULE: ./src/explain/index.ts + 17 modules
var explain = __webpack_require__(9790);
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
        for (const h of (0,explain/* recognizeAll */.Ot)(this.buffer)) {
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
    return (0,explain/* pickBest */.Mc)(found.flat());
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/platform/path.ts
var path = __webpack_require__(40);
;// CONCATENATED MODULE: ./src/platform/windows-command.ts
/**
 * Starting a command on Windows without a shell, the way cross-spawn does it (and what Node's own
 * child_process docs prescribe since CVE-2024-27980): CreateProcess runs only .exe and .com files, so a
 * command found through PATHEXT as .cmd or .bat (az.cmd, npm.cmd, every node_modules/.bin shim) has to be
 * started as `cmd.exe /d /s /c "<line>"` with every part of the line escaped for cmd.exe. Pure: the file
 * system is injected, and the caller passes the plan to spawn() with windowsVerbatimArguments.
 *
 * The escaping (https://qntm.org/cmd, as cross-spawn's lib/util/escape.js): each argument is first quoted
 * for the program's own command-line parser (MSVCRT rules: backslashes are literal except before a
 * quote), then every cmd.exe metacharacter, the added quotes included, gets a caret, so cmd.exe sees no
 * quote, pipe, redirection, `&` or `%VAR%` of its own. The carets are doubled for every batch file, not
 * only for node_modules/.bin shims as cross-spawn does: a batch file's lines are parsed again after %1
 * or %* is substituted (az.cmd ends in `python.exe \u2026 %*`), and with single carets an argument such as
 * `x" & calc & "` would run calc there (the "BatBadBut" class of bugs). A line break cannot be carried
 * through cmd.exe at all (it ends the command), so such an argument is refused, not mangled.
 */


/** cmd.exe's metacharacters, after https://www.robvanderwoude.com/escapechars.php (as cross-spawn). */
const CMD_META = /([()\][%!^"`<>&|;, *?])/g;
const NEEDS_CMD = /\.(bat|cmd)$/i;
/** The command (program path) escaped for cmd.exe: carets before metacharacters, no quotes. */
function escapeCmdCommand(command) {
    return command.replace(CMD_META, '^$1');
}
/**
 * One argument quoted for the program (MSVCRT) and then escaped for cmd.exe; `twice` when the text goes
 * through a second cmd.exe parse (always, for a batch file).
 */
function escapeCmdArgument(arg, twice) {
    // Backslashes before a quote are doubled and the quote escaped; backslashes at the end are doubled,
    // because the closing quote added next would otherwise be escaped by them.
    let quoted = arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\*)$/, '$1$1');
    quoted = `"${quoted}"`;
    quoted = quoted.replace(CMD_META, '^$1');
    return twice ? quoted.replace(CMD_META, '^$1') : quoted;
}
/**
 * How to start `command args` on Windows without a shell interpreting anything in them. `isFile` and
 * `env` describe the machine (PATH, PATHEXT, ComSpec).
 */
function planWindowsSpawn(command, args, env, isFile) {
    const resolved = (0,path/* findOnPath */.a)(command, env, 'win32', isFile);
    // Not found: spawn the name as given, so that the caller reports ENOENT in its usual words.
    if (resolved === undefined || !NEEDS_CMD.test(resolved)) {
        return {
            file: resolved ?? command,
            args: [...args],
            windowsVerbatimArguments: false,
            resolved: resolved ?? command,
            viaCmd: false,
        };
    }
    const broken = args.findIndex((a) => /[\r\n\0]/.test(a));
    if (broken !== -1) {
        return {
            error: `argument ${broken + 1} contains a line break, which cmd.exe cannot pass to ${external_node_path_.win32.basename(resolved)} (it would end the command there); put the value in a file or an environment variable instead`,
        };
    }
    const line = [
        escapeCmdCommand(external_node_path_.win32.normalize(resolved)),
        ...args.map((a) => escapeCmdArgument(a, true)),
    ].join(' ');
    return {
        file: env.ComSpec ?? env.COMSPEC ?? env.comspec ?? 'cmd.exe',
        // /d: no AutoRun commands from the registry; /s /c "\u2026": strip exactly the outer quotes, run the rest.
        args: ['/d', '/s', '/c', `"${line}"`],
        windowsVerbatimArguments: true,
        resolved,
        viaCmd: true,
    };
}

// EXTERNAL MODULE: ./src/cli/explain.ts
var cli_explain = __webpack_require__(8497);
;// CONCATENATED MODULE: ./src/cli/run.ts
/**
 * `clock-preflight run [flags] -- COMMAND [ARGS\u2026]`: run a command, pass its output through unchanged,
 * exit with its exit code, and when it fails with a time error in its output, say why after it.
 *
 * Why node:child_process and not @actions/exec (which the lint rule suggests): @actions/exec gives the
 * child a stdin pipe that is never connected (an interactive `terraform apply` would read EOF), copies the
 * child's stderr into stdout unless failOnStdErr, echoes "[command]\u2026", resolves a signal death as exit code
 * null, and applies cmd.exe quoting on Windows. Here the child gets our stdin, its stdout and stderr stay
 * separate and byte-exact, a signal death becomes 128 + n as in a shell, and the argument array goes to
 * spawn() with no shell at all, so nothing in ARGS is ever interpreted.
 *
 * Memory: output is passed on chunk by chunk with back-pressure (see passOn) and watched through a
 * bounded window.
 */
// eslint-disable-next-line no-restricted-imports -- see above: stdin pass-through, separate byte-exact streams and signal exit codes need spawn() itself.








const EXIT_NOT_FOUND = 127;
const EXIT_NOT_EXECUTABLE = 126;
const EXIT_USAGE = 2;
/**
 * What to do with a signal we receive while the child runs. On POSIX we pass it on. On Windows there are
 * no signals to pass: child.kill() is TerminateProcess, a hard kill (terraform would die mid-apply holding
 * its state lock). A Ctrl-C or Ctrl-Break is a console event that Windows delivers to every process
 * attached to the console, the child included (it shares ours: not detached), and the runner's
 * cancellation sends the same event; so there we only keep listening (which stops Node's default exit)
 * and wait for the child to finish its own clean-up.
 */
function signalPlan(platform) {
    if (platform === 'win32') {
        return [
            ['SIGINT', 'child-receives-it'],
            ['SIGBREAK', 'child-receives-it'],
            // The console window closing: Windows ends every attached process a few seconds later anyway.
            ['SIGHUP', 'forward'],
        ];
    }
    return [
        ['SIGINT', 'forward'],
        ['SIGTERM', 'forward'],
        ['SIGHUP', 'forward'],
    ];
}
function signalExitCode(signal) {
    const n = external_node_os_.constants.signals[signal];
    return 128 + (n ?? 0);
}
function runChild(opts, out, err) {
    /**
     * Back-pressure: when our output cannot take more (a slow reader on an asynchronous pipe, as on macOS
     * and Windows), the child's stream is paused; the child then blocks in its own write, and nothing
     * piles up in this process.
     */
    const passOn = (from, which, watcher) => {
        from.on('data', (chunk) => {
            watcher.push(chunk);
            if (opts.io[which](chunk) !== false || !opts.io.drained)
                return;
            from.pause();
            opts.io.drained(which).then(() => from.resume(), () => from.resume());
        });
    };
    return new Promise((resolve) => {
        const [command, ...args] = opts.argv;
        let settled = false;
        const forward = (signal) => () => {
            child.kill(signal);
        };
        const handlers = signalPlan(process.platform).map(([s, action]) => [s, action === 'forward' ? forward(s) : () => { }]);
        const done = (f) => {
            if (settled)
                return;
            settled = true;
            for (const [s, h] of handlers)
                process.off(s, h);
            resolve(f);
        };
        // Windows: .cmd/.bat tools (az, npm) start through cmd.exe with every argument escaped for it.
        const plan = process.platform === 'win32'
            ? planWindowsSpawn(command, args, opts.env)
            : { file: command, args, windowsVerbatimArguments: false };
        if ('error' in plan) {
            done({ code: EXIT_USAGE, startError: Object.assign(new Error(plan.error), { code: 'EINVAL' }) });
            return;
        }
        const child = (0,external_child_process_.spawn)(plan.file, plan.args, {
            stdio: ['inherit', 'pipe', 'pipe'],
            env: opts.env,
            cwd: opts.cwd,
            shell: false,
            windowsVerbatimArguments: plan.windowsVerbatimArguments,
        });
        for (const [s, h] of handlers)
            process.on(s, h);
        passOn(child.stdout, 'stdout', out);
        passOn(child.stderr, 'stderr', err);
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
        opts.io.stderr('clock-preflight run: no command given. Usage: clock-preflight run [flags] -- COMMAND [ARGS\u2026]\n');
        return EXIT_USAGE;
    }
    const out = new OutputWatcher();
    const err = new OutputWatcher();
    const finished = await runChild(opts, out, err);
    // From here on this process returns the command's code, even if the diagnosis below fails unexpectedly.
    (0,guard/* wrappedCommandFinished */.HF)(finished.code);
    const command = opts.argv[0];
    if (finished.startError) {
        const e = finished.startError;
        opts.io.stderr(e.code === 'ENOENT'
            ? `clock-preflight run: command not found: ${command} (not on PATH, or the path does not exist)\n`
            : e.code === 'EACCES'
                ? `clock-preflight run: permission denied: ${command} is not executable\n`
                : e.code === 'EINVAL'
                    ? `clock-preflight run: cannot start ${command}: ${e.message}\n`
                    : `clock-preflight run: could not start ${command}: ${e.message}\n`);
        return finished.code;
    }
    if (finished.code === 0)
        return 0;
    const best = bestOf(out.finish(), err.finish());
    if (!best)
        return finished.code;
    const r = (0,explain/* toRecognition */.ji)(best);
    const m = await (0,cli_explain/* measureSafely */.le)(opts.measure);
    const d = (0,diagnose/* diagnose */.h)(r, m, { clockFix: opts.clockFix });
    const how = finished.signal ? `was killed by ${finished.signal}` : `failed (exit ${finished.code})`;
    if (opts.json) {
        opts.io.stderr(JSON.stringify({ command, exitCode: finished.code, ...(0,cli_explain/* explanationJson */.mV)(r, m, d) }) + '\n');
    }
    else {
        opts.io.stderr(`\nclock-preflight: ${command} ${how} with a time error in its output.\n${(0,cli_explain/* formatExplanation */.vZ)(r, m, d)}`);
    }
    if (opts.annotate && opts.env.GITHUB_ACTIONS === 'true') {
        opts.annotate(`${d.message} ${d.advice[0] ?? ''}`.trim(), d.title);
    }
    return finished.code;
}


/***/ })

};

//# sourceMappingURL=415.index.js.map