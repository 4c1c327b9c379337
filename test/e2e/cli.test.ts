// The CLI cases of test/cli-cases.ts, run in-process through main() with fake streams and through the
// real bin as a child process. Every case also checks what holds for all of them: stderr carries only
// `breach-extract: ...` messages and never a stack trace, and records on stdout fit the schema.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { recordSchema } from '../../src/record.js';
import { CASES, makeHuge, makeInputs, records, type CliCase, type CliResult } from '../cli-cases.js';
import { ROOT } from '../helpers/fixtures.js';
import { fakeStdin, Sink } from '../helpers/streams.js';

const BIN = join(ROOT, 'bin', 'breach-extract.js');
const SLOW = !!process.env.SLOW && process.env.SLOW !== '0';
const validate = new Ajv2020({ allErrors: true, strictRequired: false }).compile(recordSchema);

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'breach-extract-cli-'));
  makeInputs(tmp);
  makeHuge(tmp);
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const argvOf = (c: CliCase) => c.argv.map((a) => a.split('{tmp}').join(tmp));
const stdinOf = (c: CliCase): Buffer | null =>
  c.stdin === undefined ? null : typeof c.stdin === 'function' ? c.stdin(tmp) : Buffer.isBuffer(c.stdin) ? c.stdin : Buffer.from(c.stdin);

async function runInProcess(c: CliCase): Promise<CliResult> {
  const stdout = new Sink(!!c.stdoutTTY);
  const stderr = new Sink(!!c.stderrTTY);
  const code = await main({
    argv: argvOf(c),
    stdin: c.stdinFails !== undefined ? failingStdin(c.stdinFails) : fakeStdin(stdinOf(c) ?? Buffer.alloc(0), !!c.stdinTTY),
    stdout,
    stderr,
    env: { ...c.env },
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function failingStdin(message: string): NonNullable<Parameters<typeof main>[0]['stdin']> {
  return {
    isTTY: false,
    [Symbol.asyncIterator]() {
      return { next: () => Promise.reject(new Error(message)) };
    },
  };
}

function runBin(c: CliCase, bin: string): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'TERM', 'NODE_OPTIONS']) delete env[k];
  Object.assign(env, c.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...argvOf(c)], { cwd: ROOT, env, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => {}); // the CLI may exit before reading all of stdin
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 128 : -1), stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(stdinOf(c) ?? undefined);
  });
}

function checkCommon(c: CliCase, r: CliResult): void {
  // no stack trace, no raw error names: only our one-line messages
  if (!c.internalError) {
    // a progress bar (stderr on a terminal) is redrawn in place: drop it before reading the lines
    const stderr = r.stderr.replace(/\r\u001b\[K(?:\[[#.]*\][^\r\n]*)?/g, '');
    r = { ...r, stderr };
    expect(r.stderr).not.toMatch(/^\s+at\s/m);
    expect(r.stderr).not.toMatch(/\b(?:TypeError|RangeError|ReferenceError|SyntaxError|internal error)\b/);
    for (const line of r.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^(?:breach-extract: |Try 'breach-extract --help')/);
  }
  // records on stdout fit the schema
  const printsRecords = !c.argv.some((a) => /^--(?:schema|help|version)$/.test(a) || a === 'pretty') && !c.stdoutTTY;
  if (printsRecords && r.stdout) {
    // --error-records lines ({source, error}) are not records
    for (const record of records(r.stdout).filter((x) => !('error' in (x as object)))) expect(validate(record) ? [] : validate.errors).toEqual([]);
  }
}

async function runCase(c: CliCase, how: 'in-process' | 'spawn', bin = BIN): Promise<void> {
  const r = how === 'in-process' ? await runInProcess(c) : await runBin(c, bin);
  const shown = `exit ${r.code}\n--- stderr ---\n${r.stderr}--- stdout (start) ---\n${r.stdout.slice(0, 600)}`;
  expect(r.code, shown).toBe(c.code);
  checkCommon(c, r);
  c.check?.(r, tmp);
}

describe('CLI in-process: main({argv, stdin, stdout, stderr, env})', () => {
  for (const c of CASES.filter((x) => (x.mode ?? 'both') !== 'spawn')) {
    it.skipIf((c.slow && !SLOW) || !!c.skip?.())(c.name, () => runCase(c, 'in-process'));
  }
});

describe('CLI through the bin: node bin/breach-extract.js', () => {
  let bin = BIN;
  beforeAll(() => {
    // The bin runs dist/. By default build the current sources into a private folder (bin/, dist/,
    // package.json, node_modules linked), so a build running elsewhere in the tree cannot race us;
    // BREACH_EXTRACT_USE_DIST=1 runs the repository's own bin and dist/ (as after `npm ci`).
    if (process.env.BREACH_EXTRACT_USE_DIST) {
      expect(existsSync(join(ROOT, 'dist', 'cli.js'))).toBe(true);
      return;
    }
    const root = join(tmp, 'build');
    mkdirSync(join(root, 'bin'), { recursive: true });
    copyFileSync(BIN, join(root, 'bin', 'breach-extract.js'));
    copyFileSync(join(ROOT, 'bin', 'load.cjs'), join(root, 'bin', 'load.cjs'));
    copyFileSync(join(ROOT, 'bin', 'package.json'), join(root, 'bin', 'package.json')); // the bin is CommonJS
    copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json'), '--outDir', join(root, 'dist')], { cwd: ROOT, stdio: 'pipe' });
    } catch {
      // type errors elsewhere in the tree: tsc emits all the same
    }
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-bundle.mjs'), '--dist', join(root, 'dist')], { cwd: ROOT, stdio: 'pipe' });
    expect(existsSync(join(root, 'dist', 'breach-extract.cjs'))).toBe(true);
    bin = join(root, 'bin', 'breach-extract.js');
  });
  for (const c of CASES.filter((x) => (x.mode ?? 'both') !== 'in-process')) {
    it.skipIf((c.slow && !SLOW) || !!c.skip?.())(c.name, () => runCase(c, 'spawn', bin));
  }
});
