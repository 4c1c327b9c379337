// Attribution refiner: each date and data item lists the sources its sentence (or else its paragraph)
// credits; a claim nobody credits stays unattributed unless the article says it draws on one source.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractSources } from '../../src/extract/sources.js';
import { attribute } from '../../src/refine/attribution.js';
import type { Context, DataFinding, DateFinding } from '../../src/extract/types.js';
import type { Document } from '../../src/document.js';
import { stepContext } from '../helpers/context.js';

const VICTIM = 'Corvane Motors';

function setup(paragraphs: string[]): { doc: Document; ctx: Context } {
  const doc = readDocument(['Corvane Motors confirms breach', ...paragraphs].join('\n\n') + '\n', { format: 'txt' });
  const ctx = stepContext('2024-05-20', { company: VICTIM });
  ctx.sources = extractSources(doc, ctx);
  return { doc, ctx };
}

/** A date finding on the sentence that contains `phrase`. */
function dateOn(doc: Document, phrase: string): DateFinding {
  const sentence = doc.sentences.find((s) => s.text.includes(phrase));
  if (!sentence) throw new Error(`no sentence with ${phrase}`);
  return { role: 'other', value: null, text: phrase, sentence, attributedTo: [], parts: { year: null, month: null, day: null }, range: null, openStart: false };
}

function dataOn(doc: Document, phrase: string): DataFinding {
  const sentence = doc.sentences.find((s) => s.text.includes(phrase));
  if (!sentence) throw new Error(`no sentence with ${phrase}`);
  return { category: 'personal', subject: null, text: phrase, status: 'reported', sentence, attributedTo: [] };
}

/** Each case: the article's paragraphs, the phrase a claim sits on, and the names it must be attributed to. */
const CASES: Array<{ why: string; paragraphs: string[]; phrase: string; expected: string[] }> = [
  {
    why: 'the victim named as subject',
    paragraphs: ['Corvane Motors said the intrusion began on April 3.'],
    phrase: 'April 3', expected: [VICTIM],
  },
  {
    why: 'a press release by the firm credits the victim',
    paragraphs: ['According to a press release by the firm, staff detected the intruder on May 2.'],
    phrase: 'May 2', expected: [VICTIM],
  },
  {
    why: 'direct sources win over the report they came through',
    paragraphs: ['Local papers Westbury Gazette and Harlow Times said the attacker had access between March and May, according to a report from Dockside Daily.'],
    phrase: 'between March and May', expected: ['Westbury Gazette', 'Harlow Times'],
  },
  {
    why: 'a relay alone is the attribution',
    paragraphs: ['The attacker had access between March and May, according to a report from the Harlow Times.'],
    phrase: 'between March and May', expected: ['Harlow Times'],
  },
  {
    why: 'an uncredited sentence takes the paragraph’s credit before it',
    paragraphs: ['Westbury Gazette reported that the gang demanded a ransom. The files were copied on April 28.'],
    phrase: 'April 28', expected: ['Westbury Gazette'],
  },
  {
    why: 'or the credit after it in the same paragraph',
    paragraphs: ['Dealer records from 2019 were among the files. That is what the Harlow Times reported on Sunday.'],
    phrase: 'from 2019', expected: ['Harlow Times'],
  },
  {
    why: 'credit in another paragraph does not carry over',
    paragraphs: ['Westbury Gazette reported that the gang demanded a ransom.', 'The files were copied on April 28.'],
    phrase: 'April 28', expected: [],
  },
  {
    why: 'a closing "Via X" is not a statement that the article draws on X',
    paragraphs: ['The files were copied on April 28.', 'Via Dockside Daily'],
    phrase: 'April 28', expected: [],
  },
  {
    why: 'a stated main source is inherited',
    paragraphs: ['This story is based on reporting by the Harlow Times.', 'The files were copied on April 28.'],
    phrase: 'April 28', expected: ['Harlow Times'],
  },
  {
    why: 'a spokesperson speaks for the victim',
    paragraphs: ['A spokesperson said employee records from 2021 were accessed.'],
    phrase: 'from 2021', expected: [VICTIM],
  },
];

describe('attribution', () => {
  for (const c of CASES) {
    it(c.why, () => {
      const { doc, ctx } = setup(c.paragraphs);
      ctx.dates = [dateOn(doc, c.phrase)];
      attribute(doc, ctx);
      expect(ctx.dates[0]!.attributedTo).toEqual(c.expected);
    });
  }

  it('fills data items as well as dates, with the merged source names', () => {
    const { doc, ctx } = setup([
      'Researchers at Quillon Labs, led by Priya Nandakumar, found the exposed server on June 9.',
      'Nandakumar said customer names and phone numbers were visible to anyone.',
    ]);
    ctx.dates = [dateOn(doc, 'June 9')];
    ctx.data = [dataOn(doc, 'customer names')];
    attribute(doc, ctx);
    expect(ctx.dates[0]!.attributedTo).toEqual(['Quillon Labs']);
    expect(ctx.data[0]!.attributedTo).toEqual(['Priya Nandakumar']);
  });

  it('works without the sources extractor’s cache (from the sources’ evidence)', () => {
    const { doc, ctx } = setup(['Corvane Motors said the intrusion began on April 3.']);
    doc.cache.clear();
    ctx.dates = [dateOn(doc, 'April 3')];
    attribute(doc, ctx);
    expect(ctx.dates[0]!.attributedTo).toEqual([VICTIM]);
  });
});
