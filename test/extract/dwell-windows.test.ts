// SESSION 11 battery: invented sentences in the ways news stories and breach-notification letters tell an access
// window or how long data lay exposed (ranges with and without years, "from X until its discovery on Y", a start in
// one sentence and the finding in the next, a letter's "we learned … between", stated lengths in many forms) and
// what is not a stay (whose data it is, notice delays, retention, outages, a survey's period, another incident).
// Every sentence is invented. Each paragraph is read as a short article published on Wednesday 29 November 2023; a
// positive passes when the dwell's day bounds overlap the expected ones (as the scorer counts), a negative when
// there is no dwell. Open rows (it.fails) name what the rules do not read yet.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

type Days = [number, number | null];

const POSITIVE: Array<[string, Days]> = [
  ['The incident occurred during the period of June 2, 2023, to July 7, 2023, Fernhill Clinic said.', [35,36]],
  ['Fernhill Clinic spotted unusual network activity on May 9 and said intruders had access to its servers for three days prior to that.', [3,4]],
  ['The unauthorized access into the Fernhill Clinic network was first identified in March 2023. Investigators later found that the earliest known access was on October 4 2022.', [148,179]],
  ['The unauthorized access occurred on March 3 and 4, 2023, Fernhill Clinic said.', [1,2]],
  ['Hackers had access to the Fernhill Clinic network between late May and early June 2023.', [1,20]],
  ['On May 9, 2023, we learned that an unauthorized individual had accessed our email system. Our investigation determined that the access occurred between April 2 and April 30, 2023.', [28,29]],
  ['The unauthorized access continued from January 12, 2023 until its discovery on February 20, 2023.', [39,40]],
  ['The intruder first accessed the Fernhill Clinic server on June 3, 2023. The clinic detected the activity on June 29, 2023.', [26,27]],
  ['The Fernhill Clinic patient database had been exposed since 2019 until it was secured in March 2023.', [1100,null]],
  ['Fernhill Clinic data was publicly exposed from 2020 until it was locked down in May 2023.', [1000,null]],
  ['The intruders maintained access to the clinic network for roughly a fortnight.', [11,17]],
  ['The attackers remained in the environment for about two weeks, Fernhill Clinic said.', [11,17]],
  ['The threat actor was present in the Fernhill Clinic network for 23 days.', [23,23]],
  ['The window of exposure was 11 days, Fernhill Clinic said.', [11,11]],
  ['Fernhill Clinic said the unauthorized activity lasted less than 24 hours.', [0,1]],
  ['The intrusion took place over two days, July 8 and 9, 2023.', [1,2]],
  ['An unauthorized party accessed the system on or about June 3, 2023 through June 12, 2023.', [9,10]],
  ['The suspicious activity on the Fernhill Clinic network took place between Sunday and Monday, the clinic said.', [1,2]],
  ['Attackers broke into the Fernhill Clinic network in early August 2023. The clinic discovered the intrusion on September 18, 2023.', [18,48]],
  ['The hackers gained entry to the Fernhill Clinic systems in December 2022, and the breach was not detected until February 2023.', [32,90]],
  ['Fernhill Clinic first detected the ransomware on 14 August 2023, but the attackers had been inside its systems since 2 August.', [12,13]],
  ['Fernhill Clinic said it discovered the breach on 5 October 2023. The attackers had first gained access on 21 September 2023.', [14,15]],
  ['An investigation revealed that the hacker had access to the server from at least April 2023 until it was shut down on September 1, 2023.', [123,null]],
  ['Forensic investigators determined that the intrusion began on July 2, 2023, roughly five weeks before it was detected.', [30,40]],
  ['The hackers spent nine days in the Fernhill Clinic network before they deployed ransomware.', [9,9]],
  ['The patient data was left unsecured on a cloud server for around six weeks.', [33,50]],
  ['The attackers went undetected from March until August 2023.', [92,184]],
  ['The intrusion at Fernhill Clinic persisted over a span of nearly three months.', [60,93]],
  ['Fernhill Clinic said hackers were able to access patient records intermittently from 8 to 21 February 2023.', [13,14]],
  ['The breach happened between 1 and 3 March 2023 and was discovered on 3 March.', [2,3]],
  ['The Fernhill Clinic server was accessed without authorization over the weekend of 14-15 October.', [1,2]],
  ['The cybercriminals had been in the network since at least mid-June when Fernhill Clinic spotted them on 2 September 2023.', [63,94]],
  ['The staff email account was compromised from October 30, 2023, through November 2, 2023.', [3,4]],
  ['The misconfigured database was accessible online from 27 September until 4 October 2023, when researchers reported it.', [7,8]],
  ['According to the letter, an unknown actor obtained access to certain files between January 10 and January 26, 2023. Fernhill Clinic learned of the incident on February 3, 2023.', [16,17]],
  ['Fernhill Clinic determined that the unauthorized actor was in its environment from March 4, 2023 to March 9, 2023.', [5,6]],
  ['Hackers siphoned data from Fernhill Clinic for 17 straight days.', [17,17]],
  ['Customer records were exposed on the internet for roughly 10 months, from January to October 2023.', [245,304]],
  ['The attack began on 3 June, the clinic said. It was detected and stopped on 6 June.', [3,4]],
  ['Fernhill Clinic said the attacker first logged into the account on April 11, 2023, and the clinic became aware of the activity on April 25, 2023.', [14,15]],
  ['The forensic review found the network was first compromised on August 2, 2023. Fernhill Clinic identified the intrusion on August 24.', [22,23]],
  ['The threat actor had access to the clinic systems for a period of approximately two weeks in July.', [11,17]],
  ['The hackers were inside Fernhill Clinic systems from mid-March, the clinic said, and were discovered in early May 2023.', [31,80]],
  ['Fernhill Clinic said the unauthorized access took place between Sept. 12 and Sept. 14.', [2,3]],
  ['The attacker compromised the vendor platform on June 1, 2023, and the activity was discovered on June 15, 2023.', [14,15]],
];

