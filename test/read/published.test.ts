// Publication dates: metadata values and datelines → ISO YYYY-MM-DD.
import { describe, expect, it } from 'vitest';
import { datelineDate, fullDate, normalisePublished } from '../../src/read/published.js';

describe('normalisePublished', () => {
  const byValue: Record<string, unknown[]> = {
    '2021-11-29': [
      '2021-11-29', '2021-11-29T07:45:00Z', '2021-11-29T23:30:00-05:00', ' 2021-11-29 ', '2021_11_29',
      'November 29, 2021', 'Nov. 29, 2021', '29 November 2021', 'Monday, 29 November 2021', new Date(Date.UTC(2021, 10, 29)),
    ],
    '2024-02-29': ['2024-02-29', 'February 29, 2024'],
  };
  for (const [want, values] of Object.entries(byValue)) {
    for (const v of values) it(`${String(v)} → ${want}`, () => expect(normalisePublished(v)).toBe(want));
  }

  const nulls: unknown[] = [
    null, undefined, '', 42, {}, ['2021-11-29'], '2021-02-30', '2023-02-29', '2021-13-01', '1850-01-01',
    'yesterday', 'last week', 'November 2021', '2021', new Date('not a date'), 'x'.repeat(200),
  ];
  for (const v of nulls) it(`${JSON.stringify(String(v)).slice(0, 30)} → null`, () => expect(normalisePublished(v)).toBeNull());
});

describe('fullDate', () => {
  it('needs day, month and year stated', () => {
    expect(fullDate('The breach happened on 3 March 2023, the firm said.')).toBe('2023-03-03');
    expect(fullDate('The breach happened on 3 March, the firm said.')).toBeNull();
    expect(fullDate('The breach happened in March 2023.')).toBeNull();
  });
});

describe('datelineDate', () => {
  const byValue: Record<string, string[]> = {
    '2023-03-03': ['Published: 3 March 2023', 'Published 3 March 2023', 'PUBLISHED: 3 March 2023', 'First published: 3 March 2023', 'Date: 3 March 2023'],
    '2021-11-29': ['Nov. 29, 2021 — By Daniel Ortiz', 'November 29, 2021', '29 November 2021', '2021-11-29', 'Monday, November 29, 2021', 'By Jane Doe | Published 29 November 2021', 'Jane Doe · Updated: 29 Nov 2021'],
    '2020-02-07': ['Updated: 7 Feb 2020', 'Last updated: 7 February 2020 09:15 GMT'],
    '2022-07-12': ['Posted: 12 July 2022', 'Posted on 12 July 2022'],
    '2023-12-12': ['PARIS, 12 Dec 2023 —', 'NEW YORK, Dec. 12, 2023 (Wire) —', "ST. JOHN'S, 12 December 2023"],
    // ordinals, a clock time first, a comma before the date in a byline
    '2019-06-03': ['3rd June 2019', 'June 3rd, 2019', '10:42 AM EDT, Mon June 3, 2019', 'Written by Jane Roe, 3 June 2019', 'Mon 3 Jun 2019 10.42 BST'],
  };
  for (const [want, lines] of Object.entries(byValue)) {
    for (const line of lines) it(`${JSON.stringify(line)} → ${want}`, () => expect(datelineDate(line)).toBe(want));
  }

  const nearMisses = [
    'The breach began on 29 November 2021 and ran for weeks.',
    'Hackers struck on November 29, 2021, the company said in a statement to customers.',
    'Published: last week',
    'Published: November 2021',
    'Updated 2 hours ago',
    'By Jane Doe',
    'Paris, 12 Dec 2023 was when the attack on the network began.',
    'PARIS — The attack began on 12 Dec 2023, police said.',
    'Hackers struck the bank, 3 June 2019 reports say, and took files.',
    '',
    `Published: 3 March 2023 ${'and a very long line that keeps on going '.repeat(3)}`,
  ];
  for (const line of nearMisses) it(`${JSON.stringify(line.slice(0, 50))} → null`, () => expect(datelineDate(line)).toBeNull());
});

// All-numeric dates in the document's date order (src/read/locale.ts): month-first unless told otherwise,
// day-first when the caller passes 'day-first' or the line itself proves it ("25/03/2021").
describe('numeric dates and the date order', () => {
  const cases: Array<[string, 'day-first' | 'month-first' | null, string | null]> = [
    ['Published: 03/04/2021', null, '2021-03-04'],
    ['Published: 03/04/2021', 'month-first', '2021-03-04'],
    ['Published: 03/04/2021', 'day-first', '2021-04-03'],
    ['Updated: 03.04.2021 14:30', 'day-first', '2021-04-03'],
    ['Updated: 03.04.2021 14:30', null, '2021-04-03'],
    ['Updated: 03.04.2021 14:30', 'month-first', '2021-03-04'],
    ['Posted 3-4-2021 at 9:15am', 'day-first', '2021-04-03'],
    ['Last updated 03/04/21', 'day-first', '2021-04-03'],
    ['Published: 25/03/2021', null, '2021-03-25'],
    ['Published: 25/03/2021', 'month-first', '2021-03-25'],
    ['Published: 03/25/2021', 'day-first', '2021-03-25'],
    ['Published: 04/04/2021', 'day-first', '2021-04-04'],
    ['Published: 2021-03-04', 'day-first', '2021-03-04'],
    ['Published: 3 April 2021', 'month-first', '2021-04-03'],
    ['Published: April 3, 2021', 'day-first', '2021-04-03'],
    ['21/03/2023 10:45', null, '2023-03-21'],
    ['03/04/2021', 'day-first', '2021-04-03'],
    // near misses
    ['Published: 31/02/2021', 'day-first', null],
    ['Published: 13/13/2021', null, null],
    ['Version 4.11.21 released', 'day-first', null],
  ];
  for (const [line, order, want] of cases) {
    it(`${line} (${order ?? 'no order'}) → ${want}`, () => expect(datelineDate(line, order)).toBe(want));
  }
  it('a metadata value in the page order', () => {
    expect(normalisePublished('03/04/2021', 'day-first')).toBe('2021-04-03');
    expect(normalisePublished('03/04/2021')).toBe('2021-03-04');
    expect(normalisePublished('2021-03-04T10:00:00Z', 'day-first')).toBe('2021-03-04');
  });
  it('fullDate proves the order from its own text', () => {
    expect(fullDate('Between 03/04/2021 and 25/04/2021')).toBe('2021-04-03');
  });
});
