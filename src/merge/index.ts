// `breach-extract merge`: records of many articles → one merged incident per incident.
import type { IncidentRecord } from '../record.js';
import { cluster, cmp, toItem, type Item, type Join, type MergeOptions } from './cluster.js';
import { mergeView, type MergedIncident, type MergeJoin } from './view.js';
import { distinctive } from './words.js';

export { DEFAULT_WINDOW_DAYS, DEFAULT_START_TOLERANCE_DAYS, joinedBy, sameIncident, type MergeOptions } from './cluster.js';
export { MERGE_RULES, type MergeRule } from './rules.js';
export { normaliseName, nameKeys } from './name.js';
export { mergeView, MERGE_SCHEMA_VERSION } from './view.js';
export type { MergeJoin, MergedIncident, MergedArticle, Field, ListField, Support, Supported, Conflict } from './view.js';

/** Records about a specific incident at a named victim take part; the others stay out. */
export const mergeable = (r: IncidentRecord): boolean => r.isIncident && !!r.company && !!r.company.name;

/**
 * Records the clustering reads: every incident record. One without a named victim joins an incident only
 * through its headline naming that incident's victim (rule headline-names-victim); alone it stays out.
 */
const joinable = (r: IncidentRecord): boolean => r.isIncident;

/**
 * Group records into incidents and build each one's merged view. The output is the same, byte for byte,
 * whatever order the records come in (identical records count once).
 */
export function mergeRecords(records: IncidentRecord[], options: MergeOptions = {}): MergedIncident[] {
  return mergeGroups(records, options).map((g) => g.incident);
}

/** The merged incidents with the records each one was built from (in the incident's article order). */
export function mergeGroups(records: IncidentRecord[], options: MergeOptions = {}): { incident: MergedIncident; records: IncidentRecord[] }[] {
  const seen = new Set<string>();
  const items: Item[] = [];
  for (const r of records.filter(joinable)) {
    const item = toItem(r);
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    items.push(item);
  }
  const joins: Join[] | undefined = options.explain ? [] : undefined;
  const clusters = cluster(items, options, joins).filter((c) => c.some((i) => mergeable(i.record)));
  const ids = new Map<string, number>();
  const groups = clusters.map((c) => {
    const base = incidentId(c);
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    const members = c.map((i) => i.record);
    const incident = mergeView(members, n === 1 ? base : `${base}-${n}`);
    if (joins) {
      const at = new Map(c.map((item, k) => [item, k]));
      incident.joins = joins.filter((j) => at.has(j.a) && at.has(j.b))
        .map((j): MergeJoin => {
          const [x, y] = [at.get(j.a)!, at.get(j.b)!].sort((p, q) => p - q) as [number, number];
          return { articles: [x, y], why: { rule: `merge.${j.rule.id}`, reason: j.rule.reason } };
        })
        .sort((p, q) => p.articles[1] - q.articles[1] || p.articles[0] - q.articles[0]);
    }
    return { incident, records: members };
  });
  return groups.sort((a, b) => cmp(firstDate(a.incident), firstDate(b.incident)) || cmp(a.incident.id, b.incident.id));
}

/** A record of its own, as a merged incident (the HTML report shows single records this way). */
export function singleView(record: IncidentRecord): MergedIncident {
  return mergeView([record], incidentId([toItem(record)]));
}

/** '<victim key with dashes>/<first publication date or "undated">'. */
function incidentId(items: Item[]): string {
  // the name most of its records give (a distinctive one before a generic one), then the longest
  const count = new Map<string, number>();
  for (const i of items) for (const n of i.names) count.set(n, (count.get(n) ?? 0) + (distinctive(n) ? 1000 : 1));
  const name = [...count].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || cmp(a[0], b[0]))[0]?.[0] ?? 'unknown';
  const key = name.replace(/ /g, '-');
  const when = items.map((i) => i.record.source.published).filter((p): p is string => !!p).sort(cmp)[0] ?? 'undated';
  return `${key}/${when}`;
}

/** The incident's earliest publication date (its place in the output). */
const firstDate = (m: MergedIncident): string => m.articles.map((a) => a.published ?? '9999').sort(cmp)[0] ?? '9999';
