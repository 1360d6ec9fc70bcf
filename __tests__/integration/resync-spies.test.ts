/**
 * Every strategy through the real bounded exec (@actions/exec + watchdog), with spies on PATH standing in
 * for the tools: they record their argv and answer as scripted, and never set a clock. The environment's
 * PATH is the spy directory alone, so a command without a spy is "not found", never the real tool.
 * Platform and daemon are forced through options, so the macOS and Windows strategies run here on Linux.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { EVENT_LOOP_MARGIN_MS } from '../support/tolerance.js';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSpies, sequence, sudoSpy, type Spies } from '../support/path-spies.js';
import { resyncClock, type PlatformOverride, type ResyncOptions } from '../../src/resync/resync.js';

let spies: Spies;
beforeEach(() => {
  spies = makeSpies();
});
afterEach(() => spies.cleanup());

const linux = (service: PlatformOverride['service'], over: PlatformOverride = {}): PlatformOverride => ({
  os: 'linux',
  service,
  isRoot: true,
  ec2: false,
  runner: 'self-hosted',
  ...over,
});

function resync(platform: PlatformOverride, over: Partial<ResyncOptions> = {}) {
  return resyncClock({ method: 'auto', deadlineMs: 15_000, platform, env: spies.env(), ...over });
}

const TRACKING = (seconds: string) =>
  `echo '7F000001,127.0.0.1,2,1795423717.808909240,${seconds},0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,Normal'`;

/**
 * The spies answer at once; the budget only shapes the plan (waitsync gets half: 12 tries of 0.5 s) and must
 * leave room for every step to be started on a busy machine, where one spawn can take a second.
 */
const CHRONY_BUDGET_MS = 12_000;

