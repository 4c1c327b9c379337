// The affected count: the headline number of people, accounts, records or devices hit by THIS
// incident. Every number followed (within a few modifier words) by a countable noun is a candidate;
// context decides: harm words, the headline and lead, totals ("a total of", sums of parts) raise it;
// money, percentages, years, sizes of the company ("has 50,000 employees") and other breaches
// recalled for comparison ("the 2017 Examplecorp breach that affected 40 million") lower or drop it.
import type { Document, Sentence } from '../document.js';
import type { AffectedUnit } from '../record.js';
import {
  AGGREGATE_CUE, ANOTHER_INCIDENT_CUE, CLAIM_CUE, SEVERAL_INCIDENTS, DEMONYM, ELSEWHERE_CUE, HARM_CUE, MANAGES_DATA_OF, NUMBER_WORDS, PLACE_SIZE, SCALES,
  SERVICE_TO, SIZE_BEFORE, STOP_WORDS, UNIT_NOUNS, VAGUE_COUNT, LINK_LINE,
} from '../lexicon/affected.js';
import { QUANTITY_HEDGES, SCALED_NUMBER_WORDS } from '../lexicon/numbers.js';
import { alternation, execAll } from '../regexp.js';
import { ruleTable, why, type RuleTable, type TestRule, type Why } from '../rules.js';
import type { AffectedFinding, Context, Extractor } from './types.js';
import { victimAlternation } from './victim-names.js';

const UNIT_OF = new Map<string, AffectedUnit>(UNIT_NOUNS);

/** A number in words before a scale word ("nine million", "half a million"), from lexicon/numbers.ts. */
const WORD_NUM = SCALED_NUMBER_WORDS;
/** A number as news writes it: "270,000", "1.2 million", "2.3m", "3-million", "nine million", "half a million". */
const NUMBER = new RegExp(
  `(?<![\\w$£€¥.,])(?:(\\d{1,3}(?:,\\d{3}){1,4}|\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3}){1,3}(?![\\d,.])|\\d{1,12}(?:\\.\\d{1,3})?)(?:\\s{0,2}-?\\s{0,1}(millions?|billions?|thousands?|lakhs?|crores?|mln|mn|bn|m|k)\\b)?|(${WORD_NUM})\\s{1,2}(thousand|million|billion)\\b)`,
  'gi',
);
const AFTER_NOT_COUNT = /^\s{0,2}(?:%|per\s?cent|percent|-?bits?\b|-?\s{0,1}(?:year|month|day|hour|minute|week)s?\b|(?:GB|TB|MB|KB|gigabytes?|terabytes?|megabytes?|bytes?)\b|(?:dollars?|pounds?|euros?|yen|rupees?|rand|bitcoins?|btc|eth)\b|(?:am|pm|a\.m\.|p\.m\.)\b|:\d)/i;
const MODIFIER_BEFORE = /(?:\b(?:more than|over|nearly|almost|about|around|some|up to|at least|roughly|approximately|an estimated|estimated|close to|as many as|upwards of|just over|just under|in excess of|all|a total of|total of)\s{1,3})+$/i;
const BARE_AFTER = /^\s{0,2}(?:(?:people|others)\s{1,2})?(?:(?:were|was|are|have been|had been|has been|may have been|might have been|could have been)\s{1,3})?(?:affected|impacted|exposed|compromised|involved|accessed|breached|hacked|leaked|hit)\b|^\s{0,2}(?:had|have)\s{1,3}(?:their|his|her)\b/i;
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
/** "disconnected 9,000 computers", "86,000 computers have been turned off": a precaution. */
const OFFLINE_BEFORE = /\b(?:disconnect(?:ed|ing|s)?|shut(?:ting)?\s{1,3}down|switch(?:ed|ing)?\s{1,3}off|turn(?:ed|ing)?\s{1,3}off|took\s{1,3}offline|tak(?:e|es|en|ing)\s{1,3}offline|isolat(?:e|ed|ing)|wip(?:e|ed|ing)|reimag(?:e|ed|ing)|rebuil(?:d|t|ding)|replac(?:e|ed|ing))\s{1,3}(?:(?:its|the|their|all|some)\s{1,3})?$/i;
const OFFLINE_AFTER = /^\s{0,3}(?:(?:have|has|had|were|was|are|been|being)\s{1,3}){0,2}(?:disconnected|shut\s{1,3}down|switched\s{1,3}off|turned\s{1,3}off|taken\s{1,3}offline|isolated|wiped|reimaged|rebuilt|replaced)\b/i;

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
  /** The reading that made the number a count. */
  why: Why;
}

