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
const hoisted = new Map();

function distPlugin(ts) {
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
        if (ts) {
          // both bundles take most dist files: parse each once
          const key = `${rel}\0${code}`;
          if (!hoisted.has(key)) hoisted.set(key, hoistRegExps(code, ts, rel));
          code = hoisted.get(key);
        }
        return { contents: code, loader: 'js' };
      });
    },
  };
}

/** TypeScript's parser, for hoistRegExps (a devDependency: without it the bundle is made without). */
async function typescript() {
  try {
    return (await import('typescript')).default;
  } catch {
    return null;
  }
}

/** Methods that take a regexp and do not depend on its lastIndex (match, replace reset it; the rest copy it). */
const STATELESS_USES = new Set(['match', 'matchAll', 'replace', 'replaceAll', 'search', 'split']);

/**
 * dist/ code rewritten so that a startup snapshot keeps its regular expressions compiled. The snapshot
 * keeps module-level RegExp objects with their bytecode, but V8 drops every function's feedback vector
 * when it writes one (and with it the regexp a literal in a function had created), and its regexp cache
 * is not kept either; so every such literal, and every regexp `str.matchAll(re)` copies (the copy is
 * found in that cache in a warm process), was parsed and compiled again in each one-file run: most of
 * the ~100 ms the first article took over the second. Two rewrites, records unchanged:
 * - a regexp literal in a function becomes a module constant where sharing one object is unobservable:
 *   no g or y flag (exec and test then ignore lastIndex), or a g literal passed straight to a method
 *   that resets or copies lastIndex; nothing in dist/ keeps or compares regexp objects;
 * - `a.matchAll(b)` becomes `__bxMatchAll(a, b)` (the bundle's banner): the same matches, collected
 *   with b's own exec, b's lastIndex put back, instead of a copy of b.
 */
export function hoistRegExps(code, ts, name = 'module.js') {
  const file = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const names = new Map();
  const visit = (node, inFunction) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && inFunction) {
      const text = node.getText(file);
      const flags = text.slice(text.lastIndexOf('/') + 1);
      const call = node.parent;
      const direct = ts.isCallExpression(call) && call.arguments[0] === node && ts.isPropertyAccessExpression(call.expression) && STATELESS_USES.has(call.expression.name.text);
      if (!/[gy]/.test(flags) || (!flags.includes('y') && direct)) {
        if (!names.has(text)) names.set(text, `__bxRe${names.size}`);
        edits.push({ start: node.getStart(file), end: node.end, text: names.get(text) });
      }
    }
    if (ts.isCallExpression(node) && !node.questionDotToken && node.arguments.length === 1 && !ts.isSpreadElement(node.arguments[0]) &&
        ts.isPropertyAccessExpression(node.expression) && !node.expression.questionDotToken && node.expression.name.text === 'matchAll') {
      const target = node.expression.expression;
      const arg = node.arguments[0];
      edits.push({ start: node.getStart(file), end: node.end, parts: ['__bxMatchAll(', target, ', ', arg, ')'] });
    }
    const fn = ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node);
    ts.forEachChild(node, (child) => visit(child, inFunction || fn));
  };
  visit(file, false);
  if (edits.length === 0) return code;
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  // code from `from` to `to`, with the edits inside it applied (edits nest: a call's parts hold others)
  const render = (from, to) => {
    let out = '';
    let at = from;
    for (let i = 0; i < edits.length; i++) {
      const e = edits[i];
      if (e.start < at || e.end > to) continue;
      out += code.slice(at, e.start);
      out += e.parts ? e.parts.map((p) => (typeof p === 'string' ? p : render(p.getStart(file), p.end))).join('') : e.text;
      at = e.end;
    }
    return out + code.slice(at, to);
  };
  const decls = [...names].map(([text, id]) => `const ${id} = ${text};\n`).join('');
  return decls + render(0, code.length);
}

/** The banner's stand-in for String.prototype.matchAll (see hoistRegExps); anything unusual goes to the real one. */
export const MATCH_ALL = `function __bxMatchAll(s, re) {
  if (typeof s !== 'string' || !(re instanceof RegExp) || re.constructor !== RegExp || !re.global || Object.prototype.hasOwnProperty.call(re, 'exec')) return s.matchAll(re);
  const out = [];
  const saved = re.lastIndex;
  const full = re.unicode || re.unicodeSets === true;
  try {
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      out.push(m);
      if (m[0] === '') {
        const i = re.lastIndex;
        re.lastIndex = full && i + 1 < s.length && s.codePointAt(i) > 0xffff ? i + 2 : i + 1;
      }
    }
  } finally {
    re.lastIndex = saved;
  }
  return out[Symbol.iterator]();
}`;

// __bxDistDir is the folder of the bundle (dist/), set by the banner; a snapshot bakes it in at build
const BANNER = [
  MATCH_ALL,
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
    plugins: [distPlugin(await typescript())],
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
