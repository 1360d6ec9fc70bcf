#!/usr/bin/env node
import { main } from './main.js';

// The AWS SDK warns about the Node version it runs on; that is about us, not about the user's clock.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
  // A getter: touching process.stdin builds a stream, which only explain needs.
  get stdin() {
    return process.stdin;
  },
});
