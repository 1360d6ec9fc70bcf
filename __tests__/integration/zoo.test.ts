/**
 * The hostile-server zoo against our NTP source, beside real chronyd servers on loopback (-x: this
 * machine's clock is never touched). Each zoo server fools a naive client (proved here with one), is
 * rejected by ours with the right reason, and cannot move the verdict; a liar is outvoted and named.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createSocket } from 'node:dgram';
import { parseServer } from '../../src/config/config.js';
import { evaluate, measure, type MeasureOptions } from '../../src/decide/measure.js';
import type { SourceResult } from '../../src/model.js';
import { ntpSource } from '../../src/sources/ntp.js';
import type { TimeSource } from '../../src/sources/source.js';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { expectTruthWithin } from '../support/tolerance.js';
import { SHIFT_MS, startZooServer, ZOO_KINDS, type ZooKind, type ZooServer } from '../support/ntp-zoo.js';

const HONEST_PORTS = [14010, 14011, 14012];
const zooPort = (i: number) => 14020 + i;
const OPTIONS: MeasureOptions = { warnOffsetMs: 5000, maxOffsetMs: 60_000, timeoutMs: 3000 };

let honest: Chronyd[] = [];
const zoo = new Map<ZooKind, ZooServer>();

beforeAll(async () => {
  honest = await Promise.all(HONEST_PORTS.map((port) => startChronyd({ port })));
  for (const [i, kind] of ZOO_KINDS.entries()) {
    zoo.set(kind, await startZooServer(kind, zooPort(i), { replyPort: 14060 + i }));
  }
});

afterAll(async () => {
  await Promise.all(honest.map((c) => c.stop()));
  await Promise.all([...zoo.values()].map((z) => z.stop()));
});

const spec = (label: string) => parseServer(label, 'ntp-servers', 123);
const honestSources = () => HONEST_PORTS.map((p) => ntpSource(spec(`127.0.0.1:${p}`)));

/**
 * What a careless SNTP client does: an unconnected socket that takes the first datagram from anyone,
 * read into a fixed 48-byte buffer, no test of origin, mode, stratum, leap or timestamps.
 */
function naiveOffsetMs(port: number, waitMs = 1500): Promise<number | 'no answer'> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    const timer = setTimeout(() => {
      socket.close();
      resolve('no answer');
    }, waitMs);
    const now = () => performance.timeOrigin + performance.now();
    const toMs = (b: Buffer, at: number) =>
      (b.readUInt32BE(at) - 2_208_988_800 + b.readUInt32BE(at + 4) / 2 ** 32) * 1000;
    let t1 = 0;
    socket.on('message', (bytes) => {
      const t4 = now();
      clearTimeout(timer);
      socket.close();
      const b = Buffer.alloc(48);
      bytes.copy(b, 0, 0, Math.min(48, bytes.length));
      resolve((toMs(b, 32) - t1 + (toMs(b, 40) - t4)) / 2);
    });
    const request = Buffer.alloc(48);
    request[0] = (4 << 3) | 3;
    t1 = now();
    request.writeUInt32BE(Math.floor(t1 / 1000) + 2_208_988_800, 40);
    socket.send(request, port, '127.0.0.1');
  });
}

describe('the zoo fools a naive client', () => {
  it.each(ZOO_KINDS.filter((k) => k !== 'liar'))('%s', async (kind) => {
    const offset = await naiveOffsetMs(zoo.get(kind)!.port);
    // Silence hangs a client without a deadline; every other one hands it a time that is hours off.
    if (kind === 'silence') expect(offset).toBe('no answer');
    else expect(Math.abs(offset as number)).toBeGreaterThan(60_000);
  });

  it('the naive client is right against an honest server (so the above is the zoo, not the client)', async () => {
    const offset = await naiveOffsetMs(HONEST_PORTS[0]!);
    expect(Math.abs(offset as number)).toBeLessThan(1000);
  });
});

