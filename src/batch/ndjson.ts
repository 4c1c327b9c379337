// `--input ndjson`: one article per line, {"id", "text", "title"?, "url"?, "published"?, "format"?},
// read as the consumer asks for more (back-pressure), each line held to --max-bytes.
import { INPUT_FORMATS, isCalendarDay, isInputFormat } from '../values.js';
import type { ArticleMeta, Task } from './task.js';


/** Lines of a byte stream, without their newline; a line longer than maxBytes comes out as `null` and is skipped. */
export async function* lines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<string | null> {
  let pending: Buffer[] = [];
  let size = 0;
  let overlong = false;
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let nl: number;
    while ((nl = buf.indexOf(10)) >= 0) {
      const piece = buf.subarray(0, nl);
      buf = buf.subarray(nl + 1);
      if (overlong || size + piece.length > maxBytes) yield null;
      else yield Buffer.concat([...pending, piece]).toString('utf8');
      pending = [];
      size = 0;
      overlong = false;
    }
    if (overlong) continue;
    size += buf.length;
    if (size > maxBytes) {
      overlong = true; // drop what we hold; the rest of the line is skipped up to its newline
      pending = [];
    } else if (buf.length) pending.push(Buffer.from(buf));
  }
  if (overlong) yield null;
  else if (size > 0) yield Buffer.concat(pending).toString('utf8');
}

/** NDJSON lines → tasks; a bad line becomes an error task naming its line number (and id when known). */
export async function* ndjsonTasks(stream: AsyncIterable<Buffer | string>, maxBytes: number, firstSeq = 0): AsyncGenerator<Task> {
  let seq = firstSeq;
  let lineNo = 0;
  for await (const line of lines(stream, maxBytes)) {
    lineNo++;
    const where = `-:${lineNo}`;
    if (line === null) {
      yield { seq: seq++, kind: 'error', path: '-', where, reason: `too large: a line over the limit of ${maxBytes} bytes (raise it with --max-bytes)` };
      continue;
    }
    if (line.trim() === '') continue;
    const parsed = parseLine(line, lineNo);
    if ('reason' in parsed) yield { seq: seq++, kind: 'error', path: '-', where, id: parsed.id, reason: parsed.reason };
    else yield { seq: seq++, kind: 'text', path: '-', where, id: parsed.id, text: parsed.text, meta: parsed.meta };
  }
}

function parseLine(line: string, lineNo: number): { text: string; meta: ArticleMeta; id: string } | { reason: string; id?: string } {
  let value: unknown;
  try {
    // a line may start with a UTF-8 byte order mark (a file concatenated from others): not part of the JSON
    value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    return { reason: `malformed JSON${at !== undefined ? ` at column ${Number(at) + 1}` : ''}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { reason: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : typeof o.id === 'number' ? String(o.id) : undefined;
  const fail = (why: string) => ({ reason: why, ...(id !== undefined ? { id } : {}) });
  if (o.id !== undefined && id === undefined) return fail('"id" must be a string or a number');
  if (typeof o.text !== 'string') return fail('no "text" string');
  const meta: ArticleMeta = { id: id ?? String(lineNo) };
  for (const key of ['title', 'url', 'published', 'format'] as const) {
    const v = o[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return fail(`"${key}" must be a string`);
  }
  if (typeof o.title === 'string') meta.title = o.title;
  if (typeof o.url === 'string') meta.url = o.url;
  if (typeof o.published === 'string') {
    if (!isCalendarDay(o.published)) return fail('"published" must be a date as YYYY-MM-DD');
    meta.published = o.published;
  }
  if (typeof o.format === 'string') {
    if (!isInputFormat(o.format)) return fail(`"format" must be one of ${INPUT_FORMATS.join(', ')}`);
    meta.format = o.format;
  }
  return { text: o.text, meta, id: meta.id! };
}
