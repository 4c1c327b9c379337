// Data categories (session 16): in a sentence about crypto money, "tokens" are the coins, a bare or wallet
// "address" is where coins went, "private keys" open the drained wallet and "names" label wallets; none of
// them is people's data (gold for crypto heists lists no data). People's data named beside them still counts.
// And "private information" of people is their personal information. Every sentence is invented.
import { categoryTable } from '../helpers/data.js';

const EXCHANGE = 'Coinvale';

categoryTable(EXCHANGE, 'data: crypto money is not people\'s data', [
  { text: 'Thieves took tokens worth nine million dollars from a hot wallet of the exchange.', kept: [], absent: ['credentials'] },
  { text: 'The stolen coins were moved from the exchange wallet to a fresh address within minutes.', kept: [], absent: ['contact'] },
  { text: 'Investigators said the intruders obtained the private keys of two hot wallets and drained them.', kept: [], absent: ['credentials'] },
  { text: 'The thief later sent the stolen ether to several new wallet addresses, a tracing firm said.', kept: [], absent: ['contact'] },
  { text: 'Leaked private keys let the attackers withdraw bitcoin from the platform\u2019s cold wallets.', kept: [], absent: ['credentials'] },
  { text: 'The drained wallets were given odd names after the theft, and the tokens were swapped for stablecoins.', kept: [], absent: ['personal', 'credentials'] },
  // counterexamples: people's data in a crypto story, and keys or tokens with no crypto money in the sentence
  { text: 'Hackers copied the names, email addresses and phone numbers of the exchange\u2019s wallet users.', kept: ['personal', 'contact'], absent: [] },
  { text: 'The intruders stole users\u2019 email addresses and hashed passwords, but no coins were taken from wallets.', kept: ['contact', 'credentials'], absent: [] },
  { text: 'The attackers stole session tokens and home addresses of the exchange\u2019s customers.', kept: ['credentials', 'contact'], absent: [] },
  { text: 'The gang copied private keys and code-signing certificates from the developer\u2019s build server.', kept: ['credentials'], absent: [] },
]);

categoryTable('Harrowgate Savings', 'data: private information of people is personal', [
  { text: 'The leak exposed detailed private information on staff and the customer emails of shoppers.', kept: ['personal'], absent: [] },
  { text: 'Hackers stole the private data of about 40,000 members of the society.', kept: ['personal'], absent: ['unspecified'] },
  { text: 'The members\u2019 private information was copied from an old server.', kept: ['personal'], absent: [] },
  // counterexamples: private information with no people as owners stays general
  { text: 'Hackers stole private information held on the society\u2019s servers.', kept: ['unspecified'], absent: ['personal'] },
  { text: 'The intruders copied private data from the lender\u2019s planning folders.', kept: [], absent: ['personal'] },
]);
