// The one NLP pass of an article: compromise's tagger over the text that can name someone new
// (the headline and lead, then each sentence that brings a name not read yet), memoised on the document.
import { lastAtOrBefore, type Document, type Sentence } from './document.js';
import { compromise } from './nlp.js';
import { ANALYSIS_CUE, NAME_RUN, NAME_WORD } from './lexicon/cues.js';

export type EntityKind = 'organization' | 'person' | 'place';

export interface Entity {
  text: string;
  kind: EntityKind;
  /** Offsets into `Document.text`. */
  start: number;
  end: number;
  sentence: Sentence;
}

/** Blocks at the top of an article are always considered: headline, standfirst, lead. */
const LEAD_BLOCKS = 6;
/** Blocks at the top that are tagged whole: the headline and the lead paragraph. */
const HEAD_BLOCKS = 1;
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

/** A run of text handed to the tagger: `block`'s text from `from` to `to`. */
interface Segment {
  block: number;
  from: number;
  to: number;
}

/**
 * Sentences read per name: the tagger may know a name only from its context ("the PGA said"), so a
 * name gets a second chance.
 */
const READS_PER_NAME = 2;

/** Tags of compromise's lexicon that make a lone capitalised word a name ("Disney", "Paris", "Carr"). */
const NAME_TAGS = new Set(['Organization', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'City', 'Country', 'Region', 'SportsTeam', 'ProperNoun']);

