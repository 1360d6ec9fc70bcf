/**
 * macOS 15 Local Network privacy: a process without the user's consent gets EHOSTUNREACH (the code of Node's
 * error; "No route to host" in the system's words) for every address on the local network, while the
 * internet works. A self-hosted runner that uses a LAN NTP server then reports "host unreachable
 * (EHOSTUNREACH)" with a perfectly good network. Pure: which results look like that, and the note that
 * says what to grant.
 */
import { isIP } from 'node:net';
import type { SourceResult } from '../model.js';

/** RFC 1918, link-local, unique-local and link-local IPv6, and .local (mDNS) names. */
export function isLocalNetworkHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(h) === 4) {
    const [a, b] = h.split('.').map(Number) as [number, number];
    return (
      a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)
    );
  }
  if (isIP(h) === 6) return /^f[cd][0-9a-f]{2}:/.test(h) || /^fe[89ab][0-9a-f]:/.test(h);
  return h.endsWith('.local');
}

/** `10.0.0.5:123`, `[fd00::1]:123`, `ntp.corp.local` -> the host part. */
function hostOf(target: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(target);
  if (bracketed) return bracketed[1]!;
  const parts = target.split(':');
  return parts.length === 2 ? parts[0]! : target;
}

const UNREACHABLE = /\bE(HOST|NET)UNREACH\b/;

/** The words the source reported, so that the note quotes the line a person sees in the table above it. */
function reportedWords(reason: string): string {
  return (/\b(?:host|network) unreachable \(E(?:HOST|NET)UNREACH\)/.exec(reason) ??
    UNREACHABLE.exec(reason))![0];
}

export function localNetworkNote(os: NodeJS.Platform, results: readonly SourceResult[]): string | undefined {
  if (os !== 'darwin') return undefined;
  const blocked = results.filter(
    (r) =>
      r.status !== 'ok' &&
      UNREACHABLE.test(r.reason ?? '') &&
      isLocalNetworkHost(hostOf(r.address ?? r.target)),
  );
  if (blocked.length === 0) return undefined;
  const names = blocked.map((r) => r.target).join(', ');
  const words = [...new Set(blocked.map((r) => `"${reportedWords(r.reason!)}"`))].join(', ');
  return (
    `macOS reported ${words} for ${names} on the local network: on macOS 15 and later that is usually Local Network privacy, not the network. ` +
    "Grant it: System Settings › Privacy & Security › Local Network, turn on the runner's app (or Terminal/node for a runner started by hand); " +
    'a runner installed as a LaunchDaemon (svc.sh install as root) is not subject to it. Or use NTP servers outside the LAN, or NTS or AWS as references.'
  );
}
