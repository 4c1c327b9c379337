// Issue 12, in-process and fast: nothing hangs, nothing is lost, nothing leaks to the terminal.
// main() runs with fake streams; the cases that need a real process (signals, stdout on a full disk)
// are in test/signals.test.ts. The README's reliability section names the test behind each promise.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/main.js';
import { readArticle } from '../src/batch/read.js';
import { expandInputs } from '../src/batch/inputs.js';
import { terminalSafe } from '../src/errors.js';
import { budgetMs, defaultBudgetMs, MAX_TIMEOUT_MS } from '../src/batch/budget.js';
import { workerLimits } from '../src/batch/pool.js';
import { ndjsonTasks } from '../src/batch/ndjson.js';
import { readDocument } from '../src/read/index.js';
import { ROOT } from './helpers/fixtures.js';
import { fakeStdin, Sink } from './helpers/streams.js';

// A folder named UNREADABLE cannot be listed, as if its permissions said so (the tests may run as root,
// whom permissions do not stop): readdir fails there with EACCES, everything else is the real module.
const UNREADABLE = 'unreadable-by-test';
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (path: string, ...rest: unknown[]) => {
    if (String(path).endsWith(UNREADABLE)) throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' });
    return (real.readdir as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof real.readdir;
  return { ...real, default: { ...real, readdir }, readdir };
});

