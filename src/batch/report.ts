// What a run tells the user besides the records: warnings and errors on stderr (naming each input),
// failures to the --errors file, the progress line, and the summary.
import { closeSync, writeSync } from 'node:fs';
import { terminalSafe } from '../errors.js';
import { describeFsError } from './inputs.js';
import type { Writable } from '../main.js';
import { ProgressLine, summaryLine, type Tally } from './progress.js';
import type { Outcome, Task } from './task.js';

/** How messages name the tool. */
export const PROGRAM = 'breach-extract';

export interface ReportOptions {
  quiet: boolean;
  debug: boolean;
  /** A batch (several inputs, a folder, a glob or a stream): progress and summary apply. */
  several: boolean;
  /** Inputs in all, when known (not for a stream). */
  total?: number;
  /** An open file for failures as NDJSON lines, and its name for messages. */
  errorsFile?: number;
  errorsPath?: string;
  /** `-f json` on several inputs: the records go out as one JSON array (one document). */
  jsonArray?: boolean;
  /** --error-records: each failure also as a line on stdout, {"source":{"id"} or {"path"},"error"}. */
  errorRecords?: boolean;
}

/** One message line on stderr: `breach-extract: <parts joined by ": ">`, control characters escaped. */
export const messageLine = (...parts: string[]): string => `${PROGRAM}: ${parts.map(terminalSafe).join(': ')}\n`;

/** Where an input is (a path, or "-:12" for a stream's line) and its stream id, kept until its outcome is out. */
interface Whereabouts {
  where: string;
  id?: string;
}

export class Reporter {
  readonly tally: Tally = { done: 0, incidents: 0, failed: 0 };
  /** The --errors file could not be written (reported once; the run then exits 1). */
  writeFailed = false;
  /** Ctrl-C stopped an article's extraction (a one-article run in this thread). */
  interrupted = false;
  private records = 0;
  private readonly inputs = new Map<number, Whereabouts>();
  private readonly progress: ProgressLine | null;
  private readonly began = performance.now();

  constructor(private readonly stdout: Writable, private readonly stderr: Writable, private readonly options: ReportOptions) {
    this.progress = stderr.isTTY && !options.quiet && options.several ? new ProgressLine(stderr, options.total) : null;
  }

  /** Pass tasks through, noting each one's whereabouts for its messages. */
  async *track(tasks: AsyncIterable<Task>): AsyncGenerator<Task> {
    for await (const task of tasks) {
      this.inputs.set(task.seq, { where: task.where ?? task.path, id: task.id });
      yield task;
    }
  }

  /** One outcome, in input order: its record on stdout, or its error on stderr (and in the errors file). */
  async emit(outcome: Outcome): Promise<void> {
    const input = this.inputs.get(outcome.seq) ?? { where: '-' };
    this.inputs.delete(outcome.seq);
    const name = input.id !== undefined ? `${input.where} (id ${input.id})` : input.where;
    this.progress?.clear();
    if (!outcome.ok && outcome.interrupted) {
      this.interrupted = true;
      return;
    }
    if (outcome.ok) {
      this.tally.done++;
      if (outcome.incident) this.tally.incidents++;
      if (!this.options.quiet) for (const w of outcome.warnings) this.stderr.write(messageLine(name, `warning: ${w}`));
      await this.out(outcome.output);
    } else {
      this.tally.failed++;
      this.stderr.write(messageLine(name, outcome.error));
      if (outcome.internal && this.options.debug && outcome.stack) this.stderr.write(`${terminalSafe(outcome.stack).replace(/\\n/g, '\n')}\n`);
      if (this.options.errorsFile !== undefined && !this.writeFailed) {
        const line = { path: input.where, ...(input.id !== undefined ? { id: input.id } : {}), error: outcome.error };
        try {
          writeSync(this.options.errorsFile, `${JSON.stringify(line)}\n`);
        } catch (error) {
          this.errorsFileFailed(error);
        }
      }
      if (this.options.errorRecords) {
        const source = input.id !== undefined ? { id: input.id } : { path: input.where };
        await this.out(`${JSON.stringify({ source, error: outcome.error })}\n`);
      }
    }
    this.progress?.update(this.tally);
  }

  /** Close the errors file, erase the progress line and print the summary (always when interrupted). */
  finish(interrupted: boolean): void {
    if (this.options.jsonArray) this.stdout.write(this.records === 0 ? '[]\n' : '\n]\n');
    if (this.options.errorsFile !== undefined) {
      try {
        closeSync(this.options.errorsFile);
      } catch (error) {
        this.errorsFileFailed(error);
      }
    }
    this.progress?.clear();
    const seconds = (performance.now() - this.began) / 1000;
    if (interrupted) this.stderr.write(`${PROGRAM}: ${summaryLine(this.tally, seconds, { total: this.options.total })}\n`);
    else if (this.options.several && !this.options.quiet) this.stderr.write(`${PROGRAM}: ${summaryLine(this.tally, seconds, null)}\n`);
  }

  /** One document on stdout (an element of the array under `jsonArray`), waiting for the reader to drain. */
  private async out(text: string): Promise<void> {
    if (this.options.jsonArray) text = `${this.records === 0 ? '[\n' : ',\n'}${text.trimEnd()}`;
    this.records++;
    if (!this.stdout.write(text) && this.stdout.once) await new Promise<void>((resolve) => this.stdout.once!('drain', resolve));
  }

  /** A write to the --errors file failed (a full disk): one line, once; failures still go to stderr. */
  private errorsFileFailed(error: unknown): void {
    if (this.writeFailed) return;
    this.writeFailed = true;
    this.stderr.write(messageLine(`--errors ${this.options.errorsPath ?? ''}`.trim(), `cannot write: ${describeFsError(error)}`));
  }
}
