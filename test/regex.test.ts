// Every regex in src/ checked for super-linear backtracking with recheck (a ReDoS checker): literals are
// found by parsing the sources, patterns built at run time (`new RegExp(...)` from lexicon tables) are
// caught while the modules load and an article is extracted. recheck is slow (seconds for a big
// alternation), so its verdicts are kept in test/regex-lint.json, keyed by flags and source: only new or
// changed patterns are checked again (REGEX_LINT_UPDATE=1 rewrites the file; REGEX_LINT_ALL=1 rechecks all).
//
// A pattern recheck calls vulnerable fails the test unless ALLOWED below says why it is safe where it is
// used (input bounded in length, or repetition bounded so the cost stays linear).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const CACHE = join(ROOT, 'test', 'regex-lint.json');
const require = createRequire(import.meta.url);

interface Found { where: string; source: string; flags: string }
interface Verdict { status: 'safe' | 'vulnerable' | 'unknown'; summary: string; attack?: string }

/**
 * Patterns recheck calls vulnerable that are safe where they are used, keyed by source. Each says why.
 * (The trailing-run trims `[.,]+$` were rewritten as `(?<![.,])[.,]+$`, which recheck accepts.)
 */
const ALLOWED: Record<string, string> = {
  // src/read/index.ts, sniffFormat: reads the first 4 KB only
  [String.raw`\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)`]: 'input bounded: the first 4,096 characters',
  [String.raw`<\/?(?:p|div|span|a|h[1-6]|li|ul|br|article|section)\b[^>]*>`]: 'input bounded: the first 4,096 characters',
  // src/extract/data.ts: the 32 characters before a data phrase
  [String.raw`([\p{L}’'-]{2,30})\s$`]: 'input bounded: 32 characters',
  // src/extract/dates.ts: the text of one chrono match ("March 3 to May 18", "two weeks ago")
  [String.raw`^(.*?)(\s{0,3}(?:-|–|—|to|through|until|till|and)\s{1,3})(.*)$`]: 'input bounded: one date expression matched by chrono',
  [String.raw`(\w+)\s(day|week|month|year)s?\sago$`]: 'input bounded: one date expression matched by chrono',
  // src/extract/company.ts: one run of capitalised words; quadratic only in the number of "-based " inside it
  [String.raw`^.*?-(?:based|headquartered|owned|registered)\s(.+)$`]: 'input: one run of capitalised words; measured linear on "-based" runs (bench:hostile)',
  // src/extract/sources.ts: NAMED_AS, the captured name is bounded to 60 characters
  [String.raw`(?:call(?:s|ing)?\s(?:themselves|itself|himself|herself)|styl(?:ing|es)\s(?:themselves|itself|himself|herself)|known\s(?:online\s)?as|dubbed|go(?:es|ing)?\sby(?:\sthe\s(?:name|alias|handle|moniker))?|named|called)\s(?:the\s)?(.{1,60})$`]: 'bounded repetition: at most 60 characters tried from each cue',
  // built from lexicon tables (a key ending in … allows every pattern starting so)
  [String.raw`,\s(?:[\w-]{1,20}\s){0,3}?(?:vice\spresident…`]: 'input bounded: the 90 characters before a name (company.ts L_COMMENTATOR)',
  [String.raw`(?:["“‘]([^"”’\n]{2,40})["”’]|(…`]: 'input bounded: the 80 characters before a cue (actors.ts NAME_BEFORE)',
};
const allowed = (source: string) =>
  ALLOWED[source] ?? Object.entries(ALLOWED).find(([k]) => k.endsWith('…') && source.startsWith(k.slice(0, -1)))?.[1];

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));

/** Regex literals in the sources, with file:line. */
function literals(): Found[] {
  const out: Found[] = [];
  for (const file of files(SRC)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const slash = text.lastIndexOf('/');
        out.push({ where: `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/** Patterns built with `new RegExp` while the modules load and a few articles are extracted. */
async function dynamicPatterns(): Promise<Found[]> {
  const seen: Found[] = [];
  const Original = globalThis.RegExp;
  const record = (args: unknown[]) => {
    // only patterns our own code builds: the caller's frame is in src/, not in a library
    const caller = new Error().stack?.split('\n').slice(2).find((f) => !f.includes('regex.test.ts')) ?? '';
    if (!caller.includes('/src/') || caller.includes('node_modules')) return;
    const [pattern, flags] = args;
    if (typeof pattern === 'string') seen.push({ where: 'new RegExp', source: pattern, flags: typeof flags === 'string' ? flags : '' });
    else if (pattern instanceof Original) seen.push({ where: 'new RegExp', source: pattern.source, flags: typeof flags === 'string' ? flags : pattern.flags });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  try {
    const { extract } = await import('../src/extract/index.js');
    for (const f of readdirSync(join(ROOT, 'fixtures')).filter((x) => /\.(?:txt|md|html)$/.test(x)).slice(0, 6)) {
      extract(readFileSync(join(ROOT, 'fixtures', f), 'utf8'), { path: f });
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

/** Keep the verdicts of the patterns in use (sorted, so the file diffs well). */
function save(cache: Record<string, Verdict>, keys: Iterable<string>): void {
  const kept = Object.fromEntries([...keys].filter((k) => cache[k]).sort().map((k) => [k, cache[k]!]));
  writeFileSync(CACHE, JSON.stringify(kept, null, 1) + '\n');
}

const keyOf = (p: { source: string; flags: string }) => createHash('sha1').update(`${p.flags}/${p.source}`).digest('hex').slice(0, 16);

describe('regex lint (recheck)', () => {
  it('no pattern in src/ backtracks super-linearly, unless allowed with a reason', { timeout: 900_000 }, async () => {
    const found = [...literals(), ...(await dynamicPatterns())];
    const unique = new Map<string, Found & { key: string }>();
    for (const p of found) {
      const key = keyOf(p);
      if (!unique.has(key)) unique.set(key, { ...p, key });
    }
    expect(unique.size).toBeGreaterThan(300);
    if (process.env.REGEX_LINT_UPDATE) console.log(`regex lint: ${found.length} patterns found, ${unique.size} distinct`);

    const cache: Record<string, Verdict> = existsSync(CACHE) && !process.env.REGEX_LINT_ALL ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};
    const todo = [...unique.values()].filter((p) => !cache[p.key]);
    if (todo.length) {
      const { checkSync } = require('recheck') as typeof import('recheck');
      let done = 0;
      for (const p of todo) {
        const d = checkSync(p.source, p.flags, { timeout: 3_000 });
        cache[p.key] = {
          status: d.status,
          summary: d.status === 'unknown' ? `unknown (${d.error.kind})` : d.complexity.summary,
          ...(d.status === 'vulnerable' ? { attack: d.attack.pattern.slice(0, 120) } : {}),
        };
        if (process.env.REGEX_LINT_UPDATE && ++done % 20 === 0) save(cache, unique.keys());
      }
    }
    if (process.env.REGEX_LINT_UPDATE) save(cache, unique.keys());

    const vulnerable = [...unique.values()].filter((p) => cache[p.key]!.status === 'vulnerable' && !allowed(p.source));
    const report = vulnerable.map((p) => `${p.where} /${p.source.slice(0, 100)}/${p.flags}: ${cache[p.key]!.summary}, attack ${cache[p.key]!.attack}`);
    expect(report, `${todo.length} pattern(s) checked anew${todo.length && !process.env.REGEX_LINT_UPDATE ? ' (REGEX_LINT_UPDATE=1 saves the verdicts)' : ''}`).toEqual([]);
  });
});
