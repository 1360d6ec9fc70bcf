/**
 * `clock-preflight check` and `clock-preflight resync`, a thin adapter: the gate's one outcome, rendered
 * as text or JSON; its exit code is the outcome's. `resync` is `check` with `--resync` defaulting to
 * `true` (the user asked for a resync by name; `force` also acts on GitHub-hosted runners). For other CI
 * systems and for the runner's pre-job hook.
 */
import { readConfig, type Config } from '../config/config.js';
import { runGate, type GateDeps } from '../gate/gate.js';
import type { Outcome } from '../gate/outcome.js';
import { renderJson } from '../report/json.js';
import { renderText, terminalColumns } from '../report/text.js';
import type { Io } from './io.js';
import { cliMetrics } from './metrics.js';
import { verdictChosen } from '../guard.js';

/**
 * Inside GitHub Actions the account id is masked in the log as the action masks it (the runner replaces it
 * from this line on), before any report that may name it. Only a 12-digit id is ever written here: a
 * server's text never is. `main` lets exactly these lines through as commands.
 */
export function maskAccountIds(outcome: Outcome, io: Io): void {
  if (io.env.GITHUB_ACTIONS === 'true' && outcome.maskAccountId) {
    for (const id of outcome.accountIds) io.stdout(`::add-mask::${id}\n`);
  }
}

/** Returns the exit code: 0 when the final measurement passes (ok, warn), 1 when it fails the job. */
export async function gateCommand(
  config: Config,
  json: boolean,
  io: Io,
  deps: GateDeps = {},
): Promise<number> {
  const metrics = await cliMetrics(config, io);
  const outcome = await runGate(metrics.measureConfig, io.env, 'cli', deps);
  // From here the exit code is the verdict's, whatever fails while it is reported.
  verdictChosen(outcome.exitCode);
  maskAccountIds(outcome, io);
  if (json) io.stdout(JSON.stringify(renderJson(outcome), null, 2) + '\n');
  else io.stdout(renderText(outcome, { columns: terminalColumns(io.env, io.columns) }));
  // Delivery never changes the verdict: a warning each, and the outcome's exit code.
  await metrics.deliver(outcome);
  return outcome.exitCode;
}

export interface ResyncCommandArgs {
  inputs: ReadonlyMap<string, string>;
  json: boolean;
}

export async function resyncCommand(args: ResyncCommandArgs, io: Io, deps: GateDeps = {}): Promise<number> {
  const config = readConfig(
    (name) => (name === 'resync' ? (args.inputs.get(name) ?? 'true') : args.inputs.get(name)),
    io.env,
  );
  return gateCommand(config, args.json, io, deps);
}
