// Sources: a battery of credit phrasings, written from how English news reports and breach notices
// credit their claims (not from any corpus article). Every sentence is invented, with invented names:
// the victim Northgate Logistics, the outlets Hollis Tribune and Meridian Wire, the research firms
// Sentrylab and Quorra Security, and the people Jane Harlow, Mara Quill, Leon Brandt and Ana Varga.
// Each row is one article body under the headline below. Rows the extractor does not read yet carry
// `open: '<why>'` and run as expected failures, so the pass rate is visible and a fix flips them.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractSources, sameName } from '../../src/extract/sources.js';
import type { Context } from '../../src/extract/types.js';
import type { SourceKind } from '../../src/record.js';
import { Explain } from '../../src/rules.js';
import { findScope } from '../../src/extract/scope.js';
import { victim } from '../helpers/context.js';

const VICTIM = 'Northgate Logistics';

function sourcesOf(body: string, company: string | null = VICTIM) {
  const doc = readDocument(`Freight operator hit by cyberattack\n\n${body}\n`, { format: 'txt' });
  const found = company ? victim(company) : null;
  const ctx: Context = {
    published: '2024-03-04', warnings: [], explain: new Explain(true), company: found,
    scope: findScope(doc, found, '2024-03-04'),
  };
  return extractSources(doc, { ...ctx, company: found, scope: ctx.scope! });
}

type Want = string | [string, SourceKind];
interface Row { text: string; want: Want[]; open?: string }

