#!/usr/bin/env node
// npm run check:report: draws the HTML report of the fixtures (every fixture article, merged) and
// renders it with headless Chromium to a PNG, so a person can look at it.
//   node scripts/check-report.mjs [--out DIR] [--input FOLDER]… [--width 1280] [--height 2400]
// Installs Debian's `chromium` with apt-get when no Chromium is found (needs root; runs apt-get update
// first). Checks on the way: the page is one file, has no <script>, no external reference
// (src/href/url() to another host) and carries a Content-Security-Policy meta tag. Exit 1 on a failed check.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { ROOT, option as opt, options } from './options.mjs';

const inputs = options('--input');
const out = resolve(opt('--out', join(ROOT, 'tmp', 'report')));
const width = Number(opt('--width', '1280'));
const height = Number(opt('--height', '2400'));
mkdirSync(out, { recursive: true });

const fail = (message) => {
  process.stderr.write(`check-report: ${message}\n`);
  process.exit(1);
};

// 1. the report: every fixture article → records → merged incidents → one HTML page
const bin = join(ROOT, 'bin', 'breach-extract.js');
if (!existsSync(join(ROOT, 'dist'))) fail('dist/ is missing: run npm run build first');
const folders = inputs.length ? inputs : [join(ROOT, 'fixtures')];
const records = execFileSync(process.execPath, [bin, ...folders, '-f', 'ndjson', '-q', '--jobs', '2'], { cwd: ROOT, maxBuffer: 1 << 30 });
const html = execFileSync(process.execPath, [bin, 'merge', '-f', 'html', '-q'], { cwd: ROOT, input: records, maxBuffer: 1 << 30 }).toString();
const page = join(out, 'report.html');
writeFileSync(page, html);

// 2. what the page must not contain, read from its parsed tree (text that only looks like a tag is text)
const tree = unified().use(rehypeParse).parse(html);
const problems = [];
let csp = null;
const walk = (node) => {
  if (node.type === 'element') {
    if (node.tagName === 'script') problems.push('a <script> element');
    if (['iframe', 'object', 'embed', 'link', 'img', 'image', 'use', 'base', 'form'].includes(node.tagName)) problems.push(`a <${node.tagName}> element`);
    for (const [name, value] of Object.entries(node.properties ?? {})) {
      const v = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^on/i.test(name)) problems.push(`an event handler attribute ${name}`);
      if (/^(src|href|xLinkHref|action|poster|srcSet|formAction|data)$/.test(name) && !v.startsWith('#')) problems.push(`an external reference: ${name}="${v.slice(0, 80)}"`);
      if (name === 'style' && /url\(/i.test(v)) problems.push('a style attribute with url()');
    }
    if (node.tagName === 'meta' && String(node.properties?.httpEquiv ?? '').toLowerCase() === 'content-security-policy') csp = String(node.properties.content);
    if (node.tagName === 'style') {
      const css = node.children.map((c) => c.value ?? '').join('');
      for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)/gi)) if (!m[1].startsWith('data:')) problems.push(`a CSS url(): ${m[1].slice(0, 80)}`);
      if (/@import/i.test(css)) problems.push('a CSS @import');
    }
  }
  for (const child of node.children ?? []) walk(child);
};
walk(tree);
if (!csp || !/^default-src 'none'/.test(csp) || /unsafe-inline|script-src (?!'none')/.test(csp)) problems.push(`no strict Content-Security-Policy meta tag (${csp})`);
if (problems.length) fail(`${page}:\n  ${problems.join('\n  ')}`);
const incidents = (html.match(/<article class="inc"/g) ?? []).length;
const timelines = (html.match(/<svg class="lanes"/g) ?? []).length;

// 3. Chromium: find it, or install Debian's package
const candidates = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const which = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
let browser = process.env.CHROMIUM ?? candidates.map(which).find(Boolean);
if (!browser) {
  process.stderr.write('check-report: no Chromium found; installing Debian\'s chromium with apt-get\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const step of [['apt-get', ['update']], ['apt-get', ['install', '-y', '--no-install-recommends', 'chromium']]]) {
    const r = spawnSync(step[0], step[1], { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (r.status !== 0) fail(`${step[0]} ${step[1].join(' ')} failed (root needed); install chromium and rerun, or set CHROMIUM=/path/to/chrome`);
  }
  browser = which('chromium');
  if (!browser) fail('chromium still not found after apt-get install');
}

// 4. render to PNG (no network: the page fetches nothing, and the CSP forbids it anyway)
const png = join(out, 'report.png');
const r = spawnSync(browser, [
  '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', '--disable-extensions',
  '--disable-background-networking', `--window-size=${width},${height}`, `--screenshot=${png}`, `file://${page}`,
], { encoding: 'utf8', timeout: 120_000 });
if (r.status !== 0 || !existsSync(png)) fail(`${browser} did not render the page:\n${(r.stderr ?? '').split('\n').slice(-8).join('\n')}`);
const bytes = statSync(png).size;
const head = readFileSync(png).subarray(0, 8).toString('hex');
if (head !== '89504e470d0a1a0a' || bytes < 10_000) fail(`${png} is not a plausible screenshot (${bytes} bytes)`);
process.stdout.write(`check-report: ${page} (${incidents} incidents, ${timelines} timelines, ${html.length} bytes; no script, no external reference)\n`);
process.stdout.write(`check-report: ${png} (${width}x${height}, ${bytes} bytes) rendered with ${browser}\n`);
