// `--input ndjson`: one article per line, {"id"?, "text", "title"?, "url"?, "published"?, "format"?},
// read as the consumer asks for more (back-pressure), each line held to --max-bytes.
// A line without an id gets a stable one: LINE_ID_PREFIX and the first 16 hex digits of the SHA-256 of
// the line's bytes, so the same line has the same id in any mapper, split or re-run.
import { createHash } from 'node:crypto';
import { INPUT_FORMATS, isCalendarDay, isInputFormat } from '../values.js';
import type { ArticleMeta, Task } from './task.js';

export const LINE_ID_PREFIX = 'line-';

/** The id of a line that names none (also of a line that is not JSON at all). */
export function lineId(line: string): string {
  return LINE_ID_PREFIX + createHash('sha256').update(line).digest('hex').slice(0, 16);
}

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
    const parsed = parseLine(line);
    if ('reason' in parsed) yield { seq: seq++, kind: 'error', path: '-', where, id: parsed.id, reason: parsed.reason };
    else yield { seq: seq++, kind: 'text', path: '-', where, id: parsed.id, text: parsed.text, meta: parsed.meta };
  }
}

function parseLine(line: string): { text: string; meta: ArticleMeta; id: string } | { reason: string; id: string } {
  let value: unknown;
  try {
    // a line may start with a UTF-8 byte order mark (a file concatenated from others): not part of the JSON
    value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    return { reason: `malformed JSON${at !== undefined ? ` at column ${Number(at) + 1}` : ''}`, id: lineId(line) };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { reason: 'not a JSON object', id: lineId(line) };
  const o = value as Record<string, unknown>;
  const given = typeof o.id === 'string' ? o.id : typeof o.id === 'number' ? String(o.id) : undefined;
  const id = given ?? lineId(line);
  const fail = (why: string) => ({ reason: why, id });
  if (o.id !== undefined && o.id !== null && given === undefined) return fail('"id" must be a string or a number');
  if (typeof o.text !== 'string') return fail('no "text" string');
  const meta: ArticleMeta = { id };
  for (const key of ['title', 'url', 'published', 'format'] as const) {
    const v = o[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return fail(`"${key}" must be a string`);
  }
  if (typeof o.title === 'string') meta.title = o.title;
  if (typeof o.url === 'string') meta.url = o.url;
  if (typeof o.published === 'string') {
    const day = publishedDay(o.published);
    if (day) meta.published = day;
    else meta.warnings = [`"published" ${JSON.stringify(o.published.slice(0, 60))} is not a date (ISO 8601 or RFC 2822): ignored`];
  }
  if (typeof o.format === 'string') {
    if (!isInputFormat(o.format)) return fail(`"format" must be one of ${INPUT_FORMATS.join(', ')}`);
    meta.format = o.format;
  }
  return { text: o.text, meta, id: meta.id! };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** ISO 8601: 2017-11-03, 2017-11-3, 20171103, with an optional time and any offset (T10:22Z, 10:22:00.5+05:30). */
const ISO = /^(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{4})(\d{2})(\d{2}))(?:[T ](?:[01]?\d|2[0-3])(?::?[0-5]\d){0,2}(?:[.,]\d+)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** RFC 2822 (and the RFC 822/1123 forms crawlers send): [Fri, ]3 Nov 2017[ 10:22[:00] +0000|GMT|EST…]. */
const RFC2822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|[a-z]{1,5}))?)?$/i;

/**
 * A stream line's `published` as YYYY-MM-DD: the calendar day as written, in the writer's own offset
 * ("2017-11-03T23:30:00-05:00" is 3 November where it was published), or undefined when it is not a
 * real day in one of those forms.
 */
export function publishedDay(value: string): string | undefined {
  const text = value.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = ISO.exec(text);
  const rfc = iso ? null : RFC2822.exec(text);
  if (iso) {
    const [, y1, m1, d1, y2, m2, d2] = iso;
    [y, m, d] = [Number(y1 ?? y2), Number(m1 ?? m2), Number(d1 ?? d2)];
  } else if (rfc) {
    m = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
    if (m === 0) return undefined;
    d = Number(rfc[1]);
    y = Number(rfc[3]);
    if (rfc[3]!.length === 2) y += y < 50 ? 2000 : 1900; // RFC 2822's obsolete two-digit years
  } else return undefined;
  const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isCalendarDay(day) ? day : undefined;
}