/** Sentences that credit someone: every wanted name must be found (with its kind when given). */
const POSITIVE: Row[] = [
  // the victim's own statement, in its many forms
  { text: 'Northgate Logistics said in a statement that the intruder had been removed from its network.', want: [[VICTIM, 'victim-statement']] },
  { text: 'Northgate Logistics says it has found no sign that the stolen files were misused.', want: [[VICTIM, 'victim-statement']] },
  { text: 'Northgate Logistics acknowledged the intrusion on Friday after drivers reported locked accounts.', want: [[VICTIM, 'victim-statement']] },
  { text: 'In a notice posted on its website, Northgate Logistics said names and home addresses were exposed.', want: [[VICTIM, 'victim-statement']] },
  { text: 'According to a notice on its website, Northgate Logistics detected the intrusion on May 3.', want: [VICTIM] },
  { text: 'According to the company, the intrusion was detected on May 3 and contained a day later.', want: [[VICTIM, 'victim-statement']] },
  { text: 'The company said the attackers had been locked out of its depots’ systems.', want: [[VICTIM, 'victim-statement']] },
  // the victim's unnamed voice: a statement no one else owns, its spokesperson or sources named by a common noun, its officer
  { text: 'According to a statement from a company spokesperson, the depots reopened on Monday.', want: [[VICTIM, 'victim-statement']] },
  { text: 'According to company sources, the intruders reached the payroll server.', want: [[VICTIM, 'victim-statement']] },
  { text: 'According to a notice posted on Tuesday, drivers’ licence numbers were copied.', want: [[VICTIM, 'victim-statement']] },
  { text: 'According to the statement, the firm has hired an outside forensic team.', want: [[VICTIM, 'victim-statement']] },
  { text: 'The board has said that no customer payment data was stored on the server.', want: [[VICTIM, 'victim-statement']] },
  { text: 'Asked about the ransom, company chief executive Jane Harlow said no payment had been made.', want: [[VICTIM, 'victim-statement'], ['Jane Harlow', 'person']] },
  { text: 'Company Chairman Leon Brandt told the Hollis Tribune the depots would reopen.', want: [[VICTIM, 'victim-statement'], ['Leon Brandt', 'person']] },
  { text: 'A spokesperson for Northgate Logistics said the firm was working with outside investigators.', want: [[VICTIM, 'victim-statement']] },
  { text: 'A Northgate Logistics spokeswoman said the outage lasted about six hours.', want: [[VICTIM, 'victim-statement']] },
  { text: 'A spokesperson said the firm had informed the data protection regulator.', want: [[VICTIM, 'victim-statement']] },
  { text: '“We are still investigating the scope of the incident,” Northgate Logistics said.', want: [[VICTIM, 'victim-statement']] },
  { text: '“No payment details were held on the affected server,” the company said in an email.', want: [[VICTIM, 'victim-statement']] },
  { text: 'Northgate Logistics told customers in an email that their passwords had been reset.', want: [[VICTIM, 'victim-statement']] },
  { text: 'Northgate Logistics disclosed the breach in letters mailed to affected drivers last week.', want: [[VICTIM, 'victim-statement']] },
  { text: 'Northgate Logistics posted a notice about the incident on its website on Friday.', want: [[VICTIM, 'victim-statement']] },
  { text: 'Northgate Logistics wrote in a regulatory filing to the SEC that intruders first got in during May.', want: [VICTIM] },
  { text: 'The attack was confirmed by Northgate Logistics in a statement on Friday.', want: [[VICTIM, 'victim-statement']] },
  { text: 'A statement from Northgate Logistics said the intruders were detected within hours.', want: [[VICTIM, 'victim-statement']] },
  { text: 'Northgate Logistics’ statement said only a small number of drivers had been affected.', want: [[VICTIM, 'victim-statement']] },
  { text: 'Northgate Logistics, in a brief statement, said its depots were operating normally.', want: [[VICTIM, 'victim-statement']] },
  { text: 'Officials at Northgate Logistics said the attackers had demanded a ransom.', want: [[VICTIM, 'victim-statement']] },
  // the victim speaking to an outlet
  { text: 'The firm said in comments to the Hollis Tribune that payroll data had been copied.', want: [[VICTIM, 'victim-statement'], ['Hollis Tribune', 'news-outlet']] },
  { text: 'Northgate Logistics confirmed to the Hollis Tribune that some customer names were taken.', want: [[VICTIM, 'victim-statement'], ['Hollis Tribune', 'news-outlet']] },
  { text: 'A Northgate Logistics spokesperson told the Hollis Tribune that the incident had been contained.', want: [VICTIM, ['Hollis Tribune', 'news-outlet']] },
  { text: 'In a statement to the Hollis Tribune, Northgate Logistics said it had hired a forensics firm.', want: [VICTIM, ['Hollis Tribune', 'news-outlet']] },
  { text: 'Northgate Logistics said in comments emailed to Reuters that it had notified the police.', want: [VICTIM, ['Reuters', 'news-outlet']] },
  { text: 'The company told Reuters on Tuesday that it had restored most of its systems.', want: [VICTIM, ['Reuters', 'news-outlet']] },
  // outlets credited with reporting
  { text: 'The breach was first reported by the Hollis Tribune on Monday.', want: [['Hollis Tribune', 'news-outlet']] },
  { text: 'As first reported by the Hollis Tribune, the attackers demanded a ransom in bitcoin.', want: [['Hollis Tribune', 'news-outlet']] },
  { text: 'The Hollis Tribune reported on Monday that drivers’ licence scans were exposed.', want: [['Hollis Tribune', 'news-outlet']] },
  { text: 'The Hollis Tribune first revealed the breach last week, citing internal emails.', want: [['Hollis Tribune', 'news-outlet']] },
  { text: 'The Hollis Tribune, which obtained a copy of the letter, reported that 5,000 staff were affected.', want: [['Hollis Tribune', 'news-outlet']] },
  { text: 'In a statement to Dutch news site Hollis Tribune, Northgate Logistics confirmed that two depots were affected.', want: [VICTIM, ['Hollis Tribune', 'news-outlet']] },
  { text: 'The leaked files were first posted on Telegram on March 2 by Quorra Security, which tracks extortion crews.', want: ['Quorra Security'] },
  { text: 'The exposed bucket was discovered in February 2024 by Sentrylab researchers.', want: ['Sentrylab'] },
  { text: 'People familiar with the matter told the Hollis Tribune that the attackers were still inside.', want: [['Hollis Tribune', 'news-outlet']] },
  { text: 'According to a report by the Hollis Tribune, the intruders had access for three weeks.', want: [['Hollis Tribune', 'news-outlet']] },
  { text: 'Meridian Wire, citing two people familiar with the matter, reported that the ransom was not paid.', want: ['Meridian Wire'] },
  { text: 'The breach was reported earlier by the news agency Meridian Wire.', want: [['Meridian Wire', 'news-outlet']] },
  { text: 'Reuters was the first to report the intrusion at the freight operator.', want: [['Reuters', 'news-outlet']], open: '"X was the first to report": row removed (issue 11): it changed no value on our 1,099 real articles' },
  { text: 'Emails seen by the Hollis Tribune show the intruders sat in the network for weeks.', want: [['Hollis Tribune', 'news-outlet']] },
  { text: 'The Hollis Tribune obtained a copy of the letter sent to drivers.', want: [['Hollis Tribune', 'news-outlet']], open: 'an outlet that "obtained a copy": row removed (issue 11): it changed no value on our 1,099 real articles' },
  { text: 'Sentrylab chief executive Leon Brandt told Meridian Wire the attackers were professionals.', want: [['Leon Brandt', 'person'], ['Meridian Wire', 'news-outlet']] },
  // researchers and security firms
  { text: 'Researchers at Quorra Security found the database while scanning for unprotected servers.', want: ['Quorra Security'] },
  { text: 'The exposed database was discovered by researchers at Quorra Security in April.', want: ['Quorra Security'] },
  { text: 'Sentrylab researchers said the malware had been active on the network since March.', want: ['Sentrylab'] },
  { text: 'Threat intelligence firm Sentrylab said it had seen the data offered on a forum.', want: [['Sentrylab', 'researcher']] },
  { text: 'Cybersecurity company Quorra Security warned that the flaw was being exploited widely.', want: [['Quorra Security', 'researcher']] },
  { text: 'Sentrylab, a Riga-based threat intelligence firm, said the gang had used a stolen password.', want: ['Sentrylab'] },
  { text: 'Quorra Security, which first spotted the leak, said the server held two million records.', want: ['Quorra Security'] },
  { text: 'A report from Sentrylab puts the number of exposed accounts at 40,000.', want: ['Sentrylab'] },
  { text: 'Sentrylab’s analysis found that the intruders had used a contractor’s credentials.', want: ['Sentrylab'] },
  { text: 'According to Sentrylab, the stolen files were listed for sale on a forum.', want: ['Sentrylab'] },
  { text: 'Breach monitoring service Breachwatch flagged the leak on Monday.', want: ['Breachwatch'] },
  // named people
  { text: 'Mara Quill, a researcher at Sentrylab, told the Hollis Tribune that the bucket was public.', want: [['Mara Quill', 'person'], ['Hollis Tribune', 'news-outlet']] },
  { text: 'Northgate Logistics’ chief executive, Jane Harlow, said the firm would pay for credit monitoring.', want: [['Jane Harlow', 'person']] },
  { text: '“We take this very seriously,” said Jane Harlow, chief executive of Northgate Logistics.', want: [['Jane Harlow', 'person']] },
  // an outlet credited after the clause it reports
  { text: 'The same flaw was then used to copy customer files, reported The Hollis Tribune.', want: [['Hollis Tribune', 'news-outlet']] },
  { text: 'The same flaw was then used to copy customer files, reported the Hollis Tribune.', want: [['Hollis Tribune', 'news-outlet']], open: 'a lower-case "the" before an inverted name is read as a reference ("said the company"), not a name' },
  { text: 'Card data from the tills was later sold online, reports Quorra Security.', want: ['Quorra Security'] },
  { text: '“The attackers were careful to cover their tracks,” Mara Quill said.', want: [['Mara Quill', 'person']] },
  { text: 'Jane Harlow, Northgate’s chief executive, said the costs would be covered by insurance.', want: [['Jane Harlow', 'person']] },
  { text: 'Security researcher Ana Varga discovered the exposed server in April.', want: ['Ana Varga'] },
  { text: 'Ana Varga, an independent security researcher, said the records included passport scans.', want: ['Ana Varga'] },
  { text: 'Mara Quill, head of threat research at Sentrylab, said the gang had used a known flaw.', want: [['Mara Quill', 'person']] },
  { text: 'Quorra Security chief technology officer Leon Brandt said the attack was unusually fast.', want: [['Leon Brandt', 'person']] },
  { text: 'Northgate Logistics chief executive Jane Harlow confirmed the leak on Wednesday.', want: [['Jane Harlow', 'person'], [VICTIM, 'victim-statement']] },
  { text: 'Northgate Logistics Deputy Chief Executive Jane Harlow said the depots had reopened.', want: [['Jane Harlow', 'person'], [VICTIM, 'victim-statement']] },
  { text: 'Leon Brandt, who leads the incident response team at Quorra Security, said recovery would take weeks.', want: [['Leon Brandt', 'person']] },
  { text: 'Speaking to the Hollis Tribune, Jane Harlow said no customer had lost money.', want: [['Jane Harlow', 'person'], ['Hollis Tribune', 'news-outlet']] },
  { text: 'In an interview with Reuters, Jane Harlow said the ransom demand had been ignored.', want: [['Jane Harlow', 'person'], ['Reuters', 'news-outlet']] },
  { text: 'According to Jane Harlow, the firm’s chief executive, no payment data was taken.', want: [['Jane Harlow', 'person']] },
  { text: 'Jane Harlow wrote in a blog post that the attackers had been locked out.', want: [['Jane Harlow', 'person']] },
  { text: 'Tom Reyes, a professor of computer science at Ridgeway University, said the flaw was easy to exploit.', want: [['Tom Reyes', 'person']] },
  // an outlet named "The" and a common word
  { text: 'Drivers were sent home for two days, reported The Local.', want: [['The Local', 'news-outlet']] },
  { text: 'Swedish news website The Local reports that the agency was warned in 2016.', want: [['The Local', 'news-outlet']] },
  { text: 'The depots reopened on Monday, reported The Courier.', want: [['The Courier', 'news-outlet']] },
  // a participle clause between the speaker and the verb
  { text: 'Leon Brandt, principal scientist at Sentrylab, speaking to Meridian Wire, said the data would be sold.', want: [['Leon Brandt', 'person'], ['Meridian Wire', 'news-outlet']] },
  { text: 'Mara Quill, head of research at Quorra Security, writing on the firm’s blog, said the gang reused old tools.', want: [['Mara Quill', 'person']] },
  // a verb of assurance
  { text: 'Revenue commissioner Tom Reyes assured that there was no breach at the agency.', want: [['Tom Reyes', 'person']] },
  // forms still unread (open rows: each seen once in the tuning sets)
  { text: 'According to Northgate’s CEO, Jane Harlow, the hackers tricked a partner firm.', want: [['Jane Harlow', 'person']], open: 'a possessive owner, a title and the name in commas after "according to"' },
  { text: 'Transport minister Jane Harlow condemned the attack in a tweet, saying the state would not pay.', want: [['Jane Harlow', 'person']] },
  { text: 'The news site Tarnby Today says the firm has not said whether it paid.', want: [['Tarnby Today', 'news-outlet']] },
  { text: 'Here is part of the ransom email, courtesy of Meridian Wire:', want: [['Meridian Wire', 'news-outlet']], open: '"courtesy of X" is no credit form yet' },
  { text: 'Meridian Wire cited Tom Reyes, a professor at Ridgeway University, as saying the attack was sophisticated.', want: ['Meridian Wire', 'Tom Reyes'], open: '"X cited Y as saying"' },
  // unnamed police speaking, and the officer they name
  { text: 'The attackers demanded $70,000 in bitcoin, police said.', want: [['police', 'law-enforcement']] },
  { text: 'A police spokesman said the fraud team had received no complaints about the firm.', want: [['police', 'law-enforcement']] },
  { text: '“The hackers offered a discount,” said police inspector Tom Reyes.', want: [['police', 'law-enforcement'], ['Tom Reyes', 'person']] },
  { text: 'According to a press briefing from Tarnby police on Friday, a suspect was arrested.', want: [['Tarnby police', 'law-enforcement']] },
  { text: 'According to police, the intruders used a stolen laptop.', want: ['police'], open: 'an unnamed force credited by "according to" is left out: kept, it added a false source on a held-out set' },
  // a statement told to an outlet whose name is not a newspaper's
  { text: 'The outage lasted three days, a spokesperson told CBC Tarnby in an email.', want: [['CBC Tarnby', 'news-outlet']] },
  { text: 'The depots were shut for a week, Sentrylab director Leon Brandt told the HTN.', want: [['HTN', 'news-outlet'], ['Leon Brandt', 'person']] },
  { text: 'A Northgate Logistics spokesperson told tarnbydaily.com that talks had stalled.', want: [['tarnbydaily.com', 'news-outlet']] },
  { text: '“We have restored every depot,” Jane Harlow told Harbour FM on Tuesday.', want: [['Harbour FM', 'news-outlet']] },
  { text: 'A spokesperson for the firm told Kestrel that no ransom would be paid.', want: ['Kestrel'], open: 'a one-word name after "told" may be a person or a firm as well as an outlet' },
  // regulators, police, filings
  { text: 'The Data Protection Commission said it had opened an inquiry into the breach.', want: [['Data Protection Commission', 'regulator']] },
  { text: 'The Federal Bureau of Investigation said it was aware of the incident.', want: [['Federal Bureau of Investigation', 'law-enforcement']] },
  { text: 'The Information Commissioner’s Office confirmed it had received a report from the firm.', want: [['Information Commissioner’s Office', 'regulator']] },
  { text: 'Europol said the arrests followed a two-year investigation.', want: [['Europol', 'law-enforcement']] },
  { text: 'Court documents show the former employee copied the files before leaving.', want: [['court documents', 'filing']], open: 'row removed as fitted (issue 11): "court documents show" changed one dev article' },
  { text: 'Court documents show the former contractor downloaded the files before leaving.', want: [['court documents', 'filing']], open: 'row removed as fitted (issue 11): "court documents show" changed one dev article' },
  { text: 'Court documents show the suspect sold the files for bitcoin.', want: [['court documents', 'filing']], open: 'row removed as fitted (issue 11): "court documents show" changed one dev article' },
  { text: 'We spoke with Mara Quill about the outage.', want: [['Mara Quill', 'person']], open: 'row removed as fitted (issue 11): "spoke with X" changed one recent article' },
  { text: 'In a notice filed with the Maine attorney general’s office, the firm said 12,000 people were affected.', want: ['Maine attorney general’s office'] },
  // the attacker credited by the name it is given in the subject, a finding attributed, a view echoed, an inverted claim
  { text: 'A hacker group by the name of Thornback claimed credit for the intrusion and posted what it called 20 GB of files.', want: ['Thornback'] },
  { text: 'A cybercriminal gang known as “Gr1mWolf” confirmed that it was responsible for the attack.', want: ['Gr1mWolf'] },
  // a researcher's or a tracker's own publication, and a statement handed to an outlet
  { text: 'Last week Sentrylab released new data on leak-site listings naming the freight operator.', want: ['Sentrylab'] },
  { text: 'Quorra Security published a short report on the intrusion on Thursday.', want: ['Quorra Security'] },
  { text: 'In a report posted on the Sentrylab website, analysts counted 40,000 exposed records.', want: ['Sentrylab'] },
  { text: 'The listing was first publicised by Sentrylab, which monitors leak sites.', want: ['Sentrylab'] },
  { text: 'The firm said in a statement shared with the Hollis Tribune that the depots had reopened.', want: [['Hollis Tribune', 'news-outlet']] },
  { text: 'In an email sent to Meridian Wire, the firm said no payment was made.', want: [['Meridian Wire', 'news-outlet']] },
  // the attackers' claim: a passive "claimed by", a quoted name after a naming word, a relative clause before the verb
  { text: 'The intrusion at the depots has since been claimed by the little-known Thornback extortion crew.', want: ['Thornback'] },
  { text: 'The outage was claimed by Gr1mWolf on its leak site two days later.', want: ['Gr1mWolf'] },
  { text: 'A new extortion group called “Gr1mWolf” says it copied 40 GB of shipping records.', want: ['Gr1mWolf'] },
  { text: 'A gang calling itself "Thornback" claims it still has access to the depots.', want: ['Thornback'] },
  { text: 'On Monday the crew known as “Thornback,” which surfaced last spring, claimed the attack on its blog.', want: ['Thornback'] },
  { text: 'Sentrylab, which tracks leak sites for insurers, said the listing appeared overnight.', want: ['Sentrylab'] },
  { text: 'The Federal Bureau of Investigation (FBI) attributed the theft to a state-backed crew.', want: ['Federal Bureau of Investigation'] },
  { text: 'That view was echoed by Paul Grant, chief technology officer, Sentrylab, a ransomware recovery firm.', want: ['Paul Grant'] },
  { text: '“There is no independent check of the claims,” claimed Rita Sen, a privacy researcher.', want: ['Rita Sen'] },
  // a named statement or report as the subject, and blame as a claim
  { text: 'A Northgate Logistics statement on Monday blamed the Thornback gang for the attack.', want: [[VICTIM, 'victim-statement']] },
  { text: 'The Hollis Tribune report said the gang had demanded two million dollars.', want: ['Hollis Tribune'] },
  // the state body named by its common noun as the object of "according to"
  { text: 'The depots stayed shut for two days, according to the government.', want: ['government'] },
  { text: 'According to the central bank, only its public website was knocked offline.', want: ['central bank'] },
  { text: 'According to the federal government the intruders copied benefit files.', want: ['federal government'] },
  { text: 'The payroll files were sold online, prosecutors said.', want: [['prosecutors', 'law-enforcement']] },
  { text: 'Harbour police said a 19-year-old from Velmora had been arrested.', want: [['Harbour police', 'law-enforcement']] },
  { text: 'The ledger was restored overnight, according to the government’s own audit.', want: ['government'] },
];

