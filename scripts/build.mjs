// Bundles each entry with @vercel/ncc into dist/<entry>/ (self-contained: no node_modules needed),
// with source maps and the licences of everything bundled.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asciiOnlyText } from './ascii-only.mjs';

const entries = [
  ['src/action/index.ts', 'dist/action'],
  ['src/cli/index.ts', 'dist/cli'],
];
for (const [entry, out] of entries) {
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      entry,
      '-o',
      out,
      '--source-map',
      // Maps are shipped, but not registered at start-up: the register costs ~40 ms per run and we never
      // print stack traces (run with `node --enable-source-maps` to use them).
      '--no-source-map-register',
      '--license',
      'licenses.txt',
      '--quiet',
      '--target',
      'es2022',
    ],
    { stdio: 'inherit' },
  );
  asciiOnly(out);
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
