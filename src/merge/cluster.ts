// Which records report the same incident. Order-independent by construction: the pairwise test looks at
// two records only, the clusters are the connected components of that relation, and a component whose
// breach-start dates disagree is split by those dates. Nothing depends on the order records arrive in.
import type { IncidentRecord } from '../record.js';
import { acronym, initials, nameKeys } from './name.js';
import { gap, PRECISION_RANK, span, type Span } from './time.js';

export interface MergeOptions {
  /** Days two time anchors may lie apart and still be one incident (default 60). */
  windowDays?: number;
  /** Days two breach-start dates may disagree before they are two incidents (default 31). */
  startToleranceDays?: number;
}

export const DEFAULT_WINDOW_DAYS = 60;
export const DEFAULT_START_TOLERANCE_DAYS = 31;
/**
 * Articles published this close together belong to one news cycle: when they name the same victim and
 * give breach starts a month or more apart, that is the articles disagreeing about one incident (shown
 * as a conflict), not two incidents.
 */
export const NEWS_CYCLE_DAYS = 14;

/** What the clustering reads of one record. */
export interface Item {
  record: IncidentRecord;
  /** Stable sort key (publication date, path, id, url, then the record's JSON). */
  key: string;
  names: string[];
  /** Acronyms the victim is written as ('CDOT'), and the acronyms its full names could be written as. */
  acronyms: string[];
  initials: string[];
  published: Span | null;
  /** Every dated value of the record, at its precision. */
  dates: Span[];
  /** The dated values with a settled role (breach-start, breach-end, discovered, disclosed). */
  roleDates: Span[];
  /** The record's breach start: its most precise breach-start date (the latest of equals). */
  start: Span | null;
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
  return {
    record,
    key,
    names: record.company ? nameKeys(record.company.name, record.company.aliases) : [],
    acronyms: [...new Set(all.map(acronym).filter((a): a is string => a !== null))].sort(),
    initials: [...new Set(all.flatMap(initials))].sort(),
    published: span(src.published),
    dates,
    roleDates,
    start,
  };
}

/** A normalised name in common. */
const sharesName = (a: Item, b: Item): boolean => a.names.some((n) => b.names.includes(n));

/** One is written as an acronym of the other's full name ('CDOT', 'Colorado Department of Transportation'). */
const abbreviates = (a: Item, b: Item): boolean => a.acronyms.some((x) => b.initials.includes(x));

/**
 * Near in time: the publication dates lie within the window, or a month- or day-precise date of one lies
 * within the window of a month- or day-precise date of the other. Year-only dates do not join records: a
 * later article recalls an earlier breach by its year ('in 2019 the firm was also hacked'); nor do dates
 * whose role the article left open ('other'), which are as often an earlier incident recalled.
 * A record with no date at all (no publication date either) is near nothing.
 */
export function nearInTime(a: Item, b: Item, windowDays: number): boolean {
  if (a.published && b.published && gap(a.published, b.published) <= windowDays) return true;
  const as = [...a.roleDates, ...(a.published ? [a.published] : [])].filter(fine);
  const bs = [...b.roleDates, ...(b.published ? [b.published] : [])].filter(fine);
  return as.some((x) => bs.some((y) => gap(x, y) <= windowDays));
}

const fine = (s: Span): boolean => s.precision !== 'year';

/**
 * Breach starts more than the tolerance apart: two incidents, however close the rest (unless the two
 * articles came out in one news cycle).
 */
export const startsDisagree = (a: Item, b: Item, toleranceDays: number): boolean =>
  !!a.start && !!b.start && gap(a.start, b.start) > toleranceDays
  && !(a.published && b.published && gap(a.published, b.published) <= NEWS_CYCLE_DAYS);

/** The pairwise test: same victim name, near in time, breach starts not in disagreement. */
export function sameIncident(a: Item, b: Item, options: MergeOptions = {}): boolean {
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const tolerance = options.startToleranceDays ?? DEFAULT_START_TOLERANCE_DAYS;
  return sharesName(a, b) && nearInTime(a, b, windowDays) && !startsDisagree(a, b, tolerance);
}

const sameByAcronym = (a: Item, b: Item, options: MergeOptions): boolean =>
  !sharesName(a, b) && abbreviates(a, b)
  && nearInTime(a, b, options.windowDays ?? DEFAULT_WINDOW_DAYS) && !startsDisagree(a, b, options.startToleranceDays ?? DEFAULT_START_TOLERANCE_DAYS);

