// Compromised data, by the causes of misses on unseen articles (issue 11): negation and scope, bare
// words that are not data, identifiers from many countries and sectors, whose data it is. Each table
// has positives and negatives in several phrasings; every sentence is invented for this file.
import { describe, expect, it } from 'vitest';
import type { DataFinding } from '../../src/extract/types.js';
import type { DataCategory } from '../../src/record.js';
import { readDocument } from '../../src/read/index.js';
import { extractData } from '../../src/extract/data.js';
import { dataContext, dataOf as dataStep } from '../helpers/data.js';

const VICTIM = 'Larkspur Telecom';

const dataOf = (body: string): DataFinding[] => dataStep(VICTIM, body);
const categories = (items: DataFinding[]) => items.map((d) => d.category).sort();

// ---- negation and scope: data listed as not taken is never reported ---------------------------------

const NEGATED: Array<{ sentence: string; kept: DataCategory[]; absent: DataCategory[] }> = [
  { sentence: 'Names and emails were taken, but no card numbers, passwords or bank details were involved.', kept: ['contact', 'personal'], absent: ['payment', 'credentials', 'financial'] },
  { sentence: 'The intruder copied customer names; passwords and payment data were unaffected.', kept: ['personal'], absent: ['credentials', 'payment'] },
  { sentence: 'Phone numbers were exposed, although card details and passwords were not compromised.', kept: ['contact'], absent: ['payment', 'credentials'] },
  { sentence: 'Hackers stole home addresses. Bank account numbers and passwords remain safe, the company said.', kept: ['contact'], absent: ['financial', 'credentials'] },
  { sentence: 'Email addresses were accessed, but there is no evidence that payment card data was taken.', kept: ['contact'], absent: ['payment'] },
  { sentence: 'Dates of birth were leaked; neither passwords nor card numbers were exposed.', kept: ['personal'], absent: ['credentials', 'payment'] },
  { sentence: 'Names were stolen, but the firm said no financial information was accessed.', kept: ['personal'], absent: ['financial'] },
  { sentence: 'The leak exposed phone numbers and did not include passwords or card details.', kept: ['contact'], absent: ['credentials', 'payment'] },
  { sentence: 'Home addresses were copied; at no point were medical records accessed.', kept: ['contact'], absent: ['medical'] },
  { sentence: 'The thieves took emails, while card numbers and passwords were not affected.', kept: ['contact'], absent: ['payment', 'credentials'] },
  { sentence: 'Names were copied. Passwords and bank details are not believed to have been accessed.', kept: ['personal'], absent: ['credentials', 'financial'] },
  { sentence: 'Emails were exposed; customer passwords, which are encrypted, were not affected.', kept: ['contact'], absent: ['credentials'] },
  { sentence: 'Phone numbers leaked. Card numbers are stored separately and were not compromised.', kept: ['contact'], absent: ['payment'] },
  { sentence: 'The stolen files held names but did not contain Social Security numbers.', kept: ['personal'], absent: ['government-id'] },
  { sentence: 'Home addresses were taken; medical records were not part of the breach.', kept: ['contact'], absent: ['medical'] },
  { sentence: 'The firm stressed that no credit card information or passwords were stolen, only email addresses.', kept: ['contact'], absent: ['payment', 'credentials'] },
];

describe('data: listed as not taken', () => {
  for (const { sentence, kept, absent } of NEGATED) {
    it(sentence, () => {
      const found = dataOf(sentence);
      for (const c of kept) expect(categories(found), `kept ${c}`).toContain(c);
      for (const c of absent) expect(categories(found), `absent ${c}`).not.toContain(c);
    });
  }
});

// ---- lexicon precision: a bare word is data only as the thing taken ------------------------------------

const NOT_DATA: Array<{ sentence: string; absent: DataCategory }> = [
  { sentence: 'The breach was found after staff noticed odd names on the payroll server that hackers accessed.', absent: 'personal' },
  { sentence: 'Hackers breached the network, and the firm gave no details of what was taken.', absent: 'personal' },
  { sentence: 'The attackers breached internal systems and the company shut down its accounts team.', absent: 'credentials' },
  { sentence: 'Hackers accessed the network after a discount code was shared online.', absent: 'source-code' },
  { sentence: 'The exposed bucket was not protected with a password, the researcher said.', absent: 'credentials' },
  { sentence: 'Hackers breached the store; it has set up a hotline for customers to check their accounts.', absent: 'credentials' },
  { sentence: 'Intruders accessed internal systems for two weeks, the operator said.', absent: 'internal' },
  { sentence: 'The hackers posted screenshots as proof that they had breached the network.', absent: 'personal' },
  { sentence: 'Hackers breached the mail server and sent an email to all staff.', absent: 'contact' },
];

describe('data: bare words that are not data taken', () => {
  for (const { sentence, absent } of NOT_DATA) {
    it(sentence, () => expect(categories(dataOf(sentence))).not.toContain(absent));
  }
});

const BARE_BUT_TAKEN: Array<{ sentence: string; category: DataCategory }> = [
  { sentence: 'The hackers stole names and card numbers from the shop.', category: 'personal' },
  { sentence: 'Accounts were hijacked and passwords changed by the intruders.', category: 'credentials' },
  { sentence: 'Some customers had their details stolen in the raid.', category: 'personal' },
  { sentence: 'The gang leaked the source code of the billing app and internal documents.', category: 'source-code' },
  { sentence: 'Passwords were stolen from the login server.', category: 'credentials' },
];

