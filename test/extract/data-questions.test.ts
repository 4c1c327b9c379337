// Data categories: precision classes of session 12 (categories listed that recent-style gold does not list),
// each seen in two or more tuning sets: data someone guards, data named only in an open question or a
// conditional promise to notify, contact details looked up to send notices, and a denied lead-in that
// covers the list after it. Every sentence is invented.
import { categoryTable } from '../helpers/data.js';

const VICTIM = 'Quillbrook Lending';


categoryTable(VICTIM, 'data: data someone guards is not data taken', [
  { text: 'The firm locked affected accounts to protect its members and their personal information after the intrusion.', kept: [], absent: ['personal', 'unspecified'] },
  { text: 'Staff took immediate action to safeguard the remaining data after the leak, which took place last week.', kept: [], absent: ['unspecified'] },
  { text: 'The lender froze the portal to keep up the safety and security of clients\' information, it said.', kept: [], absent: ['unspecified'] },
  { text: 'The bank said steps were taken to ensure the security of customer data after the attack.', kept: [], absent: ['unspecified'] },
  { text: 'Steps were taken to protect the remaining records once the breach had been found.', kept: [], absent: ['unspecified'] },
  { text: 'The utility shut its portal to protect the personal and financial data of its customers.', kept: [], absent: ['personal', 'financial'] },
  // counterexamples: the clause after the guarding verb says it was taken, or the guard is beside a taking
  { text: 'The lender failed to protect customer data, which hackers stole and posted online.', kept: ['unspecified'], absent: [] },
  { text: 'Hackers took personal information of members despite efforts to protect the network.', kept: ['personal'], absent: [] },
  { text: 'Action was taken after intruders stole customer data from the server.', kept: ['unspecified'], absent: [] },
]);

categoryTable(VICTIM, 'data: data named only in an open question or a conditional notice', [
  { text: 'It has yet to be determined if the attackers gained access to any sensitive customer data.', kept: [], absent: ['unspecified'] },
  { text: 'The insurer is investigating if policyholders\' data has leaked after the attack.', kept: [], absent: ['unspecified'] },
  { text: 'The council has not yet determined whether personal information was compromised.', kept: [], absent: ['personal'] },
  { text: 'Whether any data was stolen is still being assessed, the lender said.', kept: [], absent: ['unspecified'] },
  { text: 'The company is working to establish whether customer records were accessed.', kept: [], absent: ['unspecified'], open: 'the purpose of a step ("to establish whether"): dev CASIE annotates the data it names, so the row reads what is known so far only' },
  { text: 'It is not known if email addresses were exposed in the incident.', kept: [], absent: ['contact'] },
  { text: 'The review will determine whether personal and financial information was compromised, the mayor said.', kept: [], absent: ['personal', 'financial'], open: 'the purpose of a step ("will determine whether"): dev CASIE annotates the data it names' },
  { text: 'Whether personal and financial information was compromised is still being assessed, the mayor said.', kept: [], absent: ['personal', 'financial'] },
  { text: 'Customers will be notified in due course if their data has been exposed or stolen.', kept: [], absent: ['unspecified'] },
  { text: 'The lender will contact members directly should it determine that personal information was taken.', kept: [], absent: ['personal'] },
  // counterexamples: the data is said to be taken, and the question is about something else
  { text: 'Names and dates of birth were stolen, and the firm is investigating whether other systems were hit.', kept: ['personal'], absent: [] },
  { text: 'The lender confirmed customer data was stolen, though it is unclear how the intruders got in.', kept: ['unspecified'], absent: [] },
  { text: 'Names may have been accessed along with email addresses, the lender said.', kept: ['personal', 'contact'], absent: [] },
  { text: 'Hackers stole customer data; the lender is investigating whether it was sold.', kept: ['unspecified'], absent: [] },
  { text: 'Customers were notified after their data was stolen in the attack.', kept: ['unspecified'], absent: [] },
  { text: 'The lender said personal information was stolen and it will tell members if passwords were also taken.', kept: ['personal'], absent: [] },
]);

categoryTable(VICTIM, 'data: contact details looked up to send notices', [
  { text: 'We gathered current contact information needed to notify all affected individuals.', kept: [], absent: ['contact'] },
  { text: 'After the review, the lender verified contact information and determined what data may have been involved.', kept: [], absent: ['contact'] },
  { text: 'The firm is working to locate up-to-date mailing addresses so that letters can be sent to those affected.', kept: [], absent: ['contact'] },
  // counterexamples: the contact details are what the intruder took, or what the review found involved
  { text: 'The intruder obtained contact information of members and used it to send fake invoices.', kept: ['contact'], absent: [] },
  { text: 'The review found that names and contact information of members were involved.', kept: ['personal', 'contact'], absent: [] },
]);

