// A battery of invented paragraphs (issue 11, background leaking into this incident): another organisation's
// breach told by its name ("X's breach", "a cyberattack at X"), a sector's run of attacks, "one such case" of
// another incident, an attacker group's history, an earlier year's event. Each must be read as background; and
// beside each, a sentence that sounds like another story but tells THIS incident, which must not be (a sentence
// wrongly set aside loses this incident's facts). Sentences no row reads yet are open rows (expected failures).
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { findScope } from '../../src/extract/scope.js';
import { extract } from '../../src/extract/index.js';
import type { CompanyFinding } from '../../src/extract/types.js';
import { victim } from '../helpers/context.js';

const VICTIM: CompanyFinding = victim('Lakemoor Dairy', ['Lakemoor']);
const LEDE = 'Lakemoor Dairy said on Monday that attackers reached its payroll server in April.';
const PUBLISHED = '2024-06-10';

/** Whether `sentence`, set as its own paragraph after the lede, is read as background. */
function isBackground(sentence: string, title = 'Dairy cooperative hit by cyberattack', published: string | null = PUBLISHED): boolean {
  const doc = readDocument(`# ${title}\n\n${LEDE}\n\n${sentence}\n`, { format: 'md', ...(published ? { published } : {}) });
  const scope = findScope(doc, VICTIM, published);
  const s = doc.sentences.find((x) => x.text === sentence);
  if (!s) throw new Error(`sentence not found as one: ${sentence}`);
  return scope.isBackground(s);
}

// another organisation's incident, named by the organisation
const OTHER_ORG = [
  "Pelham Mutual's breach remains the best-known case, with nine million members affected two years ago.",
  "Ostrava Bank's 2022 data breach exposed the records of four million customers.",
  "Brackley Foods' data leak cost the firm ten million pounds.",
  'Grain insurers have faced rising risks, with Pelham Mutual’s breach the most notable example.',
  'Farmers still remember the Ostrava Mills hack, which emptied the co-op’s accounts.',
  'Regulators fined the lender after the Pelham Savings data breach.',
  // an incident dated to an earlier year at another named organisation (scope.dated-other-event)
  'A ransomware attack on Pelham County Council shut its libraries for a month in 2022.',
  'In December 2022, Ostrava Mills, a grain exporter, and Pelham Savings came under a cyber attack.',
  // an incident at another named organisation told as a noun phrase inside the sentence (scope.incident-named-inside)
  'It was the worst attack since a ransomware attack on Pelham Savings in 2019.',
];
// Open rows. Each of the first three was written as a row (an incident "at X" opened by "a/an"; a ticker between the
// name and its unit) and measured: it changed one of our ~1,160 real articles or none, so it has not earned a place.
// A fourth, "a breach at X" anywhere inside a sentence, changed six tuning articles rightly but lowered a held-out set.
const OTHER_ORG_OPEN = [
  'A cyberattack at Ostrava Mills forced the flour maker to halt deliveries at the start of 2021.',
  'Pelham Health’s (PLH) billing unit was hacked by a group known as Grimlock.',
  // another victim told with no name and no marker word: only the paragraph around it says so
  'A grain exporter in Ohio lost its shipping records to the same crew in May.',
];

// a sector or a kind of organisation hit again and again: a trend, not this incident (open: a row for a plural kind
// of organisation that "has faced / suffered" attacks read these and three real sentences rightly, but changed no record)
const SECTOR = ['Farm cooperatives have been hit by a string of intrusions since 2022.'];
const SECTOR_OPEN = [
  'Dutch food makers have faced a wave of ransomware attacks in recent months.',
  'Regional insurers have been facing growing cyber risks, analysts say.',
  'Over the years, several exchanges suffered thefts and hacks of their hot wallets.',
];

// one example of another, dated incident (open: "one such case …" as an opener of the for-example row changed one
// real article)
const EXAMPLE_OPEN = [
  'One such case came in 2020, when the exchange Dunmore Coin lost $40 million to hackers.',
  'One such attack happened in 2021, when a creamery in Ohio paid two bitcoin.',
  'In one such incident in 2019, a grain broker lost the bank details of its farmers.',
];

// the history of an attacker group: when it appeared, whom it hit before
const GROUP = [
  'Grimlock, also known as Ashfox, emerged in early 2022 and has hit scores of firms in Europe.',
  'The gang first came to public attention in March of 2022.',
  'The ransomware gang first appeared in mid-November last year.',
  'The group was previously behind attacks on two ports and a brewery.',
  'The crew has previously been blamed for attacks on schools in three states.',
];

// an earlier year's event, opened on its time
const EARLIER_OPEN = [
  // "earlier in <year>" and "reported that" as openers and verbs of dated-past-incident changed no real article
  'Earlier in 2021, a local paper reported that hackers had breached the Dunmore water utility.',
];
const EARLIER = [
  'In 2021, Ostrava Mills also suffered a breach of its payroll system.',
  'Last year a similar attack hit a creamery in the north of the county.',
  'Back in 2019, the cooperative suffered a ransomware attack on its tankers.',
];

