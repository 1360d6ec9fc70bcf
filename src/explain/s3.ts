/**
 * Amazon S3's time errors, which carry their own XML fields.
 *
 * RequestTimeTooSkewed: <RequestTime> is the signer's X-Amz-Date (basic ISO) or Date header (RFC 1123),
 * <ServerTime> is S3's clock, <MaxAllowedSkewMilliseconds> the window (900 000 = 15 min).
 *   offset = (ServerTime − d) − RequestTime with d ≥ 0 the time between signing and S3's check, so the
 *   implied offset is ServerTime − RequestTime (d ≈ 0), and it is an upper bound. S3 checks some uploads
 *   when the body has arrived, so a slow large upload makes d large with a correct clock.
 *   Consistency: |ServerTime − RequestTime| must exceed the window, or S3 would not have complained.
 *
 * Presigned URL "Request has expired": <X-Amz-Expires> (the lifetime in seconds, SigV4 only),
 * <Expires> (signing time + lifetime), <ServerTime>. The URL was signed at Expires − X-Amz-Expires.
 *   offset = (ServerTime − u) − signedAt with u ≥ 0 the time between making the URL and using it, so
 *   ServerTime − signedAt is the implied offset if the URL was used at once, and an upper bound always.
 *   Without X-Amz-Expires (SigV2 URLs, other S3-compatible stores) only the lateness ServerTime − Expires
 *   follows. Consistency: ServerTime must be after Expires.
 *
 * Presigned URL "Request is not yet valid": <X-Amz-Date> (S3 prints it in Unix milliseconds), <ServerTime>.
 *   offset ≤ ServerTime − X-Amz-Date < 0: the signer's clock was ahead by at least X-Amz-Date − ServerTime.
 */
import { matches } from './matches.js';
import { excerpt } from './normalize.js';
import {
  iso,
  parseBasicIso,
  parseEpoch,
  parseInstant,
  parseIso,
  parseRfc1123,
  type Instant,
} from './time.js';
import type { Hit, Recognizer } from './types.js';

const SERVICE = 'Amazon S3 (or an S3-compatible store)';

function field(region: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>\\s*([^<]{0,80}?)\\s*</${name}>`, 'i').exec(region);
  return m ? m[1] : undefined;
}

/** From the match to the end of its <Error> element (or a bounded stretch), plus a little before it. */
function regionOf(text: string, start: number, length: number): { from: number; to: number } {
  const from = Math.max(0, start - 600);
  const close = text.slice(start, start + 2500).search(/<\/Error>/i);
  const to = close >= 0 ? start + close + '</Error>'.length : Math.min(text.length, start + length + 400);
  return { from, to };
}

function readRequestTime(s: string): Instant | undefined {
  return parseBasicIso(s) ?? parseRfc1123(s) ?? parseIso(s);
}

const SKEWED =
  /RequestTimeTooSkewed|difference between the request time and the (?:current|server'?s?) time is too large/gi;
const EXPIRED = /Request has expired/gi;
const NOT_YET = /Request is not yet valid/gi;

function skewed(text: string): Hit[] {
  const hits: Hit[] = [];
  let coveredTo = -1;
  for (const m of matches(SKEWED, text, hits, 50)) {
    if (m.index < coveredTo) continue;
    const { from, to } = regionOf(text, m.index, m[0].length);
    coveredTo = to;
    const region = text.slice(from, to);
    const reqText = field(region, 'RequestTime');
    const srvText = field(region, 'ServerTime');
    const maxText = field(region, 'MaxAllowedSkewMilliseconds');
    const windowMs = maxText !== undefined && /^\d+$/.test(maxText) ? Number(maxText) : 900_000;
    const xmlAt = region.search(/<\?xml|<Error>/i);
    const evidenceStart = xmlAt >= 0 ? Math.min(m.index, from + xmlAt) : m.index;
    const hit: Hit = {
      recognized: true,
      kind: 's3-request-time-too-skewed',
      family: 'request-signature',
      service: SERVICE,
      evidence: excerpt(text, evidenceStart, reqText || srvText ? to : m.index + m[0].length + 120),
      windowMs,
      consistent: true,
      confidence: 'certain',
      start: m.index,
      end: Math.max(to, m.index + m[0].length),
    };
    if (reqText === undefined || srvText === undefined) {
      hits.push(hit);
      continue;
    }
    const req = readRequestTime(reqText);
    const srv = parseInstant(srvText);
    if (!req || !srv) {
      hits.push({
        ...hit,
        consistent: false,
        inconsistency: `unreadable time: ${!req ? `RequestTime '${reqText}'` : `ServerTime '${srvText}'`}`,
      });
      continue;
    }
    const implied = srv.ms - req.ms;
    const times = { signedAt: iso(req.ms), serverTime: iso(srv.ms) };
    if (Math.abs(implied) <= windowMs) {
      hits.push({
        ...hit,
        times,
        consistent: false,
        inconsistency: `RequestTime and ServerTime are ${Math.round(Math.abs(implied) / 1000)} s apart, within the ${windowMs / 1000} s S3 allows, so S3 would not have refused the request on time: the text was edited or comes from a store with other rules`,
      });
      continue;
    }
    hits.push({
      ...hit,
      times,
      direction: implied > 0 ? 'behind' : 'ahead',
      impliedOffsetMs: implied,
      offsetBoundMs: { max: implied + req.resolutionMs },
      derivation:
        implied > 0
          ? `Signed at ${reqText} by the runner's clock, checked at ${srvText} by S3's: ${Math.round(implied / 1000)} s later, over the ${windowMs / 60_000} min S3 allows. That is the runner's offset if the request reached S3 as soon as it was signed; time spent queued, retrying or uploading a large body is included, so the offset is at most that.`
          : `Signed at ${reqText} by the runner's clock, checked at ${srvText} by S3's: the signature is dated ${Math.round(-implied / 1000)} s after S3's clock, so the signer's clock was ahead by at least that much.`,
    });
  }
  return hits;
}

