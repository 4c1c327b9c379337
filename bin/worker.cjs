// Worker thread entry of the CLI: the same one-script bundle as bin/breach-extract.js, through the same
// code cache, instead of dist/'s ~150 ES modules (about 150 ms less CPU per worker). V8 flags are the
// process's, set by bin/breach-extract.js before any worker starts.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
require('./load.cjs')
  .load(require('node:path').join(__dirname, '..', 'dist', 'breach-extract.cjs'))
  .serveTasks(parentPort, workerData);
