#!/usr/bin/env node
// Reader parity check: render each Markdown article (front matter + body) as the pages and text files
// people actually save — HTML as news sites serve it (bylines, <time>, JSON-LD, og:site_name, breadcrumbs,
// share tools, figures with credits, "Read more:" links, ad slots, newsletter boxes, author bios, comments,
// "Most popular" lists, cookie banners, footers) and plain text as copy-paste or crawlers leave it (title
// line, byline, dateline variants, wire datelines, hard wraps, no front matter, the publisher named only in
// the byline or copyright line) — then extract all three and count how often the HTML and text records
// differ from the Markdown one, field by field. Every choice is made from a hash of the file name, so runs
// are repeatable.
//
//   node scripts/variants.mjs --corpus ../shared/corpus/dev [--limit N] [--out DIR] [--examples N] [--only FILE]
//     (after npm run build)
//   --out DIR writes DIR/{md,html,txt}/articles/* for the corpus's gold files, each with a gold.jsonl whose
//   "file" fields are renamed, so ../shared/eval/score.mjs --corpus DIR/html --run "node bin/breach-extract.js"
//   scores the variants exactly like the Markdown originals.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../dist/index.js';
import { args, option as opt } from './options.mjs';

const corpus = opt('--corpus', args[0] && !args[0].startsWith('--') ? args[0].replace(/\/articles\/?$/, '') : undefined);
if (!corpus) {
  console.error('usage: node scripts/variants.mjs --corpus CORPUS_DIR [--limit N] [--out DIR] [--examples N] [--only FILE]');
  process.exit(2);
}
const limit = Number(opt('--limit', 1e9));
const out = opt('--out');
const exampleCount = Number(opt('--examples', 20));
const only = opt('--only');

// ---- deterministic choices -------------------------------------------------------------------
function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}
const pick = (list, seed, salt) => list[hash(`${seed}:${salt}`) % list.length];

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const AP_MON = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n) => String(n).padStart(2, '0');

// invented people and places (no corpus names)
const AUTHORS = ['Jane Roe', 'Marcus Hale', 'Priya Natarajan', 'Tomasz Wojcik', 'Elena Brandt', 'Samuel Okafor', 'Claire Dubois',
  'Kenji Mori', 'Rosa Lindqvist', 'Daniel Ferreira', 'Hannah Kowalczyk', 'Omar Haddad'];
const ROLES = ['Senior Reporter', 'Security Editor', 'Staff Writer', 'Contributor', 'Technology Correspondent', 'News Editor'];
const WIRE_PLACES = ['LONDON', 'NEW YORK', 'SAN FRANCISCO', 'WASHINGTON', 'SYDNEY', 'TORONTO', 'SINGAPORE', 'BOSTON'];
const CREDITS = ['Photo: Getty Images', 'Image: Shutterstock', '(Image credit: Alamy)', 'Photograph: Reuters', 'Credit: AP Photo/File',
  'Source: iStock', 'Picture: PA Wire'];
const CAPTIONS = ['A laptop screen showing lines of code.', 'The company\'s offices.', 'A padlock on a keyboard.', 'File photo.',
  'A person typing on a laptop in a dark room.'];

