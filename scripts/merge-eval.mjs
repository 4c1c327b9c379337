#!/usr/bin/env node
// npm run merge:eval: how well `breach-extract merge` puts real articles into their incidents.
//   node scripts/merge-eval.mjs [--groups FILE] [--corpus DIR] [--records FILE] [--save FILE] [-v]
// The grouping (scripts/merge-eval-groups.json) lists articles of ../shared/corpus by file name with the
// id of the incident each one tells (no article text): several outlets per incident, one victim hit twice,
// near-name victims, and every recent incident as a singleton. The script extracts a record from each
// listed article (or reads them from --records), merges them with the CLI, and prints:
//   - pairwise precision and recall of "same incident" over the listed articles;
//   - merged incidents whose articles were published in different years (one victim's two breaches);
//   - the false merges and the misses, per incident, with the victim each record names;
//   - whether shuffled input gives byte-identical output.
// --save FILE keeps the records (a rerun with --records FILE skips the extraction, ~30 s).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, args, option as opt } from './options.mjs';

const verbose = args.includes('-v') || args.includes('--verbose');
const fail = (message) => {
  process.stderr.write(`merge-eval: ${message}\n`);
  process.exit(1);
};

const corpus = resolve(opt('--corpus', join(ROOT, '..', 'shared', 'corpus')));
const groupsFile = resolve(opt('--groups', join(ROOT, 'scripts', 'merge-eval-groups.json')));
const bin = join(ROOT, 'bin', 'breach-extract.js');
if (!existsSync(corpus)) fail(`no corpus at ${corpus}: the grouped articles live in ../shared/corpus (or pass --corpus DIR); nothing to measure`);
if (!existsSync(join(ROOT, 'dist'))) fail('dist/ is missing: run npm run build first');

const { groups } = JSON.parse(readFileSync(groupsFile, 'utf8'));
const label = new Map();
for (const g of groups) for (const a of g.articles) {
  if (label.has(a)) fail(`${a} is listed in two groups (${label.get(a)}, ${g.id})`);
  label.set(a, g.id);
}
const files = [...label.keys()].sort();
const missing = files.filter((f) => !existsSync(join(corpus, f)));
if (missing.length) fail(`${missing.length} listed articles are not in ${corpus} (first: ${missing[0]})`);

// 1. records: one per listed article
let recordsText;
const from = opt('--records', null);
if (from) recordsText = readFileSync(from, 'utf8');
else {
  process.stderr.write(`merge-eval: extracting ${files.length} articles…\n`);
  recordsText = execFileSync(process.execPath, [bin, ...files, '-f', 'ndjson', '-q', '--jobs', '2'], { cwd: corpus, maxBuffer: 1 << 30 }).toString();
}
const save = opt('--save', null);
if (save) writeFileSync(save, recordsText);
const key = (path) => path.replace(/^(\.\.?\/)*/, '').replace(/^.*?(?=(dev|recent)\/articles\/)/, '');
const lines = recordsText.split('\n').filter((l) => l.trim());
const records = new Map();
for (const l of lines) {
  const r = JSON.parse(l);
  if (label.has(key(r.source.path))) records.set(key(r.source.path), r);
}

// 2. merge, and merge again from shuffled input (a fixed seed, so reruns agree)
const merge = (input) => execFileSync(process.execPath, [bin, 'merge', '-q', '-'], { cwd: ROOT, input, maxBuffer: 1 << 30 }).toString();
const kept = [...records.keys()].sort().map((k) => JSON.stringify(records.get(k)));
const out = merge(`${kept.join('\n')}\n`);
let seed = 15;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const shuffled = [...kept];
for (let i = shuffled.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
}
const identical = merge(`${shuffled.join('\n')}\n`) === out && merge(`${[...kept].reverse().join('\n')}\n`) === out;

const incidents = out.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const pred = new Map();
for (const m of incidents) for (const a of m.articles) pred.set(key(a.path), m.id);

