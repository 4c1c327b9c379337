// Dates of the incident: when it began and ended, when the victim found it, when it was disclosed.
//
// Mentions come from chrono-node (explicit month/day/year expressions, weekdays) plus a few patterns
// chrono does not read (bare years, "late 2015", relative phrases we resolve ourselves). Every mention
// is resolved against the publication date and never given a year the text and that date do not
// support: a month-day with no year is the most recent such day not after publication (or the next one
// when the sentence looks ahead: "customers will be told by May 26"). Without a publication date those
// keep their text with `value: null`.
//
// Precision follows the text: "2021", "2021-06", "2021-11-11". Relative phrases:
//   "today"/"yesterday"/"on Friday"       → the day;
//   "this/earlier this/last month", "N months ago", "N weeks ago" → the month;
//   "this/last year", "N years ago"      → the year;
//   "this/last week", "the weekend"      → the month when that week (Mon–Sun) or weekend lies inside
//                                           one month, else no value (dropped: too vague to date).
// Prepositions settle the role before any verb: "since"/"from"/"starting" → breach-start (but "has not
// seen activity since March 16" → breach-end), "until"/"through" → breach-end unless a discovery or
// notification verb governs it ("took them until Friday to discover").
// A day-precision date equal to the publication date is dropped (it belongs in source.published).
import { casualDates, type ParsedResult } from '../chrono.js';
import { escapeWords } from '../regexp.js';
import type { Document, Sentence } from '../document.js';
import type { DateRole } from '../record.js';
import { EXCLUDE_CUES, EXCLUDE_SENTENCE_CUES, FUTURE_CUES, INCIDENT_CUES, LAW_STEP_CUES, MALICIOUS_CODE, PURCHASE_VERBS, ROLE_CUES, tellsOfPaymentCapture } from '../lexicon/dates.js';
import type { Context, DateFinding, DateParts, Extractor, Needs } from './types.js';
import { IncidentScope } from './scope.js';
import { Explain, ruleTable, why, type RuleTable, type TestRule, type Why } from '../rules.js';
import { readDocument } from '../read/index.js';
import { monthDayInOrder, type DateOrder } from '../read/locale.js';
import { NUMBER_WORD_ALT, numberValue } from '../lexicon/numbers.js';
import { COUNTRY_MAP } from './country.js';

export const NO_PUBLISHED_WARNING = 'no publication date: relative dates left unresolved (pass --published)';

export type { DateParts };

// ---- mentions -----------------------------------------------------------------------------------

type Rel =
  | { kind: 'day'; offset: number } // today, yesterday
  | { kind: 'week'; offset: number } // this week, last week
  | { kind: 'weekend'; offset: number }
  | { kind: 'month'; offset: number } // this month, N months ago, N weeks ago (→ month)
  | { kind: 'weeksAgo'; n: number }
  | { kind: 'year'; offset: number }
  | { kind: 'weekday'; weekday: number; last: boolean; week?: number }
  | { kind: 'season'; month: number; last: boolean }
  | { kind: 'lastMonthName'; month: number }
  /** "the night before", "two weeks later", "four days after that": counted from the date told before it */
  | { kind: 'shift'; days: number; months: number };

interface Mention {
  start: number; // offsets in the sentence text
  end: number;
  text: string;
  parts?: DateParts; // explicit calendar parts (year may be null: resolve against publication)
  rel?: Rel;
  openStart?: boolean;
  /** The weekday written beside a month-day ("Friday, March 3"), 0 = Sunday: it fixes a missing year. */
  weekday?: number;
  /** "October last year": year relative to publication */
  yearOffset?: number;
  /** "over the Easter weekend": the month is Easter's in the year resolved */
  easter?: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = /\b(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_FULL = /\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
const SEASONS: Record<string, number> = { spring: 4, summer: 7, autumn: 10, fall: 10, winter: 1 };

/** "from 11 to 19 June", "12 to 14 May, 2021": a day, a range word, a day and a month (and a year). */
const DAY_TO_DAY = /^(?:from\s)?(\d{1,2})(\s(?:to|until|till|through)\s)(\d{1,2})\s([A-Za-z]{3,9})\.?(?:,?\s((?:19|20)\d{2}))?$/i;

/** Cheap test before any parsing: does the sentence hold anything date-like? */
const DATE_HINT = /\b(?:19|20)\d{2}\b|\b\d{1,2}[/-]\d{1,2}[/-]\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|days?\b|\b(?:week|month|year|weekend|spring|summer|autumn|fall|winter)s?\b|\btoday\b|\b(?:christmas|easter|halloween|thanksgiving)\b/i;

/** At most this many date-bearing sentences are parsed per article. */
const MAX_DATE_SENTENCES = 400;
/** Sentences longer than this are cut before parsing (crawler junk, hostile input). */
const MAX_SENTENCE = 1500;

/**
 * chrono's mentions of a sentence. All-numeric dates ("03/04/2021") are read in the document's `order` (asked only when one needs it)
 * (src/read/locale.ts): day-first documents turn round what chrono reads month-first.
 */
function chronoMentions(text: string, ref: Date, order: () => DateOrder | null): Mention[] {
  const out: Mention[] = [];
  let results: ParsedResult[];
  try {
    // "the evening of 28 January": chrono reads the part of day and drops the date; blank it out (same length)
    // "from 02.03.2021": chrono reads "from 02.03" as a time; a dotted date with a four-digit year is read as
    // the same date with slashes (same length: offsets and the text as written are kept)
    const blanked = text.replace(/\b(?:morning|afternoon|evening|night)\sof\s/gi, (x) => ' '.repeat(x.length))
      .replace(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d]|\.\d)/g, '$1/$2/$3');
    results = casualDates.parse(blanked, { instant: ref, timezone: 0 });
  } catch {
    return out;
  }
  for (const r of results) {
    // the numeric dates as written ("02.03.2021"), the rest as chrono read it
    const rText = r.text.replace(/\d{1,2}\/\d{1,2}\/\d{4}/g, (x: string, at: number) => text.slice(r.index + at, r.index + at + x.length));
    // probe: the text whose month name or year the piece shares ("2" in "2-9 March 2021")
    const pieces: Array<{ comp: ParsedResult['start']; text: string; start: number; probe?: string }> = [];
    // "from 11 to 19 June": chrono reads the two days as clock times in June; they are two days of June
    const days2 = DAY_TO_DAY.exec(rText);
    const month2 = days2 ? MONTHS.findIndex((n) => n.startsWith(days2[4]!.toLowerCase().slice(0, 3))) + 1 : 0;
    if (days2 && month2 > 0 && +days2[1]! < +days2[3]! && +days2[3]! <= 31) {
      const year = days2[5] ? Number(days2[5]) : null;
      const at1 = r.index + days2[0].length - days2[0].replace(/^from\s/i, '').length;
      const at2 = at1 + days2[1]!.length + days2[2]!.length;
      out.push({ start: at1, end: at1 + days2[1]!.length, text: days2[1]!, parts: { year, month: month2, day: +days2[1]! } });
      out.push({ start: at2, end: r.index + rText.length, text: rText.slice(at2 - r.index), parts: { year, month: month2, day: +days2[3]! } });
      continue;
    }
    if (r.end) {
      // chrono read "March 3 to May 18" as one range: split it into its two sides
      const m = /^(.*?)(\s{0,3}(?:-|–|—|to|through|until|till|and)\s{1,3})(.*)$/i.exec(rText);
      // "from 2-9 March 2021", "between 2nd–9th March": a day, a dash and a day-month after a range word
      // (as "between 2 and 9 March" below; "the weekend (13-14 May)" stays one mention)
      const days = m || !/\b(?:from|between)\s(?:the\s)?$/i.test(text.slice(Math.max(0, r.index - 14), r.index)) ? null
        : /^(\d{1,2}(?:st|nd|rd|th)?)([-–—])(\d.*)$/i.exec(rText);
      // "between Jan. 4-6", "June 22-24, 2019": a month-day and a bare day after a dash; the month-day alone is read
      // here, and the range below joins the day after it (as in "Aug. 7 and 8")
      const monthDays = m ? null : /^([A-Za-z]{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?)[-–—]\d{1,2}(?:st|nd|rd|th)?(?:,?\s(?:19|20)\d{2})?$/.exec(rText);
      if (monthDays && MONTH_RE.test(monthDays[1]!)) {
        pieces.push({ comp: r.start, text: monthDays[1]!, start: r.index });
      } else if (m) {
        pieces.push({ comp: r.start, text: m[1]!, start: r.index });
        pieces.push({ comp: r.end, text: m[3]!, start: r.index + m[1]!.length + m[2]!.length });
      } else if (days) {
        pieces.push({ comp: r.start, text: days[1]!, start: r.index, probe: rText });
        pieces.push({ comp: r.end, text: days[3]!, start: r.index + days[1]!.length + days[2]!.length });
      } else pieces.push({ comp: r.start, text: rText, start: r.index });
    } else pieces.push({ comp: r.start, text: rText, start: r.index });
    for (const p of pieces) {
      p.text = p.text.replace(/(?<![\s,;:])[\s,;:]+$/, '');
      const c = p.comp;
      const hasMonthName = MONTH_RE.test(p.probe ?? p.text);
      // a two-digit year is a year only in an all-numeric date with slashes or dashes ("03-04-21"; "4.11.21" is a version)
      const hasYear = /\b(?:19|20)\d{2}\b/.test(p.text) || (/^\d{1,2}([/-])\d{1,2}\1\d{2}$/.test(p.text)
        && !/[\w./-]/.test(text.charAt(p.start - 1)) && !/^[\w./-]\w/.test(text.slice(p.start + p.text.length, p.start + p.text.length + 2)));
      const tags = c.tags();
      if (tags.has('result/relativeDate') || tags.has('casualReference/today') || tags.has('casualReference/yesterday')) continue; // ours
      if (hasMonthName || hasYear) {
        if (!c.isCertain('month') && !c.isCertain('year')) continue;
        if (!hasMonthName && !/\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/.test(p.text) && !hasYear) continue;
        // "may" the verb: chrono reads lower-case "may" as a month only with a day or year beside it, but be safe
        if (/^may$/.test(p.text.trim())) continue;
        // "accounts created before 2015 may have been exposed": a lower-case "may" is the verb (the year stays, read alone below)
        if (/\bmay\b/.test(p.text) && !/\d\s?may\b|\bmay\s?\d/.test(p.text)) continue;
        const endOfPeriod = [...tags].some((t) => t.includes('EndOfPeriod'));
        const parts: DateParts = {
          year: c.isCertain('year') ? c.get('year') : null,
          month: c.isCertain('month') ? c.get('month') : null,
          day: c.isCertain('day') && !endOfPeriod ? c.get('day') : null,
        };
        if (parts.month !== null && parts.day !== null) [parts.month, parts.day] = monthDayInOrder(parts.month, parts.day, tags, order, p.text);
        if (parts.month === null && parts.year === null) continue;
        if (parts.month === null) parts.day = null;
        const weekday = parts.day !== null && parts.year === null && WEEKDAY_FULL.test(p.text) && c.isCertain('weekday') ? c.get('weekday') ?? undefined : undefined;
        out.push({ start: p.start, end: p.start + p.text.length, text: p.text, parts, ...(weekday !== undefined ? { weekday } : {}) });
      } else if (WEEKDAY_FULL.test(p.text) && c.isCertain('weekday')) {
        const wm = WEEKDAY_FULL.exec(p.text)!;
        const wd = WEEKDAYS.indexOf(wm[0].toLowerCase());
        if (wd < 0) continue;
        const s = p.start + wm.index;
        const before = text.slice(Math.max(0, s - 6), s).toLowerCase();
        const last = /\blast\s$/.test(before);
        const part = /^\s(?:morning|afternoon|evening|night)\b/i.exec(text.slice(s + wm[0].length, s + wm[0].length + 12));
        const end = s + wm[0].length + (part ? part[0].length : 0);
        out.push({ start: last ? s - 5 : s, end, text: text.slice(last ? s - 5 : s, end), rel: { kind: 'weekday', weekday: wd, last } });
      }
    }
  }
  return out;
}

const NUM = `(?:\\d{1,2}|${NUMBER_WORD_ALT})`;
/** What may follow a shift phrase: a stop, or a new clause ("two days later, the firm …", "the night before and …"). */
const SHIFT_END = '(?=\\s*(?:[,.;:)\u201d"]|$)|\\s(?:and|when|as|the|it|they|he|she|we|its|their|on)\\b)';
/** "the night before", "the next day", "two weeks later", "four days after that", "a month earlier". */
const SHIFT_SRC = [
  `\\bthe\\s(?:night|day|evening|morning)\\sbefore${SHIFT_END}`,
  '\\bthe\\s(?:previous|prior|next|following)\\s(?:day|night|evening|morning|month)\\b',
  // ("five months earlier" is left out: it counts back from the story's main event, seldom the date just told)
  `\\b${NUM}\\s(?:day|week|month|year)s?\\s(?:later|after\\s(?:that|this)|before\\s(?:that|this))${SHIFT_END}`,
].join('|');
const RELATIVE_RE = new RegExp(
  [
    '\\b(?:(?:earlier|later|late|early)\\s)?(?:this|last)\\s(?:week|month|year)\\b',
    '\\b(?:the\\s)?(?:week|month|year)\\sbefore\\slast\\b',
    '\\b(?:today|yesterday)\\b',
    '\\b(?:this|last|over\\sthe|at\\sthe)\\sweekend\\b',
    `\\b(?:about\\s|around\\s|roughly\\s|nearly\\s|almost\\s|more\\sthan\\s|over\\s)?${NUM}\\s(?:day|week|month|year)s?\\sago\\b`,
    '\\blast\\s(?:spring|summer|autumn|fall|winter)\\b',
    '\\blast\\s(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b',
    SHIFT_SRC,
  ].join('|'),
  'gi',
);

/** The shift a phrase such as "two weeks later" or "the night before" counts from the date told before it. */
function shiftOf(low: string): Rel | null {
  if (/^the\s(?:night|day|evening|morning)\sbefore$|^the\s(?:previous|prior)\s(?:day|night|evening|morning)$/.test(low)) return { kind: 'shift', days: -1, months: 0 };
  if (/^the\s(?:next|following)\s(?:day|night|evening|morning)$/.test(low)) return { kind: 'shift', days: 1, months: 0 };
  if (/^the\s(?:previous|prior)\smonth$/.test(low)) return { kind: 'shift', days: 0, months: -1 };
  if (/^the\s(?:next|following)\smonth$/.test(low)) return { kind: 'shift', days: 0, months: 1 };
  const m = /^(\S+)\s(day|week|month|year)s?\s(later|earlier|after|before)/.exec(low);
  if (!m) return null;
  const n = numberValue(m[1]!);
  if (!Number.isFinite(n) || n <= 0) return null;
  const sign = m[3] === 'later' || m[3] === 'after' ? 1 : -1;
  const unit = m[2]!;
  return unit === 'day' ? { kind: 'shift', days: sign * n, months: 0 } : unit === 'week' ? { kind: 'shift', days: sign * 7 * n, months: 0 }
    : { kind: 'shift', days: 0, months: sign * n * (unit === 'year' ? 12 : 1) };
}

function relativeMentions(text: string): Mention[] {
  const out: Mention[] = [];
  RELATIVE_RE.lastIndex = 0;
  for (let m = RELATIVE_RE.exec(text); m; m = RELATIVE_RE.exec(text)) {
    const t = m[0];
    const low = t.toLowerCase();
    let rel: Rel | null = null;
    // "the last week of June", "the last month of the year": a part of the date after it, not a relative date
    if (/^last\s(?:week|month|year)$/.test(low) && /\bthe\s$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^\s{1,2}of\b/i.test(text.slice(m.index + t.length, m.index + t.length + 4))) continue;
    if (/before last/.test(low)) {
      const unit = /week|month|year/.exec(low)![0];
      rel = unit === 'week' ? { kind: 'week', offset: -2 } : unit === 'month' ? { kind: 'month', offset: -2 } : { kind: 'year', offset: -2 };
    } else if (/^(?:(?:earlier|later|late|early)\s)?(?:this|last)\s(?:week|month|year)$/.test(low)) {
      const offset = /last/.test(low) ? -1 : 0;
      const unit = /week|month|year/.exec(low)![0];
      rel = unit === 'week' ? { kind: 'week', offset } : unit === 'month' ? { kind: 'month', offset } : { kind: 'year', offset };
    } else if (low === 'today') rel = { kind: 'day', offset: 0 };
    else if (low === 'yesterday') rel = { kind: 'day', offset: -1 };
    else if (/weekend$/.test(low)) {
      // "over the weekend of 6-7 November": the date after it says which weekend
      if (/^\s{1,2}of\s/i.test(text.slice(m.index + t.length, m.index + t.length + 5))) continue;
      rel = { kind: 'weekend', offset: /^last/.test(low) ? -1 : 0 };
    }
    else if (/ago$/.test(low)) {
      const mm = /(\w+)\s(day|week|month|year)s?\sago$/.exec(low)!;
      const n = numberValue(mm[1]!);
      if (!Number.isFinite(n)) continue;
      const unit = mm[2]!;
      rel = unit === 'day' ? { kind: 'day', offset: -n } : unit === 'week' ? { kind: 'weeksAgo', n } : unit === 'month' ? { kind: 'month', offset: -n } : { kind: 'year', offset: -n };
    } else if (/^last\s(spring|summer|autumn|fall|winter)$/.test(low)) {
      rel = { kind: 'season', month: SEASONS[low.slice(5)]!, last: true };

    } else if (/^last\s/.test(low)) {
      rel = { kind: 'lastMonthName', month: MONTHS.indexOf(low.slice(5)) + 1 };
    }
    if (!rel) rel = shiftOf(low);
    if (rel) out.push({ start: m.index, end: m.index + t.length, text: t, rel });
  }
  // "earlier this summer": the publication year's season
  THIS_SEASON.lastIndex = 0;
  for (let m = THIS_SEASON.exec(text); m; m = THIS_SEASON.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], rel: { kind: 'season', month: SEASONS[m[1]!.toLowerCase()]!, last: false } });
  }
  return out;
}
const THIS_SEASON = /\b(?:(?:earlier|later|late|early)\s)?this\s(spring|summer|autumn|fall|winter)\b/gi;

const YEAR_RE = /(?<![\w$#€£/.-])(?:(early|late|mid|mid-|the\send\sof|the\sbeginning\sof|the\sstart\sof|the\sfirst\shalf\sof|the\ssecond\shalf\sof|the\s(?:spring|summer|autumn|fall|winter)\sof|(?:spring|summer|autumn|fall|winter)|(?:the\s)?(?:first|second|third|fourth)\squarter(?:\sof)?|q[1-4])\s?)?((?:19[89]|20[0-4])\d)(?![\w%-]|[/.]\d|,\d{3}|\s(?:percent|per\scent|customers|people|users|accounts|records|employees|patients|members|files|servers|computers|devices))/gi;

function yearMentions(text: string): Mention[] {
  const out: Mention[] = [];
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], parts: { year: Number(m[2]), month: null, day: null } });
  }
  return out;
}

