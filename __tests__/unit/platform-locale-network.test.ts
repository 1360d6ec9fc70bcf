/** Facts that must not depend on the machine's language, and macOS Local Network privacy. */
import { describe, expect, it } from '@jest/globals';
import { SC_STATE_STOPPED } from '../../src/resync/strategies/windows.js';
import { isLocalNetworkHost, localNetworkNote } from '../../src/platform/local-network.js';
import type { SourceResult } from '../../src/model.js';
import { describeSocketError } from '../../src/sources/udp-exchange.js';

describe('W32Time stopped, from `sc query` in any language', () => {
  it('reads the state number, not the words', () => {
    expect(SC_STATE_STOPPED.test('        STATE              : 1  STOPPED')).toBe(true);
    // German Windows translates the label.
    expect(SC_STATE_STOPPED.test('        STATUS             : 1  STOPPED')).toBe(true);
    expect(SC_STATE_STOPPED.test('        ÉTAT               : 1  STOPPED')).toBe(true);
    // Should a state name ever be translated too, the number still says it.
    expect(SC_STATE_STOPPED.test('        STATUS             : 1  BEENDET')).toBe(true);
  });

  it('does not take a running service or other fields for stopped', () => {
    const running = [
      'SERVICE_NAME: w32time',
      '        TYPE               : 30  WIN32',
      '        STATE              : 4  RUNNING',
      '                                (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)',
      '        WIN32_EXIT_CODE    : 0  (0x0)',
      '        SERVICE_EXIT_CODE  : 0  (0x0)',
      '        CHECKPOINT         : 0x0',
      '        WAIT_HINT          : 0x0',
    ].join('\r\n');
    expect(SC_STATE_STOPPED.test(running)).toBe(false);
    expect(SC_STATE_STOPPED.test('        WIN32_EXIT_CODE    : 1077  (0x435)')).toBe(false);
  });
});

const unreachable = (target: string, address?: string): SourceResult => ({
  kind: 'ntp',
  target,
  ...(address ? { address } : {}),
  status: 'error',
  reason: 'network unreachable (EHOSTUNREACH)',
  authenticated: false,
  requests: 1,
});

describe('macOS Local Network privacy', () => {
  it('knows local-network addresses', () => {
    for (const h of [
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.1',
      '192.168.1.10',
      '169.254.169.123',
      'fd00::1',
      'fe80::1',
      'ntp.office.local',
    ])
      expect([h, isLocalNetworkHost(h)]).toEqual([h, true]);
    for (const h of ['172.32.0.1', '8.8.8.8', '2606:4700::1', 'time.cloudflare.com'])
      expect([h, isLocalNetworkHost(h)]).toEqual([h, false]);
  });

  it('says what to grant when a LAN NTP server is "unreachable" on macOS', () => {
    const note = localNetworkNote('darwin', [
      unreachable('ntp.corp.example', '10.0.0.5:123'),
      unreachable('[fd00::7]:123'),
    ]);
    expect(note).toMatch(/ntp\.corp\.example, \[fd00::7\]:123/);
    expect(note).toMatch(/Local Network privacy/);
    expect(note).toMatch(/Privacy & Security › Local Network/);
    expect(note).toMatch(/LaunchDaemon/);
  });

  it('quotes what the runner printed for the refused address, not another error', () => {
    // What an NTP source reports when macOS refuses a LAN address: Local Network privacy gives EHOSTUNREACH.
    const refused: SourceResult = {
      ...unreachable('10.0.0.5:123'),
      reason: describeSocketError('EHOSTUNREACH', { address: '10.0.0.5', family: 4, port: 123 }, 'NTP'),
    };
    const note = localNetworkNote('darwin', [refused])!;
    expect(note).toMatch(/^macOS reported "host unreachable \(EHOSTUNREACH\)" for 10\.0\.0\.5:123 /);
    expect(note).not.toMatch(/network unreachable/);
    // A source that words it otherwise is quoted as it printed it.
    expect(localNetworkNote('darwin', [refused, unreachable('[fd00::7]:123')])).toMatch(
      /^macOS reported "host unreachable \(EHOSTUNREACH\)", "network unreachable \(EHOSTUNREACH\)" for 10\.0\.0\.5:123, \[fd00::7\]:123 /,
    );
  });

  it('stays quiet elsewhere: another OS, an internet server, or another error', () => {
    expect(localNetworkNote('linux', [unreachable('10.0.0.5:123')])).toBeUndefined();
    expect(
      localNetworkNote('darwin', [unreachable('time.cloudflare.com', '162.159.200.1:123')]),
    ).toBeUndefined();
    expect(
      localNetworkNote('darwin', [
        {
          ...unreachable('10.0.0.5:123'),
          status: 'timeout',
          reason: 'no reply to 3 requests before the deadline',
        },
      ]),
    ).toBeUndefined();
  });
});
