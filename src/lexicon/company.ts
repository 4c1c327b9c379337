// Words that find the victim organisation of a breach story: what ends an organisation's name, what
// describes one, the verbs that make a name the victim, and the words that mark a name as someone else
// (security firm, attacker, authority, publisher, photo credit).

/** Last word of an organisation name ("Hoshino Corporation", "Harbour Banking Group", "Bayfield General Hospital"). */
export const ORG_SUFFIXES: readonly string[] = [
  'Inc', 'Incorporated', 'Corp', 'Corporation', 'Co', 'Company', 'Ltd', 'Limited', 'LLC', 'LLP', 'LP', 'plc', 'PLC', 'Plc',
  'AG', 'SA', 'GmbH', 'NV', 'BV', 'Pty', 'AB', 'ASA', 'Group', 'Holdings', 'Holding', 'Partners', 'Associates',
  'Bank', 'Banking', 'Bancorp', 'Financial', 'Insurance', 'Capital', 'Credit Union', 'Trust', 'Fund',
  'Hospital', 'Hospitals', 'Clinic', 'Health', 'Healthcare', 'Medical', 'Medicine', 'Pharmacy', 'Pharmaceuticals',
  'University', 'College', 'School', 'Schools', 'Academy', 'Institute', 'District',
  'Council', 'Department', 'Ministry', 'Office', 'Agency', 'Authority', 'Commission', 'Service', 'Services', 'Board',
  'Administration', 'Bureau', 'Parliament', 'Assembly', 'Government', 'City', 'County', 'State', 'Municipality',
  'Association', 'Federation', 'Foundation', 'Society', 'Union', 'Club', 'League', 'Party', 'Committee', 'Centre', 'Center',
  'Airlines', 'Airline', 'Airways', 'Air', 'Railways', 'Motors', 'Energy', 'Telecom', 'Telecommunications',
  'Communications', 'Networks', 'Systems', 'Technologies', 'Technology', 'Software', 'Labs', 'Solutions', 'Media',
  'Entertainment', 'Games', 'Studios', 'Stores', 'Brands', 'Foods', 'Hotels', 'Resorts', 'Pipeline', 'Electric',
  'Credit', 'Finance', 'Lending', 'Mutual', 'Savings', 'Logistics', 'Freight', 'Shipping', 'Retail', 'Analytics',
  'Consulting', 'Pharma', 'Dental', 'Telecoms', 'Utilities', 'Water', 'Power', 'Mobile',
];

/** First word(s) of an organisation name ("University of Michigan", "Bank of America", "Ministry of Defence"). */
export const ORG_PREFIXES: readonly string[] = [
  'University', 'Bank', 'Department', 'Ministry', 'Office', 'Bureau', 'Council', 'City', 'County', 'State',
  'Board', 'Commonwealth', 'Government', 'Royal', 'National', 'Federal', 'Municipality',
];

/**
 * Nouns that describe an organisation just before its name ("payday lender Quickloan", "the retailer Target",
 * "forensics company Cellebrite").
 */
export const ORG_DESCRIPTORS: readonly string[] = [
  'firm', 'company', 'companies', 'corporation', 'business', 'group', 'giant', 'maker', 'manufacturer', 'retailer', 'chain',
  'lender', 'bank', 'insurer', 'provider', 'operator', 'carrier', 'airline', 'platform', 'service', 'site', 'website',
  'app', 'network', 'exchange', 'marketplace', 'startup', 'start-up', 'developer', 'publisher', 'broadcaster',
  'agency', 'department', 'council', 'authority', 'ministry', 'hospital', 'clinic', 'practice', 'university',
  'college', 'school', 'district', 'organisation', 'organization', 'charity', 'association', 'body', 'contractor',
  'vendor', 'supplier', 'multinational', 'conglomerate', 'brand', 'outlet', 'store', 'hotel', 'forum', 'subsidiary',
  'processor', 'utility', 'telco', 'studio', 'club', 'league', 'fintech', 'insurtech', 'e-tailer', 'lab', 'laboratory', 'pharmacy', 'health system', 'trust',
];

/**
 * Victim verbs after a name: "X said it suffered", "X was hacked", "X confirmed a breach".
 * A name followed (within a few words) by one of these is the subject of the incident.
 */
export const VICTIM_PASSIVE: readonly string[] = [
  'hacked', 'breached', 'hit', 'struck', 'attacked', 'compromised', 'targeted', 'infected', 'affected', 'impacted',
  'infiltrated', 'penetrated', 'victimized', 'victimised', 'crippled', 'disrupted', 'exposed', 'defaced', 'extorted',
  'held to ransom', 'knocked offline', 'taken offline', 'fined', 'locked out',
];

