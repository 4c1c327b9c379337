// Data phrases → the closed data categories of the record contract, and whose data it is.
// Each row is a regex source (case-insensitive, matched on word boundaries, bounded: no `*`/`+`
// inside, only `?` and `{0,n}`), its category, and an example of how a report words it.
// The matcher tries longer rows first, so "credit card information" wins over "information".
import type { DataCategory } from '../record.js';

export interface DataPhrase {
  pattern: string;
  category: DataCategory;
}

const E = "(?:e-?mail|email)";

export const DATA_PHRASES: readonly DataPhrase[] = [
  // personal
  { pattern: 'personal(?:ly)? identifiable information', category: 'personal' }, // "personally identifiable information was exposed"
  { pattern: 'personal (?:information|data|details|info|records|identity information|identifying information|files|documents)', category: 'personal' }, // "customers' personal information", "personal files of staff"
  { pattern: "personal (?:customer|client|employee|staff|member|user|consumer|subscriber|student|account holder)s?['’]? (?:information|data|details|info)", category: 'personal' }, // "personal client data was sent to the wrong people": the adjective names the category, the noun whose it is
  { pattern: 'PII', category: 'personal' }, // "PII of 2 million users"
  { pattern: '(?:full |first and last |first |last |real |customer |member )?names?', category: 'personal' }, // "names and addresses were stolen"
  { pattern: 'dates? of births?', category: 'personal' }, // "dates of birth"
  { pattern: 'birth ?dates?|birthdays?|DOBs?', category: 'personal' }, // "birth dates"
  { pattern: 'genders?|marital status|nationalit(?:y|ies)|ethnicity|demographic (?:data|information|details)', category: 'personal' }, // "gender and marital status"
  { pattern: 'photo(?:graph)?s|selfies|profile (?:pictures|photos|information|data)', category: 'personal' }, // "profile photos"
  { pattern: '(?:HR|human resources|personnel) (?:files|data|records|information|details|documents)', category: 'personal' }, // "HR files of staff"
  { pattern: '(?:student|staff|employee|member|membership|customer|client|patient) (?:numbers|IDs|ID numbers|identification numbers)', category: 'personal' }, // "student numbers and emails"
  { pattern: 'grades|school records|academic records|transcripts|disciplinary records|criminal records|CVs|résumés|resumes', category: 'personal' }, // "grades and disciplinary records"
  { pattern: 'employment histor(?:y|ies)|work histor(?:y|ies)|education(?:al)? (?:histor(?:y|ies)|background|records)|signatures|licen[cs]e plate numbers?|vehicle registration numbers?|ages', category: 'personal' }, // "employment history and signatures"
  { pattern: 'civil status(?: data| information| details)?|marital data|family status', category: 'personal' }, // "civil status data"
  { pattern: '(?:U?SIM|SIM card) (?:numbers|data|details|information|serial numbers)|IMSIs?|IMEIs?(?: numbers)?|ICCIDs?|device (?:identifiers|IDs|serial numbers)|subscriber identit(?:y|ies)(?: modules?)?', category: 'personal' }, // "SIM card numbers and device identifiers"
  { pattern: 'details', category: 'personal' }, // "details of 14 million customers"
  { pattern: '(?:travel|booking|reservation) (?:details|information|histor(?:y|ies)|data|records)', category: 'personal' }, // "historical travel information"
  { pattern: 'employee records|employment (?:records|details|information)|job titles?|performance (?:reviews|appraisals|evaluations|records)|disciplinary (?:files|notes|details)|sick(?:ness)? (?:notes|records|leave records)', category: 'personal' }, // "employee records", "performance reviews"
  { pattern: 'identity (?:information|details|data)', category: 'personal' }, // "identity information"
  { pattern: 'location (?:data|information|histor(?:y|ies))|geolocation data', category: 'personal' }, // "location data"
  { pattern: 'biometric (?:data|information)|fingerprints?', category: 'personal' }, // "biometric data"
  { pattern: 'family (?:members?|information|details)', category: 'personal' }, // "details of family members"
  { pattern: '(?:private |personal |direct |text |SMS |chat |instant )?messages|chats|chat (?:logs|histor(?:y|ies))|keystrokes|call (?:logs|records|histor(?:y|ies))|browsing histor(?:y|ies)|(?:personal )?videos|contacts lists?', category: 'personal' }, // "SMS messages and call logs"
  // "<kind>-related information": the kind names the category ("health-related details", "employee-related information")
  { pattern: '(?:employee|employment|staff|personnel|HR|travel|identity)-related (?:information|data|details|records)', category: 'personal' }, // "employee-related information"
  { pattern: '(?:health|medical|patient|treatment)-related (?:information|data|details|records)', category: 'medical' }, // "health-related details"
  { pattern: '(?:bank|banking|finance|financial|tax|payroll|salary|credit)-related (?:information|data|details|records)', category: 'financial' }, // "banking-related information"
  { pattern: '(?:company|business|corporate)-related (?:information|data|details|records|documents|files)', category: 'internal' }, // "company-related data"
  // contact
  { pattern: `${E} addresse?s?`, category: 'contact' }, // "email addresses"
  { pattern: `${E} (?:contacts|lists)`, category: 'contact' }, // "email lists"
  { pattern: 'e-?mail(?!\\s(?:account|server|system|service|address|platform|provider|client))', category: 'contact' }, // "name, email and phone number" (alone it is a bare word: data only in a list or as the thing taken)
  { pattern: '(?:home |postal |mailing |physical |street |billing |delivery |residential |home and )?addresse?s?', category: 'contact' }, // "home addresses"
  { pattern: '(?:tele|mobile |cell |home |work )?phone numbers?|telephone numbers?|mobile numbers?|contact numbers?', category: 'contact' }, // "phone numbers"
  { pattern: 'contact (?:details|information|info|data|lists?)', category: 'contact' }, // "contact details"
  { pattern: '(?:fax numbers?|zip codes?|post ?codes?)', category: 'contact' }, // "zip codes"
  // credentials
  { pattern: '(?:hashed |encrypted |plain-?text |scrambled |salted |unencrypted )?passwords?', category: 'credentials' }, // "hashed passwords"
  { pattern: 'password (?:hashes|hash|information|data|combinations|reset tokens?)', category: 'credentials' }, // "password hashes"
  { pattern: 'user ?names?|log-?(?:in|on) (?:credentials|details|information|data|names?)|logon credentials|sign-?in (?:credentials|details)|logins?', category: 'credentials' }, // "usernames and passwords"
  { pattern: '(?:user|login|log-in|account|member) IDs|user ID numbers|(?:user )?account names?', category: 'credentials' }, // "user IDs and password hashes", "account names and encrypted passwords": how a person signs in, not a state ID
  { pattern: '(?:account |user |login |logon |log-in |admin(?:istrator)? |administrative |employee |staff |legitimate |network |VPN |cloud )?credentials', category: 'credentials' }, // "login credentials"
  { pattern: 'PIN (?:codes|numbers)|PINs?|passcodes?|security questions?(?: and answers)?|security answers', category: 'credentials' }, // "PINs and security questions"
  { pattern: '(?:API|access|authentication|session|OAuth|auth) (?:keys?|tokens?)|tokens|session cookies|cookies', category: 'credentials' }, // "API keys"
  { pattern: '(?:private|encryption|cryptographic|SSH|signing) keys|(?:digital |code[- ]signing |SSL |TLS )?certificates', category: 'credentials' }, // "private keys"
  { pattern: '(?:2FA|two-factor|MFA) (?:codes|secrets|seeds)', category: 'credentials' }, // "2FA codes"
  { pattern: '(?:user |customer |member |player |email |e-mail |social media |online |cloud |webmail |admin(?:istrator)? )?accounts|account (?:details|information|info|data)', category: 'credentials' }, // "user accounts were compromised", "account details and hashed passwords"
  { pattern: '(?:personal|customer|client|member) account (?:details|information|info|data)', category: 'personal' }, // "personal account details were sold": the holder's record, not a way to sign in (passwords are named when taken)
  { pattern: 'credit account (?:information|details|data|numbers?)', category: 'financial' }, // "credit account information was accessed"
  // payment
  { pattern: '(?:(?:payment|credit|debit|bank|credit and debit|credit or debit) )?cards? (?:numbers?|details|data|information|info)', category: 'payment' }, // "payment card information"
  { pattern: '(?:credit|debit|payment|bank) cards?', category: 'payment' }, // "credit cards"
  { pattern: 'payment (?:details|information|info|data|methods?)', category: 'payment' }, // "payment details"
  { pattern: '(?:card )?(?:expir(?:y|ation) dates?)|CVVs?(?: codes?| numbers?)?|CVV2|CVC|card verification (?:values?|codes?|numbers?)|security codes?', category: 'payment' }, // "expiration dates and CVV codes"
  { pattern: '(?:last|final) (?:four|4) digits', category: 'payment' }, // "last four digits of their card"
  // financial
  { pattern: 'bank(?:ing)? (?:account )?(?:numbers?|details|information|info|data|records|habits|statements)|bank accounts?(?: numbers?| details| information)?', category: 'financial' }, // "bank account numbers"
  { pattern: '(?:bank |checking |savings |financial )account numbers?|routing numbers?|sort codes?|IBANs?', category: 'financial' }, // "routing numbers"
  { pattern: '(?:checking|savings|financial) account (?:information|details|data|info)', category: 'financial' }, // "financial account information": the money account, not a way to sign in ("account information" alone is credentials)
  { pattern: '(?:failed )?credit[- ]checks?(?: (?:information|results|data|details))?', category: 'financial' }, // "failed credit checks": a lender's verdict on a person's credit
  { pattern: 'financial (?:information|data|details|records|info|histor(?:y|ies))|finances', category: 'financial' }, // "financial information"
  { pattern: 'tax (?:records|returns|information|data|documents|forms)|W-?2s?(?: forms| records| data| information)?', category: 'financial' }, // "W-2 forms"
  { pattern: 'income (?:information|data|details)|salar(?:y|ies)(?: information| details| data)?|compensation (?:information|data|details)|payroll (?:data|information|records|files|details)', category: 'financial' }, // "salary information"
  { pattern: 'credit (?:histor(?:y|ies)|information|reports?|scores?|records|limits?)|FICO scores?|loan (?:data|information|details|amounts?|applications?)', category: 'financial' }, // "credit scores"
  { pattern: '(?:transaction|purchase|payment) histor(?:y|ies)|(?:transaction|purchase) (?:data|information|details|records)|transactions|purchases', category: 'financial' }, // "purchase histories" (an order history is what was bought, not money: not a category)
  { pattern: 'insurance policy numbers?|account balances?|balances', category: 'financial' }, // "account balances"
  { pattern: 'billing (?:details|information|info|data|records|histor(?:y|ies))', category: 'financial' }, // "billing information": what was billed and paid (a card is payment only when named: "card numbers")
  { pattern: 'pension (?:details|information|data|records|contributions|statements)|(?:insurance )?claims? histor(?:y|ies)|benefit(?:s)? (?:details|information|payments|records)|BVNs?|bank verification numbers?', category: 'financial' }, // "pension details", "claims histories", "benefit details"
  { pattern: 'donation (?:histor(?:y|ies)|records|data|details|amounts)|donations|(?:IBAN|bank) (?:codes|details)', category: 'financial' }, // "donation history"
  { pattern: '(?:data|information|details|records) (?:related to|relating to|about|on) (?:(?:vehicle|auto|car|home|student|personal|their) )?(?:loans?|mortgages?|credit|finances|income|salaries)|(?:vehicle|auto|car|home|student|mortgage) loan (?:data|information|details|records|deals|amounts)', category: 'financial' }, // "data related to vehicle loans"
  // government-id
  { pattern: 'social security (?:numbers?|nos?\\.?|information)|SSNs?', category: 'government-id' }, // "Social Security numbers"
  { pattern: '(?:social|national) insurance numbers?|NI numbers?|tax (?:ID|identification|file) numbers?|taxpayer (?:IDs?|identification numbers?)|TINs?', category: 'government-id' }, // "national insurance numbers"
  { pattern: 'passports?(?: numbers?| details| information| data| scans| photos| copies)?', category: 'government-id' }, // "passport numbers"
  { pattern: "driver'?s'? licen[cs]es?(?: numbers?| details| information| data| photos)?|driving licen[cs]es?(?: numbers?| details)?", category: 'government-id' }, // "driver's license numbers"
  { pattern: '(?:national |government |government-issued |state |photo |identity |ID )?(?:ID|identity|identification) (?:numbers?|card numbers?|cards?|documents?|photos?|images|details|scans)', category: 'government-id' }, // "national ID numbers"
  { pattern: "(?:government-issued |government )?IDs|Aadhaar (?:numbers?|data|details)|green cards?|visa (?:details|information)", category: 'government-id' }, // "government IDs"
  { pattern: '(?:resident|citizen|personal|civil) registration numbers?|(?:personal |national )?identity codes?|(?:citizen|citizenship|residence|resident) (?:numbers?|IDs?|cards?|permits?)|residence permits?|birth certificates?|voter (?:IDs?|ID numbers|registration numbers)|(?:tax|fiscal) codes?|PAN (?:cards?|numbers?)|W-9s?(?: forms)?|I-9s?(?: forms)?', category: 'government-id' }, // "resident registration numbers", "personal identity codes"
  { pattern: 'MyKad(?: numbers?| data| details)?|NRIC(?: numbers?)?|CPF(?: numbers?)?|PESEL(?: numbers?)?|BSN(?: numbers?)?|SIN numbers?|Emirates IDs?|Aadhaar', category: 'government-id' }, // national numbers by their own names: "NRIC numbers"
  { pattern: '(?:PPS|PPSN|NIF|NIE|DNI|RUT|NIN|CNIC|NIDA|HKID|IRD|SSS|TFN|RFC|NINO) (?:card )?numbers?|PPSNs?|CURPs?|NINOs?|HKID cards?|(?:My ?Number|individual number) cards?|personnummer', category: 'government-id' }, // more national numbers: "PPS numbers", "HKID card numbers", "national numbers" (the short ones only before "number")
  // medical
  { pattern: '(?:medical|health|healthcare|clinical|patient|hospital) (?:records?|information|data|details|histor(?:y|ies)|files|conditions?|info|record numbers?)', category: 'medical' }, // "medical records"
  { pattern: '(?:personal |protected |private )?health information|PHI|ePHI', category: 'medical' }, // "protected health information"
  { pattern: 'health (?:insurance|plan) (?:information|details|data|numbers?|policy numbers?)|health insurance', category: 'medical' }, // "health insurance information"
  { pattern: 'diagnos(?:is|es)|prescription (?:records|data|information|details|histor(?:y|ies))|test results|lab(?:oratory)? results|treatment (?:information|details|data|records|plans)|care plans|medication (?:records|lists|histor(?:y|ies))|HIV status|(?:medical )?appointments?|medical (?:departments?|conditions?)', category: 'medical' }, // "diagnoses and prescriptions"
  { pattern: 'therapeutic use exemptions?|TUEs|(?:anti-)?doping (?:test )?(?:records|results|data)', category: 'medical' }, // sport's medical files: "athletes' exemption and doping test records"
  { pattern: '(?:health|healthcare|health insurance|health plan|Medicare|Medicaid|NHS|patient|medical record|insurance member) (?:card )?(?:numbers?|IDs?|ID numbers)|health cards?|Medicare (?:card )?(?:numbers?|details|data)', category: 'medical' }, // "health card numbers", "NHS numbers"
  { pattern: '(?:medical|health|chronic|mental health|pre-existing) conditions|(?:chronic |mental )illness(?:es)?|disability (?:status|information|data)|vaccination (?:records|status|data|histor(?:y|ies))|blood (?:tests?|test results|types?)|(?:medical )?(?:scans|X-rays)|(?:medical )?treatments|prescriptions|medications|clinical notes|dates of service|mental health (?:data|records|information)', category: 'medical' }, // "diagnoses, conditions and prescriptions"
  // internal
  { pattern: '(?:internal|confidential|corporate|company|business|sensitive|proprietary|legal|financial|strategy|strategic|planning|defen[cs]e|technical|engineering|design|military) (?:documents?|files|papers|memos|communications|emails|e-mails|correspondence|plans|reports)', category: 'internal' }, // "internal documents"
  { pattern: '(?:internal|corporate|company|business|proprietary|technical|engineering|design|strategic|product|research|administrative) (?:data|information|records)', category: 'internal' }, // "technical data about products", "administrative records"
  { pattern: 'documents|documentation|memos|emails|e-mails|correspondence|communications|contracts|invoices', category: 'internal' }, // "emails and documents were leaked"
  { pattern: 'trade secrets?|intellectual property|proprietary (?:information|data)|blueprints?|schematics|designs|spec(?:ification)? sheets|product (?:plans|designs|roadmaps|information|data)|prototypes|firmware|ROMs', category: 'internal' }, // "trade secrets"
  { pattern: '(?:unreleased|upcoming) (?:episodes|films|movies|scripts|footage|shows|music|songs|content|games)|(?:film|movie|television|TV) scripts', category: 'internal' }, // "unreleased episodes", "film scripts" (bare "scripts", "footage" are too often a tool or a camera's)
  { pattern: 'sales (?:data|information|figures)|business partner (?:data|information)|partner data|supplier (?:data|information)|vendor (?:data|information)', category: 'internal' }, // "sales data"
  { pattern: 'internal (?:dashboards|wikis?|chats?|messages)', category: 'internal' }, // "internal dashboards"
  // source-code
  { pattern: '(?:proprietary |internal )?source ?codes?|(?:code|git|GitHub|GitLab) repositor(?:y|ies)|repos|codebases?|code', category: 'source-code' }, // "source code"
  // system
  { pattern: '(?:system|server|network|device|access|audit|event|firewall|middleware|security) logs?|log files|logs', category: 'system' }, // "server logs"
  { pattern: '(?:system|network|server|firewall|VPN|router) (?:configurations?|config(?:uration)? files|settings|details|information|diagrams|architecture|maps|topology)', category: 'system' }, // "network configuration"
  { pattern: 'configuration (?:files|data|details|information)|IP address(?:es)?|hostnames|(?:internal )?network information', category: 'system' }, // "IP addresses"
  // classified
  { pattern: '(?:classified|top[- ]secret|secret) (?:information|documents?|material|materials|data|files|papers|intelligence)|state secrets', category: 'classified' }, // "classified documents"
  // unspecified
  { pattern: '(?:sensitive |private |confidential |personal and |user |customer |client |member |employee |stolen |the )?(?:data|information|info)', category: 'unspecified' }, // "sensitive data"
  { pattern: '(?:sensitive |confidential |private )?(?:files|records|databases?|data ?sets?|data ?dumps?|dumps?)', category: 'unspecified' }, // "files were stolen"
];

