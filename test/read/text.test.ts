// The plain-text reader: blocks, the title, hard-wrapped prose, datelines.
import { describe, expect, it } from 'vitest';
import { readText, startsOwnLine } from '../../src/read/text.js';
import { readDocument } from '../../src/read/index.js';

const blocks = (source: string) => readDocument(source, { format: 'txt' }).blocks.map((b) => [b.kind, b.text]);

describe('readText', () => {
  it('blank lines separate blocks; the first short line is the title and a heading', () => {
    const r = readText('Acme hit by hackers\n\nAcme said on Monday that data was taken.\n\nIt has told the regulator.\n');
    expect(r.title).toBe('Acme hit by hackers');
    expect(r.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(r.url).toBeNull();
  });

  const noTitle: Array<[string, string]> = [
    ['a first line that ends a sentence', 'Acme said on Monday that data was taken.\n\nMore.\n'],
    ['a first block longer than 200 characters', `${'word '.repeat(60)}\n\nMore.\n`],
    ['an empty file', ''],
    ['only blank lines', '\n \n\t\n'],
  ];
  for (const [what, source] of noTitle) it(`no title for ${what}`, () => expect(readText(source).title).toBeNull());

  it('short lines stay blocks of their own (headline, standfirst, caption); a credit line goes', () => {
    expect(blocks('Headline\nA short standfirst\nThe branch in the city centre\nPhoto: Agency\n\nBody sentence here.\n')).toEqual([
      ['heading', 'Headline'], ['paragraph', 'A short standfirst'], ['paragraph', 'The branch in the city centre'], ['paragraph', 'Body sentence here.'],
    ]);
  });

  it('a byline is read (the outlet beside the author) and is no article text', () => {
    const r = readText('Headline of the story\nBy Jane Doe, Harbour Gazette\n\nBody sentence here.\n') as ReturnType<typeof readText> & { site?: string };
    expect(r.blocks.map((b) => b.pieces.map((p) => p.value).join(''))).toEqual(['Headline of the story', 'Body sentence here.']);
    expect(r.site).toBe('Harbour Gazette');
  });

  it('long lines that do not end a sentence are hard-wrapped prose and join', () => {
    expect(blocks('T\n\nThe company said that an unauthorised party had gained access to its\nnetwork in March and copied files.\nA new line after a full stop starts a block.\n')).toEqual([
      ['heading', 'T'],
      ['paragraph', 'The company said that an unauthorised party had gained access to its network in March and copied files.'],
      ['paragraph', 'A new line after a full stop starts a block.'],
    ]);
  });

  it('reads CRLF and lone CR line ends like LF', () => {
    const lf = blocks('Title\n\nFirst paragraph.\n\nSecond paragraph.\n');
    expect(blocks('Title\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n')).toEqual(lf);
    expect(blocks('Title\r\rFirst paragraph.\r\rSecond paragraph.\r')).toEqual(lf);
  });

  it('a headline cut short with an ellipsis is still the title, below a masthead and a section line', () => {
    const r = readText('Skip to main content\n\nHarbourwire\n\nHome | News | Security\n\nPayroll processor says staff tax forms were sent to ...\n\nBy Jane Roe\n\nThe processor said on Monday that forms were emailed to a fraudster.\n');
    expect(r.title).toBe('Payroll processor says staff tax forms were sent to ...');
  });
  it('a labelled first line ("Video: …") is the title, not a promo line', () => {
    const r = readText('Video: Three regional banks hit by the same phishing kit\n\nThree banks said on Tuesday that staff had entered passwords on a fake page.\n');
    expect(r.title).toBe('Video: Three regional banks hit by the same phishing kit');
    // further down, the same shape is a promo and goes
    expect(blocks('Banks hit by phishing kit\n\nThree banks said staff were tricked.\n\nVideo: How a phishing kit works\n\nThe banks have reset passwords.\n').map(([, t]) => t)).not.toContain('Video: How a phishing kit works');
  });
  // a headline long enough to pass for hard-wrapped prose stops at a dateline or byline line under it
  it.each([
    ['Published: 14 Feb. 2024, 09:12 Updated: 14 Feb. 2024, 10:40', '2024-02-14'],
    ['Published March 2, 2023 at 4:05 pm', '2023-03-02'],
    ['Posted: 21 June 2022', '2022-06-21'],
    ['By Dana Quill - Special to the Harbour Gazette | Jan 9, 2025', '2025-01-09'],
  ])('the line under a long headline, %s, is no part of the title and gives the date', (line, date) => {
    const headline = 'Regional card issuer confirms intrusion affecting nearly two million customers';
    const doc = readDocument(`${headline}\n${line}\nThe issuer said on Tuesday that an intruder had copied card records.\n`, { format: 'txt' });
    expect(doc.title).toBe(headline);
    expect(doc.published).toBe(date);
    const md = readDocument(`---\ntitle: x\n---\n${headline}\n${line}\n\nThe issuer said an intruder copied card records.\n`, { format: 'md' });
    expect(md.blocks[0]!.text).toBe(headline);
  });
  it('a label glued to prose ("Updated An attacker …") or a sentence opening on "By" still joins its line', () => {
    expect(startsOwnLine('Updated An independent analyst says the flaw lets attackers read messages')).toBe(false);
    expect(startsOwnLine('By 2027, most of the bank’s customers will use the app, analysts expect.')).toBe(false);
    expect(startsOwnLine('Published:')).toBe(true);
  });
  it('a bullet item is a line of its own in text and Markdown, however long; a middle dot is not a bullet', () => {
    const items = [
      '• the server that held the payroll files was isolated and taken offline the same afternoon',
      '• a full review of remote access controls is being carried out by an outside security firm',
    ];
    const source = `Harbour Clinic update\n\nThe clinic listed its steps:\n${items.join('\n')}\n`;
    for (const format of ['txt', 'md'] as const) {
      const texts = readDocument(source, { format }).blocks.map((b) => b.text);
      expect(texts, format).toEqual(expect.arrayContaining(items));
    }
    expect(startsOwnLine('▪ Date of birth')).toBe(true);
    expect(startsOwnLine('· 4 min read and a line that keeps going well past the wrap width of prose')).toBe(false);
  });
  it('a dateline near the top gives the publication date and is no article text', () => {
    const doc = readDocument('Title\n\nBy A. Writer\nPublished: 3 March 2023\n\nBody.\n', { format: 'txt' });
    expect(doc).toMatchObject({ published: '2023-03-03', publishedFrom: 'text' });
    expect(doc.blocks.map((b) => b.text)).toEqual(['Title', 'Body.']);
  });

  it('a date on the byline line gives the publication date', () => {
    for (const line of ['Jane Doe - Harbour Gazette - Mar 3, 2023', 'By Jane Doe | March 3, 2023 9:14 am ET', 'Written by Jane Doe on March 3, 2023']) {
      expect(readDocument(`Title of the story\n\n${line}\n\nBody.\n`, { format: 'txt' }).published, line).toBe('2023-03-03');
    }
  });

  it('a date inside the story is not a dateline', () => {
    const doc = readDocument('Title\n\nThe attack began on 3 March 2023, the company said.\n', { format: 'txt' });
    expect(doc.published).toBeNull();
  });

  it('a dateline far down the article is not the publication date', () => {
    const body = Array.from({ length: 14 }, (_, i) => `Paragraph ${i} of the story.`).join('\n\n');
    expect(readDocument(`Title\n\n${body}\n\nPublished: 3 March 2023\n`, { format: 'txt' }).published).toBeNull();
  });

  it('stays fast on a single 1 MB line', () => {
    const t = Date.now();
    const r = readText('x'.repeat(1_000_000));
    expect(r.blocks).toHaveLength(1);
    expect(Date.now() - t).toBeLessThan(2000);
  });
});
