/**
 * Who decides, and when the measurement may stop waiting. Pure: results in hand and the sources still
 * being asked in; votes and a yes/no out. The reasoning is in README ("When it stops waiting") and
 * SECURITY.md ("Who decides"); in short:
 *
 * - One clock is one vote. AWS's two checks (HTTPS Date, signed STS) read AWS's one clock; sources that
 *   resolve to the same address and port are one server however they were spelled; HTTPS servers of one
 *   operator (registrable domain, see operator.ts) are one vote, with AWS's checks when they are AWS's.
 * - A set of agreeing answers decides only when it is a majority of every vote: those that answered, those
 *   still being asked, and those that failed (refused, reset, DNS error, Kiss-o'-Death, rejected replies):
 *   anyone on the network path can cause such a failure, and a failure the attacker chose must not shrink
 *   the electorate to the liar. Or, once silent sources have had the patience window to answer, when it
 *   holds authenticated evidence an
 *   on-path attacker cannot forge and one lying server cannot supply alone: AWS's own clock over TLS
 *   (the clock that judges the signatures this gate protects), or two independent authenticated sources.
 * - A required source (aws: sts) is always waited for, up to the deadline.
 */
import type { SourceKind, SourceResult } from '../model.js';
import type { Progress } from '../sources/source.js';
import { humanDuration } from '../format.js';
import { canonicalEndpoint } from '../net/address.js';
import { sourceKey, type Verdict } from './verdict.js';

/**
 * How long silent sources get before authenticated evidence may decide without them: long enough for a
 * slow but healthy path (an NTS-KE handshake over TLS and one NTP exchange at 150 ms RTT take ~600 ms),
 * short enough that a blocked port costs well under a second.
 */
export const PATIENCE_MS = 750;

/**
 * How long stragglers get once a majority has agreed: an eighth of the time the majority took since the
 * first request left, at least GRACE_MIN_MS and at most GRACE_MAX_MS. That is time for answers on the
 * majority's own paths, which come with it give or take their jitter, not for slower paths.
 *
 * Stragglers cannot change a majority's certain verdict; they can only narrow the estimate and fill in the
 * report. An answer later than the majority's came over a slower path or was held back, and an NTP answer's
 * interval is at least half its round trip, so a late one narrows little. The grace was half the majority's
 * time (and before that three times the slowest round trip plus 20 ms): on the default shape of the bench
 * that was about 25 ms of every run, and it brought one more answer in 1 run of 20 (the NTP server 80 ms
 * away), which the verdict did not need.
 */
export const GRACE_MIN_MS = 5;
export const GRACE_MAX_MS = 25;
export function graceMs(majorityAfterMs: number): number {
  return Math.min(GRACE_MAX_MS, Math.max(GRACE_MIN_MS, majorityAfterMs / 8));
}

/**
 * The earliest a source still being asked can answer, from where its exchange stands (Progress). A round
 * trip under way for W ms has, so far, a path slower than W; each round trip that must follow it is taken
 * to be no faster, so the answer cannot come before now + roundTripsAfter × W. Without progress (an NTP
 * request in flight, a name being resolved), an answer may come at any moment.
 *
 * Used only to end the stragglers' grace early, when no straggler can answer within it: an NTS server
 * whose TLS handshake has gone unanswered since the run began (TCP 4460 dropped past the handshake) needs
 * two more round trips, key exchange and NTP, after it. The verdict is already certain then; a straggler
 * misjudged by this (one slow packet on a fast path) only goes unreported, it cannot change the verdict.
 */
export function earliestAnswerMs(progress: Progress | undefined, nowMs: number): number {
  if (!progress || progress.roundTripsAfter <= 0) return nowMs;
  return nowMs + progress.roundTripsAfter * Math.max(0, nowMs - progress.sinceMs);
}

/** Why a straggler cannot answer by `byMs`, in words for its skipped reason; undefined when it may. */
export function cannotAnswerBy(
  progress: Progress | undefined,
  nowMs: number,
  byMs: number,
): string | undefined {
  if (!progress || earliestAnswerMs(progress, nowMs) <= byMs) return undefined;
  const n = progress.roundTripsAfter;
  return (
    `its ${progress.stage} had no answer after ${humanDuration(nowMs - progress.sinceMs)}, ` +
    `with ${n === 1 ? 'one more round trip' : `${n} more round trips`} to come`
  );
}

/** A source still being asked (or, when the run ended, one that stayed silent). */
export interface OpenSource {
  kind: SourceKind;
  target: string;
  address?: string;
  /** Who runs it (HTTPS sources, see operator.ts); sources of one operator are one vote. */
  operator?: string;
}