/** Adjectives that name a category in coordinated phrases: "personal and financial information". */
export const CATEGORY_ADJECTIVES: Readonly<Record<string, DataCategory>> = {
  personal: 'personal', // "personal and financial data"
  financial: 'financial', // "financial and personal details"
  medical: 'medical', // "medical and personal information"
  health: 'medical', // "health and insurance information"
  contact: 'contact', // "contact and payment details"
  payment: 'payment', // "personal and payment information"
  banking: 'financial', // "personal and banking details"
  bank: 'financial', // "contact and bank details"
  login: 'credentials', // "personal and login details"
  account: 'credentials', // "account and payment information"
  identity: 'personal', // "identity and contact information"
  tax: 'financial', // "tax and payroll information"
  // an organisation's own information, coordinated with people's: "financial, corporate and personal information"
  corporate: 'internal', // "corporate and customer data"
  business: 'internal', // "business and personal information"
  company: 'internal', // "company and staff data"
  internal: 'internal', // "internal and client records"
  administrative: 'internal', // "clinical and administrative data"
};

/** Heads those adjectives combine with. */
export const COORDINATED_HEADS = 'information|data|details|info|records';

/** Whose data: words that name the people the data belongs to → the plural subject written in the record. */
export const SUBJECT_WORDS: Readonly<Record<string, string>> = {
  customer: 'customers', customers: 'customers', // "customer details"
  client: 'clients', clients: 'clients', // "client records"
  consumer: 'consumers', consumers: 'consumers', // "consumer data"
  user: 'users', users: 'users', // "user passwords"
  member: 'members', members: 'members', // "member names"
  employee: 'employees', employees: 'employees', // "employee personal information"
  staff: 'staff', 'staff members': 'staff', worker: 'employees', workers: 'employees', personnel: 'employees', // "staff email addresses"
  patient: 'patients', patients: 'patients', // "patients' medical records"
  student: 'students', students: 'students', pupil: 'students', pupils: 'students', // "student records"
  passenger: 'passengers', passengers: 'passengers', // "passenger names"
  guest: 'guests', guests: 'guests', // "hotel guests' card details"
  traveller: 'travellers', travellers: 'travellers', traveler: 'travelers', travelers: 'travelers', // "travellers' passport numbers"
  voter: 'voters', voters: 'voters', // "voter records"
  citizen: 'citizens', citizens: 'citizens', // "citizens' ID numbers"
  resident: 'residents', residents: 'residents', // "residents' addresses"
  applicant: 'applicants', applicants: 'applicants', // "job applicants' details"
  subscriber: 'subscribers', subscribers: 'subscribers', // "subscriber data"
  shopper: 'shoppers', shoppers: 'shoppers', // "shoppers' card details"
  player: 'players', players: 'players', gamer: 'gamers', gamers: 'gamers', // "player accounts"
  athlete: 'athletes', athletes: 'athletes', // "athletes' medical data"
  donor: 'donors', donors: 'donors', // "donor information"
  policyholder: 'policyholders', policyholders: 'policyholders', // "policyholder data"
  cardholder: 'cardholders', cardholders: 'cardholders', // "cardholder data"
  'account holder': 'account holders', 'account holders': 'account holders', // "account holders' details"
  borrower: 'borrowers', borrowers: 'borrowers', // "borrowers' loan data"
  taxpayer: 'taxpayers', taxpayers: 'taxpayers', // "taxpayers' records"
  contractor: 'contractors', contractors: 'contractors', // "contractors' details"
  teacher: 'teachers', teachers: 'teachers', // "teachers' records"
  parent: 'parents', parents: 'parents', // "parents' contact details"
  child: 'children', children: 'children', // "children's names"
  veteran: 'veterans', veterans: 'veterans', // "veterans' records"
  driver: 'drivers', drivers: 'drivers', rider: 'riders', riders: 'riders', // "drivers' licence numbers"
  visitor: 'visitors', visitors: 'visitors', // "visitor data"
  buyer: 'buyers', buyers: 'buyers', seller: 'sellers', sellers: 'sellers', // "sellers' bank details"
  merchant: 'merchants', merchants: 'merchants', // "merchant data"
  investor: 'investors', investors: 'investors', // "investor records"
  retiree: 'retirees', retirees: 'retirees', pensioner: 'pensioners', pensioners: 'pensioners', // "pensioners' details"
  beneficiary: 'beneficiaries', beneficiaries: 'beneficiaries', // "beneficiaries' data"
  individual: 'individuals', individuals: 'individuals', // "data of 40,000 individuals"
  nurse: 'nurses', nurses: 'nurses', doctor: 'doctors', doctors: 'doctors', physician: 'physicians', physicians: 'physicians', // "nurses' licence numbers"
  homeowner: 'homeowners', homeowners: 'homeowners', // "homeowners' mortgage details"
  recipient: 'recipients', recipients: 'recipients', // "benefit recipients' data"
  fan: 'fans', fans: 'fans', reader: 'readers', readers: 'readers', follower: 'followers', followers: 'followers', // "fans' email addresses"
  supporter: 'supporters', supporters: 'supporters', // "supporters' donation history"
  owner: 'owners', owners: 'owners', // "contact details of the owners"
  partner: 'partners', partners: 'partners', // "partner contact data"
  officer: 'officers', officers: 'officers', // "officers' home addresses"
  soldier: 'soldiers', soldiers: 'soldiers', // "soldiers' records"
  official: 'officials', officials: 'officials', // "officials' emails"
  alumni: 'alumni', // "alumni records"
  tenant: 'tenants', tenants: 'tenants', // "tenants' records"
  population: 'citizens', // "the country's entire population had its data leaked"
};

