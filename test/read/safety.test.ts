// Front matter is data, never code: YAML is read with the core schema (no custom types, no functions)
// and an alias limit; nothing in an article is fetched, because no module in src/ can reach the network.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
// @ts-expect-error plain JavaScript shared with the fuzz scripts
import { yamlBomb } from '../../scripts/hostile-cases.mjs';

const md = (frontMatter: string) => readDocument(`---\n${frontMatter}\n---\n# Headline\n\nAcme said hackers stole data.\n`, { format: 'md' });

describe('YAML front matter', () => {
  it('stops an alias bomb at the alias limit and still reads the article', () => {
    const started = Date.now();
    const doc = readDocument(yamlBomb() + 'Acme said hackers stole data.\n', { format: 'md' });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(doc.warnings.join(' ')).toMatch(/front matter could not be parsed \(.*alias.*\): ignored/i);
    expect(doc.title).toBe('Headline');
    expect(doc.text).toContain('Acme said hackers stole data.');
  });

  it('keeps a few aliases, as real front matter may use them', () => {
    const doc = md('name: &n Widget Co breach\ntitle: *n');
    expect(doc.warnings).toEqual([]);
    expect(doc.title).toBe('Widget Co breach');
  });

  it.each([
    ['a JavaScript function tag', 'title: !!js/function "function () { globalThis.pwned = true }"'],
    ['a Python object tag', 'title: !!python/object/apply:os.system ["echo pwned"]'],
    ['an unknown local tag', 'title: !evil pwned'],
  ])('reads %s as plain data, runs nothing, and says nothing on stderr', (_what, yaml) => {
    const warned: unknown[] = [];
    const onWarning = (w: unknown) => warned.push(w);
    process.on('warning', onWarning);
    try {
      const doc = md(yaml);
      expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
      // the core schema knows no such types: the value is a string or a list of strings, never code
      expect(doc.title === null || typeof doc.title === 'string').toBe(true);
    } finally {
      process.off('warning', onWarning);
    }
    expect(warned).toEqual([]);
  });

  it('does not turn YAML 1.1 words into booleans or timestamps into anything but dates', () => {
    // core schema: `yes` is a string; an ISO date is read as the publication date
    const doc = md('title: yes\ndate: 2022-03-04');
    expect(doc.title).toBe('yes');
    expect(doc.published).toBe('2022-03-04');
  });

  it.each([
    ['an unterminated string', 'title: "Widget'],
    ['a flow map left open', 'title: {a: 1'],
    ['a key with no value', 'title:'],
    ['a list instead of a mapping', '- a\n- b'],
    ['a mapping key that is a list', '? [a, b]\n: c'],
    ['a tab-indented key', '\ttitle: x'],
    ['an impossible date', 'date: 2021-02-30'],
    ['a merge key to nowhere', '<<: *nope'],
    ['a self-referencing alias', 'title: &a [*a]'],
  ])('survives %s: the body is still read', (_what, yaml) => {
    const doc = md(yaml);
    expect(doc.text).toContain('Acme said hackers stole data.');
    expect(doc.published === null || /^\d{4}-\d{2}-\d{2}$/.test(doc.published)).toBe(true);
  });

  it('ignores front matter larger than any article has, quickly', () => {
    const started = Date.now();
    const doc = md('title: x\n' + 'key: some value, and more\n'.repeat(10_000));
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(doc.warnings.join(' ')).toMatch(/front matter larger than .* ignored/);
    expect(doc.text).toContain('Acme said hackers stole data.');
  });
});