/** Verbs whose subject is the victim when the rest of the sentence is about the incident. */
export const VICTIM_ACTIVE: readonly string[] = [
  'suffered', 'suffers', 'experienced', 'detected', 'discovered', 'disclosed', 'discloses', 'revealed', 'reveals',
  'confirmed', 'confirms', 'admitted', 'admits', 'acknowledged', 'announced', 'announces',
  'reports', 'is investigating', 'was investigating', 'has launched', 'launched an investigation',
  'fell victim', 'falls victim', 'fallen victim', 'fell prey', 'falls prey', 'fallen prey', 'became aware', 'learned', 'learnt', 'identified', 'said it', 'says it', 'said that it',
  'says that it', 'reset', 'forced a password reset',
  'paid', 'agreed to pay', 'apologised', 'apologized', 'leaked', 'lost', 'spilled', 'spills', 'left', 'exposes', 'exposed',
];

/** Nouns of the incident itself; "a breach at X", "the X data breach", "an attack on X". */
export const INCIDENT_NOUNS: readonly string[] = [
  'breach', 'data breach', 'security breach', 'hack', 'hacking', 'attack', 'cyberattack', 'cyber-attack', 'cyber attack',
  'intrusion', 'incident', 'security incident', 'compromise', 'assault', 'infiltration', 'incursion', 'leak', 'data leak', 'ransomware attack', 'infection',
  'outage', 'exposure', 'theft', 'raid', 'heist',
];

/** People and assets of an organisation: "X's customers", "customers of X", "X's servers". */
export const VICTIM_ASSETS: readonly string[] = [
  'customers', 'users', 'clients', 'employees', 'staff', 'workers', 'patients', 'members', 'students', 'subscribers',
  'players', 'account holders', 'accounts', 'passengers', 'residents', 'policyholders', 'pensioners', 'guests', 'shoppers', 'voters', 'donors', 'citizens',
  'servers', 'server', 'systems', 'system', 'network', 'networks', 'database', 'databases', 'website', 'site',
  'computers', 'email', 'emails', 'data', 'records', 'files', 'infrastructure', 'forums', 'forum', 'app',
  'payment system', 'point-of-sale', 'operations', 'business', 'contractor', 'vendor', 'IT systems', 'computer systems', 'web server', 'reservation system', 'cloud', 'storage', 'bucket', 'internal', 'IT',
];

/** The people an organisation tells about its breach: "X notified customers", "X began emailing users". */
export const NOTIFIED_PEOPLE: readonly string[] = [
  'customers', 'users', 'clients', 'employees', 'staff', 'workers', 'patients', 'members', 'students', 'subscribers',
  'players', 'account holders', 'passengers', 'guests', 'shoppers', 'voters', 'donors', 'individuals', 'people',
  'those affected', 'affected', 'victims', 'parents', 'policyholders', 'cardholders', 'regulators', 'the ICO',
  'authorities', 'law enforcement', 'the police', 'investors', 'shareholders',
];

/** Words right before a name that make it a security firm or researcher, not the victim. */
export const SECURITY_FIRM_CUES: readonly string[] = [
  'security firm', 'security company', 'security vendor', 'security researchers', 'security researcher',
  'cybersecurity firm', 'cybersecurity company', 'cyber security firm', 'cybersecurity vendor', 'antivirus firm',
  'antivirus company', 'antivirus vendor', 'threat intelligence firm', 'threat intelligence company', 'research firm',
  'found by', 'discovered by', 'spotted by', 'uncovered by', 'identified by', 'flagged by', 'research team at', 'security team at', 'research team from', 'researchers at', 'researchers from', 'researcher at', 'researcher from', 'analysts at', 'analyst at', 'experts at',
  'expert at', 'according to', 'report by', 'report from', 'study by', 'research by', 'survey by', 'analysis by',
  'data from', 'figures from', 'blog post by', 'consultancy', 'forensics firm', 'incident response firm',
];

/** Job titles: "…, CTO at X" names a commentator's employer, not the victim. */
export const COMMENTATOR_TITLES: readonly string[] = [
  'CTO', 'CISO', 'CSO', 'VP', 'vice president', 'founder', 'co-founder', 'researcher', 'analyst', 'expert',
  'evangelist', 'strategist', 'consultant', 'advisor', 'adviser', 'architect', 'fellow', 'professor', 'lecturer',
];

