// Incident types on unseen text: invented sentences for the classes the types step missed on articles
// nobody tuned to (issue 11). Each class in several phrasings, with the settings in which the same words
// say nothing of this incident's kind:
// - the specific kind is told in words the cue tables lacked, so the generic unauthorized-access was
//   emitted instead (a publicly accessible folder, a stick found in the street, a password stolen from
//   another service, a former worker accused of selling data, a virus used as a decoy, encryption of
//   systems told as a noun, work farmed out to outside firms, an employee of a subcontractor);
// - a consequence ("left customers at risk of fraud") read as advice, which set aside the whole sentence;
// - encryption denied outright: a ransomware gang that only copied data is unauthorized-access;
// - the second type of a two-type incident: access beyond a phishing lure told as a penetrated mailbox,
//   data leaked in a DDoS, records exposed without authorisation next to an insider.
import { BASE, no, typeTable, yes, type TypeRow as Row } from '../helpers/types.js';

export const UNSEEN_TYPE_ROWS: Row[] = [
  // ---- misconfiguration: the exposed store named as a folder, a share, a drive; "leaky" --------------
  yes('misconfiguration', 'Brindle Insurance apologises', 'Brindle Insurance said scans of claim forms sat in a publicly accessible folder on its web server for a month.'),
  yes('misconfiguration', 'Ardmore Council apologises', 'Tax records of Ardmore Council residents were kept in an unprotected network share that anyone on the internet could browse.'),
  yes('misconfiguration', 'Kestrel Freight records found', 'A researcher came across a leaky Elasticsearch cluster holding the shipping records of Kestrel Freight.'),
  yes('misconfiguration', 'Quillon data exposed', 'Staff files of Quillon were left in an insecure cloud directory, a researcher said.'),
  no('misconfiguration', 'Brindle Insurance confirms breach', BASE('Brindle Insurance'), 'The firm keeps its claim forms in a locked folder on a private server.'),
  no('misconfiguration', 'Kestrel Freight confirms breach', BASE('Kestrel Freight'), 'The stolen records later turned up on a leak site run by the gang.'),
  no('unauthorized-access', 'Brindle Insurance apologises', 'Brindle Insurance said scans of claim forms sat in a publicly accessible folder on its web server for a month.', 'A service that tracks hacked websites told the insurer about the folder.'),

  // ---- lost or stolen device: found in a public place ------------------------------------------------
  yes('lost-or-stolen-device', 'Harbour Airport investigates', 'Harbour Airport opened an inquiry after a memory stick holding staff rotas was found in the street.'),
  yes('lost-or-stolen-device', 'Corvane Health investigates', 'A laptop with patient letters on it was picked up on a train by a commuter, Corvane Health said.'),
  yes('lost-or-stolen-device', 'Ardmore Council investigates', 'A USB drive of council payroll files was handed in to police by a passer-by, Ardmore Council said.'),
  no('lost-or-stolen-device', 'Ardmore Council confirms breach', BASE('Ardmore Council'), 'Police found the suspect in the street outside the council offices.'),
  no('lost-or-stolen-device', 'Corvane Health confirms breach', BASE('Corvane Health'), 'Investigators found malware on a laptop used by a clinician.'),

  // ---- credential stuffing: a password stolen from another service -----------------------------------
  yes('credential-stuffing', 'Lumora accounts misused', 'Lumora said criminals had used a password stolen from another service to get into customer accounts.'),
  yes('credential-stuffing', 'Coinvale accounts misused', 'Coinvale said the usernames and passwords used were taken from a different website in an old breach.'),
  yes('credential-stuffing', 'Harlow Road Clinic portal', 'Logins obtained from unrelated platforms were tried against the patient portal of Harlow Road Clinic.'),
  no('credential-stuffing', 'Lumora confirms breach', 'Hackers stole the passwords of 2,000 Lumora customers from its own servers and used them to enter accounts.'),
  no('credential-stuffing', 'Lumora confirms breach', BASE('Lumora'), 'The stolen passwords could be used against another service, experts warned.'),

  // ---- insider: a former or current member of staff accused of taking data ----------------------------
  yes('insider', 'Ravel Bank staff data sold', 'A former Ravel Bank branch worker accused of stealing client data and selling it to fraudsters was arrested.'),
  yes('insider', 'Corvane Health court case', 'A former health adviser employed by Corvane Health admitted unlawfully accessing patient records.'),
  yes('insider', 'Corvane Health court case', 'On 3 May, Liam Tarrant, a former records clerk employed by Corvane Health Trust, pleaded guilty at Ardmore Crown Court to unlawfully accessing patient files.'),
  yes('insider', 'Quillon court case', 'An ex-employee of Quillon pleaded guilty to illegally copying the firm\'s client list.'),
  yes('insider', 'Brindle Insurance court case', 'A receptionist at Brindle Insurance improperly viewed the files of 300 policyholders, the insurer said.'),
  no('insider', 'Ravel Bank confirms breach', 'Hackers unlawfully accessed the customer database of Ravel Bank last week.'),
  no('insider', 'Ravel Bank confirms breach', 'Federal agents said the hackers illegally accessed the customer database of Ravel Bank.'),
  no('insider', 'Corvane Health confirms breach', BASE('Corvane Health'), 'A former employee of the clinic said the systems were old.'),

  // ---- phishing: a link or attachment opened -----------------------------------------------------------
  yes('phishing', 'Ardmore Council ransomware', 'Ardmore Council was hit by ransomware.', 'The malware got onto the council systems after a staff member clicking on a link within an email.'),
  yes('phishing', 'Veltro Logistics infection', 'Veltro Logistics said a worker opened a malicious attachment that installed a remote access tool.'),
  no('phishing', 'Veltro Logistics confirms breach', BASE('Veltro Logistics'), 'Customers can reset their passwords by clicking on a link on the company website.'),

  // ---- malware: a virus put to use ----------------------------------------------------------------------
  yes('malware', 'Fincastle Loans heist', 'Hackers used a virus as a distraction while they moved funds out of Fincastle Loans, the lender said.'),
  yes('malware', 'Halden Pharmacy outage', 'Halden Pharmacy said a virus attack shut its tills on Friday.'),
  no('malware', 'Halden Pharmacy confirms breach', BASE('Halden Pharmacy'), 'Staff ran the virus scanner on every till after the break-in.'),

  // ---- ransomware: encryption told as a noun; ransomware notes on printers ------------------------------
  yes('ransomware', 'Northfield University incident', 'Northfield University said the incident resulted in the encryption of several systems so that a ransom could be demanded.'),
  yes('ransomware', 'Corvane Hospital attack', 'Corvane Hospital said ransomware messages were printed on the printers of several wards.'),
  yes('ransomware', 'Ardmore Council attack', 'The attack led to the encryption of files on 300 council computers, Ardmore Council said.'),
  no('ransomware', 'Corvane Hospital confirms breach', BASE('Corvane Hospital'), 'The hospital said the encryption of its backups had protected patient data.'),
  // ---- encryption denied: extortion with stolen data is unauthorized-access, not ransomware ------------
  no('ransomware', 'Ardmore Partners hit by ransomware gang', 'The gang did not encrypt any systems at Ardmore Partners but copied client files and demanded a payment, the firm said.'),
  yes('unauthorized-access', 'Ardmore Partners hit by ransomware gang', 'The gang did not encrypt any systems at Ardmore Partners but copied client files and demanded a payment, the firm said.'),
  yes('ransomware', 'Ardmore Law hit by ransomware', 'Ransomware encrypted the file servers of Ardmore Law on Sunday, the firm said.'),

  // ---- supply chain: an employee of a subcontractor, work farmed out, an attack on a vendor -------------
  yes('supply-chain', 'Lumora data leaked', 'Malware compromised a laptop belonging to an employee of a subcontractor hired by the cloud unit of Lumora, the company said.'),
  yes('supply-chain', 'Ravel Telecom customer lists', 'Customer lists of Ravel Telecom may have leaked when it farmed out sales work to outside firms, a magazine reported.'),
  yes('supply-chain', 'Ardmore Agency records', 'Vehicle records of the Ardmore Agency were exposed after it outsourced its IT maintenance to an external contractor.'),
  yes('supply-chain', 'Quillon customers at risk', 'Quillon said last week that a malware attack on its third-party vendor had left 9,000 customers at risk of fraud.'),
  no('supply-chain', 'Lumora data leaked', 'Malware infected a laptop owned by an employee of Lumora, the company said.'),
  no('supply-chain', 'Ravel Telecom confirms breach', BASE('Ravel Telecom'), 'The operator plans to farm out its call centres to a partner next year.'),
  no('phishing', 'Quillon confirms breach', BASE('Quillon'), 'Quillon said customers are at risk of phishing emails from the criminals.'),

  // ---- the second type: access beyond the lure, a leak beside a DDoS ------------------------------------
  yes('unauthorized-access', 'Kestrel Freight duped out of 2 million euros', 'A fraudster penetrated the email system of Kestrel Freight and, posing as the chief executive, tricked staff into wiring 2 million euros to fraudsters.'),
  yes('unauthorized-access', 'Ravel Telecom leak', 'Data of 90,000 Ravel Telecom customers leaked in a hacking attempt, and its network was hit by DDoS attacks the same week.'),
  // phishing beside a told intrusion is both; a lure that went no further (or whose success is unknown) is phishing alone
  yes('unauthorized-access', 'Quillon confirms breach', 'Quillon said hackers used a phishing email in the breach of its customer database.'),
  no('unauthorized-access', 'Quillon staff targeted', 'Hackers sent staff at Quillon fake login pages over several months; the company did not say whether any data was stolen.'),
  no('unauthorized-access', 'Payroll file sent to fraudsters', 'A phishing email from hackers fooled a Kestrel Freight clerk, who emailed the payroll file to fraudsters posing as the finance director.'),
  no('unauthorized-access', 'Ravel Telecom outage', 'A DDoS attack knocked the website of Ravel Telecom offline for six hours on Monday.'),
];

typeTable('incident types on unseen phrasings', UNSEEN_TYPE_ROWS);
