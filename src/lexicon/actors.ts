// Threat actors: well-known group names (general knowledge, not taken from any one article), the
// naming schemes vendors use, and the words that are never an actor's name.
import type { ActorKind } from '../record.js';

export interface KnownActor {
  /** Canonical spelling. */
  name: string;
  kind: ActorKind;
  /** Other spellings and vendor names for the same actor (matched case-insensitively). */
  aliases?: readonly string[];
  /** The name is also an ordinary word ("Silence", "Play"): only taken next to a group/gang/ransomware cue. */
  needsCue?: boolean;
}

export const KNOWN_ACTORS: readonly KnownActor[] = [
  // ransomware and extortion operations
  { name: 'Cl0p', kind: 'ransomware-group', aliases: ['Clop', 'TA505'] }, // "the Cl0p gang exploited MOVEit"
  { name: 'LockBit', kind: 'ransomware-group' },
  { name: 'ALPHV', kind: 'ransomware-group', aliases: ['BlackCat', 'ALPHV/BlackCat', 'Blackcat/AlphV'] },
  { name: 'Conti', kind: 'ransomware-group' },
  { name: 'REvil', kind: 'ransomware-group', aliases: ['Sodinokibi'] },
  { name: 'DarkSide', kind: 'ransomware-group' },
  { name: 'BlackMatter', kind: 'ransomware-group' },
  { name: 'Black Basta', kind: 'ransomware-group' },
  { name: 'Rhysida', kind: 'ransomware-group' },
  { name: 'Akira', kind: 'ransomware-group', needsCue: true },
  { name: 'Royal', kind: 'ransomware-group', needsCue: true },
  { name: 'Play', kind: 'ransomware-group', needsCue: true },
  { name: 'Hive', kind: 'ransomware-group', needsCue: true },
  { name: 'Maze', kind: 'ransomware-group', needsCue: true },
  { name: 'Snatch', kind: 'ransomware-group', needsCue: true },
  { name: 'Medusa', kind: 'ransomware-group', needsCue: true },
  { name: 'Cuba', kind: 'ransomware-group', needsCue: true },
  { name: 'Vice Society', kind: 'ransomware-group' },
  { name: 'BianLian', kind: 'ransomware-group' },
  { name: '8Base', kind: 'ransomware-group' },
  { name: 'Ragnar Locker', kind: 'ransomware-group' },
  { name: 'NetWalker', kind: 'ransomware-group' },
  { name: 'Babuk', kind: 'ransomware-group' },
  { name: 'Avaddon', kind: 'ransomware-group' },
  { name: 'Egregor', kind: 'ransomware-group' },
  { name: 'DoppelPaymer', kind: 'ransomware-group' },
  { name: 'Karakurt', kind: 'ransomware-group' },
  { name: 'RansomHub', kind: 'ransomware-group' },
  { name: 'Qilin', kind: 'ransomware-group' },
  { name: 'INC Ransom', kind: 'ransomware-group' },
  { name: 'Hunters International', kind: 'ransomware-group' },
  { name: 'Everest', kind: 'ransomware-group', needsCue: true },
  { name: 'Lorenz', kind: 'ransomware-group', needsCue: true },
  { name: 'Ryuk', kind: 'ransomware-group', needsCue: true }, // also a malware strain
  { name: 'DragonForce', kind: 'ransomware-group' },
  { name: 'BlackSuit', kind: 'ransomware-group' },
  { name: 'Cactus', kind: 'ransomware-group', needsCue: true },
  { name: 'Daixin Team', kind: 'ransomware-group', aliases: ['Daixin'] },
  { name: 'Money Message', kind: 'ransomware-group' },
  { name: 'Trigona', kind: 'ransomware-group' },
  { name: 'Mallox', kind: 'ransomware-group' },
  { name: 'Interlock', kind: 'ransomware-group', needsCue: true },
  { name: 'SamSam', kind: 'ransomware-group' },
  { name: 'GandCrab', kind: 'ransomware-group' },
  { name: 'Scattered Spider', kind: 'group', aliases: ['UNC3944', 'Octo Tempest'] },
  { name: 'ShinyHunters', kind: 'group' },
  { name: 'Lapsus$', kind: 'group', aliases: ['Lapsus', 'DEV-0537'] },
  { name: 'Karma', kind: 'group', needsCue: true },
  { name: 'Desorden', kind: 'group' },
  { name: 'IntelBroker', kind: 'person' },
  { name: 'USDoD', kind: 'person' },
  { name: 'Magecart', kind: 'group' },
  { name: 'FIN7', kind: 'group', aliases: ['Carbanak'] },
  { name: 'Cobalt Group', kind: 'group' },
  { name: 'Silence', kind: 'group', needsCue: true },
  { name: 'MoneyTaker', kind: 'group' },
  { name: 'TheDarkOverlord', kind: 'group', aliases: ['The Dark Overlord', 'Dark Overlord', 'TDO'] },
  { name: 'Shadow Brokers', kind: 'group', aliases: ['The Shadow Brokers'] },
  { name: 'OurMine', kind: 'group' },
  { name: 'Lizard Squad', kind: 'group' },
  { name: 'LulzSec', kind: 'group' },
  { name: 'Anonymous', kind: 'group', needsCue: true },
  { name: 'Killnet', kind: 'group' },
  { name: 'Anonymous Sudan', kind: 'group' },
  { name: 'NoName057(16)', kind: 'group' },
  { name: 'SiegedSec', kind: 'group' },
  { name: 'Guccifer 2.0', kind: 'person' },
  { name: 'DCLeaks', kind: 'group', aliases: ['DC Leaks'] },
  { name: 'Syrian Electronic Army', kind: 'group' },
  // state-linked APT groups (vendor names in `aliases`)
  { name: 'Lazarus Group', kind: 'group', aliases: ['Lazarus', 'Hidden Cobra', 'APT38', 'BlueNoroff', 'Andariel'] },
  { name: 'Kimsuky', kind: 'group', aliases: ['APT43', 'Velvet Chollima'] },
  { name: 'Fancy Bear', kind: 'group', aliases: ['APT28', 'Sofacy', 'Strontium', 'Forest Blizzard', 'Pawn Storm', 'Sednit', 'Fancy Bears'] },
  { name: 'Cozy Bear', kind: 'group', aliases: ['APT29', 'Nobelium', 'Midnight Blizzard', 'The Dukes'] },
  { name: 'Sandworm', kind: 'group', aliases: ['Voodoo Bear', 'Seashell Blizzard', 'APT44'] },
  { name: 'Turla', kind: 'group', aliases: ['Snake', 'Venomous Bear'], needsCue: true },
  { name: 'APT10', kind: 'group', aliases: ['Stone Panda', 'menuPass'] },
  { name: 'APT41', kind: 'group', aliases: ['Winnti', 'Double Dragon', 'Barium'] },
  { name: 'Hafnium', kind: 'group', aliases: ['Silk Typhoon'] },
  { name: 'Volt Typhoon', kind: 'group' },
  { name: 'Salt Typhoon', kind: 'group' },
  { name: 'Charming Kitten', kind: 'group', aliases: ['APT35', 'Phosphorus', 'Mint Sandstorm'] },
  { name: 'OilRig', kind: 'group', aliases: ['APT34', 'Helix Kitten'] },
  { name: 'MuddyWater', kind: 'group' },
  { name: 'Equation Group', kind: 'group' },
  { name: 'Tick', kind: 'group', aliases: ['Bronze Butler'], needsCue: true },
  { name: 'Callisto Group', kind: 'group', aliases: ['Callisto'] },
  { name: 'Gamaredon', kind: 'group' },
  { name: 'DarkHotel', kind: 'group' },
  { name: 'Greenbug', kind: 'group' },
  // state bodies named as the attacker
  { name: 'GRU', kind: 'nation-state' },
  { name: 'SVR', kind: 'nation-state' },
  { name: 'FSB', kind: 'nation-state', needsCue: true },
  { name: "People's Liberation Army", kind: 'nation-state', needsCue: true },
];

