/**
 * What the AWS checks found, in sentences for the report. Pure: a SourceResult in, words out.
 *
 * The point of the signed check is the case the JavaScript SDK hides: AWS refused the first signature,
 * the SDK corrected its own clock and retried, the step went green, and the next step (aws CLI, boto3,
 * Terraform, which do not correct) fails. The sentence says so with AWS's own words.
 */
import type { Config } from '../config/config.js';
import type { SourceResult } from '../model.js';
import { describeOffset, humanDuration } from '../format.js';
import { httpsReferencesAsked, listWords } from '../decide/network-paths.js';

const MINUTE_MS = 60_000;
/** Most AWS services allow 5 minutes; STS and S3 allow 15. */
const COMMON_WINDOW_MS = 5 * MINUTE_MS;
const STS_WINDOW_MS = 15 * MINUTE_MS;

function signed(ms: number): string {
  return `${ms >= 0 ? '+' : '−'}${humanDuration(ms)}`;
}

function who(r: SourceResult): string {
  return typeof r.details?.arn === 'string' ? ` from ${r.details.arn}` : '';
}

/** What fails at this offset, for AWS tools that do not correct their clock ("they will fail …"). */
export function awsFailuresAt(offsetMs: number): string | undefined {
  const abs = Math.abs(offsetMs);
  const words = offsetMs >= 0 ? "'Signature expired'" : "'Signature not yet current'";
  if (abs > STS_WINDOW_MS) {
    return `they will fail with ${words} on every AWS service, STS and S3 included (15 min limit)`;
  }
  if (abs > COMMON_WINDOW_MS) {
    return `they will fail with ${words} on most AWS services (5 min limit; STS and S3 allow 15)`;
  }
  return undefined;
}

/** Whether the SDK corrected its clock and signed again (details of a signed check, see sources/sts.ts). */
function sdkRetried(d: Record<string, string | number | boolean>): boolean {
  return typeof d.sdkClockOffsetMs === 'number' || (typeof d.attempts === 'number' && d.attempts > 1);
}

/** Whether AWS refused the signed call for time, finally: STS answered (its clock is in hand), no identity. */
export function refusedForTime(r: SourceResult | undefined): boolean {
  return r?.kind === 'sts' && r.status === 'ok' && r.details?.signedCallSucceeded === false;
}

/** One or two sentences about the signed STS check, or undefined when it was not asked. */
export function describeSignedCheck(r: SourceResult): string | undefined {
  if (r.kind !== 'sts') return undefined;
  const d = r.details ?? {};
  if (d.credentialsProblem === true) {
    if (r.status === 'skipped') return `The signed STS check did not run: ${r.reason}.`;
    // Said once: the source's reason ends by saying so too (for the table, where it stands alone).
    const reason = (r.reason ?? '').replace(/\s*This is a credentials problem, not the clock\.$/, '.');
    return `The signed STS check failed for credentials, not the clock: ${reason}`;
  }
  if (r.status !== 'ok' || !r.sample) {
    return r.status === 'skipped'
      ? undefined
      : `The signed STS check got no answer: ${r.reason ?? r.status}.`;
  }
  const offsetMs = r.sample.offsetMs;
  const size = `${describeOffset(offsetMs)} (±${humanDuration(r.sample.boundMs)})`;
  const failures = awsFailuresAt(offsetMs);
  if (d.firstSignatureRejected === true) {
    const rejected = `AWS rejected the first signature: '${String(d.firstRejection)}'`;
    // The SDK corrects its clock and retries only for a skew of 4 minutes or more: inside that, one attempt.
    const head = sdkRetried(d)
      ? `${rejected}; the JavaScript SDK corrected its clock by ` +
        `${signed(typeof d.sdkClockOffsetMs === 'number' ? d.sdkClockOffsetMs : offsetMs)} and retried` +
        (d.signedCallSucceeded === true
          ? typeof d.arn === 'string'
            ? ` (the call then succeeded as ${d.arn})`
            : ' (the call then succeeded)'
          : ' (and was rejected again)')
      : `${rejected}; the JavaScript SDK did not retry (it corrects its clock only for a skew of 4 minutes or more)`;
    if (failures)
      return `${head}, but the aws CLI, boto3 and Terraform do not correct: at ${size} ${failures}.`;
    // AWS's own Date puts the runner inside every window: the clock is not why (an endpoint that is not AWS,
    // or something in between answering for it).
    return (
      `${head}. At ${size} the runner is inside AWS's 5-minute window: this clock does not explain the ` +
      'rejection. Is the endpoint AWS itself, or does something in between answer for it?'
    );
  }
  if (failures) {
    return (
      `AWS STS accepted the signature (its window is 15 min), but its responses put the runner ${size}: ` +
      `the aws CLI, boto3 and Terraform do not correct, and ${failures}.`
    );
  }
  return `AWS STS accepted a signed request${who(r)}; its responses put the runner ${size}.`;
}

/**
 * When every NTP server failed and an HTTP proxy is configured: the likely reason, since NTP is UDP and no
 * HTTP proxy carries it. Names the HTTPS references this run asked (they cross the proxy), or how to ask
 * one when none was. Undefined when no proxy is set.
 */
export function ntpBehindProxyNote(
  env: NodeJS.ProcessEnv,
  results: readonly SourceResult[],
): string | undefined {
  const variable = (['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'] as const).find(
    (n) => env[n] !== undefined && env[n]!.trim() !== '',
  );
  if (!variable) return undefined;
  const https = httpsReferencesAsked(results);
  const across =
    https.length > 0
      ? `The HTTPS Date check${https.length === 1 ? '' : 's'} (${listWords(https, 'and')}) ${https.length === 1 ? 'goes' : 'go'} through the proxy`
      : "HTTPS references go through the proxy (AWS with `aws: auto`, or any server in 'https-servers')";
  return (
    `No NTP server answered, and ${variable} is set: this network probably allows the web only through ` +
    `a proxy, and NTP (UDP port 123) cannot cross an HTTP proxy. ${across}; ` +
    "to use NTP, ask for UDP 123 to be allowed or name an internal NTP server in 'ntp-servers'."
  );
}

/**
 * With `aws: sts`, the message that fails the run when the signed check did not succeed, or undefined.
 * Credentials problems say so; anything else says the required check did not complete. Other modes never
 * fail here (the Date check and NTP decide the clock).
 */
export function awsRequirementFailure(config: Config, results: SourceResult[]): string | undefined {
  if (config.aws !== 'sts') return undefined;
  const signed = results.find((r) => r.kind === 'sts');
  if (!signed) return "aws is 'sts' but the signed STS check was not run.";
  if (signed.status === 'ok') {
    // AWS's answers carried its clock, but the call the user required may still have been refused for time.
    if (!refusedForTime(signed)) return undefined;
    const retried = sdkRetried(signed.details!) ? ', also after the SDK corrected its clock and retried' : '';
    return `aws is 'sts' and AWS refused the signed STS call for time${retried}: '${String(signed.details!.firstRejection ?? 'no reason given')}'.`;
  }
  if (signed.details?.credentialsProblem === true) {
    return `aws is 'sts' and the signed STS check failed for credentials, not the clock: ${signed.reason}`;
  }
  return `aws is 'sts' and the signed STS check did not complete: ${signed.reason ?? signed.status}.`;
}
