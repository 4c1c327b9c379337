// The victim's country (ISO 3166-1 alpha-2), read from how the article describes the victim: a demonym
// or place beside its name ("the Dutch insurer X", "X, based in Lyon", "Germany's largest brewer, X"),
// then, when no mention says, from the article as a whole (a descriptive phrase that refers back to it,
// a dateline, its people by nationality, the country the story names, a national regulator told), and when
// the words settle nothing, the page's country domain (".com.au", ".co.nz").
//
// A country word names the victim's country only where it describes the victim. The rows of
// COUNTRY_ASIDE set aside the other readings: the attacker ("a Russia-linked gang", "North Korean
// hackers"), a product's origin, a language, a researcher, security firm or outlet ("a US-based
// researcher", "the German newspaper"), police acting against the attackers, where the attackers or
// their servers are, and another victim named for comparison. Whole-article rows read only sentences
// that tell this incident (src/extract/scope.ts): a paragraph about another victim places nobody.
import type { Document, Sentence } from '../document.js';
import { ORG_DESCRIPTORS } from '../lexicon/company.js';
import { AUTHORITY_COUNTRY, COUNTRY_WORDS, CURRENCY_COUNTRY, PLACE_WORDS } from '../lexicon/countries.js';
import { alternation, escapeWords, execAll, wholeNameTest } from '../regexp.js';
import { ruleTable, why, type Explain, type PatternRule, type RuleTable, type TestRule, type Why } from '../rules.js';
import type { IncidentScope } from './scope.js';
import { firstBlockIsHeadline } from './company.js';

/** Every country, demonym and place word → its ISO code. */
export const COUNTRY_MAP = new Map<string, string>([...COUNTRY_WORDS, ...PLACE_WORDS].map(([k, v]) => [k, v]));

