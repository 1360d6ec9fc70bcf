/**
 * Relays that add real latency on loopback (this kernel has no netem): UDP for NTP, TCP for NTS-KE over
 * TLS and HTTPS. Each datagram or chunk waits `delayMs` in each direction, in order. Only for tests; the
 * benchmark has its own exact-timing relays in bench/.
 */
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createConnection, createServer, type Socket } from 'node:net';

export interface Relay {
  address: string;
  port: number;
  /** As a user would write it: `127.0.0.1:16510`. */
  label: string;
  stop(): Promise<void>;
}

interface RelayOptions {
  listen: { address: string; port: number };
  upstream: { address: string; port: number };
  /** One-way delay added in each direction. */
  delayMs: number;
}

export async function startUdpRelay(options: RelayOptions): Promise<Relay> {
  const { listen, upstream, delayMs } = options;
  const front = createSocket('udp4');
  const perClient = new Map<string, UdpSocket>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, delayMs);
    timers.add(t);
  };
  front.on('message', (bytes, rinfo) => {
    const key = `${rinfo.address}:${rinfo.port}`;
    let back = perClient.get(key);
    if (!back) {
      back = createSocket('udp4');
      back.on('message', (reply) => later(() => front.send(reply, rinfo.port, rinfo.address)));
      back.on('error', () => undefined);
      perClient.set(key, back);
    }
    const socket = back;
    later(() => socket.send(bytes, upstream.port, upstream.address));
  });
  front.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.bind(listen.port, listen.address, () => resolve());
  });
  return {
    ...listen,
    label: `${listen.address}:${listen.port}`,
    stop: async () => {
      for (const t of timers) clearTimeout(t);
      for (const s of perClient.values()) s.close();
      await new Promise<void>((r) => front.close(() => r()));
    },
  };
}

export async function startTcpRelay(options: RelayOptions): Promise<Relay> {
  const { listen, upstream, delayMs } = options;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const pipeDelayed = (from: Socket, to: Socket) => {
    from.on('data', (chunk) => {
      const t = setTimeout(() => {
        timers.delete(t);
        if (!to.destroyed) to.write(chunk);
      }, delayMs);
      timers.add(t);
    });
    from.on('end', () => {
      const t = setTimeout(() => {
        timers.delete(t);
        to.end();
      }, delayMs);
      timers.add(t);
    });
    from.on('error', () => to.destroy());
    from.on('close', () => setTimeout(() => to.destroy(), delayMs + 5).unref());
  };
  const server = createServer((client) => {
    const up = createConnection(upstream.port, upstream.address);
    sockets.add(client).add(up);
    client.on('close', () => sockets.delete(client));
    up.on('close', () => sockets.delete(up));
    pipeDelayed(client, up);
    pipeDelayed(up, client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.address, () => resolve());
  });
  return {
    ...listen,
    label: `${listen.address}:${listen.port}`,
    stop: async () => {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** A TCP port that accepts connections and never says a word: TCP 4460 "blocked" past the handshake. */
export async function startSilentTcp(address: string, port: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  const server = createServer((s) => {
    sockets.add(s);
    s.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => resolve());
  });
  return {
    address,
    port,
    label: `${address}:${port}`,
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
