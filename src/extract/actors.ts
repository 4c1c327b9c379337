// Threat actors: groups, gangs, APTs and named suspects. A name is taken when the language marks it
// as an attacker ("the X ransomware gang", "a group calling itself X", "X claimed responsibility",
// "a hacker known as X", "Jane Roe, 25, was charged") or when it is a well-known actor name or follows
// a vendor naming scheme (APT28, Fancy Bear, Volt Typhoon). Generic words ("hackers", "a third party"),
// security firms, outlets and the victim are never actors. Spellings of one actor are joined with "/".
import { escapeRegExp, execAll } from '../regexp.js';
import { isShouting } from '../casing.js';
import type { Document, Sentence } from '../document.js';
import type { ActorKind } from '../record.js';
import {
  BACKGROUND_CUE, CODE_NAME, FAMILY_NAME, GENERIC_NAMES, KNOWN_ACTORS, MALWARE_NOUNS, NATIONALITIES, NOT_ACTOR_WORD,
  PERSON_LEGAL, PERSON_TITLES, TITLE_WORDS, type KnownActor,
} from '../lexicon/actors.js';
import { isNewsOutlet } from '../lexicon/outlets.js';
import { readDocument } from '../read/index.js';
import { Explain, ruleTable, why, type TestRule, type Why } from '../rules.js';
import { dashes, extractSources } from './sources.js';
import type { ActorFinding, Context, Extractor } from './types.js';
import { IncidentScope } from './scope.js';

/** A name token: capitalised or starting with a digit ("Cl0p", "Zer0Crew", "Lapsus$", "8Base", "2.0"); a number in
 * brackets may close it ("Kestrel057(21)", as hacktivist crews number their founding). */
const TOK = "[A-Z0-9][\\w$@&'’.-]{0,30}(?:\\(\\d{1,3}\\))?";
const NAME_AFTER = new RegExp(`^\\s{0,3}(?:[Tt]he\\s{1,2})?(?:["“‘]([^"”’\\n]{2,40})["”’]|(${TOK}(?:\\s{1,2}${TOK}){0,3}))`);
const NAME_BEFORE = new RegExp(`(?:["“‘]([^"”’\\n]{2,40})["”’]|(${TOK}(?:\\s{1,2}${TOK}){0,3}))\\s{1,2}$`);
/** A release number after a family's name: "3.0", "v2", "2.1.4". */
const VERSION_AFTER = /\s{1,2}v?\d{1,2}(?:\.\d{1,2}){0,2}$/i;
/** A lower-case handle is only taken after a naming cue and when it looks like one ("thedarkoverlord", "harak1r1"). */
const HANDLE_AFTER = /^\s{0,3}(?:the\s{1,2})?([a-z][a-zA-Z0-9_.$-]{4,30})\b/;

/** Self-naming: only people and groups call themselves something. */
const SELF_NAMED = /\b(?:call(?:s|ed|ing)?\s{1,2}(?:itself|themselves|himself|herself)|styl(?:es|ing|ed)\s{1,2}(?:itself|themselves|himself|herself)|go(?:es)?\s{1,2}by(?:\s{1,2}the\s{1,2}(?:name|handle|moniker|alias|nickname|pseudonym)(?:\s{1,2}of)?)?|going\s{1,2}by(?:\s{1,2}the\s{1,2}(?:name|handle|moniker|alias|nickname|pseudonym)(?:\s{1,2}of)?)?|identif(?:ies|ied|ying)\s{1,2}(?:itself|themselves|himself|herself)\s{1,2}as|(?:using|under)\s{1,2}the\s{1,2}(?:name|handle|moniker|alias|pseudonym|nickname)|(?:the|a|an|his|her|their|its|whose)\s{1,2}(?:(?:twitter|online|hacker|forum|telegram|underground)\s{1,2})?(?:alias|handle|moniker|pseudonym|nickname|screen\s{1,2}name|online\s{1,2}name|username)(?:\s{1,2}of)?)(?=\s)/gi;
/** After a self-given name: a witness's verb ("X, who tweeted", "X, who first spotted the files"): someone who saw the leak. */
const WITNESS_AFTER = /^\s{0,3}["“‘]?[^,.;"”]{1,40}["”’]?,\s{1,2}who\s{1,2}(?:first\s{1,2}|later\s{1,2}|had\s{1,2})?(?:tweeted|spotted|noticed|saw|found|discovered|alerted|flagged|warned|told)\b/i;
/** Threat nouns then "named/called/dubbed/known as": "a ransomware group known as Clop". */
/** The kinds of attacker a noun is said to be ("the X ransomware gang", "a hacking group", "X, a cyber-espionage crew"),
 *  one alternation for the readings below, each adding its own few words. */
const THREAT_KIND = String.raw`ransomware|extortion|hacking|hacker|hacktivist|cybercrime|cyber-?criminal|cyber-?espionage|espionage|threat|criminal`;
const NOUN_NAMED = /\b(hackers?|(?:ransomware|extortion|hacking|cybercrime)\s{1,2}operation|hacking\s{1,2}group|hacker\s{1,2}group|group|gang|collective|crew|outfit|syndicate|cartel|actors?|attackers?|cybercriminals?|criminals?|hacktivists?|individual|persona)(?:\s{1,2}of\s{1,2}hackers)?,?\s{1,2}(?:(?:who|which|that)\s{1,2}(?:is|are|was|were)\s{1,2})?(?:named|called|dubbed|known\s{1,2}as|referred\s{1,2}to\s{1,2}as|identified\s{1,2}as)(?=\s)/gi;
/** A threat noun in apposition: "hacking group Zer0Crew", "the ransomware gang Rhysida". */
// (the noun may end the clause: "hit by the X ransomware gang, which ...", "the leak site of the X extortion gang.")
const NOUN_APPOSITION = new RegExp(String.raw`\b(${THREAT_KIND}|APT|state-sponsored|state-backed)\s{1,2}(?:(?:gang|crew|cartel|syndicate)(?=[\s,.;:)]|$)|(?:group|collective|outfit|operation|actors?|operators|affiliates)(?=\s))`, 'gi');
/** A type noun after the name: "the Rhysida ransomware gang", "OurMine Hacking Group", "Lazarus group". */
const NOUN_AFTER_NAME = new RegExp(String.raw`^\s{0,2}(?:(${THREAT_KIND}|APT|cyber)\s{1,2})?(gang|group|operation|crew|collective|cartel|syndicate|outfit|actors?|affiliates?|hackers|hacktivists)\b`, 'i');
/** An appositive after the name: "Rhysida, a relatively new ransomware group," */
const APPOSITIVE = new RegExp(String.raw`,\s{1,2}(?:an?|the)\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,3}?(ransomware(?:-as-a-service(?:\s{1,2}\(RaaS\))?)?|RaaS|${THREAT_KIND}|state-sponsored|state-backed)\s{1,2}(?:gang|group|crew|collective|operation|outfit|actor|cartel|syndicate)\b`, 'gi');
/** An appositive with a noun that only names criminal groups: "NoxLock, a Russian-speaking gang,". */
const APPOSITIVE_GANG = /,\s(?:an?|the)\s(?:[\w-]{1,20}\s){0,3}?(gang|crew|cartel|syndicate)[,.;]/gi;
/** An appositive that calls the name a band of attackers: "X, a loosely knit collective of young hackers,". */
const APPOSITIVE_BAND = /,\s{1,2}(?:an?|the)\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,3}?(?:group|collective|network|band|crew|team|gang|ring|cell|outfit|syndicate)\s{1,2}of\s{1,2}(?:[\w,-]{1,20}\s{1,2}){0,4}?(?:hackers|hacktivists|cyber-?criminals|attackers|extortionists)\b/gi;
/** "X ransomware" on its own names a strain as often as a gang: only known gangs are taken. Also "the X strain of ransomware",
 * "a X ransom program". */
