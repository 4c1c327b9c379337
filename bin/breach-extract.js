#!/usr/bin/env node
// The CLI's entry: the one-script bundle of dist/ (scripts/build-bundle.mjs), loaded through a code cache.
'use strict';
// regexps straight to machine code: a one-file run otherwise spends a quarter of its time interpreting
// the lexicons' and chrono's big patterns before V8 tiers them up
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
require('./load.cjs')
  .load(require('node:path').join(__dirname, '..', 'dist', 'breach-extract.cjs'))
  .run(process.argv.slice(2))
  .then((code) => { process.exitCode = code; });
