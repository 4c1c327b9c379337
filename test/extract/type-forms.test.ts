// Incident types by how English tells them (session 17): a supplier's breach that reached the victim, told in
// the shapes the supply-chain cues lacked (a supplier named after the verb of the attack, "affected by the X
// breach", "one of many customers of X", a firm told by the work it does for the victim, a platform the
// victim uses, a poisoned update, a headline's "attack on vendor", the hack of another organisation's
// systems), beside the settings in which the same words tell no supply chain (the victim is the vendor;
// a vendor that only helped investigate; an unauthorised "third party" as the attacker; a kind defined in the
// plural; an older dated attack; suppliers notified); and ransomware told by its description (files locked,
// a ransom note, a key to unlock, systems held hostage) against extortion without encryption and encryption
// as protection. Each row asserts the exact set of types. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import type { IncidentType } from '../../src/record.js';
import { runIncident } from '../helpers/types.js';

const UA = 'unauthorized-access', SC = 'supply-chain', RW = 'ransomware', DV = 'lost-or-stolen-device';

interface Row { types: IncidentType[]; article: [string, ...string[]]; gap?: boolean }
const exact = (types: IncidentType[], headline: string, ...paragraphs: string[]): Row => ({ types, article: [headline, ...paragraphs] });
/** A phrasing known to be read wrongly (the company step picks the supplier; a negation of another verb stands too near). */
const gap = (row: Row): Row => ({ ...row, gap: true });

function table(name: string, rows: Row[]): void {
  describe(name, () => {
    for (const row of rows) {
      (row.gap ? it.fails : it)(`[${row.types.join(', ')}]: "${row.article.slice(1).join(' ').slice(0, 100)}"`, () => {
        expect([...runIncident(...row.article).types].sort()).toEqual([...row.types].sort());
      });
    }
  });
}

table('types: a supplier\'s breach that reached the victim', [
  exact([UA, SC], 'Fernhill School Board warns parents of breach', 'Fernhill School Board is one of many districts affected by the Quillsoft breach, in which hackers stole student records from the vendor\'s platform.'),
  exact([UA, SC], 'Fernhill School Board warns parents of breach', 'The breach of Fernhill School Board\'s data happened through a compromised account at Quillsoft, a vendor.'),
  exact([UA, SC], 'Fernhill Bank warns customers of breach', 'Fernhill Bank customers\' data was stolen when hackers broke into the systems of a printing company that sends the bank\'s statements.'),
  exact([RW, SC], 'Fernhill Bank warns clients', 'Fernhill Bank said statements of 4,000 clients were exposed after a ransomware attack on its printing vendor.'),
  exact([UA, SC], 'Fernhill Bank warns clients after cyberattack on vendor', 'Fernhill Bank said letters printed for it by an outside firm may have been exposed.'),
  exact([UA, SC], 'Fernhill Clinic hit by cyberattack', 'A software update for the Quillsoft billing tool was poisoned by hackers, and Fernhill Clinic installed it in March.'),
  exact([UA, SC], 'Fernhill Dental notifies patients', 'Fernhill Dental said its managed service provider was hit by a cyberattack that reached the practice\'s patient files.'),
  exact([UA, SC], 'Fernhill Council staff data taken', 'Fernhill Council staff pay data was taken in a cyberattack on Quillsoft, the payroll firm it uses.'),
  exact([UA, SC], 'Fernhill Insurance confirms breach', 'Fernhill Insurance is one of many customers of Quillsoft whose data was stolen in the breach.'),
  exact([UA, SC], 'Fernhill Insurance confirms breach', 'Fernhill Insurance said hackers took the files through its vendor Quillsoft.'),
  exact([UA, SC], 'Fernhill Water customers warned', 'The mailing firm that sends Fernhill Water\'s bills was hacked, exposing the addresses of 9,000 customers.'),
  exact([UA, SC], 'Fernhill Council card data stolen', 'Fernhill Council said hackers broke into Quillsoft, which runs its online payment portal, and copied residents\' card details.'),
  exact([RW, SC], 'Fernhill Hospital warns patients', 'A contractor that handles Fernhill Hospital\'s billing became the target of a ransomware infection.'),
  exact([UA, SC], 'Fernhill Airlines passengers warned', 'Fernhill Airlines passengers\' data leaked after a breach at the airline\'s booking software supplier.'),
  exact([UA, SC], 'Fernhill Bank confirms breach', 'Hackers took the records from a server at Quillsoft, a cloud provider that hosts Fernhill Bank\'s customer files.'),
  exact([UA, SC], 'Fernhill Pharmacy confirms breach', 'Fernhill Pharmacy was among hundreds of Quillsoft clients whose data was stolen by hackers.'),
  exact([UA, SC], 'Fernhill Hotel guests warned', 'Fernhill Hotel guests\' card numbers were taken after attackers compromised the hotel\'s reservation software provider.'),
  exact([UA, SC], 'Fernhill Council confirms breach', 'Fernhill Council said the attackers got into its network using a remote-access account belonging to its IT contractor.'),
  exact([UA, SC], 'Fernhill Clinic notifies patients', 'Fernhill Clinic\'s patient records were exposed when Quillsoft, the company that manages its appointment system, was breached.'),
  gap(exact([UA, SC], 'Fernhill Bank confirms breach', 'Fernhill Bank is one of several lenders hit by the breach at Quillsoft, a software company that serves banks.')),
  exact([UA, SC], 'Fernhill Retail confirms breach', 'Fernhill Retail said hackers had stolen customer emails from a marketing platform it uses.'),
  exact([UA, SC], 'Fernhill University confirms breach', 'Fernhill University was affected by a breach of Quillsoft, a file-transfer service used by thousands of organisations.'),
  exact([UA, SC], 'Fernhill Council confirms breach', 'Hackers got into the Fernhill Council systems through Quillsoft, a company that provides its IT support.'),
  exact([UA, SC], 'Fernhill Clinic notifies patients', 'Fernhill Clinic learned that its transcription service had been hacked and that patient notes were taken.'),
  exact([UA, SC], 'Fernhill Bank confirms breach', 'The attackers used login details stolen from one of Fernhill Bank\'s suppliers to enter its network.'),
  exact([UA, SC], 'Fernhill Airline confirms breach', 'Fernhill Airline said its customers\' data was exposed in the cyberattack on its IT provider.'),
  exact([UA, SC], 'Fernhill Retail confirms breach', 'Fernhill Retail said customer names were stolen from Quillsoft, a third-party platform it uses to send newsletters.'),
  exact([UA, SC], 'Fernhill Bank confirms breach', 'Fernhill Bank said the attack began at one of its service providers and spread to its own network.'),
  exact([UA, SC], 'Fernhill Council confirms breach', 'Fernhill Council was among the customers affected after hackers hit its software supplier Quillsoft.'),
]);