const alt = alternation;
const esc = escapeWords;
const COUNTRY_ALT = [...COUNTRY_MAP.keys()].sort((a, b) => b.length - a.length).map(esc).join('|');
const COUNTRY_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${COUNTRY_ALT})(?![\\p{L}\\p{N}])`, 'gu');
const AUTH_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${AUTHORITY_COUNTRY.map(([k]) => esc(k)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const AUTH_MAP = new Map(AUTHORITY_COUNTRY.map(([k, v]) => [k, v]));
/** A name for each code, to show an authority's country as a phrase. */
const COUNTRY_NAME_OF = new Map<string, string>();
for (const [k, v] of COUNTRY_WORDS) if (!COUNTRY_NAME_OF.has(v)) COUNTRY_NAME_OF.set(v, k);

/** Organisation nouns a descriptive phrase ends on ("the Dutch insurer", "a Brazilian fintech"). */
const DESCRIPTOR_ALT = alt(ORG_DESCRIPTORS.filter((d) => !['group', 'body', 'forum', 'site', 'website', 'app', 'network', 'brand', 'outlet', 'publisher', 'broadcaster', 'contractor', 'vendor', 'supplier'].includes(d)));

/** "U.S." → "US", "U.K." → "UK": country keys are written without dots. */
export function undot(s: string): string {
  return s.replace(/\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?/g, (_, a, b, c) => a + b + (c ?? ''));
}

// ---- country words that do not place the victim ----------------------------------------------------

/**
 * A row that sets aside one country word, read from the words after it (`after`) or before it (`before`)
 * in its sentence. `phrase` rows also apply inside a phrase beside the victim's name ("the Russian-speaking
 * lender"); the others only to the whole-article reading (beside the name, "the Swedish security firm X"
 * is the victim's own description). In examples the country word is in [brackets].
 */
export interface AsideRule extends TestRule {
  side: 'before' | 'after';
  /** The words on `side` of the country word; or `check`, for a row that reads both sides. */
  context?: RegExp;
  check?: (before: string, after: string) => boolean;
  phrase: boolean;
  /** Not when the victim is named between the cue and the country word ("companies such as X in India"). */
  unlessVictim?: boolean;
}

function asideFires(r: Omit<AsideRule, 'test'>, before: string, after: string): boolean {
  if (r.check) return r.check(before, after);
  r.context!.lastIndex = 0;
  return r.context!.test(r.side === 'after' ? after : before);
}

function aside(spec: Omit<AsideRule, 'test'>): AsideRule {
  return {
    ...spec,
    test: (s: string) => {
      const a = s.indexOf('[');
      const b = s.indexOf(']', a);
      if (a < 0 || b < 0) return false;
      return asideFires(spec, s.slice(0, a), s.slice(b + 1));
    },
  };
}

const ATTACKER_NOUN = '(?:hackers?|hacking|hacktivists?|gangs?|crews?|groups?\\sof\\shackers|threat\\sactors?|APTs?|cyber-?criminals?|criminals|spies|operatives|attackers|ransomware)';

export const COUNTRY_ASIDE: RuleTable<AsideRule> = ruleTable('country', 'a country word that does not place the victim', [
  aside({ id: 'attacker', side: 'after', phrase: true,
    context: new RegExp(`^(?:['’]s)?(?:-(?:linked|backed|sponsored|affiliated|aligned|nexus|based\\s(?:[\\w-]+\\s)?(?:hackers?|gangs?|groups?|crews?|actors?|threat\\sactors?|cyber-?criminals?|criminals?|attackers?|APTs?))|\\s(?:state-sponsored\\s|state-backed\\s|government-backed\\s|military\\s|intelligence\\s|nation-state\\s|cyber\\s|ransomware\\s|hacking\\s|criminal\\s|extortion\\s)?${ATTACKER_NOUN}|\\sgroups?\\s(?:claimed|behind|that\\sclaimed|took\\scredit|has\\sclaimed|known\\sas|calling\\sitself|dubbed|responsible))\\b`, 'i'),
    reason: 'the country of the attacker, not of the victim: a Russia-linked gang, North Korean hackers, an Iranian group claimed it',
    example: 'A [Russia]-linked gang breached the lender.', counterexample: 'A [Russia]-based lender was breached.' }),
  aside({ id: 'national-of', side: 'after', phrase: true,
    context: /^\s(?:nationals?|man|men|woman|women|teenagers?|teens?|youths?|suspects?|citizen\swas|citizen\swho)\b/,
    reason: 'a person\'s nationality (a suspect charged, a man arrested) is not where the victim is',
    example: 'A [Nigerian] national was charged over the scheme.', counterexample: 'A [Nigerian] lender was hit by the scheme.' }),
  aside({ id: 'language', side: 'after', phrase: true,
    context: /^(?:-speaking|-language|\slanguage|\sspeaking|\sspeakers?|\stranslation)\b/i,
    reason: 'a language (a Russian-language forum, a Spanish-speaking crew) places no organisation',
    example: 'The files were sold on a [Russian]-language forum.', counterexample: 'The files were taken from a [Russian] bank.' }),
  aside({ id: 'researcher', side: 'after', phrase: false,
    context: /^(?:-based)?\s(?:[\w-]{1,20}\s){0,2}?(?:researchers?|experts?|analysts?|consultants?|journalists?|reporters?|specialists?)\b/i,
    reason: 'a researcher, analyst or reporter who tells the story is not the victim: a US-based researcher',
    example: 'The leak was found by a [US]-based researcher.', counterexample: 'The leak hit a [US]-based retailer.' }),
  aside({ id: 'attacker-place', side: 'before', phrase: false,
    context: /(?:\b(?:hackers?|attackers?|gangs?|crews?|cyber-?criminals?|criminals?|suspects?|threat\sactors?|perpetrators?)\s(?:(?:who\s)?(?:(?:are|is|were|was)\s)?(?:(?:believed|thought|said|understood)\sto\sbe\s)?based\s)?(?:from|in|out\sof)|\b(?:first\s)?(?:seen|spotted|detected|observed|deployed|circulating)\s(?:[\w-]{1,15}\s){0,2}?in|\b(?:operat(?:e|es|ed|ing)|hiding|hid|living|lives|residing|arrested|detained|extradited)\s(?:from|in|out\sof|to)|\b(?:group|gang|crew|hackers|attackers|actors?|campaign|attacks?|operation)\s(?:(?:is|are|was|were|has\sbeen|have\sbeen|widely|reportedly|allegedly|believed\sto\sbe|thought\sto\sbe)\s){0,2}(?:tied|linked|connected|attributed|traced)\sto|\b(?:sponsored|backed|directed|run)\sby|\bon\sbehalf\sof)\s(?:the\s)?$/i,
    reason: 'where the attackers are or operate from, whom they are tied to, or where their malware was seen: hackers in Russia, a group tied to North Korea, the gang operates from Ukraine, a strain first seen in Brazil',
    example: 'The gang is believed to operate from [Ukraine].', counterexample: 'The retailer is believed to be based in [Ukraine].' }),
  aside({ id: 'supplier', side: 'after', phrase: false,
    check: (before, after) => (/\b(?:its|their|whose|a\sthird-party|the\s(?:company|firm|group|retailer|lender|bank|hospital|council|agency|insurer)['’]s)\s(?:[\w-]{1,20}\s){0,2}$/i.test(before)
      && /^(?:-based)?\s(?:[\w-]{1,20}\s){0,2}?(?:vendors?|suppliers?|providers?|contractors?|subcontractors?|outsourcers?|partners?|manufacturers?|makers?|developers?)\b/i.test(after))
      || /\b(?:made|built|developed|sold|supplied|provided|manufactured|written|designed)\sby\s(?:a|an|the)\s$/i.test(before),
    reason: 'the victim\'s supplier or the maker of a tool (its Indian software vendor, spyware made by an Israeli firm) is another organisation in another country',
    example: 'Hackers got in through its [Indian] software vendor.', counterexample: 'Hackers got in through an [Indian] software vendor\'s own network.' }),
  aside({ id: 'person-place', side: 'before', phrase: false,
    context: /\b(?:researchers?|analysts?|experts?|specialists?|journalists?|reporters?|consultants?)(?:\s(?:who\s(?:is|are)\s)?(?:based|located|living))?\s(?:in|out\sof|from)\s(?:the\s)?$/i,
    reason: 'where a researcher, expert or reporter is (experts in Russia, a researcher based in Toronto) is not where the victim is',
    example: 'Dana Pike, a researcher who is based in [Toronto], found the files.', counterexample: 'Quillon, a retailer based in [Toronto], lost the files.' }),
  aside({ id: 'infrastructure', side: 'before', phrase: false,
    context: /\b(?:servers?|hosted|hosting|IP\saddress(?:es)?|infrastructure|prox(?:y|ies)|VPNs?|routed|relayed)\b[^.;]{0,25}?\s(?:in|from|through|via)\s(?:the\s)?$/i,
    reason: 'where servers or traffic were (the attackers\' infrastructure) does not place the victim',
    example: 'The files were moved using servers in the [Netherlands].', counterexample: 'The files were moved by an insurer in the [Netherlands].' }),
  aside({ id: 'comparison', side: 'before', phrase: false, unlessVictim: true,
    context: /\b(?:like|unlike|such\sas|similar\sto|as\swith|compared\s(?:with|to)|the\slikes\sof|other\svictims\s(?:include|included|were)|victims\s(?:included|include))\s(?:[\w-]{1,20}\s){0,3}$/i,
    reason: 'another victim named for comparison or in a list of others: like the Japanese carmaker hit last month',
    example: 'Like the [Japanese] carmaker hit last month, it paid nothing.', counterexample: 'The [Japanese] carmaker was hit last month and paid nothing.' }),
]);

