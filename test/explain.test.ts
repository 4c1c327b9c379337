// --explain: every object value of every record carries the rule behind it (fixtures here; the dev
// corpus in test/e2e when ../shared is present), and without the flag the record is the contract's.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { fixtureText, listFixtures } from './helpers/fixtures.js';
import { unexplained } from './helpers/explain.js';

const fixtures = listFixtures();

describe('--explain on the golden fixtures', () => {
  for (const fixture of fixtures) {
    it(`${fixture.name}: a rule id on every value`, () => {
      const record = extract(fixtureText(fixture), { path: fixture.path, explain: true });
      expect(unexplained(record)).toEqual([]);
      for (const d of record.explain!.dropped) expect(d.rule).toMatch(/^[a-z-]+\.[a-z0-9.-]+$/);
    });
  }

  it('leaves the default record without why or explain', () => {
    const record = JSON.parse(JSON.stringify(extract(fixtureText(fixtures[0]!), { path: fixtures[0]!.path })));
    expect(record.explain).toBeUndefined();
    expect(JSON.stringify(record)).not.toContain('"why"');
  });
});
