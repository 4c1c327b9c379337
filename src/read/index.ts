// Choosing a reader: by --input-format, by file extension, else by sniffing the text.
import { extname } from 'node:path';
import { buildDocument, type Document, type InputFormat, type ReadResult } from '../document.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readText } from './text.js';
import { datelineDate } from './published.js';

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

/** Source text → the document model. */
export function readDocument(source: string, options: ReadOptions = {}): Document {
  const format = options.format ?? formatFromPath(options.path) ?? sniffFormat(source);
  const read = READERS[format](source);
  if (options.title && !read.title) read.title = options.title;
  if (options.url && !read.url) read.url = options.url;
  if (options.published) {
    read.published = options.published;
    read.publishedFrom = 'option';
  } else if (!read.published) readDateline(read);
  return buildDocument(source, read);
}

/** Blocks near the top that may carry a dateline ("Published: 29 November 2021"). */
const DATELINE_BLOCKS = 12;

/** Without metadata, a dateline near the top gives the publication date; its block becomes a caption. */
function readDateline(read: ReadResult): void {
  for (const block of read.blocks.slice(0, DATELINE_BLOCKS)) {
    const published = datelineDate(block.pieces.map((p) => p.value).join(''));
    if (published) {
      read.published = published;
      read.publishedFrom = 'text';
      block.kind = 'caption';
      return;
    }
  }
}
