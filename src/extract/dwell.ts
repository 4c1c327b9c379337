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
//    of the end period − first day of the start period ("June to November 2021" → 124..182).
// null when neither. The rows of DWELL_BASIS say which reading gave the value; DWELL_DROPS why a
// duration in the text was not read as dwell (both in `--explain`).
import type { Sentence } from '../document.js';
import { DWELL_CUES, DWELL_EXCLUDE, DWELL_RANGE_CUE } from '../lexicon/dates.js';
import { NUMBER_WORD_ALT, numberValue } from '../lexicon/numbers.js';
import { readDocument } from '../read/index.js';
import { Explain, ruleTable, why, type RuleTable, type TestRule } from '../rules.js';
import { extractDates } from './dates.js';
import type { Context, DateFinding, DateParts, DwellFinding, Extractor } from './types.js';
import { IncidentScope } from './scope.js';

const UNIT_DAYS: Record<string, [number, number]> = {
  hour: [0, 1 / 24], day: [1, 1], week: [7, 7], month: [28, 31], year: [365, 366],
};
const NUM = `(?:\\d{1,4}(?:\\.\\d)?|several|a\\sfew|a\\scouple(?:\\sof)?|${NUMBER_WORD_ALT})`;
const QUAL = '(?:more\\sthan|over|at\\sleast|nearly|almost|about|around|roughly|approximately|some|up\\sto|less\\sthan|under|just\\sover|just\\sunder|well\\sover)';
// "for more than four months", "over a period of 18 months", "three to four hours", "a year and a half"
const DURATION_RE = new RegExp(
  // ("took the firm 11 months": the one who took it may stand between)
  `\\b(?:(for|over|during|within|in|after|took|taken|spanning|lasting|lasted|spending|spent|spend)\\s(?:(?:a|the)\\s(?:period|span|time)\\sof\\s|the\\s(?:past|last|previous)\\s|(?<=\\b(?:took|taken)\\s)(?:(?:the|its|their|our)\\s)?(?:[a-z][\\w-]{1,20}\\s|them\\s|it\\s|us\\s))?)?` +
  `(?:(${QUAL})\\s)?(${NUM})(?:(?:\\s|-)(?:to|or|-|–)(?:\\s|-)(${NUM}))?(?:\\s|-)(hour|day|week|month|year)s?(\\sand\\sa\\shalf)?\\b`,
  'gid',
);
const CUE_RE = new RegExp(`\\b(?:${DWELL_CUES.map((c) => c.replace(/\s/g, '\\s')).join('|')})`, 'i');
const EXCLUDE_RE = new RegExp(`\\b(?:${DWELL_EXCLUDE.map((c) => c.replace(/\s/g, '\\s')).join('|')})\\b`, 'i');

/** "16 days after it started", "three weeks after the intrusion began". */
const FROM_START = /^\s(?:after|since)\s(?:it|they|the\s(?:[\w-]{1,20}\s)?(?:breach|attack|intrusion|hack|incident|compromise|skimming|campaign))\s(?:had\s|was\s)?(?:started|began|begun|first\s(?:started|began|occurred))\b/i;
/** "for months", "for years" (not "for years to come"): a vague length of access or exposure. */
const VAGUE_RE = /\b(?:for|over)\s(hours|days|weeks|months|years)\b(?!\s(?:to\scome|ahead|now\b))/gi;
/** The cues a vague length needs beside it: the exposure or the intruders' stay itself, not a trend. */
const VAGUE_CUE = /\b(?:undetected|unnoticed|unprotected|unsecured|publicly\saccessible|left\s(?:open|exposed)|(?:was|were|been|lay|sat)\s(?:[a-z]+ly\s)?(?:exposed|open|accessible)|had\saccess|inside\s(?:the|its|their)|lurk)/i;
/** Day bounds of a vague plural unit: "months" is two months to a year, "years" two to ten. */
const VAGUE_DAYS: Record<string, [number, number]> = {
  hours: [0, 2], days: [2, 30], weeks: [14, 90], months: [60, 365], years: [730, 3653],
};

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
  const dwell = extractDwell(doc, { ...base, dates });
  const ctx = base;
  return new Set([dwell?.why?.rule ?? '', ...ctx.explain.dropped.filter((d) => d.field === 'dwell').map((d) => d.why.rule)]);
}
const row = (id: string, reason: string, example: string, counterexample: string): Row =>
  ({ id, reason, example, counterexample, test: (s: string) => rulesOn(s).has(`dwell.${id}`) });

