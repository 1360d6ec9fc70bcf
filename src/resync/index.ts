/** Resync: decide, detect, run the machine's own time service (or set the clock), report. */
export {
  resyncDecision,
  RESYNC_METHODS,
  RESYNC_MODES,
  type ResyncDecision,
  type ResyncMethod,
  type ResyncMode,
} from './decision.js';
export { consensusOf, setClockEligibility, type ConsensusSummary, type Eligibility } from './eligibility.js';
export { amazonTimeSyncServers, detectEc2, ec2Advice, isEc2 } from './ec2.js';
export { detectTimeService, type TimeServiceDetection } from './detect.js';
export {
  resyncClock,
  strategyFor,
  TEST_CHRONYC_HOST_ENV,
  type ResyncOptions,
  type ResyncReport,
} from './resync.js';
export type { CommandRecord } from './run.js';
export type { Strategy, Step, Attempt } from './plan.js';
