/**
 * An outcome from literal results through the real deciding code (consensus, verdict, outcome), with no
 * resync: for the tests of what renders or delivers it.
 */
import { readConfig } from '../../src/config/config.js';
import { evaluate, voters, type Measurement } from '../../src/decide/measure.js';
import { sourceKey } from '../../src/decide/verdict.js';
import { decideOutcome, type Dialect, type Outcome } from '../../src/gate/outcome.js';
import type { SourceResult } from '../../src/model.js';

export function outcomeOf(
  results: SourceResult[],
  { inputs = {}, dialect = 'cli' }: { inputs?: Record<string, string>; dialect?: Dialect } = {},
): Outcome {
  const config = readConfig((n) => inputs[n]);
  const m: Measurement = {
    results,
    verdict: evaluate(results, config),
    elapsedMs: 12,
    rounds: 1,
    requireAuthenticated: false,
    voters: voters(results, false).map(sourceKey),
  };
  return decideOutcome({
    config,
    first: m,
    flow: { decision: { run: false, why: 'off' }, final: m, resynced: false, line: 'off' },
    clockFix: 'Step the clock.',
    env: {},
    dialect,
  });
}
