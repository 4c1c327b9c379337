// Compromised data: which kinds of data this incident exposed, whose, and how sure the article is.
// Reads sentences that say data was taken or exposed, finds data phrases from the lexicon, decides
// whose data (a premodifier "customer details", "of 2 million users", "their …" → the people the
// paragraph talks about) and the status (denials, hedges, third-party reports, the victim's word).
import type { Document, Sentence } from '../document.js';
import type { DataCategory, DataStatus } from '../record.js';
import type { Context, DataFinding, Extractor } from './types.js';
import { victimAlternation } from './victim-names.js';
import {
  ADVICE_CUES, CATEGORY_ADJECTIVES, COMPROMISE_CUES, COORDINATED_HEADS, DATA_PHRASES, GENERIC_CUES,
  NOT_DATA_AFTER, NOT_DATA_BEFORE, OTHER_INCIDENT_CUES, PAST_COMPROMISE, PEOPLE_WHO, SUBJECT_WORDS,
} from '../lexicon/data.js';
import {
  DENIAL_AFTER, DENIAL_BEFORE, NOT_A_DENIAL, POSSIBLE_CUES, REPORT_CUES, UNCONFIRMED_CUES, VICTIM_CUES, cueRegex,
} from '../lexicon/hedges.js';
import { isNewsOutlet } from '../lexicon/outlets.js';

/** Sentences longer than this are read only up to it (crawler junk, hostile input). */
const MAX_SENTENCE = 3_000;

// ---- compiled tables ----------------------------------------------------------------------------

const PHRASES = DATA_PHRASES.map((p) => ({
  category: p.category,
  re: new RegExp(`(?<![\\w'’-])(?:${p.pattern})(?![\\w'’-])`, 'gi'),
}));
const COORD = new RegExp(
  `(?<![\\w-])(${Object.keys(CATEGORY_ADJECTIVES).join('|')})((?:\\s{0,3},\\s{0,3}(?:${Object.keys(CATEGORY_ADJECTIVES).join('|')})){0,3}),?\\s{1,3}(?:and|or|&)\\s{1,3}(${Object.keys(CATEGORY_ADJECTIVES).join('|')})\\s{1,3}(?:${COORDINATED_HEADS})(?![\\w-])`,
  'gi');
