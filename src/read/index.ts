// Choosing a reader: by --input-format, by file extension, else by sniffing the text.
import { extname } from 'node:path';
import { buildDocument, cutPiece, type Document, type InputFormat, type ReadResult } from '../document.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readText } from './text.js';
import { datelineDate } from './published.js';
import { readDateOrder, type DateOrder } from './locale.js';
import { wireDateline } from './furniture.js';
import type { RawBlock } from '../document.js';

const READERS: Record<InputFormat, (source: string) => ReadResult> = { txt: readText, md: readMarkdown, html: readHtml };

const EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.mdown': 'md', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
};

export function formatFromPath(path: string | undefined): InputFormat | undefined {
  return path ? EXTENSIONS[extname(path).toLowerCase()] : undefined;
}

/** Guess the format of text with no telling extension (stdin, `.dat`, no extension). */
export function sniffFormat(source: string): InputFormat {
  const head = source.slice(0, 4096).trimStart();
  if (/^<(?:!doctype\s+html|html|head|body|meta|article)\b/i.test(head)) return 'html';
  const tags = head.match(/<\/?(?:p|div|span|a|h[1-6]|li|ul|br|article|section)\b[^>]*>/gi)?.length ?? 0;
  if (tags >= 5) return 'html';
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(head)) return 'md';
  if (/^#{1,6}\s\S/m.test(head) || /\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/.test(head)) return 'md';
  return 'txt';
}

export interface ReadOptions {
  path?: string;
  format?: InputFormat;
  published?: string;
  /** Metadata given beside the text (an NDJSON input line): used when the article itself has none. */
  title?: string;
  url?: string;
}

/** What serialisers write for a missing value: a text of only this is no article. */
const PLACEHOLDER = /^\s*(null|undefined|None|nil|NULL)\s*$/;

/** Source text → the document model. */
export function readDocument(source: string, options: ReadOptions = {}): Document {
  const format = options.format ?? formatFromPath(options.path) ?? sniffFormat(source);
  const placeholder = PLACEHOLDER.exec(source)?.[1];
  // a text that is only `null` (a crawler's missing body, serialised) is no article: not a title "null"
  const read = READERS[format](placeholder ? '' : source);
  if (placeholder) read.warnings.push(`the text is only "${placeholder}", a placeholder for a missing text: read as empty`);
  if (options.title && !read.title) read.title = options.title;
  if (options.url && !read.url) read.url = options.url;
  if (options.published) {
    read.published = options.published;
    read.publishedFrom = 'option';
  } else if (!read.published) readDateline(read);
  // the byline and date line of a page, once read, are no article text
  if (read.format === 'html') read.blocks = read.blocks.filter((b, i) => !(b.kind === 'caption' && i < 12 && b.pieces.reduce((n, p) => n + p.value.length, 0) <= 200));
  const wire = splitWireDateline(source, read);
  read.site = read.site ?? wire ?? null;
  return buildDocument(source, read);
}

/**
 * A wire dateline opening the first paragraphs ("LONDON (Reuters) - Hackers …") is cut off the lead, so
 * the place and the wire are not read as its subject; the wire is the publisher.
 */
function splitWireDateline(source: string, read: ReadResult): string | null {
  for (let i = 0; i < Math.min(read.blocks.length, 6); i++) {
    const block = read.blocks[i]!;
    if (block.kind !== 'paragraph') continue;
    const text = block.pieces.map((p) => p.value).join('');
    const lead = text.length - text.trimStart().length;
    const wire = wireDateline(text.slice(lead));
    if (!wire) continue;
    const [head, rest] = splitPieces(source, block.pieces, lead + wire.length);
    void head;
    read.blocks.splice(i, 1, { ...block, pieces: rest } satisfies RawBlock);
    return wire.site;
  }
  return null;
}

/** Pieces split after `at` characters of their joined values (the cut mapped to the source by `cutPiece`). */
function splitPieces(source: string, pieces: RawBlock['pieces'], at: number): [RawBlock['pieces'], RawBlock['pieces']] {
  const head: RawBlock['pieces'] = [];
  const rest: RawBlock['pieces'] = [];
  let seen = 0;
  for (const p of pieces) {
    const len = p.value.length;
    if (seen + len <= at) head.push(p);
    else if (seen >= at) rest.push(p);
    else {
      const [a, b] = cutPiece(source, p, at - seen);
      head.push(a);
      rest.push(b);
    }
    seen += len;
  }
  return [head, rest];
}

/** Blocks near the top that may carry a dateline ("Published: 29 November 2021"). */
const DATELINE_BLOCKS = 12;

/** Without metadata, a dateline near the top gives the publication date; its block becomes a caption. */
function readDateline(read: ReadResult): void {
  // a numeric dateline ("Published: 03/04/2021") is read in the document's date order (src/read/locale.ts)
  let order: DateOrder | null | undefined;
  for (const block of read.blocks.slice(0, DATELINE_BLOCKS)) {
    const line = block.pieces.map((p) => p.value).join('');
    const published = datelineDate(line, /\d[/.-]\d/.test(line) ? (order ??= readDateOrder(read)) : null);
    if (published) {
      read.published = published;
      read.publishedFrom = 'text';
      // a line of its own is no article text; a date inside a longer block stays, as a caption
      if (read.format === 'md') block.kind = 'caption';
      else read.blocks.splice(read.blocks.indexOf(block), 1);
      return;
    }
  }
}
