/**
 * The GitHub Action's main step: inputs through @actions/core, then outputs, one annotation and the job
 * summary. Everything is caught here; nothing escapes as a stack trace.
 */
import * as core from '@actions/core';
import { InputError, readConfig } from '../config/config.js';
import { failsJob } from '../gate/check.js';
import { runGate } from '../gate/gate.js';
import { awsRequirementFailure } from '../gate/aws-notes.js';
import { resyncMarkdown } from '../resync/describe.js';
import { jsonReport } from '../report/json.js';
import { summaryMarkdown } from '../report/summary.js';
import { STATE_MEASUREMENT, toSaved } from './state.js';

export async function run(): Promise<void> {
  try {
    const config = readConfig((name) => core.getInput(name), process.env);
    const { first, flow, final: measurement, fix, notes } = await runGate(config, process.env);
    // The AWS account id is masked in every log line from here on (it also appears inside ARNs).
    for (const r of measurement.results) {
      if (typeof r.details?.account === 'string') core.setSecret(r.details.account);
    }
    const v = measurement.verdict;
    const report = jsonReport(measurement, fix, notes);
    core.saveState(STATE_MEASUREMENT, JSON.stringify(toSaved(measurement)));

    core.setOutput('status', v.status);
    core.setOutput('offset-ms', report.offsetMs === null ? '' : String(report.offsetMs));
    core.setOutput('uncertainty-ms', report.uncertaintyMs === null ? '' : String(report.uncertaintyMs));
    core.setOutput('sources', JSON.stringify(report.sources));
    core.setOutput('resynced', String(flow.resynced));
    if (flow.report) {
      // What was run and what it changed; the second measurement below is what decides.
      (flow.report.ok ? core.notice : core.warning)(flow.line, { title: 'clock-preflight resync' });
    } else if (config.resync !== 'false' && first.verdict.status !== 'ok') {
      core.notice(flow.line, { title: 'clock-preflight resync skipped' });
    }

    const fails = failsJob(measurement, config);
    const required = awsRequirementFailure(config, measurement.results);
    const body = [v.message, ...notes].join('\n');
    const text = v.status === 'fail' || v.status === 'warn' ? `${body}\nFix: ${fix}` : body;
    if (required && v.status !== 'fail') core.error(text, { title: 'AWS signed check failed (aws: sts)' });
    else if (fails) core.error(text, { title: v.title });
    else if (v.status !== 'ok') core.warning(text, { title: v.title });
    else core.info(`${v.title}. ${body}`);

    await writeSummary(
      summaryMarkdown(measurement, fix, notes) + (flow.decision.run ? resyncMarkdown(flow) : ''),
    );
    if (fails) process.exitCode = core.ExitCode.Failure;
  } catch (error) {
    if (error instanceof InputError) core.setFailed(error.message);
    else
      core.setFailed(
        `clock-preflight failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
      );
  }
}

async function writeSummary(markdown: string): Promise<void> {
  // Outside a runner (or on a runner without summaries) there is no file to write: not an error.
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}
