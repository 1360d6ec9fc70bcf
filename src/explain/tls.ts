/**
 * TLS certificate validity, checked against the runner's own clock (no server clock involved).
 *
 * Go: "x509: certificate has expired or is not yet valid: current time X is before|after Y", X the runner's
 * clock, Y the certificate's notBefore|notAfter.
 * - "before Y": the certificate is not valid until Y. Certificates in service are issued before use, so
 *   true now ≥ Y and offset ≥ Y − X (a lower bound): the runner was behind by at least Y − X.
 * - "after Y": either the certificate really expired (the usual reason) or the runner was ahead; only if
 *   the certificate is still valid does offset ≤ −(X − Y) follow. Hence "possible".
 * OpenSSL, curl, Node, Python: "certificate is not yet valid" (behind, no number), "certificate has
 * expired" (possible, no number); Go without a current time: direction unknown.
 * GnuTLS (wget, gnutls-cli, and git through libcurl-gnutls only in its verbose trace): "The certificate of
 * ‘host’ is not yet activated", "The certificate has not yet been activated", "The certificate chain uses
 * not yet valid certificate"; "… has expired", "… uses expired certificate". No times, direction only.
 * Java: "CertificateNotYetValidException: NotBefore: Fri Nov 27 17:32:52 UTC 2026" and
 * "CertificateExpiredException: NotAfter: …". The date is the certificate's, not the runner's clock, so it
 * bounds nothing about the offset by itself: it is reported as evidence with the direction. The wrapping
 * "CertPathValidatorException: validity check failed" alone says neither which end nor whether it is time.
 */
import { matches } from './matches.js';
import { excerpt } from './normalize.js';
import { iso, parseIso, parseRfc1123 } from './time.js';
import type { Hit, Recognizer } from './types.js';

const SERVICE = 'TLS certificate validation (on the runner)';
// An ISO time, or (in a garbled text) any other token, which is then reported unreadable.
const STAMP = '(\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.]{2,20})?(?:Z|[+-]\\d{2}:?\\d{2})?|[0-9]\\S{3,40}?)';
const GO = new RegExp(
  `x509: certificate has expired or is not yet valid(?::\\s*current time\\s+${STAMP}\\s+is\\s+(after|before)\\s+${STAMP})?`,
  'gi',
);
const NOT_YET =
  /certificate is not yet valid|CERT_NOT_YET_VALID|certificate not yet valid|certificate of .{1,260}? is not yet activated|certificate has not yet been activated|certificate chain uses not yet valid certificate/gi;
const EXPIRED =
  /certificate has expired|CERT_HAS_EXPIRED|certificate expired|certificate of .{1,260}? has expired|certificate chain uses expired certificate/gi;
const JAVA =
  /Certificate(NotYetValid|Expired)Exception:?\s*(?:(NotBefore|NotAfter):\s*([A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} [A-Z]{2,5} \d{4}))?/g;

/** Java's Date.toString(): "Fri Nov 27 17:32:52 UTC 2026"; only UTC and GMT are read (other zone names are ambiguous). */
function parseJavaDate(text: string): number | undefined {
  const m = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}:\d{2}:\d{2}) (UTC|GMT) (\d{4})$/.exec(text);
  if (!m) return undefined;
  return parseRfc1123(`${m[2]!.trim()} ${m[1]} ${m[5]} ${m[3]} GMT`)?.ms;
}

function base(text: string, start: number, end: number): Omit<Hit, 'kind'> {
  return {
    recognized: true,
    family: 'certificate',
    service: SERVICE,
    evidence: excerpt(text, start, end),
    consistent: true,
    start,
    end,
  };
}

