// The bundle's source rewrites (scripts/build-bundle.mjs) that make the startup snapshot cheaper must
// not change what the code does: each case runs a snippet as written and as rewritten and compares.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { asciiOnly, hoistRegExps, MATCH_ALL } from '../scripts/build-bundle.mjs';

const hoist = hoistRegExps as (code: string, t: typeof ts, name?: string) => string;
const ascii = asciiOnly as (code: string) => string;

/** Evaluate a module-like snippet whose last statement is `return …`, with the banner's helper. */
function run(code: string): unknown {
  return new Function(`${MATCH_ALL as string}\n${code}`)();
}

describe('asciiOnly', () => {
  const cases: Array<[string, string]> = [
    ['a string', "return 'it’s — “quoted”';"],
    ['a regexp literal', "return 'don’t – stop'.replace(/[’–]/g, '_');"],
    ['an identity escape before the character', "return /\\’s/.test('it’s') && '\\é' === 'é';"],
    ['an astral character in a unicode regexp', "return /^[😀-😂]$/u.test('😁');"],
    ['a template', 'const x = 1; return `x ≠ ${x}`;'],
  ];
  for (const [name, code] of cases) {
    it(`${name}: ASCII only, same result`, () => {
      const out = ascii(code);
      expect(out).toMatch(/^[\x00-\x7f]*$/);
      expect(run(out)).toEqual(run(code));
    });
  }
});

describe('hoistRegExps', () => {
  it('moves a plain literal in a function to a module constant', () => {
    const out = hoist("function f(s) { return /^a+b/i.test(s); }\nreturn [f('AAb'), f('b')];", ts);
    expect(out).toMatch(/^const __bxRe0 = \/\^a\+b\/i;/);
    expect(out).toContain('return __bxRe0.test(s)');
    expect(run(out)).toEqual([true, false]);
  });

  it('leaves module-level literals, and g or y literals used with exec or test, alone', () => {
    const code = "const TOP = /x/g;\nfunction f(s) { const re = /a/g; const out = []; for (let m = re.exec(s); m; m = re.exec(s)) out.push(m.index); return out.concat(/b/y.test(s)); }\nreturn f('abab');";
    const out = hoist(code, ts);
    expect(out).toBe(code);
  });

  it('shares a g literal passed straight to replace, match or split', () => {
    const code = "function f(s) { return [s.replace(/o/g, '0'), s.match(/o/g), s.split(/,/g)]; }\nreturn [f('foo,boo'), f('oo,o')];";
    const out = hoist(code, ts);
    expect(out).toContain('__bxRe0');
    expect(run(out)).toEqual(run(code));
  });

  it('matchAll through the helper gives the same matches and leaves lastIndex as it was', () => {
    const code = [
      "const RE = /(\\w)(\\d)?/g;",
      "function f(s) { RE.lastIndex = 2; const a = [...s.matchAll(RE)].map((m) => [m[0], m[1], m[2], m.index]); return [a, RE.lastIndex]; }",
      "function empties(s) { return [...s.matchAll(/(?:)/gu)].map((m) => m.index); }",
      "function named(s) { return Array.from(s.matchAll(/(?<w>[a-z]+)/g), (m) => m.groups.w); }",
      "return [f('a1 b c2 d'), empties('a😀b'), named('one two'), [...'x'.matchAll('x')].length];",
    ].join('\n');
    const out = hoist(code, ts);
    expect(out).toContain('__bxMatchAll(s, RE)');
    expect(run(out)).toEqual(run(code));
  });

  it('a matchAll without the g flag still throws as the real one does', () => {
    const code = "function f(s) { return [...s.matchAll(/a/)]; }\ntry { f('a'); return 'no error'; } catch (e) { return e.constructor.name; }";
    const out = hoist(code, ts);
    expect(run(out)).toBe('TypeError');
    expect(run(code)).toBe('TypeError');
  });
});
