// Attribution cues: how a news report credits the people and organisations behind its claims, and the
// words that say what kind of source a credited name is. Lower-case unless noted; one entry per row.

/** Verbs that credit their subject with a claim ("Quill said", "the Hollis Tribune and Channel 9 reported"). */
export const CREDIT_VERBS: readonly string[] = [
  'said', // "Quill said the attack began in June"
  'says', // "the company says it has notified customers"
  'told', // "a spokesperson told Reuters"
  'tells',
  'stated', // "the bank stated that"
  'added', // "the firm added"
  'adds',
  'noted', // "the researchers noted"
  'notes',
  'explained', // "Smith explained"
  'explains',
  'commented', // "commented Jane Doe, CTO at Acme"
  'wrote', // "Smith wrote in a blog post"
  'writes', // "Quill writes"
  'tweeted', // "the company tweeted"
  'posted', // "the group posted on its leak site"
  'confirmed', // "Acme confirmed the breach"
  'confirms',
  'affirmed', // "analytics firm Sentrylab affirmed these findings"
  'affirms',
  'announced', // "Acme announced Monday that"
  'announces',
  'revealed', // "Quill has revealed that"
  'reveals',
  'disclosed', // "the retailer disclosed"
  'discloses',
  'reported', // "the Tribune and Channel 9 reported that"
  'reports',
  'warned', // "the agency warned"
  'warns',
  'acknowledged', // "the hospital acknowledged"
  'acknowledges',
  'admitted', // "the firm admitted"
  'admits',
  'claimed', // "the gang claimed it stole"
  'attributed', // "the agency attributed the theft to a state group": a finding credited to the agency
  'blamed', // "a statement from the insurer blamed the outage on an intrusion"
  'claims',
  'alleged', // "the hackers alleged"
  'alleges',
  'estimated', // "the researchers estimated"
  'estimates',
  'pointed out', // "Stewart pointed out"
  'points out',
  'cited', // "the Hollis Tribune cited an insider who said …": the citer relays the claim
  'found', // "researchers at Acme Security found"
  'flagged', // "monitoring service Breachwatch flagged the leak"
  'traced', // "analytics firm Chainvista traced the funds"
  'discovered', // "Sentrylab discovered the bucket"
  'spotted', // "security firm X spotted"
  'uncovered',
  'observed',
  'identified',
  'published', // "the group published a statement"
  'insisted',
  'denied', // "the company denied that card data was taken"
  'denies',
  'clarified',
  'emphasized',
  'emphasised',
  'stressed',
  'cautioned',
  'advised', // "the company advised users"
  'assured', // "the chief executive assured drivers that their pay was safe"
  'assures',
  'detailed',
  'indicated',
  'suggested',
  'continued', // "“…,” Smith continued"
  'concluded',
  'argued',
  'mentioned',
  'believes', // "the company believes"
  'informed', // "the company informed customers"
  'informs', // "Acme informs patients of a stolen laptop"
  'notified', // "Acme notified customers"
  'notifies', // "the clinic notifies 3,000 patients"
  'reiterated',
  'asserted',
  'elaborated',
  'shared', // "Sentrylab shared a sample"
  'recounted',
  'predicted',
  'calculated',
  'determined', // "the investigation determined"
  'claiming', // "a group styling itself X is claiming"
  'saying',
  'reporting',
  'warning',
  'say', // "experts say" (not after "to", a modal or a negation)
  'claim', // "the hackers claim"
  'warn',
  'report',
  'believe',
  'allege',
  'insist',
  'estimate',
];

/** Base and -ing forms: credits only when nothing like "to", "did" or "will" stands before them. */
/** Verbs of speaking only, the credit verbs that can share a subject with the sentence's first verb ("X called it
 * serious and said …", "X condemned the leak, saying …"); "advised", "added" and the like are not statements there. */
