// main({argv, stdin, stdout, stderr}) → exit code. Touches no process globals, so the same table of
// CLI cases runs in-process and through the real bin.
import { openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs, type CliOptions } from './cli.js';
import { InputError, UsageError } from './errors.js';
import { csvHeader, type OutputFormat } from './format/index.js';
import { describeFsError, expandInputs, type Input } from './batch/inputs.js';
import { ndjsonTasks } from './batch/ndjson.js';
import { runOrdered } from './batch/ordered.js';
import { inlineExecutor, WorkerPool, workersAvailable, type Executor } from './batch/pool.js';
import { PROGRAM, Reporter } from './batch/report.js';
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
      stderr.write(`${PROGRAM}: ${error.message}\nTry '${PROGRAM} --help' for usage.\n`);
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

  const expanded = ndjson
    ? { inputs: [] as Input[], several: true }
    : await expandInputs(operands, {
      extensions: options.ext,
      onSkip: options.verbose ? (path) => stderr.write(`${PROGRAM}: ${path}: skipped (not an article extension)\n`) : undefined,
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
      errorsFile = openSync(options.errors, 'w');
    } catch (error) {
      stderr.write(`${PROGRAM}: --errors ${options.errors}: ${describeFsError(error)}\n`);
      return 2;
    }
  }

  // One article with no time limit runs here (no worker start-up); anything else goes to workers.
  const total = ndjson ? undefined : expanded.inputs.length;
  const timeoutMs = options.timeoutMs ?? (several ? DEFAULT_BATCH_TIMEOUT_MS : undefined);
  const pooled = (several || options.timeoutMs !== undefined) && workersAvailable();
  const workers = pooled ? Math.max(1, Math.min(options.jobs, total ?? options.jobs)) : 1;
  const executor: Executor = pooled ? new WorkerPool(workers, settings, timeoutMs) : inlineExecutor(settings);

  const reporter = new Reporter(html ?? stdout, stderr, { quiet: options.quiet, debug: options.debug, several, total, errorsFile, errorRecords: options.errorRecords });
  const tasks = ndjson ? ndjsonTasks(io.stdin ?? emptyStream(), options.maxBytes) : fileTasks(expanded.inputs, options, io);
  let interrupted = false;
  if (format === 'csv') stdout.write(csvHeader()); // once per run, rows follow as articles are done
  try {
    ({ interrupted } = await runOrdered(reporter.track(tasks), executor, pooled ? workers * 4 : 1, (o) => reporter.emit(o), io.signal));
  } finally {
    await executor.close();
    reporter.finish(interrupted);
  }
  if (html) stdout.write(html.render());
  if (interrupted) return 130;
  return reporter.tally.failed > 0 && !options.keepGoing ? 1 : 0;
}

/** Per-article time budget in a batch when --timeout-ms is not given: far above any real article. */
export const DEFAULT_BATCH_TIMEOUT_MS = 60_000;

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

function wantsColor(stdout: Writable, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return !!stdout.isTTY && env.TERM !== 'dumb';
}
