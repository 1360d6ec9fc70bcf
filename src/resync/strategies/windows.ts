/**
 * Windows: `w32tm /resync /force`, after starting W32Time when it is stopped (a resync against a stopped
 * service fails with 0x80070426). `net start` exits 2 when the service is already running, which is fine.
 * If the forced resync finds no time data, `/rediscover` makes W32Time look its sources up again first.
 */
import type { Strategy, StrategyContext } from '../strategy.js';

/** A `sc query` line whose value is state 1 (SERVICE_STOPPED), whatever the label's language. */
export const SC_STATE_STOPPED = /^\s*\S+\s*:\s*1\s+[A-Z_]+\s*$/m;

export function windowsStrategy(_ctx: StrategyContext): Strategy {
  const startIfStopped = [
    {
      id: 'state',
      argv: ['sc', 'query', 'w32time'],
      purpose: 'see whether the Windows Time service runs',
      privileged: false,
      optional: true,
      maxMs: 5000,
    },
    {
      id: 'start',
      argv: ['net', 'start', 'w32time'],
      purpose: 'start the Windows Time service, which is stopped',
      privileged: true,
      okExitCodes: [2],
      // The state's number, not its words: `sc query` labels are translated on non-English Windows.
      // SERVICE_STOPPED is 1; TYPE, exit codes and checkpoints never print a bare 1 followed by a name.
      onlyIf: { step: 'state', matches: SC_STATE_STOPPED },
      maxMs: 15_000,
    },
  ];
  return {
    kind: 'windows',
    label: 'Windows Time (w32tm)',
    attempts: [
      {
        name: 'w32tm /resync /force',
        steps: [
          ...startIfStopped,
          {
            id: 'resync',
            argv: ['w32tm', '/resync', '/force'],
            purpose: 'make W32Time synchronise and correct the clock now',
            privileged: true,
            maxMs: 15_000,
          },
        ],
      },
      {
        name: 'w32tm /resync /rediscover',
        steps: [
          {
            id: 'resync',
            argv: ['w32tm', '/resync', '/rediscover'],
            purpose: 'look the time sources up again, then resynchronise',
            privileged: true,
            maxMs: 15_000,
          },
        ],
      },
    ],
    whenAllFail:
      'W32Time did not resynchronise. It refuses corrections larger than MaxPosPhaseCorrection/MaxNegPhaseCorrection (15 h on a standalone machine by default).',
  };
}
