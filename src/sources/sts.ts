/**
 * The signed check: sts:GetCallerIdentity with the SDK's default credential chain, against the same
 * endpoint as the Date check. It needs no IAM permission (GetCallerIdentity cannot be denied).
 *
 * The JavaScript SDK v3 hides clock skew: when AWS answers "Signature expired" it reads the server's Date,
 * sets its `systemClockOffset` and retries, and the call succeeds. The AWS CLI, boto3, Terraform and older
 * SDKs do not. So success proves nothing about the clock, and this check reports what the SDK hid:
 * every attempt's Date header, timed by a wrapping request handler (T1 before the request leaves, T4 when
 * its headers arrive), gives an offset interval exactly as in the Date check; a middleware inside the
 * retry loop records whether AWS rejected the first signature, and its exact words.
 *
 * @aws-sdk/client-sts is imported only here, when the check runs, so that a run without it does not pay
 * the SDK's start-up cost.
 */
import { Readable } from 'node:stream';
import type { SourceResult } from '../model.js';
import { capBody, MAX_BODY_BYTES } from '../net/limits.js';
import type { StsEndpoint } from '../plan/aws-endpoint.js';
import { endpointLabel } from '../plan/aws-endpoint.js';
import { deadlineLookup, unfinishedLookup } from '../net/resolve.js';
import { agentFor, chooseProxy, describeProxy, redactProxy, type ProxyChoice } from '../net/proxy.js';
import { systemClock, type WallClock } from '../time/clock.js';
import {
  boundsFromExchange,
  intersectBounds,
  parseHttpDate,
  sampleFromBounds,
  type OffsetBounds,
} from './date-bounds.js';
import { describeHttpFailure } from './http-failure.js';
import type { TimeSource } from './source.js';
import { nextTurn, untilAborted } from '../time/waiting.js';
import { untrustedText } from './untrusted-text.js';

export interface StsOptions {
  clock?: WallClock;
  /** Where proxy variables are read from (default process.env). The SDK reads credentials from process.env. */
  env?: NodeJS.ProcessEnv;
  proxy?: ProxyChoice;
  /** Extra trusted CAs (PEM), e.g. a local test endpoint's self-signed certificate. */
  ca?: string | Buffer;
  /** `aws: sts`: finding no credentials is an error; otherwise the check is skipped. */
  required?: boolean;
}

/** AWS error codes that mean the credentials, not the clock, are wrong. */
const CREDENTIAL_CODES = new Set([
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'InvalidAccessKeyId',
  'ExpiredToken',
  'ExpiredTokenException',
  'AccessDenied',
  'AccessDeniedException',
  'IncompleteSignature',
  'MissingAuthenticationToken',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'AuthFailure',
]);

const TIME_MESSAGE =
  /Signature expired|Signature not yet current|RequestTimeTooSkewed|request time .* too skewed/i;

/**
 * What an attempt's answer was, as the SDK parsed it: a GetCallerIdentity result, an AWS error (an error
 * document with a Code, as STS writes them), or anything else (an HTML page, a redirect, a parse error).
 */
export type AnswerKind = 'result' | 'aws-error' | 'not-aws';

export interface SignedAttempt {
  t1Ms: number;
  t4Ms: number;
  httpStatus: number;
  date?: string;
  age?: string;
  /** The response's Content-Type, for the words when the answer is not STS's. */
  contentType?: string;
  /** Unset until the SDK has judged the answer; an unjudged attempt lends no Date to the sample. */
  answer?: AnswerKind;
}

export interface AttemptError {
  code: string;
  message: string;
  httpStatus?: number;
}

export interface CallerIdentity {
  account: string;
  arn: string;
  userId: string;
}

/** What the signed exchange showed, for the pure classification below. */
export interface SignedOutcome {
  attempts: SignedAttempt[];
  errors: AttemptError[];
  /** The GetCallerIdentity result's fields as the SDK parsed them, unchecked. */
  identity?: { account?: string | undefined; arn?: string | undefined; userId?: string | undefined };
  /** The error the call finally failed with, if it failed. */
  finalError?: { name: string; message: string; code?: string; httpStatus?: number };
  sdkClockOffsetMs?: number;
}

