/**
 * Small NTP servers on loopback whose time is this machine's time plus a skew read from a file on every
 * request. A spy that "steps the clock" rewrites the file to 0, so a test can watch a resync take effect
 * in the second measurement while this machine's clock is never touched. Real UDP, real packets.
 */
import { createSocket, type Socket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { systemClock } from '../../src/time/clock.js';
import { decodePacket, encodePacket, unixMsToNtp } from '../../src/protocol/ntp/packet.js';

export interface SkewedNtp {
  ports: number[];
  stop(): Promise<void>;
}

export async function startSkewedNtp(ports: number[], skewFile: string): Promise<SkewedNtp> {
  const sockets: Socket[] = [];
  for (const port of ports) {
    const socket = createSocket('udp4');
    socket.on('message', (msg, rinfo) => {
      const request = decodePacket(msg);
      if (!request || request.mode !== 3) return;
      const skewMs = Number(readFileSync(skewFile, 'utf8').trim()) || 0;
      // Sub-millisecond, like a real server: Date.now() alone would be up to 1 ms behind true time.
      const now = systemClock.nowMs() + skewMs;
      const reply = encodePacket({
        leap: 0,
        version: 4,
        mode: 4,
        stratum: 1,
        poll: request.poll,
        precision: -20,
        rootDelayMs: 0,
        rootDispersionMs: 0.1,
        refId: new Uint8Array([0x4c, 0x4f, 0x43, 0x4c]),
        reference: unixMsToNtp(now - 1000),
        origin: request.transmit,
        receive: unixMsToNtp(now),
        transmit: unixMsToNtp(now),
      });
      socket.send(reply, rinfo.port, rinfo.address);
    });
    await new Promise<void>((resolve) => socket.bind(port, '127.0.0.1', resolve));
    sockets.push(socket);
  }
  return {
    ports,
    stop: async () => {
      await Promise.all(sockets.map((s) => new Promise<void>((r) => s.close(() => r()))));
    },
  };
}
