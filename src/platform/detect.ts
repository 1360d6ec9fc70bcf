/**
 * Which time service keeps this machine's clock, found at run time from what is running, not only from
 * what is installed: a chronyc binary next to a running systemd-timesyncd must not send us to chronyc.
 * Reads /proc and a few unit files: no processes, no network. A chronyd started with -x does not control
 * the clock (test servers on this very machine run that way) and does not count.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TIME_SERVICES, type TimeService, type TimeServiceRecord } from './time-services.js';
import { findOnPath } from './path.js';

export interface TimeServiceDetection {
  service: TimeService;
  /** systemd unit (without .service) for ntpd, NTPsec, OpenNTPD. */
  unit?: string;
  /** Whether a running daemon was found (false: only installed, or nothing). */
  running: boolean;
  /** What the decision rests on, for the report. */
  evidence: string;
}

/** The file-system reads detection needs, injectable so that tests can describe any machine. */
export interface DetectFs {
  readdir(path: string): string[];
  readFile(path: string): string;
  exists(path: string): boolean;
}

export const realFs: DetectFs = {
  readdir: (p) => {
    try {
      return readdirSync(p);
    } catch {
      return [];
    }
  },
  readFile: (p) => {
    try {
      return readFileSync(p, 'utf8').slice(0, 4096);
    } catch {
      return '';
    }
  },
  exists: (p) => existsSync(p),
};

export interface RunningProcess {
  /** /proc/<pid>/comm: the name, truncated by the kernel to 15 characters. */
  comm: string;
  argv: string[];
}

/**
 * The processes under `procDir` whose name `wanted` accepts, with their command lines. Only those
 * command lines are read: every other process costs one read of its name, not two (a process's
 * cmdline takes longer to read than its comm, and a runner has a hundred or more processes).
 */
export function runningProcesses(
  fs: DetectFs,
  procDir = '/proc',
  wanted: (comm: string) => boolean = () => true,
): RunningProcess[] {
  const out: RunningProcess[] = [];
  for (const pid of fs.readdir(procDir).filter((d) => /^\d+$/.test(d))) {
    const comm = fs.readFile(join(procDir, pid, 'comm')).trim();
    if (comm === '' || !wanted(comm)) continue;
    const argv = fs
      .readFile(join(procDir, pid, 'cmdline'))
      .split('\0')
      .filter((a) => a !== '');
    // No command line: a kernel thread, or a process that is exiting (a zombie keeps its name but not its
    // command line). Neither is a daemon keeping the clock, and an exiting chronyd's -x cannot be read.
    if (argv.length > 0) out.push({ comm, argv });
  }
  return out;
}

/** The names (comm) of the time daemons detectTimeService looks for. */
function isTimeDaemonName(comm: string): boolean {
  return ['chronyd', 'ntpd', 'openntpd'].includes(comm) || comm.startsWith('systemd-timesyn');
}

/** chronyd's -x, alone or among combined short options (-dx), means "never touch the clock". */
export function chronydControlsClock(argv: readonly string[]): boolean {
  return !argv.slice(1).some((a) => /^-[a-zA-Z]*x[a-zA-Z]*$/.test(a) && !a.startsWith('--'));
}

const UNIT_DIRS = [
  '/etc/systemd/system',
  '/run/systemd/system',
  '/lib/systemd/system',
  '/usr/lib/systemd/system',
];

function unitExists(fs: DetectFs, unit: string): boolean {
  return UNIT_DIRS.some((d) => fs.exists(join(d, `${unit}.service`)));
}

function ntpUnit(fs: DetectFs): string {
  return ['ntpsec', 'ntp', 'ntpd'].find((u) => unitExists(fs, u)) ?? 'ntp';
}

function isOpenntpd(p: RunningProcess, fs: DetectFs): boolean {
  return (
    p.comm === 'openntpd' ||
    /openntpd/.test(p.argv[0] ?? '') ||
    (unitExists(fs, 'openntpd') &&
      !unitExists(fs, 'ntp') &&
      !unitExists(fs, 'ntpsec') &&
      !unitExists(fs, 'ntpd'))
  );
}

export interface DetectOptions {
  os?: NodeJS.Platform;
  fs?: DetectFs;
  env?: NodeJS.ProcessEnv;
  procDir?: string;
}

export function detectTimeService(options: DetectOptions = {}): TimeServiceDetection {
  const os = options.os ?? process.platform;
  const fs = options.fs ?? realFs;
  const env = options.env ?? process.env;
  if (os === 'darwin') return { service: 'macos', running: true, evidence: 'macOS (timed)' };
  if (os === 'win32') return { service: 'windows', running: true, evidence: 'Windows (W32Time)' };

  const procs = runningProcesses(fs, options.procDir ?? '/proc', isTimeDaemonName);
  const chronyds = procs.filter((p) => p.comm === 'chronyd');
  if (chronyds.some((p) => chronydControlsClock(p.argv))) {
    return { service: 'chrony', running: true, evidence: 'chronyd is running' };
  }
  if (procs.some((p) => p.comm.startsWith('systemd-timesyn'))) {
    return { service: 'timesyncd', running: true, evidence: 'systemd-timesyncd is running' };
  }
  const ntpds = procs.filter((p) => p.comm === 'ntpd' || p.comm === 'openntpd');
  if (ntpds.some((p) => isOpenntpd(p, fs))) {
    return {
      service: 'openntpd',
      unit: unitExists(fs, 'openntpd') ? 'openntpd' : 'ntpd',
      running: true,
      evidence: 'OpenNTPD is running',
    };
  }
  if (ntpds.length > 0) {
    const unit = ntpUnit(fs);
    return {
      service: 'ntpd',
      unit,
      running: true,
      evidence: `${unit === 'ntpsec' ? 'NTPsec' : 'ntpd'} is running`,
    };
  }

  // Nothing running that we recognise: fall back to what is installed, and say so.
  const ignored =
    chronyds.length > 0 ? ' (a chronyd started with -x is running, but it does not control the clock)' : '';
  const installed = (what: string) =>
    `no time daemon is running${ignored}; ${what} is installed but not running`;
  for (const [service, record] of Object.entries(TIME_SERVICES) as Array<[TimeService, TimeServiceRecord]>) {
    const hint = record.installed;
    if (
      !hint ||
      !(
        hint.commands?.some((c) => findOnPath(c, env)) ||
        hint.files?.some((f) => fs.exists(f)) ||
        hint.units?.some((u) => unitExists(fs, u))
      )
    )
      continue;
    const unit = service === 'openntpd' ? 'openntpd' : service === 'ntpd' ? ntpUnit(fs) : undefined;
    return { service, ...(unit ? { unit } : {}), running: false, evidence: installed(record.label) };
  }
  return { service: 'unknown', running: false, evidence: `no time daemon is running or installed${ignored}` };
}
