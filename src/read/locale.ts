// Which way round a document writes all-numeric dates: "03/04/2021" is 3 April in London, Dublin, Sydney,
// Delhi or Berlin, and March 4 in New York. The order is a property of the document, decided once:
//
//   1. the text itself: a numeric date whose first number is above 12 ("25/03/2021") can only be
//      day-first, one whose second number is above 12 ("03/25/2021") only month-first; the more
//      frequent of the two wins (a tie settles nothing);
//   2. the page's language when it names a day-first region or language (`<html lang="en-GB">`,
//      og:locale "en_AU", content-language "de");
//   3. the country domain of the article's address (".co.uk", ".com.au", ".ie", ".de");
//   4. how the text writes its dates in words: "3 May 2021" twice or more and never "May 3" is the
//      day-first habit (and the reverse the month-first one);
//   5. a page language naming a month-first region ("en-US": also the default of most page templates,
//      so it says the least).
// With none of these the order stays unknown (null) and readers keep chrono's month-first default.
// The tables are data in src/lexicon/dates.ts.
import {
  DAY_FIRST_ENGLISH_REGIONS,
  DAY_FIRST_LANGUAGES,
  DAY_FIRST_TLDS,
  MONTH_FIRST_ENGLISH_REGIONS,
  MONTH_FIRST_TLDS,
} from '../lexicon/dates.js';

export type DateOrder = 'day-first' | 'month-first';

/** Where a document's date order came from. */
export type DateOrderSource = 'numeric-date' | 'page-language' | 'url-domain' | 'written-dates';

export interface DateOrderHint {
  order: DateOrder;
  from: DateOrderSource;
  /** What decided it, as found: "25/03/2021", "en-GB", "uk", "3 May 2021". */
  evidence: string;
}

const DAY_FIRST_TLD = new Set(DAY_FIRST_TLDS);
const MONTH_FIRST_TLD = new Set(MONTH_FIRST_TLDS);
const DAY_FIRST_REGION = new Set(DAY_FIRST_ENGLISH_REGIONS);
const MONTH_FIRST_REGION = new Set(MONTH_FIRST_ENGLISH_REGIONS);
const DAY_FIRST_LANGUAGE = new Set(DAY_FIRST_LANGUAGES);

/** A language tag as pages write it: "en-GB", "en_gb", "de", "fr-CH"; anything longer is no tag. */
const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?(?:[-_][a-z\d]{1,8}){0,3}$/i;

/** The date order a page language implies, or null ("en", "en-CA", "ja", or no tag at all). */
export function orderFromLanguage(lang: string | null | undefined): DateOrder | null {
  if (!lang) return null;
  const m = LANGUAGE_TAG.exec(lang.trim().slice(0, 40));
  if (!m) return null;
  const language = m[1]!.toLowerCase();
  const region = m[2]?.toLowerCase() ?? null;
  if (language === 'en') {
    if (region && DAY_FIRST_REGION.has(region)) return 'day-first';
    if (region && MONTH_FIRST_REGION.has(region)) return 'month-first';
    return null;
  }
  return DAY_FIRST_LANGUAGE.has(language) ? 'day-first' : null;
}

