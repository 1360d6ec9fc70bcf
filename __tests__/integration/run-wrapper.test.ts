/**
 * `run` around real commands: the AWS CLI under libfaketime against a loopback endpoint that answers as
 * AWS does, commands that fail for other reasons, one that succeeds, signals, a missing command.
 *
 * The endpoint is a real HTTP server on 127.0.0.1 (ports 15000–15099 belong to this suite) that applies
 * SigV4's time check only: it compares the request's X-Amz-Date with its own clock and answers AWS's
 * exact 403 XML when they differ by more than 5 minutes. It does not verify signatures; the time check is
 * what is under test. The measurement `run` takes after a failure is passed in as literal data (in real
 * use it is `check`'s measurement of the same clock the command used; here the command's clock is faked
 * and the test process's is not, so the test states what that measurement would say).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand, type RunOptions } from '../../src/cli/run.js';
import type { Measurement } from '../../src/cli/explain.js';

const PORT = 15010;
const WINDOW_MS = 5 * 60_000;

function amzDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function parseAmzDate(s: string): number {
  return Date.UTC(
    +s.slice(0, 4),
    +s.slice(4, 6) - 1,
    +s.slice(6, 8),
    +s.slice(9, 11),
    +s.slice(11, 13),
    +s.slice(13, 15),
  );
}

let server: Server;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const header = req.headers['x-amz-date'];
      const signedMs = typeof header === 'string' ? parseAmzDate(header) : NaN;
      const nowMs = Math.floor(Date.now() / 1000) * 1000;
      let message: string | undefined;
      if (signedMs < nowMs - WINDOW_MS) {
        message = `Signature expired: ${header} is now earlier than ${amzDate(nowMs - WINDOW_MS)} (${amzDate(nowMs)} - 5 min.)`;
      } else if (signedMs > nowMs + WINDOW_MS) {
        message = `Signature not yet current: ${header} is still later than ${amzDate(nowMs + WINDOW_MS)} (${amzDate(nowMs)} + 5 min.)`;
      }
      res.setHeader('content-type', 'text/xml');
      if (message) {
        res.statusCode = 403;
        res.end(
          `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <Error>\n    <Type>Sender</Type>\n    <Code>SignatureDoesNotMatch</Code>\n    <Message>${message}</Message>\n  </Error>\n  <RequestId>00000000-0000-0000-0000-000000000000</RequestId>\n</ErrorResponse>\n`,
        );
        return;
      }
      res.end(
        '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/ci</Arn><UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

interface Captured {
  stdout: Buffer;
  stderr: Buffer;
  annotations: [string, string][];
  measured: number;
}

const awsEnv: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_MAX_ATTEMPTS: '1',
  NO_PROXY: '*',
};

const awsArgs = [
  'aws',
  'sts',
  'get-caller-identity',
  '--endpoint-url',
  `http://127.0.0.1:${PORT}`,
  '--output',
  'text',
];

async function runDirect(
  argv: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stderr: Buffer }> {
  const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const err: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { status, stderr: Buffer.concat(err) };
}

async function run(
  argv: string[],
  options: { measurement?: Measurement; env?: NodeJS.ProcessEnv; json?: boolean } = {},
): Promise<Captured & { code: number }> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const annotations: [string, string][] = [];
  let measured = 0;
  const opts: RunOptions = {
    argv,
    json: options.json,
    env: options.env ?? { PATH: process.env.PATH, HOME: process.env.HOME },
    io: { stdout: (t) => out.push(Buffer.from(t)), stderr: (t) => err.push(Buffer.from(t)) },
    annotate: (message, title) => annotations.push([message, title]),
    measure: async () => {
      measured++;
      return options.measurement;
    },
  };
  const code = await runCommand(opts);
  return { code, stdout: Buffer.concat(out), stderr: Buffer.concat(err), annotations, measured };
}

describe('run, around the AWS CLI with a clock 30 minutes behind', () => {
  it('passes the CLI output through, keeps its exit code, and blames the clock when it is wrong now', async () => {
    // Asynchronously: the endpoint lives in this process and must keep answering.
    const direct = await runDirect(['faketime', '-f', '-30m', ...awsArgs], awsEnv);
    expect(direct.status).not.toBe(0);
    expect(direct.stderr.toString()).toMatch(/Signature expired: \d{8}T\d{6}Z is now earlier than/);

    const r = await run(['faketime', '-f', '-30m', ...awsArgs], {
      env: { ...awsEnv, GITHUB_ACTIONS: 'true' },
      measurement: {
        status: 'fail',
        offsetMs: 1_800_000,
        uncertaintyMs: 4,
        title: 'Runner clock is 30 m 0 s behind',
      },
    });
    expect(r.code).toBe(direct.status);
    expect(r.stdout.length).toBe(0);
    // The command's own stderr comes first, unchanged (the line differs only in its timestamps).
    const own = r.stderr.subarray(0, direct.stderr.length).toString();
    expect(own.replace(/\d{8}T\d{6}Z/g, 'T')).toBe(direct.stderr.toString().replace(/\d{8}T\d{6}Z/g, 'T'));
    const added = r.stderr.subarray(direct.stderr.length).toString();
    expect(added).toMatch(/clock-preflight: faketime failed \(exit \d+\) with a time error/);
    expect(added).toMatch(/Recognised: aws-sigv4-signature-expired/);
    expect(added).toMatch(/The runner's clock is 30 m \d+ s behind now: that is the cause/);
    expect(r.measured).toBe(1);
    expect(r.annotations).toHaveLength(1);
    expect(r.annotations[0]![1]).toMatch(/clock is 30 m \d+ s behind now/);
  });

  it('says the request waited when the same error comes with a right clock', async () => {
    const r = await run(['faketime', '-f', '-30m', ...awsArgs], {
      env: awsEnv,
      measurement: { status: 'ok', offsetMs: 3, uncertaintyMs: 2, title: 'Runner clock is within 1 s' },
      json: true,
    });
    expect(r.code).not.toBe(0);
    const lastLine = r.stderr.toString().trimEnd().split('\n').pop()!;
    const json = JSON.parse(lastLine) as {
      kind: string;
      impliedOffsetMs: number;
      diagnosis: { cause: string };
      exitCode: number;
    };
    expect(json.kind).toBe('aws-sigv4-signature-expired');
    expect(Math.abs(json.impliedOffsetMs - 1_800_000)).toBeLessThanOrEqual(3000);
    expect(json.diagnosis.cause).toBe('signed-long-before-sent');
    expect(json.exitCode).toBe(r.code);
    expect(r.annotations).toHaveLength(0); // not in GitHub Actions
  });

  it('recognises "not yet current" from a clock 30 minutes ahead', async () => {
    const r = await run(['faketime', '-f', '+30m', ...awsArgs], {
      env: awsEnv,
      measurement: { status: 'fail', offsetMs: -1_800_000, uncertaintyMs: 4, title: 'x' },
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr.toString()).toMatch(
      /Recognised: aws-sigv4-signature-not-yet-current[\s\S]*30 m \d+ s ahead now: that is the cause/,
    );
  });

  it('adds nothing when the CLI succeeds, and exits 0', async () => {
    const r = await run(awsArgs, { env: awsEnv, measurement: { status: 'ok', offsetMs: 0, title: 'x' } });
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toMatch(/123456789012\s+arn:aws:iam::123456789012:user\/ci\s+AIDAEXAMPLE/);
    expect(r.stderr.length).toBe(0);
    expect(r.measured).toBe(0);
  });
});

describe('run, around other commands', () => {
  const node = process.execPath;

  it('passes arbitrary bytes through unchanged (invalid UTF-8, split characters, 3 MB)', async () => {
    const script =
      'const big = Buffer.alloc(3 * 1024 * 1024, 0x61); const odd = Buffer.from([0xff, 0xfe, 0x00, 0xe2, 0x82]);' +
      "process.stdout.write(odd); process.stdout.write(Buffer.from([0xac, 0x0a])); process.stdout.write(big); process.stderr.write(Buffer.from('é\\r\\n', 'utf8'));";
    const r = await run([node, '-e', script]);
    expect(r.code).toBe(0);
    const expected = Buffer.concat([
      Buffer.from([0xff, 0xfe, 0x00, 0xe2, 0x82, 0xac, 0x0a]),
      Buffer.alloc(3 * 1024 * 1024, 0x61),
    ]);
    expect(r.stdout.equals(expected)).toBe(true);
    expect(r.stderr.equals(Buffer.from('é\r\n', 'utf8'))).toBe(true);
  });

  it('keeps the exit code of a command that fails for another reason, and adds nothing', async () => {
    const r = await run([node, '-e', "process.stderr.write('Error: no such bucket\\n'); process.exit(3)"]);
    expect(r.code).toBe(3);
    expect(r.stderr.toString()).toBe('Error: no such bucket\n');
    expect(r.measured).toBe(0);
  });

  it('explains a time error printed on stderr by any command, after its output', async () => {
    const line =
      'An error occurred (InvalidSignatureException) when calling the Invoke operation: Signature expired: 20230512T173853Z is now earlier than 20230512T174113Z (20230512T174613Z - 5 min.)';
    const r = await run(
      [node, '-e', `console.log('out'); console.error(${JSON.stringify(line)}); process.exit(254)`],
      {
        measurement: { status: 'ok', offsetMs: -20, uncertaintyMs: 3, title: 'Runner clock is within 1 s' },
      },
    );
    expect(r.code).toBe(254);
    expect(r.stdout.toString()).toBe('out\n');
    const err = r.stderr.toString();
    expect(err.startsWith(`${line}\n`)).toBe(true);
    expect(err).toMatch(/the request was signed about 7 m 20 s before it arrived/);
    expect(err).toMatch(/maxSockets/);
  });

  it('still explains when the measurement fails', async () => {
    const r = await runCommand({
      argv: [
        node,
        '-e',
        "console.error('kinit: Clock skew too great while getting initial credentials'); process.exit(1)",
      ],
      env: { PATH: process.env.PATH },
      io: { stdout: () => undefined, stderr: (t) => chunks.push(Buffer.from(t)) },
      measure: async () => {
        throw new Error('no reference reachable');
      },
    });
    expect(r).toBe(1);
    expect(Buffer.concat(chunks).toString()).toMatch(
      /could not be measured \(the measurement failed: no reference reachable\)/,
    );
  });
  const chunks: Buffer[] = [];

  it('exits 128 + n when the command is killed by a signal', async () => {
    const r = await run([node, '-e', "process.kill(process.pid, 'SIGTERM')"]);
    expect(r.code).toBe(143);
  });

  it('passes arguments without a shell', async () => {
    const r = await run([
      node,
      '-e',
      'console.log(JSON.stringify(process.argv.slice(1)))',
      '$(echo hi)',
      '; exit 9',
      '*',
      '"q"',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.toString())).toEqual(['$(echo hi)', '; exit 9', '*', '"q"']);
  });

  it('says clearly when the command does not exist, and exits 127', async () => {
    const r = await run(['clock-preflight-no-such-command-7f3a', '--x']);
    expect(r.code).toBe(127);
    expect(r.stderr.toString()).toBe(
      "clock-preflight run: command not found: 'clock-preflight-no-such-command-7f3a' (not on PATH, or the path does not exist)\n",
    );
  });

  it('exits 126 for a file that is not executable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-run-'));
    try {
      const file = join(dir, 'script.sh');
      writeFileSync(file, '#!/bin/sh\necho hi\n', { mode: 0o644 });
      const r = await run([file]);
      expect(r.code).toBe(126);
      expect(r.stderr.toString()).toMatch(/permission denied: '.*script\.sh' is not executable/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an empty command line', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
  });
});
