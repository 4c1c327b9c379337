// Dwell: how long the intruder had access or the data lay exposed.
//
// 1. A stated duration near an access/exposure word: "remained undetected for more than four months",
//    "had access for 40 days", "for nearly two years", "three to four hours", "over a period of 18
//    months" → day bounds, basis "stated". Units in days: day 1, week 7, month 28..31, year 365..366;
//    "more than / at least N" leave `max` open, "up to / less than N" leave `min` at 0, "nearly /
//    almost N" take min from N−1 units, "about N" widen both sides by a fifth.
// 2. Else computed from the breach-start and breach-end (or, lacking an end, discovered) dates at
//    their precision: min = first day of the end period − last day of the start period, max = last day
//    of the end period − first day of the start period ("June to November 2021" → 124..182).
// null when neither.
import type { Sentence } from '../document.js';
import { DWELL_CUES, DWELL_EXCLUDE, DWELL_RANGE_CUE } from '../lexicon/dates.js';
import { dateInfo, type DateParts } from './dates.js';
import type { DateFinding, DwellFinding, Extractor } from './types.js';

const NUMS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, several: 3, few: 2, 'a few': 2, 'a couple of': 2, 'a couple': 2,
};
const UNIT_DAYS: Record<string, [number, number]> = {
  hour: [0, 1 / 24], day: [1, 1], week: [7, 7], month: [28, 31], year: [365, 366],
};
const NUM = '(?:\\d{1,4}(?:\\.\\d)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|several|a\\sfew|a\\scouple(?:\\sof)?)';
const QUAL = '(?:more\\sthan|over|at\\sleast|nearly|almost|about|around|roughly|approximately|some|up\\sto|less\\sthan|under|just\\sover|just\\sunder|well\\sover)';
// "for more than four months", "over a period of 18 months", "three to four hours", "a year"
const DURATION_RE = new RegExp(
  `\\b(?:(for|over|during|within|in|after|took|taken|spanning|lasting|lasted|spending|spent|spend)\\s(?:(?:a|the)\\s(?:period|span|time)\\sof\\s|the\\s(?:past|last|previous)\\s)?)?` +
  `(?:(${QUAL})\\s)?(${NUM})(?:(?:\\s|-)(?:to|or|-|–)(?:\\s|-)(${NUM}))?(?:\\s|-)(hour|day|week|month|year)s?\\b`,
  'gi',
);
const CUE_RE = new RegExp(`\\b(?:${DWELL_CUES.map((c) => c.replace(/\s/g, '\\s')).join('|')})`, 'i');
const EXCLUDE_RE = new RegExp(`\\b(?:${DWELL_EXCLUDE.map((c) => c.replace(/\s/g, '\\s')).join('|')})\\b`, 'i');

const num = (s: string) => (/^\d/.test(s) ? Number(s) : NUMS[s.toLowerCase().replace(/\s+/g, ' ')] ?? NaN);

