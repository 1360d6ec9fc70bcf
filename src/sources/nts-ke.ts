/**
 * NTS Key Establishment over TLS 1.3 (RFC 8915 §4): connect with ALPN `ntske/1`, check the certificate,
 * send the request, read the response up to End of Message, export the two AEAD keys. Every fault becomes
 * a reason in words; nothing throws and nothing outlives the deadline signal.
 *
 * Trust is node's default store (bundled roots plus NODE_EXTRA_CA_CERTS). When the only fault is a
 * certificate's dates, the runner's clock may be what is wrong: the chain and the name are verified again
 * without the dates (certificates.ts) and the dates are kept as evidence of skew.
 */
import { isIP } from 'node:net';
import * as tls from 'node:tls';
import type { ServerSpec } from '../config/config.js';
import type { Progress } from './source.js';
import { monotonicMs } from '../time/clock.js';
import { humanDuration } from '../format.js';
import { formatAddress, resolveHost } from '../net/resolve.js';
import { errorCode } from '../net/error-code.js';
import { untrustedText } from './untrusted-text.js';
import { loadTrustAnchors, presentedChain, verifyChainIgnoringDates } from '../protocol/nts/certificates.js';
import {
  AEAD_KEY_BYTES,
  checkResponse,
  encodeClientRequest,
  exporterContext,
  MAX_MESSAGE_BYTES,
  NTS_EXPORTER_LABEL,
  NTS_KE_ALPN,
  parseMessage,
} from '../protocol/nts/ke.js';

export interface CertificateDates {
  /** The window in which every certificate of the verified chain is valid. */
  validFromMs: number;
  validToMs: number;
  /** The date error the TLS stack reported with the runner's clock. */
  code: 'CERT_NOT_YET_VALID' | 'CERT_HAS_EXPIRED';
}

export interface KeSession {
  /** The NTS-KE server actually reached, e.g. `127.0.0.1:4460`. */
  keAddress: string;
  aead: number;
  c2sKey: Uint8Array;
  s2cKey: Uint8Array;
  cookies: Uint8Array[];
  /** Where to send NTP: the NTPv4 Server record, else the NTS-KE host. */
  ntpHost: string;
  /** The NTPv4 Port record, else 123. */
  ntpPort: number;
  /** Set when the certificate's dates were not checked because the runner's clock is outside them. */
  certificateDates?: CertificateDates;
}

export type KeOutcome =
  | { ok: true; session: KeSession }
  | {
      ok: false;
      reason: string;
      timedOut: boolean;
      /** Asking again in this run would fail the same way (refused, untrusted, protocol error). */
      permanent: boolean;
    };

export interface KeOptions {
  /** The runner's clock, for the date evidence. */
  nowMs: () => number;
  defaultNtpPort?: number;
  /** Told each round trip as it starts (TCP, TLS, NTS-KE), and undefined when the exchange ends. */
  onProgress?: (progress: Progress | undefined) => void;
}

const TIME_CODES = new Set(['CERT_NOT_YET_VALID', 'CERT_HAS_EXPIRED']);
const UNTRUSTED_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
]);

function describeAuthorizationError(code: string, host: string): string {
  if (UNTRUSTED_CODES.has(code)) {
    return `certificate is not signed by a trusted CA (${code}); if this server uses a private CA, add it with NODE_EXTRA_CA_CERTS`;
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return `certificate is not for ${host} (${code})`;
  return `certificate rejected (${code})`;
}

function describeConnectError(code: string, address: string): string {
  if (code === 'ECONNREFUSED') return `connection refused: nothing serves NTS-KE on ${address}`;
  if (code === 'ECONNRESET') return `connection reset by ${address} during NTS-KE`;
  if (code === 'ENETUNREACH') return `network unreachable (${code}): no route to ${address}`;
  if (code === 'EHOSTUNREACH') return `host unreachable (${code}): ${address} cannot be reached from here`;
  if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) return `TLS handshake failed (${code})`;
  return `NTS-KE connection failed (${code})`;
}

export function formatDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
}

/** Words for the evidence: how far at least the runner's clock is off, judged by certificate dates alone. */
export function describeCertificateSkew(dates: CertificateDates, runnerNowMs: number): string {
  if (runnerNowMs < dates.validFromMs) {
    return (
      `the server's certificate is valid only from ${formatDate(dates.validFromMs)}, but the runner's clock says ` +
      `${formatDate(runnerNowMs)}: the runner's clock is probably at least ${humanDuration(dates.validFromMs - runnerNowMs)} behind`
    );
  }
  if (runnerNowMs > dates.validToMs) {
    return (
      `the server's certificate expired on ${formatDate(dates.validToMs)}, but the runner's clock says ` +
      `${formatDate(runnerNowMs)}: the runner's clock may be at least ${humanDuration(runnerNowMs - dates.validToMs)} ahead (or the certificate really expired)`
    );
  }
  return `the TLS stack reported ${dates.code} for a chain valid from ${formatDate(dates.validFromMs)} to ${formatDate(dates.validToMs)}`;
}

