/**
 * JWT libraries that verify a token on the runner, against the runner's clock: the token's issuer (an
 * identity provider, a service) dated it with its own clock. So the direction is the other way round from
 * GitHub App JWTs (jwt.ts), where the runner makes the token and the service checks it.
 *
 * Not yet valid (iat or nbf after the runner's now): the issuer dated the token before it was verified, so
 * the runner's clock was behind the issuer's. Libraries print no runner time (PyJWT, jose, go-jose,
 * golang-jwt) or only the token's nbf (jsonwebtoken's `date`), so only the direction follows.
 * Expired (exp before the runner's now): usually the token really expired (kept too long); only if it was
 * fresh was the runner's clock ahead. Direction ahead, "possible".
 *
 * google-auth prints both numbers: "Token used too early, NOW < IAT" (NOW the runner's clock, IAT the
 * issuer's, whole seconds), raised when NOW < IAT − its clock-skew allowance. The token was issued before
 * it was verified, so the offset is at least IAT − NOW − 1 s (the 1 s for the two truncations), and about
 * IAT − NOW if it was verified as soon as it was issued. "Token expired, LATEST < NOW", LATEST = exp + the
 * allowance: only if the token was still valid was the runner ahead, by at least NOW − LATEST.
 *
 * openid-client 5 prints the runner's clock too: "JWT not active yet, now N, nbf M" (N = the runner's whole
 * seconds plus the clock tolerance, which only makes N larger), so the offset is at least M − N − 1 s; "JWT
 * expired, now N, exp E" (N = seconds minus the tolerance): only if the token was fresh was the runner ahead,
 * by at least N − E. openid-client 6 (oauth4webapi) names the claim but prints its numbers only as a nested
 * object that console output folds away ("claims: [Object]"): direction only.
 *
 * A maximum token age (jose's maxTokenAge, oauth4webapi's 1 h on authorization responses) fails the other
 * way: "iat … too far in the past" is a token older than allowed by the runner's clock, so the runner was
 * ahead or the token is really old, never behind.
 *
 * Each library's own wording and exception name are required, never a bare phrase: "Signature has expired"
 * alone is also what other services say, and gpg's "Signature expired" is about something else entirely.
 */
import { matches } from './matches.js';
import { excerpt } from './normalize.js';
import { iso } from './time.js';
import type { ErrorKind, Hit, Recognizer } from './types.js';

const VERIFY = 'JWT verification on the runner';

interface Rule {
  pattern: RegExp;
  kind: ErrorKind;
  service: string;
  /** A maximum token age was exceeded, not an exp: the token is old, or the runner's clock is ahead. */
  tooOld?: boolean;
}

const RULES: Rule[] = [
  // PyJWT
  {
    pattern: /ImmatureSignatureError:?\s*The token is not yet valid \((?:iat|nbf)\)/g,
    kind: 'jwt-not-yet-valid',
    service: `${VERIFY} (PyJWT)`,
  },
  {
    pattern: /ExpiredSignatureError:?\s*Signature has expired/g,
    kind: 'jwt-expired',
    service: `${VERIFY} (PyJWT)`,
  },
  // jsonwebtoken (Node)
  {
    pattern: /NotBeforeError:?\s*jwt not active/g,
    kind: 'jwt-not-yet-valid',
    service: `${VERIFY} (jsonwebtoken)`,
  },
  { pattern: /TokenExpiredError:?\s*jwt expired/g, kind: 'jwt-expired', service: `${VERIFY} (jsonwebtoken)` },
  // jose (Node): the claim name is quoted in the message; for iat the reason in brackets says which way.
  {
    pattern:
      /"nbf" claim timestamp check failed|"iat" claim timestamp check failed \(it should be in the past\)/g,
    kind: 'jwt-not-yet-valid',
    service: `${VERIFY} (jose)`,
  },
  { pattern: /"exp" claim timestamp check failed/g, kind: 'jwt-expired', service: `${VERIFY} (jose)` },
  {
    pattern: /"iat" claim timestamp check failed \(too far in the past\)/g,
    kind: 'jwt-expired',
    service: `${VERIFY} (jose)`,
    tooOld: true,
  },
  // openid-client 6 and oauth4webapi (Node)
  {
    pattern: /unexpected JWT "nbf" \(not before\) claim value/g,
    kind: 'jwt-not-yet-valid',
    service: `${VERIFY} (openid-client / oauth4webapi)`,
  },
  {
    pattern: /unexpected JWT "exp" \(expiration time\) claim value, expiration is past current timestamp/g,
    kind: 'jwt-expired',
    service: `${VERIFY} (openid-client / oauth4webapi)`,
  },
  {
    pattern: /unexpected JWT "iat" \(issued at\) claim value, it is too far in the past/g,
    kind: 'jwt-expired',
    service: `${VERIFY} (openid-client / oauth4webapi)`,
    tooOld: true,
  },
  // go-jose and golang-jwt (Go)
  {
    pattern:
      /go-jose\/jwt: validation (?:field|failed), token (?:issued in the future \(iat\)|not valid yet \(nbf\))|token has invalid claims: token (?:is not valid yet|used before issued)/g,
    kind: 'jwt-not-yet-valid',
    service: `${VERIFY} (Go)`,
  },
  {
    pattern:
      /go-jose\/jwt: validation failed, token is expired \(exp\)|token has invalid claims: token is expired/g,
    kind: 'jwt-expired',
    service: `${VERIFY} (Go)`,
  },
];

