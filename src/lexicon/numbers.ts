// Number words, once for every extractor: counts ("nine million customers"), durations ("for two
// years"), relative dates ("three weeks later"). Regex pieces are built from the table, never typed again.

/** Number words (lower-case, single spaces) and their values. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'one hundred': 100, 'several hundred': 300, 'half a': 0.5,
};

/** Vague quantity words and the value a duration or count reads them as ("several weeks", "a few days"). */
export const FEW_WORDS: Readonly<Record<string, number>> = {
  several: 3, few: 2, 'a few': 2, 'a couple of': 2, 'a couple': 2,
};

/** Scale words after a number: "1.2 million", "2.3m", "3bn", "40k". */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, lakh: 1e5, crore: 1e7, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9,
};

/** The single number words (one..ninety, a, an), longest first, as a regex alternation with `\s` for spaces. */
export const NUMBER_WORD_ALT: string = Object.keys(NUMBER_WORDS)
  .filter((w) => !/\s/.test(w) && w !== 'hundred')
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Value of a number as written: digits ("18", "1.5") or a number/few word ("eighteen", "a few"); NaN when neither. */
export function numberValue(s: string): number {
  if (/^\d/.test(s)) return Number(s.replace(/,/g, ''));
  const key = s.toLowerCase().replace(/\s+/g, ' ');
  return NUMBER_WORDS[key] ?? FEW_WORDS[key] ?? NaN;
}

/** Units a tens word can carry ("twenty-one", "forty five"): the number words valued 1 to 9, but "a"/"an". */
const UNIT_WORDS = Object.keys(NUMBER_WORDS).filter((w) => /^[a-z]+$/.test(w) && w.length > 2 && NUMBER_WORDS[w]! >= 1 && NUMBER_WORDS[w]! <= 9);

/**
 * A number written in words before a scale word, as a regex source: "nine", "twenty-one", "a hundred",
 * "half a", "several hundred" (spaces as `\s{1,2}`). Built from NUMBER_WORDS, never typed again.
 */
export const SCALED_NUMBER_WORDS: string = `(?:${Object.keys(NUMBER_WORDS)
  .filter((w) => w !== 'hundred')
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s{1,2}'))
  .join('|')})(?:[\\s-]{1,2}(?:${UNIT_WORDS.join('|')}))?`;

/**
 * Words that bound a stated quantity, by where the true figure lies; counts (the affected step) and lengths of
 * stay (dwell) read them alike: "more than 5,000 people", "nearly two years", "up to a week", "about 5,600".
 */
export const QUANTITY_HEDGES = {
  atLeast: ['more than', 'over', 'at least', 'just over', 'well over', 'in excess of', 'upwards of'],
  nearly: ['nearly', 'almost', 'close to', 'just shy of'],
  below: ['less than', 'fewer than', 'under', 'just under'],
  /** a ceiling ("up to 270,000", "as long as a month"): a claim's upper bound, not a rounding of an exact figure */
  ceiling: ['up to', 'as long as'],
  about: ['about', 'around', 'roughly', 'approximately', 'an estimated', 'some', 'circa'],
} as const satisfies Record<string, readonly string[]>;
