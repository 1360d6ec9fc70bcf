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

/** The DER of each PEM certificate block in `pem`, in order (a block that is not base64 gives bytes no parse accepts). */
function pemBlocks(pem: string): Buffer[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  // Node's base64 decoder skips the line breaks.
  return blocks.map((b) => Buffer.from(b.slice(27, -25), 'base64'));
}

/** One DER element at `at`: its tag, where its content starts, where it ends; undefined if it overruns. */
function element(der: Buffer, at: number): { tag: number; content: number; end: number } | undefined {
  if (at + 2 > der.length) return undefined;
  const tag = der[at]!;
  let length = der[at + 1]!;
  let content = at + 2;
  if (length & 0x80) {
    const bytes = length & 0x7f;
    if (bytes === 0 || bytes > 3 || content + bytes > der.length) return undefined;
    length = 0;
    for (let i = 0; i < bytes; i++) length = length * 256 + der[content++]!;
  }
  return content + length > der.length ? undefined : { tag, content, end: content + length };
}

/**
 * The DER of a certificate's issuer name (RFC 5280 §4.1: Certificate, tbsCertificate, [0] version,
 * serialNumber, signature, issuer), or undefined if the bytes are not shaped so. Pure.
 */
export function issuerNameDer(der: Buffer): Buffer | undefined {
  const certificate = element(der, 0);
  if (certificate?.tag !== 0x30) return undefined;
  const tbs = element(der, certificate.content);
  if (tbs?.tag !== 0x30) return undefined;
  let field = element(der, tbs.content);
  if (field?.tag === 0xa0) field = element(der, field.end);
  if (field?.tag !== 0x02) return undefined;
  const signature = element(der, field.end);
  if (signature?.tag !== 0x30) return undefined;
  const issuer = element(der, signature.end);
  return issuer?.tag === 0x30 ? der.subarray(signature.end, issuer.end) : undefined;
}

/**
 * Trust anchors, parsed only as far as a check needs: parsing one into an X509Certificate costs ~170 µs,
 * node's ~145 roots ~25 ms, and a chain needs one of them. An anchor can have issued a certificate only if
 * its own DER holds that certificate's issuer name, as its subject: those few are parsed and tried first.
 * Names that match only after normalisation (RFC 5280 §7.1, as OpenSSL compares them) fall back to all.
 */
export class TrustAnchors {
  private readonly ders: Buffer[];
  private readonly parsed = new Map<number, X509Certificate | null>();

  constructor(pem: string) {
    this.ders = pemBlocks(pem);
  }

  get size(): number {
    return this.ders.length;
  }

  /** Whether the certificate with this DER is itself an anchor. */
  has(raw: Uint8Array): boolean {
    return this.ders.some((d) => d.equals(raw));
  }

  /** The anchors whose DER holds `cert`'s issuer name; every anchor if that name cannot be read. */
  mayHaveIssued(cert: X509Certificate): X509Certificate[] {
    const name = issuerNameDer(cert.raw);
    if (name === undefined) return this.all();
    return this.pick((d) => d.includes(name));
  }

  /** Every anchor (a broken block is skipped, as OpenSSL does when loading a CA file). */
  all(): X509Certificate[] {
    return this.pick(() => true);
  }

  private pick(wanted: (der: Buffer) => boolean): X509Certificate[] {
    const out: X509Certificate[] = [];
    this.ders.forEach((der, i) => {
      if (!wanted(der)) return;
      if (!this.parsed.has(i)) {
        try {
          this.parsed.set(i, new X509Certificate(der));
        } catch {
          this.parsed.set(i, null);
        }
      }
      const cert = this.parsed.get(i);
      if (cert) out.push(cert);
    });
    return out;
  }
}

/** Trust anchors by NODE_EXTRA_CA_CERTS, one store per process. */
const anchorSets = new Map<string, TrustAnchors>();

/**
 * The anchors node itself trusts by default: its bundled roots plus NODE_EXTRA_CA_CERTS, or, on Node
 * versions that can say, exactly the set the handshake used (`tls.getCACertificates('default')`, which also
 * covers `--use-system-ca`). One store per process: every TLS source of a run whose certificate dates fail
 * asks for it, on the thread that time-stamps the NTP replies.
 */
export function loadTrustAnchors(env: NodeJS.ProcessEnv = process.env): TrustAnchors {
  const key = env.NODE_EXTRA_CA_CERTS ?? '';
  let anchors = anchorSets.get(key);
  if (anchors === undefined) anchorSets.set(key, (anchors = new TrustAnchors(defaultAnchorsPem(env))));
  return anchors;
}

function defaultAnchorsPem(env: NodeJS.ProcessEnv): string {
  const getCa = (tls as unknown as { getCACertificates?: (type: string) => string[] }).getCACertificates;
  if (typeof getCa === 'function') return getCa('default').join('\n');
  let extra = '';
  if (env.NODE_EXTRA_CA_CERTS) {
    try {
      extra = readFileSync(env.NODE_EXTRA_CA_CERTS, 'utf8');
    } catch {
      // Node warns about an unreadable NODE_EXTRA_CA_CERTS at start-up; nothing more to add here.
    }
  }
  return `${tls.rootCertificates.join('\n')}\n${extra}`;
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
  anchors: TrustAnchors,
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
  // The anchors named as issuers first; all of them only if that left some out and found no path.
  let narrowed = false;
  const byName = (cert: X509Certificate) => {
    const some = anchors.mayHaveIssued(cert);
    if (some.length < anchors.size) narrowed = true;
    return some;
  };
  const path =
    pathToAnchor(presented, anchors, byName) ??
    (narrowed ? pathToAnchor(presented, anchors, () => anchors.all()) : undefined);
  if (!path) {
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

/**
 * A path from the leaf through the presented certificates to an anchor among `candidates(current)`, every
 * signature verified and every certificate above the leaf a CA; undefined if there is none.
 */
function pathToAnchor(
  presented: readonly X509Certificate[],
  anchors: TrustAnchors,
  candidates: (cert: X509Certificate) => X509Certificate[],
): X509Certificate[] | undefined {
  const leaf = presented[0]!;
  const path: X509Certificate[] = [leaf];
  let current = leaf;
  let trusted = anchors.has(leaf.raw);
  while (!trusted && path.length <= MAX_CHAIN_LENGTH) {
    const anchor = candidates(current).find((a) => signedBy(current, a));
    if (anchor) {
      path.push(anchor);
      trusted = true;
      break;
    }
    const issuer = presented.find((c) => !path.includes(c) && c.ca && signedBy(current, c));
    if (!issuer) break;
    path.push(issuer);
    current = issuer;
    trusted = anchors.has(issuer.raw);
  }
  return trusted ? path : undefined;
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
