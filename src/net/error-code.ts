/** The code of a system or network error (ECONNREFUSED, ERR_TLS_...), else its message; and what such codes mean. */
export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.message : String(error);
}

/** A TLS handshake that failed as such (a protocol error, not a certificate): often not TLS on that port. */
export function isTlsHandshakeFault(code: string, message: string): boolean {
  return code === 'EPROTO' || code.startsWith('ERR_SSL_') || /wrong version number|handshake/i.test(message);
}

/** Node's codes for a failed TLS handshake or certificate check (not a refused or reset connection). */
export function isTlsFault(code: string, message: string): boolean {
  return (
    /^(CERT_|ERR_TLS_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_)/.test(code) || isTlsHandshakeFault(code, message)
  );
}
