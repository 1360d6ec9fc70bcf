export const id = 229;
export const ids = [229];
export const modules = {

/***/ 229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// UNUSED EXPORTS: EXIT_NOT_EXECUTABLE, EXIT_NOT_FOUND, EXIT_USAGE

// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __webpack_require__(5317);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/explain/diagnose.ts
var diagnose = __webpack_require__(8171);
// EXTERNAL MODULE: ./src/explain/index.ts + 11 modules
var explain = __webpack_require__(8228);
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

// EXTERNAL MODULE: ./src/cli/explain.ts
var cli_explain = __webpack_require__(8497);
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

//# sourceMappingURL=229.index.js.map