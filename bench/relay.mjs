/**
 * A UDP relay that adds latency: this kernel has no netem, and NTPsec's ntpdig only speaks to port 123,
 * so each "server address" (127.0.0.2, .3, …, port 123) is a relay in front of one real chronyd.
 *
 * Every datagram waits a fixed one-way delay, plus optionally a seeded random extra (queueing-like
 * jitter, drawn independently for each leg, so it makes the path asymmetric the way real jitter does).
 * Timers in Node fire late by up to a millisecond or two; the relay wakes 2 ms early and spins the
 * rest, so the added delay is exact to tens of microseconds and a fixed delay stays symmetric. Each
 * leg's actual added delay is recorded, so a run can report how symmetric the path really was.
 *
 * As a program:
 *   node bench/relay.mjs --upstream 127.0.0.1:16000 --listen 127.0.0.2:123,127.0.0.3:123 \
 *        --delay-ms 50 [--jitter-ms 10 --seed 7 --control 127.0.0.1:16003] [--stats-file /tmp/x.json]
 * prints one line `ready` when every relay is bound; on SIGTERM it writes its statistics and exits.
 */
import { setInterval, clearInterval, setTimeout } from 'node:timers';
import { createSocket } from 'node:dgram';
import { writeFileSync } from 'node:fs';

const SPIN_MS = 2;
const IDLE_CLOSE_MS = 30_000;

/** mulberry32: a small seeded PRNG, so a jitter run can be repeated packet for packet. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Extra one-way delay: exponential with mean `jitterMs` (queues add delay, never remove it), capped at
 * five means so one draw cannot stall a whole run.
 */
export function jitterSampler(jitterMs, seed) {
  if (!jitterMs) return () => 0;
  const random = seededRandom(seed);
  return () => Math.min(-Math.log(1 - random()) * jitterMs, 5 * jitterMs);
}

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

/** Runs `fn` at `atMs` (hrtime ms): a timer to shortly before, then a short spin for the exact moment. */
function at(atMs, fn) {
  const wait = atMs - nowMs() - SPIN_MS;
  const spin = () => {
    while (nowMs() < atMs) {
      // Busy-wait at most SPIN_MS: setTimeout alone is late by up to a millisecond or more.
    }
    fn();
  };
  if (atMs <= nowMs()) fn();
  else if (wait <= 0) spin();
  else setTimeout(spin, wait);
}

/**
 * Starts one relay: `listen` receives client datagrams, each client gets its own upstream socket (so the
 * reply finds its way back), replies go out from `listen` to the client.
 */
