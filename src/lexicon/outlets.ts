// News outlets, wires and publishers: never the victim, and a `news-outlet` source when credited.
// Lower-case names; matching ignores a leading "the" and case.
export const NEWS_OUTLETS: readonly string[] = [
  'reuters', 'associated press', 'ap', 'afp', 'agence france-presse', 'bloomberg', 'bloomberg news', 'cnn', 'cnbc', 'bbc',
  'bbc news', 'the guardian', 'guardian', 'the times', 'the new york times', 'new york times', 'nyt', 'the washington post',
  'washington post', 'wall street journal', 'the wall street journal', 'wsj', 'financial times', 'ft', 'the record',
  'the record by recorded future', 'bleepingcomputer', 'bleeping computer', 'techcrunch', 'the verge', 'wired', 'zdnet',
  'zdnet.com', 'the register', 'ars technica', 'techradar', "tom's guide", "tom's hardware", 'cyberscoop', 'dark reading',
  'securityweek', 'security week', 'threatpost', 'infosecurity magazine', 'infosecurity', 'the hacker news', 'hackread',
  'krebsonsecurity', 'krebs on security', 'databreaches.net', 'databreaches', 'nhk', 'mainichi', 'mainichi shimbun',
  'kyodo', 'kyodo news', 'nikkei', 'asahi', 'yomiuri', 'yonhap', 'xinhua', 'axios', 'politico', 'vice', 'motherboard',
  'forbes', 'business insider', 'insider', 'fortune', 'the information', 'engadget', 'gizmodo', 'mashable', 'the daily beast',
  'daily mail', 'the telegraph', 'the independent', 'sky news', 'itv', 'itv news', 'channel 4', 'abc', 'abc news', 'nbc',
  'nbc news', 'cbs', 'cbs news', 'fox news', 'npr', 'usa today', 'los angeles times', 'la times', 'chicago tribune',
  'the hill', 'computer weekly', 'computerweekly', 'computing', 'itpro', 'it pro', 'cso', 'cso online', 'sc magazine',
  'sc media', 'healthcare it news', 'fierce healthcare', 'the straits times', 'south china morning post', 'scmp',
  'the hindu', 'times of india', 'economic times', 'the economic times', 'hindustan times', 'ndtv', 'abc australia',
  'sydney morning herald', 'the age', 'stuff', 'rnz', 'cbc', 'cbc news', 'globe and mail', 'the globe and mail',
  'global news', 'ctv', 'ctv news', 'le monde', 'der spiegel', 'spiegel', 'süddeutsche zeitung', 'handelsblatt', 'rte',
  'irish times', 'the irish times', 'tass', 'interfax', 'ria novosti', 'kommersant', 'haaretz', 'times of israel',
  'al jazeera', 'gulf news', 'arabian business', 'bernama', 'the star', 'straits times', 'inquirer', 'rappler',
  'techtarget', 'searchsecurity', 'the next web', 'venturebeat', 'siliconangle', 'silicon republic', 'help net security',
  'security affairs', 'cybernews', 'hacker news', 'the daily swig', 'portswigger', 'govinfosecurity', 'bankinfosecurity',
  'information security media group', 'ismg', 'data breach today', 'databreachtoday', 'iapp', 'law360', 'reuters news',
  // wire and news agencies
  'ians', 'pti', 'press trust of india', 'ani', 'asian news international', 'efe', 'ansa', 'dpa', 'anp', 'belga', 'apa',
  'anadolu', 'anadolu agency', 'afp news agency', 'aap', 'australian associated press', 'pa media', 'press association',
  'the canadian press', 'canadian press', 'upi', 'united press international', 'jiji', 'jiji press', 'antara', 'cna',
  'channel newsasia', 'ntb', 'tt', 'ritzau', 'lusa', 'europa press', 'agencia efe', 'kyodo news agency', 'yonhap news agency',
];

const OUTLET_SET = new Set(NEWS_OUTLETS.map((n) => n.replace(/^the\s+/, '')));

/** Is this name a known news outlet or wire? */
export function isNewsOutlet(name: string): boolean {
  return OUTLET_SET.has(name.trim().toLowerCase().replace(/^the\s+/, '').replace(/(?<![.,])[.,]+$/, ''));
}

/** Last words of newspaper and broadcaster names ("Hollis Tribune", "Ridgeway Courier", "Channel 9 News"). */
export const OUTLET_NAME_WORDS: readonly string[] = [
  'tribune', 'times', 'post', 'herald', 'journal', 'gazette', 'courier', 'chronicle', 'telegraph', 'observer',
  'examiner', 'inquirer', 'dispatch', 'bulletin', 'sentinel', 'enquirer', 'courant', 'ledger', 'argus', 'advertiser',
  'mercury', 'independent', 'guardian', 'mirror', 'standard', 'shimbun', 'zeitung', 'allgemeine', 'tageblatt',
  'nieuwsblad', 'dagblad', 'gazzetta', 'corriere', 'diario', 'periódico', 'journal-constitution', 'news', 'newswire',
  'newspaper', 'broadcasting', 'radio', 'television', 'tv', 'wire', 'daily', 'weekly', 'leader', 'echo', 'star', 'express',
  'press', 'reporter', 'monitor', 'magazine', 'fm',
];
const OUTLET_WORD_SET = new Set(OUTLET_NAME_WORDS);

/** A name shaped like a newspaper's: two or more capitalised words ending in Tribune, Times, Herald, … */
export function looksLikeOutlet(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|de|am)$/.test(w))) return false;
  if (/\bNews\s(?:Agency|Service|Network|Channel)$/.test(name)) return true; // "Xinhua News Agency"
  // a known broadcaster's station or channel: "BBC Radio Kentshire", "CBC News Network"
  if (isNewsOutlet(words[0]!) && /^(?:Radio|News|TV|Television|One|Two|World|Online|Local)$/.test(words[1]!)) return true;
  return OUTLET_WORD_SET.has(words[words.length - 1]!.toLowerCase());
}

/** Host labels that name a page's edition or format, not its publisher ("www2.", "m.", "amp.", "news."). */
export const HOST_FORMAT_LABEL = /^(?:www\d*|m|amp|news)$/;

/** Generic second levels of country domains ("co.uk", "com.au", "org.nz"): part of the public suffix, not a name. */
export const GENERIC_SECOND_LEVELS: readonly string[] = ['co', 'com', 'org', 'net', 'gov', 'govt', 'ac', 'edu', 'or', 'ne', 'go'];

/** A wire's closing credit, "(Reporting by Jane Roe; Editing by John Doe)": the journalists who wrote the copy, never
 *  a party to the story (a block of its own, or the last sentence of the last paragraph). */
export const WIRE_CREDIT = /^\(\s{0,2}(?:reporting|writing|additional\sreporting|editing)\sby\s[^)]{1,200}\)\s{0,2}$/i;
