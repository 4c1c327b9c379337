// commander only: argv → options. `run` binds main() to the real process for bin/breach-extract.js.
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from './errors.js';
import { main } from './main.js';
import { OUTPUT_FORMATS, type OutputFormat } from './format/index.js';
import { INPUT_FORMATS, isCalendarDay, type InputFormat } from './values.js';
import { MAX_TIMEOUT_MS } from './batch/budget.js';

export interface CliOptions {
  operands: string[];
  /** html: one report page for the whole run (records are collected, then drawn). */
  format?: OutputFormat | 'html';
  inputFormat?: InputFormat;
  published?: string;
  maxBytes: number;
  /** `--schema` (the record) or `--schema merge` (a merged incident). */
  schema: boolean | 'record' | 'merge';
  /** Add `why` (rule id and reason) to every value, and an `explain` block. */
  explain: boolean;
  debug: boolean;
  quiet: boolean;
  verbose: boolean;
  ext?: string[];
  /** Worker threads for a batch (default: the machine's cores). */
  jobs: number;
  /** How stdin is read: one article, or NDJSON lines of articles. */
  input: 'article' | 'ndjson';
  /** Where failures go as NDJSON lines {path, error}, for re-runs. */
  errors?: string;
  /** Per-article time budget; undefined when not given. */
  timeoutMs?: number;
  /** Exit 0 even when some inputs failed (each is still reported). */
  keepGoing: boolean;
  /** Also write each failure to stdout as {"source":{"id"|"path"},"error"}: one output line per input. */
  errorRecords: boolean;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** --max-bytes at most: Node's longest string is 2^29 - 24 UTF-16 units. */
export const MAX_MAX_BYTES = 256 * 1024 * 1024;

/** Worker threads at most: each holds its own copy of the NLP libraries (about 60 MB). */
export const MAX_JOBS = 64;

function jobCount(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > MAX_JOBS) throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_JOBS}.`);
  return Number(value);
}

/** 0 (no limit) up to what a timer can hold (about 24.8 days). */
function milliseconds(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > MAX_TIMEOUT_MS) throw new InvalidArgumentError(`expected a whole number of milliseconds from 0 (no limit) to ${MAX_TIMEOUT_MS}.`);
  return Number(value);
}

function isoDay(value: string): string {
  if (!isCalendarDay(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  return value;
}

function byteCount(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 10000000, 500k or 10M.');
  const unit = (m[2] ?? '').toLowerCase()[0];
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const n = Math.floor(Number(m[1]) * scale);
  if (n < 1) throw new InvalidArgumentError('must be at least 1 byte.');
  if (n > MAX_MAX_BYTES) throw new InvalidArgumentError(`must be at most ${MAX_MAX_BYTES / 1024 / 1024}M (the text of a larger article does not fit in one string).`);
  return n;
}

export const HELP_AFTER = `
Exit codes:
  0  every input was processed (an article with no incident is a success: isIncident false)
  1  at least one input failed (the others were still printed); 0 with --keep-going
  130 interrupted (Ctrl-C): every printed line is a whole record
  2  usage error (unknown flag, bad value)

