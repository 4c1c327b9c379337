// One unit of batch work: an article (a file, stdin's bytes, or an NDJSON line's text) in, one formatted
// record or one error out. The same function runs in the main thread and in workers, so records are
// identical whatever --jobs says.
import { createContext, Script, type Context } from 'node:vm';
import { InputError } from '../errors.js';
import { extract } from '../extract/index.js';
import { FORMATTERS, type OutputFormat } from '../format/index.js';
import type { InputFormat } from '../document.js';
import { decode } from '../read/decode.js';
import { notArticleWarning } from '../read/not-article.js';
import { readArticle, readArticleSync } from './read.js';
import { budgetMs, tookTooLong } from './budget.js';

/**
 * `path` is what the record shows as source.path; `where`, when set, names the input in messages
 * ("-:12", a stream's line); `id` is a stream line's id.
 */
interface TaskBase {
  seq: number;
  path: string;
  where?: string;
  id?: string;
}

export type Task =
  | (TaskBase & { kind: 'file' })
  | (TaskBase & { kind: 'bytes'; bytes: Uint8Array })
  | (TaskBase & { kind: 'text'; text: string; meta: ArticleMeta })
  | (TaskBase & { kind: 'error'; reason: string })
  /** Reading failed for an unexpected reason (an internal error, with its stack for --debug). */
  | (TaskBase & { kind: 'failed'; error: string; stack?: string });

/** What an NDJSON input line may say beside its text. */
export interface ArticleMeta {
  id?: string;
  title?: string;
  url?: string;
  published?: string;
  format?: InputFormat;
  /** Problems with the line's fields that did not stop it (a `published` that is not a date). */
  warnings?: string[];
}

/** Settings every task of a run shares (plain data: it is sent to workers). */
export interface TaskSettings {
  format: OutputFormat;
  color: boolean;
  /** pretty: terminal width and ASCII-only output. */
  width?: number;
  ascii?: boolean;
  maxBytes: number;
  inputFormat?: InputFormat;
  /** `--explain`: rule ids and reasons on every value. */
  explain?: boolean;
  published?: string;
}

export type Outcome =
  | { seq: number; ok: true; output: string; warnings: string[]; incident: boolean }
  /** `interrupted`: Ctrl-C stopped this article's extraction (not a failure of the article). */
  | { seq: number; ok: false; error: string; internal?: boolean; stack?: string; interrupted?: boolean };

/** How runTask runs the extraction: directly (in a worker, which the pool stops), or under a budget in this thread. */
export interface RunOptions {
  /** The article's size is known (before extraction): the pool arms its timer from it. */
  onSize?: (bytes: number) => void;
  /** In this thread: --timeout-ms as given (undefined: the default budget). */
  guard?: { timeoutMs: number | undefined };
  /** Read files synchronously (a worker thread, which has nothing else to do meanwhile). */
  syncRead?: boolean;
}

let guardContext: Context | undefined;
const GUARDED = new Script('run()');

/**
 * Run a synchronous function under a time budget in this thread: V8 stops it at the deadline (a
 * regular expression mid-match too), and Ctrl-C stops it at once. Node's vm module does this with a
 * watchdog thread; the code runs in our own context, only its entry is called from the small one.
 */
function guarded<T>(fn: () => T, ms: number): T {
  guardContext ??= createContext({ run: null });
  guardContext.run = fn;
  try {
    return GUARDED.runInContext(guardContext, { timeout: ms > 0 ? ms : undefined, breakOnSigint: true }) as T;
  } finally {
    guardContext.run = null;
  }
}

export async function runTask(task: Task, settings: TaskSettings, run: RunOptions = {}): Promise<Outcome> {
  if (task.kind === 'failed') return { seq: task.seq, ok: false, internal: true, error: task.error, stack: task.stack };
  try {
    if (task.kind === 'error') throw new InputError(task.reason);
    let text: string;
    const warnings: string[] = [];
    let meta: ArticleMeta = {};
    let byteLength = 0;
    if (task.kind === 'text') {
      text = task.text;
      meta = task.meta;
      warnings.push(...(meta.warnings ?? []));
    } else {
      const raw = task.kind === 'bytes' ? Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength)
        : run.syncRead ? readArticleSync(task.path, settings.maxBytes) : await readArticle(task.path, settings.maxBytes);
      byteLength = raw.length;
      const decoded = decode(raw);
      text = decoded.text;
      warnings.push(...decoded.warnings);
    }
    const bytes = task.kind === 'text' ? Buffer.byteLength(text) : byteLength;
    run.onSize?.(bytes);
    const go = () => extract(text, {
      path: task.path,
      format: meta.format ?? settings.inputFormat,
      published: settings.published ?? meta.published,
      title: meta.title,
      url: meta.url,
      id: meta.id,
      explain: settings.explain,
    });
    let record: ReturnType<typeof extract>;
    if (run.guard) {
      const ms = budgetMs(run.guard.timeoutMs, bytes);
      try {
        record = guarded(go, ms);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException)?.code;
        if (code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { seq: task.seq, ok: false, error: tookTooLong(ms, run.guard.timeoutMs !== undefined) };
        if (code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED') return { seq: task.seq, ok: false, error: 'interrupted', interrupted: true };
        throw error;
      }
    } else record = go();
    const notArticle = notArticleWarning(text);
    if (notArticle) warnings.push(notArticle);
    record.warnings.unshift(...warnings);
    return { seq: task.seq, ok: true, output: FORMATTERS[settings.format](record, { color: settings.color, width: settings.width, ascii: settings.ascii }), warnings: record.warnings, incident: record.isIncident };
  } catch (error) {
    if (error instanceof InputError) return { seq: task.seq, ok: false, error: error.message };
    return { seq: task.seq, ok: false, internal: true, error: `internal error: ${(error as Error)?.message ?? String(error)}`, stack: (error as Error)?.stack };
  }
}
