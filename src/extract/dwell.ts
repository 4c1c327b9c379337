// Dwell: how long the intruder had access or the data lay exposed.
//
// 1. A stated duration near an access/exposure word: "remained undetected for more than four months",
//    "had access for 40 days", "for nearly two years", "three to four hours", "over a period of 18
//    months", "for a year and a half" → day bounds, basis "stated". Units in days: day 1, week 7, month
//    28..31, year 365..366; "more than / at least N" leave `max` open, "up to / less than N" leave `min`
//    at 0, "nearly / almost N" take min from N−1 units, "about N" widen both sides by a fifth. A unit with
//    no number beside an exposure word ("unprotected for months") takes a wide band.
// 2. Else computed from the breach-start and breach-end (or, lacking an end, discovered) dates at
//    their precision: min = first day of the end period − last day of the start period, max = last day
//    of the end period − first day of the start period, both days counted ("June to November 2021" → 124..183).
// null when neither. The rows of DWELL_BASIS say which reading gave the value; DWELL_DROPS why a
// duration in the text was not read as dwell (both in `--explain`).
import type { Sentence } from '../document.js';
import { DWELL_CUES, DWELL_EXCLUDE, DWELL_PLACE, DWELL_RANGE_CUE, PURCHASE_VERBS, tellsOfPaymentCapture } from '../lexicon/dates.js';
import { NUMBER_WORD_ALT, QUANTITY_HEDGES, numberValue } from '../lexicon/numbers.js';
import { alternation } from '../regexp.js';
import { readDocument } from '../read/index.js';
import { Explain, ruleTable, why, type RuleTable, type TestRule } from '../rules.js';
import { extractDates } from './dates.js';
import type { DateFinding, DateParts, DwellFinding, Extractor } from './types.js';
import { IncidentScope } from './scope.js';

const UNIT_DAYS: Record<string, [number, number]> = {
  minute: [0, 1 / 1440], hour: [0, 1 / 24], day: [1, 1], week: [7, 7], fortnight: [14, 14], month: [28, 31], year: [365, 366], decade: [3650, 3653],
};
// ("2 1/2 years", "200+ days", "half a year", "a number of weeks")
const NUM = `(?:\\d{1,2}\\s1/2|\\d{1,4}(?:\\.\\d)?\\+?|several|a\\sfew|a\\scouple(?:\\sof)?|a\\snumber\\sof|half\\san?|${NUMBER_WORD_ALT})`;
/** The value of a number as DURATION_RE reads it: "2 1/2" is 2.5, "200+" is 200 (its "+" makes it "more than"). */
const durationNumber = (s: string): number => {
  const frac = /^(\d{1,2})\s1\/2$/.exec(s);
  if (frac) return Number(frac[1]) + 0.5;
  if (/^a\snumber\sof$/i.test(s)) return 3;
  if (/^half\san?$/i.test(s)) return 0.5;
  return numberValue(s.replace(/\+$/, ''));
};
const HEDGES = QUANTITY_HEDGES;
const QUAL = `(?:${alternation([...HEDGES.atLeast, ...HEDGES.nearly, ...HEDGES.below, ...HEDGES.ceiling, ...HEDGES.about])}|(?:a\\slittle|slightly|a\\sbit)\\s(?:over|more\\sthan|under|less\\sthan))`;
// "for more than four months", "over a period of 18 months", "three to four hours", "a year and a half"
const DURATION_RE = new RegExp(
  // ("took the firm 11 months": the one who took it may stand between; "over the course of five days";
  // "over a nine-day period": an article before a hyphened length)
  `\\b(?:(for|over|during|within|in|after|took|taken|spanning|spanned|spans|lasting|lasted|spending|spent|spend)\\s(?:(?:a|the)\\s(?:period|span|time|course|stretch|space)\\sof\\s|the\\s(?:past|last|previous)\\s|(?:a|an|the)\\s(?=[\\w.]{1,12}-(?:hour|day|week|month|year)\\b)|(?<=\\b(?:took|taken)\\s)(?:(?:the|its|their|our)\\s)?(?:[a-z][\\w-]{1,20}\\s|them\\s|it\\s|us\\s))?)?` +
  // "two and a half years", "a full year", "a decade"
  `(?:(${QUAL})\\s)?(${NUM})(?:(?:\\s|-)(?:to|or|-|–)(?:\\s|-)(${NUM}))?(\\sand\\sa\\shalf)?(?:\\s|-)(?:(?:full|whole|entire|straight|consecutive)\\s)?(minute|hour|day|week|fortnight|month|year|decade)s?(\\sand\\sa\\shalf)?\\b`,
  'gid',
);
const CUE_RE = new RegExp(`\\b(?:${DWELL_CUES.map((c) => c.replace(/\s/g, '\\s')).join('|')})|${DWELL_PLACE.source}`, 'i');
/** "move laterally within the system", "inside its network": the places of the stay, blanked before the exclusions are read
 *  (whose "within" is a deadline: "within 72 hours"). */
const PLACE_G = new RegExp(DWELL_PLACE.source, 'gi');
const withoutPlaces = (text: string) => text.replace(PLACE_G, (p) => ' '.repeat(p.length));
const EXCLUDE_RE = new RegExp(`\\b(?:${DWELL_EXCLUDE.map((c) => c.replace(/\s/g, '\\s')).join('|')})\\b`, 'i');

