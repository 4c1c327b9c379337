// Issue 12: the affected-count extractor reads sentence-level cues (harm, claims) once per sentence,
// never once per number in it. A long sentence of many numbers used to cost time in the square of
// its length (every number tested a claim cue on the whole sentence).
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractAffected } from '../../src/extract/affected.js';
import { fastest } from '../helpers/timing.js';
import { stepContext } from '../helpers/context.js';

const ctx = () => stepContext('2024-05-10', {}, false);

/** One run-on paragraph of `n` counted clauses, invented: "over 4,321 members and …". */
const numberHeavy = (n: number) =>
  readDocument(`Lender reports intrusion\n\n${'over 4,321 members and '.repeat(n)}a few others.\n`, { format: 'txt', published: '2024-05-10' });

describe('extractAffected: time grows with the text, not its square', () => {
  it('16 times the numbers in one sentence take well under 16² times as long', () => {
    const small = numberHeavy(1_000);
    const large = numberHeavy(16_000);
    extractAffected(small, ctx()); // warm up
    const tSmall = fastest(3, () => extractAffected(small, ctx()));
    const tLarge = fastest(2, () => extractAffected(large, ctx()));
    // linear would be ~16×; the bound is generous (and has a floor) so a busy machine does not fail it
    expect(tLarge).toBeLessThan(Math.max(48 * tSmall, 150));
  });

  it('still reads the count from such a sentence', () => {
    const found = extractAffected(numberHeavy(50), ctx());
    expect(found?.count).toBe(4321);
  });
});
