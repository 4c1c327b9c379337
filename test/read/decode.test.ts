// Bytes → text: encodings, BOMs, replaced bytes, and refusing binary files with a reason.
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/read/decode.js';
import { InputError } from '../../src/errors.js';

const utf16be = (s: string) => {
  const b = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1]!, b[i]!];
  return b;
};
const ARTICLE = 'Café Zürich — “données” volées 🔒\n\nThe café said data was taken.\n';

describe('decode: text encodings', () => {
  const cases: Array<[string, Buffer]> = [
    ['UTF-8', Buffer.from(ARTICLE)],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)])],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ARTICLE)])],
  ];
  for (const [name, bytes] of cases) {
    it(`${name} → the same text, no BOM, no warning`, () => {
      expect(decode(bytes)).toEqual({ text: ARTICLE, warnings: [] });
    });
  }

  it('empty input → empty text', () => {
    expect(decode(Buffer.alloc(0))).toEqual({ text: '', warnings: [] });
  });

  it('keeps a few escape characters (the pretty printer removes them, the JSON escapes them)', () => {
    expect(decode(Buffer.from('Title \u001b[2J here\n\nBody.\n')).text).toContain('\u001b[2J');
  });
});

describe('decode: invalid UTF-8 is replaced and reported', () => {
  const cases: Array<[number, Buffer]> = [
    [1, Buffer.concat([Buffer.from('Acme said '), Buffer.from([0xff]), Buffer.from(' data was taken.')])],
    [2, Buffer.concat([Buffer.from('Acme '), Buffer.from([0xc3, 0x28]), Buffer.from(' said '), Buffer.from([0xe2, 0x82]), Buffer.from(' it.')])],
    // Latin-1 text read as UTF-8: a handful of bad bytes in a long article
    [3, Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' owners in Z'), Buffer.from([0xfc]), Buffer.from('rich and Malm'), Buffer.from([0xf6]), Buffer.from(` were told. ${'More text follows here. '.repeat(20)}`)])],
  ];
  for (const [count, bytes] of cases) {
    it(`${count} bad sequence(s)`, () => {
      const { text, warnings } = decode(bytes);
      expect(text.split('\ufffd').length - 1).toBe(count);
      expect(warnings).toEqual([`invalid UTF-8: ${count} byte sequence${count === 1 ? '' : 's'} replaced with U+FFFD`]);
    });
  }
});

describe('decode: text that is not UTF-8 at all is read as Windows-1252', () => {
  it('a Latin-1 article with many accents', () => {
    const fr = "Électricité de France a déclaré à l'Agence française que des données ont été dérobées. Les clients concernés seront prévenus très prochainement, a-t-elle précisé.";
    expect(decode(Buffer.from(fr, 'latin1'))).toEqual({ text: fr, warnings: ['not UTF-8: read as Windows-1252 (Latin-1)'] });
  });

  it('Windows-1252 punctuation (curly quotes, dashes, euro)', () => {
    const bytes = Buffer.from([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0x92, 0x93, 0x94, 0x96, 0x97, 0x85, 0x93, 0x94, 0x96, 0x97, 0x85, 0x93, 0x94]);
    expect(decode(bytes).text).toBe('“A” – €5 ’“”–—…“”–—…“”');
  });
});

describe('decode: binary files are refused with a reason', () => {
  const binary: Array<[string, number[], RegExp]> = [
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], /PNG image/],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0], /JPEG image/],
    ['GIF', [...Buffer.from('GIF89a')], /GIF image/],
    ['PDF', [...Buffer.from('%PDF-1.7\n')], /PDF document/],
    ['ZIP (docx, epub)', [0x50, 0x4b, 0x03, 0x04], /ZIP archive/],
    ['gzip', [0x1f, 0x8b, 0x08], /gzip/],
    ['ELF', [0x7f, 0x45, 0x4c, 0x46], /ELF/],
    ['NUL bytes', [...Buffer.from('Title\n\nBody'), 0, 0, 0, ...Buffer.from('more')], /NUL/],
    ['control characters', [...Buffer.from('ab\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010\u0011cd')], /control characters/],
  ];
  for (const [name, bytes, reason] of binary) {
    it(name, () => {
      const run = () => decode(Buffer.concat([Buffer.from(bytes), Buffer.from(' trailing text')]));
      expect(run).toThrow(InputError);
      expect(run).toThrow(reason);
    });
  }


  it('near misses: text that starts like a magic number is still text', () => {
    expect(decode(Buffer.from('GIF of the week: hackers\n\nBody.')).text).toMatch(/^GIF of/);
    expect(decode(Buffer.from('PK said hackers stole data.')).text).toMatch(/^PK said/);
  });
});
