/**
 * Runs the bundled action as the GitHub runner does: every input as INPUT_<NAME> (defaults included,
 * read from action.yml), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, workflow commands on stdout.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ACTION, ROOT, runNode, type RunOptions, type RunResult } from './bundle.js';

/** Input names and defaults as action.yml declares them (a deliberately small reader of our own file). */
export function actionYmlInputs(): Map<string, string> {
  const text = readFileSync(resolve(ROOT, 'action.yml'), 'utf8');
  const block = text.split(/^inputs:\n/m)[1]!.split(/^\S/m)[0]!;
  const inputs = new Map<string, string>();
  let current: string | undefined;
  for (const line of block.split('\n')) {
    const name = /^ {2}([a-z0-9-]+):\s*$/.exec(line);
    if (name) {
      current = name[1]!;
      inputs.set(current, '');
      continue;
    }
    const def = /^ {4}default:\s*(.*)$/.exec(line);
    if (def && current) inputs.set(current, def[1]!.replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1'));
  }
  return inputs;
}

export function actionYmlOutputs(): string[] {
  const text = readFileSync(resolve(ROOT, 'action.yml'), 'utf8');
  const block = text.split(/^outputs:\n/m)[1]!.split(/^\S/m)[0]!;
  return [...block.matchAll(/^ {2}([a-z0-9-]+):\s*$/gm)].map((m) => m[1]!);
}

/** Parses the GITHUB_OUTPUT file format (`name<<delimiter` … `delimiter`, or `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      out[heredoc[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      out[k!] = v.join('=');
    }
  }
  return out;
}

export interface ActionRun extends RunResult {
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands written to stdout, e.g. { command: 'error', properties: 'title=…', message: '…' }. */
  commands: Array<{ command: string; properties: string; message: string }>;
  state: Record<string, string>;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export async function runAction(
  inputs: Record<string, string>,
  options: RunOptions & {
    runnerEnvironment?: 'github-hosted' | 'self-hosted';
    state?: Record<string, string>;
    /** Another build of the action to run (a copy of dist/action); the one in dist/ by default. */
    script?: string;
  } = {},
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'cp-action-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  const stateFile = join(dir, 'state');
  for (const f of [outputFile, summaryFile, stateFile]) writeFileSync(f, '');
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ENVIRONMENT: options.runnerEnvironment ?? 'github-hosted',
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_STATE: stateFile,
    ...options.env,
  };
  // The runner sets every declared input, defaults included, as INPUT_<NAME upper-cased>.
  for (const [name, def] of actionYmlInputs()) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? def;
  // Inside Actions GitHub's API joins as an https server by default: a lookup of api.github.com, off
  // loopback, and a vote that fails here. Tests that want it name it (https-servers or GITHUB_API_URL).
  if (inputs['https-servers'] === undefined && options.env?.GITHUB_API_URL === undefined)
    env['INPUT_HTTPS-SERVERS'] = 'none';
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  try {
    const result = await runNode(options.script ?? ACTION, [], { ...options, env });
    const commands = [...result.stdout.matchAll(/^::([a-z-]+)(?: ([^:]*))?::(.*)$/gm)].map((m) => ({
      command: m[1]!,
      properties: m[2] ?? '',
      message: unescapeData(m[3]!),
    }));
    return {
      ...result,
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      commands,
      state: parseOutputFile(readFileSync(stateFile, 'utf8')),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
