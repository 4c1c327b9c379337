// The affected count: classes of misses found on articles we never tuned to (issue 11, the data helper's
// second pass): counts of leaked items (documents, posts, pieces of data) and machines taken offline as
// a precaution. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const VICTIM = 'Harrowgate Mutual';

function countOf(text: string): number | null {
  const article = `${VICTIM} investigates cyberattack\n\n${VICTIM}, an insurer based in Examplestad, said on Tuesday that it was looking into an incident.\n\n${text}\n`;
  return extract(article, { format: 'txt', published: '2024-03-04' }).affected?.count ?? null;
}

const ROWS: Array<{ text: string; count: number | null }> = [
  // items of data counted
  { text: 'The group published more than 12,000 internal documents taken from the insurer.', count: 12_000 },
  { text: 'Some 640,000 pieces of personal data were exposed on the forum.', count: 640_000 },
  { text: 'As many as 85,000 items of customer data were leaked, the insurer said.', count: 85_000 },
  // "the number of … is N"
  { text: 'The number of customer accounts reached illegally so far is 38,412.', count: 38_412 },
  { text: 'Hackers broke in, and the number of people whose records were copied was put at 1.2 million.', count: 1_200_000 },
  { text: 'The number of the insurer\'s fraud hotline is 80,000, the letter said.', count: null },
  { text: 'The thieves took 40 items from the office, and about 85,000 items of personal data were copied.', count: 85_000 },
  { text: 'The open bucket held 2.4 billion scraped posts.', count: 2_400_000_000 },
  { text: 'The hacker leaked 3,500 spreadsheets holding clients\' details.', count: 3_500 },
  // machines taken offline are the response, not what was hit
  { text: 'As a precaution the insurer disconnected 7,000 computers in its branches.', count: null },
  { text: 'Around 52,000 computers have been turned off while engineers check them.', count: null },
  { text: 'Staff shut down 300 servers after the alert.', count: null },
  { text: 'After the ransomware attack hit the network, the insurer disconnected 7,000 computers across the country.', count: null },
  { text: 'In the cyberattack, about 9,000 computers were taken offline to stop the spread.', count: null },
  // counterexamples: machines hit are a count
  { text: 'The malware infected 7,000 computers in its branches.', count: 7_000 },
];

describe('affected: items of data and machines taken offline', () => {
  for (const { text, count } of ROWS) it(text, () => expect(countOf(text)).toBe(count));
});