export const SPEECH_VERBS: readonly string[] = ['said', 'says', 'told', 'tells', 'noted', 'explained', 'stated', 'commented', 'warned',
  'stressed', 'emphasized', 'emphasised', 'insisted', 'pointed out', 'confirmed', 'saying', 'claiming', 'warning'];

export const BARE_VERB = /^(?:say|claim|warn|report|believe|allege|insist|estimate|claiming|saying|reporting|warning)$/;

/** Verbs that credit a regulator or the police with what they did: "The ICO fined Acme", "imposed by the Dutch DPA". */
export const AUTHORITY_VERBS: readonly string[] = [
  'fined', 'imposed', 'ordered', 'ruled', 'charged', 'arrested', 'indicted', 'sentenced', 'concluded', 'launched',
  'opened', 'issued', 'sued', 'penalised', 'penalized', 'seized', 'accused',
  'executed', 'raided', 'detained', // "officers executed a warrant on the flat", "Harbour police detained a teenager"
];

/** Descriptors between a name and its verb or after "and": "the Tribune, a local newspaper, reported". */
export const DESCRIPTOR_NOUNS: readonly string[] = [
  'newspaper', 'newspapers', 'outlet', 'outlets', 'publication', 'publications', 'broadcaster', 'station', 'daily',
  'tabloid', 'magazine', 'site', 'website', 'blog', 'agency', 'wire', 'firm', 'company', 'vendor', 'provider',
  'researcher', 'researchers', 'group', 'gang', 'crew', 'collective', 'team', 'organisation', 'organization',
  'regulator', 'watchdog', 'authority', 'service', 'startup', 'platform', 'journalist', 'reporter', 'expert',
  'consultancy', 'consultant', 'advisory', 'lab', 'labs', 'laboratory', 'laboratories', 'specialist', 'maker', 'contractor', 'supplier', 'partner',
];

/** Descriptors that mark the name as a news outlet ("local news outlets Hollis Tribune and Channel 9"). */
export const OUTLET_DESCRIPTORS = /\b(?:news\s(?:outlets?|sites?|agenc(?:y|ies)|stations?|services?|organi[sz]ations?|channels?|websites?|publications?|wires?)|newspapers?|outlets?|broadcasters?|publications?|dailies|daily|tabloids?|magazines?|wire\sservices?|news\sstation|tv\sstation|television\sstation|radio\sstation|trade\spublications?|media)\s$/i;

/** Verbs that may put the speaker after the quote: "“…,” said Jane Doe, CTO at Acme." */
export const INVERSION_VERBS: readonly string[] = [
  'said', 'says', 'wrote', 'writes', 'added', 'adds', 'explained', 'explains', 'commented', 'noted', 'notes',
  'stated', 'continued', 'warned', 'pointed out', 'observed', 'concluded', 'argued', 'cautioned', 'claimed',
  // a news outlet credited after the clause it reports ("…, reported The Harbour Times.", "…, reports Reuters.")
  'reported', 'reports',
];

/** Nouns for a report or statement whose author follows ("a report from X", "research by X", "a story in X"). */
export const REPORT_NOUNS: readonly string[] = [
  'report', 'reporting', 'statement', 'press release', 'release', 'post', 'notice', 'filing', 'letter', 'announcement',
  'advisory', 'alert', 'analysis', 'research', 'study', 'investigation', 'findings', 'tweet', 'blog', 'update', 'disclosure',
  'survey', 'data', 'figures', 'story', 'article', 'interview',
];

/** Report nouns that credit their author only when it is a known outlet ("data from X", "a story in X"). */
export const WEAK_REPORT_NOUNS: readonly string[] = ['data', 'figures', 'story', 'article', 'interview', 'release', 'post', 'update'];

/** What an organisation releases or files ("released a statement", "issued a notice"). */
export const STATEMENT_NOUNS: readonly string[] = [
  'statement', 'notice', 'press release', 'release', 'update', 'advisory', 'alert', 'announcement', 'letter', 'email',
  'e-mail', 'notification', 'blog post', 'post', 'report', 'filing',
];