let lexicon: Record<string, unknown> | undefined;
function knownName(word: string): boolean {
  lexicon ??= (compromise().world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
  const tag = lexicon[word.toLowerCase()];
  return typeof tag === 'string' && NAME_TAGS.has(tag);
}

/**
 * What the tagger reads, as runs of consecutive sentences of the chosen blocks: the headline and lead
 * whole; after them, a sentence only when it brings a name not read yet (a capitalised run such as
 * "Jane Doe" or "Bank of Example", or a lone word compromise's lexicon knows as a name). The findings
 * are read as sets of names, so a name's later sentences add nothing; this tags about 40% of an
 * article's text instead of 80% and finds the same names.
 */
export function analysedSegments(doc: Document): Segment[] {
  return doc.memo('analysedSegments', () => {
    const out: Segment[] = [];
    const read = new Map<string, number>();
    let fresh = false;
    const note = (name: string) => {
      const n = read.get(name) ?? 0;
      if (n < READS_PER_NAME) fresh = true;
      read.set(name, n + 1);
    };
    const brings = (text: string): boolean => {
      fresh = false;
      for (const run of text.match(NAME_RUN) ?? []) note(run);
      for (const found of text.match(NAME_WORD) ?? []) {
        const word = found.replace(POSSESSIVE, '');
        if (read.has(word) || knownName(word)) note(word);
      }
      return fresh;
    };
    for (const i of analysedBlocks(doc)) {
      const b = doc.blocks[i]!;
      let open: Segment | undefined;
      for (let k = b.sentences[0]; k < b.sentences[1]; k++) {
        const sent = doc.sentences[k]!;
        // every sentence is scanned, so names of the headline and lead count as read
        const fresh = brings(sent.text);
        if (!(i < HEAD_BLOCKS || fresh)) { open = undefined; continue; }
        const to = sent.end - b.start;
        if (open) open.to = to;
        else out.push((open = { block: i, from: sent.start - b.start, to }));
      }
    }
    return out;
  });
}

/** compromise's default steps minus 'chunks' (noun/verb phrase chunks), which no selector here reads. */
let taggingHooks: string[] | undefined;

/** The tagger over `text` without the chunker: same tags, about a tenth less work. */
function tag(nlp: Tagger, text: string): ReturnType<Tagger> {
  const world = nlp.world() as unknown as { hooks: string[]; methods: { one: SweepMethods['one'] & { bulkMatch: Sweep } } };
  if (world.methods.one.bulkMatch !== quickSweep) world.methods.one.bulkMatch = quickSweep;
  const saved = world.hooks;
  world.hooks = taggingHooks ??= saved.filter((h) => h !== 'chunks');
  entityTags ??= (world as unknown as { model: { one: { tagSet: TagSet } } }).model.one.tagSet;
  forEntities = true;
  try {
    return nlp(text);
  } finally {
    forEntities = false;
    world.hooks = saved;
  }
}

// Only the entity selectors read this tagging (people, organisations, places: terms tagged Person,
// Organization, Place or Address, or a tag under them). The post-tagger matches every rule against the
// pre-tagged chunk first and applies the matches after, each touching only its own chunk's terms; a
// match adds one of those tags only if its rule's tag is one or sits under one. So a chunk with none of
// them after the pre-tagger, where no such rule matches, ends with none whatever the other rules do,
// and the other rules (a third of the chunks of analysed text) need not run there. Everything else
// that asks compromise something (sources' adverb and place checks) runs the full sweep.
type TagSet = Record<string, { parents?: string[] } | undefined>;
let entityTags: TagSet | undefined;
let forEntities = false;
const ENTITY_TAGS = ['Person', 'Organization', 'Place', 'Address'];
const ENTITY_HAVE = ENTITY_TAGS.map((t) => `#${t}`);
const addsEntityMemo = new WeakMap<SweepRule, boolean>();

/** The rule may tag a term Person, Organization, Place or Address (an unknown tag counts as may). */
function addsEntity(rule: SweepRule): boolean {
  let v = addsEntityMemo.get(rule);
  if (v === undefined) {
    const raw = (rule as { tag?: unknown }).tag;
    const tags = (Array.isArray(raw) ? raw : [raw]).flatMap((t) => (typeof t === 'string' ? t.trim().split(' ') : []));
    v = tags.some((t) => {
      const tag = t.replace(/^#/, '');
      if (tag === '' || tag === '.') return false;
      const known = entityTags?.[tag];
      return !known || ENTITY_TAGS.includes(tag) || (known.parents ?? []).some((p) => ENTITY_TAGS.includes(p));
    });
    addsEntityMemo.set(rule, v);
  }
  return v;
}

// compromise's post-tagger runs ~570 match rules through its "sweep": for each sentence it lists the
// rules whose hook words or tags the sentence has (in the order of the net's hook keys, each rule at its
// first hit), keeps those whose needs are all present, then runs them. The stock sweep finds that list
// by walking all ~730 hook keys and their ~2,300 rule entries for every sentence, about a quarter of the
// tagger's time. The sweep below indexes each rule once, under one of its needs, so a sentence visits
// each candidate rule at most once, and sorts the survivors by the same first-hit position: the same
// rules in the same order, so the tags come out the same (checked term by term on both corpora).

interface SweepRule {
  match: string;
  needs: string[];
  wants: string[];
  minWant?: number;
  minWords?: number;
  ifNo?: string[];
  unTag?: unknown;
}
interface SweepNet {
  hooks: Record<string, SweepRule[]>;
  always: SweepRule[];
}
interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Array<Set<string>>;
    match(docs: unknown[][], rule: SweepRule): { ptrs: number[][] };
  };
}
type Sweep = (document: unknown[][], net: SweepNet, methods: SweepMethods, opts?: { matchOne?: boolean; tagger?: boolean }) => unknown[];

interface IndexedRule {
  rule: SweepRule;
  /** Where the rule sits in the stock sweep's listing: hook keys in net order, with the rule's slot under each. */
  keys: string[];
  slots: number[];
  /** The last sentence that visited it. */
  seen: number;
}
interface SweepIndex {
  /** Hook key → the rules indexed under it (a rule with needs under one need; one without, under each want). */
  byKey: Map<string, IndexedRule[]>;
  visit: number;
}

const sweepIndexes = new WeakMap<SweepNet, SweepIndex | null>();

