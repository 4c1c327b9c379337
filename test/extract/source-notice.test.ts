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
  // the acts of a breached organisation told in its own voice: learning, containing, investigating, notifying, apologising
  'Harlow Road Dental has an update. We regret to inform you that a staff mailbox was opened by an outsider.',
  'Harlow Road Dental has an update. We are in the process of contacting every patient whose records were held there.',
  'Harlow Road Dental has an update. On learning of the intrusion, we took immediate action to lock the mailbox.',
  'Harlow Road Dental has an update. We are very sorry that this has happened and for the worry it causes.',
  'Harlow Road Dental has an update. We take the privacy of the health records that our clinicians keep about every patient seriously.',
  'Harlow Road Dental has an update. We are taking this matter very seriously and have reviewed our controls.',
  'Harlow Road Dental has an update. Since then we have been working closely with external specialists to restore the server.',
  'Harlow Road Dental has an update. After finding the problem, we conducted a review to assess which files were opened.',
  'Harlow Road Dental has an update. We are now contacting affected patients by post.',
  'Harlow Road Dental has an update. We are offering twelve months of free credit monitoring to each patient.',
  'Harlow Road Dental has an update. On 3 May we were contacted by our booking software supplier about the incident.',
  'Harlow Road Dental has an update. We sincerely apologise for any inconvenience this may cause.',
];
const NEGATIVE = [
  'Harlow Road Dental left a database open. We found the open database on March 2 and told its owner.',
  'Harlow Road Dental did not answer. We contacted the practice twice for comment.',
  'Harlow Road Dental was breached. We have seen a copy of the letter sent to patients.',
  'Harlow Road Dental was breached last year. In our view, small practices are easy targets.',
  // a reporter's or a researcher's own work, or a customer speaking
  'Harlow Road Dental was breached. We have reached out to the practice for comment.',
  'Harlow Road Dental left a folder open. We conducted an analysis of the leaked files and counted 4,000 names.',
  'Harlow Road Dental was breached. We were told by a patient that letters arrived in June.',
  'Harlow Road Dental was breached. We are working on a follow-up story about the practice.',
  'Harlow Road Dental was breached. We spoke to three patients who received the letter.',
];

describe('sources: the victim\'s own notice in the first person', () => {
  for (const t of POSITIVE) it(`credits the victim: "${t.slice(0, 90)}"`, () => expect(credited(t)).toBe(true));
  for (const t of NEGATIVE) it(`credits no victim: "${t.slice(0, 90)}"`, () => expect(credited(t)).toBe(false));
});

// A notice on the organisation's own site: the page's own voice (first person, outside quotation marks) is
// its owner's, named as the text writes the site's address, even when the victim step found no victim or
// another name. A news blog that reproduces a victim's statement is not the speaker.
function pageSources(url: string, body: string, victim: string | null) {
  const doc = readDocument(`${body}\n`, { format: 'txt', url });
  const company = victim ? { name: victim, aliases: [], country: null, sentences: [], mentions: [], victimRole: true } : null;
  const ctx: Context = { published: '2024-03-04', warnings: [], explain: new Explain(true), company };
  return extractSources(doc, { ...ctx, company, scope: findScope(doc, company, '2024-03-04') }).map((s) => s.name);
}
const OWN_PAGE = [
  'Notice of data incident',
  'On 2 May we became aware that an outsider had opened a staff mailbox at Quarry Lane Vets.',
  'We are in the process of contacting every client whose details were held there.',
  'Our clinics stayed open throughout and our records system was not affected.',
].join('\n\n');

describe('sources: the owner of a notice page speaks in its own voice', () => {
  it('credits the owner named like the address when no victim is known', () =>
    expect(pageSources('https://www.quarrylanevets.co.uk/notice', OWN_PAGE, null)).toContain('Quarry Lane Vets'));
  it('credits the owner named by the initials of the address', () =>
    expect(pageSources('https://qlv.example.org/notice', OWN_PAGE.replace('at Quarry Lane Vets', 'at Quarry Lane Vets (QLV)'), null)).toContain('Quarry Lane Vets'));
  it('credits the owner over another name found as victim when the owner names itself in its own voice', () =>
    expect(pageSources('https://www.quarrylanevets.co.uk/notice', OWN_PAGE, 'Kestrel Booking')).toContain('Quarry Lane Vets'));
  it('does not credit a news blog that reproduces a victim statement', () => {
    const blog = [
      'Pet clinic chain admits mailbox breach',
      'Quarry Lane Vets sent customers this statement on Friday:',
      'We became aware that an outsider had opened a staff mailbox and we are contacting affected clients.',
      'We have covered mailbox takeovers at small firms many times; our advice is to turn on two-factor sign-in.',
      'Our readers will know the drill by now.',
      'Sign up for the Tailwag Security newsletter.',
    ].join('\n\n');
    expect(pageSources('https://tailwagsecurity.blog/2024/05/vets', blog, 'Quarry Lane Vets')).not.toContain('Tailwag Security');
  });
});