/** Words after a name that make it the attacker ("X hackers", "X ransomware", "X claimed responsibility"). */
export const ATTACKER_CUES: readonly string[] = [
  'hackers', 'hacker', 'hacking group', 'hacker group', 'group', 'gang', 'ransomware', 'malware', 'trojan', 'botnet',
  'claimed responsibility', 'claimed credit', 'took credit', 'claims responsibility', 'has claimed', 'threatened',
  'demanded', 'is believed to', 'operators', 'actors', 'APT',
];

/** Capitalised words that are never an organisation name on their own (sentence openers, titles, time words). */
export const NOT_NAMES: readonly string[] = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'As',
  'Under', 'Over', 'During', 'Despite', 'Through', 'Within', 'Without', 'Among', 'Against', 'About', 'Across',
  'Between', 'Until', 'Unlike', 'Like', 'Following', 'Including', 'Via', 'Per', 'Once', 'Meanwhile', 'Instead',
  'Additionally', 'Overall', 'Still', 'Even', 'Only', 'Just', 'Both', 'Either', 'Neither', 'Other', 'Another', 'Such',
  'Several', 'Few', 'Please', 'Thanks', 'Yes', 'Well', 'Indeed', 'Moreover', 'Furthermore', 'Nevertheless', 'Otherwise',
  'If', 'But', 'And', 'Or', 'So', 'Yet', 'Also', 'However', 'While', 'When', 'Where', 'What', 'Which', 'Who', 'Why',
  'How', 'After', 'Before', 'Since', 'Although', 'Though', 'Because', 'According', 'Last', 'Next', 'Earlier', 'Later',
  'Today', 'Yesterday', 'Tomorrow', 'Now', 'Then', 'Here', 'There', 'We', 'You', 'They', 'He', 'She', 'I', 'Our',
  'Your', 'Their', 'His', 'Her', 'My', 'Some', 'Many', 'Most', 'All', 'Any', 'Each', 'Every', 'No', 'Not', 'One',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sir', 'Read', 'More', 'Related', 'Image', 'Photo', 'Picture',
  'Credit', 'Source', 'Update', 'Updated', 'Editor', 'Note', 'Share', 'Click', 'Subscribe', 'Copyright', 'Advertisement',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'CEO', 'CTO', 'CISO', 'CFO', 'COO', 'VP', 'President', 'Chairman', 'Director', 'Manager', 'Officer', 'Chief',
  'Internet', 'Web', 'Data', 'Security', 'Cybersecurity', 'Breach', 'Hackers', 'Hacker', 'Attack', 'Ransomware',
  'Malware', 'Phishing', 'Email', 'Emails', 'Password', 'Passwords', 'Customers', 'Users', 'Employees', 'Government',
  'Police', 'Company', 'Companies', 'Officials', 'Researchers', 'Experts', 'Report', 'Reports', 'Statement',
  'GDPR', 'PII', 'PHI', 'ePHI', 'SSN', 'SSNs', 'IT', 'IP', 'PDF', 'URL', 'API', 'VPN', 'DNS', 'SQL', 'PC', 'PCs', 'ID', 'IDs', 'PIN',
  'CVE', 'DDoS', 'DoS', 'ATM', 'ATMs', 'AI', 'TV', 'OK', 'Q', 'Inc', 'Ltd', 'Corp', 'PLC', 'LLC',
  'C&C', 'C2', 'CCTV', 'SEO', 'IoT', 'Europe', 'Eastern Europe', 'Western Europe', 'Asia', 'Africa', 'Middle East',
  'Latin America', 'North America', 'South America', 'Asia Pacific', 'APAC', 'EMEA', 'Dark Web', 'Deep Web', 'Social Security', 'Social Security Number', 'Social Security Numbers', 'National Insurance', 'ISP', 'ISPs', 'GB', 'MB', 'TB', 'KB', 'W-2', 'W2', 'W-2s', 'HR', 'FAQ', 'Q&A', 'PR', 'UTC', 'GMT', 'EST', 'PST', 'BST', 'EDT', 'PDT', 'CET', 'CEST', 'IST', 'JST', 'KST', 'AEST', 'AEDT', 'AM', 'PM',
  'Published', 'Updated', 'Posted', 'Modified', 'COVID', 'COVID-19', 'Covid', 'Covid-19', 'Coronavirus',
  'Christmas', 'Easter', 'New Year', 'Black Friday', 'Cyber Monday',
];

