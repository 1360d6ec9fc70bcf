import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  DEFAULT_NTP_SERVERS,
  echo,
  INPUTS,
  InputError,
  parseDuration,
  parseHttpsServers,
  parseServer,
  parseServerList,
  readConfig,
} from '../../src/config/config.js';
import { actionYmlInputs } from '../support/action-runner.js';
import { VERSION } from '../../src/version.js';
import { PROFILES } from '../../src/config/profiles.js';

const none = () => undefined;

describe('durations', () => {
  it.each([
    ['1500ms', 1500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['2.5s', 2500],
    ['10', 10_000],
    [' 7 m ', 420_000],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text, 'timeout')).toBe(ms));

  it.each(['', 'soon', '-5s', '5 minutes', '1e3', 's', '5d', '1.s'])(
    '%j is refused naming the input and the form',
    (text) => {
      expect(() => parseDuration(text, 'max-offset')).toThrow(
        /^Invalid input 'max-offset': .* use a duration such as 1500ms, 30s, 5m or 1h/,
      );
    },
  );
});

describe('servers', () => {
  it.each([
    ['time.aws.com', 'time.aws.com', 123],
    ['Time.Cloudflare.com:4123', 'time.cloudflare.com', 4123],
    ['192.0.2.1', '192.0.2.1', 123],
    ['192.0.2.1:11123', '192.0.2.1', 11123],
    ['[2001:db8::1]:11123', '2001:db8::1', 11123],
    ['[::1]', '::1', 123],
    ['::1', '::1', 123],
    ['fe80::1:2:3:4', 'fe80::1:2:3:4', 123],
    ['[::ffff:192.0.2.1]:5', '::ffff:192.0.2.1', 5],
  ])('%s → %s port %d', (entry, host, port) => {
    expect(parseServer(entry, 'ntp-servers', 123)).toMatchObject({ host, port, label: entry });
  });

  it.each([
    'a.example;rm -rf /',
    'host name',
    '$(reboot)',
    '`id`',
    'a|b',
    'host:0',
    'host:65536',
    'host:12a',
    '999.1.1.1',
    '[not-ipv6]:123',
    '2001:db8::1:123:',
    '-leading.example',
    'a..b',
    'http://time.example',
    '1:2:3:4:5:6:7:8:9',
    'x'.repeat(64) + '.example',
  ])('%j is refused', (entry) => {
    expect(() => parseServer(entry, 'ntp-servers', 123)).toThrow(InputError);
  });

  it('splits on commas and newlines, trims, and treats none as no servers', () => {
    expect(parseServerList(' a.example ,\nb.example\n\n', 'ntp-servers', 123).map((s) => s.host)).toEqual([
      'a.example',
      'b.example',
    ]);
    expect(parseServerList('none', 'ntp-servers', 123)).toEqual([]);
    expect(() => parseServerList(' , ', 'ntp-servers', 123)).toThrow(/the list is empty/);
    expect(() => parseServerList('a.example,A.example', 'ntp-servers', 123)).toThrow(/listed twice/);
  });

  it('says that a URL is not a server, instead of blaming its port', () => {
    for (const url of ['http://127.0.0.1', 'ntp://time.example:123']) {
      expect(() => parseServerList(url, 'ntp-servers', 123)).toThrow(
        new RegExp(
          `^Invalid input 'ntp-servers': '${url.replace(/[./]/g, '\\$&')}' is a URL, not a server; use `,
        ),
      );
    }
  });

  it("refuses 'none' among servers, where it would have been looked up as a host name", () => {
    for (const text of ['none,127.0.0.1:1', '127.0.0.1:1,NONE', 'none,none']) {
      expect(() => parseServerList(text, 'ntp-servers', 123)).toThrow(
        "Invalid input 'ntp-servers': 'none' stands alone, for no servers; give servers or 'none'",
      );
    }
    expect(() => parseHttpsServers('none,https://time.example', {})).toThrow(/'none' stands alone/);
  });
});

