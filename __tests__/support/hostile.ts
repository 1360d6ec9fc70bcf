/**
 * Hostile servers on loopback whose every word a client might repeat carries text meant for someone
 * else: GitHub workflow commands at a line start (`::set-output`, `::add-mask::`, `::warning::`), the
 * runner's `##[warning]` log markers inline, HTML for the job summary, Markdown links and table rows.
 * A client that copies any of it unescaped into its stdout, summary or outputs is caught by the
 * assertions in hostile-output.test.ts.
 *
 * - STS answers for the stand-in (sts-standin.ts `signedAnswer`): an HTML 500, a 301, a 200 of garbage
 *   XML, an ARN and an AWS error message carrying the payload.
 * - An HTTP(S) Date server writing raw bytes: the payload in its status line, headers and body, and a
 *   Date that is no date.
 * - An NTS-KE server whose NTPv4 Server record is the payload, with a certificate whose CN is too.
 * - A CONNECT proxy whose refusal's status line is the payload.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { encodeRecords, RecordType, type KeRecord } from '../../src/protocol/nts/ke.js';
import { errorXml, identityXml, type CannedAnswer, type StandinUser } from './sts-standin.js';

/** Every kind of text that must never act outside the program, on one line. */
export const INLINE_PAYLOAD =
  '::set-output name=status::ok ::add-mask::pwned ::warning::pwned ##[warning]pwned ' +
  '<img src=x onerror=alert(1)> [click](https://evil.example/) | evil | table |';

/** The same, with line breaks so that a copied line would start a workflow command. */
export const PAYLOAD =
  '\n::set-output name=status::ok\n::add-mask::pwned\n::warning::pwned\n##[warning]pwned\n' +
  '<img src=x onerror=alert(1)>\n[click](https://evil.example/)\n| evil | table |\n|---|---|\n';

/** For a certificate's CN, which holds at most 64 characters. */
export const CN_PAYLOAD = '\n::set-output name=status::ok\n##[warning]pwned<img src=x>';

/** What a hostile endpoint answers a correctly signed GetCallerIdentity with. */
export const HOSTILE_STS_ANSWERS: Record<string, (user: StandinUser) => CannedAnswer> = {
  html500: () => ({
    status: 500,
    headers: { 'Content-Type': 'text/html' },
    body: `<html><body><h1>Internal Server Error</h1>${PAYLOAD}</body></html>`,
  }),
  redirect301: () => ({
    status: 301,
    headers: { 'Content-Type': 'text/html', Location: 'https://evil.example/::set-output' },
    body: `<html><body>Moved${PAYLOAD}</body></html>`,
  }),
  garbage200: () => ({
    status: 200,
    headers: { 'Content-Type': 'text/xml' },
    body: `<Response><Result>${escapeXml(PAYLOAD)}</Result></Response>`,
  }),
  injectedArn200: (user) => ({
    status: 200,
    headers: { 'Content-Type': 'text/xml' },
    body: identityXml({ ...user, arn: `${user.arn}${PAYLOAD}` }),
  }),
  /** An AWS-shaped error: a time rejection whose message carries the payload (kept, as one line). */
  injectedTimeRejection: () => ({
    status: 403,
    headers: { 'Content-Type': 'text/xml' },
    body: errorXml(
      'SignatureDoesNotMatch',
      `Signature expired: 20260627T140000Z is now earlier than 20260627T141500Z (20260627T143000Z - 15 min.)${PAYLOAD}`,
    ),
  }),
};

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface RawServer {
  port: number;
  stop(): Promise<void>;
}

function stopper(server: Server, sockets: Set<Socket>): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

async function listen(server: Server, port: number): Promise<{ port: number; sockets: Set<Socket> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { port: (server.address() as AddressInfo).port, sockets };
}

/**
 * An HTTP server (HTTPS with `tls`) answering every request with raw bytes: the payload in the reason
 * phrase, in headers (x-cache says hit, so the answer is refused as a cache hit and its header quoted),
 * and a Date header that is no date. `date: 'valid'` sends a true Date instead and only the payload
 * headers, so that the answer is a sample.
 */
