/**
 * The service patterns in contrib/ are files people copy: each is parsed with a real parser (YAML, XML)
 * and every clock-preflight command line in them goes through the CLI's own argument parser and config
 * validation, so a flag renamed later breaks this test rather than a runner at boot. systemd-analyze
 * verifies the drop-in in the integration tier (contrib-systemd.test.ts); plutil, kubectl and PowerShell are
 * not available here.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from '../../src/cli/args.js';
import { readConfig } from '../../src/config/config.js';

const require = createRequire(import.meta.url);
// Both are in node_modules already (js-yaml through ESLint, the XML parser through the AWS SDK).
const yaml = require('js-yaml') as { loadAll: (text: string) => unknown[] };
const { parseXML } = require('@aws-sdk/xml-builder') as { parseXML: (xml: string) => unknown };

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, 'contrib', path), 'utf8');

/** argv after the program name → the config `wait` would run with (throws InputError when invalid). */
function waitConfig(argv: string[]) {
  const args = parseArgs(argv);
  expect(args.command).toBe('wait');
  expect(args.positional).toEqual([]);
  return readConfig((name) => args.inputs.get(name));
}

const DURATION_MS: Record<string, number> = { s: 1000, min: 60_000, m: 60_000 };
const durationMs = (text: string) => {
  const m = /^(\d+)(s|min|m)$/.exec(text)!;
  return Number(m[1]) * DURATION_MS[m[2]!]!;
};

interface Container {
  name: string;
  image: string;
  args?: string[];
  command?: string[];
}

describe('contrib/systemd/clock-preflight.conf', () => {
  const text = read('systemd/clock-preflight.conf');
  const value = (key: string) => new RegExp(`^${key}=(.*)$`, 'm').exec(text)?.[1];

  it('runs wait before the runner, with full privileges and without ignoring its failure', () => {
    const exec = value('ExecStartPre')!;
    // '+' (privileged) and no '-' (a failed gate must fail the start).
    expect(exec).toMatch(/^\+\//);
    const [, ...argv] = exec.slice(1).split(' ');
    const config = waitConfig(argv);
    expect(config.profiles).toEqual(['github-app']);
    expect(config.timeoutMs).toBe(300_000);
  });

  it('gives the start more time than the wait: TimeoutStartSec above --timeout', () => {
    const config = waitConfig(value('ExecStartPre')!.slice(1).split(' ').slice(1));
    expect(durationMs(value('TimeoutStartSec')!)).toBeGreaterThan(config.timeoutMs);
    expect(value('Restart')).toBe('on-failure');
  });
});

describe('contrib/launchd/actions.runner.clock-preflight.plist', () => {
  const text = read('launchd/actions.runner.clock-preflight.plist');

  it('is well-formed XML with the keys launchd needs', () => {
    const doc = parseXML(text) as { plist: { dict: { key: string[] } } };
    expect(doc.plist.dict.key).toEqual(
      expect.arrayContaining(['Label', 'ProgramArguments', 'RunAtLoad', 'KeepAlive', 'WorkingDirectory']),
    );
    // A broken copy is refused by the same parser: the check can fail.
    expect(() => parseXML(text.replace('</array>', ''))).toThrow(/XML parse error/);
  });

  it('runs the gate, then execs the runner only when the gate passed', () => {
    const shell = /<string>(\/usr\/local\/bin\/clock-preflight wait [^<]*)<\/string>/
      .exec(text)![1]!
      .replace(/&amp;/g, '&');
    const [gate, runner] = shell.split(' && ');
    expect(runner).toBe('exec ./runsvc.sh');
    const config = waitConfig(gate!.split(' ').slice(1));
    expect(config.profiles).toEqual(['github-app']);
  });
});

describe('contrib/windows', () => {
  it('the gate script passes its parameters to wait, and starts the service only after it succeeded', () => {
    const text = read('windows/clock-preflight-gate.ps1');
    const timeout = /\$Timeout = '([^']+)'/.exec(text)![1]!;
    const tolerance = /\$Tolerance = '([^']+)'/.exec(text)![1]!;
    expect(text).toMatch(/& clock-preflight wait --timeout \$Timeout --profile \$Tolerance\n/);
    const config = waitConfig(['wait', '--timeout', timeout, '--profile', tolerance]);
    expect(config.timeoutMs).toBe(300_000);
    expect(text.indexOf('exit $LASTEXITCODE')).toBeLessThan(text.indexOf('Start-Service'));
  });

  it('the installer leaves the runner service to the gate (Manual) and runs the task as SYSTEM at startup', () => {
    const text = read('windows/install-gate.ps1');
    expect(text).toMatch(/Set-Service -Name \$ServiceName -StartupType Manual/);
    expect(text).toMatch(/New-ScheduledTaskTrigger -AtStartup/);
    expect(text).toMatch(/-UserId 'SYSTEM'/);
  });
});

describe('contrib/kubernetes', () => {
  it('the ARC scale set values: an init container that waits, before the runner container', () => {
    const [values] = yaml.loadAll(read('kubernetes/arc-runner-scale-set-values.yaml')) as Array<{
      githubConfigUrl: string;
      template: { spec: { initContainers: Container[]; containers: Container[] } };
    }>;
    expect(values!.githubConfigUrl).toMatch(/^https:\/\//);
    const [init] = values!.template.spec.initContainers;
    expect(init!.image).toMatch(/^ghcr\.io\/clock-preflight\/clock-preflight:/);
    const config = waitConfig(init!.args!);
    // In a pod resync cannot run (the clock is the node's): the init container only waits.
    expect(config.resync).toBe('false');
    expect(values!.template.spec.containers.map((c) => c.name)).toEqual(['runner']);
  });

  it('the node DaemonSet: a valid apps/v1 DaemonSet whose selector matches its pods, waiting then checking', () => {
    const [ds] = yaml.loadAll(read('kubernetes/node-clock-daemonset.yaml')) as Array<{
      apiVersion: string;
      kind: string;
      metadata: { name: string; namespace: string };
      spec: {
        selector: { matchLabels: Record<string, string> };
        template: {
          metadata: { labels: Record<string, string> };
          spec: { initContainers: Container[]; containers: Container[] };
        };
      };
    }>;
    expect(ds).toMatchObject({ apiVersion: 'apps/v1', kind: 'DaemonSet' });
    expect(ds!.metadata.name).toMatch(/^[a-z0-9-]+$/);
    expect(ds!.spec.template.metadata.labels).toMatchObject(ds!.spec.selector.matchLabels);
    const spec = ds!.spec.template.spec;
    for (const c of [...spec.initContainers, ...spec.containers]) {
      expect(c.name).toMatch(/^[a-z0-9-]+$/);
      expect(c.image).toMatch(/^ghcr\.io\/clock-preflight\/clock-preflight:/);
    }
    expect(waitConfig(spec.initContainers[0]!.args!).profiles).toEqual(['github-app', 'aws']);
    const loop = spec.containers[0]!.args![0]!;
    const check = /while (clock-preflight check [^;]+);/.exec(loop)![1]!;
    const args = parseArgs(check.split(' ').slice(1));
    expect(args.command).toBe('check');
    expect(readConfig((n) => args.inputs.get(n)).profiles).toEqual(['github-app', 'aws']);
  });
});
