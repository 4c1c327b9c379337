// After tsc: bundle dist/ into one CommonJS file per entry, so a one-file run loads one script instead
// of ~150 ES modules (module resolution and linking cost ~100 ms before the first article):
//   dist/breach-extract.cjs         the CLI and the library (run, main, extract, …), used by bin/
//   dist/breach-extract-worker.cjs  the batch worker entry (same code as dist/batch/worker.js)
// compromise, chrono-node and the rest are bundled too; compromise stays lazy (required on first use).
// A manifest (dist/breach-extract.manifest.json) lists the dist files each bundle was made from, with
// size and mtime, so bin/ can tell a stale bundle (someone ran tsc alone) and fall back to dist/.
// Never fails the build: without esbuild, or on any error, the bundles are removed and bin/ uses dist/.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
export const OUTPUTS = {
  cli: join(DIST, 'breach-extract.cjs'),
  worker: join(DIST, 'breach-extract-worker.cjs'),
  manifest: join(DIST, 'breach-extract.manifest.json'),
};

const LAZY_WORKER_THREADS = 'lazy-worker-threads';
const WORKER_THREADS_EXPORTS = Object.keys(await import('node:worker_threads')).filter((k) => k !== 'default');

function clean() {
  for (const f of Object.values(OUTPUTS)) rmSync(f, { force: true });
}

/**
 * dist/*.js as esbuild sees it, made CommonJS-safe:
 * - `createRequire(import.meta.url)('x')` becomes `require('x')`, so esbuild bundles what it names
 *   (package.json, compromise's prebuilt CJS builds) instead of leaving a runtime lookup;
 * - any other `import.meta.url` becomes the URL of the original dist file, computed from the bundle's
 *   own folder at run time, so `new URL('./worker.js', import.meta.url)` still points into dist/.
 */
function distPlugin() {
  return {
    name: 'dist-cjs',
    setup(build) {
      // node:worker_threads is required on first use, not when the bundle loads: Node 20 sets up its
      // main-thread state (the cwd counter workers read) when the module loads, and that state does
      // not survive a startup snapshot, so workers started from the snapshot would fail in process.cwd()
      build.onResolve({ filter: /^(?:node:)?worker_threads$/ }, (args) =>
        args.importer === LAZY_WORKER_THREADS ? { path: 'node:worker_threads', external: true } : { path: LAZY_WORKER_THREADS, namespace: 'lazy' });
      build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
        contents: `let wt; const load = () => (wt ??= require('node:worker_threads'));
for (const key of ${JSON.stringify(WORKER_THREADS_EXPORTS)}) Object.defineProperty(exports, key, { get: () => load()[key], enumerable: true });`,
        loader: 'js',
        resolveDir: ROOT,
      }));
      build.onLoad({ filter: /\.js$/ }, (args) => {
        if (!args.path.startsWith(DIST + sep)) return undefined;
        let code = readFileSync(args.path, 'utf8');
        code = code.replace(/\bcreateRequire\(\s*import\.meta\.url\s*\)\(\s*(['"][^'"\n]+['"])\s*\)/g, 'require($1)');
        // nlp.ts: `const require = createRequire(import.meta.url)` — the bundle's own require does that job
        code = code.replace(/^const require = createRequire\(import\.meta\.url\);$/m, '');
        const rel = relative(DIST, args.path).split(sep).join('/');
        code = code.replace(/\bimport\.meta\.url\b/g, `__bxDistUrl(${JSON.stringify(rel)})`);
        return { contents: code, loader: 'js' };
      });
    },
  };
}

// __bxDistDir is the folder of the bundle (dist/), set by the banner; a snapshot bakes it in at build
const BANNER = [
  'var __bxDistDir = typeof __bxDistDirOverride === "string" ? __bxDistDirOverride : __dirname;',
  'function __bxDistUrl(rel) { return require("node:url").pathToFileURL(require("node:path").join(__bxDistDir, rel)).href; }',
].join('\n');

export async function buildBundles() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    console.warn('build-bundle: esbuild is not installed; bin/ will load dist/ directly');
    return false;
  }
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // `require` conditions: compromise and chrono resolve to their prebuilt CommonJS builds
    conditions: ['require', 'node'],
    mainFields: ['main', 'module'],
    banner: { js: BANNER },
    legalComments: 'none',
    // smaller script and heap (the snapshot loads every byte of it); names kept for stack traces
    minify: process.env.BREACH_EXTRACT_MINIFY !== '0',
    keepNames: true,
    logLevel: 'error',
    metafile: true,
    plugins: [distPlugin()],
  };
  const cli = await esbuild.build({
    ...common,
    stdin: {
      contents: "export * from './dist/index.js'; export { run, parseArgs } from './dist/cli.js'; export { main } from './dist/main.js'; export { compromise, compromiseOne } from './dist/nlp.js';",
      resolveDir: ROOT,
      sourcefile: 'breach-extract-entry.js',
      loader: 'js',
    },
    outfile: OUTPUTS.cli,
  });
  const inputs = new Set(Object.keys(cli.metafile.inputs));
  // a bundle that would load compromise from node_modules at run time cannot go into a snapshot
  if (![...inputs].some((p) => p.includes('compromise/builds/three/'))) throw new Error('compromise was not bundled (src/nlp.ts changed shape?)');
  if (existsSync(join(DIST, 'batch', 'worker.js'))) {
    const worker = await esbuild.build({ ...common, entryPoints: [join(DIST, 'batch', 'worker.js')], outfile: OUTPUTS.worker });
    for (const k of Object.keys(worker.metafile.inputs)) inputs.add(k);
  }
  for (const file of [OUTPUTS.cli, OUTPUTS.worker]) if (existsSync(file)) writeFileSync(file, asciiOnly(readFileSync(file, 'utf8')));
  const distFiles = [...inputs].filter((p) => p.startsWith('dist/')).sort();
  writeFileSync(OUTPUTS.manifest, `${JSON.stringify(manifestOf(distFiles), null, 1)}\n`);
  return true;
}

/**
 * The script with every non-ASCII character written as a \uXXXX escape. esbuild leaves them raw in
 * regular expression literals (compromise's dashes and quotes, our lexicons' ’), and one such character
 * makes V8 hold the whole 1.3 MB source as a two-byte string: 1.3 MB more heap, in every worker and in
 * the startup snapshot each one-file run loads. Outside comments, a raw character can only stand in a
 * string, template or regexp literal or an identifier, where its escape means the same; an identity
 * escape before it (`\’`, odd run of backslashes) is dropped, as `\u2019` already is one.
 */
export function asciiOnly(code) {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) =>
    `${slashes.slice(slashes.length % 2)}\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Size and mtime of every dist file a bundle was made from (paths relative to the package root). */
export function manifestOf(distFiles) {
  return {
    node: process.version,
    files: distFiles.map((f) => {
      const s = statSync(join(ROOT, f));
      return [f, s.size, Math.round(s.mtimeMs)];
    }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t = Date.now();
  try {
    if (await buildBundles()) console.log(`build-bundle: dist/breach-extract.cjs in ${Date.now() - t} ms`);
    else clean();
  } catch (error) {
    clean();
    console.warn(`build-bundle: skipped (${error?.message ?? error}); bin/ will load dist/ directly`);
  }
}
