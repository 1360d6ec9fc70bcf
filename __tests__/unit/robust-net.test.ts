/** Pure pieces of the network edge: the hosts file, a CONNECT answer, socket errors in words, body caps. */
import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { addressesFromHostsFile, hostsFilePath } from '../../src/net/resolve.js';
import { parseConnectResponse } from '../../src/net/tunnel.js';
import { describeSocketError } from '../../src/sources/udp-exchange.js';
import { BodyTooLargeError, capBody } from '../../src/net/limits.js';
import { describeUnexpected } from '../../src/guard.js';

describe('hosts file', () => {
  const text = [
    '127.0.0.1\tlocalhost',
    '::1 localhost ip6-localhost # loopback',
    '# 10.0.0.1 commented.example',
    '192.0.2.7 ntp.corp.example NTP2.corp.example.',
    'not-an-address ntp.corp.example',
    '',
  ].join('\n');

  it('gives IPv4 first, matches names case-insensitively and without the final dot', () => {
    expect(addressesFromHostsFile(text, 'localhost')).toEqual([
      { address: '127.0.0.1', family: 4 },
      { address: '::1', family: 6 },
    ]);
    expect(addressesFromHostsFile(text, 'ntp2.CORP.example')).toEqual([{ address: '192.0.2.7', family: 4 }]);
    expect(addressesFromHostsFile(text, 'ntp.corp.example.')).toEqual([{ address: '192.0.2.7', family: 4 }]);
  });

  it('ignores comments and lines without an address', () => {
    expect(addressesFromHostsFile(text, 'commented.example')).toEqual([]);
    expect(addressesFromHostsFile(text, 'loopback')).toEqual([]);
  });

  it('is where each platform keeps it', () => {
    expect(hostsFilePath('linux', {})).toBe('/etc/hosts');
    expect(hostsFilePath('win32', { SystemRoot: 'D:\\Win' })).toMatch(
      /^D:\\Win\\System32\\drivers\\etc\\hosts$/,
    );
  });
});

describe('CONNECT answer', () => {
  it('reads the status once the header is complete', () => {
    expect(parseConnectResponse(Buffer.from('HTTP/1.1 200 Connection established\r\n'))).toEqual({
      kind: 'incomplete',
    });
    expect(
      parseConnectResponse(Buffer.from('HTTP/1.1 200 Connection established\r\nVia: x\r\n\r\nTLS')),
    ).toEqual({ kind: 'status', statusCode: 200, statusText: 'Connection established', headerBytes: 47 });
  });

  it('keeps the reason phrase as bounded printable data', () => {
    const hostile = `HTTP/1.0 403 ::error::x\u0007\u001b[31m${'y'.repeat(500)}\r\n\r\n`;
    const r = parseConnectResponse(Buffer.from(hostile, 'latin1'));
    expect(r.kind).toBe('status');
    if (r.kind !== 'status') return;
    expect(r.statusCode).toBe(403);
    expect(r.statusText).toMatch(/^[\x20-\x7e]*$/);
    expect(r.statusText.length).toBeLessThanOrEqual(100);
  });

  it('refuses what is not HTTP', () => {
    expect(parseConnectResponse(Buffer.from('SSH-2.0-OpenSSH\r\n\r\n'))).toEqual({ kind: 'invalid' });
  });
});

describe('UDP socket errors in words', () => {
  const v4 = { address: '255.255.255.255', family: 4 as const, port: 123 };
  const v6 = { address: 'fd00:ec2::123', family: 6 as const, port: 123 };
  it.each([
    ['EACCES', v4, /not permitted to send to 255\.255\.255\.255:123 \(EACCES\): a broadcast address/],
    ['ENETUNREACH', v6, /no IPv6 route to \[fd00:ec2::123\]:123/],
    ['EAFNOSUPPORT', v6, /IPv6 is not available on this machine/],
    ['EADDRNOTAVAIL', v6, /no local address can reach \[fd00:ec2::123\]:123/],
    ['ECONNREFUSED', v4, /nothing answers NTP on 255\.255\.255\.255:123/],
    ['EWHATEVER', v4, /socket error EWHATEVER towards 255\.255\.255\.255:123/],
  ])('%s', (code, peer, words) => {
    expect(describeSocketError(code, peer, 'NTP')).toMatch(words);
  });
});

describe('body cap', () => {
  it('passes a small body whole and ends a large one with a coded error after the cap', async () => {
    const small = capBody(Readable.from([Buffer.from('a'.repeat(100))]), 1024);
    let got = '';
    for await (const c of small) got += String(c);
    expect(got).toHaveLength(100);

    let over = false;
    const big = capBody(
      Readable.from(
        (function* () {
          for (let i = 0; i < 1000; i++) yield Buffer.alloc(1024);
        })(),
      ),
      4096,
      () => (over = true),
    );
    let read = 0;
    await expect(
      (async () => {
        for await (const c of big) read += (c as Buffer).length;
      })(),
    ).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(over).toBe(true);
    expect(read).toBeLessThanOrEqual(4096);
  });
});

describe('unexpected errors in one line', () => {
  it('keeps the first line, no stack, bounded', () => {
    const e = new RangeError('Port should be > 0\n    at Socket.send (node:dgram:642:12)');
    expect(describeUnexpected(e)).toBe('RangeError: Port should be > 0');
    expect(describeUnexpected(new Error('x'.repeat(1000))).length).toBeLessThanOrEqual(301);
    expect(describeUnexpected('plain')).toBe('plain');
  });

  it('leaves no way to start a line or drive a terminal from within the message', () => {
    // The guard writes its line itself, not through the CLI's output door; a runner (.NET's ReadLine)
    // also ends a line at a bare CR, and a message can carry a server's words.
    const line = describeUnexpected(new Error('boom\r::error::pwned \u001b]0;title\u0007\u0085##[x] \u202e'));
    // eslint-disable-next-line no-control-regex
    expect(line).not.toMatch(/[\r\u0000-\u001f\u0085\u202e]/);
    expect(line.startsWith('boom')).toBe(true);
  });
});
