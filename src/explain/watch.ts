/**
 * Watches a stream of command output for time errors with bounded memory: it keeps a window of recent
 * text, scans it when it fills, and keeps only a bounded set of what it found. Byte chunks are decoded as
 * UTF-8 in streaming mode, so a character split across chunks is read whole.
 *
 * A message split by a scan boundary is found whole in the next scan (the window keeps the last
 * `windowChars`); the partial reading found before it scores lower and loses in pickBest.
 */
import { pickBest, recognizeAll } from './index.js';
import type { Hit } from './types.js';

export const DEFAULT_WINDOW_CHARS = 64 * 1024;
const MAX_HITS = 50;

export class OutputWatcher {
  private readonly decoder = new TextDecoder('utf-8');
  private buffer = '';
  private readonly hits = new Map<string, Hit>();

  constructor(private readonly windowChars = DEFAULT_WINDOW_CHARS) {}

  push(chunk: Uint8Array | string): void {
    this.buffer += typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    if (this.buffer.length >= 2 * this.windowChars) {
      this.scan();
      this.buffer = this.buffer.slice(-this.windowChars);
    }
  }

  /** Everything found, oldest first. Call once, at the end of the stream. */
  finish(): Hit[] {
    this.buffer += this.decoder.decode();
    this.scan();
    this.buffer = '';
    return [...this.hits.values()];
  }

  private scan(): void {
    for (const h of recognizeAll(this.buffer)) {
      const key = `${h.kind}\u0000${h.evidence}`;
      // Re-insert so that the map's order is the order last seen; drop the oldest beyond the cap.
      this.hits.delete(key);
      this.hits.set(key, h);
      if (this.hits.size > MAX_HITS) this.hits.delete(this.hits.keys().next().value as string);
    }
  }
}

/** The one error to explain among several streams' findings. */
export function bestOf(...found: Hit[][]): Hit | undefined {
  return pickBest(found.flat());
}