const COMPROMISE = new RegExp(`\\b(?:${COMPROMISE_CUES.join('|')})\\b`, 'i');
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
const SUBJECT_RE = new RegExp(`(?<![\\w-])(${SUBJECT_KEYS.map((k) => k.replace(/ /g, '\\s')).join('|')})(?:'s|s'|'|’s|s’|’)?(?![\\w-])`, 'gi');
/** A clause boundary inside a sentence. */
const CLAUSE_BREAK = /;|:\s|[.!?]["”]?\s|,\s{0,2}(?:but|however|while|whereas|although|though|yet)\b|\s(?:but|however|although|though|whereas)\s|\s[-–—]\s/gi;
const POSSESSIVE_BEFORE = /\b(?:their|whose|his|her)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$/i;
/** "details about the attack": the phrase is about the incident, not data taken in it. */
const ABOUT_INCIDENT = /^\s{1,3}(?:about|on|of|regarding|concerning|related to)\s{1,3}(?:the\s|this\s|how\s|what\s|its\s){0,2}(?:attack|breach|incident|hack|investigation|vulnerability|flaw|matter|case|intrusion|compromise|issue|situation|threat|attackers?|hackers?|perpetrators?|suspects?|security)/i;
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

/** At most this many phrases make an item's text. */
const MAX_PHRASES = 6;

const STATUS_RANK: Record<DataStatus, number> = { confirmed: 3, reported: 2, possible: 1, denied: 0 };

// ---- the extractor ------------------------------------------------------------------------------

interface Hit {
  category: DataCategory;
  subject: string | null;
  /** The phrase itself names whose data it is ("customer data", "details of 14 million consumers"). */
  ownSubject: boolean;
  text: string;
  /** The general phrase a list of examples hangs from: "sensitive information" in "… such as names". */
  head?: string;
  status: DataStatus;
  sentence: Sentence;
  start: number;
}

export const extractData: Extractor<DataFinding[]> = (doc, ctx) => {
  const hits: Hit[] = [];
  const companyWords = companyPattern(ctx);
  let listContext = false;
  for (const block of doc.blocks) {
    if (block.kind === 'table-cell') continue;
    // A list after "…including:" or "the stolen data included:" inherits the lead-in's context.
    const inList = block.kind === 'list-item' && listContext;
    if (block.kind !== 'list-item') listContext = false;
    for (let i = block.sentences[0]; i < block.sentences[1]; i++) {
      const sentence = doc.sentences[i]!;
      const text = sentence.text.length > MAX_SENTENCE ? sentence.text.slice(0, MAX_SENTENCE) : sentence.text;
      if (!inList && !readsAsCompromise(text, companyWords, doc, ctx)) continue;
      if (block.kind !== 'list-item' && /:\s{0,3}$/.test(text)) listContext = true;
      const phrases = findPhrases(text);
      for (const m of phrases) {
        if (adviceBefore(text, m.start)) continue;
        const head = m.category === 'unspecified' ? undefined : headOf(text, phrases, m);
        const ipAddresses = m.category === 'system' && /^IP\s?address/i.test(m.text);
        const found = findSubject(doc, sentence, text, m.start, m.end, m.inner, ORGANISATIONAL.has(m.category) && !ipAddresses);
        const subject = found?.subject ?? null;
        const status = inList ? statusOfList(doc, block.index, companyWords) : statusOf(doc, sentence, text, m.start, m.end, companyWords, ctx);
        // "users' IP addresses": a person's address on the internet, not the victim's system details
        const category = ipAddresses && subject ? 'personal' : m.category;
        hits.push({ category, subject, ownSubject: !!found?.own, text: withOwner(text, m, subject), head, status, sentence, start: sentence.start + m.start });
      }
    }
  }
  return merge(hits);
};

/** "change your account password", "we recommend you watch your bank accounts": advice, not loss. */
function adviceBefore(text: string, start: number): boolean {
  const [from] = clauseAround(text, start, start);
  const lead = text.slice(Math.max(0, start - 60), start);
  return ADVICE.test(text.slice(from, start)) || /\b(?:change|reset|update|protect|monitor|check|secure|review|watch|freeze|replace|reissue|renew|cancel)\s{1,3}(?:your|their|all|any|his|her)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$/i.test(lead)
    // "a customer confirmed some of their details": checking the data, not losing it
    || /\b(?:confirm(?:ed|s)?|verif(?:y|ied|ies)|recogni[sz](?:ed|es)?)\s{1,3}(?:(?:some|all|many|most|part)\s{1,3}of\s{1,3})?(?:their|his|her)\s{1,3}(?:[\w-]{1,20}\s{1,3})?$/i.test(lead);
}

/** "sensitive information such as customer details": the general phrase the example hangs from. */
const LIST_LEAD = /\b(?:such as|including|includ(?:ed|es)|like|namely|contain(?:ed|s|ing)?|compris(?:ed|es|ing)|consist(?:ed|s|ing) of|as well as)\b|:/i;
function headOf(text: string, phrases: PhraseMatch[], m: PhraseMatch): string | undefined {
  let head: PhraseMatch | undefined;
  for (const p of phrases) {
    if (p.end > m.start) break;
    if (p.category === 'unspecified' && m.start - p.end < 200 && LIST_LEAD.test(text.slice(p.end, m.start)) && !/[.;]/.test(text.slice(p.end, m.start))) head = p;
  }
  return head?.text;
}

function companyPattern(ctx: Context): RegExp | null {
  const alt = victimAlternation(ctx);
  return alt ? new RegExp(`(?<![\\w-])(?:${alt})(?![\\w-])`, 'i') : null;
}

/** Does this sentence say data was taken or exposed in this incident (not advice, not another incident)? */
function readsAsCompromise(text: string, company: RegExp | null, doc: Document, ctx: Context): boolean {
  if (!COMPROMISE.test(text)) return false;
  if (ADVICE.test(text) && !PAST.test(text)) return false;
  if (GENERIC.test(text) && !PAST.test(text)) return false;
  const aboutVictim = company ? company.test(text) : false;
  void doc;
  if (!aboutVictim && OTHER_INCIDENT.test(text)) return false;
  if (olderYear(text, ctx.published ?? doc.published)) return false;
  return true;
}

/** A year two or more years before publication: "the 2013 breach at Yahoo". */
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
}

