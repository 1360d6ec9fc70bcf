/**
 * The bundled action run as the runner runs it (INPUT_* for every input including defaults,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), against real chronyd on loopback, skewed by libfaketime.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { nodes } from '../support/bundle.js';
import { actionYmlOutputs, runAction } from '../support/action-runner.js';
import { expectTruthWithin, REPORT_ROUNDING_MS } from '../support/tolerance.js';

const SERVERS = ['127.0.0.1:11121', '127.0.0.1:11122', '127.0.0.1:11123'];
let chronyds: Chronyd[] = [];

beforeAll(async () => {
  chronyds = await Promise.all(SERVERS.map((s) => startChronyd({ port: Number(s.split(':')[1]) })));
});
afterAll(async () => {
  await Promise.all(chronyds.map((c) => c.stop()));
});

// NTP only: inside Actions GitHub's API (GITHUB_API_URL) would join by default.
const inputs = {
  'ntp-servers': SERVERS.join('\n'),
  aws: 'off',
  'nts-servers': 'none',
  'https-servers': 'none',
};

describe.each(nodes())('the action on %s', (_name, node) => {
  it('fails a runner 7 minutes behind with one error annotation, outputs and a summary table', async () => {
    const r = await runAction(inputs, { node, faketime: '-7m' });
    expect(r.code).toBe(1);
    const errors = r.commands.filter((c) => c.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.properties).toMatch(
      /^title=Runner clock is 7 m 0 s behind \(over max-offset 1 m 0 s\)$/,
    );
    // Once a majority agrees, a late third reply is not waited for (a busy machine makes one late).
    expect(errors[0]!.message).toMatch(/(3 of 3|2 of 2) NTP servers agree/);
    expect(errors[0]!.message).toMatch(/Signature expired/);
    expect(errors[0]!.message).toMatch(/Fix: /);
    expect(r.outputs.status).toBe('fail');
    // The skew libfaketime injected lies inside the interval the action reports (load widens it).
    expectTruthWithin(Number(r.outputs['offset-ms']), 420_000, Number(r.outputs['uncertainty-ms']));
    // The estimate lies inside every agreeing interval (the middle of their intersection), and each edge of
    // the consensus (what all agreeing sources but one cover) lies inside some agreeing interval. So no edge
    // is farther from the estimate than that interval's width: the uncertainty is at most twice the widest
    // agreeing bound (as judged: at least half the round trip). It used to be held to the two widest bounds
    // added, which is not a guarantee: with two sources, a narrow one inside a wide one, it fails.
    const sources = JSON.parse(r.outputs.sources!) as Array<{
      target: string;
      status: string;
      boundMs: number | null;
      delayMs: number | null;
    }>;
    expect(sources.map((s) => s.target)).toEqual(SERVERS);
    const okBounds = sources
      .flatMap((s) =>
        s.status === 'ok' && s.boundMs !== null ? [Math.max(s.boundMs, (s.delayMs ?? 0) / 2 + 0.01)] : [],
      )
      .sort((x, y) => y - x);
    expect(okBounds.length).toBeGreaterThanOrEqual(2);
    expect(Number(r.outputs['uncertainty-ms'])).toBeLessThanOrEqual(2 * okBounds[0]! + REPORT_ROUNDING_MS);
    expect(r.summary).toMatch(/### ❌ clock-preflight: Runner clock is 7 m 0 s behind/);
    expect(r.summary).toMatch(/\| Source \| Kind \| Stratum \| Offset \| ± Bound \| Delay \| Status \|/);
    // Human units in the table (exact milliseconds are in the outputs, checked above).
    expect(r.summary).toMatch(/\| 127\.0\.0\.1:1112[123] \| ntp \| 1 \| \+(6 m 59\.\d|7 m 0\.\d) s/);
    // The verdict and the fix lead; the explanation and the table follow.
    expect(r.summary.split('\n')[2]).toMatch(/^\*\*Fix:\*\* /);
    // Every output action.yml declares was set.
    for (const name of actionYmlOutputs()) expect(Object.keys(r.outputs)).toContain(name);
  });

  it('passes a healthy clock silently: no error or warning annotation, status ok', async () => {
    const r = await runAction(inputs, { node });
    expect(r.code).toBe(0);
    expect(r.commands.filter((c) => c.command === 'error' || c.command === 'warning')).toEqual([]);
    expect(r.outputs.status).toBe('ok');
    expect(r.summary).toMatch(/✅/);
  });

  it('warns on a runner 20 s ahead, with a title giving size and direction, and exit 0', async () => {
    const r = await runAction(inputs, { node, faketime: '+20s' });
    expect(r.code).toBe(0);
    const warnings = r.commands.filter((c) => c.command === 'warning');
    expect(warnings).toHaveLength(1);
    // The title shows the measured offset to 0.1 s; on a busy machine it may read 20.1 s or 19.9 s, as long
    // as the injected 20 s is within the reported uncertainty (+ 0.05 s of display rounding).
    const title = /^title=Runner clock is (\d+\.\d) s ahead \(over warn-offset 5\.00 s\)$/.exec(
      warnings[0]!.properties,
    );
    expect(title).not.toBeNull();
    expectTruthWithin(-Number(title![1]) * 1000, -20_000, Number(r.outputs['uncertainty-ms']), 50);
    expect(r.outputs.status).toBe('warn');
  });
});

describe('action input errors', () => {
  it('fails with a message naming the input and its accepted form, and sets no outputs', async () => {
    const r = await runAction({ ...inputs, 'max-offset': 'ten minutes' });
    expect(r.code).toBe(1);
    const errors = r.commands.filter((c) => c.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(
      /Invalid input 'max-offset': 'ten minutes' is not a duration; use a duration such as 1500ms/,
    );
    expect(r.outputs).toEqual({});
  });

  it('on-unreachable: warn only warns when nothing answers', async () => {
    const r = await runAction({
      'ntp-servers': '127.0.0.1:11198',
      aws: 'off',
      'nts-servers': 'none',
      'on-unreachable': 'warn',
    });
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('unknown');
    expect(r.commands.filter((c) => c.command === 'warning')).toHaveLength(1);
  });
});
