// "closed" as the incident's effect on the victim's business (premises or operations shut by the attack)
// dates the incident ('other'), like "shut down"; "closed" of the intruder's way in still ends the breach.
// Invented sentences only.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractDates } from '../../src/extract/dates.js';
import { stepContext } from '../helpers/context.js';

const PUBLISHED = '2021-05-10';
const HEADLINE = 'Harbour firm hit by cyber attack';

function rolesOf(paragraph: string): string[] {
  const doc = readDocument(`${HEADLINE}\n\n${paragraph}\n`, { format: 'txt', published: PUBLISHED });
  return extractDates(doc, stepContext(doc.published)).map((d) => `${d.role} ${d.value}`);
}

const EFFECT: string[] = [
  'On May 4 the ransomware outbreak closed operations across the Redwater ferry terminal.',
  'The ransomware attack closed down the Pelham council offices on May 4.',
  'Hackers closed about 300 stores of the Brightmart chain on May 4.',
  'The cyberattack closed the Northfield plant on May 4, the company said.',
  'The hack closed all branches of the Ashby building society on May 4.',
];
const ACCESS_ENDED: string[] = [
  'The insurer closed the hole the intruders used on May 4.',
  'Brightmart closed the unauthorized access on May 4 after a review.',
  'The exposed port was closed on May 4 after the researcher wrote in.',
];

describe('"closed" premises or operations date the incident, not the end of access', () => {
  for (const s of EFFECT) {
    it(`other: ${s}`, () => {
      const roles = rolesOf(s);
      expect(roles.some((r) => r.startsWith('other '))).toBe(true);
      expect(roles.some((r) => r.startsWith('breach-end '))).toBe(false);
    });
  }
  for (const s of ACCESS_ENDED) {
    it(`breach-end: ${s}`, () => {
      expect(rolesOf(s).some((r) => r.startsWith('breach-end '))).toBe(true);
    });
  }
});
