// Sources on unseen text: credit forms the sources step missed on articles nobody tuned to (issue 11),
// in invented sentences with invented names (victim Northgate Logistics, outlets Carrick Leader and
// Harbour Radio). Classes: an outlet named after "told" whose name ends in a newspaper word the list
// lacked ("Leader", "Echo", "Star"); a wire agency; a broadcaster's station ("BBC Radio X"); words spoken
// on a broadcast; an outlet's questions answered; an outlet that exposed the lapse; a police force named
// by its place ("Harbourton police say"). Negatives: the same cues before people, customers or officials.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractSources, sameName } from '../../src/extract/sources.js';
import { findScope } from '../../src/extract/scope.js';
import type { Context } from '../../src/extract/types.js';
import type { SourceKind } from '../../src/record.js';
import { Explain } from '../../src/rules.js';

const VICTIM = 'Northgate Logistics';

function sourcesOf(body: string) {
  const doc = readDocument(`Freight operator hit by cyberattack\n\n${body}\n`, { format: 'txt' });
  const company = { name: VICTIM, aliases: [], country: null, sentences: [], mentions: [], victimRole: true };
  const ctx: Context = { published: '2024-03-04', warnings: [], explain: new Explain(true), company };
  return extractSources(doc, { ...ctx, company, scope: findScope(doc, company, '2024-03-04') });
}

const POSITIVE: Array<{ text: string; want: [string, SourceKind] }> = [
  { text: 'A spokesperson for Northgate Logistics told the Carrick Leader that the breach was fully contained.', want: ['Carrick Leader', 'news-outlet'] },
  { text: 'The depot manager told the Ferrybank Echo that no driver data was lost.', want: ['Ferrybank Echo', 'news-outlet'] },
  { text: 'Northgate Logistics told IANS on Tuesday that its systems were safe.', want: ['IANS', 'news-outlet'] },
  { text: 'In a reply to PTI, Northgate Logistics said the claims were unverified.', want: ['PTI', 'news-outlet'] },
  { text: 'Speaking on BBC Radio Kentshire this morning, the chief information officer said systems were back to normal.', want: ['BBC Radio Kentshire', 'news-outlet'] },
  { text: 'Answering questions from AFP news agency, the firm said it had lodged a complaint.', want: ['AFP', 'news-outlet'] },
  { text: 'Further lapses at Northgate Logistics were exposed by Der Spiegel magazine last month.', want: ['Der Spiegel', 'news-outlet'] },
  { text: 'Harbourton police say they are investigating the theft at Northgate Logistics.', want: ['Harbourton police', 'law-enforcement'] },
  { text: 'On Friday, Dutch police said two men had been held over the theft.', want: ['Dutch police', 'law-enforcement'] },
];

const NEGATIVE: Array<{ text: string; not: string }> = [
  { text: 'Speaking on condition of anonymity, a driver said the depot was closed.', not: 'condition' },
  { text: 'In response to questions from lawmakers, Northgate Logistics said it had hired investigators.', not: 'lawmakers' },
  { text: 'The chief executive told the Board of Directors that the breach was contained.', not: 'Board of Directors' },
  { text: 'Records exposed by Vexwing were later posted online, Northgate Logistics said.', not: 'Vexwing' },
  { text: 'The Northgate Logistics police liaison said two men had been held.', not: 'Logistics police' },
];

describe('sources on unseen credit forms', () => {
  for (const row of POSITIVE) {
    it(`credits ${row.want[0]}: "${row.text.slice(0, 80)}"`, () => {
      const found = sourcesOf(row.text).find((s) => sameName(s.name, row.want[0]));
      expect(found?.name).toBeDefined();
      expect(found?.kind).toBe(row.want[1]);
    });
  }
  for (const row of NEGATIVE) {
    it(`does not credit ${row.not}: "${row.text.slice(0, 80)}"`, () => {
      expect(sourcesOf(row.text).map((s) => s.name).filter((n) => n.toLowerCase().includes(row.not.toLowerCase()))).toEqual([]);
    });
  }
});