const ACCOUNT = /^\d{12}$/;
// Partitions: aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-eusc, …; IAM paths may hold any of '!'..'~'.
const CALLER_ARN = /^arn:aws(?:-[a-z]+)*:(?:iam|sts)::(\d{12}):[\x21-\x7e]+$/;
// An IAM unique id, an assumed role's `AROA…:session-name`, a federated user's `account:name`.
const USER_ID = /^[\w+=,.@:-]+$/;
const MAX_ARN_CHARS = 2048;
const MAX_USER_ID_CHARS = 256;

/**
 * A GetCallerIdentity result that STS could have written: a 12-digit account, an IAM or STS ARN in that
 * account, and a user id; or why not. Anything else (an HTML page the XML parser read as empty, a stray
 * document, a proxy's page) is not acceptance of a signed request. Pure.
 */
export function checkCallerIdentity(
  identity: SignedOutcome['identity'],
): { ok: true; identity: CallerIdentity } | { ok: false; reason: string } {
  const account = identity?.account;
  const arn = identity?.arn;
  const userId = identity?.userId;
  if (account === undefined && arn === undefined && userId === undefined) {
    return { ok: false, reason: 'no GetCallerIdentityResult in it' };
  }
  if (typeof account !== 'string' || !ACCOUNT.test(account)) {
    return { ok: false, reason: 'its Account is not a 12-digit AWS account id' };
  }
  const arnMatch = typeof arn === 'string' && arn.length <= MAX_ARN_CHARS ? CALLER_ARN.exec(arn) : null;
  if (!arnMatch) return { ok: false, reason: 'its Arn is not an IAM or STS ARN' };
  if (arnMatch[1] !== account) return { ok: false, reason: 'its Arn names another account than its Account' };
  if (typeof userId !== 'string' || userId.length > MAX_USER_ID_CHARS || !USER_ID.test(userId)) {
    return { ok: false, reason: 'its UserId is not an IAM user id' };
  }
  return { ok: true, identity: { account, arn: arn!, userId } };
}

/** Whether an AWS error code looks like one (the SDK sets it only from an error document's Code). */
export function isAwsErrorCode(code: unknown): code is string {
  return typeof code === 'string' && /^[A-Za-z][A-Za-z0-9.]{0,99}$/.test(code);
}

export function isTimeRejection(e: { code: string; message: string }): boolean {
  return TIME_MESSAGE.test(e.message) || e.code === 'RequestTimeTooSkewed' || e.code === 'RequestExpired';
}

export function isCredentialsError(e: { code: string; message: string }): boolean {
  return CREDENTIAL_CODES.has(e.code) && !isTimeRejection(e);
}

/** The offset interval all attempts' Date headers allow (cached answers excluded, as the SDK does). */
export function boundsFromAttempts(attempts: SignedAttempt[]): {
  bounds?: OffsetBounds;
  inconsistent: number;
} {
  let bounds: OffsetBounds | undefined;
  let inconsistent = 0;
  for (const a of attempts) {
    if (a.age !== undefined || a.date === undefined) continue;
    const dateMs = parseHttpDate(a.date);
    if (dateMs === undefined) continue;
    const b = boundsFromExchange(dateMs, a.t1Ms, a.t4Ms);
    const both = bounds ? intersectBounds(bounds, b) : b;
    if (!both) inconsistent += 1;
    bounds = both ?? b;
  }
  return { ...(bounds ? { bounds } : {}), inconsistent };
}

function noCredentials(e: { name: string; message: string }): boolean {
  return e.name === 'CredentialsProviderError' || /could not load credentials/i.test(e.message);
}

