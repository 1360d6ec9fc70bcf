/**
 * Resync end to end on the built action, as the runner runs it: real chronyd servers on loopback, the
 * runner's clock skewed by libfaketime through a timestamp file that is re-read on every clock read, and a
 * chronyc spy on PATH whose `makestep` "steps" the clock by rewriting that file. The second measurement
 * must see the corrected clock and decide. This machine's clock is never touched.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { expectTruthWithin } from '../support/tolerance.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { makeSpies, type Spies } from '../support/path-spies.js';
import { runAction } from '../support/action-runner.js';
import { CLI, runNode } from '../support/bundle.js';

const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const SERVERS = ['127.0.0.1:11141', '127.0.0.1:11142', '127.0.0.1:11143'];
let chronyds: Chronyd[] = [];
let dir: string;
let fakeFile: string;
let spies: Spies;

beforeAll(async () => {
  chronyds = await Promise.all(SERVERS.map((s) => startChronyd({ port: Number(s.split(':')[1]) })));
  dir = mkdtempSync(join(tmpdir(), 'cp-action-resync-'));
  fakeFile = join(dir, 'faketime');
});
afterAll(async () => {
  await Promise.all(chronyds.map((c) => c.stop()));
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  spies = makeSpies();
  writeFileSync(fakeFile, '-7m\n');
  // chronyc as a time service would answer; its makestep "steps" the faked clock back to true time.
  spies.add(
    'chronyc',
    `case "$*" in *makestep*) echo '+0' > '${fakeFile}'; echo '200 OK' ;; *tracking*) echo '7F000001,127.0.0.1,2,0,0.0,0,0,0,0,0,0,0,0,Normal' ;; *) echo '200 OK' ;; esac`,
  );
});
afterEach(() => spies.cleanup());

/** The environment of a runner whose clock is what the timestamp file says, with only spies on PATH. */
function skewedRunner(runner: 'self-hosted' | 'github-hosted') {
  return {
    ...spies.env(),
    RUNNER_ENVIRONMENT: runner,
    LD_PRELOAD: LIBFAKETIME,
    FAKETIME_TIMESTAMP_FILE: fakeFile,
    FAKETIME_NO_CACHE: '1',
    // Leave the monotonic clock alone, as a real clock step does.
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
  };
}

const inputs = {
  'ntp-servers': SERVERS.join(','),
  aws: 'off',
  'nts-servers': 'none',
  timeout: '3s',
  'post-check': 'false',
};
const made = () => spies.calls().map((c) => c.join(' '));

describe('the action with resync', () => {
  it('self-hosted, resync true: runs chrony makestep, measures again, and the second measurement passes', async () => {
    const r = await runAction(
      { ...inputs, resync: 'true' },
      { runnerEnvironment: 'self-hosted', env: skewedRunner('self-hosted') },
    );
    expect(made()).toContain('chronyc -a makestep');
    expect(r.outputs.resynced).toBe('true');
    expect(r.outputs.status).toBe('ok');
    // The spy stepped the servers' skew to 0: the truth is 0, inside the second measurement's interval.
    expectTruthWithin(Number(r.outputs['offset-ms']), 0, Number(r.outputs['uncertainty-ms']));
    expect(r.code).toBe(0);
    const notices = r.commands.filter((c) => c.command === 'notice');
    expect(notices.map((n) => n.message).join('\n')).toMatch(
      /Measured again: Runner clock is within 5\.00 s/,
    );
    expect(r.summary).toMatch(/chronyc -a makestep/);
  });

  it('GitHub-hosted, resync true: runs nothing, says why, and the first measurement fails the job', async () => {
    const r = await runAction(
      { ...inputs, resync: 'true' },
      { runnerEnvironment: 'github-hosted', env: skewedRunner('github-hosted') },
    );
    expect(made()).toEqual([]);
    expect(r.outputs.resynced).toBe('false');
    expect(r.outputs.status).toBe('fail');
    expect(r.code).toBe(1);
    expect(r.commands.find((c) => c.command === 'notice')!.message).toMatch(/GitHub-hosted runner/);
  });

  it('GitHub-hosted, resync force: runs the resync', async () => {
    const r = await runAction(
      { ...inputs, resync: 'force' },
      { runnerEnvironment: 'github-hosted', env: skewedRunner('github-hosted') },
    );
    expect(made()).toContain('chronyc -a makestep');
    expect(r.outputs.status).toBe('ok');
    expect(r.code).toBe(0);
  });

  it('a healthy clock runs nothing', async () => {
    writeFileSync(fakeFile, '+0\n');
    const r = await runAction(
      { ...inputs, resync: 'true' },
      { runnerEnvironment: 'self-hosted', env: skewedRunner('self-hosted') },
    );
    expect(made()).toEqual([]);
    expect(r.outputs).toMatchObject({ status: 'ok', resynced: 'false' });
  });

  it('resync false runs nothing and the job fails', async () => {
    const r = await runAction(inputs, { runnerEnvironment: 'self-hosted', env: skewedRunner('self-hosted') });
    expect(made()).toEqual([]);
    expect(r.outputs).toMatchObject({ status: 'fail', resynced: 'false' });
    expect(r.code).toBe(1);
  });

  it('a makestep answering 500 Failure is reported, and the second measurement still fails the job', async () => {
    spies.add(
      'chronyc',
      `case "$*" in *makestep*) echo '500 Failure'; exit 1 ;; *tracking*) echo '7F000001,127.0.0.1,2,0,0.0,0,0,0,0,0,0,0,0,Normal' ;; *) echo '200 OK' ;; esac`,
    );
    const r = await runAction(
      { ...inputs, resync: 'true' },
      { runnerEnvironment: 'self-hosted', env: skewedRunner('self-hosted') },
    );
    expect(made()).toContain('chronyc -a makestep');
    expect(r.outputs).toMatchObject({ status: 'fail', resynced: 'false' });
    expect(r.commands.find((c) => c.command === 'warning')!.message).toMatch(/500 Failure/);
    expect(r.code).toBe(1);
  });
});

describe('clock-preflight resync (CLI bundle)', () => {
  it('outside GitHub Actions acts when asked, and exits by the second measurement', async () => {
    const env = { ...skewedRunner('self-hosted') } as NodeJS.ProcessEnv;
    delete env.RUNNER_ENVIRONMENT;
    const r = await runNode(
      CLI,
      [
        'resync',
        '--ntp-servers',
        SERVERS.join(','),
        '--aws',
        'off',
        '--nts-servers',
        'none',
        '--timeout',
        '3s',
      ],
      { env },
    );
    expect(made()).toContain('chronyc -a makestep');
    expect(r.stdout).toMatch(/^First measurement: Runner clock is 7 m 0 s behind/);
    expect(r.stdout).toMatch(/Measured again:\nOK +Runner clock is within 5\.00 s/);
    expect(r.code).toBe(0);
  });

  it('check --resync force takes force as the value', async () => {
    const r = await runNode(
      CLI,
      [
        'check',
        '--resync',
        'force',
        '--ntp-servers',
        SERVERS.join(','),
        '--aws',
        'off',
        '--nts-servers',
        'none',
        '--json',
      ],
      {
        env: { ...skewedRunner('github-hosted'), GITHUB_ACTIONS: 'true' },
      },
    );
    const j = JSON.parse(r.stdout) as { status: string; resynced: boolean };
    expect(j).toMatchObject({ status: 'ok', resynced: true });
  });
});