/** Data phrases in a sentence: longest match wins where rows overlap. */
export function findPhrases(text: string): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const m of text.matchAll(COORD)) {
    const adjectives = [m[1]!, ...(m[2] ?? '').split(',').map((x) => x.trim()).filter(Boolean), m[3]!];
    const start = m.index!;
    for (const a of adjectives) {
      const category = CATEGORY_ADJECTIVES[a.toLowerCase()];
      if (category) found.push({ category, text: m[0], start, end: start + m[0].length, inner: m[0] });
    }
  }
  const raw: PhraseMatch[] = [];
  for (const row of PHRASES) {
    row.re.lastIndex = 0;
    for (const m of text.matchAll(row.re)) {
      const start = m.index!;
      raw.push({ category: row.category, text: m[0], start, end: start + m[0].length, inner: m[0] });
    }
  }
  raw.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken: Array<[number, number]> = found.map((f) => [f.start, f.end]);
  for (const r of raw) {
    if (taken.some(([s, e]) => r.start < e && s < r.end)) continue;
    taken.push([r.start, r.end]);
    if (!isData(text, r)) continue;
    found.push(r);
  }
  found.sort((a, b) => a.start - b.start);
  return found.map((m, i) => refine(text, found, i, m)).filter((m): m is PhraseMatch => m !== null);
}

const PEOPLE_DATA = new Set<DataCategory>(['personal', 'contact', 'credentials', 'payment', 'government-id']);

