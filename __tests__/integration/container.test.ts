/**
 * The Dockerfile, built and run with buildah (daemonless: vfs storage, chroot isolation, as root) from a
 * throwaway storage directory. No image registry is reachable here, so the Node base is a local stand-in
 * made from this machine's Node 22 (support/container-base.sh) and passed as the NODE_IMAGE build
 * argument; everything else is the Dockerfile as users build it. Needs the Debian package `buildah`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startChronyd, type Chronyd } from '../support/chronyd.js';
import { NODE22, ROOT } from '../support/bundle.js';
import { findOnPath } from '../../src/platform/path.js';

const run = promisify(execFile);
const NTP_PORT = 17520;
const IMAGE = 'localhost/clock-preflight-test';
const BASE = 'localhost/clock-preflight-test-base';

const haveBuildah = findOnPath('buildah', process.env) !== undefined && process.getuid?.() === 0;
if (!haveBuildah) {
  // Said out loud rather than passed quietly: .ci/run should install buildah (Debian package).
  console.warn('container image test skipped: it needs buildah (apt-get install buildah) and root');
}

let store: string;
let chronyd: Chronyd;
let config: { User?: string; Entrypoint?: string[]; Cmd?: string[] };
const buildah = (...args: string[]) =>
  run(
    'buildah',
    ['--root', join(store, 'storage'), '--runroot', join(store, 'run'), '--storage-driver', 'vfs', ...args],
    {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    },
  );

/** Runs the image's entrypoint with `args`, as the image's user, the way `docker run IMAGE args` does. */
async function runImage(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { stdout: container } = await buildah('from', '--pull-never', IMAGE);
  try {
    const argv = [...(config.Entrypoint ?? []), ...args];
    const r = await buildah(
      'run',
      '--isolation',
      'chroot',
      '--user',
      config.User ?? '0',
      container.trim(),
      '--',
      ...argv,
    )
      .then((o) => ({ code: 0, ...o }))
      .catch((e: { code: number; stdout: string; stderr: string }) => e);
    return r;
  } finally {
    await buildah('rm', container.trim());
  }
}

(haveBuildah ? describe : describe.skip)('the container image', () => {
  beforeAll(async () => {
    store = mkdtempSync(join(tmpdir(), 'cp-image-'));
    await run('bash', [resolve(ROOT, '__tests__/support/container-base.sh'), store, NODE22, BASE]);
    await buildah(
      'bud',
      '--isolation',
      'chroot',
      '--pull-never',
      '-q',
      '--build-arg',
      `NODE_IMAGE=${BASE}`,
      '-t',
      IMAGE,
      '-f',
      'Dockerfile',
      '.',
    );
    const { stdout } = await buildah('inspect', IMAGE);
    config = (JSON.parse(stdout) as { OCIv1: { config: typeof config } }).OCIv1.config;
    chronyd = await startChronyd({ port: NTP_PORT });
  }, 300_000);

  afterAll(async () => {
    await chronyd?.stop();
    if (store) {
      await buildah('rm', '--all').catch(() => undefined);
      rmSync(store, { recursive: true, force: true });
    }
  }, 60_000);

  it('runs as a non-root user with the CLI as its entrypoint and `check` as the default command', () => {
    expect(config.User).toBeDefined();
    expect(config.User).not.toMatch(/^(0|root)(:|$)/);
    expect(config.Entrypoint).toEqual(['node', '/opt/clock-preflight/dist/cli/index.js']);
    expect(config.Cmd).toEqual(['check']);
  });

  it('carries the CLI bundle only: no source maps, no node_modules, no sources', async () => {
    const { stdout: container } = await buildah('from', '--pull-never', IMAGE);
    try {
      const { stdout } = await buildah(
        'run',
        '--isolation',
        'chroot',
        container.trim(),
        '--',
        'find',
        '/opt/clock-preflight',
        '-type',
        'f',
      );
      const files = stdout.trim().split('\n').sort();
      expect(files).toContain('/opt/clock-preflight/dist/cli/index.js');
      expect(files.filter((f) => /\.map$|node_modules|\/src\/|\.ts$/.test(f))).toEqual([]);
      expect(files.filter((f) => !f.startsWith('/opt/clock-preflight/dist/cli/'))).toEqual([
        '/opt/clock-preflight/LICENSE',
        '/opt/clock-preflight/README.md',
        '/opt/clock-preflight/package.json',
      ]);
    } finally {
      await buildah('rm', container.trim());
    }
  }, 60_000);

  it('checks the clock against a loopback NTP server from inside the image', async () => {
    const r = await runImage([
      'check',
      '--aws',
      'off',
      '--nts-servers',
      'none',
      '--ntp-servers',
      `127.0.0.1:${NTP_PORT}`,
      '--json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { status: string; sources: Array<{ status: string }> };
    expect(j.status).toBe('ok');
    expect(j.sources.map((s) => s.status)).toEqual(['ok']);
  }, 60_000);

  it('has `clock-preflight` on PATH for CI systems that run a script through sh in the image', async () => {
    const { stdout: container } = await buildah('from', '--pull-never', IMAGE);
    try {
      const { stdout } = await buildah(
        'run',
        '--isolation',
        'chroot',
        '--user',
        config.User ?? '0',
        container.trim(),
        '--',
        'sh',
        '-c',
        'clock-preflight --version',
      );
      expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    } finally {
      await buildah('rm', container.trim());
    }
  }, 60_000);

  it('rejects a bad input with exit 2 and a message naming it', async () => {
    const r = await runImage(['check', '--timeout', 'soon']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/timeout/);
  }, 60_000);
});