const PHRASE_ASIDE = COUNTRY_ASIDE.rules.filter((r) => r.phrase);

/** The first row that sets aside the country word at [at, end) of `s`, or null. `victim` finds the victim's names. */
function asideRule(s: string, at: number, end: number, rows: readonly AsideRule[] = COUNTRY_ASIDE.rules, victim?: { test(s: string): boolean }): AsideRule | null {
  const before = s.slice(Math.max(0, at - 80), at);
  const after = s.slice(end, end + 80);
  for (const r of rows) {
    if (r.unlessVictim && victim && victim.test(before.slice(-50))) continue;
    if (asideFires(r, before, after)) return r;
  }
  return null;
}

/** The countries a phrase beside the victim names (the attacker and a language set aside). */
function countriesIn(phrase: string): string[] {
  const out: string[] = [];
  COUNTRY_RE.lastIndex = 0;
  for (let x = COUNTRY_RE.exec(phrase); x; x = COUNTRY_RE.exec(phrase)) {
    if (asideRule(phrase, x.index, x.index + x[0].length, PHRASE_ASIDE)) continue;
    out.push(COUNTRY_MAP.get(x[0])!);
  }
  return out;
}

// ---- the rules that place the victim ------------------------------------------------------------

/**
 * A rule that places the victim. Mention rows (side `left`/`right`) read the words beside one mention
 * of its name (in examples the name is in [brackets]) and return the phrase that names the place. Article
 * rows (side `text`, or `lead` for the headline and first sentences only) read one sentence that tells
 * this incident and return the phrases that describe the victim. Mention rows decide first; article rows
 * only when no mention row fired.
 */
export interface CountryRule extends TestRule {
  side: 'left' | 'right' | 'text' | 'lead';
  weight: number;
  place: (left: string, right: string) => string | null;
  /** Article rows: every phrase of one sentence, with its offset. */
  spans?: (sentence: string) => Array<[number, string]>;
}

function countryRule(spec: Omit<CountryRule, 'test' | 'place'> & { place?: CountryRule['place'] }): CountryRule {
  const place: CountryRule['place'] = spec.place ?? ((_l, t) => {
    const found = spec.spans!(t);
    return found.length ? found.map(([, p]) => p).join(' ; ') : null;
  });
  return {
    ...spec,
    place,
    test: (s: string) => {
      if (spec.side === 'text' || spec.side === 'lead') {
        const t = undot(s);
        return spec.spans!(t).some(([at, p]) => (at < 0 ? COUNTRY_MAP.has(p) : countriesOfSpan(t, at, p).length > 0));
      }
      const a = s.indexOf('[');
      const b = s.indexOf(']', a);
      if (a < 0 || b < 0) return false;
      const phrase = place(undot(s.slice(0, a)), undot(s.slice(b + 1)));
      return phrase !== null && countriesIn(phrase).length > 0;
    },
  };
}

