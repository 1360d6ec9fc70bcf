/**
 * chrony: burst (fresh measurements now, not at the next poll, which can be 17 minutes away), step with
 * `makestep`, then a bounded `waitsync` so that the second measurement sees the settled clock.
 *
 * `makestep` steps by the offset chronyd has already measured; after a suspend or a long stall that
 * estimate is stale, hence the burst first, as chrony's FAQ does. `-a` is accepted and ignored by chrony 4
 * (it once meant "authenticate"); it keeps the command line familiar to people who copy it from the report.
 */
import { share, type Strategy, type StrategyContext } from '../strategy.js';

export function chronyStrategy(ctx: StrategyContext): Strategy {
  const chronyc = (...args: string[]) => [
    'chronyc',
    ...(ctx.chronycHost ? ['-h', ctx.chronycHost] : []),
    ...args,
  ];
  const intervalS = 0.5;
  // waitsync gets up to half of the budget, capped at 20 s: long enough for a step to settle, short enough
  // to leave time for the second measurement.
  const waitMs = share(ctx.budgetMs, 0.5, 20_000);
  const tries = Math.max(1, Math.floor(waitMs / (intervalS * 1000)));
  return {
    kind: 'chrony',
    label: 'chrony',
    attempts: [
      {
        name: 'chronyc makestep',
        steps: [
          {
            id: 'tracking-before',
            argv: chronyc('-c', 'tracking'),
            purpose: "chronyd's estimate of the clock error before",
            privileged: true,
            optional: true,
            maxMs: 3000,
          },
          {
            id: 'burst',
            argv: chronyc('-a', 'burst', '4/4'),
            purpose: 'measure every source now instead of at the next poll',
            privileged: true,
            optional: true,
            maxMs: 3000,
            pauseAfterMs: share(ctx.budgetMs, 0.15, 3000),
          },
          {
            id: 'makestep',
            argv: chronyc('-a', 'makestep'),
            purpose: 'step the clock by the offset chronyd has measured',
            privileged: true,
            maxMs: 5000,
          },
          {
            id: 'waitsync',
            // max-tries, max-correction 0.1 s, max-skew 0 (any), interval 0.5 s.
            argv: chronyc('waitsync', String(tries), '0.1', '0', String(intervalS)),
            purpose: `wait up to ${tries * intervalS} s for chronyd to be synchronised within 100 ms`,
            privileged: true,
            optional: true,
            maxMs: waitMs + 2000,
          },
          {
            id: 'tracking-after',
            argv: chronyc('-c', 'tracking'),
            purpose: "chronyd's estimate of the clock error after",
            privileged: true,
            optional: true,
            maxMs: 3000,
          },
        ],
      },
    ],
    whenAllFail:
      'chronyd did not step the clock. It steps only by an offset it has measured itself, so it needs a reachable source.',
  };
}

/**
 * "System time" from `chronyc -c tracking` (the fifth field), in ms, in our sign convention: chrony's
 * correction is positive when the system clock is slow, i.e. behind, as our offsets are.
 */
export function chronySystemTimeMs(csv: string): number | undefined {
  const fields = csv.trim().split('\n')[0]?.split(',') ?? [];
  const seconds = Number(fields[4]);
  return fields.length > 4 && fields[4] !== '' && Number.isFinite(seconds) ? seconds * 1000 : undefined;
}