function presigned(text: string, re: RegExp, notYet: boolean): Hit[] {
  const hits: Hit[] = [];
  let coveredTo = -1;
  for (const m of matches(re, text, hits, 50)) {
    if (m.index < coveredTo) continue;
    const { from, to } = regionOf(text, m.index, m[0].length);
    const region = text.slice(from, to);
    const expiresText = field(region, 'Expires');
    const serverText = field(region, 'ServerTime');
    const lifetimeText = field(region, 'X-Amz-Expires');
    const amzDateText = field(region, 'X-Amz-Date');
    // Without any S3 field this is some other service's "Request has expired" (EC2's RequestExpired).
    if (!expiresText && !serverText && !/<Code>\s*AccessDenied/i.test(region)) continue;
    if (/RequestExpired/.test(region)) continue;
    coveredTo = to;
    const xmlAt = region.search(/<\?xml|<Error>/i);
    const start = xmlAt >= 0 ? Math.min(from + xmlAt, m.index) : m.index;
    const hit: Hit = {
      recognized: true,
      kind: notYet ? 's3-presigned-url-not-yet-valid' : 's3-presigned-url-expired',
      family: 'presigned-url',
      service: SERVICE,
      evidence: excerpt(text, start, to),
      direction: notYet ? 'ahead' : 'behind',
      consistent: true,
      confidence: 'certain',
      start,
      end: Math.max(to, m.index + m[0].length),
    };
    const server = serverText !== undefined ? parseInstant(serverText) : undefined;
    if (serverText !== undefined && !server) {
      hits.push({ ...hit, consistent: false, inconsistency: `unreadable ServerTime '${serverText}'` });
      continue;
    }
    if (notYet) {
      const signed =
        amzDateText !== undefined ? (parseEpoch(amzDateText) ?? parseBasicIso(amzDateText)) : undefined;
      if (!server || !signed) {
        hits.push(
          amzDateText !== undefined && !signed
            ? { ...hit, consistent: false, inconsistency: `unreadable X-Amz-Date '${amzDateText}'` }
            : hit,
        );
        continue;
      }
      const implied = server.ms - signed.ms;
      const times = { signedAt: iso(signed.ms), serverTime: iso(server.ms) };
      if (implied >= 0) {
        hits.push({
          ...hit,
          times,
          consistent: false,
          inconsistency: `X-Amz-Date ${iso(signed.ms)} is not after ServerTime ${serverText}, so the URL was already valid: the text contradicts itself`,
        });
        continue;
      }
      hits.push({
        ...hit,
        times,
        impliedOffsetMs: implied,
        offsetBoundMs: { max: implied + signed.resolutionMs },
        derivation: `The URL was signed at ${iso(signed.ms)} by its signer's clock and used at ${serverText} by S3's: ${Math.round(-implied / 1000)} s before it was made. The signer's clock was ahead by at least that much.`,
      });
      continue;
    }
    const expires = expiresText !== undefined ? parseInstant(expiresText) : undefined;
    if (expiresText !== undefined && !expires) {
      hits.push({ ...hit, consistent: false, inconsistency: `unreadable Expires '${expiresText}'` });
      continue;
    }
    if (!expires || !server) {
      hits.push(hit);
      continue;
    }
    const lateMs = server.ms - expires.ms;
    const times: Record<string, string> = { expires: iso(expires.ms), serverTime: iso(server.ms) };
    if (lateMs <= 0) {
      hits.push({
        ...hit,
        times,
        consistent: false,
        inconsistency: `ServerTime ${serverText} is not after Expires ${expiresText}, so the URL had not expired: the text contradicts itself`,
      });
      continue;
    }
    const lifetimeS =
      lifetimeText !== undefined && /^\d{1,9}$/.test(lifetimeText) ? Number(lifetimeText) : undefined;
    if (lifetimeS === undefined) {
      hits.push({
        ...hit,
        times,
        derivation: `The URL expired at ${expiresText} and was used at ${serverText} by S3's clock, ${Math.round(lateMs / 1000)} s late. Without X-Amz-Expires the signing time, and so the signer's offset, does not follow.`,
      });
      continue;
    }
    const signedMs = expires.ms - lifetimeS * 1000;
    const implied = server.ms - signedMs;
    times.signedAt = iso(signedMs);
    hits.push({
      ...hit,
      times,
      windowMs: lifetimeS * 1000,
      impliedOffsetMs: implied,
      offsetBoundMs: { max: implied + 1000 },
      derivation: `Signed at ${iso(signedMs)} (Expires ${expiresText} − X-Amz-Expires ${lifetimeS} s) by the signer's clock, used at ${serverText} by S3's: ${Math.round(implied / 1000)} s later, over its ${lifetimeS} s lifetime. That is the signer's offset only if the URL was used as soon as it was made; otherwise the URL simply outlived its lifetime.`,
    });
  }
  return hits;
}

export const recognizeS3: Recognizer = (text) => [
  ...skewed(text),
  ...presigned(text, EXPIRED, false),
  ...presigned(text, NOT_YET, true),
];
