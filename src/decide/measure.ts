/**
 * The measurement loop: every source in parallel under one deadline, then consensus and verdict; while
 * the verdict straddles a threshold and time remains, measure again (sources refine). When to stop
 * waiting for silent sources, and which answers may decide, is the policy in policy.ts.
 */
import { selectTruechimers, supportedInterval, type CorrectnessInterval } from './consensus.js';
import type { SourceResult, Thresholds } from '../model.js';
import type { TimeSource } from '../sources/source.js';
import { linkedController, nextTurn, untilAborted } from '../time/waiting.js';
import { monotonicMs } from '../time/clock.js';
import { decide, minorityVerdict, sourceKey, type Verdict } from './verdict.js';
import {
  cannotAnswerBy,
  decidingRule,
  failed,
  graceMs,
  PATIENCE_MS,
  sameOperator,
  sameServer,
  voters,
  voteTally,
  type OpenSource,
} from './policy.js';

export { PATIENCE_MS, voters } from './policy.js';

export interface MeasureOptions extends Thresholds {
  timeoutMs: number;
  /** Only authenticated sources decide; the rest are shown but do not count. */
  requireAuthenticated?: boolean;
  /**
   * Called once, when the first round's answers have decided (before the stragglers' grace): work that
   * only the verdict needs (the fix advice reads the machine) can start while the stragglers are awaited.
   */
  onDecided?: (verdict: Verdict) => void;
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
 * The smallest half-width an NTP or NTS sample may claim: half its measured round trip (one exchange
 * cannot tell the time more exactly than the path it crossed) plus the resolution of reading the
 * runner's clock. A server that claims less root distance or precision is not believed beyond this.
 * The Date checks compute their bounds themselves from our own timestamps, intersecting several
 * exchanges, so they can rightly be narrower than one round trip and are taken as they are.
 */
const CLOCK_READ_RESOLUTION_MS = 0.01;
function flooredBoundMs(r: SourceResult): number {
  const s = r.sample!;
  if (r.kind !== 'ntp' && r.kind !== 'nts') return s.boundMs;
  return Math.max(s.boundMs, Math.max(s.delayMs, 0) / 2 + CLOCK_READ_RESOLUTION_MS);
}

function interval(r: SourceResult): CorrectnessInterval {
  const half = flooredBoundMs(r);
  return { lowMs: r.sample!.offsetMs - half, highMs: r.sample!.offsetMs + half };
}

export function evaluate(results: SourceResult[], options: MeasureOptions): Verdict {
  const voting = voters(results, options.requireAuthenticated ?? false);
  const intervals = voting.map(interval);
  const selected = selectTruechimers(intervals);
  // No single truechimer may narrow the interval that is judged on its own (see supportedInterval); the
  // best estimate stays the middle of the plain intersection, which lies inside it, so that one wide
  // interval does not pull the reported offset away from the precise ones.
  const consensus = selected && {
    ...selected,
    offsetMs: (selected.lowMs + selected.highMs) / 2,
    ...supportedInterval(selected.truechimers.map((i) => intervals[i]!)),
  };
  const all = options.requireAuthenticated ? results.filter((r) => r.authenticated) : results;
  const unauthenticated = options.requireAuthenticated
    ? results.filter((r) => !r.authenticated && !failed(r))
    : [];
  const verdict = decide(consensus, voting, all.length > 0 ? all : results, options, unauthenticated);
  const same = [
    ...sameServer(results).map((s) => ({ targets: s.targets, words: `one server (${s.address})` })),
    ...sameOperator(results).map((s) => ({ targets: s.targets, words: `one operator (${s.operator})` })),
  ];
  if (same.length === 0 || verdict.reason !== 'judged') return verdict;
  const words = same
    .map((s) => `${s.targets.join(', ')} are ${s.words}: one vote, not ${s.targets.length}.`)
    .join(' ');
  return { ...verdict, message: `${verdict.message} ${words}` };
}

const SILENT = new Set(['timeout', 'skipped']);
const MAJORITY_AGREED = 'not waited for: a majority of the sources had already agreed';

/**
 * Runs the deciding code once on made-up answers before any request leaves, and keeps nothing of it.
 * V8 compiles a function when it is first called: left to the first real answer, compiling the consensus
 * and the policy (about 2.5 ms, profiled) ran between that answer and the next ones, whose arrival was then
 * read late and their intervals widened. Four loopback servers answering together reported ±2-5 ms
 * instead of well under ±1. The same holds for the first abort (an exchange's end), which builds a
 * DOMException. Like the NTP warm-up, this must never affect the run: any fault is ignored.
 */
function warmDecision(options: MeasureOptions): void {
  try {
    const made = (i: number): SourceResult => ({
      kind: 'ntp',
      target: `192.0.2.${i}`,
      address: `192.0.2.${i}:123`,
      status: 'ok',
      authenticated: false,
      requests: 1,
      sample: { offsetMs: i / 10, boundMs: 1, delayMs: 1, atMs: 0 },
    });
    const finished = [made(1), made(2), made(3)];
    const verdict = evaluate(finished, options);
    decidingRule({
      verdict,
      finished,
      open: [{ kind: 'ntp', target: '192.0.2.4' }],
      requireAuthenticated: options.requireAuthenticated ?? false,
      patienceOver: false,
    });
    new AbortController().abort();
  } catch {
    // Only a warm-up: the real answers go through the same code, and their faults are handled there.
  }
}

export async function measure(
  sources: TimeSource[],
  options: MeasureOptions,
  outer?: AbortSignal,
): Promise<Measurement> {
  const started = monotonicMs();
  const requireAuthenticated = options.requireAuthenticated ?? false;
  // Plain controllers and timers, not AbortSignal.timeout/any: on Node 20 a signal made by any() from a
  // timeout signal that nothing else references can be garbage-collected before it fires, and the run
  // would then outlive its deadline (seen once under the zoo's packet flood).
  const { controller: deadlineController, unlink: unlinkOuter } = linkedController(outer ? [outer] : []);
  const deadlineTimer = setTimeout(() => deadlineController.abort(), options.timeoutMs);
  const deadline = deadlineController.signal;
  const results: Array<SourceResult | undefined> = sources.map(() => undefined);
  let rounds = 0;
  let decided = false;

  // Work that must not land inside a timed exchange (loading a cipher or an SDK) happens before the
  // first packet leaves; NTS starts its key exchange first, so the handshake overlaps the loading.
  const preparing = Promise.all(sources.map((s) => s.prepare?.(deadline)));
  // After the connections that prepare() started are under way (those to addresses start in microtasks).
  await Promise.all([preparing, nextTurn().then(() => warmDecision(options))]);
  // Patience and grace count from here: a source cannot answer before it is asked, and loading (the SDK
  // on a busy runner) may take longer than the whole patience window.
  const askedAt = monotonicMs();

  const round = async (which: number[]) => {
    rounds += 1;
    const early = new AbortController();
    const { controller: roundController, unlink } = linkedController([deadline, early.signal]);
    const signal = roundController.signal;
    let patienceTimer: NodeJS.Timeout | undefined;
    // Set by the patience timer itself: Node runs timers on libuv's whole-millisecond clock, so when it
    // fires performance.now() may still be a fraction short of PATIENCE_MS, and a "not yet" then would
    // never be asked again until the deadline.
    let patienceOver = false;
    let graceTimer: NodeJS.Timeout | undefined;
    let graceEndsAt: number | undefined;
    let skippedWhy = '';
    /** Stragglers the grace was not waited out for, and why each was not expected to answer within it. */
    const tooLate = new Map<number, string>();
    const pending = new Set(which);
    // Deferred sources (TimeSource.deferred) wait for their turn: every other source of the round finished,
    // or the patience window over; none once the answers have decided (the grace is for stragglers already
    // asked). Only the first round defers; a refinement asks what already answered.
    const deferred = new Set(
      rounds === 1 ? which.filter((i) => sources[i]!.deferred && !sources[i]!.required) : [],
    );
    let letDeferredStart!: () => void;
    let deferredStarted = false;
    const deferredTurn = new Promise<void>((resolve) => (letDeferredStart = resolve));
    const deferredMayStart = () => {
      if (graceTimer || early.signal.aborted) return;
      if (patienceOver || [...pending].every((i) => deferred.has(i))) {
        deferredStarted = true;
        letDeferredStart();
      }
    };
    const stopWaiting = (why: string) => {
      skippedWhy ||= why;
      early.abort();
    };
    // Only the first round stops early: later rounds refine an undecided verdict and take what comes.
    const mayStop = () => {
      if (rounds !== 1 || pending.size === 0 || early.signal.aborted) return;
      if ([...pending].some((i) => sources[i]!.required)) return;
      const finished = results.filter((r, j): r is SourceResult => r !== undefined && !pending.has(j));
      const verdict = evaluate(finished, options);
      if (!verdict.certain || verdict.falsetickers.length > 0) return;
      const rule = decidingRule({
        verdict,
        finished,
        open: [...pending].map((i) => ({
          kind: sources[i]!.kind,
          target: sources[i]!.target,
          operator: sources[i]!.operator,
        })),
        requireAuthenticated,
        patienceOver,
      });
      if (rule && !decided) {
        decided = true;
        try {
          options.onDecided?.(verdict);
        } catch {
          // The caller's work, not the measurement's: it must not end the run.
        }
      }
      if (rule === 'majority') {
        // Stragglers cannot change a majority's certain verdict, but they narrow the estimate and fill in
        // the report: those on the majority's own paths get a short grace (graceMs, at most 25 ms).
        // The grace ends as soon as no straggler can answer within it (policy.ts, earliestAnswerMs).
        const now = monotonicMs();
        const endsAt = (graceEndsAt ??= now + graceMs(now - askedAt));
        // A deferred source whose turn has not come is never asked once the answers have decided.
        const asked = [...pending].filter((i) => !deferred.has(i) || deferredStarted);
        const late = asked.map((i) => cannotAnswerBy(sources[i]!.progress?.(), now, endsAt));
        if (late.every((why) => why !== undefined)) {
          asked.forEach((i, k) => tooLate.set(i, late[k]!));
          return stopWaiting(MAJORITY_AGREED);
        }
        graceTimer ??= setTimeout(() => stopWaiting(MAJORITY_AGREED), endsAt - now);
      } else if (rule)
        stopWaiting(
          `no answer within ${PATIENCE_MS} ms, while ${rule === 'aws' ? "AWS's own clock (over TLS)" : 'two authenticated sources'} agreed with every answer`,
        );
    };
    if (rounds === 1 && which.length > 1) {
      patienceTimer = setTimeout(
        () => {
          patienceOver = true;
          mayStop();
          deferredMayStart();
        },
        Math.max(0, PATIENCE_MS - (monotonicMs() - askedAt)),
      );
    }
    deferredMayStart();
    await Promise.all(
      which.map(async (i) => {
        // Ended before its turn came, a deferred source is asked with the aborted signal: it sends nothing.
        if (deferred.has(i)) await untilAborted(deferredTurn, signal);
        const r = await sources[i]!.measure(signal);
        // A refinement that fails (lost, cut off by the deadline) does not erase what the source said before.
        const previous = results[i];
        results[i] = previous?.sample && !r.sample ? previous : r;
        pending.delete(i);
        mayStop();
        deferredMayStart();
      }),
    );
    clearTimeout(patienceTimer);
    clearTimeout(graceTimer);
    unlink();
    if (early.signal.aborted && !deadline.aborted) {
      for (const i of which) {
        const r = results[i]!;
        const late = tooLate.get(i);
        const reason = late
          ? `${skippedWhy}, and it was not expected to answer in the time left: ${late}`
          : skippedWhy;
        if (r.status === 'timeout') results[i] = { ...r, status: 'skipped', reason };
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
  unlinkOuter();
  const final = results as SourceResult[];
  // The same rule once more over the whole run: the silent sources are those that could have answered.
  const silent: OpenSource[] = final.filter((r) => SILENT.has(r.status));
  const answered = final.filter((r) => !SILENT.has(r.status));
  if (
    verdict.reason === 'judged' &&
    !decidingRule({ verdict, finished: answered, open: silent, requireAuthenticated, patienceOver: true })
  ) {
    verdict = minorityVerdict(verdict, voteTally({ finished: answered, open: silent, requireAuthenticated }));
  }
  return {
    results: final,
    verdict,
    elapsedMs: monotonicMs() - started,
    rounds,
    requireAuthenticated,
    voters: voters(final, requireAuthenticated).map(sourceKey),
  };
}
