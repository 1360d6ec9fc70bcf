/**
 * `clock-preflight check` and `clock-preflight resync`: the gate, then the report. `resync` is `check`
 * with `--resync` defaulting to `true` (the user asked for a resync by name; `force` also acts on
 * GitHub-hosted runners): the check, then (when it did not pass) the machine's own resync, then the
 * check again; the second measurement decides the exit code. For other CI systems and for the runner's
 * pre-job hook.
 */
import { readConfig, type Config } from '../config/config.js';
import { failsJob } from '../gate/check.js';
import { runGate, type GateDeps } from '../gate/gate.js';
import { jsonReport } from '../report/json.js';
import { textReport } from '../report/text.js';
import { resyncText } from '../resync/describe.js';
import type { Io } from './io.js';

export interface ResyncCommandArgs {
  inputs: ReadonlyMap<string, string>;
  json: boolean;
}

/** Returns the exit code: 0 when the final measurement passes (ok, warn), 1 when it fails the job. */
export async function gateCommand(
  config: Config,
  json: boolean,
  io: Io,
  deps: GateDeps = {},
): Promise<number> {
  const { first, flow, final, fix, notes } = await runGate(config, io.env, deps);
  if (json) {
    io.stdout(
      JSON.stringify(
        {
          ...jsonReport(final, fix, notes),
          resynced: flow.resynced,
          resync: { run: flow.decision.run, why: flow.decision.why, report: flow.report ?? null },
          first: flow.report ? jsonReport(first, fix) : null,
        },
        null,
        2,
      ) + '\n',
    );
  } else if (flow.report) {
    io.stdout(
      `First measurement: ${first.verdict.title}\n` +
        resyncText(flow) +
        '\nMeasured again:\n' +
        textReport(final, fix, notes),
    );
  } else {
    // Say why resync did not run only when it was asked for and the check did not pass.
    const why = config.resync !== 'false' && first.verdict.status !== 'ok' ? resyncText(flow) : '';
    io.stdout(textReport(final, fix, notes) + why);
  }
  return failsJob(final, config) ? 1 : 0;
}

export async function resyncCommand(args: ResyncCommandArgs, io: Io, deps: GateDeps = {}): Promise<number> {
  const config = readConfig(
    (name) => (name === 'resync' ? (args.inputs.get(name) ?? 'true') : args.inputs.get(name)),
    io.env,
  );
  return gateCommand(config, args.json, io, deps);
}
