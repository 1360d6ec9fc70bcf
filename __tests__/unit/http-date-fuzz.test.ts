/** Property-based fuzzing of the HTTP Date parser: never throws, accepts only well-formed dates. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseHttpDate } from '../../src/sources/date-bounds.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 50_000);
const IMF = /^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC850 = /^[A-Za-z]{6,9}, \d{2}-[A-Za-z]{3}-\d{2} \d{2}:\d{2}:\d{2} GMT$/;
const ASCTIME = /^[A-Za-z]{3} [A-Za-z]{3} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/;

/** An independent statement of what may be accepted: one of the three grammars, trimmed. */
function wellFormed(text: string): boolean {
  const t = text.trim();
  return IMF.test(t) || RFC850.test(t) || ASCTIME.test(t);
}

describe('parseHttpDate under fuzzing', () => {
  it(`round-trips every date Node formats as IMF-fixdate (${RUNS / 5} runs)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2199, 11, 31) }), (ms) => {
        const whole = Math.floor(ms / 1000) * 1000;
        expect(parseHttpDate(new Date(whole).toUTCString())).toBe(whole);
      }),
      { numRuns: RUNS / 5 },
    );
  });

  it(`never throws, and accepts only well-formed dates, on mutations of a good one (${RUNS} runs)`, () => {
    const good = 'Mon, 23 Nov 2026 09:41:07 GMT';
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ at: fc.nat(good.length - 1), ch: fc.constantFrom(...' 0123456789:,-GMTaz\t\u0000é') }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (edits) => {
          const chars = [...good];
          for (const e of edits) chars[e.at] = e.ch;
          const text = chars.join('');
          const ms = parseHttpDate(text);
          if (ms !== undefined) {
            expect(Number.isFinite(ms)).toBe(true);
            expect(wellFormed(text)).toBe(true);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`never throws and accepts only well-formed dates on arbitrary strings (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 64 }), (text) => {
        const ms = parseHttpDate(text);
        if (ms !== undefined) expect(wellFormed(text)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses impossible calendar dates', () => {
    expect(parseHttpDate('Mon, 31 Feb 2026 10:00:00 GMT')).toBeUndefined();
    expect(parseHttpDate('Mon, 23 Nov 2026 24:00:00 GMT')).toBeUndefined();
    expect(parseHttpDate('Mon, 23 Xyz 2026 10:00:00 GMT')).toBeUndefined();
  });
});
