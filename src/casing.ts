// Capitals as a signal of names: a line set all in capitals ("RANSOMWARE GANG CLAIMS HOSPITAL
// ATTACK", a shouted headline in a plain-text copy) says nothing about which of its words are names.

/** Letters enough to tell a shouted line from an acronym or a short label ("FBI", "UPDATE"). */
const SHOUT_MIN_LETTERS = 12;

/** The text is set in capitals: three words or more, no lower-case letter, a dozen letters or more. */
export function isShouting(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  const letters = text.match(/\p{Lu}/gu)?.length ?? 0;
  return letters >= SHOUT_MIN_LETTERS && (text.match(/\p{Lu}{1,40}/gu)?.length ?? 0) >= 3;
}
