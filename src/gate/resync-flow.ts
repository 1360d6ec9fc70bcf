/**
 * The step between the two measurements, shared by the action and the CLI: decide, resync, measure again.
 * The second measurement (same sources, fresh) decides; when resync does not run, the first one stands.
 */
import type { Measurement } from '../decide/measure.js';
import type { RunnerType } from '../platform/facts.js';
import {
  resyncDecision,
  type ResyncDecision,
  type ResyncMethod,
  type ResyncMode,
} from '../resync/decision.js';
import { consensusOf } from '../resync/eligibility.js';
import { resyncClock, type ResyncOptions, type ResyncReport } from '../resync/resync.js';

export interface ResyncFlowInput {
  mode: ResyncMode;
  method: ResyncMethod;
  runner: RunnerType;
  first: Measurement;
  /** Measures again with the same configuration (fresh sources). */
  remeasure: () => Promise<Measurement>;
  budgetMs: number;
  /** NTP server labels from the configuration, for tools that need one named (macOS sntp). */
  servers: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Passed through to resyncClock: tests force the platform with it. */
  platform?: ResyncOptions['platform'];
  /** Injectable for unit tests only. */
  resync?: (opts: ResyncOptions) => Promise<ResyncReport>;
}

export interface ResyncFlowResult {
  decision: ResyncDecision;
  /** Present when resync ran. */
  report?: ResyncReport;
  /** The measurement that decides: the second one when resync ran, else the first. */
  final: Measurement;
  /** The `resynced` output: resync ran and its commands succeeded. */
  resynced: boolean;
  /** One line for the annotation and the summary. */
  line: string;
}

export async function resyncThenMeasure(input: ResyncFlowInput): Promise<ResyncFlowResult> {
  const decision = resyncDecision({
    mode: input.mode,
    runner: input.runner,
    status: input.first.verdict.status,
  });
  if (!decision.run) {
    return { decision, final: input.first, resynced: false, line: decision.why };
  }
  const consensus = consensusOf(input.first);
  const report = await (input.resync ?? resyncClock)({
    method: input.method,
    deadlineMs: input.budgetMs,
    ...(consensus ? { consensus } : {}),
    servers: input.servers,
    ...(input.env ? { env: input.env } : {}),
    ...(input.platform ? { platform: input.platform } : {}),
  });
  const final = await input.remeasure();
  const after = final.verdict;
  const line = `${report.summary} Measured again: ${after.title}.`;
  return { decision, report, final, resynced: report.ok, line };
}
