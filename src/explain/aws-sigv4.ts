/**
 * AWS Signature Version 4 time checks, as every AWS service words them:
 *
 *   Signature expired: A is now earlier than B (C - N min.)
 *   Signature not yet current: A is still later than B (C + N min.)
 *
 * A is the X-Amz-Date the signer's clock wrote into the signature. C is AWS's clock when the request
 * arrived. B is the edge of the window AWS accepts: C − N min for "expired", C + N min for "not yet
 * current". N is 5 for most services, 15 for some.
 *
 * Derivation. Let d ≥ 0 be the time between signing and arrival (queueing, retries, a frozen process).
 * True time at signing = C − d, the runner read A, so offset = (C − d) − A.
 * - Expired: offset = C − A − d ≤ C − A. If the request left at once (d ≈ 0), offset ≈ C − A, and that is
 *   the implied offset. It exceeds N min. But the same text appears with a correct clock and d > N min,
 *   which is why the diagnosis measures the clock now: C − A = offset + d.
 * - Not yet current: offset = C − A − d ≤ C − A < −N min. Delay only makes it more negative, so the
 *   signer's clock was ahead by at least A − C: no queue explains this one.
 * Both timestamps are whole seconds, so C − A is exact to ±1 s; the bound carries that second.
 *
 * Without the numbers (cut off, or elided by a wrapper) the phrase counts only in AWS's own form: a colon or
 * "is now earlier than" / "is still later than" after it, and not on a gpg line. gpg prints "gpg: Signature
 * expired Sat Nov 28 …" for an OpenPGP signature past its expiry date (gpg.ts reads that one): taking it for
 * SigV4 would give the wrong direction and AWS advice.
 *
 * Self-consistency: B must equal C ∓ N exactly and A must lie beyond B. Texts that fail this exist (AWS's
 * own knowledge-centre article prints one); they are reported as inconsistent and give no number.
 */
import { excerpt } from './normalize.js';
import { iso, parseBasicIso, type Instant } from './time.js';
import { MINUTE_MS, type Hit, type Recognizer } from './types.js';

const SERVICE = 'AWS (Signature Version 4)';
const STAMP = '([0-9A-Za-z:.+-]{1,40}?)';

type Variant = 'expired' | 'not-yet-current';

const FULL: Record<Variant, RegExp> = {
  expired: new RegExp(
    `Signature expired:?\\s*${STAMP}\\s+is\\s+now\\s+earlier\\s+than\\s+${STAMP}\\s*\\(\\s*${STAMP}\\s*-\\s*(\\d{1,6})\\s*min\\.?\\s*\\)`,
    'iy',
  ),
  'not-yet-current': new RegExp(
    `Signature not yet current:?\\s*${STAMP}\\s+is\\s+still\\s+later\\s+than\\s+${STAMP}\\s*\\(\\s*${STAMP}\\s*\\+\\s*(\\d{1,6})\\s*min\\.?\\s*\\)`,
    'iy',
  ),
};

const START = /Signature (expired|not yet current)/gi;
const AWS_FORM =
  /^Signature (?:expired|not yet current)(?:\s*:|\s+\S{1,40}\s+is\s+(?:now\s+earlier|still\s+later)\s+than)/i;
const GPG_LINE = /gpg:[ \t]*$/;

/** Whether a partial "Signature expired" is AWS's: its own punctuation or wording, and not gpg's line. */
function awsForm(text: string, start: number): boolean {
  if (GPG_LINE.test(text.slice(Math.max(0, start - 20), start))) return false;
  return AWS_FORM.test(text.slice(start, start + 120));
}

function unreadable(stamps: [string, string | undefined][]): string | undefined {
  const bad = stamps
    .filter(([, s]) => s !== undefined && parseBasicIso(s) === undefined)
    .map(([n, s]) => `${n} '${s}'`);
  return bad.length > 0 ? `unreadable timestamp: ${bad.join(', ')}` : undefined;
}