/** Sentences that credit no one, or not the name given: `none` lists names that must not be sources ('*' = no source at all). */
interface Neg { text: string; none: string[]; open?: string; company?: string | null }
const NEGATIVE: Neg[] = [
  // a capitalised opener is no name
  { text: 'Fortunately, the backups were intact, the company said.', none: ['Fortunately'] },
  { text: 'Across the sector, reported intrusions rose by a third last year.', none: ['*'] },
  { text: 'Notably, Northgate Logistics is the third freight firm hit this year.', none: ['*'] },
  { text: 'Meanwhile, the firm’s shares fell four percent in early trading.', none: ['*'] },
  { text: 'Importantly, no payment data was taken, according to the company.', none: ['Importantly'] },
  { text: 'According to the government contractor, the portal was patched within a day.', none: ['government'] },
  { text: 'The outage hit four depots, according to a government estimate.', none: ['government'] },
  { text: 'According to the investment bank, its own ledgers were untouched.', none: ['central bank', 'investment bank'] },
  // an unnamed force that acts (arrests, charges) is not credited; it is when it speaks
  { text: 'Harbour police arrested a 19-year-old from Velmora on Thursday.', none: ['Harbour police', 'police'] },
  { text: 'Prosecutors charged two former drivers with theft of the payroll files.', none: ['Prosecutors', 'prosecutors'] },
  { text: 'Overall, the number of reported breaches rose sharply in 2023.', none: ['*'] },
  { text: 'Additionally, the attackers deleted several backups before they left.', none: ['*'] },
  { text: 'Unfortunately, the company said, the access logs were incomplete.', none: ['Unfortunately'] },
  { text: 'Nationwide, hospitals reported a rise in ransomware over the summer.', none: ['Nationwide'] },
  // a statement's language or day is no author
  { text: 'A French-language statement on Monday blamed the outage on a power fault.', none: ['French-language'] },
  { text: 'A Friday statement said the depots had reopened.', none: ['Friday'] },
  { text: 'Recently, several logistics firms said they had been targeted by the same crew.', none: ['Recently'] },
  { text: 'Initial reports suggested the outage had been caused by a power failure.', none: ['*'] },
  { text: 'Cloud-based systems were not affected, the firm said.', none: ['Cloud-based'] },
  { text: 'Separately, regulators said they were reviewing the firm’s security practices.', none: ['Separately'] },
  { text: 'Worryingly, researchers said the same flaw exists in other products.', none: ['Worryingly'] },
  { text: 'Crucially, Sentrylab said, the attackers never reached the billing system.', none: ['Crucially'] },
  // organisations only mentioned, not credited
  { text: 'Customers of Brightwall Bank were told to reset their passwords.', none: ['Brightwall Bank'] },
  { text: 'Visitors to the Hollis Tribune’s website saw a ransom note for two hours.', none: ['*'] },
  { text: 'Employees at Brightwall Bank were sent home while systems were checked.', none: ['*'] },
  { text: 'Northgate Logistics uses software from Quorra Security to scan its network.', none: ['*'] },
  { text: 'The gang demanded $2 million from Northgate Logistics in exchange for a decryptor.', none: ['*'] },
  { text: 'Hackers stole the personal data of 40,000 Northgate Logistics customers.', none: ['*'] },
  { text: 'Patients at Ridgeway Hospital said their appointments were cancelled.', none: ['Ridgeway Hospital'] },
  { text: 'Users on Reddit said they had received phishing emails after the breach.', none: ['Reddit'] },
  { text: 'Brightwall Bank was also hit by a similar attack in 2021.', none: ['*'] },
  { text: 'Jane Harlow joined Northgate Logistics as chief executive in 2019.', none: ['*'] },
  { text: 'Northgate Logistics shares fell three percent after the news broke.', none: ['*'] },
  { text: 'Microsoft Exchange servers at the firm were compromised in the attack.', none: ['*'] },
  { text: 'The attackers used Brightwall’s remote-access tool to get into the network.', none: ['*'] },
  { text: 'The attackers exploited a flaw in Quorra VPN to reach the payroll server.', none: ['*'] },
  { text: 'The breach affected customers in Germany, France and Spain, the company said.', none: ['Germany', 'France', 'Spain'] },
  { text: 'The European Union’s rules require notification within 72 hours.', none: ['*'] },
  { text: 'Anyone who shopped at Northgate Logistics’ online store should watch their statements.', none: ['*'] },
  // a credit for another victim's incident is background, not a source of this one
  { text: 'Northgate Logistics said drivers’ records were copied. Brightwall Bank was hit by a similar attack last spring, Sentrylab said at the time.', none: ['Sentrylab'] },
  { text: 'Northgate Logistics said drivers’ records were copied. Other victims include a dairy cooperative and two airports, according to Sentrylab.', none: ['Sentrylab'] },
  // the attacker is no source when it acts
  { text: 'Files obtained by the Thornback crew included payroll records.', none: ['*'] },
  { text: 'Grey Heron encrypted the depot servers on Sunday night.', none: ['*'] },
  { text: 'The Thornback crew copied 300 GB of files before deploying ransomware.', none: ['*'] },
  // another organisation's officer speaks for herself: her title is no credit of the organisation
  { text: 'Ridgeway Senate Majority Leader Tom Reyes said the state would review its contracts.', none: ['Ridgeway Senate'] },
  // a plural noun capitalised because it opens the sentence
  { text: 'Investigations have found no evidence that drivers’ records were copied.', none: ['*'] },
  { text: 'Executives said their review had concluded the following:', none: ['Executives'] },
  { text: 'Inquiries by the firm showed the intruder had left by May.', none: ['Inquiries'] },
  { text: 'Auditors said the backups had not been tested for a year.', none: ['Auditors'] },
  { text: 'The Local council said its own systems were not affected.', none: ['Local', 'The Local'] },
  // the police acting or told, not speaking
  { text: 'Police are investigating the attack on the depots.', none: ['*'] },
  { text: 'Northgate Logistics reported the theft to police on Friday.', none: ['police'] },
  { text: 'Police opened an inquiry into the theft on Monday.', none: ['police'] },
  // told to someone who is not an outlet
  { text: 'The firm told Brightwall Bank in a letter that its account had been frozen.', none: ['Brightwall Bank'] },
  { text: 'Jane Harlow told Tom Reyes that the depots would reopen.', none: ['Tom Reyes'] },
  { text: 'Northgate Logistics told the FBI on Friday that it had been attacked.', none: ['FBI'] },
  { text: 'Drivers were told Monday that the systems would stay offline.', none: ['Monday'] },
  { text: 'The firm told JLX to expect delays at the depots.', none: ['JLX'] },
  // generic speakers and silences
  { text: 'Experts say such attacks are becoming more common in the freight sector.', none: ['*'] },
  { text: 'Security experts warned that the data could be used for phishing.', none: ['*'] },
  { text: 'Analysts at the time said the acquisition carried risks.', none: ['*'] },
  { text: 'The company has not said how many people were affected.', none: ['*'] },
  { text: 'The lives claimed by the storm were not counted in the figures.', none: ['*'] },
  { text: 'The refund was claimed by customers through the app.', none: ['*'] },
  { text: 'The hackers released new versions of their tools every month.', none: ['*'] },
  { text: 'Sentrylab shared with the Hollis Tribune a sample of the files.', none: ['Hollis Tribune'] },
  { text: 'The gang published a sample of the files on its leak site.', none: ['*'] },
  { text: 'According to a report from last year, depots are a common target.', none: [VICTIM] },
  { text: 'According to the Hollis Tribune statement tracker, six firms were hit.', none: [VICTIM] },
  { text: 'State police chief Ana Varga said the investigation was continuing.', none: [VICTIM] },
  { text: '“We never paid,” said the manager of the depot called “North Yard”.', none: ['North Yard'] },
  { text: 'Northgate Logistics did not reply to several requests for comment on Friday.', none: ['*'] },
  { text: 'Northgate Logistics has yet to confirm how the attackers got in.', none: ['*'] },
  { text: 'The Hollis Tribune contacted Northgate Logistics but did not hear back.', none: ['*'] },
  // a wire's dateline names the author of the text, not a source of it
  { text: 'LONDON (Reuters) - Northgate Logistics said on Tuesday that hackers had stolen data on drivers.', none: ['Reuters'] },
  // page furniture
  { text: 'Image credit: Shutterstock', none: ['*'] },
  { text: 'Read more: Brightwall Bank fined over data leak', none: ['*'] },
  // "the company" with no victim known resolves to no one
  { text: 'The company said the attackers had been locked out.', none: ['*'], company: null },
  { text: 'A spokesperson said the firm had informed the regulator.', none: ['*'], company: null },
];

