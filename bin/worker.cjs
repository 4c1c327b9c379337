// Worker thread entry of the CLI: the same one-script bundle as bin/breach-extract.js, through the same
// code cache, instead of dist/'s ~150 ES modules (about 150 ms less CPU per worker). Workers keep a cache
// of their own, written after a worker's first articles (bin/load.cjs), so it holds the extraction code.
// V8 flags are the process's, set by bin/breach-extract.js before any worker starts.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const loader = require('./load.cjs');
loader
  .load(require('node:path').join(__dirname, '..', 'dist', 'breach-extract.cjs'), 'worker')
  .serveTasks(parentPort, workerData, () => loader.saveCache?.());
