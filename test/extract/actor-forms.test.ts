// Actors, session 17: the common forms English news uses to name the attacker, and look-alikes that name none.
// Every sentence and name is invented (groups Kraken77, Kraken Brigade, Mirewolf, Saltmoth, Dune Cobra, Ember Jackdaw,
// Glass Orchid, Redsail, Zer0Sail, MothNet77, Kestrel057(21), BL4CKTIDE, Bramblecat, Hollow Raven, Lantern Syndicate,
// RotFen, Tidebreak, Fenmoth, Quillfeather; handles sh4dowfen, greyling_0, Greywire; people Marek Dolan, Irene Falk, Oskar Brandt,
// Victor Anghel, Pavel Orlin, Jamie Lorne; the victim Northgate Logistics; firms Kestrel Labs, Quorra Security).
// The known families (Ryuk, Conti, LockBit, Akira, Medusa) are general knowledge.
// Each row is one paragraph under a plain headline; a positive asserts exactly the actors named (case aside, any one
// spelling of a "/"-joined name), a negative that no actor is found. Rows the extractor does not read carry
// `open: '<why>'` and run as expected failures.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractActors } from '../../src/extract/actors.js';
import { extractSources } from '../../src/extract/sources.js';
import { IncidentScope } from '../../src/extract/scope.js';
import { Explain } from '../../src/rules.js';
import { victim } from '../helpers/context.js';
import { extract } from '../../src/index.js';

function actorsOf(body: string, company = 'Northgate Logistics') {
  const doc = readDocument(`Freight operator reports cyberattack\n\n${body}\n`, { format: 'txt', published: '2024-05-10' });
  const base = { published: '2024-05-10', warnings: [], explain: new Explain(true), company: victim(company, []) };
  const scope = IncidentScope.none();
  return extractActors(doc, { ...base, scope, sources: extractSources(doc, { ...base, scope }) });
}

interface Row { text: string; want: string[]; company?: string; open?: string }

