// src/analysis.ts replaces compromise's post-tagger sweep (a private internal, so compromise is pinned to
// an exact version in package.json) with an indexed one. Over every fixture and, when ../shared is
// there, every dev and recent corpus article, the text the analysis tags must come out with the same
// tags, term by term, under both sweeps.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysedSegments, quickSweep } from '../../src/analysis.js';
import { compromise } from '../../src/nlp.js';
import { decode } from '../../src/read/decode.js';
import { readDocument } from '../../src/read/index.js';
import { ROOT } from '../helpers/fixtures.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'compromise', 'package.json'), 'utf8')) as { version: string };

const nlp = compromise();
const one = (nlp.world() as unknown as { methods: { one: { bulkMatch: unknown } } }).methods.one;
const stock = one.bulkMatch === quickSweep ? null : one.bulkMatch;

/** The text the analysis tags for an article: its analysed segments, joined by blank lines. */
function taggedText(source: Buffer): string {
  const doc = readDocument(decode(source).text, {});
  return analysedSegments(doc).map((s) => doc.blocks[s.block]!.text.slice(s.from, s.to)).join('\n\n');
}

function tagsOf(text: string, sweep: unknown): string[] {
  const saved = one.bulkMatch;
  one.bulkMatch = sweep;
  try {
    return (nlp(text).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>).flatMap((s) => s.terms.map((t) => `${t.text}:${t.tags.join(',')}`));
  } finally {
    one.bulkMatch = saved;
  }
}

function differences(dir: string, names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const text = taggedText(readFileSync(join(dir, name)));
    const a = tagsOf(text, stock);
    const b = tagsOf(text, quickSweep);
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      const i = a.findIndex((t, k) => t !== b[k]);
      out.push(`${name}: term ${i}: stock ${a[i]} / quick ${b[i]}`);
    }
  }
  return out;
}

const articles = (dir: string) => readdirSync(dir).filter((f) => /\.(?:md|txt|html?)$/.test(f)).sort();

describe('quickSweep tags as compromise does', () => {
  it('compromise is pinned exactly, and the installed version is the pinned one', () => {
    expect(pkg.dependencies.compromise).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed.version).toBe(pkg.dependencies.compromise);
    expect(stock).not.toBeNull();
  });

  it('on every fixture', () => {
    const dir = join(ROOT, 'fixtures');
    expect(differences(dir, articles(dir))).toEqual([]);
  });

  for (const corpus of ['dev', 'recent']) {
    const dir = join(ROOT, '..', 'shared', 'corpus', corpus, 'articles');
    it.skipIf(!existsSync(dir))(`on every ${corpus} corpus article (../shared)`, { timeout: 1_800_000 }, () => {
      expect(differences(dir, articles(dir))).toEqual([]);
    });
  }
});
