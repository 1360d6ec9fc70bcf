/** The one door: workflow commands, legacy `##[` commands, HTML and Markdown from outside stay data. */
import { describe, expect, it } from '@jest/globals';
import {
  cap,
  forLog,
  forTitle,
  markdownCell,
  markdownText,
  neutraliseWorkflowCommands,
} from '../../src/report/escape.js';

/**
 * What the runner treats as a command: a line starting with `::` once trimmed, or `##[` anywhere in a line.
 * The runner trims with .NET's Char.IsWhiteSpace, which counts U+0085 (NEXT LINE) as white space too.
 */
function runnerWouldRun(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .filter((line) => line.replace(/^[\s\u0085]+/, '').startsWith('::') || line.includes('##['));
}

describe('neutraliseWorkflowCommands', () => {
  it.each([
    ['::set-output name=status::ok'],
    ['::add-mask::secret'],
    ['::stop-commands::token'],
    ['::warning file=x::hi'],
    ['::error::boom'],
    ['::notice title=t::n'],
    ['::debug::d'],
    ['::group::g'],
    ['::endgroup::'],
    ['::save-state name=isPost::true'],
    ['::add-path::/tmp/evil'],
    ['::set-env name=NODE_OPTIONS::--require=/tmp/x'],
    ['   ::set-output name=status::ok'],
    ['\t::set-output name=status::ok'],
    // U+0085: white space to the runner's TrimStart, not to JavaScript's \s; it got through.
    ['\u0085::add-mask::secret'],
    [' \u0085\u00a0::error::boom'],
  ])('a line %j after a newline does not reach the runner as a command', (command) => {
    for (const newline of ['\n', '\r\n', '\r']) {
      const text = `AWS said: bad${newline}${command}${newline}more`;
      expect(runnerWouldRun(neutraliseWorkflowCommands(text))).toEqual([]);
    }
    // At the very start of the text, too.
    expect(runnerWouldRun(neutraliseWorkflowCommands(command))).toEqual([]);
  });

  it.each([
    ['##[warning]x'],
    ['a ##[error]b'],
    ['##[set-output name=status;]ok'],
    ['x##[add-mask]y##[debug]z'],
  ])('the legacy form %j is neutralised anywhere in a line, no newline needed', (text) => {
    expect(neutraliseWorkflowCommands(text)).not.toContain('##[');
  });

  it('leaves ordinary text readable: the same characters apart from an invisible separator', () => {
    const text = 'Runner clock is 7 m 0 s behind; ipv6 [::1]:123 and a::b and a ##x';
    expect(neutraliseWorkflowCommands(text)).toBe(text);
    const hostile = '::set-output name=x::y ##[warning]z';
    expect(neutraliseWorkflowCommands(hostile).replace(/\u200B/g, '')).toBe(hostile);
  });
});

describe('forLog and forTitle', () => {
  it('caps a 50 MB body to a few KB and still neutralises what is left', () => {
    const body = '\n::set-output name=status::ok\n' + 'A'.repeat(50 * 1024 * 1024);
    const out = forLog(body);
    expect(out.length).toBeLessThanOrEqual(8000);
    expect(out).toMatch(/more characters cut\)$/);
    expect(runnerWouldRun(out)).toEqual([]);
  });

  it('a title is one line, capped, with no command in it', () => {
    const title = forTitle('clock\n::add-mask::x ##[error]y' + 'B'.repeat(1000));
    expect(title).not.toMatch(/[\r\n]/);
    expect(title.length).toBeLessThanOrEqual(200);
    expect(runnerWouldRun(title)).toEqual([]);
  });
});

describe('markdownText', () => {
  it('escapes HTML: an <img onerror> shows as text', () => {
    const out = markdownText('<img src=x onerror=alert(1)> & <script>alert(2)</script> "q" \'s\'');
    expect(out).not.toMatch(/[<>]/);
    expect(out).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(out).toContain('&amp;');
  });

  it.each([
    ['[click](https://evil.example)', /\\\[click\\\]\\\(https\\:\/\/evil\.example\\\)/],
    ['![x](https://evil.example/p.png)', /^\\!\\\[x\\\]/],
    ['# heading', /^\\# heading$/],
    ['**bold** _it_ ~~s~~', /^\\\*\\\*bold\\\*\\\* \\_it\\_ \\~\\~s\\~\\~$/],
    ['| a | b |', /^\\\| a \\\| b \\\|$/],
    ['- item', /^\\- item$/],
    ['back\\slash', /^back\\\\slash$/],
  ])('escapes Markdown metacharacters in %j', (text, escaped) => {
    expect(markdownText(text)).toMatch(escaped);
  });

  it('leaves ordinary prose readable: apostrophes, numbers, signs and host names as they are', () => {
    expect(markdownText("GitHub's runner is +7 m 0.0 s off at 127.0.0.1:123, us-east-1")).toBe(
      "GitHub's runner is +7 m 0.0 s off at 127.0.0.1:123, us-east-1",
    );
    expect(markdownText('1. first')).toBe('1\\. first');
    expect(markdownText('+ item')).toBe('\\+ item');
  });

  it('turns line breaks into spaces, so that nothing can start a block or a table row', () => {
    const out = markdownText('ok\n| x | y |\n|---|---|\n<details>\r\n# h');
    expect(out).not.toMatch(/[\r\n]/);
  });

  it('keeps our own code spans as code (their content is literal in Markdown) and escapes a lone backtick', () => {
    expect(markdownText('Run `sudo chronyc -a makestep` now')).toBe('Run `sudo chronyc -a makestep` now');
    expect(markdownText('a ` b')).toBe('a \\` b');
    // In a table, `|` inside a span still ends the cell unless escaped.
    expect(markdownCell('`a|b`')).toBe('`a\\|b`');
  });

  it('caps what it is given', () => {
    expect(markdownText('x'.repeat(10_000), 100).length).toBeLessThan(130);
  });
});

describe('cap', () => {
  it('leaves short text alone and says how much it cut from long text', () => {
    expect(cap('short', 10)).toBe('short');
    const out = cap('y'.repeat(1000), 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out).toMatch(/^y+… \(\d+ more characters cut\)$/);
  });

  it('never splits a surrogate pair', () => {
    const out = cap('😀'.repeat(100), 50);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
