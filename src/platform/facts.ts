/**
 * Facts about the machine we run on, for fix advice: the OS, whether this is a GitHub-hosted or
 * self-hosted runner, WSL, a container, EC2, and which time service runs (from /proc, else what is
 * installed). Only stat and small file reads: no processes started, no network. Asked only when there is
 * something to fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { detectTimeService } from './detect.js';
import { detectEc2 } from './ec2.js';
import type { TimeService } from './time-services.js';

export type { TimeService };

export type RunnerType = 'github-hosted' | 'self-hosted' | 'not-github';

export interface PlatformFacts {
  os: NodeJS.Platform;
  runner: RunnerType;
  wsl: boolean;
  container: boolean;
  timeService: TimeService;
  /** An EC2 instance (from DMI): the Amazon Time Sync Service is one hop away. */
  ec2: boolean;
}

function readSmall(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(0, 4096);
  } catch {
    return '';
  }
}

export function runnerType(env: NodeJS.ProcessEnv): RunnerType {
  if (env.GITHUB_ACTIONS !== 'true') return 'not-github';
  return env.RUNNER_ENVIRONMENT === 'github-hosted' ? 'github-hosted' : 'self-hosted';
}

export function detectPlatform(env: NodeJS.ProcessEnv = process.env): PlatformFacts {
  const os = process.platform;
  return {
    os,
    runner: runnerType(env),
    wsl: os === 'linux' && /microsoft/i.test(readSmall('/proc/version')),
    container: existsSync('/.dockerenv') || existsSync('/run/.containerenv'),
    // What is running wins over what is installed; a chronyd started with -x does not count.
    timeService: detectTimeService({ os, env }).service,
    ec2: detectEc2(os),
  };
}
