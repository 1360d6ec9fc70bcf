/**
 * What a clock offset of a given size and direction breaks. Pure: the limits are facts about the
 * services, not measurements.
 */
import { humanDuration } from '../format.js';
import { PROFILES } from '../config/profiles.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
// GitHub App JWT limits are the github-app profile's (one source of truth for the gate and the words).
const GITHUB_APP = PROFILES['github-app'];

export interface Impact {
  /** Who enforces it. */
  service: string;
  /** The window they allow, ms. */
  limitMs: number;
  /** What the user will see, in the tool's own words. */
  symptom: string;
}

/** Everything that fails at this offset (positive = runner behind). */
export function impactsAt(offsetMs: number): Impact[] {
  const abs = Math.abs(offsetMs);
  const behind = offsetMs > 0;
  const impacts: Impact[] = [];
  if (abs > 5 * MINUTE_MS) {
    impacts.push({
      service: 'AWS Signature V4',
      limitMs: 5 * MINUTE_MS,
      symptom: behind
        ? "the aws CLI, boto3 and Terraform will fail with 'Signature expired: … is now earlier than …' (5 min limit); the JavaScript SDK v3 hides it by correcting its own skew"
        : "the aws CLI, boto3 and Terraform will fail with 'Signature not yet current: … is still later than …' (5 min limit); the JavaScript SDK v3 hides it by correcting its own skew",
    });
    impacts.push({
      service: 'Kerberos',
      limitMs: 5 * MINUTE_MS,
      symptom: "Kerberos authentication fails with KRB_AP_ERR_SKEW 'Clock skew too great' (5 min default)",
    });
  }
  if (abs > 15 * MINUTE_MS) {
    impacts.push({
      service: 'AWS STS and S3',
      limitMs: 15 * MINUTE_MS,
      symptom: 'STS and S3 reject even their 15 min window: S3 answers RequestTimeTooSkewed',
    });
  }
  if (!behind && abs > GITHUB_APP.ahead.maxMs) {
    impacts.push({
      service: 'GitHub App JWTs',
      limitMs: GITHUB_APP.ahead.maxMs,
      symptom: `GitHub App tokens minted here are refused: 'iat' lies in GitHub's future (it is back-dated only ${humanDuration(GITHUB_APP.ahead.maxMs)})`,
    });
  }
  if (behind && abs > GITHUB_APP.behind.maxMs) {
    impacts.push({
      service: 'GitHub App JWTs',
      limitMs: GITHUB_APP.behind.maxMs,
      symptom: `GitHub App tokens minted here are refused: their 'exp' (${humanDuration(GITHUB_APP.behind.maxMs)} after signing) is already past for GitHub`,
    });
  }
  if (abs > DAY_MS) {
    impacts.push({
      service: 'TLS',
      limitMs: DAY_MS,
      symptom: behind
        ? "recently issued TLS certificates look 'not yet valid', and apt refuses Release files 'not valid yet'"
        : "TLS certificates near their end look 'expired'",
    });
  }
  return impacts;
}

/** One sentence: what breaks, or that nothing does yet and how close the nearest limit is. */
export function describeImpact(offsetMs: number): string {
  const impacts = impactsAt(offsetMs);
  if (impacts.length > 0) {
    const text = impacts.map((i) => i.symptom).join('; ') + '.';
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  const abs = Math.abs(offsetMs);
  const awsLimit = 5 * MINUTE_MS;
  if (abs >= 1000) {
    return `AWS still accepts signatures at this size (limit 5 min, ${humanDuration(awsLimit - abs)} to go), but a clock this far off is drifting or unsynchronised.`;
  }
  return 'Nothing breaks at this size.';
}
