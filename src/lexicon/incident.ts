// Incident lexicon: the words that say an article reports a security incident (versus vulnerability
// and patch news, research reports, advice), and the words for each incident type of the closed set.
import type { IncidentType } from '../record.js';
import { ruleTable, type PatternRule, type RuleTable } from '../rules.js';

/** Event language: something happened to an organisation ("was hacked", "suffered a data breach"). */
export const BREACH_EVENT: readonly RegExp[] = [
  /\b(?:was|were|has been|have been|had been|got|been) (?:\w+ ){0,2}?(?:hacked|breached|compromised|infiltrated|attacked|hit|targeted|infected|exposed|leaked|stolen|accessed|defaced|extorted|disrupted|crippled|taken|copied|downloaded|exfiltrated|misplaced|snooped on|encrypted)\b/i, // "was hacked", "records were taken"
  /\b(?:suffered|suffers|experienced|confirmed|confirms|disclosed|discloses|announced|announces|reported|reveals|revealed|admitted|admits|detected|discovered|is investigating|investigating) (?:a |an |the |one of the )?(?:\w+ ){0,3}?(?:breach|hack|cyber-?attack|cyber attack|attack|intrusion|incident|leak|compromise|ransomware)/i, // "suffered a data breach"
  /\b(?:data|security|privacy) (?:breach|incident|leak|lapse)\b|\bdata (?:slip|spill|loss|mishap)\b/i, // "data breach", "a data slip"
  /\b(?:hackers?|attackers?|cyber-?criminals?|criminals|intruders?|thieves|fraudsters|scammers) (?:\w+ ){0,2}?(?:breached|hacked|stole|accessed|broke into|gained access|compromised|infiltrated|obtained|made off|took|leaked|dumped|posted|hit|targeted|encrypted|locked)/i, // "hackers stole"
  /\bunauthori[sz]ed (?:access|party|parties|third party|individual|user|person|actor|acquisition|disclosure)\b/i, // "unauthorized access"
  /\b(?:ransomware|cyber-?attack|cyber attack|DDoS|denial[- ]of[- ]service) (?:attack )?(?:on|at|against|that hit|hit|struck|crippled|disrupted)\b/i, // "ransomware attack on"
  /\b(?:notif(?:y|ied|ying)|alert(?:ed|ing)|inform(?:ed|ing)|writing to|emailed) (?:\w+ ){0,3}?(?:customers|users|patients|employees|members|students|clients|individuals|people|victims)\b/i, // "notifying customers"
  /\b(?:exposed|leaked|stolen|compromised|accessed|exfiltrated) (?:\w+ ){0,3}?(?:records|data|information|details|accounts|files|documents|emails|passwords|credentials)\b/i, // "stolen customer data"
  /\b(?:personal|customer|patient|employee|user|sensitive|financial|payment|card|contact|account|login|private|confidential|health|medical|client|member|student|staff) (?:\w+ ){0,2}?(?:data|information|details|records) (?:\w+ ){0,3}?(?:was|were|has been|have been|had been|may have been|might have been) (?:\w+ ){0,2}?(?:exposed|leaked|stolen|compromised|accessed|obtained|taken|viewed|acquired)/i, // "customer data may have been accessed"
  /\bclaimed responsibility\b|\btook credit\b|\bransom (?:demand|note)\b|\bleak site\b|\bput (?:\w+ ){0,3}up for sale\b|\boffered for sale\b|\bdark web\b/i, // "claimed responsibility"
  /\b(?:taken|knocked|forced) offline\b|\bsystems? (?:outage|disruption)\b|\bshut down (?:its|some|all) (?:systems|network|servers)\b/i, // "knocked offline"
  /\b(?:phishing|spear-?phishing|BEC|W-2) (?:scam|attack|email|attempt)s? (?:\w+ ){0,4}?(?:hit|targeted|tricked|fooled|duped|victim|resulted)/i, // "phishing scam hit"
  /\bfell (?:victim|prey)\b|\bvictim of (?:a|an) /i, // "fell victim to"
  /\b(?:fail(?:ed|ing|ure|s)?|neglected) to (?:properly |adequately )?(?:protect|safeguard|secure) (?:\w+ ){0,3}?(?:data|information|records|details)\b/i, // "fined for failing to protect customer data"
  /\b(?:hackers?|attackers?|(?:cyber-?)?criminals|crooks|thieves|robbers|gangs?|intruders?|fraudsters|scammers|threat actors?) (?:\w+ ){0,2}?(?:took advantage of|exploited|abused|used|leveraged) (?:\w+ ){0,6}?to (?:enter|access|break into|get into|gain|steal|infiltrate|drain|compromise|take over|hijack|plant|install)\b/i, // "attackers exploited the flaw to break into its network"
  /\b(?:found|discovered|detected|uncovered) (?:\w+ ){0,3}?(?:keyloggers?|keylogging devices?|skimmers?|skimming devices?|malware|malicious (?:code|software|scripts?)|backdoors?|web shells?|cryptominers?|card-stealing code) (?:\w+ ){0,4}?(?:on|in|into|inside) (?:\w+ ){0,3}?(?:computers|PCs|laptops|systems|servers|networks?|terminals|registers|tills|machines|card readers|pumps|ATMs|cash machines|websites?|checkout pages?|payment pages?|point-of-sale)\b/i, // "staff found keyloggers plugged into library computers"
  /\b(?:forced|ordered|asked|told|required|prompted|forcing|ordering|asking|requiring) (?:\w+ ){0,4}?to (?:change|reset) (?:\w+ ){0,1}?passwords\b|\b(?:has|have|had) (?:\w+ ){0,2}?(?:reset|invalidated) (?:\w+ ){0,3}?passwords\b/i, // "forced all users to reset their passwords"
  /\b(?:employees?|staff(?: members?)?|workers?|contractors?|insiders?|ex-employees?|former employees?|an? (?:\w+ )?(?:nurse|clerk|officer|agent|technician)) (?:\w+ ){0,3}?(?:stole|copied|downloaded|emailed|sold|leaked|snooped|misused|inappropriately accessed|improperly accessed|took (?:\w+ ){0,2}?(?:data|records|files|information))\b|\b(?:inappropriately|improperly|illegally|wrongly) (?:accessed|viewed|shared|disclosed)\b|\baccessed (?:\w+ ){0,4}?without (?:authori[sz]ation|permission|a (?:legitimate|business) reason)\b/i, // "a former employee downloaded client records"
  /\b(?:mistakenly|accidentally|inadvertently|wrongly|erroneously) (?:sent|emailed|published|posted|shared|disclosed|exposed|uploaded|made public|released)\b/i, // "accidentally emailed a spreadsheet of patients"
  /\bleft (?:\w+ ){0,3}?(?:exposed|open|unprotected|unsecured|publicly (?:accessible|available|viewable)|accessible to anyone)\b|\b(?:unsecured|unprotected|misconfigured|password-?less|publicly accessible) (?:\w+ ){0,2}?(?:database|server|bucket|storage|cluster|repository|instance|backup)s?\b/i, // "a database left open to the internet"
  /\b(?:lost|misplaced|mislaid) (?:a|an|the|its|their|his|her|two|several) (?:\w+ ){0,2}?(?:laptops?|devices?|hard drives?|USB (?:sticks?|drives?)|memory sticks?|phones?|tablets?|backup tapes?|files|documents|records)\b|\b(?:laptops?|hard drives?|devices?|computers?|tablets?|backup tapes?) (?:\w+ ){0,6}?(?:was|were|had been|has been|have been) (?:\w+ ){0,1}?(?:stolen|lost|misplaced)\b/i, // "a laptop holding patient files was stolen"
  /\b(?:leaked|dumped) (?:\w+ ){0,2}?(?:online|on the (?:dark web|internet)|on (?:a |an )?(?:\w+ )?(?:forum|paste site|Telegram channel))\b|\b(?:users|customers|members|people|employees|patients|victims) (?:\w+ ){0,2}?(?:were|was|have been|had been) (?:\w+ ){0,1}?(?:victimi[sz]ed|duped|tricked|defrauded|scammed)\b/i, // "the records were leaked online", "users were duped"
];

