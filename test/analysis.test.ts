// The one NLP pass reads only what can name someone new: the headline, then each sentence that
// brings a name not read twice yet. Names are used as sets, so skipping the rest loses nothing.
import { describe, expect, it } from 'vitest';
import { analysedSegments, entities, quickSweep } from '../src/analysis.js';
import { readDocument } from '../src/read/index.js';
import { compromise } from '../src/nlp.js';

const ARTICLE = [
  'Harbourline Logistics says hackers stole staff records',
  '',
  'Harbourline Logistics said on Monday that hackers stole staff records. Harbourline Logistics runs depots across the north.',
  '',
  'The firm said the attack began in March. Harbourline Logistics said it had informed police. Harbourline Logistics apologised.',
  '',
  'Maria Lopez, a spokesperson for the company, said the investigation was continuing. It would take weeks.',
].join('\n');

describe('analysedSegments', () => {
  const doc = readDocument(ARTICLE, { format: 'txt' });
  const read = analysedSegments(doc).map((s) => doc.blocks[s.block]!.text.slice(s.from, s.to));

  it('reads the headline, and a sentence whose name has been read fewer than twice', () => {
    expect(read).toContain('Harbourline Logistics says hackers stole staff records');
    expect(read.some((r) => r.startsWith('Harbourline Logistics said on Monday'))).toBe(true);
  });

  it('reads a sentence that brings a new name (a person quoted late in the story)', () => {
    expect(read.some((r) => r.startsWith('Maria Lopez, a spokesperson'))).toBe(true);
  });

  it('skips sentences that only repeat names read twice, and sentences with no names', () => {
    const all = read.join(' | ');
    expect(all).not.toContain('informed police');
    expect(all).not.toContain('apologised');
    expect(all).not.toContain('began in March');
    expect(all).not.toContain('It would take weeks');
  });
});

describe('entities', () => {
  it('finds a person named only in a later paragraph, with offsets into the plain text', () => {
    const doc = readDocument(ARTICLE, { format: 'txt' });
    const person = entities(doc).find((e) => e.kind === 'person');
    expect(person?.text).toBe('Maria Lopez');
    expect(doc.text.slice(person!.start, person!.end)).toBe('Maria Lopez');
    expect(person!.sentence.text.startsWith('Maria Lopez')).toBe(true);
  });
});

describe('quickSweep', () => {
  // news-like sentences that fire many post-tagger rules: names, titles, dates, money, passives, phrasal verbs
  const TEXT = [
    'Dr. Priya Natarajan, chief security officer at Westbrook Mutual Bank, said on Tuesday that the attackers had been inside since March 3.',
    'The breach, first reported by the Ledger Gazette, exposed the names and Social Security numbers of about 1.2 million customers in New South Wales and Ohio.',
    'Hackers calling themselves Dark Orchard demanded $250,000 in bitcoin, police in Leeds said.',
    "Mr. Kowalski's team was told to shut down the servers, and the company's shares fell 4% on the Nasdaq.",
    'Paris-based Lumiere SA will notify regulators, its regulator filing to the Securities and Exchange Commission shows.',
    'She didn’t say whether St. Mary’s Hospital paid the ransom; the FBI is investigating, as are officials in Washington, D.C.',
  ].join('\n\n');

  // captured while tests are collected, before any test tags text (the analysis installs quickSweep when it first tags)
  const nlp = compromise();
  const one = (nlp.world() as unknown as { methods: { one: { bulkMatch: unknown } } }).methods.one;
  const stock = one.bulkMatch;

  it('tags every term exactly as compromise\'s own sweep does', () => {
    const tagsOf = (sweep: unknown) => {
      const saved = one.bulkMatch;
      one.bulkMatch = sweep;
      try {
        return nlp(TEXT).json({ offset: true }).map((s: { terms: Array<{ text: string; tags: string[] }> }) => s.terms.map((t) => `${t.text}:${t.tags.join(',')}`));
      } finally {
        one.bulkMatch = saved;
      }
    };
    expect(stock).not.toBe(quickSweep);
    const a = tagsOf(stock);
    const b = tagsOf(quickSweep);
    expect(a.flat().length).toBeGreaterThan(100);
    expect(b).toEqual(a);
  });

  it('entities finds the people, organisations and places compromise\'s own full pass finds (chunks without them skip most rules)', () => {
    // one sentence per line, so every sentence is analysed: some with names, some with none, some
    // where only a post-tagger rule makes a word a name ("Mr.", "Inc", "Bank of …")
    const lines = [
      'Quillon Freight Inc said the intruders left on Friday.',
      'It was not clear how long they stayed, and nobody would say more.',
      'Mr. Okafor told staff, who were sent home, that the systems were down.',
      'The regulator in Lisbon and the Bank of Orlen were told.',
      'Nothing else was taken, it said, and the files were restored from backups.',
      'Jordan Pike of Ashgrove Partners found the exposed server in May.',
    ];
    const doc = readDocument(lines.join('\n\n'), { format: 'txt' });
    expect(analysedSegments(doc).length).toBeGreaterThan(0);
    const found = new Set(entities(doc).map((e) => `${e.kind}:${e.text}`));
    const segments = analysedSegments(doc).map((s) => doc.blocks[s.block]!.text.slice(s.from, s.to));
    const view = one.bulkMatch === stock ? nlp(segments.join('\n\n')) : (() => {
      const saved = one.bulkMatch;
      one.bulkMatch = stock;
      try { return nlp(segments.join('\n\n')); } finally { one.bulkMatch = saved; }
    })();
    const trim = (t: string) => t.trim().replace(/(?<![.,;:!?'"“”‘’)])[.,;:!?'"“”‘’)]+$/, '').replace(/^["“‘(]+/, '');
    const names = (kind: string, list: Array<{ text: string }>) => list.map((x) => `${kind}:${trim(x.text)}`);
    const expected = new Set([
      ...names('organization', view.organizations().json()),
      ...names('person', view.people().json()),
      ...names('place', view.places().json()),
    ]);
    expect(expected.size).toBeGreaterThan(3);
    expect(found).toEqual(expected);
  });
});
