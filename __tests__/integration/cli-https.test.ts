/**
 * https-servers end to end on the built CLI: real HTTPS servers on loopback (one self-signed CA, trusted
 * through NODE_EXTRA_CA_CERTS), names that are not loopback reached through a CONNECT proxy that tunnels
 * them to loopback ports, the runner skewed by libfaketime. Ports 20000–20049.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { selfSignedCertificate, startStsStandin, type Standin } from '../support/sts-standin.js';
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js';
import { CLI, runNode } from '../support/bundle.js';
import { startTcpRelay } from '../support/delay-relay.js';
import { EVENT_LOOP_MARGIN_MS, expectTruthWithin, PROCESS_MARGIN_MS } from '../support/tolerance.js';

const HONEST = 20001;
const HONEST_B = 20002;
const LIAR = 20003;
const NO_DATE = 20004;
const GARBAGE_DATE = 20005;
const CACHED = 20006;
const STALL = 20007;
const HUGE_HEADERS = 20008;
const LATE = 20009;
const SLOW_HONEST = 20010;
const HEADER_FLOOD_REASON = `127.0.0.1:${HUGE_HEADERS} sent more than 16 KB of response headers (HPE_HEADER_OVERFLOW); reading stopped there`;
const PROXY = 20020;
const LIAR_SKEW_MS = 3 * 3_600_000;

const stops: Array<() => Promise<void>> = [];
let dir: string;
let caFile: string;
let proxy: ConnectProxy;
let honest: Standin;
let honestB: Standin;
/** What the LATE server waits for before it answers (see lateAfter). */
let lateWaitsFor: Array<{ standin: Standin; seen: number }> = [];

/**
 * Keeps one more vote open until `standins` have each been asked once more after this call, and 250 ms
 * longer: the run cannot decide (and stop waiting for its stragglers) until then, so their answers have
 * 250 ms plus the grace to be read instead of the grace alone. The LATE server is another operator
 * (127.0.0.1) telling the true time.
 */
function lateAfter(...standins: Standin[]): string {
  lateWaitsFor = standins.map((standin) => ({ standin, seen: standin.requests.length }));
  return `https://127.0.0.1:${LATE}`;
}

