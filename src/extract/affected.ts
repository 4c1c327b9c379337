// The affected count: the headline number of people, accounts, records or devices hit by THIS
// incident. Every number followed (within a few modifier words) by a countable noun is a candidate;
// context decides: harm words, the headline and lead, totals ("a total of", sums of parts) raise it;
// money, percentages, years, sizes of the company ("has 50,000 employees") and other breaches
// recalled for comparison ("the 2017 Equifax breach that affected 147 million") lower or drop it.
import type { Document, Sentence } from '../document.js';
import type { AffectedUnit } from '../record.js';
import {
  AGGREGATE_CUE, CLAIM_CUE, DEMONYM, ELSEWHERE_CUE, HARM_CUE, NUMBER_WORDS, OTHER_BREACH, SCALES, SIZE_BEFORE, STOP_WORDS, TOTAL_CUE,
  UNIT_NOUNS, VAGUE_COUNT,
} from '../lexicon/affected.js';
import type { AffectedFinding, Context, Extractor } from './types.js';
import { victimAlternation } from './victim-names.js';

const UNIT_OF = new Map<string, AffectedUnit>(UNIT_NOUNS);

const WORD_NUM = '(?:half\\s{1,2}a|a\\s{1,2}hundred|several\\s{1,2}hundred|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]{1,2}(?:one|two|three|four|five|six|seven|eight|nine))?';
/** A number as news writes it: "270,000", "1.2 million", "2.3m", "3-million", "nine million", "half a million". */
const NUMBER = new RegExp(
  `(?<![\\w$£€¥.,])(?:(\\d{1,3}(?:,\\d{3}){1,4}|\\d{1,12}(?:\\.\\d{1,3})?)(?:\\s{0,2}-?\\s{0,1}(millions?|billions?|thousands?|lakhs?|crores?|mln|mn|bn|m|k)\\b)?|(${WORD_NUM})\\s{1,2}(thousand|million|billion)\\b)`,
  'gi',
);
const CURRENCY_BEFORE = /(?:[$£€¥₹]|\b(?:US|A|C|NZ|HK|S)\$|\b(?:USD|EUR|GBP|AUD|CAD|JPY|Rs\.?|R|INR))\s{0,2}$/;
const AFTER_NOT_COUNT = /^\s{0,2}(?:%|per\s?cent|percent|-?bits?\b|-?\s{0,1}(?:year|month|day|hour|minute|week)s?\b|(?:GB|TB|MB|KB|gigabytes?|terabytes?|megabytes?|bytes?)\b|(?:dollars?|pounds?|euros?|yen|rupees?|rand|bitcoins?|btc|eth)\b|(?:am|pm|a\.m\.|p\.m\.)\b|:\d)/i;
const MODIFIER_BEFORE = /(?:\b(?:more than|over|nearly|almost|about|around|some|up to|at least|roughly|approximately|an estimated|estimated|close to|as many as|upwards of|just over|just under|in excess of|all|a total of|total of)\s{1,3})+$/i;
const BARE_AFTER = /^\s{0,2}(?:(?:people|others)\s{1,2})?(?:(?:were|was|are|have been|had been|has been|may have been|might have been|could have been)\s{1,3})?(?:affected|impacted|exposed|compromised|involved)\b/i;
const BARE_BEFORE = /\b(?:affect(?:ed|s|ing)?|impact(?:ed|s|ing)?|expos(?:ed|es|ing)|compromis(?:ed|es|ing))\s{1,3}$/i;
/** "43,000 people affected", "customers were impacted": the count is what was hit. */
const AFFECTED_AFTER = /^\s{0,2}(?:(?:who|whose data|that)\s{1,2})?(?:(?:were|was|are|have been|had been|has been|may have been|might have been|could have been|potentially|possibly)\s{1,3}){0,2}(?:affected|impacted|exposed|compromised|involved|hit|notified)\b/i;
/** A capitalised word (not sentence-initial) or a hyphen right before a plain number: a product or model name. */
const PRODUCT_BEFORE = /(?:\S\s{1,3}[A-Z][\w]{0,20}\s|\w-)$/;
/** A number with no noun after it may still be the count when the sentence says it was affected. */
const BARE_NEXT = /^\s{0,2}(?:[^\w\s]|$|(?:were|was|are|have|had|has|may|might|could|in|across|from|at|on|and|or|who|whose|people|others)\b)/i;
const WORD = /^[\s]{1,3}([A-Za-z][A-Za-z'’.&-]{0,30})/;
const DETERMINERS = new Set(['its', 'the', 'their', 'our', 'his', 'her', 'those']);
const MAX_CANDIDATES = 200;
/** Links to other stories: "Related:", "Read more:", "See also". */
const LINK_LINE = /^\W{0,3}(?:related(?:\s{1,2}(?:stories|articles|reading|news))?|read\s{1,2}(?:more|next|also)|see\s{1,2}also|also(?:\s{1,2}read)?|more\s{1,2}on|recommended|further\s{1,2}reading|trending|popular|you\s{1,2}may\s{1,2}also\s{1,2}like)\s{0,2}[:|»›-]/i;
/** Below this, no count is reported: a bare number with no harm word, far from the lead. */
const MIN_SCORE = 4;

export interface Candidate {
  count: number;
  /** Written with a scale word ("3.3 million"): a rounded figure. */
  rounded: boolean;
  unit: AffectedUnit;
  text: string;
  sentence: Sentence;
  score: number;
}

function value0(m: RegExpExecArray): number {
  return valueOf(m) ?? 0;
}

/** Value of one number match, or null when it is not a count. */
function valueOf(m: RegExpExecArray): number | null {
  if (m[1] !== undefined) {
    const n = parseFloat(m[1].replace(/,/g, ''));
    const scale = m[2] ? SCALES[m[2].toLowerCase().replace(/s$/, '')] ?? 1 : 1;
    return Math.round(n * scale);
  }
  if (m[3] !== undefined && m[4] !== undefined) {
    const words = m[3].toLowerCase().replace(/\s{1,2}/g, ' ').split(/[\s-]/);
    let n: number;
    const joined = words.join(' ');
    if (NUMBER_WORDS[joined] !== undefined) n = NUMBER_WORDS[joined]!;
    else n = words.reduce((acc, w) => acc + (NUMBER_WORDS[w] ?? 0), 0);
    if (!n) return null;
    return Math.round(n * (SCALES[m[4].toLowerCase()] ?? 1));
  }
  return null;
}

/** Walk up to five words after a number to the noun it counts ("270,000 current and former customers"). */
function unitAfter(after: string): { unit: AffectedUnit; end: number } | null {
  let pos = 0;
  let ofSeen = false;
  for (let i = 0; i < 6; i++) {
    const w = WORD.exec(after.slice(pos));
    if (!w) return null;
    pos += w[0].length;
    const raw = w[1]!.replace(/['’]s?$/, '').replace(/\.$/, '');
    const t = raw.toLowerCase();
    const unit = UNIT_OF.get(t);
    if (unit) return { unit, end: pos };
    if (DEMONYM.test(raw) && i < 3) return { unit: 'people', end: pos };
    if (t === 'of' && i === 0) { ofSeen = true; continue; }
    if (ofSeen && DETERMINERS.has(t)) continue;
    if (STOP_WORDS.has(t) || t === 'and' && i === 0 || t === 'of') return null;
  }
  return null;
}

function candidatesIn(doc: Document, s: Sentence, rank: number, total: number, titleNumbers: Set<number>, victim: VictimPatterns | null, room: number): Candidate[] {
  const out: Candidate[] = [];
  const text = s.text;
  // Sentence-level cues are read once per sentence, never once per number in it (a long sentence can
  // hold thousands of numbers).
  const harm = HARM_CUE.test(text);
  const claim = CLAIM_CUE.test(text);
  const aggregate = AGGREGATE_CUE.test(text) && !(victim && victim.named.test(text));
  const elsewhere = ELSEWHERE_CUE.test(text);
  const otherBreach = OTHER_BREACH.test(text);
  const headline = s.block === 0 || doc.blocks[s.block]?.kind === 'heading' && s.block < 3;
  if (!headline && LINK_LINE.test(text)) return out; // "Related: … breach affects 2 million users"
  const tail = doc.blocks[s.block]?.kind === 'list-item' && total > 12 && rank > total * 0.6;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m && out.length < room; m = NUMBER.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    if (CURRENCY_BEFORE.test(before) || AFTER_NOT_COUNT.test(after)) continue;
    if (m[1] && !m[2] && /^(?:19|20)\d\d$/.test(m[1])) continue; // a year
    if (m[1] && !m[1].includes(',') && (!headline || value0(m) < 1000) && PRODUCT_BEFORE.test(before)) continue; // "Office 365", "Windows 10", "S627-2M"
    if (m[1] && /^\d{1,2}$/.test(m[1]) && !m[2] && /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s{0,2}$/.test(before)) continue; // a day
    const value = valueOf(m);
    if (value === null || value < 2) continue;
    let unit: AffectedUnit;
    let end: number;
    let score: number;
    const found = unitAfter(after.replace(/^\+/, ''));
    if (found) {
      unit = found.unit;
      end = m.index + m[0].length + found.end;
      score = unit === 'devices' ? 1.5 : unit === 'records' ? 2.5 : 3;
    } else if (BARE_NEXT.test(after) && BARE_AFTER.test(after) || BARE_NEXT.test(after) && BARE_BEFORE.test(before.replace(MODIFIER_BEFORE, ''))) {
      unit = 'other';
      end = m.index + m[0].length;
      score = 2.5;
    } else continue;
    const mod = MODIFIER_BEFORE.exec(before);
    const startAt = m.index - (mod ? mod[0].length : 0);
    if (harm) score += 2;
    if (headline) score += 3;
    else if (titleNumbers.has(value)) score += 2.5;
    if (rank < 4) score += 1.5;
    else if (rank < 10) score += 0.75;
    else if (total > 25 && rank > total * 0.7) score -= 1;
    if (AFFECTED_AFTER.test(text.slice(end, end + 40))) score += 1.5;
    if (claim) score -= 1;
    if (TOTAL_CUE.test(before.slice(-30))) score += 1.5;
    if (SIZE_BEFORE.test(before.slice(-60).replace(/\s{1,3}$/, ' '))) score -= 4;
    if (elsewhere) score -= 3;
    if (otherBreach) score -= 3;
    if (value < 10) score -= 1;
    if (aggregate) score -= 3;
    // "Sunrun's nearly 4,000 employees": the victim's own people
    if (victim && victim.possessive.test(before.replace(MODIFIER_BEFORE, ''))) score += 2;
    if (tail) score -= 1.5;
    out.push({ count: value, rounded: !!(m[2] || m[4]), unit, text: text.slice(startAt, end).trim().replace(/(?<![.,;:'’])[.,;:'’]+$/, ''), sentence: s, score });
  }
  return out;
}

/** Numbers in the title (front matter or <title>), to favour the headline figure. */
function titleNumbers(doc: Document): Set<number> {
  const set = new Set<number>();
  const title = doc.title ?? '';
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(title); m; m = NUMBER.exec(title)) {
    const v = valueOf(m);
    if (v !== null) set.add(v);
  }
  return set;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(a, b);

/** Every scored candidate count of an article (exported for tests and debugging). */
export function affectedCandidates(doc: Document, ctx?: Context): Candidate[] {
  const inTitle = titleNumbers(doc);
  const victim = victimPattern(ctx);
  const cands: Candidate[] = [];
  const total = doc.sentences.length;
  for (const s of doc.sentences) {
    if (cands.length >= MAX_CANDIDATES) break;
    if (!/\d|million|billion|thousand/i.test(s.text)) continue;
    for (const c of candidatesIn(doc, s, s.index, total, inTitle, victim, MAX_CANDIDATES - cands.length)) cands.push(c);
  }
  return cands;
}

/** The victim's names as one pattern (whole words), or null. */
interface VictimPatterns { named: RegExp; possessive: RegExp }
function victimPattern(ctx: Context | undefined): VictimPatterns | null {
  const alt = victimAlternation(ctx);
  if (!alt) return null;
  return { named: new RegExp(`(?<![\\w-])(?:${alt})(?![\\w-])`), possessive: new RegExp(`(?<![\\w-])(?:${alt})['’]s?\\s{1,3}$`) };
}

export const extractAffected: Extractor<AffectedFinding | null> = (doc, ctx) => {
  const cands = affectedCandidates(doc, ctx);
  if (cands.length) {
    // A count that is the sum of two others is a total of parts ("245,000 in the UK and 25,000 in Poland").
    const n = Math.min(cands.length, 40);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const sum = cands[i]!.count + cands[j]!.count;
        if (cands[i]!.count === cands[j]!.count) continue;
        for (const c of cands) if (near(c.count, sum)) c.score += 1.5;
      }
    }
    // Group by value: the best mention speaks for it, repeats add a little.
    const groups: Array<{ best: Candidate; score: number; mentions: number }> = [];
    for (const c of cands) {
      const g = groups.find((x) => near(x.best.count, c.count) || roundsTo(x.best, c) || roundsTo(c, x.best));
      if (!g) groups.push({ best: c, score: c.score, mentions: 1 });
      else {
        g.mentions++;
        const precise = roundsTo(g.best, c) ? c : roundsTo(c, g.best) ? g.best : null;
        const better = c.score > g.best.score || (c.score === g.best.score && unitRank(c.unit) > unitRank(g.best.unit));
        g.score = Math.max(g.score, c.score);
        // the exact figure speaks for a rounded one ("3,345,168" for "just over 3.3 million")
        if (precise) g.best = precise;
        else if (better) g.best = c;
      }
    }
    for (const g of groups) g.score += Math.min(1.5, 0.5 * (g.mentions - 1));
    groups.sort((a, b) => b.score - a.score || b.best.count - a.best.count);
    const top = groups[0]!;
    if (top.score >= MIN_SCORE) {
      const { count, unit, text, sentence } = top.best;
      return { count, unit, text, sentence };
    }
  }
  return vague(doc);
};

/** `precise` is the exact figure that `rounded` rounds ("1,997,486" and "nearly 2 million"). */
function roundsTo(rounded: Candidate, precise: Candidate): boolean {
  if (!rounded.rounded || precise.rounded || precise.count < 1000) return false;
  if (Math.abs(rounded.count - precise.count) > 0.05 * rounded.count) return false;
  const step = 10 ** Math.floor(Math.log10(rounded.count) - 1);
  return Math.abs(rounded.count - precise.count) <= step;
}

function unitRank(u: AffectedUnit): number {
  return u === 'people' ? 4 : u === 'accounts' ? 3 : u === 'records' ? 2 : u === 'devices' ? 1 : 0;
}

/** "thousands of customers": no number, but the text says how many, roughly. */
function vague(doc: Document): AffectedFinding | null {
  const limit = Math.min(doc.sentences.length, 15);
  for (let i = 0; i < limit; i++) {
    const s = doc.sentences[i]!;
    if (!HARM_CUE.test(s.text) || ELSEWHERE_CUE.test(s.text)) continue;
    VAGUE_COUNT.lastIndex = 0;
    for (let m = VAGUE_COUNT.exec(s.text); m; m = VAGUE_COUNT.exec(s.text)) {
      const words = m[1]!.split(/\s{1,3}/);
      const found = words.map((w) => UNIT_OF.get(w.toLowerCase().replace(/['’]s?$/, ''))).find((u) => u);
      if (found) return { count: null, unit: found, text: m[0].trim(), approximate: true, sentence: s };
    }
  }
  return null;
}
