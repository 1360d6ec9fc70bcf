/** Detection from /proc and unit files (a described file system), EC2 from DMI, and failure diagnosis. */
import { describe, expect, it, afterAll } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chronydControlsClock, detectTimeService, type DetectFs } from '../../src/platform/detect.js';
import { amazonTimeSyncServers, ec2Advice, isEc2, readDmi, detectEc2 } from '../../src/platform/ec2.js';
import { diagnose, sudoersHint } from '../../src/resync/diagnose.js';
import { chronyStrategy } from '../../src/resync/strategies/chrony.js';
import type { ExecResult } from '../../src/resync/exec.js';

/** A machine described as files: /proc/<pid>/{comm,cmdline} and anything else that should exist. */
function machine(procs: Array<[string, string[]]>, files: string[] = []): DetectFs {
  const content = new Map<string, string>();
  procs.forEach(([comm, argv], i) => {
    content.set(`/proc/${100 + i}/comm`, `${comm}\n`);
    content.set(`/proc/${100 + i}/cmdline`, argv.join('\0') + '\0');
  });
  for (const f of files) content.set(f, '');
  return {
    readdir: (p) => (p === '/proc' ? procs.map((_, i) => String(100 + i)).concat(['self', 'cpuinfo']) : []),
    readFile: (p) => content.get(p) ?? '',
    exists: (p) => content.has(p),
  };
}
const noPath = { PATH: '' };

describe('detectTimeService', () => {
  it('finds a running chronyd', () => {
    const d = detectTimeService({
      os: 'linux',
      env: noPath,
      fs: machine([['chronyd', ['/usr/sbin/chronyd', '-F', '1']]]),
    });
    expect(d).toEqual({ service: 'chrony', running: true, evidence: 'chronyd is running' });
  });

  it('reads the command line only of processes named like a time daemon', () => {
    // A runner has a hundred or more processes; reading each one's cmdline took ~8 ms per check here.
    const fs = machine([
      ['bash', ['/bin/bash']],
      ['node', ['node', 'index.js']],
      ['chronyd', ['/usr/sbin/chronyd']],
      ['systemd-timesyn', ['/lib/systemd/systemd-timesyncd']],
    ]);
    const read: string[] = [];
    const readFile = fs.readFile;
    const d = detectTimeService({
      os: 'linux',
      env: noPath,
      fs: { ...fs, readFile: (p) => (read.push(p), readFile(p)) },
    });
    expect(d.service).toBe('chrony');
    expect(read.filter((p) => p.endsWith('/cmdline'))).toEqual(['/proc/102/cmdline', '/proc/103/cmdline']);
  });

  it('does not count a chronyd that is exiting (its name still readable, its command line gone)', () => {
    // Seen when test suites start and stop chronyd -x beside this one: a zombie read as a chronyd without -x.
    const d = detectTimeService({ os: 'linux', env: noPath, fs: machine([['chronyd', []]]) });
    expect(d.running).toBe(false);
    expect(d.service).toBe('unknown');
  });

  it('does not count a chronyd started with -x (it does not control the clock)', () => {
    expect(chronydControlsClock(['chronyd', '-x', '-d'])).toBe(false);
    expect(chronydControlsClock(['chronyd', '-dx', '-f', '/tmp/x/chrony.conf'])).toBe(false);
    expect(chronydControlsClock(['chronyd', '-f', '/tmp/x-y/chrony.conf', '-u', 'xx'])).toBe(true);
    const d = detectTimeService({
      os: 'linux',
      env: noPath,
      fs: machine([
        ['chronyd', ['chronyd', '-x', '-d', '-f', '/tmp/cp1/chrony.conf']],
        ['systemd-timesyn', ['/lib/systemd/systemd-timesyncd']],
      ]),
    });
    expect(d.service).toBe('timesyncd');
    const none = detectTimeService({
      os: 'linux',
      env: noPath,
      fs: machine([['chronyd', ['chronyd', '-x']]]),
    });
    expect(none.service).toBe('unknown');
    expect(none.evidence).toContain('started with -x');
  });

  it('tells NTPsec, ntpd and OpenNTPD apart by unit files and binary names', () => {
    const ntpd: [string, string[]] = ['ntpd', ['/usr/sbin/ntpd', '-p', '/run/ntpd.pid', '-g']];
    expect(
      detectTimeService({
        os: 'linux',
        env: noPath,
        fs: machine([ntpd], ['/lib/systemd/system/ntpsec.service']),
      }),
    ).toEqual({ service: 'ntpd', unit: 'ntpsec', running: true, evidence: 'NTPsec is running' });
    expect(
      detectTimeService({
        os: 'linux',
        env: noPath,
        fs: machine([ntpd], ['/usr/lib/systemd/system/ntpd.service']),
      }),
    ).toMatchObject({ service: 'ntpd', unit: 'ntpd' });
    expect(
      detectTimeService({
        os: 'linux',
        env: noPath,
        fs: machine([['ntpd', ['/usr/sbin/openntpd', '-s']]], ['/lib/systemd/system/openntpd.service']),
      }),
    ).toMatchObject({ service: 'openntpd', unit: 'openntpd', running: true });
  });

  it('falls back to what is installed, and says it is not running', () => {
    const d = detectTimeService({ os: 'linux', env: noPath, fs: machine([], ['/usr/sbin/chronyd']) });
    expect(d).toMatchObject({ service: 'chrony', running: false });
    expect(d.evidence).toContain('installed but not running');
    expect(
      detectTimeService({ os: 'linux', env: noPath, fs: machine([], ['/lib/systemd/systemd-timesyncd']) })
        .service,
    ).toBe('timesyncd');
    expect(detectTimeService({ os: 'linux', env: noPath, fs: machine([]) })).toMatchObject({
      service: 'unknown',
      running: false,
    });
  });

  it('knows macOS and Windows by the OS alone', () => {
    expect(detectTimeService({ os: 'darwin', fs: machine([]) }).service).toBe('macos');
    expect(detectTimeService({ os: 'win32', fs: machine([]) }).service).toBe('windows');
  });
});

