// The pretty card: the timeline's layout at several widths, dates in time order, wrapping at words,
// thousands separators, the ASCII fallback. The record is invented.
import { describe, expect, it } from 'vitest';
import { formatPretty, timeline, wrap } from '../../src/format/pretty.js';
import type { IncidentRecord } from '../../src/record.js';
import { main } from '../../src/main.js';
import { Sink } from '../helpers/streams.js';

const ev = (line: number) => ({ quote: 'An invented sentence.', line, column: 1, offset: line * 50 });
const date = (role: IncidentRecord['dates'][number]['role'], value: string, text: string) => ({ role, value, text, attributedTo: [], evidence: ev(4) });

const record: IncidentRecord = {
  schemaVersion: '1',
  source: { path: 'news/quillmere.md', title: 'Quillmere Logistics says intruders sat in its network for months before anyone noticed', url: null, published: '2023-11-20', publishedFrom: 'front-matter' },
  isIncident: true,
  company: { name: 'Quillmere Logistics', aliases: [], country: 'NZ', evidence: [ev(2)] },
  incidentTypes: ['ransomware'],
  // listed out of time order on purpose
  dates: [
    date('disclosed', '2023-11-14', 'on 14 November'),
    date('breach-start', '2023-03', 'in March'),
    date('discovered', '2023-10-30', 'on 30 October'),
  ],
  dwell: null,
  data: [{ category: 'contact', subject: 'customers', text: 'customer email addresses and postal addresses of the account holders', status: 'confirmed', attributedTo: ['Quillmere Logistics'], evidence: ev(6) }],
  affected: { count: 1234567, unit: 'people', text: '1,234,567 customers', evidence: ev(7) },
  actors: [],
  sources: [],
  warnings: [],
};

const visibleWidth = (line: string) => [...line.replace(/\u001b\[[0-9;]*m/g, '')].length;

describe('timeline', () => {
  it.each([30, 49, 69, 109])('draws S, D, N, P in time order on a bar exactly %i columns wide', (width) => {
    const [bar, ends, legend, gaps] = timeline(record, { width, ascii: false, color: false });
    expect([...bar!].length).toBe(width);
    const at = (k: string) => bar!.indexOf(k);
    expect(at('S')).toBeGreaterThanOrEqual(0);
    expect(at('S')).toBeLessThan(at('D'));
    expect(at('D')).toBeLessThan(at('N'));
    expect(at('N')).toBeLessThan(at('P'));
    expect(at('P')).toBe(width - 1);
    // scaled from the start of March (the month is all that is known) to publication
    expect(ends!.startsWith('2023-03-01')).toBe(true);
    expect(ends!.endsWith('2023-11-20')).toBe(true);
    expect(legend).toBe('S breach start 2023-03 · D discovered 2023-10-30 · N disclosed 2023-11-14 · P published 2023-11-20');
    // March 1..31 to 30 October: 213..243 days; 30 October to 14 November: 15 days
    expect(gaps).toBe('213–243 days in the network (S▶D) · 15 days to disclose (D▶N) · 6 days to publication (N▶P)');
  });

  it('shades a breach start known only to the month, and draws the time in the network solid', () => {
    const [bar] = timeline(record, { width: 69, ascii: false, color: false });
    expect(bar).toMatch(/^░*S░*━+D/);
  });

  it('uses ASCII glyphs when asked', () => {
    const lines = timeline(record, { width: 69, ascii: true, color: false });
    expect(lines.join('\n')).toMatch(/^[\x20-\x7e\n]*$/);
    expect(lines[0]).toMatch(/^~*S~*=+D/);
  });

  it('is left out when the record has fewer than two points in time', () => {
    expect(timeline({ ...record, dates: [] , source: { ...record.source, published: null } }, { width: 60, ascii: false, color: false })).toEqual([]);
    expect(timeline({ ...record, dates: [] }, { width: 60, ascii: false, color: false })).toEqual([]);
  });

  it('keeps markers apart when two dates fall on one column', () => {
    const close = { ...record, dates: [date('breach-start', '2020-01-01', 'on 1 January 2020'), date('discovered', '2023-11-18', 'two days earlier')] };
    const [bar] = timeline(close, { width: 20, ascii: true, color: false });
    expect(bar).toContain('S');
    expect(bar).toContain('D');
    expect(bar).toContain('P');
    expect(bar!.indexOf('D')).toBeLessThan(bar!.indexOf('P'));
  });
});

describe('formatPretty', () => {
  it.each([40, 60, 80, 120])('fits %i columns, wrapping at words under the label column', (width) => {
    const card = formatPretty(record, { color: true, width });
    for (const line of card.split('\n')) expect(visibleWidth(line)).toBeLessThanOrEqual(width);
    const plain = formatPretty(record, { color: false, width });
    // no word is cut: every word of the data phrase is still whole somewhere in the card
    for (const word of 'customer email addresses and postal addresses of the account holders'.split(' ')) expect(plain).toMatch(new RegExp(`\\b${word}\\b`));
    // continuation lines are indented past the label column
    const lines = plain.split('\n');
    const i = lines.findIndex((l) => l.startsWith('data'));
    if (visibleWidth(lines[i]!) === width || lines[i + 1]!.startsWith(' '.repeat(13))) expect(lines[i + 1]!.startsWith(' '.repeat(13))).toBe(true);
  });

  it('lists the dates in time order and writes counts with thousands separators', () => {
    const plain = formatPretty(record, { color: false, width: 100 });
    const list = plain.slice(plain.indexOf('\ndates'));
    const order = ['breach-start', 'discovered', 'disclosed'].map((r) => list.indexOf(`${r} `));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(plain).toContain('affected   1,234,567 people');
  });

  it('is plain ASCII in the fallback, article text included', () => {
    const card = formatPretty({ ...record, company: { ...record.company!, name: 'Quillmère Logistics' }, source: { ...record.source, title: 'Quillmère fined £5m — “a serious lapse”' } }, { color: false, width: 80, ascii: true });
    expect(card).toMatch(/^[\x20-\x7e\n]*$/);
    expect(card).toContain('Quillmere fined GBP 5m - "a serious lapse"');
  });

  it('wraps at words, and cuts only a word longer than the line', () => {
    expect(wrap('alpha beta gamma delta', 11, 2)).toEqual(['alpha beta', '  gamma', '  delta']);
    expect(wrap('https://example.invalid/a-very-long-path', 16, 2)).toEqual(['https://example.', '  invalid/a-very', '  -long-path']);
  });
});

describe('the CLI picks the width and the fallback', () => {
  it('reads COLUMNS and turns to ASCII with TERM=dumb', async () => {
    const stdout = new Sink();
    const article = 'Quillmere Logistics said on 14 November 2023 that it had found intruders in its network on 30 October.\n';
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const dir = mkdtempSync('/tmp/pretty-');
    writeFileSync(`${dir}/a.txt`, `Quillmère Logistics — breach found\n\n${article}`);
    expect(await main({ argv: ['-f', 'pretty', '-p', '2023-11-20', `${dir}/a.txt`], stdout, stderr: new Sink(), env: { TERM: 'dumb', COLUMNS: '50' } })).toBe(0);
    expect(stdout.text).toMatch(/^[\x20-\x7e\n]*$/);
    for (const line of stdout.text.split('\n')) expect(line.length).toBeLessThanOrEqual(50);
  });
});