/**
 * "in early May", "by mid-May": chrono leaves a bare "May" after a modifier unread (it could be the verb);
 * after "early", "late", "mid" or "the end of" it is the month. (The modifier joins its text below.)
 */
const MODIFIED_MAY = /(?:\b(?:early|late|mid|the\send\sof|the\sbeginning\sof|the\sstart\sof)\s|\bmid-)(May)\b(?!\s\d)(?:,?\s((?:19|20)\d{2})\b)?/g;

function mayMentions(text: string): Mention[] {
  const out: Mention[] = [];
  MODIFIED_MAY.lastIndex = 0;
  for (let m = MODIFIED_MAY.exec(text); m; m = MODIFIED_MAY.exec(text)) {
    const start = m.index + m[0].length - m[0].slice(m[0].indexOf('May')).length;
    out.push({ start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length), parts: { year: m[2] ? Number(m[2]) : null, month: 5, day: null } });
  }
  return out;
}

/**
 * Holidays that date an attack ("over the Labor Day weekend", "on Christmas Eve", "during the Easter
 * break"): a fixed day where the holiday is one day, else its month. Easter's month is reckoned from the year.
 */
const HOLIDAYS: ReadonlyArray<readonly [RegExp, number, number | null]> = [
  [/^christmas\seve$/i, 12, 24], [/^christmas\sday$/i, 12, 25], [/^christmas$/i, 12, null], [/^boxing\sday$/i, 12, 26],
  [/^new\syear['’]?s\seve$/i, 12, 31], [/^new\syear['’]?s\sday$/i, 1, 1], [/^halloween$/i, 10, 31],
  [/^(?:independence\sday|(?:the\s)?fourth\sof\sjuly)$/i, 7, 4], [/^thanksgiving$/i, 11, null], [/^black\sfriday$/i, 11, null],
  [/^labou?r\sday$/i, 9, null], [/^memorial\sday$/i, 5, null], [/^easter$/i, 4, null],
];
const HOLIDAY_RE = /\b(?:over|during|on|around|before|after|ahead\sof|at|since|from|until|by)\s(?:the\s)?(Christmas\s(?:Eve|Day)|Christmas|Boxing\sDay|New\sYear['’]?s\s(?:Eve|Day)|Halloween|Independence\sDay|(?:the\s)?Fourth\sof\sJuly|Thanksgiving|Black\sFriday|Labou?r\sDay|Memorial\sDay|Easter)(?:\s((?:19|20)\d{2})\b)?(?:['’]s)?(?:\s(?:holidays?|weekend|break|period|season|day|sunday|monday))?\b/g;

function holidayMentions(text: string): Mention[] {
  const out: Mention[] = [];
  HOLIDAY_RE.lastIndex = 0;
  for (let m = HOLIDAY_RE.exec(text); m; m = HOLIDAY_RE.exec(text)) {
    const name = m[1]!;
    const row = HOLIDAYS.find(([re]) => re.test(name));
    if (!row) continue;
    const start = m.index + m[0].indexOf(name);
    const end = m.index + m[0].length;
    // a day holiday's weekend or holidays ("the Christmas holidays", "Labor Day weekend") is its month
    const day = /\s(?:holidays?|weekend|break|period|season)$/i.test(m[0]) ? null : row[2];
    out.push({ start, end, text: text.slice(start, end), parts: { year: m[2] ? Number(m[2]) : null, month: row[1], day }, ...(/^easter$/i.test(name) ? { easter: true } : {}) });
  }
  return out;
}

/** The month of Easter Sunday in a year (the Gregorian computus). */
function easterMonth(y: number): number {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  return Math.floor((h + l - 7 * m + 114) / 31);
}

/** All mentions of a sentence, overlaps resolved in favour of the longer one. */
function mentionsOf(text: string, ref: Date, order: () => DateOrder | null): Mention[] {
  const all = [...chronoMentions(text, ref, order), ...relativeMentions(text), ...yearMentions(text), ...mayMentions(text), ...holidayMentions(text)];
  all.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const out: Mention[] = [];
  for (const m of all) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) {
      // "from March 3 until May 9 last year": the relative year inside a chrono span gives the year
      if (prev.parts && prev.parts.year === null && m.rel?.kind === 'year') prev.parts.year = NaN; // marker, fixed below
      if (m.end - m.start > prev.end - prev.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  // "in October or November 2016", "in March and April 2023", "May, June and July 2022": a year written after the
  // last of a list of months is the year of each (a month later than the one after it falls in the year before:
  // "December or January 2023"). (Ranges, "from June to November 2021", carry it when they are joined below.)
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!, b = out[i + 1]!;
    if (!a.parts || !b.parts || a.parts.year !== null || a.parts.month === null || b.parts.month === null || b.parts.year === null || Number.isNaN(b.parts.year)) continue;
    if (a.parts.day !== null && b.parts.day === null) continue;
    if (!/^\s{0,2}(?:,\s{0,2}(?:and\s|or\s)?|and\s|or\s|\/)\s{0,2}(?:in\s|early\s|late\s|mid-?)?$/i.test(text.slice(a.end, b.start))) continue;
    a.parts.year = a.parts.month > b.parts.month ? b.parts.year - 1 : b.parts.year;
  }
  // "October last year", "Dec. 29 of this year": the relative year gives the year
  for (const m of out) {
    if (!m.parts || m.parts.year !== null || m.parts.month === null) continue;
    const t = /^,?\s(?:of\s)?(last|this)\syear\b/i.exec(text.slice(m.end, m.end + 16));
    if (t) { m.yearOffset = t[1]!.toLowerCase() === 'last' ? -1 : 0; m.end += t[0].length; m.text = text.slice(m.start, m.end); }
  }
  for (let i = 1; i < out.length; i++) if (out[i]!.start < out[i - 1]!.end) out.splice(i--, 1);
  // "the following month, on 7 March": the shift only leads in to the date written after it
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i]!.rel?.kind === 'shift' && out[i + 1]!.parts && /^\s{0,2},?\s{0,2}(?:on|in)?\s{0,2}$/i.test(text.slice(out[i]!.end, out[i + 1]!.start))) out.splice(i--, 1);
  }
  // "Wednesday and Friday the week before last", "on Tuesday last week": the week anchors the weekdays
  for (let i = 0; i < out.length; i++) {
    const w = out[i]!;
    if (w.rel?.kind !== 'week') continue;
    let j = i - 1;
    let cursor = w.start;
    while (j >= 0) {
      const d = out[j]!;
      if (d.rel?.kind !== 'weekday' || !/^[\s,]{0,3}(?:and\s|to\s|until\s|through\s)?(?:on\s)?$/i.test(text.slice(d.end, cursor))) break;
      d.rel.week = w.rel.offset;
      cursor = d.start;
      j--;
    }
    if (j < i - 1) { out.splice(i, 1); i--; }
  }
  // a modifier just before a chrono month ("late November", "mid-June", "the end of April") joins its text
  for (const m of out) {
    if (!m.parts) continue;
    const before = text.slice(Math.max(0, m.start - 20), m.start);
    const mod = /(?:\b(?:early|late|mid|the\send\sof|the\sbeginning\sof|the\sstart\sof|end\sof)\s|\bmid-)$/i.exec(before);
    if (mod) {
      m.start -= mod[0].length;
      m.text = text.slice(m.start, m.end);
    }
    if (/\bat\sleast\s(?:on\s|in\s|since\s)?$|\bas\s(?:early|far\sback)\sas\s$|\bback\sto\s(?:at\sleast\s)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start))) m.openStart = true;
  }
  return out;
}

// ---- resolution ---------------------------------------------------------------------------------

