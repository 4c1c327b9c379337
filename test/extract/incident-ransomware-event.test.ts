// A ransomware attack told as something that befell the victim is an event, even when no other event word is
// used: the victim "had been the latest victim of" it, "was affected by a self-spreading ransomware worm", or the attack
// is named with a clause that tells what it did ("a ransomware attack by an unnamed crew which had encrypted
// files"). Near misses: the same words as a risk, a habit across many victims, or a strain in a laboratory.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { incidentOf } from '../helpers/incident.js';
import { EVENT_MORE, EVENT_WORD } from '../../src/lexicon/incident.js';

const run = incidentOf;

const INCIDENTS: Array<[string, ...string[]]> = [
  ['A note from the Pellowmoor academy trust',
    'Parents heard in a letter that the academy had been the latest victim of ransomware.',
    'Teachers will set homework on paper until the laptops are back.'],
  ['Marrow Vale Council bins collected late',
    'Marrow Vale Council was affected by a self-spreading ransomware worm in February, its leader told councillors.',
    'Bin rounds ran two days behind for a fortnight.'],
  ['Regulator accepts pledge from Quenby Holdings',
    'Quenby Holdings reported a ransomware attack by an unnamed crew which had encrypted files on its servers.',
    'The regulator accepted a written pledge from Quenby Holdings.'],
];

const NOT_INCIDENTS: Array<[string, ...string[]]> = [
  ['How clinics can plan for outages',
    'A small clinic could be affected by a ransomware attack at any time, an insurer of doctors said.',
    'Backups let a clinic restore its files quickly.'],
  ['Insurers weigh the price of cover for towns',
    'Towns that were affected by ransomware in past years pay more for cover, a broker said.',
    'Brokers expect prices to level off next year.'],
  ['Lab tests a new ransomware strain',
    'In a lab, a ransomware strain that encrypted test machines spread through shared drives within an hour.',
    'The lab plans to publish its notes next month.'],
];

describe('a ransomware attack told as what befell the victim', () => {
  for (const article of INCIDENTS) {
    it(`is an incident: ${article[0]}`, () => expect(run(...article).isIncident).toBe(true));
  }
  for (const article of NOT_INCIDENTS) {
    it(`is not: ${article[0]}`, () => expect(run(...article).isIncident).toBe(false));
  }
});

// The patterns themselves, sentence by sentence.
const EVENT_SENTENCES = [
  'By then the academy had been the latest victim of ransomware.',
  'Last spring the port authority was badly affected by a ransomware outbreak.',
  'The ferry line was affected by the cyberattack for a week.',
  'An inquiry found a ransomware attack on the mill which had encrypted its backups.',
  'A ransomware infection which crippled the ward systems was found on Sunday.',
];
const NOT_EVENT_SENTENCES = [
  'Any clinic can be affected by a ransomware attack.',
  'Towns affected by ransomware pay more for cover.',
  'A ransomware strain that encrypted test machines spread quickly in the lab.',
  'Customers were affected by the price rise.',
];
const isEvent = (s: string) => EVENT_WORD.test(s) || EVENT_MORE.test(s);

describe('event patterns: victim, affected-by and what-the-attack-did frames', () => {
  for (const s of EVENT_SENTENCES) it(`reads an event: ${s}`, () => expect(isEvent(s)).toBe(true));
  for (const s of NOT_EVENT_SENTENCES) it(`reads no event: ${s}`, () => expect(isEvent(s)).toBe(false));
});
