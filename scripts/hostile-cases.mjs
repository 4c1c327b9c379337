// Hostile and random inputs for the fuzz suite (test/fuzz.test.ts, scripts/fuzz.mjs) and the hostile
// bench (scripts/bench-hostile.mjs). Plain JavaScript so both vitest and node load it; everything is
// generated from a seed, so a failure is repeated by its seed alone.

/** mulberry32: a small seeded PRNG; returns floats in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (xs) => xs[Math.floor(next() * xs.length)];
  next.chance = (p) => next() < p;
  return next;
}

/** Repeat `unit` until the result is at least `size` characters, then cut to `size`. */
export const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const WORDS = ('the company said hackers stole customer data including names email addresses and passwords from its ' +
  'servers between March and June according to a filing with regulators about 1.2 million people were affected ' +
  'spokesperson ransomware attack breach systems investigation notified police on Monday last week earlier this year').split(' ');
const NAMES = ['Acme Corp', 'Northwind Bank', 'Globex Ltd', 'Initech Inc.', 'Umbrella Health', 'BlueFin Games', 'the FBI', 'Reuters'];

// Unicode that trips up text handling: right-to-left scripts and controls, combining marks, emoji
// (surrogate pairs, ZWJ sequences, flags, skin tones), zero-width characters, lone surrogates.
function unicodeChar(r) {
  switch (r.int(12)) {
    case 0: return String.fromCharCode(0x05d0 + r.int(27)); // Hebrew
    case 1: return String.fromCharCode(0x0627 + r.int(26)); // Arabic
    case 2: return r.pick(['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']); // bidi controls
    case 3: return String.fromCharCode(0x0300 + r.int(112)); // combining marks
    case 4: return r.pick(['😀', '👩‍💻', '🏳️‍🌈', '🇯🇵', '👍🏽', '🔥', '💾', '🧑🏿‍🤝‍🧑🏻']);
    case 5: return r.pick(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e']); // zero-width
    case 6: return String.fromCharCode(0xd800 + r.int(0x800)); // lone surrogate (high or low)
    case 7: return r.pick(['\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\r', '\n', '\n\n', '\t', '\u00a0', '\u3000']);
    case 8: return String.fromCharCode(0x4e00 + r.int(2000)); // CJK
    case 9: return r.pick(['.', ',', '"', '“', '”', '’', '(', ')', '[', ']', '<', '>', '&', '#', '*', '_', '`', '-', '—', ':', ';', '!', '?', '$', '%']);
    case 10: return String.fromCharCode(0xfff0 + r.int(16)); // specials, U+FFFD, noncharacters
    default: return ` ${r.pick(WORDS)}`;
  }
}

export function randomUnicode(r, length) {
  let s = '';
  while (s.length < length) s += unicodeChar(r);
  return s;
}

export function randomBytes(r, length) {
  const bytes = new Uint8Array(length);
  const mode = r.int(4);
  for (let i = 0; i < length; i++) {
    if (mode === 0) bytes[i] = r.int(256); // anything (NUL bytes likely: refused as binary)
    else if (mode === 1) bytes[i] = 0x80 + r.int(128); // high bytes only: invalid UTF-8 / Windows-1252
    else if (mode === 2) bytes[i] = r.chance(0.9) ? 0x20 + r.int(95) : r.int(256); // mostly ASCII with junk
    else bytes[i] = r.chance(0.97) ? 0x20 + r.int(95) : 1 + r.int(31); // ASCII with control characters
  }
  // sometimes a BOM or a magic number in front
  if (length >= 4 && r.chance(0.3)) {
    const head = r.pick([[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x89, 0x50, 0x4e, 0x47], [0x1f, 0x8b], [0x25, 0x50, 0x44, 0x46]]);
    bytes.set(head, 0);
  }
  return bytes;
}

// Fragments of Markdown, HTML and YAML, mixed at random with prose: structure-aware fuzzing.
const FRAGMENTS = [
  '\n', '\n\n', '# ', '## ', '> ', '- ', '* ', '1. ', '```\n', '~~~', '---\n', '***', '___', '**', '__', '*', '_', '`', '\\',
  '[', ']', '(', ')', '](', '![', '[^1]', '[x]: http://e.example\n', '<http://e.example>', '| a | b |\n|---|---|\n',
  '<', '>', '</', '/>', '<p>', '</p>', '<div>', '</div>', '<article>', '</article>', '<h1>', '</h1>', '<br>', '<li>', '<table><tr><td>',
  '<script>', '</script>', '<style>', '<!--', '-->', '<![CDATA[', ']]>', '<meta property="og:title" content="', '">', '<time datetime="2021-13-45">',
  '<script type="application/ld+json">{"datePublished":', '&amp;', '&lt;', '&#x1F600;', '&#0;', '&#xD800;', '&nosuch;', '&', ';', '"', "'", '=',
  'title: ', 'date: ', 'url: ', '&a [1,2]', '*a', '!!str ', '!!binary ', '? ', ': ', '{', '}', '%YAML 1.2\n', '\t', '  ',
  'Published: ', 'Nov 29, 2021 —', 'PARIS, 12 Dec 2023 — ', 'between ', 'according to ', 'said ', 'from March 3 to May 18', '1,234,567',
  '2.3m ', 'million ', 'customers', '. ', '? ', '! ', '"', '“', '”', '’s ', 'Inc.', 'Ltd', 'Mr. ', 'U.S. ', 'e.g. ',
];

export function randomMarkup(r, length) {
  let s = r.chance(0.3) ? '---\ntitle: ' + r.pick(NAMES) + ' breach\ndate: 2021-11-' + (10 + r.int(20)) + '\n---\n' : '';
  while (s.length < length) {
    if (r.chance(0.5)) s += r.pick(FRAGMENTS);
    else if (r.chance(0.15)) s += r.pick(NAMES) + ' ';
    else s += r.pick(WORDS) + (r.chance(0.1) ? '.' : '') + ' ';
    if (r.chance(0.02)) s += unicodeChar(r);
  }
  return s;
}

/** Mutate a real-looking article: cut, duplicate, flip characters, splice in fragments. */
export function mutate(r, text, rounds = 8) {
  let s = text;
  for (let i = 0; i < rounds && s.length > 0; i++) {
    const at = r.int(s.length);
    switch (r.int(6)) {
      case 0: s = s.slice(0, at); break; // truncated download
      case 1: { const len = r.int(200); s = s.slice(0, at) + s.slice(at, at + len).repeat(1 + r.int(20)) + s.slice(at + len); break; }
      case 2: s = s.slice(0, at) + String.fromCharCode(r.int(0x10000)) + s.slice(at + 1); break;
      case 3: s = s.slice(0, at) + r.pick(FRAGMENTS) + s.slice(at); break;
      case 4: s = s.slice(0, at) + unicodeChar(r) + s.slice(at); break;
      default: s = s.slice(0, at) + s.slice(at + r.int(100)); break;
    }
  }
  return s;
}

// ---------------------------------------------------------------------------------------------------
// The hostile inputs named in the issue, each built to `size` characters (1 MB in the bench and the
// long fuzz run; smaller in `npm test`). `format` is the reader it is aimed at.

const sentence = (i) => `${NAMES[i % NAMES.length]} said ${WORDS[i % WORDS.length]} data was stolen on day ${i % 28 + 1}. `;

export const HOSTILE = [
  { name: 'one line, no newline', format: 'txt', make: (size) => fill('hackers stole customer data from the servers of the company ', size) },
  { name: 'one line of letters', format: 'txt', make: (size) => fill('a', size) },
  { name: '50,000 short sentences', format: 'txt', make: (size) => { let s = ''; for (let i = 0; s.length < size; i++) s += sentence(i) + (i % 7 === 6 ? '\n\n' : ''); return s.slice(0, size); } },
  { name: '"between " repeated', format: 'txt', make: (size) => fill('between ', size) },
  { name: '"according to " repeated', format: 'txt', make: (size) => fill('according to ', size) },
  { name: '"according to Acme " repeated', format: 'txt', make: (size) => fill('according to Acme Corp, ', size) },
  { name: 'dates repeated', format: 'txt', make: (size) => fill('between March 3 and May 18, 2021 and ', size) },
  { name: 'run of commas', format: 'txt', make: (size) => 'Acme said ' + fill(',', size - 20) + ' data.' },
  { name: 'run of digits', format: 'txt', make: (size) => 'Acme lost ' + fill('1234567890', size - 30) + ' records.' },
  { name: 'digit groups', format: 'txt', make: (size) => 'Acme lost ' + fill('1,234,', size - 30) + ' records.' },
  { name: 'run of quotes', format: 'txt', make: (size) => fill('"“”\'’', size) },
  { name: 'run of parentheses', format: 'txt', make: (size) => fill('(', size / 2) + fill(')', size / 2) },
  { name: 'run of periods', format: 'txt', make: (size) => 'Acme' + fill('.', size - 4) },
  { name: 'run of spaces', format: 'txt', make: (size) => 'Acme ' + fill(' \t', size - 10) + 'said.' },
  { name: 'capitalised words', format: 'txt', make: (size) => fill('Acme Globex Initech Umbrella Northwind ', size) },
  { name: 'words with hyphens', format: 'txt', make: (size) => fill('Acme-based-owned-', size) },
  { name: 'Unicode soup', format: 'txt', make: (size, r) => randomUnicode(r, size) },
  { name: 'HTML nested 20,000 deep', format: 'html', make: (size) => { const n = Math.min(20_000, Math.floor(size / 11)); return '<div>'.repeat(n) + '<p>Acme was hacked.</p>' + '</div>'.repeat(n); } },
  { name: 'HTML unclosed tags', format: 'html', make: (size) => '<html><body>' + fill('<p><b><i><span><a href=x>Acme was hacked ', size) },
  { name: 'HTML entity flood', format: 'html', make: (size) => '<html><body><p>' + fill('&amp;&lt;&#x41;&#65;&nbsp;&nosuch;&', size) + '</p></body></html>' },
  { name: 'HTML giant attribute', format: 'html', make: (size) => `<html><body><div class="${fill('cookie x ', size - 80)}"><p>Acme was hacked.</p></div></body></html>` },
  { name: 'HTML giant comment', format: 'html', make: (size) => `<html><body><!--${fill('-- > <', size - 60)}<p>Acme was hacked.</p></body></html>` },
  { name: 'HTML many paragraphs', format: 'html', make: (size) => '<html><body><article>' + fill('<p>Acme said data was stolen.</p>', size) + '</article></body></html>' },
  { name: 'Markdown emphasis flood', format: 'md', make: (size) => fill('**a_', size) },
  { name: 'Markdown unclosed links', format: 'md', make: (size) => fill('[a](', size) },
  { name: 'Markdown nested quotes', format: 'md', make: (size) => fill('> ', size) },
  { name: 'Markdown list ladder', format: 'md', make: (size) => { let s = ''; for (let i = 0; s.length < size; i++) s += ' '.repeat((i % 40) * 2) + '- item\n'; return s; } },
  { name: 'YAML alias bomb', format: 'md', make: (size) => yamlBomb() + fill('Acme said hackers stole data. ', Math.max(0, size - 2000)) },
  { name: 'YAML malformed keys', format: 'md', make: (size, r) => yamlMalformed(r) + fill('Acme said hackers stole data. ', Math.max(0, size - 4000)) },
  { name: 'YAML giant front matter', format: 'md', make: (size) => '---\ntitle: x\n' + 'key: some value, and more\n'.repeat(Math.floor((size - 40) / 26)) + '---\nBody.\n' },
  { name: 'Markdown brackets over many lines', format: 'md', make: (size) => fill('k: [a, b, {c: d}]\n', size) },
  { name: 'Markdown two-level list', format: 'md', make: (size) => fill('- a\n  - b\n', size) },
  { name: 'one word in capitals', format: 'txt', make: (size) => 'Acme said ' + fill('A', size - 20) + ' was hit.' },
  { name: '"-based" capitalised runs', format: 'txt', make: (size) => fill('Acme-based Globex-owned ', size) },
  { name: 'Markdown long flat list', format: 'md', make: (size) => fill('- Acme said data was stolen.\n', size) },
  // issue 12's adversarial round
  { name: 'Markdown staircase list', format: 'md', make: (size) => { let s = ''; for (let i = 0; s.length < size; i++) s += ' '.repeat(2 * i) + '- item\n'; return s.slice(0, size); } },
  { name: 'Markdown staircase quotes and lists', format: 'md', make: (size) => { let s = ''; for (let i = 0; s.length < size; i++) s += '> '.repeat(i % 60) + ' '.repeat(i % 50) + '- step\n'; return s.slice(0, size); } },
  { name: '"# heading" lines', format: 'md', make: (size) => fill('# Acme data breach update\n', size) },
  { name: 'heading lines in text', format: 'txt', make: (size) => fill('# Acme data breach update\n', size) },
  { name: 'numbers with claim cues', format: 'txt', make: (size) => fill('more than 1,234 customers and ', size) },
  { name: 'numbers in short sentences', format: 'txt', make: (size) => fill('Acme said 1,234 customers were hit. ', size) },
  { name: 'many short sentences', format: 'txt', make: (size) => fill('Names were stolen. ', size) },
  { name: 'many short data sentences', format: 'txt', make: (size) => fill('Emails, names and passwords were exposed. ', size) },
  { name: 'one-word lines', format: 'txt', make: (size) => fill('Breach\n', size) },
  { name: 'Markdown headings and paragraphs', format: 'md', make: (size) => { let s = ''; for (let i = 0; s.length < size; i++) s += `# ${NAMES[i % NAMES.length]} hit\n\nHackers stole data on day ${i}.\n\n`; return s.slice(0, size); } },
  { name: 'Markdown many short paragraphs', format: 'md', make: (size) => fill('Acme was hit.\n\nHackers stole data.\n\n', size) },
  { name: 'Markdown table rows (one paragraph of short lines)', format: 'md', make: (size) => '| a | b |\n|---|---|\n' + fill('| Acme | 1,234 customers |\n', size - 20) },
  { name: 'Markdown hard-wrapped paragraph', format: 'md', make: (size) => fill('the company said that hackers had copied customer names and addresses from its\n', size) },
  { name: 'HTML many headings', format: 'html', make: (size) => '<html><body>' + fill('<h2>Acme data breach update</h2>', size) + '</body></html>' },
];

export function yamlBomb() {
  const lines = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill('*' + names[i - 1]).join(',')}]`);
  lines.push('title: *i', '---', '# Headline', '');
  return lines.join('\n');
}

const YAML_JUNK = [
  '? [a, b]\n: c', '{{{: x', '[unclosed', 'key: "unterminated', 'key: \'x', ': no key', 'title:\n  - a\n  - b', 'date: 2021-02-30',
  'date: 99999-01-01', 'date: !!timestamp nope', 'x: !!js/function "function(){}"', 'x: !!binary AAAA', 'x: !custom tag', 'x: !!python/object:os.system ls',
  '<<: *nope', '<<: {a: 1}', 'title: &t x\ntitle: *t', 'title: 1\ntitle: 2', '\ttabbed: x', 'url: [http://e.example]', 'url: {a: 1}',
  '%TAG ! tag:x,2000:', '--- !!map', '...', 'a: b: c', '- just a list', 'null', '~', '"just a string"', `${'k'.repeat(5000)}: v`,
  `v: ${'['.repeat(1000)}`, `v: ${'{a: '.repeat(500)}`, 'title: &a [*a]',
];

export function yamlMalformed(r) {
  const lines = ['---'];
  for (let i = 0, n = 1 + r.int(6); i < n; i++) lines.push(r.pick(YAML_JUNK));
  lines.push('---', '# Acme breach', '', 'Acme said hackers stole data.', '');
  return lines.join('\n');
}

/** A random case for iteration `i` of a fuzz run with `seed`: its name, input and format. */
export function randomCase(seed, i, { maxLength = 4000, articles = [] } = {}) {
  const r = rng(seed ^ Math.imul(i + 1, 0x9e3779b1));
  const formats = ['txt', 'md', 'html', undefined];
  const kind = r.int(articles.length ? 6 : 5);
  const length = r.int(maxLength) + 1;
  switch (kind) {
    case 0: return { name: 'random bytes', bytes: randomBytes(r, length), format: r.pick(formats) };
    case 1: return { name: 'random Unicode', text: randomUnicode(r, length), format: r.pick(formats) };
    case 2: return { name: 'random markup', text: randomMarkup(r, length), format: r.pick(formats) };
    case 3: return { name: 'malformed front matter', text: yamlMalformed(r) + randomMarkup(r, length >> 2), format: 'md' };
    case 4: { const h = r.pick(HOSTILE); return { name: `hostile: ${h.name} (small)`, text: h.make(200 + r.int(maxLength * 4), r), format: h.format }; }
    default: { const a = r.pick(articles); return { name: `mutated ${a.name}`, text: mutate(r, a.text, 1 + r.int(12)), format: r.chance(0.5) ? a.format : r.pick(formats) }; }
  }
}
