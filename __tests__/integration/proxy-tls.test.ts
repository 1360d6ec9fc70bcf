/**
 * An https:// proxy whose own certificate fails is named as such: real TLS servers on loopback stand in
 * for the proxy, and the handshake with them fails before any CONNECT. Before, Node's certificate error
 * reached the Date check as if AWS's certificate had failed ("the certificate sts… presented is not
 * trusted", or an expired certificate read as clock evidence about AWS). Ports 21600–21609.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:tls';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpsDateSource } from '../../src/sources/https-date.js';
import { certificateWithCn } from '../support/hostile.js';
import { CLI, runNode } from '../support/bundle.js';

const UNTRUSTED_PORT = 21600;
const EXPIRED_PORT = 21601;
const target = { url: new URL('https://sts.us-east-1.amazonaws.com/') };

let dir: string;
let expiredCertFile: string;
const servers: Server[] = [];
const sockets = new Set<Socket>();

async function tlsProxy(port: number, pem: { cert: string; key: string }): Promise<void> {
  // Were a handshake to succeed, the CONNECT is refused: nothing is tunnelled anywhere.
  const server = createServer(pem, (s) =>
    s.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'),
  );
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('tlsClientError', () => undefined);
  servers.push(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cp-proxy-tls-'));
  await tlsProxy(UNTRUSTED_PORT, certificateWithCn('clock-preflight test proxy'));
  // Valid for 2 days from 10 days ago: expired by a correct clock.
  const expired = certificateWithCn('clock-preflight expired proxy', { faketimeSpec: '-10d', days: 2 });
  expiredCertFile = join(dir, 'expired-proxy.pem');
  writeFileSync(expiredCertFile, expired.cert);
  await tlsProxy(EXPIRED_PORT, expired);
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  rmSync(dir, { recursive: true, force: true });
});

describe("an https:// proxy's own certificate", () => {
  it('untrusted: the status names the proxy and its certificate, not the target', async () => {
    const source = httpsDateSource(target, {
      env: { HTTPS_PROXY: `https://user:s3cr3t@127.0.0.1:${UNTRUSTED_PORT}` },
    });
    const r = await source.measure(new AbortController().signal);
    expect(r.status).toBe('error');
    expect(r.reason).toMatch(
      new RegExp(
        `^TLS: the certificate of the proxy https://127\\.0\\.0\\.1:${UNTRUSTED_PORT} \\(credentials hidden\\) itself is not trusted \\(DEPTH_ZERO_SELF_SIGNED_CERT\\)`,
      ),
    );
    expect(r.reason).toContain("not sts.us-east-1.amazonaws.com's");
    expect(r.reason).toContain('NODE_EXTRA_CA_CERTS');
    expect(r.reason).not.toMatch(/certificate sts\.us-east-1\.amazonaws\.com presented/);
    expect(r.reason).not.toContain('s3cr3t');
    expect(source.canRefine()).toBe(false);
  });

  it('expired (its CA trusted): named as the proxy’s, never read as evidence about the clock or AWS', async () => {
    const r = await runNode(
      CLI,
      [
        'check',
        '--json',
        '--ntp-servers',
        'none',
        '--nts-servers',
        'none',
        '--aws',
        'https',
        '--timeout',
        '5s',
      ],
      {
        env: {
          HTTPS_PROXY: `https://127.0.0.1:${EXPIRED_PORT}`,
          NODE_EXTRA_CA_CERTS: expiredCertFile,
          AWS_REGION: 'us-east-1',
        },
        timeoutMs: 60_000,
      },
    );
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const json = JSON.parse(r.stdout) as { sources: Array<{ kind: string; status: string; reason: string }> };
    const date = json.sources.find((s) => s.kind === 'https-date')!;
    expect(date.status).toBe('error');
    expect(date.reason).toMatch(
      new RegExp(
        `^TLS: the certificate of the proxy https://127\\.0\\.0\\.1:${EXPIRED_PORT} itself has expired by this runner's clock \\(CERT_HAS_EXPIRED\\)`,
      ),
    );
    expect(date.reason).toContain("not sts.us-east-1.amazonaws.com's");
    expect(date.reason).not.toMatch(/evidence of clock skew|certificate of sts\./);
  }, 90_000);
});
