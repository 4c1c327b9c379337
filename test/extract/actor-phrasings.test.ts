// Actors: a battery of phrasings that name (or only seem to name) the attacker, written from how news
// reports and indictments name threat actors. Every sentence and name is invented: the groups NoxLock,
// Gr1mWolf, KRAKENBYTE, Thornback, Ashen Veil, Zer0Tide, Velvet Maw and Silent Harbor, the handles
// d3adl0ck and VexRaven, the victim Northgate Logistics, the firms Sentrylab and Quorra Security.
// Each row is one paragraph under a plain headline. Rows the extractor does not read yet carry
// `open: '<why>'` and run as expected failures, so the pass rate is visible and a fix flips them.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractActors } from '../../src/extract/actors.js';
import { extractSources } from '../../src/extract/sources.js';
import { IncidentScope } from '../../src/extract/scope.js';
import type { ActorKind } from '../../src/record.js';
import { Explain } from '../../src/rules.js';
import { victim } from '../helpers/context.js';

function actorsOf(body: string) {
  const doc = readDocument(`Freight operator hit by cyberattack\n\n${body}\n`, { format: 'txt', published: '2024-05-10' });
  const base = {
    published: '2024-05-10', warnings: [], explain: new Explain(true),
    company: victim('Northgate Logistics', []),
  };
  const scope = IncidentScope.none();
  return extractActors(doc, { ...base, scope, sources: extractSources(doc, { ...base, scope }) });
}

interface Row { text: string; want: Array<string | [string, ActorKind]>; open?: string }

