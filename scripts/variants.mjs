#!/usr/bin/env node
// Reader parity check: render Markdown articles as an HTML page (with navigation, cookie banner,
// related links, footer, scripts) and as plain text with a dateline, extract all three, and count how
// often the HTML and text records disagree with the Markdown one, field by field.
//   node scripts/variants.mjs DIR_OF_MD [LIMIT]   (after npm run build)
import { readFileSync, readdirSync } from 'node:fs';
import { extract } from '../dist/index.js';

const dir = process.argv[2];
const limit = Number(process.argv[3] ?? 200);
if (!dir) {
  console.error('usage: node scripts/variants.mjs DIR_OF_MD [LIMIT]');
  process.exit(2);
}
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function split(md) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  const meta = {};
  for (const line of (m?.[1] ?? '').split('\n')) {
    const kv = /^(\w+):\s*"?(.*?)"?$/.exec(line);
    if (kv) meta[kv[1]] = kv[2];
  }
  const body = md.slice(m ? m[0].length : 0).split(/\n+/).map((l) => l.replace(/^#+\s*/, '').trim()).filter(Boolean);
  return { meta, body };
}

function toHtml({ meta, body }) {
  const [h1, ...rest] = body;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(meta.title ?? '')} | Example News</title>
<meta property="og:title" content="${esc(meta.title ?? '')}">${meta.url ? `<link rel="canonical" href="${esc(meta.url)}">` : ''}
${meta.date ? `<meta property="article:published_time" content="${meta.date}T08:00:00Z">` : ''}
<script>window.dataLayer = [{ page: "breach news said hacked" }];</script></head><body>
<header class="site-header"><a href="/">Example News</a><nav><ul><li><a href="/security">Security</a></li><li><a href="/privacy">Privacy</a></li></ul></nav></header>
<div id="cookie-consent">We use cookies to improve your experience. <button>Accept</button></div>
<main><article><h1>${esc(h1 ?? '')}</h1>
${rest.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article><aside class="related"><h3>Related stories</h3><ul><li><a href="/x">Bank says hackers stole 3 million records</a></li></ul></aside></main>
<div class="newsletter-signup"><form>Get our security newsletter <input type="email"></form></div>
<footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>`;
}

function toText({ meta, body }) {
  const d = meta.date ? new Date(`${meta.date}T00:00:00Z`) : null;
  const dateline = d ? `Published: ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}\n\n` : '';
  const [h1, ...rest] = body;
  return `${h1}\n\n${dateline}${rest.join('\n\n')}\n`;
}

const key = (r) => ({
  isIncident: r.isIncident,
  company: r.company?.name ?? null,
  published: r.source.published,
  dates: r.dates.map((x) => `${x.role}:${x.value}`).sort().join(' '),
  data: r.data.map((x) => `${x.category}/${x.subject}`).sort().join(' '),
  affected: r.affected?.count ?? null,
  sources: r.sources.map((x) => x.name).sort().join(' '),
  actors: r.actors.map((x) => x.name).sort().join(' '),
});

const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().slice(0, limit);
const diffs = { html: {}, txt: {} };
const examples = [];
for (const f of files) {
  const md = readFileSync(`${dir}/${f}`, 'utf8');
  const parts = split(md);
  const base = key(extract(md, { path: f }));
  for (const [fmt, text] of [['html', toHtml(parts)], ['txt', toText(parts)]]) {
    const k = key(extract(text, { path: f.replace(/\.md$/, `.${fmt}`) }));
    for (const field of Object.keys(base)) {
      if (JSON.stringify(base[field]) !== JSON.stringify(k[field])) {
        diffs[fmt][field] = (diffs[fmt][field] ?? 0) + 1;
        if (examples.length < 15) examples.push(`${f} ${fmt} ${field}: md=${JSON.stringify(base[field])} ${fmt}=${JSON.stringify(k[field])}`);
      }
    }
  }
}
console.log(`${files.length} articles; fields that differ from the Markdown record:`);
console.log(JSON.stringify(diffs, null, 2));
console.log(examples.join('\n'));