/** Reports owned with a possessive ("the regulator's statement", "Sentrylab's researchers"). */
export const POSSESSED_REPORTS: readonly string[] = [
  'report', 'reporting', 'statement', 'research', 'analysis', 'findings', 'blog', 'investigation', 'announcement', 'filing',
  'notice', 'press release', 'disclosure', 'researchers', 'research team', 'spokesperson', 'spokesman', 'spokeswoman',
  'guidance', 'advisory', 'letter', 'tweet', 'post', 'representative', 'notification', // "mentioned in Brightwall's notification"
];

/** Verbs whose agent after "by" is credited ("first reported by X", "discovered by X"). */
export const PASSIVE_CREDIT_VERBS: readonly string[] = [
  'reported', 'revealed', 'disclosed', 'found', 'discovered', 'spotted', 'uncovered', 'identified', 'published', 'shared',
  'posted', 'confirmed', 'noticed', 'flagged', 'detected', 'announced', 'first seen', 'echoed',
  'claimed', // "the attack was claimed by the Thornback gang": the gang claims it
  'publicized', 'publicised', // "first publicized by a leak-site tracker"
];

/** Verbs whose agent after "by" is credited only when it is a news outlet: "documents seen by the Hollis Tribune". */
export const OUTLET_PASSIVE_VERBS: readonly string[] = ['seen', 'obtained', 'reviewed', 'viewed', 'verified', 'examined', 'shared with', 'provided to', 'sent to', 'exposed', 'brought to light'];

/** Cues before the outlet a statement was given to ("told X", "in comments to X", "confirmed to X"). */
export const TOLD_TO_CUES: readonly string[] = [
  'told', 'tells', 'speaking to', 'speaking with', 'in an interview with', 'in an interview to', 'in a statement to',
  'in comments to', 'in a comment to', 'in an email to', 'in an e-mail to', 'confirmed to', 'said to', 'mentioned to',
  'explained to', 'in a statement given to', 'in remarks to', 'a statement to', 'its statement to', 'a comment to',
  'comments to', 'a response to',
  // the channel between the words and the outlet: "said in comments emailed to X", "a statement sent to X"
  'comments emailed to', 'comment emailed to', 'statement emailed to', 'emailed statement to', 'statement sent to',
  'comments sent to', 'statement provided to', 'comments provided to', 'response sent to', 'response emailed to',
  // a broadcast the words were spoken on, and an outlet's questions answered: "speaking on Harbour Radio", "in reply to X"
  'speaking on', 'spoke on', 'in an interview on', 'in reply to', 'in a reply to', 'replying to', 'responding to questions from',
  'in response to questions from', 'in response to a query from', 'answering questions from', 'questions from', 'a query from',
];

/** Lower-case offices after a place name in a filing ("the Maine attorney general's office"); a regex alternation. */
export const REGULATOR_OFFICES = [
  'attorney\\sgeneral', 'data\\sprotection\\s(?:authority|commission(?:er)?)', 'information\\scommissioner', 'privacy\\scommissioner',
  'secretary\\sof\\sstate', 'department\\sof\\s[\\p{L}\\s]{3,30}?', 'insurance\\scommissioner',
].join('|');

/** Words that qualify a job title ("Former CEO of X", "Acting Director of Y"). */
export const TITLE_MODIFIERS = /^(?:Former|Acting|Interim|Senior|Deputy|Chief)$/;

