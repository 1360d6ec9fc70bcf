/**
 * The measurement loop: every source in parallel under one deadline, then consensus and verdict; while
 * the verdict straddles a threshold and time remains, measure again (sources refine); stop early once a
 * majority of all sources agrees on a certain verdict.
 */
import { selectTruechimers } from './consensus.js';
import type { SourceResult, Thresholds } from '../model.js';
import type { TimeSource } from '../sources/source.js';
import { monotonicMs } from '../time/clock.js';
import { decide, sourceKey, type Verdict } from './verdict.js';

export interface MeasureOptions extends Thresholds {
  timeoutMs: number;
  /** Only authenticated sources decide; the rest are shown but do not count. */
  requireAuthenticated?: boolean;
}

export interface Measurement {
  results: SourceResult[];
  verdict: Verdict;
  elapsedMs: number;
  rounds: number;
  /** Whether only authenticated sources were allowed to decide. */
  requireAuthenticated: boolean;
  /** Keys (sourceKey) of the sources whose samples voted. */
  voters: string[];
}

/**
 * The sources whose samples vote. The signed STS call and the HTTPS Date check read the same clock
 * (AWS's), so they are one vote, not two: the Date check (which can refine) votes, and the signed call
 * only when the Date check has no answer.
 */
export function voters(results: SourceResult[], requireAuthenticated: boolean): SourceResult[] {
  const usable = results.filter(
    (r) => r.status === 'ok' && r.sample && (!requireAuthenticated || r.authenticated),
  );
  const dateAnswered = usable.some((r) => r.kind === 'https-date');
  return usable.filter((r) => !(r.kind === 'sts' && dateAnswered));
}

export function evaluate(results: SourceResult[], options: MeasureOptions): Verdict {
  const voting = voters(results, options.requireAuthenticated ?? false);
  const consensus = selectTruechimers(
    voting.map((r) => ({
      lowMs: r.sample!.offsetMs - r.sample!.boundMs,
      highMs: r.sample!.offsetMs + r.sample!.boundMs,
    })),
  );
  const all = options.requireAuthenticated ? results.filter((r) => r.authenticated) : results;
  return decide(consensus, voting, all.length > 0 ? all : results, options);
}

/** A certain verdict that a majority of all sources (answered or not) supports cannot change. */
function settled(results: Array<SourceResult | undefined>, options: MeasureOptions): boolean {
  const answered = results.filter((r): r is SourceResult => r !== undefined);
  const verdict = evaluate(answered, options);
  if (verdict.reason !== 'judged' || !verdict.certain) return false;
  const eligible = options.requireAuthenticated
    ? answered.filter((r) => r.authenticated).length + results.filter((r) => r === undefined).length
    : results.length;
  return 2 * verdict.truechimers.length > eligible;
}

/** A controller that aborts when any of `parents` does; the parents' listeners keep it alive. */
function linkedController(parents: AbortSignal[]): AbortController {
  const controller = new AbortController();
  for (const parent of parents) {
    if (parent.aborted) controller.abort();
    else parent.addEventListener('abort', () => controller.abort(), { once: true });
  }
  return controller;
}

/** How long silent sources are waited for once the others agree (see agreedWithoutTheSilent). */
export const PATIENCE_MS = 2500;

/**
 * The answers in hand decide on their own: a certain verdict, no falseticker among them, and at least two
 * sources agreeing (or one authenticated source where only authenticated ones count). Silent sources are
 * left out of the final consensus either way, so stopping here changes what is waited for, not what decides.
 */
function agreedWithoutTheSilent(results: Array<SourceResult | undefined>, options: MeasureOptions): boolean {
  const answered = results.filter((r): r is SourceResult => r !== undefined);
  const verdict = evaluate(answered, options);
  if (verdict.reason !== 'judged' || !verdict.certain || verdict.falsetickers.length > 0) return false;
  return verdict.truechimers.length >= (options.requireAuthenticated ? 1 : 2);
}

