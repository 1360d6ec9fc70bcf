/**
 * A real chronyd serving NTP on loopback for tests. Always started with -x: it never touches this
 * machine's clock. Foreground (-d), our own config, pidfile and drift file in a temp dir. Stopped by pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Chronyd {
  port: number;
  address: string;
  dir: string;
  process: ChildProcess;
  log: () => string;
  stop: () => Promise<void>;
}

export interface ChronydOptions {
  port: number;
  address?: string;
  /** Extra config lines (NTS keys, ratelimit, …). */
  extra?: string[];
  /** Extra command-line arguments placed before -f. */
  args?: string[];
}

/** Sends one client request; true when a mode-4 reply comes back within the time. */
function answers(address: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket(address.includes(':') ? 'udp6' : 'udp4');
    const done = (ok: boolean) => {
      clearTimeout(timer);
      socket.close();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.on('error', () => done(false));
    socket.on('message', (m) => done(m.length >= 48 && (m[0]! & 7) === 4));
    const request = Buffer.alloc(48);
    request[0] = (4 << 3) | 3;
    request.writeUInt32BE(0xdeadbeef, 40);
    socket.send(request, port, address);
  });
}

export async function startChronyd(options: ChronydOptions): Promise<Chronyd> {
  const address = options.address ?? '127.0.0.1';
  const dir = mkdtempSync(join(tmpdir(), 'cp-chronyd-'));
  const conf = join(dir, 'chrony.conf');
  writeFileSync(
    conf,
    [
      `port ${options.port}`,
      `bindaddress ${address}`,
      // Serve our own clock as a stratum-1 reference without being synchronised to anything.
      'local stratum 1',
      `allow ${address}`,
      'cmdport 0',
      `pidfile ${join(dir, 'chronyd.pid')}`,
      `driftfile ${join(dir, 'drift')}`,
      ...(options.extra ?? []),
    ].join('\n') + '\n',
  );
  let output = '';
  // -x: never adjust the system clock. -d: foreground, log to stderr. -u root: no privilege drop for files in /tmp.
  const child = spawn('chronyd', ['-x', '-d', '-u', 'root', ...(options.args ?? []), '-f', conf], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 3000)))]);
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 50; i++) {
    if (child.exitCode !== null) break;
    if (await answers(address, options.port, 100)) {
      return { port: options.port, address, dir, process: child, log: () => output, stop };
    }
  }
  await stop();
  throw new Error(`chronyd did not start on ${address}:${options.port}:\n${output}`);
}
