// The one NLP pass of an article: compromise's tagger over the blocks that can matter (headline,
// lead, and blocks with incident or attribution cues), memoised on the document.
import type { Document, Sentence } from './document.js';
import { compromise } from './nlp.js';
import { ANALYSIS_CUE } from './lexicon/cues.js';

export type EntityKind = 'organization' | 'person' | 'place';

export interface Entity {
  text: string;
  kind: EntityKind;
  /** Offsets into `Document.text`. */
  start: number;
  end: number;
  sentence: Sentence;
}

/** Blocks at the top of an article are always analysed: headline, standfirst, lead. */
const LEAD_BLOCKS = 6;
/** A block longer than this is not tagged whole (crawler junk, not prose). */
const MAX_BLOCK = 5_000;

/**
 * Characters tagged per article at most: far more than a news story needs, and it keeps a
 * megabyte-long crawl from costing minutes (the tagger runs at roughly 50 ms a kilobyte).
 */
const MAX_ANALYSED = 120_000;

export function analysedBlocks(doc: Document): number[] {
  return doc.memo('analysedBlocks', () => {
    const chosen: number[] = [];
    let budget = MAX_ANALYSED;
    for (const b of doc.blocks) {
      if (b.text.length > MAX_BLOCK || !(b.index < LEAD_BLOCKS || ANALYSIS_CUE.test(b.text))) continue;
      budget -= b.text.length;
      if (budget < 0) break;
      chosen.push(b.index);
    }
    return chosen;
  });
}

type Tagger = ReturnType<typeof compromise>;
type Found = Array<{ text: string; offset?: { start: number; length: number } }>;

/** compromise's default steps minus 'chunks' (noun/verb phrase chunks), which no selector here reads. */
let taggingHooks: string[] | undefined;

/** The tagger over `text` without the chunker: same tags, about a tenth less work. */
function tag(nlp: Tagger, text: string): ReturnType<Tagger> {
  const world = nlp.world() as { hooks: string[] };
  const saved = world.hooks;
  world.hooks = taggingHooks ??= saved.filter((h) => h !== 'chunks');
  try {
    return nlp(text);
  } finally {
    world.hooks = saved;
  }
}

const TRAILING = /[.,;:!?'"“”‘’)]+$/;
const LEADING = /^["“‘(]+/;

/**
 * People, organisations and places that compromise finds, with offsets into the plain text.
 * The chosen blocks are tagged in one call, joined by blank lines (compromise never runs a sentence
 * across a blank line, and tags sentence by sentence, so this finds what block-by-block calls find
 * for less than their per-call overhead); offsets are mapped back to their block.
 */
export function entities(doc: Document): Entity[] {
  return doc.memo('entities', () => {
    const chosen = analysedBlocks(doc);
    if (chosen.length === 0) return [];
    const starts: number[] = [];
    const parts: string[] = [];
    let length = 0;
    for (const i of chosen) {
      if (parts.length > 0) { parts.push('\n\n'); length += 2; }
      starts.push(length);
      parts.push(doc.blocks[i]!.text);
      length += doc.blocks[i]!.text.length;
    }
    const view = tag(compromise(), parts.join(''));
    /** The chosen block an offset of the joined text falls in. */
    const segment = (offset: number): number => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const found: Entity[] = [];
    const add = (kind: EntityKind, list: Found) => {
      let cursor = 0;
      let current = -1;
      for (const item of list) {
        const text = item.text.trim().replace(TRAILING, '').replace(LEADING, '');
        if (!text) continue;
        const seg = segment(item.offset?.start ?? 0);
        if (seg !== current) { current = seg; cursor = 0; }
        const block = doc.blocks[chosen[seg]!]!;
        let at = item.offset ? block.text.indexOf(text, Math.max(0, item.offset.start - starts[seg]! - 2)) : -1;
        if (at < 0) at = block.text.indexOf(text, cursor);
        if (at < 0) continue;
        cursor = at + text.length;
        const start = block.start + at;
        const sentence = doc.sentenceAt(start);
        if (sentence) found.push({ text, kind, start, end: start + text.length, sentence });
      }
    };
    add('organization', view.organizations().json({ offset: true }) as Found);
    add('person', view.people().json({ offset: true }) as Found);
    add('place', view.places().json({ offset: true }) as Found);
    return found.sort((a, b) => a.start - b.start);
  });
}
