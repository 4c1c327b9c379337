// breach-extract merge: which records tell one incident, and the merged view of it. Records are invented.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { mergeRecords, normaliseName, type MergedIncident } from '../../src/merge/index.js';
import { acronym, initials } from '../../src/merge/name.js';
import { mergeSchema } from '../../src/merge/schema.js';
import { fakeStdin, Sink } from '../helpers/streams.js';
import { rec, shuffled } from './records.js';

const paths = (m: MergedIncident) => m.articles.map((a) => a.path);
const groups = (ms: MergedIncident[]) => ms.map(paths);

describe('normaliseName', () => {
  it('gives the acronyms a full name can be written as', () => {
    expect(initials('Tarn Valley Department of Roads')).toEqual(['tvdor', 'tvdr']);
    expect(initials('Pellmoor Hotels Group')).toEqual(['phg']);
    expect(acronym('TVDR')).toBe('tvdr');
    expect(acronym('Tvdr')).toBeNull();
    expect(acronym('AB')).toBeNull();
  });
  it.each([
    ['Harbourline Freight Ltd.', 'harbourline freight'],
    ['HARBOURLINE FREIGHT, INC', 'harbourline freight'],
    ['Harbourliné Freight plc', 'harbourline freight'],
    ['Kiyomizu Denki K.K.', 'kiyomizu denki'],
    ['Bergmann Optik AG', 'bergmann optik'],
    ['Fenwick & Daughters Holdings Co., Ltd', 'fenwick and daughters'],
    ['The City of Brackenford', 'brackenford'],
    ["O'Malley's Bakeries", 'omalleys bakeries'],
    ['Ltd', ''],
  ])('%s → %s', (name, key) => {
    expect(normaliseName(name)).toBe(key);
  });
  it('keeps distinctive words that only look like suffixes inside a name', () => {
    expect(normaliseName('Group Nine Media')).toBe('group nine media');
    expect(normaliseName('Harbourline Freight Partners')).not.toBe(normaliseName('Harbourline Freight'));
  });
});

describe('mergeRecords: one incident over several articles', () => {
  const story = [
    rec({ path: 'a.md', published: '2024-03-04', victim: 'Harbourline Freight Ltd', country: 'GB', count: 1_200_000, dates: [['discovered', '2024-02']], data: [['contact', 'reported']], sources: ['Wire One'] }),
    rec({ path: 'b.md', published: '2024-03-05', victim: 'Harbourline Freight', country: 'GB', count: 1_250_000, dates: [['discovered', '2024-02-21'], ['disclosed', '2024-03-01']], data: [['contact', 'confirmed']], sources: ['Harbourline Freight'] }),
    rec({ path: 'c.md', published: '2024-03-20', victim: 'HARBOURLINE FREIGHT', country: 'IE', count: null, approximate: true, dates: [['breach-start', '2024-01']], data: [['payment', 'denied']] }),
    rec({ path: 'd.md', published: '2024-03-06', victim: 'Harbourline Freight', data: [['payment', 'reported']] }),
  ];
  const [m, ...rest] = mergeRecords(story);

  it('puts the four articles in one incident, in publication order', () => {
    expect(rest).toEqual([]);
    expect(paths(m!)).toEqual(['a.md', 'b.md', 'd.md', 'c.md']);
    expect(m!.id).toBe('harbourline-freight/2024-03-04');
  });

  it('keeps each count with its support and flags the disagreement', () => {
    expect(m!.affected.values.map((v) => [v.value.count, v.support.map((s) => s.article)])).toEqual([
      [1_200_000, [0]], [1_250_000, [1]], [null, [3]],
    ]);
    // 1,250,000 is more precise than 1.2 million
    expect(m!.affected.best).toEqual({ count: 1_250_000, unit: 'people' });
    expect(m!.affected.conflicts).toHaveLength(1);
    expect(m!.affected.conflicts[0]!.values.map((v) => v.count)).toEqual([1_200_000, 1_250_000]);
    expect(m!.affected.values[0]!.support[0]!.evidence[0]).toMatchObject({ line: 8, column: 1 });
  });

  it('reads a finer date inside a coarser one as agreement, and picks the finer one', () => {
    expect(m!.dates.discovered.best).toBe('2024-02-21');
    expect(m!.dates.discovered.conflicts).toEqual([]);
    expect(m!.dates.discovered.values.map((v) => v.value)).toEqual(['2024-02', '2024-02-21']);
  });

  it('reads reported then confirmed as progress, and confirmed vs denied as a conflict', () => {
    // the victim's later denial outranks a third party's report, and both stay on record
    expect(m!.data.best).toEqual([
      { category: 'contact', subject: 'customers', status: 'confirmed' },
      { category: 'payment', subject: 'customers', status: 'denied' },
    ]);
    expect(m!.data.conflicts.map((c) => c.values.map((v) => `${v.category}:${v.status}`))).toEqual([['payment:reported', 'payment:denied']]);
  });

  it('flags countries that disagree and lists the conflicted fields', () => {
    expect(m!.country.best).toBe('GB');
    expect(m!.country.conflicts[0]!.values).toEqual(['GB', 'IE']);
    expect(m!.conflicted).toEqual(['affected', 'country', 'data']);
  });

  it('joins spellings under one victim and keeps the others as aliases', () => {
    expect(m!.victim.best).toBe('Harbourline Freight');
    expect(m!.victim.aliases).toEqual(['HARBOURLINE FREIGHT', 'Harbourline Freight Ltd']);
    expect(m!.sources.best.map((s) => s.name)).toEqual(['Harbourline Freight', 'Wire One']);
  });

  it('gives the same bytes whatever the input order', () => {
    const want = JSON.stringify(mergeRecords(story));
    for (let seed = 1; seed <= 12; seed++) expect(JSON.stringify(mergeRecords(shuffled(story, seed)))).toBe(want);
  });
});

