/**
 * The test suite's STS stand-in (__tests__/support/sts-standin.ts: real SigV4 verification, STS's own
 * answers) as a child process for the benchmark. Node 20 cannot run TypeScript, so the file is
 * transpiled (types stripped, nothing else) into node_modules/.cache, where its imports resolve from the
 * project's node_modules.
 *
 *   node bench/sts.mjs --listen 127.0.0.1:16002 [--cert F --key F]     prints `ready <json credentials>`, stops on SIGTERM
 */
import { setTimeout, clearTimeout } from 'node:timers';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const SOURCE = join(ROOT, '__tests__/support/sts-standin.ts');

async function transpiled() {
  const ts = (await import('typescript')).default;
  const out = ts.transpileModule(readFileSync(SOURCE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: SOURCE,
  });
  const dir = join(ROOT, 'node_modules/.cache/clock-preflight-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'sts-standin.mjs');
  writeFileSync(file, out.outputText);
  return file;
}

/** Starts the stand-in in its own process; resolves once it listens. */
export function startStsStandinProcess({ address, port, tls }) {
  const tlsArgs = tls ? ['--cert', tls.certFile, '--key', tls.keyFile] : [];
  const child = spawn(
    process.execPath,
    [fileURLToPath(import.meta.url), '--listen', `${address}:${port}`, ...tlsArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => fail('no answer in 20 s'), 20_000);
    const fail = (why) => {
      clearTimeout(timer);
      if (child.exitCode === null) process.kill(child.pid, 'SIGKILL');
      reject(new Error(`STS stand-in did not start (${why}):\n${output}`));
    };
    child.once('exit', () => fail('exited'));
    child.stdout.on('data', (d) => {
      output += d;
      const line = /^ready (.*)$/m.exec(output);
      if (!line) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const credentials = JSON.parse(line[1]);
      resolvePromise({
        pid: child.pid,
        url: `${tls ? 'https' : 'http'}://${address}:${port}`,
        credentials,
        stop: async () => {
          if (child.exitCode !== null) return;
          const exited = new Promise((r) => child.once('exit', r));
          process.kill(child.pid, 'SIGTERM');
          await exited;
        },
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--listen');
  const [host, port] = process.argv[at + 1].split(':');
  const { startStsStandin, TEST_USER } = await import(pathToFileURL(await transpiled()).href);
  const file = (flag) => {
    const i = process.argv.indexOf(flag);
    return i >= 0 ? readFileSync(process.argv[i + 1], 'utf8') : undefined;
  };
  const cert = file('--cert');
  const key = file('--key');
  const standin = await startStsStandin({
    host,
    port: Number(port),
    ...(cert && key ? { tls: { cert, key } } : {}),
  });
  process.stdout.write(
    `ready ${JSON.stringify({ AWS_ACCESS_KEY_ID: TEST_USER.accessKeyId, AWS_SECRET_ACCESS_KEY: TEST_USER.secretAccessKey })}\n`,
  );
  const stop = () => void standin.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
