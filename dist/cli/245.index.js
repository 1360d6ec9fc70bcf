export const id = 245;
export const ids = [245];
export const modules = {

/***/ 1245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deliverMetrics: () => (/* binding */ deliverMetrics)
});

// UNUSED EXPORTS: writeFileAtomic

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/config.ts
var config = __webpack_require__(1122);
// EXTERNAL MODULE: ./src/net/error-code.ts
var error_code = __webpack_require__(2711);
// EXTERNAL MODULE: ./src/sources/untrusted-text.ts
var untrusted_text = __webpack_require__(8870);
// EXTERNAL MODULE: ./src/time/clock.ts
var clock = __webpack_require__(3355);
// EXTERNAL MODULE: ./src/decide/verdict.ts
var verdict = __webpack_require__(6501);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/metrics.ts


const STATUSES = ['ok', 'warn', 'fail', 'unknown'];
/**
 * What became of each source: `ok` answered and agreed with the majority, `falseticker` answered and was
 * outvoted; the others are the source statuses (rejected, kod, timeout, error, skipped).
 */
const SOURCE_RESULTS = ['ok', 'falseticker', 'rejected', 'kod', 'timeout', 'error', 'skipped'];
/** Longest source label value: a configured host name fits; a hostile or huge one is cut. */
const MAX_LABEL_CHARS = 128;
const seconds = (ms) => ms / 1000;
function resultOf(r, falsetickers) {
    if (r.status === 'ok')
        return falsetickers.has((0,verdict/* sourceKey */.Zt)(r)) ? 'falseticker' : 'ok';
    return r.status;
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL_BUT_LINE_FEED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
/** Text fit for a label value: a lone surrogate or a control character (but \n) becomes U+FFFD. */
function labelText(text) {
    return text.replace(LONE_SURROGATE, '\ufffd').replace(CONTROL_BUT_LINE_FEED, '\ufffd');
}
/**
 * Label values as they will be rendered: capped, well-formed UTF-16, no control characters but the line
 * feed (which the exposition format escapes). Two sources that become equal after the cut get a number,
 * so that no series is written twice (node_exporter rejects a whole file for one duplicate).
 */
function sourceLabels(results) {
    const seen = new Set();
    return results.map((r) => {
        const base = (0,report_escape/* cap */.Np)(labelText(r.target), MAX_LABEL_CHARS);
        let source = base;
        for (let n = 2; seen.has(`${r.kind}\n${source}`); n++)
            source = `${base} #${n}`;
        seen.add(`${r.kind}\n${source}`);
        return { kind: r.kind, source };
    });
}
/** The outcome's gauges, as of `nowMs` (the runner's clock: a last-run time is when the runner says it ran). */
function outcomeFamilies(o, nowMs) {
    const m = o.measurement;
    const falsetickers = new Set(m.verdict.falsetickers);
    const families = [];
    // No number is better than a made-up one: without an answer there is no offset to report, and the
    // status family says why (unknown).
    if (o.offsetMs !== undefined) {
        families.push({
            name: 'clock_preflight_offset_seconds',
            otelName: 'clock_preflight.offset',
            unit: 's',
            help: "Offset of the runner's clock from true time (reference minus runner); positive: the runner is behind.",
            samples: [{ labels: {}, value: seconds(o.offsetMs) }],
        });
    }
    if (o.uncertaintyMs !== undefined) {
        families.push({
            name: 'clock_preflight_uncertainty_seconds',
            otelName: 'clock_preflight.uncertainty',
            unit: 's',
            help: 'Half-width of the interval true time lies in: the offset is right to within this.',
            samples: [{ labels: {}, value: seconds(o.uncertaintyMs) }],
        });
    }
    families.push({
        name: 'clock_preflight_status',
        otelName: 'clock_preflight.status',
        unit: '1',
        help: 'The last check: 1 for its status (ok, warn, fail, unknown), 0 for the others.',
        samples: STATUSES.map((s) => ({ labels: { status: s }, value: s === o.status ? 1 : 0 })),
    });
    const counts = new Map(SOURCE_RESULTS.map((r) => [r, 0]));
    for (const r of m.results) {
        const result = resultOf(r, falsetickers);
        counts.set(result, counts.get(result) + 1);
    }
    families.push({
        name: 'clock_preflight_sources',
        otelName: 'clock_preflight.sources',
        unit: '{source}',
        help: 'Time sources asked in the last check, by result (ok, falseticker, rejected, kod, timeout, error, skipped).',
        samples: SOURCE_RESULTS.map((result) => ({ labels: { result }, value: counts.get(result) })),
    });
    const labels = sourceLabels(m.results);
    const answered = m.results.flatMap((r, i) => r.sample ? [{ r, sample: r.sample, labels: labels[i] }] : []);
    if (answered.length > 0) {
        families.push({
            name: 'clock_preflight_source_offset_seconds',
            otelName: 'clock_preflight.source.offset',
            unit: 's',
            help: "Each answering source's offset of the runner's clock (positive: the runner is behind).",
            samples: answered.map((a) => ({ labels: a.labels, value: seconds(a.sample.offsetMs) })),
        });
        families.push({
            name: 'clock_preflight_source_uncertainty_seconds',
            otelName: 'clock_preflight.source.uncertainty',
            unit: 's',
            help: "Each answering source's bound: its offset is right to within this.",
            samples: answered.map((a) => ({ labels: a.labels, value: seconds(a.sample.boundMs) })),
        });
    }
    families.push({
        name: 'clock_preflight_last_run_timestamp_seconds',
        otelName: 'clock_preflight.last_run.timestamp',
        unit: 's',
        help: "When the last check ran, by the runner's own clock (Unix time).",
        samples: [{ labels: {}, value: seconds(nowMs) }],
    });
    return families;
}
/**
 * The post step's gauges: the offset at the end of the job and how far it moved since the main step.
 * Drift is after \u2212 before in the same sign convention: positive, the runner fell further behind.
 */
function postCheckFamilies(p) {
    const families = [
        {
            name: 'clock_preflight_post_offset_seconds',
            otelName: 'clock_preflight.post.offset',
            unit: 's',
            help: "Offset of the runner's clock at the end of the job (post step); positive: the runner is behind.",
            samples: [{ labels: {}, value: seconds(p.offsetMs) }],
        },
        {
            name: 'clock_preflight_post_uncertainty_seconds',
            otelName: 'clock_preflight.post.uncertainty',
            unit: 's',
            help: "The post step's offset is right to within this.",
            samples: [{ labels: {}, value: seconds(p.uncertaintyMs) }],
        },
    ];
    if (p.beforeOffsetMs !== null) {
        families.push({
            name: 'clock_preflight_drift_seconds',
            otelName: 'clock_preflight.drift',
            unit: 's',
            help: 'How far the offset moved during the job (post step minus main step); positive: the runner fell further behind.',
            samples: [{ labels: {}, value: seconds(p.offsetMs - p.beforeOffsetMs) }],
        });
    }
    return families;
}
/** A label value in the text exposition format: backslash, double quote and line feed escaped. */
function escapeLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
function escapeHelp(text) {
    return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
function formatValue(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '+Inf';
    if (value === -Infinity)
        return '-Inf';
    return String(value);
}
/**
 * The Prometheus text exposition format (version 0.0.4), as node_exporter's textfile collector and the
 * Pushgateway read it: HELP and TYPE once per family, then its samples; ends with a line feed.
 */
function renderPrometheus(families) {
    const lines = [];
    for (const f of families) {
        lines.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} gauge`);
        for (const s of f.samples) {
            const pairs = Object.entries(s.labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`);
            lines.push(`${f.name}${pairs.length > 0 ? `{${pairs.join(',')}}` : ''} ${formatValue(s.value)}`);
        }
    }
    return lines.join('\n') + '\n';
}
/** One sample line of family `name` as renderPrometheus writes it: labels quoted and escaped, one value. */
function isSampleLine(line, name) {
    if (!line.startsWith(name))
        return false;
    return /^(?:\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*"(?:,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*")*\})? (?:NaN|[+-]Inf|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/.test(line.slice(name.length));
}
/**
 * clock-preflight's own families in a metrics file's text, each whole (HELP, TYPE gauge, its samples),
 * in their order, without those named in `exclude` and without anything else the file holds: what the
 * post step keeps of the main step's file when it rewrites it. Empty when there are none. Pure.
 */