/** Lower-case references to the victim organisation: "the company said", "according to the firm". */
export const VICTIM_REFERENCES: readonly string[] = [
  'company', 'firm', 'business', 'organisation', 'organization', 'bank', 'retailer', 'hospital', 'health system',
  'insurer', 'airline', 'carrier', 'operator', 'provider', 'platform', 'service', 'chain', 'group', 'university',
  'school', 'school district', 'district', 'college', 'council', 'agency', 'department', 'ministry', 'city', 'county',
  'giant', 'maker', 'manufacturer', 'developer', 'exchange', 'startup', 'lender', 'brand', 'charity', 'clinic',
  'conglomerate', 'corporation', 'network', 'publisher', 'vendor', 'website', 'site', 'app', 'telco', 'utility',
  'administration', 'town', 'municipality', 'board', 'practice', // "the city administration said", "the board confirmed"
];

/** The victim's customers and other people it serves: "customers of the bank said" is their word, not the bank's. */
export const SERVED_PEOPLE: readonly string[] = [
  'customers', 'customer', 'clients', 'client', 'users', 'user', 'patients', 'patient', 'members', 'member', 'victims',
  'residents', 'students', 'parents', 'passengers', 'travellers', 'travelers', 'consumers', 'shareholders', 'investors',
  'depositors', 'borrowers', 'policyholders', 'account holders', 'subscribers', 'guests', 'visitors', 'tenants',
  'employees', 'workers', 'drivers', 'shoppers', 'buyers', 'sellers', 'holders', 'owners', 'families', 'people',
];

/** Who speaks for an organisation as a body: "Company officials said", "the bank's executives told staff". */
export const OFFICIAL_VOICES: readonly string[] = [
  'officials', 'official', 'executives', 'executive', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople',
  'representatives', 'representative', 'management', 'leadership', 'sources', 'bosses', 'chiefs',
];

/** A person speaking for an organisation: "a spokesperson said" credits the victim. */
export const SPOKES_NOUNS: readonly string[] = [
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'representative', 'rep', 'press officer', 'press office',
];

/** Job titles: split "Acme CEO Jane Doe" into organisation and person; an appositive with one marks a person. */
export const TITLE_WORDS: readonly string[] = [
  'ceo', 'cto', 'cio', 'ciso', 'cfo', 'coo', 'cso', 'cpo', 'chief', 'president', 'vice', 'vp', 'svp', 'evp', 'director',
  'officer', 'manager', 'head', 'founder', 'co-founder', 'cofounder', 'chairman', 'chairwoman', 'chair', 'executive',
  'secretary', 'minister', 'commissioner', 'deputy', 'senator', 'sen.', 'rep.', 'representative', 'governor', 'mayor',
  'spokesperson', 'spokesman', 'spokeswoman', 'analyst', 'researcher', 'engineer', 'consultant', 'partner', 'lead',
  'principal', 'architect', 'specialist', 'advisor', 'adviser', 'evangelist', 'strategist', 'professor', 'prof.',
  'attorney', 'lawyer', 'counsel', 'general', 'superintendent', 'inspector', 'detective', 'sergeant', 'chancellor',
  'dean', 'owner', 'editor', 'fellow', 'technologist', 'scientist', 'investigator', 'agent', 'judge', 'leader',
  'administrator', 'coordinator', 'officials', 'official',
  'lieutenant', 'colonel', 'captain', 'commander', 'admiral', 'brigadier', 'constable', 'marshal',
];

/** Honorifics dropped from a name ("Mr Smith said" → "Smith"). */
export const HONORIFICS: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lt', 'lt.', 'sgt', 'sgt.', 'capt', 'capt.',
  'det', 'det.', 'cpl', 'cpl.', 'col', 'col.', 'maj', 'maj.', 'insp', 'insp.', 'supt', 'supt.', 'gen.', 'adm', 'adm.',
  'prof', 'prof.', 'cllr', 'cllr.', 'gov.', 'atty.', 'rev.', 'hon.', 'amb.', 'cmdr.', 'const.', 'asst.', 'dep.', 'reps.', 'sens.',
];

/** Short forms of titles written with a full stop before a name ("said Rep. Jane Doe", "Det. Sgt. Ann Roe"): the stop
 *  abbreviates, it does not end the name run, and the short form is never the name. The dotted honorifics, and offices. */
