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
import { echoUrl } from '../config/config.js';

export const DEFAULT_REGION = 'us-east-1';

export interface Partition {
  id: string;
  dnsSuffix: string;
  dualStackDnsSuffix: string;
  regionRegex: RegExp;
}

export const PARTITIONS: readonly Partition[] = [
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
export function partitionOf(region: string): Partition {
  return PARTITIONS.find((p) => p.regionRegex.test(region)) ?? PARTITIONS[0]!;
}

export type EndpointOrigin = 'AWS_ENDPOINT_URL_STS' | 'AWS_ENDPOINT_URL' | 'region';

export interface StsEndpoint {
  url: URL;
  region: string;
  partition: string;
  origin: EndpointOrigin;
  /** Only https endpoints authenticate the server (and so its Date). */
  tls: boolean;
}

export class EndpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EndpointError';
  }
}

function envFlag(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === 'true';
}

function configuredUrl(env: NodeJS.ProcessEnv): { text: string; origin: EndpointOrigin } | undefined {
  if (envFlag(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS)) return undefined;
  if (env.AWS_ENDPOINT_URL_STS) return { text: env.AWS_ENDPOINT_URL_STS, origin: 'AWS_ENDPOINT_URL_STS' };
  if (env.AWS_ENDPOINT_URL) return { text: env.AWS_ENDPOINT_URL, origin: 'AWS_ENDPOINT_URL' };
  return undefined;
}

/** The regional STS URL for a region, FIPS and dual-stack as the SDK's ruleset builds them. */
export function regionalStsUrl(region: string, options: { fips?: boolean; dualStack?: boolean } = {}): URL {
  const p = partitionOf(region);
  const { fips = false, dualStack = false } = options;
  if (fips && dualStack) return new URL(`https://sts-fips.${region}.${p.dualStackDnsSuffix}`);
  // GovCloud's regular STS endpoints are already FIPS endpoints; the ruleset maps FIPS to them.
  if (fips) {
    return new URL(
      p.id === 'aws-us-gov'
        ? `https://sts.${region}.amazonaws.com`
        : `https://sts-fips.${region}.${p.dnsSuffix}`,
    );
  }
  if (dualStack) return new URL(`https://sts.${region}.${p.dualStackDnsSuffix}`);
  if (region === 'aws-global') return new URL('https://sts.amazonaws.com');
  return new URL(`https://sts.${region}.${p.dnsSuffix}`);
}

/**
 * `region` is `config.awsRegion` (input, AWS_REGION, AWS_DEFAULT_REGION already applied); undefined means
 * us-east-1. Throws EndpointError (with the variable's name) when a configured URL is unusable.
 */
export function resolveStsEndpoint(region: string | undefined, env: NodeJS.ProcessEnv): StsEndpoint {
  const r = region ?? DEFAULT_REGION;
  const partition = partitionOf(r).id;
  const configured = configuredUrl(env);
  if (configured) {
    const given = `${configured.origin}=${echoUrl(configured.text)}`;
    let url: URL;
    try {
      url = new URL(configured.text.trim());
    } catch {
      throw new EndpointError(`${given} is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new EndpointError(`${given} must be an http:// or https:// URL`);
    }
    // Port 0 is not a port: the request would go to the scheme's default port instead.
    if (url.port === '0') throw new EndpointError(`${given} has port 0; ports are 1 to 65535`);
    // AWS signs requests and takes no credentials in the URL; kept, they would be printed in every report.
    if (url.username !== '' || url.password !== '') {
      throw new EndpointError(`${given} carries credentials (user:password@); give the URL without them`);
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
export function endpointLabel(endpoint: StsEndpoint): string {
  const u = endpoint.url;
  if (u.protocol === 'https:' && (u.pathname === '/' || u.pathname === '') && !u.port) return u.hostname;
  return u.href.replace(/\/$/, '');
}
