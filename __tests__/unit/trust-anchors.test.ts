import { X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import {
  issuerNameDer,
  loadTrustAnchors,
  TrustAnchors,
  verifyChainIgnoringDates,
} from '../../src/protocol/nts/certificates.js';

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

/**
 * A test chain made once with openssl (P-256, valid 2026-2126: the dates are not what is checked here):
 * a root, an intermediate it signed, and a leaf for time.example the intermediate signed.
 */
const TEST_ROOT = `-----BEGIN CERTIFICATE-----
MIIBrzCCAVWgAwIBAgIUKch3AO1xk0hWzvLvWzrkPKNXsZkwCgYIKoZIzj0EAwIw
JDEiMCAGA1UEAwwZY2xvY2stcHJlZmxpZ2h0IHRlc3Qgcm9vdDAgFw0yNjExMjgw
OTMzMTJaGA8yMTI2MTEwNDA5MzMxMlowJDEiMCAGA1UEAwwZY2xvY2stcHJlZmxp
Z2h0IHRlc3Qgcm9vdDBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABG+lngV4zB4K
tkjTK7M/Xx2hZ3Ru/T3uMjx/cmAWpF+OOymOh1XXUQQcEW035QGzdsKdSUGbfcGj
ksjU8w2wn+CjYzBhMB0GA1UdDgQWBBQDng/ulYipSv/Va0Xly3M8UeAjdzAfBgNV
HSMEGDAWgBQDng/ulYipSv/Va0Xly3M8UeAjdzAPBgNVHRMBAf8EBTADAQH/MA4G
A1UdDwEB/wQEAwICBDAKBggqhkjOPQQDAgNIADBFAiEA2j+HgtI9VxLyuqJOLRnT
qi7flhGZ53FTbAK5zGu8lAECIBmUDsoqOsSIm6PMcG7dsfT1r/t86et37MBm00mK
gVp4
-----END CERTIFICATE-----`;
const TEST_INTERMEDIATE = `-----BEGIN CERTIFICATE-----
MIIBtzCCAV2gAwIBAgIUMddcydZ4hANY+fXKjZScqB50vV8wCgYIKoZIzj0EAwIw
JDEiMCAGA1UEAwwZY2xvY2stcHJlZmxpZ2h0IHRlc3Qgcm9vdDAgFw0yNjExMjgw
OTMzMTJaGA8yMTI2MTEwNDA5MzMxMlowLDEqMCgGA1UEAwwhY2xvY2stcHJlZmxp
Z2h0IHRlc3QgaW50ZXJtZWRpYXRlMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE
Er/bByrDSaYPwMFciGN72bEn1th4WxK8BzHndWMccqqmY9W1cEeOESE6yq1N1O/h
//ZegsAEox0jRWRrsnHsCqNjMGEwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8E
BAMCAgQwHQYDVR0OBBYEFLJzmtUtmNPGcNqi0ipYwjdVAy7RMB8GA1UdIwQYMBaA
FAOeD+6ViKlK/9VrReXLczxR4CN3MAoGCCqGSM49BAMCA0gAMEUCIBNftDcFeVlU
BW6wVB47XkebD16VeTngbQAinCVNgoEfAiEAnYJnL6HqfAeJnUtpmfGD4DMjc0+r
JMF129DfjBYtfe4=
-----END CERTIFICATE-----`;
const TEST_LEAF = `-----BEGIN CERTIFICATE-----
MIIBtzCCAV2gAwIBAgIULvqjxUft2jx0kqmisViTy5bR6OIwCgYIKoZIzj0EAwIw
LDEqMCgGA1UEAwwhY2xvY2stcHJlZmxpZ2h0IHRlc3QgaW50ZXJtZWRpYXRlMCAX
DTI2MTEyODA5MzMxMloYDzIxMjYxMTA0MDkzMzEyWjAXMRUwEwYDVQQDDAx0aW1l
LmV4YW1wbGUwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAASSMgzlzH8MERF52ajQ
8QI4u7xXE5XaVdW1a+ET/0tgUrGzx43eF5QYQPG4krj7Yw180ONfihRFd+lZxNqH
TWiIo3AwbjAXBgNVHREEEDAOggx0aW1lLmV4YW1wbGUwEwYDVR0lBAwwCgYIKwYB
BQUHAwEwHQYDVR0OBBYEFBtx2CEQgbtfD3n3L5fJLG9Qvq6+MB8GA1UdIwQYMBaA
FLJzmtUtmNPGcNqi0ipYwjdVAy7RMAoGCCqGSM49BAMCA0gAMEUCIQCdY1da6DPP
8KVxytK8zQcFlkWBeCXgo13Mq+HwEAF4SgIgWkL86W+2ZzCpCcRGfxVtvHIemoU0
vm2Y0YOKGeGjjMY=
-----END CERTIFICATE-----`;

describe('verifyChainIgnoringDates', () => {
  const leaf = new X509Certificate(TEST_LEAF);
  const intermediate = new X509Certificate(TEST_INTERMEDIATE);
  const store = new TrustAnchors(`${rootCertificates.join('\n')}\n${TEST_ROOT}`);

  test("a leaf through a presented intermediate to an anchor among node's roots, found by its name", () => {
    const check = verifyChainIgnoringDates([leaf, intermediate], store, 'time.example');
    expect(check).toEqual({
      ok: true,
      validFromMs: Math.max(
        ...[leaf, intermediate, new X509Certificate(TEST_ROOT)].map((c) => Date.parse(c.validFrom)),
      ),
      validToMs: Math.min(
        ...[leaf, intermediate, new X509Certificate(TEST_ROOT)].map((c) => Date.parse(c.validTo)),
      ),
    });
  });

  test('when the names find no anchor (equal only after normalisation), every anchor is tried', () => {
    class NoNameMatches extends TrustAnchors {
      override mayHaveIssued(): X509Certificate[] {
        return [];
      }
    }
    const check = verifyChainIgnoringDates(
      [leaf, intermediate],
      new NoNameMatches(`${rootCertificates.join('\n')}\n${TEST_ROOT}`),
      'time.example',
    );
    expect(check.ok).toBe(true);
  });

  test('refused without the intermediate, against other anchors, and for another name', () => {
    const untrusted = /^certificate is not signed by a trusted CA \(even with its dates ignored\)/;
    expect(verifyChainIgnoringDates([leaf], store, 'time.example')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(untrusted),
    });
    const others = new TrustAnchors(rootCertificates.join('\n'));
    expect(verifyChainIgnoringDates([leaf, intermediate], others, 'time.example')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(untrusted),
    });
    expect(verifyChainIgnoringDates([leaf, intermediate], store, 'other.example')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^certificate is not for other\.example: /),
    });
  });
});
