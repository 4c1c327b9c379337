// A battery of invented sentences in the many ways English news and breach-notification letters state
// how long an intruder had access or data lay exposed (positives), and durations and date ranges that
// are not that (negatives). Every sentence is invented. The whole pipeline reads each paragraph as a
// short article published on Wednesday 29 November 2023; a positive passes when the dwell's day bounds
// overlap the expected ones (as the scorer counts), a negative when there is no dwell.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const PUBLISHED = '2023-11-29';

type Days = [number, number | null];

/** [paragraph, expected day bounds (max null: open)] */
const POSITIVE: Array<[string, Days]> = [
  // ---- one stated window: "between X and Y", "from X through Y"
  ['Between June 1 and June 5, 2023, an unauthorized party accessed the Fernhill Clinic file server.', [4, 5]],
  ['From March 3 through March 9, attackers had access to email accounts at Fernhill Clinic, the practice said.', [6, 7]],
  ['The unauthorized access occurred on or about May 2 to May 4, 2023, Fernhill Clinic said.', [2, 3]],
  ['Fernhill Clinic said the exposure lasted from April 12 to May 30, 2023.', [48, 49]],
  ['The Fernhill Clinic patient database was publicly accessible from February 2 until March 8, 2023.', [34, 35]],
  ['Intermittently between August 14 and September 2, 2023, an unknown actor accessed a mailbox at Fernhill Clinic.', [19, 20]],
  ['Unauthorized access to the Fernhill Clinic database occurred between 8 November 2022 and 2 February 2023.', [86, 87]],
  ['The unauthorized person had access to the Fernhill Clinic booking portal from 11 to 19 June 2023.', [8, 9]],
  ['Fernhill Clinic said customer data was exposed between Oct. 3 and Oct. 6.', [3, 4]],
  ['The breach window at Fernhill Clinic ran from Dec. 15, 2022, to Jan. 10, 2023.', [26, 27]],
  ['According to the notice, the attacker had access between approximately December 20, 2022, and January 4, 2023.', [15, 16]],
  ['Between 2 and 9 March 2023, a threat actor copied files from a shared drive at Fernhill Clinic.', [7, 8]],
  ['Records held by Fernhill Clinic were accessible from September 2021 to June 2023, when the database was taken offline.', [609, 668]],
  ['The malicious activity on the Fernhill Clinic network took place from mid-May through early July 2023.', [31, 91]],
  ['The hackers accessed the Fernhill Clinic network on several occasions between March and May 2023.', [31, 91]],
  ['The intrusion at Fernhill Clinic lasted from the evening of 4 August 2023 until the morning of 8 August.', [4, 5]],
  ['The breach at Fernhill Clinic occurred between late 2021 and mid-2022, an investigation found.', [1, 730]],
  ['Threat actors were active in the Fernhill Clinic network from Jan. 4 until Jan. 19, 2023, the clinic said.', [15, 16]],
  // ---- stated durations
  ['The attackers were in the Fernhill Clinic network for roughly 36 hours before they were shut out.', [1, 2]],
  ['The hackers had been inside the Fernhill Clinic network for over ten years, investigators found.', [3650, null]],
  ['Malicious code sat on the Fernhill Clinic checkout page for nearly two years.', [366, 730]],
  ['The breach at Fernhill Clinic went undetected for eight months.', [224, 248]],
  ['The attacker was active in the Fernhill Clinic environment for approximately three weeks.', [16, 26]],
  ['A card skimmer ran on the Fernhill Clinic web shop for 45 days.', [45, 45]],
  ['Hackers lurked in the Fernhill Clinic systems for about six months before encrypting files.', [134, 224]],
  ['Fernhill Clinic patient data had been exposed on the open internet for at least five weeks.', [35, null]],
  ['The leak at Fernhill Clinic persisted for a little over a month.', [28, 62]],
  ['The criminals maintained access to the Fernhill Clinic payment system for almost a year.', [300, 366]],
  ['Fernhill Clinic files were exposed for several days in early October.', [2, 9]],
  ['Cybercriminals spent 19 days inside the Fernhill Clinic network before launching ransomware.', [19, 19]],
  ['The intruders went unnoticed at Fernhill Clinic for three months.', [84, 93]],
  ['For roughly 18 months, hackers siphoned off Fernhill Clinic customer records without anyone noticing.', [432, 670]],
  ['The ransomware gang had a foothold in the Fernhill Clinic network for at least 40 days.', [40, null]],
  ['The Fernhill Clinic server was online and unprotected for a period of about 10 days.', [8, 12]],
  ['Over the course of five days, the hacker downloaded more than 2 million Fernhill Clinic records.', [5, 5]],
  ['The intrusion at Fernhill Clinic went on for a full year before it was uncovered.', [365, 366]],
  ['A flaw let outsiders view Fernhill Clinic patient files for more than a decade.', [3650, null]],
  ['Data from the Fernhill Clinic app sat exposed for two and a half years.', [900, 920]],
  ['The attackers were able to access Fernhill Clinic systems for a 48-hour period.', [2, 2]],
  ['The hackers had been inside Fernhill Clinic for 14 months when the breach came to light.', [392, 434]],
  ['The attackers exfiltrated Fernhill Clinic data over a nine-day period.', [9, 9]],
  ['The intruder maintained persistent access to Fernhill Clinic for roughly two months.', [44, 75]],
  ['Sensitive Fernhill Clinic files stayed open to the public for weeks.', [14, 90]],
  ['Hackers were able to view Fernhill Clinic customer accounts for up to 72 hours.', [0, 3]],
  ['The compromise of Fernhill Clinic spanned some 22 months.', [528, 818]],
  ['The breach at Fernhill Clinic went undetected for the better part of a year.', [180, 366]],
  ['The Fernhill Clinic dwell time was 11 days, the incident report said.', [11, 11]],
  // ---- start and end (or discovery) in separate sentences or clauses
  ['The intrusion at Fernhill Clinic began on April 3, 2023. It was detected on April 21, 2023.', [18, 19]],
  ['On July 17, 2023, Fernhill Clinic discovered suspicious activity in its email environment. The investigation determined that between July 5, 2023 and July 17, 2023, an unauthorized actor accessed certain email accounts.', [12, 13]],
  ['On August 30, 2023, Fernhill Clinic became aware of unusual activity on its network. The investigation found that an unauthorized party gained access to its systems between August 21 and August 30, 2023.', [9, 10]],
  ['The intruders had access to Fernhill Clinic systems from late January until the breach was discovered on March 14, 2023.', [40, 75]],
  ['The Fernhill Clinic server had been left unsecured since October 2022, until a researcher flagged it on January 9, 2023.', [70, 100]],
  ['The unauthorized activity at Fernhill Clinic dates back to at least March 2021. It was discovered on September 4, 2023.', [880, null]],
  ['Attackers had access to the Fernhill Clinic network since at least 2019. Staff noticed the intrusion on July 6, 2023.', [1270, null]],
  ['The attackers remained in the Fernhill Clinic system until February 10, 2023, having first entered on December 28, 2022.', [44, 45]],
  ['Hackers first gained access to Fernhill Clinic on Jan. 4, 2023, and were locked out on Jan. 19.', [15, 16]],
  ['Someone had been reading Fernhill Clinic emails since May 2022 before the breach was spotted in January 2023.', [215, 275]],
  ['The Fernhill Clinic storage bucket was open to anyone with the link from at least 2017 until it was secured last month.', [2000, null]],
  ['The compromise of Fernhill Clinic began in early February and was contained on March 2, 2023.', [15, 29]],
  ['Fernhill Clinic staff noticed the breach on 12 May 2023, about 10 weeks after the hackers first got in.', [56, 84]],
  ['Fernhill Clinic only realised in July 2023 that attackers had been in its network since November 2022.', [212, 272]],
  // ---- a length as an adjective, a window noun, a stay with no "for"
  ['The Fernhill Clinic breach was the result of a months-long intrusion by a criminal group.', [60, 365]],
  ['Investigators described a year-long campaign against the Fernhill Clinic network.', [365, 366]],
  ['The hackers ran a multi-year espionage operation inside Fernhill Clinic.', [730, 3653]],
  ['The attackers copied files from the Fernhill Clinic servers in a 10-day window.', [10, 10]],
  ['The hackers had been in the Fernhill Clinic network more than 18 months when they were found.', [504, null]],
  ['The Fernhill Clinic breach lasted three days.', [3, 3]],
  ['The attackers maintained access to Fernhill Clinic for a window of about three weeks.', [16, 26]],
  ['Malware remained on the Fernhill Clinic tills for several months.', [56, 279]],
  ['The ransomware attack on Fernhill Clinic ran from May 3 to May 5, 2023.', [2, 3]],
  ['The intrusion may have started as far back as June 2021, Fernhill Clinic said. It was detected on March 8, 2023.', [600, null]],
  ['Fernhill Clinic patient data was available online for anyone to see for about two weeks.', [11, 17]],
  ['The hack of Fernhill Clinic took place over several days.', [2, 9]],
  ['The cybercriminals were able to steal Fernhill Clinic data over a period of several weeks.', [14, 63]],
  // ---- classes read on untuned text (issue 11): the victim not noticing, an incident lasting, a hyphened length
  ['Fernhill Clinic did not detect the intrusion for five months, the regulator found.', [140, 155]],
  ['The hackers resided on Fernhill Clinic computers for eight months.', [224, 248]],
  ['Fernhill Clinic was hit by a three-month cyber attack on its booking system.', [84, 93]],
  ['The attack on Fernhill Clinic began on March 3 and lasted roughly 36 hours.', [1, 2]],
  ['Patient files sat on an unsecured Fernhill Clinic server for nearly two years before anyone noticed.', [366, 732]],
  ['Fernhill Clinic discovered the skimmer almost a year after the initial compromise.', [273, 366]],
  ['Attackers had access to the Fernhill Clinic portal between Aug. 22 to 24 after unusual login behaviour was seen.', [2, 3]],
  ['An outsider had been accessing a Fernhill Clinic mailbox for three weeks when staff noticed.', [21, 21]],
  ['Intruders accessed the Fernhill Clinic tills from August 10 through September 16, 2023. The clinic also heard of fraudulent card use at two sites from April through September 2023, although the tills there had not been infected.', [37, 38]],
  ['Fernhill Clinic said it spotted unusual login behaviour on its patient app between Aug. 22 and 24.', [2, 3]],
  // ---- the time to finding it: "discovered three days later", "took eleven months to detect", "before anyone noticed"
  ['A spreadsheet of Fernhill Clinic payroll files was emailed to the wrong supplier on March 6. The error was discovered four days later.', [4, 4]],
  ['Hackers broke into the Fernhill Clinic booking server on May 2. The breach was not discovered until two weeks later.', [14, 14]],
  ['It took Fernhill Clinic eleven months to discover the intrusion.', [308, 341]],
  ['It was more than a year before Fernhill Clinic noticed the hackers.', [365, null]],
  ['The intruders were only detected by Fernhill Clinic staff some six weeks later.', [33, 51]],
  ['It took the Fernhill Clinic security team nearly three weeks to spot the malware.', [15, 21]],
  ['The skimmer was removed from the Fernhill Clinic shop three weeks after it was planted.', [21, 21]],
  ['The hackers spent a fortnight inside the Fernhill Clinic network.', [14, 14]],
  // ---- the range or the stay in one long clause
  ['The incident at Fernhill Clinic occurred between March 3 and March 9, 2023.', [6, 7]],
  ['The incident took place between 14 and 17 July, Fernhill Clinic said.', [3, 4]],
  ['Hackers broke into the Fernhill Clinic systems on 2 February but the intrusion was only detected on 20 March.', [46, 46]],
  ['A spokesperson said the hackers managed to gain access to certain booking systems at the Fernhill Clinic outpatient centre in the city for up to a month before the breach was reported.', [0, 31]],
  ['An investigation found that the attackers first got into the Fernhill Clinic network on May 2, 2023, nearly four weeks before the clinic noticed.', [20, 28]],
  ['The Fernhill Clinic patient list was visible on its website for about 40 minutes before staff took it down.', [0, 1]],
  ['Hackers may have had access to the Fernhill Clinic network for as long as two years.', [0, 730]],
  ['The attack on Fernhill Clinic went on for about three months.', [60, 92]],
  ['In the space of 36 hours, the attackers copied 2 million records from Fernhill Clinic.', [1, 2]],
  ['It took place between 3 and 9 March, Fernhill Clinic said of the breach.', [6, 7]],
  ['Between 4 and 9 July, an unknown third party logged in to the Fernhill Clinic booking portal.', [5, 6]],
  ['Thieves used a card reader at the Fernhill Clinic kiosk from 2 to 19 May.', [17, 18]],
  ['Cyber criminals had been harvesting Fernhill Clinic card data since October 2022. The breach was detected in May 2023.', [180, 240]],
  // ---- several windows: the dwell runs from the first start to the last end
  ['The unauthorized party accessed the Fernhill Clinic network between February 3 and February 7, 2023, and again between March 1 and March 2, 2023.', [27, 28]],
  // ---- session 9 battery (issue 11): phrasings read on untuned text
  ['The Fernhill Clinic server was left exposed from January until it was secured on March 2, 2023.', [29, 60]],
  ['The database had been exposed since at least June 12, 2023, according to the researcher, who found it on July 3.', [21, null]],
  ['The unauthorized access to the Fernhill Clinic portal lasted approximately 10 minutes.', [0, 1]],
  ['The attackers had access to the Fernhill Clinic system for roughly a week before being locked out.', [5, 9]],
  ['The breach at Fernhill Clinic went on for months before it was caught.', [60, 365]],
  ['The skimming code was live on the Fernhill Clinic shop from Aug. 21 to Sept. 5.', [15, 15]],
  ['Card-stealing malware ran on the Fernhill Clinic point-of-sale systems between April and July 2023.', [61, 121]],
  ['The Fernhill Clinic database was open for 12 days before a researcher reported it.', [12, 12]],
  ['Data on 2 million Fernhill Clinic patients was online for almost a month.', [21, 31]],
  ['The hackers maintained access for 11 days, Fernhill Clinic said.', [11, 11]],
  ['The malicious script collected Fernhill Clinic payment details for 15 days.', [15, 15]],
  ['The hackers were able to move around the Fernhill Clinic network for six days.', [6, 6]],
  ['The exposure window at Fernhill Clinic was roughly five weeks.', [28, 42]],
  ['The bug, which was live for 11 days, exposed Fernhill Clinic patient records.', [11, 11]],
  ['The Fernhill Clinic attack took place over a period of 48 hours.', [2, 2]],
  ['The Fernhill Clinic data stayed online for almost three years before it was taken down.', [730, 1096]],
  ['Fernhill Clinic said its booking data had been publicly available for a decade because of a settings mistake.', [3650, 3653]],
  ['The problem, which started in March 2015 and continued until late May 2023, left the Fernhill Clinic bucket public.', [2953, 3013]],
  ['Malicious code on the Fernhill Clinic web shop skimmed card details. Shoppers who made purchases between March 3 and April 20, 2023, may have been affected.', [48, 48]],
  ['Investigators believe the hackers broke in last March. Fernhill Clinic discovered the breach on 3 October.', [186, 216]],
  ['The Fernhill Clinic breach, which began on Sunday 3 September, was detected on Wednesday 6 September.', [3, 3]],
  ['Hackers first accessed the Fernhill Clinic network on March 3, 2023.\n\nThe clinic spent weeks rebuilding its systems.\n\nThe clinic detected the intrusion on April 20, 2023.', [48, 48]],
  ['Fernhill Clinic first noticed suspicious activity on June 5. The investigation found the hackers had first accessed its systems on May 20.', [16, 16]],
  ['The intruders had access to the Fernhill Clinic network for roughly half a year.', [150, 200]],
  ['Fernhill Clinic patient records were exposed for 200+ days.', [200, null]],
  ['The attackers had been in the Fernhill Clinic network for a number of weeks.', [14, 90]],
  ['For nearly two years, Fernhill Clinic patients who logged in to the portal could view the files of others.', [366, 731]],
  ['The Fernhill Clinic breach went undetected for 2 1/2 years.', [900, 920]],
  ['The Fernhill Clinic server had been misconfigured for years, leaving the records open.', [730, 3653]],
  ['The criminals were stealing Fernhill Clinic card data for nearly a year.', [270, 366]],
  ['A Fernhill Clinic employee inappropriately viewed patient records over a 14-month period.', [392, 434]],
  ['A former Fernhill Clinic nurse had been snooping on patient files for two years.', [730, 732]],
  ['The hackers had been monitoring the Fernhill Clinic finance mailbox for several weeks before sending the fake invoice.', [14, 63]],
  ['Someone had been reading Fernhill Clinic staff emails for three weeks.', [21, 21]],
  ['Hackers were in control of the Fernhill Clinic computers for four days.', [4, 4]],
  ['The breach at Fernhill Clinic spanned six months.', [168, 186]],
  // ---- a stay up to the finding, told back from it; the start told against the finding
  ['Fernhill Clinic said it spotted odd logins on May 8 and that the intruder had access for three days prior to that.', [3, 4]],
  ['The attackers were inside the Fernhill Clinic network for a week before the breach was noticed.', [7, 7]],
  ['Fernhill Clinic found its files encrypted on May 8, four days after attackers breached its network.', [4, 5]],
  ['Staff at Fernhill Clinic detected the skimmer two weeks after hackers compromised the web shop.', [14, 14]],
  ['Fernhill Clinic said hackers accessed the server from June 5, 2023, through June 9, 2023.', [4, 5]],
];

