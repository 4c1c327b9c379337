// A battery of invented sentences for the data extractor (issue 11, generalisation): how news reports
// and notification letters say that data was (or was not) taken. Each row is one short article — a
// headline naming an invented victim, then the sentence — run through the whole pipeline, so scope,
// company and sources take part as they do on a real article.
//
// Positives name the categories (and, where the sentence says so, whose data and how sure) that must
// come out; negatives name categories that must not (advice, denials, other incidents, bare words with
// no exposure predicate, product descriptions, hypotheticals). Rows the rules do not yet read are
// marked `known` with the reason and run as expected failures, so fixing one shows up as a test to
// update, not as silence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { DataCategory, DataStatus } from '../../src/record.js';

const VICTIM = 'Corvane Mutual';

interface Want { category: DataCategory; subject?: string | null; status?: DataStatus }
interface Row {
  text: string;
  /** Items that must be present. */
  want?: Want[];
  /** Categories that must be absent ('*' = no item at all). */
  not?: Array<DataCategory | '*'>;
  /** Why the rules do not read it yet: the row runs as an expected failure. */
  known?: string;
}

const w = (category: DataCategory, subject?: string | null, status?: DataStatus): Want => ({ category, subject, status });

function dataOf(text: string) {
  const article = `${VICTIM} hit by cyberattack\n\n${VICTIM}, an insurer based in Examplestad, said on Tuesday that it was investigating an incident.\n\n${text}\n`;
  return extract(article, { format: 'txt', published: '2024-03-04' }).data;
}

function check(row: Row): void {
  const items = dataOf(row.text);
  const got = items.map((d) => `${d.category}/${d.subject ?? '-'}/${d.status}`).join(' ');
  for (const x of row.want ?? []) {
    const hit = items.find((d) => d.category === x.category
      && (x.subject === undefined || d.subject === x.subject)
      && (x.status === undefined || d.status === x.status));
    expect(hit, `want ${x.category}/${x.subject ?? '*'}/${x.status ?? '*'} in: ${got}`).toBeDefined();
  }
  for (const c of row.not ?? []) {
    if (c === '*') expect(items, `want no item, got: ${got}`).toEqual([]);
    else expect(items.find((d) => d.category === c), `want no ${c}, got: ${got}`).toBeUndefined();
  }
}

// ---- positives: data as the object of an exposure predicate ---------------------------------------

