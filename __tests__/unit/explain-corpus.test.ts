import { describe, expect, it } from '@jest/globals';
import { CORPUS } from '../corpus/time-errors.js';
import { RECORDED } from '../corpus/recorded.js';
import { recognize, recognizeAll } from '../../src/explain/index.js';
import { ERROR_KINDS } from '../../src/explain/index.js';

describe('the corpus of real error texts', () => {
  it('is large, unique and cites a source for every entry', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(70);
    expect(new Set(CORPUS.map((e) => e.id)).size).toBe(CORPUS.length);
    for (const e of CORPUS) expect(e.source).toMatch(/^(https?:\/\/|[a-z0-9-]+\.txt\b)/);
  });

  it.each(CORPUS.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    const r = recognize(entry.text);
    expect(r.recognized).toBe(true);
    expect(r.kind).toBe(entry.expect.kind);
    expect(r.consistent).toBe(entry.expect.consistent);
    expect(r.evidence.length).toBeGreaterThan(0);
    if (!entry.expect.consistent) {
      expect(r.impliedOffsetMs).toBeUndefined();
      expect(r.inconsistency).toEqual(expect.any(String));
    }
    if (entry.expect.impliedOffsetMs !== undefined)
      expect(r.impliedOffsetMs).toBe(entry.expect.impliedOffsetMs);
    else expect(r.impliedOffsetMs).toBeUndefined();
    if (entry.expect.boundMinMs !== undefined) expect(r.offsetBoundMs?.min).toBe(entry.expect.boundMinMs);
    if (entry.expect.boundMaxMs !== undefined) expect(r.offsetBoundMs?.max).toBe(entry.expect.boundMaxMs);
    if (entry.expect.direction === null) expect(r.direction).toBeUndefined();
    else if (entry.expect.direction) expect(r.direction).toBe(entry.expect.direction);
    if (entry.expect.windowMs !== undefined) expect(r.windowMs).toBe(entry.expect.windowMs);
    // The implied offset never exceeds the bound that holds without assumptions.
    if (r.impliedOffsetMs !== undefined && r.offsetBoundMs?.max !== undefined) {
      expect(r.impliedOffsetMs).toBeLessThanOrEqual(r.offsetBoundMs.max);
    }
  });

  it('covers every kind the parsers know (with the recorded texts), except those no one printed', () => {
    const seen = new Set<string>([...CORPUS.map((e) => e.expect.kind), ...RECORDED.map((e) => e.expect)]);
    const missing = ERROR_KINDS.filter((k) => !seen.has(k));
    expect(missing).toEqual(['aws-request-in-the-future', 'github-runner-token-expired']);
  });

  it('finds each error of a log that holds several', () => {
    const log = CORPUS.filter((e) => ['aws-cli-6676', 'nopac-11', 'curl-2766'].includes(e.id))
      .map((e) => e.text)
      .join('\n…other output…\n');
    expect(recognizeAll(log).map((h) => h.kind)).toEqual([
      'aws-sigv4-signature-expired',
      'tls-certificate-not-yet-valid',
      'kerberos-clock-skew',
    ]);
  });
});