/** The country domain of an address ("https://www.example.co.uk/news/…" → "uk"), or null. */
export function countryDomain(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^(?:[a-z][a-z\d+.-]{0,20}:)?\/\/(?:[^/?#@\s]{0,200}@)?([^/?#:\s]{1,253})/i.exec(url.trim());
  if (!m) return null;
  const tld = /\.([a-z]{2})\.?$/i.exec(m[1]!);
  return tld ? tld[1]!.toLowerCase() : null;
}

/** The date order an address's country domain implies, or null (generic domains, no address). */
export function orderFromUrl(url: string | null | undefined): DateOrder | null {
  const tld = countryDomain(url);
  if (!tld) return null;
  if (DAY_FIRST_TLD.has(tld)) return 'day-first';
  if (MONTH_FIRST_TLD.has(tld)) return 'month-first';
  return null;
}

/**
 * An all-numeric date with a year: "25/03/2021", "25-03-21", "25.03.2021" (dots only with a four-digit
 * year: "4.14.71" is a version number). Not inside a longer run of digits and separators (IP addresses,
 * version numbers, ISO dates).
 */
const NUMERIC_DATE = /(?<![\d/.,-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g;
/** Enough decisive dates to settle the order; the scan stops there. */
const MAX_NUMERIC_EVIDENCE = 20;

/** The order the text's decisive numeric dates prove, with the first one that proves it; else null. */
export function orderFromNumericDates(text: string): { order: DateOrder; evidence: string } | null {
  let dayFirst = 0;
  let monthFirst = 0;
  let dayFirstExample = '';
  let monthFirstExample = '';
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    if (m[2] === '.' && m[4]!.length !== 4) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a < 1 || b < 1) continue;
    if (a > 12 && a <= 31 && b <= 12) {
      if (!dayFirst++) dayFirstExample = m[0];
    } else if (b > 12 && b <= 31 && a <= 12) {
      if (!monthFirst++) monthFirstExample = m[0];
    } else continue;
    if (dayFirst + monthFirst >= MAX_NUMERIC_EVIDENCE) break;
  }
  if (dayFirst > monthFirst) return { order: 'day-first', evidence: dayFirstExample };
  if (monthFirst > dayFirst) return { order: 'month-first', evidence: monthFirstExample };
  return null;
}

const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
/** "3 May 2021", "14th of March", "3 May": day before the month name (capitalised: "may" the verb is no month). */
const DAY_MONTH = new RegExp(`(?<![\\w,.])(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH_NAME}\\b\\.?`, 'g');
/** "May 3", "March 14th, 2021", "Sept. 3": the month name before the day (not "May 2021"). */
const MONTH_DAY = new RegExp(`\\b${MONTH_NAME}\\.?\\s(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?![\\w,.]\\d|\\d)`, 'g');
/** Written dates counted at most, each way. */
const MAX_WRITTEN = 20;

function count(re: RegExp, text: string): { n: number; first: string } {
  let n = 0;
  let first = '';
  re.lastIndex = 0;
  for (let m = re.exec(text); m && n < MAX_WRITTEN; m = re.exec(text)) if (!n++) first = m[0];
  return { n, first };
}

/** The habit the text's dates in words show: two or more one way and none the other; else null. */
export function orderFromWrittenDates(text: string): { order: DateOrder; evidence: string } | null {
  const dm = count(DAY_MONTH, text);
  const md = count(MONTH_DAY, text);
  if (dm.n >= 2 && md.n === 0) return { order: 'day-first', evidence: dm.first };
  if (md.n >= 2 && dm.n === 0) return { order: 'month-first', evidence: md.first };
  return null;
}

/** The document's date order from its text, page language and address; null when nothing says. */
export function documentDateOrder(input: { text: string; lang?: string | null; url?: string | null }): DateOrderHint | null {
  const numeric = orderFromNumericDates(input.text);
  if (numeric) return { ...numeric, from: 'numeric-date' };
  const locale = localeDateOrder(input.lang, input.url);
  if (locale && (locale.from === 'url-domain' || locale.order === 'day-first')) return locale;
  const written = orderFromWrittenDates(input.text);
  if (written) return { ...written, from: 'written-dates' };
  return locale;
}

/**
 * The date order the page language and address imply, without reading the text (steps 2, 3 and 5
 * above): for metadata read before the text is known.
 */
export function localeDateOrder(lang: string | null | undefined, url: string | null | undefined): DateOrderHint | null {
  const byLang = orderFromLanguage(lang);
  if (byLang === 'day-first') return { order: byLang, from: 'page-language', evidence: lang!.trim() };
  const byDomain = orderFromUrl(url);
  if (byDomain) return { order: byDomain, from: 'url-domain', evidence: countryDomain(url)! };
  return byLang ? { order: byLang, from: 'page-language', evidence: lang!.trim() } : null;
}

/** The tag chrono gives a date it read from numbers alone ("03/04/2021", "3.4.2021", "03-04-21"). */
export const NUMERIC_DATE_TAG = 'parser/SlashDateFormatParser';

/**
 * Month and day of a date chrono read, in the document's order. chrono's English parser reads numbers
 * month-first, turning them round only when the first is above 12; in a day-first document a numeric
 * date whose numbers could both be months is turned round: "03/04/2021" → 3 April, not March 4.
 * `order` may be a function, called only when a date needs it. When the order is unknown, a date written with dots ("03.04.2021", as German, French or Dutch write
 * it; month-first writers use slashes) is read day-first too.
 */
export function monthDayInOrder(
  month: number,
  day: number,
  tags: ReadonlySet<string>,
  order: DateOrder | null | undefined | (() => DateOrder | null),
  written?: string,
): [month: number, day: number] {
  if (day > 12 || !tags.has(NUMERIC_DATE_TAG)) return [month, day];
  // the order may be given lazily: most articles have no numeric date that needs it
  const known = typeof order === 'function' ? order() : order;
  const dayFirst = known === 'day-first' || (!known && written !== undefined && DOTTED_DATE.test(written));
  return dayFirst ? [day, month] : [month, day];
}

/** A numeric date written with dots: "03.04.2021", "3.4.21". */
const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.\d{2,4}\b/;

/**
 * The date order of a reader's result before the document is built (for a dateline read at that stage):
 * the same steps as `documentDateOrder`, over the blocks' text.
 */
export function readDateOrder(read: { blocks: ReadonlyArray<{ pieces: ReadonlyArray<{ value: string }> }>; lang?: string | null; url: string | null }): DateOrder | null {
  const text = read.blocks.map((b) => b.pieces.map((p) => p.value).join('')).join('\n\n');
  return documentDateOrder({ text, lang: read.lang, url: read.url })?.order ?? null;
}
