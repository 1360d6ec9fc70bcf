/**
 * What NTP and NTS share once a reply is judged: a Kiss-o'-Death in words, a source's state with its best
 * sample kept, and an exchange that ended without an accepted reply in words. Pure.
 */
import type { Sample, SourceResult } from '../model.js';
import type { UdpExchangeEnd } from './udp-exchange.js';

/** A Kiss-o'-Death's fields; `authenticated` when it came inside NTS's authentication (so truly the server's). */
export function kodResult(
  kod: { code: string; stop: boolean },
  authenticated: boolean,
): Pick<SourceResult, 'status' | 'stratum' | 'refId' | 'reason'> {
  const how = authenticated ? ' (authenticated)' : '';
  return {
    status: 'kod',
    stratum: 0,
    refId: kod.code,
    reason: kod.stop
      ? `Kiss-o'-Death ${kod.code}${how}: the server asks not to be queried; not asked again this run`
      : `Kiss-o'-Death ${kod.code || '(no code)'}${how}: the server gave no time`,
  };
}

/**
 * A source's state: with a sample from an earlier answer it stays 'ok' (a later refinement that is lost
 * does not take the sample away), except after a Kiss-o'-Death, which is said as such.
 */
export function keepingBest(r: SourceResult, best: Sample | undefined): SourceResult {
  if (!best) return r;
  const kept: SourceResult = { ...r, sample: best };
  if (r.status !== 'kod') {
    kept.status = 'ok';
    delete kept.reason;
  }
  return kept;
}

export interface UnansweredWords {
  /** 'request' for NTP, 'NTS request' for NTS. */
  noun: string;
  /** After the count: where they went, e.g. ' sent to 192.0.2.1:123'. */
  sentTo?: string;
  /** Appended to a socket error's reason. */
  socketNote?: string;
  /** Appended to a timeout's reason. */
  timeoutNote?: string;
}

/** An exchange that ended without an accepted reply, as a status and its reason. */
export function unansweredResult(
  end: Exclude<UdpExchangeEnd<unknown>, { kind: 'answered' }>,
  words: UnansweredWords,
): Pick<SourceResult, 'status' | 'reason'> {
  if (end.kind === 'socket-error') {
    const sending = end.phase === 'send' ? 'could not send: ' : '';
    return { status: 'error', reason: `${sending}${end.reason}${words.socketNote ?? ''}` };
  }
  if (end.lastRejection)
    return { status: 'rejected', reason: `every reply was rejected: ${end.lastRejection}` };
  const noun = end.sent === 1 ? words.noun : `${words.noun}s`;
  return {
    status: 'timeout',
    reason:
      `no reply to ${end.sent} ${noun}${words.sentTo ?? ''} before the deadline` +
      (end.strays > 0 ? ` (${end.strays} packets from other addresses ignored)` : '') +
      (words.timeoutNote ?? ''),
  };
}
