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