describe('EC2', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

  it('recognises EC2 from the DMI vendor, the product UUID or the Xen hypervisor UUID', () => {
    expect(isEc2({ sysVendor: 'Amazon EC2\n' })).toBe(true);
    expect(isEc2({ boardVendor: 'Amazon EC2' })).toBe(true);
    expect(isEc2({ productUuid: 'EC2E1916-9099-7CAF-FD21-012345678901' })).toBe(true);
    expect(isEc2({ hypervisorUuid: 'ec2e1916-9099-7caf-fd21-012345678901' })).toBe(true);
    expect(isEc2({ sysVendor: 'QEMU', productUuid: '4c4c4544-0042' })).toBe(false);
    expect(isEc2({})).toBe(false);
  });

  it('reads DMI from sysfs, and is false off Linux', () => {
    const root = mkdtempSync(join(tmpdir(), 'cp-resync-dmi-'));
    roots.push(root);
    mkdirSync(join(root, 'sys/devices/virtual/dmi/id'), { recursive: true });
    writeFileSync(join(root, 'sys/devices/virtual/dmi/id/sys_vendor'), 'Amazon EC2\n');
    expect(readDmi(root + '/')).toEqual({ sysVendor: 'Amazon EC2\n' });
    expect(detectEc2('linux', root + '/')).toBe(true);
    expect(detectEc2('darwin', root + '/')).toBe(false);
    expect(detectEc2('linux', join(root, 'nothing') + '/')).toBe(false);
  });

  it('offers the Amazon Time Sync Service as NTP sources and in the fix text', () => {
    const ipv6 = { eth0: [{ address: '2600:1f18:abcd::5', family: 'IPv6', internal: false }] };
    expect(amazonTimeSyncServers(ipv6)).toEqual([
      { host: '169.254.169.123', port: 123, label: '169.254.169.123' },
      { host: 'fd00:ec2::123', port: 123, label: '[fd00:ec2::123]' },
    ]);
    // IPv4 only (link-local and loopback IPv6 do not count): the IPv6 address cannot be reached, and as a
    // failed source it would be a vote that can never answer.
    const ipv4Only = {
      lo: [{ address: '::1', family: 'IPv6', internal: true }],
      eth0: [
        { address: '10.0.0.5', family: 'IPv4', internal: false },
        { address: 'fe80::8ff:fe12:3456', family: 'IPv6', internal: false },
      ],
    };
    expect(amazonTimeSyncServers(ipv4Only)).toEqual([
      { host: '169.254.169.123', port: 123, label: '169.254.169.123' },
    ]);
    expect(ec2Advice('chrony')).toContain('server 169.254.169.123 prefer iburst');
    expect(ec2Advice('timesyncd')).toContain('NTP=169.254.169.123');
    expect(ec2Advice('windows')).toContain('/manualpeerlist:169.254.169.123,0x8');
  });
});

