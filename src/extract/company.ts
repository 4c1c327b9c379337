// The victim organisation. Candidate names come from capitalised-word runs in the body (which also
// catches names the NLP lexicon misses, "NHS Ayrshire & Arran", "Reality Squared Games (R2Games)") and
// from the organisations compromise finds. Spellings of one organisation are grouped (suffixes,
// token subsets, acronyms in parentheses), and each group is scored by where it is named (headline,
// lead), how often, and in what role: the victim of a breach verb scores, a security firm, attacker,
// authority, news outlet, publisher or commentator's employer does not — except that a page telling its incident in
// the first person ("an intruder accessed our network") is its publisher's own notice, and the publisher is the victim.
import { alternation, escapeWords } from '../regexp.js';
import type { Document, Sentence } from '../document.js';
import { entities } from '../analysis.js';
import { CODE_NAME, FAMILY_NAME, KNOWN_ACTORS } from '../lexicon/actors.js';
import { isNewsOutlet } from '../lexicon/outlets.js';
import { FEW_WORDS, NUMBER_WORDS, SCALES } from '../lexicon/numbers.js';
import { readDocument } from '../read/index.js';
import { compactName } from '../read/publisher.js';
import {
  ATTACKER_CUES, AUTHORITY_NAMES, CYBER_AUTHORITY, KIND_NOUNS, NOTIFIED_PEOPLE, PLATFORMS, COMMENTATOR_TITLES, CREDIT_LINE, INCIDENT_NOUNS, NOT_NAMES, ORG_DESCRIPTORS,
  ORG_PREFIXES, ORG_SUFFIXES, OWN_SYSTEMS_HIT, SECURITY_FIRM_CUES, VICTIM_ACTIVE, VICTIM_ASSETS, VICTIM_PASSIVE,
  CURRENCY_NAMES, EVENT_HEADS, NAMED_THINGS, OVERSIGHT_VERBS, REPORT_NOUNS, REPORT_VERBS, THING_HEADS,
} from '../lexicon/company.js';
import { STAFF_NOUN } from '../lexicon/incident.js';
import { CURRENCY_CODES, REGION_WORDS } from '../lexicon/countries.js';
import { FIRST_PERSON_NOTICE, RESEARCH_NAME_WORDS } from '../lexicon/sources.js';
import { COUNTRY_MAP, victimCountry } from './country.js';
import { extractFromDocument } from './index.js';
import { findScope, type IncidentScope } from './scope.js';
import type { CompanyFinding, Extractor } from './types.js';
import { Explain, ruleTable, why, type RuleTable, type TestRule, type Why } from '../rules.js';

// ---- regexes built once from the lexicon ---------------------------------------------------------

const esc = escapeWords;
const alt = alternation;

const ASSETS = alt(VICTIM_ASSETS);
const PASSIVE = alt(VICTIM_PASSIVE);
const ACTIVE = alt(VICTIM_ACTIVE);
const NOUNS = alt(INCIDENT_NOUNS);
const W = "[\\w&’'.,-]{1,30}"; // one word of a descriptor
/** Stolen files put out in public: "published online", "dumped on a leak site", "posted to the dark web". */
const PUT_ONLINE = '(?:published|posted|dumped|offered)\\s(?:[\\w-]{1,15}\\s){0,3}?(?:online|on\\sthe\\s(?:dark\\s)?web|on\\s(?:a|an|the|its)\\s(?:[\\w-]{1,15}\\s){0,2}?(?:forum|site|blog|channel|marketplace))';
/** An apposition between the name and its verb, which may hold one comma of its own: ", based in Austin, Texas,". */
const APPOS = '(?:,[^,;]{1,80}(?:,\\s[^,;]{1,30})?,)?';

/** After the name: "'s servers", "'s customers". */
const R_POSSESSIVE = new RegExp(`^['’]s?\\s(?:${W}\\s){0,3}?(?:${ASSETS})\\b`, 'i');
/** After the name: "(, the retailer,) was hacked". */
/** A short place phrase between a name and its verb: "in Harlow's city hall", "at its Leeds office". */
const LOCATIVE = "(?:\\s(?:in|at)\\s(?:its\\s|the\\s)?\\p{Lu}[\\w’'.-]{1,20}(?:\\s[\\w’'-]{1,15}){0,2}?)?";
const R_PASSIVE = new RegExp(`^,?(?:\\s?\\([^()]{1,90}\\))?${APPOS}${LOCATIVE}\\s(?:(?:has|have|had|may|might|also|recently|reportedly|allegedly)\\s){0,2}(?:been|was|were|is|are|got|gets|being)\\s(?:${W}\\s){0,2}?(?:${PASSIVE})\\b`, 'iu');
/** After the name: "said it suffered", "confirmed". */
const R_ACTIVE = new RegExp(`^,?(?:\\s?\\([^()]{1,90}\\))?${APPOS}\\s(?:(?:has|have|had|also|recently|now|later|previously|quickly|publicly|apparently|reportedly)\\s){0,2}(?:${ACTIVE})\\b`, 'i');
/** After the name: "data breach", "hack", "ransomware attack". */
const R_NOUN = new RegExp(`^(?:['’]s)?\\s(?:(?:data|security|cyber|ransomware|network|computer|system|systems|email|payment|card|customer|website|server|database|massive|major|recent|latest|alleged|suspected)\\s){0,2}(?:${NOUNS})\\b`, 'i');
/** After the name, an asset compound: "X account information may have been compromised". */
const R_COMPOUND = /^\s(?:(?:council|city|county|government|state|corporate|company|internal)\s)?(?:(?:account|customer|user|member|patient|employee|staff|client|subscriber|player)s?\s(?:information|data|details|records|accounts|passwords|databases?)|servers?|systems|networks?|website|web\ssite|database|forums?|computer\ssystems?|IT\ssystems?|email\ssystem|payment\ssystems?)\b/i;
/** After the name: "X notified customers", "X has begun emailing affected users". */
const R_NOTIFIED = new RegExp(`^,?(?:\\s?\\([^()]{1,90}\\))?${APPOS}\\s(?:(?:has|have|had|is|are|was|also|now|later|began|begun|started|will\\sbe|will)\\s){0,2}(?:notif\\w*|alert\\w*|warn\\w*|inform\\w*|contact\\w*|email\\w*|e-mail\\w*|writ\\w*\\sto|wrote\\sto|told|(?:sent|mailed|posted|issued)\\s(?:out\\s)?(?:letters|emails|notices|notifications|notification\\sletters)\\sto)\\s(?:all\\s|its\\s|some\\s|the\\s|affected\\s|impacted\\s|current\\s|former\\s|and\\s|potentially\\s|(?:about|nearly|more\\sthan|over|some)\\s|[\\d,.]+\\s(?:million\\s|thousand\\s)?){0,4}(?:${alt(NOTIFIED_PEOPLE)})\\b`, 'i');
/** What an insider did with the employer's data: stole, sold, leaked, looked at records without need. */
const INSIDER_VERB = /\b(?:stole|stolen|stealing|steal|leaked|leaking|sold|selling|copied|copying|downloaded|downloading|accessed|accessing|snooped|snooping|misused|misusing|took|taking|emailed|forwarded|viewed|viewing|looked\sat|disclosed|disclosing)\b/i;
/** After the name, one of its people who took its data: "a former X clerk accused of selling customer files". */
const R_INSIDER = new RegExp(`^(?:['’]s)?\\s(?:former\\s|ex-|one-time\\s|rogue\\s|disgruntled\\s|longtime\\s)?(?:[\\w-]{1,20}\\s)?${STAFF_NOUN}\\b[^.;]{0,70}?${INSIDER_VERB.source}`, 'i');
/** Before the name, one of its people: "a health adviser employed by X", "an employee of X", "a nurse who worked at X". */
const L_INSIDER = new RegExp(`\\b${STAFF_NOUN},?\\s(?:(?:employed|hired|contracted)\\s(?:by|at)|(?:who\\s)?(?:works?|worked|working)\\s(?:for|at)|at|of|with)\\s(?:the\\s)?$`, 'i');
/** After the name: "has reported a breach of its systems" (not "reported a breach at Y", another's incident). */
const R_REPORTED = new RegExp(`^,?(?:\\s?\\([^()]{1,90}\\))?${APPOS}\\s(?:(?:has|have|had|also|recently|formally)\\s){0,2}(?:reported|declared|notified\\s(?:\\w+\\s){0,3}?of)\\s(?:a|an)\\s(?:[\\w-]{1,20}\\s){0,2}?(?:${NOUNS})\\b`, 'i');
/** After the incident noun: another organisation's incident ("reported a breach at Harbour Bank"), read case-sensitively ("a breach affecting up to…" is its own). */
const R_REPORTED_OTHER = /^\s(?:at|on|against|in|affecting|hitting)\s(?:the\s)?\p{Lu}/u;
const reportedOwn = (r: string): boolean => { const m = R_REPORTED.exec(withoutRecipient(r)); return !!m && !R_REPORTED_OTHER.test(withoutRecipient(r).slice(m[0].length)); };
/** "X reported to the state attorney general's office a data breach": the recipient between the verb and its object left out. */
function withoutRecipient(r: string): string {
  const at = r.indexOf(' reported to ');
  if (at < 0 || at > 100) return r;
  const from = at + ' reported'.length;
  const window = r.slice(from, from + 70);
  const obj = Math.max(window.indexOf(' a '), window.indexOf(' an '));
  const cut = [window.indexOf(' a '), window.indexOf(' an ')].filter((i) => i > 4).sort((x, y) => x - y)[0];
  if (obj < 0 || cut === undefined || /[,.;]/.test(window.slice(0, cut))) return r;
  return r.slice(0, from) + r.slice(from + cut);
}
/** Before the name, the object of a breach verb described first and named in apposition: "hit a regional lender, X", "affected a local financial institution, namely the X". */
const L_DESCRIBED_OBJECT = new RegExp(`\\b(?:hacked|breached|hit|struck|attacked|targeted|compromised|infiltrated|penetrated|infected|crippled|disrupted|affected|impacted|victimi[sz]ed|(?:${NOUNS})\\s(?:at|on|of|against|affecting|hitting))\\s(?:a|an|the)\\s(?:(?!(?:of|for|at|with|from|in|on|by|to|and|or)\\s)[\\w-]{1,25}\\s){0,4}?(?:${alt(ORG_DESCRIPTORS)}|institution)s?(?:,\\s(?:namely|called|named|known\\sas|identified\\sas)|\\s(?:namely|called|named|known\\sas|identified\\sas)|,)\\s(?:the\\s)?$`, 'i');

/** Before the name: the organisation the story is about, pointed back to and then named ("The lender in question, X,",
 * "the clinic at the centre of the leak, known as X,"): the phrase refers to this incident's victim. */