/** Authorities and regulators: named in breach stories, rarely the victim. */
export const AUTHORITY_NAMES: readonly string[] = [
  'FBI', 'Federal Bureau of Investigation', 'Europol', 'Interpol', 'NCSC', 'National Cyber Security Centre', 'ICO',
  'Information Commissioner', "Information Commissioner's Office", 'Information Commissioners Office', 'SEC', 'FTC',
  'Federal Trade Commission', 'Securities and Exchange Commission', 'Office of the Privacy Commissioner',
  'Privacy Commissioner', 'Data Protection Authority', 'Dutch Data Protection Authority', 'Federal Communications Commission', 'FCC', 'Department of Justice', 'Justice Department', 'DOJ',
  'DHS', 'Department of Homeland Security', 'CISA', 'US-CERT', 'CERT', 'Secret Service', 'NCA', 'National Crime Agency',
  'Action Fraud', 'Police', 'Police Scotland', 'Metropolitan Police', 'Scotland Yard', 'RCMP', 'OAIC', 'CNIL', 'BSI',
  'HHS', 'Office for Civil Rights', 'OCR', 'IRS', 'Attorney General', 'Data Protection Commission', 'NSA', 'GCHQ',
  'White House', 'Kremlin', 'Pentagon', 'Congress', 'Senate', 'Parliament', 'European Commission', 'European Union', 'EU', 'UN', 'United Nations', 'NATO',
];

/**
 * A national cyber-security body by the shape of its name ("National Cyber Security Center", "the Cyber Security
 * Council", "Cybersecurity Agency", a CERT or CSIRT): it responds to incidents and speaks of them; like a
 * regulator, it is the victim only in a victim role of its own.
 */
export const CYBER_AUTHORITY = /\b(?:Cyber\s?[Ss]ecurity\s(?:Cent(?:re|er)|Council|Agency|Authority|Directorate|Coordination\sCent(?:re|er))|Computer\s(?:Emergency|Security\sIncident)\sResponse\sTeam|CERT|CSIRT)\b/;

/** Lines that credit a picture or the writer: no name on them is the victim. */
export const CREDIT_LINE = /^(?:image|photo|picture|photograph|illustration|credit|source|video|graphic|by|written by|copyright|©)\b\s{0,3}(?:credit|courtesy|source)?\s{0,3}[:|-]?/i;

/** Operating systems, software and device families: the target of a flaw, rarely the victim organisation. */
export const PLATFORMS: readonly string[] = [
  'Windows', 'Windows 7', 'Windows 10', 'Mac', 'Macs', 'macOS', 'OS X', 'iOS', 'Android', 'Linux', 'Unix', 'IoT',
  'Internet of Things', 'Word', 'Office', 'Excel', 'PowerPoint', 'Outlook', 'Chrome', 'Firefox', 'Safari', 'Edge',
  'Internet Explorer', 'Java', 'Flash', 'Adobe Flash', 'JavaScript', 'PHP', 'WordPress', 'Drupal', 'Joomla', 'Magento',
  'MySQL', 'MongoDB', 'Elasticsearch', 'Redis', 'Hadoop', 'CouchDB', 'SQL Server', 'Apache', 'Struts', 'Apache Struts',
  'OpenSSL', 'Bitcoin', 'Ethereum', 'Tor', 'VPN', 'Wi-Fi', 'WiFi', 'Bluetooth', 'USB', 'SMS', 'iPhone', 'iPhones',
  'iPad',
  // file-transfer and server software exploited at many customers at once: its customers are the victims
  'MOVEit', 'MOVEit Transfer', 'MOVEit Cloud', 'GoAnywhere', 'GoAnywhere MFT', 'Log4j', 'Log4Shell', 'SharePoint',
  'Exchange Server', 'Confluence', 'Kubernetes', 'Docker',
];

