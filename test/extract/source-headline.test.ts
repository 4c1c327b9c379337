// The victim credited by the headline or by a present-tense notice verb. A Title Case headline ("Brightwall
// Freight Confirms Data Breach") is skipped by the subject-verb reading, because every word is capitalised and
// names cannot be told apart from the words around them; read against the victim's known name, a headline
// that opens on the victim and a credit verb reports the victim's own statement. A body sentence in the
// present tense ("the clinic notifies 3,000 patients") credits its subject as the past tense does.
// Negatives: the victim named after the verb, someone else speaking, a headline in sentence case with no
// credit verb, and a Title Case headline that opens on another name.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractSources, sameName } from '../../src/extract/sources.js';
import { findScope } from '../../src/extract/scope.js';
import type { Context } from '../../src/extract/types.js';
import { Explain } from '../../src/rules.js';

const VICTIM = 'Brightwall Freight';
const BODY = 'The haulier found the intrusion on a Sunday and shut its depots for two days.';

function sourcesOf(headline: string, body = BODY) {
  const doc = readDocument(`${headline}\n\n${body}\n`, { format: 'txt' });
  const company = { name: VICTIM, aliases: [], country: null, sentences: [], mentions: [], victimRole: true };
  const ctx: Context = { published: '2024-03-04', warnings: [], explain: new Explain(true), company };
  return extractSources(doc, { ...ctx, company, scope: findScope(doc, company, '2024-03-04') });
}
const credited = (headline: string, body?: string) => sourcesOf(headline, body).some((s) => sameName(s.name, VICTIM) && s.kind === 'victim-statement');

const HEADLINES = [
  'Brightwall Freight Confirms Data Breach After Weekend Outage',
  'Brightwall Freight Says Customer Records Were Copied',
  'Brightwall Freight Discloses Ransomware Attack On Depot Systems',
  'Brightwall Freight Warns Drivers Of Stolen Payroll Files',
  'Brightwall Freight Notifies Customers Of Security Incident',
  'Brightwall Freight Admits Hackers Reached Its Booking Portal',
  'The Brightwall Freight Reveals Scale Of Cyber Incident',
];
const NOT_HEADLINES = [
  'Hackers Say Brightwall Freight Data Is For Sale',
  'Ransomware Gang Claims Attack On Brightwall Freight',
  'Brightwall Freight Hit By Ransomware Attack',
  'Brightwall Freight Depots Closed After Cyber Incident',
  'Regulator Confirms Probe Into Brightwall Freight Breach',
];
const NOTIFIES = [
  ['Haulier hit by intrusion', 'Brightwall Freight notifies 3,000 drivers that their payroll files were copied.'],
  ['Haulier hit by intrusion', 'Brightwall Freight informs customers of a stolen laptop in a letter dated March 2.'],
] as const;

describe('sources: the victim credited by a Title Case headline', () => {
  for (const h of HEADLINES) it(`credits the victim: "${h}"`, () => expect(credited(h)).toBe(true));
  for (const h of NOT_HEADLINES) it(`credits no victim: "${h}"`, () => expect(credited(h)).toBe(false));
});

describe('sources: a present-tense notice verb credits its subject', () => {
  for (const [h, b] of NOTIFIES) it(`credits the victim: "${b.slice(0, 80)}"`, () => expect(credited(h, b)).toBe(true));
  it('credits no victim when the notice is only planned', () => expect(credited('Haulier hit by intrusion', 'Brightwall Freight will notify drivers once the review ends.')).toBe(false));
});