// ---- reading the Markdown article ------------------------------------------------------------
function split(md) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(md);
  const meta = {};
  for (const line of (m?.[1] ?? '').split('\n')) {
    const kv = /^(\w+):\s*"?(.*?)"?\s*$/.exec(line);
    if (kv) meta[kv[1]] = kv[2].replace(/\\"/g, '"');
  }
  let lines = md.slice(m ? m[0].length : 0).split(/\r?\n+/).map((l) => l.replace(/^#+\s*/, '').trim()).filter(Boolean);
  const squash = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const title = meta.title || lines[0] || '';
  if (lines.length && squash(lines[0]) === squash(title)) lines = lines.slice(1);
  // Markdown inline markup as text (links keep their words, images go)
  const inline = (l) => l.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__/g, '').replace(/^[*+-]\s+/, '').trim();
  return { meta, title, body: lines.map(inline).filter(Boolean) };
}

/** The outlet: the URL host's main label, spelt as the article spells it when it names itself. */
function outletOf(meta, bodyText) {
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(meta.url ?? '')?.[1]?.toLowerCase();
  if (!host) return { name: 'The Daily Ledger', host: 'dailyledger.example' };
  const labels = host.split('.').filter((l) => !['www', 'm', 'amp', 'news'].includes(l));
  while (labels.length > 1 && labels[labels.length - 1].length <= 3) labels.pop();
  const label = labels[labels.length - 1] ?? labels[0] ?? host;
  const compact = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const words = bodyText.match(/\b[A-Z][\w'.&]*(?:\s[A-Z][\w'.&]*){0,3}/g) ?? [];
  for (const w of words) {
    const parts = w.split(' ');
    for (let i = 0; i < parts.length; i++) for (let j = i + 1; j <= parts.length; j++) {
      const cand = parts.slice(i, j).join(' ').replace(/['’]s$/, '').replace(/\.$/, '');
      if (compact(cand) === label || compact(cand) === `the${label}` || `the${compact(cand)}` === label) return { name: cand, host };
    }
  }
  return { name: label.charAt(0).toUpperCase() + label.slice(1), host };
}

function dateParts(iso) {
  const d = iso ? new Date(`${iso}T00:00:00Z`) : null;
  if (!d || Number.isNaN(d.getTime())) return null;
  return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate(), wd: d.getUTCDay(), iso };
}
const later = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

const HTML_STYLES = 6;
const TXT_STYLES = 7;

// ---- HTML pages ------------------------------------------------------------------------------
function shareTools(seed) {
  return pick([
    `<div class="share-buttons"><a href="#">Share on Twitter</a> <a href="#">Share on Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>`,
    `<ul class="social-share"><li><a href="#">Tweet</a></li><li><a href="#">Share</a></li><li><a href="#">Copy link</a></li></ul>`,
    `<div class="article-tools"><button>Save</button><button>Print</button><span>Share this article</span></div>`,
  ], seed, 'share');
}
function figure(seed) {
  return `<figure class="wp-block-image lead-image"><img src="/img/lead.jpg" alt="stock photo"><figcaption>${pick(CAPTIONS, seed, 'cap')} ${pick(CREDITS, seed, 'credit')}</figcaption></figure>`;
}

function htmlPage(v) {
  const { seed, title, body, outlet, date, author, role, others, url } = v;
  const style = hash(`${seed}:html`) % HTML_STYLES;
  const sep = pick([' | ', ' - ', ' – ', ' | '], seed, 'sep');
  const pageTitle = style === 3 ? `${outlet.name}: ${title}` : `${title}${sep}${outlet.name}`;
  const iso = date ? `${date.iso}T${pad(9 + (hash(seed) % 8))}:${pad(hash(seed) % 60)}:00-05:00` : null;
  const modified = date ? `${later(date.iso, 2)}T16:02:00Z` : null;
  const shortDate = date ? `${AP_MON[date.m]} ${date.d}, ${date.y}` : '';
  const longDate = date ? `${MONTHS[date.m]} ${date.d}, ${date.y}` : '';
  const byline = pick([
    `By <a rel="author" href="/author/x">${author}</a>, ${role}${date ? ` | ${shortDate} 9:14 am ET` : ''}`,
    `<span class="author">By ${author}</span>${date ? ` <span class="sep">·</span> <time datetime="${iso}">${longDate}</time>` : ''}`,
    `Written by ${author} ${date ? `on ${longDate}` : ''}`,
    `${author}${date ? ` — ${date.d} ${MONTHS[date.m]} ${date.y}` : ''}`,
  ], seed, 'byline');
  const paragraphs = [];
  body.forEach((p, i) => {
    paragraphs.push(`<p>${esc(p)}</p>`);
    if (i === 1 && hash(`${seed}:ad1`) % 3 !== 0) paragraphs.push(pick([
      `<div class="ad-slot ad-inline" aria-label="Advertisement"><span>Advertisement</span></div>`,
      `<div class="mpu"><p>ADVERTISEMENT</p></div>`,
      `<p class="adlabel">Advertisement</p>`,
      `<div id="div-gpt-ad-1234"></div><p>Continue reading below</p>`,
    ], seed, 'ad1'));
    if (i === 2 && others[0]) paragraphs.push(pick([
      `<p><strong>Read more:</strong> <a href="/story/1">${esc(others[0])}</a></p>`,
      `<p><em>Related: <a href="/story/1">${esc(others[0])}</a></em></p>`,
      `<div class="related-inline"><h4>Related</h4><a href="/story/1">${esc(others[0])}</a></div>`,
      `<p>READ MORE: <a href="/story/1">${esc(others[0])}</a></p>`,
    ], seed, 'readmore'));
    if (i === 4 && hash(`${seed}:nl`) % 2 === 0) paragraphs.push(pick([
      `<div class="newsletter-box"><h3>Get the latest security news</h3><p>Sign up for our free daily newsletter.</p><input type="email"><button>Subscribe</button></div>`,
      `<p><em>Sign up for ${esc(outlet.name)}'s newsletter to get the week's top stories in your inbox.</em></p>`,
    ], seed, 'nl'));
  });
  const mostPopular = `<section class="most-popular"><h2>Most popular</h2><ol>${others.slice(1).map((o, i) => `<li><a href="/story/${i + 2}">${esc(o)}</a></li>`).join('')}</ol></section>`;
  const bio = pick([
    `<div class="author-bio"><img src="/a.jpg" alt=""><p>${author} is a ${role.toLowerCase()} at ${esc(outlet.name)}, covering cybersecurity and privacy. Previously, ${author.split(' ')[0]} wrote for a trade magazine.</p></div>`,
    `<section class="about-author"><h3>About the author</h3><p>${author} has reported on technology for a decade and joined ${esc(outlet.name)} in 2015.</p></section>`,
    `<p class="contributor">${author} writes about security for ${esc(outlet.name)}. Follow on X at @writer.</p>`,
  ], seed, 'bio');
  const comments = `<section id="comments" class="comments-area"><h2>3 comments</h2><div class="comment"><p>Another breach, another apology. When will they learn?</p></div><div class="comment"><p>I got the notification email last week.</p></div></section>`;
  const cookie = pick([
    `<div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience and to show you relevant advertising. By continuing you agree to our use of cookies.</p><button>Accept all</button></div>`,
    `<div class="gdpr-notice" role="dialog"><p>Your privacy matters. We and our partners process personal data such as IP addresses.</p><a href="#">Manage choices</a></div>`,
  ], seed, 'cookie');
  const footer = `<footer class="site-footer"><p>© ${date ? date.y : 2024} ${esc(outlet.name)}. All rights reserved.</p><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li><li><a href="/contact">Contact us</a></li></ul></footer>`;
  const breadcrumbs = `<nav class="breadcrumbs" aria-label="breadcrumb"><a href="/">Home</a> › <a href="/security">Security</a> › <span>Data breaches</span></nav>`;
  const jsonLd = `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, ...(modified ? { dateModified: modified } : {}),
    ...(iso ? { datePublished: iso } : {}), author: [{ '@type': 'Person', name: author }],
    publisher: { '@type': 'Organization', name: outlet.name, logo: { '@type': 'ImageObject', url: `https://${outlet.host}/logo.png` } },
    mainEntityOfPage: url ?? undefined,
  })}</script>`;
  const head = `<meta charset="utf-8"><title>${esc(pageTitle)}</title><meta name="viewport" content="width=device-width">`;

  if (style === 0) {
    // a modern news site: JSON-LD, og tags, <article> with header, byline, figure, share tools
    return `<!doctype html><html lang="en"><head>${head}
