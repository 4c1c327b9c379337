// HTML through rehype-parse: metadata from <head> and JSON-LD, article text from the main content
// without navigation, page furniture, scripts, forms, cookie and newsletter blocks.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Nodes, Root } from 'hast';
import type { BlockKind, Piece, RawBlock, ReadResult } from '../document.js';
import { normalisePublished } from './published.js';
import { localeDateOrder } from './locale.js';
import { InputError } from '../errors.js';
import { clearFurniture, FURNITURE_HEADING, readCopyright } from './furniture.js';

const processor = unified().use(rehypeParse, { fragment: false });

/** Elements whose content is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'nav', 'aside', 'form', 'button', 'select', 'textarea', 'input', 'label', 'footer', 'figure', 'figcaption', 'picture',
  'video', 'audio', 'head', 'dialog', 'menu']);
/** class/id/role words that mark page furniture around an article. */
const FURNITURE = /(?:^|[\s_-])(?:cookie|consent|gdpr|newsletter|subscribe|subscription|signup|sign-up|promo|advert|ads?|sponsor|share|sharing|social|related|recommended|trending|popular|most-read|comments?|breadcrumbs?|menu|navbar|nav|sidebar|footer|masthead|paywall|modal|popup|banner|author-bio|author-box|author-info|post-author|bio|tags?|toolbar|skip-link|read-more|more-stories|site-branding|branding|logo|about-(?:the-)?author|author-(?:card|details|profile|about)|contributor|sharethis|sharedaddy|relatedposts|related-posts|widget|newsletter-box|mpu|adslot|ad-slot|adlabel|outbrain|taboola|recirc|more-stories|top-bar|topnav|subnav|site-header|site-footer|skip)(?:$|[\s_-])/i;
/** class/id words of the byline and date line: kept (the date may be read there) but as a caption. */
const BYLINE_MARKS = /(?:^|[\s_-])(?:byline|bylines|dateline|author|authors|entry-meta|post-meta|article-meta|story-meta|meta|posted-on|timestamp|publish-date|pubdate|credits?|caption|captions|wp-caption-text|kicker|eyebrow)(?:$|[\s_-])/i;
/** Tags whose text is link text, for link density. */
const HEADING_TAG = /^h[1-6]$/;
const BLOCK_TAGS: Record<string, BlockKind> = {
  p: 'paragraph', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', blockquote: 'quote', td: 'table-cell', th: 'table-cell', dd: 'paragraph', dt: 'paragraph',
  pre: 'paragraph', div: 'paragraph', section: 'paragraph', article: 'paragraph', main: 'paragraph',
  header: 'paragraph', tr: 'paragraph', table: 'paragraph', ul: 'paragraph', ol: 'paragraph', br: 'paragraph',
  hr: 'paragraph', address: 'paragraph',
};
const MAX_DEPTH = 400;

const attr = (el: Element, name: string): string | null => {
  const v = el.properties?.[name];
  if (Array.isArray(v)) return v.join(' ');
  return v === undefined || v === null || v === false ? null : String(v);
};

function* elements(node: Nodes, depth = 0): Generator<Element> {
  if (depth > MAX_DEPTH) return;
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child as Nodes, depth + 1);
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/**
 * Tags beyond which the parser's trees outgrow memory (a megabyte of unclosed tags made 366,000 nodes and
 * 580 MB): such a page is read without the parser, its text runs between tags taken as they stand.
 */
const MAX_TAGS = 100_000;
const TAG_START = /<[A-Za-z!/?]/g;
/** Tags that end a block in the parser-free reading. */
const BLOCK_TAG = /^<\/?(?:p|div|br|li|h[1-6]|tr|td|th|table|ul|ol|section|article|header|footer|main|blockquote|pre|dd|dt|hr|title)\b/i;

const SCRIPT_END = /<\/script/gi;
const STYLE_END = /<\/style/gi;

function tagCount(source: string, limit: number): number {
  TAG_START.lastIndex = 0;
  let n = 0;
  while (TAG_START.test(source) && ++n <= limit);
  return n;
}

