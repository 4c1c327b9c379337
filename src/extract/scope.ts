// Scope: which sentences tell this incident, and which are background — an earlier breach at the same
// victim, another victim's incident, a trend statistic (teasers for other stories are page furniture,
// which the readers drop). Background
// sentences lend their dates, data, counts and actors to nobody: the pipeline sets aside what was read
// there (src/extract/index.ts), and extractors may ask `scope.isBackground(s)` while choosing.
//
// A sentence is background when a row of BACKGROUND fires on it (the rows below, each with an invented
// example and near miss), or when it follows a background sentence in the same paragraph and does not
// come back to this incident: another victim's story ends where the victim is named again, an earlier
// incident of the victim's own where the text returns to the present ("this year", "now", a recent
// year). Headlines are never background, nor is the lede (the first sentence) unless it opens on an
// incident two or more years before publication: the lede is the story.
import type { Document, Sentence } from '../document.js';
import {
  DEFINITION_HEADS, DEFINITION_VERBS, GROUP_EMERGED, GROUP_HISTORY,
  INCIDENT_NOUNS, OTHER_INCIDENT_ADJECTIVES, OTHER_ORG_NOUNS, RIVAL_WORDS, SUFFERED_VERBS, SUPPLIER_WORDS,
  THREAT_TERMS, TREND_PHRASES,
} from '../lexicon/scope.js';
import { KNOWN_ACTORS } from '../lexicon/actors.js';
import { AUTHORITY_COUNTRY, COUNTRY_WORDS, PLACE_WORDS } from '../lexicon/countries.js';
import { alternation, escapeRegExp, execAll, wholeNameTest } from '../regexp.js';
import { fires, ruleTable, why, type PatternRule, type Why } from '../rules.js';
import type { VictimName } from './types.js';
import { victimNames } from './victim-names.js';

const INCIDENT = alternation(INCIDENT_NOUNS);
const OTHER_ADJ = alternation(OTHER_INCIDENT_ADJECTIVES);
const SUFFERED = alternation(SUFFERED_VERBS);
const RIVAL = `(?:(?:${alternation(RIVAL_WORDS)})\\s(?:[\\p{Ll}-]{2,20}\\s){0,2})`;
const PLURAL_INCIDENT = '(?:data\\s|ransomware\\s|cyber\\s)?(?:breaches|attacks|cyberattacks|cyber-attacks|hacks|incidents|intrusions|leaks)';
const NAME = "\\p{Lu}[\\p{L}\\p{N}&'’.-]{1,30}(?:\\s(?:of\\s|&\\s)?\\p{Lu}[\\p{L}\\p{N}&'’.-]{1,30}){0,3}";
/** An attacker group named as the subject of its history: "Grimlock, also known as Ashfox, …", "Grimlock is a hacking group …". */
const GROUP_NAMED = '\\p{Lu}[\\p{L}\\p{N}$&.-]{1,30}(?:,\\s(?:also\\s)?(?:known|tracked)\\sas\\s[^,.;]{2,40}(?=,)|\\s(?:is|was)\\san?\\s(?:[\\p{L}-]+\\s){0,2}(?:group|gang|crew|collective|outfit|operation))';
/** Whom a group hit before, as a crowd of victims ("has hit scores of firms", "known for attacks on hospitals"). */
const VICTIM_CROWD = '(?:corporations|companies|firms|organi[sz]ations|victims|hospitals|businesses|targets|institutions|schools|councils|governments)';
const HIT_MANY = `(?:(?:has|have|had)\\s(?:(?:previously|also|successfully|already|since|reportedly)\\s){0,2}(?:targeted|attacked|hit|breached|compromised|claimed)\\s(?:(?:major|other|several|many|numerous|dozens\\sof|hundreds\\sof|scores\\sof)\\s)?(?:[\\p{L}-]+\\s)?${VICTIM_CROWD}|(?:known|notorious|responsible)\\sfor\\s(?:[\\p{L}-]+\\s){0,3}(?:attacks|breaches|hacks|intrusions)\\s(?:on|against)\\s(?:[\\p{L}-]+\\s){0,3}${VICTIM_CROWD})`;
/** A stock ticker after a company's name, as wire copy writes it ("Pelham Health (PLH)", "( PLH.N )"). */
const TICKER = '(?:\\s\\(\\s?[\\p{Lu}\\p{N}.:]{1,10}\\s?\\))';
/** A longer organisation name, with its joining words ("Hospital for Sick Children", "Municipality of West Brackley"). */
const LONG_NAME = "\\p{Lu}[\\p{L}\\p{N}&'’.-]{1,30}(?:\\s(?:(?:of|for|de|du|and)\\s(?:the\\s)?|&\\s)?\\p{Lu}[\\p{L}\\p{N}&'’.-]{1,30}){0,4}";
/** A threat term as a definition opens on it, capitalised ("Ransomware", "A DDoS attack"). */
const TERM = [...THREAT_TERMS].sort((a, b) => b.length - a.length)
  .map((t) => escapeRegExp(t[0]!.toUpperCase() + t.slice(1)).replace(/ /g, '\\s')).join('|');
/** Where an event at another organisation is told: it was breached, or it had an incident. */
const OTHER_EVENT = `(?:(?:was|were|had\\sbeen|has\\sbeen|have\\sbeen)\\s(?:breached|hacked|compromised|hit|attacked|targeted|stolen|encrypted|leaked)|(?:reported|suffered|experienced|detected|disclosed|identified|had)\\s(?:a|an)\\s(?:[\\p{L}-]+\\s){0,2}(?:incident|attack|cyberattack|cyber-attack|breach|intrusion|hack))\\b`;
/** A reporting verb after an organisation's name ("X confirmed …", "X also said …"). */
const REPORTS = '\\s(?:also\\s)?(?:confirmed|said|announced|disclosed|reported|revealed|admitted|acknowledged)';
/** This incident spoken of by anaphora: "the attack", "the company's", "the hospital" (lower case: "the Municipality
 * of X" is a name). A sentence with one of them tells this incident. */
