/**
 * The signed STS call under hostile or slow endpoints, through the built CLI on Node 20 and Node 24:
 * the run ends within its deadline with a report and the documented exit code, never a stack trace.
 * Real HTTP servers on loopback. Ports 15220–15239.
 *
 * The abort race: with credentials in the environment and an STS endpoint that answers slowly, a short
 * timeout often fires while the AWS SDK is still loading. The SDK was then handed an aborted signal and
 * its rejection had no handler: the CLI printed its report, then a stack trace, and exited 1 (17 of 20
 * runs on Node 20 before the fix).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { CLI, nodes, runNode } from '../support/bundle.js';
import { TEST_USER } from '../support/sts-standin.js';

const SLOW_PORT = 15220;

const CREDENTIALS = {
  AWS_ACCESS_KEY_ID: TEST_USER.accessKeyId,
  AWS_SECRET_ACCESS_KEY: TEST_USER.secretAccessKey,
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_EC2_METADATA_DISABLED: 'true',
};

const sockets = new Set<Socket>();
function track(server: Server): Server {
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return server;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

let slow: Server;
beforeAll(async () => {
  // Answers every request, but only after 3 s: later than every timeout used with it.
  slow = track(
    createServer((req, res) => {
      req.resume();
      const timer = setTimeout(() => {
        res.writeHead(403, { date: new Date().toUTCString(), 'content-type': 'text/xml' });
        res.end('<ErrorResponse><Error><Code>InvalidClientTokenId</Code></Error></ErrorResponse>');
      }, 3000);
      res.on('close', () => clearTimeout(timer));
    }),
  );
  await listen(slow, SLOW_PORT);
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => slow.close(r));
});

describe.each(nodes())('the STS call aborted at any moment, on %s', (_name, node) => {
  it('ends with the report and exit 0 every time (20 runs, timeouts 100–480 ms)', async () => {
    const failures: string[] = [];
    for (let i = 0; i < 20; i++) {
      const timeoutMs = 100 + 20 * i;
      const r = await runNode(
        CLI,
        [
          'check',
          '--aws',
          'auto',
          '--ntp-servers',
          'none',
          '--nts-servers',
          'none',
          '--on-unreachable',
          'warn',
          '--timeout',
          `${timeoutMs}ms`,
        ],
        { node, env: { ...CREDENTIALS, AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${SLOW_PORT}` } },
      );
      const clean =
        r.code === 0 &&
        !/^\s+at /m.test(r.stderr) &&
        !/internal error|AbortError/.test(r.stderr) &&
        /No time reference answered/.test(r.stdout);
      if (!clean) failures.push(`timeout ${timeoutMs} ms: exit ${r.code}\n${r.stderr.slice(0, 400)}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