describe('nothing is fetched', () => {
  const SRC = join(import.meta.dirname, '..', '..', 'src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));
  const NETWORK = /^(?:node:)?(?:http|https|http2|net|tls|dgram|dns|dns\/promises|child_process|undici)$|^(?:axios|node-fetch|got|undici|ws|request)$/;

  it('no module in src/ imports a network module or calls fetch', () => {
    const offenders: string[] = [];
    for (const file of files(SRC)) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:import|export)\s[^'"]{0,300}?from\s*['"]([^'"]{1,200})['"]|import\(\s*['"]([^'"]{1,200})['"]\s*\)|require\(\s*['"]([^'"]{1,200})['"]\s*\)/g)) {
        const spec = m[1] ?? m[2] ?? m[3]!;
        if (NETWORK.test(spec)) offenders.push(`${file}: imports ${spec}`);
      }
      if (/\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b/.test(code)) offenders.push(`${file}: calls a network API`);
    }
    expect(offenders).toEqual([]);
  });

  it('HTML with scripts, iframes, images and remote links is read as text, with nothing loaded', () => {
    const html = '<html><head><script src="http://evil.example/x.js"></script><link rel="stylesheet" href="http://evil.example/s.css"></head>' +
      '<body><article><h1>Acme breach</h1><img src="http://evil.example/t.gif" onerror="globalThis.pwned=1"><iframe src="http://evil.example/"></iframe>' +
      '<script>globalThis.pwned = 2</script><p>Acme said hackers stole data.</p></article></body></html>';
    const doc = readDocument(html, { format: 'html' });
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
    expect(doc.text).toBe('Acme breach\n\nAcme said hackers stole data.');
  });
});

describe('HTML built to exhaust memory', () => {
  it('reads a page of more than 100,000 tags without the parser: text between tags, scripts and comments dropped', () => {
    const page = '<html><head><script>if (a < b) steal();</script></head><body><!-- <p>hidden</p> --><h1>Acme hit</h1><p>Acme said hackers stole data.</p>' +
      '<p><b><i><span>more words '.repeat(26_000);
    const started = Date.now();
    const doc = readDocument(page, { format: 'html' });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(doc.warnings.join(' ')).toMatch(/more than 100,000 tags: read without a parser/);
    expect(doc.blocks.slice(0, 3).map((b) => b.text)).toEqual(['Acme hit', 'Acme said hackers stole data.', 'more words']);
    expect(doc.text).not.toMatch(/steal|hidden|</);
  });
});

describe('Markdown shaped to slow the parser (issue 12)', () => {
  it('a staircase list (each item indented further) is read as plain text, quickly', () => {
    let source = '# Acme breach\n\nAcme said hackers stole data.\n\n';
    for (let i = 0; source.length < 200_000; i++) source += `${' '.repeat(2 * i)}- item\n`;
    const started = Date.now();
    const doc = readDocument(source, { format: 'md' });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(doc.warnings.join(' ')).toMatch(/lines indented past 64 columns, or more than 5000 blocks: read as plain text/);
    expect(doc.text).toContain('Acme said hackers stole data.');
  });

  it.each([
    ['heading lines', (i: number) => `# Acme update ${i}\n`],
    ['headings and one-line paragraphs', (i: number) => `# Acme update ${i}\n\nHackers stole data.\n\n`],
    ['one-line paragraphs', (i: number) => `Acme was hit on day ${i}.\n\n`],
  ])('more than 5,000 blocks (%s) is no article\'s Markdown: read as plain text, in bounded memory', (_what, line) => {
    let source = '';
    for (let i = 0; i < 6_000; i++) source += line(i);
    const doc = readDocument(source, { format: 'md' });
    expect(doc.warnings.join(' ')).toMatch(/more than 5000 blocks: read as plain text/);
    expect(doc.text).toContain('Acme');
    // 2,000 lines of each kind (4,000 blocks at most) are still Markdown
    let fewer = '';
    for (let i = 0; i < 2_000; i++) fewer += line(i);
    expect(readDocument(fewer, { format: 'md' }).warnings.join(' ')).not.toMatch(/read as plain text/);
  });

  it.each([
    ['short lines (a table without the table extension)', '| Acme | 1,234 customers |\n'],
    ['long hard-wrapped lines that end no sentence', 'the company said that hackers had copied customer names and addresses from its\n'],
  ])('one paragraph of 300 KB of %s is split into lines in linear time', (_what, line) => {
    const source = `# Acme\n\n${line.repeat(Math.ceil(300_000 / line.length))}`;
    const started = Date.now();
    const doc = readDocument(source, { format: 'md' });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(doc.text).toContain('Acme');
    const last = doc.sentences.at(-1)!;
    expect(source.startsWith(last.text.slice(0, 10), doc.evidence(last).offset)).toBe(true);
  });

  it('an article with a few deeply indented lines is still read as Markdown', () => {
    const source = `# Acme breach\n\nAcme said hackers stole data.\n\n${' '.repeat(80)}an indented aside\n`;
    const doc = readDocument(source, { format: 'md' });
    expect(doc.warnings).toEqual([]);
    expect(doc.title).toBe('Acme breach');
  });
});
