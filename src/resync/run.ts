/**
 * Executes a strategy: attempts in order until one succeeds, each step bounded by what is left of the
 * deadline, every command recorded with its exit code, output and diagnosis. Never throws.
 */
import { diagnose, type Privilege } from './diagnose.js';
import type { Exec, ExecResult } from './exec.js';
import type { Step, Strategy } from './strategy.js';

export interface CommandRecord {
  attempt: string;
  step: string;
  /** As run, including `sudo -n` when it was used. Empty when the step was skipped. */
  argv: string[];
  purpose: string;
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** Excerpts of the command's output. */
  stdout: string;
  stderr: string;
  ok: boolean;
  optional: boolean;
  /** How many times a polling step ran. */
  polls?: number;
  /** Why the step did not run. */
  skipped?: string;
  /** For a failed step: why, and the next thing to try. */
  reason?: string;
  next?: string;
}

export interface RunContext {
  exec: Exec;
  env: NodeJS.ProcessEnv;
  privilege: Privilege;
  /** Monotonic ms at which everything must be over. */
  endAt: number;
  monotonicNow: () => number;
  /** The runner's wall clock, for steps that carry an absolute time. */
  wallNow: () => number;
}

export interface StrategyRun {
  records: CommandRecord[];
  /** The attempt that succeeded, if any. */
  succeeded?: string;
}

/** Below this, a command cannot even start reliably (the watchdog is a Node process). */
export const MIN_STEP_MS = 300;
const EXCERPT_CHARS = 600;

export function excerpt(text: string): string {
  const t = text.trim();
  return t.length <= EXCERPT_CHARS ? t : `${t.slice(0, EXCERPT_CHARS)}…`;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

export function withPrivilege(step: Step, argv: readonly string[], privilege: Privilege): string[] {
  return step.privileged && privilege === 'sudo' ? ['sudo', '-n', ...argv] : [...argv];
}

export async function runStrategy(strategy: Strategy, ctx: RunContext): Promise<StrategyRun> {
  const records: CommandRecord[] = [];
  for (const attempt of strategy.attempts) {
    const outputs = new Map<string, string>();
    let failed = false;
    let permission = false;
    for (const step of attempt.steps) {
      const base = { attempt: attempt.name, step: step.id, purpose: step.purpose, optional: !!step.optional };
      const skip = (why: string, ok: boolean) =>
        records.push({
          ...base,
          argv: [],
          exitCode: null,
          timedOut: false,
          durationMs: 0,
          stdout: '',
          stderr: '',
          ok,
          skipped: why,
        });
      if (step.onlyIf) {
        const earlier = outputs.get(step.onlyIf.step);
        if (earlier === undefined || !step.onlyIf.matches.test(earlier)) {
          skip(`not needed (${step.onlyIf.step} did not match ${step.onlyIf.matches.source})`, true);
          continue;
        }
      }
      if (ctx.endAt - ctx.monotonicNow() < MIN_STEP_MS) {
        skip('no time left before the resync deadline', !!step.optional);
        if (!step.optional) failed = true;
        break;
      }
      const argv = withPrivilege(step, step.argvAt ? step.argvAt(ctx.wallNow()) : step.argv, ctx.privilege);
      const started = ctx.monotonicNow();
      const once = () =>
        ctx.exec(argv, {
          timeoutMs: Math.max(1, Math.min(step.maxMs ?? Infinity, ctx.endAt - ctx.monotonicNow())),
          env: ctx.env,
        });
      let result: ExecResult;
      let ok: boolean;
      let polls: number | undefined;
      if (step.until) {
        const until = step.until;
        const pollEnd = Math.min(started + until.forMs, ctx.endAt);
        polls = 0;
        for (;;) {
          result = await once();
          polls++;
          ok = until.matches.test(`${result.stdout}\n${result.stderr}`);
          // A command that cannot run at all will not start working by being asked again.
          if (ok || result.notRun || ctx.monotonicNow() + until.everyMs + MIN_STEP_MS > pollEnd) break;
          await sleep(until.everyMs);
        }
      } else {
        result = await once();
        ok =
          result.exitCode === 0 ||
          (result.exitCode !== null && (step.okExitCodes ?? []).includes(result.exitCode));
      }
      outputs.set(step.id, `${result.stdout}\n${result.stderr}`);
      const record: CommandRecord = {
        ...base,
        argv,
        exitCode: result.exitCode,
        timedOut: result.timedOut,
        durationMs: Math.round(ctx.monotonicNow() - started),
        stdout: excerpt(result.stdout),
        stderr: excerpt(result.notRun ?? result.stderr),
        ok,
        ...(polls !== undefined ? { polls } : {}),
      };
      if (!ok) {
        if (step.until && !result.notRun && !result.timedOut && result.exitCode === 0) {
          record.reason = `not synchronised yet after ${Math.round(record.durationMs / 100) / 10} s (${polls} checks)`;
          record.next = 'the second measurement shows whether the clock was corrected';
        } else {
          const d = diagnose(strategy.kind, step, result, ctx.privilege);
          record.reason = d.reason;
          record.next = d.next;
          if (!step.optional) permission = !!d.permission;
        }
      }
      records.push(record);
      if (!ok && !step.optional) {
        failed = true;
        break;
      }
      if (step.pauseAfterMs) {
        await sleep(Math.min(step.pauseAfterMs, ctx.endAt - ctx.monotonicNow() - 2 * MIN_STEP_MS));
      }
    }
    if (!failed) return { records, succeeded: attempt.name };
    if (permission) break;
  }
  return { records };
}
