// The exports on every dev-corpus article (../shared; skipped only when it is absent), through the
// real bin: each incident's VERIS validates against verisc-merged.json and each STIX object against its
// type's schema, a non-incident gives neither, CSV parses into exactly one row per article under the
// documented header, and a second run gives the same ids. Slow (the whole corpus is extracted twice).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvHeader, formatCsv, toCsvRow } from '../../src/format/csv.js';
import { toStix } from '../../src/format/stix.js';
import { toVeris } from '../../src/format/veris.js';
import type { IncidentRecord } from '../../src/record.js';
import { bundleProblems, SCHEMAS_PRESENT, verisProblems } from '../helpers/export-schemas.js';
import { ROOT } from '../helpers/fixtures.js';

const DEV = join('..', 'shared', 'corpus', 'dev', 'articles');
const BIN = join(ROOT, 'bin', 'breach-extract.js');

function runBin(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

describe.skipIf(!existsSync(join(ROOT, DEV)) || !SCHEMAS_PRESENT)('exports of the dev corpus (../shared)', () => {
  let records: IncidentRecord[] = [];
  beforeAll(async () => {
    const run = await runBin(['-q', '-f', 'ndjson', DEV]);
    expect(run.code).toBe(0);
    records = lines(run.stdout).map((l) => JSON.parse(l) as IncidentRecord);
  }, 900_000);

  it('VERIS: every incident validates, no non-incident gives one', () => {
    expect(records.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const record of records) {
      const incident = toVeris(record);
      if (!record.isIncident) {
        if (incident) problems.push(`${record.source.path}: non-incident exported`);
      } else if (!incident) problems.push(`${record.source.path}: incident not exported`);
      else problems.push(...verisProblems(incident).map((p) => `${record.source.path}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('STIX: every object of every incident bundle validates against its type', () => {
    const problems: string[] = [];
    for (const record of records) {
      const bundle = toStix(record);
      if (!record.isIncident) {
        if (bundle) problems.push(`${record.source.path}: non-incident exported`);
      } else if (!bundle) {
        if (record.source.published) problems.push(`${record.source.path}: incident not exported`);
      } else problems.push(...bundleProblems(bundle).map((p) => `${record.source.path}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('CSV: exactly one row per article under the documented header, values as in the record', () => {
    const rows = parse(csvHeader() + records.map((r) => formatCsv(r)).join(''), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, i) => {
      expect(Object.keys(row)).toEqual([...CSV_COLUMNS]);
      expect(row).toEqual(toCsvRow(records[i]!));
    });
  });

  it('a second run through the bin gives the same STIX bundles, ids included', { timeout: 900_000 }, async () => {
    const run = await runBin(['-q', '-f', 'stix', DEV]);
    expect(run.code).toBe(0);
    const expected = records.map((r) => toStix(r)).filter(Boolean).map((b) => JSON.stringify(b));
    expect(lines(run.stdout)).toEqual(expected);
  });

  it('-f veris and -f csv through the bin, on a sample: same incidents, one header, one row per article', { timeout: 300_000 }, async () => {
    const sample = records.filter((_, i) => i % 25 === 0);
    const paths = sample.map((r) => r.source.path);
    const veris = await runBin(['-q', '-f', 'veris', ...paths]);
    expect(veris.code).toBe(0);
    expect(lines(veris.stdout)).toEqual(sample.map((r) => toVeris(r)).filter(Boolean).map((v) => JSON.stringify(v)));
    const csv = await runBin(['-q', '-f', 'csv', ...paths]);
    expect(csv.code).toBe(0);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['source.path'])).toEqual(paths);
    expect(rows).toEqual(sample.map((r) => toCsvRow(r)));
  });
});
