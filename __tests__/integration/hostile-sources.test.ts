/**
 * Hostile servers on loopback (support/hostile.ts) against the sources: whatever a server writes into a
 * certificate name, a header, a status line or an NTS-KE record is kept as data, one capped line, or
 * refused. NTS trusts only the store, so its cases run the built CLI with NODE_EXTRA_CA_CERTS.
 * Ports 15520–15539.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpsDateSource } from '../../src/sources/https-date.js';
import { CLI, runNode } from '../support/bundle.js';
import {
  certificateWithCn,
  CN_PAYLOAD,
  INLINE_PAYLOAD,
  startHostileDateServer,
  startHostileNtsKe,
  startHostileProxy,
  type RawServer,
} from '../support/hostile.js';

const servers: RawServer[] = [];
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-hostile-'));
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});
const started = async <T extends RawServer>(s: Promise<T>) => {
  const server = await s;
  servers.push(server);
  return server;
};
const signal = () => AbortSignal.timeout(5000);
const ONE_LINE = /^[^\r\n\u2028\u2029]*$/;

describe('HTTPS Date', () => {
  it('a certificate CN carrying line breaks and workflow commands is quoted as one line', async () => {
    const cert = certificateWithCn(CN_PAYLOAD, { subjectAltName: false });
    const s = await started(startHostileDateServer(15520, { tls: cert, date: 'valid' }));
    const r = await httpsDateSource(
      { url: new URL(`https://localhost:${s.port}`) },
      { ca: cert.cert },
    ).measure(signal());
    expect(r.status).toBe('error');
    expect(r.reason).toMatch(/^TLS: the certificate presented does not name localhost:15520/);
    expect(r.reason).toMatch(ONE_LINE);
  });

  it('a Date that is no date, and headers carrying the payload: rejected, quoted as one short line', async () => {
    const s = await started(startHostileDateServer(15521));
    const r = await httpsDateSource({ url: new URL(`http://127.0.0.1:${s.port}`) }).measure(signal());
    expect(r.status).toBe('rejected');
    expect(r.reason).toMatch(/^unreadable Date header '::set-output name=status::ok /);
    expect(r.reason).toMatch(ONE_LINE);
    expect(r.reason!.length).toBeLessThan(100);
  });

  it('a cache-hit header carrying the payload: rejected, quoted capped', async () => {
    const s = await started(startHostileDateServer(15522, { date: 'cache-hit' }));
    const r = await httpsDateSource({ url: new URL(`http://127.0.0.1:${s.port}`) }).measure(signal());
    expect(r.status).toBe('rejected');
    expect(r.reason).toMatch(/cache hit \(x-cache: Hit ::set-output/);
    expect(r.reason).not.toContain(INLINE_PAYLOAD);
  });

  it("a proxy's status line carrying the payload is quoted as one capped line", async () => {
    const proxy = await started(startHostileProxy(15523));
    const r = await httpsDateSource(
      { url: new URL('https://sts.us-east-1.amazonaws.com') },
      { env: { HTTPS_PROXY: `http://127.0.0.1:${proxy.port}` } },
    ).measure(signal());
    expect(r.status).not.toBe('ok');
    expect(r.reason).toMatch(
      /the proxy http:\/\/127\.0\.0\.1:15523 answered CONNECT sts\.us-east-1\.amazonaws\.com with 407/,
    );
    expect(r.reason).toMatch(ONE_LINE);
    expect(r.reason).not.toContain(INLINE_PAYLOAD);
  });
});

describe('NTS-KE (built CLI, the test certificate trusted through NODE_EXTRA_CA_CERTS)', () => {
  const ntsOnly = (server: string) => [
    'check',
    '--ntp-servers',
    'none',
    '--nts-servers',
    server,
    '--aws',
    'off',
    '--timeout',
    '4s',
    '--json',
  ];
  const ntsResult = (stdout: string) =>
    (JSON.parse(stdout) as { sources: Array<{ kind: string; status: string; reason: string }> }).sources.find(
      (s) => s.kind === 'nts',
    )!;

  it('an NTPv4 Server record carrying workflow commands and HTML is refused, and not repeated', async () => {
    const cert = certificateWithCn('localhost');
    const caFile = join(dir, 'nts-ca.pem');
    writeFileSync(caFile, cert.cert);
    const s = await started(startHostileNtsKe(15524, cert));
    const r = await runNode(CLI, ntsOnly(`127.0.0.1:${s.port}`), { env: { NODE_EXTRA_CA_CERTS: caFile } });
    const nts = ntsResult(r.stdout);
    expect(nts.status).toBe('error');
    expect(nts.reason).toMatch(/refused: NTPv4 Server record is not a host name or an IP address/);
    expect(r.stdout).not.toMatch(/set-output|onerror|##\[/);
  });

  it('a trusted certificate whose CN carries line breaks, expired, not for the name asked: one line', async () => {
    const cert = certificateWithCn(CN_PAYLOAD, { subjectAltName: false, faketimeSpec: '-10d', days: 2 });
    const caFile = join(dir, 'nts-cn-ca.pem');
    writeFileSync(caFile, cert.cert);
    const s = await started(startHostileNtsKe(15525, cert, 'localhost'));
    const r = await runNode(CLI, ntsOnly(`localhost:${s.port}`), { env: { NODE_EXTRA_CA_CERTS: caFile } });
    const nts = ntsResult(r.stdout);
    expect(nts.status).toBe('error');
    expect(nts.reason).toMatch(/certificate is not for localhost/);
    expect(nts.reason).toMatch(ONE_LINE);
  });
});
