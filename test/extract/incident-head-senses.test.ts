// Three readings of the incident step, each with near misses. Every sentence here is invented.
// 1. "law" in a headline is a rule or statute, but "law firm", "law office", "law school" are not laws ("law
//    enforcement" is left to the rule: police news, a takedown or an arrest, is mostly no incident).
// 2. Those who attacked a victim demanding a ransom of it tell an event ("the gang demanded the insurer pay a
//    ransom"); a habit ("gangs often demand ransoms") or a demand for answers does not.
// 3. A standfirst that says attacks keep coming does not make a trend piece of a headline telling one attack
//    on one victim ("ransomware attack on a firm").
import { describe, expect, it } from 'vitest';
import { incidentOf } from '../helpers/incident.js';

const run = incidentOf;

const INCIDENTS: Array<[string, ...string[]]> = [
  ['Law firm hackers threaten to publish client files',
    'Hackers demanded that Pellham & Voss pay a $3 million ransom to keep client papers private.',
    'Pellham & Voss, a law firm in Leeds, said it would not pay.'],
  ['Law Firm Hit: Gang Wants $8 Million',
    'The gang demanded $8 million from Ardley Kent Solicitors last week.',
    'Ardley Kent Solicitors said its lawyers were working from paper files.'],
  ['Sheriff says hackers demanded ransom',
    'Intruders demanded a ransom of 40 bitcoin from the Corven County sheriff\'s office on Monday.',
    'The Corven County sheriff\'s office said dispatch still worked.'],
  ['Insurer refuses extortion demand',
    'Criminals who took files from Marlow Mutual demanded the insurer hand over a ransom in bitcoin.',
    'Marlow Mutual said it had told the police.'],
  ['County cautions of suspected ransomware attack on printing firm that mails tax notices',
    'Ransomware continues to hit local companies, sometimes by way of the vendors they rely on.',
    'Orrin Print Ltd said on Friday that a ransomware attack had encrypted its billing servers.',
    'Orrin Print Ltd prints bills for several utilities.'],
  ['Hackers hit a logistics firm, more attacks on the rise',
    'Attacks on carriers are on the rise, and on Monday hackers hit Tarrow Freight.',
    'Tarrow Freight said its depots were shut after the attack.'],
];

const NOT_INCIDENTS: Array<[string, ...string[]]> = [
  ['New law requires breach reports within three days',
    'The law requires firms such as Ardley Kent Solicitors to report a data breach within three days.',
    'Lawyers said firms would need new staff.'],
  ['Ransomware gangs often demand huge ransoms, insurers say',
    'Criminal gangs often demand ransoms in bitcoin, an insurer of small firms said in a report.',
    'Gangs typically demand more from larger firms.'],
  ['Clinics increasingly hit by ransomware',
    'Ransomware continues to strike small clinics across the region, an insurer of doctors said.',
    'Clinics lose days restoring files, the insurer said.'],
  ['Residents demanded answers after council meeting',
    'Residents demanded answers from Corven Council on Monday about the new bus routes.',
    'The council said it would publish the plans.'],
];

describe('law firm, demanded ransom, one attack under a trend standfirst', () => {
  for (const article of INCIDENTS) {
    it(`is an incident: ${article[0]}`, () => expect(run(...article).isIncident).toBe(true));
  }
  for (const article of NOT_INCIDENTS) {
    it(`is not: ${article[0]}`, () => expect(run(...article).isIncident).toBe(false));
  }
});
