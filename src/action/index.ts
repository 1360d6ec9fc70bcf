import * as core from '@actions/core';
import { exitWhenDone, installProcessGuard } from '../guard.js';
import { run } from './main.js';
import { runPost } from './post.js';
import { STATE_IS_POST } from './state.js';

// The AWS SDK warns about the Node version it runs on; that is about us, not about the user's clock.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// action.yml runs this same bundle as `main` and as `post`; the state saved by main tells them apart.
if (core.getState(STATE_IS_POST) === 'true') {
  // The post step never fails a job whose work is done, not even on an internal error.
  installProcessGuard({
    report: (line) => core.warning(`clock-preflight post-check: ${line}`),
    internalErrorCode: 0,
  });
  await runPost();
  exitWhenDone((line) => core.info(`clock-preflight post-check: ${line}`));
} else {
  installProcessGuard({
    report: (line) => core.setFailed(`clock-preflight: ${line}`),
    internalErrorCode: core.ExitCode.Failure,
  });
  core.saveState(STATE_IS_POST, 'true');
  await run();
  exitWhenDone((line) => core.info(`clock-preflight: ${line}`));
}
