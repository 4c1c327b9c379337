// Invented incident records for the merge tests: a few fields set, the rest as the extractor leaves them.
import type { DataStatus, DateRole, IncidentRecord } from '../../src/record.js';

const ev = (quote: string, line = 3) => ({ quote, line, column: 1, offset: line * 40 });

export interface Spec {
  path: string;
  published: string | null;
  victim?: string | null;
  aliases?: string[];
  country?: string;
  incident?: boolean;
  dates?: [DateRole, string][];
  count?: number | null;
  approximate?: boolean;
  data?: [string, DataStatus][];
  sources?: string[];
  title?: string;
}

export function rec(s: Spec): IncidentRecord {
  const victim = s.victim === undefined ? 'Harbourline Freight' : s.victim;
  return {
    schemaVersion: '1',
    source: { path: s.path, title: s.title ?? `${victim ?? 'Someone'} reports a breach`, url: `https://news.example/${s.path}`, published: s.published, publishedFrom: s.published ? 'front-matter' : null, format: 'md' },
    isIncident: s.incident ?? true,
    company: victim ? { name: victim, aliases: s.aliases ?? [], country: s.country ?? null, evidence: [ev(`${victim} said its systems were breached.`, 2)] } : null,
    incidentTypes: ['unauthorized-access'],
    dates: (s.dates ?? []).map(([role, value], i) => ({ role, value, text: `on ${value}`, attributedTo: [], evidence: ev(`Something happened on ${value}.`, 4 + i) })),
    dwell: null,
    data: (s.data ?? []).map(([category, status]) => ({ category: category as 'personal', subject: 'customers', text: `${category} details`, status, attributedTo: [], evidence: ev(`The ${category} details of customers were involved.`, 9) })),
    affected: s.count === undefined ? null : { count: s.count, unit: 'people', text: `${s.count ?? 'thousands of'} customers`, ...(s.approximate ? { approximate: true } : {}), evidence: ev('Customers were affected.', 8) },
    actors: [],
    sources: (s.sources ?? []).map((name) => ({ name, kind: 'news-outlet' as const, evidence: [ev(`according to ${name}`, 10)] })),
    warnings: [],
  };
}

/** A deterministic shuffle (so a failing order can be replayed). */
export function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let x = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
