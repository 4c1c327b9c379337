// The victim the company extractor found, as a pattern other extractors test sentences with.
import { escapeRegExp } from '../regexp.js';
import type { Context, VictimName } from './types.js';

/** The victim's name and aliases, trimmed, 2+ characters each (none without a victim). */
export function victimNames(company: VictimName | null | undefined): string[] {
  return company ? [company.name, ...company.aliases].map((n) => n.trim()).filter((n) => n.length >= 2) : [];
}

/** The victim's name and aliases as one alternation of literal names, or null. */
export function victimAlternation(ctx: Context | undefined): string | null {
  const names = victimNames(ctx?.company);
  return names.length ? names.map(escapeRegExp).join('|') : null;
}
