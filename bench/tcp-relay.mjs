/**
 * TCP relays that add latency, for NTS-KE over TLS and HTTPS (bench/relay.mjs does UDP). Every chunk
 * waits a fixed one-way delay in each direction, in order; the TCP and TLS handshakes therefore cost
 * their real round trips. `--silent` listeners accept and never answer: a port "dropped" past the
 * handshake, as a firewall that blocks TCP 4460 looks to a client that only sees silence.
 *
 *   node bench/tcp-relay.mjs --route 127.0.0.21:4460=127.0.0.1:16621@5 [--route …] [--silent 127.0.0.1:16650]
 * prints `ready` when every listener is bound; stops on SIGTERM.
 */
import { setTimeout } from 'node:timers';
import { createConnection, createServer } from 'node:net';

function split(hostPort) {
  const at = hostPort.lastIndexOf(':');
  return { address: hostPort.slice(0, at), port: Number(hostPort.slice(at + 1)) };
}

function delayedPipe(from, to, delayMs) {
  from.on('data', (chunk) => setTimeout(() => to.destroyed || to.write(chunk), delayMs));
  from.on('end', () => setTimeout(() => to.end(), delayMs));
  from.on('error', () => to.destroy());
  from.on('close', () => setTimeout(() => to.destroy(), delayMs + 5));
}

function listen(server, { address, port }) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, resolve);
  });
}

const servers = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  const [name, value] = [args[i], args[i + 1]];
  if (name === '--route') {
    const m = /^(.+)=(.+)@([\d.]+)$/.exec(value);
    if (!m) throw new Error(`tcp-relay: bad route ${value}`);
    const upstream = split(m[2]);
    const delayMs = Number(m[3]);
    const server = createServer((client) => {
      const up = createConnection(upstream.port, upstream.address);
      delayedPipe(client, up, delayMs);
      delayedPipe(up, client, delayMs);
    });
    servers.push(listen(server, split(m[1])).then(() => server));
  } else if (name === '--silent') {
    const server = createServer((socket) => socket.on('error', () => {}));
    servers.push(listen(server, split(value)).then(() => server));
  } else throw new Error(`tcp-relay: unknown argument ${name}`);
}
const bound = await Promise.all(servers);
process.stdout.write('ready\n');
const stop = () => {
  for (const s of bound) s.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