<meta property="og:site_name" content="${esc(outlet.name)}"><meta property="og:title" content="${esc(title)}"><meta property="og:type" content="article">
${url ? `<meta property="og:url" content="${esc(url)}">` : ''}${jsonLd}
<script>window.dataLayer=[{section:"security",tags:"breach,hackers"}];</script></head><body>
${cookie}
<header class="site-header"><a class="logo" href="/">${esc(outlet.name)}</a><nav><ul><li><a href="/news">News</a></li><li><a href="/security">Security</a></li><li><a href="/business">Business</a></li></ul></nav></header>
${breadcrumbs}
<main id="main"><article class="story">
<header class="story-header"><h1 class="headline">${esc(title)}</h1><div class="byline">${byline}</div></header>
${shareTools(seed)}
${figure(seed)}
<div class="story-body">
${paragraphs.join('\n')}
</div>
${bio}
</article>
${mostPopular}
${comments}
</main>
${footer}</body></html>`;
  }
  if (style === 1) {
    // WordPress: entry-content, post meta, article:published_time after a modified time, related posts
    return `<!DOCTYPE html><html><head>${head}
<meta property="article:modified_time" content="${modified ?? ''}">${iso ? `<meta property="article:published_time" content="${iso}">` : ''}
<meta property="og:site_name" content="${esc(outlet.name)}">${url ? `<link rel="canonical" href="${esc(url)}">` : ''}
<link rel="stylesheet" href="/wp-content/themes/x/style.css"></head><body class="post-template-default single single-post">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="top-bar">Trending: <a href="#">${esc(others[1] ?? 'Ransomware')}</a></div>
<header id="masthead"><p class="site-title"><a href="/">${esc(outlet.name)}</a></p></header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<div class="post type-post">
<h1 class="entry-title">${esc(title)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on ${date ? `<time class="entry-date published" datetime="${iso}">${longDate}</time>` : ''}</span> <span class="byline">by <span class="author vcard"><a href="/author/x">${author}</a></span></span></div>
<div class="entry-content">
${figure(seed)}
${paragraphs.join('\n')}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3>${others.slice(1).map((o) => `<p><a href="#">${esc(o)}</a></p>`).join('')}</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="#">Data Breach</a></span> <span class="tags-links">Tagged <a href="#">hacking</a>, <a href="#">privacy</a></span></footer>
</div>
${bio}
${comments}
</div><aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent Posts</h2><ul>${others.map((o) => `<li><a href="#">${esc(o)}</a></li>`).join('')}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">Copyright © ${date ? date.y : 2024} ${esc(outlet.name)} | Powered by WordPress</div></footer></div></body></html>`;
  }
  if (style === 4) {
    // a magazine page with no semantic tags: div soup, classless captions and credits, an inline newsletter
    // prompt and related list inside the body, a classless bio and a disclaimer at the end, JSON-LD @graph
    const graph = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'Organization', '@id': '#org', name: outlet.name }, { '@type': 'WebPage', name: pageTitle },
      { '@type': 'Article', headline: title, ...(iso ? { datePublished: iso } : {}), publisher: { '@id': '#org' } }] })}</script>`;
    const inner = [];
    body.forEach((p, i) => {
      inner.push(`<div class="text-block"><p>${esc(p)}</p></div>`);
      if (i === 0) inner.push(`<div class="image-wrap"><img src="/x.jpg"><p class="caption">${pick(CAPTIONS, seed, 'cap')}</p><span class="credit">${pick(CREDITS, seed, 'credit')}</span></div>`);
      if (i === 2) inner.push(`<p><strong>Sign up</strong> for our weekly security briefing.</p>`);
      if (i === 3 && others[0]) inner.push(`<div class="inline-list"><p>More on cybersecurity:</p><ul><li><a href="#">${esc(others[0])}</a></li><li><a href="#">${esc(others[1] ?? others[0])}</a></li></ul></div>`);
    });
    return `<html><head>${head}${graph}</head><body>