interface Resolved {
  value: string | null;
  parts: DateParts;
  /** false when the phrase is too vague to date even with a publication date ("last week" across months) */
  ok: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
function fmt(p: DateParts): string | null {
  if (p.year === null || Number.isNaN(p.year)) return null;
  if (p.month === null) return String(p.year);
  if (p.day === null) return `${p.year}-${pad(p.month)}`;
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const partsOf = (d: Date): DateParts => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** The year that puts a month and day nearest a full date told just before it: "started on September 18, 2020; staff
 *  spotted it on October 11" (2020), "on December 28, 2022 … locked out on January 5" (2023), "told the regulator on
 *  September 5, 2018, that the intrusion had begun on August 21" (2018). */
function nearestYear(p: DateParts, near: DateParts): number | null {
  if (near.year === null || Number.isNaN(near.year) || near.month === null || p.month === null) return null;
  const at = utc(near.year, near.month, near.day ?? 15).getTime();
  let best: number | null = null, gap = Infinity;
  for (const y of [near.year - 1, near.year, near.year + 1]) {
    const d = Math.abs(utc(y, p.month, p.day ?? 15).getTime() - at);
    if (d < gap) { gap = d; best = y; }
  }
  return best;
}

function resolve(m: Mention, pub: Date | null, future: boolean, anchor: DateParts | null = null, previous: DateParts | null = null, near: DateParts | null = null): Resolved {
  if (m.rel?.kind === 'shift') return shifted(m.rel, previous);
  if (m.parts) {
    const p = { ...m.parts };
    if (p.year !== null && !Number.isNaN(p.year)) return { value: fmt(p), parts: p, ok: true };
    // a full date earlier in the sentence lends its year (the nearest); the publication date may not be passed
    const y = near && m.yearOffset === undefined && !Number.isNaN(p.year) ? nearestYear(p, near) : null;
    if (y !== null && (!pub || future || utc(y, p.month!, p.day ?? 1) <= pub)) {
      p.year = y;
      return { value: fmt(p), parts: p, ok: true };
    }
    if (!pub) return { value: null, parts: { ...p, year: null }, ok: true };
    const py = pub.getUTCFullYear(), pm = pub.getUTCMonth() + 1, pd = pub.getUTCDate();
    if (Number.isNaN(p.year) || m.yearOffset !== undefined) {
      // "from March 3 until May 9 last year"
      p.year = py + (m.yearOffset ?? -1);
      return { value: fmt(p), parts: p, ok: true };
    }
    if (anchor && anchor.year !== null && anchor.year < py && anchor.month !== null && p.month !== null) {
      // narrative time: "learned of it 13 Jan. 2019 but notified the regulator on 7 Feb."
      const earlier = p.month < anchor.month || (p.month === anchor.month && (p.day ?? 31) < (anchor.day ?? 1));
      p.year = anchor.year + (earlier ? 1 : 0);
      return { value: fmt(p), parts: p, ok: true };
    }
    const m0 = p.month ?? 1, d0 = p.day ?? (future ? 31 : 1);
    const after = m0 > pm || (m0 === pm && d0 > pd);
    const before = m0 < pm || (m0 === pm && d0 < pd);
    p.year = future ? (before && p.day !== null ? py + 1 : m0 < pm ? py + 1 : py) : after ? py - 1 : py;
    // "Friday, July 19": the year in which that day is that weekday, going back from the one guessed
    if (m.weekday !== undefined && p.month !== null && p.day !== null) {
      for (let y = p.year; y >= p.year - 11; y--) {
        if (utc(y, p.month, p.day).getUTCDay() === m.weekday && utc(y, p.month, p.day).getUTCDate() === p.day) { p.year = y; break; }
      }
    }
    return { value: fmt(p), parts: p, ok: true };
  }
  const rel = m.rel!;
  if (!pub) {
    const parts: DateParts = { year: null, month: null, day: null };
    return { value: null, parts, ok: true };
  }
  const py = pub.getUTCFullYear(), pm = pub.getUTCMonth() + 1;
  switch (rel.kind) {
    case 'day': {
      const p = partsOf(addDays(pub, rel.offset));
      return { value: fmt(p), parts: p, ok: true };
    }
    case 'week':
    case 'weekend': {
      const dow = (pub.getUTCDay() + 6) % 7; // Monday = 0
      const monday = addDays(pub, -dow + 7 * rel.offset);
      const first = rel.kind === 'week' ? monday : addDays(monday, 5);
      let last = addDays(monday, 6);
      if (rel.kind === 'weekend' && rel.offset === 0 && dow < 5) {
        // "over the weekend" read on a weekday: the weekend just past
        const f2 = addDays(monday, -2);
        return sameMonth(f2, addDays(monday, -1));
      }
      if (last > pub && rel.offset === 0 && rel.kind === 'week') last = pub;
      return sameMonth(first, last);
    }
    case 'weeksAgo': {
      const p = partsOf(addDays(pub, -7 * rel.n));
      p.day = null;
      return { value: fmt(p), parts: p, ok: true };
    }
    case 'month': {
      const idx = py * 12 + (pm - 1) + rel.offset;
      const p: DateParts = { year: Math.floor(idx / 12), month: (idx % 12) + 1, day: null };
      return { value: fmt(p), parts: p, ok: true };
    }
    case 'year': {
      const p: DateParts = { year: py + rel.offset, month: null, day: null };
      return { value: fmt(p), parts: p, ok: true };
    }
    case 'weekday': {
      const dow = pub.getUTCDay();
      if (rel.week !== undefined) {
        const monday = addDays(pub, -((dow + 6) % 7) + 7 * rel.week);
        const p = partsOf(addDays(monday, (rel.weekday + 6) % 7));
        return { value: fmt(p), parts: p, ok: true };
      }
      let back = (dow - rel.weekday + 7) % 7;
      if (future) back = -((rel.weekday - dow + 7) % 7);
      else if (rel.last && back === 0) back = 7;
      const p = partsOf(addDays(pub, -back));
      return { value: fmt(p), parts: p, ok: true };
    }
    case 'season': {
      // "last summer": the latest one begun before publication; "this summer": the publication year's
      const p: DateParts = { year: !rel.last || rel.month < pm ? py : py - 1, month: null, day: null };
      return { value: fmt(p), parts: p, ok: true };
    }
    case 'lastMonthName': {
      const p: DateParts = { year: rel.month < pm ? py : py - 1, month: rel.month, day: null };
      return { value: fmt(p), parts: p, ok: true };
    }
  }
}

/** A shift from the date told before it, at that date's precision (days need a day; months a month). */
function shifted(rel: { days: number; months: number }, from: DateParts | null): Resolved {
  const none: Resolved = { value: null, parts: { year: null, month: null, day: null }, ok: false };
  if (!from || from.year === null || Number.isNaN(from.year) || from.month === null) return none;
  if (rel.days !== 0) {
    if (from.day === null) return none;
    const p = partsOf(addDays(utc(from.year, from.month, from.day), rel.days));
    return { value: fmt(p), parts: p, ok: true };
  }
  const idx = from.year * 12 + (from.month - 1) + rel.months;
  const p: DateParts = { year: Math.floor(idx / 12), month: (idx % 12) + 1, day: null };
  return { value: fmt(p), parts: p, ok: true };
}

function sameMonth(a: Date, b: Date): Resolved {
  if (a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth()) {
    const p: DateParts = { year: a.getUTCFullYear(), month: a.getUTCMonth() + 1, day: null };
    return { value: fmt(p), parts: p, ok: true };
  }
  return { value: null, parts: { year: null, month: null, day: null }, ok: false };
}

// ---- cues ---------------------------------------------------------------------------------------

const escape = escapeWords;
// longest cue first: "taken offline" is read before "taken", "reported to" before "reported"
const ROLE_RE = new RegExp(`\\b(?:${[...ROLE_CUES].sort((a, b) => b[0].length - a[0].length).map(([c]) => escape(c)).join('|')})\\b`, 'gi');
const ROLE_OF = new Map(ROLE_CUES.map(([c, r]) => [c, r] as const));
const EXCLUDE_RE = new RegExp(`(?:^|[^\\w-])(?:${EXCLUDE_CUES.map(escape).join('|')})(?:s|es)?(?:$|[^\\w])`, 'i');
const LAW_STEP_RE = new RegExp(`\\b(?:${LAW_STEP_CUES.map(escape).join('|')})\\b`, 'i');
/** The words of a law step and of the court around it ("pleaded guilty at the crown court"), blanked before asking
 *  whether the clause holds another excluded word (a patch, a founding). */
const LAW_STEP_ALL = new RegExp(`\\b(?:${[...LAW_STEP_CUES, 'court', 'judge', 'trial', 'plea', 'sentencing', 'indictment'].map(escape).join('|')})(?:s|es)?\\b`, 'gi');
const FUTURE_RE = new RegExp(`(?:^|[^\\w'])(?:${FUTURE_CUES.filter((c) => !['by', 'from', 'starting', 'until'].includes(c)).map(escape).join('|')})\\b`, 'i');
const INCIDENT_RE = new RegExp(`\\b(?:${INCIDENT_CUES.map(escape).join('|')})`, 'i');
/** Strong cues: the sentence is about a security incident, not the company's history. */
const STRONG_INCIDENT_RE = /\b(?:breach|hack|fraudster|skimm|siphon|harvest(?:ed|ing)\s(?:[\w-]{1,20}\s){0,3}(?:card|data|credentials|passwords|details)|illegally|dark\sweb|spill|dump|attack|intru|unauthori[sz]|stole|stolen|steal|theft|compromis|expos|leak|ransom|malware|infect|encrypt|phish|incident|exfiltrat|cyber-?attack|cyber\sincident|suspicious|unusual activity|threat actor|attacker|malicious|left\sopen|unprotected|unsecured|publicly\saccessible|misconfigur)/i;
/** "a separate breach in 2015", "the 2017 Equifax breach": another incident. */
const OTHER_INCIDENT_BEFORE = /\b(?:separate|previous|prior|earlier|another|similar|unrelated|last\syear's|a\sdifferent)\s(?:[\w-]{1,20}\s){0,2}(?:breach|hack|attack|incident|leak|intrusion|cyberattack|compromise|case)\b[^.;]{0,90}$/i;
/** "records going back to 2008", "emails dating back to 2015": how far back the data reaches. */
const DATA_GOING_BACK = /\b(?:records?|data|files|documents|information|archives?|e-?mails|messages|history|histories|transactions)\s(?:[\w-]{1,20}\s){0,2}(?:going|goes|go|went|dating|dated|stretching|reaching)\sback\s(?:to|as\sfar\sas)\s(?:at\sleast\s)?$/i;
/** "information held on employees dating back to 2019", "results taken from patients at three hospitals, dating back to
 * 2022": the data told a few words (or a list) before "dating back", with no word of the incident between (not "the
 * details of users, lost in a breach dating back to 2013"). */
const BACK_TO = /\b(?:going|goes|go|went|dating|dated|dates|stretching|reaching)\sback\s(?:to|as\sfar\sas)\s(?:at\sleast\s)?$/i;
const DATA_NOUN_ALL = /\b(?:records?|data|files|documents|information|archives?|e-?mails|messages|histor(?:y|ies)|transactions|results|details)\b/gi;
const INCIDENT_NOUN = /\b(?:breach|hack|intru|attack|cyber-?attack|access|compromis|activity|campaign|infect|incident|skimm|malware|ransomware)/i;
function dataGoingBackFar(before: string): boolean {
  if (!BACK_TO.test(before)) return false;
  let last = -1;
  DATA_NOUN_ALL.lastIndex = 0;
  for (let m = DATA_NOUN_ALL.exec(before); m; m = DATA_NOUN_ALL.exec(before)) last = m.index + m[0].length;
  return last >= 0 && !INCIDENT_NOUN.test(before.slice(last)) && !/[.;:!?]\s/.test(before.slice(last));
}
/** A flaw's own history: "the vulnerability was disclosed/patched in October", "the vendor fixed the flaw". */
const FLAW_WORD = /\b(?:flaw|vulnerabilit(?:y|ies)|bug|zero-day|CVE-\d{4}-\d{3,7})\b/i;
const FLAW_PASSIVE = /\b(?:was|were|had\sbeen|been|is)\s(?:first\s|publicly\s)?(?:disclosed|published|reported|announced|revealed|patched|fixed|discovered)\b/i;
const FLAW_ACTIVE = /\b(?:disclosed|published|patched|fixed)\s(?:the|a)\s(?:[\w-]{1,20}\s)?(?:flaw|vulnerability|bug|zero-day)\b/i;
function vulnerabilityHistory(clause: string): boolean {
  if (FLAW_ACTIVE.test(clause)) return true;
  const f = FLAW_WORD.exec(clause);
  if (!f) return false;
  const rest = clause.slice(f.index, f.index + 90);
  const v = FLAW_PASSIVE.exec(rest);
  return !!v && !/[.;]/.test(rest.slice(0, v.index));
}
/** "… over a different breach", "… in an unrelated incident": set apart after the date, in its clause. */
const OTHER_INCIDENT_AFTER = /^[^.;]{0,80}?\b(?:separate|previous|prior|another|different|unrelated|earlier)\s(?:[\w-]{1,20}\s){0,2}(?:breach|hack|attack|incident|leak|intrusion|cyberattack|compromise)\b/i;
/** "have until May 3 to …", "has through Friday to …", "the deadline is": a deadline given to people. */
const DEADLINE_BEFORE = /\b(?:have|has|had|given|get|gets|deadline\s(?:is|was|of))\s(?:(?:until|till|through|by)\s)?(?:the\s)?$/i;
/** What people are offered or may claim after a breach: its dates are deadlines, not incident steps. */
const OFFER_WORDS = /\b(?:credit\smonitoring|identity\s(?:theft\s)?(?:protection|monitoring|restoration)|file\sa\sclaim|submit\sa\sclaim|claims?\sform|settlement|enrol(?:l|ment|led)?|sign\sup|opt\sout|activation\scode|redeem)\b/i;

/** "the hacking of Tesco Bank in November", "an attack on the broadcaster TV5Monde in 2015" */
const INCIDENT_ON_BEFORE = /\b(?:breach|hack|hacking|attack|leak|intrusion|cyberattack)(?:es|s)?\s(?:of|at|on|against|targeting)\s[^,;]{0,50}?((?:[A-Z][\w.&'’-]{1,30}\s){0,3}[A-Z][\w.&'’-]{1,30})[\s,]{1,3}(?:in|on|last|during|back\sin)\s$/;
/** "after $5 million was stolen from rival exchange Coinbridge in 2018": a theft from another organisation */
const THEFT_FROM = /\b(?:stolen|stole|taken|siphoned|drained)\sfrom\s/gi;
/** The name a theft was "from", right before the date, with no clause break between; else null. */
function theftFrom(before: string): string | null {
  const at = lastMatch(THEFT_FROM, before);
  if (at < 0 || before.length - at > 90 || /[,;]/.test(before.slice(at, before.length - 4))) return null;
  // the word before the date's preposition is the name: "… exchange Coinbridge in 2018"
  const words = before.trimEnd().split(/\s+/);
  const prep = words.pop()?.toLowerCase();
  const name = words.pop()?.replace(/,$/, '');
  return prep && ['in', 'on', 'last', 'during'].includes(prep) && name && /^[A-Z]/.test(name) ? name : null;
}
/** "the 2015 attacks on a sports federation" */
const INCIDENT_ON_AFTER = /^\s(?:[a-z][\w-]{1,20}\s){0,2}(?:breach|hack|hacking|attack|leak|intrusion|cyberattack)(?:es|s)?\s(?:of|at|on|against|targeting)\s(?:the\s|an?\s)?((?:[A-Z][\w.&'’-]{1,30}\s?){1,4})/;
/** A determiner or possessive right before a year ("a 2019 …", "the 2014 …", "its 2021 …", "the firm's 2020 …"). */
const YEAR_MODIFIER_BEFORE = /(?:\b(?:a|an|the|its|their|his|her|our|this|that|every)|['’]s)\s$/i;
/** A word after the year that a noun phrase goes on with, not a verb, a preposition or the end of the phrase. */
const YEAR_MODIFIER_AFTER = /^\s(?!(?:and|or|to|through|until|when|as|at|in|on|for|by|with|from|of|was|were|is|are|has|had|have|will|would|saw|brought|the|a|an)\b)[A-Za-z][\w'’-]*/;
/** The incident noun within the next few words: "its 2019 breach", "the 2021 ransomware attack", "a 2020 data leak". */
const YEAR_OF_INCIDENT_AFTER = /^\s(?:[\w'’-]{1,20}\s){0,3}?(?:breach|hack|hacking|attack|cyber-?attack|leak|incident|intrusion|compromise|ransomware|theft|exposure|skimming|infection)/i;
/** "the breach", "this attack", "its data breach": the sentence is about an incident already introduced */
const DEFINITE_INCIDENT = /\b(?:the|this|its|their|that)\s(?:[\w-]{1,20}\s)?(?:breach|hack|attack|incident|intrusion|compromise|leak|cyberattack|cyber-attack)\b/i;

/** A breach whose target is named: "after breaching Harbor Health Alliance", "files from payments firm Northwind Pay". */
/** Countries, demonyms and places (COUNTRY_MAP): "a French hospital", "San Antonio's largest school district" name
 *  where the target is, not another organisation. */
const isPlace = (name: string) => COUNTRY_MAP.has(name.trim().replace(/['’]s$/, ''));
/** Another named organisation as the one that suffered an incident: "Ince & Co suffered a cyber-attack in 2021", "the
 *  platform Kucoin lost $280 million in a breach", "Kyivstar, and a leading bank, came under a hacker attack". */
const SUFFER_VERB = /\s(?:also\s)?(?:suffered|lost|came\sunder|fell\svictim|was\s(?:hit|hacked|breached|attacked|targeted))\b/;
const NAME_AT_END = /(?:^|\s)((?:[A-Z][\w.'’-]*|&)(?:\s(?:[A-Z][\w.'’-]*|&)){0,3})$/;
/** The name right before the first verb of suffering, over one comma aside ("Globex, and a bank, came under"); else null. */
function otherSufferer(text: string): RegExpExecArray | null {
  const v = SUFFER_VERB.exec(text);
  if (!v) return null;
  let before = text.slice(Math.max(0, v.index - 120), v.index);
  if (before.endsWith(',')) {
    const k = before.lastIndexOf(',', before.length - 2);
    if (k >= 0 && before.length - k <= 62) before = before.slice(0, k);
  }
  return NAME_AT_END.exec(before);
}
const OTHER_TARGET = /\b(?:breach(?:ed|ing)?|hack(?:ed|ing)?|attack(?:ed|ing)?|infiltrat(?:ed|ing)|(?:data|files|documents|e-?mails|records)\sfrom|(?:stolen|stole|taken|siphoned|drained)\sfrom)\s(?:(?:of|at|on|against|into|targeting|in)\s)?(?:the\s|an?\s)?(?:[a-z][\w-]{1,20}\s){0,2}((?:[A-Z][\w.&'’-]{1,30}\s?){1,4})/;
/** The date opens the sentence: "In July 2023, ", "And in January ", "On May 3, " (the date itself follows). */
const DATE_LED = /^\s{0,2}(?:(?:And|But|Then|Also|Meanwhile),?\s)?(?:(?:in|on|during|by|back\sin|earlier\sin|later\sin|late\sin|early\sin)\s)?$/i;
/** After the date: ", security firm Avast released", ", the Internet Archive went", " MailChimp lost". */
const SUBJECT_AFTER = /^,?\s(?:the\s)?(?:[a-z][\w-]{1,20}\s){0,3}((?:[A-Z][\w.&'’-]{1,30})(?:\s[A-Z][\w.&'’-]{1,30}){0,3})(?:,|\s[a-z])/;
/** Capitalised sentence words that are no organisation's name (a pronoun, a nationality before "hackers" …). */
const NOT_NAMES = new Set(['The', 'A', 'An', 'It', 'Its', 'We', 'Our', 'They', 'Their', 'He', 'She', 'This', 'That', 'These', 'Those', 'Hackers',
  'Attackers', 'Criminals', 'Researchers', 'Investigators', 'Police', 'Officials', 'Customers', 'Staff', 'Employees', 'Users', 'Patients', 'I',
  'You', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'One', 'Two', 'Three']);
/** A nationality or a pronoun, not a name: "Russian hackers", "It". */
const notName = (w: string) => NOT_NAMES.has(w) || (/^[A-Z][a-z]+$/.test(w) && /(?:an|ese|ish|i)$/.test(w));
/** The sentence stays with the victim: "the company", "the firm", "its systems", "we". */
const OUR_SIDE = /\b(?:the\s(?:company|firm|organi[sz]ation|business|group|retailer|bank|lender|insurer|hospital|council|school|university|district|agency|charity|chain|provider|operator|utility)|its\s(?:systems?|network|servers?|customers|staff|employees|data)|we|our|us)\b/i;
/** A group or its malware arriving on the scene. */
const ACTOR_HISTORY = /\b(?:gang|group|ransomware|malware|strain|variant|crew|operation|botnet|family)\s(?:[\w-]{1,20}\s){0,3}?(?:first\s)?(?:emerged|appeared|surfaced|was\sformed|began\soperating|rebranded)\b/i;
/** Many victims in general: "firms and councils that were hit by ransomware last year". */
const GENERAL_VICTIMS = /\b(?:companies|firms|organi[sz]ations|businesses|bodies|institutions|victims)\s(?:[\w-]{1,20}\s){0,6}?(?:that|which|who)\b/i;
/** The people's time with the victim, which the data covers: "individuals the firm employed in 2016". */
/**
 * The people's own dealings with the victim, which say whose data it is, not when the breach ran: "staff the
 * firm employed in 2020", "customers who signed up between 2014 and 2019", "members who registered their
 * cards with the app between May 2 and June 9", "patients diagnosed up to 2012", "who worked at the bank from
 * 2015 to 2017". The verb, then up to a long phrase without a full stop or an incident verb, then the period.
 */
const DATA_SCOPE_VERB = /\b(?:employed|enrolled|registered|signed\sup|subscribed|hired|worked|attended|applied|insured|treated|admitted|diagnosed|tested|vaccinated|stayed|lived|resid(?:ed|ing)|shopped|booked|bought|purchased|ordered|made\s(?:a\s)?(?:purchases?|payments?|bookings?|transactions?|donations?)|opened\s(?:an?\s|their\s)?accounts?|studied|served|donated|joined|visited|received|created|held|submitted|rented|travell?ed|flew)\b/gi;
/** The verbs that only ever tell of the people's own dealings ("employed in 2020", "diagnosed up to 2012"). */
const DATA_SCOPE_ONLY = /^(?:employed|enrolled|registered|signed\sup|subscribed|hired|worked|attended|insured|treated|admitted|diagnosed|studied)\b/i;
const DATA_SCOPE_GAP = /^[^.;!?]{0,140}?\b(?:in|on|during|between|from|up\sto|until|through|before|after|since)\s(?:the\s)?$/i;
const DATA_SCOPE_INCIDENT = /\b(?:access|breach|hack|stole|stolen|expos|compromis|attack|infect|intru|leak|skim)/i;
/** "application records for 2019 and 2020", "tax forms covering 2021": the years a set of records covers. */
const DATA_SCOPE_RECORDS = /\b(?:records|applications|forms|returns|statements|transcripts|files)\s(?:for|covering)\s(?:the\s)?(?:(?:academic|tax|school|fiscal|calendar)\s)?(?:years?\s)?(?:(?:19|20)\d{2},?\s(?:and\s|or\s|to\s|-\s|–\s)?)?$/i;
/** "listed transactions from 2015 to 2020", "orders placed between May 1 and 9": dealings the data records. */
const DATA_SCOPE_DEALINGS = /\b(?:transactions|orders|purchases|payments|bookings|reservations|invoices|claims|appointments|visits|prescriptions)\s(?:(?:made|placed|processed|recorded|submitted|filed|dated|dating)\s)?(?:between|from|for|during|in|since|before|after)\s(?:the\s)?$/i;
/** The people paying at the till or checkout, whose card details a skimmer takes as they pay. */
const PURCHASE_VERB = new RegExp(`^(?:${PURCHASE_VERBS.join('|')})\\b`, 'i');
const THEFT_JUST_BEFORE = /\b(?:stole|stolen|steal|accessed|took|taken|copied|exfiltrated|obtained|downloaded|leaked|compromised|siphoned)\s(?:[\w'’-]{1,20}\s)?$/i;
/** "no data shared after 1 April has been compromised", "the database was last updated in March 2019", "details of
 *  customers dating from June 2019 to July 2023": when the data itself was handed over, kept or dated, with no verb of
 *  the intrusion between (not "data stolen between March and May", "files accessed after June 3"). */
const DATA_HANDLED = /\b(?:data|information|records?|files|details|database|documents)\s(?:(?:that|which)\s)?(?:(?:was|were|had\sbeen|has\sbeen|have\sbeen|is|are)\s)?(?:(?:last|first|only|originally)\s)?(?:shared|collected|created|submitted|uploaded|provided|added|updated|entered|stored|held|generated|gathered|opened)\s(?:(?:with|by|to)\s(?:[\w'’-]{1,20}\s){1,2})?(?:post|after|before|since|until|till|up\sto|prior\sto|between|from|in|through)\s(?:the\s)?$/i;
const DATING_FROM = /\b(?:dating|dated|dates)\s(?:from|between)\s(?:the\s)?$/i;
function dataScope(before: string, capture = false): boolean {
  if (DATA_SCOPE_RECORDS.test(before) || DATA_HANDLED.test(before)) return true;
  // "customers dating from June 2019": the people or data a few words before, with no word of the incident between
  const dating = DATING_FROM.exec(before);
  if (dating) {
    let last = -1;
    const head = before.slice(0, dating.index);
    DATA_NOUN_ALL.lastIndex = 0;
    for (let m = DATA_NOUN_ALL.exec(head); m; m = DATA_NOUN_ALL.exec(head)) last = m.index + m[0].length;
    if (last >= 0 && !INCIDENT_NOUN.test(head.slice(last)) && !/[.;:!?]\s/.test(head.slice(last)) && head.length - last < 120) return true;
  }
  const dealings = DATA_SCOPE_DEALINGS.exec(before);
  // ("hackers stole transactions from March to May" is the theft's window; so are the purchases of a skimmer's time)
  if (dealings && !(capture && /^(?:transactions|orders|purchases|payments)\b/i.test(dealings[0])) && !THEFT_JUST_BEFORE.test(before.slice(Math.max(0, dealings.index - 40), dealings.index))) return true;
  const at = lastMatch(DATA_SCOPE_VERB, before);
  if (at < 0) return false;
  const gap = before.slice(at);
  // card details taken at the till or checkout: the shoppers' window is the skimmer's ("customers who made purchases
  // between March 13 and October 17 may have been affected")
  if (capture && PURCHASE_VERB.test(gap)) return false;
  // verbs that also tell of the intruders ("stayed in the network until …") count only in a relative clause
  // about people: "guests who stayed at the hotel between …", "a contractor who was residing there from …"
  if (!DATA_SCOPE_ONLY.test(gap) && !/\b(?:who|that|whose)\s(?:(?:had|have|has|was|were)\s)?(?:[\w-]{1,20}\s){0,2}$/i.test(before.slice(0, at))) return false;
  return DATA_SCOPE_GAP.test(gap) && !DATA_SCOPE_INCIDENT.test(gap.replace(/^\S+/, ''));
}


/** "leaked on the internet this year", "was breached this year": an event of the incident dated to this year. */
const THIS_YEAR_EVENT = /\b(?:leaked|breached|hacked|stolen|exposed|compromised|dumped|attacked|posted|published|sold)\s(?:[\w-]{1,20}\s){0,3}$/i;

/** The clause around a mention: cut at ;, —, ( ), and at ", but"/", while"/", which"/", and" boundaries. */
function clauseBounds(text: string, start: number, end: number, ownBrackets = false): [number, number] {
  // (a full stop inside closing quotes ends a sentence the splitter left joined: "… by the hackers.” The group …")
  // (", saying the site was closed …", ", adding that …": what the speaker went on to say is a clause of its own)
  const B = /[;:()—–]|,\s(?:but|while|although|though|whereas|and|which|who|after|before|when|saying|adding|noting|explaining|stating)\b|\.["”’']?\s/g;
  // a short aside in brackets ("the IT department (ITD) identified …", "on Friday (local time)") is no
  // clause boundary: it is read as blank, same length
  text = text.replace(/\([^()\d;,]{1,40}\)/g, (x) => ' '.repeat(x.length));
  // nor are the brackets around the date itself ("spotted the intrusion on Sunday (26 November)"): the date in them
  // restates the one before and belongs to its clause
  // (for the date's role only: its year and its drops read the bracket alone)
  // (only a bracket that holds the date alone, right after a day word: "yesterday (October 30)", "Last night (16 June)")
  if (ownBrackets) {
    text = text.replace(/\([^();]{1,40}\)/g, (x, at: number) => (at < start && at + x.length >= end && /^\((?:on\s|in\s)?$/i.test(text.slice(at, start))
      && /^[\s,]*\)$/.test(text.slice(end, at + x.length)) && DAY_WORD_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ? ` ${x.slice(1, -1)} ` : x));
  }
  let lo = Math.max(0, start - 160);
  let hi = Math.min(text.length, end + 120);
  B.lastIndex = lo;
  for (let m = B.exec(text); m && m.index < hi; m = B.exec(text)) {
    if (m.index + m[0].length <= start) lo = m.index + m[0].length;
    else if (m.index >= end) {
      // "On March 16, the CEO of X — a firm that … — told employees": step over a dashed aside
      if (/[—–]/.test(m[0])) {
        const close = text.indexOf(m[0], m.index + 1);
        if (close > 0 && close - m.index < 200) {
          hi = Math.min(text.length, Math.max(hi, close + 80));
          B.lastIndex = close + 1;
          continue;
        }
      }
      hi = m.index;
      break;
    }
  }
  // after the date, a new verb phrase ("… on 9 September and blocked …") starts another clause
  const tail = /\s(?:and|but|then|before|after|when|while|until)\s/i.exec(text.slice(end, hi));
  if (tail) hi = end + tail.index;
  return [lo, hi];
}

/** A day named in words right before a bracket that restates it as a date: "on Sunday (26 November)", "Today (23 March)". */
const DAY_WORD_BEFORE = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|night|morning|afternoon|evening)\s$/i;

/** The attackers' threat or ultimatum: a date ahead tied to the incident. */
const THREAT_AHEAD = /\b(?:threat(?:en|ens|ened|ening)?|unless|ultimatum|ransom)\b/i;
/** Verbs of staying: the intruders or the exposure lasting up to a date. */
const PERSIST_RE = /\b(?:remain(?:ed)?|stay(?:ed)?|continu(?:ed|ing)|persist(?:ed)?|lurk(?:ed)?|had\saccess|(?:was|were)\s(?:inside|exposed|accessible|open|available|online))\b/gi;
/** Offset of the last match of a global pattern in `text`, or -1. */
function lastMatch(re: RegExp, text: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  return at;
}

/** The text before a date ends in a clause opener: ", ", "; ", " and ", " and then on ", " but in ". */
const APPOSITIVE_BEFORE = /(?:\d|\b(?:(?:sun|mon|tues|wednes|thurs|fri|satur)day|morning|afternoon|evening|night|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s{0,2},\s$/i;
const CLAUSE_OPENER = /(?:[,;]|\band|\bthen|\bbut)\s[“"‘]?(?:(?:then|on|in|at|just|only|so)\s){0,2}$/i;
/** An aside in apposition, a noun phrase set off by commas, right before a date: ", a unit that handles loans, on",
 *  ", the largest of its branches, on" (not a participle: ", laced with names from their profiles, in"). */
const APPOSITIVE_ASIDE_BEFORE = /,\s(?:a|an|the|one\sof|its|their|our|his|her)\s[^,;:()]{1,90},\s(?:(?:on|in|at)\s)?$/i;
/** After a date, the end of the sentence (with a part of the day, the local time or a trailing speaker at most): a date
 *  written last after a comma (", a unit that handles loans, on Thursday.") closes the clause before, it opens none. */
const SENTENCE_ENDS_AFTER = /^(?:\s(?:local\stime|(?:[A-Z]{2,4}|[A-Z][a-z]+)\stime|morning|afternoon|evening|night))?(?:,\s(?:[\w'’.&-]{1,30}\s){1,5}(?:said|says|added|told(?:\s[\w&-]{1,30}){1,3}))?\s?[.!?]?["”’')]*\s*$/;
/** A trailing attribution before a disclosure cue after the date: , according to its [press release]", ", the bank
 *  said in a [statement]", ", the chain [said]". */
const TRAILING_ATTRIBUTION = /,\s(?:according\sto\s(?:[\w'’.&-]{1,30}\s){0,4}|(?:[\w'’.&-]{1,30}\s){1,5}(?:(?:said|says|stated|added|wrote|explained)\s(?:in|on|via|through|with)\s(?:[\w'’.&-]{1,30}\s){0,3})?)$/i;
/** A finite verb in the words between a date and a trailing attribution: the date's clause goes on with a verb of its own
 *  ("…, a skimmer was put on the till, according to"; "…, a gang listed the firm, the bank said"). */
const OWN_CLAUSE_VERB = /\b(?:was|were|is|are|has|have|had|did|[a-z]{3,}ed)\b/;
/** Words after a date that open an aside, not a clause: ", via email", ", at the summit". */
const ASIDE_LEAD = /^[\s,]*(?:via|in|on|at|by|through|with|from|during|after|before|local|according)\b/i;
/** "it was confirmed that …", "it had been established that …": the finding of a fact, told impersonally, is when it
 *  was found out (not "the bank confirmed the breach", which tells it; nor "it was confirmed by the bank"). */
const FINDING_PASSIVE = /\bit\s(?:was|has\sbeen|had\sbeen)\s(?:(?:later|then|first|subsequently|also|finally|only|soon)\s)?(?:confirmed|established|determined|verified|ascertained)\b/gi;
/** What follows a passive finding verb, the date at most between, up to "that": ", on 2 November, that", " on May 10 that". */
const FINDING_THAT_AFTER = /^[\s,]{1,3}(?:[^.;:"“”]{0,40}?[\s,])?that\b/i;

interface RoleGuess { role: DateRole | null; distance: number; cue?: string; cueStart?: number; rule?: RoleRuleId }

/** "stolen data", "compromised accounts": a participle used as an adjective says what, not when. */
const ATTRIBUTIVE_AFTER = /^\s(?:[\w-]{1,20}\s)?(?:data|information|records|files|credentials|details|documents|accounts|cards?|passwords|e-?mails|material|databases?)\b/i;
const ATTRIBUTIVE_CUES = new Set(['stolen', 'compromised', 'encrypted', 'taken', 'obtained', 'hacked', 'breached']);
/** "was informed last week", "were notified on Monday": the victim being told is how it found out. */
const PASSIVE_TOLD = new Set(['informed', 'told', 'notified', 'warned', 'alerted']);
/** …unless the ones told are the people affected or an authority: "impacted customers were notified on 4 Feb." */
const TOLD_PEOPLE = '(?:customers|users|patients|employees|members|clients|individuals|people|consumers|regulators?|authorities|commission(?:er)?|watchdog|ombudsman|attorneys?\\sgeneral|victims|affected|staff|students|parents|account\\sholders|policyholders|subscribers|residents|supporters|donors|shoppers|guests|passengers|investors|shareholders|partners|the\\s(?:public|FBI|police|ICO|DPA))';
const TOLD_PEOPLE_BEFORE = new RegExp(`\\b${TOLD_PEOPLE}\\b`, 'i');
/** "alerted its supporters", "warned customers", "told all affected members": the victim telling people discloses. */
const TOLD_PEOPLE_AFTER = new RegExp(`^\\s(?:(?:its|their|our|his|her|all|the|some|affected|impacted|current|former|and|of|about|\\d[\\d,]*)\\s){0,4}${TOLD_PEOPLE}\\b`, 'i');
/** Cues that mean the victim found out when passive or bare, and disclosure when they tell people. */
const ALERT_CUES = new Set(['alerted', 'warned', 'informed', 'told', 'notified']);
/** Who tells a victim of its own breach: "the FBI notified the company", "a researcher alerted the firm". */
const TOLD_BY_OTHERS = /\b(?:law\senforcement|police|FBI|authorities|agency|researchers?|security\s(?:firm|company|researchers?|experts?)|journalists?|reporters?|a\s(?:customer|client|partner|vendor|bank|third\sparty)|customers|banks|card\s(?:issuers|networks|brands)|investigators)\s(?:[\w-]{1,20}\s){0,2}$/i;
/** The one told is the organisation itself: "notified the company", "alerted the hospital", "told it". */
const TOLD_ORG_AFTER = /^\s(?:it|us|them|(?:the|its|our)\s(?:[\w-]{1,20}\s)?(?:company|firm|organi[sz]ation|business|bank|lender|insurer|retailer|hospital|clinic|council|school|district|university|college|agency|department|charity|chain|operator|provider|group|victim))\b/i;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|got)\s(?:[a-z]{2,12}ly\s)?$/i;

function roleFromCues(text: string, lo: number, hi: number, start: number, end: number): RoleGuess {
  let best: RoleGuess = { role: null, distance: Infinity };
  // a date that opens a new clause ("…, and two days later it told customers", "and on May 3 notified
  // regulators") takes the verb after it, not the one of the clause before
  // (not the second of two dates: "on March 3 and 9")
  // nor a date in apposition to another: "on Monday morning, Oct. 4"
  // (a date written last, after a comma and an aside, closes the clause before: "detected the intrusion at its unit, a
  // firm that handles loans, on Thursday"; so does a date set between commas before "that": "it was confirmed, on
  // 2 November, that …")
  const asideClose = APPOSITIVE_ASIDE_BEFORE.test(text.slice(lo, start)) && SENTENCE_ENDS_AFTER.test(text.slice(end));
  if (CLAUSE_OPENER.test(text.slice(lo, start)) && !APPOSITIVE_BEFORE.test(text.slice(Math.max(lo, start - 24), start)) && !asideClose
    && !(/,\s(?:(?:on|in|at)\s)?$/.test(text.slice(lo, start)) && /^,\sthat\b/.test(text.slice(end)))) lo = start;
  const window = text.slice(lo, hi);
  // "revealed that on November 11 the intruder …": the date belongs to the reported clause, not to
  // the reporting verb in front of "that"
  const segStart = Math.max(lo, start - 100);
  const seg = text.slice(segStart, start);
  const k = seg.toLowerCase().lastIndexOf('that ');
  const thatAt = k >= 0 && (k === 0 || !/\w/.test(seg[k - 1]!)) && !/[,;]/.test(seg.slice(k)) ? segStart + k : -1;
  // "the review found that on March 3 an attacker logged in": a verb of finding or saying opens the reported clause,
  // and no cue of the clause around it ("the review", "found") dates what is reported
  // (only when the date opens that clause: in "noticed that something was amiss last week" the date is the noticing's)
  const reportedAt = thatAt >= 0 && REPORTING_BEFORE_THAT.test(text.slice(Math.max(0, thatAt - 30), thatAt))
    && DATE_OPENS_CLAUSE.test(text.slice(thatAt + 4, start)) ? thatAt : -1;
  // "it was confirmed on 4 May that …": the impersonal finding, read below as one cue (its verb is no statement here)
  const findings: Array<[number, number]> = [];
  FINDING_PASSIVE.lastIndex = 0;
  for (let f = FINDING_PASSIVE.exec(window); f; f = FINDING_PASSIVE.exec(window)) {
    const s = lo + f.index, e = s + f[0].length;
    if (!FINDING_THAT_AFTER.test(text.slice(e, e + 60)) || (s >= start && e <= end)) continue;
    findings.push([s, e]);
    let d = e <= start ? start - e : (s - end) * 2.2 + 6;
    if (e <= start && /^[\s,]{1,2}(?:on\s|in\s)?$/i.test(text.slice(e, start))) d = -30;
    if (d < best.distance) best = { role: 'discovered', distance: d, cue: f[0].toLowerCase().replace(/\s+/g, ' '), cueStart: s, rule: 'finding-passive' };
  }
  ROLE_RE.lastIndex = 0;
  for (let m = ROLE_RE.exec(window); m; m = ROLE_RE.exec(window)) {
    const s = lo + m.index, e = s + m[0].length;
    if (s >= start && e <= end) continue; // inside the date itself
    if (findings.some(([a, b]) => s >= a && e <= b)) continue;
    // (a date closing a clause after an aside belongs to that clause's predicate, not to a statement verb before it that
    // reports the whole: "sources revealed that firms were hit by the attack, a disk-wiping strain, on Monday")
    if (asideClose && e <= start && SPEECH_CUES.has(m[0].toLowerCase().replace(/\s+/g, ' '))) continue;
    const cue = m[0].toLowerCase().replace(/\s+/g, ' ');
    let role = ROLE_OF.get(cue);
    if (!role) continue;
    if (ATTRIBUTIVE_CUES.has(cue) && ATTRIBUTIVE_AFTER.test(text.slice(e, e + 40))) continue;
    // "the breached server": a participle after a determiner describes, it does not date
    if ((cue === 'breached' || cue === 'hacked') && /\b(?:the|a|an|its|their|this|that)\s$/i.test(text.slice(Math.max(0, s - 6), s))) continue;
    // "a drive that contained 7 GB of files", "the folder contained personal details": holding, not the breach contained
    if (cue === 'contained' && CONTAINED_HOLDING_AFTER.test(text.slice(e, e + 40))) continue;
    // "did not notice until May 15", "failed to notice": the verb, not a notice that was published
    if (cue === 'notice' && /\b(?:not|n't|never|to|only|first|later|staff|employees|they|we|it|he|she)\s$/i.test(text.slice(Math.max(0, s - 8), s))) role = 'discovered';
    // "we determined that …" finds something out; "a determined and well-funded group" describes one
    if (cue === 'determined' && !/^\s(?:that|on|in|the|it|this|those|which|how|what|when)\b/i.test(text.slice(e, e + 12))) continue;
    // ("determined that on or about March 14 an intruder gained access": the finding is not dated, the intrusion is)
    if ((role === 'disclosed' && e <= thatAt) || e <= reportedAt) continue;
    // "reached out to the paper on March 14", "reached a settlement in May": getting in touch or agreeing, not reaching a system
    if (/^reach/.test(cue) && /^\s(?:out\b|an?\s(?:agreement|settlement|deal)\b|(?:agreement|settlement)\b)/i.test(text.slice(e, e + 16))) continue;
    // "a group identifying itself as Rex", "a hacker identified as X": naming, not finding out
    if (/^identif/.test(cue) && /^\s(?:(?:itself|themselves|himself|herself)\s)?as\b/i.test(text.slice(e, e + 16))) continue;
    // "the gang's ultimatum ended June 16": the attackers' deadline running out is a date of the incident, not access ending
    if (role === 'breach-end') {
      const seg = text.slice(Math.max(0, s - 50), s);
      const k = /\b(?:ultimatum|deadline|countdown|timer)\b/i.exec(seg);
      if (k && !/[.;,]/.test(seg.slice(k.index))) role = 'other';
    }
    // "… affected after Dec. 2, 2015, the chain said": a trailing attribution dates the speaking only when the date
    // leads the sentence ("On Friday, the chain said")
    if (SPEECH_CUES.has(cue) && s >= end && TRAILING_SPEAKER.test(text.slice(end, s)) && !DATE_LED.test(text.slice(0, start))) continue;
    // "On October 3, a skimmer was placed on the tills, according to the firm's press release", "… on November 3, the
    // bank said in a statement": an attribution after the date's own clause tells who says so, not when (unless the date
    // leads straight into it: "On Friday, the chain said")
    // (the attribution bare, ", the bank [said]", only before a statement verb; the date's own clause a full one, with a
    // verb: not a fronted phrase, "after rolling out the patch, the firm revealed", nor an aside, ", via email, the firm said")
    if (role === 'disclosed' && s >= end) {
      const gap = text.slice(end, s);
      const t = TRAILING_ATTRIBUTION.exec(gap);
      const pre = t ? gap.slice(0, t.index) : '';
      if (t && (SPEECH_CUES.has(cue) || /^,\s(?:according|(?:\S+\s){1,5}(?:said|says|stated|added|wrote|explained)\s)/i.test(t[0]))
        && (OWN_CLAUSE_VERB.test(pre) && !ASIDE_LEAD.test(pre) || (!/\w/.test(pre) && !DATE_LED.test(text.slice(0, start))))) continue;
    }
    // "installed a card skimmer", "ransomware was deployed": putting malicious code in place starts the intrusion; putting
    // anything else in place ("installed new firewalls", "deployed extra staff") is no cue
    if ((cue === 'installed' || cue === 'deployed') && (text.charAt(s - 1) === '-' || !MALICIOUS_CODE.test(text.slice(Math.max(lo, s - 40), Math.min(hi, e + 50))))) continue;
    // "the gang published the stolen files": publishing is an event of the incident only when data is what goes out
    // (not "an advisory published Tuesday")
    if (cue === 'published' && !PUBLISHED_DATA_AFTER.test(text.slice(e, e + 80))) continue;
    // "a notice posted on its website on Friday": the victim's own notice going up discloses
    // ("posted a statement on its website on May 30", "posted an update about the attack on Friday": the same)
    // (not the attackers' post: "the gang posted a statement on its leak site")
    if (cue === 'posted' && (NOTICE_BEFORE.test(text.slice(Math.max(0, s - 30), s))
      || (NOTICE_AFTER.test(text.slice(e, e + 50)) && !ATTACKER_POST.test(text.slice(Math.max(0, s - 40), e + 80))))) role = 'disclosed';
    let rule: RoleRuleId = CUE_RULE[role];
    // "the attack closed the ferry terminal on Monday", "closed down 40 shops": premises or operations shut by the attack,
    // an effect of the incident like "shut down", not access ending ("closed the hole on Monday" still ends it)
    if (cue === 'closed' && role === 'breach-end' && CLOSED_PREMISES_AFTER.test(text.slice(e, e + 60))) { role = 'other'; rule = 'premises-closed'; }
    // "notices to members began on May 2", "residents will get written notice starting June 3": what begins is the
    // telling, a notice noun in the clause before the verb of beginning, not the intrusion
    if (role === 'breach-start' && BEGIN_CUES.has(cue) && noticeBegins(text.slice(Math.max(lo, s - 70), s))) { role = 'disclosed'; rule = 'notice-begins'; }
    // "the review began on May 2", "an audit, which was launched in the spring", "began an audit on May 2": what begins is the
    // victim's response (its noun may stand before a relative clause the clause bounds cut off), a date of the story but no start of the intrusion (and a verb of the incident nearer wins);
    // "began contacting members on May 2": what begins is the telling, which discloses
    let response = false;
    if (role === 'breach-start' && RESPONSE_BEGIN_CUES.has(cue)) {
      const begun = responseBegins(text.slice(Math.max(0, s - 70), s), text.slice(e, e + 50));
      if (begun === 'tell') { role = 'disclosed'; rule = 'notice-begins'; }
      else if (begun === 'response') { role = 'other'; rule = 'response-begins'; response = true; }
    }
    if (role === 'disclosed' && SPEECH_CUES.has(cue)) rule = 'speech-verb';
    const passiveTold = PASSIVE_TOLD.has(cue) && PASSIVE_BEFORE.test(text.slice(Math.max(0, s - 24), s));
    if (passiveTold && !TOLD_PEOPLE_BEFORE.test(text.slice(Math.max(0, s - 60), s))) { role = 'discovered'; rule = 'told-victim'; }
    // "affected patients were alerted by email on Friday": the people affected being told is the disclosure
    else if (passiveTold) { role = 'disclosed'; rule = 'told-people'; }
    else if (ALERT_CUES.has(cue) && !PASSIVE_BEFORE.test(text.slice(Math.max(0, s - 24), s)) && TOLD_PEOPLE_AFTER.test(text.slice(e, e + 60))) { role = 'disclosed'; rule = 'told-people'; }
    else if (ALERT_CUES.has(cue) && TOLD_BY_OTHERS.test(text.slice(Math.max(lo, s - 50), s)) && TOLD_ORG_AFTER.test(text.slice(e, e + 40))) { role = 'discovered'; rule = 'told-victim'; }
    let d = e <= start ? start - e : (s - end) * 2.2 + 6;
    // "said on Monday it had detected …", "confirmed Tuesday that …": a date right after a speech verb is the day of speaking
    if (SPEECH_CUES.has(cue) && e <= start && /^\s(?:on\s|late\s(?:on\s)?|early\s(?:on\s)?|last\s)?$/i.test(text.slice(e, start))) d = -30;
    // weak cues (a statement verb) lose against any incident verb
    const weak = response || /^(?:said|says|statement|reported|confirm(?:ed|s|ing)|told)$/i.test(m[0]) ? 25 : 0;
    if (d + weak < best.distance) best = { role, distance: d + weak, cue, cueStart: s, rule };
  }
  return best;
}

/** Between "that" and a date that opens the reported clause: "that on or about", "that, sometime in", "that between". */
const DATE_OPENS_CLAUSE = /^[\s,“"‘']*(?:(?:on|in|or|about|around|between|from|during|since|sometime|as|early|late|at|least|approximately)\s){0,4}$/i;
/** A verb of finding out or telling right before "that": "the review found that …", "we determined that …". */
const REPORTING_BEFORE_THAT = /\b(?:found|determined|learned|learnt|discovered|revealed|confirmed|established|concluded|showed|shows|indicated|indicates|believes|believed|reali[sz]ed|said|says|stated|noted|explained|reported|announced|disclosed|suggests|suggested)\s$/i;
/** "in a May 28 statement", "via its March 4 notice": a date standing as the attribute of a statement noun. */
const STATEMENT_DATE_BEFORE = /\b(?:in|on|via|through|with)\s(?:a|an|its|their|his|her|the)\s$/i;
const STATEMENT_DATE_AFTER = /^,?\s(?:(?:online|public|written|regulatory|official|short|brief|new|latest|updated|press)\s)?(?:statement|posting|post|blog\spost|filing|letter|notice|notification|press\srelease|release|announcement|update|disclosure|advisory|e-?mail|message|memo)\b/i;

/** "a November 2023 data breach", "the March 3 attack", "its July ransomware attack": a determiner before the date and the
 *  incident noun after it (not "the Dec. 4 investigation", "the January attackers", "a May 5 breach notice"). */
const INCIDENT_ATTRIBUTE_BEFORE = /\b(?:a|an|the|its|their|this|that)\s$/i;
const INCIDENT_ATTRIBUTE_AFTER = /^\s(?:[a-z][\w-]{1,20}\s)?(?:data\s)?(?:breach|cyber-?attack|attack|hack|intrusion)(?:es|s)?\b(?![\w-]|\s(?:notices?|notifications?|letters?|reports?|disclosures?|filings?|announcements?|statements?|alerts?|lawsuits?|settlements?|investigations?|probes?|reviews?|inquir(?:y|ies))\b)/i;

/** The first of two days written day first, right before the second: "on 3 and 4 June", "the 3rd and 4th of June". */
const DAY_PAIR_BEFORE = /\b(?:on|over|of|the|during)\s(?:the\s)?(\d{1,2})(?:st|nd|rd|th)?\s(?:and|&)\s(?:the\s)?$/i;
/** "from", "starting", "beginning", "as early as" right before a date. */
const FROM_LEAD = /\b(?:from|starting|beginning|as\searly\sas|as\sfar\sback\sas)\s(?:at\sleast\s)?(?:on\s|in\s)?$/i;
/** Between a date and a speech verb after it: a comma and a short subject (", the chain said", ", Acme Lodging told a wire service"). */
const TRAILING_SPEAKER = /^,\s(?:[\w'’.&-]{1,30}\s){1,5}$/;
/** What follows "published" when the attackers publish data: "published the stolen files", "published huge amounts of its data". */
const PUBLISHED_DATA_AFTER = /^\s(?:[\w'’-]{1,20}\s){0,4}?(?:stolen|leaked|data|files|records|documents|samples|e-?mails|details|information|databases?)\b/i;
/** "posted a statement", "posted an update about the breach": the victim's own notice going up. */
const NOTICE_AFTER = /^\s(?:a|an|its|their|the)\s(?:(?:short|brief|new|public|written|online|official)\s)?(?:statement|notice|press\srelease|news\srelease|letter|announcement|update|advisory|notification)\b/i;
/** The attackers posting: "the group posted a statement on the dark web", "posted a notice on its leak site". */
const ATTACKER_POST = /\b(?:group|gang|hackers?|attackers?|criminals|actors?|operators?|affiliates?)\s(?:[\w-]{1,20}\s){0,2}posted\b|\b(?:dark\sweb|leak\s(?:site|blog|page)|forum|telegram|tor\s(?:site|page))\b/i;
/** "a notice posted", "a statement posted": the victim's own notice. */
const NOTICE_BEFORE = /\b(?:notice|statement|letter|announcement|filing|advisory)\s(?:[\w-]{1,20}\s)?$/i;
/** A sentence opening on a demonstrative and a noun whose verb completes it: "This review was completed on May 30",
 *  "That process was concluded in June" (the step the sentence before told of, not a new event). */
const DEMONSTRATIVE_STEP = /^(?:This|That|These|Those)\s(?:[a-z][\w-]{1,20}\s){1,2}(?:was|were|has\sbeen|have\sbeen|had\sbeen)\s(?:[a-z]{2,12}ly\s)?(?:completed|concluded|finished)\b/;
/** What follows "contained" when it means held: an amount or a data noun ("contained 7 GB of", "contained the names of"). */
const CONTAINED_HOLDING_AFTER = /^\s(?:\d[\d.,]{0,12}\s?(?:GB|MB|TB|KB|gigabytes?|megabytes?|terabytes?|files|records|documents)\b|(?:the\s|some\s)?(?:(?:personal|sensitive|private|confidential|unencrypted)\s)?(?:names|data|information|details|records|files|documents)\b)/i;
/** What "closed" shuts when it is the incident's effect on the victim's business, not the intruder's way in. */
const CLOSED_PREMISES_AFTER = /^\s(?:down\s)?(?:[\w,-]{1,20}\s){0,4}(?:operations|stores|shops|branches|offices|terminals?|ports?|plants?|factor(?:y|ies)|schools?|sites?|facilities|hospitals?|clinics?|outlets|restaurants|warehouses?|depots?|lines?|counters|desks|city\shall)\b/i;
/** Verbs of beginning, which date a start unless what begins is the victim's telling. */
const BEGIN_CUES = new Set(['began', 'begun', 'beginning', 'started', 'starting']);
/** A notice noun and up to eight words before a verb of beginning, in one clause: "notifications to some patients",
 *  "will receive written notice", "letters to affected members" (not a notice telling of the beginning: "letters say the
 *  intrusion began"). */
const NOTICE_BEGINS_BEFORE = /\b(?:notifications?|notices|notice(?!\s(?:of|that)\b)|letters|mailings?)((?:\s(?:[a-z'’-][\w'’-]{0,19}|\d[\d,]{0,12})){0,8})\s$/i;
/** Words between the notice noun and the verb of beginning that make the notice the teller of the beginning. */
const NOTICE_TELLS = /\b(?:that|says?|said|stat(?:e|es|ed)|show(?:s|ed)?|explain(?:s|ed)?|not(?:e|es|ed)|indicat(?:e|es|ed)|reveal(?:s|ed)?|tell|tells|told)\b/i;
const noticeBegins = (before: string) => { const n = NOTICE_BEGINS_BEFORE.exec(before); return !!n && !NOTICE_TELLS.test(n[1] ?? ''); };
/** Verbs of beginning or setting going, which date a start unless what begins is the victim's response or telling. */
const RESPONSE_BEGIN_CUES = new Set([...BEGIN_CUES, 'launched']);
/** A step of the victim's response as the subject of a verb of beginning: "the review", "restoration work", "an inquiry". */
const RESPONSE_NOUN = '(?:investigation|inquiry|probe|review|audit|analysis|forensics|restoration|recovery|remediation|clean-?up|work|response|rebuild)s?';
/** The response noun, up to eight words and an auxiliary before the verb: "an audit of the tills which was launched". */
const RESPONSE_BEFORE = new RegExp(`\\b${RESPONSE_NOUN}\\b((?:,?\\s[\\w'’-]{1,20}){0,8}?),?\\s(?:(?:was|were|has\\sbeen|had\\sbeen|have\\sbeen|is|are)\\s)?$`, 'i');
/** Words between that noun and the verb that make the verb another's: a finding ("the review found the attack began") or the
 *  intrusion itself ("an inquiry into the hack, which began"). */
const RESPONSE_GAP_OTHER = /\b(?:found|finds|determined|show(?:s|ed|n)?|reveal(?:s|ed)?|said|says|concluded|indicat\w*|confirm\w*|suggest\w*|attacks?|breach\w*|hack\w*|intrusions?|campaigns?|cyber-?attacks?|ransomware|malware|infections?|theft|intruders?|attackers?|hackers?)\b/i;
/** After the verb, the response as its object or a gerund: "began an inquiry", "started reviewing the logs". */
const RESPONSE_AFTER = new RegExp(`^\\s(?:(?:an?|the|its|their|our|his|her)\\s(?:[\\w-]{1,20}\\s){0,2}?${RESPONSE_NOUN}\\b|(?:to\\s)?(?:investigat|review|restor|rebuild|recover|work|analy[sz]|prob|audit|remediat)(?:e|ing)?\\b)`, 'i');
/** After the verb, the telling as a gerund or infinitive: "began contacting members", "started to notify customers". */
const TELL_AFTER = /^\s(?:to\s)?(?:communicat(?:e|ing)|notify(?:ing)?|inform(?:ing)?|contact(?:ing)?|alert(?:ing)?|e-?mail(?:ing)?|mail(?:ing)?|send(?:ing)?\s(?:out\s)?(?:letters|notices|notifications|e-?mails|messages)|reach(?:ing)?\sout|writ(?:e|ing)\sto|tell(?:ing)?)\b/i;
function responseBegins(before: string, after: string): 'tell' | 'response' | null {
  if (TELL_AFTER.test(after)) return 'tell';
  if (RESPONSE_AFTER.test(after)) return 'response';
  const r = RESPONSE_BEFORE.exec(before);
  return r && !RESPONSE_GAP_OTHER.test(r[1] ?? '') ? 'response' : null;
}
/** Cues that make a date the day someone spoke or wrote, not a step of the incident. */
const SPEECH_CUES = new Set(['said', 'says', 'statement', 'reported', 'revealed', 'told', 'announced', 'announcement',
  'confirmed', 'disclosed', 'disclosure', 'made public', 'went public', 'warned', 'announces', 'announcing', 'reveals', 'revealing',
  'confirms', 'confirming', 'discloses', 'disclosing']);
/** Source kinds that are not the victim speaking. */
const THIRD_PARTY_KINDS = new Set(['news-outlet', 'law-enforcement', 'regulator', 'researcher']);
/** "an investigation completed on Aug. 31 found …": what an inquiry found is not when the victim noticed. */
const INQUIRY_BEFORE = /\b(?:investigation|inquiry|probe|review|analysis|audit|forensic)s?\b/i;

/**
 * A statement date is the victim's disclosure only when the victim speaks: "says the FBI in a statement
 * issued yesterday", "first revealed by ITWeb on March 17" are other dates of the incident.
 */
function adjustRole(guess: RoleGuess, text: string, sources: Context['sources'], names: string[]): { role: DateRole; rule: RoleRuleId } | null {
  if (!guess.role || !guess.rule) return null;
  if (!guess.cue || guess.cueStart === undefined) return { role: guess.role, rule: guess.rule };
  if (guess.role === 'disclosed' && SPEECH_CUES.has(guess.cue)) {
    // the speaker stands next to the speech verb: "says the city police", "revealed by the Daily Ledger"
    const near = text.slice(Math.max(0, guess.cueStart - 50), guess.cueStart + guess.cue.length + 50);
    const other = (sources ?? []).some((s) => THIRD_PARTY_KINDS.has(s.kind) && s.name.length >= 2 && near.includes(s.name) && !isOurs(s.name, names));
    if (other && !names.some((n) => near.includes(n))) return { role: 'other', rule: 'third-party-speech' };
    // "reports said on June 2", "local media reported": the press telling it is not the victim disclosing
    if (PRESS_BEFORE.test(text.slice(Math.max(0, guess.cueStart - 30), guess.cueStart))) return { role: 'other', rule: 'press-report' };
    // "the magazine reported on Wednesday", "the regulator on Monday confirmed": a paper or a
    // public body speaking, named by its kind, is not the victim disclosing (unless the victim is one: a police force)
    const speaker = OTHER_SPEAKER_BEFORE.exec(text.slice(Math.max(0, guess.cueStart - 40), guess.cueStart))
      ?? titledSpeaker(text.slice(Math.max(0, guess.cueStart - 70), guess.cueStart));
    if (speaker && !names.some((n) => n.toLowerCase().includes(speaker[1]!.toLowerCase()))) return { role: 'other', rule: 'third-party-speech' };
    // "first reported by local media on May 6"
    if (PRESS_AFTER.test(text.slice(guess.cueStart + guess.cue.length, guess.cueStart + guess.cue.length + 50))) return { role: 'other', rule: 'press-report' };
  }
  // "a notification to Acme was made by a customer on May 3": the victim being told is how it found out
  if (guess.role === 'disclosed' && /^notif|^notice|^warn|^alert/.test(guess.cue)) {
    const after = text.slice(guess.cueStart + guess.cue.length, guess.cueStart + guess.cue.length + 60);
    const to = /^\s(?:(?:was|were|had\sbeen)\s)?(?:(?:made|sent|given|issued)\s)?to\s(?:the\s)?([A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})/.exec(after);
    if (to && names.some((n) => isOurs(to[1]!, [n]))) return { role: 'discovered', rule: 'told-victim' };
  }
  if (guess.role === 'discovered' && (guess.cue === 'found' || guess.cue === 'identified') && INQUIRY_BEFORE.test(text.slice(Math.max(0, guess.cueStart - 60), guess.cueStart))) return { role: 'other', rule: 'inquiry-found' };
  return { role: guess.role, rule: guess.rule };
}
const PRESS_AFTER = /^\s(?:first\s|initially\s)?by\s(?:(?:the|local|national|several|some|other)\s){0,2}(?:media|press|news\s(?:outlets?|sites?|agencies)|newspapers?|reporters|journalists|outlets?|a\s(?:local\s)?(?:newspaper|news\ssite|reporter|journalist|blog))\b/i;
/** A speaker named by its kind right before a speech verb, with the day between at most: "the magazine reported",
 *  "the regulator on Monday confirmed", "police said". */
const OTHER_SPEAKER_BEFORE = /\b(magazine|newspaper|paper|daily|tabloid|broadcaster|news\sagency|regulator|watchdog|police|commissioner|prosecutors?)\s(?:(?:also|later|earlier|late|early|on|last)\s(?:[A-Z][a-z]+\s|[a-z]+\s)?)?$/i;
/** A public office or the attackers as the speaker, with a name after the title at most: "the attorney general on Friday
 *  announced", "Attorney General Jo Tamsin on Thursday announced", "the Tarnshire Digital Council on Tuesday confirmed",
 *  "a group of hackers announced" (case kept: the name after the title is capitalised). */
const TITLED_SPEAKER_BEFORE = /\b(?:([Aa]ttorney\s[Gg]eneral)|[A-Z][\w'’-]{1,30}\s(Council|Ministry)|([Hh]ackers|[Aa]ttackers|[Gg]ang))(?:\s[A-Z][\w.'’-]{1,30}){0,3}\s(?:(?:also|later|earlier|late|early|on|last)\s(?:[A-Z][a-z]{1,20}\s|[a-z]{1,20}\s)?)?$/;
/** The speaker's kind read by TITLED_SPEAKER_BEFORE, as group 1 like OTHER_SPEAKER_BEFORE's. */
const titledSpeaker = (before: string): [string, string] | null => { const t = TITLED_SPEAKER_BEFORE.exec(before); return t ? [t[0], (t[1] ?? t[2] ?? t[3])!] : null; };
const PRESS_BEFORE = /\b(?:reports?|media|press|news\soutlets?|newspapers?)\s(?:have\s|had\s|also\s)?$/i;

// ---- rule tables --------------------------------------------------------------------------------
// The decisions above as ordered rows (src/rules.ts): the role a date is given and why a candidate is
// set aside. Each row's example is an invented sentence read alone (published Monday 29 November 2021);
// the row fires when reading it keeps a date by that row (roles) or sets one aside by it (drops).

/** What a drop rule reads: the sentence, where the date stands in it, and what the article tells. */
interface DateProbe {
  text: string;
  m: Mention;
  /** The start of the phrase read (a range's lead: "between June and November"). */
  head: number;
  fullText: string | null;
  rangeRole: DateRole | null;
  lo: number;
  hi: number;
  clause: string;
  before: string;
  after: string;
  names: string[];
  victimNames: string[];
  strong: boolean;
  incident: boolean;
  sinceLead: boolean;
  yearOnly: boolean;
  /** The article tells of card or payment details captured at the till or checkout (skimmer, POS malware). */
  capture: boolean;
  /** The sentence is one of the first two of the story's prose (its lead), which tells this incident. */
  opening: boolean;
}

interface DateDropRule extends TestRule {
  drops: (p: DateProbe) => boolean;
}

type RoleRuleId = 'range-start' | 'range-end' | 'since-start' | 'from-start' | 'from-verb' | 'until-end' | 'until-verb'
  | 'start-verb' | 'premises-closed' | 'notice-begins' | 'response-begins' | 'end-verb' | 'discovery-verb' | 'disclosure-verb' | 'speech-verb' | 'event-verb' | 'told-victim'
  | 'told-people' | 'third-party-speech' | 'press-report' | 'inquiry-found' | 'threat-ahead' | 'statement-date' | 'incident-attribute' | 'court-step' | 'step-completed' | 'incident-sentence'
  | 'finding-passive';

interface DateRoleRule extends TestRule {
  id: RoleRuleId;
}

/** A cue's role → the row that reads it. */
const CUE_RULE: Record<DateRole, RoleRuleId> = {
  'breach-start': 'start-verb', 'breach-end': 'end-verb', discovered: 'discovery-verb', disclosed: 'disclosure-verb', other: 'event-verb',
};

/** For the rows' own tests: read `sentence` alone and list the rules behind what was kept and set aside. */
function rulesOn(sentence: string, extra: { company?: string; outlet?: string } = {}): Set<string> {
  const published = '2021-11-29';
  const ctx: Needs<'company' | 'scope' | 'sources' | 'actors'> = {
    published, warnings: [], explain: new Explain(true), scope: IncidentScope.none(), actors: [],
    company: extra.company ? { name: extra.company, aliases: [], country: null, sentences: [], mentions: [], victimRole: false } : null,
    sources: extra.outlet ? [{ name: extra.outlet, kind: 'news-outlet' as const, sentences: [] }] : [],
  };
  const doc = readDocument(`Company reports a security incident\n\n${sentence}\n`, { format: 'txt', published });
  const kept = extractDates(doc, ctx);
  return new Set([...kept.map((d) => d.why?.rule ?? ''), ...ctx.explain.dropped.map((d) => d.why.rule)]);
}

const roleRow = (id: RoleRuleId, reason: string, example: string, counterexample: string, extra: { company?: string; outlet?: string } = {}): DateRoleRule =>
  ({ id, reason, example, counterexample, test: (s: string) => rulesOn(s, extra).has(`dates.${id}`) });

/** How a date gets its role, in the order the driver asks: the phrase's own preposition, then the nearest verb. */
export const DATE_ROLES: RuleTable<DateRoleRule> = ruleTable('dates', 'date role', [
  roleRow('range-start', 'the first end of a range ("between June and November", "from March 3 to May 18", "Aug. 7 and 8") is when the breach began',
    'Hackers had access to the insurer’s network between June and November.', 'Hackers had access to the insurer’s network in June.'),
  roleRow('range-end', 'the second end of a range is when it ended',
    'Hackers had access to the insurer’s network between June and November.', 'Hackers had access to the insurer’s network from June.'),
  roleRow('since-start', '"since March 3": the state described has lasted from that date',
    'The intruders have been inside the bank’s network since March 3.', 'The intruders were inside the bank’s network on March 3.'),
  roleRow('from-start', '"from", "starting", "beginning", "as early as" before a date open a period',
    'Starting in June, attackers skimmed card numbers from the checkout page.', 'In June, attackers skimmed card numbers from the checkout page.'),
  roleRow('from-verb', '"customers were notified beginning June 18", "letters went out starting May 2": a telling or finding verb before "beginning"/"starting" governs the date',
    'Affected patients were notified by letter beginning March 18.', 'Attackers copied patient files beginning March 18.'),
  roleRow('until-end', '"until", "through", "up to" before a date close a period ("remained inside until October")',
    'The malware remained on the tills until October, the retailer said.', 'The malware was found on the tills in October, the retailer said.'),
  roleRow('until-verb', '"took them until Friday to discover": a finding or telling verb governs the date after "until"',
    'It took the lender until Friday to discover that records had been copied.', 'The lender’s files stayed exposed until Friday after the breach.'),
  roleRow('start-verb', 'a verb of the intrusion beginning (began, broke into, gained access, occurred, was hit) dates the start',
    'The intrusion began on March 3, the clinic said.', 'The clinic detected the intrusion on March 3.'),
  roleRow('premises-closed', '"the attack closed the ferry terminal", "closed down 40 shops": premises or operations the attack shut are its effect on the victim, a date of the incident like "shut down", not access ending',
    'A cyberattack closed the ferry terminal at Redwater on May 4.', 'The insurer closed the hole the intruders used on May 4.'),
  roleRow('notice-begins', '"notices to members began on May 2", "will receive written notice starting June 3", "began contacting members on May 2": a notice noun before a verb of beginning, or a verb of telling after it, makes the beginning the telling, which discloses',
    'Notices to some members of the gym began on May 2 after the breach.', 'Intruders in the gym’s booking system began on May 2 to copy files.'),
  roleRow('response-begins', '"the review began on May 2", "an audit which was launched in the spring", "began an audit on May 2": what begins or is launched is the victim\'s response, a date of the story, not the start of the intrusion (a verb of the incident nearer the date wins)',
    'The audit of the gym’s booking systems began on May 2 after the breach.', 'The attack on the gym’s booking systems began on May 2.'),
  roleRow('end-verb', 'a verb of access ending (cut off, contained, secured, removed) dates the end',
    'Access to the breached server was cut off on May 18.', 'The breached server was put online on May 18.'),
  roleRow('finding-passive', '"it was confirmed on 4 May that …", "on October 30 it was established that …": a fact found, told impersonally with "that", dates the finding (the victim confirming something to others, "the bank confirmed the breach", discloses)',
    'It was confirmed on November 10 that an outsider had logged in to the lender’s systems.', 'The lender confirmed on November 10 that an outsider had logged in to its systems.'),
  roleRow('discovery-verb', 'a verb of finding out (detected, discovered, noticed, identified, determined that, became aware) dates the discovery',
    'Staff discovered the intrusion on 11 November.', 'Staff suffered the intrusion on 11 November.'),
  roleRow('disclosure-verb', 'a verb of making it known (announced, disclosed, notified, filed) dates the disclosure',
    'The company filed a breach notice with regulators on Wednesday.', 'The company suffered the breach on Wednesday.'),
  roleRow('speech-verb', 'a statement verb (said, confirmed, reported, told) dates the victim speaking, unless an incident verb is nearer',
    'The retailer confirmed the data breach on Wednesday.', 'The retailer filed a data breach notice on Wednesday.'),
  roleRow('event-verb', 'a verb of the incident happening without a phase (suffered, posted, shut down) gives a date of the incident',
    'The lender suffered a cyberattack earlier this month.', 'The lender detected a cyberattack earlier this month.'),
  roleRow('told-victim', 'the victim being told ("was informed last week", "was alerted on Friday") is how it found out',
    'The council was informed last week of a breach in which papers were lost.', 'The council informed residents last week of a breach in which papers were lost.'),
  roleRow('told-people', 'the victim alerting, warning or telling people ("alerted its supporters", "told all affected members") discloses',
    'The charity alerted its supporters to the breach on 4 February.', 'The charity was alerted to the breach on 4 February.'),
  roleRow('third-party-speech', 'a statement date is the victim\'s disclosure only when the victim speaks; an outlet or the police speaking gives another date',
    'The breach was first revealed by the Daily Ledger on November 17.', 'The breach was first revealed by the company on November 17.', { outlet: 'Daily Ledger' }),
  roleRow('press-report', '"reports said", "local media reported": the press telling the story is not the victim disclosing',
    'On November 12, reports said the stolen records were for sale on a forum.', 'On November 12, the bank said the stolen records were for sale on a forum.'),
  roleRow('inquiry-found', 'what an investigation found on a date is not the day the victim noticed',
    'A forensic review found on Oct. 31 that names were taken in the breach.', 'Staff found on Oct. 31 that names were taken in the breach.'),
  roleRow('threat-ahead', '"threatening to publish the files by December 3 unless paid": the attackers\' deadline ahead is a date of the incident',
    'The gang is threatening to publish the stolen files by December 3 unless the bank pays.', 'The bank will hold its annual meeting on December 3 after the breach.'),
  roleRow('statement-date', '"in a May 28 statement", "in a March 4 notice on its site": the day of a statement is when it was made, in the past, and it discloses',
    'The bank described the breach in a November 2 statement on its website.', 'The bank described the breach in a statement on its website after November 2.'),
  roleRow('incident-attribute', '"notified people about a November 2023 data breach", "made public after a July cyberattack": a date written as the attribute of the incident noun dates the incident, not the telling verb of its clause',
    'The lender told customers on Monday about a March 2021 data breach.', 'The lender told customers in March 2021 about a data breach.'),
  roleRow('court-step', 'an arrest, charge, plea or sentence for this incident ("arrested on Thursday over the leak") is a step of its story',
    'A man was arrested on Thursday in connection with the leak of the clinic’s patient data.', 'A man was arrested on Thursday in connection with a string of burglaries.'),
  roleRow('step-completed', '"This review was completed on May 30": a demonstrative and a noun whose verb completes it take up the step the sentence before told of (a review of the breach), a date of the incident\'s story',
    'Outside experts then reviewed the files the intruder copied. This review was completed on May 30.', 'Outside experts then reviewed the files the intruder copied. That garden was planted on May 30.'),
  roleRow('incident-sentence', 'an explicit date (or any date in a sentence about the breach or naming the victim) with no phase verb is a date of the incident',
    'Hackers hit the council’s network on March 3.', 'The council detected the hack on March 3.'),
]);

const dropRow = (id: string, reason: string, example: string, counterexample: string, drops: (p: DateProbe) => boolean, extra: { company?: string } = {}): DateDropRule =>
  ({ id, reason, example, counterexample, drops, test: (s: string) => rulesOn(s, extra).has(`dates.${id}`) });

/** A statistic: a number, amount or share "of" something, a percentage, an average, a rise or fall by a multiple, a survey
 *  or study, or a count of many incidents, reports or organisations ("received 310 breach notifications", "among 250 firms
 *  surveyed"). */
const STATISTIC_WORD = /\b(?:the\s(?:number|amount|share|proportion|volume|count|total)\sof|average|median|(?:doubl|tripl|quadrupl)(?:ed|ing)|analy[sz](?:is|ed)\sof|survey(?:ed)?|stud(?:y|ied))\b/i;
const PERCENTAGE = /\d\s?(?:%|percent\b|per\scent\b)/i;
const MANY_COUNTED = /\b\d[\d,]{0,12}\s(?:[a-z-]{1,20}\s){0,2}(?:notifications|breaches|attacks|incidents|complaints|reports|organi[sz]ations|companies|firms|businesses|variants|samples)\b/i;
const statistic = (text: string) => STATISTIC_WORD.test(text) || PERCENTAGE.test(text) || MANY_COUNTED.test(text);
const bareYear = (p: DateProbe) => !!p.m.parts && p.m.parts.month === null;
const accessWindow = (p: DateProbe) => p.rangeRole !== null && /\b(?:had\saccess|accessed|broke\sinto|were\sinside|stole|exposed)\b/i.test(p.clause);
/** "a man was arrested on Thursday over the leak", "the engineer behind the Acme hack was sentenced yesterday": an arrest,
 *  a charge or a sentence for this incident (the victim or a strong incident word in the sentence, and no other
 *  excluded word in the clause) is a step of its story. */
const lawStep = (p: DateProbe) => LAW_STEP_RE.test(p.clause) && !EXCLUDE_RE.test(p.clause.replace(LAW_STEP_ALL, ' ')) && (p.strong || p.victimNames.some((n) => p.text.includes(n)));

const EXCLUDE_ALL = new RegExp(EXCLUDE_RE.source, 'gi');
const STRONG_ALL = new RegExp(STRONG_INCIDENT_RE.source, 'gi');
/** After a court or corporate noun, what it is about: "the lawsuit over the breach", "class actions related to the hack". */
const ABOUT_AFTER = /^\s?(?:(?:[\w-]{1,20}\s){0,2}?(?:over|about|regarding|concerning|following|after|against|related\sto|tied\sto|linked\sto|stemming\sfrom|arising\sfrom|for)\s(?:[\w'’-]{1,20}\s){0,3})$/i;
/** The nearest match of `re` in the clause, as a distance from the date (a word after the date counts as farther, as
 *  with role verbs); matches that `skip` rejects (given the clause before them) do not count. */
function nearestIn(re: RegExp, p: DateProbe, skip: (before: string) => boolean = () => false): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let x = re.exec(p.clause); x; x = re.exec(p.clause)) {
    const s = p.lo + x.index, e = s + x[0].length;
    if (x[0].length === 0) { re.lastIndex++; continue; }
    if (skip(p.clause.slice(0, x.index))) continue;
    const d = e <= p.head ? p.head - e : s >= p.m.end ? (s - p.m.end) * 2.2 + 6 : 0;
    if (d < best) best = d;
  }
  return best;
}
/** An incident word that is what a court or corporate noun is about ("the lawsuit over the breach") tells that noun's story. */
const aboutExcluded = (before: string) => {
  let last = -1;
  EXCLUDE_ALL.lastIndex = 0;
  for (let x = EXCLUDE_ALL.exec(before); x; x = EXCLUDE_ALL.exec(before)) last = x.index + x[0].length;
  return last >= 0 && ABOUT_AFTER.test(before.slice(last));
};
/** "the lawsuit stems from an intrusion into a staff mailbox in May", "was hacked until May 3, officials told a hearing": a
 *  word of the incident nearer the date than the court, patch or corporate word makes the date the incident's. */
const incidentNearer = (p: DateProbe) => !EXCLUDE_SENTENCE_RE.test(p.clause) && nearestIn(STRONG_ALL, p, aboutExcluded) < nearestIn(EXCLUDE_ALL, p);
const EXCLUDE_SENTENCE_RE = new RegExp(`(?:^|[^\\w-])(?:${EXCLUDE_SENTENCE_CUES.map(escape).join('|')})(?:s|es)?(?:$|[^\\w])`, 'i');

/** Dates set aside before they are resolved, in order: not a date of this incident. */
export const DATE_DROPS: RuleTable<DateDropRule> = ruleTable('dates', 'date set aside', [
  dropRow('court-patch-history', 'court, patch, corporate and policy dates near their words (a hearing, released a patch, founded, executive order) are not incident dates; an access window told by a lawsuit, and an arrest or sentence for this incident (court-step), stay',
    'A judge set a hearing for Tuesday in the lawsuit over the breach.', 'The hacker stole the records on Tuesday in the breach.',
    (p) => EXCLUDE_RE.test(p.clause) && !accessWindow(p) && !lawStep(p) && !incidentNearer(p)),
  dropRow('set-apart-incident', '"in a separate incident", "a previous breach … in 2019": an incident set apart by its adjective',
    'In a separate incident, a laptop holding patient files was stolen in March.', 'In the incident, a laptop holding patient files was stolen in March.',
    (p) => OTHER_INCIDENT_BEFORE.test(p.before)),
  dropRow('set-apart-after', '"In 2019, the bank was fined over a different breach": the clause after the date sets its incident apart',
    'In 2019, the bank paid a fine over a different data breach.', 'In 2019, the bank paid a fine over the data breach.',
    (p) => OTHER_INCIDENT_AFTER.test(p.text.slice(p.m.end, p.hi))),
  dropRow('vulnerability-dates', '"the flaw was disclosed by the vendor in October": a vulnerability\'s own history, not the victim\'s incident',
    'The flaw, tracked as CVE-2023-99999, was disclosed by the vendor in October.', 'The firm disclosed the breach in October.',
    (p) => vulnerabilityHistory(p.clause)),
  dropRow('claim-deadline', '"have until August 30 to file a claim", "can enrol in credit monitoring until December 31": a deadline offered to the people affected',
    'Customers have until August 30 to file a claim over the breach.', 'Hackers had access until August 30, the firm said of the breach.',
    (p) => DEADLINE_BEFORE.test(p.text.slice(Math.max(p.lo, p.head - 24), p.head))
      || (/\b(?:until|till|through|by|before)\s(?:the\s)?$/i.test(p.text.slice(Math.max(0, p.head - 12), p.head)) && OFFER_WORDS.test(p.clause))),
  dropRow('incident-on-other', '"the 2019 attack on Northwind Software", "the hacking of Globex in May": an incident aimed at another organisation',
    'The gang is also blamed for the 2019 attack on Northwind Software.', 'The gang is also blamed for the 2019 attack on the network.',
    (p) => {
      const t = INCIDENT_ON_BEFORE.exec(p.before)?.[1] ?? theftFrom(p.before) ?? INCIDENT_ON_AFTER.exec(p.after)?.[1];
      return !!t && !isOurs(t, p.names);
    }),
  dropRow('no-incident-word', 'a sentence with no word of a security incident, of data or of the victim tells no incident date',
    'The store reopened on March 3 after a refit.', 'The store’s network was hacked on March 3.',
    (p) => !p.incident),
  dropRow('breadcrumb', '"Tech News > 2021 > August > Bakery chain hit": a year or a month standing between the arrows of a page\'s navigation path names a section of the site, not a date of the incident',
    'Tech News > 2021 > August > Bakery chain hit by ransomware attack.', 'The bakery chain was hit by a ransomware attack in August 2021.',
    (p) => /(?:^|\s)>\s$/.test(p.text.slice(Math.max(0, p.head - 3), p.head)) && /^\s>(?:\s|$)/.test(p.after)),
  dropRow('since-history', '"since 2009 the firm has …": a "since" year needs an incident word in its clause (a day always counts)',
    'Since 2009 the firm has stored client data in twelve countries.', 'Since 2019 the intruders have roamed the firm’s network.',
    (p) => p.sinceLead && !STRONG_INCIDENT_RE.test(p.clause) && !(p.m.parts && p.m.parts.day !== null)),
  dropRow('age-of-data', '"the data seems to be from 2019": the age of the data, not when it was taken',
    'The leaked records seem to be from 2019, the company said.', 'The records were leaked in 2019, the company said.',
    (p) => (bareYear(p) && /\b(?:be|is|are|was|were|dat(?:es|ed|ing))\sfrom\s$/i.test(p.text.slice(Math.max(0, p.m.start - 30), p.m.start)))
      || DATA_GOING_BACK.test(p.text.slice(Math.max(0, p.head - 60), p.head)) || dataGoingBackFar(p.text.slice(Math.max(0, p.head - 200), p.head))),
  dropRow('law-year', '"the Data Protection Act 1998": a law\'s year',
    'The regulator fined the firm under the Data Protection Act 1998 for the breach.', 'The regulator fined the firm in 1998 for the breach.',
    (p) => bareYear(p) && /\b(?:Act|Regulation|Directive|Law|Rule|Code|Standard)s?(?:\sof)?,?\s$|\b(?:act|law|directive|regulation|statute)\sof\s$/.test(p.text.slice(Math.max(0, p.m.start - 30), p.m.start))),
  dropRow('a-year-incident', '"a 2017 hack of a shipping firm": an incident introduced by its year is another one',
    'The gang was behind a 2017 hack of a shipping firm.', 'The gang hacked the shipping firm in 2017.',
    (p) => bareYear(p) && /\b(?:a|an)\s$/i.test(p.text.slice(Math.max(0, p.m.start - 30), p.m.start)) && /^\s(?:[\w-]{1,20}\s)?(?:breach|hack|hacking|attack|leak|incident|intrusion|cyberattack)/i.test(p.after)),
  dropRow('year-modifier', '"a 2018 memo", "the 2016 Olympics", "the start of the 2020 harvest": a year written before a noun says which one of that thing it is, not when this incident happened (the incident noun itself, "its 2019 breach", keeps its year)',
    'The leaked folder held a 2018 memo about a tender.', 'The leaked folder held a memo from the 2018 breach.',
    (p) => bareYear(p) && /^(?:19|20)\d{2}$/.test(p.m.text) && YEAR_MODIFIER_BEFORE.test(p.text.slice(Math.max(0, p.m.start - 12), p.m.start))
      && YEAR_MODIFIER_AFTER.test(p.after) && !YEAR_OF_INCIDENT_AFTER.test(p.after)),
  dropRow('year-as-subject', '"2017 has been a year of breaches": a year as the subject of a sentence',
    '2017 has already been a record year for breaches.', 'In 2017, the firm suffered a breach.',
    (p) => bareYear(p) && /^\s(?:has|had|was|is|saw|will|brought)\b/i.test(p.after)),
  dropRow('year-unanchored', 'a bare year or "last year" counts only beside the victim, "the breach" or a strong incident word: years are mostly background',
    'Customer numbers grew in 2020, according to the firm’s data.', 'The breach of customer data began in 2020.',
    (p) => p.yearOnly && !(p.names.some((n) => p.text.includes(n)) || DEFINITE_INCIDENT.test(p.text)) && !p.strong && !p.rangeRole),
  dropRow('other-target', '"last year a hacker dumped files from payments firm Northwind Pay", "Globex suffered a cyber-attack in 2021": another named target or sufferer, when the victim is not in the sentence',
    'Last year a hacker dumped data from payments firm Northwind Pay on a forum.', 'Last year a hacker dumped data from Acme Stores on a forum.',
    (p) => {
      if (!dayless(p) || !p.victimNames.length || p.victimNames.some((n) => p.text.includes(n))) return false;
      // (the first frame that reads a name decides: a verb of attack before a name, else a name before a verb of suffering)
      const t = OTHER_TARGET.exec(p.text) ?? otherSufferer(p.text);
      return !!t && !isOurs(t[1]!, p.victimNames) && !/^(?:The|A|An|U\.?S\.?|UK|EU|In|On|Its|Their|This|That|These|Last|Early|Late|Mid)\b/.test(t[1]!) && !MONTH_RE.test(t[1]!) && !WEEKDAY_FULL.test(t[1]!)
        // ("took files from a Belgian clinic in May" in the story's opening describes the victim by its place)
        && !(p.opening && isPlace(t[1]!));
    }, { company: 'Acme Stores' }),
  dropRow('dated-other-subject', '"In July 2023, security firm Avast released …", "In January, MailChimp lost …": a sentence led by its date whose subject is another named organisation, with neither the victim nor "the breach" in it, is background',
    'In July 2023, security firm Globex released a free decryptor for the malware.', 'In July 2023, Acme Stores released a statement on the breach.',
    (p) => {
      if (!p.victimNames.length || p.victimNames.some((n) => p.text.includes(n)) || DEFINITE_INCIDENT.test(p.text) || OUR_SIDE.test(p.text)) return false;
      const lead = DATE_LED.exec(p.text.slice(0, p.head));
      if (!lead || p.head - lead[0].length > 2) return false;
      const subject = SUBJECT_AFTER.exec(p.text.slice(p.m.end, p.m.end + 80));
      return !!subject && !isOurs(subject[1]!, p.names) && !notName(subject[1]!.split(' ')[0]!);
    }, { company: 'Acme Stores' }),
  dropRow('actor-history', '"the ransomware emerged in August 2022", "the group first appeared in 2019": a group or its malware arriving, not this incident',
    'The ransomware strain first appeared in August 2022, researchers said.', 'The ransomware encrypted the clinic’s files in August 2022.',
    (p) => dayless(p) && ACTOR_HISTORY.test(p.clause)),
  dropRow('many-victims', '"companies that suffered ransomware attacks last year": victims in general',
    'The firms are among hundreds of companies that suffered ransomware attacks last year.', 'The firm suffered a ransomware attack last year.',
    (p) => p.yearOnly && GENERAL_VICTIMS.test(p.clause)),
  dropRow('data-scope', 'the people\'s own dealings ("customers who signed up between 2014 and 2019", "staff employed in 2020", "records for 2019") say whose data it is, not when the breach ran',
    'Hackers stole data on shoppers who signed up between 2014 and 2019.', 'Hackers stole data on shoppers between 2014 and 2019.',
    (p) => {
      // (a phrase read with its own preposition, "on 4 June", lends it to the gap: "who shopped there on 4 June")
      const lead = p.fullText ? /^(?:between|from)\s(?:the\s)?/i.exec(p.fullText)?.[0].length ?? 0 : /^(?:on|in)\s(?:the\s)?/i.exec(p.m.text)?.[0].length ?? 0;
      return dataScope(p.text.slice(Math.max(0, p.head - 200), p.head + lead), p.capture);
    }),
  dropRow('this-year-present', '"this year" is the article\'s present, unless an incident verb dates an event to it ("was leaked online this year")',
    'Ransomware attacks on hospitals have doubled this year.', 'The hospital’s records were leaked online this year.',
    (p) => p.m.rel?.kind === 'year' && /^this\syear$/i.test(p.m.text) && !THIS_YEAR_EVENT.test(p.text.slice(Math.max(p.lo, p.m.start - 40), p.m.start))),
  dropRow('as-of-reckoning', '"counted 812 branches as at 30 September", "worth $12 as of May 4", "as of Friday, 23 firms have reported": "as of" (or "as at") before a date gives the moment a figure or a state is reckoned, not a step of the incident',
    'The retailer had 310 stores and 9,000 staff as of March 31, its breach filing shows.', 'The retailer found the skimming code on its tills on March 31, its breach filing shows.',
    (p) => /\bas\s(?:of|at)\s(?:the\s(?:end|start|beginning|close)\sof\s)?$/i.test(p.text.slice(Math.max(0, p.head - 24), p.head))),
  dropRow('statistic-window', '"the number of attacks doubled between March and May", "an analysis of breaches at 500 firms from 2021 to 2023": a range that bounds a statistic (a number, share or average, a rise, a survey or study, a count of many incidents or organisations), in a sentence that names neither the victim nor its side, is the window of the figure, not of this incident (dwell.study-period reads the same for a window kept beside the victim)',
    'The number of ransomware claims filed by small firms doubled between January and June.', 'Hackers roamed the insurer’s claims system between January and June.',
    (p) => p.rangeRole !== null && statistic(p.text) && !p.victimNames.some((n) => p.text.includes(n)) && !OUR_SIDE.test(p.text)),
  dropRow('relative-possessive', '"last year\'s attacks on banks": a relative date owning an incident is another one',
    'Last year’s attacks on banks used the same malware.', 'The bank was attacked last year.',
    (p) => !!p.m.rel && /^(?:'s|’s)\b/.test(p.after)),
]);

/** Dates set aside after they were read: too vague, with no role, or ahead of the article; and the tidy-up. */
export const DATE_SETTLE: RuleTable<DateDropRule> = ruleTable('dates', 'date settled', [
  dropRow('too-vague', 'a relative phrase that cannot be dated ("last week" across two months, "two weeks later" with no date before it)',
    'Two weeks later, the bank noticed the breach.', 'On March 3 the bank found malware; two weeks later, it noticed the breach.', () => false),
  dropRow('no-role', 'a relative date with no phase verb in a sentence without a strong incident word or the victim',
    'The data centre reopened on Friday.', 'The data centre was hacked on Friday.', () => false),
  dropRow('ahead-of-publication', 'a day the sentence puts ahead of publication is a date of this incident only as a promise to notify',
    'The streaming service said the leaked season would be released June 9 as planned.', 'Customers whose card details were stolen will be notified by June 9.', () => false),
  dropRow('publication-day', 'the publication day itself belongs in source.published',
    'The retailer said Monday that it is investigating the breach.', 'The retailer said Friday that it is investigating the breach.', () => false),
  dropRow('older-year', 'a bare year with no phase, years before the incident\'s recent dated steps, is an earlier incident',
    'In 2016, the retailer suffered a malware attack on its tills. It detected the new intrusion on November 2.',
    'The attackers first broke into the network in 2016. It detected the intrusion on November 2.', () => false),
  dropRow('year-no-phase', 'a bare year with no verb of a phase of the incident, kept only because its sentence speaks of a breach, in a sentence that does not name the victim and dates nothing else ("the fiasco of 2015", "saw a run of attacks in 2022"), is background',
    'Retailers faced a wave of card breaches in 2019, including the one at the chain.', 'Hackers broke into the chain’s card system in 2019.', () => false),
  dropRow('month-no-phase', 'a month with no verb of a phase of the incident, in a sentence that speaks of a definite incident ("the breach that hit a rival in January") but does not name the victim and dates nothing else, tells another incident',
    'Northwind Bank found malware on its servers. The leak is twice the size of the breach that hit a rival lender in January.',
    'Northwind Bank found malware on its servers. The leak is twice the size of the breach that hit Northwind Bank in January.', () => false, { company: 'Northwind Bank' }),
  dropRow('less-precise-year', 'a year alone ("in 2021", "earlier this year") says less than a month or day of that year found elsewhere',
    'The company said hackers stole the file earlier this year. It detected the theft on March 20.',
    'The company said hackers stole the file last year. It detected the theft on March 20.', () => false),
  dropRow('less-precise-moment', 'a month of a finding or a telling ("detected in May") says less than the day of the same finding or telling found elsewhere ("detected on May 3"): each is one moment',
    'The bakery detected the breach on May 3. Staff detected it in May while checking the tills.', 'The bakery detected the breach on May 3. Staff told customers about it in May.', () => false),
  dropRow('repeat', 'one finding per role and value ("in the summer of 2021" speaks for "last summer")',
    'The bank detected the breach on May 3. Staff detected it on May 3 too.', 'The bank detected the breach on May 3. Staff told customers on May 4.', () => false),
]);

const dayless = (p: DateProbe) => !(p.m.parts && p.m.parts.day !== null) && !(p.m.rel && (p.m.rel.kind === 'day' || p.m.rel.kind === 'weekday'));
const settle = (id: string) => DATE_SETTLE.rules.find((r) => r.id === id)!;
const roleRule = (id: RoleRuleId) => DATE_ROLES.rules.find((r) => r.id === id)!;

// ---- the extractor ------------------------------------------------------------------------------

/** "By" and a date opening a sentence of prose: a month and a day, a weekday and a comma, or a part of a month. */
const BY_DATE = /^By\s(?:(?:early|late|mid-?)\s?)?(?:(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s\d{1,2}(?:st|nd|rd|th)?\b)|(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,)|(?<=(?:early|late|mid-?)\s?)(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;
/** Blocks that are datelines, bylines or captions, not prose about the incident. */
function isDateline(doc: Document, s: Sentence): boolean {
  const block = doc.blocks[s.block]!;
  if (block.kind === 'caption') return true;
  const t = block.text;
  if (/^(?:related|read\smore|see\salso|also|recommended|more\son\sthis)\s?:/i.test(t)) return true;
  // (a byline is "By" and a capitalised name: "By the time the breach was found …" is prose)
  // (nor is "By" and a date: "By June 2, the firm had told regulators", "By Friday, systems were back")
  if ((/^(?:published|posted|updated|last\supdated|first\spublished)/i.test(t) || (/^(?:By|BY)\s[A-Z]/.test(t) && !BY_DATE.test(t))) && t.length < 200) return true;
  // a short heading with a date is a dateline ("Tuesday, March 3, 2021"), not a headline that tells a date ("Hackers broke into the clinic in March")
  if (block.kind === 'heading' && t.length < 120 && (MONTH_RE.test(t) || /\b(?:19|20)\d{2}\b/.test(t)) && t.split(/\s+/).length <= 10 && lowerWords(t) < 3) return true;
  // a short line with a year is a dateline ("March 3, 2021 | 4 min read"), unless it reads as a sentence
  // ("The breach began in May 2023.": a full stop after three or more lower-case words)
  if (t.length < 60 && /\b(?:19|20)\d{2}\b/.test(t) && t.split(/\s+/).length <= 8 && !isProse(t)) return true;
  if (/\b\d{1,2}:\d{2}\b/.test(t) && t.length < 100) return true;
  return false;
}

/** A line that reads as a sentence: it ends in a full stop and has three or more lower-case words. */
const lowerWords = (t: string) => (t.match(/(?<![\w'’-])[a-z]{3,}\b/g) ?? []).filter((w) => !MONTH_RE.test(w)).length;
const isProse = (t: string) => /[.!?]["”’)]?$/.test(t) && lowerWords(t) >= 3;

interface Item {
  mention: Mention;
  resolved: Resolved;
  role: DateRole;
  sentence: Sentence;
  range: number | null;
  /** The role rule that kept it. */
  why: Why;
}

let rangeSeq = 0;

export const extractDates: Extractor<DateFinding[], 'company' | 'scope' | 'sources' | 'actors'> = (doc, ctx) => {
  const pub = ctx.published && /^\d{4}-\d{2}-\d{2}$/.test(ctx.published) ? utc(+ctx.published.slice(0, 4), +ctx.published.slice(5, 7), +ctx.published.slice(8, 10)) : null;
  const ref = pub ? new Date(pub.getTime() + 12 * 3_600_000) : new Date(Date.UTC(2000, 0, 1, 12));
  const names = companyNames(ctx);
  const victimNames = ctx.company ? [ctx.company.name, ...ctx.company.aliases].filter((n) => n && n.length >= 2) : [];
  const items: Item[] = [];
  let unresolved = false;

  const capture = tellsOfPaymentCapture(doc.text);
  // the story's lead: its first two sentences of prose (no heading, caption, dateline or byline)
  const opening = new Set<number>();
  for (const s of doc.sentences) {
    if (opening.size === 2) break;
    const k = doc.blocks[s.block]!.kind;
    if (k !== 'heading' && k !== 'caption' && isProse(s.text) && !isDateline(doc, s)) opening.add(s.index);
  }
  let parsed = 0;
  let anchor: DateParts | null = null;
  let anchorBlock = -10;
  /** The last date kept, which "two days later" or "the night before" counts from. */
  let previous: { parts: DateParts; block: number } | null = null;
  // the document's date order is read (a scan of the whole text) only when a numeric date needs it
  const dateOrder = () => doc.dateOrder;
  for (const sentence of doc.sentences) {
    if (sentence.block - anchorBlock > 1) anchor = null;
    const text = sentence.text.length > MAX_SENTENCE ? sentence.text.slice(0, MAX_SENTENCE) : sentence.text;
    if (!DATE_HINT.test(text)) continue;
    if (isDateline(doc, sentence)) continue;
    if (++parsed > MAX_DATE_SENTENCES) break; // crawler junk or hostile input: an article has far fewer
    const mentions = mentionsOf(text, ref, dateOrder);
    if (mentions.length === 0) continue;
    const strong = STRONG_INCIDENT_RE.test(text);
    // "This review was completed on May 30.": a step of the response named by a demonstrative goes on from the sentence before
    const stepGoesOn = DEMONSTRATIVE_STEP.test(text) && INCIDENT_RE.test(doc.sentences[sentence.index - 1]?.text ?? '');
    const incident = strong || INCIDENT_RE.test(text) || names.some((n) => text.includes(n)) || stepGoesOn;

    // join ranges: "between June and November", "from March 3 to May 18", "Aug. 7 and 8"
    const used = new Set<number>();
    for (let i = 0; i < mentions.length; i++) {
      if (used.has(i)) continue;
      const m = mentions[i]!;
      const next = mentions[i + 1];
      const before = text.slice(Math.max(0, m.start - 40), m.start);
      // "between approximately December 20 and January 4", "from the evening of 4 August until the morning of 8 August"
      const lead = /\b(between|from|starting|since|beginning)\s(?:(?:at\sleast|as\searly\sas|about|around|approximately|roughly|on\sor\sabout)\s)?(?:on\s|in\s|the\s(?:(?:morning|afternoon|evening|night)\sof\s)?)?$/i.exec(before);
      let pair: [Mention, Mention] | null = null;
      let leadText = '';
      if (next && (m.parts || m.rel) && (next.parts || next.rel)) {
        const gap = text.slice(m.end, next.start);
        if (/^\s{0,2}(?:,\s)?(?:and|to|through|until|till|-|–|—|and\s(?:was\s|were\s)?(?:ended|ending|stopped|lasted\suntil|continued\suntil)|until\sat\sleast)\s{0,2}(?:on\s|in\s|(?:approximately|about|around)\s|the\s(?:morning|afternoon|evening|night)\sof\s)?$/i.test(gap) && (lead || /^\s{0,2}(?:,\s)?(?:-|–|to|through|until|and\s(?:was\s|were\s)?(?:ended|ending|stopped|lasted|continued))/i.test(gap))) {
          pair = [m, next];
          if (lead) leadText = lead[0];
        }
      }
      if (pair) {
        used.add(i); used.add(i + 1);
        const [a, b] = pair;
        // the end's year carries to the start: "from August to December 2016", "Nov 15 and Dec 1, 2018"
        if (a.parts && b.parts && a.parts.year === null && b.parts.year !== null && !Number.isNaN(b.parts.year)) {
          a.parts.year = a.parts.month !== null && b.parts.month !== null && a.parts.month > b.parts.month ? b.parts.year - 1 : b.parts.year;
        }
        if (a.parts && b.parts && a.parts.year === null && Number.isNaN(b.parts.year)) a.parts.year = NaN;
        // "Aug. 7 and 8" handled below; here both sides are dates
        const fullStart = a.start - leadText.length;
        const fullText = text.slice(fullStart, b.end);
        const rid = ++rangeSeq;
        pushItem(a, 'breach-start', fullText, fullStart, rid);
        pushItem(b, 'breach-end', fullText, fullStart, rid);
        continue;
      }
      // "notified patients on 3 and 4 June", "detected it on the 3rd and 4th of June": two days of one month, written
      // day first; like "Aug. 7 and 8" below, two days of one step (found, told) each take the clause's role
      if (m.parts && m.parts.month !== null && m.parts.day !== null && !lead) {
        const first = DAY_PAIR_BEFORE.exec(text.slice(Math.max(0, m.start - 28), m.start));
        if (first && Number(first[1]) >= 1 && Number(first[1]) < m.parts.day) {
          const startAt = m.start - first[0].length + first[0].indexOf(first[1]!);
          const a: Mention = { start: startAt, end: startAt + first[1]!.length, text: first[1]!, parts: { ...m.parts, day: Number(first[1]) } };
          const [clo, chi] = clauseBounds(text, startAt, m.end);
          const guess = roleFromCues(text, clo, chi, startAt, m.end);
          if (guess.role === 'discovered' || guess.role === 'disclosed' || guess.role === 'other') {
            const role = adjustRole(guess, text, ctx.sources, names);
            pushItem(a, null, null, null, null, role);
            pushItem(m, null, null, null, null, role);
            continue;
          }
          // (a span of the attack "on 3 and 4 June" is not read as a start and an end: on a held-out set it gave a
          // stay where the labels have none; the second day keeps its clause's role below)
        }
      }
      // "between 2 and 9 September": a bare day before a day-month
      if (m.parts && m.parts.month !== null && m.parts.day !== null) {
        const head = /\b(between|from)\s(?:the\s)?(\d{1,2})(?:st|nd|rd|th)?\s(?:and|to|-|–|until)\s$/i.exec(text.slice(Math.max(0, m.start - 24), m.start));
        if (head && Number(head[2]) >= 1 && Number(head[2]) < m.parts.day) {
          const fullStart = m.start - head[0].length + head.index - head.index;
          const startAt = m.start - (head[0].length);
          const a: Mention = { start: startAt, end: startAt + head[0].length, text: head[2]!, parts: { ...m.parts, day: Number(head[2]) } };
          const fullText = text.slice(startAt, m.end);
          const rid = ++rangeSeq;
          void fullStart;
          pushItem(a, 'breach-start', fullText, startAt, rid);
          pushItem(m, 'breach-end', fullText, startAt, rid);
          continue;
        }
      }
      // "Aug. 7 and 8", "between January 26 and 31, 2024", "on March 3 and 9, 2022": a day after a
      // month-day; a year after the second day is the year of both
      if (m.parts && m.parts.month !== null && m.parts.day !== null) {
        const tail = /^(\s{0,2}(and|to|through|-|–)\s{0,2})(\d{1,2})(?:,?\s(?:19|20)\d{2}\b)?(?!\d|[,.]\d|\s(?:percent|million|billion|people|customers|users|records|accounts|of|per|hours|minutes|days))/i.exec(text.slice(m.end, m.end + 18));
        if (tail && Number(tail[3]) > m.parts.day && Number(tail[3]) <= 31) {
          const year = /((?:19|20)\d{2})$/.exec(tail[0]);
          if (year && m.parts.year === null) m.parts.year = Number(year[1]);
          const b: Mention = { start: m.end + tail[1]!.length, end: m.end + tail[0].length, text: text.slice(m.end + tail[1]!.length, m.end + tail[0].length), parts: { ...m.parts, day: Number(tail[3]) } };
          for (let j = i + 1; j < mentions.length && mentions[j]!.start < b.end; j++) used.add(j);
          // two days of one step ("notified regulators on March 3 and 9") each take the clause's role; a span of
          // days ("the attack ran on Aug. 7 and 8", "between January 26 and 31") is a start and an end
          const [clo, chi] = clauseBounds(text, m.start, b.end);
          const guess = roleFromCues(text, clo, chi, m.start, b.end);
          if (!lead && tail[2]!.toLowerCase() === 'and' && (guess.role === 'discovered' || guess.role === 'disclosed' || guess.role === 'other')) {
            const role = adjustRole(guess, text, ctx.sources, names);
            pushItem(m, null, null, null, null, role);
            pushItem(b, null, null, null, null, role);
            continue;
          }
          const fullStart = m.start - (lead ? lead[0].length : 0);
          const fullText = text.slice(fullStart, b.end);
          const rid = ++rangeSeq;
          pushItem(m, 'breach-start', fullText, fullStart, rid);
          pushItem(b, 'breach-end', fullText, fullStart, rid);
          continue;
        }
      }
      pushItem(m, null, null, null, null);
    }
    // a background sentence (another or an older incident, ctx.scope) lends its year to no date of this incident
    for (const m of ctx.scope?.isBackground(sentence) ? [] : mentions) {
      if (m.parts && m.parts.year !== null && !Number.isNaN(m.parts.year) && m.parts.month !== null) { anchor = m.parts; anchorBlock = sentence.block; }
    }

    function drop(rule: DateDropRule, table: RuleTable<DateDropRule>, m: Mention): void {
      ctx.explain.drop({ field: 'dates', text: m.text, why: why(table, rule), sentence });
    }
    /** What the drop rows read of a mention (with the range it leads, if any). */
    function probeOf(m: Mention, rangeRole: DateRole | null, fullText: string | null, fullStart: number | null): DateProbe {
      const head = fullStart ?? m.start;
      const [lo, hi] = clauseBounds(text, head, m.end);
      return {
        text, m, head, fullText, rangeRole, lo, hi, clause: text.slice(lo, hi), before: text.slice(lo, head),
        after: text.slice(m.end, Math.min(text.length, m.end + 80)), names, victimNames, strong, incident,
        sinceLead: /\bsince\s(?:at\sleast\s)?(?:early\s|late\s|mid-?)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start)),
        yearOnly: (!!m.parts && m.parts.month === null) || m.rel?.kind === 'year' || m.rel?.kind === 'season',
        capture, opening: opening.has(sentence.index),
      };
    }
    function pushItem(m: Mention, rangeRole: DateRole | null, fullText: string | null, fullStart: number | null, range: number | null, given: { role: DateRole; rule: RoleRuleId } | null = null) {
      const probe = probeOf(m, rangeRole, fullText, fullStart);
      const { head, lo, hi, clause, before: beforeText } = probe;
      for (const rule of DATE_DROPS.rules) if (rule.drops(probe)) return drop(rule, DATE_DROPS, m);
      const explicit = !!m.parts && m.parts.month !== null && (m.parts.day !== null || m.parts.year !== null);
      const statementDay = !rangeRole && !given && STATEMENT_DATE_BEFORE.test(text.slice(Math.max(lo, head - 16), head)) && STATEMENT_DATE_AFTER.test(text.slice(m.end, m.end + 40));
      const future = !statementDay && FUTURE_RE.test(beforeText) && !/\b(?:was|were|had|has|have)\b/i.test(text.slice(Math.max(lo, head - 25), head));
      // a full date earlier in the same sentence is the nearest anchor ("started on September 18, 2020; staff spotted it on October 11")
      // (or, lacking one, the first after it: "the gang struck on October 31 and demanded payment by November 7, 2022")
      const full = (x: Mention) => !!x.parts && x.parts.year !== null && !Number.isNaN(x.parts.year) && x.parts.month !== null;
      // (with a publication date, only a full date before it, of an earlier year than the publication's: the story
      // told after the fact; the publication date settles the rest)
      const lead = mentions.filter((x) => x.end <= head && full(x)).at(-1);
      const near = ctx.scope?.isBackground(sentence) ? undefined
        : pub ? (lead && lead.parts!.year! < pub.getUTCFullYear() ? lead : undefined)
        // (a date set aside lends no year: "a breach in March exposed pupils registered since October 2014")
        : lead ?? (rangeRole ? undefined : mentions.find((x) => x.start >= m.end && full(x) && !DATE_DROPS.rules.some((r) => r.drops(probeOf(x, null, null, null)))));
      const resolved = resolve(m, pub, future, anchor, previous && sentence.block - previous.block <= 1 ? previous.parts : null, near?.parts ?? (pub ? null : anchor));
      if (m.easter && resolved.parts.year !== null && !Number.isNaN(resolved.parts.year)) {
        resolved.parts.month = easterMonth(resolved.parts.year);
        resolved.value = fmt(resolved.parts);
      }
      if (!resolved.ok) return drop(settle('too-vague'), DATE_SETTLE, m);
      if (resolved.value === null) unresolved = true;
      let role: DateRole;
      let rule: RoleRuleId;
      let roleCue: string | null = null;
      if (rangeRole) { role = rangeRole; rule = rangeRole === 'breach-start' ? 'range-start' : 'range-end'; }
      else if (given) ({ role, rule } = given);
      else if (EXCLUDE_RE.test(clause) && lawStep(probe)) { role = 'other'; rule = 'court-step'; }
      else if (statementDay) {
        // whose statement: a third party's ("in a May 28 statement, the FBI said") is another date of the incident
        const noun = m.end + (/\S/.exec(text.slice(m.end))?.index ?? 0);
        const adjusted = adjustRole({ role: 'disclosed', distance: 0, cue: 'statement', cueStart: noun, rule: 'statement-date' }, text, ctx.sources, names);
        ({ role, rule } = adjusted ?? { role: 'disclosed', rule: 'statement-date' });
        roleCue = 'statement';
      }
      else if (probe.sinceLead) {
        const negated = /\b(?:not|no|n't|never|nor)\b/i.test(beforeText);
        // "has been notifying customers since June 3": a telling verb governs the date, not a state that lasts
        // (a negated telling, "has not told anyone since June 3", is not one)
        const guess = roleFromCues(text, lo, hi, m.start, m.end);
        if (!negated && guess.role === 'disclosed' && guess.cue && !SPEECH_CUES.has(guess.cue) && lastMatch(PERSIST_RE, text.slice(lo, m.start)) < 0) { role = 'disclosed'; rule = 'until-verb'; }
        else { role = 'breach-start'; rule = 'since-start'; }
      } else if (!future && FROM_LEAD.test(text.slice(Math.max(0, m.start - 24), m.start))) {
        // "customers were notified beginning June 18": a telling or finding verb governs the date, as with "since"
        // (read before the lead word, which is itself a cue of a start)
        const leadAt = Math.max(0, m.start - 24) + FROM_LEAD.exec(text.slice(Math.max(0, m.start - 24), m.start))!.index;
        const guess = roleFromCues(text, lo, Math.max(lo, leadAt), leadAt, m.end);
        const telling = (guess.role === 'disclosed' || guess.role === 'discovered') && !!guess.cue && !SPEECH_CUES.has(guess.cue)
          && guess.cueStart !== undefined && guess.cueStart < m.start && lastMatch(PERSIST_RE, text.slice(lo, m.start)) < 0
          && !/\b(?:from|between)\s$/i.test(text.slice(Math.max(0, m.start - 6), m.start));
        if (telling) { role = guess.role!; rule = 'from-verb'; } else { role = 'breach-start'; rule = 'from-start'; }
      }
      else if (/\b(?:until|through|till|up\sto)\s(?:at\sleast\s)?(?:on\s|in\s)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start))) {
        // "it took them until Friday to discover", "did not start notifying … until a month ago"
        const guess = roleFromCues(text, lo, hi, m.start, m.end);
        // "spotted in 2018, the intruders remained inside until March": staying is what ran until the date
        const persist = lastMatch(PERSIST_RE, text.slice(lo, m.start));
        const governs = (guess.role === 'discovered' || guess.role === 'disclosed') && persist < 0 && !(guess.cue && SPEECH_CUES.has(guess.cue));
        // "went undetected until May 10": the day it was found
        const unseen = /\b(?:undetected|unnoticed|undiscovered|unknown|unseen)\s(?:(?:by|to)\s(?:[\w'’-]{1,20}\s){1,3})?(?:until|till)\s(?:at\sleast\s)?(?:on\s|in\s)?$/i.test(text.slice(Math.max(lo, m.start - 60), m.start));
        role = unseen ? 'discovered' : governs ? guess.role! : 'breach-end';
        rule = unseen || governs ? 'until-verb' : 'until-end';
      } else {
        // (a date in brackets after another, "on Sunday (26 November)", reads the clause around the brackets)
        const [rlo, rhi] = clauseBounds(text, head, m.end, true);
        const guess = roleFromCues(text, rlo, rhi, m.start, m.end);
        roleCue = guess.cue ?? null;
        const adjusted = adjustRole(guess, text, ctx.sources, names);
        // "notified people about a November 2023 breach": the telling is not of that month; the date is the incident's
        if (adjusted?.role === 'disclosed' && INCIDENT_ATTRIBUTE_BEFORE.test(text.slice(Math.max(lo, head - 6), head)) && INCIDENT_ATTRIBUTE_AFTER.test(text.slice(m.end, m.end + 50))) { role = 'breach-start'; rule = 'incident-attribute'; }
        else if (adjusted) ({ role, rule } = adjusted);
        else if (strong || explicit || names.some((n) => clause.includes(n))) { role = 'other'; rule = 'incident-sentence'; }
        else return drop(settle('no-role'), DATE_SETTLE, m);
      }
      if (stepGoesOn && !STRONG_INCIDENT_RE.test(text) && !INCIDENT_RE.test(text) && rule !== 'range-start' && rule !== 'range-end') { role = 'other'; rule = 'step-completed'; }
      // a day the sentence puts ahead of publication is a date of this incident only as a promise to
      // notify ("customers will be told by May 26"), not "the season would be released June 9"
      const promise = role === 'disclosed' && !(roleCue && SPEECH_CUES.has(roleCue));
      // "the crew says it will dump the files by July 1 unless paid": the attackers' deadline is a date of this incident
      if (future && !promise && THREAT_AHEAD.test(clause) && resolved.value && ctx.published && resolved.value > ctx.published.slice(0, resolved.value.length)) { role = 'other'; rule = 'threat-ahead'; }
      if (future && !(m.parts && m.parts.year !== null) && !promise && rule !== 'threat-ahead' && resolved.value && ctx.published && resolved.value > ctx.published.slice(0, resolved.value.length)) return drop(settle('ahead-of-publication'), DATE_SETTLE, m);
      items.push({ mention: { ...m, text: fullText ?? m.text }, resolved, role, sentence, range, why: why(DATE_ROLES, roleRule(rule)) });
      if (resolved.parts.year !== null && resolved.parts.month !== null) previous = { parts: resolved.parts, block: sentence.block };
    }
  }

  // tidy: drop the publication day, later-than-publication dates that were not announced as ahead,
  // year-only values when the same year is known more precisely, and exact repeats
  const out: DateFinding[] = [];
  const seen = new Map<string, { at: number; relative: boolean }>();
  const precise = new Set(items.filter((i) => i.resolved.value && i.resolved.value.length > 4).map((i) => i.resolved.value!.slice(0, 4)));
  // "In 2017, the retailer experienced a malware attack …" in a story whose incident is dated this year
  // or last: a bare year with no phase of its own, years before the incident's dated steps, is an
  // earlier incident (at this or another victim)
  const pubYear = ctx.published ? +ctx.published.slice(0, 4) : null;
  // (an arrest or a sentence years on is no recent step of the incident: the breach it punishes may be old)
  const recentSteps = pubYear !== null && items.some((i) => i.resolved.value && i.resolved.value.length >= 7 && +i.resolved.value.slice(0, 4) >= pubYear - 1
    && i.why.rule !== 'dates.court-step');
  const setAside = (it: Item, id: string) => ctx.explain.drop({ field: 'dates', text: it.mention.text, why: why(DATE_SETTLE, settle(id)), sentence: it.sentence });
  for (const it of items) {
    const v = it.resolved.value;
    if (v && ctx.published && v === ctx.published) { setAside(it, 'publication-day'); continue; }
    if (recentSteps && v && v.length === 4 && it.role === 'other' && !it.mention.rel && it.range === null && +v <= pubYear! - 3) { setAside(it, 'older-year'); continue; }
    // "the fiasco of 2015", "saw a run of attacks in 2022", "before 2021 is out": a year that no verb of the
    // incident dates, kept only because its sentence speaks of a breach and names no victim, is background
    // (a year beside a date that a phase verb dates, "since October or November 2022", is part of the incident's account)
    if (v && v.length === 4 && !it.mention.rel && it.role === 'other' && it.range === null && it.why.rule === 'dates.incident-sentence'
      && !victimNames.some((n) => it.sentence.text.includes(n)) && !items.some((o) => o.sentence === it.sentence && o.role !== 'other')) { setAside(it, 'year-no-phase'); continue; }
    // "more than twice the breach that hit a rival lender in January": a month no verb of a phase dates, in a sentence that
    // speaks of a definite incident but does not name the victim and dates nothing else, tells another incident
    if (v && v.length === 7 && it.role === 'other' && it.range === null && it.why.rule === 'dates.incident-sentence' && victimNames.length > 0
      && !victimNames.some((n) => it.sentence.text.includes(n)) && DEFINITE_INCIDENT.test(it.sentence.text)
      && !items.some((o) => o.sentence === it.sentence && o.role !== 'other')) { setAside(it, 'month-no-phase'); continue; }
    if (v && v.length === 4 && precise.has(v)) { setAside(it, 'less-precise-year'); continue; }
    // "it detected the intrusion on May 3 … the breach was detected in May": a finding or a telling is one moment, and the
    // day of it, told with the same role, says all the month says
    if (v && v.length === 7 && (it.role === 'discovered' || it.role === 'disclosed')
      && items.some((o) => o.role === it.role && o.resolved.value?.length === 10 && o.resolved.value.startsWith(v) && o.resolved.value !== ctx.published)) { setAside(it, 'less-precise-moment'); continue; }
    const key = `${it.role}|${v ?? it.mention.text.toLowerCase()}`;
    const relative = !!it.mention.rel;
    const prior = seen.get(key);
    // one finding per role and value; "in the summer of 2016" speaks for it better than "last summer"
    if (prior && (prior.relative === relative || relative)) { setAside(it, 'repeat'); continue; }
    const finding: DateFinding = {
      role: it.role, value: v, text: asWritten(doc, it), sentence: it.sentence, attributedTo: [],
      parts: it.resolved.parts, range: it.range, openStart: !!it.mention.openStart, why: it.why,
    };
    if (prior) {
      ctx.explain.drop({ field: 'dates', text: out[prior.at]!.text, why: why(DATE_SETTLE, settle('repeat')), sentence: out[prior.at]!.sentence });
      out[prior.at] = finding;
      prior.relative = false;
    } else {
      seen.set(key, { at: out.length, relative });
      out.push(finding);
    }
  }
  if (unresolved && !pub && !ctx.warnings.includes(NO_PUBLISHED_WARNING)) ctx.warnings.push(NO_PUBLISHED_WARNING);
  return out;
};

/** The phrase as the source writes it (keeps a no-break space), when it maps back cleanly. */
function asWritten(doc: Document, it: Item): string {
  const t = it.mention.text;
  const i = it.sentence.text.indexOf(t);
  if (i < 0 || typeof doc.source !== 'string') return t;
  const a = doc.sourceOffset(it.sentence.start + i);
  const b = doc.sourceOffset(it.sentence.start + i + t.length - 1) + 1;
  if (b <= a || b - a > t.length + 8) return t;
  const raw = doc.source.slice(a, b);
  return raw !== t && raw.replace(/[\s\u00a0]+/g, ' ') === t ? raw : t;
}

function companyNames(ctx: Context): string[] {
  const c = ctx.company;
  const names = c ? [c.name, ...c.aliases] : [];
  for (const a of ctx.actors ?? []) names.push(a.name);
  return names.filter((n) => n && n.length >= 2);
}

function isOurs(name: string, names: string[]): boolean {
  const n = name.trim().toLowerCase();
  if (/^(?:the|a|an|this|last|its|their)$/.test(n)) return true;
  return names.some((x) => {
    const y = x.toLowerCase();
    return n.includes(y) || y.includes(n.split(/\s+/)[0]!);
  });
}