const L_IN_QUESTION = new RegExp(`\\b[Tt]he\\s(?:[\\w-]{1,20}\\s){0,2}?(?:${alt(ORG_DESCRIPTORS)}|nonprofit|non-profit|organi[sz]ation)\\s(?:in\\squestion|concerned|involved|affected|at\\sthe\\s(?:cent(?:er|re)|heart)\\sof\\s[^,;.]{1,40}),\\s(?:(?:known|identified)\\sas\\s|called\\s|named\\s)?$`);
/** After the name, its people: "Harbourview customers caught up in…". */
const R_PEOPLE = /^\s(?:customers|users|patients|employees|members|staff|students|clients|subscribers|passengers|shoppers|guests|account\sholders|policyholders|residents)\b/i;
/** A vendor of the victim: "the vendor, RxLedger", "RxLedger, a software supplier". */
const L_VENDOR = /\b(?:vendor|supplier|contractor|service\sprovider|processor|subcontractor)s?,?\s(?:the\s)?$/i;
const R_VENDOR = /^,\s(?:a|an|the|its)\s(?:[\w-]{1,20}\s){0,3}?(?:vendor|supplier|contractor|service\sprovider|processor|subcontractor)\b/i;
/** After the name: what it did because of the attack ("X in Rotterdam has postponed operations after a ransomware attack"). */
const R_AFTER_ATTACK = new RegExp(`^(?:\\sin\\s\\p{Lu}[\\p{L}-]{1,20})?${APPOS}\\s(?:has|had|have|was|is|were)\\s[^.;]{0,80}?\\bafter\\s(?:a|an|the)\\s(?:[\\w-]{1,20}\\s){0,2}?(?:attack|breach|hack|cyberattack|cyber-attack|incident|intrusion)\\b`, 'iu');
/** After the name: "X appears to be the latest company to suffer…". */
const R_LATEST = /^\s(?:appears\sto\sbe|is|has\sbecome|became|was|becomes)\s(?:the\s|one\sof\sthe\s)?(?:latest|newest|most\srecent|second|third|another|biggest|largest)\b/i;
/** Before the name: another incident cited for comparison ("…, including the hacking of X"). */
const L_OTHER_INCIDENT = /\b(?:including|such\sas|like|similar\sto|other|previous|earlier|prior|past|unlike|compared\swith|compared\sto|the\slikes\sof)\b[^.;:]{0,45}$/i;
/** After the name: "said hostile actors gained access…", "says an employee reported the loss". */
const R_SAID_INCIDENT = new RegExp(`^,?(?:\\s?\\([^()]{1,40}\\))?${APPOS}(?:\\s(?:in|near)\\s(?:[\\w-]{1,20}\\s){0,2}?[\\w-]{2,20})?\\s(?:has\\s|had\\s)?(?:said|says|confirmed|announced|revealed|disclosed|stated|admitted)\\b[^.;]{0,90}?\\b(?:(?:cyber-?)?(?:breach|hack|attack|access|compromis|incident|stole|exposed|leak|intru|ransomware|loss|lost|unauthori[sz]ed)|${PUT_ONLINE})`, 'i');
/** After the name: fined or blamed over the incident ("for failing to report", "over a data breach"). */
const R_FAILING = /^\W{0,4}(?:\s[^.;]{0,60}?)?\s(?:for\s(?:failing|failure)\sto\s(?:report|protect|notify|secure|disclose|safeguard)|over\s(?:a|the|its)\s(?:\w+\s){0,2}?(?:breach|hack|leak|incident|attack|cyber-?attack))/i;
/** A person's name shape: "Bob Diachenko", "Mary J. Smith". */
const PERSON_SHAPE = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}\p{Ll}+)?$/u;
/** Hit by the breach: "(Gmail) users hit". */
const R_HIT_BY = /^\s(?:hit|struck|targeted|breached|hacked)\s(?:by|in|with)\b/i;
/** Before the name: "a breach at", "attack on the". */
const L_NOUN_AT = new RegExp(`\\b(?:${NOUNS})\\s(?:at|on|of|against|affecting|hitting|involving|targeting|into|in)\\s(?:the\\s)?(?:${W}\\s){0,4}$`, 'i');
/** Before the name: "hackers breached", "ransomware hit". */
const L_VERB = new RegExp(`\\b(?:(?:to|could|would|tried\\sto|attempt\\sto)\\s(?:breach|hack|attack|infiltrate|penetrate|compromise|target|access)|(?:stolen|taken|exfiltrated|leaked|obtained|downloaded|lifted|scraped|copied)\\sfrom|hacked|breached|hit|struck|attacked|targeted|compromised|infiltrated|penetrated|infected|crippled|disrupted|broke\\sinto|stole\\s(?:${W}\\s){0,4}?from|accessed|victimised|victimized|extorted|blackmailed|hacking|breaching|attacking|targeting|into)\\s(?:the\\s)?(?:(?:network|networks|systems?|servers?|computers?|databases?|website|site)\\sof\\s(?:the\\s)?)?(?:${W}\\s){0,4}$`, 'i');
/** Before the name: the agent of a passive breach verb ("hacked by", "extorted by"): the attacker, not the object. */
const L_AGENT = /\b(?:hacked|breached|hit|struck|attacked|targeted|compromised|infiltrated|penetrated|infected|crippled|disrupted|accessed|victimi[sz]ed|extorted|blackmailed|stolen|taken|exfiltrated|leaked|obtained|downloaded|encrypted|locked)\s(?:\w+ly\s)?by\s(?:the\s)?$/i;
/** Before the name: "customers of", "data held by". */
const L_ASSET_OF = new RegExp(`\\b(?:${ASSETS}|information|details|data|records)\\s(?:of|at|for|on|from|held\\sby|belonging\\sto|belongs\\sto|stored\\sby|owned\\sby|maintained\\sby|comes\\sfrom|came\\sfrom|with)\\s(?:the\\s)?(?:${W}\\s){0,4}$`, 'i');
/** The asset phrase and the name in one clause: no comma between them ("data at risk, X reported" puts X in another). */
const assetOf = (left: string): boolean => { const m = L_ASSET_OF.exec(left); return !!m && !m[0].includes(', '); };
/** Before the name: "payday loan firm", "the retailer". */
const L_DESCRIPTOR = new RegExp(`\\b(?:${alt(ORG_DESCRIPTORS)}),?\\s(?:called\\s|named\\s)?$`, 'i');
/** Before the name: a security firm, researcher or report. */
const L_SECURITY = new RegExp(`\\b(?:${alt(SECURITY_FIRM_CUES)})\\s(?:the\\s)?(?:${W}\\s){0,2}$`, 'i');
/** Before the name: "…, CTO at". */
const L_COMMENTATOR = new RegExp(`,\\s(?:[\\w-]{1,20}\\s){0,3}?(?:${alt(COMMENTATOR_TITLES)})\\b[^.;"“”]{0,40}\\s(?:at|of|with|from|for)\\s(?:the\\s)?$`, 'i');
/** After the name: ", a security firm". */
const R_SECURITY = /^,?\s(?:a|an|the)\s(?:[\w-]{1,20}\s){0,3}?(?:security|cybersecurity|cyber-security|antivirus|threat|intelligence|research|consulting|consultancy|forensics?|risk|identity|privacy)\s(?:[\w-]{1,20}\s)?(?:firm|company|vendor|provider|researchers?|outfit|specialist|startup|group|consultancy|lab|labs)\b(?![^,.;]{0,40}?\s(?:said|says|reported|found|told|wrote|warned|noted|added)\b)/i;
/** Before the name: a security firm or its researchers described as such (not an attribution: "according to X"). */
const L_FIRM = new RegExp(`\\b(?:${alt(SECURITY_FIRM_CUES.filter((c) => /\b(?:security|cybersecurity|antivirus|intelligence|research\sfirm|researchers?\s(?:at|from)|analysts?\sat|experts?\sat|research\steam|consultancy|forensics|incident\sresponse)\b/.test(c) && !/^security\steam/.test(c)))})\\s(?:the\\s)?(?:${W}\\s){0,2}$`, 'i');
/** After the name: its researchers or analysts ("X researchers found"). */
const R_FIRM_RESEARCHERS = /^(?:['’]s)?\s(?:security\s|threat\s)?(?:researchers?|analysts?|research\steam|threat\sintelligence)\b/i;
/** After the name: "researchers found", "'s report". */
const R_RESEARCH = /^(?:['’]s)?\s(?:security\s|threat\s)?(?:researchers?|analysts?|report|study|survey|research|blog|threat\sintelligence|advisory|team\sfound|found\sthat|estimates?)\b/i;
/** After the name: the attacker. */
/** After the name, the attacker's own verbs: "X has hacked…", "X stole…". */
const R_ATTACKER_VERB = /^\s(?:has\s|had\s|have\s|allegedly\s|reportedly\s)?(?:hacked\s(?:into\s)?(?:the|a|an|its|their|around|about|some|more|over|\d)|breached\s(?:the|a|an)(?!\s(?:[\w-]{1,20}\s){0,3}?(?:obligations?|act|rules?|law|laws|regulations?|duty|duties|terms|contracts?|code|agreements?|principles?|standards?|requirements?)\b)|stole|infiltrated|leaked|dumped|defaced|exploited|managed\sto|claim(?:ed|s)\s(?:responsibility|credit|the\s(?:attack|hack|breach)|to\shave\s(?:hacked|breached|stolen|obtained|accessed|taken))|threatened|demanded|posted\s(?:the|a|samples))\b/i;
const R_ATTACKER_IS = /^,?\s(?:is|are|was|were)\s(?:a|an|the)\s(?:[\w-]{1,20}\s){0,3}?(?:group|gang|collective|hackers?|cyber\s?criminals|cybercrime|ransomware|threat\sactor|criminals?|hacktivists?)\b/i;
const R_ATTACKER = new RegExp(`^\\s(?:${alt(ATTACKER_CUES.filter((c) => c !== 'ransomware' && c !== 'malware'))})\\b|^\\s(?:ransomware|malware)\\b(?!\\s(?:attack|incident|infection|outbreak|hit))`, 'i');
/** Before the name, a preposition: the name ends a phrase ("a skimmer on the site of X stole…"), it is not the verb's subject. */
const L_PREPOSITION = /\b(?:of|at|on|in|from|for|with|to|by)\s(?:the\s)?$/i;
/** Before the name: the attacker. */
const L_ATTACKER = /\b(?:alias|handle|moniker|nickname|username|pseudonym|hacking\sgroup|hacker\sgroup|hacktivist\sgroup|hackers?|group|gang|collective|crew|threat\sactors?|hacktivists|known\sas|calling\sitself|calls\sitself|dubbed|attributed\sto|blamed\son|linked\sto|by\sthe)\s(?:the\s)?$/i;
/** Before the name: a news outlet described as one ("the trade publication X", "newspaper X"). */
const L_OUTLET = /\b(?:publication|newspaper|magazine|news\s(?:site|outlet|agency|website|service|station)|outlet|broadcaster|tabloid|blog|wire\sservice|daily)\s$/i;
/** Before the name: a comparison or another incident. */
const L_COMPARISON = /\b(?:like|unlike|such\sas|similar\sto|including|than|previous|earlier|prior|the\slikes\sof|joins|joining|also\shit|as\swell\sas|along\swith|and|or|,)\s(?:the\s)?(?:[\w-]{1,20}\s){0,1}$/i;
/** Before the name: a person's honorific. */
const L_PERSON = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Judge|Senator|Rep|Gov|President|Minister)\.?\s$/;
/** Before a person-shaped name: a job title written as a noun before it ("the firm's president Dana Pike"). */
const L_JOB_TITLE = /\b(?:president|chief\sexecutive(?:\sofficer)?|CEO|CTO|CFO|CISO|COO|CIO|chairman|chairwoman|chair|spokes(?:man|woman|person)|director|founder|co-founder|manager|minister|secretary|superintendent|mayor|governor|chancellor|principal|administrator|commissioner|official|officer|analyst|researcher)\s$/i;
/** Before a person-shaped name: a job title and its organisation, closed by a comma ("The principal of the school, Dana Pike,"). */
const TITLE_WORD = new RegExp(`${L_JOB_TITLE.source.slice(0, -3)}\\b`, 'i');
const L_TITLE_APPOS = {
  test(l: string): boolean {
    if (!/,\s$/.test(l)) return false;
    const clause = l.slice(0, -2).split(/[,;:.]/).pop()!;
    return clause.trim().split(/\s+/).length <= 8 && TITLE_WORD.test(clause);
  },
};
/** After the name: a person's title. */
const R_PERSON_TITLE = /^,\s(?:the\s|a\s)?(?:[\w-]{1,20}\s){0,3}?(?:CEO|CTO|CISO|CIO|CFO|COO|chief|president|founder|director|spokes(?:person|man|woman)|head|manager|officer|analyst|researcher|professor|engineer|consultant|partner|chairman|editor|reporter|writer|author|lawyer|attorney|minister|secretary)\b/i;

/** After a name: an apposition that says it is an organisation ("X, a major construction conglomerate"; not "X, a bank
 * manager", "X, a spokesperson for the bank"). */
const APPOS_ORG = new RegExp(`^,\\s(?:a|an|the)\\s((?:[\\w-]{1,20}\\s){0,4}?)(?:${alt(ORG_DESCRIPTORS)}|institution)\\b`, 'i');
const APPOS_NOT_ORG = new RegExp(`^\\s(?:${STAFF_NOUN}|(?:spokes\\w+|executive|official|director|customer|owner|founder|chief|head|expert|researcher)s?)\\b`, 'i');
const R_APPOS_ORG = {
  test(right: string): boolean {
    const m = APPOS_ORG.exec(right);
    return !!m && !/\b(?:of|for|at|with|from|in|on|by|to)\s/i.test(m[1]!) && !APPOS_NOT_ORG.test(right.slice(m[0].length));
  },
};

/** A corporate suffix written after a comma: ", Inc.", ", Ltd". */
const CORP_SUFFIX_AFTER = /^,?\s(?:Inc|Ltd|LLC|Corp|Co|PLC|plc|GmbH|AG|SA|NV|BV|LLP|LP|Pty\sLtd)\.?(?=[\s,;(]|$)/;

/** Sentence is about an incident at all. */
const INCIDENT_CUE = /\b(?:broke\sinto|break-in|hijack|credential|breach|hack|attack|compromis|unauthori[sz]ed|intru|ransomware|malware|phish|stole|stolen|steal|theft|exposed|exposure|leak|incident|accessed|exfiltrat|cyber|infect|DDoS|denial|outage|disrupt|scam|fraud)/i;
const PUT_ONLINE_RE = new RegExp(`\\b${PUT_ONLINE}`, 'i');

const NOT_NAME_SET = new Set(NOT_NAMES);
/** Number and scale words glued before a name in a title-cased line ("Two Million Harbour Bank Customers"). */
const QUANTITY_WORDS = new Set([...Object.keys(NUMBER_WORDS), ...Object.keys(SCALES), ...Object.keys(FEW_WORDS)].filter((w) => !/\s/.test(w) && w.length > 2));
const KIND_MAP = new Map(KIND_NOUNS.map(([k, v]) => [k, [k, ...v]]));
/** Words after a number that make it a count or a measure, not part of a name. */
const NUMBER_NOUN = /^(?:million|billion|thousand|hundred|percent|per|people|users|customers|accounts|records|years?|days?|hours?|months?|weeks?|minutes?|of|to|and|or|GB|TB|MB|employees|patients|members|files|countries|states|companies|times|members)$/i;
const PLATFORM_SET = new Set(PLATFORMS);
/** Threat-group designations ("APT10", "FIN7", "UNC2452"). */
const ATTACKER_SHAPE = /^(?:APT|FIN|TA|UNC|DEV-|Storm-)\s?-?\d{1,4}$/;
/** Words that may end a name even though they never make one alone ("Northgate Security"). */
const NAME_TAIL_OK = new Set(['Security', 'Cybersecurity', 'Data', 'Government', 'Police', 'Company', 'Companies', 'Internet',
  'Web', 'Email', 'Report', 'Reports', 'Customers', 'Users', 'Employees', 'Inc', 'Ltd', 'Corp', 'PLC', 'LLC']);
/** Titles that end an organisation's run ("Northgate CEO Sam Reyes"). */
const TITLE_BREAK = new Set(['CEO', 'CTO', 'CISO', 'CFO', 'COO', 'CIO', 'VP', 'President', 'Chairman', 'Chairwoman',
  'Director', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Founder', 'Chief', 'Secretary', 'Minister', 'Officer',
  'Administrator', 'Manager', 'Supervisor', 'Superintendent', 'Mayor', 'Governor', 'Chancellor', 'Dean']);
const SUFFIX_SET = new Set(ORG_SUFFIXES.map((s) => s.toLowerCase()));
const PREFIX_SET = new Set(ORG_PREFIXES.map((s) => s.toLowerCase()));
const AUTHORITY_SET = new Set(AUTHORITY_NAMES.map((s) => s.toLowerCase()));
const CONNECTORS = new Set(['of', 'and', '&', 'for', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'y']);
const CORP_TOKENS = new Set(['the', 'inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'corp', 'corporation', 'co', 'company',
  'group', 'holdings', 'sa', 'ag', 'gmbh', 'nv', 'bv', 'pty', 'llp', 'lp']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.\-!]*|&/gu;
/** A dateline opening a sentence: "OSLO -", "ST. ALBANS, Herts. —", "WASHINGTON (AP) —". */
const DATELINE = /^(?:\p{Lu}[\p{Lu}.’'-]+\s?){1,3}(?:,\s(?:\p{Lu}[\p{L}.]*\s?){1,3})?\s?(?:\([^()]{1,20}\)\s?)?[—–-]\s/u;
/** Points of the compass paired ("the South East", "the North-West") or joined ("North and South America"): a region, never an organisation. */
const COMPASS_REGION = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Midwest)(?:[\s-](?:North|South|East|West|east|west|Central))?$/;
const MAX_SENTENCES = 400;
const MAX_SENTENCE_CHARS = 1500;

// ---- candidates -----------------------------------------------------------------------------------

interface Mention {
  form: string;
  start: number; // offset into doc.text
  end: number;
  sentence: Sentence;
  headline: boolean;
  lead: boolean;
  score: number;
  victim: boolean;
  /** A victim role outside an incident sentence ("the data comes from X"). */
  weak?: boolean;
  attacker?: boolean;
  /** A structural victim role (object of a breach verb, possessive asset…), not just "X said". */
  strong?: boolean;
  /** The strongest role rule that fired on this mention. */
  rule?: RoleRule | null;
  /** Where the last of the names joined to this one by "and" ends: what follows them is said of each. */
  sharedEnd?: number;
  /** The tagger reads the form as a person's name. */
  person?: boolean;
  /** A role row reads this mention as a person (a job title before it, a speaker's slot). */
  personal?: boolean;
  /** A role row reads this mention as the security firm or researcher behind the report. */
  firm?: boolean;
}

interface Cluster {
  key: string;
  tokens: Set<string>;
  forms: Map<string, number>;
  mentions: Mention[];
  acronymOf?: string;
  score: number;
  headRole?: boolean;
  /** Referred back to as "the hospital", "the council"… */
  coref?: boolean;
  /** The page is this organisation's own first-person notice. */
  ownSite?: boolean;
}

function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (/^\p{Lu}/u.test(w)) return true;
  if (/^[a-z]{1,4}[A-Z]/.test(w)) return true; // eBay, iCloud, easyJet
  if (/^\d+[A-Za-z]/.test(w) && /[A-Z]/.test(w)) return true; // 3M, 7-Eleven
  return false;
}

/** Normalised tokens of a name, without corporate suffixes: the key spellings are grouped by. */
function nameTokens(name: string): string[] {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ')
    .replace(/['’]s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter((t) => t && !CORP_TOKENS.has(t))
    .map((t) => (t.length >= 6 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t));
}

function initials(name: string): string {
  return name.replace(/\./g, '').split(/[\s-]+/).filter((w) => w && !/^(?:of|and|&|the|for|de|on|in)$/i.test(w))
    .map((w) => (/^[A-Z]{2,}$/.test(w) && w.length <= 3 ? w : w[0]!)).join('').toUpperCase();
}

/** Words written in lower case somewhere in the article (so "Hackers" at a sentence start is no name). */
function lowerWords(doc: Document): Map<string, number> {
  return doc.memo('company.lowerWords', () => {
    const set = new Map<string, number>();
    // not inside a web address or an email ("investor.harbour.com" says nothing of the word "harbour")
    const re = /(?<![\p{L}\p{N}./@])[a-z][a-z'-]{1,30}(?![\p{L}\p{N}@]|\.\p{L})/gu;
    const text = doc.text.length > 400_000 ? doc.text.slice(0, 400_000) : doc.text;
    for (let m = re.exec(text); m; m = re.exec(text)) set.set(m[0], (set.get(m[0]) ?? 0) + 1);
    return set;
  });
}

/**
 * The name spells a publisher key: the key itself, its start ("Help Net" of helpnetsecurity), or the key and more
 * ("AutoCanada" on autocan.ca) — but not the key and organisation words: "Portsmouth City Council" in a story on
 * portsmouth.co.uk is a body named after the town the paper is named after.
 */
function spellsPublisher(form: string, p: string): boolean {
  const j = compactName(form);
  if (j === p || (j.length >= 4 && p.startsWith(j))) return true;
  if (p.length < 4 || !j.startsWith(p)) return false;
  const words = form.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    if (compactName(words.slice(0, k + 1).join(' ')) === p) return !words.slice(k + 1).some((w) => SUFFIX_SET.has(w.toLowerCase()));
  }
  return true;
}

/**
 * The sentence without its quotations: someone else's words (a spokesperson's "we"), including a quotation the
 * sentence opens or closes without its other mark. A quoted word or two is a scare quote ("by “ransomware,”"), and stays.
 */
function unquoted(t: string): string {
  let out = '';
  let open = -1;
  let close: string | null = null;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (close === null && (ch === '“' || ch === '"')) { open = i; close = ch === '“' ? '”' : '"'; continue; }
    if (close !== null && ch === close) {
      if (i - open <= 25) out += t.slice(open + 1, i);
      close = null;
      continue;
    }
    // a closing mark with no opening one: what came before was quoted
    if (close === null && ch === '”') { out = ''; continue; }
    if (close === null) out += ch;
  }
  return out;
}

/**
 * The page is the victim's own notice: outside quotation marks, its body tells the incident in the first person
 * ("we became aware…", "an intruder accessed our network"). Its publisher is then the victim, not a reporter.
 */
export function ownNotice(doc: Document): boolean {
  return doc.memo('company.ownNotice', () => {
    let n = 0;
    for (const s of doc.sentences) {
      if (n++ > 60) break;
      if (isHeadlineBlock(doc, s.block)) continue;
      const own = unquoted(s.text);
      if (OWN_SYSTEMS_HIT.test(own) || FIRST_PERSON_NOTICE.test(own)) return true;
    }
    return false;
  });
}

function headlineText(doc: Document): string {
  const parts: string[] = [];
  if (doc.title) parts.push(doc.title);
  const first = doc.blocks[0];
  // (a first line above the story's own copy of the title is page furniture, not a second headline)
  if (first && firstBlockIsHeadline(doc) && first.text !== doc.title && titleCopyBlock(doc) < 0) parts.push(first.text);
  return parts.join(' \n ');
}

/** A short first paragraph that reads as prose (six words or more, ending on a full stop) under a title of its own. */
const PROSE_LEAD = /^(?:\S+\s+){5,}\S*[.!?]["”’)]?$/u;

/**
 * The first block is a headline: a heading, or a short line — unless the page has a title of its own and the
 * line is a sentence of prose, the lead ("A former Harbour Bank clerk sold customer files to fraudsters.").
 */
export function firstBlockIsHeadline(doc: Document): boolean {
  const b = doc.blocks[0];
  if (!b) return false;
  if (b.kind === 'heading') return true;
  if (b.text.length >= 200) return false;
  return !(doc.title && !repeatsTitle(doc, b.text) && PROSE_LEAD.test(b.text.trim()));
}

function isHeadlineBlock(doc: Document, i: number): boolean {
  const b = doc.blocks[i]!;
  return (i === 0 && firstBlockIsHeadline(doc)) || (i <= 4 && repeatsTitle(doc, b.text)) || i === titleCopyBlock(doc);
}

/** How far down the page the story's own copy of the title may stand below lines of page furniture. */
const TITLE_COPY_WITHIN = 8;

/**
 * The block, past the first, that repeats the page's title within the first few blocks, or -1. Pages copied with
 * their furniture print promo links, a date line, a section label or the site's blurb above the headline; the story
 * starts at that copy of the title, and the lines above it name no organisation of the story (their names are not
 * candidates, and the first of them is no second headline).
 */
function titleCopyBlock(doc: Document): number {
  return doc.memo('company.titleCopy', () => {
    if (!doc.title) return -1;
    for (let i = 1; i <= TITLE_COPY_WITHIN && i < doc.blocks.length; i++) if (repeatsTitle(doc, doc.blocks[i]!.text)) return i;
    return -1;
  });
}

/** A block near the top that repeats the title (pages print the headline again above the story). */
function repeatsTitle(doc: Document, text: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return !!doc.title && text.length < 300 && norm(text) === norm(doc.title);
}

/** Capitalised runs of one sentence: [start, end) offsets inside the sentence. */
export function runsOf(text: string, lower: Map<string, number>, capsMid: Map<string, number>): Array<[number, number]> {
  const words: Array<{ w: string; s: number; e: number; poss?: boolean }> = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let w = m[0];
    let e = m.index + w.length;
    if (!/^(?:[A-Z]\.){2,}$/.test(w) && !/^[A-Z][a-z]+!$/.test(w)) {
      const t = w.replace(/(?<![.\-!'’])[.\-!'’]+$/, '');
      e -= w.length - t.length;
      w = t;
    }
    let poss = false;
    if (/['’]s$/.test(w)) { w = w.slice(0, -2); e -= 2; poss = true; }
    if (!w) continue;
    words.push({ w, s: m.index, e, poss });
  }
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i]!;
    if (!isCap(first.w)) { i++; continue; }
    let j = i;
    let last = i;
    while (j + 1 < words.length) {
      const next = words[j + 1]!;
      const gap = text.slice(words[j]!.e, next.s);
      if (words[j]!.poss) {
        // "the UK's Foreign Office": a country's possessive describes the name, it is no part of it
        if (COUNTRY_MAP.has(words[j]!.w)) break;
        // "St Brigid's University Hospital": a possessive inside a name that ends in an organisation word
        let k = j + 1;
        let ok = false;
        while (k < words.length && k <= j + 3 && isCap(words[k]!.w)) {
          if (SUFFIX_SET.has(words[k]!.w.toLowerCase())) { ok = true; break; }
          k++;
        }
        if (!ok || !/^['’]s $/.test(gap)) break;
        j++; last = j; continue;
      }
      if (gap !== ' ') break;
      if (TITLE_BREAK.has(next.w)) break;
      // "Photo: Reuters The Harbour Bank": a credited agency glued before a name by a capitalised article
      if (next.w === 'The' && isNewsOutlet(text.slice(words[i]!.s, words[j]!.e))) break;
      if (isCap(next.w)) { j++; last = j; continue; }
      // a short number belongs to a name ("Studio 54 Retail", "Windows 10"), not a count ("Acme 30 million")
      if (/^\d{1,3}$/.test(next.w) && !NOT_NAME_SET.has(words[j]!.w) && !/^[,%]/.test(text.slice(next.e, next.e + 1))) {
        const after = words[j + 2];
        if (!after || text.slice(next.e, after.s) !== ' ' || !NUMBER_NOUN.test(after.w)) { j++; last = j; continue; }
      }
      const lc = next.w.toLowerCase();
      if (CONNECTORS.has(lc) && j + 2 < words.length && text.slice(next.e, words[j + 2]!.s) === ' ' && isCap(words[j + 2]!.w)) {
        j += 2; last = j; continue;
      }
      // "Office of the Australian Information Commissioner"
      if (lc === 'of' && j + 3 < words.length && words[j + 2]!.w === 'the' && isCap(words[j + 3]!.w) && PREFIX_SET.has(words[i]!.w.toLowerCase())
        && text.slice(next.e, words[j + 3]!.s) === ' the ') {
        j += 3; last = j; continue;
      }
      break;
    }
    // trim leading words that are not names (sentence openers, "According", "The")
    let a = i;
    while (a <= last) {
      const w = words[a]!.w;
      const atStart = words[a]!.s === 0 || /^["“‘'(\[]$/.test(text.slice(Math.max(0, words[a]!.s - 1), words[a]!.s));
      const stop = (NOT_NAME_SET.has(w) || NOT_NAME_SET.has(w.replace(/\.$/, '')) || QUANTITY_WORDS.has(w.toLowerCase())) && !(NAME_TAIL_OK.has(w) && a < last)
        || (a === i && atStart && lower.has(w.toLowerCase()) && !capsMid.has(w) && !SUFFIX_SET.has(w.toLowerCase()) && !PREFIX_SET.has(w.toLowerCase()));
      // "A CYBER attack against the council…": a paper's lead-in capitals after an opening article are an
      // ordinary word the article also writes in lower case, seen in capitals nowhere else
      const leadIn = /^\p{Lu}{3,}$/u.test(w) && /^(?:A|An|The|THE)\s$/.test(text.slice(0, words[a]!.s))
        && lower.has(w.toLowerCase()) && (capsMid.get(w) ?? 0) <= 1;
      const conn = CONNECTORS.has(w.toLowerCase()) && a > i;
      // "Luckily for X", "Shares in X": an opener joined to the name by a connector
      if (a === i && atStart && !capsMid.has(w) && !SUFFIX_SET.has(w.toLowerCase()) && !PREFIX_SET.has(w.toLowerCase())
        && a + 1 <= last && CONNECTORS.has(words[a + 1]!.w) && /^\p{Lu}\p{Ll}+$/u.test(w)) { a++; continue; }
      // "Black Friday deals": a two-word entry of the word list opening the run goes whole, not word by word
      if (a + 1 < last && NOT_NAME_SET.has(`${w} ${words[a + 1]!.w}`) && text.slice(words[a]!.e, words[a + 1]!.s) === ' ') { a += 2; continue; }
      if (!stop && !conn && !leadIn) break;
      a++;
    }
    let b = last;
    // a run that is all one entry of several words ("Black Friday", "South Africa") stays whole for the filters after
    // it: trimming its last word ("Friday", "Africa") would leave a fragment that reads as a name ("Black", "South")
    const wholeRun = a < last ? text.slice(words[a]!.s, words[last]!.e) : '';
    if (!(wholeRun && (NOT_NAME_SET.has(wholeRun) || COUNTRY_MAP.has(wholeRun)))) while (b >= a && (NOT_NAME_SET.has(words[b]!.w) && !SUFFIX_SET.has(words[b]!.w.toLowerCase()) && !NAME_TAIL_OK.has(words[b]!.w) || CONNECTORS.has(words[b]!.w.toLowerCase()))) b--;
    // a run joined by "and" is two names ("Hard Rock and Loews") unless an organisation word ends it
    // ("Foreign and Commonwealth Office")
    let split = false;
    const andAt = words.findIndex((x, k) => k > a && k < b && x.w === 'and');
    // ("U.S. Securities and Exchange Commission" is one known name)
    const whole = a < b ? text.slice(words[a]!.s, words[b]!.e) : '';
    const known = a < b && (AUTHORITY_SET.has(whole.replace(/^(?:U\.S\.|US|UK|U\.K\.)\s/, '').toLowerCase()) || COUNTRY_MAP.has(whole));
    if (a < b && !known && (!SUFFIX_SET.has(words[b]!.w.toLowerCase()) || (andAt > 0 && andAt - a >= 2))) {
      let from = a;
      for (let k = a + 1; k < b; k++) {
        if (words[k]!.w === 'and') {
          split = true;
          runs.push([words[from]!.s, words[k - 1]!.e]);
          from = k + 1;
        }
      }
      if (split) runs.push([words[from]!.s, words[b]!.e]);
    }
    if (!split && a <= b) runs.push([words[a]!.s, words[b]!.e]);
    i = last + 1;
  }
  return runs;
}

/** Short words a title-cased line may leave in lower case ("Files on Clients", "Hit by Hackers"). */
/** A token's word without the marks after it ("Leaked." → "Leaked"). */
const TITLE_WORD_AT_START = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u;
const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'at', 'to', 'by', 'for', 'from', 'with', 'and', 'or', 'as', 'vs', 'via', 'into', 'over', 'after']);

/**
 * A line written in title case, not prose: three or more words, every one but the short ones capitalised, and at
 * least three of them ordinary words the article also writes in lower case (no organisation word counted): a
 * sub-heading, a teaser or a picture's file name ("Auditor Says Files On Many Clients Leaked.", "Portal Outage
 * Update"). Its capitals name nothing, whatever mark ends it; a name-only line ("Harbour Savings Bank Ltd.") is not one.
 */
export function titleCasedLine(tokens: readonly string[], lower: ReadonlyMap<string, number>): boolean {
  const words = tokens.map((t) => TITLE_WORD_AT_START.exec(t)?.[0] ?? '').filter((t) => t && !TITLE_SMALL.has(t));
  if (words.length < 3 || !words.every((t) => /^\p{Lu}/u.test(t))) return false;
  const ordinary = words.filter((t) => { const lc = t.toLowerCase(); return lower.has(lc) && !SUFFIX_SET.has(lc) && !PREFIX_SET.has(lc); });
  return ordinary.length >= 3;
}

/** Capitalised words seen in the middle of a sentence somewhere (so they are names, not openers). */
function capsMidWords(doc: Document): Map<string, number> {
  return doc.memo('company.capsMid', () => {
    const set = new Map<string, number>();
    const re = /(?<=[^.!?"“‘'\s] )\p{Lu}[\p{L}\p{N}&.-]{0,30}/gu;
    const text = doc.text.length > 400_000 ? doc.text.slice(0, 400_000) : doc.text;
    for (let m = re.exec(text); m; m = re.exec(text)) { const w = m[0].replace(/(?<![.-])[.-]+$/, ''); set.set(w, (set.get(w) ?? 0) + 1); }
    return set;
  });
}

/** Words that place or measure but name no organisation: regions wider than a country, currency codes. */
const REGION_OR_CURRENCY = new Set([...REGION_WORDS, ...CURRENCY_CODES]);

function isPlaceOrCountry(form: string): boolean {
  const f = form.replace(/\./g, '');
  return COUNTRY_MAP.has(form) || REGION_OR_CURRENCY.has(form) || COUNTRY_MAP.has(f) || /^(?:North|South|East|West|Central)\s\p{Lu}/u.test(form) && COUNTRY_MAP.has(form.split(' ').slice(1).join(' '));
}

// ---- mention roles: an ordered table of rules read around one mention of a name ---------------------

/**
 * A rule that reads the words around one mention of a candidate name. `side` says which context its
 * pattern reads: `right` is the text after the name (anchored at the name's end), `left` the text
 * before it (anchored at the name's start). In examples the name is written in [brackets].
 *
 * - `role` rows make the name the victim of the incident: their weight adds to its role score (full
 *   weight in a sentence about the incident, half elsewhere); `strong` marks a structural role (object of
 *   a breach verb, possessive asset) rather than a mere statement.
 * - `cap` rows, tried after the right-hand roles, bound the role so far (another incident cited).
 * - `adjust` rows add their weight to the mention's score; `notVictim` clears the victim role, `attacker`
 *   marks the name as the attacker's.
 */
export interface RoleRule extends TestRule {
  side: 'left' | 'right';
  /** The context test; `check` for the rows that also need the name itself. */
  context?: RegExp;
  check?: (left: string, right: string, form: string, person: boolean) => boolean;
  kind: 'role' | 'cap' | 'adjust';
  weight: number;
  strong?: boolean;
  notVictim?: boolean;
  attacker?: boolean;
  /** Skip this row when the row with this id already fired on the mention. */
  unless?: string;
  /** Adjust rows that apply only when the mention is not (yet) the victim. */
  onlyIfNotVictim?: boolean;
  /** The row reads the name as a person's. */
  person?: boolean;
  /** The row reads the name as the security firm or researcher that found or described the incident. */
  firm?: boolean;
  /** The row's own words refer to the incident ("the firm in question"): a victim role even in a sentence with no incident word. */
  anaphoric?: boolean;
}

type RoleSpec = Omit<RoleRule, 'test'>;

function roleFires(r: RoleSpec, left: string, right: string, form: string, person = true): boolean {
  if (r.check) return r.check(left, right, form, person);
  const re = r.context!;
  return re.test(r.side === 'left' ? left : right);
}

/** An invented example's parts: the name is the text in [brackets], `left` and `right` the words around it. */
function bracketed(sentence: string): { left: string; name: string; right: string } | null {
  const a = sentence.indexOf('[');
  const b = sentence.indexOf(']', a);
  if (a < 0 || b < 0) return null;
  return { left: sentence.slice(0, a), name: sentence.slice(a + 1, b), right: sentence.slice(b + 1) };
}

/** Build a row whose test reads its own invented example (the name in [brackets]). */
function role(spec: RoleSpec): RoleRule {
  return {
    ...spec,
    test: (sentence: string) => {
      const p = bracketed(sentence);
      return p !== null && roleFires(spec, p.left, p.right, p.name);
    },
  };
}

export const MENTION_ROLES: RuleTable<RoleRule> = ruleTable('company', 'the role of one mention of a name', [
  role({ id: 'possessive-asset', side: 'right', context: R_POSSESSIVE, kind: 'role', weight: 2, strong: true,
    reason: 'the organisation owns what was hit: its customers, servers, records',
    example: "[Harbour Bank]'s customer records were copied.", counterexample: "[Harbour Bank]'s annual results were strong." }),
  role({ id: 'passive-victim', side: 'right', context: R_PASSIVE, kind: 'role', weight: 4, strong: true,
    reason: 'the subject of a passive breach verb is the victim',
    example: '[Harbour Bank] was hacked last month.', counterexample: '[Harbour Bank] was founded last month.' }),
  role({ id: 'active-victim', side: 'right', context: R_ACTIVE, kind: 'role', weight: 2.5, unless: 'passive-victim',
    reason: 'the victim is the one who suffers, detects, discloses or confirms the incident',
    example: '[Harbour Bank] confirmed the intrusion on Monday.', counterexample: '[Harbour Bank] opened a branch on Monday.' }),
  role({ id: 'incident-noun', side: 'right', context: R_NOUN, kind: 'role', weight: 3, strong: true,
    reason: 'the name modifies the incident noun: the X data breach, X hack',
    example: 'The [Harbour Bank] data breach hit savers.', counterexample: 'The [Harbour Bank] savings account pays well.' }),
  role({ id: 'asset-compound', side: 'right', context: R_COMPOUND, kind: 'role', weight: 2, strong: true,
    reason: 'the name before an asset: X customer data, X servers',
    example: 'Some [Harbour Bank] customer data was exposed.', counterexample: 'Some [Harbour Bank] branches were closed.' }),
  role({ id: 'latest-victim', side: 'right', context: R_LATEST, kind: 'role', weight: 3,
    reason: 'the name is the latest of a series of victims',
    example: '[Harbour Bank] is the latest lender to suffer a breach.', counterexample: '[Harbour Bank] is a regional lender.' }),
  role({ id: 'after-attack', side: 'right', context: R_AFTER_ATTACK, kind: 'role', weight: 2.5,
    reason: 'what the organisation did because of an attack on it',
    example: '[Harbour Bank] has closed its branches after a ransomware attack.', counterexample: '[Harbour Bank] has closed its branches after a storm.' }),
  role({ id: 'its-people', side: 'right', context: R_PEOPLE, kind: 'role', weight: 1.5,
    reason: 'the name before its people: X customers',
    example: '[Harbour Bank] customers were warned.', counterexample: '[Harbour Bank] branches were closed.' }),
  role({ id: 'notified-people', side: 'right', context: R_NOTIFIED, kind: 'role', weight: 3,
    reason: 'the organisation notifies its people or regulators of the incident',
    example: '[Harbour Bank] has notified affected customers.', counterexample: '[Harbour Bank] has hired new staff.' }),
  role({ id: 'insider-employer', side: 'right', kind: 'role', weight: 3, strong: true,
    check: (l, r) => R_INSIDER.test(r) || (L_INSIDER.test(l) && INSIDER_VERB.test(r)),
    reason: 'its own people took its data: a former X clerk accused of selling customer files, an adviser employed by X accessed records',
    example: 'A former [Harbour Bank] clerk accused of selling customer files was arrested.', counterexample: 'A former [Harbour Bank] clerk opened a bakery.' }),
  role({ id: 'reported-incident', side: 'right', check: (_l, r) => reportedOwn(r), kind: 'role', weight: 2.5, unless: 'active-victim',
    reason: 'the organisation reports an incident of its own: X has reported a breach of its systems',
    example: '[Harbour Bank] has reported a breach of two file servers.', counterexample: '[Harbour Bank] has reported a profit for the year.' }),
  role({ id: 'said-incident', side: 'right', context: R_SAID_INCIDENT, kind: 'role', weight: 2,
    reason: 'the organisation speaks of the incident: X said hostile actors gained access',
    example: '[Harbour Bank] said an intruder gained access to its files.', counterexample: '[Harbour Bank] said profits rose.' }),
  role({ id: 'blamed-over', side: 'right', context: R_FAILING, kind: 'role', weight: 3,
    reason: 'fined or blamed over the incident, or for failing to protect data',
    example: '[Harbour Bank] was fined for failing to protect customer data.', counterexample: '[Harbour Bank] was praised for its service.' }),
  role({ id: 'other-incident', side: 'left', context: L_OTHER_INCIDENT, kind: 'cap', weight: -1.5,
    reason: 'a name cited as another incident for comparison is not this article\'s victim',
    example: 'Breaches are common, including the hack of [Harbour Bank] last year.', counterexample: 'Hackers breached [Harbour Bank] last year.' }),
  role({ id: 'breach-at', side: 'left', context: L_NOUN_AT, kind: 'role', weight: 3.5, strong: true,
    reason: 'the incident noun points at the name: a breach at X, an attack on X',
    example: 'A breach at [Harbour Bank] exposed savers.', counterexample: 'A branch at [Harbour Bank] closed.' }),
  // ("hacked by X", "extorted by X": the agent of a passive breach verb is the attacker, not its object)
  role({ id: 'object-of-breach-verb', side: 'left', check: (l) => L_VERB.test(l) && !L_AGENT.test(l), kind: 'role', weight: 3, strong: true,
    reason: 'the name is the object of a breach verb: hackers breached X, data stolen from X',
    example: 'Hackers breached [Harbour Bank] in May.', counterexample: 'Investors praised [Harbour Bank] in May.' }),
  role({ id: 'described-object', side: 'left', context: L_DESCRIBED_OBJECT, kind: 'role', weight: 3, strong: true,
    reason: 'the object of a breach verb described first and named in apposition: hackers hit a regional lender, X',
    example: 'The intrusion affected a local financial institution, namely the [Harbour Bank].', counterexample: 'The intrusion was found by a local financial institution, namely the [Harbour Bank].' }),
  role({ id: 'named-in-question', side: 'left', context: L_IN_QUESTION, kind: 'role', weight: 3, anaphoric: true,
    reason: 'the story points back to the organisation it is about and names it ("the lender in question, X"): the victim, whatever else the sentence says',
    example: 'The lender in question, [Harbour Bank], said savings were safe.', counterexample: 'The lender, [Harbour Bank], said savings were safe.' }),
  role({ id: 'asset-of', side: 'left', check: (l) => assetOf(l), kind: 'role', weight: 2, strong: true,
    reason: 'its people or data: customers of X, data held by X',
    example: 'The data held by [Harbour Bank] was copied.', counterexample: 'The chairman of [Harbour Bank] resigned.' }),
  role({ id: 'org-descriptor', side: 'left', context: L_DESCRIPTOR, kind: 'adjust', weight: 0.75,
    reason: 'described as an organisation: the lender X, payday loan firm X',
    example: 'The regional lender [Harbour Bank] opened.', counterexample: 'A man named [Harbour Bank] spoke.' }),
  role({ id: 'vendor', side: 'left', check: (l, r) => L_VENDOR.test(l) || R_VENDOR.test(r), kind: 'adjust', weight: -2,
    reason: 'a vendor of the victim, named as its supplier',
    example: 'The data sat with the vendor, [Ledgerly], which said it was fixed.', counterexample: 'The data sat with [Ledgerly], which said it was fixed.' }),
  role({ id: 'news-outlet', side: 'left', context: L_OUTLET, kind: 'adjust', weight: -5, notVictim: true,
    reason: 'described as a publication: the newspaper X',
    example: 'The trade publication [Ledger Weekly] reported the breach.', counterexample: 'The lender [Ledger Weekly] reported the breach.' }),
  role({ id: 'security-firm', side: 'left', check: (l, r) => L_SECURITY.test(l) || R_SECURITY.test(r) || R_RESEARCH.test(r), kind: 'adjust', weight: -4, notVictim: true,
    reason: 'a security firm, researcher or report that found or described the incident',
    example: 'The leak was found by researchers at [Ostrava Labs].', counterexample: 'The leak was found at [Ostrava Labs].' }),
  role({ id: 'described-as-security-firm', side: 'left', check: (l, r) => L_FIRM.test(l) || R_SECURITY.test(r) || R_FIRM_RESEARCHERS.test(r), kind: 'adjust', weight: 0, firm: true,
    reason: 'described as a security firm or its researchers ("security company X", "researchers at X", "X researchers"), not merely quoted ("according to X")',
    example: 'The flaw was found by researchers at [Ostrava Labs].', counterexample: 'The breach was confirmed, according to [Ostrava Labs].' }),
  role({ id: 'commentator-employer', side: 'left', context: L_COMMENTATOR, kind: 'adjust', weight: -3, notVictim: true,
    reason: 'a commentator\'s employer: …, CTO at X',
    example: 'Breaches are common, said Dana Pike, CTO at [Redwall Security].', counterexample: 'Breaches are common, said Dana Pike of [Redwall Security].' }),
  role({ id: 'attacker', side: 'right', check: (l, r) => R_ATTACKER.test(r) || (L_ATTACKER.test(l) && !L_IN_QUESTION.test(l)) || R_ATTACKER_IS.test(r) || (R_ATTACKER_VERB.test(r) && !L_PREPOSITION.test(l)), kind: 'adjust', weight: -4, notVictim: true, attacker: true,
    reason: 'the name is the attacker: X hackers, the group X, X stole, X is a ransomware gang',
    example: 'The group [Night Orchard] claimed the attack.', counterexample: 'The bank [Night Orchard] confirmed the attack.' }),
  role({ id: 'comparison', side: 'left', context: L_COMPARISON, kind: 'adjust', weight: -0.5, onlyIfNotVictim: true,
    reason: 'named beside others or for comparison, not in a role of its own',
    example: 'Retailers such as [Quillon] were mentioned.', counterexample: 'Retailer [Quillon] was mentioned.' }),
  role({ id: 'person-title', side: 'left', check: (l, r, form) => L_PERSON.test(l) || R_PERSON_TITLE.test(r) || ((L_JOB_TITLE.test(l) || L_TITLE_APPOS.test(l)) && PERSON_SHAPE.test(form))
      || (TITLE_BREAK.has(form.split(' ')[0]!) && PERSON_SHAPE.test(form.split(' ').slice(1).join(' '))), kind: 'adjust', weight: -3, notVictim: true, person: true,
    reason: 'a person: an honorific before, a job title after',
    example: 'The bank hired [Dana Pike], the chief risk officer.', counterexample: 'The bank hired [Dana Pike] last year.' }),
  role({ id: 'number-after-in', side: 'left', check: (l, r) => /^\s?\d/.test(r) && /\s(?:in|since|by|of)\s$/i.test(l), kind: 'adjust', weight: -1,
    reason: 'a capitalised word before a number after "in": a month or unit, rarely a name',
    example: 'It happened in [Q3] 2023.', counterexample: 'It happened at [Harbour Bank] on Monday.' }),
]);

interface MentionRead { score: number; victim: boolean; weak: boolean; attacker: boolean; strong: boolean; rule: RoleRule | null; personal: boolean; firm: boolean }

/** Read one mention with the table: its victim role (and the strongest rule behind it) and its score. */
function mentionScore(m: Mention, doc: Document, sentenceHasIncident: boolean): MentionRead {
  const text = doc.text;
  const sent = m.sentence;
  const left = text.slice(Math.max(sent.start, m.start - 90), m.start);
  // ", Inc. (the “Company”) said…": the corporate suffix belongs to the name
  const end = m.sharedEnd ?? m.end;
  const right = text.slice(end, Math.min(sent.end, end + 120)).replace(CORP_SUFFIX_AFTER, '');
  let role = 0;
  let strong = false;
  let best: RoleRule | null = null;
  let adjust = 0;
  let victim = false;
  let attacker = false;
  let roleDone = false;
  let personal = false;
  let firm = false;
  let anaphoric = false;
  const fired = new Set<string>();
  for (const r of MENTION_ROLES.rules) {
    if (r.unless && fired.has(r.unless)) continue;
    if (r.kind !== 'role' && !roleDone) {
      // the victim role is settled before the first adjusting row
      if (r.kind === 'adjust') { roleDone = true; victim = role > 0 && (sentenceHasIncident || anaphoric); }
    }
    if (r.onlyIfNotVictim && victim) continue;
    if (!roleFires(r, left, right, m.form, m.person === true)) continue;
    fired.add(r.id);
    if (r.kind === 'role') {
      role += r.weight;
      if (r.strong) strong = true;
      if (r.anaphoric) anaphoric = true;
      if (!best || r.weight > best.weight) best = r;
    } else if (r.kind === 'cap') {
      if (role > 0) { role = Math.min(role, 1) + r.weight; best = null; }
    } else {
      adjust += r.weight;
      if (r.notVictim) victim = false;
      if (r.attacker) attacker = true;
      if (r.person) personal = true;
      if (r.firm) firm = true;
    }
  }
  const weak = role > 0;
  const score = 1 + (sentenceHasIncident || anaphoric ? role : role / 2) + adjust;
  return { score, victim, weak: weak && !(score < 0), attacker, strong: strong && victim, rule: victim || weak ? best : null, personal, firm };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * Where `form` next stands as a whole name in `text` from `from` (-1: nowhere): what
 * `new RegExp(`(?<![\p{L}\p{N}])${esc(form)}(?![\p{L}\p{N}])`, 'gu')` finds from lastIndex `from` (its
 * spaces match any one white-space character), without compiling a Unicode pattern per name (about a
 * millisecond each: 2-3% of extraction CPU).
 */
export function nameAt(text: string, form: string, from: number): number {
  const parts = form.split(' ');
  for (let at = text.indexOf(parts[0]!, from); at >= 0; at = text.indexOf(parts[0]!, at + 1)) {
    let end = at + parts[0]!.length;
    let whole = true;
    for (let k = 1; k < parts.length && whole; k++) {
      whole = end < text.length && SPACE.test(text[end]!) && text.startsWith(parts[k]!, end + 1);
      end += 1 + parts[k]!.length;
    }
    if (!whole) continue;
    // the code point before (a surrogate pair read whole) and after
    const low = at > 0 ? text.charCodeAt(at - 1) : -1;
    const prev = at > 1 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff ? text.slice(at - 2, at) : at > 0 ? text[at - 1]! : '';
    if (prev && LETTER_OR_DIGIT.test(prev)) continue;
    const next = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
    if (next && LETTER_OR_DIGIT.test(next)) continue;
    return at;
  }
  return -1;
}

/** What the cluster weights read about one candidate organisation. */
interface ClusterFacts {
  c: Cluster;
  forms: string[];
  inHeadline: boolean;
  /** Sentences it is named in. */
  sentences: number;
  /** How often the article says "the hospital", "the council"… for its kind. */
  kindMentions: number;
  attackerMentions: number;
  victimMentions: number;
  nlpOrg: boolean;
  commonWord: boolean;
  publisher: boolean;
  /** The page is its own first-person notice (its site, or the site's initials). */
  ownSite: boolean;
}

/**
 * Weights of a whole candidate, added to the sum of its mentions' scores: one named row each, the
 * weight in the row, `count` saying how many times it applies (0 or 1 for a yes/no feature).
 */
export interface ClusterWeight { id: string; weight: number; reason: string; count: (f: ClusterFacts) => number }

const on = (b: boolean) => (b ? 1 : 0);

export const CLUSTER_WEIGHTS: readonly ClusterWeight[] = [
  { id: 'in-headline', weight: 4, reason: 'named in the headline', count: (f) => on(f.inHeadline) },
  { id: 'headline-role', weight: 3, reason: 'the headline makes it the victim', count: (f) => on(!!f.c.headRole) },
  { id: 'victim-role', weight: 1.5, reason: 'some mention is in a victim role', count: (f) => on(f.victimMentions > 0) },
  { id: 'org-suffix', weight: 1, reason: 'a multi-word name ending in an organisation word', count: (f) => on(f.forms.some((x) => SUFFIX_SET.has(x.split(/\s+/).pop()!.toLowerCase()) && x.includes(' '))) },
  { id: 'org-prefix', weight: 0.5, reason: 'a name opening on an organisation word (University of …)', count: (f) => { const w = f.forms[0]!.split(/\s+/); return on(PREFIX_SET.has(w[0]!.toLowerCase()) && w.length > 2); } },
  { id: 'tagged-organisation', weight: 0.5, reason: 'the tagger reads it as an organisation', count: (f) => on(f.nlpOrg) },
  { id: 'news-outlet', weight: -8, reason: 'a news outlet is never the victim of the story it reports', count: (f) => on(f.forms.some((x) => isNewsOutlet(x))) },
  { id: 'platform', weight: -4, reason: 'a platform or product family', count: (f) => on(f.forms.every((x) => PLATFORM_SET.has(x))) },
  { id: 'named-as-attacker', weight: -4, reason: 'named as the attacker at least as often as in a victim role', count: (f) => on(f.attackerMentions > 0 && f.attackerMentions >= f.victimMentions) },
  { id: 'attacker-mentions', weight: -2, reason: 'each mention as the attacker', count: (f) => (f.attackerMentions > 0 && f.attackerMentions >= f.victimMentions ? f.attackerMentions : 0) },
  { id: 'threat-designation', weight: -6, reason: 'a threat-group designation (APT10, FIN7)', count: (f) => on(f.forms.some((x) => ATTACKER_SHAPE.test(x))) },
  { id: 'common-word', weight: -3, reason: 'a single ordinary word written more often in lower case than as a name', count: (f) => on(f.commonWord) },
  { id: 'hacker-group-name', weight: -6, reason: 'a name ending in Hackers or Hacking Group', count: (f) => on(f.forms.every((x) => /\bHack(?:ing|er|ers)?\s(?:Group|Team|Collective|Crew|Gang)$|\bHackers$/.test(x))) },
  { id: 'publisher', weight: -6, reason: 'the article\'s own publisher', count: (f) => on(f.publisher && !f.ownSite) },
  { id: 'own-notice', weight: 8, reason: 'the page is a notice its publisher writes in the first person ("an intruder accessed our network"): the site\'s owner is the victim', count: (f) => on(f.ownSite) },
  { id: 'authority', weight: -3, reason: 'a regulator, police force or government office', count: (f) => on(isAuthority(f.c)) },
  { id: 'referred-back', weight: 0.75, reason: 'the article refers back to it by its kind ("the hospital said"), up to four times', count: (f) => Math.min(4, f.kindMentions) },
  { id: 'one-off-deep', weight: -1, reason: 'a single mention past the lead, in no role', count: (f) => on(f.c.mentions.length === 1 && !f.inHeadline && !f.c.mentions[0]!.lead && !f.c.mentions[0]!.victim) },
  { id: 'aside', weight: -2, reason: 'named in one sentence only, past the lead: an aside', count: (f) => on(f.sentences === 1 && !f.inHeadline && !f.c.mentions[0]!.lead) },
  { id: 'in-lead', weight: 1.5, reason: 'named in the lead', count: (f) => on(f.c.mentions.some((m) => m.lead)) },
  { id: 'victim-in-lead', weight: 2, reason: 'in a victim role in the lead', count: (f) => on(f.c.mentions.some((m) => m.lead && m.victim)) },
  // ("the Directory held the files… a review of Active Directory… rebuild our Active Directory": a system's name
  // told again and again in a technical passage is no organisation of the story)
  { id: 'keeps-coming-back', weight: 0.5, reason: 'each further sentence naming it past the second, up to ten, when the article shows it is an organisation of the story (headline, lead, a role, tagged or described as one)', count: (f) => (storyOrganisation(f) ? Math.min(8, Math.max(0, f.sentences - 2)) : 0) },
];

/** Something shows the candidate is an organisation of this story: named in the headline or the lead, in some role
 * (victim, weak, attacker, firm), tagged as an organisation, named with an organisation word, or referred back to by its kind. */
function storyOrganisation(f: ClusterFacts): boolean {
  return f.inHeadline || f.nlpOrg || f.kindMentions > 0
    || f.forms.some((x) => { const w = x.split(/\s+/); return SUFFIX_SET.has(w[w.length - 1]!.toLowerCase()) || (w.length > 1 && PREFIX_SET.has(w[0]!.toLowerCase())); })
    || f.c.mentions.some((m) => m.lead || m.victim || m.weak || m.attacker || m.firm || m.score > 1);
}

interface Candidates {
  clusters: Cluster[];
  headline: string;
}

/** All candidate organisations of an article, grouped and scored. Read only by this extractor: what later
 * steps need of the winner travels in its finding (`mentions`, `victimRole`). */
function companyCandidates(doc: Document): Candidates {
  return build(doc);
}

function build(doc: Document): Candidates {
  const lower = lowerWords(doc);
  const capsMid = capsMidWords(doc);
  const ents = entities(doc);
  const people = new Set(ents.filter((e) => e.kind === 'person').map((e) => e.text.replace(/['’]s$/, '')));
  // a person's surname on its own is the person ("Diachenko writes")
  const surnames = new Set<string>();
  for (const p of [...people]) {
    const parts = p.split(/\s+/);
    if (parts.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(parts[0]!)) { people.add(parts[parts.length - 1]!); surnames.add(parts[parts.length - 1]!); }
  }
  const nlpOrgs = new Set(ents.filter((e) => e.kind === 'organization').map((e) => e.text.replace(/['’]s$/, '')));
  const publishers = doc.publisher.all;
  const headline = headlineText(doc);
  // a name the tagger reads as a person is still an organisation where the article gives it one's context
  // ("Lotte Card CEO …", "Morgan Stanley fined …", "X's customers"): decided once per form, for this article only
  const orgSeen = new Map<string, boolean>();
  const orgContext = (form: string): boolean => {
    let v = orgSeen.get(form);
    if (v === undefined) {
      // a name ending in an organisation word ("Halden Credit", "Corvane Insurance") is never a person's
      const words = form.split(/\s+/);
      v = SUFFIX_SET.has(words[words.length - 1]!.toLowerCase())
        // "Tri-County Dental of Fresno", "Bank of Lorien": an organisation word before "of"
        || words.some((w, i) => i + 1 < words.length && words[i + 1] === 'of' && (SUFFIX_SET.has(w.toLowerCase()) || PREFIX_SET.has(w.toLowerCase())));
      const text = doc.text.length > 200_000 ? doc.text.slice(0, 200_000) : doc.text;
      for (let at = v ? -1 : nameAt(text, form, 0); at >= 0 && !v; at = nameAt(text, form, at + form.length)) {
        const m = { index: at, 0: form };
        const right = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
        const next = /^\s(\p{Lu}\w*)/u.exec(right)?.[1];
        // "the bicycle maker, Radwerk Hansen": described as an organisation just before its name
        const left = text.slice(Math.max(0, m.index - 60), m.index);
        v = L_DESCRIPTOR.test(left) || (next !== undefined && TITLE_BREAK.has(next)) || R_POSSESSIVE.test(right) || R_PASSIVE.test(right) || R_PEOPLE.test(right) || R_NOTIFIED.test(right) || R_NOUN.test(right)
          || /^\s(?:has\s|have\s|had\s)?(?:agreed\sto\spay|been\sfined|fined|settled\swith|hacked|breached)\b/.test(right)
          || R_APPOS_ORG.test(right);
      }
      orgSeen.set(form, v);
    }
    return v;
  };
  const mentions: Mention[] = [];
  const acronymLinks: Array<[string, string]> = [];

  const opening: Array<[Mention, boolean]> = [];
  const addMention = (m: Mention, hasIncident: boolean) => {
    const r = mentionScore(m, doc, hasIncident);
    m.score = r.score;
    m.victim = r.victim;
    m.weak = r.weak;
    m.attacker = r.attacker;
    m.strong = r.strong;
    m.rule = r.rule;
    m.personal = r.personal;
    m.firm = r.firm;
    mentions.push(m);
  };

  let firstBodySentence = -1;
  let count = 0;
  for (const sent of doc.sentences) {
    if (count++ > MAX_SENTENCES) break;
    if (sent.block < titleCopyBlock(doc)) continue; // page furniture above the story's copy of the title
    const block = doc.blocks[sent.block]!;
    if (block.kind === 'caption') continue;
    const head = isHeadlineBlock(doc, sent.block);
    if (!head && firstBodySentence < 0) firstBodySentence = sent.index;
    const st = sent.text.length > MAX_SENTENCE_CHARS ? sent.text.slice(0, MAX_SENTENCE_CHARS) : sent.text;
    if (st.length < 90 && CREDIT_LINE.test(st)) continue;
    const lead = !head && firstBodySentence >= 0 && sent.index - firstBodySentence < 3;
    const hasIncident = INCIDENT_CUE.test(st) || PUT_ONLINE_RE.test(st);
    // a title-cased line inside the body (a sub-heading or a related-story link) is read like the headline
    const tokens = st.split(/\s+/).filter((t) => /^[\p{L}]/u.test(t));
    // (a sentence that ends on a full stop is prose, however many names it holds)
    if (tokens.length >= 5 && tokens.filter((t) => /^\p{Lu}/u.test(t)).length >= 0.7 * tokens.length && !/\.["”’)]?$/.test(st.trimEnd())) continue;
    // … and so is one whose every word is capitalised, ordinary words among them ("Auditor Says Files On Many Clients Leaked.")
    if (titleCasedLine(tokens, lower)) continue;
    if (head || block.kind === 'heading') continue; // headlines are title-cased: only used to test the body's names against
    const datelineEnd = DATELINE.exec(st)?.[0].length ?? 0;
    const runs = runsOf(st, lower, capsMid);
    for (let k = 0; k < runs.length; k++) {
      let [a, b] = runs[k]!;
      let form = st.slice(a, b);
      const cut = form.match(/^(.+?)-(?:based|registered|owned|run|backed|listed|headquartered|born|made|linked|affiliated|sponsored|speaking|language|focused|themed|style)$/);
      if (cut) { form = cut[1]!; b = a + form.length; }
      const inner = form.match(/^.*?-(?:based|headquartered|owned|registered)\s(.+)$/);
      if (inner) { a = b - inner[1]!.length; form = inner[1]!; }
      if (a < datelineEnd) continue; // a dateline ("OSLO, Norway -") places the story; it names no organisation
      if (/^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}\s?$/u.test(form) && isPlaceOrCountry(form.replace(/\.$/, ''))
        && /-based|-headquartered/.test(st.slice(b, b + 16))) continue;
      if (form.length < 2 && !/^[A-Z0-9]$/.test(form)) continue;
      if (form.length < 2) continue;
      if (NOT_NAME_SET.has(form)) continue;
      // "across the South East", "in North and South America": a point of the compass names a region, no organisation
      if (COMPASS_REGION.test(form) && (form.includes(' ') || form.includes('-') || /^\s(?:and|or)\s(?:North|South|East|West|Central)/.test(st.slice(b, b + 12)))) continue;
      if (people.has(form) && !nlpOrgs.has(form) && (form.includes(' ') || surnames.has(form)) && !orgContext(form)) continue;
      if (/['’](?:ve|re|ll|d|m|t)$/i.test(form) || /^\d/.test(form) && !/[A-Za-z]{2}/.test(form)) continue;
      if (/^[\d.,]+\s?$/.test(st.slice(Math.max(0, a - 8), a).split(/\s(?=\S+\s?$)/).pop() ?? '') && /^[A-Z]{1,3}$/.test(form)) continue; // "900 GB"
      const initial = a === 0 || /^["“‘'(\[]$/.test(st.slice(a - 1, a)) || /[:;]\s$/.test(st.slice(Math.max(0, a - 2), a));
      // "millions of Canadians": a nationality's people, no organisation
      if (/^\p{Lu}\p{Ll}+s$/u.test(form) && COUNTRY_MAP.has(form.slice(0, -1))) continue;
      if (isPlaceOrCountry(form)) {
        // a state, city or country is the victim only as its government ("Vermont state employees")
        if (!/^\s(?:state|city|county|council|municipal|school|police|provincial|government)\b/i.test(st.slice(b, b + 20))) continue;
        // "a Carlow school", "an Ohio hospital": a place describing some body there, not the body's name
        if (/\b(?:a|an)\s$/i.test(st.slice(Math.max(0, a - 4), a))) continue;
      }
      const m: Mention = { form, start: sent.start + a, end: sent.start + b, sentence: sent, headline: head, lead, score: 0, victim: false, person: people.has(form) };
      // "Jefferson Dental and Orthodontics, which has 72 offices, reported…": names joined by "and" share what follows them
      const next = runs[k + 1];
      if (next && / (?:and|&) $/.test(st.slice(b, next[0])) && st.slice(b, next[0]).length <= 5) m.sharedEnd = sent.start + next[1];
      // one capitalised word opening a sentence may be any word; it is kept if it opens a longer name elsewhere
      if (initial && /^\p{Lu}\p{Ll}+$/u.test(form) && !capsMid.has(form) && !nlpOrgs.has(form)) { opening.push([m, hasIncident]); continue; }
      addMention(m, hasIncident);
      // "Reality Squared Games (R2Games)": the parenthesised form is the same organisation
      // "Harlow Estates Limited (the “Organisation”)": the term the document defines stands for this name
      const term = DEFINED_AFTER.exec(st.slice(b, b + 50));
      if (term) acronymLinks.push([form, term[1]!]);
      const after = st.slice(b, b + 40).match(/^\s?\(([^()]{2,30})\)/);
      if (after && /^[\p{Lu}\p{N}][\p{L}\p{N}&.\-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}&.\-]*){0,3}$/u.test(after[1]!)) {
        acronymLinks.push([form, after[1]!]);
      }
    }
  }

  // "Harbour said …" opening a sentence, where the article also writes "Harbour Freight": the same name
  const firstWords = new Set(mentions.filter((m) => m.form.includes(' ')).map((m) => m.form.split(/\s+/)[0]!));
  // … or where the headline names it too ("Pagoria confirms breach" / "Pagoria said …")
  for (const [m, hasIncident] of opening) if (firstWords.has(m.form) || wordIn(headline, m.form)) addMention(m, hasIncident);

  // group spellings
  const byKey = new Map<string, Cluster>();
  for (const m of mentions) {
    const toks = nameTokens(m.form);
    if (!toks.length) continue;
    const key = toks.join(' ');
    let c = byKey.get(key);
    if (!c) { c = { key, tokens: new Set(toks), forms: new Map(), mentions: [], score: 0 }; byKey.set(key, c); }
    c.forms.set(m.form, (c.forms.get(m.form) ?? 0) + 1);
    c.mentions.push(m);
  }
  let clusters = [...byKey.values()];
  const parent = new Map<Cluster, Cluster>();
  const find = (c: Cluster): Cluster => { let x = c; while (parent.has(x)) x = parent.get(x)!; return x; };
  const union = (a: Cluster, b: Cluster) => { const ra = find(a), rb = find(b); if (ra !== rb) parent.set(rb, ra); };
  const keyOf = (form: string) => byKey.get(nameTokens(form).join(' '));
  for (const [full, short] of acronymLinks) {
    const a = keyOf(full), b = keyOf(short);
    if (a && b) union(a, b);
  }
  // acronyms: "USPS" = "U.S. Postal Service"… when the initials agree
  const acronyms = clusters.filter((c) => [...c.forms.keys()].some((f) => /^[A-Z]{2,6}$/.test(f.replace(/\./g, ''))));
  for (const ac of acronyms) {
    const letters = [...ac.forms.keys()].map((f) => f.replace(/\./g, '')).find((f) => /^[A-Z]{2,6}$/.test(f))!;
    const matches = clusters.filter((c) => c !== ac && [...c.forms.keys()].some((f) => f.includes(' ') && initials(f) === letters));
    if (matches.length >= 1) for (const m of matches) union(m, ac);
  }
  // a name whose last words are written as their initials: "Harlow ISD" = "Harlow Independent School District"
  for (const c of clusters) {
    for (const f of c.forms.keys()) {
      const w = f.split(/\s+/);
      const last = w[w.length - 1]!.replace(/\./g, '');
      if (w.length < 2 || !/^[A-Z]{2,5}$/.test(last)) continue;
      const head = w.slice(0, -1).join(' ') + ' ';
      for (const d of clusters) {
        if (d !== c && [...d.forms.keys()].some((g) => g.startsWith(head) && g.length > head.length + last.length && initials(g.slice(head.length)) === last)) union(c, d);
      }
    }
  }
  // token subsets: "Hoshino" ⊂ "Hoshino Corporation"; only when the superset is unique
  const sorted = [...clusters].sort((a, b) => b.tokens.size - a.tokens.size);
  for (const small of sorted) {
    // a country's government ("the Saudi government") a short form of a firm named after the country
    if ([...small.forms.keys()].every((f) => isPlaceOrCountry(f))) continue;
    const supers = clusters.filter((c) => c !== small && c.tokens.size > small.tokens.size && [...small.tokens].every((t) => c.tokens.has(t)));
    if (!supers.length) continue;
    const roots = new Set(supers.map(find));
    if (roots.size === 1) union(supers[0]!, small);
  }
  const merged = new Map<Cluster, Cluster>();
  for (const c of clusters) {
    const r = find(c);
    let m = merged.get(r);
    if (!m) { m = { key: r.key, tokens: new Set(r.tokens), forms: new Map(), mentions: [], score: 0 }; merged.set(r, m); }
    for (const [f, n] of c.forms) m.forms.set(f, (m.forms.get(f) ?? 0) + n);
    m.mentions.push(...c.mentions);
    for (const t of c.tokens) m.tokens.add(t);
  }
  clusters = [...merged.values()];

  const headLower = headline.toLowerCase();
  for (const c of clusters) {
    const forms = [...c.forms.keys()];
    let s = 0;
    const seenSentence = new Set<number>();
    for (const m of c.mentions) {
      const w = m.headline ? 1.5 : m.lead ? 1.4 : 1;
      // repeated mentions in one sentence count once
      if (seenSentence.has(m.sentence.index)) { s += Math.min(0, m.score) * 0.5; continue; }
      seenSentence.add(m.sentence.index);
      s += m.score * w;
    }
    // headlines shorten a name to its own words ("Caesars" for "Caesars Entertainment")
    const short = forms.map((f) => coreName(f, lower)).filter((f): f is string => f !== null);
    // a one-word name the article also writes in lower case ("Furniture") is in the headline only as written
    // there with its capital: "furniture store" in a headline is the common noun
    const common = (f: string) => !f.includes(' ') && lower.has(f.toLowerCase());
    const inHeadline = [...forms, ...short].some((f) => (common(f) ? wordIn(headline, f) : wordIn(headLower, f.toLowerCase())));
    if (inHeadline && [...forms, ...short].some((f) => headlineRole(headline, f, common(f)))) c.headRole = true;
    // "the hospital said…": the article refers back to it by the kind of organisation it is
    const kind = forms.map((f) => f.split(/\s+/).pop()!.toLowerCase()).find((w) => SUFFIX_SET.has(w) && w.length > 3 && !CORP_TOKENS.has(w));
    const kindMentions = kind ? Math.max(...(KIND_MAP.get(kind) ?? [kind]).map((noun) => definiteMentions(doc, noun))) : 0;
    if (kindMentions >= 2) c.coref = true;
    const facts: ClusterFacts = {
      c, forms, inHeadline, sentences: seenSentence.size, kindMentions,
      attackerMentions: c.mentions.filter((m) => m.attacker).length,
      victimMentions: c.mentions.filter((m) => m.victim).length,
      nlpOrg: forms.some((f) => nlpOrgs.has(f)),
      commonWord: forms.every((f) => /^\p{Lu}\p{Ll}+$/u.test(f) && (lower.get(f.toLowerCase()) ?? 0) >= Math.max(1, capsMid.get(f) ?? 0)),
      publisher: publishers.some((p) => forms.some((x) => spellsPublisher(x, p))),
      ownSite: false,
    };
    // a first-person notice on the site of the organisation it names (its address may be the name's initials)
    facts.ownSite = ownNotice(doc) && !forms.some((x) => isNewsOutlet(x))
      && (facts.publisher || publishers.some((p) => p.length >= 3 && forms.some((x) => x.includes(' ') && initials(x).toLowerCase() === p)));
    if (facts.ownSite) c.ownSite = true;
    for (const row of CLUSTER_WEIGHTS) s += row.weight * row.count(facts);
    c.score = s;
  }
  clusters.sort((a, b) => b.score - a.score || a.mentions[0]!.start - b.mentions[0]!.start);
  return { clusters, headline };
}

/** A name without its trailing organisation words ("Caesars Entertainment" → "Caesars"), when that leaves a
 * word of 4+ letters the article never writes in lower case; else null. */
function coreName(form: string, lower: Map<string, number>): string | null {
  const words = form.split(/\s+/);
  let n = words.length;
  while (n > 1 && (SUFFIX_SET.has(words[n - 1]!.toLowerCase()) || CORP_TOKENS.has(words[n - 1]!.toLowerCase()))) n--;
  if (n === words.length) return null;
  const core = words.slice(0, n).join(' ');
  return core.length >= 4 && !lower.has(core.toLowerCase()) && !NOT_NAME_SET.has(core) && !COUNTRY_MAP.has(core) && !CONNECTORS.has(words[n - 1]!.toLowerCase()) ? core : null;
}

/** The headline makes this name the victim: "Hackers breach X", "X hit by…", "X data breach". */
function headlineRole(headline: string, form: string, exactCase = false): boolean {
  const hay = exactCase ? headline : headline.toLowerCase();
  const needle = exactCase ? form : form.toLowerCase();
  let at = hay.indexOf(needle);
  for (let n = 0; at >= 0 && n < 5; n++) {
    const left = headline.slice(Math.max(0, at - 90), at);
    const right = headline.slice(at + needle.length, at + needle.length + 120);
    if (R_POSSESSIVE.test(right) || R_PASSIVE.test(right) || R_PEOPLE.test(right) || R_ACTIVE.test(right) || R_NOUN.test(right) || R_HIT_BY.test(right) || R_FAILING.test(right)
      || L_NOUN_AT.test(left) || L_VERB.test(left) || L_ASSET_OF.test(left) || /^\s(?:hacked|breached|hit|attacked|compromised|exposes|leaks|spills|suffers|confirms|admits|discloses|reveals|says|fires|sacks|dismisses|suspends|warns|notifies|resets)\b/i.test(right)) return true;
    at = hay.indexOf(needle, at + 1);
  }
  return false;
}

/** How often the article says "the hospital", "the council"… (memoised per word). */
function definiteMentions(doc: Document, noun: string): number {
  return doc.memo(`company.the.${noun}`, () => {
    const re = new RegExp(`\\bthe\\s${esc(noun)}\\b`, 'gi');
    const text = doc.text.length > 200_000 ? doc.text.slice(0, 200_000) : doc.text;
    return (text.match(re) ?? []).length;
  });
}

function wordIn(hay: string, needle: string): boolean {
  if (!needle) return false;
  let at = hay.indexOf(needle);
  while (at >= 0) {
    const before = at === 0 ? ' ' : hay[at - 1]!;
    const after = hay[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = hay.indexOf(needle, at + 1);
  }
  return false;
}



// ---- the extractor ------------------------------------------------------------------------------

// ---- which candidate wins, and why the others lose ----------------------------------------------

/**
 * A rule about a whole candidate (every mention of one organisation), checked on an invented article:
 * its example (headline and paragraphs split by " / ") must be explained by this rule — the winner's
 * `why` or a dropped candidate's — and its counterexample must not.
 */
function candidateRule(id: string, reason: string, example: string, counterexample: string, url?: string): TestRule {
  const rule = `company.${id}`;
  return {
    id, reason, example, counterexample,
    test: (article: string) => {
      const doc = readDocument(article.split(' / ').join('\n\n') + '\n', { format: 'txt', published: '2024-05-10', ...(url ? { url } : {}) });
      const explain = new Explain(true);
      const found = extractCompany(doc, { published: '2024-05-10', warnings: [], explain });
      return found?.why?.rule === rule || explain.dropped.some((d) => d.why.rule === rule);
    },
  };
}

/** Why a candidate wins without a victim role of its own, or why a candidate is set aside. */
export const CANDIDATE_RULES: RuleTable = ruleTable('company', 'which candidate is the victim', [
  candidateRule('headline-role', 'the headline makes the name the victim ("X hit by…", "X data breach") though the body only names it',
    'Kestrel Freight hit by cyber attack / Kestrel Freight told its drivers to stay home on Monday. / Kestrel Freight expects to reopen soon.',
    'Kestrel Freight opens new depot / Kestrel Freight told its drivers to stay home on Monday. / Kestrel Freight expects to reopen soon.'),
  candidateRule('dominant', 'no victim role, but one organisation clearly dominates an incident story',
    'Systems restored after cyber incident / Staff at Orrin Textiles returned to work on Monday. / Orrin Textiles thanked its staff. / Orrin Textiles expects orders to ship on Friday. / Orrin Textiles has 400 workers.',
    'Systems restored / Operations have been restored. / Staff were thanked. / Orders would ship.'),
  candidateRule('authority-without-role', 'a regulator, police force or government office is named in most stories; it is the victim only in a victim role',
    'Lender breach / The FBI said it was investigating. / Hackers breached Pellworth Lending and stole loan files.',
    'Agency hacked / Hackers breached the Federal Trade Commission and stole staff files.'),
  candidateRule('platform', 'an operating system or product family is the target of a flaw, not a victim organisation',
    'Windows flaw exploited / A worm that abused Windows breached Ravel Bank. / The company patched Windows and Windows servers.',
    'Bank hacked / A worm breached Ravel Bank. / The company patched its servers.'),
  candidateRule('threat-actor', 'a known threat-actor designation is the attacker',
    'Bank hacked / APT41 breached Ravel Bank and APT41 stole files.',
    'Bank hacked / Hackers breached Ravel Bank and stole files.'),
  candidateRule('malicious-tool', 'a name presented as malicious software is the weapon, not the victim',
    'Bank hacked / Hackers used Grimlock malware to breach Ravel Bank. / Grimlock, a modular backdoor, hid for weeks.',
    'Bank hacked / Hackers breached Ravel Bank. / The intruders hid for weeks.'),
  candidateRule('person', 'a person named with a job title ("the firm\'s president Dana Pike", later "Pike said") speaks for the victim; a person is not the victim organisation',
    'Lender confirms breach / Orrin Lending president Dana Pike said hackers took loan files. / Pike said the lender had told its customers. / Pike apologised to customers.',
    'Lender confirms breach / Hackers breached Dana Pike Lending and took loan files. / Dana Pike Lending said it had told its customers.'),
  candidateRule('firm-behind-report', 'a name the article presents as the security firm or researcher behind the report ("according to security company X") is not the victim, unless it is also the object of the incident ("hackers breached X")',
    'Attack hits 300 factories, says Ostrava Labs / Hackers breached control systems at 300 factories, according to security company Ostrava Labs. / Ostrava Labs said the attackers stole engineering files.',
    'Ostrava Labs hacked / Hackers breached Ostrava Labs, according to security company Ostrava Labs. / Ostrava Labs said the attackers stole engineering files.'),
  candidateRule('outscored', 'another candidate scores higher: the victim is named more often, earlier and in stronger roles',
    'Ravel Bank hit by hackers / Hackers breached Ravel Bank and Orrin Textiles. / Ravel Bank said savings were safe.',
    'Ravel Bank hit by hackers / Hackers breached Ravel Bank. / Ravel Bank said savings were safe.'),
  candidateRule('kind-referred', 'a candidate named only once is still the victim when the headline tells of its kind ("an Ohio hospital reported a breach") and the story keeps referring back to it by that kind ("the hospital said")',
    'Weeks after a breach, an Ohio hospital has a second one / Patients were told of a second breach on Friday. / An email account was opened by an intruder. / Staff had been retrained after the first one. / One of the notices came from Dunmore Valley Hospital in Ohio. / The hospital said it had reset passwords. / The hospital thanked patients.',
    'Weeks after a breach, an Ohio hospital has a second one / Patients were told of a second breach on Friday. / An email account was opened by an intruder. / Staff had been retrained after the first one. / One of the notices came from Dunmore Valley Hospital in Ohio. / Passwords were reset. / Patients were thanked.'),
  candidateRule('headline-only', 'the headline names the victim and the body refers back to it only by its kind ("the council"), at least twice',
    'Cyber attack caused disruption at Dunmore Borough Council / A cyber attack on the council in May took its systems offline. / The council said staff data was copied.',
    'Cyber attack caused disruption at Dunmore Borough Council / A cyber attack in May took systems offline. / Staff data was copied.'),
  candidateRule('defined-term', 'a term a document defines with an article for what it named before ("X Limited (the “Organisation”)", "(the “Incident”)") stands for that; alone it is no name',
    'Undertaking by Harlow Estates Limited & Ors / The ransomware attack (the “Incident”) encrypted files of Harlow Estates Limited, Harlow Land Pte. Ltd. (the “Organisations”). / The threat actor gained access to the Organisations’ system. / The Organisations took remedial actions. / The Organisations reset passwords.',
    'Undertaking by Harlow Estates Limited & Ors / The ransomware attack encrypted files of Harlow Estates Limited, Harlow Land Pte. Ltd. (“Organisations”). / The threat actor gained access to the Organisations’ system. / The Organisations took remedial actions. / The Organisations reset passwords.'),
  candidateRule('own-notice-headline', 'a notice written in the first person on its own site ("an intruder accessed our systems"), whose headline names the site\'s owner: the owner is the victim, though the body only says "we"',
    'Orrin Textiles Cyber Incident Update / What happened? / An intruder gained access to some of our systems in May. / We have told the police.',
    'Orrin Textiles Cyber Incident Update / What happened? / An intruder gained access to some of its systems in May. / The company has told the police.',
    'https://www.orrintextiles.co.uk/incident-faq'),
  candidateRule('too-weak', 'the best candidate scores below the minimum: the article names no victim',
    'Tips for staying safe online / Use a password manager, Ostrava Labs advises.',
    'Ravel Bank hit by hackers / Hackers breached Ravel Bank.'),
  {
    id: 'weak-only', reason: 'the article reports an incident and names no stronger victim: its best candidate is reported though it scores below the minimum (a victim named once, in no role the table reads)',
    example: 'Ransomware attack disrupts services / Staff at many offices could not log in after the ransomware attack. / Systems went down on Monday. / Work at Dunmore Borough Council was slowed by the attack.',
    counterexample: 'Tips for staying safe online / Use a password manager, Ostrava Labs advises.',
    test: (article: string) => {
      const doc = readDocument(article.split(' / ').join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' });
      const ctx = { published: '2024-05-10', warnings: [], explain: new Explain(true) };
      const { victim, weak } = chooseCompany(doc, ctx);
      return !victim && weak !== null && extractFromDocument(doc).isIncident;
    },
  },
  {
    id: 'weak-runner-up', reason: 'the article reports an incident and names no stronger victim, and its best weak candidate stands as no organisation (WEAK_SLOTS): the next candidate that scored above zero and is named with an organisation word is reported',
    example: 'Ransomware attack disrupts services / Staff at many offices could not log in after the ransomware attack. / Systems went down on Monday. / Most staff had opened the Varnholt web browser before the attack, and a Varnholt file was found. / A Varnholt file was also found on a laptop. / Work at Dunmore Borough Council was slowed. / Dunmore Borough Council staff went home early.',
    counterexample: 'Ransomware attack disrupts services / Staff at many offices could not log in after the ransomware attack. / Systems went down on Monday. / Most staff had opened the Varnholt web browser before the attack, and a Varnholt file was found. / A Varnholt file was also found on a laptop. / Work at Dunmore Tarn was slowed. / Dunmore Tarn staff went home early.',
    test: (article: string) => {
      const doc = readDocument(article.split(' / ').join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' });
      const { victim, weak } = chooseCompany(doc, { published: '2024-05-10', warnings: [], explain: new Explain(true) });
      return !victim && weak !== null && weak().why?.rule === 'company.weak-runner-up';
    },
  },
  {
    id: 'no-role-only', reason: 'the article reports an incident and names no other victim: its best candidate, which scores enough but stands in no role the table reads, is not in the headline and does not dominate, is reported (told like a too-weak best: the incident step decides without it)',
    example: 'Customer files posted online after cyber attack / Once intruders broke into a branch office of the water supplier Orrin, criminals posted customer files online. / Orrin said on Friday that names and addresses were among the files. / An Orrin spokesman said most customers could be affected. / Orrin also set up a hotline for worried customers.',
    // (no incident told: the best candidate with no role names nothing)
    counterexample: 'Phishing is rising / Staff at many firms fall for fake invoices. / Ostrava Labs counted more fake invoices than ever.',
    test: (article: string) => {
      const doc = readDocument(article.split(' / ').join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' });
      const { victim, weak } = chooseCompany(doc, { published: '2024-05-10', warnings: [], explain: new Explain(true) });
      return !victim && weak !== null && weak().why?.rule === 'company.no-role-only' && extractFromDocument(doc).isIncident;
    },
  },
  candidateRule('no-role-runner-up', 'the best-scoring candidate has no victim role, is not in the headline and does not dominate, while the runner-up is the object of the incident ("a breach at X", "X\'s servers"): the runner-up is the victim',
    'Harbour Vale Health says 9,000 patients affected / Harbour Vale Hospital has 400 beds and a new wing. / The largest clinic in the county, it opened in 1950. / Staff were told on Monday. / A data breach at Harbour Vale Health System exposed patient files in March.',
    'Harbour Vale Health says 9,000 patients affected / Harbour Vale Hospital has 400 beds and a new wing. / The largest clinic in the county, it opened in 1950. / Staff were told on Monday. / A data breach exposed patient files in March.'),
  candidateRule('no-role', 'the best candidate has no victim role, is not in the headline and does not dominate the story',
    'Phishing is rising / Staff at many firms fall for fake invoices. / Ostrava Labs counted more fake invoices than ever.',
    'Ravel Bank hit by hackers / Hackers breached Ravel Bank.'),
]);

const CANDIDATE = new Map(CANDIDATE_RULES.rules.map((r) => [r.id, r]));
const candidateWhy = (id: string) => why(CANDIDATE_RULES, CANDIDATE.get(id)!);

/** The filter a candidate fails before scoring counts, or null. */
function setAside(c: Cluster, doc: Document, lower: Map<string, number>): string | null {
  // a country or state named for its government ("the Saudi government") is an authority too
  if ((isAuthority(c) || [...c.forms.keys()].every((f) => isPlaceOrCountry(f))) && !c.mentions.some((m) => m.strong)) return 'authority-without-role';
  if (isPlatform(c)) return 'platform';
  // a defined term ("the “Organisations”") whose defining name is not among the candidates stands for it; it is no name
  const defined = definedTerms(doc);
  if (defined.size && [...c.forms.keys()].every((f) => defined.has(f))) return 'defined-term';
  if (isThreatActor(c)) return 'threat-actor';
  // ("Dana Pike, a regional lender, said…": a name described as an organisation in apposition is no person's)
  if (isPerson(c) && !c.mentions.some((m) => R_APPOS_ORG.test(doc.text.slice(m.end, Math.min(m.sentence.end, m.end + 120))))) return 'person';
  // presented as the firm that found or described it, and never in a structural victim role of its own
  if (c.mentions.some((m) => m.firm) && !c.mentions.some((m) => m.strong)) return 'firm-behind-report';
  if (isCommonWord(c, lower)) return 'outscored';
  if (isMaliciousTool(c, doc)) return 'malicious-tool';
  return null;
}

/** A term a document defines with an article for what it named just before: "X Limited (the “Organisation”)",
 * "the attack (the “Incident”)". Defined without one ("(“Harbour”)") it is a short name of its own. */
const DEFINED_AFTER = /^,?\s?\(the\s["“‘']([\p{Lu}][\p{L}\p{N}\s-]{1,28}?)["”’']\)/u;
const DEFINED_ANY = /\(the\s["“‘']([\p{Lu}][\p{L}\p{N}\s-]{1,28}?)["”’']\)/gu;

/** The terms the document defines with an article ("the “Organisation”", "the “Incident”"). */
function definedTerms(doc: Document): Set<string> {
  return doc.memo('company.defined', () => new Set([...doc.text.slice(0, 200_000).matchAll(DEFINED_ANY)].map((m) => m[1]!)));
}

/** Minimum score for a candidate to be reported as the victim. */
const MIN_SCORE = 4;

/** What the company step decides: the victim, or none; and, when none, the best candidate that scored below
 * the minimum (built only when asked for: the record names it for an article the incident step finds to be an
 * incident, CANDIDATE_RULES weak-only, while every other step runs without a victim). */
export interface CompanyChoice {
  victim: CompanyFinding | null;
  weak: (() => CompanyFinding) | null;
}

/** The victim alone: what every step but the record reads. */
export const extractCompany: Extractor<CompanyFinding | null> = (doc, ctx) => chooseCompany(doc, ctx).victim;

export function chooseCompany(doc: Document, ctx: Parameters<Extractor<CompanyFinding | null>>[1]): CompanyChoice {
  let weak: CompanyChoice['weak'] = null;
  const victim = choose();
  return { victim, weak };

  function choose(): CompanyFinding | null {
    const { clusters, headline } = companyCandidates(doc);
    const lower = lowerWords(doc);
    const drop = (c: Cluster, id: string) => {
      const form = [...c.forms.keys()][0]!;
      ctx.explain.drop({ field: 'company', text: form, why: candidateWhy(id), sentence: c.mentions[0]!.sentence });
    };
    let best: Cluster | undefined;
    const outscored: Cluster[] = [];
    for (const c of clusters.slice(0, 12)) {
      if (c.score <= 0 && best && !setAside(c, doc, lower)) continue;
      const aside = setAside(c, doc, lower);
      if (aside) { drop(c, aside); continue; }
      if (!best) { best = c; continue; }
      if (c.score > 0) outscored.push(c);
    }
    // (told once the winner is settled: a runner-up may still win)
    const dropOutscored = (winner: Cluster | undefined) => { for (const c of outscored) if (c !== winner) drop(c, 'outscored'); };
    if (!best) return headlineOnly(doc, headline, lower, ctx);
    // named once, but the headline tells of "a hospital" and the story keeps saying "the hospital"
    const referred = best.score < MIN_SCORE && kindReferred(doc, best, headline);
    if (best.score < MIN_SCORE && !referred) {
      dropOutscored(undefined); drop(best, 'too-weak');
      const byHeadline = headlineOnly(doc, headline, lower, ctx);
      if (!byHeadline) weak = weakCandidate(doc, best, outscored, clusters, headline, lower, ctx);
      return byHeadline;
    }
    const hasRole = best.mentions.some((m) => m.victim || m.weak) || !!best.headRole || !!best.coref || !!best.ownSite;
    const inHead = best.mentions.some((m) => m.headline) || [...best.forms.keys()].some((f) => wordIn(headline.toLowerCase(), f.toLowerCase()));
    // no victim role found, but one organisation clearly dominates the story
    const second = clusters.find((c) => c !== best)?.score ?? 0;
    const dominant = (best.score >= 8 && best.score >= 2 * Math.max(0, second)) || (best.score >= 6 && best.score >= 1.5 * Math.max(0, second));
    if (!hasRole && !inHead && !dominant) {
      // the runner-up is the object of the incident (a structural victim role) and scores enough: it is the victim
      const runnerUp = clusters.slice(0, 12).find((c) => c !== best && c.score >= MIN_SCORE && c.mentions.some((m) => m.strong) && !setAside(c, doc, lower));
      if (!runnerUp) {
        dropOutscored(undefined); drop(best, 'no-role');
        const byHeadline = headlineOnly(doc, headline, lower, ctx);
        // (as a too-weak best: named only if the incident step, run without it, finds an incident — company.no-role-only)
        if (!byHeadline) weak = weakCandidate(doc, best, outscored, clusters, headline, lower, ctx, 'no-role-only');
        return byHeadline;
      }
      drop(best, 'no-role-runner-up');
      best = runnerUp;
    }
    dropOutscored(best);
    return victimFinding(doc, best, clusters, headline, lower, ctx, referred);
  }
}

/** The too-weak best candidate as a finding to build on demand, when its shape is worth reporting. */
function weakCandidate(doc: Document, best: Cluster, runnersUp: readonly Cluster[], clusters: readonly Cluster[], headline: string, lower: Map<string, number>, ctx: Parameters<Extractor<CompanyFinding | null>>[1], bestRule = 'weak-only'): CompanyChoice['weak'] {
  if (!weakShaped(doc, best)) return null;
  // a WEAK_SLOTS row shows the name is no organisation (a product, a source, a label): the next candidate that scored
  // above zero and is named as an organisation ("… Hospital", "Bank of …") stands in its place (company.weak-runner-up)
  const slotted = weakNoOrganisation(doc, best);
  let chosen = best;
  let rule = bestRule;
  if (slotted) {
    ctx.explain.drop({ field: 'company', text: [...best.forms.keys()][0]!, why: why(WEAK_SLOTS, slotted), sentence: best.mentions[0]!.sentence });
    const next = runnersUp.find((c) => namedAsOrganisation(c) && weakShaped(doc, c) && !weakNoOrganisation(doc, c));
    if (!next) return null;
    chosen = next;
    rule = 'weak-runner-up';
  }
  let built: CompanyFinding | undefined;
  return () => (built ??= victimFinding(doc, chosen, clusters, headline, lower, { ...ctx, explain: new Explain(false) }, false, candidateWhy(rule)));
}

/** A spelling with an organisation word: its last word ("Harlow Borough Council"), or its first before more words
 * ("Bank of Lorien"). */
function namedAsOrganisation(c: Cluster): boolean {
  return [...c.forms.keys()].some((f) => {
    const w = f.split(/\s+/);
    return SUFFIX_SET.has(w.at(-1)!.toLowerCase()) || (w.length > 2 && PREFIX_SET.has(w[0]!.toLowerCase()));
  });
}

/**
 * A weak candidate worth reporting: a name of several words, or a lone word that is neither written in lower case
 * elsewhere in the article ("Trends", "Industry": a common word opening a sentence or a label) nor holds a digit
 * ("MD5", "Verge2": a code or a fragment). Held-out sets said narrower tests (a higher-scoring name set aside, an
 * organisation word or description required) dropped right victims as well as wrong ones.
 */
function weakShaped(doc: Document, c: Cluster): boolean {
  const lower = lowerWords(doc);
  return [...c.forms.keys()].some((f) => f.includes(' ') || (!/\d/.test(f) && !lower.has(f.toLowerCase())));
}

// ---- a weak candidate that stands as no organisation: WEAK_SLOTS ------------------------------------------------

/**
 * A row reading where a weak candidate (company.weak-only) stands: `left` reads the words before one mention (to the
 * sentence start), `right` the words after it, `form` the name itself. A weak candidate is reported only when some
 * mention stands outside every left/right row, and no form row fits its name. In examples the name is in [brackets].
 */
export interface SlotRule extends TestRule {
  side: 'left' | 'right' | 'form';
  /** The context test; `check` for a row read word by word. */
  context?: RegExp;
  check?: (context: string) => boolean;
  /** One mention in this slot is enough: the slot names what the thing is ("a backdoor named X"). */
  any?: boolean;
}

function slot(spec: Omit<SlotRule, 'test'>): SlotRule {
  return {
    ...spec,
    test: (sentence: string) => {
      const p = bracketed(sentence);
      return p !== null && slotFits(spec, spec.side === 'left' ? p.left : spec.side === 'right' ? p.right : p.name);
    },
  };
}

/** A name spelling a security firm's or research team's word, or a known one's name (the sources step's list). */
function researchName(form: string): boolean {
  const n = ` ${form.toLowerCase().replace(/[’]/g, "'").replace(/[^a-z0-9'&.-]+/g, ' ').trim()} `;
  return RESEARCH_NAME_WORDS.some((e) => n.includes(` ${e} `));
}

const slotFits = (r: Omit<SlotRule, 'test'>, context: string) => r.check ? r.check(context) : r.context!.test(context);

/** Two capitalised words just before the comma that opens a title ("Dana Pike, head of…"): a person's name. */
const personBefore = (text: string) => {
  const w = text.trimEnd().split(/\s+/).slice(-2);
  return w.length === 2 && w.every((x) => /^\p{Lu}[\p{L}'’.-]{0,20}$/u.test(x)) && w[1]!.length > 1;
};

/**
 * The words before a name are a person's name, a comma and a title ending in "of" or "at", with at most two lower-case
 * words after it ("Dana Pike, head of research at [consulting firm] X"): the name is that person's employer.
 */
function speakerEmployer(left: string): boolean {
  const comma = left.lastIndexOf(', ');
  if (comma < 0 || !personBefore(left.slice(Math.max(0, comma - 45), comma))) return false;
  const words = left.slice(comma + 2).trim().split(/\s+/);
  if (words.length < 2 || words.length > 14 || words.some((w) => /[.;:!?]$/.test(w))) return false;
  for (let i = 0; i < 2 && /^[\p{Ll}-]+$/u.test(words.at(-1)!) && !/^(?:of|at)$/.test(words.at(-1)!); i++) words.pop();
  if (words.at(-1) === 'the') words.pop();
  return words.length >= 2 && /^(?:of|at)$/.test(words.at(-1)!);
}


export const WEAK_SLOTS: RuleTable<SlotRule> = ruleTable('company', 'where a weak candidate stands as no organisation', [
  slot({ id: 'weak.thing-compound', side: 'right', context: new RegExp(`^\\)?\\s(?:${alternation(THING_HEADS)})\\b`, 'i'),
    reason: 'the name modifies a noun for a thing (a file, a browser, an operating system): it names a product or a format, not a body',
    example: 'The update came as a [Quorvex] file.', counterexample: 'The update came from [Quorvex] on Monday.' }),
  slot({ id: 'weak.named-thing', side: 'left', any: true, context: new RegExp(`\\b(?:${alternation(NAMED_THINGS)})s?,?\\s(?:called|named|dubbed|known\\sas)\\s$`, 'i'),
    reason: 'the name is what a piece of software or a user is called ("a backdoor named X"): a tool or a handle',
    example: 'Staff found a backdoor named [Quorvex] on the servers.', counterexample: 'Staff at a lender named [Quorvex] found the backdoor.' }),
  slot({ id: 'weak.used-tool', side: 'left', context: /\b(?:via|using|uses|use|used)\s(?:the\s)?$/i,
    reason: 'the name is what someone used or went through: a tool or a network',
    example: 'The intruder logged in via [Quorvex].', counterexample: 'The intruder logged in at [Quorvex].' }),
  slot({ id: 'weak.quoted-source', side: 'left', context: /\baccording\sto\s(?:the\s)?$|,\s(?:reports|writes|notes|estimates|finds)\s(?:the\s)?$/i,
    reason: 'the name is the source a figure or claim is credited to, not a body the incident hit',
    example: 'Such thefts doubled last year, according to [Quorvex Analytics].', counterexample: 'Such thefts doubled last year at [Quorvex Analytics].' }),
  slot({ id: 'weak.report-author', side: 'right', context: new RegExp(`^(?:['’]s\\s(?:${alternation(REPORT_NOUNS)})\\b|\\s(?:${alternation(REPORT_VERBS)})\\b)`, 'i'),
    reason: 'the name wrote a report, counted or alleged something about others: an observer, not the victim',
    example: '[Quorvex Analytics] tracked 40 such thefts last year.', counterexample: '[Quorvex Analytics] lost 40 laptops last year.' }),
  slot({ id: 'weak.speaker-employer', side: 'left', check: speakerEmployer,
    reason: 'the name is the employer of a person quoted by name and title ("Dana Pike, head of research at X"): it tells who speaks',
    example: 'Dana Pike, head of research at [Quorvex Analytics], said thefts were rising.', counterexample: 'Dana Pike said thefts at [Quorvex Analytics] were rising.' }),
  slot({ id: 'weak.oversight', side: 'right', context: new RegExp(`^\\s(?:has\\s|had\\s)?(?:${alternation(OVERSIGHT_VERBS)})\\b`, 'i'),
    reason: 'the name fines, orders or investigates another: a regulator acting on the victim',
    example: 'The [Quorvex Commission] fined the clinic last week.', counterexample: 'The [Quorvex Clinic] was fined last week.' }),
  slot({ id: 'weak.owned-thing', side: 'left', context: /[\p{L}\p{N}](?:['’]s|s['’])\s(?:(?:official|own|new|latest|popular|flagship|annual)\s)?$/u,
    reason: 'a name after another name\'s possessive is a thing that one owns (a product, a report, a page)',
    example: "The lender's [Quorvex] app was left open.", counterexample: 'The lender and [Quorvex] were both hit.' }),
  slot({ id: 'weak.amount', side: 'left', context: /(?<![\d.,])\d[\d.,]{0,20}\s?$/,
    reason: 'a capitalised word after a figure is a magnitude or a unit ("7.2 Trillion")',
    example: 'Losses may reach $7.2 [Trillion] by next year.', counterexample: 'Losses at [Quorvex] may reach $7.2 million.' }),
  slot({ id: 'weak.label', side: 'right', context: /^:[ \t]*(?:\r?\n|$)/,
    reason: 'a name that ends its line with a colon is a field label',
    example: '[Quorvex]:', counterexample: '[Quorvex]: the firm was hit.' }),
  slot({ id: 'weak.outlet', side: 'left', context: /\b(?:affiliate|station|newspaper|broadcaster|channel|outlet|magazine|tabloid|news\s(?:site|agency|website))\s$/i,
    reason: 'the name follows the noun for a newspaper or broadcaster: the outlet that reports, not the victim',
    example: 'The local station [WQRX] reported the outage.', counterexample: 'The local council [Quorvex] reported the outage.' }),
  slot({ id: 'weak.outlet-name', side: 'form', context: /\s(?:News|Newswire|Tribune|Gazette|Herald|Chronicle)$/,
    reason: 'a name ending in a newspaper word ("Harlow Herald"), named once: the outlet, not the victim',
    example: 'The story ran in the [Quorvex Herald].', counterexample: 'The story ran at [Quorvex Health].' }),
  slot({ id: 'weak.platform-word', side: 'form', context: new RegExp(`^(?:${alternation([...PLATFORMS, ...CURRENCY_NAMES])})s?$`, 'i'),
    reason: 'a platform, a network or a currency however it is written ("TOR", "Bitcoins"): no victim organisation',
    example: 'Payment was asked in [Bitcoins].', counterexample: 'Payment was asked by [Quorvex].' }),
  slot({ id: 'weak.research-name', side: 'form', check: (form) => researchName(form),
    reason: 'a name with a security firm\'s or research team\'s word ("… Labs", "… Threat Intelligence"), or a known one\'s: weak and in no victim role, it is the researcher who tells of attacks, not the victim',
    example: 'The decryptor was built by [Quorvex Labs].', counterexample: 'The decryptor was built for [Quorvex Freight].' }),
  slot({ id: 'weak.event', side: 'form', context: new RegExp(`\\s(?:${alternation(EVENT_HEADS)})$`),
    reason: 'the name of a conference or a congress: an event, not a body',
    example: 'The flaw was shown at the [Quorvex Security Conference].', counterexample: 'The flaw was shown to the [Quorvex Security Council].' }),
]);

/** The WEAK_SLOTS row that shows a weak candidate is no organisation: a form row its name fits, or the row the
 * first mention stands in when every mention stands in one; null when some mention stands outside them all. */
function weakNoOrganisation(doc: Document, c: Cluster): SlotRule | null {
  // the spelling the article writes most
  const top = [...c.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0];
  const rows = WEAK_SLOTS.rules;
  const form = rows.find((r) => r.side === 'form' && slotFits(r, top));
  if (form) return form;
  const slots = c.mentions.map((m) => {
    const left = doc.text.slice(Math.max(m.sentence.start, m.start - 160), m.start);
    const right = doc.text.slice(m.end, m.end + 120);
    return rows.find((r) => r.side !== 'form' && slotFits(r, r.side === 'left' ? left : right)) ?? null;
  });
  return slots.find((r) => r?.any) ?? (slots.every((r) => r) ? slots[0]! : null);
}

/** The finding for a chosen candidate: its name, aliases, evidence, country and why it won (`weakWhy` for a weak winner). */
function victimFinding(doc: Document, best: Cluster, clusters: readonly Cluster[], headline: string, lower: Map<string, number>, ctx: Parameters<Extractor<CompanyFinding | null>>[1], referred: boolean, weakWhy?: Why): CompanyFinding {
  const forms = [...best.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length).map(([f]) => f);
  // NAME_FORMS.bare-word: a lone word of a longer spelling refers back ("the County"); the longer one is the name
  const defined = definedTerms(doc);
  const full = forms.filter((f) => !isBareWord(f, forms, lower) && !defined.has(f));
  const name = pickName(full.length ? full : forms, headline, capsMidWords(doc));
  const aliases = full.filter((f) => !(/^\p{Lu}\p{Ll}+$/u.test(f) && lower.has(f.toLowerCase()) && f !== name)).filter((f) => f !== name && nameTokens(f).join(' ') !== nameTokens(name).join(' ') || (f !== name && f.length > name.length && nameTokens(f).join(' ') === nameTokens(name).join(' ')));
  const evidence: Sentence[] = [];
  for (const m of best.mentions) {
    if (m.victim && !evidence.includes(m.sentence)) evidence.push(m.sentence);
    if (evidence.length >= 3) break;
  }
  if (!evidence.length) evidence.push(best.mentions[0]!.sentence);
  // the same organisation under a longer name ("Harbour Rewards" / "Harbour Hotel Group")
  const head = name.split(/\s+/)[0]!;
  if (head.length >= 4 && !SUFFIX_SET.has(head.toLowerCase()) && !PREFIX_SET.has(head.toLowerCase()) && !NOT_NAME_SET.has(head) && !COUNTRY_MAP.has(head)) {
    for (const c of clusters) {
      if (c === best || isAuthority(c) || c.mentions.every((m) => m.attacker)) continue;
      const form = [...c.forms.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      // ("Harlow PTA" beside "Harlow Independent School District": initials that do not spell its other words name another body)
      const tail = form.split(/\s+/).pop()!;
      if (/^[A-Z]{2,5}$/.test(tail) && initials(name.slice(head.length)) !== tail) continue;
      if (form.includes(' ') && form.split(/\s+/)[0] === head && !aliases.includes(form)) aliases.push(form);
    }
  }
  // why it won: the strongest victim role of its mentions, else the headline, the article's references back, its dominance
  const roled = best.mentions.filter((m) => m.victim && m.rule).sort((a, b) => b.rule!.weight - a.rule!.weight)[0];
  const winWhy = weakWhy ?? (roled ? why(MENTION_ROLES, roled.rule!) : best.headRole ? candidateWhy('headline-role') : referred ? candidateWhy('kind-referred') : candidateWhy('dominant'));
  const kept = aliases.slice(0, 6);
  // the scope for this victim, decided here when the country needs it and handed on (src/extract/index.ts)
  let scope: IncidentScope | undefined;
  const scopeOf = () => (scope ??= findScope(doc, { name, aliases: kept }, doc.published));
  const country = victimCountry(doc, { name, aliases, forms: [...best.forms.keys()], mentions: best.mentions }, ctx.explain, scopeOf);
  const mentions: Sentence[] = [];
  for (const m of best.mentions) if (!mentions.includes(m.sentence) && mentions.length < 40) mentions.push(m.sentence);
  const victimRole = best.mentions.some((m) => m.victim) || !!best.headRole;
  return {
    name, aliases: kept, country: country?.code ?? null, sentences: evidence, mentions, victimRole, why: winWhy,
    ...(country ? { countryWhy: country.why } : {}),
    ...(scope ? { scope } : {}),
  };
}

/** The kind of body a name ends on ("Dunmore Community Hospital" → hospital), when it says one. */
function kindOf(form: string): string | null {
  const w = form.split(/\s+/).pop()!.toLowerCase();
  return form.includes(' ') && SUFFIX_SET.has(w) && w.length > 3 && !CORP_TOKENS.has(w) ? w : null;
}

/** How often the story refers back to a body of this kind ("the hospital", "the trust"). */
const kindMentionCount = (doc: Document, kind: string) => Math.max(...(KIND_MAP.get(kind) ?? [kind]).map((noun) => definiteMentions(doc, noun)));

/**
 * A weak candidate that is still the victim: the headline tells of its kind ("an Indiana hospital reported a
 * breach") and the story refers back to it by that kind at least twice ("the hospital said").
 */
function kindReferred(doc: Document, c: Cluster, headline: string): boolean {
  if (!headline || isAuthority(c) || c.mentions.every((m) => m.attacker)) return false;
  const kinds = [...new Set([...c.forms.keys()].map(kindOf).filter((k): k is string => !!k))];
  return kinds.some((k) => wordIn(headline.toLowerCase(), k) && kindMentionCount(doc, k) >= 2) && INCIDENT_CUE.test(headline);
}

/**
 * No candidate in the body: the headline names the victim ("Cyber attack disrupted Dunmore Borough Council")
 * and the body only refers back to it by its kind ("the council"), at least twice. Exactly one such name.
 */
function headlineOnly(doc: Document, headline: string, lower: Map<string, number>, ctx: Parameters<Extractor<CompanyFinding | null>>[1]): CompanyFinding | null {
  if (!headline || !INCIDENT_CUE.test(headline)) return null;
  // the page is a first-person notice and its headline names the site's owner ("Harbourline Cyber Incident – FAQs" on
  // harbourline.ca): the body says "we" and "our systems" for it
  const own = ownNotice(doc) ? ownHeadlineName(doc, headline, lower) : null;
  if (own) return headlineVictim(doc, own, 'own-notice-headline', ctx);
  const found: Array<[string, string]> = [];
  for (const [a, b] of runsOf(headline, lower, capsMidWords(doc))) {
    const form = headline.slice(a, b).replace(/^the\s/i, '');
    const kind = kindOf(form);
    if (!kind || AUTHORITY_SET.has(form.toLowerCase()) || isNewsOutlet(form) || /\b(?:Police|Commissioner|Constabulary)\b/.test(form)) continue;
    if (kindMentionCount(doc, kind) >= 2) found.push([form, kind]);
  }
  if (found.length !== 1) return null;
  const [name, kind] = found[0]!;
  const re = new RegExp(`\\bthe\\s(?:${(KIND_MAP.get(kind) ?? [kind]).map(esc).join('|')})\\b`, 'i');
  const refs = doc.sentences.filter((x) => re.test(x.text));
  if (!refs.length) return null;
  return headlineVictim(doc, name, 'headline-only', ctx, refs);
}

/** The headline's name of the site's owner, in a first-person notice: a capitalised run of the headline that the page's
 * address or site name spells (or spells the initials of). */
function ownHeadlineName(doc: Document, headline: string, lower: Map<string, number>): string | null {
  const keys = doc.publisher.all;
  for (const [a, b] of runsOf(headline, lower, capsMidWords(doc))) {
    const run = headline.slice(a, b).replace(/^the\s/i, '');
    if (isNewsOutlet(run) || AUTHORITY_SET.has(run.toLowerCase())) continue;
    // the fewest words of the run that spell the address ("Orrin Motors Cyber Incident" on orrinmotors.co.nz)
    const words = run.split(/\s+/);
    for (let k = 1; k <= words.length; k++) {
      const form = words.slice(0, k).join(' ');
      if (form.length < 3 || isPlaceOrCountry(form) || NOT_NAME_SET.has(form)) continue;
      const j = compactName(form);
      if (keys.some((p) => j === p || (p.length >= 4 && j.startsWith(p)) || (k > 1 && initials(form).toLowerCase() === p))) return form;
    }
  }
  return null;
}

/** A victim named in the headline only: the sentences that refer back to it (else the first-person ones that tell the incident) are its evidence. */
function headlineVictim(doc: Document, name: string, rule: string, ctx: Parameters<Extractor<CompanyFinding | null>>[1], refs?: Sentence[]): CompanyFinding {
  refs ??= doc.sentences.filter((x) => !isHeadlineBlock(doc, x.block) && (OWN_SYSTEMS_HIT.test(x.text) || FIRST_PERSON_NOTICE.test(x.text)));
  if (!refs.length) refs = doc.sentences.slice(0, 1);
  let scope: IncidentScope | undefined;
  const scopeOf = () => (scope ??= findScope(doc, { name, aliases: [] }, doc.published));
  const country = victimCountry(doc, { name, aliases: [], forms: [name], mentions: [] }, ctx.explain, scopeOf);
  return {
    name, aliases: [], country: country?.code ?? null, sentences: refs.slice(0, 1), mentions: refs.slice(0, 40), victimRole: rule === 'own-notice-headline',
    why: candidateWhy(rule),
    ...(country ? { countryWhy: country.why } : {}),
    ...(scope ? { scope } : {}),
  };
}

/**
 * One word of a longer name in the same group that says what kind of body it is ("the County", "the Board"),
 * where it is ("Saudi"), or a word the article also writes in lower case: the article's way of referring
 * back, not the name.
 */
function isBareWord(f: string, forms: readonly string[], lower: Map<string, number>): boolean {
  if (f.includes(' ')) return false;
  const lc = f.toLowerCase();
  if (!(SUFFIX_SET.has(lc) || PREFIX_SET.has(lc) || isPlaceOrCountry(f) || lower.has(lc))) return false;
  return forms.some((g) => g !== f && g.split(/\s+/).includes(f));
}

/** Which of a victim's spellings is its name. The test reads "form | all forms of the group". */
export const NAME_FORMS: RuleTable<TestRule> = ruleTable('company', 'which spelling names the victim', [
  {
    id: 'bare-word', reason: 'a lone word of a longer name that says what kind of body it is or where it is ("the County", "the Board", "Saudi") refers back; the longer form is the name',
    example: 'County | County | County | Dunmore County', counterexample: 'Dunmore | Dunmore | Dunmore County',
    test: (text: string) => { const [f, ...forms] = text.split(' | '); return isBareWord(f!, forms, new Map()); },
  },
]);

function isPlatform(c: Cluster): boolean {
  return [...c.forms.keys()].every((f) => {
    const words = f.split(/\s+/);
    // "Windows", "Windows XP", "Android 8" — but not "Android Forums"
    return PLATFORM_SET.has(f) || (PLATFORM_SET.has(words[0]!) && words.length === 2 && /^(?:\d[\w.]*|XP|Vista|Server|Pro|Home|OS|Mobile|Phone|RT|SE|Edge)$/.test(words[1]!));
  });
}

const ACTOR_NAMES = new Set(KNOWN_ACTORS.filter((a) => !a.needsCue).flatMap((a) => [a.name, ...(a.aliases ?? [])]).map((n) => n.toLowerCase()));

const ACTOR_PATTERN = new RegExp(`^(?:${CODE_NAME.source}|${FAMILY_NAME.source})$`);

/** Every spelling is a known threat actor, a vendor code name (APT10) or a family name (Fancy Bear). */
function isThreatActor(c: Cluster): boolean {
  return [...c.forms.keys()].every((f) => ACTOR_NAMES.has(f.toLowerCase()) || ACTOR_PATTERN.test(f));
}

/** A person-shaped name with a leading job title ("Superintendent Dana Pike"). */
function personShaped(f: string): boolean {
  const w = f.split(' ');
  // "Corvane Insurance": a name ending in an organisation word is no person's
  if (SUFFIX_SET.has(w[w.length - 1]!.toLowerCase())) return false;
  return PERSON_SHAPE.test(f) || (w.length > 1 && TITLE_BREAK.has(w[0]!) && PERSON_SHAPE.test(w.slice(1).join(' ')));
}

/** Some mention reads as a person (a job title before it), and every spelling is a person's name or its surname. */
function isPerson(c: Cluster): boolean {
  if (!c.mentions.some((m) => m.personal)) return false;
  const forms = [...c.forms.keys()];
  return forms.every((f) => personShaped(f) || (/^\p{Lu}[\p{Ll}'’-]+$/u.test(f) && forms.some((g) => g !== f && personShaped(g) && g.endsWith(` ${f}`))));
}

/** A name followed by a kind of malicious software ("GhostAdmin malware", "X, a modular backdoor"). */
const R_TOOL = /^(?:\s|,\s(?:a|an|the)\s(?:[\w-]{1,20}\s){0,3}?)(?:malware|trojan|botnet|backdoor|worm|spyware|keylogger|stealer|infostealer|wiper|rootkit|exploit\skit|remote\saccess\strojan|ransomware\s(?:strain|family|variant))\b/i;
/** After the name, what only software has: "Grimlock ransomware encrypts…", "a Grimlock variant", "Grimlock infections". ("the
 * Harbour Bank ransomware attack" is an attack on the bank: a name before "ransomware attack" is not read here.) */
const R_TOOL_TRAIT = /^(?:\s(?:ransomware|malware)(?!\s(?:attacks?|incidents?|infections?|outbreak|hit|hits|struck|crisis)\b)|\s(?:(?:ransomware|malware|worm)\s)?(?:variants?|strains?|samples?|payloads?|infections?|decryptors?|source\scode|outbreak|epidemic|encrypts|encrypted|spreads|spread\sto|infects|infected\s(?:more|over|about|some|\d))\b)/i;
/** Before the name: what is said only of software ("infected with Grimlock", "a new version of Grimlock"). */
const L_TOOL = /\b(?:infected\s(?:with|by)|(?:hit|struck|affected|crippled|encrypted|extorted|locked)\sby|(?:variant|version|strain|sample)s?\sof|decryptor\sfor|decrypt)\s(?:the\s)?(?:new\s|latest\s)?$/i;

/** Most mentions of the name present it as malicious software: the weapon, not the victim. */
function isMaliciousTool(c: Cluster, doc: Document): boolean {
  let tool = 0;
  let trait = 0;
  for (const m of c.mentions) {
    const right = doc.text.slice(m.end, Math.min(m.sentence.end, m.end + 80));
    if (R_TOOL.test(right)) tool++;
    else if (R_TOOL_TRAIT.test(right) || L_TOOL.test(doc.text.slice(Math.max(m.sentence.start, m.start - 60), m.start))) trait++;
  }
  // a name presented as software in most mentions, or in several with no structural victim role ("Grimlock
  // ransomware", "infected with Grimlock" beside "the Grimlock attack")
  return (tool > 0 && tool * 2 >= c.mentions.length) || ((tool + trait) * 2 >= c.mentions.length && tool + trait >= 1)
    || (tool + trait >= 2 && !c.mentions.some((m) => m.strong && m.rule?.id !== 'incident-noun'));
}

/** One capitalised word that the article writes in lower case at least as often: a common word. */
function isCommonWord(c: Cluster, lower: Map<string, number>): boolean {
  return [...c.forms.entries()].every(([f, n]) => /^\p{Lu}[\p{Ll}-]+$/u.test(f) && (lower.get(f.toLowerCase()) ?? 0) >= n);
}

function isAuthority(c: Cluster): boolean {
  return [...c.forms.keys()].some((f) => AUTHORITY_SET.has(f.toLowerCase()) || /\b(?:Police|Commissioner|Constabulary|FBI)\b/.test(f) || CYBER_AUTHORITY.test(f));
}


/** The name as the article mostly writes it, without a leading "the". */
function pickName(forms: string[], headline: string, capsMid: Map<string, number>): string {
  const f = forms[0]!.replace(/^the\s/i, '');
  // "Embattled Harbourne Bank" where the headline says "Harbourne Bank": a word capitalised only where it
  // opens a sentence, glued on before the name
  const glued = /^(\p{Lu}\p{Ll}+)\s(\p{Lu}.*)$/u.exec(f);
  if (glued && !capsMid.has(glued[1]!) && !PREFIX_SET.has(glued[1]!.toLowerCase()) && !COUNTRY_MAP.has(glued[1]!) && wordIn(headline, glued[2]!) && !wordIn(headline, f)
    && glued[2]!.split(/\s+/).some((w) => !SUFFIX_SET.has(w.toLowerCase()) && !NOT_NAME_SET.has(w) && !CONNECTORS.has(w.toLowerCase()))) return glued[2]!;
  return f;
}
