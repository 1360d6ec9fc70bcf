/**
 * NTS against a real chronyd on loopback (NTS-KE with a certificate from a test CA made by openssl,
 * chronyd with -x: this machine's clock is never touched). The client runs in a child node process, from a
 * private ncc bundle of __tests__/support/nts-driver.ts, because NODE_EXTRA_CA_CERTS is read at process
 * start and libfaketime must skew only the client's clock.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourceResult } from '../../src/model.js';
import type { Verdict } from '../../src/decide/verdict.js';
import { ROOT, runNode } from '../support/bundle.js';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { makeTestPki, type TestPki } from '../support/nts-certs.js';
import { SHIFT_MS, startZooServer, type ZooServer } from '../support/ntp-zoo.js';
import { CLOCK_READ_SLACK_MS, expectTruthWithin } from '../support/tolerance.js';

const NTS_KE_PORT = 14001;
const NTP_PORT = 14002;
const LIAR_PORT = 14003;
const CLOSED_PORT = 14004;
const NTS = `localhost:${NTS_KE_PORT}`;
const NTS_BY_IP = `127.0.0.1:${NTS_KE_PORT}`;
const LIAR = `127.0.0.1:${LIAR_PORT}`;
const DRIVER_DIR = join('/tmp', `cp-nts-driver-${process.pid}`);
const DRIVER = join(DRIVER_DIR, 'index.js');
const DAY_MS = 86_400_000;

let pki: TestPki;
let chronyd: Chronyd;
let liar: ZooServer;

beforeAll(async () => {
  execFileSync(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      resolve(ROOT, '__tests__/support/nts-driver.ts'),
      '-o',
      DRIVER_DIR,
      '--quiet',
      '--target',
      'es2022',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  pki = makeTestPki(30);
  chronyd = await startChronyd({
    port: NTP_PORT,
    extra: [
      `ntsport ${NTS_KE_PORT}`,
      `ntsserverkey ${pki.serverKey}`,
      `ntsservercert ${pki.serverCert}`,
      // The NTS-KE response then carries an NTPv4 Port record (14002), which the client must honour.
    ],
  });
  liar = await startZooServer('liar', LIAR_PORT);
}, 120_000);

afterAll(async () => {
  await chronyd?.stop();
  await liar?.stop();
  rmSync(DRIVER_DIR, { recursive: true, force: true });
  if (pki) rmSync(pki.dir, { recursive: true, force: true });
});

interface DriverOutput {
  results: SourceResult[];
  verdict: Verdict;
}

async function run(
  input: { nts: string[]; ntp?: string[]; requireAuthenticated?: boolean },
  options: { ca?: string | null; faketime?: string } = {},
): Promise<DriverOutput> {
  const ca = options.ca === undefined ? pki.caCert : options.ca;
  const r = await runNode(DRIVER, [JSON.stringify({ ntp: [], ...input })], {
    env: { TZ: 'UTC', ...(ca ? { NODE_EXTRA_CA_CERTS: ca } : {}) },
    ...(options.faketime ? { faketime: options.faketime } : {}),
  });
  if (r.code !== 0) throw new Error(`driver exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as DriverOutput;
}

describe('NTS against chronyd', () => {
  it('measures a healthy clock, authenticated, through the negotiated NTP port, and refills cookies', async () => {
    const { results, verdict } = await run({ nts: [NTS] });
    const r = results[0]!;
    expect(r).toMatchObject({
      kind: 'nts',
      status: 'ok',
      authenticated: true,
      address: `127.0.0.1:${NTP_PORT}`,
    });
    expect(r.details).toMatchObject({ ntsKeServer: NTS_BY_IP, cookies: 8 });
    expect(r.details!.certificateDatesIgnored).toBeUndefined();
    expectTruthWithin(r.sample!.offsetMs, 0, r.sample!.boundMs);
    expect(verdict.status).toBe('ok');
  });

  it('checks an IP address against the certificate (IP SAN) too', async () => {
    const { results } = await run({ nts: [NTS_BY_IP] });
    expect(results[0]!.status).toBe('ok');
  });

  it.each([
    ['-7m', 420_000],
    ['+7m', -420_000],
  ])('finds a runner skewed %s within its reported bound', async (skew, expected) => {
    const { results, verdict } = await run({ nts: [NTS] }, { faketime: skew });
    expect(results[0]!.status).toBe('ok');
    expectTruthWithin(results[0]!.sample!.offsetMs, expected, results[0]!.sample!.boundMs);
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toMatch(expected > 0 ? /7 m 0 s behind/ : /7 m 0 s ahead/);
  });

  it('refuses a server whose certificate is from another CA, with a reason that says so and how to fix it', async () => {
    const { results, verdict } = await run({ nts: [NTS] }, { ca: pki.otherCaCert });
    expect(results[0]!.status).toBe('error');
    expect(results[0]!.reason).toMatch(
      /certificate is not signed by a trusted CA \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\).*NODE_EXTRA_CA_CERTS/,
    );
    expect(results[0]!.sample).toBeUndefined();
    expect(verdict.status).toBe('unknown');
  });

  it('refuses it without NODE_EXTRA_CA_CERTS (the test CA is trusted only through it)', async () => {
    const { results } = await run({ nts: [NTS] }, { ca: null });
    expect(results[0]!.status).toBe('error');
    expect(results[0]!.reason).toMatch(/not signed by a trusted CA/);
  });

  it('says so when nothing serves NTS-KE', async () => {
    const { results } = await run({ nts: [`127.0.0.1:${CLOSED_PORT}`] });
    expect(results[0]!.status).toBe('error');
    expect(results[0]!.reason).toMatch(/connection refused: nothing serves NTS-KE on 127\.0\.0\.1:14004/);
  });
});

describe('a clock years off', () => {
  it('years behind (2019-01-01): the certificate looks not yet valid, the skew is still found and said', async () => {
    // libfaketime starts the child's clock at 2019-01-01 when it loads, some time between these two reads.
    const before = Date.now() - Date.parse('2019-01-01T00:00:00Z');
    const { results, verdict } = await run({ nts: [NTS] }, { faketime: '@2019-01-01 00:00:00' });
    const after = Date.now() + 1 - Date.parse('2019-01-01T00:00:00Z');
    const r = results[0]!;
    expect(r.status).toBe('ok');
    // The reported interval meets the range the true offset lies in.
    expect(r.sample!.offsetMs + r.sample!.boundMs + CLOCK_READ_SLACK_MS).toBeGreaterThanOrEqual(before);
    expect(r.sample!.offsetMs - r.sample!.boundMs - CLOCK_READ_SLACK_MS).toBeLessThanOrEqual(after);
    expect(r.details!.certificateDatesIgnored).toMatch(
      /valid only from 20\d\d-.*runner's clock says 2019-01-01.*at least \d+\.\d years behind/,
    );
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toMatch(/Runner clock is \d+\.\d years behind/);
  });

  it('two years ahead: the certificate looks expired, the skew is still found and said', async () => {
    const { results, verdict } = await run({ nts: [NTS] }, { faketime: '+2y' });
    const r = results[0]!;
    expect(r.status).toBe('ok');
    // libfaketime's year is 365 days.
    expectTruthWithin(r.sample!.offsetMs, -730 * DAY_MS, r.sample!.boundMs);
    expect(r.details!.certificateDatesIgnored).toMatch(/expired on .* may be at least .* ahead/);
    expect(verdict.message).toMatch(/Runner clock is 2\.0 years ahead/);
  });

  it('ignoring the dates does not weaken the chain check: another CA is still refused years behind', async () => {
    const { results } = await run({ nts: [NTS] }, { ca: pki.otherCaCert, faketime: '@2019-01-01 00:00:00' });
    expect(results[0]!.status).toBe('error');
    expect(results[0]!.reason).toMatch(/not signed by a trusted CA \(even with its dates ignored\)/);
  });
});

describe('require-authenticated with a lying plain-NTP server beside NTS', () => {
  it('only the authenticated source decides; the liar is shown but does not count', async () => {
    const { results, verdict } = await run({ nts: [NTS], ntp: [LIAR], requireAuthenticated: true });
    const liarResult = results.find((r) => r.kind === 'ntp')!;
    // It may not be waited for: once the authenticated majority agreed, a source that cannot vote has
    // nothing to add (it gets a short grace, and is shown as skipped when it misses it).
    expect(['ok', 'skipped']).toContain(liarResult.status);
    expect(liarResult.authenticated).toBe(false);
    if (liarResult.status === 'ok') expect(liarResult.sample!.offsetMs).toBeGreaterThan(SHIFT_MS - 1000);
    expect(verdict.status).toBe('ok');
    // Two sources share one event loop here, so one reply may wait for the other's handler: the
    // interval widens with the delay, and must still hold true time (0).
    expectTruthWithin(verdict.offsetMs, 0, verdict.uncertaintyMs);
    // Only NTS decides: the verdict's interval is its interval, not widened by the liar.
    const ntsResult = results.find((r) => r.kind === 'nts')!;
    expect(verdict.uncertaintyMs!).toBeLessThanOrEqual(ntsResult.sample!.boundMs + 1e-9);
    expect(verdict.truechimers).toEqual([`nts ${NTS}`]);
    expect(verdict.falsetickers).toEqual([]);
  });

  it('without it, one NTS server and one liar is not a pass', async () => {
    const { verdict } = await run({ nts: [NTS], ntp: [LIAR] });
    expect(verdict.status).toBe('unknown');
    expect(verdict.reason).toBe('no-majority');
  });

  it('with it and no authenticated source answering, nothing decides (the liar cannot pass alone)', async () => {
    const { verdict } = await run(
      { nts: [NTS], ntp: [LIAR], requireAuthenticated: true },
      { ca: pki.otherCaCert },
    );
    expect(verdict.status).toBe('unknown');
    expect(verdict.reason).toBe('no-answer');
  });
});
