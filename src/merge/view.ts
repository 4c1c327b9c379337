// The merged view of one incident: which articles tell it, and for every field the values they give,
// who supports each one (article, attribution, evidence), the best value, and where articles disagree.
import {
  ACTOR_KINDS, DATA_STATUSES, DATE_ROLES, INCIDENT_TYPES,
  type ActorKind, type AffectedUnit, type DataCategory, type DataStatus, type DateRole, type Evidence,
  type IncidentRecord, type IncidentType, type SourceKind,
} from '../record.js';
import { cmp } from './cluster.js';
import { normaliseName } from './name.js';
import { nested, precisionOf, span } from './time.js';

export const MERGE_SCHEMA_VERSION = 'merge-1';

export interface MergedArticle {
  path: string;
  url: string | null;
  title: string | null;
  published: string | null;
  id?: string;
}

/** One article's backing for a value: which article (index into `articles`), whom it credits, where. */
export interface Support {
  article: number;
  /** The phrase as the article wrote it, where the value came from a phrase. */
  text?: string;
  attributedTo: string[];
  evidence: Evidence[];
}

export interface Supported<T> {
  value: T;
  support: Support[];
}

export interface Conflict<T> {
  values: T[];
  reason: string;
}

export interface Field<T> {
  best: T | null;
  values: Supported<T>[];
  conflicts: Conflict<T>[];
}

export interface ListField<T> {
  best: T[];
  values: Supported<T>[];
  conflicts: Conflict<T>[];
}

export interface DataValue { category: DataCategory; subject: string | null; status: DataStatus }
export interface AffectedValue { count: number | null; unit: AffectedUnit; approximate?: boolean }
export interface DwellValue { start: string | null; end: string | null; days: { min: number | null; max: number | null }; basis: 'stated' | 'computed' }
export interface NamedValue<K> { name: string; kind: K }

export interface MergedIncident {
  schemaVersion: typeof MERGE_SCHEMA_VERSION;
  /** Stable id: the victim's normalised name and the incident's first date. */
  id: string;
  articles: MergedArticle[];
  victim: Field<string> & { aliases: string[] };
  country: Field<string>;
  incidentTypes: ListField<IncidentType>;
  dates: Record<DateRole, Field<string>>;
  dwell: Field<DwellValue>;
  data: ListField<DataValue>;
  affected: Field<AffectedValue>;
  actors: ListField<NamedValue<ActorKind>>;
  sources: ListField<NamedValue<SourceKind>>;
  /** Every field with a conflict, for a quick look ('affected', 'dates.breach-start', 'data', …). */
  conflicted: string[];
  /** With --explain: the rule that joined each article to the incident (article indices, smaller first). */
  joins?: MergeJoin[];
}

export interface MergeJoin {
  articles: [number, number];
  why: { rule: string; reason: string };
}

interface Collected<T> {
  value: T;
  key: string;
  support: Support[];
}

/** Gathers values by key, in article order; each value's support lists its articles in order. */
class Collector<T> {
  readonly map = new Map<string, Collected<T>>();
  add(key: string, value: T, support: Support): void {
    const at = this.map.get(key) ?? { value, key, support: [] };
    at.support.push(support);
    this.map.set(key, at);
  }
  /** Sorted by key, so the output does not depend on which article came first. */
  list(): Collected<T>[] {
    return [...this.map.values()].sort((a, b) => cmp(a.key, b.key));
  }
}

const distinctArticles = (c: Collected<unknown>): number => new Set(c.support.map((s) => s.article)).size;

/** Most precise, then most supported (distinct articles), then latest (newest supporting article), then key. */
function rank<T>(values: Collected<T>[], precision: (v: T) => number, latest: (c: Collected<T>) => string): Collected<T>[] {
  return [...values].sort((a, b) =>
    precision(b.value) - precision(a.value)
    || distinctArticles(b) - distinctArticles(a)
    || cmp(latest(b), latest(a))
    || cmp(a.key, b.key));
}

const supported = <T>(c: Collected<T>): Supported<T> => ({ value: c.value, support: c.support });

