import { describe, expect, it } from '@jest/globals';
import { parseArgs } from '../../src/cli/args.js';

describe('parseArgs', () => {
  it('defaults to check and reads --name value and --name=value alike', () => {
    const a = parseArgs(['--max-offset', '5m', '--warn-offset=10s', '--json']);
    expect(a.command).toBe('check');
    expect(a.json).toBe(true);
    expect(Object.fromEntries(a.inputs)).toEqual({ 'max-offset': '5m', 'warn-offset': '10s' });
  });

  it('knows help and version', () => {
    expect(parseArgs(['--help']).command).toBe('help');
    expect(parseArgs(['check', '-h']).command).toBe('help');
    expect(parseArgs(['--version']).command).toBe('version');
  });

  it('refuses unknown flags, commands and missing values with the input named', () => {
    expect(() => parseArgs(['--nope'])).toThrow("Invalid input 'flag': '--nope' is unknown");
    expect(() => parseArgs(['frobnicate'])).toThrow(/'frobnicate' is not a command/);
    expect(() => parseArgs(['--max-offset'])).toThrow(
      "Invalid input 'max-offset': --max-offset needs a value",
    );
    expect(() => parseArgs(['--json=maybe'])).toThrow(/not a boolean/);
  });

  it('refuses --json given twice, as any other flag (the second silently won)', () => {
    for (const argv of [
      ['--json', '--json'],
      ['--json=false', '--json'],
    ]) {
      expect(() => parseArgs(['check', ...argv])).toThrow("Invalid input '--json': given twice");
    }
  });

  it('refuses a flag given twice instead of silently taking the last value', () => {
    expect(() => parseArgs(['--max-offset', '1m', '--max-offset=2m'])).toThrow(
      "Invalid input 'max-offset': given twice",
    );
    expect(() => parseArgs(['--resync', '--resync=force'])).toThrow(/given twice/);
  });

  it('takes the word after a boolean flag as its value, for the config to check', () => {
    expect(parseArgs(['--resync', 'maybe']).inputs.get('resync')).toBe('maybe');
    expect(parseArgs(['--resync', 'force']).inputs.get('resync')).toBe('force');
    // A command or another flag after it leaves the flag bare.
    expect(parseArgs(['--resync', 'check']).inputs.get('resync')).toBe('true');
    expect(parseArgs(['--require-authenticated', '--json']).inputs.get('require-authenticated')).toBe('true');
    // explain's text is not a flag's value.
    const e = parseArgs(['explain', '--require-authenticated', 'Signature expired']);
    expect(e.inputs.get('require-authenticated')).toBe('true');
    expect(e.positional).toEqual(['Signature expired']);
  });

  it('refuses an empty value (an unset variable) instead of falling back to the defaults', () => {
    expect(() => parseArgs(['--ntp-servers', ''])).toThrow(/the value is empty; .*'none' turns NTP off/);
    expect(() => parseArgs(['--ntp-servers='])).toThrow(/the value is empty/);
  });

  it('keeps words after -- for wrapped commands', () => {
    expect(parseArgs(['check', '--', 'terraform', 'apply']).rest).toEqual(['terraform', 'apply']);
  });
});
