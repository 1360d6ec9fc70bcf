import { INPUTS } from '../config/config.js';
import { ACTION_ONLY_INPUTS } from './args.js';
import { wrap } from '../report/text.js';
import { VERSION } from '../version.js';
import { WAIT_DEFAULT_TIMEOUT } from '../gate/wait-plan.js';

/** `--help`, wrapped to `columns`: flag descriptions are paragraphs, not 300-character lines. */
export function helpText(columns = 80): string {
  const describe = (text: string) => wrap(text, columns, '      ', '      ');
  const flags = INPUTS.filter((i) => !ACTION_ONLY_INPUTS.includes(i.name))
    .map((i) => {
      const head = `  --${i.name}${i.boolean ? `[=${(i.choices ?? ['true', 'false']).join('|')}]` : '=VALUE'}`;
      const def = i.default === '' ? '' : ` (default: ${i.default})`;
      return `${head}\n${describe(i.description + def)}`;
    })
    .join('\n');
  const usage = [
    ['check [flags]', 'measure the clock; exit 0 ok or warn, 1 fail, 2 bad input'],
    [
      'resync [flags]',
      "check; when it does not pass, resync with this machine's time service (chrony, timesyncd, ntpd, sntp, w32tm), check again",
    ],
    [
      'wait [flags]',
      `before a service starts: measure; when out of bounds resync and measure again, with a back-off, until within bounds (exit 0) or --timeout passes (exit 1; default ${WAIT_DEFAULT_TIMEOUT}, at most 10m); keeps trying while no source answers (network not up yet). One line per attempt; SIGINT/SIGTERM end it at once`,
    ],
    [
      'explain [flags] TEXT | -',
      'what a time error says (Signature expired, RequestTimeTooSkewed, JWT iat/exp, AADSTS700024, TLS, apt, Kerberos, gpg, make, tar, ssh …), then measure now and say whether the clock is the cause; always exit 0',
    ],
    [
      'run [flags] -- CMD [ARGS]',
      "run CMD with its output passed through; when it fails with a time error, explain it after; exit with CMD's own exit code",
    ],
  ]
    .map(([command, what]) => `  clock-preflight ${command}\n${describe(what!)}`)
    .join('\n');
  return `${wrap(`clock-preflight ${VERSION}: check this machine's clock against NTP and AWS before anything is signed.`, columns)}

Usage:
${usage}

Flags (the same names as the GitHub Action's inputs):
${flags}
  --json
${describe('Print one JSON object instead of the human report.')}
  --help, --version

${wrap('Sign convention: offset = reference time − runner time; positive means this machine is behind.', columns)}
`;
}