/** The countries of a span of a sentence that no aside row sets aside (read in the whole sentence). */
function countriesOfSpan(sentence: string, at: number, phrase: string, victim?: { test(s: string): boolean }): Array<{ code: string; aside: AsideRule | null; word: string }> {
  const out: Array<{ code: string; aside: AsideRule | null; word: string }> = [];
  COUNTRY_RE.lastIndex = 0;
  for (let x = COUNTRY_RE.exec(phrase); x; x = COUNTRY_RE.exec(phrase)) {
    out.push({ code: COUNTRY_MAP.get(x[0])!, word: x[0], aside: asideRule(sentence, at + x.index, at + x.index + x[0].length, COUNTRY_ASIDE.rules, victim) });
  }
  return out.filter((c) => !c.aside);
}

/** The rest of ", a Swedish security company said": a reporting verb with no comma closing the apposition. */
const SPEAKER_AFTER = /^[^,.;]{0,60}?\s(?:said|says|reported|reports|found|told|wrote|writes|warned|noted|added|claimed|estimated)\b/;

const PREPOSITIONS = new Set(['of', 'to', 'at', 'by', 'for', 'with', 'from', 'in', 'on', 'into', 'against', 'over', 'after']);

/**
 * The words before a name from the first capitalised one among the last seven, within one clause and with
 * at most four words between the capitalised run and the name: "the Dutch insurer ", "Osaka-based ".
 */
function descriptorBefore(l: string): string | null {
  if (!/\s$/.test(l)) return null;
  let cut = -1;
  for (const c of [',', ';', ':', '(', ')', '"', '“', '”', '.', '!', '?']) cut = Math.max(cut, l.lastIndexOf(c));
  const words = l.slice(cut + 1).split(/\s+/).filter(Boolean).slice(-7);
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!)) continue;
    let j = i;
    while (j + 1 < words.length && j - i < 2 && /^\p{Lu}/u.test(words[j + 1]!)) j++;
    // a preposition between them ends the description: "a group tied to Iran targeted staff of the X" says
    // nothing of X ("the Dutch insurer X", "Osaka-based travel agency X" hold none)
    if (words.slice(j + 1).some((w) => PREPOSITIONS.has(w))) continue;
    if (words.length - 1 - j <= 4) return words.slice(i).join(' ') + ' ';
  }
  return null;
}

const matchGroup = (re: RegExp, s: string, g = 1): string | null => re.exec(s)?.[g] ?? null;
const allSpans = (re: RegExp, s: string, g = 1): Array<[number, string]> =>
  execAll(re, s).map((m) => [m.index! + m[0].indexOf(m[g]!), m[g]!] as [number, string]);

