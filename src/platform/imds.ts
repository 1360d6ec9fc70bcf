/**
 * EC2 detection where DMI cannot tell (Windows and macOS instances have no sysfs): ask the instance
 * metadata service, IMDSv2 only. The session token comes first (PUT /latest/api/token): IMDS answers a
 * PUT only from the instance itself, within the instance's response hop limit (1 by default, so a
 * container behind a bridge gets no answer and we say "not detected" rather than wait). Then the
 * instance id, which on EC2 starts with "i-": other clouds also answer on 169.254.169.254 (Azure, which
 * hosts GitHub's runners, and GCP), and only a token plus an EC2 instance id counts.
 *
 * Bounded: one timer covers connect, both requests and both bodies; every socket is destroyed at it.
 * Never through a proxy (link-local; HTTP(S)_PROXY would send the PUT elsewhere), no keep-alive.
 */
import { request } from 'node:http';
import { BodyTooLargeError, capBody } from '../net/limits.js';

export const IMDS_ENDPOINT = 'http://169.254.169.254';
const TOKEN_TTL_SECONDS = '60';
const MAX_BODY_BYTES = 4096;

export interface ImdsOptions {
  /** Base URL; the AWS SDKs' AWS_EC2_METADATA_SERVICE_ENDPOINT names the same thing. */
  endpoint?: string;
  /** The whole probe, both requests included. */
  timeoutMs: number;
}

/**
 * Not EC2 comes in two kinds: settled (a service answered that is not EC2's, or nothing answered within the
 * bound: asking again would cost the same wait for the same answer), or `askAgain` when the connection
 * failed at once (refused, no route: at boot the network may not be up yet, and asking again costs nothing).
 */
export type ImdsAnswer = { ec2: true; instanceId: string } | { ec2: false; askAgain: boolean };

interface HttpAnswer {
  status: number;
  body: string;
}

function call(
  url: URL,
  method: 'PUT' | 'GET',
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false, signal }, (res) => {
      let body = '';
      // A token or an instance id is tens of bytes: anything past the cap ends the answer and its socket.
      const capped = capBody(res, MAX_BODY_BYTES);
      capped.setEncoding('utf8');
      capped.on('data', (chunk: string) => (body += chunk));
      capped.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      capped.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export async function probeImdsV2(options: ImdsOptions): Promise<ImdsAnswer> {
  const base = options.endpoint ?? IMDS_ENDPOINT;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return { ec2: false, askAgain: false };
  }
  const timeoutMs = Math.max(1, Math.round(options.timeoutMs));
  const controller = new AbortController();
  // A plain timer, not AbortSignal.timeout: that one can be garbage-collected before it fires on Node 20.
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const token = await call(
      new URL('/latest/api/token', url),
      'PUT',
      { 'X-aws-ec2-metadata-token-ttl-seconds': TOKEN_TTL_SECONDS },
      controller.signal,
    );
    if (token.status !== 200 || !/^[\x21-\x7e]{1,512}$/.test(token.body.trim())) {
      return { ec2: false, askAgain: false };
    }
    const id = await call(
      new URL('/latest/meta-data/instance-id', url),
      'GET',
      { 'X-aws-ec2-metadata-token': token.body.trim() },
      controller.signal,
    );
    const instanceId = id.body.trim();
    if (id.status !== 200 || !/^i-[0-9a-f]{8,32}$/.test(instanceId)) {
      return { ec2: false, askAgain: false };
    }
    return { ec2: true, instanceId };
  } catch (error) {
    // An answer over the cap came and is no EC2 answer: settled, as a refusal is.
    if (error instanceof BodyTooLargeError) return { ec2: false, askAgain: false };
    // Silence until the bound is the costly answer, and it is settled; a quick failure is worth retrying.
    return { ec2: false, askAgain: !controller.signal.aborted };
  } finally {
    clearTimeout(timer);
  }
}
