// A battery of invented paragraphs (issue 11, background and related stories): what the article says about this
// incident, set beside what it says about another victim, a definition of a threat, or a statistic across a sector.
// Each background sentence must be read as background and each sentence of this incident must not. Sentences the
// rules do not yet read are kept as open rows (expected failures): a backlog of known misses, not a pass.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { findScope } from '../../src/extract/scope.js';
import type { CompanyFinding } from '../../src/extract/types.js';
import { victim } from '../helpers/context.js';

const VICTIM: CompanyFinding = victim('Lakemoor Dairy', ['Lakemoor']);
const LEDE = 'Lakemoor Dairy said on Monday that attackers reached its payroll server in April.';

/** Whether `sentence`, set as its own paragraph after the lede, is read as background. */
function isBackground(sentence: string, title = 'Dairy cooperative hit by cyberattack'): boolean {
  const doc = readDocument(`# ${title}\n\n${LEDE}\n\n${sentence}\n`, { format: 'md', published: '2024-06-10' });
  const scope = findScope(doc, VICTIM, '2024-06-10');
  const s = doc.sentences.find((x) => x.text === sentence);
  if (!s) throw new Error(`sentence not found as one: ${sentence}`);
  return scope.isBackground(s);
}

// definitions of a threat term or a named strain: what such attacks are, not what happened here
const DEFINITION = [
  'Ransomware is a type of malicious software that locks files until a fee is paid.',
  'Phishing is the practice of sending emails that pretend to come from a trusted sender.',
  'Credential stuffing is when attackers try leaked passwords on other websites.',
  'Smishing refers to text messages that lure people to fake login pages.',
  'A data breach is any incident in which personal data is lost, stolen or disclosed.',
  'Skimming involves hidden devices that copy card numbers at a till.',
  'Grimlock is a strain of ransomware first spotted in 2021.',
  'Spear phishing is a targeted form of phishing aimed at one person.',
  'Business email compromise is a scam in which criminals pose as an executive.',
  'Malware, short for malicious software, is any program written to harm a computer.',
];
// what a threat does, in the present tense: read as this incident's steps as often, so not yet background
const DEFINITION_OPEN = [
  'Ransomware typically spreads through emails with infected attachments.',
  'Phishing happens when fraudsters pose as a bank to obtain passwords.',
  'Ransomware encrypts every file on a machine and demands payment for the key.',
  'A DDoS attack floods a website with traffic until it can no longer answer.',
  'Ransomware has become one of the costliest threats to farms and food makers.',
  'Grimlock, which first appeared in 2021, steals data before it encrypts it.',
];

// another named organisation's own incident, told with no word that points back to this one
const OTHER_VICTIM = [
  'Last week, the Brackley Water Board confirmed a billing database was breached in a March cyberattack.',
  'On May 5, Pelham County Schools said a contractor that prints its report cards had reported a cyber incident.',
  'About $90,000 was taken from an account held by the Town of Brackley in a cyberattack in 2021.',
  'After Pinewood Hospital for Children was hit by the same strain, the gang said it was sorry.',
  'Another Dutch food maker, Ostrava Mills, said on Friday that its plant was hit by ransomware.',
  'A neighbouring cooperative lost the bank details of its members in a similar attack last spring.',
  'Another dairy company named Greyfield Creamery also said its U.S. arm was hit with ransomware.',
  'Earlier this year, Harbour Freight Lines disclosed that its booking system had been hacked.',
  'In March, the City of Dunmore said its payroll files were stolen in an attack on a vendor.',
  // an incident at a named organisation told as a noun phrase inside the sentence (scope.incident-named-inside)
  'A cyberattack at Pelham College forced the college to cancel its spring exams.',
  'The outage was twice as long as the breach that hit Dunmore-based Ashby Clinic in May.',
  'Two years ago a ransomware attack on Greyfield Creamery shut its plant for a week.',
  'Regulators still cite the data breach at Harbour Freight Lines, which exposed the licences of its drivers.',
  'Investigators compared it with an attack against Brindle Mills, which lost its order book.',
];
const OTHER_VICTIM_OPEN = [
  'A grain exporter in Ohio lost its shipping records to the same crew in May.',
  'The same group leaked files from a grain exporter in Ohio two months earlier.',
];

// statistics across many incidents or organisations
// counts a regulator or agency keeps: a statistic, but its period is read as an incident's time as often
// (counts of organisations hit, read by no row yet: the one such sentence in our articles already yields no value)
const STATISTIC_OPEN = [
  'More than 40 councils have been hit by ransomware since 2019, the union said.',
  'Since the reporting rule took effect in March 2021, nearly 300 companies have reported breaches to the regulator.',
  'A report published in May 2023 said the agency was aware of more than 80 cases that targeted farms since 2020.',
  'The regulator receives more than 150 breach notifications a month.',
  'The privacy office recorded 412 incidents in the farming sector last year.',
  'All four hacks took place within a 90-day window.',
];

