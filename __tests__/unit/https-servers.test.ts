/**
 * https-servers: the input's accepted forms and errors, the GITHUB_API_URL default, who runs a server
 * (registrable domain), one vote per operator in the policy and the measurement loop, and the words that
 * say what GitHub's clock judges. Literal data only.
 */
import { describe, expect, it } from '@jest/globals';
import { parseHttpsServer, parseHttpsServers, readConfig } from '../../src/config/config.js';
import { operatorOf } from '../../src/decide/operator.js';
import { decidingRule, sameOperator, voteKey, voters, votesOf } from '../../src/decide/policy.js';
import { evaluate, measure } from '../../src/decide/measure.js';
import type { SourceKind, SourceResult } from '../../src/model.js';
import { withOperator, type TimeSource } from '../../src/sources/source.js';
import { githubFailuresAt, githubNote } from '../../src/gate/github-notes.js';
import { PROFILES } from '../../src/config/profiles.js';
import { humanDuration } from '../../src/format.js';
import { postCheckConfig } from '../../src/action/post.js';
import { parseArgs } from '../../src/cli/args.js';
import { rowContext, sourceStatusText } from '../../src/report/table.js';
import { sourceKey } from '../../src/decide/verdict.js';

const options = { warnOffsetMs: 5000, maxOffsetMs: 60_000, timeoutMs: 2000 };
const HOURS_3 = 3 * 3_600_000;

