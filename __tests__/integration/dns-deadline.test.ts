/**
 * HTTPS Date, the signed STS call and the proxy tunnel resolve host names through the same deadline-bound
 * resolver as the UDP sources: against a DNS server that never answers, the built CLI ends within its
 * deadline, on its own (not by the guard's forced exit), and says per source that the lookup did not
 * finish. Before, these used getaddrinfo (dns.lookup), which no deadline cancels: the source said only
 * 'no answer' and the lookup held the process until the guard ended it. No ports: each run has a network
 * namespace of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, runNode, type RunResult } from '../support/bundle.js';
import { blackholeDnsWrapper } from '../support/blackhole-dns.js';
import { TEST_USER } from '../support/sts-standin.js';

const TIMEOUT_S = 3;
/** Start-up on a busy 2-core machine; the guard would end a hung run 5 s after the deadline. */
const MARGIN_MS = 10_000;
const FORCED = /ended by force/;

const CREDENTIALS = {
  AWS_ACCESS_KEY_ID: TEST_USER.accessKeyId,
  AWS_SECRET_ACCESS_KEY: TEST_USER.secretAccessKey,
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_EC2_METADATA_DISABLED: 'true',
};

interface Json {
  sources: Array<{ kind: string; target: string; status: string; reason: string | null }>;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-dns-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const noUdp = ['--ntp-servers', 'none', '--nts-servers', 'none', '--timeout', `${TIMEOUT_S}s`];

async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Json> {
  const r: RunResult = await runNode(CLI, ['check', '--json', ...noUdp, ...args], {
    env,
    wrapper: blackholeDnsWrapper(dir),
    timeoutMs: 60_000,
  });
  expect(r.code).not.toBeNull(); // null: killed by the harness, i.e. it hung
  expect(r.elapsedMs).toBeLessThan(TIMEOUT_S * 1000 + MARGIN_MS);
  expect(r.stderr).not.toMatch(FORCED);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.code).toBe(1);
  return JSON.parse(r.stdout) as Json;
}

describe('a DNS server that never answers: HTTPS sources end at the deadline and name the lookup', () => {
  it('an https-servers URL', async () => {
    const json = await run(['--aws', 'off', '--https-servers', 'https://https.blackhole.test']);
    expect(json.sources).toEqual([
      expect.objectContaining({
        kind: 'https',
        status: 'timeout',
        reason: expect.stringMatching(
          /^DNS lookup of https\.blackhole\.test did not finish before the deadline/,
        ),
      }),
    ]);
  }, 90_000);

  it("AWS's Date check through a proxy named by host: the proxy's lookup", async () => {
    const json = await run(['--aws', 'https'], {
      HTTPS_PROXY: 'http://user:s3cr3t@proxy.blackhole.test:3128',
    });
    expect(json.sources).toEqual([
      expect.objectContaining({
        kind: 'https-date',
        status: 'timeout',
        reason: expect.stringMatching(
          /^DNS lookup of proxy\.blackhole\.test did not finish before the deadline \(the proxy http:\/\/proxy\.blackhole\.test:3128 \(credentials hidden\)\)/,
        ),
      }),
    ]);
    expect(JSON.stringify(json)).not.toContain('s3cr3t');
  }, 90_000);

  it('the signed STS call (the SDK connects through the same lookup)', async () => {
    const json = await run(['--aws', 'sts'], {
      ...CREDENTIALS,
      AWS_ENDPOINT_URL_STS: 'https://sts.blackhole.test',
    });
    const sts = json.sources.filter((s) => s.kind === 'sts');
    expect(sts).toEqual([
      expect.objectContaining({
        status: 'timeout',
        reason: expect.stringMatching(
          /DNS lookup of sts\.blackhole\.test did not finish before the deadline/,
        ),
      }),
    ]);
    for (const s of json.sources) expect(s.reason).toMatch(/DNS lookup of sts\.blackhole\.test /);
  }, 90_000);
});

describe('a DNS server that never answers: a metrics push ends at the deadline too', () => {
  it('a Pushgateway named by host: one warning, no forced exit, the verdict unchanged', async () => {
    const r = await runNode(
      CLI,
      [
        'check',
        '--json',
        ...noUdp,
        '--aws',
        'off',
        '--https-servers',
        'https://https.blackhole.test',
        '--pushgateway',
        'http://push.blackhole.test:9091',
      ],
      { wrapper: blackholeDnsWrapper(dir), timeoutMs: 60_000 },
    );
    expect(r.code).toBe(1);
    expect(r.elapsedMs).toBeLessThan(TIMEOUT_S * 1000 + MARGIN_MS);
    // Before, the push's getaddrinfo outlived its request and held the process until the guard ended it.
    expect(r.stderr).not.toMatch(FORCED);
    expect(r.stderr).toMatch(/warning: .*push\.blackhole\.test/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 90_000);
});

describe('a DNS server that refuses, then stops answering', () => {
  it('an NTP server named by host: the refusal is its reason, and no system lookup outlives the run', async () => {
    // c-ares's two queries were refused at once; the system resolver, asked next, met the silence and held
    // the process (getaddrinfo cannot be cancelled, and the exit waits for it) for resolv.conf's 90 s.
    const r = await runNode(
      CLI,
      ['check', '--json', '--ntp-servers', 'ntp.refused.test', '--nts-servers', 'none', '--aws', 'off'],
      { wrapper: blackholeDnsWrapper(dir, { refused: 2 }), timeoutMs: 60_000, env: { GITHUB_ACTIONS: '' } },
    );
    expect(r.code).toBe(1);
    expect(r.elapsedMs).toBeLessThan(TIMEOUT_S * 1000 + MARGIN_MS);
    expect(r.stderr).not.toMatch(FORCED);
    const json = JSON.parse(r.stdout) as Json;
    expect(json.sources).toEqual([
      expect.objectContaining({
        kind: 'ntp',
        status: 'error',
        reason: 'DNS lookup of ntp.refused.test failed: the DNS server refused the query',
      }),
    ]);
  }, 90_000);
});
