import { X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { issuerNameDer, loadTrustAnchors, TrustAnchors } from '../../src/protocol/nts/certificates.js';

const roots = rootCertificates.map((pem) => new X509Certificate(pem));

describe('loadTrustAnchors', () => {
  test('one store per process: every TLS source whose dates fail asks again', () => {
    // Parsing node's ~145 roots takes ~25 ms of CPU, on the thread that time-stamps the NTP replies.
    const env = { NODE_EXTRA_CA_CERTS: '' };
    const first = loadTrustAnchors(env);
    expect(first.size).toBeGreaterThan(50);
    expect(loadTrustAnchors(env)).toBe(first);
  });

  test('an unreadable NODE_EXTRA_CA_CERTS adds nothing and breaks nothing', () => {
    const missing = loadTrustAnchors({ NODE_EXTRA_CA_CERTS: '/nonexistent/clock-preflight-test.pem' });
    expect(missing.size).toBe(loadTrustAnchors({ NODE_EXTRA_CA_CERTS: '' }).size);
  });
});

describe('issuerNameDer', () => {
  test("reads the issuer name of every root node trusts: a self-signed root's is its own subject", () => {
    for (const root of roots) {
      const name = issuerNameDer(root.raw);
      expect(name).toBeDefined();
      // The name is a DER SEQUENCE, and a self-signed root holds it twice: as issuer and as subject.
      expect(name![0]).toBe(0x30);
      expect(root.raw.indexOf(name!, root.raw.indexOf(name!) + 1)).toBeGreaterThan(0);
    }
  });

  test('bytes not shaped as a certificate give no name, and never throw', () => {
    const der = roots[0]!.raw;
    for (let cut = 0; cut < 200; cut++) expect(issuerNameDer(der.subarray(0, cut))).toBeUndefined();
    expect(issuerNameDer(Buffer.from('not a certificate'))).toBeUndefined();
    expect(issuerNameDer(Buffer.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff]))).toBeUndefined();
    expect(issuerNameDer(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('TrustAnchors', () => {
  const store = new TrustAnchors(rootCertificates.join('\n'));

  test('the anchors that may have issued a certificate include every one OpenSSL says did', () => {
    for (const root of roots) {
      const candidates = store.mayHaveIssued(root).map((c) => c.fingerprint256);
      const issuers = store.all().filter((a) => root.checkIssued(a) && root.verify(a.publicKey));
      expect(issuers.length).toBeGreaterThan(0);
      for (const issuer of issuers) expect(candidates).toContain(issuer.fingerprint256);
      // A handful, not the whole store: that is the point.
      expect(candidates.length).toBeLessThan(5);
    }
  });

  test('knows its own anchors by their bytes, and skips a broken block', () => {
    const broken = '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----';
    const two = new TrustAnchors(`${rootCertificates[0]}\n${broken}\n${rootCertificates[1]}`);
    expect(two.size).toBe(3);
    expect(two.all().map((c) => c.fingerprint256)).toEqual([
      roots[0]!.fingerprint256,
      roots[1]!.fingerprint256,
    ]);
    expect(two.has(roots[1]!.raw)).toBe(true);
    expect(two.has(roots[2]!.raw)).toBe(false);
  });
});
