/**
 * `clock-preflight resync` in-process, against real NTP servers on loopback that serve a skewed time
 * (read from a file on every request), with spies on PATH whose "clock step" sets that skew to 0: the
 * second measurement sees the corrected clock and decides the exit code. This machine's clock is never
 * touched.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { expectTruthWithin } from '../support/tolerance.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSkewedNtp, type SkewedNtp } from '../support/skewed-ntp.js';
import { makeSpies, type Spies } from '../support/path-spies.js';
import { resyncCommand } from '../../src/cli/gate.js';

const PORTS = [13010, 13011, 13012];
let dir: string;
let skewFile: string;
let servers: SkewedNtp;
let spies: Spies;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cp-resync-cli-'));
  skewFile = join(dir, 'skew');
  writeFileSync(skewFile, '0');
  servers = await startSkewedNtp(PORTS, skewFile);
});

afterAll(async () => {
  await servers.stop();
  spies?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  spies?.cleanup();
  spies = makeSpies();
  // The references are 7 minutes ahead: the runner is 7 minutes behind.
  writeFileSync(skewFile, '420000');
});

const SELF_HOSTED = { GITHUB_ACTIONS: 'true', RUNNER_ENVIRONMENT: 'self-hosted' };
const HOSTED = { GITHUB_ACTIONS: 'true', RUNNER_ENVIRONMENT: 'github-hosted' };
/** A chronyc whose makestep "fixes the clock": the references' skew goes to 0. */
const FIXING_CHRONYC = `case "$*" in *makestep*) echo 0 > '${'SKEW'}'; echo '200 OK' ;; *tracking*) echo '7F000001,127.0.0.1,2,0,0.0,0,0,0,0,0,0,0,0,Normal' ;; *) echo '200 OK' ;; esac`;

interface Json {
  status: string;
  offsetMs: number;
  uncertaintyMs: number;
  resynced: boolean;
  resync: {
    run: boolean;
    why: string;
    report: null | {
      ok: boolean;
      summary: string;
      commands: Array<{ step: string; argv: string[]; ok: boolean }>;
    };
  };
  first: null | { status: string; offsetMs: number; uncertaintyMs: number };
}

async function run(flags: Record<string, string>, runnerEnv: Record<string, string>) {
  let stdout = '';
  const inputs = new Map(
    Object.entries({
      'ntp-servers': PORTS.map((p) => `127.0.0.1:${p}`).join(','),
      aws: 'off',
      'nts-servers': 'none',
      // Inside Actions GitHub's API would join (a lookup of api.github.com, off loopback).
      'https-servers': 'none',
      timeout: '2s',
      ...flags,
    }),
  );
  const code = await resyncCommand(
    { inputs, json: true },
    { stdout: (t) => (stdout += t), stderr: () => undefined, env: spies.env(runnerEnv) },
    { platform: { os: 'linux', service: 'chrony', isRoot: true, ec2: false } },
  );
  return { code, json: JSON.parse(stdout) as Json };
}

describe('clock-preflight resync', () => {
  it('on a self-hosted runner: resyncs, and the second measurement (now passing) decides', async () => {
    spies.add('chronyc', FIXING_CHRONYC.replace('SKEW', skewFile));
    const { code, json } = await run({}, SELF_HOSTED);
    expect(json.first!.status).toBe('fail');
    expect(json.first!.offsetMs).toBeGreaterThan(419_000);
    expect(json.resync.run).toBe(true);
    expect(json.resync.report!.ok).toBe(true);
    expect(spies.calls().map((c) => c.slice(1).join(' '))).toContain('-a makestep');
    expect(json.resynced).toBe(true);
    expect(json.status).toBe('ok');
    expectTruthWithin(json.offsetMs, 0, json.uncertaintyMs);
    expect(code).toBe(0);
  });

  it('when the resync command fails, reports it and the second measurement still fails the job', async () => {
    spies.add('chronyc', `case "$*" in *makestep*) echo '500 Failure'; exit 1 ;; *) echo '200 OK' ;; esac`);
    const { code, json } = await run({}, SELF_HOSTED);
    expect(json.resync.run).toBe(true);
    expect(json.resynced).toBe(false);
    expect(json.resync.report!.summary).toContain('"500 Failure"');
    expect(json.status).toBe('fail');
    expect(code).toBe(1);
  });

  it('on a GitHub-hosted runner with resync true: runs nothing and says why', async () => {
    spies.add('chronyc', FIXING_CHRONYC.replace('SKEW', skewFile));
    const { code, json } = await run({}, HOSTED);
    expect(spies.calls()).toEqual([]);
    expect(json.resync.run).toBe(false);
    expect(json.resync.why).toContain('GitHub-hosted runner');
    expect(json.resynced).toBe(false);
    expect(json.first).toBeNull();
    expect(json.status).toBe('fail');
    expect(code).toBe(1);
  });

  it('on a GitHub-hosted runner with resync force: runs it', async () => {
    spies.add('chronyc', FIXING_CHRONYC.replace('SKEW', skewFile));
    const { code, json } = await run({ resync: 'force' }, HOSTED);
    expect(json.resynced).toBe(true);
    expect(json.status).toBe('ok');
    expect(code).toBe(0);
  });

  it('with a healthy clock: runs nothing', async () => {
    writeFileSync(skewFile, '0');
    spies.add('chronyc', FIXING_CHRONYC.replace('SKEW', skewFile));
    const { code, json } = await run({}, SELF_HOSTED);
    expect(spies.calls()).toEqual([]);
    expect(json.resync.why).toContain('passed');
    expect(json.status).toBe('ok');
    expect(code).toBe(0);
  });

  it('with resync false: runs nothing', async () => {
    spies.add('chronyc', FIXING_CHRONYC.replace('SKEW', skewFile));
    const { code, json } = await run({ resync: 'false' }, SELF_HOSTED);
    expect(spies.calls()).toEqual([]);
    expect(json.status).toBe('fail');
    expect(code).toBe(1);
  });

  it('with resync-method set-clock: sets the clock by the measured offset (spy date)', async () => {
    spies.add('date', `echo 0 > '${skewFile}'`);
    const { code, json } = await run({ 'resync-method': 'set-clock' }, SELF_HOSTED);
    const [date] = spies.calls();
    expect(date!.slice(0, 3)).toEqual(['date', '-u', '-s']);
    const seconds = Number(/^\+(\d+\.\d{3}) seconds$/.exec(date![3]!)![1]);
    // The step is the first measurement's offset (skew 420 s), written to the millisecond: ±0.5 ms more.
    expectTruthWithin(seconds * 1000, 420_000, json.first!.uncertaintyMs + 0.5);
    expect(json.resynced).toBe(true);
    expect(json.status).toBe('ok');
    expect(code).toBe(0);
  });
});
