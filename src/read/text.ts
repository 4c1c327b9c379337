// Plain text (the dateline is read for every format in ./index.ts): blank lines separate blocks; a short line on its own is a block of its own (headlines,
// captions, bylines), while long lines that do not end a sentence are hard-wrapped prose and join.
import type { RawBlock, ReadResult } from '../document.js';

/** A line at least this long that does not end a sentence is hard-wrapped prose (shared with Markdown). */
export const WRAP_MIN = 60;
export const ENDS_SENTENCE = /[.!?:;"”’)]\s*$/;

export function readText(source: string): ReadResult {
  const blocks: RawBlock[] = [];
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let current: RawBlock | null = null;
  let previousWraps = false;
  for (let m = lineRe.exec(source); m && m[0].length > 0; m = lineRe.exec(source)) {
    const raw = m[0].replace(/(?<![\r\n])[\r\n]+$/, '');
    const start = m.index;
    const trimmed = raw.trim();
    if (!trimmed) {
      current = null;
      previousWraps = false;
      continue;
    }
    const piece = { value: raw, start, end: start + raw.length };
    if (current && previousWraps) current.pieces.push({ value: ' ', start, end: start }, piece);
    else {
      current = { kind: 'paragraph', pieces: [piece] };
      blocks.push(current);
    }
    previousWraps = trimmed.length >= WRAP_MIN && !ENDS_SENTENCE.test(trimmed);
  }
  const first = blocks[0];
  const firstText = first ? first.pieces.map((p) => p.value).join('').trim() : '';
  const title = first && firstText.length <= 200 && !/[.]$/.test(firstText) ? firstText : null;
  if (first && title) first.kind = 'heading';

  return { format: 'txt', blocks, title, url: null, published: null, publishedFrom: null, warnings: [] };
}
