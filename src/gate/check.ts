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
import { detectPlatform, type PlatformFacts } from '../platform/facts.js';

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
  // Loaded side by side: each chunk's file is read while the one before compiles.
  const [ntsModule, awsModule, https] = await Promise.all([
    config.ntsServers.length > 0 ? import('../sources/nts.js') : undefined,
    config.aws !== 'off' ? import('../plan/aws.js') : undefined,
    // The public suffix list (for one vote per operator) is loaded only when https servers are asked.
    config.httpsServers.length > 0 ? import('../plan/https.js') : undefined,
  ]);
  const nts = ntsModule?.ntsSource;
  const aws = awsModule?.planAwsSources;
  return [
    ...(nts ? config.ntsServers.map((s) => nts(s)) : []),
    ...ntpServersFor(config, onEc2).map((s) => ntpSource(s)),
    ...(aws
      ? aws(config, env, { isEc2: () => onEc2, ...(https ? { operatorOf: https.operatorOf } : {}) })
      : []),
    ...(https ? https.planHttpsSources(config, env) : []),
  ];
}

export interface CheckResult {
  measurement: Measurement;
  /** How to fix this machine's clock; empty when the clock passed (the advice inspects the machine). */
  fix: string;
}

export interface CheckOptions {
  /** The instance metadata service (EC2 detection on Windows and macOS); the link-local one by default. */
  imdsEndpoint?: string;
  os?: NodeJS.Platform;
  /** false: the caller shows no fix (the post step, `run`'s check), so the machine is not inspected. */
  fixAdvice?: boolean;
}

export async function runCheck(
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
  options: CheckOptions = {},
): Promise<CheckResult> {
  const started = monotonicMs();
  const onEc2 = await detectEc2Anywhere({
    env,
    timeoutMs: Math.min(IMDS_BUDGET_MS, config.timeoutMs / 4),
    ...(options.os ? { os: options.os } : {}),
    ...(options.imdsEndpoint ? { imdsEndpoint: options.imdsEndpoint } : {}),
  });
  const sources = await planSources(config, onEc2, env);
  // Fix advice inspects the machine (time daemons in /proc, DMI): only worth it when there is something to
  // fix. It runs as soon as the answers decide so, in the stragglers' grace, not after it. Synchronously:
  // fs/promises read /proc's small files at five times the CPU (measured), and a straggler's reply read a few
  // milliseconds late only widens its own interval.
  const wantFix = options.fixAdvice !== false;
  let platform: PlatformFacts | undefined;
  const inspect = (): PlatformFacts => (platform ??= detectPlatform(env));
  const measurement = await measure(sources, {
    ...config.thresholds,
    // The metadata probe came out of the same deadline.
    timeoutMs: Math.max(1, config.timeoutMs - (monotonicMs() - started)),
    requireAuthenticated: config.requireAuthenticated,
    onDecided: (verdict) => {
      if (verdict.status !== 'ok' && wantFix) setImmediate(inspect);
    },
  });
  const fix =
    measurement.verdict.status === 'ok' || !wantFix
      ? ''
      : fixAdvice({ ...inspect(), ec2: onEc2 }, config.resync !== 'false');
  return { measurement, fix };
}
