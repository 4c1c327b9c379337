// Sources: unit tables in the Duckling/chrono style — sentences grouped by the source they credit (name and
// kind), then near misses that must credit no one. Every example is written for this file.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractSources, sameName } from '../../src/extract/sources.js';
import type { SourceKind } from '../../src/record.js';
import { stepContext } from '../helpers/context.js';

const VICTIM = 'Northgate Logistics';

function ctxFor(company: string | null) {
  return stepContext('2024-03-04', { company });
}

/** Sources of a short article: a headline, then the sentence under test as its own paragraph. */
function sourcesOf(body: string, opts: { url?: string; company?: string | null } = {}) {
  const front = opts.url ? `---\ntitle: "Northgate Logistics hit by cyberattack"\nurl: "${opts.url}"\n---\n` : '';
  const text = `${front}Northgate Logistics hit by cyberattack\n\n${body}\n`;
  const doc = readDocument(text, { format: opts.url ? 'md' : 'txt' });
  return extractSources(doc, ctxFor(opts.company === undefined ? VICTIM : opts.company));
}

const POSITIVE: Array<{ name: string; kind: SourceKind; examples: string[] }> = [
  {
    name: VICTIM, kind: 'victim-statement', examples: [
      'Northgate Logistics said on Tuesday that an intruder reached its billing servers.',
      'Northgate Logistics has confirmed that shipping records were copied.',
      'As stated in a press release issued by the firm, the intruder was inside for three weeks.',
      'A spokesperson said the firm had called in outside investigators.',
      '“We are working around the clock to restore systems,” the company said in a statement.',
      'The company told customers that no card numbers were involved.',
      'A Northgate Logistics spokeswoman said the attack was contained within hours.',
      'According to the company, about 4,000 drivers were affected.',
      'LEEDS — Northgate Logistics, a freight operator with 40 depots, says the shipping records of some clients were copied.',
      'A local paper contacted Northgate Logistics for comment; the firm replied only to say an inquiry was under way.',
    ],
  },
  {
    name: 'Hollis Tribune', kind: 'news-outlet', examples: [
      'The attack was first reported by the Hollis Tribune, a regional newspaper.',
      'The regional newspaper Hollis Tribune reported that payroll files were taken.',
      'According to a report from the Hollis Tribune, the hackers demanded $2 million.',
    ],
  },
  {
    name: 'Reuters', kind: 'news-outlet', examples: [
      'A Northgate Logistics executive told Reuters that the intrusion began in January.',
      'Reuters reported that the gang had posted samples on its leak site.',
    ],
  },
  {
    name: 'BleepingComputer', kind: 'news-outlet', examples: [
      'Via BleepingComputer',
      'The leak site listing appeared on Friday (via BleepingComputer).',
    ],
  },
  {
    name: 'Maria Okafor', kind: 'person', examples: [
      '“Logistics firms hold a surprising amount of personal data,” said Maria Okafor, chief executive at Brightline Advisory.',
      'Maria Okafor, a vice president at Brightline Advisory, pointed out that freight firms are an easy target.',
      'Brightline Advisory CEO Maria Okafor said the breach was avoidable.',
    ],
  },
  {
    name: 'Quillon Labs', kind: 'researcher', examples: [
      'Researchers at Quillon Labs found the exposed database during a routine scan.',
      'Security firm Quillon Labs said the server had been open since October.',
      'Quillon Labs researchers discovered the bucket on March 1.',
      'The exposed bucket was spotted by Quillon Labs in February.',
      '“Open servers are found within hours,” said Dana Wirth, an analyst at the Dublin-based consultancy Quillon Labs.',
    ],
  },
  {
    name: "Information Commissioner's Office", kind: 'regulator', examples: [
      "A spokesperson for the UK's Information Commissioner's Office said it was assessing the report.",
      "The Information Commissioner's Office said it had received a breach report from the firm.",
    ],
  },
  {
    name: 'Securities and Exchange Commission', kind: 'regulator', examples: [
      'Operations were disrupted, the logistics group said in a notice filed with the Securities and Exchange Commission.',
    ],
  },
  {
    name: "Vermont attorney general's office", kind: 'regulator', examples: [
      "The breach came to light in a notice filed with the Vermont attorney general's office on Friday.",
    ],
  },
  {
    name: 'FBI', kind: 'law-enforcement', examples: [
      'The FBI said it was aware of the incident and was working with the company.',
      'According to the FBI, the same group hit three other carriers this year.',
    ],
  },
  {
    name: 'Meridian Wire', kind: 'news-outlet', examples: [
      'The operator described the intrusion in an interview with the international news agency Meridian Wire.',
      'Northgate Logistics issued a statement to the freight website Meridian Wire denying that payroll data was copied.',
    ],
  },
  {
    name: 'Cargo Desk', kind: 'other', examples: [
      'In a short note posted on Friday (via Cargo Desk), the firm said driver files were copied.',
    ],
  },
  {
    name: 'NCSC', kind: 'regulator', examples: [
      '“We are helping the firm recover,” said an NCSC spokesperson.',
    ],
  },
  {
    name: 'Harbour Police', kind: 'law-enforcement', examples: [
      'A senior official from the Harbour Police cyber unit said a warning had reached the depots in May.',
    ],
  },
  {
    name: 'government', kind: 'other', examples: [
      'The government denied that the tax portal itself had been breached.',
      'Fuel deliveries to the depots resumed on Monday, according to the government.',
    ],
  },
  {
    name: 'federal government', kind: 'other', examples: [
      'The federal government said about 5,000 benefit accounts were targeted.',
    ],
  },
  {
    name: 'Sentrylab', kind: 'researcher', examples: [
      'Security firm Sentrylab affirmed the findings a day later.',
    ],
  },
  {
    name: 'Nightjar', kind: 'other', examples: [
      'The Nightjar ransomware gang claimed responsibility for the attack on its leak site.',
      'The hackers, who call themselves Nightjar, said they would publish the data next week.',
      'The group, which calls itself Nightjar, said the data included invoices and driver licences.',
    ],
  },
];

