/**
 * An HTTP CONNECT tunnel through a proxy, bounded: the proxy's answer is read up to 8 KB of headers,
 * and while the tunnel is being set up its socket does not keep the process alive (a proxy that never
 * answers must not hold the job after the verdict; the request that wanted the tunnel has its own
 * deadline). Replaces https-proxy-agent, which buffers the proxy's answer without limit (concatenating
 * it again on every chunk) and cannot be cancelled.
 *
 * TLS to the target runs end to end inside the tunnel, so a proxy cannot forge or cache the answer.
 */
import { Agent as HttpAgent, type AgentOptions as HttpAgentOptions, type RequestOptions } from 'node:http';
import { Agent as HttpsAgent, type AgentOptions as HttpsAgentOptions } from 'node:https';
import * as net from 'node:net';
import * as tls from 'node:tls';
import type { Duplex } from 'node:stream';
import { proxyCredentials } from './proxy.js';
import { isTlsFault } from './error-code.js';

/** The proxy's status line and headers, at most. */
export const MAX_CONNECT_RESPONSE_BYTES = 8 * 1024;

export type ProxyErrorCode =
  'ERR_PROXY_CONNECT_REFUSED' | 'ERR_PROXY_RESPONSE_TOO_LARGE' | 'ERR_PROXY_CLOSED' | 'ERR_PROXY_TLS';

/** Why a tunnel was not opened; `code` for code to branch on, the proxy's words as data. */
export class ProxyTunnelError extends Error {
  constructor(
    readonly code: ProxyErrorCode,
    message: string,
    readonly statusCode?: number,
    /** The proxy's reason phrase: printable ASCII only, at most 100 characters. */
    readonly statusText?: string,
    /** ERR_PROXY_TLS: Node's code for what failed in the TLS handshake with an https:// proxy. */
    readonly tlsCode?: string,
  ) {
    super(message);
    this.name = 'ProxyTunnelError';
  }
}

/**
 * A reason phrase's grammar is printable ASCII (RFC 9112): anything else is no part of it and is dropped,
 * and it is cut to 100 characters. What is left is quoted again through untrustedText where it is shown.
 */
function reasonPhrase(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '').slice(0, 100);
}

/** The status of a CONNECT answer, once its header is complete. Pure. */
export function parseConnectResponse(head: Buffer):
  | { kind: 'incomplete' }
  | { kind: 'status'; statusCode: number; statusText: string; headerBytes: number }
  | {
      kind: 'invalid';
    } {
  const end = head.indexOf('\r\n\r\n');
  if (end === -1) return { kind: 'incomplete' };
  const line = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
  const m = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(line);
  if (!m) return { kind: 'invalid' };
  return {
    kind: 'status',
    statusCode: Number(m[1]),
    statusText: reasonPhrase(m[2] ?? ''),
    headerBytes: end + 4,
  };
}

export interface TunnelOptions {
  proxy: URL;
  host: string;
  port: number;
  /** Give up after this long (the agent's socket timeout). */
  timeoutMs: number;
  /** How the proxy's host name is resolved (the agent's `lookup`; net's default otherwise). */
  lookup?: net.LookupFunction | undefined;
}

