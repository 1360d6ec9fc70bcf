/**
 * The loop every recogniser runs: each match of one of its patterns, in text order, up to a cap.
 *
 * The cap counts the recogniser's hits, not this pattern's matches, because that is what must stay
 * bounded: a log with thousands of warnings yields at most `cap` hits however its patterns share them.
 * Patterns are module constants with the `g` flag, so their lastIndex is reset here, not by each caller.
 */
export function* matches(
  pattern: RegExp,
  text: string,
  hits: { readonly length: number },
  cap: number,
): Generator<RegExpExecArray, void, undefined> {
  pattern.lastIndex = 0;
  while (hits.length < cap) {
    const m = pattern.exec(text);
    if (m === null) return;
    // An empty match leaves lastIndex where it was; step past it rather than find it forever.
    if (m[0].length === 0) pattern.lastIndex++;
    yield m;
  }
}
