/**
 * Who runs an HTTPS server, for one vote per operator. Pure.
 *
 * The operator is the host's registrable domain under the ICANN section of the Public Suffix List
 * (tldts-icann): api.github.com and github.com are `github.com`; sts.eu-west-1.amazonaws.com and
 * sts.us-east-1.amazonaws.com are `amazonaws.com`; ghe.example.co.uk is `example.co.uk`. The ICANN
 * section on purpose, not the private one: the private section lists domains whose subdomains belong to
 * different customers (`*.github.io`, many `*.amazonaws.com` service zones), but the clock behind them is
 * still the hosting operator's, which is what a vote is about. An IP literal is its own operator (nothing
 * says who runs it), in one spelling (`[::ffff:7f00:1]` is `127.0.0.1`); a name with no public suffix at
 * all (`localhost`) is its own too. An IP address and a name without a domain are one vote with the others
 * that reached their address (policy.ts, votesOf): `localhost` and `127.0.0.1` on one port are one server.
 *
 * Not defended: one operator under unrelated domains (github.com and githubusercontent.com) at different
 * addresses. The list is the user's own, and each such name only adds a vote for an operator the user
 * chose to trust.
 */
// The package's own minified build: 84 KB in each bundle instead of 138 KB (its main entry is unminified).
import { getDomain } from 'tldts-icann/dist/index.cjs.min.js';
import { canonicalIp } from '../net/address.js';

/** `hostname` as URL.hostname gives it (IPv6 in brackets). */
export function operatorOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) {
    const ip = canonicalIp(host.slice(1, -1), 6);
    return ip.family === 4 ? ip.address : `[${ip.address}]`;
  }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return host;
  return getDomain(host, { allowPrivateDomains: false, extractHostname: false }) ?? host;
}
