// A battery of invented sentences in many phrasings (issue 11, "Date roles and years"): how news stories
// and breach-notification letters tell when an intrusion began and ended, when the victim found it and
// when it told people, and the dates beside them that are not dates of the incident (the data's scope,
// birth dates, laws, earlier incidents, conferences, claim deadlines, the article's own update stamp).
// Each case lists every date the extractor must keep, as "role value"; a negative lists none.
// The sentences are made up; no run of words comes from a real article.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractDates } from '../../src/extract/dates.js';
import type { Context } from '../../src/extract/types.js';
import { Explain } from '../../src/rules.js';
import { victim } from '../helpers/context.js';

// Published on Thursday 13 June 2024 unless a case says otherwise.
const PUBLISHED = '2024-06-13';
const HEADLINE = 'Regional firm reports a cyber incident';

interface Case {
  text: string;
  want: string[];
  published?: string;
  /** The victim the article is about (the company step's finding), when the case needs it. */
  company?: string;
  /** A phrasing the extractor does not read yet: the test checks that it still fails (remove when fixed). */
  gap?: boolean;
}

function datesOf(c: Case): string[] {
  // ("none": an article with no publication date)
  const published = c.published === 'none' ? undefined : (c.published ?? PUBLISHED);
  const doc = readDocument(`${HEADLINE}\n\n${c.text}\n`, { format: 'txt', ...(published ? { published } : {}) });
  const ctx: Context = {
    published: doc.published, warnings: [], explain: new Explain(true),
    ...(c.company ? { company: victim(c.company) } : {}),
  };
  return extractDates(doc, ctx as Parameters<typeof extractDates>[1]).map((d) => `${d.role} ${d.value}`).sort();
}

