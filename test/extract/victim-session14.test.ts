// Session 14: a weak candidate (company.weak-only) that stands as no organisation — a product, a tool, a source, a
// regulator, a label, a platform or an event — is not reported; a weak candidate that stands as a body still is.
// Invented articles only.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const article = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const record = (...paragraphs: string[]) => extract(article(...paragraphs), { format: 'txt', published: '2024-05-10', explain: true });
const HEAD = 'Ransomware attack disrupts services';
const LEAD = 'Staff at many offices could not log in after the ransomware attack.';
const DOWN = 'Systems went down on Monday.';

describe('a weak candidate that stands as no organisation is not the victim (WEAK_SLOTS)', () => {
  // [why, the paragraph that names the weak candidate]
  const NEGATIVES: Array<[string, string]> = [
    ['a thing it modifies: a file', 'The intruders left behind a Quellmark file on every desk.'],
    ['a thing it modifies: a browser', 'Some staff had opened the link in the Varnholt web browser.'],
    ['a thing it modifies: an operating system', 'Only machines on the Tessaline operating system were spared.'],
    ['what software is named', 'Investigators found a backdoor named Grauwind on two servers.'],
    ['what a user is called', 'A forum user called Pelzmann later offered the files for sale.'],
    ['what was used', 'The intruders reached the servers via Orvanet.'],
    ['what was used (present tense)', 'Crews like this one often use Brindlekit to move between machines.'],
    ['a source of figures', 'Such attacks doubled last year, according to Maplewood Analytics.'],
    ['a source, inverted verb', 'Such attacks doubled last year, reports Maplewood Analytics.'],
    ['a report author', 'Maplewood Analytics tracked 400 such attacks last year.'],
    ['a report owner', "Maplewood Analytics's survey put the cost of such attacks at a record."],
    ['the employer of a quoted expert', 'Dana Pike, head of research at Maplewood Analytics, expects more crews like this one.'],
    ['a regulator acting', 'The Corran Data Commission fined a lender over a similar lapse last year.'],
    ['a thing another owns', "The council's Quellmark portal was also slow."],
    ['a magnitude', 'Losses from such attacks may reach $3.2 Trillion by next year.'],
    ['a field label', 'Region:\nNorth'],
    ['a newspaper word in the name', 'The story first ran in the Corran Valley Herald.'],
    ['an outlet noun before it', 'The local station KQVR said more than 40 offices were hit.'],
    ['a platform however written', 'The ransom note asked for payment in BITCOINS.'],
    ['a conference', 'The flaw was first shown at the Ostrava Security Summit.'],
  ];
  it.each(NEGATIVES)('%s', (_why, paragraph) => {
    const r = record(HEAD, LEAD, DOWN, paragraph);
    expect(r.isIncident).toBe(true);
    expect(r.company).toBeNull();
  });

  // [expected victim, the paragraph that names it]
  const POSITIVES: Array<[string, string]> = [
    ['Dunmore Borough Council', 'Work at Dunmore Borough Council was slowed by the attack.'],
    ['Pellworth Aviation', 'The cyberattack affected the software of Pellworth Aviation, whose systems print boarding passes.'],
    ['Kestrel Freight', 'It took a week for Kestrel Freight to regain control of its computers.'],
    // "called" after a noun for a body, not for software
    ['Orrin Textiles', 'Police arrested the head of a clothing firm, called Orrin Textiles, on Friday.'],
    // the name before its officer's title, not after it
    ['Harlow Water', 'Harlow Water president Jo Reyes says the pumps were never at risk.'],
    // a slot's words elsewhere in the sentence, not beside the name
    ['Harlow Borough Council', 'Work at Harlow Borough Council was slowed by the attack, according to staff who use the file server.'],
  ];
  it.each(POSITIVES)('%s', (want, paragraph) => {
    const r = record(HEAD, LEAD, DOWN, paragraph);
    expect([r.company?.name, ...(r.company?.aliases ?? [])]).toContain(want);
  });

  it('says which slot set the candidate aside', () => {
    const r = record(HEAD, LEAD, DOWN, 'Investigators found a backdoor named Grauwind on two servers.');
    const dropped = (r as unknown as { explain: { dropped: Array<{ rule: string; text: string }> } }).explain.dropped;
    expect(dropped.some((d) => d.rule === 'company.weak.named-thing' && d.text === 'Grauwind')).toBe(true);
  });
});

describe('when the weak candidate stands as no organisation, a runner-up named as one is reported (company.weak-runner-up)', () => {
  const ARTICLE = [HEAD, LEAD, DOWN, 'Most staff had opened the Varnholt web browser before the attack, and a Varnholt file was found.', 'A Varnholt file was also found on a laptop.'];
  it('a runner-up with an organisation word', () => {
    const r = record(...ARTICLE, 'Work at Dunmore Borough Council was slowed.', 'Dunmore Borough Council staff went home early.');
    expect(r.company?.name).toBe('Dunmore Borough Council');
    expect((r.company as { why?: { rule: string } } | null)?.why?.rule).toBe('company.weak-runner-up');
  });
  it('not a runner-up without one', () => {
    expect(record(...ARTICLE, 'Work at Dunmore Tarn was slowed.', 'Dunmore Tarn staff went home early.').company).toBeNull();
  });
  it('not a runner-up that itself stands as no organisation', () => {
    expect(record(...ARTICLE, 'Work slowed, according to Dunmore Research Council.', 'Dunmore Research Council tracked 40 such attacks.').company).toBeNull();
  });
});
