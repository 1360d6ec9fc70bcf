/**
 * Where the metrics go for a config and an environment, and how much of the deadline that may take. Pure
 * and small, so that entry points load the export code only when something is to be exported.
 */
import type { Config } from '../config/config.js';
import { otlpPlan } from './otlp.js';

export interface MetricsTargets {
  metricsFile: string | undefined;
  pushgateway: URL | undefined;
  /** OTEL_EXPORTER_OTLP_(METRICS_)ENDPOINT is set (and OpenTelemetry is not turned off). */
  otlp: boolean;
  /** Whether any of them is wanted at all. */
  any: boolean;
  /** Whether a network destination is among them: the check then keeps a share of its deadline. */
  network: boolean;
}

export function metricsTargets(config: Config, env: NodeJS.ProcessEnv): MetricsTargets {
  // An endpoint that is set but unusable still counts: its warning is said when exporting.
  const plan = otlpPlan(env);
  const otlp = plan.settings !== undefined || plan.warnings.length > 0;
  const network = config.pushgateway !== undefined || otlp;
  return {
    metricsFile: config.metricsFile,
    pushgateway: config.pushgateway,
    otlp,
    any: network || config.metricsFile !== undefined,
    network,
  };
}

/**
 * The share of `timeout` kept for pushing and exporting when a network destination is configured: the
 * check gets the rest, so the whole run still ends within `timeout`. A tenth, at least 250 ms (or half of
 * a very short timeout), at most 2 s: a Pushgateway or collector on the same network answers in
 * milliseconds, and a slow one must not hold up the job.
 */
export function exportShareMs(timeoutMs: number): number {
  return Math.min(2000, Math.max(Math.min(250, timeoutMs / 2), timeoutMs / 10));
}

/** The config the check runs with: the same, with the export's share taken off its deadline. */
export function checkConfig(config: Config, targets: MetricsTargets): Config {
  return targets.network
    ? { ...config, timeoutMs: config.timeoutMs - exportShareMs(config.timeoutMs) }
    : config;
}
