// The affected count: a figure said of several incidents together (SESSION 13 calibration) totals more than
// this incident, so the count this incident's own sentence gives wins over it. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { severalIncidents } from '../../src/extract/affected.js';

function countOf(title: string, body: string): number | null {
  const article = `${title}\n\n${body}\n`;
  return extract(article, { format: 'txt', published: '2024-03-04' }).affected?.count ?? null;
}

const ROWS: Array<{ title: string; body: string; count: number | null }> = [
  {
    title: 'Thefts of Office Laptops Expose 9,000 Members\' Files',
    body: 'In two recent cases, about 9,000 members\' files may have been exposed after two laptop thefts.\n\nThe Harrowgate Mutual said a laptop stolen from an adviser\'s car may have exposed the files of about 6,000 members.',
    count: 6_000,
  },
  {
    title: 'Two Harrowgate Mutual security incidents affect more than 40,000 people',
    body: 'The Harrowgate Mutual said on Tuesday that an intrusion into its billing system affected 31,250 people.',
    count: 31_250,
  },
  // counterexamples: one incident, or the number is not of incidents
  {
    title: 'Theft of office laptop exposes 9,000 members\' files',
    body: 'The Harrowgate Mutual said a laptop stolen from an adviser\'s car may have exposed the files of about 9,000 members.',
    count: 9_000,
  },
  {
    title: 'Harrowgate Mutual breach exposes 40,000 people',
    body: 'The intrusion, which lasted two weeks, exposed the records of 40,000 people, the insurer said.',
    count: 40_000,
  },
];

describe('affected: a count said of several incidents together', () => {
  for (const { title, body, count } of ROWS) it(title, () => expect(countOf(title, body)).toBe(count));
});

describe('the several-incidents cue', () => {
  it.each([
    'In three separate thefts, laptops holding patient files were taken.',
    'Two Examplecorp security incidents affect more than 100 people.',
    'Breaches at two clinics exposed records.',
    'Thefts of unencrypted laptops expose patient data.',
    'Multiple ransomware attacks hit the county.',
  ])('fires on: %s', (s) => expect(severalIncidents(s)).toBe(true));
  it.each([
    'The theft of a laptop exposed patient data.',
    'Two employees opened the phishing email.',
    'The attack lasted two weeks.',
    'The insurer said the attacks on its billing system began in May.',
  ])('does not fire on: %s', (s) => expect(severalIncidents(s)).toBe(false));
});
