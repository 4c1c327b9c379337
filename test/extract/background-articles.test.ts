// Article-level battery for the "background and related stories" class (issue 11): invented articles in
// the shapes news takes — a lede on this incident, then an earlier breach of the same victim, a rival's
// incident, a campaign list, a statistic, a "Related:" teaser, an advice paragraph, an expert speaking of
// breaches in general, a gang's history, and a return to this incident. Each article asserts what its
// record must hold and what must not leak into it from the background. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { IncidentRecord } from '../../src/record.js';

type Check =
  | { date: string } // a date whose value starts with this
  | { noDate: string } // no date value starts with this
  | { data: string } // a data category
  | { noData: string }
  | { count: number | null }
  | { noCount: number }
  | { actor: string }
  | { noActor: string }
  | { noActors: true }
  | { type: string }
  | { noType: string };

interface Article { name: string; published: string; title: string; paragraphs: string[]; checks: Check[]; fails?: string[] }

function label(c: Check): string {
  const [k, v] = Object.entries(c)[0]!;
  return `${k} ${String(v)}`;
}

function holds(r: IncidentRecord, c: Check): void {
  const dates = r.dates.map((d) => d.value ?? '');
  const data = r.data.map((d) => d.category);
  const actors = r.actors.map((a) => a.name);
  if ('date' in c) expect(dates.some((v) => v.startsWith(c.date)), JSON.stringify(r.dates.map((d) => [d.role, d.value]))).toBe(true);
  else if ('noDate' in c) expect(dates.filter((v) => v.startsWith(c.noDate))).toEqual([]);
  else if ('data' in c) expect(data).toContain(c.data);
  else if ('noData' in c) expect(r.data.filter((d) => d.category === c.noData).map((d) => d.text)).toEqual([]);
  else if ('count' in c) expect(r.affected?.count ?? null).toBe(c.count);
  else if ('noCount' in c) expect(r.affected?.count ?? null).not.toBe(c.noCount);
  else if ('actor' in c) expect(actors).toContain(c.actor);
  else if ('noActor' in c) expect(actors).not.toContain(c.noActor);
  else if ('noActors' in c) expect(actors).toEqual([]);
  else if ('type' in c) expect(r.incidentTypes).toContain(c.type);
  else expect(r.incidentTypes).not.toContain(c.noType);
}