const POSITIVE: Row[] = [
  // an attacker noun, then in/of/from/with + "the X group/gang/crew/collective"
  { text: 'Northgate Logistics was targeted by activists in the Kraken77 group, the agency said.', want: ['Kraken77'], open: 'people of a group ("activists in the X group"): rule member-of-group, kept on branch h/actors17-open, changed no value on 894 tuning articles (its one reading, in U, name-group already made)' },
  { text: 'Northgate Logistics was targeted by members of the Kraken Brigade group, police said.', want: ['Kraken Brigade'], open: 'people of a group ("activists in the X group"): rule member-of-group, kept on branch h/actors17-open, changed no value on 894 tuning articles (its one reading, in U, name-group already made)' },
  { text: 'Hackers from the Mirewolf collective said they had copied the payroll files.', want: ['Mirewolf'] },
  { text: 'Two members of the Dune Cobra gang were arrested in Spain after the attack.', want: ['Dune Cobra'] },
  { text: 'Operators affiliated with the Saltmoth crew deployed the encryptor on Sunday.', want: ['Saltmoth'] },
  { text: 'A hacker from the group Ember Jackdaw posted screenshots of the database.', want: ['Ember Jackdaw'], open: 'people of a group ("activists in the X group"): rule member-of-group, kept on branch h/actors17-open, changed no value on 894 tuning articles (its one reading, in U, name-group already made)' },
  { text: 'The breach was the work of attackers belonging to the Glass Orchid group.', want: ['Glass Orchid'] },
  { text: 'Activists of the Redsail collective defaced the website of Northgate Logistics.', want: ['Redsail'], open: 'activists as the subject (not the agent after "by"): no rule; "activists of the X group said" is as often a campaign group' },
  { text: 'Hackers associated with the Glass Orchid group stole the shipping records.', want: ['Glass Orchid'] },
  { text: 'The attack was carried out by hackers from the Mirewolf group, investigators said.', want: ['Mirewolf'] },
  // a name + hackers/hacktivists/operators/attackers as the subject of an attack verb
  { text: 'Kraken Brigade hackers attacked Northgate Logistics on Monday.', want: ['Kraken Brigade'], open: '"X hackers attacked": rule name-hackers-acted, kept on branch h/actors17-open, changed no value on 894 tuning articles (its one reading was a comparison)' },
  { text: 'Mirewolf hacktivists knocked the Northgate Logistics website offline.', want: ['Mirewolf'], open: 'a single capitalised word opening a sentence is no sign of a name ("Teenage hackers attacked"), and "X hackers attacked" has no landed rule (branch h/actors17-open)' },
  { text: 'Saltmoth operators encrypted servers at Northgate Logistics over the weekend.', want: ['Saltmoth'], open: 'a single capitalised word opening a sentence is no sign of a name ("Teenage hackers attacked"), and "X hackers attacked" has no landed rule (branch h/actors17-open)' },
  { text: 'Dune Cobra attackers stole 40 GB of data from the freight operator.', want: ['Dune Cobra'], open: '"X hackers attacked": rule name-hackers-acted, kept on branch h/actors17-open, changed no value on 894 tuning articles (its one reading was a comparison)' },
  { text: 'Hackers linked to Glass Orchid breached the email system of Northgate Logistics.', want: ['Glass Orchid'] },
  // digits, parentheses, odd casing
  { text: 'The attack was claimed by Zer0Sail, a group first seen in March.', want: ['Zer0Sail'] },
  { text: 'The pro-Russian group MothNet77 said it had knocked the site offline.', want: ['MothNet77'], open: '"pro-X group" as a threat noun: kept on branch h/actors17-open, no tuning article has the form' },
  { text: 'Hacktivist group Kestrel057(21) claimed the outage on Telegram.', want: ['Kestrel057(21)'] },
  { text: 'The ransomware gang known as BL4CKTIDE published samples of the files.', want: ['BL4CKTIDE'] },
  { text: 'The hacker known as sh4dowfen offered the records for sale.', want: ['sh4dowfen'] },
  { text: 'The hacker known as Greywire said he had accessed the database.', want: ['Greywire'] },
  { text: 'A cybercriminal known as "Fenmoth" claimed to have stolen the data.', want: ['Fenmoth'] },
  { text: 'The breach was claimed by a threat actor using the handle greyling_0.', want: ['greyling_0'] },
  // self-naming
  { text: 'A group that calls itself the Lantern Syndicate said it stole the records.', want: ['Lantern Syndicate'] },
  { text: 'A group that calls itself RotFen claimed responsibility for the outage.', want: ['RotFen'] },
  { text: 'The group, which calls itself Lantern Syndicate, demanded 50 bitcoin.', want: ['Lantern Syndicate'] },
  { text: 'Members of a hacking crew calling themselves Tidebreak said they were behind it.', want: ['Tidebreak'] },
  // claims, credit and leak sites
  { text: 'The attack was claimed by Bramblecat on its leak site.', want: ['Bramblecat'] },
  { text: 'Bramblecat took credit for the attack in a post on its website.', want: ['Bramblecat'] },
  { text: 'Ransomware group Bramblecat took credit for the intrusion.', want: ['Bramblecat'] },
  { text: 'Bramblecat’s leak site listed Northgate Logistics on Tuesday.', want: ['Bramblecat'], open: 'a leak site’s owner: row removed (issue 11): it changed no value on our real articles' },
  { text: 'Northgate Logistics appeared on Bramblecat’s dark web leak site on Friday.', want: ['Bramblecat'], open: 'a leak site’s owner: row removed (issue 11): it changed no value on our real articles' },
  // an appositive that calls the name a band of attackers, also in a sentence about a trend across many incidents
  { text: 'The firm said the intrusion matched Quillfeather, a loose network of young hackers, the paper reported.', want: ['Quillfeather'] },
  { text: 'The method fits Quillfeather, a loosely knit collective of teenage hackers tied to a wave of cyberattacks on insurers this spring.', want: ['Quillfeather'] },
  // pro-X groups
  { text: 'The pro-Russian group Hollow Raven claimed the DDoS attack on the port.', want: ['Hollow Raven'] },
  { text: 'Pro-Russian hacktivist group Hollow Raven claimed the outage.', want: ['Hollow Raven'] },
  { text: 'The hacktivist collective known as Hollow Raven claimed the outage.', want: ['Hollow Raven'] },
  // named individuals
  { text: 'Police arrested Marek Dolan in connection with the breach.', want: ['Marek Dolan'] },
  { text: 'Irene Falk, 31, was extradited from Spain to face hacking charges.', want: ['Irene Falk'] },
  { text: 'Oskar Brandt was extradited to the United States over the attack.', want: ['Oskar Brandt'] },
  { text: 'A Romanian national, Victor Anghel, pleaded guilty to running the scheme.', want: ['Victor Anghel'] },
  { text: 'The Justice Department charged Pavel Orlin, the alleged administrator of the gang.', want: ['Pavel Orlin'] },
  { text: 'Teen hacker Jamie Lorne was sentenced to three years for the breach.', want: ['Jamie Lorne'] },
  // a known family named as the tool of a ransomware attack
  { text: 'A strike by the file-locking virus RYUK, a type of ransomware, froze the depot, the operator said.', want: ['Ryuk'] },
  { text: 'Depot files were scrambled by Conti, a form of ransomware, on Sunday night.', want: ['Conti'] },
  { text: 'Northgate Logistics was hit by the Ryuk crypto-virus.', want: ['Ryuk'] },
  { text: 'The servers of Northgate Logistics were encrypted by the Conti malware.', want: ['Conti'] },
  { text: 'Investigators found the LockBit encryptor on the depot servers.', want: ['LockBit'] },
  { text: 'The depot was hit by a variant of the Akira ransomware.', want: ['Akira'] },
  { text: 'The depot was infected with the ransomware Ryuk on Sunday.', want: ['Ryuk'] },
  { text: 'Hackers used the Medusa ransomware to lock the files of Northgate Logistics.', want: ['Medusa'] },
  { text: 'At dawn the malware launched a destructive virus known as RYUK on the depot servers.', want: ['Ryuk'] },
  { text: 'The files of Northgate Logistics were locked by the Conti encryptor, a kind of ransomware.', want: ['Conti'] },
  // well-known families added to the lexicon (general knowledge)
  { text: 'The SamSam hackers demanded six bitcoin to unlock the files of Northgate Logistics.', want: ['SamSam'] },
  { text: 'A new GandCrab variant encrypted the files of Northgate Logistics.', want: ['GandCrab'] },
];

