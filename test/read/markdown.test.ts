// The Markdown reader: front matter, blocks by kind, what is left out, untrusted YAML.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';
import { plainTree, readMarkdown } from '../../src/read/markdown.js';
import { readDocument } from '../../src/read/index.js';

const texts = (source: string) => readDocument(source, { format: 'md' }).blocks.map((b) => [b.kind, b.text]);

describe('front matter', () => {
  const dated: Array<[string, string]> = [
    ['date: 2022-08-19', '2022-08-19'],
    ['date: "2023-06-07T09:30:00+05:30"', '2023-06-07'],
    ['published: 2024-01-26', '2024-01-26'],
    ['datePublished: 2024-01-26T10:00:00Z', '2024-01-26'],
    ['pubDate: "Fri, 26 Jan 2024 10:00:00 GMT"', '2024-01-26'],
    ['date: November 29, 2021', '2021-11-29'],
  ];
  for (const [line, want] of dated) {
    it(`${line} → ${want}`, () => {
      expect(readMarkdown(`---\ntitle: T\n${line}\n---\nBody.\n`)).toMatchObject({ published: want, publishedFrom: 'front-matter' });
    });
  }

  it('title and url; url from link or canonical', () => {
    expect(readMarkdown('---\ntitle: "A: B"\nurl: https://x.example/a\n---\nBody.\n')).toMatchObject({ title: 'A: B', url: 'https://x.example/a' });
    expect(readMarkdown('---\nlink: https://x.example/b\n---\nBody.\n').url).toBe('https://x.example/b');
    expect(readMarkdown('---\ncanonical: https://x.example/c\n---\nBody.\n').url).toBe('https://x.example/c');
  });

  it('without front matter the first heading is the title', () => {
    expect(readMarkdown('Intro line.\n\n## The headline\n\nBody.\n').title).toBe('The headline');
    expect(readMarkdown('Just a paragraph.\n').title).toBeNull();
  });

  it('no date or an unusable date → null, no guess', () => {
    expect(readMarkdown('---\ntitle: T\n---\nBody.\n').published).toBeNull();
    expect(readMarkdown('---\ndate: yesterday\n---\nBody.\n').published).toBeNull();
    expect(readMarkdown('---\ndate: 2021-02-30\n---\nBody.\n').published).toBeNull();
  });

  it('broken YAML is ignored with a warning, the article is still read', () => {
    const r = readMarkdown('---\ntitle: "unclosed\ndate: [2021\n---\n# Heading\n\nBody.\n');
    expect(r.warnings.join(' ')).toMatch(/front matter could not be parsed/);
    expect(r.title).toBe('Heading');
  });

  it('front matter that is not a mapping is ignored with a warning', () => {
    expect(readMarkdown('---\n- a\n- b\n---\nBody.\n').warnings).toEqual(['front matter is not a mapping: ignored']);
  });

  it('an alias bomb is refused quickly', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
    const t = Date.now();
    const r = readMarkdown(`---\n${bomb.join('\n')}\ntitle: T\n---\nBody.\n`);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(r.warnings.join(' ')).toMatch(/front matter/);
  });
});

describe('blocks', () => {
  it('headings, paragraphs, quotes and list items keep their kind', () => {
    expect(texts('# Title\n\nLead paragraph here.\n\n> "A quote," she said.\n\n- First item\n- Second item\n')).toEqual([
      ['heading', 'Title'], ['paragraph', 'Lead paragraph here.'], ['quote', '"A quote," she said.'],
      ['list-item', 'First item'], ['list-item', 'Second item'],
    ]);
  });

  it('inline markup is dropped, link text kept, images, HTML and code blocks left out', () => {
    expect(texts('Acme **said** [in a post](https://x.example) that `data` was taken. ![alt text](i.png)\n\n<div class="ad">Buy now</div>\n\n```\nconsole.log("code")\n```\n')).toEqual([
      ['paragraph', 'Acme said in a post that data was taken.'],
    ]);
  });

  it('a title line repeated at the top becomes the headline', () => {
    const doc = readDocument('---\ntitle: "Acme breached"\n---\nAcme breached\n\nBody sentence.\n', { format: 'md' });
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', text: 'Acme breached' });
  });

  it('consecutive short lines (headline, caption, credit) split, the credit goes; wrapped prose joins', () => {
    expect(texts('Acme breached\nThe head office in Leeds\nPhoto: Agency\nThe company said that an unauthorised party had gained access to its\nnetwork in March.\n')).toEqual([
      ['paragraph', 'Acme breached'], ['paragraph', 'The head office in Leeds'],
      ['paragraph', 'The company said that an unauthorised party had gained access to its network in March.'],
    ]);
  });
});