table('types: supplier words that tell no supply chain', [
  exact([UA], 'Quillsoft confirms breach', 'Quillsoft, which provides payroll software to hundreds of firms, said an intruder accessed its servers and took some client staff records.'),
  exact([UA], 'Fernhill Council confirms breach', 'Fernhill Council said hackers broke into its network last week.', 'The council hired Quillsoft, a security vendor, to investigate the attack.'),
  exact([UA], 'Fernhill Bank confirms breach', 'An unauthorized third party accessed the Fernhill Bank network and copied customer files.'),
  exact([UA], 'Fernhill Bank confirms breach', 'Fernhill Bank said an unauthorised third party had gained access to its systems and taken account records.'),
  exact([UA], 'Fernhill Foods confirms breach', 'Hackers broke into the customer database of Fernhill Foods last week and copied account records.', 'Supply-chain attacks, in which hackers breach a vendor to reach its clients, have risen sharply this year, experts said.'),
  exact([UA], 'Fernhill Foods confirms breach', 'Hackers broke into the customer database of Fernhill Foods last week and copied account records.', 'Fernhill Foods said it had notified its suppliers and customers of the breach.'),
  exact([UA], 'Fernhill Foods confirms breach', 'Hackers broke into the customer database of Fernhill Foods last week and copied account records.', 'The company said none of its suppliers\' systems were affected.'),
  exact([UA], 'Fernhill Bank confirms breach', 'Hackers broke into the customer database of Fernhill Bank last week and copied account records.', 'The bank said the breach did not involve any third-party vendor.'),
  exact([UA], 'Fernhill Council confirms breach', 'Hackers broke into the network of Fernhill Council last week and copied staff records.', 'The council is working with its IT provider to restore systems after the attack.'),
  exact([UA], 'Quillsoft confirms breach', 'Quillsoft, a cloud provider, said hackers stole the data of some of its customers, among them Fernhill Bank.'),
  exact([UA], 'Fernhill Bank confirms breach', 'Hackers broke into the customer database of Fernhill Bank last week and copied account records.', 'The bank said its payment processor was not affected by the attack.'),
  exact([UA], 'Fernhill Bank confirms breach', 'Hackers broke into the customer database of Fernhill Bank last week and copied account records.', 'The group behind the intrusion was also behind the 2020 supply-chain hack of Quillsoft, researchers said.'),
  exact([UA], 'Fernhill Clinic confirms breach', 'Hackers broke into the network of Fernhill Clinic last week and copied patient records.', 'The clinic was alerted to the intrusion by its IT contractor, which spotted odd logins.'),
  exact([UA], 'Fernhill Retail confirms breach', 'Hackers broke into the customer database of Fernhill Retail last week and copied account records.', 'The retailer said a third party had tried to sell the stolen data online.'),
  exact([UA], 'Fernhill Retail confirms breach', 'Hackers broke into the customer database of Fernhill Retail last week and copied account records.', 'Fernhill Retail hired third-party forensic experts to investigate the breach.'),
  exact([UA], 'Quillsoft hacked', 'Quillsoft, a supplier of school software, said hackers breached its platform, exposing data from schools that use it.'),
  exact([RW], 'Fernhill Logistics hit by ransomware', 'Fernhill Logistics, an IT service provider to councils, said ransomware encrypted its servers.'),
  exact([UA], 'Fernhill Bank confirms breach', 'Hackers broke into the customer database of Fernhill Bank last week and copied account records.', 'A third-party audit found no sign that other systems were touched, the bank said.'),
  exact([UA], 'Fernhill Bank confirms breach', 'Hackers broke into the customer database of Fernhill Bank last week and copied account records.', 'The bank uses Quillsoft, a payments vendor, and said the attack did not reach Quillsoft.'),
  exact([RW], 'Fernhill Parts hit by ransomware', 'Carmakers halted lines after a cyberattack on a key supplier, Fernhill Parts, on Monday.', 'Fernhill Parts, a supplier of seat frames, said ransomware encrypted its servers.'),
  exact([UA], 'Quillsoft discloses breach', 'Quillsoft, the software vendor behind many school systems, said its network was breached and data of client schools was taken.'),
  exact([UA], 'Fernhill Bank confirms breach', 'Hackers broke into the customer database of Fernhill Bank last week and copied account records.', 'The attackers are known for breaching software vendors to reach their clients.'),
]);

