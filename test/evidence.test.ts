// Evidence positions: every evidence object points at its sentence in the input as read.
// The source at `offset` begins the quote (modulo tags, entities and Markdown syntax), and
// `line`/`column` agree with `offset` (computed here independently of src/document.ts).
import { describe, expect, it } from 'vitest';
import { decode } from '../src/read/decode.js';
import { readDocument } from '../src/read/index.js';
import { extract } from '../src/index.js';
import { allEvidence, checkEvidence, decodeEntities, lineColumn, plainFrom, wordChars } from './helpers/evidence.js';
import { fixtureRecord, fixtureText, listFixtures } from './helpers/fixtures.js';

const fixtures = listFixtures();

describe('the checker itself', () => {
  it('computes line and column for \\n, \\r\\n and lone \\r', () => {
    const s = 'ab\ncd\r\nef\rgh';
    expect(lineColumn(s, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(s, 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn(s, 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn(s, 7)).toEqual({ line: 3, column: 1 });
    expect(lineColumn(s, 10)).toEqual({ line: 4, column: 1 });
  });

  it('decodes entities and strips markup', () => {
    expect(decodeEntities('S&atilde;o Paulo &amp; Caf&eacute; &#8220;x&#x201D; &rsquo;')).toBe('São Paulo & Café “x” ’');
    expect(wordChars(plainFrom('<p>&ldquo;We <b>took</b> it', 0, 'html'))).toBe('wetookit');
    expect(wordChars(plainFrom('**Acme** said [in a post](https://x.example/a1) today', 0, 'md'))).toBe('acmesaidinaposttoday');
  });

  it('rejects evidence that points elsewhere', () => {
    const source = 'Title\n\nAcme said hackers stole data. They got in on Monday.\n';
    const good = { quote: 'They got in on Monday.', offset: source.indexOf('They'), line: 3, column: 31 };
    expect(checkEvidence(source, 'txt', good)).toBeNull();
    expect(checkEvidence(source, 'txt', { ...good, offset: good.offset + 5, column: good.column + 5 })).toMatch(/reads/);
    expect(checkEvidence(source, 'txt', { ...good, line: 2 })).toMatch(/line\/column/);
    expect(checkEvidence(source, 'txt', { ...good, offset: source.length + 3 })).toMatch(/outside/);
  });
});

describe('every sentence of every fixture maps back to the source', () => {
  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const source = fixtureText(fixture);
      const doc = readDocument(source, { path: fixture.path });
      expect(doc.sentences.length).toBeGreaterThan(3);
      const wrong = doc.sentences
        .map((s) => ({ s: s.text, why: checkEvidence(source, fixture.format, doc.evidence(s)) }))
        .filter((x) => x.why !== null);
      expect(wrong).toEqual([]);
    });
  }
});

describe('every evidence object in every fixture record', () => {
  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const source = fixtureText(fixture);
      const record = fixtureRecord(fixture);
      const wrong = allEvidence(record)
        .map(({ where, evidence }) => ({ where, quote: evidence.quote, why: checkEvidence(source, fixture.format, evidence) }))
        .filter((x) => x.why !== null);
      expect(wrong).toEqual([]);
    });
  }
});

