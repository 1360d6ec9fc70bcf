import { INPUTS } from '../config/config.js';
import { wrap } from '../report/text.js';
import { VERSION } from '../version.js';

/** `--help`, wrapped to `columns`: flag descriptions are paragraphs, not 300-character lines. */
export function helpText(columns = 80): string {
  const describe = (text: string) => wrap(text, columns, '      ', '      ');
  const flags = INPUTS.map((i) => {
    const head = `  --${i.name}${i.boolean ? `[=${(i.choices ?? ['true', 'false']).join('|')}]` : '=VALUE'}`;
    const def = i.default === '' ? '' : ` (default: ${i.default})`;
    return `${head}\n${describe(i.description + def)}`;
  }).join('\n');
  return `clock-preflight ${VERSION}: check this machine's clock against NTP and AWS before anything is signed.

Usage:
  clock-preflight check [flags]              measure the clock; exit 0 ok or warn, 1 fail, 2 bad input
  clock-preflight resync [flags]             check; when it does not pass, resync with this machine's time
                                             service (chrony, timesyncd, ntpd, sntp, w32tm), check again
  clock-preflight explain [flags] TEXT | -   what a time error says (Signature expired, RequestTimeTooSkewed,
                                             JWT iat/exp, AADSTS700024, TLS, apt, Kerberos …), then measure
                                             now and say whether the clock is the cause; always exit 0
  clock-preflight run [flags] -- CMD [ARGS]  run CMD with its output passed through; when it fails with a
                                             time error, explain it after; exit with CMD's own exit code

Flags (the same names as the GitHub Action's inputs):
${flags}
  --json
${describe('Print one JSON object instead of the human report.')}
  --help, --version

Sign convention: offset = reference time − runner time; positive means this machine is behind.
`;
}
