// Compromised data: which kinds of data this incident exposed, whose, and how sure the article is.
// Reads sentences that say data was taken or exposed, finds data phrases from the lexicon, decides
// whose data (a premodifier "customer details", "of 2 million users", "their …" → the people the
// paragraph talks about) and the status (denials, hedges, third-party reports, the victim's word).
import type { Document, Sentence } from '../document.js';
import type { DataCategory, DataStatus } from '../record.js';
import type { Context, DataFinding, Extractor } from './types.js';
import { victimAlternation } from './victim-names.js';
import {
  ADVICE_CUES, CATEGORY_ADJECTIVES, COMPROMISE_CUES, COORDINATED_HEADS, CRYPTO_WORDS, DATA_PHRASES, GENERIC_CUES,
  NOT_DATA_AFTER, NOT_DATA_BEFORE, ON_VIEW_CUE, OTHER_INCIDENT_CUES, PAST_COMPROMISE, PEOPLE_WHO, SUBJECT_WORDS,
} from '../lexicon/data.js';
import {
  DENIAL_AFTER, DENIAL_BEFORE, NOT_A_DENIAL, POSSIBLE_CUES, REPORT_CUES, UNCONFIRMED_CUES, VICTIM_CUES, cueRegex,
} from '../lexicon/hedges.js';
import { isNewsOutlet } from '../lexicon/outlets.js';
import { ruleTable, why, type RuleTable, type TestRule, type Why } from '../rules.js';
import { execAll } from '../regexp.js';

/** Sentences longer than this are read only up to it (crawler junk, hostile input). */
const MAX_SENTENCE = 3_000;

// ---- compiled tables ----------------------------------------------------------------------------

const PHRASES = DATA_PHRASES.map((p) => ({
  category: p.category,
  re: new RegExp(`(?<![\\w'’-])(?:${p.pattern})(?![\\w'’-])`, 'gi'),
}));
/** Any row at all (one scan instead of one per row): most sentences hold no data phrase. */
const ANY_PHRASE = new RegExp(`(?<![\\w'’-])(?:${DATA_PHRASES.map((p) => p.pattern).join('|')})(?![\\w'’-])`, 'i');
const COORD = new RegExp(
  `(?<![\\w-])(${Object.keys(CATEGORY_ADJECTIVES).join('|')})((?:\\s{0,3},\\s{0,3}(?:${Object.keys(CATEGORY_ADJECTIVES).join('|')})){0,3}),?\\s{1,3}(?:and|or|&)\\s{1,3}(${Object.keys(CATEGORY_ADJECTIVES).join('|')})\\s{1,3}(?:${COORDINATED_HEADS})(?![\\w-])`,
  'gi');
/**
 * A category adjective coordinated with a modifier that is not one: "financial and staff information",
 * "payment or delivery details" (the adjective's category; the modifier's phrase is read on its own).
 */
const ADJ = Object.keys(CATEGORY_ADJECTIVES).join('|');
const COORD_MIXED = new RegExp(
  `(?<![\\w-])(${ADJ})((?:\\s{0,3},\\s{0,3}(?:${ADJ})){0,2}),?\\s{1,3}(?:and|or|&)\\s{1,3}(?!(?:${ADJ}|the|their|its|our|your|his|her|this|that|these|those|any|all|some|no|more)\\s)[a-z][a-z-]{1,20}\\s{1,3}(?:${COORDINATED_HEADS})(?![\\w-])`,
  'gi');
const COMPROMISE = new RegExp(`\\b(?:${[...COMPROMISE_CUES, ON_VIEW_CUE].join('|')})\\b`, 'i');
const ADVICE = new RegExp(ADVICE_CUES, 'i');
const PAST = new RegExp(PAST_COMPROMISE, 'i');
const GENERIC = new RegExp(GENERIC_CUES, 'i');
const OTHER_INCIDENT = new RegExp(OTHER_INCIDENT_CUES, 'i');
const POSSIBLE = cueRegex(POSSIBLE_CUES);
const REPORT = cueRegex(REPORT_CUES);
const UNCONFIRMED = cueRegex(UNCONFIRMED_CUES);
const VICTIM = cueRegex(VICTIM_CUES);
const DENY_BEFORE = new RegExp(`\\b(?:${DENIAL_BEFORE.map((c) => c.pattern).join('|')})\\b`, 'gi');
const DENY_AFTER = new RegExp(`^[\\s,]{0,3}(?:[\\w'’-]{1,20}\\s){0,3}?(?:${DENIAL_AFTER.map((c) => c.pattern).join('|')})\\b`, 'i');
const DENY_LATER = new RegExp(`\\b(?:${DENIAL_AFTER.map((c) => c.pattern).join('|')})\\b`, 'i');
const CLAIM = /\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|edly)|purported(?:ly)?)\b/i;
const UNDO_DENIAL = new RegExp(`\\b(?:${NOT_A_DENIAL})\\b`, 'i');
const SUBJECT_KEYS = Object.keys(SUBJECT_WORDS).sort((a, b) => b.length - a.length);
/** A plural demonym: "Examplelanders", "Australians" (people, by where they live). */
const DEMONYM = /^[A-Z][a-z]{2,20}(?:ans|ians)$/;
const DEMONYM_RE = /(?<![\w-])([A-Z][a-z]{2,20}(?:ans|ians))(?:['’])?(?![\w-])/g;
const SUBJECT_RE = new RegExp(`(?<![\\w-])(${SUBJECT_KEYS.map((k) => k.replace(/ /g, '\\s')).join('|')})(?:'s|s'|'|’s|s’|’)?(?![\\w-])`, 'gi');
/** A clause boundary inside a sentence. */
const CLAUSE_BREAK = /;|:\s|[.!?]["”]?\s|,\s{0,2}(?:but|however|while|whereas|although|though|yet)\b|\s(?:but|however|although|though|whereas)\s|\s[-–—]\s/gi;
const POSSESSIVE_BEFORE = /\b(?:their|whose|his|her)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$/i;
/** "details about the attack": the phrase is about the incident, not data taken in it. */
const ABOUT_INCIDENT = /^\s{1,3}(?:about|on|of|regarding|concerning|related to)\s{1,3}(?:what\s{1,3}(?:had\s{1,3})?happened|how\s{1,3}(?:it|this|the\s{1,3}\w{1,15})\s{1,3}happened|(?:the\s|this\s|how\s|what\s|its\s){0,2}(?:attack|breach|incident|hack|investigation|vulnerability|flaw|matter|case|intrusion|compromise|issue|situation|threat|attackers?|hackers?|perpetrators?|suspects?|security))/i;
/** Things, not people: "details of a vulnerability", "information of the hacking tools". */
const THING_NOUN = /\b(?:vulnerabilit(?:y|ies)|flaws?|bugs?|tools?|exploits?|attacks?|breach(?:es)?|incidents?|hacks?|malware|operations?|campaigns?|plans?|deals?|agreements?|settlements?|investigations?|cases?|schemes?|techniques?|methods?|programs?|programmes?|projects?|patch(?:es)?|updates?)\b/i;

/** Words that may stand between a subject premodifier and the data phrase: "customers' personal …". */
const NOT_MODIFIER = new Set(['of', 'and', 'or', 'the', 'to', 'were', 'was', 'had', 'have', 'has', 'from', 'with', 'in', 'on',
  'for', 'that', 'which', 'who', 'by', 'at', 'as', 'is', 'are', 'be', 'been', 'said', 'says', 'including', 'such', 'like',
  // verbs: "clients told data may have leaked" — the people are told, the data is not theirs by position
  'told', 'tells', 'warned', 'warns', 'asked', 'notified', 'informed', 'alerted', 'reported', 'claim', 'claims', 'claimed',
  'fear', 'feared', 'fears', 'may', 'might', 'could', 'will', 'would']);

/** Categories that are usually the organisation's own data: a subject only when the phrase names one. */
const ORGANISATIONAL = new Set<DataCategory>(['internal', 'source-code', 'system', 'classified']);

/** How far back before the paragraph a subject-less people-data phrase looks for whose data it is. */
const LOOKBACK_SENTENCES = 2;
/** Never look further back than this many sentences (a paragraph can be a whole scraped page). */
const MAX_LOOKBACK = 8;

/** A paragraph that opens on a bullet sign: "• Home address". */
const BULLET = /^\s{0,3}[•·▪●◦‣∙]\s/;
/** A lead-in that denies what its list names: "did not include:", "were not affected:", "no … of the following information:". */
const DENIED_LEAD = /(?:\b(?:not|never|no|none\s{1,3}of)|n['’]t)(?:\s{1,3}[\w'’-]{1,20}){0,8}?\s{1,3}(?:includ(?:e|ed|es|ing)|involv(?:e|ed|es|ing)|affect(?:ed|ing)?|compromis(?:e|ed|ing)|expos(?:e|ed|ing)|access(?:ed)?|tak(?:e|en)|stolen|impacted|result\s{1,3}in)\b[^:]{0,80}:\s{0,3}$/i;
/** A line of a few words with no sentence end: "Date of birth", "Social Security number". */
const SHORT_ITEM = /^\s{0,3}(?:[^\s.!?]{1,30}\s{1,3}){0,7}[^\s.!?]{1,30}\s{0,3}$/;
/** A sentence that leads into a list: "… included:", "… may have included the following information". */
const LEAD_IN = /:\s{0,3}$|\bthe\s{1,3}following(?:\s{1,3}[\w-]{1,20}){0,3}\s{0,3}[.:]?\s{0,3}$/i;

/** At most this many phrases make an item's text. */
const MAX_PHRASES = 6;

const STATUS_RANK: Record<DataStatus, number> = { confirmed: 3, reported: 2, possible: 1, denied: 0 };

// ---- the extractor ------------------------------------------------------------------------------

interface Hit {
  category: DataCategory;
  subject: string | null;
  /** The phrase itself names whose data it is ("customer data", "details of 14 million consumers"). */
  ownSubject: boolean;
  /** The phrase is one item of a list of data ("emails, passwords and customer information"). */
  listed?: boolean;
  text: string;
  /** The general phrase a list of examples hangs from: "sensitive information" in "… such as names". */
  head?: string;
  status: DataStatus;
  sentence: Sentence;
  start: number;
  /** The status rule that read it. */
  why: Why;
}

export const extractData: Extractor<DataFinding[], 'company' | 'scope' | 'sources'> = (doc, ctx) => {
  const hits: Hit[] = [];
  const companyWords = companyPattern(ctx);
  let listContext = false;
  /** Whose data the list's lead-in names ("The personal data of staff taken included:"), when one group. */
  let listSubject: string | null = null;
  let deniedList = false;
  const doubt = doubtIn(doc.text);
  for (const block of doc.blocks) {
    if (block.kind === 'table-cell') continue;
    // A list after "…including:", "the stolen data included:" or "… the following information"
    // inherits the lead-in's context; a paragraph opening on a bullet sign is a list item too.
    // (after a lead-in, short lines with no sentence end are its items too: a list whose bullets the page lost)
    const listItem = block.kind === 'list-item' || BULLET.test(block.text) || (listContext && SHORT_ITEM.test(block.text) && !LEAD_IN.test(block.text));
    const inList = listItem && listContext;
    if (!listItem) listContext = false;
    // "The data taken did not include:" then bullets: each item is denied
    if (!listItem) deniedList = LEAD_IN.test(block.text) && DENIED_LEAD.test(block.text);
    for (let i = block.sentences[0]; i < block.sentences[1]; i++) {
      const sentence = doc.sentences[i]!;
      const text = sentence.text.length > MAX_SENTENCE ? sentence.text.slice(0, MAX_SENTENCE) : sentence.text;
      if (!inList && !readsAsCompromise(text, companyWords, doc, ctx)) continue;
      // another incident, a trend, an earlier breach: its data is not this incident's
      const background = ctx.scope?.whyBackground(sentence);
      if (background) {
        if (ctx.explain.on) for (const m of findPhrases(text)) ctx.explain.drop({ field: 'data', text: m.text, why: background, sentence });
        continue;
      }
      const leadIn = !listItem && LEAD_IN.test(text);
      if (leadIn) listContext = true;
      const firstHit = hits.length;
      const phrases = findPhrases(text, (m, rule) => ctx.explain.drop({ field: 'data', text: m.text, why: why(NOT_DATA, rule), sentence }));
      for (const m of phrases) {
        if (adviceBefore(text, m.start)) {
          ctx.explain.drop({ field: 'data', text: m.text, why: why(NOT_TAKEN, NOT_TAKEN.rules[0]!), sentence });
          continue;
        }
        const headMatch = m.category === 'unspecified' ? undefined : headOf(text, phrases, m);
        const head = headMatch?.text;
        const ipAddresses = m.category === 'system' && /^IP\s?address/i.test(m.text);
        const found = findSubject(doc, sentence, text, m.start, m.end, m.inner, ORGANISATIONAL.has(m.category) && !ipAddresses);
        // "customer data, including dates of birth": the general phrase a list hangs from says whose it is
        const subject = found?.subject ?? (ORGANISATIONAL.has(m.category) ? null
          : (headMatch ? namedOwner(text, headMatch) : null) ?? listOwner(text, hits, firstHit, sentence, m) ?? (inList ? listSubject : null));
        const { status, rule } = listItem && deniedList ? { status: 'denied' as const, rule: DATA_STATUS.rules[0]! }
          : inList ? statusOfList(doc, block.index, companyWords) : statusOf(doc, sentence, text, m.start, m.end, companyWords, ctx, doubt);
        // "users' IP addresses": a person's address on the internet, not the victim's system details;
        // "private information on staff": people's private information is their personal information
        const category = (ipAddresses || OWNER_CATEGORY.rules.some((r) => r.reads(m.text))) && subject ? 'personal' : m.category;
        const listed = category === 'unspecified' && !OTHER_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) && coordinated(text, phrases, m);
        hits.push({ category, subject, ownSubject: !!found?.own, listed, text: withOwner(text, m, subject), head, status, sentence, start: sentence.start + m.start, why: why(DATA_STATUS, rule) });
        // "personal data of staff and students": one item for each of the pair
        if (found?.also && !ORGANISATIONAL.has(category)) hits.push({ category, subject: found.also, ownSubject: found.own, text: m.text, head, status, sentence, start: sentence.start + m.start, why: why(DATA_STATUS, rule) });
      }
      if (leadIn) {
        const whose = new Set(hits.slice(firstHit).filter((h) => h.subject && !ORGANISATIONAL.has(h.category)).map((h) => h.subject!));
        listSubject = whose.size === 1 ? [...whose][0]! : null;
      }
    }
  }
  return merge(hits);
};

/** A row that reads a general phrase as people's data when the text names whose it is (the driver finds the owner). */
interface OwnerCategoryRule extends TestRule { reads: (phrase: string) => boolean }
const PRIVATE_INFO = /^private\s(?:data|information|info|details)$/i;

/** General phrases that are a kind of people's data once people own them (a subject was found): then their category is `personal`. */
export const OWNER_CATEGORY: RuleTable<OwnerCategoryRule> = ruleTable('data', 'a general phrase that people\'s ownership makes personal', [
  {
    id: 'private-information', reason: '"private information", "private data" of people (their owner named: "private information on staff", "customers\' private data") is their personal information (contract: personal); without people as owners it stays general',
    example: 'The leak exposed private information on staff.', counterexample: 'The leak exposed private information held by the firm.',
    reads: (phrase) => PRIVATE_INFO.test(phrase),
    test: (text) => rawPhrases(text).some((m) => PRIVATE_INFO.test(m.text)
      && (OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || ownerAfter(text, m))),
  },
]);

/** Data named in a sentence about loss, but not as lost. */
export const NOT_TAKEN = ruleTable('data', 'data named but not taken', [
  {
    id: 'advice', test: (t: string) => { const m = rawPhrases(t).find((p) => adviceBefore(t, p.start)); return !!m; },
    reason: 'advice to readers ("change your password", "watch your bank accounts") names data that was not taken',
    example: 'After the breach, members should change their passwords.', counterexample: 'After the breach, the passwords of members were stolen.',
  },
]);

/** "change your account password", "we recommend you watch your bank accounts": advice, not loss. */
function adviceBefore(text: string, start: number): boolean {
  const [from] = clauseAround(text, start, start);
  const lead = text.slice(Math.max(0, start - 60), start);
  return ADVICE.test(text.slice(from, start)) || /\b(?:change|reset|update|protect|monitor|check|secure|review|watch|freeze|replace|reissue|renew|cancel)\s{1,3}(?:your|their|all|any|his|her)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$/i.test(lead)
    // "a customer confirmed some of their details": checking the data, not losing it
    || /\b(?:confirm(?:ed|s)?|verif(?:y|ied|ies)|recogni[sz](?:ed|es)?)\s{1,3}(?:(?:some|all|many|most|part)\s{1,3}of\s{1,3})?(?:their|his|her)\s{1,3}(?:[\w-]{1,20}\s{1,3})?$/i.test(lead);
}

/**
 * "personal data of 9,000 staff (including home addresses, bank details …)": a phrase that names its owners
 * and that a list hangs from says whose each listed item is (an earlier hit of the same sentence, joined
 * to this phrase by "including", "such as", a colon…, with no sentence break between).
 */
function listOwner(text: string, hits: Hit[], from: number, sentence: Sentence, m: PhraseMatch): string | null {
  for (let k = hits.length - 1; k >= from; k--) {
    const h = hits[k]!;
    const end = h.start - sentence.start + h.text.length;
    if (h.sentence !== sentence || !h.ownSubject || !h.subject || ORGANISATIONAL.has(h.category) || end > m.start) continue;
    const between = text.slice(h.start - sentence.start, m.start);
    if (between.length < 200 && LIST_LEAD.test(between) && !/[.;]/.test(between)) return h.subject;
  }
  return null;
}

/** "sensitive information such as customer details": the general phrase the example hangs from. */
const LIST_LEAD = /\b(?:such as|including|includ(?:ed|es)|like|namely|contain(?:ed|s|ing)?|compris(?:ed|es|ing)|consist(?:ed|s|ing) of|as well as)\b|:/i;
function headOf(text: string, phrases: PhraseMatch[], m: PhraseMatch): PhraseMatch | undefined {
  let head: PhraseMatch | undefined;
  for (const p of phrases) {
    if (p.end > m.start) break;
    if (p.category === 'unspecified' && m.start - p.end < 200 && LIST_LEAD.test(text.slice(p.end, m.start)) && !/[.;]/.test(text.slice(p.end, m.start))) head = p;
  }
  return head;
}

function companyPattern(ctx: Context): RegExp | null {
  const alt = victimAlternation(ctx);
  return alt ? new RegExp(`(?<![\\w-])(?:${alt})(?![\\w-])`, 'i') : null;
}

/** What the sentence rules read: the sentence, the victim's names, the publication year. */
interface SentenceScene { text: string; company: RegExp | null; published: string | null }
interface SentenceRule extends TestRule { skips: (x: SentenceScene) => boolean }
const sentenceRule = (r: Omit<SentenceRule, 'test'>): SentenceRule => ({
  ...r,
  test: (text) => r.skips({ text, company: null, published: '2024-06-01' }),
});

/**
 * Sentences that yield no data, tried in order: the first that fires sets the sentence aside (a sentence
 * none fires on says data was taken or exposed in this incident).
 */
export const NOT_A_LOSS: RuleTable<SentenceRule> = ruleTable('data', 'a sentence that tells no loss of data', [
  sentenceRule({
    id: 'no-exposure-word', reason: 'nothing in the sentence says data was taken, exposed, leaked, accessed or included',
    example: 'The shop sells names engraved on mugs.', counterexample: 'The shop said names were stolen.',
    skips: (x) => !COMPROMISE.test(x.text),
  }),
  sentenceRule({
    id: 'advice-sentence', reason: 'advice to readers ("customers should change their passwords") unless it also says what was taken',
    example: 'Customers should reset passwords that were reused elsewhere.', counterexample: 'Customers should know that passwords were stolen.',
    skips: (x) => ADVICE.test(x.text) && !PAST.test(x.text),
  }),
  sentenceRule({
    id: 'generic', reason: 'a general statement ("stolen card numbers can be used to …", "hackers often target …"), not this incident',
    example: 'Stolen card numbers can be used to buy goods online.', counterexample: 'Card numbers were stolen from the checkout page.',
    skips: (x) => GENERIC.test(x.text) && !PAST.test(x.text),
  }),
  sentenceRule({
    id: 'other-incident', reason: 'another incident named by its adjective ("a separate breach", "last year\'s hack"), unless the sentence names the victim',
    example: 'In a separate breach, names and emails of a rival\'s users leaked.', counterexample: 'In the breach, names and emails of users leaked.',
    skips: (x) => !(x.company ? x.company.test(x.text) : false) && OTHER_INCIDENT.test(x.text),
  }),
  sentenceRule({
    id: 'older-year', reason: 'a year two or more before publication, not a window ("since 2019"): an older incident',
    example: 'The 2013 breach at the portal exposed passwords.', counterexample: 'Passwords exposed since 2013 were reset.',
    skips: (x) => olderYear(x.text, x.published),
  }),
]);

/** Does this sentence say data was taken or exposed in this incident (not advice, not another incident)? */
function readsAsCompromise(text: string, company: RegExp | null, doc: Document, ctx: Context): boolean {
  const scene = { text, company, published: ctx.published ?? doc.published };
  return !NOT_A_LOSS.rules.some((r) => r.skips(scene));
}

/** A year two or more years before publication: "the 2013 breach at Examplemail". */
function olderYear(text: string, published: string | null): boolean {
  if (!published) return false;
  const now = Number(published.slice(0, 4));
  for (const m of text.matchAll(/\b(19[89]\d|20[0-4]\d)\b/g)) {
    if (Number(m[1]) > now - 2) continue;
    // "between 2014 and 2018", "since 2019": this incident's window, not an older incident.
    const lead = text.slice(Math.max(0, m.index! - 40), m.index!);
    if (/\b(?:since|between|from|starting|started|began|beginning|back to|as early as|as far back as|and|to|until|through)\s(?:(?:early|late|mid-?|the end of|the start of|[A-Z][a-z]{2,8}|\d{1,2},?)\s){0,3}$/i.test(lead)) continue;
    if (/^\s{0,2}(?:and|to|-|–|until|through)\s/i.test(text.slice(m.index! + 4, m.index! + 12))) continue;
    return true;
  }
  return false;
}

interface PhraseMatch {
  category: DataCategory;
  text: string;
  start: number;
  end: number;
  /** The phrase's own first words, which may name the subject ("customer data"). */
  inner: string;
  /** From a coordinated phrase ("personal and financial data"): only rows marked `coordinatedToo` set it aside. */
  coordinated?: boolean;
}

/** Data phrases in a sentence, before any rule has set one aside: longest match wins where rows overlap. */
function rawPhrases(text: string): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const m of execAll(COORD, text)) {
    const adjectives = [m[1]!, ...(m[2] ?? '').split(',').map((x) => x.trim()).filter(Boolean), m[3]!];
    const start = m.index!;
    for (const a of adjectives) {
      const category = CATEGORY_ADJECTIVES[a.toLowerCase()];
      if (category) found.push({ category, text: m[0], start, end: start + m[0].length, inner: m[0], coordinated: true });
    }
  }
  // (these do not take their span: the modifier's own phrase, "staff information", is still read)
  const mixed: PhraseMatch[] = [];
  for (const m of execAll(COORD_MIXED, text)) {
    const start = m.index!;
    for (const a of [m[1]!, ...(m[2] ?? '').split(',').map((x) => x.trim()).filter(Boolean)]) {
      const category = CATEGORY_ADJECTIVES[a.toLowerCase()];
      if (category) mixed.push({ category, text: m[0], start, end: start + m[0].length, inner: m[0], coordinated: true });
    }
  }
  const raw: PhraseMatch[] = [];
  // exec in a loop, not matchAll: matchAll copies the pattern on every call (81 copies a sentence)
  if (ANY_PHRASE.test(text)) for (const row of PHRASES) {
    const re = row.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      raw.push({ category: row.category, text: m[0], start, end: start + m[0].length, inner: m[0] });
      if (m[0] === '') re.lastIndex++;
    }
  }
  raw.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken: Array<[number, number]> = found.map((f) => [f.start, f.end]);
  for (const r of raw) {
    if (taken.some(([s, e]) => r.start < e && s < r.end)) continue;
    taken.push([r.start, r.end]);
    found.push(r);
  }
  found.push(...mixed);
  return found.sort((a, b) => a.start - b.start);
}

