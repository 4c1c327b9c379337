// Every rule table in src/: each row fires on its own example and not on its counterexample, and the
// examples are invented sentences (a row that matched nothing would be a rule nobody can check).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fires, type RuleTable } from '../src/rules.js';

const SRC = join(import.meta.dirname, '..', 'src');
const folders = ['extract', 'lexicon', 'read', 'refine'];

const isTable = (v: unknown): v is RuleTable =>
  typeof v === 'object' && v !== null && typeof (v as RuleTable).extractor === 'string' && Array.isArray((v as RuleTable).rules);

async function loadTables(): Promise<Array<[string, RuleTable]>> {
  const found: Array<[string, RuleTable]> = [];
  for (const folder of folders) {
    for (const file of readdirSync(join(SRC, folder)).filter((f) => f.endsWith('.ts')).sort()) {
      const mod = (await import(join(SRC, folder, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (isTable(value)) found.push([`${folder}/${file} ${name}`, value]);
    }
  }
  return found;
}

const tables = await loadTables();

describe('rule tables', () => {
  it('exist', () => {
    expect(tables.length).toBeGreaterThan(0);
  });

  it('have ids unique across the whole tool', () => {
    // a table re-exported under a second name counts once
    const ids = [...new Set(tables.map(([, t]) => t))].flatMap((t) => t.rules.map((r) => `${t.extractor}.${r.id}`));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  for (const [where, table] of tables) {
    describe(`${where} (${table.extractor}: ${table.decides})`, () => {
      for (const rule of table.rules) {
        it(`${rule.id}: fires on its example, not on its counterexample`, () => {
          expect(rule.reason.length, 'a reason').toBeGreaterThan(0);
          expect(rule.example, 'example and counterexample differ').not.toBe(rule.counterexample);
          expect(fires(rule, rule.example), `example: ${rule.example}`).toBe(true);
          expect(fires(rule, rule.counterexample), `counterexample: ${rule.counterexample}`).toBe(false);
        });
      }
    });
  }
});