/** How an article refers back to an organisation by its kind: name word → the nouns used ("the hospital said"). */
export const KIND_NOUNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['hospital', ['hospital', 'trust', 'health board']], ['hospitals', ['hospital', 'hospitals']],
  ['clinic', ['clinic', 'practice', 'hospital']], ['centre', ['centre', 'center', 'hospital', 'clinic']],
  ['center', ['center', 'centre', 'hospital', 'clinic']], ['medical', ['hospital', 'clinic', 'practice']],
  ['health', ['hospital', 'health system', 'provider', 'trust']], ['healthcare', ['hospital', 'provider', 'company']],
  ['bank', ['bank', 'lender']], ['banking', ['bank', 'lender']], ['financial', ['lender', 'company', 'firm']],
  ['insurance', ['insurer', 'company']], ['university', ['university']], ['college', ['college']],
  ['school', ['school']], ['schools', ['district', 'schools']], ['district', ['district']],
  ['council', ['council', 'authority']], ['city', ['city']], ['county', ['county']], ['authority', ['authority', 'utility']],
  ['department', ['department', 'agency']], ['ministry', ['ministry', 'department']], ['agency', ['agency']],
  ['commission', ['commission', 'watchdog', 'regulator']], ['airlines', ['airline', 'carrier']], ['airways', ['airline', 'carrier']],
  ['air', ['airline', 'carrier']], ['hotels', ['hotel chain', 'chain', 'company']], ['group', ['group', 'company']],
  ['pharmacy', ['pharmacy', 'chain']], ['stores', ['retailer', 'chain']],
];

/**
 * The writer's own systems hit, told in the first person: "an intruder accessed our network", "access to some of
 * our systems", "servers used by us", "our email system was compromised". A page that says this outside quotation
 * marks is the victim's own notice (a news story says "its network"; a researcher's blog says "we found").
 */
export const OWN_SYSTEMS_HIT = /\b(?:accessed|access\sto|breached|compromised|encrypted|infiltrated|entered|disrupted|locked|attacked)\s(?:[\w-]+\s){0,5}?(?:our|us)\b(?!\s(?:researchers?|team|analysts?|honeypots?|customers['’]|clients['’]))|\bour\s(?:[\w-]+\s){0,2}?(?:systems?|network|servers?|environment|e-?mail\s(?:system|accounts?)|accounts?|database|files)\s(?:[\w-]+\s){0,3}?(?:was|were|had\sbeen|has\sbeen|have\sbeen|may\shave\sbeen)\s(?:\w+\s)?(?:accessed|breached|compromised|encrypted|affected|hacked|infected|attacked|hit|targeted)\b/i;

// ---- a weak candidate (company.weak-only) that stands as no organisation --------------------------------

/** Nouns a name modifies when it names a thing, not a body: "a [Quorvex] file", "the [Quorvex] web browser". (Assets an
 * organisation owns, "X servers", "X files", are VICTIM_ASSETS and not here.) */
export const THING_HEADS: readonly string[] = [
  'file', 'format', 'browser', 'web browser', 'product', 'products', 'operating system', 'operating systems', 'version',
  'versions', 'page', 'sources', 'protocol', 'plugin', 'plug-in', 'extension', 'macro', 'toolkit', 'framework', 'library',
  'firmware', 'encryption', 'algorithm', 'cipher',
];

/** Nouns for software or for a person's handle before "called", "named": "a backdoor named [Quorvex]". */
export const NAMED_THINGS: readonly string[] = [
  'malware', 'backdoor', 'trojan', 'tool', 'toolkit', 'strain', 'variant', 'family', 'program', 'programme', 'app',
  'application', 'user', 'hacker', 'handle', 'alias', 'moniker', 'file', 'bot', 'botnet', 'worm', 'browser', 'exploit',
  'technique', 'script', 'ransomware', 'implant', 'payload', 'loader', 'dropper',
];

/** Verbs by which an organisation acts on another as its regulator: "[X] fined the clinic". */
export const OVERSIGHT_VERBS: readonly string[] = [
  'fined', 'investigated', 'imposed', 'ordered', 'penalised', 'penalized', 'sanctioned', 'reprimanded', 'censured',
  'audited',
];

/** Verbs and nouns of a report someone else wrote: "[X] tracked 40 thefts", "[X]'s survey". */
export const REPORT_VERBS: readonly string[] = [
  'alleged', 'tracked', 'estimated', 'estimates', 'calculated', 'calculates', 'counted', 'observed', 'predicts', 'predicted',
];
export const REPORT_NOUNS: readonly string[] = [
  'report', 'study', 'survey', 'research', 'analysis', 'findings', 'figures', 'blog', 'researchers', 'experts', 'analysts',
];

/** Currencies told by their word ("paid in Bitcoins"). */
export const CURRENCY_NAMES: readonly string[] = ['Bitcoin', 'Monero', 'Ether', 'Ethereum', 'Litecoin', 'Dollar', 'Euro'];

/** The last word of an event's name: "the [Quorvex Security Conference]". */
export const EVENT_HEADS: readonly string[] = [
  'Conference', 'Congress', 'Summit', 'Expo', 'Convention', 'Symposium', 'Festival', 'Hackathon', 'Webinar',
];
