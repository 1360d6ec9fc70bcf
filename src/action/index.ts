import * as core from '@actions/core';
import { exitWhenDone, installProcessGuard, settleEntry } from '../guard.js';
import { run as runMain } from './main.js';
import { run as runPost } from './post.js';
import { STATE_IS_POST } from './state.js';
import { asSentence, throughRunnerFile } from './runner-files.js';
import { forLog } from '../report/escape.js';

// The AWS SDK warns about the Node version it runs on; that is about us, not about the user's clock.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// action.yml runs this same bundle as `main` and as `post`; the state saved by main tells them apart.
if (core.getState(STATE_IS_POST) === 'true') {
  // The post step never fails a job whose work is done, not even on an internal error.
  installProcessGuard({
    report: (line) => core.warning(forLog(`clock-preflight post-check: ${line}`)),
    internalErrorCode: 0,
  });
  settleEntry(runPost(), () => exitWhenDone((line) => core.info(`clock-preflight post-check: ${line}`)));
} else {
  installProcessGuard({
    report: (line) => core.setFailed(`clock-preflight: ${forLog(line)}`),
    // After the verdict: a warning, and the step ends with the verdict's code.
    warn: (line) => core.warning(`clock-preflight: ${forLog(line)}`),
    internalErrorCode: core.ExitCode.Failure,
  });
  try {
    throughRunnerFile('GITHUB_STATE', () => core.saveState(STATE_IS_POST, 'true'));
  } catch (error) {
    // No usable GITHUB_STATE: the check still runs and decides; only the post step loses its marker.
    core.warning(
      forLog(
        `clock-preflight could not write the post step's marker (GITHUB_STATE): ${asSentence(error)} ` +
          'The check below still decides this step; the post step will not be able to compare.',
      ),
      { title: 'clock-preflight could not write a runner file' },
    );
  }
  settleEntry(runMain(), () => exitWhenDone((line) => core.info(`clock-preflight: ${forLog(line)}`)));
}
