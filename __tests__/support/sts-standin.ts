/**
 * A local stand-in for AWS STS on loopback: real HTTP (or HTTPS with a self-signed certificate), real
 * SigV4 verification, answers in STS's own formats.
 *
 * For every signed request it checks, in this order: the Authorization header's shape; the access key
 * (InvalidClientTokenId for unknown keys or a wrong session token); the credential scope (date equal to
 * X-Amz-Date's, service `sts`); the request time against its own clock (15 minutes each way as STS, or 5
 * as most services), answering AWS's exact "Signature expired: A is now earlier than B (C - 15 min.)" and
 * "Signature not yet current: A is still later than B (C + 15 min.)"; and finally the signature itself,
 * recomputed with @smithy/signature-v4 over exactly the headers the client signed. Every response has a
 * Date header from the stand-in's clock (this machine's plus a configurable skew, read per request).
 *
 * HEAD and GET of any path answer 302 with a Date, for the Date check (any status carries a Date; the
 * real endpoint's answer to a plain GET is not asserted here).
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createHash, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { SignatureV4 } from '@smithy/signature-v4';
import { Hash } from '@smithy/hash-node';

export interface StandinUser {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  arn: string;
  account: string;
  userId: string;
}

/** AWS's documentation example key pair: recognisably fake. */
export const TEST_USER: StandinUser = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  arn: 'arn:aws:iam::123456789012:user/ci-deployer',
  account: '123456789012',
  userId: 'AIDAJQABLZS4A3QDU576Q',
};

export interface StandinOptions {
  port: number;
  host?: string;
  /** PEM certificate and key: serve HTTPS. */
  tls?: { cert: string; key: string };
  /** The stand-in's clock = this machine's + skewMs, read on every request. */
  skewMs?: number | (() => number);
  /** The request-time window: 15 (STS) or 5 (most services). */
  windowMinutes?: number;
  users?: StandinUser[];
  /** false: no Date header (a server that gives no time). */
  dateHeader?: boolean;
  /** Added to every response (e.g. an Age header to look like a cache). */
  extraHeaders?: Record<string, string>;
  /**
   * A hostile or broken endpoint: replaces the answer to every signed request that passed verification
   * (an HTML 500, a redirect, a 200 that is no GetCallerIdentity result, an ARN carrying injected text).
   */
  signedAnswer?: (user: StandinUser) => CannedAnswer;
  /** Replaces the answer to HEAD and GET (the Date check's requests). */
  dateAnswer?: () => CannedAnswer;
}

export interface CannedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  amzDate?: string;
  code: string;
  message?: string;
}

export interface Standin {
  port: number;
  url: string;
  requests: RecordedRequest[];
  /** Connections accepted (keep-alive shows as fewer connections than requests). */
  connections: number;
  setSkew(ms: number): void;
  stop(): Promise<void>;
}

const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

