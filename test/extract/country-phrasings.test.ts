// The victim's country, read from how English news describes an organisation: a demonym before it
// ("the Dutch insurer"), a place it is based in ("headquartered in Lyon", "Texas-based"), a state,
// province or city that settles the country, the country's own organisation ("Germany's largest
// brewer"), its national regulator told of the breach. And never from the attacker ("a Russia-linked
// gang"), a researcher or outlet, or another victim. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractCompany } from '../../src/extract/company.js';
import { Explain } from '../../src/rules.js';

type Article = [string, ...string[]];
const run = (article: Article) =>
  extractCompany(readDocument(article.join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' }),
    { published: '2024-05-10', warnings: [], explain: new Explain(true) });

/** [expected ISO code, headline, paragraphs…] */
const POSITIVES: Array<[string, ...Article]> = [
  // demonym + descriptor before the name
  ['NL', 'Insurer confirms breach', 'Hackers breached the Dutch insurer Velmond Verzekeringen and copied claim files.'],
  ['NO', 'Aluminium maker hit', 'Norwegian aluminium maker Fjordmetall was hit by ransomware on Tuesday, the company said.'],
  ['DK', 'Shipping firm attacked', 'Danish shipping firm Nordhavn Line said intruders had encrypted its booking servers.'],
  ['TW', 'Chipmaker breach', 'Taiwanese chipmaker Lianwei Semiconductor confirmed that hackers stole design files.'],
  ['CH', 'Private bank leak', 'The Swiss private bank Aurelbach said client statements were exposed in a breach.'],
  ['CL', 'Retailer breach', 'Chilean retailer Tienda Andina said a cyberattack disrupted its online store.'],
  ['MX', 'Airline hack', 'Mexican airline Vuela Sol said hackers accessed passenger booking records.'],
  ['PL', 'Game studio hacked', 'A Polish games studio, Wilcze Studio, said attackers stole source code for its next title.'],
  ['BE', 'Port operator down', 'Belgian port operator Scheldeport said a ransomware attack halted container traffic.'],
  ['FI', 'Clinic breach', 'Finnish therapy provider Mielikko said patient notes were stolen by an intruder.'],
  ['PT', 'Utility attack', 'Portuguese water utility Aguas do Vale said it had suffered a cyberattack.'],
  ['IL', 'Insurer hacked', 'Israeli insurer Shomer Bituach said hackers had leaked customer files.'],
  ['ID', 'Marketplace leak', 'Indonesian e-commerce company Pasarku said the data of its buyers had been exposed.'],
  ['VN', 'Broker breach', 'Vietnamese brokerage Sao Viet Securities said its trading systems were hacked.'],
  ['HU', 'Lender hit', 'The Hungarian lender Dunavolgy Bank confirmed a breach of its mobile app.'],
  ['ZA', 'Insurer breach', 'South African insurer Kaapstad Life said hackers had accessed policy records.'],
  ['KR', 'Retailer leak', 'The South Korean retailer Hanbit Mart said member records had leaked.'],
  ['CA', 'Pharmacy breach', 'A Canadian pharmacy chain, Maplewell Drugs, said prescription records were stolen.'],
  ['EE', 'Telecom breach', 'Estonian telecom Laineside confirmed that customer records were stolen by hackers.'],
  // a demonym phrase elsewhere in the article refers back to the victim
  ['BR', 'Pagoria confirms breach', 'Pagoria said an intruder accessed customer records last week.', 'The Brazilian fintech said cards were not affected.'],
  ['IE', 'Charity hit', 'Hackers breached Cairde Trust and stole donor records.', 'The Irish charity said it had told the Gardai.'],
  ['FR', 'Retailer breach', 'Maison Lurel said hackers had accessed its loyalty database.', "The French retailer's shares fell on Monday."],
  // -based, headquartered in, based in
  ['US', 'Logistics firm hit', 'Texas-based Corvell Logistics said ransomware encrypted its dispatch servers.'],
  ['FR', 'Analytics firm hacked', 'Brenmoor Analytics, headquartered in Lyon, said attackers stole client files.'],
  ['JP', 'Food maker breach', 'The Tokyo-based firm Kaminari Foods said hackers accessed its order system.'],
  ['CZ', 'Payments breach', 'Ostrava Pay, based in Prague, disclosed a breach of merchant records.'],
  ['IN', 'Lender breach', 'Pune-based Sahyadri Finserv said hackers had accessed the loan files of borrowers.'],
  ['JP', 'Electronics maker hit', 'Nagoya-based Hoshizora Electric said its servers were hit by ransomware.'],
  ['BR', 'Hospital hacked', 'Porto Alegre-based Hospital Santa Luzia said patient records were accessed by hackers.'],
  ['IN', 'Payments firm breach', 'Kolkata-headquartered Paywise said an intruder stole merchant records.'],
  ['KR', 'Game maker breach', 'Seoul-based game publisher Nuri Games said player records were stolen.'],
  ['AU', 'Miner hacked', 'Perth-based miner Redgum Resources said hackers had accessed staff records.'],
  ['ZA', 'Retailer attacked', 'Cape Town-based retailer Fynbos Stores said a cyberattack knocked its tills offline.'],
  ['KE', 'Lender breach', 'Kestrel Credit, a Nairobi-based digital lender, said borrower records were exposed.'],
  ['ES', 'Hotel chain breach', 'Valencia-based hotel chain Hoteles Turia said hackers had stolen guest records.'],
  ['SE', 'Logistics breach', 'Gothenburg-based Vastkust Logistik said ransomware encrypted its warehouse systems.'],
  ['AE', 'Airline breach', 'UAE-based carrier Sahra Air said hackers accessed frequent flyer accounts.'],
  ['CA', 'Insurer breach', 'Corbel Mutual, headquartered in Mississauga, Ontario, said hackers stole policy records.'],
  ['US', 'Clinic breach', 'Pinecrest Family Clinic, based in Cleveland, Ohio, said patient records were exposed.'],
  ['US', 'School district breach', 'Hackers breached Juniper Unified School District in California and stole student records.'],
  // the country's own organisation
  ['DE', 'Bicycle maker hit', "Germany's largest bicycle maker, Radwerk Hansen, confirmed a cyberattack on Monday."],
  ['KE', 'Lender hit', "Jamii Bank, one of Kenya's largest lenders, said hackers had accessed account records."],
  ['SG', 'Clinic group breach', "Singapore's Lionhart Medical said patient records were stolen by hackers."],
  ['CO', 'Telecom breach', "Colombia's second-largest telecoms company, Telandes, said a breach exposed subscriber records."],
  ['CA', 'Credit union breach', "British Columbia's Coastline Credit Union said members' records were exposed."],
  // states, provinces, regions and city governments
  ['US', 'City services down', 'The City of Millbrook, Ohio, said ransomware had encrypted its billing servers.'],
  ['US', 'County payroll hit', 'Harwick County, Pennsylvania, said an intruder accessed its payroll system.'],
  ['US', 'School district hit', 'A Florida school district, Palmetto Shores Schools, said hackers stole student records.'],
  ['CA', 'Utility hit', 'Alberta utility Prairie Lights Power said hackers accessed customer bills.'],
  ['CA', 'Retailer breach', 'Quebec-based retailer Boutique Laurier said hackers stole customer records.'],
  ['AU', 'Transport agency breach', 'The Queensland transport agency Roadlink said hackers accessed licence records.'],
  ['AU', 'Council breach', 'Hackers breached Gumtree Shire Council in New South Wales and stole ratepayer records.'],
  ['DE', 'Carmaker attack', 'Bavarian carmaker Isarwerk Motoren said a cyberattack stopped two assembly lines.'],
  ['ES', 'Hospital hacked', 'A Catalan hospital, Hospital de Montseny, said ransomware locked its patient systems.'],
  ['GB', 'Council hit', 'Hackers breached Tywyn County Council, the Welsh local authority said.'],
  ['GB', 'Health board breach', 'NHS Kelvin Glen, a Scottish health board, said patient records were published online.'],
  ['NO', 'Municipality attacked', 'Hackers hit the municipality of Lindvik in northern Norway, shutting its email system.'],
  ['FR', 'City hit', 'The French city of Belrive said ransomware encrypted its servers on Sunday.'],
  ['US', 'Clinic in Maryland hacked', 'Harbor Point Clinic, a Baltimore medical practice, said patient records were stolen.'],
  ['NZ', 'Insurer breach', "New Zealand's Kowhai Insurance said hackers accessed claims records."],
  ['GH', 'Telecom breach', 'Ghanaian telecom operator Volta Mobile said hackers accessed subscriber records.'],
  ['MA', 'Bank breach', 'Moroccan bank Banque Atlas said hackers stole customer data in a breach.'],
  ['AR', 'Retailer breach', 'Buenos Aires-based retailer Tienda Plata said hackers stole shopper records.'],
  // a regulator of the victim's own country told of the breach
  ['GB', 'Freight firm breach', 'Harlow Freight said hackers had stolen driver records.', 'Harlow Freight reported the breach to the ICO.'],
  ['AU', 'Lender breach', 'Halden Credit said hackers took loan files.', 'Halden Credit has told the Office of the Australian Information Commissioner.'],
  ['US', 'Dental group breach', 'Brightsmile Dental Group said hackers stole patient records.', 'Brightsmile Dental Group filed a notice with the Maine attorney general.'],
];

/** Phrases that name a country but not the victim's: [the code it must not be, expected (null or a code), headline, paragraphs…] */
const NEGATIVES: Array<[string, string | null, ...Article]> = [
  // the attacker
  ['RU', null, 'Freight firm hit', 'A Russia-linked gang breached Harlow Freight and stole driver records.'],
  ['KP', null, 'Exchange robbed', 'North Korean hackers stole funds from Pinecrest Exchange, the exchange said.'],
  ['CN', null, 'Lender breached', 'Chinese state-sponsored hackers breached Halden Credit, investigators said.'],
  ['IR', null, 'Water utility hit', 'An Iranian group claimed the attack on Millbrook Water, which said its pumps were safe.'],
  ['RU', 'US', 'Clinic breach', 'Texas-based Pinecrest Clinic said ransomware encrypted its servers.', 'The Russian-speaking gang behind it posted patient files.'],
  ['RU', null, 'Hotel group hit', 'Hackers breached Harrow Hotels, the company said.', 'Bitlock, a Russian ransomware gang, claimed the attack.'],
  ['VN', null, 'Retailer hit', 'Vietnamese hackers breached Quillon and stole shopper records.'],
  ['PK', null, 'Retailer hacked', 'A Pakistan-based threat actor breached Orrin Textiles, researchers said.'],
  ['UA', null, 'Marketplace hit', 'Hackers breached Lumo Market and stole seller records.', 'The gang is believed to operate from Ukraine.'],
  ['NG', null, 'Payroll scam', 'Hackers breached Dunmore Payroll and diverted salaries.', 'A Nigerian national was later charged over the scheme.'],
  // a researcher, a security firm, an outlet
  ['US', null, 'Insurer leak', 'Quarry Mutual left claim files exposed online, said a US-based researcher.'],
  ['GB', null, 'App leak', 'Hackers breached the Velo app and stole rider records, a London-based security researcher said.'],
  ['IL', null, 'Bank app flaw', 'Hackers breached Pennant Bank, researchers at the Israeli security firm Tavor Labs found.'],
  ['CA', null, 'Marketplace breach', 'Hackers breached Lumo Market, the Canadian broadcaster CBX reported.'],
  ['CA', null, 'Clinic breach', 'Hackers breached Linden Clinic.', 'Dana Pike, a researcher who is based in Toronto, found the files.'],
  // other victims, earlier incidents, where the data went
  ['FR', null, 'Insurer breach', 'Hackers breached Corvane Insurance.', 'Other victims of the gang included a French retailer and a Spanish bank.'],
  ['NL', null, 'Clinic breach', 'Hackers breached Linden Clinic and stole patient files.', 'Last year a Dutch hospital suffered a similar attack.'],
  ['JP', null, 'Retailer breach', 'Hackers breached Quillon, the retailer said.', 'Like the Japanese carmaker hit last month, Quillon paid no ransom.'],
  ['RU', null, 'Forum leak', 'Hackers breached Quorra and offered its user records on a Russian-language forum.'],
  ['NL', null, 'Lender breach', 'Hackers breached Halden Credit, using servers in the Netherlands to move the files.'],
  ['ES', null, 'Site leak', 'Hackers breached Kestrel Travel and dumped its records on a Spanish-language site.'],
  ['US', 'GB', 'Freight breach', 'Hackers breached Harlow Freight, a Leeds haulier.', 'Analysts at a US-based security firm said the gang is prolific.'],
  ['CN', null, 'Retailer breach', 'Hackers breached Quillon.', 'The breach resembles one at China-based retailer Gearmart last year.'],
];

/** Written after the rules above were tuned, and measured before any change: a check on phrasings nobody fitted. */
const HELD_OUT: Array<[string | null, ...Article]> = [
  ['IE', 'Credit union breach', 'Cill Dara Credit Union, which serves members across County Kildare in Ireland, said hackers had copied loan files.'],
  ['NZ', 'Polytechnic hacked', 'Hackers broke into the systems of Tarawera Polytechnic, a tertiary provider in the Bay of Plenty region of New Zealand.'],
  ['CA', 'Hospital network hit', 'A cyberattack has crippled the Rideau Valley Health Network, which runs four hospitals in eastern Ontario.'],
  ['US', 'Water district ransomware', 'The Sandhill Water District in rural Nebraska said ransomware had locked its billing system.'],
  ['GB', 'Housing association breach', 'Pennine Homes, a housing association in West Yorkshire, England, said tenant records had been stolen.'],
  ['DE', 'Brewer attacked', 'The family-owned brewer Kesselbrau, headquartered near Munich, said an attack halted bottling.'],
  ['JP', 'Retailer leak', 'Shinonome Mart, a Japanese discount chain, said customer card numbers may have leaked.'],
  ['IN', 'Insurer breach', 'Hackers stole policy records from Navjeevan Insurance, the Mumbai-based insurer said on Tuesday.'],
  ['BR', 'Telecom breach', 'Brazilian telecom operator Ondaverde confirmed that subscriber records had been exposed.'],
  ['AU', 'Super fund breach', 'Coastal Super, an Australian retirement fund, said hackers had accessed member accounts.'],
  ['FR', 'Hospital ransomware', 'Ransomware hit the Centre Hospitalier de Vauclair in southern France on Sunday night.'],
  ['ZA', 'Lender breach', 'Johannesburg lender Ubuntu Credit said hackers had accessed the records of its borrowers.'],
  ['SG', 'Clinic group breach', 'Hackers breached Merlion Clinics, a Singapore chain of family doctors, and stole patient notes.'],
  ['KR', 'Game maker breach', 'Hackers stole user records from Dalbit Games, a developer headquartered in Seoul.'],
  ['MX', 'Bank breach', 'Banco Sierra Madre, one of the largest lenders in Mexico, disclosed a breach of its app.'],
  ['US', 'University breach', 'Hackers breached Lakeshore State University in Michigan and copied student records.'],
  ['CA', 'Airline breach', 'Montreal-based carrier Air Boreal said passenger records had been accessed by hackers.'],
  ['NL', 'Logistics breach', 'Hackers breached Dijkstra Transport, a logistics firm in the Netherlands, and stole payroll files.'],
  // not the victim's
  [null, 'Clinic breach', 'Hackers breached Orchard Family Clinic, according to Russian-language posts on a forum.'],
  [null, 'Retailer breach', 'Hackers breached Quillon.', 'A Chinese national was arrested in connection with the attack.'],
  [null, 'Council breach', 'Hackers breached Brackwater Council.', 'The ransomware strain was first seen in Brazil last year, analysts said.'],
  [null, 'Insurer breach', 'Hackers breached Corvane Insurance, a researcher in Germany said.'],
  ['US', 'Dental breach', 'Hackers breached Tri-County Dental of Fresno, California.', 'North Korean operatives were blamed by investigators.'],
  ['GB', 'Charity breach', 'Hackers breached the Leeds charity Northern Lights Trust.', 'The stolen files later appeared on a server in Russia.'],
];

/** Regions, local bodies, national authorities and datelines of many countries (issue 11): [code, headline, paragraphs…]. */
const REGIONS_AND_AUTHORITIES: Array<[string | null, ...Article]> = [
  ['DE', 'Hospital hit by ransomware', 'A hospital in Hesse, Klinikum Altmuhl, said ransomware had forced it to turn away emergency patients.'],
  ['AU', 'Hospital breach', 'Hackers accessed patient files at Gippsland Regional Health, a Victorian hospital network, the health service said.'],
  ['IT', 'Regional health agency hit', 'Ransomware hit ASL Valtellina, the health agency serving part of Lombardy, on Sunday.'],
  ['FR', 'Hospital ransomware', 'The hospital of Rouvray-sur-Seine in Normandy said ransomware had locked its patient systems.'],
  ['JP', 'Hospital in Japan', 'A hospital in Aichi, Naniwa General, said ransomware disabled its electronic charts.'],
  ['NZ', 'Health board hacked', 'Waikare District Health Board said hackers had stolen patient files and the board had told police.'],
  ['CA', 'Health authority breach', 'Coastal Ridge Health, a health authority in B.C., said hackers stole patient records.'],
  ['IT', 'Clinic breach', 'Clinica Santa Rosa said hackers accessed patient records and that it had notified the Garante.'],
  ['DE', 'Manufacturer hit', 'Halberg Maschinenbau said ransomware encrypted its plants and it was working with the Federal Office for Information Security.'],
  ['SG', 'Clinic fined', 'Lion Gate Clinic was fined after hackers stole patient records, the Personal Data Protection Commission said.'],
  ['FR', 'Hospital hit', 'Centre Hospitalier de Lirac said ransomware hit its servers and the ANSSI was helping it recover.'],
  ['GB', 'Charity breach', 'Hackers breached Brightwater Trust and stole donor records.', 'The charity told the Department for Work and Pensions.'],
  ['JP', 'Publisher hit', 'Publisher says email accounts were accessed', 'June 2, 2023 09:00', 'OSAKA -- Kansai Shimbun on Thursday said intruders had read email accounts used by its Seoul bureau.', 'Kansai Shimbun said it had told the police there, and staff at the bureau changed their passwords.'],
  ['CL', 'Bank breach', 'SANTIAGO, (Reuters) – Banco Andes said hackers had siphoned money from its accounts.'],
  ['GB', 'Council hit', 'Redwick Borough Council said a cyberattack had taken its online services offline since Sunday.'],
  ['US', 'Sheriff hacked', "Ransomware hit the Harwick County Sheriff's Office, which said dispatch was not affected."],
  ['US', 'District hacked', 'Hackers stole staff records from Pine Valley Unified School District, the district said.'],
  // read without the comma-place row (removed as fitted, issue 11): the state name itself places it
  ['US', 'County hit', 'Ransomware locked the computers of Dunmore County, Ohio, on Monday.'],
  ['US', 'Retailer breach', 'Hackers breached Airsoft Depot and stole card numbers.', 'It is based in Ohio and ships to several countries in Europe.'],
  ['IE', 'School breach', 'Hackers breached St Brendan’s College in County Mayo and stole student records.'],
  // not the victim's
  [null, 'Clinic breach', 'Hackers breached the Mayo Clinic and stole patient records, the clinic said.'],
  [null, 'Retailer hit', 'Hackers breached Orrin Textiles; the gang is believed to be based in Russia, officials said.'],
  [null, 'Clinic breach', 'Hackers breached Quillon Health through its Indian software vendor, Sutra Systems, the clinic said.'],
  [null, 'Spyware found', 'Hackers breached Orrin Corp using spyware made by an Israeli firm.'],
  // a regulator's name that two countries' regulators share places nobody on its own; a city does
  [null, 'Telecom fined', 'Hanul Telecom faces a fine over a hack of its subscriber servers, the Personal Information Protection Commission said.'],
  ['KR', 'Telecom fined', 'Hanul Telecom faces a fine over a hack of its subscriber servers, the Personal Information Protection Commission said.', 'Its chair spoke to reporters at a seminar in Seoul on Monday.'],
];

/** Known misses: a row for "X, which has offices in …, is headquartered in Y" was written, but it changed no value on
 * any of our real articles, so it was removed (issue 11: a rule earns its place on articles). */
const REGIONS_OPEN: Array<[string | null, ...Article]> = [
  ['IE', 'Firm breach', 'Quillon Analytics, which has offices in London, Paris and Berlin, is headquartered in Dublin.', 'Hackers breached Quillon Analytics and stole client files.'],  // country.war (a war or invasion named as background places the fighting) changed one dev article and was removed as fitted
  [null, 'Retailer hit', 'Hackers breached Orrin Textiles in a campaign tied to the war in Ukraine.'],
  [null, 'Lender hit', 'Hackers breached Pennant Bank.', 'The attack came amid the war in Ukraine, analysts said.'],];

describe('country phrasings: regions, local bodies, authorities, datelines', () => {
  for (const [code, ...article] of REGIONS_OPEN) {
    it.fails(`[open: no row yet] ${code}: ${article.slice(1).join(' ').slice(0, 70)}`, () => {
      expect(run(article)?.country).toBe(code);
    });
  }
  for (const [code, ...article] of REGIONS_AND_AUTHORITIES) {
    it(`${code}: ${article.slice(1).join(' ').slice(0, 70)}`, () => {
      const c = run(article);
      expect(c, 'a victim is found').not.toBeNull();
      expect(c?.country).toBe(code);
    });
  }
});

describe('country phrasings: held out', () => {
  for (const [code, ...article] of HELD_OUT) {
    it(`${code}: ${article.slice(1).join(' ').slice(0, 70)}`, () => {
      const c = run(article);
      expect(c, 'a victim is found').not.toBeNull();
      expect(c?.country).toBe(code);
    });
  }
});

describe('country phrasings: where the victim is', () => {
  for (const [code, ...article] of POSITIVES) {
    it(`${code}: ${article[1]!.slice(0, 70)}`, () => {
      expect(run(article)?.country).toBe(code);
    });
  }
});

/** Known misses: rows for "Chinese-made cameras" (where a product was made) and for police acting against the attackers
 * were written, but they changed no value on any of our 1,099 real articles, so they were removed (issue 11: a rule
 * earns its place on articles). */
const NEGATIVES_OPEN: Array<[string, string | null, ...Article]> = [
  // police acting against the attackers ("Ukrainian police arrested two suspects"): that row also changed no value
  ['NL', null, 'Gang taken down', 'Hackers breached Harrow Hotels in March.', 'Europol and Dutch police later seized the gang\'s servers.'],
  ['UA', null, 'Arrests after hack', 'Hackers breached Orrin Textiles in May.', 'Ukrainian police arrested two suspects on Thursday.'],
  ['CN', null, 'Cameras hijacked', 'Hackers breached Corvane Storage through Chinese-made cameras on its network.'],  // country.source-or-outlet (a security firm, consultancy or outlet credited with the story) changed one dev article and
  // was removed as fitted
  ['SE', null, 'Retail breach', 'Hackers breached Quillon, a Swedish security company said on Monday.'],
  ['DE', null, 'Airline breach', 'Hackers breached Skyvale Airways, the German newspaper Tagesblick reported.'],
  ['FR', null, 'Game studio hit', 'Hackers breached Bright Arc Studios, the French news agency said.'],
  ['GB', null, 'Lender breach', 'Hackers breached Halden Credit, according to a report by a British consultancy.'],
  ['DE', null, 'Airline breach', 'Hackers breached Skyvale Airways.', 'The breach was reported by the German newspaper Tagesblick.'],
];

describe('country phrasings: not the victim\'s country', () => {
  for (const [not, expected, ...article] of NEGATIVES_OPEN) {
    it.fails(`[open: no row yet] not ${not}: ${article.slice(1).join(' ').slice(0, 70)}`, () => {
      const c = run(article);
      expect(c, 'a victim is found').not.toBeNull();
      expect(c?.country).not.toBe(not);
      expect(c?.country).toBe(expected);
    });
  }
  for (const [not, expected, ...article] of NEGATIVES) {
    it(`not ${not}: ${article.slice(1).join(' ').slice(0, 70)}`, () => {
      const c = run(article);
      expect(c, 'a victim is found').not.toBeNull();
      expect(c?.country).not.toBe(not);
      expect(c?.country).toBe(expected);
    });
  }
});
