// The table of CLI cases. test/cli.test.ts runs each one twice: in-process through main() with fake
// streams, and through the real bin (node bin/breach-extract.js) as a child process.
// "{tmp}" in argv stands for a temporary folder that makeInputs() fills before the cases run.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { IncidentRecord } from '../src/record.js';
import { recordSchema } from '../src/record.js';
import { ROOT } from './helpers/fixtures.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliCase {
  name: string;
  /** Arguments after the program name; "{tmp}" is replaced by the temporary folder. */
  argv: string[];
  /** Bytes on stdin (a function of the temporary folder when the bytes are made there). */
  stdin?: string | Buffer | ((tmp: string) => Buffer);
  /** In-process only: reading stdin fails with this message (an internal error, not an input error). */
  stdinFails?: string;
  /** The case expects an internal error on stderr (and, with --debug, its stack). */
  internalError?: boolean;
  /** In-process only: stdin (and, with stdoutTTY, stdout) is a terminal. */
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  /** In-process only: stderr is a terminal (progress bar). */
  stderrTTY?: boolean;
  /** Environment on top of a clean one (no NO_COLOR, FORCE_COLOR, TERM). */
  env?: Record<string, string>;
  mode?: 'both' | 'in-process' | 'spawn';
  /** Only with SLOW=1. */
  slow?: boolean;
  /** Skip where the case cannot run (another platform). */
  skip?: () => boolean;
  code: number;
  check?: (result: CliResult, tmp: string) => void;
}

const fixture = (name: string) => `fixtures/${name}`;
const read = (name: string) => readFileSync(join(ROOT, 'fixtures', name));

/** Records on stdout: one JSON document, or NDJSON (one record per line). */
export function records(stdout: string): IncidentRecord[] {
  const text = stdout.trim();
  if (!text) return [];
  try {
    return [JSON.parse(text) as IncidentRecord];
  } catch {
    return text.split('\n').map((line) => JSON.parse(line) as IncidentRecord);
  }
}

const ndjsonLines = (stdout: string) => {
  expect(stdout.endsWith('\n')).toBe(true);
  const lines = stdout.slice(0, -1).split('\n');
  for (const line of lines) expect(line.startsWith('{') && line.endsWith('}')).toBe(true);
  return lines.map((l) => JSON.parse(l) as IncidentRecord);
};

/** Terminal control bytes other than newline; SGR colour sequences removed first when `allowColour`. */
const controlBytes = (s: string, allowColour: boolean) =>
  (allowColour ? s.replace(/\u001b\[[0-9;]*m/g, '') : s).match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g) ?? [];

const ARTICLE = [
  'Acme Widgets says hackers stole customer data',
  '',
  'Published: 29 November 2021',
  '',
  'Acme Widgets, a manufacturer based in Leeds, said on Monday that hackers had stolen the names and email addresses of about 12,000 customers.',
  '',
  'The company said it discovered the intrusion on November 11 and had informed the Information Commissioner\'s Office.',
  '',
].join('\n');

/** A deterministic pseudo-random byte stream (mulberry32). */
export function randomBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

/** A long article: `paragraphs` copies of a news paragraph. */
const longArticle = (paragraphs: number) =>
  `Long report on a data breach\n\n${Array.from({ length: paragraphs }, (_, i) =>
    `Paragraph ${i + 1}: the company said investigators were still reviewing which systems had been reached, and that customers would be contacted directly if their details were involved.`).join('\n\n')}\n`;

