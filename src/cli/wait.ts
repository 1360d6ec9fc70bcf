/**
 * `clock-preflight wait`: a gate before a service starts (the runner's ExecStartPre, a launchd job, an
 * init container). Measure; when out of bounds resync as configured and measure again, with a back-off,
 * until the clock is within bounds (exit 0) or the deadline (`--timeout`) passes (exit 1). Every attempt is
 * one line a journal reader understands. SIGINT and SIGTERM end it at once (exit 1) with a line that says
 * so, the last attempt's JSON when asked, and its metrics.
 * The decisions are gate/wait-plan.ts; this is the edge that measures, resyncs, sleeps and prints.
 */
import type { Config } from '../config/config.js';
import { runCheck } from '../gate/check.js';
import { decideOutcome, type Outcome } from '../gate/outcome.js';
import type { ResyncFlowResult } from '../gate/resync-flow.js';
import { resyncBudgetMs } from '../gate/resync-budget.js';
import {
  attemptTimeoutMs,
  MIN_ATTEMPT_MS,
  nextWaitAction,
  STOP_EXPORT_MS,
  type WaitAction,
} from '../gate/wait-plan.js';
import { describeOffset, humanDuration } from '../format.js';
import { runnerType } from '../platform/facts.js';
import { renderJson } from '../report/json.js';
import { forLog } from '../report/escape.js';
import { renderText, terminalColumns } from '../report/text.js';
import { resyncDecision } from '../resync/decision.js';
import { consensusOf } from '../resync/eligibility.js';
import type { PlatformOverride, ResyncReport } from '../resync/resync.js';
import { monotonicMs } from '../time/clock.js';
import { EXIT_FAIL, type Io } from './io.js';
import { cliMetrics } from './metrics.js';
import { maskAccountIds } from './gate.js';
import { verdictChosen } from '../guard.js';
import { sleep, untilAborted } from '../time/waiting.js';

export interface WaitDeps {
  /** Tests only: force the platform (OS, daemon, root) seen by resync. */
  platform?: PlatformOverride;
}

/** The clock as one attempt saw it: "7 m 0 s behind (±0.6 ms)", or why it could not tell. */
function clockWords(o: Outcome): string {
  if (o.reason === 'judged' && o.offsetMs !== undefined) {
    const size = `${describeOffset(o.offsetMs)} (±${humanDuration(o.uncertaintyMs ?? 0)})`;
    // The limit passed, from the verdict: "over max-offset 1 m 0 s", "github-app fails above 30.0 s ahead".
    const limit = o.status === 'ok' ? 'within bounds' : (o.limit ?? o.status);
    return `runner clock is ${size}, ${limit}`;
  }
  return o.title.charAt(0).toLowerCase() + o.title.slice(1);
}

function nextWords(action: WaitAction, resyncMethod: string): string {
  switch (action.kind) {
    case 'done':
      return 'done, exit 0';
    case 'give-up':
      // Said before the deadline itself: what is left is less than one attempt needs.
      return `no time left for another attempt (one needs ${humanDuration(MIN_ATTEMPT_MS)}), giving up: exit ${action.exitCode}${action.exitCode === 0 ? ' (on-unreachable: warn)' : ''}`;
    case 'resync':
      return `resyncing (${resyncMethod === 'set-clock' ? 'set-clock' : "this machine's time service"})${action.afterMs > 0 ? ` in ${humanDuration(action.afterMs)}` : ' now'}, then measuring again`;
    case 'measure':
      return `measuring again in ${humanDuration(action.afterMs)}`;
  }
}