const RANSOMWARE_AFTER_NAME = /^\s{0,2}(?:ransomware\b|(?:strain|variant|family|version|form)\s{1,2}of\s{1,2}ransomware\b|ransom(?:ware)?\s{1,2}(?:program|software|virus)\b)/i;
/** Responsibility: "Cl0p claimed responsibility", "X, which has claimed credit". */
const CLAIMED_AFTER_NAME = /^,?\s{1,2}(?:(?:which|who)\s{1,2})?(?:(?:has|have|had|later|quickly|publicly|also|then)\s{1,2})?(?:(?:claimed|claims|took|takes|claiming|taking)\s{1,2}(?:responsibility|credit)\b|(?:claimed|claims|claiming)\s{1,2}(?:the|this|an?)\s{1,2}(?:[\w-]{1,20}\s{1,2})?(?:attack|hack|breach|intrusion|incident|theft|cyberattack|cyber-attack)\b)/i;
/** Blame with an agent: "claimed by X", "attributed to X", "blamed on X". */
// ("was the work of X" says the same; the target that may stand between, "the attack on the council was claimed by X",
// is cut first by BLAME_TARGET)
const BLAME_BEFORE_NAME = /\b(?:(?:responsibility|(?:cyber-?)?attacks?|hacks?|breach(?:es)?|intrusions?|campaigns?)\s{1,2}(?:(?:was|were|has\s{1,2}been|have\s{1,2}been|had\s{1,2}been|is|are|being|allegedly|reportedly|likely)\s{1,2}){0,2}(?:claimed|carried\s{1,2}out|orchestrated|perpetrated|launched|conducted)\s{1,2}by|attributed\s{1,2}(?:it\s{1,2}|the\s{1,2}(?:attack|cyber-?attack|hack|breach|intrusion|incident)\s{1,2})?to|blamed\s{1,2}(?:it\s{1,2}|the\s{1,2}(?:attack|cyber-?attack|hack|breach|intrusion|incident)\s{1,2})?on|(?:attack|hack|breach|intrusion|incident|leak|theft)\w{0,3}\s(?:[^.;\s]{1,20}\s){0,6}?(?:was|were|is|are)\s{1,2}(?:(?:likely|probably|allegedly)\s{1,2})?the\s{1,2}work\s{1,2}of)\s{1,2}$/i;
/** The target named between an attack noun and its verb ("attack on Northgate Logistics was claimed by"): cut before BLAME_BEFORE_NAME reads. */
const BLAME_TARGET = /(?<=\b(?:[Aa]ttacks?|[Hh]acks?|[Bb]reach(?:es)?|[Ii]ntrusions?|[Ii]ncident|[Cc]yber-?attacks?)) (?:on|at|against|of) (?:the )?[A-Z][\w&'’.-]{0,30}(?: [A-Z][\w&'’.-]{0,30}){0,4}(?= (?:was|were|has|have|had|is|are|to|on)\b)/g;
/** "blamed the attack on the Ridgeway Group on X": the first name is the target, the attacker follows the second "on". */
const TARGET_THEN_BLAME = /^(?:the\s{1,2})?[A-Z][\w&'’.-]*(?:\s{1,2}[A-Z][\w&'’.-]*){0,4}\s{1,2}(?:on|to)\s/;
/** A link drawn by investigators: "linked the breach to X", "traced the attack to X". */
// (or passive, the target cut first: "the intrusion at the firm has been linked to X"; or the attackers' tie: "hackers affiliated with X")
const LINKED_BEFORE_NAME = /\b(?:(?:linked|tied|traced|pinned)\s(?:it|the\s(?:attack|hack|breach|intrusion|campaign|theft|leak))\s(?:on|to)|(?:attacks?|hacks?|breach(?:es)?|intrusions?|incident|cyber-?attacks?)\s(?:(?:has|have|had)\sbeen|was|were|is|are)\s(?:(?:likely|reportedly|allegedly|since|also|now)\s)?(?:linked|tied|traced)\sto|(?:hackers|attackers|intruders|criminals|actors)\s(?:affiliated\swith|linked\sto|tied\sto|associated\swith|working\sfor|belonging\sto))\s$/i;
/** The thing naming itself is a researcher or a piece of malware, not an attacker. */
const NOT_ATTACKER_SUBJECT = /\b(?:researchers?|analysts?|experts?|engineers?|developers?|white-?hats?|ransomware|malware|app|application|tool|software|trojan|virus|worm|botnet|program|variant|strain|campaign|operation|vulnerability|flaw|bug|exploit)\b(?![^.]{0,80}\b(?:hackers?|group|gang|crew|attackers?|actor)\b)[^.]{0,80}$/i;
const HACK_CUE = /\b(?:hack|breach|attack|ransom|leak|stole|stolen|theft|compromis|intru|espionage|extort|threat|cyber|malware|phish|exfiltrat|dark web|claimed)/i;

