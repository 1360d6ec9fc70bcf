/**
 * Everything clock-preflight knows about each time service, in one record per service: how detection
 * names it, how to resync through it, what to tell a person to do by hand, what to do on EC2, and how to
 * read its tools' failures. Adding a service (or an OS) means one record here and one strategy builder
 * in resync/strategies/, instead of a case in every switch that used to spread this knowledge.
 */
import type { Strategy, StrategyContext } from '../resync/strategy.js';
import { chronyStrategy } from '../resync/strategies/chrony.js';
import { macosStrategy } from '../resync/strategies/macos.js';
import { ntpdStrategy } from '../resync/strategies/ntpd.js';
import { openntpdStrategy } from '../resync/strategies/openntpd.js';
import { timesyncdStrategy } from '../resync/strategies/timesyncd.js';
import { windowsStrategy } from '../resync/strategies/windows.js';

/** The time services clock-preflight knows: what runs on the machine decides advice and resync. */
import type { TimeService } from './kinds.js';

export type { TimeService };

/** A failure a tool reports in its own words, with what it means and what to try next. */
export interface FailureRule {
  matches: RegExp;
  reason: string;
  /** SUDOERS_HINT: the sudoers line for the failing command is filled in by the diagnosis. */
  next: string;
}

/** Placeholder in FailureRule.next for "give the runner user passwordless sudo for this command". */
export const SUDOERS_HINT = '<sudoers>';

export interface TimeServiceRecord {
  /** For people, in detection evidence and in the generic fix line. */
  label: string;
  /**
   * Linux, when no daemon runs: what shows the service is installed (commands on PATH, files, systemd
   * units), tried in table order. Running daemons are recognised in detect.ts from /proc.
   */
  installed?: { commands?: readonly string[]; files?: readonly string[]; units?: readonly string[] };
  /** The resync strategy through this service; undefined when there is none. */
  strategy?: (ctx: StrategyContext) => Strategy;
  /** What a person runs by hand to fix the clock on this machine. */
  fix: string;
  /** The one command for the generic "fix it wherever you are" line (explain without a platform). */
  quickFix?: string;
  /** After the Amazon Time Sync Service explanation: how to point this service at it. */
  ec2: string;
  /** Known failures of this service's tools, matched before the common ones. */
  failureRules: readonly FailureRule[];
  /** When the tool is not on PATH. */
  notInstalledNext: string;
}

export const AMAZON_TIME_SYNC_WHY =
  'This is an EC2 instance: use the Amazon Time Sync Service (169.254.169.123, or fd00:ec2::123 on Nitro with IPv6), which every instance reaches without internet access and which AWS keeps its own clocks to.';

const NTPD_UNIT_NOT_FOUND = /Unit .* not found|unrecognized service/i;

