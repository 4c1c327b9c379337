#!/usr/bin/env node
// The long fuzz run (npm test runs a short one: test/fuzz.test.ts). Needs `npm run build` first.
//
//   npm run fuzz                       # seed from the clock, 2,000 cases
//   npm run fuzz -- 1234 5000          # seed 1234, 5,000 cases
//   npm run fuzz -- 1234 --case 17     # repeat one case of seed 1234, in this process
//   npm run fuzz -- 1234 100 --full    # and every hostile input of issue 5 at 1 MB
//   options: --max-length N (random case size, default 8000), --timeout-ms N (per random case, default
//   60000; a 1 MB hostile case gets five times as long, as 1 MB of ordinary news takes 20-60 s here)
//
// Every case must end with a valid record or an InputError. Cases run in a worker thread watched by
// this one: a case that throws anything else, breaks the record's contract, or runs past the timeout
// (a hang) is printed with its seed and index, and the run goes on from the next case. Exit 1 on any.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE, randomCase, rng } from './hostile-cases.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const opts = { seed: undefined, count: 2000, full: false, maxLength: 8000, timeoutMs: 60_000, only: undefined };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--full') opts.full = true;
    else if (a === '--case') opts.only = Number(argv[++i]);
    else if (a === '--max-length') opts.maxLength = Number(argv[++i]);
    else if (a === '--timeout-ms') opts.timeoutMs = Number(argv[++i]);
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/fuzz.mjs [SEED] [COUNT] [--full] [--case N] [--max-length N] [--timeout-ms N]');
      process.exit(0);
    } else positional.push(a);
  }
  if (positional[0] !== undefined) opts.seed = Number(positional[0]);
  if (positional[1] !== undefined) opts.count = Number(positional[1]);
  opts.seed ??= Date.now() % 2 ** 31;
  for (const [k, v] of Object.entries(opts)) if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`bad --${k}`);
  return opts;
}

function articles() {
  const dir = join(ROOT, 'fixtures');
  return readdirSync(dir).filter((f) => /\.(?:txt|md|html)$/.test(f))
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8'), format: f.split('.').pop() }));
}

/** Case list: random cases 0..count-1, then (with --full) the hostile inputs at 1 MB. */
function caseAt(opts, arts, i) {
  if (i < opts.count) return randomCase(opts.seed, i, { maxLength: opts.maxLength, articles: arts });
  const h = HOSTILE[i - opts.count];
  return { name: `hostile at 1 MB: ${h.name}`, text: h.make(1_000_000, rng(opts.seed)), format: h.format };
}

async function runner() {
  const { extract, decode, recordSchema } = await import(join(ROOT, 'dist', 'index.js'));
  const { InputError } = await import(join(ROOT, 'dist', 'errors.js'));
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(recordSchema);
  return (c) => {
    let source = c.text;
    try {
      if (c.bytes) source = decode(c.bytes).text;
      const record = extract(source, { format: c.format, path: 'fuzz' });
      const problems = validate(record) ? [] : validate.errors.map((e) => `schema: ${e.instancePath || '/'} ${e.message}`);
      JSON.parse(JSON.stringify(record));
      const evidence = [...(record.company?.evidence ?? []), ...record.dates.map((d) => d.evidence), ...record.data.map((d) => d.evidence),
        ...(record.affected ? [record.affected.evidence] : []), ...record.actors.map((a) => a.evidence), ...record.sources.flatMap((s) => s.evidence)];
      for (const e of evidence) if (e.offset < 0 || e.offset > source.length) problems.push(`evidence offset ${e.offset} outside the source`);
      return problems.length ? { fail: problems.join('; ') } : { outcome: 'record' };
    } catch (error) {
      if (error instanceof InputError) return { outcome: 'input-error' };
      return { fail: `${error?.name}: ${error?.message}\n${error?.stack?.split('\n').slice(1, 6).join('\n')}` };
    }
  };
}

if (!isMainThread) {
  // worker: run cases from `start` on, reporting each before and after
  const { opts, start, total } = workerData;
  const arts = articles();
  const run = await runner();
  for (let i = start; i < total; i++) {
    const c = caseAt(opts, arts, i);
    parentPort.postMessage({ type: 'begin', i, name: c.name });
    const t = performance.now();
    const result = run(c);
    parentPort.postMessage({ type: 'end', i, name: c.name, ms: performance.now() - t, ...result });
  }
  parentPort.postMessage({ type: 'done' });
} else {
  const opts = parseArgs(process.argv.slice(2));
  const total = opts.count + (opts.full ? HOSTILE.length : 0);
  if (opts.only !== undefined) {
    const c = caseAt(opts, articles(), opts.only);
    const run = await runner();
    const t = performance.now();
    const result = run(c);
    console.log(`seed ${opts.seed} case ${opts.only} (${c.name}): ${result.fail ? `FAIL ${result.fail}` : result.outcome} in ${Math.round(performance.now() - t)} ms`);
    process.exit(result.fail ? 1 : 0);
  }
  console.log(`fuzz: seed ${opts.seed}, ${opts.count} random cases${opts.full ? ` + ${HOSTILE.length} hostile at 1 MB` : ''}, timeout ${opts.timeoutMs} ms a case`);
  const failures = [];
  const outcomes = { record: 0, 'input-error': 0 };
  let slowest = { ms: 0, name: '' };
  const started = Date.now();
  let next = 0;
  while (next < total) {
    await new Promise((resolve) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { opts, start: next, total } });
      let current = null;
      let timer = null;
      const arm = () => {
        clearTimeout(timer);
        const limit = current.i >= opts.count ? opts.timeoutMs * 5 : opts.timeoutMs;
        timer = setTimeout(() => {
          failures.push({ i: current.i, name: current.name, why: `no result after ${limit} ms (hang)` });
          next = current.i + 1;
          worker.terminate().then(resolve);
        }, limit);
      };
      worker.on('message', (m) => {
        if (m.type === 'begin') {
          current = m;
          arm();
        } else if (m.type === 'end') {
          clearTimeout(timer);
          next = m.i + 1;
          if (m.fail) failures.push({ i: m.i, name: m.name, why: m.fail });
          else outcomes[m.outcome]++;
          if (m.ms > slowest.ms) slowest = { ms: m.ms, name: `case ${m.i} (${m.name})` };
          if (next % 200 === 0) process.stderr.write(`  ${next}/${total} cases, ${failures.length} failed, ${Math.round((Date.now() - started) / 1000)} s\n`);
        } else if (m.type === 'done') {
          clearTimeout(timer);
          next = total;
          resolve();
        }
      });
      worker.on('error', (error) => {
        // a crash of the worker itself (stack overflow past the catch, out of memory): the case failed
        clearTimeout(timer);
        const i = current?.i ?? next;
        failures.push({ i, name: current?.name ?? '?', why: `worker crashed: ${error?.message}` });
        next = i + 1;
        resolve();
      });
    });
  }
  for (const f of failures) {
    console.log(`FAIL seed ${opts.seed} case ${f.i} (${f.name}): ${f.why}`);
    console.log(`  repeat: node scripts/fuzz.mjs ${opts.seed} ${opts.count}${opts.full ? ' --full' : ''} --case ${f.i}`);
  }
  console.log(`fuzz: seed ${opts.seed}: ${total} cases in ${((Date.now() - started) / 1000).toFixed(1)} s: ${outcomes.record} records, ` +
    `${outcomes['input-error']} input errors, ${failures.length} failures; slowest ${Math.round(slowest.ms)} ms, ${slowest.name}`);
  process.exit(failures.length ? 1 : 0);
}
