/**
 * The npm package as users get it: `npm pack`, installed from the tarball into an empty prefix with no
 * registry reachable (so any runtime dependency would fail the install), and `clock-preflight` run from
 * that install on Node 20, 22 and 24 against a real chronyd on loopback (started with -x).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { NODE22, NODE24, ROOT } from '../support/bundle.js';

const run = promisify(execFile);
const NTP_PORT = 17501;
// The package is the CLI for every CI system; the action is used from the repository at a tag, so its
// bundle is not packed (it doubled the tarball: 891 KB with both, about 450 KB with the CLI alone).
const MAX_TARBALL_BYTES = 600_000;

let work: string;
let tarball: string;
let packedFiles: string[];
let prefix: string;
let chronyd: Chronyd;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cp-package-'));
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: ROOT,
    env: { ...process.env, npm_config_cache: join(work, 'pack-cache') },
  });
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(work, info!.filename);
  packedFiles = info!.files.map((f) => f.path).sort();
  prefix = join(work, 'prefix');
  mkdirSync(prefix);
  // An empty cache, offline, and a registry that is not there: only the tarball itself can install.
  await run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', prefix, tarball],
    {
      cwd: prefix,
      env: {
        ...process.env,
        npm_config_cache: join(work, 'empty-cache'),
        npm_config_registry: 'http://127.0.0.1:9/',
      },
    },
  );
  chronyd = await startChronyd({ port: NTP_PORT });
}, 120_000);

afterAll(async () => {
  await chronyd?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('carries what runs and nothing else: the CLI bundle, README, LICENSE and the licences', () => {
    expect(packedFiles).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
    expect(packedFiles).toEqual(
      expect.arrayContaining(['dist/cli/index.js', 'dist/cli/licenses.txt', 'dist/cli/package.json']),
    );
    const unexpected = packedFiles.filter(
      (f) =>
        !/^(LICENSE|README\.md|CHANGELOG\.md|package\.json)$/.test(f) &&
        !/^dist\/cli\/[^/]+\.(js|txt|json)$/.test(f),
    );
    expect(unexpected).toEqual([]);
    expect(packedFiles.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(statSync(tarball).size).toBeLessThanOrEqual(MAX_TARBALL_BYTES);
  });

  it('is publishable and needs no runtime dependency', () => {
    const manifest = JSON.parse(
      readFileSync(join(prefix, 'node_modules/clock-preflight/package.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.bin).toEqual({ 'clock-preflight': 'dist/cli/index.js' });
    // Only the package itself was installed.
    expect(existsSync(join(prefix, 'node_modules/@actions'))).toBe(false);
  });
});

const nodes: Array<[string, string]> = [
  ['20', process.execPath],
  ['22', NODE22],
  ['24', NODE24],
];

describe.each(nodes)('clock-preflight installed from the tarball, on Node %s', (major, node) => {
  // The bin shim starts with `#!/usr/bin/env node`: the first node on PATH is the one users get.
  const env = () => ({ PATH: `${dirname(node)}:/usr/bin:/bin`, HOME: work });
  const bin = () => join(prefix, 'node_modules/.bin/clock-preflight');

  it('runs on that Node and prints its version', async () => {
    expect(existsSync(node)).toBe(true);
    const which = await run('node', ['--version'], { env: env() });
    expect(which.stdout.trim()).toMatch(new RegExp(`^v${major}\\.`));
    const version = await run(bin(), ['--version'], { env: env() });
    const { version: expected } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(version.stdout).toContain(expected);
  });

  it('checks the clock against a loopback NTP server and passes', async () => {
    const r = await run(
      bin(),
      ['check', '--aws', 'off', '--nts-servers', 'none', '--ntp-servers', `127.0.0.1:${NTP_PORT}`, '--json'],
      { env: env() },
    );
    const j = JSON.parse(r.stdout) as { status: string; sources: Array<{ status: string }> };
    expect(j.status).toBe('ok');
    expect(j.sources.map((s) => s.status)).toEqual(['ok']);
  });

  it('rejects a bad input with exit 2 and a message naming it', async () => {
    const failed = await run(bin(), ['check', '--ntp-servers', 'a:b:c:d:e:f:g:h:i'], { env: env() }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((failed as { code: number }).code).toBe(2);
    expect((failed as { stderr: string }).stderr).toMatch(/ntp-servers/);
    expect((failed as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
  });
});