/** Where a dwell comes from, in the order the driver tries them. */
export const DWELL_BASIS: RuleTable<Row> = ruleTable('dwell', 'dwell basis', [
  row('range-window', 'one stated access window ("had access between January 5 and March 21") is the most exact measure',
    'Hackers had access to the network between June and November.', 'The firm hired staff between June and November after the breach.'),
  row('stated', 'a number of units beside an access or exposure word ("remained undetected for more than four months")',
    'The intruder remained undetected for more than four months.', 'The firm offered twelve months of credit monitoring after the breach.'),
  row('from-start', '"detected 16 days after it began": the span from the start to the finding',
    'Staff detected the skimmer on May 9, 16 days after it started.', 'Staff detected the skimmer on May 9, 16 days after the audit.'),
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
  row('trend-over-past', '"over the past two years" frames a trend unless it went unnoticed',
    'Over the past two years, hackers accessed the data of many retailers.', 'Over the past two years, hackers accessed the retailer’s data undetected.'),
]);

const basis = (id: string) => why(DWELL_BASIS, DWELL_BASIS.rules.find((r) => r.id === id)!);
const dropRule = (id: string) => DWELL_DROPS.rules.find((r) => r.id === id)!;

export interface StatedDwell {
  min: number | null;
  max: number | null;
  text: string;
  /** The DWELL_BASIS row that read it. */
  rule: 'stated' | 'from-start' | 'vague';
}

/**
 * A stated duration in a sentence, as day bounds (exported for the unit tables). `onDrop` hears each
 * duration set aside and the DWELL_DROPS row that did it.
 */
