// A battery of invented articles for incident kinds the types step read wrongly on recent-style articles
// (sets H, I, J and the older tuning sets), each class in several phrasings with the settings in which the
// same words say nothing of this incident's kind:
// - ransomware told in words the cues lacked: the noun before another attack noun ("a ransomware
//   cyberattack"), the systems held to ransom, a ransom asked to restore access, ransom messages on the
//   office printers; a ransom asked for not publishing stolen files stays extortion (a takeover "using
//   ransomware" is an open row: the words changed one of our articles, which the held-to-ransom row reads);
// - ransomware at work (encryption told) beside "unauthorised access" is ransomware alone: the access is
//   the way in, not a second kind; a ransomware attack only claimed or suspected beside a confirmed
//   intrusion keeps both;
// - malware that took the data (card-skimming code on tills) planted by "hackers" or "an unauthorised
//   party" reads as malware alone in our tuning sets' gold, but a rule that dropped the hackers' intrusion
//   there lowered two held-out sets (the gold is split): open rows; an intrusion into the network told
//   beside the malware keeps unauthorized-access;
// - phishing that led to a breach, a theft or access told in other words ("an email that allowed hackers
//   to access", "the loss from the security breach … a social engineering attack") is phishing AND
//   unauthorized-access; a lure that ended with the deceived person paying or sending stays phishing alone;
// - passwords guessed by brute force are a break-in (unauthorized-access), not credential stuffing;
// - a supplier through whom the intrusion was only spotted or reported is no way in (not supply-chain).
//
// Rows marked `gap` are phrasings the extractor is known to miss: `it.fails` keeps them honest.
import { BASE, no, typeTable, yes, type TypeRow as Row } from '../helpers/types.js';

const gap = (row: Row): Row => ({ ...row, gap: true });