<div class="wrapper"><div class="masthead-bar"><a href="/">${esc(outlet.name)}</a> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
<div class="content"><div class="kicker">Cybersecurity</div>
<h1>${esc(title)}</h1>
<div class="info">${author} ${date ? `· ${MON[date.m]} ${date.d}, ${date.y}` : ''}</div>
${inner.join('\n')}
<p><em>${author} is a freelance journalist who writes about technology and privacy for ${esc(outlet.name)}.</em></p>
<p><small>This article has been updated to correct a typo.</small></p>
</div>
<div class="sidebar"><h3>Most Read</h3>${others.map((o) => `<div class="teaser"><a href="#">${esc(o)}</a></div>`).join('')}</div>
<div class="bottom">© ${esc(outlet.name)} ${date ? date.y : 2024}</div></div></body></html>`;
  }
  if (style === 5) {
    // a wire story on a portal: the story in <article> among teaser <article> cards, a "Watch:" video promo,
    // dates only as "Published … Updated …" text plus a <time> in a teaser
    const teasers = others.map((o, i) => `<article class="card"><h3><a href="#">${esc(o)}</a></h3><time datetime="2011-0${(i % 9) + 1}-01">${i + 2} hours ago</time></article>`).join('\n');
    return `<!doctype html><html><head>${head}<meta property="og:title" content="${esc(title)}"><meta name="author" content="${author}"></head><body>
