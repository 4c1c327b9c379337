// Compromised data: classes of false categories found on articles we never tuned to (issue 11, the
// data helper's second pass). Each class showed in several articles; every sentence here is invented.
import { describe, expect, it } from 'vitest';
import type { DataFinding } from '../../src/extract/types.js';
import { categoryTable, dataOf as dataStep, type CategoryCase } from '../helpers/data.js';

const VICTIM = 'Quillon Foods';
const table = (name: string, cases: CategoryCase[]) => categoryTable(VICTIM, name, cases);
const dataOf = (body: string): DataFinding[] => dataStep(VICTIM, body);
const categories = (items: DataFinding[]) => [...new Set(items.map((d) => d.category))].sort();

// ---- data never held, or kept safe, is not taken ---------------------------------------------------------

table('data: never held or kept safe', [
  { text: 'Names and emails were copied, but the bakery does not store card numbers.', kept: ['personal'], absent: ['payment'] },
  { text: "Phone numbers leaked; the firm said it doesn't keep its members' bank details or card data.", kept: ['contact'], absent: ['financial', 'payment'] },
  { text: 'Passport numbers were accessed, while the stored card details are tokenised and will be safe, the ferry line said.', kept: ['government-id'], absent: ['payment'] },
  { text: 'Home addresses were viewed. Payment details are tokenised and remain safe.', kept: ['contact'], absent: ['payment'] },
  // counterexamples: held otherwise, or held and taken
  { text: 'The shop did not store passwords in plain text, and the hashed passwords were stolen.', kept: ['credentials'], absent: [] },
  { text: 'The thieves copied card numbers that the till system stored for a day.', kept: ['payment'], absent: [] },
]);

// ---- how a person signs in is not a state identifier or a name ------------------------------------------

table('data: sign-in identifiers and account records', [
  { text: 'Only email addresses and user IDs were exposed, the service said.', kept: ['contact', 'credentials'], absent: ['government-id'] },
  { text: 'Intruders accessed login IDs and hashed passwords.', kept: ['credentials'], absent: ['government-id'] },
  { text: 'The breach exposed user account names and encrypted passwords.', kept: ['credentials'], absent: ['personal'] },
  { text: 'A clerk sold personal account details of thousands of subscribers.', kept: ['personal'], absent: ['credentials'] },
  { text: 'Names and credit account information were accessed by an outsider.', kept: ['personal', 'financial'], absent: ['credentials'] },
  // counterexamples
  { text: 'Hackers stole national ID numbers and government IDs of applicants.', kept: ['government-id'], absent: ['credentials'] },
  { text: 'The attackers took account details and hashed passwords.', kept: ['credentials'], absent: [] },
]);

// ---- accounts counted are the count, not data ------------------------------------------------------------

table('data: accounts counted', [
  { text: "The gang claimed access to 40,000 of the grocer's customer accounts.", kept: [], absent: ['credentials'] },
  { text: "Roughly 9,000 of Quillon's member accounts were reached, and names were copied.", kept: ['personal'], absent: ['credentials'] },
  { text: 'The gang stole passwords for customer accounts.', kept: ['credentials'], absent: [] },
]);

// ---- a general word beside specific data adds no item unless it names other people -----------------------

describe('data: "unspecified" beside specific data', () => {
  it('"customers\' data" beside shoppers\' names and card numbers adds nothing', () => {
    const found = dataOf("Hackers stole shoppers' names and card numbers. The chain said customers' data was accessed.");
    expect(categories(found)).toEqual(['payment', 'personal']);
  });
  it('a general word whose people come from the paragraph adds nothing', () => {
    const found = dataOf("Patients' medical records were stolen. Nurses said sensitive information was taken too.");
    expect(categories(found)).toEqual(['medical']);
  });
  it('"staff data" beside patients\' records names other people and stays', () => {
    const found = dataOf("Patients' medical records were stolen. Staff data was also taken.");
    expect(found.map((d) => `${d.category}/${d.subject}`).sort()).toEqual(['medical/patients', 'unspecified/staff']);
  });
  it('a general word alone stays', () => {
    expect(categories(dataOf('Hackers stole data from the grocer.'))).toEqual(['unspecified']);
  });
});

// ---- whose data: the person who took it is not the owner -------------------------------------------------

describe('data: the taker is not the owner', () => {
  for (const text of [
    'An unauthorized user accessed data and the home addresses of pupils.',
    'A rogue employee viewed records and copied the home addresses of pupils.',
  ]) {
    it(text, () => {
      const found = dataOf(text);
      expect(found.find((d) => d.category === 'contact')?.subject).toBe('students');
      expect(found.map((d) => d.subject)).not.toContain('users');
      expect(found.map((d) => d.subject)).not.toContain('employees');
    });
  }
});

// ---- data made unavailable (ransomware, wipers) is not data taken ----------------------------------------

