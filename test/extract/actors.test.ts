import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractActors } from '../../src/extract/actors.js';
import type { ActorKind } from '../../src/record.js';
import { stepContext, victim } from '../helpers/context.js';

const ctx = () => stepContext('2024-05-10');
const run = (headline: string, ...paragraphs: string[]) =>
  extractActors(readDocument([headline, ...paragraphs].join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' }), ctx());
const names = (headline: string, ...paragraphs: string[]) => run(headline, ...paragraphs).map((a) => a.name);

// Positive examples grouped by the expected actor (name as written) and kind.
const POSITIVES: Array<[string, ActorKind, string[]]> = [
  ['Cl0p', 'ransomware-group', [
    'The Cl0p ransomware gang claimed responsibility for the theft of files from the insurer.',
    'Cl0p claimed responsibility for the attack on its leak site on Tuesday.',
  ]],
  ['ShinyHunters', 'group', [
    'A hacker known as ShinyHunters put the stolen customer database up for sale.',
    'The data was posted by a group calling itself ShinyHunters on a cybercrime forum.',
  ]],
  ['Lapsus$', 'group', [
    'The Lapsus$ extortion group said it had obtained source code from the chipmaker.',
  ]],
  ['Lazarus Group', 'group', [
    'Investigators blamed the theft on the Lazarus Group, a crew tied to Pyongyang.',
  ]],
  ['Blue Marlin', 'group', [
    'A hacking group called Blue Marlin said it had stolen the research files.',
    'Hackers who call themselves "Blue Marlin" leaked the files on Friday.',
  ]],
  ['Storm Kestrel', 'ransomware-group', [
    'The Storm Kestrel ransomware gang encrypted the council\'s servers last week.',
  ]],
  ['Velvetine', 'ransomware-group', [
    'Velvetine, a relatively new ransomware gang, listed the hospital on its leak site.',
  ]],
  ['Quartz Nine', 'group', [
    'Quartz Nine claimed responsibility for the intrusion in a post on its leak site.',
  ]],
  ['Volt Typhoon', 'group', [
    'Officials said Volt Typhoon had breached the utility\'s network months earlier.',
  ]],
  ['APT41', 'group', [
    'Researchers attributed the intrusion at the game studio to APT41.',
  ]],
  ['byteghost99', 'person', [
    'The database was leaked by a hacker who goes by the handle "byteghost99" on the forum.',
  ]],
  ['Grey Heron', 'group', [
    'Some insiders tied the outage to the hacking group Grey Heron, a collective known for phoning help desks.',
    'Grey Heron, a hacking crew known for SIM swapping, claimed the attack on the retailer.',
  ]],
  ['Anonymous', 'group', [
    'The brewer denied claims that hacktivists Anonymous had published its customer files.',
  ]],
  ['ALPHV', 'ransomware-group', [
    'The ransomware group ALPHV--also referred to as BlackCat--claimed to have hit the toy maker.',
  ]],
  ['Tomas Brevik', 'person', [
    'Tomas Brevik sentenced to four years over the theft of the payroll files.',
    'The founder of the forum, Tomas Brevik, was arrested in Oslo in March.',
    'Tomas Brevik, who worked at the insurer until 2020, was found guilty of selling policyholder records.',
  ]],
  ['Jane Doerring', 'person', [
    'Jane Doerring, 25, was charged with stealing the records of 40,000 patients.',
    'Prosecutors said Jane Doerring pleaded guilty to computer fraud over the breach.',
  ]],
];

/** Known misses: the row for a seller "named X" changed no value on our 1,099 real articles and was removed (issue 11). */
const POSITIVES_OPEN: Array<[string, ActorKind, string[]]> = [
  ['Peachfuzz', 'person', [
    'Data from the breach was posted on a hacking forum by a user named Peachfuzz.',
  ]],
];

describe('extractActors: named threat actors', () => {
  for (const [name, kind, examples] of POSITIVES_OPEN) {
    for (const sentence of examples) {
      it.fails(`[open: no row yet] ${name} (${kind}) ← ${sentence}`, () => {
        const found = run('Company confirms cyberattack', sentence);
        expect(found.find((a) => a.name.split('/').some((n) => n === name)), JSON.stringify(found.map((a) => a.name))).toBeDefined();
      });
    }
  }
  for (const [name, kind, examples] of POSITIVES) {
    for (const sentence of examples) {
      it(`${name} (${kind}) ← ${sentence}`, () => {
        const found = run('Company confirms cyberattack', sentence);
        const hit = found.find((a) => a.name.split('/').some((n) => n === name));
        expect(hit, JSON.stringify(found.map((a) => a.name))).toBeDefined();
        expect(hit!.kind).toBe(kind);
        expect(hit!.sentence.text).toContain(name);
      });
    }
  }
});

describe('extractActors: aliases and spellings', () => {
  it('joins vendor names the text gives for one group', () => {
    const found = run('Athletics body hacked', 'The attack was attributed to Fancy Bear, also known as APT28.', 'Fancy Bear has targeted sports bodies before.');
    expect(found).toHaveLength(1);
    expect(found[0]!.name.split('/')).toEqual(expect.arrayContaining(['Fancy Bear', 'APT28']));
  });
  it('joins a spelling that differs by one letter', () => {
    const found = run('Credit bureau extorted',
      'Hacking group Zer0TrustX threatened to leak the data.',
      'The hackers, who call themselves Zer0TrusttX, demanded a ransom.');
    expect(found).toHaveLength(1);
  });
});

// Near misses: nothing here is a named threat actor.
const NEGATIVES: string[] = [
  'Hackers stole the personal data of customers, the company said.',
  'A third party gained unauthorized access to the network.',
  'Cybercriminals are increasingly targeting hospitals, the report said.',
  'Researchers at Acme Security Labs discovered the exposed database.',
  'Russian hackers are suspected, according to people familiar with the matter.',
  'The ransomware group has not yet claimed responsibility for the attack.',
  'The WannaCry ransomware spread to computers in 150 countries.',
  'Apps downloaded from Google Play were found to contain malware.',
  'A security researcher who goes by the handle "packetwhisper" reported the flaw.',
  'Judge Alan Morrow sentenced the defendant on Tuesday.',
  'The company, a unit of Northwind Group, said its systems were restored.',
  'Nobody claimed responsibility for the intrusion at the depot.',
  'A whistleblower informed a magazine and the hacker group Silver Lantern of the open storage.',
  'Read next: Freight Firm Data Breach: Drivers\' Records, 12 Lakh Files Exposed after hack',
  'Second Nigerian sentenced to five years over the payroll fraud.',
];

describe('extractActors: near misses', () => {
  for (const sentence of NEGATIVES) {
    it(`none ← ${sentence}`, () => {
      expect(names('Security update', sentence)).toEqual([]);
    });
  }
  it('does not list the victim as an actor', () => {
    const doc = readDocument('Contoso hit by attack\n\nOn Monday the Contoso group confirmed that hackers breached its network.\n', { format: 'txt' });
    expect(extractActors(doc, ctx()).map((a) => a.name)).toEqual(['Contoso']);
    const c = { ...ctx(), company: victim('Contoso') };
    expect(extractActors(doc, c).map((a) => a.name)).toEqual([]);
  });
  it('stays linear on hostile lines', () => {
    const t0 = Date.now();
    run('x', 'the Big Group gang calling itself '.repeat(20_000), 'according to '.repeat(10_000) + 'Zed Zed Zed Zed '.repeat(5_000));
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
  it('reads no name from a headline set all in capitals, except a known or quoted one', () => {
    expect(names('EXTORTION GANG CLAIMS IT STOLE PATIENT FILES IN CLINIC ATTACK', 'A clinic network said on Tuesday that files were copied from its servers.')).toEqual([]);
    expect(names('HACKER GROUP TAKES CREDIT FOR WATER UTILITY BREACH', 'The utility said customer billing data may have been viewed.')).toEqual([]);
    expect(names('CL0P GANG CLAIMS THEFT OF INSURER FILES', 'The insurer said it was investigating.').map((n) => n.toLowerCase())).toEqual(['cl0p']);
    expect(names('HACKER KNOWN AS "NIGHTOWL" LEAKS COUNCIL DATA', 'The council said it was investigating.')).toEqual(['NIGHTOWL']);
  });
  it('reads the first paragraph of an article whose title sits apart as body text, not as a headline', () => {
    const doc = readDocument('---\ntitle: "Exchange drained of coins"\n---\nA hacking group known as Grey Heron has claimed the theft of coins from the exchange.\n', { format: 'md' });
    expect(extractActors(doc, ctx()).map((a) => [a.name, a.why?.rule])).toEqual([['Grey Heron', 'actors.noun-named']]);
  });
  it('explains the names it sets aside', () => {
    const c = ctx();
    const doc = readDocument('Bank hit by attack\n\nA crew calling itself Grey Heron took the files.\n\nIn 2019 a crew calling itself Blue Marlin leaked files from a clinic.\n', { format: 'txt', published: '2024-05-10' });
    expect(extractActors(doc, c).map((a) => a.name)).toEqual(['Grey Heron']);
    expect(c.explain.dropped.map((d) => [d.text, d.why.rule])).toEqual([['Blue Marlin', 'actors.background']]);
  });
  it('leaves out an actor recalled from another, earlier incident', () => {
    expect(names('Bank phishing campaign found',
      'A phishing campaign targeted the bank\'s staff, a group calling itself Grey Heron said.',
      'Grey Heron posted samples of the stolen data.',
      'In 2014 a hacker calling themselves "RedQuill" published data from a surveillance vendor.')).toEqual(['Grey Heron']);
  });
});
