// Words that mark a passage as background: another incident, another victim or a trend. Read by
// src/extract/scope.ts; one list each, built into patterns there.

/** Incident nouns a background passage names ("an earlier breach", "a separate attack"). */
export const INCIDENT_NOUNS: readonly string[] = [
  'breach', 'breaches', 'attack', 'attacks', 'cyberattack', 'cyberattacks', 'cyber-attack', 'cyber-attacks', 'hack',
  'hacks', 'incident', 'incidents', 'intrusion', 'intrusions', 'leak', 'leaks', 'compromise', 'compromises',
  'data breach', 'data breaches', 'ransomware attack', 'ransomware attacks', 'cyber incident', 'cyber incidents',
  'security incident', 'security incidents', 'data leak', 'data leaks',
];

/** Adjectives that set an incident apart from this one ("a separate incident", "last year's breach"). */
export const OTHER_INCIDENT_ADJECTIVES: readonly string[] = [
  'separate', 'unrelated', 'earlier', 'previous', 'prior', 'past', 'different', "last year's", 'last year’s',
  'older', 'similar',
];

/** Verbs of a victim suffering an incident ("suffered a breach", "was hit by ransomware"). */
export const SUFFERED_VERBS: readonly string[] = [
  'suffered', 'experienced', 'sustained', 'endured', 'fell victim to', 'was hit by', 'were hit by', 'was hit with', 'were hit with', 'was struck by',
  'was breached', 'were breached', 'was hacked', 'were hacked', 'was attacked', 'were attacked', 'was targeted',
  'were targeted', 'was compromised', 'were compromised', 'disclosed a', 'reported a', 'confirmed a', 'announced a',
  'disclosed an', 'reported an', 'confirmed an', 'announced an',
  'has been hit', 'have been hit', 'had been hit', 'has been breached', 'had been breached', 'also hit', 'also targeted',
  'went offline after', 'was taken offline after', 'was knocked offline', 'was forced offline',
];

/** Phrases of statistics and trends across many incidents ("on average", "a report found"). */
export const TREND_PHRASES: readonly string[] = [
  'on average', 'average cost', 'each year', 'every year', 'per year', 'annually', 'so far this year',
  'a study', 'a survey', 'the survey', 'the study', 'report found', 'study found', 'survey found', 'research found',
  'research shows', 'according to statistics', 'statistics from', 'in the first half of', 'year-on-year',
  'year over year',
  // a change across many incidents ("a rise in cyberattacks on ports")
  'rise in attacks', 'rise in cyberattacks', 'rise in cyber attacks', 'rise in ransomware', 'rise in breaches', 'rise in data breaches',
  'surge in attacks', 'surge in cyberattacks', 'surge in cyber attacks', 'surge in ransomware', 'surge in breaches',
  'increase in attacks', 'increase in cyberattacks', 'increase in cyber attacks', 'increase in ransomware', 'increase in breaches',
  'wave of attacks', 'wave of cyberattacks',
  // a ranking or a rate across a sector ("the most targeted industry", "the frequency of attacks")
  'most attacked', 'most targeted', 'most breached', 'the frequency of', 'the number of attacks', 'the number of breaches',
  'the number of ransomware', 'the number of cyberattacks',
];

/** Words that set another organisation beside the victim ("rival retailer X", "fellow insurer Y"). */
export const RIVAL_WORDS: readonly string[] = ['rival', 'fellow', 'competitor', 'competing', 'sister', 'peer'];

/** Words that make an organisation the victim's supplier when a sentence names it ("its software vendor X",
 * "X, which supplies the tills"): its incident reached the victim, it is no other story. */
export const SUPPLIER_WORDS: readonly string[] = [
  'supply', 'supplies', 'supplied', 'supplier', 'vendor', 'provider', 'contractor', 'software', 'third-party', 'third party',
  'outsourced', 'outsourcing', 'outsources',
];

/** When a group appeared, followed in the pattern by a year ("first seen in 2019", "emerged in mid-2021"). */
export const GROUP_EMERGED: readonly string[] = [
  'first seen', 'first spotted', 'first observed', 'first emerged', 'first appeared', 'emerged', 'surfaced', 'active since',
  'operating since', 'has been active since', 'has operated since', 'first came to public attention', 'came to public attention',
  'first came public', 'came public', 'first came to light', 'first surfaced', 'first showed up',
];