export const recognizeTls: Recognizer = (text) => {
  const hits: Hit[] = [];
  const covered: [number, number][] = [];
  for (const m of matches(GO, text, hits, 50)) {
    const end = m.index + m[0].length;
    covered.push([m.index, end]);
    const b = base(text, m.index, end);
    if (!m[1]) {
      hits.push({
        ...b,
        kind: 'tls-certificate-expired-or-not-yet-valid',
        confidence: 'possible',
        derivation:
          'A certificate was outside its validity period by the runner’s clock; the text does not say which end, or by how much.',
      });
      continue;
    }
    const now = parseIso(m[1]);
    const edge = parseIso(m[3]!);
    const after = m[2]!.toLowerCase() === 'after';
    const kind = after ? 'tls-certificate-expired' : 'tls-certificate-not-yet-valid';
    if (!now || !edge) {
      hits.push({
        ...b,
        kind,
        direction: after ? 'ahead' : 'behind',
        consistent: false,
        inconsistency: `unreadable time: ${!now ? m[1] : m[3]}`,
      });
      continue;
    }
    const gap = now.ms - edge.ms;
    const times = { runnerTime: iso(now.ms), [after ? 'notAfter' : 'notBefore']: iso(edge.ms) };
    if (after ? gap <= 0 : gap >= 0) {
      hits.push({
        ...b,
        kind,
        times,
        consistent: false,
        inconsistency: `the current time ${m[1]} is not ${m[2]} ${m[3]}`,
      });
      continue;
    }
    const slack = Math.max(now.resolutionMs, edge.resolutionMs);
    hits.push(
      after
        ? {
            ...b,
            kind,
            times,
            direction: 'ahead',
            confidence: 'possible',
            offsetBoundMs: { max: -gap + slack },
            derivation: `By the runner's clock (${m[1]}) the certificate expired ${Math.round(gap / 1000)} s ago (${m[3]}). Usually it really expired; only if it is still valid was the runner's clock ahead, by at least that much.`,
          }
        : {
            ...b,
            kind,
            times,
            direction: 'behind',
            confidence: 'likely',
            offsetBoundMs: { min: -gap - slack },
            derivation: `By the runner's clock (${m[1]}) the certificate becomes valid only in ${Math.round(-gap / 1000)} s (${m[3]}). Certificates are issued before they are served, so the runner's clock was behind by at least that much.`,
          },
    );
  }
  for (const m of matches(JAVA, text, hits, 50)) {
    const end = m.index + m[0].length;
    covered.push([m.index, end]);
    const notYet = m[1] === 'NotYetValid';
    const edge = m[3] ? parseJavaDate(m[3]) : undefined;
    hits.push({
      ...base(text, m.index, end),
      kind: notYet ? 'tls-certificate-not-yet-valid' : 'tls-certificate-expired',
      direction: notYet ? 'behind' : 'ahead',
      confidence: notYet ? 'likely' : 'possible',
      ...(edge !== undefined ? { times: { [notYet ? 'notBefore' : 'notAfter']: iso(edge) } } : {}),
      derivation: notYet
        ? `Java found a certificate not yet valid by the runner's clock${m[3] ? ` (valid from ${m[3]})` : ''}: the runner's clock read earlier than that, and certificates are issued before they are served, so it was behind. Java does not print the runner's time, so how far does not follow.`
        : `Java found a certificate expired by the runner's clock${m[3] ? ` (valid until ${m[3]})` : ''}. Usually it really expired; only if it is still valid was the runner's clock ahead. Java does not print the runner's time, so how far does not follow.`,
    });
  }
  const inside = (i: number) => covered.some(([s, e]) => i >= s && i < e);
  for (const [re, kind] of [
    [NOT_YET, 'tls-certificate-not-yet-valid'],
    [EXPIRED, 'tls-certificate-expired'],
  ] as const) {
    let lastEnd = -Infinity;
    for (const m of matches(re, text, hits, 100)) {
      if (inside(m.index) || m.index - lastEnd < 200) continue;
      lastEnd = m.index + m[0].length;
      const notYet = kind === 'tls-certificate-not-yet-valid';
      hits.push({
        ...base(text, Math.max(0, m.index - 40), m.index + m[0].length + 40),
        start: m.index,
        end: m.index + m[0].length,
        kind,
        direction: notYet ? 'behind' : 'ahead',
        confidence: notYet ? 'likely' : 'possible',
        derivation: notYet
          ? "A certificate was not yet valid by the runner's clock: the runner's clock is behind (certificates are issued before they are served). The text gives no times."
          : "A certificate had expired by the runner's clock. Usually it really expired; only if it is still valid was the runner's clock ahead.",
      });
    }
  }
  return hits;
};
