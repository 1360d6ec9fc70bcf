/**
 * The servers the benchmark runs against, each a child process it starts and stops by pid: a real
 * chronyd (always -x: it never touches this machine's clock), the latency relays, the HTTP Date server
 * and, when present, the STS stand-in.
 */
import { setTimeout, clearTimeout } from 'node:timers';
import { spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Stops a child we started: SIGTERM by its pid, SIGKILL after a grace period. */
export async function stopChild(child, graceMs = 3000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(child.pid, 'SIGTERM');
  let timer;
  await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, graceMs)))]);
  clearTimeout(timer);
  if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGKILL');
}

/** One NTP client request; true when a server-mode reply comes back in time. */
function answers(address, port, timeoutMs) {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    const done = (ok) => {
      clearTimeout(timer);
      socket.close();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.on('error', () => done(false));
    socket.on('message', (m) => done(m.length >= 48 && (m[0] & 7) === 4));
    const request = Buffer.alloc(48);
    request[0] = (4 << 3) | 3;
    request.writeUInt32BE(0xdeadbeef, 40);
    socket.send(request, port, address);
  });
}

/** A real chronyd serving its own clock as stratum 1 on loopback. -x: the system clock is never adjusted. */
export async function startChronyd({ address = '127.0.0.1', port, extra = [] }) {
  // Something already answering there would pass for our chronyd and be measured instead.
  if (await answers(address, port, 200))
    throw new Error(`an NTP server already answers on ${address}:${port}`);
  const dir = mkdtempSync(join(tmpdir(), 'cp-bench-chronyd-'));
  const conf = join(dir, 'chrony.conf');
  writeFileSync(
    conf,
    [
      `port ${port}`,
      `bindaddress ${address}`,
      'local stratum 1',
      `allow ${address}`,
      'cmdport 0',
      `pidfile ${join(dir, 'chronyd.pid')}`,
      `driftfile ${join(dir, 'drift')}`,
      ...extra,
    ].join('\n') + '\n',
  );
  let log = '';
  const child = spawn('chronyd', ['-x', '-d', '-u', 'root', '-f', conf], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const stop = async () => {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 50 && child.exitCode === null; i++) {
    if (await answers(address, port, 100)) return { address, port, pid: child.pid, stop, log: () => log };
  }
  await stop();
  throw new Error(`chronyd did not start on ${address}:${port}:\n${log}`);
}

/** Starts `node <script> …args` and waits for it to print `ready`. */
async function startReadyChild(command, args, what) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr.on('data', (d) => (output += d));
  const ready = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 10_000);
    child.stdout.on('data', (d) => {
      output += d;
      if (output.includes('ready')) {
        clearTimeout(timer);
        resolve(true);
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  if (!ready) {
    await stopChild(child);
    throw new Error(`${what} did not start:\n${output}`);
  }
  return child;
}

/**
 * The relays in one process, at a raised priority (nice -10, our own process only): their whole job is
 * to be on time, and this machine is shared with other work.
 */
export async function startRelays({ listen, upstream, delayMs, jitterMs = 0, seed = 1, control }) {
  const dir = mkdtempSync(join(tmpdir(), 'cp-bench-relay-'));
  const statsFile = join(dir, 'stats.json');
  const args = [
    join(HERE, 'relay.mjs'),
    '--upstream',
    upstream,
    '--listen',
    listen.join(','),
    '--delay-ms',
    String(delayMs),
    '--jitter-ms',
    String(jitterMs),
    '--seed',
    String(seed),
    '--stats-file',
    statsFile,
    ...(control ? ['--control', control] : []),
  ];
  const child = await startReadyChild('nice', ['-n', '-10', process.execPath, ...args], 'relay');
  return {
    pid: child.pid,
    /** Starts a new jitter epoch: clients from now on draw the path delays of repetition `n`. */
    setEpoch(n) {
      if (!control) return Promise.resolve();
      const [address, port] = control.split(':');
      return new Promise((resolve) => {
        const socket = createSocket('udp4');
        const done = () => {
          clearTimeout(timer);
          socket.close();
          resolve();
        };
        const timer = setTimeout(done, 1000);
        socket.on('message', done);
        socket.send(`epoch ${n}`, Number(port), address);
      });
    },
    /** Stops the relays and returns each leg's actual added delay, per relay address. */
    async stop() {
      await stopChild(child);
      let stats = {};
      try {
        stats = JSON.parse(readFileSync(statsFile, 'utf8'));
      } catch {
        // the relay died without writing: no statistics
      }
      rmSync(dir, { recursive: true, force: true });
      return stats;
    },
  };
}

/** TCP relays with a delay per route, and silent TCP listeners (bench/tcp-relay.mjs). */
export async function startTcpRelays({ routes = [], silent = [] }) {
  const args = [
    join(HERE, 'tcp-relay.mjs'),
    ...routes.flatMap((r) => ['--route', `${r.listen}=${r.upstream}@${r.delayMs}`]),
    ...silent.flatMap((s) => ['--silent', s]),
  ];
  const child = await startReadyChild('nice', ['-n', '-10', process.execPath, ...args], 'tcp relay');
  return { pid: child.pid, stop: () => stopChild(child) };
}

export async function startDateServer({ address, port }) {
  const child = await startReadyChild(
    process.execPath,
    [join(HERE, 'date-server.mjs'), '--listen', `${address}:${port}`],
    'date server',
  );
  return { pid: child.pid, url: `http://${address}:${port}`, stop: () => stopChild(child) };
}