/** Text between tags, blocks at block-level tags; script, style and comments skipped. No metadata. */
function readTagSoup(source: string): ReadResult {
  const blocks: RawBlock[] = [];
  let current: RawBlock | null = null;
  let at = 0;
  const text = (start: number, end: number) => {
    if (end <= start || !source.slice(start, end).trim()) return;
    if (!current) blocks.push((current = { kind: 'paragraph', pieces: [] }));
    current.pieces.push({ value: source.slice(start, end), start, end });
  };
  while (at < source.length) {
    const lt = source.indexOf('<', at);
    if (lt < 0) {
      text(at, source.length);
      break;
    }
    text(at, lt);
    const head = source.slice(lt, lt + 12).toLowerCase();
    let close: number;
    if (head.startsWith('<!--')) close = source.indexOf('-->', lt + 4) + 2;
    else if (head.startsWith('<script') || head.startsWith('<style')) {
      const closer = head.startsWith('<script') ? SCRIPT_END : STYLE_END;
      closer.lastIndex = lt + 6;
      const end = closer.exec(source)?.index ?? -1;
      close = end < 0 ? -1 : source.indexOf('>', end);
    } else close = source.indexOf('>', lt + 1);
    if (close < 0) close = source.length - 1;
    if (BLOCK_TAG.test(head)) current = null;
    at = close + 1;
  }
  return { format: 'html', blocks, title: null, url: null, published: null, publishedFrom: null,
    warnings: [`HTML with more than ${MAX_TAGS.toLocaleString('en')} tags: read without a parser (text between tags)`] };
}

