/**
 * The last resort, `resync-method: set-clock`: set the clock from our own measured consensus, bypassing
 * the time service. Used only when explicitly asked and only when setClockEligibility allows it.
 *
 * Relative forms come first wherever the tool has one, because they are exact however long the command
 * takes to start: GNU date's `-s '+421.250 seconds'` and PowerShell's `Set-Date -Adjust`. Absolute forms
 * are computed from the runner's clock at the instant the step starts (argvAt); process start-up time
 * (tens of ms) then remains as error, and BSD date on macOS only takes whole seconds (±0.5 s more).
 */
import type { Strategy } from '../strategy.js';

function seconds(offsetMs: number): string {
  const s = (Math.abs(offsetMs) / 1000).toFixed(3);
  return `${offsetMs < 0 ? '-' : '+'}${s} seconds`;
}

/** `@<epoch>` for GNU/BusyBox date: whole seconds, which BusyBox also accepts. */
export function epochArg(targetMs: number): string {
  return `@${Math.round(targetMs / 1000)}`;
}

/** BSD date's `[[[mm]dd]HH]MM[[cc]yy][.ss]` in UTC (with -u), nearest whole second. */
export function bsdDateArg(targetMs: number): string {
  const d = new Date(Math.round(targetMs / 1000) * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    two(d.getUTCMonth() + 1) +
    two(d.getUTCDate()) +
    two(d.getUTCHours()) +
    two(d.getUTCMinutes()) +
    String(d.getUTCFullYear()) +
    '.' +
    two(d.getUTCSeconds())
  );
}

export function setClockStrategy(os: NodeJS.Platform, offsetMs: number, runnerNowMs: number): Strategy {
  if (!Number.isFinite(offsetMs)) throw new Error('set-clock needs a finite offset');
  const how = `${offsetMs >= 0 ? 'forward' : 'back'} by ${(Math.abs(offsetMs) / 1000).toFixed(3)} s`;
  if (os === 'win32') {
    const script = `Set-Date -Adjust ([TimeSpan]::FromMilliseconds(${offsetMs.toFixed(3)})) | Out-Null`;
    return {
      kind: 'set-clock',
      label: 'set-clock',
      attempts: [
        {
          name: 'PowerShell Set-Date -Adjust',
          steps: [
            {
              id: 'set',
              argv: ['powershell', '-NoProfile', '-NonInteractive', '-Command', script],
              purpose: `move the clock ${how}`,
              privileged: true,
              maxMs: 30_000,
            },
          ],
        },
      ],
      whenAllFail: 'The clock was not set: Set-Date needs an elevated (administrator) runner.',
    };
  }
  if (os === 'darwin') {
    const at = (now: number) => ['date', '-u', bsdDateArg(now + offsetMs)];
    return {
      kind: 'set-clock',
      label: 'set-clock',
      attempts: [
        {
          name: 'date (BSD)',
          steps: [
            {
              id: 'set',
              argv: at(runnerNowMs),
              argvAt: at,
              purpose: `set the clock ${how} (to the nearest second)`,
              privileged: true,
              maxMs: 5000,
            },
          ],
        },
      ],
      whenAllFail: 'The clock was not set: date needs root.',
    };
  }
  const absolute = (now: number) => ['date', '-u', '-s', epochArg(now + offsetMs)];
  return {
    kind: 'set-clock',
    label: 'set-clock',
    attempts: [
      {
        name: 'date -s (relative)',
        steps: [
          {
            id: 'set',
            argv: ['date', '-u', '-s', seconds(offsetMs)],
            purpose: `move the clock ${how}`,
            privileged: true,
            maxMs: 5000,
          },
        ],
      },
      {
        // BusyBox date (Alpine) has no relative form.
        name: 'date -s @epoch',
        steps: [
          {
            id: 'set',
            argv: absolute(runnerNowMs),
            argvAt: absolute,
            purpose: `set the clock ${how} (to the nearest second)`,
            privileged: true,
            maxMs: 5000,
          },
        ],
      },
    ],
    whenAllFail:
      'The clock was not set: date needs root (CAP_SYS_TIME); in a container the clock belongs to the host and cannot be set from inside.',
  };
}
