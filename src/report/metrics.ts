/**
 * The outcome as metrics: one list of gauge families that every metrics format renders (the Prometheus
 * text exposition here, OTLP in otlp.ts), so a textfile, a Pushgateway and an OpenTelemetry backend show
 * the same numbers. Pure.
 *
 * Base units (seconds) and the program's sign convention: a positive offset means the runner's clock is
 * behind true time. No label carries anything per run (no run id, no time): a series per run would grow
 * a Prometheus server without bound. Source names are the configured targets, capped and escaped: a
 * label value is data, whatever its bytes.
 */
import type { Outcome } from '../gate/outcome.js';
import type { SourceResult, Status } from '../model.js';
import { sourceKey } from '../decide/verdict.js';
import { cap } from './escape.js';

export interface MetricSample {
  labels: Readonly<Record<string, string>>;
  value: number;
}

export interface MetricFamily {
  /** Prometheus name, base unit as its suffix (`clock_preflight_offset_seconds`). */
  name: string;
  /** The OpenTelemetry name and unit of the same gauge (`clock_preflight.offset`, `s`). */
  otelName: string;
  unit: 's' | '1' | '{source}';
  help: string;
  samples: MetricSample[];
}

const STATUSES: readonly Status[] = ['ok', 'warn', 'fail', 'unknown'];

/**
 * What became of each source: `ok` answered and agreed with the majority, `falseticker` answered and was
 * outvoted; the others are the source statuses (rejected, kod, timeout, error, skipped).
 */
const SOURCE_RESULTS = ['ok', 'falseticker', 'rejected', 'kod', 'timeout', 'error', 'skipped'] as const;
export type SourceResultLabel = (typeof SOURCE_RESULTS)[number];

/** Longest source label value: a configured host name fits; a hostile or huge one is cut. */
export const MAX_LABEL_CHARS = 128;

const seconds = (ms: number) => ms / 1000;

function resultOf(r: SourceResult, falsetickers: ReadonlySet<string>): SourceResultLabel {
  if (r.status === 'ok') return falsetickers.has(sourceKey(r)) ? 'falseticker' : 'ok';
  return r.status;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL_BUT_LINE_FEED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** Text fit for a label value: a lone surrogate or a control character (but \n) becomes U+FFFD. */
function labelText(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').replace(CONTROL_BUT_LINE_FEED, '\ufffd');
}

/**
 * Label values as they will be rendered: capped, well-formed UTF-16, no control characters but the line
 * feed (which the exposition format escapes). Two sources that become equal after the cut get a number,
 * so that no series is written twice (node_exporter rejects a whole file for one duplicate).
 */
function sourceLabels(results: readonly SourceResult[]): Array<{ kind: string; source: string }> {
  const seen = new Set<string>();
  return results.map((r) => {
    const base = cap(labelText(r.target), MAX_LABEL_CHARS);
    let source = base;
    for (let n = 2; seen.has(`${r.kind}\n${source}`); n++) source = `${base} #${n}`;
    seen.add(`${r.kind}\n${source}`);
    return { kind: r.kind, source };
  });
}

/** The outcome's gauges, as of `nowMs` (the runner's clock: a last-run time is when the runner says it ran). */
export function outcomeFamilies(o: Outcome, nowMs: number): MetricFamily[] {
  const m = o.measurement;
  const falsetickers = new Set(m.verdict.falsetickers);
  const families: MetricFamily[] = [];
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
  const counts = new Map<SourceResultLabel, number>(SOURCE_RESULTS.map((r) => [r, 0]));
  for (const r of m.results) {
    const result = resultOf(r, falsetickers);
    counts.set(result, counts.get(result)! + 1);
  }
  families.push({
    name: 'clock_preflight_sources',
    otelName: 'clock_preflight.sources',
    unit: '{source}',
    help: 'Time sources asked in the last check, by result (ok, falseticker, rejected, kod, timeout, error, skipped).',
    samples: SOURCE_RESULTS.map((result) => ({ labels: { result }, value: counts.get(result)! })),
  });
  const labels = sourceLabels(m.results);
  const answered = m.results.flatMap((r, i) =>
    r.sample ? [{ r, sample: r.sample, labels: labels[i]! }] : [],
  );
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

export interface PostCheckMetrics {
  /** The post step's offset and its uncertainty. */
  offsetMs: number;
  uncertaintyMs: number;
  /** The main step's offset, when it had one: the drift is measured against it. */
  beforeOffsetMs: number | null;
}

/**
 * The post step's gauges: the offset at the end of the job and how far it moved since the main step.
 * Drift is after − before in the same sign convention: positive, the runner fell further behind.
 */
export function postCheckFamilies(p: PostCheckMetrics): MetricFamily[] {
  const families: MetricFamily[] = [
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
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

/**
 * The Prometheus text exposition format (version 0.0.4), as node_exporter's textfile collector and the
 * Pushgateway read it: HELP and TYPE once per family, then its samples; ends with a line feed.
 */
export function renderPrometheus(families: readonly MetricFamily[]): string {
  const lines: string[] = [];
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
function isSampleLine(line: string, name: string): boolean {
  if (!line.startsWith(name)) return false;
  return /^(?:\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*"(?:,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*")*\})? (?:NaN|[+-]Inf|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/.test(
    line.slice(name.length),
  );
}

/**
 * clock-preflight's own families in a metrics file's text, each whole (HELP, TYPE gauge, its samples),
 * in their order, without those named in `exclude` and without anything else the file holds: what the
 * post step keeps of the main step's file when it rewrites it. Empty when there are none. Pure.
 */
export function ourFamiliesText(text: string, exclude: ReadonlySet<string>): string {
  const kept: string[] = [];
  const seen = new Set<string>();
  let block: string[] = [];
  let name: string | undefined;
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
    } else if (line === '' || name === undefined) {
      continue;
    } else if (block.length === 1) {
      whole &&= line === `# TYPE ${name} gauge`;
      block.push(line);
    } else {
      whole &&= isSampleLine(line, name);
      block.push(line);
    }
  }
  flush();
  return kept.length > 0 ? kept.join('\n') + '\n' : '';
}
