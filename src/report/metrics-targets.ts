/**
 * Where the metrics go for a config and an environment, how much of the deadline that may take, and the
 * one set-up every entry point (the CLI's commands, the action's main and post steps) runs before it
 * measures. Small, and loaded at start-up: the rendering and writing code (metrics-deliver.ts) is loaded
 * only when there is something to deliver, after the verdict, and the network code (metrics-export.ts)
 * only when a Pushgateway or an OTLP endpoint is configured.
 */
import { accessSync, constants, lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { echo, InputError, type Config } from '../config/config.js';
import type { Outcome } from '../gate/outcome.js';
import { errorCode } from '../net/error-code.js';
import { untrustedText } from '../sources/untrusted-text.js';
import { monotonicMs } from '../time/clock.js';
import type { MetricFamily, PostCheckMetrics } from './metrics.js';
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

/**
 * What the metrics file's path names now, and so how it is written (metrics-deliver.ts):
 * - `file`: nothing, or a plain file: written beside it and renamed into place, so that a reader sees the
 *   old file or the new one, never half of one (a link to nothing is replaced as a file would be);
 * - `stream`: a character device or a named pipe (`/dev/null`, `/dev/stdout` on a terminal or a pipe, a
 *   FIFO a collector reads): written into as it is, since a rename would put a file in its place, and as
 *   root that breaks /dev/null for the whole machine;
 * - `refuse`: anything else, with why. A link to a plain file (the rename would land on the link, or,
 *   followed, on a file someone else chose); a link owned by neither this user nor root (planted: followed
 *   as root, it could lead to /dev/mem); a socket, a block device, a directory.
 */
export type MetricsFileKind = { kind: 'file' | 'stream' } | { kind: 'refuse'; why: string };

export function metricsFileKind(full: string): MetricsFileKind {
  const link = look(lstatSync, full);
  if ('code' in link) {
    return link.code === 'ENOENT'
      ? { kind: 'file' }
      : {
          kind: 'refuse',
          why: `it cannot be examined (${link.code}); check this user's access to it and its directories`,
        };
  }
  if (!link.info.isSymbolicLink()) return kindOf(link.info, full);
  const uid = process.getuid?.();
  if (uid !== undefined && link.info.uid !== uid && link.info.uid !== 0) {
    return { kind: 'refuse', why: 'it is a link owned by another user; name the file itself' };
  }
  const followed = look(statSync, full);
  if ('code' in followed) {
    return followed.code === 'ENOENT'
      ? { kind: 'file' }
      : {
          kind: 'refuse',
          why: `it is a link that cannot be followed (${followed.code}); name the file itself`,
        };
  }
  const target = followed.info;
  if (target.isFile()) {
    let real = '';
    try {
      real = realpathSync(full);
    } catch {
      // Named in the message only.
    }
    return {
      kind: 'refuse',
      why: `it is a link to the plain file ${echo(real)}; name that file itself`,
    };
  }
  return kindOf(target, full);
}

function kindOf(info: Stats, full: string): MetricsFileKind {
  if (info.isFile()) return { kind: 'file' };
  if (info.isCharacterDevice() || info.isFIFO()) return { kind: 'stream' };
  if (info.isDirectory())
    return {
      kind: 'refuse',
      why: `it is a directory; name a file in it, such as ${echo(join(full, 'clock_preflight.prom'))}`,
    };
  return {
    kind: 'refuse',
    why: 'it is a socket or a block device, which cannot be written as a file (/dev/stdout is a socket when a Node.js process started this one); name a plain file, a named pipe or a character device',
  };
}

/** What `read` (lstat or stat) says of `full`, or the error code that stopped it. */
function look(read: (path: string) => Stats, full: string): { info: Stats } | { code: string } {
  try {
    return { info: read(full) };
  } catch (error) {
    return { code: errorCode(error) };
  }
}

/**
 * Validates the metrics file's place before anything is measured, so that a run is never half done: what
 * the path names (metricsFileKind); for a stream, that it is writable; for a file, that its directory
 * exists, is a directory and is writable. Here, not beside the writing code, so that checking it loads
 * nothing more.
 */
export function checkMetricsFile(path: string): void {
  const full = resolve(path);
  const dir = dirname(full);
  const input = 'metrics-file';
  const kind = metricsFileKind(full);
  if (kind.kind === 'refuse') throw new InputError(input, `${echo(path)}: ${kind.why}`);
  if (kind.kind === 'stream') {
    try {
      accessSync(full, constants.W_OK);
    } catch {
      throw new InputError(input, `${echo(path)} is not writable by this user`);
    }
    return;
  }
  let dirStat;
  try {
    dirStat = statSync(dir);
  } catch {
    throw new InputError(
      input,
      `the directory ${echo(dir)} does not exist; create it (it is node_exporter's --collector.textfile.directory) or name a file in an existing directory`,
    );
  }
  if (!dirStat.isDirectory()) throw new InputError(input, `${echo(dir)} is not a directory`);
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch {
    throw new InputError(
      input,
      `the directory ${echo(dir)} is not writable by this user; the file is written there (a temporary file, then a rename)`,
    );
  }
}

/** What is delivered: an outcome's gauges (check, resync, wait, the main step), or the post step's. */
export type MetricsRequest =
  | { kind: 'outcome'; outcome: Outcome }
  | {
      kind: 'post';
      post: PostCheckMetrics;
      /** The main step's families as GITHUB_STATE kept them (validated); empty when it kept none. */
      mainFamilies: readonly MetricFamily[];
    };

export interface Delivered {
  /** The families rendered from an outcome (the main step keeps them for its post step); else empty. */
  families: MetricFamily[];
  /** One line per delivery that failed; the verdict and the exit code never depend on them. */
  warnings: string[];
}

export interface MetricsSetUp {
  targets: MetricsTargets;
  /** The config the measuring runs with: the export's share taken off its timeout. */
  measureConfig: Config;
  /** Monotonic time by which every delivery has ended: the set-up time plus the config's timeout. */
  deadlineMs: number;
  /**
   * Renders, writes, pushes and exports by the deadline, or by `byMs` (monotonic) when that is sooner (wait
   * stopped by a signal); never throws (a failure of any kind is one warning).
   */
  deliver(request: MetricsRequest, byMs?: number): Promise<Delivered>;
}

/**
 * The metrics set-up of every entry point, called before measuring: the destinations, the metrics file's
 * place checked (a bad one is an InputError, unless `checkFile` is false: the post step measures anyway
 * and says a failed write as a warning), the deadline, and a `deliver` that loads the delivery code only
 * when something is to be delivered.
 */
export function setUpMetrics(
  config: Config,
  env: NodeJS.ProcessEnv,
  options: { checkFile?: boolean } = {},
): MetricsSetUp {
  const targets = metricsTargets(config, env);
  if (config.metricsFile && options.checkFile !== false) checkMetricsFile(config.metricsFile);
  const deadlineMs = monotonicMs() + config.timeoutMs;
  return {
    targets,
    measureConfig: checkConfig(config, targets),
    deadlineMs,
    async deliver(request, byMs) {
      if (!targets.any) return { families: [], warnings: [] };
      try {
        const { deliverMetrics } = await import('./metrics-deliver.js');
        const by = byMs === undefined ? deadlineMs : Math.min(deadlineMs, byMs);
        return await deliverMetrics(request, targets, env, by);
      } catch (error) {
        // Whatever went wrong (loading the code, rendering, a bug), the verdict is already out.
        const why = untrustedText(error instanceof Error ? error.message : String(error), 300);
        return {
          families: [],
          warnings: [`Could not deliver the metrics: ${why}. The check's result stands.`],
        };
      }
    },
  };
}