/** Vulnerability, patch and research-disclosure language: a flaw, not (yet) an incident. */
export const VULN_NEWS: readonly RegExp[] = [
  /\bvulnerabilit(?:y|ies)\b/i, // "a critical vulnerability"
  /\b(?:security )?(?:flaws?|bugs?)\b/i, // "the flaw allows"
  /\bpatch(?:es|ed|ing)?\b/i, // "Microsoft patched"
  /\bCVE-\d{4}-\d+/i, // "CVE-2017-5521"
  /\b(?:security|firmware|software) (?:update|advisory|bulletin|fix)s?\b/i, // "security update"
  /\bproof[- ]of[- ]concept\b|\bPoC\b/, // "proof-of-concept"
  /\b(?:could|can|may|might) (?:allow|let|enable|be exploited|be abused)\b/i, // "could allow an attacker"
  /\b(?:remote code execution|privilege escalation|buffer overflow|zero-day|0-day|exploit(?:able|ed)?)\b/i, // "remote code execution"
  /\b(?:researchers?|experts?) (?:\w+ ){0,2}?(?:found|discovered|uncovered|disclosed|identified|spotted|demonstrated)\b/i, // "researchers found"
  /\b(?:fixed|addressed|mitigated|resolved) (?:\w+ ){0,2}?(?:issue|issues|flaw|flaws|bug|bugs|vulnerabilit)/i, // "fixed the flaws"
  /\bvulnerable\b|\bsusceptible to\b|\bsecurity (?:holes?|gaps?|weakness(?:es)?|loopholes?)\b/i, // "millions of devices are vulnerable"
];

