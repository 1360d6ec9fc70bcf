/**
 * Which proxy (if any) carries a request to AWS, from the environment, as GitHub's runner and
 * @actions/http-client read it (and as curl and botocore do in the cases that matter):
 *
 * - https targets: `https_proxy`, else `HTTPS_PROXY`; http targets: `http_proxy`, else `HTTP_PROXY`.
 *   Lower case first, as curl does (it refuses upper-case HTTP_PROXY, which a CGI request can set).
 * - `no_proxy`, else `NO_PROXY`: comma- or space-separated entries; `*` bypasses everything; `example.com`,
 *   `.example.com` and `*.example.com` match the domain and its subdomains; `host:port` matches that port
 *   only; IP literals match exactly, or by CIDR (`10.0.0.0/8`, as curl ≥ 7.86).
 * - Loopback targets never go through a proxy (as @actions/http-client): a local endpoint is local.
 *
 * The agent tunnels with CONNECT (as aws-actions/configure-aws-credentials does), so TLS runs end to end
 * between this process and AWS and a proxy cannot forge or cache the answer.
 */
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

export type ProxyVariable = 'https_proxy' | 'HTTPS_PROXY' | 'http_proxy' | 'HTTP_PROXY';

export type ProxyChoice =
  | { kind: 'direct'; why: string }
  | { kind: 'proxy'; url: URL; variable: ProxyVariable }
  | { kind: 'invalid'; variable: ProxyVariable; reason: string };

function defaultPort(url: URL): number {
  return url.protocol === 'https:' ? 443 : 80;
}

/** Host without IPv6 brackets, lower case. */
function bareHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

export function isLoopback(host: string): boolean {
  const h = bareHost(host);
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || /^::ffff:127\./.test(h);
  return false;
}

function matchesCidr(host: string, entry: string): boolean {
  const m = /^(.+)\/(\d{1,3})$/.exec(entry);
  if (!m) return false;
  const [, net, bitsText] = m as unknown as [string, string, string];
  const family = isIP(net);
  const hostFamily = isIP(host);
  if (family === 0 || hostFamily !== family) return false;
  const bits = Number(bitsText);
  if (bits > (family === 4 ? 32 : 128)) return false;
  const list = new BlockList();
  list.addSubnet(net, bits, family === 4 ? 'ipv4' : 'ipv6');
  return list.check(host, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The NO_PROXY entry that exempts host:port, or undefined. `port` is the request's effective port.
 */
export function noProxyMatch(noProxy: string, host: string, port: number): string | undefined {
  const h = bareHost(host).replace(/\.$/, '');
  for (const raw of noProxy.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return raw.trim();
    // Split off a port: `host:port`, `[v6]:port`; a bare IPv6 literal has colons but no port.
    let name = entry;
    let entryPort: number | undefined;
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    if (bracketed) {
      name = bracketed[1]!;
      entryPort = bracketed[2] ? Number(bracketed[2]) : undefined;
    } else if (isIP(entry) !== 6 && !entry.includes('/')) {
      const withPort = /^(.*):(\d+)$/.exec(entry);
      if (withPort) {
        name = withPort[1]!;
        entryPort = Number(withPort[2]);
      }
    }
    if (entryPort !== undefined && entryPort !== port) continue;
    if (name.includes('/')) {
      if (matchesCidr(h, name)) return raw.trim();
      continue;
    }
    if (isIP(name) !== 0 || isIP(h) !== 0) {
      if (name === h) return raw.trim();
      continue;
    }
    const domain = name.replace(/^\*?\./, '').replace(/\.$/, '');
    if (domain === '') continue;
    if (h === domain || h.endsWith(`.${domain}`)) return raw.trim();
  }
  return undefined;
}

const ACCEPTED_FORM =
  "expected http://[user:password@]host:port (or https://), with any '/', '@', ':', '#', '?' or space in the " +
  'user name or password percent-encoded (%2F, %40, %3A, %23, %3F, %20)';

/**
 * The proxy URL, or why it cannot be used. The reason never quotes the value: a value that does not parse
 * cannot be split reliably into credentials and the rest (`http://u:pa/ss@host` reads as host `u` and
 * a path), so nothing of it is repeated except a scheme.
 */
function parseProxyUrl(text: string): URL | string {
  const t = text.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(t)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return `${scheme} proxies are not supported (only http:// and https:// proxies)`;
  }
  if (/\s/.test(t)) return `the value contains a space or a line break; ${ACCEPTED_FORM}`;
  // `proxy.corp:3128` without a scheme is common in the wild; curl reads it as http://.
  let url: URL;
  try {
    url = new URL(scheme !== undefined ? t : `http://${t}`);
  } catch {
    return `the value is not a URL (a port that is not a number from 1 to 65535, or a character that must be percent-encoded?); ${ACCEPTED_FORM}`;
  }
  if (!url.hostname) return `the value names no host; ${ACCEPTED_FORM}`;
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
    // Usually a password with a '/', '?' or '#' that was not encoded: what follows it looks like a path.
    return `the value has a path, a query or a fragment after the host (an unencoded '/', '?' or '#' in the password?); ${ACCEPTED_FORM}`;
  }
  // Checked here, not when the tunnel sends them: there a bad escape threw 'URI malformed' from inside the
  // connection, blamed on the request, with the proxy's socket left open.
  for (const [part, text] of [
    ['user name', url.username],
    ['password', url.password],
  ] as const) {
    if (decodeOrUndefined(text) === undefined) {
      return `the ${part} has a '%' that is not followed by two hex digits: write % as %25 (and ':' as %3A, '@' as %40); ${ACCEPTED_FORM}`;
    }
  }
  return url;
}

function decodeOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * The Proxy-Authorization header's `user:password`, decoded, or undefined when the URL has none. The URL
 * came from chooseProxy, which refused any credentials that do not decode.
 */
export function proxyCredentials(proxy: URL): string | undefined {
  if (!proxy.username && !proxy.password) return undefined;
  return `${decodeOrUndefined(proxy.username) ?? ''}:${decodeOrUndefined(proxy.password) ?? ''}`;
}

/** The proxy for a request to `target`, from `env`. Pure. */
export function chooseProxy(target: URL, env: NodeJS.ProcessEnv): ProxyChoice {
  if (isLoopback(target.hostname)) return { kind: 'direct', why: 'loopback endpoint' };
  const names: ProxyVariable[] =
    target.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
  const variable = names.find((n) => env[n] !== undefined && env[n]!.trim() !== '');
  if (!variable) return { kind: 'direct', why: `no ${names[1]} set` };
  const noProxy = env.no_proxy ?? env.NO_PROXY ?? '';
  const port = target.port ? Number(target.port) : defaultPort(target);
  const exempt = noProxyMatch(noProxy, target.hostname, port);
  if (exempt !== undefined) return { kind: 'direct', why: `NO_PROXY entry '${exempt}' matches` };
  const parsed = parseProxyUrl(env[variable]!);
  if (typeof parsed === 'string') return { kind: 'invalid', variable, reason: `${variable}: ${parsed}` };
  return { kind: 'proxy', url: parsed, variable };
}

/**
 * The proxy URL without user name or password, for reports and logs: scheme, host and port only. A text
 * that is not a usable proxy URL is not shown at all (it cannot be told where its password ends).
 */
export function redactProxy(text: string | URL): string {
  const u = typeof text === 'string' ? parseProxyUrl(text) : text;
  if (typeof u === 'string') return '(a proxy URL that cannot be used, not shown)';
  const hidden = u.username !== '' || u.password !== '' ? ' (credentials hidden)' : '';
  return `${u.protocol}//${u.host}${hidden}`;
}

export function describeProxy(choice: ProxyChoice): string {
  if (choice.kind === 'direct') return `direct (${choice.why})`;
  if (choice.kind === 'invalid') return `unusable proxy (${choice.reason})`;
  return `through ${redactProxy(choice.url)} (from ${choice.variable})`;
}

export interface AgentOptions {
  /** Extra trusted certificate authorities (PEM), besides Node's roots and NODE_EXTRA_CA_CERTS. */
  ca?: string | Buffer | Array<string | Buffer>;
  keepAlive?: boolean;
  /**
   * How host names (the target's, or the proxy's) are resolved; net's default is getaddrinfo, which no
   * deadline can cancel. Sources pass resolve.ts's deadlineLookup.
   */
  lookup?: LookupFunction;
}

/**
 * An agent for requests to `target`: keep-alive, one socket (requests are sequential, and one connection
 * keeps us on one server behind the load balancer, so that successive Dates come from one clock).
 * Through a proxy, a bounded CONNECT tunnel (tunnel.ts), loaded only when a proxy is in use.
 */
export async function agentFor(
  target: URL,
  choice: ProxyChoice,
  options: AgentOptions = {},
): Promise<HttpAgent | HttpsAgent> {
  const keepAlive = options.keepAlive ?? true;
  const common = {
    keepAlive,
    maxSockets: 1,
    timeout: 15_000,
    ...(options.ca ? { ca: options.ca } : {}),
    ...(options.lookup ? { lookup: options.lookup } : {}),
  };
  if (choice.kind === 'proxy') {
    const { HttpsTunnelAgent, HttpTunnelAgent } = await import('./tunnel.js');
    return target.protocol === 'https:'
      ? new HttpsTunnelAgent(choice.url, common)
      : new HttpTunnelAgent(choice.url, common.timeout, common);
  }
  return target.protocol === 'https:' ? new HttpsAgent(common) : new HttpAgent(common);
}
