/** One record per time service: every consumer reads the same table, and nothing is read from env for tests. */
import { describe, expect, it } from '@jest/globals';
import { TIME_SERVICES, genericClockFix, type TimeService } from '../../src/platform/time-services.js';
import { fixAdvice } from '../../src/platform/advice.js';
import { ec2Advice } from '../../src/platform/ec2.js';
import { strategyFor, resyncClock } from '../../src/resync/resync.js';
import { diagnose } from '../../src/resync/diagnose.js';
import type { Exec } from '../../src/resync/exec.js';

const services = Object.keys(TIME_SERVICES) as TimeService[];
const ctx = { budgetMs: 10_000, runner: 'self-hosted' as const };
const facts = (timeService: TimeService) => ({
  os: 'linux' as const,
  runner: 'not-github' as const,
  wsl: false,
  container: false,
  timeService,
  ec2: true,
});

describe('the time-service table', () => {
  it('gives every service a fix, EC2 advice and a not-installed hint, and each consumer uses them', () => {
    for (const service of services) {
      const record = TIME_SERVICES[service];
      expect(record.fix).not.toBe('');
      expect(fixAdvice(facts(service))).toContain(record.fix);
      expect(fixAdvice(facts(service))).toContain(record.ec2);
      expect(ec2Advice(service)).toContain('169.254.169.123');
      expect(ec2Advice(service).endsWith(record.ec2)).toBe(true);
    }
  });

  it('has a resync strategy of the same kind for every real service, none for unknown', () => {
    for (const service of services.filter((s) => s !== 'unknown')) {
      expect(strategyFor(service, ctx)?.kind).toBe(service);
    }
    expect(strategyFor('unknown', ctx)).toBeUndefined();
  });

  it("matches each service's own failure words before the common ones", () => {
    const step = { id: 'x', argv: ['w32tm', '/resync'], purpose: 'p', privileged: true };
    const result = {
      exitCode: 1,
      stdout: '',
      stderr: 'The service has not been started. (0x80070426)',
      timedOut: false,
      durationMs: 1,
    };
    expect(diagnose('windows', step, result, 'not-applicable').reason).toBe(
      TIME_SERVICES.windows.failureRules[0]!.reason,
    );
    const notRun = { ...result, stderr: '', notRun: 'w32tm: not found on PATH' };
    expect(diagnose('windows', step, notRun, 'not-applicable').next).toBe(
      TIME_SERVICES.windows.notInstalledNext,
    );
    expect(diagnose('set-clock', { ...step, argv: ['date'] }, notRun, 'root').next).toContain('base system');
  });

  it('builds the generic fix line from the services that have one command for it', () => {
    expect(genericClockFix()).toBe(
      'Step the clock now and keep a time service running: chrony `sudo chronyc -a makestep`; systemd-timesyncd `sudo timedatectl set-ntp true`; macOS `sudo sntp -sS time.apple.com`; Windows `w32tm /resync /force`. Then run `clock-preflight check` again.',
    );
  });
});

describe('resync reads no environment variable meant for tests', () => {
  it('ignores CLOCK_PREFLIGHT_TEST_CHRONYC_HOST: chronyc talks to its default socket unless chronycHost is given', async () => {
    const ran: string[][] = [];
    const exec: Exec = async (argv) => {
      ran.push([...argv]);
      return { exitCode: 0, stdout: '200 OK', stderr: '', timedOut: false, durationMs: 1 };
    };
    const platform = {
      os: 'linux' as const,
      service: 'chrony' as const,
      isRoot: true,
      ec2: false,
      runner: 'self-hosted' as const,
    };
    await resyncClock({
      method: 'auto',
      deadlineMs: 1000,
      platform,
      exec,
      env: { PATH: '/usr/bin', CLOCK_PREFLIGHT_TEST_CHRONYC_HOST: '/elsewhere/chronyd.sock' },
    });
    const chronyc = ran.filter((argv) => argv[0] === 'chronyc');
    expect(chronyc.length).toBeGreaterThan(0);
    for (const argv of chronyc) expect(argv).not.toContain('/elsewhere/chronyd.sock');

    ran.length = 0;
    await resyncClock({
      method: 'auto',
      deadlineMs: 1000,
      platform,
      exec,
      chronycHost: '/given/chronyd.sock',
    });
    expect(ran.find((argv) => argv[0] === 'chronyc')).toEqual(
      expect.arrayContaining(['-h', '/given/chronyd.sock']),
    );
  });
});
