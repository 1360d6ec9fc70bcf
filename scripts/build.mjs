// Bundles each entry with @vercel/ncc into dist/<entry>/ (self-contained: no node_modules needed),
// with source maps and the licences of everything bundled, then minifies every file.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { minify } from 'terser';
import { asciiOnlyText } from './ascii-only.mjs';

const ncc = createRequire(import.meta.url)('@vercel/ncc');

const entries = [
  ['src/action/index.ts', 'dist/action'],
  ['src/cli/index.ts', 'dist/cli'],
];
for (const [entry, out] of entries) {
  rmSync(out, { recursive: true, force: true });
  // CommonJS, not an ES module (ncc's choice for a package of "type": "module"): Node loads a CommonJS
  // file and its chunks with the loader it starts with, and needs its ES module loader (twenty-odd modules
  // of its own, an asynchronous job per chunk) for neither. Paired runs: --version 18 ms sooner, a default
  // check 15 ms. The entries therefore use no top-level await.
  const { code, assets } = await ncc(resolve(entry), {
    esm: false,
    sourceMap: true,
    // Maps are shipped, but not registered at start-up: the register costs ~40 ms per run and we never
    // print stack traces (run with `node --enable-source-maps` to use them).
    sourceMapRegister: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022',
  });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), asset.source);
  }
  // The package is "type": "module"; this folder's .js files are CommonJS.
  writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
  await minified(out);
  asciiOnly(out);
}

/**
 * Every bundle file minified, its map carried through. Node compiles all of a file's text before it runs
 * it, comments and white space included, and the entry and the chunks a check opens are ~400 KB as ncc
 * writes them: minified, a default check runs 7-10 ms sooner (40 paired runs). ncc's own --minify does
 * only the entry file. As ncc's: no compression (no rewriting of expressions), names of functions and
 * classes kept (the bench finds the SDK by its class name); only local names are shortened.
 */
async function minified(dir) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const file = join(dir, name);
    const result = await minify(readFileSync(file, 'utf8'), {
      module: false,
      compress: false,
      mangle: { keep_classnames: true, keep_fnames: true },
      sourceMap: { content: readFileSync(`${file}.map`, 'utf8'), url: `${name}.map`, includeSources: true },
    });
    writeFileSync(file, result.code);
    writeFileSync(`${file}.map`, result.map);
  }
}

/** Every bundle file written ASCII-only (see ascii-only.mjs for why, and when it refuses). */
function asciiOnly(dir) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const ascii = asciiOnlyText(text, file);
    if (ascii !== text) writeFileSync(file, ascii);
  }
}
