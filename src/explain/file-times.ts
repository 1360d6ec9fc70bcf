/**
 * Build tools that compare files' modification times with the runner's clock.
 *
 * GNU make: "Warning: File 'F' has modification time N s in the future", then "Clock skew detected. Your
 * build may be incomplete." GNU tar: "F: time stamp D is N s in the future" when extracting.
 *
 * A file's time was written by some clock when it was written, before now. If that clock was right, the
 * runner's clock is behind by at least N s. Two other stories give the same text with this runner's clock
 * right now: the files were written while this clock was ahead (it has been stepped back since), or by a
 * machine whose clock is ahead (an archive's builder, a network share, a container's host). Hence
 * "likely", and the diagnosis, which measures the clock now, tells these apart.
 */
import { matches } from './matches.js';
import { excerpt } from './normalize.js';
import type { Hit, Recognizer } from './types.js';

const MAKE =
  /File '([^'\n]{1,400})' has modification time ([0-9]{1,12}(?:\.[0-9]{1,9})?(?:e\+?[0-9]{1,3})?) s in the future/g;
const MAKE_SKEW = /Clock skew detected\.\s+Your build may be incomplete\./g;
// Anchored on its literal words (the file name before them is read backwards to the line start), so
// that a long log is scanned once.
const TAR =
  /: time stamp (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,9})?) is ([0-9]{1,12}(?:\.[0-9]{1,9})?) s in the future/g;

function tarMember(text: string, colon: number): string {
  const line = text.slice(Math.max(0, colon - 400), colon);
  return line.slice(line.lastIndexOf('\n') + 1).replace(/^tar: /, '');
}

function hit(
  text: string,
  m: RegExpExecArray,
  kind: 'make-mtime-in-future' | 'tar-time-stamp-in-future',
  service: string,
): Hit {
  return {
    recognized: true,
    kind,
    family: 'file-timestamp',
    service,
    evidence: excerpt(text, m.index, m.index + m[0].length),
    direction: 'behind',
    consistent: true,
    confidence: 'likely',
    start: m.index,
    end: m.index + m[0].length,
  };
}

const OTHER_STORIES =
  'unless the files were written while this clock was ahead (it has been stepped back since) or on a machine whose clock is ahead';

export const recognizeFileTimes: Recognizer = (text) => {
  const hits: Hit[] = [];
  for (const m of matches(MAKE, text, hits, 50)) {
    const n = Number(m[2]);
    if (!Number.isFinite(n)) continue;
    // make rounds the figure it prints; one second of slack keeps the bound true.
    hits.push({
      ...hit(text, m, 'make-mtime-in-future', 'GNU make (on the runner)'),
      offsetBoundMs: { min: Math.max(0, Math.floor(n * 1000) - 1000) },
      derivation: `make found '${m[1]}' dated ${m[2]} s after the runner's clock. The file was written before now, so the runner's clock was behind by at least that much (less a second for rounding), ${OTHER_STORIES}.`,
    });
  }
  for (const m of matches(MAKE_SKEW, text, hits, 60)) {
    hits.push({
      ...hit(text, m, 'make-mtime-in-future', 'GNU make (on the runner)'),
      derivation: `make found files dated after the runner's clock: the runner's clock was behind, ${OTHER_STORIES}. This line gives no size; the "has modification time … in the future" line before it does.`,
    });
  }
  let last: Hit | undefined;
  for (const m of matches(TAR, text, hits, 120)) {
    const n = Number(m[2]);
    const minMs = Math.floor(n * 1000);
    const member: Hit = {
      ...hit(text, m, 'tar-time-stamp-in-future', 'GNU tar (on the runner)'),
      offsetBoundMs: { min: minMs },
      derivation: `tar found '${tarMember(text, m.index)}' dated ${m[1]}, ${m[2]} s after the runner's clock. The archive recorded the time the file was written, before now, so the runner's clock was behind by at least that much, ${OTHER_STORIES}.`,
    };
    // tar warns once per member, and they are one error whose bound is the largest gap. The evidence
    // and the words are that member's, so that the number shown is the number explained.
    if (last && m.index - last.end < 200) {
      last.end = member.end;
      if (minMs > (last.offsetBoundMs?.min ?? 0)) {
        last.evidence = member.evidence;
        last.offsetBoundMs = member.offsetBoundMs;
        last.derivation = member.derivation;
      }
      continue;
    }
    last = member;
    hits.push(last);
  }
  return hits;
};