export const TITLE_ABBREVIATIONS: readonly string[] = [...HONORIFICS.filter((w) => w.endsWith('.')), 'rep.', 'sen.', 'pres.'];

/** Capitalised words that start a sentence or a clause but are never (the start of) a credited name. */
export const NAME_STOPWORDS: readonly string[] = [ // stripped from the start of a run
  'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'however', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'to', 'of',
  'meanwhile', 'also', 'still', 'now', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'last', 'next', 'this',
  'that', 'these', 'those', 'separately', 'additionally', 'instead', 'previously', 'initially', 'when', 'while',
  'after', 'before', 'since', 'as', 'although', 'though', 'if', 'both', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'your', 'who', 'which', 'what', 'there', 'here', 'then', 'thus',
  'furthermore', 'moreover', 'indeed', 'according', 'speaking', 'writing', 'one', 'some', 'many', 'most', 'all',
  'other', 'others', 'another', 'each', 'every', 'no', 'not', 'only', 'even', 'just', 'finally', 'first', 'second',
  'third', 'update', 'updated', 'note', 'editor', "editor's", 'why', 'how', 'where', 'unfortunately', 'fortunately',
  'importantly', 'notably', 'specifically', 'ultimately', 'overall', 'currently', 'recently', 'reportedly',
  'using', 'following', 'citing', 'including', 'responding', 'commenting', 'referring', 'noting', 'adding', 'quoting',
  'asked', 'asked about', 'contacted', 'reached', 'per', 'given', 'like', 'unlike', 'beyond', 'once',
  'does', 'do', 'did', 'is', 'are', 'was', 'were', 'will', 'can', 'could', 'should', 'would', 'has', 'have', 'had',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'the', 'under', 'during', 'despite', 'because', 'until',
  'through', 'against', 'about', 'over', 'into', 'per', 'via', 'following', 'amid', 'regarding', 'including',
  'breaking', 'exclusive', 'read', 'see', 'click', 'watch', 'photo', 'image', 'video', 'getty', 'shutterstock',
];

/** Common nouns that are never a credited name on their own ("Research published by …", "Cybersecurity experts"). */
export const GENERIC_WORDS: readonly string[] = [
  'research', 'study', 'analysis', 'cybersecurity', 'news', 'government', 'federal', 'state',
  'local', 'national', 'officials', 'lawmakers', 'regulators', 'critics', 'victims', 'hackers', 'hacker', 'attackers',
  'researchers', 'experts', 'users', 'customers', 'people', 'company', 'firm', 'police', 'authorities', 'investigators',
  'analysts', 'sources', 'reports', 'report', 'security', 'data', 'breach', 'statement', 'email', 'photo', 'image',
  'video', 'court', 'documents', 'records', 'employees', 'staff', 'members', 'patients', 'students', 'consumers',
  // country names and demonyms come from ../lexicon/countries.ts
  'u.s.', 'u.s', 'u.k.', 'eu', 'european', 'western', 'african', 'asian',
  'north', 'south', 'east', 'west', 'new', 'international', 'global', 'foreign', 'domestic',
  'logs', 'files', 'emails', 'messages', 'screenshots', 'samples', 'tests', 'scans', 'findings', 'results', 'evidence',
  'statistics', 'figures', 'estimates', 'documents', 'sources', 'details', 'reports', 'records', 'filings', 'data',
  'cyber', 'analysis', 'team', 'group', 'unit', 'lab', 'labs', 'center', 'centre', 'agency', 'department',
  // plural nouns capitalised only because they open a sentence ("Investigations have found …", "Executives said …")
  'investigations', 'inquiries', 'enquiries', 'executives', 'managers', 'administrators', 'auditors', 'inspectors',
  // people named by what they are to the story ("Colleagues said …", "Reporters asked …"): no one is named
  'colleagues', 'reporters', 'journalists', 'residents', 'parents', 'neighbours', 'neighbors', 'witnesses', 'shoppers',
  'passengers', 'travellers', 'travelers', 'teachers', 'doctors', 'nurses', 'workers', 'clients', 'readers', 'viewers',
];

