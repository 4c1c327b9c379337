// One unit of batch work: an article (a file, stdin's bytes, or an NDJSON line's text) in, one formatted
// record or one error out. The same function runs in the main thread and in workers, so records are
// identical whatever --jobs says.
import { InputError } from '../errors.js';
import { extract } from '../extract/index.js';
import { FORMATTERS, type OutputFormat } from '../format/index.js';
import type { InputFormat } from '../document.js';
import { decode } from '../read/decode.js';
import { notArticleWarning } from '../read/not-article.js';
import { readArticle } from './read.js';

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
  maxBytes: number;
  inputFormat?: InputFormat;
  /** `--explain`: rule ids and reasons on every value. */
  explain?: boolean;
  published?: string;
}

export type Outcome =
  | { seq: number; ok: true; output: string; warnings: string[]; incident: boolean }
  | { seq: number; ok: false; error: string; internal?: boolean; stack?: string };

export async function runTask(task: Task, settings: TaskSettings): Promise<Outcome> {
  if (task.kind === 'failed') return { seq: task.seq, ok: false, internal: true, error: task.error, stack: task.stack };
  try {
    if (task.kind === 'error') throw new InputError(task.reason);
    let text: string;
    const warnings: string[] = [];
    let meta: ArticleMeta = {};
    if (task.kind === 'text') {
      text = task.text;
      meta = task.meta;
      warnings.push(...(meta.warnings ?? []));
    } else {
      const decoded = decode(task.kind === 'bytes' ? Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength) : await readArticle(task.path, settings.maxBytes));
      text = decoded.text;
      warnings.push(...decoded.warnings);
    }
    const record = extract(text, {
      path: task.path,
      format: meta.format ?? settings.inputFormat,
      published: settings.published ?? meta.published,
      title: meta.title,
      url: meta.url,
      id: meta.id,
      explain: settings.explain,
    });
    const notArticle = notArticleWarning(text);
    if (notArticle) warnings.push(notArticle);
    record.warnings.unshift(...warnings);
    return { seq: task.seq, ok: true, output: FORMATTERS[settings.format](record, { color: settings.color }), warnings: record.warnings, incident: record.isIncident };
  } catch (error) {
    if (error instanceof InputError) return { seq: task.seq, ok: false, error: error.message };
    return { seq: task.seq, ok: false, internal: true, error: `internal error: ${(error as Error)?.message ?? String(error)}`, stack: (error as Error)?.stack };
  }
}
