// The document model: built once per article, read by every extractor.
// It keeps the source untouched, the plain text with a per-character map back to source offsets,
// blocks (headings, paragraphs, list items…), sentences, and offset → line/column.
import type { Evidence, PublishedFrom } from './record.js';
import { splitSentences } from './sentences.js';
import { WIRE_CREDIT } from './lexicon/outlets.js';
import { documentDateOrder, type DateOrder, type DateOrderHint } from './read/locale.js';
import { readPublisherNames, type PublisherNames } from './read/publisher.js';

export type { InputFormat } from './values.js';
import type { InputFormat } from './values.js';
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'caption' | 'table-cell';

/** A run of text as a reader found it: its value, and the source range it came from. */
export interface Piece {
  value: string;
  start: number;
  end: number;
}

export interface RawBlock {
  kind: BlockKind;
  pieces: Piece[];
  depth?: number;
}

/** What a reader returns: the article's blocks and metadata, before the model is built. */
export interface ReadResult {
  format: InputFormat;
  blocks: RawBlock[];
  title: string | null;
  url: string | null;
  published: string | null;
  publishedFrom: PublishedFrom | null;
  warnings: string[];
  /** The page's language as it declares it ("en-GB", "en_AU", "de"): a hint of its date order. */
  lang?: string | null;
  /** The publisher's name as the page gives it (og:site_name, front matter, a byline or wire dateline). */
  site?: string | null;
}

export interface Block {
  index: number;
  kind: BlockKind;
  depth?: number;
  /** Offsets into `Document.text`. */
  start: number;
  end: number;
  text: string;
  /** Sentence indices [first, last) belonging to this block. */
  sentences: [number, number];
}

export interface Sentence {
  index: number;
  block: number;
  start: number;
  end: number;
  text: string;
}

export interface Point {
  line: number;
  column: number;
}

const BLOCK_SEPARATOR = '\n\n';

export class Document {
  readonly text: string;
  readonly blocks: Block[];
  readonly sentences: Sentence[];
  readonly warnings: string[];
  private readonly sourceMap: Int32Array;
  private lineStarts: number[] | undefined;
  /** Per-document cache for derived analyses (NLP, cue scans), so each runs once. */
  readonly cache = new Map<string, unknown>();

  constructor(
    readonly source: string,
    readonly format: InputFormat,
    readonly title: string | null,
    readonly url: string | null,
    readonly published: string | null,
    readonly publishedFrom: PublishedFrom | null,
    text: string,
    sourceMap: Int32Array,
    blocks: Block[],
    sentences: Sentence[],
    warnings: string[],
    /** The page's declared language ("en-GB"), when the reader found one. */
    readonly lang: string | null = null,
    /** The publisher's name as the page gives it (og:site_name, a byline, a wire dateline), or null. */
    readonly site: string | null = null,
  ) {
    this.text = text;
    this.sourceMap = sourceMap;
    this.blocks = blocks;
    this.sentences = sentences;
    this.warnings = warnings;
  }

  /** Source offset of a plain-text offset. */
  sourceOffset(textOffset: number): number {
    if (this.sourceMap.length === 0) return 0;
    const i = Math.max(0, Math.min(textOffset, this.sourceMap.length - 1));
    return this.sourceMap[i]!;
  }

  /** 1-based line and column of a source offset (UTF-16 code units). */
  toPoint(offset: number): Point {
    const starts = (this.lineStarts ??= computeLineStarts(this.source));
    const line = lastAtOrBefore(starts, offset);
    return { line: line + 1, column: offset - starts[line]! + 1 };
  }

