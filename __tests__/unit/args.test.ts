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
    expect(() => parseArgs(['--nope'])).toThrow("Invalid input 'nope': unknown flag --nope");
    expect(() => parseArgs(['frobnicate'])).toThrow(/'frobnicate' is not a command/);
    expect(() => parseArgs(['--max-offset'])).toThrow(
      "Invalid input 'max-offset': --max-offset needs a value",
    );
    expect(() => parseArgs(['--json=maybe'])).toThrow(/not a boolean/);
  });

  it('keeps words after -- for wrapped commands', () => {
    expect(parseArgs(['check', '--', 'terraform', 'apply']).rest).toEqual(['terraform', 'apply']);
  });
});
