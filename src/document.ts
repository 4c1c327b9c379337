// The document model: built once per article, read by every extractor.
// It keeps the source untouched, the plain text with a per-character map back to source offsets,
// blocks (headings, paragraphs, list items…), sentences, and offset → line/column.
import type { Evidence, PublishedFrom } from './record.js';
import { splitSentences } from './sentences.js';

export type InputFormat = 'txt' | 'md' | 'html';
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
const WHITESPACE = /[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

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
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
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

/**
 * Map each character of `value` to a source offset inside [start, end).
 * Exact slices map one to one; otherwise (entities, escapes) the two strings are walked together,
 * skipping source characters (`&amp;`, `\*`) that have no counterpart in the value.
 */
function alignPiece(source: string, piece: Piece, emit: (ch: string, src: number) => void): void {
  const { value, start, end } = piece;
  if (end - start === value.length && source.startsWith(value, start)) {
    for (let i = 0; i < value.length; i++) emit(value[i]!, start + i);
    return;
  }
  let s = start;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    let probe = s;
    // look a short way ahead for the same character (skips entity names, escape backslashes)
    const limit = Math.min(end, s + 12);
    while (probe < limit && source[probe] !== ch) probe++;
    if (probe < limit) {
      emit(ch, probe);
      s = probe + 1;
    } else {
      emit(ch, Math.min(s, Math.max(start, end - 1)));
      // an entity stands for this character: move past it
      if (source[s] === '&') {
        const semi = source.indexOf(';', s);
        s = semi >= 0 && semi - s < 12 ? semi + 1 : s + 1;
      }
    }
  }
}

/** Build the document model from a reader's result. */
export function buildDocument(source: string, read: ReadResult): Document {
  const chars: string[] = [];
  const map: number[] = [];
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const sourceMapParts: number[] = [];
  let text = '';

  for (const raw of read.blocks) {
    // collapse whitespace, drop invisible characters, trim — keeping each kept character's source offset
    chars.length = 0;
    map.length = 0;
    let pendingSpace = -1;
    const emit = (ch: string, src: number) => {
      if (INVISIBLE.test(ch)) return;
      if (WHITESPACE.test(ch)) {
        if (chars.length > 0 && pendingSpace < 0) pendingSpace = src;
        return;
      }
      if (pendingSpace >= 0) {
        chars.push(' ');
        map.push(pendingSpace);
        pendingSpace = -1;
      }
      chars.push(ch);
      map.push(src);
    };
    for (const piece of raw.pieces) alignPiece(source, piece, emit);
    if (chars.length === 0) continue;
    const blockText = chars.join('');
    if (text.length > 0) {
      for (let i = 0; i < BLOCK_SEPARATOR.length; i++) sourceMapParts.push(map[0]!);
      text += BLOCK_SEPARATOR;
    }
    const start = text.length;
    text += blockText;
    for (const m of map) sourceMapParts.push(m);
    const index = blocks.length;
    const firstSentence = sentences.length;
    for (const [a, b] of splitSentences(blockText)) {
      sentences.push({ index: sentences.length, block: index, start: start + a, end: start + b, text: blockText.slice(a, b) });
    }
    blocks.push({ index, kind: raw.kind, depth: raw.depth, start, end: text.length, text: blockText, sentences: [firstSentence, sentences.length] });
  }
  const sourceMap = Int32Array.from(sourceMapParts);
  return new Document(source, read.format, read.title, read.url, read.published, read.publishedFrom, text, sourceMap,
    blocks, sentences, [...read.warnings]);
}
