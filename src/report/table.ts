/** The per-source table shared by the text report and the job summary: one row of cells per source. */
import type { Measurement } from '../decide/measure.js';
import type { SourceResult } from '../model.js';
import { signedMs } from '../format.js';
import { sourceKey } from '../decide/verdict.js';

export const SOURCE_COLUMNS = [
  'Source',
  'Kind',
  'Address',
  'Stratum',
  'Offset',
  '± Bound',
  'Delay',
  'Status',
] as const;

/** What the per-source reports need to know about the whole measurement. */
export interface RowContext {
  falsetickers: ReadonlySet<string>;
  voters: ReadonlySet<string>;
  /** require-authenticated: unauthenticated answers are shown but do not decide. */
  onlyAuthenticatedDecide: boolean;
}

export function rowContext(m: Measurement): RowContext {
  return {
    falsetickers: new Set(m.verdict.falsetickers),
    voters: new Set(m.voters),
    onlyAuthenticatedDecide: m.requireAuthenticated,
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
  if (r.status === 'ok' && r.kind === 'sts' && !c.voters.has(sourceKey(r))) {
    return 'ok (reported; the Date check already votes for AWS)';
  }
  if (r.status === 'ok') return r.authenticated ? 'ok (authenticated)' : 'ok';
  return `${r.status}: ${r.reason ?? ''}`.trim();
}

export function sourceRow(r: SourceResult, c: RowContext): string[] {
  const s = r.sample;
  return [
    r.target,
    r.kind,
    r.address ?? '',
    r.stratum !== undefined ? String(r.stratum) : '',
    s ? signedMs(s.offsetMs, 3) : '',
    s ? `${s.boundMs.toFixed(3)} ms` : '',
    s ? `${s.delayMs.toFixed(3)} ms` : '',
    sourceStatusText(r, c),
  ];
}
