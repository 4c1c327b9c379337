// A credit verb that shares the subject of the sentence's first verb: after "and" ("X called the move serious
// and said …") or as a participle after a comma ("X condemned the leak, saying …"). The words just before the
// credit verb name no one, so the subject is read where the sentence opens (past an opener such as
// "Speaking on Monday,"). Only verbs of speaking count ("was given the details and advised", "added two
// million members" are no statement), only a named subject counts (a common noun such as "the government"
// may not be the clause's subject), and the victim is left to its own verbs.
import { describe, expect, it } from 'vitest';
import { sameName } from '../../src/extract/sources.js';
import { HAULIER as VICTIM, creditsIn as credits, haulierSources } from '../helpers/sources.js';


const POSITIVE: [string, string][] = [
  ['Transport minister Dana Pike called the attack cowardly and said no ransom would be paid.', 'Dana Pike'],
  ['Speaking on Monday, Transport Minister Lena Ortiz called the breach serious and said the rules would be tightened.', 'Lena Ortiz'],
  ['The Data Protection Office was told of the breach on Friday and said an inquiry had begun.', 'Data Protection Office'],
  ['Health secretary Dana Pike condemned the attack in a post on Mastodon, saying the government would not pay criminals.', 'Dana Pike'],
  ['Harbour Savings Bank filed a motion last week to seal the case, saying it did not want its customers to panic.', 'Harbour Savings Bank'],
  ['Union leader Karl Brandt criticised the delay and stressed that drivers had not been told.', 'Karl Brandt'],
];
const NEGATIVE: [string, string][] = [
  // not a verb of speaking
  ['Everyone affected was given the details and advised about the risks.', 'Everyone'],
  ['Northgate Logistics opened a second depot last year and published a trove of photographs.', 'Northgate Logistics'],
  // the subject opens a clause of its own, or a preposition stands in it
  ['After Northgate Logistics lost the files, the backups were restored and said to be intact.', 'Northgate Logistics'],
  ['In a long post on Friday the depot manager wrote about the outage and said little else.', 'Friday'],
  // a common noun, not a name
  ['The government condemned the attack and said the haulier had acted quickly.', 'government'],
];
const VICTIM_OWN = 'Brightwall Freight apologised to its drivers and said payroll would be paid on time.';

describe('sources: a speaking verb that shares the subject of the first verb', () => {
  for (const [t, n] of POSITIVE) it(`credits ${n}: "${t.slice(0, 80)}"`, () => expect(credits(t, n)).toBe(true));
  for (const [t, n] of NEGATIVE) it(`does not credit ${n}: "${t.slice(0, 80)}"`, () => expect(credits(t, n)).toBe(false));
  it('leaves the victim to its own verbs', () => {
    const found = haulierSources(VICTIM_OWN).filter((s) => sameName(s.name, VICTIM));
    expect(found.every((s) => s.why?.rule !== 'sources.shared-subject')).toBe(true);
  });
});
