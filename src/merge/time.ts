// Time anchors: each ISO date at its own precision is a span of days ('2021' is all of 2021, '2021-06'
// all of June), so a precise date inside a coarse one is agreement, not a conflict.

export type Precision = 'year' | 'month' | 'day';

export interface Span {
  /** First and last day, as days since 1970-01-01 (UTC). */
  from: number;
  to: number;
  precision: Precision;
}

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const dayNumber = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m, d) / DAY_MS);

/** '2021-06' → June 1..30 2021 at month precision; null for anything that is not an ISO date. */
export function span(iso: string | null | undefined): Span | null {
  const m = iso ? ISO.exec(iso) : null;
  if (!m) return null;
  const y = +m[1]!;
  if (m[3]) {
    const d = dayNumber(y, +m[2]! - 1, +m[3]);
    return { from: d, to: d, precision: 'day' };
  }
  if (m[2]) return { from: dayNumber(y, +m[2] - 1, 1), to: dayNumber(y, +m[2], 0), precision: 'month' };
  return { from: dayNumber(y, 0, 1), to: dayNumber(y, 11, 31), precision: 'year' };
}

/** Days between two spans: 0 when they overlap. */
export function gap(a: Span, b: Span): number {
  return Math.max(0, Math.max(a.from, b.from) - Math.min(a.to, b.to));
}

/** Does one span lie inside the other (the finer date refines the coarser)? */
export const nested = (a: Span, b: Span): boolean => (a.from >= b.from && a.to <= b.to) || (b.from >= a.from && b.to <= a.to);

export const PRECISION_RANK: Record<Precision, number> = { year: 1, month: 2, day: 3 };

/** Precision of an ISO value by its length (0 for none). */
export const precisionOf = (iso: string | null | undefined): number => (iso ? (iso.length >= 10 ? 3 : iso.length >= 7 ? 2 : 1) : 0);

/** Day number → 'YYYY-MM-DD'. */
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
