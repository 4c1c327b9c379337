// Date cues: which words around a date give it a role in the incident, which mark it as not an
// incident date, and which put it ahead of the publication date. Lower-case stems or phrases,
// matched as whole words at the start (a trailing stem like "discover" matches "discovered").
import type { DateRole } from '../record.js';

/** Words that tie a date to a role. Each row: cue, role. */
export const ROLE_CUES: ReadonlyArray<readonly [string, DateRole]> = [
  // breach-start: the intrusion or exposure began
  ['began', 'breach-start'], // "the attack began on March 3"
  ['begun', 'breach-start'],
  ['beginning', 'breach-start'], // "beginning in June"
  ['started', 'breach-start'], // "the intrusion started in 2019"
  ['starting', 'breach-start'],
  ['first accessed', 'breach-start'], // "the hackers first accessed the network in April"
  ['first gained', 'breach-start'],
  ['first entered', 'breach-start'], // "having first entered the network on 28 December"
  ['gained access', 'breach-start'], // "gained access on June 2"
  ['gained unauthorized access', 'breach-start'], // "gained unauthorized access to the network on June 2" (the adjective between)
  ['gained unauthorised access', 'breach-start'],
  ['gained remote access', 'breach-start'],
  ['gained initial access', 'breach-start'],
  ['injected', 'breach-start'], // "skimming code injected into the checkout page on June 2" (the intruder's code put in place)
  ['planted', 'breach-start'], // "the skimmer was planted on the site on June 2"
  ['penetrated', 'breach-start'], // "the hackers penetrated its systems on June 2"
  ['implanted', 'breach-start'],
  // "malware was installed on its network on October 3", "deployed ransomware on Sunday": the intruder's code put in place
  // (counted only with a word of malicious code beside it, MALWARE_PUT_NEAR in src/extract/dates.ts: not "installed new firewalls")
  ['installed', 'breach-start'],
  ['deployed', 'breach-start'],
  ['got into', 'breach-start'], // "attackers first got into its network on 14 February"
  ['got in', 'breach-start'],
  ['broke in', 'breach-start'],
  ['break-in', 'breach-start'], // "taken during a break-in on the evening of 28 January"
  ['burglary', 'breach-start'],
  ['taken', 'breach-start'],
  ['reach', 'breach-start'], // "used the stolen login to reach the system on 2 August"
  ['reached', 'breach-start'],
  ['logged in', 'breach-start'],
  ['logged into', 'breach-start'],
  ['downloaded', 'breach-start'],
  ['copied', 'breach-start'], // "files were copied from the website on 27 March" (the act of taking, as 'downloaded', 'exfiltrated')
  ['accessed', 'breach-start'], // "intruders accessed the booking system on May 2"
  ['exfiltrated', 'breach-start'], // "files were exfiltrated on or around 23 February"
  ['gained entry', 'breach-start'],
  ['broke into', 'breach-start'], // "broke into its servers in 2016"
  ['broken into', 'breach-start'], // "learned that intruders had broken into a file server on May 27"
  ['hacked into', 'breach-start'], // "hacked into the booking system in March"
  ['breached', 'breach-start'], // "hackers breached the insurer's network in early April"
  ['infiltrated', 'breach-start'],
  ['dating back', 'breach-start'], // "dating back to at least February"
  ['earliest known', 'breach-start'], // "the earliest known access was on May 17" (the first sign of the intruder, not the finding)
  ['earliest evidence', 'breach-start'],
  ['earliest access', 'breach-start'],
  ['initial access', 'breach-start'], // "initial access occurred on 3 March"
  ['dates back', 'breach-start'],
  ['dated back', 'breach-start'],
  ['dates from', 'breach-start'], // "the breach dates from December"
  ['as early as', 'breach-start'],
  ['took place', 'breach-start'], // "the hack, which took place on 30 April"
  ['happened', 'breach-start'], // "the hack happened last month"
  ['occurred', 'breach-start'], // "the breach occurred in July"
  ['was hit', 'breach-start'], // "was hit by ransomware on Friday"
  ['were hit', 'breach-start'],
  ['hit by', 'breach-start'],
  ['struck', 'breach-start'], // "ransomware struck the hospital on Sunday"
  ['attacked', 'breach-start'],
  ['was hacked', 'breach-start'], // "the site was hacked in 2016"
  ['were hacked', 'breach-start'],
  ['was breached', 'breach-start'],
  ['were breached', 'breach-start'],
  ['compromised', 'breach-start'], // "servers were compromised in May"
  ['stolen', 'breach-start'], // "data stolen in 2016"
  ['stole', 'breach-start'],
  ['steal', 'breach-start'], // "managed to steal the files in 2019", "saw him steal records last year"
  ['obtained', 'breach-start'], // "illegally obtained by fraudsters back in November"
  ['locked up', 'breach-start'],
  ['encrypted', 'breach-start'], // "files were encrypted on Sunday"
  ['launched', 'breach-start'],
  // the victim named as such, the malware taking hold, the systems taken over
  ['victim of', 'breach-start'], // "the clinic was the victim of a cyberattack on 4 May"
  ['fell victim', 'breach-start'], // "fell victim to a cyberattack last week"
  ['target of', 'breach-start'], // "the insurer became the target of hackers in late June"
  ['targeted', 'breach-start'], // "the ministry was targeted by hackers in March"
  ['infected', 'breach-start'], // "its computers were first infected on Wednesday"
  ['infection', 'breach-start'], // "the infection took hold on 4 May"
  ['took over', 'breach-start'], // "intruders took over the town's servers earlier this month"
  ['taken over', 'breach-start'],
  ['hijacked', 'breach-start'], // "the account was hijacked on Sunday"
  ['completed', 'other'], // "completed its investigation on June 10": a step of the response
  ['investigating', 'other'], // "began investigating on May 3": the response, not the intrusion starting
  ['investigation', 'other'], // "launched an investigation on May 3"
  ['concluded', 'other'],
  ['posted', 'other'], // "the hacker posted a sample on July 5"
  ['published', 'other'], // "the gang published the stolen files the night before"
  ['suffered', 'other'], // "suffered a breach earlier this month": when, not which phase
  ['experienced', 'other'], // "attackers launched the campaign in June"
  ['opened', 'breach-start'], // "the breach opened in October 2014"
  // breach-end: access ended or was cut off
  ['ended', 'breach-end'], // "the intrusion ended in October"
  ['ending', 'breach-end'],
  ['cut off', 'breach-end'], // "access was cut off on May 18"
  ['shut off', 'breach-end'],
  ['shut down', 'other'], // "shut down its systems on May 2 as a precaution": a response, not the end of access
  ['removed', 'breach-end'], // "the attackers were removed in April"
  ['expelled', 'breach-end'],
  ['evicted', 'breach-end'],
  ['locked out', 'breach-end'],
  ['contained', 'breach-end'], // "the incident was contained on May 3"
  ['secured', 'breach-end'], // "the database was secured on June 4"
  ['taken offline', 'breach-end'],
  ['closed', 'breach-end'],
  ['blocked', 'breach-end'],
  ['stopped', 'breach-end'],
  ['no longer', 'breach-end'],
  ['last activity', 'breach-end'],
  ['last seen', 'breach-end'], // "the attacker was last seen in the network on April 30"
  ['last observed', 'breach-end'],
  ['fixed', 'breach-end'], // "the flaw was fixed this week"
  ['patched', 'breach-end'], // "never patched it until this week"
  ['remediation', 'breach-end'], // "carried out a remediation this weekend"
  ['throwing', 'breach-end'], // "throwing the intruders out in early May"
  ['threw', 'breach-end'],
  ['kicked', 'breach-end'],
  ['ejected', 'breach-end'],
  ['lasted', 'breach-end'],
  // discovered: the victim detected it
  ['detected', 'discovered'], // "detected unusual activity on May 31"
  ['discovered', 'discovered'], // "discovered the breach in March"
  ['discovery', 'discovered'],
  ['discover', 'discovered'], // "took them until Friday to discover"
  ['discovering', 'discovered'], // "upon discovering the activity on 15 April"
  ['detecting', 'discovered'],
  ['noticing', 'discovered'],
  ['detect', 'discovered'],
  ['detection', 'discovered'],
  ['noticed', 'discovered'],
  ['became aware', 'discovered'], // "became aware of the incident on July 2"
  ['become aware', 'discovered'],
  ['learned', 'discovered'], // "learned of the intrusion in January"
  ['learnt', 'discovered'],
  ['identified', 'discovered'], // "identified suspicious activity on Friday"
  ['uncovered', 'discovered'],
  ['spotted', 'discovered'],
  ['found', 'discovered'], // "found the exposed database in late January"
  ['alerted', 'discovered'], // "was alerted to the breach on Monday"
  ['realized', 'discovered'],
  ['determined', 'discovered'], // "on May 4 the insurer determined that files had been copied"
  ['realised', 'discovered'],
  ['made aware', 'discovered'], // "the agency was made aware of the leak in September"
  ['came to light', 'discovered'], // "the intrusion came to light in late May"
  ['became apparent', 'discovered'], // "the scale only became apparent in March"
  ['flagged', 'discovered'], // "a bank flagged the fraudulent charges on June 2"
  ['observed', 'discovered'], // "we observed suspicious logins on 3 April"
  // present tense and -ing forms of the verbs above ("the district learns of it", "upon noticing")
  ['discovers', 'discovered'], ['detects', 'discovered'], ['notices', 'discovered'], ['learns', 'discovered'], ['learning', 'discovered'],
  ['identifies', 'discovered'], ['identifying', 'discovered'], ['spotting', 'discovered'], ['uncovering', 'discovered'],
  ['realizing', 'discovered'], ['realising', 'discovered'],
  // disclosed: the victim announced it, notified people or regulators, or filed
  ['announced', 'disclosed'], // "announced the breach on Tuesday"
  ['announcement', 'disclosed'],
  ['disclosed', 'disclosed'], // "disclosed the incident on March 16"
  ['disclosure', 'disclosed'],
  ['notified', 'disclosed'], // "notified customers on Saturday"
  ['notifying', 'disclosed'],
  ['notify', 'disclosed'],
  ['announce', 'disclosed'],
  ['disclose', 'disclosed'],
  ['notification', 'disclosed'],
  ['notifications', 'disclosed'], // "received notifications earlier this month"
  ['notice', 'disclosed'], // "published a notice on Monday"
  ['press release', 'disclosed'], // "issued a press release about the breach on May 30"
  ['news release', 'disclosed'], // "according to a news release sent to reporters on May 30"
  ['informed', 'disclosed'], // "customers will be informed by May 26"
  ['inform', 'disclosed'], // "started to inform customers on Saturday"
  ['told', 'disclosed'], // "told employees on Thursday"
  ['wrote to', 'disclosed'],
  ['emailed', 'disclosed'],
  ['letters', 'disclosed'], // "said in letters sent to customers this week"
  ['letter', 'disclosed'],
  ['alerting', 'disclosed'],
  ['warned', 'disclosed'],
  ['filed', 'disclosed'], // "filed with the SEC on Friday"
  ['filing', 'disclosed'],
  ['revealed', 'disclosed'], // "revealed the attack last week"
  ['confirmed', 'disclosed'], // "confirmed the breach on Monday"
  ['acknowledged', 'disclosed'],
  ['admitted', 'disclosed'],
  ['said', 'disclosed'], // "the company said on Thursday"
  ['says', 'disclosed'],
  ['statement', 'disclosed'], // "in a statement on Friday"
  ['reported to', 'disclosed'], // "was reported to the state attorney general on June 7": a filing, not a statement
  ['reported', 'disclosed'],
  ['made public', 'disclosed'],
  ['went public', 'disclosed'],
  ['dated', 'disclosed'], // "a breach notice dated November 22": the day the document was issued
  // present tense and -ing forms ("announcing a data breach on Friday", "the firm notifies customers")
  ['announcing', 'disclosed'], ['announces', 'disclosed'], ['disclosing', 'disclosed'], ['discloses', 'disclosed'],
  ['notifies', 'disclosed'], ['informing', 'disclosed'], ['informs', 'disclosed'], ['revealing', 'disclosed'],
  ['reveals', 'disclosed'], ['confirms', 'disclosed'], ['confirming', 'disclosed'], ['publicized', 'disclosed'], ['publicised', 'disclosed'],
];

