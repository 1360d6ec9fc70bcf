/**
 * The check both entry points run: plan the sources from the config, measure, and attach fix advice.
 */
import type { Config, ServerSpec } from '../config/config.js';
import { amazonTimeSyncServers, detectEc2, detectEc2Anywhere, IMDS_BUDGET_MS } from '../platform/ec2.js';
import { monotonicMs } from '../time/clock.js';
import { measure, type Measurement } from '../decide/measure.js';
import { ntpSource } from '../sources/ntp.js';
import type { TimeSource } from '../sources/source.js';
import { fixAdvice } from '../platform/advice.js';
import { awsRequirementFailure, describeSignedCheck, ntpBehindProxyNote } from './aws-notes.js';
import { detectPlatform } from '../platform/facts.js';
import { localNetworkNote } from '../platform/local-network.js';

/** On EC2 the Amazon Time Sync Service (link-local, one hop) joins the NTP servers, unless NTP is off. */
export function ntpServersFor(config: Config, onEc2: boolean): ServerSpec[] {
  if (!onEc2 || config.ntpServers.length === 0) return config.ntpServers;
  const have = new Set(config.ntpServers.map((s) => `${s.host}:${s.port}`));
  return [...config.ntpServers, ...amazonTimeSyncServers().filter((s) => !have.has(`${s.host}:${s.port}`))];
}

/** The sources a config asks for. NTS (its cipher) and AWS modules are loaded only when configured. */
export async function planSources(
  config: Config,
  onEc2 = detectEc2(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<TimeSource[]> {
  const nts = config.ntsServers.length > 0 ? (await import('../sources/nts.js')).ntsSource : undefined;
  const aws = config.aws !== 'off' ? (await import('../plan/aws.js')).planAwsSources : undefined;
  return [
    ...(nts ? config.ntsServers.map((s) => nts(s)) : []),
    ...ntpServersFor(config, onEc2).map((s) => ntpSource(s)),
    ...(aws ? aws(config, env, { isEc2: () => onEc2 }) : []),
  ];
}

export interface CheckOutcome {
  measurement: Measurement;
  fix: string;
  /** Findings beside the verdict: what the signed AWS call saw, a required check that failed, a proxy. */
  notes: string[];
}

/** Pure: the notes a measurement deserves beyond its verdict. */
export function checkNotes(
  m: Measurement,
  config: Config,
  env: NodeJS.ProcessEnv,
  os: NodeJS.Platform = process.platform,
): string[] {
  const notes: string[] = [];
  const required = awsRequirementFailure(config, m.results);
  if (required) notes.push(required);
  for (const r of m.results) {
    const signed = r.kind === 'sts' ? describeSignedCheck(r) : undefined;
    if (signed) notes.push(signed);
  }
  const udp = m.results.filter((r) => r.kind === 'ntp' || r.kind === 'nts');
  if (udp.length > 0 && udp.every((r) => r.status !== 'ok')) {
    const proxy = ntpBehindProxyNote(env);
    if (proxy) notes.push(proxy);
  }
  const localNetwork = localNetworkNote(os, udp);
  if (localNetwork) notes.push(localNetwork);
  return notes;
}

export interface CheckOptions {
  /** The instance metadata service (EC2 detection on Windows and macOS); the link-local one by default. */
  imdsEndpoint?: string;
  os?: NodeJS.Platform;
}

export async function runCheck(
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
  options: CheckOptions = {},
): Promise<CheckOutcome> {
  const started = monotonicMs();
  const onEc2 = await detectEc2Anywhere({
    env,
    timeoutMs: Math.min(IMDS_BUDGET_MS, config.timeoutMs / 4),
    ...(options.os ? { os: options.os } : {}),
    ...(options.imdsEndpoint ? { imdsEndpoint: options.imdsEndpoint } : {}),
  });
  const sources = await planSources(config, onEc2, env);
  const measurement = await measure(sources, {
    warnOffsetMs: config.warnOffsetMs,
    maxOffsetMs: config.maxOffsetMs,
    // The metadata probe came out of the same deadline.
    timeoutMs: Math.max(1, config.timeoutMs - (monotonicMs() - started)),
    requireAuthenticated: config.requireAuthenticated,
  });
  // Fix advice inspects the machine (time daemons in /proc, DMI): only worth it when there is something to fix.
  const fix =
    measurement.verdict.status === 'ok'
      ? ''
      : fixAdvice({ ...detectPlatform(env), ec2: onEc2 }, config.resync !== 'false');
  return { measurement, fix, notes: checkNotes(measurement, config, env, options.os) };
}

/** Exit code semantics shared by both entries: whether this outcome should fail the job. */
export function failsJob(m: Measurement, config: Config): boolean {
  // aws: sts means the signed call itself is required, whatever the clock says.
  if (awsRequirementFailure(config, m.results)) return true;
  const v = m.verdict;
  if (v.status === 'fail') return true;
  if (v.status === 'unknown') return v.reason === 'no-majority' || config.onUnreachable === 'fail';
  return false;
}
