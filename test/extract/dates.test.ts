import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractDates, NO_PUBLISHED_WARNING } from '../../src/extract/dates.js';
import type { Context, DateFinding } from '../../src/extract/types.js';
import type { DateRole } from '../../src/record.js';
import { stepContext } from '../helpers/context.js';

// Fixed reference: the article was published on Monday 29 November 2021.
const PUBLISHED = '2021-11-29';
const HEADLINE = 'Retailer says hackers accessed customer records';

function run(paragraph: string, published: string | null = PUBLISHED): { dates: DateFinding[]; ctx: Context } {
  const ctx = stepContext(published);
  const doc = readDocument(`${HEADLINE}\n\n${paragraph}\n`, { format: 'txt', ...(published ? { published } : {}) });
  ctx.published = doc.published;
  return { dates: extractDates(doc, ctx), ctx };
}
const found = (paragraph: string, published: string | null = PUBLISHED) =>
  run(paragraph, published).dates.map((d) => `${d.role} ${d.value}`);

// Positive examples grouped by the expected value and role.
const POSITIVES: Array<[string, DateRole, string[]]> = [
  ['2021-11-11', 'discovered', [
    'The retailer detected unusual activity on its network on November 11.',
    'Staff discovered the intrusion on 11 November and took the servers offline.',
  ]],
  ['2021-06', 'breach-start', [
    'The hackers had access to the retailer’s systems between June and November, according to investigators.',
    'Attackers first accessed the network in June, the company said in its breach notice.',
  ]],
  ['2021-11', 'breach-end', [
    'The hackers had access to the retailer’s systems between June and November, according to investigators.',
  ]],
  ['2021-03-03', 'breach-start', [
    'Intruders were inside the network from March 3 to May 18, the breach notice says.',
  ]],
  ['2021-05-18', 'breach-end', [
    'Intruders were inside the network from March 3 to May 18, the breach notice says.',
  ]],
  ['2021-11', 'other', [
    'The retailer suffered a cyberattack earlier this month that reached a file server.',
  ]],
  ['2021-11-24', 'disclosed', [
    'The company announced the breach on Wednesday and began emailing affected customers.',
  ]],
  ['2021-11-26', 'discovered', [
    'The chain said it became aware of the attack on Friday.',
  ]],
  ['2020', 'breach-start', [
    'The breach began last year, when attackers stole a contractor’s password.',
  ]],
  ['2019-10', 'breach-start', [
    'The attackers gained access in October 2019, and the intrusion went unnoticed for months.',
  ]],
  ['2022-05-26', 'disclosed', [
    'Customers whose card details were stolen in the breach will be notified by May 26.',
  ]],
  ['2021-09-29', 'breach-start', [
    'The intrusion ran from Sept. 29 until Dec. 29 last year, the insurer said in its breach filing.',
  ]],
  ['2020-12-29', 'breach-end', [
    'The intrusion ran from Sept. 29 until Dec. 29 last year, the insurer said in its breach filing.',
  ]],
  ['2021-10', 'disclosed', [
    'The bank notified regulators about the cyberattack a month ago.',
  ]],
  ['2021-11', 'discovered', [
    'The lender said it noticed the breach last week.',
  ]],
  ['2021-11-17', 'breach-start', [
    'Attackers flooded the bank’s servers from Wednesday morning to Friday afternoon the week before last.',
  ]],
  ['2021-11-19', 'breach-end', [
    'Attackers flooded the bank’s servers from Wednesday morning to Friday afternoon the week before last.',
  ]],
  // the reporting verb before "that" does not give the date inside the reported clause its role
  ['2021-11-11', 'other', [
    'A review of the breach showed that on November 11 an intruder had read files on a server.',
  ]],
  // the victim being told is how it learned of the breach; the people affected being told is disclosure
  ['2021-11', 'discovered', [
    'The council was informed last week of a breach in which papers were left on a train.',
    'The agency was alerted earlier this month that its database had been exposed.',
  ]],
  ['2021-11-26', 'disclosed', [
    'Affected customers were notified by the company on Friday that their data had been stolen.',
    'The privacy commissioner said it was notified of the breach on Friday and is looking into it.',
  ]],
  // what an inquiry concluded is not the day the victim noticed
  ['2021-10-31', 'other', [
    'A forensic review completed on Oct. 31 found that the stolen data included names.',
  ]],
  // the attackers' deadline ahead of publication is a date of the incident, read forward
  ['2022-07-01', 'other', [
    'The crew is threatening to leak the clinic’s files as early as July 1 unless it pays.',
  ]],
  // "stolen data" is a description, not a time: the posting verb speaks for the date
  ['2021-07-05', 'other', [
    'The hacker, who leaked some stolen patient records on a forum on July 5, demanded a ransom from the clinic.',
  ]],
  // "this year" is the article's present, unless an incident verb dates an event to it
  ['2021', 'other', [
    'The hackers stole the customer file in 2019 and posted it online this year.',
  ]],
  // a day range whose second day ends the sentence
  ['2021-08-08', 'breach-end', [
    'The breach at the payroll vendor occurred on Aug. 7 and 8.',
  ]],
];