<div id="top"><a href="/">${esc(outlet.name)}</a> <span>Today's paper</span></div>
<section class="rail">${teasers}</section>
<article class="story-main"><h1>${esc(title)}</h1>
<p class="time">${date ? `Published ${MON[date.m]} ${date.d}, ${date.y}, 6:02 a.m. ET | Updated ${MON[date.m]} ${date.d}, ${date.y}, 11:40 a.m. ET` : ''}</p>
<p>${author}<br>${esc(outlet.name)}</p>
${body.map((p, i) => (i === 2 ? `<p>Watch: How hackers break into corporate networks</p><p>${esc(p)}</p>` : `<p>${esc(p)}</p>`)).join('\n')}
<p>Contributing: ${pick(AUTHORS, seed, 'contrib')}</p>
</article>
<section class="rail bottom">${teasers}</section></body></html>`;
  }
  if (style === 2) {
    // an older layout: tables and divs, no semantic tags, the date only in visible text
    const visible = date ? pick([
      `Published ${date.m + 1}/${date.d}/${date.y}`,
      `Posted: ${DAYS[date.wd]}, ${MONTHS[date.m]} ${date.d}, ${date.y}`,
      `${MON[date.m]} ${date.d}, ${date.y} at 9:14 AM`,
      `Updated: ${date.iso} 14:02 UTC`,
    ], seed, 'visible') : '';
    return `<html><head>${head}<meta name="description" content="${esc(body[0]?.slice(0, 150) ?? '')}"></head>
<body><table width="100%" class="layout"><tr><td class="logo"><a href="/"><img src="/logo.gif" alt="${esc(outlet.name)}"></a></td>
<td class="topnav"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/about">About</a></td></tr>
<tr><td class="leftcol"><div class="menu"><a href="#">Security</a><br><a href="#">Cloud</a><br><a href="#">Mobile</a></div></td>
<td class="maincol"><div id="story">
<h2 class="title">${esc(title)}</h2>
<div class="meta">${visible}<br>By ${author}</div>
${paragraphs.join('\n')}
<div class="sharethis">Share this story: Email | Print | Twitter</div>
</div>
<div class="popular"><b>Most popular</b><ul>${others.slice(1).map((o) => `<li><a href="#">${esc(o)}</a></li>`).join('')}</ul></div></td></tr></table>
<div id="footer">© ${date ? date.y : 2024} ${esc(outlet.name)} · Terms · Privacy · Contact</div></body></html>`;
  }
  // microdata and an AMP-style page: itemprop articleBody, datePublished on a meta inside the article
  return `<!doctype html><html amp lang="en"><head>${head}${url ? `<link rel="canonical" href="${esc(url)}">` : ''}