/** Vendor naming schemes: "APT28", "FIN7", "UNC2452", "TA505", "DEV-0537", "Storm-0558". */
export const CODE_NAME = /\b(?:APT\s?-?\d{1,3}|FIN\d{1,2}|UNC\d{3,4}|TA\d{3}|DEV-\d{4}|Storm-\d{4})\b/g;
/** Animal and weather names: "Fancy Bear", "Stone Panda", "Charming Kitten", "Wizard Spider", "Volt Typhoon". */
export const FAMILY_NAME = /\b[A-Z][a-z]{2,15}\s(?:Bear|Panda|Kitten|Chollima|Spider|Jackal|Typhoon|Blizzard|Sleet|Sandstorm|Tempest)s?\b/g;

/** Words that are never a threat actor's name on their own. */
export const GENERIC_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'it', 'its', 'they', 'them', 'he', 'she', 'this', 'that', 'these', 'those', 'who', 'which',
  'hacker', 'hackers', 'attacker', 'attackers', 'group', 'groups', 'gang', 'gangs', 'criminal', 'criminals',
  'cybercriminal', 'cybercriminals', 'cyber criminals', 'fraudster', 'fraudsters', 'scammer', 'scammers',
  'nobody', 'no one', 'none', 'anyone', 'everyone', 'somebody', 'third party', 'a third party', 'unauthorized party', 'unauthorised party', 'unknown', 'unnamed', 'someone',
  'threat actor', 'threat actors', 'actor', 'actors', 'intruder', 'intruders', 'ransomware', 'malware', 'operation',
  'company', 'firm', 'police', 'fbi', 'researchers', 'researcher', 'investigators', 'officials', 'authorities',
  'government', 'hacking', 'cyber', 'security', 'data', 'breach', 'attack', 'responsibility', 'credit',
  'twitter', 'telegram', 'x', 'facebook', 'reddit', 'discord', 'github', 'pastebin', 'dark web', 'tor', 'web',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'us', 'u.s', 'uk',
  'new', 'recent', 'another', 'one', 'two', 'some', 'many', 'several', 'both', 'all', 'no', 'if', 'but', 'and',
  'also', 'since', 'while', 'when', 'after', 'before', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'as',
  'advanced', 'persistent', 'threat', 'russia', 'china', 'iran', 'north korea', 'pyongyang', 'beijing', 'moscow',
  'tehran', 'kremlin', 'mr', 'ms', 'mrs', 'dr', 'his', 'her', 'their', 'our', 'we', 'i', 'you', 'said', 'says', 'itself', 'themselves',
  // adverbs that open a sentence before a comma ("Afterwards, a hacktivist crew ..."): never the name an appositive describes
  'later', 'earlier', 'meanwhile', 'however', 'then', 'separately', 'previously', 'subsequently', 'additionally', 'moreover',
  'furthermore', 'today', 'yesterday', 'now', 'instead', 'afterwards', 'afterward', 'eventually', 'finally', 'initially',
]);