export function statedDwell(text: string, onDrop: (rule: Row, text: string) => void = () => {}): StatedDwell | null {
  if (text.length > 1500) text = text.slice(0, 1500);
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(text); m; m = DURATION_RE.exec(text)) {
    const [whole, prep, qual, n1s, n2s, unitRaw, half] = m;
    const unit = unitRaw!.toLowerCase();
    const n1 = numberValue(n1s!) + (half ? 0.5 : 0);
    const n2 = n2s ? numberValue(n2s) + (half ? 0.5 : 0) : NaN;
    if (!Number.isFinite(n1) || n1 <= 0) continue;
    const drop = (id: string) => onDrop(dropRule(id), whole);
    const after = text.slice(m.index + whole.length, m.index + whole.length + 12);
    // "detected 16 days after it began", "caught three weeks after the intrusion started": the span from the start
    if (!prep && FROM_START.test(text.slice(m.index + whole.length, m.index + whole.length + 60))) {
      return { ...bounds(qual, n1s!, n1, n2, unit), text: text.slice(m.index, m.index + whole.length), rule: 'from-start' };
    }
    if (/^\s{0,2}(?:ago|old|later|earlier|prior|of\s(?:free|credit|identity))/i.test(after) || /^(?:-old|\s{0,2}'s)/i.test(after)) { drop('not-a-span'); continue; }
    if (prep && /^(?:within|in|after)$/i.test(prep)) { drop('notice-period'); continue; }
    const lo = Math.max(0, m.index - 70), hi = Math.min(text.length, m.index + whole.length + 50);
    const around = text.slice(lo, hi);
    if (!CUE_RE.test(around)) { drop('no-access-cue'); continue; }
    if (EXCLUDE_RE.test(text.slice(Math.max(0, m.index - 60), m.index + whole.length + 40))) { drop('not-access-period'); continue; }
    if (!prep && !/\b(?:undetected|unnoticed|for|lasted|exposed)\b/i.test(around)) { drop('no-span-word'); continue; }
    if (/^over$/i.test(prep ?? '') && /\bthe\s(?:past|last|previous)\s/i.test(whole) && !/undetected|unnoticed|lurk|inside/i.test(around)) { drop('trend-over-past'); continue; }
    // "spending at least six weeks" → "at least six weeks"; "for more than four months" keeps its "for"
    const from = prep && /^(?:spending|spent|spend|took|taken|lasting|lasted|spanning)$/i.test(prep) ? (m.indices?.[2] ?? m.indices?.[3])![0] : m.index;
    return { ...bounds(qual, n1s!, n1, n2, unit), text: text.slice(from, m.index + whole.length), rule: 'stated' };
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
  const q = (qual ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:more than|over|at least|just over|well over)$/.test(q)) max = null;
  else if (/^(?:up to|less than|under|just under)$/.test(q)) min = 0;
  else if (/^(?:nearly|almost)$/.test(q)) min = Math.floor((n1 - 1) * uMin) + (unit === 'hour' ? 0 : 1);
  else if (/^(?:about|around|roughly|approximately|some)$/.test(q)) { min = Math.floor(n1 * uMin * 0.8); max = Math.ceil(hi1 * uMax * 1.2); }
  if (/^(?:several|few|a few|a couple|a couple of)$/i.test(n1s)) { min = 2 * uMin; max = 9 * uMax; }
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
  const max = Math.round((b[1] - a[0]) / DAY);
  if (min < 1 || max < min) return null;
  return { min, max: openStart ? null : max };
}

/** A sentence worth reading for a stated duration: a number or number word, and a unit. */
const DURATION_HINT = new RegExp(`\\d|\\b(?:${NUMBER_WORD_ALT}|several|few|couple|(?:for|over)\\s(?:hours|days|weeks|months|years))\\b`, 'i');

export const extractDwell: Extractor<DwellFinding | null, 'dates'> = (doc, ctx) => {
  const dates = ctx.dates ?? [];
  const comp = computedFromDates(dates);
  // 1. a stated range ("between January 5 and March 21") is the most exact measure
  if (comp && comp.sameRange && comp.days.max !== null && comp.days.max < 3660) {
    return { start: comp.start, end: comp.end, days: comp.days, text: comp.text, basis: 'computed', sentence: comp.sentence, why: basis('range-window') };
  }
  // 2. stated
  const onDrop = (s: Sentence) => (rule: Row, text: string) => ctx.explain.drop({ field: 'dwell', text, why: why(DWELL_DROPS, rule), sentence: s });
  for (const s of doc.sentences) {
    if (!DURATION_HINT.test(s.text) || !/\b(?:hour|day|week|month|year)s?\b/i.test(s.text)) continue;
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

function computedFromDates(dates: DateFinding[]): {
  start: string | null; end: string | null; days: { min: number; max: number | null }; text: string; sentence: Sentence; sameRange: boolean; toDiscovery: boolean;
  fromSighting?: boolean;
} | null {
  const starts = dates.filter((d) => d.role === 'breach-start');
  // a stated window anywhere ("between Aug. 10 and Feb. 9") before any pairing across sentences
  for (const s of starts) {
    if (s.range === null || !DWELL_RANGE_CUE.test(s.sentence.text)) continue;
    const e = dates.find((d) => d.role === 'breach-end' && d.range === s.range);
    const days = e ? computedDwell(s.parts, e.parts, s.openStart) : null;
    if (e && days) return { start: s.value, end: e.value, days, text: s.text, sentence: s.sentence, sameRange: true, toDiscovery: false };
  }
  for (const s of starts) {
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
      if (sameRange && !DWELL_RANGE_CUE.test(s.sentence.text)) continue;
      if (!sameRange && (s.value === null || e.value === null)) continue;
      // dates from different sentences pair only at month precision or better ("2015 … last weekend" is two stories)
      if (!sameRange && (s.parts.month === null || e.parts.month === null)) continue;
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
