/**
 * The CLI's human report: the verdict line and the fix first, then the explanation, the notes and the
 * per-source table. Prose is wrapped to the terminal and the table kept within it.
 */
import { counted } from '../format.js';
import { inDialect, type Outcome, type Severity } from '../gate/outcome.js';
import { resyncText } from '../resync/describe.js';
import { cap, MAX_FIELD_CHARS } from './escape.js';
import { rowContext, SOURCE_COLUMNS, sourceRow } from './table.js';

/** The mark is the severity (what happens to the job), the same one the exit code and JSON carry. */
const MARK: Record<Severity, string> = { ok: 'OK  ', warn: 'WARN', fail: 'FAIL' };

/** Width to write for: COLUMNS when set (terminals export it), else 80; never narrower than 40. */
export function terminalColumns(env: NodeJS.ProcessEnv, ttyColumns?: number): number {
  const fromEnv = Number(env.COLUMNS);
  const columns = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : (ttyColumns ?? 80);
  return Math.max(40, columns);
}

/**
 * Greedy word wrap to `columns`. The first line of each paragraph starts with `firstIndent`, the lines
 * after it with `indent`. A word longer than a line (a URL, a base64 blob) is cut rather than overflowing.
 */
export function wrap(text: string, columns: number, indent = '', firstIndent = ''): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = firstIndent;
    let empty = true;
    const flush = () => {
      out.push(line.trimEnd());
      line = indent;
      empty = true;
    };
    for (let word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (!empty && line.length + 1 + word.length > columns) flush();
      while (line.length + word.length > columns && word.length > 0) {
        const room = Math.max(1, columns - line.length);
        line += word.slice(0, room);
        word = word.slice(room);
        flush();
      }
      if (word === '') continue;
      line = empty ? line + word : `${line} ${word}`;
      empty = false;
    }
    out.push(line.trimEnd());
  }
  return out.join('\n');
}

/**
 * A plain-text table within `columns`: the last column wraps onto continuation lines; when even that
 * leaves it too narrow, the least needed columns (Delay, then Stratum, then Kind) are dropped.
 */
function formatTable(header: readonly string[], rows: string[][], columns = Infinity): string {
  let cols = header.map((_, i) => i);
  const droppable = ['Delay', 'Stratum', 'Kind'].map((h) => header.indexOf(h)).filter((i) => i >= 0);
  const widthsOf = (keep: number[]) =>
    keep.map((c) => Math.max(header[c]!.length, ...rows.map((r) => (r[c] ?? '').length)));
  const fixedWidth = (keep: number[]) =>
    widthsOf(keep)
      .slice(0, -1)
      .reduce((a, w) => a + w + 2, 0);
  const MIN_LAST = 24;
  while (columns - fixedWidth(cols) < MIN_LAST && droppable.length > 0) {
    const drop = droppable.shift()!;
    cols = cols.filter((c) => c !== drop);
  }
  if (columns - fixedWidth(cols) < MIN_LAST) return formatList(header, rows, columns);
  const widths = widthsOf(cols);
  const lead = fixedWidth(cols);
  const lastRoom = Math.max(MIN_LAST, columns - lead);
  const render = (cells: readonly string[]) => {
    const picked = cols.map((c) => cells[c] ?? '');
    const head = picked
      .slice(0, -1)
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ');
    const last = picked[picked.length - 1]!;
    const wrapped = Number.isFinite(columns) ? wrap(last, lastRoom).split('\n') : [last];
    return wrapped
      .map((part, i) => (i === 0 ? `${head}${head ? '  ' : ''}${part}` : `${' '.repeat(lead)}${part}`))
      .map((l) => l.trimEnd())
      .join('\n');
  };
  // Indexed like the header, as render() picks cells: a dropped column must not shift the rule's dashes.
  const rule = header.map(() => '');
  cols.forEach(
    (c, i) => (rule[c] = '-'.repeat(i === cols.length - 1 ? Math.min(widths[i]!, lastRoom) : widths[i]!)),
  );
  return [render(header), render(rule), ...rows.map(render)].join('\n');
}

/** For a terminal too narrow for any table: one block per row, its first cell as the heading. */
function formatList(header: readonly string[], rows: string[][], columns: number): string {
  return rows
    .map((cells) => {
      const rest = cells
        .slice(1)
        .map((cell, i) => (cell ? `${header[i + 1]}: ${cell}` : ''))
        .filter((part) => part !== '')
        .join('; ');
      return `${wrap(cells[0] ?? '', columns)}\n${wrap(rest, columns, '    ', '    ')}`;
    })
    .join('\n');
}

export interface TextOptions {
  /** Wrap prose and fit the table to this width. */
  columns: number;
}

/** The report of one measurement: verdict, fix, explanation, notes, table. */
function measurementText(o: Outcome, columns: number): string {
  const m = o.measurement;
  const para = (t: string) => wrap(cap(t, MAX_FIELD_CHARS), columns);
  const lines = [wrap(o.title, columns, '      ', `${MARK[o.severity]}  `)];
  if (o.fix) lines.push('', wrap(o.fix, columns, '     ', 'Fix: '));
  lines.push('', para(o.text));
  for (const note of o.notes) lines.push('', para(note));
  const context = rowContext(m);
  lines.push(
    '',
    formatTable(
      SOURCE_COLUMNS,
      m.results.map((r) => sourceRow(r, context)),
      columns,
    ),
  );
  const rounds = counted(m.rounds, 'round');
  const sources = counted(m.results.length, 'source');
  lines.push('', `Checked ${sources} in ${Math.round(m.elapsedMs)} ms (${rounds}).`);
  return lines.join('\n') + '\n';
}

export function renderText(o: Outcome, options: TextOptions): string {
  const { columns } = options;
  if (o.first && o.flow.report) {
    return (
      wrap(`First measurement: ${o.first.verdict.title}`, columns) +
      '\n' +
      inDialect(resyncText(o.flow), o.dialect) +
      '\nMeasured again:\n' +
      measurementText(o, columns)
    );
  }
  // Why resync did not run is said only when it was asked for and the check did not pass.
  return measurementText(o, columns) + (o.resync ? inDialect(resyncText(o.flow), o.dialect) : '');
}
