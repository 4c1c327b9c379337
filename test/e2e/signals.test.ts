// Pipes and signals through the real bin: a reader that goes away (`| head -1`) and Ctrl-C in the
// middle of a batch. Every printed line must be a whole record, and stderr must say what happened
// without a stack trace.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// Issue 12: a process that cannot hang. Each case spawns the real bin (about a second each).

/** Run the bin with `args` (stdout to `stdoutFd` when given); `during` runs once it has started. */
function spawnBin(args: string[], opts: { stdout?: number; during?: (child: ReturnType<typeof spawn>) => void; afterMs?: number } = {}): Promise<Run & { ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', opts.stdout ?? 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    // a safety net: a hung child is killed, and the case fails on its exit
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    if (opts.during) setTimeout(() => opts.during!(child), opts.afterMs ?? 1500);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

const fifoOk = process.platform !== 'win32';

it.skipIf(!built || !fifoOk)('a FIFO named on the command line: a one-line error and exit 1 at once (it used to hang for good)', async () => {
  const fifo = join(dir, 'named-pipe.md');
  execFileSync('mkfifo', [fifo]);
  const r = await spawnBin([fifo]);
  expect(r.signal).toBeNull();
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^breach-extract: .*named-pipe\.md: not a regular file: a FIFO \(named pipe\); pipe its contents to stdin with "-" instead\n$/);
  expect(r.ms).toBeLessThan(30_000);
}, 120_000);

it.skipIf(!built || !fifoOk)('a FIFO inside a folder of a batch: reported, counted, and the process exits', async () => {
  const folder = join(dir, 'with-fifo');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.txt'), readFileSync(join(ROOT, 'fixtures', 'northwind-clinic.txt')));
  execFileSync('mkfifo', [join(folder, 'b.md')]);
  const r = await spawnBin(['--jobs', '2', folder]);
  expect(r.code).toBe(1);
  expect(r.stdout.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/b\.md: not a regular file: a FIFO/);
  expect(r.stderr).toMatch(/2 articles, 1 incident, 1 failed/);
}, 120_000);

/** An article long enough that its extraction is still running when the signal comes. */
/** About 8.7 MB of news (under the default --max-bytes): several seconds of work even on a fast machine, so the signal lands mid-extraction. */
function longArticle(): string {
  const path = join(dir, 'long-article.txt');
  if (!existsSync(path)) writeFileSync(path, `${readFileSync(join(ROOT, 'fixtures', 'northwind-clinic.txt'), 'utf8')}\n\n`.repeat(4000));
  return path;
}

it.skipIf(!built)('SIGTERM during one long article stops the process at once', async () => {
  const r = await spawnBin([longArticle(), '--timeout-ms', '0'], { during: (c) => c.kill('SIGTERM'), afterMs: 2500 });
  expect(r.code === 143 || r.signal === 'SIGTERM', `code ${r.code} signal ${r.signal}`).toBe(true);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/^\s+at\s/m);
}, 120_000);

it.skipIf(!built)('Ctrl-C during one long article interrupts its extraction: exit 130, the summary, no record', async () => {
  const r = await spawnBin([longArticle(), '--timeout-ms', '0'], { during: (c) => c.kill('SIGINT'), afterMs: 2500 });
  expect(r.code).toBe(130);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/breach-extract: interrupted: 0 of 1 articles done/);
  expect(r.stderr).not.toMatch(/^\s+at\s/m);
}, 120_000);

it.skipIf(!built || !existsSync('/dev/full'))('stdout on a full disk: one line, exit 1, no stack trace (one article and a batch)', async () => {
  for (const args of [['fixtures/northwind-clinic.txt'], ['--jobs', '1', 'fixtures/northwind-clinic.txt', 'fixtures/northwind-clinic.txt']]) {
    const full = openSync('/dev/full', 'w');
    try {
      const r = await spawnBin(args, { stdout: full });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('breach-extract: cannot write the records to stdout: no space left on device\n');
    } finally {
      closeSync(full);
    }
  }
}, 120_000);
