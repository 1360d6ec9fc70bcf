/**
 * macOS: `sntp -sS <server>` steps the clock (slews small offsets) from one server. Servers are tried in
 * turn until one answers. On GitHub-hosted macOS, time.apple.com has been unreachable (UDP 123 blocked in
 * Azure) while time.windows.com answers, which is what GitHub support recommended
 * (actions/runner#2996), so it goes first there. Elsewhere the user's servers go first, then Apple's.
 * A wrong single answer is caught by the second measurement, which asks every configured source.
 */
import type { Attempt, Strategy, StrategyContext } from '../strategy.js';

/** sntp takes a host name or address and always uses port 123. */
function port123Host(server: string): string | undefined {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
  if (bracketed) return bracketed[2] === undefined || bracketed[2] === '123' ? bracketed[1] : undefined;
  const parts = server.split(':');
  if (parts.length > 2) return server; // a bare IPv6 address
  return parts[1] === undefined || parts[1] === '123' ? parts[0] : undefined;
}

export function macosServers(ctx: StrategyContext): string[] {
  const own = (ctx.servers ?? []).map(port123Host).filter((s): s is string => !!s);
  const order =
    ctx.runner === 'github-hosted'
      ? ['time.windows.com', ...own, 'time.apple.com']
      : [...own, 'time.apple.com', 'time.windows.com'];
  return [...new Set(order)].slice(0, 4);
}

export function macosStrategy(ctx: StrategyContext): Strategy {
  const attempts: Attempt[] = macosServers(ctx).map((server) => ({
    name: `sntp ${server}`,
    steps: [
      {
        id: 'sntp',
        argv: ['sntp', '-sS', server],
        purpose: `step the clock from ${server}`,
        privileged: true,
        maxMs: 10_000,
      },
    ],
  }));
  return {
    kind: 'macos',
    label: 'macOS sntp',
    attempts,
    whenAllFail:
      'No NTP server answered sntp; UDP port 123 is probably blocked on this network. Keep "Set time and date automatically" on, or use resync-method: set-clock, which sets the clock from the HTTPS/STS consensus.',
  };
}
