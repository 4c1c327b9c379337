// When two records tell one incident: the merge's rules as rows (id, reason, an invented pair it joins,
// an invented near miss it keeps apart). Each row reads two records' victims AND their time; a pair is one
// incident when some row fires and their breach starts do not disagree (cluster.ts). test/merge/rules.test.ts
// checks every row on its example and counterexample.
//
// Rows marked `oneVictim` are looser readings of a name (an acronym, a shorter name, a name in a
// headline): a record joins through them only when everything it would join that way is one victim
// ('Northfield' next to both 'Northfield Bank' and 'Northfield Health' joins neither).
import { PLATFORMS } from '../lexicon/company.js';
import { COUNTRY_WORDS, PLACE_WORDS } from '../lexicon/countries.js';
import type { DateRole } from '../record.js';
import type { Item } from './item.js';
import { gap, type Span } from './time.js';
import { GENERIC_NAME_WORDS } from './words.js';

/** An invented article as the rows' examples give it. */
export interface Sketch {
  victim: string | null;
  aliases?: string[];
  title: string;
  published: string;
  dates?: [DateRole, string][];
}

export interface MergeRule {
  /** kebab-case, unique in the table; `why` prints it as `merge.<id>`. */
  id: string;
  reason: string;
  /** Two invented articles the row joins. */
  example: [Sketch, Sketch];
  /** Two invented articles the row keeps apart. */
  counterexample: [Sketch, Sketch];
  /** Does `a` join `b` (directional: `a` is the side with the acronym, the shorter name, the headline)? */
  test: (a: Item, b: Item, window: number) => boolean;
  /** A record joins through this row only when all it joins that way share a name. */
  oneVictim?: boolean;
  /**
   * Read between whole incidents once the records are grouped (`a` and `b` stand for all the records of
   * an incident), not between two records; an incident joins this way only one other.
   */
  incidents?: boolean;
}

/** Days two time anchors may lie apart and still be one incident (default of --window). */
export const DEFAULT_WINDOW_DAYS = 60;
/** Days two breach-start dates may disagree before they are two incidents. */
export const DEFAULT_START_TOLERANCE_DAYS = 31;
/**
 * Articles published this close together belong to one news cycle: outlets follow one story within about
 * two weeks. Beyond it, a shared victim name alone is not enough: a large company is named in many
 * stories a month apart (a phishing lure in January, a malicious app in March).
 */
export const NEWS_CYCLE_DAYS = 14;
/** Headlines that only echo each other are evidence for a few days, no longer. */
export const ECHO_DAYS = 7;
/** How long after an incident a court's or a regulator's sequel is looked for. */
export const SEQUEL_DAYS = 365;

const fine = (s: Span): boolean => s.precision !== 'year';
const pubGap = (a: Item, b: Item): number => (a.published && b.published ? gap(a.published, b.published) : Infinity);

/** Headline words two articles share beyond both victims' names ('steals', 'accounts'). */
export const sharedWords = (a: Item, b: Item): string[] =>
  [...a.words].filter((w) => b.words.has(w) && !b.nameWords.has(w) && !a.nameWords.has(w)).sort();

/**
 * Dates that agree: a month- or day-precise date with a role (breach start or end, discovery,
 * disclosure) of one within the window of such a date of the other, or before the other's publication by
 * at most the window (or after it by at most a news cycle when day-precise, within its month when not).
 * Only dates more than a news cycle before their own article's publication count: they carry the story
 * back in time, where a date of the week it was written ('disclosed on Monday') is the publication again. Year-only dates do not
 * join records (a later article recalls an earlier breach by its year), nor do dates whose role the
 * article left open ('other'), which are as often an earlier incident recalled.
 */
export function datesAgree(a: Item, b: Item, windowDays: number): boolean {
  // a date within a news cycle of its own article's publication says no more than the publication does
  const roles = (i: Item): Span[] => i.roleDates.filter((x) => fine(x) && (!i.published || i.published.from - x.to > NEWS_CYCLE_DAYS));
  // an incident's dates come before its reports: a date up to the window before the other's publication,
  // a day-precise one up to a news cycle after it, a month-precise one only in the month it was published
  const toPub = (x: Span, p: Span | null): boolean => !!p
    && ((x.to <= p.from && p.from - x.to <= windowDays) || gap(x, p) <= (x.precision === 'day' ? NEWS_CYCLE_DAYS : 0));
  return roles(a).some((x) => roles(b).some((y) => gap(x, y) <= windowDays) || toPub(x, b.published))
    || roles(b).some((x) => toPub(x, a.published));
}

/**
 * Dates of the same days: a day-precise date with a role within a news cycle of the other's publication
 * or role dates, or a month-precise one whose month holds them.
 */
export function datesClose(a: Item, b: Item): boolean {
  const near = (x: Span, y: Span): boolean => gap(x, y) <= (x.precision === 'day' ? NEWS_CYCLE_DAYS : 0);
  const anchors = (i: Item): Span[] => [...i.roleDates.filter(fine), ...(i.published ? [i.published] : [])];
  return a.roleDates.filter(fine).some((x) => anchors(b).some((y) => near(x, y)))
    || b.roleDates.filter(fine).some((x) => anchors(a).some((y) => near(x, y)));
}

