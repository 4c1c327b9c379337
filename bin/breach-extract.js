#!/usr/bin/env node
// The CLI's entry. Start-up is most of a one-file run, so it takes the fastest way that is up to date:
// 1. for one article (a file or stdin): the startup snapshot (dist/breach-extract.blob, made by
//    scripts/build-snapshot.mjs), a second node started on it with compromise's model already built
//    and the code warmed up; batches gain little from it and keep the ordinary way;
// 2. the bundle (dist/breach-extract.cjs, scripts/build-bundle.mjs): one script instead of ~150 modules;
// 3. dist/cli.js, as tsc left it.
// Each is used only if the dist files it was made from are unchanged (size and mtime), so a plain `tsc`
// after a full build never runs stale code. BREACH_EXTRACT_START=dist|bundle|snapshot forces a way
// (for tests and benchmarks; an unusable snapshot or bundle still falls back).
// CommonJS (bin/package.json), as Node's ES module loader would add ~15 ms to every start.
'use strict';
const { spawn } = require('node:child_process');
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { constants: osConstants } = require('node:os');

const DIST = join(__dirname, '..', 'dist');
const ROOT = join(__dirname, '..');
const argv = process.argv.slice(2);
const wanted = process.env.BREACH_EXTRACT_START;

/** The manifest's dist files are still the ones the bundle or blob was made from. */
function fresh(metaFile) {
  try {
    const meta = JSON.parse(readFileSync(join(DIST, metaFile), 'utf8'));
    if (meta.node !== process.version) return null;
    for (const [file, size, mtime] of meta.files) {
      const s = statSync(join(ROOT, file));
      if (s.size !== size || Math.round(s.mtimeMs) !== mtime) return null;
    }
    return meta;
  } catch {
    return null;
  }
}

// Options a one-article run may carry (with their values); anything else goes the ordinary way.
const VALUE_OPTIONS = new Set(['-f', '--format', '-i', '--input-format', '-p', '--published', '--max-bytes']);
const FLAG_OPTIONS = new Set(['-q', '--quiet', '-v', '--verbose', '--debug']);

/** One article file (or stdin), run in the main thread: what the snapshot is for. */
function oneArticle(args) {
  let operand;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a !== '-' && a.startsWith('-')) {
      const name = a.startsWith('--') && a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
      if (FLAG_OPTIONS.has(a)) continue;
      if (!VALUE_OPTIONS.has(name)) return false;
      if (name === a) i++;
      continue;
    }
    if (operand !== undefined) return false;
    operand = a;
  }
  if (operand === '-') return true;
  try {
    return operand !== undefined && statSync(operand).isFile();
  } catch {
    return false;
  }
}

function viaSnapshot() {
  if (!oneArticle(argv)) return false;
  const meta = fresh('breach-extract.blob.json');
  if (!meta || meta.arch !== process.arch || meta.dist !== DIST) return false;
  // the node flags the blob was built with (it loads only under the same V8 flags); `--` keeps the
  // user's arguments from being read as node's options
  runChild([...(meta.flags ?? []), '--snapshot-blob', join(DIST, 'breach-extract.blob'), '--', ...argv], true, snapshotEnv());
  return true;
}

/**
 * glibc's malloc on transparent huge pages for the snapshot's node: it reads the ~20 MB blob into
 * malloc'd buffers and copies it once more before V8 deserialises it, and with 4 KB pages the page
 * faults on that fresh memory are a good part of the start-up (a one-file run ~25% faster here).
 * Other C libraries ignore the variable; a user's own tunables are kept.
 */
function snapshotEnv() {
  if (process.platform !== 'linux') return process.env;
  const tunables = process.env.GLIBC_TUNABLES;
  if (tunables && tunables.includes('glibc.malloc.hugetlb')) return process.env;
  return { ...process.env, GLIBC_TUNABLES: tunables ? `${tunables}:glibc.malloc.hugetlb=1` : 'glibc.malloc.hugetlb=1' };
}

/**
 * A batch runs in a node with one GC thread per isolate: with every core busy on a worker, V8's
 * concurrent GC threads only compete with them (about 10% more articles/s at --jobs 2 here). A V8
 * flag cannot be set once workers may start, so this costs one more node start, once per batch.
 */
function viaBatchNode() {
  if (oneArticle(argv) || argv.some((a) => PRINT_ONLY.has(a)) || process.execArgv.includes(BATCH_GC_FLAG) || process.env.BREACH_EXTRACT_NODE_FLAGS === '0') return false;
  runChild([BATCH_GC_FLAG, __filename, ...argv], false, process.env);
  return true;
}

const BATCH_GC_FLAG = '--single-threaded-gc';
/** Options that print and exit: no batch, so no second node for them. */
const PRINT_ONLY = new Set(['-h', '--help', '-V', '--version', '--schema']);

/** Run this CLI in a child node with extra node options; its exit code or signal becomes ours. */
function runChild(nodeArgs, snapshot, env) {
  const child = spawn(process.execPath, nodeArgs, { stdio: 'inherit', env });
  // every stopping signal is passed on: a `kill -INT` may reach this process alone. From a terminal
  // the child also gets Ctrl-C itself; it takes two within a second as one press (src/cli.ts)
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  process.on('SIGHUP', forward);
  child.on('error', (error) => {
    process.stderr.write(`breach-extract: cannot start: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', async (code, signal) => {
    // 14: this node could not load the blob (another build of the same version); nothing was read yet
    if (snapshot && code === 14 && !signal) {
      const { run } = await inProcess();
      process.exitCode = await run(argv);
      return;
    }
    if (signal) {
      // die the same way; for a signal node ignores in itself (SIGPIPE), the shell's 128 + number
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
      setTimeout(() => process.exit(128 + (osConstants.signals[signal] ?? 0)), 50);
      return;
    }
    process.exit(code ?? 1);
  });
}

async function inProcess() {
  if (wanted !== 'dist' && fresh('breach-extract.manifest.json')) {
    try {
      return require('../dist/breach-extract.cjs');
    } catch {
      // fall through to dist/
    }
  }
  return import('../dist/cli.js');
}

if (wanted === 'dist' || wanted === 'bundle' || !(viaSnapshot() || viaBatchNode())) {
  inProcess()
    .then(({ run }) => run(argv))
    .then((code) => {
      process.exitCode = code;
    });
}
