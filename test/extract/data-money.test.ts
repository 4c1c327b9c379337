// Data categories (session 14 precision class): money and its movements named bare ("bank accounts",
// "transactions", "purchases", "balances", "finances") are not data about them: an account drained, a
// purchase made, a company's finances. They are data only as one item of a list of data. Every sentence is invented.
import { categoryTable } from '../helpers/data.js';

const VICTIM = 'Harrowgate Savings';

categoryTable(VICTIM, 'data: money itself, named bare', [
  { text: 'Fraudsters drained the bank accounts of dozens of Harrowgate Savings members after the breach.', kept: [], absent: ['financial'] },
  { text: 'Hackers accessed customers\u2019 bank accounts and moved funds to outside wallets.', kept: [], absent: ['financial'] },
  { text: 'The intruders made fraudulent purchases with the stolen card numbers.', kept: ['payment'], absent: ['financial'] },
  { text: 'The leaked memos described the lender\u2019s finances and its plans for next year.', kept: ['internal'], absent: ['financial'] },
  { text: 'Some transactions were exposed to delays after the hackers hit the payment system, the lender said.', kept: [], absent: ['financial'] },
  // counterexamples: data about the money, or money words in a list of data
  { text: 'Hackers stole the names, email addresses and bank accounts of several members.', kept: ['personal', 'contact', 'financial'], absent: [] },
  { text: 'The intruders copied bank account numbers and sort codes from the lender.', kept: ['financial'], absent: [] },
  { text: 'Transaction histories and account balances of members were exposed.', kept: ['financial'], absent: [] },
  { text: 'The stolen files held names, addresses and purchases of every member.', kept: ['personal', 'contact', 'financial'], absent: [] },
]);