const POSITIVE: Row[] = [
  // a known gang's family named as a strain or a ransom program
  { text: 'The council was hit with the LockBit strain of ransomware on Sunday.', want: [['LockBit', 'ransomware-group']] },
  { text: 'The mayor said a Ryuk ransom program had locked the files of the town.', want: [['Ryuk', 'ransomware-group']] },
  // group names with digits, odd casing, capitals
  { text: 'A ransomware gang called NoxLock claimed the attack on Friday.', want: [['NoxLock', 'ransomware-group']] },
  { text: 'Gr1mWolf, a relatively new extortion group, listed the firm on its leak site.', want: ['Gr1mWolf'] },
  { text: 'KRAKENBYTE claimed responsibility for the intrusion in a post on Telegram.', want: ['KRAKENBYTE'] },
  { text: 'The intrusion was claimed by the KRAKENBYTE gang on Sunday.', want: ['KRAKENBYTE'] },
  { text: 'The NoxLock ransomware group said it had stolen 300 GB of shipping records.', want: [['NoxLock', 'ransomware-group']] },
  { text: 'Hackers from the Gr1mWolf group offered the records for sale on a forum.', want: ['Gr1mWolf'] },
  { text: 'The attack was carried out by a crew known as Zer0Tide, investigators said.', want: ['Zer0Tide'] },
  { text: 'The hacking group Gr1mWolf said it had copied two terabytes of files.', want: ['Gr1mWolf'] },
  { text: 'NoxLock claimed the attack on its dark web leak site and set a deadline.', want: ['NoxLock'] },
  { text: 'The extortion crew Silent Harbor emailed employees with threats.', want: ['Silent Harbor'] },
  // "the X gang/group/crew"
  { text: 'The Thornback crew leaked 20 GB of files after the deadline passed.', want: ['Thornback'] },
  { text: 'Members of the Thornback gang boasted about the hack on a forum.', want: ['Thornback'] },
  { text: 'The gang, known as Thornback, published the files on Monday.', want: ['Thornback'] },
  { text: 'A cybercriminal group dubbed Velvet Maw was behind the attack, the firm said.', want: ['Velvet Maw'] },
  { text: 'A group calling itself Ashen Veil posted samples of the data.', want: ['Ashen Veil'] },
  { text: 'Ashen Veil, a hacktivist group, said it had defaced the company website.', want: ['Ashen Veil'] },
  { text: 'The gang behind the attack, NoxLock, has targeted freight firms before.', want: ['NoxLock'], open: '"the gang behind the attack, X": row removed (issue 11): it changed no value on our 1,099 real articles' },
  { text: 'Members of NoxLock, a Russian-speaking gang, bragged about the attack on a forum.', want: ['NoxLock'] },
  { text: 'Gr1mWolf posted the stolen files on its leak site after the deadline expired.', want: ['Gr1mWolf'], open: 'a leak site’s owner: row removed (issue 11): it changed no value on our 1,099 real articles' },
  { text: 'NoxLock’s leak site lists 300 GB of data allegedly taken from the firm.', want: ['NoxLock'], open: 'a leak site’s owner: row removed (issue 11): it changed no value on our 1,099 real articles' },
  { text: 'Investigators linked the intrusion to a group Quorra Security tracks as Storm-7788.', want: ['Storm-7788'], open: '"tracked as X": row removed (issue 11): it changed no value on our 1,099 real articles' },
  // handles and sellers
  { text: 'A hacker using the alias d3adl0ck offered the data for sale.', want: ['d3adl0ck'] },
  { text: 'The stolen data was put up for sale by a user named VexRaven.', want: ['VexRaven'], open: 'a seller "named X": row removed (issue 11): it changed no value on our 1,099 real articles' },
  { text: 'A hacker who goes by the name Phantom_99 said he had accessed the database.', want: ['Phantom_99'] },
  // vendor code names
  { text: 'Security firms attributed the breach to Cinder Typhoon, a state-backed crew.', want: ['Cinder Typhoon'] },
  { text: 'Investigators linked the breach to UNC5012, a cluster of intrusion activity.', want: ['UNC5012'] },
  { text: 'The threat actor behind the attack, tracked as Storm-2211, used stolen credentials.', want: ['Storm-2211'], open: '"the actor behind the attack, tracked as X": row removed (issue 11): it changed no value on our 1,099 real articles' },
  // named individuals charged or arrested
  { text: 'Police arrested Daniel Voss, 24, in connection with the breach.', want: [['Daniel Voss', 'person']] },
  { text: 'Prosecutors charged Lena Marsh with stealing customer records from the firm.', want: [['Lena Marsh', 'person']] },
  { text: 'Tomas Reed pleaded guilty to accessing the logistics firm’s systems without permission.', want: [['Tomas Reed', 'person']] },
  { text: 'A 19-year-old man, Ryan Kell, was arrested in Manchester over the attack.', want: [['Ryan Kell', 'person']] },
  { text: 'Former employee Kara Lind was charged with computer fraud over the data theft.', want: [['Kara Lind', 'person']] },
  // a surname opening on O' or D', and an appositive that names the employer before the verb
  { text: 'On 3 May, Liam O’Hara, a former records clerk employed by Harbourside Health Trust, pleaded guilty to unlawfully accessing patient files.', want: [['Liam O’Hara', 'person']] },
  { text: 'Prosecutors said Niamh D\'Arcy was charged with selling customer records.', want: [["Niamh D'Arcy", 'person']] },
  { text: 'The Justice Department indicted two hackers, Ivan Sorok and Petr Malin, over the breach.', want: [['Ivan Sorok', 'person'], ['Petr Malin', 'person']] },
  // known names
  { text: 'The LockBit gang claimed the attack on the freight operator.', want: [['LockBit', 'ransomware-group']] },
  // a known name written without its space, or with a break it lacks (beside a cue)
  { text: 'BlackBasta claimed it had stolen 700 GB from Northgate Logistics.', want: [['Black Basta', 'ransomware-group']] },
  { text: 'The Black Cat ransomware gang claimed the attack on Northgate Logistics.', want: ['ALPHV'] },
  // the typed noun ends the clause, or is plural
  { text: 'Northgate Logistics was hit by the Zer0Tide ransomware gang, also known as ZTide.', want: ['Zer0Tide'] },
  { text: 'Northgate Logistics was listed on the leak site of the Gr1mWolf extortion gang.', want: ['Gr1mWolf'] },
  { text: 'NoxLock ransomware actors have claimed the attack on Northgate Logistics.', want: ['NoxLock'] },
  { text: 'NoxLock ransomware operators published 80 GB of Northgate Logistics files.', want: ['NoxLock'] },
  { text: 'Velvet Maw, a ransomware-as-a-service operation, claimed the attack on Northgate Logistics.', want: [['Velvet Maw', 'ransomware-group']] },
  { text: 'The ransomware operation dubbed vOidCrypt listed Northgate Logistics on its site.', want: ['vOidCrypt'] },
  // the claim or blame with the target between, or after "has"
  { text: 'The cyberattack on Northgate Logistics has been claimed by Thornback.', want: ['Thornback'] },
  { text: 'Thornback has claimed responsibility for the cyberattack on Northgate Logistics.', want: ['Thornback'] },
  { text: 'A vendor attributed the intrusion at Northgate Logistics to Storm-1923.', want: ['Storm-1923'] },
  { text: 'The breach of Northgate Logistics was the work of TA577, according to Quorra Security.', want: ['TA577'] },
  { text: 'Investigators blamed the attack on Northgate Logistics on the Lazarus Group.', want: ['Lazarus'] },
  { text: 'Tomas Reed admitted hacking into Northgate Logistics systems, the court heard.', want: [['Tomas Reed', 'person']] },
  { text: 'Ex-employee Dana Fisk admits stealing the depot customer data, a court heard.', want: [['Dana Fisk', 'person']] },
  // ties, hacktivists, and a name that says it breached someone
  { text: 'Hackers affiliated with Gr1mWolf breached Northgate Logistics in March.', want: ['Gr1mWolf'] },
  { text: 'The intrusion at Northgate Logistics has been linked to Velvet Maw, a state-backed crew.', want: ['Velvet Maw'] },
  { text: 'Velvet Maw hacktivists took the Northgate Logistics website offline.', want: ['Velvet Maw'] },
  { text: 'Ashen Veil said on Telegram that it had breached Northgate Logistics.', want: ['Ashen Veil'], open: 'a name saying it breached someone: the row changed no value on our real articles and was removed' },
];

