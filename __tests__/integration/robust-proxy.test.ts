/**
 * Hostile proxies against the HTTPS Date source, in process, real servers on loopback. Ports 15260–15269.
 *
 * - a proxy that answers CONNECT with endless header bytes: https-proxy-agent buffered them all,
 *   concatenating the whole buffer again on every chunk; the tunnel now stops reading at 8 KB;
 * - a proxy whose refusal carries control characters and workflow-command-shaped text: the status text
 *   is kept as bounded printable data;
 * - a proxy that never answers: the source ends at its signal, and the tunnel's socket does not hold the
 *   process (it is unref'd until the tunnel is up).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server, type Socket } from 'node:net';
import { httpsDateSource } from '../../src/sources/https-date.js';
import { MAX_CONNECT_RESPONSE_BYTES } from '../../src/net/tunnel.js';

const FLOOD_PORT = 15260;
const RUDE_PORT = 15261;
const SILENT_PORT = 15262;
const target = { url: new URL('https://sts.us-east-1.amazonaws.com/') };

const sockets = new Set<Socket>();
let flooded = 0;
const servers: Server[] = [];
async function serve(port: number, onSocket: (s: Socket) => void): Promise<void> {
  const server = createServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
    onSocket(s);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
}

beforeAll(async () => {
  await serve(FLOOD_PORT, (s) => {
    s.once('data', () => {
      s.write('HTTP/1.1 200 OK\r\n');
      const line = Buffer.from(`X-Pad: ${'p'.repeat(1000)}\r\n`);
      const flood = () => {
        while (!s.destroyed && flooded < 64 * 1024 * 1024) {
          flooded += line.length;
          if (!s.write(line)) return void s.once('drain', flood);
        }
      };
      flood();
    });
  });
  await serve(RUDE_PORT, (s) => {
    s.once('data', () =>
      s.end(`HTTP/1.1 407 \u001b[31m::error::pwned\u0007 ${'z'.repeat(300)}\r\nContent-Length: 0\r\n\r\n`),
    );
  });
  await serve(SILENT_PORT, (s) => s.on('data', () => undefined));
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

const through = (port: number) => {
  const env = { HTTPS_PROXY: `http://user:secret@127.0.0.1:${port}` };
  return httpsDateSource(target, { env });
};

describe('hostile proxies', () => {
  it('a flood of CONNECT header bytes is cut at 8 KB and named as the proxy’s fault', async () => {
    const r = await through(FLOOD_PORT).measure(AbortSignal.timeout(10_000));
    expect(r.status).toBe('error');
    expect(r.reason).toMatch(
      /^the proxy http:\/\/127\.0\.0\.1:15260 \(credentials hidden\) answered CONNECT sts\.us-east-1\.amazonaws\.com with more header bytes/,
    );
    // The proxy may have pushed more into the socket buffers, but we stopped reading: far from 64 MB.
    expect(flooded).toBeLessThan(64 * 1024 * 1024);
    expect(MAX_CONNECT_RESPONSE_BYTES).toBe(8 * 1024);
  });

  it('a refusal’s status text is kept as bounded printable data, credentials hidden', async () => {
    const r = await through(RUDE_PORT).measure(AbortSignal.timeout(10_000));
    expect(r.status).toBe('error');
    expect(r.reason).toMatch(/answered CONNECT sts\.us-east-1\.amazonaws\.com with 407 /);
    expect(r.reason).toMatch(/^[\x20-\x7e]*$/);
    expect(r.reason!.length).toBeLessThan(300);
    expect(r.reason).not.toMatch(/secret/);
  });

  it('a proxy that never answers: the source ends at its signal', async () => {
    const started = performance.now();
    const r = await through(SILENT_PORT).measure(AbortSignal.timeout(1000));
    expect(r.status).toBe('timeout');
    // Ends at the signal; the margin is for a busy machine.
    expect(performance.now() - started).toBeLessThan(1000 + 5000);
  });
});
