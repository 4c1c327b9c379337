// main({argv, stdin, stdout, stderr}) → exit code. Touches no process globals, so the same table of
// CLI cases runs in-process and through the real bin.
import { close as closeCallback, open as openCallback } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs, type CliOptions } from './cli.js';
import { InputError, UsageError } from './errors.js';
import { csvHeader, type OutputFormat } from './format/index.js';
import { describeFsError, expandInputs, type Input } from './batch/inputs.js';
import { ndjsonTasks } from './batch/ndjson.js';
import { runOrdered } from './batch/ordered.js';
import { inlineExecutor, WorkerPool, workersAvailable, type Executor } from './batch/pool.js';
import { messageLine, PROGRAM, Reporter } from './batch/report.js';
import { readCapped } from './batch/read.js';
import type { Task, TaskSettings } from './batch/task.js';
import { recordSchema } from './record.js';
import { mergeMain } from './merge/cli.js';
import { HtmlCollector } from './format/html-collect.js';
import { mergeSchema } from './merge/schema.js';

export interface Writable {
  write(chunk: string): boolean;
  isTTY?: boolean;
  /** A terminal's width (the pretty card fits it). */
  columns?: number;
  once?(event: 'drain', listener: () => void): unknown;
}

export interface MainIO {
  argv: string[];
  stdin?: AsyncIterable<Buffer | string> & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  env?: Record<string, string | undefined>;
  /** Aborted on Ctrl-C: no new articles start, and the summary says how many were done. */
  signal?: AbortSignal;
  /**
   * Called when the run is one article extracted in this thread: a stopping signal cannot be handled
   * between articles then, so the caller lets SIGTERM stop the process at once (Ctrl-C interrupts
   * the extraction itself: see src/batch/task.ts).
   */
  onInline?: () => void;
}

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

