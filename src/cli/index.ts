#!/usr/bin/env node
import {
  closedOutputLine,
  exitWhenDone,
  installProcessGuard,
  isClosedOutput,
  settleEntry,
} from '../guard.js';
import { main } from './main.js';
import { EXIT_FAIL } from './io.js';

// The AWS SDK warns about the Node version it runs on; that is about us, not about the user's clock.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const say = (line: string) => process.stderr.write(`clock-preflight: ${line}\n`);
installProcessGuard({ report: say, internalErrorCode: EXIT_FAIL });

// A reader that goes away (`check --metrics-file F | head -c0`, `run -- CMD | head -c1`, `--help | head`)
// is not our bug: what was left to print is dropped, the work goes on, and the exit code is the one it
// would have been (the verdict's, the wrapped command's, explain's 0). One line says so on stderr; a
// closed stderr has nowhere to say it. `run` stops passing its command's output on to the closed stream.
function whenClosed(stream: 'stdout' | 'stderr', first = () => {}): Promise<void> {
  let closed = false;
  return new Promise((resolve) => {
    process[stream].on('error', (error: Error) => {
      if (!isClosedOutput(error)) throw error;
      if (closed) return;
      closed = true;
      first();
      resolve();
    });
  });
}
const closedStreams = {
  stdout: whenClosed('stdout', () => say(closedOutputLine())),
  stderr: whenClosed('stderr'),
};

// A command that subscribed to SIGINT/SIGTERM (wait) has said its last line when it returns: exit at once.
let stopped = false;
const work = main(process.argv.slice(2), {
  onStop: (handler) => {
    const on = (signal: NodeJS.Signals) => {
      stopped = true;
      handler(signal);
    };
    process.once('SIGINT', on).once('SIGTERM', on);
    return () => process.off('SIGINT', on).off('SIGTERM', on);
  },
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  closed: (stream) => closedStreams[stream],
  drained: (stream) =>
    new Promise<void>((resolve) => {
      const s = process[stream];
      const done = () => {
        s.off('drain', done).off('close', done).off('error', done);
        resolve();
      };
      s.on('drain', done).on('close', done).on('error', done);
    }),
  env: process.env,
  ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
  // Touching process.stdin builds a stream, which only explain needs.
  stdin: () => process.stdin,
});
settleEntry(work, (code) => {
  process.exitCode = code;
  if (stopped) process.exit();
  exitWhenDone(say);
});
