/**
 * Microsoft Entra ID (Azure AD) client assertions:
 *
 *   AADSTS700024: Client assertion is not within its valid time range. Current time: T, assertion valid
 *   from F, expiry time of assertion E.
 *
 * T is Entra's clock; F and E are the assertion's nbf and exp, written by whoever made the assertion: the
 * runner (MSAL with a certificate credential) or GitHub's token service (OIDC federation, azure/login).
 * F = 1970-01-01T00:00:00 means the assertion had no nbf.
 *
 * - T > E (expired). With an nbf, the assertion was made at F and lives L = E − F. offset of its maker
 *   = (T − u) − F, u ≥ 0 the time between making and use, so T − F is the implied offset if it was used at
 *   once, and an upper bound. Long jobs that reuse an assertion (azure/login's OIDC token in a job longer
 *   than its lifetime, an MSAL cache bug) give the same text with correct clocks. Without nbf only the
 *   lateness T − E follows.
 * - T < F (not yet valid): offset ≤ T − F < 0: the maker's clock was ahead by at least F − T.
 * - F ≤ T ≤ E: Entra would have accepted it; the text contradicts itself.
 * Older codes (AADSTS50012, AADSTS50013) say the same without times.
 */
import { matches } from './matches.js';
import { excerpt } from './normalize.js';
import { iso, parseIso } from './time.js';
import type { Hit, Recognizer } from './types.js';

const SERVICE = 'Microsoft Entra ID (client assertion)';
// An ISO time, or (in a garbled text) any other token up to the next comma, which is then reported unreadable.
const TIME = '(\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.]{2,20})?(?:Z|[+-]\\d{2}:?\\d{2})?|[^,\\s]{1,40})';
const PATTERN = /(?:(AADSTS\d{5,6}):?\s*)?(?:Client )?[Aa]ssertion is not within its valid time range\.?/g;
const DETAIL = new RegExp(
  `\\s*Current time:\\s*${TIME}\\s*,\\s*assertion valid from\\s*${TIME}\\s*,\\s*expiry time of assertion\\s*${TIME}`,
  'iy',
);

function readTime(s: string): number | undefined {
  return parseIso(s.replace(/\.$/, ''))?.ms;
}

export const recognizeAzure: Recognizer = (text) => {
  const hits: Hit[] = [];
  for (const m of matches(PATTERN, text, hits, 50)) {
    DETAIL.lastIndex = m.index + m[0].length;
    const d = DETAIL.exec(text);
    const end = d ? d.index + d[0].length : m.index + m[0].length;
    const hit: Hit = {
      recognized: true,
      kind: 'azure-assertion-time-range',
      family: 'token',
      service: SERVICE + (m[1] ? ` ${m[1]}` : ''),
      evidence: excerpt(text, m.index, end),
      consistent: true,
      confidence: 'certain',
      start: m.index,
      end,
    };
    if (!d) {
      hits.push({
        ...hit,
        derivation:
          'Entra refused an assertion outside its nbf–exp range by Entra’s clock. The text gives no times.',
      });
      continue;
    }
    const [tText, fText, eText] = [d[1]!, d[2]!, d[3]!];
    const [t, f, e] = [readTime(tText), readTime(fText), readTime(eText)];
    if (t === undefined || f === undefined || e === undefined) {
      const bad = [
        ['current time', tText, t],
        ['valid from', fText, f],
        ['expiry', eText, e],
      ]
        .filter(([, , v]) => v === undefined)
        .map(([n, s]) => `${n} '${s}'`);
      hits.push({ ...hit, consistent: false, inconsistency: `unreadable time: ${bad.join(', ')}` });
      continue;
    }
    const hasNbf = f > 0;
    const times: Record<string, string> = { serverTime: iso(t), expires: iso(e) };
    if (hasNbf) times.notBefore = iso(f);
    if (t > e) {
      const lateS = Math.round((t - e) / 1000);
      if (!hasNbf) {
        hits.push({
          ...hit,
          times,
          direction: 'behind',
          derivation: `The assertion expired at ${eText} and reached Entra at ${tText} by Entra's clock, ${lateS} s late. It has no nbf, so when it was made, and so its maker's offset, does not follow.`,
        });
        continue;
      }
      if (e <= f) {
        hits.push({
          ...hit,
          times,
          consistent: false,
          inconsistency: `the expiry ${eText} is not after valid-from ${fText}`,
        });
        continue;
      }
      const implied = t - f;
      hits.push({
        ...hit,
        times,
        direction: 'behind',
        windowMs: e - f,
        impliedOffsetMs: implied,
        offsetBoundMs: { max: implied + 1000 },
        derivation: `The assertion was made at ${fText} (its nbf) to live ${Math.round((e - f) / 1000)} s, and reached Entra at ${tText}, ${lateS} s after it expired. That makes its maker's clock ${Math.round(implied / 1000)} s behind only if it was used as soon as it was made; an assertion reused later (a long job, a token cache) gives the same text with correct clocks.`,
      });
      continue;
    }
    if (t < f) {
      const implied = t - f;
      hits.push({
        ...hit,
        times,
        direction: 'ahead',
        windowMs: e > f ? e - f : undefined,
        impliedOffsetMs: implied,
        offsetBoundMs: { max: implied + 1000 },
        derivation: `The assertion is valid from ${fText} but reached Entra at ${tText} by Entra's clock, ${Math.round(-implied / 1000)} s before it was made: its maker's clock was ahead by at least that much.`,
      });
      continue;
    }
    hits.push({
      ...hit,
      times,
      consistent: false,
      inconsistency: `the current time ${tText} lies inside the validity range ${fText} – ${eText}, so Entra would have accepted it: the text contradicts itself`,
    });
  }
  return hits;
};