/** The rules of a net, indexed; null when two rules share a pattern (the stock sweep would drop the later one). */
function indexNet(net: SweepNet): SweepIndex | null {
  const keys = Object.keys(net.hooks);
  const width = Math.max(1, ...keys.map((k) => net.hooks[k]!.length));
  const indexed = new Map<SweepRule, IndexedRule>();
  const patterns = new Set<string>();
  keys.forEach((key, rank) => {
    net.hooks[key]!.forEach((rule, slot) => {
      let ir = indexed.get(rule);
      if (!ir) {
        if (patterns.has(rule.match)) return;
        patterns.add(rule.match);
        indexed.set(rule, (ir = { rule, keys: [], slots: [], seen: -1 }));
      }
      ir.keys.push(key);
      ir.slots.push(rank * width + slot);
    });
  });
  if (patterns.size !== indexed.size) return null;
  const total = keys.reduce((n, k) => n + net.hooks[k]!.length, 0);
  if (total !== [...indexed.values()].reduce((n, ir) => n + ir.keys.length, 0)) return null;
  const byKey = new Map<string, IndexedRule[]>();
  const file = (key: string, ir: IndexedRule) => {
    const list = byKey.get(key);
    if (list) list.push(ir);
    else byKey.set(key, [ir]);
  };
  for (const ir of indexed.values()) {
    const { needs, wants } = ir.rule;
    // a word is rarer than a tag: index under a needed word when there is one, else under the needed tag
    // deepest in compromise's tag tree (#Actor under #Noun: a sentence has fewer of them)
    if (needs.length > 0) file(needs.find((n) => !n.startsWith('#')) ?? deepestTag(needs), ir);
    else for (const w of new Set(wants)) file(w, ir);
  }
  return { byKey, visit: 0 };
}

/** The tag with the most tags above it (the first of equals); any one need would do, a rarer one is visited less. */
function deepestTag(needs: string[]): string {
  const depth = (need: string) => entityTags?.[need.slice(1)]?.parents?.length ?? 0;
  let best = needs[0]!;
  for (const need of needs) if (depth(need) > depth(best)) best = need;
  return best;
}

/** compromise's stock sweep (src/1-one/sweep/methods/sweep), for a net that cannot be indexed. */
function stockListing(net: SweepNet, have: Set<string>, termCount: number): SweepRule[] {
  const out: SweepRule[] = [];
  const seen = new Set<string>();
  for (const key of Object.keys(net.hooks)) {
    if (!have.has(key)) continue;
    for (const rule of net.hooks[key]!) {
      if (seen.has(rule.match)) continue;
      seen.add(rule.match);
      if (qualifies(rule, have, termCount)) out.push(rule);
    }
  }
  return out;
}

/** The stock sweep's checks: every need present, no ifNo present, enough wants, enough words. */
function qualifies(rule: SweepRule, have: Set<string>, termCount: number): boolean {
  for (const need of rule.needs) if (!have.has(need)) return false;
  if (rule.ifNo !== undefined) for (const no of rule.ifNo) if (have.has(no)) return false;
  if (rule.wants.length !== 0) {
    let found = 0;
    for (const want of rule.wants) if (have.has(want)) found++;
    if (!(found >= rule.minWant!)) return false;
  }
  return termCount >= rule.minWords!;
}

interface SweepTerm {
  text: string;
  normal: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  tags: Set<string>;
  [field: string]: unknown;
}
/** A parsed match token, as compromise's match engine reads it (src/1-one/match/methods/match/term/doesMatch.js). */
interface MatchToken {
  [field: string]: unknown;
  word?: string;
  use?: string;
  tag?: string;
  pos?: string;
  fastOr?: Set<string>;
  choices?: MatchToken[];
}

/**
 * compromise's matcher tries a rule at every term of a sentence in turn (copying the rest of the
 * sentence each time): it gives up at once wherever the rule's first token fails, and after a match
 * resumes at its end. For a rule whose first token is a plain word, tag or (a|b) list, the same matches
 * come from trying only the terms that token accepts, as a rule anchored there (^).
 */
interface StartPlan {
  /** The term test compromise's matcher applies to the first token (doesMatch's branch for it). */
  test: (term: SweepTerm) => boolean;
  /** The rule anchored at its first token, returning whole matches (and their capture groups). */
  anchored: SweepRule;
  /** The capture group the rule returns instead of the whole match, if any. */
  group: string | undefined;
  /** The tokens a match needs at least (the matcher stops trying when fewer terms are left). */
  minLength: number;
  justOne: boolean;
}

const startPlans = new WeakMap<SweepRule, StartPlan | null>();

/**
 * Null (run as compromise runs it) for a rule with anything that depends on a term's position in the
 * sentence (^ or $), a not-if clause (it drops matches after the matcher has resumed past them), or a
 * first token that is optional, negative, greedy, a wildcard or of another kind.
 */