/** Research reports, surveys, statistics, advice, round-ups and product news. */
export const NOT_INCIDENT_NEWS: readonly RegExp[] = [
  /\b(?:survey|study|poll|report|research|analysis|index|whitepaper|white paper) (?:\w+ ){0,3}?(?:found|finds|shows|showed|reveals|revealed|suggests|says|indicates|highlights)\b/i, // "the report found"
  /\b\d{1,3}(?:\.\d+)? ?(?:%|per ?cent|percent) of\b/i, // "43 percent of"
  /\b(?:how to|tips|best practices|steps to|ways to|you should|what you need to know|guide to|checklist)\b/i, // "how to protect"
  /\b(?:launch(?:ed|es)?|unveil(?:ed|s)?|introduc(?:ed|es)|releas(?:ed|es)) (?:a |an |its )?(?:new )?(?:product|platform|service|solution|tool|feature|version)\b/i, // "launched a new platform"
  /\b(?:new|latest) (?:strain|variant|version|family|wave) of\b|\bcampaign (?:targeting|aimed at|against)\b/i, // "new variant of"
  /\b(?:rule|regulation|law|bill|legislation|guidance|framework|standard) (?:\w+ ){0,2}?(?:requires|requiring|would require|adopted|passed|proposed)\b/i, // "the new rule requires"
  /\baverage cost\b|\bon average\b|\bper record\b|\bper year\b|\bannual(?:ly)?\b/i, // "the average cost"
  /^(?:study|survey|research|poll|opinion|analysis|explainer|podcast|webinar|quiz|guide|tips|commentary|editorial|interview|sponsored)\s{0,2}[:|]/i, // "Study: smart speakers can be fooled" (a headline label)
  /\b(?:issued|issues|issuing|sent|published) (?:a |an )?(?:\w+ ){0,2}?(?:warning|alert|advisory|notice) (?:to|for) (?:\w+ ){0,2}?(?:industry|sector|organi[sz]ations|companies|businesses|firms|providers|operators|administrators|hospitals|banks|retailers|agencies|users|consumers|the public)\b/i, // "the agency issued a warning to hospitals"
  /\b(?:warns?|warned|warning|alerts?|urges?|urged|advises?|advised) (?:\w+ ){0,2}?(?:industry|sector|organi[sz]ations|companies|businesses|firms|providers|operators|administrators|admins)\b|\b(?:have|has) been (?:advised|urged) to\b/i, // "FBI warns healthcare industry", "firms have been urged to"
  /\b(?:banks|firms|companies|businesses|hospitals|clinics|retailers|restaurants|hotels|organi[sz]ations|institutions|universities|schools|agencies|governments|manufacturers|airlines|utilities|websites|forums|enterprises|industry|sector)\b (?:\w+ ){0,3}?(?:under (?:\w+ )?attack|(?:are|were|being|have been) (?:the )?(?:targets?|targeted)|targeted (?:by|with|in)|at risk\b)/i, // "Banks under phishing attack", "hotels targeted by card-stealing malware" (a class of victims, not one)
  /\b(?:on the rise|increasingly|growing (?:threat|number|wave)|(?:rise|surge|spike|uptick|jump|increase) in (?:\w+ ){0,2}?(?:attacks|scams|infections|incidents|breaches|ransomware|phishing)|is back\b|makes? a comeback|the next big|threat landscape|underworld|business model|as-a-service|as a service|ramp(?:s|ed|ing)? up|increas(?:e|es|ed|ing) (?:\w+ ){0,2}?attacks|(?:a |new )?wave of (?:\w+ ){0,2}?(?:attacks|hacks|scams))\b/i, // "ransomware attacks on the rise", "a surge in phishing scams" (a trend)
];

/** A headline about several victims at once: a round-up, not one incident ("data from 14 hacked forums on sale"). */
export const ROUNDUP_HEAD = /\b(?:from|at|of|in|on|across|inside) (?:[3-9]|[1-9]\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of|several|multiple) (?!(?:million|billion|thousand|hundred|m|bn|k)\b)(?:[\w-]+ ){0,2}?(?:forums|websites|sites|companies|firms|banks|hospitals|clinics|retailers|organi[sz]ations|businesses|universities|colleges|schools|agencies|councils|stores|restaurants|hotels|charities|brands|platforms|exchanges)\b|\b(?:[3-9]|[1-9]\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of|several|multiple) (?!(?:million|billion|thousand|hundred|m|bn|k)\b)(?:[\w-]+ ){0,2}?(?:forums|websites|sites|companies|firms|banks|hospitals|clinics|retailers|organi[sz]ations|businesses|universities|colleges|schools|agencies|councils|stores|restaurants|hotels|charities|brands|platforms|exchanges) (?:(?:were|have been|had been|are|got) )?(?:hacked|breached|compromised|hit|targeted|attacked|infected)\b/i; // "accounts from 11 hacked forums", "three banks hit by" (not "breach affected 1,184 hotels", the victim's own)

/** Hypothetical harm: what a flaw could let someone do, not what happened ("could allow hackers to access"). */
export const HYPOTHETICAL = /\b(?:can|could|would|might|may)(?: not| also| easily| potentially| then| still){0,2} (?:be (?:\w+ )?(?:hacked|exploited|compromised|accessed|abused|used|hijacked|intercepted|stolen|exposed|leaked|infected|attacked|breached|taken over|read)|allow|let|enable|give|hack|access|steal|exploit|intercept|eavesdrop|spy|hijack|take (?:over|control)|gain|compromise|expose|leak|infect|crash|read|obtain)\b|\b(?:vulnerable|susceptible|open) to\b|\ballow(?:s|ed|ing)? (?:\w+ ){0,3}?to (?:hack|access|steal|take|gain|read|hijack|control|intercept|run|execute|obtain|bypass|crash|spy)\b|\bat risk of\b|\bpossible to\b|\bto (?:getting|being) (?:hacked|hijacked|attacked|compromised|exploited)\b/i;

export type TypeCue = PatternRule & { type: IncidentType };