/** Two or three capitalised words, an initial allowed between ("Jane Q. Roe"), a word may open on O'/D' ("Liam O'Hara"); no word ends on an apostrophe ("Customers'"). */
const PERSON = "[A-Z](?:[a-z]{1,20}|(?=['’]))(?:['’-][A-Za-z]{1,20})?(?:\\s{1,2}(?:[A-Z]\\.\\s{1,2})?[A-Z](?:[a-zA-Z]{1,20}|(?=['’]))(?:['’-][A-Za-z]{1,20})?){1,2}(?![\\w'’])";
/** "Jane Roe, 25," / "Jane Roe, a 25-year-old" */
const PERSON_AGE = new RegExp(`(${PERSON}),\\s{1,2}(?:an?\\s{1,2})?\\d{2}(?:-year-old\\b|(?=,))`, 'g');
/** "Jane Roe was charged", "Jane Roe pleaded guilty" */
// (an appositive or relative clause may stand between: "Jane Roe, who worked at the bank until 2019, was charged";
// a headline drops the auxiliary: "Jane Roe sentenced to five years")
const PERSON_PASSIVE = new RegExp(`(${PERSON})(?:,\\s{1,2}(?:who|whose|a|an|the)\\s[^,;()]{1,90},|,)?\\s{1,2}(?:(?:was|were|has\\s{1,2}been|had\\s{1,2}been|is\\s{1,2}being|was\\s{1,2}later)\\s{1,2}(?:arrested|charged|indicted|sentenced|convicted|extradited|jailed|detained|accused|found\\s{1,2}guilty)|(?:pleaded|pled|pleads)\\s{1,2}guilty|(?:arrested|charged|indicted|sentenced|convicted|jailed)\\s{1,2}(?:to|of|with|for|over|in)\\s)`, 'g');
/** "Jane Roe admitted hacking into", "John Doe admits the charges" */
const PERSON_ADMITTED = new RegExp(`(${PERSON})\\s{1,2}admit(?:ted|s)\\s{1,2}(?:to\\s{1,2})?(?:hacking|stealing|accessing|breaching|unlawfully|illegally|computer\\s{1,2}misuse|(?:the\\s{1,2})?(?:charges?|offences?|offenses?)\\b)`, 'g');
/** "two hackers — Jane Roe and John Doe —", "the suspects, Jane Roe and John Doe" */
const PERSON_LIST = new RegExp(`\\b(?:hackers?|agents?|officers?|suspects?|defendants?|men|women|man|woman|individuals|nationals|brothers|sisters|insiders?|employees?)\\s{0,2}(?:[—–]|,|:)\\s{0,2}(${PERSON})(?:\\s{0,2},?\\s{0,2}and\\s{1,2}(${PERSON}))?`, 'g');
/** "charged Jane Roe", "arrested 25-year-old Jane Roe" */
const PERSON_OBJECT = new RegExp(`\\b(?:charged|indicted|arrested|sentenced|convicted|extradited|accused)\\s{1,2}(?:(?:former|ex-employee|\\d{2}-year-old|hacker|suspect|insider|employee|contractor)\\s{1,2}){0,3}(${PERSON})`, 'g');

/** A malicious program's noun beside a known family: "the crypto-virus X", "a virus known as X", "the X encryptor", "X, a kind of ransomware"
 * ("X ransomware" after the name is known-ransomware's reading). */
const MALWARE_BESIDE = {
  before: new RegExp(String.raw`\b(?:${MALWARE_NOUNS})\s{1,2}(?:(?:known|identified)\s{1,2}as\s{1,2}|(?:called|named|dubbed)\s{1,2})?$`, 'i'),
  after: new RegExp(String.raw`^(?:\s{1,2}(?!ransomware\b)(?:${MALWARE_NOUNS})\b|,\s{1,2}(?:an?|the)\s{1,2}(?:kind|type|form|strain|variant|version|piece|family)\s{1,2}of\s{1,2}(?:ransomware|malware)\b)`, 'i'),
};

interface Hit {
  name: string;
  kind: ActorKind;
  sentence: Sentence;
  /** A cue in the language names it an attacker (not just a known name). */
  cued: boolean;
  known?: KnownActor;
  /** Spellings the text gives as the same actor ("Tick (or Bronze Butler)"). */
  aliases: string[];
  /** Only a weak cue ("the X group"): the victim's own group of companies reads the same. */
  weak?: boolean;
  /** The actor rule that read it. */
  why?: Why;
}

const escape = escapeRegExp;

/** A known spelling with case, spaces and hyphens set aside: "Black Basta", "BlackBasta" and "Black-Basta" are one key. */
function squash(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/[\s-]+/g, '');
}

interface KnownIndex {
  re: RegExp;
  /** Keyed by `squash`. */
  bySpelling: Map<string, KnownActor>;
  /** Every listed spelling, lower-cased: a match that is none of them was written with a space or hyphen the lexicon lacks. */
  listed: Set<string>;
}
/** One alternation over every known spelling, longest first (built once, from the lexicon). A space or hyphen in a
 * spelling may be left out or doubled as a hyphen ("BlackBasta" for Black Basta), and a word break inside a
 * run-together name may be written ("Black Cat" for BlackCat; only taken next to a cue, like an ordinary-word name). */
const KNOWN = buildKnown();
const known = (): KnownIndex => KNOWN;
/** Each mention of a known actor in `text`: the match, its spelling and the lexicon's entry (a spelling the table does
 *  not hold is passed over). The callers' loops do not nest, so the one shared pattern's lastIndex is safe. */
