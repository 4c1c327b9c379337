// Compromised data: data held for ransom, and billing records (issue 11, the data helper's third pass).
// Each class showed in several tuning articles; every sentence here is invented.
import { categoryTable, type CategoryCase } from '../helpers/data.js';

const VICTIM = 'Ferrowick Water';
const table = (name: string, cases: CategoryCase[]) => categoryTable(VICTIM, name, cases);

// ---- data held for ransom: the price of getting it back is not a taking ------------------------------------

table('data: a ransom to get data back', [
  { text: 'The gang asked the utility for bitcoin in exchange for access to its own data.', kept: [], absent: ['unspecified'] },
  { text: 'The intruders wanted two million dollars in exchange for the return of the files.', kept: [], absent: ['unspecified'] },
  { text: 'The hackers then asked for a payment to release the data.', kept: [], absent: ['unspecified'] },
  { text: 'Attackers demanded a ransom to unlock the information on its servers.', kept: [], absent: ['unspecified'] },
  { text: 'The firm did not say whether the breach was ransomware, in which criminals take control of a company\'s files and ask for payment.', kept: [], absent: ['unspecified'] },
  { text: 'The crew\'s terms let partners steal files from clinics but forbid patient data from being encrypted.', kept: [], absent: ['medical'] },
  { text: 'Its leaders wanted to restore access to the data without paying the hackers.', kept: [], absent: ['unspecified'] },
  // counterexamples: the data was taken, or will be put out
  { text: 'The gang stole the data and asked for a payment to delete it.', kept: ['unspecified'], absent: [] },
  { text: 'The hackers threatened to release the data unless the utility paid.', kept: ['unspecified'], absent: [] },
  { text: 'The attackers gained access to the data and copied it before asking for a ransom.', kept: ['unspecified'], absent: [] },
]);

// ---- billing records are what patients or customers owe and paid: financial ---------------------------------

table('data: billing records', [
  { text: 'Patient names, dates of birth and billing information were in the mailbox the intruder opened.', kept: ['personal', 'financial'], absent: ['payment'] },
  { text: 'The exposed files held the billing details of members.', kept: ['financial'], absent: ['payment'] },
  // counterexamples: a card is named, or the address a bill goes to
  { text: 'The skimmer copied billing information such as card numbers and expiry dates.', kept: ['payment'], absent: [] },
  { text: 'Names and billing addresses of shoppers were taken.', kept: ['personal', 'contact'], absent: ['payment', 'financial'] },
]);

// ---- a category adjective coordinated with another modifier: "financial and staff information" ---------------

table('data: a category adjective beside another modifier', [
  { text: 'The stolen files held financial and staff information of the mill.', kept: ['financial'], absent: [] },
  { text: 'Intruders copied personal and patient information from the clinic.', kept: ['personal'], absent: [] },
  { text: 'Payment or delivery details of shoppers may have been viewed.', kept: ['payment'], absent: [] },
  { text: 'The gang leaked medical and other records of residents.', kept: ['medical'], absent: [] },
  // counterexamples: the adjective is not a kind of data here, or no head follows
  { text: 'The firm said its financial and operational results were not affected, though files were copied.', kept: [], absent: ['financial'] },
  { text: 'Staff gave personal and sincere apologies after names were leaked.', kept: ['personal'], absent: [] },
]);

// ---- names of particular things or people the article lists are not names taken --------------------------

table('data: names given as examples', [
  { text: 'Its leaked list of targets includes names such as former mayor Ann Boyle and judge Tom Reyes.', kept: [], absent: ['personal'] },
  { text: 'The spyware was spread under names such as Battery Saver Pro, and it stole contacts.', kept: [], absent: ['personal'] },
  // counterexamples: names as data, listed as such
  { text: 'The stolen records held names such as first and last names of members.', kept: ['personal'], absent: [] },
  { text: 'Hackers stole names, addresses and phone numbers of customers.', kept: ['personal', 'contact'], absent: [] },
]);

// ---- credentials changed or reset are acted on, not taken ---------------------------------------------------

table('data: credentials changed or reset', [
  { text: 'After the intrusion the shop took steps such as changing its server credentials, and names were exposed.', kept: ['personal'], absent: ['credentials'] },
  { text: 'Once inside an account, the crook changes the password and locks the owner out.', kept: [], absent: ['credentials'] },
  { text: 'The bank rotated all API keys after the breach, in which emails were exposed.', kept: ['contact'], absent: ['credentials'] },
  // counterexamples: taken as well as reset
  { text: 'Hashed passwords were stolen, so the forum reset all passwords.', kept: ['credentials'], absent: [] },
  { text: 'The firm reset the hashed passwords that the intruders had copied.', kept: ['credentials'], absent: [] },
]);
