import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { findScope } from '../../src/extract/scope.js';
import { extract } from '../../src/extract/index.js';
import { victim } from '../helpers/context.js';

/** The background sentences of an invented article, as [text, rule] pairs. */
function background(paragraphs: string[], name = 'Lakemoor Dairy', published = '2024-06-10'): Array<[string, string]> {
  const doc = readDocument(`# Dairy cooperative hit by cyberattack\n\n${paragraphs.join('\n\n')}\n`, { format: 'md', published });
  const scope = findScope(doc, victim(name), published);
  return doc.sentences.filter((s) => scope.isBackground(s)).map((s) => [s.text, scope.whyBackground(s)!.rule]);
}

describe('scope: background sentences', () => {
  it('reads nothing as background in a plain report', () => {
    expect(background([
      'Lakemoor Dairy said on Monday that attackers reached its payroll server in April.',
      'The cooperative notified 4,000 farmers and reported the breach to the regulator.',
    ])).toEqual([]);
  });

  it('marks another named victim with its place after its name ("X in northern Y confirmed a breach")', () => {
    expect(background([
      'Lakemoor Dairy said attackers reached its payroll server in April.',
      'Last week, Pelham Schools in northern Eastshire confirmed a breach of its student database.',
      'Last month, the Lakemoor Dairy office in central Eastshire was hit by a power cut.',
    ])).toEqual([['Last week, Pelham Schools in northern Eastshire confirmed a breach of its student database.', 'scope.other-victim-suffered']]);
  });

  it('marks a list of other victims of a campaign', () => {
    expect(background([
      'Lakemoor Dairy said attackers reached its payroll server.',
      'Other victims include a grain exporter and two regional airports.',
    ])).toEqual([['Other victims include a grain exporter and two regional airports.', 'scope.other-victims-list']]);
  });

  it("carries another victim's story to the end of its paragraph, and stops where the victim is named", () => {
    const found = background([
      'Lakemoor Dairy said attackers reached its payroll server in April.',
      'Ostrava Mills was hit by a similar attack in 2021. Its card data was sold within a week. Lakemoor Dairy said the two incidents are not linked.',
    ]);
    expect(found.map(([, rule]) => rule)).toEqual(['scope.other-victim-suffered', 'scope.other-victim-suffered']);
    expect(found[1]![0]).toMatch(/^Its card data/);
  });

  it('reads the incident at another named organisation as background, but not the one at the victim', () => {
    const found = background([
      'Lakemoor Dairy said attackers reached its payroll server in April.',
      'The breach at Ostrava Mills, a flour maker, exposed the bank details of 30,000 farmers. Its staff were told on Friday.',
      'The attack on Lakemoor Dairy began with a phishing email, the cooperative said.',
    ]);
    expect(found.map(([, rule]) => rule)).toEqual(['scope.incident-at-other', 'scope.incident-at-other']);
  });

  it("follows another victim's story into the next paragraphs while they name it, and not the victim", () => {
    const found = background([
      'Lakemoor Dairy said attackers reached its payroll server in April.',
      'Last year, rival creamery Ostrava Mills was hit by a similar attack.',
      'Ostrava Mills later said the names of 9,000 suppliers were taken in July 2023.',
      'The cooperative said its own suppliers had not been affected.',
      'Ostrava Mills has since rebuilt its network.',
    ]);
    expect(found.map(([t]) => t.slice(0, 24))).toEqual(['Last year, rival creamer', 'Ostrava Mills later said']);
  });

  it('reads attackers striking another named organisation as its story, not this one', () => {
    expect(background([
      'Lakemoor Dairy said attackers reached its payroll server in April.',
      'When the same gang attacked the grain exporter Ostrava Mills, it asked for ten million dollars.',
      'The gang attacked Lakemoor Dairy through a supplier portal.',
    ]).map(([, rule]) => rule)).toEqual(['scope.other-org-attacked']);
  });

  it("keeps a supplier's incident that reached the victim: it is this incident, not another story", () => {
    expect(background([
      'Lakemoor Dairy closed its depots after ransomware spread through Fenwick Systems, its billing software supplier.',
      'The attack on Fenwick Systems was discovered on Friday night, the cooperative said.',
    ])).toEqual([]);
    expect(background([
      'Lakemoor Dairy said attackers reached its payroll server in April.',
      'The attack on Fenwick Systems was discovered on Friday night, a rival said.',
    ]).map(([, rule]) => rule)).toEqual(['scope.incident-at-other']);
  });

  it('does not read "is an experienced" as a victim that "experienced" an incident', () => {
    expect(background([
      'Lakemoor Dairy said attackers reached its payroll server in April.',
      'Coldstream is an experienced group of extortionists, the cooperative said.',
    ])).toEqual([]);
  });

  it("carries the victim's own earlier incident until the text returns to the present", () => {
    const found = background([
      'In 2019, the cooperative suffered a ransomware attack on its tankers. Attackers stayed for six months. This year the intruders came in through a supplier.',
    ]);
    expect(found.map(([t]) => t.slice(0, 24))).toEqual(['In 2019, the cooperative', 'Attackers stayed for six']);
  });

  it('keeps a recent year: an incident of last year is not "past" by date alone', () => {
    expect(background([
      'Lakemoor Dairy said the intrusion began in May.',
      'In 2023, the cooperative suffered the intrusion that it disclosed this week.',
    ])).toEqual([]);
  });

  it('does not read a capitalised common word as another victim', () => {
    expect(background([
      'Lakemoor Dairy said attackers reached its payroll server.',
      'Hackers also targeted the backups, the cooperative said, and hackers left a note.',
    ])).toEqual([]);
  });

  it('marks a statistic across many incidents, without carrying it', () => {
    expect(background([
      'Lakemoor Dairy said attackers reached its payroll server.',
      'On average, a breach in farming costs two million dollars. The cooperative has hired a forensic firm.',
    ]).map(([, rule]) => rule)).toEqual(['scope.trend-statistic']);
  });

  // A battery of invented sentences: what attackers or stolen data usually do, what a firm holds in general, a year in
  // review, data another organisation lost (background); and this incident told in the present tense (not background).
  const GENERIC = [
    'Many cybercriminals are known to reuse passwords leaked in older breaches.',
    '2022 saw a flood of phishing campaigns and distributed denial-of-service attacks.',
    'The past year has been a hard one, with ransomware and phishing striking hospitals.',
    'Researchers said the crew has been refining its social engineering tactics.',
  ];
  // Known misses, kept as a backlog: general statements of what attackers or stolen data usually do, what a firm
  // holds in the ordinary course, data another organisation lost. Rows for them were written and measured; they
  // changed no value on any of our 1,038 real articles, so they have not earned a place yet (issue 11).
  const GENERIC_OPEN = [
    'Ransomware gangs typically copy payroll files before they lock the servers.',
    'Criminals use stolen details to open lines of credit in the victims’ names.',
    'Stolen health records can fetch high prices on underground forums.',
    'Such data can be sold to fraudsters within days, experts warn.',
    'Hackers often sell stolen credentials on dark web markets.',
    'As a payroll processor, the firm handles the bank details of two million workers.',
    'As one of the largest insurers in the state, Pelham Mutual holds medical records for half its residents.',
    'A rival chain lost the card numbers of its shoppers in 2021.',
    'Another retailer, Dunmore Outfitters, exposed the addresses of its members last spring.',
    'Fraudsters tend to target the elderly with calls that mimic a bank.',
    'Personal information is often sold in bulk, an analyst said.',
    'Identity thieves can use a date of birth and an address to open accounts.',
  ];
  const THIS_INCIDENT = [
    'The stolen files include passport scans and tax forms, the cooperative said.',
    'The company says it holds no card data on its servers.',
    'Lakemoor Dairy said hackers stole the bank details of 4,000 farmers.',
    'The hackers used stolen credentials to reach the payroll server.',
    'As a precaution, the firm reset the passwords of every employee.',
    'As a result, the firm notified 4,000 farmers by letter.',
    'The attackers typically encrypted files at night, the cooperative said.',
    'The stolen data could include names and addresses, the cooperative warned.',
    'In March the cooperative said it stores card numbers in an encrypted vault.',
    'The leaked records contain social security numbers and dates of birth.',
    'A rival chain said the card numbers of its shoppers were safe.',
    'Lakemoor Dairy lost the card numbers of its shoppers in the attack.',
    'Early 2024 was when the intruders first logged in, the cooperative said.',
    'The cooperative said the outage happened when criminals used a password taken from another site.',
  ];
  const lede = 'Lakemoor Dairy said on Monday that attackers reached its payroll server.';

  it.each(GENERIC)('reads a general statement as background: %s', (sentence) => {
    expect(background([lede, sentence]).map(([t]) => t)).toEqual([sentence]);
  });

  it.fails.each(GENERIC_OPEN)('[open: no row yet] reads a general statement as background: %s', (sentence) => {
    expect(background([lede, sentence]).map(([t]) => t)).toEqual([sentence]);
  });

  it.each(THIS_INCIDENT)('keeps a statement of this incident: %s', (sentence) => {
    expect(background([lede, sentence])).toEqual([]);
  });

});

describe('scope in the pipeline', () => {
  it('sets aside a date read in a background sentence, and says why with --explain', () => {
    const text = [
      '# Lakemoor Dairy confirms breach of payroll server',
      '',
      'Lakemoor Dairy said attackers reached its payroll server on 3 April 2024 and were shut out on 9 April 2024.',
      '',
      'In 2019, the cooperative suffered a ransomware attack that began on 2 February 2019.',
      '',
    ].join('\n');
    const record = extract(text, { format: 'md', published: '2024-06-10', explain: true });
    expect(record.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2024-04-03']));
    expect(record.dates.map((d) => d.value)).not.toContain('2019-02-02');
    expect(record.explain!.dropped).toContainEqual(expect.objectContaining({ field: 'dates', rule: 'scope.dated-past-incident' }));
  });
});
