/**
 * Recognise the time errors other tools print, and say what follows from the text alone.
 * Pure: text in, a Recognition out. Never throws; time is linear in the (capped) input.
 */
import { recognizeActionsRunner } from './actions-runner.js';
import { recognizeApt } from './apt.js';
import { recognizeAwsCodes } from './aws-codes.js';
import { recognizeSigV4 } from './aws-sigv4.js';
import { recognizeAzure } from './azure.js';
import { recognizeFileTimes } from './file-times.js';
import { recognizeGpg } from './gpg.js';
import { recognizeJwt } from './jwt.js';
import { recognizeJwtLibraries } from './jwt-libraries.js';
import { recognizeKerberos } from './kerberos.js';
import { normalise } from './normalize.js';
import { recognizeS3 } from './s3.js';
import { recognizeSsh } from './ssh.js';
import { recognizeTls } from './tls.js';
import type { Family, Hit, Recognition, Recognizer } from './types.js';

export type { Direction, ErrorKind, Family, Hit, OffsetBound, Recognition } from './types.js';

/**
 * What each family covers, in words for the person whose text was not recognised. A Record over the
 * Family union, so that a new family cannot be left out of what `explain` says it knows.
 */
export const FAMILY_NAMES: Readonly<Record<Family, string>> = {
  'request-signature':
    'AWS SigV4 "Signature expired" / "not yet current", S3 RequestTimeTooSkewed, RequestExpired / RequestInTheFuture / AuthFailure',
  'presigned-url': 'S3 presigned-URL expiry',
  token:
    "token time claims: GitHub App, Google and Entra ID (AADSTS700024) JWTs, the Actions runner's token service, and tokens checked on the runner (PyJWT, jsonwebtoken, jose, openid-client, google-auth, Go)",
  certificate:
    'certificate validity: TLS (OpenSSL, curl, GnuTLS, Node, Python, pip, npm, cargo, gcloud, Java, Go) and OpenSSH certificates',
  repository: 'apt "Release file … is not valid yet" / "is expired"',
  kerberos: 'Kerberos "Clock skew too great"',
  openpgp: 'gpg keys created in the future and expired signatures',
  'file-timestamp': 'make and tar files dated in the future',
};

// Order matters only for ties: the more specific parser first.
const RECOGNIZERS: Recognizer[] = [
  recognizeSigV4,
  recognizeS3,
  recognizeAzure,
  recognizeJwt,
  recognizeJwtLibraries,
  recognizeActionsRunner,
  recognizeTls,
  recognizeSsh,
  recognizeApt,
  recognizeKerberos,
  recognizeGpg,
  recognizeFileTimes,
  recognizeAwsCodes,
];

export const ERROR_KINDS = [
  'aws-sigv4-signature-expired',
  'aws-sigv4-signature-not-yet-current',
  's3-request-time-too-skewed',
  's3-presigned-url-expired',
  's3-presigned-url-not-yet-valid',
  'aws-request-expired',
  'aws-request-in-the-future',
  'aws-auth-failure',
  'github-app-jwt-iat',
  'github-app-jwt-exp-too-far',
  'github-app-jwt-exp-past',
  'google-invalid-jwt-time',
  'azure-assertion-time-range',
  'tls-certificate-not-yet-valid',
  'tls-certificate-expired',
  'tls-certificate-expired-or-not-yet-valid',
  'apt-release-not-yet-valid',
  'apt-release-expired',
  'kerberos-clock-skew',
  'jwt-not-yet-valid',
  'jwt-expired',
  'google-auth-token-used-too-early',
  'google-auth-token-expired',
  'github-runner-token-not-yet-valid',
  'github-runner-token-expired',
  'github-runner-clock-out-of-sync',
  'gpg-key-created-in-future',
  'gpg-signature-expired',
  'make-mtime-in-future',
  'tar-time-stamp-in-future',
  'ssh-certificate-not-yet-valid',
  'ssh-certificate-expired',
] as const;

const CONFIDENCE_RANK = { certain: 3, likely: 2, possible: 1 } as const;

/** Higher is more useful to a person: a consistent number beats a bound beats a bare code. */
export function score(h: Recognition): number {
  const numbers = !h.consistent
    ? 0
    : h.impliedOffsetMs !== undefined
      ? 3
      : h.offsetBoundMs || h.absOffsetMinMs
        ? 2
        : 1;
  return numbers * 10 + (h.confidence ? CONFIDENCE_RANK[h.confidence] : 0);
}

function withoutOverlaps(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || score(b) - score(a));
  const kept: Hit[] = [];
  for (const h of sorted) {
    const prev = kept[kept.length - 1];
    if (prev && h.start < prev.end) {
      if (score(h) > score(prev)) kept[kept.length - 1] = h;
      continue;
    }
    kept.push(h);
  }
  return kept;
}

/** Every time error in the text, in text order, positions relative to the normalised text. */
export function recognizeAll(text: string): Hit[] {
  try {
    const { text: normal, truncated } = normalise(text);
    const hits: Hit[] = [];
    for (const r of RECOGNIZERS) {
      try {
        hits.push(...r(normal));
      } catch {
        // A parser bug must not hide what the others found.
      }
    }
    return withoutOverlaps(hits).map((h) => (truncated ? { ...h, truncated } : h));
  } catch {
    return [];
  }
}

export const UNRECOGNIZED: Recognition = Object.freeze({
  recognized: false,
  consistent: true,
  evidence: '',
  service: '',
});

/** Drop the positions: they describe the normalised text, which the caller never sees. */
export function toRecognition(hit: Hit): Recognition {
  const { start: _start, end: _end, ...rest } = hit;
  return rest;
}

/**
 * The one error worth explaining: the most informative, and among equals the last (in a log, the error
 * that ended the run comes last).
 */
export function pickBest(hits: readonly Hit[]): Hit | undefined {
  let best: Hit | undefined;
  for (const h of hits) {
    if (!best || score(h) > score(best)) {
      best = h;
    } else if (score(h) === score(best)) {
      // Several of one kind (apt lists every repository): each bound holds, the widest says the most.
      if (h.kind !== best.kind || strength(h) >= strength(best)) best = h;
    }
  }
  return best;
}

function strength(h: Recognition): number {
  return Math.abs(h.offsetBoundMs?.min ?? h.offsetBoundMs?.max ?? 0);
}

export function recognize(text: string): Recognition {
  const best = pickBest(recognizeAll(text));
  return best ? toRecognition(best) : { ...UNRECOGNIZED };
}
