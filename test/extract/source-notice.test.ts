// The victim's own notice, told in the first person: a notification letter or a notice posted on its site
// and reproduced (or quoted) by the article ("We recently became aware…", "we are notifying…", "we engaged
// an outside forensic firm…"). The victim is the source (victim-statement), though it is named in no
// credit form. Negatives: first-person words a researcher or a reporter uses of their own work ("we found
// the open database", "we contacted the company"), and no victim known.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractSources, sameName } from '../../src/extract/sources.js';
import { findScope } from '../../src/extract/scope.js';
import type { Context } from '../../src/extract/types.js';
import { Explain } from '../../src/rules.js';

const VICTIM = 'Harlow Road Dental';

function sourcesOf(body: string) {
  const doc = readDocument(`Notice of data security incident\n\n${body}\n`, { format: 'txt' });
  const company = { name: VICTIM, aliases: [], country: null, sentences: [], mentions: [], victimRole: true };
  const ctx: Context = { published: '2024-03-04', warnings: [], explain: new Explain(true), company };
  return extractSources(doc, { ...ctx, company, scope: findScope(doc, company, '2024-03-04') });
}
const credited = (body: string) => sourcesOf(body).some((s) => sameName(s.name, VICTIM) && s.kind === 'victim-statement');

const POSITIVE = [
  'Harlow Road Dental values the privacy of its patients. On January 9, we became aware of unusual activity in our email system.',
  'Harlow Road Dental is writing about an incident. We recently learned that an unauthorised person accessed a staff mailbox.',
  'Harlow Road Dental has posted this notice. Following the discovery, we engaged an independent forensic firm to investigate.',
  'Harlow Road Dental serves four towns. We are notifying affected patients by letter and offering credit monitoring.',
  'Harlow Road Dental regrets the incident. We take the security of patient information very seriously.',
  'Harlow Road Dental learned of the matter in May. After detecting suspicious activity, we immediately launched an internal investigation.',
];
const NEGATIVE = [
  'Harlow Road Dental left a database open. We found the open database on March 2 and told its owner.',
  'Harlow Road Dental did not answer. We contacted the practice twice for comment.',
  'Harlow Road Dental was breached. We have seen a copy of the letter sent to patients.',
  'Harlow Road Dental was breached last year. In our view, small practices are easy targets.',
];

describe('sources: the victim\'s own notice in the first person', () => {
  for (const t of POSITIVE) it(`credits the victim: "${t.slice(0, 90)}"`, () => expect(credited(t)).toBe(true));
  for (const t of NEGATIVE) it(`credits no victim: "${t.slice(0, 90)}"`, () => expect(credited(t)).toBe(false));
});
