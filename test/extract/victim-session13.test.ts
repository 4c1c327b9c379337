// Session 13 classes, each shown with invented articles: positives the extractor must read and negatives it must not.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { extractCompany, weakVictim } from '../../src/extract/company.js';
import { readDocument } from '../../src/read/index.js';
import { Explain } from '../../src/rules.js';

const article = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const record = (...paragraphs: string[]) => extract(article(...paragraphs), { format: 'txt', published: '2024-05-10', explain: true });

describe('an incident whose victim scores below the minimum: the record still names it (company.weak-only)', () => {
  // [expected victim or null, headline, ...paragraphs]
  const CASES: Array<[string | null, string, ...string[]]> = [
    // named once, in no role the table reads, in a story that reports an incident
    ['Dunmore Borough Council', 'Ransomware attack disrupts services', 'Staff at many offices could not log in after the ransomware attack.', 'Systems went down on Monday.', 'Work at Dunmore Borough Council was slowed by the attack.'],
    ['Pellworth Aviation', 'Check-in systems hit by cyberattack', 'At several airports, the desks were closed on Sunday.', 'The cyberattack affected the software of Pellworth Aviation, whose systems print boarding passes.', 'Passengers were told to arrive early.'],
    // a lone word the article also writes in lower case, or one that holds a digit, is no victim to report
    [null, 'Ransomware attack disrupts services', 'Staff at many offices could not log in after the ransomware attack.', 'Systems went down on Monday.', 'Trends in such attacks were discussed, and the trends were grim.'],
    [null, 'Ransomware attack disrupts services', 'Staff at many offices could not log in after the ransomware attack.', 'Systems went down on Monday.', 'A file called KX9 was found on the servers.'],
    // a stronger victim wins as before: the weak fallback never replaces a chosen victim
    ['Harbour Bank', 'Harbour Bank hit by hackers', 'Hackers breached Harbour Bank and stole loan files.', 'Harbour Bank said savings were safe.', 'A spokesperson for Ostrava Labs said such attacks were common.'],
    // no incident: advice that names a firm once reports no victim
    [null, 'Tips for staying safe online', 'Use a password manager, Ostrava Labs advises.', 'Change passwords often and turn on two-factor login.'],
    [null, 'How to spot a phishing email', 'Look at the sender address before you click, said a trainer at Kestrel Learning.', 'Never type a password into a page a message links to.'],
  ];
  it.each(CASES)('%s: %s', (want, ...paragraphs) => {
    const r = record(...paragraphs);
    if (want === null) expect(r.company).toBeNull();
    else expect([r.company?.name, ...(r.company?.aliases ?? [])]).toContain(want);
  });
  // open: a plural common noun opening a sentence ("Airports across the region…") outranks the weak victim
  const OPEN: Array<[string, string, ...string[]]> = [
    ['Pellworth Aviation', 'Airports recover after cyberattack on check-in systems', 'Airports across the region were recovering on Sunday after a cyberattack hit check-in systems.', 'The cyberattack affected the software of Pellworth Aviation, whose systems print boarding passes.', 'Passengers were told to arrive early.'],
  ];
  it.fails.each(OPEN)('[open] %s: %s', (want, ...paragraphs) => {
    const r = record(...paragraphs);
    expect([r.company?.name, ...(r.company?.aliases ?? [])]).toContain(want);
  });
  it('the steps before the record still ran without a victim (the company step itself finds none)', () => {
    const doc = readDocument(article('Ransomware attack disrupts services', 'Staff at many offices could not log in after the ransomware attack.', 'Systems went down on Monday.', 'Work at Dunmore Borough Council was slowed by the attack.'), { format: 'txt', published: '2024-05-10' });
    expect(extractCompany(doc, { published: '2024-05-10', warnings: [], explain: new Explain(true) })).toBeNull();
    expect(weakVictim(doc)?.name).toBe('Dunmore Borough Council');
  });
  it('says why it was reported', () => {
    const r = record('Ransomware attack disrupts services', 'Staff at many offices could not log in after the ransomware attack.', 'Systems went down on Monday.', 'Work at Dunmore Borough Council was slowed by the attack.');
    expect((r.company as { why?: { rule: string } } | null)?.why?.rule).toBe('company.weak-only');
  });
});

describe('a region wider than a country, or a currency code, is never the victim', () => {
  // [name that must not be the victim, headline, ...paragraphs]
  const CASES: Array<[string, string, ...string[]]> = [
    ['USD', 'Hackers demand USD 70,000 from clinic', 'Hackers who locked the servers of a private clinic here demanded USD 70,000 to restore the files, police said.', 'The clinic filed a complaint on Monday.', 'USD payments were asked for in bitcoin.'],
    ['European', 'European airports recover after attack', 'Major European airports were recovering on Sunday after an attack on check-in systems.', 'European travellers faced delays.', 'European officials said the attack was contained.'],
    ['Asian', 'Asian banks warned after breach', 'Asian banks were told to check their systems after the breach.', 'Asian regulators met on Monday.'],
    ['EUR', 'Fine of EUR 2 million for leak', 'Regulators fined the lender EUR 2 million after customer files leaked.', 'EUR amounts were converted at the daily rate.'],
  ];
  it.each(CASES)('not %s: %s', (wrong, ...paragraphs) => {
    expect(record(...paragraphs).company?.name ?? null).not.toBe(wrong);
  });
  // a region inside a longer name is still a name
  it('keeps a name that starts with a region word', () => {
    const r = record('European Freight Union hit by ransomware', 'Hackers encrypted the servers of the European Freight Union on Monday.', 'The European Freight Union said member data was safe.');
    expect(r.company?.name).toBe('European Freight Union');
  });
});

describe('a national cyber-security body that responds to an incident is not its victim', () => {
  // [expected victim or null, name that must not be the victim, headline, ...paragraphs]
  const CASES: Array<[string | null, string, string, ...string[]]> = [
    ['Harbour Cloud', 'Marlow Cyber Security Council', 'Public bodies targeted in cloud hack', 'The Marlow Cyber Security Council confirmed that 300 bodies were targeted in the hack.', 'Hackers breached Harbour Cloud and copied login files.', 'The council said no data had leaked.'],
    [null, 'National Cyber Security Center', 'Websites knocked offline', 'The National Cyber Security Center said it quickly detected the attack on government websites.', 'Access was restored within hours.'],
    [null, 'Dunmore CERT', 'Phishing wave hits mailboxes', 'Dunmore CERT said it had detected a phishing wave aimed at mailboxes across the country.', 'It urged people not to click links.'],
  ];
  it.each(CASES)('%s, not %s', (want, wrong, ...paragraphs) => {
    const r = record(...paragraphs);
    expect(r.company?.name ?? null).not.toBe(wrong);
    if (want) expect([r.company?.name, ...(r.company?.aliases ?? [])]).toContain(want);
  });
  it('is still the victim in a victim role of its own', () => {
    const r = record('Cyber agency hacked', 'Hackers breached the National Cyber Security Center and stole staff files.', 'The National Cyber Security Center said it had told its staff.');
    expect(r.company?.name).toContain('National Cyber Security Center');
  });
});
