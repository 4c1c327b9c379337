import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node/en';
import { casualDates } from '../src/chrono.js';

const ref = { instant: new Date(Date.UTC(2024, 5, 1)), timezone: 0 };
const read = (text: string) => casualDates.parse(text, ref).map((r) => ({ text: r.text, index: r.index, relative: r.start.tags().has('result/relativeDate') }));

describe('casualDates: chrono casual English without the time-unit relative parsers', () => {
  it('keeps every other parser', () => {
    expect(casualDates.parsers.length).toBe(chrono.casual.parsers.length - 2);
    expect(casualDates.refiners.length).toBe(chrono.casual.refiners.length);
  });

  it.each([
    'The clinic found the intrusion on March 3, 2021.',
    'Staff saw odd logins between 2 and 9 June 2020.',
    'The letters went out on Tuesday, and the portal reopened in three days.',
    'Records from 12/03/2021 were copied before the summer of 2022.',
    'Since last month the co-op has been rebuilding, it said yesterday at 4pm.',
  ])('reads what chrono reads where no time-unit ago/later phrase stands: %s', (text) => {
    const full = chrono.casual.parse(text, ref).map((r) => ({ text: r.text, index: r.index, relative: r.start.tags().has('result/relativeDate') }));
    expect(full.length).toBeGreaterThan(0);
    expect(read(text)).toEqual(full);
  });

  it.each([
    'Staff noticed the breach three weeks ago.',
    'Two weeks later the insurer told its members.',
  ])('gives no time-unit relative result (we resolve those ourselves): %s', (text) => {
    expect(read(text).filter((r) => r.relative)).toEqual([]);
  });

  it('reads the date a time-unit phrase counts from as itself', () => {
    expect(read('Three days after May 5, 2021, the lender locked its portal.')).toContainEqual({ text: 'May 5, 2021', index: 17, relative: false });
  });
});