/** A TLS server that runs `onSocket` for each connection (for answers no HTTP server library would send). */
async function rawTls(port: number, tls: { cert: string; key: string }, onSocket: (s: Socket) => void) {
  const sockets = new Set<Socket>();
  const server: TlsServer = createTlsServer({ cert: tls.cert, key: tls.key }, (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
    onSocket(s);
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  stops.push(
    () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  );
}

/** Listens on 127.0.0.1:`port`; the teardown drops its connections and closes it. */
async function serve(server: HttpsServer, port: number) {
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  stops.push(
    () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cp-cli-https-'));
  // Issued a day ago and valid for three, so that runners minutes off still see it valid.
  const cert = selfSignedCertificate(
    [
      'localhost',
      'api.example.test',
      'www.example.test',
      'ghes.example.test',
      'lies.example.test',
      'more-lies.example.test',
      'sts.us-east-1.amazonaws.com',
      'sts.eu-west-1.amazonaws.com',
      '127.0.0.1',
      '::ffff:127.0.0.1',
    ],
    { days: 3, faketimeSpec: '-1d' },
  );
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, cert.cert);
  const standin = async (port: number, options: object = {}): Promise<Standin> => {
    const s = await startStsStandin({ port, tls: cert, ...options });
    stops.push(() => s.stop());
    return s;
  };
  honest = await standin(HONEST);
  honestB = await standin(HONEST_B);
  await standin(LIAR, { skewMs: LIAR_SKEW_MS });
  await standin(NO_DATE, { dateHeader: false });
  await standin(GARBAGE_DATE, { extraHeaders: { Date: 'yesterday, around noon' } });
  await standin(CACHED, { extraHeaders: { Age: '120' } });
  // Accepts the connection and the TLS handshake, then never answers.
  await serve(
    createHttpsServer({ cert: cert.cert, key: cert.key }, () => undefined),
    STALL,
  );
  // Answers once what lateAfter named has been asked (at most 5 s), with the true time in its Date header.
  const late = createHttpsServer({ cert: cert.cert, key: cert.key }, (_req, res) => {
    const started = Date.now();
    let answer: NodeJS.Timeout | undefined;
    const poll = setInterval(() => {
      const asked = lateWaitsFor.every(({ standin, seen }) => standin.requests.length > seen);
      if (!asked && Date.now() - started < 5_000) return;
      clearInterval(poll);
      answer = setTimeout(() => res.writeHead(200, { 'Content-Length': '0' }).end(), 250);
    }, 5);
    // A run that ended (or a test that failed) first leaves no timer behind to keep jest open.
    res.on('close', () => {
      clearInterval(poll);
      clearTimeout(answer);
    });
  });
  await serve(late, LATE);
  // The honest server again, 30 ms further away each way: its TLS handshake and request take about 130 ms.
  const slow = await startTcpRelay({
    listen: { address: '127.0.0.1', port: SLOW_HONEST },
    upstream: { address: '127.0.0.1', port: HONEST },
    delayMs: 30,
  });
  stops.push(() => slow.stop());
  // An answer whose headers never end: 1 MB of header lines, then silence.
  await rawTls(HUGE_HEADERS, cert, (s) => {
    s.once('data', () => {
      s.write(`HTTP/1.1 200 OK\r\nDate: ${new Date().toUTCString()}\r\n`);
      for (let i = 0; i < 1024; i++) s.write(`X-Filler-${i}: ${'a'.repeat(1000)}\r\n`);
    });
  });
  proxy = await startConnectProxy(PROXY, {
    'api.example.test:443': HONEST,
    'www.example.test:443': HONEST_B,
    'ghes.example.test:443': HONEST,
    'sts.us-east-1.amazonaws.com:443': HONEST,
    'sts.eu-west-1.amazonaws.com:443': HONEST_B,
    // The same operator lying under two names (see "two URLs of one operator").
    'lies.example.test:443': LIAR,
    'more-lies.example.test:443': LIAR,
  });
  stops.push(() => proxy.stop());
}, 60_000);

afterAll(async () => {
  await Promise.all(stops.map((s) => s()));
  rmSync(dir, { recursive: true, force: true });
});

interface JsonSource {
  kind: string;
  target: string;
  status: string;
  reason: string | null;
  deciding: boolean;
  authenticated: boolean;
  operator: string | null;
  offsetMs: number | null;
  boundMs: number | null;
  requests: number;
  details?: Record<string, string | number | boolean>;
}

interface Json {
  status: string;
  reason: string;
  message: string;
  notes: string[];
  fix: string | null;
  offsetMs: number | null;
  uncertaintyMs: number | null;
  elapsedMs: number;
  sources: JsonSource[];
}

const ONLY_HTTPS = ['--ntp-servers', 'none', '--nts-servers', 'none', '--aws', 'off'];

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    NODE_EXTRA_CA_CERTS: caFile,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    ...extra,
  };
}

