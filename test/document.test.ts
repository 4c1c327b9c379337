import { describe, expect, it } from 'vitest';
import { readDocument, sniffFormat } from '../src/read/index.js';

const startsAt = (source: string, offset: number, quote: string) => {
  // the source at offset begins the quote, modulo markup and entities
  const plain = source.slice(offset, offset + quote.length * 3).replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/[*_`\\]/g, '');
  return plain.replace(/\s+/g, ' ').startsWith(quote.slice(0, 20));
};

describe('document model', () => {
  it('maps plain-text sentences back to source offsets, lines and columns', () => {
    const source = 'Acme hit by hackers\n\nAcme Corp said on Monday that hackers stole data. It has 2 million users.\n';
    const doc = readDocument(source, { format: 'txt' });
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Acme hit by hackers',
      'Acme Corp said on Monday that hackers stole data.',
      'It has 2 million users.',
    ]);
    const e = doc.evidence(doc.sentences[2]!);
    expect(source.slice(e.offset)).toMatch(/^It has 2 million users\./);
    expect(e).toMatchObject({ line: 3, column: 51 });
  });

  it("drops a wire's closing credit from the sentences, so no reader takes its journalists for a party to the story", () => {
    const source = 'Harbour board hit by hackers\n\nThe harbour board said its mail server was breached on Monday. "We are still counting the damage," the board said. (Reporting by Anna Veltman; Editing by Joris Kade)\n';
    const doc = readDocument(source, { format: 'txt' });
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Harbour board hit by hackers',
      'The harbour board said its mail server was breached on Monday.',
      '"We are still counting the damage," the board said.',
    ]);
    // a credit inside a paragraph's text, not closing it, stays: "(reporting by" must open the sentence
    const inline = readDocument('Title\n\nThe board cited earlier work (reporting by a local paper) on the leak.\n', { format: 'txt' });
    expect(inline.sentences.map((s) => s.text)).toContain('The board cited earlier work (reporting by a local paper) on the leak.');
  });

  it('joins hard-wrapped text lines but keeps short lines as blocks of their own (a byline is dropped)', () => {
    const source = 'Headline here\nBy A. Writer\nA short standfirst\n\nThis paragraph is wrapped at a fixed width so that the line goes on\nand ends here.\n';
    const doc = readDocument(source, { format: 'txt' });
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Headline here',
      'A short standfirst',
      'This paragraph is wrapped at a fixed width so that the line goes on and ends here.',
    ]);
    expect(doc.title).toBe('Headline here');
  });

  it('reads Markdown front matter and keeps offsets true through emphasis and escapes', () => {
    const source = '---\ntitle: "Breach at Widget Co"\nurl: https://news.example/widget\ndate: 2022-03-04\n---\n# Breach at Widget Co\n\nWidget Co **confirmed** the \\*incident\\* on Friday. Customers were told.\n';
    const doc = readDocument(source, { format: 'md' });
    expect(doc).toMatchObject({ title: 'Breach at Widget Co', url: 'https://news.example/widget', published: '2022-03-04', publishedFrom: 'front-matter' });
    const s = doc.sentences.find((x) => x.text.startsWith('Customers'))!;
    expect(source.slice(doc.evidence(s).offset)).toMatch(/^Customers were told/);
    const first = doc.sentences.find((x) => x.text.startsWith('Widget Co confirmed'))!;
    expect(first.text).toBe('Widget Co confirmed the *incident* on Friday.');
    expect(startsAt(source, doc.evidence(first).offset, first.text)).toBe(true);
  });

  it('reads HTML metadata and article text without page furniture', () => {
    const source = `<!doctype html><html><head><title>Site | Story</title>
<meta property="og:title" content="Hackers hit Example Bank">
<link rel="canonical" href="https://news.example/bank">
<meta property="article:published_time" content="2023-05-06T10:00:00Z"></head>
<body><nav><a href="/">Home</a> Menu items</nav><div class="cookie-banner">We use cookies.</div>
<article><h1>Hackers hit Example Bank</h1><p>Example Bank &amp; Trust said its systems were breached.</p>
<aside>Related: other story</aside><form>Subscribe to our newsletter</form><p>Second paragraph here.</p></article>
<footer>Copyright</footer><script>var x = "said hacked";</script></body></html>`;
    const doc = readDocument(source, { format: 'html' });
    expect(doc).toMatchObject({ title: 'Hackers hit Example Bank', url: 'https://news.example/bank', published: '2023-05-06', publishedFrom: 'html-meta' });
    expect(doc.blocks.map((b) => b.text)).toEqual(['Hackers hit Example Bank', 'Example Bank & Trust said its systems were breached.', 'Second paragraph here.']);
    const s = doc.sentences[1]!;
    expect(source.slice(doc.evidence(s).offset)).toMatch(/^Example Bank &amp; Trust/);
  });

  it('takes a dateline near the top as the publication date, and --published over it', () => {
    const source = 'Retailer discloses breach\n\nPublished: 29 November 2021\n\nThe retailer said on Monday that card data was taken.\n';
    expect(readDocument(source, { format: 'txt' })).toMatchObject({ published: '2021-11-29', publishedFrom: 'text' });
    expect(readDocument(source, { format: 'txt', published: '2020-01-02' })).toMatchObject({ published: '2020-01-02', publishedFrom: 'option' });
  });

  it('gives 1-based lines and columns for CRLF and CR line ends', () => {
    const doc = readDocument('Title line\r\n\r\nBody text here.\r\n', { format: 'txt' });
    expect(doc.evidence(doc.sentences[1]!)).toMatchObject({ line: 3, column: 1, offset: 14 });
  });

  it('sniffs the format of text without an extension', () => {
    expect(sniffFormat('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
    expect(sniffFormat('---\ntitle: x\n---\nBody')).toBe('md');
    expect(sniffFormat('# Heading\n\nBody')).toBe('md');
    expect(sniffFormat('Plain headline\n\nPlain body.')).toBe('txt');
  });
});

describe('HTML article choice', () => {
  it('reads the story, not the teaser cards that pages also mark up as <article>', () => {
    const source = `<html><body>
<aside><article class="card"><p>Teaser: a different story about a bank.</p></article></aside>
<article><h1>Clinic reports intrusion</h1><p>The clinic said on Monday that an intruder reached its patient database.</p><p>It has told the regulator.</p></article>
</body></html>`;
    const doc = readDocument(source, { format: 'html' });
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Clinic reports intrusion',
      'The clinic said on Monday that an intruder reached its patient database.',
      'It has told the regulator.',
    ]);
  });
});

describe('HTML title', () => {
  it('drops the site name that <title> adds after the headline', () => {
    const doc = readDocument('<html><head><title>Bank hit by hackers | Daily Ledger</title></head><body><article><h1>Bank hit by hackers</h1><p>Text.</p></article></body></html>', { format: 'html' });
    expect(doc.title).toBe('Bank hit by hackers');
  });
});

describe('Markdown built to hurt the parser', () => {
  it.each([
    ['nested list markers', '- '.repeat(5000) + 'x'],
    ['nested quotes', '>'.repeat(20000)],
    ['emphasis flood', '**a'.repeat(30000)],
    ['unclosed links', '[a]('.repeat(30000)],
  ])('reads %s as plain text, quickly, with a warning', (_name, source) => {
    const started = Date.now();
    const doc = readDocument(source, { format: 'md' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(doc.format).toBe('md');
    expect(doc.warnings.join(' ')).toMatch(/read as plain text/);
  });

  it('parses ordinary Markdown as Markdown', () => {
    const doc = readDocument('# Title\n\nAcme said *hackers* stole [data](https://example.com).\n', { format: 'md' });
    expect(doc.warnings).toEqual([]);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Title', 'Acme said hackers stole data.']);
  });
});

describe('Markdown rules are not attacks', () => {
  it('parses a long horizontal rule as Markdown', () => {
    const doc = readDocument(`# Title\n\n${'-'.repeat(80)}\n\nBody text.\n`, { format: 'md' });
    expect(doc.warnings).toEqual([]);
  });
});

describe('sentences', () => {
  it('does not end a sentence at a name that ends in "?" or "!"', () => {
    const doc = readDocument('Consumer group Which? said the firm was hacked. Was it bad? iPhone users were told to update.', { format: 'txt' });
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Consumer group Which? said the firm was hacked.',
      'Was it bad?',
      'iPhone users were told to update.',
    ]);
  });
});
