import { loadTrustAnchors } from '../../src/protocol/nts/certificates.js';

describe('loadTrustAnchors', () => {
  test('parses the store once per process: every TLS source whose dates fail asks again', () => {
    // Parsing node's ~145 roots takes ~25 ms of CPU, on the thread that time-stamps the NTP replies.
    const env = { NODE_EXTRA_CA_CERTS: '' };
    const first = loadTrustAnchors(env);
    expect(first.length).toBeGreaterThan(50);
    expect(loadTrustAnchors(env)).toBe(first);
  });

  test('an unreadable NODE_EXTRA_CA_CERTS adds nothing and breaks nothing', () => {
    const missing = loadTrustAnchors({ NODE_EXTRA_CA_CERTS: '/nonexistent/clock-preflight-test.pem' });
    expect(missing.length).toBe(loadTrustAnchors({ NODE_EXTRA_CA_CERTS: '' }).length);
  });
});
