// The affected count: the size of the victim told in passing (its population, its enrolment, the people a
// town has) is not the number hit (session 11, affected precision on recent-style sets). Every sentence
// is invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const VICTIM = 'Fernhollow';

function countOf(text: string): number | null {
  const article = `${VICTIM} hit by cyberattack\n\nThe town of ${VICTIM} said on Tuesday that hackers had breached its network and stolen files.\n\n${text}\n`;
  return extract(article, { format: 'txt', published: '2024-03-04' }).affected?.count ?? null;
}

const ROWS: Array<{ text: string; count: number | null; open?: string }> = [
  // the victim's size
  { text: 'Fernhollow, a market town with about 42,000 residents, is still restoring its systems.', count: null },
  { text: 'Fernhollow, the largest town in the valley with about 42,000 residents, is still restoring its systems.', count: null },
  { text: 'Fernhollow, home to some 42,000 people, is still restoring its systems.', count: null },
  { text: 'The council, which serves a county with roughly 180,000 people, has called in investigators.', count: null },
  { text: 'Its latest annual report lists a cohort of 38,512 students.', count: null },
  { text: 'Its latest annual report lists a cohort of 38,512 students and 4,100 staff.', count: null, open: 'the second figure of a size told in a pair' },
  { text: 'The college has an enrolment of 21,300 students across three campuses.', count: null },
  { text: 'The hospital group, with a workforce of 9,200, has cancelled some appointments.', count: null },
  { text: 'The utility has a customer base of 1.4 million households in the region.', count: null },
  // counterexamples: the people hit
  { text: 'The stolen files held the records of about 42,000 residents.', count: 42_000 },
  { text: 'The data of 38,512 students was exposed, the town said.', count: 38_512 },
  { text: 'Around 9,200 employees have been notified that their details were taken.', count: 9_200 },
  { text: 'The town has notified 21,300 residents whose addresses were copied.', count: 21_300 },
];

describe('affected: the size of the victim is no count of those hit', () => {
  for (const { text, count, open } of ROWS) (open ? it.fails : it)(open ? `[open: ${open}] ${text}` : text, () => expect(countOf(text)).toBe(count));
});
