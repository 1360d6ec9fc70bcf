/**
 * The hosts file is read once per process, not on every lookup (a run resolves a dozen names, and a
 * refinement resolves again): node:fs is wrapped to count reads of it. Its meaning is unchanged: a name
 * it lists resolves from it, every time.
 */
import { expect, it, jest } from '@jest/globals';

const realFs = await import('node:fs');
const reads: string[] = [];
jest.unstable_mockModule('node:fs', () => ({
  ...realFs,
  default: realFs,
  readFileSync: (...args: Parameters<typeof realFs.readFileSync>) => {
    reads.push(String(args[0]));
    return realFs.readFileSync(...args);
  },
}));
const { hostsFilePath, resolveHost } = await import('../../src/net/resolve.js');

it('reads the hosts file once for many lookups, and answers from it each time', async () => {
  const signal = new AbortController().signal;
  // A name only the hosts file can answer without a DNS server: 'localhost' is in every hosts file.
  const first = await resolveHost('localhost', signal);
  for (let i = 0; i < 4; i++) expect(await resolveHost('localhost', signal)).toEqual(first);
  expect(first).toEqual({
    ok: true,
    address: expect.stringMatching(/^(127\.|::1$)/),
    family: expect.any(Number),
  });
  expect(reads.filter((p) => p === hostsFilePath())).toHaveLength(1);
});
