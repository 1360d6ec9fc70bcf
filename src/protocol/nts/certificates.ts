/**
 * Certificate checks for a time source when the runner's clock may be years off (chrony's
 * `nocerttimecheck`): the chain and the name are verified, the validity dates are not, and the dates are
 * kept as evidence of the skew and checked later against the time the server gives.
 *
 * Why not trust node's own verdict minus the date errors: node's verify callback lets OpenSSL go on after
 * an error and reports the last one, so a date error on the leaf can hide a bad signature checked before
 * it. When the dates fail, the whole chain is therefore built and verified again here, from the
 * certificates the server presented to one of our trust anchors, signature by signature (node:crypto's
 * X509Certificate does the cryptography).
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as tls from 'node:tls';

const MAX_CHAIN_LENGTH = 8;
const SERVER_AUTH_OID = '1.3.6.1.5.5.7.3.1';

export type ChainCheck = { ok: true; validFromMs: number; validToMs: number } | { ok: false; reason: string };

export function parsePemCertificates(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  const out: X509Certificate[] = [];
  for (const block of blocks) {
    try {
      out.push(new X509Certificate(block));
    } catch {
      // A broken block in a bundle is skipped, as OpenSSL does when loading a CA file.
    }
  }
  return out;
}

/** Parsed trust anchors, by NODE_EXTRA_CA_CERTS: parsing node's ~145 roots takes ~25 ms of CPU. */
const anchorSets = new Map<string, readonly X509Certificate[]>();

/**
 * The anchors node itself trusts by default: its bundled roots plus NODE_EXTRA_CA_CERTS, or, on Node
 * versions that can say, exactly the set the handshake used (`tls.getCACertificates('default')`, which also
 * covers `--use-system-ca`). Parsed once per process: every TLS source of a run whose certificate dates
 * fail asks for them, on the thread that time-stamps the NTP replies (parsed per connection, a default run
 * 2 days behind took 180 ms more CPU than one 7 minutes behind).
 */
export function loadTrustAnchors(env: NodeJS.ProcessEnv = process.env): readonly X509Certificate[] {
  const key = env.NODE_EXTRA_CA_CERTS ?? '';
  let anchors = anchorSets.get(key);
  if (anchors === undefined) anchorSets.set(key, (anchors = parseTrustAnchors(env)));
  return anchors;
}

function parseTrustAnchors(env: NodeJS.ProcessEnv): X509Certificate[] {
  const getCa = (tls as unknown as { getCACertificates?: (type: string) => string[] }).getCACertificates;
  if (typeof getCa === 'function') return parsePemCertificates(getCa('default').join('\n'));
  const anchors = parsePemCertificates(tls.rootCertificates.join('\n'));
  const extra = env.NODE_EXTRA_CA_CERTS;
  if (extra) {
    try {
      anchors.push(...parsePemCertificates(readFileSync(extra, 'utf8')));
    } catch {
      // Node warns about an unreadable NODE_EXTRA_CA_CERTS at start-up; nothing more to add here.
    }
  }
  return anchors;
}

function dateMs(text: string): number {
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : Number.NaN;
}

function signedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

/**
 * Builds a path from the leaf through the presented certificates to a trust anchor, verifying every
 * signature, requiring CA certificates above the leaf and a leaf fit for TLS servers named `host`. The
 * dates are only collected: the window in which every certificate of the path is valid.
 */
export function verifyChainIgnoringDates(
  presented: readonly X509Certificate[],
  anchors: readonly X509Certificate[],
  host: string,
): ChainCheck {
  const leaf = presented[0];
  if (!leaf) return { ok: false, reason: 'the server presented no certificate' };
  const nameError = tls.checkServerIdentity(host, leaf.toLegacyObject());
  if (nameError) return { ok: false, reason: `certificate is not for ${host}: ${nameError.message}` };
  const usage = leaf.keyUsage;
  if (Array.isArray(usage) && usage.length > 0 && !usage.includes(SERVER_AUTH_OID)) {
    return { ok: false, reason: 'certificate is not for TLS servers (extended key usage)' };
  }
  const isAnchor = (c: X509Certificate) => anchors.some((a) => a.raw.equals(c.raw));
  const path: X509Certificate[] = [leaf];
  let current = leaf;
  let trusted = isAnchor(leaf);
  while (!trusted && path.length <= MAX_CHAIN_LENGTH) {
    const anchor = anchors.find((a) => signedBy(current, a));
    if (anchor) {
      path.push(anchor);
      trusted = true;
      break;
    }
    const issuer = presented.find((c) => !path.includes(c) && c.ca && signedBy(current, c));
    if (!issuer) break;
    path.push(issuer);
    current = issuer;
    trusted = isAnchor(issuer);
  }
  if (!trusted) {
    return {
      ok: false,
      reason:
        'certificate is not signed by a trusted CA (even with its dates ignored); if this server uses a private CA, add it with NODE_EXTRA_CA_CERTS',
    };
  }
  const validFromMs = Math.max(...path.map((c) => dateMs(c.validFrom)));
  const validToMs = Math.min(...path.map((c) => dateMs(c.validTo)));
  if (Number.isNaN(validFromMs) || Number.isNaN(validToMs)) {
    return { ok: false, reason: 'certificate validity dates cannot be read' };
  }
  return { ok: true, validFromMs, validToMs };
}

/** The leaf first, then every issuer the TLS stack linked, each once. */
export function presentedChain(peer: tls.DetailedPeerCertificate): X509Certificate[] {
  const out: X509Certificate[] = [];
  let node: tls.DetailedPeerCertificate | undefined = peer;
  while (node && node.raw && out.length <= MAX_CHAIN_LENGTH) {
    const raw = node.raw;
    if (out.some((c) => c.raw.equals(raw))) break;
    try {
      out.push(new X509Certificate(raw));
    } catch {
      break;
    }
    node = node.issuerCertificate;
  }
  return out;
}