function startPlan(rule: SweepRule): StartPlan | null {
  let plan = startPlans.get(rule);
  if (plan === undefined) {
    const r = rule as unknown as { regs?: MatchToken[]; notIf?: unknown; group?: unknown; justOne?: boolean };
    const test = r.notIf === undefined ? makeFirstTokenTest(r.regs) : null;
    const group = typeof r.group === 'number' ? String(r.group) : (r.group as string | undefined);
    plan = test && r.regs
      ? {
        test,
        anchored: Object.assign({}, rule, { regs: [{ ...r.regs[0]!, start: true }, ...r.regs.slice(1)], group: undefined }),
        group: group || undefined,
        minLength: r.regs.filter((t) => t.optional !== true && t.negative !== true).length,
        justOne: r.justOne === true,
      }
      : null;
    startPlans.set(rule, plan);
  }
  return plan;
}

/**
 * compromise's runMatch over one sentence (src/1-one/match/methods/match/index.js), started only where
 * the first token passes: the matcher resumes at the end of each whole match, and returns the whole
 * match or its capture group, with the ids of its first and last terms.
 */
function matchFromStarts(terms: SweepTerm[], plan: StartPlan, methods: SweepMethods): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < terms.length; i++) {
    if (terms.length - i < plan.minLength) break;
    if (!plan.test(terms[i]!)) continue;
    const res = methods.one.match([terms.slice(i)], plan.anchored) as { ptrs: number[][]; byGroup: Record<string, number[][]> };
    if (res.ptrs.length === 0) continue;
    const whole = res.ptrs[0]!;
    const end = whole[2]! + i;
    const found = plan.group === undefined ? whole : res.byGroup[plan.group]?.[0];
    if (found) {
      const start = found[1]! + i;
      const stop = found[2]! + i;
      out.push([whole[0]!, start, stop, terms[start]!.id as number, terms[stop - 1]!.id as number]);
    }
    if (plan.justOne) break;
    i = end - 1;
  }
  return out;
}

const anchored = (tokens: MatchToken[]): boolean => tokens.some((t) => t.start === true || t.end === true || (t.choices !== undefined && anchored(t.choices)));
const OTHER_KINDS = ['method', 'pre', 'post', 'regex', 'chunk', 'switch', 'machine', 'sense'];

function makeFirstTokenTest(regs: MatchToken[] | undefined): ((term: SweepTerm) => boolean) | null {
  if (!regs || regs.length === 0 || anchored(regs)) return null;
  const t = regs[0]!;
  if (t.optional === true || t.negative === true || t.anything === true || t.greedy === true || t.fuzzy === true || t.choices !== undefined || t.id !== undefined) return null;
  if (t.word !== undefined) {
    const word = t.word;
    if (t.use) {
      const use = t.use;
      return (term) => word === term[use];
    }
    return (term) => (term.machine !== null && term.machine === word) || (!!term.alias && term.alias.some((a) => a === word)) || word === term.text || word === term.normal;
  }
  if (OTHER_KINDS.some((k) => t[k] !== undefined)) return null;
  if (t.tag !== undefined) {
    const tag = t.tag;
    return (term) => term.tags.has(tag);
  }
  if (t.fastOr !== undefined) {
    const { fastOr, pos } = t;
    return (term) => {
      if (pos && !term.tags.has(pos)) return false;
      const str = term.root || term.implicit || term.machine || term.normal;
      return fastOr.has(str) || fastOr.has(term.text);
    };
  }
  return null;
}