/**
 * From what happened to a SourceResult. Pure. Credentials problems are 'error' (or 'skipped' when no
 * credentials were found and the check was optional) with `details.credentialsProblem`.
 *
 * Only STS's own answers carry AWS's clock: a well-formed GetCallerIdentity result (the signed request was
 * accepted), or an AWS error document (a time rejection is AWS judging this runner's signature). Their
 * Date headers make the sample, and the source is 'ok' when the call was accepted or finally refused for
 * time. A redirect, an HTML page, or a 200 whose body is not a GetCallerIdentity result is not STS
 * speaking (a captive portal, a proxy's error page, a wrong endpoint): 'rejected', whatever its Date says.
 */
export function classifySigned(
  outcome: SignedOutcome,
  base: Pick<SourceResult, 'kind' | 'target' | 'authenticated'> & {
    details: Record<string, string | number | boolean>;
  },
  required: boolean,
): SourceResult {
  const fin = outcome.finalError;
  const identityCheck = fin === undefined ? checkCallerIdentity(outcome.identity) : undefined;
  const identity = identityCheck?.ok ? identityCheck.identity : undefined;
  const fromSts = outcome.attempts.filter(
    (a) => a.answer === 'aws-error' || (a.answer === 'result' && identity !== undefined),
  );
  const { bounds, inconsistent } = boundsFromAttempts(fromSts);
  const first = outcome.errors[0];
  const firstRejected = first !== undefined && isTimeRejection(first);
  const finalTimeRejection =
    fin?.code !== undefined && isTimeRejection({ code: fin.code, message: fin.message });
  const details: Record<string, string | number | boolean> = {
    ...base.details,
    attempts: outcome.attempts.length,
    firstSignatureRejected: firstRejected,
    signedCallSucceeded: identity !== undefined,
    ...(firstRejected
      ? { firstRejection: untrustedText(first.message), firstRejectionCode: untrustedText(first.code, 100) }
      : {}),
    ...(outcome.sdkClockOffsetMs !== undefined && outcome.sdkClockOffsetMs !== 0
      ? { sdkClockOffsetMs: outcome.sdkClockOffsetMs }
      : {}),
    ...(identity ? { account: identity.account, arn: identity.arn } : {}),
    ...(inconsistent > 0 ? { inconsistentDates: inconsistent } : {}),
  };
  const requests = outcome.attempts.length;
  const result = (r: Partial<SourceResult> & Pick<SourceResult, 'status'>): SourceResult => ({
    kind: base.kind,
    target: base.target,
    authenticated: base.authenticated,
    requests,
    details,
    ...r,
  });
  if (fin && noCredentials(fin)) {
    details.credentialsProblem = true;
    return result({
      status: required ? 'error' : 'skipped',
      reason:
        "no AWS credentials: the SDK's default chain (environment variables, web identity token, SSO, " +
        'shared config and credentials files, container and instance metadata) found none' +
        (required ? ", and aws is 'sts', which requires the signed check" : ''),
    });
  }
  if (fin?.code !== undefined && isCredentialsError({ code: fin.code, message: fin.message })) {
    details.credentialsProblem = true;
    return result({ status: 'error', reason: credentialsReason(fin.code, fin.message) });
  }
  if (bounds && (identity !== undefined || finalTimeRejection)) {
    return result({
      status: 'ok',
      sample: sampleFromBounds(bounds, minDelay(fromSts), lastT4(fromSts)),
    });
  }
  const stranger = [...outcome.attempts].reverse().find((a) => a.answer === 'not-aws');
  if (fin && fin.code === undefined && fin.httpStatus !== undefined && stranger) {
    return result({ status: 'rejected', reason: notStsReason(base.target, stranger) });
  }
  if (identityCheck && !identityCheck.ok) {
    return result({
      status: 'rejected',
      reason:
        `${base.target} answered HTTP 200, but not with a well-formed GetCallerIdentity response ` +
        `(${identityCheck.reason}): the signed request was not accepted by AWS STS, whatever the answer's Date says`,
    });
  }
  if (fin?.code !== undefined) {
    const status = fin.httpStatus !== undefined ? ` (HTTP ${fin.httpStatus})` : '';
    return result({
      status: 'error',
      reason: `AWS STS answered ${untrustedText(fin.code, 100)}${status}: ${untrustedText(fin.message)}`,
    });
  }
  if (fin) {
    return result({
      status: fin.name === 'AbortError' ? 'timeout' : 'error',
      reason: untrustedText(fin.message),
    });
  }
  return result({
    status: 'rejected',
    reason: 'AWS answered without a usable Date header (or only from a cache)',
  });
}

