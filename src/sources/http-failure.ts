/**
 * Why an HTTPS request to a time reference failed, in words, from Node's error. Pure.
 *
 * Certificate validity errors are clock evidence in their own right: "not yet valid" means this runner's
 * clock reads earlier than the certificate's start (the runner is behind, unless the certificate is
 * minutes old), "expired" that it reads later than its end (the runner is ahead, unless the certificate
 * really expired). The message says so, with the dates when the certificate could be read.
 */
import { MAX_HEADER_BYTES } from '../net/limits.js';
import { describeOffset, humanDuration } from '../format.js';
import type { ChainCheck } from '../protocol/nts/certificates.js';
import { errorCode, isTlsHandshakeFault } from '../net/error-code.js';
import { untrustedText } from './untrusted-text.js';

export interface HttpFailure {
  kind: 'timeout' | 'error' | 'rejected' | 'proxy-refused';
  message: string;
  /** Asking again cannot help (TLS trust, no such host, refused). */
  permanent?: boolean;
  /** Set for certificate validity errors: the offset at least this large (positive = runner behind). */
  certificateSkewMs?: number;
}

export interface FailureContext {
  /** host[:port] asked. */
  host: string;
  /** The proxy in use, already without credentials. */
  proxy?: string | undefined;
  /** The runner's clock when the error came, for certificate dates. */
  nowMs: number;
  /**
   * For a certificate date error: the presented chain verified again without its dates (signatures up to
   * a trust anchor, the name, the usage). Undefined when it could not be read.
   */
  chain?: ChainCheck | undefined;
}

const UNTRUSTED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_REVOKED',
]);

export function describeHttpFailure(error: unknown, ctx: FailureContext): HttpFailure {
  const code = errorCode(error);
  // Node's messages quote the server (a certificate's names, a parser's view of its bytes).
  const message = untrustedText(error instanceof Error ? error.message : String(error));
  const via = ctx.proxy ? ` (through the proxy ${ctx.proxy})` : '';

  if (code === 'CERT_NOT_YET_VALID' || code === 'CERT_HAS_EXPIRED') return certificateTime(code, ctx, via);
  if (code === 'ERR_DNS_LOOKUP') {
    // resolve.ts's words already name the host looked up (the target's, or the proxy's).
    const timedOut = (error as { timedOut?: boolean }).timedOut === true;
    return { kind: timedOut ? 'timeout' : 'error', message: `${message}${via}` };
  }
  // The CONNECT tunnel's own faults (net/tunnel.ts), told by code; the proxy's words are data, bounded there.
  if (code === 'ERR_PROXY_CONNECT_REFUSED') {
    const e = error as { statusCode?: number; statusText?: string };
    return {
      kind: 'proxy-refused',
      message: e.statusCode
        ? `the proxy ${ctx.proxy ?? ''} answered CONNECT ${ctx.host} with ${e.statusCode} ${untrustedText(e.statusText ?? '')}`.trim()
        : `the proxy ${ctx.proxy ?? ''} did not answer CONNECT ${ctx.host} in HTTP`,
    };
  }
  if (code === 'ERR_PROXY_RESPONSE_TOO_LARGE') {
    return {
      kind: 'proxy-refused',
      permanent: true,
      message: `the proxy ${ctx.proxy ?? ''} answered CONNECT ${ctx.host} with more header bytes than any proxy sends (not read further)`,
    };
  }
  if (code === 'ERR_PROXY_TLS') return proxyTls((error as { tlsCode?: string }).tlsCode ?? '', message, ctx);
  if (code === 'ERR_PROXY_CLOSED') {
    return {
      kind: 'error',
      message: `the proxy ${ctx.proxy ?? ''} closed the connection before answering CONNECT ${ctx.host}`,
    };
  }
  if (UNTRUSTED.has(code)) {
    return {
      kind: 'error',
      permanent: true,
      message:
        `TLS: the certificate ${ctx.host} presented is not trusted (${code})${via}. ` +
        'A proxy or firewall that intercepts TLS would do this: give Node its CA with NODE_EXTRA_CA_CERTS.',
    };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return {
      kind: 'error',
      permanent: true,
      message: `TLS: the certificate presented does not name ${ctx.host}${via} (${message})`,
    };
  }
  if (isTlsHandshakeFault(code, message)) {
    return {
      kind: 'error',
      permanent: true,
      message: `TLS handshake with ${ctx.host} failed${via}: ${message}. Is this an https endpoint?`,
    };
  }
  if (code === 'HPE_HEADER_OVERFLOW') {
    // Said as what it is: a flood of headers (read no further than the cap), not another protocol.
    return {
      kind: 'error',
      permanent: true,
      message: `${ctx.host} sent more than ${MAX_HEADER_BYTES / 1024} KB of response headers (HPE_HEADER_OVERFLOW); reading stopped there`,
    };
  }
  if (code.startsWith('HPE_')) {
    return {
      kind: 'error',
      permanent: true,
      message: `${ctx.host} did not answer in HTTP (${code}): garbage or another protocol on that port`,
    };
  }
  if (code === 'ECONNREFUSED') {
    return {
      kind: 'error',
      permanent: true,
      message: ctx.proxy
        ? `could not reach the proxy ${ctx.proxy}: connection refused`
        : `connection refused by ${ctx.host}: nothing listens there`,
    };
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    const host = ctx.proxy ? `the proxy ${ctx.proxy}` : ctx.host;
    return {
      kind: 'error',
      permanent: code === 'ENOTFOUND',
      message:
        code === 'ENOTFOUND'
          ? `DNS lookup of ${host} failed: no such host`
          : `DNS lookup of ${host} failed: the DNS server did not answer (temporary failure)`,
    };
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/i.test(message)) {
    return { kind: 'error', message: `${ctx.host} closed the connection without an answer${via}` };
  }
  if (code === 'ETIMEDOUT') return { kind: 'timeout', message: `connecting to ${ctx.host} timed out${via}` };
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') {
    // The words the UDP sources use for the same codes (describeSocketError), so one fault reads alike.
    const what = code === 'ENETUNREACH' ? 'network unreachable' : 'host unreachable';
    return { kind: 'error', message: `${what} (${code}) on the way to ${ctx.host}${via}` };
  }
  return {
    kind: 'error',
    message: `request to ${ctx.host} failed${via}: ${code === message ? message : `${code}: ${message}`}`,
  };
}

