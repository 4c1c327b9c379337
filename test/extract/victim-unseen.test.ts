// Classes of misses on articles nobody tuned to (issue 11), each shown with invented articles:
// positives the extractor must read and negatives it must not.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractCompany, firstBlockIsHeadline } from '../../src/extract/company.js';
import { extract } from '../../src/extract/index.js';
import type { Context } from '../../src/extract/types.js';
import { Explain } from '../../src/rules.js';

const ctx = (): Context => ({ published: '2024-05-10', warnings: [], explain: new Explain(true) });
/** A Markdown page with a title of its own in front matter and its paragraphs. */
const page = (title: string, ...paragraphs: string[]) =>
  readDocument(`---\ntitle: "${title}"\n---\n${paragraphs.join('\n')}\n`, { format: 'md', published: '2024-05-10' });

describe('the first short paragraph under a title of its own is the lead, not a headline', () => {
  const LEADS: Array<[string, string[], boolean]> = [
    ['Clerk held over customer data theft', ['A former Harbour Bank clerk accused of selling customer files to fraudsters was arrested on Monday.', 'Police said 300 customers lost money.'], false],
    ['Lender says files were copied', ['Hackers copied loan files at Pellworth Lending last week, the lender said.', 'It has told its customers.'], false],
    ['Lender says files were copied', ['Lender says files were copied', 'Hackers copied loan files at Pellworth Lending last week.'], true],
    ['Lender says files were copied', ['Pellworth Lending breach', 'Hackers copied loan files at Pellworth Lending last week.'], true],
    ['Lender says files were copied', ['Greetings from the coast!', 'Hackers copied loan files at Pellworth Lending last week.'], true],
  ];
  it.each(LEADS)('%s / %s', (title, paragraphs, headline) => {
    expect(firstBlockIsHeadline(page(title, ...paragraphs))).toBe(headline);
  });
  it('reads the victim named only in the lead', () => {
    const doc = page('Clerk held over customer data theft',
      'A former Harbour Bank clerk accused of stealing client data and selling it to fraudsters was arrested on Monday.',
      'Police said about 300 customers in the west had lost money.',
      'The bank said it was helping the police.');
    expect(extractCompany(doc, ctx())?.name).toBe('Harbour Bank');
  });
});