function fromFull(variant: Variant, text: string, start: number, m: RegExpExecArray): Hit {
  const [aText, bText, cText, nText] = [m[1]!, m[2]!, m[3]!, m[4]!];
  const windowMs = Number(nText) * MINUTE_MS;
  const expired = variant === 'expired';
  const base: Hit = {
    recognized: true,
    kind: expired ? 'aws-sigv4-signature-expired' : 'aws-sigv4-signature-not-yet-current',
    family: 'request-signature',
    service: SERVICE,
    evidence: excerpt(text, start, start + m[0].length),
    windowMs,
    direction: expired ? 'behind' : 'ahead',
    consistent: true,
    confidence: 'certain',
    start,
    end: start + m[0].length,
  };
  const problem = unreadable([
    ['signed', aText],
    ['limit', bText],
    ['server', cText],
  ]);
  if (problem) return { ...base, consistent: false, inconsistency: problem };
  const [a, b, c] = [aText, bText, cText].map((s) => parseBasicIso(s)) as [Instant, Instant, Instant];
  const times = { signedAt: iso(a.ms), limit: iso(b.ms), serverTime: iso(c.ms) };
  const expectedLimit = expired ? c.ms - windowMs : c.ms + windowMs;
  if (b.ms !== expectedLimit) {
    return {
      ...base,
      times,
      consistent: false,
      inconsistency: `the limit ${bText} should be the server time ${cText} ${expired ? '−' : '+'} ${nText} min = ${iso(expectedLimit)}, but is not: the text was edited or garbled, so its numbers cannot be trusted`,
    };
  }
  if (expired ? a.ms >= b.ms : a.ms <= b.ms) {
    return {
      ...base,
      times,
      consistent: false,
      inconsistency: `the signing time ${aText} is not ${expired ? 'earlier' : 'later'} than the limit ${bText}, so AWS would have accepted it: the text contradicts itself`,
    };
  }
  const implied = c.ms - a.ms;
  return {
    ...base,
    times,
    impliedOffsetMs: implied,
    offsetBoundMs: { max: implied + 1000 },
    derivation: expired
      ? `Signed at ${aText} by the runner's clock, received at ${cText} by AWS's: ${Math.round(implied / 1000)} s apart, over the ${nText} min AWS allows. That is the runner's offset if the request was sent as soon as it was signed; any time it spent queued or retrying between signing and arrival is part of the ${Math.round(implied / 1000)} s, so the offset is at most that.`
      : `Signed at ${aText} by the runner's clock, received at ${cText} by AWS's: the signature is dated ${Math.round(-implied / 1000)} s after it arrived. Delay cannot make a signature arrive before it was made, so the signer's clock was ahead by at least that much.`,
  };
}

function fromPartial(variant: Variant, text: string, start: number, matched: string): Hit {
  // "Signature expired: ... is now earlier than ..." with the numbers elided or cut off by a log limit.
  const tail = text.slice(start, start + 240);
  const n = /([-+])\s*(\d{1,4})\s*min/.exec(tail);
  const expired = variant === 'expired';
  const hasStamps = /\d{8}T\d{6}Z/.test(tail);
  const lineEnd = tail.indexOf('\n');
  return {
    recognized: true,
    kind: expired ? 'aws-sigv4-signature-expired' : 'aws-sigv4-signature-not-yet-current',
    family: 'request-signature',
    service: SERVICE,
    evidence: excerpt(
      text,
      start,
      start + Math.max(matched.length, lineEnd > 0 ? Math.min(lineEnd, 200) : 200),
    ),
    windowMs: n ? Number(n[2]) * MINUTE_MS : undefined,
    direction: expired ? 'behind' : 'ahead',
    consistent: !hasStamps,
    inconsistency: hasStamps
      ? 'the timestamps are not in the form AWS prints (A is now earlier than B (C - N min.))'
      : undefined,
    confidence: 'certain',
    start,
    end: start + matched.length,
  };
}

export const recognizeSigV4: Recognizer = (text) => {
  const hits: Hit[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m !== null; m = START.exec(text)) {
    const variant: Variant = m[1]!.toLowerCase() === 'expired' ? 'expired' : 'not-yet-current';
    const full = FULL[variant];
    full.lastIndex = m.index;
    const f = full.exec(text);
    if (f) {
      hits.push(fromFull(variant, text, m.index, f));
      START.lastIndex = m.index + f[0].length;
    } else if (awsForm(text, m.index)) {
      hits.push(fromPartial(variant, text, m.index, m[0]));
    }
    if (hits.length >= 100) break;
  }
  return hits;
};
