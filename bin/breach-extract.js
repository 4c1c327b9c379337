#!/usr/bin/env node
// The CLI's entry: the one-script bundle of dist/ (scripts/build-bundle.mjs), loaded through a code cache.
'use strict';
// regexps straight to machine code: a one-file run otherwise spends a quarter of its time interpreting
// the lexicons' and chrono's big patterns before V8 tiers them up.
// A larger interrupt budget (V8's default is 66 KB of bytecode run): a function is optimised after more
// calls, with more type feedback. At the default, each batch worker spent a third of its CPU again in
// helper threads, mostly TurboFan compiling and recompiling functions that deoptimised (company's
// candidate builder, the tagger's sweep) on a new article's object shapes: ~9 s of 26 s on the dev
// corpus at --jobs 2; at this budget ~3 s, and the article threads run no slower (scripts/bench-cpu.mjs).
// Process-wide, so the worker threads (started later) get it too.
require('node:v8').setFlagsFromString('--no-regexp-tier-up --interrupt-budget=300000');
require('./load.cjs')
  .load(require('node:path').join(__dirname, '..', 'dist', 'breach-extract.cjs'))
  .run(process.argv.slice(2))
  .then((code) => { process.exitCode = code; });
