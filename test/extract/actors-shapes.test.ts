// Actors, session 15: the shape of a name as a cue reads it. Every sentence is invented; the known family names are
// general knowledge (LockBit, Conti), the others (Glassfrog, Velvetine, Redwater, Northgate Logistics) are made up.
// - a known family with its release number ("LockBit 3.0 ransomware") is the known family: the number is the
//   strain's, and the name is read as cued even when it stands past the lead (tuning: F, H, R);
// - a possessive ends a name read after its cue ("the group Velvetine’s 2 TB dump" names Velvetine, not "Velvetine’s 2 TB")
//   and opens one read before it (I);
// - an adverb that opens a sentence before a comma ("Afterwards, a hacktivist crew ...") is no name an appositive describes (K).
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractActors } from '../../src/extract/actors.js';
import { extractSources } from '../../src/extract/sources.js';
import { IncidentScope } from '../../src/extract/scope.js';
import { Explain } from '../../src/rules.js';
import { victim } from '../helpers/context.js';

/** The actors of an article: a headline, six plain lead sentences, then the given paragraph (past the lead) or only it. */
function actorsOf(body: string, pastLead = false) {
  const lead = pastLead
    ? 'Northgate Logistics said its depots were disrupted on Sunday. Staff were told to stay home. The firm called in experts. Police were informed. Customers were warned by email. Deliveries were delayed for two days.\n\n'
    : '';
  const doc = readDocument(`Freight operator hit by cyberattack\n\n${lead}${body}\n`, { format: 'txt', published: '2024-05-10' });
  const base = { published: '2024-05-10', warnings: [], explain: new Explain(true), company: victim('Northgate Logistics', []) };
  const scope = IncidentScope.none();
  return extractActors(doc, { ...base, scope, sources: extractSources(doc, { ...base, scope }) }).map((a) => a.name);
}

interface Row { text: string; pastLead?: boolean; want?: string; none?: string; open?: string }
const ROWS: Row[] = [
  // a known family with a release number, past the lead: read as a cued name
  { text: 'Investigators said Northgate Logistics was struck by the LockBit 3.0 ransomware, which spread through its depots.', pastLead: true, want: 'LockBit' },
  { text: 'According to a local paper, the firm was hit by the Conti 2 ransomware and has not paid.', pastLead: true, want: 'Conti' },
  { text: 'The files were encrypted with LockBit v3 ransomware, the firm said.', want: 'LockBit' },
  // an unknown strain with a number stays a strain; a known family named only as a product past the lead stays aside
  { text: 'Investigators said the depots were struck by the Glassfrog 2.0 ransomware on Sunday.', pastLead: true, none: 'Glassfrog' },
  { text: 'A vendor later sold a LockBit 3.0 decryptor kit to other firms for a fee.', pastLead: true, none: 'LockBit' },
  // a possessive ends the name read after the cue
  { text: 'The breach rivals notorious ransomware group Velvetine’s 2 TB dump of a studio last winter.', want: 'Velvetine', none: 'TB' },
  { text: 'The hacking group Redwater’s leak site listed Northgate Logistics on Monday.', want: 'Redwater', none: 'leak' },
  // a sentence adverb before an appositive
  { text: 'Afterwards, a hacktivist crew calling itself Redwater boasted of the outage on a forum.', want: 'Redwater', none: 'Afterwards' },
  { text: 'Afterwards, a hacktivist crew, Redwater, took credit for the outage.', none: 'Afterwards' },
  { text: 'Meanwhile, a ransomware gang called Velvetine listed the firm on its leak site.', want: 'Velvetine', none: 'Meanwhile' },
];

describe('actor name shapes (session 15)', () => {
  for (const row of ROWS) {
    const label = `${row.want ? `names ${row.want}` : ''}${row.want && row.none ? ', ' : ''}${row.none ? `not ${row.none}` : ''}: ${row.text}`;
    (row.open ? it.fails : it)(label, () => {
      const got = actorsOf(row.text, row.pastLead);
      if (row.want) expect(got.some((n) => n.split('/').some((x) => x.toLowerCase() === row.want!.toLowerCase())), JSON.stringify(got)).toBe(true);
      if (row.none) expect(got.filter((n) => n.toLowerCase().includes(row.none!.toLowerCase())), JSON.stringify(got)).toEqual([]);
    });
  }
});