const cue = (type: IncidentType, row: PatternRule): TypeCue => ({ ...row, type });

/** A supplier of the victim, as the words around a supply-chain compromise name it. */
const SUPPLIER_NOUN = '(?:vendor|supplier|contractor|subcontractor|service provider|IT provider|software provider|processor)';
const SUPPLIER = '(?:vendor|supplier|contractor|subcontractor|service provider|IT provider|software provider|provider|processor|partner|third[- ]party)';

/**
 * Type cues, read in the sentences about the incident (headline, lead, the victim's sentences) in table
 * order; a cue after a negation or a modal, or in advice, does not count. The coding conventions that
 * combine types come after (TYPE_CONVENTIONS in src/extract/incident.ts).
 */
export const TYPE_CUES: RuleTable<TypeCue> = ruleTable('types', 'incident type cue', [
  cue('ransomware', { id: 'ransomware-attack', pattern: /\bransomware (?:attack|incident|infection|outbreak|strain|variant)s?\b|\b(?:hit|struck|infected|crippled|attacked) (?:\w+ ){0,2}?(?:by|with) ransomware\b|\bransomware (?:hit|struck|crippled|encrypted|infected|locked)\b|\b(?:attack|cyber-?attack|cyber attack|incident)s? (?:\w+ ){0,2}?(?:including|involving|using|with) ransomware\b|\bransomed\b/i,
    reason: 'a ransomware attack is stated: a ransomware attack, hit by ransomware, an attack including ransomware',
    example: 'The council was hit by ransomware on Sunday.', counterexample: 'The council trained staff to spot ransomware emails.' }),
  cue('ransomware', { id: 'encryption', pattern: /\b(?:files|computers|systems|machines|servers) (?:\w+ ){0,2}?held (?:for|to) ransom\b|\b(?:encrypted|locked) (?:\w+ ){0,3}?(?:files|systems|servers|computers|data|machines)\b|\bransom (?:note|demand)s?\b.{0,80}\bdecrypt|\bdecrypt(?:ion|or)? (?:key|tool)\b/i,
    reason: 'files or systems encrypted or held to ransom, or a decryption key: what ransomware does',
    example: 'The attackers encrypted its file servers.', counterexample: 'The attackers copied its file servers.' }),
  cue('ransomware', { id: 'ransomware-family', pattern: /\b(?:WannaCry|NotPetya|Petya|Ryuk|LockBit|SamSam|GandCrab|Maze|Sodinokibi|REvil|DarkSide|Conti|BlackCat|ALPHV|Black Basta|Rhysida|Hive|Akira|Locky|Cerber|RansomEXX|BlackSuit|Cuba|Babuk|Ragnar Locker|Vice Society)\b(?! (?:group|gang|affiliate|operators?) (?:claimed|said|posted))/,
    reason: 'a named ransomware family deployed (not the gang merely claiming a theft)',
    example: 'Investigators found LockBit on the servers.', counterexample: 'Investigators found a wiper on the servers.' }),
  cue('malware', { id: 'malware', pattern: /\bmalware\b|\bmalicious (?:software|code|program|file|attachment|script)s?\b|\btrojan\b|\bkeylogger|\bspyware\b|\bbackdoor\b|\bbotnet\b|\b(?:card|payment|POS|point-of-sale) (?:skimm(?:er|ing)|scraper|malware)|\bskimm(?:er|ing) (?:code|script|malware)|\bMagecart\b|\bcomputer virus\b|\binfected (?:with|by)\b|\binfectious (?:software|code|programs?)\b/i,
    reason: 'malicious software named: malware, a trojan, a keylogger, card-skimming code',
    example: 'Malware on the tills copied card numbers.', counterexample: 'A glitch on the tills copied card numbers.' }),
  cue('phishing', { id: 'phishing', pattern: /\bphish(?:ing|ed|er|ers)?\b|\bspear-?phish|\bbusiness email compromise\b|\bBEC\b|\bsocial(?:ly)? engineer|\bvishing\b|\bsmishing\b|\bspoof(?:ed|ing) (?:email|e-mail|message|the|an?)\b|\bimpersonat(?:ed|ing|ion)\b|\bfake (?:login|log-in|sign-in|website|email|e-mail)s?\b/i,
    reason: 'a phishing or social-engineering lure, or impersonation',
    example: 'An employee answered a spear-phishing email.', counterexample: 'An employee answered a customer email.' }),
  cue('credential-stuffing', { id: 'credential-stuffing', pattern: /\bcredential[- ]stuffing\b|\b(?:reused|re-used|recycled) (?:\w+ ){0,2}?passwords\b|\bpassword re-?use\b|\bbrute[- ]forc(?:e|ed|ing)\b|\bpreviously (?:leaked|breached|stolen|compromised) (?:\w+ ){0,2}?(?:passwords|credentials)\b|\baccount takeover attack/i,
    reason: 'logins tried with passwords leaked elsewhere, or brute force',
    example: 'Attackers used reused passwords to log in.', counterexample: 'Attackers used stolen cookies to log in.' }),
  cue('insider', { id: 'insider', pattern: /\binsider (?:threat|attack|breach|incident|job)|\brogue (?:\w+ ){0,2}?(?:employee|staff|worker|contractor|insider|agent)s?\b|\b(?:use|misuse|theft|leak|disclosure|sale) of (?:\w+ ){0,4}?(?:data|information|records) by (?:an? |one )?(?:\w+ )?(?:employee|staff member|member of staff|insider|worker|contractor)|\b(?:former|disgruntled|malicious|an?) (?:employee|staff member|member of staff|worker|contractor|insider) (?:\w+ ){0,3}?(?:stole|took|leaked|accessed|misused|sold|downloaded|copied|shared|inappropriately)|\b(?:employee|staff member|member of staff|worker|contractor|agent)s? (?!(?:data|information|records|details|files|personal)\b)(?:who )?(?:had )?(?:\w+ ){0,2}?(?:stole|leaked|misused|sold|illegally|inappropriately|improperly)\b|\binappropriately accessed|\bwithout (?:a |any )?(?:legitimate|business|clinical) (?:reason|need|requirement|purpose)|\bbribe[sd]?\b|\binsiders?\b/i,
    reason: 'an employee or contractor misused their access',
    example: 'A rogue employee sold the customer list.', counterexample: 'A new employee updated the customer list.' }),
  cue('misconfiguration', { id: 'misconfiguration', pattern: /\bmisconfigur(?:ed|ation)|\b(?:unsecured|unprotected|exposed|open|unencrypted|publicly (?:accessible|available|exposed|readable)|internet-facing|password-?less) (?:[\w'’]+ ){0,2}?(?:database|server|bucket|instance|cluster|storage|repository|Elasticsearch|MongoDB|S3|cloud)s?\b|\bS3\b.{0,40}\bbuckets?\b|\bbuckets? (?:\w+ ){0,4}?(?:public|publicly|exposed|open)|\bwithout (?:any |a )?(?:password|authentication)\b|\b(?:with|had|has|required|requiring|needed)\sno\s(?:password|authentication)|\bno (?:firewalls?|passwords),|\bexposed (?:\w+ ){0,5}?(?:records|data|information|details) online\b|\bleft (?:\w+ ){0,3}?(?:exposed|open|unprotected|unsecured|publicly)|\b(?:publishing|human|configuration) error\b|\b(?:mistakenly|accidentally|inadvertently) (?:published|posted|exposed|made|sent|shared|uploaded|emailed)/i,
    reason: 'data left exposed by a setting: an unsecured database, a public bucket, a publishing error',
    example: 'The records sat in an unsecured database.', counterexample: 'The records sat in a locked cabinet.' }),
  cue('lost-or-stolen-device', { id: 'lost-device', pattern: /\b(?:lost|stolen|missing|misplaced|mislaid) (?:(?:a|an|the|two|three|several|company|work|unencrypted|encrypted|portable|external|its|their|his|her|an?|employee's|employee’s)\s){0,2}(?:laptops?|devices?|hard drives?|USB (?:stick|drive)s?|memory sticks?|phones?|smartphones?|computers?|tablets?|backup tapes?|disks?)\b(?!\s(?:systems?|networks?|servers?))|\b(?:lost|missing|misplaced|mislaid) (?:(?:a|an|the|some|several|classified|secret|sensitive|paper)\s){0,2}(?:documents|papers|files|folders|records)\b|\b(?:laptops?|computers?|devices?|hard drives?|smartphones?|tablets?|USB (?:stick|drive)s?|memory sticks?),? (?:[\w,]+ ){0,10}?(?:stolen|lost|misplaced|mislaid)\b|\b(?:documents|papers|files|folders) (?:\w+ ){0,8}?(?:were|was|have been|had been) (?:\w+ ){0,2}?(?:found|discovered|left|lost|dropped)\b|\bfound (?:\w+ ){0,3}?(?:at|in|on|behind) a (?:bus stop|train|street|skip|bin)/i,
    reason: 'a device or papers lost or stolen',
    example: 'A laptop holding the files was stolen from a car.', counterexample: 'A laptop holding the files was updated.' }),
  cue('supply-chain', { id: 'supply-chain-named', pattern: /\bsupply[- ]chain (?:attack|breach|compromise|incident|hack)/i,
    reason: 'the article calls it a supply-chain attack',
    example: 'It was a supply-chain attack through a software update.', counterexample: 'It hit the supply of chain saws.' }),
  cue('supply-chain', { id: 'supplier-compromised', pattern: new RegExp(`\\b${SUPPLIER}(?:['’]s)? (?:[\\w'’,-]+ ){0,6}?(?:(?:was|were|had been|has been|have been|got) (?:\\w+ ){0,1}?(?:hacked|breached|compromised|attacked|hit|infected)|had (?:its|their) (?:\\w+ ){0,2}?(?:compromised|breached|hacked|encrypted))\\b|\\b(?:compromised|breached|hacked|attacked|infiltrated|targeted) (?:[\\w'’-]+ ){0,5}?${SUPPLIER_NOUN}s?\\b|\\b(?:exploit\\w*|vulnerabilit(?:y|ies)|flaws?|zero-days?) (?:[\\w'’-]+ ){0,6}?in (?:a |an |the |its )(?:widely used )?third[- ]party (?:[\\w-]+ ){0,3}?(?:platform|software|tool|application|app|product|service|system)s?\\b`, 'i'),
    reason: 'the victim\'s supplier was compromised and the harm reached the victim',
    example: 'Its payroll provider was hacked, exposing staff records.', counterexample: 'Its payroll provider was hired in 2020 after a tender.' }),
  cue('supply-chain', { id: 'breach-at-supplier', pattern: new RegExp(`\\b(?:breach|attack|hack|incident|compromise|intrusion|cyber-?attack)(?:es|s)? (?:at|of|on|affecting|targeting|against) (?:a |an |its |one of its |the |their )(?:[\\w-]+ ){0,2}?${SUPPLIER}s?\\b`, 'i'),
    reason: 'the incident happened at a supplier of the victim',
    example: 'Patients were told of a breach at a billing vendor.', counterexample: 'Patients were told of a breach at the hospital.' }),
  cue('supply-chain', { id: 'through-supplier', pattern: new RegExp(`\\b(?:through|via|by way of|originated (?:at|with)|stemmed from|traced to) (?:a |an |its |one of its |the |their )(?:[\\w-]+ ){0,3}?${SUPPLIER}(?:['’]s)?\\b`, 'i'),
    reason: 'the attackers came in through a supplier',
    example: 'The attackers got in through a third-party IT contractor.', counterexample: 'The attackers got in through a staff laptop.' }),
  cue('supply-chain', { id: 'supplier-systems', pattern: new RegExp(`\\b(?:servers?|systems?|platforms?|products?|software|accounts?|networks?|environments?|tools?|databases?|storage) (?:used|operated|run|managed|hosted|owned|provided|supplied|maintained) by (?:one of )?(?:its |a |an |the |their )(?:[\\w-]+ ){0,2}?${SUPPLIER}s?\\b|\\b(?:managed|hosted|operated|run|maintained) by [\\p{Lu}][\\w.-]*(?: [\\p{Lu}][\\w.-]*){0,2}, (?:a |an |its )(?:[\\w-]+ ){0,3}?${SUPPLIER}\\b`, 'iu'),
    reason: 'the exposed or breached system belonged to a supplier',
    example: 'The leak came from a server managed by Ferro Data, a third-party service provider.', counterexample: 'The leak came from a server managed by its own staff.' }),
  cue('ddos', { id: 'ddos', pattern: /\bDDoS\b|\bdenial[- ]of[- ]service\b|\b(?:flood(?:ed)?|overwhelm(?:ed)?) (?:\w+ ){0,3}?(?:with|by) (?:junk |bogus |malicious )?traffic\b/i,
    reason: 'traffic floods: DDoS, denial of service',
    example: 'A DDoS attack knocked the site offline.', counterexample: 'A power cut knocked the site offline.' }),
  cue('unauthorized-access', { id: 'intrusion', pattern: /\bhack(?:ed|ers?|ing)?\b|\bunauthori[sz]ed (?:access|part(?:y|ies)|individual|user|person|actor|third)|\bintru(?:sion|der|ders)\b|\bbroke into\b|\bbreak-in\b|\bgained (?:\w+ ){0,2}?access\b|\bcyber-?attack|\bcyber attack|\bthreat actors?\b|\bexfiltrat|\b(?:stole|stolen)\b|\bcompromised (?:\w+ ){0,2}?(?:systems?|servers?|networks?|accounts?|databases?)\b|\bextort|\bcyber(?:-| )?incident\b/i,
    reason: 'an intrusion: hacked, unauthorised access, a cyberattack or cyber incident with nothing more specific',
    example: 'Hackers gained access to the booking system.', counterexample: 'Guests gained points in the booking system.' }),
]);

/** Access beyond the phishing email itself ("the attacker then reached internal systems"). */
export const ACCESS_AFTER_PHISHING = /\b(?:gained|obtained|got) (?:\w+ ){0,2}?access\b|\baccessed (?:\w+ ){0,3}?(?:systems?|networks?|servers?|dashboards?|documents|code|databases?|accounts?|email accounts?|internal)|\bunauthori[sz]ed access\b|\bbroke into\b|\b(?:internal|business) systems\b|\bstole (?:\w+ ){0,3}?(?:credentials|login|passwords)\b.{0,120}\b(?:used|access)/i;

/** The attackers did take data (keeps unauthorized-access beside ransomware). */
export const DATA_THEFT = /\b(?:stole|exfiltrated|copied|downloaded|took|obtained) (?:\w+ ){0,4}?(?:data|files|information|records|documents)\b|\b(?:data|files|information|records) (?:\w+ ){0,3}?(?:was|were|had been|have been) (?:\w+ ){0,2}?(?:stolen|exfiltrated|taken|copied)\b/i;

/** Single words of a breach event, counted per sentence of headline and lead. */
export const EVENT_WORD = /\b(?:(?:sold|selling|misused|leaked|copied|downloaded|taken|emailed) (?:\w+ ){0,2}?(?:data|information|details|records|files)|(?:lost|misplaced|mislaid) (?:\w+ ){0,2}?(?:laptops?|devices?|hard drives?|USB (?:sticks?|drives?)|memory sticks?|phones?|tablets?|backup tapes?|files|documents|records)|(?:records|data|files|details|information) (?:[\w,.'’-]+ ){0,4}?(?:were|was|had been|have been) (?:taken|copied|downloaded|viewed|shared|sent|emailed)|(?:mistakenly|accidentally|inadvertently|wrongly|erroneously) (?:sent|emailed|published|posted|shared|disclosed|exposed|uploaded|released)|expos(?:es|ing) (?:[\w'’-]+ ){0,4}?(?:data|details|information|records|photos|files|emails|passwords|addresses|numbers)|(?:left|planted|installed|plugged|hid|hidden) (?:\w+ ){0,3}?(?:keyloggers?|keylogging devices?|skimmers?|skimming devices?|card readers?) (?:\w+ ){0,2}?(?:on|in|into|inside)|(?:found|discovered|detected|uncovered) (?:\w+ ){0,3}?(?:keyloggers?|keylogging devices?|skimmers?|skimming devices?)|duped|defrauded|swindled|(?:got|broke|broken|hacked) into|gained (?:\w+ ){0,2}?access|(?:sent|delivered|handed|emailed|wired|transferred) (?:[\w,'’-]+ ){0,10}?to (?:the |a |an )?(?:scammers?|scam artists?|con (?:artists?|men|man)|fraudsters?|criminals|hackers?|cyber-?criminals|impostors?|imposters?|thieves)|(?:data|document|file|email|database) dumps?|(?:details|data|records|information|files|documents|emails|passwords|credentials|photos) (?:[\w,'’-]+ ){0,5}?(?:were |was |have been |had been |being )?(?:posted|published|dumped|leaked|put|offered|listed|sold) (?:\w+ ){0,2}?(?:online|on (?:a |an |the )?(?:\w+ )?(?:forum|dark web|internet|leak site|paste site|Telegram channel|marketplace))|cyber(?:-| )?(?:security )?incident|(?:ransomware|ransom|cyber-?attack|cyber attack|cyber(?:-| )?(?:security )?incident|security incident|malware|virus|hack|hacking) (?:attack |incident |infection )?(?:that |had |has )?(?:knock(?:s|ed)?|shut(?:s|ting)?|t(?:akes|ook)|lock(?:s|ed)?|cripple[sd]?|paraly[sz]e[sd]?|disrupt(?:s|ed)?|hit|hits|struck|strikes|forced?|forces|encrypted|brought|brings|froze|freezes|wipe[sd]?)\b|(?:shut down|knocked out|knocked offline|taken offline|crippled|paraly[sz]ed|disrupted|locked up|locked|frozen|hit|struck|held hostage|infected) (?:\w+ ){0,2}?by (?:a |an |the )?(?:\w+ )?(?:ransomware|cyber-?attack|cyber attack|cyber(?:-| )?(?:security )?incident|security incident|malware|virus|hackers?)|recover(?:s|ed|ing)? from (?:a |an |the |last \w+'s )?(?:\w+ ){0,2}?(?:ransomware|cyber-?attack|cyber attack|hack|breach|malware|virus)|\b(?:in|during|after|following|since|from) (?:a |an |the |last \w+'s |this \w+'s )?(?:\w+ ){0,2}?(?:ransomware|cyber-?attack|cyber attack|hack|breach|malware) (?:attack|incident|infection)\b|(?:responsible['’]? for|behind|carried out|launched|blamed for|charged (?:over|with|in)|indicted (?:over|for|in)) (?:a |an |the |last \w+'s |this \w+'s )?(?:\w+ ){0,2}?(?:ransomware |cyber-?)?(?:attacks?|hacks?|breach|intrusion|cyberattack)\b|(?:pays?|paid|paying|refus(?:es|ed|ing) to pay|rejected|demand(?:s|ed|ing)?) (?:\w+ ){0,3}?ransom|(?:conspiracy|scheme|plot) to (?:steal|hack|defraud)|(?:lost|misplaced|mislaid|left|found|discovered) (?:\w+ ){0,2}?(?:at|on|in) a (?:bus stop|train|taxi|street|car park|pub|bin|skip)|hack(?:ed)?|breach(?:ed|es)?|stole|stolen|theft|leak(?:ed|s)?|exposed|compromised|cyber-?attacks?|cyber attacks?|attacked|intrusion|unauthori[sz]ed|extort(?:ion|ed)?|infected|dumped|defaced|accessed|exfiltrated|phished|scammed|hit by|victimi[sz]ed|snooped|misplaced)\b/i;

/** Research on a campaign, tool or threat actor rather than one victim's incident. */
export const CAMPAIGN_WORD = /\b(?:campaigns?|targeting|targets|new (?:malware|ransomware|trojan|variant|strain|botnet|threat|technique|attack)|malware family|threat actors?|threat group|researchers (?:say|said|warn|found|discovered|observed|have)|attackers (?:are|have been) (?:using|targeting)|in the wild|threat report|samples?)\b/i;

/** A type word read in advice or a denial does not type this incident ("be vigilant against phishing", "not the result of a cyberattack"). */
export const ADVICE_CONTEXT = /\b(?:risk of|vigilant|watch (?:out )?for|warned to|be alert|(?:stay|remain|keep) alert|alert to|be (?:cautious|careful|suspicious)|change (?:their|your) passwords?|should (?:be|remain|stay|watch|look|avoid|never)|are (?:advised|urged|encouraged) to|alert for|look(?:ing)? out for|lookout for|be wary|beware|watch out|on guard|could be used|may be used|might be used|may try|might try|could try|follow-up|safe from|protect (?:themselves|yourself)|tips|advice|recommend)/i;
/** A modal before a type cue: what could happen, not what did ("middleware can open a path for malware"); "may have", "could be because of" still report. */
export const MODAL_BEFORE = /\b(?:can|could|may|might)\s(?!have\b|be\s(?:behind|because|due|the\sresult|caused|linked|tied|related|connected|to\sblame|responsible)\b)(?:[\w-]{1,20}\s){0,5}$/i;

/** A sentence that opens on an earlier time: another, older incident ("In 2017, the retailer suffered a malware attack"). */
export const EARLIER_OPENING = /^(?:back\s)?in\s((?:19|20)\d{2})\b/i;

export const NEGATION_BEFORE = /\b(?:not|no|never|nor|without|n't|rather than|ruled out|denied|deny|denies)\b[^.;]{0,30}$/i;
/** A failed ransomware attack where the attackers still got in and took data. */
export const ATTEMPTED_RANSOMWARE = /\b(?:attempted|foiled|thwarted|failed|prevented|unsuccessful) ransomware\b/i;

/** Intrusion proper: keeps unauthorized-access beside malware. */
export const INTRUSION = /\bhack(?:ed|ers?|ing)?\b|\bintru(?:sion|der|ders)\b|\bunauthori[sz]ed (?:access|third part|part(?:y|ies)|individual|user|actor|person)|\bbroke into\b|\bgain(?:ed)? (?:\w+ ){0,2}?access\b/i;

/** A scam that borrows a brand's name: the brand is impersonated, not breached ("emails posing as the tax office"). */
export const IMPERSONATION = /\b(?:posing as|pretend(?:ing|s)? to be|purport(?:ing|s|ed)? to (?:be|come) from|claim(?:ing|s)? to (?:be|come) from|masquerad(?:ing|es|ed) as|disguised as|impersonat(?:ing|es|ed|ion)|spoof(?:ed|ing|s)|look-?alike|(?:fake|bogus|phony|fraudulent|counterfeit) (?:\w+ ){0,2}?(?:emails?|messages?|texts?|sites?|websites?|pages?|apps?|receipts?|invoices?|notices?|notifications?|login|log-in))\b|\b[A-Z][\w.]{1,20}-themed\b/i; // "emails that claim to come from a bank", "a fake Netflix login page"
/** Headline words of a scam or phishing alert. */
export const SCAM_HEAD = /\b(?:scams?|phish(?:ing|ers?|es)?|hoax|smishing|vishing|beware|watch out|alert|warning|warns?|warned)\b/i; // "Beware this parcel-delivery scam"

/** An intrusion stated in so many words: keeps unauthorized-access beside ransomware, an insider or an exposed store. */
export const STATED_INTRUSION = /\bunauthori[sz]ed (?:network |system |third-party |external )?access\b|\bgained unauthori[sz]ed\b|\baccessed without authori[sz]ation\b/i;

/** What an attacker is known for in general, not how this attack was done ("the gang is known for phishing help desks"). */
export const HABIT_CONTEXT = /\b(?:known\s(?:for|to\s(?:use|target|rely|deploy|favou?r))|notorious\sfor|(?:typically|usually|often|commonly|frequently|routinely)\s(?:use[sd]?|rel(?:y|ies|ied)|employ(?:s|ed)?|target(?:s|ed)?|deploy(?:s|ed)?|begin|begins|start|starts|gain)|tends?\sto|has\sa\shistory\sof|speciali[sz](?:es|ing)\sin|modus\soperandi|(?:tactics|techniques|methods)\s(?:include|such\sas|like))\b/i;

/** A headline about a rule, a law, a survey or a statistics report (not an incident, even when it names a company). */
export const NON_INCIDENT_HEAD = /\b(?:surveys?|study|studies|poll|statistics|stats|index|ranking|law|laws|bill|legislation|regulations?|rules?|directive|guidelines?|framework)\b/i;

/** A headline of advice to readers ("what to do when a shop loses your card number"): not an incident report. */
export const ADVICE_HEAD = /\b(?:here['’]s what (?:you|to)|what (?:you )?(?:can|should) (?:you )?do|what to do (?:if|when|after)|how to (?:protect|check|know|find out|secure|stay|keep|tell)|(?:\d+ )?(?:tips|steps|ways) to|do this now|should you worry)\b/i;
/** A headline ranking several incidents of a period ("the worst breaches of the year"). */
export const RANKING_HEAD = /(?<!\bone of (?:the )?)\b(?:worst|biggest|largest|top|notable|major|most (?:significant|damaging))\s(?:\d+\s)?(?:[\w-]+\s){0,2}?(?:ones|breaches|hacks|attacks|cyber-?attacks|incidents|leaks)\b(?:\s(?:of|in|from|so far)\b)?|\b(?:breaches|hacks|attacks|incidents) of (?:the year|(?:19|20)\d\d)\b/i;
/** Police action against the named organisation itself: a criminal site seized or taken down, not a victim. */
export const SEIZED = (name: string): RegExp => new RegExp(`\\b(?:seiz(?:e|es|ed|ing)|tak(?:e|es|en|ing) down|took down|dismantl(?:e|es|ed|ing)|shut(?:s|ting)? down|raid(?:s|ed)?)\\s(?:the\\s)?(?:[\\w-]+\\s){0,2}?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b|\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s(?:[\\w-]+\\s){0,3}?(?:seized|taken down|dismantled)\\b`, 'i');