export function amzDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function parseAmzDate(s: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return undefined;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

export function errorXml(code: string, message: string, type = 'Sender'): string {
  return (
    `<ErrorResponse xmlns="${NS}">\n  <Error>\n    <Type>${type}</Type>\n    <Code>${code}</Code>\n` +
    `    <Message>${escapeXml(message)}</Message>\n  </Error>\n  <RequestId>${randomUUID()}</RequestId>\n</ErrorResponse>\n`
  );
}

export function identityXml(u: StandinUser): string {
  return (
    `<GetCallerIdentityResponse xmlns="${NS}">\n  <GetCallerIdentityResult>\n    <Arn>${escapeXml(u.arn)}</Arn>\n` +
    `    <UserId>${u.userId}</UserId>\n    <Account>${u.account}</Account>\n  </GetCallerIdentityResult>\n` +
    `  <ResponseMetadata>\n    <RequestId>${randomUUID()}</RequestId>\n  </ResponseMetadata>\n</GetCallerIdentityResponse>\n`
  );
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const AUTH =
  /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/;

type Verdict = { status: number; code: string; message?: string; user?: StandinUser };

export async function verifyRequest(
  req: { method: string; path: string; headers: IncomingMessage['headers']; body: Buffer },
  nowMs: number,
  users: StandinUser[],
  windowMinutes: number,
): Promise<Verdict> {
  const auth = req.headers.authorization;
  if (!auth)
    return {
      status: 403,
      code: 'MissingAuthenticationToken',
      message: 'Request is missing Authentication Token',
    };
  const m = AUTH.exec(auth);
  if (!m) {
    return {
      status: 400,
      code: 'IncompleteSignature',
      message: `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters. Authorization=${auth.split(' ')[0]}`,
    };
  }
  const [, keyId, scopeDate, region, service, signedHeadersText, signature] = m as unknown as string[];
  const user = users.find((u) => u.accessKeyId === keyId);
  const token = req.headers['x-amz-security-token'];
  if (!user || (user.sessionToken ?? undefined) !== (typeof token === 'string' ? token : undefined)) {
    return {
      status: 403,
      code: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
    };
  }
  const stamp = req.headers['x-amz-date'];
  const signedMs = typeof stamp === 'string' ? parseAmzDate(stamp) : undefined;
  if (typeof stamp !== 'string' || signedMs === undefined) {
    return {
      status: 400,
      code: 'IncompleteSignature',
      message: "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    };
  }
  if (scopeDate !== stamp.slice(0, 8)) {
    return {
      status: 403,
      code: 'SignatureDoesNotMatch',
      message: `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${stamp.slice(0, 8)}', from '${stamp}'.`,
    };
  }
  if (service !== 'sts') {
    return {
      status: 403,
      code: 'SignatureDoesNotMatch',
      message: "Credential should be scoped to correct service: 'sts'. ",
    };
  }
  const nowS = Math.floor(nowMs / 1000) * 1000;
  const windowMs = windowMinutes * 60_000;
  if (signedMs < nowS - windowMs) {
    return {
      status: 403,
      code: 'SignatureDoesNotMatch',
      message: `Signature expired: ${stamp} is now earlier than ${amzDate(nowS - windowMs)} (${amzDate(nowS)} - ${windowMinutes} min.)`,
    };
  }
  if (signedMs > nowS + windowMs) {
    return {
      status: 403,
      code: 'SignatureDoesNotMatch',
      message: `Signature not yet current: ${stamp} is still later than ${amzDate(nowS + windowMs)} (${amzDate(nowS)} + ${windowMinutes} min.)`,
    };
  }
  const signedHeaders = signedHeadersText!.split(';');
  if (!signedHeaders.includes('host')) {
    return {
      status: 403,
      code: 'SignatureDoesNotMatch',
      message: "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    };
  }
  const bodyHash = createHash('sha256').update(req.body).digest('hex');
  const claimedHash = req.headers['x-amz-content-sha256'];
  if (typeof claimedHash === 'string' && claimedHash !== bodyHash && claimedHash !== 'UNSIGNED-PAYLOAD') {
    return {
      status: 400,
      code: 'XAmzContentSHA256Mismatch',
      message: "The provided 'x-amz-content-sha256' header does not match what was computed.",
    };
  }
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const v = req.headers[name];
    if (v === undefined) {
      return {
        status: 403,
        code: 'SignatureDoesNotMatch',
        message: `Signed header '${name}' is missing from the request.`,
      };
    }
    headers[name] = Array.isArray(v) ? v.join(',') : v;
  }
  const [path, query = ''] = req.path.split('?') as [string, string | undefined];
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: user.accessKeyId,
      secretAccessKey: user.secretAccessKey,
      ...(user.sessionToken ? { sessionToken: user.sessionToken } : {}),
    },
    region: region!,
    service: service!,
    sha256: Hash.bind(null, 'sha256'),
    applyChecksum: false,
  });
  const signed = await signer.sign(
    {
      method: req.method,
      protocol: 'http:',
      hostname: String(req.headers.host ?? '').replace(/:\d+$/, ''),
      path,
      query: Object.fromEntries(new URLSearchParams(query)),
      headers,
      body: req.body.length > 0 ? req.body : undefined,
    },
    {
      signingDate: new Date(signedMs),
      signingRegion: region!,
      signingService: service!,
      signableHeaders: new Set(signedHeaders),
    },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1];
  if (expected !== signature) {
    return {
      status: 403,
      code: 'SignatureDoesNotMatch',
      message:
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    };
  }
  return { status: 200, code: 'OK', user };
}

