export const id = 95;
export const ids = [95];
export const modules = {

/***/ 8095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsRequirementFailure: () => (/* reexport */ aws_notes/* awsRequirementFailure */.ZU),
  credentialHints: () => (/* binding */ credentialHints),
  planAwsSources: () => (/* binding */ planAwsSources)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/platform/ec2.ts
var ec2 = __webpack_require__(6545);
// EXTERNAL MODULE: ./src/sources/https-date.ts
var https_date = __webpack_require__(9268);
// EXTERNAL MODULE: ./src/sources/source.ts
var source = __webpack_require__(813);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/net/limits.ts
var limits = __webpack_require__(1251);
;// CONCATENATED MODULE: ./src/plan/aws-endpoint.ts
/**
 * The STS endpoint a region's AWS tools talk to, resolved as @aws-sdk/client-sts resolves it, so that the
 * Date check and the signed check ask the same clock the user's next step will be judged by.
 *
 * Order, as in the SDKs: `AWS_ENDPOINT_URL_STS`, then `AWS_ENDPOINT_URL` (both ignored when
 * `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`), then the regional endpoint of the region's partition.
 * Regional endpoints, never the legacy global sts.amazonaws.com: the SDK v3 and current CLIs default to
 * regional, and that is the host whose clock signs off on the user's requests.
 *
 * The partition table is the SDK's own (`@aws-sdk/core` util-endpoints partitions.json, v1.1): a region
 * belongs to the first partition whose regex matches it, else to `aws`. Endpoint URL shapes follow the
 * STS endpoint ruleset in @aws-sdk/client-sts, including FIPS (`AWS_USE_FIPS_ENDPOINT`) and dual-stack
 * (`AWS_USE_DUALSTACK_ENDPOINT`). A unit test compares every case with the SDK's resolver.
 */
const DEFAULT_REGION = 'us-east-1';
const PARTITIONS = [
    {
        id: 'aws',
        dnsSuffix: 'amazonaws.com',
        dualStackDnsSuffix: 'api.aws',
        regionRegex: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/,
    },
    {
        id: 'aws-cn',
        dnsSuffix: 'amazonaws.com.cn',
        dualStackDnsSuffix: 'api.amazonwebservices.com.cn',
        regionRegex: /^cn-\w+-\d+$/,
    },
    {
        id: 'aws-eusc',
        dnsSuffix: 'amazonaws.eu',
        dualStackDnsSuffix: 'api.amazonwebservices.eu',
        regionRegex: /^eusc-(de)-\w+-\d+$/,
    },
    {
        id: 'aws-iso',
        dnsSuffix: 'c2s.ic.gov',
        dualStackDnsSuffix: 'api.aws.ic.gov',
        regionRegex: /^us-iso-\w+-\d+$/,
    },
    {
        id: 'aws-iso-b',
        dnsSuffix: 'sc2s.sgov.gov',
        dualStackDnsSuffix: 'api.aws.scloud',
        regionRegex: /^us-isob-\w+-\d+$/,
    },
    {
        id: 'aws-iso-e',
        dnsSuffix: 'cloud.adc-e.uk',
        dualStackDnsSuffix: 'api.cloud-aws.adc-e.uk',
        regionRegex: /^eu-isoe-\w+-\d+$/,
    },
    {
        id: 'aws-iso-f',
        dnsSuffix: 'csp.hci.ic.gov',
        dualStackDnsSuffix: 'api.aws.hci.ic.gov',
        regionRegex: /^us-isof-\w+-\d+$/,
    },
    {
        id: 'aws-us-gov',
        dnsSuffix: 'amazonaws.com',
        dualStackDnsSuffix: 'api.aws',
        regionRegex: /^us-gov-\w+-\d+$/,
    },
];
/** The region's partition, as the SDK's `aws.partition` function picks it (unknown shapes fall to `aws`). */
function partitionOf(region) {
    return PARTITIONS.find((p) => p.regionRegex.test(region)) ?? PARTITIONS[0];
}
class EndpointError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EndpointError';
    }
}
function envFlag(value) {
    return value?.trim().toLowerCase() === 'true';
}
function configuredUrl(env) {
    if (envFlag(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS))
        return undefined;
    if (env.AWS_ENDPOINT_URL_STS)
        return { text: env.AWS_ENDPOINT_URL_STS, origin: 'AWS_ENDPOINT_URL_STS' };
    if (env.AWS_ENDPOINT_URL)
        return { text: env.AWS_ENDPOINT_URL, origin: 'AWS_ENDPOINT_URL' };
    return undefined;
}
/** The regional STS URL for a region, FIPS and dual-stack as the SDK's ruleset builds them. */
function regionalStsUrl(region, options = {}) {
    const p = partitionOf(region);
    const { fips = false, dualStack = false } = options;
    if (fips && dualStack)
        return new URL(`https://sts-fips.${region}.${p.dualStackDnsSuffix}`);
    // GovCloud's regular STS endpoints are already FIPS endpoints; the ruleset maps FIPS to them.
    if (fips) {
        return new URL(p.id === 'aws-us-gov'
            ? `https://sts.${region}.amazonaws.com`
            : `https://sts-fips.${region}.${p.dnsSuffix}`);
    }
    if (dualStack)
        return new URL(`https://sts.${region}.${p.dualStackDnsSuffix}`);
    if (region === 'aws-global')
        return new URL('https://sts.amazonaws.com');
    return new URL(`https://sts.${region}.${p.dnsSuffix}`);
}
/**
 * `region` is `config.awsRegion` (input, AWS_REGION, AWS_DEFAULT_REGION already applied); undefined means
 * us-east-1. Throws EndpointError (with the variable's name) when a configured URL is unusable.
 */
