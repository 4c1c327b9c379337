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

/** People, organisations and places that compromise finds, with offsets into the plain text. */
export function entities(doc: Document): Entity[] {
  return doc.memo('entities', () => {
    const nlp = compromise();
    const found: Entity[] = [];
    for (const i of analysedBlocks(doc)) {
      const block = doc.blocks[i]!;
      const view = nlp(block.text);
      const add = (kind: EntityKind, list: Array<{ text: string; offset?: { start: number; length: number } }>) => {
        let cursor = 0;
        for (const item of list) {
          const text = item.text.trim().replace(/[.,;:!?'"“”‘’)]+$/, '').replace(/^["“‘(]+/, '');
          if (!text) continue;
          let at = item.offset ? block.text.indexOf(text, Math.max(0, item.offset.start - 2)) : -1;
          if (at < 0) at = block.text.indexOf(text, cursor);
          if (at < 0) continue;
          cursor = at + text.length;
          const start = block.start + at;
          const sentence = doc.sentenceAt(start);
          if (sentence) found.push({ text, kind, start, end: start + text.length, sentence });
        }
      };
      add('organization', view.organizations().json({ offset: true }));
      add('person', view.people().json({ offset: true }));
      add('place', view.places().json({ offset: true }));
    }
    return found.sort((a, b) => a.start - b.start);
  });
}
