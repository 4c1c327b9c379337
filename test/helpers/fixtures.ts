// The golden fixtures: articles we wrote (fixtures/<name>.<ext>) beside their expected records
// (fixtures/<name>.expected.json). Paths are relative to the repository root, as the CLI prints them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode } from '../../src/read/decode.js';
import { extract } from '../../src/index.js';
import type { IncidentRecord } from '../../src/record.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIR = join(ROOT, 'fixtures');
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html'];

export interface Fixture {
  /** e.g. "northwind-clinic.txt" */
  name: string;
  /** "fixtures/northwind-clinic.txt": what `source.path` shows. */
  path: string;
  absolute: string;
  format: 'txt' | 'md' | 'html';
  expectedPath: string;
}

export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => ARTICLE_EXTENSIONS.includes(extname(f)))
    .sort()
    .map((name) => {
      const absolute = join(FIXTURES_DIR, name);
      return {
        name,
        path: relative(ROOT, absolute).split('\\').join('/'),
        absolute,
        format: extname(name).slice(1) as Fixture['format'],
        expectedPath: join(FIXTURES_DIR, `${name.slice(0, -extname(name).length)}.expected.json`),
      };
    });
}

/** The text of a fixture exactly as the CLI reads it (BOM and encoding handled by decode()). */
export function fixtureText(fixture: Fixture): string {
  return decode(readFileSync(fixture.absolute)).text;
}

/** The record of a fixture, through the library API, as plain JSON (undefined fields dropped). */
export function fixtureRecord(fixture: Fixture): IncidentRecord {
  return JSON.parse(JSON.stringify(extract(fixtureText(fixture), { path: fixture.path }))) as IncidentRecord;
}

export const hasExpected = (fixture: Fixture) => existsSync(fixture.expectedPath);