/** AWS's own checks of its clock (the aws input), as opposed to any other HTTPS server. */
export function isAwsKind(kind: SourceKind): boolean {
  return kind === 'https-date' || kind === 'sts';
}

/** Sources that read an HTTPS server's clock: their vote is their operator's. */
function isHttpsKind(kind: SourceKind): boolean {
  return kind === 'https' || isAwsKind(kind);
}

/**
 * The vote a source's answer belongs to, by itself. HTTPS sources vote as their operator when it is known
 * (it is whenever https servers are configured, for AWS's checks too, so that an https server of AWS's
 * joins AWS's vote); AWS's checks are otherwise one vote between them; servers by resolved address and
 * port. Sources that reached one address are one vote as well (votesOf).
 */
export function voteKey(r: OpenSource): string {
  return voteKeys(r)[0]!;
}

/** Every name a source's vote is known by: sources that share any one of them are one vote. */
function voteKeys(r: OpenSource): string[] {
  if (!isHttpsKind(r.kind))
    return [r.address ? `server ${canonicalEndpoint(r.address)}` : `${r.kind} ${r.target}`];
  const own =
    r.operator !== undefined ? `operator ${r.operator}` : isAwsKind(r.kind) ? 'aws' : `operator ${r.target}`;
  // One HTTPS server under several names (`localhost` and `127.0.0.1`, two spellings of one address) is one
  // server: an IP address or a name with no domain joins the others at the address it reached. Two
  // registrable domains behind one CDN address do not: the edge may pass on each origin's own Date.
  const byAddress = r.address !== undefined && (r.operator === undefined || !hasDomain(r.operator));
  return byAddress ? [own, `https ${canonicalEndpoint(r.address!)}`] : [own];
}

/** Whether an operator (operator.ts) is a domain: not an IP address, nor a name without a dot (`localhost`). */
function hasDomain(operator: string): boolean {
  return operator.includes('.') && !operator.startsWith('[') && !/^\d+\.\d+\.\d+\.\d+$/.test(operator);
}

/**
 * The votes among `sources`: a function from each of them to its vote's name. Sources are one vote when
 * they share a name (voteKeys), directly or through others: `localhost:443` and `127.0.0.1:443` reached
 * one address, `127.0.0.1:443` and `[::ffff:127.0.0.1]:443` are one operator, so all three are one vote.
 */
export function votesOf(sources: readonly OpenSource[]): (s: OpenSource) => string {
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    let r = key;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  for (const s of sources) {
    const [first, ...more] = voteKeys(s);
    for (const key of more) {
      const a = root(first!);
      const b = root(key);
      if (a !== b) parent.set(b, a);
    }
  }
  return (s) => root(voteKeys(s)[0]!);
}

function isAuthenticatedKind(kind: SourceKind): boolean {
  return kind !== 'ntp';
}

/**
 * Which of two answers of one vote speaks for it: AWS's Date check over its signed check (it refines),
 * authenticated, AWS's own check over another server of AWS's (the clock that judges signatures), narrower.
 */
function better(a: SourceResult, b: SourceResult): boolean {
  if (a.kind === 'https-date' && b.kind === 'sts') return true;
  if (a.kind === 'sts' && b.kind === 'https-date') return false;
  if (a.authenticated !== b.authenticated) return a.authenticated;
  if (isAwsKind(a.kind) !== isAwsKind(b.kind)) return isAwsKind(a.kind);
  return a.sample!.boundMs < b.sample!.boundMs;
}

/** The votes, counted once each: answered, unheard because still asked or silent, unheard because failed. */
export interface VoteTally {
  /** One answer per answered vote (voters()). */
  voting: SourceResult[];
  answered: number;
  silent: number;
  failed: number;
}

/**
 * Every vote in one count, for the rule and for the words that explain it. With require-authenticated
 * only authenticated sources count. A vote with an answer is answered whatever else its other sources did
 * (AWS's Date check answered, its signed call failed: one answered vote); one still asked or silent is
 * silent even if another of its sources failed.
 */
export function voteTally(input: Pick<PolicyInput, 'finished' | 'open' | 'requireAuthenticated'>): VoteTally {
  const voteOf = votesOf([...input.finished, ...input.open]);
  const voting = voters(input.finished, input.requireAuthenticated, voteOf);
  const answered = new Set(voting.map(voteOf));
  const unheard = (sources: OpenSource[]) =>
    new Set(
      sources
        .filter((s) => !input.requireAuthenticated || isAuthenticatedKind(s.kind))
        .map(voteOf)
        .filter((k) => !answered.has(k)),
    );
  const silent = unheard(input.open);
  const failedVotes = unheard(input.finished.filter(failed));
  for (const k of silent) failedVotes.delete(k);
  return { voting, answered: answered.size, silent: silent.size, failed: failedVotes.size };
}

