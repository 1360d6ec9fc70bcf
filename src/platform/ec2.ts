/**
 * EC2 detection from DMI (a few small sysfs reads, no metadata-service call), and the Amazon Time Sync
 * Service: a stratum-1-backed NTP server on a link-local address inside every instance's hypervisor,
 * reachable without internet access or security-group rules, and the reference AWS itself keeps to.
 */
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import type { ServerSpec } from '../config/config.js';
import { AMAZON_TIME_SYNC_WHY, TIME_SERVICES, type TimeService } from './time-services.js';
import type { ImdsAnswer } from './imds.js';

export interface DmiFacts {
  sysVendor?: string;
  boardVendor?: string;
  biosVendor?: string;
  /** Readable by root only; starts with "ec2" on EC2. */
  productUuid?: string;
  /** /sys/hypervisor/uuid on Xen-based instances; starts with "ec2". */
  hypervisorUuid?: string;
}

export function isEc2(facts: DmiFacts): boolean {
  const vendor = [facts.sysVendor, facts.boardVendor, facts.biosVendor].some((v) =>
    /^Amazon EC2\b/i.test(v?.trim() ?? ''),
  );
  const uuid = [facts.productUuid, facts.hypervisorUuid].some((u) => /^ec2/i.test(u?.trim() ?? ''));
  return vendor || uuid;
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').slice(0, 256);
  } catch {
    return undefined;
  }
}

export function readDmi(root = '/'): DmiFacts {
  const dmi = (name: string) => read(`${root}sys/devices/virtual/dmi/id/${name}`);
  const facts: DmiFacts = {};
  const set = <K extends keyof DmiFacts>(key: K, value: string | undefined) => {
    if (value !== undefined) facts[key] = value;
  };
  set('sysVendor', dmi('sys_vendor'));
  set('boardVendor', dmi('board_vendor'));
  set('biosVendor', dmi('bios_vendor'));
  set('productUuid', dmi('product_uuid'));
  set('hypervisorUuid', read(`${root}sys/hypervisor/uuid`));
  return facts;
}

/** Linux only: macOS and Windows instances have no sysfs; detectEc2Anywhere asks IMDS there. */
export function detectEc2(os: NodeJS.Platform = process.platform, root = '/'): boolean {
  return os === 'linux' && isEc2(readDmi(root));
}

/** Most of a check's budget stays with the measurement: the metadata probe gets this much at most. */
export const IMDS_BUDGET_MS = 800;

/**
 * Whether to ask the metadata service: where DMI cannot tell (Windows, macOS), unless the AWS SDKs'
 * own switch turns it off, or this is a GitHub-hosted runner (Azure; its 169.254.169.254 is not EC2's).
 */
export function shouldAskImds(os: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  if (os !== 'win32' && os !== 'darwin') return false;
  if (env.AWS_EC2_METADATA_DISABLED?.trim().toLowerCase() === 'true') return false;
  return !(env.GITHUB_ACTIONS === 'true' && env.RUNNER_ENVIRONMENT === 'github-hosted');
}

export interface Ec2DetectOptions {
  os?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** The metadata service base URL; default AWS_EC2_METADATA_SERVICE_ENDPOINT, else the link-local one. */
  imdsEndpoint?: string;
  /** For the metadata probe, when it runs. */
  timeoutMs: number;
}

/**
 * The metadata service's answer per endpoint, remembered for the process: the probe can take its whole
 * bound (0.8 s on a self-hosted Windows or macOS machine outside EC2), and a check may run several times in
 * one process (resync's second measurement, each attempt of wait, the post step). A quick failure
 * (refused, no route) is forgotten: at boot the network may come up between wait's attempts.
 */
const imdsAnswers = new Map<string, Promise<ImdsAnswer>>();

/** DMI on Linux; elsewhere IMDSv2 (token first, bounded by timeoutMs), asked once per process. */
export async function detectEc2Anywhere(options: Ec2DetectOptions): Promise<boolean> {
  const os = options.os ?? process.platform;
  const env = options.env ?? process.env;
  if (detectEc2(os)) return true;
  if (!shouldAskImds(os, env)) return false;
  const endpoint = options.imdsEndpoint ?? env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
  const key = endpoint ?? '';
  let answer = imdsAnswers.get(key);
  if (!answer) {
    answer = import('./imds.js').then(({ probeImdsV2 }) =>
      probeImdsV2({ ...(endpoint ? { endpoint } : {}), timeoutMs: options.timeoutMs }),
    );
    imdsAnswers.set(key, answer);
  }
  const settled = await answer;
  if (!settled.ec2 && settled.askAgain && imdsAnswers.get(key) === answer) imdsAnswers.delete(key);
  return settled.ec2;
}

export const AMAZON_TIME_SYNC_IPV4 = '169.254.169.123';
export const AMAZON_TIME_SYNC_IPV6 = 'fd00:ec2::123';

/**
 * The Amazon Time Sync Service as NTP sources. The IPv6 address answers only on Nitro instances in a
 * subnet with IPv6, so it is asked only by a machine with an IPv6 address of its own beyond link-local:
 * without one it cannot be reached at all, and a source that fails is still a vote (policy.ts), one the
 * user could not remove, standing against a majority it can never join. Where it is asked and does not
 * answer, it is one silent source of several.
 */
export function amazonTimeSyncServers(interfaces: InterfaceList = networkInterfaces()): ServerSpec[] {
  const v4: ServerSpec = { host: AMAZON_TIME_SYNC_IPV4, port: 123, label: AMAZON_TIME_SYNC_IPV4 };
  if (!hasRoutableIpv6(interfaces)) return [v4];
  return [v4, { host: AMAZON_TIME_SYNC_IPV6, port: 123, label: `[${AMAZON_TIME_SYNC_IPV6}]` }];
}

type InterfaceList = NodeJS.Dict<Array<{ address: string; family: string | number; internal: boolean }>>;

function hasRoutableIpv6(interfaces: InterfaceList): boolean {
  return Object.values(interfaces).some((addresses) =>
    (addresses ?? []).some(
      (a) => (a.family === 'IPv6' || a.family === 6) && !a.internal && !/^fe[89ab][0-9a-f]:/i.test(a.address),
    ),
  );
}

/** Fix text for an EC2 instance, in the words of the time service it runs. */
export function ec2Advice(service: TimeService): string {
  return `${AMAZON_TIME_SYNC_WHY} ${TIME_SERVICES[service].ec2}`;
}
