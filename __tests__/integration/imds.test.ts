/**
 * EC2 detection on Windows and macOS through IMDSv2, against loopback stand-ins for the metadata service:
 * an EC2 one (token first, then the instance id), one that takes the connection and never answers (a
 * container behind the default hop limit of 1, or a network that drops the packets), an Azure-like one
 * that is not EC2, and a closed port.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import { probeImdsV2 } from '../../src/platform/imds.js';
import { detectEc2Anywhere } from '../../src/platform/ec2.js';
import { planSources, runCheck } from '../../src/gate/check.js';
import { readConfig } from '../../src/config/config.js';

const EC2_PORT = 17510;
const SILENT_PORT = 17511;
const AZURE_PORT = 17512;
const CLOSED_PORT = 17513;
/** Stand-ins that count what they are asked, one per test of the per-process memory. */
const COUNTED_AZURE_PORT = 21810;
const COUNTED_SILENT_PORT = 21811;
const LATE_EC2_PORT = 21812;
const TOKEN = 'AQAEAFakeTokenForTheStandIn==';

let ec2: Server;
let azure: Server;
let silent: TcpServer;
let countedAzure: Server;
let countedSilent: TcpServer;
const held: Socket[] = [];
let azureRequests = 0;
let silentConnections = 0;
const seen: Array<{ method: string; url: string; headers: IncomingMessage['headers'] }> = [];

function listen(server: Server | TcpServer, port: number): Promise<void> {
  return new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
}

beforeAll(async () => {
  ec2 = createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url!, headers: req.headers });
    if (req.method === 'PUT' && req.url === '/latest/api/token') {
      if (!req.headers['x-aws-ec2-metadata-token-ttl-seconds']) return res.writeHead(400).end();
      return res.writeHead(200).end(TOKEN);
    }
    if (req.method === 'GET' && req.url === '/latest/meta-data/instance-id') {
      if (req.headers['x-aws-ec2-metadata-token'] !== TOKEN) return res.writeHead(401).end();
      return res.writeHead(200).end('i-0123456789abcdef0');
    }
    res.writeHead(404).end();
  });
  // Azure's metadata service lives at the same address and refuses EC2's token request.
  azure = createServer((_req, res) => res.writeHead(400).end('{"error":"Bad request"}'));
  silent = createTcpServer((socket) => held.push(socket));
  countedAzure = createServer((_req, res) => {
    azureRequests++;
    res.writeHead(400).end('{"error":"Bad request"}');
  });
  countedSilent = createTcpServer((socket) => {
    silentConnections++;
    held.push(socket);
  });
  await Promise.all([
    listen(ec2, EC2_PORT),
    listen(azure, AZURE_PORT),
    listen(silent, SILENT_PORT),
    listen(countedAzure, COUNTED_AZURE_PORT),
    listen(countedSilent, COUNTED_SILENT_PORT),
  ]);
});

afterAll(async () => {
  for (const s of held) s.destroy();
  await Promise.all(
    [ec2, azure, silent, countedAzure, countedSilent].map(
      (s) => new Promise((resolve) => (s ? s.close(resolve) : resolve(undefined))),
    ),
  );
});

const at = (port: number) => `http://127.0.0.1:${port}`;

describe('probeImdsV2', () => {
  it('takes a token first, then reads the instance id with it', async () => {
    seen.length = 0;
    const answer = await probeImdsV2({ endpoint: at(EC2_PORT), timeoutMs: 5000 });
    expect(answer).toEqual({ ec2: true, instanceId: 'i-0123456789abcdef0' });
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'PUT /latest/api/token',
      'GET /latest/meta-data/instance-id',
    ]);
    expect(seen[0]!.headers['x-aws-ec2-metadata-token-ttl-seconds']).toBe('60');
    expect(seen[1]!.headers['x-aws-ec2-metadata-token']).toBe(TOKEN);
  });

  it('gives up at its bound when the token request gets no answer', async () => {
    const started = performance.now();
    const answer = await probeImdsV2({ endpoint: at(SILENT_PORT), timeoutMs: 300 });
    const elapsedMs = performance.now() - started;
    // Silence until the bound is settled: asking again would wait as long for the same answer.
    expect(answer).toEqual({ ec2: false, askAgain: false });
    // Not a timing figure: the probe must not wait for the test's own 5 s limit.
    expect(elapsedMs).toBeGreaterThanOrEqual(290);
    expect(elapsedMs).toBeLessThan(4000);
  });

  it('does not take another cloud’s metadata service for EC2', async () => {
    const answer = await probeImdsV2({ endpoint: at(AZURE_PORT), timeoutMs: 5000 });
    expect(answer).toEqual({ ec2: false, askAgain: false });
  });

  it('says so when nothing listens', async () => {
    const answer = await probeImdsV2({ endpoint: at(CLOSED_PORT), timeoutMs: 5000 });
    // Refused at once: worth asking again (at boot the service may not be reachable yet).
    expect(answer).toEqual({ ec2: false, askAgain: true });
  });

  it('never goes through a proxy, even when one is configured', async () => {
    const saved = { HTTP_PROXY: process.env.HTTP_PROXY, http_proxy: process.env.http_proxy };
    process.env.HTTP_PROXY = process.env.http_proxy = `http://127.0.0.1:${CLOSED_PORT}`;
    try {
      expect((await probeImdsV2({ endpoint: at(EC2_PORT), timeoutMs: 5000 })).ec2).toBe(true);
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  });
});