const ARTICLES: Article[] = [
  {
    name: 'ferry operator: own earlier breach, teaser, advice, return',
    published: '2025-03-12',
    title: 'Harbourline Ferries hit by ransomware, passenger bookings copied',
    paragraphs: [
      'Harbourline Ferries has confirmed that a ransomware attack encrypted parts of its booking platform last week, forcing staff to take reservations by phone.',
      'It is not the first time the operator has been targeted. In 2021 Harbourline suffered a breach in which passport numbers of 12,000 travellers were taken from a check-in server.',
      'Read more: Rail operator Veltrax confirms theft of staff payroll files',
      'Passengers should change their passwords and stay alert to phishing emails that mention their bookings, the company advised.',
      'Harbourline said on Monday that names, email addresses and booking references of about 80,000 passengers had been copied before the encryption began.',
    ],
    checks: [
      { type: 'ransomware' }, { noType: 'phishing' }, { data: 'personal' }, { data: 'contact' }, { noData: 'government-id' },
      { noData: 'financial' }, { count: 80000 }, { noCount: 12000 }, { noDate: '2021' },
    ],
  },
  {
    name: 'clinic group: another victim weeks earlier, statistics, expert on breaches in general',
    published: '2025-01-20',
    title: 'Brightwater Health Partners discloses breach of billing server',
    paragraphs: [
      'Brightwater Health Partners disclosed a data breach affecting 210,000 patients after an intruder accessed a billing server between 4 and 19 November 2024.',
      'The attack comes weeks after Medora Labs, a diagnostic chain, disclosed that hackers had stolen the Social Security numbers of 1.1 million people in October.',
      'Healthcare breaches exposed more than 180 million records in 2024, according to a tally kept by the federal health department.',
      '"Clinics are attractive targets because stolen medical histories fetch high prices on criminal forums," said Dana Whitlock, a researcher at Corvane Security.',
      'Brightwater said the exposed files contained names, dates of birth and treatment details, and that it began notifying patients on 10 January.',
    ],
    checks: [
      { count: 210000 }, { noCount: 1100000 }, { noCount: 180000000 }, { data: 'medical' }, { data: 'personal' },
      { noData: 'government-id' }, { date: '2024-11-04' }, { noDate: '2024-10' }, { noActors: true },
    ],
  },
  {
    name: 'logistics firm: gang history paragraph',
    published: '2025-05-02',
    title: 'Ostergaard Logistics says Vesper Lynx gang stole shipping records',
    paragraphs: [
      'Danish freight company Ostergaard Logistics said the Vesper Lynx ransomware gang broke into its network on 21 April and stole shipping manifests and customer invoices.',
      'The group, first seen in 2019, has claimed attacks on hospitals, schools and a water utility. In 2022 it leaked passport scans and bank statements taken from a regional airline.',
      'Security analysts say the gang typically steals data before encrypting servers, then threatens to publish the files unless a ransom is paid.',
      'Ostergaard said it had restored its systems from backups and did not pay. The company reported the attack to the Danish data protection authority on 24 April.',
    ],
    checks: [
      { actor: 'Vesper Lynx' }, { noType: 'phishing' }, { date: '2025-04-21' }, { noDate: '2019' }, { noDate: '2022' },
      { noData: 'government-id' }, { noData: 'financial' },
    ],
  },
  {
    name: 'telecom: a "Related:" teaser with a bigger count',
    published: '2025-02-14',
    title: 'Quintell Telecom says SIM swap fraudsters reached customer accounts',
    paragraphs: [
      'Quintell Telecom said criminals used stolen staff logins to reach the accounts of 3,400 mobile customers and move their numbers to new SIM cards.',
      'Related: Cinema chain Paloma Screens leaks 3 million customer emails',
      'The operator said the intruders could see customer names, phone numbers and home addresses, but not payment card details.',
      'Quintell said it detected the activity on 6 February and locked the affected accounts the same day.',
    ],
    checks: [
      { count: 3400 }, { noCount: 3000000 }, { data: 'contact' }, { date: '2025-02-06' }, { noData: 'payment' },
    ],
  },
  {
    name: 'bank: its own breach last year, told without "not the first time"',
    published: '2025-06-03',
    title: 'Ferroway Bank staff fell for phishing emails, customer contacts exposed',
    paragraphs: [
      'Ferroway Bank said an employee opened a phishing email last month, giving attackers access to a mailbox that held names and phone numbers of customers.',
      'Last year, the lender disclosed that a contractor had exposed the account numbers and tax records of 40,000 clients on a public file share.',
      'The bank said on Tuesday that about 5,200 customers had been written to and offered free credit monitoring.',
      'Customers should be wary of calls claiming to come from the bank and should never share one-time passcodes, a spokesperson said.',
    ],
    checks: [
      { type: 'phishing' }, { noType: 'insider' }, { noType: 'misconfiguration' }, { data: 'contact' }, { noData: 'financial' },
      { count: 5200 }, { noCount: 40000 }, { noData: 'credentials' },
    ],
  },
  {
    name: 'retailer: a rival hit last year by a different kind of attack',
    published: '2024-11-18',
    title: 'Tallis Home Stores loyalty accounts raided in credential stuffing attack',
    paragraphs: [
      'Tallis Home Stores said attackers used passwords leaked from other websites to log in to roughly 9,000 loyalty accounts and spend customers\' reward points.',
      'Last year, rival retailer Morrow & Pike was hit by a card-skimming attack in which malware on its checkout pages captured payment details of 300,000 shoppers.',
      'Tallis said it noticed the unusual logins on 2 November and has reset the passwords of every affected member.',
      'The retailer said no bank details were held in the loyalty scheme.',
    ],
    checks: [
      { type: 'credential-stuffing' }, { noType: 'malware' }, { noData: 'payment' }, { count: 9000 }, { noCount: 300000 },
      { date: '2024-11-02' }, { noDate: '2023' },
    ],
  },
  {
    name: 'pension administrator: supplier campaign with a list of other victims',
    published: '2024-08-09',
    title: 'Pension administrator Calloway Trust caught up in file-transfer hack',
    paragraphs: [
      'Calloway Trust, which runs retirement plans for local authorities, said data on 62,000 scheme members was stolen through a flaw in a file-transfer tool supplied by a software vendor.',
      'Other victims of the campaign include a national broadcaster, two universities and a payroll provider.',
      'More than 400 organisations have been hit so far, according to Kestrel Analytics, which tracks the attacks.',
      'Calloway said the stolen files held members\' names, dates of birth and National Insurance numbers.',
      'The trust said it was told of the compromise by the vendor on 3 June and informed the regulator the following week.',
    ],
    checks: [
      { type: 'supply-chain' }, { count: 62000 }, { noCount: 400 }, { data: 'personal' }, { data: 'government-id' }, { date: '2024-06-03' },
    ],
  },
  {
    name: 'university: a statistics paragraph with percentages and costs',
    published: '2025-04-08',
    title: 'University of Calderwood says hackers accessed student records',
    paragraphs: [
      'The University of Calderwood said hackers accessed a records system and viewed the names, student numbers and exam grades of current students.',
      'According to a report from Ridgefield Research, the average cost of a data breach in education reached $3.7 million last year, and 68 percent of breaches involved stolen credentials.',
      'Universities hold large amounts of personal data and often run older systems, the report found.',
      'The university said it discovered the intrusion on 27 March and has reported it to the police.',
    ],
    checks: [
      { noType: 'credential-stuffing' }, { type: 'unauthorized-access' }, { noCount: 68 }, { date: '2025-03-27' }, { noDate: '2024' },
      { noData: 'credentials' },
    ],
  },
  {
    name: 'insurer: exposed storage bucket, advice and risk paragraphs',
    published: '2025-07-15',
    title: 'Norvale Mutual left policyholder files in an open cloud bucket',
    paragraphs: [
      'Insurer Norvale Mutual left a cloud storage bucket open to the internet, exposing scanned claim forms of about 14,000 policyholders, a researcher found.',
      'The files included names, home addresses and details of medical treatment claimed under travel policies.',
      'Experts advise anyone who receives an unexpected message about a claim not to click its links, to turn on two-factor authentication and to consider freezing their credit.',
      'The exposed details could put policyholders at risk of phishing and SIM-swapping attacks, said Priya Ansel, a consultant at Harrowgate Cyber.',
      'Norvale said it secured the bucket on 8 July, a day after being alerted.',
    ],
    checks: [
      { type: 'misconfiguration' }, { noType: 'phishing' }, { data: 'medical' }, { data: 'contact' }, { noData: 'credentials' },
      { noData: 'financial' }, { count: 14000 }, { date: '2025-07-08' },
    ],
  },
  {
    name: 'gaming platform: an expert on breaches in general',
    published: '2025-09-01',
    title: 'Pixelmoor gaming platform leaks player usernames',
    paragraphs: [
      'Online gaming platform Pixelmoor said an attacker abused an old developer interface to download the usernames and email addresses of 1.3 million players.',
      '"Any firm that keeps card numbers or passwords in plain text is one attack away from disaster," said Tomas Ekwall, who teaches security engineering at a technical university.',
      'Breaches of gaming services have become more common as accounts hold items that can be resold for real money, he added.',
      'Pixelmoor said it closed the interface on 25 August and that payment processing is handled by a separate provider.',
    ],
    checks: [
      { count: 1300000 }, { data: 'contact' }, { noData: 'payment' }, { date: '2025-08-25' },
    ],
  },
  {
    name: 'energy supplier: its own earlier intrusion in a dated paragraph',
    published: '2025-10-21',
    title: 'Granholt Energy customers told their addresses were stolen',
    paragraphs: [
      'Granholt Energy has written to 48,000 customers to say that their names and postal addresses were taken in a cyberattack on its billing partner this month.',
      'In March 2022, Granholt disclosed an intrusion in which attackers stole engineering drawings and internal emails from its turbine division. The company took two months to recover.',
      'The supplier said this week that it learned of the latest attack on 13 October and that no bank details were involved.',
    ],
    checks: [
      { data: 'personal' }, { data: 'contact' }, { noData: 'internal' }, { noDate: '2022' }, { date: '2025-10-13' }, { count: 48000 },
    ],
  },
  {
    name: 'council: a string of attacks on other councils in the same year',
    published: '2025-04-16',
    title: 'Thornbury County Council website knocked offline',
    paragraphs: [
      'Thornbury County Council said its website and online payment pages were knocked offline for most of Tuesday by a distributed denial-of-service attack.',
      'The incident follows a string of attacks on local authorities. In January, Eastwick Borough Council was hit by ransomware that shut its housing portal for three weeks, and in February hackers stole tenancy records from Marlow Vale council.',
      'A council spokesperson said no resident data had been accessed and that services were restored by Wednesday morning.',
      'A pro-Russian hacktivist group claimed the disruption on its Telegram channel.',
    ],
    checks: [
      { type: 'ddos' }, { noType: 'ransomware' }, { noDate: '2025-01' }, { noDate: '2025-02' },
    ],
  },
  {
    name: 'port authority: another gang named for another victim',
    published: '2025-03-28',
    title: 'Port of Hallerby investigating cyber incident',
    paragraphs: [
      'The Port of Hallerby said it was investigating a cyber incident that disrupted its vessel booking system on 24 March.',
      'No group has claimed responsibility so far.',
      'In 2023, a gang called Copperhand claimed a breach of a shipping insurer in the same region and published crew passport scans on its leak site.',
      'The port said it had brought in outside specialists and that cargo operations were continuing.',
    ],
    checks: [
      { noActor: 'Copperhand' }, { noActors: true }, { noData: 'government-id' }, { noDate: '2023' }, { date: '2025-03-24' },
      { type: 'unauthorized-access' },
    ],
  },
  {
    name: 'dental chain: a news round-up line about someone else',
    published: '2025-06-20',
    title: 'Lindqvist Dental says patient contact details exposed',
    paragraphs: [
      'Lindqvist Dental, which runs 40 clinics, said an unauthorised person accessed its appointment system and viewed patients\' phone numbers and appointment dates.',
      'Elsewhere, the sportswear brand Trevani said a flaw in its app had exposed the order histories and card expiry dates of 75,000 shoppers.',
      'Lindqvist said it became aware of the access on 11 June and reported it to the regulator two days later.',
      'The chain said about 6,300 patients were affected.',
    ],
    checks: [
      { data: 'contact' }, { noData: 'payment' }, { count: 6300 }, { noCount: 75000 }, { date: '2025-06-11' },
    ],
  },
  {
    name: 'software maker: background paragraphs, then the intrusion window in a return paragraph',
    published: '2025-03-05',
    title: 'Velmont Software confirms source code theft',
    paragraphs: [
      'Velmont Software said hackers copied source code repositories and internal documents from its development servers.',
      'The company suffered a separate breach in 2020, when an exposed database leaked the email addresses of 2 million users.',
      'Attacks on software suppliers have surged, with one industry report counting 250 such incidents in 2024.',
      'The company said on Monday that the intruders first gained access on 2 February and were removed on 17 February.',
    ],
    checks: [
      { data: 'source-code' }, { data: 'internal' }, { noData: 'contact' }, { noCount: 2000000 }, { noCount: 250 }, { noDate: '2020' },
      { date: '2025-02-02' }, { date: '2025-02-17' }, { noType: 'misconfiguration' },
    ],
  },
  {
    name: 'charity: second time in three years, earlier breach over two sentences',
    published: '2024-09-30',
    title: 'Children\'s charity Ashgrove Trust hit by hackers again',
    paragraphs: [
      'Ashgrove Trust said hackers accessed its donor database this month and copied names and email addresses of supporters.',
      'This is the second time in three years that the charity has been breached. In 2021, a former volunteer downloaded bank details of regular donors. He was later convicted.',
      'The charity said it spotted the intrusion on 19 September and has since reset all staff passwords.',
      'Donors are advised to be cautious of emails asking for payment details or passwords.',
    ],
    checks: [
      { data: 'contact' }, { noData: 'financial' }, { noData: 'credentials' }, { noData: 'payment' }, { noType: 'insider' },
      { noDate: '2021' }, { date: '2024-09-19' },
    ],
  },
  {
    name: 'airline: weeks-after lede clause and a "See also" line',
    published: '2025-08-12',
    title: 'Sundrift Air says frequent-flyer accounts were accessed',
    paragraphs: [
      'Sundrift Air said attackers logged in to frequent-flyer accounts using stolen passwords and redeemed miles belonging to about 2,100 members.',
      'The disclosure comes a month after rival carrier Meridane Airways said a ransomware gang had stolen the passport details of 900,000 passengers.',
      'See also: How airlines protect loyalty schemes from fraud',
      'Sundrift said it first noticed the suspicious logins on 29 July and has restored the miles.',
    ],
    checks: [
      { count: 2100 }, { noCount: 900000 }, { noData: 'government-id' }, { noType: 'ransomware' }, { date: '2025-07-29' },
    ],
  },
  {
    name: 'broadcaster: a generic expert quote, another outlet offline, a warning of a rise in attacks',
    published: '2025-11-10',
    title: 'Talvik Media says streaming subscribers\' emails were stolen',
    paragraphs: [
      'Regional broadcaster Talvik Media said hackers stole the email addresses and viewing histories of 52,000 subscribers to its streaming service.',
      '"Breaches like this one hand criminals fresh lists of stolen passwords to try on banking sites," said Ines Morel, an analyst at Brackwater Labs.',
      'In September, the Oldhaven film archive went offline after a data breach left the records of millions of visitors exposed.',
      'The theft comes hot on the heels of Ravenholt Studios warning that a payroll contractor had leaked staff bank details.',
      'Regulators in the region have warned of a rise in cyberattacks on media groups since January.',
      'Talvik said it found the intrusion on 3 November and told the data regulator two days later.',
    ],
    checks: [
      { data: 'contact' }, { noData: 'credentials' }, { noData: 'financial' }, { noDate: '2025-09' }, { noDate: '2025-01' },
      { date: '2025-11-03' }, { count: 52000 },
    ],
  },
  {
    name: 'hotel group: contractions, a gang\'s earlier victims, counts of incidents and shares of firms',
    published: '2025-05-19',
    title: 'Marisco Hotels guests\' passport scans stolen',
    paragraphs: [
      'Marisco Hotels said a criminal group stole scanned passports and reservation records of 31,000 guests from its front-desk system in early May.',
      'This isn\'t the first time the chain has lost guest data. In 2019 Marisco was hit by a card-skimming attack on its restaurant tills.',
      'Previous victims of the gang include a cruise operator, whose customers\' bank details were sold online, and a ski resort.',
      'There were more than 2,300 data breaches in the hospitality sector in 2024, and 43 percent of hotel companies reported at least one ransomware attack, according to an industry body.',
      'Marisco said it detected the theft on 9 May and has contacted the guests concerned.',
    ],
    checks: [
      { data: 'government-id' }, { noData: 'payment' }, { noData: 'financial' }, { noType: 'malware' }, { noType: 'ransomware' },
      { noDate: '2019' }, { noDate: '2024' }, { count: 31000 }, { noCount: 2300 }, { date: '2025-05-09' },
    ],
  },
];

