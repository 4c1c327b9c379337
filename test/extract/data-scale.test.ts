// Issue 12: merging data mentions into items is linear in the mentions. An article of many short
// sentences that each name the same data used to cost time in the square of their number (every
// phrase of an item was compared with every other to drop repeats).
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractData } from '../../src/extract/data.js';
import { fastest } from '../helpers/timing.js';
import { stepContext } from '../helpers/context.js';

const ctx = () => stepContext('2024-05-10', {}, false);

/** Many short invented paragraphs, each a list of data that was taken. */
const manyShort = (n: number) =>
  readDocument(`Clinic reports theft\n\n${'Thieves took names, names, names, names, names, names, names, names, names and names.\n\n'.repeat(n)}`,
    { format: 'txt', published: '2024-05-10' });

describe('extractData: time grows with the mentions, not their square', () => {
  it('8 times the sentences take well under 8² times as long', () => {
    const small = manyShort(500);
    const large = manyShort(4_000);
    extractData(small, ctx()); // warm up
    const tSmall = fastest(3, () => extractData(small, ctx()));
    const tLarge = fastest(2, () => extractData(large, ctx()));
    // linear is ~8× (measured 7×; the square grew 27× here); the bound is generous and has a floor,
    // so a busy machine does not fail it
    expect(tLarge).toBeLessThan(Math.max(14 * tSmall, 150));
  });

  it('still gives one item for the repeated data, its phrase said once', () => {
    const items = extractData(manyShort(20), ctx());
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ category: 'personal', text: 'names' });
  });
});
