// The publisher is never a source, however the article names it: the URL, a "Story | Outlet" title,
// or, in a page or a plain-text file with no URL, og:site_name, a byline or a copyright line.
// Every example is written for this file.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractSources } from '../../src/extract/sources.js';
import { stepContext } from '../helpers/context.js';

const ctx = () => stepContext('2024-03-04', { company: 'Northgate Logistics' });

const BODY = [
  'Northgate Logistics hit by cyberattack',
  'Northgate Logistics said on Tuesday that an intruder reached its billing servers.',
  '"We are still counting the affected accounts," a company spokesperson told ZDNet.',
];

function sourceNames(text: string, format: 'txt' | 'html'): string[] {
  return extractSources(readDocument(text, { format }), ctx()).map((s) => s.name);
}

describe('publisher named only in the text is not a source', () => {
  const cases: Array<[string, string, 'txt' | 'html']> = [
    ['byline in plain text', `${BODY[0]}\n\nBy Mara Quill, ZDNet\n\n${BODY[1]}\n\n${BODY[2]}\n`, 'txt'],
    ['copyright line in plain text', `${BODY[0]}\n\n${BODY[1]}\n\n${BODY[2]}\n\n© 2024 ZDNet. All rights reserved.\n`, 'txt'],
    ['og:site_name in a page', `<html><head><meta property="og:site_name" content="ZDNet"><title>${BODY[0]}</title></head><body><article><h1>${BODY[0]}</h1><p>${BODY[1]}</p><p>${BODY[2]}</p></article></body></html>`, 'html'],
  ];
  for (const [label, text, format] of cases) {
    it(label, () => {
      const names = sourceNames(text, format);
      expect(names).toContain('Northgate Logistics');
      expect(names).not.toContain('ZDNet');
    });
  }

  it('an outlet the article only quotes stays a source', () => {
    const text = `${BODY[0]}\n\nBy Mara Quill, ZDNet\n\n${BODY[1]}\n\nThe intrusion was first reported by Coastline Times.\n`;
    expect(sourceNames(text, 'txt')).toContain('Coastline Times');
  });
});
