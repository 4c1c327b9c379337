// Compromised data in the shapes recent (2019+) reports take: a utility that "shut systems to protect
// customer data", credential-stuffing logins "obtained from a third-party source", an order history that
// is no money data, and whose data a possessive points back to. Positives and negatives in several
// phrasings; every sentence is invented for this file.
import { describe, expect, it } from 'vitest';
import type { DataFinding } from '../../src/extract/types.js';
import type { DataCategory } from '../../src/record.js';
import { dataOf as dataStep } from '../helpers/data.js';

const VICTIM = 'Brackenford Utilities';
const dataOf = (body: string): DataFinding[] => dataStep(VICTIM, body);
const categories = (items: DataFinding[]) => items.map((d) => d.category).sort();

// ---- data someone acts to protect is guarded, not taken ---------------------------------------------------

const GUARDED: Array<{ sentence: string; kept: DataCategory[]; absent: DataCategory[] }> = [
  { sentence: 'After spotting unauthorized activity, the utility disconnected several systems to protect its customers\' data.', kept: [], absent: ['unspecified'] },
  { sentence: 'Hackers breached the network; the firm said it acted quickly to safeguard patient information.', kept: [], absent: ['unspecified', 'medical'] },
  { sentence: 'Such gangs aim to shame a victim by showing it failed to secure sensitive information, an analyst said after the breach.', kept: [], absent: ['unspecified'] },
  { sentence: 'The breach was contained, and staff are working to protect members\' personal details.', kept: [], absent: ['personal'] },
  { sentence: 'The company shut its portal to shield customer records after the intrusion was found.', kept: [], absent: ['unspecified'] },
  // the clause says it was taken: kept
  { sentence: 'The firm failed to protect customer data, which the hackers stole.', kept: ['unspecified'], absent: [] },
  { sentence: 'Intruders stole names and phone numbers that the company had promised to safeguard.', kept: ['personal', 'contact'], absent: [] },
  { sentence: 'Hackers breached the club and secured the details of 200,000 members.', kept: ['personal'], absent: [] },
  { sentence: 'Hackers took the encrypted files and protected health information of patients.', kept: ['medical'], absent: [] },
];

describe('data: guarded, not taken', () => {
  for (const { sentence, kept, absent } of GUARDED) {
    it(sentence, () => {
      const found = categories(dataOf(sentence));
      for (const c of kept) expect(found, `kept ${c}`).toContain(c);
      for (const c of absent) expect(found, `absent ${c}`).not.toContain(c);
    });
  }
});

// ---- credentials brought from elsewhere ---------------------------------------------------------------------

const SOURCED: Array<{ sentence: string; credentials: boolean }> = [
  { sentence: 'Bots hit the loyalty site with genuine login credentials bought from an unnamed outside source, and names were exposed.', credentials: false },
  { sentence: 'The attackers logged in with passwords bought from an underground market, exposing names of members.', credentials: false },
  { sentence: 'Usernames and passwords sourced from other breaches were tried against the app, and addresses were viewed.', credentials: false },
  { sentence: 'The hackers stole usernames and passwords from the loyalty site.', credentials: true },
  { sentence: 'Account credentials of 4,000 members were obtained by the intruders.', credentials: true },
  { sentence: 'The gang obtained passwords from the billing server and sold them on a forum.', credentials: true },
];

describe('data: credentials from another source are not this incident\'s', () => {
  for (const { sentence, credentials } of SOURCED) {
    it(sentence, () => {
      expect(categories(dataOf(sentence)).includes('credentials')).toBe(credentials);
    });
  }
});

// ---- an order history is what was bought, not money data ------------------------------------------------

describe('data: order histories', () => {
  it('an order history is no financial item', () => {
    expect(categories(dataOf('Names, emails and order histories of shoppers were accessed.'))).not.toContain('financial');
  });
  it('a purchase history still is', () => {
    expect(categories(dataOf('Names and purchase histories of shoppers were accessed.'))).toContain('financial');
  });
  it('transactions still are', () => {
    expect(categories(dataOf('The intruders viewed account balances and transactions of shoppers.'))).toContain('financial');
  });
});

// ---- notification-letter denials: data the systems did not hold, or that was not among what was taken ------