/** Paragraphs with a breach and a duration or date range that is not the dwell. */
const NEGATIVE: string[] = [
  'The Fernhill Clinic breach affects customers who opened accounts between 2014 and 2019.',
  'Fernhill Clinic is offering people hit by the breach 24 months of free credit monitoring.',
  'The hacker behind the Fernhill Clinic breach was sentenced to six years in prison.',
  'For the past ten years Fernhill Clinic has invested heavily in security, its chief executive said after the breach.',
  'People hit by the Fernhill Clinic breach have until March 31, 2024, to enroll in identity protection.',
  'Fernhill Clinic retains patient records for seven years after an account closes, the breach notice says.',
  'Regulators must be notified within 72 hours of a breach being discovered, Fernhill Clinic said.',
  'Fernhill Clinic, which has operated in the region for more than 30 years, said hackers stole patient data.',
  'Fernhill Clinic discovered the breach on June 3, 2023, and customers were notified on June 20, 2023.',
  'Patients treated at Fernhill Clinic between January 2015 and December 2020 are affected by the breach.',
  'The data stolen from Fernhill Clinic includes orders placed from 2018 to 2022.',
  'The hackers stole Fernhill Clinic records dating back to 2009.',
  'It took investigators four months to complete the forensic review of the Fernhill Clinic breach.',
  'The ransomware gang gave Fernhill Clinic seven days to pay before leaking the stolen files.',
  'The files leaked from Fernhill Clinic cover transactions between April 2020 and March 2021.',
  'Staff who worked at Fernhill Clinic from 2010 to 2015 had their Social Security numbers exposed.',
  'Fernhill Clinic has been a client of the hacked software vendor for 12 years.',
  'The Fernhill Clinic breach is the largest the country has seen in a decade.',
  'Fernhill Clinic urged customers to watch their accounts for the next 12 months after the breach.',
  'The accessed Fernhill Clinic database held information from the last five years.',
  'Between 2020 and 2022, ransomware attacks on clinics like Fernhill Clinic rose by 40 percent, the report found.',
  'The gang that hit Fernhill Clinic has been active since at least 2019 and has attacked dozens of firms.',
  'The exposed Fernhill Clinic data belongs to people who were members from 2012 through 2016.',
  'Fernhill Clinic will keep a call centre about the breach open for 90 days.',
  'The suspect, who worked at Fernhill Clinic for eight years, downloaded client files before leaving.',
  'Fernhill Clinic discovered the breach on May 5, 2023 and disclosed it on May 9, 2023.',
  'The Fernhill Clinic ransomware attack kept its appointment systems offline for two days.',
  'Fernhill Clinic detected the intrusion on October 2. In a separate incident in 2019, attackers accessed a different clinic database for three months.',
  'Fernhill Clinic said its patient database was accessed by an outside party on 3 March 2023. Staff were alerted to the incident on 10 March 2023.',
  'The findings draw on breaches suffered by 450 clinics like Fernhill Clinic between June 2022 and May 2023.',
  'Fernhill Clinic faced a days-long outage after the ransomware attack.',
  'A year-long investigation into the Fernhill Clinic breach ended in March.',
  'Ransomware gangs can lurk in a network for weeks before striking, experts said after the Fernhill Clinic attack.',
  'Intruders can stay inside a network for six months without being noticed, Fernhill Clinic was told.',
  'Scammers have used leaked Fernhill Clinic data to target patients during the past two years.',
  'Fernhill Clinic did not notify patients for five months after the breach, the regulator found.',
  'A two-day outage followed the Fernhill Clinic attack, which also knocked its phones offline.',
  'Fernhill Clinic continued to see patients for two weeks after the attack, using paper records.',
  'Fernhill Clinic saw fraudulent card use from April through September 2023, although its own tills had not been infected.',
  'Hackers broke into the Fernhill Clinic server on May 2. Three days later, the clinic notified patients.',
  'Fernhill Clinic took three months to notify affected patients of the breach.',
  'The attack on Fernhill Clinic happened on May 3; the clinic disclosed it two weeks later.',
  'The hacker who attacked Fernhill Clinic was arrested two months later.',
  'It took a month to restore the Fernhill Clinic systems after the ransomware attack.',
  'Staff spotted the breach on 3 May and shut down the hackers\' access two hours later.',
  'The breach was discovered on May 3, two days before Fernhill Clinic went public.',
  'A researcher spotted copies of the stolen Fernhill Clinic files two days after they were posted online.',
  'Fernhill Clinic, whose patients use the portal to get access to their own test results, scan letters and discharge notes from home, has run that portal for ten years.',
  'Fernhill Clinic said its records were unlawfully accessed by an outside party on 20 January 2023. It was alerted to the incident on 27 January 2023.',
  'Fernhill Clinic will hold a staff meeting about the breach for 40 minutes on Friday.',
  'The Fernhill Clinic offices were closed from 3 to 9 March while it installed a new phone system.',
  'The outage at Fernhill Clinic after the ransomware attack lasted three days.',
  'Fernhill Clinic kept the stolen passwords for ten years, which is longer than the law allows.',
  'The hacker group that attacked Fernhill Clinic has been active for five years.',
  'The stolen Fernhill Clinic data was put up for sale on a forum for three days before it was removed.',
  'Systems at Fernhill Clinic were down for a week after the ransomware attack.',
  'Fernhill Clinic was hit by ransomware. Patients who visited between March 3 and April 20, 2023, may have been affected.',
  'Fernhill Clinic, which was hit by hackers, has been in business for 40 years.',
  'Fernhill Clinic will offer two years of identity monitoring to patients whose data was exposed.',
  'The ransomware attack on Fernhill Clinic began on 4 March 2023. Its systems were back online on 20 March 2023.',
  'Fernhill Clinic is offering 12 months of free monitoring to patients whose data was exposed.',
  'The former Fernhill Clinic nurse who viewed patient files was banned from nursing for two years.',
  'The clinic has been trying for two years to fix the flaw the hackers exploited, Fernhill Clinic said.',
  // the time since the incident: "more than a month after the attack, services remain disrupted"
  'Over a month after the cyberattack, several Fernhill Clinic services remain disrupted.',
  'Over two weeks after the breach, Fernhill Clinic systems remain offline.',
  // a lag after the breach that is no finding or stopping of it
  'Fernhill Clinic finished its review on May 10, nearly half a year after the breach occurred.',
  'Fernhill Clinic told patients about the hack three weeks after attackers breached its network.',
  'The Fernhill Clinic breach was reported to regulators on May 3, 2023, and to patients on May 9, 2023.',
];

