// The record's JSON Schema (src/record.ts) holds for every record we produce, and `--schema` prints it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { decode } from '../src/read/decode.js';
import { extract } from '../src/index.js';
import { recordSchema, type IncidentRecord } from '../src/record.js';
import { allEvidence, checkEvidence } from './helpers/evidence.js';
import { ROOT, fixtureRecord, listFixtures } from './helpers/fixtures.js';
import { Sink } from './helpers/streams.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(recordSchema);
const problems = (record: unknown) => (validate(record) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));

describe('recordSchema', () => {
  it('is a valid draft 2020-12 schema', () => {
    expect(ajv.validateSchema(recordSchema)).toBe(true);
  });

  it('rejects records that break the contract', () => {
    const good = fixtureRecord(listFixtures()[0]!);
    expect(problems(good)).toEqual([]);
    expect(problems({ ...good, schemaVersion: '2' })).not.toEqual([]);
    expect(problems({ ...good, incidentTypes: ['hacking'] })).not.toEqual([]);
    expect(problems({ ...good, dates: [{ role: 'discovered', value: '29/11/2021', text: 'x', attributedTo: [], evidence: { quote: 'x', line: 1, column: 1, offset: 0 } }] })).not.toEqual([]);
    expect(problems({ ...good, affected: { count: -1, unit: 'people', text: 'x', evidence: { quote: 'x', line: 1, column: 1, offset: 0 } } })).not.toEqual([]);
    expect(problems({ ...good, sources: [{ name: 'X', kind: 'blog', evidence: [] }] })).not.toEqual([]);
    const { warnings: _dropped, ...missing } = good;
    expect(problems(missing)).not.toEqual([]);
  });

  it('is what --schema prints', async () => {
    const stdout = new Sink();
    const stderr = new Sink();
    expect(await main({ argv: ['--schema'], stdout, stderr, env: {} })).toBe(0);
    expect(JSON.parse(stdout.text)).toEqual(JSON.parse(JSON.stringify(recordSchema)));
    expect(stderr.text).toBe('');
  });
});

describe('fixture records are valid', () => {
  for (const fixture of listFixtures()) {
    it(fixture.name, () => {
      expect(problems(fixtureRecord(fixture))).toEqual([]);
    });
  }
});

// The dev corpus, when ../shared sits beside the repository (it is not needed otherwise).
const SHARED = join(ROOT, '..', 'shared', 'corpus');
for (const corpus of ['dev', 'recent']) {
  const dir = join(SHARED, corpus, 'articles');
  describe.skipIf(!existsSync(dir))(`${corpus} corpus records are valid (../shared)`, () => {
    // one pass over the corpus checks both the schema and the evidence positions (extraction is the cost)
    const failures: string[] = [];
    const misplaced: string[] = [];
    it('every article', { timeout: 900_000 }, () => {
      for (const name of readdirSync(dir).filter((f) => /\.(md|txt|html?)$/.test(f)).sort()) {
        const source = decode(readFileSync(join(dir, name))).text;
        const record = JSON.parse(JSON.stringify(extract(source, { path: name }))) as IncidentRecord;
        for (const p of problems(record)) failures.push(`${name}: ${p}`);
        const format = record.source.format ?? 'md';
        for (const { where, evidence } of allEvidence(record)) {
          const why = checkEvidence(source, format, evidence);
          if (why) misplaced.push(`${name} ${where}: ${why}`);
        }
      }
      expect(failures).toEqual([]);
    });
    it('every evidence object points at its sentence', () => {
      expect(misplaced).toEqual([]);
    });
  });
}