/** A phrase whose reading depends on its neighbours. */
function refine(text: string, all: PhraseMatch[], i: number, m: PhraseMatch): PhraseMatch | null {
  const near = (k: number) => {
    const o = all[k];
    return o && o !== m && PEOPLE_DATA.has(o.category) && Math.min(Math.abs(o.start - m.end), Math.abs(m.start - o.end)) < 40;
  };
  const inList = near(i - 1) || near(i + 1);
  // "name" alone is data only inside a list: "name, address and phone number".
  if (/^name$/i.test(m.text) && !inList) return null;
  // "code" is source code only next to other data taken: "documents and code".
  const specificNear = (k: number) => {
    const o = all[k];
    return !!o && o.category !== 'unspecified' && Math.min(Math.abs(o.start - m.end), Math.abs(m.start - o.end)) < 30;
  };
  if (/^(?:code|messages)$/i.test(m.text) && !specificNear(i - 1) && !specificNear(i + 1)) return null;
  // "names, emails and phone numbers": email addresses; "leaked emails": correspondence.
  if (/^e-?mails?$/i.test(m.text) && inList) return { ...m, category: 'contact' };
  // "accounts" counted ("70,000 accounts", "of the accounts impacted") or used ("able to access their
  // accounts") is not data taken.
  if (/accounts$/i.test(m.text)) {
    const lead = text.slice(Math.max(0, m.start - 60), m.start);
    if (/(?:\d|\b(?:million|billion|thousand|hundreds|thousands|millions|of the|many|some|few|several|all|number of))\s{1,3}(?:[\w-]{1,20}\s{1,3})?$/i.test(lead)) return null;
    if (/\b(?:able to|could|can|unable to|continue to)\s{1,3}(?:\w{1,12}\s{1,3}){0,3}(?:access|use|log\s?in|move)\b/i.test(lead)) return null;
  }
  // A noun that is also a verb: "the indictment names two agents", "the advisory details the flaw",
  // "help the firm address the flaw", "anyone who logs into the site".
  if (/^(?:names|details|address|addresses|logs)$/i.test(m.text)) {
    const after = text.slice(m.end, m.end + 12);
    if (/^\s{1,3}(?:the|a|an|its|their|his|her|this|these|those|how|what|which|whether|several|two|three|four|five|\d)\b/i.test(after)) return null;
    if (/^logs$/i.test(m.text) && /^\s{1,3}(?:in|into|on|onto|out)\b/i.test(after)) return null;
    if (/^address$/i.test(m.text) && /\b(?:to|help|helps|better|must|should|will|would|can|could)\s{1,3}$/i.test(text.slice(Math.max(0, m.start - 12), m.start))) return null;
  }
  // "emails containing attachments", "messages purporting to come from the bank": the lure, not data taken
  if (/^(?:e-?mails?|messages)$/i.test(m.text) && /^\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:contain(?:ed|ing|s)?|with\s{1,3}(?:a|an)\s{1,3}(?:link|attachment)|purport\w{0,3}|claim(?:ed|ing|s)|pretend\w{0,3}|ask(?:ed|ing|s)|request(?:ed|ing|s)|urg(?:ed|ing|es)|impersonat\w{0,3}|appear(?:ed|ing|s)|crafted|designed|disguised|spoofing|spoofed)\b/i.test(text.slice(m.end, m.end + 40))) return null;
  // "accounts.google.com": a host name
  if (/^\.[a-z]/i.test(text.slice(m.end, m.end + 2))) return null;
  // "details of 200m iCloud accounts": account details.
  if (/^details$/i.test(m.text) && /^\s{1,3}(?:of|for|from)\s{1,3}(?:[\w,.$-]{1,15}\s{1,3}){0,3}accounts\b/i.test(text.slice(m.end, m.end + 80))) return { ...m, category: 'credentials' };
  return m;
}

