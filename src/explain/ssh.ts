/**
 * OpenSSH certificates (user and host certificates signed by a CA, `ssh-keygen -s … -V from:to`), checked
 * against the runner's clock by ssh, sshd and `ssh-keygen -Y verify`:
 *
 *   allowed_signers:1: certificate not authorized: Certificate invalid: not yet valid
 *   … Certificate invalid: expired
 *
 * "Not yet valid": the CA made the certificate valid from its signing time (or later) before it was used,
 * so the runner's clock was behind. "Expired": usually the certificate really expired (short-lived CI
 * certificates do, by design); only if it is still valid was the runner's clock ahead. No times are printed.
 */
import { matches } from './matches.js';
import { excerpt } from './normalize.js';
import type { Hit, Recognizer } from './types.js';

const PATTERN = /Certificate invalid: (not yet valid|expired)/g;

export const recognizeSsh: Recognizer = (text) => {
  const hits: Hit[] = [];
  for (const m of matches(PATTERN, text, hits, 50)) {
    const notYet = m[1] === 'not yet valid';
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    hits.push({
      recognized: true,
      kind: notYet ? 'ssh-certificate-not-yet-valid' : 'ssh-certificate-expired',
      family: 'certificate',
      service: 'OpenSSH certificate validation (on the runner)',
      evidence: excerpt(text, Math.max(lineStart, m.index - 120), m.index + m[0].length),
      direction: notYet ? 'behind' : 'ahead',
      consistent: true,
      confidence: notYet ? 'likely' : 'possible',
      derivation: notYet
        ? "An SSH certificate was not yet valid by the runner's clock. Its CA signed it before it was used, so the runner's clock was behind; OpenSSH prints no times, so how far does not follow."
        : "An SSH certificate had expired by the runner's clock. Usually it really expired (CI certificates are often short-lived); only if it is still valid was the runner's clock ahead.",
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return hits;
};