const found = (body: string, company?: string | null) => sourcesOf(body, company === undefined ? VICTIM : company);

function checkPositive(row: Row): void {
  const got = found(row.text);
  for (const w of row.want) {
    const [name, kind] = typeof w === 'string' ? [w, undefined] : w;
    const hit = got.find((s) => sameName(s.name, name));
    expect(hit, `${name} among ${JSON.stringify(got.map((s) => s.name))}`).toBeDefined();
    if (kind) expect(hit!.kind, name).toBe(kind);
    expect(hit!.why?.rule, name).toMatch(/^sources\./);
  }
}

function checkNegative(row: Neg): void {
  const got = found(row.text, row.company).map((s) => s.name);
  if (row.none.includes('*')) expect(got).toEqual([]);
  else for (const n of row.none) expect(got.filter((g) => sameName(g, n)), n).toEqual([]);
}

describe('source phrasings: credits', () => {
  for (const row of POSITIVE) {
    if (row.open) it.fails(`[open: ${row.open}] ${row.text}`, () => checkPositive(row));
    else it(row.text, () => checkPositive(row));
  }
});

describe('source phrasings: no credit', () => {
  for (const row of NEGATIVE) {
    if (row.open) it.fails(`[open: ${row.open}] ${row.text}`, () => checkNegative(row));
    else it(row.text, () => checkNegative(row));
  }
});

it('the battery is large enough to measure', () => {
  expect(POSITIVE.length).toBeGreaterThanOrEqual(60);
  expect(NEGATIVE.length).toBeGreaterThanOrEqual(40);
});
