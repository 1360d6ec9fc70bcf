import { describe, expect, it } from '@jest/globals';
import {
  chooseProxy,
  describeProxy,
  isLoopback,
  noProxyMatch,
  proxyCredentials,
  redactProxy,
} from '../../src/net/proxy.js';

const sts = new URL('https://sts.eu-west-1.amazonaws.com');

describe('NO_PROXY matching', () => {
  it.each([
    ['*', 'sts.eu-west-1.amazonaws.com', 443, '*'],
    ['amazonaws.com', 'sts.eu-west-1.amazonaws.com', 443, 'amazonaws.com'],
    ['.amazonaws.com', 'sts.eu-west-1.amazonaws.com', 443, '.amazonaws.com'],
    ['*.amazonaws.com', 'sts.eu-west-1.amazonaws.com', 443, '*.amazonaws.com'],
    ['AMAZONAWS.COM', 'sts.eu-west-1.amazonaws.com', 443, 'AMAZONAWS.COM'],
    ['example.com, amazonaws.com', 'sts.eu-west-1.amazonaws.com', 443, 'amazonaws.com'],
    ['example.com amazonaws.com', 'sts.eu-west-1.amazonaws.com', 443, 'amazonaws.com'],
    [
      'sts.eu-west-1.amazonaws.com:443',
      'sts.eu-west-1.amazonaws.com',
      443,
      'sts.eu-west-1.amazonaws.com:443',
    ],
    ['10.0.0.0/8', '10.1.2.3', 443, '10.0.0.0/8'],
    ['10.1.2.3', '10.1.2.3', 80, '10.1.2.3'],
    ['::1', '[::1]', 443, '::1'],
    ['[fd00::1]:8443', '[fd00::1]', 8443, '[fd00::1]:8443'],
    ['fd00::/16', 'fd00::5', 443, 'fd00::/16'],
  ])('%j exempts %s:%d', (noProxy, host, port, entry) => {
    expect(noProxyMatch(noProxy, host, port)).toBe(entry);
  });

  it.each([
    ['', 'sts.eu-west-1.amazonaws.com', 443],
    ['example.com', 'sts.eu-west-1.amazonaws.com', 443],
    // A suffix must end on a label boundary.
    ['zonaws.com', 'sts.eu-west-1.amazonaws.com', 443],
    ['sts.eu-west-1.amazonaws.com:8443', 'sts.eu-west-1.amazonaws.com', 443],
    ['10.0.0.0/8', '11.1.2.3', 443],
    ['10.1.2.3', '10.1.2.30', 443],
    ['.', 'sts.eu-west-1.amazonaws.com', 443],
  ])('%j does not exempt %s:%d', (noProxy, host, port) => {
    expect(noProxyMatch(noProxy, host, port)).toBeUndefined();
  });
});