function notStsReason(host: string, a: SignedAttempt): string {
  const type = a.contentType ? `, ${untrustedText(a.contentType, 60)}` : '';
  const what =
    a.httpStatus >= 300 && a.httpStatus < 400
      ? 'a redirect, which STS never sends'
      : 'neither a GetCallerIdentity response nor an AWS error';
  return (
    `${host} answered the signed request with HTTP ${a.httpStatus}${type}: ${what}. This is not AWS STS ` +
    '(a proxy, a captive portal or a wrong AWS_ENDPOINT_URL_STS?), so it proves nothing about the clock or the credentials'
  );
}

export function credentialsReason(code: string, message: string): string {
  const said = `AWS rejected the credentials (${untrustedText(code, 100)}: ${untrustedText(message.trim())})`;
  const what: Record<string, string> = {
    InvalidClientTokenId:
      'the access key id is unknown to AWS (deleted, mistyped, or from another partition)',
    UnrecognizedClientException:
      'the access key id is unknown to AWS (deleted, mistyped, or from another partition)',
    InvalidAccessKeyId: 'the access key id is unknown to AWS',
    ExpiredToken: 'the session token has expired: get fresh credentials (assume the role again)',
    ExpiredTokenException: 'the session token has expired: get fresh credentials (assume the role again)',
    SignatureDoesNotMatch: 'the secret access key does not belong to the access key id',
    InvalidSignatureException: 'the secret access key does not belong to the access key id',
    AccessDenied: 'the credentials are not allowed to call STS here (an SCP or a VPC endpoint policy?)',
    AccessDeniedException:
      'the credentials are not allowed to call STS here (an SCP or a VPC endpoint policy?)',
  };
  return `${said}: ${what[code] ?? 'the credentials are wrong'}. This is a credentials problem, not the clock.`;
}

function minDelay(attempts: SignedAttempt[]): number {
  return Math.min(...attempts.map((a) => a.t4Ms - a.t1Ms));
}

function lastT4(attempts: SignedAttempt[]): number {
  return Math.max(...attempts.map((a) => a.t4Ms));
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === name) return Array.isArray(v) ? v.join(', ') : v;
  }
  return undefined;
}