<meta name="twitter:title" content="${esc(title)}"><meta name="twitter:site" content="@${esc(outlet.name.replace(/\W/g, ''))}">
<style amp-custom>body{font-family:serif}</style></head><body>
${cookie}
<div class="header"><span class="brand">${esc(outlet.name)}</span><div class="menu"><a href="#">Menu</a></div></div>
<div itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="${iso ?? ''}"><span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="${esc(outlet.name)}"></span>
<h1 itemprop="headline">${esc(title)}</h1>
<p class="byline">${byline}</p>
${shareTools(seed)}
<div itemprop="articleBody">
${paragraphs.join('\n')}
</div>
<div class="tags">Topics: <a href="#">Cybersecurity</a> <a href="#">Data breach</a></div>
${bio}
</div>
${mostPopular}
<div class="footer">© ${date ? date.y : 2024} ${esc(outlet.name)}</div></body></html>`;
}

// ---- plain text ------------------------------------------------------------------------------
function wrap(p, width) {
  const out = [];
  let line = '';
  for (const w of p.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}

function textFile(v) {
  const { seed, title, body, outlet, date, author, others } = v;
  const style = hash(`${seed}:txt`) % TXT_STYLES;
  const dateline = date ? pick([
    `Published ${date.m + 1}/${date.d}/${date.y}`,
    `${MON[date.m]} ${date.d}, ${date.y}`,
    `Updated: ${date.iso} 14:02 UTC`,
    `${DAYS[date.wd]} ${date.d} ${MONTHS[date.m]} ${date.y} 10.02 GMT`,
    `${date.d} ${MONTHS[date.m]} ${date.y} • 4 min read`,
    `Posted ${AP_MON[date.m]} ${date.d}, ${date.y} 9:14 a.m. ET`,
  ], seed, 'dateline') : null;
  const paras = [...body];
  if (style === 0) {
    // copied from a browser: title, byline with the outlet, dateline, "Advertisement", read-more lines, copyright
    if (paras.length > 3) paras.splice(2, 0, 'Advertisement');
    if (paras.length > 5 && others[0]) paras.splice(4, 0, `Read more: ${others[0]}`);
    return [title, `By ${author}, ${outlet.name}`, dateline, ...paras, `© ${date ? date.y : 2024} ${outlet.name}. All rights reserved.`]
      .filter(Boolean).join('\n\n') + '\n';
  }
  if (style === 1) {
    // a crawler's dump: hard-wrapped at 72 columns, "Byline | Outlet" then the dateline
    return [title.toUpperCase() === title ? title : title, `${author} | ${outlet.name}`, dateline, ...paras.map((p) => wrap(p, 72))]
      .filter(Boolean).join('\n\n') + '\n';
  }
  if (style === 2) {
    // wire copy: dateline "PLACE (Outlet) -" opens the first paragraph; "Reporting by" at the end
    const place = pick(WIRE_PLACES, seed, 'place');
    const [lead, ...rest] = paras;
    return [title, dateline, `${place} (${outlet.name}) - ${lead ?? ''}`, ...rest, `(Reporting by ${author}; Editing by ${pick(AUTHORS, seed, 'editor')})`]
      .filter(Boolean).join('\n\n') + '\n';
  }
  if (style === 3) {
    // reader-mode text with the page's navigation above the title and promos below
    return ['Skip to main content', `${outlet.name}`, 'Home | News | Security | Business', title, `By ${author}`, dateline,
      'Share this article', ...paras, 'Most popular', ...others.slice(1), `Copyright ${date ? date.y : 2024} ${outlet.name}`]
      .filter(Boolean).join('\n\n') + '\n';
  }
  if (style === 5) {
    // a page saved with its <title> ("Headline | Outlet") as the first line, image credits and a
    // "Listen to this article" label, a combined published/updated line, a source URL at the end
    const url = v.url ?? `https://${outlet.host}/story`;
    if (paras.length > 1) paras.splice(1, 0, pick(CREDITS, seed, 'credit'));
    return [`${title} | ${outlet.name}`, 'Listen to this article', date ? `Published ${date.m + 1}/${date.d}/${date.y} | Updated ${date.m + 1}/${date.d}/${date.y}` : null,
      ...paras, 'Advertisement - Scroll to continue', `Source: ${url}`].filter(Boolean).join('\n\n') + '\n';
  }
  if (style === 6) {
    // an all-caps headline, the byline and date on one line with an outlet credit, a newsletter prompt mid-story,
    // the promo list and a bio at the end (no headings)
    if (paras.length > 4) paras.splice(3, 0, `Sign up here to get the ${outlet.name} newsletter delivered to your inbox every morning.`);
    return [title.toUpperCase(), `${author}, ${outlet.name}${dateline ? ` • ${dateline}` : ''}`, ...paras,
      `${author} is a reporter at ${outlet.name}.`, 'MORE FROM ' + outlet.name.toUpperCase(), ...others.slice(0, 2)].filter(Boolean).join('\n\n') + '\n';
  }
  // an email newsletter or note: title, dateline on the byline line, single newlines between paragraphs
  return [title, '', `${author} - ${outlet.name}${dateline ? ` - ${dateline}` : ''}`, '', ...paras.map((p) => `${p}\n`)].join('\n');
}