describe('mergeRecords: when records are not one incident', () => {
  it('keeps two breaches of one company years apart apart, also when the later one recalls the earlier', () => {
    const ms = mergeRecords([
      rec({ path: 'old-1.md', published: '2019-05-02', dates: [['breach-start', '2019-03'], ['disclosed', '2019-04-30']] }),
      rec({ path: 'old-2.md', published: '2019-05-03', dates: [['disclosed', '2019-04-30']] }),
      // the 2023 article mentions the 2019 breach by its year, and by its month
      rec({ path: 'new-1.md', published: '2023-08-10', dates: [['other', '2019'], ['breach-start', '2023-07-28']] }),
      rec({ path: 'new-2.md', published: '2023-08-11', dates: [['other', '2019-03'], ['disclosed', '2023-08-09']] }),
    ]);
    expect(groups(ms)).toEqual([['old-1.md', 'old-2.md'], ['new-1.md', 'new-2.md']]);
    expect(ms.map((m) => m.id)).toEqual(['harbourline-freight/2019-05-02', 'harbourline-freight/2023-08-10']);
  });

  it('splits on breach starts more than a month apart, but not within one news cycle', () => {
    const later = [
      rec({ path: 'jan.md', published: '2022-02-10', title: 'Harbourline Freight depot systems breached', dates: [['breach-start', '2022-01-15']] }),
      rec({ path: 'bridge.md', published: '2022-03-05', title: 'Harbourline Freight depot outage drags on' }),
      rec({ path: 'apr.md', published: '2022-04-20', title: 'Harbourline Freight depot hit a second time', dates: [['breach-start', '2022-04-02']] }),
    ];
    expect(groups(mergeRecords(later))).toEqual([['jan.md', 'bridge.md'], ['apr.md']]);
    const sameWeek = [
      rec({ path: 'x.md', published: '2022-02-10', dates: [['breach-start', '2021-10']] }),
      rec({ path: 'y.md', published: '2022-02-12', dates: [['breach-start', '2022-01-15']] }),
    ];
    const [m, ...rest] = mergeRecords(sameWeek);
    expect(rest).toEqual([]);
    expect(m!.dates['breach-start'].conflicts[0]!.values).toEqual(['2021-10', '2022-01-15']);
  });

  it('does not merge near-name victims', () => {
    const ms = mergeRecords([
      rec({ path: '1.md', published: '2022-06-01', victim: 'Northwind Health' }),
      rec({ path: '2.md', published: '2022-06-01', victim: 'Northwind Health Partners' }),
      rec({ path: '3.md', published: '2022-06-02', victim: 'Northwind' }),
      rec({ path: '4.md', published: '2022-06-02', victim: 'Northwind Health Inc.' }),
    ]);
    expect(groups(ms).sort()).toEqual([['1.md', '4.md'], ['2.md'], ['3.md']]);
  });

  it('joins names through aliases', () => {
    const ms = mergeRecords([
      rec({ path: '1.md', published: '2022-06-01', victim: 'Contoso Bank', aliases: ['Contoso Financial Group'] }),
      rec({ path: '2.md', published: '2022-06-03', victim: 'Contoso Financial' }),
    ]);
    expect(groups(ms)).toEqual([['1.md', '2.md']]);
  });

  it('joins a victim written as an acronym to the full name it abbreviates, unless two victims fit', () => {
    const ms = mergeRecords([
      rec({ path: 'full.md', published: '2022-02-22', victim: 'Tarn Valley Department of Roads' }),
      rec({ path: 'short.md', published: '2022-03-01', victim: 'TVDR' }),
      rec({ path: 'elsewhere.md', published: '2022-03-02', victim: 'Tarn Valley Dairy Regulators' }),
    ]);
    // TVDR fits both the roads department and the dairy regulators: it joins neither
    expect(groups(ms).sort()).toEqual([['elsewhere.md'], ['full.md'], ['short.md']]);
    const clear = mergeRecords([
      rec({ path: 'full.md', published: '2022-02-22', victim: 'Tarn Valley Department of Roads' }),
      rec({ path: 'short.md', published: '2022-03-01', victim: 'TVDR' }),
      rec({ path: 'later.md', published: '2022-03-03', victim: 'Tarn Valley Department of Roads' }),
    ]);
    expect(groups(clear)).toEqual([['full.md', 'short.md', 'later.md']]);
    // two full names with the same initials are two victims
    expect(groups(mergeRecords([
      rec({ path: 'a.md', published: '2022-02-22', victim: 'Tarn Valley Department of Roads' }),
      rec({ path: 'b.md', published: '2022-02-22', victim: 'Tarn Valley Dairy Regulators' }),
    ]))).toHaveLength(2);
  });

  it('uses a window of 60 days between anchors by default', () => {
    const spaced = [
      rec({ path: 'first.md', published: '2022-01-10', title: 'Harbourline Freight depot systems breached' }),
      rec({ path: 'second.md', published: '2022-04-20', title: 'Harbourline Freight depot reopens' }),
    ];
    expect(groups(mergeRecords(spaced))).toEqual([['first.md'], ['second.md']]);
    expect(groups(mergeRecords(spaced, { windowDays: 120 }))).toEqual([['first.md', 'second.md']]);
    // a follow-up months later joins through a month- or day-precise date of the incident
    const followUp = [...spaced.slice(0, 1), rec({ path: 'fine.md', published: '2022-09-01', dates: [['breach-start', '2021-12']] })];
    expect(groups(mergeRecords(followUp))).toEqual([['first.md', 'fine.md']]);
  });

  it('leaves out records that are not about an incident, and those with no victim', () => {
    const ms = mergeRecords([
      rec({ path: 'trend.md', published: '2022-06-01', incident: false }),
      rec({ path: 'nameless.md', published: '2022-06-01', victim: null }),
      rec({ path: 'real.md', published: '2022-06-01' }),
    ]);
    expect(groups(ms)).toEqual([['real.md']]);
  });

  it('counts a record given twice once', () => {
    const r = rec({ path: 'twice.md', published: '2022-06-01' });
    expect(groups(mergeRecords([r, structuredClone(r)]))).toEqual([['twice.md']]);
  });

  it('is order-independent on a mixed set', () => {
    const mixed = [
      rec({ path: 'a1.md', published: '2021-01-05', victim: 'Alder Mutual', dates: [['breach-start', '2020-12']] }),
      rec({ path: 'a2.md', published: '2021-01-09', victim: 'Alder Mutual Ltd', count: 5000 }),
      rec({ path: 'a3.md', published: '2021-06-01', victim: 'Alder Mutual', dates: [['breach-start', '2021-05-02']] }),
      rec({ path: 'b1.md', published: '2021-01-06', victim: 'Birchwood Clinics', count: 80 }),
      rec({ path: 'b2.md', published: '2021-01-06', victim: 'Birchwood Clinic' }),
      rec({ path: 'c1.md', published: null, victim: 'Cedar Rail' }),
      rec({ path: 'c2.md', published: '2021-02-01', victim: 'Cedar Rail', incident: false }),
    ];
    const want = JSON.stringify(mergeRecords(mixed));
    expect(JSON.parse(want).length).toBe(5);
    for (let seed = 1; seed <= 20; seed++) expect(JSON.stringify(mergeRecords(shuffled(mixed, seed)))).toBe(want);
  });
});