/** Platforms a statement is posted on, not sources themselves ("said via Twitter"). */
export const POSTING_PLATFORMS: readonly string[] = [
  'twitter', 'x', 'telegram', 'linkedin', 'facebook', 'instagram', 'mastodon', 'reddit', 'discord', 'youtube',
  'tiktok', 'email', 'e-mail', 'whatsapp', 'signal', 'medium', 'github', 'pastebin', 'bluesky', 'threads',
];

/** Stock-photo agencies and image credits: never sources ("(Image credit: Shutterstock)"). */
export const IMAGE_AGENCIES: readonly string[] = [
  'shutterstock', 'getty', 'getty images', 'alamy', 'istock', 'istockphoto', 'unsplash', 'pexels', 'pixabay',
  'adobe stock', 'dreamstime', 'depositphotos', 'ap photo', 'reuters/', 'epa', 'afp via getty images',
];

/** Regulators and data-protection authorities (kind `regulator`). Lower-case; matched as whole names or name parts. */
export const REGULATORS: readonly string[] = [
  'ico', "information commissioner's office", 'information commissioners office', 'information commissioner',
  'sec', 'securities and exchange commission', 'ftc', 'federal trade commission', 'fcc', 'federal communications commission',
  'hhs', 'department of health and human services', 'office for civil rights', 'ocr', 'cfpb',
  'consumer financial protection bureau', 'cnil', 'data protection commission', 'dpc', 'data protection authority',
  'data protection authorities', 'dpa', 'edpb', 'european data protection board', 'attorney general',
  "attorney general's office", 'attorneys general', 'information regulator', 'oaic',
  'office of the australian information commissioner', 'privacy commissioner', 'office of the privacy commissioner',
  'fca', 'financial conduct authority', 'finra', 'occ', 'federal reserve', 'bafin', 'acma', 'datatilsynet',
  'autoriteit persoonsgegevens', 'garante', 'aepd', 'cisa', 'cybersecurity and infrastructure security agency',
  'ncsc', 'national cyber security centre', 'national cyber security center', 'us-cert', 'cert', 'enisa', 'irs',
  'internal revenue service', 'ofcom', 'ofgem', 'pra', 'monetary authority of singapore', 'mas', 'pdpc',
  'personal data protection commission', 'nydfs', 'department of financial services',
  'ombudsman', 'regulator', 'watchdog', 'supervisory authority',
];

/** Police and prosecutors (kind `law-enforcement`). */
export const LAW_ENFORCEMENT: readonly string[] = [
  'fbi', 'federal bureau of investigation', 'police', 'europol', 'interpol', 'nca', 'national crime agency',
  'department of justice', 'justice department', 'doj', 'prosecutors', 'prosecutor', 'secret service',
  "u.s. attorney's office", "us attorney's office", "attorney's office", 'action fraud', 'sheriff', "sheriff's office",
  'scotland yard', 'metropolitan police', 'met police', 'guardia civil', 'bka', 'gendarmerie', 'rcmp',
  'royal canadian mounted police', 'afp police', 'australian federal police', 'homeland security', 'dhs', 'hsi',
  'district attorney', 'national police', 'cyber police', 'public prosecutor', 'police department', 'constabulary',
];

/** Court and regulatory documents (kind `filing`), credited as written ("court documents show"). */
export const FILING_NAMES: readonly string[] = [
  'court documents', 'court records', 'court filings', 'court filing', 'court papers', 'the indictment', 'indictment',
  'the complaint', 'a criminal complaint', 'the lawsuit', 'a lawsuit', 'charging documents', 'the filing',
  'regulatory filing', 'sec filing', '8-k', 'form 8-k',
];