/** Nationality and region adjectives: "Russian hackers" names no actor. */
export const NATIONALITIES: ReadonlySet<string> = new Set([
  'russian', 'chinese', 'iranian', 'north korean', 'korean', 'american', 'israeli', 'ukrainian', 'syrian',
  'turkish', 'indian', 'pakistani', 'vietnamese', 'brazilian', 'nigerian', 'romanian', 'british', 'french',
  'german', 'italian', 'spanish', 'dutch', 'european', 'asian', 'african', 'arab', 'saudi', 'palestinian',
  'belarusian', 'kazakh', 'canadian', 'australian', 'japanese', 'state-sponsored', 'state-backed', 'foreign',
  'unknown', 'unidentified', 'unnamed', 'anonymous', 'sophisticated', 'notorious', 'infamous', 'prolific',
]);

/** Last words that make a name an organisation that is not an attacker (vendors, researchers, victims). */
export const NOT_ACTOR_WORD = /\b(?:Security|Labs?|Research|Technologies|Technology|Inc|Corp|Corporation|Ltd|LLC|Limited|Systems|Networks|Software|Intelligence|Solutions|Services|Bank|Hospital|Health|University|College|School|Council|Department|Ministry|Agency|Police|Bureau|Court|Commission|Office|Times|News|Post|Journal|Magazine|Media|Insurance|Airlines?|Airways|Motors|Pharmaceuticals?|Holdings|Partners|Capital|Financial|Foundation|Institute|Center|Centre|Association|Society)\.?$/;

/** Legal words that make a named person in the sentence a suspect or convict ("Jane Roe, 25, was charged"). */
export const PERSON_LEGAL = /\b(?:charged|indicted|indictment|allegedly|arrested|sentenced|convicted|extradited|pleaded guilty|pled guilty|pleads guilty|found guilty|admit(?:ted|s) (?:to )?(?:hacking|stealing|accessing|breaching|unlawfully|illegally|computer misuse)|accused|suspect(?:ed)?|detained|jailed|prosecuted|faces? charges|custody|wire fraud|computer fraud|conspiracy)\b/i;

/** Titles before a name: "Judge Jane Roe" is not a suspect. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'judge', 'justice', 'attorney', 'prosecutor', 'officer', 'detective', 'agent', 'director', 'president', 'senator',
  'minister', 'secretary', 'chief', 'ceo', 'cto', 'ciso', 'spokesman', 'spokeswoman', 'spokesperson', 'sheriff',
  'commissioner', 'governor', 'mayor', 'general', 'inspector', 'sergeant', 'lawyer', 'counsel', 'professor',
  'researcher', 'analyst', 'district', 'federal', 'u.s', 'us', 'united', 'state', 'county', 'court',
]);

/** Capitalised words of a headline that are not part of a name ("Hospital Hit By Snatch Ransomware Gang"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'hit', 'hits', 'hacked', 'hacks', 'breached', 'breaches', 'attacked', 'attacks', 'by', 'says', 'say', 'claims',
  'claim', 'confirms', 'confirm', 'blames', 'blamed', 'behind', 'suspected', 'alleged', 'notorious', 'new', 'of',
  'from', 'after', 'as', 'to', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'how', 'why', 'what', 'is', 'are',
  'was', 'were', 'linked', 'tied', 'targets', 'targeted', 'steals', 'stole', 'leaks', 'leaked', 'via',
]);

/** The mention recalls another, earlier incident ("such as", "the following year", "was also behind"); a group "known for" a habit is described, not recalled. */
export const BACKGROUND_CUE = /\b(?:such as|for example|for instance|previously|in the past|the following year|the year before|was also behind|were also behind|has also|have also|other attacks|earlier attacks|past attacks|a string of|a series of|history of|track record|similarit(?:y|ies) (?:to|with|between)|similar to|resembl(?:e|es|ed|ing|ance)|(?:operationally )?distinct from|unlike|(?:have|has) (?:also )?(?:made use of|used|employed) (?:this|the same|a similar|similar) (?:tactic|technique|method|approach|trick)s?)\b/i;

/** Nouns for a malicious program, beside which a known family is the gang's own tool ("the crypto-virus X", "a virus known as X", "the X encryptor"). */
export const MALWARE_NOUNS = String.raw`ransomware|malware|(?:crypto-?)?virus|encryptor|locker|trojan|strain|variant`;