describe('proxy choice', () => {
  it('takes https_proxy before HTTPS_PROXY for https targets', () => {
    const c = chooseProxy(sts, { https_proxy: 'http://lower:3128', HTTPS_PROXY: 'http://upper:3128' });
    expect(c).toMatchObject({ kind: 'proxy', variable: 'https_proxy' });
    expect(describeProxy(c)).toBe('through http://lower:3128 (from https_proxy)');
  });

  it('uses HTTP_PROXY only for http targets', () => {
    expect(chooseProxy(sts, { HTTP_PROXY: 'http://p:3128' })).toMatchObject({ kind: 'direct' });
    expect(
      chooseProxy(new URL('http://sts.local.example:4566'), { HTTP_PROXY: 'http://p:3128' }),
    ).toMatchObject({
      kind: 'proxy',
      variable: 'HTTP_PROXY',
    });
  });

  it('reads a proxy without a scheme as http://', () => {
    const c = chooseProxy(sts, { HTTPS_PROXY: 'proxy.corp:3128' });
    expect(c.kind === 'proxy' && c.url.href).toBe('http://proxy.corp:3128/');
  });

  it('honours no_proxy before NO_PROXY', () => {
    expect(
      chooseProxy(sts, { HTTPS_PROXY: 'http://p:3128', no_proxy: '.amazonaws.com', NO_PROXY: '' }),
    ).toEqual({
      kind: 'direct',
      why: "NO_PROXY entry '.amazonaws.com' matches",
    });
  });

  it('never proxies loopback', () => {
    expect(chooseProxy(new URL('http://127.0.0.1:12001'), { HTTP_PROXY: 'http://p:3128' })).toEqual({
      kind: 'direct',
      why: 'loopback endpoint',
    });
    expect(isLoopback('[::1]')).toBe(true);
    expect(isLoopback('localhost')).toBe(true);
    expect(isLoopback('128.0.0.1')).toBe(false);
  });

  it('refuses SOCKS proxies with a reason', () => {
    expect(chooseProxy(sts, { HTTPS_PROXY: 'socks5://p:1080' })).toEqual({
      kind: 'invalid',
      variable: 'HTTPS_PROXY',
      reason: 'HTTPS_PROXY: socks5 proxies are not supported (only http:// and https:// proxies)',
    });
  });

  it('never shows proxy credentials', () => {
    const c = chooseProxy(sts, { HTTPS_PROXY: 'http://user:s3cret@proxy.corp:3128' });
    expect(describeProxy(c)).toBe('through http://proxy.corp:3128 (credentials hidden) (from HTTPS_PROXY)');
    expect(redactProxy('http://user:s3cret@proxy corp')).not.toContain('s3cret');
  });

  // Each value holds the password 's3cr/3t' or 's3cr3t' somewhere a naive redaction misses.
  it.each([
    ['no scheme, bad port', 'alice:s3cr3t@proxy.corp:99999', /not a URL/],
    ['no scheme, a / in the password', 'alice:s3cr/3t@proxy.corp:3128', /not a URL/],
    ['a space in the host', 'http://alice:s3cr3t@proxy corp:3128', /contains a space/],
    ['a space in the password', 'http://alice:s3c r3t@proxy.corp:3128', /contains a space/],
    ['a bad port', 'http://alice:s3cr3t@proxy.corp:99999', /not a URL/],
    ['a / in the password', 'http://alice:s3cr/3t@proxy.corp:3128', /not a URL/],
    // Parses: host 'alice', port 3128, path '/s3cr3t@proxy.corp'.
    ['a / after a numeric password', 'http://alice:3128/s3cr3t@proxy.corp', /has a path/],
    ['a # in the password', 'http://alice:s3#cr3t@proxy.corp:3128', /not a URL|has a path/],
    ['a line break', 'http://alice:s3cr3t@proxy.corp:3128\nX', /contains a space or a line break/],
  ])(
    'a proxy URL with %s is refused, naming the variable and the form, without the password',
    (_n, value, why) => {
      const c = chooseProxy(sts, { HTTPS_PROXY: value });
      expect(c.kind).toBe('invalid');
      const words = describeProxy(c);
      expect(words).toMatch(why);
      expect(words).toMatch(/HTTPS_PROXY/);
      expect(words).toMatch(/expected http:\/\/\[user:password@\]host:port/);
      for (const secret of ['s3cr3t', 's3cr', '3t@', 's3c r3t', 'alice']) expect(words).not.toContain(secret);
      expect(redactProxy(value)).not.toMatch(/s3c|3t@|alice/);
    },
  );

  it.each([
    ['password', 'http://alice:s3cr%zr3t@proxy.corp:3128', 'password'],
    ['password, at its end', 'http://alice:s3cr3t%@proxy.corp:3128', 'password'],
    ['user name', 'http://al%ice:s3cr3t@proxy.corp:3128', 'user name'],
  ])(
    "a bare '%%' in the %s is refused up front, naming the variable and saying '%%25', without the secret",
    (_n, value, part) => {
      const c = chooseProxy(sts, { HTTPS_PROXY: value });
      expect(c).toEqual({ kind: 'invalid', variable: 'HTTPS_PROXY', reason: expect.any(String) });
      const words = describeProxy(c);
      expect(words).toContain(`HTTPS_PROXY: the ${part} has a '%' that is not followed by two hex digits`);
      expect(words).toContain('write % as %25');
      for (const secret of ['s3cr', 'r3t', 'alice', 'al%ice']) expect(words).not.toContain(secret);
      expect(redactProxy(value)).not.toMatch(/s3c|r3t|alice|al%ice/);
    },
  );

  it('encoded credentials are decoded once for Proxy-Authorization', () => {
    const c = chooseProxy(sts, { HTTPS_PROXY: 'http://al%40corp:50%25%3Aoff@proxy.corp:3128' });
    expect(c.kind).toBe('proxy');
    expect(proxyCredentials((c as { url: URL }).url)).toBe('al@corp:50%:off');
    expect(proxyCredentials(new URL('http://proxy.corp:3128'))).toBeUndefined();
  });

  it('a valid proxy is shown as scheme, host and port only', () => {
    expect(redactProxy(new URL('http://alice:s3cr3t@proxy.corp:3128/'))).toBe(
      'http://proxy.corp:3128 (credentials hidden)',
    );
    expect(redactProxy('https://proxy.corp')).toBe('https://proxy.corp');
  });
});