categoryTable(VICTIM, 'data: a denied lead-in covers the list after it', [
  { text: 'Names and dates of birth of pupils were accessed. The incident did not result in the compromise of any of the following information: financial information; health records; exam grades.', kept: ['personal'], absent: ['financial', 'medical'] },
  { text: 'Names and email addresses of supporters were accessed.\n\nThe data accessed did not include:\n\n• Encrypted information, such as bank account details, passwords or credit card information.', kept: ['contact'], absent: ['financial', 'credentials', 'payment'] },
  { text: 'What information was involved?\n\nThe review found that the data accessed:\n\nIncluded:\n\n• Names and email addresses of supporters.\n\nDid not include:\n\n• Encrypted information, such as bank account details, passwords or credit card information.', kept: ['personal', 'contact'], absent: ['financial', 'credentials', 'payment'] },
  // counterexamples: a lead-in that names what was taken
  { text: 'Names and email addresses of supporters were accessed.\n\nThe data accessed included:\n\n• Home addresses and phone numbers.', kept: ['contact'], absent: [] },
  { text: 'The following information was stolen: bank account numbers; tax records.', kept: ['financial'], absent: [] },
  { text: 'Hackers, who have not been identified, stole the following: bank account numbers and tax records.', kept: ['financial'], absent: [] },
]);

categoryTable(VICTIM, 'data: what attackers usually do, or a trend, is not this incident', [
  { text: 'The gang\'s history of posting personal information online weighed on the decision to pay, the lender said.', kept: [], absent: ['personal'] },
  { text: 'During such compromises the intruders\' primary goal is to get information, such as personally identifiable information, and then demand payment.', kept: [], absent: ['personal'] },
  { text: 'This type of crime is becoming more common as gangs target firms that hold large amounts of confidential customer data.', kept: [], absent: ['unspecified'] },
  // counterexamples: the sentence says this incident's data was taken, or "history of" names data
  { text: 'In such cases the lender\'s customer data was stolen by the intruders.', kept: ['unspecified'], absent: [] },
  { text: 'Hackers accessed the medical history of patients at the clinic.', kept: ['medical'], absent: [] },
  { text: 'The intruders viewed the credit history of borrowers.', kept: ['financial'], absent: [] },
  { text: 'The gang, which has a history of attacks on lenders, posted personal information of members online last week.', kept: ['personal'], absent: [], open: 'an active past verb of taking beside a general cue: PAST reads passives and a few verbs only' },
]);

categoryTable(VICTIM, 'data: list lines whose bullets the page lost', [
  { text: 'The affected mailbox held the following information on members, the lender said:\n\nFirst and last name\n\nHome address\n\nDate of birth\n\nSocial Security number', kept: ['personal', 'contact', 'government-id'], absent: [] },
  // counterexample: a sentence after the lead-in is read as a sentence
  { text: 'The affected mailbox held the following information on members, the lender said:\n\nHome address\n\nThe lender said no Social Security numbers were involved.', kept: ['contact'], absent: ['government-id'] },
]);

categoryTable(VICTIM, 'data: a kind of paper or a service is not the organisation\'s documents', [
  { text: 'Thieves may have seen identity documents such as passports, and proof of address documents.', kept: ['government-id'], absent: ['internal'] },
  { text: 'The outage cut mobile communications and internet access across the region, and data was stolen.', kept: [], absent: ['internal'] },
  { text: 'Staff switched to paper documentation while the systems were down after hackers stole data.', kept: [], absent: ['internal'] },
  { text: 'The delay was revealed in emails and other records obtained by the Valley Courier, after customer data was stolen.', kept: ['unspecified'], absent: ['internal'] },
  // counterexamples: the organisation's own documents
  { text: 'Hackers stole internal documents and leaked documents from the board.', kept: ['internal'], absent: [] },
  { text: 'The gang claims to have stolen 2 TB of documents from the lender.', kept: ['internal'], absent: [] },
  { text: 'Staff emails were copied by the intruder.', kept: ['internal'], absent: [] },
  { text: 'The intruders stole court documents and earlier correspondence from the firm.', kept: ['internal'], absent: [] },
  { text: 'Hackers leaked online documents and NSA documents from the archive.', kept: ['internal'], absent: [] },
  // widened (session 12): any lowercase noun that names the kind of paper, not only the listed ones
  { text: 'The burglars took customs documents and passport scans from the depot.', kept: ['government-id'], absent: ['internal'] },
  { text: 'Hackers accessed warranty documentation and customer names at the dealer.', kept: ['personal'], absent: ['internal'] },
]);

// Session 16: what is not yet known or said, then what, which or how far (T and recent each had one).
categoryTable(VICTIM, 'data: not yet known what, which or how far', [
  { text: 'The lender is yet to determine the extent to which customer data was taken in the raid.', kept: [], absent: ['unspecified'] },
  { text: 'It remains unclear what data the intruders reached, be it payroll data or client records.', kept: [], absent: ['unspecified', 'financial'] },
  { text: 'Officials could not say which files or email addresses were copied from the branch server.', kept: [], absent: ['unspecified', 'contact'] },
  { text: 'It is not yet known how much personal information left the network, a spokesman said.', kept: [], absent: ['personal'] },
  // counterexamples: the question is closed later in the sentence, or the data is stated outright
  { text: 'A first review could not determine what was taken, but a later audit found that names and home addresses were copied.', kept: ['personal', 'contact'], absent: [] },
  { text: 'The lender said names and email addresses were stolen, and it is unclear what else the intruders saw.', kept: ['personal', 'contact'], absent: [] },
]);
