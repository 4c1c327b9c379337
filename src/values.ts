// Values that both the command line and an NDJSON input line may carry, checked one way.

/** How an article can be read. */
export const INPUT_FORMATS = ['txt', 'md', 'html'] as const;

export type InputFormat = (typeof INPUT_FORMATS)[number];

export const isInputFormat = (value: string): value is InputFormat => (INPUT_FORMATS as readonly string[]).includes(value);

/** A real calendar day written YYYY-MM-DD ("2021-02-30" is not one). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}
