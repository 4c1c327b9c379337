// Victim names as merge keys: two records name the same victim when a normalised name (or alias) of one
// equals a normalised name of the other. Normalising ignores case, accents, punctuation and the legal or
// corporate words a name may carry or drop ('Acme Widgets Ltd.' = 'ACME Widgets' = 'Acmé Widgets, Inc.').
// Nothing fuzzier: 'Acme Widgets' and 'Acme Widget Works' stay two victims.

/** Words that say what kind of legal entity a name is, not which one (dropped from the end of a name). */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'ltd', 'limited', 'plc', 'llc', 'llp', 'lp', 'corp', 'corporation', 'co', 'company',
  'ag', 'gmbh', 'kg', 'kgaa', 'se', 'sa', 'sas', 'sarl', 'srl', 'spa', 'nv', 'bv', 'ab', 'oy', 'oyj', 'asa',
  'kk', 'pty', 'pte', 'bhd', 'sdn', 'group', 'holdings', 'holding',
]);

/** Two-word legal forms ('Kabushiki Kaisha', 'Co Ltd' is handled word by word). */
const LEGAL_PAIRS = ['kabushiki kaisha', 'public limited', 'societe anonyme'];

/** Municipal prefixes: 'City of Springfield' and 'Springfield' name one council. */
const PREFIXES = ['the', 'city of', 'town of', 'village of', 'borough of', 'county of', 'municipality of'];

/**
 * 'Acmé Widgets, Inc.' → 'acme widgets'. Returns '' when nothing distinctive is left (a name that is only
 * a legal word); such a name matches nothing.
 */
export function normaliseName(name: string): string {
  let s = fold(name);
  for (;;) {
    const before = s;
    for (const p of PREFIXES) if (s.startsWith(`${p} `)) s = s.slice(p.length + 1);
    for (const p of LEGAL_PAIRS) if (s.endsWith(` ${p}`)) s = s.slice(0, -p.length - 1);
    const words = s.split(' ');
    while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
    s = words.join(' ');
    if (s === before) break;
  }
  return LEGAL_SUFFIXES.has(s) ? '' : s;
}

/** Case, accents, apostrophes and punctuation folded away: 'Acmé Widgets, Inc.' → 'acme widgets inc'. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // initials written with dots ('K.K.', 'S.A.', 'N.V.') are one word
    .replace(/(?<![\p{L}\p{N}])((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, ''))
    .replace(/&/g, ' and ')
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A headline as words to look names up in: the outlet's name after ' | ' or a last ' - ' dropped
 * ('Acme confirms breach - Daily Wire' → 'acme confirms breach'), possessives dropped ("Acme's" → acme),
 * folded like a name.
 */
export function headline(title: string | null | undefined): string {
  if (!title) return '';
  let t = title.split(/\s[|•]\s/)[0]!;
  const parts = t.split(/\s[-–—]\s/);
  if (parts.length > 1 && parts[parts.length - 1]!.trim().split(/\s+/).length <= 5) t = parts.slice(0, -1).join(' - ');
  return fold(dropPossessives(t));
}

/** The normalised keys of a victim: its name and every alias, sorted, without empties. */
export function nameKeys(name: string, aliases: readonly string[] = []): string[] {
  // a possessive is read both ways: "Acme's" is Acme, and "McKay's" may be the brand's own spelling
  const forms = [name, ...aliases].flatMap((n) => [n, dropPossessives(n)]);
  return [...new Set(forms.map(normaliseName).filter(Boolean))].sort();
}

/** "Brackenford's council" → "Brackenford council". */
export const dropPossessives = (text: string): string => text.replace(/(?<=\p{L})['’‘`´]s(?![\p{L}\p{N}])/gu, '');

/** A name written as one capitalised acronym of 3 to 6 letters ('CDOT', 'IHG'), lower-cased; else null. */
export function acronym(name: string): string | null {
  const m = /^\s*([A-Z][A-Z0-9&]{2,5})\s*$/.exec(name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\./g, ''));
  return m ? m[1]!.replace(/&/g, '').toLowerCase() : null;
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'des', 'la', 'le']);

/**
 * The acronyms a full name can be written as: the initials of its words, with and without the small
 * words and legal words ('Colorado Department of Transportation' → cdot, cdt; 'Intercontinental Hotels
 * Group' → ihg, ih). Matched only against a name that IS an acronym, never against another full name's
 * initials ('California Department of Transportation' shares them and is another victim).
 */
export function initials(name: string): string[] {
  const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length < 2) return [];
  const variants = [
    words,
    words.filter((w) => !SMALL_WORDS.has(w)),
    words.filter((w) => !LEGAL_SUFFIXES.has(w)),
    words.filter((w) => !SMALL_WORDS.has(w) && !LEGAL_SUFFIXES.has(w)),
  ];
  return [...new Set(variants.filter((v) => v.length >= 3 || (v.length === words.length && v.length >= 2)).map((v) => v.map((w) => w[0]).join('')))]
    .filter((x) => x.length >= 3).sort();
}
