/**
 * `systemd-analyze verify` on the runner drop-in in contrib/systemd, applied to a unit written as the
 * runner's ./svc.sh writes it (actions/runner's systemd template). The executables are stand-ins in a
 * temporary directory (verify checks that they exist); nothing is installed or started.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const UNIT = 'actions.runner.myorg.runner-1.service';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-systemd-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function executable(path: string) {
  writeFileSync(path, '#!/bin/sh\nexit 0\n');
  chmodSync(path, 0o755);
}

function install(dropIn: string) {
  const runner = join(dir, 'actions-runner');
  mkdirSync(runner);
  executable(join(runner, 'runsvc.sh'));
  executable(join(dir, 'clock-preflight'));
  writeFileSync(
    join(dir, UNIT),
    [
      '[Unit]',
      'Description=GitHub Actions Runner (myorg.runner-1)',
      'After=network.target',
      '',
      '[Service]',
      `ExecStart=${runner}/runsvc.sh`,
      'User=root',
      `WorkingDirectory=${runner}`,
      'KillMode=process',
      'KillSignal=SIGTERM',
      'TimeoutStopSec=5min',
      '',
      '[Install]',
      'WantedBy=multi-user.target',
      '',
    ].join('\n'),
  );
  mkdirSync(join(dir, `${UNIT}.d`));
  writeFileSync(
    join(dir, `${UNIT}.d`, 'clock-preflight.conf'),
    dropIn.replace('/usr/local/bin/clock-preflight', join(dir, 'clock-preflight')),
  );
}

function analyze(debug: boolean) {
  const r = spawnSync('systemd-analyze', ['verify', join(dir, UNIT)], {
    encoding: 'utf8',
    env: { ...process.env, SYSTEMD_LOG_LEVEL: debug ? 'debug' : 'info' },
  });
  if (r.error)
    throw new Error(`systemd-analyze is not installed (apt-get install systemd): ${r.error.message}`);
  return r;
}

/** Warnings and errors: everything a plain verify prints. Whether the drop-in was read: the debug dump. */
function verify() {
  const plain = analyze(false);
  const debug = analyze(true);
  const warnings = (plain.stdout + plain.stderr).split('\n').filter((l) => l.trim() !== '');
  return {
    status: plain.status,
    warnings,
    loadedDropIn: (debug.stdout + debug.stderr).includes(
      `DropIn Path: ${join(dir, `${UNIT}.d`, 'clock-preflight.conf')}`,
    ),
  };
}

const DROP_IN = readFileSync(resolve(ROOT, 'contrib/systemd/clock-preflight.conf'), 'utf8');

describe('contrib/systemd/clock-preflight.conf under systemd-analyze verify', () => {
  it('loads as a drop-in of the runner unit, with no warning', () => {
    install(DROP_IN);
    const r = verify();
    expect(r.loadedDropIn).toBe(true);
    expect(r.warnings).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('a broken copy is caught (the check can fail): an unknown key, a missing program', () => {
    install(DROP_IN.replace('Restart=on-failure', 'Restart=on-failure\nRestartSecs=30s'));
    expect(verify().warnings.join('\n')).toMatch(/Unknown key 'RestartSecs'/);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    install(DROP_IN);
    rmSync(join(dir, 'clock-preflight'));
    const missing = verify();
    expect(missing.status).not.toBe(0);
  });
});