function* knownMentions(text: string): Generator<{ m: RegExpExecArray; spelled: string; entry: KnownActor }> {
  const re = KNOWN.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const spelled = m[1]!;
    const entry = KNOWN.bySpelling.get(squash(spelled));
    if (entry) yield { m, spelled, entry };
  }
}
function buildKnown(): KnownIndex {
  const bySpelling = new Map<string, KnownActor>();
  const listed = new Set<string>();
  const patterns: string[] = [];
  for (const k of KNOWN_ACTORS) for (const s of [k.name, ...(k.aliases ?? [])]) {
    bySpelling.set(squash(s), k);
    listed.add(s.toLowerCase());
    // word breaks: an existing space or hyphen, or a lower-case letter then a capital ("BlackCat")
    patterns.push(s.split(/(?<=[a-z])(?=[A-Z][a-z])|[\s-]+/).map(escape).join('[\\s-]?'));
  }
  const sorted = [...new Set(patterns)].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\w$])(?:the\\s{1,2})?(${sorted.join('|')})(?![\\w$])`, 'gi');
  return { re, bySpelling, listed };
}

const lower = (s: string) => s.toLowerCase().replace(/^the\s+/, '').trim();
const tokens = (s: string) => lower(s).replace(/[^a-z0-9$]+/g, ' ').trim().split(' ').filter(Boolean);

/** Clean a captured name; null when it is not a possible actor name. */
function cleanName(raw: string, fromHeadline: boolean, side: 'after' | 'before'): string | null {
  let words = raw.replace(/[’']s$/, '').replace(/(?<![.,;:!?’'”"])[.,;:!?’'”"]+$/, '').split(/\s{1,2}/).filter(Boolean);
  // a possessive ends a name read after its cue ("the gang Velvetine’s 2 TB dump") and opens one read before it
  // ("the insurer’s Velvetine gang"): what follows or precedes it is the thing owned, or the owner
  const owners = words.map((w, i) => (/[’']s$/.test(w) ? i : -1)).filter((i) => i >= 0);
  const owner = (side === 'after' ? owners[0] : owners[owners.length - 1]) ?? -1;
  if (owner >= 0) words = side === 'after' ? [...words.slice(0, owner), words[owner]!.replace(/[’']s$/, '')] : words.slice(owner + 1);
  // headline Title Case: drop the verbs and prepositions around the name
  if (side === 'before') {
    let i = words.length - 1;
    while (i >= 0 && !TITLE_WORDS.has(words[i]!.toLowerCase()) && !GENERIC_NAMES.has(words[i]!.toLowerCase())) i--;
    words = words.slice(i + 1);
  } else {
    const stop = words.findIndex((w, i) => i > 0 && (TITLE_WORDS.has(w.toLowerCase()) || GENERIC_NAMES.has(w.toLowerCase())));
    if (stop > 0) words = words.slice(0, stop);
  }
  // "Operation Harbour Sweep" names a police or military operation, not who attacked
  if (words.length > 1 && /^(?:Operation|Project)$/.test(words[0]!)) return null;
  while (words.length && (GENERIC_NAMES.has(words[0]!.toLowerCase()) || QUALIFIER.test(words[0]!))) words.shift();
  if (fromHeadline && side === 'after') {
    const keep = words.findIndex((w) => !DISTINCTIVE.test(w) && !known().bySpelling.has(squash(w)));
    if (keep >= 0) words = words.slice(0, keep);
  }
  if (fromHeadline && words.length > 2) words = side === 'before' ? words.slice(-2) : words.slice(0, 2);
  return validName(words.join(' ').trim());
}

/** A token that looks like a handle or code name, not an ordinary capitalised word. */
const DISTINCTIVE = /\d|[a-z][A-Z]|^[A-Z]{2,}|\$/;

/** "Kremlin-backed", "Saudi Arabia-based": qualifiers before a name, never a name. */
const QUALIFIER = /-(?:backed|based|linked|sponsored|affiliated|aligned|speaking|born|run)$/i;

function validName(name: string): string | null {
  if (name.length < 2) return null;
  const words = name.split(/\s{1,2}/);
  if (words.some((w) => QUALIFIER.test(w))) return null;
  // a photo credit in capitals ("REUTERS/JANE ROE"), not a group
  if (words.length > 1 && words.every((w) => /^[A-Z/]{3,}$/.test(w))) return null;
  if (/\//.test(name) && words.length > 1) return null;
  const l = name.toLowerCase();
  if (GENERIC_NAMES.has(l) || NATIONALITIES.has(l) || NOT_ACTOR_WORD.test(name) || isNewsOutlet(name)) return null;
  if (/^\d+$/.test(name) || /^(?:operation|project)\b/i.test(name)) return null;
  return name;
}

function isVictim(name: string, ctx: Context): boolean {
  const c = ctx.company;
  if (!c) return false;
  const t = tokens(name).join(' ');
  return [c.name, ...c.aliases].some((n) => tokens(n).join(' ') === t);
}

function isResearcher(name: string, ctx: Context): boolean {
  const t = tokens(name).join(' ');
  return (ctx.sources ?? []).some((s) => (s.kind === 'researcher' || s.kind === 'news-outlet' || s.kind === 'regulator' || s.kind === 'law-enforcement') && tokens(s.name).join(' ') === t);
}

/** What an actor rule reads: one sentence, where hits go, and the name readers around a cue. */
interface ActorScan {
  text: string;
  s: Sentence;
  headline: boolean;
  out: Hit[];
  add: (raw: string | undefined, kind: ActorKind, cued: boolean, side: 'after' | 'before', quoted?: boolean, strong?: boolean) => void;
  nameAfter: (at: number, kind: ActorKind, allowHandle: boolean) => void;
  nameBefore: (at: number, kind: ActorKind, cued: boolean, onlyKnown?: boolean, strong?: boolean) => void;
}

/**
 * Is the sentence a headline: a heading block, or the first block when it is the title (a Markdown file whose
 * title sits in front matter opens on its first paragraph, which is body text).
 */
function isHeadline(doc: Document, s: Sentence): boolean {
  const block = doc.blocks[s.block];
  if (block?.kind === 'heading') return true;
  if (s.block !== 0 || !block) return false;
  if (doc.title === null) return true;
  const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(block.text) === norm(doc.title) || (block.text.length <= 160 && !/[.!?]["”’]?$/.test(block.text.trim()));
}

function actorScan(doc: Document, s: Sentence, out: Hit[]): ActorScan {
  const text = dashes(s.text);
  const headline = isHeadline(doc, s);
  // in a line set all in capitals every word looks like a code name: only quoted or known names count
  const shouting = isShouting(text);
  const add = (raw: string | undefined, kind: ActorKind, cued: boolean, side: 'after' | 'before', quoted = false, strong = false) => {
    if (!raw) return;
    const name = quoted ? validName(raw.trim().replace(/(?<![.,;:!?])[.,;:!?]+$/, '')) : cleanName(raw, headline, side);
    if (!name || name.length < 2 || GENERIC_NAMES.has(name.toLowerCase())) return;
    const k = known().bySpelling.get(squash(name));
    // a capital at the start of a sentence, or in a Title Case headline, is no sign of a name
    if (shouting && !quoted && !k) return;
    const distinctive = quoted || !!k || DISTINCTIVE.test(name);
    if (!distinctive && headline) return;
    // (after a capitalised "The", as in "The Redwater gang", the capital is the name's own)
    if (!distinctive && !strong && !/\s/.test(name) && new RegExp(`^["“‘]?${escape(name)}\\b`).test(text)) return;
    out.push({ name, kind: k?.kind ?? kind, sentence: s, cued, known: k, aliases: [] });
  };
  const nameAfter = (at: number, kind: ActorKind, allowHandle: boolean) => {
    const rest = text.slice(at, at + 80);
    const m = NAME_AFTER.exec(rest);
    if (m) {
      add(m[1] ?? m[2], kind, true, 'after', m[1] !== undefined);
      const end = at + m[0].length;
      const alias = /^\s{0,2}(?:\((?:or|aka|a\.k\.a\.?|also\s{1,2}known\s{1,2}as|also\s{1,2}called)?\s{0,2}([^()]{2,40})\)|,\s{1,2}(?:also\s{1,2})?(?:known\s{1,2}as|called|dubbed|aka)\s{1,2}([A-Z0-9][^,;.]{1,40}))/.exec(text.slice(end, end + 60));
      const last = out[out.length - 1];
      if (alias && last && last.sentence === s) {
        const a = cleanName(alias[1] ?? alias[2] ?? '', headline, 'after');
        if (a && /^[A-Z0-9]/.test(a)) last.aliases.push(a);
      }
      return;
    }
    if (allowHandle) {
      const h = HANDLE_AFTER.exec(rest);
      if (h && !GENERIC_NAMES.has(h[1]!) && (/\d|[a-z]{9,}|[a-z][A-Z]/.test(h[1]!))) add(h[1], kind, true, 'after', true);
    }
  };
  const nameBefore = (at: number, kind: ActorKind, cued: boolean, onlyKnown = false, strong = false) => {
    const before = text.slice(Math.max(0, at - 80), at);
    const m = NAME_BEFORE.exec(before);
    if (!m) return;
    const raw = m[1] ?? m[2];
    if (onlyKnown) {
      const name = raw ? cleanName(raw, headline, 'before') : null;
      if (name && known().bySpelling.has(squash(name))) add(raw, kind, cued, 'before', m[1] !== undefined);
      else {
        // a known family with its release number ("Glimmer 3.0 ransomware"): the number is the strain's, the name the actor's
        const family = name?.replace(VERSION_AFTER, '');
        if (family && family !== name && known().bySpelling.has(squash(family))) add(family, kind, cued, 'before');
      }
      return;
    }
    add(raw, kind, cued, 'before', m[1] !== undefined, strong);
  };
  return { text, s, headline, out, add, nameAfter, nameBefore };
}

