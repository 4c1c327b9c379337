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
  ['Attackers first breached the Fernhill Clinic network in May, but the intrusion was not discovered until September.', [93,153]],
  ['The intrusion at Fernhill Clinic began in late August and was discovered on October 2.', [32,62]],
  ['Fernhill Clinic said the breach started last month and was detected on November 20.', [20,50]],
  ['Fernhill Clinic said hackers had been inside its network since last summer before they were discovered in October.', [30,150]],
  ['The attackers had access to the patient portal from Oct. 1 to Oct. 5, Fernhill Clinic said in a filing.', [4,5]],
  ['The unauthorized access lasted from about Sept. 10 through Sept. 18, the clinic said.', [8,9]],
  ['Fernhill Clinic said the attackers gained access to its network on Sept. 5. The clinic discovered the breach on Sept. 19.', [14,15]],
  ['The breach at Fernhill Clinic occurred sometime between April 24 and May 5, the notice said.', [11,12]],
  ['Fernhill Clinic said someone used stolen credentials to access its system from June 20 to July 3.', [13,14]],
  ['Between Aug. 18 and Aug. 21, an attacker accessed Fernhill Clinic systems and took files.', [3,4]],
  ['The clinic found that files were copied from its servers between 12 and 14 October.', [2,3]],
  ['The hacking occurred between Oct. 3 and Oct. 7 and was discovered Oct. 7, according to the clinic.', [4,5]],
  ['An unknown party obtained access to the clinic email account from 2 to 9 August 2023.', [7,8]],
  ['Fernhill Clinic discovered on Sept. 29 that malware had been present on its systems since Sept. 12.', [17,18]],
  ['Fernhill Clinic became aware of suspicious activity on August 14. An investigation determined that an unauthorized party accessed its network between August 2 and August 14.', [12,13]],
  ['The threat actor was in the Fernhill Clinic systems from mid-July until Sept. 1, when the clinic discovered the attack.', [41,55]],
  ['The attack on Fernhill Clinic started on October 28 and lasted until November 2.', [5,6]],
  ['Fernhill Clinic was hit by ransomware on Oct. 9, but the attackers had first infiltrated its network on Sept. 25.', [14,15]],
  ['The breach window ran from Aug. 1 to Aug. 24, Fernhill Clinic said.', [23,24]],
  ['The investigation determined that an unauthorized actor may have had access to certain systems from March 2, 2023 to March 14, 2023.', [12,13]],
  ['An unauthorized party potentially accessed files between January 10, 2023 and January 13, 2023.', [3,4]],
  ['Some patient information could have been viewed by an unauthorized person between May 1 and May 8, 2023.', [7,8]],
  ['The review found that certain files may have been copied from the network between July 14, 2023 and July 16, 2023.', [2,3]],
  ['Fernhill Clinic identified suspicious activity in an employee email account. The account was accessed without permission between February 3 and February 9, 2023.', [6,7]],
  ['The incident, which lasted from August 10 to August 12, 2023, affected the clinic billing system.', [2,3]],
  ['The cyberattack took place between 5 and 7 June 2023.', [2,3]],
  ['The attackers had been in the system between Oct. 1 and Oct. 17, according to the clinic.', [16,17]],
  ['The compromise occurred from approximately September 27, 2023 to October 2, 2023.', [5,6]],
  ['Suspicious activity was detected on the network on June 10, 2023, and the investigation found the intrusion started on June 1, 2023.', [9,10]],
  ['A threat actor was able to access the platform from 18 to 24 October 2023.', [6,7]],
  ['The clinic said it discovered on 3 October 2023 that an attacker had gained access to its systems on 29 September 2023.', [4,5]],
  ['The malicious actor had access to the clinic network from Aug. 30 until Sept. 7.', [8,9]],
  ['The ransomware attack, which began on the night of Oct. 9, 2023, was detected the next morning.', [0,1]],
  ['The data was accessible from the internet from at least March 2023 until Sept. 19, 2023.', [172,null]],
  ['Fernhill Clinic learned on Sept. 19 that its database had been publicly accessible since Aug. 8.', [42,43]],
  ['The unauthorized access lasted approximately four hours, Fernhill Clinic said.', [0,1]],
  ['The breach lasted nine days before it was shut down.', [9,9]],
  ['For nine days, hackers had access to Fernhill Clinic patient records.', [9,9]],
  ['The attack on the clinic went on for about a week.', [5,9]],
  ['Hackers had been in the Fernhill Clinic system for weeks before staff noticed.', [14,90]],
  ['The threat actor had access to the account for roughly 24 hours.', [0,2]],
  ['The attackers spent about two weeks inside the network before deploying ransomware.', [11,17]],
  ['The attackers were active in the clinic network for 11 days in March.', [11,11]],
  ['The hackers maintained a presence in the clinic network for five months.', [140,155]],
  ['The criminals had unrestricted access to the clinic servers for more than a year.', [365,null]],
  ['The hack lasted three days, the clinic said.', [3,3]],
  ['The exposure lasted six days before the bucket was secured.', [6,6]],
  ['It took the clinic 49 days to detect the breach.', [49,49]],
  ['The intrusion remained undiscovered for 10 months.', [280,310]],
  ['The attackers went unnoticed in the clinic systems for a period of three weeks.', [21,21]],
  ['The breach was discovered three weeks after the hackers first got in.', [21,21]],
  ['The intruder stayed in the clinic network for 40 days.', [40,40]],
  ['The stolen credentials gave the attackers access to the network for six weeks.', [42,42]],
  ['The hackers roamed the clinic network for three months undetected.', [84,93]],
  ['The cybercriminals were in the system for four days before encrypting files.', [4,4]],
  ['The clinic said the attackers were in its systems for 12 days.', [12,12]],
  ['The vulnerable server was exposed to the internet for eight months.', [224,248]],
  ['The unauthorized person could access the clinic portal for about 36 hours.', [1,2]],
  ['Attackers had been present on the network for 21 days before the ransomware was detonated.', [21,21]],
  ['Hackers had been lurking in the system since early March, it emerged.', [200,null]],
  ['Hackers broke into the Fernhill Clinic system on Sunday and the breach was detected on Tuesday.', [2,3]],
  ['The attack began last Thursday and was discovered on Monday, the clinic said.', [4,5]],
  ['The intrusion started earlier this month and was detected on Friday.', [1,27]],
  ['Fernhill Clinic said attackers gained access to its network in early October. The intrusion was discovered last week.', [30,60]],
  ['The hackers had been inside the system since September, Fernhill Clinic said on Monday, adding that it detected the breach on November 3.', [33,63]],
  ['The breach began in mid-August, according to the clinic, and was spotted by staff on Sept. 12.', [19,33]],
  ['Fernhill Clinic first noticed the suspicious activity on Oct. 30. Investigators later determined the hackers had first accessed the network on Oct. 2.', [28,29]],
  ['The attack took place over the weekend, Fernhill Clinic said on Monday.', [1,3]],
  ['The cyberattack occurred on Nov. 18 and was detected on Nov. 20.', [2,3]],
  ['Attackers first gained access on Nov. 1, and the intrusion was discovered on Nov. 15.', [14,15]],
  // SESSION 12: the span from the start told with the intruders' verb of getting in; a stay "prior to" the finding;
  // a place "within the system" beside a hyphened length
  ['Fernhill Clinic noticed encrypted files on its servers on 4 May, five days after attackers breached the network.', [5,6]],
  ['The intrusion was spotted nine days after the clinic was hacked.', [9,10]],
  ['Staff detected the malware about a week after the attackers compromised an employee account.', [5,9]],
  ['The clinic blocked the intruder two days after it accessed the billing server.', [2,3]],
  ['The clinic found the breach on June 30; the attackers had been able to read its email for six days before that.', [6,7]],
  ['Intruders roamed the clinic network for four days prior to the discovery.', [4,5]],
  ['The stolen password gave the gang a twelve-day window to move within the network and copy files.', [12,12]],
  ['The attackers spent a three-week stretch inside the clinic systems before deploying ransomware.', [21,21]],
  // SESSION 12: the intruders' verbs of getting in with a word between ("gained unauthorized access") or of putting their
  // code in place ("injected", "planted") date the start, which pairs with the finding
  ['An unknown party gained unauthorized access to the clinic network on 3 May 2023. The clinic discovered the intrusion on 21 May 2023.', [18,19]],
  ['Card-skimming code was injected into the Fernhill Clinic payment page on Aug. 2, 2023. The clinic discovered the skimming code on Aug. 30, 2023.', [28,29]],
  ['A web skimmer was planted on the clinic shop on 4 June 2023; staff spotted it on 19 June 2023.', [15,16]],
  ['The attackers gained remote access to a clinic server on October 2, 2023, and the clinic detected them on October 12, 2023.', [10,11]],
  // SESSION 14: a window under ten years is still a stay
  ['The Fernhill Clinic server was left publicly accessible from 2015 to May 2023.', [2678,3073]],
  ['Intruders had access to the Fernhill Clinic booking system between 2016 and 2019.', [730,1460]],
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
  'The clinic was unable to access its own systems for three weeks after the cyberattack.',
  'Staff could not access patient records for four days after the attack.',
  'The clinic has had access to the regional health database for ten years; hackers breached it last week.',
  'The hackers accessed the clinic network last week; the clinic spent three weeks restoring systems.',
  'Patients were unable to book appointments for two weeks after the ransomware attack.',
  'The investigation, which lasted eight months, found that hackers accessed patient files.',
  'The clinic was without email for ten days after the hack.',
  'The clinic had been warned about the flaw for months before the breach.',
  // SESSION 12: lengths that are not a stay, read as one because an access word stands near (open: a NOT_A_STAY
  // table set them all aside but changed none of our 1,207 real articles or the held-out figures, so it was not kept)
  'The clinic has used the breached software vendor for ten years.',
  'The firm, which has stored patient records for two decades, said hackers accessed its network.',
  'The exposed database contained customer records collected over 12 years.',
  'The breach exposed emails sent over a period of six months.',
  'The investigation into the breach lasted six months.',
  'The hackers posted the stolen files on a forum for two days before taking them down.',
  'Patients could not book appointments for two weeks after the hack.',
  // SESSION 12: the span from the start to a later step of the response
  'Fernhill Clinic completed its review of the affected files on June 8, nearly five months after the breach occurred.',
  'The clinic notified patients three weeks after it was hacked.',
  'Fernhill Clinic filed its report with regulators two months after the attack began.',
  'The clinic restored its systems within the network segment in two days, a week after the breach began.',
  'For two years prior to the breach, the clinic had ignored warnings from its auditors.',
  // SESSION 14: a stated window of ten years or more is the span of the data; the window step set it aside, but the
  // computed step took the same range back (dwell.window-too-long now sets it aside for both)
  'The intruders accessed the Fernhill Clinic archive between 1987 and March 2023.',
  'Unauthorized parties had access to Fernhill Clinic patient files from 1999 to 2022, the notice said.',
  'Hackers viewed Fernhill Clinic billing files covering 1984 through June 2023.',
];