/** Same results, in the same order, as compromise's `bulkMatch`. */
export const quickSweep: Sweep = (document, net, methods, opts = {}) => {
  let index = sweepIndexes.get(net);
  if (index === undefined) sweepIndexes.set(net, (index = indexNet(net)));
  const caches = methods.one.cacheDoc(document);
  const results: unknown[] = [];
  const listed: Array<{ rule: SweepRule; at: number }> = [];
  for (let n = 0; n < document.length; n++) {
    const have = caches[n]!;
    const termCount = document[n]!.length;
    let todo: SweepRule[];
    if (index) {
      const visit = ++index.visit;
      listed.length = 0;
      for (const key of have) {
        const list = index.byKey.get(key);
        if (!list) continue;
        for (const ir of list) {
          if (ir.seen === visit) continue;
          ir.seen = visit;
          if (!qualifies(ir.rule, have, termCount)) continue;
          let k = 0;
          while (!have.has(ir.keys[k]!)) k++;
          listed.push({ rule: ir.rule, at: ir.slots[k]! });
        }
      }
      listed.sort((a, b) => a.at - b.at);
      todo = listed.map((x) => x.rule);
    } else {
      todo = stockListing(net, have, termCount);
    }
    for (const rule of net.always) if (termCount >= rule.minWords!) todo.push(rule);
    const terms = document[n]! as SweepTerm[];
    const matches = (rule: SweepRule): number[][] => {
      const plan = startPlan(rule);
      return plan ? matchFromStarts(terms, plan, methods) : methods.one.match([terms], rule).ptrs;
    };
    // (the post-tagger's sweep only: it tags; a match() over a compiled net does not)
    if (forEntities && opts.tagger !== false && opts.matchOne !== true && !ENTITY_HAVE.some((t) => have.has(t)) && !todo.some((rule) => addsEntity(rule) && matches(rule).length > 0)) continue;
    for (const rule of todo) {
      const ptrs = matches(rule);
      if (ptrs.length === 0) continue;
      for (const ptr of ptrs) {
        ptr[0] = n;
        const found: SweepRule & { pointer: number[] } = Object.assign({}, rule, { pointer: ptr });
        if (rule.unTag !== undefined) found.unTag = rule.unTag;
        results.push(found);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
};

/** json() fields read here (compromise's own default copies every term with its tags). */
const TEXT_AND_OFFSET = { text: true, offset: true, terms: false };

const POSSESSIVE = /['’]s$/;
const TRAILING = /(?<![.,;:!?'"“”‘’)])[.,;:!?'"“”‘’)]+$/;
const LEADING = /^["“‘(]+/;

/**
 * People, organisations and places that compromise finds, with offsets into the plain text.
 * The chosen text is tagged in one call, its runs joined by blank lines (compromise never runs a
 * sentence across a blank line, and tags sentence by sentence, so this finds what separate calls
 * find, without their per-call overhead); offsets are mapped back to their block.
 */
export function entities(doc: Document): Entity[] {
  return doc.memo('entities', () => {
    const segments = analysedSegments(doc);
    if (segments.length === 0) return [];
    const starts: number[] = [];
    const parts: string[] = [];
    let length = 0;
    for (const seg of segments) {
      if (parts.length > 0) { parts.push('\n\n'); length += 2; }
      starts.push(length);
      const part = doc.blocks[seg.block]!.text.slice(seg.from, seg.to);
      parts.push(part);
      length += part.length;
    }
    const view = tag(compromise(), parts.join(''));
    /** The segment an offset of the joined text falls in. */
    const segmentAt = (offset: number): number => lastAtOrBefore(starts, offset);
    const found: Entity[] = [];
    const add = (kind: EntityKind, list: Found) => {
      let cursor = 0;
      let current = -1;
      for (const item of list) {
        const text = item.text.trim().replace(TRAILING, '').replace(LEADING, '');
        if (!text) continue;
        const k = segmentAt(item.offset?.start ?? 0);
        const seg = segments[k]!;
        if (seg.block !== current) { current = seg.block; cursor = 0; }
        const block = doc.blocks[seg.block]!;
        let at = item.offset ? block.text.indexOf(text, Math.max(0, item.offset.start - starts[k]! + seg.from - 2)) : -1;
        if (at < 0) at = block.text.indexOf(text, cursor);
        if (at < 0) continue;
        cursor = at + text.length;
        const start = block.start + at;
        const sentence = doc.sentenceAt(start);
        if (sentence) found.push({ text, kind, start, end: start + text.length, sentence });
      }
    };
    // text and offsets only: the People and Places views' own json() also parses every name
    const plain = (selection: { pointer: unknown }) => view.update(selection.pointer as never).json(TEXT_AND_OFFSET as never) as Found;
    add('organization', plain(view.organizations()));
    add('person', plain(view.people()));
    add('place', plain(view.places()));
    return found.sort((a, b) => a.start - b.start);
  });
}
