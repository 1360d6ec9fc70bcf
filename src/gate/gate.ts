/**
 * The whole gate both entry points run: measure, then (when the check did not pass and `resync` allows)
 * resync and measure again; the second measurement decides. Ends in the one outcome every renderer reads.
 */
import type { Config } from '../config/config.js';
import { runCheck } from './check.js';
import { runnerType } from '../platform/facts.js';
import type { ResyncFlowInput, ResyncFlowResult } from './resync-flow.js';
import { resyncBudgetMs } from './resync-budget.js';
import { decideOutcome, type Dialect, type Outcome } from './outcome.js';

export interface GateDeps {
  /** Tests only: force the platform (OS, daemon, root) seen by resync. */
  platform?: ResyncFlowInput['platform'];
}

export async function runGate(
  config: Config,
  env: NodeJS.ProcessEnv,
  dialect: Dialect,
  deps: GateDeps = {},
): Promise<Outcome> {
  const first = await runCheck(config, env);
  let clockFix = first.fix;
  if (config.resync === 'false') {
    // The resync machinery (commands, daemons, sudo) is not even loaded when it cannot run.
    const flow: ResyncFlowResult = {
      decision: { run: false, why: 'Resync is off (resync: false).' },
      final: first.measurement,
      resynced: false,
      line: 'Resync is off (resync: false).',
    };
    return decideOutcome({ config, first: first.measurement, flow, clockFix, env, dialect });
  }
  const { resyncThenMeasure } = await import('./resync-flow.js');
  const flow = await resyncThenMeasure({
    mode: config.resync,
    method: config.resyncMethod,
    runner: runnerType(env),
    first: first.measurement,
    remeasure: async () => {
      const again = await runCheck(config, env);
      clockFix = again.fix;
      return again.measurement;
    },
    budgetMs: resyncBudgetMs(config.timeoutMs),
    servers: config.ntpServers.map((s) => s.label),
    env,
    ...(deps.platform ? { platform: deps.platform } : {}),
  });
  return decideOutcome({ config, first: first.measurement, flow, clockFix, env, dialect });
}
