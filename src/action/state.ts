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

export function fromSaved(text: string): SavedMeasurement | undefined {
  try {
    const v = JSON.parse(text) as Partial<SavedMeasurement>;
    if (typeof v.atMs !== 'number' || !Array.isArray(v.ntpServers) || typeof v.status !== 'string')
      return undefined;
    return {
      status: v.status,
      offsetMs: typeof v.offsetMs === 'number' ? v.offsetMs : null,
      uncertaintyMs: typeof v.uncertaintyMs === 'number' ? v.uncertaintyMs : null,
      atMs: v.atMs,
      ntpServers: v.ntpServers.filter((s): s is string => typeof s === 'string'),
      ntsServers: Array.isArray(v.ntsServers)
        ? v.ntsServers.filter((s): s is string => typeof s === 'string')
        : [],
    };
  } catch {
    return undefined;
  }
}

/** The main step's metric families back from the state; an empty list when absent or not ours. */
export function metricsFromSaved(text: string): MetricFamily[] {
  try {
    const v: unknown = JSON.parse(text);
    if (!Array.isArray(v)) return [];
    return v.filter(
      (f): f is MetricFamily =>
        typeof f === 'object' &&
        f !== null &&
        typeof f.name === 'string' &&
        /^clock_preflight_[a-z_]+$/.test(f.name) &&
        typeof f.otelName === 'string' &&
        typeof f.help === 'string' &&
        typeof f.unit === 'string' &&
        Array.isArray(f.samples) &&
        f.samples.every(
          (s: unknown) =>
            typeof s === 'object' &&
            s !== null &&
            typeof (s as { value?: unknown }).value === 'number' &&
            typeof (s as { labels?: unknown }).labels === 'object',
        ),
    );
  } catch {
    return [];
  }
}
