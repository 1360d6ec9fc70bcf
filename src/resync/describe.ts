/** The resync part of the reports: plain text for the CLI, Markdown for the job summary. Pure. */
import type { ResyncFlowResult } from '../gate/resync-flow.js';
import type { CommandRecord } from './run.js';
import { markdownCell, markdownText } from '../report/escape.js';

function argvText(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

function outcome(c: CommandRecord): string {
  if (c.skipped) return `skipped: ${c.skipped}`;
  if (c.exitCode === null) return c.timedOut ? 'stopped at the deadline' : `not run: ${c.stderr}`;
  const polls = c.polls && c.polls > 1 ? `, ${c.polls} checks` : '';
  return `exit ${c.exitCode}${c.timedOut ? ' (stopped at the deadline)' : ''}, ${c.durationMs} ms${polls}`;
}

function firstLine(c: CommandRecord): string {
  return (
    `${c.stderr}\n${c.stdout}`
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? ''
  );
}

export function resyncText(flow: ResyncFlowResult): string {
  const lines = [`Resync: ${flow.decision.why}`];
  const r = flow.report;
  if (r) {
    lines.push(`  ${r.summary}`);
    lines.push(`  Time service: ${r.detection}; privileges: ${r.privilege}; took ${r.elapsedMs} ms.`);
    for (const c of r.commands) {
      if (c.skipped && c.ok) continue;
      const said = c.ok || c.skipped ? '' : firstLine(c);
      lines.push(
        `  ${c.ok ? 'ok  ' : 'FAIL'} ${c.argv.length ? argvText(c.argv) : c.step}  (${outcome(c)})${said ? `: ${said}` : ''}`,
      );
    }
    // The summary already quotes the failure that decided; list only the other problems.
    for (const p of r.problems) {
      const reason = p.split(': ').slice(1).join(': ').split('. Next: ')[0] ?? p;
      if (!r.summary.includes(reason)) lines.push(`  - ${p}`);
    }
    if (r.ec2) lines.push(`  ${r.ec2}`);
  }
  return lines.join('\n') + '\n';
}

// Command output is the machine's words, not ours: it goes through the same door as a server's.
const cell = (s: string) => markdownCell(s);

export function resyncMarkdown(flow: ResyncFlowResult): string {
  const r = flow.report;
  if (!r) return `**Resync:** ${markdownText(flow.decision.why)}\n`;
  const rows = r.commands
    .filter((c) => !(c.skipped && c.ok))
    .map(
      (c) =>
        `| ${cell(`\`${c.argv.length ? argvText(c.argv) : c.step}\``)} | ${c.ok ? 'ok' : 'failed'} | ${cell(outcome(c))} | ${cell(c.ok ? '' : (c.reason ?? firstLine(c)))} |`,
    );
  return [
    `**Resync (${markdownText(r.strategy)}):** ${markdownText(r.summary)}`,
    '',
    '| Command | Result | Exit | Why |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...(r.ok ? [] : r.problems.map((p) => `- ${markdownText(p)}`)),
    ...(r.ec2 ? ['', markdownText(r.ec2)] : []),
    '',
  ].join('\n');
}