/** Words in a name that mark a security firm or research team (kind `researcher`). */
export const RESEARCH_NAME_WORDS: readonly string[] = [
  'security', 'labs', 'lab', 'research', 'intelligence', 'threat', 'cyber', 'cybersecurity', 'infosec', 'spiderlabs',
  'talos', 'unit 42', 'project zero', 'mandiant', 'crowdstrike', 'kaspersky', 'eset', 'sophos', 'symantec', 'mcafee',
  'trend micro', 'check point', 'fireeye', 'proofpoint', 'malwarebytes', 'trustwave', 'kromtech', 'upguard',
  'vpnmentor', 'bitdefender', 'avast', 'f-secure', 'darktrace', 'sentinelone', 'secureworks', 'rapid7', 'tenable',
  'qualys', 'imperva', 'recorded future', 'group-ib', 'flashpoint', 'kela', 'hudson rock', 'emsisoft', 'coveware',
  'chainalysis', 'elliptic', 'comparitech', 'risk based security', 'have i been pwned', 'cybernews', 'surfshark',
  'netskope', 'webroot', 'barracuda', 'zscaler', 'fortinet', 'fortiguard', 'digital shadows', 'intel 471',
  'dragos', 'claroty', 'huntress', 'sucuri', 'wordfence', 'cure53', 'gemini advisory', 'risk iq', 'riskiq',
  'shadowserver', 'abnormal', 'arctic wolf', 'blackberry', 'cylance', 'cofense', 'darkowl', 'resecurity',
];

/** Words before a name that mark it as a researcher or a security firm ("security firm X", "researcher X"). */
export const RESEARCH_CONTEXT = /\b(?:security|cyber-?security|research|threat[- ]intelligence|infosec|antivirus|anti-virus)\s(?:firm|company|vendor|researchers?|team|outfit|provider|specialists?|experts?)\s$|\bresearchers?\s(?:at|from|with)\s$|\b(?:security\s)?researchers?\s$/i;

