/**
 * The job summary (Markdown): the verdict and the fix first, then the explanation, notes, resync and the
 * per-source table. Every string goes through the door (markdownText/markdownCell): a server's words are
 * shown as words, never rendered as HTML, links or table structure. The whole is capped under GitHub's
 * 1 MiB summary limit.
 */
import { counted } from '../format.js';
import type { Outcome, Severity } from '../gate/outcome.js';
import { inDialect } from '../gate/outcome.js';
import { resyncMarkdown } from '../resync/describe.js';
import { cap, markdownCell, markdownText, MAX_SUMMARY_CHARS } from './escape.js';
import { rowContext, SOURCE_COLUMNS, sourceRow } from './table.js';

/** The mark is the severity: the same thing the exit code, annotation level and JSON say. */
export const SUMMARY_MARK: Record<Severity, string> = { ok: '✅', warn: '⚠️', fail: '❌' };

export function renderSummary(o: Outcome): string {
  const m = o.measurement;
  const context = rowContext(m);
  const lines = [`### ${SUMMARY_MARK[o.severity]} clock-preflight: ${markdownText(o.title)}`, ''];
  if (o.fix) lines.push(`**Fix:** ${markdownText(o.fix)}`, '');
  lines.push(markdownText(o.text), '');
  for (const note of o.notes) lines.push(markdownText(note), '');
  if (o.flow.decision.run) lines.push(inDialect(resyncMarkdown(o.flow), o.dialect));
  else if (o.resync) lines.push(`**Resync:** ${markdownText(o.resync.line)}`, '');
  lines.push(`| ${SOURCE_COLUMNS.join(' | ')} |`, `|${SOURCE_COLUMNS.map(() => '---').join('|')}|`);
  for (const r of m.results)
    lines.push(
      `| ${sourceRow(r, context)
        .map((c) => markdownCell(c))
        .join(' | ')} |`,
    );
  const sources = counted(m.results.length, 'source');
  const rounds = counted(m.rounds, 'round');
  lines.push(
    '',
    `<sub>${sources}, ${Math.round(m.elapsedMs)} ms, ${rounds}. Offset = reference − runner: positive means the runner is behind.</sub>`,
    '',
  );
  return cap(lines.join('\n'), MAX_SUMMARY_CHARS);
}
