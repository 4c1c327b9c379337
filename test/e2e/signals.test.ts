// Pipes and signals through the real bin: a reader that goes away (`| head -1`) and Ctrl-C in the
// middle of a batch. Every printed line must be a whole record, and stderr must say what happened
// without a stack trace.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';

const BIN = join(ROOT, 'bin', 'breach-extract.js');
const built = existsSync(join(ROOT, 'dist', 'cli.js'));
const ARTICLES = 40;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'breach-extract-signals-'));
  const body = readFileSync(join(ROOT, 'fixtures', 'northwind-clinic.txt'), 'utf8');
  for (let i = 0; i < ARTICLES; i++) writeFileSync(join(dir, `story-${String(i).padStart(3, '0')}.txt`), body);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Start the bin on the folder; `onFirstLine` runs when the first whole record arrives. */
function runUntil(args: string[], onFirstLine: (child: ReturnType<typeof spawn>) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args, dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let fired = false;
    child.stdout!.on('data', (b: Buffer) => {
      stdout += b.toString();
      if (!fired && stdout.includes('\n')) {
        fired = true;
        onFirstLine(child);
      }
    });
    child.stdout!.on('error', () => {});
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

it.skipIf(!built)('Ctrl-C mid-batch: workers stop, every printed line is a whole record, the summary says how many were done', async () => {
  const r = await runUntil(['--jobs', '2'], (child) => child.kill('SIGINT'));
  expect(r.code).toBe(130);
  const lines = r.stdout.split('\n');
  expect(lines.pop()).toBe(''); // ends with a newline: no half-written record
  for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  expect(lines.length).toBeGreaterThanOrEqual(1);
  expect(lines.length).toBeLessThan(ARTICLES);
  const m = /breach-extract: interrupted: (\d+) of 40 articles done \(/.exec(r.stderr);
  expect(m, r.stderr).not.toBeNull();
  expect(Number(m![1])).toBe(lines.length);
  expect(r.stderr).not.toMatch(/^\s+at\s/m);
}, 120_000);

it.skipIf(!built)('a reader that goes away after one line (| head -1): a quiet exit, no EPIPE trace', async () => {
  const r = await runUntil(['--jobs', '2'], (child) => child.stdout!.destroy());
  expect(r.signal).toBeNull();
  expect(r.code).toBe(0);
  expect(r.stderr).not.toMatch(/EPIPE|Error|^\s+at\s/m);
}, 120_000);
