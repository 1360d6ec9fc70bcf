/** The per-source table shared by the text report and the job summary: one row of cells per source. */
import type { SourceResult } from '../model.js';
import { signedMs } from '../format.js';
import { sourceKey } from '../verdict.js';

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

export function sourceStatusText(r: SourceResult, falsetickers: ReadonlySet<string>): string {
  if (r.status === 'ok' && falsetickers.has(sourceKey(r))) return 'falseticker (outvoted)';
  if (r.status === 'ok') return r.authenticated ? 'ok (authenticated)' : 'ok';
  return `${r.status}: ${r.reason ?? ''}`.trim();
}

export function sourceRow(r: SourceResult, falsetickers: ReadonlySet<string>): string[] {
  const s = r.sample;
  return [
    r.target,
    r.kind,
    r.address ?? '',
    r.stratum !== undefined ? String(r.stratum) : '',
    s ? signedMs(s.offsetMs, 3) : '',
    s ? `${s.boundMs.toFixed(3)} ms` : '',
    s ? `${s.delayMs.toFixed(3)} ms` : '',
    sourceStatusText(r, falsetickers),
  ];
}