/**
 * Whose data, from a relative clause after "people"/"individuals"/"those": the verb that follows "who"
 * names the relationship ("people who registered to vote" → voters). Each row: the clause's first
 * words, the subject.
 */
export const PEOPLE_WHO: ReadonlyArray<readonly [string, string]> = [
  ['registered to vote', 'voters'], // "names of people who registered to vote"
  ['voted', 'voters'],
  ['shopped', 'customers'], // "card details of people who shopped at the store"
  ['bought', 'customers'],
  ['purchased', 'customers'],
  ['ordered', 'customers'],
  ['booked', 'customers'], // "anyone who booked a stay"
  ['stayed', 'guests'], // "guests who stayed at the hotel"
  ['donated', 'donors'], // "individuals who donated to the campaign"
  ['applied', 'applicants'], // "people who applied for a loan"
  ['work', 'employees'], // "those who work at the plant"
  ['worked', 'employees'],
  ['were employed', 'employees'],
  ['are employed', 'employees'],
  ['signed up', 'users'], // "people who signed up for the app"
  ['used', 'users'],
  ['use', 'users'],
  ['subscribed', 'subscribers'],
  ['were treated', 'patients'], // "individuals who were treated at the clinic"
  ['received care', 'patients'],
  ['visited', 'visitors'],
  ['attended', 'students'],
  ['studied', 'students'],
  ['enrolled', 'students'],
  ['travelled', 'travellers'],
  ['traveled', 'travelers'],
  ['flew', 'passengers'],
];