describe('a wire copy hard-wrapped at a short width', () => {
  // invented: a wire story pasted with a line break every 55-62 characters and no blank lines
  const wrapped = [
    '---', 'title: "Card data taken at a regional hotel group"', '---',
    'A hotel group based in the Midlands said on Monday that',
    'software built to copy card numbers had been found on the',
    'tills of nine of its bars and restaurants. The software ran',
    'from April 3, 2022 to February 9, 2023, at some of the sites',
    'and for a shorter time at others, a spokeswoman for the',
    'group said in an email. Guests who paid at the bars during',
    'that time should check their statements, the group said.',
  ].join('\n');
  it('joins the lines of a paragraph that a fixed width cut', () => {
    const doc = readDocument(wrapped, { format: 'md' });
    const sentence = doc.sentences.find((s) => s.text.includes('April 3, 2022'));
    expect(sentence?.text).toBe('The software ran from April 3, 2022 to February 9, 2023, at some of the sites and for a shorter time at others, a spokeswoman for the group said in an email.');
  });
  it('still splits short lines of their own in an unwrapped page', () => {
    const doc = readDocument('# Headline of a story\n\nA short line of its own\nThe body of the story follows here and runs on to the end of its sentence.\n', { format: 'md' });
    expect(doc.sentences.map((s) => s.text)).toContain('A short line of its own');
  });
});
describe('plain Markdown without the parser', () => {
  const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
  /** What the reader reads of a tree: node types, heading depths, values and text offsets. */
  const shape = (n: Nodes): unknown => ({
    type: n.type,
    depth: 'depth' in n ? n.depth : undefined,
    value: 'value' in n ? n.value : undefined,
    at: n.type === 'text' ? [n.position!.start.offset, n.position!.end.offset] : undefined,
    children: 'children' in n ? (n.children as Nodes[]).map(shape) : undefined,
  });

  const plain = [
    '---\ntitle: "Quillon Freight reports a breach"\ndate: 2024-03-05\n---\n# Quillon Freight reports a breach\n\nThe carrier said on Monday that an intruder\ncopied driver files.\n\n\n## What was taken\nNames & addresses, it said. 2019 was quiet.\nThe firm (founded 1990) paid nothing!\n',
    'No front matter.\n# A heading right under a line\nA last line with no newline',
    '---\n---x\n---\n\n\u00a0Non-breaking lead.\n \nA line after a line of spaces.\n',
    '### Deep heading\n###### Six\n',
    '',
  ];
  for (const source of plain) {
    it(`reads ${JSON.stringify(source.slice(0, 40))}… as remark does`, () => {
      const tree = plainTree(source);
      expect(tree).not.toBeNull();
      expect(shape(tree!)).toEqual(shape(remark.parse(source) as Root));
    });
  }

  const needsParser = [
    'A **bold** claim.', 'Snake_case names.', 'A [link](https://x.example).', 'A `code` span.', 'Tom &amp; Ann.', 'A <b>tag</b>.', 'An escaped \\* star.',
    '- a list item', '+ another', '1. first', '2019. A year opens the line.', '> a quote', '    indented code', 'Setext\n===', 'Setext two\n---', '***',
    '#hashtag opens the line', '####### seven hashes', '# Closed heading #', 'A hard break  \nnext line', 'Tab\there', 'Windows\r\nlines',
    '\ufeffA byte order mark.', '--- \ntitle: x\n---\nBody.', '---\ntitle: x\n--- \nBody.',
  ];
  for (const source of needsParser) {
    it(`leaves ${JSON.stringify(source.slice(0, 30))} to the parser`, () => {
      expect(plainTree(source)).toBeNull();
    });
  }

  it('the reader gives the same blocks either way', () => {
    const source = '---\ntitle: "Ardent Clinics breached"\n---\nArdent Clinics breached\n\nThe clinic group said patient files were copied in May.\n';
    expect(plainTree(source)).not.toBeNull();
    expect(texts(source)).toEqual([['heading', 'Ardent Clinics breached'], ['paragraph', 'The clinic group said patient files were copied in May.']]);
  });
});
