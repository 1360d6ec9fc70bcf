/** The machine-readable result: one object, stable field names, units in the names. */
import type { Measurement } from '../decide/measure.js';
import type { SourceResult } from '../model.js';
import { sourceKey } from '../decide/verdict.js';
import { deciding, rowContext, type RowContext } from './table.js';

export interface JsonSource {
  kind: string;
  target: string;
  address: string | null;
  status: string;
  reason: string | null;
  falseticker: boolean;
  /** Whether this source's answer took part in the verdict. */
  deciding: boolean;
  authenticated: boolean;
  offsetMs: number | null;
  boundMs: number | null;
  delayMs: number | null;
  stratum: number | null;
  refId: string | null;
  requests: number;
  details?: Record<string, string | number | boolean>;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function jsonSource(r: SourceResult, c: RowContext): JsonSource {
  return {
    kind: r.kind,
    target: r.target,
    address: r.address ?? null,
    status: r.status,
    reason: r.reason ?? null,
    falseticker: r.status === 'ok' && c.falsetickers.has(sourceKey(r)),
    deciding: deciding(r, c),
    authenticated: r.authenticated,
    offsetMs: r.sample ? round3(r.sample.offsetMs) : null,
    boundMs: r.sample ? round3(r.sample.boundMs) : null,
    delayMs: r.sample ? round3(r.sample.delayMs) : null,
    stratum: r.stratum ?? null,
    refId: r.refId ?? null,
    requests: r.requests,
    ...(r.details ? { details: r.details } : {}),
  };
}

export function jsonReport(m: Measurement, fix: string | undefined, notes: readonly string[] = []) {
  const c = rowContext(m);
  return {
    status: m.verdict.status,
    certain: m.verdict.certain,
    offsetMs: m.verdict.offsetMs !== undefined ? round3(m.verdict.offsetMs) : null,
    uncertaintyMs: m.verdict.uncertaintyMs !== undefined ? round3(m.verdict.uncertaintyMs) : null,
    direction: m.verdict.offsetMs === undefined ? null : m.verdict.offsetMs >= 0 ? 'behind' : 'ahead',
    title: m.verdict.title,
    message: m.verdict.message,
    fix: fix || null,
    notes: [...notes],
    falsetickers: m.results.filter((r) => c.falsetickers.has(sourceKey(r))).map((r) => r.target),
    requireAuthenticated: m.requireAuthenticated,
    elapsedMs: Math.round(m.elapsedMs),
    rounds: m.rounds,
    sources: m.results.map((r) => jsonSource(r, c)),
  };
}
