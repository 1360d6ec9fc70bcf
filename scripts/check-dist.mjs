// Fails when the committed dist/ is not exactly what the sources build. Rebuilds first unless
// --no-build is given (CI's test command has just built it), then asks git whether dist/ changed.
import { execFileSync } from 'node:child_process';

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], {
  encoding: 'utf8',
}).trim();
if (changed) {
  console.error(
    `dist/ is stale: building the sources changed it. Run 'npm run build' and commit dist/.\n${changed}`,
  );
  process.exit(1);
}
console.log('dist/ is exactly what the sources build.');
