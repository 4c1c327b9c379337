// Compare a record with the hand-coded answers of fixtures/intended.json: each field given there must
// match; lists (dates, data, actors) must contain an item matching each listed one; notSources must
// not appear among sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncidentRecord } from '../../src/record.js';
import { FIXTURES_DIR } from './fixtures.js';

export type Intended = Record<string, unknown>;

export function loadIntended(): Record<string, Intended> {
  const all = JSON.parse(readFileSync(join(FIXTURES_DIR, 'intended.json'), 'utf8')) as Record<string, Intended>;
  delete all['//'];
  return all;
}

/** `want` (an object of some fields) is contained in `got`. */
function matches(got: unknown, want: unknown): boolean {
  if (want === null || typeof want !== 'object') return got === want;
  if (Array.isArray(want)) return Array.isArray(got) && want.length === got.length && want.every((w, i) => matches(got[i], w));
  if (got === null || typeof got !== 'object') return false;
  return Object.entries(want as Record<string, unknown>).every(([k, v]) => matches((got as Record<string, unknown>)[k], v));
}

const contains = (items: unknown[], want: unknown[]) => want.filter((w) => !items.some((item) => matches(item, w)));

/** Mismatches between a record and its intended answers, as readable lines. */
export function compareIntended(record: IncidentRecord, intended: Intended): string[] {
  const out: string[] = [];
  const show = (x: unknown) => JSON.stringify(x);
  for (const [field, want] of Object.entries(intended)) {
    switch (field) {
      case 'company': {
        const got = record.company ? [record.company.name, ...record.company.aliases] : null;
        if (want === null ? got !== null : !got?.includes(want as string)) out.push(`company: want ${show(want)}, got ${show(record.company?.name ?? null)}`);
        break;
      }
      case 'country':
        if ((record.company?.country ?? null) !== want) out.push(`country: want ${show(want)}, got ${show(record.company?.country ?? null)}`);
        break;
      case 'incidentTypes': {
        const missing = (want as string[]).filter((t) => !record.incidentTypes.includes(t as never));
        if (missing.length || ((want as string[]).length === 0 && record.incidentTypes.length)) out.push(`incidentTypes: want ${show(want)}, got ${show(record.incidentTypes)}`);
        break;
      }
      case 'published':
        if (record.source.published !== want) out.push(`published: want ${show(want)}, got ${show(record.source.published)}`);
        break;
      case 'affected':
      case 'dwell':
        if (!matches(record[field], want)) out.push(`${field}: want ${show(want)}, got ${show(record[field] && { ...record[field], evidence: undefined })}`);
        break;
      case 'dates':
      case 'data':
      case 'actors': {
        const items = record[field] as unknown[];
        if ((want as unknown[]).length === 0 && items.length) out.push(`${field}: want none, got ${items.length}`);
        for (const m of contains(items, want as unknown[])) out.push(`${field}: missing ${show(m)}`);
        break;
      }
      case 'isIncident':
        if (record.isIncident !== want) out.push(`isIncident: want ${show(want)}, got ${show(record.isIncident)}`);
        break;
      case 'notSources':
        for (const name of want as string[]) if (record.sources.some((s) => s.name === name)) out.push(`sources: ${show(name)} is not a source`);
        break;
      default:
        out.push(`intended.json: unknown field ${field}`);
    }
  }
  return out;
}
