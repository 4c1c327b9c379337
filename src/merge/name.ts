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
  let s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // initials written with dots ('K.K.', 'S.A.', 'N.V.') are one word
    .replace(/(?<![\p{L}\p{N}])((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, ''))
    .replace(/&/g, ' and ')
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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

/** The normalised keys of a victim: its name and every alias, sorted, without empties. */
export function nameKeys(name: string, aliases: readonly string[] = []): string[] {
  return [...new Set([name, ...aliases].map(normaliseName).filter(Boolean))].sort();
}
