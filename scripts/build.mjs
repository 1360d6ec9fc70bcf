// Bundles each entry with @vercel/ncc into dist/<entry>/ (self-contained: no node_modules needed),
// with source maps and the licences of everything bundled.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

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
      '--license',
      'licenses.txt',
      '--quiet',
      '--target',
      'es2022',
    ],
    { stdio: 'inherit' },
  );
}
