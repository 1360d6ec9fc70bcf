/** Each strategy's commands as data: exactly what would run, in which order, with which fallbacks. */
import { describe, expect, it } from '@jest/globals';
import { chronyStrategy, chronySystemTimeMs } from '../../src/resync/strategies/chrony.js';
import { timesyncdStrategy } from '../../src/resync/strategies/timesyncd.js';
import { ntpdStrategy } from '../../src/resync/strategies/ntpd.js';
import { openntpdStrategy } from '../../src/resync/strategies/openntpd.js';
import { macosServers, macosStrategy } from '../../src/resync/strategies/macos.js';
import { windowsStrategy } from '../../src/resync/strategies/windows.js';
import { bsdDateArg, epochArg, setClockStrategy } from '../../src/resync/strategies/set-clock.js';
import type { Strategy } from '../../src/resync/strategy.js';

const ctx = { budgetMs: 20_000, runner: 'self-hosted' as const };
const argvs = (s: Strategy) => s.attempts.map((a) => a.steps.map((st) => st.argv.join(' ')));

describe('chrony', () => {
  it('bursts, steps, then waits for sync within the budget', () => {
    const s = chronyStrategy(ctx);
    expect(argvs(s)).toEqual([
      [
        'chronyc -c tracking',
        'chronyc -a burst 4/4',
        'chronyc -a makestep',
        'chronyc waitsync 20 0.1 0 0.5',
        'chronyc -c tracking',
      ],
    ]);
    const steps = s.attempts[0]!.steps;
    expect(steps.every((st) => st.privileged)).toBe(true);
    expect(steps.filter((st) => !st.optional).map((st) => st.id)).toEqual(['makestep']);
    expect(steps[1]!.pauseAfterMs).toBe(3000);
  });

  it('sizes waitsync from the budget and never below one try', () => {
    expect(chronyStrategy({ ...ctx, budgetMs: 4000 }).attempts[0]!.steps[3]!.argv).toEqual([
      'chronyc',
      'waitsync',
      '4',
      '0.1',
      '0',
      '0.5',
    ]);
    expect(chronyStrategy({ ...ctx, budgetMs: 100 }).attempts[0]!.steps[3]!.argv[2]).toBe('1');
    expect(chronyStrategy({ ...ctx, budgetMs: 600_000 }).attempts[0]!.steps[3]!.argv[2]).toBe('40');
  });

  it('targets another command socket when a test asks', () => {
    const s = chronyStrategy({ ...ctx, chronycHost: '/tmp/x/chronyd.sock' });
    expect(s.attempts[0]!.steps[2]!.argv).toEqual(['chronyc', '-h', '/tmp/x/chronyd.sock', '-a', 'makestep']);
  });

  it('reads the system time error from chronyc -c tracking in our sign convention', () => {
    const csv =
      '7F000001,127.0.0.1,2,1795423717.808909240,421.300000000,0.000000035,0.000000051,0.028,0.012,0.736,0.000007705,0.000001118,0.0,Normal\n';
    expect(chronySystemTimeMs(csv)).toBeCloseTo(421_300, 6);
    expect(chronySystemTimeMs(csv.replace('421.3', '-0.5'))).toBeCloseTo(-500, 6);
    expect(chronySystemTimeMs('')).toBeUndefined();
    expect(chronySystemTimeMs('506 Cannot talk to daemon')).toBeUndefined();
  });
});

describe('systemd-timesyncd', () => {
  it('turns NTP on, restarts the daemon without prompting, then polls for its first reply', () => {
    const s = timesyncdStrategy(ctx);
    expect(argvs(s)).toEqual([
      [
        'timedatectl --no-ask-password set-ntp true',
        'systemctl --no-ask-password restart systemd-timesyncd.service',
        'timedatectl timesync-status',
      ],
    ]);
    const wait = s.attempts[0]!.steps[2]!;
    expect(wait.until!.matches.test('       Packet count: 1')).toBe(true);
    expect(wait.until!.matches.test('       Packet count: 0')).toBe(false);
    expect(wait.until!.forMs).toBe(10_000);
  });
});

describe('ntpd and NTPsec', () => {
  it('restarts the unit (systemctl, then service) and polls ntpq for sync_ntp', () => {
    const s = ntpdStrategy({ ...ctx, unit: 'ntpsec' });
    expect(s.label).toBe('NTPsec');
    expect(argvs(s)).toEqual([
      ['systemctl --no-ask-password restart ntpsec.service', 'ntpq -c rv'],
      ['service ntpsec restart', 'ntpq -c rv'],
    ]);
    expect(s.attempts[0]!.steps[1]!.until!.matches.test('status=0615 leap_none, sync_ntp, 1 event')).toBe(
      true,
    );
    expect(s.attempts[0]!.steps[1]!.until!.matches.test('status=c016 leap_alarm, sync_unspec')).toBe(false);
    expect(ntpdStrategy(ctx).label).toBe('ntpd');
    expect(ntpdStrategy(ctx).attempts[0]!.steps[0]!.argv).toContain('ntp.service');
  });
});

