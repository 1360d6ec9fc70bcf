/**
 * A proxy URL's password never leaves the program, in any form, whatever is wrong with the URL: the
 * built CLI (text and JSON, GITHUB_ACTIONS=true) and the built action (stdout, outputs, summary) with
 * HTTPS_PROXY set to URLs a naive redaction gets wrong. The AWS endpoint is a real AWS host name, so the
 * proxy applies; an unusable proxy URL stops the Date check before any connection. No ports.
 */
import { describe, expect, it } from '@jest/globals';
import { awsOnly, CLI, runNode } from '../support/bundle.js';
import { runAction } from '../support/action-runner.js';

const PASSWORD_PARTS = ['s3cr', 'r3t', '7319'];
const VALUES: Array<[string, string]> = [
  ['no scheme, bad port', 'alice:s3cr3t@proxy.corp:99999'],
  ['no scheme, a / in the password', 'alice:s3cr/3t@proxy.corp:3128'],
  ['a space', 'http://alice:s3cr3t@proxy corp:3128'],
  ['a bad port', 'http://alice:s3cr3t@proxy.corp:99999'],
  ['a / in the password', 'http://alice:s3cr/3t@proxy.corp:3128'],
  ['a / after a numeric password', 'http://alice:7319/s3cr3t@proxy.corp'],
  // Used to fail inside the tunnel as 'URI malformed', with the proxy's socket left open.
  ['a bare % in the password', 'http://alice:s3cr%zr3t@proxy.corp:3128'],
];

const env = (proxy: string): NodeJS.ProcessEnv => ({
  HTTPS_PROXY: proxy,
  AWS_ENDPOINT_URL_STS: 'https://sts.us-east-1.amazonaws.com',
  AWS_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_EC2_METADATA_DISABLED: 'true',
});

function expectNoPassword(text: string): void {
  for (const part of PASSWORD_PARTS) expect(text).not.toContain(part);
  expect(text).not.toContain('alice');
}

// No https servers: inside Actions GitHub's API would join (a lookup of api.github.com, off loopback).
const noNtp = [...awsOnly('https'), '--timeout', '3s'];

describe('an unusable proxy URL is named, never shown', () => {
  it.each(VALUES)('CLI, %s: JSON, stdout and stderr', async (_name, proxy) => {
    const json = await runNode(CLI, ['check', ...noNtp, '--json'], { env: env(proxy) });
    const text = await runNode(CLI, ['check', ...noNtp], { env: { ...env(proxy), GITHUB_ACTIONS: 'true' } });
    for (const r of [json, text]) {
      expectNoPassword(r.stdout);
      expectNoPassword(r.stderr);
    }
    const parsed = JSON.parse(json.stdout) as {
      sources: Array<{ kind: string; status: string; reason: string }>;
    };
    const date = parsed.sources.find((s) => s.kind === 'https-date')!;
    expect(date.status).toBe('error');
    expect(date.reason).toMatch(/^cannot use the proxy: HTTPS_PROXY: /);
    expect(date.reason).toMatch(/expected http:\/\/\[user:password@\]host:port/);
  });

  it.each(VALUES.slice(0, 3))('action, %s: stdout, stderr, outputs and summary', async (_name, proxy) => {
    const r = await runAction(
      { 'ntp-servers': 'none', 'nts-servers': 'none', aws: 'https', timeout: '3s', 'post-check': 'false' },
      { env: env(proxy) },
    );
    expectNoPassword(r.stdout);
    expectNoPassword(r.stderr);
    expectNoPassword(r.summary);
    expectNoPassword(JSON.stringify(r.outputs));
    expect(r.outputs.sources).toMatch(/cannot use the proxy: HTTPS_PROXY/);
  });

  it('a usable proxy URL with credentials is shown as scheme, host and port only', async () => {
    // Nothing listens on the proxy's port: the check fails fast and says where it tried.
    const r = await runNode(CLI, ['check', ...noNtp, '--json'], {
      env: env('http://alice:s3cr3t@127.0.0.1:9'),
    });
    expectNoPassword(r.stdout);
    expectNoPassword(r.stderr);
    expect(r.stdout).toContain('http://127.0.0.1:9 (credentials hidden)');
  });
});
