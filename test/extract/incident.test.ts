import { describe, expect, it } from 'vitest';
import { incidentOf } from '../helpers/incident.js';
import type { IncidentType } from '../../src/record.js';

const run = incidentOf;

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
  // passive voice, no "hackers" in the lead
  ['Patient files taken in Harlow clinic incident',
    'Records of 12,000 patients were taken from the booking system of Harlow Road Clinic in March, the clinic said on Friday.',
    'The clinic said it had written to everyone affected.'],
  // the attackers exploited a flaw to get in: flaw language throughout, but it happened to a named victim
  ['Brindle Insurance breach traced to unpatched server',
    'Attackers exploited an unpatched flaw in a file-transfer server to break into the network of Brindle Insurance, the company said.',
    'The vulnerability had been fixed by the software maker weeks earlier, but Brindle had not installed the update.',
    'A patch was available in February; the security hole was used in April, security researchers said.',
    'Brindle said the attackers accessed policy records of 40,000 customers.'],
  // a lost device
  ['Unencrypted laptop lost by council officer',
    'Oakridge District Council said an officer lost an unencrypted laptop holding the addresses of 900 tenants on a train last week.',
    'The council has reported the loss to the regulator.'],
  // insider misuse
  ['Pharmacy worker snooped on customer records',
    'Halden Pharmacy said a former employee downloaded the prescription histories of 2,300 customers before leaving the company.',
    'The pharmacy has informed the police.'],
  // a misdirected email
  ['School apologises for data slip',
    'Kestrel Academy accidentally emailed a spreadsheet listing pupils\' medical needs to every parent in year nine.',
    'The school asked parents to delete the message.'],
  // a planted device found during an inspection
  ['Card skimmers found at fuel station chain',
    'Technicians at Redmoor Fuels discovered skimming devices fitted inside the card readers of four pumps during a routine check.',
    'Redmoor said it has asked its bank to watch for fraud on cards used at those pumps.'],
  // payment fraud by impersonation: the victim paid the fraudsters
  ['Charity loses £400,000 to fake supplier invoices',
    'Westbrook Animal Trust was duped into paying £400,000 to fraudsters who posed as its building contractor.',
    'The trust said its finance team wired the money to the scammers over three weeks in June.'],
  // "got into" without "hacked"
  ['Ministry email system breached for months',
    'Intruders got into the email system of the Norland transport ministry last spring and read staff messages for four months, officials said.',
    'The ministry said classified networks were not affected.'],
  // a ransomware incident told with nouns ("ransomware attack knocks out"), no "was hacked"
  ['Ransomware attack knocks out Fenwick County phones',
    'Phones and email at Fenwick County offices have been down since Tuesday, and staff are filling in paper forms, officials said.',
    'The county has not said whether it will pay.'],
  // stolen records turning up online, no verb of hacking
  ['Hospital group says patient details posted online',
    'Details of 80,000 patients of Ferris Health were posted on a hacking forum last week, the hospital group confirmed.',
    'Ferris Health said the information came from a scheduling system run by a contractor.'],
  // "cyber incident" as the name of the event
  ['City of Harwell services disrupted by cyber incident',
    'The City of Harwell said a cyber incident had disrupted online payments and library systems since Sunday.',
    'The city has brought in outside specialists and notified the police.'],
  // compromised accounts
  ['Nordvik Energy customers warned after account takeovers',
    'About 14,000 customer accounts at Nordvik Energy were compromised by criminals using passwords leaked in other breaches, the supplier said.',
    'Nordvik has reset the affected passwords.'],
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
  // what a flaw could allow, not what happened
  ['Smart doorbells can be hijacked, researchers warn',
    'Security researchers said a weakness in the Pellow smart doorbell could allow hackers to watch video feeds from nearby homes.',
    'An attacker within wireless range could take control of the device and read the owner\'s Wi-Fi password.',
    'Pellow said a firmware update would be released next month.'],
  // a scam alert: the brand is impersonated, not breached
  ['Beware fake parcel-delivery texts',
    'Scammers are sending text messages that pretend to come from Swiftpost, asking people to pay a small redelivery fee.',
    'The link leads to a fake payment page that steals card details. Swiftpost said it never asks for payment by text.'],
  // an advisory from an agency to a whole sector
  ['Agency warns hospitals about attacks on remote-access servers',
    'The national cyber agency has issued a warning to hospitals that run unpatched remote-access servers.',
    'Health providers have been advised to turn on multi-factor authentication, the agency said.'],
  // a round-up of many victims, no one main incident
  ['Account data from 9 hacked gaming forums offered for sale',
    'Databases stolen from nine gaming forums between 2015 and 2020 are being sold on a criminal marketplace.',
    'The largest holds 300,000 accounts; the others were breached at different times by different groups.'],
  // a headline label for research
  ['Study: voice assistants can be fooled by hidden commands',
    'Voice assistants can be tricked into opening websites by commands hidden in music, a university study found.',
    'The researchers said no attacks using the technique have been seen.'],
  // a class of victims, none named
  ['Regional banks targeted by fake invoice campaign',
    'Regional banks are being targeted by emails carrying fake invoices that install a remote-access trojan, a security firm said.',
    'The firm said it had seen the campaign in five countries.'],
  // a trend piece
  ['Invoice fraud on the rise as criminals target small firms',
    'Fake invoice scams are on the rise, with small businesses losing more each year, an industry group said.',
    'Criminals increasingly pose as suppliers and ask for bank details to be changed.'],
  // a sector under attack, no one victim
  ['Hackers ramp up attacks on water utilities',
    'Criminal groups have stepped up attacks on the water sector this year, and the industry is under constant attack, a government report said.',
    'Smaller utilities are most at risk because they lack security staff.'],
  // a named brand that only lends its name to a scam
  ['Streaming service subscribers warned of fake renewal emails',
    'Subscribers of Lumora TV are receiving emails that pretend to be renewal notices and ask for card details.',
    'Lumora said the emails did not come from the company and urged customers not to click the links.'],
  // a vendor's flaw, what it could allow
  ['Printer flaw lets attackers read office documents',
    'A vulnerability in Halvard office printers could let someone sharing the office network read documents waiting in the print queue.',
    'Halvard said it fixed the bug in a firmware update released on Tuesday and has no evidence it was exploited.'],
  // a scam alert in the "security alert" style
  ['Security alert: fake Orbis Bank letters ask for card PINs',
    'Customers of Orbis Bank are receiving letters that claim to come from the bank and ask them to confirm their card PIN on a website.',
    'Orbis said it would never ask for a PIN.'],
  // research on a ransomware family: the word "ransomware" all through, no victim, nothing happened to anyone named
  ['New ransomware family spreads through fake shipping invoices',
    'Researchers have named a new ransomware family, Mirelock, that arrives as a fake shipping invoice.',
    'The ransomware encrypts documents and photos and asks for payment in bitcoin, the security firm said in a blog post.'],
  // a rule, a law, a survey: not an incident even when a company is named
  ['New rules require lenders to report breaches within three days',
    'The regulator said lenders such as Harbour Bank must report a data breach within three days of finding it.',
    'The rules take effect in January.'],
  ['Survey: most retailers expect a cyber attack this year',
    'Most retailers, including Quillon, expect to suffer a cyber attack this year, a survey of 300 firms found.',
    'Only a third said they had tested their backups.'],
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
  // what a weakness could let happen, and an older incident recalled, give no type
  [['misconfiguration'], [
    ['Claims database left open',
      'Fenwick Mutual left an unsecured database open to the internet, exposing 30,000 claim files.',
      'Researchers warned that such an opening can give attackers a route for malware into the wider network.',
      'In 2019, the insurer suffered a phishing attack that took staff passwords.'],
  ]],
  [['phishing'], [
    ['Staff passwords taken',
      'Orrin Foods said its staff had been tricked by a phishing email, and administrators believe the theft could be because of a phishing kit sold online.'],
  ]],
  [['credential-stuffing'], [
    ['Accounts hijacked',
      'Rail operator Nordlink said attackers used passwords leaked from other sites to break into customer accounts in a credential stuffing attack.'],
  ]],
  // a bare cyberattack is unauthorized-access
  [['unauthorized-access'], [
    ['Harbour Bank hit by cyberattack', 'Harbour Bank said a cyberattack disrupted its online banking on Tuesday.'],
    ['Quillon cyber incident', 'Quillon said it was dealing with a cyber incident that took its website offline.'],
  ]],
  // extortion with stolen data and no encryption is unauthorized-access, not ransomware
  [['unauthorized-access'], [
    ['Clinic data held for ransom', 'Hackers stole patient files from Harlow Road Clinic and demanded a ransom not to publish them.'],
  ]],
  // the attackers' general habits do not type this attack
  [['unauthorized-access'], [
    ['Retailer breached', 'Hackers breached Quillon and stole customer records.', 'The gang is known for phishing help-desk staff at large firms.'],
  ]],
  // supply chain only when a supplier's compromise reaches the victim
  [['ransomware'], [
    ['Council hit by ransomware', 'Ardmore Council said ransomware encrypted its servers.', 'The council hired a third-party forensic firm to investigate.'],
  ]],
  [['supply-chain', 'unauthorized-access'], [
    ['Clinic patients told of vendor breach', 'Harlow Road Clinic said its billing vendor was hacked, exposing patient files.'],
    ['Retailer data exposed through supplier', 'Quillon said the attackers got in through a third-party IT contractor and copied order records.'],
  ]],
  // a background paragraph about an older incident sets no type
  [['unauthorized-access'], [
    ['Retailer breached again', 'Hackers breached Quillon this month and stole customer records.', 'In 2017, the retailer suffered a malware attack on its tills.'],
  ]],
  // a breach whose kind is never stated is coded as unauthorised access
  [['unauthorized-access'], [
    ['Orrin Textiles confirms breach of supplier records', 'Orrin Textiles said the names and bank details of 900 suppliers were taken in a breach it found last week.'],
  ]],
  // ransomware with unauthorised access stated keeps both
  [['ransomware', 'unauthorized-access'], [
    ['Publisher confirms attack', 'Bright Arc Studios confirmed unauthorised access to its network, and a ransomware gang said it had encrypted its servers.'],
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