/** Build the merged view of records already known to tell one incident. */
export function mergeView(records: IncidentRecord[], id: string): MergedIncident {
  // articles: one per record, in a stable order
  const articles: MergedArticle[] = records.map((r) => {
    const a: MergedArticle = { path: r.source.path, url: r.source.url, title: r.source.title, published: r.source.published };
    if (r.source.id !== undefined) a.id = r.source.id;
    return a;
  });
  const published = (c: Collected<unknown>): string => c.support.map((s) => articles[s.article]!.published ?? '').sort().pop() ?? '';

  const names = new Collector<string>();
  const aliases = new Set<string>();
  const countries = new Collector<string>();
  const types = new Collector<IncidentType>();
  const dates = Object.fromEntries(DATE_ROLES.map((r) => [r, new Collector<string>()])) as Record<DateRole, Collector<string>>;
  const dwell = new Collector<DwellValue>();
  const data = new Collector<DataValue>();
  const affected = new Collector<AffectedValue>();
  const actors = new Collector<NamedValue<ActorKind>>();
  const sources = new Collector<NamedValue<SourceKind>>();

  records.forEach((r, article) => {
    const co = r.company;
    if (co) {
      names.add(co.name, co.name, { article, attributedTo: [], evidence: co.evidence });
      for (const a of co.aliases) aliases.add(a);
      if (co.country) countries.add(co.country, co.country, { article, attributedTo: [], evidence: co.evidence });
    }
    for (const t of r.incidentTypes) types.add(t, t, { article, attributedTo: [], evidence: [] });
    for (const d of r.dates) {
      if (d.value) dates[d.role].add(d.value, d.value, { article, text: d.text, attributedTo: d.attributedTo, evidence: [d.evidence] });
    }
    if (r.dwell) {
      const v: DwellValue = { start: r.dwell.start, end: r.dwell.end, days: { min: r.dwell.days.min, max: r.dwell.days.max }, basis: r.dwell.basis };
      const s: Support = { article, attributedTo: [], evidence: r.dwell.evidence ? [r.dwell.evidence] : [] };
      if (r.dwell.text) s.text = r.dwell.text;
      dwell.add(JSON.stringify(v), v, s);
    }
    for (const d of r.data) {
      const v: DataValue = { category: d.category, subject: d.subject, status: d.status };
      data.add(`${d.category}\u0000${d.subject ?? ''}\u0000${DATA_STATUSES.indexOf(d.status)}`, v, { article, text: d.text, attributedTo: d.attributedTo, evidence: [d.evidence] });
    }
    if (r.affected) {
      const v: AffectedValue = { count: r.affected.count, unit: r.affected.unit };
      if (r.affected.approximate) v.approximate = true;
      affected.add(JSON.stringify(v), v, { article, text: r.affected.text, attributedTo: [], evidence: [r.affected.evidence] });
    }
    for (const x of r.actors) actors.add(`${normaliseName(x.name) || x.name}`, { name: x.name, kind: x.kind }, { article, attributedTo: [], evidence: [x.evidence] });
    for (const x of r.sources) sources.add(`${normaliseName(x.name) || x.name}`, { name: x.name, kind: x.kind }, { article, attributedTo: [], evidence: x.evidence });
  });

  const flat = () => 0;
  // victim: the most supported spelling
  const victimRanked = rank(names.list(), flat, published);
  const bestName = victimRanked[0]?.value ?? null;
  const victim = {
    best: bestName,
    values: names.list().map(supported),
    conflicts: [] as Conflict<string>[],
    aliases: [...new Set([...aliases, ...names.list().map((c) => c.value)])].filter((a) => a !== bestName).sort(cmp),
  };

  const countryList = countries.list();
  const country: Field<string> = {
    best: rank(countryList, flat, published)[0]?.value ?? null,
    values: countryList.map(supported),
    conflicts: countryList.length > 1 ? [{ values: countryList.map((c) => c.value), reason: 'articles place the victim in different countries' }] : [],
  };

  const typeList = types.list();
  const incidentTypes: ListField<IncidentType> = {
    best: typeList.map((c) => c.value).sort((a, b) => INCIDENT_TYPES.indexOf(a) - INCIDENT_TYPES.indexOf(b)),
    values: typeList.map(supported),
    conflicts: [],
  };

  const dateFields = Object.fromEntries(DATE_ROLES.map((role) => {
    const list = dates[role].list();
    const ranked = rank(list, precisionOf, published);
    // values that do not nest (neither refines the other) disagree; 'other' dates are too loose to judge
    const clash = role === 'other' ? [] : list.filter((a) => list.some((b) => a !== b && !nested(span(a.value)!, span(b.value)!)));
    const field: Field<string> = {
      best: ranked[0]?.value ?? null,
      values: list.map(supported),
      conflicts: clash.length ? [{ values: clash.map((c) => c.value), reason: `articles give ${role} dates that do not overlap` }] : [],
    };
    return [role, field];
  })) as Record<DateRole, Field<string>>;

  const dwellList = dwell.list();
  const width = (v: DwellValue) => (v.days.min !== null && v.days.max !== null ? -(v.days.max - v.days.min) : -Infinity);
  const dwellRanked = rank(dwellList, (v) => (Number.isFinite(width(v)) ? 1e6 + width(v) : 0), published);
  const dwellField: Field<DwellValue> = {
    best: dwellRanked[0]?.value ?? null,
    values: dwellList.map(supported),
    conflicts: disjointDwell(dwellList.map((c) => c.value)),
  };

  // data: one best item per category+subject; 'reported' then 'confirmed' is progress, denied vs
  // confirmed or reported is a conflict
  const dataList = data.list();
  const statusRank: Record<DataStatus, number> = { confirmed: 3, denied: 3, reported: 2, possible: 1 };
  const byItem = new Map<string, Collected<DataValue>[]>();
  for (const c of dataList) {
    const k = `${c.value.category}\u0000${c.value.subject ?? ''}`;
    byItem.set(k, [...(byItem.get(k) ?? []), c]);
  }
  const dataBest: DataValue[] = [];
  const dataConflicts: Conflict<DataValue>[] = [];
  for (const k of [...byItem.keys()].sort(cmp)) {
    const group = byItem.get(k)!;
    dataBest.push(rank(group, (v) => statusRank[v.status], published)[0]!.value);
    const denied = group.filter((c) => c.value.status === 'denied');
    const claimed = group.filter((c) => c.value.status === 'confirmed' || c.value.status === 'reported');
    if (denied.length && claimed.length) dataConflicts.push({ values: [...claimed, ...denied].map((c) => c.value), reason: 'one article says these data were taken, another that they were not' });
  }
  const dataField: ListField<DataValue> = { best: dataBest, values: dataList.map(supported), conflicts: dataConflicts };

  const affectedList = affected.list();
  const countPrecision = (v: AffectedValue): number => (v.count === null ? 0 : (v.approximate ? 1 : 2) * 100 + significantDigits(v.count));
  const counts = [...new Set(affectedList.filter((c) => c.value.count !== null).map((c) => c.value.count!))].sort((a, b) => a - b);
  const affectedField: Field<AffectedValue> = {
    best: rank(affectedList, countPrecision, published)[0]?.value ?? null,
    values: affectedList.map(supported),
    conflicts: counts.length > 1
      ? [{ values: affectedList.filter((c) => c.value.count !== null).map((c) => c.value).sort((a, b) => a.count! - b.count!), reason: 'articles give different counts' }]
      : [],
  };

  const named = <K extends string>(c: Collector<NamedValue<K>>, kinds?: readonly K[]): ListField<NamedValue<K>> => {
    const list = c.list();
    return {
      best: rank(list, flat, published).map((x) => x.value).sort((a, b) => (kinds ? kinds.indexOf(a.kind) - kinds.indexOf(b.kind) : 0)),
      values: list.map(supported),
      conflicts: [],
    };
  };

  const incident: MergedIncident = {
    schemaVersion: MERGE_SCHEMA_VERSION,
    id,
    articles,
    victim,
    country,
    incidentTypes,
    dates: dateFields,
    dwell: dwellField,
    data: dataField,
    affected: affectedField,
    actors: named(actors, ACTOR_KINDS),
    sources: named(sources),
    conflicted: [],
  };
  incident.conflicted = [
    ...(['victim', 'country', 'incidentTypes', 'dwell', 'data', 'affected', 'actors', 'sources'] as const).filter((f) => incident[f].conflicts.length),
    ...DATE_ROLES.filter((r) => incident.dates[r].conflicts.length).map((r) => `dates.${r}`),
  ].sort(cmp);
  return incident;
}

function significantDigits(n: number): number {
  return String(n).replace(/0+$/, '').length;
}

/** Dwell ranges that cannot both hold (one's maximum below the other's minimum). */
function disjointDwell(values: DwellValue[]): Conflict<DwellValue>[] {
  const clash = values.filter((a) => values.some((b) => a !== b && a.days.min !== null && b.days.max !== null && a.days.min > b.days.max));
  const other = values.filter((b) => !clash.includes(b) && values.some((a) => a.days.min !== null && b.days.max !== null && a.days.min > b.days.max));
  return clash.length ? [{ values: [...other, ...clash], reason: 'articles give dwell times that cannot both be true' }] : [];
}
