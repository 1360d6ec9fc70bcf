import * as core from '@actions/core';
import { run } from './main.js';
import { runPost } from './post.js';
import { STATE_IS_POST } from './state.js';

// action.yml runs this same bundle as `main` and as `post`; the state saved by main tells them apart.
if (core.getState(STATE_IS_POST) === 'true') {
  await runPost();
} else {
  core.saveState(STATE_IS_POST, 'true');
  await run();
}