/** Items (sorted by key) → clusters of items, each sorted by key, clusters sorted by their first key. */
export function cluster(items: Item[], options: MergeOptions = {}): Item[][] {
  const sorted = [...items].sort((a, b) => cmp(a.key, b.key));
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // only records that share a name key are compared
  const byName = new Map<string, number[]>();
  const index = (k: string, i: number) => byName.set(k, [...(byName.get(k) ?? []), i]);
  sorted.forEach((item, i) => item.names.forEach((n) => index(n, i)));
  const tested = new Set<string>();
  for (const group of [...byName.values()]) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const i = group[x]!;
        const j = group[y]!;
        const pair = `${i},${j}`;
        if (tested.has(pair)) continue;
        tested.add(pair);
        if (sameIncident(sorted[i]!, sorted[j]!, options)) parent[find(j)] = find(i);
      }
    }
  }
  // a victim written as an acronym joins the full-name records it abbreviates, when they are all one
  // victim; an acronym that fits two victims ('CDOT': Colorado's and California's transport
  // departments) joins neither
  const byInitials = new Map<string, number[]>();
  sorted.forEach((item, i) => item.initials.forEach((x) => byInitials.set(x, [...(byInitials.get(x) ?? []), i])));
  sorted.forEach((item, i) => {
    if (!item.acronyms.length) return;
    const candidates = [...new Set(item.acronyms.flatMap((x) => byInitials.get(x) ?? []))].sort((a, b) => a - b)
      .filter((j) => j !== i && sameByAcronym(item, sorted[j]!, options));
    if (!candidates.length) return;
    const oneVictim = candidates.every((j) => candidates.every((k) => j === k || sharesName(sorted[j]!, sorted[k]!)));
    if (oneVictim) for (const j of candidates) parent[find(j)] = find(i);
  });
  const components = new Map<number, Item[]>();
  sorted.forEach((item, i) => {
    const root = find(i);
    components.set(root, [...(components.get(root) ?? []), item]);
  });
  const tolerance = options.startToleranceDays ?? DEFAULT_START_TOLERANCE_DAYS;
  const out = [...components.values()].flatMap((c) => splitByStart(c, tolerance));
  for (const c of out) c.sort((a, b) => cmp(a.key, b.key));
  return out.sort((a, b) => cmp(a[0]!.key, b[0]!.key));
}

/**
 * A component joined through records whose breach starts disagree (March vs September, 2019 vs 2023) is
 * two incidents: the breach starts are chained into groups (each within the tolerance of the group so
 * far), every record with a start goes to its group, and every record without one to the group with the
 * nearest date (ties: the earlier group).
 */
export function splitByStart(component: Item[], toleranceDays: number): Item[][] {
  if (!component.some((a) => component.some((b) => startsDisagree(a, b, toleranceDays)))) return [component];
  const starts = component.filter((i) => i.start).sort((a, b) => a.start!.from - b.start!.from || a.start!.to - b.start!.to || cmp(a.key, b.key));
  const groups: { to: number; items: Item[] }[] = [];
  for (const item of starts) {
    const last = groups[groups.length - 1];
    if (last && item.start!.from - last.to <= toleranceDays) {
      last.items.push(item);
      last.to = Math.max(last.to, item.start!.to);
    } else groups.push({ to: item.start!.to, items: [item] });
  }
  if (groups.length <= 1) return [component];
  // a record without a start goes where its publication date is nearest (the news cycle it belongs to),
  // then where any of its dates is nearest
  const nearest = (item: Item, members: Item[], spans: (i: Item) => Span[]): number => {
    let best = Infinity;
    for (const m of members) for (const x of spans(item)) for (const y of spans(m)) best = Math.min(best, gap(x, y));
    return best;
  };
  const pub = (i: Item): Span[] => (i.published ? [i.published] : []);
  const all = (i: Item): Span[] => [...i.dates, ...pub(i)];
  const seeds = groups.map((g) => [...g.items]);
  for (const item of component) {
    if (item.start) continue;
    let at = 0;
    let best: [number, number] = [Infinity, Infinity];
    seeds.forEach((members, k) => {
      const d: [number, number] = [nearest(item, members, pub), nearest(item, members, all)];
      if (d[0] < best[0] || (d[0] === best[0] && d[1] < best[1])) [best, at] = [d, k];
    });
    groups[at]!.items.push(item);
  }
  return groups.map((g) => g.items);
}

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
