/**
 * The post step run as the runner runs it: main saves its measurement with core.saveState, the runner
 * hands it back as STATE_* to post, and the clock is moved (libfaketime) between the two.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { runAction } from '../support/action-runner.js';
import { makeFifos } from '../support/fifo.js';
import { PROCESS_MARGIN_MS } from '../support/tolerance.js';

const SERVERS = ['127.0.0.1:11131', '127.0.0.1:11132', '127.0.0.1:11133'];
let chronyds: Chronyd[] = [];
beforeAll(async () => {
  chronyds = await Promise.all(SERVERS.map((s) => startChronyd({ port: Number(s.split(':')[1]) })));
});
afterAll(async () => {
  await Promise.all(chronyds.map((c) => c.stop()));
});

const inputs = {
  'ntp-servers': [...SERVERS, '127.0.0.1:11139'].join(','),
  aws: 'off',
  'nts-servers': 'none',
  timeout: '2s',
};

async function mainThenPost(
  mainSkew: string | undefined,
  postSkew: string | undefined,
  extra: Record<string, string> = {},
) {
  const main = await runAction({ ...inputs, ...extra }, mainSkew ? { faketime: mainSkew } : {});
  expect(main.state.isPost).toBe('true');
  const saved = JSON.parse(main.state.measurement!) as { ntpServers: string[] };
  // Only the servers that answered are asked again: not the dead one. A majority of the live ones answered;
  // the third may have missed the short grace after it on a loaded machine, and is then not asked again.
  expect(saved.ntpServers.length).toBeGreaterThanOrEqual(2);
  for (const server of saved.ntpServers) expect(SERVERS).toContain(server);
  const post = await runAction(
    { ...inputs, ...extra },
    { state: main.state, ...(postSkew ? { faketime: postSkew } : {}) },
  );
  return { main, post };
}

describe('the post step', () => {
  it('warns when the clock moved by more than warn-offset during the job', async () => {
    const { post } = await mainThenPost(undefined, '+20s');
    expect(post.code).toBe(0);
    const warnings = post.commands.filter((c) => c.command === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.properties).toBe('title=Runner clock moved 20.0 s during the job');
    expect(warnings[0]!.message).toMatch(
      /jumped forward by 20\.0 s .* it was [\d.]+ ms (behind|ahead) at the start and is 20\.0 s ahead now/,
    );
    expect(post.summary).toMatch(/post-check: Runner clock moved 20\.0 s during the job/);
    // Cheap: the dead server of the main step is not asked again (mainThenPost checks the saved list), and
    // the post step ends within its 2 s deadline (plus node's start-up, outside it).
    expect(post.elapsedMs).toBeLessThan(2000 + PROCESS_MARGIN_MS);
  });

  it('raises an error annotation when the clock is past max-offset at the end, without failing the job', async () => {
    const { post } = await mainThenPost('-2s', '-7m');
    expect(post.code).toBe(0);
    const errors = post.commands.filter((c) => c.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/past max-offset 1 m 0 s/);
    expect(errors[0]!.message).toMatch(/Signature expired/);
  });

  it('is silent when nothing moved', async () => {
    const { post } = await mainThenPost('-3s', '-3s');
    expect(post.code).toBe(0);
    expect(post.commands.filter((c) => ['warning', 'error'].includes(c.command))).toEqual([]);
    expect(post.summary).toBe('');
  });

  it('says nothing more when the main step refused an input (it repeated the error as a second annotation)', async () => {
    const bad = { ...inputs, 'max-offset': 'soon' };
    const main = await runAction(bad);
    expect(main.code).toBe(1);
    expect(main.commands.filter((c) => c.command === 'error')).toHaveLength(1);
    const post = await runAction(bad, { state: main.state });
    expect(post.code).toBe(0);
    expect(post.commands.filter((c) => ['warning', 'error'].includes(c.command))).toEqual([]);
  });

  it('takes numbers no measurement gives as no measurement, not as a drift of 10^297 years', async () => {
    const tampered = JSON.stringify({
      status: 'ok',
      offsetMs: 1e308,
      uncertaintyMs: -1e308,
      atMs: -1e308,
      ntpServers: [SERVERS[0]],
    });
    const post = await runAction(inputs, { state: { isPost: 'true', measurement: tampered } });
    expect(post.code).toBe(0);
    expect(post.commands.filter((c) => ['warning', 'error'].includes(c.command))).toEqual([]);
    expect(post.summary).toBe('');
  });

  it('reports the drift at once, and leaves a job summary that is a named pipe alone', async () => {
    const fifos = makeFifos(['summary']);
    try {
      const main = await runAction(inputs);
      const post = await runAction(inputs, {
        state: main.state,
        faketime: '+20s',
        env: { GITHUB_STEP_SUMMARY: fifos.paths.summary },
        timeoutMs: 20_000,
      });
      expect(post.code).toBe(0);
      expect(post.elapsedMs).toBeLessThan(2000 + PROCESS_MARGIN_MS);
      const warnings = post.commands.filter((c) => c.command === 'warning');
      expect(warnings.map((w) => w.properties)).toContain('title=Runner clock moved 20.0 s during the job');
      const said = warnings.filter((w) => w.message.includes('GITHUB_STEP_SUMMARY names'));
      expect(said).toHaveLength(1);
      expect(said[0]!.message).toMatch(
        /a named pipe \(FIFO\), not a plain file: .*\. The annotation above says it all\.$/,
      );
    } finally {
      fifos.remove();
    }
  });

  it('does nothing with post-check: false', async () => {
    const { post } = await mainThenPost(undefined, '+20s', { 'post-check': 'false' });
    expect(post.commands.filter((c) => ['warning', 'error'].includes(c.command))).toEqual([]);
    expect(post.stdout).not.toMatch(/post-check/);
  });
});
