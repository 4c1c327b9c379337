// Fuzzing every reader and extractor, seeded and repeatable: random bytes, random Unicode, random markup,
// mutated fixtures, and the hostile inputs of issue 5. Every case must end with a valid record or an
// InputError: no other exception, no hang. `npm run fuzz -- SEED COUNT` runs the long version
// (scripts/fuzz.mjs); FUZZ_SEED / FUZZ_COUNT change this one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/read/decode.js';
import { readDocument } from '../../src/read/index.js';
import { extract } from '../../src/extract/index.js';
import { InputError } from '../../src/errors.js';
import { recordSchema, type IncidentRecord } from '../../src/record.js';
import type { InputFormat } from '../../src/document.js';
import { allEvidence, lineColumn } from '../helpers/evidence.js';
// @ts-expect-error plain JavaScript shared with scripts/fuzz.mjs and scripts/bench-hostile.mjs
import { HOSTILE, randomCase, rng } from '../../scripts/hostile-cases.mjs';

interface Case { name: string; text?: string; bytes?: Uint8Array; format?: InputFormat }
interface Hostile { name: string; format: InputFormat; make: (size: number, r: ReturnType<typeof rng>) => string }

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const COUNT = Number(process.env.FUZZ_COUNT ?? 60);
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const ARTICLES = readdirSync(FIXTURES)
  .filter((f) => /\.(?:txt|md|html)$/.test(f))
  .map((f) => ({ name: f, text: readFileSync(join(FIXTURES, f), 'utf8'), format: f.split('.').pop() === 'md' ? 'md' : f.split('.').pop() }));

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(recordSchema);

/** What a case ended with: a record or an input error (anything else is thrown on). */
type Outcome = { record: IncidentRecord; source: string } | { error: InputError };

function run(c: Case): Outcome {
  let source: string;
  if (c.bytes) {
    try {
      source = decode(c.bytes).text;
    } catch (error) {
      if (error instanceof InputError) return { error };
      throw error;
    }
  } else source = c.text!;
  try {
    return { record: extract(source, { format: c.format, path: 'fuzz' }), source };
  } catch (error) {
    if (error instanceof InputError) return { error };
    throw error;
  }
}

/** The record holds the contract: schema-valid, serialisable, evidence inside the source where it says. */
function checkRecord(record: IncidentRecord, source: string): string[] {
  const problems: string[] = [];
  if (!validate(record)) problems.push(...(validate.errors ?? []).map((e) => `schema: ${e.instancePath || '/'} ${e.message}`));
  const json = JSON.stringify(record);
  if (JSON.stringify(JSON.parse(json)) !== json) problems.push('record does not survive a JSON round trip');
  for (const { where, evidence } of allEvidence(record)) {
    if (evidence.offset < 0 || evidence.offset > source.length) problems.push(`${where}: offset ${evidence.offset} outside the source`);
    else if (source.length < 200_000) {
      const at = lineColumn(source, evidence.offset);
      if (at.line !== evidence.line || at.column !== evidence.column) problems.push(`${where}: line/column ${evidence.line}:${evidence.column}, source says ${at.line}:${at.column}`);
    }
  }
  return problems;
}

function expectHandled(c: Case, label: string): Outcome {
  let outcome: Outcome;
  try {
    outcome = run(c);
  } catch (error) {
    throw new Error(`${label}: ${c.name} threw ${(error as Error).name}: ${(error as Error).message}`, { cause: error });
  }
  if ('record' in outcome) expect(checkRecord(outcome.record, outcome.source), `${label}: ${c.name}`).toEqual([]);
  else expect(outcome.error.message, `${label}: ${c.name}`).toMatch(/\S/);
  return outcome;
}

describe(`fuzz: ${COUNT} seeded random cases (seed ${SEED})`, () => {
  it('every case ends with a valid record or an InputError, quickly', { timeout: 120_000 }, () => {
    let slowest = { ms: 0, label: '' };
    for (let i = 0; i < COUNT; i++) {
      const c = randomCase(SEED, i, { maxLength: 3000, articles: ARTICLES }) as Case;
      const started = performance.now();
      expectHandled(c, `seed ${SEED} case ${i} (FUZZ_SEED=${SEED} FUZZ_COUNT=${i + 1})`);
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { ms, label: `case ${i} (${c.name})` };
    }
    // a few KB of anything must never take long: a super-linear path takes minutes here (the limit is
    // loose because the first case also loads the NLP libraries, slow on a busy CI machine)
    expect(slowest.ms, `slowest: ${slowest.label}`).toBeLessThan(30_000);
  });

  it('is repeatable: the same seed gives the same inputs and the same records', () => {
    for (const i of [0, 7, 42]) {
      const a = randomCase(SEED, i, { maxLength: 3000, articles: ARTICLES }) as Case;
      const b = randomCase(SEED, i, { maxLength: 3000, articles: ARTICLES }) as Case;
      expect(a).toEqual(b);
      expect(JSON.stringify(run(a))).toBe(JSON.stringify(run(b)));
    }
  });
});

// The hostile inputs of issue 5. Readers and the document model get 250 KB; the whole
// extraction gets a smaller size here (its cost per megabyte is measured by `npm run bench:hostile`,
// and `npm run fuzz -- --full` runs them at 1 MB).
const READ_SIZE = 250_000;
const EXTRACT_SIZE = 20_000;

describe('hostile inputs: readers and the document model at 250 KB (1 MB: npm run fuzz -- --full)', () => {
  for (const h of HOSTILE as Hostile[]) {
    it(h.name, { timeout: 60_000 }, () => {
      const text = h.make(READ_SIZE, rng(1));
      const started = performance.now();
      let doc;
      try {
        doc = readDocument(text, { format: h.format });
      } catch (error) {
        expect(error, h.name).toBeInstanceOf(InputError);
        return;
      }
      expect(performance.now() - started, 'read time (ms)').toBeLessThan(20_000);
      // the plain text maps back into the source
      for (const s of [doc.sentences[0], doc.sentences[doc.sentences.length - 1]]) {
        if (!s) continue;
        const offset = doc.sourceOffset(s.start);
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(text.length);
      }
    });
  }
});

describe(`hostile inputs: the whole extraction at ${EXTRACT_SIZE / 1000} KB`, () => {
  for (const h of HOSTILE as Hostile[]) {
    it(h.name, { timeout: 60_000 }, () => {
      const c = { name: h.name, text: h.make(EXTRACT_SIZE, rng(2)), format: h.format };
      const started = performance.now();
      expectHandled(c, 'hostile');
      expect(performance.now() - started, 'extract time (ms)').toBeLessThan(20_000);
    });
  }

  it('the inputs also arrive as bytes: decode takes them', () => {
    for (const h of HOSTILE as Hostile[]) {
      const bytes = new TextEncoder().encode(h.make(READ_SIZE, rng(3)));
      try {
        expect(decode(bytes).text.length).toBeGreaterThan(0);
      } catch (error) {
        expect(error, h.name).toBeInstanceOf(InputError);
      }
    }
  });
});