// openid-client 5 (and 4, which also checked iat): the runner's seconds and the token's.
const OPENID_CLIENT_EARLY =
  /JWT (?:not active yet|issued in the future), now (\d{9,11}), (nbf|iat) (\d{9,11})/g;
const OPENID_CLIENT_EXPIRED = /JWT expired, now (\d{9,11}), exp (\d{9,11})/g;
const OPENID_CLIENT = `${VERIFY} (openid-client)`;

function openidClientHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const [re, early] of [
    [OPENID_CLIENT_EARLY, true],
    [OPENID_CLIENT_EXPIRED, false],
  ] as const) {
    for (const m of matches(re, text, hits, 50)) {
      const end = m.index + m[0].length;
      const now = Number(m[1]) * 1000;
      const claim = early ? m[2]! : 'exp';
      const at = Number(early ? m[3] : m[2]) * 1000;
      const base: Hit = {
        recognized: true,
        kind: early ? 'jwt-not-yet-valid' : 'jwt-expired',
        family: 'token',
        service: OPENID_CLIENT,
        evidence: excerpt(text, m.index, end),
        direction: early ? 'behind' : 'ahead',
        consistent: true,
        confidence: early ? 'certain' : 'possible',
        start: m.index,
        end,
      };
      if (early ? at <= now : at > now) {
        hits.push({
          ...base,
          consistent: false,
          inconsistency: `now ${m[1]} does not fit ${claim} ${early ? m[3] : m[2]}`,
        });
        continue;
      }
      const times = {
        runnerTime: iso(now),
        [early ? (claim === 'nbf' ? 'notBefore' : 'issuedAt') : 'expires']: iso(at),
      };
      hits.push(
        early
          ? {
              ...base,
              times,
              offsetBoundMs: { min: at - now - 1000 },
              derivation: `The runner's clock read ${m[1]} (plus any clock tolerance) when it checked a token whose ${claim} is ${m[3]} by its issuer's clock. The token was dated before it was checked, so the runner's clock was behind by at least ${(at - now) / 1000 - 1} s (whole seconds on both sides).`,
            }
          : {
              ...base,
              times,
              offsetBoundMs: { max: at - now + 1000 },
              derivation: `The runner's clock read ${m[1]} (minus any clock tolerance), ${(now - at) / 1000} s after the token's exp (${m[2]}). Usually the token really expired; only if it was still valid was the runner's clock ahead, by at least that much.`,
            },
      );
    }
  }
  return hits;
}

const GOOGLE_EARLY = /Token used too early,\s*(\d{9,11})\s*<\s*(\d{9,11})/g;
const GOOGLE_EXPIRED = /Token expired,\s*(\d{9,11})\s*<\s*(\d{9,11})/g;
const GOOGLE = 'google-auth token verification on the runner';

