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
import type { SourceResult } from '../model.js';
import type { StsEndpoint } from '../plan/aws-endpoint.js';
import { endpointLabel } from '../plan/aws-endpoint.js';
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
import { untilAborted, type TimeSource } from './source.js';

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

export interface SignedAttempt {
  t1Ms: number;
  t4Ms: number;
  httpStatus: number;
  date?: string;
  age?: string;
}

export interface AttemptError {
  code: string;
  message: string;
  httpStatus?: number;
}

/** What the signed exchange showed, for the pure classification below. */
export interface SignedOutcome {
  attempts: SignedAttempt[];
  errors: AttemptError[];
  identity?: { account?: string; arn?: string };
  /** The error the call finally failed with, if it failed. */
  finalError?: { name: string; message: string; code?: string; httpStatus?: number };
  sdkClockOffsetMs?: number;
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
 * credentials were found and the check was optional) with `details.credentialsProblem`; a call that was
 * answered at all (even rejected for time) carries AWS's clock in its Date headers and is 'ok'.
 */
export function classifySigned(
  outcome: SignedOutcome,
  base: Pick<SourceResult, 'kind' | 'target' | 'authenticated'> & {
    details: Record<string, string | number | boolean>;
  },
  required: boolean,
): SourceResult {
  const { bounds, inconsistent } = boundsFromAttempts(outcome.attempts);
  const first = outcome.errors[0];
  const firstRejected = first !== undefined && isTimeRejection(first);
  const details: Record<string, string | number | boolean> = {
    ...base.details,
    attempts: outcome.attempts.length,
    firstSignatureRejected: firstRejected,
    signedCallSucceeded: outcome.finalError === undefined,
    ...(firstRejected ? { firstRejection: first.message, firstRejectionCode: first.code } : {}),
    ...(outcome.sdkClockOffsetMs !== undefined && outcome.sdkClockOffsetMs !== 0
      ? { sdkClockOffsetMs: outcome.sdkClockOffsetMs }
      : {}),
    ...(outcome.identity?.account ? { account: outcome.identity.account } : {}),
    ...(outcome.identity?.arn ? { arn: outcome.identity.arn } : {}),
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
  const fin = outcome.finalError;
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
  if (fin) {
    const code = fin.code ?? fin.name;
    if (isCredentialsError({ code, message: fin.message })) {
      details.credentialsProblem = true;
      return result({ status: 'error', reason: credentialsReason(code, fin.message) });
    }
  }
  if (bounds) {
    return result({
      status: 'ok',
      sample: sampleFromBounds(bounds, minDelay(outcome.attempts), lastT4(outcome.attempts)),
    });
  }
  if (fin) {
    return result({ status: fin.name === 'AbortError' ? 'timeout' : 'error', reason: fin.message });
  }
  return result({
    status: 'rejected',
    reason: 'AWS answered without a usable Date header (or only from a cache)',
  });
}

export function credentialsReason(code: string, message: string): string {
  const said = `AWS rejected the credentials (${code}: ${message.trim()})`;
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

  // Loaded in prepare(), before the first packet of the run leaves: evaluating the SDK takes tens of
  // milliseconds of CPU, which during the run would delay the timestamps of NTP replies arriving meanwhile.
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
    const agent = await agentFor(endpoint.url, choice, options.ca ? { ca: options.ca } : {});
    const inner = new handlerModule.NodeHttpHandler({ httpAgent: agent, httpsAgent: agent });
    const attempts: SignedAttempt[] = [];
    const errors: AttemptError[] = [];
    let networkError: unknown;
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
          attempts.push({
            t1Ms,
            t4Ms,
            httpStatus: out.response.statusCode,
            ...(date !== undefined ? { date } : {}),
            ...(age !== undefined ? { age } : {}),
          });
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
    // Inside the retry loop and outside the deserializer: sees each attempt's parsed AWS error.
    client.middlewareStack.add(
      (next) => async (args) => {
        try {
          return await next(args);
        } catch (error) {
          const e = error as {
            name?: string;
            Code?: string;
            message?: string;
            $metadata?: { httpStatusCode?: number };
          };
          if (e.$metadata?.httpStatusCode !== undefined) {
            errors.push({
              code: e.Code ?? e.name ?? 'Unknown',
              message: e.message ?? '',
              httpStatus: e.$metadata.httpStatusCode,
            });
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
        outcome.finalError = { name: 'AbortError', message: 'no answer from STS before the deadline' };
      } else {
        outcome.identity = {
          ...(answer.Account ? { account: answer.Account } : {}),
          ...(answer.Arn ? { arn: answer.Arn } : {}),
        };
      }
    } catch (error) {
      const e = error as {
        name?: string;
        message?: string;
        Code?: string;
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
        outcome.finalError = { name: 'AbortError', message: 'no answer from STS before the deadline' };
      } else {
        outcome.finalError = {
          name: e.name ?? 'Error',
          message: e.message ?? String(error),
          ...(e.Code ? { code: e.Code } : {}),
          ...(e.$metadata?.httpStatusCode !== undefined ? { httpStatus: e.$metadata.httpStatusCode } : {}),
        };
      }
    } finally {
      const offset = (client.config as { systemClockOffset?: number }).systemClockOffset;
      if (typeof offset === 'number') outcome.sdkClockOffsetMs = offset;
      client.destroy();
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
    // A failure to load is reported by measure(), with its reason.
    prepare: () => (choice.kind === 'invalid' ? Promise.resolve() : loadSdk().then(noop, noop)),
  };
}

function noop(): void {
  // nothing to do: prepare() only warms the module cache
}