const EVENT_ANAPHORA = new RegExp(`\\b[Tt](?:he|his|hat)\\s(?:(?:data|cyber|ransomware|security)\\s)?(?:attack|breach|incident|hack|intrusion|cyberattack|cyber-attack|leak|theft|outage|compromise)\\b`, 'u');
const ANAPHORA = new RegExp(`${EVENT_ANAPHORA.source}|\\b[Tt]he\\s(?:${alternation(OTHER_ORG_NOUNS)}|cooperative|trust|authority|charity|practice|board|district|network|systems|servers)(?:['’]s)?\\b`, 'u');

interface ScopeRule extends PatternRule {
  /** The background continues to the next sentences of the paragraph (a story told over several). */
  carries: boolean;
  /** The background is another victim's (it ends where the victim is named), not the victim's own past. */
  otherVictim?: boolean;
  /** A statement about incidents in general (a trend, a group's history, organisations at large), not one other
   * incident: its facts are not this incident's, but whom it credits (a study, a research firm) is still a source. */
  general?: boolean;
}

export const BACKGROUND = ruleTable<ScopeRule>('scope', 'background sentence', [
  {
    id: 'other-victim-suffered',
    // ("Pelham Schools in northern Eastshire was hit": a place after the name)
    pattern: new RegExp(`(?:^|[,;]\\s|\\band\\s|\\b${RIVAL})(?:the\\s)?(${NAME})(?:\\sin\\s(?:[\\p{Ll}-]{2,15}\\s){0,2}\\p{Lu}[\\p{L}-]{1,30}(?:\\s\\p{Lu}[\\p{L}-]{1,30})?)?(?:\\s(?!(?:an|the)\\s)[\\p{Ll}-]{2,15}){0,2}(?:,\\s[^,;.]{3,60},)?\\s(?:(?:also|previously|recently|itself|too)\\s)?(?:${SUFFERED})\\b`, 'u'),
    carries: true,
    otherVictim: true,
    example: 'Last year, rival grocer Pelham Foods was hit by a similar attack.',
    counterexample: 'The water company said its billing system was hit by the outage.',
    reason: 'another organisation suffering an incident is another incident (the driver keeps it when the name is the victim\'s)',
  },
  {
    id: 'other-org-attacked',
    pattern: new RegExp(`\\b(?:hackers|attackers|criminals|actors|gang|group|operators|affiliates|they)\\s(?:(?:also|later|then|previously|once)\\s)?(?:attacked|hit|breached|targeted|compromised|hacked|struck)\\s(?:the\\s)?(?:[\\p{Ll}-]{2,15}\\s){0,5}(${NAME})`, 'u'),
    carries: true,
    otherVictim: true,
    example: 'When the same gang attacked the hotel operator Brightwater Inns, it asked for ten million.',
    counterexample: 'When the same gang attacked the hotel operator, it asked for ten million.',
    reason: 'attackers striking a named organisation other than the victim tell that organisation\'s incident (the driver keeps it when the name is the victim\'s)',
  },
  {
    id: 'incident-at-other',
    pattern: new RegExp(`^[Tt]he\\s(?:(?:recent|massive|major|huge|large|big|earlier|(?:19|20)\\d\\d)\\s)?(?:data\\s|security\\s|cyber\\s)?(?:breach|hack|attack|cyberattack|cyber-attack|leak|incident)\\s(?:at|of|on|against)\\s(?:the\\s)?(${NAME})`, 'u'),
    carries: true,
    otherVictim: true,
    example: 'The breach at Pelham Savings, a large regional lender, exposed the records of two million people.',
    counterexample: 'The breach at the lender exposed the records of two million people.',
    reason: 'a sentence that opens on the incident at a named organisation tells that organisation\'s incident (the driver keeps it when the name is the victim\'s)',
  },
  {
    id: 'incident-named-inside',
    // "A cyberattack at Pelham College forced …", "… larger than the breach that hit Dunmore-based Ashby Clinic in May"
    pattern: new RegExp(`(?:^|[\\s(“"‘])(?:[Tt]he|[Aa]n?)\\s(?:(?:recent|massive|major|huge|large|big|earlier|similar|(?:19|20)\\d\\d)\\s)?(?:data\\s|security\\s|cyber\\s|ransomware\\s)?(?:breach|hack|attack|cyberattack|cyber-attack|leak|incident)(?:\\s(?:at|on|against)|,?\\s(?:that|which)\\s(?:affected|hit|struck|crippled|targeted))\\s(?:the\\s)?(?:[\\p{L}-]+-based\\s)?(${NAME})`, 'u'),
    carries: false,
    otherVictim: true,
    example: 'Last spring a cyberattack at Pelham College forced the college to cancel its exams.',
    counterexample: 'Last spring a cyberattack at the college forced it to cancel its exams.',
    reason: 'an incident at a named organisation told as a noun phrase inside the sentence ("a cyberattack at X", "the breach that hit X") is that organisation\'s incident (the driver keeps it when the name is the victim\'s, a supplier\'s, a place or a time, or opens the article)',
  },
  {
    id: 'other-org-breach',
    pattern: new RegExp(`(?:(?:^|[\\s(“"‘])(${NAME})(?:['’]s|(?<=s)['’])${TICKER}?\\s(?:(?:(?:19|20)\\d\\d|recent|massive|major|huge|earlier|previous)\\s)?(?:data\\s|security\\s|cyber\\s)?(?:breach|leak|incident)|\\b[Tt]he\\s(${NAME})\\s(?:(?:data|security|cyber)\\s)?(?:breach|hack|leak))\\b(?!\\s(?:notification|notice|law|rules?|reports?|reporting|response|plans?|polic(?:y|ies)|team|risks?|insurance|portal|tracker|database|list|register|figures|statistics|tally|site|tool|lawsuits?|settlement|claims?)\\b)`, 'u'),
    carries: true,
    otherVictim: true,
    example: "Regional lenders are on guard, with Pelham Savings' 2022 data breach still in the news.",
    counterexample: "Regional lenders are on guard, with Pelham Savings' breach notification rules still in the news.",
    reason: 'a breach owned by another named organisation ("X\'s breach", "X\'s 2022 data leak", "the X hack") is that organisation\'s incident; "breach", "leak" and "incident" are what a victim has, not what an attacker does ("Grimlock\'s attack" may be this one) (the driver keeps it when the name is the victim\'s or one spelt like it, a known attacker\'s, a supplier\'s, or opens the article)',
  },
  {
    id: 'other-incident-noun',
    pattern: new RegExp(`\\b(?:an?|the|its|their|his|her|that|this)?\\s?(?:${OTHER_ADJ})\\s(?:[\\p{L}-]{1,15}\\s)?(?:${INCIDENT})\\b`, 'iu'),
    carries: true,
    example: 'The chain disclosed a separate breach of its loyalty scheme in 2019.',
    counterexample: 'The chain said the breach was discovered earlier this month.',
    reason: 'an incident set apart by its adjective (separate, earlier, previous, last year\'s) is another incident (the driver keeps a sentence that names the victim)',
  },
  {
    id: 'not-the-first-time',
    pattern: /\b(?:(?:is|was|marks)\s(?:not\sthe\sfirst|the\s(?:second|third|latest))\stime|(?:not|n['’]t)\sthe\sfirst\s(?:time|breach|attack|incident)|has\s(?:also\s)?been\s(?:hit|targeted|breached|attacked)\sbefore)\b/iu,
    carries: true,
    example: 'It is not the first time the council has lost residents’ records.',
    counterexample: 'It took the council the first week of May to restore its systems.',
    reason: 'a sentence that says the victim was hit before recalls an earlier incident',
  },
  {
    id: 'second-after',
    pattern: /\b(?:is|was|marks)\s(?:the|its)\s(?:second|third|fourth|fifth|latest)\s(?:[\p{L}-]+\s){0,2}(?:breach|attack|incident|hack|cyberattack|cyber-attack|leak|intrusion)\b[^.;]{0,120}?\b(?:after|following)\b/iu,
    carries: true,
    example: 'This is the second breach at the council this year, after staff records were emailed to the wrong address in March.',
    counterexample: 'This is the largest breach at the council, after a phishing email reached staff in March.',
    reason: '"the second breach … after …" sets this incident beside an earlier one, which the rest of the sentence tells',
  },
  {
    id: 'dated-past-incident',
    pattern: new RegExp(`^(?:(?:back\\s)?(?:in|during)\\s(?:(?:early|late|mid-?)\\s?)?(?:\\p{L}{3,9}\\s)?(?:19|20)\\d\\d|(?:some\\s)?(?:two|three|four|five|six|seven|eight|nine|ten|several|a\\sfew|\\d{1,2})\\syears\\s(?:ago|earlier|before)|last\\syear|a\\syear\\sago),?\\s(?:[^.;]{0,80}?)\\b(?:${SUFFERED}|claimed\\san?|disclosed\\sthat|revealed\\sthat|admitted\\sthat)\\b`, 'iu'),
    carries: true,
    example: 'In 2016, the retailer suffered a card-skimming attack on its tills.',
    counterexample: 'In 2023, the attackers first gained access through a contractor account.',
    reason: 'a sentence opening on a past year ("in 2016", "three years ago", "last year") in which the victim suffered or disclosed an incident recalls an older one (the driver keeps it when the year is within a year of publication, and "last year" early in the year)',
  },
  {
    id: 'other-victims-list',
    pattern: /\b(?:other\s(?:victims|targets|companies|organisations|organizations)\s(?:have\s)?(?:include|included|were|are)|(?:other|previous|past|earlier|prior|recent|notable|high-profile|known|its|their|the\s(?:gang|group)['’]s)\s(?:[\p{L}-]+\s){0,2}victims\s(?:[^.;]{0,40}?\s)?(?:include|included|have\sincluded|range\sfrom|ranged\sfrom)|joins\sa\s(?:long|growing)?\s?(?:list|string|series)\sof|(?:is|was)\sthe\s(?:latest|newest)\sin\sa\s(?:string|series|wave|spate)\sof)\b/iu,
    carries: false,
    example: 'Other victims include a dairy cooperative and two regional airports.',
    counterexample: 'Other customers were told on Friday that their accounts were safe.',
    reason: 'a list of other victims tells the campaign, not this incident',
  },
  {
    id: 'comes-after-other',
    pattern: new RegExp(`\\b(?:comes?|came|follows|followed|arrives?|arrived)\\s(?:just\\s|only\\s|barely\\s)?(?:(?:a|two|three|four|five|six|several|a\\sfew|\\d{1,2})\\s(?:days?|weeks?|months?|years?)\\s|days\\s|weeks\\s|months\\s|shortly\\s|soon\\s|not\\slong\\s)?(?:after|(?:hot\\s)?on\\sthe\\sheels\\sof)\\s(?:(?:another|a\\ssimilar|other)\\b|${RIVAL}?(${NAME})\\s)`, 'u'),
    carries: true,
    otherVictim: true,
    example: 'The attack comes weeks after Dunmore Telecom disclosed that its billing data was stolen.',
    counterexample: 'The disclosure comes weeks after the company first noticed the intruders.',
    reason: 'an incident set beside this one in time ("comes weeks after X disclosed…") is another victim\'s (the driver keeps it when the name is the victim\'s)',
  },
  {
    id: 'group-history',
    pattern: new RegExp(`^(?:(?:the\\s)?(?:[\\p{L}\\p{N}-]+\\s){0,3}(?:group|gang|crew|operation|collective|outfit|ransomware)|it|they|${GROUP_NAMED})\\b[^.;]{0,80}?\\b(?:${alternation(GROUP_HISTORY)}|${HIT_MANY}|(?:${alternation(GROUP_EMERGED)})\\s(?:in|since|around|by)\\s(?:(?:early|mid|late)-?\\s?)?(?:[\\p{L}-]{3,13}\\s(?:of\\s)?)?(?:(?:19|20)\\d\\d|last\\syear))\\b`, 'iu'),
    carries: true,
    otherVictim: true,
    general: true,
    example: 'The gang, first seen in 2020, has claimed attacks on clinics and a port.',
    counterexample: 'Word of the theft first surfaced in 2024 in a state filing.',
    reason: 'the history of an attacker group (when it appeared: "first observed in 2015", "emerged in mid-November last year"; whom it hit before: "has previously been blamed for", "had targeted major corporations", "known for attacks on scores of companies"), with the group named as "X, also known as Y," or "X is a hacking group", tells other incidents (the driver keeps it when it names the victim)',
  },
  {
    id: 'sector-trend',
    pattern: new RegExp(`^["“'‘]?(?!(?:the|these|those|its|their|both|such|our|his|her|all|further|subsequent|later|follow-up|recent|latest|two|three|several)\\b)(?:[\\p{L}-]+\\s){0,2}${PLURAL_INCIDENT}\\s(?:(?:on|of|against|in|at|targeting|affecting|across|like|such\\sas)\\s[^,.;]{1,40}?\\s)?(?:have|has|rose|surged|jumped|climbed|doubled|tripled|increased|fell|dropped|exposed|cost|accounted|affected|reached|continue|create|cause|lead|put|give|hand|offer|provide|let|allow|often|tend|remain|are\\s(?:rising|increasing|growing|becoming|common|on\\sthe\\srise))\\b`, 'iu'),
    carries: false,
    general: true,
    example: 'Attacks on water utilities have tripled since 2021, regulators say.',
    counterexample: 'The attacks on the utility began in March, regulators say.',
    reason: 'a bare plural of incidents as subject ("breaches in farming rose…") states a trend across many incidents',
  },
  {
    id: 'count-of-incidents',
    pattern: new RegExp(`\\b(?:there\\s(?:were|have\\sbeen|had\\sbeen)\\s(?:more\\sthan\\s|over\\s|nearly\\s|almost\\s|about\\s|some\\s|at\\sleast\\s)?[\\d,.]+(?:\\s(?:million|billion|thousand))?\\s(?:[\\p{L}-]+\\s){0,2}(?:breaches|attacks|incidents|hacks|cyberattacks|cyber-attacks)|\\d{1,3}(?:\\.\\d)?\\s?(?:%|per\\s?cent)\\sof\\s(?:all\\s)?(?:[\\p{L}-]+\\s){0,2}(?:organi[sz]ations|companies|firms|businesses|breaches|attacks|incidents|respondents))\\b`, 'iu'),
    carries: false,
    general: true,
    example: 'There were more than 1,800 breaches in the country last year, the regulator said.',
    counterexample: 'There were more than 1,800 records in the stolen file, the regulator said.',
    reason: 'a count of incidents or a share of organisations is a statistic across many incidents',
  },
  {
    id: 'group-methods',
    pattern: /\b(?:has|have)\s(?:long\s)?(?:been\s)?(?:refin|hon|evolv|chang|expand|adapt|shift|updat|improv|diversif)(?:ing|ed|ied|ying)\s(?:its|their)\s(?:[\p{L}-]+\s){0,3}(?:methods|tactics|techniques|tools|toolset|toolkit|playbook|approach|operations|arsenal)\b/iu,
    carries: false,
    general: true,
    example: 'Researchers said the crew has been honing its phishing techniques for months.',
    counterexample: 'Researchers said the crew used a phishing email to get in.',
    reason: 'how an attacker group works in general (its methods, as a research firm describes them) is not how this incident happened',
  },
  {
    id: 'year-in-review',
    pattern: /^(?:(?:19|20)\d\d|the\s(?:past|last)\s(?:year|twelve\smonths|12\smonths))\s(?:has\sbeen|was|saw|has\sseen|brought|will\sbe\sremembered)\b/iu,
    carries: false,
    general: true,
    example: '2022 saw a flood of phishing campaigns and a string of outages.',
    counterexample: 'Early 2022 was when the intruders first logged in, the council said.',
    reason: 'a sentence that sums up a year of incidents is a trend, not this incident (the driver keeps it when it names the victim)',
  },
  {
    id: 'threat-definition',
    pattern: new RegExp(`^(?:The\\s)?(${NAME})(?:\\s(?:ransomware|malware))?(?:,\\s[^,.;]{2,60},)?\\s(?:is|are)\\s(?:a|an)\\s(?:[\\p{L}-]+\\s){0,2}(?:type|form|kind|variant|strain|family|version|piece|brand)\\sof\\b|(?:^|(?<=\\s))(?:${TERM})(?:,\\s[^,.;]{2,60},)?\\s(?:(?:is|are)\\s(?:(?:typically|usually|often|generally|essentially|basically|simply|commonly|perhaps)\\s)?(?:(?:a|an|the|one|any)\\s(?:[\\p{L}-]+\\s){0,3}(?:${alternation(DEFINITION_HEADS)})\\b|when\\b|where\\b)|(?:(?:typically|usually|often|generally|commonly)\\s)?(?:${alternation(DEFINITION_VERBS)})\\b)`, 'u'),
    carries: false,
    general: true,
    example: 'Smishing is a kind of fraud in which a text message leads to a fake bank page.',
    counterexample: 'The smishing message was sent to every member of staff on Monday.',
    reason: 'a definition of a threat ("phishing is the attempt to …", "ransomware encrypts …", "X is a strain of ransomware first seen in …") tells what such attacks are in general, not what happened here (a definition may open the article, so the lede too; the driver keeps a named strain that is the victim\'s name)',
  },
  {
    id: 'other-org-incident',
    pattern: new RegExp([
      // "Last week, the X Board confirmed a database was breached in a March cyberattack"
      `^(?:(?:(?:[Ll]ast|[Tt]his|[Ee]arlier\\sthis|[Ll]ate\\slast)\\s(?:week|month|year)|[Oo]n\\s[^,;]{3,20}|[Ii]n\\s[^,;]{3,20}|[Ee]arlier|[Mm]eanwhile|[Ss]eparately),?\\s)?(?:the\\s)?(${LONG_NAME})(?:\\s(?:in|of|at|from|near)(?:\\s[\\p{L}-]+){1,3}?)?(?:,\\s[^,.;]{3,60},)?${REPORTS}\\b[^.;]{0,100}?\\b${OTHER_EVENT}`,
      // "$90,000 was taken from an account held by the Town of X in a cyberattack"
      `\\b(?:was|were|had\\sbeen)\\s(?:stolen|taken|siphoned|drained|leaked)\\sfrom\\s(?:(?:an?|the)\\s)?(?:[\\p{Ll}-]+\\s){0,3}(?:(?:of|at|belonging\\sto|held\\sby|run\\sby)\\s)?(?:the\\s)?(${LONG_NAME})\\s(?:[^.;]{0,40}?\\s)?in\\s(?:a|an)\\s(?:[\\p{L}-]+\\s){0,2}(?:cyberattack|cyber-attack|attack|breach|hack|incident|scam|heist)\\b`,
      // "After X Hospital for Children was hit by the same strain, …"
      `^(?:After|When|Since|Before|Like|Unlike|Just\\sas|Much\\sas)\\s(?:the\\s)?(${LONG_NAME})\\s(?:was|were|had\\sbeen|got)\\s(?:hit|struck|attacked|breached|hacked|targeted|crippled|compromised)\\b`,
      // "Another Dutch bakery, X, said its plant was hit by ransomware"
      `\\b(?:[Aa]nother|[Aa]\\ssecond|[Aa]\\sthird)\\s(?:[\\p{L}-]+\\s){0,2}(?:${alternation(OTHER_ORG_NOUNS)})(?:,\\s|\\s(?:named|called|known\\sas)\\s)(?:the\\s)?(${LONG_NAME})`,
    ].join('|'), 'u'),
    carries: true,
    otherVictim: true,
    example: 'Last week, the Brackley Water Board confirmed a billing database was breached in a March cyberattack.',
    counterexample: 'Last week, the Brackley Water Board confirmed a billing database was moved in a March upgrade.',
    reason: 'another named organisation\'s own incident (it said it was breached, money was taken from it in an attack, "after X was hit", "another company, X, …"), with no word that points back to this incident ("the attack", "the company"), is that organisation\'s story (the driver keeps it when the name is the victim\'s, a supplier\'s, or opens the article)',
  },
  {
    id: 'dated-other-event',
    // the time and the incident word may come in either order: "A hack at X in 2021 …", "In 2020, X lost … in a breach"
    pattern: new RegExp(`^(?=[^]*?\\b(?:19|20)\\d\\d\\b)(?=[^]*?\\b(?:(?:a|an)\\s(?:(?!of\\s)[\\p{L}-]+\\s){0,3}(?:breach|hack|attack|cyberattack|cyber-attack|leak|incident|intrusion)(?![\\p{L}-]|\\s(?:code|vectors?|surface|tools?|techniques?|methods?|patterns?|scenarios?)\\b)|(?:was|were|had\\sbeen|got)\\s(?:\\p{Ll}+\\s)?(?:breached|hacked|attacked|targeted|compromised|hit)|came\\sunder\\s(?:a\\s)?(?:[\\p{L}-]+\\s)?attack)\\b)`, 'iu'),
    carries: false,
    otherVictim: true,
    example: 'One such case came in 2020, when the exchange Dunmore Coin lost $40 million to hackers in a breach.',
    counterexample: 'One such case came this spring, when the exchange Dunmore Coin lost $40 million to hackers in a breach.',
    reason: 'an incident dated to an earlier year at an organisation the sentence names, with neither the victim nor a word that points back to this incident ("the attack", "the company"), is another organisation\'s story, however its sentence is built (the driver reads the names and the years; the publication year must be known)',
  },
  {
    id: 'trailing-other-story',
    // read only as the first sentence of a paragraph after the victim's last mention (the driver's check)
    pattern: new RegExp(`\\b(?:${INCIDENT}|ransomware|${SUFFERED}|unauthori[sz]ed\\saccess|(?:lost|leaked|exposed|stole|stolen)\\s(?:[^.;]{0,40}?\\s)?(?:records|data|details|files|information))\\b`, 'u'),
    carries: true,
    otherVictim: true,
    example: 'Separately, Brackley Foods notified some 40,000 shoppers of a cyberattack on its loyalty scheme in March.',
    counterexample: 'Separately, Brackley Foods notified some 40,000 shoppers of a price rise on its loyalty scheme in March.',
    reason: 'a paragraph after the story (the victim is not named again) that opens on another named organisation\'s incident is another story the page carries, a teaser or a related item: its count, actor and dates are that organisation\'s (the driver reads the position, the names and that no word points back to this incident)',
  },
  {
    id: 'trend-statistic',
    pattern: new RegExp(`\\b(?:${alternation(TREND_PHRASES)})\\b`, 'iu'),
    carries: false,
    general: true,
    example: 'On average, a breach in the health sector costs ten million dollars.',
    counterexample: 'The average customer had three cards on file, the bank said.',
    reason: 'a statistic across many incidents is background, not this incident\'s count or date',
  },
]);

/** Which sentences of a document are background, and the rule that made each one so. */
export class IncidentScope {
  constructor(private readonly background: ReadonlyMap<number, Why>, private readonly general: ReadonlySet<number> = new Set()) {}

  /** No sentence is background (for a step run on its own, as rule rows' tests do). */
  static none(): IncidentScope {
    return new IncidentScope(new Map());
  }

  isBackground(s: Sentence): boolean {
    return this.background.has(s.index);
  }

  /** The rule that made a sentence background, or undefined when it tells this incident. */
  whyBackground(s: Sentence): Why | undefined {
    return this.background.get(s.index);
  }

  /** Background that tells another or an older incident (not a statement about incidents in general). */
  isOtherIncident(s: Sentence): boolean {
    return this.background.has(s.index) && !this.general.has(s.index);
  }

  get size(): number {
    return this.background.size;
  }
}

const YEAR = /\b((?:19|20)\d\d)\b/;
/** Weekdays and months: a capitalised word that names a time, not an organisation. */
const WHEN = /^(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|Christmas|Easter|Thanksgiving|Halloween|Yesterday|Today|Tonight|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?:'s|’s)?$/;
const YEARS = /\b(?:19|20)\d\d\b/g;
/** The text comes back to the present: the end of a recalled incident. */
const PRESENT = /\b(?:this\s(?:year|month|week)|(?:last|past)\s(?:week|month)|now|today|yesterday|latest|current(?:ly)?|fast\sforward)\b/i;

/** Attacker groups by name ("the Grimlock hack" is this incident's attacker, not another victim). */
const ACTOR_NAMES = new Set(KNOWN_ACTORS.flatMap((a) => [a.name, ...(a.aliases ?? [])]).map((n) => n.toLowerCase()));

/** Words that make another organisation's breach the cause of this incident ("the source could be the X breach",
 * "traced to X's data leak"): a supply chain, not another story. */
const CAUSE_BEFORE = /\b(?:source|cause|origin|traced|stem(?:s|med)|linked|tied|connected|related|due|result(?:ed)?|part|through|via|from|caused|because|blamed)\b[^.;]{0,30}$/i;

/** The names the victim goes by, as a test on a sentence. */
function victimTest(company: VictimName | null): (text: string) => boolean {
  const names = victimNames(company);
  if (!names.length) return () => false;
  // (?<![\p{L}\p{N}])(?:names)(?![\p{L}\p{N}]) with 'iu', without compiling its Unicode classes per article
  return wholeNameTest(alternation(names), 'iu');
}

interface Guard {
  namesVictim: (text: string) => boolean;
  /** A name spelt like one of the victim's (the same first word: "Pelham Health Group" beside "Pelham Health System"). */
  likeVictim: (name: string) => boolean;
  publishedYear: number | null;
  publishedMonth: number | null;
  /** A capitalised word that the article also writes in lower case is a common word, not a name ("Hackers"). */
  commonWord: (word: string) => boolean;
  /** The article speaks of the organisation as a supplier: its incident reached the victim (a supply chain), it is no other story. */
  supplier: (name: string, except?: string) => boolean;
  /** The name appears in the title or the lede: the article is about it, it is no other story. */
  opens: (name: string) => boolean;
  /** The sentence opens a paragraph after the victim's last mention, which lies beyond the lede: the story is over. */
  trailing: (s: Sentence) => boolean;
}

/** A sentence that speaks of some organisation as a supplier (SUPPLIER_WORDS). */
const SUPPLIER = new RegExp(`\\b(?:${alternation(SUPPLIER_WORDS)})\\b`, 'i');

/** An incident word ("another company, X, said its plant was hit by ransomware"). */
const INCIDENT_AFTER = new RegExp(`\\b(?:${INCIDENT}|ransomware|${SUFFERED})\\b`, 'u');

/** The reporting verb after the organisation's name in other-org-reports. */
const VERB_AFTER_NAME = new RegExp(`${REPORTS}\\b`, 'u');

/** Guards a row's verdict needs beyond its pattern: the victim's name and the publication year. */
/** A name that points back instead of naming: "The", "It", "They", "This"… opening the captured span. */
const POINTER_WORD = /^(?:The|It|They|He|She|We|This|That|Its|Their)$/;

/** The first alternative's group a match filled (the rows' patterns join several phrasings, one name group each):
 *  null without a match, `name` undefined when the phrasing has no name. */
function firstGroup(m: RegExpExecArray | null): { m: RegExpExecArray; at: number; name: string; words: string[] } | { m: RegExpExecArray; at: -1; name: undefined; words: [] } | null {
  if (!m) return null;
  const at = m.slice(1).findIndex((x) => x !== undefined);
  if (at < 0) return { m, at: -1, name: undefined, words: [] };
  const name = m[at + 1]!;
  return { m, at, name, words: name.split(/\s+/) };
}

/** This incident told with words between "the" and its noun ("the concerned data breach", "the latest attack"), or the
 * victim as "the Company" (a notice's defined term); "the 2015 breach at X" names another's. */
const THIS_EVENT = new RegExp(`\\b[Tt]h(?:e|is|at)\\s(?:[\\p{Ll}\\d-]+\\s){1,2}(?:attack|breach|incident|hack|intrusion|cyberattack|cyber-attack|leak|theft|compromise)\\b(?!\\s(?:at|on|of|against|from)\\s(?:the\\s)?\\p{Lu})|\\bthe\\s(?:Company|Organi[sz]ation|Firm|Group|Bank|Hospital)\\b`, 'u');

/** A capitalised name inside a sentence (not its first word): a run of capitalised words. */
const INNER_NAME = /(?<=[\s(“"‘,])\p{Lu}[\p{L}\p{N}&'’.-]{1,30}(?:\s(?:of\s|&\s)?\p{Lu}[\p{L}\p{N}&'’.-]{1,30}){0,3}/gu;

/** Countries, demonyms, places and national authorities: they place or report an event, they are not its victim. */
const PLACE_NAMES = new Set([...COUNTRY_WORDS, ...PLACE_WORDS, ...AUTHORITY_COUNTRY].map(([w]) => w));
const AUTHORITY = /\b(?:Agency|Cent(?:re|er)|Commission(?:er)?|Department|Ministry|Police|Bureau|Office|Authority|Government|Institute|Research|Labs?|Report)\b/u;
const PLACE_BEFORE = /\b(?:in|across|from|throughout|near)\s(?:the\s)?/g;
const TITLE = /^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady)\.?$/;

/** The organisations a sentence names other than the victim: capitalised runs that are no time, no word the article
 * writes in lower case, no name spelt like the victim's and no supplier's. */
function otherNames(text: string, g: Guard): string[] {
  // a place ("in Ohio", "across the United Arab Emirates") or a person ("Mr Kettell") names no organisation
  const places = new Set(execAll(PLACE_BEFORE, text).map((m) => m.index! + m[0].length));
  return execAll(INNER_NAME, text).filter((m) => !places.has(m.index!)).map((m) => m[0]).map((n) => n.replace(/['’]s?$/, '')).filter((n) => {
    const words = n.split(/\s+/);
    if (WHEN.test(words[0]!) || POINTER_WORD.test(words[0]!) || TITLE.test(words[0]!)) return false;
    if (words.length === 1 && (g.commonWord(n) || n.length < 3)) return false;
    if (PLACE_NAMES.has(n) || PLACE_NAMES.has(words[0]!) || AUTHORITY.test(n)) return false;
    return !g.likeVictim(n) && !g.supplier(n);
  });
}

/** A sentence opening on a pronoun or a lower-case description ("The hotel chain …", "It …"): someone already told. */
const POINTING_OPENER = /^(?:The|This|That|These|Those|Its|Their|It|They|He|She)\s(?!\p{Lu})/u;
/** A short opening phrase before a comma ("Late last year, ", "Elsewhere, "): what follows is the sentence's subject. */
const LEAD_ADVERBIAL = /^[^,;“"]{1,30},\s/u;
/** Another organisation as the subject of an event verb: up to two describing words, its name (a place with an
 * organisation noun: "a Pelham clinic"), then the verb within two words ("Brackley Tins has announced", "X lost"). */
const TRAILING_SUBJECT = new RegExp(`^(?:the\\s)?(?:\\p{L}[\\p{Ll}-]*\\s){0,2}?(\\p{Lu}[\\p{L}\\p{N}&'’.-]{1,30}(?:\\s(?:of\\s|&\\s)?\\p{Lu}[\\p{L}\\p{N}&'’.-]{1,30}){0,4})(?:\\s(${alternation(OTHER_ORG_NOUNS)}))?(?:\\s[^\\s.;,]+){0,2}?\\s(?:notif(?:y|ies|ied)|announced|disclosed|reported|confirmed|revealed|admitted|suffered|experienced|lost|was|were|has|had|fell|became|detected|discovered)\\b`, 'u');

function keeps(rule: ScopeRule, s: Sentence, g: Guard, lede: boolean): boolean {
  const text = s.text;
  if (rule.id === 'trailing-other-story') {
    if (!g.trailing(s) || ANAPHORA.test(text) || THIS_EVENT.test(text)) return false;
    // "The hotel chain is the latest …", "Also, he told …": a paragraph opening on a description or a pronoun points back
    const body = text.replace(LEAD_ADVERBIAL, '');
    if (POINTING_OPENER.test(body)) return false;
    // the other organisation is the subject: "Packaging firm X has announced …", "the X lost …", "Ashby clinic notifies …"
    const m = TRAILING_SUBJECT.exec(body);
    if (!m) return false;
    const name = m[1]!.replace(/['’]s?$/, '');
    const words = name.split(/\s+/);
    if (WHEN.test(words[0]!) || POINTER_WORD.test(words[0]!) || TITLE.test(words[0]!) || AUTHORITY.test(name)) return false;
    // a place names an organisation only with its noun ("a Pelham clinic"); one word the article writes in lower case names nobody
    if ((PLACE_NAMES.has(name) || PLACE_NAMES.has(words[0]!)) && m[2] === undefined) return false;
    if (words.length === 1 && m[2] === undefined && (g.commonWord(name) || name.length < 3)) return false;
    return !g.likeVictim(name) && !g.supplier(name) && !g.opens(name) && !ACTOR_NAMES.has(name.toLowerCase());
  }
  if (rule.id === 'incident-named-inside') {
    const named = firstGroup(rule.pattern.exec(text));
    if (named?.name === undefined) return false;
    // "an attack on Morocco", "the leak on Sunday.": a place or a time names no organisation
    const name = named.name.replace(/[.'’]{1,2}$/, '').replace(/['’]s$/, '');
    const first = name.split(/\s+/)[0]!;
    if (PLACE_NAMES.has(name) || PLACE_NAMES.has(first) || WHEN.test(first) || POINTER_WORD.test(first)) return false;
    if (!/\s/.test(name) && g.commonWord(name)) return false;
    return !g.namesVictim(text) && !g.likeVictim(name) && !g.supplier(name) && !g.opens(name) && !ACTOR_NAMES.has(name.toLowerCase());
  }
  if (rule.id === 'other-victim-suffered' || rule.id === 'incident-at-other' || rule.id === 'other-org-attacked' || rule.id === 'other-org-breach') {
    const named = firstGroup(rule.pattern.exec(text));
    if (named?.name === undefined) return false;
    const { name, words } = named;
    if (rule.id === 'other-org-breach' && (g.likeVictim(name) || ACTOR_NAMES.has(name.toLowerCase())
      || CAUSE_BEFORE.test(text.slice(0, named.m.index + named.m[0].indexOf(name))))) return false;
    if (g.namesVictim(text) || WHEN.test(words[0]!) || (words.length === 1 && g.commonWord(words[0]!)) || POINTER_WORD.test(words[0]!) || g.supplier(name)) return false;
    // an organisation the title or the lede names is what the article is about, not another story
    return rule.id !== 'other-org-breach' || !g.opens(name);
  }
  // "the victim … last year's hacks" may be this incident told late; the victim's own past needs a date or a "not the first time"
  if (rule.id === 'other-incident-noun' || rule.id === 'year-in-review') return !g.namesVictim(text);
  if (rule.id === 'threat-definition') {
    // "Ransomware is a type of …" defines a term (no name to check) as well as "Grimlock is a strain of …" a name
    const named = firstGroup(rule.pattern.exec(text));
    if (named === null) return false;
    return named.name === undefined || (!g.namesVictim(text) && !POINTER_WORD.test(named.words[0]!));
  }
  if (rule.id === 'other-org-incident') {
    const named = firstGroup(rule.pattern.exec(text));
    if (named?.name === undefined) return false;
    const { m, at, name, words } = named;
    // a person said it ("Dlamini said …"): one word names a speaker as often as an organisation
    if (at === 0 && words.length < 2) return false;
    if (g.namesVictim(text) || POINTER_WORD.test(words[0]!) || WHEN.test(words[0]!) || (words.length === 1 && g.commonWord(words[0]!))) return false;
    // "X said a third-party firm had an incident" speaks of X's supplier, not of X as the victim's: what X is comes
    // from the other sentences and from the words before its verb
    // "another company, X, …" tells another victim only with an incident after the name (read here, not in the pattern)
    if (at === 3 && !INCIDENT_AFTER.test(text.slice(m.index + m[0].length))) return false;
    const supplier = at === 0 ? g.supplier(name, text) || SUPPLIER.test(text.slice(0, m.index + m[0].search(VERB_AFTER_NAME))) : g.supplier(name);
    return !ANAPHORA.test(text) && !g.opens(name) && !supplier;
  }
  if (rule.id === 'comes-after-other' || rule.id === 'group-history') {
    if (g.namesVictim(text)) return false;
    const m = rule.pattern.exec(text);
    const name = m?.[1];
    // "comes days after Monday's outage", "It has since targeted": a weekday, a month or a common word names nobody
    return !name || !(WHEN.test(name) || (!/\s/.test(name) && g.commonWord(name)));
  }
  if (rule.id === 'dated-other-event') {
    // every year the sentence gives lies before the publication year: an older event, whoever it befell
    const years = (text.match(YEARS) ?? []).map(Number);
    if (g.publishedYear === null || !years.length || years.some((y) => y >= g.publishedYear!)) return false;
    if (g.namesVictim(text) || ANAPHORA.test(text) || THIS_EVENT.test(text)) return false;
    // one or two other organisations tell their incident; an inventory of many may be the article's own story
    const others = new Set(otherNames(text, g));
    return others.size > 0 && others.size < 3;
  }
  if (rule.id === 'dated-past-incident') {
    // "last year" is an older incident only past the first months of the year, and never in the lede
    if (/^(?:last\syear|a\syear\sago)/i.test(text)) return !lede && g.publishedMonth !== null && g.publishedMonth > 3;
    const y = YEAR.exec(text);
    if (y === null || y.index > 30) return /^\S+\s(?:\S+\s)?years\s/i.test(text);
    return g.publishedYear !== null && Number(y[1]) <= g.publishedYear - 2;
  }
  return true;
}

/** Decide the scope of every sentence, given the victim (or null) and the publication date. */
export function findScope(doc: Document, company: VictimName | null, published: string | null): IncidentScope {
  const background = new Map<number, Why>();
  const namesVictim = victimTest(company);
  // words the article writes in lower case somewhere: a capitalised one of them opens a sentence, it names nobody
  // (collected on the first question only: few articles ask one)
  let lowerWords: Set<string> | undefined;
  const firstWords = new Set(victimNames(company).map((n) => n.split(/\s+/)[0]!.toLowerCase()).filter((w) => w.length >= 4));
  const guard: Guard = {
    namesVictim,
    likeVictim: (name) => firstWords.has(name.split(/\s+/)[0]!.replace(/['’]s?$/, '').toLowerCase()),
    publishedYear: published ? Number(published.slice(0, 4)) : null,
    publishedMonth: published && published.length >= 7 ? Number(published.slice(5, 7)) : null,
    commonWord: (word) => (lowerWords ??= new Set(doc.text.match(/(?<![\p{L}])\p{Ll}[\p{Ll}'’-]*/gu) ?? [])).has(word.toLowerCase()),
    supplier: (name, except) => {
      const names = wholeNameTest(escapeRegExp(name), 'u');
      return doc.sentences.some((s) => s.text !== except && SUPPLIER.test(s.text) && names(s.text));
    },
    opens: (name) => {
      const names = wholeNameTest(escapeRegExp(name), 'u');
      return (doc.title !== null && names(doc.title)) || doc.sentences.some((s) => (s.index === lede || doc.blocks[s.block]?.kind === 'heading') && names(s.text));
    },
    trailing: () => false,
  };
  const recent = (text: string) =>
    PRESENT.test(text) || (guard.publishedYear !== null && (text.match(YEARS) ?? []).some((y) => Number(y) >= guard.publishedYear! - 1));
  const lede = doc.sentences.find((s) => doc.blocks[s.block]?.kind !== 'heading')?.index ?? 0;
  // the victim's last mention: a paragraph after it that opens on another organisation's incident is another story
  const lastVictim = doc.sentences.reduce((at, s) => (namesVictim(s.text) ? s.index : at), -1);
  guard.trailing = (s) => lastVictim > lede && s.index > lastVictim && doc.sentences[s.index - 1]?.block !== s.block
    && doc.blocks[s.block]?.kind !== 'heading';
  const general = new Set<number>();
  let carried: { block: number; why: Why; otherVictim: boolean; general: boolean; other: ((text: string) => boolean) | null } | null = null;
  for (const s of doc.sentences) {
    if (doc.blocks[s.block]?.kind === 'heading') {
      carried = null;
      continue;
    }
    // another organisation's story told over several paragraphs goes on while each one names it, and not the victim
    if (carried && carried.block !== s.block) {
      if (carried.other && carried.other(s.text) && !namesVictim(s.text)) carried.block = s.block;
      else carried = null;
    }
    let found: Why | null = null;
    let isGeneral = false;
    for (const rule of BACKGROUND.rules) {
      if (s.index === lede && rule.id !== 'dated-past-incident' && rule.id !== 'threat-definition') continue;
      if (fires(rule, s.text) && keeps(rule, s, guard, s.index === lede)) {
        found = why(BACKGROUND, rule);
        isGeneral = rule.general === true;
        if (rule.carries) {
          const other: string | undefined = rule.otherVictim ? firstGroup(rule.pattern.exec(s.text))?.name : undefined;
          carried = { block: s.block, why: found, otherVictim: rule.otherVictim === true, general: isGeneral, other: other ? wholeNameTest(escapeRegExp(other), 'u') : null };
        }
        break;
      }
    }
    if (!found && carried) {
      if (carried.otherVictim ? namesVictim(s.text) : recent(s.text)) carried = null;
      else {
        found = carried.why;
        isGeneral = carried.general;
      }
    }
    if (found) background.set(s.index, found);
    if (found && isGeneral) general.add(s.index);
  }
  return new IncidentScope(background, general);
}