// Issue 11, by cause: invented sentences in several phrasings (published Monday 29 November 2021).
const BY_CAUSE: Array<[string, string, string[]]> = [
  // the verb decides the role
  ['discovered 2021-09-07', 'finding out', [
    'On September 7, the insurer determined that an intruder had copied the claims database.',
    'The clinic first noticed the intrusion on September 7 and called in investigators.',
    'On 7 September the hospital’s IT department (HITS) identified that files had been exposed to malware.',
  ]],
  ['disclosed 2021-09-07', 'telling people', [
    'The charity alerted its supporters to the breach on 7 September.',
    'The airline warned all affected passengers on September 7 that card details were taken.',
    'The lender detected the intrusion in August and on September 7 notified the regulator.',
  ]],
  ['discovered 2021-09-07', 'being told', [
    'The charity was alerted to the breach on 7 September.',
  ]],
  ['breach-end 2021-10', 'staying until', [
    'The malware was first spotted in early 2020; the intruders remained inside the network until late last month.',
    'Attackers were detected in 2019 but stayed in the mail system until October.',
  ]],
  // a weekday beside a month-day fixes the year
  ['discovered 2019-07-19', 'weekday', [
    'The university became aware of the phishing attack on Friday 19 July.',
    'Staff noticed the intrusion on Friday, July 19, and shut the portal.',
  ]],
  // one year for two days
  ['disclosed 2020-03-09', 'shared year', [
    'The firm notified regulators on March 3 and 9, 2020, about the stolen files.',
  ]],
  ['breach-end 2021-01-31', 'shared year, range', [
    'The gang accessed the clinic’s systems between January 26 and 31, 2021.',
  ]],
  // counted from the date told before
  ['disclosed 2021-03-17', 'later', [
    'The bank detected the intrusion on March 3. Two weeks later, it notified customers.',
    'The bank detected the intrusion on March 3, and two weeks later it notified customers.',
  ]],
  ['disclosed 2021-08-13', 'after that', [
    'The clinic found the malware on 9 August and four days after that it told patients.',
  ]],
  ['other 2021-06-20', 'the night before', [
    'On 21 June, the health service said it learned that the gang had posted the stolen files online the night before, and that it was working with the police.',
  ]],
  // day ranges chrono reads as clock times, appositive dates, exposure since a date
  ['breach-start 2021-06-11', 'day to day-month', [
    'The attackers had access to the systems from 11 to 19 June.',
  ]],
  ['breach-end 2021-05-14', 'range with its year at the end', [
    'An unauthorized actor accessed certain files from May 12 to May 14, 2021.',
  ]],
  ['discovered 2021-10-04', 'appositive date', [
    'Staff noticed the ransom note on Monday morning, Oct. 4.',
  ]],
  ['breach-start 2020-04', 'exposure since', [
    'The database had been left open to the internet since at least April 2020.',
  ]],
  ['breach-end 2020-04', 'malicious code window', [
    'Malicious code was active on the checkout page from June 2019 through April 2020.',
  ]],
  ['breach-start 2021-06', 'the last week of a month', [
    'The intruders gained access in the last week of June.',
  ]],
  ['disclosed 2021-11-22', 'a document dated', [
    'According to a breach notice dated November 22, the attack began on November 1.',
  ]],
  // "by June 2" resolves like any other day
  ['breach-end 2021-06-02', 'by', [
    'The company says the exposed server was secured by June 2.',
  ]],
  ['disclosed 2022-06-02', 'by, ahead', [
    'Customers whose records were stolen will be notified by June 2.',
  ]],
  // a press report is not the victim disclosing
  ['other 2021-11-12', 'press', [
    'On November 12, reports said the stolen records were for sale on a forum.',
    'Local media reported on November 12 that the breached files had been leaked.',
  ]],
  // a precautionary shutdown is a response, not the end of access
  ['other 2021-05-26', 'shutdown', [
    'The retailer shut down its systems on May 26 as a precaution after the cyberattack.',
  ]],
];
describe('extractDates by cause', () => {
  for (const [want, label, examples] of BY_CAUSE) {
    for (const text of examples) {
      it(`${label}: ${want}: ${text}`, () => {
        expect(found(text)).toContain(want);
      });
    }
  }
  it('a weekday beside a date is not read without a publication date', () => {
    expect(found('The university became aware of the phishing attack on Friday 19 July.', null)).toEqual(['discovered null']);
  });
  it('"a determined group" is no finding-out verb', () => {
    expect(found('A determined and well-funded group broke into the ministry’s network on March 4.')).toEqual(['breach-start 2021-03-04']);
  });
  it('"five months earlier" is not counted from the date told before it', () => {
    expect(found('The leak began on June 24. Although the theft began five months earlier, the firm did not notice.')).toEqual(['breach-start 2021-06-24']);
  });
  it('"the following month, on 7 Feb." is one date, the one written', () => {
    expect(found('The travel firm learned of the breach on 13 Jan. 2021 but told the regulator the following month on 7 Feb.')).toEqual(['discovered 2021-01-13', 'disclosed 2021-02-07']);
  });
  it('a year alone gives way to a month or day of that year', () => {
    expect(found('The company said hackers stole the file earlier this year. It detected the theft on March 20.')).toEqual(['discovered 2021-03-20']);
  });
});

