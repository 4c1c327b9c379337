import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractCompany } from '../../src/extract/company.js';
import { extract } from '../../src/extract/index.js';
import type { Context } from '../../src/extract/types.js';
import { Explain } from '../../src/rules.js';

const ctx = (): Context => ({ published: '2024-05-10', warnings: [], explain: new Explain(true) });
const run = (headline: string, ...paragraphs: string[]) =>
  extractCompany(readDocument([headline, ...paragraphs].join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' }), ctx());
const names = (headline: string, ...paragraphs: string[]) => {
  const c = run(headline, ...paragraphs);
  return c ? [c.name, ...c.aliases] : [];
};

type Article = [string, ...string[]];

// Positive examples grouped by the expected victim (as the article writes it).
const POSITIVES: Array<[string, Article[]]> = [
  ['Marlow Building Society', [
    ['Marlow Building Society confirms data breach',
      'Marlow Building Society said on Tuesday that hackers had accessed the personal details of some members.',
      'The lender said it had notified the regulator.'],
    ['Members warned after cyber attack',
      'Hackers breached the systems of Marlow Building Society last month, the mutual said.',
      'Security firm Ostrava Labs said the attack was typical of a criminal group it tracks.'],
  ]],
  ['Quillon', [
    ['Retailer hit by breach',
      'Customers of the online furniture retailer Quillon have been told to change their passwords after a data breach.',
      'Quillon said an unauthorized party had accessed its customer database in March.',
      '"Breaches like this are common," said Dana Pike, CTO at Redwall Security.'],
    ['Quillon data breach: what we know',
      'A breach at Quillon exposed the email addresses of 40,000 shoppers.',
      'Quillon\'s servers were compromised through a vulnerable plugin, the company said.'],
  ]],
  ['Tamsin Valley Health', [
    ['Hospital group notifies patients',
      'Tamsin Valley Health has begun notifying patients that their records may have been exposed.',
      'The hospital group said ransomware encrypted several servers on 2 May.'],
  ]],
  ['NHS Kelvin & Lorne', [
    ['Patient records accessed by staff member',
      'A member of staff at NHS Kelvin & Lorne inappropriately accessed patient records, the health board said.',
      'NHS Kelvin & Lorne said it was contacting the patients concerned.'],
  ]],
  ['Linden Vale Hospital', [
    ['Hospital hit by ransomware',
      'The FBI said it was investigating the attack, which encrypted servers at Linden Vale Hospital on Sunday.',
      'Linden Vale Hospital said it had switched to paper records.'],
  ]],
  ['St Agatha\'s General Hospital', [
    ['Laptop stolen from doctor\'s car',
      'A laptop holding the records of 900 patients was stolen from a doctor at St Agatha\'s General Hospital, the hospital said.',
      'The hospital said it had written to the patients.'],
  ]],
  ['Bright Arc Studios', [
    ['Game developer confirms hack',
      'Bright Arc Studios (BAS) said on Friday that attackers had stolen source code for two unreleased games.',
      'BAS said player accounts were not affected.'],
  ]],
  // name forms: "the University of X", "City of X", "X County"
  ['University of Eastmoor', [
    ['Students told of breach', 'Hackers breached the University of Eastmoor and copied student records.', 'The University of Eastmoor said exams would go ahead.'],
  ]],
  ['City of Brackwater', [
    ['City services down', 'The City of Brackwater said ransomware had encrypted its billing servers.', 'The city asked residents to pay in person.'],
  ]],
  ['Dunmore County', [
    ['County payroll hit', 'Dunmore County said an intruder accessed its payroll system in June.', 'The county has notified its employees.'],
  ]],
  // a dateline is no name: the victim follows it
  ['Harbour Water', [
    ['Utility breach', 'ST. ALBANS, Herts. - Harbour Water said hackers had accessed customer bank details.', 'Harbour Water has written to customers.'],
  ]],
  // a short name opening sentences, written in full elsewhere
  ['Quarry Mutual', [
    ['Insurer confirms hack', 'Quarry said on Monday that its claims system was hacked.', 'Hackers breached Quarry Mutual through a contractor account.', 'Quarry said claims would be slower.'],
  ]],
  // a name the tagger may read as a person, with an organisation's context
  ['Morgan Ashby', [
    ['Morgan Ashby fined over customer data', 'Morgan Ashby has agreed to pay a fine for failing to protect customer data.', 'Morgan Ashby CEO Dana Pike said the firm regretted the lapse.', "Morgan Ashby's customers were told in writing."],
  ]],
];

// Names an article mentions that are not the victim: publisher, security firm, attacker, comparison.
const NOT_VICTIM: Array<[string, Article]> = [
  ['Redwall Security', ['Retailer hit by breach',
    'Quillon said an unauthorized party had accessed its customer database in March.',
    '"Breaches like this are common," said Dana Pike, CTO at Redwall Security.']],
  ['Ostrava Labs', ['Members warned after cyber attack',
    'Hackers breached the systems of Marlow Building Society last month, the mutual said.',
    'Researchers at Ostrava Labs said the attack was typical of a criminal group.']],
  ['Black Finch', ['Council systems down after attack',
    'The Black Finch ransomware gang claimed responsibility for the attack on Ardmore Council.',
    'Ardmore Council said its systems were hit by ransomware on Monday.']],
  ['Helix Telecom', ['Insurer confirms breach',
    'Corvane Insurance confirmed that hackers had accessed policyholder data.',
    'The incident follows earlier breaches at firms such as Helix Telecom.']],
  ['FBI', ['Hospital hit by ransomware',
    'The FBI said it was investigating the attack, which encrypted servers at Linden Vale Hospital on Sunday.',
    'Linden Vale Hospital said it had switched to paper records.']],
  ['Windows', ['Ransomware spreads through old PCs',
    'The ransomware spread through unpatched Windows computers at Harrow Logistics, the company said.',
    'Harrow Logistics said its systems were restored from backups.']],
  ['Tavor Labs', ['Flaw found in bank app',
    'The flaw, found by security company Tavor Labs, exposed the account details of Pennant Bank customers.',
    'Tavor Labs said it had contacted Pennant Bank in March.']],
  ['Night Kite', ['Marketplace hacked',
    'A hacker who uses the alias Night Kite said he had stolen 200,000 messages from the Quorra marketplace.',
    'Quorra confirmed that its servers had been breached.']],
  ['Grimlock', ['New Grimlock malware steals browser passwords',
    'Grimlock malware has been found stealing saved passwords from browsers, researchers said.',
    'Grimlock, a modular backdoor, spreads through fake software updates.']],
  ['APT77', ['Spies blamed for ministry hack',
    'APT77 breached the network of the Ministry of Ports, investigators said.',
    'The Ministry of Ports said its email server had been accessed.']],
  ['TechWire Daily', ['Corvane Insurance confirms breach - TechWire Daily',
    'Corvane Insurance confirmed that hackers had accessed policyholder data.',
    'TechWire Daily has contacted the insurer for comment.']],
  ['ST', ['Utility breach',
    'ST. ALBANS, Herts. - Harbour Water said hackers had accessed customer bank details.',
    'Harbour Water has written to customers.']],
];

// Articles with no identifiable victim organisation.
const NO_VICTIM: Article[] = [
  ['How to protect yourself from phishing',
    'Phishing emails are getting harder to spot. Security experts recommend checking the sender address.',
    'You should never click on links in unexpected messages.'],
  ['Surge in ransomware reported',
    'Ransomware attacks rose sharply last year, according to a survey of 500 IT managers.'],
];

describe('company: the victim organisation', () => {
  for (const [expected, articles] of POSITIVES) {
    for (const article of articles) {
      it(`finds ${expected} in "${article[0]}"`, () => {
        expect(names(...article)).toContain(expected);
      });
    }
  }

  for (const [notVictim, article] of NOT_VICTIM) {
    it(`does not take ${notVictim} for the victim`, () => {
      expect(names(...article)).not.toContain(notVictim);
    });
  }

  for (const article of NO_VICTIM) {
    it(`finds no victim in "${article[0]}"`, () => {
      expect(run(...article)).toBeNull();
    });
  }

  it('keeps an acronym in parentheses as an alias', () => {
    const found = names('Game developer confirms hack',
      'Bright Arc Studios (BAS) said on Friday that attackers had stolen source code for two unreleased games.',
      'BAS said player accounts were not affected.');
    expect(found).toEqual(expect.arrayContaining(['Bright Arc Studios', 'BAS']));
  });

  it('groups a short form with the full name', () => {
    const found = names('Orlen Motors breach',
      'Orlen Motors Corporation said hackers had accessed its dealer network.',
      'Orlen Motors said it had reported the breach to the authorities.');
    expect(found).toEqual(expect.arrayContaining(['Orlen Motors', 'Orlen Motors Corporation']));
  });

  it('gives evidence sentences that name the victim', () => {
    const c = run('Quillon data breach', 'A breach at Quillon exposed the email addresses of 40,000 shoppers.');
    expect(c?.sentences[0]?.text).toContain('breach at Quillon');
  });
});

// Country of the victim, grouped by ISO code.
const COUNTRIES: Array<[string, Article[]]> = [
  ['JP', [
    ['Electronics maker confirms breach', 'Japanese electronics maker Sorami said hackers had accessed its servers.'],
    ['Sorami breach', 'Osaka-based Sorami said on Friday that it had suffered a data breach.'],
  ]],
  ['GB', [
    ['Lender hit', 'Customers of UK payday lender Quickfund were told their data had been stolen in a breach.'],
  ]],
  ['US', [
    ['Insurer breach', 'Corvane Insurance, based in Hartford, Connecticut, said hackers had stolen policyholder data.'],
  ]],
  ['US', [
    ['Clearing house outage', 'Veltrix Health said attackers had disrupted its claims systems.',
      'Veltrix Health told the Securities and Exchange Commission that the intrusion was detected on March 2.',
      'Researchers said the gang behind it is a Russian-speaking operation.'],
  ]],
  ['CA', [
    ['Pharmacy customers caught up in vendor breach', 'Larchmont Pharmacy, a chain of drugstores in eastern Canada, said customer records were stolen from its software supplier.',
      'The supplier reported the intrusion to the U.S. Securities and Exchange Commission in its quarterly form.', 'About 9,000 customers in Canada were told this week.'],
  ]],
  ['IL', [
    ['Forensics firm hacked', 'Hackers breached Tavor Forensics and stole customer records.', 'Tavor Forensics is an Israeli company that sells phone-unlocking tools.'],
  ]],
  ['NL', [
    ['Insurer breach', 'Hackers breached Velden Verzekeringen and copied claims files.', "The Dutch insurer's customers were told on Friday.", 'Velden Verzekeringen said the intruders were removed.'],
  ]],
  ['BR', [
    ['Fintech leak', "Brazil's largest digital lender, Cobre Pay, said an intruder accessed account records.", 'Cobre Pay said cards were safe.'],
  ]],
  // a national body's name inside another country's longer one does not place the victim
  ['SG', [
    ['Marketplace leak', 'Hackers breached Lumo Market and copied seller records.', 'Lumo Market told the Personal Data Protection Commission of Singapore.'],
  ]],
  ['AU', [
    ['Prescriptions exposed', 'Hackers stole files from Meridose, exposing the records of two million Australians.', 'Meridose said it was working with police.'],
  ]],
];

describe('company: country', () => {
  for (const [code, articles] of COUNTRIES) {
    for (const article of articles) {
      it(`reads ${code} from "${article[1]!.slice(0, 50)}…"`, () => {
        expect(run(...article)?.country).toBe(code);
      });
    }
  }

  it('leaves the country null when the article does not say', () => {
    expect(run('Quillon data breach', 'A breach at Quillon exposed the email addresses of 40,000 shoppers.')?.country).toBeNull();
  });

  it('never reads the country from the attacker ("a Russia-linked gang", "Chinese hackers")', () => {
    expect(run('Quillon data breach', 'A breach at Quillon exposed the email addresses of 40,000 shoppers.',
      'A Russia-linked gang claimed the attack, and Chinese hackers were also blamed.', 'Researchers said the Russian-speaking crew sells access.')?.country).toBeNull();
  });

  it('does not take another organisation\'s description for the victim\'s ("China-based retailer Gearmart")', () => {
    expect(run('Quillon data breach', 'A breach at Quillon exposed the email addresses of 40,000 shoppers.',
      'The leak resembles one at China-based retailer Gearmart last year.')?.country).not.toBe('CN');
  });

  it('says which rule placed the victim and which candidates lost', () => {
    const doc = readDocument(['Harbour Bank hit by hackers', 'Hackers breached Harbour Bank, researchers at Ostrava Labs said.', 'Harbour Bank said savings were safe.'].join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' });
    const c = ctx();
    const found = extractCompany(doc, c);
    expect(found?.why?.rule).toBe('company.object-of-breach-verb');
    expect(c.explain.dropped.map((d) => [d.text, d.why.rule])).toContainEqual(['Ostrava Labs', 'company.firm-behind-report']);
  });
});

describe('company: the country has its own why', () => {
  const article = 'Insurer breach\n\nHackers breached the Dutch insurer Velmond Verzekeringen and copied claim files.\n';
  it('names the rule that placed the victim, apart from the rule that chose it', () => {
    const c = run(...(article.trim().split('\n\n') as Article));
    expect(c?.countryWhy?.rule).toBe('country.descriptor-before');
    expect(c?.why?.rule).toBe('company.object-of-breach-verb');
  });
  it('shows it in the record only with --explain', () => {
    expect(extract(article, { format: 'txt', explain: true }).company?.countryWhy?.rule).toBe('country.descriptor-before');
    expect(extract(article, { format: 'txt' }).company).not.toHaveProperty('countryWhy');
  });
  it('has no countryWhy when the country is unknown', () => {
    expect(run('Quillon data breach', 'A breach at Quillon exposed the email addresses of 40,000 shoppers.')?.countryWhy).toBeUndefined();
  });
  it('hands the incident step the sentences naming the victim and whether it is in a victim role', () => {
    const c = run('Harbour Bank hit by hackers', 'Hackers breached Harbour Bank.', 'Savings were safe, staff said.', 'Harbour Bank reopened its branches.');
    expect(c?.victimRole).toBe(true);
    expect(c?.mentions?.map((s) => s.text)).toEqual(['Hackers breached Harbour Bank.', 'Harbour Bank reopened its branches.']);
  });
});

describe('company: hostile input', () => {
  it('stays fast on a long line of repeated phrases', () => {
    const line = 'according to '.repeat(10_000) + 'Acme Corp said hackers breached its servers.';
    const t0 = Date.now();
    run('Acme Corp breach', line);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