describe('https-servers entries', () => {
  it.each([
    ['https://api.github.com', 'api.github.com', 'https://api.github.com/'],
    ['api.github.com', 'api.github.com', 'https://api.github.com/'],
    ['https://ghes.example.com/api/v3', 'ghes.example.com/api/v3', 'https://ghes.example.com/api/v3'],
    ['ghes.example.com:8443', 'ghes.example.com:8443', 'https://ghes.example.com:8443/'],
    ['https://10.0.0.5:8443/health?x=1', '10.0.0.5:8443/health?x=1', 'https://10.0.0.5:8443/health?x=1'],
    ['[::1]:20001', '[::1]:20001', 'https://[::1]:20001/'],
    ['HTTPS://Internal.Corp.Example', 'internal.corp.example', 'https://internal.corp.example/'],
    ['https://api.github.com:443', 'api.github.com', 'https://api.github.com/'],
  ])('%s is accepted as %s', (entry, label, href) => {
    const s = parseHttpsServer(entry, 'https-servers');
    expect(s.label).toBe(label);
    expect(s.url.href).toBe(href);
    expect(s.from).toBe('https-servers');
  });

  it('refuses plain http, saying why', () => {
    expect(() => parseHttpsServer('http://ghes.example.com', 'https-servers')).toThrow(
      /^Invalid input 'https-servers': 'http:\/\/ghes.example.com' is plain HTTP: anyone on the network path can rewrite its Date header.*use https:\/\//,
    );
  });

  it.each([
    'https://bob:ghp_SECRETTOKEN@example.com/status',
    'bob:ghp_SECRETTOKEN@example.com',
    'http://bob:ghp_SECRETTOKEN@example.com',
    'ftp://bob:ghp_SECRETTOKEN@example.com',
  ])('refuses %s without printing its credentials', (entry) => {
    // The refusal reaches the log and an annotation, where a value built at run time is not masked.
    const message = (() => {
      try {
        parseHttpsServer(entry, 'https-servers');
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('accepted');
    })();
    expect(message).not.toMatch(/ghp_SECRETTOKEN|bob/);
    expect(message).toMatch(/example\.com(\/status)?' \(credentials not shown\)/);
  });

  it.each([
    ['ftp://example.com', /is not an https URL; use https:\/\/host\[:port\]\[\/path\] or host\[:port\]/],
    ['https://user:secret@example.com', /carries credentials \(user:password@\)/],
    ['https://999', /does not name a server; use https:\/\/host/],
    ['https://exa_mple.com', /does not name a server/],
    ['https://', /does not name a server/],
    ['example.com:0', /invalid port; ports are 1 to 65535/],
    ['example.com:99999', /invalid port/],
    ['a:b:c', /does not name a server/],
    ['https://[zz::1]', /does not name a server/],
  ])('%s is refused naming the input and the form', (entry, why) => {
    expect(() => parseHttpsServer(entry, 'https-servers')).toThrow(/^Invalid input 'https-servers': /);
    expect(() => parseHttpsServer(entry, 'https-servers')).toThrow(why);
  });

  it('lists: none, empty, twice, too many', () => {
    expect(parseHttpsServers('none', {})).toEqual([]);
    expect(parseHttpsServers('a.example.com,\n b.example.com', {}).map((s) => s.label)).toEqual([
      'a.example.com',
      'b.example.com',
    ]);
    expect(() => parseHttpsServers(', ,', {})).toThrow(/the list is empty; give servers or 'none'/);
    expect(() => parseHttpsServers('example.com,https://example.com/', {})).toThrow(
      /'example.com' is listed twice/,
    );
    const many = Array.from({ length: 17 }, (_, i) => `s${i}.example.com`).join(',');
    expect(() => parseHttpsServers(many, {})).toThrow(/17 servers is too many; give at most 16/);
  });
});

describe('the GITHUB_API_URL default', () => {
  const config = (inputs: Record<string, string>, env: Record<string, string>) =>
    readConfig((n) => inputs[n], env);

  it('is api.github.com inside GitHub Actions, and says where it came from', () => {
    const c = config({}, { GITHUB_ACTIONS: 'true', GITHUB_API_URL: 'https://api.github.com' });
    expect(c.httpsServers).toHaveLength(1);
    expect(c.httpsServers[0]).toMatchObject({ label: 'api.github.com', from: 'GITHUB_API_URL' });
  });

  it('is the GHES API URL on GitHub Enterprise Server, and api.github.com when the variable is missing', () => {
    const ghes = config({}, { GITHUB_ACTIONS: 'true', GITHUB_API_URL: 'https://ghes.example.com/api/v3' });
    expect(ghes.httpsServers[0]!.url.href).toBe('https://ghes.example.com/api/v3');
    expect(ghes.httpsServers[0]!.label).toBe('ghes.example.com/api/v3');
    const unset = config({}, { GITHUB_ACTIONS: 'true' });
    expect(unset.httpsServers[0]!.url.href).toBe('https://api.github.com/');
  });

  it('is nothing outside GitHub Actions', () => {
    expect(config({}, { GITHUB_API_URL: 'https://api.github.com' }).httpsServers).toEqual([]);
  });

  it('is replaced by a list, and turned off by none', () => {
    const env = { GITHUB_ACTIONS: 'true', GITHUB_API_URL: 'https://api.github.com' };
    const listed = config({ 'https-servers': 'internal.example.com' }, env);
    expect(listed.httpsServers.map((s) => [s.label, s.from])).toEqual([
      ['internal.example.com', 'https-servers'],
    ]);
    expect(config({ 'https-servers': 'none' }, env).httpsServers).toEqual([]);
  });

  it('names GITHUB_API_URL when it is unusable, and how to replace it', () => {
    expect(() =>
      config({}, { GITHUB_ACTIONS: 'true', GITHUB_API_URL: 'http://ghes.example.com/api/v3' }),
    ).toThrow(
      /^Invalid input 'https-servers \(from GITHUB_API_URL; set https-servers to none or to a list to replace it\)': 'http:\/\/ghes.example.com\/api\/v3' is plain HTTP/,
    );
  });

  it('counts as a time reference, and as an authenticated one', () => {
    const env = { GITHUB_ACTIONS: 'true' };
    const off = { 'ntp-servers': 'none', 'nts-servers': 'none', aws: 'off' };
    expect(config(off, env).httpsServers).toHaveLength(1);
    expect(config({ ...off, 'require-authenticated': 'true' }, env).requireAuthenticated).toBe(true);
    expect(() => config({ ...off, 'https-servers': 'none' }, env)).toThrow(/no time reference is left/);
  });

  it('says what is left when every reference is off, in words that read after the input name', () => {
    const off = { 'ntp-servers': 'none', 'nts-servers': 'none', aws: 'off', 'https-servers': 'none' };
    expect(() => config(off, {})).toThrow(
      "Invalid input 'ntp-servers': 'none' turns NTP off, and with nts-servers 'none', aws 'off' and no https-servers no time reference is left to check against; name a server in one of them, or set aws to 'auto'",
    );
    expect(() =>
      config({ ...off, 'ntp-servers': 'pool.ntp.org', 'require-authenticated': 'true' }, {}),
    ).toThrow(
      "Invalid input 'require-authenticated': 'true' lets only authenticated sources decide, but nts-servers 'none', aws 'off' and no https-servers leave none;",
    );
  });

  it('an empty --https-servers is a mistake that says how to turn them off', () => {
    expect(() => parseArgs(['check', '--https-servers', ''])).toThrow(
      /'https-servers': the value is empty; .*\('none' turns the HTTPS servers off\)/,
    );
  });
});

describe('who runs a server', () => {
  it.each([
    ['api.github.com', 'github.com'],
    ['github.com', 'github.com'],
    ['sts.us-east-1.amazonaws.com', 'amazonaws.com'],
    ['sts.eu-west-2.amazonaws.com', 'amazonaws.com'],
    ['sts.cn-north-1.amazonaws.com.cn', 'amazonaws.com.cn'],
    ['ghes.example.co.uk', 'example.co.uk'],
    ['API.GitHub.com.', 'github.com'],
    // The ICANN section: a github.io page is served by GitHub, whoever owns the page.
    ['someone.github.io', 'github.io'],
    ['ghes.corp.internal', 'corp.internal'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
  ])('%s is run by %s', (host, operator) => expect(operatorOf(host)).toBe(operator));
});

function result(
  kind: SourceKind,
  target: string,
  offsetMs: number,
  extra: Partial<SourceResult> = {},
): SourceResult {
  return {
    kind,
    target,
    status: 'ok',
    authenticated: kind !== 'ntp',
    requests: 1,
    sample: { offsetMs, boundMs: 600, delayMs: 20, atMs: 0 },
    ...extra,
  };
}

describe('one vote per operator', () => {
  const api = result('https', 'api.github.com', 0, { operator: 'github.com' });
  const www = result('https', 'github.com', 0, { operator: 'github.com' });
  const ghes = result('https', 'ghes.example.com', 0, { operator: 'example.com' });

  it('two servers of one operator are one vote; other operators are their own', () => {
    expect(voteKey(api)).toBe(voteKey(www));
    expect(voteKey(api)).not.toBe(voteKey(ghes));
    expect(voters([api, www, ghes], false)).toEqual([api, ghes]);
    expect(sameOperator([api, www, ghes])).toEqual([
      { operator: 'github.com', targets: ['api.github.com', 'github.com'] },
    ]);
  });

  it("an https server of AWS's is one vote with AWS's own checks, which speak for it", () => {
    const date = result('https-date', 'sts.us-east-1.amazonaws.com', 0, { operator: 'amazonaws.com' });
    const signed = result('sts', 'sts.us-east-1.amazonaws.com', 0, { operator: 'amazonaws.com' });
    const regional = result('https', 'sts.eu-west-1.amazonaws.com', 0, {
      operator: 'amazonaws.com',
      sample: { offsetMs: 0, boundMs: 1, delayMs: 1, atMs: 0 },
    });
    expect(voters([regional, date, signed], false)).toEqual([date]);
    expect(new Set([date, signed, regional].map(voteKey)).size).toBe(1);
  });

  it('without an operator (no https servers configured) AWS keeps its one vote as before', () => {
    expect(voteKey(result('https-date', 'sts.us-east-1.amazonaws.com', 0))).toBe('aws');
    expect(voteKey(result('sts', 'sts.us-east-1.amazonaws.com', 0))).toBe('aws');
  });

  it('a silent server of an operator that already answered is no extra vote that could still answer', () => {
    const nts = result('nts', 'nts.example.net', 0);
    const judged = evaluate([api, nts], options);
    // api.github.com and nts agree: 2 votes of 2 answered + github.com (open, same operator) + nothing else.
    const rule = decidingRule({
      verdict: judged,
      finished: [api, nts],
      open: [{ kind: 'https', target: 'github.com', operator: 'github.com' }],
      requireAuthenticated: false,
      patienceOver: false,
    });
    expect(rule).toBe('majority');
  });

  it('two lying URLs of one operator cannot outvote one honest source: no majority, not a pass', () => {
    const liarA = result('https', 'api.github.com', HOURS_3, { operator: 'github.com' });
    const liarB = result('https', 'github.com', HOURS_3, { operator: 'github.com' });
    const honest = result('nts', 'nts.example.net', 0);
    const v = evaluate([liarA, liarB, honest], options);
    expect(v.status).toBe('unknown');
    expect(v.reason).toBe('no-majority');
    // Counted as two votes they would have been a majority that outvoted the honest server.
    const asTwo = evaluate([liarA, { ...liarB, operator: 'github-mirror.example' }, honest], options);
    expect(asTwo.status).toBe('fail');
    expect(asTwo.falsetickers).toEqual(['nts nts.example.net']);
  });

  it('the verdict names servers of one operator as one vote, and the table says why one is not deciding', () => {
    const nts = result('nts', 'nts.example.net', 0);
    const v = evaluate([api, www, nts], options);
    expect(v.message).toMatch(
      /api\.github\.com, github\.com are one operator \(github\.com\): one vote, not 2\./,
    );
    expect(v.message).toMatch(
      /github\.com \(https\) answered and is reported without a vote \(one vote per operator/,
    );
    const m = {
      results: [api, www, nts],
      verdict: v,
      elapsedMs: 1,
      rounds: 1,
      requireAuthenticated: false,
      voters: ['https api.github.com', 'nts nts.example.net'],
    };
    expect(sourceStatusText(www, rowContext(m))).toBe(
      'ok (reported; one vote per operator: github.com already votes)',
    );
    expect(sourceStatusText(api, rowContext(m))).toBe('ok (authenticated)');
  });

  it("AWS's signed check without a vote says who votes for AWS: the Date check, or the operator's other server", () => {
    const date = result('https-date', 'https://sts.us-east-1.amazonaws.com', 0);
    const sts = result('sts', 'https://sts.us-east-1.amazonaws.com', 0);
    const context = (results: SourceResult[]) =>
      rowContext({
        results,
        verdict: evaluate(results, options),
        elapsedMs: 1,
        rounds: 1,
        requireAuthenticated: false,
        voters: voters(results, false).map(sourceKey),
      });
    expect(sourceStatusText(sts, context([date, sts]))).toBe(
      'ok (reported; the Date check already votes for AWS)',
    );
    const aws = { operator: 'amazonaws.com' };
    const awsServer = result('https', 'https://s3.amazonaws.com', 0, aws);
    const ofAws = [{ ...date, ...aws }, { ...sts, ...aws }, awsServer];
    expect(sourceStatusText(ofAws[1]!, context(ofAws))).toBe(
      'ok (reported; one vote per operator: amazonaws.com already votes)',
    );
    expect(sourceStatusText(awsServer, context(ofAws))).toBe(
      'ok (reported; one vote per operator: amazonaws.com already votes)',
    );
  });
});

/** A literal source answering after `afterMs`. */
function literal(kind: SourceKind, target: string, afterMs: number, offsetMs: number): TimeSource {
  return {
    kind,
    target,
    canRefine: () => false,
    measure: (signal) =>
      new Promise((resolve) => {
        const base = { kind, target, authenticated: kind !== 'ntp', requests: 1 };
        const timer = setTimeout(
          () => resolve({ ...base, status: 'ok', sample: { offsetMs, boundMs: 600, delayMs: 20, atMs: 0 } }),
          afterMs,
        );
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve({ ...base, status: 'timeout', reason: 'no answer' });
        });
      }),
  };
}

describe('the measurement loop counts operators', () => {
  it('two fast URLs of one operator beside two silent servers do not decide: too few answered', async () => {
    const m = await measure(
      [
        withOperator(literal('https', 'api.example.com', 5, 0), 'example.com'),
        withOperator(literal('https', 'www.example.com', 5, 0), 'example.com'),
        literal('ntp', 'a.ntp.test', 60_000, 0),
        literal('ntp', 'b.ntp.test', 60_000, 0),
      ],
      { ...options, timeoutMs: 1500 },
    );
    // One operator and two silent NTP servers: one vote of three, and https of one operator is one
    // authenticated source, not two: not a pass.
    expect(m.verdict.status).toBe('unknown');
    expect(m.voters).toHaveLength(1);
    expect(m.results.map((r) => r.operator)).toEqual(['example.com', 'example.com', undefined, undefined]);
  });

  it('two operators over TLS are two authenticated sources and decide after the patience window', async () => {
    const m = await measure(
      [
        withOperator(literal('https', 'api.example.com', 5, 0), 'example.com'),
        withOperator(literal('https', 'ghes.example.org', 5, 0), 'example.org'),
        literal('ntp', 'a.ntp.test', 60_000, 0),
        literal('ntp', 'b.ntp.test', 60_000, 0),
        literal('ntp', 'c.ntp.test', 60_000, 0),
      ],
      { ...options, timeoutMs: 5000 },
    );
    expect(m.verdict.status).toBe('ok');
    expect(m.voters).toEqual(['https api.example.com', 'https ghes.example.org']);
  });
});

describe("GitHub's clock in the words", () => {
  const github = (offsetMs: number, from = 'GITHUB_API_URL') =>
    result('https', 'api.github.com', offsetMs, { operator: 'github.com', details: { from } });

  const measurement = (results: SourceResult[]) => {
    const verdict = evaluate(results, options);
    return { results, verdict, elapsedMs: 1, rounds: 1, requireAuthenticated: false, voters: [] };
  };

  it('a runner judged 7 minutes ahead by GitHub: App JWTs refused, iat in the future', () => {
    const note = githubNote(measurement([github(-420_000), result('nts', 'nts.example.net', -420_000)]));
    expect(note).toMatch(
      /^GitHub's own clock \(api\.github\.com, over TLS\) agrees, and it judges the GitHub tokens/,
    );
    expect(note).toMatch(/'iat' lies in GitHub's future/);
    expect(note).toMatch(/actions\/create-github-app-token/);
  });

  it('a runner judged 12 minutes behind: exp already past', () => {
    expect(githubFailuresAt(720_000)).toMatch(/'exp' \(9 m 30 s after signing\) is already past for GitHub/);
    const note = githubNote(measurement([github(720_000), result('nts', 'nts.example.net', 720_000)]));
    expect(note).toMatch(/already past for GitHub/);
  });

  it("uses the github-app profile's limits, on both sides and below them (one source of truth)", () => {
    const { ahead, behind } = PROFILES['github-app'];
    // Between the profile's 30 s and the old note's 60 s: refused, as the profile fails it.
    expect(githubFailuresAt(-(ahead.maxMs + 15_000))).toMatch(/refused: 'iat' lies in GitHub's future/);
    // Between the profile's 9 m 30 s and the old note's 10 min: refused too.
    expect(githubFailuresAt(behind.maxMs + 15_000)).toMatch(/'exp' .* is already past for GitHub/);
    // Below the limits, the distance named is the profile's.
    const underAhead = githubFailuresAt(-(ahead.maxMs / 2));
    expect(underAhead).toContain(`more than ${humanDuration(ahead.maxMs)} ahead`);
    const underBehind = githubFailuresAt(behind.maxMs / 2);
    expect(underBehind).toContain(`more than ${humanDuration(behind.maxMs)} behind`);
    for (const words of [underAhead, underBehind]) expect(words).not.toMatch(/60 s|10 min/);
  });

  it('says nothing when the clock passed', () => {
    expect(githubNote(measurement([github(0), result('nts', 'nts.example.net', 0)]))).toBeUndefined();
  });

  it('says why api.github.com was asked when the default source gave no time', () => {
    const failed: SourceResult = {
      kind: 'https',
      target: 'api.github.com',
      status: 'error',
      reason: 'DNS lookup of api.github.com failed',
      authenticated: false,
      requests: 1,
      operator: 'github.com',
      details: { from: 'GITHUB_API_URL' },
    };
    const note = githubNote(measurement([failed, result('nts', 'nts.example.net', 0)]));
    expect(note).toMatch(/because GITHUB_API_URL names it .*`https-servers: none` stops asking it/);
  });
});

describe('the post step', () => {
  const base = readConfig((n) => ({ 'https-servers': 'api.github.com', aws: 'off' })[n], {});
  const saved = (ntpServers: string[]) => ({
    status: 'ok' as const,
    atMs: 0,
    offsetMs: 0,
    uncertaintyMs: 1,
    ntpServers,
    ntsServers: [],
  });

  it('leaves the https servers out when an NTP server answered, and asks them when none did', () => {
    expect(postCheckConfig(base, saved(['time.aws.com']))!.httpsServers).toEqual([]);
    expect(postCheckConfig(base, saved([]))!.httpsServers.map((s) => s.label)).toEqual(['api.github.com']);
  });
});

describe('one HTTPS server under several names', () => {
  const answer = (target: string, operator: string, address: string, offsetMs = 0): SourceResult => ({
    kind: 'https',
    target,
    operator,
    address,
    status: 'ok',
    authenticated: true,
    sample: { offsetMs, boundMs: 500, delayMs: 10, atMs: 0 },
    requests: 1,
  });

  it('an address and a name without a domain that reached it are one vote, through either link', () => {
    const ip = answer('127.0.0.1:8443', operatorOf('127.0.0.1'), '127.0.0.1:8443');
    const mapped = answer('[::ffff:7f00:1]:8443', operatorOf('[::ffff:7f00:1]'), '127.0.0.1:8443');
    const name = answer('localhost:8443', operatorOf('localhost'), '[::ffff:127.0.0.1]:8443');
    const vote = votesOf([ip, mapped, name]);
    expect(new Set([ip, mapped, name].map(vote)).size).toBe(1);
    expect(voters([ip, mapped, name], false)).toHaveLength(1);
  });

  it('two domains behind one CDN address stay two votes: the edge may pass on each origin its Date', () => {
    const a = answer('a.example.com', operatorOf('a.example.com'), '192.0.2.80:443');
    const b = answer('b.example.org', operatorOf('b.example.org'), '192.0.2.80:443', 400_000);
    expect(voters([a, b], false)).toEqual([a, b]);
  });

  it('an NTP server and an HTTPS server on one address and port number are two services', () => {
    const https = answer('127.0.0.1:123', operatorOf('127.0.0.1'), '127.0.0.1:123');
    const ntp: SourceResult = { ...https, kind: 'ntp', operator: undefined, authenticated: false };
    expect(voters([https, ntp], false)).toHaveLength(2);
  });
});
