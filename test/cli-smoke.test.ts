// A few CLI cases of test/cli-cases.ts through the real bin and dist/ (as `npm test` leaves them, built
// by its pretest), so `npm test` covers the entry a user runs: one file, a batch on workers, a stream
// that keeps going, a usage error, --version. The whole table runs in test/e2e/cli.test.ts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, makeInputs, type CliCase, type CliResult } from './cli-cases.js';
import { ROOT } from './helpers/fixtures.js';

const BIN = join(ROOT, 'bin', 'breach-extract.js');
const SMOKE = [
  'one txt fixture → one JSON record',
  'a batch: records in input order, one error line for the bad file, a summary that agrees',
  '--input ndjson --keep-going --error-records: exit 0, one stdout line per input line, failures still on stderr and in --errors',
  'unknown flag → usage error',
  '--version prints the package version',
];

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'breach-extract-smoke-'));
  makeInputs(tmp);
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function runBin(c: CliCase): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...c.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'TERM', 'NODE_OPTIONS']) if (!(c.env && k in c.env)) delete env[k];
  const stdin = c.stdin === undefined ? undefined : typeof c.stdin === 'function' ? c.stdin(tmp) : c.stdin;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...c.argv.map((a) => a.split('{tmp}').join(tmp))], { cwd: ROOT, env, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => {});
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(stdin);
  });
}

describe('CLI smoke: node bin/breach-extract.js on the built dist/', () => {
  it('dist/ is built (npm test builds it first; run `npm run build` before vitest alone)', () => {
    expect(existsSync(join(ROOT, 'dist', 'breach-extract.cjs'))).toBe(true);
  });
  for (const name of SMOKE) {
    const c = CASES.find((x) => x.name === name);
    it(name, async () => {
      expect(c, `no CLI case named ${name}`).toBeDefined();
      const r = await runBin(c!);
      expect(r.code, `exit ${r.code}\n${r.stderr}`).toBe(c!.code);
      expect(r.stderr).not.toMatch(/^\s+at\s/m);
      c!.check?.(r, tmp);
    });
  }
});
