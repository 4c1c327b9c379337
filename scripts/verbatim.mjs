#!/usr/bin/env node
// Lists every run of 8 or more words in src/, test/ and fixtures/ that stands word for word in an
// article of ../shared/corpus (dev, recent, seed; the blind check corpus is never read). Comments and
// fixtures must use invented sentences. Exit 1 when any run is found; 0 with a count when none.
//   node scripts/verbatim.mjs [--corpus ../shared/corpus] [--json]
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const N = 8;
const root = join(fileURLToPath(import.meta.url), '..', '..');
const args = process.argv.slice(2);
const corpus = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : join(root, '..', 'shared', 'corpus');
const FOLDERS = ['dev', 'recent', 'seed'];

/** Words as compared: letters and digits only, lower case, so punctuation and line breaks do not hide a copy. */
export const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

export function corpusShingles(dir) {
  const set = new Set();
  for (const f of FOLDERS) {
    const base = join(dir, f);
    if (!existsSync(base)) continue;
    for (const file of walk(base)) {
      if (!/\.(?:md|txt|html?)$/.test(file)) continue;
      const w = words(readFileSync(file, 'utf8'));
      for (let i = 0; i + N <= w.length; i++) set.add(w.slice(i, i + N).join(' '));
    }
  }
  return set;
}

export function findCopies(shingles, files) {
  const hits = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    // read line by line and across line ends (a comment's sentence may wrap)
    const all = [];
    lines.forEach((line, li) => { for (const w of words(line)) all.push([w, li + 1]); });
    let last = -1;
    for (let i = 0; i + N <= all.length; i++) {
      const key = all.slice(i, i + N).map(([w]) => w).join(' ');
      if (shingles.has(key) && all[i][1] !== last) {
        hits.push({ file: relative(root, file), line: all[i][1], words: key });
        last = all[i][1];
      }
    }
  }
  return hits;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(corpus)) {
    console.error(`verbatim: no corpus at ${corpus}`);
    process.exit(2);
  }
  const shingles = corpusShingles(corpus);
  const files = ['src', 'test', 'fixtures'].flatMap((d) => walk(join(root, d))).filter((f) => /\.(?:ts|mjs|js|json|md|txt|html?)$/.test(f) && !f.endsWith('regex-lint.json'));
  const hits = findCopies(shingles, files);
  if (args.includes('--json')) console.log(JSON.stringify(hits, null, 2));
  else for (const h of hits) console.log(`${h.file}:${h.line}  ${h.words}`);
  console.error(`verbatim: ${hits.length} run(s) of ${N}+ words copied from the corpus, in ${new Set(hits.map((h) => h.file)).size} file(s)`);
  process.exit(hits.length ? 1 : 0);
}