function jsonwebtokenDate(text: string, from: number, name: 'date' | 'expiredAt'): string | undefined {
  // `date: 2026-11-27T17:44:12.000Z` in the error's printed fields, after its stack trace.
  const m = new RegExp(`\\b${name}:\\s*'?(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?Z)`).exec(
    text.slice(from, from + 4000),
  );
  return m?.[1];
}

function libraryHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const rule of RULES) {
    for (const m of matches(rule.pattern, text, hits, 100)) {
      const notYet = rule.kind === 'jwt-not-yet-valid';
      const end = m.index + m[0].length;
      const hit: Hit = {
        recognized: true,
        kind: rule.kind,
        family: 'token',
        service: rule.service,
        evidence: excerpt(text, m.index, end),
        direction: notYet ? 'behind' : 'ahead',
        consistent: true,
        confidence: notYet ? 'likely' : 'possible',
        derivation: notYet
          ? "The token's iat or nbf, written by its issuer's clock, is later than the runner's clock: the runner's clock was behind the issuer's (or the issuer's clock is ahead). The text gives no runner time, so how far does not follow."
          : rule.tooOld
            ? "The token's iat is longer ago than the verifier's maximum token age, by the runner's clock. Usually the token really is that old; only if it was fresh was the runner's clock ahead. The text gives no runner time."
            : "The token's exp is earlier than the runner's clock. Usually the token really expired (it was kept too long); only if it was fresh was the runner's clock ahead. The text gives no runner time.",
        start: m.index,
        end,
      };
      if (rule.service.endsWith('(jsonwebtoken)')) {
        const at = jsonwebtokenDate(text, end, notYet ? 'date' : 'expiredAt');
        if (at) hit.times = { [notYet ? 'notBefore' : 'expires']: at };
      }
      hits.push(hit);
    }
  }
  return hits;
}

function googleHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const [re, early] of [
    [GOOGLE_EARLY, true],
    [GOOGLE_EXPIRED, false],
  ] as const) {
    for (const m of matches(re, text, hits, 50)) {
      const end = m.index + m[0].length;
      const base: Hit = {
        recognized: true,
        kind: early ? 'google-auth-token-used-too-early' : 'google-auth-token-expired',
        family: 'token',
        service: GOOGLE,
        evidence: excerpt(text, m.index, end),
        direction: early ? 'behind' : 'ahead',
        consistent: true,
        confidence: early ? 'certain' : 'possible',
        start: m.index,
        end,
      };
      if (early) {
        const [now, iat] = [Number(m[1]) * 1000, Number(m[2]) * 1000];
        if (iat <= now) {
          hits.push({ ...base, consistent: false, inconsistency: `${m[1]} is not earlier than ${m[2]}` });
          continue;
        }
        const gap = iat - now;
        hits.push({
          ...base,
          times: { runnerTime: iso(now), issuedAt: iso(iat) },
          impliedOffsetMs: gap,
          offsetBoundMs: { min: gap - 1000 },
          derivation: `The runner's clock read ${m[1]} when it checked a token issued at ${m[2]} by its issuer's clock: ${gap / 1000} s before it was issued. It was issued before it was checked, so the runner's clock was behind by at least ${gap / 1000 - 1} s (whole seconds on both sides), and by about ${gap / 1000} s if it was checked as soon as it was issued.`,
        });
      } else {
        const [latest, now] = [Number(m[1]) * 1000, Number(m[2]) * 1000];
        if (latest >= now) {
          hits.push({ ...base, consistent: false, inconsistency: `${m[1]} is not earlier than ${m[2]}` });
          continue;
        }
        hits.push({
          ...base,
          times: { runnerTime: iso(now), expiresWithAllowance: iso(latest) },
          offsetBoundMs: { max: latest - now + 1000 },
          derivation: `The runner's clock read ${m[2]}, ${(now - latest) / 1000} s after the token's exp plus google-auth's clock-skew allowance (${m[1]}). Usually the token really expired; only if it was still valid was the runner's clock ahead, by at least that much.`,
        });
      }
    }
  }
  return hits;
}

export const recognizeJwtLibraries: Recognizer = (text) => [
  ...libraryHits(text),
  ...openidClientHits(text),
  ...googleHits(text),
];