const NEGATIVE: Row[] = [
  // researchers, security firms, outlets, regulators
  { text: 'Researchers at the Kestrel Labs group said the attack began in May.', want: [] },
  { text: 'Security firm Quorra Security said the hackers used stolen passwords.', want: [] },
  { text: 'Analysts from the Tessel Research group tracked the intrusion for months.', want: [] },
  { text: 'Ethical hackers from the Bluewater group reported the flaw to the firm before the breach.', want: [], open: 'name-group reads "the X group" in a hacking sentence; the guard (people who study or report, "group of", the victim cut short) is on branch h/actors17-open: no tuning article needs it' },
  { text: 'White-hat hackers in the Sentry Owls group disclosed the bug after the attack.', want: [], open: 'name-group reads "the X group" in a hacking sentence; the guard (people who study or report, "group of", the victim cut short) is on branch h/actors17-open: no tuning article needs it' },
  { text: 'The Harbor Post reported that hackers had stolen the data.', want: [] },
  { text: 'Reporters from the Meridian Wire group contacted the hackers behind the breach.', want: [], open: 'name-group reads "the X group" in a hacking sentence; the guard (people who study or report, "group of", the victim cut short) is on branch h/actors17-open: no tuning article needs it' },
  { text: 'The Data Protection Commission said it was looking into the breach.', want: [] },
  { text: 'A spokesperson for the Ridgeway Health group said patient data from the breach was safe.', want: [] },
  // the insurance market and other trade groups
  { text: 'The Lloyd’s group of insurers said claims after cyberattacks rose last year.', want: [], open: 'name-group reads "the X group" in a hacking sentence; the guard (people who study or report, "group of", the victim cut short) is on branch h/actors17-open: no tuning article needs it' },
  { text: 'Members of the Freight Carriers group said the attack showed the sector was exposed.', want: [] },
  // the victim's own group of companies, a victim named "X Group"
  { text: 'The Northgate group, which owns the depots, said the attack was contained.', want: [], open: 'name-group reads "the X group" in a hacking sentence; the guard (people who study or report, "group of", the victim cut short) is on branch h/actors17-open: no tuning article needs it' },
  { text: 'Members of the Northgate Logistics group of companies were told to reset passwords after the breach.', want: [] },
  { text: 'Ashford Group said hackers had stolen staff data from its servers.', company: 'Ashford Group', want: [] },
  { text: 'The ransomware encrypted files, the Ashford Group said in a statement.', company: 'Ashford Group', want: [] },
  // products and tools
  { text: 'The attackers bypassed the Kestrel Shield software that protects the network.', want: [] },
  { text: 'The attackers exploited a flaw in the Ivory Gate VPN to reach the servers.', want: [] },
  { text: 'The Quorra Shield product blocked part of the ransomware attack.', want: [] },
  // a band of people who are not attackers
  { text: 'The firm hired Quillfeather, a small team of former police investigators, after the breach.', want: [] },
  // past background only
  { text: 'In 2021 the Mirewolf group attacked another freight firm.', want: [] },
  { text: 'In 2021 Quillfeather, a loose network of young hackers, attacked another freight firm.', want: [] },
  // generic and unnamed attackers, nationalities
  { text: 'Hackers attacked Northgate Logistics on Monday.', want: [] },
  { text: 'Unknown attackers from abroad encrypted the servers.', want: [] },
  { text: 'Russian hackers attacked Northgate Logistics on Monday.', want: [] },
  { text: 'Teenage hackers attacked the website of Northgate Logistics last week.', want: [] },
  { text: 'Members of the public were warned about phishing emails after the breach.', want: [] },
  // officials and people who are not suspects
  { text: 'Members of the House Homeland Security Committee asked for a briefing on the breach.', want: [] },
  { text: 'Police said Mara Vellin, the firm’s lawyer, had been told of the breach.', want: [] },
  { text: 'Detective Inspector Tom Wace said the suspects had been arrested.', want: [] },
  { text: 'Judge Irene Falk sentenced the hacker to four years.', want: [] },
  // researchers' hackers, and a firm's own staff
  { text: 'Kestrel Labs hackers found the flaw during a test last year.', want: [] },
  { text: 'Quorra Security researchers attacked the problem with a new decryptor.', want: [] },
  // a family named as a tool nobody deployed here
  { text: 'A free decryptor for the Ryuk strain was released by researchers in 2020.', want: [] },
];

