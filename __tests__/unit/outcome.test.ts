/**
 * One outcome, many renderers: on every path the exit code, the `status` output, the JSON, the annotation
 * level, the summary mark and the text mark must agree, because they are all read off one object.
 * Literal measurements in; the real decision code (consensus, verdict) in between.
 */
import { describe, expect, it } from '@jest/globals';
import { readConfig } from '../../src/config/config.js';
import { evaluate, voters, type Measurement } from '../../src/decide/measure.js';
import { decideOutcome, inDialect, type Dialect, type Outcome } from '../../src/gate/outcome.js';
import type { ResyncFlowResult } from '../../src/gate/resync-flow.js';
import type { SourceResult } from '../../src/model.js';
import type { ResyncReport } from '../../src/resync/resync.js';
import { sourceKey } from '../../src/decide/verdict.js';
import { renderAnnotations } from '../../src/report/annotations.js';
import { renderJson } from '../../src/report/json.js';
import { renderOutputs } from '../../src/report/outputs.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';

function ntp(target: string, offsetMs: number, boundMs = 1): SourceResult {
  return {
    kind: 'ntp',
    target,
    address: target,
    status: 'ok',
    authenticated: false,
    sample: { offsetMs, boundMs, delayMs: 0.5, atMs: 0 },
    requests: 1,
    stratum: 1,
  };
}

function silent(target: string, reason = 'no answer before the deadline'): SourceResult {
  return { kind: 'ntp', target, status: 'timeout', reason, authenticated: false, requests: 2 };
}