/** Law enforcement and the courts acting on the incident ("arrested on Thursday", "pleaded guilty in March"): a date near
 *  one of these is a step of the incident's story when the sentence is about this incident (src/extract/dates.ts), and
 *  set aside with EXCLUDE_CUES otherwise. */
export const LAW_STEP_CUES: readonly string[] = [
  'arrested', 'sentenced', 'pleaded', 'pled guilty', 'convicted', 'indicted', 'extradited', 'detained', 'charged',
];

/** A date near one of these is not an incident date (court, patch, research, corporate history). */
export const EXCLUDE_CUES: readonly string[] = [
  'sentenced', // "was sentenced on Tuesday"
  'sentencing',
  'pleaded', // "pleaded guilty in March"
  'pled guilty',
  'plea',
  'convicted',
  'indicted',
  'indictment',
  'arrested', // "was arrested in 2016" — law-enforcement date
  'extradited',
  'trial',
  'hearing',
  'court',
  'judge',
  'lawsuit',
  'class action',
  'released a patch', // "released a patch on March 3"
  'issued a patch',
  'rolled out a patch',
  'patch was released',
  'patches',
  'patch tuesday',
  'security update',
  'software update',
  'firmware update',
  'released an update',
  'released a fix',
  'cve-',
  'founded', // "founded in 1998"
  'established in',
  'incorporated',
  'acquired by', // "acquired by X in 2015"
  'was acquired',
  'acquisition',
  'merger',
  'ipo',
  'went public in',
  'fiscal',
  'quarter results',
  'earnings',
  'survey',
  'year-over-year', // statistics: "breaches were up 70% year-over-year in Q3 2022"
  'percent',
  'per cent',
  'same period',
  'for instance', // examples of other incidents: "McDonald's was hit by a breach in 2021, for instance"
  'for example',
  'study',
  'report found',
  'annual report',
  'gdpr came into',
  'takes effect',
  'took effect',
  'into effect', // "since the new rule went into effect in April"
  'decision of the', // a regulator's or court's ruling: "a decision of the data protection commission on 7 April"
  'decision regarding', // "the decision regarding the telecom will be announced this month"
  'into force', // "the rules entered into force in May"
  'law passed',
  'executive order', // "announced May 11 that the president signed an executive order on cyber security"
  'regulation',
  'rule',
  'born',
  'died',
  'deadline to',
  'conference',
  'webinar',
  'was elected',
  'joined',
  'retire', // "who retires from his position on Friday"
  'retires',
  'resign',
  'resigned',
  'step down',
  'steps down',
  'appointed',
  'ceo since',
];