describe('readConfig', () => {
  it('uses the documented defaults', () => {
    const c = readConfig(none);
    expect(c.ntpServers.map((s) => s.host)).toEqual(DEFAULT_NTP_SERVERS);
    expect(c).toMatchObject({
      aws: 'auto',
      warnOffsetMs: 5000,
      maxOffsetMs: 60_000,
      timeoutMs: 10_000,
      onUnreachable: 'fail',
    });
    expect(c.awsRegion).toBeUndefined();
  });

  it('takes the region from the input, else AWS_REGION, else AWS_DEFAULT_REGION', () => {
    expect(
      readConfig((n) => (n === 'aws-region' ? 'eu-west-2' : undefined), { AWS_REGION: 'us-west-2' })
        .awsRegion,
    ).toBe('eu-west-2');
    expect(readConfig(none, { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'ap-south-1' }).awsRegion).toBe(
      'us-west-2',
    );
    expect(readConfig(none, { AWS_DEFAULT_REGION: 'cn-north-1' }).awsRegion).toBe('cn-north-1');
    expect(readConfig(none, { AWS_REGION: 'eusc-de-east-1' }).awsRegion).toBe('eusc-de-east-1');
    expect(readConfig(none, { AWS_REGION: 'us-gov-west-1' }).awsRegion).toBe('us-gov-west-1');
  });

  it('refuses a region from the environment as bad input naming the variable, and ignores it with AWS off', () => {
    // Regression: the refusal looked up the accepted form under the decorated name and crashed instead
    // ("internal error: no input named aws-region (from AWS_REGION)").
    for (const [variable, value] of [
      ['AWS_REGION', 'moon'],
      ['AWS_REGION', ' '],
      ['AWS_DEFAULT_REGION', 'useast1'],
    ] as const) {
      const read = () => readConfig(none, { [variable]: value });
      expect(read).toThrow(InputError);
      expect(read).toThrow(
        `Invalid input 'aws-region (from ${variable})': '${value}' is not a region; use an AWS region name such as us-east-1 or eu-west-2`,
      );
    }
    const off = (n: string) => (n === 'aws' ? 'off' : undefined);
    expect(readConfig(off, { AWS_REGION: 'local' }).awsRegion).toBeUndefined();
    // A region the user gave is still checked.
    expect(() => readConfig((n) => ({ aws: 'off', 'aws-region': 'local' })[n], {})).toThrow(
      /^Invalid input 'aws-region': 'local' is not a region/,
    );
  });

  it('refuses warn-offset above max-offset, naming both', () => {
    expect(() => readConfig((n) => ({ 'warn-offset': '2m', 'max-offset': '1m' })[n])).toThrow(
      "Invalid input 'warn-offset': '2m' is larger than max-offset ('1m'); give a warn-offset no larger than max-offset",
    );
    expect(() => readConfig((n) => ({ 'warn-offset': '90s' })[n])).toThrow(
      "Invalid input 'warn-offset': '90s' is larger than max-offset ('60s', its default); give a warn-offset no larger than max-offset",
    );
  });

  it('says the accepted form for a duration too large and a max-offset of zero', () => {
    expect(() => parseDuration('9'.repeat(400), 'timeout')).toThrow(/ is too large; use /);
    expect(() => readConfig((n) => ({ 'max-offset': '0' })[n])).toThrow(
      /^Invalid input 'max-offset': '0' is not more than zero; use /,
    );
  });

  it('lets the default warn-offset (5s) yield to a smaller max-offset', () => {
    // Regression: `--max-offset 2s` alone was refused as "invalid --warn-offset: '5s' is larger than max-offset".
    const c = readConfig((n) => ({ 'max-offset': '2s' })[n]);
    expect(c.thresholds).toMatchObject({ warnOffsetMs: 2000, maxOffsetMs: 2000 });
  });

  it('refuses a config with no reference at all', () => {
    expect(() =>
      readConfig((n) => ({ 'ntp-servers': 'none', aws: 'off', 'nts-servers': 'none' })[n]),
    ).toThrow(/no time reference/);
  });
});

describe('the schema and action.yml agree', () => {
  it('declares every input of the schema in action.yml with the same default, and nothing else', () => {
    const yml = actionYmlInputs();
    expect([...yml.keys()].sort()).toEqual(INPUTS.map((i) => i.name).sort());
    for (const input of INPUTS) expect(yml.get(input.name)).toBe(input.default);
  });

  it('keeps the bundled version equal to package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

describe('a bad value quoted back', () => {
  it('shows what a reader cannot see', () => {
    // A zero-width space made a refused region look exactly like a valid one.
    expect(echo('\u200bus-east-1')).toBe("'\\u200bus-east-1'");
    expect(echo('a\u00a0b\u2028c\u0085d\u202ee')).toBe("'a\\u00a0b\\u2028c\\u0085d\\u202ee'");
    expect(echo('line\nbreak "quoted" tab\t')).toBe('\'line\\nbreak \\"quoted\\" tab\\t\'');
    expect(echo('plain text, with spaces')).toBe("'plain text, with spaces'");
    // Above U+FFFF in braces (\ue0001 read as \ue000 then 1), and never cut inside an escape.
    expect(echo('a\u{e0001}b')).toBe("'a\\u{e0001}b'");
    const cut = echo(`${'x'.repeat(57)}\u200b${'y'.repeat(10)}`);
    expect(cut).toBe(`'${'x'.repeat(57)}…' (68 characters)`);
  });
});

describe('the profile help', () => {
  it('says where each profile warns: at half its limit, or the profiles that warn earlier by name', () => {
    const text = INPUTS.find((i) => i.name === 'profile')!.description;
    for (const [name, p] of Object.entries(PROFILES)) {
      for (const side of [p.ahead, p.behind]) {
        // --help said every profile warns at half its limit; strict warns at 1 s of 5, oidc at 5 s of 60.
        if (side.warnMs !== side.maxMs / 2) expect(text).toContain(`${name} at ${side.warnMs / 1000} s`);
      }
    }
  });
});