/** Opens a CONNECT tunnel; resolves to the raw socket, through which the caller speaks to host:port. */
export function openTunnel(options: TunnelOptions): Promise<net.Socket> {
  const { proxy } = options;
  // Built before any socket exists: nothing here may fail with a connection open.
  const target = net.isIPv6(options.host)
    ? `[${options.host}]:${options.port}`
    : `${options.host}:${options.port}`;
  const headers = [`CONNECT ${target} HTTP/1.1`, `Host: ${target}`];
  const credentials = proxyCredentials(proxy);
  if (credentials !== undefined) {
    headers.push(`Proxy-Authorization: Basic ${Buffer.from(credentials).toString('base64')}`);
  }
  const request = `${headers.join('\r\n')}\r\n\r\n`;
  return new Promise((resolve, reject) => {
    const proxyHost = proxy.hostname.replace(/^\[|\]$/g, '');
    const proxyPort = proxy.port ? Number(proxy.port) : proxy.protocol === 'https:' ? 443 : 80;
    const lookup = options.lookup ? { lookup: options.lookup } : {};
    let socket: net.Socket;
    try {
      socket =
        proxy.protocol === 'https:'
          ? tls.connect({
              host: proxyHost,
              port: proxyPort,
              ...(net.isIP(proxyHost) ? {} : { servername: proxyHost }),
              ALPNProtocols: ['http/1.1'],
              ...lookup,
            })
          : net.connect({ host: proxyHost, port: proxyPort, ...lookup });
    } catch (error) {
      return reject(error instanceof Error ? error : new Error(String(error)));
    }
    // Only the request waiting for this tunnel may keep the process alive, not the tunnel itself.
    socket.unref();
    let received = Buffer.alloc(0);
    let settled = false;
    const timer = setTimeout(() => {
      fail(Object.assign(new Error('the proxy did not answer CONNECT in time'), { code: 'ETIMEDOUT' }));
    }, options.timeoutMs);
    timer.unref();
    const cleanup = () => {
      settled = true;
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('error', fail);
      socket.off('end', onEnd);
      socket.off('close', onEnd);
    };
    // Until an https:// proxy's handshake is done, a TLS fault is the proxy's (its own certificate), never
    // the target's: the target's TLS starts only inside the tunnel.
    let proxyHandshakeDone = proxy.protocol !== 'https:';
    socket.once('secureConnect', () => (proxyHandshakeDone = true));
    function fail(error: Error) {
      if (settled) return;
      cleanup();
      socket.destroy();
      const code = (error as { code?: unknown }).code;
      if (!proxyHandshakeDone && typeof code === 'string' && isTlsFault(code, error.message)) {
        return reject(new ProxyTunnelError('ERR_PROXY_TLS', error.message, undefined, undefined, code));
      }
      reject(error);
    }
    const onEnd = () =>
      fail(
        new ProxyTunnelError('ERR_PROXY_CLOSED', 'the proxy closed the connection before answering CONNECT'),
      );
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const parsed = parseConnectResponse(received.subarray(0, MAX_CONNECT_RESPONSE_BYTES));
      if (parsed.kind === 'incomplete') {
        if (received.length >= MAX_CONNECT_RESPONSE_BYTES) {
          fail(
            new ProxyTunnelError(
              'ERR_PROXY_RESPONSE_TOO_LARGE',
              `the proxy's answer to CONNECT has no end of headers within ${MAX_CONNECT_RESPONSE_BYTES / 1024} KB`,
            ),
          );
        }
        return;
      }
      if (parsed.kind === 'invalid') {
        return fail(
          new ProxyTunnelError(
            'ERR_PROXY_CONNECT_REFUSED',
            'the proxy did not answer CONNECT in HTTP',
            0,
            '',
          ),
        );
      }
      if (parsed.statusCode !== 200) {
        return fail(
          new ProxyTunnelError(
            'ERR_PROXY_CONNECT_REFUSED',
            `the proxy answered CONNECT with ${parsed.statusCode} ${parsed.statusText}`.trim(),
            parsed.statusCode,
            parsed.statusText,
          ),
        );
      }
      cleanup();
      // Bytes after the proxy's header already belong to the target (a TLS ServerHello, say).
      const early = received.subarray(parsed.headerBytes);
      if (early.length > 0) socket.unshift(early);
      socket.ref();
      resolve(socket);
    };
    socket.on('data', onData);
    socket.on('error', fail);
    socket.on('end', onEnd);
    socket.on('close', onEnd);

    socket.write(request);
  });
}

type ConnectionCallback = (error: Error | null, stream: Duplex) => void;

/** The target of a connection the agent is asked for. */
function targetOf(options: RequestOptions): {
  host: string;
  port: number;
  lookup: net.LookupFunction | undefined;
} {
  return {
    host: String(options.host ?? options.hostname ?? 'localhost'),
    port: Number(options.port),
    // The agent's own `lookup` (merged into these options by Node's Agent) resolves the proxy's name.
    lookup: options.lookup,
  };
}

/** The agents' connection timeout doubles as the tunnel's. */
const DEFAULT_TUNNEL_TIMEOUT_MS = 15_000;

/** An https agent whose connections run through a CONNECT tunnel, TLS end to end inside it. */
export class HttpsTunnelAgent extends HttpsAgent {
  constructor(
    private readonly proxy: URL,
    options: HttpsAgentOptions,
  ) {
    super(options);
  }

  // Node's Agent accepts a connection handed back later through the callback (returning undefined).
  override createConnection(options: RequestOptions, callback?: ConnectionCallback): undefined {
    openTunnel({
      proxy: this.proxy,
      ...targetOf(options),
      timeoutMs: this.options.timeout ?? DEFAULT_TUNNEL_TIMEOUT_MS,
    }).then(
      (raw) => {
        try {
          callback?.(null, tls.connect({ ...(options as tls.ConnectionOptions), socket: raw }));
        } catch (error) {
          raw.destroy();
          callback?.(error instanceof Error ? error : new Error(String(error)), raw);
        }
      },
      (error: Error) => callback?.(error, undefined as unknown as Duplex),
    );
    return undefined;
  }
}

/** A plain-http agent whose connections run through a CONNECT tunnel (a local http endpoint behind it). */
export class HttpTunnelAgent extends HttpAgent {
  constructor(
    private readonly proxy: URL,
    private readonly timeoutMs: number,
    options: HttpAgentOptions,
  ) {
    super(options);
  }

  override createConnection(options: RequestOptions, callback?: ConnectionCallback): undefined {
    openTunnel({ proxy: this.proxy, ...targetOf(options), timeoutMs: this.timeoutMs }).then(
      (raw) => callback?.(null, raw),
      (error: Error) => callback?.(error, undefined as unknown as Duplex),
    );
    return undefined;
  }
}
