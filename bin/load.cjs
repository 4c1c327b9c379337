// require(file), with V8's code cache for it kept across runs: Node 22's module.enableCompileCache()
// when there is one, else the same by hand (vm.Script cachedData), about 70 ms of a one-file run.
// The cache lives in BREACH_EXTRACT_CACHE or <tmpdir>/breach-extract-<uid>, one file per Node version,
// architecture and script content (a hash: V8's own check compares only the source's length, so two
// builds of one length would share stale code); V8 rejects a cache whose flags do not fit, which is then
// rewritten. BREACH_EXTRACT_CACHE=0 turns it off. Any failure just loads the file.
// Worker threads keep a cache of their own (role 'worker'), written by a worker once it has run a few
// articles: the main thread of a batch run extracts nothing, so its cache lacks the extraction code,
// and each worker compiled that again (about 0.25 s of CPU per dev-corpus run at --jobs 2).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const vm = require('node:vm');
const Module = require('node:module');
const crypto = require('node:crypto');

function cacheDir() {
  const chosen = process.env.BREACH_EXTRACT_CACHE;
  if (chosen === '0') return null;
  return chosen || path.join(os.tmpdir(), `breach-extract-${typeof process.getuid === 'function' ? process.getuid() : 'user'}`);
}

/**
 * Set by load() in a worker whose cache is missing or stale: writes the cache (once) with every function
 * compiled so far. The worker calls it after its first articles (src/batch/serve.ts).
 */
exports.saveCache = null;

/** `role`: 'worker' for a worker thread (its own cache file), else the main thread's. */
exports.load = function load(file, role) {
  const dir = cacheDir();
  if (!dir) return require(file);
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache(dir);
    return require(file);
  }
  let source;
  let cacheFile;
  let cachedData;
  try {
    source = fs.readFileSync(file, 'utf8');
    const digest = crypto.createHash('sha256').update(source).digest('hex').slice(0, 20);
    cacheFile = path.join(dir, `${process.version}-${process.arch}-${digest}${role === 'worker' ? '-worker' : ''}.v8cache`);
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    if (source === undefined) return require(file);
  }
  // CommonJS's own wrapper, written out: Module.wrap and Module's constructor are not public API
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, { filename: file, cachedData });
  const mod = { exports: {}, filename: file, loaded: true };
  script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  if (cachedData === undefined || script.cachedDataRejected) {
    // after the run (or the worker's first articles), so the functions it compiled are in the cache too;
    // written whole, then renamed
    const save = () => {
      try {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        const tmp = `${cacheFile}.${process.pid}.${require('node:worker_threads').threadId}`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        // a read-only or full disk: no cache, same records
      }
    };
    if (role === 'worker') {
      exports.saveCache = () => {
        exports.saveCache = null;
        save();
      };
    } else process.once('beforeExit', save);
  }
  return mod.exports;
};
