/**
 * The gate must never be what breaks a deploy: addresses a UDP socket cannot connect to, given directly
 * or named by an NTS-KE server, end as a per-source error with the reason, never as a crash. The built
 * CLI on Node 20 and Node 24, against real servers on loopback. Ports 15200–15219.
 *
 * - 255.255.255.255: connect() fails (EACCES for a broadcast address, or ENETUNREACH without a route);
 * - [fd00:ec2::123] (the Amazon Time Sync Service's IPv6 address) off EC2: no route (ENETUNREACH);
 * - IPv6 on an IPv4-only machine: a fresh network namespace with IPv6 disabled (EADDRNOTAVAIL);
 * - an NTS-KE server (a real chronyd) naming 255.255.255.255 as its NTP server.
 *
 * Before the shared UDP exchange, connect()'s error went to a callback that ignored it and sent on an
 * unconnected socket: a RangeError thrown inside an async function, an unhandled rejection, a stack
 * trace and exit 1 before any report.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { makeTestPki, type TestPki } from '../support/nts-certs.js';
import { CLI, nodes, runNode, type RunResult } from '../support/bundle.js';

const NTP_PORT = 15200;
const NTS_KE_PORT = 15201;
const TIMEOUT_S = 3;
/** Generous: start-up of a bundle on a busy 2-core machine; the failures this guards against are crashes. */
const MARGIN_MS = 10_000;

/** A network namespace with loopback up and IPv6 switched off, as on an IPv4-only runner. */
const IPV4_ONLY = [
  'unshare',
  '-n',
  'sh',
  '-c',
  'ip link set lo up && echo 1 > /proc/sys/net/ipv6/conf/all/disable_ipv6 && ' +
    'echo 1 > /proc/sys/net/ipv6/conf/lo/disable_ipv6 && exec "$@"',
  'ipv4-only',
];

let pki: TestPki;
let chronyd: Chronyd;
beforeAll(async () => {
  pki = makeTestPki(30);
  chronyd = await startChronyd({
    port: NTP_PORT,
    extra: [
      `ntsport ${NTS_KE_PORT}`,
      `ntsserverkey ${pki.serverKey}`,
      `ntsservercert ${pki.serverCert}`,
      // The NTS-KE answer names an address no UDP socket can connect to.
      'ntsntpserver 255.255.255.255',
    ],
  });
});
afterAll(async () => {
  await chronyd?.stop();
  if (pki) rmSync(pki.dir, { recursive: true, force: true });
});

interface Json {
  status: string;
  sources: Array<{ kind: string; target: string; status: string; reason: string | null }>;
}

function expectCleanReport(r: RunResult): Json {
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/internal error|RangeError|ERR_SOCKET/);
  // Nothing answered and on-unreachable is fail: the documented exit code 1, with a report.
  expect(r.code).toBe(1);
  expect(r.elapsedMs).toBeLessThan(TIMEOUT_S * 1000 + MARGIN_MS);
  return JSON.parse(r.stdout) as Json;
}

const check = (args: string[], node: string, extra: { wrapper?: string[]; ca?: string } = {}) =>
  runNode(
    CLI,
    [
      'check',
      '--aws',
      'off',
      '--json',
      '--timeout',
      `${TIMEOUT_S}s`,
      // Each flag once (a repeated flag is a bad input): NTS off unless the test names its servers.
      ...(args.includes('--nts-servers') ? [] : ['--nts-servers', 'none']),
      ...args,
    ],
    {
      node,
      ...(extra.wrapper ? { wrapper: extra.wrapper } : {}),
      ...(extra.ca ? { env: { NODE_EXTRA_CA_CERTS: extra.ca } } : {}),
    },
  );

describe.each(nodes())('UDP addresses that cannot be connected to, on %s', (_name, node) => {
  it('255.255.255.255 is a per-source error naming the socket error, not a crash', async () => {
    const json = expectCleanReport(await check(['--ntp-servers', '255.255.255.255'], node));
    expect(json.status).toBe('unknown');
    expect(json.sources).toEqual([
      expect.objectContaining({
        kind: 'ntp',
        status: 'error',
        // The words depend on where the kernel refuses (connect or send); both name the code and the address.
        reason: expect.stringMatching(/^(?=.*\((EACCES|EPERM|ENETUNREACH)\))(?=.*255\.255\.255\.255:123)/),
      }),
    ]);
  });

  it('the Amazon Time Sync IPv6 address off EC2 is an error or a timeout, not a crash', async () => {
    const json = expectCleanReport(await check(['--ntp-servers', '[fd00:ec2::123]'], node));
    const [source] = json.sources;
    // Without an IPv6 route: ENETUNREACH at once; with one (a dual-stack CI machine): no answer.
    expect(source).toMatchObject({ kind: 'ntp', target: '[fd00:ec2::123]' });
    expect(
      source!.status === 'timeout' ||
        (source!.status === 'error' && /\(ENETUNREACH|EHOSTUNREACH|EADDRNOTAVAIL\)/.test(source!.reason!)),
    ).toBe(true);
  });

  it('IPv6 on a machine without IPv6 is an error that says so, beside a working IPv4 server', async () => {
    const r = await check(['--ntp-servers', '[::1],[fd00:ec2::123]'], node, { wrapper: IPV4_ONLY });
    const json = expectCleanReport(r);
    expect(json.sources).toHaveLength(2);
    for (const s of json.sources) {
      expect(s.status).toBe('error');
      expect(s.reason).toMatch(/\((EADDRNOTAVAIL|EAFNOSUPPORT|ENETUNREACH)\)/);
    }
  });

  it('an NTS-KE server naming 255.255.255.255 as its NTP server is an error for that source', async () => {
    const r = await check(['--ntp-servers', 'none', '--nts-servers', `localhost:${NTS_KE_PORT}`], node, {
      ca: pki.caCert,
    });
    const json = expectCleanReport(r);
    expect(json.sources).toEqual([
      expect.objectContaining({
        kind: 'nts',
        status: 'error',
        reason: expect.stringMatching(
          /^(?=.*\((EACCES|EPERM|ENETUNREACH)\))(?=.*255\.255\.255\.255:\d+).*; this is the NTP server the NTS-KE server named$/,
        ),
      }),
    ]);
  });
});