/** A headline word in common that is not a generic or breach word ('pays', 'accounts'; not 'hackers'). */
const echoes = (a: Item, b: Item): boolean => sharedWords(a, b).some((w) => !GENERIC_NAME_WORDS.has(w));

/**
 * Near in time: published within a news cycle; or within the window when their headlines share a
 * distinctive word; or their dates agree (datesAgree).
 */
export function nearInTime(a: Item, b: Item, windowDays: number): boolean {
  const pg = pubGap(a, b);
  return pg <= NEWS_CYCLE_DAYS || (pg <= windowDays && echoes(a, b)) || datesAgree(a, b, windowDays);
}

/** A normalised name in common. */
export const sharesName = (a: Item, b: Item): boolean => a.names.some((n) => b.names.includes(n));

/**
 * `a`'s name is one distinctive word that begins `b`'s longer name ('Cathmoor' → 'Cathmoor Pacific
 * Lines'). Only one word: 'Northwind Health' and 'Northwind Health Partners' may be two bodies.
 */
export function namePrefix(a: Item, b: Item): boolean {
  return a.shortForms.some((short) => {
    const sw = short.split(' ');
    if (sw.length !== 1 || PLACES.has(sw[0]!) || PLATFORM_WORDS.has(sw[0]!)) return false;
    return b.names.some((long) => {
      const lw = long.split(' ');
      if (lw.length <= sw.length || !sw.every((w, i) => lw[i] === w)) return false;
      // 'Acme Argentina', 'Acme UK': a national unit is another victim than its parent
      return !lw.slice(sw.length).some((w) => PLACES.has(w));
    });
  });
}

/**
 * `a`'s headline names `b`'s victim: one of `b`'s distinctive names is among the names the headline holds
 * ('… at the city of Brackenford' names 'Brackenford'), or an acronym in capitals in it spells `b`'s full name.
 */
export const headlineNames = (a: Item, b: Item): boolean =>
  b.distinct.some((n) => a.named.includes(n)) || a.headAcronyms.some((x) => b.initials.includes(x) || b.names.includes(x));

/** Countries, demonyms and settled places, folded: the words that make 'Acme Brazil' a unit of Acme. */
const PLACES: ReadonlySet<string> = new Set([...COUNTRY_WORDS, ...PLACE_WORDS].map(([w]) => w.toLowerCase()).filter((w) => !w.includes(' ')));

/** Operating systems and software families ('Android', 'WordPress'): 'Android Forums' is not Android. */
const PLATFORM_WORDS: ReadonlySet<string> = new Set(PLATFORMS.map((w) => w.toLowerCase()));

const S = (victim: string | null, title: string, published: string, more: Partial<Sketch> = {}): Sketch => ({ victim, title, published, ...more });