/** In the order detection tries what is installed: OpenNTPD's ntpd binary must not count as ntpd. */
export const TIME_SERVICES: Readonly<Record<TimeService, TimeServiceRecord>> = {
  chrony: {
    label: 'chrony',
    installed: { commands: ['chronyd', 'chronyc'], files: ['/usr/sbin/chronyd'] },
    strategy: chronyStrategy,
    fix: 'Step the clock now with `sudo chronyc -a makestep`, then check `chronyc tracking` and `chronyc sources`.',
    quickFix: 'sudo chronyc -a makestep',
    ec2: 'Add `server 169.254.169.123 prefer iburst minpoll 4 maxpoll 4` to /etc/chrony/chrony.conf (or /etc/chrony.conf), then `sudo systemctl restart chronyd`.',
    failureRules: [
      {
        matches: /\b500 Failure\b/,
        reason:
          'chronyd refused to step: it has no selected source with a measurement to step by, or it does not control the clock (started with -x)',
        next: 'check `chronyc sources -v` for a source marked `*`; if none answers, UDP 123 is blocked or the servers are unreachable: allow it, point chrony at an internal server (on EC2: `server 169.254.169.123 iburst`), or use resync-method: set-clock',
      },
      {
        matches: /\b501 Not authori[sz]ed\b/,
        reason:
          'chronyc needs root for this command (it reached chronyd only over the unprivileged UDP port)',
        next: SUDOERS_HINT,
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
    notInstalledNext: 'install chrony (`sudo apt-get install chrony`) or check PATH',
  },
  timesyncd: {
    label: 'systemd-timesyncd',
    installed: { files: ['/lib/systemd/systemd-timesyncd', '/usr/lib/systemd/systemd-timesyncd'] },
    strategy: timesyncdStrategy,
    fix: 'Turn on synchronisation and restart it: `sudo timedatectl set-ntp true && sudo systemctl restart systemd-timesyncd`, then check `timedatectl timesync-status`.',
    quickFix: 'sudo timedatectl set-ntp true',
    ec2: 'Set `NTP=169.254.169.123` in /etc/systemd/timesyncd.conf, then `sudo systemctl restart systemd-timesyncd`.',
    failureRules: [
      {
        matches: /NTP not supported|Unit systemd-timesyncd\.service (not found|is masked)/i,
        reason: 'systemd-timesyncd is not installed or is masked',
        next: 'install it (`sudo apt-get install systemd-timesyncd`) or use chrony',
      },
    ],
    notInstalledNext: 'systemd tools are missing: is this a container? Fix the clock on the host',
  },
  openntpd: {
    label: 'OpenNTPD',
    installed: { commands: ['ntpctl'], units: ['openntpd'] },
    strategy: openntpdStrategy,
    fix: 'Restart OpenNTPD with `-s` to step the clock at start, then check `ntpctl -s status`.',
    ec2: 'Add `server 169.254.169.123` to ntpd.conf and restart OpenNTPD.',
    failureRules: [
      {
        matches: NTPD_UNIT_NOT_FOUND,
        reason: 'the OpenNTPD service unit has another name here',
        next: 'restart it by hand with -s, then check `ntpctl -s status`',
      },
    ],
    notInstalledNext: 'install OpenNTPD or chrony',
  },
  ntpd: {
    label: 'ntpd',
    installed: { commands: ['ntpd', 'ntpq'] },
    strategy: ntpdStrategy,
    fix: 'Restart ntpd so that it steps the clock at start (`sudo systemctl restart ntp` or `ntpsec`), then check `ntpq -p`.',
    ec2: 'Add `server 169.254.169.123 prefer iburst` to /etc/ntp.conf (or /etc/ntpsec/ntp.conf) and restart ntpd.',
    failureRules: [
      {
        matches: NTPD_UNIT_NOT_FOUND,
        reason: 'the ntpd service unit has another name here',
        next: 'restart it by hand (`sudo systemctl restart ntp`, `ntpd` or `ntpsec`), then check `ntpq -p`',
      },
    ],
    notInstalledNext: 'install ntpsec or chrony',
  },
  macos: {
    label: 'macOS',
    strategy: macosStrategy,
    fix: 'Step the clock now with `sudo sntp -sS time.apple.com`, and keep "Set time and date automatically" on.',
    quickFix: 'sudo sntp -sS time.apple.com',
    ec2: 'Run `sudo systemsetup -setnetworktimeserver 169.254.169.123`.',
    failureRules: [
      {
        matches: /Timeout|Exchange failed|no (response|reply)|cannot resolve|not known/i,
        reason: 'no answer from that NTP server (UDP 123 blocked, or the name does not resolve)',
        next: 'the next server is tried; if none answers, use resync-method: set-clock, which sets the clock from the HTTPS/STS consensus',
      },
    ],
    notInstalledNext: 'sntp ships with macOS at /usr/bin/sntp: check PATH',
  },
  windows: {
    label: 'Windows',
    strategy: windowsStrategy,
    fix: 'Run `w32tm /resync /force` as administrator (start the service first with `net start w32time` if it is stopped).',
    quickFix: 'w32tm /resync /force',
    ec2: 'Run `w32tm /config /manualpeerlist:169.254.169.123,0x8 /syncfromflags:manual /update` as administrator.',
    failureRules: [
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
    notInstalledNext: 'w32tm ships with Windows in System32: check PATH',
  },
  unknown: {
    label: 'no time service',
    fix: 'No time service was found: install chrony (`sudo apt-get install chrony`) or enable systemd-timesyncd.',
    ec2: 'Install chrony and add `server 169.254.169.123 prefer iburst` to its configuration.',
    failureRules: [],
    notInstalledNext: 'install chrony (`sudo apt-get install chrony`)',
  },
};

/** The one-line fix for any machine, from every service that has a single command for it. */
export function genericClockFix(): string {
  const each = Object.values(TIME_SERVICES)
    .filter((s) => s.quickFix !== undefined)
    .map((s) => `${s.label} \`${s.quickFix}\``);
  return `Step the clock now and keep a time service running: ${each.join('; ')}. Then run \`clock-preflight check\` again.`;
}
