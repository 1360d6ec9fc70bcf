/**
 * A resync strategy as data: which commands, in which order, with which fallbacks. Strategies are pure
 * builders (see chrony.ts, timesyncd.ts, …) so that tests can read exactly what would run; run.ts
 * executes them.
 */
import type { RunnerType, TimeService } from '../platform/kinds.js';

export interface Step {
  /** Names the step for `onlyIf` and in reports. */
  id: string;
  /** Without `sudo -n`; that is added at run time when needed. argv[0] is looked up on PATH. */
  argv: readonly string[];
  /** Why the step runs, for the report. */
  purpose: string;
  /**
   * For commands that carry an absolute time: the argv computed from the runner's clock at the moment the
   * step runs (so that time spent on earlier steps does not end up in the clock). `argv` then shows the
   * command as it would be at plan time.
   */
  argvAt?: (runnerNowMs: number) => readonly string[];
  /** Needs root on POSIX: run through `sudo -n` when we are not root and sudo works without a password. */
  privileged: boolean;
  /** Exit codes besides 0 that mean success (e.g. `net start` 2: already running). */
  okExitCodes?: readonly number[];
  /** Its failure does not end the attempt: probes, best-effort nudges, bounded waits. */
  optional?: boolean;
  /** Run only when an earlier step's output (stdout and stderr) matched. */
  onlyIf?: { step: string; matches: RegExp };
  /** Repeat every `everyMs` until the output matches, within `forMs` (polling for synchronisation). */
  until?: { matches: RegExp; everyMs: number; forMs: number };
  /** Upper bound for one run of this step; the overall deadline bounds it too. */
  maxMs?: number;
  /** Wait this long after the step (e.g. for burst measurements to arrive), within the deadline. */
  pauseAfterMs?: number;
}

/** A sequence of steps; a strategy's attempts are alternatives, tried in order until one succeeds. */
export interface Attempt {
  name: string;
  steps: readonly Step[];
}

export type StrategyKind = Exclude<TimeService, 'unknown'> | 'set-clock';

export interface Strategy {
  kind: StrategyKind;
  /** For people: `chrony`, `systemd-timesyncd`, `NTPsec`, … */
  label: string;
  attempts: readonly Attempt[];
  /** Said in the report when every attempt failed, before the per-failure advice. */
  whenAllFail: string;
}

export interface StrategyContext {
  /** The resync budget in ms: strategies size their bounded waits from it. */
  budgetMs: number;
  runner: RunnerType;
  /** NTP server names for tools that need one named (macOS sntp), in order of preference. */
  servers?: readonly string[];
  /** Service unit of ntpd/NTPsec/OpenNTPD when known (ntp, ntpd, ntpsec, openntpd). */
  unit?: string;
  /**
   * Tests only: the chronyd command socket (or host) chronyc talks to (`chronyc -h …`), so that a real
   * chronyc can exercise the strategy against a chronyd started with -x.
   */
  chronycHost?: string;
}

/** A share of the budget for a bounded wait, never negative, never more than `capMs`. */
export function share(budgetMs: number, fraction: number, capMs: number): number {
  return Math.max(0, Math.min(capMs, Math.floor(budgetMs * fraction)));
}

/**
 * For daemons that step only when they start (ntpd, NTPsec, OpenNTPD): restart the unit through systemd,
 * or through `service` where there is no systemd, then run `wait`. `what` names the daemon in the purpose.
 */
export function restartAttempts(unit: string, what: string, wait: Step): Attempt[] {
  const restart = (argv: string[], purpose: string): Step => ({
    id: 'restart',
    argv,
    purpose,
    privileged: true,
    maxMs: 10_000,
  });
  return [
    {
      name: `systemctl restart ${unit}`,
      steps: [
        restart(
          ['systemctl', '--no-ask-password', 'restart', `${unit}.service`],
          `restart ${what} so that it steps the clock at start`,
        ),
        wait,
      ],
    },
    {
      name: `service ${unit} restart`,
      steps: [restart(['service', unit, 'restart'], `restart ${what} without systemd`), wait],
    },
  ];
}
