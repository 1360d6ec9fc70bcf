/**
 * The metrics' way out over the network, loaded only when a Pushgateway or an OTLP endpoint is
 * configured: a PUT (or POST) to a Prometheus Pushgateway, a POST to an OTLP/HTTP endpoint. Delivery
 * never changes the check's verdict or exit code: a failure is a warning naming the endpoint (never its
 * credentials) and the reason, in the words the time sources use for the same faults. Every request is
 * bounded by the deadline it is given, through the proxy the environment names (net/proxy.ts), and a
 * redirect is reported, never followed.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { hostname } from 'node:os';
import { agentFor, chooseProxy, redactProxy } from '../net/proxy.js';
import { deadlineLookup, unfinishedLookup } from '../net/resolve.js';
import { describeHttpFailure } from '../sources/http-failure.js';
import { untrustedText } from '../sources/untrusted-text.js';
import { monotonicMs, systemClock } from '../time/clock.js';
import { VERSION } from '../version.js';
import type { MetricFamily } from './metrics.js';
import { otlpPlan, renderOtlpJson, resourceAttributes } from './otlp.js';
import type { MetricsTargets } from './metrics-targets.js';

/** The Pushgateway's job label for everything clock-preflight pushes. */
const PUSH_JOB = 'clock-preflight';
/** What of an error response is read, to quote its start; the rest is not even received. */
const MAX_RESPONSE_BYTES = 4096;

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
  /** What set `deadlineMs`, for the timeout's message: the run's timeout, or an OTEL_* timeout variable. */
  limit: string;
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
  // Names through the deadline-bound resolver, as the time sources' are: a stalled DNS server ends with
  // the request, at the deadline, instead of holding a getaddrinfo thread past it.
  const lookupDone = new AbortController();
  const lookup = deadlineLookup(() => lookupDone.signal);
  const agent = await agentFor(input.url, choice, { keepAlive: false, lookup });
  // Measured after the agent: a proxy's tunnel module may have been loaded first, and the deadline holds.
  const remainingMs = Math.max(0, input.deadlineMs - monotonicMs());
  const proxy = choice.kind === 'proxy' ? redactProxy(choice.url) : undefined;
  const via = proxy ? ` through ${proxy}` : '';
  // Node's own words ('connect ECONNREFUSED 127.0.0.1:9091') said as the time sources say them.
  const failure = (error: unknown) =>
    new Error(
      describeHttpFailure(error, { host: input.url.host, proxy, nowMs: systemClock.nowMs() }).message,
    );
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
      lookupDone.abort();
      request.destroy();
      agent.destroy();
      if (error) reject(error);
      else resolvePromise(result!);
    };
    // A lookup still under way at the deadline is the reason, named as the time sources name it.
    const timer = setTimeout(() => {
      const dns = unfinishedLookup(lookup, proxy);
      finish(new Error(`${dns ?? `no answer within ${Math.round(remainingMs)} ms${via}`} (${input.limit})`));
    }, remainingMs);
    request.on('error', (error) => finish(failure(error)));
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
      response.on('error', (error) => finish(failure(error)));
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

export type ExportTargets = Pick<MetricsTargets, 'pushgateway' | 'otlp'>;

export interface ExportInput {
  families: readonly MetricFamily[];
  /** The same families in the Prometheus text format, as the Pushgateway takes them. */
  text: string;
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

/** The limit a request ends at when nothing narrower is set. */
const RUN_LIMIT = "the time left of the run's timeout";

async function pushToGateway(input: ExportInput, base: URL): Promise<void> {
  const url = pushUrl(base, instanceName(input.env, input.hostName));
  const r = await send({
    url,
    method: input.pushMethod ?? 'PUT',
    headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' },
    body: input.text,
    deadlineMs: input.deadlineMs,
    limit: RUN_LIMIT,
    env: input.env,
  });
  const problem = httpProblem(r);
  if (problem) throw new Error(problem);
}

async function postOtlp(input: ExportInput, warnings: string[]): Promise<void> {
  const plan = otlpPlan(input.env);
  warnings.push(...plan.warnings.map((w) => `OpenTelemetry export: ${w}.`));
  const s = plan.settings;
  if (!s) return;
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
  // The OTEL_* timeout narrows the wait only when it ends before the run's deadline; the message names
  // whichever ends it.
  const ownDeadlineMs = s.timeoutMs !== undefined ? monotonicMs() + s.timeoutMs : Infinity;
  const [deadlineMs, limit] =
    ownDeadlineMs < input.deadlineMs
      ? [ownDeadlineMs, `the limit ${s.timeoutFrom} sets`]
      : [input.deadlineMs, RUN_LIMIT];
  try {
    const r = await send({
      url: s.url,
      method: 'POST',
      headers: { ...s.headers, 'content-type': 'application/json' },
      body,
      deadlineMs,
      limit,
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
  } catch (error) {
    warnings.push(
      `Could not export metrics over OTLP to ${describeEndpoint(s.url)} (${s.urlFrom}): ${error instanceof Error ? error.message : String(error)}. The check's result stands.`,
    );
  }
}

/**
 * Pushes and exports the metrics wherever configured, in parallel, all ended by `deadlineMs`. Returns one
 * warning per failure; never rejects.
 */
export async function exportMetrics(input: ExportInput): Promise<string[]> {
  const warnings: string[] = [];
  const jobs: Array<Promise<void>> = [];
  const { pushgateway } = input.targets;
  if (pushgateway) {
    jobs.push(
      pushToGateway(input, pushgateway).catch(
        (error: unknown) =>
          void warnings.push(
            `Could not push metrics to the Pushgateway ${describeEndpoint(pushgateway)} (pushgateway): ${error instanceof Error ? error.message : String(error)}. The check's result stands.`,
          ),
      ),
    );
  }
  if (input.targets.otlp) jobs.push(postOtlp(input, warnings));
  await Promise.all(jobs);
  return warnings;
}
