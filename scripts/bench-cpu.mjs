#!/usr/bin/env node
// `npm run bench:cpu`: the throughput bar of `npm run bench` in CPU seconds, which a busy machine does not
// distort the way it distorts wall-clock time. Runs the full extraction (`node bin/breach-extract.js
// --jobs J -q --format ndjson DIR`) and the reference pass (scripts/reference-pass.mjs: compromise's
// nlp(text) over each whole body) at J = 1 and 2, alternating, and prints each run's CPU time (user +
// system, all threads, from the shell's `times`) and their ratio. On Linux it also splits a run's CPU
// into the threads that run articles and V8's helper threads (garbage collection, optimising compiles),
// from /proc. Two busy workers on two cores finish in about total CPU / 2, so a CPU ratio below 1 is
// the wall-clock bar met on a quiet machine. Prints figures; asserts nothing.
//
//   node scripts/bench-cpu.mjs [--corpus DIR] [--runs N] [--jobs 1,2]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, option } from './options.mjs';

const corpus = option('--corpus', join(ROOT, '..', 'shared', 'corpus', 'dev', 'articles'));
const runs = Number(option('--runs', '1'));
const jobsList = option('--jobs', '1,2').split(',').map(Number);
if (!existsSync(corpus) || !existsSync(join(ROOT, 'dist', 'breach-extract.cjs'))) {
  console.error('bench-cpu: needs a corpus (--corpus DIR) and dist/ (npm run build)');
  process.exit(2);
}
const articles = readdirSync(corpus).filter((f) => /\.(?:md|markdown|txt|html?)$/.test(f)).length;
const TICK = 100; // USER_HZ: /proc's clock ticks per second on Linux

/** CPU seconds of each thread of `pid` now, from /proc (empty off Linux). */
function threadTimes(pid) {
  const out = new Map();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out.set(tid, (Number(f[11]) + Number(f[12])) / TICK);
      } catch { /* the thread ended */ }
    }
  } catch { /* the process ended, or not Linux */ }
  return out;
}

/**
 * Run `node argv…` under sh and return its CPU seconds (user + system, from `times`, exact) and, where
 * /proc allows, the CPU of its `busy` busiest threads (the ones running articles) as last sampled.
 */
function cpuOf(argv, busy) {
  return new Promise((resolve, reject) => {
    const quoted = [process.execPath, ...argv].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    const sh = spawn('/bin/sh', ['-c', `${quoted} >/dev/null & pid=$!; echo $pid >&2; wait $pid; code=$?; times; exit $code`], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let pid;
    const threads = new Map();
    const timer = setInterval(() => {
      if (pid) for (const [tid, s] of threadTimes(pid)) threads.set(tid, s);
    }, 50);
    sh.stdout.on('data', (b) => (out += b));
    sh.stderr.on('data', (b) => {
      err += b;
      pid ??= /^(\d+)\n/.exec(err)?.[1];
    });
    sh.on('error', reject);
    sh.on('close', (code) => {
      clearInterval(timer);
      // `times`: the shell's own user/system, then its children's
      const m = /\n?(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(out.trim());
      if (code !== 0 && code !== 1) return reject(new Error(`${argv.join(' ')} exited ${code}: ${err.slice(0, 400)}`));
      if (!m) return reject(new Error(`no CPU times from sh: ${out}`));
      const total = Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]);
      const sorted = [...threads.values()].sort((a, b) => b - a);
      const work = sorted.length ? sorted.slice(0, busy).reduce((a, b) => a + b, 0) : null;
      resolve({ total, work });
    });
  });
}

const fmt = (n, d = 2) => (n === null ? '  n/a' : n.toFixed(d));
console.log(`bench-cpu: ${articles} articles in ${corpus}, node ${process.version}, ${runs} run(s) each, alternating`);
console.log('CPU seconds (all threads; "articles": the threads that run them, "helpers": GC and compiler threads)');
console.log('jobs  full: total articles helpers   reference: total articles helpers   ratio full/ref');
for (const jobs of jobsList) {
  const ours = [];
  const ref = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await cpuOf([join(ROOT, 'bin', 'breach-extract.js'), '--jobs', String(jobs), '-q', '--format', 'ndjson', corpus], jobs));
    ref.push(await cpuOf([join(ROOT, 'scripts', 'reference-pass.mjs'), '--jobs', String(jobs), corpus], jobs));
  }
  const mean = (xs, k) => (xs.some((x) => x[k] === null) ? null : xs.reduce((a, x) => a + x[k], 0) / xs.length);
  const [ot, ow, rt, rw] = [mean(ours, 'total'), mean(ours, 'work'), mean(ref, 'total'), mean(ref, 'work')];
  console.log(`${String(jobs).padEnd(4)}  ${fmt(ot).padStart(11)} ${fmt(ow).padStart(8)} ${fmt(ow === null ? null : ot - ow).padStart(7)}   ${fmt(rt).padStart(16)} ${fmt(rw).padStart(8)} ${fmt(rw === null ? null : rt - rw).padStart(7)}   ${fmt(ot / rt).padStart(8)}x`);
}
console.log(`per article: see total / ${articles}. Bar (issue 11): full/ref at the default jobs <= 0.85x in CPU leaves room for worker start-up.`);