const DENIED: Array<{ sentence: string; kept: DataCategory[]; absent: DataCategory[] }> = [
  { sentence: 'Names were copied, but the affected servers do not contain full payment card numbers.', kept: ['personal'], absent: ['payment'] },
  { sentence: 'Email addresses were taken. Bank account numbers were not among the data taken.', kept: ['contact'], absent: ['financial'] },
  { sentence: 'Phone numbers leaked; the stolen files did not include any banking or card information.', kept: ['contact'], absent: ['financial', 'payment'] },
  { sentence: 'Names were exposed, and passwords were not part of the affected dataset.', kept: ['personal'], absent: ['credentials'] },
  { sentence: 'The records did not involve Social Security numbers, only names and emails, which were stolen.', kept: ['personal'], absent: ['government-id'] },
  // not denials: the data was among what was taken, or included beside other data
  { sentence: 'Names were copied, and card numbers were among the data taken.', kept: ['personal', 'payment'], absent: [] },
  { sentence: 'The stolen files did include bank details and phone numbers.', kept: ['financial', 'contact'], absent: [] },
];

describe('data: denied in the shapes of a notification letter', () => {
  for (const { sentence, kept, absent } of DENIED) {
    it(sentence, () => {
      const found = categories(dataOf(sentence));
      for (const c of kept) expect(found, `kept ${c}`).toContain(c);
      for (const c of absent) expect(found, `absent ${c}`).not.toContain(c);
    });
  }
});

// ---- whose data: the article's own word, both of a pair, and the people a possessive points back to ---------

const pairs = (items: DataFinding[]) => items.map((d) => `${d.category}/${d.subject ?? '-'}`).sort();

const WHOSE: Array<{ sentence: string; has: string[]; not?: string[] }> = [
  { sentence: 'Personal data of staff and several students was exposed in the attack.', has: ['personal/staff', 'personal/students'] },
  { sentence: 'Some 20,500 students and staff had their personal information viewed by the intruders.', has: ['personal/students', 'personal/staff'] },
  { sentence: 'Names and home addresses of patients as well as their carers were copied.', has: ['personal/patients', 'contact/patients'] },
  { sentence: 'Hackers stole staff email addresses and phone numbers.', has: ['contact/staff'], not: ['contact/employees'] },
  { sentence: 'Several customers say their data, including bank details, was accessed by hackers.', has: ['financial/customers'] },
  { sentence: 'Members told the club their passwords had been stolen.', has: ['credentials/members'] },
  { sentence: 'Employees\' payroll records were stolen, the firm said.', has: ['financial/employees'], not: ['financial/staff'] },
  // one group only: no pair
  { sentence: 'The names of students were exposed, and staff are investigating.', has: ['personal/students'], not: ['personal/staff'] },
  // the possessive's people took part in no ownership: the hackers are agents
  { sentence: 'Hackers said their haul included names of members.', has: ['personal/members'] },
];

describe('data: whose data', () => {
  for (const { sentence, has, not = [] } of WHOSE) {
    it(sentence, () => {
      const found = pairs(dataOf(sentence));
      for (const p of has) expect(found, `has ${p}`).toContain(p);
      for (const p of not) expect(found, `not ${p}`).not.toContain(p);
    });
  }
});

// ---- the texts the article reads from are its evidence, not data taken ---------------------------------------

const SOURCES: Array<{ sentence: string; internal: boolean }> = [
  { sentence: 'According to court documents, the intruders stole names of members.', internal: false },
  { sentence: 'Emails obtained by the newspaper show that names of members were stolen in March.', internal: false },
  { sentence: 'The breach was disclosed in documents filed with the state attorney general.', internal: false },
  { sentence: 'In the correspondence, the head teacher wrote that names of pupils were exposed.', internal: false },
  { sentence: 'According to records seen by reporters, the names of members were copied.', internal: false },
  // taken by the attackers: data
  { sentence: 'Emails obtained by the hackers were posted online with names of members.', internal: true },
  { sentence: 'The intruders stole court documents and names of members.', internal: true },
  { sentence: 'Internal documents were leaked in the breach, the club said.', internal: true },
];

describe('data: the article\'s own sources', () => {
  for (const { sentence, internal } of SOURCES) {
    it(sentence, () => {
      expect(categories(dataOf(sentence)).includes('internal')).toBe(internal);
    });
  }
});