const NEGATIVE: string[] = [
  'Customers who shopped at Fernhill Clinic stores between March 1 and April 3, 2023 are asked to review their statements after the breach.',
  'Fernhill Clinic discovered the breach on May 3, 2023, and notified patients two weeks later.',
  'Fernhill Clinic discovered the breach on May 3, 2023. It began notifying patients on June 20, 2023.',
  'Fernhill Clinic keeps patient records for seven years, the clinic said after the breach.',
  'A survey of 400 clinics conducted between January and March 2023 found that most had suffered a breach.',
  'The ransomware attack on May 3 disrupted Fernhill Clinic services for two weeks.',
  'Patients who received treatment at Fernhill Clinic between 2015 and 2020 may be affected by the breach.',
  'The hackers gave Fernhill Clinic 72 hours to pay the ransom.',
  'Fernhill Clinic systems were offline for five days after the cyberattack.',
  'The investigation into the breach took four months, Fernhill Clinic said.',
  'The breach affected employees hired between 2010 and 2020.',
  'Fernhill Clinic learned of the breach on June 2, 2023, and completed its review on August 14, 2023.',
  'The stolen data was posted on a leak site for three weeks before it was removed.',
  'Fernhill Clinic has used the vulnerable software since 2019, the company said after the breach was discovered in March 2023.',
  'The exposed files contained records dating from 2012 to 2022.',
  'Members who joined Fernhill Clinic between January 2020 and May 2023 had their data exposed.',
  'It took Fernhill Clinic three months to notify patients of the breach.',
  'The attackers demanded the ransom be paid within seven days.',
  'The breach was disclosed on September 12, 2023, nearly four months after it was discovered on May 20.',
  'Fernhill Clinic restored its systems over the following two weeks.',
  'Fernhill Clinic offered affected patients two years of credit monitoring.',
  'The clinic took its systems offline on May 3 and brought them back on May 10 after the attack.',
  'Fernhill Clinic began investigating the breach on August 1, 2023 and finished on October 2, 2023.',
  'The attack was reported to regulators on 4 May 2023, three days after it was discovered.',
  'The clinic has been a customer of the breached vendor since 2018; it learned of the attack on May 2, 2023.',
  'Fernhill Clinic said the breach was discovered on May 2. A week later, it hired a forensic firm.',
  'Records of patients seen from 2016 through 2019 were in the stolen files.',
  'In a separate incident in 2021, hackers were inside the network of another hospital for six months.',
];