describe('OpenNTPD', () => {
  it('restarts OpenNTPD and polls ntpctl for "clock synced"', () => {
    const s = openntpdStrategy(ctx);
    expect(argvs(s)).toEqual([
      ['systemctl --no-ask-password restart openntpd.service', 'ntpctl -s status'],
      ['service openntpd restart', 'ntpctl -s status'],
    ]);
    expect(s.attempts[0]!.steps[1]!.until!.matches.test('4/4 peers valid, clock synced, stratum 2')).toBe(
      true,
    );
    expect(s.attempts[0]!.steps[1]!.until!.matches.test('0/4 peers valid, clock unsynced')).toBe(false);
  });
});

describe('macOS', () => {
  it('tries time.windows.com first on a GitHub-hosted runner, then the configured servers, then Apple', () => {
    const servers = macosServers({
      ...ctx,
      runner: 'github-hosted',
      servers: ['time.cloudflare.com', '10.0.0.1:123'],
    });
    expect(servers).toEqual(['time.windows.com', 'time.cloudflare.com', '10.0.0.1', 'time.apple.com']);
  });

  it('tries the configured servers first elsewhere, skipping any not on port 123, at most four', () => {
    expect(
      macosServers({
        ...ctx,
        servers: ['[::1]:11123', 'ntp.corp.example', '[2001:db8::1]', 'time.apple.com'],
      }),
    ).toEqual(['ntp.corp.example', '2001:db8::1', 'time.apple.com', 'time.windows.com']);
    expect(macosServers(ctx)).toEqual(['time.apple.com', 'time.windows.com']);
  });

  it('runs sntp -sS per server as alternatives', () => {
    expect(argvs(macosStrategy(ctx))).toEqual([['sntp -sS time.apple.com'], ['sntp -sS time.windows.com']]);
  });
});

describe('Windows', () => {
  it('starts W32Time only when stopped, then resyncs; rediscovers as a fallback', () => {
    const s = windowsStrategy(ctx);
    expect(argvs(s)).toEqual([
      ['sc query w32time', 'net start w32time', 'w32tm /resync /force'],
      ['w32tm /resync /rediscover'],
    ]);
    const start = s.attempts[0]!.steps[1]!;
    expect(start.onlyIf!.step).toBe('state');
    expect(start.onlyIf!.matches.test('        STATE              : 1  STOPPED')).toBe(true);
    expect(start.onlyIf!.matches.test('        STATE              : 4  RUNNING')).toBe(false);
    expect(start.okExitCodes).toEqual([2]);
  });
});

describe('set-clock', () => {
  const now = Date.UTC(2026, 10, 23, 8, 41, 30, 400);

  it('moves a Linux clock relatively with GNU date, then falls back to an absolute @epoch', () => {
    const s = setClockStrategy('linux', 421_250, now);
    expect(s.attempts[0]!.steps[0]!.argv).toEqual(['date', '-u', '-s', '+421.250 seconds']);
    expect(setClockStrategy('linux', -1500, now).attempts[0]!.steps[0]!.argv).toEqual([
      'date',
      '-u',
      '-s',
      '-1.500 seconds',
    ]);
    const absolute = s.attempts[1]!.steps[0]!;
    expect(absolute.argv).toEqual(['date', '-u', '-s', `@${Math.round((now + 421_250) / 1000)}`]);
    // Computed again when the step runs, from the runner clock at that moment.
    expect(absolute.argvAt!(now + 2000)).toEqual([
      'date',
      '-u',
      '-s',
      `@${Math.round((now + 423_250) / 1000)}`,
    ]);
    expect(s.attempts.every((a) => a.steps.every((st) => st.privileged))).toBe(true);
  });

  it('sets a macOS clock with BSD date to the nearest second, in UTC', () => {
    const s = setClockStrategy('darwin', 60_000, now);
    expect(s.attempts[0]!.steps[0]!.argv).toEqual(['date', '-u', '112308422026.30']);
    expect(bsdDateArg(Date.UTC(2026, 0, 2, 3, 4, 5, 600))).toBe('010203042026.06');
  });

  it('adjusts a Windows clock relatively with PowerShell Set-Date', () => {
    const s = setClockStrategy('win32', -7_200_000.5, now);
    expect(s.attempts[0]!.steps[0]!.argv).toEqual([
      'powershell',
      '-NoProfile',
      '-NonInteractive',
      '-Command',
      'Set-Date -Adjust ([TimeSpan]::FromMilliseconds(-7200000.500)) | Out-Null',
    ]);
  });

  it('refuses a non-finite offset', () => {
    expect(() => setClockStrategy('linux', Number.NaN, now)).toThrow();
    expect(epochArg(1_700_000_000_499)).toBe('@1700000000');
  });
});
