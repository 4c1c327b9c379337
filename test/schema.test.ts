// The record's JSON Schema (src/record.ts) holds for every fixture's record, and `--schema` prints it.
// The corpora's records are checked by test/e2e/corpus.test.ts (npm run test:e2e).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { recordSchema } from '../src/record.js';
import { fixtureRecord, listFixtures } from './helpers/fixtures.js';
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
