/**
 * The main step hands its outcome to the runner (outputs, state, annotations, summary) through
 * @actions/core, mocked here so that nothing is opened: a runner file that is not a plain file is never
 * handed to it (it would open a named pipe blocking, and the step would hang), each such file is one
 * warning naming its variable, and the verdict's annotations still come out.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Outcome } from '../../src/gate/outcome.js';
import type { SourceResult } from '../../src/model.js';
import { renderSummary } from '../../src/report/summary.js';
import { makeFifos } from '../support/fifo.js';
import { outcomeOf as outcomeFor } from '../support/outcome.js';

const warnings: string[] = [];
let summaryWrite: () => Promise<unknown> = () => Promise.resolve();
const summaryText: string[] = [];
const core = {
  setSecret: jest.fn(),
  setOutput: jest.fn(),
  saveState: jest.fn(),
  info: jest.fn(),
  notice: jest.fn(),
  warning: jest.fn((message: string) => void warnings.push(message)),
  error: jest.fn(),
  debug: jest.fn(),
  setFailed: jest.fn(),
  getInput: jest.fn(() => ''),
  summary: {
    addRaw(text: string) {
      summaryText.push(text);
      return { write: () => summaryWrite() };
    },
  },
};
jest.unstable_mockModule('@actions/core', () => ({ ...core, default: core }));
const { report } = await import('../../src/action/main.js');

const outcomeOf = (results: SourceResult[]): Outcome => outcomeFor(results, { dialect: 'action' });

const ntp = (target: string, offsetMs: number): SourceResult => ({
  kind: 'ntp',
  target,
  address: target,
  status: 'ok',
  authenticated: false,
  sample: { offsetMs, boundMs: 1, delayMs: 0.5, atMs: 0 },
  requests: 1,
  stratum: 1,
});

const VARIABLES = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const;
const fifos = makeFifos(VARIABLES);
const saved = Object.fromEntries(VARIABLES.map((v) => [v, process.env[v]]));
afterAll(() => fifos.remove());
beforeEach(() => {
  warnings.length = 0;
  summaryText.length = 0;
  jest.clearAllMocks();
});
afterEach(() => {
  for (const v of VARIABLES) {
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
  }
  summaryWrite = () => Promise.resolve();
});

describe('report', () => {
  it('hands no named pipe to @actions/core: one warning per variable, and the verdict is still said', async () => {
    for (const v of VARIABLES) process.env[v] = fifos.paths[v];
    const o = outcomeOf([ntp('a:123', 420_000), ntp('b:123', 420_001)]);
    expect(o.exitCode).toBe(1);
    await report(o);
    expect(core.setOutput).not.toHaveBeenCalled();
    expect(core.saveState).not.toHaveBeenCalled();
    expect(summaryText).toEqual([]);
    // The verdict's error annotation comes out on stdout as before.
    expect(core.error).toHaveBeenCalledTimes(1);
    expect(warnings).toHaveLength(3);
    for (const v of VARIABLES) {
      const said = warnings.filter((w) => w.includes(`${v} names '`));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/a named pipe \(FIFO\), not a plain file/);
      expect(said[0]).toMatch(/\. The verdict stands: status fail, the step fails\.$/);
    }
  });

  it("ends @actions/core's own sentence once before 'The verdict stands' (no double period)", async () => {
    for (const v of VARIABLES) delete process.env[v];
    process.env.GITHUB_STEP_SUMMARY = join(fifos.dir, 'summary');
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
    summaryWrite = () =>
      Promise.reject(
        new Error(
          "Unable to access summary file: '/x/summary'. Check if the file has correct read/write permissions.",
        ),
      );
    await report(outcomeOf([ntp('a:123', 10), ntp('b:123', 11)]));
    expect(warnings).toEqual([
      "clock-preflight could not write the job summary (GITHUB_STEP_SUMMARY): Unable to access summary file: '/x/summary'. Check if the file has correct read/write permissions. The verdict stands: status ok, the step passes.",
    ]);
  });
});

describe('the summary footer', () => {
  it('counts in the singular for one source and one round, in the plural otherwise', () => {
    expect(renderSummary(outcomeOf([ntp('a:123', 10)]))).toMatch(/<sub>1 source, 12 ms, 1 round\. /);
    const two = outcomeOf([ntp('a:123', 10), ntp('b:123', 11)]);
    expect(renderSummary({ ...two, measurement: { ...two.measurement, rounds: 2 } })).toMatch(
      /<sub>2 sources, 12 ms, 2 rounds\. /,
    );
  });
});
