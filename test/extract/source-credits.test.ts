// Sources: credit habits of news copy on fresh text (issue 11), each row asserting the exact set of sources
// and their kinds. Invented sentences with invented names: the victim Fernhill Bank, the outlets Daily Ledger,
// Kestrel Courier, Harbour Radio, Coastline Post, Harbour Wire, Portside Herald, Quayside Bulletin, Harbour Times,
// La Gazzetta Nova and HKT. Habits: "as per X"; "X has learned"; "X reported, citing Y"; "X cited …"; "X told Y"
// (both speak: the one who told and the outlet that relays it); "confirmed to", "in comments to", "in an interview
// with"; a wire's dateline (the wire wrote the story, the bank said it); a title's short form before a name
// ("Rep.", "Det. Sgt.", "Atty. Gen.", also inside a run: "U.S. Rep.", "Police Supt.": never the name); the victim's officials named by a common noun ("Company
// officials", "the bank's officials"); an outlet's descriptor after an inverted name ("reports X newspaper"); an
// outlet's own reporting in a relative clause ("…, which first reported"); an authority named by capitalised common
// words ("the Federal Police"), and what it did ("executed a search warrant"); a government named by its place, a
// ministry by its portfolio; an outlet after a demonym and "media"; a notification owned by name; a site named by
// its lower-case address.
// Negatives: image credits, "Read more" links, organisations only mentioned, openers, customers who were told or
// spoke, "as per" a rule, a person who learned something, a reference after another organisation's name.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractSources } from '../../src/extract/sources.js';
import { findScope } from '../../src/extract/scope.js';
import type { Context } from '../../src/extract/types.js';
import type { SourceKind } from '../../src/record.js';
import { Explain } from '../../src/rules.js';
import { victim } from '../helpers/context.js';

const VICTIM = 'Fernhill Bank';

function sourcesOf(body: string): string[] {
  const doc = readDocument(`Lender hit by cyberattack\n\n${body}\n`, { format: 'txt' });
  const company = victim(VICTIM);
  const ctx: Context = { published: '2024-03-04', warnings: [], explain: new Explain(true), company };
  return extractSources(doc, { ...ctx, company, scope: findScope(doc, company, '2024-03-04') }).map((s) => `${s.name}/${s.kind}`).sort();
}

type Want = Array<[string, SourceKind]>;
const B: [string, SourceKind] = [VICTIM, 'victim-statement'];
const outlet = (name: string): [string, SourceKind] => [name, 'news-outlet'];
const person = (name: string): [string, SourceKind] => [name, 'person'];

