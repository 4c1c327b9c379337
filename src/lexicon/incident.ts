// Incident lexicon: the words that say an article reports a security incident (versus vulnerability
// and patch news, research reports, advice), and the words for each incident type of the closed set.
import type { IncidentType } from '../record.js';

/** Event language: something happened to an organisation ("was hacked", "suffered a data breach"). */
export const BREACH_EVENT: readonly RegExp[] = [
  /\b(?:was|were|has been|have been|had been|got|been) (?:\w+ ){0,2}?(?:hacked|breached|compromised|infiltrated|attacked|hit|targeted|infected|exposed|leaked|stolen|accessed|defaced|extorted|disrupted|crippled)\b/i, // "was hacked"
  /\b(?:suffered|suffers|experienced|confirmed|confirms|disclosed|discloses|announced|announces|reported|reveals|revealed|admitted|admits|detected|discovered|is investigating|investigating) (?:a |an |the )?(?:\w+ ){0,3}?(?:breach|hack|cyber-?attack|cyber attack|attack|intrusion|incident|leak|compromise|ransomware)/i, // "suffered a data breach"
  /\b(?:data|security|privacy) (?:breach|incident|leak|lapse)\b/i, // "data breach"
  /\b(?:hackers?|attackers?|cyber-?criminals?|criminals|intruders?|thieves|fraudsters|scammers) (?:\w+ ){0,2}?(?:breached|hacked|stole|accessed|broke into|gained access|compromised|infiltrated|obtained|made off|took|leaked|dumped|posted|hit|targeted|encrypted|locked)/i, // "hackers stole"
  /\bunauthori[sz]ed (?:access|party|parties|third party|individual|user|person|actor|acquisition|disclosure)\b/i, // "unauthorized access"
  /\b(?:ransomware|cyber-?attack|cyber attack|DDoS|denial[- ]of[- ]service) (?:attack )?(?:on|at|against|that hit|hit|struck|crippled|disrupted)\b/i, // "ransomware attack on"
  /\b(?:notif(?:y|ied|ying)|alert(?:ed|ing)|inform(?:ed|ing)|writing to|emailed) (?:\w+ ){0,3}?(?:customers|users|patients|employees|members|students|clients|individuals|people|victims)\b/i, // "notifying customers"
  /\b(?:exposed|leaked|stolen|compromised|accessed|exfiltrated) (?:\w+ ){0,3}?(?:records|data|information|details|accounts|files|documents|emails|passwords|credentials)\b/i, // "stolen customer data"
  /\b(?:personal|customer|patient|employee|user|sensitive|financial|payment|card) (?:\w+ ){0,2}?(?:data|information|details|records) (?:\w+ ){0,3}?(?:was|were|has been|have been|had been|may have been|might have been) (?:\w+ ){0,2}?(?:exposed|leaked|stolen|compromised|accessed|obtained|taken|viewed|acquired)/i, // "customer data may have been accessed"
  /\bclaimed responsibility\b|\btook credit\b|\bransom (?:demand|note)\b|\bleak site\b|\bput (?:\w+ ){0,3}up for sale\b|\boffered for sale\b|\bdark web\b/i, // "claimed responsibility"
  /\b(?:taken|knocked|forced) offline\b|\bsystems? (?:outage|disruption)\b|\bshut down (?:its|some|all) (?:systems|network|servers)\b/i, // "knocked offline"
  /\b(?:phishing|spear-?phishing|BEC|W-2) (?:scam|attack|email|attempt)s? (?:\w+ ){0,4}?(?:hit|targeted|tricked|fooled|duped|victim|resulted)/i, // "phishing scam hit"
  /\bfell (?:victim|prey)\b|\bvictim of (?:a|an) /i, // "fell victim to"
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
];

export type TypeCue = readonly [IncidentType, RegExp];

