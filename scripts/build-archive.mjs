#!/usr/bin/env node
// The self-contained archive a cluster ships to its nodes (Hadoop Streaming `-archives`, Spark
// `--archives`): the packed package (`npm pack`: bin/, dist/ built by prepack) with its production
// dependencies, and a launcher, so a node needs nothing but Node >= 20 (or not even that, --with-node).
//
//   node scripts/build-archive.mjs [--out breach-extract.tgz] [--with-node] [--no-build]
//
// Layout inside the archive (unpacked as `be/` in the recipes of the README):
//   breach-extract                   sh launcher: `sh be/breach-extract --input ndjson ...`
//   node                             with --with-node: this machine's Node binary (same OS and CPU as the nodes!)
//   node_modules/breach-extract/     the package as `npm install` would unpack it
//   node_modules/<dependency>/       its production dependencies, copied from this checkout's node_modules
// --no-build packs the dist/ already built (`npm run build`) instead of building it again.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const outAt = args.indexOf('--out');
const out = resolve(outAt >= 0 ? args[outAt + 1] : 'breach-extract.tgz');

const LAUNCHER = `#!/bin/sh
# breach-extract from this archive: its own node when it carries one, else the node on PATH (>= 20)
here=$(dirname "$0")
if [ -x "$here/node" ]; then exec "$here/node" "$here/node_modules/breach-extract/bin/breach-extract.js" "$@"; fi
exec node "$here/node_modules/breach-extract/bin/breach-extract.js" "$@"
`;

const npm = (argv, opts = {}) => execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', argv, { cwd: ROOT, encoding: 'utf8', ...opts });

const work = mkdtempSync(join(tmpdir(), 'breach-extract-archive-'));
try {
  const stage = join(work, 'stage');
  const pkgDir = join(stage, 'node_modules', 'breach-extract');
  mkdirSync(pkgDir, { recursive: true });
  // the package exactly as published: the files package.json lists, README, LICENSE
  npm(['pack', '--silent', '--pack-destination', work, ...(flag('--no-build') ? ['--ignore-scripts'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  execFileSync('tar', ['xzf', join(work, tarball), '-C', pkgDir, '--strip-components=1']);
  // production dependencies, as resolved in this checkout (npm ci): no registry needed here or there
  const deps = npm(['ls', '--omit=dev', '--all', '--parseable'], { stdio: ['ignore', 'pipe', 'ignore'] })
    .split('\n').filter((p) => p && resolve(p) !== ROOT);
  for (const dep of deps) cpSync(dep, join(stage, relative(ROOT, dep)), { recursive: true, dereference: true });
  writeFileSync(join(stage, 'breach-extract'), LAUNCHER);
  chmodSync(join(stage, 'breach-extract'), 0o755);
  if (flag('--with-node')) copyFileSync(process.execPath, join(stage, 'node'));
  execFileSync('tar', ['czf', out, '-C', stage, '.']);
  console.log(`build-archive: ${relative(process.cwd(), out) || out} (${deps.length} dependencies${flag('--with-node') ? `, node ${process.version}` : ''})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
