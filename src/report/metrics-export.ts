/**
 * The metrics' way out, the I/O edge of metrics.ts and otlp.ts: a textfile for node_exporter (atomic:
 * temp file in the same directory, then rename), a PUT to a Prometheus Pushgateway, a POST to an OTLP/HTTP
 * endpoint. Delivery never changes the check's verdict or exit code: a failure is a warning naming the
 * endpoint (never its credentials) and the reason. Every request is bounded by the deadline it is given,
 * through the proxy the environment names (net/proxy.ts), and a redirect is reported, never followed.
 */
import { randomBytes } from 'node:crypto';
import { chmod, rename, unlink, writeFile } from 'node:fs/promises';
import { accessSync, constants, statSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { basename, dirname, join, resolve } from 'node:path';
import { hostname } from 'node:os';
import { echo, InputError } from '../config/config.js';
import { agentFor, chooseProxy, redactProxy } from '../net/proxy.js';
import { untrustedText } from '../sources/untrusted-text.js';
import { monotonicMs, systemClock } from '../time/clock.js';
import { VERSION } from '../version.js';
import { outcomeFamilies, renderPrometheus, type MetricFamily } from './metrics.js';
import type { Outcome } from '../gate/outcome.js';
import { otlpPlan, renderOtlpJson, resourceAttributes } from './otlp.js';
import type { MetricsTargets } from './metrics-targets.js';

/** The Pushgateway's job label for everything clock-preflight pushes. */
const PUSH_JOB = 'clock-preflight';
/** What of an error response is read, to quote its start; the rest is not even received. */
const MAX_RESPONSE_BYTES = 4096;

/**
 * Validates the metrics file's place before anything is measured, so that a run is never half done: the
 * directory exists, is a directory and is writable, and the path is not itself a directory.
 */
export function checkMetricsFile(path: string): void {
  const full = resolve(path);
  const dir = dirname(full);
  const input = 'metrics-file';
  let dirStat;
  try {
    dirStat = statSync(dir);
  } catch {
    throw new InputError(
      input,
      `the directory ${echo(dir)} does not exist; create it (it is node_exporter's --collector.textfile.directory) or name a file in an existing directory`,
    );
  }
  if (!dirStat.isDirectory()) throw new InputError(input, `${echo(dir)} is not a directory`);
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch {
    throw new InputError(
      input,
      `the directory ${echo(dir)} is not writable by this user; the file is written there (a temporary file, then a rename)`,
    );
  }
  try {
    if (statSync(full).isDirectory())
      throw new InputError(
        input,
        `${echo(path)} is a directory; name a file in it, such as clock_preflight.prom`,
      );
  } catch (error) {
    if (error instanceof InputError) throw error;
    // Not there yet: it will be created.
  }
}

/**
 * Writes `text` to `path` atomically: a reader (node_exporter scraping at any moment) sees the old file or
 * the new one, never half of one. The temporary file is in the same directory (a rename is atomic only
 * within one file system) and does not end in `.prom`, so the textfile collector never reads it.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const full = resolve(path);
  const temp = join(dirname(full), `.${basename(full)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { mode: 0o644, flag: 'wx' });
    // The umask may have taken bits away; node_exporter often runs as another user and must read it.
    await chmod(temp, 0o644);
    await rename(temp, full);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** A URL for a person: scheme, host, port and path; never the user name, password, query or fragment. */
export function describeEndpoint(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}

/**
 * One grouping-key path segment pair, as the Pushgateway reads it: percent-encoded, or in its base64 form
 * (`label@base64/…`, URL-safe alphabet) when the value has a `/`, is empty, or is `.` or `..` (which a URL
 * would resolve away).
 */
export function groupingSegment(label: string, value: string): string {
  if (value === '' || value.includes('/') || value === '.' || value === '..') {
    const b64 = Buffer.from(value, 'utf8').toString('base64url');
    return `${label}@base64/${b64 === '' ? '=' : b64}`;
  }
  return `${label}/${encodeURIComponent(value)}`;
}

/** The Pushgateway URL for our group: job clock-preflight, instance the runner's name or the host's. */
export function pushUrl(base: URL, instance: string): URL {
  const prefix = base.pathname.replace(/\/+$/, '');
  const url = new URL(base.href);
  url.pathname = `${prefix}/metrics/${groupingSegment('job', PUSH_JOB)}/${groupingSegment('instance', instance)}`;
  return url;
}

export function instanceName(env: NodeJS.ProcessEnv, host = hostname()): string {
  return env.RUNNER_NAME?.trim() || host;
}

interface SendInput {
  url: URL;
  method: 'PUT' | 'POST';
  headers: Record<string, string>;
  body: string;
  deadlineMs: number;
  env: NodeJS.ProcessEnv;
}

interface SendResult {
  status: number;
  /** The start of the body, as one line of data. */
  bodyStart: string;
}

/** One request, destroyed at `deadlineMs` (monotonic) whatever it is waiting for. */
async function send(input: SendInput): Promise<SendResult> {
  const choice = chooseProxy(input.url, input.env);
  if (choice.kind === 'invalid') throw new Error(`the proxy cannot be used: ${choice.reason}`);
  if (input.deadlineMs - monotonicMs() <= 0) throw new Error('no time left before the deadline');
  const agent = await agentFor(input.url, choice, { keepAlive: false });
  // Measured after the agent: a proxy's tunnel module may have been loaded first, and the deadline holds.
  const remainingMs = Math.max(0, input.deadlineMs - monotonicMs());
  const via = choice.kind === 'proxy' ? ` through ${redactProxy(choice.url)}` : '';
  return new Promise<SendResult>((resolvePromise, reject) => {
    const body = Buffer.from(input.body, 'utf8');
    const request = (input.url.protocol === 'https:' ? httpsRequest : httpRequest)(input.url, {
      method: input.method,
      agent,
      headers: {
        ...input.headers,
        'content-length': String(body.length),
        'user-agent': `clock-preflight/${VERSION}`,
      },
    });
    let settled = false;
    const finish = (error: Error | undefined, result?: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      agent.destroy();
      if (error) reject(error);
      else resolvePromise(result!);
    };
    const timer = setTimeout(
      () =>
        finish(
          new Error(
            `no answer within ${Math.round(remainingMs)} ms${via} (the share of the deadline kept for it)`,
          ),
        ),
      remainingMs,
    );
    request.on('error', (error) => finish(new Error(`${error.message}${via}`)));
    request.on('response', (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      const done = () =>
        finish(undefined, {
          status: response.statusCode ?? 0,
          bodyStart: untrustedText(Buffer.concat(chunks).toString('utf8'), 200),
        });
      response.on('data', (chunk: Buffer) => {
        if (bytes >= MAX_RESPONSE_BYTES) return;
        chunks.push(chunk.subarray(0, MAX_RESPONSE_BYTES - bytes));
        bytes += chunk.length;
        // Enough to quote; a huge body is not waited for.
        if (bytes >= MAX_RESPONSE_BYTES) done();
      });
      response.on('end', done);
      response.on('error', (error) => finish(new Error(error.message)));
    });
    request.end(body);
  });
}

function httpProblem(r: SendResult): string | undefined {
  if (r.status >= 200 && r.status < 300) return undefined;
  if (r.status >= 300 && r.status < 400)
    return `it answered with a redirect (HTTP ${r.status}); redirects are not followed: give the final URL`;
  return `it answered HTTP ${r.status}${r.bodyStart.trim() !== '' ? `: ${r.bodyStart.trim()}` : ''}`;
}

export type ExportTargets = Pick<MetricsTargets, 'metricsFile' | 'pushgateway' | 'otlp'>;

export interface ExportInput {
  families: readonly MetricFamily[];
  targets: ExportTargets;
  env: NodeJS.ProcessEnv;
  /** Monotonic time by which every push and export has ended. */
  deadlineMs: number;
  /** Runner time the values were taken (Unix ms). */
  nowMs: number;
  /** Pushgateway: PUT replaces the whole group (the main step); POST only our families (the post step). */
  pushMethod?: 'PUT' | 'POST';
  hostName?: string;
}

/** What was delivered, and the warnings for what was not. */
interface ExportReport {
  written: string[];
  warnings: string[];
}

async function pushToGateway(input: ExportInput, base: URL, text: string): Promise<string> {
  const url = pushUrl(base, instanceName(input.env, input.hostName));
  const r = await send({
    url,
    method: input.pushMethod ?? 'PUT',
    headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' },
    body: text,
    deadlineMs: input.deadlineMs,
    env: input.env,
  });
  const problem = httpProblem(r);
  if (problem) throw new Error(problem);
  return describeEndpoint(url);
}

async function postOtlp(input: ExportInput, warnings: string[]): Promise<string | undefined> {
  const plan = otlpPlan(input.env);
  warnings.push(...plan.warnings.map((w) => `OpenTelemetry export: ${w}.`));
  const s = plan.settings;
  if (!s) return undefined;
  const resourceWarnings: string[] = [];
  const resource = resourceAttributes(input.env, input.hostName ?? hostname(), resourceWarnings);
  warnings.push(...resourceWarnings.map((w) => `OpenTelemetry export: ${w}.`));
  const body = JSON.stringify(
    renderOtlpJson({
      families: input.families,
      resource,
      nowMs: input.nowMs,
      version: VERSION,
    }),
  );
  const deadlineMs =
    s.timeoutMs !== undefined ? Math.min(input.deadlineMs, monotonicMs() + s.timeoutMs) : input.deadlineMs;
  try {
    const r = await send({
      url: s.url,
      method: 'POST',
      headers: { ...s.headers, 'content-type': 'application/json' },
      body,
      deadlineMs,
      env: input.env,
    });
    const problem = httpProblem(r);
    if (problem) throw new Error(problem);
    // A partial success names data points the receiver dropped; the rest arrived.
    const rejected = /"rejectedDataPoints"\s*:\s*"?(\d+)/.exec(r.bodyStart)?.[1];
    if (rejected !== undefined && rejected !== '0')
      warnings.push(
        `OpenTelemetry export to ${describeEndpoint(s.url)} (${s.urlFrom}): the receiver rejected ${rejected} data points: ${r.bodyStart}`,
      );
    return describeEndpoint(s.url);
  } catch (error) {
    warnings.push(
      `Could not export metrics over OTLP to ${describeEndpoint(s.url)} (${s.urlFrom}): ${error instanceof Error ? error.message : String(error)}. The check's result stands.`,
    );
    return undefined;
  }
}

/**
 * Delivers the metrics everywhere configured, in parallel, all ended by `deadlineMs`. Never throws: every
 * failure is one warning.
 */
export async function exportMetrics(input: ExportInput): Promise<ExportReport> {
  const text = renderPrometheus(input.families);
  const written: string[] = [];
  const warnings: string[] = [];
  const jobs: Array<Promise<void>> = [];
  const { metricsFile, pushgateway } = input.targets;
  if (metricsFile) {
    jobs.push(
      writeFileAtomic(metricsFile, text).then(
        () => void written.push(metricsFile),
        (error: unknown) =>
          void warnings.push(
            `Could not write the metrics file ${echo(metricsFile)} (metrics-file): ${error instanceof Error ? error.message : String(error)}. The check's result stands.`,
          ),
      ),
    );
  }
  if (pushgateway) {
    jobs.push(
      pushToGateway(input, pushgateway, text).then(
        (where) => void written.push(where),
        (error: unknown) =>
          void warnings.push(
            `Could not push metrics to the Pushgateway ${describeEndpoint(pushgateway)} (pushgateway): ${error instanceof Error ? error.message : String(error)}. The check's result stands.`,
          ),
      ),
    );
  }
  if (input.targets.otlp) {
    jobs.push(
      postOtlp(input, warnings).then((where) => {
        if (where) written.push(where);
      }),
    );
  }
  await Promise.all(jobs);
  return { written, warnings };
}

/**
 * An outcome's gauges, delivered everywhere `targets` names by `deadlineMs` (monotonic): what every
 * command that ends in an outcome calls after reporting it. Returns the gauges (the action keeps them for
 * its post step) and one warning per failed delivery; never throws.
 */
export async function exportOutcome(
  outcome: Outcome,
  targets: ExportTargets,
  env: NodeJS.ProcessEnv,
  deadlineMs: number,
): Promise<{ families: MetricFamily[]; warnings: string[] }> {
  const nowMs = systemClock.nowMs();
  const families = outcomeFamilies(outcome, nowMs);
  const { warnings } = await exportMetrics({ families, targets, env, deadlineMs, nowMs });
  return { families, warnings };
}
