/**
 * The same gauges as metrics.ts, as an OTLP/HTTP JSON export request (opentelemetry-proto
 * ExportMetricsServiceRequest in its JSON mapping), and where to send it from the standard OTEL_*
 * environment variables. Pure: the environment and the host name come in as arguments.
 *
 * Hand-written rather than the official exporter: a few gauges, sent once per run, need one POST of a
 * small JSON document; @opentelemetry/sdk-metrics with the OTLP/HTTP exporter adds a meter provider, a
 * periodic reader and a protobuf runtime to a bundle that must start fast (README, "Metrics").
 */
import type { MetricFamily } from './metrics.js';
import { cap } from './escape.js';

/** OTel attribute keys for our Prometheus label names: namespaced, as the semantic conventions ask. */
const OTEL_ATTRIBUTE: Readonly<Record<string, string>> = {
  status: 'clock_preflight.status',
  result: 'clock_preflight.source.result',
  kind: 'clock_preflight.source.kind',
  source: 'clock_preflight.source.name',
};

export interface OtlpSettings {
  url: URL;
  /** Which variable named the URL, for messages. */
  urlFrom: 'OTEL_EXPORTER_OTLP_METRICS_ENDPOINT' | 'OTEL_EXPORTER_OTLP_ENDPOINT';
  headers: Record<string, string>;
  /** OTEL_EXPORTER_OTLP_(METRICS_)TIMEOUT, when set: the export never waits longer than this either. */
  timeoutMs?: number;
  /** Which variable set `timeoutMs`, for messages. */
  timeoutFrom?: 'OTEL_EXPORTER_OTLP_METRICS_TIMEOUT' | 'OTEL_EXPORTER_OTLP_TIMEOUT';
}

export interface OtlpPlan {
  /** Undefined when nothing is to be exported (no endpoint, or export turned off). */
  settings?: OtlpSettings;
  /** Settings that were ignored, and why; said as warnings, never failing the check. */
  warnings: string[];
}

const set = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/**
 * `key1=value1,key2=value2` (W3C Baggage without properties), values percent-decoded, as
 * OTEL_EXPORTER_OTLP_HEADERS and OTEL_RESOURCE_ATTRIBUTES are written. Undefined when malformed.
 */
export function parseKeyValueList(text: string): Array<[string, string]> | undefined {
  const pairs: Array<[string, string]> = [];
  for (const raw of text.split(',')) {
    if (raw.trim() === '') continue;
    const eq = raw.indexOf('=');
    if (eq <= 0) return undefined;
    const key = raw.slice(0, eq).trim();
    if (key === '' || /[\s"(),/:;<=>?@[\\\]{}]/.test(key)) return undefined;
    try {
      pairs.push([key, decodeURIComponent(raw.slice(eq + 1).trim())]);
    } catch {
      return undefined;
    }
  }
  return pairs;
}

function parseTimeoutMs(text: string | undefined): number | undefined {
  if (!set(text)) return undefined;
  return /^\d+$/.test(text.trim()) && Number(text) > 0 ? Number(text) : undefined;
}

/** The endpoint as the spec builds it: the metrics variable as is; the generic one plus `v1/metrics`. */
function endpoint(
  env: NodeJS.ProcessEnv,
  warnings: string[],
): Pick<OtlpSettings, 'url' | 'urlFrom'> | undefined {
  const specific = env.OTEL_EXPORTER_OTLP_METRICS_ENDPOINT;
  const generic = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const urlFrom = set(specific)
    ? 'OTEL_EXPORTER_OTLP_METRICS_ENDPOINT'
    : set(generic)
      ? 'OTEL_EXPORTER_OTLP_ENDPOINT'
      : undefined;
  if (!urlFrom) return undefined;
  const text = (urlFrom === 'OTEL_EXPORTER_OTLP_METRICS_ENDPOINT' ? specific : generic)!.trim();
  // `collector:4318` parses as a URL with the scheme `collector:`; say what is missing instead.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    warnings.push(
      `${urlFrom} has no http:// or https://; expected http://host:4318 or https://host:4318 (metrics not exported)`,
    );
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    warnings.push(
      `${urlFrom} is not a URL; expected http://host:4318 or https://host:4318 (metrics not exported)`,
    );
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    warnings.push(
      `${urlFrom} uses ${url.protocol}; OTLP/HTTP needs http:// or https:// (metrics not exported)`,
    );
    return undefined;
  }
  if (url.port === '0') {
    // Node's request would send it to the scheme's default port (80 or 443), a different service.
    warnings.push(
      `${urlFrom} has port 0; expected http://host:4318 or https://host:4318 (metrics not exported)`,
    );
    return undefined;
  }
  if (urlFrom === 'OTEL_EXPORTER_OTLP_ENDPOINT') {
    // http://collector:4318 → …/v1/metrics; http://host/prefix → …/prefix/v1/metrics.
    url = new URL(`${url.pathname.replace(/\/?$/, '/')}v1/metrics`, url);
  }
  return { url, urlFrom };
}

