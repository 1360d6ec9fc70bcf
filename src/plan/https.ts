/**
 * The https-servers sources: each server's Date header, measured as AWS's Date check is (the same
 * sub-second refinement, cache rules, proxy choice, read bounds and deadline: it is the same source), of
 * kind `https`, each with its operator so that servers of one operator are one vote (decide/policy.ts).
 */
import type { Config, HttpsServerSpec } from '../config/config.js';
import { operatorOf } from '../decide/operator.js';
import { httpsDateSource } from '../sources/https-date.js';
import { withOperator, type TimeSource } from '../sources/source.js';

export { operatorOf };

export interface HttpsPlanOptions {
  /** Extra trusted CAs (tests; users set NODE_EXTRA_CA_CERTS). */
  ca?: string | Buffer;
}

function httpsServerSource(
  server: HttpsServerSpec,
  config: Config,
  env: NodeJS.ProcessEnv,
  options: HttpsPlanOptions,
): TimeSource {
  const source = httpsDateSource(
    { url: server.url, label: server.label },
    {
      kind: 'https',
      env,
      thresholdsMs: [config.warnOffsetMs, config.maxOffsetMs],
      ...(options.ca ? { ca: options.ca } : {}),
    },
  );
  const operator = operatorOf(server.url.hostname);
  // Where it came from, in every report: GITHUB_API_URL is asked without the user listing it.
  return {
    ...withOperator(source, operator),
    measure: async (signal) => {
      const r = await source.measure(signal);
      return { ...r, operator, details: { ...r.details, from: server.from } };
    },
  };
}

export function planHttpsSources(
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
  options: HttpsPlanOptions = {},
): TimeSource[] {
  return config.httpsServers.map((s) => httpsServerSource(s, config, env, options));
}
