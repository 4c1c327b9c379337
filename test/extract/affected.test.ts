import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractAffected } from '../../src/extract/affected.js';
import { stepContext, victim } from '../helpers/context.js';

const ctx = () => stepContext('2024-05-10');
/** An article: a headline, then paragraphs. */
const run = (headline: string, ...paragraphs: string[]) =>
  extractAffected(readDocument([headline, ...paragraphs].join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' }), ctx());

// Positive examples grouped by the expected count and unit.
const POSITIVES: Array<[number, string, string[]]> = [
  [1_200_000, 'people', [
    'Retailer says 1.2 million customers hit by data breach',
    'The personal details of 1.2 million customers were exposed in the attack, the retailer said.',
    'Hackers stole names and addresses belonging to about 1.2 million shoppers.',
  ]],
  [500_000, 'people', [
    'Over 500,000 people affected by clinic ransomware attack',
    'Half a million patients had their records exposed, the hospital group said.',
    'The breach affected more than 500,000 current and former employees.',
  ]],
  [2_300_000, 'people', [
    'Bank warns data on 2.3m account holders was stolen',
    'Hackers accessed data belonging to 2.3m account holders, the bank confirmed.',
  ]],
  [3_000, 'people', [
    'The clinic notified nearly 3,000 patients whose files were accessed.',
    'Regional dental chain says 3,000 patients affected by email hack',
  ]],
  [10_000_000, 'records', [
    'An unsecured database exposed 10 million records online, researchers said.',
    'Leak of 10 million records traced to misconfigured cloud server',
  ]],
  [9_000_000, 'people', [
    'Nine million passengers had their travel details accessed, the airline said.',
  ]],
  [3_000_000, 'people', [
    'At least 3-million consumers had their files exposed in the intrusion, the credit bureau said.',
  ]],
  [200_000_000, 'accounts', [
    'The gang claims to hold login details for some 200m webmail accounts and is demanding a ransom.',
  ]],
  [300_000, 'devices', [
    'The worm has infected 300,000 computers in dozens of countries since it appeared.',
  ]],
];

describe('extractAffected: headline counts', () => {
  for (const [count, unit, examples] of POSITIVES) {
    for (const sentence of examples) {
      it(`${count} ${unit} ← ${sentence}`, () => {
        const f = run('Data breach update', sentence);
        expect(f?.count).toBe(count);
        expect(f?.unit).toBe(unit);
        expect(f?.sentence.text).toContain(f!.text);
      });
    }
  }
});

describe('extractAffected: choosing among several counts', () => {
  it('prefers the total over its parts (245,000 + 25,000 = 270,000)', () => {
    const f = run('Payday lender hit by breach',
      'The lender said personal data of some 270,000 customers may have been stolen.',
      'Data of around 245,000 customers in Britain and 25,000 customers in Poland was accessed.');
    expect(f?.count).toBe(270_000);
  });
  it('prefers the headline figure over the attacker\'s larger claim', () => {
    const f = run('Hospital chain says breach may affect 11 million patients',
      'The hospital chain said records belonging to roughly 11 million patients were taken.',
      'The hacker said it held 27.7 million records and gave the firm a deadline.');
    expect(f?.count).toBe(11_000_000);
  });
  it('lets an exact figure stand for its rounded form', () => {
    const f = run('Retailer breach hits nearly 2 million workers',
      'Nearly 2 million current and former employees were affected.',
      'A filing shows 1,997,486 people were notified of the breach.');
    expect(f?.count).toBe(1_997_486);
  });
  // open: a count in a named, dated other breach; its row changed no value on our 1,099 real articles and was removed (issue 11)
  it.fails('[open] ignores another breach recalled for comparison', () => {
    const f = run('Credit union reports breach',
      'The credit union said 12,000 members were affected by the intrusion.',
      'The 2017 Equifax breach that affected 147 million people remains the benchmark.');
    expect(f?.count).toBe(12_000);
  });
});

describe('extractAffected: the victim\'s own count over a trend', () => {
  const runFor = (company: string, headline: string, ...paragraphs: string[]) => {
    const c = { ...ctx(), company: victim(company) };
    return extractAffected(readDocument([headline, ...paragraphs].join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' }), c);
  };
  it('a tally across a wave of scams is not this incident\'s count', () => {
    const f = runFor('Brightwell Solar', 'New wave of payroll phishing scams affects more than 90,000 workers',
      'In January a fake email from the chief executive reached the payroll team at Brightwell Solar.',
      'The team sent tax forms containing the addresses and Social Security numbers of Brightwell Solar\'s nearly 3,000 employees to the scammer.');
    expect(f?.count).toBe(3_000);
  });
  it('a surge of attacks that names this victim keeps its figure', () => {
    const f = runFor('Brightwell Solar', 'Brightwell Solar hit as surge in phishing scams affects 90,000 of its staff',
      'The company said the scam exposed the tax forms of 90,000 staff.');
    expect(f?.count).toBe(90_000);
  });
});

describe('extractAffected: vague figures', () => {
  it('keeps "thousands of customers" as text with no count', () => {
    const f = run('Pizza chain breach', 'Thousands of customers had their card details stolen, the chain said.');
    expect(f).not.toBeNull();
    expect(f!.count).toBeNull();
    expect(f!.approximate).toBe(true);
    expect(f!.text.toLowerCase()).toContain('thousands of customers');
  });
});

// Near misses: none of these is the number of people, accounts or records affected.
const NEGATIVES: string[] = [
  'The regulator imposed a $4.2 million fine on the company over the breach.', // money
  'The company was fined £20m after the attack, the watchdog said.', // money
  'About 40 percent of customers were told to reset their passwords after the breach.', // percentage
  'The breach was discovered in 2019 and disclosed in 2020.', // years
  'The company has 50,000 employees worldwide and operates 300 stores.', // company size
  'With more than 10 million customers, the bank is the largest in the region.', // company size
  'Attackers demanded 75 bitcoin to restore the encrypted servers.', // money
  'The hackers stole 900 GB of data from the file server.', // size, not a count
  'Users of Office 365 accounts were targeted with fake login pages.', // product name
  'The ransomware hit 500 hotels and 20 restaurants in the chain.', // locations, not people
  'The breach lasted 18 days before it was detected.', // duration
  'Related: Retailer breach affects 2 million customers', // a link to another story
];

describe('extractAffected: counts written noun first, and bases', () => {
  const CASES: Array<[number | null, string]> = [
    [4_000, 'Of the roughly 9 million members, about 4,000 had their passwords stolen in the breach.'],
    [4_000, 'Additionally, of the 2 million active accounts, 4,000 were accessed by the hackers.'],
    [250_000, 'Location data from 250,000 connected cars was left unprotected online, researchers said.'],
    [3_000_000, 'About 3 million subscribers were left without service after the attack on the carrier.'],
    [1_200, 'Licence records of 1,200 nurses were exposed, the regulator said.'],
    [48_000, 'Hackers stole the contact details of 48,000 benefit recipients.'],
  ];
  // open: the row for a whole named before the count ("of the 9 million members, 4,000 …") changed one recent article
  // and was removed as fitted (issue 11: a rule earns its place on more than one article)
  const OPEN = new Set(['Of the roughly 9 million members, about 4,000 had their passwords stolen in the breach.',
    'Additionally, of the 2 million active accounts, 4,000 were accessed by the hackers.']);
  for (const [count, sentence] of CASES) {
    (OPEN.has(sentence) ? it.fails : it)(`${OPEN.has(sentence) ? '[open] ' : ''}${count} ← ${sentence}`, () => expect(run('Lender breach update', sentence)?.count ?? null).toBe(count));
  }
  it('a figure with more digits is the exact one behind a rounded one', () => {
    const f = run('Card issuer says nearly three million customers hit', 'The leaked files held data on 2.97 million customers, the card issuer said.');
    expect(f?.count).toBe(2_970_000);
  });
  it('the reading that made the count is given', () => {
    expect(run('Breach update', 'Hackers stole the records of 43,000 patients.')?.why?.rule).toBe('affected.counted-noun');
  });
});

describe('extractAffected: near misses', () => {
  for (const sentence of NEGATIVES) {
    it(`no count ← ${sentence}`, () => {
      const f = run('Security incident update', sentence);
      expect(f?.count ?? null).toBeNull();
    });
  }
  // open: a count in a named, dated other breach; its row changed no value on our 1,099 real articles and was removed (issue 11)
  it.fails('[open] no count ← The 2017 Equifax breach that affected 147 million people is still cited by regulators.', () => {
    const f = run('Security incident update', 'The 2017 Equifax breach that affected 147 million people is still cited by regulators.');
    expect(f?.count ?? null).toBeNull();
  });
  it('stays linear on a hostile line', () => {
    const t0 = Date.now();
    run('x', '1,000 '.repeat(50_000) + 'according to '.repeat(10_000));
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
});
