// The invented story the sources batteries read one sentence in: a haulier, Brightwall Freight, hit by an
// intrusion, with the sentence under test as its third paragraph.
import { readDocument } from '../../src/read/index.js';
import { extractSources, sameName } from '../../src/extract/sources.js';
import { findScope } from '../../src/extract/scope.js';
import type { Context } from '../../src/extract/types.js';
import { Explain } from '../../src/rules.js';
import { victim } from './context.js';

export const HAULIER = 'Brightwall Freight';

/** The sources credited in the haulier story with `body` as its third paragraph. */
export function haulierSources(body: string) {
  const doc = readDocument(`Haulier hit by cyber attack\n\n${HAULIER} shut its depots after the intrusion.\n\n${body}\n`, { format: 'txt' });
  const company = victim(HAULIER);
  const ctx: Context = { published: '2024-03-04', warnings: [], explain: new Explain(true), company };
  return extractSources(doc, { ...ctx, company, scope: findScope(doc, company, '2024-03-04') });
}

/** Is `name` among the sources credited with `body` in the story? */
export const creditsIn = (body: string, name: string) => haulierSources(body).some((s) => sameName(s.name, name));
