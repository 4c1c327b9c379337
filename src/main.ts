// main({argv, stdin, stdout, stderr}) → exit code. Touches no process globals, so the same table of
// CLI cases runs in-process and through the real bin.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parseArgs, type CliOptions } from './cli.js';
import { InputError, UsageError } from './errors.js';
import { extract } from './extract/index.js';
import { FORMATTERS, type OutputFormat } from './format/index.js';
import { decode } from './read/decode.js';
import { describeFsError, expandInputs, type Input } from './batch/inputs.js';
import { recordSchema, type IncidentRecord } from './record.js';

export interface Writable {
  write(chunk: string): boolean;
  isTTY?: boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

export interface MainIO {
  argv: string[];
  stdin?: AsyncIterable<Buffer | string> & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  env?: Record<string, string | undefined>;
}

const PROGRAM = 'breach-extract';
const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

export async function main(io: MainIO): Promise<number> {
  const { stdout, stderr } = io;
  const env = io.env ?? {};
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
    stdout.write(`${JSON.stringify(recordSchema, null, 2)}\n`);
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

  const { inputs, several } = await expandInputs(operands, {
    extensions: options.ext,
    onSkip: options.verbose ? (path) => stderr.write(`${PROGRAM}: ${path}: skipped (not an article extension)\n`) : undefined,
  });
  const format: OutputFormat = options.format ?? (stdout.isTTY ? 'pretty' : several ? 'ndjson' : 'json');
  const color = format === 'pretty' && wantsColor(stdout, env);
  const write = async (text: string) => {
    if (!stdout.write(text) && stdout.once) await new Promise<void>((resolve) => stdout.once!('drain', resolve));
  };

  let failed = 0;
  for (const input of inputs) {
    try {
      const record = await processInput(input, options, io);
      if (!options.quiet) for (const w of record.warnings) stderr.write(`${PROGRAM}: ${input.path}: warning: ${w}\n`);
      await write(FORMATTERS[format](record, { color }));
    } catch (error) {
      failed++;
      if (error instanceof InputError) stderr.write(`${PROGRAM}: ${input.path}: ${error.message}\n`);
      else {
        stderr.write(`${PROGRAM}: ${input.path}: internal error: ${(error as Error)?.message ?? String(error)}\n`);
        if (options.debug) stderr.write(`${(error as Error)?.stack ?? ''}\n`);
      }
    }
  }
  return failed > 0 ? 1 : 0;
}

function wantsColor(stdout: Writable, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return !!stdout.isTTY && env.TERM !== 'dumb';
}

async function readInput(input: Input, options: CliOptions, io: MainIO): Promise<Buffer> {
  if (input.kind === 'error') throw new InputError(input.reason);
  if (input.kind === 'stdin') {
    if (!io.stdin) throw new InputError('no standard input');
    return readCapped(io.stdin, options.maxBytes);
  }
  try {
    const info = await stat(input.path);
    if (info.isDirectory()) throw new InputError('is a folder');
    // pipes and devices (`<(curl …)`, /dev/stdin) report size 0: read them with the cap as we go
    if (!info.isFile()) return await readCapped(createReadStream(input.path), options.maxBytes);
    if (info.size > options.maxBytes) throw new InputError(tooLarge(info.size, options.maxBytes, ''));
    return await readFile(input.path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(error));
  }
}

async function readCapped(stream: AsyncIterable<Buffer | string>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (size > maxBytes) {
      (stream as { destroy?: () => void }).destroy?.();
      throw new InputError(tooLarge(size, maxBytes, 'more than'));
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

const tooLarge = (size: number, max: number, qualifier: string) =>
  `too large: ${qualifier ? `${qualifier} ` : ''}${size} bytes, over the limit of ${max} bytes (raise it with --max-bytes)`;

async function processInput(input: Input, options: CliOptions, io: MainIO): Promise<IncidentRecord> {
  const bytes = await readInput(input, options, io);
  const { text, warnings } = decode(bytes);
  const record = extract(text, { path: input.path, format: options.inputFormat, published: options.published });
  record.warnings.unshift(...warnings);
  return record;
}