const POSITIVE: Array<[string, Want]> = [
  // "as per X": a credit like "according to"
  ['As per Reuters, hackers stole customer records from Fernhill Bank.', [outlet('Reuters')]],
  ['Hackers stole customer records, as per the Kestrel Courier.', [outlet('Kestrel Courier')]],
  ['As per a report by The Kestrel Courier, the attackers demanded 40 bitcoin.', [outlet('Kestrel Courier')]],
  // an outlet's own reporting
  ['Hackers stole customer records from Fernhill Bank, The Daily Ledger has learned.', [outlet('Daily Ledger')]],
  ['The Daily Ledger has learned that hackers copied payment files from the lender.', [outlet('Daily Ledger')]],
  ['The Portside Herald cited an insider who said ransomware was to blame.', [outlet('Portside Herald')]],
  ['The vault logs were traced with the help of the Harbour Times, which first reported the findings.', [outlet('Harbour Times')]],
  ['Customer balances were untouched, reports La Gazzetta Nova newspaper.', [outlet('La Gazzetta Nova')]],
  ['The gang posted a ransom note, Japan’s public broadcaster HKT reported.', [outlet('HKT')]],
  ['Hackers stole customer records, according to the regional news website Quayside Bulletin.', [outlet('Quayside Bulletin')]],
  // "X told Y" and its kin: the one who told and the outlet
  ['Hackers stole customer records from Fernhill Bank, the bank told The Daily Ledger.', [B, outlet('Daily Ledger')]],
  ['Fernhill Bank told Harbour Radio that no card data was taken.', [B, outlet('Harbour Radio')]],
  ['A Fernhill Bank spokesperson confirmed to The Kestrel Courier that accounts were frozen.', [B, outlet('Kestrel Courier')]],
  ['In an interview with The Kestrel Courier, chief executive Mara Quell said service had been restored.', [outlet('Kestrel Courier'), person('Mara Quell')]],
  ['In comments to The Daily Ledger, a spokesperson said the bank was investigating.', [B, outlet('Daily Ledger')]],
  // "citing"
  ['The Coastline Post reported, citing Deputy Minister Aron Velt, that hackers caused the outage.', [outlet('Coastline Post'), person('Aron Velt')]],
  ['Hackers caused the outage, the Coastline Post reported, citing Deputy Minister Aron Velt.', [outlet('Coastline Post'), person('Aron Velt')]],
  ['Harbour Wire, citing local broadcaster Channel 9, said ransomware was involved.', [outlet('Harbour Wire'), outlet('Channel 9')]],
  ['Hackers stole customer records, harbourtoday.com.au reported, citing a bank spokesperson.', [['harbourtoday.com.au', 'other'], B]],
  // a wire's dateline: the wire is the author, the bank is the source
  ['LONDON (Reuters) - Hackers stole customer records from Fernhill Bank, the bank said on Tuesday.', [B]],
  // a title's short form before the name
  ['“Ports and lenders alike run on trust,” said Rep. Nanette Quarry, who represents the harbour district.', [person('Nanette Quarry')]],
  ['Officials blamed hackers, said Sen. Mark Dolan.', [person('Mark Dolan')]],
  ['Gov. Lisa Brandt said the state was helping the bank.', [person('Lisa Brandt')]],
  ['Det. Sgt. Ann Roe said the bank was hacked.', [person('Ann Roe')]],
  ['Supt. Kevin Marr said two men had been arrested.', [person('Kevin Marr')]],
  ['Insp. Dana Holt told reporters the investigation was continuing.', [person('Dana Holt')]],
  ['Cllr. Ruth Penn said the council had not been affected.', [person('Ruth Penn')]],
  ['Atty. Gen. Paul Ventor said his office had opened an inquiry.', [person('Paul Ventor')]],
  ['Prof. Alan Quist said the leak was serious.', [person('Alan Quist')]],
  ['“It is a serious lapse,” said Dr. Ilse Morrow.', [person('Ilse Morrow')]],
  ['Ms. Jane Corrin, who heads the audit team, said the files were old.', [person('Jane Corrin')]],
  ['U.S. Rep. Nanette Quarry said the bank must explain itself.', [person('Nanette Quarry')]],
  ['State Sen. Mark Dolan called for an inquiry, saying the bank had failed customers.', [person('Mark Dolan')]],
  ['Police Supt. Kevin Marr said two men had been arrested.', [person('Kevin Marr')]],
  ['Det. Insp. Tom Reyes of the Harbourton Police said two men had been arrested.', [person('Tom Reyes')]],
  // the victim's officials by a common noun
  ['Hackers hit the lender on Monday. Company officials said in a statement on Tuesday that branches would stay shut.', [B]],
  ['Bank officials said branches would stay shut.', [B]],
  ['The bank’s officials said branches would stay shut.', [B]],
  ["The bank's spokesperson said branches would stay shut.", [B]],
  ['Officials at the bank said branches would stay shut.', [B]],
  ['Company executives told staff that payroll was safe.', [B]],
  ['The bank’s chief executive, Mara Quell, said no funds were lost.', [B, person('Mara Quell')]],
  // authorities and governments named by common words
  ['The state government of Wessex has admitted its agencies banked with the lender.', [['state government of Wessex', 'other']]],
  ['A teenager was detained over the attack, the Federal Police stated late on Tuesday.', [['Federal Police', 'law-enforcement']]],
  ['The Federal Police executed a warrant on the flat above the branch and took two laptops.', [['Federal Police', 'law-enforcement']]],
  ['In March, the ministry of finance said the intrusion had been reported within a day.', [['ministry of finance', 'other']]],
  ['The Kestrel Courier, citing Portuguese media Diario Nova, said ransomware was involved.', [outlet('Kestrel Courier'), outlet('Diario Nova')]],
  ['The intrusion began on a Friday night, as mentioned in Fernhill Bank’s notification.', [B]],
];

const NEGATIVE: Array<[string, Want]> = [
  ['Image credit: Shutterstock', []],
  ['Photo: Kestrel Courier/Harbour Images', []],
  ['Read more on The Daily Ledger: banks face new rules.', []],
  ['Read more: Fernhill Bank fined over outage', []],
  ['The attack came a week after Ostrava Mutual was hit by ransomware.', []],
  ['Customers of Fernhill Bank were urged to reset their passwords.', []],
  ['Separately, the attackers demanded a ransom.', []],
  ['Meanwhile, Fernhill Bank said it had restored service.', [B]],
  ['Worried customers said they could not log in.', []],
  ['Frustrated clients told reporters the app was down.', []],
  ['Customers were told to change their passwords.', []],
  ['Jane Harlow, a customer, was told her card had been cancelled.', []],
  ['As per the bank’s policy, the cards were cancelled.', []],
  ['As per usual, the branches opened at nine.', []],
  ['Customer Jane Harlow has learned that her records were stolen.', []],
  ['Hackers stole records from the lender, investigators have learned.', []],
  ['Follow The Daily Ledger on Twitter for updates.', []],
  ['Subscribe to the Kestrel Courier newsletter.', []],
  ['A cyber-security expert told reporters the malware was common.', []],
  ['The bank’s customers said they could not log in.', []],
  ['Customers of the bank said they could not log in.', []],
  ['The bank has learned its lesson, the regulator said.', []],
  ['The researchers reported the flaw to Quillmoor Systems, the company told them it was a configuration error.', []],
  ['The files were passed to Bytewire Labs, which reported the flaw to its owner.', []],
  ['Customers sued the lender, citing the bank’s failure to encrypt their files.', []],
  ['The regulator fined the lender, citing security concerns.', []],
  ['The ministry of finance building was evacuated.', []],
  ['Bank staff detained a man who tried to enter the vault.', []],
];

const expected = (want: Want) => want.map(([n, k]) => `${n}/${k}`).sort();

describe('source credit habits on fresh text', () => {
  for (const [text, want] of POSITIVE) {
    it(`credits ${want.map((w) => w[0]).join(', ')}: "${text.slice(0, 70)}"`, () => {
      expect(sourcesOf(text)).toEqual(expected(want));
    });
  }
  for (const [text, want] of NEGATIVE) {
    it(`credits ${want.length ? want.map((w) => w[0]).join(', ') : 'no one'}: "${text.slice(0, 70)}"`, () => {
      expect(sourcesOf(text)).toEqual(expected(want));
    });
  }
});
