// Building patterns from words: one escape for every extractor that turns a name or a table row into a
// regular expression.

/** `s` matched literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `s` matched literally, its spaces as `\s` (so a line break inside a name still matches). */
export const escapeWords = (s: string): string => escapeRegExp(s).replace(/ /g, '\\s');

/** A word list as one alternation, longest first (so "data breach" wins over "breach"), spaces as `\s`. */
export const alternation = (list: readonly string[]): string =>
  [...list].sort((a, b) => b.length - a.length).map(escapeWords).join('|');