describe('diagnose', () => {
  const chrony = chronyStrategy({ budgetMs: 10_000, runner: 'self-hosted' });
  const makestep = chrony.attempts[0]!.steps[2]!;
  const result = (r: Partial<ExecResult>): ExecResult => ({
    exitCode: 1,
    stdout: '',
    stderr: '',
    timedOut: false,
    durationMs: 3,
    ...r,
  });

  it('explains chronyc 500 Failure and says what to try next', () => {
    const d = diagnose('chrony', makestep, result({ stderr: '500 Failure' }), 'root');
    expect(d.reason).toContain('chronyd refused to step');
    expect(d.next).toContain('chronyc sources -v');
    expect(d.next).toContain('set-clock');
  });

  it('points to a sudoers line when chronyc is not authorised or sudo wants a password', () => {
    const d = diagnose('chrony', makestep, result({ stderr: '501 Not authorised' }), 'no-sudo');
    expect(d.reason).toContain('needs root');
    expect(d.reason).toContain('sudo -n');
    expect(d.next).toBe(sudoersHint('chronyc'));
    expect(d.permission).toBe(true);
    expect(
      diagnose('chrony', makestep, result({ stderr: 'sudo: a password is required' }), 'sudo').next,
    ).toContain('NOPASSWD: /usr/bin/chronyc');
  });

  it('says chronyd is not running when chronyc cannot reach it', () => {
    expect(
      diagnose('chrony', makestep, result({ stderr: '506 Cannot talk to daemon' }), 'root').next,
    ).toContain('systemctl start chronyd');
  });

  it('separates "not installed", "timed out" and "forbidden even as root"', () => {
    expect(
      diagnose('chrony', makestep, result({ exitCode: null, notRun: 'chronyc: not found on PATH' }), 'root')
        .reason,
    ).toBe('chronyc is not installed or not on PATH');
    expect(diagnose('chrony', makestep, result({ exitCode: 124, timedOut: true }), 'root').reason).toContain(
      'did not finish',
    );
    const date = { id: 'set', argv: ['date', '-u', '-s', '+1.000 seconds'], purpose: '', privileged: true };
    const eperm = diagnose(
      'set-clock',
      date,
      result({ stderr: 'date: cannot set date: Operation not permitted' }),
      'root',
    );
    expect(eperm.reason).toContain('CAP_SYS_TIME');
    expect(eperm.permission).toBe(true);
  });

  it('quotes the first line of an unknown error', () => {
    const d = diagnose('chrony', makestep, result({ exitCode: 3, stderr: '\nsomething odd\nmore' }), 'root');
    expect(d.reason).toBe('chronyc exited with 3: something odd');
  });
});
