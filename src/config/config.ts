/**
 * One input schema for both entry points: the action reads `INPUT_*` through @actions/core, the CLI reads
 * `--flags`; both hand a name → raw string lookup to `readConfig`, which validates everything before any
 * network work and names the input and its accepted form when something is wrong.
 */

import { isIPv4 as netIsIPv4, isIPv6 as netIsIPv6 } from 'node:net';
import type { Thresholds } from '../model.js';
import { parseProfiles, PROFILE_NAMES, resolveThresholds, type ProfileName } from './profiles.js';

export class InputError extends Error {
  constructor(
    readonly input: string,
    /** What is wrong and the accepted form, without the input's name. */
    readonly detail: string,
  ) {
    super(`Invalid input '${input}': ${detail}`);
    this.name = 'InputError';
  }
}

/**
 * A bad value quoted back to the person who wrote it: whole when short, else its start and its length
 * (a 120 KB value echoed whole buries the message that names the input).
 */
export function echo(value: string): string {
  const MAX = 60;
  // JSON's escapes, and \u escapes for what it leaves as it is but a reader cannot see: C1 controls,
  // format characters (zero-width spaces, bidi controls), line and paragraph separators and spaces other
  // than ' ' ('\u200bus-east-1' must not look like a valid region).
  const oneLine = JSON.stringify(value)
    .slice(1, -1)
    .replace(/[\u0080-\u009f\p{Cf}\p{Zl}\p{Zp}]|(?! )\p{Zs}/gu, (c) => {
      const code = c.codePointAt(0)!;
      return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
  if (oneLine.length <= MAX) return `'${oneLine}'`;
  // Cut before an escape the limit would split (`\u20`, a lone `\`), not inside it.
  const cut = oneLine.slice(0, MAX).replace(/\\(?:u\{?[0-9a-f]*)?$/, '');
  return `'${cut}…' (${value.length} characters)`;
}

/**
 * A URL (or `host[:port]`) as written, quoted by echo() without the user name and password its authority
 * may carry (the text up to the authority's last '@'), and saying so: they are secrets, and a refusal is
 * printed and annotated where a value built at run time is not masked. Found in the text, so that a URL
 * that does not parse is shown without them too.
 */
export function echoUrl(text: string): string {
  const trimmed = text.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(trimmed)?.[0] ?? '';
  const rest = trimmed.slice(scheme.length);
  const at = /^[^/?#]*/.exec(rest)![0].lastIndexOf('@');
  return at < 0 ? echo(text) : `${echo(`${scheme}${rest.slice(at + 1)}`)} (credentials not shown)`;
}

export interface ServerSpec {
  /** Hostname or IP literal (IPv6 without brackets). */
  host: string;
  port: number;
  /** As written by the user, for reports. */
  label: string;
}

/** An HTTPS server whose Date header is a time source (https-servers). */
export interface HttpsServerSpec {
  url: URL;
  /** For reports: the host (and port when not 443), or the whole URL when it has a path. */
  label: string;
  /** Where it came from: the https-servers input, or GITHUB_API_URL (the default inside GitHub Actions). */
  from: 'https-servers' | 'GITHUB_API_URL';
}

export type AwsMode = 'auto' | 'https' | 'sts' | 'off';
export type ResyncMode = 'false' | 'true' | 'force';
export type ResyncMethod = 'auto' | 'set-clock';
export type OnUnreachable = 'fail' | 'warn';

export interface Config {
  ntpServers: ServerSpec[];
  ntsServers: ServerSpec[];
  httpsServers: HttpsServerSpec[];
  requireAuthenticated: boolean;
  aws: AwsMode;
  awsRegion: string | undefined;
  /** The strictest warn and fail limits of the two sides (see `thresholds` for each side). */
  warnOffsetMs: number;
  maxOffsetMs: number;
  /** Consumer profiles asked for (`profile`), in the order given. */
  profiles: ProfileName[];
  /** Warn and fail limits per side, and which profile set each: what the verdict judges against. */
  thresholds: Thresholds;
  timeoutMs: number;
  onUnreachable: OnUnreachable;
  postCheck: boolean;
  resync: ResyncMode;
  resyncMethod: ResyncMethod;
  /** Mask the AWS account id in logs and keep it out of outputs (as configure-aws-credentials does). */
  maskAwsAccountId: boolean;
  /** Prometheus textfile to write the result to (node_exporter's textfile collector). */
  metricsFile: string | undefined;
  /** Pushgateway base URL to push the result to. */
  pushgateway: URL | undefined;
}

export interface InputSpec {
  name: string;
  description: string;
  /** The default as the user would write it; an empty string means "not set". */
  default: string;
  /** Accepted form, quoted in error messages and in --help. */
  form: string;
  /** Whether the CLI accepts it as a bare flag (`--x` meaning `--x=true`). */
  boolean?: boolean;
  /** For a boolean-like input with more values (`--resync force`): words the CLI takes as its value. */
  choices?: readonly string[];
}

/**
 * Public NTP defaults: four operators with independent infrastructure, so that three must agree for a
 * majority and one operator's fault is outvoted. time.aws.com is AWS's own public NTP service, closest to
 * the clock that finally judges signatures. pool.ntp.org is left out on purpose: the pool asks software
 * vendors not to ship its default zone.
 */
export const DEFAULT_NTP_SERVERS = [
  'time.aws.com',
  'time.cloudflare.com',
  'time.google.com',
  'time.apple.com',
];

/**
 * Public NTS (authenticated NTP, RFC 8915) defaults: four independent operators, so three must agree for a
 * majority. Cloudflare (anycast, NTS since 2019), Netnod (Swedish national time, anycast, stratum 1),
 * PTB (Germany's national metrology institute, stratum 1) and SIDN's TimeNL (stratum 1).
 */
export const DEFAULT_NTS_SERVERS = [
  'time.cloudflare.com',
  'nts.netnod.se',
  'ptbtime1.ptb.de',
  'ntppool1.time.nl',
];

export const DEFAULT_WARN_OFFSET = '5s';
const DEFAULT_MAX_OFFSET = '60s';

export const INPUTS: readonly InputSpec[] = [
  {
    name: 'ntp-servers',
    description:
      'NTP servers to ask, comma- or newline-separated: host, host:port, IPv4, [IPv6] or [IPv6]:port. `none` turns NTP off.',
    default: DEFAULT_NTP_SERVERS.join(','),
    form: 'a comma- or newline-separated list of host, host:port, IPv4, [IPv6]:port, or none',
  },
  {
    name: 'nts-servers',
    description:
      'NTS (authenticated NTP, RFC 8915) servers: the NTS-KE host, or host:port (port 4460 by default); the NTP server and port come from NTS-KE. Trust: the system store plus NODE_EXTRA_CA_CERTS. `none` turns NTS off.',
    default: DEFAULT_NTS_SERVERS.join(','),
    form: 'a comma- or newline-separated list of host, host:port, IPv4, [IPv6]:port, or none',
  },
  {
    name: 'https-servers',
    description:
      "HTTPS servers whose Date header is a time source (authenticated by TLS), comma- or newline-separated: https://host[:port][/path] or host[:port]. Servers of one operator (registrable domain) are one vote. Default: inside GitHub Actions, GITHUB_API_URL (GitHub's clock, which judges GitHub tokens and App JWTs); elsewhere none. A list replaces the default; `none` turns it off.",
    default: '',
    form: 'a comma- or newline-separated list of https://host[:port][/path] or host[:port] (https), or none',
  },
  {
    name: 'require-authenticated',
    description:
      'Only authenticated sources (NTS, HTTPS Date over TLS, signed STS) decide; unauthenticated NTP is still shown, marked as not deciding.',
    default: 'false',
    form: 'true or false',
    boolean: true,
  },
  {
    name: 'aws',
    description:
      'AWS as a time reference: `auto` (HTTPS Date of the regional STS endpoint, plus a signed STS call when credentials are available), `https`, `sts` (signed call required) or `off`.',
    default: 'auto',
    form: 'one of auto, https, sts, off',
  },
  {
    name: 'aws-region',
    description:
      'Region whose STS endpoint is asked. Default: AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1.',
    default: '',
    form: 'an AWS region name such as us-east-1 or eu-west-2',
  },
  {
    name: 'warn-offset',
    description:
      "Warn when the clock is off by more than this, on either side (default: 5s, or the profile's warning point). Durations: 1500ms, 30s, 5m, 1h; bare numbers are seconds.",
    default: '',
    form: 'a duration such as 1500ms, 30s, 5m or 1h (bare numbers are seconds)',
  },
  {
    name: 'max-offset',
    description:
      "Fail when the clock is off by more than this, on either side (default: 60s, or the profile's limit). AWS rejects SigV4 signatures more than 5 minutes off.",
    default: '',
    form: 'a duration such as 1500ms, 30s, 5m or 1h (bare numbers are seconds)',
  },
  {
    name: 'profile',
    description:
      "Tolerances of the credentials the job uses next, comma-separated and combinable (the strictest wins on each side): `aws` (SigV4, 5 min), `github-app` (App JWT, 30 s ahead, 9 m 30 s behind), `kerberos` (5 min), `oidc` (60 s), `strict` (5 s). Each fails at the consumer's limit and warns before it (at half for aws, github-app and kerberos; oidc at 5 s, strict at 1 s); an explicit warn-offset or max-offset still wins.",
    default: '',
    form: `a comma-separated list of ${PROFILE_NAMES.join(', ')}`,
  },
  {
    name: 'timeout',
    description:
      'Deadline for the whole check, all sources together. For `wait`: the whole wait (default 5m there), each measurement taking at most 10s of it.',
    default: '10s',
    form: 'a duration between 100ms and 10m, such as 10s',
  },
  {
    name: 'on-unreachable',
    description: 'What to do when no reference answers: `fail` the job or only `warn`.',
    default: 'fail',
    form: 'fail or warn',
  },
  {
    name: 'post-check',
    description:
      'At the end of the job, measure again (cheaply: the sources that answered) and say so when the clock moved by more than warn-offset or is past max-offset.',
    default: 'true',
    form: 'true or false',
    boolean: true,
  },
  {
    name: 'resync',
    description:
      'Resync the clock when the check does not pass (warn or fail), then measure again and let the second measurement decide. `false`: never; `true`: on self-hosted runners and outside GitHub Actions; `force`: also on GitHub-hosted runners.',
    default: 'false',
    form: 'one of false, true, force',
    boolean: true,
    choices: ['false', 'true', 'force'],
  },
  {
    name: 'resync-method',
    description:
      "How to resync: `auto` uses the machine's own time service (chrony, systemd-timesyncd, ntpd/NTPsec, OpenNTPD, macOS sntp, Windows w32tm); `set-clock` sets the clock directly from the measured consensus, only when at least two sources agree or an authenticated one decides (last resort).",
    default: 'auto',
    form: 'auto or set-clock',
  },
  {
    name: 'mask-aws-account-id',
    description:
      "Mask the AWS account id of the signed STS check in the job's logs and leave it out of the `sources` output (as aws-actions/configure-aws-credentials does). `false` shows and outputs it.",
    default: 'true',
    form: 'true or false',
    boolean: true,
  },
  {
    name: 'metrics-file',
    description:
      "Write the result as Prometheus metrics to this file (atomically), for node_exporter's textfile collector: a path ending in .prom in its --collector.textfile.directory. The directory must exist and be writable.",
    default: '',
    form: 'a file path in an existing, writable directory, such as /var/lib/prometheus/node-exporter/clock_preflight.prom',
  },
  {
    name: 'pushgateway',
    description:
      'Push the result as Prometheus metrics to this Pushgateway (job clock-preflight, instance the runner name or host name). A failed push is a warning; it never fails the check.',
    default: '',
    form: 'the Pushgateway base URL, such as http://pushgateway:9091 (https://user:password@host:9091 for basic auth, percent-encoded)',
  },
];

export function inputSpec(name: string): InputSpec {
  const spec = INPUTS.find((i) => i.name === name);
  if (!spec) throw new Error(`no input named ${name}`);
  return spec;
}

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `1500ms`, `30s`, `5m`, `1h`, `2.5s`; a bare number is seconds. */
export function parseDuration(text: string, input: string): number {
  const match = DURATION.exec(text.trim());
  if (!match) throw new InputError(input, `${echo(text)} is not a duration; use ${inputSpec(input).form}`);
  const ms = Number(match[1]) * UNIT_MS[match[2] ?? 's']!;
  if (!Number.isFinite(ms))
    throw new InputError(input, `${echo(text)} is too large; use ${inputSpec(input).form}`);
  return ms;
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
export function isIPv4(text: string): boolean {
  return netIsIPv4(text);
}

/** An IPv6 literal without a zone id (a zone names a local interface, never a time server). */
export function isIPv6(text: string): boolean {
  // Every IPv6 literal has at least two colons; checking that first spares host:port entries node's large
  // IPv6 pattern (compiled on first use, ~5 ms of start-up).
  return text.indexOf(':') !== text.lastIndexOf(':') && !text.includes('%') && netIsIPv6(text);
}

export function isHostname(text: string): boolean {
  if (text.length === 0 || text.length > 253) return false;
  const labels = text.replace(/\.$/, '').split('.');
  // An all-numeric dotted name that is not an IPv4 address (999.1.1.1) is a typo, not a host.
  if (labels.every((l) => /^\d+$/.test(l))) return false;
  return labels.every((l) => HOST_LABEL.test(l));
}

function parsePort(text: string, input: string, entry: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535) {
    throw new InputError(input, `${echo(entry)} has an invalid port; ports are 1 to 65535`);
  }
  return Number(text);
}

/** One server entry: host, host:port, IPv4, IPv4:port, IPv6, [IPv6] or [IPv6]:port. */
export function parseServer(entry: string, input: string, defaultPort: number): ServerSpec {
  const bad = (what = 'not a server') =>
    new InputError(
      input,
      `${echo(entry)} is ${what}; use ${inputSpec(input).form.replace(/^a comma.*?list of /, '')}`,
    );
  // A URL where a server is expected (`http://…`, `ntp://…`) would read as host `http` with a bad port.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) throw bad('a URL, not a server');
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(entry);
  if (bracketed) {
    if (!isIPv6(bracketed[1]!)) throw bad();
    const port = bracketed[2] === undefined ? defaultPort : parsePort(bracketed[2], input, entry);
    return { host: bracketed[1]!, port, label: entry };
  }
  if (isIPv6(entry)) return { host: entry, port: defaultPort, label: entry };
  const parts = entry.split(':');
  if (parts.length > 2) throw bad();
  const [host, portText] = parts as [string, string | undefined];
  if (!isIPv4(host) && !isHostname(host)) throw bad();
  const port = portText === undefined ? defaultPort : parsePort(portText, input, entry);
  return { host: host.toLowerCase(), port, label: entry };
}

/** Servers per list at most: each is a socket and a vote, and more than a handful adds nothing. */
const MAX_SERVERS = 16;

/**
 * The rules every server list follows: comma- or newline-separated, `none` (alone) for an empty list, no
 * server twice (by `key`: the same host and port, or the same URL), at most 16.
 */
function parseList<T extends { label: string }>(
  text: string,
  input: string,
  parseEntry: (entry: string) => T,
  key: (server: T) => string,
): T[] {
  const entries = text
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
  if (entries.length === 1 && entries[0]!.toLowerCase() === 'none') return [];
  if (entries.length === 0) throw new InputError(input, `the list is empty; give servers or 'none'`);
  // Not a host name among others: it would be looked up in DNS, and the list would not mean what it says.
  if (entries.some((e) => e.toLowerCase() === 'none'))
    throw new InputError(input, `'none' stands alone, for no servers; give servers or 'none'`);
  const servers = entries.map(parseEntry);
  const seen = new Set<string>();
  for (const s of servers) {
    if (seen.has(key(s))) throw new InputError(input, `${echo(s.label)} is listed twice`);
    seen.add(key(s));
  }
  if (servers.length > MAX_SERVERS)
    throw new InputError(input, `${servers.length} servers is too many; give at most ${MAX_SERVERS}`);
  return servers;
}

/** A comma- or newline-separated list; `none` (alone) means an empty list. */
export function parseServerList(text: string, input: string, defaultPort: number): ServerSpec[] {
  return parseList(
    text,
    input,
    (e) => parseServer(e, input, defaultPort),
    (s) => `${s.host}:${s.port}`,
  );
}

/**
 * One https-servers entry: an https URL, or host[:port] meaning https. Plain http is refused: anyone on
 * the path can rewrite an unauthenticated Date header, so it would be a vote an attacker casts.
 */
export function parseHttpsServer(
  entry: string,
  input: string,
  from: HttpsServerSpec['from'] = 'https-servers',
): HttpsServerSpec {
  const form = 'use https://host[:port][/path] or host[:port]';
  const schemeText = /^[a-z][a-z0-9+.-]*:\/\//i.exec(entry)?.[0] ?? '';
  const scheme = schemeText ? schemeText.slice(0, -3).toLowerCase() : undefined;
  const rest = entry.slice(schemeText.length);
  // The authority as written, checked by the same rules as the other server lists: the URL parser would
  // quietly turn 'https://999' into 0.0.3.231 and accept names no resolver knows.
  const authority = /^[^/?#]*/.exec(rest)![0];
  // The entry as every refusal quotes it: a user name or password in it is a secret, never printed.
  const credentials = authority.includes('@');
  const shown = echoUrl(entry);
  if (scheme === 'http') {
    throw new InputError(
      input,
      `${shown} is plain HTTP: anyone on the network path can rewrite its Date header, so it cannot vote on the time; use https://`,
    );
  }
  if (scheme !== undefined && scheme !== 'https') {
    throw new InputError(input, `${shown} is not an https URL; ${form}`);
  }
  if (credentials) {
    // Credentials in the URL would be sent to the server and printed in every report.
    throw new InputError(
      input,
      `${shown} carries credentials (user:password@); give the server without them`,
    );
  }
  const bad = () => new InputError(input, `${echo(entry)} does not name a server; ${form}`);
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(authority);
  const [host, port] = bracketed
    ? [bracketed[1]!, bracketed[2]]
    : (authority.split(':') as [string, string | undefined, ...string[]]);
  if (bracketed ? !isIPv6(host) : authority.split(':').length > 2 || (!isIPv4(host) && !isHostname(host)))
    throw bad();
  if (port !== undefined) parsePort(port, input, entry);
  let url: URL;
  try {
    url = new URL(`https://${rest}`);
  } catch {
    throw bad();
  }
  url.hash = '';
  const plainOrigin = url.pathname === '/' && url.search === '';
  const label = plainOrigin ? url.host : url.href.slice('https://'.length);
  return { url, label, from };
}

/**
 * https-servers: the list given, or (when not given) GITHUB_API_URL inside GitHub Actions: GitHub's own
 * clock judges the GitHub tokens and App JWTs a job mints, so it is the reference that matters there.
 */
export function parseHttpsServers(text: string | undefined, env: Environment): HttpsServerSpec[] {
  const input = 'https-servers';
  if (text === undefined || text.trim() === '') {
    if (env.GITHUB_ACTIONS !== 'true') return [];
    const api = env.GITHUB_API_URL?.trim() || 'https://api.github.com';
    return [
      parseHttpsServer(
        api,
        'https-servers (from GITHUB_API_URL; set https-servers to none or to a list to replace it)',
        'GITHUB_API_URL',
      ),
    ];
  }
  return parseList(
    text,
    input,
    (e) => parseHttpsServer(e, input),
    (s) => s.url.href,
  );
}

export function parseChoice<T extends string>(text: string, input: string, choices: readonly T[]): T {
  const value = text.trim().toLowerCase();
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(input, `${echo(text)} is not accepted; use ${inputSpec(input).form}`);
}

export function parseBoolean(text: string, input: string): boolean {
  const value = text.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new InputError(
    input,
    `${echo(text)} is not accepted; use ${INPUTS.find((i) => i.name === input)?.form ?? 'true or false'}`,
  );
}

const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;

export function parseRegion(text: string, input: string): string {
  const value = text.trim();
  if (!REGION.test(value))
    throw new InputError(input, `${echo(text)} is not a region; use ${inputSpec('aws-region').form}`);
  return value;
}

function readProfiles(text: string): ProfileName[] {
  if (text.trim() === '') return [];
  const parsed = parseProfiles(text);
  if ('bad' in parsed) {
    throw new InputError('profile', `${echo(parsed.bad)} is not a profile; use ${inputSpec('profile').form}`);
  }
  if ('twice' in parsed) throw new InputError('profile', `${echo(parsed.twice)} is listed twice`);
  if (parsed.length === 0)
    throw new InputError('profile', `the list is empty; use ${inputSpec('profile').form}`);
  return parsed;
}

/**
 * The Pushgateway's base URL (a path prefix is kept, for a gateway behind --web.route-prefix). A value
 * that is not a URL is not quoted back: it may hold a password, and where it ends cannot be told.
 */
function parsePushgateway(text: string, input: string): URL {
  const form = inputSpec('pushgateway').form;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new InputError(input, `the value is not a URL; use ${form}`);
  }
  const shown = `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InputError(input, `${echo(shown)} is not http:// or https://; use ${form}`);
  if (url.search !== '' || url.hash !== '')
    throw new InputError(input, `${echo(shown)} has a query or a fragment; use ${form}`);
  // Port 0 is not a port: the request would go to the scheme's default port instead.
  if (url.port === '0')
    throw new InputError(input, `${echo(shown)} has port 0; ports are 1 to 65535: ${form}`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // Underscores allowed: a Pushgateway is often a Compose or Kubernetes service name (push_gateway).
  if (!isIPv4(host) && !isIPv6(host) && !/^(?=.{1,253}$)[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?$/i.test(host))
    throw new InputError(input, `${echo(shown)} does not name a host; use ${form}`);
  // Credentials are sent percent-decoded: one that cannot be decoded would fail only after the check.
  try {
    decodeURIComponent(url.username);
    decodeURIComponent(url.password);
  } catch {
    throw new InputError(input, `its user name or password has a broken %-escape; use ${form}`);
  }
  if (/\/metrics(\/|$)/.test(url.pathname))
    throw new InputError(
      input,
      `${echo(shown)} names a push path; give the base URL only (clock-preflight adds /metrics/job/clock-preflight/instance/…): ${form}`,
    );
  return url;
}

/** Raw value lookup: undefined or '' means "use the default". */
export type RawInputs = (name: string) => string | undefined;

export interface Environment {
  AWS_REGION?: string | undefined;
  AWS_DEFAULT_REGION?: string | undefined;
  /** 'true' inside GitHub Actions: GITHUB_API_URL joins as an https server by default. */
  GITHUB_ACTIONS?: string | undefined;
  GITHUB_API_URL?: string | undefined;
}

function raw(get: RawInputs, name: string): string {
  const value = get(name);
  return value === undefined || value.trim() === '' ? inputSpec(name).default : value;
}

export function readConfig(get: RawInputs, env: Environment = {}): Config {
  const ntpServers = parseServerList(raw(get, 'ntp-servers'), 'ntp-servers', 123);
  const ntsServers = parseServerList(raw(get, 'nts-servers'), 'nts-servers', 4460);
  const httpsServers = parseHttpsServers(get('https-servers'), env);
  const requireAuthenticated = parseBoolean(raw(get, 'require-authenticated'), 'require-authenticated');
  const aws = parseChoice(raw(get, 'aws'), 'aws', ['auto', 'https', 'sts', 'off'] as const);
  const regionText = raw(get, 'aws-region');
  let awsRegion: string | undefined;
  if (regionText !== '') awsRegion = parseRegion(regionText, 'aws-region');
  // The environment's region is another tool's setting too: with AWS off nothing here uses it, so a value
  // this check would refuse (a typo, LocalStack's `local`) is not its business then.
  else if (aws === 'off') awsRegion = undefined;
  else if (env.AWS_REGION) awsRegion = parseRegion(env.AWS_REGION, 'aws-region (from AWS_REGION)');
  else if (env.AWS_DEFAULT_REGION) {
    awsRegion = parseRegion(env.AWS_DEFAULT_REGION, 'aws-region (from AWS_DEFAULT_REGION)');
  }
  // Unset (no default in the schema) so that a profile can tell the user's value from the default's.
  const warnText = raw(get, 'warn-offset') || DEFAULT_WARN_OFFSET;
  const maxText = raw(get, 'max-offset') || DEFAULT_MAX_OFFSET;
  const warnGiven = raw(get, 'warn-offset') !== '';
  const maxGiven = raw(get, 'max-offset') !== '';
  const warnOffsetMs = parseDuration(warnText, 'warn-offset');
  const maxOffsetMs = parseDuration(maxText, 'max-offset');
  if (maxOffsetMs <= 0)
    throw new InputError(
      'max-offset',
      `${echo(maxText)} is not more than zero; use ${inputSpec('max-offset').form}`,
    );
  const profiles = readProfiles(raw(get, 'profile'));
  // The user's warn-offset above the failure limit is a mistake when that limit is the user's too, or the
  // default; under a profile's limit it is clamped. The default warn-offset (5s) yields to a smaller
  // max-offset: resolveThresholds clamps it, and the failure limit then warns too.
  if (warnGiven && warnOffsetMs > maxOffsetMs && (maxGiven || profiles.length === 0)) {
    throw new InputError(
      'warn-offset',
      `${echo(warnText)} is larger than max-offset (${echo(maxText)}${maxGiven ? '' : ', its default'}); give a warn-offset no larger than max-offset`,
    );
  }
  const thresholds = resolveThresholds({
    profiles,
    ...(warnGiven ? { warnOffsetMs } : {}),
    ...(maxGiven ? { maxOffsetMs } : {}),
    defaultWarnMs: warnOffsetMs,
    defaultMaxMs: maxOffsetMs,
  });
  const timeoutMs = parseDuration(raw(get, 'timeout'), 'timeout');
  if (timeoutMs < 100 || timeoutMs > 600_000) {
    throw new InputError(
      'timeout',
      `${echo(raw(get, 'timeout'))} is out of range; use ${inputSpec('timeout').form}`,
    );
  }
  const onUnreachable = parseChoice(raw(get, 'on-unreachable'), 'on-unreachable', ['fail', 'warn'] as const);
  const postCheck = parseBoolean(raw(get, 'post-check'), 'post-check');
  const resyncText = raw(get, 'resync');
  const resync: ResyncMode =
    resyncText.trim().toLowerCase() === 'force'
      ? 'force'
      : parseBoolean(resyncText, 'resync')
        ? 'true'
        : 'false';
  const resyncMethod = parseChoice(raw(get, 'resync-method'), 'resync-method', [
    'auto',
    'set-clock',
  ] as const);
  const maskAwsAccountId = parseBoolean(raw(get, 'mask-aws-account-id'), 'mask-aws-account-id');
  const metricsFile = raw(get, 'metrics-file').trim() || undefined;
  const pushText = raw(get, 'pushgateway');
  const pushgateway = pushText.trim() !== '' ? parsePushgateway(pushText, 'pushgateway') : undefined;
  const noHttps = httpsServers.length === 0;
  if (ntpServers.length === 0 && ntsServers.length === 0 && aws === 'off' && noHttps) {
    throw new InputError(
      'ntp-servers',
      `'none' turns NTP off, and with nts-servers 'none', aws 'off' and no https-servers no time reference is left to check against; name a server in one of them, or set aws to 'auto'`,
    );
  }
  if (requireAuthenticated && ntsServers.length === 0 && aws === 'off' && noHttps) {
    throw new InputError(
      'require-authenticated',
      `'true' lets only authenticated sources decide, but nts-servers 'none', aws 'off' and no https-servers leave none; name an NTS or https server, set aws to 'auto', or set require-authenticated to 'false'`,
    );
  }
  return {
    ntpServers,
    ntsServers,
    httpsServers,
    requireAuthenticated,
    aws,
    awsRegion,
    warnOffsetMs: thresholds.warnOffsetMs,
    maxOffsetMs: thresholds.maxOffsetMs,
    profiles,
    thresholds,
    timeoutMs,
    onUnreachable,
    postCheck,
    resync,
    resyncMethod,
    maskAwsAccountId,
    metricsFile,
    pushgateway,
  };
}
