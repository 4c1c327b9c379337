// Sentence boundaries inside one block of plain text, from compromise's sentence splitter.
import { compromiseOne } from './nlp.js';

/** Above this, a block is split on punctuation alone: the splitter's cost grows with the block. */
const TOKENIZER_LIMIT = 20_000;
const FALLBACK_BOUNDARY = /[.!?]["'”’)]?\s+(?=["'“‘(]?[A-Z0-9])/g;

/** compromise's own sentence splitter (no term tokenising): the sentences' strings tile the input in order. */
type SentenceSplitter = (text: string, world: unknown) => string[];
let splitter: { split: SentenceSplitter; world: unknown } | undefined;

function sentenceSplitter(): { split: SentenceSplitter; world: unknown } {
  if (!splitter) {
    const one = compromiseOne();
    const methods = one.methods() as unknown as { one: { tokenize: { splitSentences: SentenceSplitter } } };
    splitter = { split: methods.one.tokenize.splitSentences, world: one.world() };
  }
  return splitter;
}

/** [start, end) ranges of the sentences of `text`, trimmed, in order, covering only non-space text. */
export function splitSentences(text: string): Array<[number, number]> {
  if (text.length > TOKENIZER_LIMIT) return fallback(text);
  const { split, world } = sentenceSplitter();
  const ranges: Array<[number, number]> = [];
  let cursor = 0;
  for (const s of split(text, world)) {
    // each piece is the next slice of the text; anything else means the splitter changed the text
    if (!text.startsWith(s, cursor)) return fallback(text);
    const lead = s.length - s.trimStart().length;
    const length = s.trim().length;
    if (length > 0) ranges.push([cursor + lead, cursor + lead + length]);
    cursor += s.length;
  }
  if (text.slice(cursor).trim()) return fallback(text);
  return joinLowercaseStarts(text, fillGaps(text, ranges));
}

/**
 * A name ending in "?" or "!" is no sentence end: "Which? said", "Yahoo! confirmed". Rejoin after such a
 * mark when the next word is lower case ("iPhone" after a full stop still starts a sentence).
 */
function joinLowercaseStarts(text: string, ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const prev = out[out.length - 1];
    if (prev && /[?!]$/.test(text.slice(prev[0], prev[1])) && /^\p{Ll}+\b/u.test(text.slice(r[0], r[0] + 20))) prev[1] = r[1];
    else out.push(r);
  }
  return out;
}

function fallback(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  FALLBACK_BOUNDARY.lastIndex = 0;
  for (let m = FALLBACK_BOUNDARY.exec(text); m; m = FALLBACK_BOUNDARY.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    ranges.push([start, end]);
    start = m.index + m[0].length;
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}

/** Any text the tokenizer skipped joins the sentence before it, so sentences tile the block. */
function fillGaps(text: string, ranges: Array<[number, number]>): Array<[number, number]> {
  if (ranges.length === 0) return text.trim() ? [[0, text.length]] : [];
  ranges[0]![0] = 0;
  for (let i = 0; i < ranges.length - 1; i++) {
    const next = ranges[i + 1]![0];
    const gap = text.slice(ranges[i]![1], next);
    if (gap.trim()) ranges[i]![1] = next - (gap.length - gap.trimEnd().length);
  }
  const last = ranges[ranges.length - 1]!;
  if (text.slice(last[1]).trim()) last[1] = text.trimEnd().length;
  return ranges;
}