describe('breach-extract merge (CLI)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  const validate = ajv.compile(mergeSchema);
  const lines = [
    rec({ path: 'p.md', published: '2024-03-04', count: 10 }),
    rec({ path: 'q.md', published: '2024-03-05', count: 12 }),
    rec({ path: 'r.md', published: '2024-03-05', incident: false }),
  ].map((r) => JSON.stringify(r)).join('\n');

  it('reads NDJSON records on stdin and writes one merged incident per line, valid against --schema merge', async () => {
    const stdout = new Sink();
    const stderr = new Sink();
    expect(await main({ argv: ['merge'], stdin: fakeStdin(`${lines}\n`), stdout, stderr, env: {} })).toBe(0);
    const out = stdout.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(1);
    expect(validate(out[0]) ? [] : validate.errors).toEqual([]);
    expect(stderr.text).toBe('breach-extract merge: 3 records → 1 incident (1 not about an incident, left out)\n');
  });

  it('with --explain names the rule that joined each article, still valid against the schema', async () => {
    const stdout = new Sink();
    expect(await main({ argv: ['merge', '-q', '--explain'], stdin: fakeStdin(`${lines}\n`), stdout, stderr: new Sink(), env: {} })).toBe(0);
    const out = JSON.parse(stdout.text.trim());
    expect(out.joins).toEqual([{ articles: [0, 1], why: { rule: 'merge.same-name', reason: expect.stringMatching(/^Outlets spell one victim alike/) } }]);
    expect(validate(out) ? [] : validate.errors).toEqual([]);
    const plain = new Sink();
    await main({ argv: ['merge', '-q'], stdin: fakeStdin(`${lines}\n`), stdout: plain, stderr: new Sink(), env: {} });
    expect(JSON.parse(plain.text.trim())).not.toHaveProperty('joins');
  });

  it('names a line that is not a record, merges the rest and exits 1', async () => {
    const stdout = new Sink();
    const stderr = new Sink();
    expect(await main({ argv: ['merge', '-', '-q'], stdin: fakeStdin(`${lines}\n{"broken"\n`), stdout, stderr, env: {} })).toBe(1);
    expect(stderr.text).toBe('breach-extract merge: -:4: not an incident record (expected one JSON record per line)\n');
    expect(stdout.text.trim().split('\n')).toHaveLength(1);
  });

  it('prints the merged schema with --schema merge, and refuses a bad window', async () => {
    const stdout = new Sink();
    expect(await main({ argv: ['--schema', 'merge'], stdout, stderr: new Sink(), env: {} })).toBe(0);
    expect(JSON.parse(stdout.text).$id).toBe(mergeSchema.$id);
    const stderr = new Sink();
    expect(await main({ argv: ['merge', '--window', 'soon', 'x.ndjson'], stdout: new Sink(), stderr, env: {} })).toBe(2);
    expect(stderr.text).toMatch(/^breach-extract merge: option '--window <days>' argument 'soon' is invalid/);
  });

  it('exports each merged incident as one VERIS incident and one STIX bundle with a report per article', async () => {
    const veris = new Sink();
    expect(await main({ argv: ['merge', '-f', 'veris', '-q'], stdin: fakeStdin(lines), stdout: veris, stderr: new Sink(), env: {} })).toBe(0);
    const incidents = veris.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(incidents).toHaveLength(1);
    expect(incidents[0].reference.split('; ')).toEqual(['https://news.example/p.md', 'https://news.example/q.md']);
    const stix = new Sink();
    expect(await main({ argv: ['merge', '-f', 'stix', '-q'], stdin: fakeStdin(lines), stdout: stix, stderr: new Sink(), env: {} })).toBe(0);
    const bundles = stix.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(bundles).toHaveLength(1);
    const types = bundles[0].objects.map((o: { type: string }) => o.type);
    expect(types.filter((t: string) => t === 'incident')).toHaveLength(1);
    expect(types.filter((t: string) => t === 'report')).toHaveLength(2);
  });
});

describe('merge over extracted records (fixtures/merge: invented articles)', () => {
  it('puts three outlets on one incident and the same chain six years earlier apart', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { extract } = await import('../../src/index.js');
    const files = readdirSync('fixtures/merge').filter((f) => f.endsWith('.md')).sort();
    const records = files.map((f) => extract(readFileSync(`fixtures/merge/${f}`, 'utf8'), { path: f }));
    const ms = mergeRecords(records);
    expect(groups(ms)).toEqual([['corvane-2019.md'], ['corvane-wire.md', 'corvane-trade.md', 'corvane-hostile.md']]);
    const [, now] = ms;
    expect(now!.affected.conflicts[0]!.values.map((v) => v.count)).toEqual([180_000, 212_000]);
    for (let seed = 1; seed <= 6; seed++) expect(JSON.stringify(mergeRecords(shuffled(records, seed)))).toBe(JSON.stringify(ms));
  });
});
