/**
 * The whole gate both entry points run: measure, then (when the check did not pass and `resync` allows)
 * resync and measure again; the second measurement decides.
 */
import type { Config } from './config.js';
import { runCheck } from './check.js';
import type { Measurement } from './measure.js';
import { runnerType } from './platform.js';
import { resyncThenMeasure, type ResyncFlowInput, type ResyncFlowResult } from './resync/flow.js';
import { resyncBudgetMs } from './resync/inputs.js';

export interface GateOutcome {
  first: Measurement;
  flow: ResyncFlowResult;
  /** The measurement that decides. */
  final: Measurement;
  fix: string;
  /** Notes on the final measurement (see checkNotes). */
  notes: string[];
}

export interface GateDeps {
  /** Tests only: force the platform (OS, daemon, root) seen by resync. */
  platform?: ResyncFlowInput['platform'];
}

export async function runGate(
  config: Config,
  env: NodeJS.ProcessEnv,
  deps: GateDeps = {},
): Promise<GateOutcome> {
  const first = await runCheck(config, env);
  let { fix, notes } = first;
  const flow = await resyncThenMeasure({
    mode: config.resync,
    method: config.resyncMethod,
    runner: runnerType(env),
    first: first.measurement,
    remeasure: async () => {
      const again = await runCheck(config, env);
      fix = again.fix;
      notes = again.notes;
      return again.measurement;
    },
    budgetMs: resyncBudgetMs(config.timeoutMs),
    servers: config.ntpServers.map((s) => s.label),
    env,
    ...(deps.platform ? { platform: deps.platform } : {}),
  });
  return { first: first.measurement, flow, final: flow.final, fix, notes };
}