export function readHtml(source: string): ReadResult {
  if (tagCount(source, MAX_TAGS) > MAX_TAGS) return readTagSoup(source);
  let tree: Root;
  try {
    tree = processor.parse(source) as Root;
  } catch (error) {
    // the parser recurses per nesting level: thousands of unclosed elements overflow the stack
    if (error instanceof RangeError) throw new InputError('HTML nested too deeply to read');
    throw error;
  }
  const meta = new Map<string, string>();
  let titleTag: string | null = null;
  let canonical: string | null = null;
  /** <time datetime> elements in page order: the story's own is the first inside the story. */
  const times: Element[] = [];
  const authors = new Set<string>();
  let jsonLdPublished: string | null = null;
  let jsonLdPublisher: string | null = null;
  const articles: Element[] = [];
  const articleBodies: Element[] = [];
  let mainRoot: Element | null = null;
  let bodyRoot: Element | null = null;
  let firstH1: string | null = null;
  /** The page's declared language (a hint of its date order): <html lang>, og:locale, content-language, JSON-LD inLanguage. */
  let htmlLang: string | null = null;
  let jsonLdLanguage: string | null = null;

  for (const el of elements(tree)) {
    const tag = el.tagName;
    if (tag === 'html') htmlLang ??= attr(el, 'lang')?.trim() || attr(el, 'xmlLang')?.trim() || null;
    if (tag === 'meta') {
      const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemProp') ?? '').toLowerCase();
      if (!key && /^content-language$/i.test(attr(el, 'httpEquiv') ?? '')) meta.set('content-language', attr(el, 'content') ?? '');
      const content = attr(el, 'content');
      if (key && content && !meta.has(key)) meta.set(key, content);
    } else if (tag === 'title' && titleTag === null) titleTag = textOf(el).trim() || null;
    else if (tag === 'link' && canonical === null && /\bcanonical\b/i.test(attr(el, 'rel') ?? '')) canonical = attr(el, 'href');
    else if (tag === 'time' && attr(el, 'dateTime')) times.push(el);
    else if (tag === 'script' && /ld\+json/i.test(attr(el, 'type') ?? '') && jsonLdPublished === null) {
      const ld = jsonLd(textOf(el));
      jsonLdPublished = ld.published;
      jsonLdPublisher ??= ld.publisher;
      jsonLdLanguage ??= ld.language ?? null;
      for (const a of ld.authors) authors.add(a);
    }
    else if (tag === 'article') articles.push(el);
    else if (tag === 'main' && !mainRoot) mainRoot = el;
    else if (tag === 'body' && !bodyRoot) bodyRoot = el;
    else if (tag === 'h1' && firstH1 === null) firstH1 = textOf(el).replace(/\s+/g, ' ').trim() || null;
    if (/articleBody/i.test(attr(el, 'itemProp') ?? '')) articleBodies.push(el);
  }

  // pages list teasers as <article> cards too: the story is the candidate with the most paragraph text
  const articleRoot = largest(articleBodies) ?? largest(articles);
  const metaAuthor = clean(meta.get('author') ?? null);
  if (metaAuthor && metaAuthor.length <= 60) authors.add(metaAuthor);
  // a <time> in a teaser card or a "latest news" rail is another story's: with a story element, only its own counts
  const storyElements = articleRoot ? new Set(elements(articleRoot)) : null;
  const storyTime = times.find((t) => !storyElements || storyElements.has(t));
  const timeDatetime = storyTime ? attr(storyTime, 'dateTime') : null;
  const blocks: RawBlock[] = [];
  /** Elements inside <article>, collected once (a per-header search was quadratic). */
  let inArticle: Set<Element> | undefined;
  let current: RawBlock | null = null;
  const flush = () => {
    current = null;
  };
  /** Characters of link text per block (blocks that are mostly links are navigation or promos). */
  const linkChars = new Map<RawBlock, number>();
  let inLink = 0;
  const walk = (node: Nodes, kind: BlockKind, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (node.type === 'text') {
      const p = node.position;
      if (p?.start.offset === undefined || p.end.offset === undefined || !node.value.trim()) {
        if (current && node.value) current.pieces.push({ value: ' ', start: p?.start.offset ?? 0, end: p?.start.offset ?? 0 });
        return;
      }
      if (!current) {
        current = { kind, pieces: [] };
        blocks.push(current);
      }
      current.pieces.push({ value: node.value, start: p.start.offset, end: p.end.offset } satisfies Piece);
      if (inLink) linkChars.set(current, (linkChars.get(current) ?? 0) + node.value.trim().length);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const el = node;
      if (SKIP.has(el.tagName)) return;
      if (el.tagName === 'header' && !(inArticle ??= new Set(articleRoot ? elements(articleRoot) : [])).has(el)) return;
      const marks = `${attr(el, 'className') ?? ''} ${attr(el, 'id') ?? ''} ${attr(el, 'role') ?? ''}`;
      if (FURNITURE.test(marks) && el !== articleRoot && el !== mainRoot) return;
      if (/^(?:true|hidden)$/i.test(attr(el, 'ariaHidden') ?? '') || attr(el, 'hidden') !== null) return;
      // a section headed "Most popular", "Related stories", "About the author", "Comments": page furniture
      if (el !== articleRoot && el !== mainRoot && CONTAINERS.has(el.tagName) && furnitureSection(el)) return;
      if (el.tagName === 'a') {
        inLink++;
        for (const child of el.children) walk(child as Nodes, kind, depth + 1);
        inLink--;
        return;
      }
      if (kind !== 'caption' && BYLINE_MARKS.test(marks) && el !== articleRoot && el !== mainRoot && !HEADING_TAG.test(el.tagName)) {
        flush();
        for (const child of el.children) walk(child as Nodes, 'caption', depth + 1);
        flush();
        return;
      }
      // a layout table's cells hold the page's paragraphs: they are no table cells
      const layoutCell = (el.tagName === 'td' || el.tagName === 'th') && hasBlocks(el);
      const blockKind = layoutCell ? 'paragraph' : BLOCK_TAGS[el.tagName];
      if (blockKind) {
        flush();
        const inner: BlockKind = (blockKind === 'paragraph' || kind === 'caption') && kind !== 'paragraph' ? kind : blockKind;
        for (const child of el.children) walk(child as Nodes, inner, depth + 1);
        flush();
        if (blockKind === 'heading' && blocks.length && blocks[blocks.length - 1]!.kind === 'heading') {
          blocks[blocks.length - 1]!.depth = Number(el.tagName.slice(1));
        }
        return;
      }
    }
    for (const child of node.children) walk(child as Nodes, kind, depth + 1);
  };
  const root = articleRoot ?? mainRoot ?? (bodyRoot ? contentRoot(bodyRoot) : null) ?? tree;
  // the headline often sits outside <article>: keep it first so the lead is whole
  if (root !== tree && firstH1 && !textOf(root).includes(firstH1.slice(0, 40))) {
    for (const el of elements(tree)) {
      if (el.tagName === 'h1') {
        walk(el, 'heading', 0);
        break;
      }
    }
  }
  walk(root, 'paragraph', 0);

  // blocks that are mostly link text (navigation, "Read more: <headline>", lists of other stories) go
  // short labels above the headline (a kicker, a section name) are no article text
  const h1 = blocks.findIndex((b) => b.kind === 'heading' && b.depth === 1);
  if (h1 > 0 && h1 <= 3 && blocks.slice(0, h1).every((b) => words(b) <= 4)) blocks.splice(0, h1);
  const linked = blocks.filter((b, i) => {
    // the author's name on a line of its own is the byline
    if (authors.size && i <= 6 && authors.has(b.pieces.map((p) => p.value).join('').replace(/\s+/g, ' ').trim())) return false;
    const links = linkChars.get(b) ?? 0;
    if (!links || (i === 0 && b.kind === 'heading')) return true;
    const text = b.pieces.map((p) => p.value).join('').replace(/\s+/g, ' ').trim();
    return !(links >= 0.6 * text.replace(/\s/g, '').length && (text.length < 200 || !/[.!?]["”’)]?$/.test(text)));
  });
  const lang = clean(htmlLang || meta.get('og:locale') || meta.get('content-language') || jsonLdLanguage || meta.get('language') || null);
  const cleared = clearFurniture(linked, { lang, url: clean(canonical ?? meta.get('og:url') ?? null) });

  const site = clean(meta.get('og:site_name') ?? jsonLdPublisher ?? meta.get('application-name') ?? null) ?? cleared.site ?? footerSite(tree);
  // <title> often adds the site's name ("Story | Site", "Site: Story"): the headline is the part the <h1>
  // repeats, or what is left without the site's name
  const pageTitle = titleTag && firstH1 && titleTag.startsWith(firstH1) ? firstH1 : titleTag && site ? withoutSite(titleTag, site) : titleTag;
  const title = clean(meta.get('og:title') ?? meta.get('twitter:title') ?? pageTitle ?? firstH1);
  const url = clean(canonical ?? meta.get('og:url') ?? cleared.url ?? null);
  const published = normalisePublished(meta.get('article:published_time') ?? meta.get('datepublished') ?? jsonLdPublished
    ?? timeDatetime ?? meta.get('date') ?? meta.get('pubdate') ?? meta.get('dc.date') ?? meta.get('sailthru.date') ?? null,
    localeDateOrder(lang, url)?.order ?? null);
  return {
    format: 'html', blocks: cleared.blocks, title, url, published: published ?? cleared.published,
    publishedFrom: published ? 'html-meta' : cleared.published ? 'text' : null, warnings: [], site,
    lang,
  } as ReadResult;
}

const words = (b: RawBlock) => b.pieces.map((p) => p.value).join('').trim().split(/\s+/).length;

/** Containers that may hold a furniture section. */
const CONTAINERS = new Set(['section', 'div', 'aside', 'ul', 'ol', 'footer', 'header']);

/** A container whose first heading (or first short line) names a furniture section. */
function furnitureSection(el: Element): boolean {
  for (const child of el.children) {
    if (child.type === 'text') {
      if (child.value.trim()) return false;
      continue;
    }
    if (child.type !== 'element') continue;
    if (HEADING_TAG.test(child.tagName) || child.tagName === 'b' || child.tagName === 'strong' || child.tagName === 'span' || child.tagName === 'p') {
      const t = textOf(child).replace(/\s+/g, ' ').trim();
      return t.length <= 60 && FURNITURE_HEADING.test(t);
    }
    return false;
  }
  return false;
}

/** Share of a page's paragraph text that marks the element holding the story. */
const CONTENT_SHARE = 0.7;

/**
 * A page with no <article> or <main>: the story is the deepest element holding most of the page's
 * paragraph text (not counting page furniture), found by walking down from <body> into the one child
 * that still holds that share. Sidebars, link rails and footers around it are left out.
 */
function contentRoot(body: Element): Element {
  const text = new Map<Element, number>();
  const measure = (el: Element, depth: number): number => {
    if (depth > MAX_DEPTH || SKIP.has(el.tagName)) return 0;
    if (FURNITURE.test(`${attr(el, 'className') ?? ''} ${attr(el, 'id') ?? ''} ${attr(el, 'role') ?? ''}`)) return 0;
    let n = 0;
    for (const child of el.children) {
      if (child.type !== 'element') continue;
      n += child.tagName === 'p' ? textOf(child).trim().length : measure(child, depth + 1);
    }
    text.set(el, n);
    return n;
  };
  const total = measure(body, 0);
  if (!total) return body;
  let at = body;
  for (let guard = 0; guard < MAX_DEPTH; guard++) {
    let next: Element | null = null;
    for (const child of at.children) {
      if (child.type === 'element' && (text.get(child) ?? 0) >= CONTENT_SHARE * total) next = child;
    }
    if (!next) break;
    at = next;
  }
  return at;
}

/** Whether an element holds block-level elements (a layout table's cell does; a data table's does not). */
function hasBlocks(el: Element): boolean {
  for (const child of elements(el)) {
    if (child !== el && /^(?:p|div|h[1-6]|ul|ol|table|article|section|blockquote)$/.test(child.tagName)) return true;
  }
  return false;
}

/** The site named by a copyright line in the page's footer ("© 2021 Valley Courier · Terms"), read outside the story. */
function footerSite(tree: Root): string | null {
  for (const el of elements(tree)) {
    if (el.tagName !== 'footer' && !/footer|copyright|colophon/i.test(`${attr(el, 'className') ?? ''} ${attr(el, 'id') ?? ''}`)) continue;
    const stack: Nodes[] = [el];
    for (let guard = 0; stack.length && guard < 2_000; guard++) {
      const node = stack.pop()!;
      if (node.type === 'text') {
        const site = readCopyright(node.value.replace(/\s+/g, ' ').trim())?.site;
        if (site) return site;
      } else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  return null;
}

/** "Story | Site", "Story - Site", "Site: Story" → "Story" when the site is known. */
function withoutSite(title: string, site: string): string {
  const t = title.trim();
  const low = t.toLowerCase();
  const name = site.trim().toLowerCase();
  if (low.endsWith(name)) {
    const m = /\s{1,3}[|–—:•·-]\s{1,3}$/.exec(t.slice(0, t.length - name.length));
    if (m) return t.slice(0, m.index).trim() || t;
  }
  if (low.startsWith(name)) {
    const m = /^\s{0,3}[|–—:•·-]\s{1,3}/.exec(t.slice(name.length));
    if (m) return t.slice(name.length + m[0].length).trim() || t;
  }
  return t;
}

const clean = (s: string | null | undefined) => (s ? s.replace(/\s+/g, ' ').trim() || null : null);

/**
 * JSON-LD: the first datePublished, and the name of the publisher of the object that has it; the first
 * inLanguage tag ("en-GB": a hint of the page's date order).
 */
function jsonLd(json: string): { published: string | null; publisher: string | null; authors: string[]; language?: string | null } {
  let data: unknown;
  const authors: string[] = [];
  let language: string | null = null;
  try {
    data = JSON.parse(json);
  } catch {
    return { published: null, publisher: null, authors };
  }
  const nodes = objectsOf(data);
  let publisher: string | null = null;
  // in an @graph the publisher is often a reference to an Organization node: its name
  const orgs = new Map<string, string>();
  const noteOrg = (o: Record<string, unknown>) => {
    if (typeof o['@id'] === 'string' && typeof o.name === 'string') orgs.set(o['@id'], o.name);
  };
  for (const o of nodes) {
    noteOrg(o);
    if (typeof o.inLanguage === 'string' && o.inLanguage.length <= 40) language ??= o.inLanguage;
    const p = o.publisher as Record<string, unknown> | Array<Record<string, unknown>> | string | undefined;
    const first = Array.isArray(p) ? p[0] : p;
    const name = typeof first === 'string' ? first : first?.name ?? (typeof first?.['@id'] === 'string' ? `@id:${first['@id']}` : undefined);
    if (typeof name === 'string' && name.trim() && name.length <= 200) publisher ??= name.trim();
    const a = o.author as Record<string, unknown> | Array<Record<string, unknown>> | string | undefined;
    for (const x of Array.isArray(a) ? a : a ? [a] : []) {
      const n = typeof x === 'string' ? x : x?.name;
      if (typeof n === 'string' && n.trim().length <= 60) authors.push(n.trim());
    }
    if (typeof o.datePublished === 'string') return { published: o.datePublished, publisher: resolve(publisher), authors, language };
  }
  return { published: null, publisher: resolve(publisher), authors, language };

  function resolve(name: string | null): string | null {
    if (!name?.startsWith('@id:')) return name && name.length <= 80 ? name : null;
    // the Organization node may come after the article in the graph: look through the rest
    for (const o of nodes) noteOrg(o);
    const org = orgs.get(name.slice(4));
    return org && org.length <= 80 ? org : null;
  }
}

/** Every object of a JSON value, depth first, at most 10,000 steps (a hostile graph stays cheap). */
function* objectsOf(data: unknown): Generator<Record<string, unknown>> {
  const stack: unknown[] = [data];
  for (let guard = 0; stack.length && guard < 10_000; guard++) {
    const x = stack.pop();
    if (Array.isArray(x)) stack.push(...x);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      yield o;
      for (const v of Object.values(o)) if (v && typeof v === 'object') stack.push(v);
    }
  }
}

/** The element with the most text in its paragraphs (teaser cards have little), or null. */
function largest(candidates: Element[]): Element | null {
  let best: Element | null = null;
  let bestLength = -1;
  for (const el of candidates) {
    let length = 0;
    for (const p of elements(el)) if (p.tagName === 'p') length += textOf(p).length;
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best;
}
