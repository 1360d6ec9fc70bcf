/**
 * One spelling per IP address, the kernel's: a reply's source is compared with the address asked, and a
 * vote is keyed by it, so every way of writing one address must come out the same.
 */
import { describe, expect, it } from '@jest/globals';
import { canonicalEndpoint, canonicalIp } from '../../src/net/address.js';
import { resolveHost } from '../../src/net/resolve.js';
import { operatorOf } from '../../src/decide/operator.js';

describe('canonicalIp', () => {
  it.each([
    ['::ffff:7f00:1', '127.0.0.1', 4],
    ['::FFFF:127.0.0.1', '127.0.0.1', 4],
    ['0:0:0:0:0:ffff:127.0.0.1', '127.0.0.1', 4],
    ['0::ffff:7f00:1', '127.0.0.1', 4],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1', 6],
    ['FE80::1%eth0', 'fe80::1%eth0', 6],
    ['::1', '::1', 6],
  ])('%s is %s', (given, address, family) => {
    expect(canonicalIp(given, 6)).toEqual({ address, family });
  });

  it('leaves IPv4 as it is', () => {
    expect(canonicalIp('192.0.2.1', 4)).toEqual({ address: '192.0.2.1', family: 4 });
  });
});

describe('canonicalEndpoint', () => {
  it.each([
    ['[::ffff:7f00:1]:123', '127.0.0.1:123'],
    ['[::FFFF:127.0.0.1]:123', '127.0.0.1:123'],
    ['[2001:DB8::1]:443', '[2001:db8::1]:443'],
    ['127.0.0.1:123', '127.0.0.1:123'],
  ])('%s is %s', (given, expected) => {
    expect(canonicalEndpoint(given)).toBe(expected);
  });
});

describe('an address given as a literal', () => {
  it('resolves to the spelling the kernel reports replies from', async () => {
    const signal = new AbortController().signal;
    expect(await resolveHost('::ffff:7f00:1', signal)).toEqual({ ok: true, address: '127.0.0.1', family: 4 });
    expect(await resolveHost('2001:DB8::1', signal)).toEqual({ ok: true, address: '2001:db8::1', family: 6 });
  });

  it('is one operator however it is written', () => {
    expect(operatorOf('[::ffff:7f00:1]')).toBe('127.0.0.1');
    expect(operatorOf('[2001:DB8:0::1]')).toBe('[2001:db8::1]');
  });
});
