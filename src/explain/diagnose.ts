/**
 * From what an error text says and what the clock measures now, to the cause and what to do. Pure.
 *
 * The point: the same "Signature expired" appears with a wrong clock and with a right one. The text gives
 * C − A = offset + delay. Measuring the offset now splits the two: if it accounts for the error, the clock
 * is the cause; if the clock is right, the request waited (or the credential was reused, or the other
 * side's clock or data is wrong), and fixing the clock would change nothing.
 */
import { describeOffset, humanDuration } from '../format.js';
import { whatTheTextSays } from './describe.js';
import type { Recognition } from './types.js';
import { genericClockFix } from '../platform/time-services.js';

export interface MeasuredNow {
  /** ok | warn | fail | unknown, as `check` reports it. */
  status: string;
  offsetMs?: number;
  uncertaintyMs?: number;
  title?: string;
}

export type Cause =
  | 'clock-wrong-now'
  | 'signed-long-before-sent'
  | 'token-outlived-lifetime'
  | 'clock-was-wrong'
  | 'server-clock-wrong'
  | 'upstream-expired'
  | 'not-the-clock'
  | 'not-measured'
  | 'not-a-time-error';

export interface Diagnosis {
  cause: Cause;
  /** One line: the cause and its size. */
  title: string;
  /** What the text says, what the clock says now, and so what happened. */
  message: string;
  /** What to do, most useful first. */
  advice: string[];
}

export interface DiagnoseOptions {
  /** How to fix the clock on this machine (the caller's platform-specific advice). */
  clockFix?: string;
}

const GENERIC_CLOCK_FIX = genericClockFix();

const GATE =
  'Put `clock-preflight check` (or the action) before the first signed call, so that a wrong clock stops the job with this explanation instead of a signature error.';

/** Whether the offset measured now would, by itself, produce the error the text shows. */
export function clockExplains(r: Recognition, m: MeasuredNow): boolean {
  const off = m.offsetMs;
  if (off === undefined || !Number.isFinite(off)) return false;
  const unc = Math.max(0, m.uncertaintyMs ?? 0);
  const sign = off > 0 ? 'behind' : 'ahead';
  const directionFits = r.direction === undefined || r.direction === sign;
  if (r.consistent && r.impliedOffsetMs !== undefined) {
    const tol = Math.max(60_000, 0.1 * Math.abs(r.impliedOffsetMs)) + unc;
    if (Math.abs(off - r.impliedOffsetMs) <= tol) return true;
  }
  if (
    r.windowMs !== undefined &&
    r.direction !== undefined &&
    directionFits &&
    Math.abs(off) - unc > r.windowMs
  )
    return true;
  if (r.absOffsetMinMs !== undefined && Math.abs(off) - unc > r.absOffsetMinMs) return true;
  const b = r.offsetBoundMs;
  if (r.consistent && b) {
    const ref = b.min ?? b.max ?? 0;
    const tol = Math.max(60_000, 0.1 * Math.abs(ref)) + unc;
    if (b.min !== undefined && b.min > 0 && off + tol >= b.min) return true;
    if (b.max !== undefined && b.max < 0 && off - tol <= b.max) return true;
  }
  if (m.status === 'fail' && directionFits && r.impliedOffsetMs === undefined) return true;
  // Direction-only texts (a JWT's iat, "certificate is not yet valid"): a clock off the same way by more
  // than the usual 30–60 s margins is enough.
  const sized =
    r.impliedOffsetMs !== undefined ||
    (b && ((b.min ?? 0) > 0 || (b.max ?? 0) < 0)) ||
    r.absOffsetMinMs !== undefined;
  if (
    !sized &&
    r.direction !== undefined &&
    r.direction === sign &&
    Math.abs(off) - unc > 30_000 &&
    r.windowMs === undefined
  )
    return true;
  return false;
}

function clockNow(m: MeasuredNow): string {
  const size = `${describeOffset(m.offsetMs!)}${m.uncertaintyMs !== undefined ? ` (±${humanDuration(m.uncertaintyMs)})` : ''}`;
  return `The runner's clock measured now is ${size}${m.status === 'ok' ? ', within tolerance' : ''}.`;
}

/**
 * Tokens the runner only verifies (its JWT library checks a token someone else issued): "not yet valid"
 * means the runner was behind the issuer, "expired" usually means the token really expired. The reverse of
 * tokens the runner makes (GitHub App JWTs, its own runner token), which the family's default covers.
 */
const VERIFIED_HERE_NOT_YET = new Set(['jwt-not-yet-valid', 'google-auth-token-used-too-early']);
const VERIFIED_HERE_EXPIRED = new Set(['jwt-expired', 'google-auth-token-expired']);

