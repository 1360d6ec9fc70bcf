/**
 * The UDP exchange shared by NTP and NTS, on real loopback sockets: when replies arrive together, every
 * reply's arrival is read before any is judged. Ports 22010-22011.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { udpExchange } from '../../src/sources/udp-exchange.js';

const PORTS = [22010, 22011];
const JUDGING_MS = 100;
const servers: Socket[] = [];

beforeAll(async () => {
  // Two servers that hold their requests until both have come, then answer both at once: the two replies
  // are in the client's sockets before its event loop next looks.
  const held: Array<{ socket: Socket; bytes: Buffer; from: RemoteInfo }> = [];
  for (const port of PORTS) {
    const socket = createSocket('udp4');
    socket.on('message', (bytes, from) => {
      held.push({ socket, bytes, from });
      if (held.length < PORTS.length) return;
      for (const h of held.splice(0)) h.socket.send(h.bytes, h.from.port, h.from.address);
    });
    await new Promise<void>((resolve) => socket.bind(port, '127.0.0.1', resolve));
    servers.push(socket);
  }
});

afterAll(() => {
  for (const s of servers) s.close();
});

function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // A judgement that takes long (a cold start, a slow cipher, a busy machine).
  }
}

describe('udpExchange', () => {
  it("reads every waiting reply's arrival before judging any, so a slow judgement does not stretch the next round trip", async () => {
    const signal = AbortSignal.timeout(5_000);
    const exchange = (port: number) =>
      udpExchange<number>({
        peer: { address: '127.0.0.1', family: 4, port },
        signal,
        pacing: { lastRequestAtMs: -Infinity },
        minIntervalMs: 2_000,
        maxRequests: 1,
        nextRequest: () => new Uint8Array(48),
        nowMs: () => performance.now(),
        judge: (_bytes, arrivedAtMs) => {
          busyFor(JUDGING_MS);
          return { kind: 'accept', end: arrivedAtMs };
        },
      });
    const ends = await Promise.all(PORTS.map(exchange));
    const arrivals = ends.map((end) => {
      expect(end).toMatchObject({ kind: 'answered' });
      return end.kind === 'answered' ? end.end : NaN;
    });
    // Judged as each came, the second arrival was read after the first judgement: JUDGING_MS later.
    expect(Math.abs(arrivals[0]! - arrivals[1]!)).toBeLessThan(JUDGING_MS / 2);
  });
});
