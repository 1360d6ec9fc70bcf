/** The per-source table shared by the text report and the job summary: one row of cells per source. */
import type { Measurement } from '../decide/measure.js';
import type { SourceResult } from '../model.js';
import { preciseDuration, signedDuration } from '../format.js';
import { sourceKey } from '../decide/verdict.js';
import { cap, MAX_FIELD_CHARS } from './escape.js';

/**
 * Source carries the address asked only when it differs from what was configured (a name and the
 * address it resolved to); an Address column would repeat the Source for every server given by address.
 */
export const SOURCE_COLUMNS = ['Source', 'Kind', 'Stratum', 'Offset', '± Bound', 'Delay', 'Status'] as const;

/** What the per-source reports need to know about the whole measurement. */
export interface RowContext {
  falsetickers: ReadonlySet<string>;
  voters: ReadonlySet<string>;
  /** require-authenticated: unauthenticated answers are shown but do not decide. */
  onlyAuthenticatedDecide: boolean;
  /** Operators (HTTPS sources) whose vote another source of theirs cast. */
  voterOperators: ReadonlySet<string>;
}

export function rowContext(m: Measurement): RowContext {
  return {
    falsetickers: new Set(m.verdict.falsetickers),
    voters: new Set(m.voters),
    onlyAuthenticatedDecide: m.requireAuthenticated,
    voterOperators: new Set(
      m.results.flatMap((r) =>
        r.operator !== undefined && m.voters.includes(sourceKey(r)) ? [r.operator] : [],
      ),
    ),
  };
}

export function deciding(r: SourceResult, c: RowContext): boolean {
  return c.voters.has(sourceKey(r)) && !c.falsetickers.has(sourceKey(r));
}

export function sourceStatusText(r: SourceResult, c: RowContext): string {
  if (r.status === 'ok' && c.falsetickers.has(sourceKey(r))) return 'falseticker (outvoted)';
  if (r.status === 'ok' && !r.authenticated && c.onlyAuthenticatedDecide) {
    return 'ok (not deciding: unauthenticated, require-authenticated is on)';
  }
  if (r.status === 'ok' && !c.voters.has(sourceKey(r))) {
    // AWS's signed check votes with the Date check unless an operator's vote holds both.
    const operatorVotes = r.operator !== undefined && (r.kind !== 'sts' || c.voterOperators.has(r.operator));
    if (operatorVotes) return `ok (reported; one vote per operator: ${cap(r.operator!, 200)} already votes)`;
    if (r.kind === 'sts') return 'ok (reported; the Date check already votes for AWS)';
  }
  if (r.status === 'ok') return r.authenticated ? 'ok (authenticated)' : 'ok';
  // One line per cell: a reason quoting a server's multi-line error must not break the table.
  return cap(`${r.status}: ${r.reason ?? ''}`.trim(), MAX_FIELD_CHARS).replace(/\s*[\r\n]+\s*/g, ' ');
}

export function sourceName(r: SourceResult): string {
  const target = cap(r.target, 200);
  return r.address && r.address !== r.target ? `${target} (${cap(r.address, 200)})` : target;
}

export function sourceRow(r: SourceResult, c: RowContext): string[] {
  const s = r.sample;
  return [
    sourceName(r),
    r.kind,
    r.stratum !== undefined ? String(r.stratum) : '',
    s ? signedDuration(s.offsetMs) : '',
    s ? preciseDuration(s.boundMs) : '',
    s ? preciseDuration(s.delayMs) : '',
    sourceStatusText(r, c),
  ];
}