/** Keyword tables per incident type; read in the sentences about the incident. */
export const TYPE_CUES: readonly TypeCue[] = [
  ['ransomware', /\bransomware (?:attack|incident|infection|outbreak|strain|variant)s?\b|\b(?:hit|struck|infected|crippled|attacked) (?:\w+ ){0,2}?(?:by|with) ransomware\b|\bransomware (?:hit|struck|crippled|encrypted|infected|locked)\b/i], // "a ransomware attack"
  ['ransomware', /\b(?:files|computers|systems|machines|servers) (?:\w+ ){0,2}?held (?:for|to) ransom\b|\b(?:encrypted|locked) (?:\w+ ){0,3}?(?:files|systems|servers|computers|data|machines)\b|\bransom (?:note|demand)s?\b.{0,80}\bdecrypt|\bdecrypt(?:ion|or)? (?:key|tool)\b/i], // "encrypted its files"
  ['ransomware', /\b(?:WannaCry|NotPetya|Petya|Ryuk|LockBit|SamSam|GandCrab|Maze|Sodinokibi|REvil|DarkSide|Conti|BlackCat|ALPHV|Black Basta|Rhysida|Hive|Akira|Locky|Cerber)\b(?! (?:group|gang|affiliate|operators?) (?:claimed|said|posted))/], // named ransomware families
  ['malware', /\bmalware\b|\bmalicious (?:software|code|program|file|attachment|script)s?\b|\btrojan\b|\bkeylogger|\bspyware\b|\bbackdoor\b|\bbotnet\b|\b(?:card|payment|POS|point-of-sale) (?:skimm(?:er|ing)|scraper|malware)|\bskimm(?:er|ing) (?:code|script|malware)|\bMagecart\b|\bcomputer virus\b|\binfected (?:with|by)\b/i], // "malware on its payment system"
  ['phishing', /\bphish(?:ing|ed|er|ers)?\b|\bspear-?phish|\bbusiness email compromise\b|\bBEC\b|\bsocial(?:ly)? engineer|\bvishing\b|\bsmishing\b|\bspoof(?:ed|ing) (?:email|e-mail|message|the|an?)\b|\bimpersonat(?:ed|ing|ion)\b|\bfake (?:login|log-in|sign-in|website|email|e-mail)s?\b/i], // "a spear-phishing email"
  ['credential-stuffing', /\bcredential[- ]stuffing\b|\b(?:reused|re-used|recycled) (?:\w+ ){0,2}?passwords\b|\bpassword re-?use\b|\bbrute[- ]forc(?:e|ed|ing)\b|\bpreviously (?:leaked|breached|stolen|compromised) (?:\w+ ){0,2}?(?:passwords|credentials)\b|\baccount takeover attack/i], // "a credential stuffing attack"
  ['insider', /\binsider (?:threat|attack|breach|incident|job)|\brogue (?:\w+ ){0,2}?(?:employee|staff|worker|contractor|insider|agent)s?\b|\b(?:use|misuse|theft|leak|disclosure|sale) of (?:\w+ ){0,4}?(?:data|information|records) by (?:an? |one )?(?:\w+ )?(?:employee|staff member|member of staff|insider|worker|contractor)|\b(?:former|disgruntled|malicious|an?) (?:employee|staff member|member of staff|worker|contractor|insider) (?:\w+ ){0,3}?(?:stole|took|leaked|accessed|misused|sold|downloaded|copied|shared|inappropriately)|\b(?:employee|staff member|member of staff|worker|contractor|agent)s? (?:who )?(?:had )?(?:\w+ ){0,2}?(?:stole|leaked|misused|sold|illegally|inappropriately|improperly)|\binappropriately accessed|\bwithout (?:a |any )?(?:legitimate|business|clinical) (?:reason|need|requirement|purpose)|\bbribe[sd]?\b|\binsiders?\b/i], // "a rogue employee"
  ['misconfiguration', /\bmisconfigur(?:ed|ation)|\b(?:unsecured|unprotected|exposed|open|unencrypted|publicly (?:accessible|available|exposed|readable)|internet-facing|password-?less) (?:\w+ ){0,2}?(?:database|server|bucket|instance|cluster|storage|repository|Elasticsearch|MongoDB|S3|cloud)s?\b|\bS3\b.{0,40}\bbuckets?\b|\bbuckets? (?:\w+ ){0,4}?(?:public|publicly|exposed|open)|\bwithout (?:any |a )?(?:password|authentication)\b|\b(?:with|had|has|required|requiring|needed)\sno\s(?:password|authentication)|\bno (?:firewalls?|passwords),|\bexposed (?:\w+ ){0,5}?(?:records|data|information|details) online\b|\bleft (?:\w+ ){0,3}?(?:exposed|open|unprotected|unsecured|publicly)|\b(?:publishing|human|configuration) error\b|\b(?:mistakenly|accidentally|inadvertently) (?:published|posted|exposed|made|sent|shared|uploaded|emailed)/i], // "an unsecured database"
  ['lost-or-stolen-device', /\b(?:lost|stolen|missing|misplaced|mislaid) (?:(?:a|an|the|two|three|several|company|work|unencrypted|encrypted|portable|external|its|their|his|her|an?|employee's|employee’s)\s){0,2}(?:laptops?|devices?|hard drives?|USB (?:stick|drive)s?|memory sticks?|phones?|smartphones?|computers?|tablets?|backup tapes?|disks?)\b(?!\s(?:systems?|networks?|servers?))|\b(?:lost|missing|misplaced|mislaid) (?:(?:a|an|the|some|several|classified|secret|sensitive|paper)\s){0,2}(?:documents|papers|files|folders|records)\b|\b(?:laptops?|computers?|devices?|hard drives?|smartphones?|tablets?|USB (?:stick|drive)s?|memory sticks?) (?:[\w,]+ ){0,10}?(?:stolen|lost|misplaced|mislaid)\b|\b(?:documents|papers|files|folders) (?:\w+ ){0,8}?(?:were|was|have been|had been) (?:\w+ ){0,2}?(?:found|discovered|left|lost|dropped)\b|\bfound (?:\w+ ){0,3}?(?:at|in|on|behind) a (?:bus stop|train|street|skip|bin)/i], // "a stolen laptop"
  ['supply-chain', /\bsupply[- ]chain (?:attack|breach|compromise|incident)|\b(?:third-party|third party|external|outside) (?:\w+ ){0,3}?(?:vendor|supplier|provider|contractor|processor|developer|platform|software|hosting company|service provider)s?\b(?! to (?:investigate|help|assist))|\b(?:its|a|one of its|their|production|software|IT|technology|payment|payroll) (?:\w+ ){0,1}?(?:vendor|supplier|contractor)s?\b[^.]{0,60}?\b(?:compromised|hacked|breached|attacked)\b|\b(?:vendor|supplier|contractor|service provider|processor|partner)(?:'s|’s)? (?:\w+ ){0,2}?(?:was|were|had been|has been) (?:\w+ ){0,1}?(?:hacked|breached|compromised|attacked)|\bbreach (?:at|of|affecting) (?:a |an |its |one of its )?(?:\w+ ){0,2}?(?:vendor|supplier|contractor|provider|partner)s?\b|\b(?:managed|hosted|operated|run) (?:for \w+ )?by (?:a |an )?(?:third|external|outside)|\b(?:servers?|systems?|platforms?|products?|software|accounts?|networks?|environments?|tools?) (?:used|operated|run|managed|hosted|owned|provided|supplied) by (?:one of )?(?:its|a|an|the|their) (?:\w+ ){0,2}?(?:vendors?|suppliers?|contractors?|providers?|partners?)\b|\b(?:belonging to|of) (?:an? |its |one of its )?(?:IT |software |technology |cloud |payroll |payment )?(?:service provider|vendor|supplier|contractor)s?\b/i], // "a third-party vendor"
  ['ddos', /\bDDoS\b|\bdenial[- ]of[- ]service\b|\b(?:flood(?:ed)?|overwhelm(?:ed)?) (?:\w+ ){0,3}?(?:with|by) (?:junk |bogus |malicious )?traffic\b/i], // "a DDoS attack"
  ['unauthorized-access', /\bhack(?:ed|ers?|ing)?\b|\bunauthori[sz]ed (?:access|part(?:y|ies)|individual|user|person|actor|third)|\bintru(?:sion|der|ders)\b|\bbroke into\b|\bbreak-in\b|\bgained (?:\w+ ){0,2}?access\b|\bcyber-?attack|\bcyber attack|\bthreat actors?\b|\bexfiltrat|\b(?:stole|stolen)\b|\bcompromised (?:\w+ ){0,2}?(?:systems?|servers?|networks?|accounts?|databases?)\b|\bextort/i], // "hackers gained access"
];

/** Access beyond the phishing email itself ("the attacker then reached internal systems"). */
export const ACCESS_AFTER_PHISHING = /\b(?:gained|obtained|got) (?:\w+ ){0,2}?access\b|\baccessed (?:\w+ ){0,3}?(?:systems?|networks?|servers?|dashboards?|documents|code|databases?|accounts?|email accounts?|internal)|\bunauthori[sz]ed access\b|\bbroke into\b|\b(?:internal|business) systems\b|\bstole (?:\w+ ){0,3}?(?:credentials|login|passwords)\b.{0,120}\b(?:used|access)/i;

/** The attackers did take data (keeps unauthorized-access beside ransomware). */
export const DATA_THEFT = /\b(?:stole|exfiltrated|copied|downloaded|took|obtained) (?:\w+ ){0,4}?(?:data|files|information|records|documents)\b|\b(?:data|files|information|records) (?:\w+ ){0,3}?(?:was|were|had been|have been) (?:\w+ ){0,2}?(?:stolen|exfiltrated|taken|copied)\b/i;

/** Single words of a breach event, counted per sentence of headline and lead. */
export const EVENT_WORD = /\b(?:(?:sold|selling|misused|leaked|copied|downloaded) (?:\w+ ){0,2}?(?:data|information|details|records|files)|(?:lost|misplaced|mislaid|left|found|discovered) (?:\w+ ){0,2}?(?:at|on|in) a (?:bus stop|train|taxi|street|car park|pub|bin|skip)|hack(?:ed|ers?)?|breach(?:ed|es)?|stole|stolen|theft|leak(?:ed|s)?|exposed|compromised|ransomware|cyber-?attacks?|cyber attacks?|attacked|intrusion|unauthori[sz]ed|extort(?:ion|ed)?|ransom|infected|dumped|defaced|accessed|exfiltrated|phished|scammed|hit by)\b/i;

/** Research on a campaign, tool or threat actor rather than one victim's incident. */
export const CAMPAIGN_WORD = /\b(?:campaigns?|targeting|targets|new (?:malware|ransomware|trojan|variant|strain|botnet|threat|technique|attack)|malware family|threat actors?|threat group|researchers (?:say|said|warn|found|discovered|observed|have)|attackers (?:are|have been) (?:using|targeting)|in the wild|threat report|samples?)\b/i;

/** A type word read in advice or a denial does not type this incident ("be vigilant against phishing", "not the result of a cyberattack"). */
export const ADVICE_CONTEXT = /\b(?:risk of|vigilant|watch (?:out )?for|warned to|be alert|alert for|look(?:ing)? out for|lookout for|be wary|beware|watch out|on guard|could be used|may be used|might be used|may try|might try|could try|follow-up|safe from|protect (?:themselves|yourself)|tips|advice|recommend)/i;
export const NEGATION_BEFORE = /\b(?:not|no|never|nor|without|n't|rather than|ruled out|denied|deny|denies)\b[^.;]{0,30}$/i;
/** A failed ransomware attack where the attackers still got in and took data. */
export const ATTEMPTED_RANSOMWARE = /\b(?:attempted|foiled|thwarted|failed|prevented|unsuccessful) ransomware\b/i;

/** Intrusion proper: keeps unauthorized-access beside malware. */
export const INTRUSION = /\bhack(?:ed|ers?|ing)?\b|\bintru(?:sion|der|ders)\b|\bunauthori[sz]ed (?:access|third part|part(?:y|ies)|individual|user|actor|person)|\bbroke into\b|\bgain(?:ed)? (?:\w+ ){0,2}?access\b/i;
