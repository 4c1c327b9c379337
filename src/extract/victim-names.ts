// The victim the company extractor found, as a pattern other extractors test sentences with.
import { escapeRegExp } from '../regexp.js';
import type { Context } from './types.js';

/** The victim's name and aliases as one alternation of literal names (2+ characters), or null. */
export function victimAlternation(ctx: Context | undefined): string | null {
  const c = ctx?.company;
  const names = c ? [c.name, ...c.aliases].map((n) => n.trim()).filter((n) => n.length >= 2) : [];
  return names.length ? names.map(escapeRegExp).join('|') : null;
}