/** Of EXCLUDE_CUES, those that mark the whole sentence (an example of other incidents, a statistic, a survey) rather than an
 *  event beside the date: a word of the incident nearer the date does not keep it. */
export const EXCLUDE_SENTENCE_CUES: readonly string[] = [
  'for instance', 'for example', 'percent', 'per cent', 'year-over-year', 'same period', 'survey', 'study', 'report found',
];

/** A date no later than this many words after these reads as ahead of the article: "will be told by May 26". */
export const FUTURE_CUES: readonly string[] = [
  'will', "'ll", 'would', 'by', 'expected', 'expects', 'expect', 'threatening to', 'threatens to', 'threatened to', 'plans to', 'scheduled', 'due on', 'due by', 'deadline', 'next', 'upcoming',
  'starting', 'from', 'until', 'shall', 'is set to', 'are set to', 'going to',
];

/** Words that tie a sentence to the security incident. */
export const INCIDENT_CUES: readonly string[] = [
  'breach', 'hack', 'attack', 'intru', 'intrud', 'access', 'unauthori', 'stole', 'stolen', 'theft', 'compromis', 'expos',
  'leak', 'ransom', 'malware', 'infect', 'encrypt', 'phish', 'incident', 'cyber', 'exfiltrat', 'dump', 'affected',
  'impacted', 'suspicious', 'unusual', 'discover', 'detect', 'notif', 'disclos', 'announc', 'vulnerab', 'exploit',
  'outage', 'disrupt', 'extort', 'threat actor', 'attacker', 'criminal', 'fraud', 'spoof', 'scam', 'credential',
  'password', 'database', 'server', 'data', 'information', 'records', 'customers', 'systems', 'network', 'investigat',
  'forensic', 'security', 'bucket', 'exposed', 'hacker', 'documents', 'files', 'papers', 'dark web', 'break-in', 'burglar',
  'laptop', 'device', 'malicious', 'became aware', 'become aware', 'noticed', 'skimm', 'notice',
  // the recovery of the victim's services is a step of the incident ("service was restored on July 10", "the site
  // was back online on Thursday"), and a breach of the rules names it ("the violation was first revealed on Monday")
  'restored', 'back online', 'back up and running', 'violation',
];