const ACCOUNT = '123456789012';
const stsCredentialsFailure: SourceResult = {
  kind: 'sts',
  target: 'https://sts.us-east-1.amazonaws.com',
  status: 'error',
  reason:
    'AWS rejected the credentials (InvalidClientTokenId: The security token included in the request is invalid.): the access key id is unknown to AWS. This is a credentials problem, not the clock.',
  authenticated: true,
  requests: 1,
  details: { credentialsProblem: true },
};
const stsOk = (offsetMs: number): SourceResult => ({
  kind: 'sts',
  target: 'https://sts.us-east-1.amazonaws.com',
  status: 'ok',
  authenticated: true,
  sample: { offsetMs, boundMs: 400, delayMs: 20, atMs: 0 },
  requests: 1,
  details: { account: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/ci-deployer`, signedCallSucceeded: true },
});
const httpsDate = (offsetMs: number): SourceResult => ({
  kind: 'https-date',
  target: 'https://sts.us-east-1.amazonaws.com',
  status: 'ok',
  authenticated: true,
  sample: { offsetMs, boundMs: 30, delayMs: 20, atMs: 0 },
  requests: 3,
});

function measurement(results: SourceResult[], inputs: Record<string, string> = {}): Measurement {
  const config = readConfig((n) => inputs[n]);
  const options = { ...config, timeoutMs: config.timeoutMs };
  return {
    results,
    verdict: evaluate(results, options),
    elapsedMs: 12,
    rounds: 1,
    requireAuthenticated: false,
    voters: voters(results, false).map(sourceKey),
  };
}

const three = (offsetMs: number) => [
  ntp('a:123', offsetMs),
  ntp('b:123', offsetMs + 0.5),
  ntp('c:123', offsetMs - 0.5),
];

function resyncReport(ok: boolean): ResyncReport {
  return {
    ok,
    method: 'auto',
    strategy: 'chrony',
    service: 'chrony',
    detection: 'chronyd is running',
    privilege: 'root',
    commands: [],
    summary: ok ? 'Stepped the clock with chronyc.' : 'chronyc failed: 501 Not authorised.',
    problems: ok ? [] : ['chronyc -a makestep: 501 Not authorised. Next: run as root.'],
    elapsedMs: 40,
  };
}

interface Path {
  name: string;
  inputs: Record<string, string>;
  first: SourceResult[];
  /** When resync ran: its report and what the second measurement saw. */
  resync?: { ok: boolean; after: SourceResult[] } | { skipped: string };
  expect: { status: string; reason: string; exitCode: 0 | 1; level: 'info' | 'warning' | 'error' };
}

const PATHS: Path[] = [
  {
    name: 'ok',
    inputs: {},
    first: three(10),
    expect: { status: 'ok', reason: 'judged', exitCode: 0, level: 'info' },
  },
  {
    name: 'warn',
    inputs: {},
    first: three(20_000),
    expect: { status: 'warn', reason: 'judged', exitCode: 0, level: 'warning' },
  },
  {
    name: 'fail',
    inputs: {},
    first: three(420_000),
    expect: { status: 'fail', reason: 'judged', exitCode: 1, level: 'error' },
  },
  {
    name: 'unknown, no answer, on-unreachable fail',
    inputs: {},
    first: [silent('a:123'), silent('b:123')],
    expect: { status: 'unknown', reason: 'no-answer', exitCode: 1, level: 'error' },
  },
  {
    name: 'unknown, no answer, on-unreachable warn',
    inputs: { 'on-unreachable': 'warn' },
    first: [silent('a:123'), silent('b:123')],
    expect: { status: 'unknown', reason: 'no-answer', exitCode: 0, level: 'warning' },
  },
  {
    name: 'unknown, no majority, on-unreachable fail',
    inputs: {},
    first: [ntp('a:123', 0), ntp('b:123', 100_000)],
    expect: { status: 'unknown', reason: 'no-majority', exitCode: 1, level: 'error' },
  },
  {
    name: 'unknown, no majority, on-unreachable warn (disagreement is never a pass)',
    inputs: { 'on-unreachable': 'warn' },
    first: [ntp('a:123', 0), ntp('b:123', 100_000)],
    expect: { status: 'unknown', reason: 'no-majority', exitCode: 1, level: 'error' },
  },
  {
    name: 'aws: sts, the required signed check failed for credentials while the clock is fine',
    inputs: { aws: 'sts' },
    first: [...three(10), httpsDate(10), stsCredentialsFailure],
    expect: { status: 'fail', reason: 'aws-requirement', exitCode: 1, level: 'error' },
  },
  {
    name: 'aws: sts, the required signed check failed while the clock warns',
    inputs: { aws: 'sts' },
    first: [...three(20_000), stsCredentialsFailure],
    expect: { status: 'fail', reason: 'aws-requirement', exitCode: 1, level: 'error' },
  },
  {
    name: 'aws: auto, a credentials failure is a note, not a failure',
    inputs: {},
    first: [...three(10), httpsDate(10), stsCredentialsFailure],
    expect: { status: 'ok', reason: 'judged', exitCode: 0, level: 'info' },
  },
  {
    name: 'resync ran and the second measurement passes',
    inputs: { resync: 'true' },
    first: three(420_000),
    resync: { ok: true, after: three(5) },
    expect: { status: 'ok', reason: 'judged', exitCode: 0, level: 'info' },
  },
  {
    name: 'resync ran, its commands failed, the second measurement still fails',
    inputs: { resync: 'true' },
    first: three(420_000),
    resync: { ok: false, after: three(420_000) },
    expect: { status: 'fail', reason: 'judged', exitCode: 1, level: 'error' },
  },
  {
    name: 'resync skipped on a GitHub-hosted runner',
    inputs: { resync: 'true' },
    first: three(420_000),
    resync: {
      skipped:
        'Resync skipped: this is a GitHub-hosted runner and `resync: true` acts only on self-hosted runners.',
    },
    expect: { status: 'fail', reason: 'judged', exitCode: 1, level: 'error' },
  },
];

function outcomeOf(path: Path, dialect: Dialect = 'action'): Outcome {
  const config = readConfig((n) => path.inputs[n]);
  const first = measurement(path.first, path.inputs);
  let flow: ResyncFlowResult;
  if (path.resync && 'ok' in path.resync) {
    const final = measurement(path.resync.after, path.inputs);
    const report = resyncReport(path.resync.ok);
    flow = {
      decision: { run: true, why: 'The check did not pass and resync is on.' },
      report,
      final,
      resynced: report.ok,
      line: `${report.summary} Measured again: ${final.verdict.title}.`,
    };
  } else {
    const why =
      path.resync && 'skipped' in path.resync ? path.resync.skipped : 'Resync is off (resync: false).';
    flow = { decision: { run: false, why }, final: first, resynced: false, line: why };
  }
  return decideOutcome({
    config,
    first,
    flow,
    clockFix: 'Step the clock now with `sudo chronyc -a makestep`.',
    env: {},
    dialect,
  });
}

const TEXT_MARK = { ok: 'OK', warn: 'WARN', fail: 'FAIL' } as const;
const SUMMARY_MARK = { ok: '✅', warn: '⚠️', fail: '❌' } as const;

describe.each(PATHS)('$name', (path) => {
  const o = outcomeOf(path);

  it('decides the expected status, reason, exit code and annotation level', () => {
    expect({ status: o.status, reason: o.reason, exitCode: o.exitCode, level: o.level }).toEqual(path.expect);
  });

  it('every renderer says the same thing', () => {
    const outputs = renderOutputs(o);
    const json = renderJson(o);
    const annotations = renderAnnotations(o);
    const main = annotations[annotations.length - 1]!;
    const summary = renderSummary(o);
    const text = renderText(o, { columns: 100 });

    expect(outputs.status).toBe(o.status);
    expect(json.status).toBe(o.status);
    expect(json.reason).toBe(o.reason);
    expect(json.exitCode).toBe(o.exitCode);
    expect(json.severity).toBe(o.severity);
    expect(main.level).toBe(o.level);
    expect(summary.startsWith(`### ${SUMMARY_MARK[o.severity]} `)).toBe(true);
    const finalText = text.includes('Measured again:\n') ? text.split('Measured again:\n')[1]! : text;
    expect(finalText.startsWith(TEXT_MARK[o.severity])).toBe(true);

    // The severity is the exit code, the level and the marks; status never says the opposite.
    expect(o.exitCode).toBe(o.severity === 'fail' ? 1 : 0);
    expect(o.level).toBe({ ok: 'info', warn: 'warning', fail: 'error' }[o.severity]);
    if (o.status === 'ok') expect(o.exitCode).toBe(0);
    if (o.status === 'fail') expect(o.exitCode).toBe(1);
    if (o.status === 'warn') expect(o.severity).toBe('warn');
  });

  it('gives a fix exactly when the job does not pass quietly, and leads with it', () => {
    if (o.severity === 'ok') {
      expect(o.fix).toBe('');
    } else {
      expect(o.fix).not.toBe('');
      const summary = renderSummary(o);
      expect(summary.indexOf('**Fix:**')).toBeLessThan(summary.indexOf('| Source |'));
      expect(summary.split('\n')[2]).toMatch(/^\*\*Fix:\*\*/);
    }
  });

  it('says the resync line when resync was asked for and the first check did not pass', () => {
    const asked = path.inputs.resync === 'true';
    expect(o.resync !== undefined).toBe(asked);
    if (o.resync) {
      const annotations = renderAnnotations(o);
      expect(annotations[0]!.level).toBe(o.resync.level);
      expect(o.resync.level).toBe(
        path.resync && 'ok' in path.resync && !path.resync.ok ? 'warning' : 'notice',
      );
    }
  });
});

