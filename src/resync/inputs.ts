/**
 * The two resync inputs, as the shared schema (src/config.ts INPUTS) should list them, and their parsers.
 * Kept here, not imported by config.ts, so that no import cycle forms; config.ts copies the entries.
 */
import { InputError } from '../config.js';
import { RESYNC_METHODS, RESYNC_MODES, type ResyncMethod, type ResyncMode } from './decision.js';

export const RESYNC_INPUT_SPECS = [
  {
    name: 'resync',
    description:
      'Resync the clock when the check does not pass (warn or fail), then measure again and let the second measurement decide. `false`: never; `true`: on self-hosted runners and outside GitHub Actions; `force`: also on GitHub-hosted runners.',
    default: 'false',
    form: 'one of false, true, force',
    boolean: true,
  },
  {
    name: 'resync-method',
    description:
      "How to resync: `auto` uses the machine's own time service (chrony, systemd-timesyncd, ntpd/NTPsec, OpenNTPD, macOS sntp, Windows w32tm); `set-clock` sets the clock directly from the measured consensus, only when at least two sources agree or an authenticated one decides (last resort).",
    default: 'auto',
    form: 'auto or set-clock',
  },
] as const;

export function parseResyncMode(text: string, input = 'resync'): ResyncMode {
  const value = text.trim().toLowerCase();
  const aliases: Record<string, ResyncMode> = {
    yes: 'true',
    on: 'true',
    '1': 'true',
    no: 'false',
    off: 'false',
    '0': 'false',
  };
  const mode = aliases[value] ?? value;
  if ((RESYNC_MODES as readonly string[]).includes(mode)) return mode as ResyncMode;
  throw new InputError(input, `'${text}' is not accepted; use one of false, true, force`);
}

export function parseResyncMethod(text: string, input = 'resync-method'): ResyncMethod {
  const value = text.trim().toLowerCase();
  if ((RESYNC_METHODS as readonly string[]).includes(value)) return value as ResyncMethod;
  throw new InputError(input, `'${text}' is not accepted; use auto or set-clock`);
}

/**
 * Time for the resync itself, separate from the measurement `timeout`: long enough for a daemon restart
 * and a bounded wait for its first reply, short enough not to stall a job.
 */
export function resyncBudgetMs(timeoutMs: number): number {
  return Math.min(120_000, Math.max(20_000, 3 * timeoutMs));
}
