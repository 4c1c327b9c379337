// Which verb a date belongs to (session 17): a date takes the role of the verb of its own clause, not of a reporting
// or attribution word around it ("…, according to its press statement", ", the bank said", "told a reporter it had …"),
// and not of a clause cut off from it by an aside (", a unit that …, on Thursday", "on Sunday (26 November)").
// Each case lists every date the extractor must keep, as "role value". Invented sentences only.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractDates } from '../../src/extract/dates.js';
import { stepContext } from '../helpers/context.js';

// Published on Wednesday 29 November 2023: Monday is the 27th, Thursday the 23rd.
const PUBLISHED = '2023-11-29';
const HEADLINE = 'Lender reports a cyber incident';

interface Case { text: string; want: string[]; company?: string }

function datesOf(c: Case): string[] {
  const doc = readDocument(`${HEADLINE}\n\n${c.text}\n`, { format: 'txt', published: PUBLISHED });
  return extractDates(doc, stepContext(doc.published, { company: c.company ?? 'Brackwater Bank' })).map((d) => `${d.role} ${d.value}`).sort();
}

const CASES: Array<[string, Case[]]> = [
  ['an aside between the verb and a trailing date', [
    { text: 'A Brackwater Bank spokesperson told a reporter it had found signs of intruders at Brackwater Leasing, a unit that finances vans in Portugal, on Thursday.', want: ['discovered 2023-11-23'] },
    { text: 'The insurer said it noticed the intrusion at its Dunmore office, the largest of its branches, on 14 November.', want: ['discovered 2023-11-14'] },
    { text: 'Brackwater Bank said it found the malware on a server in Leeds, one of three data centres it runs, on Monday morning.', want: ['discovered 2023-11-27'] },
    // a date that opens a clause of its own keeps that clause's verb
    { text: 'The bank found malware on its tills in October, and on Monday it wrote to customers.', want: ['disclosed 2023-11-27', 'discovered 2023-10'] },
    { text: 'The clinic detected the attack in May, on Monday it told patients about it.', want: ['disclosed 2023-11-27', 'discovered 2023-05'] },
  ]],
  ['a trailing attribution does not date its clause', [
    { text: 'On the night of October 3, malicious code was installed on the bank’s servers, according to the lender’s press release.', want: ['breach-start 2023-10-03'] },
    { text: 'On October 3, a gang listed the council on its leak site, according to a statement from the council.', want: ['other 2023-10-03'] },
    { text: 'On the night of August 9, a ransom note appeared on every screen at the clinic, the clinic said.', want: ['other 2023-08-09'] },
    { text: 'Hackers planted malware on the Brackwater Bank network on November 3, the bank said in a statement on November 20.', want: ['breach-start 2023-11-03', 'disclosed 2023-11-20'] },
    { text: 'In mid-September, a ransomware gang encrypted the lender’s file servers, the lender told its staff.', want: ['breach-start 2023-09'] },
    // the attribution's own date, and a telling verb in the clause, still disclose
    { text: 'On Friday, the chain said hackers had not reached its card systems.', want: ['disclosed 2023-11-24'] },
    { text: 'According to a press release issued on November 20, the bank has begun a review of the breach.', want: ['disclosed 2023-11-20'] },
    { text: 'The bank disclosed the attack on November 20, according to a filing with regulators.', want: ['disclosed 2023-11-20'] },
    { text: 'In a statement on Monday, the lender said the intrusion was over.', want: ['disclosed 2023-11-27'] },
    { text: 'On Tuesday, via email, the lender said an audit of the breach was under way.', want: ['disclosed 2023-11-28'] },
    { text: 'On Monday, in a short note to clients, Brackwater Bank revealed the breach.', want: ['disclosed 2023-11-27'] },
  ]],
  ['installing or deploying malware starts the intrusion', [
    { text: 'Hackers installed a card skimmer on the retailer’s checkout page on September 12, the company said.', want: ['breach-start 2023-09-12'] },
    { text: 'Malicious code was installed on the grocer’s payment terminals in late August.', want: ['breach-start 2023-08'] },
    { text: 'The attackers deployed ransomware across the hospital’s network on Sunday.', want: ['breach-start 2023-11-26'] },
    // installing or deploying anything else is the response
    { text: 'The bank installed new firewalls on its network on Monday after the breach.', want: ['other 2023-11-27'] },
    { text: 'The insurer deployed extra staff to its call centres on Monday after the hack.', want: ['other 2023-11-27'] },
  ]],
  ['"it was confirmed that …" is the finding', [
    { text: '“It was confirmed on November 10 that an outsider had signed in to a customer account,” Brackwater Bank said.', want: ['discovered 2023-11-10'] },
    { text: 'On October 30 it was established that files holding patient names had been taken.', want: ['discovered 2023-10-30'] },
    { text: 'It was later confirmed, on 2 November, that the attackers had reached the payroll system.', want: ['discovered 2023-11-02'] },
    // the victim confirming to others discloses
    { text: 'Brackwater Bank confirmed the breach on Monday.', want: ['disclosed 2023-11-27'] },
    { text: 'The insurer confirmed on Tuesday that an intruder had copied files.', want: ['disclosed 2023-11-28'] },
    { text: 'The breach was confirmed by the bank on Monday.', want: ['disclosed 2023-11-27'] },
  ]],
  ['a quotation opened by a date has its own verb', [
    { text: 'The lender, in its filing, said, “On 5 January 2023, the company identified that an intruder was pulling data without authorization.”', want: ['discovered 2023-01-05'] },
    { text: 'A spokesperson said, "On Monday we found the ransom note on a file server."', want: ['discovered 2023-11-27'] },
    { text: 'The lender said on Monday, “We have found no sign that card data was taken.”', want: ['disclosed 2023-11-27'] },
  ]],
  ['a date in brackets after another is the same date', [
    { text: 'The company said it spotted the intrusion on Sunday (26 November) and that backups were safe.', want: ['discovered 2023-11-26'] },
    { text: 'The council noticed the intrusion on Friday (24 November 2023), a spokesperson said.', want: ['discovered 2023-11-24'] },
  ]],
  ['", saying …" opens a clause of its own', [
    { text: 'The ferry line first announced the outage on Monday, saying it had closed its booking site to the public.', want: ['disclosed 2023-11-27'] },
    { text: 'The retailer announced the breach on Friday, adding that it had taken its card terminals offline.', want: ['disclosed 2023-11-24'] },
    { text: 'The shipping group shut down its booking site on Monday, saying malware had hit its servers.', want: ['other 2023-11-27'] },
    { text: 'The firm cut off the intruders on Friday, adding that no data was stolen.', want: ['breach-end 2023-11-24'] },
  ]],
];

for (const [name, cases] of CASES) {
  describe(`date attachment: ${name}`, () => {
    for (const c of cases) it(`${c.text} → ${c.want.join(', ')}`, () => { expect(datesOf(c)).toEqual([...c.want].sort()); });
  });
}
