// Choosing a reader: by extension, else by sniffing the text.
import { describe, expect, it } from 'vitest';
import { formatFromPath, sniffFormat } from '../../src/read/index.js';

describe('formatFromPath', () => {
  const table: Array<[string | undefined, string | undefined]> = [
    ['story.txt', 'txt'], ['story.TEXT', 'txt'], ['a/b/story.md', 'md'], ['story.markdown', 'md'], ['story.mdown', 'md'],
    ['story.html', 'html'], ['STORY.HTM', 'html'], ['story.xhtml', 'html'],
    ['story', undefined], ['story.dat', undefined], ['-', undefined], [undefined, undefined], ['md', undefined], ['.md/story', undefined],
  ];
  for (const [path, format] of table) it(`${path} → ${format}`, () => expect(formatFromPath(path)).toBe(format));
});

describe('sniffFormat', () => {
  const positives: Record<'html' | 'md' | 'txt', string[]> = {
    html: [
      '<!DOCTYPE html><html><body><p>x</p></body></html>',
      '  \n<!doctype html>\n<html lang="en">',
      '<html><head><title>T</title></head></html>',
      '<meta charset="utf-8"><title>T</title>',
      '<article><p>Story</p></article>',
      'Saved fragment\n<p>One</p><p>Two</p><div>Three</div><a href="/">x</a><br>',
    ],
    md: [
      '---\ntitle: x\n---\nBody',
      '---\r\ntitle: x\r\ndate: 2022-01-01\r\n---\r\nBody',
      '# Heading\n\nBody',
      'Lead paragraph.\n\n## Subheading\n\nMore.',
      'Read the [full statement](https://example.com/statement) here.',
    ],
    txt: [
      'Plain headline\n\nPlain body.',
      'Hackers hit Acme <Acme Corp> on Monday.\n\nBody.',
      'Title\n\n#1 retailer in town says data was taken.',
      'Price went from $5 to $10 [citation needed] last year.',
      '---\nnot front matter because it never closes\nBody.',
      'Use <b>bold</b> once.',
    ],
  };
  for (const [format, examples] of Object.entries(positives)) {
    for (const text of examples) it(`${JSON.stringify(text.slice(0, 40))} → ${format}`, () => expect(sniffFormat(text)).toBe(format));
  }
});