/** An actor rule: a named way English marks a name as an attacker, with the scan that reads it. */
export interface ActorRule extends TestRule {
  scan: (a: ActorScan) => void;
}

const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|another|former|alleged|suspected)$/i;

/** A verb whose object is told something ("informed", "alerted", "tipped off"), up to the noun, within one clause. */
const RECIPIENT_BEFORE = /\b(?:informed|alerted|notified|tipped\s(?:off)?|warned|contacted|told)\s[^,.;:]{0,60}?(?:\sand\s)?(?:the|a|an)\s$/i;

/** A name followed by a type noun or a claim: "the X gang", "X group", "X ransomware", "X claimed responsibility". */
const TYPE_NOUN = /\s(?=(?:gang|group|crew|collective|cartel|syndicate|outfit|hackers|hacktivists|ransomware|(?:strain|variant|family|version|form)\s{1,2}of\s{1,2}ransomware|ransom\s{1,2}(?:program|software|virus)|claimed|claims|took|takes|(?:has|have|had|later|publicly)\s{1,2}(?:claimed|taken)|,\s{1,2}(?:which|who)))/gi;
function* typeNouns(text: string): Generator<{ at: number; after: string }> {
  TYPE_NOUN.lastIndex = 0;
  for (let m = TYPE_NOUN.exec(text); m; m = TYPE_NOUN.exec(text)) yield { at: m.index + 1, after: text.slice(m.index, m.index + 60) };
}
/** The bare type noun after a name ("gang", "group"), or null when typed ("ransomware gang") or absent. */
function bareTypeNoun(after: string): string | null {
  if (CLAIMED_AFTER_NAME.test(after) || RANSOMWARE_AFTER_NAME.test(after)) return null;
  const t = NOUN_AFTER_NAME.exec(after);
  if (!t || t[1]) return null; // typed nouns are read by noun-apposition
  const noun = t[2]!;
  if (/^(?:hackers|operation|actors?|affiliates?)$/i.test(noun)) return null;
  if (/^group\s{1,2}(?:managing|director|chief|ceo|chairman|spokes\w{0,8}|executive|president|head|said|says)\b/i.test(after.trimStart())) return null;
  return noun;
}

/**
 * How English marks a name as an attacker, one row per habit, tried in this order on every sentence.
 * Each row's `test` runs its scan on the example (as the body of a two-line article) and fires when it
 * reads a name.
 */
