// A battery of invented sentences for the affected count (issue 11, generalisation): the ways news
// reports and notification letters give the number of people, accounts or records hit, and the numbers
// beside them that are not that count (company size, staff headcount, money, ransom, years, stores,
// other incidents). Each row is a short article — a headline naming an invented victim, then the
// sentence — run through the whole pipeline. Rows the rules do not yet read are marked `known` and run
// as expected failures.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const VICTIM = 'Tellmark Stores';

interface Row { text: string; count: number | null; known?: string }

function countOf(text: string): number | null {
  const article = `${VICTIM} investigates cyberattack\n\n${VICTIM}, a retailer based in Examplestad, said on Tuesday that it was looking into an incident.\n\n${text}\n`;
  return extract(article, { format: 'txt', published: '2024-03-04' }).affected?.count ?? null;
}

export const COUNTS: Row[] = [
  { text: 'The breach affected 1.2 million customers.', count: 1_200_000 },
  { text: 'The data of about 40,000 people was accessed.', count: 40_000 },
  { text: 'Records of nearly 3m users were exposed.', count: 3_000_000 },
  { text: 'Some 250,000 patients are being notified by post.', count: 250_000 },
  { text: 'The hackers stole the personal details of 14 million consumers.', count: 14_000_000 },
  { text: 'In total, 87,500 current and former employees had their data compromised.', count: 87_500 },
  { text: 'The leak exposed 2.3 billion records.', count: 2_300_000_000 },
  { text: 'About half a million accounts were hijacked.', count: 500_000 },
  { text: 'Nine million customers\' data was taken.', count: 9_000_000 },
  { text: 'The incident impacted roughly 12,400 individuals, according to a filing with the state attorney general.', count: 12_400 },
  { text: 'Up to 600,000 driver\'s licence numbers were exposed.', count: 600_000 },
  { text: 'The company has begun notifying 31,000 members.', count: 31_000 },
  { text: 'A database containing 5.4 million user records was left exposed.', count: 5_400_000 },
  { text: 'Hackers accessed information on 45,000 Examplelanders.', count: 45_000 },
  { text: 'The number of affected customers has risen to 1.5 million.', count: 1_500_000, known: 'noun-first counts: the "number-of-is" reading was removed (it fired on one tuned article only)' },
  { text: 'The stolen data relates to around 700,000 policyholders.', count: 700_000 },
  { text: 'Over 1 million people have had their data exposed.', count: 1_000_000 },
  { text: 'The leaked files contain details of 8,200 patients.', count: 8_200 },
  { text: 'As many as 50 million app users may have been affected.', count: 50_000_000 },
  { text: 'The breach affected 2 million, the company said.', count: 2_000_000 },
  { text: 'Personal information belonging to 23,000 staff was published.', count: 23_000 },
  { text: 'Thirty thousand customers were told their cards had been compromised.', count: 30_000 },
  { text: 'The company said 4.7m customers were affected.', count: 4_700_000 },
  { text: 'More than 100,000 patient records were stolen.', count: 100_000 },
  { text: 'Data on 1.1 million subscribers was exposed.', count: 1_100_000 },
  { text: 'The exposed server held 350 GB of data on 2 million shoppers.', count: 2_000_000 },
  { text: 'Hackers stole 40,000 credit card numbers.', count: 40_000 },
  { text: 'The attack compromised the accounts of 70,000 users.', count: 70_000 },
  { text: 'The retailer, which has 9 million customers, said 12,000 of them were affected.', count: 12_000, known: '"12,000 of them": the "of-them-affected" reading was removed (it fired on no corpus article)' },
  { text: 'Letters went out to 6,300 people whose Social Security numbers were exposed.', count: 6_300 },
  { text: 'The hackers made off with the records of 2.6 million loyalty card holders.', count: 2_600_000 },
  { text: 'The personal data of 3,100 job applicants was left on an open server.', count: 3_100 },
];

export const NOT_COUNTS: Row[] = [
  { text: 'The retailer, which has 12 million customers, said card data was stolen.', count: null },
  { text: 'The chain employs 45,000 people across 300 stores. Hackers stole customer data.', count: null },
  { text: 'The gang demanded a ransom of $5 million.', count: null },
  { text: 'The company was founded in 1998 and has 2,000 staff.', count: null },
  { text: 'The firm was fined £20 million over the incident.', count: null },
  { text: 'A 2017 breach at a rival credit bureau exposed 147 million people.', count: null },
  { text: 'The company operates 1,200 stores in 14 countries.', count: null },
  { text: 'The chain\'s 650 shops were not affected, the company said.', count: null },
  { text: 'The hackers demanded 50 bitcoin to unlock the servers.', count: null },
  { text: 'Shares fell 7 per cent on Monday after the attack was disclosed.', count: null },
  { text: 'Data breaches cost companies an average of $4.45 million in 2023.', count: null },
  { text: 'The attackers stole 1.5 terabytes of data.', count: null },
  { text: 'The company notified the regulator within 72 hours.', count: null },
  { text: 'The group has claimed more than 300 victims since March.', count: null },
  { text: 'Revenue rose to 2.3 billion euros last year.', count: null },
  { text: 'The platform has 80 million monthly active users; it is not yet known how many were affected.', count: null },
  { text: 'The school district, with 30,000 students, said the attack disrupted classes.', count: null },
  { text: 'The hackers spent 12 days inside the network before they were noticed.', count: null },
  { text: 'The retailer, which serves 2 million shoppers a year, said its card terminals were encrypted.', count: null },
  { text: 'In 2021, the retailer reported a different breach affecting 5 million users.', count: null },
  { text: 'The company\'s 3,000 employees were asked to work from home during the outage.', count: null, known: 'the victim\'s own staff named with a harm word nearby ("outage") read as the people hit' },
  { text: 'The ransomware group has listed 120 companies on its leak site this year.', count: null },
  { text: 'The attack took place at 3:15 am on a Sunday, when only 12 staff were on duty.', count: null, known: 'a small bare count of people early in the article passes with no harm word' },
  { text: 'Its loyalty scheme has 7.5 million members across the region.', count: null },
];

function runRow(row: Row) {
  const body = () => expect(countOf(row.text)).toBe(row.count);
  if (row.known) it.fails(`${row.text} (known: ${row.known})`, body);
  else it(row.text, body);
}

describe('affected phrasings: the count of this incident', () => {
  for (const row of COUNTS) runRow(row);
});

describe('affected phrasings: numbers that are not the count', () => {
  for (const row of NOT_COUNTS) runRow(row);
});
