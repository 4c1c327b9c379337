// Incident types, session 12: the conventions for a SECOND type (or for no second type), as the recent-style
// gold applies them, on invented sentences. Classes seen in several tuning sets (K, J, L, F, C):
// - supply-chain missed when the route was a supplier told in words the cues lacked: a third party's servers
//   or platform reached in the incident, the supplier named only as "third party" ("via third party"), the
//   victim's own notice ("our third-party vendor"), equipment belonging to a supplier, a supplier in quotes;
//   and not when "third party" is the experts hired after the fact or a system the incident spared;
// - unauthorized-access kept beside ransomware although the article asserts a ransomware attack in its own
//   words ("was the victim of a ransomware attack"): one attack, one type; the access stays when ransomware is
//   only reported, claimed or suspected;
// - misconfiguration missed for a handling error told with two adverbs or a misdirected email;
// - a type named only as what criminals could do with the data later (a modal further back).
import { BASE, no, typeTable, yes, type TypeRow as Row } from '../helpers/types.js';

export const SECOND_TYPE_ROWS: Row[] = [
  // ---- supply chain: a third party's system reached in the incident -----------------------------------
  yes('supply-chain', 'Brindle Insurance notice', 'On 3 March, an intruder gained access to third-party file servers used by Brindle Insurance and copied some files.'),
  yes('supply-chain', 'Kestrel Air confirms incident', 'Kestrel Air confirmed a cyber incident on a third-party booking platform that may have exposed passenger records.'),
  yes('supply-chain', 'Lumora TV data exposed', 'Lumora TV said the exposure originated in a cloud platform managed by a “trusted, global third-party supplier”.'),
  yes('supply-chain', 'Ardmore Council papers stolen', 'Council papers went missing after the theft of laptops belonging to one of Ardmore’s third-party contractors.'),
  // (open: the bare "via third party" was read, and set back after it added a false supplier on a held-out set)
  { ...yes('supply-chain', 'Hackers reached Quillon member data via third party', 'Quillon said member details were taken.'), gap: true },
  yes('supply-chain', 'Corvane Health statement', '"We acted at once when we found an anomaly with our third-party vendor," Corvane Health said.'),
  yes('supply-chain', 'Harlow Road Clinic attack', 'The attack was directed against the IT service provider of Harlow Road Clinic, which runs its booking system.'),
  no('supply-chain', 'Brindle Insurance confirms breach', BASE('Brindle Insurance'), 'The insurer is working with third party experts to review the data that was compromised.'),
  no('supply-chain', 'Kestrel Air confirms breach', BASE('Kestrel Air'), 'Card payments were not affected by the attack because they are handled on third-party platforms.'),
  no('supply-chain', 'Corvane Health confirms breach', 'Corvane Health said a data breach involving a large dental care provider in the region had not reached its own records.', BASE('Corvane Health')),
  no('supply-chain', 'Quillon confirms breach', BASE('Quillon'), 'Quillon sells third-party software to retailers across the region.'),

  // ---- ransomware asserted: no unauthorized-access beside it -------------------------------------------
  no('unauthorized-access', 'Ardmore Council update', 'The outage at Ardmore Council was an intentional act known as a “ransomware attack”.', 'Investigators found unauthorized access to the network by an outside party.'),
  no('unauthorized-access', 'Veltro Watches statement', 'Veltro Watches has been the victim of a ransomware attack, the company said.', 'An unknown party gained unauthorized access to one of its servers on 2 May.'),
  yes('ransomware', 'Veltro Watches statement', 'Veltro Watches has been the victim of a ransomware attack, the company said.', 'An unknown party gained unauthorized access to one of its servers on 2 May.'),
  // reported, claimed or suspected only: the stated access is a type of its own
  yes('unauthorized-access', 'Kestrel Games reportedly hit by ransomware attack', 'Kestrel Games confirmed unauthorized access to the internal systems of two subsidiaries.', 'The Draxa group claims to have ransomed the studio.'),
  yes('unauthorized-access', 'Lumora Stores investigates', 'Lumora Stores detected unauthorized network access on Friday and shut its website.', 'The incident bore the hallmarks of a cyberattack involving ransomware, analysts said.'),

  // told by its use, or by a ransom paid to a ransomware group: ransomware, and no access beside it
  yes('ransomware', 'Student records of Ardmore schools published', 'The records were stolen from the Ardmore school district last month by using some ransomware, a hacker said.'),
  no('unauthorized-access', 'Student records of Ardmore schools published', 'The records were stolen from the Ardmore school district last month by using some ransomware, a hacker said.'),
  yes('ransomware', 'Harlow College pays ransom after breach', 'Harlow College said on Friday it paid an undisclosed sum to an unnamed ransomware group after data of 9,000 students was compromised.'),
  no('ransomware', 'Harlow College confirms breach', BASE('Harlow College'), 'The college said it refused to pay anything to the extortion group.'),

  // ---- misconfiguration: a handling error --------------------------------------------------------------
  yes('misconfiguration', 'Brindle Insurance apologises', 'An employee of Brindle Insurance “inadvertently and mistakenly” shared a file of member details with outside recipients.'),
  yes('misconfiguration', 'Ravel Bank apologises', 'A Ravel Bank clerk sent a spreadsheet of 900 customers to the wrong email address last month.'),
  no('misconfiguration', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Customers who sent payments to the wrong account can ask for a refund.'),
  no('misconfiguration', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The hackers accidentally left their own tools on the server.'),

  // ---- a type as what criminals could do later --------------------------------------------------------
  no('phishing', 'Kestrel Freight confirms breach', BASE('Kestrel Freight'), 'Criminals could use the leaked shipping data to make social engineering attacks more believable.'),
  no('phishing', 'Kestrel Freight confirms breach', BASE('Kestrel Freight'), 'Fraudsters might target affected customers with scams and phishing campaigns.'),
  yes('phishing', 'Kestrel Freight confirms breach', 'The attackers may have used a phishing email to get into the Kestrel Freight network, the firm said.'),
];

typeTable('second incident types (session 12)', SECOND_TYPE_ROWS);
