/**
 * The built CLI against a real chronyd serving NTS (RFC 8915) on loopback, certificate from a test CA
 * trusted through NODE_EXTRA_CA_CERTS, with the runner's clock skewed by libfaketime.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { makeTestPki, type TestPki } from '../support/nts-certs.js';
import { startZooServer, type ZooServer } from '../support/ntp-zoo.js';
import { CLI, nodes, runNode } from '../support/bundle.js';
import { expectTruthWithin } from '../support/tolerance.js';

const NTP_PORT = 11151;
const NTS_KE_PORT = 11152;
const LIAR_PORT = 11153;
let pki: TestPki;
let chronyd: Chronyd;
let liar: ZooServer;

beforeAll(async () => {
  pki = makeTestPki(30);
  chronyd = await startChronyd({
    port: NTP_PORT,
    extra: [`ntsport ${NTS_KE_PORT}`, `ntsserverkey ${pki.serverKey}`, `ntsservercert ${pki.serverCert}`],
  });
  liar = await startZooServer('liar', LIAR_PORT);
});
afterAll(async () => {
  await chronyd?.stop();
  await liar?.stop();
  if (pki) rmSync(pki.dir, { recursive: true, force: true });
});

interface Json {
  status: string;
  offsetMs: number | null;
  uncertaintyMs: number | null;
  sources: Array<{
    kind: string;
    target: string;
    status: string;
    reason: string | null;
    authenticated: boolean;
    falseticker: boolean;
  }>;
}

function check(args: string[], options: { faketime?: string; ca?: string; node?: string } = {}) {
  return runNode(CLI, ['check', '--aws', 'off', '--json', '--timeout', '4s', ...args], {
    env: { NODE_EXTRA_CA_CERTS: options.ca ?? pki.caCert },
    ...(options.faketime ? { faketime: options.faketime } : {}),
    ...(options.node ? { node: options.node } : {}),
  });
}

describe.each(nodes())('NTS through the CLI on %s', (_name, node) => {
  it.each([
    ['-7m', 420_000],
    ['+7m', -420_000],
  ])('measures a runner skewed %s over authenticated NTS', async (skew, expected) => {
    const r = await check(['--ntp-servers', 'none', '--nts-servers', `localhost:${NTS_KE_PORT}`], {
      faketime: skew,
      node,
    });
    const j = JSON.parse(r.stdout) as Json;
    expect(j.sources[0]).toMatchObject({ kind: 'nts', status: 'ok', authenticated: true });
    expectTruthWithin(j.offsetMs, expected, j.uncertaintyMs);
    expect(j.status).toBe('fail');
    expect(r.code).toBe(1);
  });
});

describe('NTS trust', () => {
  it('refuses a server whose certificate another CA signed, with a reason that says so', async () => {
    const r = await check(['--ntp-servers', 'none', '--nts-servers', `localhost:${NTS_KE_PORT}`], {
      ca: pki.otherCaCert,
    });
    const j = JSON.parse(r.stdout) as Json;
    expect(j.sources[0]!.status).toBe('error');
    expect(j.sources[0]!.reason).toMatch(/not signed by a trusted CA/);
    expect(j.status).toBe('unknown');
  });

  it('finds a clock years behind although the certificate looks not yet valid', async () => {
    const r = await check(['--ntp-servers', 'none', '--nts-servers', `localhost:${NTS_KE_PORT}`], {
      faketime: '-3y',
    });
    const j = JSON.parse(r.stdout) as Json;
    expect(j.sources[0]).toMatchObject({ status: 'ok', authenticated: true });
    expect(j.offsetMs!).toBeGreaterThan(2.9 * 365 * 86_400_000);
    expect(j.status).toBe('fail');
  });

  it('with require-authenticated, a lying plain-NTP server is shown but does not decide', async () => {
    const args = ['--ntp-servers', `127.0.0.1:${LIAR_PORT}`, '--nts-servers', `localhost:${NTS_KE_PORT}`];
    const plain = JSON.parse((await check(args)).stdout) as Json;
    // One honest (NTS) and one liar with equal votes: no majority, not a pass.
    expect(plain.status).toBe('unknown');
    const strict = JSON.parse((await check([...args, '--require-authenticated'])).stdout) as Json;
    expect(strict.status).toBe('ok');
    expectTruthWithin(strict.offsetMs, 0, strict.uncertaintyMs);
    expect(strict.sources.find((s) => s.kind === 'ntp')).toMatchObject({ status: 'ok', deciding: false });
    expect(strict.sources.find((s) => s.kind === 'nts')).toMatchObject({ status: 'ok', deciding: true });
  });
});
