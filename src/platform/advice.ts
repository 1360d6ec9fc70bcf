/** How to fix a wrong clock on this machine: pure, from platform facts. */
import type { PlatformFacts } from './facts.js';
import { ec2Advice } from './ec2.js';
import { TIME_SERVICES } from './time-services.js';

/** `resyncOn`: resync is already configured, so do not suggest turning it on. */
export function fixAdvice(facts: PlatformFacts, resyncOn = false): string {
  const steps: string[] = [];
  if (facts.runner === 'github-hosted') {
    steps.push(
      "This is a GitHub-hosted runner: its clock is GitHub's to keep. Re-run the job; if it recurs, set `resync: force` on this step" +
        (facts.os === 'darwin' ? ' (macOS images have needed `sudo sntp -sS time.windows.com`)' : '') +
        ' and report it at github.com/actions/runner-images.',
    );
    return steps.join(' ');
  }
  if (facts.container) {
    // One piece of advice per situation: a container cannot step the host's clock, so commands for the
    // time service inside it would only fail (or change nothing), and are not offered.
    steps.push(
      "This runs in a container, which shares the host's clock: fix the time service on the host, not here " +
        '(chrony: `sudo chronyc -a makestep`; systemd-timesyncd: `sudo systemctl restart systemd-timesyncd`; ' +
        'Docker Desktop or WSL: `wsl --shutdown` or restart Docker Desktop after the host slept).',
    );
    if (facts.ec2) steps.push(ec2Advice(facts.timeService));
    return steps.join(' ');
  }
  if (facts.wsl) {
    steps.push(
      'WSL keeps its own clock and loses time when the host sleeps: run `wsl --shutdown` from Windows, or `sudo hwclock -s` inside WSL.',
    );
  }
  steps.push(TIME_SERVICES[facts.timeService].fix);
  if (facts.ec2) steps.push(ec2Advice(facts.timeService));
  if (facts.runner === 'self-hosted' && !resyncOn) {
    steps.push(
      'On a self-hosted runner, `resync: true` on this step runs that for you before the check is repeated.',
    );
  }
  return steps.join(' ');
}
