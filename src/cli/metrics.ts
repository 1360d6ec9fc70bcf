/**
 * The metrics destinations of one CLI command (check, resync, wait), through the set-up the action's
 * steps share (report/metrics-targets.ts): the metrics file checked before anything is measured (a file
 * that cannot be written is a bad input), the export's share kept off the deadline, and delivery after the
 * outcome, whose warnings never change the exit code.
 */
import type { Config } from '../config/config.js';
import type { Outcome } from '../gate/outcome.js';
import { forLog } from '../report/escape.js';
import { setUpMetrics } from '../report/metrics-targets.js';
import type { Io } from './io.js';

export interface CliMetrics {
  /** The config the measuring runs with: the export's share taken off its timeout. */
  measureConfig: Config;
  /**
   * Exports the outcome by the command's deadline, or by `byMs` (monotonic) when that is sooner (wait
   * stopped by a signal); each failure is one warning on stderr.
   */
  deliver(outcome: Outcome, byMs?: number): Promise<void>;
}

export async function cliMetrics(config: Config, io: Io): Promise<CliMetrics> {
  const metrics = setUpMetrics(config, io.env);
  return {
    measureConfig: metrics.measureConfig,
    async deliver(outcome, byMs) {
      const { warnings } = await metrics.deliver({ kind: 'outcome', outcome }, byMs);
      for (const w of warnings) io.stderr(`clock-preflight: warning: ${forLog(w)}\n`);
    },
  };
}