// Data scope, reporting periods and other victims: no date of this incident.
/** Known misses: rows for a reporting period ("its third quarter, which ended Oct. 30"), a named other incident ("the
 * 2017 Globex breach") and a round-up of other victims each changed one dev or recent article and were removed as fitted
 * (issue 11: a rule earns its place on more than one article). Their sentences stay as expected failures. */
const DATE_OPEN = new Set<string>([
  'For its third quarter, which ended Oct. 30, the retailer expects lower sales after the cyberattack.',
  'The method resembles the 2017 Equifax breach, researchers said.',
  'Equifax, Yahoo, Uber and Marriott were all breached in 2017, hackers having stolen billions of records.',
]);
const openOr = (text: string) => (DATE_OPEN.has(text) ? it.fails : it);

const NOT_THIS_INCIDENT: string[] = [
  'The breach affected customers who booked tickets online between April 21 and July 28, 2021, and who paid by card.',
  'The exposed files belong to members who registered their cards with the wallet app, or with partner shops, between July 22 and Aug. 27.',
  'The leaked records cover patients diagnosed up to January 2013 at the breached clinic.',
  'The stolen list names a contractor who worked at the bank from 2013 to 2015, prosecutors said of the breach.',
  'Hackers stole data on shoppers who signed up for the loyalty scheme between 2014 and 2019.',
  'The attackers copied application records for 2019 and 2020 from the breached portal.',
  'For its third quarter, which ended Oct. 30, the retailer expects lower sales after the cyberattack.',
  'The outage recalled the 2019 supply chain attack against Northwind Software.',
  'The firm said it expects to learn more about the breach in July.',
  'The loss is the largest since $50 million was stolen from rival exchange Coinbridge in 2018, the breached exchange said.',
];
describe('extractDates: not this incident\'s dates', () => {
  for (const text of NOT_THIS_INCIDENT) {
    openOr(text)(`no date: ${text}`, () => {
      expect(found(text)).toEqual([]);
    });
  }
  it('an access window is still read when the people are named after it', () => {
    expect(found('Hackers had access to the network between June and November and stole files on customers who signed up in 2019.'))
      .toEqual(['breach-start 2021-06', 'breach-end 2021-11']);
  });
  it('tokens taken from another exchange are another incident', () => {
    expect(runWithSources('The coins were stolen from rival exchange Coinbridge in 2018, a larger theft than this one.', [], 'Acme Exchange')).toEqual([]);
  });
});