// ---- run ---------------------------------------------------------------------------------------
const articlesDir = join(corpus, 'articles');
const allFiles = readdirSync(articlesDir).filter((f) => f.endsWith('.md')).sort();
const goldPath = join(corpus, 'gold.jsonl');
const gold = existsSync(goldPath) ? readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)) : [];
const goldFiles = new Set(gold.map((g) => g.file));
const parsed = new Map(allFiles.map((f) => [f, split(readFileSync(join(articlesDir, f), 'utf8'))]));
const titles = allFiles.map((f) => parsed.get(f).title).filter((t) => t && t.length < 160);

function variant(f) {
  const parts = parsed.get(f);
  const seed = f;
  const others = [0, 1, 2, 3].map((k) => titles[hash(`${seed}:other${k}`) % titles.length]).filter((t) => t !== parts.title);
  return {
    seed, title: parts.title, body: parts.body, url: parts.meta.url, outlet: outletOf(parts.meta, parts.body.join('\n')),
    date: dateParts(parts.meta.date), author: pick(AUTHORS, seed, 'author'), role: pick(ROLES, seed, 'role'), others,
  };
}

// --emit FILE: print the variants of one article (to look at what the readers get)
const emit = opt('--emit');
if (emit) {
  const v = variant(emit);
  process.stdout.write(`${htmlPage(v)}\n\n=====\n\n${textFile(v)}`);
  process.exit(0);
}

if (out) {
  for (const fmt of ['md', 'html', 'txt']) {
    rmSync(join(out, fmt), { recursive: true, force: true });
    mkdirSync(join(out, fmt, 'articles'), { recursive: true });
    const lines = [];
    for (const g of gold) {
      if (!parsed.has(g.file)) continue;
      const name = g.file.replace(/\.md$/, `.${fmt}`);
      const text = fmt === 'md' ? readFileSync(join(articlesDir, g.file), 'utf8') : fmt === 'html' ? htmlPage(variant(g.file)) : textFile(variant(g.file));
      writeFileSync(join(out, fmt, 'articles', name), text);
      lines.push(JSON.stringify({ ...g, file: name }));
    }
    writeFileSync(join(out, fmt, 'gold.jsonl'), `${lines.join('\n')}\n`);
  }
  console.error(`wrote ${out}/{md,html,txt} (${goldFiles.size} gold articles each)`);
}

const key = (r) => ({
  isIncident: r.isIncident,
  company: r.company?.name ?? null,
  country: r.company?.country ?? null,
  title: r.source.title,
  published: r.source.published,
  dates: r.dates.map((x) => `${x.role}:${x.value}`).sort().join(' '),
  dwell: r.dwell ? `${r.dwell.days?.min}..${r.dwell.days?.max}` : null,
  data: r.data.map((x) => `${x.category}/${x.subject}`).sort().join(' '),
  affected: r.affected?.count ?? null,
  sources: r.sources.map((x) => x.name).sort().join(' '),
  actors: r.actors.map((x) => x.name).sort().join(' '),
  types: r.incidentTypes.join(' '),
});

const files = (only ? allFiles.filter((f) => f === only) : allFiles).slice(0, limit);
const diffs = { html: {}, txt: {} };
const examples = [];
for (const f of files) {
  const md = readFileSync(join(articlesDir, f), 'utf8');
  const base = key(extract(md, { path: f }));
  const v = variant(f);
  for (const [fmt, text] of [['html', htmlPage(v)], ['txt', textFile(v)]]) {
    const k = key(extract(text, { path: f.replace(/\.md$/, `.${fmt}`) }));
    for (const field of Object.keys(base)) {
      if (JSON.stringify(base[field]) !== JSON.stringify(k[field])) {
        diffs[fmt][field] = (diffs[fmt][field] ?? 0) + 1;
        if (examples.length < exampleCount) examples.push(`${f} ${fmt}${fmt === 'html' ? hash(`${f}:html`) % HTML_STYLES : hash(`${f}:txt`) % TXT_STYLES} ${field}: md=${JSON.stringify(base[field])} ${fmt}=${JSON.stringify(k[field])}`);
      }
    }
  }
}
console.log(`${files.length} articles; fields that differ from the Markdown record:`);
console.log(JSON.stringify(diffs));
console.log(examples.join('\n'));
