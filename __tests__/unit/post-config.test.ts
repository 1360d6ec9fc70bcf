/** What the post step asks again: only the servers that answered in the main step, never the signed call. */
import { describe, expect, it } from '@jest/globals';
import { readConfig } from '../../src/config/config.js';
import { postCheckConfig } from '../../src/action/post.js';
import type { SavedMeasurement } from '../../src/decide/drift.js';

const config = readConfig(
  (name) =>
    ({
      'ntp-servers': 'a.example,b.example',
      'nts-servers': 'nts1.example,nts2.example,nts3.example',
      aws: 'auto',
    })[name] ?? '',
  {},
);
const saved = (ntpServers: string[], ntsServers: string[]): SavedMeasurement => ({
  status: 'ok',
  offsetMs: 1,
  uncertaintyMs: 1,
  atMs: 0,
  ntpServers,
  ntsServers,
});

describe('postCheckConfig', () => {
  it('asks again only the NTS servers that answered (TCP 4460 blocked: none of them)', () => {
    const post = postCheckConfig(config, saved(['a.example', 'b.example'], []))!;
    expect(post.ntsServers).toEqual([]);
    expect(post.ntpServers.map((s) => s.label)).toEqual(['a.example', 'b.example']);
    expect(post.aws).toBe('off');
  });

  it('asks again the NTS servers that answered, and no NTP server when UDP 123 was blocked for NTP', () => {
    const post = postCheckConfig(config, saved([], ['nts2.example']))!;
    expect(post.ntsServers.map((s) => s.label)).toEqual(['nts2.example']);
    expect(post.ntpServers).toEqual([]);
    expect(post.aws).toBe('off');
  });

  it('falls back to the Date check alone when no server answered (UDP 123 blocked)', () => {
    const post = postCheckConfig(config, saved([], []))!;
    expect(post).toMatchObject({ ntpServers: [], ntsServers: [], aws: 'https' });
    expect(post.timeoutMs).toBeLessThanOrEqual(5000);
  });
});