/**
 * Words after a data word that turn it into something else: "data breach", "data protection officer",
 * "information security", "financial results", "data centre" are not compromised data.
 */
export const NOT_DATA_AFTER = new Set([
  'breach', 'breaches', 'protection', 'centre', 'center', 'centres', 'centers', 'security', 'privacy', 'officer',
  'officers', 'commissioner', "commissioner's", 'technology', 'technologies', 'loss', 'leak', 'leaks', 'theft', 'incident',
  'incidents', 'sharing', 'scientist', 'scientists', 'science', 'analytics', 'broker', 'brokers', 'regulator',
  'regulation', 'regulations', 'law', 'laws', 'act', 'policy', 'policies', 'governance', 'management', 'controller',
  'controllers', 'processor', 'processors', 'collection', 'retention', 'storage', 'handling', 'practices', 'exposure',
  'exposures', 'minimization', 'warfare', 'operations', 'campaign', 'campaigns', 'system', 'systems', 'services', 'service',
  'institution', 'institutions', 'results', 'year', 'quarter', 'sector', 'firm', 'firms', 'company', 'companies',
  'officer', 'watchdog', 'commission', 'department', 'team', 'teams', 'manager', 'director', 'directors',
  'executive', 'executives', 'fraud', 'crime', 'crimes', 'losses', 'gain', 'gains', 'penalty', 'penalties', 'fine',
  'fines', 'risk', 'risks', 'rights', 'request', 'requests', 'subject', 'subjects', 'provider', 'providers', 'review',
  'scheme', 'schemes', 'attack', 'attacks', 'hack', 'hacks', 'analysis', 'execution', 'injection', 'reset', 'resets',
  'manager', 'managers', 'feature', 'features', 'strength', 'requirements', 'spraying', 'guessing', 'field', 'fields',
  'prompt', 'prompts', 'page', 'pages', 'form', 'forms',
  // "firmware updates", "password disclosure" (a flaw's effect), "IMEI changes", "email domains", "data plan"
  'update', 'updates', 'version', 'versions', 'disclosure', 'change', 'changes', 'domain', 'domains', 'plan', 'plans',
]);