/** Where and how to export, from the OTEL_* variables (OpenTelemetry's SDK environment specification). */
export function otlpPlan(env: NodeJS.ProcessEnv): OtlpPlan {
  const warnings: string[] = [];
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return { warnings };
  const exporters = env.OTEL_METRICS_EXPORTER?.split(',').map((e) => e.trim().toLowerCase());
  if (exporters && exporters.includes('none')) return { warnings };
  const where = endpoint(env, warnings);
  if (!where) return { warnings };
  const protocol = (env.OTEL_EXPORTER_OTLP_METRICS_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL)?.trim();
  if (protocol === 'grpc') {
    warnings.push(
      "OTEL_EXPORTER_OTLP_PROTOCOL is grpc; clock-preflight exports over OTLP/HTTP (http/json) only: point the endpoint at the collector's HTTP port (4318) and unset the protocol (metrics not exported)",
    );
    return { warnings };
  }
  const headers: Record<string, string> = {};
  for (const name of ['OTEL_EXPORTER_OTLP_HEADERS', 'OTEL_EXPORTER_OTLP_METRICS_HEADERS'] as const) {
    if (!set(env[name])) continue;
    const pairs = parseKeyValueList(env[name]!);
    // Never quote the value: headers carry API keys.
    if (!pairs)
      warnings.push(
        `${name} is not a list of key=value pairs (comma-separated, values percent-encoded); ignored`,
      );
    else for (const [k, v] of pairs) headers[k] = v;
  }
  const timeout = (['OTEL_EXPORTER_OTLP_METRICS_TIMEOUT', 'OTEL_EXPORTER_OTLP_TIMEOUT'] as const)
    .map((name) => ({ timeoutFrom: name, timeoutMs: parseTimeoutMs(env[name]) }))
    .find((t) => t.timeoutMs !== undefined);
  return { settings: { ...where, headers, ...(timeout ?? {}) }, warnings };
}

// Every attribute we send is a string (host names, pipeline names, ids, labels).
type AnyValue = { stringValue: string };
interface KeyValue {
  key: string;
  value: AnyValue;
}

const MAX_ATTRIBUTE_CHARS = 256;
const str = (key: string, value: string): KeyValue => ({
  key,
  value: { stringValue: cap(value, MAX_ATTRIBUTE_CHARS) },
});

/**
 * The resource: who reports. Ours first (host, CI/CD pipeline and worker per the `cicd.*` and `vcs.*`
 * semantic conventions, from GitHub Actions' variables when present), then OTEL_RESOURCE_ATTRIBUTES over
 * them, then OTEL_SERVICE_NAME over everything, as the SDK specification orders them.
 */
export function resourceAttributes(
  env: NodeJS.ProcessEnv,
  hostName: string,
  warnings: string[] = [],
): KeyValue[] {
  const attrs = new Map<string, string>([['service.name', 'clock-preflight']]);
  if (hostName !== '') attrs.set('host.name', hostName);
  const server = env.GITHUB_SERVER_URL;
  const repo = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  if (set(env.GITHUB_WORKFLOW)) attrs.set('cicd.pipeline.name', env.GITHUB_WORKFLOW);
  if (set(runId)) attrs.set('cicd.pipeline.run.id', runId);
  if (set(server) && set(repo) && set(runId)) {
    const attempt = set(env.GITHUB_RUN_ATTEMPT) ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    attrs.set('cicd.pipeline.run.url.full', `${server}/${repo}/actions/runs/${runId}${attempt}`);
  }
  if (set(env.GITHUB_JOB)) attrs.set('cicd.pipeline.task.name', env.GITHUB_JOB);
  if (set(env.RUNNER_NAME)) attrs.set('cicd.worker.name', env.RUNNER_NAME);
  if (set(server) && set(repo)) attrs.set('vcs.repository.url.full', `${server}/${repo}`);
  if (set(env.GITHUB_REF_NAME)) attrs.set('vcs.ref.head.name', env.GITHUB_REF_NAME);
  if (set(env.GITHUB_SHA)) attrs.set('vcs.ref.head.revision', env.GITHUB_SHA);
  if (set(env.OTEL_RESOURCE_ATTRIBUTES)) {
    const pairs = parseKeyValueList(env.OTEL_RESOURCE_ATTRIBUTES);
    // The specification: a malformed value is discarded whole, with an error said.
    if (!pairs)
      warnings.push(
        'OTEL_RESOURCE_ATTRIBUTES is not a list of key=value pairs (comma-separated, values percent-encoded); ignored',
      );
    else for (const [k, v] of pairs) attrs.set(k, v);
  }
  if (set(env.OTEL_SERVICE_NAME)) attrs.set('service.name', env.OTEL_SERVICE_NAME.trim());
  return [...attrs].map(([k, v]) => str(k, v));
}

/** Unix nanoseconds as the JSON mapping writes 64-bit integers: a decimal string. */
export function unixNano(ms: number): string {
  return (BigInt(Math.floor(ms * 1000)) * 1000n).toString();
}

export interface OtlpRequestInput {
  families: readonly MetricFamily[];
  resource: KeyValue[];
  /** Runner time the values were taken (Unix ms). */
  nowMs: number;
  version: string;
}

/** The ExportMetricsServiceRequest: one resource, one scope, a gauge per family. */
export function renderOtlpJson(input: OtlpRequestInput) {
  const timeUnixNano = unixNano(input.nowMs);
  return {
    resourceMetrics: [
      {
        resource: { attributes: input.resource },
        scopeMetrics: [
          {
            scope: { name: 'clock-preflight', version: input.version },
            metrics: input.families.map((f) => ({
              name: f.otelName,
              description: f.help,
              unit: f.unit,
              gauge: {
                dataPoints: f.samples.map((s) => ({
                  attributes: Object.entries(s.labels).map(([k, v]) => str(OTEL_ATTRIBUTE[k] ?? k, v)),
                  timeUnixNano,
                  // Counts and 0/1 states are integers; seconds are doubles.
                  ...(f.unit !== 's' && Number.isInteger(s.value)
                    ? { asInt: String(s.value) }
                    : { asDouble: s.value }),
                })),
              },
            })),
          },
        ],
      },
    ],
  };
}