table('types: ransomware told by its description, and extortion or encryption that is not', [
  exact([RW], 'Fernhill Clinic hit by cyberattack', 'Criminals locked the files on Fernhill Clinic computers and asked for bitcoin to unlock them.'),
  exact([RW], 'Fernhill Council hit by cyberattack', 'A ransom note appeared on screens at Fernhill Council offices on Monday morning.'),
  exact([RW], 'Fernhill College hit by cyberattack', 'The attackers scrambled the data of Fernhill College and wanted 50 bitcoin for the key to restore it.'),
  gap(exact([RW], 'Fernhill Port hit by cyberattack', 'Staff at Fernhill Port could not open their files, which had been encrypted, and a message on the screens demanded money.')),
  exact([RW], 'Fernhill Hospital hit by cyberattack', 'The gang made the Fernhill Hospital systems unusable by encrypting them and sought a payment of two million dollars.'),
  exact([RW], 'Fernhill Council pays hackers after cyberattack', 'Fernhill Council paid the hackers for a key to unlock its servers.'),
  exact([RW], 'Fernhill Water hit by cyberattack', 'Hackers seized the computer systems of Fernhill Water and demanded a ransom to release them.'),
  exact([RW], 'Fernhill Council hit by cyberattack', 'The computers of Fernhill Council were held hostage by hackers demanding bitcoin.'),
  exact([RW], 'Fernhill Foods hit by cyberattack', 'Files on the Fernhill Foods network were locked by hackers, who then asked for a ransom.'),
  exact([UA], 'Fernhill Clinic data stolen', 'Hackers stole the patient files of Fernhill Clinic and demanded a ransom to not publish them.'),
  exact([UA], 'Fernhill Law data stolen', 'The gang threatened to leak the stolen data unless Fernhill Law paid a ransom; no files were encrypted.'),
  exact([UA], 'Fernhill Bank data stolen', 'Hackers copied the customer data of Fernhill Bank and demanded bitcoin in exchange for deleting it.'),
  exact([DV], 'Fernhill Clinic laptop stolen', 'A laptop holding Fernhill Clinic patient files was stolen from a car, but the files on it were encrypted.'),
  exact([UA], 'Fernhill Law hit by data theft', 'An extortion group emailed Fernhill Law demanding a ransom for the stolen files.'),
  exact([UA], 'Fernhill Bank data stolen', 'Hackers broke into the customer database of Fernhill Bank, but the bank said the card data it holds is encrypted and could not be read.'),
]);
