// Sources: whom the article credits for its claims. Reads attribution grammar, not names:
//   subject + credit verb       "the Hollis Tribune and Channel 9 reported", "Lena Ortiz, VP at Brightwall, pointed out"
//   quote + inverted verb       "“…,” said Jane Doe, CTO at Acme"
//   according to / by / via     "according to a report from The Record", "first reported by X", "Via X"
//   statements and filings      "a spokesperson said" (→ the victim), "in a filing with the SEC"
// and leaves out page furniture (image credits, bylines, author bios, promo links) and the publisher.
import { COUNTRY_WORDS } from '../lexicon/countries.js';
import { alternation, escapeRegExp, escapeWords, execAll } from '../regexp.js';
import type { Document, Sentence } from '../document.js';
import { entities } from '../analysis.js';
import { compromise } from '../nlp.js';
import type { SourceKind } from '../record.js';
import { isNewsOutlet, looksLikeOutlet } from '../lexicon/outlets.js';
import { readDocument } from '../read/index.js';
import { compactName } from '../read/publisher.js';
import {
  AUTHOR_BIO, AUTHORITY_VERBS, FIRST_PERSON_NOTICE, CREDIT_VERBS, DESCRIPTOR_NOUNS, OUTLET_PASSIVE_VERBS, OUTLET_DESCRIPTORS, FILING_NAMES, FURNITURE, HONORIFICS, IMAGE_AGENCIES, INVERSION_VERBS, LAW_ENFORCEMENT,
  BARE_VERB, SPEECH_VERBS, GENERIC_WORDS, NAME_STOPWORDS, NEGATION, PASSIVE_CREDIT_VERBS, POSSESSED_REPORTS, POSTING_PLATFORMS, REGULATOR_OFFICES, REGULATORS, REPORT_NOUNS,
  RESEARCH_CONTEXT, RESEARCH_NAME_WORDS, OFFICIAL_VOICES, SERVED_PEOPLE, SPOKES_NOUNS, STATEMENT_NOUNS, TITLE_ABBREVIATIONS, TITLE_MODIFIERS, TITLE_WORDS, TOLD_TO_CUES, VICTIM_REFERENCES, WEAK_REPORT_NOUNS,
} from '../lexicon/sources.js';
import { ruleTable, why, type PatternRule, type TestRule, type Why } from '../rules.js';
import { findScope, type IncidentScope } from './scope.js';
import { ownNotice } from './company.js';
import type { Context, Extractor, SourceFinding } from './types.js';

/** What a pattern found: a name as written (or a reference to the victim), and how it was credited. */
export interface Credit {
  name: string;
  sentence: Sentence;
  /** 'victim' = a reference to the victim ("the company", "a spokesperson"); resolved later. */
  hint?: 'victim' | 'person' | 'researcher' | 'filing' | 'regulator' | 'law-enforcement' | 'outlet' | 'government' | 'attacker';
  /** A relay: the report a direct source's words came through ("… according to a report from The Record"). */
  relay?: boolean;
  /** Offset of the name in the sentence text (for person lookup). */
  at?: number;
  /** The credit rule that read it. */
  why?: Why;
  /** The organisation before a speaker's title ("Brightwall" in "Brightwall CEO Jane Harlow said"): kept only when it is the victim. */
  officerOf?: boolean;
  /** Read as the shared subject of a second verb ("X called it serious and said"): credited only when it is not the victim. */
  shared?: boolean;
  /** A victim reference right after a name and a comma ("Brightwall Bank, the bank told X"): the name it points back to; the victim only when that name is the victim's. */
  referent?: string;
}

// ---- tables turned into sets and regexes (once) -------------------------------------------------
const esc = escapeWords;
const alt = alternation;

