// Which records report the same incident. Order-independent by construction: the pairwise rows
// (rules.ts) look at two records only (the one-victim check at all a record's candidates, whatever their
// order), the clusters are the connected components of that relation, a component whose breach-start dates
// disagree is split by those dates, and the incident rows then join whole incidents, each into at most one
// other. Nothing depends on the order records arrive in.
import { nameHeadlines, toItem, type Item } from './item.js';
import { DEFAULT_START_TOLERANCE_DAYS, DEFAULT_WINDOW_DAYS, MERGE_RULES, NEWS_CYCLE_DAYS, sharesName, type MergeRule } from './rules.js';
import { gap, type Span } from './time.js';

export { toItem, type Item };
export { DEFAULT_START_TOLERANCE_DAYS, DEFAULT_WINDOW_DAYS, NEWS_CYCLE_DAYS, nearInTime } from './rules.js';

export interface MergeOptions {
  /** Add to each merged incident the rule that joined each of its records (`joins`). */
  explain?: boolean;
  /** Days two time anchors may lie apart and still be one incident (default 60). */
  windowDays?: number;
  /** Days two breach-start dates may disagree before they are two incidents (default 31). */
  startToleranceDays?: number;
}

/**
 * Breach starts more than the tolerance apart: two incidents, however close the rest (unless the two
 * articles came out in one news cycle: then the articles disagree about one incident, shown as a conflict).
 */
export const startsDisagree = (a: Item, b: Item, toleranceDays: number): boolean =>
  !!a.start && !!b.start && gap(a.start, b.start) > toleranceDays
  && !(a.published && b.published && gap(a.published, b.published) <= NEWS_CYCLE_DAYS);

/** The first row of MERGE_RULES that joins the two records, either way round; null when none does. */
export function joinedBy(a: Item, b: Item, options: MergeOptions = {}): MergeRule | null {
  const w = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  if (startsDisagree(a, b, options.startToleranceDays ?? DEFAULT_START_TOLERANCE_DAYS)) return null;
  return PAIR_RULES.find((r) => r.test(a, b, w) || r.test(b, a, w)) ?? null;
}

/** The pairwise test (without the one-victim check the clustering adds for the looser rows). */
export const sameIncident = (a: Item, b: Item, options: MergeOptions = {}): boolean => joinedBy(a, b, options) !== null;

const MAX_HEADLINE_NAME_WORDS = 6;
const PAIR_RULES = MERGE_RULES.filter((r) => !r.incidents);
const INCIDENT_RULES = MERGE_RULES.filter((r) => r.incidents);

/** All the records of one incident read as one item: every name, date and headline cue of any of them. */
export function combine(items: Item[]): Item {
  const pubs = items.map((i) => i.published).filter((p): p is Span => p !== null);
  const union = <T>(f: (i: Item) => T[]): T[] => [...new Set(items.flatMap(f))];
  return {
    ...items[0]!,
    names: union((i) => i.names).sort(),
    distinct: union((i) => i.distinct).sort(),
    shortForms: union((i) => i.shortForms).sort(),
    acronyms: union((i) => i.acronyms).sort(),
    initials: union((i) => i.initials).sort(),
    named: union((i) => i.named).sort(),
    headAcronyms: union((i) => i.headAcronyms).sort(),
    sequel: items.filter((i) => i.sequel).length * 2 > items.length,
    repeat: items.some((i) => i.repeat),
    nameWords: new Set(union((i) => [...i.nameWords])),
    words: new Set(union((i) => [...i.words])),
    namesOwnVictim: items.some((i) => i.namesOwnVictim),
    published: pubs.length ? { from: Math.min(...pubs.map((p) => p.from)), to: Math.max(...pubs.map((p) => p.to)), precision: 'day' } : null,
    dates: union((i) => i.dates),
    roleDates: union((i) => i.roleDates),
    starts: union((i) => i.starts),
  };
}

/** Why two records are in one incident: the row that joined them (with --explain). */
export interface Join {
  a: Item;
  b: Item;
  rule: MergeRule;
}

/**
 * Items → clusters of items, each sorted by key, clusters sorted by their first key. `joins`, when given,
 * receives the joins that built the clusters (one per record after the first of each incident; a join
 * later undone by a split on breach starts is left out).
 */
