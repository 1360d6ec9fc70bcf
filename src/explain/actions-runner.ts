/**
 * The GitHub Actions runner (and the Azure Pipelines agent it came from) authenticates with a JWT it signs
 * with its own clock; the token service checks it against its clock:
 *
 *   VssOAuthTokenRequestException: The token is not valid until 06/10/2020 19:05:24. Current server time is
 *   06/10/2020 18:05:26.
 *   … The bearer token expired on F. Current server time is T.
 *   The local machine's clock may be out of sync with the server time by more than five minutes. …
 *
 * "Not valid until F": F is the token's nbf, the runner's clock when it signed (or a little earlier), T the
 * service's clock on arrival. offset = (T − delay) − (F + margin) ≤ T − F: the runner was ahead by at least
 * F − T. "Expired on E": E is the token's exp; T − E is how late it arrived, the runner's clock was behind
 * or the token was kept too long; the lifetime is not printed, so no offset follows.
 * The runner's own sentence gives |offset| > 5 min, direction unknown (it prints it for both texts).
 * A bare VssOAuthTokenRequestException is not recognised: the same exception says "Registration … was not
 * found" for a deleted runner.
 *
 * Dates are .NET's culture-dependent M/d/yyyy (or d/M/yyyy) with a 24-hour or AM/PM time. Both read the
 * same way, so their difference does not depend on the zone; when the day and month could be either way
 * round and that changes the difference, no number is given.
 */
import { matches } from './matches.js';
import { excerpt } from './normalize.js';
import { iso } from './time.js';
import { MINUTE_MS, type Hit, type Recognizer } from './types.js';

const SERVICE = 'GitHub Actions runner token service (OAuth JWT)';
const DATE = '(\\d{1,2}/\\d{1,2}/\\d{4},? \\d{1,2}:\\d{2}:\\d{2}(?: ?[AP]M)?)';
const NOT_YET = new RegExp(`is not valid until ${DATE}\\.?\\s*Current server time is ${DATE}`, 'g');
const EXPIRED = new RegExp(`expired on ${DATE}\\.?\\s*Current server time is ${DATE}`, 'g');
const OUT_OF_SYNC =
  /The local machine's clock may be out of sync with the server time by more than five minutes/g;

function read(text: string, dayFirst: boolean): number | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2}):(\d{2}):(\d{2})(?: ?([AP]M))?$/.exec(text);
  if (!m) return undefined;
  const [a, b, y, h0, mi, s] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!];
  const [mo, d] = dayFirst ? [b, a] : [a, b];
  let h = h0;
  if (m[7]) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (m[7] === 'PM' ? 12 : 0);
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  return new Date(ms).getUTCDate() === d ? ms : undefined;
}

/** The difference later − earlier, if every reading of the two dates that is valid gives the same. */
function difference(tokenText: string, serverText: string): { token: number; server: number } | undefined {
  const readings = [false, true]
    .map((dayFirst) => ({ token: read(tokenText, dayFirst), server: read(serverText, dayFirst) }))
    .filter((r): r is { token: number; server: number } => r.token !== undefined && r.server !== undefined);
  if (readings.length === 0) return undefined;
  const gaps = new Set(readings.map((r) => r.server - r.token));
  return gaps.size === 1 ? readings[0] : undefined;
}

export const recognizeActionsRunner: Recognizer = (text) => {
  const hits: Hit[] = [];
  for (const [re, notYet] of [
    [NOT_YET, true],
    [EXPIRED, false],
  ] as const) {
    for (const m of matches(re, text, hits, 50)) {
      const end = m.index + m[0].length;
      const base: Hit = {
        recognized: true,
        kind: notYet ? 'github-runner-token-not-yet-valid' : 'github-runner-token-expired',
        family: 'token',
        service: SERVICE,
        evidence: excerpt(text, Math.max(0, m.index - 60), end),
        direction: notYet ? 'ahead' : 'behind',
        consistent: true,
        confidence: 'certain',
        start: m.index,
        end,
      };
      const d = difference(m[1]!, m[2]!);
      if (!d) {
        hits.push({
          ...base,
          derivation: `The dates ${m[1]} and ${m[2]} can be read day-first or month-first with different results, so only the direction follows.`,
        });
        continue;
      }
      const gap = d.server - d.token;
      const times = { [notYet ? 'notBefore' : 'expires']: iso(d.token), serverTime: iso(d.server) };
      if (notYet ? gap >= 0 : gap <= 0) {
        hits.push({
          ...base,
          times,
          consistent: false,
          inconsistency: `the server time ${m[2]} is not ${notYet ? 'before' : 'after'} ${m[1]}`,
        });
        continue;
      }
      hits.push(
        notYet
          ? {
              ...base,
              times,
              impliedOffsetMs: gap,
              offsetBoundMs: { max: gap + 1000 },
              derivation: `The runner dated its token valid from ${m[1]} by its clock; it reached the service at ${m[2]} by the service's clock, ${Math.round(-gap / 1000)} s earlier. Delay cannot make a token arrive before it was made, so the runner's clock was ahead by at least that much.`,
            }
          : {
              ...base,
              times,
              derivation: `The runner's token expired at ${m[1]} and reached the service at ${m[2]}, ${Math.round(gap / 1000)} s late: the runner's clock was behind by more than the token's lifetime, or the token was kept too long. The lifetime is not printed, so no offset follows.`,
            },
      );
    }
  }
  for (const m of matches(OUT_OF_SYNC, text, hits, 60)) {
    hits.push({
      recognized: true,
      kind: 'github-runner-clock-out-of-sync',
      family: 'token',
      service: SERVICE,
      evidence: excerpt(text, m.index, m.index + m[0].length),
      absOffsetMinMs: 5 * MINUTE_MS,
      windowMs: 5 * MINUTE_MS,
      consistent: true,
      confidence: 'likely',
      derivation:
        "The runner saw the token service reject its token with a 'Current server time is …' message: the runner's clock and the service's differ by more than 5 minutes, in a direction this line does not say (the token service's own message, when logged, does).",
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return hits;
};
