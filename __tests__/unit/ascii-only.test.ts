/** The bundles are written ASCII-only, and the build refuses where an escape would change the program. */
import { describe, expect, it } from '@jest/globals';
import { runInNewContext } from 'node:vm';
// @ts-expect-error -- a plain .mjs script without types
import { asciiOnlyText } from '../../scripts/ascii-only.mjs';

const ascii = asciiOnlyText as (text: string, file: string) => string;
/** Evaluates a script's last expression, as the bundle would compute it. */
const run = (code: string): unknown => runInNewContext(code);

describe('asciiOnlyText', () => {
  it.each([
    ['a string', `'±3 ms → late — ok…'`],
    ['a string with a character outside the BMP', `'⏱️ 🕒'.length`],
    ['an untagged template', '`±${1 + 1} ms`'],
    ['a regular expression', `/^[│┃╷╵|]+/.test('┃x')`],
    ['a regular expression with the u flag and a character outside the BMP', `/[🕒]/u.test('🕒')`],
    ['a comment', `// ± — →\n/* ≡ τ */ 'done'`],
  ])('escapes %s to the same value, in ASCII only', (_what, code) => {
    const out = ascii(code, 'test.js');
    expect(out).toMatch(/^\p{ASCII}*$/u);
    expect(run(out)).toEqual(run(code));
  });

  it('leaves ASCII text untouched', () => {
    expect(ascii('const a = 1;', 'test.js')).toBe('const a = 1;');
  });

  it.each([
    ['a tagged template (the tag reads the raw text)', 'String.raw`é`.length'],
    ['an identifier outside the BMP', 'const 𝑥 = 1; 𝑥'],
    ['a non-breaking space used as white space', 'const\u00a0a = 1; a'],
    ['a line separator ending a line comment', '// note\u2028a = 2;'],
    ['a backslash before the character', `'\\é'`],
  ])('refuses %s, naming the file', (_what, code) => {
    expect(() => ascii(code, 'chunk.js')).toThrow(/^chunk\.js/);
  });
});