export async function startHostileDateServer(
  port: number,
  options: { tls?: { cert: string; key: string }; date?: 'garbage' | 'valid' | 'cache-hit' } = {},
): Promise<RawServer> {
  const answer = () => {
    const date =
      options.date === 'valid' || options.date === 'cache-hit'
        ? new Date().toUTCString()
        : `${INLINE_PAYLOAD} GMT`;
    const body = `<html>${PAYLOAD}</html>`;
    return (
      `HTTP/1.1 200 ${INLINE_PAYLOAD}\r\n` +
      `Date: ${date}\r\n` +
      `Server: ${INLINE_PAYLOAD}\r\n` +
      (options.date === 'cache-hit' ? `X-Cache: Hit ${INLINE_PAYLOAD}\r\n` : '') +
      `Content-Type: text/html\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
    );
  };
  const onConnection = (socket: Socket) => {
    let seen = '';
    socket.on('data', (chunk: Buffer) => {
      seen += chunk.toString('latin1');
      if (!seen.includes('\r\n\r\n')) return;
      // HEAD gets no body, as HTTP says; the client would otherwise read it as the next response.
      const head = seen.startsWith('HEAD ');
      const text = answer();
      socket.end(head ? text.slice(0, text.indexOf('\r\n\r\n') + 4) : text);
    });
    socket.on('error', () => socket.destroy());
  };
  const server = options.tls
    ? createTlsServer({ cert: options.tls.cert, key: options.tls.key }, onConnection)
    : createNetServer(onConnection);
  const { port: actual, sockets } = await listen(server as Server, port);
  return { port: actual, stop: stopper(server as Server, sockets) };
}

/**
 * An NTS-KE server (TLS 1.3, ALPN ntske/1) whose answer is well formed except for the NTPv4 Server
 * record, which carries `serverRecord`.
 */
export async function startHostileNtsKe(
  port: number,
  tls: { cert: string; key: string },
  serverRecord = '::set-output=name=status::ok##[warning]<img/src=x/onerror=alert(1)>',
): Promise<RawServer> {
  const u16 = (n: number) => new Uint8Array([n >> 8, n & 0xff]);
  const records: KeRecord[] = [
    { critical: true, type: RecordType.NextProtocol, body: u16(0) },
    { critical: true, type: RecordType.AeadAlgorithm, body: u16(15) },
    { critical: false, type: RecordType.NewCookie, body: new Uint8Array(64).fill(7) },
    { critical: false, type: RecordType.NtpServer, body: new TextEncoder().encode(serverRecord) },
    { critical: true, type: RecordType.EndOfMessage, body: new Uint8Array(0) },
  ];
  const server = createTlsServer(
    { cert: tls.cert, key: tls.key, ALPNProtocols: ['ntske/1'], minVersion: 'TLSv1.3' },
    (socket) => {
      socket.once('data', () => socket.end(Buffer.from(encodeRecords(records))));
      socket.on('error', () => socket.destroy());
    },
  );
  const { port: actual, sockets } = await listen(server as unknown as Server, port);
  return { port: actual, stop: stopper(server as unknown as Server, sockets) };
}

/** A CONNECT proxy that refuses every tunnel with the payload as its status line's reason phrase. */
export async function startHostileProxy(port: number): Promise<RawServer> {
  const server = createNetServer((socket) => {
    let seen = '';
    socket.on('data', (chunk: Buffer) => {
      seen += chunk.toString('latin1');
      if (!seen.includes('\r\n\r\n')) return;
      socket.end(`HTTP/1.1 407 ${INLINE_PAYLOAD}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    });
    socket.on('error', () => socket.destroy());
  });
  const { port: actual, sockets } = await listen(server, port);
  return { port: actual, stop: stopper(server, sockets) };
}

/**
 * A self-signed certificate for 127.0.0.1 and localhost whose subject CN is `cn` (at most 64 characters,
 * line breaks included; a '/' is escaped for -subj). Without the subjectAltName, names are checked
 * against the CN, and Node's mismatch message quotes it.
 */
export function certificateWithCn(
  cn: string,
  options: { days?: number; faketimeSpec?: string; subjectAltName?: boolean } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'cp-hostile-cert-'));
  try {
    const config = join(dir, 'openssl.cnf');
    writeFileSync(
      config,
      '[req]\ndistinguished_name=dn\n[dn]\n[ext]\nbasicConstraints=CA:FALSE\n' +
        (options.subjectAltName === false ? '' : 'subjectAltName=DNS:localhost,IP:127.0.0.1\n'),
    );
    const args = [
      'req',
      '-x509',
      '-config',
      config,
      '-extensions',
      'ext',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      String(options.days ?? 2),
      '-subj',
      `/CN=${cn.replace(/\//g, '\\/')}`,
    ];
    if (options.faketimeSpec)
      execFileSync('faketime', ['-f', options.faketimeSpec, 'openssl', ...args], { stdio: 'ignore' });
    else execFileSync('openssl', args, { stdio: 'ignore' });
    return {
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
