// The HTML reader: metadata from <head> and JSON-LD, article text without page furniture.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/read/html.js';
import { readDocument } from '../../src/read/index.js';
import { InputError } from '../../src/errors.js';

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const texts = (source: string) => readDocument(source, { format: 'html' }).blocks.map((b) => b.text);

describe('title', () => {
  const table: Array<[string, string, string | null]> = [
    ['og:title first', page('<title>Site | Story</title><meta property="og:title" content="OG title"><meta name="twitter:title" content="TW title">', '<h1>H1 title</h1>'), 'OG title'],
    ['then twitter:title', page('<title>Site | Story</title><meta name="twitter:title" content="TW title">', '<h1>H1</h1>'), 'TW title'],
    ['then <title>', page('<title>  Story\n  title </title>', '<h1>H1</h1>'), 'Story title'],
    ['then the first <h1>', page('', '<h1>The <em>H1</em> title</h1><p>x</p>'), 'The H1 title'],
    ['else null', page('', '<p>Only a paragraph.</p>'), null],
  ];
  for (const [what, source, want] of table) it(what, () => expect(readHtml(source).title).toBe(want));

  it('entities in attributes are decoded', () => {
    expect(readHtml(page('<meta property="og:title" content="Barnes &amp; Noble &#8211; breach">', '')).title).toBe('Barnes & Noble – breach');
  });
});

describe('url', () => {
  it('canonical link first, then og:url', () => {
    expect(readHtml(page('<meta property="og:url" content="https://x.example/og"><link rel="canonical" href="https://x.example/c">', '')).url).toBe('https://x.example/c');
    expect(readHtml(page('<meta property="og:url" content="https://x.example/og">', '')).url).toBe('https://x.example/og');
    expect(readHtml(page('<link rel="stylesheet" href="/s.css">', '')).url).toBeNull();
  });
});