/** Data phrases in a sentence that the rules keep (dropped ones go to `explain` when given). */
export function findPhrases(text: string, explain?: (m: PhraseMatch, rule: PhraseRule) => void): PhraseMatch[] {
  const all = rawPhrases(text);
  const out: PhraseMatch[] = [];
  for (const m of all) {
    const rule = NOT_DATA.rules.find((r) => (!m.coordinated || r.coordinatedToo) && r.drops(text, m, all));
    if (rule) {
      explain?.(m, rule);
      continue;
    }
    out.push(recategorise(text, all, m));
  }
  return out;
}

const PEOPLE_DATA = new Set<DataCategory>(['personal', 'contact', 'credentials', 'payment', 'government-id']);

/** Another people-data phrase within 40 characters: "name, address and phone number". */
function inPeopleList(all: PhraseMatch[], m: PhraseMatch): boolean {
  return all.some((o) => o !== m && PEOPLE_DATA.has(o.category) && Math.min(Math.abs(o.start - m.end), Math.abs(m.start - o.end)) < 40);
}

/** Another specific (not "data"/"information") phrase within 30 characters: "documents and code". */
function nearSpecific(all: PhraseMatch[], m: PhraseMatch): boolean {
  return all.some((o) => o !== m && o.category !== 'unspecified' && Math.min(Math.abs(o.start - m.end), Math.abs(m.start - o.end)) < 30);
}

/** Another data phrase joined to this one by a list ("names, staff numbers and passwords"). */
function inDataList(text: string, all: PhraseMatch[], m: PhraseMatch): boolean {
  return all.some((o) => {
    if (o === m || o.category === 'unspecified') return false;
    const gap = o.end <= m.start ? text.slice(o.end, m.start) : m.end <= o.start ? text.slice(m.end, o.start) : null;
    return gap !== null && gap.length <= 60 && /^(?:\s{0,3}(?:,|;|and|or|as well as|plus|&|\(|\))\s{0,3}|\s{1,3}[\w'’-]{1,20}){1,6}\s{0,3}$/i.test(gap) && /,|\band\b|\bor\b|&|\bplus\b/i.test(gap);
  });
}

/** A list separator between two phrases, with a determiner or a measure at most: "passwords and customer information", "customer information, and a vast amount of technical data". */
const LIST_GAP = /^\s{0,3}(?:,\s{0,3}(?:(?:and|or|as well as|plus)\s{1,3})?|(?:and|or|&|as well as|plus)\s{1,3})(?:(?:the|some|its|their|an?|vast|large|huge|great|massive|amounts?|quantit(?:y|ies)|number|lots?|of|several|many|various|all)\s{1,3}){0,4}$/i;
/** A specific data phrase right beside this one in a list ("emails, passwords and customer information"), not after "including". */
function coordinated(text: string, all: PhraseMatch[], m: PhraseMatch): boolean {
  // walk the list both ways, through other general words ("customer information, databases, and technical data")
  const sorted = all.filter((o) => o === m || o.end <= m.start || o.start >= m.end).sort((a, b) => a.start - b.start);
  const at = sorted.indexOf(m);
  for (const step of [-1, 1]) {
    for (let i = at, j = at + step; j >= 0 && j < sorted.length; i = j, j += step) {
      const [a, b] = step < 0 ? [sorted[j]!, sorted[i]!] : [sorted[i]!, sorted[j]!];
      if (a.end > b.start || !LIST_GAP.test(text.slice(a.end, b.start))) break;
      if (sorted[j]!.category !== 'unspecified') return true;
    }
  }
  return false;
}

/** A phrase whose category depends on its neighbours. */
function recategorise(text: string, all: PhraseMatch[], m: PhraseMatch): PhraseMatch {
  // "names, emails and phone numbers": email addresses; "leaked emails": correspondence.
  if (/^e-?mails?$/i.test(m.text) && inPeopleList(all, m)) return { ...m, category: 'contact' };
  // "the final digits of an SSN": the number they belong to decides
  if (m.category === 'payment' && /digits$/i.test(m.text)) {
    const of = all.find((o) => o.start >= m.end && o.start - m.end < 40);
    if (of && of.category !== 'payment' && of.category !== 'unspecified' && /^\s{1,3}of\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}$/i.test(text.slice(m.end, of.start))) return { ...m, category: of.category };
  }
  // "Medicare card expiry date", "ID card expiry dates": the card is not a payment card
  if (m.category === 'payment' && /expir/i.test(m.text) && /\b(?:Medicare|health|ID|identity|identification|licen[cs]e|passport|residence|insurance|membership|student|library|loyalty)\s{1,3}(?:card\s{1,3})?$/i.test(text.slice(Math.max(0, m.start - 30), m.start))) {
    return { ...m, category: /\b(?:Medicare|health|insurance)\s{1,3}(?:card\s{1,3})?$/i.test(text.slice(Math.max(0, m.start - 30), m.start)) ? 'medical' : 'government-id' };
  }
  // "details of 200m webmail accounts": account details.
  if (/^details$/i.test(m.text) && /^\s{1,3}(?:of|for|from)\s{1,3}(?:[\w,.$-]{1,15}\s{1,3}){0,3}accounts\b/i.test(text.slice(m.end, m.end + 80))) return { ...m, category: 'credentials' };
  return m;
}

/** Bare words that name data only as the thing taken: "names", "details", "accounts", "IDs", "code". */
const BARE_WORD = /^(?:IP address|names?|e-?mail|ages|signatures|details|accounts|IDs|codes?|messages|documents|documentation|e-?mails|logs|records|files|photos|communications|contracts|invoices|credentials|passwords?|logins?|usernames|tokens|cookies|transactions|purchases|balances|finances|designs|appointments?|chats|contacts|donations|grades|transcripts|treatments|prescriptions|medications|scans|balances)$/i;
/** An exposure verb right before a phrase (a few words between at most): "stole the names", "leaked internal files". */
const EXPOSED_BEFORE = new RegExp(`(?:\\b(?:${COMPROMISE_CUES.join('|')})|\\bsuch as|:)\\s{0,3}(?:(?:the|their|its|his|her|our|your|some|all|of|any|more|other|[\\d,.]{1,12}|millions?|thousands?|hundreds?|[a-z][a-z'’-]{1,15})\\s{1,3}){0,3}$`, 'i');
/** An exposure verb right after a phrase: "names were stolen", "accounts had been hijacked". */
const EXPOSED_AFTER = new RegExp(`^\\s{1,3}(?:(?:were|was|is|are|had|have|has|been|being|also|all|later|then|reportedly|allegedly|apparently|may|might|could|possibly|potentially|not|never|likely|and\\s\\w{2,20})\\s{1,3}){0,4}(?:${COMPROMISE_CUES.join('|')}|hijack\\w{0,3}|taken over)\\b`, 'i');
/** An owner named right before the phrase: "customers' names", "their details", "patient records". */
const OWNER_BEFORE = /(?:\b(?:their|his|her|its|whose|your|our|those|these)|['’]s?|s['’])\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,1}$/i;