/** Sentences that name no attacker, or not the name given ('*' = no actor at all). */
interface Neg { text: string; none: string[]; open?: string }
const NEGATIVE: Neg[] = [
  // a business's trading name, a witness's handle: self-named, but no attacker (session 12: J, A)
  { text: 'The deal adds nine markets in which the insurer operates under the name Thornback Cover.', none: ['Thornback Cover'] },
  { text: 'A forum user going by the name of Silent Harbor, who tweeted that she saw the files in March, alerted the firm.', none: ['Silent Harbor'] },
  // a strain of ransomware nobody lists as a gang; a title-cased headline verb after the gang noun
  { text: 'The council was hit with the Glassfrog strain of ransomware on Sunday.', none: ['Glassfrog'] },
  { text: 'Dealers say the Velvet Maw Ransomware Group Threatens To Leak Files Of Northgate Logistics.', none: ['Threatens'] },
  // the employer in an appositive before "pleaded guilty" is no person
  { text: 'On 3 May, Liam O’Hara, a former records clerk employed by Harbourside Health Trust, pleaded guilty to unlawfully accessing patient files.', none: ['Health Trust', 'Harbourside Health Trust'] },
  // a group named only for comparison, or as the one robbed, is not this incident's attacker
  { text: 'Phishing crews, and state groups including Fancy Bear, have made use of this tactic before.', none: ['Fancy Bear'] },
  { text: 'A crew calling itself Velvet Maw leaked hacking tools it said were stolen from the Equation Group.', none: ['Equation Group'] },
  // malware, tools and products are not actors
  { text: 'The attackers deployed CobaltMist malware on the depot servers.', none: ['*'] },
  { text: 'The attackers used a NightOwl loader to gain a foothold in the network.', none: ['*'] },
  { text: 'The Ashen ransomware strain was first seen by researchers in 2022.', none: ['*'] },
  { text: 'The hackers exploited a flaw in Ivory VPN to reach the payroll server.', none: ['*'] },
  { text: 'The ransomware encrypted files on 200 machines across the depots.', none: ['*'] },
  { text: 'The firm behind the tracking software, Zer0Tide, said the attack used a stolen key.', none: ['Zer0Tide'] },
  { text: 'The flaw, tracked as CVE-2024-5555, was used to break into the depot servers.', none: ['*'] },
  { text: 'Sentrylab posted its findings about the attack on its website.', none: ['*'] },
  // security firms and researchers
  { text: 'Quorra Security’s threat research group published indicators of the attack.', none: ['*'] },
  { text: 'Researchers at Sentrylab tracked the campaign for several months.', none: ['*'] },
  { text: 'The firm hired Quorra Security to investigate the breach.', none: ['*'] },
  { text: 'Antivirus maker Quorra detected the malware on two laptops.', none: ['*'] },
  { text: 'A group of researchers from Ridgeway University found the flaw.', none: ['*'] },
  // nations as adjectives, unnamed attackers
  { text: 'Russian hackers were blamed for the attack on the freight operator.', none: ['*'] },
  { text: 'A Chinese state-sponsored group was suspected of the intrusion.', none: ['*'] },
  { text: 'Iranian officials denied any involvement in the attack.', none: ['*'] },
  { text: 'Unknown attackers stole the data of 40,000 drivers.', none: ['*'] },
  // officials, police, the victim's own group
  { text: 'Detective Sergeant Ann Hale said the investigation was continuing.', none: ['*'] },
  { text: 'Judge Mara Vellin sentenced the defendant on Tuesday.', none: ['Mara Vellin'] },
  { text: 'Europol coordinated the operation with police in five countries.', none: ['*'] },
  { text: 'The Northgate Logistics group employs 4,000 people across Europe.', none: ['*'] },
  { text: 'The FBI’s cyber division is investigating the breach.', none: ['*'] },
  { text: 'Data from the Ridgeway Research Group showed attacks on freight firms rose.', none: ['*'] },
  // the target of a blamed attack, a brand, a police operation, a cat
  { text: 'Investigators blamed the attack on Northgate Logistics on the Lazarus Group.', none: ['Northgate'] },
  { text: 'The chain, known in some towns under the name Harbor Bites, found malware on its tills.', none: ['*'] },
  { text: 'The ransomware operation dubbed Operation Harbour Sweep by police led to arrests.', none: ['*'] },
  { text: 'The Black Cat Cafe near the depot was unaffected by the breach.', none: ['*'] },
  { text: 'The recovery of the depot systems was the work of Sentrylab engineers.', none: ['*'] },
  { text: 'Northgate Logistics blamed the breach on a supplier, Ridgeway Freight Systems.', none: ['*'] },
  { text: 'Northgate Logistics said on Monday that it had been breached by unknown hackers.', none: ['*'] },
  { text: 'Paul Grant, of Sentrylab, said the attack bore hallmarks of a known group.', none: ['*'] },
  // another incident's actor
  { text: 'In 2019 a crew calling itself Grey Heron leaked files from a clinic.', none: ['Grey Heron'] },
];

