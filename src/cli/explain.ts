/**
 * `clock-preflight explain [TEXT | -]`: what an error text says about the clock, then the clock measured
 * now, then the cause and what to do. Always exits 0: it explains, it does not gate (unrecognised text
 * included, which it says plainly).
 */
import { describeRecognition } from '../explain/describe.js';
import { diagnose, type Diagnosis, type MeasuredNow } from '../explain/diagnose.js';
import { FAMILY_NAMES, recognize } from '../explain/index.js';
import type { Recognition } from '../explain/types.js';
import { describeOffset, humanDuration } from '../format.js';

export interface Measurement extends MeasuredNow {
  title: string;
}

export type Measure = () => Promise<Measurement | undefined>;

export interface CommandIo {
  stdout(t: string): void;
  stderr(t: string): void;
}

export interface ExplainOptions {
  text: string;
  json: boolean;
  measure: Measure;
  io: CommandIo;
  /** Platform-specific advice for fixing the clock (the lead's fixAdvice), used when the clock is the cause. */
  clockFix?: string;
}

/** Measure, but never let a failed measurement hide the explanation. */
export async function measureSafely(measure: Measure): Promise<Measurement | undefined> {
  try {
    return await measure();
  } catch (error) {
    return {
      status: 'unknown',
      title: `the measurement failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function measuredLine(m: Measurement | undefined): string {
  if (!m) return 'Clock now: not measured.';
  if (m.offsetMs === undefined || m.status === 'unknown')
    return `Clock now: could not be measured (${m.title}).`;
  const unc = m.uncertaintyMs !== undefined ? ` ±${humanDuration(m.uncertaintyMs)}` : '';
  return `Clock now: ${describeOffset(m.offsetMs)}${unc} [${m.status}] — ${m.title}`;
}

/** The text block: what the error says, the clock now, the diagnosis and what to do. */
export function formatExplanation(r: Recognition, m: Measurement | undefined, d: Diagnosis): string {
  if (!r.recognized) {
    return `${describeRecognition(r)}It knows: ${Object.values(FAMILY_NAMES).join('; ')}.\n`;
  }
  const lines = [
    describeRecognition(r, { summary: false }).trimEnd(),
    measuredLine(m),
    '',
    d.title,
    d.message,
    '',
    'What to do:',
  ];
  for (const a of d.advice) lines.push(`  - ${a}`);
  return lines.join('\n') + '\n';
}

export function explanationJson(
  r: Recognition,
  m: Measurement | undefined,
  d: Diagnosis,
): Record<string, unknown> {
  return {
    recognized: r.recognized,
    kind: r.kind ?? null,
    service: r.service || null,
    evidence: r.evidence || null,
    impliedOffsetMs: r.consistent && r.impliedOffsetMs !== undefined ? r.impliedOffsetMs : null,
    offsetBoundMs: r.consistent ? (r.offsetBoundMs ?? null) : null,
    absOffsetMinMs: r.absOffsetMinMs ?? null,
    windowMs: r.windowMs ?? null,
    direction: r.direction ?? null,
    consistent: r.consistent,
    inconsistency: r.inconsistency ?? null,
    confidence: r.confidence ?? null,
    derivation: r.derivation ?? null,
    times: r.times ?? null,
    measured: m
      ? {
          status: m.status,
          offsetMs: m.offsetMs ?? null,
          uncertaintyMs: m.uncertaintyMs ?? null,
          title: m.title,
        }
      : null,
    diagnosis: d,
  };
}

/**
 * Reads `explain -`'s stdin with bounded memory: the first `headBytes` and the last `maxBytes − headBytes`
 * are kept (a pasted CI log can be large; its error is near the end), the middle is dropped.
 */
export async function readTextBounded(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes = 8 * 1024 * 1024,
  headBytes = 1024 * 1024,
): Promise<string> {
  const head: Buffer[] = [];
  let headLength = 0;
  let tail: Buffer[] = [];
  let tailLength = 0;
  const tailMax = maxBytes - headBytes;
  for await (const chunk of stream) {
    let b =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (headLength < headBytes) {
      const take = b.subarray(0, headBytes - headLength);
      head.push(Buffer.from(take));
      headLength += take.length;
      b = b.subarray(take.length);
    }
    if (b.length === 0) continue;
    tail.push(Buffer.from(b));
    tailLength += b.length;
    if (tailLength > 2 * tailMax) {
      const joined = Buffer.concat(tail).subarray(-tailMax);
      tail = [joined];
      tailLength = joined.length;
    }
  }
  const rest = Buffer.concat(tail);
  const kept = rest.length > tailMax ? rest.subarray(-tailMax) : rest;
  const dropped = rest.length - kept.length;
  return Buffer.concat(head).toString('utf8') + (dropped > 0 ? '\n' : '') + kept.toString('utf8');
}

export async function explainCommand(opts: ExplainOptions): Promise<number> {
  const r = recognize(opts.text);
  // Unrecognised text needs no measurement: there is nothing to compare it with.
  const m = r.recognized ? await measureSafely(opts.measure) : undefined;
  const d = diagnose(r, m, { clockFix: opts.clockFix });
  opts.io.stdout(
    opts.json ? JSON.stringify(explanationJson(r, m, d), null, 2) + '\n' : formatExplanation(r, m, d),
  );
  return 0;
}
