/** Kubernetes / actions-runner-controller pods: recognised, advised to fix the node, never resynced inside. */
import { describe, expect, it } from '@jest/globals';
import { isKubernetesPod, type PlatformFacts } from '../../src/platform/facts.js';
import { fixAdvice } from '../../src/platform/advice.js';
import { resyncClock } from '../../src/resync/resync.js';
import { shouldAskImds } from '../../src/platform/ec2.js';
import type { Exec } from '../../src/resync/exec.js';

const none = () => false;
const pod: PlatformFacts = {
  os: 'linux',
  runner: 'self-hosted',
  wsl: false,
  container: true,
  kubernetes: true,
  timeService: 'unknown',
  ec2: false,
};

describe('a Kubernetes pod', () => {
  it('is recognised from the service account mount or from KUBERNETES_SERVICE_HOST', () => {
    expect(isKubernetesPod({}, (p) => p === '/var/run/secrets/kubernetes.io')).toBe(true);
    expect(isKubernetesPod({ KUBERNETES_SERVICE_HOST: '10.96.0.1' }, none)).toBe(true);
    expect(isKubernetesPod({}, none)).toBe(false);
    expect(isKubernetesPod({ KUBERNETES_SERVICE_HOST: '' }, none)).toBe(false);
  });

  it('is told to fix the node, with how on EKS, GKE and AKS, and never to resync inside', () => {
    const advice = fixAdvice(pod);
    expect(advice).toMatch(/Kubernetes pod, whose clock is the node's/);
    expect(advice).toMatch(/EKS: /);
    expect(advice).toMatch(/GKE: /);
    expect(advice).toMatch(/AKS: /);
    expect(advice).not.toMatch(/resync: true/);
    expect(advice).not.toMatch(/apt-get install chrony/);
    // A pod on an EKS node: the node's chrony should use the Amazon Time Sync Service.
    expect(fixAdvice({ ...pod, ec2: true })).toMatch(/169\.254\.169\.123/);
  });

  it('runs no resync command inside a pod and says why', async () => {
    const ran: string[][] = [];
    const exec: Exec = async (argv) => {
      ran.push([...argv]);
      return { exitCode: 0, stdout: '', stderr: '', timedOut: false, durationMs: 1 };
    };
    const report = await resyncClock({
      method: 'auto',
      deadlineMs: 1000,
      exec,
      platform: { os: 'linux', isRoot: true, ec2: false, runner: 'self-hosted' },
      env: { PATH: '/usr/bin', KUBERNETES_SERVICE_HOST: '10.96.0.1' },
    });
    expect(ran).toEqual([]);
    expect(report.ok).toBe(false);
    expect(report.summary).toMatch(/Kubernetes pod/);
    expect(report.summary).toMatch(/node's time service/);
  });
});

describe('EC2 detection through IMDS', () => {
  it('asks only where DMI cannot tell, not on GitHub-hosted runners, not when the SDK switch is off', () => {
    expect(shouldAskImds('linux', {})).toBe(false);
    expect(shouldAskImds('win32', {})).toBe(true);
    expect(shouldAskImds('darwin', {})).toBe(true);
    expect(shouldAskImds('win32', { GITHUB_ACTIONS: 'true', RUNNER_ENVIRONMENT: 'github-hosted' })).toBe(
      false,
    );
    expect(shouldAskImds('win32', { GITHUB_ACTIONS: 'true', RUNNER_ENVIRONMENT: 'self-hosted' })).toBe(true);
    expect(shouldAskImds('darwin', { AWS_EC2_METADATA_DISABLED: 'TRUE' })).toBe(false);
  });
});