const ctxTxt = (): Context => ({ published: '2024-05-10', warnings: [], explain: new Explain(true) });
const victim = (headline: string, ...paragraphs: string[]) =>
  extractCompany(readDocument([headline, ...paragraphs].join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' }), ctxTxt());

describe('a victim named only beside its people, in apposition or as the one reporting', () => {
  // [expected victim or null, headline, ...paragraphs]
  const CASES: Array<[string | null, string, ...string[]]> = [
    // its own people took its data
    ['Harbour Bank', 'Clerk arrested over data theft', 'A former Harbour Bank clerk accused of selling customer files to fraudsters was arrested.', 'Police said 300 customers lost money.'],
    ['Tamsin Valley Health', 'Adviser fined for snooping', 'On 3 May, Dana Pike, a former receptionist employed by Tamsin Valley Health, admitted unlawfully accessing patient records.', 'The court fined her.'],
    ['Orrin Mutual', 'Insurer worker charged', 'An Orrin Mutual employee who copied policyholder data to a personal drive has been charged.', 'Prosecutors said the files held addresses.'],
    [null, 'Clerk opens bakery', 'A former Harbour Bank clerk has opened a bakery on the high street.', 'She said business was good.'],
    // the organisation reports an incident of its own
    ['Kestrel Freight', 'Freight firm reports system intrusion', 'Kestrel Freight has reported a breach of its booking systems, according to a statement on Sunday.', 'The breach has been contained, the firm said.'],
    [null, 'Freight firm reports results', 'Kestrel Freight has reported a profit for the year, according to a statement on Sunday.', 'Sales rose, the firm said.'],
    // the object described first, named in apposition
    ['Savanna Bank', 'Bank loses money to fraud', 'The newest intrusion has affected a regional lending institution, namely the Savanna Bank (SB).', 'In a statement, the bank said it lost money to fraud.'],
    ['Corvane Logistics', 'Hackers hit freight group', 'Hackers have hit a regional freight group, Corvane Logistics, and stolen driver records.', 'The firm said it had told the police.'],
    // a two-word name the tagger reads as a person, described as an organisation in apposition
    ['Moreira Santos', 'Construction group hit by breach', 'Moreira Santos, a large construction conglomerate operating in nine countries, has suffered a security breach.', 'Hackers stole staff records, including passport numbers, according to the group.', 'The attackers also took designs of bridges built by Moreira Santos.'],
    // a place describing some body there ("a Marlow school") is no name; nor is a person named after a job title and a comma
    ['St Aidan’s College', 'School hit by hackers', 'Pupils at a Kilkenny school may have had their records exposed.', 'Parents of students at St Aidan’s College in Kilkenny received a letter about an attack on the school’s IT system.', 'The principal of the school, Dana Pike, told parents that steps had been taken.'],
    [null, 'School hit by hackers', 'Pupils at a Kilkenny school may have had their records exposed.', 'The school said it had told parents.'],
  ];
  it.each(CASES)('%s: %s', (want, headline, ...paragraphs) => {
    const found = victim(headline, ...paragraphs);
    if (want === null) expect(found).toBeNull();
    else expect([found?.name, ...(found?.aliases ?? [])]).toContain(want);
  });
});

describe('the victim\'s country where the article names no country: its currency, a county or town, a regulator, "Town, St."', () => {
  // [expected ISO code or null, headline, ...paragraphs]
  const CASES: Array<[string | null, string, ...string[]]> = [
    ['GB', 'Letting agent hit by hackers', 'Hackers breached Harlow Lettings and stole tenant files, which listed rents of up to £1,200 a month.', 'Harlow Lettings said no bank details were taken.'],
    ['IN', 'Payments app exposes users', 'Kesar Pay exposed the data of users who had paid up to Rs 5,000 through the app.', 'Kesar Pay said it fixed the server.'],
    ['KE', 'Lender loses money to fraud', 'Hackers stole KES 29 million from Savanna Bank, the lender said.', 'Savanna Bank said deposits were safe.'],
    ['JP', 'Travel agent leaks data', 'Hoshino Travel said hackers took passport data, and that the losses could reach 30 million yen.'],
    ['GB', 'Housing group loses laptop', 'Kestrel Housing lost a laptop holding tenant data.', 'The Yorkshire housing association said the laptop was encrypted.'],
    ['IE', 'School loses files', 'A Kilkenny school, Ardmore College, lost a memory stick with pupil records.', 'Ardmore College said parents had been told.'],
    ['SG', 'Clinic group confirms breach', 'Merlion Health said hackers accessed patient files.', 'The clinic group told the PDPC.'],
    ['US', 'Savings bank breached', 'Marlow Savings Bank said hackers stole customer files.', 'The bank, which has branches in Marlow, Mass., said it had told customers.'],
    ['CA', 'Credit union breached', 'Hackers breached Orrin Credit Union of Kelowna, B.C., and stole member files.', 'The credit union said it was sorry.'],
    // a conversion in brackets places nobody; the dollar and the euro name no country
    [null, 'Lender fined', 'Harbour Bank was fined $100,000 (£80,000) for failing to protect customer data.', 'Harbour Bank said it would appeal.'],
    [null, 'Lender fined', 'Harbour Bank was fined €80,000 for failing to protect customer data.', 'Harbour Bank said it would appeal.'],
  ];
  it.each(CASES)('%s: %s', (want, headline, ...paragraphs) => {
    const found = victim(headline, ...paragraphs);
    expect(found).not.toBeNull();
    expect(found!.country).toBe(want);
  });
});

describe('is it one incident: words of another sense, incidents told without attack verbs, trend and statistics headlines', () => {
  const incident = (headline: string, ...paragraphs: string[]) =>
    extract([headline, ...paragraphs].join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' }).isIncident;
  // [is an incident, headline, ...paragraphs]
  const CASES: Array<[boolean, string, ...string[]]> = [
    // a headline word of a survey, a law or a poll used in another sense
    [true, 'Ransomware gang fails to extort regional law firm', 'Pike & Orrin, a regional law firm, confirmed that its network was hacked after a ransomware gang began leaking files it said it had stolen.', 'The firm said it would not pay.'],
    [true, 'Orrin Analytics case study: how not to respond to a data leak', 'In March a researcher found an open database holding 5 million email addresses and traced it back to Orrin Analytics.', 'Orrin Analytics admitted the leak weeks later.'],
    [true, 'Officials probe hacking of poll agency', 'Officials are investigating a breach at the state election agency, where hackers copied voter files from its website.', 'The agency said the copied files held no fingerprints.'],
    [false, 'New law requires breach reports within 72 hours', 'The law requires firms such as Ravel Bank to report a data breach within 72 hours.'],
    // incidents told without attack verbs: a wrong recipient, a fraudulent request that cost money
    [true, 'Bank clerk sends customer file to wrong address', 'A clerk at Harbour Bank sent a spreadsheet of 1,300 customers to the wrong email address last month.', 'Harbour Bank asked the recipient to delete it.'],
    [true, 'Town loses money to fake invoice', 'A fraudulent email posing as a regular supplier tricked the town of Marlow into paying an invoice, resulting in a loss of $90,000.', 'Town officials said the police had been told.'],
    // trend and statistics headlines with no one victim
    [false, 'Clinics regularly hit by ransomware, insurer says', 'Hackers have locked the computers of family clinics again and again this year, an insurer of doctors said.', 'Clinics lose days restoring files from backups.'],
    [false, 'Card skimming continues to threaten shops this year', 'Card skimmers hit several shops last year, and more attacks are expected this year, a credit bureau said.'],
    [false, 'Thirty-one million Britons hit by data breaches last year - report', 'A regulator said that about 31 million people were affected by breaches reported by firms last year.'],
  ];
  it.each(CASES)('%s: %s', (want, headline, ...paragraphs) => {
    expect(incident(headline, ...paragraphs)).toBe(want);
  });
  // open: police seizing the named site; its row changed no value on our 1,099 real articles and was removed (issue 11)
  it.fails.each([[false, 'Police seize the Darkmart hacking forum, arrest its owner', 'Law enforcement agencies have seized the domain of the Darkmart forum, where stolen databases were sold.', 'The forum had 300,000 users, police said.']] as Array<[boolean, string, ...string[]]>)('[open] %s: %s', (want, headline, ...paragraphs) => {
    expect(incident(headline, ...paragraphs)).toBe(want);
  });
});