describe('chrony', () => {
  const chronyc = () =>
    [
      'case "$*" in',
      `  *tracking*) ${sequence(spies.counter, [TRACKING('421.300000000'), TRACKING('0.000800000')]).replace(/\n/g, '\n  ')} ;;`,
      "  *waitsync*) echo 'try: 1, refid: 7F000001, correction: 0.000000002, skew: 0.366' ;;",
      "  *) echo '200 OK' ;;",
      'esac',
    ].join('\n');

  it('bursts, steps and waits as root, and reports what chronyd says changed', async () => {
    spies.add('chronyc', chronyc());
    const report = await resync(linux('chrony'), { deadlineMs: CHRONY_BUDGET_MS });
    expect(spies.calls()).toEqual([
      ['chronyc', '-c', 'tracking'],
      ['chronyc', '-a', 'burst', '4/4'],
      ['chronyc', '-a', 'makestep'],
      ['chronyc', 'waitsync', '12', '0.1', '0', '0.5'],
      ['chronyc', '-c', 'tracking'],
    ]);
    expect(report.ok).toBe(true);
    expect(report.privilege).toBe('root');
    expect(report.changed).toBe(
      "chronyd's estimate of the clock error went from 421.300 s slow to 0.001 s slow",
    );
    expect(report.summary).toBe(
      "Resynced with chrony: ran `chronyc -a makestep`; chronyd's estimate of the clock error went from 421.300 s slow to 0.001 s slow.",
    );
    expect(report.problems).toEqual([]);
  });

  it('uses sudo -n when not root and sudo works without a password', async () => {
    spies.add('chronyc', chronyc());
    spies.add('sudo', sudoSpy('works'));
    const report = await resync(linux('chrony', { isRoot: false }), { deadlineMs: CHRONY_BUDGET_MS });
    expect(report.privilege).toBe('sudo');
    expect(spies.calls().filter((c) => c[0] === 'sudo')).toEqual([
      ['sudo', '-n', 'true'],
      ['sudo', '-n', 'chronyc', '-c', 'tracking'],
      ['sudo', '-n', 'chronyc', '-a', 'burst', '4/4'],
      ['sudo', '-n', 'chronyc', '-a', 'makestep'],
      ['sudo', '-n', 'chronyc', 'waitsync', '12', '0.1', '0', '0.5'],
      ['sudo', '-n', 'chronyc', '-c', 'tracking'],
    ]);
    expect(report.ok).toBe(true);
  });

  it('uses sudo -n with a sudoers file that allows only the time commands (sudo -n true refused)', async () => {
    spies.add('chronyc', chronyc());
    spies.add('sudo', sudoSpy('restricted'));
    const report = await resync(linux('chrony', { isRoot: false }), { deadlineMs: CHRONY_BUDGET_MS });
    expect(report.privilege).toBe('sudo');
    expect(
      spies
        .calls()
        .filter((c) => c[0] === 'sudo')
        .slice(0, 3),
    ).toEqual([
      ['sudo', '-n', 'true'],
      ['sudo', '-n', '-l', 'chronyc', '-a', 'makestep'],
      ['sudo', '-n', 'chronyc', '-c', 'tracking'],
    ]);
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([]);
  });

  it('without passwordless sudo, runs chronyc as is and explains the refusal with a sudoers line', async () => {
    spies.add('chronyc', `echo '501 Not authorised'; exit 1`);
    spies.add('sudo', sudoSpy('password'));
    const report = await resync(linux('chrony', { isRoot: false }), { deadlineMs: CHRONY_BUDGET_MS });
    expect(report.privilege).toBe('no-sudo');
    expect(spies.calls().map((c) => c.slice(0, 3).join(' '))).toEqual([
      'sudo -n true',
      'sudo -n -l',
      'chronyc -c tracking',
      'chronyc -a burst',
      'chronyc -a makestep',
    ]);
    expect(report.ok).toBe(false);
    const makestep = report.commands.find((c) => c.step === 'makestep')!;
    expect(makestep.reason).toContain('chronyc needs root');
    expect(makestep.reason).toContain('sudo -n` does not work here');
    expect(makestep.next).toContain('NOPASSWD: /usr/bin/chronyc');
    expect(report.summary).toContain('("501 Not authorised")');
  });

  it('without sudo installed, says so', async () => {
    spies.add('chronyc', `echo '501 Not authorised'; exit 1`);
    const report = await resync(linux('chrony', { isRoot: false }), { deadlineMs: CHRONY_BUDGET_MS });
    expect(report.privilege).toBe('no-sudo');
    expect(report.commands[0]).toMatchObject({
      step: 'sudo-check',
      ok: false,
      reason: 'sudo is not installed',
    });
  });

  it('reports chronyc missing from PATH and still returns', async () => {
    const report = await resync(linux('chrony'), { deadlineMs: CHRONY_BUDGET_MS });
    expect(report.ok).toBe(false);
    const makestep = report.commands.find((c) => c.step === 'makestep')!;
    expect(makestep).toMatchObject({ exitCode: null, reason: 'chronyc is not installed or not on PATH' });
    expect(makestep.next).toContain('apt-get install chrony');
  });
});

describe('a command that cannot start', () => {
  it('reports why (not executable) and goes on', async () => {
    spies.add('chronyc');
    chmodSync(join(spies.dir, 'bin', 'chronyc'), 0o644);
    const report = await resync(linux('chrony'), { deadlineMs: CHRONY_BUDGET_MS });
    const makestep = report.commands.find((c) => c.step === 'makestep')!;
    expect(makestep).toMatchObject({ exitCode: null, ok: false, stderr: 'chronyc: cannot start: EACCES' });
    expect(makestep.reason).toBe('chronyc could not be started (chronyc: cannot start: EACCES)');
    expect(report.ok).toBe(false);
  });
});