/** Statement dates: the victim speaking discloses; a newspaper or the police speaking is another date. */
function runWithSources(paragraph: string, sources: Context['sources'], company: string): string[] {
  const ctx = stepContext(PUBLISHED, { sources: sources ?? [], company });
  const doc = readDocument(`${HEADLINE}\n\n${paragraph}\n`, { format: 'txt', published: PUBLISHED });
  return extractDates(doc, ctx).map((d) => `${d.role} ${d.value}`);
}
describe('extractDates: who speaks on the day', () => {
  const police = [{ name: 'Metropolitan Police', kind: 'law-enforcement' as const, sentences: [] }];
  const paper = [{ name: 'Daily Ledger', kind: 'news-outlet' as const, sentences: [] }];
  it('a police statement is not the victim disclosing', () => {
    expect(runWithSources('“We are working with the retailer on the attack,” said the Metropolitan Police in a statement issued yesterday.', police, 'Acme Stores'))
      .toEqual(['other 2021-11-28']);
  });
  it('a newspaper breaking the story is not the victim disclosing', () => {
    expect(runWithSources('The breach was first revealed by the Daily Ledger on November 17.', paper, 'Acme Stores'))
      .toEqual(['other 2021-11-17']);
  });
  it('the victim speaking on a day discloses', () => {
    expect(runWithSources('Acme Stores said on November 17 that hackers had stolen customer records.', paper, 'Acme Stores'))
      .toEqual(['disclosed 2021-11-17']);
  });
});

// Near misses: no date of this incident should come out of these.
const NEGATIVES: string[] = [
  'A judge set a hearing for Tuesday in the lawsuit over the breach.', // a court's calendar (an arrest or sentence for it is a step: date-phrasings)
  'The vendor released a patch on March 3 that closes the hole used in the attack.', // patch date
  'The method resembles the 2017 Equifax breach, researchers said.', // another incident's year
  'Since 2009 the company has served customers in twelve countries.', // corporate history
  'The company was founded in 1998 and employs 4,000 people.', // corporate history
  'The attackers stayed in the network for four months.', // a bare duration
  'The attack began at 3pm, the retailer said.', // a time of day alone
  'In a separate incident, a laptop holding patient records was stolen from a clinic in March.', // other incident
  'The leaked data seems to be from 2019 or earlier, the company said.', // age of the data
  'The regulator fined the firm under the Data Protection Act 1998 for the breach.', // a law's year
  'The retailer said Monday that it is investigating the breach.', // the publication date itself
  'A fast-food chain was hit by a data breach in 2019, for instance.', // an example of another incident
  'Breaches were up 70% year-over-year in Q3 2020, according to a security firm.', // a statistic
  'The class actions over the breach were filed in March.', // lawsuits (plural cue forms too)
  'The streaming service said the leaked season would be released June 9 as planned.', // a release date ahead, not a notice
  'The firms are among hundreds of companies that suffered ransomware attacks last year.', // companies in general
  'The stolen W-2 forms cover every worker the breached firm employed in 2020.', // the period the data covers
  'The president signed an executive order on May 11 to bolster defences against cyber attacks.', // policy, not the incident
  'Ransomware attacks on hospitals have doubled this year, the security firm said.', // the article's present
];

/** Known misses: a negated state since a date ("no sign of the intruders since November 16") ends the intrusion there;
 * its row (dates.not-since-end) changed one recent article and was removed as fitted (issue 11). */
const POSITIVES_OPEN: Array<[string, string, string[]]> = [
  ['2021-11-16', 'breach-end', [
    'The insurer says it has seen no sign of the intruders in its network since November 16.',
  ]],
];

describe('extractDates positives', () => {
  for (const [value, role, examples] of POSITIVES_OPEN) {
    for (const text of examples) {
      it.fails(`[open] ${role} ${value}: ${text}`, () => {
        expect(found(text)).toContain(`${role} ${value}`);
      });
    }
  }
  for (const [value, role, examples] of POSITIVES) {
    for (const text of examples) {
      it(`${role} ${value}: ${text}`, () => {
        expect(found(text)).toContain(`${role} ${value}`);
      });
    }
  }
});

