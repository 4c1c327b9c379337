#!/usr/bin/env node
// `npm run bench`: throughput, peak memory and one-file start-up of breach-extract against the naive
// floor of its libraries, on one machine in one run. Prints figures; asserts nothing.
//
//   node scripts/bench.mjs [--corpus DIR] [--runs N]
//
// Full extraction: `node bin/breach-extract.js --jobs J -q DIR` at J = 1, 2 and the default (cores).
// Reference pass: scripts/reference-pass.mjs (compromise's nlp(text) over each whole body) at J = 1, 2.
// One-file run: median wall time of `node bin/breach-extract.js ARTICLE` against
// scripts/reference-process.cjs (imports compromise and chrono-node, parses the same article).
// Peak RSS is the child's VmHWM from /proc (Linux), polled until it exits.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ROOT, option } from './options.mjs';

const BIN = join(ROOT, 'bin', 'breach-extract.js');
const corpus = option('--corpus', join(ROOT, '..', 'shared', 'corpus', 'dev', 'articles'));
const runs = Number(option('--runs', '7'));
/** --part throughput | one-file: run only that half (both by default). */
const part = option('--part', 'all');
if (!existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus} (pass --corpus DIR)`);
  process.exit(2);
}
if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
  console.error('bench: dist/ is missing: run npm run build first');
  process.exit(2);
}
const articles = readdirSync(corpus).filter((f) => /\.(?:md|markdown|txt|html?)$/.test(f)).sort();
const cores = availableParallelism();

/** Run a command; wall seconds, peak RSS in MB (null off Linux), stdout digest. */
function measure(argv, env = process.env) {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env });
    const hash = createHash('sha256');
    let stderr = '';
    let peak = null;
    const poll = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak ?? 0, Number(m[1]) / 1024);
      } catch { /* gone, or not Linux */ }
    };
    const timer = setInterval(poll, 25);
    child.stdout.on('data', (b) => {
      poll();
      hash.update(b);
    });
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', reject);
    child.on('exit', () => poll());
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0 && code !== 1) return reject(new Error(`${argv.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      resolve({ seconds: (performance.now() - began) / 1000, rssMb: peak, digest: hash.digest('hex') });
    });
  });
}

const fmt = (n, d = 1) => (n === null || n === undefined ? 'n/a' : n.toFixed(d));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`breach-extract bench: ${articles.length} articles in ${corpus}`);
console.log(`machine: ${cores} cores, node ${process.version}\n`);

const jobsList = [...new Set([1, 2, cores])];
const full = new Map();
const reference = new Map();
for (const jobs of part === 'one-file' ? [] : jobsList) {
  full.set(jobs, await measure([BIN, '--jobs', String(jobs), '-q', '--format', 'ndjson', corpus]));
  reference.set(jobs, await measure([join(ROOT, 'scripts', 'reference-pass.mjs'), '--jobs', String(jobs), corpus]));
}

const identical = part === 'one-file' || jobsList.every((j) => full.get(j).digest === full.get(1).digest);
if (part !== 'one-file') {
  console.log('throughput (articles/s) and peak RSS (MB)');
console.log('jobs  full extraction        reference nlp(text)    ratio full/ref  ratio full/ref(jobs 1)');
for (const jobs of jobsList) {
  const f = full.get(jobs);
  const r = reference.get(jobs);
  const fr = articles.length / f.seconds;
  const rr = articles.length / r.seconds;
  const r1 = articles.length / reference.get(1).seconds;
  console.log(`${String(jobs).padEnd(4)}  ${fmt(fr).padStart(6)}/s ${fmt(f.rssMb, 0).padStart(5)} MB      ${fmt(rr).padStart(6)}/s ${fmt(r.rssMb, 0).padStart(5)} MB      ${fmt(fr / rr, 2).padStart(5)}x          ${fmt(fr / r1, 2).padStart(5)}x`);
}
  console.log(`records byte-identical across jobs ${jobsList.join(', ')}: ${identical ? 'yes' : 'NO'} (sha256 ${full.get(1).digest.slice(0, 12)})`);
}

let oneOurs = null;
let oneRef = null;
if (part !== 'throughput') {
// one-file runs, alternating so both see the same machine load
const sample = join(corpus, articles.includes('panasonic-techradar.md') ? 'panasonic-techradar.md' : articles[Math.floor(articles.length / 2)]);
const ours = [];
const theirs = [];
// the floors under a one-file run, measured in the same rounds: a bare node start, and a node that only
// loads compromise (any run in one process pays at least this)
const floors = { node: [], compromise: [] };
for (let i = 0; i < runs; i++) {
  ours.push((await measure([BIN, '-q', sample])).seconds);
  theirs.push((await measure([join(ROOT, 'scripts', 'reference-process.cjs'), sample])).seconds);
  floors.node.push((await measure(['-e', '0'])).seconds);
  floors.compromise.push((await measure(['-e', "require('compromise')"])).seconds);
}
oneOurs = median(ours);
oneRef = median(theirs);
console.log(`\none-file run (median of ${runs}, ${sample.split('/').pop()}): breach-extract ${fmt(oneOurs * 1000, 0)} ms, reference process ${fmt(oneRef * 1000, 0)} ms, ratio ${fmt(oneOurs / oneRef, 2)}`);
const ms = (xs) => median(xs) * 1000;
const share = (x) => `${fmt(x / (oneRef * 1000), 2)}x of the reference`;
console.log('floors under a one-file run (same rounds, medians)');
console.log(`  node start, nothing loaded:                 ${fmt(ms(floors.node), 0).padStart(5)} ms  ${share(ms(floors.node))}`);
console.log(`  node that only loads compromise:            ${fmt(ms(floors.compromise), 0).padStart(5)} ms  ${share(ms(floors.compromise))}`);

}

console.log('\nbars');
if (part !== 'one-file') {
  const dflt = full.get(cores);
  const ratioDefault = (articles.length / dflt.seconds) / (articles.length / reference.get(cores).seconds);
  const ratioDefaultVs1 = (articles.length / dflt.seconds) / (articles.length / reference.get(1).seconds);
  console.log(`  full at default jobs (${cores}) >= 1.0x reference, same jobs (issue 11): ${fmt(ratioDefault, 2)}x  ${ratioDefault >= 1 ? 'met' : 'NOT met'}`);
  console.log(`  full at default jobs (${cores}) >= 2.0x reference, same jobs: ${fmt(ratioDefault, 2)}x  ${ratioDefault >= 2 ? 'met' : 'NOT met'}`);
  console.log(`  full at default jobs (${cores}) >= 2.0x reference, one thread: ${fmt(ratioDefaultVs1, 2)}x  ${ratioDefaultVs1 >= 2 ? 'met' : 'NOT met'}`);
}
if (oneOurs !== null) console.log(`  one-file run <= 0.5x reference process: ${fmt(oneOurs / oneRef, 2)}x  ${oneOurs / oneRef <= 0.5 ? 'met' : 'NOT met'}`);
if (part !== 'one-file') {
  const rss2 = full.get(2).rssMb;
  console.log(`  peak RSS at --jobs 2 <= 300 MB: ${fmt(rss2, 0)} MB  ${rss2 === null ? 'unmeasured' : rss2 <= 300 ? 'met' : 'NOT met'}`);
  console.log(`  records byte-identical across jobs: ${identical ? 'met' : 'NOT met'}`);
}
