// After tsc: bundle dist/ into one CommonJS script, dist/breach-extract.cjs (the CLI and the library:
// run, main, extract, ...), so a one-file run loads one script instead of ~150 ES modules (module
// resolution and linking cost ~100 ms before the first article). compromise, chrono-node and the rest
// are bundled too; compromise stays lazy (required on first use). bin/ loads it with a code cache.
// `npm run build` (and `npm pack`, through prepack) runs tsc and then this, so the bundle is made from
// the dist/ beside it. A failure fails the build: bin/ has no other way to start.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--dist DIR` bundles another tsc output folder (the CLI tests build a private copy)
const at = process.argv.indexOf('--dist');
const DIST = at > 0 ? resolve(process.argv[at + 1]) : join(ROOT, 'dist');
export const BUNDLE = join(DIST, 'breach-extract.cjs');

/**
 * dist/*.js as esbuild sees it, made CommonJS-safe:
 * - `createRequire(import.meta.url)('x')` becomes `require('x')`, so esbuild bundles what it names
 *   (package.json, compromise's prebuilt CJS builds) instead of leaving a runtime lookup;
 * - any other `import.meta.url` becomes the URL of the original dist file, computed from the bundle's
 *   own folder at run time, so `new URL('./worker.js', import.meta.url)` still points into dist/.
 */
const distPlugin = {
  name: 'dist-cjs',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, (args) => {
      if (!args.path.startsWith(DIST + sep)) return undefined;
      let code = readFileSync(args.path, 'utf8');
      code = code.replace(/\bcreateRequire\(\s*import\.meta\.url\s*\)\(\s*(['"][^'"\n]+['"])\s*\)/g, 'require($1)');
      // nlp.ts: `const require = createRequire(import.meta.url)`: the bundle's own require does that job
      code = code.replace(/^const require = createRequire\(import\.meta\.url\);$/m, '');
      const rel = relative(DIST, args.path).split(sep).join('/');
      code = code.replace(/\bimport\.meta\.url\b/g, `__bxDistUrl(${JSON.stringify(rel)})`);
      return { contents: code, loader: 'js' };
    });
  },
};

const BANNER = 'function __bxDistUrl(rel) { return require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href; }';

export async function buildBundle() {
  const result = await esbuild.build({
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
    // a smaller script to read and compile; names kept for stack traces
    minify: process.env.BREACH_EXTRACT_MINIFY !== '0',
    keepNames: true,
    logLevel: 'error',
    metafile: true,
    plugins: [distPlugin],
    stdin: {
      contents: "export * from './index.js'; export { run, parseArgs } from './cli.js'; export { main } from './main.js'; export { compromise, compromiseOne } from './nlp.js'; export { serveTasks } from './batch/serve.js';",
      resolveDir: DIST,
      sourcefile: 'breach-extract-entry.js',
      loader: 'js',
    },
    outfile: BUNDLE,
  });
  if (!Object.keys(result.metafile.inputs).some((p) => p.includes('compromise/builds/three/'))) throw new Error('compromise was not bundled (src/nlp.ts changed shape?)');
  writeFileSync(BUNDLE, asciiOnly(readFileSync(BUNDLE, 'utf8')));
}

/**
 * The script with every non-ASCII character written as a \uXXXX escape. esbuild leaves them raw in
 * regular expression literals (compromise's dashes and quotes, our lexicons' ’), and one such character
 * makes V8 hold the whole 1.3 MB source as a two-byte string: 1.3 MB more heap in every process.
 * Outside comments, a raw character can only stand in a string, template or regexp literal or an
 * identifier, where its escape means the same; an identity escape before it (`\’`, odd run of
 * backslashes) is dropped, as `\u2019` already is one.
 */
export function asciiOnly(code) {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) =>
    `${slashes.slice(slashes.length % 2)}\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t = Date.now();
  await buildBundle();
  console.log(`build-bundle: ${relative(ROOT, BUNDLE)} in ${Date.now() - t} ms`);
}