export const ACTOR_RULES = ruleTable<ActorRule>('actors', 'actor cue', [
  actorRule({
    id: 'self-named',
    reason: 'only people and groups call themselves something: "a group calling itself X", "who goes by X"',
    example: 'A crew calling itself Grey Heron posted the files.',
    counterexample: 'A researcher calling himself Grey Heron reported the flaw.',
    scan: (a) => {
      SELF_NAMED.lastIndex = 0;
      for (let m = SELF_NAMED.exec(a.text); m; m = SELF_NAMED.exec(a.text)) {
        const pre = a.text.slice(Math.max(0, m.index - 40), m.index);
        if (NOT_ATTACKER_SUBJECT.test(a.text.slice(Math.max(0, m.index - 120), m.index))) continue;
        // a business "known in some towns under the name X", "trading under the name X": a brand, not a handle
        if (/^under\b/i.test(m[0]) && /\b(?:known|trading|trades|traded|operates|operating|operated|does\s{1,2}business|doing\s{1,2}business|markets|marketed|sold|branded|stores?|outlets?|restaurants?|shops?)\b[^.;]{0,30}$/i.test(pre) && !/\b(?:hackers?|group|gang|crew|attackers?|actors?|user|seller|individual|person)\b/i.test(pre)) continue;
        // a witness who goes by a handle ("a user going by the name of X, who tweeted that he saw the data") spotted the leak, not made it
        if (WITNESS_AFTER.test(a.text.slice(m.index + m[0].length, m.index + m[0].length + 90))) continue;
        const single = /\b(?:hacker|individual|person|man|woman|user|attacker|insider|teen(?:ager)?|he|she)\b[^.]{0,20}$/i.test(pre) && !/\b(?:hackers|group|gang|crew|they)\b[^.]{0,20}$/i.test(pre);
        a.nameAfter(m.index + m[0].length, single ? 'person' : 'group', true);
      }
    },
  }),
  actorRule({
    id: 'noun-named',
    reason: 'a threat noun then "named/called/known as": "a ransomware group known as X"',
    example: 'The attack was the work of a hacking group known as Grey Heron.',
    counterexample: 'The attack was the work of a research group known as Grey Heron.',
    scan: (a) => {
      NOUN_NAMED.lastIndex = 0;
      for (let m = NOUN_NAMED.exec(a.text); m; m = NOUN_NAMED.exec(a.text)) {
        const noun = m[1]!.toLowerCase();
        const pre = a.text.slice(Math.max(0, m.index - 25), m.index);
        if (/\b(?:research|security|intelligence|industry|advocacy|trade|working|study|user|support)\s{1,2}$/i.test(pre)) continue;
        const kind: ActorKind = /ransomware/i.test(pre + noun) ? 'ransomware-group' : /^(?:hacker|attacker|actor|individual|persona|criminal|cybercriminal|hacktivist)$/.test(noun) ? 'person' : 'group';
        a.nameAfter(m.index + m[0].length, kind, true);
      }
    },
  }),
  actorRule({
    id: 'noun-apposition',
    reason: 'a typed threat noun beside a name: "hacking group X", "the X ransomware gang"',
    example: 'The Storm Kestrel ransomware gang encrypted the servers.',
    counterexample: 'The ransomware gang encrypted the servers.',
    scan: (a) => {
      NOUN_APPOSITION.lastIndex = 0;
      for (let m = NOUN_APPOSITION.exec(a.text); m; m = NOUN_APPOSITION.exec(a.text)) {
        const kind: ActorKind = /ransomware/i.test(m[1]!) ? 'ransomware-group' : 'group';
        // the one told or alerted ("a whistleblower informed a reporter and the hacker group X") attacked no one
        if (RECIPIENT_BEFORE.test(a.text.slice(Math.max(0, m.index - 80), m.index))) continue;
        const after = a.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
        // in a title-cased headline ("Ransomware Group Threatens To Leak") the capitalised word after the noun is the verb
        const titleCased = /^[A-Z]\S*\s{1,2}[A-Z]/.test(m[0]);
        if (!titleCased && /^\s{0,3}(?:[Tt]he\s{1,2})?["“‘]?[A-Z0-9]/.test(after)) a.nameAfter(m.index + m[0].length, kind, false);
        a.nameBefore(m.index, kind, true);
      }
    },
  }),
  actorRule({
    id: 'claimed-responsibility',
    reason: '"X claimed responsibility/credit": only the attacker claims an attack',
    example: 'Quartz Nine claimed responsibility for the intrusion.',
    counterexample: 'Nobody claimed responsibility for the intrusion.',
    scan: (a) => {
      for (const { at, after } of typeNouns(a.text)) if (CLAIMED_AFTER_NAME.test(after)) a.nameBefore(at, 'group', true, false, true);
    },
  }),
  actorRule({
    id: 'known-ransomware',
    reason: '"X ransomware" names a strain as often as a gang: only a known gang is taken',
    example: 'The files were encrypted with LockBit ransomware last week.',
    counterexample: 'The files were encrypted with Glassfrog ransomware last week.',
    scan: (a) => {
      for (const { at, after } of typeNouns(a.text)) {
        if (CLAIMED_AFTER_NAME.test(after) || !RANSOMWARE_AFTER_NAME.test(after)) continue;
        if (!NOUN_AFTER_NAME.test(after)) a.nameBefore(at, 'ransomware-group', true, true);
      }
    },
  }),
  actorRule({
    id: 'known-family-program',
    reason: 'a known family named as the malicious program of the attack ("the crypto-virus X", "a virus known as X", "the X encryptor", "X, a kind of ransomware"): the gang\'s own tool, read like "X ransomware"',
    example: 'Depot servers went dark when the encryptor RYUK ran overnight.',
    counterexample: 'Depot servers went dark when the encryptor Glassfrog ran overnight.',
    scan: (a) => {
      for (const { m, spelled, entry } of knownMentions(a.text)) {
        if (entry.kind !== 'ransomware-group' || !/^[A-Z0-9]/.test(spelled)) continue;
        const after = a.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
        const before = a.text.slice(Math.max(0, m.index - 40), m.index + m[0].length - spelled.length);
        if (MALWARE_BESIDE.before.test(before) || MALWARE_BESIDE.after.test(after)) a.out.push({ name: spelled, kind: entry.kind, sentence: a.s, cued: true, known: entry, aliases: [] });
      }
    },
  }),
  actorRule({
    id: 'name-gang',
    reason: '"the X gang/crew/cartel": these nouns only name criminal groups',
    example: 'The Redwater gang demanded a ransom from the council.',
    counterexample: 'The gang demanded a ransom from the council.',
    scan: (a) => {
      for (const { at, after } of typeNouns(a.text)) {
        const noun = bareTypeNoun(after);
        if (noun && /^(?:gang|crew|cartel|syndicate|hacktivists)$/i.test(noun)) a.nameBefore(at, 'group', true);
      }
    },
  }),
  actorRule({
    id: 'name-group',
    reason: '"the X group/collective" in a sentence about an attack; weak, since a victim\'s group of companies reads the same',
    example: 'The Redwater group leaked the stolen files.',
    counterexample: 'The Redwater group opened a new store.',
    scan: (a) => {
      for (const { at, after } of typeNouns(a.text)) {
        const noun = bareTypeNoun(after);
        if (!noun) continue;
        if (/^(?:group|collective|outfit)$/.test(noun) && HACK_CUE.test(a.text)) {
          const n = a.out.length;
          a.nameBefore(at, 'group', true);
          for (let i = n; i < a.out.length; i++) a.out[i]!.weak = true;
        } else if (/^Group$/.test(noun)) a.nameBefore(at, 'group', true, true);
      }
    },
  }),
  actorRule({
    id: 'appositive',
    reason: '"X, a relatively new ransomware group," or "X, a loose collective of young hackers," describes X as an attacker',
    example: 'Velvetine, a relatively new ransomware gang, listed the hospital.',
    counterexample: 'Velvetine, a relatively new software firm, listed the hospital.',
    scan: (a) => {
      for (const m of [...execAll(APPOSITIVE, a.text), ...execAll(APPOSITIVE_GANG, a.text), ...execAll(APPOSITIVE_BAND, a.text)]) {
        const kind: ActorKind = /ransomware|RaaS/i.test(m[1] ?? '') ? 'ransomware-group' : 'group';
        const before = a.text.slice(Math.max(0, m.index - 80), m.index) + ' ';
        const n = NAME_BEFORE.exec(before);
        if (n) a.add(n[1] ?? n[2], kind, true, 'before', n[1] !== undefined, true);
      }
    },
  }),
  actorRule({
    id: 'blamed-on',
    reason: '"the attack was carried out by X", "attributed to X", "blamed on X"',
    example: 'Officials attributed the breach to Grey Heron.',
    counterexample: 'Officials attributed the delay to the holidays.',
    scan: (a) => {
      const BY = /\b(?:by|to|on|of|with|for)\s{1,2}/g;
      for (let m = BY.exec(a.text); m; m = BY.exec(a.text)) {
        const end = m.index + m[0].length;
        const pre = a.text.slice(Math.max(0, end - 110), end).replace(BLAME_TARGET, '');
        if (!BLAME_BEFORE_NAME.test(pre) && !LINKED_BEFORE_NAME.test(pre)) continue;
        if (/(?:attack|hack|breach|intrusion|incident)\s{1,2}(?:on|at|against)\s{1,2}$/i.test(pre) && TARGET_THEN_BLAME.test(a.text.slice(end, end + 80))) continue;
        a.nameAfter(end, 'group', false);
      }
    },
  }),
  actorRule({
    id: 'person-charged',
    reason: 'a named person arrested, charged, convicted or sentenced is a suspect ("Jane Roe, 25, was charged")',
    example: 'Prosecutors said Mara Vellin was charged with stealing the records.',
    counterexample: 'Judge Mara Vellin sentenced the defendant on Tuesday.',
    scan: (a) => {
      if (!PERSON_LEGAL.test(a.text)) return;
      for (const re of [PERSON_AGE, PERSON_PASSIVE, PERSON_ADMITTED, PERSON_OBJECT, PERSON_LIST]) {
        re.lastIndex = 0;
        for (let m = re.exec(a.text); m; m = re.exec(a.text)) for (let name of [m[1], m[2]]) {
          if (!name) continue;
          const first = name.split(/\s/)[0]!.toLowerCase();
          // "Second Nigerian sentenced": an ordinal or a nationality describes a person, it is no name
          if (PERSON_TITLES.has(first) || name.split(/\s{1,2}/).some((w) => GENERIC_NAMES.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()) || NATIONALITIES.has(w.toLowerCase()) || ORDINAL.test(w))) continue;
          if (NOT_ACTOR_WORD.test(name)) continue;
          // "Ex-employee Dana Fisk", "Hacker Arlo Kemp": a role word before the name is no part of it
          if (/^(?:Ex-\w+|Former|Hacker|Suspect|Employee|Insider|Contractor|Teen(?:ager)?)\s/.test(name) && name.split(/\s{1,2}/).length >= 3) name = name.replace(/^\S+\s{1,2}/, '');
          a.out.push({ name, kind: 'person', sentence: a.s, cued: true, aliases: [] });
        }
      }
    },
  }),
  actorRule({
    id: 'known-name',
    reason: 'a well-known actor name (an ordinary-word name only next to a group/gang/ransomware cue)',
    example: 'Investigators suspect Scattered Spider was behind the intrusion.',
    counterexample: 'Investigators suspect a spider bite was behind the rash.',
    scan: (a) => {
      const k = known();
      for (const { m, spelled, entry } of knownMentions(a.text)) {
        // a break the lexicon's spelling lacks ("Black Cat"): every word capitalised, and a cue beside it
        const split = !k.listed.has(spelled.toLowerCase()) && squash(spelled) !== spelled.toLowerCase();
        if (split && !spelled.split(/[\s-]+/).every((w) => /^[A-Z0-9]/.test(w))) continue;
        if (entry.needsCue || split) {
          if (!/^[A-Z0-9]/.test(spelled)) continue;
          const after = a.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
          const before = a.text.slice(Math.max(0, m.index - 40), m.index);
          if (!/^\s{1,2}(?:ransomware|gang|group|crew|hackers|hacking|operators?|affiliates?|APT|actors?)\b/i.test(after)
            && !/(?:ransomware|gang|group|crew|collective|hackers|hacktivists?|called|named|dubbed|known\s{1,2}as|actor|by)\s{1,2}$/i.test(before)) continue;
        } else if (!/^[A-Z0-9]/.test(spelled) && spelled.length <= 5) continue;
        a.out.push({ name: spelled, kind: entry.kind, sentence: a.s, cued: false, known: entry, aliases: [] });
      }
    },
  }),
  actorRule({
    id: 'vendor-code-name',
    reason: 'vendor naming schemes in a sentence about an attack: "APT40", "UNC1234", "Storm-0000", "Amber Panda"',
    example: 'The intrusion was tied to UNC9876, a cluster tracked by several vendors.',
    counterexample: 'The product line UNC9876 ships in spring.',
    scan: (a) => {
      for (const re of [CODE_NAME, FAMILY_NAME]) {
        re.lastIndex = 0;
        for (let m = re.exec(a.text); m; m = re.exec(a.text)) {
          if (!HACK_CUE.test(a.text) && !a.headline) continue;
          const name = m[0].replace(/\s+/g, ' ');
          a.out.push({ name, kind: 'group', sentence: a.s, cued: false, known: known().bySpelling.get(squash(name)), aliases: [] });
        }
      }
    },
  }),
]);

/** An actor rule whose `test` is its own scan, run on the example as the body of a short article. */
function actorRule(row: Omit<ActorRule, 'test'>): ActorRule {
  const rule: ActorRule = {
    ...row,
    test: (text) => {
      const doc = readDocument(`Company news\n\n${text}\n`, { format: 'txt' });
      return doc.sentences.some((s) => s.block > 0 && hitsBy([rule], doc, s).length > 0);
    },
  };
  return rule;
}

/** Hits of one sentence by some actor rules, in order; each hit carries the rule that read it. */
function hitsBy(rules: readonly ActorRule[], doc: Document, s: Sentence): Hit[] {
  const out: Hit[] = [];
  const scan = actorScan(doc, s, out);
  for (const rule of rules) {
    const from = out.length;
    rule.scan(scan);
    const w = why(ACTOR_RULES, rule);
    for (let i = from; i < out.length; i++) out[i]!.why ??= w;
  }
  return out;
}

/** Hits in one sentence, every actor rule in table order. */
function hitsIn(doc: Document, s: Sentence): Hit[] {
  return hitsBy(ACTOR_RULES.rules, doc, s);
}

/** Two spellings of one name: same tokens, or one edit apart when long ("Zer0Crew" / "Zer0Krew"). */
function sameName(a: string, b: string): boolean {
  const x = tokens(a).join(''), y = tokens(b).join('');
  if (!x || !y) return false;
  if (x === y) return true;
  if (Math.min(x.length, y.length) >= 6 && Math.abs(x.length - y.length) <= 1) return editDistanceAtMostOne(x, y);
  return false;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length === b.length) i++;
    j++;
  }
  return edits + (b.length - j) + (a.length - i) <= 1;
}

