/**
 * Who decides and when to stop waiting, end to end on the built CLI: real chronyd servers (-x), the zoo's
 * liars, the STS stand-in over TLS, and relays that add real round trips. Each case is one of issue 11's
 * findings; the assertions are the verdict, the exit code and which sources were waited for, never how
 * fast this machine happened to be.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PATIENCE_MS } from '../../src/decide/policy.js';
import { CLI, runNode } from '../support/bundle.js';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { startSilentTcp, startTcpRelay, startUdpRelay, type Relay } from '../support/delay-relay.js';
import { startZooServer, type ZooServer } from '../support/ntp-zoo.js';
import { selfSignedCertificate, startStsStandin, TEST_USER, type Standin } from '../support/sts-standin.js';

const HONEST = [16510, 16511, 16512, 16513];
const SLOW_RELAYS = [16520, 16521, 16522]; // 1.5 s each way: a 3 s round trip
const NEAR_RELAYS = [16530, 16531, 16532]; // 50 ms each way
const SILENT_NTP = [16550, 16551, 16552, 16553];
const SILENT_NTS = [16560, 16561, 16562, 16563];
const STS_PORT = 16570;
const STS_RELAY = 16571; // 150 ms each way
const STS_CACHED_DATES = 21900; // the Date check's answers carry Age: only the signed call gives a time
const JUNK = [22020, 22021]; // answer every request with a reply whose origin is not ours: all rejected

const SEVEN_MIN_MS = 420_000;
const local = (port: number) => `127.0.0.1:${port}`;

let honest: Chronyd[] = [];
const zoo: ZooServer[] = [];
const relays: Relay[] = [];
let liarsAtRunnerTime: ZooServer[] = [];
let junk: ZooServer[] = [];
let narrowLiar: ZooServer;
let hoursLiar: ZooServer;
let sts: Standin;
let stsCachedDates: Standin;
let dir: string;
let caFile: string;

beforeAll(async () => {
  honest = await Promise.all(HONEST.map((port) => startChronyd({ port })));
  for (const [i, port] of SLOW_RELAYS.entries())
    relays.push(
      await startUdpRelay({
        listen: { address: '127.0.0.1', port },
        upstream: { address: '127.0.0.1', port: HONEST[i]! },
        delayMs: 1500,
      }),
    );
  for (const [i, port] of NEAR_RELAYS.entries())
    relays.push(
      await startUdpRelay({
        listen: { address: '127.0.0.1', port },
        upstream: { address: '127.0.0.1', port: HONEST[i]! },
        delayMs: 50,
      }),
    );
  // Two liars that tell the runner its own (7 min slow) time, answering at once.
  liarsAtRunnerTime = [
    await startZooServer('liar', 16540, { shiftMs: -SEVEN_MIN_MS }),
    await startZooServer('liar', 16541, { shiftMs: -SEVEN_MIN_MS }),
  ];
  // Half a millisecond off, answering straight from loopback: a ±0.05 ms interval inside the others.
  narrowLiar = await startZooServer('liar', 16542, { shiftMs: 0.5, narrow: true });
  hoursLiar = await startZooServer('liar', 16543);
  junk = await Promise.all(JUNK.map((port) => startZooServer('wrong-origin', port)));
  zoo.push(...liarsAtRunnerTime, narrowLiar, hoursLiar, ...junk);
  for (const port of SILENT_NTP) zoo.push(await startZooServer('silence', port));
  for (const port of SILENT_NTS) relays.push(await startSilentTcp('127.0.0.1', port));
  const cert = selfSignedCertificate(['127.0.0.1'], { days: 3, faketimeSpec: '-1d' });
  dir = mkdtempSync(join(tmpdir(), 'cp-policy-'));
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, cert.cert);
  sts = await startStsStandin({ port: STS_PORT, host: '127.0.0.1', tls: cert });
  stsCachedDates = await startStsStandin({
    port: STS_CACHED_DATES,
    host: '127.0.0.1',
    tls: cert,
    dateAnswer: () => ({ status: 200, headers: { Age: '30' } }),
  });
  relays.push(
    await startTcpRelay({
      listen: { address: '127.0.0.1', port: STS_RELAY },
      upstream: { address: '127.0.0.1', port: STS_PORT },
      delayMs: 150,
    }),
  );
}, 60_000);

afterAll(async () => {
  await Promise.all(honest.map((c) => c.stop()));
  await Promise.all(zoo.map((z) => z.stop()));
  await Promise.all(relays.map((r) => r.stop()));
  await sts?.stop();
  await stsCachedDates?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Json {
  status: string;
  certain: boolean;
  offsetMs: number | null;
  uncertaintyMs: number | null;
  message: string;
  falsetickers: string[];
  sources: Array<{ kind: string; target: string; status: string; reason: string | null }>;
}

async function check(args: string[], options: { faketime?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = await runNode(CLI, ['check', '--json', ...args], { ...options, timeoutMs: 40_000 });
  let json: Json;
  try {
    json = JSON.parse(r.stdout) as Json;
  } catch {
    throw new Error(`no JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
  return { code: r.code, json };
}

const awsEnv = (endpointPort: number, credentials: boolean): NodeJS.ProcessEnv => ({
  AWS_ENDPOINT_URL_STS: `https://127.0.0.1:${endpointPort}`,
  AWS_REGION: 'us-east-1',
  NODE_EXTRA_CA_CERTS: caFile,
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_EC2_METADATA_DISABLED: 'true',
  ...(credentials
    ? { AWS_ACCESS_KEY_ID: TEST_USER.accessKeyId, AWS_SECRET_ACCESS_KEY: TEST_USER.secretAccessKey }
    : {}),
});

describe('a minority never decides because the majority was slow', () => {
  it('two fast liars beside three honest servers 3 s away: the honest majority decides (runner 7 min behind)', async () => {
    const { code, json } = await check(
      [
        '--ntp-servers',
        [...liarsAtRunnerTime.map((z) => z.label), ...SLOW_RELAYS.map(local)].join(','),
        '--nts-servers',
        'none',
        '--aws',
        'off',
        '--timeout',
        '9s',
      ],
      { faketime: '-7m' },
    );
    expect(json.status).toBe('fail');
    expect(code).toBe(1);
    // True offset +420 s lies inside the reported interval (faketime's own offset is exact to well under 1 ms).
    expect(Math.abs(json.offsetMs! - SEVEN_MIN_MS)).toBeLessThanOrEqual(json.uncertaintyMs! + 1);
    expect(json.falsetickers.sort()).toEqual(liarsAtRunnerTime.map((z) => z.label).sort());
  });

  it('one liar beside two servers whose replies are all junk: no pass (runner 7 min behind)', async () => {
    // What an on-path attacker does instead of delaying: drop the honest replies and send junk in their
    // place, so that they end "rejected" at once. Before, a failed source no longer counted, and the liar
    // telling the runner its own wrong time was "all that could answer": exit 0 with a clock 7 min off.
    const { code, json } = await check(
      [
        '--ntp-servers',
        [liarsAtRunnerTime[0]!.label, ...junk.map((z) => z.label)].join(','),
        '--nts-servers',
        'none',
        '--aws',
        'off',
        '--timeout',
        '3s',
      ],
      { faketime: '-7m' },
    );
    expect(json.sources.filter((s) => s.status === 'rejected')).toHaveLength(2);
    expect(json.status).toBe('unknown');
    expect(json.message).toMatch(/^Only 1 independent source answered, while 2 failed;/);
    expect(code).toBe(1);
  });

  it('one narrow source inside the honest ones does not turn a straddling verdict into a pass', async () => {
    // Honest servers 100 ms round trip away each say ±50 ms or more around true time, so together they
    // straddle max-offset 15 ms whatever this machine's timer jitter; the liar answering straight from
    // loopback (+0.5 ms, claiming zero root distance) alone would make it a certain ok.
    const { code, json } = await check([
      '--ntp-servers',
      [...NEAR_RELAYS.map(local), narrowLiar.label].join(','),
      '--nts-servers',
      'none',
      '--aws',
      'off',
      '--warn-offset',
      '10ms',
      '--max-offset',
      '15ms',
      '--timeout',
      '3s',
    ]);
    expect(json).toMatchObject({ status: 'fail', certain: false });
    expect(json.uncertaintyMs!).toBeGreaterThan(15);
    expect(code).toBe(1);
  });

  it('one server under six names is one vote', async () => {
    const port = hoursLiar.port;
    // The kernel reports a reply from the mapped address as ::ffff:127.0.0.1: compared as text with the
    // last two spellings, their replies were strays and each was a silent vote of its own.
    const names = [
      `127.0.0.1:${port}`,
      `[::ffff:127.0.0.1]:${port}`,
      `0x7f.0.0.1:${port}`,
      `localhost:${port}`,
      `[::ffff:7f00:1]:${port}`,
      `[::FFFF:127.0.0.1]:${port}`,
    ];
    const { code, json } = await check([
      '--ntp-servers',
      [...names, ...HONEST.slice(0, 3).map(local)].join(','),
      '--nts-servers',
      'none',
      '--aws',
      'off',
      '--timeout',
      '3s',
    ]);
    expect(json.status).toBe('ok');
    expect(code).toBe(0);
    expect(json.message).toMatch(new RegExp(`are one server \\(127\\.0\\.0\\.1:${port}\\)`));
    // The names that reached it are reported, and at most one of them voted against the honest three.
    expect(json.falsetickers.length).toBeLessThanOrEqual(1);
    // Every spelling was heard: none waited out the deadline with its replies taken for strays.
    const spelled = json.sources.filter((s) => names.includes(s.target));
    expect(spelled).toHaveLength(names.length);
    expect(spelled.map((s) => s.status)).not.toContain('timeout');
  });
});

describe('a required source is waited for; blocked ports cost little', () => {
  it('aws: sts waits for the signed call 300 ms away although the NTP servers agreed at once', async () => {
    const { code, json } = await check(
      [
        '--ntp-servers',
        HONEST.slice(0, 3).map(local).join(','),
        '--nts-servers',
        'none',
        '--aws',
        'sts',
        '--timeout',
        '10s',
      ],
      { env: awsEnv(STS_RELAY, true) },
    );
    expect(json.sources.find((s) => s.kind === 'sts')).toMatchObject({ status: 'ok' });
    expect(json.status).toBe('ok');
    expect(code).toBe(0);
  });

  it('UDP 123 and TCP 4460 silent, AWS answering over TLS: AWS decides after the patience window', async () => {
    const { code, json } = await check(
      [
        '--ntp-servers',
        SILENT_NTP.map(local).join(','),
        '--nts-servers',
        SILENT_NTS.map(local).join(','),
        '--aws',
        'https',
        '--timeout',
        '10s',
      ],
      { env: awsEnv(STS_PORT, false) },
    );
    expect(json.status).toBe('ok');
    expect(code).toBe(0);
    const silent = json.sources.filter((s) => s.kind === 'ntp' || s.kind === 'nts');
    expect(silent).toHaveLength(8);
    for (const s of silent)
      expect(s).toMatchObject({
        status: 'skipped',
        reason: `no answer within ${PATIENCE_MS} ms, while AWS's own clock (over TLS) agreed with every answer`,
      });
  });

  it("TCP 4460 silent with credentials: AWS's two checks are one vote, and four NTP servers with AWS are a majority", async () => {
    const { code, json } = await check(
      [
        '--ntp-servers',
        HONEST.map(local).join(','),
        '--nts-servers',
        SILENT_NTS.map(local).join(','),
        '--aws',
        'auto',
        '--timeout',
        '10s',
      ],
      { env: awsEnv(STS_RELAY, true) },
    );
    expect(json.status).toBe('ok');
    expect(code).toBe(0);
    // Not even the stragglers' grace is waited out for them: still in their TLS handshakes, they need two
    // more round trips after it (key exchange, NTP), and the reason says so.
    for (const s of json.sources.filter((x) => x.kind === 'nts')) {
      expect(s.status).toBe('skipped');
      expect(s.reason).toMatch(
        /^not waited for: a majority of the sources had already agreed, and it was not expected to answer in the time left: its TLS handshake had no answer after \d+ ms, with 2 more round trips to come$/,
      );
    }
  });
});

describe('the optional signed call (aws: auto with credentials) never delays the others', () => {
  const signed = (s: Standin) => s.requests.filter((r) => r.method === 'POST').length;

  it('when the others decide first, it is skipped without being signed or sent', async () => {
    const before = signed(sts);
    const { code, json } = await check(
      [
        '--ntp-servers',
        HONEST.map(local).join(','),
        '--nts-servers',
        'none',
        '--aws',
        'auto',
        '--timeout',
        '10s',
      ],
      { env: awsEnv(STS_PORT, true) },
    );
    expect(json.status).toBe('ok');
    expect(code).toBe(0);
    expect(json.sources.find((s) => s.kind === 'sts')).toMatchObject({
      status: 'skipped',
      reason: 'not waited for: a majority of the sources had already agreed',
      requests: 0,
    });
    // Before deferral the SDK was loaded ahead of the first packet and the call went out with the others.
    expect(signed(sts)).toBe(before);
  });

  it('when the others cannot decide, it still runs and decides', async () => {
    const { code, json } = await check(
      ['--ntp-servers', 'none', '--nts-servers', 'none', '--aws', 'auto', '--timeout', '10s'],
      { env: awsEnv(STS_CACHED_DATES, true) },
    );
    expect(json.sources.find((s) => s.kind === 'https-date')).toMatchObject({ status: 'rejected' });
    expect(json.sources.find((s) => s.kind === 'sts')).toMatchObject({ status: 'ok' });
    expect(signed(stsCachedDates)).toBeGreaterThanOrEqual(1);
    expect(json.status).toBe('ok');
    expect(code).toBe(0);
  });
});