function check(row: Row): void {
  const got = actorsOf(row.text, row.company).map((a) => a.name);
  const spellings = got.map((n) => n.toLowerCase().split('/'));
  expect(got.length, JSON.stringify(got)).toBe(row.want.length);
  for (const w of row.want) expect(spellings.some((s) => s.includes(w.toLowerCase())), `${w} among ${JSON.stringify(got)}`).toBe(true);
}

describe('actor forms: attackers named', () => {
  for (const row of POSITIVE) {
    if (row.open) it.fails(`[open: ${row.open}] ${row.text}`, () => check(row));
    else it(row.text, () => check(row));
  }
});

describe('actor forms: no attacker', () => {
  for (const row of NEGATIVE) {
    if (row.open) it.fails(`[open: ${row.open}] ${row.text}`, () => check(row));
    else it(row.text, () => check(row));
  }
});

// the whole pipeline, where the scope reads "a wave of cyberattacks" as a trend across many incidents: a trend recalls
// no other incident, so the actor named in it is kept (as a recalled incident's actor is not)
describe('actor forms: a trend sentence is no recalled incident', () => {
  const lead = 'Northgate Logistics said hackers stole customer files. The firm called in experts. Police were told. Staff were warned. Systems were restored. Customers were emailed.';
  const names = (last: string) => extract(`Freight operator reports cyberattack\n\n${lead} ${last}\n`, { format: 'txt', published: '2024-05-10' }).actors.map((a) => a.name);
  it('kept in a trend sentence', () => {
    expect(names('The method fits Quillfeather, a loosely knit collective of teenage hackers tied to a wave of cyberattacks on insurers this spring.')).toEqual(['Quillfeather']);
  });
  it('set aside in a recalled incident', () => {
    expect(names('In 2021 Quillfeather, a loose network of young hackers, attacked another freight firm.')).toEqual([]);
  });
});
