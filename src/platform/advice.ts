/** How to fix a wrong clock on this machine: pure, from platform facts. */
import type { PlatformFacts } from './facts.js';
import { ec2Advice } from './ec2.js';

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
  switch (facts.timeService) {
    case 'chrony':
      steps.push(
        'Step the clock now with `sudo chronyc -a makestep`, then check `chronyc tracking` and `chronyc sources`.',
      );
      break;
    case 'timesyncd':
      steps.push(
        'Turn on synchronisation and restart it: `sudo timedatectl set-ntp true && sudo systemctl restart systemd-timesyncd`, then check `timedatectl timesync-status`.',
      );
      break;
    case 'ntpd':
      steps.push(
        'Restart ntpd so that it steps the clock at start (`sudo systemctl restart ntp` or `ntpsec`), then check `ntpq -p`.',
      );
      break;
    case 'openntpd':
      steps.push('Restart OpenNTPD with `-s` to step the clock at start, then check `ntpctl -s status`.');
      break;
    case 'macos':
      steps.push(
        'Step the clock now with `sudo sntp -sS time.apple.com`, and keep "Set time and date automatically" on.',
      );
      break;
    case 'windows':
      steps.push(
        'Run `w32tm /resync /force` as administrator (start the service first with `net start w32time` if it is stopped).',
      );
      break;
    default:
      steps.push(
        'No time service was found: install chrony (`sudo apt-get install chrony`) or enable systemd-timesyncd.',
      );
  }
  if (facts.ec2) steps.push(ec2Advice(facts.timeService));
  if (facts.runner === 'self-hosted' && !resyncOn) {
    steps.push(
      'On a self-hosted runner, `resync: true` on this step runs that for you before the check is repeated.',
    );
  }
  return steps.join(' ');
}