// sentences that sound like another story but tell this incident
const THIS_INCIDENT = [
  'In 2023, intruders reached its payroll server through a flaw in Fenwick Systems software.',
  'According to Northgate Security, farmers were targeted with this phishing attack in 2022 and 2023.',
  'The attack, which began in 2022, went unnoticed for months.',
  'The same group also stole the payroll file of the cooperative.',
  'A cyberattack at Lakemoor Dairy forced the cooperative to halt deliveries.',
  'A cyberattack at the dairy forced it to halt deliveries for a week.',
  "Lakemoor's breach exposed the bank details of 4,000 farmers.",
  'The cooperative’s payroll unit was breached by a group known as Grimlock.',
  'Dairy farmers have faced delays in payments since the attack.',
  'One such file held the bank details of 300 farmers.',
  'Grimlock, also known as Ashfox, claimed the attack on its leak site on Friday.',
  'Earlier in the day, the cooperative said its systems were back online.',
  'In 2023, the attackers first gained access through a contractor account.',
  'The gang first posted the files on its leak site in May.',
  'Grimlock’s attack on the cooperative began on a Sunday.',
  'Northgate Security’s investigation found the intruders had left by May.',
  "Monday's breach was the first the cooperative had reported.",
  'Its suppliers have faced delays since the attack on the payroll server.',
  'Three of its depots have been hit by the outage since the attack.',
  'The group behind the attack is thought to have been active since 2023.',
  'Ransomware attacks on the cooperative’s depots began in April, it said.',
  'A second attack on the cooperative hit its website in May.',
  'Investigators linked the LockBit hack to a password stolen from a clerk.',
  'The Lakemoor Dairies breach was found by a clerk in May.',
  'Farmers were told about the breach notification rules in a letter.',
  'The stolen files may have come from the Fenwick Systems data breach, the cooperative said.',
  "The cooperative traced the intrusion to Fenwick Systems' breach in March.",
];
const THIS_INCIDENT_OPEN: string[] = [];

describe('scope battery: another named organisation\'s incident is background', () => {
  it.each(OTHER_ORG)('%s', (s) => expect(isBackground(s)).toBe(true));
  it.fails.each(OTHER_ORG_OPEN)('[open] %s', (s) => expect(isBackground(s)).toBe(true));
  it('keeps another organisation the headline names: the article is about it too', () => {
    expect(isBackground("Ostrava Bank's 2022 data breach exposed the records of four million customers.", 'Ostrava Bank and a dairy hit by hackers')).toBe(false);
  });
});

describe('scope battery: a sector trend is background', () => {
  it.each(SECTOR)('%s', (s) => expect(isBackground(s)).toBe(true));
  it.fails.each(SECTOR_OPEN)('[open] %s', (s) => expect(isBackground(s)).toBe(true));
});

describe('scope battery: one example of another incident is background', () => {
  it.fails.each(EXAMPLE_OPEN)('[open] %s', (s) => expect(isBackground(s)).toBe(true));
  it.fails('[open] reads the example without a publication date too', () => {
    expect(isBackground(EXAMPLE_OPEN[0]!, undefined, null)).toBe(true);
  });
});

describe("scope battery: an attacker group's history is background", () => {
  it.each(GROUP)('%s', (s) => expect(isBackground(s)).toBe(true));
});

describe("scope battery: an earlier year's event is background", () => {
  it.each(EARLIER)('%s', (s) => expect(isBackground(s)).toBe(true));
  it.fails.each(EARLIER_OPEN)('[open] %s', (s) => expect(isBackground(s)).toBe(true));
});

describe('scope battery: this incident, in words that sound like another story, is not background', () => {
  it.each(THIS_INCIDENT)('%s', (s) => expect(isBackground(s)).toBe(false));
  if (THIS_INCIDENT_OPEN.length) it.fails.each(THIS_INCIDENT_OPEN)('[open] %s', (s) => expect(isBackground(s)).toBe(false));
});

describe('scope battery: a background paragraph lends the record nothing', () => {
  it("keeps another organisation's count, group and year out of this incident's record", () => {
    const text = [
      '# Insurer Lakemoor Mutual looks into cyberattack',
      '',
      'Lakemoor Mutual said on 12 June 2024 that an intruder reached its claims system, and that it could not yet say how many people were affected.',
      '',
      "Regional insurers have been facing growing cyber risks, with Pelham Health's breach the most notable example, affecting 90 million people in 2023. Pelham Health's (PLH) billing unit was hacked by a group known as Grimlock, which stole the files of a third of its members.",
      '',
      'Shares of Lakemoor Mutual fell 2% on Friday.',
      '',
    ].join('\n');
    const record = extract(text, { format: 'md', published: '2024-06-14' });
    expect(record.company?.name).toBe('Lakemoor Mutual');
    expect(record.affected).toBeNull();
    expect(record.actors).toEqual([]);
    expect(record.dates.map((d) => d.value)).not.toContain('2023');
  });
});
