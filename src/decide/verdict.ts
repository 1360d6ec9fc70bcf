/**
 * From the consensus interval and the thresholds to a status and the words that explain it. Pure.
 *
 * |offset| is judged with its uncertainty: the whole interval must lie on one side of a threshold for the
 * decision to be certain. An interval that straddles a threshold is "undecided"; the caller measures more,
 * and if it stays undecided the worse status is taken and the message says so.
 */
import type { Consensus, SideLimits, SourceResult, Status, Thresholds } from '../model.js';
import { describeOffset, humanDuration } from '../format.js';
import { describeImpact } from './impact.js';
import { networkPathsAsked, listWords, pathWords } from './network-paths.js';

export type Side = 'ahead' | 'behind';

export interface Judgement {
  status: Exclude<Status, 'unknown'>;
  /** False when the interval straddles the threshold that decided: the status is the conservative one. */
  certain: boolean;
  /** The threshold the interval straddles, when not certain. */
  straddles?: 'warn-offset' | 'max-offset';
  /** The side of true time whose threshold it straddles (offset < 0: runner ahead). */
  side?: Side;
}

/** Each side's limits: the profile's per side, else the symmetric warn-offset / max-offset. */
function sideLimits(t: Thresholds, side: Side): SideLimits {
  return t.sides?.[side] ?? { warnMs: t.warnOffsetMs, maxMs: t.maxOffsetMs };
}

function sideOf(offsetMs: number): Side {
  return offsetMs < 0 ? 'ahead' : 'behind';
}

const LEVEL = ['ok', 'warn', 'fail'] as const;

/** 0 ok, 1 warn, 2 fail for one offset, against the limits of its own side. */
function level(offsetMs: number, t: Thresholds): 0 | 1 | 2 {
  const l = sideLimits(t, sideOf(offsetMs));
  const abs = Math.abs(offsetMs);
  return abs > l.maxMs ? 2 : abs > l.warnMs ? 1 : 0;
}

/**
 * Every offset in [low, high] is judged against its own side's limits; the status is certain when all of
 * them give the same one. The level only grows away from zero on each side, so the worst is at an end and
 * the best at the end nearest zero (or zero itself when the interval holds it).
 */
export function judge(lowMs: number, highMs: number, t: Thresholds): Judgement {
  const atLow = level(lowMs, t);
  const atHigh = level(highMs, t);
  const worst = Math.max(atLow, atHigh) as 0 | 1 | 2;
  const best = lowMs <= 0 && highMs >= 0 ? 0 : highMs < 0 ? atHigh : atLow;
  const status = LEVEL[worst];
  if (worst === best) return { status, certain: true };
  const side = sideOf(atLow === worst ? lowMs : highMs);
  return { status, certain: false, straddles: worst === 2 ? 'max-offset' : 'warn-offset', side };
}

/**
 * A threshold in words. Symmetric and the user's: `max-offset 1 m 0 s`. Set by a profile: the profile,
 * the side and the limit (`github-app fails above 30.0 s ahead`), and what breaks beyond it.
 */
function limitWords(t: Thresholds, side: Side, which: 'warn' | 'max'): { short: string; breaks?: string } {
  const l = sideLimits(t, side);
  const ms = which === 'max' ? l.maxMs : l.warnMs;
  const by = which === 'max' ? l.maxBy : l.warnBy;
  if (by) {
    return {
      short: `${by.profile} ${which === 'max' ? 'fails' : 'warns'} above ${humanDuration(ms)} ${side}`,
      breaks: which === 'max' ? by.breaks : `at ${humanDuration(l.maxMs)} ${by.breaks}`,
    };
  }
  const asymmetric = t.sides !== undefined && t.sides.ahead[`${which}Ms`] !== t.sides.behind[`${which}Ms`];
  return { short: `${which}-offset ${humanDuration(ms)}${asymmetric ? ` ${side}` : ''}` };
}

function overWords(w: { short: string; breaks?: string }): string {
  return w.breaks ? w.short : `over ${w.short}`;
}

export type VerdictReason = 'judged' | 'no-answer' | 'no-majority';

export interface Verdict {
  status: Status;
  reason: VerdictReason;
  certain: boolean;
  offsetMs?: number;
  uncertaintyMs?: number;
  /**
   * With a judged warn or fail: the limit passed, in words (`over max-offset 1 m 0 s`, `github-app fails
   * above 30.0 s ahead`); the title ends with it in parentheses.
   */
  limit?: string;
  /** One line for an annotation title: size and direction. */
  title: string;
  /** The full explanation: agreement, what breaks, and (for the caller to append) how to fix. */
  message: string;
  /** Keys (see sourceKey) of the sources inside and outside the majority. */
  truechimers: string[];
  falsetickers: string[];
  /**
   * With reason no-majority: the answers agreed but were too few (the rest stayed silent), rather than
   * disagreeing. The fix is reaching more servers, not adding them.
   */
  tooFewAnswered?: boolean;
}

