// The affected count given only as a breakdown (session 12, a class seen in recent and set J): a list of three or
// more counts with no total stated. Counts of the same thing are summed; counts of different things (cards, loan
// files, badges) or hedged ones give no single figure. Numbers grouped by spaces ("10 838") are read as one number.
// Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const VICTIM = 'Harrowgate Mutual';

function countOf(text: string): number | null {
  const article = `${VICTIM} investigates cyberattack\n\n${VICTIM}, an insurer based in Examplestad, said on Tuesday that it was looking into an incident.\n\n${text}\n`;
  return extract(article, { format: 'txt', published: '2024-03-04' }).affected?.count ?? null;
}

const ROWS: Array<{ text: string; count: number | null }> = [
  // the same thing counted in parts: the sum
  { text: 'The stolen directory held details of 1,200 staff accounts, 8,400 member accounts, 950 broker accounts and 60 auditor accounts.', count: 10_610 },
  { text: 'The exposed list covered 2 400 agent accounts, 31 250 member accounts and 4 100 retiree accounts.', count: 37_750 },
  { text: 'Records of 3,000 drivers, 5,000 drivers and 2,000 drivers were in three files.', count: 10_000 },
  // different things, or hedged parts: no single figure
  { text: 'The hackers say they hold 4 million payment cards, 300,000 loan files, 90 staff badges and 12 million account records.', count: null },
  { text: 'In all, about 2,000 member accounts, more than 500 broker accounts and 40 auditor accounts may have been reached.', count: null },
  // a stated total beside its parts wins
  { text: 'In total 10,610 accounts were exposed: 1,200 staff accounts, 8,400 member accounts, 950 broker accounts and 60 auditor accounts.', count: 10_610 },
  // two parts, or a part of a stated figure, are no list
  { text: 'Records of 5,000 members and 300 staff were copied.', count: 5_000 },
  { text: 'Numbers belonging to just over 2,500 members were stolen, though only 1,025 of those members still hold policies.', count: 2_500 },
  // space-grouped thousands
  { text: 'The breach exposed the records of 48 250 members.', count: 48_250 },
];

describe('affected: a count given as a list of parts', () => {
  for (const { text, count } of ROWS) it(text, () => expect(countOf(text)).toBe(count));
});