// 3. pairwise precision and recall over the listed articles
let tp = 0;
let fp = 0;
let fn = 0;
for (let i = 0; i < files.length; i++) {
  for (let j = i + 1; j < files.length; j++) {
    const a = files[i];
    const b = files[j];
    const truth = label.get(a) === label.get(b);
    const said = pred.has(a) && pred.get(a) === pred.get(b);
    if (truth && said) tp++;
    else if (said) fp++;
    else if (truth) fn++;
  }
}
// the merge's own share: pairs whose two records are incidents with a victim (the others cannot merge)
const joinable = (f) => records.get(f)?.isIncident && !!records.get(f)?.company;
let jtp = 0;
let jfn = 0;
for (let i = 0; i < files.length; i++) {
  for (let j = i + 1; j < files.length; j++) {
    if (label.get(files[i]) !== label.get(files[j]) || !joinable(files[i]) || !joinable(files[j])) continue;
    if (pred.get(files[i]) === pred.get(files[j])) jtp++;
    else jfn++;
  }
}
const ratio = (x, y) => (y ? (x / y).toFixed(3) : 'n/a');
const groupCount = groups.filter((g) => g.articles.length > 1).length;
console.log(`merge-eval: ${files.length} articles, ${groups.length} incidents (${groupCount} told by several articles), ${tp + fn} same-incident pairs`);
console.log(`pairwise precision ${ratio(tp, tp + fp)} (${tp}/${tp + fp})  recall ${ratio(tp, tp + fn)} (${tp}/${tp + fn})`);
console.log(`recall where both records are incidents with a named victim ${ratio(jtp, jtp + jfn)} (${jtp}/${jtp + jfn})`);

// 4. one victim's incidents of different years merged
const year = (p) => (p ? p.slice(0, 4) : null);
const crossYear = incidents.filter((m) => new Set(m.articles.map((a) => label.get(key(a.path)))).size > 1
  && new Set(m.articles.map((a) => year(a.published)).filter(Boolean)).size > 1);
console.log(`incidents of different years merged: ${crossYear.length}`);
for (const m of crossYear) console.log(`  ${m.id}: ${m.articles.map((a) => `${key(a.path)} (${label.get(key(a.path))}, ${a.published ?? 'undated'})`).join(', ')}`);
console.log(`shuffled and reversed input byte-identical: ${identical ? 'yes' : 'NO'}`);

// 5. false merges and misses, per incident
const victim = (f) => {
  const r = records.get(f);
  if (!r) return 'no record';
  if (!r.isIncident) return `not an incident${r.company ? ` (victim ${JSON.stringify(r.company.name)})` : ''}`;
  if (!r.company) return 'no victim';
  return JSON.stringify(r.company.name) + (r.company.aliases.length ? ` aka ${r.company.aliases.map((x) => JSON.stringify(x)).join(', ')}` : '');
};
const short = (f) => f.replace(/^(dev|recent)\/articles\//, '');
const falseMerges = incidents.filter((m) => new Set(m.articles.map((a) => label.get(key(a.path))).filter(Boolean)).size > 1);
console.log(`\nfalse merges (${falseMerges.length} merged incidents mixing listed incidents):`);
for (const m of falseMerges) {
  console.log(`  ${m.id}`);
  for (const a of m.articles) if (label.has(key(a.path))) console.log(`    ${label.get(key(a.path)).padEnd(24)} ${short(key(a.path)).padEnd(34)} ${a.published ?? 'undated'}  ${victim(key(a.path))}`);
}
console.log('\nmisses (incidents whose articles were not all merged into one; [n] = merged incident, - = left out):');
for (const g of groups) {
  if (g.articles.length < 2) continue;
  const parts = new Set(g.articles.map((a) => pred.get(a) ?? `-${a}`));
  if (parts.size === 1) continue;
  const ids = [...new Set(g.articles.map((a) => pred.get(a)).filter(Boolean))];
  console.log(`  ${g.id} (${g.articles.length} articles in ${parts.size} parts)${verbose && g.note ? `: ${g.note}` : ''}`);
  for (const a of g.articles) {
    const p = pred.get(a);
    console.log(`    ${p ? `[${ids.indexOf(p) + 1}]` : ' - '} ${short(a).padEnd(34)} ${records.get(a)?.source.published ?? 'undated'}  ${victim(a)}`);
  }
}
if (verbose) {
  const out2 = files.filter((f) => !pred.has(f));
  console.log(`\nlisted articles left out of every incident: ${out2.length}`);
  for (const f of out2) console.log(`  ${label.get(f).padEnd(24)} ${short(f).padEnd(34)} ${victim(f)}`);
}