/** "a 48-hour period", "a nine-day window": a hyphened length before a noun of a stretch of time. */
const SPAN_NOUN = /^\s(?:period|span|stretch|window|stint|campaign|spree|stay)\b/i;
/** "in a separate incident in 2019, attackers were inside for three months": another incident's length. */
const OTHER_INCIDENT = /\b(?:separate|previous|prior|earlier|unrelated|another|different|similar)\s(?:[\w-]{1,20}\s)?(?:incident|breach|attack|hack|intrusion|case|leak)\b/i;
/** "a month after the incident", "two weeks after the attack was announced": time elapsed since the incident (not
 *  "after it started": FROM_START). */
const SINCE_INCIDENT = /^\s(?:after|since)\s(?:the|this|that|its|their|an?)\s(?:[\w-]{1,20}\s)?(?:incident|attack|breach|hack|intrusion|cyber-?attack|compromise|outage|leak)\b(?!\s(?:had\s|was\s|were\s)?(?:first\s)?(?:started|began|begun|occurred))/i;
/** "16 days after it started", "three weeks after the intrusion began", "five days after attackers breached the network",
 *  "nine days after the clinic was hacked". */
const FROM_START = /^\s(?:after|since)\s(?:(?:it|they|the\s(?:[\w-]{1,20}\s)?(?:breach|attack|intrusion|hack|incident|compromise|skimming|campaign)|(?:the\s)?(?:hackers|attackers|intruders|criminals|cybercriminals|threat\sactors?|gang|group))\s(?:had\s|was\s|were\s)?(?:first\s)?(?:started|began|begun|occurred|got\sin(?:to)?|broke\sin(?:to)?|gained\s(?:[\w-]{1,15}\s)?access|entered|infiltrated|penetrated|breached|hacked|compromised|accessed|planted|installed|inserted|injected)\b|(?:the|its|their|our)\s(?:[\w’'-]{1,20}\s){1,2}(?:was|were|had\sbeen|got)\s(?:first\s)?(?:hacked|breached|compromised|infiltrated|penetrated|accessed)\b|(?:the|its)\s(?:initial|first|original)\s(?:intrusion|breach|compromise|attack|hack|infection|access)\b)/i;
/** A verb that ends the intruder's stay: "stopped the attack an hour after it started", "removed the skimmer". */
const STOP_VERB = '(?:stopp(?:ed|s)?|halt(?:ed|s)?|block(?:ed|s)?|contain(?:ed|s)?|shut|lock(?:ed|s)?|cut\\soff|remov(?:ed|es|e)|evict(?:ed|s)?|expell(?:ed)?|kick(?:ed|s)?|clos(?:ed|es)|secur(?:ed|es)|plugg(?:ed)?)';
/** A verb of the victim (or anyone) finding the intrusion: "discovered", "was detected", "noticed", "spotted". */
const FIND_VERB = '(?:discover(?:ed|s)?|detect(?:ed|s)?|notic(?:ed|es|e)|spott(?:ed)?|spots?|uncover(?:ed|s)?|identif(?:ied|ies|y)|reali[sz](?:ed|es|e)|caught|became\\saware|become\\saware|learn(?:ed|t)\\sof)';
/** "the error was discovered … three days later", "was not detected until two weeks later": the duration after the
 *  finding verb, in one clause (no comma, "and", "but" or a verb of telling between: "discovered on May 3 and
 *  disclosed two weeks later" is a notice delay). */
const FOUND_LATER_BEFORE = new RegExp(`\\b${FIND_VERB}\\b(?:(?![,;:]|\\b(?:and|but|then|while|whereas|notif\\w*|disclos\\w*|announc\\w*|report\\w*|told|tell|inform\\w*|alert\\w*|publish\\w*|post\\w*|restor\\w*|arrest\\w*|fix\\w*|patch\\w*|recover\\w*|return\\w*)\\b).){0,90}$`, 'i');
/** "took the clinic eleven months to discover it", "it was more than a year before anyone noticed": the time to finding it. */
const FIND_INF = '(?:discover|detect|notice|spot|uncover|identify|reali[sz]e|find\\sout|become\\saware)';
/** The finding or the end of the stay, told in the sentence of a span from the start ("detected 16 days after it began"). */
const FOUND_OR_STOPPED = new RegExp(`\\b(?:${FIND_VERB}|${STOP_VERB})\\b`, 'i');
const TO_FIND_AFTER = [
  new RegExp(`^\\s(?:for\\s(?:[\\w’'-]{1,30}\\s){1,4})?to\\s${FIND_INF}\\b`, 'i'),
  new RegExp(`^\\s(?:passed\\s|went\\sby\\s|elapsed\\s)?before\\s(?:[\\w’'-]{1,30}\\s){0,4}${FIND_VERB}\\b`, 'i'),
];

/**
 * The clause a duration stands in: back to the last comma, semicolon, colon or bracket (at most 250
 * characters) and on to the next one. "the intruders managed to gain access to the booking systems at the
 * airline's data centre in the suburbs for up to a month": the verb of access heads the clause however long
 * its object, while "…said it had access to funding, and has run the plant for ten years" is two clauses.
 */
function clauseAround(text: string, from: number, to: number): string {
  const before = text.slice(Math.max(0, from - 250), from);
  const stop = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('('), before.lastIndexOf('—'));
  const after = text.slice(to, to + 80);
  const end = after.search(/[,;:)—]|\.(?:\s|$)/);
  return before.slice(stop + 1) + text.slice(from, to) + (end < 0 ? after : after.slice(0, end));
}

/** "for months", "for years" (not "for years to come"): a vague length of access or exposure. */
const VAGUE_RE = /\b(?:for|over)\s(hours|days|weeks|months|years)\b(?!\s(?:to\scome|ahead|now\b))/gi;
/** The cues a vague length needs beside it: the exposure or the intruders' stay itself, not a trend. */
const VAGUE_CUE = /\b(?:undetected|unnoticed|misconfigured|(?:breach|attack|intrusion|hack|skimming)\w*\s(?:went\son|continued|lasted)\b|before\s(?:it|they|anyone|(?:the|an?)\s[\w-]+)\s(?:was\s|were\s)?(?:caught|detected|discovered|noticed|spotted)|unprotected|unsecured|publicly\saccessible|left\s(?:open|exposed)|(?:was|were|been|lay|sat|stayed|remained)\s(?:[a-z]+ly\s)?(?:exposed|open|accessible)|had\saccess|inside\s(?:the|its|their)|lurk)/i;
/** Day bounds of a vague plural unit: "months" is two months to a year, "years" two to ten. */
const VAGUE_DAYS: Record<string, [number, number]> = {
  hours: [0, 2], days: [2, 30], weeks: [14, 90], months: [60, 365], years: [730, 3653], decades: [7300, 36530],
};
/** "a months-long intrusion", "a two-year-long campaign", "a multi-year espionage operation", "a yearlong breach". */
const LONG_RE = new RegExp(
  `\\b(?:multi-?(hour|day|week|month|year|decade)s?|(?:(${NUM})[-\\s])?(hour|day|week|month|year|decade)(s?)-?long)\\s` +
  '((?:[\\w-]{1,20}\\s){0,2}?)(?:intrusion|breach|hack|hacking|compromise|campaign|exposure|leak|access|presence|infiltration|espionage|operation|skimming|attack|cyber-?attack)\\b',
  'gi',
);
/** "a three-month cyber attack", "its eight-month intrusion": a hyphened length alone before the incident noun. */
const HYPHEN_LONG_RE = new RegExp(
  `\\b(\\d{1,3}|${NUMBER_WORD_ALT})-(hour|day|week|month|year)\\s(?:(?:cyber|data|network|hacking|skimming|malware|email)\\s)?(?:intrusion|breach|hack|compromise|campaign|exposure|leak|infiltration|espionage|skimming|attack|cyber-?attack)\\b`,
  'gi',
);

// ---- rule tables --------------------------------------------------------------------------------
// Each row's example is an invented paragraph read alone (published 29 November 2021): the row fires
// when the dwell read from it comes from that row (DWELL_BASIS) or a duration in it is set aside by it
// (DWELL_DROPS).

type Row = TestRule;

/** For the rows' own tests: read `paragraph` alone and list the rules behind the dwell and the durations set aside. */
function rulesOn(paragraph: string): Set<string> {
  const published = '2021-11-29';
  const base = { published, warnings: [], explain: new Explain(true) };
  const doc = readDocument(`Company reports a security incident\n\n${paragraph}\n`, { format: 'txt', published });
  const dates = extractDates(doc, { ...base, company: null, scope: IncidentScope.none(), sources: [], actors: [] });
  const dwell = extractDwell(doc, { ...base, dates, scope: IncidentScope.none() });
  const ctx = base;
  return new Set([dwell?.why?.rule ?? '', ...ctx.explain.dropped.filter((d) => d.field === 'dwell').map((d) => d.why.rule)]);
}
const row = (id: string, reason: string, example: string, counterexample: string): Row =>
  ({ id, reason, example, counterexample, test: (s: string) => rulesOn(s).has(`dwell.${id}`) });

/** Where a dwell comes from, in the order the driver tries them. */
export const DWELL_BASIS: RuleTable<Row> = ruleTable('dwell', 'dwell basis', [
  row('range-window', 'one stated access window ("had access between January 5 and March 21") is the most exact measure',
    'Hackers had access to the network between June and November.', 'The firm hired staff between June and November after the breach.'),
  row('several-windows', 'several stated access windows ("between Feb. 3 and 7, and again between March 1 and 2"): from the first start to the last end',
    'Hackers accessed the network between June 3 and June 7, and again between July 1 and July 2.',
    'Hackers accessed the network between June 3 and June 7.'),
  row('stated', 'a number of units beside an access or exposure word ("remained undetected for more than four months")',
    'The intruder remained undetected for more than four months.', 'The firm offered twelve months of credit monitoring after the breach.'),
  row('from-start', '"detected 16 days after it began": the span from the start to the finding',
    'Staff detected the skimmer on May 9, 16 days after it started.', 'Staff detected the skimmer on May 9, 16 days after the audit.'),
  row('to-discovery', '"the error was discovered three days later", "it took the firm eleven months to detect the intrusion", "a year before anyone noticed": the time from the incident to its finding',
    'Payroll files were emailed to the wrong contractor on May 2. The error was discovered four days later.',
    'Payroll files were emailed to the wrong contractor on May 2. The firm told staff four days later.'),
  row('long-adjective', '"a months-long intrusion", "a year-long campaign", "a multi-year espionage operation": the length as an adjective of the incident',
    'Investigators described a year-long intrusion into the insurer’s network.', 'Investigators described a year-long inquiry into the insurer’s breach.'),
  row('vague', 'a unit with no number beside an exposure word ("unprotected for months") is a wide band',
    'The customer files had been left exposed online for months.', 'Scammers have used this trick for years.'),
  row('start-to-end', 'the breach-start and breach-end dates, at their precision',
    'The intrusion began on March 3. Access was cut off on May 18.', 'The intrusion began on March 3.'),
  row('start-to-discovery', 'lacking an end, the breach-start and the discovery',
    'The intrusion began on March 3. Staff detected it on May 18.', 'Staff detected the intrusion on May 18.'),
  row('sighting-to-end', 'lacking a start, the first sighting (the earliest known presence) to the end of access',
    'The malware was first spotted in early 2020; the intruders remained inside the network until late last month.',
    'The malware was first spotted in early 2020.'),
]);

/** Durations in the text that are not the dwell. */
export const DWELL_DROPS: RuleTable<Row> = ruleTable('dwell', 'duration set aside', [
  row('not-a-span', '"two weeks later", "three years ago", "a 20-year-old", "24 months of free monitoring": a duration that is not how long access lasted',
    'Two weeks later the hackers accessed the server again.', 'For two weeks the hackers accessed the server.'),
  row('notice-period', '"within 72 hours", "in two days", "after a week": a deadline or delay, not access',
    'The intruders accessed the files and the firm told customers within three days.', 'The intruders accessed the files for three days.'),
  row('no-access-cue', 'a duration with no access or exposure word near it ("has run the plant for ten years")',
    'The company has operated the plant for ten years.', 'The intruders were inside the plant’s network for ten years.'),
  row('not-access-period', 'a duration beside retention, sentencing, monitoring or notice words is that period',
    'The attacker who accessed the files was sentenced to five years in prison.', 'The attacker accessed the files for five years.'),
  row('no-span-word', 'without "for", "lasted" or an exposure word, a number of units is not a stay ("six weeks before the audit")',
    'The intruders accessed the server six weeks before the audit.', 'The intruders accessed the server for six weeks before the audit.'),
  row('range-data-scope', '"orders placed from 2018 to 2022", "people who were members from 2012 through 2016": a range that says whose data it is',
    'The exposed files belong to people who were members from 2012 through 2016.', 'The files of members were exposed from 2012 through 2016.'),
  row('study-period', '"breaches experienced by 604 organisations between March and February": the period of a study, not a stay',
    'The company cites data breaches suffered by 312 firms worldwide between May 2021 and April 2022.', 'The figures come from a data breach suffered by the firm between May 2021 and April 2022.'),
  row('since-start-other-step', '"completed the review six months after the breach occurred": the time from the start to a step of the response, not to the finding or the end of access',
    'The review of the stolen files was completed on May 10, nearly six months after the breach occurred.',
    'The skimmer was detected on May 10, nearly six months after the breach occurred.'),
  row('window-too-long', '"ledgers kept from 1986 to May 2022": a stated window of ten years or more is the span of the data, not a stay',
    'The intruders accessed the archive between 1986 and May 2022.', 'The intruders accessed the archive between 2020 and May 2022.'),
  row('trend-over-past', '"over the past two years" frames a trend unless it went unnoticed',
    'Over the past two years, hackers accessed the data of many retailers.', 'Over the past two years, hackers accessed the retailer’s data undetected.'),
]);

/** A stated window this long (ten years) is no intruder's stay. */
const TOO_LONG_DAYS = 3660;

const basis = (id: string) => why(DWELL_BASIS, DWELL_BASIS.rules.find((r) => r.id === id)!);
const dropRule = (id: string) => DWELL_DROPS.rules.find((r) => r.id === id)!;

export interface StatedDwell {
  min: number | null;
  max: number | null;
  text: string;
  /** The DWELL_BASIS row that read it. */
  rule: 'stated' | 'from-start' | 'to-discovery' | 'vague' | 'long-adjective';
}

/**
 * A stated duration in a sentence, as day bounds (exported for the unit tables). `onDrop` hears each
 * duration set aside and the DWELL_DROPS row that did it.
 */
export function statedDwell(text: string, onDrop: (rule: Row, text: string) => void = () => {}): StatedDwell | null {
  if (text.length > 1500) text = text.slice(0, 1500);
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(text); m; m = DURATION_RE.exec(text)) {
    const [whole, prep, qual, n1s, n2s, halfBefore, unitRaw, halfAfter] = m;
    const half = halfBefore ?? halfAfter;
    const unit = unitRaw!.toLowerCase();
    const n1 = durationNumber(n1s!) + (half ? 0.5 : 0);
    const n2 = n2s ? durationNumber(n2s) + (half ? 0.5 : 0) : NaN;
    if (!Number.isFinite(n1) || n1 <= 0) continue;
    const drop = (id: string) => onDrop(dropRule(id), whole);
    // "a 48-hour period", "a nine-day window": the hyphened length names a span as "for" does
    const spanNoun = /^-/.test(whole.slice(whole.length - unitRaw!.length - 1)) && SPAN_NOUN.test(text.slice(m.index + whole.length, m.index + whole.length + 12));
    const after = text.slice(m.index + whole.length, m.index + whole.length + 12);
    // "detected 16 days after it began", "caught three weeks after the intrusion started": the span from the start
    if (!prep && FROM_START.test(text.slice(m.index + whole.length, m.index + whole.length + 60))) {
      // ("completed its review on May 10, nearly half a year after the breach occurred": the span to a later step of
      // the response, not to the finding or the end of the stay)
      if (!FOUND_OR_STOPPED.test(text)) { drop('since-start-other-step'); continue; }
      return { ...bounds(qual, n1s!, n1, n2, unit), text: text.slice(m.index, m.index + whole.length), rule: 'from-start' };
    }
    // "the mistake was discovered three days later", "took the firm eleven months to detect", "a year before anyone noticed"
    const clause = text.slice(Math.max(0, m.index - 140), m.index);
    const tail = text.slice(m.index + whole.length, m.index + whole.length + 80);
    // ("spotted copies two days after they were made public": an "after" clause says after what, so only FROM_START reads it)
    if ((!prep && /^\s{0,2}(?:later|afterwards?)\b/i.test(after) && FOUND_LATER_BEFORE.test(clause))
      || ((!prep || /^(?:took|taken)$/i.test(prep) || /\b(?:took|taken|was|were|it\s(?:was|took))\s(?:[\w’'-]+\s){0,3}$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) && TO_FIND_AFTER.some((re) => re.test(tail)))) {
      if (!OTHER_INCIDENT.test(text.slice(Math.max(0, m.index - 120), m.index))) {
        const from = prep && /^(?:took|taken)$/i.test(prep) ? (m.indices?.[2] ?? m.indices?.[3])![0] : m.index;
        return { ...bounds(qual, n1s!, n1, n2, unit), text: text.slice(from, m.index + whole.length), rule: 'to-discovery' };
      }
    }
    // ("had access for two days prior to that": "for" makes it a stay that ended at the finding)
    const stayBefore = !!prep && /^(?:for|over|during|spanning|lasting)$/i.test(prep) && /^\s{0,2}(?:prior\sto|before)\b/i.test(after);
    if (!stayBefore && /^\s{0,2}(?:ago|old|later|earlier|prior|of\s(?:free|credit|identity))/i.test(after) || /^(?:-old|\s{0,2}'s)/i.test(after)) { drop('not-a-span'); continue; }
    // "over a month after the incident, services remain disrupted": the time since the incident, not a stay
    // ("inside for two weeks after the initial breach" keeps its "for")
    if ((!prep || /^(?:over|in|within|after)$/i.test(prep)) && SINCE_INCIDENT.test(text.slice(m.index + whole.length, m.index + whole.length + 60))) { drop('not-a-span'); continue; }
    // ("in the space of 36 hours, the attackers copied …" is a span, as "over the course of" is)
    if (prep && /^(?:within|in|after)$/i.test(prep) && !spanNoun && !/^in\sthe\s(?:space|course)\sof\s/i.test(whole)) { drop('notice-period'); continue; }
    const lo = Math.max(0, m.index - 70), hi = Math.min(text.length, m.index + whole.length + 50);
    const around = text.slice(lo, hi);
    // ("For nearly two years, patients who logged in could view the files of others": a length that opens the
    // sentence frames the whole of it)
    const opening = !!prep && /^(?:for|over|during)$/i.test(prep) && /^[\s"“‘'(]*$/.test(text.slice(0, m.index));
    if (!CUE_RE.test(around) && !CUE_RE.test(clauseAround(text, m.index, m.index + whole.length)) && !(opening && CUE_RE.test(text.slice(m.index, m.index + 200)))) { drop('no-access-cue'); continue; }
    if (EXCLUDE_RE.test(withoutPlaces(text).slice(Math.max(0, m.index - 60), m.index + whole.length + 40))) { drop('not-access-period'); continue; }
    if (!prep && !spanNoun && !/\b(?:undetected|unnoticed|for|lasted|lasting|exposed|exposure\s(?:window|period)|dwell|spanned|lurked|been\s(?:in|inside|on))\b/i.test(around)) { drop('no-span-word'); continue; }
    if (/^(?:over|during)$/i.test(prep ?? '') && /\bthe\s(?:past|last|previous)\s/i.test(whole) && !/undetected|unnoticed|lurk|inside/i.test(around)) { drop('trend-over-past'); continue; }
    // "spending at least six weeks" → "at least six weeks"; "for more than four months" keeps its "for"
    const from = prep && /^(?:spending|spent|spend|took|taken|lasting|lasted|spanning)$/i.test(prep) ? (m.indices?.[2] ?? m.indices?.[3])![0] : m.index;
    const to = m.index + whole.length + (spanNoun ? SPAN_NOUN.exec(text.slice(m.index + whole.length))![0].length : 0);
    return { ...bounds(qual, n1s!, n1, n2, unit), text: text.slice(from, to), rule: 'stated' };
  }
  // "a months-long intrusion", "a year-long campaign", "a multi-year espionage operation": the length as an adjective
  LONG_RE.lastIndex = 0;
  for (let m = LONG_RE.exec(text); m; m = LONG_RE.exec(text)) {
    const [, multiUnit, n1s, unitRaw, plural, between] = m;
    if (between && /\b(?:ransomware|ddos|outage|disruption|shutdown|investigation|probe|trial)\b/i.test(between)) continue;
    const unit = (multiUnit ?? unitRaw)!.toLowerCase();
    let b: { min: number | null; max: number | null };
    if (multiUnit) b = { min: VAGUE_DAYS[`${unit}s`]![0], max: VAGUE_DAYS[`${unit}s`]![1] };
    else if (n1s && !/^an?$/i.test(n1s)) b = bounds(undefined, n1s, numberValue(n1s), NaN, unit);
    else if (plural) b = { min: VAGUE_DAYS[`${unit}s`]![0], max: VAGUE_DAYS[`${unit}s`]![1] };
    else b = { min: UNIT_DAYS[unit]![0], max: UNIT_DAYS[unit]![1] };
    if (!Number.isFinite(b.min ?? 0)) continue;
    return { ...b, text: m[0], rule: 'long-adjective' };
  }
  HYPHEN_LONG_RE.lastIndex = 0;
  for (let m = HYPHEN_LONG_RE.exec(text); m; m = HYPHEN_LONG_RE.exec(text)) {
    const b = bounds(undefined, m[1]!, numberValue(m[1]!), NaN, m[2]!.toLowerCase());
    if (!Number.isFinite(b.min ?? 0)) continue;
    return { ...b, text: m[0], rule: 'long-adjective' };
  }
  // "largely unprotected in cloud storage for months", "went unnoticed for years": a unit with no number
  VAGUE_RE.lastIndex = 0;
  for (let m = VAGUE_RE.exec(text); m; m = VAGUE_RE.exec(text)) {
    const around = text.slice(Math.max(0, m.index - 90), m.index + m[0].length + 30);
    if (!VAGUE_CUE.test(around)) continue;
    if (EXCLUDE_RE.test(around)) { onDrop(dropRule('not-access-period'), m[0]); continue; }
    const [min, max] = VAGUE_DAYS[m[1]!.toLowerCase()]!;
    return { min, max, text: m[0], rule: 'vague' };
  }
  return null;
}

/** Day bounds of a stated number of units with its qualifier ("more than", "nearly", "about"). */
function bounds(qual: string | undefined, n1s: string, n1: number, n2: number, unit: string): { min: number | null; max: number | null } {
  const [uMin, uMax] = UNIT_DAYS[unit]!;
  const hi1 = Number.isFinite(n2) && n2 > n1 ? n2 : n1;
  let min: number | null = Math.floor(n1 * uMin);
  let max: number | null = Math.ceil(hi1 * uMax);
  const q = /\+$/.test(n1s) && !qual ? 'more than' : (qual ?? '').toLowerCase().replace(/\s+/g, ' ');
  const is = (words: readonly string[]) => words.includes(q);
  if (is(HEDGES.atLeast)) max = null;
  // "a little over a month": past it, but not by much
  else if (/^(?:a little|slightly|a bit) (?:over|more than)$/.test(q)) max = Math.ceil(hi1 * uMax * 1.5);
  else if (/^(?:a little|slightly|a bit) (?:under|less than)$/.test(q)) min = Math.floor(n1 * uMin * 0.75);
  else if (is(HEDGES.below) || is(HEDGES.ceiling)) min = 0;
  // "nearly two years" from one year on; "almost a year" (one unit) from three quarters of it
  else if (is(HEDGES.nearly)) min = n1 > 1.5 ? Math.floor((n1 - 1) * uMin) + (unit === 'hour' ? 0 : 1) : Math.floor(n1 * uMin * 0.75);
  else if (is(HEDGES.about)) { min = Math.floor(n1 * uMin * 0.8); max = Math.ceil(hi1 * uMax * 1.2); }
  if (/^(?:several|few|a few|a couple|a couple of|a number of)$/i.test(n1s.replace(/\s+/g, ' '))) { min = 2 * uMin; max = 9 * uMax; }
  return { min, max };
}

function periodBounds(p: DateParts, assumedYear: number): [number, number] | null {
  const y = p.year ?? assumedYear;
  if (p.month === null) return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
  if (p.day === null) return [Date.UTC(y, p.month - 1, 1), Date.UTC(y, p.month, 0)];
  const t = Date.UTC(y, p.month - 1, p.day);
  return [t, t];
}

const DAY = 86_400_000;

/** Day bounds between two dates at their precision; null when the periods overlap or run backwards. */
export function computedDwell(start: DateParts, end: DateParts, openStart = false): { min: number; max: number | null } | null {
  let sy = start.year, ey = end.year;
  if (sy === null && ey === null) {
    // a range with no year ("May 12 to May 30"): same year unless it wraps
    sy = 2001; ey = start.month !== null && end.month !== null && end.month < start.month ? 2002 : 2001;
  } else if (sy === null || ey === null) return null;
  const a = periodBounds({ ...start, year: sy }, sy);
  const b = periodBounds({ ...end, year: ey }, ey);
  if (!a || !b) return null;
  const min = Math.round((b[0] - a[1]) / DAY);
  // the contract counts both ends of the outer bound ("June to November" is at most 183 days: 1 June to 30 November
  // inclusive), so "between June 3 and June 7" is 4 to 5 days
  const max = Math.round((b[1] - a[0]) / DAY) + 1;
  if (min < 1 || max < min) return null;
  return { min, max: openStart ? null : max };
}

/**
 * A range that says whose data it is, not when the intruder was in: "orders placed from 2018 to 2022",
 * "people who were members from 2012 through 2016" — a relative clause, a participle of the people's own
 * dealings or a person noun right before the range, with no access word after it.
 */
const SCOPE_MARK = /\b(?:who|whose|placed|made|created|issued|opened|dated|dating|covering|spanning|submitted|filed|enrolled|registered)\b/gi;
/** A person noun right before a from-range: "members from 2012 through 2016" (not "users' passwords between …", nor
 *  "typed in by guests between 3 and 28 May" or "the data of 900 customers between May and July", where "between"
 *  times the act). */
const SCOPE_PEOPLE = /\b(?:members|customers|clients|patients|students|employees|users|subscribers|guests|visitors|residents|applicants|donors|policyholders)\s(?:(?:between|from)\s)?$/i;
function rangeIsScope(d: DateFinding): boolean {
  const text = d.sentence.text;
  const at = text.indexOf(d.text);
  if (at < 0) return false;
  const before = text.slice(Math.max(0, at - 100), at);
  if (/^from\b/i.test(d.text) && SCOPE_PEOPLE.test(before)) return true;
  let last = -1;
  SCOPE_MARK.lastIndex = 0;
  for (let m = SCOPE_MARK.exec(before); m; m = SCOPE_MARK.exec(before)) last = m.index + m[0].length;
  if (last < 0) return false;
  const tail = before.slice(last);
  // a clause break between them ends the scope: "customers, and hackers accessed the server between …"
  if (/[,;:]\s|\.\s/.test(tail)) return false;
  return !DWELL_RANGE_CUE.test(tail);
}

/** The sentence before a date, back to the last clause stop. */
function clauseBefore(d: DateFinding): string {
  const text = d.sentence.text;
  const at = text.indexOf(d.text);
  const before = text.slice(Math.max(0, (at < 0 ? 0 : at) - 160), at < 0 ? 0 : at);
  return before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
}
/** "breaches at 604 organisations between March and February", "a survey of firms from 2019 to 2021": a study's period. */
const STUDY_PERIOD = /\b(?:(?:\d{1,3}(?:,?\d{3})*|hundreds\sof|thousands\sof|dozens\sof|(?:[a-z]{1,12}\s)?dozen|many|several)\s(?:[\w.-]{1,20}\s)?(?:organi[sz]ations|companies|firms|businesses|entities|victims|institutions|hospitals|clinics|schools|universities|councils|agencies|banks|retailers|respondents)|(?:breaches|attacks|incidents|intrusions|hacks)\s(?:[\w-]{1,20}\s)?(?:suffered|experienced|reported|recorded|disclosed)\sby|surveys?|study|studied|analy[sz]is|analy[sz]ed)\b/i;
/** A day told with "on" and no word of a beginning ("accessed on 20 January"): an event, not the start of a stay. */
function oneDayEvent(d: DateFinding): boolean {
  if (d.parts.day === null || d.openStart || d.range !== null) return false;
  const text = d.sentence.text;
  const at = text.indexOf(d.text);
  if (at < 0 || !(/^on\s/i.test(d.text) || /\bon\s$/i.test(text.slice(Math.max(0, at - 4), at)))) return false;
  // "broke into the server on May 2", "planted the skimmer on 4 June": an entry starts a stay, a single "accessed on" does not
  return !/\b(?:began|begun|begin|started|start|first|since|initial|initially|commenced|onset|earliest|broke\s(?:in|into)|hacked\sinto|got\s(?:in|into)|gained\s(?:\w+\s)?access|infiltrated|penetrated|planted|installed|implanted|injected)\b/i.test(text);
}

const RANGE_CUE_ALL = new RegExp(DWELL_RANGE_CUE.source, 'gi');
/** A sentence that speaks of access or exposure, not only to deny it ("the tills had not been infected"). */
function accessSentence(text: string): boolean {
  RANGE_CUE_ALL.lastIndex = 0;
  for (let m = RANGE_CUE_ALL.exec(text); m; m = RANGE_CUE_ALL.exec(text)) {
    if (!/\b(?:not|n['’]t|never|no)\s(?:[a-z]+\s){0,2}$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  }
  return false;
}

/** "shoppers who made purchases between March 13 and October 17 may have been affected": in an article about a
 *  skimmer or till malware (tellsOfPaymentCapture), the shoppers' window is the time the card details were taken. */
const PURCHASE_RE = new RegExp(`\\b(?:${PURCHASE_VERBS.join('|')})\\b`, 'i');
const AT_RISK_RE = /\b(?:affected|impacted|at\srisk|compromised|exposed)\b/i;
const purchaseWindow = (d: DateFinding, capture: boolean) => capture && PURCHASE_RE.test(d.sentence.text) && AT_RISK_RE.test(d.sentence.text);

/** "had access since at least 2019", "the server was open from at least 2017": a year that opens the stay. */
function yearStartOfAccess(s: DateFinding): boolean {
  if (s.parts.year === null || !DWELL_RANGE_CUE.test(s.sentence.text)) return false;
  const at = s.sentence.text.indexOf(s.text);
  return s.openStart || (at >= 0 && /\bsince\s$/i.test(s.sentence.text.slice(Math.max(0, at - 8), at)));
}

/** A sentence worth reading for a stated duration: a number or number word, and a unit. */
const DURATION_HINT = new RegExp(`\\d|\\b(?:${NUMBER_WORD_ALT}|several|few|couple|multi|(?:for|over)\\s(?:hours|days|weeks|months|years))\\b`, 'i');

export const extractDwell: Extractor<DwellFinding | null, 'dates' | 'scope'> = (doc, ctx) => {
  const dates = ctx.dates ?? [];
  const onDropRange = (d: DateFinding, rule: Row) => ctx.explain.drop({ field: 'dwell', text: d.text, why: why(DWELL_DROPS, rule), sentence: d.sentence });
  const capture = tellsOfPaymentCapture(doc.text);
  let comp = computedFromDates(dates, onDropRange, capture);
  // ("ledgers kept from 1986 to May 2022": a stated window of ten years or more is the span of the data, not a stay;
  // it is set aside here, so that neither the window nor the computed reading below takes it)
  if (comp && comp.sameRange && comp.days.max !== null && comp.days.max >= TOO_LONG_DAYS) {
    ctx.explain.drop({ field: 'dwell', text: comp.text, why: why(DWELL_DROPS, dropRule('window-too-long')), sentence: comp.sentence });
    comp = null;
  }
  // 1. a stated range ("between January 5 and March 21") is the most exact measure
  if (comp && comp.sameRange && comp.days.max !== null) {
    return { start: comp.start, end: comp.end, days: comp.days, text: comp.text, basis: 'computed', sentence: comp.sentence, why: basis(comp.windows ? 'several-windows' : 'range-window') };
  }
  // 2. stated
  const onDrop = (s: Sentence) => (rule: Row, text: string) => ctx.explain.drop({ field: 'dwell', text, why: why(DWELL_DROPS, rule), sentence: s });
  for (const s of doc.sentences) {
    if (!DURATION_HINT.test(s.text) || !/\b(?:minute|hour|day|week|fortnight|month|year|decade)s?(?:\b|long)/i.test(s.text)) continue;
    // a sentence about another incident or victim (src/extract/scope.ts) tells another length
    const background = ctx.scope.whyBackground(s);
    if (background) {
      const other = statedDwell(s.text);
      if (other) ctx.explain.drop({ field: 'dwell', text: other.text, why: background, sentence: s });
      continue;
    }
    const st = statedDwell(s.text, onDrop(s));
    if (st) {
      return {
        start: comp?.start ?? null, end: comp?.end ?? null, days: { min: st.min, max: st.max }, text: st.text,
        basis: 'stated', sentence: s, why: basis(st.rule),
      };
    }
  }
  // 3. computed
  if (!comp) return null;
  return { start: comp.start, end: comp.end, days: comp.days, text: comp.text, basis: 'computed', sentence: comp.sentence, why: basis(comp.fromSighting ? 'sighting-to-end' : comp.toDiscovery ? 'start-to-discovery' : 'start-to-end') };
};

function computedFromDates(dates: DateFinding[], onDrop: (d: DateFinding, rule: Row) => void = () => {}, capture = false): {
  start: string | null; end: string | null; days: { min: number; max: number | null }; text: string; sentence: Sentence; sameRange: boolean; toDiscovery: boolean;
  fromSighting?: boolean; windows?: boolean;
} | null {
  const starts = dates.filter((d) => d.role === 'breach-start');
  // stated windows anywhere ("between Aug. 10 and Feb. 9") before any pairing across sentences
  let windows: Array<[DateFinding, DateFinding]> = [];
  for (const s of starts) {
    const shoppers = purchaseWindow(s, capture);
    if (s.range === null || !(shoppers || accessSentence(s.sentence.text))) continue;
    const e = dates.find((d) => d.role === 'breach-end' && d.range === s.range);
    if (!e || !computedDwell(s.parts, e.parts, s.openStart)) continue;
    if (!shoppers && rangeIsScope(s)) { onDrop(s, dropRule('range-data-scope')); continue; }
    if (STUDY_PERIOD.test(clauseBefore(s))) { onDrop(s, dropRule('study-period')); continue; }
    windows.push([s, e]);
  }
  // (a window with no year, unresolved for want of a publication date, yields to one with its dates told in full)
  const told = windows.filter(([a, b]) => a.value !== null && b.value !== null);
  if (told.length > 0) windows = told;
  if (windows.length > 0) {
    // several windows ("between Feb. 3 and 7, and again between March 1 and 2"): the first start to the last end
    const first = windows.reduce((a, b) => (b[0].value !== null && a[0].value !== null && b[0].value < a[0].value ? b : a));
    const last = windows.reduce((a, b) => (b[1].value !== null && a[1].value !== null && b[1].value > a[1].value ? b : a));
    // (only windows told in one paragraph: a later paragraph's window is often another story)
    const several = first !== last && first[0].sentence.block === last[1].sentence.block && first[0].value !== null && last[1].value !== null ? computedDwell(first[0].parts, last[1].parts, first[0].openStart) : null;
    if (several) {
      return { start: first[0].value, end: last[1].value, days: several, text: `${first[0].text} … ${last[1].text}`, sentence: first[0].sentence, sameRange: true, toDiscovery: false, windows: true };
    }
    const [s, e] = windows[0]!;
    return { start: s.value, end: e.value, days: computedDwell(s.parts, e.parts, s.openStart)!, text: s.text, sentence: s.sentence, sameRange: true, toDiscovery: false };
  }
  for (const s of starts) {
    if (s.range !== null && (rangeIsScope(s) || STUDY_PERIOD.test(clauseBefore(s)))) continue;
    const candidates = [
      ...dates.filter((d) => d.role === 'breach-end' && s.range !== null && d.range === s.range),
      ...dates.filter((d) => d.role === 'breach-end'),
      ...dates.filter((d) => d.role === 'discovered'),
    ];
    for (const e of candidates) {
      const sameRange = s.range !== null && e.range === s.range;
      // without a year on both, only a stated range can be measured
      if ((s.parts.year === null || e.parts.year === null) && !sameRange) continue;
      // a range is an access window only when its sentence speaks of access or exposure
      if (sameRange && !accessSentence(s.sentence.text)) continue;
      if (!sameRange && (s.value === null || e.value === null)) continue;
      // dates from different sentences pair only at month precision or better ("2015 … last weekend" is two
      // stories), but an open start of access ("had access since at least 2019") bounds the stay from below
      if (!sameRange && e.parts.month === null) continue;
      if (!sameRange && s.parts.month === null && !(yearStartOfAccess(s) && e.parts.year! >= s.parts.year!)) continue;
      // "accessed on 20 January … alerted on 27 January": a one-day event is no start of a stay
      if (e.role === 'discovered' && !sameRange && oneDayEvent(s)) continue;
      const days = computedDwell(s.parts, e.parts, s.openStart);
      if (!days) continue;
      return { start: s.value, end: e.value, days, text: sameRange ? s.text : `${s.text} … ${e.text}`, sentence: s.sentence, sameRange, toDiscovery: e.role === 'discovered' };
    }
  }
  // no start told: "first spotted in early 2020 … remained inside until March 2021" runs from the
  // first sighting (the earliest known presence) to the end
  if (starts.length === 0) {
    for (const s of dates.filter((d) => d.role === 'discovered' && d.value !== null && d.parts.year !== null)) {
      for (const e of dates.filter((d) => d.role === 'breach-end' && d.value !== null && d.parts.year !== null && d.parts.month !== null)) {
        const days = computedDwell(s.parts, e.parts, false);
        if (days) return { start: s.value, end: e.value, days, text: `${s.text} … ${e.text}`, sentence: s.sentence, sameRange: false, toDiscovery: false, fromSighting: true };
      }
    }
  }
  return null;
}