export async function startStsStandin(options: StandinOptions): Promise<Standin> {
  const host = options.host ?? '127.0.0.1';
  const users = options.users ?? [TEST_USER];
  const windowMinutes = options.windowMinutes ?? 15;
  let skew = options.skewMs ?? 0;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const now = () => Date.now() + (typeof skew === 'function' ? skew() : skew);

  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    // Date is stamped when the answer is made, as a real server does, truncated to the second.
    if (options.dateHeader !== false) res.setHeader('Date', new Date(now()).toUTCString());
    else res.sendDate = false;
    res.setHeader('x-amzn-RequestId', randomUUID());
    for (const [k, v] of Object.entries({ ...headers, ...options.extraHeaders })) res.setHeader(k, v);
    res.writeHead(status);
    res.end(body);
  };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const method = req.method ?? 'GET';
        const path = req.url ?? '/';
        if (method === 'HEAD' || (method === 'GET' && !path.includes('Action='))) {
          if (options.dateAnswer) {
            const canned = options.dateAnswer();
            requests.push({ method, path, code: String(canned.status) });
            send(res, canned.status, canned.body ?? '', canned.headers);
            return;
          }
          requests.push({ method, path, code: '302' });
          send(res, 302, '', { Location: 'https://aws.amazon.com/iam', 'Content-Length': '0' });
          return;
        }
        const body = Buffer.concat(chunks);
        const form = new URLSearchParams(
          method === 'POST' ? body.toString('utf8') : (path.split('?')[1] ?? ''),
        );
        const verdict = await verifyRequest(
          { method, path, headers: req.headers, body },
          now(),
          users,
          windowMinutes,
        );
        const stamp = req.headers['x-amz-date'];
        const record: RecordedRequest = {
          method,
          path,
          ...(typeof stamp === 'string' ? { amzDate: stamp } : {}),
          code: verdict.code,
          ...(verdict.message ? { message: verdict.message } : {}),
        };
        if (verdict.status !== 200) {
          requests.push(record);
          send(res, verdict.status, errorXml(verdict.code, verdict.message ?? ''), {
            'Content-Type': 'text/xml',
          });
          return;
        }
        const action = form.get('Action');
        if (action !== 'GetCallerIdentity' || form.get('Version') !== '2011-06-15') {
          const message = `Could not find operation ${action} for version ${form.get('Version')}`;
          requests.push({ ...record, code: 'InvalidAction', message });
          send(res, 400, errorXml('InvalidAction', message), { 'Content-Type': 'text/xml' });
          return;
        }
        if (options.signedAnswer) {
          const canned = options.signedAnswer(verdict.user!);
          requests.push({ ...record, code: `canned ${canned.status}` });
          send(res, canned.status, canned.body ?? '', canned.headers);
          return;
        }
        requests.push({ ...record, code: 'GetCallerIdentity' });
        send(res, 200, identityXml(verdict.user!), { 'Content-Type': 'text/xml' });
      })();
    });
  };

  const server: Server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, handler)
    : createHttpServer(handler);
  server.keepAliveTimeout = 5000;
  server.on('connection', (s: Socket) => {
    connections += 1;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const scheme = options.tls ? 'https' : 'http';
  return {
    port,
    url: `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}`,
    requests,
    get connections() {
      return connections;
    },
    setSkew(ms: number) {
      skew = ms;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * A self-signed certificate for `names` (DNS names and IP addresses), made with openssl. `faketimeSpec`
 * makes it with a shifted clock, e.g. '+2d' for a certificate that is not yet valid.
 */
export function selfSignedCertificate(
  names: string[],
  options: { days?: number; faketimeSpec?: string } = {},
): { cert: string; key: string } {
  const dir = mkdtempSync(join(tmpdir(), 'h3-cert-'));
  try {
    const san = names.map((n) => (/^[\d.]+$|:/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',');
    const args = [
      'req',
      '-x509',
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
      `/CN=${names[0]}`,
      '-addext',
      `subjectAltName=${san}`,
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

/**
 * A server certificate as public CAs issue them: a root (returned as `ca`, to trust), an intermediate, and
 * a leaf for `names` signed by the intermediate; `cert` is the leaf then the intermediate, the chain a
 * server presents. `leafFaketimeSpec` issues the leaf at another time (an expired or not-yet-valid one).
 */
export function chainedCertificate(
  names: string[],
  options: { leafDays?: number; leafFaketimeSpec?: string } = {},
): { cert: string; key: string; ca: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cp-chain-'));
  const run = (args: string[], faketimeSpec?: string) =>
    faketimeSpec
      ? execFileSync('faketime', ['-f', faketimeSpec, 'openssl', ...args], { cwd: dir, stdio: 'ignore' })
      : execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  try {
    run([
      'req',
      '-x509',
      ...ec,
      '-keyout',
      'root.key',
      '-out',
      'root.crt',
      '-days',
      '30',
      '-subj',
      '/CN=test root',
    ]);
    writeFileSync(join(dir, 'ca.ext'), 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign\n');
    run(['req', '-new', ...ec, '-keyout', 'int.key', '-out', 'int.csr', '-subj', '/CN=test intermediate']);
    run([
      'x509',
      '-req',
      '-in',
      'int.csr',
      '-CA',
      'root.crt',
      '-CAkey',
      'root.key',
      '-CAcreateserial',
      '-out',
      'int.crt',
      '-days',
      '30',
      '-extfile',
      'ca.ext',
    ]);
    const san = names.map((n) => (/^[\d.]+$|:/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',');
    writeFileSync(join(dir, 'leaf.ext'), `subjectAltName=${san}\nextendedKeyUsage=serverAuth\n`);
    run(['req', '-new', ...ec, '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', `/CN=${names[0]}`]);
    run(
      [
        'x509',
        '-req',
        '-in',
        'leaf.csr',
        '-CA',
        'int.crt',
        '-CAkey',
        'int.key',
        '-CAcreateserial',
        '-out',
        'leaf.crt',
        '-days',
        String(options.leafDays ?? 2),
        '-extfile',
        'leaf.ext',
      ],
      options.leafFaketimeSpec,
    );
    const read = (f: string) => readFileSync(join(dir, f), 'utf8');
    return { cert: read('leaf.crt') + read('int.crt'), key: read('leaf.key'), ca: read('root.crt') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
