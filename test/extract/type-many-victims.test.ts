// A type word in a phrase of attacks on a whole class of organisations ("fears of DDoS attacks on retailers",
// "phishing campaigns against lenders") is a threat in general, not how this incident was done; when this
// victim's attack is counted among them ("the newest in a run of DDoS raids on mills") it is.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { incidentOf } from '../helpers/incident.js';

const HEAD = 'Cyberattack halts Brennick Castings plant';
const LEAD = 'Brennick Castings said a cyberattack on its servers stopped work at its plant in Loxley on Monday.';

const GENERAL: Array<[string, string]> = [
  ['ddos', 'Officials voiced growing worries about possible DDoS attacks on companies.'],
  ['ddos', 'Ministers fear denial-of-service (DoS) and botnet attacks against utilities this winter.'],
  ['phishing', 'Analysts have warned of phishing campaigns targeting small lenders.'],
  ['ddos', 'The agency tracks DDoS attacks on British retailers, a spokesman said.'],
];
const OWN: Array<[string, string]> = [
  ['ddos', 'The plant was knocked offline by DDoS attacks on its servers.'],
  ['phishing', 'Staff at the plant received phishing emails before the attack.'],
  ['ddos', 'It was the latest in a wave of DDoS attacks on manufacturers.'],
];

describe('types: attacks on a whole class of organisations are a threat in general', () => {
  for (const [type, s] of GENERAL) {
    it(`no ${type}: ${s}`, () => {
      expect(incidentOf(HEAD, LEAD, s).types).not.toContain(type);
    });
  }
  for (const [type, s] of OWN) {
    it(`${type}: ${s}`, () => {
      expect(incidentOf(HEAD, LEAD, s).types).toContain(type);
    });
  }
});
