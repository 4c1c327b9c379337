// Words for the affected-count extractor: what a headline number counts, how numbers are written,
// and the context cues that make a count this incident's count (or someone else's).
import type { AffectedUnit } from '../record.js';
import { alternation } from '../regexp.js';
import { TEASER_OPENERS } from './scope.js';

/** Nouns a count can be of (lower-case, plural and singular), with the unit they count. */
export const UNIT_NOUNS: ReadonlyArray<readonly [string, AffectedUnit]> = [
  ['people', 'people'], // "43,000 people"
  ['persons', 'people'],
  ['individuals', 'people'], // "details of 43,000 individuals"
  ['customers', 'people'], // "270,000 customers"
  ['clients', 'people'],
  ['users', 'people'], // "60 million users"
  ['patients', 'people'], // "nearly 3,000 patients"
  ['members', 'people'],
  ['employees', 'people'], // "nearly 4,000 employees" (size cues are handled separately)
  ['staff', 'people'],
  ['workers', 'people'],
  ['students', 'people'],
  ['pupils', 'people'],
  ['consumers', 'people'], // "at least 3-million consumers"
  ['citizens', 'people'],
  ['voters', 'people'],
  ['residents', 'people'],
  ['subscribers', 'people'],
  ['policyholders', 'people'],
  ['holders', 'people'], // "2.3m account holders"
  ['cardholders', 'people'],
  ['victims', 'people'],
  ['guests', 'people'],
  ['passengers', 'people'],
  ['travellers', 'people'],
  ['travelers', 'people'],
  ['applicants', 'people'],
  ['taxpayers', 'people'],
  ['shoppers', 'people'],
  ['donors', 'people'],
  ['veterans', 'people'],
  ['children', 'people'],
  ['households', 'people'],
  ['borrowers', 'people'],
  ['investors', 'people'],
  ['visitors', 'people'],
  ['players', 'people'],
  ['gamers', 'people'],
  ['beneficiaries', 'people'],
  ['enrollees', 'people'],
  ['retirees', 'people'],
  ['pensioners', 'people'],
  ['drivers', 'people'],
  ['riders', 'people'],
  ['personnel', 'people'],
  ['contractors', 'people'],
  ['inmates', 'people'],
  ['claimants', 'people'],
  ['teachers', 'people'],
  ['staffers', 'people'],
  ['nurses', 'people'],
  ['doctors', 'people'],
  ['physicians', 'people'],
  ['officers', 'people'],
  ['soldiers', 'people'],
  ['athletes', 'people'],
  ['fans', 'people'],
  ['readers', 'people'],
  ['followers', 'people'],
  ['homeowners', 'people'],
  ['tenants', 'people'],
  ['renters', 'people'],
  ['callers', 'people'],
  ['listeners', 'people'],
  ['viewers', 'people'],
  ['learners', 'people'],
  ['graduates', 'people'],
  ['alumni', 'people'],
  ['adults', 'people'],
  ['minors', 'people'],
  ['nationals', 'people'],
  ['candidates', 'people'],
  ['recipients', 'people'],
  ['survivors', 'people'],
  ['volunteers', 'people'],
  ['supporters', 'people'],
  ['owners', 'people'],
  ['accountholders', 'people'],
  ['jobseekers', 'people'],
  ['americans', 'people'], // "143 million Americans"
  ['britons', 'people'],
  ['filipinos', 'people'],
  ['accounts', 'accounts'], // "200m webmail accounts"
  ['profiles', 'accounts'],
  ['logins', 'accounts'],
  ['credentials', 'accounts'],
  ['passwords', 'accounts'],
  ['usernames', 'accounts'],
  ['records', 'records'], // "10 million records"
  ['rows', 'records'],
  ['entries', 'records'],
  ['details', 'records'], // "1 million consumer details"
  ['numbers', 'records'], // "500,000 Social Security numbers"
  ['addresses', 'records'], // "1.4 million email addresses"
  ['cards', 'records'], // "40 million payment cards"
  ['identities', 'records'],
  ['photos', 'records'],
  ['images', 'records'],
  ['passports', 'records'],
  ['documents', 'records'], // "8,000 documents were published": items of data, counted as records
  ['posts', 'records'],
  ['spreadsheets', 'records'],
  ['pieces', 'records'], // "770,000 pieces of personal data"
  ['items', 'records'], // "about 90,000 items of customer data"
  ['devices', 'devices'], // "300,000 devices"
  ['vehicles', 'devices'], // "location data from 500,000 connected vehicles"
  ['cars', 'devices'],
  ['computers', 'devices'], // "300,000 computers in 150 countries"
  ['machines', 'devices'],
  ['pcs', 'devices'],
  ['phones', 'devices'],
  ['smartphones', 'devices'],
  ['handsets', 'devices'],
  ['servers', 'devices'],
  ['routers', 'devices'],
  ['endpoints', 'devices'],
];

