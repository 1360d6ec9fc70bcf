/**
 * Error texts arrive wrapped: JSON-escaped inside a log line, HTML-escaped XML, coloured by a terminal,
 * boxed and word-wrapped by Terraform (`│ ` at each line start), prefixed with a timestamp by the GitHub
 * Actions log. The parsers see one plain form, so that a message matches however it was carried.
 *
 * Every step is a single linear pass, and the input is capped: `explain -` may be handed a whole CI log.
 */

/** Beyond this many characters, only the head and the tail are read (errors sit near the end of logs). */
export const MAX_INPUT_CHARS = 1_000_000;
const HEAD_CHARS = 200_000;

export interface Normalised {
  text: string;
  truncated: boolean;
}

function unescapeOnce(text: string): string {
  return text
    .replace(/\\u00(3c|3C|3e|3E|26|22|27)/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\[nrt]/g, ' ')
    .replace(/\\(["'/\\])/g, '$1');
}

export function normalise(input: string): Normalised {
  let text = typeof input === 'string' ? input : String(input);
  let truncated = false;
  if (text.length > MAX_INPUT_CHARS) {
    text = text.slice(0, HEAD_CHARS) + '\n' + text.slice(text.length - (MAX_INPUT_CHARS - HEAD_CHARS));
    truncated = true;
  }
  text = text.replace(/\r\n?/g, '\n');
  // ANSI colour and cursor sequences.
  // eslint-disable-next-line no-control-regex -- they start with ESC, which is exactly what to remove.
  text = text.replace(/\x1b\[[0-9;?]{0,32}[A-Za-z]/g, '');
  // Escaped twice happens (a JSON string holding a JSON body), so undo escaping at most twice.
  for (let i = 0; i < 2; i++) {
    const next = unescapeOnce(text);
    if (next === text) break;
    text = next;
  }
  text = text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  // GitHub Actions log timestamps and Terraform's diagnostic box, at line starts.
  text = text.replace(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z[ \t]/gm, '');
  text = text.replace(/^[ \t]*[│┃╷╵|]+[ \t]?/gm, '');
  return { text, truncated };
}

/** The excerpt shown as evidence: the match, whitespace collapsed, bounded. */
export function excerpt(text: string, start: number, end: number, maxChars = 600): string {
  const s = text
    .slice(start, Math.min(end, start + maxChars * 2))
    .replace(/\s+/g, ' ')
    .trim();
  return s.length > maxChars ? s.slice(0, maxChars - 1) + '…' : s;
}
