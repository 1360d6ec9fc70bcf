/**
 * Why a resync command failed and what to try next, from its exit code and output. Pure: what the tools
 * say in their own words is matched here, so that a person under pressure reads the cause, not a code.
 */
import type { ExecResult } from './exec.js';
import type { Step, StrategyKind } from './strategy.js';

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

interface Rule {
  matches: RegExp;
  reason: string;
  /** SUDO: the sudoers line for the failing command. */
  next: string;
}

const SUDO = '<sudoers>';

const COMMON: Rule[] = [
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

const BY_KIND: Partial<Record<StrategyKind, Rule[]>> = {
  chrony: [
    {
      matches: /\b500 Failure\b/,
      reason:
        'chronyd refused to step: it has no selected source with a measurement to step by, or it does not control the clock (started with -x)',
      next: 'check `chronyc sources -v` for a source marked `*`; if none answers, UDP 123 is blocked or the servers are unreachable: allow it, point chrony at an internal server (on EC2: `server 169.254.169.123 iburst`), or use resync-method: set-clock',
    },
    {
      matches: /\b501 Not authori[sz]ed\b/,
      reason: 'chronyc needs root for this command (it reached chronyd only over the unprivileged UDP port)',
      next: SUDO,
    },
    {
      matches:
        /\b506 Cannot talk to daemon\b|Could not open connection to daemon|Could not open command socket/i,
      reason: 'chronyd is not running or its command socket is unreachable',
      next: 'start it: `sudo systemctl start chronyd` (Debian/Ubuntu: `chrony`), then check `chronyc tracking`',
    },
    {
      matches: /\b503 No such source\b/,
      reason: 'chronyd has no NTP sources configured',
      next: 'add servers to chrony.conf (on EC2: `server 169.254.169.123 iburst`) and restart chronyd',
    },
  ],
  timesyncd: [
    {
      matches: /NTP not supported|Unit systemd-timesyncd\.service (not found|is masked)/i,
      reason: 'systemd-timesyncd is not installed or is masked',
      next: 'install it (`sudo apt-get install systemd-timesyncd`) or use chrony',
    },
  ],
  ntpd: [
    {
      matches: /Unit .* not found|unrecognized service/i,
      reason: 'the ntpd service unit has another name here',
      next: 'restart it by hand (`sudo systemctl restart ntp`, `ntpd` or `ntpsec`), then check `ntpq -p`',
    },
  ],
  openntpd: [
    {
      matches: /Unit .* not found|unrecognized service/i,
      reason: 'the OpenNTPD service unit has another name here',
      next: 'restart it by hand with -s, then check `ntpctl -s status`',
    },
  ],
  macos: [
    {
      matches: /Timeout|Exchange failed|no (response|reply)|cannot resolve|not known/i,
      reason: 'no answer from that NTP server (UDP 123 blocked, or the name does not resolve)',
      next: 'the next server is tried; if none answers, use resync-method: set-clock, which sets the clock from the HTTPS/STS consensus',
    },
  ],
  windows: [
    {
      matches: /0x80070426|service has not been started/i,
      reason: 'the Windows Time service (W32Time) is not running',
      next: 'start it as administrator: `net start w32time`, then `w32tm /resync /force`',
    },
    {
      matches: /no time data was available/i,
      reason: 'W32Time has no reachable time source',
      next: 'as administrator: `w32tm /config /manualpeerlist:time.windows.com,0x8 /syncfromflags:manual /update`, then `w32tm /resync /force`',
    },
    {
      matches: /Access is denied|0x80070005/i,
      reason: 'w32tm needs an elevated (administrator) runner',
      next: 'run the runner service as an administrator or LocalSystem',
    },
  ],
  'set-clock': [
    {
      matches: /invalid date|unknown option|illegal (option|time format)/i,
      reason: 'this date command does not accept that time format',
      next: 'the next form is tried; otherwise set the clock by hand',
    },
  ],
};

const NOT_INSTALLED_NEXT: Record<StrategyKind, string> = {
  chrony: 'install chrony (`sudo apt-get install chrony`) or check PATH',
  timesyncd: 'systemd tools are missing: is this a container? Fix the clock on the host',
  ntpd: 'install ntpsec or chrony',
  openntpd: 'install OpenNTPD or chrony',
  macos: 'sntp ships with macOS at /usr/bin/sntp: check PATH',
  windows: 'w32tm ships with Windows in System32: check PATH',
  'set-clock': 'date is part of the base system: check PATH',
};

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
      return { reason: `${command} is not installed or not on PATH`, next: NOT_INSTALLED_NEXT[kind] };
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
  const rule = [...(BY_KIND[kind] ?? []), ...COMMON].find((r) => r.matches.test(output));
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
