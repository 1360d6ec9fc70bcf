/**
 * `run -- COMMAND` with a reader slower than the command: the command's output must wait in the command
 * (its write blocks on a full pipe), not pile up in this process. A real child process writing 16 MB as
 * fast as it can, and an output stream that takes 64 KB at a time and drains slowly, as an asynchronous
 * pipe does on macOS and Windows (on Linux process.stdout writes to a pipe block instead, which hides the
 * problem). Before back-pressure, all 16 MB were queued in the output stream at once.
 *
 * And the watch for time errors must keep up with a fast command: scanning is incremental and cheap, so
 * 32 MB of ordinary output pass through in seconds with the error at the end still found.
 */
import { describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { runCommand } from '../../src/cli/run.js';

const MB = 1024 * 1024;

function writer(totalMb: number, last = ''): string[] {
  return [
    process.execPath,
    '-e',
    `const b = Buffer.alloc(65536, 'x\\n'); let n = 0;
     const w = () => { while (n < ${totalMb * 16}) { n++; if (!process.stdout.write(b)) return process.stdout.once('drain', w); }
       process.stdout.write(${JSON.stringify(last)}); if (${JSON.stringify(last)}) process.exitCode = 1; };
     w();`,
  ];
}

describe('run -- with a slow reader', () => {
  it('pauses the command instead of queueing its output (16 MB through a 64 KB stream)', async () => {
    let delivered = 0;
    let maxQueued = 0;
    const sink = new Writable({
      highWaterMark: 64 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        delivered += chunk.length;
        setTimeout(callback, 2);
      },
    });
    const code = await runCommand({
      argv: writer(16),
      env: process.env,
      measure: async () => undefined,
      io: {
        stdout: (t) => {
          const ok = sink.write(t);
          maxQueued = Math.max(maxQueued, sink.writableLength);
          return ok;
        },
        stderr: () => true,
        drained: () => new Promise((resolve) => sink.once('drain', resolve)),
      },
    });
    await new Promise<void>((resolve) => sink.end(resolve));
    expect(code).toBe(0);
    expect(delivered).toBe(16 * MB);
    // One chunk beyond the stream's mark at most; without back-pressure this was the whole 16 MB.
    expect(maxQueued).toBeLessThanOrEqual(64 * 1024 + 64 * 1024);
  }, 120_000);

  it('finds a time error after 32 MB of output', async () => {
    const error =
      'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: Signature expired: 20260627T140000Z is now earlier than 20260627T141500Z (20260627T143000Z - 15 min.)\n';
    let stderr = '';
    const started = performance.now();
    const code = await runCommand({
      argv: writer(32, error),
      env: { PATH: process.env.PATH },
      measure: async () => undefined,
      io: {
        stdout: () => true,
        stderr: (t) => (stderr += String(t)),
      },
    });
    const elapsedMs = performance.now() - started;
    expect(code).toBe(1);
    expect(stderr).toMatch(/with a time error in its output/);
    process.stdout.write(`  32 MB through run's watch in ${Math.round(elapsedMs)} ms\n`);
  }, 120_000);
});
