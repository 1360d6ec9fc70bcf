/**
 * A tiny client for integration tests, bundled privately with ncc and run in a child node process, because
 * NODE_EXTRA_CA_CERTS is read at process start and libfaketime must skew the client's clock only.
 *
 * argv[2]: JSON { nts: string[], ntp: string[], requireAuthenticated?: boolean, timeoutMs?: number }
 * stdout: JSON { results, verdict }
 */
import { parseServer } from '../../src/config/config.js';
import { measure } from '../../src/decide/measure.js';
import { ntpSource } from '../../src/sources/ntp.js';
import { ntsSource } from '../../src/sources/nts.js';

interface DriverInput {
  nts: string[];
  ntp: string[];
  requireAuthenticated?: boolean;
  timeoutMs?: number;
}

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? '{}') as DriverInput;
  const sources = [
    ...input.nts.map((s) => ntsSource(parseServer(s, 'nts-servers', 4460))),
    ...input.ntp.map((s) => ntpSource(parseServer(s, 'ntp-servers', 123))),
  ];
  const m = await measure(sources, {
    warnOffsetMs: 5000,
    maxOffsetMs: 60_000,
    timeoutMs: input.timeoutMs ?? 5000,
    requireAuthenticated: input.requireAuthenticated ?? false,
  });
  process.stdout.write(JSON.stringify({ results: m.results, verdict: m.verdict }) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`driver failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 3;
});