/** Sentences that are page furniture, never credits: image credits, promo links, bylines. */
export const FURNITURE: readonly RegExp[] = [
  /^\(?\s{0,3}(?:image|photo|picture|illustration|video|graphic|chart|source|screenshot)\s{0,3}(?:credit|courtesy|by|source)?\s{0,3}[:(]/i, // "(Image credit: Shutterstock)", "Image: Getty"
  /^\(?\s{0,3}credit\s{0,3}:/i, // "Credit: AP"
  /^this\s(?:report|story|article)\sby\s[^.]{1,60}\swas\s(?:first\s|originally\s)?published\b/i, // a wire's own footer: "This report by Meridian Wire was first published May 2."
  /^(?:also\s(?:check\sout|read|see|on\s\w+)|also\s{0,2}:|read\s(?:more|next|also)|see\salso|related\s(?:stories|articles|reading|content)?|recommended|more\sfrom|further\sreading|subscribe|sign\sup|follow\sus|share\sthis|trending|most\spopular|don't\smiss|must\sread|listen|watch)\b/i,
  /^(?:(?:[Ww]ritten|[Rr]eported|[Pp]osted|[Pp]ublished|[Ee]dited|[Cc]ompiled)\s{1,3}by|[Bb]y)\s{1,3}\p{Lu}[^.!?]{0,80}$/u, // "Written by Jane Doe, Senior Writer", "By Jane Doe"
  /\b(?:getty\simages|shutterstock|istock|alamy|unsplash)\b\s{0,3}\)?\s{0,3}$/i, // a caption ending in an agency
];

/** Author bios at the end of an article ("After working with the X team…", "Jane is a senior writer at …"). */
export const AUTHOR_BIO = /\bafter\sworking\s(?:with|at|for)\b|\b(?:is|was)\s(?:a|an|the)\s(?:[\w-]+\s){0,4}(?:editor|writer|journalist|reporter|correspondent|contributor|columnist|freelancer|blogger)\b|\b(?:he|she|they)\s(?:covers|has\scovered|writes\sabout|has\swritten)\b|\bwhen\snot\swriting\b|\bcontributing\s(?:writer|editor)\b/i;

/** A clause that states the article as a whole draws on a source ("This story is based on reporting by X"). */
export const MAIN_SOURCE_CUE = /\b(?:this|the)\s(?:story|article|report|piece)\s(?:is\s|was\s)?(?:based\son|draws\son|relies\son|cites|originally\sappeared\sin|first\sappeared\s(?:in|on))\s/i;

/** Negation between a subject and its verb: "Ravel has yet to confirm", "did not say", "hasn't said". */
export const NEGATION = /(?:\b(?:not|never|yet\sto|declined\sto|refused\sto|failed\sto|unable\sto|cannot|no\slonger)|n['’]t)/;

/** The victim telling its own incident in the first person, as a notification letter or a posted notice does ("We recently
 * became aware…", "we are notifying…", "we engaged a forensic firm…", "we regret to inform you…", "we are contacting affected
 * patients…", "we took immediate action…"): the victim's statement, reproduced or quoted. Verbs a researcher or a reporter
 * would not use of their own work ("we discovered the database" is a researcher's, "we contacted the company" a reporter's:
 * not here). Each alternative is an act only the breached organisation performs: learning of the incident, containing it,
 * investigating its own systems, notifying or apologising to the people affected, offering them protection. */
export const FIRST_PERSON_NOTICE = /(?:^|[\s“"‘(])[Ww]e\s(?:have\s|had\s)?(?:recently\s|first\s|then\s|also\s|quickly\s|promptly\s|immediately\s|subsequently\s|now\s|sincerely\s|deeply\s){0,2}(?:became\saware|learned\sthat|determined\sthat|were\s(?:notified|informed|alerted|contacted)\sby|were\snotified|are\snotifying|have\snotified|began\snotifying|are\swriting|am\swriting|take\s(?:the\s|this\s)?(?:[\p{L}-]+\s){0,14}?(?:seriously|very\sseriously|extremely\sseriously)|(?:are\s)?taking\s(?:this|the)\s(?:matter|incident|situation)\s(?:very\s|extremely\s)?seriously|engaged\s(?:a|an|third-party|outside|independent|leading|external)\s|(?:launched|commenced|conducted|initiated|began|started|undertook|opened)\s(?:an?\s|our\s)?(?:[\p{L}-]+\s){0,2}(?:investigation|(?:forensic|security|internal|thorough|comprehensive)\sreview|review\sto\s(?:assess|determine|identify))|activated\sour\sincident|detected\s(?:suspicious|unusual)|identified\s(?:suspicious|unusual)|regret\sto\s(?:inform|report|announce|advise|confirm|notify|let)|(?:want\sto\s|would\slike\sto\s)?apologi[sz]e|are\s(?:very\s|deeply\s|truly\s|so\s)?sorry|took\simmediate\s(?:action|steps)|(?:limited|restricted|disabled)\saccess\sto\sthe\s(?:affected|compromised)|are\sin\sthe\sprocess\sof\s(?:identifying|contacting|notifying|reviewing|investigating|determining)|(?:are|have\sbeen|began|will\sbe)\s(?:now\s)?(?:contacting|notifying|writing\sto|reaching\sout\sto)\s(?:you|all|affected|impacted|those|potentially|individuals|customers|patients|clients|members|students|families|parents|employees|staff|donors|supporters|policyholders)\b|are\sreaching\sout\s(?:so|because)\b|(?:have\sbeen\s|are\s)?working\s(?:[\p{L}-]+\s){0,3}?with\s(?:third[-\s]party|external|outside|independent|leading|cyber-?security|forensic)\s|are\soffering\s(?:[\p{L}-]+\s){0,4}?(?:credit|identity))/u;