const ARTICLE = readFileSync(join(ROOT, 'fixtures', 'northwind-clinic.txt'), 'utf8');
const canFifo = process.platform !== 'win32';

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'breach-extract-rel-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function run(argv: string[], stdin: string | Buffer | null = null) {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await main({ argv, stdin: fakeStdin(stdin), stdout, stderr, env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Every stderr line is one of ours, and nothing in it would drive a terminal. */
function cleanStderr(stderr: string): void {
  for (const line of stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^(?:breach-extract: |Try 'breach-extract --help')/);
  expect(stderr.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  expect(stderr).not.toMatch(/^\s+at\s/m);
}

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

describe('non-regular files are refused, never opened to block (item 1)', () => {
  it.skipIf(!canFifo)('a FIFO named on the command line: a one-line error at once, exit 1', async () => {
    const fifo = join(tmp, 'named.md');
    mkfifo(fifo);
    const started = Date.now();
    const r = await run([fifo]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/named\.md: not a regular file: a FIFO \(named pipe\); pipe its contents to stdin with "-" instead\n$/);
    cleanStderr(r.stderr);
  });

  it.skipIf(!canFifo)('readArticle refuses a FIFO without blocking (stat first, then a non-blocking open)', async () => {
    const fifo = join(tmp, 'direct.txt');
    mkfifo(fifo);
    await expect(readArticle(fifo, 1_000_000)).rejects.toThrow(/not a regular file: a FIFO/);
  });

  it('a character device is refused too', async () => {
    await expect(readArticle('/dev/null', 1_000_000)).rejects.toThrow(/not a regular file: a device/);
    const r = await run(['/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\/dev\/zero: not a regular file: a device/);
  });

  it.skipIf(!canFifo)('a FIFO among other articles in a batch: counted as failed, the others printed', async () => {
    const good = join(tmp, 'good.txt');
    writeFileSync(good, ARTICLE);
    const fifo = join(tmp, 'batch-fifo.txt');
    mkfifo(fifo);
    const r = await run([good, fifo, good]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/batch-fifo\.txt: not a regular file/);
    expect(r.stderr).toMatch(/3 articles, \d+ incidents?, 1 failed/);
  });
});

describe('folder walks lose nothing silently (item 7)', () => {
  let dir = '';
  beforeAll(() => {
    dir = join(tmp, 'walk');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'sub', 'b.txt'), ARTICLE);
    writeFileSync(join(dir, 'node_modules', 'pkg', 'README.md'), '# A package\n\nNot an article.\n');
    writeFileSync(join(dir, '.git', 'notes.txt'), 'not an article');
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
    symlinkSync('loop.md', join(dir, 'loop.md')); // a link to itself: ELOOP
    symlinkSync('..', join(dir, 'sub', 'up')); // a folder loop
    if (canFifo) mkfifo(join(dir, 'pipe.md'));
  });

  it('reports a FIFO, a dangling link and a looping link as errors, a folder loop as a warning; skips node_modules and .git', async () => {
    const r = await run([dir]);
    expect(r.code).toBe(1);
    const printed = r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path as string);
    expect(printed).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'b.txt')]);
    expect(r.stderr).toContain(`${join(dir, 'dangling.txt')}: symbolic link not followed: no such file or folder`);
    expect(r.stderr).toContain(`${join(dir, 'loop.md')}: symbolic link not followed: a symbolic link loop`);
    if (canFifo) expect(r.stderr).toContain(`${join(dir, 'pipe.md')}: not a regular file: a FIFO`);
    expect(r.stderr).toContain(`${join(dir, 'sub', 'up')}: warning: symlink loop: a folder already walked, not walked again`);
    expect(r.stderr).toMatch(new RegExp(`${canFifo ? 5 : 4} articles, \\d+ incidents?, ${canFifo ? 3 : 2} failed`));
    cleanStderr(r.stderr);
  });

  it('an unreadable subfolder is an error that counts (its articles are lost), not a silent skip', async () => {
    const locked = join(tmp, 'locked-walk');
    mkdirSync(join(locked, UNREADABLE), { recursive: true });
    writeFileSync(join(locked, 'a.txt'), ARTICLE);
    writeFileSync(join(locked, UNREADABLE, 'b.txt'), ARTICLE);
    const { inputs } = await expandInputs([locked]);
    expect(inputs.filter((i) => i.kind === 'error')).toEqual([{ kind: 'error', path: join(locked, UNREADABLE), reason: 'folder not read: permission denied' }]);
    const r = await run([locked]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(locked, UNREADABLE)}: folder not read: permission denied`);
    expect(r.stderr).toMatch(/2 articles, \d+ incidents?, 1 failed/);
  });

  it('the folder named itself unreadable: an error, exit 1', async () => {
    if (process.getuid?.() === 0) return; // root reads every folder; the walk's own error path is covered above
    const locked = join(tmp, 'locked-top');
    mkdirSync(locked);
    execFileSync('chmod', ['000', locked]);
    try {
      const r = await run([locked]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/locked-top: folder not read: permission denied/);
    } finally {
      execFileSync('chmod', ['755', locked]);
    }
  });
});

describe('nothing from a file name reaches the terminal raw (item 6)', () => {
  it('escapes ESC, OSC, BEL, C1, bidi controls and newlines', () => {
    expect(terminalSafe('a\u001b]0;title\u0007b\nc\r\u009b\u202ed\\e')).toBe('a\\x1b]0;title\\x07b\\nc\\r\\x9b\\u202ed\\\\e');
    expect(terminalSafe('Plain name – café.txt')).toBe('Plain name – café.txt');
  });

  it('an error naming a file with control characters is one escaped line', async () => {
    const name = join(tmp, 'bad\u001b]0;owned\u0007\nname.txt');
    const r = await run([name, name]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad\\x1b]0;owned\\x07\\nname.txt: no such file or folder\n');
    cleanStderr(r.stderr);
  });

  it('a warning about such a file is escaped too', async () => {
    const name = join(tmp, 'warn\u001b[31m\u0007.txt');
    writeFileSync(name, '');
    const r = await run([name]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warn\\x1b[31m\\x07.txt: warning: empty article');
    cleanStderr(r.stderr);
  });
});

describe('limits are limits (item 4)', () => {
  it.each([
    [['--timeout-ms', '3000000000'], /--timeout-ms.*from 0 \(no limit\) to 2147483647/],
    [['--timeout-ms', '-5'], /--timeout-ms/],
    [['--jobs', '1000'], /--jobs.*from 1 to 64/],
    [['--jobs', '0'], /--jobs.*from 1 to 64/],
    [['--max-bytes', '9G'], /--max-bytes.*at most 256M/],
  ])('%j → a usage error (exit 2) naming the range', async (args, message) => {
    const r = await run([...args, 'fixtures/northwind-clinic.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('--timeout-ms 0 means no limit, and the largest value works', async () => {
    for (const ms of ['0', String(MAX_TIMEOUT_MS)]) {
      const r = await run(['--timeout-ms', ms, 'fixtures/northwind-clinic.txt']);
      expect(r.code, r.stderr).toBe(0);
    }
  });

  it('one article has a time budget by default (60 s + 30 s per MB), and --timeout-ms stops it in this thread', async () => {
    expect(defaultBudgetMs(0)).toBe(60_000);
    expect(defaultBudgetMs(10 * 1024 * 1024)).toBe(360_000);
    expect(budgetMs(undefined, 1024 * 1024)).toBe(90_000);
    expect(budgetMs(0, 1024 * 1024)).toBe(0);
    expect(defaultBudgetMs(1e15)).toBe(MAX_TIMEOUT_MS);
    const big = join(tmp, 'long.txt');
    writeFileSync(big, `${ARTICLE}\n\n`.repeat(200));
    const started = Date.now();
    const r = await run(['--timeout-ms', '20', big]);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/long\.txt: took longer than 20 ms \(raise it with --timeout-ms, 0 for none\)\n$/);
    // the thread is usable afterwards
    const again = await run(['fixtures/northwind-clinic.txt']);
    expect(again.code).toBe(0);
  });

  it('the worker heap is sized from --max-bytes (a 5 MB article no longer outgrows a fixed 160 MB)', () => {
    const small = workerLimits(1024 * 1024).maxOldGenerationSizeMb;
    const dflt = workerLimits(10 * 1024 * 1024).maxOldGenerationSizeMb;
    expect(dflt).toBeGreaterThan(small);
    // 5 MB of news peaked at 548 MB RSS in one thread: the default must leave room for twice that article
    expect(dflt).toBeGreaterThanOrEqual(160 + 10 * 80);
  });
});

describe('write errors are one line, with the right exit code (item 5)', () => {
  it('--errors on a full disk: one line, the failures still on stderr, exit 1', async () => {
    const r = await run(['--errors', '/dev/full', join(tmp, 'nope-1.txt'), join(tmp, 'nope-2.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('breach-extract: --errors /dev/full: cannot write: no space left on device\n');
    expect(r.stderr.match(/cannot write/g)).toHaveLength(1);
    expect(r.stderr).toMatch(/nope-2\.txt: no such file or folder/);
    cleanStderr(r.stderr);
  });
});

describe('an --errors FIFO nobody reads does not block the run (item 1)', () => {
  it.skipIf(!canFifo)('a usage error (exit 2) after a short wait, not a hang', async () => {
    const fifo = join(tmp, 'errors.fifo');
    mkfifo(fifo);
    const started = Date.now();
    const r = await run(['--errors', fifo, 'fixtures/northwind-clinic.txt']);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--errors .*errors\.fifo: a FIFO \(named pipe\) that nobody reads\n$/);
    // a reader at last lets the pending open finish (and be closed), so no thread stays blocked
    closeSync(openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK));
  });
});

describe('smaller (item 8)', () => {
  it('-f json on several inputs prints one JSON array', async () => {
    const r = await run(['-f', 'json', 'fixtures/northwind-clinic.txt', 'fixtures/northwind-clinic.txt']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Array.isArray(doc)).toBe(true);
    expect(doc).toHaveLength(2);
  });

  it('-f json on a folder with no readable article still prints a valid (empty) array', async () => {
    const r = await run(['-f', 'json', join(tmp, 'nope-a.txt'), join(tmp, 'nope-b.txt')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('-f json on one input prints one object, as before', async () => {
    const r = await run(['-f', 'json', 'fixtures/northwind-clinic.txt']);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(false);
  });

  it('a stream line starting with a UTF-8 BOM is read; malformed JSON is called malformed JSON', async () => {
    const lines = [`\ufeff${JSON.stringify({ id: 'a', text: ARTICLE })}`, '{"id": "b", "text": "unterminated', '[1, 2]', ''].join('\n');
    const tasks = [];
    for await (const t of ndjsonTasks(fakeStdin(lines), 1_000_000)) tasks.push(t);
    expect(tasks[0]).toMatchObject({ kind: 'text', id: 'a' });
    expect(tasks[1]).toMatchObject({ kind: 'error', reason: expect.stringMatching(/^malformed JSON/) });
    expect(tasks[2]).toMatchObject({ kind: 'error', reason: 'not a JSON object' });
  });

  it('a text of only `null` is an empty article, not the title "null"', () => {
    for (const text of ['null', 'null\n', '  undefined ']) {
      const doc = readDocument(text, { format: 'txt' });
      expect(doc.title).toBeNull();
      expect(doc.text).toBe('');
      expect(doc.warnings.join(' ')).toMatch(/placeholder for a missing text/);
    }
    expect(readDocument('Nullsoft hacked\n\nHackers stole data.', { format: 'txt' }).title).toBe('Nullsoft hacked');
  });
});
