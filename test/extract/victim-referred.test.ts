// A class of victim misses on untuned articles, read with invented articles (positives and near misses):
// the headline describes the victim by its kind and the body names it only once, pointing back to it ("the firm
// in question, X", "the nonprofit at the centre of the leak, known as X").
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractCompany } from '../../src/extract/company.js';
import { Explain } from '../../src/rules.js';

const read = (paragraphs: string[]) => readDocument(paragraphs.join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' });
const victim = (...paragraphs: string[]) => extractCompany(read(paragraphs), { published: '2024-05-10', warnings: [], explain: new Explain(true) });

describe('victim named once, pointing back to the story ("the firm in question, X")', () => {
  const positives: Array<[string, string[]]> = [
    ['Harbour Tours', ['Travel agency fears hackers took passport numbers', 'A travel agency says intruders may have copied the passport numbers of 70,000 customers.', 'The firm in question, Harbour Tours, said the database held names and home addresses.']],
    ['Orrin Registry', ['Domain administrator denies breach after gang posting', 'A ransomware gang claimed on Friday to have stolen files from a domain administrator.', 'The nonprofit at the centre of the claim, known as Orrin Registry, is funded by the state.']],
    ['Kestrel Health', ['Clinic chain warns patients of leak', 'Patient records were left open on the internet for weeks, a researcher found.', 'The clinic chain concerned, Kestrel Health, said it had closed the database.']],
    ['Pellworth Lending', ['Lender says files were copied', 'Someone copied loan files from a lender in the north of the country last month.', 'The lender involved, Pellworth Lending, said it had told the regulator.']],
    ['Dunmore Savings', ['Bank at the heart of the leak apologises', 'Account statements of 12,000 savers were emailed to strangers.', 'The bank at the heart of the leak, Dunmore Savings, apologised on Monday.']],
  ];
  for (const [want, paras] of positives) {
    it(`names ${want}`, () => {
      const c = victim(...paras);
      expect(c?.name).toBe(want);
      expect(c?.why?.rule ?? '').not.toBe('');
    });
  }

  it('a plain apposition ("The lender, X, said") does not point back to the story', () => {
    const c = victim('Lender opens branch', 'A lender opened a new branch in the city centre.', 'The lender, Pellworth Lending, said it would hire 30 staff.');
    expect(c?.why?.rule).not.toBe('company.named-in-question');
  });

  it('"known as" after a pointer back is the victim, not an attacker\'s alias', () => {
    const c = victim('Charity data posted online', 'A hacking group posted files it said came from a charity.', 'The charity at the centre of the leak, known as Brightwater Aid, said it was investigating.');
    expect(c?.name).toBe('Brightwater Aid');
  });

  it('the attacker introduced as "known as X" stays the attacker', () => {
    const c = victim('Charity data posted online', 'A hacking group known as Night Orchard posted files it said came from Brightwater Aid.', 'Brightwater Aid said it was investigating the breach.');
    expect(c?.name).toBe('Brightwater Aid');
  });
});
