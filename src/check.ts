/**
 * The check both entry points run: plan the sources from the config, measure, and attach fix advice.
 */
import type { Config, ServerSpec } from './config.js';
import { amazonTimeSyncServers, detectEc2 } from './resync/ec2.js';
import { measure, type Measurement } from './measure.js';
import { ntpSource } from './sources/ntp.js';
import { ntsSource } from './sources/nts.js';
import type { TimeSource } from './sources/source.js';
import { fixAdvice } from './advice.js';
import { detectPlatform } from './platform.js';

/** On EC2 the Amazon Time Sync Service (link-local, one hop) joins the NTP servers, unless NTP is off. */
export function ntpServersFor(config: Config, onEc2: boolean): ServerSpec[] {
  if (!onEc2 || config.ntpServers.length === 0) return config.ntpServers;
  const have = new Set(config.ntpServers.map((s) => `${s.host}:${s.port}`));
  return [...config.ntpServers, ...amazonTimeSyncServers().filter((s) => !have.has(`${s.host}:${s.port}`))];
}

export function planSources(config: Config, onEc2 = detectEc2()): TimeSource[] {
  return [
    ...config.ntsServers.map((s) => ntsSource(s)),
    ...ntpServersFor(config, onEc2).map((s) => ntpSource(s)),
  ];
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
    requireAuthenticated: config.requireAuthenticated,
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
