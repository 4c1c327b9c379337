// Attribution: each date and data item lists the source(s) its sentence credits — or, when the sentence
// credits no one, the nearest crediting sentence of its paragraph ("The company said … . It added that
// names were taken."). A claim whose paragraph credits no one inherits the article's main source only
// when the text says the article draws on it ("This story is based on reporting by X"); a closing
// "Via X" is not such a statement.
import type { Document } from '../document.js';
import type { Context, SourceFinding } from '../extract/types.js';
import { MAIN_SOURCE_CUE } from '../lexicon/sources.js';

/** Sentence index → the names it credits, each marked when it only relays someone else's words. */
export type SentenceCredits = Map<number, Array<{ name: string; relay: boolean }>>;

/** Names credited by one sentence: the direct sources, or the relays when it has only relays. */
function creditedBy(credits: SentenceCredits, index: number): string[] {
  const list = credits.get(index);
  if (!list || list.length === 0) return [];
  const direct = list.filter((c) => !c.relay);
  return [...new Set((direct.length ? direct : list).map((c) => c.name))];
}

/** Sentence → credited names, from the sources' evidence (a sentence in `relayOnly` credits a relay). */
export function sentenceCredits(sources: readonly SourceFinding[]): SentenceCredits {
  const map: SentenceCredits = new Map();
  for (const s of sources) {
    const relays = new Set(s.relayOnly ?? []);
    for (const sentence of s.sentences) {
      const list = map.get(sentence.index) ?? [];
      list.push({ name: s.name, relay: relays.has(sentence.index) });
      map.set(sentence.index, list);
    }
  }
  return map;
}

/** The source the article says it draws on as a whole, if it says so. */
function mainSource(doc: Document, credits: SentenceCredits): string[] {
  for (const s of doc.sentences) {
    if (!MAIN_SOURCE_CUE.test(s.text)) continue;
    const names = creditedBy(credits, s.index);
    if (names.length) return names;
  }
  return [];
}

/** The names a claim in this sentence is attributed to. */
export function attributionFor(doc: Document, credits: SentenceCredits, index: number, main: string[]): string[] {
  const own = creditedBy(credits, index);
  if (own.length) return own;
  const sentence = doc.sentences[index];
  if (!sentence) return main;
  const block = doc.blocks[sentence.block];
  if (block) {
    const [first, last] = block.sentences;
    for (let i = index - 1; i >= first; i--) {
      const names = creditedBy(credits, i);
      if (names.length) return names;
    }
    for (let i = index + 1; i < last; i++) {
      const names = creditedBy(credits, i);
      if (names.length) return names;
    }
  }
  return main;
}

export function attribute(doc: Document, ctx: Context): void {
  const sources = ctx.sources ?? [];
  const items = [...(ctx.dates ?? []), ...(ctx.data ?? [])];
  if (items.length === 0) return;
  const credits = sentenceCredits(sources);
  const main = mainSource(doc, credits);
  for (const item of items) {
    item.attributedTo = item.sentence ? attributionFor(doc, credits, item.sentence.index, main) : [];
  }
}
