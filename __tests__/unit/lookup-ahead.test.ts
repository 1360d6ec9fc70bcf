/**
 * An NTP server's name is looked up in prepare(), beside the other sources' set-up, not when the server is
 * asked: the DNS round trip then overlaps the key exchanges' start, the warm-ups and the SDK's loading
 * instead of delaying the first request. The name service here is the test's own (literal answers, no DNS
 * server); what the source does with each answer is what it does with resolveHost's.
 */
import { getEventListeners } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import { lookupAhead, type Resolution } from '../../src/net/resolve.js';
import { ntpSource } from '../../src/sources/ntp.js';

const SERVER = { host: 'ntp.example', port: 123, label: 'ntp.example' };

/** A name service that records each lookup and answers from a script, one answer per lookup. */
function scripted(...answers: Array<(signal: AbortSignal) => Promise<Resolution>>) {
  const calls: string[] = [];
  const resolve = (host: string, signal: AbortSignal): Promise<Resolution> => {
    calls.push(host);
    const next = answers.shift();
    if (!next) throw new Error(`unexpected lookup of ${host}`);
    return next(signal);
  };
  return { calls, resolve };
}

const failing = (reason: string) => async (): Promise<Resolution> => ({ ok: false, reason, timedOut: false });

/** A DNS server that never answers: the lookup ends, timed out, only when its signal does. */
const silent = (signal: AbortSignal) =>
  new Promise<Resolution>((resolve) => {
    const end = () =>
      resolve({
        ok: false,
        reason: 'DNS lookup of ntp.example did not finish before the deadline',
        timedOut: true,
      });
    if (signal.aborted) end();
    else signal.addEventListener('abort', end, { once: true });
  });

describe('an NTP server named by a host name', () => {
  it('is looked up in prepare(), and measure() takes that answer', async () => {
    const names = scripted(failing('ntp.example: no such name (test)'));
    const source = ntpSource(SERVER, { resolve: names.resolve });
    const deadline = new AbortController();
    await source.prepare!(deadline.signal);
    // Before this change the lookup waited for measure(), after every source's set-up.
    expect(names.calls).toEqual(['ntp.example']);

    const result = await source.measure(new AbortController().signal);
    expect(result).toMatchObject({ status: 'error', reason: 'ntp.example: no such name (test)' });
    expect(names.calls).toHaveLength(1);
    deadline.abort();
  });

  it('is a timeout when the round ends before the answer, and is looked up again in the next one', async () => {
    let firstLookup: AbortSignal | undefined;
    const names = scripted((signal) => {
      firstLookup = signal;
      return silent(signal);
    }, failing('ntp.example: refused (test)'));
    const source = ntpSource(SERVER, { resolve: names.resolve });
    const deadline = new AbortController();
    await source.prepare!(deadline.signal);

    const round = new AbortController();
    const first = source.measure(round.signal);
    round.abort();
    expect(await first).toMatchObject({
      status: 'timeout',
      reason: 'DNS lookup of ntp.example did not finish before the deadline',
    });
    // The lookup itself ended with the round, long before the deadline: nothing keeps running past a verdict.
    expect(deadline.signal.aborted).toBe(false);
    expect(firstLookup?.aborted).toBe(true);
    // A timed-out lookup is not a verdict on the name: the next measurement asks the name service again.
    expect(source.canRefine()).toBe(true);
    const second = await source.measure(new AbortController().signal);
    expect(second).toMatchObject({ status: 'error', reason: 'ntp.example: refused (test)' });
    expect(names.calls).toHaveLength(2);
    deadline.abort();
  });
});

describe('lookupAhead', () => {
  const answer: Resolution = { ok: true, address: '192.0.2.7', family: 4 };

  it('gives an answer that has come even to a signal that has since ended', async () => {
    const names = scripted(async () => answer);
    const ahead = lookupAhead('ntp.example', names.resolve);
    ahead.start(new AbortController().signal);
    await new Promise((r) => setImmediate(r));
    const ended = new AbortController();
    ended.abort();
    expect(await ahead.take(ended.signal)).toEqual(answer);
  });

  it('starts once until taken, and looks up at take() when nothing was started', async () => {
    const names = scripted(
      async () => answer,
      async () => answer,
    );
    const ahead = lookupAhead('ntp.example', names.resolve);
    const signal = new AbortController().signal;
    ahead.start(signal);
    ahead.start(signal);
    expect(await ahead.take(signal)).toEqual(answer);
    expect(names.calls).toHaveLength(1);
    expect(await ahead.take(signal)).toEqual(answer);
    expect(names.calls).toHaveLength(2);
  });

  it('leaves no listener on the deadline once its answer has come', async () => {
    // One per named server per run, kept for the whole run: the deadline's listeners must be those of the
    // work still under way (the count Node's leak warning watches), not of every lookup that ever ran.
    const names = scripted(
      async () => answer,
      () => Promise.reject(new Error('resolver broke (test)')),
    );
    const deadline = new AbortController();
    const first = lookupAhead('ntp.example', names.resolve);
    const second = lookupAhead('ntp2.example', names.resolve);
    first.start(deadline.signal);
    second.start(deadline.signal);
    await new Promise((r) => setImmediate(r));
    expect(getEventListeners(deadline.signal, 'abort')).toHaveLength(0);
    expect(await first.take(deadline.signal)).toEqual(answer);
    await expect(second.take(deadline.signal)).rejects.toThrow('resolver broke (test)');
    expect(getEventListeners(deadline.signal, 'abort')).toHaveLength(0);
  });

  it('surfaces a lookup that throws at take(), and not before', async () => {
    const names = scripted(() => Promise.reject(new Error('resolver broke (test)')));
    const ahead = lookupAhead('ntp.example', names.resolve);
    ahead.start(new AbortController().signal);
    await new Promise((r) => setImmediate(r));
    await expect(ahead.take(new AbortController().signal)).rejects.toThrow('resolver broke (test)');
  });
});
