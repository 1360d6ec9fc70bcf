/**
 * Kerberos: KRB_AP_ERR_SKEW (error 37), "Clock skew too great". The KDC or service found the
 * authenticator's timestamp more than clockskew (default 300 s) from its own clock, in either direction.
 * |offset| > 5 min against the KDC's clock, direction unknown; and the KDC's clock may be the wrong one.
 */
import { matches } from './matches.js';
import { excerpt } from './normalize.js';
import { MINUTE_MS, type Hit, type Recognizer } from './types.js';

const PATTERN = /\bKRB5?(?:KRB)?_AP_ERR_SKEW\b|Clock skew too great|\bSEC_E_TIME_SKEW\b|KRB-ERROR \(37\)/gi;

export const recognizeKerberos: Recognizer = (text) => {
  const hits: Hit[] = [];
  let last: Hit | undefined;
  for (const m of matches(PATTERN, text, hits, 50)) {
    if (last && m.index - last.end < 200) {
      last.end = m.index + m[0].length;
      last.evidence = excerpt(text, last.start, last.end + 40);
      continue;
    }
    last = {
      recognized: true,
      kind: 'kerberos-clock-skew',
      family: 'kerberos',
      service: 'Kerberos (KDC or service)',
      evidence: excerpt(text, Math.max(0, m.index - 60), m.index + m[0].length + 40),
      absOffsetMinMs: 5 * MINUTE_MS,
      windowMs: 5 * MINUTE_MS,
      consistent: true,
      confidence: 'certain',
      derivation:
        "The runner's clock and the KDC's differ by more than the allowed skew (5 min unless clockskew is changed), in a direction the error does not say. Either clock may be the wrong one.",
      start: m.index,
      end: m.index + m[0].length,
    };
    hits.push(last);
  }
  return hits;
};
