/**
 * systemd-timesyncd: make sure synchronisation is on, restart the daemon so that it asks its servers now,
 * and wait (bounded) for its first reply. timesyncd steps the clock on any reply whose offset is over
 * 0.4 s (NTP_MAX_ADJUST), so a restart is a step. `--no-ask-password`: never a polkit prompt.
 */
import { share, type Strategy, type StrategyContext } from '../strategy.js';

export function timesyncdStrategy(ctx: StrategyContext): Strategy {
  const waitMs = share(ctx.budgetMs, 0.5, 15_000);
  return {
    kind: 'timesyncd',
    label: 'systemd-timesyncd',
    attempts: [
      {
        name: 'restart systemd-timesyncd',
        steps: [
          {
            id: 'set-ntp',
            argv: ['timedatectl', '--no-ask-password', 'set-ntp', 'true'],
            purpose: 'turn network time synchronisation on',
            privileged: true,
            maxMs: 5000,
          },
          {
            id: 'restart',
            argv: ['systemctl', '--no-ask-password', 'restart', 'systemd-timesyncd.service'],
            purpose: 'restart systemd-timesyncd so that it asks its servers now and steps a large offset',
            privileged: true,
            maxMs: 10_000,
          },
          {
            id: 'wait',
            // The packet count restarts at 0 with the daemon: a non-zero count is a reply since the restart.
            argv: ['timedatectl', 'timesync-status'],
            purpose: `wait up to ${Math.round(waitMs / 1000)} s for systemd-timesyncd's first reply`,
            privileged: false,
            optional: true,
            maxMs: 3000,
            until: { matches: /Packet count:\s*[1-9]/, everyMs: 500, forMs: waitMs },
          },
        ],
      },
    ],
    whenAllFail: 'systemd-timesyncd was not restarted.',
  };
}
