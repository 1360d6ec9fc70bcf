/**
 * The run's one outcome, computed once from the measurements and the configuration: what the status is
 * and why, whether the job fails, the annotation level, the words (title, text, notes, fix) and the resync
 * line. Pure. Every renderer (text, JSON, job summary, annotations, outputs, and any format to come) only
 * formats this object, so exit code, `status` output, JSON, annotation level and summary mark cannot
 * disagree: they are all read off `severity` and `status` here.
 */
import { INPUTS, type Config } from '../config/config.js';
import type { Measurement } from '../decide/measure.js';
import type { SourceResult, Status } from '../model.js';
import type { ResyncFlowResult } from './resync-flow.js';
import {
  awsRequirementFailure,
  describeSignedCheck,
  ntpBehindProxyNote,
  refusedForTime,
} from './aws-notes.js';
import { localNetworkNote } from '../platform/local-network.js';
import { githubNote } from './github-notes.js';
import { networkPathsAsked, pathWords } from '../decide/network-paths.js';

/** What the gate does with the job: pass quietly, pass with a warning, or stop it. */
export type Severity = 'ok' | 'warn' | 'fail';

/**
 * Why the status is what it is: the clock was judged; nothing answered; the answers disagree with no
 * majority; or a required check (`aws: sts`) did not succeed, whatever the clock says.
 */
export type OutcomeReason = 'judged' | 'no-answer' | 'no-majority' | 'aws-requirement';

/** Whose words name a setting: the action's inputs (`on-unreachable: warn`) or the CLI's flags. */
export type Dialect = 'action' | 'cli';

export interface ResyncLine {
  /** Whether resync commands ran (else it was asked for and skipped, with why). */
  ran: boolean;
  /** notice when it ran and its commands succeeded or it was skipped; warning when commands failed. */
  level: 'notice' | 'warning';
  title: string;
  line: string;
}

export interface Outcome {
  status: Status;
  reason: OutcomeReason;
  severity: Severity;
  exitCode: 0 | 1;
  /** The annotation this outcome deserves: none (info line) for ok, else warning or error. */
  level: 'info' | 'warning' | 'error';
  title: string;
  /** The explanation: size, direction, agreement, what breaks. */
  text: string;
  /** Findings beside the verdict, each said once. */
  notes: string[];
  /** The next step; empty when there is nothing to do. */
  fix: string;
  /** When the clock was judged out of bounds (warn or fail): the limit passed, in words (the verdict's). */
  limit?: string;
  /** Present when resync was asked for and the first check did not pass. */
  resync?: ResyncLine;
  resynced: boolean;
  offsetMs?: number;
  uncertaintyMs?: number;
  /** The measurement that decides (the second one when resync ran). */
  measurement: Measurement;
  /** The first measurement, when resync ran and a second one decides. */
  first?: Measurement;
  flow: ResyncFlowResult;
  /** AWS account ids seen (12 digits, validated): masked in logs unless mask-aws-account-id is false. */
  accountIds: string[];
  maskAccountId: boolean;
  dialect: Dialect;
}

export interface OutcomeInput {
  config: Config;
  first: Measurement;
  flow: ResyncFlowResult;
  /** Fix advice for this machine (from the platform facts), for a clock that is off. */
  clockFix: string;
  env: NodeJS.ProcessEnv;
  dialect: Dialect;
  /** The OS the check ran on (macOS's Local Network privacy blocks LAN servers); this process's by default. */
  os?: NodeJS.Platform;
}

const INPUT_NAMES = new Set(INPUTS.map((i) => i.name));
const SETTING_IN_BACKTICKS = /`([a-z][a-z-]+): ([^`\s]+)`/g;

/**
 * Names settings the way the reader types them: `on-unreachable: warn` in the action, `--on-unreachable
 * warn` in the CLI, and the same for quoted input names ('ntp-servers' → --ntp-servers).
 */
export function inDialect(text: string, dialect: Dialect): string {
  if (dialect === 'action') return text;
  return text
    .replace(SETTING_IN_BACKTICKS, (m, name: string, value: string) =>
      !INPUT_NAMES.has(name) ? m : value === 'true' ? `\`--${name}\`` : `\`--${name} ${value}\``,
    )
    .replace(/ on this step\b/g, '')
    .replace(
      /'((?:ntp|nts|https)-servers|aws|aws-region|warn-offset|max-offset|timeout|on-unreachable)'/g,
      '`--$1`',
    )
    .replace(/\(resync: (false|true|force)\)/g, (_m, v: string) => `(--resync ${v})`);
}

