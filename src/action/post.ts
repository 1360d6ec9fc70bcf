/**
 * The action's post step: at the end of the job, measure again with the sources that answered in the main
 * step and compare. Silent when nothing moved; a warning (moved by more than warn-offset) or an error
 * annotation (now past max-offset) and a summary line otherwise. It never fails the job: by now the job's
 * work is done, and the annotation is what tells the story.
 */
import * as core from '@actions/core';
import { InputError, readConfig, type Config } from '../config/config.js';
import { compareDrift, type DriftFinding, type SavedMeasurement } from '../decide/drift.js';
import { runCheck } from '../gate/check.js';
import { humanDuration } from '../format.js';
import { forLog, forTitle, markdownText } from '../report/escape.js';
import { systemClock } from '../time/clock.js';
import { fromSaved, metricsFromSaved, STATE_MEASUREMENT, STATE_METRICS } from './state.js';
import { setUpMetrics } from '../report/metrics-targets.js';
import { asSentence, throughRunnerFile } from './runner-files.js';

/**
 * Cheap: only the NTP and NTS servers that answered in the main step (a silent one, behind a firewall
 * dropping UDP 123 or TCP 4460, would only be waited for again), AWS's Date check only when none of them
 * answered (else the https servers), and never the signed AWS call. Undefined when there is nothing to ask.
 */
export function postCheckConfig(config: Config, before: SavedMeasurement): Config | undefined {
  const ntpServers = config.ntpServers.filter((s) => before.ntpServers.includes(s.label));
  const ntsServers = config.ntsServers.filter((s) => before.ntsServers.includes(s.label));
  const servers = ntpServers.length + ntsServers.length;
  const aws = servers > 0 || config.aws === 'off' ? ('off' as const) : ('https' as const);
  // The https servers likewise only when nothing cheaper is left (AWS's Date check is one of them).
  const httpsServers = servers > 0 || aws !== 'off' ? [] : config.httpsServers;
  if (servers === 0 && aws === 'off' && httpsServers.length === 0) return undefined;
  return {
    ...config,
    ntpServers,
    ntsServers,
    httpsServers,
    aws,
    timeoutMs: Math.min(config.timeoutMs, 5000),
  };
}

/** The drift as an annotation, and a line of the job summary. */
async function reportDrift(finding: DriftFinding): Promise<void> {
  const title = forTitle(finding.title);
  if (finding.level === 'error') core.error(forLog(finding.message), { title });
  else core.warning(forLog(finding.message), { title });
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await throughRunnerFile('GITHUB_STEP_SUMMARY', async () => {
      await core.summary
        .addRaw(
          `### ⏱️ clock-preflight post-check: ${markdownText(finding.title)}\n\n${markdownText(finding.message)}\n`,
          true,
        )
        .write();
    });
  } catch (error) {
    core.warning(
      forLog(
        `clock-preflight post-check could not write the job summary (GITHUB_STEP_SUMMARY): ${asSentence(error)} The annotation above says it all.`,
      ),
    );
  }
}

/** `run`, as @github/local-action expects of an entry point (npx @github/local-action run . src/action/post.ts .env). */
export async function run(): Promise<void> {
  try {
    let config: Config;
    try {
      config = readConfig((name) => core.getInput(name), process.env);
    } catch (error) {
      // The main step refused the same inputs and said so in its error annotation: a second one here would
      // only repeat it.
      if (error instanceof InputError)
        return core.info(forLog(`post-check: skipped, the inputs are not valid: ${error.message}`));
      throw error;
    }
    if (!config.postCheck) return;
    const before = fromSaved(core.getState(STATE_MEASUREMENT));
    if (!before) {
      core.debug('post-check: the main step left no measurement; nothing to compare');
      return;
    }
    const postConfig = postCheckConfig(config, before);
    if (!postConfig) return;
    // A metrics file whose place went bad since the main step is said when writing it, after the drift.
    const metrics = setUpMetrics(postConfig, process.env, { checkFile: false });
    // The post step reports drift, never a fix: the machine is not inspected for one.
    const { measurement } = await runCheck(metrics.measureConfig, process.env, { fixAdvice: false });
    const v = measurement.verdict;
    if (v.offsetMs === undefined || v.uncertaintyMs === undefined) {
      core.info(forLog(`post-check: could not measure again (${v.title}).`));
      return;
    }
    const now = { offsetMs: v.offsetMs, uncertaintyMs: v.uncertaintyMs };
    // Elapsed true time, not runner time: the runner's clock is exactly what may have jumped.
    const elapsedMs = systemClock.nowMs() + v.offsetMs - (before.atMs + (before.offsetMs ?? 0));
    const finding = compareDrift(before, now, elapsedMs, config);
    if (finding) await reportDrift(finding);
    else
      core.info(`post-check: the clock held steady during the job (${humanDuration(v.offsetMs)} off now).`);
    // After the annotation, which is the story: the metrics only repeat it, and their failure is a warning.
    const { warnings } = await metrics.deliver({
      kind: 'post',
      post: { ...now, beforeOffsetMs: before.offsetMs },
      mainFamilies: metrics.targets.metricsFile ? metricsFromSaved(core.getState(STATE_METRICS)) : [],
    });
    for (const w of warnings)
      core.warning(forLog(`post-check: ${w}`), { title: 'clock-preflight could not deliver its metrics' });
  } catch (error) {
    // The post step reports; it does not break a job whose work is done.
    core.warning(
      forLog(
        `clock-preflight post-check could not run: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }
}