describe('EC2 detection on Windows and macOS', () => {
  it('finds an EC2 Windows or macOS instance through IMDS, and not on a GitHub-hosted runner', async () => {
    for (const os of ['win32', 'darwin'] as const) {
      expect(await detectEc2Anywhere({ os, env: {}, imdsEndpoint: at(EC2_PORT), timeoutMs: 5000 })).toBe(
        true,
      );
    }
    const hosted = { GITHUB_ACTIONS: 'true', RUNNER_ENVIRONMENT: 'github-hosted' };
    expect(
      await detectEc2Anywhere({ os: 'win32', env: hosted, imdsEndpoint: at(EC2_PORT), timeoutMs: 5000 }),
    ).toBe(false);
  });

  it('plans the Amazon Time Sync Service when IMDS says EC2 (planning only: no packet leaves loopback)', async () => {
    const onEc2 = await detectEc2Anywhere({
      os: 'win32',
      env: {},
      imdsEndpoint: at(EC2_PORT),
      timeoutMs: 5000,
    });
    const sources = await planSources(config(), onEc2, {});
    expect(sources.map((s) => s.target)).toEqual(
      expect.arrayContaining(['127.0.0.1:17514', '169.254.169.123']),
    );
  });

  it('keeps the whole check within its deadline when the metadata service never answers', async () => {
    const started = performance.now();
    const stalled = await runCheck(config(), {}, { os: 'darwin', imdsEndpoint: at(SILENT_PORT) });
    const elapsedMs = performance.now() - started;
    expect(stalled.measurement.results.map((r) => r.target)).toEqual(['127.0.0.1:17514']);
    // The probe had at most a quarter of the 1 s deadline and the measurement the rest: nothing here
    // answers, so the run lasts about 1 s; the margin is for a loaded machine, not a timing figure.
    expect(elapsedMs).toBeLessThan(1000 + 3000);
  });
});

describe('the metadata service is asked once per process', () => {
  it('every runCheck after the first reuses its answer (resync, each wait attempt, the post step)', async () => {
    const options = { os: 'win32' as const, imdsEndpoint: at(COUNTED_AZURE_PORT) };
    for (let i = 0; i < 3; i++) await runCheck(config(), {}, options);
    expect(azureRequests).toBe(1);
  });

  it('silence until the bound costs its wait once, not on every check', async () => {
    const ask = () =>
      detectEc2Anywhere({ os: 'darwin', env: {}, imdsEndpoint: at(COUNTED_SILENT_PORT), timeoutMs: 300 });
    expect(await ask()).toBe(false);
    expect(await ask()).toBe(false);
    expect(silentConnections).toBe(1);
  });

  it('a refused connection is asked again: a metadata service that comes up later is found', async () => {
    const ask = () =>
      detectEc2Anywhere({ os: 'win32', env: {}, imdsEndpoint: at(LATE_EC2_PORT), timeoutMs: 5000 });
    expect(await ask()).toBe(false);
    const late = createServer((req, res) => {
      if (req.method === 'PUT') return res.writeHead(200).end(TOKEN);
      return res.writeHead(200).end('i-0123456789abcdef0');
    });
    await listen(late, LATE_EC2_PORT);
    try {
      expect(await ask()).toBe(true);
    } finally {
      await new Promise((resolve) => late.close(resolve));
    }
  });
});

function config() {
  const inputs: Record<string, string> = {
    'ntp-servers': '127.0.0.1:17514',
    'nts-servers': 'none',
    aws: 'off',
    timeout: '1s',
  };
  return readConfig((name) => inputs[name]);
}