const VERB_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(CREDIT_VERBS)})(?![\\p{L}\\p{N}])`, 'gu');
const INVERSION = new Set(INVERSION_VERBS);
const STOP = new Set(NAME_STOPWORDS);
const GENERIC = new Set([...GENERIC_WORDS, ...NAME_STOPWORDS, ...COUNTRY_WORDS.map(([word]) => word.toLowerCase())]);
const TITLES = new Set(TITLE_WORDS);
const HONOR = new Set(HONORIFICS);
const TITLE_ABBREVIATIONS_SET = new Set(TITLE_ABBREVIATIONS);
const PLATFORM_SET = new Set(POSTING_PLATFORMS);
const IMAGE_SET = new Set(IMAGE_AGENCIES);
const VICTIM_REF_RE = new RegExp(`(?:^|\\s)(?:the|this|that|our|its)\\s(?:[\\p{L}-]{1,20}\\s){0,2}?(?:${alt(VICTIM_REFERENCES)})(?:['’]s)?$`, 'iu');
const SPOKES_RE = new RegExp(`(?:^|\\s)(?:an?|the|one|another|its|their)\\s(?:([\\p{L}\\p{N}&.'’-]{1,40})\\s){0,3}?(?:${alt(SPOKES_NOUNS)})$`, 'iu');
/** The people a victim serves before "of/at/with" and a reference to it ("customers of the ", "patients at the "). */
const SERVED_OF = new RegExp(`(?:^|\\s)(?:${alt(SERVED_PEOPLE)})\\s(?:of|at|with|from|in)\\s$`, 'iu');
/** A victim reference, as the clause's own subject, then its officials: "Company officials", "the bank’s executives". */
const OFFICIAL_VOICE_RE = new RegExp(`(?:^|[,;:—–]\\s{0,2}|\\s(?:and|but|while|as|when|after|before|because|that)\\s)(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\\s(?:(?:${alt(VICTIM_REFERENCES)})['’]s?)|(?:[Tt]he\\s)?(?:${alt(VICTIM_REFERENCES).replace(/(^|\|)(\p{Ll})/gu, (_m, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`)}))\\s(?:${alt(OFFICIAL_VOICES)})$`, 'u');
const SPOKES_FOR_RE = new RegExp(`(?:${alt(SPOKES_NOUNS)})\\s(?:for|from|at|of)\\s$`, 'iu');
/** A lower-case subject that still names a source (the text before a credit verb ends on it). */
interface LowerSubject extends PatternRule { hint: Credit['hint'] }
export const LOWER_SUBJECTS = ruleTable<LowerSubject>('sources', 'lower-case subject', [
  {
    id: 'police-subject',
    pattern: /(?:^|\s)(police|prosecutors|federal\sprosecutors)$/i,
    hint: 'law-enforcement',
    example: 'Two days after the theft, police',
    counterexample: 'Two days after the theft, police officers',
    reason: '"police said", "prosecutors alleged": law enforcement speaks even unnamed',
  },
  {
    id: 'government-subject',
    pattern: /(?:^|\s)(?:[Tt]he|its|their|our|\p{Lu}\p{Ll}+)\s((?:(?:federal|central|state|national|provincial|regional)\s)?[Gg]overnment|central\sbank)$/u,
    hint: 'government',
    example: 'On Monday the federal government',
    counterexample: 'On Monday a government',
    reason: '"the government denied", "the Irish government said", "according to the central bank": the government, or its central bank, as a whole (a capitalised adjective joins the name); also the object of "according to"',
  },
  {
    id: 'government-of',
    pattern: /(?:^|\s)[Tt]he\s((?:federal\s|central\s|state\s|national\s|provincial\s|regional\s|local\s)?government\sof\s\p{Lu}\p{Ll}{1,20}(?:\s\p{Lu}\p{Ll}{1,20})?)$/u,
    hint: 'government',
    example: 'On Monday the state government of Wessex',
    counterexample: 'On Monday the state government of a small island',
    reason: '"the state government of Wessex has admitted", "the government of Northmark said": a government named by its place speaks as a whole',
  },
  {
    id: 'ministry-of',
    pattern: /(?:^|\s)[Tt]he\s(ministry\sof\s\p{Ll}{2,20}(?:\sand\s\p{Ll}{2,20})?)$/u,
    hint: 'government',
    example: 'In March the ministry of finance',
    counterexample: 'In March the ministry of finance building',
    reason: '"the ministry of finance said": a ministry named by its portfolio in lower case speaks for the government',
  },
]);
/** The why.rule of a force read by the police-subject row ("Harbour police", "prosecutors"): a force, not a named authority. */
const POLICE_SUBJECT_RULE = `${LOWER_SUBJECTS.extractor}.police-subject`;
/** Collective nouns after an organisation: "Sentrylab researchers said", "FBI officials said". */
const GROUP_NOUNS = /^(?:researchers?|analysts?|experts?|team|officials?|executives?|investigators?|engineers?|staff|spokes(?:person|man|woman)|representatives?|management|leadership|lawyers?|attorneys?)$/;

/** Words that come between a subject and its verb and say nothing about who speaks. */
const BETWEEN = new RegExp(
  '(?:' + [
    '\\s(?:has|have|had|also|later|previously|publicly|now|since|first|recently|initially|originally|further|then|already|separately|officially|subsequently|itself|himself|herself|themselves|only|just|earlier|again|quickly|today|yesterday|tonight|last|this|late|early|subsequently|reportedly|directly|privately|similarly|likewise|meanwhile|partly|soon|eventually|ultimately|quietly|formally|repeatedly|apparently|alone)',
    '\\s(?:on|last|this|late|early|earlier)(?:\\s(?:on|in))?\\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening|weekend)',
    '\\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)',
    '\\s(?:earlier|later)\\s(?:this|last)\\s(?:week|month|year)',
    '\\s(?:on|in)\\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?(?:\\s\\d{1,2})?(?:,?\\s\\d{4})?',
    '\\s(?:in|via|through)\\s(?:a|an|its|their|his|her|the)\\s(?:[\\p{L}-]{1,20}\\s){0,3}(?:statement|post|notice|filing|letter|email|e-mail|release|tweet|update|message|announcement|interview|blog|report|call|conversation|disclosure|notification|video|podcast|webinar|briefing)(?:\\s(?:to|on|with|sent\\sto|published\\son|issued\\son)\\s[^,;"“”]{1,40}?)?',
    '\\s(?:in|on)\\s(?:a|an|its|their)\\s(?:[\\p{L}-]{1,20}\\s){0,2}(?:statement|post)',
  ].join('|') + ')$', 'u');

const NAME_TOKEN = /^(?:[\p{Lu}@][\p{L}\p{N}'’&.\-/!?]*|\p{N}{1,4}[\p{Lu}][\p{L}\p{N}]*|\p{Ll}{1,4}[\p{Lu}][\p{L}\p{N}\-]*|[\p{Ll}]+(?:\.(?:com|net|org|io|media)|(?:\.(?:com|net|org|co|gov))?\.(?:au|uk|nz|in|za|ie|sg)))$/u;
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'de', 'del', 'der', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'y', 'the', 'des', 'und', 'et']);
const CUT_STOP = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'additionally', 'however', 'meanwhile', 'but', 'and', 'also', 'in', 'on', 'at', 'by', 'from', 'with', 'to', 'this',
  'that', 'last', 'when', 'while', 'after', 'before', 'since', 'as', 'although', 'though', 'if', 'today', 'yesterday',
  'earlier', 'later', 'still', 'now', 'separately', 'previously', 'initially', 'meanwhile', 'instead', 'so', 'thus',
  'according', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'update', 'updated', 'edit', 'note', 'why', 'what']);

// ---- small helpers ---------------------------------------------------------------------------------
const clean = (t: string) => t.replace(/^[("“‘'[]+/, '').replace(/(?<![)"”’'\],.;:!?])[)"”’'\],.;:!?]+$/, '').replace(/['’]s$/, '');
const isName = (t: string) => NAME_TOKEN.test(t);
const lower = (s: string) => s.toLowerCase();

function splitTokens(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Is this token followed by punctuation that ends a name ("Acme," or "Acme.")? */
// (an honorific or a title's short form before a name, "Dr." or "Prof.", ends nothing: "Brightwall CEO Dr. Mara Quill")
const endsName = (t: string) => /[,;:)"”.!?]$/.test(t) && !/^(?:\p{Lu}\.)+$/u.test(t) && !/\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Mt|Ft|Bros|U\.S|U\.K)\.$/.test(t)
  && !titleAbbreviation(t);
/** A title's short form written in title case with its stop ("Rep.", "Sgt.", "Atty."): part of the run before a name, never the name. */
const titleAbbreviation = (t: string) => /^[("“‘]?\p{Lu}\p{Ll}{1,4}\.$/u.test(t) && TITLE_ABBREVIATIONS_SET.has(lower(t.replace(/^[("“‘]+/, '')));

/** Tidy a raw run of name tokens: drop stop words at the edges, honorifics, a possessive. */
export function tidyName(tokens: string[]): string | null {
  // "Rep. Jane Doe", "Det. Sgt. Ann Roe": a title's short form is never the name
  let lead = 0;
  while (lead < tokens.length - 1 && titleAbbreviation(tokens[lead]!)) lead++;
  if (lead) tokens = tokens.slice(lead);
  let t = tokens.map((x) => x.replace(/^[("“‘[]+/, '').replace(/(?<![)"”’\],;:])[)"”’\],;:]+$/, '').replace(/\.$/, (m, i, s: string) => (/\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Mt|Ft|Bros)\.$|^(?:\p{Lu}\.)+$/u.test(s) ? m : '')))
    .filter(Boolean);
  // cut at a date word or clause word inside the run, keeping what follows it
  for (let i = t.length - 1; i >= 0; i--) {
    const w = lower(t[i]!).replace(/['’]s$/, '');
    // ("Elliot Lake Today", "Security Now": a capitalised 'Today' or 'Now' closing a run ends a name)
    if (i > 0 && i === t.length - 1 && /^(?:Today|Now)$/.test(t[i]!) && /^\p{Lu}/u.test(t[i - 1]!)) continue;
    if (CUT_STOP.has(w) && !(CONNECTORS.has(w) && i > 0 && i < t.length - 1 && /^\p{Ll}/u.test(t[i]!))) {
      if (CONNECTORS.has(w) && /^\p{Ll}/u.test(t[i]!) && i > 0 && i < t.length - 1) continue;
      t = t.slice(i + 1);
      break;
    }
  }
  while (t.length && (CONNECTORS.has(t[0]!) || HONOR.has(lower(t[0]!)) || (STOP.has(lower(t[0]!)) && !(lower(t[0]!) === 'the' && t.length > 1 && /^The$/.test(t[0]!))))) t = t.slice(1);
  while (t.length && CONNECTORS.has(t[t.length - 1]!)) t = t.slice(0, -1);
  while (t.length > 1 && /-(?:based|headquartered|owned|backed|linked|affiliated)$/i.test(t[0]!)) t = t.slice(1); // "Riga-based Sentrylab Labs"
  if (!t.length) return null;
  let name = t.join(' ').replace(/['’]s$/, '').replace(/['’]$/, '');
  // "The" kept only where it belongs to the name as the article writes it ("The Record")
  if (/^The\s/.test(name)) {
    const rest = name.slice(4);
    if (!isNewsOutlet(name) && !isNewsOutlet(rest)) name = rest;
  }
  if (!name || name.length < 2 && !/^\p{Lu}$/u.test(name)) return null;
  if (!/[\p{Lu}\p{N}@]/u.test(name) && !DOMAIN_NAME.test(name)) return null;
  if (t.length > 8) return null;
  const words = splitTokens(lower(name));
  if (words.every((w) => STOP.has(w) || TITLES.has(w) || CONNECTORS.has(w))) return null;
  // ("the National Police", "Spanish Police": common words, capitalised, that name a force or a regulator stay)
  const authority = words.length === 2 && splitTokens(name).every((w) => /^\p{Lu}/u.test(w)) && (hasPhrase(name, LAW_ENFORCEMENT) || hasPhrase(name, REGULATORS));
  if (words.length <= 2 && !authority && words.every((w) => GENERIC.has(w) || TITLES.has(w) || CONNECTORS.has(w))) return null;
  return name;
}

/** A site named by its lower-case address ("databreaches.net"). */
const DOMAIN_NAME = /^[\p{Ll}\p{N}-]+(?:\.(?:com|net|org|io|media)|(?:\.(?:com|net|org|co|gov))?\.(?:au|uk|nz|in|za|ie|sg))$/u;

const ORG_END = /^(?:Commission|Services?|Department|Office|Agency|Authority|Bureau|Centre|Center|Institute|Association|Council|Committee|Board|Foundation|Trust|Society|Sons|Co\.?|Communications|Technology|Technologies|Security|Affairs|Justice|Development|Research|Industries|Exchange|Markets|Team|Group|Unit|Division|Lab|Labs)$/;

/** Split a run on "and" ("the Hollis Tribune and Channel 9") when both sides are names. */
function splitCoordination(tokens: string[]): string[][] {
  const i = tokens.findIndex((t, k) => (t === 'and' || t === '&') && k > 0 && k < tokens.length - 1);
  if (i < 0) return [tokens];
  const left = tokens.slice(0, i);
  const right = tokens.slice(i + 1);
  // "Procter & Gamble", "Securities and Exchange Commission", "Department of Health and Human Services"
  if (tokens[i] === '&') return [tokens];
  const whole = tokens.join(' ');
  if (lexiconKind(whole) || isNewsOutlet(whole)) return [tokens];
  if (left.length <= 2 && right.length >= 2 && ORG_END.test(right[right.length - 1]!) && !ORG_END.test(left[left.length - 1]!)
    && !/^\p{Lu}{2,}$/u.test(left[left.length - 1]!) && !isNewsOutlet(left.join(' '))) return [tokens];
  if (left.some((t) => CONNECTORS.has(t) && t !== 'and')) return [tokens];
  return [...splitCoordination(left), ...splitCoordination(right)];
}

/** Split "Acme CEO Jane Doe" into the organisation and the person, when a title sits inside the run. */
function splitTitle(tokens: string[]): { person: string[] | null; org: string[] | null; titled: boolean } {
  let first = -1;
  let last = -1;
  tokens.forEach((t, i) => {
    // ("U.S. Rep. Jane Doe", "Police Supt. Kevin Marr": a title's short form is a title too)
    if ((TITLES.has(lower(clean(t))) || titleAbbreviation(t)) && (i > 0 || tokens.length > 1)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  if (first < 0) return { person: null, org: null, titled: false };
  const person = tokens.slice(last + 1).filter((t) => !HONOR.has(lower(t)));
  const org = tokens.slice(0, first);
  // "Information Commissioner’s Office" is an office, not a title and a person
  const personLike = person.length >= 2 && person.length <= 4 && person.every((t) => /^\p{Lu}[\p{Ll}'’.-]/u.test(t) || /^\p{Lu}\.$/u.test(t))
    && !person.some((t) => OFFICE_WORDS.test(t) || /['’]s$/.test(t));
  // "Lieutenant General Quill said", "Harbour Mayor Quill said": titles, then a surname alone (resolved to the full name later;
  // an organisation before the title speaks through its officer, as with a full name)
  const surnameOnly = person.length === 1 && /^\p{Lu}\p{Ll}[\p{L}'’-]{1,}$/u.test(person[0]!) && !OFFICE_WORDS.test(person[0]!);
  if (!personLike && !surnameOnly && person.length) return { person: null, org: null, titled: false };
  return { person: person.length ? person : null, org: org.length ? org : null, titled: true };
}

/** Words that open a title before its head word ("Assistant Chief Constable", "Minority Leader"). */
const TITLE_LEAD = /^(?:Assistant|Associate|Acting|Interim|Senior|Deputy|Former|Minority|Majority|Vice|Executive|General|Principal|Lead|Managing)$/;
const OFFICE_WORDS = /^(?:Office|Department|Bureau|Agency|Service|Commission|Unit|Division|Team|Lab|Labs)\b/;
const possessive = (t: string) => /\p{L}['’]s?[,;:.]?$/u.test(t) && /['’]/.test(t) && !/^(?:It|He|She|That|There|What|Who|Here|Let)['’]s$/i.test(t);
const isNumber = (t: string) => /^\p{N}{1,4}$/u.test(t.replace(/(?<![,;:.)])[,;:.)]+$/, ''));

/** The name run that ends a piece of text (walking back over name tokens and connectors). */
function trailingRun(text: string): string[] {
  const toks = splitTokens(text);
  const run: string[] = [];
  for (let i = toks.length - 1; i >= 0 && run.length < 10; i--) {
    const raw = toks[i]!;
    if (run.length > 0 && endsName(raw) && !(run.length === 1 && /^(?:Inc|Ltd|LLC|Corp|Co|plc|PLC|GmbH|AG|SA|LLP|L\.P|N\.V|Limited|Jr|Sr)\.?$/.test(run[0]!) && /,$/.test(raw))) break;
    const tok = run.length === 0 ? raw.replace(/[,;:]$/, '') : raw.replace(/,$/, (m) => (run.length === 1 && /^(?:Inc|Ltd|LLC|Corp|Co|plc|PLC|GmbH|AG|SA|LLP|Limited|Jr|Sr)\.?$/.test(run[0]!) ? '' : m));
    if (run.length === 0 && /^\(.*\)[,;:]?$/.test(raw)) continue; // "the Cyber Threat Alliance (CTA)"
    if (/^[(“"‘]/.test(tok) && run.length === 0 && !isName(clean(tok))) break;
    // "UK’s Information Commissioner’s Office": an owner before the name is not part of it
    if (run.length > 0 && possessive(tok) && !OFFICE_WORDS.test(run[0]!)) break;
    const bare = tok.replace(/^[(“"‘]+/, '').replace(/['’]s$/, '');
    if (isName(bare) && !/['’](?:ve|re|ll|d|m)$/i.test(bare)) {
      run.unshift(tok);
      if (/^[(“"‘]/.test(tok)) break;
    } else if (run.length === 0 && isNumber(tok) && i > 0 && isName(toks[i - 1]!)) run.unshift(tok); // "Unit 12 Labs", "Forever 21"
    else if (run.length > 0 && CONNECTORS.has(tok)) run.unshift(tok);
    else break;
  }
  while (run.length && CONNECTORS.has(run[0]!)) run.shift();
  return run;
}

/** The name run that starts a piece of text. */
function leadingRun(text: string): string[] {
  // "the Tallinn-based consultancy Northgate Security": past a place adjective and a lower-case descriptor
  const lead = /^(?:\p{Lu}[\p{L}.]*-(?:based|headquartered|owned|backed)\s)((?:[\p{Ll}-]{2,20}\s){0,3})(?=\p{Lu})/u.exec(text);
  if (lead) text = text.slice(lead[0].length);
  const toks = splitTokens(text);
  let run: string[] = [];
  for (let i = 0; i < toks.length && run.length < 10; i++) {
    if (run.length > 0 && /^\(/.test(toks[i]!)) break;
    const tok = toks[i]!.replace(/^[(“"‘]+/, '');
    const bare = tok.replace(/(?<![)"”’,;:.!?])[)"”’,;:.!?]+$/, '').replace(/['’]s$/, '');
    if (isName(bare) && !(run.length > 0 && CUT_STOP.has(lower(bare))) && !/['’](?:ve|re|ll|d|m)$/i.test(bare)) run.push(tok.replace(/(?<![!?])[!?]+$/, (m) => (/[,.;:]/.test(tok) ? '' : m)));
    else if (run.length > 0 && isNumber(tok)) { run.push(tok); if (endsName(tok)) break; continue; }
    else if (run.length > 0 && CONNECTORS.has(tok)) run.push(tok);
    else break;
    if (endsName(tok)) break;
    if (possessive(tok)) {
      const next = toks[i + 1] ?? '';
      // "the UK’s Information Commissioner’s Office": drop the owner, keep the owned name
      if (isName(next.replace(/(?<![)"”’,;:.!?])[)"”’,;:.!?]+$/, '').replace(/['’]s$/, '')) && !OFFICE_WORDS.test(next)) { run = []; continue; }
      if (OFFICE_WORDS.test(next)) continue;
      break;
    }
  }
  while (run.length && CONNECTORS.has(run[run.length - 1]!)) run.pop();
  return run;
}

// ---- patterns ----------------------------------------------------------------------------------
type Push = (tokens: string[] | null, hint: Credit['hint'] | undefined, at: number, relay?: boolean) => void;

const DESCRIPTOR_RE = new RegExp(`(?:^|,?\\s)(?:an?|the|its)\\s(?:[\\p{Ll}-]{1,20}\\s){0,3}(${alt(DESCRIPTOR_NOUNS)}),?$`, 'u');
const LOWER_DESCRIPTOR_TAIL = new RegExp(`\\s(?:[\\p{Ll}-]{1,20}\\s){0,2}(?:${alt(DESCRIPTOR_NOUNS)})$`, 'u');
const NAMED_AS = /(?:call(?:s|ing)?\s(?:themselves|itself|himself|herself)|styl(?:ing|es)\s(?:themselves|itself|himself|herself)|known\s(?:online\s)?as|dubbed|go(?:es|ing)?\sby(?:\sthe\s(?:name|alias|handle|moniker))?|by\sthe\s(?:name|alias|handle|moniker)\sof|named|called)\s(?:the\s)?(.{1,60})$/;

/** The name an appositive gives ("who go by the name “thedarkoverlord,”"), quoted handles kept as written. */
function namedAs(appositive: string): string[] | null {
  const m = NAMED_AS.exec(appositive.replace(/(?<![,”"’])[,”"’]+$/, '').trim());
  if (!m) return null;
  const q = /^[“"‘]([^”"’]{2,40})[”"’]?$/.exec(m[1]!.trim());
  if (q) return [q[1]!.replace(/[,.]$/, '')];
  const run = leadingRun(m[1]!);
  return run.length ? run : null;
}

/** Collect credits of one sentence into `out`; `push` splits and tidies a run of name tokens first. */
function makePush(sentence: Sentence, out: Credit[], names: NameLookup): Push {
  return (tokens, hint, at, relay = false) => {
    if (!tokens || !tokens.length) return;
    for (let part of splitCoordination(tokens)) {
      // "Mara Quill of Brightwall" → the person; "CEO of Safe Harbour Online" → the organisation
      const of = part.findIndex((t, k) => (t === 'of' || t === 'at' || t === 'from') && k > 0);
      if (of > 0) {
        const left = part.slice(0, of);
        if (left.every((t) => TITLES.has(lower(clean(t))) || TITLE_MODIFIERS.test(t))) part = part.slice(of + 1);
        else if (left.length >= 2 && left.length <= 3 && names.person(left.join(' '))) {
          const p = tidyName(left);
          if (p) { out.push({ name: p, sentence, hint: hint === 'researcher' ? 'researcher' : 'person', at, relay }); continue; }
        }
      }
      const { person, org, titled } = splitTitle(part);
      if (titled) {
        const p = person ? tidyName(person) : null;
        if (p) {
          out.push({ name: p, sentence, hint: hint === 'researcher' ? 'researcher' : 'person', at, relay });
          // "Brightwall CEO Jane Harlow said": she speaks for the organisation named before her title
          let orgToks = org ?? [];
          while (orgToks.length && TITLE_LEAD.test(orgToks[orgToks.length - 1]!)) orgToks = orgToks.slice(0, -1); // "PSNI Assistant Chief Constable"
          const o = orgToks.length ? tidyName(orgToks) : null;
          if (o && !HONOR.has(lower(o))) out.push({ name: o, sentence, at, relay, officerOf: true });
          // "Company Chairman Leon Brandt said": the victim named by a common noun
          else if (orgToks.length === 1 && VICTIM_REFERENCES.includes(lower(clean(orgToks[0]!)))) out.push({ name: '', sentence, hint: 'victim', at, relay });
          continue;
        }
        if (org && !person) {
          // "the Tarnshire Attorney General", "the Information Commissioner": an office named by its title is the office
          const whole = tidyName(part);
          const office = whole && (lexiconKind(whole) === 'regulator' || lexiconKind(whole) === 'law-enforcement') ? whole : null;
          const o = office ?? tidyName(org);
          if (o) out.push({ name: o, sentence, hint, at, relay });
          continue;
        }
      }
      // "news website The Local", "…, reported The World": an outlet named "The" and a common word keeps its "The"
      const theWord = hint === 'outlet' && part.length === 2 && part[0] === 'The' && GENERIC.has(lower(clean(part[1]!))) ? `The ${clean(part[1]!)}` : null;
      const name = theWord ?? tidyName(part);
      if (name) out.push({ name, sentence, hint, at, relay });
    }
  };
}

/** What a credit rule reads: one sentence, where its credits go, and the name tidier. */
interface Scan {
  text: string;
  sentence: Sentence;
  out: Credit[];
  push: Push;
}

/** A credit rule: a named way English credits a source, with the scan that reads it. */
export interface CreditRule extends TestRule {
  scan: (s: Scan) => void;
}

const PASSIVE_END = /\s(?:was|were|been|being|be|is|are)$/i;
const NEGATED_END = new RegExp(`${NEGATION.source}(?:\\s[\\p{L}-]+){0,2}$`, 'iu');
const textBefore = (text: string, at: number) => text.slice(Math.max(0, at - 200), at).replace(/(?<!\s)\s+$/, '');

/**
 * The quote-inversion reading of a credit verb ("“…,” said Jane Doe, CTO at Acme" / "…, said the
 * company." / "…, said researchers at X"): 'credit' when it credited someone, 'skip' when the inverted
 * subject is a group or a quote's unnamed speaker, 'none' when the verb is not inverted.
 */
function invertedCredit(text: string, p: number, verb: string, s: Scan | null): 'credit' | 'skip' | 'none' {
  if (!INVERSION.has(verb)) return 'none';
  const before = textBefore(text, p);
  const after = text.slice(p + verb.length, p + verb.length + 200);
  if (!(/[,"”’']$|[—–]$/.test(before) && /^\s{1,3}\S/.test(after))) return 'none';
  const a = after.trimStart();
  // "a group called “Thornback” says": a quoted name after a naming word is the subject, not a quotation
  if (QUOTED_NAME_END.test(before)) return 'none';
  const quoted = /["”’']\s{0,2}[,—–]?$|[,—–]\s{0,2}["”’']$/.test(before);
  const ref = /^(?:the|a|an|one|another)\s(?:[\p{L}-]{1,20}\s){0,2}?([\p{L}-]{2,20})(?=[,.;:]|\s(?:at|of|for|from|with|in|on|who|which)\s|$)/iu.exec(a);
  const group = /^(?:security\s|cybersecurity\s)?(?:researchers?|experts?|analysts?|officials?|investigators?|sources|police|prosecutors)\b/i.test(a);
  const run = /^(?:the|a|an|one|another)\s/i.test(a) && !/^The\s\p{Lu}/u.test(a) ? [] : leadingRun(a);
  // "…, reported The Courier": an inverted "reported" credits a name that opens on "The" as an outlet
  const theOutlet = /^report/.test(verb) && run[0] === 'The';
  const runName = run.length ? tidyName(run) ?? (theOutlet && run.length === 2 ? run.join(' ') : null) : null;
  const lastTok = run[run.length - 1] ?? '';
  const rest = run.length ? a.slice(a.indexOf(lastTok) + lastTok.replace(/(?<![,.;:)])[,.;:)]+$/, '').length) : '';
  // "…, reports La Gazzetta Nova newspaper.": the outlet's own descriptor may close the inverted name
  const descTail = !!runName && OUTLET_DESCRIPTOR_TAIL.test(rest);
  const runEnds = !!runName && (/^(?:[,.;:)]|\s(?:at|of|for|from|with|in|on|who|which)\s|\s?$)/.test(rest) || descTail);
  if (ref && !/^The\s\p{Lu}/u.test(a)) {
    const noun = lower(ref[1]!);
    if (VICTIM_REFERENCES.includes(noun) || SPOKES_NOUNS.includes(noun)) {
      // "said an NCSC spokesperson": the organisation named before the noun speaks, not the victim
      const owner = trailingRun(a.slice(0, ref.index + ref[0].length - ref[1]!.length).trimEnd()).filter((t) => !STOP.has(lower(t)));
      if (owner.length) s?.push(owner, undefined, p);
      else if (/\bpolice\s/i.test(ref[0])) s?.out.push({ name: 'police', sentence: s.sentence, hint: 'law-enforcement', at: p });
      else s?.out.push({ name: '', sentence: s.sentence, hint: 'victim', at: p });
      return 'credit';
    }
  }
  if (runEnds) {
    s?.push(run, theOutlet || descTail ? 'outlet' : appositiveTitled(rest) || run.length >= 2 ? 'person' : undefined, p);
    return 'credit';
  }
  // "…, said police." / "…, said police inspector Tom Reyes": the force, and the officer it names
  const police = /^police(?:\s((?:\p{Ll}[\p{Ll}-]+\s){1,3}))?/u.exec(a);
  if (police && s) {
    s.out.push({ name: 'police', sentence: s.sentence, hint: 'law-enforcement', at: p });
    const officer = police[1] && splitTokens(police[1]).every((w) => TITLES.has(w)) ? leadingRun(a.slice(police[0].length)) : [];
    if (officer.length >= 2) s.push(officer, 'person', p);
    return 'credit';
  }
  if (group || quoted) return 'skip'; // the group's name, if any, is read by "researchers at X"
  return 'none';
}

/** A news outlet's descriptor right after its name, closing the clause ("… newspaper.", "… news agency,"). */
const OUTLET_DESCRIPTOR_TAIL = /^\s(?:(?:local|national|regional|daily|state|public|online|news|business|financial)\s){0,2}(?:newspaper|daily|tabloid|magazine|broadcaster|outlet|publication|news\s(?:agency|site|website|outlet|channel)|website|wire)(?=[,.;:)]|\s?$)/u;

/** A short quoted name after a naming word, ending the text ("a group called “Thornback”", "known as 'Gr1m'"). */
const QUOTED_NAME_END = /\b(?:called|named|dubbed|known\sas|calling\s(?:itself|themselves))\s[“"‘'][^“”"‘’']{1,40}[”"’']$/;

/** Credit verbs that are also plural nouns ("reports", "claims"), and a finite verb right after them. */
const NOUN_LIKE_VERB = /^(?:reports|claims|estimates|notes)$/;
const FINITE_WORDS = new Set(['said', 'says', 'say', 'show', 'shows', 'suggest', 'suggests', 'indicate', 'indicates', 'put', 'puts', 'were', 'are', 'was', 'is', 'have', 'had', 'came', 'point', 'points']);
const finiteNext = (after: string) => {
  const w = /^\s(\p{Ll}+)/u.exec(after)?.[1] ?? '';
  return FINITE_WORDS.has(w) || (w.length > 3 && w.endsWith('ed'));
};

/** Each credit verb of the sentence that is not passive (the passive is read by `passive-by`). */
function* creditVerbs(text: string): Generator<{ verb: string; p: number; before: string }> {
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(text); m; m = VERB_RE.exec(text)) {
    const verb = m[0];
    const p = m.index;
    const before = textBefore(text, p);
    if (BARE_VERB.test(verb)) {
      // "experts say" / "is claiming", but not "to say", "did not confirm", "will report"
      if (/\b(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|not|n't|never|cannot|and|or|who|that|which)$/i.test(before)) continue;
      // a label or a headline's noun ("Audio report:", "Annual security report"), not a verb
      if (/^\s*(?:[:|–—]|$)/.test(text.slice(p + verb.length))) continue;
    } else if (PASSIVE_END.test(before)) continue;
    // "Initial reports suggested", "Early estimates put": a plural noun, the sentence's verb comes next
    if (NOUN_LIKE_VERB.test(verb) && finiteNext(text.slice(p + verb.length, p + verb.length + 30))) continue;
    yield { verb, p, before };
  }
}

const VERB_INVERTED = (s: Scan) => {
  for (const { verb, p } of creditVerbs(s.text)) if (!/ing$/.test(verb) || !BARE_VERB.test(verb)) invertedCredit(s.text, p, verb, s);
};

/**
 * A credit verb that shares the subject of the sentence's first verb: after "and" ("X called the move serious and
 * said …") or as a participle after a comma ("X condemned the leak, saying …"). The text before it names no one.
 */
const SHARED_SUBJECT = (verb: string, before: string) => SPEECH_VERB.test(verb) && (/\sand$/.test(before) && !/ing$/.test(verb) || /ing$/.test(verb) && /,$/.test(before));
/** Verbs of speaking only: "was given the details and advised", "added four thousand users" are no statement. */
const SPEECH_VERB = new RegExp(`^(?:${alt(SPEECH_VERBS)})$`);
/** The first verb of the sentence: a lower-case past tense or an auxiliary ("condemned", "filed", "has", "was"). */
const FIRST_VERB = /(?<=\s)(?:\p{Ll}{3,}ed|has|have|had|was|is)(?=\s)/u;
/** A clause subject holds no preposition or conjunction ("After the review", "in a statement"): one name, its title or appositive. */
const NOT_A_SUBJECT = /\b(?:in|on|at|for|from|with|after|before|when|while|as|if|by|to|that|which|who|about|over|under|since|during|following|and|but)\s/i;

const SHARED_SUBJECT_SCAN = (s: Scan) => {
  for (const { verb, p, before } of creditVerbs(s.text)) {
    if (!SHARED_SUBJECT(verb, before)) continue;
    const first = FIRST_VERB.exec(s.text.slice(0, p));
    if (!first) continue;
    const subject = s.text.slice(0, first.index).replace(/(?<!\s)\s+$/, '');
    // an opener before the subject ("Speaking on Monday, X called …") is set aside; the subject after it holds one name
    const clause = subject.slice(subject.lastIndexOf(',') + 1);
    if (!clause.trim() || NOT_A_SUBJECT.test(`${clause} `) || /[;:()“”"]/.test(subject)) continue;
    // a named subject only: a common noun ("the company", "the government") may not be the clause's subject
    const found: Credit[] = [];
    subjectBefore(subject, s.sentence, first.index, found, makePush(s.sentence, found, new NameLookup()));
    const kept = found.filter((c) => c.hint !== 'victim' && c.hint !== 'government' && c.hint !== 'law-enforcement' && !c.officerOf);
    s.out.push(...kept.map((c) => ({ ...c, shared: true })));
  }
};

/** A relative pronoun opening the clause of a credit verb ("…, who said", "…, which has confirmed"), an auxiliary or adverb between. */
const RELATIVE_SUBJECT = /[,—–]\s{0,2}(?:who|which)(?:\s(?:has|have|had|also|later|then|first|previously|recently|publicly|earlier)){0,2}$/;
/** What follows a credit verb that is a statement even when the verb is not one of speaking: a that-clause, a colon, a quotation. */
const STATEMENT_NEXT = /^\s{0,2}(?:that\b|:|[“"])/;

/**
 * A relative clause whose pronoun is the subject of a credit verb ("…by Mara Quill, who said …", "…filed with the Harbour
 * attorney general, which stated that …"): the pronoun's antecedent, the name just before the comma, speaks. Only verbs
 * of speaking, or a credit verb that opens a statement ("who tweeted:", "which announced that"); "who added it to the
 * list" is no statement.
 */
const RELATIVE_SUBJECT_SCAN = (s: Scan) => {
  for (const { verb, p, before } of creditVerbs(s.text)) {
    const m = RELATIVE_SUBJECT.exec(before);
    if (!m) continue;
    // ("…with the help of the Harbour Times, which first reported the findings": an outlet's own reporting)
    const reporting = /^report(?:ed|s)$|^revealed$/.test(verb);
    if (!SPEECH_VERB.test(verb) && !STATEMENT_NEXT.test(s.text.slice(p + verb.length, p + verb.length + 8)) && !reporting) continue;
    let antecedent = before.slice(0, m.index).replace(/[”"’]$/, '');
    // "…Mara Quill, chief scientist at Sentrylab, who said": the antecedent is the name the appositive describes
    const open = Math.max(antecedent.lastIndexOf(','), antecedent.lastIndexOf('—'), antecedent.lastIndexOf('–'));
    if (open > 0 && APPOSITIVE_LIKE(antecedent.slice(open + 1).trim()) && trailingRun(antecedent.slice(0, open)).length) antecedent = antecedent.slice(0, open);
    const run = trailingRun(antecedent);
    if (!run.length) continue;
    if (reporting && !SPEECH_VERB.test(verb) && !STATEMENT_NEXT.test(s.text.slice(p + verb.length, p + verb.length + 8))) {
      const name = tidyName(run);
      if (name && (isNewsOutlet(name) || looksLikeOutlet(name))) s.push(run, 'outlet', p);
      continue;
    }
    s.push(run, undefined, p);
  }
};

const VERB_SUBJECT = (s: Scan) => {
  for (const { verb, p, before } of creditVerbs(s.text)) {
    if (SHARED_SUBJECT(verb, before)) continue;
    if (BARE_VERB.test(verb) && /ing$/.test(verb)) { subjectBefore(before.replace(/\s(?:is|are|was|were|has\sbeen|have\sbeen)$/i, ''), s.sentence, p, s.out, s.push); continue; }
    if (invertedCredit(s.text, p, verb, null) !== 'none') continue;
    // a negation between subject and verb: "Ravel has not confirmed"
    if (NEGATED_END.test(before)) continue;
    subjectBefore(before, s.sentence, p, s.out, s.push);
  }
};

/** The subject of a statement-making verb phrase ("released a statement"), read like a credit verb's. */
/** Whoever released a statement, or published its own findings ("Sentrylab published a report", "the lab released new data"). */
const STATEMENT_MADE = new RegExp(`\\b(?:released|issued|put\\sout|sent|provided|filed|made|published|posted|shared)\\s(?:a|an|its|their|new|the\\sfollowing)\\s(?:[\\p{L}-]+\\s){0,2}(?:${alt([...STATEMENT_NOUNS, 'findings', 'data', 'analysis', 'research', 'study', 'tweet'])})\\b`, 'giu');
const AUTHORITY_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(AUTHORITY_VERBS)})(?![\\p{L}\\p{N}])`, 'gu');
/** A weekday or month (full or short) in a date adverbial between a passive verb and its agent ("shared on July 11 by X"). */
const MONTH_OR_DAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const PASSIVE_BY = new RegExp(`\\b(?:${alt(PASSIVE_CREDIT_VERBS)})\\s(?:(?:first|earlier|originally|previously|initially|also|independently)\\s)?(?:(?:on|via)\\s(?:Twitter|X|Telegram|Mastodon|LinkedIn|Reddit|Facebook|(?:its|their|a|the)\\s(?:blog|website|site|forum|channel|account))\\s)?(?:(?:on|in)\\s(?:${MONTH_OR_DAY})\\.?\\s(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s)?(?:\\d{4}\\s)?)?by\\s`, 'gi');
const REPORT_FROM = new RegExp(`\\b(?:${alt(REPORT_NOUNS)})\\s(?:from|by|issued\\sby|published\\sby|released\\sby|on\\sbehalf\\sof|in)\\s`, 'gi');
/** Case-sensitive, so a capitalised "The" stays with the name ("obtained by The Hill"). */
// ("a statement shared with X", "data sent to X" name the outlet without "by", after a common noun: "Sentrylab shared with X" is active)
const OUTLET_SEEN_BY = new RegExp(`(?:\\b(?:${alt(OUTLET_PASSIVE_VERBS.filter((v) => !/\s(?:with|to)$/.test(v)))})\\sby|(?<=(?:^|[^\\p{L}])\\p{Ll}[\\p{Ll}-]*\\s)(?:${alt(OUTLET_PASSIVE_VERBS.filter((v) => /\s(?:with|to)$/.test(v)))}))\\s(?:the\\s)?`, 'gu');
const WEAK_REPORT = new RegExp(`^(?:${alt(WEAK_REPORT_NOUNS)})\\s`, 'i');
const POSSESSIVE_REPORT = new RegExp(`(?:['’]s|(?<=s)['’])\\s(?:[\\p{Ll}-]{1,20}\\s)?(?:${alt(POSSESSED_REPORTS)})\\b(?!\\s(?:units?|teams?|departments?|divisions?|offices?|bureaus?|squads?|arms?|wings?|cent(?:er|re)s?|desks?|headquarters|chiefs?|heads?|directors?|agents?|officers?)\\b)`, 'giu');
/** Case-sensitive on the lower-case words that follow, so only a cue's first letter may be either case. */
/** The last word of a descriptor that makes the name after it an outlet ("the freight website X", "the news agency X"). */
const OUTLET_NOUN_END = /\b(?:newspapers?|outlets?|publications?|broadcasters?|stations?|daily|tabloid|magazines?|sites?|websites?|blogs?|agency|wire|channel|network|portal)\s$/;
const OFFICIAL_OF = /\b(?:[Oo]fficials?|[Ee]xecutives?|[Mm]anagers?|[Ss]ources?)\s(?:from|at|of|with|in)\s(?:the\s)?(?=\p{Lu})/gu;
/** A one-word demonym or country before an outlet's descriptor ("told Chinese news site X", "German broadcaster Y"). */
const DEMONYM = alt(COUNTRY_WORDS.map(([w]) => w).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)));
/** "told (the) X", "in a statement to X": a statement handed to a name (the told-name row). */
const TOLD_NAME = /\b(?:told|tells|confirmed\sto|speaking\sto|in\s(?:a|an)\s(?:statement|comment|e-?mail|interview)\s(?:to|with)|in\scomments\sto)\s(?:the\s)?(?=[\p{Lu}\p{N}]|[\p{Ll}\p{N}-]+\.(?:com|net|org|io|media)\b)/gu;
/** What may follow the name a statement was given to: the end of the clause, the channel, the day, or "that". */
const TOLD_NAME_END = /^(?:[.,;:!?)]|\s(?:in\s(?:an?|its|his|her|their)\s|on\s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|last\s|this\s|earlier\s|late\s|that\s|via\s|by\s(?:e-?mail|phone|telephone)|over\sthe\sphone)|$)/;
/** A name shaped like an outlet's though not a newspaper's: a broadcaster's initials ("the HTN", "KSAT"), a known outlet's edition ("CBC Hamilton"), a site's address. */
const OUTLET_SHAPED = (name: string) => {
  const w = splitTokens(name);
  return (w.length === 1 && /^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u.test(w[0]!)) || (w.length === 2 && isNewsOutlet(w[0]!) && /^\p{Lu}/u.test(w[1]!)) || DOMAIN_NAME.test(name);
};
/** Organisations that are not outlets: a statement told to them is a notice to them, not a story. */
const NOT_OUTLET_ORG = /\b(?:Inc|Corp|Corporation|Ltd|LLC|plc|Bank|Hospital|University|College|School|Council|Police|Department|Ministry|Office|Bureau|Commission|Authority|Agency|Court|Government|Congress|Parliament|Senate|Committee|Board|Group|Holdings|Company|Systems|Technologies|Software|Security|Labs?|Insurance|Financial|Health|Healthcare|Clinic|Trust|Foundation|Association|Institute|Centre|Center|City|County|State)\b/;
const TOLD_TO = new RegExp(`\\b(?:${alt(TOLD_TO_CUES).replace(/(^|\|)(\p{Ll})/gu, (_m, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`)})\\s(?:the\\s)?((?:(?:[\\p{Ll}-]{2,20}|\\p{Lu}{2,4}|(?:${DEMONYM})(?=\\s\\p{Ll}))\\s){0,3})`, 'gu');

/** The attackers named by a common noun ("the hackers", "the gang", "the threat actor"): resolved to the named actor later. */
const ATTACKER_NOUN = '(?:hackers?|attackers?|gang|crew|cyber-?criminals|criminals|extortionists|threat\\sactors?|ransomware\\s(?:group|gang|operators?))';
const ATTACKER_SAYS = new RegExp(`\\b(?:[Tt]he\\s${ATTACKER_NOUN}\\s(?:(?:also|later|then|have|has|had)\\s)?(?:said|say|says|claimed|claim|claims|wrote|posted|stated|boasted)|[,”"]\\s(?:said|says|claimed|claims|wrote)\\sthe\\s${ATTACKER_NOUN}|[Aa]ccording\\sto\\sthe\\s${ATTACKER_NOUN})\\b`, 'g');

/**
 * How English credits a claim, one row per habit, tried in this order on every sentence. Each row's
 * `test` runs its scan on the text and fires when the scan credits someone.
 */
export const CREDIT_RULES = ruleTable<CreditRule>('sources', 'credit form', [
  creditRule({
    id: 'quote-inverted',
    reason: 'a credit verb after a quote or a clause, with the speaker after it, credits that speaker',
    example: '“We have restored every system,” said Mara Quill, chief executive of Brightwall.',
    counterexample: '“We have restored every system,” said researchers who asked not to be named.',
    scan: VERB_INVERTED,
  }),
  creditRule({
    id: 'subject-verb',
    reason: 'the subject of a credit verb (said, confirmed, reported, …) is credited with the claim',
    example: 'Brightwall confirmed on Tuesday that payroll files were copied.',
    counterexample: 'Brightwall has not confirmed that payroll files were copied.',
    scan: VERB_SUBJECT,
  }),
  creditRule({
    id: 'shared-subject',
    reason: 'a credit verb after "and", or a participle after a comma, shares the subject of the sentence\'s first verb: "X called the move serious and said …", "X condemned the leak, saying …"',
    example: 'Health secretary Dana Pike called the attack cowardly and said no ransom would be paid.',
    counterexample: 'After the review the files were restored and said to be intact.',
    scan: SHARED_SUBJECT_SCAN,
  }),
  creditRule({
    id: 'relative-subject',
    reason: 'a relative pronoun as the subject of a credit verb ("…, who said", "…, which stated that") credits its antecedent, the name before the comma',
    example: 'The leak was first noticed by Mara Quill, who said the folder had been open for weeks.',
    counterexample: 'The leak was first reported to Mara Quill, who added the folder to her list.',
    scan: RELATIVE_SUBJECT_SCAN,
  }),
  creditRule({
    id: 'released-statement',
    reason: 'whoever released, issued or filed a statement or notice is credited with it',
    example: 'Brightwall released a short statement about the outage on Friday.',
    counterexample: 'A short statement about the outage was released on Friday.',
    scan: (s) => {
      for (const m of execAll(STATEMENT_MADE, s.text)) {
        const before = textBefore(s.text, m.index);
        if (NEGATED_END.test(before) || PASSIVE_END.test(before)) continue;
        subjectBefore(before, s.sentence, m.index, s.out, s.push);
      }
    },
  }),
  creditRule({
    id: 'authority-act',
    reason: 'a regulator or the police credited with what it did: "the watchdog fined", "charged by the FBI"',
    example: 'The FBI arrested two men in connection with the intrusion.',
    counterexample: 'Brightwall arrested the spread of the malware within hours.',
    scan: (s) => {
      AUTHORITY_RE.lastIndex = 0;
      for (let m = AUTHORITY_RE.exec(s.text); m; m = AUTHORITY_RE.exec(s.text)) {
        const before = textBefore(s.text, m.index);
        const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 120);
        const found: Credit[] = [];
        const keep: Push = (tokens, _hint, at) => {
          const name = tokens && tokens.length ? tidyName(tokens) : null;
          const kind = name ? lexiconKind(name) : null;
          if (name && (kind === 'regulator' || kind === 'law-enforcement')) found.push({ name, sentence: s.sentence, hint: kind, at });
        };
        if (PASSIVE_END.test(before)) {
          const by = /^\s(?:\S+\s){0,3}?by\s(?:the\s)?/.exec(after);
          if (by) keep(leadingRun(after.slice(by[0].length)), undefined, m.index);
        } else {
          const tmp: Credit[] = [];
          subjectBefore(before, s.sentence, m.index, tmp, keep);
          // an unnamed force only acts here ("police opened a probe", "Harbour police arrested", "prosecutors charged"); it is
          // credited when it speaks ("police said"): a force read by the police-subject row is no named authority
          for (const c of tmp) if ((c.hint === 'law-enforcement' || c.hint === 'regulator') && lower(c.name) !== 'police' && c.why?.rule !== POLICE_SUBJECT_RULE) found.push(c);
        }
        s.out.push(...found);
      }
    },
  }),
  creditRule({
    id: 'according-to',
    reason: '"according to X" credits X (and a report named before X relays it)',
    example: 'According to Sentrylab, the intruders used a stolen password.',
    counterexample: 'According to plan, the backups were restored overnight.',
    scan: (s) => {
      for (const m of execAll(/\baccording\sto\s/gi, s.text)) objectCredit(s.text.slice(m.index + m[0].length, m.index + m[0].length + 200), s.sentence, m.index, s.out, s.push, true);
    },
  }),
  creditRule({
    id: 'as-per',
    reason: '"as per X" credits X as "according to X" does, when X is a news outlet or an authority ("as per the Hollis Tribune"); "as per the rules", "as per its policy" credit no one',
    example: 'As per the Hollis Tribune, the intruders used a stolen password.',
    counterexample: 'As per GDPR rules, the intruders had to be reported within three days.',
    scan: (s) => {
      for (const m of execAll(/\b[Aa]s\sper\s/g, s.text)) {
        const tmp: Credit[] = [];
        objectCredit(s.text.slice(m.index + m[0].length, m.index + m[0].length + 200), s.sentence, m.index, tmp, makePush(s.sentence, tmp, new NameLookup()), true);
        s.out.push(...tmp.filter((c) => c.name && (c.hint === 'outlet' || c.hint === 'law-enforcement' || c.hint === 'regulator' || c.hint === 'filing' || lexiconKind(c.name) || looksLikeOutlet(c.name))));
      }
    },
  }),
  creditRule({
    id: 'citing',
    reason: '"X reported, citing Y", "X, citing Y, said": the one cited is the source of the claim the citer relays (a reference to the victim or a lower-case noun is no name: "citing the company’s failures", "citing concerns")',
    example: 'Ransomware was to blame, the Hollis Tribune reported, citing Deputy Minister Aron Velt.',
    counterexample: 'Ransomware was to blame, the Hollis Tribune reported, citing security concerns.',
    scan: (s) => {
      for (const m of execAll(/(?:^|[\s(])[Cc]iting\s/g, s.text)) {
        const tmp: Credit[] = [];
        const a = s.text.slice(m.index + m[0].length, m.index + m[0].length + 200);
        objectCredit(a, s.sentence, m.index, tmp, makePush(s.sentence, tmp, new NameLookup()), false);
        // the victim only by its voice ("citing a bank spokesperson", "citing a statement"), not by a noun ("citing the bank’s failures")
        const voice = SPOKES_ONLY.test(a) || CITED_STATEMENT.test(a);
        s.out.push(...tmp.filter((c) => c.name ? true : c.hint === 'victim' && voice));
      }
    },
  }),
  creditRule({
    id: 'outlet-learned',
    reason: '"X has learned" credits a news outlet with its own reporting ("…, the Hollis Tribune has learned"); a person or a customer who learned something is no credit',
    example: 'The intruders stole payroll files, the Hollis Tribune has learned.',
    counterexample: 'The intruders stole payroll files, Jane Harlow has learned.',
    scan: (s) => {
      for (const m of execAll(/\s(?:has|have|had)\s(?:(?:also|now|exclusively)\s)?learned(?=[\s,.;:]|$)/g, s.text)) {
        const run = trailingRun(s.text.slice(Math.max(0, m.index - 120), m.index));
        const name = run.length ? tidyName(run) : null;
        if (name && (isNewsOutlet(name) || looksLikeOutlet(name) || OUTLET_SHAPED(name))) s.out.push({ name, sentence: s.sentence, at: m.index, hint: 'outlet' });
      }
    },
  }),
  creditRule({
    id: 'passive-by',
    reason: '"first reported by X", "discovered by X": the agent of a reporting or finding verb',
    example: 'The exposed server was discovered by Sentrylab in March.',
    counterexample: 'The exposed server was discovered by accident in March.',
    scan: (s) => {
      for (const m of execAll(PASSIVE_BY, s.text)) objectCredit(s.text.slice(m.index + m[0].length, m.index + m[0].length + 200), s.sentence, m.index, s.out, s.push, false);
    },
  }),
  creditRule({
    id: 'seen-by-outlet',
    reason: '"documents seen by X", "a letter obtained by X": a news outlet that saw the evidence reports it',
    example: 'Emails seen by the Hollis Tribune show the intruders were inside for weeks.',
    counterexample: 'Emails seen by the Thornback crew show the intruders were inside for weeks.',
    scan: (s) => {
      for (const m of execAll(OUTLET_SEEN_BY, s.text)) {
        const run = leadingRun(s.text.slice(m.index + m[0].length, m.index + m[0].length + 80));
        const name = run.length ? tidyName(run) : null;
        if (name && (isNewsOutlet(name) || looksLikeOutlet(name))) s.out.push({ name, sentence: s.sentence, at: m.index, hint: 'outlet' });
      }
    },
  }),
  creditRule({
    id: 'report-from',
    reason: 'the author of a report, statement or study ("a report from X", "research by X")',
    example: 'A new study by Sentrylab counted 40 exposed databases.',
    counterexample: 'A new study by the lab counted 40 exposed databases.',
    scan: (s) => {
      for (const m of execAll(REPORT_FROM, s.text)) {
        const a = s.text.slice(m.index + m[0].length, m.index + m[0].length + 200);
        // "data from X" and "a story in X" only when X is a known outlet
        const run = leadingRun(a.replace(/^the\s/i, ''));
        const weak = WEAK_REPORT.test(m[0]) || /\sin\s$/.test(m[0]);
        if (weak && !(run.length && isNewsOutlet(tidyName(run) ?? ''))) continue;
        // inside "according to a report from X": the according-to rule has read it already
        if (/\baccording\sto\s(?:\S+\s){0,3}$/i.test(s.text.slice(Math.max(0, m.index - 60), m.index))) continue;
        objectCredit(a, s.sentence, m.index, s.out, s.push, false);
      }
    },
  }),
  creditRule({
    id: 'possessive-report',
    reason: '"Sentrylab’s report", "the regulator’s statement": the owner of a report is credited',
    example: 'Sentrylab’s report puts the number of exposed records at 2 million.',
    counterexample: 'The firm reported the theft to the city police’s cyber investigation unit.',
    scan: (s) => {
      for (const m of execAll(POSSESSIVE_REPORT, s.text)) {
        const run = trailingRun(s.text.slice(Math.max(0, m.index - 120), m.index));
        if (run.length) s.push(run, /research/i.test(m[0]) ? 'researcher' : undefined, m.index);
      }
    },
  }),
  creditRule({
    id: 'statement-on-site',
    reason: '"a statement on X’s website": the owner of the site made the statement',
    example: 'In a statement on Brightwall’s website, the firm apologised to customers.',
    counterexample: 'In a statement on the website, the firm apologised to customers.',
    scan: (s) => {
      for (const m of execAll(/\b(?:statement|post|message|notice|note|announcement|update|report)\s(?:posted\s|published\s)?on\s(?:the\s)?/gi, s.text)) {
        const a = s.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
        const run = leadingRun(a);
        // "on Sentrylab’s website", "on the Sentrylab website"
        const site = run.length && /^\s(?:website|site|blog|page|newsroom)\b/.test(a.slice(a.indexOf(run[run.length - 1]!) + run[run.length - 1]!.length));
        if (run.length && (possessive(run[run.length - 1]!) || site)) s.push(run, undefined, m.index);
      }
    },
  }),
  creditRule({
    id: 'researchers-at',
    reason: '"researchers at X", "security firm X": a research team named by its employer or descriptor',
    example: 'Researchers at Sentrylab found the database open to anyone.',
    counterexample: 'Researchers at the university found the database open to anyone.',
    scan: (s) => {
      for (const m of execAll(/\b(?:researchers?|analysts?|experts?|specialists?)\s(?:at|from|with)\s(?:the\s)?|\b(?:security|cyber-?security|research|threat\sintelligence|antivirus)\s(?:firm|company|vendor|researchers?|outfit|provider|specialist)\s/gi, s.text)) {
        const run = leadingRun(s.text.slice(m.index + m[0].length, m.index + m[0].length + 120));
        if (run.length) s.push(run, 'researcher', m.index + m[0].length);
      }
    },
  }),
  creditRule({
    id: 'spokesperson-for',
    reason: '"a spokesperson for X" speaks for X',
    example: 'A spokesperson for Brightwall declined to give numbers.',
    counterexample: 'A spokesperson for the firm declined to give numbers.',
    scan: (s) => {
      for (const m of execAll(SPOKES_FOR_GLOBAL, s.text)) {
        const run = leadingRun(s.text.slice(m.index + m[0].length, m.index + m[0].length + 120));
        if (run.length) s.push(run, undefined, m.index);
      }
    },
  }),
  creditRule({
    id: 'official-of',
    reason: '"an official from X said", "a senior executive at X told": the organisation behind an unnamed official speaks',
    example: 'A senior official from the Harbour Police cyber unit said the threat was known.',
    counterexample: 'A senior official from the Harbour Police cyber unit was interviewed last week.',
    scan: (s) => {
      for (const m of execAll(OFFICIAL_OF, s.text)) {
        const rest = s.text.slice(m.index + m[0].length, m.index + m[0].length + 160);
        VERB_RE.lastIndex = 0;
        if (!VERB_RE.test(rest)) continue;
        const run = leadingRun(rest.slice(0, 120));
        if (run.length) s.push(run, undefined, m.index);
      }
    },
  }),
  creditRule({
    id: 'told-outlet',
    reason: '"told X", "in comments to X", "in an interview with the news agency X": the outlet relays the words',
    example: 'The insurer confirmed the theft in comments to the Hollis Tribune.',
    counterexample: 'The insurer told customers to change their passwords.',
    scan: (s) => {
      for (const m of execAll(TOLD_TO, s.text)) {
        // words between the cue and the name must describe an outlet ("the international agency", "UK technology
        // website"); other words ("told customers") are not a descriptor, and the name must follow the cue itself
        const described = !!m[1] && (OUTLET_DESCRIPTORS.test(m[1]) || LOWER_DESCRIPTOR_TAIL.test(' ' + m[1].trimEnd()));
        const at = m.index + m[0].length - (described ? 0 : (m[1] ?? '').length);
        const run = leadingRun(s.text.slice(at, at + 80));
        const name = run.length ? tidyName(run) : null;
        if (name && (isNewsOutlet(name) || looksLikeOutlet(name) || (described && OUTLET_NOUN_END.test(m[1]!)))) s.out.push({ name, sentence: s.sentence, at: m.index, relay: true, hint: 'outlet' });
      }
    },
  }),
  creditRule({
    id: 'told-name',
    reason: 'a statement given to a broadcaster’s initials, a known outlet’s regional edition or a site’s address ("told the HTN.", "told CBC Tarnby in an email", "told tarnbynews.com that …") names the outlet that relays it; not a regulator, the police or another kind of organisation',
    example: 'The outage lasted two days, a spokesperson told the HTN in an email.',
    counterexample: 'The outage lasted two days, a spokesperson told Brightwall Bank in an email.',
    scan: (s) => {
      for (const m of execAll(TOLD_NAME, s.text)) {
        const a = s.text.slice(m.index + m[0].length, m.index + m[0].length + 100);
        const run = leadingRun(a);
        const name = run.length ? tidyName(run) : null;
        if (!name) continue;
        const last = run[run.length - 1]!;
        const rest = a.slice(a.indexOf(last) + last.replace(/(?<![.,;:!?])[.,;:!?]+$/, '').length);
        if (!TOLD_NAME_END.test(rest)) continue;
        if (lexiconKind(name) || NOT_OUTLET_ORG.test(name) || PLATFORM_SET.has(lower(name)) || TITLES.has(lower(splitTokens(name)[0]!))) continue;
        if (!OUTLET_SHAPED(name)) continue;
        s.out.push({ name, sentence: s.sentence, at: m.index, relay: true, hint: 'outlet' });
      }
    },
  }),
  creditRule({
    id: 'contacted-for-comment',
    reason: '"X contacted Y for comment and Y replied": the one asked answered (the asker relays it)',
    example: 'The Hollis Tribune contacted Brightwall for comment and the firm replied that it was investigating.',
    counterexample: 'The Hollis Tribune contacted Brightwall for comment but did not hear back.',
    scan: (s) => {
      for (const m of execAll(/\b(?:contacted|reached\sout\sto|asked|approached|e-?mailed|queried|reached)\s(?:by\s)?/gi, s.text)) {
        const a = s.text.slice(m.index + m[0].length, m.index + m[0].length + 160);
        const run = leadingRun(a);
        if (!run.length) continue;
        const rest = a.slice(a.indexOf(run[run.length - 1]!) + run[run.length - 1]!.length);
        if (!/^\s(?:for|about)\s(?:a\s)?(?:comment|statement|clarification|response)/i.test(rest)) continue;
        if (!/\b(?:respon(?:se|ded)|replied|reply|confirm(?:ed)?|said|says|told|statement)\b/i.test(rest) || /\b(?:did\snot|didn't|declined|no\sresponse|not\simmediately|has\snot|hasn't|could\snot)\b/i.test(rest)) continue;
        s.push(run, undefined, m.index);
        const asker = trailingRun(s.text.slice(Math.max(0, m.index - 120), m.index));
        const askerName = asker.length ? tidyName(asker) : null;
        if (askerName && (isNewsOutlet(askerName) || looksLikeOutlet(askerName))) s.out.push({ name: askerName, sentence: s.sentence, at: m.index, relay: true, hint: 'outlet' });
      }
    },
  }),
  creditRule({
    id: 'filing-with',
    reason: 'a filing with a regulator or an exchange ("in a filing with the Securities Commission") credits the filing',
    example: 'In a notice filed with the Maine attorney general’s office, the firm listed 900 victims.',
    counterexample: 'In a notice filed with its bank, the firm listed 900 victims.',
    scan: (s) => {
      for (const m of execAll(/\b(?:filing|filed|filings|notice|notification|disclosure|submission)\s(?:\w+\s){0,2}?(?:with|to)\s(?:the\s)?/gi, s.text)) {
        const a = s.text.slice(m.index + m[0].length, m.index + m[0].length + 120);
        const run = leadingRun(a);
        let name = run.length ? tidyName(run) : null;
        // "the Maine attorney general's office": a lower-case office after a place name
        const office = name ? new RegExp(`^${esc(run.join(' '))}\\s((?:${REGULATOR_OFFICES})(?:['’]s\\soffice)?)`, 'iu').exec(a) : null;
        if (office) name = `${name} ${office[1]}`;
        if (!name) continue;
        if (lexiconKind(name) === 'regulator' || /\b(?:Exchange|Commission|Attorney|Regulator|Authority|Registry|Register)\b/.test(name))
          s.out.push({ name, sentence: s.sentence, hint: 'filing', at: m.index });
      }
    },
  }),
  creditRule({
    id: 'attacker-says',
    reason: 'the attackers named by a common noun ("the hackers said", "according to the gang") credit their own claim; the reference is resolved to the actor the article names (none named: no source)',
    example: 'The files include payroll records, the hackers said in a post on their leak site.',
    counterexample: 'The files include payroll records that the hackers stole in a raid on the leak site.',
    scan: (s) => {
      for (const m of execAll(ATTACKER_SAYS, s.text)) s.out.push({ name: '', sentence: s.sentence, hint: 'attacker', at: m.index });
    },
  }),
  creditRule({
    id: 'first-person-notice',
    reason: 'the victim telling its incident in the first person ("we became aware", "we are notifying", "we engaged a forensic firm"): its notice or statement, reproduced or quoted, credits the victim',
    example: 'On March 2, we became aware of unusual activity on our network and engaged an outside firm.',
    counterexample: 'On March 2, we found the open database and told its owner.',
    scan: (s) => {
      const m = FIRST_PERSON_NOTICE.exec(s.text);
      if (m) s.out.push({ name: '', sentence: s.sentence, hint: 'victim', at: m.index });
    },
  }),
  creditRule({
    id: 'via',
    reason: '"Via X" closing a post, or "(via X)" after a claim, credits X (a posting platform is not a source)',
    example: 'The gang listed the insurer on its leak site (via Hollis Tribune).',
    counterexample: 'The gang listed the insurer on its leak site (via Telegram).',
    scan: (s) => {
      const vt = s.text.length > 300 ? s.text.slice(-300) : s.text;
      const via = /(?:^|[\s(])via\s{1,3}([\p{L}\p{N}@][\p{L}\p{N}'’&.\-]{0,40}(?:\s{1,2}[\p{L}\p{N}@][\p{L}\p{N}'’&.\-]{0,40}){0,4})\s{0,2}\)?\.?$/iu.exec(vt);
      if (via && ((via.index === 0 && vt === s.text) || /\(\s?via/i.test(vt.slice(via.index, via.index + 5)))) {
        const run = leadingRun(via[1]!);
        const name = run.length ? tidyName(run) : null;
        if (name && !PLATFORM_SET.has(lower(name))) s.out.push({ name, sentence: s.sentence, at: via.index });
        return;
      }
      // "(via X)" inside the sentence: "in a statement posted today (via Hollis Tribune), the firm said"
      for (const m of execAll(/\(\s?via\s([^()]{2,60})\)/giu, s.text)) {
        const run = leadingRun(m[1]!);
        const name = run.length && run.join(' ').length >= m[1]!.trim().length - 1 ? tidyName(run) : null;
        if (name && !PLATFORM_SET.has(lower(name))) s.out.push({ name, sentence: s.sentence, at: m.index });
      }
    },
  }),
]);

/** A credit rule whose `test` is its own scan run on the text. */
function creditRule(row: Omit<CreditRule, 'test'>): CreditRule {
  const rule: CreditRule = { ...row, test: (text) => creditsBy([rule], sentenceOf(text), new NameLookup()).length > 0 };
  return rule;
}

const sentenceOf = (text: string): Sentence => ({ index: 0, block: 0, start: 0, end: text.length, text });

/** A double hyphen written for a dash ("ALPHV--also called X--said") reads as a dash (same length, so offsets hold). */
export const dashes = (text: string) => (text.includes('--') ? text.replace(/(?<=\S)--(?=\S)/g, ' —') : text);

/** Credits of one sentence by some credit rules, in order; each credit carries the rule that read it. */
function creditsBy(rules: readonly CreditRule[], sentence: Sentence, names: NameLookup): Credit[] {
  const out: Credit[] = [];
  const scan: Scan = { text: dashes(sentence.text), sentence, out, push: makePush(sentence, out, names) };
  for (const rule of rules) {
    const from = out.length;
    rule.scan(scan);
    const w = why(CREDIT_RULES, rule);
    for (let i = from; i < out.length; i++) out[i]!.why ??= w;
  }
  return out;
}

/** Credits from one sentence, every credit rule in table order. Exported for tests. */
export function sentenceCredits(sentence: Sentence, names: NameLookup = new NameLookup()): Credit[] {
  return creditsBy(CREDIT_RULES.rules, sentence, names);
}

const SPOKES_FOR_GLOBAL = new RegExp(`(?:${alt(SPOKES_NOUNS)})\\s(?:for|from|at|of)\\s(?:the\\s)?`, 'giu');

/** ", VP EMEA at Brightwall" / ", Vice President, ViaSat Europe": does an appositive give a job title? */
function appositiveTitled(rest: string): boolean {
  const m = /^\s{0,2}[,—–]\s{0,2}([^.;"“”]{1,120})/.exec(rest);
  if (!m) return false;
  return splitTokens(m[1]!).some((w) => TITLES.has(lower(clean(w))));
}

const PREPOSITION_END = /\b(?:at|from|with|for|to|on|in|of|by|against|about|into|over|than|like|before|after|during|since|until|between|among|across|under|near|around|per|toward|towards|without|within|behind|beyond|including|based|located|headquartered)\s$/i;

/** The subject of a verb, from the text before it (adverbs, dates, "in a statement", an appositive skipped). */
function subjectBefore(before: string, sentence: Sentence, p: number, out: Credit[], push: Push): void {
  let b = before;
  for (let k = 0; k < 6; k++) {
    const stripped = b.replace(BETWEEN, '');
    if (stripped === b) break;
    b = stripped.replace(/(?<!\s)\s+$/, '');
  }
  // "the group known as “Thornback,” which is linked to no state, claimed": a relative clause between the subject and
  // its verb says nothing of who speaks (a quoted name's closing mark stays with the name)
  // (not a clause that gives the name: "who call themselves Nightjar")
  // ("X, whose customers include A, B and C, said": a whose-clause may hold a list, commas and all)
  const rel = /([,—–][”"’]?)\s{0,2}((?:who|which)\s[^,—–“”"]{2,80})[,—–]$/.exec(b) ?? whoseClause(b);
  if (rel && rel.index > 0 && !namedAs(rel[2]!)) b = b.slice(0, rel.index) + (rel[1]!.length > 1 ? rel[1] : '');
  // "The hackers, who go by the name “thedarkoverlord,” claim"
  const app = /[,—–]\s{0,2}((?:who|which)?\s?[^,—–]{4,80})[,—–]\s{0,2}[”"’]?$|[,—–]\s{0,2}((?:who|which)?\s?[^,—–]{4,80}[,]?[”"’])$/.exec(b);
  if (app) {
    const named = namedAs(app[1] ?? app[2] ?? '');
    if (named) { if (named.length === 1 && !isName(named[0]!)) out.push({ name: named[0]!, sentence, at: p }); else push(named, undefined, p); return; }
  }
  if (/[,—–]$/.test(b)) {
    if (/["”’']\s{0,2}[,—–]$|[,—–]\s{0,2}["”’']$/.test(b)) return;
    const body = b.slice(0, -1).replace(/(?<!\s)\s+$/, '');
    const open = Math.max(body.lastIndexOf(','), body.lastIndexOf('—'), body.lastIndexOf('–'));
    // "Mara Quill, chief scientist at Sentrylab, speaking to the Tribune, said": the name before a second appositive speaks
    const lead = open > 0 && body.length - open < 140 && !/["“”]/.test(body.slice(open)) ? nameBeforeAppositives(body.slice(0, open)) : null;
    if (lead) push(lead.run, lead.titled ? 'person' : undefined, p);
    // "the Tribune, a local newspaper, reported"
    if (DESCRIPTOR_RE.test(body)) { subjectCredit(body, sentence, p, out, push); return; }
    if (open > 0 && body.length - open < 140 && !/["“”]/.test(body.slice(open))) {
      const appositive = body.slice(open + 1).trim();
      const head = body.slice(0, open);
      const run = trailingRun(head);
      const headPre = head.slice(0, head.length - run.join(' ').length);
      // "Brightwall's Chief Executive, Mara Quill, said", "The Head of Security at Talmark, Keven Roe, said": a title, then the name in commas
      const named = leadingRun(appositive);
      if (named.length >= 2 && named.join(' ').length >= appositive.replace(/[,.]$/, '').length - 1 && TITLE_IN_HEAD(head)) {
        push(named, 'person', p);
        // "The bank’s chief executive, Mara Quell, said": the victim, by a common noun, speaks through its officer
        if (victimBeforeTitle(head.slice(head.lastIndexOf(',') + 1))) out.push({ name: '', sentence, hint: 'victim', at: p });
        return;
      }
      if (run.length && PREPOSITION_END.test(headPre) && !RESEARCH_CONTEXT.test(headPre) && !SPOKES_FOR_RE.test(headPre)) return;
      if (run.length) {
        const research = /\bresearch|security\s(?:firm|company|researcher)|analyst/i.test(appositive);
        push(run, research ? 'researcher' : appositiveTitled(', ' + appositive) ? 'person' : undefined, p);
        return;
      }
      // "A security researcher, Ana Varga, found"
      const inner = leadingRun(appositive);
      if (inner.length && inner.join(' ').length >= appositive.replace(/[,.]$/, '').length - 1) {
        const pre = body.slice(0, open);
        push(inner, RESEARCH_CONTEXT.test(pre + ' ') ? 'researcher' : undefined, p);
        return;
      }
    }
    // a stray comma: "two newspapers Asahi Shimbun and Nikkei, reported"
    subjectCredit(body, sentence, p, out, push);
    return;
  }
  // "A cybercriminal gang known as “Gr1mWolf” confirmed", "a group by the name of Thornback claimed": the name given ends the subject
  const given = namedAs(b.slice(-100));
  if (given && new RegExp(`${escapeRegExp(given[given.length - 1]!)},?[”"’]?$`).test(b)) {
    if (given.length === 1 && !isName(given[0]!)) out.push({ name: given[0]!, sentence, at: p }); else push(given, undefined, p);
    return;
  }
  if (/["”]$/.test(b)) return;
  subjectCredit(b, sentence, p, out, push);
}

/** A whose-clause closing the text before a verb, commas and all (", whose customers include A, B and C,"): the match shape
 * of the who/which pattern (index, the comma, the clause), or null. Found with lastIndexOf, not a pattern anchored at the end. */
function whoseClause(b: string): RegExpExecArray | null {
  const at = b.lastIndexOf(', whose ');
  if (at <= 0 || !/[,—–]$/.test(b)) return null;
  const clause = b.slice(at + 2, -1);
  if (clause.length > 120 || /[“”"]/.test(clause)) return null;
  const m = [b.slice(at), ',', clause] as unknown as RegExpExecArray;
  m.index = at;
  return m;
}

/** Does a subject before an appositive end on a job title, perhaps with what it heads ("Talmark's Chief Executive", "The Head of Security at Talmark")? */
const TITLE_IN_HEAD = (head: string) => {
  const toks = splitTokens(head.slice(head.lastIndexOf(',') + 1)).slice(-6);
  return toks.some((w) => TITLES.has(lower(clean(w)))) && !/\b(?:and|or)\s/i.test(toks.join(' '));
};

/** An appositive: a noun phrase opened by an article ("a freight firm"), one holding a job title ("chief scientist at X"), or a participle phrase ("speaking to X"). */
const APPOSITIVE_LIKE = (seg: string) => /^(?:an?|the)\s/i.test(seg) || /^(?!according\s)\p{Ll}+ing\s/u.test(seg) || splitTokens(seg).some((w) => TITLES.has(lower(clean(w))));

/**
 * The name that opens a clause and is followed by the appositives that end `head` ("Mara Quill, chief scientist at
 * Sentrylab" → Mara Quill), when the text before the last appositive is itself an appositive: the subject of a verb after
 * two appositives ("Mara Quill, chief scientist at Sentrylab, speaking to the Tribune, said"). The name is the whole of its
 * segment (an opener such as "In June" or "Today" is no name); null otherwise.
 */
function nameBeforeAppositives(head: string): { run: string[]; titled: boolean } | null {
  if (/[“”"]/.test(head)) return null;
  const segs = head.split(/\s{0,2}[,—–]\s{0,2}/);
  if (segs.length < 2 || segs.length > 3) return null;
  const apps = segs.slice(1);
  if (!apps.every((a) => a.length <= 80 && APPOSITIVE_LIKE(a))) return null;
  const first = segs[0]!.trim();
  // an opener ("On 3 May", "Today", "In June") is no name
  if (STOP.has(lower(splitTokens(first)[0] ?? '')) || CUT_STOP.has(lower(splitTokens(first)[0] ?? ''))) return null;
  const run = leadingRun(first);
  if (!run.length || run.join(' ').length < first.replace(/[.,;:]$/, '').length - 1) return null;
  if (!tidyName(run)) return null;
  return { run, titled: splitTokens(apps[0]!).some((w) => TITLES.has(lower(clean(w)))) };
}

/** "A Northgate Logistics statement (on Monday)", "the Hollis Tribune report": a named statement or report as the subject credits its author. */
const NAMED_STATEMENT = new RegExp(`(?:^|\\s)(?:[Aa]n?|[Tt]he)\\s((?:\\p{Lu}[\\p{L}\\p{N}&.'’-]{0,30}\\s){1,4})(?:${alt(STATEMENT_NOUNS)})(?:\\s(?:on|from|of|dated|issued)\\s[\\p{L}\\p{N}.,\\s]{1,30})?$`, 'u');

/** The subject just before a credit verb. */
function subjectCredit(b: string, sentence: Sentence, at: number, out: Credit[], push: Push): void {
  const ns = NAMED_STATEMENT.exec(b);
  // ("a French-language statement", "a Monday statement": a language, a country or a day says how or when, not who)
  if (ns && !splitTokens(ns[1]!.trim()).every((w) => { const x = lower(clean(w)).replace(/-language$/, ''); return GENERIC.has(x) || CUT_STOP.has(x); })) {
    push(splitTokens(ns[1]!.trim()), undefined, at);
    return;
  }
  // "the company said", "a spokesperson said", "a Brightwall spokesperson said"
  const sp = SPOKES_RE.exec(b);
  if (sp) {
    const words = splitTokens(b.slice(sp.index));
    const caps = words.filter((w) => isName(clean(w)) && !STOP.has(lower(clean(w))));
    if (caps.length) push(trailingRun(words.slice(0, -1).join(' ')), undefined, at);
    // "a police spokesman said": the force speaks through its spokesperson, not the victim
    else if (words.slice(0, -1).some((w) => lower(w) === 'police')) out.push({ name: 'police', sentence, hint: 'law-enforcement', at });
    else out.push({ name: '', sentence, hint: 'victim', at });
    return;
  }
  // "the Tribune a local newspaper reported", "Cargo Desk, the trade site, reported"
  const desc = DESCRIPTOR_RE.exec(b);
  if (desc) {
    const head = b.slice(0, desc.index);
    const run = trailingRun(head);
    const headPre = head.slice(0, Math.max(0, head.replace(/(?<![,\s])[,\s]+$/, '').length - run.join(' ').length));
    if (run.length && !PREPOSITION_END.test(headPre)) {
      const noun = desc[1]!;
      push(run, /newspaper|outlet|publication|broadcaster|station|daily|tabloid|magazine|wire|site|blog/.test(noun) ? 'outlet' : /research/.test(noun) ? 'researcher' : undefined, at);
      return;
    }
  }
  const vref = VICTIM_REF_RE.exec(b);
  if (vref) {
    // "customers of the bank said": the people it serves speak, not the victim
    if (SERVED_OF.test(b.slice(0, vref.index + 1))) return;
    const tail = splitTokens(b).slice(-3).map(clean);
    if (!tail.some((w) => /^\p{Lu}/u.test(w) && !STOP.has(lower(w)))) {
      out.push({ name: '', sentence, hint: 'victim', at });
      return;
    }
    // "…from Brightwall Bank, the bank told X": the name just before the comma is the one the reference points back to;
    // credited only when it is the victim ("…reported it to Quillmoor, the company told them" is Quillmoor's word)
    const own = splitTokens(b.slice(vref.index)).map(clean);
    const before = b.slice(0, vref.index);
    const referent = /,$/.test(before) && !/[“”"]/.test(before.slice(-3)) ? trailingRun(before.slice(0, -1)) : [];
    if (referent.length && !own.some((w) => /^\p{Lu}/u.test(w) && !STOP.has(lower(w)))) {
      const r = tidyName(referent);
      if (r) { out.push({ name: '', sentence, hint: 'victim', at, referent: r }); return; }
    }
  }
  // "Company officials said", "Bank executives told staff", "the bank’s officials said": the victim, by a common noun, speaks through its officials
  const voice = OFFICIAL_VOICE_RE.exec(b);
  if (voice) {
    out.push({ name: '', sentence, hint: 'victim', at });
    return;
  }
  const prev = splitTokens(b).slice(-2, -1)[0] ?? '';
  const determiner = STOP.has(lower(prev));
  for (const row of LOWER_SUBJECTS.rules) {
    const { hint } = row;
    const m = row.pattern.exec(b);
    // "Harbour police say", "Dutch police said": one capitalised place word or demonym names the force
    const before2 = splitTokens(b).slice(-3, -2)[0] ?? '';
    if (m && row.id === 'police-subject' && m[1] === 'police' && /^\p{Lu}\p{Ll}+$/u.test(prev) && !determiner && (!/^\p{Lu}/u.test(clean(before2)) || /[,;:]$/.test(before2))) {
      out.push({ name: `${prev} police`, sentence, hint, at, why: why(LOWER_SUBJECTS, row) });
      return;
    }
    if (m && (!/\p{Lu}/u.test(prev) || hint === 'government' && (determiner || /^\p{Lu}\p{Ll}+$/u.test(prev)))) {
      // "the Irish government": a capitalised adjective belongs to the name
      const name = hint === 'government' && /^\p{Lu}/u.test(prev) && !determiner && !/\s/.test(m[1]!) ? `${prev} ${m[1]}` : m[1]!;
      out.push({ name: name.replace(/^federal\s(?=prosecutors)/i, ''), sentence, hint, at, why: why(LOWER_SUBJECTS, row) });
      return;
    }
  }
  // "Sentrylab researchers said", "FBI officials said", "The Rhysida ransomware gang claimed"
  const toks = splitTokens(b);
  const lastTok = toks[toks.length - 1] ?? '';
  if ((GROUP_NOUNS.test(lastTok) || /^(?:gang|group|crew|collective|operators?|hackers?|actors?)$/.test(lastTok)) && toks.length >= 2) {
    let headToks = toks.slice(0, -1);
    for (let k = 0; k < 2 && headToks.length && /^\p{Ll}[\p{Ll}-]*$/u.test(headToks[headToks.length - 1]!) && !CONNECTORS.has(headToks[headToks.length - 1]!); k++) headToks = headToks.slice(0, -1);
    // "Worryingly, researchers said": a comma parts the opener from the group, no name owns it
    const run = /[,;:]$/.test(headToks[headToks.length - 1] ?? '') ? [] : trailingRun(headToks.join(' ').replace(/['’]s$/, ''));
    const research = /^research|^analyst|^engineer/i.test(lastTok);
    if (run.length) push(run, research ? 'researcher' : undefined, at);
    return;
  }
  const run = trailingRun(b);
  if (!run.length) return;
  // (a bracketed short form after the name, "Dunmore Aero (DA)", is skipped by the run: measure the text before it without it)
  const bare = b.replace(/\s\([^()]{1,40}\)[,;:]?$/, '');
  const pre = bare.slice(0, Math.max(0, bare.length - run.join(' ').length));
  // "Cargo Desk and trade publication PortWatch revealed": a second name across a descriptor
  const co = /\s(?:and|&)\s((?:[\p{Ll}-]{1,20}\s){1,3})$/u.exec(pre);
  if (co && LOWER_DESCRIPTOR_TAIL.test(' ' + co[1]!.trimEnd())) {
    const head = pre.slice(0, co.index);
    const other = trailingRun(head);
    if (other.length) push(other, OUTLET_DESCRIPTORS.test(head.slice(0, head.length - other.join(' ').length)) ? 'outlet' : undefined, at);
  }
  if (SPOKES_FOR_RE.test(pre)) { push(run, undefined, at); return; }
  if (/\b(?:by|of)\s$/i.test(pre) && !/\b(?:researchers?|analysts?|team|experts?)\s(?:of)\s$/i.test(pre)) {
    // "A study by IBM found": the run is the author; "the hack of Acme revealed": not a credit
    if (/\bby\s$/i.test(pre) && /\b(?:report|study|analysis|research|survey|investigation|post|statement|review)\s(?:\S+\s){0,2}by\s$/i.test(pre)) push(run, undefined, at);
    return;
  }
  if (PREPOSITION_END.test(pre) && !RESEARCH_CONTEXT.test(pre)) return;
  // "Northgate Logistics chief executive Jane Harlow said": the organisation before a lower-case title
  const officer = lowerTitleOwner(pre);
  if (officer.length) out.push({ name: tidyName(officer) ?? '', sentence, at, officerOf: true });
  // "council leader Jane Harlow told", "the district's superintendent Mara Quill said": the victim, named by a common noun, speaks through its officer
  else if (victimBeforeTitle(pre)) out.push({ name: '', sentence, hint: 'victim', at });
  push(run, RESEARCH_CONTEXT.test(pre) ? 'researcher' : OUTLET_DESCRIPTORS.test(pre) ? 'outlet' : undefined, at);
}

/** The name run before a lower-case job title that ends `pre` ("Brightwall chief executive "), or []. */
function lowerTitleOwner(pre: string): string[] {
  const toks = splitTokens(pre);
  let i = toks.length;
  while (i > 0 && /^\p{Ll}/u.test(toks[i - 1]!) && (TITLES.has(toks[i - 1]!) || toks[i - 1] === 'of' || TITLE_LEAD.test(capitalise(toks[i - 1]!)))) i--;
  if (i === toks.length || !TITLES.has(toks[toks.length - 1]!)) return [];
  return trailingRun(toks.slice(0, i).join(' '));
}
/** Does `pre` end on a victim reference and a lower-case job title ("but council leader ", "the district's superintendent ")? */
function victimBeforeTitle(pre: string): boolean {
  const toks = splitTokens(pre);
  let i = toks.length;
  while (i > 0 && /^\p{Ll}/u.test(toks[i - 1]!) && (TITLES.has(toks[i - 1]!) || TITLE_LEAD.test(capitalise(toks[i - 1]!)))) i--;
  if (i === toks.length || i === 0 || !TITLES.has(toks[toks.length - 1]!)) return false;
  const ref = toks[i - 1]!.replace(/['’]s?$/, '');
  if (!VICTIM_REFERENCES.includes(ref)) return false;
  // the reference opens the clause or follows a determiner ("the council's", "but council", "Meanwhile, hospital")
  const before = toks[i - 2];
  return before === undefined || /[,;:]$/.test(before) || /^(?:the|its|a|but|and|while|as|when|after)$/i.test(before);
}
const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** The credited name after "according to", "reported by", "a report from". */
/** "the (federal) government" or "the central bank" as a whole noun phrase: a comma, a possessive, the end, or a new phrase follows. */
const GOVERNMENT_OBJECT = /^((?:the|its|their|our)\s(?:[\p{Ll}-]{2,20}\s)?(?:government|bank))(?=['’]s\b|\s?[,;.:)]|\s?$|\s(?:the|a|an|its|their|this|that|these|those|and|in|on|at|as|to|which|who|has|have|had|is|was|were|said|says)\b)/u;

function objectCredit(a: string, sentence: Sentence, at: number, out: Credit[], push: Push, according: boolean): void {
  let rest = a;
  let hint: Credit['hint'] | undefined;
  // skip "a (new) report from", "the security firm", "researchers at", "documents filed with"
  for (let k = 0; k < 8; k++) {
    const w = /^(\S+)\s/.exec(rest);
    if (!w) break;
    const word = w[1]!;
    if (/^\p{Lu}|^\p{N}|^\p{Ll}{1,4}\p{Lu}/u.test(word) || /[,;:.)]$/.test(word)) break;
    if (/^research/i.test(word) || /^(?:security|cybersecurity|firm)$/i.test(word)) hint = 'researcher';
    rest = rest.slice(w[0].length);
  }
  const skipped = a.slice(0, a.length - rest.length);
  let run = leadingRun(rest);
  // "according to Harbour police": one place word or demonym names the force
  if (run.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(run[0]!) && /^\S+\spolice\b/u.test(rest)) {
    out.push({ name: `${run[0]} police`, sentence, hint: 'law-enforcement', at });
    return;
  }
  // "according to a release issued on Sunday": a day or month after an unowned statement dates it, names no one
  if (according && run.length && CUT_STOP.has(lower(clean(run[0]!))) && UNOWNED_STATEMENT.test(skipped.trim())) {
    out.push({ name: '', sentence, hint: 'victim', at });
    return;
  }
  if (run.length) {
    // "Leeds news station 9Live": the descriptor's name, not the place before it
    const after = rest.slice(rest.indexOf(run[run.length - 1]!) + run[run.length - 1]!.length);
    const d = /^\s((?:[\p{Ll}-]{1,20}\s){1,3})(?=\S)/u.exec(after);
    // ("Brazilian media Globo": an outlet descriptor after a demonym, as after a place)
    if (d && (LOWER_DESCRIPTOR_TAIL.test(' ' + d[1]!.trimEnd()) || OUTLET_DESCRIPTORS.test(d[1]!)) && !/[,;.]$/.test(run[run.length - 1]!)) {
      const second = leadingRun(after.slice(d[0].length));
      if (second.length) {
        if (OUTLET_DESCRIPTORS.test(d[1]!)) hint = 'outlet';
        run = second;
      }
    }
    // "the hack of Acme", "customers of X": only report-like words may stand between
    if (/\b(?:of|at|in|on|against)\s$/i.test(skipped) && !/\b(?:researchers?|experts?|analysts?|team|spokes\w+|officials?|staff)\s(?:at|of|from|in|with)\s(?:the\s)?$|(?:report|statement|release|post|filing|notice|findings|analysis|research|data|letter|announcement)\s(?:of|in|on|at)\s(?:the\s)?$/i.test(skipped)) return;
    if (according && /\b(?:hacker|hackers|attacker|criminals?|victims?|customers?|users?|people|employees?)\s/i.test(skipped)) return;
    // "according to his LinkedIn profile": a platform, not a source
    if (PLATFORM_SET.has(lower(clean(run[0]!))) && run.length === 1) return;
    if (!hint && OUTLET_DESCRIPTORS.test(skipped)) hint = 'outlet';
    // "the Hollis Tribune, a regional newspaper"
    const tail = rest.slice(rest.indexOf(run[run.length - 1]!) + run[run.length - 1]!.length);
    if (!hint && /^,?\s(?:an?|the)\s(?:[\p{Ll}-]{1,20}\s){0,3}(?:newspaper|outlet|publication|broadcaster|station|daily|tabloid|magazine|news\s(?:site|agency|service|website)|wire\sservice)\b/u.test(tail)) hint = 'outlet';
    push(run, hint, at, according);
    return;
  }
  // lower-case: "according to the firm", "according to a notice by the firm"
  const head = skipped + rest.split(/[,;.]/)[0];
  const ref = /^(?:(?:a|an|the)\s(?:[\p{L}-]{1,20}\s){0,4}?(?:from|by|of|with)\s)?(?:the|this|its)\s(?:[\p{L}-]{1,20}\s){0,1}?([\p{L}-]{2,20})(?:['’]s)?(?=[\s,.;]|$)/iu.exec(head);
  if (ref && (VICTIM_REFERENCES.includes(lower(ref[1]!)) || SPOKES_NOUNS.includes(lower(ref[1]!)))) {
    out.push({ name: '', sentence, hint: 'victim', at });
    return;
  }
  // "according to a notice on its website": the one whose site it is, the victim
  if (ON_ITS_SITE.test(head)) { out.push({ name: '', sentence, hint: 'victim', at }); return; }
  const sp = SPOKES_ONLY.exec(head.replace(STATEMENT_FROM, '')) ?? UNOWNED_STATEMENT.exec(head);
  if (sp) { out.push({ name: '', sentence, hint: 'victim', at }); return; }
  // "according to the government, …", "according to the central bank": the state body named by its common noun, read
  // by the government-subject row (the noun phrase must end there: "the government contractor" is someone else)
  const body = according ? GOVERNMENT_OBJECT.exec(head) : null;
  if (body) {
    const row = LOWER_SUBJECTS.rules.find((r) => r.hint === 'government');
    const m = row?.pattern.exec(body[1]!);
    if (row && m) { out.push({ name: m[1]!, sentence, hint: 'government', at, why: why(LOWER_SUBJECTS, row) }); return; }
  }
  const court = /^(?:the\s)?(court\s(?:documents|records|filings|papers)|charging\sdocuments|police|prosecutors|the\sindictment)/i.exec(head);
  if (court) out.push({ name: court[1]!.replace(/^the\s/i, ''), sentence, hint: /police|prosecutors/i.test(court[1]!) ? 'law-enforcement' : 'filing', at });
}

const ON_ITS_SITE = /^(?:a|an|the)\s(?:[\p{L}-]{1,20}\s){1,2}(?:on|in)\sits\s(?:own\s)?(?:website|site|blog|page|newsroom|portal)\b/iu;
/** "according to a statement", "according to a release issued on Sunday": a statement no one else is said to own is the victim's. */
const UNOWNED_STATEMENT = /^(?:an?|the)\s(?:(?:new|brief|short|written|official|latest|second|earlier|later)\s)?(?:statement|press\srelease|release|notice|announcement|letter|notification)(?:\s(?:issued|released|posted|published|sent|dated|shared)(?!\s(?:by|on\sbehalf))\b|$)/i;
/** A statement or notice as the thing cited ("citing a statement from the lender", "citing its filing"). */
const CITED_STATEMENT = new RegExp(`^(?:an?|the|its|their)\\s(?:[\\p{L}-]{1,20}\\s){0,2}?(?:${alt(STATEMENT_NOUNS)})\\b`, 'iu');
/** "a spokesperson", "a statement from a city spokesperson", "hospital sources", "company officials": the victim's unnamed voice. */
const SPOKES_ONLY = new RegExp(`^(?:(?:an?|the)\\s(?:[\\p{L}-]{1,20}\\s){0,2}?(?:${alt(SPOKES_NOUNS)})|(?:the\\s)?(?:${alt(VICTIM_REFERENCES)})\\s(?:sources|officials|executives|management|representatives))(?=[\\s,.;]|$)`, 'iu');
/** "a statement from …", "a short notice issued by …": the statement's owner follows. */
const STATEMENT_FROM = new RegExp(`^(?:an?|the)\\s(?:[\\p{L}-]{1,20}\\s)?(?:${alt(STATEMENT_NOUNS)})\\s(?:from|by|of|issued\\sby)\\s`, 'iu');

// ---- page furniture and publisher ----------------------------------------------------------------

/** Blocks that never credit anyone: image credits, captions, promo links, bylines, author bios. */
export function furnitureBlocks(doc: Document): Set<number> {
  return doc.memo('sources.furniture', () => {
    const out = new Set<number>();
    const n = doc.blocks.length;
    for (const b of doc.blocks) {
      const t = b.text.trim();
      if (b.kind === 'caption') { out.add(b.index); continue; }
      if (FURNITURE.some((re) => re.test(t))) { out.add(b.index); continue; }
      // a bio near the end, and everything after it
      if (b.index >= n - 4 && t.length < 1200 && AUTHOR_BIO.test(t)) {
        for (let i = b.index; i < n; i++) out.add(i);
        // the byline just before a bio ("Tomas Verhoeven")
        const prev = doc.blocks[b.index - 1];
        if (prev && prev.text.length < 60 && !/[.!?]$/.test(prev.text)) out.add(prev.index);
      }
    }
    return out;
  });
}

/** The name is one the publisher goes by (`doc.publisher.all`): a key itself, the key and more ("Harbour Post Media"), a start of 5+ letters of a key, or the host without its top level ("harbourpost" of harbourpost.com). */
function isPublisher(name: string, keys: readonly string[]): boolean {
  const c = compactName(name);
  if (!c) return false;
  return keys.some((k) => k === c || (k.length >= 4 && c.startsWith(k)) || (c.length >= 5 && k.startsWith(c)) || c === k.replace(/(?:com|net|org|media)$/, ''));
}


// ---- classification and merging -----------------------------------------------------------------
const CORP = new Set(['the', 'inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'corp', 'corporation', 'co',
  'company', 'group', 'holdings', 'sa', 'ag', 'gmbh', 'nv', 'bv', 'pty', 'llp', 'lp', 's', 'a']);
export function nameTokens(s: string): string[] {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ')
    .replace(/['’]s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter((t) => t && !CORP.has(t));
}
/** Same name, or one's words all inside the other's ("Sentrylab" / "Sentrylab Alliance Corp."). */
export function sameName(a: string, b: string): boolean {
  if (isAcronymOf(a, b) || isAcronymOf(b, a)) return true;
  if (compactName(a).length >= 4 && compactName(a) === compactName(b)) return true; // "Sentry Lab" / "SentryLab"
  const A = nameTokens(a);
  const B = nameTokens(b);
  if (!A.length || !B.length) return false;
  if (A.join(' ') === B.join(' ')) return true;
  const generic = /^(?:security|research|labs?|news|data|cyber|office|department|national|international|the|of|and|for|global|group|team|technologies|technology|systems|networks|services|bank|health|university|state|us|u|s|uk)$/;
  const [short, long] = A.length <= B.length ? [A, B] : [B, A];
  if (short.every((t) => generic.test(t))) return false;
  const sl = new Set(long);
  return short.every((t) => sl.has(t));
}

/** "FBI" / "Federal Bureau of Investigation", "ICO" / "Information Commissioner's Office". */
function isAcronymOf(short: string, long: string): boolean {
  const abbr = short.replace(/\./g, '');
  if (!/^\p{Lu}{2,6}$/u.test(abbr)) return false;
  const words = splitTokens(long).filter((w) => /^\p{Lu}/u.test(w) && !CORP.has(lower(w.replace(/(?<![.,])[.,]+$/, ''))));
  if (words.length < 2) return false;
  return words.map((w) => w[0]).join('') === abbr;
}

function hasPhrase(name: string, list: readonly string[]): boolean {
  const n = ` ${name.toLowerCase().replace(/[’]/g, "'").replace(/[^a-z0-9'&.-]+/g, ' ').trim()} `;
  return list.some((e) => (e.length <= 4 ? n.trim() === e || n.trim() === `the ${e}` || n.endsWith(` ${e} `) && n.trim().split(' ').length <= 3 : n.includes(` ${e} `)));
}

function lexiconKind(name: string): SourceKind | null {
  if (isNewsOutlet(name)) return 'news-outlet';
  if (hasPhrase(name, LAW_ENFORCEMENT)) return 'law-enforcement';
  if (hasPhrase(name, REGULATORS)) return 'regulator';
  if (hasPhrase(name, FILING_NAMES)) return 'filing';
  return null;
}

const KIND_RANK: Record<SourceKind, number> = {
  'victim-statement': 8, regulator: 7, 'law-enforcement': 6, 'news-outlet': 5, filing: 4, researcher: 3, person: 2, other: 1,
};

/** The victim's names: the company finding, or (when there is none yet) a credited organisation named in the headline. */
function victimNames(doc: Document, ctx: Context, credits: Credit[]): string[] {
  if (ctx.company) return [ctx.company.name, ...ctx.company.aliases];
  const head = `${doc.title ?? ''} ${doc.blocks[0]?.text ?? ''}`;
  for (const c of credits) {
    if (!c.name || c.hint === 'person' || lexiconKind(c.name)) continue;
    if (splitTokens(c.name).length <= 4 && head.includes(c.name)) return [c.name];
  }
  return [];
}

/** A name a credit rule read, in the article it was read in (what the filters below look at). */
interface Candidate {
  name: string;
  credit: Credit;
  doc: Document;
  places: Set<string>;
  names: NameLookup;
  /** The name is the victim's (a victim publishing its own notice is still its own statement). */
  victim: boolean;
  /** The credit's sentence tells another or an earlier incident (ctx.scope). */
  background: boolean;
}

/** A filter row: a credited name that is not a source. `test` reads a made-up article line for the row's own check. */
export interface SourceFilter extends TestRule {
  drops: (c: Candidate) => boolean;
}

/** A row's example or counterexample written "Name :: text": the name the row reads against, then the text. */
const namedExample = (text: string): [string, string] => text.split(' :: ') as [string, string];
/** A row test for a reader that finds the victim in a text: its 'Victim :: text' example names the victim to look for. */
const victimExampleTest = (find: (text: string, victims: readonly string[]) => string | null) => (text: string): boolean => {
  const [victim, body] = namedExample(text);
  return find(body, [victim]) !== null;
};

/** Run a filter on a line "Name :: sentence" (or the sentence alone, its first word as the name) for its row check. */
function filterTest(drops: SourceFilter['drops']): (text: string) => boolean {
  return (text) => {
    const [name, body] = text.includes(' :: ') ? namedExample(text) : [text.split(/\s/)[0]!, text];
    const url = /\bhttps?:\/\/\S+/.exec(body)?.[0];
    const doc = readDocument(`${body}\n`, { format: 'txt', ...(url ? { url } : {}) });
    const sentence = doc.sentences[0] ?? sentenceOf(body);
    const background = findScope(doc, null, null).isBackground(sentence);
    return drops({ name, credit: { name, sentence }, doc, places: new Set(), names: new NameLookup(), victim: false, background });
  };
}

function sourceFilter(row: Omit<SourceFilter, 'test'>): SourceFilter {
  return { ...row, test: filterTest(row.drops) };
}

/** Unnamed police speaking: "police said", "said police", "a police spokesman said". */
const POLICE_SPOKE = /\b(?:police\s(?:said|say|says|spokes(?:man|woman|person))|said\s(?:a\s)?police)\b/i;

/** Names credit rules read that are not sources, tried in order; the first that fires drops the name. */
export const SOURCE_FILTERS = ruleTable<SourceFilter>('sources', 'not a source', [
  sourceFilter({
    id: 'image-or-generic',
    reason: 'an image agency or a common noun ("Researchers", "Officials") names no one',
    example: 'Researchers :: Researchers said the server was open.',
    counterexample: 'Sentrylab :: Sentrylab said the server was open.',
    drops: (c) => IMAGE_SET.has(lower(c.name)) || GENERIC.has(lower(c.name)) && c.credit.hint !== 'government' && !(c.credit.hint === 'law-enforcement' && lower(c.name) === 'police' && POLICE_SPOKE.test(c.credit.sentence.text)),
  }),
  sourceFilter({
    id: 'capitalised-opener',
    reason: 'a common word capitalised only because it opens the sentence ("Research published by …") is no name',
    example: 'Overall :: Overall said nothing; overall the firm stayed quiet.',
    counterexample: 'Brightwall :: Brightwall said nothing; the firm stayed quiet.',
    drops: (c) => c.credit.hint !== 'victim' && opens(c.credit.sentence.text, c.name) && c.name !== c.name.toUpperCase() && !/\s/.test(c.name) && lowerElsewhere(c.doc, lower(c.name)),
  }),
  sourceFilter({
    id: 'adjective-opener',
    reason: 'a compound adjective ("Tallinn-headquartered", "Cloud-based") describes a name, it is not one',
    example: 'Riga-headquartered :: Riga-headquartered said nothing.',
    counterexample: 'Brightwall :: Brightwall said nothing.',
    drops: (c) => COMPOUND_ADJECTIVE.test(c.name),
  }),
  sourceFilter({
    id: 'publisher',
    reason: 'the publisher of the page (its address, site name or title suffix) reports, it is not a source, unless it is the victim publishing its own notice',
    example: 'Coastal Ledger :: The Coastal Ledger reported it at https://www.coastalledger.com/news/1 today.',
    counterexample: 'Hollis Tribune :: The Hollis Tribune reported it at https://www.coastalledger.com/news/1 today.',
    drops: (c) => !c.victim && isPublisher(c.name, c.doc.publisher.all),
  }),
  sourceFilter({
    id: 'place-name',
    reason: 'a single place name ("Britain said") stands for its government, too vague to credit',
    example: 'Portugal :: Portugal said the attack came from abroad.',
    counterexample: 'Brightwall :: Brightwall said the attack came from abroad.',
    drops: (c) => !/\s/.test(c.name) && (c.places.has(c.name) || c.names.place(c.name)) && !lexiconKind(c.name) && c.credit.hint !== 'person',
  }),
  {
    id: 'background',
    reason: 'credited for a claim about another victim or an earlier incident (a background sentence, not the lede): not a source of this incident',
    example: 'Sentrylab :: Brightwall Bank was hit by a similar attack last spring, Sentrylab said.',
    counterexample: 'Sentrylab :: The freight operator was hit by the attack last spring, Sentrylab said.',
    drops: (c) => c.background && !c.victim,
    // the row's sentence follows a lede (a lede is never background)
    test: (text) => {
      const [name, body] = namedExample(text);
      const doc = readDocument(`The freight operator said its depots were shut.\n\n${body}\n`, { format: 'txt' });
      const sentence = doc.sentences[doc.sentences.length - 1]!;
      const background = otherIncident(findScope(doc, null, null), sentence);
      return background && !sameName(name, 'freight operator');
    },
  },
  sourceFilter({
    id: 'number',
    reason: 'a bare number is no name',
    example: '2024 :: 2024 saw more attacks, the survey said.',
    counterexample: '8Base :: 8Base said it took the files.',
    drops: (c) => /^\p{N}+$/u.test(c.name),
  }),
]);


/** Does the sentence open on this name (past a list bullet or an opening quote)? */
const opens = (text: string, name: string) => text.replace(/^[\s•·▪◦*‣⁃–—-]*[“"‘(]?/u, '').startsWith(name);

const COMPOUND_ADJECTIVE = /^[\p{L}.]+-(?:based|headquartered|owned|backed|linked|affiliated|registered|listed|run|born|focused)$/iu;

/**
 * compromise's reading of a short name or word depends on nothing but the text (nothing here teaches it
 * words), so it is remembered for the whole process, not one article: a tagger call costs about as much
 * as a sentence. Each memo is emptied when it reaches MEMO_LIMIT entries, which bounds memory.
 */
const PERSONS = new Map<string, boolean>();
const PLACES = new Map<string, boolean>();
const MEMO_LIMIT = 20_000;

function remembered(memo: Map<string, boolean>, key: string, read: () => boolean): boolean {
  let v = memo.get(key);
  if (v === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, (v = read()));
  }
  return v;
}

/** compromise's reading of short names (a person? a place?). */
export class NameLookup {
  /** Does compromise read this short name as a person ("Mara Quill")? */
  person(name: string): boolean {
    const t = splitTokens(name);
    if (t.length < 2 || t.length > 4 || !t.every((w) => /^\p{Lu}[\p{Ll}'’.-]+$|^\p{Lu}\.$/u.test(w))) return false;
    return remembered(PERSONS, name, () => compromise()(name).people().found as boolean);
  }
  /** A country, region or city as compromise knows it ("Britain", "Kurdistan"). */
  place(name: string): boolean {
    if (!/^\p{Lu}[\p{Ll}]{2,}$/u.test(name)) return false;
    return remembered(PLACES, name, () => compromise()(name).has('#Place') as boolean);
  }
}

/** Does the sentence tell another or an earlier incident? (A trend statistic is background to the incident, but its source
 * is still credited for the figure, as survey and round-up articles credit theirs.) */
const otherIncident = (scope: IncidentScope, s: Sentence) => {
  return scope.isOtherIncident(s);
};

/**
 * The sentences of this incident (not background) where the attackers, named by a common noun, credit their
 * own claim ("the hackers said"): the attacker-says row alone, run once actors are known. The sources step
 * sets these credits aside; `creditAttacker` gives them to the actor.
 */
export function attackerClaims(doc: Document, scope: IncidentScope): Credit[] {
  const row = CREDIT_RULES.rules.find((r) => r.id === 'attacker-says')!;
  return creditingSentences(doc).filter((s) => !otherIncident(scope, s)).flatMap((s) => creditsBy([row], s, new NameLookup()));
}

/** The sentences that may credit anyone: not page furniture, not a title-case line, not a run-on of over 4,000 characters. */
function creditingSentences(doc: Document): readonly Sentence[] {
  // (read three times per article: the page owner, the sources and the attackers' claims)
  return doc.memo('sources.crediting', () => {
    const skip = furnitureBlocks(doc);
    return doc.sentences.filter((s) => !skip.has(s.block) && s.text.length <= 4000 && !FURNITURE.some((re) => re.test(s.text)) && !titleCase(s.text));
  });
}

/**
 * The sources with the attackers' own claims credited to the actor the headline or lede names: added as a
 * source, or to the actor's entry when it is credited by name already. Without such an actor the claims
 * name no one (set aside, with why).
 */
export function creditAttacker(doc: Document, sources: SourceFinding[], claims: Credit[], actors: readonly { name: string }[], explain: Context['explain']): SourceFinding[] {
  if (!claims.length) return sources;
  // the actor the story is about: named in the headline or the lede, not one compared with it further down
  const lede = [doc.title ?? '', ...doc.sentences.slice(0, 3).map((x) => x.text)].join(' ');
  const actor = actors.find((a) => lede.includes(splitTokens(a.name)[0]!.replace(/['’]s$/, '')));
  if (!actor) {
    for (const c of claims) explain.drop({ field: 'sources', text: '(the attackers)', why: { rule: 'sources.attacker-unnamed', reason: 'a reference to the attackers ("the hackers said") while the headline and lede name no actor' }, sentence: c.sentence });
    return sources;
  }
  const named = sources.find((f) => sameName(f.name, actor.name));
  const hit: SourceFinding = named
    ? { ...named, sentences: [...named.sentences] }
    : { name: actor.name, kind: 'other', sentences: [], relayOnly: [], ...(claims[0]!.why ? { why: claims[0]!.why } : {}) };
  for (const c of claims) if (!hit.sentences.includes(c.sentence)) hit.sentences.push(c.sentence);
  hit.sentences.sort((a, b) => a.start - b.start);
  return named ? sources.map((f) => (f === named ? hit : f)) : [...sources, hit];
}

/** A quotation mark: a sentence with one may be someone quoted, not the page's own voice. */
const QUOTE_MARK = /[“”"]/;
/** First person plural, the voice of an organisation's own page ("we", "our", "us"). */
const FIRST_PLURAL = /(?<![\p{L}])(?:[Ww]e|[Oo]ur|us)(?![\p{L}])/u;

/**
 * The organisation whose own page this is, when the page tells the incident in its own voice: a notice, an
 * update or an FAQ posted on its site ("On 3 May we became aware… we are contacting affected patients…").
 * The page is its own voice when the company step reads it as the victim's own notice (ownNotice: a
 * first-person notice outside quotation marks) and at least three sentences speak in the first person
 * plural; the owner is the name the text writes for the site's address ("Harlow Road Dental" on harlowroaddental.com, "Owen Vale Family Health
 * Team" on ovfht.ca), not a news outlet. A news story that quotes a victim's letter keeps it in quotation
 * marks, and names its own outlet rarely in the body: no owner there.
 */
export function pageOwner(doc: Document): { name: string; selfNamed: boolean } | null {
  return doc.memo('sources.pageOwner', () => {
    if (!doc.url) return null;
    const own = creditingSentences(doc).filter((s) => !QUOTE_MARK.test(s.text));
    if (!ownNotice(doc) || own.filter((s) => FIRST_PLURAL.test(s.text)).length < 3) return null;
    const keys = doc.publisher.host;
    const counts = new Map<string, { n: number; exact: boolean }>();
    const text = `${doc.title ?? ''}\n${doc.text.slice(0, 6000)}`;
    for (const line of text.split(/[\n.;:!?()]+/)) {
      const toks = splitTokens(line).map((t) => t.replace(/,$/, ''));
      for (let i = 0; i < toks.length; i++) {
        if (!isName(clean(toks[i]!)) || CONNECTORS.has(toks[i]!)) continue;
        for (let j = i; j < Math.min(toks.length, i + 6); j++) {
          const tj = toks[j]!;
          if ((!isName(clean(tj)) && !CONNECTORS.has(tj)) || (j > i && CUT_STOP.has(lower(clean(tj))))) break;
          if (CONNECTORS.has(tj)) continue;
          const name = toks.slice(i, j + 1).join(' ').replace(/['’]s$/, '');
          const c = compactName(name);
          const words = splitTokens(name).filter((w) => /^[\p{Lu}\p{N}]/u.test(w));
          const initials = words.length >= 3 ? lower(words.map((w) => w[0]).join('')) : '';
          const exact = keys.some((k) => k === c || (initials && k === initials));
          if (!exact && !isPublisher(name, keys)) continue;
          if (c.length < 4 || isNewsOutlet(name) || looksLikeOutlet(name) || lexiconKind(name)) continue;
          const seen = counts.get(name) ?? { n: 0, exact };
          seen.n++;
          counts.set(name, seen);
        }
      }
    }
    const ranked = [...counts.entries()].sort((a, b) => Number(b[1].exact) - Number(a[1].exact) || b[1].n - a[1].n || b[0].length - a[0].length);
    const name = ranked[0]?.[0];
    if (!name) return null;
    // does the owner name itself in its own voice ("our supporters at Harlow Road Dental", "we regret that Harlow Road Dental…")?
    const selfNamed = own.some((s) => FIRST_PLURAL.test(s.text) && s.text.includes(name));
    return { name, selfNamed };
  });
}

/** The present-tense credit verbs a headline uses, capitalised as a Title Case headline writes them ("Confirms", "Says"). */
const HEADLINE_VERB = new RegExp(`^\\s(?:${alt(CREDIT_VERBS.filter((v) => /^\p{Ll}+s$/u.test(v) && !/ss$/.test(v)).map(capitalise))})\\b`, 'u');

/** The victim a Title Case headline opens on, when a credit verb follows it ("Brightwall Confirms Data Breach"), or null. */
function headlineVictim(text: string, victims: readonly string[]): string | null {
  const t = text.replace(/^(?:#+\s*)?(?:The\s)?/, '');
  return victims.find((v) => v && t.startsWith(v) && HEADLINE_VERB.test(t.slice(v.length))) ?? null;
}

const skipHeadline = (doc: Document, s: Sentence) => furnitureBlocks(doc).has(s.block);

/** A Title Case headline: every word capitalised, so the subject-verb reading skips it; read against the victim's name alone. */
export const HEADLINE_RULES = ruleTable<TestRule>('sources', 'headline credit', [
  {
    id: 'headline-victim',
    reason: 'a Title Case headline that opens on the victim and a credit verb ("Brightwall Confirms Data Breach") reports the victim\'s own statement',
    example: 'Brightwall Freight :: Brightwall Freight Confirms Data Breach After Weekend Outage',
    counterexample: 'Brightwall Freight :: Hackers Say Brightwall Freight Data Is For Sale',
    test: victimExampleTest(headlineVictim),
  },
]);

/** What a victim announces about itself: a notice, or the incident itself ("a security incident", "a breach"). */
const VICTIM_NOTICE_OBJECT = alt([...STATEMENT_NOUNS, 'warning', 'incident', 'breach', 'data breach', 'cyberattack', 'cyber-attack', 'cyber attack']);
/**
 * Right after the victim's name: an appositive that opens on an article ("Brightwall, the studio behind Quillmoor, …") may
 * stand between; then a verb of announcing, posting or sending whose object is a notice or the incident. A negation or a
 * modal is no telling ("has not posted", "may announce").
 */
const VICTIM_NOTICE_AFTER = new RegExp(`^(?:,\\s(?:the|a|an)\\s[^;:.!?“”"()]{0,160}?,?)?\\s(?:(?:has|had|have|just|also|then|later|recently|quickly|publicly|first|officially)\\s){0,2}(?:announced|disclosed|posted|published|issued|released|sent(?:\\sout)?|put\\sout)\\s(?:a|an|its|their)\\s[“"‘]?(?:[\\p{L}-]+\\s){0,3}?(?:${VICTIM_NOTICE_OBJECT})(?![\\p{L}-])`, 'u');

/** The victim, by one of its names, announcing a notice or the incident, read anywhere in the sentence. */
function victimNotice(text: string, victims: readonly string[]): string | null {
  for (const v of victims) {
    if (!v || v.length < 3) continue;
    for (let at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) || /^[\p{L}\p{N}]/u.test(text.slice(at + v.length))) continue;
      if (VICTIM_NOTICE_AFTER.test(text.slice(at + v.length))) return v;
    }
  }
  return null;
}

/** The victim telling its own incident by name as the subject of announcing a notice, wherever the clause stands. */
export const VICTIM_NOTICE_RULES = ruleTable<TestRule>('sources', 'victim notice', [
  {
    id: 'victim-notice',
    reason: 'the victim named as the subject of announcing, posting or sending a notice or the incident itself ("after Brightwall announced a security incident", "Brightwall sent out a warning") tells its own incident, even inside a subordinate clause or past an appositive',
    example: 'Brightwall :: Trading stopped after Brightwall announced a serious security incident in May.',
    counterexample: 'Brightwall :: Trading stopped after Quillmoor announced a serious security incident in May.',
    test: victimExampleTest(victimNotice),
  },
]);

const FIRST_PERSON_RULE = 'sources.first-person-notice';
const VICTIM_ELSEWHERE = { id: 'reference-to-other', reason: 'a reference ("the company told them") right after another organisation\'s name and a comma points back to that organisation, not the victim' };
const VICTIM_UNKNOWN = { id: 'victim-unknown', reason: 'a reference to the victim ("the company said") while no victim is known' };

export const extractSources: Extractor<SourceFinding[], 'company' | 'scope'> = (doc, ctx) => {
  const names = new NameLookup();
  const credits: Credit[] = [];
  for (const s of creditingSentences(doc)) credits.push(...sentenceCredits(s, names));
  const victims = victimNames(doc, ctx, credits);
  const owner = pageOwner(doc);
  const speakers = owner ? [...victims, owner.name] : victims;
  const people = personIndex(doc, credits);
  const places = new Set(entities(doc).filter((e) => e.kind === 'place').map((e) => e.text));

  type Found = SourceFinding & { first: number; direct: Set<number>; relayed: Set<number> };
  const found: Found[] = [];
  const add = (name: string, kind: SourceKind, c: Credit): Found => {
    const sentence = c.sentence;
    let hit = found.find((f) => sameName(f.name, name));
    if (hit) {
      if (!hit.sentences.includes(sentence)) hit.sentences.push(sentence);
      if (nameTokens(name).length > nameTokens(hit.name).length) hit.name = name;
      if (KIND_RANK[kind] > KIND_RANK[hit.kind]) hit.kind = kind;
    } else {
      hit = { name, kind, sentences: [sentence], first: sentence.start, direct: new Set(), relayed: new Set(), ...(c.why ? { why: c.why } : {}) };
      found.push(hit);
    }
    (c.relay ? hit.relayed : hit.direct).add(sentence.index);
    return hit;
  };
  const drop = (c: Credit, name: string, w: Why) => ctx.explain.drop({ field: 'sources', text: name || '(the victim)', why: w, sentence: c.sentence });

  for (const c of credits) {
    let name = c.name;
    // (the attackers' own claims wait for the actors: attackerClaims, creditAttacker)
    if (c.hint === 'attacker') continue;
    if (c.hint === 'victim') {
      // the page's own voice ("we became aware…" outside quotation marks) is its owner's, whoever the victim was found to be
      // (over a victim found elsewhere only when the owner names itself in that voice: a news blog reproducing a statement does not)
      const ownVoice = owner && (!victims.length || (c.why?.rule === FIRST_PERSON_RULE && owner.selfNamed)) && !QUOTE_MARK.test(c.sentence.text);
      if (ownVoice) name = owner.name;
      else if (!victims.length) { drop(c, name, { rule: `sources.${VICTIM_UNKNOWN.id}`, reason: VICTIM_UNKNOWN.reason }); continue; }
      else if (c.referent && !speakers.some((v) => sameName(v, c.referent!))) { drop(c, c.referent, { rule: `sources.${VICTIM_ELSEWHERE.id}`, reason: VICTIM_ELSEWHERE.reason }); continue; }
      else name = victims[0]!;
    }
    if (!name) continue;
    // "City Administrator Jane Harlow said", "Hospital chief executive Leon Brandt said": the officer of the victim named by a common noun
    if (c.officerOf && victims.length && VICTIM_REFERENCES.includes(lower(name))) name = victims[0]!;
    // "Brightwall CEO Jane Harlow said": the victim speaks through its officer; another organisation's title
    // ("Senate Minority Leader", "Product Manager") is too often part of the title itself
    if (c.officerOf && !speakers.some((v) => sameName(v, name))) continue;
    // a surname alone → the full name introduced elsewhere ("Quill writes")
    if (!/\s/.test(name)) {
      const full = people.get(name) ?? firstNameBefore(doc, name);
      if (full) name = full;
    }
    // "Outsourcer Brightwall said": a common word glued before the name at the start of the sentence
    if (opens(c.sentence.text, name) && name !== name.toUpperCase()) {
      const [head, ...tail] = splitTokens(name);
      if (tail.length && lowerElsewhere(doc, lower(head!)) && moreOftenAlone(doc, tail.join(' '), name)) name = tail.join(' ');
    }
    // the victim speaks through its own verbs; a shared subject adds the people and other organisations it names
    if (c.shared && speakers.some((v) => sameName(v, name))) continue;
    const candidate: Candidate = { name, credit: c, doc, places, names, victim: speakers.some((v) => sameName(v, name)), background: otherIncident(ctx.scope, c.sentence) };
    const filter = SOURCE_FILTERS.rules.find((f) => f.drops(candidate));
    if (filter) { drop(c, name, why(SOURCE_FILTERS, filter)); continue; }
    add(name, classify(name, c, speakers, people, names), c);
  }
  // "Brightwall Confirms Data Breach": the Title Case headline among the first sentences, read against the victim's names
  const headline = doc.sentences.slice(0, 3).find((s) => titleCase(s.text) && !skipHeadline(doc, s));
  const hv = headline && headlineVictim(headline.text, victims);
  if (headline && hv) add(hv, 'victim-statement', { name: hv, sentence: headline, why: why(HEADLINE_RULES, HEADLINE_RULES.rules[0]!) });
  // "after Brightwall announced a security incident", "Brightwall sent out a warning": the victim's own notice, by name
  if (!found.some((f) => speakers.some((v) => sameName(v, f.name)))) {
    for (const s of doc.sentences) {
      const v = victimNotice(s.text, victims);
      if (v) { add(v, 'victim-statement', { name: v, sentence: s, why: why(VICTIM_NOTICE_RULES, VICTIM_NOTICE_RULES.rules[0]!) }); break; }
    }
  }
  found.sort((a, b) => a.first - b.first);
  return found.map(({ name, kind, sentences, why: w, direct, relayed }) => ({
    name, kind, sentences: sentences.sort((a, b) => a.start - b.start),
    relayOnly: [...relayed].filter((i) => !direct.has(i)),
    ...(w ? { why: w } : {}),
  }));
};

function classify(name: string, c: Credit, victims: string[], people: Map<string, string>, names: NameLookup): SourceKind {
  if (victims.some((v) => sameName(v, name)) && c.hint !== 'person') return 'victim-statement';
  if (c.hint === 'filing') return lexiconKind(name) === 'regulator' ? 'regulator' : 'filing';
  const lex = lexiconKind(name);
  if (lex) return lex;
  if (c.hint === 'law-enforcement' || c.hint === 'regulator') return c.hint;
  if (c.hint === 'outlet' || looksLikeOutlet(name)) return 'news-outlet';
  const orgish = ORG_WORDS.test(name) || hasPhrase(name, RESEARCH_NAME_WORDS) || looksLikeOutlet(name);
  const isPerson = !orgish && (c.hint === 'person' || c.hint === 'researcher' && splitTokens(name).length >= 2 && names.person(name) || [...people.values()].includes(name) || names.person(name));
  if (isPerson) return 'person';
  if (c.hint === 'researcher') return 'researcher';
  if (GOVERNMENT_WORDS.test(name)) return 'other';
  if (hasPhrase(name, RESEARCH_NAME_WORDS)) return 'researcher';
  return 'other';
}

/** "Quill" → "Mara Quill" when the article writes the full name somewhere (a capitalised word before it). */
function firstNameBefore(doc: Document, surname: string): string | null {
  const memo = doc.memo('sources.firstNames', () => new Map<string, string | null>());
  if (!memo.has(surname)) memo.set(surname, findFirstName(doc, surname));
  return memo.get(surname)!;
}

/**
 * A capitalised word, or one and an initial ("Mara", "Jane Q."), then a space, at the end of the text it is
 * tried on: the first name before a surname. A match is at most 47 code units long (FIRST_NAME_WINDOW leaves
 * room for the character the lookbehind reads).
 */
const FIRST_NAME_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]{1,20}(?:\s\p{Lu}\.)?)\s$/u;
const FIRST_NAME_WINDOW = 64;
const STARTS_WITH_LETTER = /^\p{L}/u;

/**
 * The first full name the text writes for a surname, as one left-to-right scan for "First [X.] Surname"
 * would find them (each match after the last one's end), read at each occurrence of the surname with one
 * fixed pattern: a pattern built from the surname would cost a compile (milliseconds) per article.
 */
function findFirstName(doc: Document, surname: string): string | null {
  if (!/^\p{Lu}[\p{Ll}'’-]{2,30}$/u.test(surname)) return null;
  const text = doc.text;
  let end = 0;
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    if (STARTS_WITH_LETTER.test(text.slice(at + surname.length, at + surname.length + 2))) continue;
    const from = Math.max(0, at - FIRST_NAME_WINDOW);
    const m = FIRST_NAME_BEFORE.exec(text.slice(from, at));
    if (!m || from + m.index < end) continue;
    end = at + surname.length;
    const first = m[1]!;
    const w = lower(first.split(/\s/)[0]!);
    if (STOP.has(w) || GENERIC.has(w) || TITLES.has(w) || HONOR.has(w) || CUT_STOP.has(w) || CONNECTORS.has(w)) continue;
    if (isNewsOutlet(first) || lexiconKind(`${first} ${surname}`)) continue;
    return `${first} ${surname}`;
  }
  return null;
}

const ORG_WORDS = /\b(?:Inc|Corp|Corporation|Ltd|LLC|plc|Group|Holdings|Company|Bank|Hospital|University|College|School|Systems|Networks|Technologies|Technology|Software|Solutions|Services|Security|Labs?|Partners|Associates|Institute|Foundation|Association|Council|Agency|Department|Ministry|Office|Bureau|Commission|Authority|Centre|Center|Trust|Health|Healthcare|Insurance|Financial|Capital|Media|News|Airlines?|Motors|Energy|Pharma|Entertainment|Games|Studios|Team|Project|Research|Intelligence|Alliance|Society|Club|Church|County|City|State|Police|Court|Government|Army|Navy|Force)\b/;
const GOVERNMENT_WORDS = /\b(?:Agency|Department|Ministry|Office|Bureau|Government|Council|Parliament|Congress|Senate|Army|Navy|Air\sForce|Command|White\sHouse|Pentagon|Kremlin)\b/;


/** A headline in Title Case ("Microsoft Says Hackers Drops Serious Flaw"): every word capitalised, so no names can be told apart. */
function titleCase(text: string): boolean {
  if (text.length > 200) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 4) return false;
  // a credit verb in lower case is a sentence's verb, not a headline's ("Mara Quill, Head of Investigations, commented:")
  if (words.some((w) => LOWER_CREDIT_VERB.test(w))) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.8;
}
const LOWER_CREDIT_VERB = new RegExp(`^(?:${alt(SPEECH_VERBS.filter((v) => !/\s/.test(v)))})[,.:;]?$`, 'u');

/** Does "Brightwall" occur more often than "Outsourcer Brightwall" (so the first word is not part of the name)? */
function moreOftenAlone(doc: Document, rest: string, full: string): boolean {
  const count = (needle: string) => {
    let n = 0;
    for (let i = doc.text.indexOf(needle); i >= 0 && n < 50; i = doc.text.indexOf(needle, i + needle.length)) n++;
    return n;
  };
  return count(rest) > count(full);
}

/** Does the word occur in lower case in the article ("research", "cybersecurity")? */
function lowerElsewhere(doc: Document, word: string): boolean {
  const words = doc.memo('sources.lowerWords', () => new Set(doc.text.match(/(?<![\p{L}\p{N}./@])\p{Ll}[\p{Ll}-]{2,30}(?![\p{L}\p{N}@]|\.\p{L})/gu) ?? []));
  return words.has(word);
}

/** Surname → full name of the people the article names (from the NLP pass and the credits themselves). */
function personIndex(doc: Document, credits: Credit[]): Map<string, string> {
  const out = new Map<string, string>();
  const note = (written: string) => {
    const t = splitTokens(written);
    // "Mr Quill", "Lieutenant General Quill" → "Quill": a title is never part of the full name
    while (t.length && (HONOR.has(lower(t[0]!)) || TITLES.has(lower(t[0]!)))) t.shift();
    const full = t.join(' ');
    if (t.length < 2 || t.length > 4) return;
    if (!t.every((w) => /^\p{Lu}/u.test(w))) return;
    const last = t[t.length - 1]!;
    if (!out.has(last)) out.set(last, full);
  };
  for (const c of credits) if (c.hint === 'person' && c.name) note(c.name);
  for (const e of entities(doc)) if (e.kind === 'person') note(e.text.replace(/['’]s$/, ''));
  return out;
}
