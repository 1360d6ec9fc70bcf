/**
 * ntpd (ntp.org) and NTPsec have no "step now" command: they step (offsets over 128 ms) when they start,
 * so the strategy is a restart and a bounded wait until `ntpq` reports sync_ntp. Both distributions start
 * ntpd with -g, which lets that first step exceed the 1000 s panic threshold.
 */
import { restartAttempts, share, type Step, type Strategy, type StrategyContext } from '../strategy.js';

export function ntpdStrategy(ctx: StrategyContext): Strategy {
  const unit = ctx.unit ?? 'ntp';
  const waitMs = share(ctx.budgetMs, 0.6, 20_000);
  const wait: Step = {
    id: 'wait',
    argv: ['ntpq', '-c', 'rv'],
    purpose: `wait up to ${Math.round(waitMs / 1000)} s for ntpd to report sync_ntp`,
    privileged: false,
    optional: true,
    maxMs: 3000,
    until: { matches: /\bsync_ntp\b/, everyMs: 1000, forMs: waitMs },
  };
  return {
    kind: 'ntpd',
    label: unit === 'ntpsec' ? 'NTPsec' : 'ntpd',
    attempts: restartAttempts(unit, unit, wait),
    whenAllFail: `${unit} was not restarted. If it exits at start with "panic", it runs without -g and the offset is over 1000 s: add -g to its options (NTPD_OPTS).`,
  };
}
