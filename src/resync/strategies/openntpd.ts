/**
 * OpenNTPD has no "step now" command either: it steps only at start-up (with -s, the default in recent
 * versions, when the offset is large) and otherwise slews at about 0.5 ms/s. So: restart, then wait
 * (bounded) for `ntpctl -s status` to say "clock synced".
 */
import { restartAttempts, share, type Step, type Strategy, type StrategyContext } from '../strategy.js';

export function openntpdStrategy(ctx: StrategyContext): Strategy {
  const unit = ctx.unit ?? 'openntpd';
  const waitMs = share(ctx.budgetMs, 0.6, 20_000);
  const wait: Step = {
    id: 'wait',
    argv: ['ntpctl', '-s', 'status'],
    purpose: `wait up to ${Math.round(waitMs / 1000)} s for OpenNTPD to report "clock synced"`,
    privileged: false,
    optional: true,
    maxMs: 3000,
    until: { matches: /clock synced/, everyMs: 1000, forMs: waitMs },
  };
  return {
    kind: 'openntpd',
    label: 'OpenNTPD',
    attempts: restartAttempts(unit, 'OpenNTPD', wait),
    whenAllFail:
      'OpenNTPD was not restarted. It steps only at start-up (with -s) and slews smaller offsets at 0.5 ms/s, so a few seconds can take hours.',
  };
}
