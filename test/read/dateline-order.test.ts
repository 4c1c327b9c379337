// Publication dates read from numeric datelines and bylines in the document's date order.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';

const BODY = 'The borough council said hackers copied files from its housing system last week.\n\nIt has written to the tenants affected.';
describe('numeric publication dates in the page order', () => {
  const cases: Array<[string, () => string | null, string]> = [
    ['text dateline, .ie address', () => readDocument(`Council hit by cyber attack\n\nPublished: 03/04/2021\n\n${BODY}\n`, { format: 'txt', url: 'https://www.example.ie/news/1' }).published, '2021-04-03'],
    ['text dateline, .com address', () => readDocument(`Council hit by cyber attack\n\nPublished: 03/04/2021\n\n${BODY}\n`, { format: 'txt', url: 'https://www.example.com/news/1' }).published, '2021-03-04'],
    ['text dateline, day-first proved in the text', () => readDocument(`Council hit by cyber attack\n\nPublished: 03/04/2021\n\n${BODY} The letters went out on 29/03/2021.\n`, { format: 'txt' }).published, '2021-04-03'],
    ['text byline, saved .co.uk address at the bottom', () => readDocument(`Council hit by cyber attack\n\nBy Jane Roe | 03/04/2021\n\n${BODY}\n\nhttps://www.example.co.uk/news/council-hit\n`, { format: 'txt' }).published, '2021-04-03'],
    ['markdown front matter date, .co.uk url', () => readDocument(`---\ntitle: Council hit\nurl: https://www.example.co.uk/news/1\ndate: 03/04/2021\n---\n# Council hit\n\n${BODY}\n`, { format: 'md' }).published, '2021-04-03'],
    ['markdown front matter date, lang en-GB', () => readDocument(`---\ntitle: Council hit\nlang: en-GB\ndate: 03/04/2021\n---\n# Council hit\n\n${BODY}\n`, { format: 'md' }).published, '2021-04-03'],
    ['markdown front matter date, no hint', () => readDocument(`---\ntitle: Council hit\ndate: 03/04/2021\n---\n# Council hit\n\n${BODY}\n`, { format: 'md' }).published, '2021-03-04'],
    ['markdown front matter ISO date, lang en-GB', () => readDocument(`---\ntitle: Council hit\nlang: en-GB\ndate: 2021-03-04\n---\n# Council hit\n\n${BODY}\n`, { format: 'md' }).published, '2021-03-04'],
    ['html byline, lang en-GB', () => readDocument(`<!DOCTYPE html><html lang="en-GB"><head><title>Council hit</title></head><body><article><h1>Council hit by cyber attack</h1><p class="byline">By Jane Roe | 03/04/2021</p><p>${BODY}</p></article></body></html>`, { format: 'html' }).published, '2021-04-03'],
    ['html byline, no hint', () => readDocument(`<!DOCTYPE html><html><head><title>Council hit</title></head><body><article><h1>Council hit by cyber attack</h1><p class="byline">By Jane Roe | 03/04/2021</p><p>${BODY}</p></article></body></html>`, { format: 'html' }).published, '2021-03-04'],
  ];
  for (const [name, run, want] of cases) it(`${name} → ${want}`, () => expect(run()).toBe(want));
});
