/**
 * `clock-preflight resync [flags]`: the check, then (when it did not pass and the mode allows) the
 * machine's own resync, then the check again; the second measurement decides the exit code. The same
 * flow the action runs with `resync: true`, for other CI systems and for the runner's pre-job hook.
 *
 * Flags are the check's (`--ntp-servers`, `--timeout`, …) plus `--resync` (default here: `true`, since
 * the user asked for a resync by name; `force` also acts on GitHub-hosted runners) and `--resync-method`.
 */
import { readConfig } from '../config.js';
import { failsJob, runCheck } from '../check.js';
import type { Measurement } from '../measure.js';
import { runnerType } from '../platform.js';
import { jsonReport } from '../report/json.js';
import { textReport } from '../report/text.js';
import { resyncThenMeasure, type ResyncFlowInput } from '../resync/flow.js';
import { parseResyncMethod, parseResyncMode, resyncBudgetMs } from '../resync/inputs.js';
import { resyncText } from '../resync/describe.js';
import type { Io } from './main.js';

export interface ResyncCommandArgs {
  inputs: ReadonlyMap<string, string>;
  json: boolean;
}

export interface ResyncCommandDeps {
  /** Tests only: force the platform (OS, daemon, root) seen by resync. */
  platform?: ResyncFlowInput['platform'];
}

/** Returns the exit code: 0 when the final measurement passes (ok, warn), 1 when it fails the job. */
export async function resyncCommand(
  args: ResyncCommandArgs,
  io: Io,
  deps: ResyncCommandDeps = {},
): Promise<number> {
  const get = (name: string) => args.inputs.get(name);
  const config = readConfig(get, io.env);
  const mode = parseResyncMode(get('resync') || 'true');
  const method = parseResyncMethod(get('resync-method') || 'auto');
  const first = await runCheck(config, io.env);
  let fix = first.fix;
  const flow = await resyncThenMeasure({
    mode,
    method,
    runner: runnerType(io.env),
    first: first.measurement,
    remeasure: async (): Promise<Measurement> => {
      const again = await runCheck(config, io.env);
      fix = again.fix;
      return again.measurement;
    },
    budgetMs: resyncBudgetMs(config.timeoutMs),
    servers: config.ntpServers.map((s) => s.label),
    env: io.env,
    ...(deps.platform ? { platform: deps.platform } : {}),
  });

  if (args.json) {
    io.stdout(
      JSON.stringify(
        {
          ...jsonReport(flow.final, fix),
          resynced: flow.resynced,
          resync: { run: flow.decision.run, why: flow.decision.why, report: flow.report ?? null },
          first: flow.report ? jsonReport(first.measurement, first.fix) : null,
        },
        null,
        2,
      ) + '\n',
    );
  } else if (flow.report) {
    io.stdout(
      `First measurement: ${first.measurement.verdict.title}\n` +
        resyncText(flow) +
        '\nMeasured again:\n' +
        textReport(flow.final, fix),
    );
  } else {
    io.stdout(textReport(flow.final, fix) + resyncText(flow));
  }
  return failsJob(flow.final, config) ? 1 : 0;
}
