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
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { echo, type Config } from '../config/config.js';
import type { SourceResult } from '../model.js';
import { detectEc2 } from '../platform/ec2.js';
import { specialFileKind } from '../platform/special-file.js';
import { httpsDateSource } from '../sources/https-date.js';
import { withOperator, type TimeSource } from '../sources/source.js';
import { stsSource } from '../sources/sts.js';
import { EndpointError, endpointLabel, resolveStsEndpoint, type StsEndpoint } from './aws-endpoint.js';

/** |offset| values where a verdict changes, on either side: the Date check aims its refinements beside them. */
function thresholdsOf(config: Config): number[] {
  const s = config.thresholds?.sides;
  const all = s
    ? [s.ahead.warnMs, s.ahead.maxMs, s.behind.warnMs, s.behind.maxMs]
    : [config.warnOffsetMs, config.maxOffsetMs];
  return [...new Set(all)];
}

export interface AwsPlanOptions {
  /** Extra trusted CAs for the endpoint (tests; users set NODE_EXTRA_CA_CERTS). */
  ca?: string | Buffer;
  /** Where EC2 is looked for (tests). */
  isEc2?: () => boolean;
  /** Files are looked for relative to this home (tests). */
  home?: string;
  /**
   * Who runs a host (decide/operator.ts), given when https servers are configured: AWS's checks then
   * vote as their endpoint's operator, so that an https server of AWS's is one vote with them.
   */
  operatorOf?: (hostname: string) => string;
}

export interface CredentialHint {
  likely: boolean;
  /** Where credentials would come from, or why none are expected. */
  why: string;
}

function nonEmptyFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile() && statSync(path).size > 0;
  } catch {
    return false;
  }
}

/**
 * Whether the SDK's default chain will probably find credentials, without loading the SDK: the chain's
 * sources in its order, each by a cheap sign (a variable or a file). A false positive costs one failed
 * lookup, reported as "no credentials" and skipped in `auto`; a false negative only skips the signed check.
 */
export function credentialHints(env: NodeJS.ProcessEnv, options: AwsPlanOptions = {}): CredentialHint {
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
    return { likely: true, why: 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY' };
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN)
    return { likely: true, why: 'web identity (AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN)' };
  if (env.AWS_PROFILE) return { likely: true, why: `profile ${env.AWS_PROFILE}` };
  const home = options.home ?? homedir();
  const files = [
    env.AWS_SHARED_CREDENTIALS_FILE ?? join(home, '.aws', 'credentials'),
    env.AWS_CONFIG_FILE ?? join(home, '.aws', 'config'),
  ];
  const file = files.find(nonEmptyFile);
  if (file) return { likely: true, why: `shared file ${file}` };
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI)
    return { likely: true, why: 'container credentials (ECS/EKS)' };
  if (env.AWS_EC2_METADATA_DISABLED?.trim().toLowerCase() !== 'true' && (options.isEc2 ?? detectEc2)())
    return { likely: true, why: 'EC2 instance metadata' };
  return {
    likely: false,
    why: 'no AWS credentials in the environment, no shared config or credentials file, not on EC2',
  };
}

/**
 * Why the SDK's credential chain cannot be let read its files, or undefined: one of them is a FIFO, a socket
 * or a device other than /dev/null. The SDK would wait on it in a thread of Node's pool, which no deadline
 * can end and the process cannot exit past (found with AWS_CONFIG_FILE naming a FIFO: the run never ended).
 * A missing file, a plain file, /dev/null and a directory fail or succeed at once, as the SDK expects.
 */
export function blockingCredentialFile(env: NodeJS.ProcessEnv, home: string): string | undefined {
  const files: Array<[string, string | undefined]> = [
    [
      env.AWS_SHARED_CREDENTIALS_FILE ? 'AWS_SHARED_CREDENTIALS_FILE' : 'the shared credentials file',
      env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials'),
    ],
    [
      env.AWS_CONFIG_FILE ? 'AWS_CONFIG_FILE' : 'the shared config file',
      env.AWS_CONFIG_FILE || join(home, '.aws', 'config'),
    ],
    ['AWS_WEB_IDENTITY_TOKEN_FILE', env.AWS_WEB_IDENTITY_TOKEN_FILE],
    ['AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE', env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE],
  ];
  for (const [name, given] of files) {
    if (!given) continue;
    // The SDK reads '~/…' in these variables as the home directory (a workflow's env: is not a shell).
    const path = given.startsWith('~/') ? join(home, given.slice(2)) : given;
    const kind = specialFileKind(path);
    if (kind === undefined || kind === 'a directory') continue;
    return (
      `${name} ${echo(given)} is ${kind}: the signed check was not run, as the AWS SDK would wait on it, or ` +
      'read it without end, past any deadline. Point it at a plain file (or /dev/null)'
    );
  }
  return undefined;
}

/** A source that only reports a configuration problem (an unusable endpoint URL), never a sample. */
function misconfigured(kind: 'https-date' | 'sts', target: string, reason: string): TimeSource {
  const result: SourceResult = {
    kind,
    target,
    status: 'error',
    reason,
    authenticated: false,
    requests: 0,
    // A setting to correct, not a network to open: the fix advice tells them apart by this.
    details: { misconfigured: true },
  };
  return { kind, target, measure: () => Promise.resolve(result), canRefine: () => false };
}

export function planAwsSources(
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
  options: AwsPlanOptions = {},
): TimeSource[] {
  if (config.aws === 'off') return [];
  let endpoint: StsEndpoint;
  try {
    endpoint = resolveStsEndpoint(config.awsRegion, env);
  } catch (error) {
    if (!(error instanceof EndpointError)) throw error;
    const sources = [misconfigured('https-date', 'AWS STS', error.message)];
    if (config.aws === 'sts') sources.push(misconfigured('sts', 'AWS STS', error.message));
    return sources;
  }
  const ca = options.ca ? { ca: options.ca } : {};
  const sources: TimeSource[] = [
    httpsDateSource(endpoint, { env, thresholdsMs: thresholdsOf(config), ...ca }),
  ];
  const wantSigned = config.aws === 'sts' || (config.aws === 'auto' && credentialHints(env, options).likely);
  if (wantSigned) {
    const blocking = blockingCredentialFile(env, options.home ?? homedir());
    sources.push(
      blocking
        ? misconfigured('sts', endpointLabel(endpoint), blocking)
        : stsSource(endpoint, { env, required: config.aws === 'sts', ...ca }),
    );
  }
  const operatorOf = options.operatorOf;
  if (!operatorOf) return sources;
  return sources.map((s) => withOperator(s, operatorOf(endpoint.url.hostname)));
}

// Pure and light, so that the check can call it without loading the AWS sources.
export { awsRequirementFailure } from '../gate/aws-notes.js';
