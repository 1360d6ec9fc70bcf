/**
 * Which network paths the asked sources need, in words for a fix: only what this run asked (NTP, NTS, and
 * the HTTPS references by name: AWS, GitHub's API, the hosts named in https-servers). Pure.
 */
import type { SourceResult } from '../model.js';

/** Beyond this many HTTPS hosts the list says how many more, so one line stays one line. */
const MAX_HOSTS_NAMED = 3;

/** The host of an https-servers label (`ghes.example.com/api/v3` → `ghes.example.com`). */
function hostOf(target: string): string {
  return target.split(/[/?#]/, 1)[0] ?? target;
}

function isGithubApi(r: SourceResult): boolean {
  return r.details?.from === 'GITHUB_API_URL' || r.operator === 'github.com';
}

/** The sources that were asked; all of them when every one was skipped (the words still need a subject). */
function asked(results: readonly SourceResult[]): readonly SourceResult[] {
  const tried = results.filter((r) => r.status !== 'skipped');
  return tried.length > 0 ? tried : results;
}

/** The HTTPS references asked, by name: `AWS`, `GitHub's API`, then the named hosts. */
export function httpsReferencesAsked(results: readonly SourceResult[]): string[] {
  const names: string[] = [];
  const hosts: string[] = [];
  for (const r of asked(results)) {
    if (r.kind === 'https-date' || r.kind === 'sts') {
      if (!names.includes('AWS')) names.unshift('AWS');
    } else if (r.kind === 'https') {
      if (isGithubApi(r)) {
        const github = r.target === 'api.github.com' ? "GitHub's API" : `GitHub's API (${hostOf(r.target)})`;
        if (!names.includes(github)) names.push(github);
      } else if (!hosts.includes(hostOf(r.target))) hosts.push(hostOf(r.target));
    }
  }
  const named = hosts.slice(0, MAX_HOSTS_NAMED);
  if (hosts.length > named.length) named.push(`${hosts.length - named.length} more`);
  return [...names, ...named];
}

/** `a`, `a or b`, `a, b or c` (or with `and`). */
export function listWords(items: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]!}`;
}

export interface NetworkPath {
  /** What must be open: `outbound UDP 123`, `TCP 4460`, `HTTPS to AWS or GitHub's API`. */
  path: string;
  /** For which kind of source: `NTP`, `NTS`, `HTTPS`. */
  protocol: 'NTP' | 'NTS' | 'HTTPS';
}

/** The paths the asked sources need, NTP first; empty when nothing was configured. */
export function networkPathsAsked(results: readonly SourceResult[]): NetworkPath[] {
  const kinds = new Set(asked(results).map((r) => r.kind));
  const paths: NetworkPath[] = [];
  if (kinds.has('ntp')) paths.push({ path: 'outbound UDP 123', protocol: 'NTP' });
  if (kinds.has('nts')) paths.push({ path: 'TCP 4460', protocol: 'NTS' });
  const https = httpsReferencesAsked(results);
  if (https.length > 0) paths.push({ path: `HTTPS to ${listWords(https)}`, protocol: 'HTTPS' });
  return paths;
}

/** A path in words, the same in the verdict and in the fix: `outbound UDP 123 for NTP`, `HTTPS to AWS`. */
export function pathWords(p: NetworkPath): string {
  return p.protocol === 'HTTPS' ? p.path : `${p.path} for ${p.protocol}`;
}