/** Account ids are 12 digits; anything else from a server is not masked as one (nor trusted as one). */
function accountIdsIn(results: readonly SourceResult[]): string[] {
  const ids = new Set<string>();
  for (const r of results) {
    const account = r.details?.account;
    if (typeof account === 'string' && /^\d{12}$/.test(account)) ids.add(account);
    const arn = r.details?.arn;
    const inArn = typeof arn === 'string' ? /^arn:[\w-]+:[\w-]+:[\w-]*:(\d{12}):/.exec(arn) : null;
    if (inArn) ids.add(inArn[1]!);
  }
  return [...ids];
}

const isDnsFailure = (r: SourceResult) => /^DNS lookup of /.test(r.reason ?? '');

/** A source that never asked: its setting is unusable (an AWS endpoint URL or file, see plan/aws.ts). */
const isMisconfigured = (r: SourceResult | undefined) => r?.details?.misconfigured === true;

const SETTING_FIX =
  'Correct the AWS setting the table names (an endpoint URL such as AWS_ENDPOINT_URL_STS, or a file such as AWS_CONFIG_FILE), or unset it to use the default.';

/**
 * How to reach more time sources from here: the setting when every failure is one, the resolver when every
 * failure is DNS, else the ports.
 */
function reachabilityFix(m: Measurement): string {
  const failed = m.results.filter((r) => r.status !== 'skipped');
  if (failed.length > 0 && failed.every(isMisconfigured)) return SETTING_FIX;
  if (failed.length > 0 && failed.every((r) => r.status === 'rejected' || r.status === 'kod')) {
    // Every path was open: the servers answered, and what they said was refused or a refusal to serve.
    return 'Every source was reached and answered, but no answer could be used (the table says why for each): this is not the network. Name other servers, or fix what the reasons name.';
  }
  return failed.length > 0 && failed.every(isDnsFailure)
    ? 'No name resolves: is DNS reachable from here? Every source failed its DNS lookup; fix the resolver, or name servers by IP address.'
    : `Allow one of them (${networkPathsAsked(m.results).map(pathWords).join(', ')}) or name reachable servers in 'ntp-servers'.`;
}

/** What to do when nothing answered: where to look, and how to let the job go on unchecked. */
function noAnswerFix(m: Measurement, config: Config): string {
  const next =
    config.onUnreachable === 'fail'
      ? ' To let the job go on unchecked meanwhile, set `on-unreachable: warn`.'
      : ' The job goes on unchecked (`on-unreachable: warn`).';
  const answeredUnauthenticated = m.results.some((r) => r.status === 'ok' && r.sample && !r.authenticated);
  if (config.requireAuthenticated && answeredUnauthenticated) {
    // The network let answers through; what is missing is one the policy accepts.
    return (
      'Make an authenticated source reachable (an NTS server: TCP 4460, then UDP 123; AWS or an https server over ' +
      'HTTPS), or set `require-authenticated: false` to let the answers in hand decide.' +
      next
    );
  }
  return reachabilityFix(m) + next;
}

/** What to do about a required signed check that failed: about the credentials, not the clock. */
function awsRequirementFix(signed: SourceResult | undefined): string {
  if (isMisconfigured(signed)) return SETTING_FIX;
  if (refusedForTime(signed)) {
    // STS was reached and answered; its own Date does not explain the refusal.
    return (
      'Check what answers at the STS endpoint (AWS_ENDPOINT_URL_STS or AWS_ENDPOINT_URL, a proxy in between): ' +
      "AWS's own Date puts this clock inside the window. Or set `aws: auto` to measure AWS's clock without requiring a signed call."
    );
  }
  if (signed?.details?.credentialsProblem === true) {
    return (
      'Check the credentials this step gets: run `aws sts get-caller-identity` in the same job (with OIDC, the role ' +
      "needs a trust policy for this repository and the job `id-token: write`), or set `aws: auto` to measure AWS's clock without requiring a signed call."
    );
  }
  return (
    'Make the regional STS endpoint reachable from here (HTTPS, through HTTPS_PROXY if the network needs one), or set ' +
    "`aws: auto` to measure AWS's clock without requiring a signed call."
  );
}

