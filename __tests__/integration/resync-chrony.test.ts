/**
 * The chrony strategy end to end through the real chronyc, talking over a Unix command socket to a real
 * chronyd started with -x (it never touches this machine's clock), which is itself synchronised to a
 * second -x chronyd on loopback. Under -x, `makestep` answers "500 Failure": resync must report it with a
 * reason and the next thing to try, and return normally so that the run can measure again.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EVENT_LOOP_MARGIN_MS } from '../support/tolerance.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { resyncClock } from '../../src/resync/resync.js';
import { chronySystemTimeMs } from '../../src/resync/strategies/chrony.js';

const SERVER_PORT = 13001;
const CLIENT_PORT = 13002;
let server: Chronyd;
let client: Chronyd;
let socketDir: string;
let socket: string;

beforeAll(async () => {
  // chronyd refuses a command socket in a directory others can read: mkdtemp makes it 0700.
  socketDir = mkdtempSync(join(tmpdir(), 'cp-resync-sock-'));
  socket = join(socketDir, 'chronyd.sock');
  server = await startChronyd({ port: SERVER_PORT });
  client = await startChronyd({
    port: CLIENT_PORT,
    extra: [`server 127.0.0.1 port ${SERVER_PORT} iburst minpoll -6 maxpoll -6`, `bindcmdaddress ${socket}`],
  });
  // Wait until the client has selected its source, so that burst and tracking have something to say.
  for (let i = 0; i < 50 && !/Selected source/.test(client.log()); i++)
    await new Promise((r) => setTimeout(r, 100));
}, 30_000);

afterAll(async () => {
  await Promise.all([client?.stop(), server?.stop()]);
  rmSync(socketDir, { recursive: true, force: true });
});

const linuxChrony = {
  os: 'linux' as const,
  service: 'chrony' as const,
  isRoot: true,
  ec2: false,
  runner: 'self-hosted' as const,
};

describe('chrony resync through the real chronyc', () => {
  it('reports makestep\'s "500 Failure" with a reason and a next step, and returns normally', async () => {
    expect(client.log()).toContain('Selected source 127.0.0.1');
    const started = performance.now();
    const report = await resyncClock({
      method: 'auto',
      deadlineMs: 10_000,
      platform: linuxChrony,
      chronycHost: socket,
    });
    const elapsed = performance.now() - started;

    expect(report.ok).toBe(false);
    expect(report.strategy).toBe('chrony');
    const byStep = Object.fromEntries(report.commands.map((c) => [c.step, c]));
    expect(Object.keys(byStep)).toEqual(['tracking-before', 'burst', 'makestep']);

    const before = byStep['tracking-before']!;
    expect(before.argv).toEqual(['chronyc', '-h', socket, '-c', 'tracking']);
    expect(before.ok).toBe(true);
    // A synchronised -x chronyd on loopback: its estimate of the clock error is tiny.
    expect(Math.abs(chronySystemTimeMs(before.stdout)!)).toBeLessThan(5);
    expect(before.stdout).toMatch(/^7F000001,127\.0\.0\.1,2,/);

    expect(byStep['burst']).toMatchObject({ ok: true, exitCode: 0, stdout: '200 OK' });

    const makestep = byStep['makestep']!;
    expect(makestep.argv).toEqual(['chronyc', '-h', socket, '-a', 'makestep']);
    // chronyc prints its replies, failures included, on stdout.
    expect(makestep).toMatchObject({ ok: false, exitCode: 1, timedOut: false, stdout: '500 Failure' });
    expect(makestep.reason).toContain('chronyd refused to step');
    expect(makestep.next).toContain('chronyc sources -v');
    expect(makestep.durationMs).toBeGreaterThan(0);

    expect(report.summary).toContain('`chronyc -h');
    expect(report.summary).toContain('exited with 1 ("500 Failure"): chronyd refused to step');
    expect(report.summary).toContain('Next:');
    expect(report.problems.join(' ')).toContain('chronyd did not step the clock');
    // The burst pause (3 s at most) is the longest part; it all ends within the 10 s deadline.
    expect(elapsed).toBeLessThan(10_000 + EVENT_LOOP_MARGIN_MS);
  });

  it('detects chrony here and talks to the socket given as an option', async () => {
    const report = await resyncClock({
      method: 'auto',
      deadlineMs: 6000,
      platform: { os: 'linux', isRoot: true, ec2: false, runner: 'self-hosted' },
      chronycHost: socket,
    });
    // Detection on this machine: the chronyds started with -x do not count, chronyc is installed.
    expect(report.service).toBe('chrony');
    expect(report.detection).toContain('started with -x');
    const makestep = report.commands.find((c) => c.step === 'makestep')!;
    expect(makestep.argv).toContain(socket);
    expect(makestep.stdout).toBe('500 Failure');
  });

  it('says chronyd is not running when its socket is absent', async () => {
    const report = await resyncClock({
      method: 'auto',
      deadlineMs: 6000,
      platform: linuxChrony,
      chronycHost: join(socketDir, 'absent.sock'),
    });
    expect(report.ok).toBe(false);
    const makestep = report.commands.find((c) => c.step === 'makestep')!;
    expect(makestep.stderr).toBe('Could not open connection to daemon');
    expect(makestep.reason).toBe('chronyd is not running or its command socket is unreachable');
    expect(makestep.next).toContain('systemctl start chronyd');
  });
});