export const KIND_TOLD_ROWS: Row[] = [
  // ---- ransomware as the kind of an attack, a takeover, systems held to ransom ------------------------
  yes('ransomware', 'Tarnby Council systems down', 'Tarnby Council said it had been the target of a ransomware cyberattack over the weekend.'),
  yes('ransomware', 'Hollin Foods halts lines', 'Hollin Foods said a ransomware hack had halted two of its bottling lines.'),
  gap(yes('ransomware', 'Ardmore Council offline', 'The computer network of Ardmore Council was seized by criminals using ransomware early on Monday.')),
  yes('ransomware', 'Veltro Logistics offline', 'Attackers using a ransomware strain called Draxa shut the booking system of Veltro Logistics.'),
  yes('ransomware', 'Corvane Health offline', 'Intruders tried to hold the hospital computer system of Corvane Health to ransom, its chief executive said.'),
  yes('ransomware', 'Quillon offline', 'The gang asked Quillon for two million dollars in ransom to restore its systems.'),
  yes('ransomware', 'Brindle Insurance offline', 'The criminals demanded a ransom from Brindle Insurance in exchange for access to its own files.'),
  yes('ransomware', 'Harbour Airport offline', 'Staff at Harbour Airport found ransom messages on the office printers on Sunday morning.'),
  yes('ransomware', 'Lumora offline', 'Lumora confirmed a ransomeware attack on its billing servers.'),
  no('ransomware', 'Kestrel Freight files stolen', 'Hackers stole files from Kestrel Freight and demanded a ransom in exchange for not publishing them.'),
  no('ransomware', 'Kestrel Freight confirms breach', BASE('Kestrel Freight'), 'Gangs using ransomware have increasingly targeted hauliers, an industry body said.'),
  no('ransomware', 'Kestrel Freight confirms breach', BASE('Kestrel Freight'), 'Experts warned that the intruders could later try a ransomware cyberattack on the firm.'),
  no('ransomware', 'Kestrel Freight confirms breach', BASE('Kestrel Freight'), 'The firm said it had seen no ransom messages and no files were locked.'),

  // ---- ransomware at work beside the word "unauthorised access": ransomware alone ----------------------
  no('unauthorized-access', 'Fincastle Loans cyber event', 'Fincastle Loans said an unknown third party gained unauthorised access to its network, encrypted files and copied them.'),
  no('unauthorized-access', 'Corvane Health ransomware', 'Corvane Health said ransomware encrypted several of its servers.', 'As a result of this unauthorised access, some patient files may have been leaked, the hospital said.'),
  no('unauthorized-access', 'Tarnby Council hit by ransomware', 'Criminals encrypted the council database and demanded a ransom, having gained unauthorised access to a server.'),
  yes('ransomware', 'Fincastle Loans cyber event', 'Fincastle Loans said an unknown third party gained unauthorised access to its network, encrypted files and copied them.'),
  // a ransomware attack only claimed or suspected, the intrusion confirmed: both
  yes('unauthorized-access', 'Quillon reportedly hit by ransomware', 'The Draxa ransomware gang claimed to have ransomed Quillon.', 'Quillon confirmed unauthorised access to the internal systems of two subsidiaries.'),
  yes('unauthorized-access', 'Veltro Logistics incident', 'Veltro Logistics said it acted to contain unauthorised access to its network last week.', 'The incident bore the hallmarks of a ransomware attack, experts said.'),
  yes('unauthorized-access', 'Harlow Road Clinic data stolen', 'Intruders gained unauthorised access to the network of Harlow Road Clinic and stole files, but the clinic prevented encryption.', 'It was a failed ransomware attack, the clinic said.'),

  // ---- malware that took the data, planted by hackers: malware alone ---------------------------------
  gap(no('unauthorized-access', 'Redmoor Fuels card breach', 'Hackers planted card-skimming malware on the tills of Redmoor Fuels stations for five months.')),
  gap(no('unauthorized-access', 'Quillon restaurants card breach', 'The malicious software was installed on the payment terminals of 90 Quillon restaurants by an unauthorized party.')),
  gap(no('unauthorized-access', 'Brindle Hotels card breach', 'Malware on the point-of-sale systems of Brindle Hotels let the hackers collect card numbers for a year.')),
  gap(no('unauthorized-access', 'Lumora Stores card breach', 'Lumora Stores said its tills were infected by malware and the attackers gained access to shoppers\' card data.')),
  yes('malware', 'Lumora Stores card breach', 'Lumora Stores said its tills were infected by malware and the attackers gained access to shoppers\' card data.'),
  // an intrusion into the network told beside the malware: both
  yes('unauthorized-access', 'Ardmore Chemicals spied on', 'Hackers installed spyware on Ardmore Chemicals computers and remained inside the company networks for a year.'),
  yes('unauthorized-access', 'Hollin Travel breach', 'A virus arrived in an email attachment at Hollin Travel, and the attackers then gained unauthorised access to its booking server.'),
  yes('unauthorized-access', 'Tarnby Bank heist', 'Malware on a Tarnby Bank computer served as a decoy while the hackers broke into its payments network.'),

  // ---- passwords guessed by brute force: a break-in, not credential stuffing -------------------------
  no('credential-stuffing', 'Fincastle Loans network accessed', 'Someone entered the Fincastle Loans network after a run of brute-force attacks on its remote desktop.'),
  yes('unauthorized-access', 'Fincastle Loans accounts taken', 'Attackers brute-forced the administrator password of the Fincastle Loans portal and read client files.'),
  yes('credential-stuffing', 'Lumora accounts taken', 'Attackers used credential stuffing to get into 3,000 Lumora accounts.'),

  // ---- a supplier who only spotted or reported the intrusion is no way in --------------------------------
  no('supply-chain', 'Ardmore Law network accessed', 'Hackers entered the network of Ardmore Law in March, which was identified through the IT contractor who saw odd logins.'),
  no('supply-chain', 'Quillon breach', 'Quillon said the intrusion was detected via its managed security provider within hours.'),
  yes('supply-chain', 'Quillon breach', 'Quillon said the intruders got in via its managed security provider.'),

  // ---- phishing that led to a breach or a theft: phishing and unauthorized-access ---------------------
  yes('unauthorized-access', 'Harlow Road Clinic notifies patients', 'A Harlow Road Clinic nurse opened an email that allowed hackers to access the records of 1,400 patients.', 'The clinic learned of the phishing email in June.'),
  yes('unauthorized-access', 'Quillon payroll breach', 'A spear-phishing message let the attackers into the payroll system of Quillon for a week.'),
  yes('unauthorized-access', 'Coinvale to cover loss', 'Coinvale will cover the 12 million dollars lost in the security breach, its founder said.', 'Early findings point to a social engineering attack on one engineer, he said.'),
  gap(yes('unauthorized-access', 'Coinvale wallet drained', 'Thieves drained 12 million dollars from a hot wallet of Coinvale in a theft that began with a social engineering attack on an engineer.')),
  yes('phishing', 'Coinvale wallet drained', 'Thieves drained 12 million dollars from a hot wallet of Coinvale in a theft that began with a social engineering attack on an engineer.'),
  no('unauthorized-access', 'Tarnby Council loses 80,000 pounds', 'A finance officer at Tarnby Council fell for a phishing email and wired 80,000 pounds to fraudsters posing as a supplier.'),
  no('unauthorized-access', 'Quillon staff tax forms leaked', 'Quillon told staff of an email data breach: a payroll clerk answered a phishing email from someone posing as the chief executive, and the W-2 forms of all staff went to the impostor.'),
  no('unauthorized-access', 'Ardmore Council loses 90,000 pounds', 'Ardmore Council lost 90,000 pounds in a business email compromise: a phishing email posing as a builder asked for the payment.'),
  no('unauthorized-access', 'Ravel Bank warns of texts', 'Customers of Ravel Bank were sent phishing texts posing as the bank, and 40 of them lost money; the bank said its own systems were not breached.'),
];

typeTable('incident types: kinds told in words the cues lacked, and how they combine', KIND_TOLD_ROWS);