// checks the extractor does not yet meet, each named by article and check label, with the cause
const KNOWN_FAILS = new Set<string>([
  // data class: "details of medical treatment" is not yet read as medical data (data helper's lexicon)
  'insurer: exposed storage bucket, advice and risk paragraphs | data medical',
  // since main 510999c ("no incident, no types") this researcher-found open bucket reads as no incident, so it has no type (incident class)
  'insurer: exposed storage bucket, advice and risk paragraphs | type misconfiguration',
  // the victim is taken to be the last council named, so the other councils' paragraph is not set aside (company class)
  'council: a string of attacks on other councils in the same year | noType ransomware',
  'council: a string of attacks on other councils in the same year | noDate 2025-01',
  'council: a string of attacks on other councils in the same year | noDate 2025-02',
  // scope.elsewhere ("Elsewhere, …" opens another story) changed one dev record and was removed as fitted (issue 11)
  'dental chain: a news round-up line about someone else | noData payment',
]);

describe('background articles', () => {
  for (const a of ARTICLES) {
    describe(a.name, () => {
      const text = `# ${a.title}\n\n${a.paragraphs.join('\n\n')}\n`;
      let record: IncidentRecord | undefined;
      const get = () => (record ??= extract(text, { format: 'md', published: a.published }));
      for (const c of a.checks) {
        const l = label(c);
        (KNOWN_FAILS.has(`${a.name} | ${l}`) ? it.fails : it)(l, () => holds(get(), c));
      }
    });
  }
});
