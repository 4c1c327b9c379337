// Deterministic identifiers for the exports: UUIDv5 (RFC 9562 §5.5, SHA-1 of a namespace and a name)
// in our own namespace, so the same article exported twice gets the same ids and re-imports
// deduplicate. node:crypto gives SHA-1; the dozen lines below save a dependency for one function.
import { createHash } from 'node:crypto';
import type { IncidentRecord } from '../record.js';

/** breach-extract's UUIDv5 namespace (a fixed random UUID; never change it: every exported id hangs on it). */
export const BREACH_EXTRACT_NAMESPACE = 'c2b8142f-695d-4754-823b-7faaff016ac2';

/** UUIDv5 of `name` (UTF-8) in `namespace`. */
export function uuidv5(name: string, namespace: string = BREACH_EXTRACT_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new TypeError(`not a UUID: ${namespace}`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC variant
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * What names an article for its ids: its URL, else the id of an NDJSON input line, else its path; an
 * article read from stdin with none of these is named by its record (the same text gives the same record).
 */
export function sourceKey(record: IncidentRecord): string {
  const s = record.source;
  if (s.url) return `url:${s.url}`;
  if (s.id !== undefined) return `id:${s.id}`;
  if (s.path !== '-') return `path:${s.path}`;
  // the record without what --explain adds (why, explain) and without warnings: the same text, the same key
  const { warnings: _w, explain: _e, ...rest } = record;
  return `record:${JSON.stringify(rest, (k, v: unknown) => (k === 'why' ? undefined : v))}`;
}

/** The key of an incident told by one or more articles: their keys, sorted, so the order does not matter. */
export function incidentKey(records: readonly IncidentRecord[]): string {
  return [...new Set(records.map(sourceKey))].sort().join('\n');
}

/** One record or several (articles about one incident) as a list. */
export function asList(records: IncidentRecord | readonly IncidentRecord[]): readonly IncidentRecord[] {
  return Array.isArray(records) ? records : [records as IncidentRecord];
}