/** Near misses: page furniture, the publisher, the author, and names merely mentioned. */
const NEGATIVE: Array<{ why: string; text: string; url?: string }> = [
  { why: 'image credit', text: '(Image credit: Shutterstock)' },
  { why: 'image credit, short form', text: 'Image: Getty Images' },
  { why: 'byline', text: 'Written by Tomas Verhoeven, Senior Writer' },
  { why: 'byline with By', text: 'By Tomas Verhoeven' },
  { why: 'promo link', text: 'Also check out our guide to the best password managers from Keystone Reviews' },
  { why: 'related story', text: 'Read more: Harbor Freight Mutual says attackers stole member data' },
  { why: 'the publisher itself', text: 'Freight Weekly reported that the attack began in January.', url: 'https://www.freightweekly.com/news/northgate' },
  { why: 'a company merely mentioned', text: 'Northgate Logistics ships parts for Corvane Motors and Eastwell Foods across the region.' },
  { why: 'a place before the verb', text: 'The depot, which is based in Leeds, England, reported no disruption.' },
  { why: 'negated statement', text: 'Corvane Motors has not confirmed whether its shipments were affected.' },
  { why: 'declined to comment', text: 'Corvane Motors declined to comment on the matter.' },
  { why: 'a breach reported to a regulator is not a credit to it', text: 'The incident was reported to the authorities last week.' },
  { why: 'unnamed researchers', text: 'Security researchers said the group has been active since 2022.' },
  { why: 'a pronoun', text: 'They said the attackers used a stolen password.' },
  { why: 'a weekday', text: 'On Monday, it said, the systems were restored.' },
  { why: 'a capitalised common word', text: 'Research published last year found that freight firms patch slowly. The research was widely cited.' },
  { why: 'platform named in via', text: 'The company shared the update via Twitter.' },
  { why: 'wire-copy credits', text: '(Reporting by Tomas Verhoeven; Editing by Ines Calder)' },
  { why: 'a plural common noun opening the sentence', text: 'Logs suggested the server had been open for weeks.' },
  { why: 'no answer to a request for comment', text: 'Freight Weekly contacted Corvane Motors for comment but did not receive a response.' },
  { why: 'a nationality adjective', text: 'Spanish investigators said the suspects were arrested in Valencia.' },
  { why: 'a noun label, not the verb', text: 'Audio report: written by staff, read by a machine voice.' },
  { why: 'a list item whose noun reads like a verb', text: '• Health claims information, such as health plan numbers' },
  { why: 'a wire’s own footer (the wire wrote the story)', text: 'This report by Meridian Wire was first published May 2.' },
  { why: 'a compound adjective before a lower-case noun', text: 'Riga-headquartered firms said little about the outage.' },
  { why: 'a government mentioned, not speaking', text: 'Residents need a government issued card to open the portal.' },
  { why: 'told someone who is no outlet', text: 'The firm told customers in Leeds to reset their passwords.' },
];