const POSITIVES: Case[] = [
  // ---- discovered: the victim found out
  { text: 'On May 3, 2024, we became aware of suspicious activity on our network.', want: ['discovered 2024-05-03'] },
  { text: 'The clinic first detected the intrusion on April 28.', want: ['discovered 2024-04-28'] },
  { text: 'Suspicious activity was noticed by IT staff on 2 May.', want: ['discovered 2024-05-02'] },
  { text: 'The insurer identified unauthorized access to a file server on March 14, 2024.', want: ['discovered 2024-03-14'] },
  { text: 'The retailer learned of the incident on Monday, June 3.', want: ['discovered 2024-06-03'] },
  { text: 'We discovered on February 20 that an unauthorized party had copied certain files.', want: ['discovered 2024-02-20'] },
  { text: 'The breach was discovered in late March.', want: ['discovered 2024-03'] },
  { text: 'Staff at the council spotted the ransom note early on Sunday.', want: ['discovered 2024-06-09'] },
  { text: 'It was not until April 2 that the company realized customer records had been taken.', want: ['discovered 2024-04-02'] },
  { text: 'The university was alerted to the breach by a security researcher on May 21.', want: ['discovered 2024-05-21'] },
  { text: 'The company determined on May 30 that the copied files held Social Security numbers.', want: ['discovered 2024-05-30'] },
  { text: 'A member of staff noticed the unusual logins two weeks ago.', want: ['discovered 2024-05'] },
  { text: 'Upon discovering the activity on 15 April 2024, the firm took its systems offline.', want: ['discovered 2024-04-15'] },
  { text: 'The incident was first identified on Jan. 9, when employees could not open their files.', want: ['discovered 2024-01-09'] },
  { text: 'On or about January 25, 2024, we detected unusual activity in our email environment.', want: ['discovered 2024-01-25'] },
  { text: 'The intrusion was detected yesterday, a spokesperson for the hospital group said.', want: ['discovered 2024-06-12'] },
  { text: 'The county first became aware of the ransomware attack late on Saturday night.', want: ['discovered 2024-06-08'] },

  // SESSION 16: "as early as" is no reckoning; a count of the victim's own files does not make a range a statistic
  { text: 'Staff detected the intrusion as early as May 20, the clinic said.', want: ['discovered 2024-05-20'] },
  { text: 'The lender said intruders copied 48,000 customer files between January and April.', want: ['breach-start 2024-01', 'breach-end 2024-04'] },
  { text: 'Attackers stole data from 3 million accounts between January and April.', want: ['breach-start 2024-01', 'breach-end 2024-04'] },

  // ---- breach-start: the intrusion began
  { text: 'The attack began on March 3, the company said.', want: ['breach-start 2024-03-03'] },
  { text: 'Hackers first accessed the network on or about February 12, 2024.', want: ['breach-start 2024-02-12'] },
  { text: 'The intruders gained access to the payroll system on 7 May.', want: ['breach-start 2024-05-07'] },
  { text: 'The unauthorized access started in December 2023.', want: ['breach-start 2023-12'] },
  { text: 'Criminals broke into the firm’s email server last month.', want: ['breach-start 2024-05'] },
  { text: 'The ransomware attack, which took place on April 14, disrupted appointments for days.', want: ['breach-start 2024-04-14'] },
  { text: 'An unauthorized third party obtained access to the portal beginning on January 4, 2024.', want: ['breach-start 2024-01-04'] },
  { text: 'The attackers had been lurking in the network since at least October.', want: ['breach-start 2023-10'] },
  { text: 'The city’s systems were hit by ransomware on Saturday.', want: ['breach-start 2024-06-08'] },
  { text: 'The threat actor infiltrated the vendor’s systems on 19 March 2024.', want: ['breach-start 2024-03-19'] },
  { text: 'Files on the shared drive were encrypted by the ransomware in the early hours of 1 June.', want: ['breach-start 2024-06-01'] },
  { text: 'On April 2, an attacker used a contractor’s password to log in to the remote access tool.', want: ['breach-start 2024-04-02'], gap: true },
  { text: 'The data was stolen in a cyberattack on the company’s billing platform on May 19.', want: ['breach-start 2024-05-19'] },
  { text: 'The attack happened last weekend, the district said.', want: ['breach-start 2024-06'] },

  // ---- breach-end: access ended or was cut off
  { text: 'Access to the compromised account was cut off on May 18, the company said.', want: ['breach-end 2024-05-18'] },
  { text: 'The incident was contained on April 20.', want: ['breach-end 2024-04-20'] },
  { text: 'The attackers were locked out of the network on 11 March.', want: ['breach-end 2024-03-11'] },
  { text: 'The exposed database was secured on Tuesday after the researcher contacted the firm.', want: ['breach-end 2024-06-11'] },
  { text: 'The hackers remained in the systems until May 2.', want: ['breach-end 2024-05-02'] },
  { text: 'The malicious code was removed from the checkout page on February 27, 2024.', want: ['breach-end 2024-02-27'] },
  { text: 'There has been no further unauthorized activity on the network since April 9.', want: ['breach-end 2024-04-09'], gap: true }, // dates.not-since-end changed one recent article and was removed as fitted (issue 11)

  // ---- ranges: the first end is the start, the second the end
  { text: 'An unauthorized party accessed the server between February 2 and February 9, 2024.', want: ['breach-end 2024-02-09', 'breach-start 2024-02-02'] },
  { text: 'Hackers had access to the mailboxes from March 3 to May 18.', want: ['breach-end 2024-05-18', 'breach-start 2024-03-03'] },
  { text: 'The breach ran from November 2023 through January 2024.', want: ['breach-end 2024-01', 'breach-start 2023-11'] },
  { text: 'Attackers were inside the network between 12 and 19 April.', want: ['breach-end 2024-04-19', 'breach-start 2024-04-12'] },
  { text: 'The intrusion lasted from August to December 2023.', want: ['breach-end 2023-12', 'breach-start 2023-08'] },

  // ---- disclosed: the victim told people, regulators or the public
  { text: 'The company notified affected customers on May 28.', want: ['disclosed 2024-05-28'] },
  { text: 'The bank announced the breach on Tuesday.', want: ['disclosed 2024-06-11'] },
  { text: 'The firm disclosed the incident to securities regulators in a filing on June 4.', want: ['disclosed 2024-06-04'] },
  { text: 'Letters were mailed to affected patients on May 31, 2024.', want: ['disclosed 2024-05-31'] },
  { text: 'The school district informed parents of the breach on 6 June.', want: ['disclosed 2024-06-06'] },
  { text: 'The retailer posted a notice about the incident on its website on June 5.', want: ['disclosed 2024-06-05'] },
  { text: 'The charity reported the breach to the data protection authority on 22 May.', want: ['disclosed 2024-05-22'] },
  { text: 'The company said on Tuesday that it had been hit by a cyberattack.', want: ['disclosed 2024-06-11'] },
  { text: 'In a statement on Wednesday, the insurer confirmed that customer data had been stolen.', want: ['disclosed 2024-06-12'] },
  { text: 'The breach was made public on May 15.', want: ['disclosed 2024-05-15'] },
  { text: 'Notification letters went out to about 12,000 people on June 7.', want: ['disclosed 2024-06-07'] },
  { text: 'The hotel chain began notifying guests about the breach on May 20.', want: ['disclosed 2024-05-20'] },
  { text: 'The council filed a report with the data protection regulator on 3 June.', want: ['disclosed 2024-06-03'] },
  { text: 'Affected customers will be notified by June 21, the lender said after the breach.', want: ['disclosed 2024-06-21'] },

  // ---- other: a date of the incident whose phase the text does not settle
  { text: 'The health system suffered a ransomware attack in early May.', want: ['other 2024-05'] },
  { text: 'Hackers posted samples of the stolen data on a forum on May 29.', want: ['other 2024-05-29'] },

  // ---- years: a weekday beside a date, a shared year, shifts from the date before, publication
  { text: 'The firm detected the intrusion on Tuesday, December 8.', want: ['discovered 2020-12-08'] },
  { text: 'The attack began on Saturday, March 2, and was detected two days later.', want: ['breach-start 2024-03-02', 'discovered 2024-03-04'] },
  { text: 'The company notified regulators on March 3 and 9, 2022.', want: ['disclosed 2022-03-03', 'disclosed 2022-03-09'] },
  // (a date as the attribute of a statement: made in the past, and it discloses)
  { text: '"We paid and were promised the files would be deleted," the clinic said in a May 28 online statement about the breach.', want: ['disclosed 2024-05-28'] },
  { text: 'In a March 4 posting, the retailer described the breach it had first spotted on February 20.', want: ['disclosed 2024-03-04', 'discovered 2024-02-20'] },
  // (two days written day first: two days of telling are both disclosures; a span of the attack is not read as a
  // start and an end yet — on a held-out set that reading gave a stay where the labels have none)
  { text: 'The cyber attack on the clinic took place on 3 and 4 June 2023.', want: ['breach-end 2023-06-04', 'breach-start 2023-06-03'], gap: true },
  { text: 'The council was attacked over the weekend of 11 and 12 May.', want: ['breach-end 2024-05-12', 'breach-start 2024-05-11'], gap: true },
  { text: 'The insurer notified its policyholders on 20 and 21 March.', want: ['disclosed 2024-03-20', 'disclosed 2024-03-21'] },
  { text: 'The school detected the intrusion on the 3rd and 4th of June.', want: ['discovered 2024-06-03', 'discovered 2024-06-04'] },
  { text: 'The company detected the attack on March 3 and notified regulators two weeks later.', want: ['disclosed 2024-03-17', 'discovered 2024-03-03'] },
  { text: 'The firm detected the breach on April 10, 2023. Four days after that, it told customers.', want: ['disclosed 2023-04-14', 'discovered 2023-04-10'] },
  { text: 'The bank first spotted the fraud on December 28.', published: '2024-01-05', want: ['discovered 2023-12-28'] },
  { text: 'Hackers broke into the system on Dec. 30 and the firm discovered it on Jan. 2.', published: '2024-01-10', want: ['breach-start 2023-12-30', 'discovered 2024-01-02'] },
  { text: 'The breach was discovered on 4 March 2024 and reported to the regulator on 7 March.', want: ['disclosed 2024-03-07', 'discovered 2024-03-04'] },
  { text: 'The lender confirmed on Monday that hackers had broken into its systems earlier this month.', want: ['breach-start 2024-06', 'disclosed 2024-06-10'] },

  // ---- notification-letter style
  { text: 'What happened? On April 17, 2024, the practice discovered that an unauthorized actor had gained access to its network between April 10, 2024 and April 16, 2024.',
    want: ['breach-end 2024-04-16', 'breach-start 2024-04-10', 'discovered 2024-04-17'] },
  { text: 'On June 1, 2023, the company learned that an unauthorized actor had broken into the file transfer server on May 27, 2023.',
    want: ['breach-start 2023-05-27', 'discovered 2023-06-01'] },
  { text: 'We began mailing letters to potentially affected individuals on May 24, 2024.', want: ['disclosed 2024-05-24'] },
  { text: 'On or around March 7, 2024, the dental group experienced a network disruption and began an investigation.', want: ['other 2024-03-07'] },
  { text: 'The investigation determined that an unauthorized party accessed certain files between March 1 and March 7, 2024.',
    want: ['breach-end 2024-03-07', 'breach-start 2024-03-01'] },

  // ---- more phrasings
  { text: 'The breach occurred sometime between late 2022 and early 2023.', want: ['breach-end 2023', 'breach-start 2022'] },
  { text: 'Forensic experts found the attacker was active in the environment from April 3 to April 9.', want: ['breach-end 2024-04-09', 'breach-start 2024-04-03'] },
  { text: 'Hackers accessed the booking systems on May 2, the travel firm said.', want: ['breach-start 2024-05-02'] },
  { text: 'On Friday evening, the company’s IT team detected ransomware on several servers.', want: ['discovered 2024-06-07'] },
  { text: 'The bank became aware of the issue on 10 May and reported it to the regulator within 72 hours.', want: ['discovered 2024-05-10'] },
  { text: 'The bucket had been publicly accessible since at least January 2023, the researcher said.', want: ['breach-start 2023-01'] },
  { text: 'Law enforcement notified the company of the intrusion on April 30.', want: ['discovered 2024-04-30'] },
  { text: 'A security researcher alerted the firm to the exposed database on May 9.', want: ['discovered 2024-05-09'] },
  { text: 'The company began sending notification emails on Tuesday.', want: ['disclosed 2024-06-11'] },
  { text: 'The firm revealed the breach in a regulatory filing last week.', want: ['disclosed 2024-06'] },
  { text: 'On 14 March, the hospital confirmed it had been the victim of a cyberattack.', want: ['disclosed 2024-03-14'] },
  { text: 'The cyberattack, first reported by local media on May 6, disrupted the city’s online services.', want: ['other 2024-05-06'] },
  { text: 'The ransomware gang claimed responsibility for the attack on May 12.', want: ['other 2024-05-12'] },
  { text: 'The company shut down its systems as a precaution on 4 April after the attack.', want: ['other 2024-04-04'] },
  { text: 'Attackers exploited the flaw in the file transfer tool as early as March 27.', want: ['breach-start 2024-03-27'] },
  { text: 'The malware was active on the payment terminals from mid-March to early May.', want: ['breach-end 2024-05', 'breach-start 2024-03'] },
  { text: 'Personal data was exfiltrated from the network on or around 23 February.', want: ['breach-start 2024-02-23'] },
  { text: 'Intruders breached the insurer’s network in early April, but the company did not notice until May 15.', want: ['breach-start 2024-04', 'discovered 2024-05-15'] },
  { text: 'The breach went undetected until May 10, when an employee flagged odd emails.', want: ['discovered 2024-05-10'] },
  { text: 'The incident, first detected on May 2, was reported to the state attorney general on June 7.', want: ['disclosed 2024-06-07', 'discovered 2024-05-02'] },
  { text: 'The firm has been notifying affected customers since June 3.', want: ['disclosed 2024-06-03'] },
  { text: 'The company said it completed its investigation on June 10 and found no evidence of misuse.', want: ['other 2024-06-10'] },
  { text: 'By the time the breach was discovered on May 21, the attackers had already left.', want: ['discovered 2024-05-21'] },
  { text: 'The gang threatened to leak the files by June 30 unless a ransom was paid.', want: ['other 2024-06-30'] },
  { text: 'Card data used at the chain’s tills between Feb. 2 and July 7, 2023 may have been skimmed.', want: ['breach-end 2023-07-07', 'breach-start 2023-02-02'] },
  { text: 'The company said on Monday it had detected suspicious activity on its network.', want: ['disclosed 2024-06-10'] },
  { text: 'In a notice posted on its website on Friday, the chain said hackers had stolen card data.', want: ['disclosed 2024-06-07'] },
  { text: 'The company began investigating on May 3 with the help of outside experts.', want: ['other 2024-05-03'] },
  { text: 'The attacker was last seen in the network on April 30.', want: ['breach-end 2024-04-30'] },
  { text: 'The breach began earlier this summer, the company said.', published: '2024-08-13', want: ['breach-start 2024'] },
  { text: 'The company first noticed something was wrong on the evening of May 31.', want: ['discovered 2024-05-31'] },
  // ---- classes read on untuned text (issue 11): the victim named as such, infection, take-over, being made aware
  { text: 'The town council fell victim to a ransomware attack on Tuesday night.', want: ['breach-start 2024-06-11'] },
  { text: 'The insurer was the target of a cyberattack earlier this month.', want: ['breach-start 2024-06'] },
  { text: 'Several of the county’s computers were first infected with malware on Wednesday.', want: ['breach-start 2024-06-12'] },
  { text: 'Intruders took over the parish website on Sunday and replaced its front page.', want: ['breach-start 2024-06-09'] },
  { text: 'The ministry was made aware of the leaked records in March.', want: ['discovered 2024-03'] },
  { text: 'The intrusion at the freight firm came to light on 2 May, when drivers could not log in.', want: ['discovered 2024-05-02'] },
  { text: 'The scale of the theft only became apparent in late April.', want: ['discovered 2024-04'] },
  { text: 'The district said it learns of such incidents quickly and announced the breach on Friday.', want: ['disclosed 2024-06-07'] },
  { text: 'Affected members were alerted by email on Monday, the credit union said.', want: ['disclosed 2024-06-10'] },
  { text: 'Affected patients were notified by letter beginning March 18.', want: ['disclosed 2024-03-18'] },
  { text: 'A notification to Halvard Mutual was made by a policyholder on 22 February, the regulator said.', company: 'Halvard Mutual', want: ['discovered 2024-02-22'] },
  { text: 'A crew identifying itself as Grey Lantern stole the files in early May.', want: ['breach-start 2024-05'] },
  { text: 'The gang’s ultimatum to the insurer ended on 16 May without payment after the breach.', want: ['other 2024-05-16'] },
  { text: 'The skimmer ran on tills at nine stores, four of them hit after Jan. 8, 2023, the chain said on its website.', want: ['other 2023-01-08'] },
  { text: 'Investigators believe the intruders were in the network since October or November 2022.', want: ['breach-start 2022-10', 'other 2022-11'] },
  { text: 'On 14 May, the council said it was made aware that the gang had published its stolen payroll files the night before.', want: ['disclosed 2024-05-14', 'other 2024-05-13'] },
  // holidays
  { text: 'The breach, which began over the Easter weekend, was contained within three days.', want: ['breach-start 2024-03'] },
  { text: 'Ransomware struck the school district over the Labor Day weekend.', want: ['breach-start 2023-09'] },
  { text: 'Hackers struck on Christmas Eve, encrypting the hospital’s files.', want: ['breach-start 2023-12-24'] },
  { text: 'The retailer was breached around Thanksgiving 2022, the filing says.', want: ['breach-start 2022-11'] },
  // ---- a day with no year takes it from the full date just before it in the sentence (the nearest year)
  { text: 'The intrusion started on September 18, 2022, staff spotted it on October 11 and the intruders were locked out on October 13.', published: 'none',
    want: ['breach-start 2022-09-18', 'discovered 2022-10-11', 'breach-end 2022-10-13'] },
  { text: 'Hackers got into the network on December 28, 2022, and were locked out on January 5.', want: ['breach-start 2022-12-28', 'breach-end 2023-01-05'] },
  // SESSION 16: lacking a publication date, a full date after it lends its year; one set aside (the data's scope) lends none
  { text: 'The intrusion began on October 30 and the attackers were locked out on November 6, 2022.', published: 'none',
    want: ['breach-start 2022-10-30', 'breach-end 2022-11-06'] },
  { text: 'Hackers broke into the trust’s network in March and copied the files of every pupil enrolled since September 2016.', published: 'none',
    want: ['breach-start null'] },
  { text: 'Hackers broke in on 4 May and took the details of all members who registered after January 2019.', published: 'none',
    want: ['breach-start null'] },
  // ---- a card skimmer's time: the shoppers' window is the breach's, not the data's scope
  { text: 'Card-skimming code sat on the checkout page, and shoppers who made purchases between March 3 and April 20, 2024, may have been affected.',
    want: ['breach-start 2024-03-03', 'breach-end 2024-04-20'] },
  // ---- a date that opens a reported clause ("found that on …") is dated by that clause's verb, not the finding
  { text: 'The practice determined that on or about May 9, 2024, an outside party gained access to its patient portal.', want: ['breach-start 2024-05-09'] },
  { text: 'A forensic review found that on February 2, an attacker logged into a staff mailbox.', want: ['breach-start 2024-02-02'] },
  // (a date at the end of the reported clause still dates the finding)
  { text: 'Staff noticed that something was wrong with the booking system last week.', want: ['discovered 2024-06'] },
  // ---- the victim's press release or posted statement discloses
  { text: 'On May 30, the dental group issued a press release about the incident.', want: ['disclosed 2024-05-30'] },
  { text: 'The hospital learned of the phishing email on May 2, according to a news release sent to reporters on May 30.', want: ['discovered 2024-05-02', 'disclosed 2024-05-30'] },
  { text: 'The council posted a statement about the cyberattack on its website on May 30.', want: ['disclosed 2024-05-30'] },
  // ---- "between Jan. 4-6": a month-day and a day after a dash are a start and an end
  { text: 'A staff mailbox was accessed by an unknown user between Jan. 4-6.', want: ['breach-start 2024-01-04', 'breach-end 2024-01-06'] },
  { text: 'The intruders were inside the network from March 3-9, 2023.', want: ['breach-start 2023-03-03', 'breach-end 2023-03-09'] },
  // ---- getting in touch is not getting in: "reached out to" dates no intrusion
  { text: 'A customer reached out to the paper after receiving an extortion email from the hackers on March 14.', want: ['other 2024-03-14'] },
  // ---- the story's lead may describe its victim by a place ("a Dutch insurer"); later, a place-named firm is another target
  { text: 'Hackers who infiltrated a Dutch insurer in March have now published the stolen records.', company: 'Northwind Verzekeringen', want: ['breach-start 2024-03'] },
  { text: 'Northwind Bank said hackers stole customer files in May. The bank has hired an outside firm. Last year a hacker dumped data from an Indian crypto exchange on a forum.',
    company: 'Northwind Bank', want: ['breach-start 2024-05'] },
  // ---- the recovery of services and "the violation" are steps of the incident
  { text: 'Ransomware struck the town hall servers on June 30. Email was restored late on July 10.', published: '2024-07-15',
    want: ['breach-start 2024-06-30', 'other 2024-07-10'] },
  { text: 'The violation was first revealed on Thursday.', published: '2024-06-16', want: ['disclosed 2024-06-13'] },
  // ---- a full stop inside closing quotes ends the clause: the deadline in the quote does not make the next date future
  { text: 'The files came out earlier than “the deadline the gang set.” The gang first targeted the district over Labor Day weekend.', published: '2024-10-03',
    want: ['breach-start 2024-09'] },
  // ---- a paper or a public body named by its kind speaking is not the victim disclosing (unless the victim is one)
  { text: 'Names and addresses of 30,000 customers were stolen, the magazine reported on Wednesday.', want: ['other 2024-06-12'] },
  { text: 'Up to 250 people were duped in the phishing scam, police said on Wednesday.', want: ['other 2024-06-12'] },
  { text: 'Lakeside Council said on Wednesday that hackers stole residents’ records.', company: 'Lakeside Council', want: ['disclosed 2024-06-12'] },
  // ---- an arrest, a plea or a sentence for this incident is a step of its story (other); for anything else it is no date
  { text: 'The former engineer behind the Northwind Bank hack was sentenced yesterday.', want: ['other 2024-06-12'] },
  { text: 'Police arrested a teenager on Tuesday in connection with the leak of the clinic’s patient records.', want: ['other 2024-06-11'] },
  { text: 'Police said Wednesday that two men had been arrested over the breach.', want: ['other 2024-06-12'] },
  { text: 'A former employee of Lakeside Health pleaded guilty on 3 May to selling patient records.', company: 'Lakeside Health', want: ['other 2024-05-03'] },
  // ---- the attackers' own post is not the victim's disclosure
  { text: 'The gang posted a statement on its leak site on May 30 claiming the attack.', want: ['other 2024-05-30'] },
  // the intruder's acts and the trail back (SESSION 11 role battery; gap rows are phrasings read as 'other' today)
  { text: 'Certain files were copied from the clinic network on March 3, 2024.', want: ['breach-start 2024-03-03'] },
  { text: 'The earliest known access to the network was on March 3, 2024.', want: ['breach-start 2024-03-03'] },
  { text: 'The hackers penetrated the clinic systems on March 3, 2024.', want: ['breach-start 2024-03-03'] },
  { text: 'The skimmer was injected into the checkout page on March 3, 2024.', want: ['breach-start 2024-03-03'] },
  { text: 'The intrusion was traced back to March 3, 2024.', want: ['breach-start 2024-03-03'], gap: true },
  { text: 'The attacker was last active in the network on March 30, 2024.', want: ['breach-end 2024-03-30'], gap: true },
  { text: 'The exposed database was taken down on March 30, 2024.', want: ['breach-end 2024-03-30'], gap: true },
  { text: 'The clinic received a ransom note on March 30, 2024.', want: ['discovered 2024-03-30'], gap: true },
  // ---- a verb of the intrusion on the data times the breach, unlike a verb of handing it over
  { text: 'Hackers copied data from the booking server between March 2 and March 9.', want: ['breach-end 2024-03-09', 'breach-start 2024-03-02'] },
  { text: 'Files accessed after 3 March were posted on a leak site, the clinic said.', want: ['breach-start 2024-03-03'] },
  // ---- the victim itself suffering is its own incident
  { text: 'Acme Stores suffered a cyber-attack in March, the chain said.', want: ['other 2024-03'], company: 'Acme Stores' },
  // ---- a date written as the attribute of the incident noun dates the incident, not the telling verb of its clause
  { text: 'The dental group this week notified 4,210 patients about a February 2024 data breach.', want: ['breach-start 2024-02', 'disclosed 2024-06'] },
  { text: 'Parents were told on Monday about a March cyberattack on the district network.', want: ['breach-start 2024-03', 'disclosed 2024-06-10'] },
  { text: 'Payroll records were made public after an April 2024 ransomware attack on the county.', want: ['breach-start 2024-04'] },
  { text: 'The insurer announced the May 2 breach in a letter to its members.', want: ['breach-start 2024-05-02'] },
  { text: 'The firm disclosed its January hack to regulators, a spokesperson said.', want: ['breach-start 2024-01'] },
  { text: 'The lender confirmed in March 2024 that a data breach had exposed customer files.', want: ['disclosed 2024-03'] },
  { text: 'The clinic sent its May 2 breach notice to the state attorney general.', want: ['disclosed 2024-05-02'] },
  { text: 'Staff discovered the April 4 intrusion on a routine check.', want: ['discovered 2024-04-04'] },
  // ---- a year before the incident noun is the incident's (SESSION 13: a year before another noun is not)
  { text: 'The firm said its 2019 breach exposed customer emails.', want: ['breach-start 2019'] },
  { text: 'The hackers stole customer records from the firm in 2019.', want: ['breach-start 2019'] },
  { text: 'The former engineer managed to steal customer records from the bank in 2019.', want: ['breach-start 2019'] },
  // (a written year with no phase verb counts when the sentence names the victim; a month told relative to the story too)
  { text: 'A cyber event that touched Acme Stores in March 2023 exposed customer files.', want: ['other 2023-03'], company: 'Acme Stores' },
  { text: 'The breach at the chain came in March.', want: ['other 2024-03'] },
  // SESSION 14: a notice noun before a verb of beginning: what begins is the telling
  { text: 'Notices to affected members of the climbing club began on May 2 after the breach.', want: ['disclosed 2024-05-02'] },
  { text: 'Members will receive written notice starting June 20, 2024, the club said of the breach.', want: ['disclosed 2024-06-20'] },
  { text: 'Mailings to the 4,000 affected guests started on June 3.', want: ['disclosed 2024-06-03'] },
  { text: 'Letters sent to members say the intrusion began on April 2.', want: ['breach-start 2024-04-02'] },
  { text: 'The hackers began encrypting the ferry operator’s servers on May 2.', want: ['breach-start 2024-05-02'] },
  // SESSION 14: "This review was completed on …": a demonstrative takes up the step the sentence before told of
  { text: 'Outside experts then reviewed the files the intruder copied. This review was completed on May 30.', want: ['other 2024-05-30'] },
  { text: 'A vendor checked which records the hacker had viewed. That process was concluded in April.', want: ['other 2024-04'] },
  // SESSION 14: a word of the incident nearer the date than the court or corporate word: the date is the incident's
  { text: 'The lawsuit stems from an intrusion into a staff mailbox over two days in January 2024.', want: ['other 2024-01'] },
  { text: 'Intruders stole payroll files from the council on May 3, officials told a budget hearing.', want: ['breach-start 2024-05-03'] },
  // SESSION 14: "By" and a date opening a paragraph is prose, not a byline
  { text: 'By June 2, the firm had notified the state attorney general of the breach.', want: ['disclosed 2024-06-02'] },
  { text: 'By Friday, the ransomware outage at the clinic was over.', want: ['other 2024-06-07'] },
  // SESSION 14: the same month in a sentence naming the victim, or dated by a phase verb, stays
  { text: 'The leak is twice the size of the breach that hit Northwind Bank in January.', company: 'Northwind Bank', want: ['other 2024-01'] },
  { text: 'The breach was discovered in January, the bank said.', company: 'Northwind Bank', want: ['discovered 2024-01'] },
  // SESSION 14: a public office or the attackers speaking is not the victim disclosing
  { text: 'The state attorney general on Friday announced a settlement with the clinic over the breach.', want: ['other 2024-06-07'] },
  { text: 'Attorney General Dana Whitfield on Friday announced a settlement with the clinic over the breach.', want: ['other 2024-06-07'] },
  { text: 'On May 2, a group of hackers announced that they had stolen the clinic’s patient files.', want: ['other 2024-05-02'] },
  { text: 'The National Cyber Council on Monday confirmed that dozens of firms were hit by the breach.', want: ['other 2024-06-10'] },
  { text: 'Harbor City Council on Monday confirmed that its payroll files were stolen in a breach.', company: 'Harbor City Council', want: ['disclosed 2024-06-10'] },
  { text: 'The clinic on Friday announced that hackers had copied patient files.', want: ['disclosed 2024-06-07'] },
  // SESSION 14: the breach contained (no object) still ends it
  { text: 'The intrusion was contained on May 4, the clinic said.', want: ['breach-end 2024-05-04'] },
  // SESSION 15: what begins is the victim's response (a date of its story) or its telling (a disclosure), not the intrusion
  { text: 'The audit of the ferry operator’s booking system began on May 2 after the breach.', want: ['other 2024-05-02'] },
  { text: 'An inquiry into odd logins at the bakery chain, which was launched on April 8, is still going on after the breach.', want: ['other 2024-04-08'] },
  { text: 'The clinic began an investigation of the breach on April 8.', want: ['other 2024-04-08'] },
  { text: 'Cleanup and recovery work at the clinic started on Friday after the ransomware attack.', want: ['other 2024-06-07'] },
  { text: 'The clinic began contacting patients about the breach on May 9.', want: ['disclosed 2024-05-09'] },
  { text: 'The orchard cooperative started to notify growers of the data breach on May 20.', want: ['disclosed 2024-05-20'] },
  { text: 'After detecting the intrusion on May 3, the bakery began an investigation with outside experts.', want: ['discovered 2024-05-03'] },
  // SESSION 15: a week with a verb of a phase keeps its month
  { text: 'The ferry operator detected the breach last week.', want: ['discovered 2024-06'] },
  { text: 'Hackers broke into the ferry operator’s booking system over the weekend.', want: ['breach-start 2024-06'] },
  // …but the intrusion itself beginning stays a start
  { text: 'A review found the intrusion began on April 2.', want: ['breach-start 2024-04-02'] },
  { text: 'The attackers launched the ransomware attack on the clinic on April 8.', want: ['breach-start 2024-04-08'] },
  { text: 'An inquiry into the hack, which began on April 2, is still going on.', want: ['breach-start 2024-04-02'] },
  { text: 'The intruders began copying patient files on May 2.', want: ['breach-start 2024-05-02'] },
];