function resolveStsEndpoint(region, env) {
    const r = region ?? DEFAULT_REGION;
    const partition = partitionOf(r).id;
    const configured = configuredUrl(env);
    if (configured) {
        let url;
        try {
            url = new URL(configured.text.trim());
        }
        catch {
            throw new EndpointError(`${configured.origin}='${configured.text}' is not a URL`);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            throw new EndpointError(`${configured.origin}='${configured.text}' must be an http:// or https:// URL`);
        }
        return { url, region: r, partition, origin: configured.origin, tls: url.protocol === 'https:' };
    }
    const url = regionalStsUrl(r, {
        fips: envFlag(env.AWS_USE_FIPS_ENDPOINT),
        dualStack: envFlag(env.AWS_USE_DUALSTACK_ENDPOINT),
    });
    return { url, region: r, partition, origin: 'region', tls: true };
}
/** `sts.eu-west-2.amazonaws.com`, or the whole URL when it is not the plain https origin. */
function endpointLabel(endpoint) {
    const u = endpoint.url;
    if (u.protocol === 'https:' && (u.pathname === '/' || u.pathname === '') && !u.port)
        return u.hostname;
    return u.href.replace(/\/$/, '');
}

// EXTERNAL MODULE: ./src/net/resolve.ts + 1 modules
var resolve = __webpack_require__(7230);
// EXTERNAL MODULE: ./src/net/proxy.ts
var proxy = __webpack_require__(1987);
// EXTERNAL MODULE: ./src/time/clock.ts
var time_clock = __webpack_require__(3355);
// EXTERNAL MODULE: ./src/sources/date-bounds.ts
var date_bounds = __webpack_require__(5656);
// EXTERNAL MODULE: ./src/sources/http-failure.ts
var http_failure = __webpack_require__(7991);
// EXTERNAL MODULE: ./src/time/waiting.ts
var waiting = __webpack_require__(2354);
// EXTERNAL MODULE: ./src/sources/untrusted-text.ts
var untrusted_text = __webpack_require__(8870);
;// CONCATENATED MODULE: ./src/sources/sts.ts
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
const TIME_MESSAGE = /Signature expired|Signature not yet current|RequestTimeTooSkewed|request time .* too skewed/i;
const ACCOUNT = /^\d{12}$/;
// Partitions: aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-eusc, \u2026; IAM paths may hold any of '!'..'~'.
const CALLER_ARN = /^arn:aws(?:-[a-z]+)*:(?:iam|sts)::(\d{12}):[\x21-\x7e]+$/;
// An IAM unique id, an assumed role's `AROA\u2026:session-name`, a federated user's `account:name`.
const USER_ID = /^[\w+=,.@:-]+$/;
const MAX_ARN_CHARS = 2048;
const MAX_USER_ID_CHARS = 256;
/**
 * A GetCallerIdentity result that STS could have written: a 12-digit account, an IAM or STS ARN in that
 * account, and a user id; or why not. Anything else (an HTML page the XML parser read as empty, a stray
 * document, a proxy's page) is not acceptance of a signed request. Pure.
 */
