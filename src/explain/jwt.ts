/**
 * JSON Web Tokens checked against the issuer's claims: GitHub App JWTs and Google service-account JWTs.
 * The runner writes `iat` and `exp` from its own clock; the service compares them with its clock.
 *
 * GitHub App (docs: iat 60 s in the past to allow for drift, exp at most 10 min in the future):
 * - "'Issued at' claim ('iat') must be an Integer representing a time in the past" (older wording: "…the
 *   time that the assertion was issued"): iat is after GitHub's clock. Libraries date iat 30–60 s back,
 *   so the runner was ahead by more than that margin. Direction: ahead; no number.
 * - "'Expiration time' claim ('exp') is too far in the future": exp − GitHub's now > 10 min. Libraries set
 *   exp = now + 10 min (or slightly less), so a runner ahead by more than that margin trips it. Ahead.
 * - "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the
 *   assertion expires": exp is already past by GitHub's clock: the runner was behind by more than the
 *   JWT's lifetime (≤ 10 min), or the JWT was used after it expired. Behind.
 *
 * Google: "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.
 * Check your iat and exp values…": iat/exp out of range of Google's clock, either way, or exp − iat over
 * 60 min. No direction, no number.
 */
import { matches } from './matches.js';
import { excerpt } from './normalize.js';
import { MINUTE_MS, type ErrorKind, type Hit, type Recognizer } from './types.js';

const GITHUB = 'GitHub App authentication (JWT)';
const GOOGLE = 'Google OAuth (service-account JWT)';

interface Rule {
  pattern: RegExp;
  kind: ErrorKind;
  service: string;
  build: () => Partial<Hit>;
}

const RULES: Rule[] = [
  {
    pattern:
      /'?Issued at'? claim \(?'?iat'?\)? must be an Integer representing (?:a time in the past|the time that the assertion was issued)/gi,
    kind: 'github-app-jwt-iat',
    service: GITHUB,
    build: () => ({
      direction: 'ahead',
      confidence: 'likely',
      derivation:
        "GitHub refuses a JWT whose iat is later than its own clock. Libraries date iat 30–60 s in the past, so the runner's clock was ahead by more than that margin, or the JWT was built from a wrong time (local time read as UTC).",
    }),
  },
  {
    pattern: /'?Expiration time'? claim \(?'?exp'?\)? is too far in the future/gi,
    kind: 'github-app-jwt-exp-too-far',
    service: GITHUB,
    build: () => ({
      direction: 'ahead',
      windowMs: 10 * MINUTE_MS,
      offsetBoundMs: { max: 0 },
      confidence: 'likely',
      derivation:
        "GitHub refuses an exp more than 10 minutes after its own clock. Libraries set exp to now + 10 min or a little less, so a runner clock ahead by more than that small margin trips it: the runner's clock was ahead.",
    }),
  },
  {
    pattern: /'?Expiration time'? claim \(?'?exp'?\)? must be a numeric value representing the future time/gi,
    kind: 'github-app-jwt-exp-past',
    service: GITHUB,
    build: () => ({
      direction: 'behind',
      windowMs: 10 * MINUTE_MS,
      offsetBoundMs: { min: 0 },
      confidence: 'likely',
      derivation:
        "GitHub found the JWT's exp already past by its clock: the runner's clock was behind by more than the JWT's lifetime (at most 10 min), or the JWT was used after it had expired.",
    }),
  },
  {
    pattern:
      /Invalid JWT:?\s*Token must be a short-lived token(?:\s*\(60 minutes\))?\s*and in a reasonable timeframe/gi,
    kind: 'google-invalid-jwt-time',
    service: GOOGLE,
    build: () => ({
      windowMs: 60 * MINUTE_MS,
      confidence: 'likely',
      derivation:
        "Google refuses a JWT whose iat or exp is out of range of its clock, or whose lifetime exceeds 60 minutes. The runner's clock is off in one direction or the other, or the token was built with wrong times; the text does not say which.",
    }),
  },
];

export const recognizeJwt: Recognizer = (text) => {
  const hits: Hit[] = [];
  for (const rule of RULES) {
    for (const m of matches(rule.pattern, text, hits, 100)) {
      hits.push({
        recognized: true,
        kind: rule.kind,
        family: 'token',
        service: rule.service,
        evidence: excerpt(
          text,
          m.index,
          m.index + m[0].length + (rule.kind === 'google-invalid-jwt-time' ? 120 : 0),
        ),
        consistent: true,
        start: m.index,
        end: m.index + m[0].length,
        ...rule.build(),
      });
    }
  }
  return hits;
};
