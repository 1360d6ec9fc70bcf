#!/usr/bin/env node
import { exitWhenDone, installProcessGuard } from '../guard.js';
import { main } from './main.js';
import { EXIT_FAIL } from './io.js';

// The AWS SDK warns about the Node version it runs on; that is about us, not about the user's clock.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const say = (line: string) => process.stderr.write(`clock-preflight: ${line}\n`);
installProcessGuard({ report: say, internalErrorCode: EXIT_FAIL });

process.exitCode = await main(process.argv.slice(2), {
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
  // A getter: touching process.stdin builds a stream, which only explain needs.
  get stdin() {
    return process.stdin;
  },
});
exitWhenDone(say);
