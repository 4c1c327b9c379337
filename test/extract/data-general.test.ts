// Data categories: the general word ("data", "information", "files", "records", "a database") is data taken
// only when a verb of taking or exposure governs it (session 13 precision class: "unspecified" read from a
// bare general word elsewhere in a sentence about the attack was wrong 7 times of 8 on the tuning sets and
// 4 of 4 held out). Every sentence is invented.
import { categoryTable } from '../helpers/data.js';

const VICTIM = 'Ferncastle Mutual';

categoryTable(VICTIM, 'data: a general word no taking verb governs', [
  { text: 'Going by that information, investigators traced the hackers to a rented server.', kept: [], absent: ['unspecified'] },
  { text: 'Hackers planted malware on the database that runs the ticket machines.', kept: [], absent: ['unspecified'] },
  { text: 'The insurer called it a data extortion case, but said the intruders never reached its core systems.', kept: [], absent: ['unspecified'] },
  { text: 'Staff are still working to find out if information was removed from the branch network after the breach.', kept: [], absent: ['unspecified'] },
  { text: 'The clinic, which held the screening data of thousands of women, was hit by hackers in the spring.', kept: [], absent: ['unspecified'] },
  { text: 'Its data made the insurer a tempting mark for hackers, the report said.', kept: [], absent: ['unspecified'] },
  { text: 'The schools use the portal to handle data of pupils and teachers, and the portal was breached.', kept: [], absent: ['unspecified'] },
  { text: 'Engineers checked the impact of the intrusion on the records system over the weekend.', kept: [], absent: ['unspecified'] },
  // counterexamples: a verb of taking or exposure governs the general word
  { text: 'Hackers copied a great deal of data from the insurer\'s servers.', kept: ['unspecified'], absent: [] },
  { text: 'The gang claims to have 40 gigabytes of the insurer\'s files from the breach.', kept: ['unspecified'], absent: [] },
  { text: 'The gang said it plans to publish all the data it took next week unless it is paid.', kept: ['unspecified'], absent: [] },
  { text: 'Customer information relating to the insurer\'s branches in two regions may have been copied.', kept: ['unspecified'], absent: [] },
  { text: 'The insurer said data it kept for partners was accessed by the intruders.', kept: ['unspecified'], absent: [] },
  { text: 'The insurer said data had been "stolen and moved" to an outside server.', kept: ['unspecified'], absent: [] },
  { text: 'Customer data could be at risk after the intrusion, the insurer said.', kept: ['unspecified'], absent: [] },
  { text: 'The insurer failed to guard customer data, which the intruders later sold.', kept: ['unspecified'], absent: [] },
  { text: 'Thieves took laptops, private data and cash boxes from the branch.', kept: ['unspecified'], absent: [] },
  { text: 'The gang listed the staff\'s passwords, old customer data and payroll sheets on its site after the breach.', kept: ['credentials', 'unspecified'], absent: [] },
  { text: 'The intruders were in possession of sensitive information from the claims office.', kept: ['unspecified'], absent: [] },
]);

categoryTable(VICTIM, 'data: a general word only a third party reports taken', [
  { text: 'According to a local newspaper, the hackers took data from the insurer.', kept: [], absent: ['unspecified'] },
  { text: 'The data was stolen, the newspaper reported, citing people familiar with the matter.', kept: [], absent: ['unspecified'] },
  { text: 'Local media reported that client data was leaked after the attack.', kept: [], absent: ['unspecified'] },
  // counterexamples: the victim says it, or the report names the kind of data
  { text: 'The insurer said the hackers took data from its servers.', kept: ['unspecified'], absent: [] },
  { text: 'According to a local newspaper, the hackers took names and addresses from the insurer.', kept: ['personal', 'contact'], absent: [] },
]);
