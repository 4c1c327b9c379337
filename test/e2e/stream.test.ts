// The tool as a streaming mapper (Hadoop Streaming, Spark's RDD.pipe): 10,000 NDJSON lines through
// the real bin as a child process. Every id comes back once, in order; the child reads only as fast
// as it writes (back-pressure), and its memory stays flat.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';

const BIN = join(ROOT, 'bin', 'breach-extract.js');
const LINES = 10_000;

const COMPANIES = ['Harlow Freight', 'Quenby Dental Group', 'Marsh Lane Credit Union', 'Oakfield Tutors', 'Brightwater Energy'];
const DATA = ['names and email addresses', 'payment card numbers', 'home addresses and phone numbers', 'passwords'];

/** A short invented report, varied by index so no two lines are alike. */
function article(i: number): string {
  const company = `${COMPANIES[i % COMPANIES.length]} ${i}`;
  return [
    `${company} says hackers stole customer data`,
    '',
    `${company} said on Tuesday that an intruder had copied the ${DATA[i % DATA.length]} of ${1000 + i} customers from a billing server.`,
    '',
    `The company said it found the intrusion on March ${1 + (i % 27)} and had told the regulator. A spokesperson declined to say how the attacker got in.`,
    '',
    'The investigation is continuing, and customers have been offered credit monitoring for a year while the company reviews its systems and its suppliers.',
  ].join('\n');
}

/** Resident memory of a process in MB (Linux), or null where /proc is missing. */
function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

it.skipIf(!existsSync(join(ROOT, 'dist', 'cli.js')))('10,000 NDJSON lines: every id back in order, back-pressure, flat memory', async () => {
  const child = spawn(process.execPath, [BIN, '--input', 'ndjson', '-q', '--jobs', '2', '--published', '2024-04-02'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const ids: string[] = [];
  let stderr = '';
  let written = 0;
  let maxAhead = 0;
  const samples: Array<{ received: number; rss: number }> = [];

  let rest = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    for (const line of parts) ids.push((JSON.parse(line) as { source: { id: string } }).source.id);
  });
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const sampler = setInterval(() => {
    const rss = rssMb(child.pid!);
    if (rss !== null) samples.push({ received: ids.length, rss });
  }, 200);
  const closed = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));

  for (let i = 0; i < LINES; i++) {
    const ok = child.stdin.write(`${JSON.stringify({ id: `doc-${i}`, text: article(i) })}\n`);
    written++;
    maxAhead = Math.max(maxAhead, written - ids.length);
    if (!ok) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  const code = await closed;
  clearInterval(sampler);

  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(ids).toHaveLength(LINES);
  expect(ids.every((id, i) => id === `doc-${i}`)).toBe(true);
  // back-pressure: the writer is never far ahead of the records coming back (pipe buffers, the read
  // chunk and the workers' queue hold a few hundred short lines at most, not the whole input)
  expect(maxAhead).toBeLessThan(1_000);
  // flat memory: the last half of the run holds no more than the first quarter did, give or take
  const early = samples.filter((s) => s.received > 500 && s.received < LINES / 4).map((s) => s.rss);
  const late = samples.filter((s) => s.received >= LINES / 2).map((s) => s.rss);
  if (early.length && late.length) {
    expect(Math.max(...late)).toBeLessThan(Math.max(...early) * 1.3 + 40);
  }
}, 600_000);