describe('sources: positives', () => {
  for (const group of POSITIVE) {
    describe(`${group.name} (${group.kind})`, () => {
      for (const example of group.examples) {
        it(example, () => {
          const found = sourcesOf(example).filter((s) => sameName(s.name, group.name));
          expect(found.map((s) => [s.name, s.kind])).toEqual([[group.name, group.kind]]);
          expect(found[0]!.sentences[0]!.text).toContain(example.slice(0, 20));
        });
      }
    });
  }
});

describe('sources: near misses', () => {
  for (const n of NEGATIVE) {
    it(n.why, () => {
      const found = sourcesOf(n.text, { url: n.url, company: null });
      expect(found.map((s) => s.name)).toEqual([]);
    });
  }
});

describe('sources: whole articles', () => {
  const article = [
    'Northgate Logistics hit by cyberattack',
    '(Image credit: Shutterstock)',
    'Northgate Logistics has revealed that an attacker reached its network earlier this month.',
    'According to a statement from the company, staff noticed the intrusion on March 2.',
    'Local outlets Hollis Tribune and Ridgeway Courier said the attacker had access between January and March, according to a report from Cargo Desk.',
    'Also check out our pick of the best firewalls',
    'Via Cargo Desk',
    'Tomas Verhoeven',
    'After working with the Freight Weekly team for years, Tomas is now a reporter at Daily Dispatch where he covers security.',
  ].join('\n\n');

  it('credits the victim, the outlets and the relay, and nobody from the page furniture', () => {
    const doc = readDocument(`---\nurl: "https://www.freightweekly.com/news/x"\n---\n${article}\n`, { format: 'md' });
    const found = extractSources(doc, ctxFor(VICTIM));
    expect(found.map((s) => [s.name, s.kind])).toEqual([
      [VICTIM, 'victim-statement'],
      ['Hollis Tribune', 'news-outlet'],
      ['Ridgeway Courier', 'news-outlet'],
      ['Cargo Desk', 'other'],
    ]);
    // the evidence is the crediting sentences, in order
    expect(found[0]!.sentences.map((s) => s.text.slice(0, 25))).toEqual([
      'Northgate Logistics has r', 'According to a statement ',
    ]);
    expect(found[3]!.sentences).toHaveLength(2);
  });

  it('merges a surname and an acronym into the names they stand for; a quoted researcher credits the firm too', () => {
    const text = [
      'Northgate Logistics hit by cyberattack',
      'The Federal Bureau of Investigation (FBI) said it was investigating.',
      '“The attackers moved quickly,” said Maria Okafor, a researcher at Brightline Advisory.',
      'Okafor added that the gang has hit freight firms before. The FBI said no arrests had been made.',
    ].join('\n\n');
    const found = extractSources(readDocument(text, { format: 'txt' }), ctxFor(VICTIM));
    expect(found.map((s) => [s.name, s.sentences.length])).toEqual([
      ['Federal Bureau of Investigation', 2],
      ['Maria Okafor', 2],
      ['Brightline Advisory', 1],
    ]);
  });

  it('resolves "Lieutenant General Ortiz" and "Mr Ortiz" to the full name given earlier', () => {
    const text = [
      'Northgate Logistics hit by cyberattack',
      'The national cyber coordinator, Lena Ortiz, opened the briefing on Tuesday.',
      '“We are working with the firm around the clock,” Lieutenant General Ortiz said.',
      'Mr Ortiz added that no ransom had been paid.',
    ].join('\n\n');
    const found = extractSources(readDocument(text, { format: 'txt' }), ctxFor(VICTIM));
    expect(found.map((s) => s.name)).toContain('Lena Ortiz');
    expect(found.map((s) => s.name).filter((n) => /Ortiz/.test(n))).toEqual(['Lena Ortiz']);
  });

  it('gives every source the rule that credited it, and explains the names it set aside', () => {
    const text = '---\nurl: "https://www.coastalledger.com/news/1"\n---\nNorthgate Logistics hit by cyberattack\n\nThe Coastal Ledger said the depot was shut. Sentrylab said so too.\n';
    const ctx = ctxFor(VICTIM);
    const found = extractSources(readDocument(text, { format: 'md' }), ctx);
    expect(found.map((s) => [s.name, s.why?.rule])).toEqual([['Sentrylab', 'sources.subject-verb']]);
    expect(ctx.explain.dropped.map((d) => [d.text, d.why.rule])).toEqual([['Coastal Ledger', 'sources.publisher']]);
  });

  it('keeps the victim’s own notice on its own site as its statement, and drops another publisher', () => {
    const own = '---\nurl: "https://www.northgatelogistics.com/news/notice"\n---\nNorthgate Logistics hit by cyberattack\n\nNorthgate Logistics announced today that driver records were copied.\n';
    expect(extractSources(readDocument(own, { format: 'md' }), ctxFor(VICTIM)).map((s) => [s.name, s.kind])).toEqual([[VICTIM, 'victim-statement']]);
    const other = '---\nurl: "https://www3.nhk.or.jp/news/1"\n---\nNorthgate Logistics hit by cyberattack\n\nNorthgate Logistics told NHK that driver records were copied.\n';
    expect(extractSources(readDocument(other, { format: 'md' }), ctxFor(VICTIM)).map((s) => s.name)).toEqual([VICTIM]);
  });

  it('stays linear on hostile input', () => {
    const text = `Headline\n\n${'according to '.repeat(10_000)}Acme.\n\n${'Acme said '.repeat(5_000)}\n\n${'A'.repeat(200_000)} said.`;
    const doc = readDocument(text, { format: 'txt' });
    extractSources(readDocument('Headline\n\nAcme said it was hacked.', { format: 'txt' }), ctxFor(null)); // load the NLP libraries first
    const t0 = Date.now();
    extractSources(doc, ctxFor(null));
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
});

describe('the attackers named by a common noun ("the hackers said")', () => {
  const names = async (text: string) => {
    const { extract } = await import('../../src/extract/index.js');
    return extract(text, { format: 'txt' }).sources.map((s) => s.name);
  };
  it('credits the actor the lede names', async () => {
    const got = await names('Freight operator hit by ransomware\n\nHackers from the Thornback ransomware group broke into Northgate Logistics last week and encrypted its depot servers.\n\nThe stolen files include payroll records and scans of drivers’ licences, the hackers said in a post on their leak site.\n');
    expect(got.some((n) => sameName(n, 'Thornback'))).toBe(true);
  });
  it('credits no one when no actor is named for the incident', async () => {
    const got = await names('Freight operator hit by ransomware\n\nNorthgate Logistics said on Monday that its depot servers had been encrypted in a cyberattack.\n\nThe stolen files include payroll records, the hackers said in a post on their leak site.\n\nThe attack resembles one carried out by the Grey Heron gang on a port operator in 2021.\n');
    expect(got.some((n) => sameName(n, 'Grey Heron'))).toBe(false);
  });
});