  /** The sentence containing a plain-text offset (binary search). */
  sentenceAt(textOffset: number): Sentence | undefined {
    const s = this.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = s[mid]!;
      if (textOffset < x.start) hi = mid - 1;
      else if (textOffset >= x.end) lo = mid + 1;
      else return x;
    }
    return undefined;
  }

  /** Evidence for a sentence: its text and where it starts in the source. */
  evidence(sentence: Sentence): Evidence {
    const offset = this.sourceOffset(sentence.start);
    const { line, column } = this.toPoint(offset);
    return { quote: sentence.text, line, column, offset };
  }

  /**
   * Which way round the document writes all-numeric dates ("03/04/2021"), and what says so (a decisive
   * date in the text, the page language, the address's country domain, the written dates' habit);
   * null when nothing does (readers then keep the month-first default). See src/read/locale.ts.
   */
  get dateOrderHint(): DateOrderHint | null {
    return this.memo('dateOrder', () => documentDateOrder({ text: this.text, lang: this.lang, url: this.url }));
  }

  /** 'day-first' | 'month-first' | null: the order of `dateOrderHint`. */
  get dateOrder(): DateOrder | null {
    return this.dateOrderHint?.order ?? null;
  }

  /**
   * The names the page's publisher goes by (its address, the title's site name, the site name, a wire's dateline),
   * compacted: read once, for every step that must not take the publisher for a victim or a source. See src/read/publisher.ts.
   */
  get publisher(): PublisherNames {
    return this.memo('publisher', () => readPublisherNames(this));
  }

  /** Memoise a derived analysis on this document. */
  memo<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = compute();
    this.cache.set(key, value);
    return value;
  }
}

function computeLineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && source.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
  c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
const isInvisible = (c: number) => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;

/**
 * Accumulates one block's plain text with each character's source offset, collapsing whitespace runs
 * to one space, dropping invisible characters and trimming both ends.
 */
class BlockBuilder {
  codes = new Uint16Array(1024);
  offsets = new Int32Array(1024);
  length = 0;
  private pendingSpace = -1;

  reset(): void {
    this.length = 0;
    this.pendingSpace = -1;
  }

