// The HTML report, parsed back: one document, no script, nothing external, article strings escaped,
// a swimlane timeline per dated incident, and grouping by month for a large set. Records are invented.
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { esc, renderHtml } from '../../src/format/html.js';
import { main } from '../../src/main.js';
import { mergeRecords, singleView } from '../../src/merge/index.js';
import { fakeStdin, Sink } from '../helpers/streams.js';
import { rec } from '../merge/records.js';

interface Node { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[]; value?: string }

const parse = (html: string): Node => unified().use(rehypeParse).parse(html) as unknown as Node;
const elements = (node: Node, out: Node[] = []): Node[] => {
  if (node.type === 'element') out.push(node);
  for (const c of node.children ?? []) elements(c, out);
  return out;
};
const text = (node: Node): string => (node.type === 'text' ? node.value ?? '' : (node.children ?? []).map(text).join(''));

const HOSTILE = `Breach at <script>alert("x")</script> & <img src="https://tracker.invalid/p.gif" onerror="alert(1)"> 'Quoted'`;

const records = [
  rec({ path: 'wire.md', published: '2024-03-04', count: 1_200_000, dates: [['breach-start', '2024-01'], ['discovered', '2024-02-21']], sources: ['Wire One'] }),
  rec({ path: 'trade.md', published: '2024-03-05', count: 1_250_000, dates: [['disclosed', '2024-03-01']], title: HOSTILE }),
  rec({ path: 'other.md', published: '2023-07-10', victim: 'Elmstead Water <b>Board</b>', dates: [['discovered', '2023-07-02']] }),
  rec({ path: 'undated.md', published: null, victim: 'Nodate Ltd' }),
];

describe('renderHtml', () => {
  const html = renderHtml(mergeRecords(records), { skipped: [{ path: 'trend.md', title: '<script>1</script>' }] });
  const tree = parse(html);
  const all = elements(tree);

  it('is one document with a strict Content-Security-Policy and no script', () => {
    expect(all.filter((e) => e.tagName === 'html')).toHaveLength(1);
    expect(all.filter((e) => e.tagName === 'script')).toEqual([]);
    const csp = all.find((e) => e.tagName === 'meta' && String(e.properties?.httpEquiv).toLowerCase() === 'content-security-policy');
    expect(String(csp?.properties?.content)).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(String(csp?.properties?.content)).not.toContain('unsafe-inline');
  });

  it('refers to nothing outside the file and has no event handlers', () => {
    for (const e of all) {
      for (const [name, value] of Object.entries(e.properties ?? {})) {
        expect(name).not.toMatch(/^on/i);
        if (/^(src|href|xLinkHref|action|srcSet|poster|data)$/.test(name)) expect(String(value)).toMatch(/^#/);
      }
      expect(['img', 'iframe', 'object', 'embed', 'link', 'base', 'form', 'image', 'use']).not.toContain(e.tagName);
    }
  });

  it('shows hostile titles and names as text, escaped', () => {
    expect(text(tree)).toContain(HOSTILE);
    expect(text(tree)).toContain('Elmstead Water <b>Board</b>');
    expect(text(tree)).toContain('<script>1</script>');
    expect(html).toContain(esc(HOSTILE));
    expect(all.filter((e) => e.tagName === 'b')).toEqual([]);
  });

  it('has a table row per incident, a swimlane timeline for each dated one, and the evidence with line and column', () => {
    const rows = all.filter((e) => e.tagName === 'tr' && (e.children ?? []).some((c) => c.tagName === 'td'));
    expect(rows).toHaveLength(3);
    expect(all.filter((e) => e.tagName === 'svg')).toHaveLength(2);
    expect(text(tree)).toContain('No dates in these articles');
    expect(text(tree)).toMatch(/wire\.md:2:1 victim/);
    // the merged counts and their conflict
    expect(text(tree)).toContain('1,250,000');
    expect(text(tree)).toContain('articles give different counts (1,200,000 / 1,250,000)');
  });

  it('groups incidents by the month they were first reported, newest first, with an index', () => {
    const headings = all.filter((e) => e.tagName === 'h2').map((e) => text(e).replace(/\s+\d+ incidents?$/, ''));
    expect(headings).toEqual(['March 2024', 'July 2023', 'Undated', 'Not about an incident']);
    const nav = all.find((e) => e.tagName === 'nav');
    expect(elements(nav!).filter((e) => e.tagName === 'a').map((e) => e.properties?.href)).toEqual(['#m-2024-03', '#m-2023-07', '#m-undated']);
  });

  it('stays readable for 1,000 incidents: grouped by month, evidence folded', () => {
    const many = Array.from({ length: 1000 }, (_, i) => {
      const month = String((i % 12) + 1).padStart(2, '0');
      return singleView(rec({ path: `n${i}.md`, published: `20${20 + (i % 5)}-${month}-15`, victim: `Victim Number ${i}`, dates: [['discovered', `20${20 + (i % 5)}-${month}-02`]] }));
    });
    const started = performance.now();
    const big = renderHtml(many);
    expect(performance.now() - started).toBeLessThan(5_000);
    const t = parse(big);
    const els = elements(t);
    expect(els.filter((e) => e.tagName === 'section')).toHaveLength(60);
    expect(els.filter((e) => e.tagName === 'svg')).toHaveLength(1000);
    expect(els.filter((e) => e.tagName === 'details').length).toBeGreaterThanOrEqual(1000);
    expect(big.length).toBeLessThan(20_000_000);
  });
});

describe('-f html', () => {
  it('draws one page for a merged stream', async () => {
    const stdout = new Sink();
    const input = records.map((r) => JSON.stringify(r)).join('\n');
    expect(await main({ argv: ['merge', '-f', 'html', '-q'], stdin: fakeStdin(input), stdout, stderr: new Sink(), env: {} })).toBe(0);
    expect(stdout.text.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(stdout.text.match(/<html/g)).toHaveLength(1);
  });

  it('draws one page for a folder of articles', async () => {
    const stdout = new Sink();
    expect(await main({ argv: ['fixtures/merge', '-f', 'html', '-q', '--jobs', '1'], stdout, stderr: new Sink(), env: {} })).toBe(0);
    const tree = parse(stdout.text);
    const all = elements(tree);
    expect(all.filter((e) => e.tagName === 'script')).toEqual([]);
    // one incident per article here (merging is the merge command's job); the hostile title is text
    expect(all.filter((e) => e.tagName === 'article')).toHaveLength(4);
    expect(text(tree)).toContain("Corvane <script>alert('owned')</script> breach");
  });
});
