/**
 * A tiny HTTP CONNECT proxy on loopback for tests. It tunnels only to loopback: a CONNECT to a name in
 * `routes` (e.g. `sts.us-east-1.amazonaws.com:443`) is connected to the loopback port given there, a
 * CONNECT to a loopback address is connected as asked, and anything else is refused with 403 without any
 * connection attempt. So a client can be made to "reach AWS" by name through the proxy while nothing ever
 * leaves the machine. Every CONNECT is recorded.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, isIP, type AddressInfo, type Socket } from 'node:net';

export interface ConnectRecord {
  target: string;
  /** Where the tunnel went, or undefined when refused. */
  connectedTo?: string;
  proxyAuthorization?: string;
}

export interface ConnectProxy {
  port: number;
  url: string;
  connects: ConnectRecord[];
  stop(): Promise<void>;
}

function isLoopbackAddress(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return (isIP(h) === 4 && h.startsWith('127.')) || h === '::1';
}

export async function startConnectProxy(
  port: number,
  routes: Record<string, number> = {},
  options: { refuseAll?: boolean } = {},
): Promise<ConnectProxy> {
  const connects: ConnectRecord[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    // Plain proxying (absolute-URI GET) is not offered: clients here must tunnel.
    res.writeHead(405, { 'Content-Type': 'text/plain' });
    res.end('CONNECT only\n');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    const target = req.url ?? '';
    const record: ConnectRecord = {
      target,
      ...(req.headers['proxy-authorization']
        ? { proxyAuthorization: String(req.headers['proxy-authorization']) }
        : {}),
    };
    connects.push(record);
    const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(target);
    const routed = routes[target];
    let to: { host: string; port: number } | undefined;
    if (!options.refuseAll) {
      if (routed !== undefined) to = { host: '127.0.0.1', port: routed };
      else if (m && isLoopbackAddress(m[1]!))
        to = { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]) };
    }
    if (!to) {
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    record.connectedTo = `${to.host}:${to.port}`;
    const upstream = connect(to.port, to.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => sockets.delete(client));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `http://127.0.0.1:${actual}`,
    connects,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
