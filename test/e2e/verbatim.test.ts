// No run of 8 or more words in src/, test/ or fixtures/ may stand word for word in a corpus article
// (scripts/verbatim.mjs; comments, tests and fixtures use invented sentences). Skipped when ../shared
// is absent; any hit fails and is listed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpus');

it.skipIf(!existsSync(CORPUS))('no 8-word run copied from the corpus (../shared)', () => {
  let out = '';
  try {
    out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'verbatim.mjs'), '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    if (e.status !== 1) throw new Error(`verbatim.mjs failed: ${e.stderr ?? error}`);
    out = e.stdout ?? '';
  }
  const hits = JSON.parse(out || '[]') as Array<{ file: string; line: number; words: string }>;
  expect(hits.map((h) => `${h.file}:${h.line}  ${h.words}`)).toEqual([]);
});
