/**
 * GnuPG's own time checks, against the runner's clock.
 *
 * "key K was created N seconds in the future (time warp or clock problem)": the key's creation time, written
 * by its owner's clock, is N s after the runner's clock (gpg subtracts whole seconds). The key was made
 * before it reached the runner, so if its owner's clock was right the runner was behind by at least N − 1 s
 * (more if the key is older). An owner whose clock was ahead gives the same text, hence "likely".
 *
 * "Signature expired <date>" (and "Expired signature from …"): the signature's expiry date is before the
 * runner's clock. Usually it really expired; only if it is still valid was the runner ahead. gpg prints the
 * expiry date, not the runner's time, so only the direction follows. This is not AWS's "Signature expired:
 * A is now earlier than B": aws-sigv4.ts leaves gpg's lines alone, and this reads only gpg's wording.
 */
import { matches } from './matches.js';
import { excerpt } from './normalize.js';
import type { Hit, Recognizer } from './types.js';

const SERVICE = 'GnuPG (on the runner)';
const KEY_FUTURE =
  /key ([0-9A-F]{8,40}) was created (\d{1,12}) seconds? in the future \(time warp or clock problem\)/g;
const SIG_EXPIRED =
  /gpg: Signature expired ((?:[A-Z][a-z]{2},? )?[^\n]{4,60}?)\s*$|gpg: Expired signature from [^\n]{1,200}/gm;

export const recognizeGpg: Recognizer = (text) => {
  const hits: Hit[] = [];
  let last: Hit | undefined;
  for (const m of matches(KEY_FUTURE, text, hits, 50)) {
    const n = Number(m[2]);
    // gpg repeats the line for each self-signature it checks: one error.
    if (last && m.index - last.end < 200 && last.offsetBoundMs?.min === (n - 1) * 1000) {
      last.end = m.index + m[0].length;
      continue;
    }
    last = {
      recognized: true,
      kind: 'gpg-key-created-in-future',
      family: 'openpgp',
      service: SERVICE,
      evidence: excerpt(text, m.index, m.index + m[0].length),
      direction: 'behind',
      offsetBoundMs: { min: (n - 1) * 1000 },
      consistent: true,
      confidence: 'likely',
      derivation: `The key ${m[1]} is dated ${n} s after the runner's clock by its owner's clock. Keys are made before they are imported, so the runner's clock was behind by at least ${Math.max(0, n - 1)} s (gpg counts whole seconds), unless the key's owner had a clock ahead.`,
      start: m.index,
      end: m.index + m[0].length,
    };
    hits.push(last);
  }
  let lastSig: Hit | undefined;
  for (const m of matches(SIG_EXPIRED, text, hits, 100)) {
    const end = m.index + m[0].length;
    if (lastSig && m.index - lastSig.end < 600) {
      // "Expired signature from …" and "Signature expired …" of one verification are one error.
      lastSig.end = end;
      lastSig.evidence = excerpt(text, lastSig.start, end);
      continue;
    }
    lastSig = {
      recognized: true,
      kind: 'gpg-signature-expired',
      family: 'openpgp',
      service: SERVICE,
      evidence: excerpt(text, m.index, end),
      direction: 'ahead',
      consistent: true,
      confidence: 'possible',
      derivation:
        "gpg found the signature's expiry date before the runner's clock. Usually the signature really expired (get a newly signed file); only if it is still valid was the runner's clock ahead. gpg does not print the runner's time, so how far does not follow.",
      start: m.index,
      end,
    };
    hits.push(lastSig);
  }
  return hits;
};
