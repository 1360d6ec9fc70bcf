/**
 * The resync entry point: pick the strategy (the machine's own time service, or set-clock when asked and
 * allowed), settle privileges (root, `sudo -n`, or neither), run it within the deadline and report what
 * ran and what changed. Always returns a report, never throws: the caller measures again either way and
 * the second verdict decides.
 */
import { existsSync } from 'node:fs';
import { isKubernetesPod, runnerType, type RunnerType, type TimeService } from '../platform/facts.js';
import { monotonicMs, reanchorWallClock, systemClock } from '../time/clock.js';
import { chronySystemTimeMs } from './strategies/chrony.js';
import { TIME_SERVICES } from '../platform/time-services.js';
import type { ResyncMethod } from './decision.js';
import { detectTimeService, type TimeServiceDetection } from '../platform/detect.js';
import type { Privilege } from './diagnose.js';
import { detectEc2, ec2Advice } from '../platform/ec2.js';
import { setClockEligibility, type ConsensusSummary } from './eligibility.js';
import { boundedExec, type Exec } from './exec.js';
import type { Strategy, StrategyContext } from './strategy.js';
import { runStrategy, type CommandRecord } from './run.js';
import { setClockStrategy } from './strategies/set-clock.js';

export interface PlatformOverride {
  os?: NodeJS.Platform;
  runner?: RunnerType;
  service?: TimeService;
  unit?: string;
  isRoot?: boolean;
  ec2?: boolean;
  /** A Kubernetes pod; detected when not given. */
  kubernetes?: boolean;
}

export interface ResyncOptions {
  method: ResyncMethod;
  /** Budget for the whole resync, in ms of monotonic time (the wall clock is what we are changing). */
  deadlineMs: number;
  /** The first measurement's consensus; set-clock needs it. */
  consensus?: ConsensusSummary;
  /** Detected when not given; tests force it to run the macOS and Windows strategies on Linux. */
  platform?: PlatformOverride;
  /** NTP host names for tools that need one named (macOS sntp), in order of preference. */
  servers?: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Injectable for unit tests only. */
  exec?: Exec;
  /**
   * The chronyd command socket or host for chronyc (`chronyc -h …`), when it is not the default: a
   * chronyd with its own `bindcmdaddress`. Tests point a real chronyc at a chronyd started with -x.
   */
  chronycHost?: string;
}

export interface ResyncReport {
  ok: boolean;
  method: ResyncMethod;
  /** The strategy's name for people: `chrony`, `macOS sntp`, `set-clock`, or `none`. */
  strategy: string;
  service: TimeService;
  /** What detection rests on. */
  detection: string;
  privilege: Privilege;
  /** Every command that ran (or was skipped, with why), in order. */
  commands: CommandRecord[];
  /** What changed, when the tools say so. The second measurement is the proof either way. */
  changed?: string;
  /** One line for the annotation. */
  summary: string;
  /** For each failure: the reason and the next thing to try. */
  problems: string[];
  /** Fix text for an EC2 instance (the Amazon Time Sync Service). */
  ec2?: string;
  elapsedMs: number;
}

export function strategyFor(service: TimeService, ctx: StrategyContext): Strategy | undefined {
  return TIME_SERVICES[service].strategy?.(ctx);
}