export async function measure(
  sources: TimeSource[],
  options: MeasureOptions,
  outer?: AbortSignal,
): Promise<Measurement> {
  const started = monotonicMs();
  // Plain controllers and timers, not AbortSignal.timeout/any: on Node 20 a signal made by any() from a
  // timeout signal that nothing else references can be garbage-collected before it fires, and the run
  // would then outlive its deadline (seen once under the zoo's packet flood).
  const deadlineController = linkedController(outer ? [outer] : []);
  const deadlineTimer = setTimeout(() => deadlineController.abort(), options.timeoutMs);
  const deadline = deadlineController.signal;
  const results: Array<SourceResult | undefined> = sources.map(() => undefined);
  let rounds = 0;

  const round = async (which: number[]) => {
    rounds += 1;
    const early = new AbortController();
    const signal = linkedController([deadline, early.signal]).signal;
    let graceTimer: NodeJS.Timeout | undefined;
    let patienceTimer: NodeJS.Timeout | undefined;
    let skippedWhy = '';
    const pending = new Set(which);
    const snapshot = () => results.map((x, j) => (pending.has(j) ? undefined : x));
    const stopWaiting = (why: string) => {
      skippedWhy ||= why;
      early.abort();
    };
    if (rounds === 1 && which.length > 1) {
      // Sources that stay silent this long are most likely blocked (UDP 123 or TCP 4460 dropped by a
      // firewall): once the answers in hand agree on a certain verdict, do not wait out the whole timeout.
      patienceTimer = setTimeout(() => {
        if (pending.size > 0 && agreedWithoutTheSilent(snapshot(), options)) {
          stopWaiting(`no answer within ${PATIENCE_MS / 1000} s while the other sources agreed`);
        }
      }, PATIENCE_MS);
    }
    await Promise.all(
      which.map(async (i) => {
        const r = await sources[i]!.measure(signal);
        // A refinement that fails (lost, cut off by the deadline) does not erase what the source said before.
        const previous = results[i];
        results[i] = previous?.sample && !r.sample ? previous : r;
        pending.delete(i);
        if (pending.size > 0 && !graceTimer && rounds === 1 && settled(snapshot(), options)) {
          // Give stragglers a moment (they may only narrow the interval), then stop waiting.
          const slowest = Math.max(...results.filter((x) => x?.sample).map((x) => x!.sample!.delayMs), 10);
          graceTimer = setTimeout(
            () => stopWaiting('not waited for: a majority had already agreed'),
            Math.min(3 * slowest + 20, 500),
          );
        }
      }),
    );
    clearTimeout(graceTimer);
    clearTimeout(patienceTimer);
    if (early.signal.aborted && !deadline.aborted) {
      for (const i of which) {
        const r = results[i]!;
        if (r.status === 'timeout') results[i] = { ...r, status: 'skipped', reason: skippedWhy };
      }
    }
  };

  await round(sources.map((_, i) => i));
  let verdict = evaluate(results as SourceResult[], options);
  // Undecided at a threshold: ask again, while there is time, the sources that can refine.
  while (verdict.reason === 'judged' && !verdict.certain && !deadline.aborted) {
    const again = sources
      .map((s, i) => i)
      .filter((i) => sources[i]!.canRefine() && results[i]!.status === 'ok');
    if (again.length === 0) break;
    const roundStarted = monotonicMs();
    const before = JSON.stringify(results);
    await round(again);
    // Sources that answer a refinement at once with nothing new have nothing more to say: do not spin.
    if (monotonicMs() - roundStarted < 5 && JSON.stringify(results) === before) break;
    verdict = evaluate(results as SourceResult[], options);
  }
  clearTimeout(deadlineTimer);
  return {
    results: results as SourceResult[],
    verdict,
    elapsedMs: monotonicMs() - started,
    rounds,
    requireAuthenticated: options.requireAuthenticated ?? false,
    voters: voters(results as SourceResult[], options.requireAuthenticated ?? false).map(sourceKey),
  };
}