function isData(text: string, m: PhraseMatch): boolean {
  const after = text.slice(m.end, m.end + 80);
  const next = /^[\s-]{1,3}([\w'’]+)/.exec(after)?.[1]?.toLowerCase();
  if (next && NOT_DATA_AFTER.has(next)) return false;
  const prev = /(?<![\w'’-])([\w'’-]+)\s{1,3}$/.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1]?.toLowerCase();
  if (prev && NOT_DATA_BEFORE.has(prev)) return false;
  if (m.category === 'unspecified' || m.category === 'personal') {
    if (ABOUT_INCIDENT.test(after)) return false;
    // "details about HMS Defender", "information on how…": about something, not someone's data.
    const about = /^\s{1,3}(?:about|regarding|concerning|on)\s{1,3}((?:[\w'’-]{1,20}\s{1,3}){0,3})/i.exec(after);
    if (about && /^(?:details|information|info|data)$/i.test(m.text) && !subjectsOf(about[1]! + ' ').length) return false;
    if (/^(?:details|information|info)$/i.test(m.text)) {
      // "details of a vulnerability", "published details of several hacking tools": about a thing
      const of = /^\s{1,3}of\s{1,3}((?:[\w'’-]{1,20}\s{1,3}){0,3}[\w'’-]{1,20})/i.exec(after);
      if (of && THING_NOUN.test(of[1]!) && !subjectsOf(of[1]! + ' ').length) return false;
      // "the details are slim": what the article knows, not data
      if (/^\s{1,3}(?:are|were|remain|remained)\s{1,3}(?:still\s{1,3}|somewhat\s{1,3}|very\s{1,3})?(?:slim|scarce|sketchy|scant|few|thin|limited|unclear|murky|vague)\b/i.test(after)) return false;
    }
  }
  // A capitalised phrase after a capitalised word inside a sentence is part of a name: "Cleo Communications".
  if (/^[A-Z][a-z]/.test(m.text) && prev && /^[A-Z][a-z]/.test(text.slice(Math.max(0, m.start - 40), m.start).split(/\s+/).filter(Boolean).pop() ?? '')
    && !/[.:;!?"“]\s{0,3}$/.test(text.slice(0, m.start).replace(/(?<!\S)\S+\s{0,3}$/, ''))) return false;
  // A capitalised "Data" or "Information" inside a name ("Information Commissioner's Office").
  if (/^[A-Z]/.test(m.text) && next && /^[A-Z]/.test(next) && m.category === 'unspecified') return false;
  return true;
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
  return SUBJECT_WORDS[key] ?? SUBJECT_WORDS[word.toLowerCase().replace(/[’']/g, '')] ?? null;
}

/** A subject word that is part of another term: "driver's licence", "taxpayer ID", "customer service", "parent company". */
const NOT_PEOPLE_AFTER = /^\s{0,2}(?:licen[cs]es?|ID|IDs|identification|company|companies|firm|group|service|services|support|base|bases|interface|experience|growth|numbers?|count|facing|agreement|accounts? manager|states)\b/i;

function subjectsOf(text: string, pluralOnly = false): Array<{ subject: string; start: number; end: number }> {
  const out: Array<{ subject: string; start: number; end: number }> = [];
  SUBJECT_RE.lastIndex = 0;
  for (const m of text.matchAll(SUBJECT_RE)) {
    const s = subjectIn(m[1]!);
    if (!s) continue;
    const end = m.index! + m[0].length;
    if (NOT_PEOPLE_AFTER.test(text.slice(end, end + 30))) continue;
    if (/\b(?:corporate|parent)\s{1,2}$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    if (pluralOnly && SUBJECT_WORDS[m[0].toLowerCase()] !== undefined && !/s$|['’]$|s['’]|children|staff|personnel|alumni|population/i.test(m[0]) ) continue;
    out.push({ subject: s, start: m.index!, end });
  }
  return out;
}

interface FoundSubject { subject: string; own: boolean }

function findSubject(doc: Document, sentence: Sentence, text: string, start: number, end: number, inner: string, organisational: boolean): FoundSubject | null {
  // 1. Inside the phrase or just before it: "customer data", "employees' personal information".
  const own = subjectsOf(inner)[0];
  if (own) return { subject: own.subject, own: true };
  const before = text.slice(Math.max(0, start - 60), start);
  const words = before.split(/\s{1,3}/).filter(Boolean);
  for (let k = words.length - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const w = words[k]!.replace(/[,.;:()"“”]/g, '');
    // "non-consumer email addresses": the prefix says whose data it is not
    if (/^non-/i.test(w)) break;
    const s = subjectIn(w);
    if (s) return { subject: s, own: true };
    if (NOT_MODIFIER.has(w.toLowerCase()) || /[,.;:]$/.test(words[k]!)) break;
  }
  // 2. After it: "names of 245,000 customers", "data belonging to users".
  const after = text.slice(end, end + 160);
  const clauseEnd = after.search(/[.;]|\b(?:but|while|whereas|which|who)\b/);
  const span = clauseEnd >= 0 ? after.slice(0, clauseEnd) : after;
  const link = /\b(?:of|for|from|belonging to|on|about|held on|related to|affecting)\s/i.exec(span);
  // (the link follows the phrase: "names of 245,000 customers", not the "of" of a later "date of birth")
  if (link && link.index <= 25) {
    const tail = span.slice(link.index);
    const s = subjectsOf(tail, true)[0];
    // ("data from dozens of its clients" names where the data came from, less surely whose it is)
    if (s && s.start < 70) return { subject: s.subject, own: !/^from\b/i.test(tail) };
    // "names of people in the UK who registered to vote": the relative clause says who they are
    const who = peopleWho(after.slice(link.index));
    if (who) return { subject: who, own: true };
  }
  if (organisational) return null;
  // 3. Elsewhere in the sentence: "hackers stole customers' names, addresses and phone numbers".
  const all = subjectsOf(text, true).filter((x) => !isAgent(text, x.end));
  if (all.length) {
    let best = all[0]!;
    for (const s of all) if (Math.abs(s.start - start) < Math.abs(best.start - start)) best = s;
    return { subject: best.subject, own: false };
  }
  // 4. "their phone numbers", or a list that goes on about the people just named: the people the
  //    paragraph (or the one before it) talks about.
  const block = doc.blocks[sentence.block]!;
  const reach = POSSESSIVE_BEFORE.test(before) || /\bwhose\b/i.test(text) ? 3 : LOOKBACK_SENTENCES;
  const stop = Math.max(block.sentences[0] - reach, sentence.index - MAX_LOOKBACK, 0);
  for (let i = sentence.index - 1; i >= stop; i--) {
    const t = doc.sentences[i]!.text;
    const prev = subjectsOf(t, true).filter((x) => !isAgent(t, x.end));
    if (prev.length) return { subject: prev[prev.length - 1]!.subject, own: false };
  }
  return null;
}

/** "officials opened an investigation", "researchers said": people who act or speak, not whose data it is. */
const AGENT_AFTER = /^\s{1,2}(?:(?:have|had|has|then|also|later|quickly)\s)?(?:said|say|says|told|tell|opened|launched|arrested|announced|confirmed|warned|believe[sd]?|added|stated|declined|urged|investigat\w{0,5}|found|discovered|noticed|reported|contacted|called|asked|spoke|wrote|pledged|vowed|promised)\b/i;
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
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = m.index!;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) { to = at; break; }
  }
  return [from, to];
}

function isDenied(text: string, start: number, end: number): boolean {
  const [from, to] = clauseAround(text, start, end);
  const clause = text.slice(from, to);
  if (UNDO_DENIAL.test(clause)) return false;
  if (DENY_AFTER.test(text.slice(end, to))) return true;
  const rest = text.slice(end, to);
  const later = DENY_LATER.exec(rest);
  if (later) {
    const gap = rest.slice(0, later.index);
    if (!/\b(?:was|were|is|are|has|have|had|but|which|that|who)\b/i.test(gap) && !COMPROMISE.test(gap)) return true;
  }
  const lead = text.slice(from, start);
  DENY_BEFORE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (const m of lead.matchAll(DENY_BEFORE)) last = m as RegExpExecArray;
  if (!last) return false;
  if (/^no (?:evidence|indication|sign|reason)/i.test(last[0]) && lead.slice(last.index!).split(/\s+/).length <= 24) return true;
  // The denial must be near and about taking data: "no evidence that card data was accessed".
  const gap = lead.slice(last.index! + last[0].length);
  if (gap.split(/\s+/).length > 14) return false;
  if (/\b(?:only|just)\b/i.test(gap)) return false;
  return COMPROMISE.test(gap + ' ' + text.slice(end, to)) || /^\s{0,3}(?:\w{1,12}\s){0,2}$/.test(gap);
}

function statusOf(doc: Document, sentence: Sentence, text: string, start: number, end: number, company: RegExp | null, ctx: Context): DataStatus {
  if (isDenied(text, start, end)) return 'denied';
  if (POSSIBLE.test(text)) return 'possible';
  // "The group claims to have breached the firm. The stolen data includes …": still the group's claim.
  const prevInBlock = sentence.index > doc.blocks[sentence.block]!.sentences[0] ? doc.sentences[sentence.index - 1]!.text : '';
  if (CLAIM.test(prevInBlock) && !victimSubject(text, company)) return 'possible';
  const victim = VICTIM.test(text) || (company ? company.test(text) && /\b(?:said|says|confirm\w{0,3}|announc\w{0,3}|disclos\w{0,3}|admit\w{0,4}|stated|notif\w{0,6}|told)\b/i.test(text) : false);
  const block = doc.blocks[sentence.block]!;
  const nearby = doc.sentences.slice(Math.max(block.sentences[0], sentence.index - 1), Math.min(block.sentences[1], sentence.index + 2)).map((s) => s.text).join(' ');
  const next = doc.sentences[sentence.index + 1]?.text ?? '';
  if (UNCONFIRMED.test(nearby) || UNCONFIRMED.test(next)) return 'reported';
  const third = REPORT.test(text) || outletNamed(text, ctx);
  if (third && !victimSubject(text, company)) return 'reported';
  if (victim && victimSubject(text, company)) return 'confirmed';
  // The victim is only looking into someone's claim, or has not confirmed: the article's account is theirs.
  const doubt = articleDoubt(doc);
  if (doubt) return doubt;
  return 'confirmed';
}

const NOT_CONFIRMED = /\b(?:yet to confirm|(?:has|have|had) not (?:yet )?confirmed|not (?:yet )?been confirmed|unconfirmed|(?:declined|refused) to confirm|(?:could|would) not confirm)\b/i;
const CLAIM_INVESTIGATED = /\b(?:investigat\w{0,5}|looking into|aware of|reviewing|examining)\s(?:the\s|these\s|those\s|this\s)?(?:claims?|allegations?|alleged)\b/i;

/** Doubt that hangs over the whole article: "AMD is investigating the claim", "has yet to confirm". */
function articleDoubt(doc: Document): DataStatus | null {
  return doc.memo('data:doubt', () => {
    const text = doc.text.length > 200_000 ? doc.text.slice(0, 200_000) : doc.text;
    if (CLAIM_INVESTIGATED.test(text)) return 'possible' as DataStatus;
    if (NOT_CONFIRMED.test(text)) return 'reported' as DataStatus;
    return null;
  });
}

/** In a list after a lead-in ("The stolen data included:"), the lead-in decides. */
function statusOfList(doc: Document, blockIndex: number, company: RegExp | null): DataStatus {
  for (let b = blockIndex - 1; b >= 0; b--) {
    const block = doc.blocks[b]!;
    if (block.kind === 'list-item') continue;
    const text = block.text;
    if (POSSIBLE.test(text)) return 'possible';
    if (REPORT.test(text) && !victimSubject(text, company)) return 'reported';
    return 'confirmed';
  }
  return 'confirmed';
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
const SAME_PEOPLE: readonly (readonly string[])[] = [
  ['customers', 'consumers', 'clients', 'shoppers', 'cardholders', 'account holders'],
  ['employees', 'contractors'],
];

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
  const items = new Map<string, { finding: DataFinding; rank: number; start: number; phrases: string[]; onlyHeads: boolean }>();
  for (const h of hits) {
    let subject = h.subject;
    const known = subjectsByCategory.get(h.category);
    if (!subject && known && known.size >= 1) subject = [...known][0]!;
    const key = `${h.category}|${subject ?? ''}`;
    const rank = STATUS_RANK[h.status];
    const prior = items.get(key);
    const own = h.head ? [h.head, h.text] : [h.text];
    if (!prior) {
      items.set(key, { finding: { category: h.category, subject, text: h.text, status: h.status, sentence: h.sentence, attributedTo: [] }, rank, start: h.start, phrases: h.status === 'denied' ? [] : own, onlyHeads: heads.has(h) });
    } else {
      if (!heads.has(h)) prior.onlyHeads = false;
      if (h.status !== 'denied') prior.phrases.push(...own);
      if (rank > prior.rank) {
        // A better-attested mention speaks for the item.
        prior.finding.status = h.status;
        prior.finding.sentence = h.sentence;
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
  let list = [...items.values()].filter((x) => x.finding.status !== 'denied' && !(x.onlyHeads && x.finding.subject));
  // "unspecified" only where nothing more specific is said about the same people's data.
  const specific = list.filter((x) => x.finding.category !== 'unspecified');
  list = list.filter((x) => {
    if (x.finding.category !== 'unspecified') return true;
    if (!x.finding.subject) return specific.length === 0;
    return !specific.some((y) => y.finding.subject === x.finding.subject);
  });
  return list.sort((a, b) => a.start - b.start).map((x) => x.finding);
}
