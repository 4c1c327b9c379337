// The incident step's test harness, shared by the type batteries: an invented article (a headline over
// paragraphs) run through the company, scope and incident steps, and the rows that describe it.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractCompany } from '../../src/extract/company.js';
import { extractIncident } from '../../src/extract/incident.js';
import { findScope } from '../../src/extract/scope.js';
import { stepContext } from './context.js';
import type { IncidentType } from '../../src/record.js';

const PUBLISHED = '2024-05-10';

/** The incident finding for an article given as its headline and paragraphs. */
export const runIncident = (headline: string, ...paragraphs: string[]) => {
  const doc = readDocument([headline, ...paragraphs].join('\n\n') + '\n', { format: 'txt', published: PUBLISHED });
  const ctx = stepContext(PUBLISHED);
  ctx.company = extractCompany(doc, ctx);
  ctx.scope = findScope(doc, ctx.company, PUBLISHED);
  return extractIncident(doc, ctx);
};

/** One battery row: the article, and whether its types should include `type`; `gap` marks a known miss. */
export interface TypeRow { type: IncidentType; has: boolean; article: [string, ...string[]]; gap?: boolean }
export const yes = (type: IncidentType, headline: string, ...paragraphs: string[]): TypeRow => ({ type, has: true, article: [headline, ...paragraphs] });
export const no = (type: IncidentType, headline: string, ...paragraphs: string[]): TypeRow => ({ type, has: false, article: [headline, ...paragraphs] });

/** A plain intrusion at the victim, to set a negative sentence in an incident story. */
export const BASE = (victim: string) => `Hackers broke into the customer database of ${victim} last week and copied account records.`;

/** One test per row, named by what it asserts: the article's types hold (or lack) the row's type; a `gap` row is a known miss. */
export function typeTable(name: string, rows: TypeRow[]): void {
  describe(name, () => {
    for (const row of rows) {
      const label = `${row.has ? 'has' : 'lacks'} ${row.type}: "${row.article.slice(1).join(' ').slice(0, 90) || row.article[0]}"`;
      (row.gap ? it.fails : it)(label, () => {
        const { types } = runIncident(...row.article);
        if (row.has) expect(types).toContain(row.type);
        else expect(types).not.toContain(row.type);
      });
    }
  });
}
