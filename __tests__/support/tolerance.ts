/**
 * What a test may allow beyond what the code reports, each with its reason. Nothing here depends on how
 * busy the machine is: load widens the reported bounds (they include the round trip), and the asserts
 * follow the bounds. Timing figures belong in `npm run bench`, not in asserts.
 */
import { expect } from '@jest/globals';
import { ANCHOR_MAX_ERROR_MS } from '../../src/time/clock.js';

/** The JSON report and the action's outputs round offsets and bounds to 0.001 ms: 0.0005 ms each. */
export const REPORT_ROUNDING_MS = 0.001;

/**
 * Beyond a reported bound, a measured offset may also carry the error of the runner's clock reads: the
 * pairing of performance.now() with a Date.now() tick (src/time/clock.ts), which no source's bound
 * includes. libfaketime adds none: a relative spec (-7m, +20s) is a constant added to every read.
 */
export const CLOCK_READ_SLACK_MS = ANCHOR_MAX_ERROR_MS + REPORT_ROUNDING_MS;

/**
 * Added to a deadline when a whole process is timed from outside: starting node and loading a bundle, and
 * exiting, are not inside the run's deadline, and take seconds on a busy 2-core machine. The failures
 * these tests exist for are hangs (until the harness kills the process), so a wide margin loses nothing.
 */
export const PROCESS_MARGIN_MS = 10_000;

/** Added to a deadline for an in-process run: timers fire late when the event loop or the machine is busy. */
export const EVENT_LOOP_MARGIN_MS = 2_000;

/** The true offset lies in the reported interval: |measured − truth| ≤ uncertainty (+ clock-read slack). */
export function expectTruthWithin(
  measuredMs: number | null | undefined,
  truthMs: number,
  uncertaintyMs: number | null | undefined,
  slackMs = CLOCK_READ_SLACK_MS,
): void {
  expect(typeof measuredMs).toBe('number');
  expect(typeof uncertaintyMs).toBe('number');
  const errorMs = Math.abs(measuredMs! - truthMs);
  if (errorMs > uncertaintyMs! + slackMs) {
    // Say the numbers: which side, by how much, against which bound.
    throw new Error(
      `true offset ${truthMs} ms lies outside the reported ${measuredMs} ± ${uncertaintyMs} ms ` +
        `(error ${errorMs.toFixed(3)} ms, allowed ${(uncertaintyMs! + slackMs).toFixed(3)} ms)`,
    );
  }
}
