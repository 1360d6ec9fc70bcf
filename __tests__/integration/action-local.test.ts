/**
 * The action's entry points under a stand-in for @actions/core with only what @github/local-action's
 * stand-in offers (no ExitCode enum): `run` exported by main.ts and post.ts, a failing run ends with
 * process.exitCode 1 and exactly one error, never a second error from the adapter itself. The toolkit is
 * mocked before the code under test is imported (as actions/typescript-action does); the network is real
 * (a loopback port where nothing listens).
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals';

interface Call {
  fn: string;
  args: unknown[];
}
const calls: Call[] = [];
const inputs: Record<string, string> = {
  'ntp-servers': '127.0.0.1:17095',
  'nts-servers': 'none',
  aws: 'off',
  timeout: '1s',
};
const record =
  (fn: string) =>
  (...args: unknown[]) => {
    calls.push({ fn, args });
  };
const summary = {
  addRaw: (...args: unknown[]) => {
    calls.push({ fn: 'summary.addRaw', args });
    return summary;
  },
  write: async () => summary,
};
jest.unstable_mockModule('@actions/core', () => ({
  getInput: (name: string) => inputs[name] ?? '',
  getState: () => '',
  saveState: record('saveState'),
  setOutput: record('setOutput'),
  setSecret: record('setSecret'),
  setFailed: record('setFailed'),
  info: record('info'),
  debug: record('debug'),
  notice: record('notice'),
  warning: record('warning'),
  error: record('error'),
  summary,
}));

const main = await import('../../src/action/main.js');
const post = await import('../../src/action/post.js');

afterEach(() => {
  calls.length = 0;
  process.exitCode = 0;
});

describe('the entry points under a local-action style toolkit', () => {
  it('main.ts and post.ts both export run', () => {
    expect(typeof main.run).toBe('function');
    expect(typeof post.run).toBe('function');
  });

  it('a failing run sets exit code 1 with exactly one error and no setFailed on top', async () => {
    await main.run();
    expect(process.exitCode).toBe(1);
    expect(calls.filter((c) => c.fn === 'error')).toHaveLength(1);
    expect(calls.filter((c) => c.fn === 'setFailed')).toEqual([]);
    expect(calls.find((c) => c.fn === 'setOutput' && c.args[0] === 'status')!.args[1]).toBe('unknown');
  });

  it('the post step runs and returns quietly when the main step left nothing to compare', async () => {
    await post.run();
    expect(process.exitCode).toBe(0);
    expect(calls.filter((c) => c.fn === 'error' || c.fn === 'warning')).toEqual([]);
  });
});