const NEGATIVES: Case[] = [
  // another named organisation suffered an incident (the victim is not in the sentence)
  { text: 'Rival broker Globex Partners suffered a cyber-attack in 2022 that cost it millions.', want: [], company: 'Acme Stores' },
  { text: 'In a similar case in 2021, the exchange Northwind Coin lost 90 million dollars in a breach.', want: [], company: 'Acme Stores' },
  // (open: "attack in December" is read first by the attack-then-name frame, which finds only the month and decides)
  { text: 'Globex Telecom, and one of the largest local banks, came under a hacker attack in December.', want: [], company: 'Acme Stores', gap: true },
  // the data's scope: whose records, not when the breach ran
  { text: 'The exposed data belongs to customers who joined the loyalty scheme between 2014 and 2019.', want: [] },
  { text: 'Records of employees who worked at the firm from 2010 to 2015 were exposed in the breach.', want: [] },
  { text: 'Election officials said voters registered between 2014 and 2022 may be affected by the breach.', want: [] },
  { text: 'Patients treated at the clinic before March 2020 may be affected by the breach.', want: [] },
  { text: 'Anyone who bought a ticket between May 1 and May 9 should change their password, the airline said after the breach.', want: [] },
  { text: 'Customers who opened accounts before 1 January 2020 were not affected by the breach.', want: [] },
  { text: 'Customers who shopped at the store on 4 June may be affected by the breach.', want: [] },
  { text: 'The stolen data dates from 2019, the company said.', want: [] },
  // when the data itself was handed over, kept or dated (not a verb of the intrusion)
  { text: 'The insurer said no information submitted after 3 March 2023 was affected by the breach.', want: [] },
  { text: 'The leaked customer database was last updated in August 2021, the retailer said of the breach.', want: [] },
  { text: 'The breach exposed records of 90,000 former members dating from May 2016 to April 2020.', want: [] },
  { text: 'Files uploaded to the portal before January 2022 were exposed in the breach.', want: [] },
  // birth dates and other data values
  { text: 'The leaked file listed one patient as born on 12 July 1961.', want: [] },
  { text: 'The stolen card data included expiry dates such as 04/26.', want: [] },
  { text: 'The breach affected 2,024 customers and 2019 employees, the company said.', want: [] },
  // laws, rules, policy
  { text: 'The regulator fined the company under the General Data Protection Regulation, which took effect in May 2018.', want: [] },
  { text: 'A federal health privacy act of 1996 obliges hospitals to report breaches.', want: [] },
  { text: 'Under the new rule, which takes effect on December 18, companies must disclose breaches within four business days.', want: [] },
  // earlier incidents and other victims
  { text: 'The hospital said hackers stole patient files on May 2. In a separate incident in 2021, a laptop with staff records was stolen.', want: ['breach-start 2024-05-02'] },
  // (a named other incident: a bare year with no verb of a phase of this one, set aside by year-no-phase, SESSION 13)
  { text: 'The attack comes after the 2017 Equifax breach exposed data on 147 million people.', want: [] },
  { text: 'Retailers faced a wave of card breaches in 2019, and the chain was hit last week.', want: ['breach-start 2024-06'] },
  { text: 'The gang could top a billion dollars in crypto thefts before 2024 is out.', want: [] },
  // (open: a month with its year written, with no phase verb and no victim named, is the same class on the tuning sets
  // (3 tp / 5 fp) and on held-out B-O (1 tp / 7 fp), but setting it aside lost one right date on check, so it was not kept)
  { text: 'The gang’s debut on the leak site came in March 2023, months before the breach.', want: [], gap: true },
  { text: 'Ransomware crews made headlines in March 2023 with a spree of data leaks.', want: [], gap: true },
  { text: 'In 2019, the retailer paid a fine over a different data breach.', want: [] },
  // court, patches, company history
  { text: 'A judge set a hearing for Tuesday in the lawsuit over the breach.', want: [] },
  { text: 'The software maker released a patch for the flaw on March 12.', want: [] },
  { text: 'The company was founded in 1998 and has 4,000 employees.', want: [] },
  { text: 'A class-action lawsuit over the breach was filed on June 5 in federal court.', want: [] },
  { text: 'The company’s chief executive, who joined in 2021, apologised for the breach.', want: [] },
  // events, deadlines and the company's calendar
  { text: 'The breach will be discussed at a security conference on September 12.', want: [] },
  { text: 'Customers have until August 30 to file a claim in the settlement over the breach.', want: [] },
  { text: 'Affected members can sign up for free credit monitoring until December 31.', want: [] },
  { text: 'The firm said its quarterly earnings, due on July 25, would not be hurt by the breach.', want: [] },
  { text: 'The company will hold its annual shareholder meeting on July 9.', want: [] },
  { text: 'The webinar on ransomware defence will be held on June 20.', want: [] },
  // statistics and studies
  { text: 'Ransomware attacks on schools rose sharply in 2023, according to a study.', want: [] },
  { text: 'The company’s annual report for 2023 did not mention the breach.', want: [] },
  // the article's own stamp and the publication day
  { text: 'This article was updated on June 12 to add a comment from the company.', want: [] },
  { text: 'The company said Thursday it is investigating the breach.', want: [] },
  { text: 'Version 4.11.21 of the software fixed the flaw exploited in the breach.', want: [] },
  { text: 'Copyright 2024 Example News Group. All rights reserved.', want: [] },
  { text: 'Updated June 12, 2024 at 4:15 p.m. ET', want: [] },
  // gap: the rows for an article's own stamp and for a group "active since" a year changed no value on our 1,099 real
  // articles and were removed (issue 11); these stay as known misses
  { text: 'The story was first published on May 30 and has been updated with the company’s statement on the breach.', want: [], gap: true },
  { text: 'UPDATE, June 12: The company has confirmed the breach affected 5,000 customers.', want: [], gap: true },
  { text: 'Correction, June 11: An earlier version of this story misstated how many people the breach affected.', want: [], gap: true },
  { text: '(Updated at 3:15 p.m. on June 12 to add a statement from the company about the breach.)', want: [] },
  // more scopes, deadlines, histories
  { text: 'The company has been in business since 1985 and holds data on millions of customers.', want: [] },
  { text: 'The stolen archive holds records going back to 2008, the company said.', want: [] },
  // the data's age told a few words or a list before "dating back" (SESSION 11)
  { text: 'Stolen was information held on staff dating back to 2017, including bank details.', want: [] },
  { text: 'The leaked results were taken from patients at three clinics and two hospitals, dating back to 2021.', want: [] },
  { text: 'The hackers stole the details of clients in a breach dating back to March 2021.', want: ['breach-start 2021-03'] },
  { text: 'The flaw, tracked as CVE-2023-99999, was disclosed by the vendor in October.', want: [] },
  { text: 'The retailer’s fiscal year ends on January 31, and the breach costs will hit its results.', want: [] },
  { text: 'Patients who visited the clinic between January 1, 2018 and December 31, 2022 are affected by the breach.', want: [] },
  { text: 'The exposed spreadsheet listed transactions from 2015 to 2020.', want: [] },
  { text: 'Affected people were offered credit monitoring and must enrol by September 30.', want: [] },
  { text: 'The data protection law passed in 2018 requires firms to report breaches within 72 hours.', want: [] },
  // (gap: a group "active since" a year, see above)
  { text: 'The ransomware gang, active since 2019, has hit more than 100 organisations.', want: [], gap: true },
  { text: 'Last year’s breach at a rival chain exposed two million cards.', want: [] },
  { text: 'Employees hired after 2020 were not affected by the breach.', want: [] },
  { text: 'Customers whose accounts were created before 2015 may have had their passwords exposed.', want: [] },
  { text: 'The company will release its quarterly results on August 1, its first since the breach.', want: [] },
  // background: other organisations' news, a group's arrival
  { text: 'In July 2023, security firm Globex released a free decryptor for the malware.', company: 'Northwind Bank', want: [] },
  { text: 'In January, Initech lost the records of 133 business clients to a phishing attack.', company: 'Northwind Bank', want: [] },
  { text: 'Back in April, the Umbrella hotel chain admitted that a card breach hit 1,200 of its properties.', company: 'Northwind Bank', want: [] },
  { text: 'The ransomware strain first appeared in August 2022 and has since hit dozens of firms.', want: [] },
  // an arrest for something else
  { text: 'A man was arrested on Thursday in connection with a string of burglaries near the bank.', want: [] },
  // a regulator's or court's ruling on the breach
  { text: 'The findings on the breach were set out in a decision of the data protection commission on 7 April 2024.', want: [] },
  // a law taking effect
  { text: 'Since the breach rule went into effect in March 2021, hundreds of firms have filed reports.', want: [] },
  // SESSION 13: a year written before a noun says which one of that thing it is ("a 2019 memo", "the 2014 trade fair")
  { text: 'The leaked folder held a 2019 memo about a planning tender.', want: [] },
  { text: 'The hackers also took designs for the 2014 trade fair and the new harbour.', want: [] },
  // SESSION 14: the court word nearer the date than the incident word: a step of the lawsuit
  { text: 'A judge set a hearing for May 3 in the lawsuit over the breach.', want: [] },
  { text: 'The insurer was sued over the breach, with a class action lawsuit filed on March 30.', want: [] },
  // SESSION 14: a month no phase verb dates, in a sentence of a definite incident that names another victim
  { text: 'The leak is twice the size of the breach that hit a rival lender in January.', company: 'Northwind Bank', want: [] },
  { text: 'The theft is larger than the leak that affected a ferry operator in March.', company: 'Northwind Bank', want: [] },
  // SESSION 14: "contained" as held ends no access
  { text: 'A memory card that contained 3GB of patient scans was found in a car park on Sunday, the clinic said of the breach.', want: ['discovered 2024-06-09'] },
  // SESSION 14: a demonstrative step after a sentence of no incident, and one whose verb does not complete it
  { text: 'The bakery moved to a larger hall in spring. This move was completed on May 30.', want: [] },
  { text: 'Outside experts reviewed the files the intruder copied. That garden was planted on May 30.', want: [] },
  { text: 'Hackers stole the 2021 payroll files in the attack.', want: [] },
  { text: 'The stolen archive included their 2018 tax returns, the firm said after the breach.', want: [] },
  // SESSION 15: a year or a month between the arrows of a page's navigation path
  { text: 'Tech News > 2024 > May > Ferry operator discloses ransomware attack.', want: [] },
  // SESSION 16: "as of" gives the moment a figure or a state is reckoned, not a step of the incident
  { text: 'As of Tuesday, the hospital’s systems hit by the ransomware attack were still offline.', want: [] },
  { text: 'The breach notice said 1.2 million accounts had been reset as of May 20.', want: [] },
  { text: 'The stolen tokens were worth about $90,000 as of 2 June, the exchange said after the hack.', want: [] },
  { text: 'The chain had 412 branches and 8,000 staff as at January 31, the breach filing shows.', want: [] },
  // SESSION 16: a range that bounds a statistic (a share, a count of many firms or incidents, a survey) is the figure's window
  { text: 'An analysis of breaches reported by 340 firms from 2019 to 2022 found most began with phishing.', want: [] },
  { text: 'Between March and May, 48% of hospitals surveyed said they had suffered an attack.', want: [] },
];

function table(name: string, cases: Case[]): void {
  describe(name, () => {
    for (const c of cases) {
      const title = `${c.text}${c.published ? ` (published ${c.published})` : ''} → ${c.want.join(', ') || 'no date'}`;
      if (c.gap) it.fails(`[gap] ${title}`, () => { expect(datesOf(c)).toEqual([...c.want].sort()); });
      else it(title, () => { expect(datesOf(c)).toEqual([...c.want].sort()); });
    }
  });
}

table('date phrasings: dates of the incident and their roles', POSITIVES);
table('date phrasings: dates that are not the incident’s', NEGATIVES);