export async function waitCommand(
  config: Config,
  json: boolean,
  io: Io,
  deps: WaitDeps = {},
): Promise<number> {
  // Metrics describe the last attempt's outcome, exported once the wait ends, at the deadline or by a
  // signal (a fleet sees which runners waited, and how far off they were when they gave up).
  const metrics = await cliMetrics(config, io);
  const started = monotonicMs();
  const deadline = started + metrics.measureConfig.timeoutMs;
  const left = () => deadline - monotonicMs();
  // With --json the journal lines go to stderr and stdout holds only the final JSON.
  const say = (line: string) => (json ? io.stderr : io.stdout)(`clock-preflight wait: ${forLog(line)}\n`);

  const controller = new AbortController();
  let stoppedBy: string | undefined;
  const unsubscribe = io.onStop?.((signal) => {
    stoppedBy = signal;
    controller.abort();
  });
  const signal = controller.signal;
  const resyncRule = resyncDecision({ mode: config.resync, runner: runnerType(io.env), status: 'fail' });

  try {
    say(
      `waiting up to ${humanDuration(config.timeoutMs)} for the clock to be within bounds; ` +
        (resyncRule.run ? 'resync when it is out of bounds.' : resyncRule.why),
    );
    let attempt = 0;
    let completed = 0;
    let last: Outcome | undefined;
    for (;;) {
      attempt++;
      const attemptConfig: Config = { ...config, timeoutMs: attemptTimeoutMs(left()) };
      const check = await untilAborted(runCheck(attemptConfig, io.env), signal);
      if (!check) break;
      const flow: ResyncFlowResult = {
        decision: { run: false, why: 'Resync is decided by wait.' },
        final: check.measurement,
        resynced: false,
        line: '',
      };
      completed = attempt;
      last = decideOutcome({
        config: attemptConfig,
        first: check.measurement,
        flow,
        clockFix: check.fix,
        env: io.env,
        dialect: 'cli',
      });
      const action = nextWaitAction({
        attempt,
        status: last.status,
        judged: last.reason === 'judged',
        remainingMs: left(),
        resyncAllowed: resyncRule.run,
        passesCheck: last.exitCode === 0,
      });
      say(
        `attempt ${attempt}: ${clockWords(last)}; ${nextWords(action, config.resyncMethod)} (${humanDuration(Math.max(0, left()))} left).`,
      );
      if (action.kind === 'done' || action.kind === 'give-up') {
        verdictChosen(action.exitCode);
        maskAccountIds(last, io);
        if (json) io.stdout(JSON.stringify({ ...renderJson(last), attempts: attempt }, null, 2) + '\n');
        else if (action.kind === 'give-up')
          io.stdout(renderText(last, { columns: terminalColumns(io.env, io.columns) }));
        await metrics.deliver(last);
        return action.exitCode;
      }
      await sleep(action.afterMs, signal);
      if (signal.aborted) break;
      if (action.kind === 'resync') {
        const { resyncClock } = await import('../resync/resync.js');
        const consensus = consensusOf(check.measurement);
        const report: ResyncReport | undefined = await untilAborted(
          resyncClock({
            method: config.resyncMethod,
            deadlineMs: Math.max(1, Math.min(resyncBudgetMs(MIN_ATTEMPT_MS), left() - MIN_ATTEMPT_MS)),
            ...(consensus ? { consensus } : {}),
            servers: config.ntpServers.map((s) => s.label),
            env: io.env,
            ...(deps.platform ? { platform: deps.platform } : {}),
          }),
          signal,
        );
        if (!report) break;
        say(`attempt ${attempt}: ${report.summary}`);
      }
    }
    // Stopped by a signal: exit 1 (the clock was not confirmed), with what the last attempt saw in the JSON
    // and the metrics, as at the deadline; the export gets a short bound so that the stop stays prompt.
    verdictChosen(EXIT_FAIL);
    const when = ` after ${completed} attempt${completed === 1 ? '' : 's'}`;
    const clock = last ? `; last seen: ${clockWords(last)}` : '';
    say(
      `stopped by ${stoppedBy ?? 'a signal'}${when}, ${humanDuration(monotonicMs() - started)} in, before the clock was confirmed within bounds${clock}. Exit 1.`,
    );
    if (last) {
      maskAccountIds(last, io);
      if (json) {
        // Its severity with its exit code, as in every JSON (README: they always agree).
        const stopped = {
          ...renderJson(last),
          severity: 'fail',
          exitCode: EXIT_FAIL,
          attempts: completed,
          stoppedBy,
        };
        io.stdout(JSON.stringify(stopped, null, 2) + '\n');
      }
      await metrics.deliver(last, monotonicMs() + STOP_EXPORT_MS);
    }
    return EXIT_FAIL;
  } finally {
    unsubscribe?.();
  }
}
