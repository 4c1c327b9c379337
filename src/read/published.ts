// Publication dates from metadata or a dateline, normalised to ISO YYYY-MM-DD.
import { casualDates } from '../chrono.js';
import { monthDayInOrder, NUMERIC_DATE_TAG, orderFromNumericDates, type DateOrder } from './locale.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
const ISO_COMPACT = /^(\d{4})_?(\d{2})_?(\d{2})$/; // "2021_11_29", "20211129"

export const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A metadata value (YAML date, ISO string, "November 29, 2021") → "YYYY-MM-DD", or null. An all-numeric
 * value ("03/04/2021") is read in `order` (the page's date order) when given, else month-first.
 */
export function normalisePublished(value: unknown, order: DateOrder | null = null): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDay(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  const m = ISO.exec(s) ?? ISO_COMPACT.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDay(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  }
  if (s.length > 80) return null;
  return fullDate(s, order);
}

/**
 * The first date in `text` that states day, month and year, as ISO; else null. An all-numeric date
 * ("03/04/2021") is read in `order` when given; without it, in the order the text itself proves
 * ("25/03/2021 – 03/04/2021"), else month-first.
 */
export function fullDate(text: string, order: DateOrder | null = null): string | null {
  for (const r of casualDates.parse(text)) {
    const c = r.start;
    if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) {
      const tags = c.tags();
      order ??= tags.has(NUMERIC_DATE_TAG) ? orderFromNumericDates(text)?.order ?? null : null;
      const y = c.get('year')!;
      const [m, d] = monthDayInOrder(c.get('month')!, c.get('day')!, tags, order, r.text);
      // chrono marks relative dates ("yesterday", "2 hours ago") certain against today's clock: the year must be written
      // (or, in an all-numeric date, its last two digits: "03/04/21")
      if (!r.text.includes(String(y)) && !(tags.has(NUMERIC_DATE_TAG) && /^\d{1,2}([/.-])\d{1,2}\1\d{2}\b/.test(r.text))) continue;
      if (validDay(y, m, d)) return `${y}-${pad(m)}-${pad(d)}`;
    }
  }
  return null;
}

const DATELINE_CUE = /(?:^|[\s|•·,—–-])(?:published|posted|updated|last updated|first published|date)\b/i;

const WIRE_PLACE = /^[A-Z][A-Z.'’ -]{1,40},\s{1,3}/;

/**
 * A dateline near the top of a plain-text article: "Published: 29 November 2021", "Nov 29, 2021 —".
 * A numeric one ("Posted 03/04/2021") is read in `order` (the document's date order) when given.
 */
export function datelineDate(line: string, order: DateOrder | null = null): string | null {
  const s = line.trim();
  if (s.length > 90 || s.length < 6) return null;
  const cue = DATELINE_CUE.test(s);
  const date = fullDate(s, order);
  if (!date) return null;
  // without a cue the line must be mostly the date itself (plus a byline or a dash), after a wire
  // dateline's place name in capitals ("PARIS, 12 Dec 2023 —")
  const bare = s.replace(WIRE_PLACE, '').replace(CLOCK_FIRST, '');
  if (cue || BARE_DATE.test(bare)) return date;
  // a byline beside the date: "By Jane Roe, Senior Reporter | March 3, 2021", "Jane Roe - Outlet - Mar 3, 2021",
  // "Written by Jane Roe on March 3, 2021": one segment is the date itself, the others are no sentence
  const segments = s.replace(COMMA_DATE, ' | ').split(BYLINE_SEPARATOR);
  if (segments.length < 2 || segments.some((x) => /[.!?]$/.test(x.trim()) && !/\b[ap]\.m\.$/i.test(x.trim()))) return null;
  return segments.some((x) => BARE_DATE.test(x.trim())) ? date : null;
}

/** A line that starts with a written date: "Mar 3, 2021", "3 March 2021", "2021-03-03", "21/03/2021", "Wednesday, …". */
const BARE_DATE = /^[A-Za-z]{3,9}\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?\s{1,3}\d{4}|^\d{1,2}(?:st|nd|rd|th)?\s{1,3}[A-Za-z]{3,9}\.?,?\s{1,3}\d{4}|^\d{4}-\d{2}-\d{2}|^\d{1,2}([/.-])\d{1,2}\1\d{4}\b|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?\s/i;
const BYLINE_SEPARATOR = /\s{1,3}[|•·—–-]\s{1,3}|\s{1,3}on\s{1,3}(?=[A-Z\d])/;
/** A comma before the date in a byline: "Written by Jane Roe, 3 June 2019" (read as a separator). */
const COMMA_DATE = /,\s(?=\d{1,2}(?:st|nd|rd|th)?\s[A-Za-z]{3,9}\.?,?\s\d{4}\b|[A-Za-z]{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}\b)/g;
/** A clock time before the date: "10:42 AM EDT, Mon June 3, 2019". */
const CLOCK_FIRST = /^\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?,?\s{1,3}/i;