/**
 * A source that finished without an answer. It still counts as a vote that could have disagreed: a refusal,
 * a reset, a bad or forged reply, an unauthenticated NTS NAK or a DNS error is what an on-path attacker
 * sends in place of the honest server's answer, and silence is not needed for that.
 */
export function failed(r: SourceResult): boolean {
  return r.status !== 'ok' || !r.sample;
}

/** One answer per vote, among the answers allowed to decide, in the order the sources were planned. */
export function voters(
  results: SourceResult[],
  requireAuthenticated: boolean,
  voteOf: (s: OpenSource) => string = votesOf(results),
): SourceResult[] {
  const chosen = new Map<string, SourceResult>();
  for (const r of results) {
    if (failed(r) || (requireAuthenticated && !r.authenticated)) continue;
    const key = voteOf(r);
    const held = chosen.get(key);
    if (!held || better(r, held)) chosen.set(key, r);
  }
  const picked = new Set(chosen.values());
  return results.filter((r) => picked.has(r));
}

/** Answers that reached one server under several names: `[address, targets]`, for the report. */
export function sameServer(results: SourceResult[]): Array<{ address: string; targets: string[] }> {
  const byAddress = new Map<string, { address: string; targets: string[] }>();
  for (const r of results) {
    if (r.status !== 'ok' || !r.address) continue;
    const address = canonicalEndpoint(r.address);
    // UDP (NTP, NTS) and TCP (HTTPS) on one port number are different services.
    const key = `${isHttpsKind(r.kind) ? 'https' : 'server'} ${address}`;
    const group = byAddress.get(key) ?? { address, targets: [] };
    if (!group.targets.includes(r.target)) group.targets.push(r.target);
    byAddress.set(key, group);
  }
  return [...byAddress.values()].filter((g) => g.targets.length > 1);
}

/**
 * HTTPS servers of one operator that answered under several names: `[operator, targets]`, for the
 * report. AWS's two checks share a name and say so themselves; this is for the https servers.
 */
export function sameOperator(results: SourceResult[]): Array<{ operator: string; targets: string[] }> {
  const byOperator = new Map<string, { targets: string[]; https: boolean; addresses: Set<string> }>();
  for (const r of results) {
    if (r.status !== 'ok' || !isHttpsKind(r.kind) || r.operator === undefined) continue;
    const group = byOperator.get(r.operator) ?? { targets: [], https: false, addresses: new Set() };
    if (!group.targets.includes(r.target)) group.targets.push(r.target);
    group.https ||= r.kind === 'https';
    group.addresses.add(r.address ? canonicalEndpoint(r.address) : r.target);
    byOperator.set(r.operator, group);
  }
  // Names that all reached one address are one server, which sameServer says.
  return [...byOperator.entries()]
    .filter(([, g]) => g.https && g.targets.length > 1 && g.addresses.size > 1)
    .map(([operator, g]) => ({ operator, targets: g.targets }));
}

export type DecidingRule = 'majority' | 'aws' | 'two-authenticated';

export interface PolicyInput {
  /** The verdict over the answers in hand (evaluate()). */
  verdict: Verdict;
  /** Results of the sources that have finished (any status): those that failed count as votes too. */
  finished: SourceResult[];
  /** Sources still being asked; at the end of a run, the silent ones (timeout, skipped). */
  open: OpenSource[];
  requireAuthenticated: boolean;
  /** Whether silent sources have had PATIENCE_MS (or the run is over). */
  patienceOver: boolean;
}

/**
 * The rule under which the answers in hand may decide, or undefined. Counts votes, never sources: the
 * truechimers must be a majority of every vote, answered or not.
 */
export function decidingRule(input: PolicyInput): DecidingRule | undefined {
  const { verdict } = input;
  if (verdict.reason !== 'judged') return undefined;
  const tally = voteTally(input);
  const truechimerKeys = new Set(verdict.truechimers);
  const agreeing = tally.voting.filter((r) => truechimerKeys.has(sourceKey(r)));
  if (2 * agreeing.length > tally.answered + tally.silent + tally.failed) return 'majority';
  if (!input.patienceOver) return undefined;
  if (agreeing.some((r) => isAwsKind(r.kind) && r.authenticated)) return 'aws';
  if (agreeing.filter((r) => r.authenticated).length >= 2) return 'two-authenticated';
  return undefined;
}