export const MERGE_RULES: readonly MergeRule[] = [
  {
    id: 'same-name',
    reason: 'Outlets spell one victim alike once case, accents, punctuation and legal words are set aside; when both headlines name it and the articles are near in time, that is one incident.',
    example: [S('Harbourline Freight Ltd', 'Harbourline Freight confirms intrusion', '2024-03-04'), S('HARBOURLINE FREIGHT', 'Freight firm says customer files were copied', '2024-03-09')],
    counterexample: [S('Harbourline Freight', 'Harbourline Freight confirms intrusion', '2024-03-04'), S('Harbourline Freight', 'Freight firm hit again', '2024-09-20')],
    test: (a, b, w) => a.namesOwnVictim && b.namesOwnVictim && sharesName(a, b) && nearInTime(a, b, w),
  },
  {
    id: 'same-name-unheadlined',
    reason: "A victim the headline does not name ('Malware posing as game guides infects phones', victim read as the app store's owner) is the extractor's reading of a side mention: the same name joins only within a news cycle, and when the headlines share a distinctive word or the dates fall on the same days (or an article has no headline to tell).",
    example: [S('Quarrow Labs', 'Lab pays ransom to unlock files', '2024-01-15'), S('Quarrow Labs', 'Quarrow Labs pays attackers despite backups', '2024-01-16')],
    counterexample: [S('Lumen Search', 'Malware posing as game guides infects phones', '2024-04-27'), S('Lumen Search', 'Lumen Search document-sharing lure spreads', '2024-05-04')],
    test: (a, b) => sharesName(a, b) && pubGap(a, b) <= NEWS_CYCLE_DAYS
      && (!a.headline || !b.headline || echoes(a, b) || datesClose(a, b)),
  },
  {
    id: 'acronym',
    reason: "A victim written as an acronym ('TVDR') is the full name whose initials it spells, when only one such victim is in view.",
    example: [S('TVDR', 'TVDR systems still down after ransomware', '2024-02-23'), S('Tarn Valley Department of Roads', 'Tarn Valley roads agency hit by ransomware', '2024-02-21')],
    counterexample: [S('TVDR', 'TVDR systems still down after ransomware', '2024-02-23'), S('Tarn Valley Department of Roads', 'Tarn Valley roads agency opens bridge', '2024-09-21')],
    test: (a, b, w) => !sharesName(a, b) && a.acronyms.some((x) => b.initials.includes(x)) && nearInTime(a, b, w),
    oneVictim: true,
  },
  {
    id: 'name-prefix',
    reason: "A one-word short form of a name ('Cathmoor' for 'Cathmoor Pacific Lines') is the same victim, unless the longer name adds a place (a national unit: 'Cathmoor Brazil'), the word is generic, a place or a software platform ('Android Forums' is not Android), or two longer names fit.",
    example: [S('Cathmoor', 'Cathmoor says passenger data exposed', '2024-10-25'), S('Cathmoor Pacific Lines', 'Airline breach hits 9 million', '2024-10-30')],
    counterexample: [S('Northfield Bank', 'Northfield Bank reports breach', '2024-05-02'), S('Northfield Health', 'Northfield Health reports breach', '2024-05-03')],
    test: (a, b, w) => !sharesName(a, b) && namePrefix(a, b) && nearInTime(a, b, w),
    oneVictim: true,
  },
  {
    id: 'headline-names-victim',
    reason: "When the victim a record gives is not in its own headline (a person, a coin, a generic word read as the victim, or no victim at all), the headline's named victim decides, within a news cycle.",
    example: [S('Dana Whitcombe', 'Ransomware freezes computers at the city of Brackenford', '2024-03-23'), S('City of Brackenford', 'Brackenford still recovering from attack', '2024-03-25')],
    counterexample: [S('Brackenford Water', 'Brackenford Water says billing data taken', '2024-03-23'), S('City of Brackenford', 'Brackenford still recovering from attack', '2024-03-25')],
    test: (a, b) => !a.namesOwnVictim && !sharesName(a, b) && pubGap(a, b) <= NEWS_CYCLE_DAYS && headlineNames(a, b),
    oneVictim: true,
  },
  {
    id: 'headlines-name-each-other',
    reason: "Two headlines that each name the other's victim ('Leak site posts Orbis files' and 'Orbis documents surface on leak site') tell one story from two sides, within a news cycle.",
    example: [S('Orbis Agency', 'Leakvault publishes Orbis Agency files', '2024-03-09'), S('Leakvault', 'Orbis Agency documents surface on Leakvault', '2024-03-10')],
    counterexample: [S('Orbis Agency', 'Leakvault publishes Orbis Agency files', '2024-03-09'), S('Leakvault', 'Leakvault founder arrested', '2024-03-10')],
    test: (a, b) => !sharesName(a, b) && pubGap(a, b) <= NEWS_CYCLE_DAYS && headlineNames(a, b) && headlineNames(b, a),
  },
  {
    id: 'headline-echo',
    reason: "A headline that names the other record's victim and repeats two more of its headline's words within a week ('Thief steals 2 million accounts from Quillmarsh' / 'Quillmarsh fan site: thief steals accounts') retells that story under another victim name.",
    example: [S('Quillmarsh', 'Thief steals 2 million accounts from Quillmarsh clone', '2024-03-31'), S('Duelhall', 'Thief steals accounts from Quillmarsh fan site Duelhall', '2024-03-29')],
    counterexample: [S('Quillmarsh', 'Thief steals 2 million accounts from Quillmarsh clone', '2024-03-31'), S('Duelhall', 'Duelhall warns players after Quillmarsh theft', '2024-03-29')],
    test: (a, b) => !sharesName(a, b) && pubGap(a, b) <= ECHO_DAYS && headlineNames(a, b) && sharedWords(a, b).length >= 2,
  },
  {
    id: 'sequel-recalls-date',
    reason: "An incident reported later as a court's or a regulator's sequel (most of its headlines say indicted, charged, fined, sued) joins the one earlier incident of that victim, within a year, whose dates one of its articles recalls to the month; a sequel that recalls only a year, dates its own breach start a month or more away, or whose headline says the victim was hit again, stays apart.",
    example: [S('City of Brackenford', 'Two men indicted over Brackenford ransomware attack', '2024-12-05', { dates: [['other', '2024-03']] }), S('City of Brackenford', 'Brackenford still recovering from ransomware attack', '2024-03-25', { dates: [['breach-start', '2024-03-22']] })],
    counterexample: [S('City of Brackenford', 'Brackenford fined over 2022 records breach', '2024-12-05', { dates: [['breach-start', '2022']] }), S('City of Brackenford', 'Brackenford still recovering from ransomware attack', '2024-03-25', { dates: [['breach-start', '2024-03-22']] })],
    test: (a, b, w) => a.sequel && !a.repeat && sharesName(a, b) && !!a.published && !!b.published
      && a.published.from > b.published.to && a.published.from - b.published.to <= SEQUEL_DAYS
      && a.dates.filter(fine).some((x) => [...b.roleDates, b.published!].some((y) => gap(x, y) <= w))
      // a sequel that dates its own breach start elsewhere tells another incident
      && (!b.starts.length || a.starts.every((x) => b.starts.some((y) => gap(x, y) <= DEFAULT_START_TOLERANCE_DAYS))),
    incidents: true,
  },
];
