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
 * Every match of a global pattern, as `[...text.matchAll(re)]` lists them, without the copy of the pattern that
 * matchAll makes on every call (copying a 15 KB alternation costs ~0.1 ms, a hundred times the scan of a sentence).
 * Collected before returning, so a caller may use the same pattern again while it reads them; lastIndex is left at 0.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll needs a global pattern: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // an empty match: step over one code point, as matchAll does
    if (m[0] === '') re.lastIndex += re.unicode && text.codePointAt(re.lastIndex)! > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

const LETTER_OR_DIGIT = { u: /^[\p{L}\p{N}]$/u, iu: /^[\p{L}\p{N}]$/iu };

/**
 * A test for `alternation` (already an alternation source) standing as a whole name: what
 * `new RegExp(`(?<![\p{L}\p{N}])(?:${alternation})(?![\p{L}\p{N}])`, flags).test(text)` says, for flags
 * 'u' or 'iu'. Compiling those two Unicode classes takes ~0.4 ms per pattern, and these patterns are
 * built per article (the victim's names); the loose pattern without them compiles in ~0.01 ms and the
 * boundaries are read with one shared class. Where the loose match is preceded by a letter or digit the
 * scan moves on, as the full pattern's would; where it is not but a letter or digit follows (a shorter
 * spelling might still end on a boundary there), the full pattern is compiled and decides.
 */
export function wholeNameTest(alternation: string, flags: 'u' | 'iu'): (text: string) => boolean {
  const loose = new RegExp(`(?:${alternation})`, `g${flags}`);
  const boundary = LETTER_OR_DIGIT[flags];
  let strict: RegExp | undefined;
  const full = (text: string) => (strict ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, flags)).test(text);
  return (text) => {
    loose.lastIndex = 0;
    for (let m = loose.exec(text); m; m = loose.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      if (end === at) return full(text); // an empty spelling
      // the code point before (a surrogate pair read whole)
      const low = at > 0 ? text.charCodeAt(at - 1) : -1;
      const before = at > 1 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff ? text.slice(at - 2, at) : at > 0 ? text[at - 1]! : '';
      if (before && boundary.test(before)) {
        // no match starts here: try from the next code point
        loose.lastIndex = at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
        continue;
      }
      const after = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
      return !after || !boundary.test(after) ? true : full(text);
    }
    return false;
  };
}
