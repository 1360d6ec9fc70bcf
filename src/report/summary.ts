/** The job summary (Markdown): verdict, explanation, fix and the per-source table. */
import type { Measurement } from '../decide/measure.js';
import { rowContext, SOURCE_COLUMNS, sourceRow } from './table.js';

const ICON: Record<string, string> = { ok: '✅', warn: '⚠️', fail: '❌', unknown: '❔' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function summaryMarkdown(
  m: Measurement,
  fix: string | undefined,
  notes: readonly string[] = [],
): string {
  const v = m.verdict;
  const context = rowContext(m);
  const lines = [`### ${ICON[v.status]} clock-preflight: ${v.title}`, '', v.message, ''];
  for (const note of notes) lines.push(note, '');
  if (fix && (v.status === 'fail' || v.status === 'warn')) lines.push(`**Fix:** ${fix}`, '');
  lines.push(`| ${SOURCE_COLUMNS.join(' | ')} |`, `|${SOURCE_COLUMNS.map(() => '---').join('|')}|`);
  for (const r of m.results) lines.push(`| ${sourceRow(r, context).map(cell).join(' | ')} |`);
  lines.push(
    '',
    `<sub>${m.results.length} sources, ${Math.round(m.elapsedMs)} ms, ${m.rounds} round(s). Offset = reference − runner: positive means the runner is behind.</sub>`,
    '',
  );
  return lines.join('\n');
}