function otherCause(r: Recognition): Cause {
  if (r.kind && VERIFIED_HERE_NOT_YET.has(r.kind)) return 'clock-was-wrong';
  if (r.kind && VERIFIED_HERE_EXPIRED.has(r.kind)) return 'upstream-expired';
  switch (r.family) {
    case 'request-signature':
      if (r.kind === 'aws-auth-failure') return 'not-the-clock';
      return r.direction === 'ahead' ? 'clock-was-wrong' : 'signed-long-before-sent';
    case 'presigned-url':
    case 'token':
      return r.direction === 'ahead' ? 'clock-was-wrong' : 'token-outlived-lifetime';
    case 'certificate':
      return r.kind?.endsWith('not-yet-valid') ? 'clock-was-wrong' : 'upstream-expired';
    case 'repository':
      return r.kind === 'apt-release-expired' ? 'upstream-expired' : 'clock-was-wrong';
    case 'kerberos':
      return 'server-clock-wrong';
    case 'openpgp':
      return r.kind === 'gpg-signature-expired' ? 'upstream-expired' : 'clock-was-wrong';
    case 'file-timestamp':
      return 'clock-was-wrong';
    default:
      return 'clock-was-wrong';
  }
}

function queueAdvice(r: Recognition): string[] {
  const advice = [
    'AWS SDK for JavaScript: a request is signed, then waits for a free socket when more requests are in flight than maxSockets (50 by default), so a burst of long calls (synchronous Lambda invokes) ages the signatures in the queue. Raise maxSockets (`new NodeHttpHandler({ httpsAgent: new https.Agent({ maxSockets: 200 }) })`), lower the concurrency, or invoke Lambda asynchronously (`InvocationType: "Event"`) when you do not need the result.',
    'A frozen Lambda function or container: a call signed during one invocation (or at init, outside the handler) and sent after the sandbox was frozen and thawed carries an old signature. Finish every call before the handler returns; use top-level await for calls made at init.',
    'Long retries and backoff, or a custom signer: make sure each attempt is signed again (current AWS SDKs do; hand-written SigV4 code and old SDKs may not).',
  ];
  if (r.kind === 's3-request-time-too-skewed') {
    advice.unshift(
      'A slow upload: S3 can check the signature after the body has arrived. Use multipart upload with smaller parts, or more bandwidth.',
    );
  }
  if (r.kind === 'aws-request-expired') {
    advice.push(
      'Temporary credentials that expired also give RequestExpired: refresh the session (`aws sts get-caller-identity` shows whether they still work).',
    );
  }
  return advice;
}

function tokenAdvice(r: Recognition): string[] {
  if (r.family === 'presigned-url') {
    return [
      'The presigned URL was used after its lifetime (X-Amz-Expires). Generate it right before it is used, or with a longer expiry (up to 7 days for SigV4; a URL signed with session credentials dies with the session).',
    ];
  }
  if (r.kind === 'azure-assertion-time-range') {
    return [
      'The assertion was made earlier and reused after it expired. In GitHub Actions with azure/login (OIDC), the federated token lives about 5–10 minutes: log in again before later Azure steps in long jobs, or upgrade azure-cli/MSAL if a version caches assertions (azure-cli 2.59.0 did).',
      'With a certificate credential, build the assertion right before the token request and do not cache it beyond its exp.',
    ];
  }
  if (r.kind === 'google-invalid-jwt-time') {
    return [
      'Check the JWT itself: exp − iat must be at most 3600 s, and both must come from UTC (a local time read as UTC shifts them by hours). Build the token right before the request; do not reuse it.',
    ];
  }
  return [
    'The JWT was used after it expired: create the GitHub App JWT right before the call (its exp is at most 10 minutes away), and do not keep it for later steps; installation tokens last an hour.',
  ];
}