/** Whom a group hit before ("has claimed attacks on …", "has previously targeted …"). */
export const GROUP_HISTORY: readonly string[] = [
  'has claimed attacks', 'has claimed more than', 'has claimed dozens', 'has claimed hundreds', 'has claimed breaches',
  'has been blamed for', 'has been linked to attacks', 'has been tied to attacks', 'has been behind attacks',
  'has previously targeted', 'has previously attacked', 'has previously hit', 'has previously claimed', 'previously claimed',
  'has since targeted', 'has also targeted', 'has also claimed', 'was previously behind', 'were previously behind',
  'has previously been behind', 'has previously been blamed for', 'has previously been linked to', 'has previously been tied to',
];

/**
 * Openers of a teaser for another story ("Related: …", "Read more: …", "See also …"): the page-furniture
 * reader drops such lines, and the extractors skip a teaser left inside a paragraph or a heading.
 */
export const TEASER_OPENERS: readonly string[] = [
  'related', 'related stories', 'related articles', 'related reading', 'related content', 'related coverage',
  'related news', 'read more', 'read next', 'read also', 'also read', 'also', 'see also', 'more on this', 'more on',
  'recommended', 'recommended reading', 'further reading', 'must read', "don't miss", 'trending', 'popular',
  'you may also like', "editor's pick",
];

/** Threat terms an explainer defines ("Ransomware is a type of …", "A DDoS attack floods …"): bare or with "a/an",
 * never "the" (the ransomware of this incident). Written as mid-sentence; the pattern reads them capitalised, as a
 * definition opens its sentence. */
export const THREAT_TERMS: readonly string[] = [
  'ransomware', 'ransomware attacks', 'malware', 'spyware', 'adware', 'phishing', 'phishing attacks', 'spear-phishing', 'spear phishing', 'smishing', 'vishing',
  'whaling', 'pharming', 'credential stuffing', 'password spraying', 'a brute-force attack', 'brute-force attacks',
  'social engineering', 'business email compromise', 'SQL injection', 'an SQL injection', 'cross-site scripting',
  'card skimming', 'skimming', 'a skimmer', 'skimmers', 'a keylogger', 'keyloggers', 'a trojan', 'trojans', 'a botnet',
  'botnets', 'a worm', 'a zero-day', 'zero-days', 'an infostealer', 'infostealers', 'cryptojacking', 'SIM swapping',
  'a SIM swap', 'double extortion', 'a wiper', 'wipers', 'a DDoS attack', 'DDoS attacks', 'DDoS', 'a distributed denial-of-service attack',
  'a denial-of-service attack', 'a data breach', 'data breaches', 'a cyberattack', 'a cyber-attack', 'a ransomware attack',
  'a phishing attack', 'a supply-chain attack', 'a supply chain attack', 'a man-in-the-middle attack',
];

/** Head nouns of a definition ("… is a type of malware", "… is the practice of …", "… is a scam in which …"). */
export const DEFINITION_HEADS: readonly string[] = [
  'type', 'form', 'kind', 'variant', 'strain', 'family', 'category', 'class', 'piece', 'practice', 'attempt', 'act',
  'process', 'technique', 'tactic', 'method', 'scam', 'fraud', 'software', 'program', 'programme', 'malware', 'virus',
  'code', 'attack', 'crime', 'cybercrime', 'term', 'name', 'tool', 'threat', 'incident', 'event', 'situation', 'way',
];

/** Verbs that name what a threat term means ("Smishing refers to …", "Skimming involves …"). Verbs of what a threat
 * does ("ransomware encrypts …", "phishing happens when …") are left out: the same present tense tells this incident's
 * steps as often ("the malware encrypts files, then …"), and a statistic ("ransomware infects 100,000 computers a day")
 * may name the incident's own date. */
export const DEFINITION_VERBS: readonly string[] = [
  'refers to', 'means', 'describes', 'denotes', 'stands for', 'is defined as', 'is short for', 'involves',
];

/** Organisation nouns that "another …" sets beside the victim ("another Japanese company, X, …"). */
export const OTHER_ORG_NOUNS: readonly string[] = [
  'company', 'corporation', 'firm', 'organisation', 'organization', 'business', 'retailer', 'manufacturer', 'maker',
  'hospital', 'clinic', 'health system', 'council', 'municipality', 'city', 'county', 'town', 'school', 'school board',
  'school district', 'university', 'college', 'bank', 'lender', 'insurer', 'provider', 'agency', 'operator', 'exchange',
  'platform', 'chain', 'group', 'brand', 'carrier', 'airline', 'utility', 'entity', 'institution', 'victim',
];