// rows removed as fitted or unearned (issue 11: a rule earns its place on more than one article); their example
// sentences stay as known misses
const REMOVED_OPEN = [
  // scope.elsewhere: a round-up line opening another story (changed one dev record)
  'Elsewhere, a shoe brand said a flaw in its app exposed order histories.',
  // scope.generic-claim: a claim about organisations at large (changed one dev record)
  'Any retailer that stores card numbers in plain text is asking for trouble, she said.',
  // scope.for-example: an example of another, dated incident (changed one dev record)
  'For example, a dairy in Ohio paid a ransom in May 2016 and was attacked again.',
];

// scope.group-history, removed as fitted on main and brought back widened (it now changes three real articles)
const GROUP_HISTORY = ['The gang, first seen in 2020, has claimed attacks on clinics and a port.'];

// this incident, in many phrasings: the victim named, a word that points back to it, a source speaking of it
const THIS_INCIDENT = [
  'The ransomware encrypted the files on the payroll server.',
  'The malware was a strain of ransomware known as Grimlock, the cooperative said.',
  'Phishing was the likely way in, the cooperative said.',
  'The phishing email was sent to a clerk on 3 April.',
  'Ransomware was found on four servers, the cooperative said.',
  'It is a variant of the Grimlock ransomware, investigators said.',
  'Last week, Lakemoor Dairy confirmed that a database of supplier invoices was breached.',
  'On Friday, the Riverside Police said the attack on the cooperative is under investigation.',
  'The National Cyber Centre said a ransomware gang was behind the attack.',
  'The Food Standards Agency confirmed that the dairy had reported a cyber incident.',
  'Northgate Security, which the cooperative hired, said the intruders had left.',
  'Another firm, Northgate Security, was hired to look into the breach.',
  'About $90,000 was taken from an account held by the cooperative in the attack.',
  'After the cooperative was hit, its staff went back to paper.',
  'The regulator received the cooperative’s breach notification on 12 April.',
  'Since the breach, nearly 300 customers have reported fraud to the bank.',
  'The attackers took more than 80 files from the server.',
  'Dlamini said the payroll records could have been leaked by an insider.',
  'He said the files had been encrypted by the time staff arrived.',
  'Lakemoor is a kind of cooperative that pools milk from 400 farms.',
  'Its vendor, Pelham Software, said its update server was breached in a cyberattack in March.',
  // an incident noun phrase that names the victim, its supplier, a time or a place is no other story
  'A cyberattack at Lakemoor Dairy forced staff to fill in orders by hand.',
  'An attack on its vendor, Pelham Software, let the intruders in.',
  'A second attack on Tuesday knocked the ordering website offline.',
  'Staff first saw the leak on Sunday.',
  'Police said the crew had also threatened an attack against Ireland.',
];

describe('scope battery: definitions are background', () => {
  it.each(DEFINITION)('%s', (s) => expect(isBackground(s)).toBe(true));
  it.fails.each(DEFINITION_OPEN)('[open] %s', (s) => expect(isBackground(s)).toBe(true));

  it('reads a definition that opens the article (the lede) as background too', () => {
    const doc = readDocument('# Dairy hit\n\nPhishing is the attempt to obtain passwords by posing as a trusted sender.\n\nLakemoor Dairy said a clerk opened such an email.\n', { format: 'md', published: '2024-06-10' });
    const scope = findScope(doc, VICTIM, '2024-06-10');
    expect(doc.sentences.filter((s) => scope.isBackground(s)).map((s) => s.text)).toEqual(['Phishing is the attempt to obtain passwords by posing as a trusted sender.']);
  });
});

describe('scope battery: another named victim is background', () => {
  it.each(OTHER_VICTIM)('%s', (s) => expect(isBackground(s)).toBe(true));
  it.fails.each(OTHER_VICTIM_OPEN)('[open] %s', (s) => expect(isBackground(s)).toBe(true));

  it('keeps an organisation the headline names: the article is about it', () => {
    expect(isBackground('On May 5, Pelham County Schools said a contractor that prints its report cards had reported a cyber incident.', 'Pelham County Schools and a dairy hit')).toBe(false);
  });

  it("carries another victim's story on to the end of its paragraph, and stops where the victim is named", () => {
    const doc = readDocument([
      '# Dairy hit', '', LEDE, '',
      'Another dairy company named Greyfield Creamery also said its plant was hit with ransomware. The company employs 900 people. Lakemoor Dairy said the two attacks are not linked.',
      '',
    ].join('\n'), { format: 'md', published: '2024-06-10' });
    const scope = findScope(doc, VICTIM, '2024-06-10');
    expect(doc.sentences.filter((s) => scope.isBackground(s)).map((s) => s.text.slice(0, 20))).toEqual(['Another dairy compan', 'The company employs ']);
  });
});

describe('scope battery: statistics are background', () => {
  it.fails.each(STATISTIC_OPEN)('[open] %s', (s) => expect(isBackground(s)).toBe(true));
});

describe('scope battery: this incident is not background', () => {
  it.each(THIS_INCIDENT)('%s', (s) => expect(isBackground(s)).toBe(false));
});

describe('scope battery: rows removed as fitted (open)', () => {
  it.fails.each(REMOVED_OPEN)('[open] %s', (s) => expect(isBackground(s)).toBe(true));
  it.each(GROUP_HISTORY)('%s', (s) => expect(isBackground(s)).toBe(true));
});
