// A battery of invented articles for how incident types combine and for kinds told in a compound noun:
// - ransomware known only by the gang that claimed the attack ("claimed by the X ransomware gang") beside a
//   hack or a theft told: ransomware AND unauthorized-access; ransomware at work (an attack, encryption) is
//   ransomware alone (contract; convention ransomware-alone);
// - "a ransomware cyberattack", "a ransomware cyber-attack": ransomware named as the kind of an attack
//   (the attack noun after it varies); trends, denials and hypotheticals stay negatives;
// - phishing that led to a breach, a theft or access is phishing AND unauthorized-access (the lure, then the
//   intrusion); a lure that got no further than the deceived person handing something over is phishing alone;
// - staff as the owners of leaked data ("data of customers and employees was leaked") are victims, not insiders.
//
// Rows marked `gap` are phrasings the extractor is known to miss: `it.fails` keeps them honest. (The rules
// that closed them changed one of our real articles each and were not kept: a rule must earn its place;
// "a ransomware cyberattack" now changes two and is read.)
import { BASE, no, typeTable, yes, type TypeRow as Row } from '../helpers/types.js';

const gap = (row: Row): Row => ({ ...row, gap: true });

export const COMBO_ROWS: Row[] = [
  // ---- ransomware known only by the gang's name: the hack stays ---------------------------------------
  yes('unauthorized-access', 'Quillon data posted online', 'Quillon confirmed its network was hacked in an attack claimed by the Draxa ransomware gang, which posted stolen files.'),
  gap(yes('ransomware', 'Quillon data posted online', 'Quillon confirmed its network was hacked in an attack claimed by the Draxa ransomware gang, which posted stolen files.')), // the gang-attack row changed one recent article and was removed as fitted (issue 11)
  yes('unauthorized-access', 'Hackers threaten to leak Veltro Logistics files', 'Veltro Logistics fell victim to a cyberattack by ransomware group Draxa, which said it stole 90 gigabytes of contracts.'),
  no('unauthorized-access', 'Clinic hit by ransomware', 'Hackers hit Northfield Clinic with ransomware that encrypted its servers and stole patient files.'),
  no('unauthorized-access', 'Corvane Health systems down', 'A ransomware attack claimed by the Draxa ransomware gang encrypted the servers of Corvane Health, and patient files were stolen.'),
  // ---- ransomware as the kind of a cyberattack ------------------------------------------------------
  yes('ransomware', 'Tarnby Council systems down', 'Tarnby Council said a ransomware cyberattack hit it early on Sunday.'),
  yes('ransomware', 'Hollin Foods halts production', 'Hollin Foods suffered a ransomware cyber-attack that halted its production lines for two days.'),
  yes('ransomware', 'Veltro Logistics bookings offline', 'A ransomware cyber attack knocked out the booking system of Veltro Logistics on Tuesday.'),
  yes('ransomware', 'Corvane Health update', 'Corvane Health is still recovering from the ransomware cyberattacks that hit two of its hospitals in March.'),
  no('ransomware', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Ransomware cyberattacks on lenders rose by a third last year, according to an industry body.'),
  no('ransomware', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The bank said there was no ransomware cyberattack and no files were locked.'),
  no('ransomware', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Experts warned that the stolen logins could be used to launch a ransomware cyberattack later.'),

  // ---- phishing that led further: phishing and unauthorized-access ------------------------------------
  yes('unauthorized-access', 'Harlow Road Clinic notifies patients', 'An employee of Harlow Road Clinic opened a phishing email that allowed hackers to access the files of 900 patients.'),
  yes('unauthorized-access', 'Brimstone Exchange to absorb loss', 'Brimstone Exchange will absorb the 30 million dollar loss from the security breach, its chief executive said.', 'Initial findings indicate it was a social engineering attack, he added.'),
  yes('unauthorized-access', 'Quillon mailbox compromised', 'A spear-phishing email let attackers into the mailbox of a billing clerk at Quillon, exposing invoices.'),
  yes('phishing', 'Harlow Road Clinic notifies patients', 'An employee of Harlow Road Clinic opened a phishing email that allowed hackers to access the files of 900 patients.'),
  no('unauthorized-access', 'Tarnby Council loses 80,000 pounds', 'A finance officer at Tarnby Council fell for a phishing email and wired 80,000 pounds to fraudsters posing as a building contractor.'),
  no('unauthorized-access', 'Payroll forms sent to scammers', 'A payroll clerk at Quillon fell for a phishing email and sent the tax forms of all staff to a fraudster posing as the chief executive.'),

  // ---- staff as the owners of leaked data are not insiders --------------------------------------------
  no('insider', 'Hollin Foods data leaked', 'Hackers broke into Hollin Foods, and the personal data of 20,000 customers and employees was leaked.'),
  no('insider', 'Veltro Logistics breach', 'Records of drivers and office employees were stolen when intruders entered the Veltro Logistics network.'),
  no('insider', 'Corvane Health breach', 'The attackers stole the login details of Corvane Health employees, and the data of staff had been leaked by Friday.'),
  yes('insider', 'Quillon employee dismissed', 'A Quillon employee who leaked customer lists to a rival firm was dismissed, the company said.'),
  yes('insider', 'Veltro Logistics worker charged', 'Two Veltro Logistics workers stole shipment data and sold it to a competitor, police said.'),
];

typeTable('incident types: compound kinds and how types combine', COMBO_ROWS);

// Session 15, a precision class of the specific-kind-alone convention (tuning 0 right / 1 wrong, held-out counts
// 0 / 1): unauthorized-access was removed beside an insider known only by the bare word "insider", a suspicion
// voiced beside a hack the article tells. Both readings stand; an insider told by what a member of staff did still
// stands alone.
export const INSIDER_WORD_ROWS: Row[] = [
  yes('unauthorized-access', 'Tarnby Council data posted', 'The Redwater gang said it hacked the Tarnby Council network and posted 50 GB of files. The council said it suspected an insider.'),
  yes('insider', 'Tarnby Council data posted', 'The Redwater gang said it hacked the Tarnby Council network and posted 50 GB of files. The council said it suspected an insider.'),
  yes('unauthorized-access', 'Quillon Motors files leaked', 'Hackers broke into the Quillon Motors design server and dumped drawings online, and the firm is checking whether insiders helped them.'),
  no('unauthorized-access', 'Ardmore Clinic confirms leak', 'A rogue employee at Ardmore Clinic copied the patient list and sold it to a marketing firm, the clinic said.'),
  yes('insider', 'Ardmore Clinic confirms leak', 'A rogue employee at Ardmore Clinic copied the patient list and sold it to a marketing firm, the clinic said.'),
];

typeTable('an insider named only by the bare word leaves the intrusion (session 15)', INSIDER_WORD_ROWS);
