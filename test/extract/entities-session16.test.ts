// Session 16 (entities): signals that a page is no incident report (a survey's findings told as shares of those
// asked; a law's timetable and the duty it puts on a class of organisations), and a data-term acronym that names
// no organisation. Invented articles only.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { runsOf } from '../../src/extract/company.js';

const article = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const record = (...paragraphs: string[]) => extract(article(...paragraphs), { format: 'txt', published: '2024-05-10', explain: true });

describe('a survey told as shares of those asked is no incident report', () => {
  // [why, the article as paragraphs]
  const SURVEYS: Array<[string, string[]]> = [
    ['a poll of many, then "N percent had"', ['Half of small insurers hit by data breaches',
      'A poll of 600 claims managers across four countries carried out by Ostrava Labs last winter showed that 48 percent had suffered a data breach.',
      'Twenty percent said intruders stole customer files, and most expect more attacks this year.']],
    ['a study of many, then "N% say"', ['Most regional lenders suffered a breach',
      'A study of 300 regional lenders in the north found that many have been breached since 2022.',
      'Some 61% say attackers got into an email account, and 12% have paid a ransom.']],
  ];
  it.each(SURVEYS)('%s', (_why, paragraphs) => {
    expect(record(...paragraphs).isIncident).toBe(false);
  });

  // one victim's incident that gives a share of its own customers stays an incident
  const INCIDENTS: Array<[string, string[]]> = [
    ['a share of the victim\'s customers', ['Harbour Vale Insurance hit by hackers',
      'Harbour Vale Insurance said hackers breached its claims system in April and stole policy files.',
      'About 40 percent of its customers had files taken, the insurer said.']],
    ['a poll named in passing', ['Quillon Foods confirms ransomware attack',
      'Quillon Foods said a ransomware attack encrypted its order system on Monday.',
      'A poll of staff last year found that few had been trained, Quillon Foods said.']],
  ];
  it.each(INCIDENTS)('%s', (_why, paragraphs) => {
    expect(record(...paragraphs).isIncident).toBe(true);
  });
});

describe('a law\'s timetable and the duty it puts on a class is no incident report', () => {
  const LAWS: Array<[string, string[]]> = [
    ['an Act passed, then its duty on entities', ['Telling patients of serious breaches to become mandatory',
      'The Digital Records Act 2023 was passed by parliament in March after a long debate over data breaches.',
      'Once in force, the Act will require clinics and other entities covered by the scheme to notify patients of a serious breach.']],
    ['new rules coming into force', ['Breach reporting duty for lenders',
      'New rules on data breaches come into force in July for every lender in the country.',
      'The regulator will require lenders with more than 50 staff to report a breach within three days.']],
  ];
  it.each(LAWS)('%s', (_why, paragraphs) => {
    expect(record(...paragraphs).isIncident).toBe(false);
  });

  const INCIDENTS: Array<[string, string[]]> = [
    ['a victim that notified as a state law requires', ['Harbour Bank says hackers stole customer files',
      'Harbour Bank said hackers breached its servers last month and stole the files of 9,000 customers.',
      'State law requires companies to notify residents within 30 days, and the bank sent letters on Friday.']],
  ];
  it.each(INCIDENTS)('%s', (_why, paragraphs) => {
    expect(record(...paragraphs).isIncident).toBe(true);
  });
});

describe('a data-term acronym is no victim (NOT_NAMES)', () => {
  const ROWS: Array<[string, string[]]> = [
    ['PHI in the headline', ['Stolen laptop leads to PHI exposure',
      'Dunmore Family Clinic said a laptop holding patient records was stolen from a staff car in May.',
      'Dunmore Family Clinic has told 2,000 patients that their PHI may have been on the device.']],
    ['ePHI in the body', ['Clinic reports stolen laptop',
      'A laptop was stolen from Dunmore Family Clinic in May, the clinic said.',
      'The ePHI of 2,000 patients may have been on the device, and ePHI on backups was safe.']],
  ];
  it.each(ROWS)('%s', (_why, paragraphs) => {
    expect(record(...paragraphs).company?.name).toBe('Dunmore Family Clinic');
  });
});

describe('a run that is all one word-list entry of several words leaves no fragment (runsOf)', () => {
  // [why, the article as paragraphs, a fragment that must not be the victim]
  const ROWS: Array<[string, string[], string]> = [
    ['a country after "in"', ['Hackers shut city payroll system',
      'Hackers breached computers of Harbour Mutual staff in South Africa’s largest port city on Friday, officials said.',
      'Harbour Mutual said its payroll system was offline.'], 'South'],
    ['a shopping day in a promo line', ['Hotel chain hit by ransomware',
      '- Save on Black Friday deals for the family',
      'Orrin Hotels said a ransomware attack hit its booking system on Monday.',
      'Orrin Hotels told guests to expect delays.'], 'Black'],
  ];
  it.each(ROWS)('%s', (_why, paragraphs, fragment) => {
    const r = record(...paragraphs);
    expect(r.company?.name).not.toBe(fragment);
    expect(r.company?.name).toMatch(/^(?:Harbour Mutual|Orrin Hotels)$/);
  });
});

describe('runsOf keeps a several-word word-list entry whole', () => {
  const forms = (text: string) => runsOf(text, new Map([['deals', 1], ['staff', 1]]), new Map()).map(([a, b]) => text.slice(a, b));
  // [why, text, a form that must be read, a fragment that must not]
  const ROWS: Array<[string, string, string | null, string]> = [
    ['a country with a possessive', 'Staff in South Africa’s largest port city went home.', 'South Africa', 'South'],
    ['a shopping day alone', 'Save on Black Friday deals for the family.', 'Black Friday', 'Black'],
    ['a shopping day opening a longer run', 'The best Black Friday Varnholt Console deals are here.', 'Varnholt Console', 'Black'],
    ['a name that is no entry keeps its words', 'Staff at Harbour Mutual Bank went home.', 'Harbour Mutual Bank', 'Harbour Mutual'],
  ];
  it.each(ROWS)('%s', (_why, text, want, fragment) => {
    const got = forms(text);
    if (want) expect(got).toContain(want);
    expect(got).not.toContain(fragment);
  });
});

describe('lines above the story\'s own copy of the title are page furniture (company titleCopyBlock)', () => {
  const page = (title: string, lines: string[]) => extract(`---\ntitle: "${title}"\n---\n\n${lines.join('\n')}\n`, { format: 'md', published: '2024-05-10' });
  const STORY = [
    'A regional hotel group says a ransomware attack may have exposed booking details.',
    'Ostmark Inns runs 80 hotels across the north, under the Fjellby and Lundholm names.',
    'Staff were checking guests in by hand on Tuesday.',
    'Ostmark Inns has set up a hotline for worried guests.',
  ];
  it('promo links above the title copy name no victim', () => {
    const r = page('Guests wait hours after ransomware attack', [
      '- Get the Quillon Pro tablet for half price this week',
      '- Quillon Pro owners share their favourite travel apps',
      '- Two ways to win a Quillon Pro for a year',
      'Guests wait hours after ransomware attack',
      ...STORY,
    ]);
    expect(r.company?.name).toBe('Ostmark Inns');
  });
  it('with no copy of the title, the first lines stay part of the story', () => {
    const r = page('Guests wait hours after ransomware attack', [
      'Quillon Pro, a travel booking firm, said hackers breached its servers on Monday.',
      'Quillon Pro said the intruders took booking files of 40,000 guests.',
      ...STORY.slice(2),
    ]);
    expect(r.company?.name).toBe('Quillon Pro');
  });
});
