// Runs the data step alone on an invented article: a headline naming the victim, then the body.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractData } from '../../src/extract/data.js';
import type { DataFinding } from '../../src/extract/types.js';
import type { DataCategory } from '../../src/record.js';
import { stepContext } from './context.js';

/** The context the data step reads: a publication date and the victim (or none). */
export function dataContext(name: string | null) {
  return stepContext('2024-03-04', { company: name });
}

/** The data findings of `body` under the headline "<victim> <headline>". */
export function dataOf(victim: string, body: string, headline = 'reports cyberattack'): DataFinding[] {
  return extractData(readDocument(`${victim} ${headline}\n\n${body}\n`, { format: 'txt' }), dataContext(victim));
}

/** A battery row: categories the sentence must give, and categories it must not; `open` marks a known miss (it.fails). */
export interface CategoryCase { text: string; kept: DataCategory[]; absent: DataCategory[]; open?: string }

/** One test per row: the categories found in `text` (an article about `victim`) hold every `kept` and no `absent` one. */
export function categoryTable(victim: string, name: string, cases: CategoryCase[]): void {
  describe(name, () => {
    for (const { text, kept, absent, open } of cases) {
      (open ? it.fails : it)(open ? `[open: ${open}] ${text}` : text, () => {
        const found = [...new Set(dataOf(victim, text).map((d) => d.category))].sort();
        for (const c of kept) expect(found, `kept ${c}`).toContain(c);
        for (const c of absent) expect(found, `absent ${c}`).not.toContain(c);
      });
    }
  });
}
