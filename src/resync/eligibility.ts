/**
 * When the clock may be set directly from our own measurement (`resync-method: set-clock`). Pure.
 *
 * Setting the clock bypasses every safeguard a time daemon has, so the value must be one that no single
 * party could have forged or got wrong alone: at least two independent sources that agree, or a source
 * whose answer was authenticated (NTS, TLS, SigV4). Never a single unauthenticated NTP reply, which anyone
 * on the path can spoof with one UDP packet.
 */
import type { Measurement } from '../decide/measure.js';
import { sourceKey } from '../decide/verdict.js';

export interface ConsensusSummary {
  /** Reference time − runner time at the centre of the consensus interval; positive = runner behind. */
  offsetMs: number;
  /** Half-width of the consensus interval. */
  uncertaintyMs: number;
  /** How many sources' intervals meet the consensus (the truechimers). */
  agreeing: number;
  /** Whether at least one agreeing source was authenticated. */
  authenticated: boolean;
}

export interface SetClockLimits {
  /**
   * A wider consensus is not precise enough to set a clock from: HTTPS Date alone is ±0.5 s, so 2 s
   * admits it with room for network delay but refuses a value that could itself break SigV4 margins.
   */
  maxUncertaintyMs: number;
}

export const DEFAULT_SET_CLOCK_LIMITS: SetClockLimits = { maxUncertaintyMs: 2000 };

export interface Eligibility {
  eligible: boolean;
  why: string;
}

export function setClockEligibility(
  consensus: ConsensusSummary | undefined,
  limits: SetClockLimits = DEFAULT_SET_CLOCK_LIMITS,
): Eligibility {
  if (!consensus) {
    return { eligible: false, why: 'there is no measured consensus to set the clock from' };
  }
  const { offsetMs, uncertaintyMs, agreeing, authenticated } = consensus;
  if (!Number.isFinite(offsetMs) || !Number.isFinite(uncertaintyMs) || uncertaintyMs < 0) {
    return { eligible: false, why: 'the measured consensus is not a finite interval' };
  }
  if (agreeing < 1) {
    return { eligible: false, why: 'no source agrees with the consensus' };
  }
  if (agreeing < 2 && !authenticated) {
    return {
      eligible: false,
      why: 'only one unauthenticated source answered; a single NTP reply can be spoofed or wrong, so it is never enough to set a clock (add servers, or an authenticated NTS/HTTPS/STS source)',
    };
  }
  if (uncertaintyMs > limits.maxUncertaintyMs) {
    return {
      eligible: false,
      why: `the consensus is too wide (±${Math.round(uncertaintyMs)} ms, limit ±${limits.maxUncertaintyMs} ms) to set a clock from`,
    };
  }
  if (Math.abs(offsetMs) <= uncertaintyMs) {
    return {
      eligible: false,
      why: `the offset (${Math.round(offsetMs)} ms) is within its own uncertainty (±${Math.round(uncertaintyMs)} ms): setting the clock would not provably improve it`,
    };
  }
  const basis = agreeing >= 2 ? `${agreeing} sources agree` : 'an authenticated source decides';
  return { eligible: true, why: `${basis} within ±${Math.round(uncertaintyMs)} ms` };
}

/** The consensus of a finished measurement, in the shape resync needs; undefined without one. */
export function consensusOf(m: Measurement): ConsensusSummary | undefined {
  const v = m.verdict;
  if (v.reason !== 'judged' || v.offsetMs === undefined || v.uncertaintyMs === undefined) return undefined;
  const keys = new Set(v.truechimers);
  const agreeing = m.results.filter((r) => keys.has(sourceKey(r)));
  return {
    offsetMs: v.offsetMs,
    uncertaintyMs: v.uncertaintyMs,
    agreeing: agreeing.length,
    authenticated: agreeing.some((r) => r.authenticated),
  };
}
