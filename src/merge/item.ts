// What the clustering reads of one record: its victim's names as keys, its headline as words, its dates
// as spans.
import type { IncidentRecord } from '../record.js';
import { acronym, fold, headline, initials, nameKeys, normaliseName } from './name.js';
import { PRECISION_RANK, span, type Span } from './time.js';
import { distinctive, GENERIC_NAME_WORDS, HEADLINE_STOP_WORDS, REPEAT_WORDS, SEQUEL_WORDS } from './words.js';

export interface Item {
  record: IncidentRecord;
  /** Stable sort key (publication date, path, id, url, then the record's JSON). */
  key: string;
  /** Normalised victim names (name and aliases). */
  names: string[];
  /** The names that tell this victim from others ('acme widgets', not 'board'). */
  distinct: string[];
  /** Distinctive names written as they stand, that a longer name may extend ('cathmoor'; not 'brackenford' from 'City of Brackenford'). */
  shortForms: string[];
  /** Acronyms the victim is written as ('CDOT'), and the acronyms its full names could be written as. */
  acronyms: string[];
  initials: string[];
  /** The headline folded, with spaces around (' acme confirms breach '), '' when there is none. */
  headline: string;
  /** Headline words that could tell a story apart: not function words, not the victim's own name words. */
  words: Set<string>;
  /**
   * The victims its headline names, among the names the other records give: the longest name at each
   * place ('google docs', not also 'google'); set by `nameHeadlines` before the records are compared.
   */
  named: string[];
  /** Acronyms written in capitals in the headline ('TVDR systems still down'). */
  headAcronyms: string[];
  /**
   * Does the headline report a court's or a regulator's sequel (indicted, charged, fined, sued, settles)?
   * For a whole incident (`combine`): do more than half of its headlines?
   */
  sequel: boolean;
  /** Does the headline say the victim is hit again ('again', 'second', 'another')? For an incident: any. */
  repeat: boolean;
  /** The victim's name words that tell it from others. */
  nameWords: Set<string>;
  /** Does the headline name the victim the record gives (one of its distinctive name words)? */
  namesOwnVictim: boolean;
  published: Span | null;
  /** Every dated value of the record, at its precision. */
  dates: Span[];
  /** The dated values with a settled role (breach-start, breach-end, discovered, disclosed). */
  roleDates: Span[];
  /** The record's breach start: its most precise breach-start date (the latest of equals). */
  start: Span | null;
  /** Every month- or day-precise breach-start date. */
  starts: Span[];
}

export function toItem(record: IncidentRecord): Item {
  const src = record.source;
  const json = JSON.stringify(record);
  const key = [src.published ?? '9999', src.path, src.id ?? '', src.url ?? '', json].join('\u0000');
  const dates = record.dates.map((d) => span(d.value)).filter((s): s is Span => s !== null);
  const roleDates = record.dates.filter((d) => d.role !== 'other').map((d) => span(d.value)).filter((s): s is Span => s !== null);
  let start: Span | null = null;
  for (const d of record.dates) {
    const s = d.role === 'breach-start' ? span(d.value) : null;
    if (s && (!start || PRECISION_RANK[s.precision] > PRECISION_RANK[start.precision]
      || (s.precision === start.precision && s.from > start.from))) start = s;
  }
  const all = record.company ? [record.company.name, ...record.company.aliases] : [];
  const names = record.company ? nameKeys(record.company.name, record.company.aliases) : [];
  const distinct = names.filter(distinctive);
  const head = headline(src.title);
  const nameWords = new Set(all.flatMap((n) => fold(n).split(' ')).filter((w) => w && !GENERIC_NAME_WORDS.has(w)));
  const headWords = head.split(' ').filter(Boolean);
  return {
    record,
    key,
    names,
    distinct,
    shortForms: [...new Set(all.map((n) => [fold(n), normaliseName(n)] as const).filter(([f, k]) => k && f.startsWith(k) && distinctive(k)).map(([, k]) => k))].sort(),
    acronyms: [...new Set(all.map(acronym).filter((a): a is string => a !== null))].sort(),
    initials: [...new Set(all.flatMap(initials))].sort(),
    headline: head ? ` ${head} ` : '',
    words: new Set(headWords.filter((w) => w.length >= 3 && !HEADLINE_STOP_WORDS.has(w) && !/^\d/.test(w) && !nameWords.has(w))),
    nameWords,
    named: [],
    headAcronyms: [...new Set((src.title ?? '').match(/(?<![\p{L}\p{N}])[A-Z][A-Z0-9]{2,5}(?![\p{L}\p{N}])/gu) ?? [])].map((x) => x.toLowerCase()).sort(),
    sequel: headWords.some((w) => SEQUEL_WORDS.has(w)),
    repeat: headWords.some((w) => REPEAT_WORDS.has(w)),
    // no headline is no evidence against the victim
    namesOwnVictim: !head || headWords.some((w) => nameWords.has(w)),
    published: span(src.published),
    dates,
    roleDates,
    start,
    starts: record.dates.filter((d) => d.role === 'breach-start').map((d) => span(d.value)).filter((x): x is Span => x !== null && x.precision !== 'year'),
  };
}

/**
 * Sets each item's `named`: the names of `known` its headline holds, keeping at each place only the
 * longest ('google docs phishing attack' names 'google docs', not 'google').
 */
export function nameHeadlines(items: Item[], known: ReadonlySet<string>, maxWords = 6): void {
  for (const item of items) {
    const words = item.headline.trim().split(' ').filter(Boolean);
    const spans: [number, number, string][] = [];
    for (let s = 0; s < words.length; s++) {
      for (let e = Math.min(words.length, s + maxWords); e > s; e--) {
        const n = words.slice(s, e).join(' ');
        if (known.has(n) && distinctive(n)) spans.push([s, e, n]);
      }
    }
    const inside = (x: [number, number, string], y: [number, number, string]) => y !== x && y[0] <= x[0] && x[1] <= y[1] && y[1] - y[0] > x[1] - x[0];
    item.named = [...new Set(spans.filter((x) => !spans.some((y) => inside(x, y))).map((x) => x[2]))].sort();
  }
}
