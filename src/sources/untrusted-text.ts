/**
 * Text a server chose (an error message, a header, a status line, a certificate name) kept as data before
 * it enters a SourceResult. Pure.
 *
 * This is not the escaping for an output format (that happens where text leaves the program, once per
 * format); it makes sure a reason or a detail is one short line: a hostile server cannot start a new line
 * of the log (where `::set-output` would become a workflow command), hide text behind bidirectional
 * overrides, or fill the report.
 */

/** A reason built from a server's words stays readable in one line of a report. */
export const MAX_QUOTED_CHARS = 200;

// C0 and C1 controls, DEL, line and paragraph separators, bidirectional embeddings, overrides and isolates.
const LINE_BREAKING = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * One line of at most `maxChars` characters (an ellipsis marks the cut): line breaks and tabs become a
 * space, other control and direction-changing characters U+FFFD.
 */
export function untrustedText(value: unknown, maxChars = MAX_QUOTED_CHARS): string {
  const text = String(value).replace(LINE_BREAKING, ' ').replace(INVISIBLE, '\ufffd');
  const chars = Array.from(text);
  return chars.length <= maxChars ? text : `${chars.slice(0, Math.max(0, maxChars - 1)).join('')}…`;
}

// INVISIBLE without the line feed and the tab, which a report's own layout uses.
const CONTROLS_BUT_LAYOUT =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Text for a terminal or a log, its lines kept: the same controls and direction-changing characters as
 * untrustedText() become U+FFFD (an error text pasted into `explain` can hold an escape sequence that
 * retitles the window or clears the screen), only line feeds and tabs stay. Not capped.
 */
export function withoutControls(text: string): string {
  // A CRLF line end (a log from Windows) is a line end, not a control to show.
  return text.replace(/\r\n/g, '\n').replace(CONTROLS_BUT_LAYOUT, '\ufffd');
}
