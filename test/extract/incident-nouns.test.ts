// An incident told only by its noun ("the Hanul Telecom hacking incident", "a $30M heist", "the leakage of
// customer data") is an event, like "a data breach". Near misses: the same nouns in a film, a forecast or a
// flaw write-up. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractCompany } from '../../src/extract/company.js';
import { extractIncident } from '../../src/extract/incident.js';
import type { Context } from '../../src/extract/types.js';
import { Explain } from '../../src/rules.js';

const run = (headline: string, ...paragraphs: string[]) => {
  const doc = readDocument([headline, ...paragraphs].join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' });
  const ctx: Context = { published: '2024-05-10', warnings: [], explain: new Explain(true) };
  ctx.company = extractCompany(doc, ctx);
  return extractIncident(doc, ctx);
};

const INCIDENTS: Array<[string, ...string[]]> = [
  ['Regulator weighs fine for Hanul Telecom',
    'The chair of the privacy regulator spoke on Tuesday about the fine Hanul Telecom may face over the Hanul Telecom hacking incident.',
    'Hanul Telecom said it was cooperating with the inquiry.'],
  ['How a $30M heist sank Brightcoin',
    'Brightcoin closed its doors in March, months after a heist drained its hot wallets.',
    'Brightcoin said it could not repay users.'],
  ['Carmaker error causes leakage of drivers\' data',
    'Orrin Motors said on Friday that a settings error caused the leakage of location data of 400,000 drivers.',
    'Orrin Motors apologised to its customers.'],
  ['Ferry operator reports hacking attack',
    'Nordhavn Line said a hacking attack on Sunday disrupted its booking site.',
    'Nordhavn Line said it had told police.'],
];

const NOT_INCIDENTS: Array<[string, ...string[]]> = [
  ['Heist film tops box office',
    'The heist comedy starring two retired safecrackers took the top spot at the weekend box office.',
    'Orrin Pictures said the film would open in Europe next month.'],
  ['Battery maker cuts leakage',
    'Kestrel Cells said its new design reduces electrolyte leakage in cold weather.',
    'Kestrel Cells expects to ship the cells next year.'],
];

describe('incident told by its noun', () => {
  for (const article of INCIDENTS) {
    it(`is an incident: ${article[0]}`, () => expect(run(...article).isIncident).toBe(true));
  }
  for (const article of NOT_INCIDENTS) {
    it(`is not: ${article[0]}`, () => expect(run(...article).isIncident).toBe(false));
  }
});
