/**
 * The whole gate both entry points run: measure, then (when the check did not pass and `resync` allows)
 * resync and measure again; the second measurement decides.
 */
import type { Config } from '../config/config.js';
import { runCheck } from './check.js';
import type { Measurement } from '../decide/measure.js';
import { runnerType } from '../platform/facts.js';
import type { ResyncFlowInput, ResyncFlowResult } from './resync-flow.js';
import { resyncBudgetMs } from './resync-budget.js';

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
  if (config.resync === 'false') {
    // The resync machinery (commands, daemons, sudo) is not even loaded when it cannot run.
    const flow: ResyncFlowResult = {
      decision: { run: false, why: 'Resync is off (resync: false).' },
      final: first.measurement,
      resynced: false,
      line: 'Resync is off (resync: false).',
    };
    return { first: first.measurement, flow, final: first.measurement, fix, notes };
  }
  const { resyncThenMeasure } = await import('./resync-flow.js');
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
