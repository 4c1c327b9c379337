// Data categories (session 14 precision class): a bare name, ID or certificate word after a noun that names
// a thing ("barge names", "parcel IDs", "loan certificates") labels that thing; it is no person's data.
// People words, kinds of names and IDs, adjectives, participles and determiners before the word leave it
// data ("patient names", "full names", "national IDs", "stolen IDs", "their names"). Every sentence is invented.
import { categoryTable } from '../helpers/data.js';

const VICTIM = 'Tollgate Freightways';

categoryTable(VICTIM, 'data: the label of a thing', [
  { text: 'Hackers stole a shipping ledger with parcel IDs and barge names from the carrier.', kept: [], absent: ['personal', 'government-id'] },
  { text: 'The leaked spreadsheet held the pallet IDs and depot names, the carrier said.', kept: [], absent: ['personal', 'government-id'] },
  { text: 'Intruders copied pallet certificates and the bond records from the yard server.', kept: [], absent: ['credentials'] },
  { text: 'The exposed files showed crate names, route maps and customer phone numbers.', kept: ['contact'], absent: ['personal'] },
  { text: 'The leaked tables listed SKU IDs and crane names for every depot.', kept: [], absent: ['government-id', 'personal'] },
  // counterexamples: a person's name or ID, by a people word, a kind of name or ID, or a determiner
  { text: 'Hackers stole the patient names and home addresses kept by the carrier.', kept: ['personal', 'contact'], absent: [] },
  { text: 'The leaked spreadsheet held full names and national IDs of drivers.', kept: ['personal', 'government-id'], absent: [] },
  { text: 'Intruders copied the drivers\u2019 names and their IDs from the yard server.', kept: ['personal', 'government-id'], absent: [] },
  { text: 'Hackers stole names, email addresses and passwords from the carrier.', kept: ['personal', 'contact', 'credentials'], absent: [] },
  { text: 'The intruders took stolen IDs and scanned names from the depot office.', kept: ['government-id', 'personal'], absent: [] },
  { text: 'Hackers stole the signing certificates of the carrier\u2019s web portal.', kept: ['credentials'], absent: [] },
  { text: 'Card numbers and CVV codes of customers were stolen from the carrier\u2019s shop.', kept: ['payment'], absent: ['source-code'] },
]);

categoryTable(VICTIM, 'data: a name or ID after a verb is no label', [
  { text: 'The intruders broke in and stole names and home addresses of drivers.', kept: ['personal', 'contact'], absent: [] },
  { text: 'The gang got into the depot server and sold IDs and names of staff online.', kept: ['personal'], absent: [] },
  { text: 'The leaked ledger lists names and phone numbers of every driver.', kept: ['personal', 'contact'], absent: [] },
]);

categoryTable(VICTIM, 'data: a label in a list after a comma', [
  { text: 'The exposed server held emails, barge names and parcel IDs of the carrier.', kept: ['contact'], absent: ['personal', 'government-id'] },
  { text: 'The exposed server held emails, full names and national IDs of drivers.', kept: ['contact', 'personal', 'government-id'], absent: [] },
]);

// Recall class (session 14): an organisation's own information named by an adjective, alone or coordinated with
// people's data ("financial, corporate and personal information", "administrative records").
categoryTable(VICTIM, 'data: an organisation\u2019s information by its adjective', [
  { text: 'The crew says it copied 14 GB of personal, corporate, and financial information from the carrier.', kept: ['financial', 'internal', 'personal'], absent: [] },
  { text: 'Hackers stole business and customer data from the carrier\u2019s depot server.', kept: ['internal'], absent: [] },
  { text: 'The intruders copied administrative records and driver names from the yard office.', kept: ['internal', 'personal'], absent: [] },
  { text: 'Hackers stole company and staff data from the carrier.', kept: ['internal'], absent: [] },
  // counterexamples: the adjective names no information taken
  { text: 'The carrier said its business and customer services stayed open after the hackers stole names.', kept: ['personal'], absent: ['internal'] },
  { text: 'The administrative office was closed after intruders took the drivers\u2019 names.', kept: ['personal'], absent: ['internal'] },
]);
