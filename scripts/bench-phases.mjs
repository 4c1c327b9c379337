#!/usr/bin/env node
// Where the time of one article goes, warm, in one process: compromise's nlp(text) over the whole body
// (the reference pass of `npm run bench`), then our reading alone, our reading plus the one NLP pass,
// and the full extraction. A first round over the corpus warms every phase; the next rounds are timed,
// alternating phases by round so both see the same machine. Prints figures; asserts nothing.
//   node scripts/bench-phases.mjs [--corpus DIR] [--rounds N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, option } from './options.mjs';

const corpus = option('--corpus', join(ROOT, '..', 'shared', 'corpus', 'dev', 'articles'));
const rounds = Number(option('--rounds', '3'));
if (!existsSync(corpus) || !existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.error('bench-phases: needs a corpus (--corpus DIR) and dist/ (npm run build)');
  process.exit(2);
}
const require = createRequire(join(ROOT, 'package.json'));
const nlp = require('compromise');
const { extract, readDocument } = await import(join(ROOT, 'dist', 'index.js'));
const { entities } = await import(join(ROOT, 'dist', 'analysis.js'));

const files = readdirSync(corpus).filter((f) => /\.(?:md|markdown|txt|html?)$/.test(f)).sort()
  .map((f) => ({ path: f, text: readFileSync(join(corpus, f), 'utf8') }));
const body = (text) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

const phases = {
  'reference nlp(text), whole body': ({ text }) => nlp(body(text)),
  'our reading (document model)': ({ path, text }) => readDocument(text, { path }),
  'our reading + the one NLP pass': ({ path, text }) => entities(readDocument(text, { path })),
  'full extraction': ({ path, text }) => extract(text, { path }),
};
const totals = new Map(Object.keys(phases).map((k) => [k, 0]));
for (let round = 0; round <= rounds; round++) {
  const order = Object.keys(phases);
  if (round % 2) order.reverse();
  for (const name of order) {
    const began = performance.now();
    for (const file of files) await phases[name](file);
    if (round > 0) totals.set(name, totals.get(name) + performance.now() - began);
  }
}
console.log(`bench-phases: ${files.length} articles, warm, ${rounds} timed rounds, node ${process.version}`);
const ref = totals.get('reference nlp(text), whole body') / (rounds * files.length);
for (const [name, total] of totals) {
  const ms = total / (rounds * files.length);
  console.log(`  ${name.padEnd(34)} ${ms.toFixed(2).padStart(6)} ms/article  ${(ms / ref).toFixed(2)}x of the reference`);
}
