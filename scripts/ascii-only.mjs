// The bundles' text written ASCII-only, refusing where an escape would change the program.
import { parse } from 'acorn';

/**
 * Writes every character outside ASCII in the bundles as a \uXXXX escape. When the bundles were ES
 * modules, Node read their source through TextDecoder, which takes a slower path for any byte over 0x7f:
 * on Node 20 it decoded the CLI's entry file in 4.2 ms with them and 1.7 ms without. (A whole default run
 * moves too much from run to run to show those few ms: 40 paired runs gave -1 ms.) As CommonJS they are
 * read as UTF-8 into a V8 string, which takes two bytes per character as soon as one is beyond Latin-1:
 * ASCII keeps the source half the size for the parser.
 *
 * An escape means the same character only inside a string, a regular expression, an untagged template or
 * a comment: in an identifier or as white space it is a syntax error, a tag reads a template's raw text
 * (String.raw would see the escape), and U+2028/U+2029 in a comment end a line. So each bundle is parsed
 * and the build stops on any non-ASCII character elsewhere, rather than ship a changed program. The maps'
 * columns on those lines shift by a few characters; the maps are only for `node --enable-source-maps`.
 */
export function asciiOnlyText(text, file) {
  if (!/[^\p{ASCII}]/u.test(text)) return text;
  // A backslash before the character would turn the escape into a literal backslash and 'u': refuse.
  if (/\\[^\p{ASCII}]/u.test(text)) throw new Error(`${file}: a backslash before a non-ASCII character`);
  const safe = escapablePositions(text, file);
  for (const m of text.matchAll(/[^\p{ASCII}]/gu)) {
    if (!safe[m.index]) {
      const line = text.slice(0, m.index).split('\n').length;
      throw new Error(
        `${file}:${line}: U+${m[0].codePointAt(0).toString(16).toUpperCase()} outside a string, regular ` +
          'expression, untagged template or comment: escaping it would change the program',
      );
    }
  }
  // One escape per UTF-16 unit: a character outside the BMP becomes its surrogate pair.
  const escape = (c) =>
    Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(
      '',
    );
  return text.replace(/[^\p{ASCII}]/gu, escape);
}

/** 1 where a \u escape would mean the same character as the one written (see asciiOnlyText), else 0. */
function escapablePositions(text, file) {
  const safe = new Uint8Array(text.length);
  const mark = (start, end, except) => {
    for (let i = start; i < end; i++) if (!except?.test(text[i])) safe[i] = 1;
  };
  const comments = [];
  let ast;
  try {
    ast = parse(text, {
      ecmaVersion: 'latest',
      sourceType: 'module',
      allowHashBang: true,
      onComment: (_block, _text, start, end) => comments.push([start, end]),
    });
  } catch (error) {
    throw new Error(`${file}: cannot be parsed to check its escapes: ${error.message}`);
  }
  for (const [start, end] of comments) mark(start, end, /[\u2028\u2029]/);
  const tagged = new Set();
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression') tagged.add(node.quasi);
    if (node.type === 'Literal' && (typeof node.value === 'string' || node.regex)) mark(node.start, node.end);
    if (node.type === 'TemplateLiteral' && !tagged.has(node))
      for (const q of node.quasis) mark(q.start, q.end);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  return safe;
}
