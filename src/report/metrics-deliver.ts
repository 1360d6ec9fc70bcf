/**
 * Delivery of the metrics after the verdict, loaded only when a destination is configured: the gauges
 * rendered, the textfile for node_exporter written (atomically: a temporary file in the same directory,
 * then a rename), and the network code (metrics-export.ts) loaded only when a Pushgateway or an OTLP
 * endpoint is configured. Its caller (setUpMetrics' deliver) turns anything thrown here into one warning.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { chmod, open, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { echo } from '../config/config.js';
import { errorCode } from '../net/error-code.js';
import { untrustedText } from '../sources/untrusted-text.js';
import { systemClock } from '../time/clock.js';
import {
  outcomeFamilies,
  ourFamiliesText,
  postCheckFamilies,
  renderPrometheus,
  type MetricFamily,
} from './metrics.js';
import {
  metricsFileKind,
  type Delivered,
  type MetricsRequest,
  type MetricsTargets,
} from './metrics-targets.js';

/** Larger than any metrics file the main step writes: a file this big is not ours to keep. */
const MAX_KEPT_FILE_BYTES = 1024 * 1024;
const TOO_LARGE = { why: `it is larger than ${MAX_KEPT_FILE_BYTES / 1024} KB, so not the main step's` };

/**
 * Writes `text` to `path`. A plain file (or none yet) atomically: a reader (node_exporter scraping at any
 * moment) sees the old file or the new one, never half of one. The temporary file is in the same directory
 * (a rename is atomic only within one file system) and does not end in `.prom`, so the textfile collector
 * never reads it. A character device or a named pipe is written into as it is; anything else is refused
 * (metricsFileKind says what and why, looked at again here: the path may have changed since the start).
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const full = resolve(path);
  const kind = metricsFileKind(full);
  if (kind.kind === 'refuse') throw new Error(kind.why);
  if (kind.kind === 'stream') return writeInPlace(full, text);
  const temp = join(dirname(full), `.${basename(full)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { mode: 0o644, flag: 'wx' });
    // The umask may have taken bits away; node_exporter often runs as another user and must read it.
    await chmod(temp, 0o644);
    // Whatever took the name since it was looked at (a link, even), the rename replaces the entry itself.
    await rename(temp, full);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes into a character device or a named pipe. Non-blocking: a pipe that nobody reads fails at once
 * (ENXIO) instead of holding the step until a reader comes. What was opened is checked on the open file
 * itself, so that a plain file that took the name in the meantime is never written over in place.
 * O_NOCTTY keeps a terminal from becoming ours.
 */
async function writeInPlace(full: string, text: string): Promise<void> {
  const handle = await open(full, constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const info = await handle.stat();
    if (!info.isCharacterDevice() && !info.isFIFO())
      throw new Error('it was replaced after it was checked; nothing was written');
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

const reason = (error: unknown) => untrustedText(error instanceof Error ? error.message : String(error), 300);

/**
 * The main step's gauges for the post step's rewrite of the file: as GITHUB_STATE kept them, else as the
 * file still holds them (the runner could not keep them, or what it gave back was not ours). Undefined,
 * with the reason, when neither has them.
 */
async function mainGaugesText(
  file: string,
  mainFamilies: readonly MetricFamily[],
  postNames: ReadonlySet<string>,
): Promise<{ text: string } | { why: string }> {
  const kept = mainFamilies.filter((f) => !postNames.has(f.name));
  if (kept.length > 0) return { text: renderPrometheus(kept) };
  let content: Buffer;
  try {
    // Opened without waiting (a named pipe would wait for a writer), and checked on the open file itself:
    // only a plain file, and its size first, so that a file too large to be ours is not read into memory.
    const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { why: 'it is not a plain file' };
      if (info.size > MAX_KEPT_FILE_BYTES) return TOO_LARGE;
      content = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return {
      why: errorCode(error) === 'ENOENT' ? 'the file does not exist' : `it cannot be read: ${reason(error)}`,
    };
  }
  // Grown between the two reads: the same answer.
  if (content.length > MAX_KEPT_FILE_BYTES) return TOO_LARGE;
  const text = ourFamiliesText(content.toString('utf8'), postNames);
  return text === '' ? { why: "it holds none of clock-preflight's gauges" } : { text };
}

async function writeFileJob(file: string, text: () => Promise<string>, warnings: string[]): Promise<void> {
  try {
    await writeFileAtomic(file, await text());
  } catch (error) {
    warnings.push(
      `Could not write the metrics file ${echo(file)} (metrics-file): ${reason(error)}. The check's result stands.`,
    );
  }
}

/**
 * Delivers `request` everywhere `targets` names, in parallel, by `deadlineMs` (monotonic). The main
 * delivery (an outcome) writes its gauges to the file and PUTs them to the Pushgateway (replacing the
 * group); the post step's file gets the main step's gauges and its own (the file is replaced whole), its
 * Pushgateway a POST of its own (replacing only those families), OTLP its own.
 */
export async function deliverMetrics(
  request: MetricsRequest,
  targets: MetricsTargets,
  env: NodeJS.ProcessEnv,
  deadlineMs: number,
): Promise<Delivered> {
  const nowMs = systemClock.nowMs();
  const warnings: string[] = [];
  const families =
    request.kind === 'outcome' ? outcomeFamilies(request.outcome, nowMs) : postCheckFamilies(request.post);
  const text = renderPrometheus(families);
  const jobs: Array<Promise<void>> = [];
  const file = targets.metricsFile;
  if (file && request.kind === 'outcome') {
    jobs.push(writeFileJob(file, async () => text, warnings));
  } else if (file && request.kind === 'post') {
    const postNames = new Set(families.map((f) => f.name));
    jobs.push(
      writeFileJob(
        file,
        async () => {
          const main = await mainGaugesText(file, request.mainFamilies, postNames);
          if ('text' in main) return main.text + text;
          warnings.push(
            `The metrics file ${echo(file)} (metrics-file) now holds only the post step's gauges: the runner did not keep the main step's for this step (GITHUB_STATE), and they could not be read back from the file (${main.why}).`,
          );
          return text;
        },
        warnings,
      ),
    );
  }
  if (targets.network) {
    jobs.push(
      (async () => {
        try {
          const { exportMetrics } = await import('./metrics-export.js');
          const failed = await exportMetrics({
            families,
            text,
            targets,
            env,
            deadlineMs,
            nowMs,
            pushMethod: request.kind === 'post' ? 'POST' : 'PUT',
          });
          warnings.push(...failed);
        } catch (error) {
          warnings.push(`Could not push or export the metrics: ${reason(error)}. The check's result stands.`);
        }
      })(),
    );
  }
  await Promise.all(jobs);
  return { families: request.kind === 'outcome' ? families : [], warnings };
}
