/**
 * Whether to resync the clock after the first measurement. Pure: the `resync` input, the runner type and
 * the first verdict's status in; a yes/no and the sentence that explains it out.
 */
import type { Status } from '../model.js';
import type { RunnerType } from '../platform/facts.js';
import type { ResyncMethod, ResyncMode } from '../config/config.js';

export type { ResyncMethod, ResyncMode };

export interface ResyncDecisionInput {
  mode: ResyncMode;
  runner: RunnerType;
  status: Status;
}

export interface ResyncDecision {
  run: boolean;
  why: string;
}

/**
 * Which statuses trigger a resync:
 * - `fail`: yes, that is what resync is for.
 * - `warn`: yes. The user opted in, and a clock off by more than warn-offset already shows that the time
 *   service has lost track (a working one keeps within milliseconds); waiting for it to slew back is a bet
 *   on the very thing that has failed, and a clock drifting past warn-offset now reaches max-offset later
 *   in a long job. The step is small at this point, which is also when stepping disturbs least.
 * - `unknown`: no. Either nothing answered or the sources disagree with no majority: there is no
 *   evidence that the clock is wrong, no trustworthy value to correct it to, and a time service that
 *   talks to the same blocked network would not do better. The fix is reachable sources, not a step.
 * - `ok`: no; nothing to correct.
 */
const TRIGGERS: Record<Status, boolean> = { fail: true, warn: true, unknown: false, ok: false };

export function resyncDecision(input: ResyncDecisionInput): ResyncDecision {
  const { mode, runner, status } = input;
  if (mode === 'false') {
    return { run: false, why: 'Resync is off (resync: false).' };
  }
  if (!TRIGGERS[status]) {
    return {
      run: false,
      why:
        status === 'ok'
          ? 'Resync not needed: the clock passed the check.'
          : 'Resync skipped: no reference gave a usable consensus, so there is no evidence the clock is wrong and no value to correct it to. Make reachable time sources available first.',
    };
  }
  if (runner === 'github-hosted' && mode === 'true') {
    return {
      run: false,
      why:
        'Resync skipped: this is a GitHub-hosted runner and `resync: true` acts only on self-hosted runners, ' +
        "because a hosted runner's clock is GitHub's to keep and changing it needs sudo on an image you do not own. " +
        'Set `resync: force` to run it anyway.',
    };
  }
  const where =
    runner === 'github-hosted'
      ? 'on a GitHub-hosted runner (resync: force)'
      : runner === 'self-hosted'
        ? 'on a self-hosted runner'
        : 'outside GitHub Actions';
  return { run: true, why: `Resyncing ${where}: the check ended in ${status}.` };
}