describe('published', () => {
  const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
  const table: Array<[string, string, string | null]> = [
    ['article:published_time', page('<meta property="article:published_time" content="2021-11-29T07:45:00Z">', ''), '2021-11-29'],
    ['article:published_time over JSON-LD', page(`<meta property="article:published_time" content="2021-11-29T07:45:00Z">${ld({ datePublished: '2020-01-01' })}`, ''), '2021-11-29'],
    ['JSON-LD datePublished', page(ld({ '@type': 'NewsArticle', datePublished: '2022-03-15T10:12:00+01:00' }), ''), '2022-03-15'],
    ['JSON-LD inside @graph', page(ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2022-03-16' }] }), ''), '2022-03-16'],
    ['JSON-LD array', page(ld([{ '@type': 'Organization' }, { datePublished: '2022-03-17' }]), ''), '2022-03-17'],
    ['broken JSON-LD is skipped, <time> used', page('<script type="application/ld+json">{ not json</script>', '<article><time datetime="2023-05-16">May 16</time><p>x</p></article>'), '2023-05-16'],
    ['<time datetime>', page('', '<article><p>Posted <time datetime="2023-05-16T08:00:00Z">yesterday</time></p></article>'), '2023-05-16'],
    ['meta name=date', page('<meta name="date" content="2023-09-04">', ''), '2023-09-04'],
    ['itemprop datePublished', page('<meta itemprop="datePublished" content="2023-09-05">', ''), '2023-09-05'],
    ['a readable date in metadata', page('<meta property="article:published_time" content="September 6, 2023">', ''), '2023-09-06'],
    ['nothing', page('<title>T</title>', '<p>Body.</p>'), null],
    ['an impossible date', page('<meta property="article:published_time" content="2023-02-30T00:00:00Z">', ''), null],
  ];
  for (const [what, source, want] of table) {
    it(what, () => {
      const r = readHtml(source);
      expect(r.published).toBe(want);
      expect(r.publishedFrom).toBe(want ? 'html-meta' : null);
    });
  }
});

describe('article text', () => {
  it('takes <article> over <main> over <body>', () => {
    expect(texts(page('', '<p>Body text.</p><main><p>Main text.</p><article><p>Article text.</p></article></main>'))).toEqual(['Article text.']);
    expect(texts(page('', '<p>Body text.</p><main><p>Main text.</p></main>'))).toEqual(['Main text.']);
    expect(texts(page('', '<p>Body text.</p>'))).toEqual(['Body text.']);
    expect(texts(page('', '<div>Site</div><div itemprop="articleBody"><p>Itemprop text.</p></div>'))).toEqual(['Itemprop text.']);
  });

  it('keeps the headline first when it sits outside <article>', () => {
    expect(texts(page('', '<h1>The headline</h1><article><p>Story text.</p></article>'))).toEqual(['The headline', 'Story text.']);
  });

  const furniture: Array<[string, string]> = [
    ['script, style, noscript', '<script>var said = "hackers";</script><style>p{}</style><noscript>Enable JS</noscript>'],
    ['nav', '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'],
    ['aside', '<aside><h3>Related</h3><p>Other story.</p></aside>'],
    ['form', '<form><label>Email</label><input name="e"><button>Subscribe</button></form>'],
    ['footer', '<footer><p>Copyright 2024</p></footer>'],
    ['figure and caption', '<figure><img src="a.jpg"><figcaption>Photo: Agency</figcaption></figure>'],
    ['cookie banner', '<div class="cookie-banner"><p>We use cookies.</p></div>'],
    ['consent modal', '<div id="gdpr-consent"><p>Accept our partners.</p></div>'],
    ['newsletter block', '<section class="newsletter-signup"><p>Get the daily briefing.</p></section>'],
    ['related links', '<div class="related-stories"><a href="/x">Another breach</a></div>'],
    ['share tools', '<div class="share-tools"><a href="#">Share on LinkedIn</a></div>'],
    ['author bio', '<div class="author-bio"><p>Jane covers security.</p></div>'],
    ['comments', '<section id="comments"><p>First!</p></section>'],
    ['read-more lists', '<ul class="read-more"><li><a href="/x">Read more: another story</a></li></ul>'],
    ['post author boxes', '<div class="post-author"><p>Jane writes about health.</p></div><div class="author-box"><p>Jane Doe</p></div>'],
    ['site branding and logo', '<div class="site-branding"><a href="/">The Site</a></div><div class="logo">The Site</div>'],
    ['hidden', '<div hidden><p>Hidden text.</p></div><div aria-hidden="true"><p>Also hidden.</p></div>'],
  ];
  for (const [what, html] of furniture) {
    it(`leaves out ${what}`, () => {
      expect(texts(page('', `<main>${html}<article><h1>Headline</h1><p>Story text.</p>${html}</article></main>`))).toEqual(['Headline', 'Story text.']);
    });
  }

  it('leaves out the site header outside the article', () => {
    expect(texts(page('', '<header><div>Site name</div><nav>Home</nav></header><main><article><h1>Headline</h1><p>Story text.</p></article></main>'))).toEqual(['Headline', 'Story text.']);
  });

  it('keeps the article root and main even when their class looks like furniture', () => {
    expect(texts(page('', '<main class="main-nav-layout"><p>Story text.</p></main>'))).toEqual(['Story text.']);
  });

  it('keeps a header inside the article', () => {
    expect(texts(page('', '<article><header><h1>Headline</h1><p class="standfirst">Standfirst.</p></header><p>Story.</p></article>'))).toEqual(['Headline', 'Standfirst.', 'Story.']);
  });

  it('block elements split text; inline elements do not', () => {
    expect(texts(page('', '<article><p>One <b>bold</b> and <a href="/">linked</a> word.</p><ul><li>Item one</li><li>Item two</li></ul><blockquote>Quoted.</blockquote></article>'))).toEqual([
      'One bold and linked word.', 'Item one', 'Item two', 'Quoted.',
    ]);
    const kinds = readDocument(page('', '<article><h2>Sub</h2><p>P.</p><li>L.</li><blockquote>Q.</blockquote><table><tr><td>C.</td></tr></table></article>'), { format: 'html' }).blocks.map((b) => b.kind);
    expect(kinds).toEqual(['heading', 'paragraph', 'list-item', 'quote', 'table-cell']);
  });

  it('decodes entities in text', () => {
    expect(texts(page('', '<p>S&atilde;o Paulo &amp; Caf&eacute; &ldquo;quoted&rdquo; &#8212; &#x2019;s</p>'))).toEqual(['São Paulo & Café “quoted” — ’s']);
  });

  it('stays linear with thousands of headers inside the article', () => {
    const source = page('', `<article>${'<header>Kicker</header><p>Some text here.</p>'.repeat(8000)}</article>`);
    const t = Date.now();
    expect(readHtml(source).blocks).toHaveLength(16000);
    expect(Date.now() - t).toBeLessThan(15_000); // was about 80 s when each header searched the article
  });

  it('survives deep nesting; refuses absurd nesting with an input error, not a crash', () => {
    const nested = (n: number) => page('', `${'<div>'.repeat(n)}<p>Deep text.</p>${'</div>'.repeat(n)}`);
    expect(texts(nested(200))).toEqual(['Deep text.']);
    expect(() => readDocument(nested(1000), { format: 'html' })).not.toThrow();
    expect(() => readDocument(nested(20_000), { format: 'html' })).toThrow(InputError);
    expect(texts('<p>Unclosed <b>bold<p>Next paragraph')).toEqual(['Unclosed bold', 'Next paragraph']);
  });
});