function checkCallerIdentity(identity) {
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
    if (!arnMatch)
        return { ok: false, reason: 'its Arn is not an IAM or STS ARN' };
    if (arnMatch[1] !== account)
        return { ok: false, reason: 'its Arn names another account than its Account' };
    if (typeof userId !== 'string' || userId.length > MAX_USER_ID_CHARS || !USER_ID.test(userId)) {
        return { ok: false, reason: 'its UserId is not an IAM user id' };
    }
    return { ok: true, identity: { account, arn: arn, userId } };
}
/** Whether an AWS error code looks like one (the SDK sets it only from an error document's Code). */
function isAwsErrorCode(code) {
    return typeof code === 'string' && /^[A-Za-z][A-Za-z0-9.]{0,99}$/.test(code);
}
function isTimeRejection(e) {
    return TIME_MESSAGE.test(e.message) || e.code === 'RequestTimeTooSkewed' || e.code === 'RequestExpired';
}
function isCredentialsError(e) {
    return CREDENTIAL_CODES.has(e.code) && !isTimeRejection(e);
}
/** The offset interval all attempts' Date headers allow (cached answers excluded, as the SDK does). */
function boundsFromAttempts(attempts) {
    let bounds;
    let inconsistent = 0;
    for (const a of attempts) {
        if (a.age !== undefined || a.date === undefined)
            continue;
        const dateMs = (0,date_bounds/* parseHttpDate */.m6)(a.date);
        if (dateMs === undefined)
            continue;
        const b = (0,date_bounds/* boundsFromExchange */.R2)(dateMs, a.t1Ms, a.t4Ms);
        const both = bounds ? (0,date_bounds/* intersectBounds */.vq)(bounds, b) : b;
        if (!both)
            inconsistent += 1;
        bounds = both ?? b;
    }
    return { ...(bounds ? { bounds } : {}), inconsistent };
}
function noCredentials(e) {
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
function classifySigned(outcome, base, required) {
    const fin = outcome.finalError;
    const identityCheck = fin === undefined ? checkCallerIdentity(outcome.identity) : undefined;
    const identity = identityCheck?.ok ? identityCheck.identity : undefined;
    const fromSts = outcome.attempts.filter((a) => a.answer === 'aws-error' || (a.answer === 'result' && identity !== undefined));
    const { bounds, inconsistent } = boundsFromAttempts(fromSts);
    const first = outcome.errors[0];
    const firstRejected = first !== undefined && isTimeRejection(first);
    const finalTimeRejection = fin?.code !== undefined && isTimeRejection({ code: fin.code, message: fin.message });
    const details = {
        ...base.details,
        attempts: outcome.attempts.length,
        firstSignatureRejected: firstRejected,
        signedCallSucceeded: identity !== undefined,
        ...(firstRejected
            ? { firstRejection: (0,untrusted_text/* untrustedText */.U)(first.message), firstRejectionCode: (0,untrusted_text/* untrustedText */.U)(first.code, 100) }
            : {}),
        ...(outcome.sdkClockOffsetMs !== undefined && outcome.sdkClockOffsetMs !== 0
            ? { sdkClockOffsetMs: outcome.sdkClockOffsetMs }
            : {}),
        ...(identity ? { account: identity.account, arn: identity.arn } : {}),
        ...(inconsistent > 0 ? { inconsistentDates: inconsistent } : {}),
    };
    const requests = outcome.attempts.length;
    const result = (r) => ({
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
            reason: "no AWS credentials: the SDK's default chain (environment variables, web identity token, SSO, " +
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
            sample: (0,date_bounds/* sampleFromBounds */._T)(bounds, minDelay(fromSts), lastT4(fromSts)),
        });
    }
    const stranger = [...outcome.attempts].reverse().find((a) => a.answer === 'not-aws');
    if (fin && fin.code === undefined && fin.httpStatus !== undefined && stranger) {
        return result({ status: 'rejected', reason: notStsReason(base.target, stranger) });
    }
    if (identityCheck && !identityCheck.ok) {
        return result({
            status: 'rejected',
            reason: `${base.target} answered HTTP 200, but not with a well-formed GetCallerIdentity response ` +
                `(${identityCheck.reason}): the signed request was not accepted by AWS STS, whatever the answer's Date says`,
        });
    }
    if (fin?.code !== undefined) {
        const status = fin.httpStatus !== undefined ? ` (HTTP ${fin.httpStatus})` : '';
        return result({
            status: 'error',
            reason: `AWS STS answered ${(0,untrusted_text/* untrustedText */.U)(fin.code, 100)}${status}: ${(0,untrusted_text/* untrustedText */.U)(fin.message)}`,
        });
    }
    if (fin) {
        return result({
            status: fin.name === 'AbortError' ? 'timeout' : 'error',
            reason: (0,untrusted_text/* untrustedText */.U)(fin.message),
        });
    }
    return result({
        status: 'rejected',
        reason: 'AWS answered without a usable Date header (or only from a cache)',
    });
}
function notStsReason(host, a) {
    const type = a.contentType ? `, ${(0,untrusted_text/* untrustedText */.U)(a.contentType, 60)}` : '';
    const what = a.httpStatus >= 300 && a.httpStatus < 400
        ? 'a redirect, which STS never sends'
        : 'neither a GetCallerIdentity response nor an AWS error';
    return (`${host} answered the signed request with HTTP ${a.httpStatus}${type}: ${what}. This is not AWS STS ` +
        '(a proxy, a captive portal or a wrong AWS_ENDPOINT_URL_STS?), so it proves nothing about the clock or the credentials');
}
function credentialsReason(code, message) {
    const said = `AWS rejected the credentials (${(0,untrusted_text/* untrustedText */.U)(code, 100)}: ${(0,untrusted_text/* untrustedText */.U)(message.trim())})`;
    const what = {
        InvalidClientTokenId: 'the access key id is unknown to AWS (deleted, mistyped, or from another partition)',
        UnrecognizedClientException: 'the access key id is unknown to AWS (deleted, mistyped, or from another partition)',
        InvalidAccessKeyId: 'the access key id is unknown to AWS',
        ExpiredToken: 'the session token has expired: get fresh credentials (assume the role again)',
        ExpiredTokenException: 'the session token has expired: get fresh credentials (assume the role again)',
        SignatureDoesNotMatch: 'the secret access key does not belong to the access key id',
        InvalidSignatureException: 'the secret access key does not belong to the access key id',
        AccessDenied: 'the credentials are not allowed to call STS here (an SCP or a VPC endpoint policy?)',
        AccessDeniedException: 'the credentials are not allowed to call STS here (an SCP or a VPC endpoint policy?)',
    };
    return `${said}: ${what[code] ?? 'the credentials are wrong'}. This is a credentials problem, not the clock.`;
}
function minDelay(attempts) {
    return Math.min(...attempts.map((a) => a.t4Ms - a.t1Ms));
}
function lastT4(attempts) {
    return Math.max(...attempts.map((a) => a.t4Ms));
}
function header(headers, name) {
    for (const [k, v] of Object.entries(headers)) {
        if (k.toLowerCase() === name)
            return Array.isArray(v) ? v.join(', ') : v;
    }
    return undefined;
}
function stsSource(endpoint, options = {}) {
    const clock = options.clock ?? time_clock/* systemClock */.ml;
    const label = endpointLabel(endpoint);
    const choice = options.proxy ?? (0,proxy/* chooseProxy */.UR)(endpoint.url, options.env ?? process.env);
    let last = {
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
        proxy: (0,proxy/* describeProxy */.GK)(choice),
        tls: endpoint.tls,
    };
    const base = { kind: 'sts', target: label, authenticated: endpoint.tls, details: baseDetails };
    // Evaluating the SDK takes about 100 ms of CPU, which during the run would delay the timestamps of
    // replies arriving meanwhile. Required (aws: sts), it is loaded in prepare(), before the first packet of
    // the run leaves. Optional (aws: auto), the check is deferred (see TimeSource.deferred): it loads only
    // when the other sources have had their say, and not at all when they decide first.
    let loading;
    const loadSdk = () => (loading ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19)), __webpack_require__.e(/* import() */ 279).then(__webpack_require__.t.bind(__webpack_require__, 1279, 19))]));
    async function measure(signal) {
        // One signed call per run: refinement is the Date check's job, and every call here is a signed request.
        if (measured)
            return last;
        measured = true;
        if (choice.kind === 'invalid') {
            last = { ...base, status: 'error', reason: `cannot use the proxy: ${choice.reason}`, requests: 0 };
            return last;
        }
        // The run ended before this deferred check's turn came: load nothing, sign nothing, send nothing.
        if (signal.aborted)
            return (last = notSent(base, options.required ?? false));
        let sdk;
        let handlerModule;
        try {
            [sdk, handlerModule] = await loadSdk();
        }
        catch (error) {
            last = {
                ...base,
                status: 'error',
                requests: 0,
                reason: `could not load the AWS SDK: ${String(error)}`,
            };
            return last;
        }
        // The deadline passed while the SDK loaded: sign nothing, send nothing.
        if (signal.aborted)
            return (last = notSent(base, options.required ?? false));
        // The SDK's handler connects through this agent: its lookups end with the run's deadline too.
        const lookup = (0,resolve/* deadlineLookup */.nw)(() => signal);
        const agent = await (0,proxy/* agentFor */.Pf)(endpoint.url, choice, { ...(options.ca ? { ca: options.ca } : {}), lookup });
        /** At the deadline: a lookup still under way is the reason, not STS. */
        const noAnswer = () => {
            const dns = (0,resolve/* unfinishedLookup */.iT)(lookup, choice.kind === 'proxy' ? (0,proxy/* redactProxy */.YP)(choice.url) : undefined);
            return dns ?? 'no answer from STS before the deadline';
        };
        const inner = new handlerModule.NodeHttpHandler({ httpAgent: agent, httpsAgent: agent });
        const attempts = [];
        const errors = [];
        let networkError;
        /** The HTTP status of a response whose body was over the cap, if one was. */
        let oversizedBody;
        // Times every attempt at the wire, retries included; the SDK's own clock correction never sees this.
        const timed = {
            metadata: inner.metadata,
            async handle(...args) {
                const t1Ms = clock.nowMs();
                try {
                    const out = await inner.handle(...args);
                    const t4Ms = clock.nowMs();
                    const headers = out.response.headers;
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
                    const body = out.response.body;
                    if (body instanceof external_node_stream_.Readable) {
                        out.response.body = (0,limits/* capBody */.vE)(body, limits/* MAX_BODY_BYTES */.YK, () => {
                            oversizedBody = out.response.statusCode;
                        });
                    }
                    return out;
                }
                catch (error) {
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
        const judge = (answer) => {
            const a = attempts.at(-1);
            if (a && a.answer === undefined)
                a.answer = answer;
        };
        client.middlewareStack.add((next) => async (args) => {
            try {
                const out = await next(args);
                judge('result');
                return out;
            }
            catch (error) {
                const e = error;
                if (e.$metadata?.httpStatusCode !== undefined) {
                    // The SDK sets Code only from an AWS error document; a page or a redirect has none.
                    if (isAwsErrorCode(e.Code)) {
                        judge('aws-error');
                        errors.push({
                            code: e.Code,
                            message: e.message ?? '',
                            httpStatus: e.$metadata.httpStatusCode,
                        });
                    }
                    else
                        judge('not-aws');
                }
                throw error;
            }
        }, { step: 'finalizeRequest', priority: 'low', name: 'clockPreflightRecordAttempts' });
        const outcome = { attempts, errors };
        try {
            const answer = await (0,waiting/* untilAborted */.E)(client.send(new sdk.GetCallerIdentityCommand({}), { abortSignal: signal }), signal);
            if (answer === undefined) {
                outcome.finalError = { name: 'AbortError', message: noAnswer() };
            }
            else {
                outcome.identity = { account: answer.Account, arn: answer.Arn, userId: answer.UserId };
            }
        }
        catch (error) {
            const e = error;
            if (e.$metadata?.httpStatusCode === undefined && networkError !== undefined) {
                // No HTTP answer at all: say why in the same words as the Date check.
                const failure = (0,http_failure/* describeHttpFailure */.U)(networkError, {
                    host: endpoint.url.host,
                    proxy: choice.kind === 'proxy' ? (0,proxy/* redactProxy */.YP)(choice.url) : undefined,
                    nowMs: clock.nowMs(),
                });
                outcome.finalError = {
                    name: failure.kind === 'timeout' ? 'AbortError' : 'NetworkError',
                    message: failure.message,
                };
            }
            else if (e.name === 'AbortError' || signal.aborted) {
                outcome.finalError = { name: 'AbortError', message: noAnswer() };
            }
            else {
                outcome.finalError = {
                    name: e.name ?? 'Error',
                    message: e.message ?? String(error),
                    ...(isAwsErrorCode(e.Code) ? { code: e.Code } : {}),
                    ...(e.$metadata?.httpStatusCode !== undefined ? { httpStatus: e.$metadata.httpStatusCode } : {}),
                };
            }
        }
        finally {
            const offset = client.config.systemClockOffset;
            if (typeof offset === 'number')
                outcome.sdkClockOffsetMs = offset;
            client.destroy();
        }
        if (oversizedBody !== undefined) {
            // An answer we refused to read is no evidence of anything, its Date header included.
            last = {
                ...base,
                status: 'rejected',
                requests: attempts.length,
                reason: `STS answered HTTP ${oversizedBody} with a body over ${limits/* MAX_BODY_BYTES */.YK / 1024} KB (STS's answers are under 4 KB); not read further`,
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
                // A failure to load is reported by measure(), with its reason.
                prepare: () => (choice.kind === 'invalid' ? Promise.resolve() : loadSdk().then(noop, noop)),
            }
            : { deferred: true }),
    };
}
/** The run ended (deadline, or the others decided) before the signed call was sent. */
function notSent(base, required) {
    return classifySigned({
        attempts: [],
        errors: [],
        finalError: { name: 'AbortError', message: 'the deadline passed before the signed call could be sent' },
    }, base, required);
}
function noop() {
    // nothing to do: prepare() only warms the module cache
}

// EXTERNAL MODULE: ./src/gate/aws-notes.ts
var aws_notes = __webpack_require__(1930);
;// CONCATENATED MODULE: ./src/plan/aws.ts
/**
 * Which AWS time sources a run asks, from the `aws` input:
 *
 * - `auto`: the HTTPS Date check of the regional STS endpoint always; the signed check too when the SDK's
 *   default chain probably has credentials (decided without loading the SDK, see `credentialHints`).
 * - `https`: the Date check only. `sts`: both, and the signed check is required: missing or rejected
 *   credentials fail the run with a message that says it is the credentials (`awsRequirementFailure`).
 * - `off`: none.
 *
 * Both checks ask the same endpoint (AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL, else the region's partition)
 * through the same proxy choice.
 */








/** |offset| values where a verdict changes, on either side: the Date check aims its refinements beside them. */
function thresholdsOf(config) {
    const s = config.thresholds?.sides;
    const all = s
        ? [s.ahead.warnMs, s.ahead.maxMs, s.behind.warnMs, s.behind.maxMs]
        : [config.warnOffsetMs, config.maxOffsetMs];
    return [...new Set(all)];
}
function nonEmptyFile(path) {
    try {
        return (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isFile() && (0,external_node_fs_.statSync)(path).size > 0;
    }
    catch {
        return false;
    }
}
/**
 * Whether the SDK's default chain will probably find credentials, without loading the SDK: the chain's
 * sources in its order, each by a cheap sign (a variable or a file). A false positive costs one failed
 * lookup, reported as "no credentials" and skipped in `auto`; a false negative only skips the signed check.
 */
function credentialHints(env, options = {}) {
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
        return { likely: true, why: 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY' };
    if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN)
        return { likely: true, why: 'web identity (AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN)' };
    if (env.AWS_PROFILE)
        return { likely: true, why: `profile ${env.AWS_PROFILE}` };
    const home = options.home ?? (0,external_node_os_.homedir)();
    const files = [
        env.AWS_SHARED_CREDENTIALS_FILE ?? (0,external_node_path_.join)(home, '.aws', 'credentials'),
        env.AWS_CONFIG_FILE ?? (0,external_node_path_.join)(home, '.aws', 'config'),
    ];
    const file = files.find(nonEmptyFile);
    if (file)
        return { likely: true, why: `shared file ${file}` };
    if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI)
        return { likely: true, why: 'container credentials (ECS/EKS)' };
    if (env.AWS_EC2_METADATA_DISABLED?.trim().toLowerCase() !== 'true' && (options.isEc2 ?? ec2/* detectEc2 */.sv)())
        return { likely: true, why: 'EC2 instance metadata' };
    return {
        likely: false,
        why: 'no AWS credentials in the environment, no shared config or credentials file, not on EC2',
    };
}
/** A source that only reports a configuration problem (an unusable endpoint URL), never a sample. */
function misconfigured(kind, target, reason) {
    const result = { kind, target, status: 'error', reason, authenticated: false, requests: 0 };
    return { kind, target, measure: () => Promise.resolve(result), canRefine: () => false };
}
function planAwsSources(config, env = process.env, options = {}) {
    if (config.aws === 'off')
        return [];
    let endpoint;
    try {
        endpoint = resolveStsEndpoint(config.awsRegion, env);
    }
    catch (error) {
        if (!(error instanceof EndpointError))
            throw error;
        const sources = [misconfigured('https-date', 'AWS STS', error.message)];
        if (config.aws === 'sts')
            sources.push(misconfigured('sts', 'AWS STS', error.message));
        return sources;
    }
    const ca = options.ca ? { ca: options.ca } : {};
    const sources = [
        (0,https_date/* httpsDateSource */.L)(endpoint, { env, thresholdsMs: thresholdsOf(config), ...ca }),
    ];
    const wantSigned = config.aws === 'sts' || (config.aws === 'auto' && credentialHints(env, options).likely);
    if (wantSigned)
        sources.push(stsSource(endpoint, { env, required: config.aws === 'sts', ...ca }));
    const operatorOf = options.operatorOf;
    if (!operatorOf)
        return sources;
    return sources.map((s) => (0,source/* withOperator */.z)(s, operatorOf(endpoint.url.hostname)));
}
// Pure and light, so that the check can call it without loading the AWS sources.



/***/ })

};

//# sourceMappingURL=95.index.js.map