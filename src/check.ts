/**
 * The check both entry points run: plan the sources from the config, measure, and attach fix advice.
 */
import type { Config } from './config.js';
import { measure, type Measurement } from './measure.js';
import { ntpSource } from './sources/ntp.js';
import type { TimeSource } from './sources/source.js';
import { fixAdvice } from './advice.js';
import { detectPlatform } from './platform.js';

export function planSources(config: Config): TimeSource[] {
  return [...config.ntpServers.map((s) => ntpSource(s))];
}

export interface CheckOutcome {
  measurement: Measurement;
  fix: string;
}

export async function runCheck(config: Config, env: NodeJS.ProcessEnv = process.env): Promise<CheckOutcome> {
  const sources = planSources(config);
  const measurement = await measure(sources, {
    warnOffsetMs: config.warnOffsetMs,
    maxOffsetMs: config.maxOffsetMs,
    timeoutMs: config.timeoutMs,
  });
  return { measurement, fix: fixAdvice(detectPlatform(env)) };
}

/** Exit code semantics shared by both entries: whether this outcome should fail the job. */
export function failsJob(m: Measurement, config: Config): boolean {
  const v = m.verdict;
  if (v.status === 'fail') return true;
  if (v.status === 'unknown') return v.reason === 'no-majority' || config.onUnreachable === 'fail';
  return false;
}