export function cluster(items: Item[], options: MergeOptions = {}, joins?: Join[]): Item[][] {
  const w = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const tolerance = options.startToleranceDays ?? DEFAULT_START_TOLERANCE_DAYS;
  const sorted = [...items].sort((a, b) => cmp(a.key, b.key));
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const edges: [number, number, MergeRule][] = [];
  const union = (i: number, j: number, rule: MergeRule) => {
    const [x, y] = [find(i), find(j)];
    if (x !== y) {
      parent[Math.max(x, y)] = Math.min(x, y);
      edges.push([i, j, rule]);
    }
  };
  const index = (map: Map<string, number[]>, k: string, i: number) => {
    const list = map.get(k);
    if (list) { if (list[list.length - 1] !== i) list.push(i); } else map.set(k, [i]);
  };
  const byName = new Map<string, number[]>();
  const byFirstWord = new Map<string, number[]>();
  const byInitials = new Map<string, number[]>();
  sorted.forEach((item, i) => {
    for (const n of item.names) index(byName, n, i);
    for (const n of item.names) index(byFirstWord, n.split(' ')[0]!, i);
    for (const x of item.initials) index(byInitials, x, i);
  });
  nameHeadlines(sorted, new Set(byName.keys()), MAX_HEADLINE_NAME_WORDS);
  // the records each record could join: a name in common, a longer name its name begins, a full name its
  // acronym spells, a name (or an acronym) its headline holds
  const candidates = (item: Item): number[] => {
    const out = new Set<number>();
    const add = (list: number[] | undefined) => { for (const j of list ?? []) out.add(j); };
    for (const n of [...item.names, ...item.named]) add(byName.get(n));
    for (const n of item.shortForms) add(byFirstWord.get(n.split(' ')[0]!));
    for (const x of [...item.acronyms, ...item.headAcronyms]) { add(byInitials.get(x)); add(byName.get(x)); }
    return [...out].sort((x, y) => x - y);
  };
  sorted.forEach((item, i) => {
    // the looser rows: all the records this one joins through them must be one victim
    const loose: [number, MergeRule][] = [];
    for (const j of candidates(item)) {
      if (j === i) continue;
      const other = sorted[j]!;
      if (startsDisagree(item, other, tolerance)) continue;
      const strict = PAIR_RULES.find((r) => !r.oneVictim && (r.test(item, other, w) || r.test(other, item, w)));
      const looser = strict ? undefined : PAIR_RULES.find((r) => r.oneVictim && r.test(item, other, w));
      if (strict) union(i, j, strict);
      else if (looser) loose.push([j, looser]);
    }
    const oneVictim = loose.every(([j]) => loose.every(([k]) => j === k || sharesName(sorted[j]!, sorted[k]!)));
    if (oneVictim) for (const [j, rule] of loose) union(i, j, rule);
  });
  const components = new Map<number, Item[]>();
  sorted.forEach((item, i) => {
    const root = find(i);
    components.set(root, [...(components.get(root) ?? []), item]);
  });
  const split = [...components.values()].flatMap((c) => splitByStart(c, tolerance));
  const joinsFound: Join[] = [];
  if (joins) {
    const home = new Map<Item, number>();
    split.forEach((c, k) => c.forEach((it) => home.set(it, k)));
    for (const [i, j, rule] of edges) if (home.get(sorted[i]!) === home.get(sorted[j]!)) joinsFound.push({ a: sorted[i]!, b: sorted[j]!, rule });
  }
  for (const c of split) c.sort((a, b) => cmp(a.key, b.key));
  split.sort((a, b) => cmp(a[0]!.key, b[0]!.key));
  // then whole incidents: a sequel joins the one earlier incident it recalls
  const whole = split.map(combine);
  const into = split.map((_, k) => k);
  whole.forEach((a, k) => {
    const targets = whole.map((b, t) => (t !== k && INCIDENT_RULES.some((r) => r.test(a, b, w)) ? t : -1)).filter((t) => t >= 0);
    if (targets.length === 1) {
      into[k] = targets[0]!;
      const rule = INCIDENT_RULES.find((r) => r.test(a, whole[targets[0]!]!, w))!;
      joinsFound.push({ a: split[k]![0]!, b: split[targets[0]!]![0]!, rule });
    }
  });
  const root = (k: number, seen = new Set<number>()): number => (into[k] === k || seen.has(k) ? k : (seen.add(k), root(into[k]!, seen)));
  const joined = new Map<number, Item[]>();
  split.forEach((c, k) => {
    const r = root(k);
    joined.set(r, [...(joined.get(r) ?? []), ...c]);
  });
  const out = [...joined.values()];
  for (const c of out) c.sort((a, b) => cmp(a.key, b.key));
  joins?.push(...joinsFound);
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
