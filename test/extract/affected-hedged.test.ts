// Affected count: a hedged round figure ("nearly 1 million", "more than 5,000") and the exact figure behind it
// (issue 11, the data helper's third pass). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractAffected } from '../../src/extract/affected.js';
import { stepContext } from '../helpers/context.js';

const ctx = () => stepContext('2024-05-10');
const run = (headline: string, ...paragraphs: string[]) =>
  extractAffected(readDocument([headline, ...paragraphs].join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' }), ctx());

describe('affected: the exact figure behind a hedged round one', () => {
  it('"nearly 1 million" and 938,412 notified: the exact figure', () => {
    expect(run('Nearly 1 million pension members hit by file-transfer breach',
      'The pension fund said 938,412 members were notified that their data was taken.')?.count).toBe(938_412);
  });
  it('"more than 5,000" and "about 5,600": the closer figure', () => {
    expect(run('More than 5,000 tax accounts hijacked in attack',
      'The agency said about 5,600 accounts were accessed by the criminals.')?.count).toBe(5_600);
  });
  it('"almost 40,000" and 39,120', () => {
    expect(run('Clinic breach exposes almost 40,000 patients',
      'In all, 39,120 patients had their records viewed, the clinic said.')?.count).toBe(39_120);
  });
  // counterexamples: the other figure is out of the hedge's direction, or far off
  it('"more than 5,000" is not 4,600', () => {
    expect(run('More than 5,000 tax accounts hijacked in attack',
      'The agency had earlier said 4,600 accounts were accessed.')?.count).toBe(5_000);
  });
  it('"nearly 1 million" is not 700,000', () => {
    expect(run('Nearly 1 million pension members hit by file-transfer breach',
      'About 700,000 of them were retirees, the fund added.')?.count).toBe(1_000_000);
  });
});

describe('affected: two estimates', () => {
  it('"some 80,000" is not replaced by "around 72,500", a part of it', () => {
    expect(run('Ferry operator hit by breach',
      'The operator said data of some 80,000 passengers may have been taken.',
      'Data of around 72,500 passengers in Norway and 7,500 in Denmark was accessed.')?.count).toBe(80_000);
  });
});
