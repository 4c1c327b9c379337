// Data categories: precision classes of session 11 (categories listed that recent-style gold does not
// list). "unspecified" stands only for data said to be taken without saying which; a general word
// whose content the article spells out adds no item of its own. Every sentence is invented.
import { categoryTable } from '../helpers/data.js';

const VICTIM = 'Quillbrook Lending';


// ---- "personal customer data": the adjective names the category, the noun whose it is ----------------

categoryTable(VICTIM, 'data: personal data named by whose it is', [
  { text: 'The lender said personal client data was sent to the wrong recipients by mistake.', kept: ['personal'], absent: ['unspecified'] },
  { text: 'Personal customer information was exposed when the portal was misconfigured.', kept: ['personal'], absent: ['unspecified'] },
  { text: 'Intruders copied personal employee details from the payroll server.', kept: ['personal'], absent: ['unspecified'] },
  { text: 'Hackers stole the personal member data of about 4,000 savers.', kept: ['personal'], absent: ['unspecified'] },
  { text: 'A staff error leaked personal user info to a marketing partner.', kept: ['personal'], absent: ['unspecified'] },
  // counterexamples: no "personal" before the people noun, or a category of its own
  { text: 'Hackers stole customer data from the lender.', kept: ['unspecified'], absent: ['personal'] },
  { text: 'The intruder copied client information and internal memos.', kept: ['unspecified', 'internal'], absent: ['personal'] },
  { text: 'Personal patient records were taken from the clinic server.', kept: ['medical'], absent: ['unspecified'] },
]);

// ---- a general word whose content the article spells out ------------------------------------------------

categoryTable(VICTIM, 'data: a general word beside the items it stands for', [
  { text: 'Hackers stole customer information from the lender. The leaked records held names, email addresses and card numbers.', kept: ['personal', 'contact', 'payment'], absent: ['unspecified'] },
  { text: 'Customer data was exposed in the breach. Phone numbers and home addresses were among the details leaked.', kept: ['contact'], absent: ['unspecified'] },
  { text: 'The data of borrowers was stolen, the lender confirmed. Names, dates of birth and tax file numbers were taken.', kept: ['personal', 'government-id'], absent: ['unspecified'] },
  { text: 'Client data was accessed by the intruder. It included account names, mobile numbers and hashed passwords.', kept: ['contact', 'credentials'], absent: ['unspecified'] },
  { text: 'Intruders accessed a database of customer information. Among the leaked data were names, phone numbers and partial card numbers.', kept: ['contact', 'payment'], absent: ['unspecified'] },
  { text: 'Among the leaked details were names, phone numbers and card numbers of app users.\n\nThe lender said the stolen data was customer information more than two years old.', kept: ['contact', 'payment'], absent: ['unspecified'] },
  { text: 'The data of students was stolen, the college said.\n\nThe files taken included dates of birth, tax file numbers and bank account numbers.', kept: ['personal', 'financial'], absent: ['unspecified'] },
  { text: 'Sensitive customer data was leaked online, the lender confirmed.\n\nThe leaked files held names, home addresses and passport numbers.', kept: ['contact', 'government-id'], absent: ['unspecified'] },
  // counterexamples: the general word is one item of a list, or names other people than the specific items
  { text: 'The gang claims to have stolen emails, passwords and customer information.', kept: ['credentials', 'unspecified'], absent: [] },
  { text: 'The hackers took six million customer records and password data.', kept: ['credentials', 'unspecified'], absent: [] },
  { text: 'Borrowers\' bank details were accessed, and staff data was also taken.', kept: ['financial', 'unspecified'], absent: [] },
  { text: 'Hackers stole customer data from the lender.', kept: ['unspecified'], absent: [] },
  { text: 'The gang posted employee records, customer databases and financial statements on its leak site.', kept: ['personal', 'unspecified'], absent: [] },
]);

// ---- credentials that were the way in, or came from elsewhere -------------------------------------------

categoryTable(VICTIM, 'data: credentials used to get in or taken elsewhere', [
  { text: 'The intruder got in after a broker\'s credentials were abused to gain access to the loan system.', kept: [], absent: ['credentials'], open: 'the way in told in the passive: a row for it changed one of our real articles and was not kept (session 11)' },
  { text: 'A clerk\'s login details had been used to log in to the servers, and loan files were copied.', kept: [], absent: ['credentials'], open: 'the way in told in the passive (as above)' },
  { text: 'Investigators believe a password was stolen from a different website and reused on the portal.', kept: [], absent: ['credentials'] },
  { text: 'The usernames and passwords came from a separate breach at an unrelated shop.', kept: [], absent: ['credentials'] },
  // counterexamples: credentials taken here
  { text: 'The intruder stole brokers\' credentials and used them to access the loan system.', kept: ['credentials'], absent: [] },
  { text: 'Passwords of 3,000 borrowers were stolen from the lender\'s website.', kept: ['credentials'], absent: [] },
]);
