// The victim's name as the article writes it: the name's own words only (no capitalised word glued on
// before it), the forms of public bodies ("The University of X", "City of X", "X County"), names with
// digits, a subsidiary and its parent, a name in the title and the body. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractCompany } from '../../src/extract/company.js';
import { Explain } from '../../src/rules.js';

type Article = [string, ...string[]];
const run = (article: Article) =>
  extractCompany(readDocument(article.join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' }),
    { published: '2024-05-10', warnings: [], explain: new Explain(true) });

/** [the name expected, headline, paragraphs…] */
const NAMES: Array<[string, ...Article]> = [
  // public bodies
  ['University of Eastmoor', 'Students told of breach', 'The University of Eastmoor said hackers had copied student records.', 'The university said exams would go ahead.'],
  ['University of Eastmoor', 'University hit by ransomware', 'Ransomware encrypted servers at the University of Eastmoor on Sunday.', 'Lectures moved online, the university said.'],
  ['City of Brackwater', 'City services down', 'The City of Brackwater said ransomware had encrypted its billing servers.', 'The city asked residents to pay in person.'],
  ['City of Brackwater', 'Ransomware attack', 'Hackers hit the City of Brackwater on Friday, knocking its website offline.'],
  ['Dunmore County', 'County payroll hit', 'Dunmore County said an intruder accessed its payroll system in June.', 'The county has notified its employees.'],
  ['Harwick County', 'County systems down', 'A ransomware attack on Harwick County shut down its court records system.', 'Harwick County officials said backups were intact.'],
  ['Tamsin Valley Health System', 'Patients notified', 'Tamsin Valley Health System said ransomware encrypted several of its servers.', 'The health system has notified patients.'],
  ['Gorsefield Borough Council', 'Council breach', 'Gorsefield Borough Council said hackers had accessed housing records.'],
  ['Ministry of Ports', 'Ministry email hacked', 'Hackers breached the Ministry of Ports and read staff email, the ministry said.'],
  ['Commonwealth Bank of Lorien', 'Bank breach', 'The Commonwealth Bank of Lorien said hackers had accessed account records.'],
  ['Juniper Unified School District', 'District breach', 'Juniper Unified School District said attackers stole student records.'],
  // names with digits or odd casing
  ['Route 9 Credit Union', 'Credit union breach', 'Route 9 Credit Union said hackers had accessed member records.'],
  ['3Sixty Health', 'Clinic group hacked', 'Hackers breached 3Sixty Health and stole patient records, the company said.'],
  ['Sector7 Games', 'Game studio breach', 'Sector7 Games said attackers stole the source code of two games.'],
  ['eLodge', 'Booking site leak', 'Booking site eLodge said hackers had accessed guest records.', 'eLodge said card numbers were safe.'],
  // a capitalised word glued before the name
  ['Harbourne Bank', 'Bank customers warned', 'Some 1.2 Million Harbourne Bank customers were told their records were stolen.', 'Harbourne Bank said hackers accessed its systems.'],
  ['Harbourne Bank', 'Bank breach', 'Embattled Harbourne Bank said hackers had stolen customer records.', 'Harbourne Bank apologised.'],
  ['Quillon', 'Retailer breach', 'Furniture Retailer Quillon said hackers accessed its customer database.', 'Quillon said passwords were safe.'],
  ['Pagoria', 'Fintech hacked', 'Brazilian Fintech Pagoria said an intruder accessed customer records.', 'Pagoria said cards were safe.'],
  ['Velo', 'App breach', 'Hackers breached Velo, the bike-sharing app, and stole rider records.', 'Popular Velo said rides were unaffected.'],
  // a subsidiary and its parent
  ['Skyvale Airways', 'Airline breach', 'Skyvale Airways, owned by Orrin Holdings, said hackers accessed passenger records.', 'Skyvale Airways said flights were running.'],
  // the headline shortens the victim's name; a member body the story also names spells fewer of those words
  ['Harbour Vale Health System', 'Harbour Vale Health says 9,000 patients affected by breach', 'Harbour Vale Health System said a data breach in March affected 9,000 patients.', 'The system runs Harbour Vale Hospital and two clinics.'],
  // a name in the title, referred to in the body
  ['Orrin Textiles', 'Orrin Textiles hit by ransomware', 'The textile maker said ransomware encrypted its servers on Monday.', 'Orrin Textiles said orders would be late.'],
  ['Kestrel Freight', 'Kestrel Freight confirms data breach', 'Kestrel Freight said hackers had stolen driver records.', 'The haulier said it had notified the police.'],
  // a sentence-initial opener is no part of the name
  ['Corvane Insurance', 'Insurer breach', 'Yesterday Corvane Insurance said hackers accessed policy records.', 'Corvane Insurance apologised.'],
  ['Marlow Building Society', 'Mutual hacked', 'Marlow Building Society said hackers accessed member records.', 'Separately, Marlow Building Society said branches were open.'],
];

/** Names that must not be the victim: [the wrong name, headline, paragraphs…] */
const NOT_NAMES: Array<[string, ...Article]> = [
  ['Orrin Holdings', 'Clinic breach', 'Brackwater Health, a subsidiary of Orrin Holdings, said hackers stole patient records.', 'Brackwater Health said it was investigating.'],
  ['Million Harbourne Bank', 'Bank customers warned', 'Some 1.2 Million Harbourne Bank customers were told their records were stolen.'],
  ['Embattled Harbourne Bank', 'Harbourne Bank confirms breach', 'Embattled Harbourne Bank said hackers had stolen customer records.'],
  ['Tavor Labs', 'Bank app flaw', 'Hackers breached Pennant Bank, researchers at Tavor Labs found.', 'Tavor Labs said it had told the bank.'],
];

/** Known misses: the row for a parent company named beside the victim ("a subsidiary of X", "its parent company X")
 * changed no value on our 1,099 real articles and was removed (issue 11: a rule earns its place on articles). */
const NAMES_OPEN: Array<[string, ...Article]> = [
  ['Brackwater Health', 'Clinic breach', 'Brackwater Health, a subsidiary of Orrin Holdings, said hackers stole patient records.'],
  ['Quillon', 'Retailer breach', "Hackers breached Quillon, and the retailer's parent company Harlow Group said it was investigating."],
];
const NOT_NAMES_OPEN: Array<[string, ...Article]> = [
  ['Harlow Group', 'Retailer breach', "Hackers breached Quillon, and the retailer's parent company Harlow Group said it was investigating.", 'Quillon said passwords were safe.'],
];

describe('victim name phrasings', () => {
  for (const [expected, ...article] of NAMES_OPEN) {
    it.fails(`[open: no row yet] ${expected}: ${article.slice(1).join(' ').slice(0, 70)}`, () => {
      expect(run(article)?.name).toBe(expected);
    });
  }
  for (const [wrong, ...article] of NOT_NAMES_OPEN) {
    it.fails(`[open: no row yet] not ${wrong}: ${article.slice(1).join(' ').slice(0, 70)}`, () => {
      expect(run(article)?.name).not.toBe(wrong);
    });
  }
  for (const [expected, ...article] of NAMES) {
    it(`${expected}: ${article.slice(1).join(' ').slice(0, 70)}`, () => {
      expect(run(article)?.name).toBe(expected);
    });
  }
  for (const [wrong, ...article] of NOT_NAMES) {
    it(`not ${wrong}: ${article.slice(1).join(' ').slice(0, 70)}`, () => {
      const c = run(article);
      expect(c, 'a victim is found').not.toBeNull();
      expect(c?.name).not.toBe(wrong);
    });
  }
});