describe('the deadline', () => {
  it('stops a command that hangs, and its children, and reports it', async () => {
    const pids = join(spies.dir, 'pids');
    // makestep hangs in a grandchild (sleep), as a stuck daemon call would.
    spies.add(
      'chronyc',
      `case "$*" in *makestep*) echo $$ >> '${pids}'; /bin/sleep 30 & echo $! >> '${pids}'; wait ;; *) echo '200 OK' ;; esac`,
    );
    const started = performance.now();
    const report = await resync(linux('chrony'), { deadlineMs: 2500 });
    const elapsed = performance.now() - started;
    // Within the 2.5 s deadline, plus killing the process group and reaping it on a busy machine.
    expect(elapsed).toBeLessThan(2500 + EVENT_LOOP_MARGIN_MS + 2000);
    const makestep = report.commands.find((c) => c.step === 'makestep')!;
    expect(makestep.timedOut).toBe(true);
    expect(makestep.exitCode).toBe(124);
    expect(makestep.reason).toContain('did not finish within the resync deadline');
    expect(makestep.stderr).toMatch(/did not finish within \d+ ms; stopped/);
    expect(report.ok).toBe(false);
    // Both the script and the sleep it started are gone (the watchdog killed the process group). A zombie
    // counts as gone: it has exited and waits only to be reaped by whoever inherited it.
    const alive = (pid: number) => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    const started2 = readFileSync(pids, 'utf8').trim().split('\n').map(Number);
    expect(started2).toHaveLength(2);
    for (let i = 0; i < 30 && started2.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
    expect(started2.filter(alive)).toEqual([]);
  });
});

describe('systemd-timesyncd', () => {
  it('turns NTP on, restarts the daemon and waits for its first reply', async () => {
    spies.add(
      'timedatectl',
      `case "$1" in timesync-status) ${sequence(spies.counter, ["echo '       Packet count: 0'", "echo '       Packet count: 1'"]).replace(/\n/g, '\n  ')} ;; esac`,
    );
    spies.add('systemctl');
    const report = await resync(linux('timesyncd'));
    expect(spies.calls()).toEqual([
      ['timedatectl', '--no-ask-password', 'set-ntp', 'true'],
      ['systemctl', '--no-ask-password', 'restart', 'systemd-timesyncd.service'],
      ['timedatectl', 'timesync-status'],
      ['timedatectl', 'timesync-status'],
    ]);
    expect(report.ok).toBe(true);
    expect(report.commands.find((c) => c.step === 'wait')).toMatchObject({ ok: true, polls: 2 });
    expect(report.summary).toBe(
      'Resynced with systemd-timesyncd: ran `timedatectl --no-ask-password set-ntp true`, `systemctl --no-ask-password restart systemd-timesyncd.service`.',
    );
  });

  it('explains a machine without systemd (a container)', async () => {
    spies.add(
      'timedatectl',
      `echo 'System has not been booted with systemd as init system (PID 1). Can'"'"'t operate.' >&2; echo 'Failed to connect to bus: Host is down' >&2; exit 1`,
    );
    spies.add('systemctl');
    const report = await resync(linux('timesyncd'));
    expect(report.ok).toBe(false);
    expect(spies.calls()).toHaveLength(1);
    expect(report.commands[0]!.reason).toBe('systemd is not running here (a container or a minimal VM)');
  });
});

describe('ntpd and NTPsec', () => {
  it('restarts NTPsec and waits for sync_ntp', async () => {
    spies.add('systemctl');
    spies.add(
      'ntpq',
      sequence(spies.counter, [
        "echo 'associd=0 status=c016 leap_alarm, sync_unspec'",
        "echo 'associd=0 status=0615 leap_none, sync_ntp, 1 event'",
      ]),
    );
    const report = await resync(linux('ntpd', { unit: 'ntpsec' }));
    expect(spies.calls()).toEqual([
      ['systemctl', '--no-ask-password', 'restart', 'ntpsec.service'],
      ['ntpq', '-c', 'rv'],
      ['ntpq', '-c', 'rv'],
    ]);
    expect(report).toMatchObject({ ok: true, strategy: 'NTPsec' });
  });

  it('falls back to `service` when systemctl is missing', async () => {
    spies.add('service');
    spies.add('ntpq', "echo 'leap_none, sync_ntp'");
    const report = await resync(linux('ntpd'));
    expect(spies.calls()).toEqual([
      ['service', 'ntp', 'restart'],
      ['ntpq', '-c', 'rv'],
    ]);
    expect(report.ok).toBe(true);
    expect(report.commands[0]).toMatchObject({
      exitCode: null,
      reason: 'systemctl is not installed or not on PATH',
    });
  });
});

describe('OpenNTPD', () => {
  it('restarts OpenNTPD and waits for "clock synced"', async () => {
    spies.add('systemctl');
    spies.add('ntpctl', "echo '4/4 peers valid, clock synced, stratum 2'");
    const report = await resync(linux('openntpd'));
    expect(spies.calls()).toEqual([
      ['systemctl', '--no-ask-password', 'restart', 'openntpd.service'],
      ['ntpctl', '-s', 'status'],
    ]);
    expect(report).toMatchObject({ ok: true, strategy: 'OpenNTPD' });
  });
});

describe('macOS (forced on Linux)', () => {
  const mac = (over: PlatformOverride = {}): PlatformOverride => ({
    os: 'darwin',
    isRoot: false,
    ec2: false,
    runner: 'github-hosted',
    ...over,
  });

  it('on a hosted runner tries time.windows.com first, then the configured servers, through sudo -n', async () => {
    spies.add('sudo', sudoSpy('works'));
    spies.add(
      'sntp',
      `case "$2" in time.apple.com) echo '+0.1 +/- 0.02 time.apple.com 17.253.4.125' ;; *) echo 'sntp: Exchange failed: Timeout' >&2; exit 1 ;; esac`,
    );
    const report = await resync(mac(), { servers: ['time.cloudflare.com'] });
    expect(spies.calls().filter((c) => c[0] === 'sntp')).toEqual([
      ['sntp', '-sS', 'time.windows.com'],
      ['sntp', '-sS', 'time.cloudflare.com'],
      ['sntp', '-sS', 'time.apple.com'],
    ]);
    expect(spies.calls()[0]).toEqual(['sudo', '-n', 'true']);
    expect(report).toMatchObject({ ok: true, strategy: 'macOS sntp', service: 'macos', privilege: 'sudo' });
    expect(report.commands.find((c) => c.argv.includes('time.windows.com'))!.reason).toContain(
      'no answer from that NTP server',
    );
    expect(report.summary).toBe('Resynced with macOS sntp: ran `sudo -n sntp -sS time.apple.com`.');
  });

  it('says what to do when no server answers', async () => {
    spies.add('sudo', sudoSpy('works'));
    spies.add('sntp', `echo 'sntp: Exchange failed: Timeout' >&2; exit 1`);
    const report = await resync(mac({ runner: 'self-hosted' }));
    expect(
      spies
        .calls()
        .filter((c) => c[0] === 'sntp')
        .map((c) => c[2]),
    ).toEqual(['time.apple.com', 'time.windows.com']);
    expect(report.ok).toBe(false);
    expect(report.problems.at(-1)).toContain('resync-method: set-clock');
  });
});

describe('Windows (forced on Linux)', () => {
  const win: PlatformOverride = { os: 'win32', ec2: false, runner: 'self-hosted' };

  it('starts a stopped W32Time, then resyncs', async () => {
    spies.add('sc', "echo '        STATE              : 1  STOPPED'");
    spies.add('net', "echo 'The Windows Time service was started successfully.'");
    spies.add('w32tm', "echo 'The command completed successfully.'");
    const report = await resync(win);
    expect(spies.calls()).toEqual([
      ['sc', 'query', 'w32time'],
      ['net', 'start', 'w32time'],
      ['w32tm', '/resync', '/force'],
    ]);
    expect(report).toMatchObject({ ok: true, privilege: 'not-applicable', service: 'windows' });
  });

  it('leaves a running W32Time alone, and falls back to /rediscover when there is no time data', async () => {
    spies.add('sc', "echo '        STATE              : 4  RUNNING'");
    spies.add('net');
    spies.add(
      'w32tm',
      `case "$2" in /force) echo 'The computer did not resync because no time data was available.'; exit 1 ;; *) echo 'The command completed successfully.' ;; esac`,
    );
    const report = await resync(win);
    expect(spies.calls()).toEqual([
      ['sc', 'query', 'w32time'],
      ['w32tm', '/resync', '/force'],
      ['w32tm', '/resync', '/rediscover'],
    ]);
    expect(report.ok).toBe(true);
    expect(report.commands.find((c) => c.argv.includes('/force'))!.reason).toBe(
      'W32Time has no reachable time source',
    );
  });

  it('accepts `net start` saying the service already runs (exit 2)', async () => {
    spies.add('sc', "echo 'STATE : 1  STOPPED'");
    spies.add('net', "echo 'The requested service has already been started.' >&2; exit 2");
    spies.add('w32tm');
    expect((await resync(win)).ok).toBe(true);
  });
});

describe('set-clock', () => {
  const consensus = { offsetMs: 421_250, uncertaintyMs: 4, agreeing: 3, authenticated: false };

  it('moves a Linux clock relatively by the consensus offset (spy date)', async () => {
    spies.add('date');
    const report = await resync(linux(undefined), { method: 'set-clock', consensus });
    expect(spies.calls()).toEqual([['date', '-u', '-s', '+421.250 seconds']]);
    expect(report).toMatchObject({
      ok: true,
      strategy: 'set-clock',
      changed: 'moved the clock forward by 421.250 s',
    });
    expect(report.detection).toBe('set-clock: 3 sources agree within ±4 ms');
  });

  it('falls back to an absolute time computed when it runs when date has no relative form', async () => {
    spies.add('date', `case "$3" in @*) exit 0 ;; *) echo "date: invalid date '$3'" >&2; exit 1 ;; esac`);
    const before = Date.now();
    const report = await resync(linux(undefined), {
      method: 'set-clock',
      consensus: { ...consensus, offsetMs: -7_200_000 },
    });
    const after = Date.now();
    const [relative, absolute] = spies.calls();
    expect(relative).toEqual(['date', '-u', '-s', '-7200.000 seconds']);
    const epoch = Number(absolute![3]!.slice(1));
    expect(epoch).toBeGreaterThanOrEqual(Math.round((before - 7_200_000) / 1000) - 1);
    expect(epoch).toBeLessThanOrEqual(Math.round((after - 7_200_000) / 1000) + 1);
    expect(report.ok).toBe(true);
    expect(report.changed).toBe('moved the clock back by 7200.000 s');
  });

  it('sets macOS and Windows clocks with their own tools', async () => {
    spies.add('date');
    spies.add('powershell');
    await resync(
      { os: 'darwin', isRoot: true, ec2: false, runner: 'self-hosted' },
      { method: 'set-clock', consensus },
    );
    await resync({ os: 'win32', ec2: false, runner: 'self-hosted' }, { method: 'set-clock', consensus });
    const [mac, win] = spies.calls();
    expect(mac![0]).toBe('date');
    expect(mac![1]).toBe('-u');
    expect(mac![2]).toMatch(/^\d{12}\.\d{2}$/);
    expect(win).toEqual([
      'powershell',
      '-NoProfile',
      '-NonInteractive',
      '-Command',
      'Set-Date -Adjust ([TimeSpan]::FromMilliseconds(421250.000)) | Out-Null',
    ]);
  });

  it('refuses a single unauthenticated reply and runs nothing', async () => {
    spies.add('date');
    const report = await resync(linux(undefined), {
      method: 'set-clock',
      consensus: { ...consensus, agreeing: 1 },
    });
    expect(spies.calls()).toEqual([]);
    expect(report.ok).toBe(false);
    expect(report.summary).toMatch(/^Set-clock refused: only one unauthenticated source answered/);
    expect(report.summary).toContain('The clock was not touched.');
  });

  it('reports a clock that cannot be set even as root (a container)', async () => {
    spies.add('date', `echo 'date: cannot set date: Operation not permitted' >&2; exit 1`);
    const report = await resync(linux(undefined), { method: 'set-clock', consensus });
    // Permission problems are not retried with the other form.
    expect(spies.calls()).toHaveLength(1);
    expect(report.ok).toBe(false);
    expect(report.summary).toContain('CAP_SYS_TIME');
  });
});

describe('nothing to resync with', () => {
  it('says so and suggests what to install, running nothing', async () => {
    const report = await resync(linux('unknown'));
    expect(report.ok).toBe(false);
    expect(report.commands).toEqual([]);
    expect(report.summary).toContain('Install chrony');
  });

  it('adds the Amazon Time Sync Service advice on EC2', async () => {
    spies.add('chronyc', "echo '200 OK'");
    const report = await resync(linux('chrony', { ec2: true }), { deadlineMs: 3000 });
    expect(report.ec2).toContain('server 169.254.169.123 prefer iburst');
  });
});
