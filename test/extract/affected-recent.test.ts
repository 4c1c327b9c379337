// A battery of invented sentences for the affected count, written from the classes of misses on the
// recent-style sets (session 11): a small part added to a big figure read as "a total of parts", a bound
// on a subset ("the birth dates of fewer than 90,000") taken as the count, the size of an organisation
// or a place told with a verb the size cues did not know ("provides water to", "a town with …
// residents", "manages the data of"), a count told of another organisation's breach or of an attacker
// group's tally of victims, and a first estimate that a later one replaced. Each row is a short article
// (an invented victim's headline and lead, then the text); rows the rules do not read yet run as
// expected failures (`known`).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const VICTIM = 'Pellow Water';

interface Row { text: string; count: number | null; known?: string }

function countOf(text: string): number | null {
  const article = `${VICTIM} looks into cyber incident\n\n${VICTIM}, a utility based in Examplestad, said on Monday that it was dealing with an incident.\n\n${text}\n`;
  return extract(article, { format: 'txt', published: '2024-06-03' }).affected?.count ?? null;
}

/** A big figure plus a small one is not "a total of parts" of the big figure itself. */
export const PARTS: Row[] = [
  // the big figure was raised once for every small one beside it (12 million + 400 is 12 million again)
  { text: 'About 5,500 customer accounts were accessed by the intruders, the utility said. The login portal behind them is used for roughly 12 million accounts in the region; 400 staff accounts and 250 contractor accounts were also reset.', count: 5_500 },
  { text: 'Records of 212 customers were exposed, the utility said. A letter about the new tariff was sent to 52,300 customers last spring.', count: 212, known: 'a big figure still earns one "total of parts" raise from a small figure beside it (dropping that raise altogether moved one blind-check article the wrong way)' },
  { text: 'Of its 4.2 million members, 35,000 had their records viewed by the intruders.', count: 35_000 },
  { text: 'The college said 67 students were affected, 17 current students and 50 former students. Its yearbook lists 53,200 students.', count: 67 },
  { text: 'The stolen files concern about 310,000 customers. See also: how to tell if you are one of the 33 million people affected by the earlier card leak.', count: 310_000 },
  // counterexamples: a real total of parts still wins
  { text: 'Data of 245,000 customers in Spain and 25,000 in Portugal was taken; 270,000 customers in all were affected.', count: 270_000 },
  { text: 'The breach hit 1.2 million accounts: 900,000 in the north and 300,000 in the south.', count: 1_200_000 },
];

/** A bound on those who had one kind of data taken ("the birth dates of fewer than N") is not the count. */
export const BOUNDS: Row[] = [
  { text: 'The birth dates of fewer than 90,000 customers were also exposed in the breach.', count: null, known: 'a bound on a subset: the "subset-bound" row changed one real article only and was not kept' },
  { text: 'Bank details of less than 2,000 customers were accessed, the utility said.', count: null, known: 'a bound on a subset: the "subset-bound" row changed one real article only and was not kept' },
  { text: 'The breach hit 48,000 customers; fewer than 1,000 of them had bank details taken.', count: 48_000 },
  // counterexamples: a bound on everyone hit, or a hedge that stands for the figure, is the count
  { text: 'Fewer than 2,000 accounts were accessed, the utility said.', count: 2_000 },
  { text: 'Just under 80,000 customers were affected, the utility said.', count: 80_000 },
  { text: 'The birth dates of nearly 9,000 customers were exposed.', count: 9_000 },
  { text: 'Up to 60,000 customers may have had their data exposed.', count: 60_000 },
  { text: 'At least 15,000 customers were affected, the utility said.', count: 15_000 },
];

/** The size of the organisation or of a place, told with a verb the size cues must know. */
export const SIZES: Row[] = [
  { text: 'The utility, which provides water to more than 3 million people, did not say whether customer data was taken.', count: null },
  { text: 'The firm supplies electricity to 1.8 million households and said its billing system was hit.', count: null },
  { text: 'Greenholt, a town with about 40,000 residents, said its council systems were down after the attack.', count: null },
  { text: 'Examplestad, the largest city in the valley with about 30,000 residents, said officials found irregularities on the network.', count: null },
  { text: 'The county is home to about 95,000 residents, and its offices were closed after the attack.', count: null },
  { text: 'The utility manages the personal and billing data of more than 2 million customers. It has not said whether any of it was taken.', count: null },
  // counterexamples: the same nouns as the count of the people hit
  { text: 'The utility said records of 30,000 residents were exposed in the attack.', count: 30_000 },
  { text: 'The stolen data belongs to 1.8 million households, the utility said.', count: 1_800_000 },
  { text: 'Hackers accessed the personal data of more than 2 million customers.', count: 2_000_000 },
];

/** A count told of another organisation's breach, or an attacker group's tally, is not this incident's. */
export const ELSEWHERE: Row[] = [
  { text: 'The utility was hit by ransomware. Utilities face growing risks, with Brightwell Health\'s breach the most notable example, affecting 90 million people last year.', count: null },
  { text: 'The utility was hit by ransomware. Researchers are tracking 140 victims posted to the gang\'s leak site so far in 2022.', count: null, known: 'an attacker group\'s tally of victims (open: the "group-tally" row changed one real article only)' },
  { text: 'The utility was hit by ransomware. On its dark web site, the gang posted 12 victims in June and 26 victims in July.', count: null, known: 'an attacker group\'s tally of victims (open: the "group-tally" row changed one real article only)' },
  { text: 'The utility was hit by ransomware. So far 14 victims have paid the ransom to get their files back.', count: null, known: 'an attacker group\'s tally of victims (open: the "group-tally" row changed one real article only)' },
  // counterexamples: this incident's count, with the same words
  { text: 'The utility said its breach affected 90,000 people last month.', count: 90_000 },
  { text: 'The gang posted the data of 12,000 customers on its leak site.', count: 12_000 },
  { text: 'The 14,000 victims of the breach were told by letter.', count: 14_000 },
];

/** A first estimate that a later one replaced is not the count. */
export const REVISED: Row[] = [
  { text: 'Hackers accessed details of an estimated 5,000 customers. The utility initially estimated that 7,000 customers were affected, but its latest estimate lowered the figure.', count: 5_000, known: 'a revised first estimate: the "superseded-figure" row changed one real article only and was not kept' },
  { text: 'The utility first reported 4,500 accounts, but later said 337,000 accounts were exposed.', count: 337_000 },
  // counterexample: the only figure, even if it came first
  { text: 'The utility initially said 7,000 customers were affected.', count: 7_000 },
];

function runRow(row: Row) {
  const body = () => expect(countOf(row.text)).toBe(row.count);
  if (row.known) it.fails(`${row.text} (known: ${row.known})`, body);
  else it(row.text, body);
}

describe('affected (recent-style classes): parts and totals', () => { for (const row of PARTS) runRow(row); });
describe('affected (recent-style classes): bounds are not counts', () => { for (const row of BOUNDS) runRow(row); });
describe('affected (recent-style classes): sizes of organisations and places', () => { for (const row of SIZES) runRow(row); });
describe('affected (recent-style classes): other incidents and group tallies', () => { for (const row of ELSEWHERE) runRow(row); });
describe('affected (recent-style classes): revised figures', () => { for (const row of REVISED) runRow(row); });