export const POSITIVES: Row[] = [
  // active and passive predicates
  { text: 'Hackers stole the names and home addresses of about 40,000 customers.', want: [w('personal', 'customers'), w('contact', 'customers')] },
  { text: 'The attackers accessed a database that held policyholders\' national ID numbers.', want: [w('government-id', 'policyholders')] },
  { text: 'Tax identification numbers of some clients may have been viewed by the intruder.', want: [w('government-id', 'clients', 'possible')] },
  { text: 'The exposed files contained employees\' social insurance numbers and salaries.', want: [w('government-id', 'employees'), w('financial', 'employees')] },
  { text: 'Patient records, including diagnoses and test results, were copied from a file server.', want: [w('medical', 'patients')] },
  { text: 'An unauthorised party obtained the health card numbers of some patients.', want: [w('medical', 'patients')] },
  { text: 'The criminals leaked the dates of birth of hundreds of patients online.', want: [w('personal', 'patients')] },
  { text: 'SIM card serial numbers and IMEI numbers of subscribers were accessed.', want: [w('personal', 'subscribers')] },
  { text: 'Hackers downloaded the HR files of current and former staff.', want: [w('personal', 'staff')] },
  { text: 'Aadhaar numbers of loan applicants were leaked online.', want: [w('government-id', 'applicants')] },
  { text: 'The breach exposed passport scans and visa details of travellers.', want: [w('government-id', 'travellers')] },
  { text: 'The intruders got hold of bank account numbers and sort codes of members.', want: [w('financial', 'members')] },
  { text: 'Card data belonging to customers was skimmed from the checkout page.', want: [w('payment', 'customers')] },
  { text: 'Employees\' payroll records were encrypted and copied by the gang.', want: [w('financial', 'employees')] },
  { text: 'Login credentials for the staff portal were stolen.', want: [w('credentials')] },
  { text: 'The unsecured server held users\' email addresses and hashed passwords.', want: [w('contact', 'users'), w('credentials', 'users')] },
  { text: 'Names, phone numbers and driver\'s licence numbers of 12,000 drivers were compromised.', want: [w('personal', 'drivers'), w('contact', 'drivers'), w('government-id', 'drivers')] },
  { text: 'The company said the attackers may have viewed customers\' payment card details.', want: [w('payment', 'customers', 'possible')] },
  { text: 'The stolen data includes medical histories and prescriptions of patients.', want: [w('medical', 'patients')] },
  { text: 'Attackers exfiltrated source code and internal documents from the development servers.', want: [w('source-code'), w('internal')] },
  { text: 'The thieves made off with laptops containing unencrypted patient files.', want: [w('medical', 'patients')] },
  { text: 'Personal details of about 2,000 pupils were published on a leak site.', want: [w('personal', 'students')] },
  { text: 'The ransomware gang published payroll files and contracts taken from the insurer.', want: [w('financial'), w('internal')] },
  { text: 'Hackers had access to customers\' dates of birth and tax file numbers for three weeks.', want: [w('personal', 'customers'), w('government-id', 'customers')] },
  { text: 'The criminals harvested usernames and passwords from a fake login page.', want: [w('credentials')] },
  { text: 'Information exposed in the incident includes names, addresses and Social Security numbers.', want: [w('personal'), w('contact'), w('government-id')] },
  { text: 'Diagnoses and treatment details of some patients were viewable by other users of the portal.', want: [w('medical', 'patients')] },
  { text: 'Personnel records of soldiers were stolen from a defence contractor.', want: [w('personal', 'soldiers')] },
  { text: 'The hackers gained access to a server storing citizens\' national identity card numbers.', want: [w('government-id', 'citizens')] },
  { text: 'Bank statements and loan applications of borrowers were leaked.', want: [w('financial', 'borrowers')] },
  { text: 'A misconfigured database exposed the IMSI numbers and location data of mobile subscribers.', want: [w('personal', 'subscribers')] },
  { text: 'Scans of identity documents uploaded by customers were accessible without a password.', want: [w('government-id', 'customers')] },
  { text: 'An attacker siphoned off credit card numbers, expiry dates and CVV codes.', want: [w('payment')] },
  { text: 'The intruder copied the personnel files of around 900 police officers.', want: [w('personal', 'officers')] },
  { text: 'Thousands of voter records, including names and birth dates, were left on an open server.', want: [w('personal', 'voters')] },
  { text: 'The leaked spreadsheet listed staff members\' salaries and bank details.', want: [w('financial', 'staff')] },
  { text: 'Some customers\' email addresses and purchase histories were exposed.', want: [w('contact', 'customers'), w('financial', 'customers')] },
  { text: 'Hackers breached the agency and stole taxpayers\' tax returns.', want: [w('financial', 'taxpayers')] },
  { text: 'The stolen files include the HIV status and mental health conditions of some clients.', want: [w('medical', 'clients')] },
  { text: 'Vaccination records of employees were exposed in the incident.', want: [w('medical', 'employees')] },
  { text: 'Attackers obtained the CPF numbers of customers.', want: [w('government-id', 'customers')] },
  { text: 'The leak included residents\' PPS numbers and home addresses.', want: [w('government-id', 'residents'), w('contact', 'residents')] },
  { text: 'Hackers accessed the BSN numbers of employees.', want: [w('government-id', 'employees')] },
  { text: 'The personal identity numbers of some customers were exposed.', want: [w('government-id', 'customers')] },
  { text: 'Hackers stole device IDs and IP addresses of app users.', want: [w('personal', 'users')] },
  { text: 'Internal emails and board minutes were leaked by the group.', want: [w('internal')] },
  { text: 'The gang posted blueprints and supplier contracts stolen from the manufacturer.', want: [w('internal')] },
  { text: 'The leaked database contained member numbers, names and dates of birth.', want: [w('personal', 'members')], known: '"member numbers" names the members, but a subject word before "numbers" is read as a count noun' },
  { text: 'Criminals compromised the webmail passwords of several employees.', want: [w('credentials', 'employees')] },
  { text: 'The records of 3 million users were exposed.', want: [w('unspecified', 'users')] },
  { text: 'Police officers\' home addresses were stolen.', want: [w('contact', 'officers')] },
  { text: 'Hackers obtained the usernames and hashed passwords of forum members.', want: [w('credentials', 'members')] },
  { text: 'The attack exposed customers\' account numbers and account balances.', want: [w('financial', 'customers')] },
  { text: 'Claimants\' National Insurance numbers were emailed to the wrong recipients.', want: [w('government-id')] },
  { text: 'Hackers may have accessed the genetic test results of some customers.', want: [w('medical', 'customers', 'possible')] },
  { text: 'Thieves stole a laptop holding payroll data on 1,200 staff.', want: [w('financial', 'staff')] },
  { text: 'The hackers obtained trade secrets and product designs.', want: [w('internal')] },
  { text: 'Attackers stole the private encryption keys used to sign software updates.', want: [w('credentials')] },
  { text: 'The stolen information comprised names, email addresses and phone numbers of customers.', want: [w('personal', 'customers'), w('contact', 'customers')] },
  { text: 'The intruder read some users\' private messages.', want: [w('personal', 'users')] },
  { text: 'Records containing insurance policy numbers and claims histories of policyholders were exposed.', want: [w('financial', 'policyholders')] },
  { text: 'Students\' grades and disciplinary records fell into the hands of the hackers.', want: [w('personal', 'students')] },
  { text: 'Customer passport numbers later surfaced on a hacking forum.', want: [w('government-id', 'customers')] },
  { text: 'Names and national ID numbers of job applicants were being sold on a dark web market.', want: [w('personal', 'applicants'), w('government-id', 'applicants')] },
  { text: 'The hackers walked away with server logs and network diagrams.', want: [w('system')] },
  { text: 'The attacker exfiltrated 40 GB of data, including patients\' lab results.', want: [w('medical', 'patients')] },
  { text: 'Some members had their passwords and security questions stolen.', want: [w('credentials', 'members')] },
  { text: 'Residents\' council tax records and benefit details were copied.', want: [w('financial', 'residents')] },
  { text: 'Classified documents were among the files the intruders took.', want: [w('classified')] },
  { text: 'The group leaked employees\' pension details and performance reviews.', want: [w('financial', 'employees')] },
  { text: 'Corvane Mutual confirmed that customers\' Medicare numbers were accessed.', want: [w('medical', 'customers', 'confirmed')] },
];

