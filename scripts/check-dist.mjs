// Fails when the committed dist/ is not exactly what the sources build: rebuilds, then asks git.
import { execFileSync } from 'node:child_process';

execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
const changed = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' }).trim();
if (changed) {
  console.error(`dist/ is stale: rebuilding changed it. Run 'npm run build' and commit dist/.\n${changed}`);
  process.exit(1);
}
console.log('dist/ is what the sources build.');
