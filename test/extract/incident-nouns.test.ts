// An incident told only by its noun ("the Hanul Telecom hacking incident", "a $30M heist", "the leakage of
// customer data") is an event, like "a data breach". Near misses: the same nouns in a film, a forecast or a
// flaw write-up. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { incidentOf } from '../helpers/incident.js';

const run = incidentOf;

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

// A headline about a report or a trend across many victims is not one incident, even when the body names an
// organisation or a count; a victim's own report on its own breach still is.
const REPORT_OR_TREND: Array<[string, ...string[]]> = [
  ['State regulator releases phishing report, reveals theft of 40,000 accounts',
    'The state regulator said on Monday that attackers used stolen passwords against 12 unnamed companies.',
    'The report recommends multi-factor authentication.'],
  ['Watchdog publishes annual review of breach notifications',
    'The watchdog received 900 breach notifications last year, it said.',
    'Hospitals sent the most, followed by lenders.'],
  ['Data breaches rising at alarming rate, says privacy regulator',
    'It is open season for attackers in the country, says the regulator, which now receives 150 breach notifications a month.',
    'The biggest breach so far hit a credit bureau in 2022.'],
  ['Ransomware attacks doubled last year, insurers say',
    'Insurers said claims from ransomware attacks on small firms doubled in 2023.',
    'Most victims paid within a week.'],
];
const STILL_INCIDENTS: Array<[string, ...string[]]> = [
  ['Kestrel Health publishes report on its breach',
    'Kestrel Health said on Monday that an intruder accessed patient records in March, in a report on the breach.',
    'Kestrel Health has notified 20,000 patients.'],
  ['Attacks on Ravel Bank rising, bank says after breach',
    'Hackers breached Ravel Bank last week and stole customer records, the bank said.',
    'Ravel Bank said attempts on its systems had doubled since.'],
];

describe('a report or a trend in the headline', () => {
  for (const article of REPORT_OR_TREND) {
    it(`is not one incident: ${article[0]}`, () => expect(run(...article).isIncident).toBe(false));
  }
  for (const article of STILL_INCIDENTS) {
    it(`is still an incident: ${article[0]}`, () => expect(run(...article).isIncident).toBe(true));
  }
});