function wasWrongAdvice(r: Recognition): string[] {
  const advice = [
    "The clock was off when the error happened and is right now: it has been stepped since (a time service that started late, a VM resumed from a snapshot or sleep), or the check used another machine's clock (the host of a container, the machine that made the URL or token).",
  ];
  if (r.family === 'token') {
    advice.push(
      'A token built from local time read as UTC (or the reverse) looks exactly like a clock hours off: check how iat/exp/nbf are computed.',
    );
  }
  if (r.family === 'repository') {
    advice.push(
      "Or the mirror dated its Release file in the future (its own clock is ahead): compare the file's Date with the time now.",
    );
  }
  if (r.kind && VERIFIED_HERE_NOT_YET.has(r.kind)) {
    advice.push(
      "Or the token's issuer has a clock ahead: compare its iat/nbf with the time now. A leeway of a few seconds in the verifier (PyJWT `leeway`, jsonwebtoken `clockTolerance`, jose `clockTolerance`, openid-client 6 `clockTolerance`, openid-client 5 `custom.clock_tolerance`) absorbs small differences, not minutes.",
    );
  }
  if (r.family === 'openpgp') {
    advice.push(
      "Or the key's owner had a clock ahead when making the key: `gpg --list-keys --with-colons` shows its creation time. gpg skips such keys on import until the clock reaches that time (`--ignore-time-conflict` only for a key you trust).",
    );
  }
  if (r.family === 'file-timestamp') {
    advice.push(
      'Files dated in the future were written while this clock was ahead (it has been stepped back since), or on a machine whose clock is ahead (an archive built elsewhere, a network share, a container host). `touch` them, or rebuild from clean, so make neither skips nor repeats work.',
    );
  }
  advice.push(GATE);
  advice.push(
    'On self-hosted runners, make the time service sync at boot before the runner starts taking jobs (chrony `makestep 1 -1` or `initstepslew`).',
  );
  return advice;
}

function adviceFor(cause: Cause, r: Recognition, opts: DiagnoseOptions): string[] {
  switch (cause) {
    case 'clock-wrong-now':
      return [opts.clockFix ?? GENERIC_CLOCK_FIX, GATE];
    case 'signed-long-before-sent':
      return queueAdvice(r);
    case 'token-outlived-lifetime':
      return tokenAdvice(r);
    case 'clock-was-wrong':
      return wasWrongAdvice(r);
    case 'server-clock-wrong':
      return [
        "The runner's clock agrees with the time references, so the other side's clock is the wrong one: for Kerberos, check the domain controllers' time source (`w32tm /query /status` on the PDC emulator, which should follow an external NTP source).",
        'If the runner uses the domain for time, it inherits the error: measure against an independent reference before changing anything.',
      ];
    case 'upstream-expired':
      if (r.family === 'repository')
        return [
          "The mirror's Release file is past its Valid-Until: the mirror is stale. Switch to another mirror or wait for it to sync; turn off the check (`-o Acquire::Check-Valid-Until=false`) only for archived snapshots.",
        ];
      if (r.family === 'openpgp')
        return [
          'The signature really expired (the clock is right): get a freshly signed copy from its publisher; `gpg --verify` shows when it expired.',
        ];
      if (r.family === 'token')
        return [
          'The token really expired (the clock is right): request a new one right before it is used, and do not cache it past its exp.',
        ];
      return [
        'The certificate really expired (the clock is right): renew it on the server, or update the CA bundle (`sudo update-ca-certificates`, a newer base image) if an intermediate or root in the chain expired.',
      ];
    case 'not-the-clock':
      return [
        'AuthFailure with a right clock means the credentials: check the access key, secret key, session token and region that this step actually uses.',
      ];
    case 'not-measured':
      return [
        'Measure the clock: `clock-preflight check` (needs UDP 123 to an NTP server, or HTTPS to a Date header or AWS STS). If it is off by about the amount above, fix the clock; if it is right, the request waited or the credential was reused.',
        GATE,
      ];
    case 'not-a-time-error':
      return [
        'If you expected a time error, pass the whole error message (`clock-preflight explain -` reads it from stdin).',
      ];
  }
}

const UPSTREAM: Partial<Record<string, string>> = {
  repository: 'the mirror is stale',
  openpgp: 'the signature really expired',
  token: 'the token really expired',
  certificate: 'the certificate really expired',
};

