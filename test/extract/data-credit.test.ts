// Data categories (session 15 recall class): a money account's information ("financial account information",
// "savings account details") is financial data, not a way to sign in; a lender's credit check on a person
// ("failed credit checks", "credit check results") is financial too. "account information" alone stays a
// credential. Every sentence is invented.
import { categoryTable } from '../helpers/data.js';

const VICTIM = 'Tollbridge Dental';

categoryTable(VICTIM, 'data: money accounts and credit checks', [
  { text: 'The copied folders included client surnames, birthdays and financial account information.', kept: ['personal', 'financial'], absent: ['credentials'] },
  { text: 'Hackers accessed savings account details and home addresses of members.', kept: ['financial', 'contact'], absent: ['credentials'] },
  { text: 'The exposed records held full names, post codes and failed credit checks of applicants.', kept: ['personal', 'contact', 'financial'], absent: [] },
  { text: 'Credit check results of some 900 tenants were leaked on a forum.', kept: ['financial'], absent: [] },
  // counterexamples: account information alone is a sign-in; a credit check offered is no data
  { text: 'The intruders stole account information and passwords of members.', kept: ['credentials'], absent: ['financial'] },
  { text: 'Tollbridge Dental will pay for free credit checks for anyone who asks.', kept: [], absent: ['financial'] },
]);
