/** The CLI: argv in; text or JSON out; exit 0 (ok, warn), 1 (fail, or unreachable under `fail`), 2 (bad input). */
import { InputError, readConfig } from '../config.js';
import { failsJob, runCheck } from '../check.js';
import { jsonReport } from '../report/json.js';
import { textReport } from '../report/text.js';
import { VERSION } from '../version.js';
import { parseArgs } from './args.js';
import { helpText } from './help.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export const EXIT_OK = 0;
export const EXIT_FAIL = 1;
export const EXIT_USAGE = 2;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.stdout(helpText());
      return EXIT_OK;
    }
    if (args.command === 'version') {
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    }
    if (args.positional.length > 0) {
      throw new InputError(args.command, `unexpected argument '${args.positional[0]}'`);
    }
    const config = readConfig((name) => args.inputs.get(name), io.env);
    const { measurement, fix } = await runCheck(config, io.env);
    io.stdout(
      args.json ? JSON.stringify(jsonReport(measurement, fix), null, 2) + '\n' : textReport(measurement, fix),
    );
    return failsJob(measurement, config) ? EXIT_FAIL : EXIT_OK;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`clock-preflight: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`clock-preflight: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAIL;
  }
}