describe('what a user sees', () => {
  it('a required check that failed for credentials says so once, and says what to do next', () => {
    const o = outcomeOf(
      PATHS.find((p) => p.name.startsWith('aws: sts, the required signed check failed for credentials'))!,
    );
    const body = renderAnnotations(o).at(-1)!.message + o.title;
    expect(body.match(/not the clock/g)).toHaveLength(1);
    expect(o.fix).toMatch(/aws sts get-caller-identity/);
    expect(renderSummary(o)).toMatch(/^### ❌ /);
  });

  it('counts are true: a signed call that answered but does not vote is not "no usable answer"', () => {
    const o = outcomeOf({ ...PATHS[0]!, inputs: {}, first: [...three(10), httpsDate(10), stsOk(10)] });
    expect(o.text).not.toMatch(/gave no usable answer/);
    expect(o.text).toMatch(/answered and is reported without a vote/);
  });

  it('the CLI names its own flags, the action its inputs', () => {
    const path = PATHS.find((p) => p.name === 'unknown, no answer, on-unreachable fail')!;
    expect(outcomeOf(path, 'action').fix).toMatch(/`on-unreachable: warn`/);
    const cli = outcomeOf(path, 'cli');
    expect(cli.fix).toMatch(/`--on-unreachable warn`/);
    expect(cli.fix).toMatch(/--ntp-servers/);
    expect(`${cli.fix} ${cli.text} ${cli.title}`).not.toMatch(/on-unreachable: |'ntp-servers'/);
    expect(inDialect('set `resync: force` on this step; keep `id-token: write`', 'cli')).toBe(
      'set `--resync force`; keep `id-token: write`',
    );
  });

  it('the fix, the verdict and the proxy note name the HTTPS references asked: AWS only when AWS was', () => {
    const https = (target: string, from: string, operator: string): SourceResult => ({
      kind: 'https',
      target,
      status: 'timeout',
      reason: 'no answer before the deadline',
      authenticated: false,
      requests: 1,
      operator,
      details: { from },
    });
    const results = [
      silent('a:123'),
      https('api.github.com', 'GITHUB_API_URL', 'github.com'),
      https('ghes.example.com/api/v3', 'https-servers', 'example.com'),
    ];
    const inputs = { aws: 'off', 'https-servers': 'ghes.example.com/api/v3' };
    const m = measurement(results, inputs);
    const withProxy = (env: NodeJS.ProcessEnv) =>
      decideOutcome({
        config: readConfig((n) => inputs[n as keyof typeof inputs]),
        first: m,
        flow: { decision: { run: false, why: 'off' }, final: m, resynced: false, line: 'off' },
        clockFix: '',
        env,
        dialect: 'action',
      });
    const o = withProxy({ HTTPS_PROXY: 'http://proxy.example:3128' });
    expect(o.fix).toMatch(
      /^Allow one of them \(outbound UDP 123 for NTP, HTTPS to GitHub's API or ghes\.example\.com\)/,
    );
    // The verdict and the fix name a path in the same words (the verdict said "UDP 123 (NTP)").
    expect(o.text).toMatch(/outbound UDP 123 for NTP or HTTPS to GitHub's API or ghes\.example\.com\./);
    const proxy = o.notes.find((n) => n.startsWith('No NTP server answered'));
    expect(proxy).toMatch(
      /The HTTPS Date checks \(GitHub's API and ghes\.example\.com\) go through the proxy/,
    );
    for (const words of [o.fix, o.text, proxy]) expect(words).not.toMatch(/AWS/);

    // With AWS asked, AWS is named, first.
    const aws = { ...httpsDate(0), status: 'timeout' as const, reason: 'no answer' };
    delete (aws as Partial<SourceResult>).sample;
    const withAws = outcomeOf({ ...PATHS[0]!, first: [silent('a:123'), aws] });
    expect(withAws.fix).toMatch(/\(outbound UDP 123 for NTP, HTTPS to AWS\)/);
  });

  it("names the limit passed as data when the clock was judged out of bounds, never for a requirement's fail", () => {
    expect(
      outcomeOf(
        PATHS.find((p) => p.name === 'fail')!,
        'cli',
      ).limit,
    ).toBe('over max-offset 1 m 0 s');
    expect(outcomeOf(PATHS.find((p) => p.name === 'ok')!).limit).toBeUndefined();
    const required = outcomeOf({
      ...PATHS[0]!,
      inputs: { aws: 'sts' },
      first: [...three(10), stsCredentialsFailure],
    });
    expect(required.reason).toBe('aws-requirement');
    expect(required.limit).toBeUndefined();
  });

  it('when every source failed its DNS lookup, it says so plainly', () => {
    const dns = (t: string) => silent(t, `DNS lookup of ${t} failed: no such host`);
    const o = outcomeOf({ ...PATHS[0]!, first: [dns('a.example'), dns('b.example')] });
    expect(o.fix).toMatch(/^No name resolves: is DNS reachable from here\?/);
  });

  it('keeps the account id out of outputs unless mask-aws-account-id is false', () => {
    const results = [...three(10), httpsDate(10), stsOk(10)];
    const masked = outcomeOf({ ...PATHS[0]!, first: results });
    expect(masked.accountIds).toEqual([ACCOUNT]);
    expect(renderOutputs(masked).sources).not.toContain(ACCOUNT);
    expect(renderOutputs(masked).sources).toContain('arn:aws:iam::***:user/ci-deployer');
    const shown = outcomeOf({ ...PATHS[0]!, inputs: { 'mask-aws-account-id': 'false' }, first: results });
    expect(renderOutputs(shown).sources).toContain(ACCOUNT);
  });

  it('masks the account id once, wherever it appears: details.account left out, ARNs and reasons starred', () => {
    const quoting: SourceResult = {
      ...stsCredentialsFailure,
      target: `https://sts.us-west-2.amazonaws.com/${ACCOUNT}`,
      reason: `AccessDenied: User: arn:aws:iam::${ACCOUNT}:user/ci-deployer is not authorized (account ${ACCOUNT})`,
      details: { arn: `arn:aws-us-gov:sts::${ACCOUNT}:assumed-role/${ACCOUNT}/s`, note: `in ${ACCOUNT}` },
    };
    const results = [...three(10), httpsDate(10), stsOk(10), quoting];
    const sts = (o: ReturnType<typeof outcomeOf>) =>
      (JSON.parse(renderOutputs(o).sources!) as { kind: string }[]).filter((s) => s.kind === 'sts');
    // The object as it was before the two account-id masks became one: masking changes nothing else.
    const row = (id: string, withAccount: boolean) => [
      {
        kind: 'sts',
        target: 'https://sts.us-east-1.amazonaws.com',
        address: null,
        status: 'ok',
        reason: null,
        falseticker: false,
        deciding: false,
        authenticated: true,
        operator: null,
        offsetMs: 10,
        boundMs: 400,
        delayMs: 20,
        stratum: null,
        refId: null,
        requests: 1,
        details: {
          ...(withAccount ? { account: id } : {}),
          arn: `arn:aws:iam::${id}:user/ci-deployer`,
          signedCallSucceeded: true,
        },
      },
      {
        kind: 'sts',
        target: `https://sts.us-west-2.amazonaws.com/${id}`,
        address: null,
        status: 'error',
        reason: `AccessDenied: User: arn:aws:iam::${id}:user/ci-deployer is not authorized (account ${id})`,
        falseticker: false,
        deciding: false,
        authenticated: true,
        operator: null,
        offsetMs: null,
        boundMs: null,
        delayMs: null,
        stratum: null,
        refId: null,
        requests: 1,
        details: { arn: `arn:aws-us-gov:sts::${id}:assumed-role/${id}/s`, note: `in ${id}` },
      },
    ];
    expect(sts(outcomeOf({ ...PATHS[0]!, first: results }))).toStrictEqual(row('***', false));
    const shown = outcomeOf({ ...PATHS[0]!, inputs: { 'mask-aws-account-id': 'false' }, first: results });
    expect(sts(shown)).toStrictEqual(row(ACCOUNT, true));
  });

  it('offsets are in human units where people read, exact milliseconds in JSON and outputs', () => {
    const o = outcomeOf({ ...PATHS[0]!, first: three(1_200_000) });
    expect(renderText(o, { columns: 120 })).toMatch(/\+20 m 0\.0 s/);
    expect(renderSummary(o)).toMatch(/\+20 m 0\.0 s/);
    expect(renderText(o, { columns: 120 })).not.toMatch(/1200000/);
    expect(Number(renderOutputs(o)['offset-ms'])).toBe(1_200_000);
    expect(renderJson(o).sources[0]!.offsetMs).toBe(1_200_000);
  });

  it("the table's rule has a dash group under every heading, also when a column was dropped", () => {
    const o = outcomeOf({ ...PATHS[0]!, first: three(420_000) });
    for (const columns of [60, 80, 120, 200]) {
      const lines = renderText(o, { columns }).split('\n');
      const at = lines.findIndex((l) => l.startsWith('Source '));
      const starts = (line: string) => [...line.matchAll(/(?:^|(?<= {2}))\S/g)].map((m) => m.index);
      expect(starts(lines[at + 1]!)).toEqual(starts(lines[at]!));
    }
  });

  it('prose and tables fit the terminal', () => {
    const long = silent('a-very-long-host-name.example.internal:123', 'x '.repeat(400));
    const o = outcomeOf({ ...PATHS[0]!, first: [...three(420_000), long] });
    for (const columns of [60, 80, 120]) {
      const text = renderText(o, { columns });
      for (const line of text.split('\n')) expect(`${line.length > columns ? line : ''}`).toBe('');
    }
  });

  it('caps a huge server message in every rendering', () => {
    const huge: SourceResult = {
      ...stsCredentialsFailure,
      reason: 'AWS said: ' + 'Z'.repeat(50 * 1024 * 1024),
    };
    const o = outcomeOf({ ...PATHS[0]!, inputs: { aws: 'sts' }, first: [...three(10), huge] });
    expect(renderSummary(o).length).toBeLessThan(1024 * 1024);
    expect(renderOutputs(o).sources!.length).toBeLessThan(64 * 1024);
    for (const a of renderAnnotations(o)) expect(a.message.length).toBeLessThanOrEqual(8000);
    expect(JSON.stringify(renderJson(o)).length).toBeLessThan(64 * 1024);
    expect(renderText(o, { columns: 80 }).length).toBeLessThan(64 * 1024);
  });
});

describe('why nothing could decide, said as it is', () => {
  const base = (inputs: Record<string, string>, first: SourceResult[]): Path => ({
    name: 'no decision',
    inputs,
    first,
    expect: { status: 'unknown', reason: 'no-answer', exitCode: 1, level: 'error' },
  });

  it('under require-authenticated, answers that may not vote are answers, not silence', () => {
    const ntsDown: SourceResult = {
      kind: 'nts',
      target: 'nts.example:4460',
      status: 'error',
      reason: 'TCP connection refused',
      authenticated: true,
      requests: 1,
    };
    const o = outcomeOf(
      base({ 'require-authenticated': 'true', 'nts-servers': 'nts.example' }, [...three(10), ntsDown]),
    );
    expect(o.title).toBe('No authenticated time reference answered');
    expect(o.text).toMatch(/^3 sources answered without authentication \(a:123, b:123, c:123\)/);
    expect(o.text).toMatch(/the one authenticated source gave no usable answer/);
    expect(o.text).not.toMatch(/None of the|usually the network/);
    expect(o.fix).toMatch(/Make an authenticated source reachable.*`require-authenticated: false`/);
  });

  it('a signed call refused for time that this clock does not explain: its own title and fix', () => {
    const refused: SourceResult = {
      ...stsOk(293),
      details: {
        firstSignatureRejected: true,
        firstRejection: 'Signature expired: x',
        signedCallSucceeded: false,
      },
    };
    const o = outcomeOf(base({ aws: 'sts' }, [...three(10), httpsDate(10), refused]));
    expect(o.title).toBe('Required AWS signed check was refused for time (aws: sts)');
    expect(o.exitCode).toBe(1);
    expect(o.fix).toMatch(/^Check what answers at the STS endpoint/);
    expect(o.fix).not.toMatch(/reachable/);
  });

  it('servers that answered with what could not be used are not a network to open', () => {
    // An NTS-KE server that pointed at a plain NTP server: reached, answered, refused as unauthenticated.
    const refused: SourceResult = {
      kind: 'nts',
      target: 'nts.example:4460',
      status: 'rejected',
      reason: 'the NTP reply was not authenticated',
      authenticated: true,
      requests: 1,
    };
    const o = outcomeOf(base({ 'ntp-servers': 'none', 'nts-servers': 'nts.example' }, [refused]));
    expect(o.fix).toMatch(/^Every source was reached and answered, but no answer could be used/);
    expect(o.fix).not.toMatch(/Allow one of them|TCP 4460/);
  });

  it('an unusable AWS endpoint URL is a setting to correct, not a network to open', () => {
    const bad = (kind: 'https-date' | 'sts'): SourceResult => ({
      kind,
      target: 'AWS STS',
      status: 'error',
      reason: "AWS_ENDPOINT_URL_STS='http://127.0.0.1:0' has port 0; ports are 1 to 65535",
      authenticated: false,
      requests: 0,
      details: { misconfigured: true },
    });
    const asked = outcomeOf(
      base({ 'ntp-servers': 'none', 'nts-servers': 'none', aws: 'https' }, [bad('https-date')]),
    );
    expect(asked.fix).toMatch(/^Correct the AWS setting the table names/);
    const required = outcomeOf(base({ aws: 'sts' }, [...three(10), bad('https-date'), bad('sts')]));
    expect(required.title).toBe('Required AWS signed check did not complete (aws: sts)');
    expect(required.fix).toMatch(/^Correct the AWS setting the table names/);
    expect(required.fix).not.toMatch(/reachable/);
  });
});