function dwellOf(paragraph: string) {
  const rec = extract(`# Fernhill Clinic reports a data breach\n\n${paragraph}\n`, { format: 'md', published: PUBLISHED });
  return rec.dwell;
}

const overlaps = (d: { min: number | null; max: number | null }, [min, max]: Days) =>
  (d.max ?? Infinity) >= min && (d.min ?? 0) <= (max ?? Infinity);

/** Rows the rules do not read yet (each one stays a test: it must keep failing until a rule reads it, then move up). */
const KNOWN_MISSES = new Set<string>([
  // "found its files encrypted": 'found' is not among the finding verbs the from-start guard reads
  'Fernhill Clinic found its files encrypted on May 8, four days after attackers breached its network.',
  // "let outsiders view": no access word the rules know
  'A flaw let outsiders view Fernhill Clinic patient files for more than a decade.',
  // "since May 2022" is set aside as company history (no strong incident word in its clause)
  'Someone had been reading Fernhill Clinic emails since May 2022 before the breach was spotted in January 2023.',
]);
const KNOWN_FALSE = new Set<string>([
  // a length inside a relative aside ("which has operated … for 30 years"): the row was removed (issue 11), it changed
  // no value on our 1,099 real articles
  'Fernhill Clinic, which has operated in the region for more than 30 years, said hackers stole patient data.',
  'The suspect, who worked at Fernhill Clinic for eight years, downloaded client files before leaving.',
  // a general or hypothetical length ("gangs can lurk for weeks"): dwell.hypothetical changed one dev article and was
  // removed as fitted (issue 11)
  'Ransomware gangs can lurk in a network for weeks before striking, experts said after the Fernhill Clinic attack.',
  'Intruders can stay inside a network for six months without being noticed, Fernhill Clinic was told.',
]);

