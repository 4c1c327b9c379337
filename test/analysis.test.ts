// The one NLP pass reads only what can name someone new: the headline, then each sentence that
// brings a name not read twice yet. Names are used as sets, so skipping the rest loses nothing.
import { describe, expect, it } from 'vitest';
import { analysedSegments, entities } from '../src/analysis.js';
import { readDocument } from '../src/read/index.js';

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
