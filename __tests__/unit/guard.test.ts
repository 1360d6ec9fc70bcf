/**
 * The guard's words for an error nobody expected, before and after the verdict. Pure wording: the exits
 * themselves are tested on the built bundles (late-error.test.ts, unsettled-entry.test.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { unexpectedErrorLine, verdictChosen } from '../../src/guard.js';

describe('unexpectedErrorLine', () => {
  it('is an internal error before the verdict, and a warning with the standing exit code after it', () => {
    verdictChosen(undefined);
    expect(unexpectedErrorLine(new TypeError('x is not a function'), { what: 'uncaught exception' })).toBe(
      'internal error (uncaught exception): TypeError: x is not a function. This is a bug in clock-preflight, not a finding about the clock; please report it.',
    );
    verdictChosen(1);
    expect(unexpectedErrorLine(new Error('boom'), { what: 'uncaught exception' })).toMatch(
      /^warning: unexpected error after the verdict \(uncaught exception\): boom\. .* The verdict stands: exit 1\.$/,
    );
    verdictChosen(undefined);
  });

  it('leaves the label out for a channel that gives its own (a GitHub warning annotation)', () => {
    // Regression: the action's annotation read "Warning: clock-preflight: warning: unexpected error …".
    verdictChosen(0);
    const line = unexpectedErrorLine(new Error('boom'), { labelled: false });
    expect(line).toMatch(/^unexpected error after the verdict: boom\. .* The verdict stands: exit 0\.$/);
    expect(line).not.toMatch(/warning/i);
    verdictChosen(undefined);
  });
});