/** Value of one number match, or null when it is not a count. */
function valueOf(m: RegExpExecArray): number | null {
  if (m[1] !== undefined) {
    const n = parseFloat(m[1].replace(/[,\u00a0\u202f ]/g, ''));
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

/** One number in a sentence, with the words around it. */
interface NumberAt {
  m: RegExpExecArray;
  before: string;
  after: string;
  /** The sentence is the headline (a product name with a big number can still be a count there). */
  headline: boolean;
}

/** A row that reads one number in its sentence; `test` (for the rules test) asks it of every number in a text. */
interface NumberRule extends TestRule {
  at: (x: NumberAt) => boolean;
}

function* numbersIn(text: string, headline = false): Generator<NumberAt> {
  // every match found first (a rule may read the numbers of a part of the sentence meanwhile), with the shared
  // pattern: a copy per call cost more than its scan
  for (const m of execAll(NUMBER, text)) {
    yield { m, before: text.slice(Math.max(0, m.index - 140), m.index), after: text.slice(m.index + m[0].length, m.index + m[0].length + 120), headline };
  }
}

const numberRule = (r: Omit<NumberRule, 'test'>): NumberRule => ({
  ...r,
  test: (text) => {
    for (const x of numbersIn(text)) if (r.at(x)) return true;
    return false;
  },
});

/** Numbers that are not counts of anything hit: tried in order, the first that fires sets the number aside. */
export const NOT_A_COUNT: RuleTable<NumberRule> = ruleTable('affected', 'a number that is not a count', [
  numberRule({
    id: 'measure-after', reason: 'a percentage, a duration, a size in bytes, a sum of money or a clock time follows the number',
    example: 'Nearly 40 percent of members were told.', counterexample: 'Nearly 40 members were told.',
    at: (x) => AFTER_NOT_COUNT.test(x.after),
  }),
  numberRule({
    id: 'year', reason: 'a four-digit number from 1900 to 2099 with no scale word is a year',
    example: 'The clinic was breached in 2021 by an unknown group.', counterexample: 'The clinic said 2,021 patients were told.',
    at: (x) => !!x.m[1] && !x.m[2] && /^(?:19|20)\d\d$/.test(x.m[1]),
  }),
  numberRule({
    id: 'product-name', reason: 'a capitalised word or a hyphen right before a plain number: a product or model name ("Suite 365", "X-200")',
    example: 'Staff used Mailbox 365 to reach 300 customers.', counterexample: 'Staff wrote to 300 customers.',
    at: (x) => !!x.m[1] && !x.m[1].includes(',') && (!x.headline || valueOf(x.m)! < 1000) && PRODUCT_BEFORE.test(x.before),
  }),
  numberRule({
    id: 'devices-taken-offline', reason: 'machines shut down, disconnected or taken offline as a precaution are the response, not what was hit',
    example: 'The bank disconnected 9,000 computers in its branches.', counterexample: 'The malware infected 9,000 computers in its branches.',
    at: (x) => {
      const u = unitAfter(x.after.replace(/^\+/, ''));
      if (!u || u.unit !== 'devices') return false;
      return OFFLINE_BEFORE.test(x.before.replace(MODIFIER_BEFORE, '')) || OFFLINE_AFTER.test(x.after.slice(u.end, u.end + 50));
    },
  }),
  numberRule({
    id: 'population', reason: 'the people a place is home to ("a city with about 30,000 residents", "home to 42,000 inhabitants") are its size, not the people hit',
    example: 'The county seat, the largest in the state with about 30,000 residents, shut its network.', counterexample: 'The files held the records of about 30,000 residents.',
    at: (x) => /\b(?:with|home\s{1,3}to|population\s{1,3}of)\s{1,3}$/i.test(x.before.replace(MODIFIER_BEFORE, ''))
      && /^\s{1,3}(?:residents|inhabitants)\b(?!\s{1,3}(?:(?:were|have|had|was|whose|who)\b|affected|impacted))/i.test(x.after),
  }),
  numberRule({
    id: 'day-of-month', reason: 'one or two digits after a month name are a day',
    example: 'Letters went out on March 12 to patients.', counterexample: 'Letters went out to 12 patients.',
    at: (x) => !!x.m[1] && /^\d{1,2}$/.test(x.m[1]) && !x.m[2] && /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s{0,2}$/.test(x.before),
  }),
]);

/** What a number counts: tried in order; a number none of them reads is not a candidate. */
export const COUNT_READINGS: RuleTable<NumberRule> = ruleTable('affected', 'what a number counts', [
  numberRule({
    id: 'counted-noun', reason: 'a countable noun of people, accounts, records or devices follows within a few modifier words',
    example: 'Thieves reached 43,000 current and former customers.', counterexample: 'Thieves reached 43,000 stores.',
    at: (x) => unitAfter(x.after.replace(/^\+/, '')) !== null,
  }),
  numberRule({
    id: 'bare-affected', reason: 'a number with no noun that the sentence says was affected ("12,000 were affected", "affected 12,000")',
    example: 'In all, 12,000 were affected by the leak.', counterexample: 'In all, 12,000 were printed by the firm.',
    at: (x) => BARE_NEXT.test(x.after) && (BARE_AFTER.test(x.after) || BARE_BEFORE.test(x.before.replace(MODIFIER_BEFORE, ''))),
  }),
  numberRule({
    id: 'number-of-is', reason: 'a number that a sentence gives as "the number of …" ("the number of accounts reached is 70,000", "the number of records was put at 2 million")',
    example: 'The number of user accounts reached by the intruders is 70,000.', counterexample: 'The number of the hotline is 70,000.',
    at: (x) => BARE_NEXT.test(x.after) && NUMBER_OF_IS.test(x.before.replace(MODIFIER_BEFORE, '')) && unitOfNumber(x.before) !== null,
  }),
]);

/** "the number of stolen accounts is", "the number of people affected was put at": the count follows. */
const IS_AT_END = /\s(?:is|was|are|were|stands?\sat|stood\sat|totals?|totalled|totaled|reached|rose\sto|came\sto|(?:pegged|put|estimated|placed)\sat)\s{1,3}$/i;
const NUMBER_OF_IS = { test(before: string): boolean {
  const at = before.toLowerCase().lastIndexOf('number of ');
  if (at < 0) return false;
  const rest = before.slice(at + 9);
  return rest.trim().split(/\s+/).length <= 12 && IS_AT_END.test(rest);
} };
/** The noun the "number of" counts: "the number of stolen user accounts" → accounts. */
function unitOfNumber(before: string): AffectedUnit | null {
  const at = before.search(/\bnumber\s{1,3}of\s/i);
  if (at < 0) return null;
  for (const w of before.slice(at).split(/\s{1,3}/).slice(2, 8)) {
    const unit = UNIT_OF.get(w.toLowerCase().replace(/[,'’]/g, ''));
    if (unit) return unit;
  }
  return /\bnumber\s{1,3}of\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}(?:data|information|details)\b/i.test(before.slice(at)) ? 'records' : null;
}

/** A cue in the sentence that raises or lowers every count in it (read once per sentence). */
interface SentenceCue extends TestRule {
  weight: number;
  /** The cue says nothing when the sentence names the victim ("Meanwhile, the lender said ..." is still its story). */
  unlessVictim?: boolean;
}
const sentenceCue = (id: string, pattern: RegExp, weight: number, reason: string, example: string, counterexample: string): SentenceCue =>
  ({ id, weight, reason, example, counterexample, test: (t) => { pattern.lastIndex = 0; return pattern.test(t); } });

export const SENTENCE_CUES: RuleTable<SentenceCue> = ruleTable('affected', 'sentence cues for a count', [
  sentenceCue('harm-word', HARM_CUE, 2, 'the sentence says harm was done (affected, exposed, stolen, notified)',
    'Records of 5,000 members were exposed.', 'The firm has 5,000 members in three towns.'),
  sentenceCue('attacker-claim', CLAIM_CUE, -1, 'the number is what the attackers say they hold, less sure than the victim\'s count',
    'The gang says it holds 2 million records.', 'The lender says 2 million records were copied.'),
  sentenceCue('elsewhere', ELSEWHERE_CUE, -3, 'the sentence compares with other breaches or gives statistics',
    'On average, breaches expose 25,000 records each.', 'This breach exposed 25,000 records.'),
  {
    id: 'another-incident', weight: -3, unlessVictim: true,
    reason: 'a sentence that turns to another organisation\'s incident ("Meanwhile, ...", "the Harbor Credit Union also reported a breach that affected 3,000 members") and does not name the victim: its count is that incident\'s',
    example: 'Meanwhile, a regional airline said 9,000 passengers had their bookings exposed.', counterexample: 'A regional airline said 9,000 passengers had their bookings exposed.',
    test: (t) => ANOTHER_INCIDENT_CUE.test(t),
  },
  {
    id: 'several-incidents', weight: -4,
    reason: 'the count is said of several incidents together ("two laptop thefts exposed 7,000 patients", a headline opening on "Thefts of …"): it totals more than this one',
    example: 'In two separate thefts, laptops holding 7,000 patient files were taken.', counterexample: 'In the theft, a laptop holding 7,000 patient files was taken.',
    test: severalIncidents,
  },
]);

const SEVERAL_NUMBERS = new Set<string>(SEVERAL_INCIDENTS.numbers);
const SEVERAL_NOUNS = new Set<string>(SEVERAL_INCIDENTS.nouns);
const SEVERAL_OPENERS = new Set<string>(SEVERAL_INCIDENTS.openers);
/** Whether a sentence speaks of several incidents at once: a number word with a plural incident noun a few words on,
 * or a plural incident noun (after at most one word) followed by of/at/in/on as the sentence's opening. */
export function severalIncidents(text: string): boolean {
  const raw = text.split(/\s+/);
  const words = raw.map((w) => (/[\w-]+/.exec(w)?.[0] ?? '').toLowerCase());
  for (let i = 0; i < words.length; i++) {
    if (!SEVERAL_NUMBERS.has(words[i]!)) continue;
    for (let k = i + 1; k <= i + 1 + SEVERAL_INCIDENTS.gap && k < words.length; k++) if (SEVERAL_NOUNS.has(words[k]!)) return true;
  }
  for (const at of [0, 1]) {
    if (SEVERAL_OPENERS.has(words[at]!) && /^[A-Z]/.test(raw[at] ?? '') && ['of', 'at', 'in', 'on'].includes(words[at + 1] ?? '')) return true;
  }
  return false;
}

/** Words just before a number that raise or lower it. */
interface BeforeCue extends TestRule { weight: number; window: number }

export const BEFORE_CUES: RuleTable<BeforeCue> = ruleTable('affected', 'words before a count', [
  {
    id: 'size-before', weight: -4, window: 80,
    reason: 'the size of an organisation or a place ("the bank, which has", "employs", "provides water to", "a town with about"), not victims',
    example: 'The insurer, which employs ', counterexample: 'The insurer, which notified ',
    test: (t) => {
      const end = t.replace(/\s{1,3}$/, ' ');
      return SIZE_BEFORE.test(end.slice(-60)) || [SERVICE_TO, MANAGES_DATA_OF, PLACE_SIZE].some((p) => p.test(end.slice(-80)));
    },
  },
]);

function candidatesIn(doc: Document, s: Sentence, rank: number, total: number, titleNumbers: Set<number>, victim: VictimPatterns | null, room: number, ctx: Context | undefined): Candidate[] {
  const out: Candidate[] = [];
  const text = s.text;
  // Sentence-level cues are read once per sentence, never once per number in it (a long sentence can
  // hold thousands of numbers).
  let sentenceWeight = 0;
  const victimNamed = !!victim && victim.named.test(text);
  for (const cue of SENTENCE_CUES.rules) if (!(cue.unlessVictim && victimNamed) && cue.test(text)) sentenceWeight += cue.weight;
  const aggregate = AGGREGATE_CUE.test(text) && !victimNamed;
  const headline = s.block === 0 || doc.blocks[s.block]?.kind === 'heading' && s.block < 3;
  if (!headline && LINK_LINE.test(text)) return out; // "Related: … breach affects 2 million users"
  const tail = doc.blocks[s.block]?.kind === 'list-item' && total > 12 && rank > total * 0.6;
  for (const x of numbersIn(text, headline)) {
    if (out.length >= room) break;
    const { m, before, after } = x;
    const notCount = NOT_A_COUNT.rules.find((r) => r.at(x));
    if (notCount) {
      ctx?.explain.drop({ field: 'affected', text: m[0], why: why(NOT_A_COUNT, notCount), sentence: s });
      continue;
    }
    const value = valueOf(m);
    if (value === null || value < 2) continue;
    const reading = COUNT_READINGS.rules.find((r) => r.at(x));
    if (!reading) continue;
    let unit: AffectedUnit;
    let end: number;
    let score: number;
    const found = reading.id === 'counted-noun' ? unitAfter(after.replace(/^\+/, '')) : null;
    if (found) {
      unit = found.unit;
      end = m.index + m[0].length + found.end;
      score = unit === 'devices' ? 1.5 : unit === 'records' ? 2.5 : 3;
    } else if (reading.id === 'number-of-is') {
      unit = unitOfNumber(before) ?? 'other';
      end = m.index + m[0].length;
      score = unit === 'devices' ? 2 : 4;
    } else {
      unit = 'other';
      end = m.index + m[0].length;
      score = 2.5;
    }
    const mod = MODIFIER_BEFORE.exec(before);
    const startAt = m.index - (mod ? mod[0].length : 0);
    score += sentenceWeight;
    if (headline) score += 3;
    else if (titleNumbers.has(value)) score += 2.5;
    if (rank < 4) score += 1.5;
    else if (rank < 10) score += 0.75;
    else if (total > 25 && rank > total * 0.7) score -= 1;
    if (AFFECTED_AFTER.test(text.slice(end, end + 40))) score += 1.5;
    for (const cue of BEFORE_CUES.rules) if (cue.test(before)) score += cue.weight;
    if (value < 10) score -= 1;
    if (aggregate) score -= 3;
    // "the lender's nearly 4,000 employees": the victim's own people
    if (victim && victim.possessive.test(before.replace(MODIFIER_BEFORE, ''))) score += 2;
    if (tail) score -= 1.5;
    out.push({ count: value, rounded: !!(m[2] || m[4]), unit, text: text.slice(startAt, end).trim().replace(/(?<![.,;:'’])[.,;:'’]+$/, ''), sentence: s, score, why: why(COUNT_READINGS, reading) });
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
    // a count told in another incident's story, a trend or an earlier breach is not this incident's
    if (ctx?.scope?.isBackground(s)) continue;
    for (const c of candidatesIn(doc, s, s.index, total, inTitle, victim, MAX_CANDIDATES - cands.length, ctx)) cands.push(c);
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

export const extractAffected: Extractor<AffectedFinding | null, 'company' | 'scope'> = (doc, ctx) => {
  const cands = affectedCandidates(doc, ctx);
  if (cands.length) {
    // A count that is the sum of two others is a total of parts ("245,000 in the UK and 25,000 in Poland").
    // It earns that once: a big figure is "the sum" of itself and every small one beside it (12 million
    // + 5,500 is 12 million again), and was raised once per small figure in the article.
    const n = Math.min(cands.length, 40);
    const totals = new Set<Candidate>();
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const sum = cands[i]!.count + cands[j]!.count;
        if (cands[i]!.count === cands[j]!.count) continue;
        for (const c of cands) if (near(c.count, sum)) totals.add(c);
      }
    }
    for (const c of totals) c.score += 1.5;
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
      const parts = partsOf(top.best);
      if (parts && !cands.some((c) => near(c.count, parts.sum))) {
        ctx.explain.drop({ field: 'affected', text: top.best.text, why: why(PARTS, parts.rule), sentence: top.best.sentence });
        if (parts.rule.id === 'parts-of-kinds') return vague(doc, ctx);
        const { unit, sentence } = top.best;
        return { count: parts.sum, unit, text: parts.text, sentence, why: why(PARTS, parts.rule) };
      }
      const { count, unit, text, sentence, why: reading } = top.best;
      return { count, unit, text, sentence, why: reading };
    }
  }
  return vague(doc, ctx);
};

/** One member of a list of counts: "1,200 staff accounts" in "1,200 staff accounts, 8,400 member accounts and …". */
interface Part { value: number; noun: string; hedged: boolean }
const HEDGE_ONLY = new RegExp(`^(?:${alternation([...QUANTITY_HEDGES.atLeast, ...QUANTITY_HEDGES.nearly, ...QUANTITY_HEDGES.below, ...QUANTITY_HEDGES.ceiling, ...QUANTITY_HEDGES.about]).replace(/\\s/g, '\\s{1,3}')})$`, 'i');
/** One to five words after a member's number, and nothing else: "staff accounts", "third party contractor accounts". */
const PART_WORDS = /^(?:\s{1,3}[\p{L}'’-]{1,25}){1,5}$/u;
/** The members of a run of three or more counts in one list ("A x, B y and C z"), or null. A member is an optional
 * hedge, a number and one to five words; the first may follow the words that open the list. */
function listParts(text: string): Part[] | null {
  const items = text.replace(/[.;:]$/, '').split(/,\s{1,3}(?:and\s{1,3})?|\s{1,3}(?:and|plus)\s{1,3}/);
  let parts: Part[] = [];
  for (const item of items) {
    let last: RegExpExecArray | null = null;
    for (const x of numbersIn(item)) last = x.m;
    const value = last ? valueOf(last) : null;
    const words = last ? item.slice(last.index + last[0].length) : '';
    const before = last ? item.slice(0, last.index).trim() : '';
    const hedged = before !== '' && HEDGE_ONLY.test(before);
    if (!last || value === null || !PART_WORDS.test(words) || (parts.length > 0 && before !== '' && !hedged)) {
      if (parts.length >= 3) break;
      parts = [];
      continue;
    }
    const nouns = words.trim().split(/\s{1,3}/);
    parts.push({ value, noun: nouns[nouns.length - 1]!.toLowerCase(), hedged: hedged || (parts.length === 0 && MODIFIER_BEFORE.test(before + ' ')) });
  }
  // the same figure over and over is a repetition, not a breakdown
  return parts.length >= 3 && new Set(parts.map((x) => x.value)).size > 1 ? parts : null;
}

interface PartsRule extends TestRule { sums: boolean }
/** A count given only as a breakdown, with no total stated anywhere: what the record says of it. */
export const PARTS: RuleTable<PartsRule> = ruleTable('affected', 'a count given as a list of parts', [
  {
    id: 'parts-summed', sums: true,
    reason: 'three or more exact counts of the same thing in one list, with no total stated ("1,200 staff accounts, 8,400 student accounts and 900 alumni accounts"): the count is their sum',
    example: 'The file held 1,200 staff accounts, 8,400 student accounts and 900 alumni accounts.',
    counterexample: 'The file held 1,200 staff accounts, 8,400 payment cards and 900 passport scans.',
    test: (t) => { const p = listParts(t); return !!p && sameKind(p); },
  },
  {
    id: 'parts-of-kinds', sums: false,
    reason: 'three or more counts of different things in one list, or hedged ones ("4 million cards, 300,000 loan files and 90 staff badges"): no single figure is the count of what was hit',
    example: 'The hackers listed 4 million cards, 300,000 loan files and 90 staff badges.',
    counterexample: 'The hackers listed 4 million cards from the bank.',
    test: (t) => { const p = listParts(t); return !!p && !sameKind(p); },
  },
]);
const sameKind = (p: Part[]) => p.every((x) => !x.hedged && x.noun === p[0]!.noun);

/** The list of parts a chosen count stands in, with the rule that reads it, or null. */
function partsOf(c: Candidate): { rule: PartsRule; sum: number; text: string } | null {
  // the clause the count stands in, up to its verb ("… and 12,304 contractor accounts were exposed")
  const clause = c.sentence.text.split(/[;:]\s/).find((x) => x.includes(c.text));
  if (!clause) return null;
  const verb = clause.search(/\s(?:were|was|had|have|has|would|could|may|might|are|is)\s/u);
  const list = verb >= 0 ? clause.slice(0, verb) : clause;
  const parts = listParts(list);
  if (!parts || !parts.some((x) => near(x.value, c.count))) return null;
  const rule = PARTS.rules.find((r) => r.sums === sameKind(parts))!;
  return { rule, sum: parts.reduce((a, x) => a + x.value, 0), text: list.trim() };
}

/** A hedge before a round figure and the side the true figure lies on: "more than 5,000" (up), "nearly 1 million" (down). */
const hedge = (words: readonly string[]) => new RegExp(`^(?:${alternation(words).replace(/\\s/g, '\\s{1,3}')})\\s`, 'i');
const HEDGE_UP = hedge(QUANTITY_HEDGES.atLeast);
const HEDGE_DOWN = hedge([...QUANTITY_HEDGES.nearly, ...QUANTITY_HEDGES.below]);
const HEDGE_ABOUT = hedge(QUANTITY_HEDGES.about);

/**
 * `precise` is the figure a hedged round one stands for: "more than 5,000" and "about 5,600", "nearly 1 million"
 * and "938,412" (more significant digits, on the hedge's side, within a fifth for "more than", a tenth else).
 */
function hedgedTo(rounded: Candidate, precise: Candidate): boolean {
  if (precise.count < 1000 || significant(rounded.count) > 2 || significant(precise.count) <= significant(rounded.count)) return false;
  const r = rounded.count;
  const p = precise.count;
  if (HEDGE_UP.test(rounded.text)) return p > r && p <= r * 1.2;
  if (HEDGE_DOWN.test(rounded.text)) return p < r && p >= r * 0.9;
  // "some 270,000" and "around 245,000": two estimates, neither the exact one (the second may be a part)
  const hedged = HEDGE_UP.test(precise.text) || HEDGE_DOWN.test(precise.text) || HEDGE_ABOUT.test(precise.text);
  if (HEDGE_ABOUT.test(rounded.text)) return !hedged && Math.abs(p - r) <= r * 0.1;
  return false;
}

/** `precise` is the exact figure that `rounded` rounds ("1,997,486" and "nearly 2 million"). */
function roundsTo(rounded: Candidate, precise: Candidate): boolean {
  if (hedgedTo(rounded, precise)) return true;
  if (!rounded.rounded || precise.count < 1000) return false;
  // "2.97 million" is the exact figure behind "nearly three million": more significant digits
  if (precise.rounded && significant(precise.count) <= significant(rounded.count)) return false;
  if (Math.abs(rounded.count - precise.count) > 0.05 * rounded.count) return false;
  const step = 10 ** Math.floor(Math.log10(rounded.count) - 1);
  return Math.abs(rounded.count - precise.count) <= step;
}

/** Significant digits of a whole number: 2,970,000 → 3. */
function significant(n: number): number {
  let digits = String(Math.round(n));
  while (digits.length > 1 && digits.endsWith('0')) digits = digits.slice(0, -1);
  return digits.length;
}

function unitRank(u: AffectedUnit): number {
  return u === 'people' ? 4 : u === 'accounts' ? 3 : u === 'records' ? 2 : u === 'devices' ? 1 : 0;
}

/** "thousands of customers": no number, but the text says how many, roughly. */
export const VAGUE_READINGS = ruleTable('affected', 'a count without a number', [
  {
    id: 'vague-count', pattern: VAGUE_COUNT,
    reason: 'no figure, but a harm sentence near the top says how many, roughly ("thousands of customers")',
    example: 'Thousands of customers had their cards exposed.', counterexample: 'Customers had their cards exposed.',
  },
]);

function vague(doc: Document, ctx: Context): AffectedFinding | null {
  const limit = Math.min(doc.sentences.length, 15);
  for (let i = 0; i < limit; i++) {
    const s = doc.sentences[i]!;
    if (!HARM_CUE.test(s.text) || ELSEWHERE_CUE.test(s.text) || ctx.scope?.isBackground(s)) continue;
    VAGUE_COUNT.lastIndex = 0;
    for (let m = VAGUE_COUNT.exec(s.text); m; m = VAGUE_COUNT.exec(s.text)) {
      const words = m[1]!.split(/\s{1,3}/);
      const found = words.map((w) => UNIT_OF.get(w.toLowerCase().replace(/['’]s?$/, ''))).find((u) => u);
      if (found) return { count: null, unit: found, text: m[0].trim(), approximate: true, sentence: s, why: why(VAGUE_READINGS, VAGUE_READINGS.rules[0]!) };
    }
  }
  return null;
}