/** A row that reads one phrase in its sentence; `test` asks it of every raw phrase in a text (for the rules test). */
interface PhraseRule extends TestRule {
  drops: (text: string, m: PhraseMatch, all: PhraseMatch[]) => boolean;
  /** Also read coordinated phrases ("personal and financial data"), which the word-level rows leave alone. */
  coordinatedToo?: boolean;
}
const phraseRule = (r: Omit<PhraseRule, 'test'>): PhraseRule => ({
  ...r,
  test: (text) => {
    const all = rawPhrases(text);
    return all.some((m) => (!m.coordinated || r.coordinatedToo) && r.drops(text, m, all));
  },
});

const nextWord = (text: string, m: PhraseMatch) => /^[\s-]{1,3}([\w'’]+)/.exec(text.slice(m.end, m.end + 80))?.[1]?.toLowerCase();
const prevWord = (text: string, m: PhraseMatch) => /(?<![\w'’-])([\w'’-]+)\s{1,3}$/.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1]?.toLowerCase();
const generalWord = (m: PhraseMatch) => m.category === 'unspecified' || m.category === 'personal';

/** Data words that are not data taken here. Tried in order; the first that fires sets the phrase aside. */
export const NOT_DATA: RuleTable<PhraseRule> = ruleTable('data', 'a data word that is not data taken', [
  phraseRule({
    id: 'compound-after', reason: 'the next word makes the data word part of another noun ("data breach", "information security", "password manager")',
    example: 'The data breach hit the lender.', counterexample: 'The data was taken from the lender.',
    drops: (text, m) => { const n = nextWord(text, m); return !!n && NOT_DATA_AFTER.has(n); },
  }),
  phraseRule({
    id: 'compound-before', reason: 'the word before makes it something else ("open data", "phishing emails", "ransom note files")',
    example: 'Staff got phishing emails last week.', counterexample: 'Staff emails were copied last week.',
    drops: (text, m) => { const p = prevWord(text, m); return !!p && NOT_DATA_BEFORE.has(p); },
  }),
  phraseRule({
    id: 'about-the-incident', reason: '"details about the attack", "information on the breach": what is known about the incident, not data in it',
    example: 'The firm shared details about the attack.', counterexample: 'The firm said details of members were taken.',
    drops: (text, m) => generalWord(m) && ABOUT_INCIDENT.test(text.slice(m.end, m.end + 80)),
  }),
  phraseRule({
    id: 'about-a-thing', reason: '"details about the ship", "details of a flaw": about a thing, not about people',
    example: 'Researchers published details of a flaw in the router.', counterexample: 'Hackers published details of members in the club.',
    drops: (text, m) => {
      if (!generalWord(m) || !/^(?:details|information|info|data)$/i.test(m.text)) return false;
      const after = text.slice(m.end, m.end + 80);
      const about = /^\s{1,3}(?:about|regarding|concerning|on)\s{1,3}((?:[\w'’-]{1,20}\s{1,3}){0,3})/i.exec(after);
      if (about && !subjectsOf(about[1]! + ' ').length) return true;
      const of = /^\s{1,3}of\s{1,3}((?:[\w'’-]{1,20}\s{1,3}){0,3}[\w'’-]{1,20})/i.exec(after);
      return !!of && m.text.toLowerCase() !== 'data' && THING_NOUN.test(of[1]!) && !subjectsOf(of[1]! + ' ').length;
    },
  }),
  phraseRule({
    id: 'part-of-a-name', reason: 'a capitalised data word inside a name: "Orbit Communications", "Ministry of Records", "Data Protection Office"',
    example: 'The Ministry of Communications opened a review.', counterexample: 'The thieves took Communications sent by staff.',
    drops: (text, m) => {
      if (!/^[A-Z][a-z]/.test(m.text)) return false;
      const lead = text.slice(Math.max(0, m.start - 60), m.start);
      const name = /(?<![\w&'’.-])([A-Z][a-z][\w&'’.-]{0,30})\s{1,3}(?:of\s{1,3}(?:the\s{1,3})?)?$/.exec(lead);
      // (a capitalised word that opens its sentence is no name: "Stolen Names …" in a headline still is)
      if (!name || /['’]s?$/.test(name[1]!)) return false; // "Claimants' National Insurance numbers": an owner, not a name
      return !/[.:;!?"“]\s{0,3}$/.test(lead.slice(0, name.index));
    },
  }),
  phraseRule({
    id: 'verb-not-noun', reason: 'a noun that is also a verb: "the filing names two agents", "the notice details the flaw", "help address the gap", "logs into"',
    example: 'The court filing names two former staff.', counterexample: 'The filing says names of two former staff leaked.',
    drops: (text, m) => {
      if (!/^(?:names|details|address|addresses|logs)$/i.test(m.text)) return false;
      const after = text.slice(m.end, m.end + 12);
      if (/^\s{1,3}(?:the|a|an|its|their|his|her|this|these|those|how|what|which|whether|several|two|three|four|five|\d)\b/i.test(after)) return true;
      if (/^logs$/i.test(m.text) && /^\s{1,3}(?:in|into|on|onto|out)\b/i.test(after)) return true;
      return /^address$/i.test(m.text) && /\b(?:to|help|helps|better|must|should|will|would|can|could)\s{1,3}$/i.test(text.slice(Math.max(0, m.start - 12), m.start));
    },
  }),
  phraseRule({
    id: 'lure-message', reason: '"emails containing a link", "messages pretending to be the bank", "documents laced with macros": the lure, not data taken',
    example: 'Staff got emails containing a fake invoice link.', counterexample: 'Staff emails were copied by the intruder.',
    drops: (text, m) => (/^(?:e-?mails?|messages)$/i.test(m.text) && /^\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:contain(?:ed|ing|s)?|with\s{1,3}(?:a|an)\s{1,3}(?:link|attachment)|purport\w{0,3}|claim(?:ed|ing|s)|pretend\w{0,3}|ask(?:ed|ing|s)|request(?:ed|ing|s)|urg(?:ed|ing|es)|impersonat\w{0,3}|appear(?:ed|ing|s)|crafted|designed|disguised|spoofing|spoofed)\b/i.test(text.slice(m.end, m.end + 40)))
      // "documents disguised as invoices", "files laced with macros", "macros in these documents"
      || (/(?:documents?|files?|attachments?)$/i.test(m.text) && (/^\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:disguised|posing|purport\w{0,3}|laced|booby-?trapped|weaponi[sz]ed|rigged|with\s{1,3}(?:malicious\s{1,3})?macros|contain(?:ed|ing|s)?\s{1,3}(?:a\s{1,3})?(?:malicious|macros?|malware|an?\s{1,3}exploit|a\s{1,3}link))\b/i.test(text.slice(m.end, m.end + 40))
        || /\b(?:macros?|payload|malware)\s{1,3}(?:in|inside|within)\s{1,3}(?:the|these|those|this)\s{1,3}$/i.test(text.slice(Math.max(0, m.start - 40), m.start)))),
  }),
  phraseRule({
    id: 'accounts-counted', reason: '"70,000 accounts", "of the accounts hit": accounts counted or used are the count, not data taken',
    example: 'The intruder broke into 70,000 accounts.', counterexample: 'The intruder sold account data.',
    drops: (text, m) => {
      if (!/accounts$/i.test(m.text)) return false;
      const lead = text.slice(Math.max(0, m.start - 60), m.start);
      return /(?:\d|\b(?:million|billion|thousand|hundreds|thousands|millions|of the|many|some|few|several|all|number of|per ?cent of|% of))\s{1,3}(?:(?:its|their|the)\s{1,3})?(?:[\w-]{1,20}\s{1,3})?$/i.test(lead)
        || countedOfOwner(lead)
        || /\b(?:able to|could|can|unable to|continue to)\s{1,3}(?:\w{1,12}\s{1,3}){0,3}(?:access|use|log\s?in|move)\b/i.test(lead);
    },
  }),
  phraseRule({
    id: 'names-given', reason: '"names such as Acme Shield and Acme Guard", "names like Mayor Ann Lee": the names of particular apps, people or things the article lists, not a kind of data taken',
    example: 'The fake apps were spread under names such as Quick Cleaner and Safe Booster, and files were stolen.', counterexample: 'The stolen files held names such as first and last names of members.',
    drops: (text, m) => /^names$/i.test(m.text) && /^\s{1,3}(?:such\s{1,3}as|like|including)\s{1,3}(?:[a-z][\w-]{1,20}\s{1,3}){0,3}[A-Z][a-z]/.test(text.slice(m.end, m.end + 80)),
  }),
  phraseRule({
    id: 'changed-or-reset', reason: 'credentials someone changes, resets, rotates or revokes ("remedial steps such as changing server credentials", "the intruder then changes the password") are acted on, not taken, unless the clause says they were taken',
    example: 'After the attack the firm took steps such as changing its database credentials.', counterexample: 'After the attack the firm found its database credentials were stolen.',
    drops: (text, m) => {
      if (m.category !== 'credentials') return false;
      const [from, to] = clauseAround(text, m.start, m.end);
      // what follows the phrase up to a comma: "passwords that the intruders had copied" is a taking
      const rest = text.slice(m.end, to).split(',')[0]!;
      return unavailableBefore(text.slice(Math.max(from, m.start - 50), m.start), CHANGED_VERB) && !TAKEN_IN_CLAUSE.test(rest) && !PAST.test(rest);
    },
  }),
  phraseRule({
    id: 'name-alone', reason: '"name" alone is data only in a list ("name, address and phone number"); "in the name of the bank" is not',
    example: 'The letter went out in the name of the clinic, and the files were stolen.', counterexample: 'The letter said the name, address and phone number were stolen.',
    drops: (text, m, all) => /^name$/i.test(m.text) && !inPeopleList(all, m),
  }),
  phraseRule({
    id: 'email-medium', reason: 'singular "email" is data only in a list of personal data ("name, email and phone number"); alone it is the message or the channel ("the email included a link", "via email")',
    example: 'The email included a link to a fake login page.', counterexample: 'The form asked for a name, email and phone number, which were stolen.',
    drops: (text, m, all) => /^e-?mail$/i.test(m.text) && !inDataList(text, all, m),
  }),
  phraseRule({
    id: 'one-instance', reason: 'one address, number or password after "a"/"an" is a thing in the story ("a spoofed email address", "a phone number to call"), not a kind of data taken',
    example: 'The ransom note gave a phone number to call for payment, and files were stolen.', counterexample: 'The thieves took a name, an address and a phone number for each member.',
    drops: (text, m, all) => /^(?:(?:e-?mail |home |postal |mobile |cell |tele|IP )?(?:address|phone number|number|password|username|login|certificate|key|token)|e-?mail address|telephone number)$/i.test(m.text)
      && /\b(?:a|an|one)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$/i.test(text.slice(Math.max(0, m.start - 40), m.start))
      && !OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))
      && !inPeopleList(all, m),
  }),
  phraseRule({
    id: 'channel', reason: 'one address or list that messages go to or come from ("sent to an outside email address", "emails to the victim\'s contact list") is the channel, not data taken',
    example: 'The app sent what it collected to an outside email address, and files were stolen.', counterexample: 'The app sent the email address and phone number of each user to the thieves.',
    drops: (text, m, all) => ((/^(?:e-?mail address|contact list|address|phone number|e-?mail account|inbox)$/i.test(m.text) && !inPeopleList(all, m))
      // "burgers delivered to other addresses": where goods or messages went, not data taken
      || (/^(?:(?:e-?mail |postal |delivery |home )?addresses)$/i.test(m.text) && TO_PLACES.test(text.slice(Math.max(0, m.start - 40), m.start)) && MOTION.test(text.slice(Math.max(0, m.start - 80), m.start))))
      && /\b(?:to|on|via|into|using)\s{1,3}(?:(?:the|a|an|your|their|his|her|its|one|[\w-]{1,20}['’]s?)\s{1,3})?(?:[\w()-]{1,20}\s{1,3}){0,2}$/i.test(text.slice(Math.max(0, m.start - 60), m.start))
      // "had access to the email address": the thing reached
      && !/\b(?:access|exposure|get|got|gained)\s{1,3}(?:to|into)\s{1,3}(?:[\w'’()-]{1,20}\s{1,3}){0,3}$/i.test(text.slice(Math.max(0, m.start - 60), m.start)),
  }),
  phraseRule({
    id: 'spoofed-sender', reason: 'an address or number that attackers spoofed, forged or imitated ("spoofed the sender\'s email address", "a cloned phone number") is the disguise of a lure, not data taken',
    example: 'The attackers spoofed the sender\'s email address to look like the bank, and files were stolen.', counterexample: 'The attackers stole the email address and phone number of each member.',
    drops: (text, m) => /^(?:e-?mail address(?:es)?|(?:tele|mobile )?phone numbers?|addresse?s?|e-?mails?|domains?)$/i.test(m.text)
      && /\b(?:spoof\w{0,3}|forg(?:e|ed|es|ing)|clon(?:e|ed|es|ing)|fak(?:e|ed|ing)|imitat\w{1,4}|impersonat\w{1,4}|mimic\w{0,4}|look-?alike|lookalike|disguis\w{1,4}|masquerad\w{1,4})\s{1,3}(?:(?:the|a|an|its|their|legitimate|real|genuine|official|[\w-]{1,20}['’]s?)\s{1,3}){0,3}(?:\([\w\s]{1,20}\)\s{1,3})?$/i.test(text.slice(Math.max(0, m.start - 70), m.start)),
  }),
  phraseRule({
    id: 'the-reporters-source', reason: 'documents, emails or letters the article reads from ("according to court documents", "emails seen by reporters", "in the correspondence, the head wrote") are its evidence, not data taken',
    example: 'According to court documents, the intruders stole names of members.', counterexample: 'The intruders stole court documents and names of members.',
    drops: (text, m) => SOURCE_TEXT.test(m.text) && (
      /\baccording\sto\s(?:[\w-]{1,20}\s){0,2}$/i.test(text.slice(Math.max(0, m.start - 60), m.start))
      // ("emails and other records obtained by the newspaper": the pair is one source)
      || (SHOWN_TO.test(text.slice(m.end, m.end + 100).replace(/^\s{1,3}and\s{1,3}other\s{1,3}[\w-]{2,20}/i, '')) && !/^\s{1,3}(?:(?:were|was|had been|have been)\s{1,3})?(?:obtained|seen|viewed|shared|posted|published|released)\s{1,3}by\s{1,3}(?:the\s{1,3})?(?:hackers?|attackers?|criminals?|intruders?|thie(?:f|ves)|gang|group|actors?)\b/i.test(text.slice(m.end, m.end + 60)))
      || (/(?:^|[.;:]\s{1,3})["“]?in\s{1,3}(?:the|a|an|its|his|her|their|that|this)\s{1,3}(?:[\w-]{1,20}\s{1,3})?$/i.test(text.slice(Math.max(0, m.start - 40), m.start))
        && /^\s{0,2},\s{1,3}(?:[\w.'’-]{1,20}\s{1,3}){1,4}(?:wrote|writes|said|says|stated|states|told|tells|explained|noted|added|warned)\b/i.test(text.slice(m.end, m.end + 80)))),
  }),
  phraseRule({
    id: 'code-alone', reason: '"code" or "messages" alone are data only beside other data taken ("documents and code"); "a discount code" is not',
    example: 'The thieves stole files after a code was sent.', counterexample: 'The thieves stole internal documents and code.',
    drops: (text, m, all) => /^(?:code|messages)$/i.test(m.text) && !nearSpecific(all, m),
  }),
  phraseRule({
    id: 'way-in', reason: 'credentials the attackers used to get in ("using an employee\'s stolen login details to reach the server") are how they entered, not data taken',
    example: 'The gang got in using a contractor\'s stolen credentials to reach the billing server.', counterexample: 'The gang stole the credentials of staff from the billing server.',
    drops: (text, m) => m.category === 'credentials'
      && INSTRUMENT_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))
      && /^[\s,]{1,3}(?:(?:of|for|belonging to)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){1,3})?(?:to\s{1,3}(?:access|log|sign|gain|get|break|enter|reach|move|connect)|(?:and|then)\s{1,3}(?:gained|accessed|logged|moved|broke))\b/i.test(text.slice(m.end, m.end + 80)),
  }),
  phraseRule({
    id: 'guarded', reason: 'data that someone acts to protect, secure or safeguard ("took systems offline to protect customer data", "failed to secure sensitive information") is what is guarded, not what was taken, unless the clause says it was taken',
    example: 'The utility shut down some systems to protect its customers\' data.', counterexample: 'The utility failed to protect its customers\' data, which hackers stole.',
    coordinatedToo: true,
    drops: (text, m) => {
      const lead = text.slice(Math.max(0, m.start - 80), m.start);
      const guard = GUARD_BEFORE.exec(lead);
      if (!guard) return false;
      // (what the clause says before the guarding verb is another matter: "after the leak, action was taken to safeguard the data")
      const [from, to] = clauseAround(text, m.start, m.end);
      const span = text.slice(Math.max(from, m.start - lead.length + guard.index), to);
      return !TAKEN_IN_CLAUSE.test(span) && !PAST.test(span);
    },
  }),
  phraseRule({
    id: 'held-hostage', reason: 'data encrypted, locked, wiped or held for ransom is made unavailable, not taken: data only when the clause also says it was stolen, copied or leaked',
    example: 'The ransomware encrypted files on the clinic\'s servers.', counterexample: 'The gang stole and then encrypted files on the clinic\'s servers.',
    drops: (text, m) => {
      const [from, to] = clauseAround(text, m.start, m.end);
      const clause = text.slice(from, to);
      if (TAKEN_IN_CLAUSE.test(clause)) return false;
      const lead = text.slice(Math.max(from, m.start - 60), m.start);
      return unavailableBefore(lead) || UNAVAILABLE_AFTER.test(text.slice(m.end, Math.min(to, m.end + 80)))
        || (unavailableBefore(lead, PAID_BACK) && PRICE.test(text.slice(from, m.start)));
    },
  }),
  phraseRule({
    id: 'lost-to-the-attack', reason: 'data "lost" where the sentence speaks of backups, restoring or encryption ("only a day of data was lost, as systems had been backed up") is destroyed or unavailable, not taken (a lost laptop or files stolen are not this)',
    example: 'Systems had been backed up overnight, so only a little data from that morning was lost.', counterexample: 'A laptop holding patient data was lost on a train, and backups were checked.',
    drops: (text, m) => {
      if (!/\blost\b/i.test(text) || LOST_THING.test(text) || !DESTROYED_CONTEXT.test(text)) return false;
      const [from, to] = clauseAround(text, m.start, m.end);
      return !TAKEN_IN_CLAUSE.test(text.slice(from, to));
    },
  }),
  phraseRule({
    id: 'from-elsewhere', reason: 'credentials that came from other breaches or sites ("passwords leaked in earlier breaches", "reused logins", "in the hope they work on other sites") were not taken in this incident',
    example: 'The attackers tried usernames and passwords leaked in other breaches.', counterexample: 'The attackers stole usernames and passwords from the store.',
    drops: (text, m) => {
      if (m.category !== 'credentials') return false;
      const [from, to] = clauseAround(text, m.start, m.end);
      return REUSED_BEFORE.test(text.slice(Math.max(from, m.start - 30), m.start)) || ELSEWHERE_AFTER.test(text.slice(m.end, Math.min(to, m.end + 90)));
    },
  }),
  phraseRule({
    id: 'attempt', reason: 'data that someone only tried to reach ("scam callers trying to get into their bank accounts", "an attempt to access accounts") was not taken, unless the clause says it was',
    example: 'Fraudsters were trying to gain access to customers\' bank accounts.', counterexample: 'Fraudsters gained access to customers\' bank accounts.',
    drops: (text, m) => {
      const [from, to] = clauseAround(text, m.start, m.end);
      if (PAST.test(text.slice(from, to))) return false;
      const lead = text.slice(Math.max(from, m.start - 80), m.start);
      let last: RegExpExecArray | null = null;
      ATTEMPT.lastIndex = 0;
      for (let a = ATTEMPT.exec(lead); a; a = ATTEMPT.exec(lead)) last = a;
      return !!last && FEW_WORDS.test(lead.slice(last.index + last[0].length));
    },
  }),
  phraseRule({
    id: 'open-question', reason: 'data named only inside an open question ("investigating whether customer data was accessed", "it is unclear if records were taken") is not said to be taken: recent-style gold lists nothing until the article says it was',
    example: 'The insurer is still investigating whether client records were accessed.', counterexample: 'The insurer said client records were accessed and is investigating whether they were sold.',
    coordinatedToo: true,
    drops: (text, m) => {
      const [from] = clauseAround(text, m.start, m.end);
      const at = Math.max(from, m.start - 140);
      // (a sentence that opens on "Whether": only the sentence's own start, not a clause's)
      const lead = (at > 0 ? ' ' : '') + text.slice(at, m.start);
      let last: RegExpExecArray | null = null;
      OPEN_QUESTION.lastIndex = 0;
      for (let q = OPEN_QUESTION.exec(lead); q; q = OPEN_QUESTION.exec(lead)) last = q;
      return !!last && !ASSERTED_AFTER.test(lead.slice(last.index + last[0].length));
    },
  }),
  phraseRule({
    id: 'for-notice', reason: 'contact details the victim gathers, verifies or looks up to send its notices ("gathered current contact information needed to notify those affected") are how it reaches people, not data taken',
    example: 'The clinic gathered current contact information to notify every affected patient.', counterexample: 'The intruder gathered contact information of patients from the server.',
    drops: (text, m) => {
      if (m.category !== 'contact') return false;
      const [from] = clauseAround(text, m.start, m.end);
      if (EXPOSED_AFTER.test(text.slice(m.end, m.end + 80)) || ownerAfter(text, m)) return false;
      return NOTICE_VERB_BEFORE.test(text.slice(Math.max(from, m.start - 60), m.start))
        || (NOTICE_PURPOSE_AFTER.test(text.slice(m.end, m.end + 80)) && !TAKEN_IN_CLAUSE.test(text.slice(from, m.start)));
    },
  }),
  phraseRule({
    id: 'restored', reason: 'data recovered, restored or recreated after a ransomware attack is the victim\'s own work, not data taken',
    example: 'Staff were able to restore the data from backups.', counterexample: 'Staff said the data was stolen from backups.',
    drops: (text, m) => /\b(?:recover(?:ed|ing|s)?|restor(?:e|ed|ing|es)|recreat(?:e|ed|ing|es)|rebuil(?:d|t|ding)|back(?:ed|ing)? up|decrypt(?:ed|ing|s)?|unlock(?:ed|ing|s)?|regain(?:ed)? access to)\s{1,3}(?:(?:the|its|their|our|all|some|most|much|of|quite|a|bit|lot|lost|encrypted|affected)\s{1,3}){0,3}$/i.test(text.slice(Math.max(0, m.start - 50), m.start)),
  }),
  phraseRule({
    id: 'container', reason: 'files, logs, documents or a database "containing" named data are where the data was, not a kind of their own: the data they hold is the item',
    example: 'The intruder read server logs containing customer data.', counterexample: 'The intruder copied internal documents and employees\' Social Security numbers.',
    drops: (text, m, all) => (m.category === 'system' || m.category === 'internal' || m.category === 'unspecified')
      && /^(?:(?:internal |sensitive |confidential |private |log |audit |server |system )?(?:files|documents|spreadsheets|logs|log files|records|databases?|folders|reports|emails|e-mails)|spreadsheets?)$/i.test(m.text)
      && /^\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:contain(?:ed|ing|s)?|hold(?:ing|s)?|held|with)\s/i.test(text.slice(m.end, m.end + 20))
      && all.some((o) => o.start > m.end && o.start - m.end < 80 && heldData(text, o)),
  }),
  phraseRule({
    id: 'kind-of-document', reason: 'a bare document word ("documents", "documentation", "communications") after a lowercase noun that says what kind ("proof of address documents", "benefits documentation", "paper documentation", "mobile communications") is that kind of paper or a service, not the organisation\'s own documents; business words, participles, possessives and names before it ("court documents", "leaked documents", "NSA documents") leave them the organisation\'s',
    example: 'Thieves may have seen proof of address documents and passport scans.', counterexample: 'Thieves stole internal documents and passport scans.',
    drops: (text, m) => {
      if (m.category !== 'internal' || !/^(?:documents|documentation|communications|correspondence|memos)$/i.test(m.text)) return false;
      const raw = /(?<![\w'’-])([\w'’-]{1,30})\s{1,3}$/.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
      return !!raw && (PAPER_KIND.test(raw) || (/^[a-z]/.test(raw) && !CORPORATE_MODIFIER.test(raw) && !subjectIn(raw)));
    },
  }),
  phraseRule({
    id: 'label-of-a-thing', reason: 'a bare name, ID or certificate word after a noun that names a thing ("wallet names", "parcel IDs", "loan certificates") is that thing\'s label, not a person\'s data; people words, adjectives, participles and determiners before it ("patient names", "full names", "stolen IDs", "their names") leave it data',
    example: 'The thieves stole files with the parcel IDs and barge names.', counterexample: 'The thieves stole files listing the patient names and home addresses.',
    drops: (text, m) => {
      if (!/^(?:[Nn]ames?|IDs?|[Cc]ertificates?)$/.test(m.text)) return false;
      // (the noun stands in a noun phrase: after a determiner, a preposition, a number, a participle or a list separator)
      const lead = /(?:(?:^|[\s,:;(])(?:the|an?|its|their|his|her|our|these|those|this|that|some|all|any|each|every|no|of|with|for|from|in|on|by|as|and|or|including|includes|included|include|like|[\d.,]{1,12}|[a-z]{2,20}ed)\s{1,3}|[,:;(]\s{0,3})([\w-]{2,30})\s{1,3}$/i.exec(text.slice(Math.max(0, m.start - 60), m.start));
      const raw = lead?.[1];
      return !!raw && THING_LABEL.test(raw) && !NOT_A_THING.test(raw) && !NOT_A_THING_VERB.test(raw) && !subjectIn(raw);
    },
  }),
  phraseRule({
    id: 'money-itself', reason: 'a bank account, transactions, purchases, balances or finances named bare are the money and its movements ("drained their bank accounts", "fraudulent transactions", "the company\'s finances"), not data about them; they are data only as one item in a list of data ("names, emails and bank accounts")',
    example: 'Fraudsters drained the bank accounts of several members after the breach.', counterexample: 'Hackers stole the names, email addresses and bank accounts of several members.',
    drops: (text, m, all) => m.category === 'financial' && MONEY_ITSELF.test(m.text) && !inDataList(text, all, m),
  }),
  phraseRule({
    id: 'crypto-money', reason: 'in a sentence about crypto money (coins, tokens, wallets, a chain), bare "tokens" are the coins taken, a bare or wallet "address" is where coins went, "private keys" open the wallet they were drained from, and "names" label wallets: the money and its locks, not people\'s data; an item of a list of people\'s data ("names, emails and phone numbers of users") stays',
    example: 'Thieves moved the stolen tokens from the exchange\'s hot wallet to a new address.', counterexample: 'Thieves copied the names, email addresses and phone numbers of the exchange\'s users.',
    drops: (text, m, all) => CRYPTO_THING.test(m.text) && CRYPTO_CONTEXT.test(text.slice(0, m.start) + ' ' + text.slice(m.end))
      && (/^tokens$/i.test(m.text) || (!inPeopleList(all.filter((o) => !CRYPTO_THING.test(o.text)), m) && !OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && !ownerAfter(text, m))),
  }),
  phraseRule({
    id: 'logs-as-evidence', reason: 'logs are where investigators look ("reviewing its logs", "the logs show"), data only as the thing taken or in a list of data',
    example: 'Engineers reviewed the server logs after the attack.', counterexample: 'The attackers stole server logs and network diagrams.',
    drops: (text, m, all) => m.category === 'system' && /\blogs?$/i.test(m.text) && !inDataList(text, all, m)
      && !EXPOSED_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start)) && !EXPOSED_AFTER.test(text.slice(m.end, m.end + 80)),
  }),
  phraseRule({
    id: 'bare-word', reason: 'a bare word ("names", "details", "accounts", "IDs", "code") is data only as the object of an exposure verb, in a list of data, or with an owner ("their names")',
    example: 'The gallery gave the wallets rude names and odd slogans.', counterexample: 'The intruders stole names and passwords from the gallery.',
    drops: (text, m, all) => BARE_WORD.test(m.text) && !inPeopleList(all, m) && !nearSpecific(all, m)
      && !inDataList(text, all, m) && !EXPOSED_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start)) && !EXPOSED_AFTER.test(text.slice(m.end, m.end + 80))
      && !OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && !ownerAfter(text, m),
  }),
  phraseRule({
    id: 'general-untied', reason: 'a general word ("data", "information", "files", "records", "a database") names data taken only when a verb of taking or exposure governs it: right before it ("copied the files"), as its predicate after it ("information related to members was exposed"), or a list it stands in beside named data; elsewhere in a sentence about the attack ("going by that information", "malware reached the database", "a data extortion case") it is not said to be taken',
    example: 'Going by that information, the hackers were traced to a rented server.', counterexample: 'The hackers stole that information from a rented server.',
    drops: (text, m, all) => m.category === 'unspecified' && !generalTaken(text, m, all),
  }),
]);

/** What may stand between a general word and its predicate: "information related to the shop's clients (in Spain) was …", "data it processed for them was …". */
const POSTMODIFIER = /^\s{1,3}(?:related\s{1,3}to|relating\s{1,3}to|belonging\s{1,3}to|of|from|about|on|in|for|that|which|it|they|we|he|she)\s(?:[^\s.,;:!?]{1,25}\s{1,3}){0,12}?(?=(?:were|was|is|are|had|have|has|been|may|might|could)\s)/i;
/** A general word's predicate: "data could be leaked", "records were likely to have been copied", "files might be exposed". */
const GENERAL_AFTER = new RegExp(`^\\s{1,3}(?:(?:were|was|is|are|had|have|has|be|been|being|also|all|later|then|reportedly|allegedly|apparently|may|might|could|would|possibly|potentially|likely|to|and\\s\\w{2,20})\\s{1,3}){0,5}(?:${COMPROMISE_CUES.join('|')}|hijack\\w{0,3}|taken over)\\b`, 'i');
/** A verb of taking, then a measure ending in "of": "copied a great deal of", "took nearly 30 terabytes of", "the leak of some four million member". */
const TAKEN_MEASURE_BEFORE = new RegExp(`\\b(?:${COMPROMISE_CUES.join('|')})\\s{1,3}(?:[\\w'’.,-]{1,20}\\s{1,3}){0,4}of\\s{1,3}(?:[\\w'’.,-]{1,25}\\s{1,3}){0,4}$`, 'i');
/**
 * Verbs of making data public, carrying it off or holding it that the sentence cues leave out: "threatened
 * to release the data", "plans to publish all the data", "removed the files", "claims to have 2 TB of data",
 * "in possession of the files".
 */
const RELEASED_BEFORE = /\b(?:releas(?:e|ed|es|ing)|publish|expose|remov(?:ed|ing)|claim(?:s|ed|ing)?\s{1,3}to\s{1,3}(?:have|hold|possess)|(?:say|says|said)\s{1,3}(?:it|they)\s{1,3}(?:has|have|had|holds?|held)|possession\s{1,3}of|possess(?:es|ed)?)\s{1,3}(?:[\w'’.,-]{1,25}\s{1,3}){0,6}$/i;
/** One item of a list after a lead or a taking verb ("files such as: staff records, client data", "took laptops, private data"): a comma before it, no clause break. */
const LIST_ITEM_TAIL = /,\s{1,3}(?:(?:and|or)\s{1,3})?(?:[\w'’-]{1,20}\s{1,3}){0,2}$/;
const LIST_ITEM_LEAD = /\bsuch\s{1,3}as\b|\binclud(?:ing|ed|es)\b|\bcontain(?:ing|ed|s)\b|\b(?:stole|took|copied|exfiltrated|downloaded|accessed|obtained|leaked|posted|published|exposed|grabbed|dumped)\b|:/i;
function listItemBefore(lead: string): boolean {
  const seg = lead.slice(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(';'), lead.lastIndexOf('!'), lead.lastIndexOf('?')) + 1);
  return LIST_ITEM_TAIL.test(seg) && LIST_ITEM_LEAD.test(seg.slice(0, seg.lastIndexOf(',')));
}
/** Agent nouns among the sentence cues: "its data had hackers worried" is no taking. */
const AGENT_NOUNS = 'hackers?|intruders?|thieves|theft|intrusion';
const AGENT_NOUN = new RegExp(`\\b(?:${AGENT_NOUNS})$`, 'i');
const VERB_CUE = `(?!(?:${AGENT_NOUNS})\\b)(?:${COMPROMISE_CUES.join('|')})`;
/** A relative clause that takes it: "customer data, which the hackers stole", "files that intruders later copied". */
const TAKEN_RELATIVE = new RegExp(`^\\s{0,3},?\\s{1,3}(?:which|that)\\s{1,3}(?:[\\w'’-]{1,20}\\s{1,3}){0,3}?${VERB_CUE}\\b`, 'i');
/** Two verbs on one object, the first a taking: "stole and then encrypted the files". */
const TAKEN_AND_BEFORE = new RegExp(`\\b${VERB_CUE}\\s{1,3}(?:and|or|&)\\s{1,3}(?:then\\s{1,3}|later\\s{1,3})?[a-z]{2,20}\\s{1,3}(?:(?:the|their|its|some|all|of|any|[\\w-]{1,20}['’]s?|[a-z][a-z-]{1,15})\\s{1,3}){0,3}$`, 'i');
/** A list separator and at most two modifiers between two list items: "employee records, customer databases". */
const ITEM_GAP = /^\s{0,3}(?:,\s{0,3}(?:(?:and|or)\s{1,3})?|(?:and|or|&)\s{1,3})(?:[\w'’-]{1,20}\s{1,3}){0,2}$/i;

/**
 * Does a verb of taking or exposure govern this general word ("data", "information", "files")? The word
 * before it ("stole the data", "the exposed information", "copied a great deal of data"), its predicate
 * after it, quotes and a postmodifier aside ("data being \"stolen\"", "information related to members was
 * exposed"), a list beside named data or after a list lead, or a lead-in to named data ("information such
 * as names") it heads.
 */
function generalTaken(text: string, m: PhraseMatch, all: PhraseMatch[]): boolean {
  if (/^stolen\s/i.test(m.text)) return true;
  const lead = text.slice(Math.max(0, m.start - 150), m.start).replace(/["“”‘]/g, '');
  const near = lead.slice(-80);
  if (EXPOSED_BEFORE.test(near) || RELEASED_BEFORE.test(near) || TAKEN_AND_BEFORE.test(near) || TAKEN_MEASURE_BEFORE.test(lead) || listItemBefore(lead)) return true;
  const after = text.slice(m.end, m.end + 160).replace(/["“”'‘’]/g, '');
  if (TAKEN_RELATIVE.test(after)) return true;
  const post = POSTMODIFIER.exec(after);
  for (const tail of post ? [after, after.slice(post[0].length - 1)] : [after]) {
    const verb = GENERAL_AFTER.exec(tail);
    if (verb && !AGENT_NOUN.test(verb[0])) return true;
  }
  if (coordinated(text, all, m)) return true;
  // "employee records, customer databases and …": a list item beside named data
  if (all.some((o) => o.category !== 'unspecified' && ((o.end <= m.start && m.start - o.end < 40 && ITEM_GAP.test(text.slice(o.end, m.start)))
    || (o.start >= m.end && o.start - m.end < 40 && ITEM_GAP.test(text.slice(m.end, o.start)))))) return true;
  // "sensitive information such as names and emails": the lead-in of a list of named data
  return all.some((o) => o.start >= m.end && o.category !== 'unspecified' && o.start - m.end < 200
    && LIST_LEAD.test(text.slice(m.end, o.start)) && !/[.;]/.test(text.slice(m.end, o.start)));
}

/** "660,000 of the chain's customer accounts": a number, "of", then the owner's name and a word at most. */
function countedOfOwner(lead: string): boolean {
  const at = lead.lastIndexOf(' of ');
  if (at < 0 || !/\d\s{0,2}$/.test(lead.slice(Math.max(0, at - 3), at))) return false;
  const words = lead.slice(at + 4).trim().split(/\s+/).filter((w) => w.toLowerCase() !== 'the');
  return words.length >= 1 && words.length <= 2 && /['’]s?$/.test(words[0]!);
}

/** Data a container holds: any people's data ("patient information", "bank details"), or a general word that names whose ("customer data"). */
function heldData(text: string, o: PhraseMatch): boolean {
  return o.category === 'unspecified' ? namedOwner(text, o) !== null : !ORGANISATIONAL.has(o.category);
}

/** The people a phrase names as its owners by its first word or the word before it: "customer data", "patients' data". */
function namedOwner(text: string, o: PhraseMatch): string | null {
  const first = /^[\p{L}'’-]+/u.exec(o.text)?.[0];
  const before = prevWord(text, o);
  return (first ? subjectIn(first) : null) ?? (before ? subjectIn(before) : null);
}

/** The means, right before a credential phrase: "using a vendor's", "with stolen", "via a contractor's compromised". */
const INSTRUMENT_BEFORE = /\b(?:us(?:ed|ing|es?)|with|via|through|leverag\w{1,4}|abus\w{1,4}|misus\w{1,4})\s{1,3}(?:(?:an?|the|their|its|his|her|[\w-]{1,20}['’]s?|stolen|compromised|valid|legitimate|leaked|purchased|phished|weak|default|reused)\s{1,3}){0,4}$/i;
/**
 * Lowercase words before a document word that leave it the organisation's own: determiners, verbs and participles, counts,
 * business words ("court", "tender", "design"), and the words the academic annotation reads as data ("online", "email", "previous").
 */
const CORPORATE_MODIFIER = /^(?:the|a|an|its|their|his|her|our|your|my|of|and|or|in|on|from|with|to|by|for|as|at|into|about|are|is|were|was|be|been|being|has|have|had|include|includes|including|such|like|other|more|some|all|any|many|much|most|these|those|this|that|which|what|several|various|numerous|thousands|millions|hundreds|dozens|key|important|secret|sensitive|confidential|private|internal|classified|corporate|company|business|legal|official|financial|strategic|technical|proprietary|restricted|previous|past|old|recent|new|online|digital|electronic|email|e-mail|court|board|tender|project|meeting|audit|policy|planning|design|engineering|merger|sales|marketing|accounting|procurement|contract|vendor|supplier|partner|government|military|defen[cs]e|diplomatic|intelligence|cabinet|[a-z]{2,20}(?:ed|en|ing)|[\d.,]{1,12}\w{0,3}|[\w-]{1,30}['’]s?)$/;
/**
 * Kinds of paper that are a person's own or a medium, not the organisation's documents: "proof of address documents",
 * "benefits documentation", "paper documentation", "mobile communications".
 */
const PAPER_KIND = /^(?:address|benefits?|identity|identification|residence|residency|immigration|visa|insurance|pension|enrol?ment|admissions?|application|adoption|custody|paper|hard-?copy|mobile|wireless|radio|satellite|voice|emergency)$/i;
/** A noun that may label a thing: lower case ("wallet", "parcel") or a short acronym ("SKU"), not an adjective or participle by its ending. */
const THING_LABEL = /^(?:[a-z][a-z-]{2,20}|[A-Z]{2,5})$/;
/**
 * Words before a name or ID that keep it a person's data or are no noun: determiners, prepositions, list words,
 * verbs, kinds of names and IDs ("full", "given", "screen", "login"), adjectives and participles by their ending.
 */
const NOT_A_THING = /^(?:the|an?|and|or|nor|but|of|in|on|at|to|for|with|by|from|as|into|via|per|than|plus|like|their|his|her|its|our|your|my|whose|these|those|this|that|such|other|all|any|some|each|every|both|only|just|also|even|well|namely|primarily|mainly|mostly|including|includes?|included|contain(?:s|ed|ing)?|were|was|are|is|be|been|being|has|have|had|not|no|more|most|many|much|few|several|various|new|old|own|same|full|first|last|given|family|maiden|middle|real|legal|true|screen|display|user|login|logon|account|birth|contact|nick|personal|private|sensitive|basic|official|national|government|state|photo|identity|identification|student|staff|employee|member|customer|client|patient|voter|tax|digital|civil|military|security|root|server|client|device|web|domain|encryption|signing|authentication|access|network|VPN|[a-z]{2,20}(?:ed|en|ing|ly|al|ive|ous|ful|ic|able|ible|ary|ory|ish|less|est|er|or|ant|ent|ist|ian))$/;
/** Crypto money in the sentence (CRYPTO_WORDS): then the words of CRYPTO_THING name the money and its locks. */
const CRYPTO_CONTEXT = new RegExp(`(?<![\\w-])${CRYPTO_WORDS}(?![\\w-])`, 'i');
/** What a crypto sentence's data words mean there: coins ("tokens"), a wallet's address, the keys to a wallet, wallet names. */
const CRYPTO_THING = /^(?:tokens|addresse?s?|(?:private|signing|encryption|cryptographic) keys|names)$/i;
/** Money and its movements named bare: "bank accounts", "transactions", "purchases", "balances", "finances". */
const MONEY_ITSELF = /^(?:bank accounts?|transactions|purchases|balances|finances)$/i;
/** Verbs with no telling ending that may stand before a name or ID: "and stole names", "or sold IDs". */
const NOT_A_THING_VERB = /^(?:st(?:ole|eal|eals)|t(?:ook|ake|akes)|s(?:old|ell|ells)|g(?:ot|ets?)|held|holds?|kept|keeps?|lost|los(?:e|es)|found|finds?|saw|sees?|sent|sends?|left|leaves?|put|puts|gave|gives?|read|reads|shows?|lists?|posts?|leaks?|dumps?|copies|grabs?|swipes?|has|had|have|says|said|knew|knows?)$/i;
/** The texts an article quotes from: "documents", "filings", "emails", "correspondence", "letters". */
const SOURCE_TEXT = /^(?:(?:court|regulatory|legal|internal|leaked|company|official|government|public|SEC|financial|corporate) )?(?:documents|filings|e-?mails|correspondence|letters|papers|records|memos)$/i;
/** Shown to or filed with those who report: "filed with the regulator", "seen by reporters", "obtained by the newspaper". */
const SHOWN_TO = /^\s{1,3}(?:(?:that\s{1,3}|which\s{1,3})?(?:were|was|had been|have been)\s{1,3})?(?:filed|submitted|seen|obtained|reviewed|viewed|shared|sent|provided|released|published|posted|made public)\s{1,3}(?:with|to|by|in)\s{1,3}(?:(?:the|a|an|federal|state|district|its|local)\s{1,3}){0,2}(?:courts?|regulators?|SEC|Securities|attorneys?\s{1,3}general|attorney-general|authorities|watchdogs?|commission|newspapers?|paper|reporters?|journalists?|media|press|outlets?|[A-Z][\w&.'’-]{1,30})\b/;
/** A verb of guarding right before the data: "to protect our customers'", "safeguarding patient", "failed to secure sensitive" ("hackers secured the details" is a taking). */
const GUARD_BEFORE = /\b(?:(?:protect(?:s|ed|ing)?|safeguard(?:s|ed|ing)?|guard(?:s|ed|ing)?|shield(?:s|ed|ing)?|to\s{1,3}(?:better\s{1,3})?secure|securing)\s{1,3}(?:(?:the|our|its|their|your|his|her|all|any|this|that|these|those)\s{1,3})?(?:[\w'’-]{1,20}\s{1,3}(?:and|&)\s{1,3}(?:their|its|our|his|her)\s{1,3})?|(?:safety|security|protection|integrity|confidentiality|privacy)\s{1,3}(?:(?:and|&)\s{1,3}(?:safety|security|protection|integrity|confidentiality|privacy)\s{1,3})?of\s{1,3}(?:(?:the|our|its|their|your|his|her|all|any|this|that|these|those)\s{1,3})?)(?:[\w'’-]{1,20}\s{1,3})?$/i;

/**
 * The price of getting data back, or control taken over it: "in exchange for access to its data", "a payment to
 * release the data", "takes control of a company's files", "to restore access to the data" (held, not taken).
 * (A payment to get it back is read by PAID_BACK with a price in the clause.)
 */
const HELD_FOR_RANSOM = String.raw`in\s{1,3}exchange\s{1,3}for\s{1,3}(?:(?:the\s{1,3})?(?:access\s{1,3}to|return\s{1,3}of)|restoring)|(?:restor(?:e|ed|ing)|regain(?:ed|ing)?|return(?:ed|ing)?)\s{1,3}access\s{1,3}to|t(?:ake|akes|aking|ook|aken)\s{1,3}control\s{1,3}of`;
/** Acting on a credential: "changing the", "reset all its users'", "rotated its". */
const CHANGED_VERB = /\b(?:chang(?:e|es|ed|ing)|reset(?:s|ting)?|rotat(?:e|es|ed|ing)|revok(?:e|es|ed|ing)|invalidat(?:e|es|ed|ing))\b/gi;
/** "… to release the", "… to unlock all the": getting data back, when the clause names a price (PRICE). */
const PAID_BACK = /\bto\s{1,3}(?:release|unlock|decrypt|free|return|restore|recover|get\s{1,3}back)\b/gi;
const PRICE = /\b(?:ransoms?|payments?|paid|pay(?:ing)?|money|bitcoins?|fees?|sums?)\b/i;
/** Verbs that make data unavailable (ransomware, wipers), before the phrase: "encrypted the files", "locked users out of their data". */
const UNAVAILABLE_VERB = new RegExp(String.raw`\b(?:encrypt(?:ed|ing|s)?|lock(?:ed|ing|s)?|wip(?:e|ed|es|ing)|delet(?:e|ed|es|ing)|destroy(?:ed|ing|s)?|corrupt(?:ed|ing|s)?|scrambl(?:e|ed|es|ing)|hostage|lost\s{1,3}access\s{1,3}to|(?:unable\s{1,3}to|cannot|can['’]t|could\s{1,3}not)\s{1,3}access|${HELD_FOR_RANSOM})\b`, 'gi');
/** At most four words between that verb and the phrase: "encrypted all the town's files", "locked staff out of their data". */
const FEW_WORDS = /^(?:\s{1,3}[\w'’-]{1,20}){0,4}\s{1,3}$/;
function unavailableBefore(lead: string, verb: RegExp = UNAVAILABLE_VERB): boolean {
  let last: RegExpExecArray | null = null;
  verb.lastIndex = 0;
  for (let m = verb.exec(lead); m; m = verb.exec(lead)) last = m;
  return !!last && FEW_WORDS.test(lead.slice(last.index + last[0].length));
}
/** After the phrase: "files were encrypted", "data was locked by the malware", "records held hostage". */
const UNAVAILABLE_AFTER = /^\s{0,3}(?:,\s{1,3})?(?:(?:that|which)\s{1,3})?(?:(?:was|were|is|are|had|have|has|been|being|got|all|also|later|then|from)\s{1,3}){0,3}(?:encrypted|locked|wiped|deleted|destroyed|corrupted|scrambled|held\s{1,3}(?:hostage|to\s{1,3}ransom)|rendered\s{1,3}(?:inaccessible|unusable|unreadable)|(?:contained|stored|kept|held)\s{1,3}(?:in|on)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}(?:encrypted|locked))\b/i;
/** A verb of taking in the same clause: then encrypted data was also stolen ("stole and encrypted"). */
const TAKEN_WORDS = /\b(?:st(?:ole|olen|eal(?:s|ing)?)|exfiltrat\w{0,5}|cop(?:ied|y(?:ing)?)|leak(?:ed|ing)|leaks?|post(?:ed|ing)|publish(?:ed|ing)|download(?:ed|ing)|taken(?!\s{1,3}(?:place|steps|action|measures|precautions|offline|down))|took(?!\s{1,3}(?:place|steps|action|measures|precautions|(?:\w{1,12}\s{1,3})?offline|down))|obtain(?:ed|ing)|exposed|sold|selling|dump(?:ed|ing)|extract(?:ed|ing)|threat(?:en(?:ed|ing|s)?)?\s{1,3}to\s{1,3}(?:release|publish|leak|sell)|accessed|viewed|(?<!(?:lost|exchange\s{1,3}for(?:\s{1,3}the)?|restor(?:e|ed|ing)|regain(?:ed|ing)?|return(?:ed|ing)?)\s{1,3})access\s{1,3}to)\b/i;
/** Words that look like a taking and are not: "action was taken", "the leak" (the incident's name). */
const NOT_A_TAKING = /\b(?:(?:action|actions|steps|measures|precautions|care)\s{1,3}(?:(?:was|were|is|are|has|have|had|been|being|immediately|quickly|also)\s{1,3}){1,3}taken|(?:the|a|an|this|that|data|its|their)\s{1,3}leaks?)\b/gi;
/** A verb of taking in a clause (not "took place", "action was taken", "the leak"). */
const TAKEN_IN_CLAUSE = { test: (clause: string): boolean => TAKEN_WORDS.test(clause.replace(NOT_A_TAKING, ' ')) };

/** Things that are lost and carry data: then "lost" is the incident ("a lost laptop"). */
const LOST_THING = /\b(?:laptops?|computers?|devices?|USB|memory\s{1,3}sticks?|flash\s{1,3}drives?|hard\s{1,3}drives?|disks?|drives?|tapes?|CDs?|DVDs?|phones?|smartphones?|tablets?|bags?|briefcases?|folders?|boxes|envelopes?|post|mail|parcels?|papers?|paperwork|binders?)\b/i;
/** Words that make "lost" mean destroyed or locked, not taken: backups, restoring, encryption. */
const DESTROYED_CONTEXT = /\b(?:back(?:ed)?[\s-]{0,2}up|backups?|restor(?:e|ed|es|ing)|recover(?:ed|ing|y|s)?|recreat\w{1,3}|rebuil\w{1,4}|mission[\s-]critical|permanently|irretrievabl[ey]|encrypt\w{0,4}|ransom\w{0,4}|wip(?:ed|er)|deleted|corrupt\w{0,4})\b/i;

/** "reused passwords", "recycled logins": credentials from somewhere else. */
const REUSED_BEFORE = /\b(?:re-?used|recycled|previously\s{1,3}(?:leaked|stolen|exposed|breached)|already\s{1,3}(?:leaked|stolen|exposed))\s{1,3}(?:[\w'’-]{1,20}\s{1,3})?$/i;
/** "… leaked in other breaches", "… from third-party sites", "… will work on other sites". */
const ELSEWHERE_AFTER = /^[^.;]{0,60}?\b(?:(?:in|from|on|at)\s{1,3}(?:other|earlier|previous|prior|past|unrelated|third-party|older|separate)\s{1,3}(?:data\s{1,3})?(?:breaches|leaks|hacks|sites|websites|services|platforms|companies|incidents)|(?:in|from)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:breaches|leaks|hacks)\s{1,3}(?:of|at)\s{1,3}(?:other|third-party|unrelated|different)|(?:work|works|worked|us(?:e|ed|es|ing)|reus(?:e|ed|es|ing))?\s{0,3}(?:on|at|for)\s{1,3}(?:other|unrelated|different)\s{1,3}(?:online\s{1,3})?(?:sites|websites|services|accounts)|accounts\s{1,3}unrelated\s{1,3}to|(?:obtained|bought|purchased|acquired|sourced|gathered|came)\s{1,3}(?:from|via|through|on)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:unknown|unidentified|unnamed|external|outside|separate|other|third[- ]party|criminal|underground|dark[- ]web)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:sources?|sites?|websites?|breach(?:es)?|leaks?|lists?|markets?|forums?|parties|party|vendors?|services?))\b/i;

/**
 * A question the article leaves open, what is known so far then "whether"/"if": "investigating whether", "yet to be determined if",
 * "unclear whether" (not the purpose of a step, "to determine whether", which the academic annotation reads as data named);
 * a sentence that opens on "Whether"; what is not yet known or said, then what, which or how far ("is yet to determine the extent
 * to which data was compromised", "it is unclear what data the hackers reached", "could not say which files were taken");
 * or a notice promised on a condition: "customers will be told if their data was taken", "should we find that".
 */
const OPEN_QUESTION = /\b(?:investigat(?:e|ed|es|ing)|assess(?:ed|es|ing)?|review(?:ed|s|ing)?|examin(?:e|ed|es|ing)|look(?:ed|s|ing)?\s{1,3}into|(?:be|been|being)\s{1,3}(?:determined|assessed|established|confirmed|ascertained|verified)|(?:not\s{1,3}|yet\s{1,3}to\s{1,3})(?:yet\s{1,3})?(?:known|clear|determined|established|confirmed)|unclear|unknown|uncertain)\s{1,3}(?:yet\s{1,3})?(?:whether|if)\b|(?:^|[.;:]\s{1,3})["“]?whether\b|\b(?:(?:not\s{1,3}|yet\s{1,3}to\s{1,3})(?:yet\s{1,3})?(?:known|clear|determined|established|determine|establish|know|say|tell)|unclear|unknown|uncertain)\s{1,3}(?:yet\s{1,3})?(?:what|which|how\s{1,3}much|the\s{1,3}(?:full\s{1,3}|exact\s{1,3}|precise\s{1,3})?(?:extent|scope|nature)\s{1,3}(?:to\s{1,3}which|of))\b|\b(?:notif(?:y|ies|ied|ying)|inform(?:s|ed|ing)?|contact(?:s|ed|ing)?|alert(?:s|ed|ing)?|told|tell|writ(?:e|es|ing)\s{1,3}to|let\s{1,3}[\w-]{2,15}\s{1,3}know)\b(?:\s{1,3}[\w'’-]{1,20}){0,5}?\s{1,3}if\b|\bshould\s{1,3}(?:we|it|they|the\s{1,3}[\w-]{2,20})\s{1,3}(?:determine|find|learn|discover|confirm)\b/gi;
/** After the open question, words that go back to a statement: "… whether it was sold, adding that names were taken". */
const ASSERTED_AFTER = /\b(?:adding|added|and\s{1,3}(?:said|says|confirmed|that)|but|however|though|while|said\s{1,3}that|confirmed\s{1,3}that|(?:found|showed|revealed|concluded|determined|established)\s{1,3}that)\b|[.;]/i;
/** A verb of finding someone's address to write to them, right before the phrase: "verified", "gathered current", "looked up the last known". */
const NOTICE_VERB_BEFORE = /\b(?:verif(?:y|ies|ied|ying)|gather(?:s|ed|ing)?|updat(?:e|es|ed|ing)|locat(?:e|es|ed|ing)|look(?:s|ed|ing)?\s{1,3}up)\s{1,3}(?:(?:the|their|its|current|up-to-date|updated|valid|accurate|correct|last\s{1,3}known|most\s{1,3}recent|missing|mailing)\s{1,3}){0,3}$/i;
/** What the contact details are for, right after the phrase: "needed to notify", "so that it can contact". */
const NOTICE_PURPOSE_AFTER = /^\s{0,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?(?:(?:needed|required|necessary|used)\s{1,3})?(?:to|in\s{1,3}order\s{1,3}to|so\s{1,3}(?:that\s{1,3})?(?:we|it|they|the\s{1,3}\w{2,20})\s{1,3}(?:can|could|may))\s{1,3}(?:notify|inform|alert|contact|reach|write\s{1,3}to|send\s{1,3}(?:letters|notices|notifications))\b/i;

/** A try, not a taking: "attempting to gain access to", "an attempt to access", "tried to steal". */
const ATTEMPT = /\b(?:attempt(?:ed|ing|s)?|tr(?:y|ies|ied|ying)|s(?:ought|eek(?:s|ing)?))\s{1,3}to\s{1,3}(?:gain\s{1,3}access\s{1,3}to|get\s{1,3}(?:into|at|hold\s{1,3}of)|access|steal|obtain|take|break\s{1,3}into|log\s{1,3}into|hijack|harvest)\b/gi;


/** "… to several other addresses": where things went (with a verb of sending before it, MOTION). */
const TO_PLACES = /\bto\s{1,3}(?:(?:several|other|different|new|wrong|unknown|many|various|their|the)\s{1,3}){0,2}$/i;
const MOTION = /\b(?:deliver(?:ed|ing|s)?|sent|send(?:ing|s)?|shipp(?:ed|ing)|mail(?:ed|ing)|redirect(?:ed|ing)|forward(?:ed|ing)|rout(?:ed|ing))\b/i;

/** "names of 4,000 members", "records belonging to staff": the owner follows the phrase. */
function ownerAfter(text: string, m: PhraseMatch): boolean {
  const link = /^\s{1,3}(?:of|for|belonging to|on|about)\s/i.exec(text.slice(m.end, m.end + 40));
  if (!link) return false;
  const tail = text.slice(m.end + link[0].length, m.end + link[0].length + 70);
  return subjectsOf(tail, true).length > 0 || /\b(?:people|individuals|persons)\b/i.test(tail);
}

// ---- whose data ---------------------------------------------------------------------------------

/** The phrase as written includes the word that names whose data it is: "customer details", "employees' records". */
function withOwner(text: string, m: PhraseMatch, subject: string | null): string {
  if (!subject) return m.text;
  const before = /([\p{L}’'-]{2,30})\s$/u.exec(text.slice(Math.max(0, m.start - 32), m.start));
  return before && subjectIn(before[1]!) === subject ? `${before[1]} ${m.text}` : m.text;
}

function subjectIn(word: string): string | null {
  const key = word.toLowerCase().replace(/[’']s?$|s[’']$/, (x) => (x.startsWith('s') ? 's' : '')).replace(/\s+/g, ' ');
  const bare = word.replace(/[’']s?$/, '');
  return SUBJECT_WORDS[key] ?? SUBJECT_WORDS[word.toLowerCase().replace(/[’']/g, '')] ?? (DEMONYM.test(bare) ? bare.toLowerCase() : null);
}

/** A person mention in a sentence. */
interface Mention { subject: string; start: number; end: number }
/** A row that says a person mention is the owner of data in its sentence; `test` asks it of every mention in a text. */
interface OwnerRule extends TestRule { owns: (text: string, x: Mention) => boolean }
const ownerRule = (r: Omit<OwnerRule, 'test'>): OwnerRule => ({
  ...r,
  test: (text) => subjectsOf(text, true).some((x) => r.owns(text, x)),
});

/** Whose data, when the person noun is not right beside the data phrase: the noun must be marked as the owner. */
export const OWNER_RULES: RuleTable<OwnerRule> = ruleTable('data', 'a person noun that owns the data', [
  ownerRule({
    id: 'possessive', reason: 'a possessive marks the owner: "members\' names, emails and phone numbers"',
    example: 'Thieves took members\' names, emails and phone numbers.', counterexample: 'Members said names, emails and phone numbers were taken.',
    owns: (text, x) => /['’]s?$/.test(text.slice(x.start, x.end)),
  }),
  ownerRule({
    id: 'had-their', reason: 'the people had their data taken: "patients had their records exposed"',
    example: 'Some patients had their records exposed.', counterexample: 'Some patients heard that records were exposed.',
    owns: (text, x) => /^\s{1,3}(?:(?:who|also|all)\s{1,3})?(?:had|have|has|whose)\b/i.test(text.slice(x.end, x.end + 30)),
  }),
  ownerRule({
    id: 'of-people', reason: 'an owner link before the people: "the names and emails of 3,000 members", "data belonging to students"',
    example: 'The names and emails of about 3,000 members leaked.', counterexample: 'The names and emails leaked, 3,000 members said.',
    owns: (text, x) => /\b(?:of|from|belonging to|about|on|concerning|affecting|for)\s{1,3}(?:(?:the|its|their|some|all|about|over|more than|nearly|almost|up to|around|roughly|[\d,.]{1,12}|million|thousand|[a-z][a-z-]{1,15})\s{1,3}){0,4}$/i.test(text.slice(Math.max(0, x.start - 60), x.start))
      // "accessed by a member of staff": the one who did it, not whose data it is
      && !/\b(?:by|a|an|one|another)\s{1,3}(?:[\w-]{1,15}\s{1,3})?(?:member|members)\s{1,3}of\s{1,3}(?:the\s{1,3}|its\s{1,3})?$/i.test(text.slice(Math.max(0, x.start - 40), x.start)),
  }),
]);

/** A subject word that is part of another term: "driver's licence", "taxpayer ID", "customer service", "parent company". */
const NOT_PEOPLE_AFTER = /^\s{0,2}(?:familiar|close to|aware|with knowledge|briefed|registration|identity|identities|licen[cs]es?|ID|IDs|identification|company|companies|firm|group|service|services|support|base|bases|interface|experience|growth|numbers?|count|facing|agreement|accounts? manager|states)\b/i;

function subjectsOf(text: string, pluralOnly = false): Array<{ subject: string; start: number; end: number }> {
  const out: Array<{ subject: string; start: number; end: number }> = [];
  for (const m of execAll(SUBJECT_RE, text)) {
    const s = subjectIn(m[1]!);
    if (!s) continue;
    const end = m.index! + m[0].length;
    if (NOT_PEOPLE_AFTER.test(text.slice(end, end + 30))) continue;
    if (/\b(?:corporate|parent)\s{1,2}$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    if (pluralOnly && SUBJECT_WORDS[m[0].toLowerCase()] !== undefined && !/s$|['’]$|s['’]|children|staff|personnel|alumni|population/i.test(m[0]) ) continue;
    out.push({ subject: s, start: m.index!, end });
  }
  // "12 million Examplelanders": a plural demonym names the people
  for (const m of execAll(DEMONYM_RE, text)) {
    const end = m.index! + m[0].length;
    if (NOT_PEOPLE_AFTER.test(text.slice(end, end + 30))) continue;
    out.push({ subject: m[1]!.toLowerCase(), start: m.index!, end });
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

interface FoundSubject {
  subject: string;
  own: boolean;
  /** People named beside the owner, in a pair: "staff and students" → students beside staff. */
  also?: string;
}

/** A people noun that took the data: "users accessed", "staff had downloaded". */
const TOOK_AFTER = /^\s{1,2}(?:(?:have|had|has|then|also|later|quickly)\s)?(?:accessed|stole|took|viewed|downloaded|copied|leaked|sold|snooped|misused|looked up|searched|browsed|hacked|breached|exfiltrated)\b/i;

/** Words that may stand between "and" and the second people noun of a pair: "staff and some students". */
const PAIR_GAP = /^\s{0,2}(?:,\s{0,2})?(?:and|or|&|as well as|plus)\s{1,3}(?:(?:some|all|many|several|other|former|current|its|their|the|of|both)\s{1,3}){0,3}$/i;
const PAIR_AFTER = /^\s{0,2}(?:,\s{0,2})?(?:and|or|&|as well as|plus)\s{1,3}(?:(?:some|all|many|several|other|former|current|its|their|the|of)\s{1,3}){0,3}/i;

/** The people noun paired with a mention ("students and staff", "staff as well as some students"), or null. */
function pairedWith(text: string, x: Mention, mentions: Mention[]): string | null {
  const after = PAIR_AFTER.exec(text.slice(x.end, x.end + 40));
  for (const o of mentions) {
    if (o.subject === x.subject) continue;
    // the next mention right after "and …", or the one right before "… and"
    if (after && o.start === x.end + after[0].length) return o.subject;
    if (o.end <= x.start && PAIR_GAP.test(text.slice(o.end, x.start))) return o.subject;
  }
  return null;
}
/** A found subject, with the people paired with it when the sentence names a pair. */
function withPair(text: string, x: Mention, own: boolean): FoundSubject {
  const also = pairedWith(text, x, subjectsOf(text, true));
  return also ? { subject: x.subject, own, also } : { subject: x.subject, own };
}

function findSubject(doc: Document, sentence: Sentence, text: string, start: number, end: number, inner: string, organisational: boolean): FoundSubject | null {
  // 1. Inside the phrase or just before it: "customer data", "employees' personal information".
  const own = subjectsOf(inner)[0];
  // "personnel files of 900 officers": "personnel" names the kind of file; the owner after it says whose
  if (own && !/^personnel\b/i.test(inner.slice(own.start))) return { subject: own.subject, own: true };
  const before = text.slice(Math.max(0, start - 60), start);
  const words = before.split(/\s{1,3}/).filter(Boolean);
  for (let k = words.length - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const w = words[k]!.replace(/[,.;:()"“”]/g, '');
    // "non-member phone numbers": the prefix says whose data it is not
    if (/^non-/i.test(w)) break;
    const s = subjectIn(w);
    if (s) return { subject: s, own: true };
    // "an unauthorized user accessed data": a verb ends the noun phrase; the person before it did the taking
    if (NOT_MODIFIER.has(w.toLowerCase()) || /[,.;:]$/.test(words[k]!) || TAKING_VERB.test(w)) break;
  }
  // 2. After it: "names of 245,000 customers", "data belonging to users".
  const after = text.slice(end, end + 160);
  const clauseEnd = after.search(/[.;]|\b(?:but|while|whereas|which|who)\b/);
  const span = clauseEnd >= 0 ? after.slice(0, clauseEnd) : after;
  const link = /\b(?:of|for|from|belonging to|on|about|held on|related to|affecting)\s/i.exec(span);
  // (the link follows the phrase: "names of 245,000 customers", not the "of" of a later "date of birth")
  if (link && link.index <= 25) {
    const tail = span.slice(link.index);
    // "names of people in the county who registered to vote": the relative clause says who they are
    const who = peopleWho(after.slice(link.index));
    if (who) return { subject: who, own: true };
    const s = subjectsOf(tail, true)[0];
    // ("data from dozens of its clients" names where the data came from, less surely whose it is)
    if (s && s.start < 70) return withPair(tail, s, !/^from\b/i.test(tail));
  }
  if (own) return { subject: own.subject, own: true };
  if (organisational) return null;
  // 3. Elsewhere in the sentence, an owner: "hackers stole customers' names, addresses and phone numbers",
  //    "members had their emails and passwords taken", "the emails, passwords and names of members".
  //    A person noun that is not marked as the owner is not whose data it is ("staff found that names
  //    and emails were taken").
  const all = subjectsOf(text, true).filter((x) => !isAgent(text, x.end) && OWNER_RULES.rules.some((r) => r.owns(text, x)));
  if (all.length) {
    let best = all[0]!;
    for (const s of all) if (Math.abs(s.start - start) < Math.abs(best.start - start)) best = s;
    return withPair(text, best, false);
  }
  // 3b. "customers say their data was taken": a possessive points back to the people named before it
  if (POSSESSIVE_BEFORE.test(before)) {
    // (the people who say it may own it: "members told the club their passwords …"; the ones who took it do not)
    const prior = subjectsOf(text.slice(0, start), true).filter((x) => !TOOK_AFTER.test(text.slice(x.end, x.end + 40)));
    if (prior.length) return withPair(text, prior[prior.length - 1]!, false);
  }
  // 4. "their phone numbers", or a list that goes on about the people just named: the people the
  //    paragraph (or the one before it) talks about.
  const block = doc.blocks[sentence.block]!;
  const reach = POSSESSIVE_BEFORE.test(before) || /\bwhose\b/i.test(text) ? 3 : LOOKBACK_SENTENCES;
  const stop = Math.max(block.sentences[0] - reach, sentence.index - MAX_LOOKBACK, 0);
  for (let i = sentence.index - 1; i >= stop; i--) {
    const t = doc.sentences[i]!.text;
    const prev = subjectsOf(t, true).filter((x) => !isAgent(t, x.end));
    if (prev.length) return withPair(t, prev[prev.length - 1]!, false);
  }
  return null;
}

/** A verb of taking or looking: the person noun before it is who did it ("a staff member accessed records"). */
const TAKING_VERB = /^(?:access(?:ed|es)|st(?:ole|eals)|took|takes|view(?:ed|s)|download(?:ed|s)|cop(?:ied|ies)|leak(?:ed|s)|s(?:old|ells)|shar(?:ed|es)|post(?:ed|s)|obtain(?:ed|s)|snoop(?:ed|s)|misus(?:ed|es)|exfiltrat(?:ed|es)|look(?:ed|s)|search(?:ed|es)|brows(?:ed|es)|open(?:ed|s)|acquir(?:ed|es)|grabb?(?:ed|s)|harvest(?:ed|s)|collect(?:ed|s))$/i;
/** "officials opened an investigation", "researchers said": people who act or speak, not whose data it is. */
const AGENT_AFTER = /^\s{1,2}(?:(?:have|had|has|then|also|later|quickly)\s)?(?:accessed|stole|took|viewed|downloaded|copied|leaked|sold|snooped|misused|looked up|searched|browsed|said|say|says|told|tell|opened|launched|arrested|announced|confirmed|warned|believe[sd]?|added|stated|declined|urged|investigat\w{0,5}|found|discovered|noticed|reported|contacted|called|asked|spoke|wrote|pledged|vowed|promised)\b/i;
function isAgent(text: string, end: number): boolean {
  return AGENT_AFTER.test(text.slice(end, end + 40));
}

/** "people who registered to vote" → voters: a relative clause that names the relationship. */
function peopleWho(text: string): string | null {
  const m = /^\S{1,12}\s(?:[\w,.$-]{1,15}\s){0,6}?(?:people|individuals|persons|those|anyone|everyone|residents|adults|citizens)\b[^.;]{0,40}?\b(?:who|that)\s(?:have\s|had\s|has\s)?([a-z]{2,12}(?:\s[a-z]{2,12}){0,2})/i.exec(text);
  if (!m) return null;
  const words = m[1]!.toLowerCase();
  for (const [cue, subject] of PEOPLE_WHO) if (words.startsWith(cue)) return subject;
  return null;
}

// ---- how sure ------------------------------------------------------------------------------------

function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of execAll(CLAUSE_BREAK, text)) {
    const at = m.index!;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) { to = at; break; }
  }
  return [from, to];
}

const NOT_HELD = /(?:store|keep|hold|retain|collect|save|have access to|contain|include|involve)$/i;
const HELD_OTHERWISE = /^\s{0,3}(?:[\w'’-]{1,15}\s{1,3}){0,3}?(?:in plain ?text|in clear|unencrypted|in full|in readable form)\b/i;
function isDenied(text: string, start: number, end: number): boolean {
  // "did not result in the compromise of any of the following: financial information; grades": a denied lead-in covers its list
  const colon = text.lastIndexOf(':', start);
  if (colon > 0 && !COMPROMISE.test(text.slice(colon + 1, start)) && !/\b(?:but|however|only)\b/i.test(text.slice(colon + 1, start))) {
    const [leadFrom] = clauseAround(text, colon, colon);
    if (DENIED_LEAD.test(text.slice(leadFrom, colon + 1))) return true;
  }
  const [from, to] = clauseAround(text, start, end);
  const clause = text.slice(from, to);
  if (UNDO_DENIAL.test(clause)) return false;
  // "passwords, which are hashed, were not affected": the aside does not part the data from its denial
  const rest = text.slice(end, to).replace(/^\s{0,2},\s{0,2}(?:which|that|who)\b[^,;]{0,60},/i, ' ');
  if (DENY_AFTER.test(rest)) return true;
  const later = DENY_LATER.exec(rest);
  if (later) {
    const gap = rest.slice(0, later.index);
    if (!/\b(?:was|were|is|are|has|have|had|but|which|that|who)\b/i.test(gap) && !COMPROMISE.test(gap)) return true;
    // "card numbers are kept separately and were not touched": one subject, two verbs
    if (/^\s{1,3}(?:is|are|was|were)\s{1,3}[a-z]{2,15}(?:\s{1,3}[a-z]{2,15})?\s{1,3}and\s{1,3}$/i.test(gap) && !COMPROMISE.test(gap)) return true;
  }
  const lead = text.slice(from, start);
  let last: RegExpExecArray | null = null;
  for (const m of execAll(DENY_BEFORE, lead)) last = m;
  if (!last) return false;
  if (/^no (?:evidence|indication|sign|reason)/i.test(last[0]) && lead.slice(last.index!).split(/\s+/).length <= 24) return true;
  // "the chain does not store its customers' card details": never held, so not taken (unless only not in plain text)
  // The denial must be near and about taking data: "no evidence that card data was accessed".
  const gap = lead.slice(last.index! + last[0].length);
  if (gap.split(/\s+/).length > 14) return false;
  if (/\b(?:only|just)\b/i.test(gap)) return false;
  // "did not include passwords or card details": other data phrases of the same list do not count as words between
  let bare = gap;
  for (const p of rawPhrases(gap).reverse()) bare = bare.slice(0, p.start) + bare.slice(p.end);
  bare = bare.replace(/\s{0,3}(?:,|\bor\b|\band\b|\bnor\b)\s{0,3}/gi, ' ');
  // "the chain does not store its customers' card details": never held, so not taken (unless only not in plain text)
  if (NOT_HELD.test(last[0])) return bare.split(/\s+/).filter(Boolean).length <= 3 && !HELD_OTHERWISE.test(text.slice(end, to));
  return COMPROMISE.test(bare + ' ' + text.slice(end, to)) || /^\s{0,3}(?:\w{1,12}\s{1,3}){0,2}$/.test(bare) || /^\s{0,3}(?:includ|contain|involv|affect|expos)\w{0,3}\s{1,3}(?:(?:any|the|their|its|your|our|all)\s{1,3})?(?:[\w-]{1,15}\s{1,3})?$/i.test(bare);
}

/** What the status rules read about one data phrase: its sentence, its place, and the sentences around it. */
interface StatusScene {
  text: string;
  start: number;
  end: number;
  /** The sentence before, in the same paragraph ('' when none). */
  prev: string;
  /** The sentence before, this one and the next, in the same paragraph. */
  nearby: string;
  next: string;
  company: RegExp | null;
  /** A news outlet or researcher named in the sentence. */
  outlet: boolean;
  /** Doubt over the whole article ("is investigating the claim", "has yet to confirm"), or null. */
  doubt: DataStatus | null;
}

interface StatusRule extends TestRule {
  status: DataStatus;
  at: (x: StatusScene) => boolean;
}

/** A scene built from a short text (for the rules test): the first data phrase of its last sentence; the sentence before is `prev`. */
function sceneOf(text: string): StatusScene | null {
  const parts = text.split(/(?<=[.!?])\s{1,3}(?=[A-Z"“])/);
  const last = parts[parts.length - 1]!;
  const m = rawPhrases(last)[0];
  return m ? { text: last, start: m.start, end: m.end, prev: parts[parts.length - 2] ?? '', nearby: text, next: '', company: null, outlet: false, doubt: doubtIn(text) } : null;
}
const statusRule = (r: Omit<StatusRule, 'test'>): StatusRule => ({
  ...r,
  test: (text) => { const x = sceneOf(text); return !!x && r.at(x); },
});

const victimSpeaks = (x: StatusScene) => VICTIM.test(x.text) || (x.company ? x.company.test(x.text) && /\b(?:said|says|confirm\w{0,3}|announc\w{0,3}|disclos\w{0,3}|admit\w{0,4}|stated|notif\w{0,6}|told)\b/i.test(x.text) : false);

/** How sure the article is of one data mention: tried in order, the first row that fires decides. */
export const DATA_STATUS: RuleTable<StatusRule> = ruleTable('data', 'status of a data mention', [
  statusRule({
    id: 'denied', status: 'denied', reason: 'the data is listed as not taken: "no card numbers were involved", "passwords were not affected", "X and Y were unaffected"',
    example: 'No card numbers or bank details were involved, the shop said.', counterexample: 'Card numbers and bank details were involved, the shop said.',
    at: (x) => isDenied(x.text, x.start, x.end),
  }),
  statusRule({
    id: 'hedged', status: 'possible', reason: 'a hedge in the sentence: "may have been", "potentially", "it is unclear whether"',
    example: 'Names may have been copied, the club said.', counterexample: 'Names were copied, the club said.',
    at: (x) => POSSIBLE.test(x.text),
  }),
  statusRule({
    id: 'after-a-claim', status: 'possible', reason: 'the sentence before is an attacker\'s claim and the victim does not speak here: still the claim',
    example: 'The gang claims it raided the shop. The stolen data includes names and emails.', counterexample: 'The gang claims it raided the shop. The company said the stolen data includes names and emails.',
    at: (x) => CLAIM.test(x.prev) && !victimSubject(x.text, x.company),
  }),
  statusRule({
    id: 'unconfirmed-nearby', status: 'reported', reason: 'the paragraph says the victim has not confirmed or did not respond',
    example: 'Names were leaked, but the firm has yet to confirm it.', counterexample: 'Names were leaked, the firm confirmed.',
    at: (x) => UNCONFIRMED.test(x.nearby) || UNCONFIRMED.test(x.next),
  }),
  statusRule({
    id: 'third-party', status: 'reported', reason: 'a reporter, researcher or outlet says it, and the victim is not the speaker',
    example: 'According to researchers, emails were exposed.', counterexample: 'The company said emails were exposed.',
    at: (x) => (REPORT.test(x.text) || x.outlet) && !victimSubject(x.text, x.company),
  }),
  statusRule({
    id: 'victim-says', status: 'confirmed', reason: 'the victim (the company, its spokesperson, its statement) says the data was taken',
    example: 'The company said emails were exposed.', counterexample: 'Emails were exposed in the raid.',
    at: (x) => victimSpeaks(x) && victimSubject(x.text, x.company),
  }),
  statusRule({
    id: 'article-doubt', status: 'possible', reason: 'the article says the victim is only looking into someone\'s claim, or has not confirmed',
    example: 'Emails were exposed; the firm is investigating the claims.', counterexample: 'Emails were exposed in the raid.',
    at: (x) => x.doubt !== null,
  }),
  statusRule({
    id: 'stated', status: 'confirmed', reason: 'the article states it as fact, with no hedge, denial or third party',
    example: 'Emails were exposed in the raid.', counterexample: 'Nothing was said.',
    at: () => true,
  }),
]);

function statusOf(doc: Document, sentence: Sentence, text: string, start: number, end: number, company: RegExp | null, ctx: Context, doubt: DataStatus | null): { status: DataStatus; rule: StatusRule } {
  const block = doc.blocks[sentence.block]!;
  const scene: StatusScene = {
    text, start, end, company, doubt,
    prev: sentence.index > block.sentences[0] ? doc.sentences[sentence.index - 1]!.text : '',
    nearby: doc.sentences.slice(Math.max(block.sentences[0], sentence.index - 1), Math.min(block.sentences[1], sentence.index + 2)).map((s) => s.text).join(' '),
    next: doc.sentences[sentence.index + 1]?.text ?? '',
    outlet: outletNamed(text, ctx),
  };
  const rule = DATA_STATUS.rules.find((r) => r.at(scene))!;
  // 'article-doubt' carries the kind of doubt the article has
  return { status: rule.id === 'article-doubt' ? doubt ?? 'possible' : rule.status, rule };
}

const NOT_CONFIRMED = /\b(?:yet to confirm|(?:has|have|had) not (?:yet )?confirmed|not (?:yet )?been confirmed|unconfirmed|(?:declined|refused) to confirm|(?:could|would) not confirm)\b/i;
const CLAIM_INVESTIGATED = /\b(?:investigat\w{0,5}|looking into|aware of|reviewing|examining)\s(?:the\s|these\s|those\s|this\s)?(?:claims?|allegations?|alleged)\b/i;

/** Doubt that hangs over the whole article: "the lender is investigating the claim", "has yet to confirm". */
function doubtIn(text: string): DataStatus | null {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (CLAIM_INVESTIGATED.test(head)) return 'possible';
  if (NOT_CONFIRMED.test(head)) return 'reported';
  return null;
}

/** In a list after a lead-in ("The stolen data included:"), the lead-in decides. */
function statusOfList(doc: Document, blockIndex: number, company: RegExp | null): { status: DataStatus; rule: StatusRule } {
  const row = (id: string) => DATA_STATUS.rules.find((r) => r.id === id)!;
  for (let b = blockIndex - 1; b >= 0; b--) {
    const block = doc.blocks[b]!;
    if (block.kind === 'list-item' || BULLET.test(block.text)) continue;
    const text = block.text;
    if (POSSIBLE.test(text)) return { status: 'possible', rule: row('hedged') };
    if (REPORT.test(text) && !victimSubject(text, company)) return { status: 'reported', rule: row('third-party') };
    break;
  }
  return { status: 'confirmed', rule: row('stated') };
}

function victimSubject(text: string, company: RegExp | null): boolean {
  if (company && company.test(text) && /\b(?:said|says|confirm\w{0,3}|announc\w{0,3}|stated|told)\b/i.test(text)) return true;
  return /\b(?:the |a )?(?:company|firm|spokes\w{2,6})(?:'s)?\s(?:said|says|confirmed|told|stated)|\bin a statement\b/i.test(text);
}

function outletNamed(text: string, ctx: Context): boolean {
  for (const s of ctx.sources ?? []) {
    if ((s.kind === 'news-outlet' || s.kind === 'researcher') && text.includes(s.name)) return true;
  }
  const caps = text.match(/\b[A-Z][\w&.'’-]{1,30}(?:\s[A-Z][\w&.'’-]{1,30}){0,3}/g) ?? [];
  return caps.some((c) => isNewsOutlet(c));
}

// ---- one item per category and subject -------------------------------------------------------

/** Names for the same people in one article: "customers" in one sentence, "consumers" in the next. */
/** "names, emails and other information": the general word sums up the list, it is not an item of it. */
const OTHER_BEFORE = /\b(?:other|more|further|additional|related|similar)\s{1,3}(?:[\w-]{1,20}\s{1,3})?$/i;

/**
 * The people who deal with the victim from outside (its "customers", "users", "members"): one group when
 * a general word ("customer information") stands beside specific items told of "users".
 */
const CLIENTELE = new Set(['customers', 'consumers', 'clients', 'shoppers', 'cardholders', 'account holders', 'users', 'members',
  'subscribers', 'players', 'gamers', 'guests', 'passengers', 'policyholders', 'borrowers', 'buyers', 'donors', 'fans',
  'readers', 'followers', 'visitors', 'riders', 'travellers', 'travelers']);

const SAME_PEOPLE: readonly (readonly string[])[] = [
  ['customers', 'consumers', 'clients', 'shoppers', 'cardholders', 'account holders'],
  ['employees', 'staff', 'contractors'],
];

/** A phrase that names accounts, not a credential: "user accounts", "email accounts", "account information". */
const ACCOUNTS_ONLY = /^(?:[\w'’-]{1,20}\s{1,3}){0,2}(?:accounts?|account\s{1,3}(?:details|information|info|data))$/i;

/** The same people by name or by a synonym of SAME_PEOPLE ("customers' data" beside "shoppers' names"). */
function samePeople(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  return !!a && !!b && SAME_PEOPLE.some((g) => g.includes(a) && g.includes(b));
}

/** Within one article, one name for each group of synonyms: the most used (the first on a tie). */
function canonicalSubjects(hits: Hit[]): void {
  for (const group of SAME_PEOPLE) {
    const counts = new Map<string, number>();
    for (const h of hits) if (h.subject && group.includes(h.subject)) counts.set(h.subject, (counts.get(h.subject) ?? 0) + 1);
    if (counts.size < 2) continue;
    let best = '';
    for (const k of group) if (counts.has(k) && (!best || counts.get(k)! > counts.get(best)!)) best = k;
    // A phrase that names its people ("details of 14 million consumers") keeps its word, unless its own
    // category names them two ways ("consumer details", "the customer's name"): then the most used.
    const ownByCategory = new Map<DataCategory, Map<string, number>>();
    for (const h of hits) {
      if (!h.ownSubject || !h.subject || !group.includes(h.subject)) continue;
      const m = ownByCategory.get(h.category) ?? new Map<string, number>();
      m.set(h.subject, (m.get(h.subject) ?? 0) + 1);
      ownByCategory.set(h.category, m);
    }
    for (const h of hits) {
      if (!h.subject || !group.includes(h.subject)) continue;
      const own = ownByCategory.get(h.category);
      if (!own) { h.subject = best; continue; }
      if (own.size === 1) { h.subject = [...own.keys()][0]!; continue; }
      let top = '';
      for (const [k, n] of own) if (!top || n > own.get(top)! || (n === own.get(top)! && k === best)) top = k;
      h.subject = top;
    }
  }
}

/** Words for people in general: they yield to the article's specific name for them ("patients", "customers"). */
const GENERIC_PEOPLE = new Set(['individuals']);

/**
 * "the data of 40,000 individuals" in an article that elsewhere says whose data it is ("patients' records"):
 * the specific word, the most used in the article, names them.
 */
function specificSubjects(hits: Hit[]): void {
  const counts = new Map<string, number>();
  for (const h of hits) if (h.subject && !GENERIC_PEOPLE.has(h.subject) && h.status !== 'denied' && !ORGANISATIONAL.has(h.category)) counts.set(h.subject, (counts.get(h.subject) ?? 0) + 1);
  if (!counts.size) return;
  let best = '';
  for (const [k, n] of counts) if (!best || n > counts.get(best)!) best = k;
  for (const h of hits) if (h.subject && GENERIC_PEOPLE.has(h.subject)) h.subject = best;
}

function merge(hits: Hit[]): DataFinding[] {
  // "the information it held included names and addresses of voters": a general word whose content the
  // same sentence spells out, and which does not say whose it is, adds no item of its own
  // (one pass to index the heads each sentence spells out, one to look them up: linear in the hits)
  const spelledOut = new Map<Sentence, Set<string>>();
  for (const o of hits) {
    if (o.category === 'unspecified' || o.status === 'denied' || o.head === undefined) continue;
    const set = spelledOut.get(o.sentence) ?? new Set<string>();
    set.add(o.head);
    spelledOut.set(o.sentence, set);
  }
  const heads = new Set<Hit>(hits.filter((h) => h.category === 'unspecified' && !h.ownSubject && spelledOut.get(h.sentence)?.has(h.text)));
  canonicalSubjects(hits);
  specificSubjects(hits);
  // A subject-less mention joins the one item of its category that names a subject.
  const subjectsByCategory = new Map<DataCategory, Set<string>>();
  for (const h of hits) {
    if (h.subject && h.status !== 'denied') {
      const set = subjectsByCategory.get(h.category) ?? new Set<string>();
      set.add(h.subject);
      subjectsByCategory.set(h.category, set);
    }
  }
  // "employee data … including names": the general phrase says whose the listed data is.
  const generalSubjects = new Set(hits.filter((h) => h.category === 'unspecified' && h.subject && h.status !== 'denied').map((h) => h.subject!));
  if (generalSubjects.size === 1) {
    const only = [...generalSubjects][0]!;
    for (const h of hits) if (!h.subject && !ORGANISATIONAL.has(h.category)) h.subject = only;
  }
  const items = new Map<string, { finding: DataFinding; rank: number; start: number; phrases: string[]; onlyHeads: boolean; own: boolean; listed: boolean }>();
  for (const h of hits) {
    let subject = h.subject;
    const known = subjectsByCategory.get(h.category);
    if (!subject && known && known.size >= 1) subject = [...known][0]!;
    const key = `${h.category}|${subject ?? ''}`;
    const rank = STATUS_RANK[h.status];
    const prior = items.get(key);
    const own = h.head ? [h.head, h.text] : [h.text];
    if (!prior) {
      items.set(key, { finding: { category: h.category, subject, text: h.text, status: h.status, sentence: h.sentence, attributedTo: [], why: h.why }, rank, start: h.start, phrases: h.status === 'denied' ? [] : own, onlyHeads: heads.has(h), own: h.ownSubject && h.status !== 'denied', listed: !!h.listed && h.ownSubject && h.status !== 'denied' });
    } else {
      if (!heads.has(h)) prior.onlyHeads = false;
      if (h.ownSubject && h.status !== 'denied') prior.own = true;
      if (h.listed && h.ownSubject && h.status !== 'denied') prior.listed = true;
      if (h.status !== 'denied') prior.phrases.push(...own);
      if (rank > prior.rank) {
        // A better-attested mention speaks for the item.
        prior.finding.status = h.status;
        prior.finding.sentence = h.sentence;
        prior.finding.why = h.why;
        prior.rank = rank;
      }
    }
  }
  // The item's text: its phrases as written, in order, each once ("names, dates of birth").
  for (const x of items.values()) {
    const key = (p: string) => p.toLowerCase().replace(/^the\s/, '').replace(/e?s$/, '');
    const keys = x.phrases.map(key);
    // "Social Security numbers" is already said by "customer Social Security numbers": every key that
    // is another key's tail after a subject word is owned (each distinct key is split once, not
    // compared with every other phrase).
    const owned = new Set<string>();
    for (const o of new Set(keys)) {
      for (let at = o.indexOf(' '); at > 0; at = o.indexOf(' ', at + 1)) {
        if (subjectIn(o.slice(0, at)) !== null) owned.add(o.slice(at + 1));
      }
    }
    const seen = new Set<string>();
    const words: string[] = [];
    for (const [i, p] of x.phrases.entries()) {
      if (words.length >= MAX_PHRASES) break;
      const k = keys[i]!;
      if (seen.has(k) || owned.has(k)) continue;
      seen.add(k);
      words.push(p);
    }
    if (words.length) x.finding.text = words.join(', ');
  }
  // Denied items are kept out of the record: the victim says that data was not affected.
  // Accounts broken into are not, by that alone, credentials taken ("hackers got into staff email
  // accounts"): the item needs a credential noun of its own ("passwords", "login details").
  let list = [...items.values()].filter((x) => x.finding.status !== 'denied' && !(x.onlyHeads && x.finding.subject)
    && !(x.finding.category === 'credentials' && x.phrases.length > 0 && x.phrases.every((p) => ACCOUNTS_ONLY.test(p))));
  // "unspecified" only where nothing more specific is said about the same people's data: a general
  // word keeps an item of its own beside specific ones only when the phrase itself names its people and
  // either is one item of a list of data ("emails, passwords and customer information") or names other
  // people than every specific item about people ("staff data" beside "patients' records"); whose it is
  // by the paragraph is no such claim, and items about people that say not whose may be anyone's
  // ("customer information" beside "card numbers").
  const specific = list.filter((x) => x.finding.category !== 'unspecified');
  list = list.filter((x) => {
    if (x.finding.category !== 'unspecified') return true;
    // a general word that only someone other than the victim reports taken (a researcher, a gang, a
    // newspaper) names no kind of data: such reports go on to say what kind, or the gold lists none
    if (x.finding.status === 'reported') return false;
    if (!x.finding.subject || !x.own) return specific.length === 0;
    if (x.listed) return true;
    return !specific.some((y) => samePeople(y.finding.subject, x.finding.subject) || (!ORGANISATIONAL.has(y.finding.category)
      && (y.finding.subject === null || (CLIENTELE.has(y.finding.subject) && CLIENTELE.has(x.finding.subject!)))));
  });
  return list.sort((a, b) => a.start - b.start).map((x) => x.finding);
}
