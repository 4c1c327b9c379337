// Runs the data step alone on an invented article: a headline naming the victim, then the body.
import { readDocument } from '../../src/read/index.js';
import { extractData } from '../../src/extract/data.js';
import type { Context, DataFinding } from '../../src/extract/types.js';
import { Explain } from '../../src/rules.js';

/** The context the data step reads: a publication date and the victim (or none). */
export function dataContext(victim: string | null): Context {
  return {
    published: '2024-03-04', warnings: [], explain: new Explain(true),
    company: victim ? { name: victim, aliases: [], country: null, sentences: [] } : null, sources: [],
  };
}

/** The data findings of `body` under the headline "<victim> <headline>". */
export function dataOf(victim: string, body: string, headline = 'reports cyberattack'): DataFinding[] {
  return extractData(readDocument(`${victim} ${headline}\n\n${body}\n`, { format: 'txt' }), dataContext(victim));
}