function ourFamiliesText(text, exclude) {
    const kept = [];
    const seen = new Set();
    let block = [];
    let name;
    let whole = false;
    const flush = () => {
        // A family is kept only as renderPrometheus wrote it: HELP, TYPE and at least one sample.
        if (name && whole && block.length >= 3 && !exclude.has(name) && !seen.has(name)) {
            seen.add(name);
            kept.push(...block);
        }
        block = [];
        name = undefined;
    };
    for (const line of text.split('\n')) {
        if (line.startsWith('# HELP ')) {
            flush();
            name = /^# HELP (clock_preflight_[a-z_]+) /.exec(line)?.[1];
            whole = name !== undefined;
            block.push(line);
        }
        else if (line === '' || name === undefined) {
            continue;
        }
        else if (block.length === 1) {
            whole &&= line === `# TYPE ${name} gauge`;
            block.push(line);
        }
        else {
            whole &&= isSampleLine(line, name);
            block.push(line);
        }
    }
    flush();
    return kept.length > 0 ? kept.join('\n') + '\n' : '';
}

;// CONCATENATED MODULE: ./src/report/metrics-deliver.ts
/**
 * Delivery of the metrics after the verdict, loaded only when a destination is configured: the gauges
 * rendered, the textfile for node_exporter written (atomically: a temporary file in the same directory,
 * then a rename), and the network code (metrics-export.ts) loaded only when a Pushgateway or an OTLP
 * endpoint is configured. Its caller (setUpMetrics' deliver) turns anything thrown here into one warning.
 */








