// Start-up: the bundle's ASCII rewrite (scripts/build-bundle.mjs) must not change what the code does,
// and bin/load.cjs's code cache must give the same module, write its cache once and survive a bad one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { asciiOnly } from '../scripts/build-bundle.mjs';
import { ROOT } from './helpers/fixtures.js';

const ascii = asciiOnly as (code: string) => string;

/** Evaluate a module-like snippet whose last statement is `return …`. */
function run(code: string): unknown {
  return new Function(code)();
}

describe('asciiOnly', () => {
  const cases: Array<[string, string]> = [
    ['a string', "return 'it’s — “quoted”';"],
    ['a regexp literal', "return 'don’t – stop'.replace(/[’–]/g, '_');"],
    ['an identity escape before the character', "return /\\’s/.test('it’s') && '\\é' === 'é';"],
    ['an astral character in a unicode regexp', "return /^[😀-😂]$/u.test('😁');"],
    ['a template', 'const x = 1; return `x ≠ ${x}`;'],
  ];
  for (const [name, code] of cases) {
    it(`${name}: ASCII only, same result`, () => {
      const out = ascii(code);
      expect(out).toMatch(/^[\x00-\x7f]*$/);
      expect(run(out)).toEqual(run(code));
    });
  }
});

describe('bin/load.cjs code cache', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'breach-extract-load-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const script = join(tmp, 'module.cjs');
  writeFileSync(script, "const path = require('node:path'); exports.answer = (x) => [path.basename(__filename), x * 2, /a+/.test('caa')];\n");
  const cache = join(tmp, 'cache');
  const load = (env: Record<string, string>) =>
    execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(require(${JSON.stringify(join(ROOT, 'bin', 'load.cjs'))}).load(${JSON.stringify(script)}).answer(21)))`], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
  const want = `${JSON.stringify(['module.cjs', 42, true])}\n`;

  it('loads the module as require would, and writes one cache file for this Node', () => {
    expect(load({ BREACH_EXTRACT_CACHE: cache })).toBe(want);
    expect(readdirSync(cache)).toHaveLength(1);
    expect(readdirSync(cache)[0]).toContain(process.version);
  });

  it('loads from the cache, and rewrites a cache V8 rejects', () => {
    expect(load({ BREACH_EXTRACT_CACHE: cache })).toBe(want);
    const file = join(cache, readdirSync(cache)[0]!);
    writeFileSync(file, 'not a code cache');
    expect(load({ BREACH_EXTRACT_CACHE: cache })).toBe(want);
    expect(readdirSync(cache)).toHaveLength(1);
    expect(load({ BREACH_EXTRACT_CACHE: cache })).toBe(want);
  });

  it('a new build of the same length does not run the old build\'s cached code', () => {
    const other = join(tmp, 'other-cache');
    expect(load({ BREACH_EXTRACT_CACHE: other })).toBe(want);
    // same byte length, other code: V8's own check compares lengths only
    writeFileSync(script, "const path = require('node:path'); exports.answer = (x) => [path.basename(__filename), x * 3, /a+/.test('caa')];\n");
    expect(load({ BREACH_EXTRACT_CACHE: other })).toBe(`${JSON.stringify(['module.cjs', 63, true])}\n`);
    writeFileSync(script, "const path = require('node:path'); exports.answer = (x) => [path.basename(__filename), x * 2, /a+/.test('caa')];\n");
  });

  it('a worker keeps its own cache, written only when it calls saveCache (after its first articles)', () => {
    const workers = join(tmp, 'worker-cache');
    const loader = JSON.stringify(join(ROOT, 'bin', 'load.cjs'));
    // prints the answer, whether a cache was due before saving, and whether one is due after
    const loadAsWorker = (save: boolean) => execFileSync(process.execPath, ['-e',
      `const l = require(${loader}); const a = l.load(${JSON.stringify(script)}, 'worker').answer(21); const due = typeof l.saveCache === 'function'; ${save ? 'l.saveCache?.();' : ''} console.log(JSON.stringify([a, due, typeof l.saveCache === 'function']))`,
    ], { env: { ...process.env, BREACH_EXTRACT_CACHE: workers }, encoding: 'utf8' });
    const answer = ['module.cjs', 42, true];
    expect(loadAsWorker(false)).toBe(`${JSON.stringify([answer, true, true])}\n`);
    expect(() => readdirSync(workers)).toThrow();
    expect(loadAsWorker(true)).toBe(`${JSON.stringify([answer, true, false])}\n`);
    expect(readdirSync(workers)).toEqual([expect.stringMatching(/-worker\.v8cache$/)]);
    // the next worker loads from it and has nothing to write
    expect(loadAsWorker(true)).toBe(`${JSON.stringify([answer, false, false])}\n`);
    expect(readdirSync(workers)).toHaveLength(1);
  });

  it('BREACH_EXTRACT_CACHE=0 loads without a cache; an unwritable folder still loads', () => {
    expect(load({ BREACH_EXTRACT_CACHE: '0' })).toBe(want);
    expect(load({ BREACH_EXTRACT_CACHE: join(script, 'under-a-file') })).toBe(want);
  });
});