export function sourceKey(r: SourceResult): string {
  return `${r.kind} ${r.target}`;
}

function sourceName(r: SourceResult): string {
  return r.kind === 'ntp' ? r.target : `${r.target} (${r.kind})`;
}

function agreement(deciding: SourceResult[], truechimers: string[]): string {
  const kinds = new Set(deciding.map((r) => r.kind));
  const noun = kinds.size === 1 && kinds.has('ntp') ? 'NTP servers' : 'sources';
  if (deciding.length === 1) return `1 source: ${truechimers[0]}`;
  return `${truechimers.length} of ${deciding.length} ${noun} agree`;
}

/**
 * `deciding` are the sources with a sample that were allowed to decide (in the same order as the
 * consensus indices); `all` is every source asked, for counting who did not answer.
 */
export function decide(
  consensus: Consensus | undefined,
  deciding: SourceResult[],
  all: SourceResult[],
  t: Thresholds,
  /** Answers left out by require-authenticated: said as answers, never as sources that gave none. */
  unauthenticated: SourceResult[] = [],
): Verdict {
  // Counts must be true: a source that answered but does not vote (the signed STS call when the Date check
  // already speaks for AWS; plain NTP under require-authenticated) is not one that "gave no usable answer".
  const silent = all.filter((r) => r.status !== 'ok' || !r.sample).length;
  const votingKeys = new Set(deciding.map(sourceKey));
  const answeredNotVoting = all.filter((r) => r.status === 'ok' && r.sample && !votingKeys.has(sourceKey(r)));
  if (deciding.length === 0 && unauthenticated.length > 0) {
    const authenticated = all.filter((r) => r.authenticated).length;
    const none =
      authenticated === 0
        ? 'no source asked can authenticate its answer'
        : authenticated === 1
          ? 'the one authenticated source gave no usable answer'
          : `none of the ${authenticated} authenticated sources gave a usable answer`;
    const n = unauthenticated.length;
    return {
      status: 'unknown',
      reason: 'no-answer',
      certain: true,
      title: 'No authenticated time reference answered',
      message:
        `${n === 1 ? 'One source' : `${n} sources`} answered without authentication ` +
        `(${unauthenticated.map(sourceName).join(', ')}), and require-authenticated lets only authenticated ` +
        `sources decide (NTS, AWS over HTTPS, https servers); ${none}, so the runner's clock could not be checked. ` +
        'The table says why for each.',
      truechimers: [],
      falsetickers: [],
    };
  }
  if (deciding.length === 0) {
    return {
      status: 'unknown',
      reason: 'no-answer',
      certain: true,
      title: 'No time reference answered',
      message:
        (all.length === 1 ? 'The one time source' : `None of the ${all.length} time sources`) +
        ` gave${all.length === 1 ? ' no' : ' a'} usable answer, so the runner's clock could not be checked. ` +
        `The table says why for each; usually the network: ${listWords(['DNS', ...networkPathsAsked(all).map(pathWords)])}.`,
      truechimers: [],
      falsetickers: [],
    };
  }
  if (!consensus) {
    const offsets = deciding
      .map((r) => `${sourceName(r)} says ${describeOffset(r.sample!.offsetMs)}`)
      .join(', ');
    return {
      status: 'unknown',
      reason: 'no-majority',
      certain: true,
      title: 'Time sources disagree with no majority',
      message:
        `The time sources disagree and no majority agrees on one interval (${offsets}). ` +
        'One of them is wrong or lying, and nothing says which: this is not a pass.',
      truechimers: [],
      falsetickers: [],
    };
  }
  const truechimers = consensus.truechimers.map((i) => deciding[i]!);
  const falsetickers = consensus.falsetickers.map((i) => deciding[i]!);
  const offsetMs = consensus.offsetMs ?? (consensus.lowMs + consensus.highMs) / 2;
  // The whole interval stays within offset ± uncertainty, also when the estimate is off its middle.
  const uncertaintyMs = Math.max(offsetMs - consensus.lowMs, consensus.highMs - offsetMs);
  const j = judge(consensus.lowMs, consensus.highMs, t);

  const size = `${describeOffset(offsetMs)} (±${humanDuration(uncertaintyMs)})`;
  const parts: string[] = [];
  const who = agreement(deciding, truechimers.map(sourceName));
  parts.push(`Runner clock is ${size}; ${who}.`);
  if (falsetickers.length > 0) {
    const named = falsetickers.map((r) => `${sourceName(r)} (${describeOffset(r.sample!.offsetMs)})`);
    parts.push(`Outvoted as falsetickers: ${named.join(', ')}.`);
  }
  if (silent > 0) parts.push(`${silent} of ${all.length} sources gave no usable answer.`);
  if (answeredNotVoting.length > 0) {
    const names = answeredNotVoting.map(sourceName).join(', ');
    parts.push(
      `${names} answered and ${answeredNotVoting.length === 1 ? 'is' : 'are'} reported without a vote` +
        (answeredNotVoting.every((r) => r.kind === 'sts')
          ? " (AWS's clock already votes through the Date check)."
          : answeredNotVoting.every((r) => r.operator !== undefined)
            ? ' (one vote per operator: another server of the same operator already votes).'
            : '.'),
    );
  }
  const offsetSide = sideOf(offsetMs);
  const own = sideLimits(t, offsetSide);
  // What the profile's consumer does at this size comes first; the general impact (AWS) after it.
  if (j.status !== 'ok' && j.certain) {
    const words = limitWords(t, offsetSide, j.status === 'fail' ? 'max' : 'warn');
    if (words.breaks) parts.push(`${words.short}: ${words.breaks}.`);
  }
  if (j.status !== 'ok' || Math.abs(offsetMs) > own.warnMs) parts.push(describeImpact(offsetMs));
  if (!j.certain) {
    const words = limitWords(t, j.side!, j.straddles === 'max-offset' ? 'max' : 'warn');
    const named = words.breaks ? `${words.short} (${words.breaks})` : words.short;
    parts.push(
      `The measurement (${describeOffset(consensus.lowMs)} to ${describeOffset(consensus.highMs)}) straddles ${named} and more measurements within the timeout did not settle it, so it is treated as ${j.status}.`,
    );
  }

  const titleSide = j.certain ? offsetSide : j.side!;
  const limit =
    j.status === 'ok' ? undefined : overWords(limitWords(t, titleSide, j.status === 'fail' ? 'max' : 'warn'));
  const title =
    limit === undefined
      ? `Runner clock is within ${humanDuration(own.warnMs)} (${describeOffset(offsetMs)})`
      : `Runner clock is ${describeOffset(offsetMs)} (${limit})`;
  return {
    status: j.status,
    reason: 'judged',
    certain: j.certain,
    offsetMs,
    uncertaintyMs,
    ...(limit !== undefined ? { limit } : {}),
    title,
    message: parts.join(' '),
    truechimers: truechimers.map(sourceKey),
    falsetickers: falsetickers.map(sourceKey),
  };
}