interface Actor {
  spellings: string[];
  kind: ActorKind;
  known?: KnownActor;
  mentions: Hit[];
}

const LEAD_SENTENCES = 6;

/** Why a name some rule read is not kept as this incident's actor; each row's test runs the extractor on its example. */
export const ACTOR_FILTERS = ruleTable('actors', 'not this incident\'s actor', [
  { id: 'victim-or-source', reason: 'read only by a weak cue ("the X group"), and the article credits X as a researcher, outlet or authority, or X is the victim',
    example: 'Researchers at the Sentrylab group found that the breach began in May.',
    counterexample: 'Hackers from the Sentrylab group found that the breach began in May.' },
  { id: 'background', reason: 'every mention recalls another or earlier incident ("in 2019", "was also behind", "such as")',
    example: 'In 2019 a crew calling itself Grey Heron leaked files from a clinic.',
    counterexample: 'A crew calling itself Grey Heron leaked files from the clinic.' },
  { id: 'passing-mention', reason: 'named once, with no cue that it attacked anyone (a code name in passing)',
    example: 'The breach came a week after a talk about UNC9876.',
    counterexample: 'The breach was carried out by UNC9876.' },
  { id: 'robbed', reason: 'named as the one files or tools were stolen from ("tools stolen from the X group"), and never said to have attacked: a victim of the theft, not its author',
    example: 'A crew calling itself Grey Heron leaked tools it said were stolen from the Equation Group.',
    counterexample: 'A crew calling itself Grey Heron leaked tools it said were stolen by the Equation Group.' },
  { id: 'state-uncued', reason: 'a state body named without being said to have attacked ("the GRU" in a policy paragraph)',
    example: 'The hack came weeks after the GRU was reorganised.',
    counterexample: 'The hack was carried out by the GRU.' },
  { id: 'not-lead', reason: 'named only past the lead: kept when no actor leads and it is cued or named twice, or when one leads and it is both; otherwise a side mention, not this incident\'s attacker',
    example: 'A crew calling itself Grey Heron took the files. The firm said so. Staff were told. Police came. Systems were restored. Customers were warned. A crew calling itself Blue Marlin sells such files.',
    counterexample: 'A crew calling itself Grey Heron took the files. The firm said so. Staff were told. Police came. Systems were restored. Customers were warned. Grey Heron sells such files.' },
  { id: 'round-up', reason: 'past six actors the article is a round-up of many incidents: the first six are kept, the rest set aside',
    example: 'Attacks were claimed by the Alder gang, the Birch gang, the Cedar gang, the Hazel gang, the Maple gang, the Rowan gang and the Willow gang.',
    counterexample: 'Attacks were claimed by the Alder gang, the Birch gang, the Cedar gang, the Hazel gang, the Maple gang and the Rowan gang.' },
].map((row) => ({ ...row, test: (text: string) => droppedBy(text).includes(`actors.${row.id}`) })));

