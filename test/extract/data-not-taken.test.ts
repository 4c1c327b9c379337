// Compromised data: classes of data named in an incident report but not said to be taken here (issue 11,
// data precision on unseen text). Every sentence is invented; each class showed in two or more articles.
import { describe, expect, it } from 'vitest';
import type { DataFinding } from '../../src/extract/types.js';
import type { DataCategory } from '../../src/record.js';
import { dataOf as dataStep } from '../helpers/data.js';

const VICTIM = 'Marrowfield Clinics';
const categories = (items: DataFinding[]) => [...new Set(items.map((d) => d.category))].sort();

function table(name: string, cases: Array<[string, DataCategory[], string?]>): void {
  describe(name, () => {
    for (const [text, want, open] of cases) (open ? it.fails : it)(open ? `[open: ${open}] ${text}` : text, () => expect(categories(dataStep(VICTIM, text))).toEqual([...want].sort()));
  });
}

table('data: a container is where the data was', [
  ['The intruder read server logs containing customer data.', ['unspecified']],
  ['Someone had been accessing staff emails with patient information for months.', ['medical']],
  ['An exposed database held files with employees\' bank details.', ['financial']],
  // counterexamples: the container is named beside the data, or holds nothing named
  ['The intruder copied internal documents and patients\' test results.', ['internal', 'medical']],
  ['The intruder copied server logs and network diagrams.', ['system']],
]);

table('data: advice not to hand data over', [
  ['The clinic warned patients to stay on alert and not to share PINs or passwords over the phone.', []],
  ['Patients were told never to disclose card numbers to callers claiming to be from the clinic.', []],
  ['Patients should remain on high alert for texts asking for bank details.', []],
  // counterexample: the same words beside a loss
  ['The clinic warned patients that their passwords were stolen and not to reuse them.', ['credentials']],
]);

table('data: an open question is no loss yet', [
  ['The clinic is working to determine what, if any, information was accessed.', [], 'an open question before the data: its row changed no value on our 1,099 real articles and was removed (issue 11)'],
  ['It remains unclear whether any card numbers were taken.', []],
  ['The clinic will write to patients if it finds that their addresses were copied.', []],
  // counterexamples: the question is settled, or the loss stands beside it; or a step's purpose ("to establish whether"),
  // which the academic annotation reads as data named (session 12 keeps it)
  ['The clinic determined that patient records were viewed.', ['medical']],
  ['Investigators are trying to establish whether patient records were viewed.', ['medical']],
  ['Addresses were copied, and the clinic is checking whether the thieves used them.', ['contact']],
]);

table('data: advice in gerunds', [
  ['That means keeping software patched, ensuring that passwords are long and making sure backups are offline.', []],
  // counterexample
  ['Passwords were stolen, and the clinic is ensuring that patients can reset them.', ['credentials']],
]);

// ---- whose data: the phrase a list hangs from names the owners of every listed item ----------------------

const subjects = (body: string) => dataStep(VICTIM, body).map((d) => `${d.category}/${d.subject ?? '-'}`).sort();

describe('data: the owner named by the head of a list', () => {
  it('"personal data of N staff (including …)": each listed item is the staff\'s', () => {
    expect(subjects('Thieves copied personal data of about 9,000 staff (including home addresses, tax file numbers and bank account details).'))
      .toEqual(['contact/staff', 'financial/staff', 'government-id/staff', 'personal/staff']);
  });
  it('"customer data, including …": each listed item is the customers\'', () => {
    expect(subjects('The gang says it copied 4GB of customer data, including dates of birth and card numbers.'))
      .toEqual(['payment/customers', 'personal/customers']);
  });
  it('a list after a lead-in that names whose data it is', () => {
    const items = dataStep(VICTIM, 'The stolen data of patients included:\n\n• Social Security numbers\n\n• insurance policy numbers');
    expect(items.map((d) => `${d.category}/${d.subject ?? '-'}`).sort()).toContain('government-id/patients');
  });
});

table('data: lost to the attack is destroyed, not taken', [
  ['The records office had backed up its servers the night before, so only one day of data was lost.', []],
  ['Some case files were permanently lost when the ransomware encrypted the shared drive.', []],
  // counterexamples: a lost device, or data also taken
  ['A laptop holding patient records was lost on a train.', ['medical']],
  ['The gang stole patient records, and data from one day was lost before backups were restored.', ['medical']],
]);

table('data: a spoofed sender is a disguise', [
  ['The attackers spoofed the clinic\'s email address, and files were copied.', ['unspecified']],
  ['Messages came from a forged phone number that looked like the clinic\'s.', []],
  // counterexample
  ['The attackers stole the email addresses of patients.', ['contact']],
]);

table('data: an identity card number is a state ID, not a payment card', [
  ['The stolen records held ID card numbers and phone numbers of members.', ['contact', 'government-id']],
  ['Identity card numbers of about 2,000 voters were exposed.', ['government-id']],
  // counterexample
  ['Credit card numbers of about 2,000 shoppers were exposed.', ['payment']],
]);

table('data: what a law or policy requires is no loss', [
  ['It is an offence to obtain or share personal data without the consent of its holder.', []],
  ['The clinic\'s policy requires staff to keep patient records locked away to prevent unauthorized access.', []],
  // counterexample: the duty is named beside a loss
  ['State law requires the clinic to notify residents whose Social Security numbers were exposed.', ['government-id']],
]);
