// The dev and recent corpora (../shared, skipped when it is absent): every record fits the schema,
// every evidence object points at its sentence, and with --explain every value names its rule. Slow (extraction of ~850 articles): npm run test:e2e.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/read/decode.js';
import { extract } from '../../src/index.js';
import { recordSchema, type IncidentRecord } from '../../src/record.js';
import { allEvidence, checkEvidence } from '../helpers/evidence.js';
import { unexplained } from '../helpers/explain.js';
import { ROOT } from '../helpers/fixtures.js';

const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(recordSchema);
const problems = (record: unknown) => (validate(record) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));

// The dev corpus, when ../shared sits beside the repository (it is not needed otherwise).
const SHARED = join(ROOT, '..', 'shared', 'corpus');
for (const corpus of ['dev', 'recent']) {
  const dir = join(SHARED, corpus, 'articles');
  describe.skipIf(!existsSync(dir))(`${corpus} corpus records are valid (../shared)`, () => {
    // one pass over the corpus checks both the schema and the evidence positions (extraction is the cost)
    const failures: string[] = [];
    const misplaced: string[] = [];
    const noRule: string[] = [];
    it('every article', { timeout: 900_000 }, () => {
      for (const name of readdirSync(dir).filter((f) => /\.(md|txt|html?)$/.test(f)).sort()) {
        const source = decode(readFileSync(join(dir, name))).text;
        const record = JSON.parse(JSON.stringify(extract(source, { path: name, explain: true }))) as IncidentRecord;
        for (const where of unexplained(record)) noRule.push(`${name} ${where}`);
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
    it('with --explain, every value carries the rule behind it', () => {
      expect(noRule).toEqual([]);
    });
  });
}
