#!/usr/bin/env node
// The naive floor of the chosen libraries, for `npm run bench`: compromise's nlp(text) over each whole
// article body (front matter dropped), nothing else, on N worker threads.
// Usage: node scripts/reference-pass.mjs [--jobs N] DIR
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const body = (text) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

if (isMainThread) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--jobs');
  const jobs = at >= 0 ? Number(args.splice(at, 2)[1]) : 1;
  const dir = args[0];
  const files = readdirSync(dir).filter((f) => /\.(?:md|txt|html?)$/.test(f)).sort().map((f) => join(dir, f));
  if (jobs <= 1) {
    const nlp = require('compromise');
    for (const f of files) nlp(body(readFileSync(f, 'utf8')));
  } else {
    // each worker takes every jobs-th file, as a pool with a shared queue would on average
    await Promise.all(Array.from({ length: jobs }, (_, w) => new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: files.filter((_, i) => i % jobs === w) });
      worker.on('message', resolve);
      worker.on('error', reject);
    })));
  }
} else {
  const nlp = require('compromise');
  for (const f of workerData) nlp(body(readFileSync(f, 'utf8')));
  parentPort.postMessage('done');
}