/** Create every input the cases use under `tmp`. */
export function makeInputs(tmp: string): void {
  const w = (name: string, data: string | Buffer) => {
    mkdirSync(join(tmp, name, '..'), { recursive: true });
    writeFileSync(join(tmp, name), data);
  };
  w('article.txt', ARTICLE);
  w('empty.txt', '');
  w('blank.md', '\n\n   \n');
  w('image.txt', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2048, 7)]));
  w('noise.txt', randomBytes(8192, 42));
  w('invalid-utf8.txt', Buffer.concat([Buffer.from('Acme Widgets says hackers stole customer data\n\nAcme Widgets said hackers stole data '), Buffer.from([0xc3, 0x28]), Buffer.from(' on Monday. The firm '), Buffer.from([0xff]), Buffer.from(' confirmed it.\n')]));
  w('latin1.txt', Buffer.from("Électricité de France: données dérobées\n\nLe fournisseur a déclaré à l'Agence que des données ont été dérobées. Les clients concernés seront prévenus très prochainement.\n", 'latin1'));
  w('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
  w('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ARTICLE)]));
  w('utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]));
  w('hostile.txt', [
    'Acme Widgets \u001b[2J\u001b[H says hackers \u001b]8;;https://evil.example/\u001b\\stole\u001b]8;;\u001b\\ customer data\u0008\u0008\u0008\u0007',
    '',
    'Acme Widgets said on Monday that hackers stole \u001b[31mcustomer data\u001b[0m from its shop. \u001b]0;pwned\u0007The firm\u0008\u0008 is investigating.',
    '',
  ].join('\n'));
  w('medium.txt', longArticle(150)); // about 27 KB
  w('deep.html', `<!doctype html><html><body>${'<div>'.repeat(20_000)}<p>Deep text.</p></body></html>`);
  w('news/b-story.md', read('pinewood-university.md'));
  w('news/a-story.txt', read('northwind-clinic.txt'));
  w('news/sub/c-story.html', read('riverton-council.html'));
  w('news/notes.csv', 'not,an,article\n');
  w('news/.hidden.txt', 'hidden files are skipped\n');
  w('no-articles/data.csv', 'a,b\n1,2\n');
  w('loop/inner/story.txt', ARTICLE);
  symlinkSync(join(tmp, 'loop'), join(tmp, 'loop/inner/back'), 'dir'); // a symlink loop
  w('line-separators.txt', 'Acme\u2028Widgets breached\n\nAcme said\u2029hackers stole data.\n');
  w('no-articles/sub/readme.json', '{}\n');
}

/** Create the 20 MB input only for the cases that need it. */
export function makeHuge(tmp: string): string {
  const path = join(tmp, 'huge.txt');
  const paragraph = `${'The company said the investigation was continuing and that it would update customers. '.repeat(20)}\n\n`;
  writeFileSync(path, paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length)));
  return path;
}