/** Words of a theft whose source follows "from": "stolen from", "took … from", "came from". */
const THEFT_FROM = '(?:stolen|stole|steal|taken|took|leaked|came|obtained|pilfered|swiped|lifted|exfiltrated|copied|dumped)';
/** Is one of the spellings named as the one robbed ("tools stolen from the Larch Group")? */
function robbedIn(text: string, spellings: readonly string[]): boolean {
  return spellings.some((sp) => new RegExp(`\\b${THEFT_FROM}\\s(?:[\\w'’-]+\\s){0,4}?from\\s(?:the\\s)?${escape(sp)}(?![\\w-])`, 'i').test(text));
}

/** The filter ids that drop a name when the actors extractor reads `text` as the body of a short article. */
function droppedBy(text: string): string[] {
  const doc = readDocument(`Company news\n\n${text}\n`, { format: 'txt', published: '2024-05-10' });
  const base = { published: '2024-05-10', warnings: [], explain: new Explain(true), company: null };
  const scope = IncidentScope.none();
  extractActors(doc, { ...base, scope, sources: extractSources(doc, { ...base, scope }) });
  const ctx = base;
  return ctx.explain.dropped.filter((d) => d.field === 'actors').map((d) => d.why.rule);
}

const filterWhy = (id: string) => why(ACTOR_FILTERS, ACTOR_FILTERS.rules.find((r) => r.id === id)!);

/** At most this many actors per article (more means a round-up, and the rest go to `--explain`). */
const MAX_ACTORS = 6;

export const extractActors: Extractor<ActorFinding[], 'company' | 'scope' | 'sources'> = (doc, ctx) => {
  const hits: Hit[] = [];
  for (const s of doc.sentences) {
    if (s.text.length > 5_000) continue;
    hits.push(...hitsIn(doc, s));
    if (hits.length > 300) break;
  }
  const drop = (name: string, id: string, sentence: Sentence) => ctx.explain.drop({ field: 'actors', text: name, why: filterWhy(id), sentence });
  const actors: Actor[] = [];
  for (const h of hits) {
    if (!h.known && (!h.cued || h.weak) && (isVictim(h.name, ctx) || isResearcher(h.name, ctx))) { drop(h.name, 'victim-or-source', h.sentence); continue; }
    const names = [h.name, ...h.aliases].flatMap((n) => n.split('/')).map((n) => n.trim()).filter(Boolean);
    let a = actors.find((x) => (h.known && x.known === h.known) || x.spellings.some((sp) => names.some((n) => sameName(sp, n))));
    if (!a) {
      a = { spellings: [], kind: h.kind, known: h.known, mentions: [] };
      actors.push(a);
    }
    for (const n of names) if (!a.spellings.some((sp) => tokens(sp).join('') === tokens(n).join(''))) a.spellings.push(n);
    a.known ??= h.known;
    if (h.known) a.kind = h.known.kind;
    else if (!a.known && h.cued && (h.kind === 'ransomware-group' || a.kind === 'other')) a.kind = h.kind;
    a.mentions.push(h);
  }
  // "Anonymous" inside "Anonymous India" in the same sentence is the same actor
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i]!;
    const into = actors.find((b) => b !== a && a.spellings.every((sp) => b.spellings.some((bs) => {
      const A = tokens(sp), B = new Set(tokens(bs));
      return A.length < B.size && A.every((t) => B.has(t));
    })) && a.mentions.every((m) => b.mentions.some((n) => n.sentence === m.sentence)));
    if (into) { into.mentions.push(...a.mentions); actors.splice(i, 1); }
  }
  // Keep this incident's actors: named in the headline or lead, or named with a cue more than in passing.
  const published = ctx.published ? Number(ctx.published.slice(0, 4)) : null;
  // (a sentence the scope reads as a trend across many incidents recalls none: "X, a loose collective of hackers
  // tied to a wave of attacks on insurers" still names this incident's suspect, as sources keep a trend's credit)
  const background = (s: Sentence) => ctx.scope?.isOtherIncident(s) || BACKGROUND_CUE.test(s.text)
    || (published !== null && [...s.text.matchAll(/\b(?:19|20)\d\d\b/g)].some((y) => Number(y[0]) < published && Number(y[0]) > 1990 && /\b(?:in|during|since)\s{1,2}(?:19|20)\d\d\b/i.test(s.text)));
  // a known actor written another way ("BlackBasta", "Clop") also carries the lexicon's name, so that one actor is one name
  const nameOf = (a: Actor) => {
    const sp = a.spellings.slice(0, 4);
    if (a.known && sp.length < 4 && !sp.some((x) => tokens(x).join(' ') === tokens(a.known!.name).join(' '))) sp.push(a.known.name);
    return sp.join('/');
  };
  const scored = actors.map((a) => {
    const own = a.mentions.filter((m) => !background(m.sentence));
    const sentences = new Set(own.map((m) => m.sentence.index));
    const lead = own.some((m) => m.sentence.index < LEAD_SENTENCES || doc.blocks[m.sentence.block]?.kind === 'heading' && m.sentence.block < 3)
      || (doc.title !== null && a.spellings.some((sp) => new RegExp(`(?<![\\w$])${escape(sp)}(?![\\w$])`, 'i').test(doc.title!)));
    const cued = own.some((m) => m.cued);
    return { a, own: sentences.size, lead, cued };
  }).filter((x) => {
    const first = x.a.mentions[0]!.sentence;
    if (x.own === 0) return drop(nameOf(x.a), 'background', first), false;
    if (!(x.cued || x.a.known || x.own >= 2)) return drop(nameOf(x.a), 'passing-mention', first), false;
    if (!x.cued && x.a.mentions.some((m) => robbedIn(m.sentence.text, x.a.spellings))) return drop(nameOf(x.a), 'robbed', first), false;
    if (x.a.kind === 'nation-state' && !x.cued) return drop(nameOf(x.a), 'state-uncued', first), false;
    return true;
  });
  const anyLead = scored.some((x) => x.lead);
  const kept = scored.filter((x) => {
    const keep = x.lead || (!anyLead && (x.cued || x.own >= 2)) || (anyLead && x.cued && x.own >= 2);
    if (!keep) drop(nameOf(x.a), 'not-lead', x.a.mentions[0]!.sentence);
    return keep;
  });
  for (const { a } of kept.slice(MAX_ACTORS)) drop(nameOf(a), 'round-up', a.mentions[0]!.sentence);
  return kept.slice(0, MAX_ACTORS).map(({ a }) => {
    const mention = a.mentions.find((m) => m.cued) ?? a.mentions[0]!;
    return { name: nameOf(a), kind: a.kind, sentence: mention.sentence, ...(mention.why ? { why: mention.why } : {}) };
  });
};
