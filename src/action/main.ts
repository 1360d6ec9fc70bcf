/**
 * The GitHub Action's main step, a thin adapter: inputs through @actions/core, the gate's one outcome,
 * then its renderings handed to the runner (outputs, annotations, state for the post step, job summary).
 * Everything is caught here; nothing escapes as a stack trace. A file the runner gave us that cannot be
 * written (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY) is said as a warning and the verdict stands.
 *
 * `run` is what @github/local-action calls (npx @github/local-action run . src/action/main.ts .env), so
 * only @actions/core functions its stand-in has are used: process.exitCode, not core.ExitCode.
 */
import * as core from '@actions/core';
import { InputError, readConfig } from '../config/config.js';
import { runGate } from '../gate/gate.js';
import type { Outcome } from '../gate/outcome.js';
import { renderAnnotations, type Annotation } from '../report/annotations.js';
import { forLog } from '../report/escape.js';
import { renderOutputs } from '../report/outputs.js';
import { renderSummary } from '../report/summary.js';
import { STATE_MEASUREMENT, STATE_METRICS, toSaved } from './state.js';
import { asSentence, throughRunnerFile } from './runner-files.js';
import { setUpMetrics, type MetricsSetUp } from '../report/metrics-targets.js';
import { afterVerdict, unexpectedErrorLine, verdictChosen } from '../guard.js';

function annotate(a: Annotation): void {
  if (a.level === 'info') core.info(a.message);
  else if (a.level === 'notice') core.notice(a.message, { title: a.title });
  else if (a.level === 'warning') core.warning(a.message, { title: a.title });
  else core.error(a.message, { title: a.title });
}

/** Runs one write to a runner file; on failure returns what could not be written and why, as a sentence. */
async function attempt(what: string, write: () => void | Promise<void>): Promise<string | undefined> {
  try {
    await write();
    return undefined;
  } catch (error) {
    return `${what}: ${asSentence(error)}`;
  }
}

async function writeSummary(markdown: string): Promise<void> {
  // Outside a runner (or on a runner without summaries) there is no file to write: not an error.
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await throughRunnerFile('GITHUB_STEP_SUMMARY', async () => {
    await core.summary.addRaw(markdown, true).write();
  });
}

/** Hands the outcome to the runner. No write failure changes the exit code, which is set before. */
export async function report(outcome: Outcome): Promise<void> {
  // The AWS account id is masked in every log line from here on (it also appears inside ARNs).
  if (outcome.maskAccountId) for (const id of outcome.accountIds) core.setSecret(id);
  const failures: string[] = [];
  const outputs = renderOutputs(outcome);
  const outputFailure = await attempt('the step outputs (GITHUB_OUTPUT)', () =>
    throughRunnerFile('GITHUB_OUTPUT', () => {
      for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
    }),
  );
  if (outputFailure) failures.push(outputFailure);
  const stateFailure = await attempt('the measurement for the post step (GITHUB_STATE)', () =>
    throughRunnerFile('GITHUB_STATE', () =>
      core.saveState(STATE_MEASUREMENT, JSON.stringify(toSaved(outcome.measurement))),
    ),
  );
  if (stateFailure) failures.push(stateFailure);
  for (const a of renderAnnotations(outcome)) annotate(a);
  const summaryFailure = await attempt('the job summary (GITHUB_STEP_SUMMARY)', () =>
    writeSummary(renderSummary(outcome)),
  );
  if (summaryFailure) failures.push(summaryFailure);
  for (const f of failures) {
    core.warning(
      forLog(
        `clock-preflight could not write ${f} The verdict stands: status ${outcome.status}, ` +
          (outcome.exitCode === 0 ? 'the step passes.' : 'the step fails.'),
      ),
      { title: 'clock-preflight could not write a runner file' },
    );
  }
}

/**
 * The metrics, wherever configured, after the verdict, the summary and the annotations, within the run's
 * deadline. A delivery that fails, however it fails, is a warning; the step's result is the outcome's.
 * The families are kept for the post step, which adds the drift across the job to the same file.
 */
async function deliverMetrics(outcome: Outcome, metrics: MetricsSetUp): Promise<void> {
  const { families, warnings } = await metrics.deliver({ kind: 'outcome', outcome });
  if (metrics.targets.metricsFile && families.length > 0) {
    try {
      throughRunnerFile('GITHUB_STATE', () => core.saveState(STATE_METRICS, JSON.stringify(families)));
    } catch {
      // The post step then reads the main step's gauges back from the file itself.
    }
  }
  for (const w of warnings)
    core.warning(forLog(w), { title: 'clock-preflight could not deliver its metrics' });
}

export async function run(): Promise<void> {
  verdictChosen(undefined);
  try {
    const config = readConfig((name) => core.getInput(name), process.env);
    // A metrics file that cannot be written is a bad input, said before anything is measured.
    const metrics = setUpMetrics(config, process.env);
    const outcome = await runGate(metrics.measureConfig, process.env, 'action');
    // From here the step's result is the verdict's, whatever fails while it is reported.
    verdictChosen(outcome.exitCode);
    // The verdict's exit code is set before anything else runs: nothing after it may change the result.
    if (outcome.exitCode !== 0) process.exitCode = outcome.exitCode;
    await report(outcome);
    await deliverMetrics(outcome, metrics);
  } catch (error) {
    if (error instanceof InputError) core.setFailed(forLog(error.message));
    // After the verdict, a warning (its exit code stands, set above); before it, the step fails.
    else if (afterVerdict())
      core.warning(forLog(`clock-preflight: ${unexpectedErrorLine(error, { labelled: false })}`));
    else core.setFailed(forLog(`clock-preflight: ${unexpectedErrorLine(error)}`));
  }
}
