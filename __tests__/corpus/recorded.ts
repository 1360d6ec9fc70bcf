/**
 * Texts that real tools printed here under libfaketime, against loopback peers whose clocks were right
 * (scripts/explain-corpus/record.sh made them; see its header for how). Read-only data for the tests.
 */
import { readFileSync } from 'node:fs';
import type { ErrorKind } from '../../src/explain/types.js';

export interface RecordedText {
  id: string;
  tool: string;
  /** The tool's own version line. */
  version: string;
  /** How far the tool's clock was set ahead (+) or behind (−) by libfaketime, in seconds; 0: not skewed. */
  skewSeconds: number;
  /**
   * "issuer": the tool reads the clock past libfaketime (Go), so the certificate's issuer ran skewed the
   * other way instead; skewSeconds is then the tool's clock relative to the issuer's, the same disagreement.
   */
  skewAt?: 'issuer';
  /** The kind explain must report; "none": not a time error; "silent": a time error whose text names no time. */
  expect: ErrorKind | 'none' | 'silent';
  command: string;
  exitCode: number;
  text: string;
  note?: string;
}

export const RECORDED: RecordedText[] = JSON.parse(
  readFileSync(new URL('./recorded/time-errors.json', import.meta.url), 'utf8'),
) as RecordedText[];

/** The true offset while the tool ran: reference − runner, so a runner set ahead has a negative offset. */
export function trueOffsetMs(e: RecordedText): number {
  return -e.skewSeconds * 1000;
}

/** One row per tool: how many of its recorded time errors explain reads rightly, how many other texts it claims. */
export interface TableRow {
  tool: string;
  recognised: number;
  timeErrors: number;
  silentClaimed: number;
  silent: number;
  falseAlarms: number;
  notTime: number;
}

/**
 * The recognition table of the corpus README. `readRightly` says whether explain read a time error rightly;
 * `claims` whether it claimed anything in a text (a non-time error, or a time error that names no time).
 */
export function recognitionTable(
  readRightly: (e: RecordedText) => boolean,
  claims: (e: RecordedText) => boolean,
): string {
  const zero = { recognised: 0, timeErrors: 0, silentClaimed: 0, silent: 0, falseAlarms: 0, notTime: 0 };
  const rows = new Map<string, TableRow>();
  for (const e of RECORDED) {
    const row = rows.get(e.tool) ?? { tool: e.tool, ...zero };
    if (e.expect === 'none') {
      row.notTime += 1;
      if (claims(e)) row.falseAlarms += 1;
    } else if (e.expect === 'silent') {
      row.silent += 1;
      if (claims(e)) row.silentClaimed += 1;
    } else {
      row.timeErrors += 1;
      if (readRightly(e)) row.recognised += 1;
    }
    rows.set(e.tool, row);
  }
  const all = [...rows.values()];
  const total: TableRow = { tool: `**all ${all.length} tools**`, ...zero };
  for (const r of all) for (const k of Object.keys(zero) as (keyof typeof zero)[]) total[k] += r[k];
  const line = (r: TableRow) =>
    `| ${r.tool} | ${r.recognised} / ${r.timeErrors} | ${r.silentClaimed} / ${r.silent} | ${r.falseAlarms} / ${r.notTime} |`;
  return [
    '| Tool | Time errors read rightly | Time errors naming no time: claimed | Non-time errors: false alarms |',
    '| --- | --- | --- | --- |',
    ...all.map(line),
    line(total),
  ].join('\n');
}
