// NDJSON input lines: the `published` forms crawlers send, the stable id of a line without one, and a
// bad line as an error task that still names an id.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lineId, ndjsonTasks, publishedDay } from '../src/batch/ndjson.js';
import type { Task } from '../src/batch/task.js';

async function tasksOf(text: string): Promise<Task[]> {
  const out: Task[] = [];
  async function* chunks() { yield Buffer.from(text); }
  for await (const t of ndjsonTasks(chunks(), 1 << 20)) out.push(t);
  return out;
}

describe('publishedDay', () => {
  const days: Array<[string, string]> = [
    ['2017-11-03', '2017-11-03'],
    ['2017-11-3', '2017-11-03'],
    ['2017-1-9', '2017-01-09'],
    ['20171103', '2017-11-03'],
    ['2017-11-03T10:22:00Z', '2017-11-03'],
    ['2017-11-03T10:22Z', '2017-11-03'],
    ['2017-11-03T10:22:00.123+05:30', '2017-11-03'],
    // the day where it was published, not the UTC day
    ['2017-11-03T23:30:00-05:00', '2017-11-03'],
    ['2017-11-03 08:00:00+0100', '2017-11-03'],
    ['Fri, 03 Nov 2017 10:22:00 +0000', '2017-11-03'],
    ['Fri, 3 Nov 2017 10:22:00 GMT', '2017-11-03'],
    ['3 Nov 2017', '2017-11-03'],
    ['03 November 2017 10:22 EST', '2017-11-03'],
    [' 2017-11-03 ', '2017-11-03'],
  ];
  for (const [given, want] of days) it(`${JSON.stringify(given)} → ${want}`, () => expect(publishedDay(given)).toBe(want));

  const bad = ['', 'yesterday', '2017-13-01', '2017-02-30', '11/03/2017', '2017-11', '2017-11-03T25', '31 Foo 2017', '201711031'];
  for (const given of bad) it(`${JSON.stringify(given)} is not a date`, () => expect(publishedDay(given)).toBeUndefined());
});

describe('ndjsonTasks', () => {
  it('gives a line without an id the hash of the line, the same on every run', async () => {
    const line = JSON.stringify({ text: 'Hackers stole data from an invented firm.' });
    const [a] = await tasksOf(`${line}\n`);
    const [b] = await tasksOf(`\n${line}\n`);
    const want = `line-${createHash('sha256').update(line).digest('hex').slice(0, 16)}`;
    expect(lineId(line)).toBe(want);
    expect(a!.id).toBe(want);
    expect(b!.id).toBe(want);
  });

  it('keeps a given id (a number becomes a string)', async () => {
    const tasks = await tasksOf(`${JSON.stringify({ id: 12, text: 'x' })}\n${JSON.stringify({ id: 'k', text: 'y' })}\n`);
    expect(tasks.map((t) => t.id)).toEqual(['12', 'k']);
  });

  it('a bad published date is a warning on the line, not an error', async () => {
    const [t] = await tasksOf(`${JSON.stringify({ id: 'p', text: 'x', published: 'soon' })}\n`);
    expect(t!.kind).toBe('text');
    if (t!.kind !== 'text') return;
    expect(t.meta.published).toBeUndefined();
    expect(t.meta.warnings).toEqual(['"published" "soon" is not a date (ISO 8601 or RFC 2822): ignored']);
  });

  it('a good one is read as its day', async () => {
    const [t] = await tasksOf(`${JSON.stringify({ id: 'p', text: 'x', published: '2020-2-29T01:00:00+09:00' })}\n`);
    expect(t!.kind === 'text' && t.meta.published).toBe('2020-02-29');
  });

  it('a line that is not JSON is an error task with the line\'s hash as id', async () => {
    const [t] = await tasksOf('{oops\n');
    expect(t).toMatchObject({ kind: 'error', where: '-:1', id: lineId('{oops'), reason: expect.stringMatching(/^malformed JSON/) });
  });
});
