/** The CLI's human report: a verdict line, the explanation, the fix, and the per-source table. */
import type { Measurement } from '../decide/measure.js';
import { rowContext, SOURCE_COLUMNS, sourceRow } from './table.js';

const MARK: Record<string, string> = { ok: 'OK  ', warn: 'WARN', fail: 'FAIL', unknown: '????' };

export function formatTable(header: readonly string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function textReport(m: Measurement, fix: string | undefined, notes: readonly string[] = []): string {
  const v = m.verdict;
  const context = rowContext(m);
  const lines = [`${MARK[v.status]}  ${v.title}`, '', v.message, ...notes.map((n) => `\n${n}`)];
  if (fix && (v.status === 'fail' || v.status === 'warn')) lines.push('', `Fix: ${fix}`);
  lines.push(
    '',
    formatTable(
      SOURCE_COLUMNS,
      m.results.map((r) => sourceRow(r, context)),
    ),
  );
  const rounds = m.rounds === 1 ? '1 round' : `${m.rounds} rounds`;
  const sources = m.results.length === 1 ? '1 source' : `${m.results.length} sources`;
  lines.push('', `Checked ${sources} in ${Math.round(m.elapsedMs)} ms (${rounds}).`);
  return lines.join('\n') + '\n';
}