/** Capitalised demonyms count people too ("9 million Australians"). */
export const DEMONYM = /^(?:[A-Z][a-z]{2,20}(?:ans|ians|landers|ese|is)|Britons|Swedes|Finns|Danes|Poles|Czechs|Slovaks|Scots|Thais|Kiwis|Filipinos)$/;

/**
 * Words that may stand between a number and its noun ("270,000 current and former customers",
 * "1.2 million Examplemail users"). Anything in STOP_WORDS ends the walk instead.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'in', 'to', 'for', 'from', 'by', 'were', 'was', 'is', 'are', 'be', 'been', 'have', 'has', 'had', 'that', 'which',
  'who', 'on', 'at', 'with', 'than', 'per', 'a', 'an', 'as', 'or', 'but', 'while', 'since', 'after', 'before',
  'when', 'where', 'it', 'its', 'this', 'these', 'those', 'they', 'their', 'them', 'we', 'he', 'she', 'times',
  'years', 'year', 'months', 'days', 'hours', 'minutes', 'weeks', 'percent', 'per-cent', 'dollars', 'pounds',
  'euros', 'yen', 'rupees', 'bitcoin', 'companies', 'organisations', 'organizations', 'businesses', 'firms',
  'hotels', 'stores', 'shops', 'restaurants', 'branches', 'locations', 'sites', 'websites', 'countries', 'cities',
  'files', 'documents', 'pages', 'gb', 'tb', 'mb', 'gigabytes', 'terabytes', 'megabytes', 'bytes', 'lines',
  'downloads', 'apps', 'comments', 'posts', 'tweets', 'views', 'visits', 'hospitals', 'clinics', 'schools',
  'banks', 'agencies', 'vendors', 'groups', 'forums', 'databases', 'breaches', 'incidents', 'attacks',
  'letters', 'messages', 'notices', 'emails', 'calls', 'recordings', 'samples', 'campaigns', 'variants', 'domains',
  'families', 'spreadsheets', 'properties', 'games', 'products', 'models', 'versions', 'vulnerabilities', 'flaws',
]);

export { NUMBER_WORDS, SCALES } from './numbers.js';

/** The sentence talks about harm done in an incident ("affected", "exposed", "stolen"). */
export const HARM_CUE = /\b(?:affect|impact|expos|compromis|stole|stolen|theft|leak|breach|hack|access|obtain|download|dump|publish|post(?:ed|ing)|for sale|sold|selling|notif|warn|involv|exfiltrat|taken|scrap|at risk|unprotected|unsecured|left open|without (?:service|communication|connection|access|internet|mobile)|offline|outage|disrupt|belong|whose|contact|letters?|victims?|infect|encrypt|lock|claim|hit|collect|harvest|caught up|exposure|personal (?:data|details|information)|data of|details of|information (?:of|on|about)|database|data ?set|contain(?:ed|s|ing)?|included)/i;


/** Words just before a number that make it the size of an organisation, not a count of victims. */
export const SIZE_BEFORE = /(?:^[Ww]ith\s{1,3}|\b(?:has|have|had|employs|employing|employed|serves|serving|served|(?:company|firm|business|organi[sz]ation|bank|retailer|chain|provider|operator|insurer|network|platform|service|employer|university|district|system|city|town|county|village|borough|municipality|state|country|region|province|community|school|college|hospital|council|campus) with|boasts|claims|counts|operates|runs|of its|among its|out of|base of|workforce of|population of|total of its|cohort of|enrol(?:l)?ments? of|student body of|membership of|headcount of|home to)\s{1,3})(?:(?:more than|over|about|around|nearly|almost|some|roughly|approximately|close to|an estimated|at least|just over|just under|upwards of)\s{1,3})?$/i;

/**
 * Those an organisation serves, told in the present tense: "provides water to", "supplies electricity to",
 * "insures", "cares for". Its size, not the people hit (single spaces: the pattern stays linear).
 */
export const SERVICE_TO = /\b(?:(?:provides?|providing|supplies|supplying|delivers|delivering|sells|selling)\s(?:(?:drinking|clean|waste|health|mobile|internet|financial|banking|its|their)\s)?(?:water|electricity|power|gas|energy|heat|services?|care|coverage|insurance|broadband|internet|connectivity|utilities|treatment|products|loans|pensions?)\s(?:and\s[a-z-]{2,20}\s)?to|insures|cares\sfor|looks\safter|treats)\s(?:the\s)?(?:(?:more than|over|about|around|nearly|almost|some|roughly|approximately|close to|an estimated|at least|just over|just under|upwards of)\s)?$/i;

/** "manages the personal and billing data of more than 2 million customers": what it holds, its size. */
export const MANAGES_DATA_OF = /\bmanages\s(?:the\s)?(?:[a-z-]{2,20},?\s){0,4}(?:data|information|records|details|accounts|money|savings|pensions?)\s(?:of|for|on)\s(?:the\s)?(?:(?:more than|over|about|around|nearly|almost|some|roughly|approximately|close to|an estimated|at least|just over|just under|upwards of)\s)?$/i;

