/**
 * Cheap facts about the machine we run on, for fix advice and for resync: the OS, whether this is a
 * GitHub-hosted or self-hosted runner, WSL, a container, and which time service is installed. Only stat
 * and small file reads: no processes, no network.
 */
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type RunnerType = 'github-hosted' | 'self-hosted' | 'not-github';
export type TimeService = 'chrony' | 'timesyncd' | 'ntpd' | 'openntpd' | 'macos' | 'windows' | 'unknown';

export interface PlatformFacts {
  os: NodeJS.Platform;
  runner: RunnerType;
  wsl: boolean;
  container: boolean;
  timeService: TimeService;
}

export function onPath(command: string, path = process.env.PATH ?? ''): boolean {
  return path.split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
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
  let timeService: TimeService = 'unknown';
  if (os === 'darwin') timeService = 'macos';
  else if (os === 'win32') timeService = 'windows';
  else if (onPath('chronyc', env.PATH)) timeService = 'chrony';
  else if (existsSync('/lib/systemd/systemd-timesyncd') || existsSync('/usr/lib/systemd/systemd-timesyncd')) {
    timeService = 'timesyncd';
  } else if (onPath('ntpd', env.PATH) || onPath('ntpq', env.PATH)) timeService = 'ntpd';
  else if (onPath('ntpctl', env.PATH)) timeService = 'openntpd';
  return {
    os,
    runner: runnerType(env),
    wsl: os === 'linux' && /microsoft/i.test(readSmall('/proc/version')),
    container: existsSync('/.dockerenv') || existsSync('/run/.containerenv'),
    timeService,
  };
}