/** "the Dutch insurer", "Brazil's largest lender": a country word, up to three words, an organisation noun. */
const DESCRIBED = `((?:${COUNTRY_ALT})(?:-based|['’]s)?\\s(?:(?!hack|ransom|crimin|state|gang|cyber)[\\p{L}-]{2,20}\\s){0,3}?(?:${DESCRIPTOR_ALT})(?:['’]s)?)(?![\\p{L}])(?!\\s\\p{Lu})`;
// The rows' patterns, built once (each is a 6 KB alternation: building one per sentence cost ~4% of
// extraction CPU). The global ones are read through execAll (matchAll would copy them on every call), which leaves them at lastIndex 0.
const COUNTRY_POSSESSIVE_DESCRIPTOR = new RegExp(`((?:${COUNTRY_ALT})['’]s\\s(?:[\\w-]{1,20}\\s){0,4}?(?:${DESCRIPTOR_ALT}),?\\s)$`, 'u');
const POSSESSIVE_S = /['’]s\s/;
const DESCRIBED_ELSEWHERE = new RegExp(`(?:\\b[Tt]he|['’]s)\\s${DESCRIBED}`, 'gu');
const INTRODUCED = new RegExp(`\\b[Aa]n?\\s${DESCRIBED}`, 'gu');
const MENTIONED = new RegExp(`(?<![\\p{L}\\p{N}])(${COUNTRY_ALT})(?![\\p{L}\\p{N}])(?!\\s?\\$)`, 'gu');

export const COUNTRY_CUES: RuleTable<CountryRule> = ruleTable('country', 'the victim\'s country', [
  countryRule({ id: 'descriptor-before', side: 'left', weight: 5,
    place: (l) => descriptorBefore(l),
    reason: 'a demonym, country or city before the name, with or without a descriptor: the Dutch insurer X, Osaka-based X',
    example: 'Customers of the Dutch insurer [Velden Verzekeringen] were told.', counterexample: 'Customers of the insurer [Velden Verzekeringen] were told.' }),
  countryRule({ id: 'country-possessive-descriptor', side: 'left', weight: 5,
    // (the pattern is tried at every start of the left context: a phrase with no possessive skips it)
    place: (l) => (POSSESSIVE_S.test(l) ? matchGroup(COUNTRY_POSSESSIVE_DESCRIPTOR, l) : null),
    reason: 'the country\'s own organisation, named in apposition: Korea\'s largest retailer, X',
    example: "Brazil's biggest online lender, [Cobre Pay], confirmed the leak.", counterexample: "The biggest online lender, [Cobre Pay], confirmed the leak." }),
  countryRule({ id: 'appositive-place', side: 'right', weight: 5,
    place: (_l, r) => {
      const m = /^,\s(?:the|a|an)\s(?:[\w-]{1,20}\s){0,3}?(?:of|in|from)\s((?:\p{Lu}[\p{L}.]*\s?){1,3})/u.exec(r);
      // ", a researcher in Germany said": someone else speaking, not an apposition
      return m && !SPEAKER_AFTER.test(r.slice(m[0].length - 1)) ? m[1]! : null;
    },
    reason: 'an apposition that places it: X, a retailer from Canada',
    example: '[Pinegrove Mart], a grocery chain from Canada, was hit.', counterexample: '[Pinegrove Mart], a grocery chain from the coast, was hit.' }),
  countryRule({ id: 'is-a-demonym', side: 'right', weight: 4,
    place: (_l, r) => {
      const m = /^(?:,?\s(?:is|was)\s|,\s)(?:a|an|the|one\sof\sthe)\s(?:[\w-]{1,20}\s){0,2}?([\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)/u.exec(r);
      if (!m || !COUNTRY_MAP.has(m[1]!)) return null;
      // ", a Swedish security company said": someone else speaking, not an apposition
      return /^,\s/.test(r) && SPEAKER_AFTER.test(r.slice(m[0].length)) ? null : m[1]!;
    },
    reason: 'the name is described as a demonym\'s organisation: X is a Danish shipping firm; X, a Scottish health board, said',
    example: '[Nordhavn Line] is a Danish shipping firm.', counterexample: '[Nordhavn Line] is a shipping firm.' }),
  countryRule({ id: 'described-elsewhere', side: 'text', weight: 2,
    spans: (t) => allSpans(DESCRIBED_ELSEWHERE, t),
    reason: 'the article refers back to the victim by a descriptive phrase: the Dutch insurer\'s systems, the Brazilian fintech said',
    example: 'The Dutch insurer said its claims portal was offline.', counterexample: 'A Russian gang said the claims portal was offline.' }),
  countryRule({ id: 'introduced-in-lead', side: 'lead', weight: 2,
    spans: (t) => allSpans(INTRODUCED, t),
    reason: 'the headline or lead introduces the victim by a descriptive phrase: a Brazilian fintech has disclosed a breach (further on, "a Dutch hospital" is someone else)',
    example: 'A Brazilian fintech has disclosed a breach.', counterexample: 'The fintech has disclosed a breach.' }),
  countryRule({ id: 'dateline', side: 'text', weight: 2,
    spans: (t) => {
      const m = DATELINE_RE.exec(t);
      return m ? [[0, m[1]!.replace(/(\p{Lu})(\p{Lu}+)/gu, (_m, a: string, b: string) => a + b.toLowerCase())]] : [];
    },
    reason: 'a dateline opening the story (after the headline, standfirst and byline): LONDON - …, TOKYO -- …, LIMA, (Reuters) – …; a local story is set there',
    example: 'OSLO -- The lender said hackers took files.', counterexample: 'The lender said hackers took files in Oslo.' }),
  countryRule({ id: 'its-people', side: 'text', weight: 1,
    spans: (t) => allSpans(/(?:\d[\d,.]*\s?(?:million|billion|thousand|m|k)?|(?:[a-z]+\s)?(?:million|billion|thousand)|millions\sof|thousands\sof|hundreds\sof|all|most|many)\s(?:[a-z-]{2,20}\s)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)s(?![\p{L}])/gu, t)
      .filter(([, w]) => COUNTRY_MAP.has(w) && /(?:an|ese|ish|i|ch)$/.test(w)),
    reason: 'the people affected named by nationality: data of 3 million Australians',
    example: 'The data of three million Canadians was exposed.', counterexample: 'The data of three million people was exposed.' }),
]);

/** The fallback votes: a country or a national authority named in a sentence that tells this incident. */
export const COUNTRY_FALLBACK: RuleTable<CountryRule> = ruleTable('country', 'the country the story is set in', [
  countryRule({ id: 'mentioned', side: 'text', weight: 1,
    spans: (t) => allSpans(MENTIONED, t),
    reason: 'a country named in the article, counted once per mention; one clearly dominant country sets the story',
    example: 'Police in Norway said the Norwegian lender was hit.', counterexample: 'Police said the lender was hit.' }),
  countryRule({ id: 'national-authority', side: 'text', weight: 1,
    spans: (t) => nationalAuthorities(t),
    reason: 'a national regulator or police force named: the ICO, the FBI',
    example: 'The lender reported the breach to the ICO.', counterexample: 'The lender reported the breach to its board.' }),
  countryRule({ id: 'currency', side: 'text', weight: 1,
    spans: (t) => currencies(t),
    reason: 'money in a country\'s currency (not a conversion in brackets): the lender was fined £80,000; losses of Rs 5 crore',
    example: 'The lender was fined £80,000 over the breach.', counterexample: 'The lender was fined $100,000 (£80,000) over the breach.' }),
  countryRule({ id: 'city-state', side: 'text', weight: 1,
    spans: (t) => cityStates(t).map(([, p]) => [-1, COUNTRY_NAME_OF.get(STATE_ABBREVIATIONS.has(p) ? 'US' : 'CA')!] as [number, string]),
    reason: 'a town followed by a US state or Canadian province as news writes it: Tewksbury, Mass.; Kelowna, B.C.',
    example: 'The clinic in Dunmore, Penn., said records were stolen.', counterexample: 'The clinic in Dunmore said records were stolen.' }),
]);

/** US states and Canadian provinces as news abbreviates them after a town ("Tewksbury, Mass.", "Kelowna, B.C."), dots dropped from initials. */
const STATE_ABBREVIATIONS = new Set(['Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md',
  'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'Okla', 'Ore', 'Penn', 'Pa', 'RI', 'SC',
  'SD', 'Tenn', 'Tex', 'Vt', 'Va', 'Wash', 'WVa', 'Wis', 'Wisc', 'Wyo']);
const PROVINCE_ABBREVIATIONS = ['BC', 'Ont', 'Que', 'Alta', 'Man', 'Sask', 'NS', 'NB', 'PEI', 'Nfld'];
const CITY_STATE_AFTER = new RegExp(`,\\s(${[...STATE_ABBREVIATIONS, ...PROVINCE_ABBREVIATIONS].join('|')})\\.?(?=[\\s,;:)]|$)`, 'g');
const TOWN_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’-]{2,20}$/u;
/** "Tewksbury, Mass.": the abbreviation after a capitalised town name, each at its offset. */
const cityStates = (t: string): Array<[number, string]> =>
  execAll(CITY_STATE_AFTER, t).filter((m) => TOWN_BEFORE.test(t.slice(Math.max(0, m.index! - 24), m.index!))).map((m) => [m.index!, m[1]!]);

