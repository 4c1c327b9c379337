// A document's date order (src/read/locale.ts): unit tables for each kind of hint, grouped by the answer,
// with near misses; then the order of precedence, and the hint as the readers fill it on the document.
import { describe, expect, it } from 'vitest';
import {
  countryDomain,
  documentDateOrder,
  localeDateOrder,
  monthDayInOrder,
  NUMERIC_DATE_TAG,
  orderFromLanguage,
  orderFromNumericDates,
  orderFromUrl,
  orderFromWrittenDates,
  readDateOrder,
} from '../../src/read/locale.js';
import { readDocument } from '../../src/read/index.js';

describe('orderFromLanguage', () => {
  const byAnswer: Record<string, Array<string | null | undefined>> = {
    'day-first': ['en-GB', 'en-gb', 'en_GB', 'en-AU', 'en_AU', 'en-IE', 'en-IN', 'en-NZ', 'en-ZA', 'en-SG', ' en-GB ', 'de', 'de-DE', 'fr-CH', 'nl', 'es-MX', 'pt-BR', 'pl'],
    'month-first': ['en-US', 'en_us', 'en-PH'],
    null: ['en', 'EN', 'en-CA', 'ja', 'zh-CN', 'ko', 'hu', '', null, undefined, 'English', 'en-GB-oxendict-x-y-z-w', 'x'.repeat(300)],
  };
  for (const [answer, tags] of Object.entries(byAnswer)) {
    for (const tag of tags) it(`${JSON.stringify(tag)?.slice(0, 30)} → ${answer}`, () => expect(orderFromLanguage(tag)).toBe(answer === 'null' ? null : answer));
  }
});

describe('orderFromUrl', () => {
  const byAnswer: Record<string, Array<string | null>> = {
    'day-first': [
      'https://www.northshire-gazette.example.co.uk/news/1', 'https://example.org.uk', 'http://news.example.ie/a?b=c',
      'https://www.example.com.au/story', 'https://example.co.nz/', 'https://example.co.za/x', 'https://example.in/x',
      'https://www.example.com.sg/x', 'https://example.de/artikel', 'https://example.fr/x#top', '//cdn.example.eu/x', 'https://user@example.co.uk/x',
    ],
    'month-first': ['https://www.example.ny.us/x', 'https://example.ph/a'],
    null: [
      'https://www.example.com/news/1', 'https://example.org/uk/news', 'https://example.net/story.de', 'https://example.io', 'https://example.co/x',
      'https://example.ca/x', 'example.co.uk/no-scheme', 'not a url', '', null,
    ],
  };
  for (const [answer, urls] of Object.entries(byAnswer)) {
    for (const url of urls) it(`${JSON.stringify(url)} → ${answer}`, () => expect(orderFromUrl(url)).toBe(answer === 'null' ? null : answer));
  }
  it('names the country domain', () => {
    expect(countryDomain('https://www.example.co.uk:8080/a')).toBe('uk');
    expect(countryDomain('https://www.example.com/a')).toBeNull();
  });
});

