import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractDates } from '../../src/extract/dates.js';
import { extractDwell, statedDwell, computedDwell } from '../../src/extract/dwell.js';
import type { Context } from '../../src/extract/types.js';
import { Explain } from '../../src/rules.js';
import { IncidentScope } from '../../src/extract/scope.js';

function run(paragraph: string, published: string | null = '2021-11-29') {
  const ctx: Context = { published, warnings: [], explain: new Explain(true) };
  const doc = readDocument(`Insurer confirms network intrusion\n\n${paragraph}\n`, { format: 'txt', ...(published ? { published } : {}) });
  ctx.published = doc.published;
  const scope = IncidentScope.none();
  const dates = extractDates(doc, { ...ctx, company: null, scope, sources: [], actors: [] });
  return extractDwell(doc, { ...ctx, dates, scope });
}

// Stated durations grouped by expected day bounds.
const STATED: Array<[{ min: number | null; max: number | null }, string[]]> = [
  [{ min: 112, max: null }, [
    'The intruder was able to remain undetected for more than four months.',
  ]],
  [{ min: 40, max: 40 }, [
    'The attackers had access to the mail server for 40 days before they were found.',
  ]],
  [{ min: 366, max: 732 }, [
    'The criminals had access to the database for nearly two years.',
  ]],
  [{ min: 0, max: 1 }, [
    'The database was exposed for three to four hours on Sunday.',
  ]],
  [{ min: 504, max: 558 }, [
    'Hackers roamed inside the network over a period of 18 months.',
  ]],
];

const NOT_DWELL: string[] = [
  'The company will offer two years of free credit monitoring to those affected.',
  'The hacker was sentenced to four years in prison.',
  'The breach happened two weeks ago, the company said.',
  'Regulators must be told within 72 hours of a breach.',
  'The 25-year-old was arrested in March.',
];

describe('statedDwell', () => {
  for (const [days, examples] of STATED) {
    for (const text of examples) {
      it(`${JSON.stringify(days)}: ${text}`, () => {
        const d = statedDwell(text);
        expect(d && { min: d.min, max: d.max }).toEqual(days);
      });
    }
  }
  for (const text of NOT_DWELL) {
    it(`no dwell: ${text}`, () => {
      expect(statedDwell(text)).toBeNull();
    });
  }
});

describe('computedDwell', () => {
  it('June..November of one year is 124..183 days (both ends of the outer bound counted, as in the contract)', () => {
    expect(computedDwell({ year: 2021, month: 6, day: null }, { year: 2021, month: 11, day: null })).toEqual({ min: 124, max: 183 });
  });
  it('day to day: the difference, or one more counting both days', () => {
    expect(computedDwell({ year: 2023, month: 1, day: 5 }, { year: 2023, month: 3, day: 21 })).toEqual({ min: 75, max: 76 });
  });
  it('an open start leaves max open', () => {
    expect(computedDwell({ year: 2017, month: 2, day: 21 }, { year: 2017, month: 4, day: null }, true)).toEqual({ min: 39, max: null });
  });
  it('overlapping periods give nothing', () => {
    expect(computedDwell({ year: 2023, month: 3, day: null }, { year: 2023, month: 3, day: 16 })).toBeNull();
  });
});

describe('extractDwell', () => {
  it('computes from a stated range of dates', () => {
    const d = run('Investigators found the hackers had access to its systems between June and November.');
    expect(d).toMatchObject({ start: '2021-06', end: '2021-11', days: { min: 124, max: 183 }, basis: 'computed' });
  });
  it('measures a range with no year when the publication date is unknown', () => {
    const d = run('Intruders roamed the clinic’s systems from May 12 to May 30.', null);
    expect(d).toMatchObject({ days: { min: 18, max: 19 }, basis: 'computed' });
  });
  it('uses a stated duration with its text', () => {
    const d = run('The intruder managed to remain undetected for more than four months.');
    expect(d).toMatchObject({ basis: 'stated', text: 'for more than four months', days: { min: 112, max: null } });
  });
  it('is null with neither', () => {
    expect(run('The company announced the breach on Wednesday.')).toBeNull();
  });
});

describe('statedDwell: durations without a number, and counted from the start', () => {
  it.each([
    ['Several terabytes of customer data had been largely unprotected in a cloud bucket for months.', 60, 365],
    ['The spyware went unnoticed on the tills for years.', 730, 3653],
    ['The backup had been publicly accessible for weeks before a researcher found it.', 14, 90],
    ['Staff detected the skimmer on May 9, 16 days after it started.', 16, 16],
    ['The intrusion was caught three weeks after the attack began.', 21, 21],
    ['The intruders roamed the network for roughly 36 hours before they were locked out.', 0, 2],
    ['The attackers had access to the mail server for over ten years.', 3650, null],
    ['It took the company 11 months to notice the intrusion.', 308, 341],
    ['The intruders kept access to the network for around a year and a half.', 438, 659],
  ])('%s', (text, min, max) => {
    expect(statedDwell(text)).toMatchObject({ min, max });
  });
  it.each([
    'The theft will hurt the victims for years to come, an analyst said.',
    'Scammers have used this trick for years, the bank warned.',
    'Ransomware gangs have targeted hospitals for months.',
  ])('no dwell: %s', (text) => {
    expect(statedDwell(text)).toBeNull();
  });
});

describe('extractDwell from a first sighting to the end', () => {
  it('runs from the earliest known presence when no start is told', () => {
    const d = run('The malware was first spotted in early 2020; the intruders remained inside the network until late last month.');
    expect(d?.days).toEqual({ min: 274, max: 670 }); // 2020 (year) to October 2021
    expect(d?.why?.rule).toBe('dwell.sighting-to-end');
  });
});
