/**
 * What GitHub's clock says, for the report. Pure: results in, sentences out.
 *
 * GitHub-token failures are judged by GitHub's clock, not AWS's: an App JWT's `iat` and `exp`, and the
 * runner's own OAuth token, are checked against it. When GitHub's API (GITHUB_API_URL, or any server of
 * github.com) is among the sources that decided a clock out of bounds, the note says what that breaks on
 * GitHub's side; when the default GitHub source could not answer, it says why it was asked at all.
 */
import type { Measurement } from '../decide/measure.js';
import { impactsAt } from '../decide/impact.js';
import { PROFILES } from '../config/profiles.js';
import { humanDuration } from '../format.js';
import { sourceKey } from '../decide/verdict.js';
import type { SourceResult } from '../model.js';

function isGithubSource(r: SourceResult): boolean {
  return r.kind === 'https' && (r.details?.from === 'GITHUB_API_URL' || r.operator === 'github.com');
}

/** What a runner this far off breaks for GitHub tokens (offset = GitHub − runner; positive: behind). */
export function githubFailuresAt(offsetMs: number): string {
  const impacts = impactsAt(offsetMs).filter((i) => i.service === 'GitHub App JWTs');
  if (impacts.length > 0) return impacts.map((i) => i.symptom).join('; ');
  // Below the limits: how far there is to go, in the github-app profile's numbers (the gate's own).
  const { ahead, behind } = PROFILES['github-app'];
  return offsetMs < 0
    ? `GitHub App JWTs minted here are refused once the runner is more than ${humanDuration(ahead.maxMs)} ahead ('iat' in GitHub's future)`
    : `GitHub App JWTs minted here are refused once the runner is more than ${humanDuration(behind.maxMs)} behind ('exp' already past for GitHub)`;
}

/** One note, or undefined: GitHub's clock decided a clock out of bounds, or the default source failed. */
export function githubNote(m: Measurement): string | undefined {
  const v = m.verdict;
  const github = m.results.filter(isGithubSource);
  if (github.length === 0) return undefined;
  const deciding = github.find((r) => v.truechimers.includes(sourceKey(r)));
  if (deciding && v.reason === 'judged' && v.status !== 'ok' && v.offsetMs !== undefined) {
    return (
      `GitHub's own clock (${deciding.target}, over TLS) agrees, and it judges the GitHub tokens this job ` +
      `mints: ${githubFailuresAt(v.offsetMs)}. Fix the clock before actions/create-github-app-token or any ` +
      'step that signs a GitHub App JWT.'
    );
  }
  const fromDefault = github.find((r) => r.details?.from === 'GITHUB_API_URL' && r.status !== 'ok');
  if (fromDefault) {
    return (
      `${fromDefault.target} was asked for GitHub's clock because GITHUB_API_URL names it (the default inside ` +
      'GitHub Actions) and gave no time; `https-servers: none` stops asking it, a list of servers replaces it.'
    );
  }
  return undefined;
}
