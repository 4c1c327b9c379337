// Victims that regional papers name in ways the candidate step used to miss: a lead-in in capitals ("A CYBER
// attack…"), a name only in the headline with "the council" after, one mention and "the hospital" after a
// headline that tells of "a hospital". Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractCompany } from '../../src/extract/company.js';
import { Explain } from '../../src/rules.js';

const run = (paras: string[]) =>
  extractCompany(readDocument(paras.join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' }),
    { published: '2024-05-10', warnings: [], explain: new Explain(true) });

describe('victim: lead-in capitals, headline-only names, kind references', () => {
  it('a lead-in in capitals is no name', () => {
    const c = run(['Hackers copy files at Dunmore Borough Council', 'A CYBER attack on the council in May took its systems offline.',
      'The council said a cyber incident team had been called in.', 'Hackers breached Dunmore Borough Council and copied staff files.']);
    expect(c?.name).toBe('Dunmore Borough Council');
  });
  it('a name only in the headline, "the council" in the body', () => {
    const c = run(['Cyber attack caused disruption at Dunmore Borough Council', 'A cyber attack on the council in May took its systems offline.',
      'The council said staff data was copied.', 'The report goes to the cabinet next week.']);
    expect(c?.name).toBe('Dunmore Borough Council');
    expect(c?.why?.rule).toBe('company.headline-only');
  });
  it('no kind reference: no headline-only victim', () => {
    const c = run(['Cyber attack caused disruption at Dunmore Borough Council', 'A cyber attack in May took systems offline.', 'Staff data was copied.']);
    expect(c?.why?.rule).not.toBe('company.headline-only');
  });
  it('two named bodies of the same kind in the headline: neither is taken from it alone', () => {
    const c = run(['Cyber attack hits Dunmore Borough Council and Harwick Borough Council', 'A cyber attack on the council in May took its systems offline.',
      'The council said staff data was copied.']);
    expect(c?.why?.rule).not.toBe('company.headline-only');
  });
});