/** Words before a data word that turn it into something else: "Information Commissioner's data", "open data". */
export const NOT_DATA_BEFORE = new Set([
  'open', 'big', 'threat', 'intelligence', 'more', 'further', 'additional', 'new', 'public', 'domain', 'brand', 'file',
  'malicious', 'ransomware', 'host', 'for', 'phishing', 'spam', 'fake', 'fraudulent', 'scam', 'spoofed', 'notification',
  'warning', 'poc', 'exploit', 'proof-of-concept', 'attack', 'sample', 'targeted', 'unsolicited', 'bogus', 'unauthorized', 'unauthorised', 'suspicious', 'few', 'any', 'limited', 'technical', 'scant', 'sparse',
  'encrypted', 'hostage', 'infected', 'ransom', 'booby-trapped', 'weaponized', 'weaponised', 'media', 'press',
  'spear-phishing', 'decoy', 'lure', 'savings', 'spending', 'offending', 'self-managed', 'junk', // "spear-phishing emails", "savings accounts"
  'self-signed', 'forged', 'counterfeit', 'cloned', 'web', 'vaccine', // "self-signed certificates", "forged documents", "web addresses"
  'malware', 'trojan', 'botnet', 'verification', 'activation', 'discount', 'promo', 'promotional', 'QR', // "malware source code", "a verification code"
]);

