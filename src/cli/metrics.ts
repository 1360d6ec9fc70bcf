/**
 * The metrics destinations of one CLI command (check, resync, wait): the metrics file checked before
 * anything is measured (a file that cannot be written is a bad input), the export's share kept off the
 * deadline, and delivery after the outcome, whose warnings never change the exit code. The export code
 * is loaded only when a destination is configured.
 */
import type { Config } from '../config/config.js';
import type { Outcome } from '../gate/outcome.js';
import { forLog } from '../report/escape.js';
import { checkConfig, metricsTargets } from '../report/metrics-targets.js';
import { monotonicMs } from '../time/clock.js';
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
  const targets = metricsTargets(config, io.env);
  const exporting = targets.any ? await import('../report/metrics-export.js') : undefined;
  if (exporting && config.metricsFile) exporting.checkMetricsFile(config.metricsFile);
  const deadlineMs = monotonicMs() + config.timeoutMs;
  return {
    measureConfig: checkConfig(config, targets),
    async deliver(outcome, byMs) {
      if (!exporting) return;
      const by = byMs === undefined ? deadlineMs : Math.min(deadlineMs, byMs);
      const { warnings } = await exporting.exportOutcome(outcome, targets, io.env, by);
      for (const w of warnings) io.stderr(`clock-preflight: warning: ${forLog(w)}\n`);
    },
  };
}
