/**
 * apt's Release-file date checks, against the runner's clock:
 *
 *   E: Release file for URL is not valid yet (invalid for another 5h 3min 2s). …
 *   E: Release file for URL is expired (invalid since 3h 46min 2s). …
 *
 * "Not valid yet": the Release file's Date is D after the runner's clock. The archive wrote that Date when
 * it built the file, which is before now, so true now ≥ runner + D: offset ≥ D (the runner is behind by at
 * least D, usually by more, since Release files are hours old when fetched).
 * "Expired": Valid-Until passed by the runner's clock D ago. A stale mirror does that with a correct clock;
 * only if the mirror is fresh was the runner ahead by at least D. Hence "possible".
 */
import { matches } from './matches.js';
import { excerpt } from './normalize.js';
import { parseAptDuration } from './time.js';
import type { Hit, Recognizer } from './types.js';

const SERVICE = 'apt (Debian/Ubuntu package index)';
const NOT_YET =
  /Release file for\s+(\S{1,400}?)\s+is not valid yet\s*\(invalid for another\s+([0-9dhmins ]{1,40})\)/gi;
const EXPIRED = /Release file for\s+(\S{1,400}?)\s+is expired\s*\(invalid since\s+([0-9dhmins ]{1,40})\)/gi;

export const recognizeApt: Recognizer = (text) => {
  const hits: Hit[] = [];
  for (const [re, notYet] of [
    [NOT_YET, true],
    [EXPIRED, false],
  ] as const) {
    for (const m of matches(re, text, hits, 200)) {
      const d = parseAptDuration(m[2]!);
      const hit: Hit = {
        recognized: true,
        kind: notYet ? 'apt-release-not-yet-valid' : 'apt-release-expired',
        family: 'repository',
        service: SERVICE,
        evidence: excerpt(text, m.index, m.index + m[0].length),
        direction: notYet ? 'behind' : 'ahead',
        consistent: true,
        confidence: notYet ? 'likely' : 'possible',
        start: m.index,
        end: m.index + m[0].length,
      };
      if (d === undefined) {
        hits.push({ ...hit, consistent: false, inconsistency: `unreadable duration '${m[2]!.trim()}'` });
        continue;
      }
      hits.push(
        notYet
          ? {
              ...hit,
              offsetBoundMs: { min: d },
              derivation: `The Release file of ${m[1]} is dated ${m[2]!.trim()} after the runner's clock. The archive dated it when it built it, before now, so the runner's clock was behind by at least that much.`,
            }
          : {
              ...hit,
              offsetBoundMs: { max: -d },
              derivation: `The Release file of ${m[1]} passed its Valid-Until ${m[2]!.trim()} ago by the runner's clock. A stale mirror does that with a correct clock; only if the mirror is current was the runner's clock ahead by at least that much.`,
            },
      );
    }
  }
  return hits;
};
