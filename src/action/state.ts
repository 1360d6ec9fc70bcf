/** What the main step leaves for the post step (core.saveState), and reading it back safely. */
import type { SavedMeasurement } from '../decide/drift.js';
import type { Measurement } from '../decide/measure.js';
import { systemClock } from '../time/clock.js';
import type { MetricFamily } from '../report/metrics.js';

export const STATE_IS_POST = 'isPost';
export const STATE_MEASUREMENT = 'measurement';
/** The main step's metric families, when a metrics file is written: the post step rewrites the file. */
export const STATE_METRICS = 'metrics';

export function toSaved(m: Measurement): SavedMeasurement {
  return {
    status: m.verdict.status,
    offsetMs: m.verdict.offsetMs ?? null,
    uncertaintyMs: m.verdict.uncertaintyMs ?? null,
    atMs: systemClock.nowMs(),
    ntpServers: m.results.filter((r) => r.kind === 'ntp' && r.status === 'ok').map((r) => r.target),
    ntsServers: m.results.filter((r) => r.kind === 'nts' && r.status === 'ok').map((r) => r.target),
  };
}

/** A hundred years in milliseconds: no offset or uncertainty the main step measured comes near it. */
const CENTURY_MS = 100 * 365.25 * 86_400_000;

/** A number that is there and usable: finite and within ±`limit`. */
const within = (v: unknown, limit: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit;

/**
 * The main step's measurement back from the state, or undefined when it is absent or not ours. The state
 * is a file on the runner any earlier step could have written, so its numbers are checked as well as its
 * shape: an offset or an uncertainty beyond a century, a negative uncertainty, or a time of measurement
 * (on the runner's clock, or corrected by the offset) before 1970 or past 2170 is not a measurement: it
 * would only come back as an absurd drift annotation. Never throws.
 */
export function fromSaved(text: string): SavedMeasurement | undefined {
  try {
    const v = JSON.parse(text) as Partial<Record<keyof SavedMeasurement, unknown>>;
    if (typeof v !== 'object' || v === null) return undefined;
    if (!Array.isArray(v.ntpServers) || typeof v.status !== 'string') return undefined;
    const offsetMs = v.offsetMs ?? null;
    const uncertaintyMs = v.uncertaintyMs ?? null;
    if (offsetMs !== null && !within(offsetMs, CENTURY_MS)) return undefined;
    if (uncertaintyMs !== null && !(within(uncertaintyMs, CENTURY_MS) && uncertaintyMs >= 0))
      return undefined;
    const atMs = v.atMs;
    const plausibleTime = (ms: unknown): ms is number => within(ms, 2 * CENTURY_MS) && ms >= 0;
    if (!plausibleTime(atMs) || !plausibleTime(atMs + (offsetMs ?? 0))) return undefined;
    return {
      status: v.status as SavedMeasurement['status'],
      offsetMs,
      uncertaintyMs,
      atMs,
      ntpServers: v.ntpServers.filter((s): s is string => typeof s === 'string'),
      ntsServers: Array.isArray(v.ntsServers)
        ? v.ntsServers.filter((s): s is string => typeof s === 'string')
        : [],
    };
  } catch {
    return undefined;
  }
}

const UNITS: ReadonlySet<unknown> = new Set(['s', '1', '{source}']);
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

function isSample(s: unknown): boolean {
  if (typeof s !== 'object' || s === null) return false;
  const { value, labels } = s as { value?: unknown; labels?: unknown };
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) return false;
  return Object.entries(labels).every(([k, v]) => LABEL_NAME.test(k) && typeof v === 'string');
}

function isFamily(f: unknown): f is MetricFamily {
  if (typeof f !== 'object' || f === null) return false;
  const { name, otelName, help, unit, samples } = f as Partial<Record<keyof MetricFamily, unknown>>;
  return (
    typeof name === 'string' &&
    /^clock_preflight_[a-z_]+$/.test(name) &&
    typeof otelName === 'string' &&
    /^clock_preflight\.[a-z_.]+$/.test(otelName) &&
    typeof help === 'string' &&
    UNITS.has(unit) &&
    Array.isArray(samples) &&
    samples.every(isSample)
  );
}

/**
 * The main step's metric families back from the state; an empty list when absent or not ours. The state
 * is a file on the runner any earlier step could have written, so every family is checked as the
 * renderers need it (label names and string values, finite numbers), and one that is not is dropped, as
 * is a second family of a name already seen (a metric twice in a .prom file and node_exporter refuses the
 * whole file): never throws.
 */
export function metricsFromSaved(text: string): MetricFamily[] {
  try {
    const v: unknown = JSON.parse(text);
    if (!Array.isArray(v)) return [];
    const seen = new Set<string>();
    return v.filter(isFamily).filter((f) => {
      if (seen.has(f.name)) return false;
      seen.add(f.name);
      return true;
    });
  } catch {
    return [];
  }
}