/**
 * The answers agreed, but they are a minority of the votes that could have answered, and hold no
 * authenticated evidence that would let them decide alone (policy.ts): the silent majority may have
 * been delayed on purpose. Not a pass; what the minority said is kept in the words.
 */
export function minorityVerdict(
  judged: Verdict,
  votes: { answered: number; silent: number; failed: number },
): Verdict {
  const said =
    judged.offsetMs === undefined
      ? ''
      : ` They say the runner clock is ${describeOffset(judged.offsetMs)} (±${humanDuration(judged.uncertaintyMs ?? 0)}).`;
  const others = [
    votes.failed > 0 ? `${votes.failed} failed` : '',
    votes.silent > 0 ? `${votes.silent} stayed silent until the timeout` : '',
  ].filter((part) => part !== '');
  const failedWhy =
    votes.failed > 0
      ? ' A source that failed counts as one that could have disagreed: a refusal, a reset or a bad reply is what anyone on the network path can send in place of its answer.' +
        " The sources' reasons say what failed: where this network blocks a server for good, configure one it lets through instead; where it should have answered, something on the path may be interfering."
      : '';
  return {
    status: 'unknown',
    reason: 'no-majority',
    certain: true,
    title: 'Too few time sources answered to decide',
    message:
      `Only ${votes.answered} independent source${votes.answered === 1 ? '' : 's'} answered` +
      (others.length > 0 ? `, while ${others.join(' and ')}` : '') +
      '; the agreeing answers are not a majority, and none is authenticated evidence (AWS over TLS, or two independent authenticated sources) that may decide alone.' +
      said +
      failedWhy +
      ' A delayed, blocked or tampered-with majority must not let a few unauthenticated servers decide, so this is not a pass.',
    // Nobody decided: no source is reported as deciding or outvoted.
    truechimers: [],
    falsetickers: [],
    tooFewAnswered: true,
  };
}