table('data: encrypted, locked or wiped', [
  { text: "Hackers managed to encrypt the information kept on the town's servers.", kept: [], absent: ['unspecified'] },
  { text: 'The attack locked vital information away from staff for days.', kept: [], absent: ['unspecified'] },
  { text: 'Its whole database has been held hostage by the gang since Monday.', kept: [], absent: ['unspecified'] },
  { text: 'The council lost part of the data that was encrypted in the attack.', kept: [], absent: ['unspecified'] },
  { text: 'Staff were locked out of their data for a week after the attack.', kept: [], absent: ['unspecified'] },
  { text: 'Records on two servers were encrypted by the malware, the clinic said.', kept: [], absent: ['unspecified'] },
  { text: 'The wiper deleted data on hundreds of laptops.', kept: [], absent: ['unspecified'] },
  { text: 'Following the attack, a share of the clinic records sat in directories the gang had locked with encryption.', kept: [], absent: ['unspecified'] },
  // counterexamples: taken as well as locked, or an exposure of deleted data
  { text: "The gang stole and then encrypted the grocer's files.", kept: ['unspecified'], absent: [] },
  { text: 'The attackers copied patient records before they encrypted the network.', kept: ['medical'], absent: [] },
  { text: 'A flaw gave strangers access to deleted photos of users.', kept: ['personal'], absent: [] },
]);

// ---- words about the story, destinations, and exposure by being on view -----------------------------------

table('data: knowledge about the incident and destinations', [
  { text: 'Names were leaked, and the firm is still gathering information of what happened.', kept: ['personal'], absent: ['unspecified'] },
  { text: 'Investigators shared details about how the breach happened; phone numbers were exposed.', kept: ['contact'], absent: [] },
  { text: 'After the hack, one diner was billed for pizzas delivered to several other addresses.', kept: [], absent: ['contact'] },
  { text: 'Stolen cards paid for parcels shipped to different addresses abroad.', kept: [], absent: ['contact'] },
  // counterexamples: the addresses themselves taken
  { text: 'The thieves sent the home addresses of members to a rival.', kept: ['contact'], absent: [] },
]);

table('data: on view is exposed', [
  { text: 'Only names, email addresses and mobile numbers were available for viewing on the booking portal.', kept: ['personal', 'contact'], absent: [] },
  { text: 'Patient names and care plans were left available to anyone for a week.', kept: ['personal', 'medical'], absent: [] },
  { text: 'The laptop held patient names and treatment plans when it was stolen.', kept: ['personal', 'medical'], absent: [] },
  // counterexample: a service that is available is no exposure
  { text: 'The new menu is available on the website, with names of dishes in three languages.', kept: [], absent: ['personal'] },
]);

// ---- accounts broken into are not credentials taken -------------------------------------------------------

table('data: accounts alone', [
  { text: 'Someone hacked into several staff email accounts, and pupils\' names and addresses were exposed.', kept: ['personal', 'contact'], absent: ['credentials'] },
  { text: 'An insider accessed the email accounts of critics and passed on their phone numbers.', kept: ['contact'], absent: ['credentials'] },
  // counterexamples: a credential noun of its own
  { text: 'Hackers took over user accounts and stole their passwords.', kept: ['credentials'], absent: [] },
  { text: 'The breach exposed login details for customer accounts.', kept: ['credentials'], absent: [] },
]);

table('data: account records alone, and attempts', [
  { text: 'The clerk allegedly sold the account information to brokers, and names were copied.', kept: ['personal'], absent: ['credentials'] },
  { text: 'Customers complained of scam callers trying to gain access to their bank accounts; names were leaked.', kept: ['personal'], absent: ['financial'] },
  { text: 'The firm blocked an attempt to access member accounts, and addresses were exposed.', kept: ['contact'], absent: ['credentials'] },
  { text: 'Fraudsters tried to steal bank details with fake invoices after phone numbers leaked.', kept: ['contact'], absent: ['financial'] },
  // counterexamples: the try succeeded, or a credential noun is named
  { text: 'The gang tried to hide it, but card numbers were stolen.', kept: ['payment'], absent: [] },
  { text: 'Intruders attempted to access accounts and stole passwords of members.', kept: ['credentials'], absent: [] },
]);

table('data: credentials from elsewhere', [
  { text: 'Hackers lifted names from rewards profiles, betting that the same usernames and passwords would work on other sites.', kept: ['personal'], absent: ['credentials'] },
  { text: "The intruders got usernames and passwords from leaks at other sites, then viewed members' home addresses.", kept: ['contact'], absent: ['credentials'] },
  { text: 'Attackers tried reused passwords against the portal and viewed home addresses.', kept: ['contact'], absent: ['credentials'] },
  // counterexample: taken here
  { text: 'The attackers stole usernames and passwords from the store.', kept: ['credentials'], absent: [] },
]);
