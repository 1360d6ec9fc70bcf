/**
 * Why a resync command failed and what to try next, from its exit code and output. Pure: what the tools
 * say in their own words is matched here, so that a person under pressure reads the cause, not a code.
 */
import type { ExecResult } from './exec.js';
import type { Step, StrategyKind } from './strategy.js';
import { SUDOERS_HINT, TIME_SERVICES, type FailureRule } from '../platform/time-services.js';

/** How privileged commands were run. */
export type Privilege = 'root' | 'sudo' | 'no-sudo' | 'not-applicable';

export interface Diagnosis {
  reason: string;
  next: string;
  /** A permission problem: other attempts would hit the same wall, so they are not tried. */
  permission?: boolean;
}

/** The sudoers line that lets the runner user run one command as root without a password. */
export function sudoersHint(command: string): string {
  return `give the runner user passwordless sudo for this one command: \`runner ALL=(root) NOPASSWD: /usr/bin/${command}\` in /etc/sudoers.d/clock-preflight (the path from \`command -v ${command}\`)`;
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? ''
  );
}

const SUDO = SUDOERS_HINT;

const COMMON: FailureRule[] = [
  {
    matches: /a password is required|a terminal is required|no tty present|askpass/i,
    reason: 'sudo needs a password, and resync never prompts',
    next: SUDO,
  },
  {
    matches: /is not in the sudoers file|not allowed to execute/i,
    reason: 'the runner user may not run this command with sudo',
    next: SUDO,
  },
  {
    matches: /System has not been booted with systemd|Failed to connect to (the )?bus|Host is down/i,
    reason: 'systemd is not running here (a container or a minimal VM)',
    next: 'restart the time daemon the way this system starts services; in a container, fix the clock on the host',
  },
  {
    matches: /Interactive authentication required|Access denied|Permission denied|Operation not permitted/i,
    reason: 'not allowed: the command needs root',
    next: SUDO,
  },
];

/** set-clock is a strategy of its own, not a time service: its rules live here. */
const SET_CLOCK_RULES: FailureRule[] = [
  {
    matches: /invalid date|unknown option|illegal (option|time format)/i,
    reason: 'this date command does not accept that time format',
    next: 'the next form is tried; otherwise set the clock by hand',
  },
];

function rulesFor(kind: StrategyKind): readonly FailureRule[] {
  return kind === 'set-clock' ? SET_CLOCK_RULES : TIME_SERVICES[kind].failureRules;
}

function notInstalledNext(kind: StrategyKind): string {
  return kind === 'set-clock'
    ? 'date is part of the base system: check PATH'
    : TIME_SERVICES[kind].notInstalledNext;
}

export function diagnose(
  kind: StrategyKind,
  step: Step,
  result: ExecResult,
  privilege: Privilege,
): Diagnosis {
  const command = step.argv[0] ?? '';
  const noSudo = step.privileged && privilege === 'no-sudo';
  const note = noSudo ? ' (we are not root and `sudo -n` does not work here)' : '';
  if (result.notRun) {
    if (/^sudo: not found on PATH/.test(result.notRun)) {
      return {
        reason: 'sudo is not installed',
        next: `run the runner as root, or install sudo and ${sudoersHint(command)}`,
        permission: true,
      };
    }
    if (/not found on PATH/.test(result.notRun)) {
      return { reason: `${command} is not installed or not on PATH`, next: notInstalledNext(kind) };
    }
    return {
      reason: `${command} could not be started (${result.notRun})`,
      next: 'run it by hand to see why',
    };
  }
  if (result.timedOut) {
    return {
      reason: `${command} did not finish within the resync deadline and was stopped`,
      next: 'raise the timeout, or run the command by hand to see where it hangs',
    };
  }
  const output = `${result.stderr}\n${result.stdout}`;
  const rule = [...rulesFor(kind), ...COMMON].find((r) => r.matches.test(output));
  if (rule && rule.reason.startsWith('not allowed') && privilege === 'root') {
    return {
      reason:
        'not permitted even as root: in a container without CAP_SYS_TIME, or under a policy that forbids it',
      next: 'in a container the clock belongs to the host: fix the time service there',
      permission: true,
    };
  }
  if (rule) {
    return rule.next === SUDO
      ? { reason: rule.reason + note, next: sudoersHint(command), permission: true }
      : { reason: rule.reason + note, next: rule.next };
  }
  const said = firstLine(result.stderr) || firstLine(result.stdout);
  const reason = `${command} exited with ${result.exitCode}${said ? `: ${said}` : ''}${note}`;
  return {
    reason,
    next: noSudo ? sudoersHint(command) : 'run the command by hand on the runner to see the full error',
  };
}