/**
 * A certificate outside its dates by the runner's clock is evidence about the clock only when the chain
 * verifies with the dates set aside: anyone can make an expired self-signed certificate.
 */
function certificateTime(
  code: 'CERT_NOT_YET_VALID' | 'CERT_HAS_EXPIRED',
  ctx: FailureContext,
  via: string,
): HttpFailure {
  const notYet = code === 'CERT_NOT_YET_VALID';
  const state = notYet ? 'not yet valid' : 'expired';
  if (!ctx.chain) {
    return {
      kind: 'error',
      permanent: true,
      message:
        `TLS: the certificate of ${ctx.host} is ${state} by this runner's clock (${code})${via}, and its chain could ` +
        "not be read to verify it without the dates: this says nothing certain about the runner's clock.",
    };
  }
  if (!ctx.chain.ok) {
    return {
      kind: 'error',
      permanent: true,
      message:
        `TLS: the certificate ${ctx.host} presented is not trusted (${untrustedText(ctx.chain.reason, 300)})${via}; it is also ${state} ` +
        "by this runner's clock, which from an untrusted server is no evidence about the clock. A proxy or " +
        'firewall that intercepts TLS would do this: give Node its CA with NODE_EXTRA_CA_CERTS.',
    };
  }
  const edgeMs = notYet ? ctx.chain.validFromMs : ctx.chain.validToMs;
  // Not yet valid: true time ≥ notBefore > runner time, so offset ≥ notBefore − now (behind).
  // Expired: true time ≤ notAfter < runner time, so offset ≤ notAfter − now (ahead).
  const skewMs = edgeMs - ctx.nowMs;
  const dated = ` (${notYet ? 'valid from' : 'valid until'} ${new Date(edgeMs).toISOString()}, ${humanDuration(skewMs)} ${notYet ? 'after' : 'before'} this runner's clock)`;
  const message = notYet
    ? `TLS: the certificate of ${ctx.host} is not yet valid by this runner's clock${dated}. ` +
      `That is evidence of clock skew: the runner's clock is behind by at least ${describeOffset(skewMs).replace(/ behind$/, '')}, unless the certificate was issued moments ago.`
    : `TLS: the certificate of ${ctx.host} has expired by this runner's clock${dated}. ` +
      `That is evidence of clock skew: the runner's clock is ahead by at least ${humanDuration(skewMs)}, unless the certificate really expired.`;
  return { kind: 'error', permanent: true, message, certificateSkewMs: skewMs };
}

/**
 * The TLS handshake with an https:// proxy failed: the proxy's own certificate (or its TLS), which says
 * nothing about the target's certificate, and an expired one is no evidence about the clock (a proxy's
 * certificate is often self-managed and left to lapse).
 */
function proxyTls(tlsCode: string, message: string, ctx: FailureContext): HttpFailure {
  const proxy = `the proxy ${ctx.proxy ?? ''}`.trim();
  const cert = `the certificate of ${proxy} itself`;
  const notTarget = `This is the proxy's own certificate, not ${ctx.host}'s.`;
  const words = UNTRUSTED.has(tlsCode)
    ? `${cert} is not trusted (${tlsCode}). ${notTarget} Give Node the CA that ` +
      "signed the proxy's certificate with NODE_EXTRA_CA_CERTS."
    : tlsCode === 'CERT_HAS_EXPIRED'
      ? `${cert} has expired by this runner's clock (${tlsCode}). ${notTarget} Either it ` +
        "really expired (renew it) or this runner's clock is ahead (the other sources say which)."
      : tlsCode === 'CERT_NOT_YET_VALID'
        ? `${cert} is not yet valid by this runner's clock (${tlsCode}). ${notTarget} ` +
          "Either it was issued moments ago or this runner's clock is behind (the other sources say which)."
        : tlsCode === 'ERR_TLS_CERT_ALTNAME_INVALID'
          ? `${cert} does not name the proxy's host (${message}). ${notTarget} Name the ` +
            'proxy in the proxy variable as its certificate does.'
          : `the TLS handshake with ${proxy} failed (${message}). Is it an https:// proxy? A proxy that ` +
            'speaks plain HTTP is written http://.';
  return { kind: 'error', permanent: true, message: `TLS: ${words}` };
}
