/**
 * `--profile` end to end: the built CLI against real chronyd servers on loopback (-x), the runner's clock
 * skewed by libfaketime. A runner 45 s ahead breaks a GitHub App JWT but not an AWS signature.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { CLI, runNode } from '../support/bundle.js';
import { expectTruthWithin } from '../support/tolerance.js';

const PORTS = [19510, 19511, 19512];
let chronyds: Chronyd[] = [];

beforeAll(async () => {
  chronyds = await Promise.all(PORTS.map((port) => startChronyd({ port })));
});
afterAll(async () => {
  await Promise.all(chronyds.map((c) => c.stop()));
});

const base = [
  'check',
  '--aws',
  'off',
  '--nts-servers',
  'none',
  '--ntp-servers',
  PORTS.map((p) => `127.0.0.1:${p}`).join(','),
];

interface Json {
  status: string;
  offsetMs: number;
  uncertaintyMs: number;
  title: string;
}

describe('clock-preflight check --profile', () => {
  it('45 s ahead under github-app: fail, naming the profile, its limit and what GitHub rejects', async () => {
    const r = await runNode(CLI, [...base, '--profile', 'github-app'], { faketime: '+45s' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL\s+Runner clock is 45\.0 s ahead \(github-app fails above 30\.0 s ahead\)/);
    // Prose is wrapped to the terminal's width: any line may break between two words.
    expect(r.stdout).toMatch(/GitHub\s+rejects\s+the\s+App\s+JWT/);
  });

  it('the same clock under aws: ok (5 min each way; warns only above 2 m 30 s)', async () => {
    const r = await runNode(CLI, [...base, '--profile', 'aws', '--json'], { faketime: '+45s' });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.status).toBe('ok');
    expectTruthWithin(j.offsetMs, -45_000, j.uncertaintyMs);
  });

  it('combined, the strictest side wins: aws,github-app fails 45 s ahead', async () => {
    const r = await runNode(CLI, [...base, '--profile', 'aws,github-app', '--json'], { faketime: '+45s' });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Json).status).toBe('fail');
  });

  it('an explicit --max-offset wins over the profile', async () => {
    const r = await runNode(CLI, [...base, '--profile', 'github-app', '--max-offset', '2m', '--json'], {
      faketime: '+45s',
    });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Json).status).toBe('warn');
  });

  it('an unknown profile: exit 2, names the flag and the accepted names, no stack', async () => {
    const r = await runNode(CLI, [...base, '--profile', 'gihub-app']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "clock-preflight: invalid --profile: 'gihub-app' is not a profile; use a comma-separated list of aws, github-app, kerberos, oidc, strict\n",
    );
  });
});
