import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractCompany } from '../../src/extract/company.js';
import { extractIncident } from '../../src/extract/incident.js';
import type { Context } from '../../src/extract/types.js';
import type { IncidentType } from '../../src/record.js';

const run = (headline: string, ...paragraphs: string[]) => {
  const doc = readDocument([headline, ...paragraphs].join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' });
  const ctx: Context = { published: '2024-05-10', warnings: [] };
  ctx.company = extractCompany(doc, ctx);
  return extractIncident(doc, ctx);
};

type Article = [string, ...string[]];

// Reports of a specific incident at a named victim.
const INCIDENTS: Article[] = [
  ['Marlow Building Society confirms data breach',
    'Marlow Building Society said on Tuesday that hackers had accessed the personal details of some members.',
    'The lender said it had notified the regulator and was contacting those affected.'],
  ['Council systems down after ransomware attack',
    'Ardmore Council said its computer systems were hit by a ransomware attack on Monday.',
    'Residents cannot pay bills online while the council restores its network.'],
  ['Retailer fires employee who sold customer data',
    'Quillon said it had dismissed an employee who sold customer data to a marketing firm.',
    'The retailer said about 3,000 customers were affected.'],
  ['Exposed database leaks loan applications',
    'An unsecured database belonging to lender Fincastle left the records of 200,000 applicants open to anyone on the internet.',
    'Fincastle said it secured the server after a researcher alerted it.'],
];

// Near misses: patch advisories, surveys, advice, research on a campaign, product news.
const NOT_INCIDENTS: Article[] = [
  ['Routerco patches critical flaw in home routers',
    'Routerco has released a firmware update that fixes a critical vulnerability, CVE-2024-1234, in six router models.',
    'The flaw could allow a remote attacker to execute code. Researchers found the bug in January and there is no evidence it has been exploited.',
    'Users should install the security update as soon as possible.'],
  ['Ransomware costs rise again, survey finds',
    'The average cost of a ransomware attack rose to $2 million last year, according to a survey of 800 IT leaders.',
    'The report found that 60 percent of organisations paid a ransom.'],
  ['Five tips to spot a phishing email',
    'Phishing emails are getting harder to spot. Here is how to protect yourself.',
    'You should never click on links in unexpected messages.'],
  ['New banking trojan targets Android users',
    'Researchers said a new variant of a banking trojan is targeting Android users in Europe through fake apps.',
    'The campaign uses phishing text messages to lure victims, according to the threat report.'],
];

// Incident types, grouped by the expected set.
const TYPES: Array<[IncidentType[], Article[]]> = [
  [['unauthorized-access'], [
    ['Quillon breach', 'Quillon said hackers gained access to its customer database and stole email addresses.'],
  ]],
  [['ransomware'], [
    ['Ardmore Council hit', 'Ardmore Council said a ransomware attack encrypted files on its servers on Monday.'],
  ]],
  [['phishing'], [
    ['Payroll data sent to scammers',
      'Corvane Insurance said an employee fell for a phishing email that spoofed the chief executive and sent staff tax forms to fraudsters.'],
  ]],
  [['phishing', 'unauthorized-access'], [
    ['Tech firm breached after phishing',
      'Velmar said an employee\'s credentials were stolen in a phishing attack and the attacker then accessed internal systems.'],
  ]],
  [['misconfiguration'], [
    ['Database left open',
      'Fincastle left an unsecured database open to the internet without a password, exposing 200,000 loan applications.'],
  ]],
  [['insider'], [
    ['Employee sold data', 'Quillon said a rogue employee stole customer records and sold them to a competitor.'],
  ]],
  [['lost-or-stolen-device'], [
    ['Laptop stolen', 'A laptop holding patient records was stolen from a nurse\'s car, Tamsin Valley Health said.'],
  ]],
  [['unauthorized-access', 'supply-chain'], [
    ['Vendor breach hits retailer',
      'Quillon said customer data was stolen after hackers breached a third-party vendor that runs its loyalty scheme.'],
  ]],
  [['ddos'], [
    ['Bank outage', 'Marlow Bank said a distributed denial-of-service attack knocked its online banking offline for two days.'],
  ]],
  [['credential-stuffing'], [
    ['Accounts hijacked',
      'Rail operator Nordlink said attackers used passwords leaked from other sites to break into customer accounts in a credential stuffing attack.'],
  ]],
];

describe('incident: is this a report of a specific incident?', () => {
  for (const article of INCIDENTS) {
    it(`yes: "${article[0]}"`, () => {
      expect(run(...article).isIncident).toBe(true);
    });
  }
  for (const article of NOT_INCIDENTS) {
    it(`no: "${article[0]}"`, () => {
      expect(run(...article).isIncident).toBe(false);
    });
  }
});

describe('incident: types', () => {
  for (const [types, articles] of TYPES) {
    for (const article of articles) {
      it(`${types.join(' + ')}: "${article[1]!.slice(0, 60)}…"`, () => {
        expect([...run(...article).types].sort()).toEqual([...types].sort());
      });
    }
  }

  it('does not read a type from advice ("watch out for phishing emails")', () => {
    const r = run('Quillon breach', 'Quillon said hackers stole customer email addresses.',
      'Customers were warned to watch out for phishing emails that use the stolen details.');
    expect(r.types).toEqual(['unauthorized-access']);
  });

  it('does not read a type from a denial ("not the result of a cyberattack")', () => {
    const r = run('Credit union data leak', 'Harwick Credit Union said an employee had shared member data without authorisation.',
      'The credit union said the leak was not the result of a cyberattack.');
    expect(r.types).not.toContain('unauthorized-access');
  });

  it('keeps unauthorized-access out of a plain ransomware attack', () => {
    expect(run('Clinic hit', 'Northfield Clinic said ransomware encrypted its patient scheduling servers.').types).toEqual(['ransomware']);
  });
});
