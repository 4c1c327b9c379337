// The victim credited when, by one of its names, it is the subject of announcing, posting or sending a notice or
// the incident itself, wherever that clause stands: inside a subordinate clause ("after Brightwall Freight announced
// a security incident"), past an appositive ("Brightwall Freight, the haulier behind Quillmoor Parcels, posted a
// notification"), or with a verb of sending ("sent out a warning"). Read only while the victim is not yet credited.
// Negatives: a negation or modal before the verb, someone else announcing, an object that is no notice nor incident,
// and the victim named only as the object.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractSources, sameName } from '../../src/extract/sources.js';
import { findScope } from '../../src/extract/scope.js';
import type { Context } from '../../src/extract/types.js';
import { Explain } from '../../src/rules.js';

const VICTIM = 'Brightwall Freight';
const LEDE = 'Intruders reached the booking servers of a regional haulier last spring.';

function sourcesOf(body: string) {
  const doc = readDocument(`Haulier hit by intrusion\n\n${LEDE} ${body}\n`, { format: 'txt' });
  const company = { name: VICTIM, aliases: [], country: null, sentences: [], mentions: [], victimRole: true };
  const ctx: Context = { published: '2024-03-04', warnings: [], explain: new Explain(true), company };
  return extractSources(doc, { ...ctx, company, scope: findScope(doc, company, '2024-03-04') });
}
const credited = (body: string) => sourcesOf(body).some((s) => sameName(s.name, VICTIM) && s.kind === 'victim-statement');

const TELLS = [
  'Depot bookings froze soon after Brightwall Freight announced a “grave security incident” in late May.',
  'Brightwall Freight, the haulier behind Quillmoor Parcels and Tarn Vans, has published an incident notice for drivers.',
  'Brightwall Freight sent a letter to every supplier that had traded with the depot before the intrusion.',
  'When Brightwall Freight later issued a short notice, drivers were told to change their passwords.',
  'Brightwall Freight has published an update on the data breach for its drivers.',
];
const DOES_NOT_TELL = [
  'Depot bookings froze soon after Quillmoor Parcels announced a grave security incident in late May.',
  'Brightwall Freight has not posted a notice about the intrusion.',
  'Brightwall Freight may announce a fuller update next month.',
  'Bookings rose soon after Brightwall Freight announced a new depot in Tarnhollow.',
  'The regulator sent a letter to Brightwall Freight about its passwords.',
  'Brightwall Freighters announced a security incident of their own.',
];

describe('sources: the victim announcing a notice or the incident, by name', () => {
  for (const b of TELLS) it(`credits the victim: "${b.slice(0, 80)}"`, () => expect(credited(b)).toBe(true));
  for (const b of DOES_NOT_TELL) it(`credits no victim: "${b.slice(0, 80)}"`, () => expect(credited(b)).toBe(false));
});