/** Words that say data was taken or exposed in this incident: a sentence needs one to yield data items. */
export const COMPROMISE_CUES: readonly string[] = [
  'st(?:ole|olen|eal|eals|ealing)|theft|thieves', // "hackers stole names"
  'access(?:ed|ing)?|accessible|viewed|view', // "accessed email addresses"
  'expos(?:ed|es|ing|ure)|leak(?:ed|s|ing)?|spill(?:ed)?|unprotected|unsecured|left open|publicly available|open to the internet|misconfigured', // "exposed phone numbers"
  'obtain(?:ed|ing)?|acquir(?:ed|ing)|compromis(?:ed|ing|e)|breach(?:ed|es)?|hack(?:ed|ers?)?|intru(?:der|ders|sion)', // "obtained card numbers"
  'exfiltrat\\w{0,5}|taken|took|grabb(?:ed)?|pilfer(?:ed)?|swip(?:ed)?|copied|download(?:ed)?|dump(?:ed|s)?|scrap(?:ed|ing)|harvest(?:ed)?|lifted|siphon(?:ed)?|snatch(?:ed)?|extract(?:ed)?|captur(?:ed|ing)|intercept(?:ed)?|collected|retriev(?:ed)?', // "exfiltrated files"
  'post(?:ed|ing)|publish(?:ed|ing)|sell(?:ing)?|sold|for sale|auction(?:ed)?|offer(?:ed|ing) (?:for|on)|put up', // "posted for sale"
  // "the stolen files include names", "the records may include names" (not "can include" or "will include", what a
  // product can hold, nor "which include", a system's parts)
  '(?<!\\b(?:can|cannot|will|which)\\s)include',
  'affected|impacted|involved|involving|includ(?:ed|es|ing)|contain(?:ed|s|ing)|such as|compris(?:ed|es|ing)|consist(?:ed|s|ing)', // "the data included names"
  'skimm(?:ed|ing)|got hold of|(?:made|walked) (?:off|away) with|surfaced (?:on|in|online)|ended up (?:on|in|online)|in the hands of|(?:viewable|visible|readable|searchable) (?:to|by)|misdirected|(?:sent|mailed|posted) to the wrong', // "card data was skimmed", "records surfaced on a forum", "viewable by other users"
  '(?:found|left|abandoned|discovered) (?:at|on|in|near|behind|outside)|(?:found|recovered|picked up|handed in) by (?:a|an) |at risk|lost|misplaced|shared|disclos(?:ed|ure)|reveal(?:ed|ing)|mishandl(?:ed|ing)|emailed|unauthori[sz]ed', // "accidentally shared"
];

