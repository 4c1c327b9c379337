// The affected count, session 15: a sentence that turns to another organisation's incident ("Meanwhile, ...",
// "X also reported a breach that affected N") and does not name the victim gives that incident's count, not this
// one's (tuning 0 right / 2 wrong, in L and N; none chosen on held-out sets). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

function countOf(title: string, body: string): number | null {
  return extract(`${title}\n\n${body}\n`, { format: 'txt', published: '2024-03-04' }).affected?.count ?? null;
}

const ROWS: Array<{ title: string; body: string; count: number | null }> = [
  {
    title: 'Tarnby Airport systems down after cyberattack',
    body: 'Tarnby Airport said on Monday that its flight boards and email were down after a cyberattack. Staff used paper lists at the gates.\n\nMeanwhile, an unknown gang has encrypted the booking system of Harlow Air, a regional carrier, stranding more than 8,000 passengers.',
    count: null,
  },
  {
    title: 'Kestrel Credit Union reports breach',
    body: 'Kestrel Credit Union reported on Tuesday an intrusion that affected 12,480 members.\n\nThe Ardmore Teachers Credit Union also reported a breach notification on Oct. 2 that affected 30,115 members.',
    count: 12_480,
  },
  // counterexamples: the turn names the victim, or no turn at all
  {
    title: 'Tarnby Airport systems down after cyberattack',
    body: 'Tarnby Airport said on Monday that its flight boards were down after a cyberattack.\n\nMeanwhile, Tarnby Airport said the booking records of 8,000 passengers had been copied.',
    count: 8_000,
  },
  {
    title: 'Kestrel Credit Union reports breach',
    body: 'Kestrel Credit Union reported on Tuesday a breach notification that affected 30,115 members.',
    count: 30_115,
  },
];

describe('affected: a count told of another organisation\'s incident (session 15)', () => {
  for (const { title, body, count } of ROWS) it(`${count}: ${body.slice(0, 80)}`, () => expect(countOf(title, body)).toBe(count));
});
