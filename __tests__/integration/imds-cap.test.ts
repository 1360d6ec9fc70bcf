/**
 * The metadata probe reads at most 4 KB of an answer (a token or an instance id is tens of bytes): a
 * loopback stand-in that answers the token request with 1 MB is cut off and named. Port 21602.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { probeImdsV2 } from '../../src/platform/imds.js';

const FLOOD_PORT = 21602;
let flood: Server;
let sentBytes = 0;

beforeAll(async () => {
  flood = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(64 * 1024, 'A');
    const more = () => {
      while (sentBytes < 1024 * 1024 && !res.destroyed) {
        sentBytes += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
      res.end();
    };
    res.on('error', () => undefined);
    more();
  });
  await new Promise<void>((resolve) => flood.listen(FLOOD_PORT, '127.0.0.1', resolve));
});
afterAll(async () => {
  flood.closeAllConnections();
  await new Promise((r) => flood.close(r));
});

it('an answer over 4 KB is not EC2, and settled (not asked again)', async () => {
  const answer = await probeImdsV2({ endpoint: `http://127.0.0.1:${FLOOD_PORT}`, timeoutMs: 10_000 });
  expect(answer).toEqual({ ec2: false, askAgain: false });
});