export function stsSource(endpoint: StsEndpoint, options: StsOptions = {}): TimeSource {
  const clock = options.clock ?? systemClock;
  const label = endpointLabel(endpoint);
  const choice = options.proxy ?? chooseProxy(endpoint.url, options.env ?? process.env);
  let last: SourceResult = {
    kind: 'sts',
    target: label,
    status: 'skipped',
    authenticated: false,
    requests: 0,
  };
  let measured = false;
  const baseDetails = {
    url: endpoint.url.href,
    region: endpoint.region,
    proxy: describeProxy(choice),
    tls: endpoint.tls,
  };
  const base = { kind: 'sts' as const, target: label, authenticated: endpoint.tls, details: baseDetails };

  // Evaluating the SDK takes about 100 ms of CPU, which during the run would delay the timestamps of
  // replies arriving meanwhile. Required (aws: sts), it is loaded in prepare(), before the first packet of
  // the run leaves. Optional (aws: auto), the check is deferred (see TimeSource.deferred): it loads only
  // when the other sources have had their say, and not at all when they decide first.
  let loading:
    Promise<[typeof import('@aws-sdk/client-sts'), typeof import('@smithy/node-http-handler')]> | undefined;
  const loadSdk = () =>
    (loading ??= Promise.all([import('@aws-sdk/client-sts'), import('@smithy/node-http-handler')]));

  async function measure(signal: AbortSignal): Promise<SourceResult> {
    // One signed call per run: refinement is the Date check's job, and every call here is a signed request.
    if (measured) return last;
    measured = true;
    if (choice.kind === 'invalid') {
      last = { ...base, status: 'error', reason: `cannot use the proxy: ${choice.reason}`, requests: 0 };
      return last;
    }
    // The run ended before this deferred check's turn came: load nothing, sign nothing, send nothing.
    if (signal.aborted) return (last = notSent(base, options.required ?? false));
    let sdk: typeof import('@aws-sdk/client-sts');
    let handlerModule: typeof import('@smithy/node-http-handler');
    try {
      [sdk, handlerModule] = await loadSdk();
    } catch (error) {
      last = {
        ...base,
        status: 'error',
        requests: 0,
        reason: `could not load the AWS SDK: ${String(error)}`,
      };
      return last;
    }
    // The deadline passed while the SDK loaded: sign nothing, send nothing.
    if (signal.aborted) return (last = notSent(base, options.required ?? false));
    // The SDK's handler connects through this agent: its lookups end with the run's deadline too.
    const lookup = deadlineLookup(() => signal);
    const agent = await agentFor(endpoint.url, choice, { ...(options.ca ? { ca: options.ca } : {}), lookup });
    /** At the deadline: a lookup still under way is the reason, not STS. */
    const noAnswer = () => {
      const dns = unfinishedLookup(lookup, choice.kind === 'proxy' ? redactProxy(choice.url) : undefined);
      return dns ?? 'no answer from STS before the deadline';
    };
    const inner = new handlerModule.NodeHttpHandler({ httpAgent: agent, httpsAgent: agent });
    const attempts: SignedAttempt[] = [];
    const errors: AttemptError[] = [];
    let networkError: unknown;
    /** The HTTP status of a response whose body was over the cap, if one was. */
    let oversizedBody: number | undefined;
    // Times every attempt at the wire, retries included; the SDK's own clock correction never sees this.
    const timed = {
      metadata: inner.metadata,
      async handle(...args: Parameters<typeof inner.handle>) {
        const t1Ms = clock.nowMs();
        try {
          const out = await inner.handle(...args);
          const t4Ms = clock.nowMs();
          const headers = out.response.headers as Record<string, string | undefined>;
          const date = header(headers, 'date');
          const age = header(headers, 'age');
          const contentType = header(headers, 'content-type');
          attempts.push({
            t1Ms,
            t4Ms,
            httpStatus: out.response.statusCode,
            ...(date !== undefined ? { date } : {}),
            ...(age !== undefined ? { age } : {}),
            ...(contentType !== undefined ? { contentType } : {}),
          });
          // The SDK reads a body whole, and parses it: never more than a few KB of it.
          const body = out.response.body as unknown;
          if (body instanceof Readable) {
            out.response.body = capBody(body, MAX_BODY_BYTES, () => {
              oversizedBody = out.response.statusCode;
            });
          }
          return out;
        } catch (error) {
          networkError = error;
          throw error;
        }
      },
      updateHttpClientConfig: inner.updateHttpClientConfig.bind(inner),
      httpHandlerConfigs: inner.httpHandlerConfigs.bind(inner),
      destroy: inner.destroy.bind(inner),
    };
    const client = new sdk.STSClient({
      region: endpoint.region,
      endpoint: endpoint.url.href,
      requestHandler: timed,
    });
    // Inside the retry loop and outside the deserializer: sees each attempt's answer as the SDK parsed it.
    // An attempt answered is the last one the handler recorded, not yet judged.
    const judge = (answer: AnswerKind) => {
      const a = attempts.at(-1);
      if (a && a.answer === undefined) a.answer = answer;
    };
    client.middlewareStack.add(
      (next) => async (args) => {
        try {
          const out = await next(args);
          judge('result');
          return out;
        } catch (error) {
          const e = error as {
            Code?: unknown;
            message?: string;
            $metadata?: { httpStatusCode?: number };
          };
          if (e.$metadata?.httpStatusCode !== undefined) {
            // The SDK sets Code only from an AWS error document; a page or a redirect has none.
            if (isAwsErrorCode(e.Code)) {
              judge('aws-error');
              errors.push({
                code: e.Code,
                message: e.message ?? '',
                httpStatus: e.$metadata.httpStatusCode,
              });
            } else judge('not-aws');
          }
          throw error;
        }
      },
      { step: 'finalizeRequest', priority: 'low', name: 'clockPreflightRecordAttempts' },
    );
    const outcome: SignedOutcome = { attempts, errors };
    try {
      const answer = await untilAborted(
        client.send(new sdk.GetCallerIdentityCommand({}), { abortSignal: signal }),
        signal,
      );
      if (answer === undefined) {
        outcome.finalError = { name: 'AbortError', message: noAnswer() };
      } else {
        outcome.identity = { account: answer.Account, arn: answer.Arn, userId: answer.UserId };
      }
    } catch (error) {
      const e = error as {
        name?: string;
        message?: string;
        Code?: unknown;
        $metadata?: { httpStatusCode?: number };
      };
      if (e.$metadata?.httpStatusCode === undefined && networkError !== undefined) {
        // No HTTP answer at all: say why in the same words as the Date check.
        const failure = describeHttpFailure(networkError, {
          host: endpoint.url.host,
          proxy: choice.kind === 'proxy' ? redactProxy(choice.url) : undefined,
          nowMs: clock.nowMs(),
        });
        outcome.finalError = {
          name: failure.kind === 'timeout' ? 'AbortError' : 'NetworkError',
          message: failure.message,
        };
      } else if (e.name === 'AbortError' || signal.aborted) {
        outcome.finalError = { name: 'AbortError', message: noAnswer() };
      } else {
        outcome.finalError = {
          name: e.name ?? 'Error',
          message: e.message ?? String(error),
          ...(isAwsErrorCode(e.Code) ? { code: e.Code } : {}),
          ...(e.$metadata?.httpStatusCode !== undefined ? { httpStatus: e.$metadata.httpStatusCode } : {}),
        };
      }
    } finally {
      const offset = (client.config as { systemClockOffset?: number }).systemClockOffset;
      if (typeof offset === 'number') outcome.sdkClockOffsetMs = offset;
      client.destroy();
    }
    if (oversizedBody !== undefined) {
      // An answer we refused to read is no evidence of anything, its Date header included.
      last = {
        ...base,
        status: 'rejected',
        requests: attempts.length,
        reason: `STS answered HTTP ${oversizedBody} with a body over ${MAX_BODY_BYTES / 1024} KB (STS's answers are under 4 KB); not read further`,
      };
      return last;
    }
    last = classifySigned(outcome, base, options.required ?? false);
    return last;
  }

  return {
    kind: 'sts',
    target: label,
    measure,
    canRefine: () => false,
    required: options.required ?? false,
    ...(options.required
      ? {
          // A failure to load is reported by measure(), with its reason. On the next turn: the bundle is
          // CommonJS, so import() compiles the SDK's chunk where it is called, and the other sources'
          // connections, started in the microtasks queued before it, would wait for that.
          prepare: () =>
            choice.kind === 'invalid' ? Promise.resolve() : nextTurn().then(() => loadSdk().then(noop, noop)),
        }
      : { deferred: true }),
  };
}

/** The run ended (deadline, or the others decided) before the signed call was sent. */
function notSent(base: Parameters<typeof classifySigned>[1], required: boolean): SourceResult {
  return classifySigned(
    {
      attempts: [],
      errors: [],
      finalError: { name: 'AbortError', message: 'the deadline passed before the signed call could be sent' },
    },
    base,
    required,
  );
}

function noop(): void {
  // nothing to do: prepare() only warms the module cache
}
