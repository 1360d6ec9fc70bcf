/**
 * IP addresses in one spelling: the one the kernel reports a datagram's source in (inet_ntop's), so that a
 * reply can be matched to the address asked and one server named several ways is one vote. Pure.
 */
import { SocketAddress } from 'node:net';

/**
 * `address` (an IP literal of `family`) as inet_ntop writes it: IPv6 in lower case and compressed, and an
 * IPv4-mapped IPv6 address as the IPv4 address it is (`::ffff:7f00:1`, `::FFFF:127.0.0.1` and
 * `0:0:0:0:0:ffff:127.0.0.1` are all `127.0.0.1`, family 4). A zone (`fe80::1%eth0`) is kept as written.
 */
export function canonicalIp(address: string, family: 4 | 6): { address: string; family: 4 | 6 } {
  if (family === 4) return { address, family };
  const zoneAt = address.indexOf('%');
  const bare = zoneAt < 0 ? address : address.slice(0, zoneAt);
  let text: string;
  try {
    text = new SocketAddress({ address: bare, family: 'ipv6' }).address;
  } catch {
    return { address: address.toLowerCase(), family };
  }
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (mapped && zoneAt < 0) return { address: mapped[1]!, family: 4 };
  return { address: zoneAt < 0 ? text : `${text}${address.slice(zoneAt)}`, family: 6 };
}

/**
 * An `address:port` or `[address]:port` text (as formatAddress writes it) in the spelling of canonicalIp:
 * `[::ffff:7f00:1]:123` is `127.0.0.1:123`. Text of another shape is returned in lower case.
 */
export function canonicalEndpoint(text: string): string {
  const v6 = /^\[([^\]]+)\](:\d+)?$/.exec(text);
  if (v6) {
    const ip = canonicalIp(v6[1]!, 6);
    const port = v6[2] ?? '';
    return ip.family === 4 ? `${ip.address}${port}` : `[${ip.address}]${port}`;
  }
  return text.toLowerCase();
}