/** A stated duration in a sentence, as day bounds. Exported for the unit tables. */
export function statedDwell(text: string): { min: number | null; max: number | null; text: string } | null {
  if (text.length > 1500) text = text.slice(0, 1500);
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(text); m; m = DURATION_RE.exec(text)) {
    const [whole, prep, qual, n1s, n2s, unitRaw] = m;
    const unit = unitRaw!.toLowerCase();
    const n1 = num(n1s!);
    const n2 = n2s ? num(n2s) : NaN;
    if (!Number.isFinite(n1) || n1 <= 0) continue;
    const after = text.slice(m.index + whole.length, m.index + whole.length + 12);
    // "detected 16 days after it began", "caught three weeks after the intrusion started": the span from the start
    const fromStart = FROM_START.exec(text.slice(m.index + whole.length, m.index + whole.length + 60));
    if (fromStart && !prep) return bounds(qual, n1s!, n1, n2, unit, text.slice(m.index, m.index + whole.length));
    if (/^\s{0,2}(?:ago|old|later|earlier|prior|of\s(?:free|credit|identity))/i.test(after)) continue;
    if (/^(?:-old|\s{0,2}'s)/i.test(after)) continue;
    if (prep && /^(?:within|in|after)$/i.test(prep)) continue; // notice periods, not dwell
    const lo = Math.max(0, m.index - 70), hi = Math.min(text.length, m.index + whole.length + 50);
    const around = text.slice(lo, hi);
    if (!CUE_RE.test(around)) continue;
    if (EXCLUDE_RE.test(text.slice(Math.max(0, m.index - 60), m.index + whole.length + 40))) continue;
    if (!prep && !/\b(?:undetected|unnoticed|for|lasted|exposed)\b/i.test(around)) continue;
    // "over the past two years" frames a trend, not an access period, unless it went unnoticed
    if (/^over$/i.test(prep ?? '') && /\bthe\s(?:past|last|previous)\s/i.test(whole) && !/undetected|unnoticed|lurk|inside/i.test(around)) continue;
    // "spending at least six weeks" → "at least six weeks"; "for more than four months" keeps its "for"
    const verb = prep && /^(?:spending|spent|spend|took|taken|lasting|lasted|spanning)$/i.test(prep) ? whole.indexOf(' ') + 1 : 0;
    return bounds(qual, n1s!, n1, n2, unit, text.slice(m.index + verb, m.index + whole.length));
  }
  // "largely unprotected in cloud storage for months", "went unnoticed for years": a unit with no number
  VAGUE_RE.lastIndex = 0;
  for (let m = VAGUE_RE.exec(text); m; m = VAGUE_RE.exec(text)) {
    const around = text.slice(Math.max(0, m.index - 90), m.index + m[0].length + 30);
    if (!VAGUE_CUE.test(around) || EXCLUDE_RE.test(around)) continue;
    const [min, max] = VAGUE_DAYS[m[1]!.toLowerCase()]!;
    return { min, max, text: m[0] };
  }
  return null;
}

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

/** Day bounds of a stated number of units with its qualifier ("more than", "nearly", "about"). */
function bounds(qual: string | undefined, n1s: string, n1: number, n2: number, unit: string, text: string): { min: number | null; max: number | null; text: string } {
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
  return { min, max, text };
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

export const extractDwell: Extractor<DwellFinding | null> = (doc, ctx) => {
  // 0. a stated range ("between January 5 and March 21") is the most exact measure
  const comp0 = computedFromDates(ctx.dates ?? []);
  if (comp0 && comp0.sameRange && comp0.days.max !== null && comp0.days.max < 3660) {
    return { start: comp0.start, end: comp0.end, days: comp0.days, text: comp0.text, basis: 'computed', sentence: comp0.sentence };
  }
  // 1. stated
  for (const s of doc.sentences) {
    if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|several|few|couple|a\s(?:day|week|month|year)|(?:for|over)\s(?:hours|days|weeks|months|years))\b/i.test(s.text)) continue;
    if (!/\b(?:hour|day|week|month|year)s?\b/i.test(s.text)) continue;
    const st = statedDwell(s.text);
    if (st) {
      const comp = computedFromDates(ctx.dates ?? []);
      return {
        start: comp?.start ?? null, end: comp?.end ?? null, days: { min: st.min, max: st.max }, text: st.text,
        basis: 'stated', sentence: s,
      };
    }
  }
  // 2. computed
  const comp = computedFromDates(ctx.dates ?? []);
  if (!comp) return null;
  return { start: comp.start, end: comp.end, days: comp.days, text: comp.text, basis: 'computed', sentence: comp.sentence };
};

function computedFromDates(dates: DateFinding[]): {
  start: string | null; end: string | null; days: { min: number; max: number | null }; text: string; sentence: Sentence; sameRange: boolean;
} | null {
  const starts = dates.filter((d) => d.role === 'breach-start');
  for (const s of starts) {
    const si = dateInfo.get(s);
    if (!si) continue;
    const candidates = [
      ...dates.filter((d) => d.role === 'breach-end' && si.range !== null && dateInfo.get(d)?.range === si.range),
      ...dates.filter((d) => d.role === 'breach-end'),
      ...dates.filter((d) => d.role === 'discovered'),
    ];
    for (const e of candidates) {
      const ei = dateInfo.get(e);
      if (!ei) continue;
      const sameRange = si.range !== null && ei.range === si.range;
      // without a year on both, only a stated range can be measured
      if ((si.parts.year === null || ei.parts.year === null) && !sameRange) continue;
      // a range is an access window only when its sentence speaks of access or exposure
      if (sameRange && !DWELL_RANGE_CUE.test(s.sentence.text)) continue;
      if (!sameRange && (s.value === null || e.value === null)) continue;
      // dates from different sentences pair only at month precision or better ("2015 … last weekend" is two stories)
      if (!sameRange && (si.parts.month === null || ei.parts.month === null)) continue;
      const days = computedDwell(si.parts, ei.parts, si.openStart);
      if (!days) continue;
      return { start: s.value, end: e.value, days, text: sameRange ? s.text : `${s.text} … ${e.text}`, sentence: s.sentence, sameRange };
    }
  }
  return null;
}
