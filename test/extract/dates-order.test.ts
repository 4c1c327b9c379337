// All-numeric dates in the document's date order (src/read/locale.ts): "03/04/2021" is 3 April on a
// page that says it is British (en-GB, a .co.uk address) or whose text proves day-first ("25/03/2021"),
// and March 4 otherwise. Dates in words and ISO dates never change.
import { describe, expect, it } from 'vitest';
import { readDocument, type ReadOptions } from '../../src/read/index.js';
import { extractDates } from '../../src/extract/dates.js';
import { stepContext } from '../helpers/context.js';

const PUBLISHED = '2021-05-10';
const HEADLINE = 'Borough council confirms cyber attack on its housing system';

function valuesOf(source: string, options: ReadOptions): string[] {
  const doc = readDocument(source, { published: PUBLISHED, ...options });
  const ctx = stepContext(doc.published);
  return extractDates(doc, ctx).map((d) => `${d.role} ${d.value}`);
}
const txt = (paragraph: string, url?: string) => valuesOf(`${HEADLINE}\n\n${paragraph}\n`, { format: 'txt', ...(url ? { url } : {}) });
const html = (paragraph: string, lang: string | null) =>
  valuesOf(`<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1><p>${paragraph}</p></article></body></html>`, { format: 'html' });

const STARTED = (date: string) => `The council said the attack on its housing system began on ${date} and was found three days later.`;

// Positive examples grouped by the expected value: how the page says which way round its dates are.
const POSITIVES: Array<[string, Array<[string, () => string[]]>]> = [
  ['breach-start 2021-04-03', [
    ['en-GB page, slashes', () => html(STARTED('03/04/2021'), 'en-GB')],
    ['en_AU page (og:locale style), dots', () => html(STARTED('3.4.2021'), 'en_AU')],
    ['German page, dots', () => html(STARTED('03.04.2021'), 'de')],
    ['.co.uk address, slashes', () => txt(STARTED('03/04/2021'), 'https://www.northshire-gazette.example.co.uk/news/housing-attack')],
    ['.ie address, dashes and a two-digit year', () => txt(STARTED('03-04-21'), 'https://www.midlands-courier.example.ie/story/123')],
    ['.com address, but the text proves day-first', () => txt(`${STARTED('03/04/2021')} Residents were told on 22/04/2021.`, 'https://www.example.com/a')],
    ['no address, day-month dates in words', () => txt(`${STARTED('03/04/2021')} The council first spoke about it on 7 April and wrote to tenants on 12 April.`)],
    ['no hint, but written with dots (the day-first way)', () => txt(STARTED('03.04.2021'))],
  ]],
  ['breach-start 2021-03-04', [
    ['.com address', () => txt(STARTED('03/04/2021'), 'https://www.example.com/news/housing-attack')],
    ['no address, no hint', () => txt(STARTED('03/04/2021'))],
    ['en-US page', () => html(STARTED('03/04/2021'), 'en-US')],
    ['bare "en" page', () => html(STARTED('03/04/2021'), 'en')],
    ['en-GB page, but the text proves month-first', () => html(`${STARTED('03/04/2021')} Residents were told on 04/22/2021.`, 'en-GB')],
    ['.co.uk address, but the text proves month-first', () => txt(`${STARTED('03/04/2021')} Residents were told on 04/22/2021.`, 'https://www.example.co.uk/a')],
    ['ISO date on an en-GB page', () => html(STARTED('2021-03-04'), 'en-GB')],
    ['ISO date on a .co.uk page', () => txt(STARTED('2021-03-04'), 'https://www.example.co.uk/a')],
    ['dots, but the text proves month-first', () => txt(`${STARTED('03.04.2021')} Residents were told on 04.22.2021.`)],
  ]],
  ['breach-start 2021-03-02', [
    ['a day range before the month ("2-9 March 2021")', () => txt('Hackers were inside the housing system from 2-9 March 2021, the council said.')],
    ['a dotted range after "from" (no time of day)', () => txt('Hackers were inside the housing system from 02.03.2021 to 09.03.2021, the council said.', 'https://www.example.de/a')],
  ]],
  ['breach-end 2021-03-09', [
    ['a day range before the month ("2-9 March 2021")', () => txt('Hackers were inside the housing system from 2-9 March 2021, the council said.')],
    ['a dotted range after "from" (no time of day)', () => txt('Hackers were inside the housing system from 02.03.2021 to 09.03.2021, the council said.', 'https://www.example.de/a')],
  ]],
  ['breach-start 2021-04-25', [
    ['day-first by itself on a .com page', () => txt(STARTED('25/04/2021'), 'https://www.example.com/a')],
    ['day-first by itself with no hint', () => txt(STARTED('25/04/2021'))],
  ]],
  ['breach-start 2021-05-03', [
    ['"May 3" on an en-GB page', () => html(STARTED('May 3'), 'en-GB')],
    ['"3 May" on an en-US page', () => html(STARTED('3 May'), 'en-US')],
    ['"3 May 2021" on a .co.uk page', () => txt(STARTED('3 May 2021'), 'https://www.example.co.uk/a')],
    ['"May 3, 2021" on a .com.au page', () => txt(STARTED('May 3, 2021'), 'https://www.example.com.au/a')],
  ]],
];

describe('numeric dates in the document\'s date order', () => {
  for (const [expected, cases] of POSITIVES) {
    for (const [name, run] of cases) {
      it(`${expected}: ${name}`, () => expect(run()).toContain(expected));
    }
  }
});

describe('near misses: no date turned round', () => {
  it('a version number on an en-GB page is no date', () => {
    expect(html('The attackers used a flaw in version 4.11.21 of the software, the council said after the breach.', 'en-GB'))
      .not.toContain('breach-start 2021-11-04');
  });
  it('a day above 12 is never read as a month, whatever the page says', () => {
    expect(html(STARTED('25/04/2021'), 'en-US')).toContain('breach-start 2021-04-25');
  });
  it('the same numbers twice stay the same date', () => {
    expect(html(STARTED('04/04/2021'), 'en-GB')).toContain('breach-start 2021-04-04');
  });
});

describe('near misses: two-digit years', () => {
  it('a product version glued to a name is no date', () => {
    expect(txt('The flaw affects the firmware FooWeb-2-01-00 and earlier, the advisory about the breach said.')).toEqual([]);
  });
  it('a stand-alone numeric date with a two-digit year is one', () => {
    expect(txt(STARTED('11/04/21'), 'https://www.example.com/a')).toContain('breach-start 2021-11-04');
  });
});

describe('near misses: day ranges', () => {
  it('a day range with no range word is no breach window', () => {
    expect(txt('Security researchers worked through the weekend (8-9 May) to stop the ransomware attack spreading.').filter((v) => /^breach-/.test(v))).toEqual([]);
  });
});
