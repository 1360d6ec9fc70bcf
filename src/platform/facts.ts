/**
 * Facts about the machine we run on, for fix advice: the OS, whether this is a GitHub-hosted or
 * self-hosted runner, WSL, a container, EC2, and which time service runs (from /proc, else what is
 * installed). Only stat and small file reads: no processes started, no network. Asked only when there is
 * something to fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { detectTimeService } from './detect.js';
import { detectEc2 } from './ec2.js';
import type { RunnerType, TimeService } from './kinds.js';

export type { RunnerType, TimeService };

export interface PlatformFacts {
  os: NodeJS.Platform;
  runner: RunnerType;
  wsl: boolean;
  /** Docker, Podman or a Kubernetes pod: the clock is the host's (the node's), not ours to fix. */
  container: boolean;
  /** A Kubernetes pod (actions-runner-controller runners among them). */
  kubernetes?: boolean;
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

/**
 * A pod: the service account files Kubernetes mounts into every pod by default, or the service address
 * it puts into every container's environment (which stays when automounting is turned off).
 */
export function isKubernetesPod(env: NodeJS.ProcessEnv, exists: (path: string) => boolean): boolean {
  return (env.KUBERNETES_SERVICE_HOST ?? '') !== '' || exists('/var/run/secrets/kubernetes.io');
}

export function detectPlatform(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): PlatformFacts {
  const os = process.platform;
  const kubernetes = os === 'linux' && isKubernetesPod(env, exists);
  return {
    os,
    runner: runnerType(env),
    wsl: os === 'linux' && /microsoft/i.test(readSmall('/proc/version')),
    container: kubernetes || exists('/.dockerenv') || exists('/run/.containerenv'),
    kubernetes,
    // What is running wins over what is installed; a chronyd started with -x does not count.
    timeService: detectTimeService({ os, env }).service,
    ec2: detectEc2(os),
  };
}
