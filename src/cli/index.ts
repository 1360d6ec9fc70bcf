#!/usr/bin/env node
import {
  afterVerdict,
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

// A reader that goes away after the verdict (`check --metrics-file F | head -c0`) cuts the report short, and
// nothing more: the metrics after it are still delivered, and the verdict's exit code stands. Before the
// verdict it is an internal error, in the guard's words, as any other failure then.
let outputClosed = false;
process.stdout.on('error', (error: Error) => {
  if (!isClosedOutput(error) || !afterVerdict()) throw error;
  if (outputClosed) return;
  outputClosed = true;
  say(closedOutputLine());
});

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