describe('orderFromNumericDates', () => {
  const byAnswer: Record<string, string[]> = {
    'day-first': [
      'The school closed its network on 25/03/2021 after the attack.',
      'Letters dated 13-04-2021 went to every tenant.',
      'The audit ran from 31.01.2022 to 04.02.2022.',
      'It was spotted on 14/05/21 by a technician.',
      'On 03/04/2021 the firm was told; on 22/04/2021 it told staff; on 05/13/2021 a regulator wrote back; on 30/04/2021 it paid.',
    ],
    'month-first': [
      'The school closed its network on 03/25/2021 after the attack.',
      'Letters dated 04-13-2021 went to every tenant.',
      'Letters dated 04-13-21 went to every tenant.',
    ],
    null: [
      'The school closed its network on 03/04/2021 after the attack.', // both numbers could be months
      'Staff were told on 25/03/2021 and customers on 03/25/2021.', // a tie settles nothing
      'The flaw is fixed in version 4.14.71 and 2.13.5.', // version numbers
      'The server at 10.13.1.25 was left open.', // an IP address
      'The fix shipped on 2021-03-25.', // ISO
      'The app was rated 4.5/5 by 13/20 reviewers.',
      'Match ended 25-3 after extra time.',
      'Reference 0025/13/2021 was quoted.',
      '',
    ],
  };
  for (const [answer, texts] of Object.entries(byAnswer)) {
    for (const text of texts) it(`${answer}: ${text}`, () => expect(orderFromNumericDates(text)?.order ?? null).toBe(answer === 'null' ? null : answer));
  }
  it('quotes the first date that decides', () => {
    expect(orderFromNumericDates('Between 03/04/2021 and 25/04/2021 and 26/04/2021.')).toEqual({ order: 'day-first', evidence: '25/04/2021' });
  });
  it('stays fast on a megabyte of digits and slashes', () => {
    const t0 = performance.now();
    orderFromNumericDates('1/2/'.repeat(250_000));
    orderFromNumericDates('13/12/2021 '.repeat(100_000));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('orderFromWrittenDates', () => {
  const byAnswer: Record<string, string[]> = {
    'day-first': [
      'The attack began on 3 May 2021 and was found on 9 May.',
      'Files were copied on the 14th of March and again on 2 April.',
    ],
    'month-first': [
      'The attack began on May 3, 2021 and was found on May 9.',
      'Files were copied on March 14th and again on Sept. 2.',
    ],
    null: [
      'The attack began on 3 May 2021.', // one date is no habit
      'The attack began on 3 May and was found on May 9.', // both habits
      'Patients may 3 times a week ask for records, and may 4 times a month.', // "may" the verb
      'The attack began in May 2021 and was found in June 2021.', // no day
      'It took 3 months and 9 days to notice.',
    ],
  };
  for (const [answer, texts] of Object.entries(byAnswer)) {
    for (const text of texts) it(`${answer}: ${text}`, () => expect(orderFromWrittenDates(text)?.order ?? null).toBe(answer === 'null' ? null : answer));
  }
});

describe('documentDateOrder: what wins', () => {
  const ambiguous = 'The attack began on 03/04/2021.';
  it('nothing said: null (readers keep month-first)', () => expect(documentDateOrder({ text: ambiguous })).toBeNull());
  it('the text beats the page language', () => {
    expect(documentDateOrder({ text: `${ambiguous} Staff were told on 04/22/2021.`, lang: 'en-GB' }))
      .toEqual({ order: 'month-first', from: 'numeric-date', evidence: '04/22/2021' });
  });
  it('the text beats the address', () => {
    expect(documentDateOrder({ text: `${ambiguous} Staff were told on 22/04/2021.`, url: 'https://example.com/a' }))
      .toEqual({ order: 'day-first', from: 'numeric-date', evidence: '22/04/2021' });
  });
  it('a day-first page language beats the address', () => {
    expect(documentDateOrder({ text: ambiguous, lang: 'en-GB', url: 'https://example.ph/a' }))
      .toEqual({ order: 'day-first', from: 'page-language', evidence: 'en-GB' });
  });
  it('the address beats "en-US", the default of page templates', () => {
    expect(documentDateOrder({ text: ambiguous, lang: 'en-US', url: 'https://example.co.uk/a' }))
      .toEqual({ order: 'day-first', from: 'url-domain', evidence: 'uk' });
  });
  it('dates in words beat "en-US"', () => {
    expect(documentDateOrder({ text: `${ambiguous} It was found on 9 April and disclosed on 12 April.`, lang: 'en-US' }))
      .toEqual({ order: 'day-first', from: 'written-dates', evidence: '9 April' });
  });
  it('the address beats dates in words', () => {
    expect(documentDateOrder({ text: `${ambiguous} It was found on April 9 and disclosed on April 12.`, url: 'https://example.co.uk/a' }))
      .toEqual({ order: 'day-first', from: 'url-domain', evidence: 'uk' });
  });
  it('"en-US" alone gives month-first', () => {
    expect(documentDateOrder({ text: ambiguous, lang: 'en-US' })).toEqual({ order: 'month-first', from: 'page-language', evidence: 'en-US' });
  });
  it('localeDateOrder reads no text', () => {
    expect(localeDateOrder('en', 'https://example.ie/x')).toEqual({ order: 'day-first', from: 'url-domain', evidence: 'ie' });
    expect(localeDateOrder(null, null)).toBeNull();
  });
});

describe('monthDayInOrder', () => {
  const numeric = new Set([NUMERIC_DATE_TAG]);
  it('turns a numeric date round in a day-first document', () => expect(monthDayInOrder(3, 4, numeric, 'day-first')).toEqual([4, 3]));
  it('keeps it in a month-first or unknown one', () => {
    expect(monthDayInOrder(3, 4, numeric, 'month-first')).toEqual([3, 4]);
    expect(monthDayInOrder(3, 4, numeric, null)).toEqual([3, 4]);
  });
  it('keeps a day above 12 (chrono already read it day-first)', () => expect(monthDayInOrder(3, 25, numeric, 'day-first')).toEqual([3, 25]));
  it('reads a dotted date day-first when the order is unknown, not when month-first is known', () => {
    expect(monthDayInOrder(3, 4, numeric, null, '03.04.2021')).toEqual([4, 3]);
    expect(monthDayInOrder(3, 4, numeric, 'month-first', '03.04.2021')).toEqual([3, 4]);
    expect(monthDayInOrder(3, 4, numeric, null, '03/04/2021')).toEqual([3, 4]);
  });
  it('keeps a date written in words', () => expect(monthDayInOrder(5, 3, new Set(['parser/ENMonthNameMiddleEndianParser']), 'day-first')).toEqual([5, 3]));
  it('asks a lazy order only for a numeric date that needs it', () => {
    let asked = 0;
    const order = () => (asked++, 'day-first' as const);
    expect(monthDayInOrder(5, 3, new Set(['parser/ENMonthNameMiddleEndianParser']), order)).toEqual([5, 3]);
    expect(monthDayInOrder(3, 25, numeric, order)).toEqual([3, 25]);
    expect(asked).toBe(0);
    expect(monthDayInOrder(3, 4, numeric, order)).toEqual([4, 3]);
    expect(asked).toBe(1);
  });
});

describe('the document carries the hint', () => {
  const page = (lang: string) => `<!DOCTYPE html><html lang="${lang}"><head><title>Council hit by cyber attack</title></head><body><article><h1>Council hit by cyber attack</h1><p>The council said on Monday its systems were attacked.</p></article></body></html>`;
  it('from <html lang>', () => {
    const doc = readDocument(page('en-GB'), { format: 'html' });
    expect(doc.lang).toBe('en-GB');
    expect(doc.dateOrder).toBe('day-first');
    expect(doc.dateOrderHint).toEqual({ order: 'day-first', from: 'page-language', evidence: 'en-GB' });
  });
  it('from og:locale when <html> has no lang', () => {
    const doc = readDocument(page('').replace('<head>', '<head><meta property="og:locale" content="en_AU">'), { format: 'html' });
    expect(doc.lang).toBe('en_AU');
    expect(doc.dateOrder).toBe('day-first');
  });
  it('from a content-language meta', () => {
    const doc = readDocument(page('').replace('<head>', '<head><meta http-equiv="Content-Language" content="en-IE">'), { format: 'html' });
    expect(doc.dateOrder).toBe('day-first');
  });
  it('from JSON-LD inLanguage', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","inLanguage":"en-AU","datePublished":"2023-03-21"}</script>';
    const doc = readDocument(page('').replace('<head>', `<head>${ld}`), { format: 'html' });
    expect(doc.lang).toBe('en-AU');
    expect(doc.dateOrder).toBe('day-first');
  });
  it('<html lang> before og:locale', () => {
    const doc = readDocument(page('en-US').replace('<head>', '<head><meta property="og:locale" content="en_GB">'), { format: 'html' });
    expect(doc.lang).toBe('en-US');
  });
  it('from the canonical address of a page', () => {
    const doc = readDocument(page('en').replace('<head>', '<head><link rel="canonical" href="https://www.example.co.nz/news/1">'), { format: 'html' });
    expect(doc.dateOrderHint).toEqual({ order: 'day-first', from: 'url-domain', evidence: 'nz' });
  });
  it('from the front matter address of a Markdown file', () => {
    const doc = readDocument('---\ntitle: Council hit\nurl: https://www.example.co.uk/news/1\n---\n# Council hit\n\nThe council said on Monday its systems were attacked.\n', { format: 'md' });
    expect(doc.dateOrder).toBe('day-first');
  });
  it('none on a plain .com text', () => {
    const doc = readDocument('Council hit\n\nThe council said on Monday its systems were attacked.\n', { format: 'txt', url: 'https://www.example.com/x' });
    expect(doc.lang).toBeNull();
    expect(doc.dateOrder).toBeNull();
  });
});

describe('readDateOrder (a reader\'s result, before the document)', () => {
  const block = (value: string) => ({ pieces: [{ value }] });
  it('reads the blocks, the language and the address', () => {
    expect(readDateOrder({ blocks: [block('Filed on 03/04/2021.'), block('Seen on 19/04/2021.')], url: null })).toBe('day-first');
    expect(readDateOrder({ blocks: [block('Filed on 03/04/2021.')], lang: 'en-GB', url: null })).toBe('day-first');
    expect(readDateOrder({ blocks: [block('Filed on 03/04/2021.')], url: 'https://example.com.au/x' })).toBe('day-first');
    expect(readDateOrder({ blocks: [block('Filed on 03/04/2021.')], url: 'https://example.com/x' })).toBeNull();
  });
});
