/** What an error text says about the clock, in words for people. Pure. */
import { describeOffset, humanDuration } from '../format.js';
import type { Recognition } from './types.js';

/** One sentence: the size and direction that follow from the text, or why none does. */
export function whatTheTextSays(r: Recognition): string {
  if (!r.recognized) return 'No time error this tool knows was found in the text.';
  if (!r.consistent) {
    const way = r.direction
      ? ` Its wording says the signer was ${r.direction === 'behind' ? 'behind (or the request was late)' : 'ahead'}.`
      : '';
    return `The text contradicts itself (${r.inconsistency ?? 'its numbers do not fit together'}), so no offset follows from it.${way}`;
  }
  if (r.impliedOffsetMs !== undefined) {
    const window = r.windowMs !== undefined ? ` (the limit is ${humanDuration(r.windowMs)})` : '';
    if (r.impliedOffsetMs >= 0) {
      return `The request or credential was ${humanDuration(r.impliedOffsetMs)} old when checked${window}: the signer's clock was ${describeOffset(r.impliedOffsetMs)} if it was sent as soon as it was made, or less behind if it waited.`;
    }
    return `The signature or credential was dated ${humanDuration(-r.impliedOffsetMs)} in the future when checked${window}: the signer's clock was ahead by at least that much.`;
  }
  const b = r.offsetBoundMs;
  if (b?.min !== undefined && b.min > 0)
    return `The runner's clock was behind by at least ${humanDuration(b.min)}.`;
  if (b?.max !== undefined && b.max < 0) {
    return r.confidence === 'possible'
      ? `If the other side's data is current, the runner's clock was ahead by at least ${humanDuration(-b.max)}.`
      : `The runner's clock was ahead by at least ${humanDuration(-b.max)}.`;
  }
  if (r.absOffsetMinMs !== undefined) {
    return `The two clocks differ by more than ${humanDuration(r.absOffsetMinMs)}, in a direction the text does not say.`;
  }
  if (r.direction === 'behind') {
    // Only an expiry can also mean "used late"; a date in the future cannot.
    const late = /expired|exp-past/.test(r.kind ?? '') ? ' (or the credential was used late)' : '';
    return `The runner's clock was behind${late}; the text gives no size.`;
  }
  if (r.direction === 'ahead') return "The runner's clock was ahead; the text gives no size.";
  return 'The text names a time check that failed but gives neither size nor direction.';
}

/**
 * The multi-line block `explain` prints about the text itself, before any measurement. `summary: false`
 * leaves out the one-sentence reading when the diagnosis that follows starts with it anyway.
 */
export function describeRecognition(r: Recognition, opts: { summary?: boolean } = {}): string {
  if (!r.recognized) return `${whatTheTextSays(r)}\n`;
  const lines = [
    `Recognised: ${r.kind} — ${r.service}${r.confidence && r.confidence !== 'certain' ? ` (${r.confidence} a time problem)` : ''}`,
  ];
  lines.push(`  Evidence: ${r.evidence}`);
  if (opts.summary !== false) lines.push(`  ${whatTheTextSays(r)}`);
  if (!r.consistent && opts.summary === false)
    lines.push(`  Inconsistent: ${r.inconsistency ?? 'the numbers do not fit together'}`);
  if (r.derivation && r.consistent) lines.push(`  How: ${r.derivation}`);
  if (r.windowMs !== undefined && r.impliedOffsetMs === undefined)
    lines.push(`  Limit enforced: ${humanDuration(r.windowMs)}`);
  if (r.truncated)
    lines.push('  (The input was long; only its first 200 000 and last 800 000 characters were read.)');
  return lines.join('\n') + '\n';
}
