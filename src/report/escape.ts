/**
 * The one door: every string that leaves the program for GitHub's runner, a job summary or an output
 * passes through here. Text from outside (server replies, headers, error bodies, certificate names,
 * proxy lines) is data; these functions make sure it can only ever be read, never run or rendered as
 * markup, and that no single string can flood a log, an annotation, an output or the 1 MiB summary.
 *
 * Why these rules, from the runner's own parser (actions/runner, ActionCommandManager):
 * - a line is a workflow command when, trimmed of whitespace, it starts with `::` (`::set-output`,
 *   `::add-mask`, `::stop-commands`, `::warning`, …);
 * - the legacy form `##[command]` is honoured anywhere in a line, no newline needed.
 * A zero-width space between the two characters breaks both patterns and leaves the text readable.
 */

const ZWSP = '\u200B';

/** Longest single string in a log line, annotation or summary cell before it is cut. */
export const MAX_FIELD_CHARS = 2000;
/** An annotation's message (GitHub shows a few KB of it at most). */
const MAX_ANNOTATION_CHARS = 8000;
/** Any one step output value (the `sources` JSON included). */
export const MAX_OUTPUT_CHARS = 64 * 1024;
/** One job summary write; GitHub refuses summaries over 1 MiB per step. */
export const MAX_SUMMARY_CHARS = 256 * 1024;

/**
 * Cuts `text` to at most `maxChars` characters, saying how much was left out. Never splits a surrogate
 * pair (a cut emoji would be invalid UTF-16 in the output).
 */
export function cap(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const marker = (n: number) => `… (${n} more characters cut)`;
  let keep = Math.max(0, maxChars - marker(text.length).length);
  const code = text.charCodeAt(keep - 1);
  if (code >= 0xd800 && code <= 0xdbff) keep -= 1;
  return text.slice(0, keep) + marker(text.length - keep);
}

/**
 * Neutralises workflow commands in text bound for the runner's stdout (log lines, annotation messages
 * and titles, everything the CLI prints): `::` at the start of any line (after whitespace)
 * and `##[` anywhere. Everything else is left as it was.
 */
export function neutraliseWorkflowCommands(text: string): string {
  return text
    .replace(/##\[/g, `#${ZWSP}#[`)
    .replace(LINE_START_COMMAND, (_m, lead: string) => `${lead}:${ZWSP}`);
}

/**
 * `::` after the white space the runner trims. It trims with .NET's Char.IsWhiteSpace, which also counts
 * U+0085 (NEXT LINE); JavaScript's \s does not, so a line starting with U+0085 then `::` got through.
 */
const LINE_START_COMMAND = /^((?:[^\S\r\n]|\u0085)*):(?=:)/gm;

/** A log line or annotation text: workflow commands neutralised, length capped. */
export function forLog(text: string, maxChars = MAX_ANNOTATION_CHARS): string {
  // Cut first (a 50 MB body is never scanned whole), then again: the separators add a few characters,
  // and a cut can only end the text with the marker, never create a `##[` or a line-start `::`.
  return cap(neutraliseWorkflowCommands(cap(text, maxChars)), maxChars);
}

/**
 * An annotation title: one line (the runner shows only the first), no workflow command, capped.
 * @actions/core escapes `,` `:` and newlines in properties itself; this is about what the title says.
 */
export function forTitle(text: string): string {
  return cap(neutraliseWorkflowCommands(cap(text, 400).replace(/\s*[\r\n]+\s*/g, ' ')), 200);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text as Markdown that renders exactly as the text: HTML and Markdown metacharacters escaped, so a
 * server's `<img onerror>`, `[link](…)`, `| table |`, `# heading` or `**bold**` shows as those characters.
 * Line breaks become spaces: a paragraph or table cell is one line, so nothing can start a new block.
 * Our own messages mark commands as `code` spans; a span's content is literal in Markdown (HTML included),
 * so spans are kept as spans and only backticks without a partner are escaped.
 */
export function markdownText(text: string, maxChars = MAX_FIELD_CHARS, inTable = false): string {
  const oneLine = cap(text, maxChars).replace(/[\r\n]+/g, ' ');
  const parts = oneLine.split(/(`[^`]+`)/);
  return (
    parts
      // In a GFM table a `|` ends the cell even inside a code span, unless escaped.
      .map((part, i) =>
        i % 2 === 1
          ? inTable
            ? part.replace(/\|/g, '\\|')
            : part
          : escapeMarkdownPlain(part, !inTable && i === 0),
      )
      .join('')
  );
}

function escapeMarkdownPlain(text: string, startsLine: boolean): string {
  const inline = text.replace(/[\\`*_{}[\]()!|~]/g, (c) => `\\${c}`);
  // Block starters (heading, list item) matter only at the start of a line, and each rendered string is
  // one line; inside a table cell nothing starts a block.
  const block = startsLine
    ? inline.replace(/^(\s*)([#+-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2')
    : inline;
  return (
    block
      .replace(/[&<>]/g, (c) => HTML_ENTITIES[c]!)
      // Bare URLs become links in GitHub Markdown; a server's URL should not be a link in our summary.
      .replace(/:\/\//g, '\\://')
  );
}

/** A Markdown table cell: as markdownText, capped tighter (a table of many rows must stay readable). */
export function markdownCell(text: string, maxChars = 500): string {
  return markdownText(text, maxChars, true);
}