Examples:
  breach-extract article.txt
  breach-extract story.html | jq .company.name
  cat story.md | breach-extract -
  breach-extract news/ > records.ndjson
  breach-extract news/ | breach-extract merge > incidents.ndjson   (see breach-extract merge --help)
  breach-extract 'archive/**/*.html' --jobs 4 --errors failed.ndjson > records.ndjson
  crawler | breach-extract --input ndjson > records.ndjson
  breach-extract --input ndjson --keep-going --error-records --jobs 1 < part-00000 > records-00000`;

/** Parse argv (without node and script). Throws UsageError; help and version are returned as text. */
export function parseArgs(argv: string[], version: string): { options: CliOptions } | { print: string } {
  let printed = '';
  const program = new Command('breach-extract')
    .description('Read news articles about data breaches and print structured incident records (JSON).')
    .argument('[inputs...]', 'article files or folders (.txt .md .html); "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: pretty on a terminal, json for one input, ndjson for several); csv: one row per article under a header; veris: VERIS 1.4 incidents, stix: STIX 2.1 bundles (NDJSON); html: one self-contained report page').choices([...OUTPUT_FORMATS, 'html']))
    .addOption(new Option('-i, --input-format <format>', 'how to read the input (default: by extension, else sniffed)').choices(INPUT_FORMATS))
    .option('-p, --published <date>', 'publication date YYYY-MM-DD, overriding what the article says', isoDay)
    .option('--max-bytes <size>', 'refuse articles larger than this', byteCount, DEFAULT_MAX_BYTES)
    .option('--ext <list>', 'file extensions to read in folders and globs, comma separated (default: .txt,.md,.markdown,.html,.htm)')
    .option('-j, --jobs <n>', `worker threads for several articles, 1 to ${MAX_JOBS} (default: the number of cores)`, jobCount)
    .addOption(new Option('--input <kind>', 'what stdin holds: one article, or NDJSON lines {"id","text","title"?,"url"?,"published"?,"format"?}').choices(['article', 'ndjson']).default('article'))
    .option('--errors <file>', 'also write failures to this file as NDJSON lines {"path","error"}, for re-runs')
    .option('--keep-going', 'exit 0 even when some inputs failed (each failure is still reported on stderr and in --errors)', false)
    .option('--error-records', 'also write each failure to stdout as {"source":{"id"} or {"path"},"error"}, so every input has one output line', false)
    .option('--timeout-ms <ms>', 'give up on an article after this long; 0 for no limit (default: 60 s plus 30 s per MB of article)', milliseconds)
    .option('--explain', 'add why: {rule, reason} to every value and an explain block (rules behind isIncident, types, dropped candidates)', false)
    .addOption(new Option('--schema [which]', 'print the JSON Schema of the record (or of a merged incident: --schema merge) and exit').choices(['record', 'merge']))
    .option('-q, --quiet', 'no warnings, progress or summary on stderr (errors still)', false)
    .option('-v, --verbose', 'also list skipped files', false)
    .option('--debug', 'print stack traces for internal errors', false)
    .version(version, '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', HELP_AFTER)
    .exitOverride()
    .configureOutput({ writeOut: (s) => (printed += s), writeErr: (s) => (printed += s), outputError: () => {} })
    .allowExcessArguments(true);
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return { print: printed };
      throw new UsageError(error.message.replace(/^error: /, ''));
    }
    throw error;
  }
  const o = program.opts();
  return {
    options: {
      operands: program.args,
      format: o.format,
      inputFormat: o.inputFormat,
      published: o.published,
      maxBytes: o.maxBytes,
      schema: o.schema ?? false,
      explain: o.explain,
      debug: o.debug,
      quiet: o.quiet,
      verbose: o.verbose,
      ext: typeof o.ext === 'string' ? o.ext.split(',').map((e: string) => e.trim()).filter(Boolean) : undefined,
      jobs: o.jobs ?? defaultJobs(),
      input: o.input,
      errors: o.errors,
      timeoutMs: o.timeoutMs,
      keepGoing: o.keepGoing,
      errorRecords: o.errorRecords,
    },
  };
}

const defaultJobs = (): number => Math.max(1, Math.min(MAX_JOBS, availableParallelism()));

/** The bin's entry: real process streams in, exit code out. */
export async function run(argv: string[]): Promise<number> {
  // a reader that goes away (`| head -1`) ends the run quietly; any other write error (a full disk)
  // is one line on stderr and exit 1, never a stack trace
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    writeError('cannot write the records to stdout', error);
    process.exit(1);
  });
  process.stderr.on('error', () => {});
  // Ctrl-C (or a polite kill) stops the batch between articles; a second one stops at once
  // (a press that arrives twice within a second, from the terminal and forwarded by the bin's parent
  // process, is one press)
  const controller = new AbortController();
  let stoppedAt = 0;
  const stop = () => {
    if (controller.signal.aborted) {
      if (performance.now() - stoppedAt > 1000) process.exit(130);
      return;
    }
    stoppedAt = performance.now();
    controller.abort();
    // whatever is still pending (a read that never returns) cannot keep the process alive
    setTimeout(() => process.exit(130), STOP_GRACE_MS).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await main({
    argv, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, signal: controller.signal,
    // one article in this thread: SIGTERM's default action ends the process even mid-extraction
    onInline: () => process.off('SIGTERM', stop),
  });
  // the run is over: nothing left pending may keep the process from exiting
  setTimeout(() => process.exit(code), STOP_GRACE_MS).unref();
  return code;
}

/** How long the process may take to exit once its run is over or it was told to stop. */
const STOP_GRACE_MS = 2000;

function writeError(what: string, error: NodeJS.ErrnoException): void {
  const reason = error.code === 'ENOSPC' ? 'no space left on device' : error.code === 'EIO' ? 'input/output error' : error.code ?? error.message;
  try {
    process.stderr.write(`breach-extract: ${what}: ${reason}\n`);
  } catch {
    // stderr is gone too: the exit code says it
  }
}