/** Larger than any metrics file the main step writes: a file this big is not ours to keep. */
const MAX_KEPT_FILE_BYTES = 1024 * 1024;
const TOO_LARGE = { why: `it is larger than ${MAX_KEPT_FILE_BYTES / 1024} KB, so not the main step's` };
/**
 * Writes `text` to `path` atomically: a reader (node_exporter scraping at any moment) sees the old file or
 * the new one, never half of one. The temporary file is in the same directory (a rename is atomic only
 * within one file system) and does not end in `.prom`, so the textfile collector never reads it.
 */
async function writeFileAtomic(path, text) {
    const full = (0,external_node_path_.resolve)(path);
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(full), `.${(0,external_node_path_.basename)(full)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temp, text, { mode: 0o644, flag: 'wx' });
        // The umask may have taken bits away; node_exporter often runs as another user and must read it.
        await (0,promises_.chmod)(temp, 0o644);
        await (0,promises_.rename)(temp, full);
    }
    catch (error) {
        await (0,promises_.unlink)(temp).catch(() => undefined);
        throw error;
    }
}
const reason = (error) => (0,untrusted_text/* untrustedText */.U)(error instanceof Error ? error.message : String(error), 300);
/**
 * The main step's gauges for the post step's rewrite of the file: as GITHUB_STATE kept them, else as the
 * file still holds them (the runner could not keep them, or what it gave back was not ours). Undefined,
 * with the reason, when neither has them.
 */
async function mainGaugesText(file, mainFamilies, postNames) {
    const kept = mainFamilies.filter((f) => !postNames.has(f.name));
    if (kept.length > 0)
        return { text: renderPrometheus(kept) };
    let content;
    try {
        // Its size first: a file too large to be ours is not read into memory to find that out.
        if ((await (0,promises_.stat)(file)).size > MAX_KEPT_FILE_BYTES)
            return TOO_LARGE;
        content = await (0,promises_.readFile)(file);
    }
    catch (error) {
        return {
            why: (0,error_code/* errorCode */.CA)(error) === 'ENOENT' ? 'the file does not exist' : `it cannot be read: ${reason(error)}`,
        };
    }
    // Grown between the two reads: the same answer.
    if (content.length > MAX_KEPT_FILE_BYTES)
        return TOO_LARGE;
    const text = ourFamiliesText(content.toString('utf8'), postNames);
    return text === '' ? { why: "it holds none of clock-preflight's gauges" } : { text };
}
async function writeFileJob(file, text, warnings) {
    try {
        await writeFileAtomic(file, await text());
    }
    catch (error) {
        warnings.push(`Could not write the metrics file ${(0,config/* echo */.WI)(file)} (metrics-file): ${reason(error)}. The check's result stands.`);
    }
}
/**
 * Delivers `request` everywhere `targets` names, in parallel, by `deadlineMs` (monotonic). The main
 * delivery (an outcome) writes its gauges to the file and PUTs them to the Pushgateway (replacing the
 * group); the post step's file gets the main step's gauges and its own (the file is replaced whole), its
 * Pushgateway a POST of its own (replacing only those families), OTLP its own.
 */
async function deliverMetrics(request, targets, env, deadlineMs) {
    const nowMs = clock/* systemClock */.ml.nowMs();
    const warnings = [];
    const families = request.kind === 'outcome' ? outcomeFamilies(request.outcome, nowMs) : postCheckFamilies(request.post);
    const text = renderPrometheus(families);
    const jobs = [];
    const file = targets.metricsFile;
    if (file && request.kind === 'outcome') {
        jobs.push(writeFileJob(file, async () => text, warnings));
    }
    else if (file && request.kind === 'post') {
        const postNames = new Set(families.map((f) => f.name));
        jobs.push(writeFileJob(file, async () => {
            const main = await mainGaugesText(file, request.mainFamilies, postNames);
            if ('text' in main)
                return main.text + text;
            warnings.push(`The metrics file ${(0,config/* echo */.WI)(file)} (metrics-file) now holds only the post step's gauges: the runner did not keep the main step's for this step (GITHUB_STATE), and they could not be read back from the file (${main.why}).`);
            return text;
        }, warnings));
    }
    if (targets.network) {
        jobs.push((async () => {
            try {
                const { exportMetrics } = await Promise.all(/* import() */[__webpack_require__.e(485), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 1694));
                const failed = await exportMetrics({
                    families,
                    text,
                    targets,
                    env,
                    deadlineMs,
                    nowMs,
                    pushMethod: request.kind === 'post' ? 'POST' : 'PUT',
                });
                warnings.push(...failed);
            }
            catch (error) {
                warnings.push(`Could not push or export the metrics: ${reason(error)}. The check's result stands.`);
            }
        })());
    }
    await Promise.all(jobs);
    return { families: request.kind === 'outcome' ? families : [], warnings };
}


/***/ })

};

//# sourceMappingURL=245.index.js.map