function shown(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

function seconds(ms: number): string {
  return `${(Math.abs(ms) / 1000).toFixed(3)} s`;
}

function chronyChange(records: CommandRecord[]): string | undefined {
  const at = (id: string) => {
    const r = records.find((c) => c.step === id && c.ok);
    return r ? chronySystemTimeMs(r.stdout) : undefined;
  };
  const before = at('tracking-before');
  const after = at('tracking-after');
  // Nothing to say when chronyd saw no error to begin with, or saw the same one after.
  if (before === undefined || after === undefined || Math.abs(before - after) < 1) return undefined;
  const say = (ms: number) =>
    Math.abs(ms) < 0.5 ? 'under 1 ms' : `${seconds(ms)} ${ms > 0 ? 'slow' : 'fast'}`;
  return `chronyd's estimate of the clock error went from ${say(before)} to ${say(after)}`;
}

function describeChange(
  strategy: Strategy,
  records: CommandRecord[],
  offsetMs: number | undefined,
): string | undefined {
  if (strategy.kind === 'chrony') return chronyChange(records);
  if (
    strategy.kind === 'set-clock' &&
    offsetMs !== undefined &&
    records.some((r) => r.step === 'set' && r.ok)
  ) {
    return `moved the clock ${offsetMs >= 0 ? 'forward' : 'back'} by ${seconds(offsetMs)}`;
  }
  return undefined;
}

/**
 * Root, passwordless sudo, or neither. `sudo -n true` is the cheap test; a sudoers file that allows only
 * the time commands (as the README recommends) refuses `true`, so then `sudo -n -l <command>` asks
 * whether the strategy's first privileged command is allowed, without running it. Never prompts.
 */
async function settlePrivilege(
  os: NodeJS.Platform,
  isRoot: boolean | undefined,
  firstPrivileged: readonly string[] | undefined,
  run: (argv: string[], timeoutMs: number) => Promise<CommandRecord>,
  records: CommandRecord[],
): Promise<Privilege> {
  if (os === 'win32') return 'not-applicable';
  if (isRoot ?? process.getuid?.() === 0) return 'root';
  const check = await run(['sudo', '-n', 'true'], 3000);
  records.push(check);
  if (check.ok) return 'sudo';
  if (!firstPrivileged || /not found on PATH/.test(check.stderr)) return 'no-sudo';
  const allowed = await run(['sudo', '-n', '-l', ...firstPrivileged], 3000);
  records.push(allowed);
  if (allowed.ok) {
    // The narrower check answered; the broad one's failure is not a problem any more.
    check.ok = true;
    delete check.reason;
    delete check.next;
  }
  return allowed.ok ? 'sudo' : 'no-sudo';
}

/** The tool's own first words, for quoting: `500 Failure`, `sudo: a password is required`. */
function said(c: CommandRecord): string {
  const line = `${c.stderr}\n${c.stdout}`
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  return line && line.length <= 120 ? line : '';
}

function summarise(
  report: Omit<ResyncReport, 'summary'>,
  succeeded: string | undefined,
  whenAllFail: string,
): string {
  const ran = report.commands.filter((c) => c.argv.length > 0 && c.step !== 'sudo-check');
  const main = ran.filter((c) => !c.optional);
  if (report.ok) {
    const what =
      main
        .filter((c) => c.attempt === succeeded)
        .map((c) => `\`${shown(c.argv)}\``)
        .join(', ') || `\`${succeeded}\``;
    const caveat = ran.filter((c) => c.attempt === succeeded && c.optional && !c.ok && c.reason).at(-1);
    return `Resynced with ${report.strategy}: ran ${what}${report.changed ? `; ${report.changed}` : ''}${caveat ? ` (${caveat.step}: ${caveat.reason})` : ''}.`;
  }
  const failed = [...main].reverse().find((c) => !c.ok) ?? [...ran].reverse().find((c) => !c.ok);
  if (!failed) return `Resync with ${report.strategy} did not work: ${whenAllFail}`;
  const answered = failed.skipped
    ? `was skipped (${failed.skipped})`
    : failed.exitCode === null
      ? `could not run`
      : `exited with ${failed.exitCode}${said(failed) ? ` ("${said(failed)}")` : ''}`;
  return `Resync with ${report.strategy} did not work: \`${shown(failed.argv)}\` ${answered}: ${failed.reason}. Next: ${failed.next}.`;
}

export async function resyncClock(opts: ResyncOptions): Promise<ResyncReport> {
  const started = monotonicMs();
  const endAt = started + Math.max(0, opts.deadlineMs);
  const env = opts.env ?? process.env;
  const os = opts.platform?.os ?? process.platform;
  const runner = opts.platform?.runner ?? runnerType(env);
  const exec = opts.exec ?? boundedExec;
  const records: CommandRecord[] = [];
  const base = { method: opts.method, commands: records, problems: [] as string[] };
  const elapsed = () => Math.round(monotonicMs() - started);
  let service: TimeService = opts.platform?.service ?? 'unknown';
  let detection = 'not detected';
  let ec2: string | undefined;
  // A report for a resync that ran nothing (or stopped): the one summary is also the one problem.
  const failed = (summary: string, strategy = 'none'): ResyncReport => ({
    ...base,
    ok: false,
    strategy,
    service,
    detection,
    privilege: 'not-applicable',
    summary,
    problems: [summary],
    ...(ec2 ? { ec2 } : {}),
    elapsedMs: elapsed(),
  });
  try {
    const inPod = opts.platform?.kubernetes ?? (os === 'linux' && isKubernetesPod(env, existsSync));
    if (inPod) {
      detection = 'a Kubernetes pod';
      return failed(
        "Resync not possible in a Kubernetes pod: the pod has no right to set the clock, and its clock is the node's. Nothing was run here; fix the node's time service (see the fix above).",
      );
    }
    const onEc2 = opts.platform?.ec2 ?? detectEc2(os);
    let strategy: Strategy | undefined;
    if (!opts.platform?.service && opts.method === 'auto') {
      const found: TimeServiceDetection = detectTimeService({ os, env });
      service = found.service;
      detection = found.evidence;
      if (found.unit && !opts.platform?.unit)
        opts = { ...opts, platform: { ...opts.platform, unit: found.unit } };
    } else if (opts.platform?.service) {
      detection = `${opts.platform.service} (given)`;
    }
    if (onEc2) ec2 = ec2Advice(service);

    if (opts.method === 'set-clock') {
      const eligibility = setClockEligibility(opts.consensus);
      if (!eligibility.eligible) {
        return failed(`Set-clock refused: ${eligibility.why}. The clock was not touched.`, 'set-clock');
      }
      strategy = setClockStrategy(os, opts.consensus!.offsetMs, systemClock.nowMs());
      detection = `set-clock: ${eligibility.why}`;
    } else {
      const chronycHost = opts.chronycHost;
      strategy = strategyFor(service, {
        budgetMs: opts.deadlineMs,
        runner,
        ...(opts.servers ? { servers: opts.servers } : {}),
        ...(opts.platform?.unit ? { unit: opts.platform.unit } : {}),
        ...(chronycHost ? { chronycHost } : {}),
      });
    }
    if (!strategy) {
      const summary = `Resync not possible: ${detection}. Install chrony (\`sudo apt-get install chrony\`) or enable systemd-timesyncd; as a last resort set \`resync-method: set-clock\`.`;
      return failed(summary);
    }

    const firstPrivileged = strategy.attempts[0]?.steps.find((st) => st.privileged && !st.optional)?.argv;
    const privilege = await settlePrivilege(
      os,
      opts.platform?.isRoot,
      firstPrivileged,
      async (argv, timeoutMs) => {
        const t0 = monotonicMs();
        const r = await exec(argv, {
          timeoutMs: Math.min(timeoutMs, Math.max(1, endAt - monotonicMs())),
          env,
        });
        const ok = r.exitCode === 0;
        return {
          attempt: 'privileges',
          step: 'sudo-check',
          argv,
          purpose: 'check that sudo works without a password (never prompts)',
          exitCode: r.exitCode,
          timedOut: r.timedOut,
          durationMs: Math.round(monotonicMs() - t0),
          stdout: '',
          stderr: r.notRun ?? r.stderr.slice(0, 300),
          ok,
          optional: true,
          ...(ok
            ? {}
            : {
                reason: r.notRun
                  ? 'sudo is not installed'
                  : 'sudo needs a password here (or refuses this user)',
                next: 'privileged commands run without sudo and will likely be refused',
              }),
        };
      },
      records,
    );

    const run = await runStrategy(strategy, {
      exec,
      env,
      privilege,
      endAt,
      monotonicNow: monotonicMs,
      wallNow: () => systemClock.nowMs(),
    });
    records.push(...run.records);
    // Whatever ran may have stepped the wall clock; reads after this must see the new time.
    reanchorWallClock();
    const ok = run.succeeded !== undefined;
    const changed = describeChange(strategy, records, opts.consensus?.offsetMs);
    const problems = records
      .filter((r) => !r.ok && r.reason && !(ok && r.optional && r.step === 'sudo-check'))
      .map((r) => `${r.argv.length ? `\`${shown(r.argv)}\`` : r.step}: ${r.reason}. Next: ${r.next}.`);
    if (!ok) problems.push(strategy.whenAllFail);
    const partial = {
      ...base,
      ok,
      strategy: strategy.label,
      service,
      detection,
      privilege,
      ...(changed ? { changed } : {}),
      problems,
      ...(ec2 ? { ec2 } : {}),
      elapsedMs: elapsed(),
    };
    return { ...partial, summary: summarise(partial, run.succeeded, strategy.whenAllFail) };
  } catch (error) {
    return failed(
      `Resync failed unexpectedly: ${error instanceof Error ? error.message : String(error)}. The run goes on to the second measurement.`,
    );
  }
}