export async function main(io: MainIO): Promise<number> {
  const { stdout, stderr } = io;
  const env = io.env ?? {};
  // `breach-extract merge …` merges records instead of reading articles (a file named merge: ./merge)
  if (io.argv[0] === 'merge') return mergeMain(io, io.argv.slice(1));
  let options: CliOptions;
  try {
    const parsed = parseArgs(io.argv, version);
    if ('print' in parsed) {
      stdout.write(parsed.print);
      return 0;
    }
    options = parsed.options;
  } catch (error) {
    if (error instanceof UsageError) {
      stderr.write(`${messageLine(error.message)}Try '${PROGRAM} --help' for usage.\n`);
      return 2;
    }
    throw error;
  }
  if (options.schema) {
    stdout.write(`${JSON.stringify(options.schema === 'merge' ? mergeSchema : recordSchema, null, 2)}\n`);
    return 0;
  }
  const operands = options.operands.length ? options.operands : io.stdin && !io.stdin.isTTY ? ['-'] : [];
  if (operands.length === 0) {
    stderr.write(`${PROGRAM}: no input: name article files or folders, or "-" for stdin\nTry '${PROGRAM} --help' for usage.\n`);
    return 2;
  }
  if (operands.filter((o) => o === '-').length > 1) {
    stderr.write(`${PROGRAM}: stdin ("-") can be read only once\n`);
    return 2;
  }

  const ndjson = options.input === 'ndjson';
  if (ndjson && operands.some((o) => o !== '-')) {
    stderr.write(`${PROGRAM}: --input ndjson reads its articles from stdin: name no files\nTry '${PROGRAM} --help' for usage.\n`);
    return 2;
  }

  // error records are JSON lines: they would break a CSV, and VERIS/STIX give no line for a non-incident anyway
  if (options.errorRecords && (options.format === 'csv' || options.format === 'veris' || options.format === 'stix')) {
    stderr.write(`${PROGRAM}: --error-records writes JSON lines: use it with -f ndjson or json, not -f ${options.format}\nTry '${PROGRAM} --help' for usage.\n`);
    return 2;
  }

  const expanded = ndjson
    ? { inputs: [] as Input[], several: true }
    : await expandInputs(operands, {
      extensions: options.ext,
      onSkip: options.verbose ? (path) => stderr.write(messageLine(path, 'skipped (not an article extension)')) : undefined,
      onWarning: options.quiet ? undefined : (path, message) => stderr.write(messageLine(path, `warning: ${message}`)),
    });
  const several = expanded.several;
  // -f html: the records are collected as NDJSON, and one report page is written at the end
  const html = options.format === 'html' ? new HtmlCollector() : null;
  const format: OutputFormat = options.format === 'html' ? 'ndjson' : options.format ?? (stdout.isTTY ? 'pretty' : several ? 'ndjson' : 'json');
  const settings: TaskSettings = {
    format,
    color: format === 'pretty' && wantsColor(stdout, env),
    width: stdout.columns ?? (Number(env.COLUMNS) || undefined),
    ascii: (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.TERM === 'dumb',
    maxBytes: options.maxBytes,
    inputFormat: options.inputFormat,
    explain: options.explain,
    published: options.published,
  };

  let errorsFile: number | undefined;
  if (options.errors !== undefined) {
    try {
      errorsFile = await openForWriting(options.errors);
    } catch (error) {
      stderr.write(messageLine(`--errors ${options.errors}`, describeFsError(error)));
      return 2;
    }
  }

  // One article runs here (no worker start-up), under its time budget; anything else goes to workers.
  const total = ndjson ? undefined : expanded.inputs.length;
  const pooled = several && workersAvailable();
  const workers = pooled ? Math.max(1, Math.min(options.jobs, total ?? options.jobs)) : 1;
  if (!pooled) io.onInline?.();
  const executor: Executor = pooled ? new WorkerPool(workers, settings, options.timeoutMs) : inlineExecutor(settings, options.timeoutMs);

  const reporter = new Reporter(html ?? stdout, stderr, {
    quiet: options.quiet, debug: options.debug, several, total, errorsFile, errorsPath: options.errors, jsonArray: several && format === 'json', errorRecords: options.errorRecords,
  });
  const tasks = ndjson ? ndjsonTasks(io.stdin ?? emptyStream(), options.maxBytes) : fileTasks(expanded.inputs, options, io);
  let interrupted = false;
  if (format === 'csv') stdout.write(csvHeader()); // once per run, rows follow as articles are done
  try {
    ({ interrupted } = await runOrdered(reporter.track(tasks), executor, pooled ? workers * 4 : 1, (o) => reporter.emit(o), io.signal));
  } finally {
    await executor.close();
    interrupted ||= reporter.interrupted;
    reporter.finish(interrupted);
  }
  if (html) stdout.write(html.render());
  if (interrupted) return 130;
  // a record or failure log that could not be written is a loss --keep-going does not excuse
  return (reporter.tally.failed > 0 && !options.keepGoing) || reporter.writeFailed ? 1 : 0;
}

/** Operands → tasks, in order; stdin ("-") is read here, in the main thread, with the size cap. */
async function* fileTasks(inputs: Input[], options: CliOptions, io: MainIO): AsyncGenerator<Task> {
  let seq = 0;
  for (const input of inputs) {
    if (input.kind === 'error') yield { seq: seq++, kind: 'error', path: input.path, reason: input.reason };
    else if (input.kind === 'file') yield { seq: seq++, kind: 'file', path: input.path };
    else {
      let task: Task;
      try {
        if (!io.stdin) throw new InputError('no standard input');
        task = { seq, kind: 'bytes', path: '-', bytes: await readCapped(io.stdin, options.maxBytes) };
      } catch (error) {
        task = error instanceof InputError
          ? { seq, kind: 'error', path: '-', reason: error.message }
          : { seq, kind: 'failed', path: '-', error: `internal error: ${(error as Error)?.message ?? String(error)}`, stack: (error as Error)?.stack };
      }
      seq++;
      yield task;
    }
  }
}

async function* emptyStream(): AsyncGenerator<Buffer> {}

/** How long opening the --errors file may wait for a reader (a FIFO's open waits for one). */
const OPEN_WAIT_MS = 5000;

/**
 * Open the --errors file off the main thread: a FIFO with no reader would block a synchronous open
 * for good. A reader that does not come within OPEN_WAIT_MS is an error like any other.
 */
function openForWriting(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      reject(Object.assign(new Error('no reader'), { code: 'NOREADER' }));
    }, OPEN_WAIT_MS);
    openCallback(path, 'w', (error, fd) => {
      clearTimeout(timer);
      if (late) {
        if (!error) closeCallback(fd, () => {});
      } else if (error) reject(error);
      else resolve(fd);
    });
  });
}

function wantsColor(stdout: Writable, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return !!stdout.isTTY && env.TERM !== 'dumb';
}