function checkPositive(row: Row): void {
  const got = actorsOf(row.text);
  for (const w of row.want) {
    const [name, kind] = typeof w === 'string' ? [w, undefined] : w;
    const hit = got.find((a) => a.name.split('/').some((n) => n.toLowerCase() === name.toLowerCase()));
    expect(hit, `${name} among ${JSON.stringify(got.map((a) => a.name))}`).toBeDefined();
    if (kind) expect(hit!.kind, name).toBe(kind);
    expect(hit!.why?.rule, name).toMatch(/^actors\./);
  }
}

function checkNegative(row: Neg): void {
  const got = actorsOf(row.text).map((a) => a.name);
  if (row.none.includes('*')) expect(got).toEqual([]);
  else for (const n of row.none) expect(got.filter((g) => g.toLowerCase().includes(n.toLowerCase())), n).toEqual([]);
}

describe('actor phrasings: attackers named', () => {
  for (const row of POSITIVE) {
    if (row.open) it.fails(`[open: ${row.open}] ${row.text}`, () => checkPositive(row));
    else it(row.text, () => checkPositive(row));
  }
});

describe('actor phrasings: no attacker', () => {
  for (const row of NEGATIVE) {
    if (row.open) it.fails(`[open: ${row.open}] ${row.text}`, () => checkNegative(row));
    else it(row.text, () => checkNegative(row));
  }
});
