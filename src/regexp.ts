// Building patterns from words: one escape for every extractor that turns a name or a table row into a
// regular expression.

/** `s` matched literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `s` matched literally, its spaces as `\s` (so a line break inside a name still matches). */
export const escapeWords = (s: string): string => escapeRegExp(s).replace(/ /g, '\\s');

/** A word list as one alternation, longest first (so "data breach" wins over "breach"), spaces as `\s`. */
export const alternation = (list: readonly string[]): string =>
  [...list].sort((a, b) => b.length - a.length).map(escapeWords).join('|');

/**
 * One test that passes wherever any of `res` would match, each tried from the start of the text: a
 * cheap first test before trying each in turn (one scan of the text instead of one per pattern).
 * Patterns are joined per set of flags. Null (no shortcut) when one cannot be joined without changing
 * its meaning: a sticky one, or one with backreferences or named groups.
 */
export function anyOf(res: readonly RegExp[]): { test(text: string): boolean } | null {
  const byFlags = new Map<string, string[]>();
  for (const re of res) {
    if (re.sticky || /\\[1-9k]|\(\?<(?![=!])/.test(re.source)) return null;
    const flags = re.flags.replace('g', '');
    const list = byFlags.get(flags);
    if (list) list.push(re.source);
    else byFlags.set(flags, [re.source]);
  }
  if (byFlags.size === 0) return null;
  const joined = [...byFlags].map(([flags, sources]) => new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags));
  return { test: (text) => joined.some((re) => re.test(text)) };
}