/** Positives the rules do not read yet, and why. */
const OPEN_MISSES = new Map<string, string>([
  ['The incident occurred during the period of June 2, 2023, to July 7, 2023, Fernhill Clinic said.',
    'a comma after the first date\'s year before "to", with no lead word: the range is not joined (a fix changed one real article only)'],
  ['Fernhill Clinic spotted unusual network activity on May 9 and said intruders had access to its servers for three days prior to that.',
    '"for N days prior to" is set aside as "N days prior" (a fix changed one real article only)'],
  ['Fernhill Clinic data was publicly exposed from 2020 until it was locked down in May 2023.',
    '"locked down" is no end verb'],
  ['The window of exposure was 11 days, Fernhill Clinic said.',
    '"window of exposure" is no span word'],
  ['Fernhill Clinic said the unauthorized activity lasted less than 24 hours.',
    '"activity lasted" is no access cue'],
  ['An investigation revealed that the hacker had access to the server from at least April 2023 until it was shut down on September 1, 2023.',
    '"until it was shut down": shutting down is read as a response, not the end of access'],
  ['The Fernhill Clinic server was accessed without authorization over the weekend of 14-15 October.',
    '"the weekend of 14-15 October" is read as one day'],
  ['The cybercriminals had been in the network since at least mid-June when Fernhill Clinic spotted them on 2 September 2023.',
    '"since … mid-June" with no strong incident word in its clause is set aside as history'],
  ['The attacker compromised the vendor platform on June 1, 2023, and the activity was discovered on June 15, 2023.',
    '"compromised on June 1" is a one-day event to the one-day-event guard'],
]);
/** Negatives that still give a dwell, and why. */
const OPEN_FALSE = new Map<string, string>([
  ['The stolen data was posted on a leak site for three weeks before it was removed.',
    'the loot on a leak site is read as exposure'],
  ['The clinic has been a customer of the breached vendor since 2018; it learned of the attack on May 2, 2023.',
    'a "since" year with an incident word anywhere in its sentence opens a stay'],
  ['Records of patients seen from 2016 through 2019 were in the stolen files.',
    '"patients seen from": a participle between the people and the range'],
  ['In a separate incident in 2021, hackers were inside the network of another hospital for six months.',
    'another incident\'s length when scope does not mark the sentence'],
]);

function dwellOf(paragraph: string) {
  return extract(`# Fernhill Clinic reports a data breach\n\n${paragraph}\n`, { format: 'md', published: '2023-11-29' }).dwell;
}
const overlaps = (d: { min: number | null; max: number | null }, [min, max]: Days) =>
  (d.max ?? Infinity) >= min && (d.min ?? 0) <= (max ?? Infinity);

describe('dwell windows battery: positives', () => {
  for (const [text, days] of POSITIVE) {
    const test = OPEN_MISSES.has(text) ? it.fails : it;
    test(`${JSON.stringify(days)}: ${text}`, () => {
      const d = dwellOf(text);
      expect(d, 'no dwell').not.toBeNull();
      expect(overlaps(d!.days, days), JSON.stringify(d!.days)).toBe(true);
    });
  }
});

describe('dwell windows battery: negatives', () => {
  for (const text of NEGATIVE) {
    const test = OPEN_FALSE.has(text) ? it.fails : it;
    test(`no dwell: ${text}`, () => {
      expect(dwellOf(text)).toBeNull();
    });
  }
});

describe('dwell windows battery: open rows', () => {
  it('name only sentences of the battery', () => {
    for (const t of OPEN_MISSES.keys()) expect(POSITIVE.some(([p]) => p === t), t).toBe(true);
    for (const t of OPEN_FALSE.keys()) expect(NEGATIVE.includes(t), t).toBe(true);
  });
});