describe('data: bare words that are data taken', () => {
  for (const { sentence, category } of BARE_BUT_TAKEN) {
    it(sentence, () => expect(categories(dataOf(sentence))).toContain(category));
  }
});

// ---- lexicon recall: identifiers from many countries and sectors --------------------------------------

const IDENTIFIERS: Array<{ sentence: string; category: DataCategory }> = [
  { sentence: 'The stolen files held resident registration numbers of subscribers.', category: 'government-id' },
  { sentence: 'Hackers accessed personal identity codes and home addresses.', category: 'government-id' },
  { sentence: 'The leaked records contained NRIC numbers and phone numbers.', category: 'government-id' },
  { sentence: 'Exposed data included tax identification numbers of sole traders.', category: 'government-id' },
  { sentence: 'The attackers stole health card numbers belonging to patients.', category: 'medical' },
  { sentence: 'Leaked files included NHS numbers and test results.', category: 'medical' },
  { sentence: 'The records exposed listed diagnoses and chronic conditions of patients.', category: 'medical' },
  { sentence: 'Thieves copied HR files of employees from the shared drive.', category: 'personal' },
  { sentence: 'The intruders accessed SIM card numbers and device identifiers of subscribers.', category: 'personal' },
  { sentence: 'Stolen files held student numbers, grades and email addresses.', category: 'personal' },
  { sentence: 'The gang leaked W-9 forms submitted by contractors.', category: 'government-id' },
  { sentence: 'The database exposed the donation history of supporters.', category: 'financial' },
  { sentence: 'The stolen forms held each applicant\'s name, email and phone number.', category: 'contact' },
  { sentence: 'Thieves took bank account numbers and sort codes of savers.', category: 'financial' },
  { sentence: 'The leaked CVs listed employment history and signatures of candidates.', category: 'personal' },
];

describe('data: national and sector identifiers', () => {
  for (const { sentence, category } of IDENTIFIERS) {
    it(sentence, () => expect(categories(dataOf(sentence))).toContain(category));
  }
  it('"terms and conditions" is not medical', () => {
    expect(categories(dataOf('Hackers accessed the site after it changed its terms and conditions.'))).not.toContain('medical');
  });
});

// ---- lists: a lead-in's list of bullet lines is data ------------------------------------------------------

describe('data: a list after a lead-in', () => {
  it('bullet paragraphs after "may have included the following information"', () => {
    const found = dataOf('The attack hit 9,000 patients, whose files may have included the following personal details\n\n• Full name\n\n• Home address\n\n• Medical record number\n\nThe clinic has set up a helpline.');
    expect(categories(found)).toEqual(expect.arrayContaining(['personal', 'contact', 'medical']));
    expect(found.find((d) => d.category === 'contact')?.status).toBe('possible');
  });
  it('bullet paragraphs after a sentence that leads nowhere are not data', () => {
    const found = dataOf('The firm took these steps after the attack.\n\n• Home address checks were added for couriers');
    expect(categories(found)).not.toContain('contact');
  });
});

// ---- whose data: the owner, not the nearest person noun -----------------------------------------------

const OWNERS: Array<{ sentence: string; category: DataCategory; subject: string | null }> = [
  { sentence: 'Hackers stole card data belonging to customers of the chain.', category: 'payment', subject: 'customers' },
  { sentence: "The intruder copied employees' records and payroll files.", category: 'financial', subject: 'employees' },
  { sentence: 'Names and emails of about 40,000 members were leaked.', category: 'personal', subject: 'members' },
  { sentence: 'Some patients had their phone numbers exposed.', category: 'contact', subject: 'patients' },
  { sentence: 'The personal data of 1.2 million Ruritanians was stolen.', category: 'personal', subject: 'ruritanians' },
  { sentence: 'Staff discovered that names and phone numbers had been copied.', category: 'contact', subject: null },
  { sentence: 'Investigators told customers that passwords had been stolen.', category: 'credentials', subject: null },
];

describe('data: whose data', () => {
  for (const { sentence, category, subject } of OWNERS) {
    it(sentence, () => {
      const item = dataOf(sentence).find((d) => d.category === category);
      expect(item, JSON.stringify(dataOf(sentence).map((d) => [d.category, d.subject]))).toBeDefined();
      expect(item!.subject).toBe(subject);
    });
  }
});

// ---- explain: every item says which rule read it, and dropped phrases are listed ------------------------

describe('data: why', () => {
  it('every item carries a rule id, and a bare word set aside is listed as dropped', () => {
    const ctx = dataContext(VICTIM);
    const doc = readDocument('Larkspur Telecom reports cyberattack\n\nHackers breached the network, and staff gave the servers odd names. Emails were stolen.\n', { format: 'txt' });
    const items = extractData(doc, ctx);
    expect(items.length).toBeGreaterThan(0);
    for (const d of items) expect(d.why?.rule).toMatch(/^data\./);
    expect(ctx.explain.dropped.some((d) => d.field === 'data' && d.why.rule === 'data.bare-word')).toBe(true);
  });
});
