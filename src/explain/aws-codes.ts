/**
 * AWS error codes that name a time problem without printing the times (query APIs such as EC2, and SDK
 * exceptions that keep only the code): RequestExpired, RequestInTheFuture, AuthFailure.
 *
 * Per the EC2 API reference, RequestExpired means the request arrived more than 15 minutes after its date
 * stamp, or the stamp is more than 15 minutes in the future, or temporary credentials expired: the
 * direction does not follow from the code alone (only MWS's "too far in the past" wording gives it).
 * AuthFailure is what EC2 answers for a skewed clock and for wrong credentials alike: only "possible".
 */
import { matches } from './matches.js';
import { excerpt } from './normalize.js';
import { iso, parseIso } from './time.js';
import { MINUTE_MS, type Hit, type Recognizer } from './types.js';

const SERVICE = 'AWS (query APIs: EC2 and others)';

const PATTERN =
  /\bRequestExpired\b|Request has expired|Request signature is too far in the (?:past|future)|\bRequestInTheFuture\b|\bAuthFailure\b|AWS was not able to validate the provided access credentials/gi;

/**
 * What the words after a RequestExpired say: which way (MWS's "too far in the past|future") and when it
 * was signed ("Timestamp date is …"). Only what the hit does not know yet is filled in, so that a code and
 * its message merged into one hit keep what either of them said.
 */
function readExpiredDetails(hit: Hit, text: string, at: number): void {
  const after = text.slice(at, at + 300);
  const wording = /too far in the (past|future)/i.exec(after)?.[1]?.toLowerCase();
  if (wording && !hit.direction) hit.direction = wording === 'past' ? 'behind' : 'ahead';
  const stamp = /Timestamp date(?: is|:)\s*(\d{4}-\d{2}-\d{2}T[0-9:.]{8,20}Z)/i.exec(after);
  const signed = stamp ? parseIso(stamp[1]!) : undefined;
  if (signed && !hit.times) hit.times = { signedAt: iso(signed.ms) };
}

export const recognizeAwsCodes: Recognizer = (text) => {
  const hits: Hit[] = [];
  let last: Hit | undefined;
  for (const m of matches(PATTERN, text, hits, 50)) {
    const word = m[0].toLowerCase();
    const kind =
      word === 'requestinthefuture'
        ? 'aws-request-in-the-future'
        : word.includes('authfailure') || word.includes('not able to validate')
          ? 'aws-auth-failure'
          : 'aws-request-expired';
    // The code and its message are one error: extend the previous hit instead of adding another.
    if (last && last.kind === kind && m.index - last.end < 300) {
      last.end = m.index + m[0].length;
      last.evidence = excerpt(text, last.start, last.end + 60);
      if (kind === 'aws-request-expired') readExpiredDetails(last, text, m.index);
      continue;
    }
    const near = text.slice(Math.max(0, m.index - 300), m.index + 400);
    // S3's presigned-URL XML says "Request has expired" too; s3.ts reads that one with its fields.
    if (
      kind === 'aws-request-expired' &&
      !/RequestExpired/.test(near) &&
      /<ServerTime>|<Expires>|X-Amz-Expires|AccessDenied/i.test(near)
    ) {
      continue;
    }
    const hit: Hit = {
      recognized: true,
      kind,
      family: 'request-signature',
      service: SERVICE,
      evidence: excerpt(text, m.index, m.index + m[0].length + 80),
      consistent: true,
      confidence: kind === 'aws-auth-failure' ? 'possible' : 'likely',
      start: m.index,
      end: m.index + m[0].length,
    };
    if (kind === 'aws-request-expired') {
      hit.windowMs = 15 * MINUTE_MS;
      readExpiredDetails(hit, text, m.index);
      hit.derivation =
        'The service refused the request as too old (or dated too far ahead): its signing time and the service clock differ by more than 15 minutes, or temporary credentials expired. The text gives no server time, so no offset follows.';
    } else if (kind === 'aws-request-in-the-future') {
      hit.direction = 'ahead';
      hit.derivation =
        "The request was dated after the service's clock: the signer's clock was ahead. The text gives no times.";
    } else {
      hit.derivation =
        'EC2 answers AuthFailure both for wrong credentials and for a signature whose date is too far from its clock. If the credentials are right, suspect the clock.';
    }
    hits.push(hit);
    last = hit;
  }
  return hits;
};