function titleFor(cause: Cause, r: Recognition, m?: MeasuredNow): string {
  const now = m?.offsetMs !== undefined ? describeOffset(m.offsetMs) : undefined;
  const age =
    r.consistent && r.impliedOffsetMs !== undefined ? humanDuration(Math.abs(r.impliedOffsetMs)) : undefined;
  // A headline never contradicts the measurement printed above it: a clock measured off is not "right",
  // even when its offset does not explain this error.
  const right = m?.status === 'ok';
  const clockIs = right ? `The clock is right (${now})` : `The clock is ${now}, which does not explain this`;
  switch (cause) {
    case 'clock-wrong-now':
      return `The runner's clock is ${now} now: that is the cause of this ${r.kind} error`;
    case 'signed-long-before-sent':
      return age && r.impliedOffsetMs! > 0
        ? `${clockIs}: the request was signed about ${age} before it arrived`
        : `${clockIs}: the request was signed long before it arrived`;
    case 'token-outlived-lifetime':
      return `${clockIs}: the ${r.family === 'presigned-url' ? 'presigned URL' : 'token'} was used after its lifetime`;
    case 'clock-was-wrong':
      return right
        ? `The clock is right now (${now}) but was ${r.direction ?? 'off'} when this error happened`
        : `The clock is ${now} now, too little to explain this: it was further ${r.direction ?? 'off'} when this error happened`;
    case 'server-clock-wrong':
      return right
        ? `The runner's clock is right (${now}): the other side's clock is off`
        : `The runner's clock is ${now}, which does not explain this: the other side's clock is off`;
    case 'upstream-expired':
      return `${clockIs}: ${UPSTREAM[r.family ?? 'certificate'] ?? 'the certificate really expired'}`;
    case 'not-the-clock':
      return `${clockIs}: this ${r.kind} is about the credentials, not time`;
    case 'not-measured':
      return `Recognised ${r.kind}; the clock could not be measured now`;
    case 'not-a-time-error':
      return 'Not a time error this tool recognises';
  }
}

/** When the clock cannot be measured: the other story that gives the same text with a right clock. */
function otherwiseUnmeasured(r: Recognition): string {
  switch (r.family) {
    case 'file-timestamp':
      return 'the files were written while this clock was ahead, or on a machine whose clock is ahead';
    case 'openpgp':
      return r.kind === 'gpg-signature-expired'
        ? 'the signature really expired'
        : "the key's owner had a clock ahead";
    case 'certificate':
      return r.kind?.endsWith('not-yet-valid')
        ? 'the clock was wrong when it happened and has been corrected since'
        : 'the certificate really expired';
    case 'repository':
      return r.kind === 'apt-release-expired' ? 'the mirror is stale' : "the mirror's clock is ahead";
    case 'kerberos':
      return "the KDC's clock is the wrong one";
    default:
      if (r.kind && VERIFIED_HERE_NOT_YET.has(r.kind)) return "the token's issuer has a clock ahead";
      if (r.kind && VERIFIED_HERE_EXPIRED.has(r.kind)) return 'the token really expired';
      return 'the request or credential waited too long before use';
  }
}

export function diagnose(r: Recognition, m?: MeasuredNow, opts: DiagnoseOptions = {}): Diagnosis {
  if (!r.recognized) {
    return {
      cause: 'not-a-time-error',
      title: titleFor('not-a-time-error', r),
      message: whatTheTextSays(r),
      advice: adviceFor('not-a-time-error', r, opts),
    };
  }
  const says = whatTheTextSays(r);
  const measurable =
    m !== undefined && m.offsetMs !== undefined && Number.isFinite(m.offsetMs) && m.status !== 'unknown';
  if (!measurable) {
    const why = m?.title ? ` (${m.title})` : '';
    return {
      cause: 'not-measured',
      title: titleFor('not-measured', r),
      message: `${says} The clock could not be measured now${why}, so whether it is still wrong is open: if it is, that is the cause; if not, ${otherwiseUnmeasured(r)}.`,
      advice: adviceFor('not-measured', r, opts),
    };
  }
  const now = clockNow(m);
  if (clockExplains(r, m)) {
    return {
      cause: 'clock-wrong-now',
      title: titleFor('clock-wrong-now', r, m),
      message: `${says} ${now} That accounts for the error: fix the clock, and the same call will work.`,
      advice: adviceFor('clock-wrong-now', r, opts),
    };
  }
  const cause = otherCause(r);
  const offNote =
    m.status === 'warn' || m.status === 'fail'
      ? ` The clock is off now and worth fixing (${opts.clockFix ?? 'see `clock-preflight check`'}), but that alone does not explain this error.`
      : ' That does not account for the error.';
  const because: Record<Cause, string> = {
    'signed-long-before-sent':
      'So the request waited between signing and arrival: a connection queue, a frozen process or long retries.',
    'token-outlived-lifetime': 'So the credential was made earlier and used after its lifetime.',
    'clock-was-wrong':
      'So the clock was off when the error happened (it has moved since), or another machine’s clock made the signature or token.',
    'server-clock-wrong': "So the other side's clock is the one that is off.",
    'upstream-expired': `So ${UPSTREAM[r.family ?? 'certificate'] ?? 'the certificate really expired'}.`,
    'not-the-clock': 'So this error is about the credentials, not time.',
    'clock-wrong-now': '',
    'not-measured': '',
    'not-a-time-error': '',
  };
  return {
    cause,
    title: titleFor(cause, r, m),
    message: `${says} ${now}${offNote} ${because[cause]}`,
    advice: adviceFor(cause, r, opts),
  };
}