function severityOf(m: Measurement, config: Config, required: boolean): Severity {
  if (required) return 'fail';
  const v = m.verdict;
  if (v.status === 'unknown') {
    return v.reason === 'no-majority' || config.onUnreachable === 'fail' ? 'fail' : 'warn';
  }
  return v.status;
}

/** The resync line, when resync was asked for and the first check did not pass; undefined otherwise. */
function resyncLine(config: Config, first: Measurement, flow: ResyncFlowResult): ResyncLine | undefined {
  if (flow.report) {
    return {
      ran: true,
      level: flow.report.ok ? 'notice' : 'warning',
      title: 'clock-preflight resync',
      line: flow.line,
    };
  }
  if (config.resync !== 'false' && first.verdict.status !== 'ok') {
    return { ran: false, level: 'notice', title: 'clock-preflight resync skipped', line: flow.line };
  }
  return undefined;
}

export function decideOutcome(input: OutcomeInput): Outcome {
  const { config, first, flow, dialect } = input;
  const m = flow.final;
  const v = m.verdict;
  const requirement = awsRequirementFailure(config, m.results);
  const signed = m.results.find((r) => r.kind === 'sts');
  const severity = severityOf(m, config, requirement !== undefined);

  // Each thing once: the signed check's sentence is the requirement's reason when the requirement failed.
  const notes: string[] = [];
  const signedSentence = signed ? describeSignedCheck(signed) : undefined;
  const udp = m.results.filter((r) => r.kind === 'ntp' || r.kind === 'nts');
  const proxyNote =
    udp.length > 0 && udp.every((r) => r.status !== 'ok')
      ? ntpBehindProxyNote(input.env, m.results)
      : undefined;

  let reason: OutcomeReason = v.reason;
  let status: Status = v.status;
  let title = v.title;
  let text = v.message;
  let fix = '';
  if (requirement !== undefined && v.status !== 'fail') {
    // The clock may be fine; the check the user required is not. The status says so, and why.
    reason = 'aws-requirement';
    status = 'fail';
    title =
      signed?.details?.credentialsProblem === true
        ? 'Required AWS signed check failed: AWS rejected the credentials (aws: sts)'
        : refusedForTime(signed)
          ? 'Required AWS signed check was refused for time (aws: sts)'
          : 'Required AWS signed check did not complete (aws: sts)';
    text = signedSentence ?? requirement;
    notes.push(`The clock itself: ${v.title}. ${v.message}`);
    fix = awsRequirementFix(signed);
  } else {
    if (signedSentence) notes.push(signedSentence);
    if (requirement !== undefined && !signedSentence) notes.push(requirement);
    if (v.reason === 'no-answer') fix = noAnswerFix(m, config);
    else if (v.reason === 'no-majority')
      fix = v.tooFewAnswered
        ? reachabilityFix(m)
        : 'Add more servers, so that a majority can outvote a bad one.';
    else if (severity !== 'ok') fix = input.clockFix;
  }
  const github = githubNote(m);
  if (github) notes.push(github);
  if (proxyNote) notes.push(proxyNote);
  const localNetwork = localNetworkNote(input.os ?? process.platform, udp);
  if (localNetwork) notes.push(localNetwork);

  const speak = (s: string) => inDialect(s, dialect);
  const resync = resyncLine(config, first, flow);
  return {
    status,
    reason,
    severity,
    exitCode: severity === 'fail' ? 1 : 0,
    level: severity === 'fail' ? 'error' : severity === 'warn' ? 'warning' : 'info',
    title: speak(title),
    text: speak(text),
    notes: notes.map(speak),
    fix: severity === 'ok' ? '' : speak(fix),
    ...(reason === 'judged' && v.limit !== undefined ? { limit: speak(v.limit) } : {}),
    ...(resync ? { resync: { ...resync, line: speak(resync.line) } } : {}),
    resynced: flow.resynced,
    ...(v.offsetMs !== undefined ? { offsetMs: v.offsetMs } : {}),
    ...(v.uncertaintyMs !== undefined ? { uncertaintyMs: v.uncertaintyMs } : {}),
    measurement: m,
    ...(flow.report ? { first } : {}),
    flow,
    accountIds: accountIdsIn([...first.results, ...m.results]),
    maskAccountId: config.maskAwsAccountId,
    dialect,
  };
}