/** Read as an article with no publication date: the dates have no year unless the text gives one. */
const UNDATED: Array<[string, Days]> = [
  ['The intrusion at Fernhill Clinic began on April 3. It was detected on April 21.', [18,19]],
  ['Hackers gained access to the Fernhill Clinic network on March 2 and the clinic discovered the breach on March 20.', [18,19]],
  ['The attackers first accessed the system on Jan. 4; Fernhill Clinic detected the intrusion on Jan. 19.', [15,16]],
  ['Fernhill Clinic discovered the breach on May 20. The investigation found the attackers had been in the network since April 28.', [22,23]],
  ['The breach began in early March and was discovered in late April.', [30,60]],
  ['Hackers accessed the network from March 3 to March 9, Fernhill Clinic said.', [6,7]],
  ['The attackers had access between June 2, 2023, and July 7, 2023.', [35,36]],
  ['Attackers first got into the system in December 2022, the clinic said. The intrusion was discovered in February 2023.', [32,90]],
  ['The hackers were inside the network for 10 days before being detected.', [10,10]],
];

/** Positives the rules do not read yet, and why. */
const OPEN_MISSES = new Map<string, string>([
  ['Fernhill Clinic said hackers had been inside its network since last summer before they were discovered in October.',
    '"since last summer": a season with "last" gives no start'],
  ['Fernhill Clinic was hit by ransomware on Oct. 9, but the attackers had first infiltrated its network on Sept. 25.',
    'the ransomware striking is no end of the stay and no discovery (is it one? gold conventions say nothing yet)'],
  ['The cyberattack took place between 5 and 7 June 2023.',
    '"cyberattack" is no access cue of a range (adding it gave a false dwell on a held-out set)'],
  ['Hackers had been in the Fernhill Clinic system for weeks before staff noticed.',
    '"in the system for weeks": a vague unit needs a cue VAGUE_CUE does not list'],
  ['The unauthorized person could access the clinic portal for about 36 hours.',
    '"could access the portal": no access cue the list knows ("access to", "able to access", not a bare "access")'],
  ['Hackers had been lurking in the system since early March, it emerged.',
    'an open start with no end or finding gives no stay'],
  ['The intrusion started earlier this month and was detected on Friday.',
    'the start period holds the finding day: overlapping periods give no stay'],
  ['The attack took place over the weekend, Fernhill Clinic said on Monday.',
    '"over the weekend" is one date, not a range'],
  ['The cyberattack occurred on Nov. 18 and was detected on Nov. 20.',
    '"occurred on" a day is a one-day event to the one-day-event guard (exempting it gave a false dwell on a held-out set; SESSION 14: exempting it only when the start and the finding share one sentence gave tuning +1 right +1 false, held-out +1 false)'],
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
const OPEN_UNDATED = new Map<string, string>([
  ['The intrusion at Fernhill Clinic began on April 3. It was detected on April 21.',
    'no year on either date: only a stated range is measured (pairing them in one paragraph changed no real article; SESSION 14: pairing two yearless days of one sentence changes none either, as the one-day-event guard stops the only real case)'],
  ['Hackers gained access to the Fernhill Clinic network on March 2 and the clinic discovered the breach on March 20.',
    'no year on either date'],
  ['The attackers first accessed the system on Jan. 4; Fernhill Clinic detected the intrusion on Jan. 19.',
    'no year on either date'],
  ['Fernhill Clinic discovered the breach on May 20. The investigation found the attackers had been in the network since April 28.',
    'no year on either date'],
  ['The breach began in early March and was discovered in late April.',
    'no year on either date'],
]);
/** Negatives that still give a dwell, and why. */
const OPEN_FALSE = new Map<string, string>([
  ['The clinic has used the breached software vendor for ten years.',
    'the victim\'s own business ("has used … for ten years") beside "breached"'],
  ['The firm, which has stored patient records for two decades, said hackers accessed its network.',
    "a relative aside of the victim's history beside an access word"],
  ['The exposed database contained customer records collected over 12 years.',
    'how long the data was gathered, beside "exposed"'],
  ['The breach exposed emails sent over a period of six months.',
    'how long the data was gathered, beside "exposed"'],
  ['The investigation into the breach lasted six months.',
    'a step of the response named before "into the breach lasted"'],
  ['The hackers posted the stolen files on a forum for two days before taking them down.',
    'the loot on show read as exposure'],
  ['Patients could not book appointments for two weeks after the hack.',
    'the victim cut off, "for" before "after the hack"'],
  ['The clinic has had access to the regional health database for ten years; hackers breached it last week.',
    'the victim\'s own access, read as the intruder\'s'],
  ['The hackers accessed the clinic network last week; the clinic spent three weeks restoring systems.',
    '"spent three weeks" restoring: the cue of the clause before is read'],
  ['The investigation, which lasted eight months, found that hackers accessed patient files.',
    'an investigation\'s length beside an access word'],
  ['The clinic was without email for ten days after the hack.',
    'an outage told as "without email", beside "hack"'],
  ['The stolen data was posted on a leak site for three weeks before it was removed.',
    'the loot on a leak site is read as exposure'],
  ['The clinic has been a customer of the breached vendor since 2018; it learned of the attack on May 2, 2023.',
    'a "since" year with an incident word anywhere in its sentence opens a stay'],
  ['Records of patients seen from 2016 through 2019 were in the stolen files.',
    '"patients seen from": a participle between the people and the range'],
  ['In a separate incident in 2021, hackers were inside the network of another hospital for six months.',
    'another incident\'s length when scope does not mark the sentence'],
]);

function dwellOf(paragraph: string, published: string | null = '2023-11-29') {
  return extract(`# Fernhill Clinic reports a data breach\n\n${paragraph}\n`, { format: 'md', ...(published ? { published } : {}) }).dwell;
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

describe('dwell windows battery: undated articles', () => {
  for (const [text, days] of UNDATED) {
    const test = OPEN_UNDATED.has(text) ? it.fails : it;
    test(`${JSON.stringify(days)} (undated): ${text}`, () => {
      const d = dwellOf(text, null);
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
    for (const t of OPEN_UNDATED.keys()) expect(UNDATED.some(([p]) => p === t), t).toBe(true);
  });
});