export const CASES: CliCase[] = [
  {
    name: 'one txt fixture → one JSON record',
    argv: [fixture('northwind-clinic.txt')],
    code: 0,
    check: ({ stdout }) => {
      expect(stdout.startsWith('{\n')).toBe(true);
      const [r] = records(stdout);
      expect(r!.source).toMatchObject({ path: 'fixtures/northwind-clinic.txt', format: 'txt', published: '2023-03-03', publishedFrom: 'text' });
      expect(r!.schemaVersion).toBe('1');
    },
  },
  {
    name: 'several files → NDJSON in the order given',
    argv: [fixture('velora-insurance.html'), fixture('orion-telecom.md'), fixture('baltic-rail-accounts.txt')],
    code: 0,
    check: ({ stdout }) => {
      expect(ndjsonLines(stdout).map((r) => [r.source.path, r.source.format])).toEqual([
        ['fixtures/velora-insurance.html', 'html'], ['fixtures/orion-telecom.md', 'md'], ['fixtures/baltic-rail-accounts.txt', 'txt'],
      ]);
    },
  },
  {
    name: '--format ndjson with one file → one line',
    argv: ['--format', 'ndjson', fixture('kestrel-savings-bank.txt')],
    code: 0,
    check: ({ stdout }) => expect(ndjsonLines(stdout)).toHaveLength(1),
  },
  {
    name: 'a folder → NDJSON sorted, recursive, hidden and foreign files skipped',
    argv: ['-v', '{tmp}/news'],
    code: 0,
    check: ({ stdout, stderr }, tmp) => {
      expect(ndjsonLines(stdout).map((r) => r.source.path)).toEqual([
        join(tmp, 'news/a-story.txt'), join(tmp, 'news/b-story.md'), join(tmp, 'news/sub/c-story.html'),
      ]);
      expect(stderr).toContain(`breach-extract: ${join(tmp, 'news/notes.csv')}: skipped`);
      expect(stderr).not.toContain('.hidden');
    },
  },
  {
    name: '--ext limits what a folder yields',
    argv: ['--ext', 'md', '{tmp}/news'],
    code: 0,
    check: ({ stdout }, tmp) => expect(ndjsonLines(stdout).map((r) => r.source.path)).toEqual([join(tmp, 'news/b-story.md')]),
  },
  {
    name: 'a folder with a symlink loop is walked once',
    argv: ['{tmp}/loop'],
    code: 0,
    check: ({ stdout }, tmp) => expect(ndjsonLines(stdout).map((r) => r.source.path)).toEqual([join(tmp, 'loop/inner/story.txt')]),
  },
  {
    name: 'a file named explicitly is read whatever its extension',
    argv: ['{tmp}/news/notes.csv'],
    code: 0,
    check: ({ stdout }) => expect(records(stdout)[0]!.source.format).toBe('txt'),
  },
  {
    name: 'U+2028 and U+2029 in the article do not break NDJSON lines',
    argv: ['--format', 'ndjson', '{tmp}/line-separators.txt', '{tmp}/article.txt'],
    code: 0,
    check: ({ stdout }) => expect(ndjsonLines(stdout)).toHaveLength(2),
  },
  {
    name: 'a folder with no articles → exit 1',
    argv: ['{tmp}/no-articles'],
    code: 1,
    check: ({ stdout, stderr }, tmp) => {
      expect(stdout).toBe('');
      expect(stderr).toContain(`breach-extract: ${join(tmp, 'no-articles')}: no articles in this folder`);
    },
  },
  {
    name: '- reads stdin; Markdown is sniffed (front matter)',
    argv: ['-'],
    stdin: read('pinewood-university.md'),
    code: 0,
    check: ({ stdout }) => {
      const [r] = records(stdout);
      expect(r!.source).toMatchObject({
        path: '-', format: 'md', published: '2022-08-19', publishedFrom: 'front-matter',
        title: 'Pinewood University warns students after phishing attack exposes records',
        url: 'https://www.southerncrossdaily.example/tech/pinewood-university-phishing',
      });
    },
  },
  {
    name: '- reads stdin; HTML is sniffed',
    argv: ['-'],
    stdin: read('meridale-hotels.html'),
    code: 0,
    check: ({ stdout }) => {
      const [r] = records(stdout);
      expect(r!.source).toMatchObject({
        path: '-', format: 'html', published: '2021-11-29', publishedFrom: 'html-meta',
        url: 'https://traveltradewire.example/news/2021/11/meridale-hotels-card-skimming',
      });
    },
  },
  {
    name: 'no operand and piped stdin → stdin is read',
    argv: [],
    stdin: ARTICLE,
    code: 0,
    check: ({ stdout }) => expect(records(stdout)[0]!.source).toMatchObject({ path: '-', format: 'txt', title: 'Acme Widgets says hackers stole customer data' }),
  },
  {
    name: '--input-format overrides sniffing',
    argv: ['--input-format', 'txt', '-'],
    stdin: read('meridale-hotels.html'),
    code: 0,
    check: ({ stdout }) => {
      const [r] = records(stdout);
      expect(r!.source.format).toBe('txt');
      expect(r!.source.publishedFrom).not.toBe('html-meta');
    },
  },
  {
    name: '--published overrides the article (publishedFrom "option")',
    argv: ['--published', '2021-11-29', fixture('northwind-clinic.txt')],
    code: 0,
    check: ({ stdout }) => expect(records(stdout)[0]!.source).toMatchObject({ published: '2021-11-29', publishedFrom: 'option' }),
  },
  {
    name: '--published notadate → usage error',
    argv: ['--published', 'notadate', fixture('northwind-clinic.txt')],
    code: 2,
    check: ({ stdout, stderr }) => {
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^breach-extract: .*--published.*YYYY-MM-DD/);
      expect(stderr).toContain("Try 'breach-extract --help'");
    },
  },
  {
    name: '--published with an impossible day → usage error',
    argv: ['-p', '2021-02-30', fixture('northwind-clinic.txt')],
    code: 2,
    check: ({ stdout }) => expect(stdout).toBe(''),
  },
  {
    name: 'unknown flag → usage error',
    argv: ['--frobnicate', fixture('northwind-clinic.txt')],
    code: 2,
    check: ({ stdout, stderr }) => {
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^breach-extract: unknown option '--frobnicate'/);
    },
  },
  {
    name: 'bad --format value → usage error',
    argv: ['--format', 'xml', fixture('northwind-clinic.txt')],
    code: 2,
    check: ({ stdout, stderr }) => {
      expect(stdout).toBe('');
      expect(stderr).toContain('xml');
    },
  },
  {
    name: 'bad --max-bytes value → usage error',
    argv: ['--max-bytes', 'lots', fixture('northwind-clinic.txt')],
    code: 2,
    check: ({ stdout }) => expect(stdout).toBe(''),
  },
  {
    name: 'stdin named twice → usage error',
    argv: ['-', '-'],
    stdin: ARTICLE,
    code: 2,
    check: ({ stdout, stderr }) => {
      expect(stdout).toBe('');
      expect(stderr).toContain('only once');
    },
  },
  {
    name: 'no input at all (stdin is a terminal) → usage error',
    argv: [],
    stdinTTY: true,
    mode: 'in-process',
    code: 2,
    check: ({ stderr }) => expect(stderr).toMatch(/^breach-extract: no input/),
  },
  {
    name: 'an internal error is one line on stderr, without a stack trace; the batch goes on',
    argv: ['-', '{tmp}/article.txt'],
    stdinFails: 'pipe burst',
    internalError: true,
    mode: 'in-process',
    code: 1,
    check: ({ stdout, stderr }, tmp) => {
      // the error, then the batch summary counting it
      expect(stderr).toMatch(/^breach-extract: -: internal error: pipe burst\nbreach-extract: 2 articles, [01] incidents?, 1 failed, \d+\.\d s\n$/);
      expect(ndjsonLines(stdout).map((r) => r.source.path)).toEqual([join(tmp, 'article.txt')]);
    },
  },
  {
    name: '--debug adds the stack trace of an internal error',
    argv: ['--debug', '-'],
    stdinFails: 'pipe burst',
    internalError: true,
    mode: 'in-process',
    code: 1,
    check: ({ stderr }) => {
      expect(stderr).toMatch(/^breach-extract: -: internal error: pipe burst\n/);
      expect(stderr).toMatch(/^\s+at /m);
    },
  },
  {
    name: 'a missing file → exit 1, the other inputs still printed',
    argv: [fixture('northwind-clinic.txt'), '{tmp}/missing.txt', fixture('kestrel-savings-bank.txt')],
    code: 1,
    check: ({ stdout, stderr }, tmp) => {
      expect(stderr).toContain(`breach-extract: ${join(tmp, 'missing.txt')}: no such file or folder\n`);
      expect(ndjsonLines(stdout).map((r) => r.source.path)).toEqual(['fixtures/northwind-clinic.txt', 'fixtures/kestrel-savings-bank.txt']);
    },
  },
  {
    name: 'an empty file → exit 0, isIncident false and a warning',
    argv: ['{tmp}/empty.txt'],
    code: 0,
    check: ({ stdout, stderr }, tmp) => {
      const [r] = records(stdout);
      expect(r!.isIncident).toBe(false);
      expect(r!.company).toBeNull();
      expect(r!.warnings.join(' ')).toMatch(/empty/);
      expect(stderr).toContain(`breach-extract: ${join(tmp, 'empty.txt')}: warning: `);
    },
  },
  {
    name: 'a file of blank lines → exit 0 with the empty-article warning',
    argv: ['{tmp}/blank.md'],
    code: 0,
    check: ({ stdout }) => expect(records(stdout)[0]!.warnings.join(' ')).toMatch(/empty/),
  },
  {
    name: '--quiet silences warnings but keeps them in the record',
    argv: ['-q', '{tmp}/empty.txt'],
    code: 0,
    check: ({ stdout, stderr }) => {
      expect(stderr).toBe('');
      expect(records(stdout)[0]!.warnings.length).toBeGreaterThan(0);
    },
  },
  {
    name: 'a PNG named .txt → exit 1 (binary)',
    argv: ['{tmp}/image.txt'],
    code: 1,
    check: ({ stdout, stderr }, tmp) => {
      expect(stdout).toBe('');
      expect(stderr).toBe(`breach-extract: ${join(tmp, 'image.txt')}: binary file (looks like a PNG image), not an article\n`);
    },
  },
  {
    name: 'binary on stdin → exit 1',
    argv: ['-'],
    stdin: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(512, 3)]),
    code: 1,
    check: ({ stdout, stderr }) => {
      expect(stdout).toBe('');
      expect(stderr).toBe('breach-extract: -: binary file (looks like a PNG image), not an article\n');
    },
  },
  {
    name: 'random bytes (fixed seed) → exit 1 (binary), the good input still printed',
    argv: ['{tmp}/noise.txt', '{tmp}/article.txt'],
    code: 1,
    check: ({ stdout, stderr }, tmp) => {
      expect(stderr).toMatch(new RegExp(`^breach-extract: ${escape(join(tmp, 'noise.txt'))}: binary file`, 'm'));
      expect(ndjsonLines(stdout).map((r) => r.source.path)).toEqual([join(tmp, 'article.txt')]);
    },
  },
  {
    name: 'absurdly nested HTML → exit 1 with a reason, no crash',
    argv: ['{tmp}/deep.html', '{tmp}/article.txt'],
    code: 1,
    check: ({ stdout, stderr }, tmp) => {
      expect(stderr).toContain(`breach-extract: ${join(tmp, 'deep.html')}: HTML nested too deeply to read`);
      expect(ndjsonLines(stdout).map((r) => r.source.path)).toEqual([join(tmp, 'article.txt')]);
    },
  },
  {
    name: 'invalid UTF-8 → exit 0 with a warning about replaced bytes',
    argv: ['{tmp}/invalid-utf8.txt'],
    code: 0,
    check: ({ stdout, stderr }) => {
      const [r] = records(stdout);
      expect(r!.warnings).toContain('invalid UTF-8: 2 byte sequences replaced with U+FFFD');
      expect(stderr).toContain('warning: invalid UTF-8: 2 byte sequences replaced');
      expect(r!.source.title).toBe('Acme Widgets says hackers stole customer data');
    },
  },
  {
    name: 'a Latin-1 (Windows-1252) article is read as such, with a warning',
    argv: ['{tmp}/latin1.txt'],
    code: 0,
    check: ({ stdout, stderr }) => {
      const [r] = records(stdout);
      expect(r!.source.title).toBe('Électricité de France: données dérobées');
      expect(r!.warnings).toContain('not UTF-8: read as Windows-1252 (Latin-1)');
      expect(stderr).toContain('warning: not UTF-8');
    },
  },
  {
    name: 'UTF-16LE with a BOM is read correctly',
    argv: ['{tmp}/utf16le.txt'],
    code: 0,
    check: ({ stdout }) => expect(records(stdout)[0]!.source).toMatchObject({ title: 'Acme Widgets says hackers stole customer data', published: '2021-11-29' }),
  },
  {
    name: 'UTF-16BE with a BOM is read correctly',
    argv: ['{tmp}/utf16be.txt'],
    code: 0,
    check: ({ stdout }) => expect(records(stdout)[0]!.source).toMatchObject({ title: 'Acme Widgets says hackers stole customer data', published: '2021-11-29' }),
  },
  {
    name: 'a UTF-8 BOM is dropped',
    argv: ['{tmp}/utf8-bom.txt'],
    code: 0,
    check: ({ stdout, stderr }) => {
      expect(records(stdout)[0]!.source.title).toBe('Acme Widgets says hackers stole customer data');
      expect(stdout).not.toContain('\ufeff');
      expect(stderr).toBe('');
    },
  },
  {
    name: 'UTF-16 from stdin',
    argv: ['-'],
    stdin: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]),
    code: 0,
    check: ({ stdout }) => expect(records(stdout)[0]!.source.title).toBe('Acme Widgets says hackers stole customer data'),
  },
  {
    name: 'a 20 MB file is refused by default, naming --max-bytes',
    argv: ['{tmp}/huge.txt', '{tmp}/article.txt'],
    code: 1,
    check: ({ stdout, stderr }, tmp) => {
      expect(stderr).toMatch(new RegExp(`^breach-extract: ${escape(join(tmp, 'huge.txt'))}: too large: .*--max-bytes`, 'm'));
      expect(ndjsonLines(stdout).map((r) => r.source.path)).toEqual([join(tmp, 'article.txt')]);
    },
  },
  {
    name: 'a 20 MB file is accepted with --max-bytes 30M',
    argv: ['--max-bytes', '30M', '-q', '{tmp}/huge.txt'],
    slow: true,
    code: 0,
    check: ({ stdout }) => expect(records(stdout)).toHaveLength(1),
  },
  {
    name: '--max-bytes 20k refuses a 27 KB file',
    argv: ['--max-bytes', '20k', '{tmp}/medium.txt'],
    code: 1,
    check: ({ stdout, stderr }) => {
      expect(stdout).toBe('');
      expect(stderr).toMatch(/too large: \d+ bytes, over the limit of 20480 bytes \(raise it with --max-bytes\)/);
    },
  },
  {
    name: '--max-bytes 1M accepts it',
    argv: ['--max-bytes', '1M', '{tmp}/medium.txt'],
    code: 0,
    check: ({ stdout }) => expect(records(stdout)[0]!.source.title).toBe('Long report on a data breach'),
  },
  {
    name: 'a device or pipe is refused (not a regular file), never read forever: /dev/zero',
    argv: ['--max-bytes', '1M', '/dev/zero'],
    skip: () => !existsSync('/dev/zero'),
    code: 1,
    check: ({ stdout, stderr }) => {
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^breach-extract: \/dev\/zero: not a regular file: a device; pipe its contents to stdin with "-" instead\n$/);
    },
  },
  {
    name: '--max-bytes applies to stdin too',
    argv: ['--max-bytes', '1k', '-'],
    stdin: longArticle(40),
    code: 1,
    check: ({ stdout, stderr }) => {
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^breach-extract: -: too large: more than \d+ bytes.*--max-bytes/);
    },
  },
  {
    name: 'hostile text ("according to " x 10,000 on one line) is read, not hung on',
    argv: ['-q', '-'],
    stdin: `Title\n\n${'according to '.repeat(10_000)}\n`,
    code: 0,
    check: ({ stdout }) => expect(records(stdout)).toHaveLength(1),
  },
  {
    name: '--format pretty with NO_COLOR has no escape sequences',
    argv: ['--format', 'pretty', fixture('northwind-clinic.txt')],
    env: { NO_COLOR: '1', FORCE_COLOR: '1' },
    code: 0,
    check: ({ stdout }) => {
      expect(stdout).toContain('Northwind Family Clinic says patient files were stolen');
      expect(stdout).not.toContain('\u001b');
    },
  },
  {
    name: '--format pretty with FORCE_COLOR=1 has colour',
    argv: ['--format', 'pretty', fixture('northwind-clinic.txt')],
    env: { FORCE_COLOR: '1' },
    code: 0,
    check: ({ stdout }) => {
      expect(stdout).toMatch(/\u001b\[\d+m/);
      expect(controlBytes(stdout, true)).toEqual([]);
    },
  },
  {
    name: '--format pretty on a pipe without FORCE_COLOR has no colour',
    argv: ['--format', 'pretty', fixture('northwind-clinic.txt')],
    code: 0,
    check: ({ stdout }) => expect(stdout).not.toContain('\u001b'),
  },
  {
    name: 'a terminal gets the pretty card in colour by default',
    argv: [fixture('northwind-clinic.txt')],
    stdoutTTY: true,
    mode: 'in-process',
    code: 0,
    check: ({ stdout }) => {
      expect(stdout).toMatch(/\u001b\[\d+m/);
      expect(() => JSON.parse(stdout)).toThrow();
    },
  },
  {
    name: 'a terminal with NO_COLOR gets the card without colour',
    argv: [fixture('northwind-clinic.txt')],
    stdoutTTY: true,
    env: { NO_COLOR: '1' },
    mode: 'in-process',
    code: 0,
    check: ({ stdout }) => {
      expect(stdout).toContain('Northwind Family Clinic');
      expect(stdout).not.toContain('\u001b');
    },
  },
  {
    name: 'pretty output drops the article\'s control sequences (no colour)',
    argv: ['--format', 'pretty', '{tmp}/hostile.txt'],
    env: { NO_COLOR: '1' },
    code: 0,
    check: ({ stdout }) => {
      expect(stdout).toContain('Acme Widgets');
      expect(controlBytes(stdout, false)).toEqual([]);
    },
  },
  {
    name: 'pretty output drops the article\'s control sequences (with colour)',
    argv: ['--format', 'pretty', '{tmp}/hostile.txt'],
    env: { FORCE_COLOR: '1' },
    code: 0,
    check: ({ stdout }) => {
      expect(stdout).not.toContain('\u001b[2J');
      expect(stdout).not.toContain('\u001b]');
      expect(stdout).not.toContain('\u0008');
      expect(stdout).not.toContain('\u0007');
      expect(stdout).not.toContain('evil.example');
      expect(controlBytes(stdout, true)).toEqual([]);
    },
  },
  {
    name: 'JSON output escapes the article\'s control characters',
    argv: ['{tmp}/hostile.txt'],
    code: 0,
    check: ({ stdout }) => {
      expect(controlBytes(stdout.replace(/\n/g, ''), false)).toEqual([]);
      expect(records(stdout)[0]!.source.title).toContain('Acme Widgets');
    },
  },
  {
    name: '--schema prints the JSON Schema',
    argv: ['--schema'],
    code: 0,
    check: ({ stdout, stderr }) => {
      expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(recordSchema)));
      expect(stderr).toBe('');
    },
  },
  {
    name: '--help → exit 0, usage and exit codes on stdout',
    argv: ['--help'],
    code: 0,
    check: ({ stdout, stderr }) => {
      expect(stdout).toMatch(/^Usage: breach-extract/);
      expect(stdout).toContain('Exit codes:');
      expect(stdout).toContain('--max-bytes');
      expect(stderr).toBe('');
    },
  },
  {
    name: '--version prints the package version',
    argv: ['--version'],
    code: 0,
    check: ({ stdout }) => expect(stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version),
  },
  // ---- batches: workers, order, summary, failures, streams ----------------------------------------
  {
    name: 'a batch: records in input order, one error line for the bad file, a summary that agrees',
    argv: ['--jobs', '2', '{tmp}/news', '{tmp}/image.txt', '{tmp}/article.txt'],
    code: 1,
    check: ({ stdout, stderr }, tmp) => {
      expect(ndjsonLines(stdout).map((r) => r.source.path)).toEqual(
        ['news/a-story.txt', 'news/b-story.md', 'news/sub/c-story.html', 'article.txt'].map((p) => join(tmp, p)));
      const lines = stderr.trim().split('\n');
      expect(lines.filter((l) => l.includes('image.txt'))).toHaveLength(1);
      expect(lines.at(-1)).toMatch(/^breach-extract: 5 articles, \d incidents?, 1 failed, \d+\.\d s$/);
    },
  },
  {
    name: '--jobs 1 and --jobs 3 print the same bytes',
    argv: ['--jobs', '1', '{tmp}/news', '{tmp}/article.txt', '{tmp}/medium.txt'],
    code: 0,
    check: ({ stdout }, tmp) => {
      const other = execFileSync(process.execPath, [join(ROOT, 'bin', 'breach-extract.js'), '-q', '--jobs', '3', join(tmp, 'news'), join(tmp, 'article.txt'), join(tmp, 'medium.txt')], { encoding: 'utf8' });
      expect(other).toBe(stdout);
      expect(ndjsonLines(stdout)).toHaveLength(5);
    },
  },
  {
    name: '--quiet drops the summary; stdout carries records only',
    argv: ['-q', '{tmp}/news'],
    code: 0,
    check: ({ stdout, stderr }) => {
      expect(stderr).toBe('');
      expect(ndjsonLines(stdout)).toHaveLength(3);
    },
  },
  {
    name: 'a glob picks articles under its fixed folders, sorted',
    argv: ['{tmp}/news/**/*.{md,html}'],
    code: 0,
    check: ({ stdout }, tmp) => {
      expect(ndjsonLines(stdout).map((r) => r.source.path)).toEqual([join(tmp, 'news/b-story.md'), join(tmp, 'news/sub/c-story.html')]);
    },
  },
  {
    name: 'a glob that matches nothing is an error naming the pattern',
    argv: ['{tmp}/news/**/*.pdf'],
    code: 1,
    check: ({ stdout, stderr }) => {
      expect(stdout).toBe('');
      expect(stderr).toMatch(/news\/\*\*\/\*\.pdf: no articles match this pattern/);
    },
  },
  {
    name: '--errors FILE gets one {"path","error"} line per failure',
    argv: ['-q', '--errors', '{tmp}/failed.ndjson', '{tmp}/article.txt', '{tmp}/missing.txt', '{tmp}/image.txt'],
    code: 1,
    check: ({ stdout }, tmp) => {
      expect(ndjsonLines(stdout)).toHaveLength(1);
      const failed = readFileSync(join(tmp, 'failed.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path: string; error: string });
      expect(failed.map((f) => f.path)).toEqual([join(tmp, 'missing.txt'), join(tmp, 'image.txt')]);
      expect(failed[0]!.error).toBe('no such file or folder');
      expect(Object.keys(failed[1]!).sort()).toEqual(['error', 'path']);
    },
  },
  {
    name: '--errors into a folder that does not exist → usage error before any work',
    argv: ['--errors', '{tmp}/no/such/dir/failed.ndjson', '{tmp}/article.txt'],
    code: 2,
    check: ({ stdout, stderr }) => {
      expect(stdout).toBe('');
      expect(stderr).toMatch(/--errors .*: no such file or folder/);
    },
  },
  {
    name: '--input ndjson: one record per line with source.id; bad lines are errors naming line and id',
    argv: ['--input', 'ndjson'],
    stdin: [
      JSON.stringify({ id: 'a-1', text: read('northwind-clinic.txt').toString('utf8'), url: 'https://news.example/northwind' }),
      'this is not json',
      '',
      JSON.stringify({ id: 7, text: read('pinewood-university.md').toString('utf8'), published: '2023-05-02' }),
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'html', text: read('riverton-council.html').toString('utf8'), format: 'html' }),
      JSON.stringify({ text: ARTICLE, title: 'Given title' }),
    ].join('\n'),
    code: 1,
    check: ({ stdout, stderr }) => {
      const recs = ndjsonLines(stdout);
      // a line without an id gets the hash of the line (the same in any mapper or re-run)
      const hashed = `line-${createHash('sha256').update(JSON.stringify({ text: ARTICLE, title: 'Given title' })).digest('hex').slice(0, 16)}`;
      expect(recs.map((r) => (r.source as { id?: string }).id)).toEqual(['a-1', '7', 'html', hashed]);
      expect(recs.map((r) => r.source.path)).toEqual(['-', '-', '-', '-']);
      expect(recs[0]!.source.url).toBe('https://news.example/northwind');
      expect(recs[1]!.source.published).toBe('2023-05-02');
      expect(recs[2]!.source.format).toBe('html');
      expect(stderr).toContain(`breach-extract: -:2 (id line-${createHash('sha256').update('this is not json').digest('hex').slice(0, 16)}): malformed JSON\n`);
      expect(stderr).toContain('breach-extract: -:5 (id no-text): no "text" string\n');
      expect(stderr.trim().split('\n').at(-1)).toMatch(/^breach-extract: 6 articles, \d incidents?, 2 failed, /);
    },
  },
  {
    name: '--input ndjson --keep-going --error-records: exit 0, one stdout line per input line, failures still on stderr and in --errors',
    argv: ['-q', '--input', 'ndjson', '--keep-going', '--error-records', '--errors', '{tmp}/stream-failed.ndjson'],
    stdin: [
      JSON.stringify({ id: 'ok-1', text: ARTICLE, published: '2023-11-03T22:10:00-05:00' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'ok-2', text: ARTICLE, published: 'Fri, 3 Nov 2023 10:22:00 +0000' }),
    ].join('\n') + '\n',
    code: 0,
    check: ({ stdout, stderr }, tmp) => {
      const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: { id?: string; published?: string }; error?: string });
      expect(lines).toHaveLength(4);
      expect(lines[0]!.source).toMatchObject({ id: 'ok-1', published: '2023-11-03' });
      expect(lines[1]!.source.id).toMatch(/^line-[0-9a-f]{16}$/);
      expect(lines[1]!.error).toBe('malformed JSON');
      expect(lines[2]).toEqual({ source: { id: 'no-text' }, error: 'no "text" string' });
      expect(lines[3]!.source).toMatchObject({ id: 'ok-2', published: '2023-11-03' });
      expect(stderr).toContain('breach-extract: -:3 (id no-text): no "text" string\n');
      const failed = readFileSync(join(tmp, 'stream-failed.ndjson'), 'utf8').trim().split('\n');
      expect(failed).toHaveLength(2);
    },
  },
  {
    name: '--input ndjson: a "published" that is not a date is a warning on the record, not a lost article',
    argv: ['--input', 'ndjson'],
    stdin: `${JSON.stringify({ id: 'x', text: ARTICLE, published: 'last Tuesday' })}\n`,
    code: 0,
    check: ({ stdout, stderr }) => {
      const rec = JSON.parse(stdout) as { source: { published: string | null; publishedFrom?: string }; warnings: string[] };
      expect(rec.source.publishedFrom).not.toBe('option');
      expect(rec.warnings.some((w) => w.includes('"published" "last Tuesday" is not a date'))).toBe(true);
      expect(stderr).toMatch(/breach-extract: -:1 \(id x\): warning: "published" "last Tuesday" is not a date/);
    },
  },
  {
    name: '--input ndjson with a file operand → usage error',
    argv: ['--input', 'ndjson', '{tmp}/article.txt'],
    code: 2,
    check: ({ stderr }) => expect(stderr).toMatch(/--input ndjson reads its articles from stdin/),
  },
  {
    name: '--input ndjson holds each line to --max-bytes, and goes on',
    argv: ['-q', '--input', 'ndjson', '--max-bytes', '2k'],
    stdin: [JSON.stringify({ id: 'big', text: 'word '.repeat(2000) }), JSON.stringify({ id: 'small', text: ARTICLE })].join('\n') + '\n',
    code: 1,
    check: ({ stdout, stderr }) => {
      expect(ndjsonLines(stdout).map((r) => (r.source as { id?: string }).id)).toEqual(['small']);
      expect(stderr).toMatch(/^breach-extract: -:1: too large: a line over the limit of 2048 bytes \(raise it with --max-bytes\)\n$/);
    },
  },
  {
    name: '--timeout-ms: an article over the budget is an error naming the flag; the batch goes on',
    argv: ['-q', '--timeout-ms', '1', '{tmp}/medium.txt', '{tmp}/medium.txt'],
    mode: 'spawn',
    code: 1,
    check: ({ stdout, stderr }) => {
      expect(stdout).toBe('');
      expect(stderr.match(/medium\.txt: took longer than 1 ms \(raise it with --timeout-ms, 0 for none\)/g)).toHaveLength(2);
    },
  },
  {
    name: 'stderr on a terminal gets a progress bar, redrawn in place and erased before the summary',
    argv: ['{tmp}/news'],
    stderrTTY: true,
    mode: 'in-process',
    code: 0,
    check: ({ stderr }) => {
      expect(stderr).toMatch(/\r\u001b\[K\[[#.]{24}\] 1\/3 {2}\d+\.\d\/s {2}ETA /);
      expect(stderr).toMatch(/\r\u001b\[Kbreach-extract: 3 articles, \d incidents?, 0 failed, \d+\.\d s\n$/);
    },
  },
  {
    name: '--quiet: no progress bar and no summary, even on a terminal',
    argv: ['-q', '{tmp}/news'],
    stderrTTY: true,
    mode: 'in-process',
    code: 0,
    check: ({ stderr }) => expect(stderr).toBe(''),
  },
  {
    name: 'bad --jobs value → usage error',
    argv: ['--jobs', '0', '{tmp}/article.txt'],
    code: 2,
    check: ({ stderr }) => expect(stderr).toMatch(/--jobs/),
  },
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