async function check(args: string[], extraEnv: NodeJS.ProcessEnv = {}, faketime?: string) {
  const r = await runNode(CLI, ['check', '--json', ...args], {
    env: env(extraEnv),
    ...(faketime ? { faketime } : {}),
  });
  let json: Json;
  try {
    json = JSON.parse(r.stdout) as Json;
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
  return { ...r, json };
}

const httpsSources = (j: Json) => j.sources.filter((s) => s.kind === 'https');

describe('an HTTPS server as a reference', () => {
  it.each([
    ['-7m', 420_000, 'behind'],
    ['+7m', -420_000, 'ahead'],
  ])('finds a runner skewed %s: the offset inside the interval it reports', async (skew, expected) => {
    const { json, code } = await check(
      [...ONLY_HTTPS, '--https-servers', `https://127.0.0.1:${HONEST}`],
      {},
      skew,
    );
    const [s] = httpsSources(json);
    expect(s).toMatchObject({
      target: `127.0.0.1:${HONEST}`,
      status: 'ok',
      authenticated: true,
      deciding: true,
      operator: '127.0.0.1',
    });
    expectTruthWithin(s!.offsetMs, expected, s!.boundMs);
    expectTruthWithin(json.offsetMs, expected, json.uncertaintyMs);
    expect(json.status).toBe('fail');
    expect(code).toBe(1);
  });

  it('is named as its own source, of kind https, in the text report', async () => {
    const r = await runNode(CLI, ['check', ...ONLY_HTTPS, '--https-servers', `https://127.0.0.1:${HONEST}`], {
      env: env({ COLUMNS: '200' }),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`127\\.0\\.0\\.1:${HONEST}\\s+https\\s.*ok \\(authenticated\\)`));
    expect(r.stdout).toMatch(new RegExp(`1 source: 127\\.0\\.0\\.1:${HONEST} \\(https\\)`));
  });

  it('refuses plain http as a bad input: exit 2, the input and the accepted form named, no stack', async () => {
    const r = await runNode(CLI, ['check', '--https-servers', 'http://127.0.0.1:20001'], { env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /invalid --https-servers: 'http:\/\/127\.0\.0\.1:20001' is plain HTTP: anyone on the network path can rewrite its Date header, so it cannot vote on the time; use https:\/\//,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('one vote per operator', () => {
  it('two URLs of one operator count as one vote, and the report says so', async () => {
    const { json } = await check(
      [
        ...ONLY_HTTPS,
        '--https-servers',
        `https://api.example.test,https://www.example.test/status,${lateAfter(honest, honestB)}`,
      ],
      { HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1' },
    );
    // The third server, another operator, answers last: the run waits for both of example.test's.
    const [api, www] = httpsSources(json);
    expect(api).toMatchObject({ status: 'ok', operator: 'example.test' });
    expect(www).toMatchObject({ status: 'ok', operator: 'example.test' });
    // One of the two speaks for the operator (the narrower); the other is reported without a vote.
    expect([api!.deciding, www!.deciding].sort()).toEqual([false, true]);
    expect(json.message).toMatch(
      /api\.example\.test, www\.example\.test\/status are one operator \(example\.test\): one vote, not 2\./,
    );
    expect(json.status).toBe('ok');
  });

  it("two URLs of one lying operator cannot outvote another operator's server: no majority, not a false fail", async () => {
    const { json, code } = await check(
      [
        ...ONLY_HTTPS,
        '--https-servers',
        `https://lies.example.test,https://more-lies.example.test,https://127.0.0.1:${HONEST}`,
      ],
      { HTTPS_PROXY: proxy.url },
    );
    const [a, b, honest] = httpsSources(json);
    // Both lies measured (3 h), one operator: one vote against one honest vote.
    expectTruthWithin(a!.offsetMs, LIAR_SKEW_MS, a!.boundMs);
    expectTruthWithin(b!.offsetMs, LIAR_SKEW_MS, b!.boundMs);
    expect(honest).toMatchObject({ status: 'ok', operator: '127.0.0.1' });
    expect(json.status).toBe('unknown');
    expect(json.reason).toBe('no-majority');
    expect(code).toBe(1);
  });

  it('one lying server under three spellings is one vote: it cannot outvote two honest operators', async () => {
    // The runner is 3 h ahead, as the liar's clock is: each spelling of the liar agrees with it. Counted by
    // name they were three votes of five, a false pass; they reached one address, and are one vote.
    const liar = [
      `https://127.0.0.1:${LIAR}`,
      `https://[::ffff:127.0.0.1]:${LIAR}`,
      `https://localhost:${LIAR}`,
    ];
    const { json, code } = await check(
      [
        ...ONLY_HTTPS,
        '--https-servers',
        [...liar, 'https://api.example.test', 'https://sts.eu-west-1.amazonaws.com'].join(','),
      ],
      { HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1,localhost,::ffff:7f00:1' },
      '+3h',
    );
    const sources = httpsSources(json);
    expect(sources.map((s) => s.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    // The mapped address is the operator 127.0.0.1 too.
    expect(sources[1]).toMatchObject({ operator: '127.0.0.1' });
    expect(json.status).toBe('fail');
    expect(code).toBe(1);
    expect(json.message).toMatch(
      new RegExp(
        `127\\.0\\.0\\.1:${LIAR}, .*localhost:${LIAR} are one server \\(127\\.0\\.0\\.1:${LIAR}\\): one vote, not 3\\.`,
      ),
    );
    expectTruthWithin(json.offsetMs, -3 * 3_600_000, json.uncertaintyMs);
  });

  it("an https server of AWS's is one vote with AWS's own Date check, which speaks for both", async () => {
    const { json } = await check(
      [
        '--ntp-servers',
        'none',
        '--nts-servers',
        'none',
        '--aws',
        'https',
        '--aws-region',
        'us-east-1',
        '--https-servers',
        `https://sts.eu-west-1.amazonaws.com,${lateAfter(honest, honestB)}`,
      ],
      { HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1' },
    );
    const date = json.sources.find((s) => s.kind === 'https-date')!;
    const [regional] = httpsSources(json);
    expect(date).toMatchObject({ status: 'ok', operator: 'amazonaws.com', deciding: true });
    expect(regional).toMatchObject({ status: 'ok', operator: 'amazonaws.com', deciding: false });
    expect(json.message).toMatch(/are one operator \(amazonaws\.com\): one vote, not 2\./);
  });
});

describe('GITHUB_API_URL inside GitHub Actions', () => {
  it('is asked by default, and the report says where it came from', async () => {
    const { json } = await check(ONLY_HTTPS, {
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: 'https://ghes.example.test/api/v3',
      HTTPS_PROXY: proxy.url,
    });
    const [github] = httpsSources(json);
    expect(github).toMatchObject({
      target: 'ghes.example.test/api/v3',
      status: 'ok',
      authenticated: true,
      operator: 'example.test',
    });
    expect(github!.details).toMatchObject({
      from: 'GITHUB_API_URL',
      url: 'https://ghes.example.test/api/v3',
    });
    expect(proxy.connects.some((c) => c.target === 'ghes.example.test:443')).toBe(true);
  });

  it("judged by GitHub's clock, a runner 7 minutes ahead is told what that breaks: GitHub App JWTs", async () => {
    const { json, code } = await check(
      ONLY_HTTPS,
      { GITHUB_ACTIONS: 'true', GITHUB_API_URL: `https://127.0.0.1:${HONEST}` },
      '+7m',
    );
    expect(json.status).toBe('fail');
    expect(code).toBe(1);
    expectTruthWithin(json.offsetMs, -420_000, json.uncertaintyMs);
    const note = json.notes.find((n) => n.startsWith("GitHub's own clock"));
    expect(note).toMatch(
      /judges the GitHub tokens this job mints: GitHub App tokens minted here are refused: 'iat' lies in GitHub's future/,
    );
  });

  it('is not asked with https-servers none, nor outside GitHub Actions', async () => {
    const none = await check(
      [
        '--https-servers',
        'none',
        '--ntp-servers',
        `127.0.0.1:${PROXY}`,
        '--nts-servers',
        'none',
        '--aws',
        'off',
        '--timeout',
        '500ms',
      ],
      { GITHUB_ACTIONS: 'true', GITHUB_API_URL: `https://127.0.0.1:${HONEST}` },
    );
    expect(httpsSources(none.json)).toEqual([]);
    const outside = await check(
      ['--ntp-servers', `127.0.0.1:${PROXY}`, '--nts-servers', 'none', '--aws', 'off', '--timeout', '500ms'],
      { GITHUB_API_URL: `https://127.0.0.1:${HONEST}` },
    );
    expect(httpsSources(outside.json)).toEqual([]);
  });
});

describe('hostile HTTPS servers', () => {
  it('each gets its own status, the honest ones decide, and the run ends within its deadline', async () => {
    const timeoutMs = 3000;
    // The 127.0.0.1 server that tells the time is the slow one: its operator's vote (and so the verdict)
    // waits for it, and the broken servers of that operator, answering at once, are all read by then.
    const list = [SLOW_HONEST, NO_DATE, GARBAGE_DATE, CACHED, STALL, HUGE_HEADERS]
      .map((p) => `https://127.0.0.1:${p}`)
      .concat(`https://localhost:${HONEST_B}`)
      .join(',');
    const r = await check([...ONLY_HTTPS, '--timeout', `${timeoutMs}ms`, '--https-servers', list]);
    const by = (port: number) => r.json.sources.find((s) => s.target.endsWith(`:${port}`))!;
    expect(by(NO_DATE)).toMatchObject({ status: 'rejected' });
    expect(by(NO_DATE).reason).toMatch(/without a Date header: this server gives no time/);
    expect(by(GARBAGE_DATE)).toMatchObject({ status: 'rejected' });
    expect(by(GARBAGE_DATE).reason).toMatch(/unreadable Date header 'yesterday, around noon'/);
    expect(by(CACHED)).toMatchObject({ status: 'rejected' });
    expect(by(CACHED).reason).toMatch(/from a cache \(Age: 120\)/);
    expect(['timeout', 'skipped']).toContain(by(STALL).status);
    // A majority may settle before the flood is read (the grace after it is short): then it is not waited
    // for. Its own words are asserted alone below, where nothing can end the run before it answers.
    if (by(HUGE_HEADERS).status !== 'skipped') expect(by(HUGE_HEADERS).reason).toBe(HEADER_FLOOD_REASON);
    // 127.0.0.1 and localhost: two operators over TLS agree, so the verdict stands.
    expect(by(SLOW_HONEST)).toMatchObject({ status: 'ok', deciding: true });
    expect(by(HONEST_B)).toMatchObject({ status: 'ok', deciding: true, operator: 'localhost' });
    expect(r.json.status).toBe('ok');
    expect(r.json.elapsedMs).toBeLessThan(timeoutMs + EVENT_LOOP_MARGIN_MS);
    expect(r.elapsedMs).toBeLessThan(timeoutMs + PROCESS_MARGIN_MS);
  });

  it('a header flood is named as one', async () => {
    const r = await check([
      ...ONLY_HTTPS,
      '--timeout',
      '3000ms',
      '--https-servers',
      `https://127.0.0.1:${HUGE_HEADERS}`,
    ]);
    expect(httpsSources(r.json)[0]).toMatchObject({ status: 'error', reason: HEADER_FLOOD_REASON });
  });

  it('a server that only stalls ends in a timeout at the deadline, not later', async () => {
    const timeoutMs = 1000;
    const r = await check([
      ...ONLY_HTTPS,
      '--timeout',
      `${timeoutMs}ms`,
      '--https-servers',
      `https://127.0.0.1:${STALL}`,
    ]);
    expect(httpsSources(r.json)[0]).toMatchObject({ status: 'timeout' });
    expect(r.json.status).toBe('unknown');
    expect(r.json.elapsedMs).toBeLessThan(timeoutMs + EVENT_LOOP_MARGIN_MS);
    expect(r.elapsedMs).toBeLessThan(timeoutMs + PROCESS_MARGIN_MS);
  });
});