/** Runs one NTS-KE exchange with `server` (host and NTS-KE port). */
export async function establishKeys(
  server: ServerSpec,
  signal: AbortSignal,
  options: KeOptions,
): Promise<KeOutcome> {
  const resolved = await resolveHost(server.host, signal);
  if (!resolved.ok)
    return { ok: false, reason: resolved.reason, timedOut: resolved.timedOut, permanent: !resolved.timedOut };
  const keAddress = formatAddress(resolved.address, server.port);
  const hostIsIp = isIP(server.host) !== 0;

  return new Promise<KeOutcome>((resolve) => {
    let finished = false;
    let received = Buffer.alloc(0);
    let certificateDates: CertificateDates | undefined;
    const socket = tls.connect({
      host: resolved.address,
      port: server.port,
      ...(hostIsIp ? {} : { servername: server.host }),
      ALPNProtocols: [NTS_KE_ALPN],
      minVersion: 'TLSv1.3',
      // The certificate is judged below, so that a date error can be told apart from an untrusted chain.
      rejectUnauthorized: false,
    });
    // After the key exchange, one NTP exchange: the round trips that follow each stage.
    const stage = (name: string, roundTripsAfter: number) =>
      options.onProgress?.({ stage: name, sinceMs: monotonicMs(), roundTripsAfter });
    stage('TCP connection', 3);
    socket.once('connect', () => stage('TLS handshake', 2));
    const finish = (outcome: KeOutcome) => {
      if (finished) return;
      finished = true;
      options.onProgress?.(undefined);
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(outcome);
    };
    const fail = (reason: string, permanent = true) =>
      finish({
        ok: false,
        reason: certificateDates
          ? `${reason}; note: ${describeCertificateSkew(certificateDates, options.nowMs())}`
          : reason,
        timedOut: false,
        permanent,
      });
    const onAbort = () =>
      finish({
        ok: false,
        reason:
          `NTS-KE with ${keAddress} did not finish before the deadline` +
          (certificateDates ? `; note: ${describeCertificateSkew(certificateDates, options.nowMs())}` : ''),
        timedOut: true,
        permanent: false,
      });
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });

    socket.once('secureConnect', () => {
      if (socket.alpnProtocol !== NTS_KE_ALPN) {
        return fail(`${keAddress} did not agree to NTS-KE (ALPN ${NTS_KE_ALPN}); is it an NTS-KE server?`);
      }
      if (!socket.authorized) {
        const code = String(socket.authorizationError ?? 'unknown');
        if (!TIME_CODES.has(code))
          return fail(`NTS-KE with ${keAddress}: ${describeAuthorizationError(code, server.host)}`);
        const chain = verifyChainIgnoringDates(
          presentedChain(socket.getPeerCertificate(true)),
          loadTrustAnchors(),
          server.host,
        );
        // The reason quotes the certificate's names, which its owner chose.
        if (!chain.ok) return fail(`NTS-KE with ${keAddress}: ${untrustedText(chain.reason, 300)}`);
        const nowMs = options.nowMs();
        if (nowMs >= chain.validFromMs && nowMs <= chain.validToMs) {
          // The dates are fine by our reading, yet the TLS stack objected: do not guess, refuse.
          return fail(`NTS-KE with ${keAddress}: certificate rejected (${code})`);
        }
        certificateDates = {
          validFromMs: chain.validFromMs,
          validToMs: chain.validToMs,
          code: code as CertificateDates['code'],
        };
      }
      socket.write(encodeClientRequest());
      stage('NTS-KE exchange', 1);
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length > MAX_MESSAGE_BYTES)
        return fail(`NTS-KE response from ${keAddress} is over ${MAX_MESSAGE_BYTES} bytes`);
      const parsed = parseMessage(received);
      if (parsed.kind === 'incomplete') return;
      if (parsed.kind === 'invalid')
        return fail(`invalid NTS-KE response from ${keAddress}: ${parsed.reason}`);
      const response = checkResponse(parsed.records);
      if (!response.ok) return fail(`NTS-KE with ${keAddress} refused: ${response.reason}`);
      let c2sKey: Uint8Array;
      let s2cKey: Uint8Array;
      try {
        c2sKey = new Uint8Array(
          socket.exportKeyingMaterial(
            AEAD_KEY_BYTES,
            NTS_EXPORTER_LABEL,
            Buffer.from(exporterContext(response.aead, 'c2s')),
          ),
        );
        s2cKey = new Uint8Array(
          socket.exportKeyingMaterial(
            AEAD_KEY_BYTES,
            NTS_EXPORTER_LABEL,
            Buffer.from(exporterContext(response.aead, 's2c')),
          ),
        );
      } catch (error) {
        return fail(`NTS-KE with ${keAddress}: key export failed (${errorCode(error)})`);
      }
      finish({
        ok: true,
        session: {
          keAddress,
          aead: response.aead,
          c2sKey,
          s2cKey,
          cookies: response.cookies,
          ntpHost: response.ntpServer ?? resolved.address,
          ntpPort: response.ntpPort ?? options.defaultNtpPort ?? 123,
          ...(certificateDates ? { certificateDates } : {}),
        },
      });
    });
    socket.on('error', (error) => {
      const code = errorCode(error);
      fail(describeConnectError(code, keAddress), code !== 'ECONNRESET');
    });
    socket.on('close', () => fail(`${keAddress} closed the NTS-KE connection before End of Message`, false));
  });
}
