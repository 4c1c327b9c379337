// The README's Hadoop Streaming mapper recipe, run locally end to end: the archive built by
// scripts/build-archive.mjs, unpacked as be/; an NDJSON input (ids given and missing, ISO and RFC 2822
// dates, malformed lines) split in two; two mappers at once, each
// `sh be/breach-extract --input ndjson --quiet --jobs 1 --keep-going --error-records`; the outputs
// concatenated. Every mapper exits 0 and every input line comes back exactly once, by id.
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { lineId } from '../../src/batch/ndjson.js';
import { ROOT } from '../helpers/fixtures.js';

const COMPANIES = ['Quillmere Foods', 'Dunmore Freight', 'Saltmarsh Dental', 'Orchid Lane Bank', 'Tessel Robotics'];
const DATES = ['2023-04-05', '2023-4-5', '2023-04-05T09:15:00Z', '2023-04-05T23:50:00-07:00', 'Wed, 5 Apr 2023 09:15:00 +0000', 'not a date'];

function line(i: number): string {
  if (i % 17 === 5) return `{"id": "broken-${i}", "text": `; // malformed JSON
  const company = COMPANIES[i % COMPANIES.length]!;
  const text = `${company} says intruder copied customer files\n\n${company} said on Monday that an intruder had copied the names and email addresses of ${200 + i} customers from a support system.`;
  const article: Record<string, unknown> = { text, published: DATES[i % DATES.length] };
  if (i % 4 !== 0) article.id = `doc-${i}`; // every fourth line without an id
  return JSON.stringify(article);
}

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'breach-extract-cluster-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-archive.mjs'), '--no-build', '--out', join(tmp, 'breach-extract.tgz')], { cwd: ROOT, stdio: 'pipe' });
  mkdirSync(join(tmp, 'be'));
  execFileSync('tar', ['xzf', join(tmp, 'breach-extract.tgz'), '-C', join(tmp, 'be')]);
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function mapper(input: string, output: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', [join(tmp, 'be', 'breach-extract'), '--input', 'ndjson', '--quiet', '--jobs', '1', '--keep-going', '--error-records'], { cwd: tmp, stdio: ['pipe', 'pipe', 'pipe'] });
    createReadStream(input).pipe(child.stdin);
    child.stdout.pipe(createWriteStream(output));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  });
}

it('two mappers over a split NDJSON input: exit 0, every line once', async () => {
  const lines = Array.from({ length: 60 }, (_, i) => line(i));
  const wanted = lines.map((l, i) => (i % 17 === 5 || i % 4 === 0 ? lineId(l) : `doc-${i}`));
  writeFileSync(join(tmp, 'part-00000'), `${lines.slice(0, 30).join('\n')}\n`);
  writeFileSync(join(tmp, 'part-00001'), `${lines.slice(30).join('\n')}\n`);
  const codes = await Promise.all([mapper(join(tmp, 'part-00000'), join(tmp, 'out-00000')), mapper(join(tmp, 'part-00001'), join(tmp, 'out-00001'))]);
  expect(codes).toEqual([0, 0]);
  const out = ['out-00000', 'out-00001'].flatMap((f) => readFileSync(join(tmp, f), 'utf8').trim().split('\n')).map((l) => JSON.parse(l) as { source: { id: string; published?: string | null }; error?: string; warnings?: string[] });
  expect(out.map((r) => r.source.id).sort()).toEqual([...wanted].sort());
  expect(new Set(out.map((r) => r.source.id)).size).toBe(lines.length);
  const errors = out.filter((r) => r.error !== undefined);
  expect(errors).toHaveLength(lines.filter((_, i) => i % 17 === 5).length);
  for (const r of out.filter((x) => x.error === undefined)) {
    const i = Number(/^doc-(\d+)$/.exec(r.source.id)?.[1] ?? lines.findIndex((l) => lineId(l) === r.source.id));
    if (DATES[i % DATES.length] === 'not a date') expect(r.warnings!.some((w) => w.includes('is not a date'))).toBe(true);
    else expect(r.source.published).toBe('2023-04-05');
  }
});
