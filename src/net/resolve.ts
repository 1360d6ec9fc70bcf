/** Host name resolution bounded by the run's deadline; a failure is a per-source error, never a throw. */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { errorCode, untilAborted } from '../sources/source.js';

export type Resolution =
  { ok: true; address: string; family: 4 | 6 } | { ok: false; reason: string; timedOut: boolean };

export async function resolveHost(host: string, signal: AbortSignal): Promise<Resolution> {
  const literal = isIP(host);
  if (literal === 4 || literal === 6) return { ok: true, address: host, family: literal };
  try {
    const answer = await untilAborted(lookup(host), signal);
    if (!answer)
      return {
        ok: false,
        reason: `DNS lookup of ${host} did not finish before the deadline`,
        timedOut: true,
      };
    return { ok: true, address: answer.address, family: answer.family === 6 ? 6 : 4 };
  } catch (error) {
    const code = errorCode(error);
    const words =
      code === 'ENOTFOUND'
        ? 'no such host'
        : code === 'EAI_AGAIN'
          ? 'DNS server did not answer (temporary failure)'
          : code;
    return { ok: false, reason: `DNS lookup of ${host} failed: ${words}`, timedOut: false };
  }
}

export function formatAddress(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}
