// Data categories (session 15 recall class): a list after "include" ("the stolen files include names", "may
// include", "could include") names data taken or possibly taken, as "included" and "includes" already do; "can
// include" (what a product can hold) and "which include" (a system's parts) do not. And "personal
// files" or "personal documents" of people are their personal data. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { categoryTable, dataOf } from '../helpers/data.js';

const VICTIM = 'Marrowfield Clinic';

categoryTable(VICTIM, 'data: a list after a hedged "include"', [
  { text: 'What each inbox held differs from client to client, but may include surname, birthday and passport number.', kept: ['personal', 'government-id'], absent: [] },
  { text: 'Files on the server could include home addresses and medical record numbers of patients.', kept: ['contact', 'medical'], absent: [] },
  { text: 'The copied records might also include payment card information of some visitors.', kept: ['payment'], absent: [] },
  { text: 'The stolen files include client names and passport numbers, the clinic said.', kept: ['personal', 'government-id'], absent: [] },
  // counterexamples: "include" of something that is not a data loss, what a product can hold, a system's parts, or denied
  { text: 'A phone scanner of that kind can include text messages and call logs in its reports.', kept: [], absent: ['personal'] },
  { text: 'The kiosks, which include readers for debit card payments, run on old software.', kept: [], absent: ['payment'] },
  { text: 'Services at Marrowfield Clinic include dental checks and eye tests.', kept: [], absent: ['medical'] },
  { text: 'The stolen files did not include passport numbers, the clinic said.', kept: [], absent: ['government-id'] },
  { text: 'Plans for next year may include new clinics and a larger staff.', kept: [], absent: ['personal'] },
]);

categoryTable(VICTIM, 'data: personal files and documents of people', [
  { text: 'The gang says it stole personal files of nurses and some clinic contracts.', kept: ['personal'], absent: [] },
  { text: 'The open bucket exposed doctors\u2019 personal documents and staff rosters.', kept: ['personal'], absent: [] },
  // counterexample: a personal file kept safe is no loss
  { text: 'Nurses keep personal files in a locked cabinet at Marrowfield Clinic.', kept: [], absent: ['personal'] },
]);

describe('data: a hedged "include" gives a possible status', () => {
  it('reads "may include" as possible', () => {
    const found = dataOf(VICTIM, 'The information in the mailbox may include name and passport number of patients.');
    expect(found.find((d) => d.category === 'government-id')?.status).toBe('possible');
  });
});

categoryTable(VICTIM, 'data: "<kind>-related" information names its kind', [
  { text: 'The leaked files contain employee-related information from one clinic.', kept: ['personal'], absent: [] },
  { text: 'Intruders copied the health-related details of clinic visitors.', kept: ['medical'], absent: [] },
  { text: 'The exposed database held banking-related information of members.', kept: ['financial'], absent: [] },
  { text: 'The crew copied business-related records and posted them online.', kept: ['internal'], absent: [] },
  // counterexample: a "-related" word that names no kind of data
  { text: 'The clinic said the outage was weather-related and no data was taken.', kept: [], absent: ['personal', 'medical'] },
]);

// "without authorization" says how the data was reached, not that it was not: it denies nothing.
categoryTable(VICTIM, 'data: "without authorization" is no denial', [
  { text: 'The folders opened without authorization include full names, street addresses and lab results.', kept: ['personal', 'contact', 'medical'], absent: [] },
  { text: 'A nurse opened patient files without permission, exposing diagnoses and dates of birth.', kept: ['medical', 'personal'], absent: [] },
  // counterexample: a real denial beside it still denies
  { text: 'The files were opened without authorization, but no card numbers were taken.', kept: [], absent: ['payment'] },
]);