/**
 * Data on view is exposed: "names were available for viewing on the site" (not "is available": a product
 * on offer). A sentence cue only (its leading verb would make the phrase-level patterns ambiguous).
 */
export const ON_VIEW_CUE = '(?:are|was|were|been|made|left) (?:publicly |freely |openly )?available (?:for (?:viewing|anyone|sale)|to (?:anyone|the public|view)|on (?:the|a|an) (?:website|site|forum|internet|web|dark web))';

/** Advice and recommendations: "change your passwords", "customers should monitor their bank accounts". */
export const ADVICE_CUES = "\\b(?:should|must|need to|needs to|ought to|urg(?:e|es|ed|ing)|advis(?:e|es|ed|ing)|recommend(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|remind(?:s|ed)?|mak(?:e|ing) sure|be sure|ensur(?:e|ing)|be (?:vigilant|wary|alert|careful|cautious|on the lookout)|watch (?:out )?for|look out for|keep an eye|beware|tips?|change (?:your|their)|reset (?:your|their)|update (?:your|their)|never (?:share|give)|(?:not|never) (?:to )?(?:disclose|share|give out|reveal|hand over)|(?:remain|stay|be) on (?:high |heightened )?alert|protect (?:your|their)|how to|best practices?)";

/** A past-tense statement that data was compromised, which advice in the same sentence does not undo. */
export const PAST_COMPROMISE = "\\b(?:stole|took(?!\\s(?:place|steps|action|measures|precautions)\\b)|grabbed|(?:was|were) able to (?:access|obtain|steal|view|download|copy|take)|(?:was|were|has been|have been|had been|got|been)\\s(?:\\w{2,12}ly\\s)?(?:stolen|accessed|exposed|leaked|obtained|compromised|taken|exfiltrated|copied|downloaded|dumped|posted|published|viewed|breached|affected|impacted|included|involved|acquired|hacked|pilfered|lost))\\b";

