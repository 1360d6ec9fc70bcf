/**
 * The action's step outputs, as name → value. Pure. `status` is the outcome's status (the same the exit
 * code, annotation and summary mark follow); offsets are exact milliseconds. The AWS account id stays out
 * unless mask-aws-account-id is false: the runner drops any output that contains a registered secret.
 * Every value is capped; the sources JSON stays valid JSON (its strings are capped, not the JSON text).
 */
import type { Outcome } from '../gate/outcome.js';
import { MAX_OUTPUT_CHARS } from './escape.js';
import { jsonSources } from './json.js';

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function renderOutputs(o: Outcome): Record<string, string> {
  const hideAccountIds = o.maskAccountId ? o.accountIds : undefined;
  let sources = JSON.stringify(jsonSources(o.measurement, { hideAccountIds }));
  // Many sources with long reasons: cap each string harder rather than cut the JSON.
  for (const max of [500, 120, 40]) {
    if (sources.length <= MAX_OUTPUT_CHARS) break;
    sources = JSON.stringify(jsonSources(o.measurement, { hideAccountIds, maxFieldChars: max }));
  }
  return {
    status: o.status,
    'offset-ms': o.offsetMs === undefined ? '' : String(round3(o.offsetMs)),
    'uncertainty-ms': o.uncertaintyMs === undefined ? '' : String(round3(o.uncertaintyMs)),
    sources,
    resynced: String(o.resynced),
  };
}
