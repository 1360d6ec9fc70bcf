/**
 * When a certificate's dates fail by the runner's clock, the HTTPS Date check takes that as evidence of
 * clock skew only if the chain verifies with the dates set aside (as NTS does): an expired self-signed
 * certificate from an untrusted server is an untrusted server, whatever its dates. Real TLS servers on
 * loopback; the "runner years ahead" case runs the built CLI under libfaketime. Ports 15510–15519.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { httpsDateSource } from '../../src/sources/https-date.js';
import { CLI, runNode } from '../support/bundle.js';
import { makeTestPki, type TestPki } from '../support/nts-certs.js';
import { selfSignedCertificate, startStsStandin, type Standin } from '../support/sts-standin.js';

const servers: Standin[] = [];
let pki: TestPki;
let expiredSelfSigned: Standin;
let validSelfSigned: Standin;
let caSigned: Standin;

beforeAll(async () => {
  // Made ten days ago, valid for two: expired for everyone, and trusted by no one.
  const expired = selfSignedCertificate(['127.0.0.1', 'localhost'], { faketimeSpec: '-10d', days: 2 });
  expiredSelfSigned = await startStsStandin({ port: 15510, tls: expired });
  validSelfSigned = await startStsStandin({ port: 15511, tls: selfSignedCertificate(['127.0.0.1']) });
  pki = makeTestPki(30);
  caSigned = await startStsStandin({
    port: 15512,
    tls: { cert: readFileSync(pki.serverCert, 'utf8'), key: readFileSync(pki.serverKey, 'utf8') },
  });
  servers.push(expiredSelfSigned, validSelfSigned, caSigned);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  if (pki) rmSync(pki.dir, { recursive: true, force: true });
});

const signal = () => AbortSignal.timeout(5000);

describe('an untrusted certificate is not evidence about the clock', () => {
  it('an expired self-signed certificate nobody trusts is an untrusted server, not skew', async () => {
    const r = await httpsDateSource({ url: new URL(expiredSelfSigned.url) }).measure(signal());
    expect(r.status).toBe('error');
    expect(r.sample).toBeUndefined();
    expect(r.reason).toMatch(
      /^TLS: the certificate 127\.0\.0\.1:15510 presented is not trusted \(certificate is not signed by a trusted CA/,
    );
    expect(r.reason).toMatch(/no evidence about the clock/);
    expect(r.reason).not.toMatch(/evidence of clock skew|runner's clock is ahead/);
  });

  it('still untrusted when another certificate is the trusted one', async () => {
    const other = selfSignedCertificate(['127.0.0.1']);
    const r = await httpsDateSource({ url: new URL(expiredSelfSigned.url) }, { ca: other.cert }).measure(
      signal(),
    );
    expect(r.status).toBe('error');
    expect(r.reason).toMatch(/is not trusted/);
    expect(r.reason).not.toMatch(/evidence of clock skew/);
  });

  it('an expired certificate that is itself the trusted one is evidence (the chain verifies)', async () => {
    const expired = selfSignedCertificate(['127.0.0.1'], { faketimeSpec: '-10d', days: 2 });
    const s = await startStsStandin({ port: 15513, tls: expired });
    servers.push(s);
    const r = await httpsDateSource({ url: new URL(s.url) }, { ca: expired.cert }).measure(signal());
    expect(r.reason).toMatch(/has expired by this runner's clock \(valid until \d{4}-\d\d-\d\dT/);
    expect(r.reason).toMatch(/evidence of clock skew: the runner's clock is ahead by at least 8 d/);
  });
});

describe('a runner 60 days ahead (libfaketime), built CLI', () => {
  const args = ['check', '--ntp-servers', 'none', '--nts-servers', 'none', '--aws', 'https', '--json'];
  const env = (endpoint: string, extra: NodeJS.ProcessEnv = {}) => ({
    AWS_ENDPOINT_URL_STS: endpoint,
    AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  });
  const dateSource = (stdout: string) =>
    (JSON.parse(stdout) as { sources: Array<{ kind: string; status: string; reason: string }> }).sources.find(
      (s) => s.kind === 'https-date',
    )!;

  it('a CA-signed certificate, expired by the runner clock, is evidence the runner is ahead', async () => {
    const r = await runNode(CLI, args, {
      env: env(caSigned.url, { NODE_EXTRA_CA_CERTS: pki.caCert }),
      faketime: '+60d',
    });
    const date = dateSource(r.stdout);
    expect(date.status).toBe('error');
    expect(date.reason).toMatch(/has expired by this runner's clock/);
    // 30-day certificate, runner 60 days ahead: at least 29 days (a day of slack for when it was made).
    expect(date.reason).toMatch(/evidence of clock skew: the runner's clock is ahead by at least (29|30) d/);
  });

  it('a self-signed certificate nobody trusts, expired by the runner clock, is not evidence', async () => {
    const r = await runNode(CLI, args, { env: env(validSelfSigned.url), faketime: '+60d' });
    const date = dateSource(r.stdout);
    expect(date.status).toBe('error');
    expect(date.reason).toMatch(/is not trusted/);
    expect(date.reason).not.toMatch(/evidence of clock skew/);
  });
});