// ---- negatives: data words that are not data taken in this incident --------------------------------

export const NEGATIVES: Row[] = [
  // advice
  { text: 'Customers should change their passwords and watch for phishing emails.', not: ['*'] },
  { text: 'Experts advise checking bank statements for unfamiliar transactions.', not: ['*'] },
  { text: 'Users should enable two-factor authentication on their accounts.', not: ['*'] },
  { text: 'Customers were told to be wary of emails asking for their login details.', not: ['*'] },
  { text: 'Anyone who receives a letter should call the number provided and keep an eye on their credit reports.', not: ['*'] },
  // denials
  { text: 'No card numbers, passwords or bank details were involved, the company said.', not: ['*'] },
  { text: 'The firm stressed that payment data was not affected.', not: ['payment'] },
  { text: 'Customers\' financial information remained secure throughout, the insurer said.', not: ['financial'] },
  { text: 'The insurer said there is no evidence that Social Security numbers were accessed.', not: ['government-id'] },
  { text: 'Bank account details and passwords were not stored on the affected server.', not: ['financial', 'credentials'] },
  { text: 'Neither names nor addresses were exposed, the company said.', not: ['*'] },
  { text: 'The breach did not involve medical records or Social Security numbers.', not: ['*'] },
  { text: 'Only names and email addresses were exposed; passwords and card details were unaffected.', want: [w('personal'), w('contact')], not: ['credentials', 'payment'] },
  { text: 'Names were taken, but no financial data or passwords were.', want: [w('personal')], not: ['financial', 'credentials'] },
  { text: 'The ransomware encrypted some servers, but no data was stolen.', not: ['*'] },
  { text: 'The insurer said card data was unaffected because payments are handled by a separate processor.', not: ['payment'] },
  // other incidents, background, trends
  { text: 'In 2019, a separate breach at a rival exposed the names and emails of 2 million users.', not: ['*'] },
  { text: 'Last year\'s attack on a competitor leaked the passport numbers of 9,000 guests.', not: ['*'] },
  { text: 'Hackers often target health records because they fetch high prices.', not: ['*'] },
  { text: 'Cybercriminals often sell stolen credit card numbers on dark web markets.', not: ['*'] },
  { text: 'Stolen passwords can be used to break into other accounts.', not: ['*'] },
  { text: 'A data breach may also put bank details and card numbers in danger, experts said.', not: ['*'] },
  { text: 'Attackers may reuse stolen credentials on other websites to reach more accounts.', not: ['*'] },
  { text: 'The marketplace is used by criminals to swap stolen databases.', not: ['*'] },
  // bare words and product descriptions with no exposure predicate
  { text: 'The company sells accounting software to 5,000 businesses.', not: ['*'] },
  { text: 'Its systems store the medical records of millions of patients.', not: ['*'] },
  { text: 'The app lets users share photos and messages with friends.', not: ['*'] },
  { text: 'Enter the code sent to your phone to verify your identity.', not: ['*'] },
  { text: 'The details of the attack remain unclear.', not: ['*'] },
  { text: 'The company has more than 3 million customers and 12,000 employees.', not: ['*'] },
  { text: 'Records show the insurer was fined in 2018.', not: ['*'] },
  { text: 'The portal allows patients to view test results and book appointments.', not: ['*'], known: 'the product-feature row changed one dev article and was removed as fitted (issue 11)' },
  { text: 'The bank offers savings accounts, credit cards and mortgages.', not: ['*'] },
  { text: 'Information about the incident will be published on the website.', not: ['*'] },
  { text: 'The data protection authority opened an investigation into the data breach.', not: ['*'] },
  { text: 'The retailer\'s online store and card payments were disrupted for two days.', not: ['*'] },
  { text: 'We take the security of our customers\' information very seriously.', not: ['*'] },
  { text: 'The attackers demanded a ransom in exchange for the decryption key.', not: ['*'] },
  { text: 'Systems were taken offline as a precaution while engineers restored the backups.', not: ['*'] },
  // things that look like data but are tools or channels of the attack
  { text: 'The phishing message came from a spoofed email address that imitated the bank.', not: ['*'] },
  { text: 'The email included a link to a fake login page.', not: ['*'] },
  { text: 'The attackers used self-signed certificates to hide their traffic.', not: ['*'] },
  { text: 'The ransom note contained a phone number to call for payment.', not: ['*'] },
  { text: 'The flaw could lead to password disclosure on older routers.', not: ['*'] },
  { text: 'The vendor released firmware updates for the affected routers.', not: ['*'] },
  { text: 'The intruder was a member of staff who accessed the files without a reason.', not: ['personal', 'contact'] },
  { text: 'The gang registered web addresses that looked like the insurer\'s own sites.', not: ['*'] },
  { text: 'Engineers have been reviewing the server logs to see whether anything was taken.', not: ['system'] },
  { text: 'The leak was first noticed by a group that tracks malware source code online.', not: ['source-code'] },
  { text: 'The agency locked the accounts to protect the safety and security of taxpayers\' information.', not: ['*'] },
  { text: 'The agency acted to protect the security of taxpayers\' information.', not: ['*'] },
  { text: 'Staff were able to recover most of the encrypted data from backups.', not: ['*'] },
  { text: 'The spokeswoman, who is director of communications at the insurer, said no one was arrested.', not: ['*'] },
  // the job-title row was removed as fitted (issue 11): a bare title with no exposure word reads as no data without it
  { text: 'The director of communications said the hack was contained.', not: ['*'] },
  { text: 'Victims were sent documents laced with macros that installed the spyware.', not: ['internal'] },
  { text: 'The malware is designed to steal banking passwords from infected phones.', not: ['*'] },
  { text: 'The insurer said bank details were not accessible from the compromised server.', not: ['financial'] },
  { text: 'Read more: Ferry operator says passport numbers of travellers were stolen', not: ['*'] },
  { text: 'The malware ran PowerShell scripts and recorded footage from the webcam before files were stolen.', not: ['internal'] },
  { text: 'The hackers leaked unreleased episodes and film scripts from the studio.', want: [w('internal')] },
  { text: 'The spyware forwarded everything it gathered to an outside email address.', not: ['contact'] },
  { text: 'The intruder had access to the email address of every member of the club.', want: [w('contact')] },
  { text: 'The leaked table lists each user\'s IP address and password hash.', want: [w('personal', 'users'), w('credentials', 'users')], not: ['contact'] },
  // the data the container held is the item, not the container
  { text: 'The intruder copied files containing employees\' Social Security numbers.', want: [w('government-id', 'employees')], not: ['internal', 'unspecified'] },
  { text: 'The exposed logs contained customers\' names and phone numbers.', want: [w('personal', 'customers'), w('contact', 'customers')], not: ['system'] },
  { text: 'The stolen records included Medicare card expiry dates and dates of birth.', want: [w('medical'), w('personal')], not: ['payment'] },
  { text: 'Thieves took the last 4 digits of staff members\' Social Security numbers.', want: [w('government-id', 'staff')], not: ['payment'] },
];

function runRow(row: Row) {
  if (row.known) it.fails(`${row.text} (known: ${row.known})`, () => check(row));
  else it(row.text, () => check(row));
}

describe('data phrasings: data as the object of an exposure predicate', () => {
  for (const row of POSITIVES) runRow(row);
});

describe('data phrasings: data named but not taken here', () => {
  for (const row of NEGATIVES) runRow(row);
});