describe('dwell battery: stated and computed access windows', () => {
  for (const [text, days] of POSITIVE) {
    const test = KNOWN_MISSES.has(text) ? it.fails : it;
    test(`${JSON.stringify(days)}: ${text}`, () => {
      const d = dwellOf(text);
      expect(d, 'no dwell').not.toBeNull();
      expect(overlaps(d!.days, days), JSON.stringify(d!.days)).toBe(true);
    });
  }
});

describe('dwell battery: durations and ranges that are not the dwell', () => {
  for (const text of NEGATIVE) {
    const test = KNOWN_FALSE.has(text) ? it.fails : it;
    test(`no dwell: ${text}`, () => {
      expect(dwellOf(text)).toBeNull();
    });
  }
});

describe('dwell battery: pass rate', () => {
  it('reads most positives and no negative', () => {
    const pos = POSITIVE.filter(([t, days]) => { const d = dwellOf(t); return !!d && overlaps(d.days, days); }).length;
    const neg = NEGATIVE.filter((t) => dwellOf(t) === null).length;
    expect(POSITIVE.length).toBeGreaterThanOrEqual(50);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(25);
    expect(pos).toBe(POSITIVE.length - KNOWN_MISSES.size);
    expect(neg).toBe(NEGATIVE.length - KNOWN_FALSE.size);
  });
});