export function startRelay({ listenAddress, listenPort, upstreamAddress, upstreamPort, delayMs, jitterFor }) {
  const listen = createSocket('udp4');
  const clients = new Map();
  const legs = { up: [], down: [] };

  const delayed = (receivedAtMs, leg, send, jitter) => {
    const extra = delayMs + jitter();
    at(receivedAtMs + extra, () => {
      send();
      legs[leg].push(nowMs() - receivedAtMs);
    });
  };

  // Sockets to the upstream are bound and connected ahead of need: every client here is a new process
  // on a new port, and creating a socket on its first datagram would delay only the outbound leg.
  const spare = [];
  const prepare = () => {
    const socket = createSocket('udp4');
    const entry = { socket, bound: false, onReply: undefined };
    socket.on('message', (bytes) => entry.onReply?.(bytes, nowMs()));
    socket.on('error', () => {});
    socket.bind(0, upstreamAddress, () =>
      socket.connect(upstreamPort, upstreamAddress, () => {
        entry.bound = true;
      }),
    );
    spare.push(entry);
  };
  for (let i = 0; i < 8; i++) prepare();

  const upstreamFor = (address, port) => {
    const key = `${address}:${port}`;
    let client = clients.get(key);
    if (!client) {
      const index = spare.findIndex((e) => e.bound);
      const entry = index >= 0 ? spare.splice(index, 1)[0] : undefined;
      if (!entry) return undefined;
      prepare();
      // Each client its own jitter stream, from the epoch the bench set: every tool in one repetition
      // meets the same path delays, so a jitter comparison is paired rather than left to the draw.
      client = { socket: entry.socket, lastUsed: 0, jitter: jitterFor() };
      const jitter = client.jitter;
      entry.onReply = (bytes, receivedAtMs) => {
        delayed(receivedAtMs, 'down', () => listen.send(bytes, port, address), jitter);
      };
      clients.set(key, client);
    }
    client.lastUsed = Date.now();
    return client;
  };

  listen.on('message', (bytes, rinfo) => {
    const receivedAtMs = nowMs();
    const client = upstreamFor(rinfo.address, rinfo.port);
    // No spare socket ready (a burst of new clients): drop, as a congested path would.
    if (!client) return;
    delayed(receivedAtMs, 'up', () => client.socket.send(bytes), client.jitter);
  });
  listen.on('error', () => {});

  const sweeper = setInterval(() => {
    for (const [key, client] of clients) {
      if (Date.now() - client.lastUsed > IDLE_CLOSE_MS) {
        client.socket.close();
        clients.delete(key);
      }
    }
  }, IDLE_CLOSE_MS);
  sweeper.unref();

  const ready = new Promise((resolve, reject) => {
    listen.once('error', reject);
    listen.bind(listenPort, listenAddress, () => resolve());
  }).then(async () => {
    while (!spare.every((e) => e.bound)) await new Promise((r) => setTimeout(r, 1));
  });

  return {
    ready,
    legs,
    stop() {
      clearInterval(sweeper);
      for (const client of clients.values()) client.socket.close();
      for (const entry of spare) entry.socket.close();
      clients.clear();
      listen.close();
    },
  };
}

function parseArgs(argv) {
  const options = {
    delayMs: 0,
    jitterMs: 0,
    seed: 1,
    listen: [],
    upstream: undefined,
    statsFile: undefined,
    control: undefined,
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i], argv[i + 1]];
    if (name === '--upstream') options.upstream = value;
    else if (name === '--listen') options.listen = value.split(',');
    else if (name === '--delay-ms') options.delayMs = Number(value);
    else if (name === '--jitter-ms') options.jitterMs = Number(value);
    else if (name === '--seed') options.seed = Number(value);
    else if (name === '--stats-file') options.statsFile = value;
    else if (name === '--control') options.control = value;
    else throw new Error(`relay: unknown argument ${name}`);
  }
  if (!options.upstream || options.listen.length === 0)
    throw new Error('relay: --upstream and --listen are required');
  return options;
}

async function runAsProgram() {
  const options = parseArgs(process.argv.slice(2));
  const [upstreamAddress, upstreamPort] = options.upstream.split(':');
  // The bench names each repetition an epoch (a datagram `epoch N` to the control port); jitter streams
  // are seeded by (seed, relay, epoch).
  let epoch = 0;
  let control;
  if (options.control) {
    const [address, port] = options.control.split(':');
    control = createSocket('udp4');
    control.on('message', (bytes, rinfo) => {
      const m = /^epoch (\d+)$/.exec(bytes.toString());
      if (m) epoch = Number(m[1]);
      control.send('ok', rinfo.port, rinfo.address);
    });
    await new Promise((resolve) => control.bind(Number(port), address, resolve));
  }
  const relays = options.listen.map((entry, i) => {
    const [listenAddress, listenPort] = entry.split(':');
    return {
      entry,
      relay: startRelay({
        listenAddress,
        listenPort: Number(listenPort),
        upstreamAddress,
        upstreamPort: Number(upstreamPort),
        delayMs: options.delayMs,
        // Each relay its own stream: the same seed on every relay would make their paths move in step.
        jitterFor: () => jitterSampler(options.jitterMs, options.seed * 1_000_000 + epoch * 100 + i),
      }),
    };
  });
  await Promise.all(relays.map((r) => r.relay.ready));
  process.stdout.write('ready\n');
  const stop = () => {
    const stats = Object.fromEntries(relays.map((r) => [r.entry, r.relay.legs]));
    if (options.statsFile) writeFileSync(options.statsFile, JSON.stringify(stats));
    for (const r of relays) r.relay.stop();
    control?.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runAsProgram().catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
}
