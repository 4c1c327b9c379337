// Victim, country and incident classes of session 11, each shown with invented articles: positives the
// extractor must read and negatives it must not. Rows marked `open` are expected failures (no rule yet).
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractCompany } from '../../src/extract/company.js';
import { extract } from '../../src/extract/index.js';
import type { Context } from '../../src/extract/types.js';
import { Explain } from '../../src/rules.js';

const ctx = (): Context => ({ published: '2024-05-10', warnings: [], explain: new Explain(true) });
const victim = (headline: string, ...paragraphs: string[]) =>
  extractCompany(readDocument([headline, ...paragraphs].join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' }), ctx());
const incident = (headline: string, ...paragraphs: string[]) =>
  extract([headline, ...paragraphs].join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' }).isIncident;

type Row = [want: string | null, headline: string, ...paragraphs: string[]];

function battery(rows: Row[], open: ReadonlySet<number> = new Set()) {
  rows.forEach(([want, headline, ...paragraphs], i) => {
    const run = () => {
      const found = victim(headline, ...paragraphs);
      if (want === null) expect(found).toBeNull();
      else expect([found?.name, ...(found?.aliases ?? [])]).toContain(want);
    };
    if (open.has(i)) it.fails(`[open] ${want}: ${headline}`, run);
    else it(`${want}: ${headline}`, run);
  });
}

describe('a system told again and again in a technical passage does not outscore the organisation', () => {
  battery([
    ['Dunmore Institute of Art', 'Important security notice',
      '3 May 2024 | Dana Pike, Registrar',
      'Dear students and staff',
      'I am writing about a security issue which involves information you gave to the Dunmore Institute of Art (DIA).',
      'We became aware of it last week.',
      'On 3 May, the technology team saw that malware had reached a lone Ledger machine.',
      'The Ledger held names and email addresses.',
      'For DIA staff: full name and staff number.',
      'As a result, DIA has taken these steps:',
      '• the affected machine has been isolated',
      '• a full review of Ledger access controls is under way',
      '• we will restore, or rebuild, our Ledger',
      '• the Ledger will move to a new server'],
    ['Orrin Textiles', 'Systems restored after cyber incident',
      'Staff at Orrin Textiles returned to work on Monday.', 'Orrin Textiles thanked its staff.',
      'Orrin Textiles expects orders to ship on Friday.', 'Orrin Textiles has 400 workers.'],
  ]);
});

describe('a term a document defines with an article stands for the name before it', () => {
  battery([
    ['Fenwick Data Pte Ltd', 'Fenwick Data Pte Ltd [2025] decision',
      'Fenwick Data Pte Ltd (the "Organization") is a software company that sells till systems.',
      'On 3 May, the Organization notified the regulator of a data breach incident.',
      'A threat actor gained unauthorized access to the Organization\'s database through a flawed link.',
      'The Organization later changed its database passwords.'],
    ['Harlow Estates Limited', 'Undertaking by Harlow Estates Limited & Ors',
      'Harlow Land Pte. Ltd. notified the regulator of a ransomware attack that encrypted data on its systems (the “Incident”). The Incident also affected Harlow Estates Limited, Harlow View Pte. Ltd. (the “Organisations”).',
      'The threat actor gained access to the Organisations’ system via a compromised account.',
      'The threat actor encrypted the Organisations’ files.',
      'The Organisations took remedial actions, including isolating the affected systems.'],
    // defined without an article, the short form is a name of its own
    ['Fenwick', 'Till maker hacked',
      'Fenwick Data Pte Ltd (“Fenwick”) said hackers breached its database.', 'Fenwick said it had told the regulator.'],
  ]);
});

describe('the organisation that reports its breach to an authority, or breached a rule, is the victim', () => {
  battery([
    ['Quillon Dental', 'A million patients hit by dental data breach',
      'More than a million patients may have been affected by a data breach at a large dental chain.',
      'Quillon Dental, which has 70 offices, reported to the Ohio Attorney General\'s Office a data breach affecting 1,026,000 patients.',
      'The breach is the largest reported to the Ohio Attorney General this year.',
      'The Ohio Attorney General publishes such notices.'],
    ['Marlow Data', 'Marlow Data Pte Ltd [2025] decision',
      'In this case, the regulator investigated two data breach incidents that occurred at Marlow Data Pte Ltd, a maker of till software.',
      'The regulator found that Marlow Data had breached the Protection Obligation under the Personal Data Act and imposed a penalty.',
      'Marlow Data Pte Ltd (the "Organization") notified the regulator on 3 May.',
      'A threat actor gained unauthorized access to the Organization\'s network.'],
    ['Tollard Freight', 'Freight firm reports breach',
      'Tollard Freight, which runs 12 depots, has reported a breach affecting up to 9,000 drivers.', 'The firm said files were copied.'],
    ['Harbour Bank', 'Freight firm comments on breach',
      'Tollard Freight has reported a breach at Harbour Bank to its customers.'],
    // the attacker still breached the system
    ['Marlow Data', 'Till maker hacked',
      'The Nightjar group breached the servers of Marlow Data Pte Ltd and stole customer files.', 'Marlow Data said it had told the regulator.'],
  ]);
});

describe('names joined by "and" share what follows them', () => {
  battery([
    ['Pellworth Dental', 'Dental chain reports breach',
      'Pellworth Dental and Orthodontics, which has 40 offices, reported a data breach affecting 90,000 patients.',
      'In a notice to patients, Pellworth Dental and Orthodontics wrote that the stolen files held insurance details.'],
    ['Hawkmoor Hotels', 'Hotels hacked',
      'Hawkmoor Hotels and Brightwater Inns were hacked in May, the firms said.', 'Hawkmoor Hotels said card numbers were taken.'],
  ]);
});

describe('a point of the compass names a region, not an organisation', () => {
  battery([
    ['Kestrel Water', 'Kestrel Water: customers told data stolen in cyber attack',
      'The company, which supplies water to millions across the South East, announced on Monday that data from part of its server was taken in an illegal intrusion.',
      'A spokesperson for Kestrel Water said: "We are very sorry."'],
    ['Marlow Chemicals', 'Chemicals maker hit by ransomware',
      'Marlow Chemicals said ransomware actors stole data from its servers.',
      'Most of its sales are in Asia, and about 17% in North and South America.',
      'Marlow Chemicals said the main servers have been restored.'],
  ]);
});

describe('event phrasings: plural incidents, victims of an attack', () => {
  // [isIncident, headline, ...paragraphs]
  const ROWS: Array<[boolean, string, ...string[]]> = [
    [true, 'Two towns face shutdowns after ransomware attacks',
      'Two town halls closed their offices this week.', 'On Wednesday, Dunmore and Harlow both announced cyber incidents and told residents that payments were unavailable.'],
    [true, 'Harlow computer trouble',
      'The Town of Harlow confirmed on Monday that it was a victim of computer hacking.', 'A program made the files of several departments unreadable.'],
    [true, 'Clinic falls victim to a cyberattack',
      'Dunmore Clinic fell victim to a ransomware attack on Sunday, the clinic said.'],
    // a victim that might be, advice on attacks in general, research on attacks are no incident
    [false, 'Robots could be next ransomware target',
      'Researchers showed a robot could become a victim of ransomware in a lab test.', 'The flaw could allow attackers to lock the robot.'],
    [false, 'How towns can protect themselves',
      'Towns should back up their files, experts said.', 'Tips: keep offline copies and train staff.'],
    [false, 'Researchers follow ransomware campaign',
      'Ostrava Labs researchers are tracking and studying ransomware attacks aimed at firms in Europe.'],
  ];
  it.each(ROWS)('%s: %s', (want, headline, ...paragraphs) => expect(incident(headline, ...paragraphs)).toBe(want));
});