const DIGIT = /\d/;
/** Amounts in a country's currency, each as the name of its country; a conversion in brackets ("$100,000 (£80,000)") counts for none. */
function currencies(t: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  // every CURRENCY_COUNTRY pattern reads an amount in digits: a sentence without one skips the 28 patterns
  if (!DIGIT.test(t)) return out;
  for (const [re, code] of CURRENCY_COUNTRY) {
    const m = re.exec(t);
    if (!m) continue;
    if (/\(\s?(?:about|around|roughly|some|approximately|nearly|or|c\.?)?\s?$/i.test(t.slice(Math.max(0, m.index - 16), m.index))) continue;
    const name = COUNTRY_NAME_OF.get(code);
    if (name) out.push([-1, name]);
  }
  return out;
}
const MENTIONED_ROW = COUNTRY_FALLBACK.rules[0]!;
/**
 * Rows whose every match holds a country word standing whole (white space before it; white space, a
 * hyphen or a possessive after it): none fires in a sentence where COUNTRY_RE finds nothing.
 */
const NEEDS_COUNTRY_WORD = new Set(['described-elsewhere', 'introduced-in-lead', 'mentioned']);

/** National authorities named in a sentence, each as the name of its country (at the authority's offset). */
function nationalAuthorities(t: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  AUTH_RE.lastIndex = 0;
  for (let x = AUTH_RE.exec(t); x; x = AUTH_RE.exec(t)) {
    const code = AUTH_MAP.get(x[0])!;
    // "the U.S. Securities and Exchange Commission": the country word before it has its own vote
    const before = /(?:^|[^\p{L}])(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?)\s$/u.exec(t.slice(Math.max(0, x.index - 30), x.index));
    if (before && COUNTRY_MAP.get(before[1]!) === code) continue;
    // "the Personal Data Protection Commission of Singapore": a longer name of another country's body
    if (before && !/^(?:The|A|An)$/.test(before[1]!)) continue;
    if (/^\sof\s\p{Lu}/u.test(t.slice(x.index + x[0].length, x.index + x[0].length + 6))) continue;
    const name = COUNTRY_NAME_OF.get(code);
    if (name) out.push([-1, name]);
  }
  return out;
}

/** After a country word: a descriptor and another organisation's name ("China-based retailer Gearmart"). */
export const OTHER_ORGANISATION: RuleTable<PatternRule> = ruleTable('country', 'a country word that places another organisation', [
  { id: 'other-organisation', pattern: new RegExp(`^(?:-based|['’]s)?\\s(?:[a-z][\\w-]*\\s){0,2}?(?:${alt(ORG_DESCRIPTORS)})\\s(\\p{Lu}[\\p{L}\\p{N}&.-]*)`, 'u'),
    reason: 'a country word describing another named organisation ("China-based retailer Gearmart") places that one, not the victim',
    example: '-based retailer Gearmart had a similar leak.', counterexample: ' retailers had a similar leak.' },
]);

// ---- the driver -----------------------------------------------------------------------------------

/** The victim as the country rules read it: its spellings and where the article names it. */
export interface VictimMentions {
  name: string;
  aliases: string[];
  forms: string[];
  mentions: ReadonlyArray<{ start: number; end: number; sentence: Sentence }>;
}

/** The first sentence of the body (after a short headline block): where the lead starts. */
function firstBodySentence(doc: Document): Sentence | undefined {
  const headBlock = firstBlockIsHeadline(doc) ? 0 : -1;
  return doc.sentences.find((s) => s.block !== headBlock);
}

/** A dateline opening a sentence, its place in group 1: "OSLO -", "TOKYO --", "LIMA, (Reuters) –", "SAN DIEGO (KGTV) —". */
const DATELINE_RE = /^\s*(\p{Lu}[\p{Lu}.’'-]+(?:\s\p{Lu}[\p{Lu}.’'-]+){0,2})(?:,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?,?\s?(?:\([\p{L} ]{2,20}\)\s?)?(?:--|[-—–])\s/u;
/** How far into the body a dateline may stand: a standfirst, a photo caption, a byline and a time line may come first. */
const DATELINE_WITHIN = 8;

/** The sentence that opens on the story's dateline, within the first sentences of the body; else the first body sentence. */
function datelineSentence(doc: Document, first: Sentence | undefined): Sentence | undefined {
  if (!first) return first;
  for (const s of doc.sentences) {
    if (s.index < first.index) continue;
    if (s.index >= first.index + DATELINE_WITHIN) break;
    if (DATELINE_RE.test(undot(s.text))) return s;
  }
  return first;
}

/**
 * The victim's country and the rule that placed it, or null. Set-aside country words go to `explain`.
 * `scopeOf` gives the article's scope for this victim (built on first call, by the company step, which
 * hands it on to the pipeline so the scope is decided once).
 */
export function victimCountry(doc: Document, victim: VictimMentions, explain: Explain, scopeOf: () => IncidentScope): { code: string; why: Why } | null {
  const votes = new Map<string, { n: number; rule: CountryRule; described: number }>();
  const vote = (code: string, rule: CountryRule, w = rule.weight) => {
    const d = DESCRIBES_VICTIM.has(rule.id) ? w : 0;
    const v = votes.get(code);
    if (v) { v.n += w; v.described += d; if (rule.weight > v.rule.weight) v.rule = rule; } else votes.set(code, { n: w, rule, described: d });
  };
  const ranked = () => [...votes.entries()].sort((a, b) => b[1].n - a[1].n);
  // 1. beside a mention of the victim
  const mentionRows = COUNTRY_CUES.rules.filter((r) => r.side === 'left' || r.side === 'right');
  for (const m of victim.mentions.slice(0, 30)) {
    const left = undot(doc.text.slice(Math.max(m.sentence.start, m.start - 70), m.start));
    const right = undot(doc.text.slice(m.end, Math.min(m.sentence.end, m.end + 90)));
    for (const r of mentionRows) {
      const phrase = r.place(left, right);
      if (phrase) for (const code of countriesIn(phrase)) vote(code, r);
    }
  }
  if (votes.size) { const [code, v] = ranked()[0]!; return { code, why: why(COUNTRY_CUES, v.rule) }; }
  // 2. the article: sentences that tell this incident (another victim's paragraph places nobody)
  const scope = scopeOf();
  const first = firstBodySentence(doc);
  const leadEnd = (first?.index ?? 0) + 3;
  const dateline = datelineSentence(doc, first);
  const articleRows = [...COUNTRY_CUES.rules.filter((r) => r.spans), ...COUNTRY_FALLBACK.rules];
  const names = [victim.name, ...victim.aliases, ...victim.forms].filter((n) => n.length >= 2);
  // (?<![\p{L}\p{N}])(?:names)(?![\p{L}\p{N}]), without compiling its Unicode classes per article
  const victimRe = { test: wholeNameTest(alt(names), 'u') };
  // the headline printed again above the story counts once
  const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const title = doc.title ? norm(doc.title) : null;
  let titleSeen = false;
  let chars = 0;
  for (const s of doc.sentences) {
    if ((chars += s.text.length) > 60_000) break;
    if (scope.isBackground(s)) continue;
    if (title && s.text.length < 300 && norm(s.text) === title) { if (titleSeen) continue; titleSeen = true; }
    const t = undot(s.text);
    // most sentences name no country: one scan of the country words spares the rows that need one
    COUNTRY_RE.lastIndex = 0;
    const namesCountry = COUNTRY_RE.test(t);
    COUNTRY_RE.lastIndex = 0;
    for (const r of articleRows) {
      if (r.side === 'lead' && s.index >= leadEnd) continue;
      if (r.id === 'dateline' && s !== dateline) continue;
      if (!namesCountry && NEEDS_COUNTRY_WORD.has(r.id)) continue;
      for (const [at, phrase] of r.spans!(t)) {
        if (at < 0) { const code = COUNTRY_MAP.get(phrase); if (code) vote(code, r); continue; }
        for (const c of countriesOfSpan(t, at, phrase, victimRe)) {
          if (r === MENTIONED_ROW && placesOther(t, at + phrase.indexOf(c.word) + c.word.length, victim)) continue;
          vote(c.code, r);
        }
      }
    }
    if (explain.on) {
      COUNTRY_RE.lastIndex = 0;
      for (let x = COUNTRY_RE.exec(t); x; x = COUNTRY_RE.exec(t)) {
        const a = asideRule(t, x.index, x.index + x[0].length, COUNTRY_ASIDE.rules, victimRe);
        if (a) explain.drop({ field: 'company', text: x[0], why: why(COUNTRY_ASIDE, a), sentence: s });
      }
    }
  }
  const list = ranked();
  const decided = decide(list);
  if (decided) return decided;
  // nothing in the words settles it: the page's country domain (a local notice or a local outlet's story)
  // (when countries were named but none won, only one of them)
  const site = addressCountry(doc.url);
  return site && (!list.length || list.some(([c]) => c === site)) ? { code: site, why: why(COUNTRY_ADDRESS, COUNTRY_ADDRESS.rules[0]!) } : null;
}

/** The country the votes settle, or null. */
function decide(list: Array<[string, { n: number; rule: CountryRule; described: number }]>): { code: string; why: Why } | null {
  if (!list.length) return null;
  const [top, v] = list[0]!;
  const second = list[1]?.[1].n ?? 0;
  if ((v.n >= 2 && v.n >= 2 * second) || (v.n > 0 && second === 0)) return { code: top, why: why(COUNTRY_CUES, v.rule) };
  // no country dominates by count: one that the article ties to the victim itself (a dateline, "the Dutch
  // insurer") outweighs countries that are only named, if it is named nearly as often
  const described = list.filter(([, x]) => x.described > 0);
  if (described.length === 1 && described[0]![1].n >= DESCRIBED_SHARE * v.n) return { code: described[0]![0], why: why(COUNTRY_CUES, described[0]![1].rule) };
  return null;
}

/** Country-code top-level domains that sites use for their letters, not their country (".io", ".tv", ".ai"). */
const GENERIC_CC = new Set(['io', 'co', 'tv', 'me', 'ai', 'ly', 'fm', 'gg', 'to', 'cc', 'ws', 'nu', 'tk', 'eu', 'sh', 'is', 'im', 'am', 'ms', 'la', 'so', 'st', 'vc', 'xyz', 'app', 'dev', 'gl', 'ac', 'cx', 'su']);

/** The country of a page's address when it ends on a country domain (".com.au", ".co.nz", ".ca"; ".uk" is GB). */
export function addressCountry(url: string | null | undefined): string | null {
  if (!url) return null;
  const host = url.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/)[0]!.toLowerCase();
  const tld = host.split('.').pop()!;
  if (tld.length !== 2 || GENERIC_CC.has(tld)) return null;
  const code = tld === 'uk' ? 'GB' : tld.toUpperCase();
  return COUNTRY_NAME_OF.has(code) ? code : null;
}

/** The last resort, when no words of the article place the victim: the country domain of the page. */
export const COUNTRY_ADDRESS: RuleTable = ruleTable('country', 'the country of the page', [
  { id: 'site-domain', test: (url: string) => addressCountry(url) !== null,
    reason: 'no words of the article place the victim (or two countries tie): a page on a country domain (.com.au, .co.nz, .ca) is a local notice or a local outlet\'s story, set in that country',
    example: 'https://www.harbourclinic.com.au/notice', counterexample: 'https://www.harbourclinic.io/notice' },
]);

/** Article rows that tie a country to the victim itself rather than merely naming one. */
const DESCRIBES_VICTIM = new Set(['described-elsewhere', 'introduced-in-lead', 'dateline']);
/** In a close count, the one country tied to the victim wins with at least this share of the top count. */
const DESCRIBED_SHARE = 0.75;

/** The country word ending at `end` describes another named organisation, not the victim. */
function placesOther(t: string, end: number, victim: VictimMentions): boolean {
  const other = OTHER_ORGANISATION.rules[0]!.pattern.exec(t.slice(end, end + 40));
  return !!other && !COUNTRY_MAP.has(other[1]!) && !victim.forms.some((f) => f.split(/\s+/)[0] === other[1]);
}