  private push(code: number, src: number): void {
    if (this.length === this.codes.length) {
      const codes = new Uint16Array(this.codes.length * 2);
      codes.set(this.codes);
      this.codes = codes;
      const offsets = new Int32Array(this.offsets.length * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    this.codes[this.length] = code;
    this.offsets[this.length++] = src;
  }

  emit(code: number, src: number): void {
    if (isInvisible(code)) return;
    if (isSpace(code)) {
      if (this.length > 0 && this.pendingSpace < 0) this.pendingSpace = src;
      return;
    }
    if (this.pendingSpace >= 0) {
      this.push(32, this.pendingSpace);
      this.pendingSpace = -1;
    }
    this.push(code, src);
  }

  /** Add a piece: each character of its value at its source offset (see `pieceOffsets`). */
  add(source: string, piece: Piece): void {
    const { value, start } = piece;
    if (isExactSlice(source, piece)) {
      for (let i = 0; i < value.length; i++) this.emit(value.charCodeAt(i), start + i);
      return;
    }
    const offsets = pieceOffsets(source, piece);
    for (let i = 0; i < value.length; i++) this.emit(value.charCodeAt(i), offsets[i]!);
  }

  text(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.length; i += 8192) parts.push(String.fromCharCode(...this.codes.subarray(i, Math.min(this.length, i + 8192))));
    return parts.join('');
  }
}

const isExactSlice = (source: string, piece: Piece): boolean =>
  piece.end - piece.start === piece.value.length && source.startsWith(piece.value, piece.start);

/**
 * Source characters the walk may pass over for one value character: a few non-space ones (entity
 * names, escapes), and whitespace up to a bound (indentation; bounded so a miss costs little).
 */
const SKIP_LIMIT = 12;
const SKIP_SPACE_LIMIT = 256;

/**
 * The source offset of each character of a piece's value, inside [start, end). Exact slices map one to
 * one; otherwise (entities, escapes, and the indentation and trailing spaces Markdown strips from the
 * lines of a paragraph) the two strings are walked together, passing over source whitespace freely and
 * over a few other source characters (`&amp;`, `\*`) that have no counterpart in the value.
 */
export function pieceOffsets(source: string, piece: Piece, count = piece.value.length): Int32Array {
  const { value, start, end } = piece;
  const n = Math.min(count, value.length);
  const out = new Int32Array(n);
  // an exact slice maps one to one (checked only as far as asked: a cut near the start stays cheap)
  if (end - start === value.length && source.startsWith(value.slice(0, n), start)) {
    for (let i = 0; i < n; i++) out[i] = start + i;
    return out;
  }
  let s = start;
  for (let i = 0; i < n; i++) {
    const code = value.charCodeAt(i);
    let probe = s;
    let skipped = 0;
    let spaces = 0;
    while (probe < end && source.charCodeAt(probe) !== code) {
      if (isSpace(source.charCodeAt(probe)) ? ++spaces > SKIP_SPACE_LIMIT : ++skipped > SKIP_LIMIT) break;
      probe++;
    }
    if (probe < end && source.charCodeAt(probe) === code) {
      out[i] = probe;
      s = probe + 1;
    } else {
      out[i] = Math.min(s, Math.max(start, end - 1));
      // an entity stands for this character: move past it
      if (source[s] === '&') {
        const semi = source.indexOf(';', s);
        s = semi >= 0 && semi - s < SKIP_LIMIT ? semi + 1 : s + 1;
      }
    }
  }
  return out;
}

/**
 * Cut a piece after `at` characters of its value. The cut's source offset comes from `pieceOffsets`,
 * never from `start + at`: a value with stripped indentation or decoded entities is shorter than its
 * source, and adding the index would point the second part's evidence before its sentence.
 */
export function cutPiece(source: string, piece: Piece, at: number): [Piece, Piece] {
  if (at <= 0) return [{ value: '', start: piece.start, end: piece.start }, piece];
  if (at >= piece.value.length) return [piece, { value: '', start: piece.end, end: piece.end }];
  // the walk goes only as far as the cut: cutting a long piece line by line stays linear
  const offsets = pieceOffsets(source, piece, at + 1);
  const mid = offsets[at]!;
  return [
    { value: piece.value.slice(0, at), start: piece.start, end: Math.max(piece.start, Math.min(mid, offsets[at - 1]! + 1)) },
    { value: piece.value.slice(at), start: mid, end: piece.end },
  ];
}

/** Build the document model from a reader's result. */
export function buildDocument(source: string, read: ReadResult): Document {
  const builder = new BlockBuilder();
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const texts: string[] = [];
  let sourceMap = new Int32Array(Math.max(16, source.length + 64));
  let length = 0;
  const mapPush = (offsets: Int32Array, count: number) => {
    if (length + count > sourceMap.length) {
      const grown = new Int32Array(Math.max(sourceMap.length * 2, length + count));
      grown.set(sourceMap.subarray(0, length));
      sourceMap = grown;
    }
    sourceMap.set(offsets.subarray(0, count), length);
    length += count;
  };

  for (const raw of read.blocks) {
    builder.reset();
    for (const piece of raw.pieces) builder.add(source, piece);
    if (builder.length === 0) continue;
    const blockText = builder.text();
    if (length > 0) {
      mapPush(Int32Array.from(BLOCK_SEPARATOR, () => builder.offsets[0]!), BLOCK_SEPARATOR.length);
      texts.push(BLOCK_SEPARATOR);
    }
    const start = length;
    texts.push(blockText);
    mapPush(builder.offsets, builder.length);
    const index = blocks.length;
    const firstSentence = sentences.length;
    for (const [a, b] of splitSentences(blockText)) {
      // a wire's credit closing the last paragraph ("… the ministry said. (Reporting by Jane Roe)") is no text of the story
      if (WIRE_CREDIT.test(blockText.slice(a, b))) continue;
      sentences.push({ index: sentences.length, block: index, start: start + a, end: start + b, text: blockText.slice(a, b) });
    }
    blocks.push({ index, kind: raw.kind, depth: raw.depth, start, end: length, text: blockText, sentences: [firstSentence, sentences.length] });
  }
  return new Document(source, read.format, read.title, read.url, read.published, read.publishedFrom, texts.join(''),
    sourceMap.slice(0, length), blocks, sentences, [...read.warnings], read.lang ?? null, read.site ?? null);
}

/** Index of the last value not greater than `value` in an ascending list (0 when none is). */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
