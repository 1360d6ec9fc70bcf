/**
 * Bounds on what is read from the network. A time reference's answer is small (a Date header, a
 * GetCallerIdentity response of about 400 bytes, an AWS error of a few hundred); anything much larger
 * is a fault or hostile, and reading it whole would cost memory and time the deadline cannot take back
 * (a 50 MB STS error body once took 47 s and 2.8 GB through the SDK's XML parser).
 */
import { Transform, type Readable } from 'node:stream';

/** Response bodies: STS's answers and errors are well under 4 KB. */
export const MAX_BODY_BYTES = 64 * 1024;
/** Response headers (status line included), per response; Node's own default is 16 KB. */
export const MAX_HEADER_BYTES = 16 * 1024;

/** The error a capped body ends with; `code` for code to branch on. */
export class BodyTooLargeError extends Error {
  readonly code = 'ERR_BODY_TOO_LARGE';
  constructor(readonly limitBytes: number) {
    super(`response body over ${Math.round(limitBytes / 1024)} KB: not read further`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * The same bytes, up to `limitBytes`; beyond that the stream ends with BodyTooLargeError and the source
 * (the socket) is destroyed, so that nothing more is even received.
 */
export function capBody(body: Readable, limitBytes = MAX_BODY_BYTES, onOver?: () => void): Readable {
  let seen = 0;
  const capped = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > limitBytes) {
        onOver?.();
        body.destroy();
        callback(new BodyTooLargeError(limitBytes));
        return;
      }
      callback(null, chunk);
    },
  });
  body.on('error', (error) => capped.destroy(error));
  return body.pipe(capped);
}
