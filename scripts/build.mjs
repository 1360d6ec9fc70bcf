// Bundles each entry with @vercel/ncc into dist/<entry>/ (self-contained: no node_modules needed),
// with source maps and the licences of everything bundled, then minifies every file.
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  const { code, assets, symlinks } = await ncc(resolve(entry), {
    esm: false,
    // ncc's build cache is one folder for every checkout on the machine, and it does not tell its CommonJS
    // builds from its ES module ones (a test bundles a source file as an ES module): with it, a build
    // mixed the two and wrote an `import` into a CommonJS bundle. Every build starts clean.
    cache: false,
    sourceMap: true,
    // Maps are shipped, but not registered at start-up: the register costs ~40 ms per run and we never
    // print stack traces (run with `node --enable-source-maps` to use them).
    sourceMapRegister: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022',
  });
  // What ncc's command line does with its result: the entry executable, each asset with its mode.
  if (Object.keys(symlinks ?? {}).length > 0)
    throw new Error(`${entry}: ncc asked for symlinks, not handled`);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.js'), code);
  chmodSync(join(out, 'index.js'), 0o755);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), asset.source);
    if (asset.permissions) chmodSync(join(out, name), asset.permissions);
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
      // Escaped while the map is written, so the map stays exact (asciiOnly after it then finds nothing to
      // change: an escape added after the map would shift every later column of the one-line file).
      format: { ascii_only: true },
      sourceMap: { content: readFileSync(`${file}.map`, 'utf8'), url: `${name}.map`, includeSources: true },
    });
    writeFileSync(file, result.code);
    writeFileSync(`${file}.map`, result.map);
  }
}

/**
 * Every bundle file ASCII-only (see ascii-only.mjs for why, and when it refuses). terser writes them so; this
 * checks it, and refuses a file it would have to change, since its map would no longer fit.
 */
function asciiOnly(dir) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    if (asciiOnlyText(text, file) !== text)
      throw new Error(`${file}: characters outside ASCII left after minifying; its source map would not fit`);
  }
}
