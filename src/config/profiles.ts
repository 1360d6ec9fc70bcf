/**
 * Tolerances per consumer: what the credentials a job uses next will stand, on each side of true time.
 * Pure data and one pure function. Each number is the consumer's documented limit (the README's
 * "Tolerances per consumer" table cites each); the gate fails at that limit and warns before it (at half of
 * it, or earlier where a consumer's own slack is small: oidc at 5 s, strict at 1 s), so that a warning
 * leaves room to fix the clock before the consumer breaks. Combined profiles take the strictest
 * limit per side; an explicit warn-offset or max-offset wins over every profile, on both sides.
 */
import type { SideLimits, Thresholds } from '../model.js';

export const PROFILE_NAMES = ['aws', 'github-app', 'kerberos', 'oidc', 'strict'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

interface SideTolerance {
  warnMs: number;
  maxMs: number;
  /** What breaks beyond maxMs, in the consumer's terms. */
  breaks: string;
}

export interface Profile {
  ahead: SideTolerance;
  behind: SideTolerance;
}

const MIN = 60_000;

export const PROFILES: Record<ProfileName, Profile> = {
  // AWS SigV4: "a request must reach AWS within five minutes of the time stamp in the request" (IAM user
  // guide, "AWS Signature Version 4 for API requests"). STS and S3 allow 15 min; the strictest service
  // decides, because one deploy calls many.
  aws: {
    ahead: {
      warnMs: 2.5 * MIN,
      maxMs: 5 * MIN,
      breaks: "AWS rejects SigV4 signatures more than 5 min in its future ('Signature not yet current')",
    },
    behind: {
      warnMs: 2.5 * MIN,
      maxMs: 5 * MIN,
      breaks: "AWS rejects SigV4 signatures more than 5 min old ('Signature expired')",
    },
  },
  // GitHub's "Generating a JSON Web Token (JWT) for a GitHub App": exp no more than 10 min into the future,
  // iat recommended 60 s in the past. universal-github-app-jwt (octokit's auth-app, and so
  // actions/create-github-app-token) sets iat = now − 30 s and exp = iat + 10 min = now + 9 m 30 s: a runner
  // more than 30 s ahead sends an iat in GitHub's future and an exp more than 10 min ahead; more than
  // 9 m 30 s behind, a JWT that has already expired.
  'github-app': {
    ahead: {
      warnMs: 15_000,
      maxMs: 30_000,
      breaks:
        "GitHub rejects the App JWT: its iat (30 s back-dated) is in GitHub's future and its exp more than 10 min ahead",
    },
    behind: {
      warnMs: 4.75 * MIN,
      maxMs: 9.5 * MIN,
      breaks:
        "GitHub rejects the App JWT as expired: its exp (9 m 30 s after signing) is already past by GitHub's clock",
    },
  },
  // MIT krb5 and Heimdal: libdefaults clockskew, 300 s by default (krb5.conf(5)).
  kerberos: {
    ahead: {
      warnMs: 2.5 * MIN,
      maxMs: 5 * MIN,
      breaks: "the KDC refuses requests beyond its clockskew (300 s by default): 'Clock skew too great'",
    },
    behind: {
      warnMs: 2.5 * MIN,
      maxMs: 5 * MIN,
      breaks: "the KDC refuses requests beyond its clockskew (300 s by default): 'Clock skew too great'",
    },
  },
  // OpenID Connect Core 1.0 §2 leaves the leeway to implementers ("usually no more than a few minutes").
  // Verifiers on the runner: auth0.js and its idtoken-verifier 60 s; jsonwebtoken and jose 0 s (their
  // clockTolerance option), hence the warning at 5 s.
  oidc: {
    ahead: {
      warnMs: 5_000,
      maxMs: 60_000,
      breaks:
        'OIDC verifiers with a 60 s leeway (auth0.js) reject tokens as issued in the future or expired early',
    },
    behind: {
      warnMs: 5_000,
      maxMs: 60_000,
      breaks:
        "OIDC verifiers with a 60 s leeway (auth0.js) reject fresh tokens as not yet valid ('nbf', 'iat')",
    },
  },
  // No consumer: for machines that should never be more than a few seconds off.
  strict: {
    ahead: { warnMs: 1_000, maxMs: 5_000, breaks: 'strict allows at most 5 s' },
    behind: { warnMs: 1_000, maxMs: 5_000, breaks: 'strict allows at most 5 s' },
  },
};

export interface ThresholdRequest {
  profiles: readonly ProfileName[];
  /** Explicit warn-offset / max-offset (the user wrote them): they win on both sides. */
  warnOffsetMs?: number;
  maxOffsetMs?: number;
  /** The defaults when neither a profile nor an explicit value sets a limit. */
  defaultWarnMs: number;
  defaultMaxMs: number;
}

function side(which: 'ahead' | 'behind', r: ThresholdRequest): SideLimits {
  const limits: SideLimits = { warnMs: r.defaultWarnMs, maxMs: r.defaultMaxMs };
  if (r.profiles.length > 0) {
    limits.warnMs = Infinity;
    limits.maxMs = Infinity;
    for (const name of r.profiles) {
      const t = PROFILES[name][which];
      // The strictest wins; on a tie the first named keeps it.
      if (t.warnMs < limits.warnMs) {
        limits.warnMs = t.warnMs;
        limits.warnBy = { profile: name, breaks: t.breaks };
      }
      if (t.maxMs < limits.maxMs) {
        limits.maxMs = t.maxMs;
        limits.maxBy = { profile: name, breaks: t.breaks };
      }
    }
  }
  if (r.warnOffsetMs !== undefined) {
    limits.warnMs = r.warnOffsetMs;
    delete limits.warnBy;
  }
  if (r.maxOffsetMs !== undefined) {
    limits.maxMs = r.maxOffsetMs;
    delete limits.maxBy;
  }
  // A warning above the failure limit would never be seen: the failure comes first.
  if (limits.warnMs > limits.maxMs) {
    limits.warnMs = limits.maxMs;
    if (limits.maxBy) limits.warnBy = limits.maxBy;
    else delete limits.warnBy;
  }
  return limits;
}

/** The thresholds a configuration asks for, per side; symmetric and without sides when no profile is set. */
export function resolveThresholds(r: ThresholdRequest): Thresholds {
  const ahead = side('ahead', r);
  const behind = side('behind', r);
  const t: Thresholds = {
    warnOffsetMs: Math.min(ahead.warnMs, behind.warnMs),
    maxOffsetMs: Math.min(ahead.maxMs, behind.maxMs),
  };
  if (r.profiles.length > 0) t.sides = { ahead, behind };
  return t;
}

/** `aws,github-app` → the names, each known and given once. */
export function parseProfiles(text: string): ProfileName[] | { bad: string } | { twice: string } {
  const names = text
    .split(/[,\s]+/)
    .map((n) => n.trim().toLowerCase())
    .filter((n) => n !== '');
  const out: ProfileName[] = [];
  for (const n of names) {
    if (!(PROFILE_NAMES as readonly string[]).includes(n)) return { bad: n };
    if (out.includes(n as ProfileName)) return { twice: n };
    out.push(n as ProfileName);
  }
  return out;
}