const EXPECTED: Record<ZooKind, { status: SourceResult['status']; reason?: RegExp }> = {
  'wrong-origin': { status: 'rejected', reason: /origin timestamp does not match/ },
  'zero-origin': { status: 'rejected', reason: /origin timestamp/ },
  'kod-rate': { status: 'kod', reason: /Kiss-o'-Death RATE.*not asked again/ },
  'kod-deny': { status: 'kod', reason: /Kiss-o'-Death DENY.*not asked again/ },
  'kod-rstr': { status: 'kod', reason: /Kiss-o'-Death RSTR.*not asked again/ },
  unsynchronised: { status: 'rejected', reason: /not synchronised \(leap 3/ },
  'stratum-0': { status: 'kod', reason: /\(no code\): the server gave no time/ },
  'stratum-16': { status: 'rejected', reason: /not synchronised \(leap 0, stratum 16\)/ },
  'zero-transmit': { status: 'rejected', reason: /transmit timestamp is zero/ },
  'zero-receive': { status: 'rejected', reason: /receive timestamp is zero/ },
  'wrong-mode': { status: 'rejected', reason: /wrong mode 5/ },
  'short-packet': { status: 'rejected', reason: /short packet \(40 bytes/ },
  garbage: { status: 'rejected' },
  'other-port': { status: 'timeout', reason: /no reply to \d+ requests? before the deadline/ },
  'other-address': { status: 'timeout', reason: /no reply to \d+ requests? before the deadline/ },
  flood: { status: 'ok' },
  silence: { status: 'timeout', reason: /no reply to \d+ requests? before the deadline/ },
  'absurd-root-delay': { status: 'rejected', reason: /root distance 10001 ms is over 3000 ms/ },
  'absurd-root-dispersion': { status: 'rejected', reason: /root distance 10001 ms is over 3000 ms/ },
  liar: { status: 'ok' },
};

describe('our NTP source against each zoo server', () => {
  const alone = new Map<ZooKind, { source: TimeSource; result: SourceResult; requestsSeen: number }>();

  beforeAll(async () => {
    // All at once: each source alone, under its own 3 s deadline.
    await Promise.all(
      ZOO_KINDS.map(async (kind) => {
        const source = ntpSource(spec(zoo.get(kind)!.label));
        const before = zoo.get(kind)!.requests();
        const result = await source.measure(AbortSignal.timeout(3000));
        alone.set(kind, { source, result, requestsSeen: zoo.get(kind)!.requests() - before });
      }),
    );
  });

  it.each(ZOO_KINDS)('%s', (kind) => {
    const { result } = alone.get(kind)!;
    const expected = EXPECTED[kind];
    expect(result.status).toBe(expected.status);
    if (expected.reason) expect(result.reason).toMatch(expected.reason);
    if (expected.status !== 'ok') expect(result.sample).toBeUndefined();
  });

  it('takes the genuine reply out of a flood of forgeries (true time inside its bound)', () => {
    const { result } = alone.get('flood')!;
    // The zoo server reads this process's clock (support/ntp-zoo.ts): its true offset is 0.
    expectTruthWithin(result.sample!.offsetMs, 0, result.sample!.boundMs);
  });

  it('counts replies from another address as strays only when they reach the socket (the kernel drops them first)', () => {
    expect(alone.get('other-address')!.result.reason).not.toMatch(/ignored/);
  });

  it.each(['kod-rate', 'kod-deny', 'kod-rstr'] as const)('%s: not asked again', async (kind) => {
    const { source, requestsSeen } = alone.get(kind)!;
    expect(requestsSeen).toBe(1);
    const before = zoo.get(kind)!.requests();
    expect(source.canRefine()).toBe(false);
    const again = await source.measure(AbortSignal.timeout(1000));
    expect(again.status).toBe('kod');
    expect(zoo.get(kind)!.requests()).toBe(before);
  });

  it('the liar is well-formed: alone it cannot be caught, it says the runner is 3 h behind', () => {
    expect(alone.get('liar')!.result.sample!.offsetMs).toBeGreaterThan(SHIFT_MS - 1000);
  });
});

describe('the verdict never moves', () => {
  let baseline: Awaited<ReturnType<typeof measure>>;
  const beside = new Map<ZooKind, Awaited<ReturnType<typeof measure>>>();

  beforeAll(async () => {
    baseline = await measure(honestSources(), OPTIONS);
    await Promise.all(
      ZOO_KINDS.map(async (kind) => {
        beside.set(kind, await measure([...honestSources(), ntpSource(spec(zoo.get(kind)!.label))], OPTIONS));
      }),
    );
  });

  it('baseline: three honest chronyd servers agree the clock is right', () => {
    expect(baseline.verdict.status).toBe('ok');
    expectTruthWithin(baseline.verdict.offsetMs, 0, baseline.verdict.uncertaintyMs);
  });

  it.each(ZOO_KINDS)('with %s beside three honest servers', (kind) => {
    const m = beside.get(kind)!;
    const key = `ntp ${zoo.get(kind)!.label}`;
    expect(m.verdict.status).toBe(baseline.verdict.status);
    expect(m.verdict.certain).toBe(true);
    expectTruthWithin(m.verdict.offsetMs, 0, m.verdict.uncertaintyMs);
    // The flood's own honest answer is genuine and may vote; none of its forgeries can.
    if (kind !== 'flood') expect(m.verdict.truechimers).not.toContain(key);
    if (kind === 'liar') {
      // The liar answers from this process, so its reply waits on the same event loop as the measurement:
      // on a busy machine the three honest answers can decide, and the stragglers' grace end, before it is
      // read. It is then not waited for; when it did answer in time, it is outvoted. Either way it never
      // votes with the majority (above).
      const liar = m.results.find((r) => `${r.kind} ${r.target}` === key)!;
      if (liar.status === 'ok') {
        expect(m.verdict.falsetickers).toEqual([key]);
        expect(m.verdict.message).toMatch(/Outvoted as falsetickers: 127\.0\.0\.1:\d+ \(3 h 0 m behind\)/);
      } else {
        expect(liar).toMatchObject({ status: 'skipped' });
      }
    }
  });

  it('one honest server and one liar is not a pass: no majority, and the message says why', async () => {
    const m = await measure(
      [ntpSource(spec(`127.0.0.1:${HONEST_PORTS[0]}`)), ntpSource(spec(zoo.get('liar')!.label))],
      OPTIONS,
    );
    expect(m.verdict.status).toBe('unknown');
    expect(m.verdict.reason).toBe('no-majority');
    expect(m.verdict.message).toMatch(/not a pass/);
  });

  it('every zoo server at once beside three honest ones never gives the liar a say, and is no pass while three stay silent', async () => {
    const all = await measure(
      [...honestSources(), ...ZOO_KINDS.map((k) => ntpSource(spec(zoo.get(k)!.label)))],
      OPTIONS,
    );
    // The answers: 3 honest + flood (its honest answer) outvote the liar 4 to 1.
    const answers = evaluate(all.results, OPTIONS);
    expect(answers.status).toBe('ok');
    expectTruthWithin(answers.offsetMs, 0, answers.uncertaintyMs);
    expect(answers.falsetickers).toEqual([`ntp ${zoo.get('liar')!.label}`]);
    // But silence, other-port and other-address never answer from where they were asked, and the servers
    // whose replies were all rejected failed: every one of them is a vote that could have disagreed (a
    // failure is what an on-path attacker sends instead of the real answer). A minority never decides.
    expect(all.verdict).toMatchObject({ status: 'unknown', reason: 'no-majority' });
  });
});
