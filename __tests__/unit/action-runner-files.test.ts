/**
 * The runner's files are looked at before @actions/core opens them: it opens them blocking, so a named
 * pipe nobody reads would hold the step until the job's timeout. Only a plain file (or nothing) is
 * written; anything else is left alone, said once per variable.
 */
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asSentence, throughRunnerFile } from '../../src/action/runner-files.js';
import { makeFifos } from '../support/fifo.js';

const fifos = makeFifos(['pipe']);
afterAll(() => fifos.remove());

describe('throughRunnerFile', () => {
  it('writes as before when the variable is unset, names a plain file, or names nothing', () => {
    const plain = join(fifos.dir, 'plain');
    writeFileSync(plain, '');
    // /dev/null too: local harnesses (act) point the runner files at it, and it never blocks. Only stat'ed
    // here: the write is the test's own function.
    for (const env of [
      {},
      { GITHUB_OUTPUT: plain },
      { GITHUB_OUTPUT: join(fifos.dir, 'missing') },
      { GITHUB_OUTPUT: '/dev/null' },
    ]) {
      const write = jest.fn<() => void>();
      throughRunnerFile('GITHUB_OUTPUT', write, env);
      expect(write).toHaveBeenCalledTimes(1);
    }
    // A missing file is @actions/core's own error, as it always was.
    expect(() =>
      throughRunnerFile(
        'GITHUB_OUTPUT',
        () => {
          throw new Error('Missing file at path: x');
        },
        { GITHUB_OUTPUT: join(fifos.dir, 'missing') },
      ),
    ).toThrow('Missing file at path: x');
  });

  it('leaves a named pipe alone, says what it is once, then skips quietly', () => {
    const env = { GITHUB_STATE: fifos.paths.pipe };
    const write = jest.fn<() => void>();
    expect(() => throughRunnerFile('GITHUB_STATE', write, env)).toThrow(
      /^GITHUB_STATE names '.*pipe', a named pipe \(FIFO\), not a plain file: it was left alone .*timeout\)\.$/,
    );
    expect(throughRunnerFile('GITHUB_STATE', write, env)).toBeUndefined();
    expect(write).not.toHaveBeenCalled();
  });

  it('leaves a directory alone', () => {
    const write = jest.fn<() => void>();
    expect(() => throughRunnerFile('GITHUB_STEP_SUMMARY', write, { GITHUB_STEP_SUMMARY: fifos.dir })).toThrow(
      /names '.*', a directory, not a plain file/,
    );
    expect(write).not.toHaveBeenCalled();
  });
});

describe('asSentence', () => {
  it('ends an error message with one period, whether or not it had one', () => {
    expect(asSentence(new Error('Check if the file has correct read/write permissions.'))).toBe(
      'Check if the file has correct read/write permissions.',
    );
    expect(asSentence(new Error('EISDIR: illegal operation on a directory'))).toBe(
      'EISDIR: illegal operation on a directory.',
    );
    expect(asSentence('plain words ')).toBe('plain words.');
  });
});