describe('extractDates negatives', () => {
  for (const text of NEGATIVES) {
    openOr(text)(`no date: ${text}`, () => {
      expect(found(text)).toEqual([]);
    });
  }
});

describe('extractDates text and precision', () => {
  it('keeps the range phrase as written, for both ends', () => {
    const { dates } = run('The hackers had access to the retailer’s systems between June and November, according to investigators.');
    expect(dates.map((d) => d.text)).toEqual(['between June and November', 'between June and November']);
    expect(dates.every((d) => d.attributedTo.length === 0)).toBe(true);
  });
  it('gives a month-day with no year the most recent such date not after publication', () => {
    expect(found('The retailer detected the breach on December 20.')).toEqual(['discovered 2020-12-20']);
  });
  it('keeps a bare year at year precision', () => {
    expect(found('The retailer said the attackers first broke into its servers in 2019.')).toEqual(['breach-start 2019']);
  });
  it('drops a "last week" that straddles two months', () => {
    expect(found('The lender noticed the breach last week.', '2021-12-08')).toEqual([]);
  });
});

describe('extractDates: other victims\' incidents (the victim is known)', () => {
  const OTHER_VICTIMS = [
    'In 2019 the same gang claimed responsibility for breaching Harbor Health Alliance.',
    'Last year a hacker dumped data from payments firm Northwind Pay on a forum.',
    'Equifax, Yahoo, Uber and Marriott were all breached in 2017, hackers having stolen billions of records.', // a round-up
  ];
  for (const text of OTHER_VICTIMS) {
    openOr(text)(`no date: ${text}`, () => {
      expect(runWithSources(text, [], 'Acme Stores')).toEqual([]);
    });
  }
  it('the victim named in the sentence keeps its date', () => {
    expect(runWithSources('Last year a hacker dumped data from Acme Stores on a forum.', [], 'Acme Stores')).toEqual(['other 2020']);
  });
});

describe('extractDates: earlier incidents and repeats', () => {
  it('drops a bare year of an earlier attack when the incident itself is dated recently', () => {
    expect(found('In 2016, the retailer suffered a malware attack on its tills. The retailer detected the new intrusion on November 2 and told staff.'))
      .toEqual(['discovered 2021-11-02']);
  });
  it('keeps a bare year that starts the breach, however old', () => {
    expect(found('The attackers first broke into the network in 2016, the retailer said. It detected the intrusion on November 2.'))
      .toEqual(['breach-start 2016', 'discovered 2021-11-02']);
  });
  it('lets "the summer of 2021" speak for "last summer" when both give the same role and year', () => {
    const { dates } = run('Stolen customer files were posted online last summer. The breach came to light when the files were posted online in the summer of 2021, a researcher said.');
    expect(dates.filter((d) => d.value === '2021').map((d) => d.text)).toEqual(['the summer of 2021']);
  });
});

describe('extractDates without a publication date', () => {
  it('keeps relative dates unresolved with one warning', () => {
    const { dates, ctx } = run('The hospital detected the attack on May 31 and notified patients on Thursday.', null);
    expect(dates.map((d) => [d.role, d.value, d.text])).toEqual([
      ['discovered', null, 'May 31'],
      ['disclosed', null, 'Thursday'],
    ]);
    expect(ctx.warnings.filter((w) => w === NO_PUBLISHED_WARNING)).toHaveLength(1);
  });
  it('still resolves a date that states its year', () => {
    const { dates, ctx } = run('The breach began in October 2014, the airline said.', null);
    expect(dates.map((d) => `${d.role} ${d.value}`)).toEqual(['breach-start 2014-10']);
    expect(ctx.warnings).not.toContain(NO_PUBLISHED_WARNING);
  });
});

describe('extractDates on hostile input', () => {
  it('stays fast on a huge line', () => {
    const t0 = Date.now();
    run('according to '.repeat(20_000) + 'the breach began on June 3.');
    expect(Date.now() - t0).toBeLessThan(3000);
  });
  it('stays fast on thousands of dated sentences', () => {
    const t0 = Date.now();
    const { dates } = run('Hackers breached the network on May 3 and left on June 4. '.repeat(10_000));
    expect(Date.now() - t0).toBeLessThan(4000);
    expect(dates.length).toBeGreaterThan(0);
  });
});
