// Words that do not tell one victim from another. A name made only of them ('City', 'Board', 'Health
// Systems') names nothing on its own, and a headline word among them is no evidence that two articles
// tell one story.
import { ORG_DESCRIPTORS } from '../lexicon/company.js';
import { COUNTRY_WORDS } from '../lexicon/countries.js';
import { LEGAL_SUFFIXES } from './name.js';

const lower = (words: Iterable<string>): string[] => [...words].flatMap((w) => w.toLowerCase().split(/\s+/));

/**
 * Words of organisation names that many unrelated victims share: kinds of body ('bank', 'hospital',
 * 'council'), sectors ('health', 'systems', 'energy'), scope ('national', 'first'), legal words, and
 * country names or demonyms ('American', 'Iranian').
 */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  ...lower(ORG_DESCRIPTORS),
  ...LEGAL_SUFFIXES,
  ...lower(COUNTRY_WORDS.map(([w]) => w)),
  'health', 'healthcare', 'medical', 'medicine', 'care', 'systems', 'system', 'services', 'solutions', 'technologies',
  'technology', 'tech', 'national', 'international', 'global', 'first', 'united', 'general', 'city', 'county',
  'town', 'village', 'state', 'states', 'government', 'board', 'center', 'centre', 'institute', 'foundation',
  'financial', 'finance', 'insurance', 'energy', 'power', 'water', 'communications', 'telecom', 'media', 'news',
  'public', 'community', 'regional', 'federal', 'police', 'office', 'senate', 'house', 'democrats', 'democratic',
  'republicans', 'republican', 'party', 'users', 'customers', 'people', 'members', 'staff', 'employees', 'online',
  'digital', 'cloud', 'mobile', 'software', 'security', 'capital', 'partners', 'industries', 'products', 'resources',
  'management', 'consulting', 'trust', 'union', 'credit', 'savings', 'mutual', 'life', 'home', 'homes', 'north',
  'south', 'east', 'west', 'new', 'great', 'royal', 'central', 'metro', 'american', 'world', 'school', 'schools',
  'district', 'department', 'ministry', 'agency', 'authority', 'council', 'court', 'courts', 'army', 'navy',
  'military', 'defence', 'defense', 'transport', 'transportation', 'education', 'university', 'college',
  // breach words the extractor can mistake for a name
  'hackers', 'hacker', 'hack', 'hacked', 'ransomware', 'ransom', 'bitcoin', 'bitcoins', 'malware', 'phishing',
  'breach', 'data', 'cyber', 'cyberattack', 'attack', 'attacks', 'virus', 'scam', 'scams', 'leak', 'leaks',
  'the', 'and', 'of', 'for',
]);

/** Function words and figures: never evidence in a headline. */
export const HEADLINE_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'over',
  'after', 'before', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'its', 'it', 'this',
  'that', 'these', 'those', 'not', 'no', 'now', 'new', 'says', 'said', 'say', 'report', 'reports', 'update',
  'more', 'than', 'up', 'out', 'about', 'how', 'what', 'why', 'who', 'will', 'can', 'may', 'could', 'their',
  'his', 'her', 'they', 'you', 'your', 'our', 'we', 'million', 'billion', 'thousands', 'news',
]);

/** A name key ('acme widgets') with a word that tells this victim from others, long enough to look up. */
export const distinctive = (key: string): boolean =>
  key.length >= 3 && key.split(' ').some((w) => w.length >= 2 && !GENERIC_NAME_WORDS.has(w) && !/^\d+$/.test(w));

/**
 * Headline words of a sequel: a court's or a regulator's step after an incident ('Two men indicted over
 * the Brackenford attack', 'Regulator fines Acme over 2023 breach'). Such an article tells an earlier
 * incident, often without restating its dates.
 */
export const SEQUEL_WORDS: ReadonlySet<string> = new Set([
  'indicted', 'indictment', 'indicts', 'charged', 'charges', 'fined', 'fines', 'penalty', 'penalised', 'penalized',
  'sued', 'sues', 'lawsuit', 'lawsuits', 'settles', 'settlement', 'sentenced', 'convicted', 'pleads', 'guilty',
  'extradited', 'prosecuted',
]);

/** Headline words that mark another incident of a victim hit before ('hit again', 'second breach'). */
export const REPEAT_WORDS: ReadonlySet<string> = new Set(['again', 'second', 'another', 'fresh', 'latest', 'third', 'renewed']);