/**
 * The people of a place: "a town with about 40,000 residents", "the largest city in the valley with 30,000",
 * "is home to 95,000". A population, not the people hit.
 */
export const PLACE_SIZE = /(?:\b(?:city|town|village|county|municipality|borough|district|island|state|province|region|community|parish|suburb|country|nation)(?:\s(?:in|of|on|near)(?:\s[a-z'’-]{2,20}){1,3})?,?\swith|\bhome\sto)\s(?:(?:more than|over|about|around|nearly|almost|some|roughly|approximately|close to|an estimated|at least|just over|just under|upwards of)\s)?$/i;

/**
 * A sentence whose count is said of several incidents together: "two laptop thefts exposed 7,000 patients", "in
 * three separate cases", "Thefts of unencrypted laptops expose …" (a plural incident noun opening a headline). Its
 * figure totals more than this incident. Read word by word in the affected step (src/extract/affected.ts).
 */
export const SEVERAL_INCIDENTS = {
  /** Number words that make a plural incident noun within the next few words several incidents. */
  numbers: ['two', 'three', 'four', 'five', 'several', 'multiple'],
  /** Plural incident nouns. */
  nouns: ['incidents', 'breaches', 'attacks', 'cyberattacks', 'cyber-attacks', 'thefts', 'hacks', 'intrusions', 'cases', 'leaks'],
  /** Plural incident nouns that open a headline as its subject ("Thefts of …", "Breaches at …"). */
  openers: ['thefts', 'breaches', 'hacks', 'incidents', 'leaks', 'intrusions'],
  /** Words a number may stand before its incident noun by ("two recent laptop thefts"). */
  gap: 4,
} as const;

/** A sentence that compares with, or recalls, other breaches or general statistics. */
export const ELSEWHERE_CUE = /\b(?:compared (?:to|with)|for (?:instance|example)|any (?:breach|incident)|comparison|similar to|reminiscent|dwarf|pales|eclips|previous(?:ly)? (?:breach|hack|record)|(?:at|on|against|of) (?:a|an|one) (?:rival|competitor|competing)|prior breach|earlier breach|(?:in|of) recent (?:years|memory)|survey|study|studies|report found|research found|statistic|on average|average of|each year|every year|per year|each day|every day|per day|annually|years ago|back in (?:19|20)\d\d|in an? (?:19|20)\d\d (?:report|study|survey)|(?:very )?similar (?:data )?breach|(?:unconnected|unrelated|separate) (?:incident|breach|attack|hack)|so far this year|last year alone|(?:19|20)\d\d alone|worldwide total|since (?:19|20)\d\d|has been breached|were breached in (?:19|20)\d\d)\b/i;


/** A sentence that turns to another organisation's incident: it opens on "Meanwhile," / "Elsewhere," / "Separately," or says
 * someone "also reported/notified/suffered" one (read only when the victim is not named in it). */
export const ANOTHER_INCIDENT_CUE = /^\W{0,3}(?:meanwhile|elsewhere|separately)\b|\balso\s{1,3}(?:reported|notified|disclosed|suffered|announced|confirmed)\b/i;

/** Vague counts: "thousands of customers", "tens of millions of records", "millions of users". */
export const VAGUE_COUNT = /\b(?:(?:several|many|tens of|hundreds of)\s{1,3})?(?:hundreds|thousands|millions|billions)(?:\s{1,3}of\s{1,3}(?:thousands|millions))?\s{1,3}of\s{1,3}((?:[\w'’-]{1,25}\s{1,3}){0,3}?[a-z][\w'’-]{1,25})\b/gi;

/** The number is the attacker's claim, not the victim's count ("the hackers say they have 28 million records"). */
export const CLAIM_CUE = /\b(?:hackers?|attackers?|group|gang|criminals?|threat actors?|actor)\s{1,3}(?:\w{1,15}\s{1,3})?(?:says?|said|claims?|claimed|alleges?|alleged|boasts?|boasted)\b|\bclaim(?:s|ed|ing)? (?:to have|it has|they have|that it)/i;

/**
 * A trend across many incidents: "a fresh surge of payroll phishing scams hits over 90,000 workers",
 * "a wave of ransomware attacks hit 2 million patients this year". A plural incident noun beside a
 * trend word; the count is a tally of many victims, not this incident's.
 */
export const AGGREGATE_CUE = /\b(?:surge|wave|spate|rash|slew|string|series|epidemic|uptick|rise|increase|growing number|flurry|onslaught)\s{1,3}(?:of|in)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?(?:scams|attacks|breaches|incidents|campaigns|hacks|schemes|intrusions|compromises)\b/i;

/** A line that opens as a teaser for another story: "Related:", "Read more:", "See also". */
export const LINK_LINE = new RegExp(`^\\W{0,3}(?:${alternation(TEASER_OPENERS)})\\s{0,2}[:|»›-]`, 'i');