// Small inputs that stress the mapping: line endings, entities, inline markup at a sentence start,
// characters outside the BMP before a sentence, a BOM.
const TRICKY: Array<{ name: string; format: 'txt' | 'md' | 'html'; source: string }> = [
  { name: 'txt with CRLF', format: 'txt', source: 'Headline here\r\n\r\nPublished: 3 March 2023\r\n\r\nAcme said on Monday that hackers stole data. The firm has 2,000 staff.\r\n' },
  { name: 'txt with lone CR', format: 'txt', source: 'Headline here\r\rAcme said on Monday that hackers stole data.\rIt has 2,000 staff.\r' },
  { name: 'txt with hard-wrapped prose', format: 'txt', source: 'Headline\n\nAcme Corporation said on Monday that hackers had stolen the personal\ndata of customers. It has notified the regulator.\n' },
  { name: 'txt with emoji and tabs', format: 'txt', source: '🔒 Security brief\n\n\tAcme 🚨 said hackers stole data. 😀 Nobody else was hit.\n' },
  { name: 'md with emphasis and links at sentence starts', format: 'md', source: '---\ntitle: "A"\ndate: 2022-01-02\n---\n\n# Acme breached\n\n**Acme** said [in a post](https://x.example/p) that data was stolen. *Customers* were told on Friday.\n\n> "We are sorry," a spokesperson said.\n\n- [Beta Corp](https://b.example) was also hit.\n' },
  { name: 'md with escapes and entities', format: 'md', source: '# T\n\nAcme \\*Ltd\\* said AT&amp;T data was safe. Caf&eacute; owners were not.\n' },
  { name: 'html with entities and inline tags', format: 'html', source: '<html><body><article><h1>Acme&rsquo;s breach</h1><p>&ldquo;We took <em>immediate</em> action,&rdquo; Acme said. <a href="/x">S&atilde;o Paulo</a> police are investigating.</p><p>The firm &amp; its partners were hit.</p></article></body></html>' },
  { name: 'html across lines with a script in the middle', format: 'html', source: '<!doctype html>\n<html>\n<head><title>T</title></head>\n<body>\n<main>\n<p>First sentence is here.\n   Second one\n   continues here.</p>\n<script>var x = "<p>not text</p>";</script>\n<p>\n  Third paragraph starts on its own line.</p>\n</main>\n</body>\n</html>\n' },
  // paragraph lines indented by two spaces (and one with a trailing space): Markdown strips both from the
  // text, so a line cut from the paragraph must find its start in the source by walking, not by adding
  // its index (the drift grew by two a line, past the walk's look-ahead by the ninth)
  { name: 'md with indented continuation lines split at line ends', format: 'md', source: '# Clinic records exposed\n\nThe clinic listed what the intruders copied.\n\n  • Patient names\n  • Postal addresses \n  • Phone numbers\n  • Dates of birth\n  • Email addresses\n  • Employer names\n  • Visit dates\n  • Account numbers\n  • Insurance claim records (including plan and member numbers)\n  • Prescription details\n' },
  // a wire dateline cut off a lead whose value is shorter than its source (an entity before the cut)
  { name: 'txt-like md with an entity in a wire dateline', format: 'md', source: '# Wire story\n\nOSLO (Wire&amp;Co) - Hackers stole data from a shipping firm on Monday. The firm said payroll files were taken.\n' },
];

describe('tricky sources', () => {
  for (const t of TRICKY) {
    it(t.name, () => {
      const doc = readDocument(t.source, { format: t.format });
      expect(doc.sentences.length).toBeGreaterThan(1);
      const wrong = doc.sentences.map((s) => ({ s: s.text, why: checkEvidence(t.source, t.format, doc.evidence(s)) })).filter((x) => x.why !== null);
      expect(wrong).toEqual([]);
      const record = extract(t.source, { format: t.format });
      const bad = allEvidence(record).map(({ where, evidence }) => ({ where, why: checkEvidence(t.source, t.format, evidence) })).filter((x) => x.why !== null);
      expect(bad).toEqual([]);
    });
  }

  it('offsets count from after a UTF-8 BOM (the input as read)', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Headline\n\nAcme said hackers stole data.\n')]);
    const { text } = decode(bytes);
    expect(text.startsWith('Headline')).toBe(true);
    const doc = readDocument(text, { format: 'txt' });
    const e = doc.evidence(doc.sentences[1]!);
    expect(e).toMatchObject({ line: 3, column: 1, offset: 10 });
  });
});

// Evidence in the shared corpora (when ../shared exists) is checked in test/e2e/corpus.test.ts (npm run test:e2e), in the same
// pass that validates their records: extracting 780 articles once is enough.
