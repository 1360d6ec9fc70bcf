/**
 * The machine-readable result: one object, stable field names, units in the names, exact milliseconds.
 * `status`, `severity` and `exitCode` are the outcome's own, the same the exit code and the action's
 * outputs carry. Strings from servers are capped, so one huge error body cannot make the object huge.
 */
import type { Outcome } from '../gate/outcome.js';
import type { Measurement } from '../decide/measure.js';
import type { SourceResult } from '../model.js';
import { sourceKey } from '../decide/verdict.js';
import { cap, MAX_FIELD_CHARS } from './escape.js';
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
  /** Who runs the server (HTTPS sources): answers of one operator are one vote. */
  operator: string | null;
  offsetMs: number | null;
  boundMs: number | null;
  delayMs: number | null;
  stratum: number | null;
  refId: string | null;
  requests: number;
  details?: Record<string, string | number | boolean>;
}

export interface JsonOptions {
  /**
   * Keep the AWS account id out: details.account is left out, and each of these ids is replaced with ***
   * wherever it appears (the account field of an ARN, an error reason quoting one, a URL).
   */
  hideAccountIds?: readonly string[];
  /** Cap for every string from a source (reason, details). */
  maxFieldChars?: number;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

// Replacing the id itself, not a field of a format, keeps an ARN's partition and role readable and
// catches the id where no format says it is (a reason, a URL).
function text(value: string, max: number, options: JsonOptions): string {
  let out = value;
  for (const id of options.hideAccountIds ?? []) out = out.split(id).join('***');
  return cap(out, max);
}

function jsonDetails(
  details: Record<string, string | number | boolean>,
  options: JsonOptions,
): Record<string, string | number | boolean> {
  const max = options.maxFieldChars ?? MAX_FIELD_CHARS;
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(details)) {
    if (options.hideAccountIds && key === 'account') continue;
    out[key] = typeof value === 'string' ? text(value, max, options) : value;
  }
  return out;
}

function jsonSource(r: SourceResult, c: RowContext, options: JsonOptions = {}): JsonSource {
  const max = options.maxFieldChars ?? MAX_FIELD_CHARS;
  return {
    kind: r.kind,
    target: text(r.target, max, options),
    address: r.address !== undefined ? text(r.address, max, options) : null,
    status: r.status,
    reason: r.reason !== undefined ? text(r.reason, max, options) : null,
    falseticker: r.status === 'ok' && c.falsetickers.has(sourceKey(r)),
    deciding: deciding(r, c),
    authenticated: r.authenticated,
    operator: r.operator !== undefined ? text(r.operator, max, options) : null,
    offsetMs: r.sample ? round3(r.sample.offsetMs) : null,
    boundMs: r.sample ? round3(r.sample.boundMs) : null,
    delayMs: r.sample ? round3(r.sample.delayMs) : null,
    stratum: r.stratum ?? null,
    refId: r.refId !== undefined ? cap(r.refId, 64) : null,
    requests: r.requests,
    ...(r.details ? { details: jsonDetails(r.details, options) } : {}),
  };
}

export function jsonSources(m: Measurement, options: JsonOptions = {}): JsonSource[] {
  const c = rowContext(m);
  return m.results.map((r) => jsonSource(r, c, options));
}

function measurementJson(m: Measurement, options: JsonOptions) {
  const c = rowContext(m);
  return {
    status: m.verdict.status,
    certain: m.verdict.certain,
    offsetMs: m.verdict.offsetMs !== undefined ? round3(m.verdict.offsetMs) : null,
    uncertaintyMs: m.verdict.uncertaintyMs !== undefined ? round3(m.verdict.uncertaintyMs) : null,
    direction: m.verdict.offsetMs === undefined ? null : m.verdict.offsetMs >= 0 ? 'behind' : 'ahead',
    falsetickers: m.results.filter((r) => c.falsetickers.has(sourceKey(r))).map((r) => r.target),
    requireAuthenticated: m.requireAuthenticated,
    elapsedMs: Math.round(m.elapsedMs),
    rounds: m.rounds,
    sources: jsonSources(m, options),
  };
}

export function renderJson(o: Outcome, options: JsonOptions = {}) {
  const { status: clockStatus, ...rest } = measurementJson(o.measurement, options);
  return {
    status: o.status,
    reason: o.reason,
    severity: o.severity,
    exitCode: o.exitCode,
    /** The clock's own verdict; differs from status only when a required check failed (reason aws-requirement). */
    clockStatus,
    title: o.title,
    message: cap(o.text, MAX_FIELD_CHARS),
    fix: o.fix || null,
    notes: o.notes.map((n) => cap(n, MAX_FIELD_CHARS)),
    ...rest,
    resynced: o.resynced,
    resync: {
      run: o.flow.decision.run,
      why: o.flow.decision.why,
      line: o.resync?.line ?? null,
      report: o.flow.report ?? null,
    },
    first: o.first ? { ...measurementJson(o.first, options), title: o.first.verdict.title } : null,
  };
}
