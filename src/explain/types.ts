/**
 * What the explain parsers say about one error text. Pure data.
 *
 * Sign convention as everywhere: offset = reference time − runner time, positive = the runner (the
 * signer, the client) was behind. The "reference" is the other side of the exchange: AWS, GitHub,
 * Entra ID, the KDC, the archive that dated a Release file.
 */

export type Direction = 'behind' | 'ahead';

/**
 * How surely the text is about time at all. certain: the text names the times that disagreed.
 * likely: a time check failed but the text gives no numbers. possible: the same code is also used
 * for unrelated failures (AuthFailure, an expired certificate that really expired).
 */
export type Confidence = 'certain' | 'likely' | 'possible';

/**
 * Which side of a time check failed, which decides what "the clock is right now" means:
 * request-signature: a request signed with the runner's clock, checked on arrival (delay matters).
 * presigned-url / token: a credential with a lifetime, checked when used (reuse matters).
 * certificate / repository: someone else's dated document checked against the runner's clock.
 * kerberos: the runner's clock against the KDC's (either may be the wrong one).
 * openpgp: a key's or signature's dates (gpg) against the runner's clock.
 * file-timestamp: files' modification times (make, tar) against the runner's clock.
 */
export type Family =
  | 'request-signature'
  | 'presigned-url'
  | 'token'
  | 'certificate'
  | 'repository'
  | 'kerberos'
  | 'openpgp'
  | 'file-timestamp';

export type ErrorKind =
  | 'aws-sigv4-signature-expired'
  | 'aws-sigv4-signature-not-yet-current'
  | 's3-request-time-too-skewed'
  | 's3-presigned-url-expired'
  | 's3-presigned-url-not-yet-valid'
  | 'aws-request-expired'
  | 'aws-request-in-the-future'
  | 'aws-auth-failure'
  | 'github-app-jwt-iat'
  | 'github-app-jwt-exp-too-far'
  | 'github-app-jwt-exp-past'
  | 'google-invalid-jwt-time'
  | 'azure-assertion-time-range'
  | 'tls-certificate-not-yet-valid'
  | 'tls-certificate-expired'
  | 'tls-certificate-expired-or-not-yet-valid'
  | 'apt-release-not-yet-valid'
  | 'apt-release-expired'
  | 'kerberos-clock-skew'
  | 'jwt-not-yet-valid'
  | 'jwt-expired'
  | 'google-auth-token-used-too-early'
  | 'google-auth-token-expired'
  | 'github-runner-token-not-yet-valid'
  | 'github-runner-token-expired'
  | 'github-runner-clock-out-of-sync'
  | 'gpg-key-created-in-future'
  | 'gpg-signature-expired'
  | 'make-mtime-in-future'
  | 'tar-time-stamp-in-future'
  | 'ssh-certificate-not-yet-valid'
  | 'ssh-certificate-expired';

export interface OffsetBound {
  /** The offset is at least this (ms). */
  min?: number;
  /** The offset is at most this (ms). */
  max?: number;
}

export interface Recognition {
  recognized: boolean;
  kind?: ErrorKind;
  family?: Family;
  /** Who enforced the check, for people: "AWS (SigV4)", "Amazon S3", "GitHub App authentication". */
  service: string;
  /** The matched excerpt of the (normalised) text. */
  evidence: string;
  /**
   * The runner's offset when the error happened, where a single number follows from the text under the
   * stated assumption (see `derivation`). Absent when only a bound or nothing follows.
   */
  impliedOffsetMs?: number;
  /** What follows for certain, without the assumption. */
  offsetBoundMs?: OffsetBound;
  /** |offset| exceeded this, direction unknown (Kerberos). */
  absOffsetMinMs?: number;
  /** The tolerance or lifetime the service enforces. */
  windowMs?: number;
  direction?: Direction;
  /** False when the text contradicts itself; then no number is given. */
  consistent: boolean;
  inconsistency?: string;
  confidence?: Confidence;
  /** How the numbers follow from the text, in words. */
  derivation?: string;
  /** The instants read from the text, as ISO strings, by role (signedAt, serverTime, expires, …). */
  times?: Record<string, string>;
  /** True when the input was longer than the scan limit and its middle was skipped. */
  truncated?: boolean;
}

/** A recognition with where it was found in the normalised text, for picking and de-duplicating. */
export interface Hit extends Recognition {
  recognized: true;
  kind: ErrorKind;
  family: Family;
  start: number;
  end: number;
}

export type Recognizer = (text: string) => Hit[];

export const MINUTE_MS = 60_000;
