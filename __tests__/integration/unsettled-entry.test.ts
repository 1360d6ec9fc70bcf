/**
 * The entry points' last safety net (src/guard.ts, settleEntry): the bundles are CommonJS, so nothing does
 * what a top-level await did. Work that never settles while nothing keeps the event loop alive must end the
 * process as an internal error, never with an unset exit code of 0 (a gate that passes without a verdict).
 * guard.ts imports nothing, so Node 24 runs it from src/ as it is (type stripping): no build of its own.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE24, ROOT } from '../support/bundle.js';

const GUARD = pathToFileURL(resolve(ROOT, 'src/guard.ts')).href;

/** Runs `work` (a JavaScript expression for a promise) through settleEntry under the guard, on Node 24. */
function entry(work: string) {
  const script = [
    `const g = await import(${JSON.stringify(GUARD)});`,
    "g.installProcessGuard({ report: (l) => process.stderr.write('clock-preflight: ' + l + '\\n'), internalErrorCode: 1 });",
    `g.settleEntry(${work}, (code) => { process.exitCode = code; });`,
  ].join('\n');
  return spawnSync(NODE24, ['--no-warnings', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('an entry point whose work never settles', () => {
  it('needs Node 24 (npm test installs it)', () => {
    expect(existsSync(NODE24)).toBe(true);
  });

  it('ends as an internal error, exit 1, in words: not exit 0 with no verdict', () => {
    const r = entry('new Promise(() => {})');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'clock-preflight: internal error (unsettled promise): the work ended without a result: nothing was left ' +
        'to wait for, and no verdict was reached. This is a bug in clock-preflight, not a finding about the ' +
        'clock; please report it.\n',
    );
  });

  it('work that settles ends with its own code and says nothing', () => {
    const r = entry('new Promise((resolve) => setTimeout(() => resolve(3), 20))');
    expect(r.status).toBe(3);
    expect(r.stderr).toBe('');
  });

  it("a rejection is an uncaught exception in the guard's words, as with a top-level await", () => {
    const r = entry("Promise.reject(new Error('boom'))");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^clock-preflight: internal error \(uncaught exception\): boom\. This is a bug/);
  });
});
