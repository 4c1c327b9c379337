// Session 15: a line written in title case inside the body (a teaser, a sub-heading, a picture's file name) names
// nothing with its capitals, whatever mark ends it; a prose sentence or a line that is only a name still does.
// Invented articles only.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { titleCasedLine } from '../../src/extract/company.js';

const article = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const record = (...paragraphs: string[]) => extract(article(...paragraphs), { format: 'txt', published: '2024-05-10', explain: true });

describe('a title-cased line names nothing (titleCasedLine)', () => {
  const lower = new Map([['auditor', 1], ['says', 1], ['files', 1], ['clients', 1], ['leaked', 1], ['portal', 1], ['outage', 1], ['update', 1], ['savings', 1], ['bank', 1]]);
  const tokens = (line: string) => line.split(/\s+/).filter((t) => /^\p{L}/u.test(t));
  // [why, line, is it a title-cased line]
  const ROWS: Array<[string, string, boolean]> = [
    ['a teaser ending on a full stop', 'Auditor Says Files On 40,000 Clients Leaked.', true],
    ['a teaser with short words in lower case', 'Auditor Says Files on Clients Leaked', true],
    ['a picture file name with numbers', '2024 05 10 0931 Portal Outage Update 300', true],
    ['prose with names', 'Auditor Dana Pike says files on clients leaked.', false],
    ['a name only, its organisation words not counted', 'Harbour Savings Bank Ltd.', false],
    ['two ordinary words only', 'Portal Outage', false],
    ['capitalised names the article never writes in lower case', 'Quillon Varnholt Pelzmann Orvanet.', false],
  ];
  it.each(ROWS)('%s', (_why, line, want) => {
    expect(titleCasedLine(tokens(line), lower)).toBe(want);
  });
});

describe('the victim is not read from a title-cased teaser line', () => {
  const NEGATIVE_LINES: Array<[string, string]> = [
    ['a teaser ending on a full stop', 'Researcher Says Data On 40,000 Clients Exposed.'],
    ['a picture file name', '2024 05 10 1157 Records Portal Breach 250'],
  ];
  it.each(NEGATIVE_LINES)('%s', (_why, line) => {
    const r = record(
      'Clinic booking records left open online',
      line,
      'A researcher found an unprotected server with the records of 40,000 clients of Tamberlin Health, a booking software maker.',
      'The data was exposed for ten days, the researcher says, and Tamberlin Health did not reply to questions.',
      'The researcher says the portal held client names and phone numbers, and that the breach ended when the records were deleted.',
    );
    expect([r.company?.name, ...(r.company?.aliases ?? [])]).toContain('Tamberlin Health');
  });

  it('a prose sentence full of names still names them', () => {
    const r = record(
      'Booking records left open online',
      'Ostrava Dental Group Says Tamberlin Health Exposed Its Records, a filing shows.',
      'The records of 40,000 clients were exposed for ten days.',
    );
    expect(r.company).not.toBeNull();
  });
});

describe('an incident whose best candidate stands in no role still names it (company.no-role-only)', () => {
  // [expected victim, the article as paragraphs]
  const POSITIVES: Array<[string, string[]]> = [
    ['Orrin', ['Customer files posted online after cyber attack',
      'Once intruders broke into a branch office of the water supplier Orrin, criminals posted customer files online.',
      'Orrin said on Friday that names and addresses were among the files.',
      'An Orrin spokesman said most customers could be affected.',
      'Orrin also set up a hotline for worried customers.']],
    ['Pellmarsh', ['Member records put on leak site after ransomware attack',
      'After a ransomware attack on a unit of the rowing league Pellmarsh, the gang put member records on its leak site.',
      'Pellmarsh said on Monday that dates of birth were among the records.',
      'A Pellmarsh official said most members could be affected.',
      'Pellmarsh has also written to its clubs.']],
  ];
  it.each(POSITIVES)('%s', (want, paragraphs) => {
    const r = record(...paragraphs);
    expect(r.isIncident).toBe(true);
    expect(r.company?.name).toBe(want);
  });

  // no incident told: the best candidate in no role is not named
  const NEGATIVES: Array<[string, string[]]> = [
    ['a trend piece', ['Phishing is rising', 'Staff at many firms fall for fake invoices.', 'Ostrava Labs counted more fake invoices than ever.']],
    ['advice', ['How to spot a fake invoice', 'Check the sender of every invoice, Ostrava Labs said.', 'Ostrava Labs also suggests calling the supplier.']],
  ];
  it.each(NEGATIVES)('%s', (_why, paragraphs) => {
    const r = record(...paragraphs);
    expect(r.company).toBeNull();
  });
});

describe('a weak candidate named as a research team is not the victim (weak.research-name)', () => {
  const HEAD = 'Ransomware attack disrupts services';
  const LEAD = 'Staff at many offices could not log in after the ransomware attack.';
  const NEGATIVES: Array<[string, string]> = [
    ['a lab that studied the strain', 'The strain used in the attack was first seen by Quorvex Labs in March.'],
    ['a threat intelligence team', 'Quorvex Threat Intelligence had tracked the strain used in the attack for months.'],
  ];
  it.each(NEGATIVES)('%s', (_why, paragraph) => {
    const r = record(HEAD, LEAD, 'Systems went down on Monday.', paragraph);
    expect(r.company).toBeNull();
  });
  it('a victim with another organisation word is still named', () => {
    const r = record('Ransomware attack disrupts services', 'Staff at many offices could not log in after the ransomware attack.', 'Systems went down on Monday.', 'Work at Quorvex Freight was slowed by the attack.');
    expect(r.company?.name).toBe('Quorvex Freight');
  });
});