/** Dwell: a date range is an access window only when its sentence says so: a word of the intrusion, its
 * actors or its act ("hackers accessed … between", "an unknown third party logged in between", "thieves
 * used the card reader between"), or the incident itself happening over the range ("the incident occurred
 * between", "it took place from … to"). */
/**
 * Dwell: where an intruder stays, "in the network", "inside the clinic's email environment", "on its
 * servers": a preposition, a determiner, up to three words and a noun of computer systems.
 */
export const DWELL_PLACE = /\b(?:in|inside|within|on|into|around|across|throughout)\s(?:the|its|their|our|a|an|his|her)\s(?:[\w'’.&-]{1,30}\s){0,3}(?:networks?|systems?|environment|servers?|infrastructure|databases?|mailbox(?:es)?|e-?mail\saccounts?)\b/i;

/** Dwell: a date range is an access window only when its sentence says so: a word of the intrusion, its
 * actors or its act ("hackers accessed … between", "an unknown third party logged in between", "thieves
 * used the card reader between"), or the incident itself happening over the range ("the incident occurred
 * between", "it took place from … to"). */
export const DWELL_RANGE_CUE = new RegExp(`\\b(?:access|breach|hack|intru|expos|compromis|stole|stolen|infect|inside|undetected|skimm|exfiltrat|unauthori[sz]ed|malicious|malware|threat\\sactor|attack|cyber-?criminal|(?:suspicious|unusual|anomalous|unauthori[sz]ed)\\s(?:[\\w-]{1,20}\\s)?(?:activity|behaviou?r|log-?ins?|sign-?ins?|traffic)|copied|downloaded|viewed|unsecured|unprotected|publicly|left\\sopen|open\\sto\\s(?:the\\spublic|anyone)|(?:incident|event|it|this|which|issue|problem|error|flaw|glitch|misconfiguration)s?\\s(?:[\\w,-]{1,20}\\s){0,6}?(?:occurred|took\\splace|happened|lasted|ran|unfolded|persisted|continued)|phish|leak|thieves|criminals|gang|perpetrators?|unlawful|illegal|(?:third|outside|unknown|external)\\sparty|logged\\s(?:in|into|on)|log-?ins?\\b)|${DWELL_PLACE.source}`, 'i');

/** Dwell: words near a stated duration that make it the length of access or exposure. */
export const DWELL_CUES: readonly string[] = [
  'undetected', // "remained undetected for more than four months"
  'unnoticed',
  'had access', // "had access for 40 days"
  'have had access',
  'has had access',
  'accessed',
  'access to',
  'inside', // "hackers were inside the network for 18 months"
  'in the network',
  'in its network',
  'in their network',
  'on the network',
  'in the system',
  'in its systems',
  'exposed', // "the database was exposed for three hours"
  'exposure',
  'publicly accessible',
  'publicly available', // "the vehicle data had been publicly available for a decade"
  'openly available',
  'left open',
  'unprotected',
  'lurk', // "lurked in the network for two years"
  'roam',
  'persist',
  'went unnoticed',
  'remained',
  'remain',
  'dwell',
  'compromised',
  'intrusion',
  'breach lasted',
  'attack lasted',
  'to discover',
  'to detect',
  'to notice', // "took the company 11 months to notice"
  'to spot',
  'to identify',
  'before it was discovered',
  'before being discovered',
  'siphon',
  'skimm', // "skimmed card data for nine months"
  'infected',
  'compromise', // "the compromise spanned some 22 months"
  'foothold', // "had a foothold in the network for at least 40 days"
  'active in', // "the attacker was active in the environment for three weeks"
  'active on',
  'sat on', // "malicious code sat on the checkout page for nearly two years"
  'sat in',
  'sat exposed',
  'stayed open',
  'stayed exposed',
  'open to the public',
  'open to anyone',
  'able to access', // "were able to view accounts for up to 72 hours"
  'able to view',
  'able to see',
  'undiscovered',
  'unauthorized access',
  'unauthorised access',
  'downloaded', // "over the course of five days, the hacker downloaded records"
  'downloading', // "had been downloading files for two years"
  'viewed', // an insider's prying: "inappropriately viewed patient records over a 14-month period"
  'snoop', // "had been snooping on patient files for two years"
  // a mailbox read or watched: "had been reading staff emails for three weeks", "had been monitoring the finance mailbox"
  "(?:reading|read|monitoring|monitored|watching|watched)\\s(?:[\\w'’-]{1,20}\\s){0,4}?(?:e-?mails?|mailbox(?:es)?|inbox(?:es)?|messages|correspondence|communications|traffic)",
  // "hackers were in control of the computers for four days"
  '(?:in|had|gained|took|seized|maintained|kept)\\s(?:full\\s|complete\\s|remote\\s)?control\\s(?:of|over)',
  'copied',
  'exfiltrat',
  'hack(?:ing)?\\b', // "the hack took place over several days" (not "the hacked vendor")
  'steal', // "were able to steal data over a period of several weeks"
  'stole',
  'available online', // "was available online for about two weeks"
  'accessible',
  'resid', // "the intruders resided on its servers for five months"
  'breached', // "the network was breached for ten years"
  'unsecured', // "an unsecured server, reachable for nearly a month"
  'misconfigured',
  'visible', // "the records were visible to anyone for six weeks"
  'searchable',
  'leaked', // "the files leaked publicly for several months"
  'leaking',
  'harvest', // "had been harvesting card numbers for nine months"
  'accessing', // "had been accessing the mailbox for three weeks"
  'spying', 'spied',
  'sitting\\s(?:in|on)',
  'active\\sfor',
  'intercept',
  // the victim not finding it: "the bank did not spot the intrusion for seven weeks", "failed to notice for two years"
  "(?:(?:did|does|do|had|has|was|were)(?:n['’]t|\\snot)|never|failed\\sto|without\\sbeing|not)\\s(?:[a-z]+\\s)?(?:detect|notic|discover|spot|realis|realiz|learn|catch|caught|find|found)",
  // "two years before the hack could be detected", "before anyone noticed"
  "before\\s(?:[\\w'’-]{1,20}\\s){0,4}?(?:detected|discovered|noticed|spotted|caught|found|identified|uncovered)",
  // "an attack last fall that lasted just two weeks": the incident named a few words before "lasted"
  // ("the attack on the clinic went on for three months", "the skimming ran for nine months")
  "(?:breach|attack|intrusion|hack|campaign|compromise|infection|skimming|access)\\w*\\s(?:[\\w,'’-]{1,20}\\s){0,8}?(?:lasted|went\\son|ran|persisted|spanned|stretched)",
  // the incident happening over a stretch: "the attack took place over a period of 48 hours"
  "(?:breach|attack|intrusion|hack|incident|compromise|theft)\\w*\\s(?:[\\w,'’-]{1,20}\\s){0,6}?(?:took\\splace|occurred|happened|unfolded)\\s(?:over|across|during)",
  // the data left reachable: "the database was open for 12 days", "records stayed online for almost a month", "the bug was live for 11 days"
  '(?:was|were|been|remained|stayed|sat|left|went)\\s(?:[a-z]+ly\\s)?(?:online|open|live|reachable|public)\\b',
  // the intruder keeping access: "the hackers maintained access for 11 days"
  '(?:maintained|retained|kept|persistent|continued|continuous|uninterrupted|unfettered)\\s(?:[a-z]+\\s)?access',
  // other people's records in view: "for three days, customers who logged in could see other patients' records"
  "(?:could|were\\sable\\sto|was\\sable\\sto)\\s(?:see|view|read|download)\\s(?:[\\w'’-]{1,20}\\s){0,4}?(?:others?|another|each\\sother)",
  // the malicious code at work: "the malicious script collected payment details for 15 days"
  '(?:script|code|malware|skimmer|software|implant|backdoor)\\s(?:[\\w-]{1,20}\\s){0,3}?(?:collected|captured|recorded|siphoned|ran|operated|was\\srunning)',
];

/** Words that make a stated duration something else (retention, sentences, notice periods). */
export const DWELL_EXCLUDE: readonly string[] = [
  'prison', 'jail', 'sentenced', 'sentence', 'credit monitoring',
  // monitoring offered to the people, not the intruder watching a mailbox ("had been monitoring the inbox for weeks")
  "(?<!(?:been|were|was|had|hackers|attackers|criminals|fraudsters|they)\\s)monitoring", 'free of charge', 'complimentary',
  'subscription', 'identity protection', 'retain', 'retention', 'within', 'notify', 'notification', 'report within',
  'deadline', 'hours of', 'fine', 'probation', 'married', 'inactive', 'developing', 'developed', 'cancel', 'closed for', 'warranty', 'offer', 'offering', 'per year', 'a year ago', 'ago',
  // the disruption, not the stay: "the outage after the ransomware attack lasted three days", "systems were down for a week"
  'outage', 'downtime', 'down for', 'offline for', 'back online', 'disruption',
  // the loot on offer: "the stolen data was up for sale on a forum for three days"
  'for sale', 'auction', 'auctioned',
  // a penalty's length: "the nurse who viewed the files was banned from nursing for two years"
  'banned', 'barred', 'struck off', 'disqualified',
  // keeping records: "kept the stolen passwords for ten years"
  "kept\\s(?:[\\w'’-]+\\s){0,3}?(?:data|records|passwords|files|information|details)",
  // a group's history: "the gang that hit the firm has been active for five years"
  "(?:group|gang|crew|outfit|operators?)\\s(?:[\\w'’-]+\\s){0,4}?(?:has|have)\\sbeen\\s(?:active|operating|around)",
];

// ---- date order: which way round an all-numeric date is written ("03/04/2021") ------------------------
// Used by src/read/locale.ts only when the text itself does not settle it (no "25/03/2021" or "03/25/2021").

/**
 * Country-code top-level domains of places whose outlets write numeric dates day-first (the last label of
 * the host: "bbc.co.uk" → "uk"). Generic domains (.com, .org, .net, .io, .co, .tv) say nothing.
 */
export const DAY_FIRST_TLDS: readonly string[] = [
  'uk', // bbc.co.uk, ico.org.uk, nhs.uk
  'ie', // irishtimes.ie
  'au', // abc.net.au
  'nz', // stuff.co.nz
  'za', // news24.co.za
  'in', // thehindu.co.in
  'sg', // straitstimes.com.sg
  'my', // thestar.com.my
  'hk', // scmp.com.hk
  'pk', // dawn.com.pk
  'ng', // punchng.com.ng
  'ke', // nation.co.ke
  'gh', // citinewsroom.com.gh
  'mt', // timesofmalta.com.mt
  'cy', // in-cyprus.com.cy
  'eu', // europa.eu
  'de', // heise.de
  'fr', // lemonde.fr
  'es', // elpais.es
  'it', // corriere.it
  'nl', // nos.nl
  'be', // lesoir.be
  'at', // derstandard.at
  'ch', // nzz.ch
  'lu', // wort.lu
  'se', // svt.se
  'no', // nrk.no
  'dk', // dr.dk
  'fi', // yle.fi
  'is', // ruv.is
  'pl', // onet.pl
  'cz', // idnes.cz
  'sk', // sme.sk
  'pt', // publico.pt
  'gr', // kathimerini.gr
  'ro', // hotnews.ro
  'bg', // dnevnik.bg
  'hr', // index.hr
  'si', // delo.si
  'ee', // err.ee
  'lv', // lsm.lv
  'lt', // lrt.lt
  'ru', // rbc.ru
  'ua', // pravda.com.ua
  'tr', // hurriyet.com.tr
  'il', // haaretz.co.il
  'br', // globo.com.br
  'ar', // clarin.com.ar
  'cl', // latercera.cl
  'mx', // eluniversal.com.mx
  'pe', // elcomercio.pe
];

/** Country-code domains of places that write numeric dates month-first, like the default. */
export const MONTH_FIRST_TLDS: readonly string[] = [
  'us', // state.ny.us
  'ph', // inquirer.net.ph
];

/**
 * English regions (the part after "en-" / "en_" in a page's language) that write numeric dates
 * day-first: `<html lang="en-GB">`, og:locale "en_AU". "en-US" and "en-PH" are month-first; a bare
 * "en", and "en-CA" (both orders in use), say nothing.
 */
export const DAY_FIRST_ENGLISH_REGIONS: readonly string[] = [
  'gb', 'uk', 'ie', 'au', 'nz', 'za', 'in', 'sg', 'my', 'hk', 'pk', 'ng', 'ke', 'gh', 'mt', 'cy', 'jm', 'tt', 'bw', 'zw',
  'eu', '150', // en-150: English as used in Europe
];
export const MONTH_FIRST_ENGLISH_REGIONS: readonly string[] = ['us', 'ph', 'um', 'as', 'gu', 'pr', 'vi'];

/**
 * Languages (other than English) whose numeric dates are day-first: a page in German, French, Spanish …
 * writes 03.04.2021 for 3 April. Year-first languages (zh, ja, ko, hu, lt, sv's ISO habit aside) say nothing.
 */
export const DAY_FIRST_LANGUAGES: readonly string[] = [
  'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'ro', 'bg', 'el', 'ru', 'uk', 'be',
  'tr', 'da', 'nb', 'nn', 'no', 'fi', 'is', 'et', 'lv', 'ga', 'cy', 'ca', 'eu', 'gl', 'he', 'ar', 'id', 'ms', 'vi', 'th',
  'hi', 'ur',
];

/**
 * Skimmer articles: how the text says people paid at the till or checkout ("customers who shopped there",
 * "made purchases", "used their cards"). In such an article the shoppers' window is when card details were taken.
 */
export const PURCHASE_VERBS: readonly string[] = [
  'shopped', 'bought', 'purchased', 'made\\s(?:a\\s)?(?:purchases?|payments?|transactions?)', 'visited', 'dined', 'paid',
  'used\\s(?:their|a|his|her)\\s(?:[\\w-]+\\s)?cards?',
];

/** An article about card details captured as people pay: a skimmer, point-of-sale or checkout malware. */
export const PAYMENT_CAPTURE = /\b(?:skimm(?:er|ers|ing)|point[\s-]of[\s-]sale|POS\s(?:malware|systems?|terminals?|devices?)|(?:card|payment)[\s-](?:stealing|scraping|skimming)|formjacking|magecart|(?:malicious|rogue)\s(?:software|code|script|javascript))\b/i;

/** Does the article tell of card or payment details captured as people pay (read by the dates and dwell steps)? */
export const tellsOfPaymentCapture = (text: string): boolean => PAYMENT_CAPTURE.test(text) && /\b(?:cards?|payment)\b/i.test(text);

/** Malicious code as what is installed or deployed ("malware was installed", "deployed ransomware", "installed a card
 *  skimmer"): the intruder's foothold, which dates the start. */
export const MALICIOUS_CODE = /\b(?:malware|ransomware|skimm(?:er|ers|ing\s(?:code|devices?|software|scripts?))|backdoors?|web\s?shells?|trojans?|keyloggers?|spyware|viruse?s?|cryptominers?|malicious\s(?:code|software|scripts?|files?|programs?|payloads?)|card-stealing\scode)\b/i;