/** Generic statements, not this incident: "stolen credentials can be used to…", "hackers often target…". */
export const GENERIC_CUES = "\\b(?:(?:designed|built|programmed|engineered|free) to (?:steal|harvest|collect|capture|exfiltrate|grab|siphon|record|monitor|spy)|capable of (?:stealing|harvesting|collecting|capturing|exfiltrating|grabbing|siphoning|recording|monitoring)|(?:may|might|could|can) (?:also |then |easily )?(?:use|reuse|re-use|put|pose|lead to|target|sell|trade|exploit)\\b|(?:is|are) (?:often |widely |commonly )?used (?:by [\\w-]{2,20} )?to|in danger|pose (?:a |an )?(?:danger|risk|threat)|can be|could be used|could use|would (?:be able|allow|enable|have enough|let)|enough to|identity theft|can (?:then )?(?:be )?used|often|typically|usually|generally|frequently|tend to|increasingly|every year|each year|(?:per ?cent|%) of (?:all )?(?:breaches|attacks|incidents|organi[sz]ations|companies|businesses|firms|respondents)|on average|average cost|the cost of|such (?:attacks|compromises|intrusions|breaches|incidents|cases)|these attacks|in general|most (?:breaches|attacks|companies|organi[sz]ations)|many (?:companies|organi[sz]ations|breaches)|organi[sz]ations (?:that|which|who)|companies (?:that|which|who)|if (?:a|an|your|their) |(?:well |best |widely )?known for (?:its )?(?:steal|leak|target|extort|breach|hack|attack|using|deploy|exfiltrat|double)\\w{0,6}|notorious for|(?:has|have) a history of|(?:['’]s?|\\b(?:its|their|a|the))\\s(?:[\\w-]{2,15}\\s)?(?:history|track record|practice|habit|pattern) of [a-z]{2,15}ing\\b|(?:this|that|these|those) (?:type|kind|sort)s? of|becom(?:e|es|ing) (?:more|increasingly) (?:common|frequent|prevalent)|(?:attractive|prime|lucrative|tempting|juicy|valuable|easy|popular|favou?rite) targets?|treasure trove|it is an offen[cs]e to|(?:law|laws|act|policy|policies|regulations?|rules|legislation|GDPR|HIPAA)\\s(?:[\\w-]{1,20}\\s){0,2}(?:requires?|obliges?|mandates?|prohibits?|forbids?))";

/** Words that point to another, earlier incident. */
export const OTHER_INCIDENT_CUES = "\\b(?:previous|prior|separate|another|earlier|past|similar|unrelated|last year's|other|recent)\\s(?:\\w{2,15}\\s){0,2}(?:breach|breaches|hack|hacks|attack|attacks|incident|incidents|leak|leaks|compromise|intrusion|theft|thefts)|\\b(?:(?:string|series|spate|wave|rash) of (?:\\w{2,15}\\s){0,2}(?:breaches|hacks|attacks|incidents|leaks|thefts)|in the past|in recent years|other companies|like (?:the )?\\w{2,20} (?:breach|hack))";

/**
 * Words that put a sentence among crypto money: coins, tokens, wallets, chains. There a bare "address" is a
 * wallet's, "tokens" are coins, "private keys" open the wallet the coins were taken from, and names label wallets.
 */
export const CRYPTO_WORDS = '(?:crypto(?:currenc(?:y|ies))?|bitcoins?|BTC|ether(?:eum)?|ETH|USDT|USDC|stablecoins?|altcoins?|(?:crypto|digital|virtual) (?:assets|currenc(?:y|ies))|coins|NFTs?|blockchains?|on-?chain|(?:hot|cold|crypto|digital|exchange|multi-?sig|custodial) wallets?|wallets?|DeFi|smart contracts?|(?:cross-?chain )?bridges?)';
